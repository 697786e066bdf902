using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Refunds;

/// <summary>
/// 退费审核队列 and its history (clerks see their townships' requests, county staff the whole tenant): pending
/// requests oldest first, decided ones newest decision first (<see cref="ReviewQueue"/>); filtered by township and by
/// the resident's name or household number; one page of <see cref="Take"/> from <see cref="Skip"/>, with the total.
/// ID numbers are masked; <see cref="RefundQueueItem.ResidentId"/> lets staff reveal one through the audited RevealIdNumber.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListRefunds(ReviewList List = ReviewList.Pending, Guid? TownshipId = null, string? Text = null, int Skip = 0, int Take = 50)
    : IQuery<RefundPage>, IReviewListRequest;

public sealed record RefundPage(IReadOnlyList<RefundQueueItem> Items, int Total);

/// <summary>A refund as the queue shows it; <paramref name="RequestedBy"/> and <paramref name="DecidedBy"/> are display names.</summary>
public sealed record RefundQueueItem(
    Guid RefundId, Guid EnrollmentId, Guid HouseholdId, Guid ResidentId, string ResidentName, string MaskedIdNumber, string TownshipName,
    int Year, string ReasonText, string EventDateText, string AmountText, bool EndsEnrollment, RefundStatus Status,
    string StatusText, string RequestedBy, string RequestedAtText, string? Note, string? DecisionNote, IReadOnlyList<string> Basis,
    string HouseholdNumber = "", string? DecidedBy = null, string DecidedAtText = "—");

public sealed class ListRefundsValidator : ReviewListValidator<ListRefunds>;

public sealed class ListRefundsHandler(IAppDbContext db, ICurrentUser user, IUserNames names)
    : IRequestHandler<ListRefunds, RefundPage>
{
    public async Task<RefundPage> Handle(ListRefunds request, CancellationToken cancellationToken)
    {
        var (page, total) = await ReviewQueue.PageAsync(Filtered(request), request, cancellationToken);
        var rows = await (
            from f in db.Refunds.AsNoTracking().Where(f => page.Contains(f.Id))
            join r in db.Residents on f.ResidentId equals r.Id
            join e in db.Enrollments on f.EnrollmentId equals e.Id
            join h in db.Households on f.HouseholdId equals h.Id
            join t in db.Townships on f.TownshipId equals t.Id
            select new { f, r.Name, r.IdNumber, e.Year, h.Number, Township = t.Name })
            .ToListAsync(cancellationToken);
        var people = await names.DisplayNamesAsync(rows.SelectMany(x => new[] { x.f.RequestedBy, x.f.DecidedBy }), cancellationToken);
        var items = ReviewQueue.InPageOrder(rows, page, x => x.f.Id).Select(x => new RefundQueueItem(
            x.f.Id, x.f.EnrollmentId, x.f.HouseholdId, x.f.ResidentId, x.Name, Display.MaskId(x.IdNumber), x.Township, x.Year,
            Labels.Of(x.f.Reason), Display.Date(x.f.EventDate), Display.Yuan(x.f.AmountFen), x.f.EndsEnrollment,
            x.f.Status, Labels.Of(x.f.Status), people[x.f.RequestedBy], Display.Time(x.f.RequestedAt), x.f.Note, x.f.DecisionNote,
            BasisText.Split(x.f.Basis), x.Number, x.f.DecidedBy is { } by ? people[by] : null, Display.Time(x.f.DecidedAt))).ToList();
        return new RefundPage(items, total);
    }

    private IQueryable<Refund> Filtered(ListRefunds request)
    {
        var query = db.Refunds.AsNoTracking().InScope(user);
        query = request.List switch
        {
            ReviewList.Pending => query.Where(f => f.Status == RefundStatus.Pending),
            ReviewList.Approved => query.Where(f => f.Status == RefundStatus.Approved),
            ReviewList.Rejected => query.Where(f => f.Status == RefundStatus.Rejected),
            ReviewList.All => query,
            _ => query.Where(f => f.Status != RefundStatus.Pending),
        };
        return ReviewQueue.Matching(query, db, request);
    }
}
