using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>
/// The clerk's 工作台 at a glance: the year and today, their townships (for the filter) and each worklist's length in all
/// of them, with today's amount.
/// </summary>
[AuthorizeRoles(Roles.Clerk)]
public sealed record GetWorkbench : IQuery<Workbench>;

public sealed record Workbench(int Year, DateOnly Today, IReadOnlyList<CodeLabel> Townships, IReadOnlyList<WorklistCount> Lists)
{
    public string TodayText => Display.Date(Today);

    public WorklistCount Of(WorklistKind kind) => Lists.Single(l => l.Kind == kind);
}

/// <summary>A worklist's name and length; the amount is today's payments' (0 for the other lists).</summary>
public sealed record WorklistCount(WorklistKind Kind, string Name, int Total, long AmountFen)
{
    public string AmountText => Display.Yuan(AmountFen);
}

public sealed class GetWorkbenchHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IClock clock)
    : IRequestHandler<GetWorkbench, Workbench>
{
    public async Task<Workbench> Handle(GetWorkbench request, CancellationToken cancellationToken)
    {
        var scope = await WorklistScope.LoadAsync(db, user, policy, clock, null, null, cancellationToken).ConfigureAwait(false);
        var lists = new List<WorklistCount>();
        foreach (var kind in WorklistKinds.All)
        {
            var (total, amount) = await WorklistRows.CountAsync(db, scope, kind, cancellationToken).ConfigureAwait(false);
            lists.Add(new WorklistCount(kind, WorklistTexts.Name(kind), total, amount));
        }

        var townships = scope.TownshipIds.Select(id => new CodeLabel(id.ToString(), scope.TownshipNames[id])).ToList();
        return new Workbench(scope.Year, scope.Today, townships, lists);
    }
}
