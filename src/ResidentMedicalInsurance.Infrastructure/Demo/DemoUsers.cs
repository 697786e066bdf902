using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>One demo account: <c>&lt;code&gt;-&lt;suffix&gt;</c> in every county.</summary>
/// <param name="Townships">Indexes into the tenant's townships (sort order), for clerks.</param>
public sealed record DemoUser(string Suffix, string Role, string PersonName, IReadOnlyList<int> Townships);

/// <summary>The demo accounts of every county. Demo data only: never seeded in production.</summary>
public static class DemoUsers
{
    /// <summary>Shared by every demo account; satisfies the password rules (12+ characters, mixed).</summary>
    public const string Password = "Demo@2026-rmi";

    public static IReadOnlyList<DemoUser> PerCounty { get; } =
    [
        new("clerk", Roles.Clerk, "张丽", [0, 1]),
        new("clerk2", Roles.Clerk, "李强", [2]),
        new("staff", Roles.CountyStaff, "王芳", []),
        new("supervisor", Roles.Supervisor, "陈建国", []),
        new("admin", Roles.Admin, "刘洋", []),
    ];

    public static string UserName(string tenantCode, DemoUser user) => $"{tenantCode}-{user.Suffix}";

    /// <summary>e.g. 张丽（城关镇、饶峰镇经办员） or 王芳（石泉县医保局）.</summary>
    public static string DisplayName(DemoUser user, string tenantName, IReadOnlyList<string> townshipNames) => user.Role switch
    {
        Roles.Clerk => $"{user.PersonName}（{string.Join("、", townshipNames)}经办员）",
        Roles.CountyStaff => $"{user.PersonName}（{tenantName}医保局）",
        Roles.Supervisor => $"{user.PersonName}（{tenantName}医保局主管）",
        _ => $"{user.PersonName}（{tenantName}系统管理员）",
    };
}
