using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>取消意外伤害补充保险 before it is paid; a paid cover is the insurer's to refund.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record CancelAccidentInsurance(Guid CoverId) : ICommand<AccidentCoverSaved>;

public sealed class CancelAccidentInsuranceValidator : AbstractValidator<CancelAccidentInsurance>
{
    public CancelAccidentInsuranceValidator() =>
        RuleFor(x => x.CoverId).NotEmpty().WithMessage(_ => AccidentTexts.Get("CoverMissing"));
}

public sealed class CancelAccidentInsuranceHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<CancelAccidentInsurance, AccidentCoverSaved>
{
    public async Task<AccidentCoverSaved> Handle(CancelAccidentInsurance request, CancellationToken cancellationToken)
    {
        var cover = (await db.AccidentCovers.InScope(user).FirstOrDefaultAsync(c => c.Id == request.CoverId, cancellationToken)).Found();
        var name = await db.Residents.Where(r => r.Id == cover.ResidentId).Select(r => r.Name).FirstAsync(cancellationToken);
        cover.Cancel(clock.Now, user.UserName ?? "");
        await SaveGuard.SaveAsync(db, AccidentTexts.Get("LostRace"), cancellationToken);
        return new AccidentCoverSaved(cover.Id, cover.ResidentId, cover.Status, AccidentTexts.Format("Cancelled", name));
    }
}
