using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 缴费进度曲线: persons paid per day over the collection window in the user's townships (or one of them), the
/// cumulative count, the straight line that reaches the plan on the window's last day, and a projection at the pace so
/// far from today to that day. From the per-day counters (ADR 0061); the county bureau's categories are left out.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record PaidPerDayQuery(Guid? TownshipId = null) : IQuery<PaidPerDay>;

/// <param name="Window">The collection window: the profile's first reconciliation period (集中缴费期 / 正常缴费期).</param>
/// <param name="Projected">Paid by the window's last day at the pace so far; null before the window opens or after it closes.</param>
public sealed record PaidPerDay(DateOnly WindowStart, DateOnly WindowEnd, DateOnly Today, int Plan, IReadOnlyList<DayPaid> Days, int? Projected)
{
    /// <summary>Paid on or before today (or the window's end when it is over).</summary>
    public int PaidSoFar => Days.LastOrDefault(d => d.Day <= Today)?.Cumulative ?? 0;
}

/// <param name="Needed">Where the straight line to the plan stands on the day.</param>
/// <param name="Projection">The projection at the pace so far, from today on; null before today.</param>
public sealed record DayPaid(DateOnly Day, int Paid, int Cumulative, int Needed, int? Projection);

public sealed class PaidPerDayHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user, IClock clock) : IRequestHandler<PaidPerDayQuery, PaidPerDay>
{
    public async Task<PaidPerDay> Handle(PaidPerDayQuery request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        var window = policy.ReconciliationPeriods(profile.Id)[0];
        var countyPaid = policy.Targets(profile.Id).CountyPaidCategories.ToList();
        var townships = (await db.VisibleTownshipsAsync(user, cancellationToken).ConfigureAwait(false))
            .Select(t => t.Id).Where(id => request.TownshipId is not { } one || one == id).ToList();
        var plans = await Plans.ForYearAsync(db, profile.Year, cancellationToken).ConfigureAwait(false);
        var plan = townships.Sum(plans.GetValueOrDefault);
        var paid = await db.PaidDayTallies.AsNoTracking()
            .Where(t => townships.Contains(t.TownshipId) && t.Year == profile.Year && !countyPaid.Contains(t.Category))
            .GroupBy(t => t.Day)
            .Select(g => new { Day = g.Key, Paid = g.Sum(t => t.Paid) })
            .ToDictionaryAsync(g => g.Day, g => g.Paid, cancellationToken).ConfigureAwait(false);

        var today = clock.Today;
        var length = window.End.DayNumber - window.Start.DayNumber + 1;
        var before = paid.Where(p => p.Key < window.Start).Sum(p => p.Value);
        var elapsed = Math.Clamp(today.DayNumber - window.Start.DayNumber + 1, 0, length);
        var soFar = before + paid.Where(p => p.Key >= window.Start && p.Key <= today && p.Key <= window.End).Sum(p => p.Value);
        var pace = elapsed == 0 ? 0 : (double)(soFar - before) / elapsed;
        var inWindow = today >= window.Start && today <= window.End;

        var days = new List<DayPaid>(length);
        var cumulative = before;
        for (var day = window.Start; day <= window.End; day = day.AddDays(1))
        {
            var n = paid.GetValueOrDefault(day);
            cumulative += n;
            var index = day.DayNumber - window.Start.DayNumber + 1;
            int? projection = inWindow && day >= today ? soFar + (int)Math.Round(pace * (day.DayNumber - today.DayNumber)) : null;
            days.Add(new DayPaid(day, n, cumulative, (int)Math.Round((double)plan * index / length), projection));
        }

        return new PaidPerDay(window.Start, window.End, today, plan, days, inWindow ? days[^1].Projection : null);
    }
}
