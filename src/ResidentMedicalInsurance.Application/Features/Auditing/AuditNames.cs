namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>
/// The names behind the ids and user names of a household's audit trail: residents, the household's number,
/// townships, enrolments (年度 and resident), payments (voucher, reversed ones too), reversal requests (the voucher they
/// are about), and users by display name (<see cref="IUserNames"/>).
/// </summary>
public sealed class AuditNames(IReadOnlyDictionary<Guid, string> records, IReadOnlyDictionary<string, string> users)
{
    public string Record(Guid id) => records.GetValueOrDefault(id, "—");

    public string User(string userName) => users.GetValueOrDefault(userName, userName);

    public static async Task<AuditNames> LoadAsync(IAppDbContext db, IUserNames userNames, Guid householdId, IEnumerable<string?> users, CancellationToken ct)
    {
        var records = new Dictionary<Guid, string>();
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId).Select(h => new { h.Id, h.Number, h.TownshipId }).FirstAsync(ct);
        records[household.Id] = Texts.Format("AuditRecord_Household", household.Number);
        foreach (var t in await db.Townships.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct))
        {
            records[t.Id] = t.Name;
        }

        var residents = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        foreach (var r in residents)
        {
            records[r.Id] = r.Name;
        }

        foreach (var e in await db.Enrollments.AsNoTracking().Where(e => e.HouseholdId == householdId).Select(e => new { e.Id, e.Year, e.ResidentId }).ToListAsync(ct))
        {
            records[e.Id] = Texts.Format("AuditRecord_Enrollment", records.GetValueOrDefault(e.ResidentId, "—"), e.Year);
        }

        var vouchers = new Dictionary<Guid, string>();
        foreach (var p in await db.Payments.AsNoTracking().Where(p => p.HouseholdId == householdId).Select(p => new { p.Id, p.Voucher }).ToListAsync(ct))
        {
            records[p.Id] = Texts.Format("AuditRecord_Payment", p.Voucher);
            vouchers[p.Id] = p.Voucher;
        }

        foreach (var v in await db.PaymentReversals.AsNoTracking().Where(v => v.HouseholdId == householdId).Select(v => new { v.Id, v.PaymentId }).ToListAsync(ct))
        {
            records[v.Id] = Texts.Format("AuditRecord_PaymentReversal", vouchers.GetValueOrDefault(v.PaymentId, "—"));
        }

        return new AuditNames(records, await userNames.DisplayNamesAsync(users, ct));
    }
}
