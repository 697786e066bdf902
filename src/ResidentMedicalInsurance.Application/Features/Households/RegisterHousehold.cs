using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>建户: a new household register entry with its head.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RegisterHousehold : ICommand<ResidentRegistration>
{
    public Guid TownshipId { get; init; }
    public string Village { get; init; } = "";
    public string HouseholdNumber { get; init; } = "";
    public string Address { get; init; } = "";
    public ResidentInput Head { get; init; } = new();
}

public sealed class RegisterHouseholdValidator : AbstractValidator<RegisterHousehold>
{
    public RegisterHouseholdValidator(IClock clock)
    {
        RuleFor(x => x.TownshipId).NotEmpty().WithMessage(_ => Messages.Get("RegisterHousehold_TownshipMissing"));
        RuleFor(x => x.Village).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, Messages.Get("RegisterHousehold_VillageField"), Household.VillageMaxLength)));
        RuleFor(x => x.Address).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, Messages.Get("RegisterHousehold_AddressField"), Household.AddressMaxLength)));
        RuleFor(x => x.HouseholdNumber)
            .NotEmpty().WithMessage(_ => Messages.Get("RegisterHousehold_NumberMissing"))
            .MaximumLength(Household.NumberMaxLength).WithMessage(_ => Messages.Format("RegisterHousehold_NumberTooLong", Household.NumberMaxLength))
            .Matches("^[0-9A-Za-z-]*$").WithMessage(_ => Messages.Get("RegisterHousehold_NumberInvalid"));
        RuleFor(x => x.Head).SetValidator(new ResidentInputValidator(clock));
    }

    private static void Add<T>(ValidationContext<T> ctx, string? problem)
    {
        if (problem is not null)
        {
            ctx.AddFailure(problem);
        }
    }
}

public sealed class RegisterHouseholdHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<RegisterHousehold, ResidentRegistration>
{
    public async Task<ResidentRegistration> Handle(RegisterHousehold request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken);
        if (township is null || !user.CanSee(township.Id))
        {
            throw new NotFoundException(Messages.Get("RegisterHousehold_TownshipNotFound"));
        }

        if (await ResidentRegistrar.FindExisting(db, user, clock, request.Head.IdNumber, cancellationToken) is { } existing)
        {
            return existing;
        }

        var number = request.HouseholdNumber.Trim();
        if (await db.Households.AnyAsync(h => h.Number == number, cancellationToken))
        {
            throw new AppException(Messages.Format("RegisterHousehold_NumberTaken", number));
        }

        var household = new Household
        {
            Id = Guid.CreateVersion7(),
            TownshipId = township.Id,
            Village = request.Village.Trim(),
            Number = number,
            Address = request.Address.Trim(),
            CreatedAt = clock.Now,
        };
        var head = ResidentRegistrar.Create(request.Head, household, Relationship.Head, clock);
        household.HeadResidentId = head.Id;
        db.Households.Add(household);
        db.Residents.Add(head);
        await SaveGuard.SaveAsync(db, Messages.Get("RegisterHousehold_Conflict"), cancellationToken);
        return new ResidentRegistration(household.Id, head.Id, false, Texts.Format("Household_Registered", number, head.Name));
    }
}
