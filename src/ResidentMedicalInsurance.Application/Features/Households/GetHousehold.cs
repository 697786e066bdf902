using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>户详情: the household with its members and their enrolment for the current year.</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHousehold(Guid HouseholdId) : IQuery<HouseholdDetails>;

public sealed record HouseholdDetails(
    Guid Id, string Number, string Address, Guid TownshipId, string TownshipName, string Village,
    string HeadName, string CreatedAtText, int Year, IReadOnlyList<MemberView> Members)
{
    /// <summary>The head's birth year (what may stand next to a masked number), for <see cref="Plausibility.RelationshipNote"/>.</summary>
    public int? HeadBirthYear { get; init; }
}

/// <summary>
/// A member as lists show it: ID number masked with the birth year only (no full date), labels in the user's
/// language; <paramref name="DepartureText"/>: 死亡 / 户籍迁出 / 离户 with its date, once recorded.
/// </summary>
public sealed record MemberView(
    Guid ResidentId, string Name, string MaskedIdNumber, string SexText, string BirthYearText,
    Relationship Relationship, string RelationshipText, string HukouText, string StudentText,
    string EmployeeInsuranceText, string OtherDocumentText, string? Phone, EnrollmentSummary? Enrollment,
    string? DepartureText = null)
{
    /// <summary>The member's approved certifications of the year: the one the quote uses first, the others "also certified".</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];
}

/// <summary>
/// The member's enrolment of the year. Awaiting payment: <paramref name="AmountDueFen"/> is what a payment
/// today must amount to, or null with <paramref name="AmountDueText"/> saying why today's payment is not
/// taken (今日不能缴费：…, the policy's reason alone in <paramref name="NotPayableReason"/>: a clause text, shown
/// in Chinese in every language); paid or ended: the amount paid. <paramref name="PaymentId"/>: the payment in force;
/// <paramref name="Refund"/> and <paramref name="Reversal"/>: its latest refund and reversal (冲正) request, if any.
/// </summary>
public sealed record EnrollmentSummary(
    Guid EnrollmentId, int Year, EnrollmentStatus Status, string StatusText, long? AmountDueFen, string AmountDueText,
    string BenefitPeriodText, Guid? PaymentId, RefundSummary? Refund = null, string? NotPayableReason = null, ReversalSummary? Reversal = null);

public sealed class GetHouseholdHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<GetHousehold, HouseholdDetails>
{
    public async Task<HouseholdDetails> Handle(GetHousehold request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == household.TownshipId)
            .Select(t => t.Name).FirstAsync(cancellationToken);
        var residents = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id)
            .OrderBy(r => r.Relationship).ThenBy(r => r.BirthDate).ToListAsync(cancellationToken);
        // Live enrolment first, else the latest that ended (a refund may have ended one and a new one begun).
        var enrollments = (await db.Enrollments.AsNoTracking()
            .Where(e => e.HouseholdId == household.Id && e.Year == profile.Year).ToListAsync(cancellationToken))
            .OrderBy(e => e.Status == EnrollmentStatus.Ended).ThenByDescending(e => e.EnrolledAt).ToList();
        var certifications = await db.SubsidyCertifications.AsNoTracking().Live(profile.Year)
            .Where(c => c.HouseholdId == household.Id).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().InForcePayments().Where(p => p.HouseholdId == household.Id)
            .Select(p => new { p.EnrollmentId, p.Id }).ToListAsync(cancellationToken);
        var refunds = await RefundSummary.LatestAsync(db, household.Id, cancellationToken);
        var reversals = await ReversalSummary.LatestAsync(db, household.Id, cancellationToken);

        var members = residents.Select(r =>
        {
            var e = enrollments.FirstOrDefault(x => x.ResidentId == r.Id);
            var certified = certifications.Where(c => c.ResidentId == r.Id).ToList();
            var (due, dueText, whyNot, used) = e is null ? default : AmountDue(e, r, certified);
            var summary = e is null ? null : new EnrollmentSummary(
                e.Id, e.Year, e.Status, Labels.Of(e.Status), due, dueText,
                Display.Period(e.BenefitStart, e.BenefitEnd), payments.FirstOrDefault(p => p.EnrollmentId == e.Id)?.Id,
                refunds.GetValueOrDefault(e.Id), whyNot, reversals.GetValueOrDefault(e.Id));
            return new MemberView(
                r.Id, r.Name, Display.MaskId(r.IdNumber), Labels.Of(r.Sex), Display.BirthYear(r.BirthDate),
                r.Relationship, Labels.Of(r.Relationship), Labels.Of(r.Hukou), Labels.Of(r.Student),
                Labels.EmployeeInsurance(r.EmployeeInsurance),
                r.OtherDocument == OtherDocumentKind.None ? Labels.Of(r.OtherDocument) : $"{Labels.Of(r.OtherDocument)} {r.OtherDocumentNumber}",
                r.Phone, summary, r.Departure is { } d ? $"{Labels.Of(d)}（{Display.Date(r.DepartedOn)}）" : null)
            {
                Certifications = CertificationLines.For(certified, used, policy.Categories(profile.Id)),
            };
        }).ToList();

        var head = residents.FirstOrDefault(r => r.Id == household.HeadResidentId);
        return new HouseholdDetails(household.Id, household.Number, household.Address, household.TownshipId, township,
            household.Village, head?.Name ?? "—", Display.Time(household.CreatedAt), profile.Year, members)
        {
            HeadBirthYear = head?.BirthDate.Year,
        };
    }

    /// <summary>
    /// Awaiting payment: today's quote (the fee and the subsidy can change with the date and with certifications
    /// approved since enrolment); otherwise what was paid. <c>Used</c>: the subsidy's category code.
    /// </summary>
    private (long? Fen, string Text, string? WhyNot, string? Used) AmountDue(Enrollment e, Resident r, IEnumerable<SubsidyCertification> certifications)
    {
        if (e.Status != EnrollmentStatus.AwaitingPayment)
        {
            return (e.AmountDueFen, Display.Yuan(e.AmountDueFen), null, e.SubsidyCode);
        }

        var quote = policy.Quote(e.ProfileId, r, certifications, e.Circumstances, clock.Today);
        var whyNot = quote.Eligible ? quote.RejectedReason : quote.IneligibleReason;
        return quote.Accepted && quote.AmountDueFen is { } fen
            ? (fen, Display.Yuan(fen), null, quote.SubsidyCode)
            : (null, Texts.Get("NotPayableToday") + whyNot, whyNot, quote.SubsidyCode);
    }
}
