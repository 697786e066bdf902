using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>
/// 迁入迁出记录: the moves whose source or destination is one of the clerk's townships (county staff and supervisors: all of
/// the tenant), newest first, paged in the database (ADR 0070). The origin clerk reads the move of a household they can no
/// longer open; ID numbers are masked, and the link to the household is given only when the user may open it.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ListHouseholdMoves(int Skip = 0, int Take = 50) : IQuery<HouseholdMovePage>;

public sealed record HouseholdMovePage(IReadOnlyList<HouseholdMoveItem> Items, int Total);

/// <summary><paramref name="Direction"/>: 迁入, 迁出 or 本乡镇内 for the user's townships (county-wide users: empty).</summary>
public sealed record HouseholdMoveItem(
    Guid Id, string OnText, HouseholdMoveKind Kind, string KindText, string Direction, string FromNumber, string FromPlace, string ToNumber, string ToPlace,
    string? ResidentName, string? MaskedIdNumber, int Members, string ByName, Guid? OpenHouseholdId);

public sealed class ListHouseholdMovesHandler(IAppDbContext db, ICurrentUser user, IUserNames userNames)
    : IRequestHandler<ListHouseholdMoves, HouseholdMovePage>
{
    public async Task<HouseholdMovePage> Handle(ListHouseholdMoves request, CancellationToken cancellationToken)
    {
        var moves = db.HouseholdMoves.AsNoTracking();
        var countyWide = user.IsCountyWide();
        if (!countyWide)
        {
            var townships = user.TownshipIds.ToList();
            moves = moves.Where(m => townships.Contains(m.FromTownshipId) || townships.Contains(m.ToTownshipId));
        }

        var total = await moves.CountAsync(cancellationToken);
        var take = Math.Clamp(request.Take, 1, 200);
        var page = await moves.OrderByDescending(m => m.AtTicks).Skip(Math.Max(0, request.Skip)).Take(take).ToListAsync(cancellationToken);
        var townshipNames = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var residentIds = page.Where(m => m.ResidentId is not null).Select(m => m.ResidentId!.Value).Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name, r.IdNumber }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var households = page.Select(m => m.ToHouseholdId).Distinct().ToList();
        var existing = (await db.Households.AsNoTracking().Where(h => households.Contains(h.Id)).Select(h => h.Id).ToListAsync(cancellationToken)).ToHashSet();
        var names = await userNames.DisplayNamesAsync(page.Select(m => m.By), cancellationToken);
        string Place(Guid township, string village) => $"{townshipNames.GetValueOrDefault(township, "—")} · {village}";
        return new HouseholdMovePage(page.Select(m =>
        {
            var resident = m.ResidentId is { } id ? residents.GetValueOrDefault(id) : null;
            return new HouseholdMoveItem(
                m.Id, Display.Date(m.On), m.Kind, MoveTexts.Kind(m.Kind), countyWide ? "" : Direction(m),
                m.FromNumber, Place(m.FromTownshipId, m.FromVillage), m.ToNumber, Place(m.ToTownshipId, m.ToVillage),
                resident?.Name, resident is null ? null : Display.MaskId(resident.IdNumber), m.Members, names.GetValueOrDefault(m.By, m.By),
                existing.Contains(m.ToHouseholdId) && user.CanSee(m.ToTownshipId) ? m.ToHouseholdId : null);
        }).ToList(), total);
    }

    private string Direction(HouseholdMove m) => (user.TownshipIds.Contains(m.FromTownshipId), user.TownshipIds.Contains(m.ToTownshipId)) switch
    {
        (true, true) => MoveTexts.Get("Direction_Within"),
        (true, false) => MoveTexts.Get("Direction_Out"),
        _ => MoveTexts.Get("Direction_In"),
    };
}
