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
        RuleFor(x => x.TownshipId).NotEmpty().WithMessage("请选择乡镇。");
        RuleFor(x => x.Village).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, "村（社区）", Household.VillageMaxLength)));
        RuleFor(x => x.Address).Custom((v, ctx) => Add(ctx, TextRules.TextProblem(v, "住址", Household.AddressMaxLength)));
        RuleFor(x => x.HouseholdNumber)
            .NotEmpty().WithMessage("请填写户号。")
            .MaximumLength(Household.NumberMaxLength).WithMessage($"户号最多 {Household.NumberMaxLength} 位。")
            .Matches("^[0-9A-Za-z-]*$").WithMessage("户号只能包含数字、字母和连字符。");
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
            throw new NotFoundException("未找到该乡镇，或您无权在该乡镇办理登记。");
        }

        if (await ResidentRegistrar.FindExisting(db, user, clock, request.Head.IdNumber, cancellationToken) is { } existing)
        {
            return existing;
        }

        var number = request.HouseholdNumber.Trim();
        if (await db.Households.AnyAsync(h => h.Number == number, cancellationToken))
        {
            throw new AppException($"户号 {number} 已登记，请在户籍查询中打开该户后添加成员。");
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
        await SaveGuard.SaveAsync(db, "该身份证号或户号刚刚已被他人登记，请刷新后在户籍查询中查找。", cancellationToken);
        return new ResidentRegistration(household.Id, head.Id, false, Texts.Format("Household_Registered", number, head.Name));
    }
}
