using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 缴补分离 (Shiquan 五(二)): payments whose subsidy is paid back to the resident (jiandang 70, dibao 120, jisheng 30)
/// with the funding source, and whether it was paid out; for finance's list and the record of each payout.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListReimbursements(bool? PaidOut = null, int Skip = 0, int Take = 50) : IQuery<ReimbursementList>;

public sealed record ReimbursementList(IReadOnlyList<ReimbursementItem> Items, int Total, IReadOnlyList<FundingTotal> Outstanding);

public sealed record ReimbursementItem(
    Guid PaymentId, Guid HouseholdId, string Name, string MaskedIdNumber, string Category, string FundedBy, string AmountText,
    string PaidAtText, string? PaidOutText);

/// <summary>记录已返还: the chosen payments' subsidies were paid out on a date under a reference (a transfer batch).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record RecordReimbursementPayout(IReadOnlyList<Guid> PaymentIds, DateOnly PaidOutOn, string Reference) : ICommand<string>;

public sealed class RecordReimbursementPayoutValidator : AbstractValidator<RecordReimbursementPayout>
{
    public RecordReimbursementPayoutValidator(IClock clock)
    {
        RuleFor(x => x.PaymentIds).NotEmpty().WithMessage(_ => RosterTexts.Get("Payout_NoRows"));
        RuleFor(x => x.Reference).NotEmpty().WithMessage(_ => RosterTexts.Get("Payout_ReferenceMissing"))
            .MaximumLength(ReimbursementPayout.ReferenceMaxLength).WithMessage(_ => RosterTexts.Format("Payout_ReferenceTooLong", ReimbursementPayout.ReferenceMaxLength));
        RuleFor(x => x.PaidOutOn).Must(d => d <= clock.Today && d >= clock.Today.AddYears(-2)).WithMessage(_ => RosterTexts.Get("Payout_DateInvalid"));
    }
}

internal static class ReimbursedPayments
{
    /// <summary>Payments in force with a subsidy of a category the profile pays back (mode reimbursed); a reversed one owes no subsidy.</summary>
    public static async Task<List<(Domain.Payments.Payment Payment, CategoryRule Category)>> ForAsync(IAppDbContext db, IPolicyGateway policy, CancellationToken ct)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        var categories = policy.Categories(profile.Id).Where(c => c.Mode == SubsidyMode.Reimbursed).ToDictionary(c => c.Code);
        var codes = categories.Keys.ToList();
        var payments = await db.Payments.AsNoTracking().InForcePayments().Where(p => p.SubsidyFen > 0 && p.SubsidyCode != null && codes.Contains(p.SubsidyCode)).ToListAsync(ct);
        return payments.OrderBy(p => p.PaidAt.UtcTicks).Select(p => (p, categories[p.SubsidyCode!])).ToList();
    }
}

public sealed class ListReimbursementsHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<ListReimbursements, ReimbursementList>
{
    public async Task<ReimbursementList> Handle(ListReimbursements request, CancellationToken cancellationToken)
    {
        var all = await ReimbursedPayments.ForAsync(db, policy, cancellationToken);
        var payouts = await db.ReimbursementPayouts.AsNoTracking().ToDictionaryAsync(p => p.PaymentId, cancellationToken);
        var chosen = all.Where(x => request.PaidOut is not { } paid || payouts.ContainsKey(x.Payment.Id) == paid).ToList();
        var page = chosen.Skip(request.Skip).Take(request.Take).ToList();
        var ids = page.Select(x => x.Payment.ResidentId).ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var items = page.Select(x => new ReimbursementItem(
            x.Payment.Id, x.Payment.HouseholdId, residents[x.Payment.ResidentId].Name, Display.MaskId(residents[x.Payment.ResidentId].IdNumber),
            x.Category.Name, x.Category.FundedBy, Display.Yuan(x.Payment.SubsidyFen), Display.Time(x.Payment.PaidAt),
            payouts.TryGetValue(x.Payment.Id, out var o) ? RosterTexts.Format("Payout_Done", Display.Date(o.PaidOutOn), o.Reference) : null)).ToList();
        var outstanding = all.Where(x => !payouts.ContainsKey(x.Payment.Id)).GroupBy(x => x.Category.FundedBy)
            .Select(g => new FundingTotal(g.Key, g.Count(), g.Sum(x => x.Payment.SubsidyFen), Display.Yuan(g.Sum(x => x.Payment.SubsidyFen)))).ToList();
        return new ReimbursementList(items, chosen.Count, outstanding);
    }
}

public sealed class RecordReimbursementPayoutHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RecordReimbursementPayout, string>
{
    public async Task<string> Handle(RecordReimbursementPayout request, CancellationToken cancellationToken)
    {
        var reimbursed = (await ReimbursedPayments.ForAsync(db, policy, cancellationToken)).ToDictionary(x => x.Payment.Id, x => x.Payment);
        var done = await db.ReimbursementPayouts.AsNoTracking().Where(p => request.PaymentIds.Contains(p.PaymentId)).Select(p => p.PaymentId).ToListAsync(cancellationToken);
        if (request.PaymentIds.Any(id => !reimbursed.ContainsKey(id)))
        {
            throw new NotFoundException(RosterTexts.Get("Payout_NotReimbursed"));
        }

        var added = 0;
        foreach (var id in request.PaymentIds.Distinct().Except(done))
        {
            var payment = reimbursed[id];
            db.ReimbursementPayouts.Add(new ReimbursementPayout
            {
                Id = Guid.CreateVersion7(),
                PaymentId = id,
                HouseholdId = payment.HouseholdId,
                AmountFen = payment.SubsidyFen,
                PaidOutOn = request.PaidOutOn,
                Reference = request.Reference.Trim(),
                RecordedAt = clock.Now,
                RecordedBy = user.UserName ?? "",
            });
            added++;
        }

        await SaveGuard.SaveAsync(db, RosterTexts.Get("Payout_Conflict"), cancellationToken);
        return RosterTexts.Format("Payout_Recorded", added, done.Count);
    }
}

/// <summary>The subsidies still to pay back, as finance's xlsx (full ID numbers, so audited like a reveal).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ExportReimbursements : ICommand<TableDownload>;

public sealed class ExportReimbursementsHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<ExportReimbursements, TableDownload>
{
    public async Task<TableDownload> Handle(ExportReimbursements request, CancellationToken cancellationToken)
    {
        var paidOut = (await db.ReimbursementPayouts.AsNoTracking().Select(p => p.PaymentId).ToListAsync(cancellationToken)).ToHashSet();
        var open = (await ReimbursedPayments.ForAsync(db, policy, cancellationToken)).Where(x => !paidOut.Contains(x.Payment.Id)).ToList();
        var ids = open.Select(x => x.Payment.ResidentId).ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = open.Select((x, i) => (IReadOnlyList<object?>)
        [
            i + 1, residents[x.Payment.ResidentId].Name, residents[x.Payment.ResidentId].IdNumber, x.Category.Name, x.Category.FundedBy,
            x.Payment.SubsidyFen / 100m, Display.Time(x.Payment.PaidAt), x.Payment.Voucher,
        ]).ToList();
        Application.Auditing.AuditNote.Add(db, user, clock, nameof(ExportReimbursements), "ReimbursementList", Guid.Empty, Domain.Auditing.AuditOperation.Revealed,
            after: RosterTexts.Reason("Audit_ReimbursementsExported", open.Count));
        await db.SaveChangesAsync(cancellationToken);
        return new TableDownload($"资助返还清单-{Display.Date(clock.Today)}.xlsx", "资助返还",
            ["序号", "姓名", "身份证号", "资助类别", "资金来源", "返还金额（元）", "缴费时间", "缴费凭证号"], TableRows.Of(rows));
    }
}
