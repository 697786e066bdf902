using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 任务数: every township of the signed-in tenant with its plan of <see cref="Year"/> (default: the current profile's
/// year) or none, where it came from, and who set it when.
/// </summary>
[AuthorizeRoles(Roles.Supervisor)]
public sealed record TownshipPlanList(int? Year = null) : IQuery<TownshipPlanSheet>;

/// <summary>The plans of one year, the years to choose from (the current profile's year and those around it with plans) and the total.</summary>
public sealed record TownshipPlanSheet(int Year, int CurrentYear, IReadOnlyList<int> Years, IReadOnlyList<TownshipPlanLine> Townships)
{
    public int Total => Townships.Sum(t => t.Persons ?? 0);

    /// <summary>Townships without a plan for the year.</summary>
    public int Missing => Townships.Count(t => t.Persons is null);
}

/// <summary>One township's plan (none: <see cref="Persons"/> null); the notice's plans are read-only (<see cref="FromNotice"/>).</summary>
public sealed record TownshipPlanLine(
    Guid TownshipId, string Township, int? Persons, PlanSource? Source, string SourceText, string EnteredBy, string EnteredAt, int? Version)
{
    public bool FromNotice => Source == PlanSource.Notice;
}

public sealed class TownshipPlanListHandler(IAppDbContext db, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<TownshipPlanList, TownshipPlanSheet>
{
    public async Task<TownshipPlanSheet> Handle(TownshipPlanList request, CancellationToken cancellationToken)
    {
        var profileYear = await PlanRules.CheckYearAsync(db, policy, request.Year, cancellationToken).ConfigureAwait(false);
        var year = request.Year ?? profileYear;
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var plans = await db.TownshipPlans.AsNoTracking().Where(p => p.Year == year)
            .ToDictionaryAsync(p => p.TownshipId, cancellationToken).ConfigureAwait(false);
        var who = await names.DisplayNamesAsync(plans.Values.Select(p => p.EnteredBy).Where(n => n.Length > 0), cancellationToken).ConfigureAwait(false);
        var planned = await db.TownshipPlans.AsNoTracking().Select(p => p.Year).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var years = planned.Concat([profileYear - 1, profileYear, profileYear + 1])
            .Where(y => PlanRules.IsSaneYear(profileYear, y)).Distinct().OrderDescending().ToList();

        var lines = townships.Select(t => plans.GetValueOrDefault(t.Id) is { } p
            ? new TownshipPlanLine(t.Id, t.Name, p.Persons, p.Source, PlanTexts.Source(p.Source),
                p.EnteredBy.Length == 0 ? "—" : who.GetValueOrDefault(p.EnteredBy, p.EnteredBy), p.EnteredBy.Length == 0 ? "—" : Display.Time(p.EnteredAt), p.Version)
            : new TownshipPlanLine(t.Id, t.Name, null, null, PlanTexts.Get("Source_None"), "—", "—", null)).ToList();
        return new TownshipPlanSheet(year, profileYear, years, lines);
    }
}
