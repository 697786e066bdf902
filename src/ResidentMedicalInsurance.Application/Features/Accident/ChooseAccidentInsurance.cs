using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// 选择意外伤害补充保险 for an enrolled resident of the year (尤政办〔2019〕45号 三(三)), where the profile offers it, at the
/// profile's premium. The basic enrolment is not touched. Chosen again after a cancellation, the same row comes back.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ChooseAccidentInsurance(Guid ResidentId) : ICommand<AccidentCoverSaved>;

/// <summary>The cover after a choice, a cancellation or a payment, and the message for the clerk.</summary>
public sealed record AccidentCoverSaved(Guid CoverId, Guid ResidentId, AccidentCoverStatus Status, string Message);

public sealed class ChooseAccidentInsuranceValidator : AbstractValidator<ChooseAccidentInsurance>
{
    public ChooseAccidentInsuranceValidator() =>
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => AccidentTexts.Get("ResidentMissing"));
}

public sealed class ChooseAccidentInsuranceHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<ChooseAccidentInsurance, AccidentCoverSaved>
{
    public async Task<AccidentCoverSaved> Handle(ChooseAccidentInsurance request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        var (year, product) = await AccidentProduct.OfferedAsync(db, policy, cancellationToken);
        if (!await AccidentProduct.EnrolledAsync(db, resident.Id, year, cancellationToken))
        {
            throw new AppException(AccidentTexts.Format("NotEnrolled", resident.Name, year));
        }

        var cover = await db.AccidentCovers.FirstOrDefaultAsync(c => c.ResidentId == resident.Id && c.Year == year, cancellationToken);
        if (cover is null)
        {
            var village = await db.Households.Where(h => h.Id == resident.HouseholdId).Select(h => h.Village).FirstAsync(cancellationToken);
            cover = new AccidentCover
            {
                Id = Guid.CreateVersion7(),
                TownshipId = resident.TownshipId,
                Village = village,
                HouseholdId = resident.HouseholdId,
                ResidentId = resident.Id,
                Year = year,
                PremiumFen = product.PremiumFen,
                Status = AccidentCoverStatus.Chosen,
                ChosenAt = clock.Now,
                ChosenBy = user.UserName ?? "",
            };
            db.AccidentCovers.Add(cover);
        }
        else
        {
            cover.ChooseAgain(product.PremiumFen, clock.Now, user.UserName ?? "");
        }

        await SaveGuard.SaveAsync(db, AccidentTexts.Get("LostRace"), cancellationToken);
        return new AccidentCoverSaved(cover.Id, resident.Id, cover.Status, AccidentTexts.Format("Chosen", resident.Name, product.PremiumText));
    }
}
