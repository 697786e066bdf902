namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// The decision flow shared by every profile: eligibility, then the benefit period (which decides
/// acceptance), then the fee quote, then the refund. Counties supply the structural parts.
/// </summary>
public abstract class PolicyProfile : IPolicyProfile
{
    private readonly BasisItem _noPaymentDate;
    private readonly BasisItem _noBenefitLeft;
    private readonly BasisItem _unknownCategory;

    protected PolicyProfile(string id, string tenantCode, string tenantName, int year, string documentNumber)
    {
        Id = id;
        TenantCode = tenantCode;
        TenantName = tenantName;
        Year = year;
        DocumentNumber = documentNumber;
        YearStart = new DateOnly(year, 1, 1);
        YearEnd = new DateOnly(year, 12, 31);
        _noPaymentDate = new BasisItem(documentNumber, "未提供缴费日期，无法判断缴费是否在受理期内，请填写缴费日期。");
        _noBenefitLeft = new BasisItem(documentNumber,
            $"按规定计算的待遇开始日晚于{Zh.Date(YearEnd)}，{year}年度已无待遇期，本年度不收取费用。");
        _unknownCategory = new BasisItem(documentNumber, "所报资助身份不在本通知的资助范围内，未予资助。");
        DefaultRefundsBasis = Decision("default-refunds",
            "通知未规定退费情形：误缴、重复缴费的全额退还，其他情形不予退费。");
    }

    public string Id { get; }
    public string TenantCode { get; }
    public string TenantName { get; }
    public int Year { get; }
    public string DocumentNumber { get; }
    public abstract IReadOnlyList<CategoryRule> Categories { get; }
    public abstract IReadOnlyList<CircumstanceInfo> Circumstances { get; }
    public abstract IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }
    public virtual ProgressTargets Targets => ProgressTargets.None;
    public virtual PersonalAccountRule? PersonalAccount => null;
    public virtual SupplementaryProduct? AccidentInsurance => null;

    /// <summary>Y-01-01, the default benefit start.</summary>
    protected DateOnly YearStart { get; }

    /// <summary>Y-12-31, the default benefit end.</summary>
    protected DateOnly YearEnd { get; }

    /// <summary>decision:default-refunds (erroneous or duplicate payments in full, nothing else).</summary>
    protected BasisItem DefaultRefundsBasis { get; }

    public PolicyDecision Evaluate(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        var basis = new BasisBuffer();
        var ineligibleReason = CheckEligibility(policyCase, ref basis);
        var accepted = false;
        string? rejectedReason;
        Period period = default;
        Quote quote = default;
        if (ineligibleReason is not null)
        {
            rejectedReason = RejectedReasons.Ineligible;
        }
        else if (policyCase.PaymentDate is not DateOnly date)
        {
            rejectedReason = RejectedReasons.NoPaymentDate;
            basis.Add(_noPaymentDate);
        }
        else
        {
            period = DecidePeriod(policyCase, date, ref basis);
            rejectedReason = period.RejectedReason;
            if (rejectedReason is null && period.Start > period.End)
            {
                rejectedReason = RejectedReasons.NoBenefitLeft;
                basis.Add(_noBenefitLeft);
            }

            if (rejectedReason is null)
            {
                accepted = true;
                quote = QuoteFee(policyCase, date, ref basis);
            }
        }

        RefundDecision? refund = null;
        if (policyCase.Refund is { } request)
        {
            var paid = accepted ? quote.IndividualDue : PaidWhenNotAccepted(policyCase);
            refund = DecideRefund(policyCase, request, accepted ? period : default, paid, ref basis);
        }

        return new PolicyDecision
        {
            ProfileId = Id,
            Eligible = ineligibleReason is null,
            IneligibleReason = ineligibleReason,
            Accepted = accepted,
            RejectedReason = rejectedReason,
            StandardFee = accepted ? quote.StandardFee : null,
            Subsidy = accepted ? quote.Subsidy : null,
            IndividualDue = accepted ? quote.IndividualDue : null,
            CardFee = accepted ? quote.CardFee : null,
            BenefitStart = accepted ? period.Start : null,
            BenefitEnd = accepted ? period.End : null,
            Refund = refund,
            Basis = basis.ToArray(),
        };
    }

    /// <summary>Returns null when eligible, else a code from <see cref="IneligibleReasons"/>; adds the clause either way.</summary>
    private protected abstract string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis);

    /// <summary>Whether a payment on <paramref name="paymentDate"/> counts for Y, and the benefit period it buys.</summary>
    private protected abstract Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis);

    /// <summary>Standard fee on the date and the single most generous subsidy.</summary>
    private protected abstract Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis);

    /// <summary>Refund of what the resident paid (<paramref name="paid"/> fen); default: decision default-refunds.</summary>
    private protected virtual RefundDecision DecideRefund(PolicyCase policyCase, RefundRequest request, Period period, long paid, ref BasisBuffer basis)
        => DefaultRefund(request, paid, ref basis);

    private protected RefundDecision DefaultRefund(RefundRequest request, long paid, ref BasisBuffer basis)
    {
        basis.Add(DefaultRefundsBasis);
        return request.Reason is RefundReason.Erroneous or RefundReason.Duplicate
            ? new RefundDecision(true, paid)
            : new RefundDecision(false, 0);
    }

    /// <summary>
    /// Standard fee with the single most generous certified category (no stacking). Certifications after a
    /// category's cut-off, or of unknown codes, are left out and say so in the basis.
    /// </summary>
    private protected Quote QuoteWithCategories(PolicyCase policyCase, long standardFee, ref BasisBuffer basis, BasisItem? severalCategoriesBasis = null)
    {
        var rules = Categories;
        var certifications = policyCase.Categories;
        CategoryRule? best = null;
        long bestAmount = 0;
        var applicable = 0;
        for (var i = 0; i < certifications.Count; i++)
        {
            var certification = certifications[i];
            var rule = FindCategory(rules, certification.Code);
            if (rule is null)
            {
                basis.Add(_unknownCategory);
                continue;
            }

            if (rule.LocalHukouOnly && policyCase.Person.Hukou != Hukou.Local)
            {
                AddIfPresent(ref basis, rule.NonlocalBasis);
                continue;
            }

            if (rule.CertifiedOnOrBefore is DateOnly cutoff && certification.CertifiedOn is DateOnly certifiedOn && certifiedOn > cutoff)
            {
                AddIfPresent(ref basis, rule.LateCertificationBasis);
                continue;
            }

            applicable++;
            var amount = rule.AmountFor(standardFee);
            if (best is null || amount > bestAmount)
            {
                best = rule;
                bestAmount = amount;
            }
        }

        if (best is null || bestAmount <= 0)
        {
            return new Quote(standardFee, null, standardFee, null);
        }

        for (var i = 0; i < best.Basis.Count; i++)
        {
            basis.Add(best.Basis[i]);
        }

        if (applicable > 1 && severalCategoriesBasis is not null)
        {
            basis.Add(severalCategoriesBasis);
        }

        var subsidy = new SubsidyDecision(best.Code, bestAmount, best.Mode, best.FundedBy);
        var due = best.Mode == SubsidyMode.Waived ? standardFee - bestAmount : standardFee;
        return new Quote(standardFee, subsidy, due, null);
    }

    protected BasisItem Cite(string clause, string explanation) => new(DocumentNumber + " " + clause, explanation);

    protected static BasisItem Decision(string id, string explanation) => new("decision:" + id, explanation);

    private long PaidWhenNotAccepted(PolicyCase policyCase)
    {
        if (policyCase.PaymentDate is not DateOnly date)
        {
            return 0;
        }

        // The money was taken although the payment does not count: quote what the counter charged.
        var scratch = new BasisBuffer();
        return QuoteFee(policyCase, date, ref scratch).IndividualDue;
    }

    private static CategoryRule? FindCategory(IReadOnlyList<CategoryRule> rules, string code)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (string.Equals(rules[i].Code, code, StringComparison.Ordinal))
            {
                return rules[i];
            }
        }

        return null;
    }

    private static void AddIfPresent(ref BasisBuffer basis, BasisItem? item)
    {
        if (item is not null)
        {
            basis.Add(item);
        }
    }
}

/// <summary>A benefit period, or the reason the payment is not accepted.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End, string? RejectedReason)
{
    public static Period Rejected(string reason) => new(default, default, reason);
}

/// <summary>A fee quote in fen.</summary>
internal readonly record struct Quote(long StandardFee, SubsidyDecision? Subsidy, long IndividualDue, long? CardFee);
