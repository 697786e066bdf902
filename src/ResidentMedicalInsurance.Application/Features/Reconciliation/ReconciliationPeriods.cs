using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Reconciliation;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>对账期 of the current year with their sign-off state, for the fund statement page.</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record ListReconciliationPeriods : IQuery<IReadOnlyList<PeriodSummary>>;

/// <summary>A period as the statement page shows it.</summary>
public sealed record PeriodSummary(
    DateOnly Start, DateOnly End, string Name, string DatesText, string? TaxCheckByText, string? FinanceByText, string Basis,
    SignOffStatus? Status, string StatusText, string? SignedText, string? SentText, bool Ended)
{
    public bool SignedOff => Status is not null;
}

public sealed class ListReconciliationPeriodsHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names)
    : IRequestHandler<ListReconciliationPeriods, IReadOnlyList<PeriodSummary>>
{
    public async Task<IReadOnlyList<PeriodSummary>> Handle(ListReconciliationPeriods request, CancellationToken cancellationToken) =>
        (await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken)).Summaries;
}

/// <summary>The current profile's periods joined with the tenant's sign-offs.</summary>
internal sealed record PeriodCalendar(PolicyProfileView Profile, string TenantCode, string TenantName, IReadOnlyList<ReconciliationPeriod> Periods,
    IReadOnlyDictionary<DateOnly, PeriodSignOff> SignOffs, IReadOnlyList<PeriodSummary> Summaries)
{
    public static async Task<PeriodCalendar> LoadAsync(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names, CancellationToken ct)
    {
        var (tenantCode, tenantName, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        var periods = policy.ReconciliationPeriods(profile.Id);
        var signOffs = await db.PeriodSignOffs.AsNoTracking().Where(s => s.Year == profile.Year).ToDictionaryAsync(s => s.PeriodStart, ct);
        var shown = await names.DisplayNamesAsync(signOffs.Values.SelectMany(s => new[] { s.SignedBy, s.SentBy }).ToList(), ct);
        var summaries = periods.Select(p => Summary(p, signOffs.GetValueOrDefault(p.Start), clock.Today, shown)).ToList();
        return new PeriodCalendar(profile, tenantCode, tenantName, periods, signOffs, summaries);
    }

    /// <summary>The period starting on <paramref name="start"/>, or a zh-CN NotFound.</summary>
    public (ReconciliationPeriod Period, PeriodSummary Summary) Find(DateOnly start)
    {
        var index = Periods.ToList().FindIndex(p => p.Start == start);
        return index < 0
            ? throw new NotFoundException(ReconciliationTexts.Format("Period_NotFound", Display.Date(start)))
            : (Periods[index], Summaries[index]);
    }

    private static PeriodSummary Summary(ReconciliationPeriod p, PeriodSignOff? signOff, DateOnly today, IReadOnlyDictionary<string, string> names)
    {
        string Who(string? user) => user is null ? "" : names.GetValueOrDefault(user, user);
        return new PeriodSummary(
            p.Start, p.End, p.Name, $"{Display.Date(p.Start)} 至 {Display.Date(p.End)}",
            p.TaxCheckBy is { } tax ? Display.Date(tax) : null, p.FinanceBy is { } finance ? Display.Date(finance) : null, p.Basis.Text,
            signOff?.Status, ReconciliationTexts.Get(signOff is null ? "Status_Unsigned" : $"Status_{signOff.Status}"),
            signOff is null ? null : $"{Who(signOff.SignedBy)} {Display.Time(signOff.SignedAt)}",
            signOff?.SentAt is { } sent ? $"{Who(signOff.SentBy)} {Display.Time(sent)}" : null,
            today > p.End);
    }
}
