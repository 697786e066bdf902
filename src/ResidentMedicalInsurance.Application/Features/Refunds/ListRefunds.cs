using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Refunds;

/// <summary>
/// 退费审核队列 (clerks see their townships' requests, county staff the whole tenant), oldest first.
/// ID numbers are masked; <see cref="RefundQueueItem.ResidentId"/> lets staff reveal one through the audited RevealIdNumber.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListRefunds(RefundStatus? Status = RefundStatus.Pending) : IQuery<IReadOnlyList<RefundQueueItem>>;

public sealed record RefundQueueItem(
    Guid RefundId, Guid EnrollmentId, Guid HouseholdId, Guid ResidentId, string ResidentName, string MaskedIdNumber, string TownshipName,
    int Year, string ReasonText, string EventDateText, string AmountText, bool EndsEnrollment, RefundStatus Status,
    string StatusText, string RequestedBy, string RequestedAtText, string? Note, string? DecisionNote, IReadOnlyList<string> Basis);

public sealed class ListRefundsHandler(IAppDbContext db, ICurrentUser user)
    : IRequestHandler<ListRefunds, IReadOnlyList<RefundQueueItem>>
{
    public async Task<IReadOnlyList<RefundQueueItem>> Handle(ListRefunds request, CancellationToken cancellationToken)
    {
        var query = db.Refunds.AsNoTracking().InScope(user);
        if (request.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var rows = await (
            from f in query
            join r in db.Residents on f.ResidentId equals r.Id
            join e in db.Enrollments on f.EnrollmentId equals e.Id
            join t in db.Townships on f.TownshipId equals t.Id
            orderby f.Id
            select new { f, r.Name, r.IdNumber, e.Year, Township = t.Name })
            .Take(500).ToListAsync(cancellationToken);
        return rows.Select(x => new RefundQueueItem(
            x.f.Id, x.f.EnrollmentId, x.f.HouseholdId, x.f.ResidentId, x.Name, Display.MaskId(x.IdNumber), x.Township, x.Year,
            Labels.Of(x.f.Reason), Display.Date(x.f.EventDate), Display.Yuan(x.f.AmountFen), x.f.EndsEnrollment,
            x.f.Status, Labels.Of(x.f.Status), x.f.RequestedBy, Display.Time(x.f.RequestedAt), x.f.Note, x.f.DecisionNote,
            BasisText.Split(x.f.Basis))).ToList();
    }
}
