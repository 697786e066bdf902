using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// The signed-in tenant's townships and their plans of one year, tracked, for the two commands that write plans
/// (typed, imported): what a change may not do (a notice's plan, a plan changed since it was read) and the change itself.
/// </summary>
internal sealed class PlanBook
{
    private readonly IAppDbContext db;
    private readonly Dictionary<Guid, TownshipPlan> plans;

    private PlanBook(IAppDbContext db, int year, IReadOnlyList<(Guid Id, string Name)> townships, Dictionary<Guid, TownshipPlan> plans)
    {
        this.db = db;
        Year = year;
        Townships = townships;
        this.plans = plans;
    }

    public int Year { get; }

    /// <summary>The tenant's townships in their order (read through the tenant filter).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Townships { get; }

    public static async Task<PlanBook> LoadAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var townships = (await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct).ConfigureAwait(false)).Select(t => (t.Id, t.Name)).ToList();
        var plans = await db.TownshipPlans.Where(p => p.Year == year).ToDictionaryAsync(p => p.TownshipId, ct).ConfigureAwait(false);
        return new PlanBook(db, year, townships, plans);
    }

    public bool Has(Guid townshipId) => Townships.Any(t => t.Id == townshipId);

    public string Name(Guid townshipId) => Townships.First(t => t.Id == townshipId).Name;

    /// <summary>
    /// Why the township's plan may not become <paramref name="persons"/> (none: the change is allowed): the notice's own
    /// table is reference data (a change equal to it is no change), and a plan someone saved after
    /// <paramref name="readVersion"/> was read is not overwritten unseen.
    /// </summary>
    public string? Refusal(Guid townshipId, int? persons, int? readVersion)
    {
        var plan = plans.GetValueOrDefault(townshipId);
        if (plan is { Source: PlanSource.Notice } && plan.Persons != persons)
        {
            return PlanTexts.Format("Plan_FromNotice", Name(townshipId), Year, plan.Persons);
        }

        return readVersion is { } version && plan?.Version != version ? PlanTexts.Format("Plan_ChangedSince", Name(townshipId)) : null;
    }

    /// <summary>Sets the township's plan (none: removes it); false when it already was so.</summary>
    public bool Apply(Guid townshipId, int? persons, PlanSource source, string by, DateTimeOffset at)
    {
        var plan = plans.GetValueOrDefault(townshipId);
        if (plan?.Persons == persons)
        {
            return false;
        }

        if (persons is not { } count)
        {
            db.TownshipPlans.Remove(plan!);
            plans.Remove(townshipId);
        }
        else if (plan is null)
        {
            plans[townshipId] = db.TownshipPlans.Add(new TownshipPlan
            {
                Id = Guid.CreateVersion7(), TownshipId = townshipId, Year = Year, Persons = count, Source = source, EnteredBy = by, EnteredAt = at,
            }).Entity;
        }
        else
        {
            plan.Persons = count;
            plan.Source = source;
            plan.EnteredBy = by;
            plan.EnteredAt = at;
            plan.Version++;
        }

        return true;
    }

    /// <summary>Saves the changes; a lost race (another supervisor saved the same township) is said so.</summary>
    public Task SaveAsync(CancellationToken ct) => SaveGuard.SaveAsync(db, PlanTexts.Get("Plan_Concurrent"), ct);
}
