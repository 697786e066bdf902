using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// What the 户籍变动 forms offer: every township of the tenant (a move may go to any of them, ADR 0070) and the villages
/// known in each, read from the progress counters (ADR 0061) as the village pick-list.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record GetMoveOptions : IQuery<MoveOptions>;

public sealed record MoveOptions(IReadOnlyList<CodeLabel> Townships, IReadOnlyDictionary<Guid, IReadOnlyList<string>> Villages);

public sealed class GetMoveOptionsHandler(IAppDbContext db) : IRequestHandler<GetMoveOptions, MoveOptions>
{
    public async Task<MoveOptions> Handle(GetMoveOptions request, CancellationToken cancellationToken)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new CodeLabel(t.Id.ToString(), t.Name)).ToListAsync(cancellationToken);
        var villages = (await db.VillageTallies.AsNoTracking().Where(t => t.Year == 0 && t.Registered > 0)
                .Select(t => new { t.TownshipId, t.Village }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(t => t.TownshipId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.Village).Order(StringComparer.Ordinal).ToList());
        return new MoveOptions(townships, villages);
    }
}
