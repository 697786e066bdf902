using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>Receipts of the given payments, in the household's member order, from what was stored at payment.</summary>
internal sealed class Receipts(IAppDbContext db, IPolicyGateway policy, IUserNames names)
{
    public async Task<IReadOnlyList<Receipt>> ReadAsync(IQueryable<Payment> payments, CancellationToken cancellationToken)
    {
        var rows = (await (
            from p in payments.AsNoTracking()
            join e in db.Enrollments on p.EnrollmentId equals e.Id
            join r in db.Residents on p.ResidentId equals r.Id
            join h in db.Households on p.HouseholdId equals h.Id
            join t in db.Townships on p.TownshipId equals t.Id
            select new { p, e.ProfileId, e.Year, r.Name, r.IdNumber, r.Sex, r.Relationship, r.BirthDate, h.Number, h.Village, h.Address, Township = t.Name })
            .ToListAsync(cancellationToken))
            .OrderBy(x => x.Relationship).ThenBy(x => x.BirthDate).ThenBy(x => x.p.PaidAt).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var reversalIds = rows.Select(x => x.p.ReversalId).OfType<Guid>().ToList();
        var reversals = await db.PaymentReversals.AsNoTracking().Where(v => reversalIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var (tenantCode, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var clerks = await names.DisplayNamesAsync(rows.Select(x => x.p.RecordedBy).Concat(reversals.Values.Select(v => v.DecidedBy)), cancellationToken);
        var batchIds = rows.Select(x => x.p.BatchId).OfType<Guid>().Distinct().ToList();
        var batches = batchIds.Count == 0 ? [] : await db.PaymentBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => new ReceiptBatch(b.Id, CollectionTexts.Get($"BatchKind_{b.Kind}"), b.Voucher, b.Persons, Display.Yuan(b.AmountFen)), cancellationToken);
        return rows.Select(row =>
        {
            var printed = PrintedPolicy.For(policy, row.ProfileId, tenantName, row.Year);
            var channel = PaymentChannels.Named(tenantCode, row.p.Channel);
            var subsidy = SubsidyText(printed, row.p);
            return new Receipt(
                row.p.Id, row.p.HouseholdId, tenantName, printed.Title, row.Year,
                row.Name, Display.MaskId(row.IdNumber), Labels.Of(row.Sex),
                row.Number, row.Township, row.Village, row.Address,
                channel?.Name ?? row.p.Channel, channel?.Clause ?? "", row.p.Voucher, Display.Time(row.p.PaidAt),
                Display.Yuan(row.p.StandardFeeFen), subsidy, Display.Yuan(row.p.AmountFen),
                Display.Period(row.p.BenefitStart, row.p.BenefitEnd),
                clerks.GetValueOrDefault(row.p.RecordedBy, row.p.RecordedBy), Display.Time(row.p.RecordedAt), BasisText.Split(row.p.Basis),
                Reversed(row.p, reversals, clerks))
            {
                Batch = row.p.BatchId is { } batchId ? batches.GetValueOrDefault(batchId) : null,
            };
        }).ToList();
    }

    private static string? Reversed(Payment p, Dictionary<Guid, PaymentReversal> reversals, IReadOnlyDictionary<string, string> clerks) =>
        p.Status == PaymentStatus.Reversed && p.ReversalId is { } id && reversals.TryGetValue(id, out var v)
            ? ReversalTexts.Format("Receipt_Reversed", Display.Time(p.ReversedAt), clerks.GetValueOrDefault(v.DecidedBy ?? "", v.DecidedBy ?? ""), v.Reason)
            : null;

    /// <summary>The subsidy as a receipt or a list prints it: 30.00 元（计生户）, or 0.00 元.</summary>
    public static string SubsidyText(PrintedPolicy printed, Payment payment) =>
        payment.SubsidyFen > 0 ? $"{Display.Yuan(payment.SubsidyFen)}（{printed.Category(payment.SubsidyCode)}）" : Display.Yuan(0);
}
