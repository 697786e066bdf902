using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>The roster template (xlsx) for a department: the columns, and one example row per category of the tenant's profile.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetRosterTemplate : IQuery<TableDownload>;

public sealed class GetRosterTemplateHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<GetRosterTemplate, TableDownload>
{
    public async Task<TableDownload> Handle(GetRosterTemplate request, CancellationToken cancellationToken)
    {
        var (_, tenantName, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var township = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var examples = policy.Categories(profile.Id).Select(c => (IReadOnlyList<object?>)
        [
            "（示例）张三", "（示例，请填写 18 位身份证号）", c.Name, c.Department ?? "民政局", $"{profile.Year - 1}-08-31", township, "", c.Code, "新增",
        ]).ToList();
        return new TableDownload($"资助名单模板-{tenantName}-{profile.Year}.xlsx", "资助名单", RosterLayout.TemplateHeaders, TableRows.Of(examples));
    }
}
