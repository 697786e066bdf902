namespace ResidentMedicalInsurance.Domain.Progress;

/// <summary>
/// 参保任务数: the number of persons a township is to enrol for one insurance year. Taken from the notice where it
/// gives a table (Shiquan 附件, Youxi 附件2), otherwise entered or imported by a supervisor (Lianyungang 七
/// "层层分解任务指标", Haimen).
/// </summary>
public sealed class TownshipPlan : ITenantOwned
{
    public const int ByMaxLength = 256;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public int Persons { get; set; }
    public PlanSource Source { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }
    public int Version { get; set; }
}

public enum PlanSource
{
    /// <summary>From the county's notice (reference data).</summary>
    Notice = 0,

    /// <summary>Typed by a supervisor on the plans page.</summary>
    Entered = 1,

    /// <summary>From a supervisor's xlsx import.</summary>
    Imported = 2,
}
