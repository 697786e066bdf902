using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>
/// A department's subsidy roster (资助参保名单) for one insurance year: uploaded by county staff, read and
/// matched by a background job into <see cref="RosterRow"/>s, then reviewed. Nothing it says is effective
/// before a row is approved; a removal ends a certification, never deletes it.
/// </summary>
public sealed class SubsidyRoster : ITenantOwned
{
    public const int DepartmentMaxLength = 50;
    public const int FileNameMaxLength = 200;
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>认定部门 that sent the roster (民政局, 乡村振兴局, 残联 ...).</summary>
    public required string Department { get; set; }
    public int Year { get; set; }
    public RosterKind Kind { get; set; }
    public required string FileName { get; set; }
    public RosterStatus Status { get; set; }

    /// <summary>Rows read from the file (known once reading ends) and rows matched so far: the progress bar.</summary>
    public int RowsTotal { get; set; }
    public int RowsDone { get; set; }

    /// <summary>Set by 取消导入; the job stops at its next batch and the roster ends <see cref="RosterStatus.Cancelled"/>.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>Why reading failed (a zh-CN message for county staff), when <see cref="RosterStatus.Failed"/>.</summary>
    public string? Failure { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? RejectReason { get; set; }
    public int Version { get; set; }

    /// <summary>How the roster is named on certifications and in the quote's basis.</summary>
    public string Label => $"{Department} {Year} {FileName}";

    public bool IsRunning => Status is RosterStatus.Queued or RosterStatus.Reading or RosterStatus.Matching;

    public bool IsUnderReview => Status == RosterStatus.Ready;

    public void RequestCancel()
    {
        if (!IsRunning)
        {
            throw new DomainException("该名单已不在导入中，无需取消。");
        }

        CancelRequested = true;
    }

    /// <summary>退回: the roster as a whole is refused; its undecided rows are refused with it.</summary>
    public void Reject(string by, DateTimeOffset at, string reason)
    {
        EnsureUnderReview();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("退回名单时请填写退回原因，部门会在反馈清单中看到。");
        }

        Status = RosterStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        RejectReason = reason.Trim();
    }

    /// <summary>Marks review finished once no matched row waits for a decision.</summary>
    public void CompleteReview(string by, DateTimeOffset at)
    {
        EnsureUnderReview();
        Status = RosterStatus.Reviewed;
        DecidedBy = by;
        DecidedAt = at;
    }

    public void EnsureUnderReview()
    {
        if (!IsUnderReview)
        {
            throw new DomainException(IsRunning ? "名单仍在导入比对中，请等比对完成后再审核。" : "该名单已审核完毕，不能再修改审核结果。");
        }
    }
}

/// <summary>全量名单 replaces the department's certifications for the year; 变动名单 adds and removes.</summary>
public enum RosterKind
{
    Full = 1,
    Change = 2,
}

public enum RosterStatus
{
    /// <summary>Staged, waiting for the job.</summary>
    Queued = 0,
    Reading = 1,
    Matching = 2,

    /// <summary>待审核: matched, nothing effective yet.</summary>
    Ready = 3,

    /// <summary>已审核: every matched row decided.</summary>
    Reviewed = 4,

    /// <summary>已退回.</summary>
    Rejected = 5,
    Cancelled = 6,
    Failed = 7,
}
