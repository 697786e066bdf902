using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 审核通过: the given matched rows, or every matched row still undecided (<see cref="RowIds"/> null). The
/// certifications are effective from now; the roster is audited with who approved what.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ApproveRosterRows(Guid RosterId, IReadOnlyList<Guid>? RowIds = null) : ICommand<RosterDecided>;

public sealed record RosterDecided(int Rows, int Ended, string Message);

public sealed class ApproveRosterRowsHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<ApproveRosterRows, RosterDecided>
{
    public async Task<RosterDecided> Handle(ApproveRosterRows request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        roster.EnsureUnderReview();
        var by = user.UserName ?? "";
        var at = clock.Now;
        var pending = db.RosterRows.Where(r => r.RosterId == roster.Id && r.Outcome == RosterOutcome.Matched && r.Decision == RowDecision.Pending);
        if (request.RowIds is { } ids)
        {
            var chosen = await db.RosterRows.Where(r => r.RosterId == roster.Id && ids.Contains(r.Id)).ToListAsync(cancellationToken);
            if (chosen.Count != ids.Distinct().Count())
            {
                throw new NotFoundException(RosterTexts.Get("Approve_RowMissing"));
            }

            await RosterApproval.ApplyAsync(db, roster, chosen, by, at, cancellationToken);
            await RosterApproval.FinishIfDecidedAsync(db, roster, by, at, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new RosterDecided(chosen.Count, 0, RosterTexts.Format("Approve_Rows", chosen.Count));
        }

        var approved = 0;
        while (await pending.OrderBy(r => r.RowNumber).Take(RosterApproval.Chunk).ToListAsync(cancellationToken) is { Count: > 0 } chunk)
        {
            approved += await RosterApproval.ApplyAsync(db, roster, chunk, by, at, cancellationToken);
        }

        var ended = 0;
        var withheld = false;
        if (roster.Kind == RosterKind.Full)
        {
            withheld = await RosterApproval.UnidentifiedRowsAsync(db, roster, cancellationToken) > 0;
            if (!withheld)
            {
                foreach (var certification in await RosterApproval.EndedByFullRoster(db, roster).ToListAsync(cancellationToken))
                {
                    certification.End(at, roster.Id);
                    ended++;
                }
            }
        }

        await RosterApproval.FinishIfDecidedAsync(db, roster, by, at, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var message = RosterTexts.Format("Approve_All", approved, ended);
        return new RosterDecided(approved, ended, withheld ? message + RosterTexts.Get("Approve_EndingWithheld") : message);
    }
}
