using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// 冲正审核队列 and the clerk's view of the requests (clerks see their townships' requests, county staff the whole
/// tenant): by default every request, the pending ones first (oldest first) and then the decided ones (newest decision
/// first, <see cref="ReviewQueue"/>); filtered by list, township and the resident's name or household number; one page of
/// <see cref="Take"/> from <see cref="Skip"/>, with the total. ID numbers are masked.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListPaymentReversals(ReviewList List = ReviewList.All, Guid? TownshipId = null, string? Text = null, int Skip = 0, int Take = 50)
    : IQuery<PaymentReversalPage>, IReviewListRequest;

public sealed record PaymentReversalPage(IReadOnlyList<PaymentReversalItem> Items, int Total);

/// <summary>
/// A request as the queue shows it, with the payment it would reverse; <paramref name="RequestedBy"/> and
/// <paramref name="DecidedBy"/> are display names.
/// </summary>
public sealed record PaymentReversalItem(
    Guid ReversalId, Guid PaymentId, Guid EnrollmentId, Guid HouseholdId, Guid ResidentId, string ResidentName, string MaskedIdNumber,
    string TownshipName, string HouseholdNumber, int Year, string ChannelName, string Voucher, string PaidAtText, string AmountText,
    string Reason, ReversalStatus Status, string StatusText, string RequestedBy, string RequestedAtText,
    string? DecidedBy, string DecidedAtText, string? DecisionNote);

public sealed class ListPaymentReversalsValidator : ReviewListValidator<ListPaymentReversals>;

public sealed class ListPaymentReversalsHandler(IAppDbContext db, ICurrentUser user, IUserNames names, IPolicyGateway policy)
    : IRequestHandler<ListPaymentReversals, PaymentReversalPage>
{
    public async Task<PaymentReversalPage> Handle(ListPaymentReversals request, CancellationToken cancellationToken)
    {
        var (page, total) = await ReviewQueue.PageAsync(Filtered(request), request, cancellationToken);
        if (page.Count == 0)
        {
            return new PaymentReversalPage([], total);
        }

        var rows = await (
            from v in db.PaymentReversals.AsNoTracking().Where(v => page.Contains(v.Id))
            join p in db.Payments on v.PaymentId equals p.Id
            join r in db.Residents on v.ResidentId equals r.Id
            join e in db.Enrollments on v.EnrollmentId equals e.Id
            join h in db.Households on v.HouseholdId equals h.Id
            join t in db.Townships on v.TownshipId equals t.Id
            select new { v, p.Channel, p.Voucher, p.PaidAt, r.Name, r.IdNumber, e.Year, h.Number, Township = t.Name })
            .ToListAsync(cancellationToken);
        var (tenantCode, _, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var people = await names.DisplayNamesAsync(rows.SelectMany(x => new[] { x.v.RequestedBy, x.v.DecidedBy }), cancellationToken);
        var items = ReviewQueue.InPageOrder(rows, page, x => x.v.Id).Select(x => new PaymentReversalItem(
            x.v.Id, x.v.PaymentId, x.v.EnrollmentId, x.v.HouseholdId, x.v.ResidentId, x.Name, Display.MaskId(x.IdNumber),
            x.Township, x.Number, x.Year, PaymentChannels.Named(tenantCode, x.Channel)?.Name ?? x.Channel, x.Voucher, Display.Time(x.PaidAt),
            Display.Yuan(x.v.AmountFen), x.v.Reason, x.v.Status, ReversalTexts.Status(x.v.Status), people[x.v.RequestedBy],
            Display.Time(x.v.RequestedAt), x.v.DecidedBy is { } by ? people[by] : null, Display.Time(x.v.DecidedAt), x.v.DecisionNote)).ToList();
        return new PaymentReversalPage(items, total);
    }

    private IQueryable<PaymentReversal> Filtered(ListPaymentReversals request)
    {
        var query = db.PaymentReversals.AsNoTracking().InScope(user);
        query = request.List switch
        {
            ReviewList.Pending => query.Where(v => v.Status == ReversalStatus.Pending),
            ReviewList.Approved => query.Where(v => v.Status == ReversalStatus.Approved),
            ReviewList.Rejected => query.Where(v => v.Status == ReversalStatus.Rejected),
            ReviewList.Decided => query.Where(v => v.Status != ReversalStatus.Pending),
            _ => query,
        };
        return ReviewQueue.Matching(query, db, request);
    }
}
