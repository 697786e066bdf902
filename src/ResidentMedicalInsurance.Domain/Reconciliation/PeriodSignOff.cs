using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Reconciliation;

/// <summary>
/// 审签: county staff sign a reconciliation period's fund statement off (已审签), then record that it went to
/// finance (已送财政). A period without a sign-off is 未审签. A signed period is closed: its figures are kept
/// as signed (<see cref="Figures"/>), and payments dated inside it are no longer entered into it (ADR 0057).
/// </summary>
public sealed class PeriodSignOff : ITenantOwned
{
    public const int FiguresMaxLength = 20_000;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public int Year { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public SignOffStatus Status { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public string SignedBy { get; set; } = "";
    public DateTimeOffset? SentAt { get; set; }
    public string? SentBy { get; set; }

    /// <summary>The statement's totals as signed (JSON), so a signed statement reads the same later.</summary>
    public string Figures { get; set; } = "";
    public int Version { get; set; }

    /// <summary>已送财政.</summary>
    public void SendToFinance(string by, DateTimeOffset at)
    {
        if (Status == SignOffStatus.SentToFinance)
        {
            throw new DomainException("该对账期已送财政。");
        }

        Status = SignOffStatus.SentToFinance;
        SentAt = at;
        SentBy = by;
        Version++;
    }
}

public enum SignOffStatus
{
    /// <summary>已审签.</summary>
    SignedOff = 1,

    /// <summary>已送财政.</summary>
    SentToFinance = 2,
}
