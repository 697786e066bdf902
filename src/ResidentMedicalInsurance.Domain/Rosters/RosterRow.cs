using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>
/// One row of a roster as the department wrote it (kept for the feedback list), the person it was
/// matched to, its outcome with the zh-CN reason, and the review decision.
/// </summary>
public sealed class RosterRow : ITenantOwned, INotAudited
{
    public const int TextMaxLength = 100;
    public const int NoteMaxLength = 200;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid RosterId { get; set; }

    /// <summary>The row number in the file, as the department's spreadsheet shows it.</summary>
    public int RowNumber { get; set; }
    public string Name { get; set; } = "";

    /// <summary>身份证号 exactly as written; <see cref="IdNumber"/> is the normalised 18-digit number when valid.</summary>
    public string IdNumberText { get; set; } = "";
    public string? IdNumber { get; set; }
    public string CategoryText { get; set; } = "";
    public string? CategoryCode { get; set; }
    public string? Department { get; set; }
    public string CertifiedOnText { get; set; } = "";
    public DateOnly? CertifiedOn { get; set; }
    public string Township { get; set; } = "";
    public string Village { get; set; } = "";
    public string Note { get; set; } = "";
    public RosterAction Action { get; set; }

    public RosterOutcome Outcome { get; set; }
    public string Reason { get; set; } = "";
    public Guid? ResidentId { get; set; }
    public Guid? HouseholdId { get; set; }
    public Guid? TownshipId { get; set; }

    public RowDecision Decision { get; set; }
    public string? DecisionNote { get; set; }

    public bool IsPendingMatch => Outcome == RosterOutcome.Matched && Decision == RowDecision.Pending;

    public void Approve() => Decide(RowDecision.Approved, null);

    public void Reject(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("不通过时请填写原因，部门会在反馈清单中看到。");
        }

        Decide(RowDecision.Rejected, reason.Trim());
    }

    private void Decide(RowDecision decision, string? note)
    {
        if (!IsPendingMatch)
        {
            throw new DomainException(Outcome != RosterOutcome.Matched
                ? $"第 {RowNumber} 行未比对成功，不能审核通过。"
                : $"第 {RowNumber} 行已审核。");
        }

        Decision = decision;
        DecisionNote = note;
    }
}

/// <summary>变动类型 of a change roster's row (a full roster's rows all add).</summary>
public enum RosterAction
{
    Add = 1,
    Cancel = 2,
}

public enum RowDecision
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>比对结果 of a row (policy-spec decision <c>roster-outcomes</c>); <see cref="RosterOutcomes"/> names them.</summary>
public enum RosterOutcome
{
    Matched = 1,
    NotRegistered = 2,
    InvalidId = 3,
    NameMismatch = 4,
    UnknownCategory = 5,
    LateCertification = 6,
    DuplicateInFile = 7,
    EmployeeInsurance = 8,
    NotInScope = 9,
}
