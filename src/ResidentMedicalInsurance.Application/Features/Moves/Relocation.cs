using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>Where a household stood: the from or to side of a <see cref="HouseholdMove"/>.</summary>
internal readonly record struct Place(Guid HouseholdId, string Number, Guid TownshipId, string Village)
{
    public static Place Of(Household h) => new(h.Id, h.Number, h.TownshipId, h.Village);
}

/// <summary>
/// What every 户籍变动 shares (ADR 0070): the source read in the user's scope (a clerk moves only out of their townships),
/// the destination anywhere in the tenant, the residents' own records carried to their new household, and the move row.
/// </summary>
internal static class Relocation
{
    /// <summary>The household a clerk moves out of: in their townships, else "not found".</summary>
    public static async Task<Household> SourceAsync(IAppDbContext db, ICurrentUser user, Guid householdId, CancellationToken ct) =>
        (await db.Households.InScope(user).FirstOrDefaultAsync(h => h.Id == householdId, ct)).Found();

    /// <summary>The destination township: any of the signed-in tenant's (the tenant filter reads it).</summary>
    public static async Task<Guid> TownshipAsync(IAppDbContext db, Guid townshipId, string property, CancellationToken ct) =>
        townshipId != Guid.Empty && await db.Townships.AnyAsync(t => t.Id == townshipId, ct)
            ? townshipId
            : throw MoveTexts.Beside(property, MoveTexts.Get("TownshipNotFound"));

    /// <summary>The destination household by its 户号, in any township of the tenant.</summary>
    public static async Task<Household> ByNumberAsync(IAppDbContext db, string number, Guid notThis, string property, CancellationToken ct)
    {
        var trimmed = number.Trim();
        var household = await db.Households.FirstOrDefaultAsync(h => h.Number == trimmed, ct)
            ?? throw MoveTexts.Beside(property, MoveTexts.Format("NumberNotFound", trimmed));
        return household.Id == notThis ? throw MoveTexts.Beside(property, MoveTexts.Get("SameHousehold")) : household;
    }

    /// <summary>
    /// The residents' enrolments (household and township copies: this year's enrolment continues where they now live, and
    /// the counters follow), certifications, payments, reversal and refund requests, personal account entries and accident
    /// covers filed under the new household. A payment keeps its township and amounts: the receipt stays where the money
    /// was taken (reconciliation reads it); so does a ledger entry and a paid accident cover (<see cref="AccidentCover.FollowTo"/>).
    /// </summary>
    public static async Task CarryRecordsAsync(IAppDbContext db, IReadOnlyCollection<Guid> residentIds, Household to, CancellationToken ct)
    {
        var ids = residentIds.ToList();
        foreach (var e in await db.Enrollments.Where(e => ids.Contains(e.ResidentId)).ToListAsync(ct))
        {
            (e.HouseholdId, e.TownshipId) = (to.Id, to.TownshipId);
            e.Version++;
        }

        foreach (var c in await db.SubsidyCertifications.Where(c => ids.Contains(c.ResidentId)).ToListAsync(ct))
        {
            c.HouseholdId = to.Id;
        }

        foreach (var p in await db.Payments.Where(p => ids.Contains(p.ResidentId)).ToListAsync(ct))
        {
            p.HouseholdId = to.Id;
        }

        foreach (var v in await db.PaymentReversals.Where(v => ids.Contains(v.ResidentId)).ToListAsync(ct))
        {
            v.HouseholdId = to.Id;
        }

        foreach (var r in await db.Refunds.Where(r => ids.Contains(r.ResidentId)).ToListAsync(ct))
        {
            r.HouseholdId = to.Id;
        }

        foreach (var a in await db.PersonalAccountEntries.Where(a => ids.Contains(a.ResidentId)).ToListAsync(ct))
        {
            a.HouseholdId = to.Id;
        }

        foreach (var c in await db.AccidentCovers.Where(c => ids.Contains(c.ResidentId)).ToListAsync(ct))
        {
            c.FollowTo(to.Id, to.TownshipId, to.Village);
        }
    }

    /// <summary>The move row both townships' clerks read, filed under <paramref name="filedUnder"/>'s audit trail.</summary>
    public static HouseholdMove Record(
        IAppDbContext db, ICurrentUser user, IClock clock, HouseholdMoveKind kind, Guid filedUnder, Guid? residentId, Place from, Place to, int members)
    {
        var now = clock.Now;
        var move = new HouseholdMove
        {
            Id = Guid.CreateVersion7(),
            HouseholdId = filedUnder,
            Kind = kind,
            ResidentId = residentId,
            FromHouseholdId = from.HouseholdId,
            FromNumber = from.Number,
            FromTownshipId = from.TownshipId,
            FromVillage = from.Village,
            ToHouseholdId = to.HouseholdId,
            ToNumber = to.Number,
            ToTownshipId = to.TownshipId,
            ToVillage = to.Village,
            Members = members,
            On = clock.Today,
            At = now,
            AtTicks = now.UtcTicks,
            By = user.UserName ?? "",
        };
        db.HouseholdMoves.Add(move);
        return move;
    }

    /// <summary>The result: where the page goes next, and whether the user can still open it (a clerk who moved a household out of their townships cannot).</summary>
    public static HouseholdMoved Moved(ICurrentUser user, HouseholdMove move, string message) =>
        new(move.ToHouseholdId, move.Id, user.CanSee(move.ToTownshipId), message);
}

/// <summary><paramref name="HouseholdId"/>: the household the members are now in; <paramref name="CanOpen"/>: the user may open it.</summary>
public sealed record HouseholdMoved(Guid HouseholdId, Guid MoveId, bool CanOpen, string Message);
