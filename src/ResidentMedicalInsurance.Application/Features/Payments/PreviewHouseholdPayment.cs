using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 一票缴费试算: the household's members awaiting payment with what each must pay on <paramref name="PaidOn"/> (the
/// subsidy named), ticked by default when a fee is due, and the sum of the ticked, so the clerk sees the amounts summed
/// before saving. Saves nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record PreviewHouseholdPayment(Guid HouseholdId, DateOnly PaidOn) : IQuery<HouseholdPaymentPreview>;

/// <summary><paramref name="Ticked"/>: the enrolments paid when none are named (every member with a fee due).</summary>
public sealed record HouseholdPaymentPreview(
    Guid HouseholdId, DateOnly PaidOn, IReadOnlyList<BatchMemberLine> Members, IReadOnlyList<Guid> Ticked, long SumFen, string SumText);

public sealed class PreviewHouseholdPaymentHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<PreviewHouseholdPayment, HouseholdPaymentPreview>
{
    public async Task<HouseholdPaymentPreview> Handle(PreviewHouseholdPayment request, CancellationToken cancellationToken)
    {
        var household = await HouseholdVoucher.HouseholdAsync(db, user, request.HouseholdId, cancellationToken);
        var members = await HouseholdVoucher.AwaitingAsync(db, policy, household, request.PaidOn, false, cancellationToken);
        var ticked = members.Where(m => m.Problem is null).ToList();
        var sum = ticked.Sum(m => m.DueFen!.Value);
        return new HouseholdPaymentPreview(household.Id, request.PaidOn, members.Select(m => m.Line()).ToList(),
            ticked.Select(m => m.Enrollment.Id).ToList(), sum, Display.Yuan(sum));
    }
}

/// <summary>The household and its members a household voucher pays, shared by the preview and the command.</summary>
internal static class HouseholdVoucher
{
    public static async Task<Household> HouseholdAsync(IAppDbContext db, ICurrentUser user, Guid householdId, CancellationToken ct) =>
        (await db.Households.AsNoTracking().InScope(user).FirstOrDefaultAsync(h => h.Id == householdId, ct)).Found();

    /// <summary>The members of the current year awaiting payment, quoted for <paramref name="paidOn"/>, in the household's order.</summary>
    public static async Task<List<BatchMember>> AwaitingAsync(
        IAppDbContext db, IPolicyGateway policy, Household household, DateOnly paidOn, bool track, CancellationToken ct)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        var enrollments = await (track ? db.Enrollments : db.Enrollments.AsNoTracking())
            .Where(e => e.HouseholdId == household.Id && e.Year == profile.Year && e.Status == EnrollmentStatus.AwaitingPayment)
            .ToListAsync(ct);
        return (await BatchMembers.QuoteAsync(db, policy, enrollments, paidOn, ct)).InListOrder();
    }
}
