using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// The dashboard's drill-down into a township: registered, enrolled and paid per village (村/社区), from the maintained
/// counters (ADR 0061); the county bureau's categories are left out as in the township line.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record VillageProgressQuery(Guid TownshipId) : IQuery<VillageProgress>;

public sealed record VillageProgress(Guid TownshipId, string Township, IReadOnlyList<VillageLine> Villages);

public sealed record VillageLine(string Village, int Registered, int Enrolled, int Paid)
{
    /// <summary>Paid against enrolled (villages have no plan of their own).</summary>
    public double Rate => Enrolled == 0 ? 0 : (double)Paid / Enrolled;

    public int Unpaid => Enrolled - Paid;
}

public sealed class VillageProgressHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user) : IRequestHandler<VillageProgressQuery, VillageProgress>
{
    public async Task<VillageProgress> Handle(VillageProgressQuery request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == request.TownshipId).Select(t => new { t.Id, t.Name })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (township is null || !user.CanSee(township.Id))
        {
            throw new NotFoundException(ProgressTexts.Get("TownshipNotFound"));
        }

        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        var countyPaid = policy.Targets(profile.Id).CountyPaidCategories.ToList();
        var rows = await db.VillageTallies.AsNoTracking()
            .Where(t => t.TownshipId == township.Id && (t.Year == 0 || (t.Year == profile.Year && !countyPaid.Contains(t.Category))))
            .GroupBy(t => t.Village)
            .Select(g => new VillageLine(g.Key, g.Sum(t => t.Registered), g.Sum(t => t.Enrolled), g.Sum(t => t.Paid)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new VillageProgress(township.Id, township.Name,
            rows.Where(r => r.Registered + r.Enrolled > 0).OrderBy(r => r.Village, StringComparer.Ordinal).ToList());
    }
}
