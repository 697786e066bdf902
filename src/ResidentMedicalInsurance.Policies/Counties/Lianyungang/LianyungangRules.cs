namespace ResidentMedicalInsurance.Policies.Counties.Lianyungang;

/// <summary>Numbers and dates of a Lianyungang city-wide notice (连政办传〔2019〕65号 style).</summary>
public sealed record LianyungangData
{
    public required int Year { get; init; }

    /// <summary>二(一): individual fee in fen.</summary>
    public required long FeeFen { get; init; }

    /// <summary>二(四): critical-illness insurance per person, from the fund (reports only).</summary>
    public required long CriticalIllnessFen { get; init; }

    /// <summary>四: the concentrated window, Y-1-09-01 .. Y-1-12-31.</summary>
    public required DateOnly WindowOpens { get; init; }
    public required DateOnly WindowCloses { get; init; }

    /// <summary>四 last paragraph: later payments accepted until this day (Y-06-30).</summary>
    public required DateOnly LatePaymentsUntil { get; init; }

    /// <summary>二(二): who pays the full subsidy.</summary>
    public required string SubsidyFundedBy { get; init; }
}

/// <summary>
/// Lianyungang's structure (连政办传〔2019〕65号): eligibility 一, fee 二, window and special cases 四,
/// refunds 六(三). Subclasses supply the year's <see cref="LianyungangData"/>.
/// </summary>
public abstract class LianyungangRules : PolicyProfile
{
    private const int AdultAge = 18;
    private const int LateWaitMonths = 6;
    private const int NewbornFullMonths = 1;
    private const int NewbornShortMonths = 3;
    private const int NewbornShortWaitDays = 30;
    private const int EmployeeGapMonths = 2;

    private readonly LianyungangData _data;
    private readonly CategoryRule[] _categories;
    private readonly BasisItem _employeeInsurance, _adult, _minorOrStudent, _residencePermit, _notInScope;
    private readonly BasisItem _fee, _windowNotOpen, _concentrated, _late, _closed;
    private readonly BasisItem _migrant, _newbornFull, _newbornShort, _newbornLate, _soldier, _employeeEnded, _freshman;
    private readonly BasisItem _refundBeforeBenefits, _refundTooLate, _refundErroneous, _refundOther;

    protected LianyungangRules(string id, string documentNumber, LianyungangData data)
        : base(id, "lianyungang", "连云港市", data.Year, documentNumber)
    {
        _data = data;
        ReconciliationPeriods = ReconciliationCalendar.Build(data.Year,
            new ReconciliationPeriod(data.WindowOpens, data.WindowCloses, "集中缴费期", null, new DateOnly(data.Year - 1, 12, 31),
                Cite("六(一)、六(二)", $"税务部门及时向医保、财政部门反馈征收信息，共同对账；各区财政于{data.Year - 1}年12月底之前将居民缴纳的保险费汇缴至市级财政专户。")),
            (_, _) => (null, null), ReconciliationCalendar.MonthlyDecision);
        var y = data.Year;
        _employeeInsurance = Cite("一", "已参加城镇职工基本医疗保险的人员不属于城乡居民医保参保对象。");
        _adult = Cite("一(一)", $"具有本市户籍、截至{y}年12月31日年满18周岁的成年居民可以参保。");
        _minorOrStudent = Cite("一(二)", "具有本市学籍的在校学生和本市户籍的未成年居民可以参保。");
        _residencePermit = Cite("一(三)", "在本市取得居住证且未在原籍参加基本医疗保险的常住人口可以参保。");
        _notInScope = Cite("一", "既无本市户籍、本市学籍，也不是持本市居住证且未在原籍参保的常住人口，不属于参保对象。");
        _fee = Cite("二(一)", $"{y}年个人缴费标准为{Zh.Yuan(data.FeeFen)}；大病保险{Zh.Yuan(data.CriticalIllnessFen)}从基金中划拨，个人不另缴费（二(四)）。");
        _windowNotOpen = Cite("四", $"{y}年度集中缴费自{Zh.Date(data.WindowOpens)}开始，此前不受理。");
        _concentrated = Cite("四", $"集中缴费期（{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}）缴费，{y}年1月1日至12月31日享受待遇。");
        _late = Cite("四", $"集中缴费期后于{y}年1月至6月缴费的，自缴费6个月后享受待遇。");
        _closed = Cite("四", $"{y}年7月1日以后不再受理{y}年度登记缴费。");
        _migrant = Cite("四(一)", $"外出务工人员可延长至{y}年2月底缴费，缴费标准不变，缴费次月起享受待遇。");
        _newbornFull = Cite("四(二)", "新生儿出生后1个月（含）内参保缴费，自出生之日起享受待遇。");
        _newbornShort = Cite("四(二)", "新生儿出生后1个月以上至3个月（含）内参保缴费，自缴费30天后享受待遇。");
        _newbornLate = Cite("四(二)", "新生儿超过3个月参保缴费，自缴费6个月后享受待遇。");
        _soldier = Cite("四(三)", "当年退役士兵自参保缴费次日起享受待遇。");
        _employeeEnded = Cite("四(四)", "原职工医保参保人员中断缴费2个月内参加居民医保的，自缴费次日起享受待遇。");
        _freshman = Cite("四(五)", $"在本市首次参保的全日制大中专院校学生，自{y - 1}年9月1日至{y}年12月31日享受待遇。");
        _refundBeforeBenefits = Cite("六(三)", "集中缴费期内缴费、在待遇享受期前死亡、户口迁出本市或就业的，可申请退还个人缴费部分。");
        _refundTooLate = Cite("六(三)", "只有集中缴费期内缴费、且在待遇享受期开始前发生死亡、户口迁出或就业的，才能退还个人缴费。");
        _refundErroneous = Cite("六(三)", "在银行、税务大厅等缴费渠道误收误缴的，全额退费。");
        _refundOther = Cite("六(三)", "该情形不属于通知规定的退费情形，不予退费。");

        var full = Cite("二(二)", "属于财政全额资助对象，个人缴费部分由财政全额资助，本人无需缴费。");
        _categories =
        [
            Category("dibao", "最低生活保障对象", full),
            Category("tekun", "特困供养人员", full),
            Category("linshi-dabing", "临时救助对象中的重大病患者", full) with
            {
                LocalHukouOnly = true,
                NonlocalBasis = Cite("二(二)", "临时救助对象中的重大病患者须具有本地户籍才享受全额资助。"),
            },
            Category("jingjian-60s", "20世纪60年代精减退职职工", full),
            Category("youfu", "重点优抚对象", full),
            Category("kunjing-ertong", "困境儿童", full),
            Category("tekun-zhigong", "总工会核定的特困职工", full),
            Category("jiandang-dishouru", "农村建档立卡低收入人口", full),
        ];
    }

    public override IReadOnlyList<CategoryRule> Categories => _categories;

    public override IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    public override IReadOnlyList<CircumstanceInfo> Circumstances { get; } =
    [
        new(Circumstance.MigrantWorker, "外出务工人员"),
        new(Circumstance.DischargedSoldier, "当年退役士兵"),
        new(Circumstance.EmployeeInsuranceEndedOn, "职工医保中断日期"),
        new(Circumstance.CollegeFreshman, "首次在本市参保的全日制大中专学生"),
    ];

    public LianyungangData Data => _data;

    private protected override string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis)
    {
        var person = policyCase.Person;
        if (person.EmployeeInsurance)
        {
            basis.Add(_employeeInsurance);
            return IneligibleReasons.EmployeeInsurance;
        }

        if (person.Hukou == Hukou.Local)
        {
            var minor = person.BirthDate is DateOnly birth && !PolicyDates.IsAtLeast(birth, AdultAge, YearEnd);
            basis.Add(minor ? _minorOrStudent : _adult);
            return null;
        }

        if (person.Student is { LocalSchool: true })
        {
            basis.Add(_minorOrStudent);
            return null;
        }

        if (person.ResidencePermit && !person.InsuredElsewhere)
        {
            basis.Add(_residencePermit);
            return null;
        }

        basis.Add(_notInScope);
        return IneligibleReasons.NotInScope;
    }

    private protected override Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (paymentDate < _data.WindowOpens)
        {
            basis.Add(_windowNotOpen);
            return Period.Rejected(RejectedReasons.WindowNotOpen);
        }

        if (paymentDate > YearEnd)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        var circumstances = policyCase.Circumstances;
        if (circumstances.CollegeFreshman)
        {
            basis.Add(_freshman);
            return new Period(_data.WindowOpens, YearEnd, null);
        }

        if (paymentDate <= _data.WindowCloses)
        {
            basis.Add(_concentrated);
            return new Period(YearStart, YearEnd, null);
        }

        // Special cases (四(一)..(四)) override the late rule; the earliest start wins.
        DateOnly? start = null;
        BasisItem? reason = null;
        if (policyCase.Person.BirthDate is DateOnly birth && birth.Year == Year)
        {
            if (paymentDate <= birth.AddMonths(NewbornFullMonths))
            {
                Consider(ref start, ref reason, birth, _newbornFull);
            }
            else if (paymentDate <= birth.AddMonths(NewbornShortMonths))
            {
                Consider(ref start, ref reason, paymentDate.AddDays(NewbornShortWaitDays), _newbornShort);
            }
            else
            {
                Consider(ref start, ref reason, paymentDate.AddMonths(LateWaitMonths), _newbornLate);
            }
        }

        if (circumstances.DischargedSoldier)
        {
            Consider(ref start, ref reason, paymentDate.AddDays(1), _soldier);
        }

        if (circumstances.EmployeeInsuranceEndedOn is DateOnly ended && paymentDate <= ended.AddMonths(EmployeeGapMonths))
        {
            Consider(ref start, ref reason, paymentDate.AddDays(1), _employeeEnded);
        }

        if (circumstances.MigrantWorker && paymentDate <= PolicyDates.EndOfFebruary(Year))
        {
            Consider(ref start, ref reason, PolicyDates.NextMonth(paymentDate), _migrant);
        }

        if (paymentDate <= _data.LatePaymentsUntil)
        {
            Consider(ref start, ref reason, paymentDate.AddMonths(LateWaitMonths), _late);
        }

        if (start is not DateOnly chosen)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        basis.Add(reason!);
        return new Period(PolicyDates.Max(chosen, YearStart), YearEnd, null);
    }

    private protected override Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        basis.Add(_fee);
        return QuoteWithCategories(policyCase, _data.FeeFen, ref basis);
    }

    private protected override RefundDecision DecideRefund(PolicyCase policyCase, RefundRequest request, Period period, long paid, ref BasisBuffer basis)
    {
        switch (request.Reason)
        {
            case RefundReason.Erroneous or RefundReason.Duplicate:
                basis.Add(_refundErroneous);
                return new RefundDecision(true, paid);
            case RefundReason.Death or RefundReason.MovedOut or RefundReason.Employed:
                var paidInWindow = policyCase.PaymentDate is DateOnly paidOn && paidOn >= _data.WindowOpens && paidOn <= _data.WindowCloses;
                var beforeBenefits = period.RejectedReason is null && period.Start != default
                    && request.Date is DateOnly eventDate && eventDate < period.Start;
                if (paidInWindow && beforeBenefits)
                {
                    basis.Add(_refundBeforeBenefits);
                    return new RefundDecision(true, paid);
                }

                basis.Add(_refundTooLate);
                return new RefundDecision(false, 0);
            default:
                basis.Add(_refundOther);
                return new RefundDecision(false, 0);
        }
    }

    private static void Consider(ref DateOnly? start, ref BasisItem? reason, DateOnly candidate, BasisItem basis)
    {
        if (start is not DateOnly current || candidate < current)
        {
            start = candidate;
            reason = basis;
        }
    }

    private CategoryRule Category(string code, string name, BasisItem basis) => new()
    {
        Code = code,
        Name = name,
        Mode = SubsidyMode.Waived,
        FundedBy = _data.SubsidyFundedBy,
        AmountFen = null,
        Basis = [basis],
    };
}
