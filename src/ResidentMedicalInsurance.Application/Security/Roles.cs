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

    // The groups below are the only role lists requests and pages name, so a request and the page
    // that sends it cannot drift apart. They are comma lists, the form [Authorize(Roles = ...)] takes.

    /// <summary>The counter: register, enrol, take payments, request refunds.</summary>
    public const string Counter = Clerk + "," + CountyStaff;

    /// <summary>Who may read residents' records. Admin manages users and never reads residents.</summary>
    public const string ResidentReaders = Clerk + "," + CountyStaff + "," + Supervisor;

    /// <summary>The county bureau's own work: approving refunds.</summary>
    public const string Bureau = CountyStaff;

    /// <summary>Who reads the county's money figures: county staff, who sign them off, and supervisors.</summary>
    public const string Oversight = CountyStaff + "," + Supervisor;

    /// <summary>Every signed-in role: the tenant's own overview (townships, the home page).</summary>
    public const string Everyone = Clerk + "," + CountyStaff + "," + Supervisor + "," + Admin;

    /// <summary>The role's name as the office says it, in the user's language (Texts <c>Role_&lt;role&gt;</c>).</summary>
    public static string Label(string role) => All.Contains(role) ? Texts.Get($"Role_{role}") : role;

    /// <summary>The roles in a comma list such as <see cref="Counter"/>.</summary>
    public static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
