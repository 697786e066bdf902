using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// 迁移 of a whole household to another township and/or village of the tenant (lianyungang-2008 第十一条(二): a move within
/// the city districts changes nothing for this year's enrolment, ADR 0070). The household, its members and their enrolments
/// take the new place; payments and receipts stay as they were. A clerk moves only out of their own townships.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record MoveHousehold(Guid HouseholdId, Guid TownshipId, string Village) : ICommand<HouseholdMoved>;

public sealed class MoveHouseholdValidator : AbstractValidator<MoveHousehold>
{
    public MoveHouseholdValidator()
    {
        RuleFor(x => x.HouseholdId).NotEmpty().WithMessage(_ => MoveTexts.Get("HouseholdMissing"));
        RuleFor(x => x.TownshipId).NotEmpty().WithMessage(_ => MoveTexts.Get("TownshipMissing"));
        RuleFor(x => x.Village).Custom((v, ctx) =>
        {
            if (TextRules.TextProblem(v, MoveTexts.Get("VillageField"), Household.VillageMaxLength) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

public sealed class MoveHouseholdHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<MoveHousehold, HouseholdMoved>
{
    public async Task<HouseholdMoved> Handle(MoveHousehold request, CancellationToken cancellationToken)
    {
        var household = await Relocation.SourceAsync(db, user, request.HouseholdId, cancellationToken);
        var township = await Relocation.TownshipAsync(db, request.TownshipId, nameof(MoveHousehold.TownshipId), cancellationToken);
        var from = Place.Of(household);
        household.MoveTo(township, request.Village);
        var members = await db.Residents.Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            member.TownshipId = household.TownshipId;
        }

        foreach (var enrollment in await db.Enrollments.Where(e => e.HouseholdId == household.Id).ToListAsync(cancellationToken))
        {
            enrollment.TownshipId = household.TownshipId;
            enrollment.Version++;
        }

        foreach (var cover in await db.AccidentCovers.Where(c => c.HouseholdId == household.Id).ToListAsync(cancellationToken))
        {
            cover.FollowTo(household.Id, household.TownshipId, household.Village);
        }

        var move = Relocation.Record(db, user, clock, HouseholdMoveKind.Move, household.Id, null, from, Place.Of(household), members.Count);
        await SaveGuard.SaveAsync(db, MoveTexts.Get("Conflict"), cancellationToken);
        var to = await db.Townships.Where(t => t.Id == township).Select(t => t.Name).FirstAsync(cancellationToken);
        return Relocation.Moved(user, move, MoveTexts.Format("HouseholdMoved", household.Number, to, household.Village, members.Count));
    }
}
