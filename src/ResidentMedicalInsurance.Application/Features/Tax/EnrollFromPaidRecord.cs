using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 确认参保并入账: a paid record of an applied file whose person had no enrolment (<c>not-enrolled</c>) is never
/// enrolled by the file itself; the clerk of the person's township confirms, and in one transaction the person is
/// enrolled (as at the counter) and the tax payment recorded at the policy's amount for its paid date.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record EnrollFromPaidRecord(Guid RecordId) : ICommand<string>;

/// <summary>The tax payments of a household's members that wait for a clerk to enrol them (shown on the household page).</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ListPaidAwaitingEnrolment(Guid HouseholdId) : IQuery<IReadOnlyList<PaidAwaitingEnrolment>>;

public sealed record PaidAwaitingEnrolment(Guid RecordId, Guid ResidentId, string Name, string AmountText, string PaidAtText, string Voucher);

public sealed class ListPaidAwaitingEnrolmentHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<ListPaidAwaitingEnrolment, IReadOnlyList<PaidAwaitingEnrolment>>
{
    public async Task<IReadOnlyList<PaidAwaitingEnrolment>> Handle(ListPaidAwaitingEnrolment request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.AsNoTracking().InScope(user).FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var ids = members.Keys.ToList();
        var applied = db.PaidFiles.Where(f => f.Status == PaidFileStatus.Applied).Select(f => f.Id);
        var rows = await db.PaidRecords.AsNoTracking()
            .Where(r => r.Outcome == PaidOutcome.NotEnrolled && r.PaymentId == null && r.ResidentId != null && ids.Contains(r.ResidentId.Value) && applied.Contains(r.FileId))
            .OrderBy(r => r.RowNumber).ToListAsync(cancellationToken);
        return rows.Select(r => new PaidAwaitingEnrolment(r.Id, r.ResidentId!.Value, members[r.ResidentId.Value], r.AmountText, r.PaidAtText, r.Voucher)).ToList();
    }
}

public sealed class EnrollFromPaidRecordHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IEnrolmentsElsewhere elsewhere)
    : IRequestHandler<EnrollFromPaidRecord, string>
{
    public async Task<string> Handle(EnrollFromPaidRecord request, CancellationToken cancellationToken)
    {
        var record = (await db.PaidRecords.FirstOrDefaultAsync(r => r.Id == request.RecordId, cancellationToken)).Found();
        var applied = await db.PaidFiles.AnyAsync(f => f.Id == record.FileId && f.Status == PaidFileStatus.Applied, cancellationToken);
        if (record is not { Outcome: PaidOutcome.NotEnrolled, PaymentId: null, ResidentId: { } residentId, AmountFen: { } amount, PaidAt: { } paidAt } || !applied)
        {
            throw new AppException(TaxTexts.Get("Confirm_NotWaiting"));
        }

        if (await db.Payments.AnyAsync(p => p.Channel == PaymentChannels.TaxFileCode && p.Voucher == record.Voucher && p.Status == Domain.Payments.PaymentStatus.InForce, cancellationToken))
        {
            throw new AppException(TaxTexts.Format("Confirm_VoucherUsed", record.Voucher));
        }

        // The resident must be in the clerk's townships (a clerk of another township gets "not found").
        var resident = await EnrollmentContext.ResidentInScope(db, user, residentId, cancellationToken);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var saved = await new ResidentEnrolment(db, clock, policy, elsewhere).EnrolAsync(resident, profile, new EnrollmentInput(), cancellationToken);
        var enrollment = await db.Enrollments.FirstAsync(e => e.Id == saved.EnrollmentId, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, enrollment.Year, cancellationToken);
        var quote = policy.Quote(enrollment.ProfileId, resident, certifications, enrollment.Circumstances, Display.ChinaDate(paidAt));
        if (enrollment.Status != Domain.Enrollments.EnrollmentStatus.AwaitingPayment || !quote.Accepted || quote.AmountDueFen != amount)
        {
            throw new AppException(TaxTexts.Format("Confirm_AmountDiffers", resident.Name, Display.Yuan(quote.AmountDueFen), Display.Yuan(amount)));
        }

        var payment = NewPayment.From(enrollment, quote, PaymentChannels.TaxFileCode, record.Voucher, paidAt, amount, clock, user);
        payment.CarriedToPeriod = (await ClosedPeriods.LoadAsync(db, policy, enrollment.ProfileId, cancellationToken)).CarriedTo(payment.PaidOn);
        db.Payments.Add(payment);
        enrollment.RecordPayment(payment);
        record.PaymentId = payment.Id;
        record.EnrollmentId = enrollment.Id;
        await SaveGuard.SaveAsync(db, TaxTexts.Format("Confirm_Conflict", resident.Name), cancellationToken);
        return TaxTexts.Format("Confirm_Done", resident.Name, Display.Yuan(amount), Display.Period(payment.BenefitStart, payment.BenefitEnd));
    }
}
