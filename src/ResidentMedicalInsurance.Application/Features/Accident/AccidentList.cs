using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>The covers of the insurer's list (chosen and paid, not cancelled) in the user's townships, one township or village when asked.</summary>
internal sealed record AccidentListScope(int Year, IReadOnlyList<TownshipName> Townships, string? Village)
{
    public static async Task<AccidentListScope> LoadAsync(
        IAppDbContext db, ICurrentUser user, IPolicyGateway policy, Guid? townshipId, string? village, CancellationToken ct)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct).ConfigureAwait(false);
        var townships = await db.VisibleTownshipsAsync(user, ct).ConfigureAwait(false);
        if (townshipId is { } id)
        {
            townships = [townships.FirstOrDefault(t => t.Id == id).Found()];
        }

        return new AccidentListScope(profile.Year, townships, string.IsNullOrWhiteSpace(village) ? null : village.Trim());
    }

    public IQueryable<AccidentCover> Covers(IAppDbContext db)
    {
        var ids = Townships.Select(t => t.Id).ToList();
        var query = db.AccidentCovers.AsNoTracking()
            .Where(c => c.Year == Year && c.Status != AccidentCoverStatus.Cancelled && ids.Contains(c.TownshipId));
        return Village is { } v ? query.Where(c => c.Village == v) : query;
    }

    public string TownshipName(Guid id) => Townships.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    public int TownshipOrder(Guid id) => Townships.Select((t, i) => (t.Id, i)).FirstOrDefault(x => x.Id == id).i;

    /// <summary>A row of the list in order: township (the notice's order), village, household, member.</summary>
    public IQueryable<AccidentRow> Rows(IAppDbContext db) =>
        from c in Covers(db)
        join r in db.Residents on c.ResidentId equals r.Id
        join h in db.Households on c.HouseholdId equals h.Id
        join t in db.Townships on c.TownshipId equals t.Id
        orderby t.SortOrder, t.Name, c.Village, h.Number, r.Relationship, r.BirthDate
        select new AccidentRow(c.Id, c.HouseholdId, h.Number, t.Name, c.Village, r.Name, r.IdNumber, c.Status, c.PremiumFen, c.Voucher, c.PaidAt, c.Channel);

    /// <summary>Persons chosen and paid, and the amount paid, per township and village, in list order.</summary>
    public async Task<IReadOnlyList<AccidentVillageTotal>> TotalsAsync(IAppDbContext db, CancellationToken ct)
    {
        var groups = await Covers(db).GroupBy(c => new { c.TownshipId, c.Village })
            .Select(g => new
            {
                g.Key.TownshipId,
                g.Key.Village,
                Chosen = g.Count(c => c.Status == AccidentCoverStatus.Chosen),
                Paid = g.Count(c => c.Status == AccidentCoverStatus.Paid),
                PaidFen = g.Sum(c => c.Status == AccidentCoverStatus.Paid ? c.PremiumFen : 0),
            }).ToListAsync(ct).ConfigureAwait(false);
        return groups.OrderBy(g => TownshipOrder(g.TownshipId)).ThenBy(g => g.Village, StringComparer.Ordinal)
            .Select(g => new AccidentVillageTotal(TownshipName(g.TownshipId), g.Village, g.Chosen, g.Paid, g.PaidFen)).ToList();
    }
}

internal sealed record AccidentRow(
    Guid CoverId, Guid HouseholdId, string HouseholdNumber, string Township, string Village, string Name, string IdNumber,
    AccidentCoverStatus Status, long PremiumFen, string? Voucher, DateTimeOffset? PaidAt, string? Channel);

/// <summary>A village's line of the insurer's list: persons chosen (not yet paid), paid, and the amount paid.</summary>
public sealed record AccidentVillageTotal(string Township, string Village, int Chosen, int Paid, long PaidFen)
{
    public string PaidText => Display.Yuan(PaidFen);
}
