using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// The plans file's template (xlsx) for one year (default: the current profile's): the columns 乡镇 and 任务数, one row per township of the tenant in its
/// order, with the year's plan already filled in where there is one, so the file comes back with only the numbers typed.
/// </summary>
[AuthorizeRoles(Roles.Supervisor)]
public sealed record GetTownshipPlanTemplate(int? Year = null) : IQuery<TableDownload>;

public sealed class GetTownshipPlanTemplateHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<GetTownshipPlanTemplate, TableDownload>
{
    public async Task<TableDownload> Handle(GetTownshipPlanTemplate request, CancellationToken cancellationToken)
    {
        var profileYear = await PlanRules.CheckYearAsync(db, policy, request.Year, cancellationToken).ConfigureAwait(false);
        var year = request.Year ?? profileYear;
        var tenant = await db.Tenants.AsNoTracking().Select(t => t.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "";
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var plans = await Plans.ForYearAsync(db, year, cancellationToken).ConfigureAwait(false);
        var rows = townships.Select(t => (IReadOnlyList<object?>)[t.Name, plans.TryGetValue(t.Id, out var persons) ? persons : null]).ToList();
        return new TableDownload(
            PlanTexts.Format("Template_FileName", tenant, year), PlanTexts.Get("Template_Sheet"),
            PlanRules.Columns.Columns.Select(c => c.Title).ToList(), TableRows.Of(rows));
    }
}
