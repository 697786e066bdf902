using System.Reflection;
using MediatR;
using ResidentMedicalInsurance.Application.Features.Tenancy;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Isolation;

namespace ResidentMedicalInsurance.Application.Tests.Security;

/// <summary>
/// Every request of the Application assembly names its roles, Admin reads no resident, and every
/// request that takes a record id is in the IDOR suite (<see cref="IsolationTests"/>).
/// </summary>
public sealed class RequestRolesTests
{
    // The only requests an Admin may send: the tenant's overview, its users and the own password. Admin reads no resident.
    private static readonly string[] AdminRequests =
    [
        nameof(ListTownships), nameof(ListUsers), nameof(SetUserLocked), nameof(CreateUser), nameof(SetUserTownships),
        nameof(ResetPassword), nameof(SetUserDisabled), nameof(ChangeOwnPassword),
        nameof(GetCampaignYears), nameof(StartCampaignYear),
    ];

    private static IEnumerable<Type> Requests() => typeof(AuthorizeRolesAttribute).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && t.GetInterfaces().Any(i => i == typeof(IRequest) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))));

    [Fact]
    public void The_application_has_requests_to_check() => Assert.True(Requests().Count() >= 20);

    [Fact]
    public void Every_request_names_known_roles()
    {
        var missing = Requests()
            .Where(t => t.GetCustomAttribute<AuthorizeRolesAttribute>() is not { Roles.Count: > 0 } a || a.Roles.Except(Roles.All).Any())
            .Select(t => t.Name)
            .ToList();

        Assert.True(missing.Count == 0, $"Requests without [AuthorizeRoles(Roles.…)] naming known roles: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Admin_may_send_only_the_tenant_overview_and_user_management()
    {
        var admin = Requests()
            .Where(t => t.GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles.Contains(Roles.Admin) == true)
            .Select(t => t.Name)
            .ToList();

        Assert.Equal(AdminRequests.Order(), admin.Order());
    }

    [Fact]
    public void Every_request_that_takes_a_record_id_is_in_the_IDOR_suite()
    {
        var byId = Requests()
            .Where(t => t.GetProperties().Any(p => p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?))
                || t.GetProperties().Any(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericArguments().Any(HasGuid)))
            .Select(t => t.Name)
            .ToHashSet();
        var missing = byId.Except(IsolationTests.CoveredRequests).Order().ToList();

        Assert.True(missing.Count == 0, $"Requests taking record ids but missing from IsolationTests: {string.Join(", ", missing)}");
    }

    // A list of inputs that carry ids (EnrollHousehold's members).
    private static bool HasGuid(Type type) => type.GetProperties().Any(p => p.PropertyType == typeof(Guid));
}
