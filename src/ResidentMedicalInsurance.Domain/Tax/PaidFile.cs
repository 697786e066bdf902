namespace ResidentMedicalInsurance.Domain.Tax;

/// <summary>
/// 已缴费信息: a file of paid records from the tax bureau or a bank (Youxi 七, 八(二)), staged, matched row by
/// row by a job into <see cref="PaidRecord"/>s, then applied as one transaction: nothing is recorded before.
/// </summary>
public sealed class PaidFile : ITenantOwned
{
    public const int FileNameMaxLength = 200;
    public const int MaxBytes = 60 * 1024 * 1024;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string FileName { get; set; }
    public PaidFileStatus Status { get; set; }
    public int RowsTotal { get; set; }
    public int RowsDone { get; set; }
    public bool CancelRequested { get; set; }
    public string? Failure { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset? AppliedAt { get; set; }

    /// <summary>Who asked for 入账: set when it is queued (入账中), kept once applied.</summary>
    public string? AppliedBy { get; set; }
    public int Version { get; set; }

    public bool IsRunning => Status is PaidFileStatus.Queued or PaidFileStatus.Reading or PaidFileStatus.Matching;
}

public enum PaidFileStatus
{
    Queued = 0,
    Reading = 1,
    Matching = 2,

    /// <summary>待入账: matched, nothing recorded yet.</summary>
    Ready = 3,

    /// <summary>已入账.</summary>
    Applied = 4,
    Cancelled = 5,
    Failed = 6,

    /// <summary>入账中: queued for or being applied by the job, in one transaction (ADR 0056).</summary>
    Applying = 7,
}

/// <summary>The uploaded file, staged so the job survives a restart; dropped once read.</summary>
public sealed class PaidFileContent : ITenantOwned, INotAudited
{
    public Guid FileId { get; set; }
    public Guid TenantId { get; set; }
    public required byte[] Content { get; set; }
}
