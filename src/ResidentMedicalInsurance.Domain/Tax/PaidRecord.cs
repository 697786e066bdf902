namespace ResidentMedicalInsurance.Domain.Tax;

/// <summary>One paid record of a <see cref="PaidFile"/> as the bureau wrote it, what it was matched to, and its outcome.</summary>
public sealed class PaidRecord : ITenantOwned, INotAudited
{
    public const int TextMaxLength = 100;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid FileId { get; set; }
    public int RowNumber { get; set; }
    public string IdNumberText { get; set; } = "";
    public string? IdNumber { get; set; }
    public string Name { get; set; } = "";
    public string YearText { get; set; } = "";
    public string AmountText { get; set; } = "";
    public long? AmountFen { get; set; }
    public string PaidAtText { get; set; } = "";
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>缴费渠道 and 征收机关 as the file names them (the payment's channel is the tax file's).</summary>
    public string Channel { get; set; } = "";
    public string TaxOffice { get; set; } = "";

    /// <summary>电子税票号/凭证号: with the tax-file channel, the key that makes a second import record nothing.</summary>
    public string Voucher { get; set; } = "";

    public PaidOutcome Outcome { get; set; }
    public string Reason { get; set; } = "";
    public long? ExpectedFen { get; set; }
    public Guid? ResidentId { get; set; }
    public Guid? EnrollmentId { get; set; }

    /// <summary>Set when the file was applied: the payment recorded, or the refund request of a duplicate.</summary>
    public Guid? PaymentId { get; set; }
    public Guid? RefundId { get; set; }
}

/// <summary>比对结果 of a paid record (issue 11; policy-spec decision <c>tax-file-outcomes</c>).</summary>
public enum PaidOutcome
{
    Recorded = 1,
    AlreadyRecorded = 2,
    AmountMismatch = 3,
    NotEnrolled = 4,
    UnknownPerson = 5,
    DuplicatePayment = 6,
    InvalidId = 7,
    WrongYear = 8,
}

public static class PaidOutcomes
{
    public static IReadOnlyList<PaidOutcome> All { get; } = Enum.GetValues<PaidOutcome>();

    public static string Name(PaidOutcome outcome) => outcome switch
    {
        PaidOutcome.Recorded => "recorded",
        PaidOutcome.AlreadyRecorded => "already-recorded",
        PaidOutcome.AmountMismatch => "amount-mismatch",
        PaidOutcome.NotEnrolled => "not-enrolled",
        PaidOutcome.UnknownPerson => "unknown-person",
        PaidOutcome.DuplicatePayment => "duplicate-payment",
        PaidOutcome.InvalidId => "invalid-id",
        PaidOutcome.WrongYear => "wrong-year",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
