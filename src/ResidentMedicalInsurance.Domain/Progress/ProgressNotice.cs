namespace ResidentMedicalInsurance.Domain.Progress;

/// <summary>
/// 参保缴费进度通报: the township table as of a chosen day, frozen when the supervisor issued it (Youxi 八(一)
/// "按月通报"). Kept as issued, so a later payment does not change last month's notice.
/// </summary>
public sealed class ProgressNotice : ITenantOwned
{
    public const int TitleMaxLength = 100;
    public const int LinesMaxLength = 40_000;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Year { get; set; }

    /// <summary>The day the figures are counted to (paid on or before it).</summary>
    public DateOnly AsOf { get; set; }
    public required string Title { get; set; }

    /// <summary>The ranked township lines and the total line as issued (JSON).</summary>
    public required string Lines { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public string IssuedBy { get; set; } = "";
}
