using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>A payment of an enrolment as the quote of its payment date says (the counter's and a department batch's).</summary>
internal static class NewPayment
{
    public static Payment From(
        Enrollment enrollment, PolicyQuote quote, string channel, string voucher, DateTimeOffset paidAt, long amountFen, IClock clock, ICurrentUser user) => new()
    {
        Id = Guid.CreateVersion7(),
        EnrollmentId = enrollment.Id,
        ResidentId = enrollment.ResidentId,
        HouseholdId = enrollment.HouseholdId,
        TownshipId = enrollment.TownshipId,
        Channel = channel,
        Voucher = voucher,
        AmountFen = amountFen,
        StandardFeeFen = quote.StandardFeeFen ?? 0,
        SubsidyFen = quote.SubsidyFen ?? 0,
        SubsidyCode = quote.SubsidyCode,
        PaidAt = paidAt,
        RecordedAt = clock.Now,
        RecordedBy = user.UserName ?? "",
        BenefitStart = quote.BenefitStart!.Value,
        BenefitEnd = quote.BenefitEnd!.Value,
        Basis = BasisText.Join(quote.Basis),
    };
}
