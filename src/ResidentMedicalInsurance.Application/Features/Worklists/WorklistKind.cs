namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>The clerk's 工作台 lists (ADR 0063).</summary>
public enum WorklistKind
{
    /// <summary>待缴费: enrolments of the current year awaiting payment.</summary>
    AwaitingPayment,

    /// <summary>续保未缴: the same, renewed from last year (<c>Enrollment.Renewed</c>).</summary>
    RenewedUnpaid,

    /// <summary>已认定未参保: residents on the roll with a live certification of the year and no live enrolment.</summary>
    CertifiedNotEnrolled,

    /// <summary>今日缴费: payments in force made today (China calendar).</summary>
    TodaysPayments,
}

/// <summary>Each list's name in a download's address (<c>/worklists/{slug}.xlsx</c>).</summary>
public static class WorklistKinds
{
    private static readonly IReadOnlyDictionary<WorklistKind, string> Slugs = new Dictionary<WorklistKind, string>
    {
        [WorklistKind.AwaitingPayment] = "awaiting",
        [WorklistKind.RenewedUnpaid] = "renewed",
        [WorklistKind.CertifiedNotEnrolled] = "certified",
        [WorklistKind.TodaysPayments] = "today",
    };

    public static IReadOnlyList<WorklistKind> All { get; } = Enum.GetValues<WorklistKind>();

    public static string Slug(WorklistKind kind) => Slugs[kind];

    public static bool TryParse(string? slug, out WorklistKind kind)
    {
        foreach (var (k, s) in Slugs)
        {
            if (string.Equals(s, slug, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
