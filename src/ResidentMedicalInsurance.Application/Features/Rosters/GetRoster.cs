using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>One roster's review header: its summary, rows per outcome, decisions so far, and for a full roster who it would stop.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetRoster(Guid RosterId) : IQuery<RosterReview>;

public sealed record RosterReview(
    RosterSummary Roster, IReadOnlyList<OutcomeCount> Outcomes, int Pending, int Approved, int Rejected, int Ending);

/// <summary>Rows of one outcome; <see cref="Name"/> is the CLI's and the feedback list's outcome name.</summary>
public sealed record OutcomeCount(RosterOutcome Outcome, string Name, string Label, int Count);

public sealed class GetRosterHandler(IAppDbContext db, IUserNames names) : IRequestHandler<GetRoster, RosterReview>
{
    public async Task<RosterReview> Handle(GetRoster request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        var counts = await db.RosterRows.Where(r => r.RosterId == roster.Id)
            .GroupBy(r => new { r.Outcome, r.Decision }).Select(g => new { g.Key.Outcome, g.Key.Decision, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var outcomes = RosterOutcomes.All.Select(o => new OutcomeCount(
            o, RosterOutcomes.Name(o), RosterTexts.Get($"Outcome_{o}"), counts.Where(c => c.Outcome == o).Sum(c => c.Count))).ToList();
        var matched = counts.Where(c => c.Outcome == RosterOutcome.Matched).ToList();
        var ending = roster.Kind == RosterKind.Full && roster.IsUnderReview
            ? await RosterApproval.EndedByFullRoster(db, roster).CountAsync(cancellationToken)
            : 0;
        var summary = (await RosterSummaries.ForAsync([roster], names, cancellationToken))[0];
        return new RosterReview(summary, outcomes,
            matched.Where(c => c.Decision == RowDecision.Pending).Sum(c => c.Count),
            matched.Where(c => c.Decision == RowDecision.Approved).Sum(c => c.Count),
            matched.Where(c => c.Decision == RowDecision.Rejected).Sum(c => c.Count),
            ending);
    }
}
