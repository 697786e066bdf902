using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// A person of a household's voucher or a township's batch as the list shows them: what the policy asks on the paid
/// date (standard fee, the subsidy named, the amount due), or why they cannot be paid for in a batch.
/// <paramref name="SubsidyName"/> keeps the notice's words.
/// </summary>
public sealed record BatchMemberLine(
    Guid EnrollmentId, Guid ResidentId, Guid HouseholdId, string Name, string MaskedIdNumber, string Village, string HouseholdNumber,
    long? AmountFen, string AmountText, string StandardFeeText, string? SubsidyAmountText, string? SubsidyName, string? Problem)
{
    public bool Payable => Problem is null && AmountFen is not null;
}

/// <summary>One person quoted for a batch: the tracked enrolment, the resident, the quote, what is due or the problem.</summary>
internal sealed record BatchMember(Enrollment Enrollment, Resident Resident, string Village, string HouseholdNumber, PolicyQuote Quote, long? DueFen, string? Problem)
{
    public BatchMemberLine Line() => new(
        Enrollment.Id, Resident.Id, Enrollment.HouseholdId, Resident.Name, Display.MaskId(Resident.IdNumber), Village, HouseholdNumber,
        DueFen, Display.Yuan(DueFen), Quote.StandardFeeText,
        Quote.SubsidyFen > 0 ? Quote.SubsidyAmountText : null, Quote.SubsidyFen > 0 ? Quote.SubsidyName : null, Problem);

    /// <summary>张三（350426********1234）：已于 … 缴费.</summary>
    public string Refusal() => CollectionTexts.Format("Batch_MemberProblem", Resident.Name, Display.MaskId(Resident.IdNumber), Problem);
}

internal static class BatchMembers
{
    /// <summary>
    /// Quotes each enrolment for <paramref name="paidOn"/> (residents, households and live certifications read once for
    /// all). A person takes no batch payment when the enrolment is paid or ended, the policy takes no payment that day,
    /// or nothing is due (a full subsidy is the department's batch).
    /// </summary>
    public static async Task<List<BatchMember>> QuoteAsync(
        IAppDbContext db, IPolicyGateway policy, IReadOnlyCollection<Enrollment> enrollments, DateOnly paidOn, CancellationToken ct)
    {
        var residentIds = enrollments.Select(e => e.ResidentId).Distinct().ToList();
        var householdIds = enrollments.Select(e => e.HouseholdId).Distinct().ToList();
        var years = enrollments.Select(e => e.Year).Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var households = await db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id))
            .Select(h => new { h.Id, h.Village, h.Number }).ToDictionaryAsync(h => h.Id, ct);
        var certifications = (await db.SubsidyCertifications.AsNoTracking()
            .Where(c => residentIds.Contains(c.ResidentId) && years.Contains(c.Year) && c.EndedAt == null).ToListAsync(ct))
            .ToLookup(c => (c.ResidentId, c.Year));

        return enrollments.Select(e =>
        {
            var resident = residents[e.ResidentId];
            var household = households[e.HouseholdId];
            var quote = policy.Quote(e.ProfileId, resident, certifications[(e.ResidentId, e.Year)], e.Circumstances, paidOn);
            var due = PaymentRules.Asked(quote, paidOn, out var problem);
            problem = e.Status switch
            {
                EnrollmentStatus.Paid => CollectionTexts.Format("Batch_AlreadyPaid", Display.Time(e.PaidAt)),
                EnrollmentStatus.Ended => CollectionTexts.Get("Batch_Ended"),
                _ when due == 0 => CollectionTexts.Format("Batch_FullySubsidised", quote.SubsidyName),
                _ => problem,
            };
            return new BatchMember(e, resident, household.Village, household.Number, quote, problem is null ? due : null, problem);
        }).ToList();
    }

    /// <summary>The persons in list order: village, household number, then the household's member order.</summary>
    public static List<BatchMember> InListOrder(this IEnumerable<BatchMember> members) =>
        members.OrderBy(m => m.Village, StringComparer.Ordinal).ThenBy(m => m.HouseholdNumber, StringComparer.Ordinal)
            .ThenBy(m => m.Resident.Relationship).ThenBy(m => m.Resident.BirthDate).ToList();

    /// <summary>张三 250.00 元、李四 250.00 元.</summary>
    public static string Amounts(IEnumerable<BatchMember> members) =>
        string.Join(Texts.Get("ListSeparator"), members.Select(m => CollectionTexts.Format("Batch_MemberAmount", m.Resident.Name, Display.Yuan(m.DueFen))));
}
