using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>全户参保登记表: every member's registration form for the household page's year, to print on one page.</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHouseholdRegistrationForms(Guid HouseholdId) : IQuery<HouseholdRegistrationForms>;

public sealed record HouseholdRegistrationForms(PrintedHousehold Household, IReadOnlyList<RegistrationForm> Forms);

public sealed class GetHouseholdRegistrationFormsHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetHouseholdRegistrationForms, HouseholdRegistrationForms>
{
    public async Task<HouseholdRegistrationForms> Handle(GetHouseholdRegistrationForms request, CancellationToken cancellationToken)
    {
        var household = await PrintedHousehold.LoadAsync(db, user, policy, request.HouseholdId, cancellationToken);
        var enrollments = db.Enrollments.Where(e => e.HouseholdId == household.Id && e.Year == household.Year);
        return new(household, await new RegistrationForms(db, policy).ReadAsync(enrollments, cancellationToken));
    }
}
