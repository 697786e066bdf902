namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>The signed-in user of this operation. The only source of the tenant.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? UserName { get; }
    Guid? TenantId { get; }
    IReadOnlyCollection<Guid> TownshipIds { get; }
    bool IsInRole(string role);
}
