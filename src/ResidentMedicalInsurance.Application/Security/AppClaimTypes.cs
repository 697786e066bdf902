namespace ResidentMedicalInsurance.Application.Security;

/// <summary>Claims the sign-in adds to the cookie; the tenant never comes from anywhere else.</summary>
public static class AppClaimTypes
{
    public const string TenantId = "rmi:tenant";
    public const string TenantName = "rmi:tenant-name";
    public const string TownshipId = "rmi:township";
    public const string DisplayName = "rmi:display-name";

    /// <summary>Present while the user still signs in with a one-time password: every page but 修改密码 is closed.</summary>
    public const string MustChangePassword = "rmi:must-change-password";
}
