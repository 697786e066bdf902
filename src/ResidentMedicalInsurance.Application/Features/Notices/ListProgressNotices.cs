namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>The tenant's issued progress notices, newest day first (a day issued later for an earlier date sorts by its date).</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record ListProgressNotices : IQuery<IReadOnlyList<NoticeSummary>>;

public sealed record NoticeSummary(Guid Id, int Year, DateOnly AsOf, string AsOfText, string Title, string IssuedAtText, string IssuedBy);

public sealed class ListProgressNoticesHandler(IAppDbContext db, IUserNames names) : IRequestHandler<ListProgressNotices, IReadOnlyList<NoticeSummary>>
{
    public async Task<IReadOnlyList<NoticeSummary>> Handle(ListProgressNotices request, CancellationToken cancellationToken)
    {
        // Sorted by the date columns, never by the GUID (SQL Server orders uniqueidentifier its own way).
        var notices = await db.ProgressNotices.AsNoTracking()
            .OrderByDescending(n => n.AsOf).ThenByDescending(n => n.Year)
            .Select(n => new { n.Id, n.Year, n.AsOf, n.Title, n.IssuedAt, n.IssuedBy })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var who = await names.DisplayNamesAsync(notices.Select(n => n.IssuedBy), cancellationToken).ConfigureAwait(false);
        return notices.Select(n => new NoticeSummary(n.Id, n.Year, n.AsOf, Display.Date(n.AsOf), n.Title, Display.Time(n.IssuedAt),
            who.GetValueOrDefault(n.IssuedBy, n.IssuedBy))).ToList();
    }
}
