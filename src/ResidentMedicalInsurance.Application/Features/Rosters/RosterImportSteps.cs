using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

// The import job's three steps, each one command (one transaction). The job (RosterImport) reads the
// file and sends them; a restart resumes after the last row a committed batch stored.

/// <summary>Begins (or resumes) an import: the staged file and the last row already stored; null when there is nothing to do.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record StartRosterImport(Guid RosterId) : ICommand<StagedStart?>;

/// <summary>Matches and stores one batch of rows; false when county staff cancelled the import.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ImportRosterRows(Guid RosterId, IReadOnlyList<TableRow> Rows, double FileFraction) : ICommand<bool>;

/// <summary>Ends an import: ready for review, cancelled, or failed with the reader's message (staged rows dropped).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record FinishRosterImport(Guid RosterId, string? Failure) : ICommand<RosterStatus>;

public sealed class StartRosterImportHandler(IAppDbContext db) : IRequestHandler<StartRosterImport, StagedStart?>
{
    public async Task<StagedStart?> Handle(StartRosterImport request, CancellationToken cancellationToken)
    {
        var roster = await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken);
        if (roster is not { IsRunning: true } || roster.CancelRequested)
        {
            return null;
        }

        var file = await db.RosterFiles.AsNoTracking().FirstOrDefaultAsync(f => f.RosterId == roster.Id, cancellationToken);
        if (file is null)
        {
            return null;
        }

        roster.Status = roster.Status == RosterStatus.Queued ? RosterStatus.Reading : roster.Status;
        await db.SaveChangesAsync(cancellationToken);
        var resume = await db.RosterRows.Where(r => r.RosterId == roster.Id).MaxAsync(r => (int?)r.RowNumber, cancellationToken) ?? 0;
        return new StagedStart(roster.FileName, file.Content, resume);
    }
}

public sealed class ImportRosterRowsHandler(IAppDbContext db, IClock clock, IPolicyGateway policy, IStagingRows staging) : IRequestHandler<ImportRosterRows, bool>
{
    public async Task<bool> Handle(ImportRosterRows request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        if (roster.CancelRequested || !roster.IsRunning)
        {
            return false;
        }

        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var townships = (await db.Townships.AsNoTracking().Select(t => t.Name).ToListAsync(cancellationToken))
            .Select(RosterValues.Name).ToHashSet();
        var matcher = new RosterMatcher(roster, policy.Categories(profile.Id), townships, clock.Today);

        var ids = request.Rows
            .Select(r => ResidentIdNumber.TryParse(RosterValues.IdText(r.Get(RosterLayout.IdNumber)), clock.Today, out var id, out _) ? id.Value : null)
            .OfType<string>().Distinct().ToList();
        var people = (await db.Residents.AsNoTracking().Where(r => ids.Contains(r.IdNumber))
            .Select(r => new { r.IdNumber, Person = new RosterMatcher.Person(r.Id, r.Name, r.HouseholdId, r.TownshipId, r.EmployeeInsurance) })
            .ToListAsync(cancellationToken)).ToDictionary(r => r.IdNumber, r => r.Person);
        var seen = (await db.RosterRows.AsNoTracking()
            .Where(r => r.RosterId == roster.Id && r.IdNumber != null && ids.Contains(r.IdNumber))
            .Select(r => r.IdNumber!).ToListAsync(cancellationToken)).ToHashSet();

        await staging.InsertAsync(request.Rows.Select(row => matcher.Match(row, people, seen)).ToList(), cancellationToken);
        roster.Status = RosterStatus.Matching;
        roster.RowsDone += request.Rows.Count;
        roster.RowsTotal = Math.Max(roster.RowsDone, (int)Math.Round(roster.RowsDone / Math.Clamp(request.FileFraction, 0.01, 1)));
        roster.Version++;
        await db.SaveChangesAsync(cancellationToken);

        // The job's scope sends every batch through one context: keep nothing tracked from one batch to the next.
        db.ChangeTracker.Clear();
        return true;
    }
}

public sealed class FinishRosterImportHandler(IAppDbContext db) : IRequestHandler<FinishRosterImport, RosterStatus>
{
    public async Task<RosterStatus> Handle(FinishRosterImport request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        if (!roster.IsRunning)
        {
            return roster.Status;
        }

        if (request.Failure is not null || roster.CancelRequested)
        {
            // A file that failed or was cancelled leaves no half roster to review.
            await db.RosterRows.Where(r => r.RosterId == roster.Id).ExecuteDeleteAsync(cancellationToken);
            roster.RowsDone = 0;
            roster.Failure = request.Failure is null ? null : RosterValues.Fit(request.Failure, SubsidyRoster.ReasonMaxLength);
        }

        roster.Status = request.Failure is not null ? RosterStatus.Failed
            : roster.CancelRequested ? RosterStatus.Cancelled
            : RosterStatus.Ready;
        roster.RowsTotal = roster.RowsDone;
        roster.Version++;
        await db.RosterFiles.Where(f => f.RosterId == roster.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return roster.Status;
    }
}
