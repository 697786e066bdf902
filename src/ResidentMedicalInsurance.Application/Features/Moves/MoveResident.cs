using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// 迁移 of one member to another existing household of the tenant, found by its 户号 (ADR 0070). The head moves only when
/// no other member is left (the emptied household is removed), as the head rules of 信息变更 and 离户 say (ADR 0049).
/// The member's enrolments and records go with them; this year's enrolment continues.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record MoveResident(Guid ResidentId, string ToNumber, Relationship Relationship) : ICommand<HouseholdMoved>;

public sealed class MoveResidentValidator : AbstractValidator<MoveResident>
{
    public MoveResidentValidator()
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => Messages.Get("Common_ResidentMissing"));
        RuleFor(x => x.ToNumber).NotEmpty().WithMessage(_ => MoveTexts.Get("ToNumberMissing"))
            .MaximumLength(Household.NumberMaxLength).WithMessage(_ => MoveTexts.Get("ToNumberMissing"));
        RuleFor(x => x.Relationship).IsInEnum().WithMessage(_ => MoveTexts.Get("RelationshipNotHead"))
            .NotEqual(Relationship.Head).WithMessage(_ => MoveTexts.Get("RelationshipNotHead"));
    }
}

public sealed class MoveResidentHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<MoveResident, HouseholdMoved>
{
    public async Task<HouseholdMoved> Handle(MoveResident request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.InScope(user).FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        if (resident.Departure is not null)
        {
            throw new AppException(MoveTexts.Format("Departed", resident.Name));
        }

        var source = await db.Households.FirstAsync(h => h.Id == resident.HouseholdId, cancellationToken);
        var target = await Relocation.ByNumberAsync(db, request.ToNumber, source.Id, nameof(MoveResident.ToNumber), cancellationToken);
        var isHead = source.HeadResidentId == resident.Id || resident.Relationship == Relationship.Head;
        if (isHead && await db.Residents.AnyAsync(r => r.HouseholdId == source.Id && r.Id != resident.Id, cancellationToken))
        {
            throw new AppException(MoveTexts.Get("HeadCannotMove"));
        }

        var from = Place.Of(source);
        resident.JoinHousehold(target, request.Relationship);
        await Relocation.CarryRecordsAsync(db, [resident.Id], target, cancellationToken);
        if (isHead)
        {
            // The head was the last member: the emptied household leaves the register (its audit trail stays).
            db.Households.Remove(source);
        }

        var move = Relocation.Record(db, user, clock, HouseholdMoveKind.Move, isHead ? target.Id : source.Id, resident.Id, from, Place.Of(target), 1);
        await SaveGuard.SaveAsync(db, MoveTexts.Get("Conflict"), cancellationToken);
        return Relocation.Moved(user, move, MoveTexts.Format(isHead ? "ResidentMovedHouseholdRemoved" : "ResidentMoved", resident.Name, target.Number, source.Number));
    }
}
