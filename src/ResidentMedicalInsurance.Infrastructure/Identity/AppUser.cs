using Microsoft.AspNetCore.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>A portal user, bound to exactly one tenant (county office).</summary>
public sealed class AppUser : IdentityUser
{
    public Guid TenantId { get; set; }

    /// <summary>Name shown in the layout and in the audit log, e.g. 张丽（城关镇经办员）.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Set when an Admin creates the account or resets its password: the user must choose a new one first (ADR 0048).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>停用: the user cannot sign in until an Admin enables the account again; distinct from a lock (ADR 0048).</summary>
    public bool Disabled { get; set; }

    /// <summary>Townships a clerk may work in; empty for county-wide roles.</summary>
    public List<UserTownship> Townships { get; } = [];
}

/// <summary>Binds a clerk to one township of the user's own tenant.</summary>
public sealed class UserTownship
{
    public required string UserId { get; set; }
    public Guid TownshipId { get; set; }
}
