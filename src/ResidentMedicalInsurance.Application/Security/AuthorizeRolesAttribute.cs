namespace ResidentMedicalInsurance.Application.Security;

/// <summary>Roles allowed to send a request; checked by the authorization behaviour in the pipeline.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuthorizeRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
