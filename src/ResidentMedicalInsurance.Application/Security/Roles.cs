namespace ResidentMedicalInsurance.Application.Security;

/// <summary>The four roles of the portal.</summary>
public static class Roles
{
    /// <summary>乡镇/村经办员: registers, enrols, takes payments in their townships.</summary>
    public const string Clerk = "Clerk";

    /// <summary>县医保局工作人员: reviews subsidy lists, approves refunds, reconciles.</summary>
    public const string CountyStaff = "CountyStaff";

    /// <summary>主管领导: watches quota dashboards.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>系统管理员 of one county office: users and settings.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Clerk, CountyStaff, Supervisor, Admin];
}
