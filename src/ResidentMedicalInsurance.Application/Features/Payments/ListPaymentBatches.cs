using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>The latest township batches of the user's townships (county staff: the county's), newest first, for the batch page.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListPaymentBatches(int Take = 20) : IQuery<IReadOnlyList<PaymentBatchSummary>>;

public sealed record PaymentBatchSummary(Guid BatchId, string TownshipName, string Voucher, string ChannelName, string PaidAtText, int Persons, string AmountText, string RecordedBy);

public sealed class ListPaymentBatchesHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<ListPaymentBatches, IReadOnlyList<PaymentBatchSummary>>
{
    public async Task<IReadOnlyList<PaymentBatchSummary>> Handle(ListPaymentBatches request, CancellationToken cancellationToken)
    {
        var (tenantCode, _, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        // Newest first in memory: SQLite orders no DateTimeOffset (a township records a few batches a year).
        var batches = (await (
            from b in db.PaymentBatches.AsNoTracking().InScope(user)
            join t in db.Townships on b.TownshipId equals t.Id
            where b.Kind == PaymentBatchKind.Township
            select new { b, Township = t.Name }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.b.RecordedAt).Take(Math.Clamp(request.Take, 1, 100)).ToList();
        var clerks = await names.DisplayNamesAsync(batches.Select(x => x.b.RecordedBy), cancellationToken);
        return batches.Select(x => new PaymentBatchSummary(
            x.b.Id, x.Township, x.b.Voucher, PaymentChannels.Named(tenantCode, x.b.Channel)?.Name ?? x.b.Channel, Display.Time(x.b.PaidAt),
            x.b.Persons, Display.Yuan(x.b.AmountFen), clerks.GetValueOrDefault(x.b.RecordedBy, x.b.RecordedBy))).ToList();
    }
}
