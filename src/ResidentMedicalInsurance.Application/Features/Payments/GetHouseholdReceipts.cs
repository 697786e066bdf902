using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 全户缴费凭证: the receipts of every member's payment in force for the household page's year, to print on one page
/// (a reversed payment's receipt is printed on its own, marked 已冲正).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHouseholdReceipts(Guid HouseholdId) : IQuery<HouseholdReceipts>;

public sealed record HouseholdReceipts(PrintedHousehold Household, IReadOnlyList<Receipt> Receipts)
{
    /// <summary>The shared vouchers among the receipts (one voucher for several members), each with its persons and total.</summary>
    public IReadOnlyList<ReceiptBatch> Batches => Receipts.Select(r => r.Batch).OfType<ReceiptBatch>().DistinctBy(b => b.BatchId).ToList();
}

public sealed class GetHouseholdReceiptsHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetHouseholdReceipts, HouseholdReceipts>
{
    public async Task<HouseholdReceipts> Handle(GetHouseholdReceipts request, CancellationToken cancellationToken)
    {
        var household = await PrintedHousehold.LoadAsync(db, user, policy, request.HouseholdId, cancellationToken);
        var payments = db.Payments.InForcePayments().Where(p => p.HouseholdId == household.Id
            && db.Enrollments.Any(e => e.Id == p.EnrollmentId && e.Year == household.Year));
        return new(household, await new Receipts(db, policy, names).ReadAsync(payments, cancellationToken));
    }
}
