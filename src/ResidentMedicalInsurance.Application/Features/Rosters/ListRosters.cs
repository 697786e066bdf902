using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>资助名单: the tenant's rosters, newest upload first, with their progress (the page polls it while one runs).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListRosters(int? Year = null) : IQuery<IReadOnlyList<RosterSummary>>;

/// <summary>A roster as the list and its review page show it.</summary>
public sealed record RosterSummary(
    Guid Id, string Department, int Year, RosterKind Kind, string KindText, string FileName, RosterStatus Status, string StatusText,
    int RowsDone, int RowsTotal, bool CancelRequested, string? Failure, string UploadedBy, string UploadedAtText,
    string? DecidedBy, string DecidedAtText, string? RejectReason)
{
    /// <summary>0–100 for the progress bar (an estimate while the file is still being read).</summary>
    public int Percent => RowsTotal == 0 ? 0 : Math.Min(100, RowsDone * 100 / RowsTotal);

    public bool IsRunning => Status is RosterStatus.Queued or RosterStatus.Reading or RosterStatus.Matching;
}

public sealed class ListRostersHandler(IAppDbContext db, IUserNames names) : IRequestHandler<ListRosters, IReadOnlyList<RosterSummary>>
{
    public async Task<IReadOnlyList<RosterSummary>> Handle(ListRosters request, CancellationToken cancellationToken)
    {
        var query = db.SubsidyRosters.AsNoTracking();
        if (request.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }

        // A tenant has tens of rosters a year; SQLite cannot order DateTimeOffset in SQL.
        var rosters = (await query.ToListAsync(cancellationToken)).OrderByDescending(r => r.UploadedAt).ToList();
        return await RosterSummaries.ForAsync(rosters, names, cancellationToken);
    }
}

internal static class RosterSummaries
{
    public static async Task<IReadOnlyList<RosterSummary>> ForAsync(IReadOnlyList<SubsidyRoster> rosters, IUserNames names, CancellationToken ct)
    {
        var people = await names.DisplayNamesAsync(rosters.SelectMany(r => new[] { r.UploadedBy, r.DecidedBy }), ct);
        return rosters.Select(r => new RosterSummary(
            r.Id, r.Department, r.Year, r.Kind, RosterTexts.Get($"Kind_{r.Kind}"), r.FileName, r.Status,
            RosterTexts.Get(r.CancelRequested && r.IsRunning ? "Status_Cancelling" : $"Status_{r.Status}"),
            r.RowsDone, r.RowsTotal, r.CancelRequested, r.Failure, people[r.UploadedBy], Display.Time(r.UploadedAt),
            r.DecidedBy is { } by ? people[by] : null, Display.Time(r.DecidedAt), r.RejectReason)).ToList();
    }
}
