using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// 拆户: chosen members form a new household with a new 户号 (unique in the tenant) and one of them as its head, in the same
/// or another township and village (ADR 0070). The head of the household stays (head rules, ADR 0049); the others keep the
/// relationship recorded, which 信息变更 corrects. Their enrolments and records go with them; this year's enrolment continues.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record SplitHousehold : ICommand<HouseholdMoved>
{
    public Guid HouseholdId { get; init; }
    public IReadOnlyList<Guid> MemberIds { get; init; } = [];
    public Guid HeadResidentId { get; init; }
    public string HouseholdNumber { get; init; } = "";
    public Guid TownshipId { get; init; }
    public string Village { get; init; } = "";
    public string Address { get; init; } = "";
}

public sealed class SplitHouseholdValidator : AbstractValidator<SplitHousehold>
{
    public SplitHouseholdValidator()
    {
        RuleFor(x => x.HouseholdId).NotEmpty().WithMessage(_ => MoveTexts.Get("HouseholdMissing"));
        RuleFor(x => x.MemberIds).NotEmpty().WithMessage(_ => MoveTexts.Get("MembersMissing"));
        RuleFor(x => x.HeadResidentId).Must((x, head) => x.MemberIds.Contains(head)).WithMessage(_ => MoveTexts.Get("SplitHeadMissing"));
        RuleFor(x => x.HouseholdNumber)
            .NotEmpty().WithMessage(_ => Messages.Get("RegisterHousehold_NumberMissing"))
            .MaximumLength(Household.NumberMaxLength).WithMessage(_ => Messages.Format("RegisterHousehold_NumberTooLong", Household.NumberMaxLength))
            .Matches("^[0-9A-Za-z-]*$").WithMessage(_ => Messages.Get("RegisterHousehold_NumberInvalid"));
        RuleFor(x => x.TownshipId).NotEmpty().WithMessage(_ => MoveTexts.Get("TownshipMissing"));
        RuleFor(x => x.Village).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, MoveTexts.Get("VillageField"), Household.VillageMaxLength)));
        RuleFor(x => x.Address).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, Messages.Get("RegisterHousehold_AddressField"), Household.AddressMaxLength)));
    }

    private static void Add<T>(ValidationContext<T> ctx, string? problem)
    {
        if (problem is not null)
        {
            ctx.AddFailure(problem);
        }
    }
}

public sealed class SplitHouseholdHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<SplitHousehold, HouseholdMoved>
{
    public async Task<HouseholdMoved> Handle(SplitHousehold request, CancellationToken cancellationToken)
    {
        var source = await Relocation.SourceAsync(db, user, request.HouseholdId, cancellationToken);
        var township = await Relocation.TownshipAsync(db, request.TownshipId, nameof(SplitHousehold.TownshipId), cancellationToken);
        var ids = request.MemberIds.Distinct().ToList();
        var members = await db.Residents.Where(r => r.HouseholdId == source.Id && ids.Contains(r.Id)).ToListAsync(cancellationToken);
        if (members.Count != ids.Count)
        {
            throw MoveTexts.Beside(nameof(SplitHousehold.MemberIds), MoveTexts.Get("MembersNotInHousehold"));
        }

        if (members.Any(m => m.Id == source.HeadResidentId || m.Relationship == Relationship.Head))
        {
            throw MoveTexts.Beside(nameof(SplitHousehold.MemberIds), MoveTexts.Get("HeadCannotSplit"));
        }

        if (members.FirstOrDefault(m => m.Departure is not null) is { } departed)
        {
            throw MoveTexts.Beside(nameof(SplitHousehold.MemberIds), MoveTexts.Format("Departed", departed.Name));
        }

        var number = request.HouseholdNumber.Trim();
        if (await db.Households.AnyAsync(h => h.Number == number, cancellationToken))
        {
            throw MoveTexts.Beside(nameof(SplitHousehold.HouseholdNumber), Messages.Format("RegisterHousehold_NumberTaken", number));
        }

        var created = new Household
        {
            Id = Guid.CreateVersion7(),
            TownshipId = township,
            Village = request.Village.Trim(),
            Number = number,
            Address = request.Address.Trim(),
            HeadResidentId = request.HeadResidentId,
            CreatedAt = clock.Now,
        };
        db.Households.Add(created);
        foreach (var member in members)
        {
            member.JoinHousehold(created, member.Id == request.HeadResidentId ? Relationship.Head : member.Relationship);
        }

        await Relocation.CarryRecordsAsync(db, ids, created, cancellationToken);
        var move = Relocation.Record(db, user, clock, HouseholdMoveKind.Split, source.Id, null, Place.Of(source), Place.Of(created), members.Count);
        await SaveGuard.SaveAsync(db, Messages.Get("RegisterHousehold_Conflict"), cancellationToken);
        var head = members.Single(m => m.Id == request.HeadResidentId);
        return Relocation.Moved(user, move, MoveTexts.Format("HouseholdSplit", number, head.Name, members.Count, source.Number));
    }
}
