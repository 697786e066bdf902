namespace ResidentMedicalInsurance.Application.Security;

/// <summary>
/// The roles allowed to send a request, as one of the lists in <see cref="Security.Roles"/>
/// (e.g. <see cref="Security.Roles.Counter"/>). Every request carries one: the authorization
/// behaviour refuses a request without it, and a test fails for one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuthorizeRolesAttribute(string roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = Security.Roles.Split(roles);
}
