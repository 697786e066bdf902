using Microsoft.AspNetCore.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>A portal user, bound to exactly one tenant (county office).</summary>
public sealed class AppUser : IdentityUser
{
    public Guid TenantId { get; set; }

    /// <summary>Name shown in the layout and in the audit log, e.g. 张丽（城关镇经办员）.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Townships a clerk may work in; empty for county-wide roles.</summary>
    public List<UserTownship> Townships { get; } = [];
}

/// <summary>Binds a clerk to one township of the user's own tenant.</summary>
public sealed class UserTownship
{
    public required string UserId { get; set; }
    public Guid TownshipId { get; set; }
}
