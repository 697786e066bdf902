using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// What approving roster rows does: a 新增 row makes its certification live from now (a live one of the same
/// category is ended and replaced), a 取消 row ends the live one. A full roster approved as a whole also ends the
/// department's other certifications of the year for persons it no longer lists, unless some of its rows did not
/// identify a person (a bad file never cancels anyone, ADR 0053).
/// </summary>
internal static class RosterApproval
{
    public const int Chunk = 2000;

    public static async Task<int> ApplyAsync(IAppDbContext db, SubsidyRoster roster, List<RosterRow> rows, string by, DateTimeOffset at, CancellationToken ct)
    {
        // First: a chosen row that is not a pending match is refused with its row number (it names no resident).
        rows.ForEach(r => r.Approve());
        var residentIds = rows.Select(r => r.ResidentId!.Value).Distinct().ToList();
        var live = await db.SubsidyCertifications.Live(roster.Year).Where(c => residentIds.Contains(c.ResidentId)).ToListAsync(ct);
        foreach (var row in rows)
        {
            foreach (var old in live.Where(c => c.ResidentId == row.ResidentId && c.Code == row.CategoryCode && c.IsLive))
            {
                old.End(at, roster.Id);
            }
        }

        // Ended ones are written before the new live ones: the one-live-certification index sees no overlap.
        await db.SaveChangesAsync(ct);
        foreach (var row in rows.Where(r => r.Action == RosterAction.Add))
        {
            db.SubsidyCertifications.Add(new SubsidyCertification
            {
                Id = Guid.CreateVersion7(),
                ResidentId = row.ResidentId!.Value,
                HouseholdId = row.HouseholdId!.Value,
                Code = row.CategoryCode!,
                CertifiedOn = row.CertifiedOn,
                Year = roster.Year,
                Department = row.Department ?? roster.Department,
                RosterId = roster.Id,
                RosterRowId = row.Id,
                Source = RosterValues.Fit(roster.Label, SubsidyCertification.SourceMaxLength),
                ApprovedAt = at,
                ApprovedBy = by,
            });
        }

        await db.SaveChangesAsync(ct);

        // A 100,000-row roster is approved in chunks inside one transaction: keep only the roster tracked.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not SubsidyRoster).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return rows.Count;
    }

    /// <summary>The department's live certifications of the year a full roster does not list.</summary>
    public static IQueryable<SubsidyCertification> EndedByFullRoster(IAppDbContext db, SubsidyRoster roster) =>
        db.SubsidyCertifications.Live(roster.Year)
            .Where(c => c.Department == roster.Department && c.RosterId != roster.Id)
            .Where(c => !db.RosterRows.Any(r => r.RosterId == roster.Id && r.ResidentId == c.ResidentId));

    /// <summary>Rows that named nobody for sure: while there are any, a full roster stops no one.</summary>
    public static Task<int> UnidentifiedRowsAsync(IAppDbContext db, SubsidyRoster roster, CancellationToken ct) =>
        db.RosterRows.CountAsync(r => r.RosterId == roster.Id && (r.Outcome == RosterOutcome.InvalidId || r.Outcome == RosterOutcome.NameMismatch), ct);

    public static async Task FinishIfDecidedAsync(IAppDbContext db, SubsidyRoster roster, string by, DateTimeOffset at, CancellationToken ct)
    {
        if (!await db.RosterRows.AnyAsync(r => r.RosterId == roster.Id && r.Outcome == RosterOutcome.Matched && r.Decision == RowDecision.Pending, ct))
        {
            roster.CompleteReview(by, at);
        }

        roster.Version++;
    }
}
