using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>登记家庭成员: adds a resident to an existing household.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record AddHouseholdMember(Guid HouseholdId, ResidentInput Member) : ICommand<ResidentRegistration>;

public sealed class AddHouseholdMemberValidator : AbstractValidator<AddHouseholdMember>
{
    public AddHouseholdMemberValidator(IClock clock)
    {
        RuleFor(x => x.HouseholdId).NotEmpty().WithMessage(_ => Messages.Get("Common_HouseholdMissing"));
        RuleFor(x => x.Member).NotNull().SetValidator(new ResidentInputValidator(clock));
        RuleFor(x => x.Member.Relationship).NotEqual(Relationship.Head)
            .WithMessage(_ => Messages.Get("AddHouseholdMember_HeadExists"));
    }
}

public sealed class AddHouseholdMemberHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<AddHouseholdMember, ResidentRegistration>
{
    public async Task<ResidentRegistration> Handle(AddHouseholdMember request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.InScope(user)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();

        if (await ResidentRegistrar.FindExisting(db, user, clock, request.Member.IdNumber, cancellationToken) is { } existing)
        {
            return existing;
        }

        var member = ResidentRegistrar.Create(request.Member, household, request.Member.Relationship, clock);
        db.Residents.Add(member);
        await SaveGuard.SaveAsync(db, Messages.Get("AddHouseholdMember_Conflict"), cancellationToken);
        return new ResidentRegistration(household.Id, member.Id, false, Texts.Format("Member_Registered", member.Name, household.Number));
    }
}
