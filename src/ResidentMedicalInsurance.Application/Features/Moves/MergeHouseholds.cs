using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// 合户: every member of this household joins the household with 户号 <see cref="IntoNumber"/> (any township of the tenant);
/// this household's head takes <see cref="HeadRelationship"/> to the other head, the others keep theirs. The emptied household
/// is removed from the register, as 撤销登记 removes a household whose head is withdrawn: no list shows it, its 户号 is free,
/// and its audit trail stays (ADR 0070). A clerk merges only a household of their own townships away.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record MergeHouseholds(Guid HouseholdId, string IntoNumber, Relationship HeadRelationship) : ICommand<HouseholdMoved>;

public sealed class MergeHouseholdsValidator : AbstractValidator<MergeHouseholds>
{
    public MergeHouseholdsValidator()
    {
        RuleFor(x => x.HouseholdId).NotEmpty().WithMessage(_ => MoveTexts.Get("HouseholdMissing"));
        RuleFor(x => x.IntoNumber).NotEmpty().WithMessage(_ => MoveTexts.Get("ToNumberMissing"))
            .MaximumLength(Household.NumberMaxLength).WithMessage(_ => MoveTexts.Get("ToNumberMissing"));
        RuleFor(x => x.HeadRelationship).IsInEnum().WithMessage(_ => MoveTexts.Get("RelationshipNotHead"))
            .NotEqual(Relationship.Head).WithMessage(_ => MoveTexts.Get("RelationshipNotHead"));
    }
}

public sealed class MergeHouseholdsHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<MergeHouseholds, HouseholdMoved>
{
    public async Task<HouseholdMoved> Handle(MergeHouseholds request, CancellationToken cancellationToken)
    {
        var source = await Relocation.SourceAsync(db, user, request.HouseholdId, cancellationToken);
        var target = await Relocation.ByNumberAsync(db, request.IntoNumber, source.Id, nameof(MergeHouseholds.IntoNumber), cancellationToken);
        var members = await db.Residents.Where(r => r.HouseholdId == source.Id).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            var head = member.Id == source.HeadResidentId || member.Relationship == Relationship.Head;
            member.JoinHousehold(target, head ? request.HeadRelationship : member.Relationship);
        }

        await Relocation.CarryRecordsAsync(db, members.Select(m => m.Id).ToList(), target, cancellationToken);
        foreach (var batch in await db.PaymentBatches.Where(b => b.HouseholdId == source.Id).ToListAsync(cancellationToken))
        {
            batch.HouseholdId = target.Id;
        }

        var move = Relocation.Record(db, user, clock, HouseholdMoveKind.Merge, target.Id, null, Place.Of(source), Place.Of(target), members.Count);
        db.Households.Remove(source);
        await SaveGuard.SaveAsync(db, MoveTexts.Get("Conflict"), cancellationToken);
        return Relocation.Moved(user, move, MoveTexts.Format("HouseholdsMerged", source.Number, target.Number, members.Count));
    }
}
