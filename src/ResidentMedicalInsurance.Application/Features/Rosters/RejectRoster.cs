using FluentValidation;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>不通过 for chosen matched rows, with the reason the department reads in the feedback list.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record RejectRosterRows(Guid RosterId, IReadOnlyList<Guid> RowIds, string Reason) : ICommand<RosterDecided>;

/// <summary>退回 a whole roster (nothing of it becomes effective), with the reason.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record RejectRoster(Guid RosterId, string Reason) : ICommand<RosterDecided>;

/// <summary>取消导入 of a roster still being read or matched; the job stops at its next batch.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record CancelRosterImport(Guid RosterId) : ICommand<string>;

public sealed class RejectRosterRowsValidator : AbstractValidator<RejectRosterRows>
{
    public RejectRosterRowsValidator()
    {
        RuleFor(x => x.RowIds).NotEmpty().WithMessage(_ => RosterTexts.Get("Reject_NoRows"));
        RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => RosterTexts.Get("Reject_ReasonMissing"))
            .MaximumLength(SubsidyRoster.ReasonMaxLength).WithMessage(_ => RosterTexts.Format("Reject_ReasonTooLong", SubsidyRoster.ReasonMaxLength));
    }
}

public sealed class RejectRosterValidator : AbstractValidator<RejectRoster>
{
    public RejectRosterValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => RosterTexts.Get("Reject_ReasonMissing"))
            .MaximumLength(SubsidyRoster.ReasonMaxLength).WithMessage(_ => RosterTexts.Format("Reject_ReasonTooLong", SubsidyRoster.ReasonMaxLength));
    }
}

public sealed class RejectRosterRowsHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<RejectRosterRows, RosterDecided>
{
    public async Task<RosterDecided> Handle(RejectRosterRows request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        roster.EnsureUnderReview();
        var rows = await db.RosterRows.Where(r => r.RosterId == roster.Id && request.RowIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (rows.Count != request.RowIds.Distinct().Count())
        {
            throw new NotFoundException(RosterTexts.Get("Approve_RowMissing"));
        }

        rows.ForEach(r => r.Reject(request.Reason));
        await db.SaveChangesAsync(cancellationToken);
        await RosterApproval.FinishIfDecidedAsync(db, roster, user.UserName ?? "", clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RosterDecided(rows.Count, 0, RosterTexts.Format("Reject_Rows", rows.Count));
    }
}

public sealed class RejectRosterHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<RejectRoster, RosterDecided>
{
    public async Task<RosterDecided> Handle(RejectRoster request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        roster.Reject(user.UserName ?? "", clock.Now, request.Reason);
        var reason = request.Reason.Trim();
        var rows = await db.RosterRows
            .Where(r => r.RosterId == roster.Id && r.Outcome == RosterOutcome.Matched && r.Decision == RowDecision.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Decision, RowDecision.Rejected).SetProperty(r => r.DecisionNote, reason), cancellationToken);
        roster.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return new RosterDecided(rows, 0, RosterTexts.Get("Reject_Roster"));
    }
}

public sealed class CancelRosterImportHandler(IAppDbContext db) : IRequestHandler<CancelRosterImport, string>
{
    public async Task<string> Handle(CancelRosterImport request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        roster.RequestCancel();
        roster.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return RosterTexts.Get("Cancel_Requested");
    }
}
