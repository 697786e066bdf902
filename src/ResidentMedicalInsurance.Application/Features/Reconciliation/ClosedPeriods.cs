using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>
/// A signed-off 对账期 is closed (ADR 0057). A payment typed at a counter or by a department batch and dated
/// inside it is refused: its money was reconciled without it. A tax-file record dated inside it is real money the
/// treasury already holds, so it is recorded and carried into the first open period after, with a note.
/// </summary>
public sealed class ClosedPeriods
{
    private readonly IReadOnlyList<ReconciliationPeriod> periods;
    private readonly HashSet<DateOnly> signed;

    private ClosedPeriods(IReadOnlyList<ReconciliationPeriod> periods, HashSet<DateOnly> signed)
    {
        this.periods = periods;
        this.signed = signed;
    }

    /// <summary>The signed-in tenant's calendar for the year of <paramref name="profileId"/> with its sign-offs.</summary>
    public static async Task<ClosedPeriods> LoadAsync(IAppDbContext db, IPolicyGateway policy, string profileId, CancellationToken ct)
    {
        var periods = policy.ReconciliationPeriods(profileId);
        var signed = await db.PeriodSignOffs.AsNoTracking().Select(s => s.PeriodStart).ToListAsync(ct).ConfigureAwait(false);
        return new ClosedPeriods(periods, signed.ToHashSet());
    }

    /// <summary>The period of a paid date, or null outside the year's calendar.</summary>
    public ReconciliationPeriod? PeriodOf(DateOnly paidOn) => periods.FirstOrDefault(p => p.Contains(paidOn));

    public bool IsClosed(DateOnly paidOn) => PeriodOf(paidOn) is { } period && signed.Contains(period.Start);

    /// <summary>Refuses a counter or batch payment dated inside a signed-off period, saying what to do.</summary>
    public void EnsureOpen(DateOnly paidOn)
    {
        if (PeriodOf(paidOn) is { } period && signed.Contains(period.Start))
        {
            throw new AppException(ReconciliationTexts.Format("Closed_PaymentRefused",
                Display.Date(paidOn), period.Name, Display.Date(period.Start), Display.Date(period.End)));
        }
    }

    /// <summary>For a tax-file record: the start of the open period it is carried into, or null when its own period is open.</summary>
    public DateOnly? CarriedTo(DateOnly paidOn)
    {
        if (!IsClosed(paidOn))
        {
            return null;
        }

        var next = periods.FirstOrDefault(p => p.Start > paidOn && !signed.Contains(p.Start));
        return next?.Start ?? throw new AppException(ReconciliationTexts.Format("Closed_NoOpenPeriod", Display.Date(paidOn)));
    }
}
