using System.Reflection;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// What one chunk of a paid file becomes, decided in memory (ADR 0056): for each <c>recorded</c> row of a still
/// unpaid enrolment a payment as at the counter (<see cref="NewPayment"/>, the policy's quote for the paid date) and
/// the enrolment as <see cref="Enrollment.RecordPayment"/> leaves it (carried into the next open period when its own
/// period is signed off, ADR 0057); for a duplicate, or a recorded row whose
/// enrolment was paid since the match, a refund request against the enrolment's first payment; a row whose
/// enrolment ended unpaid becomes <c>not-enrolled</c>. Nothing is written here.
/// </summary>
internal sealed class PaidBooking
{
    private static readonly Func<object, object> Clone = (Func<object, object>)Delegate.CreateDelegate(
        typeof(Func<object, object>), typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!);

    public List<Payment> Payments { get; } = [];
    public List<Refund> Refunds { get; } = [];

    /// <summary>Each enrolment paid by this chunk, as read and as paid (the audit's before and after).</summary>
    public List<(Enrollment Before, Enrollment After)> Paid { get; } = [];

    /// <summary>Rows whose outcome or refund changes (the recorded rows' payment ids are set by the database).</summary>
    public List<PaidRecord> Changed { get; } = [];

    public static async Task<PaidBooking> DecideAsync(
        IAppDbContext db, IPolicyGateway policy, IClock clock, ICurrentUser user, ClosedPeriods closed, IReadOnlyList<PaidRecord> rows, CancellationToken ct)
    {
        var enrollmentIds = rows.Select(r => r.EnrollmentId!.Value).Distinct().ToList();
        // Keys of the tenant's own matched rows: looked up without the tenant filter, each row checked (OwnKeys).
        var enrollments = (await db.Enrollments.Unfiltered().Where(e => EF.Parameter(enrollmentIds).Contains(e.Id)).OwnAsync(user, ct)).ToDictionary(e => e.Id);
        var residentIds = enrollments.Values.Select(e => e.ResidentId).Distinct().ToList();
        var residents = (await db.Residents.Unfiltered().Where(r => EF.Parameter(residentIds).Contains(r.Id)).OwnAsync(user, ct)).ToDictionary(r => r.Id);
        var certifications = (await db.SubsidyCertifications.Unfiltered().Where(c => EF.Parameter(residentIds).Contains(c.ResidentId) && c.EndedAt == null).OwnAsync(user, ct))
            .ToLookup(c => c.ResidentId);

        // The payment in force of each enrolment paid before this chunk (one per enrolment: a unique index), for duplicates.
        var paidIds = enrollments.Values.Where(e => e.Status != EnrollmentStatus.AwaitingPayment).Select(e => e.Id).ToList();
        var first = paidIds.Count == 0
            ? []
            : (await db.Payments.Unfiltered().Where(p => EF.Parameter(paidIds).Contains(p.EnrollmentId) && p.Status == PaymentStatus.InForce).OwnAsync(user, ct))
                .ToDictionary(p => p.EnrollmentId, p => p.Id);

        var booking = new PaidBooking();
        foreach (var row in rows)
        {
            var enrollment = enrollments[row.EnrollmentId!.Value];
            if (row.Outcome == PaidOutcome.Recorded && enrollment.Status == EnrollmentStatus.AwaitingPayment)
            {
                var resident = residents[enrollment.ResidentId];
                var quote = policy.Quote(enrollment.ProfileId, resident, certifications[resident.Id].Where(c => c.Year == enrollment.Year),
                    enrollment.Circumstances, Display.ChinaDate(row.PaidAt!.Value));
                var payment = NewPayment.From(enrollment, quote, PaymentChannels.TaxFileCode, row.Voucher, row.PaidAt.Value, row.AmountFen!.Value, clock, user);
                payment.CarriedToPeriod = closed.CarriedTo(payment.PaidOn); // 跨期入账 (ADR 0057)
                var paid = (Enrollment)Clone(enrollment);
                paid.RecordPayment(payment);
                booking.Payments.Add(payment);
                booking.Paid.Add((enrollment, paid));
                enrollments[paid.Id] = paid;
                first[paid.Id] = payment.Id;
                continue;
            }

            // Paid before (another channel, at a counter since the match, or by an earlier row): the money goes back through the refund queue.
            if (!first.TryGetValue(enrollment.Id, out var firstPayment))
            {
                // The enrolment ended unpaid since the match: nothing to record against, nothing to pay back.
                row.Outcome = PaidOutcome.NotEnrolled;
                booking.Changed.Add(row);
                continue;
            }

            var refund = DuplicateRefund(row, enrollment, firstPayment, clock, user);
            booking.Refunds.Add(refund);
            row.Outcome = PaidOutcome.DuplicatePayment;
            row.RefundId = refund.Id;
            booking.Changed.Add(row);
        }

        return booking;
    }

    private static Refund DuplicateRefund(PaidRecord row, Enrollment enrollment, Guid paymentId, IClock clock, ICurrentUser user) => new()
    {
        Id = Guid.CreateVersion7(),
        EnrollmentId = enrollment.Id,
        PaymentId = paymentId,
        ResidentId = enrollment.ResidentId,
        HouseholdId = enrollment.HouseholdId,
        TownshipId = enrollment.TownshipId,
        Reason = RefundReason.Duplicate,
        EventDate = Display.ChinaDate(row.PaidAt ?? clock.Now),
        Note = TaxTexts.Reason("Apply_DuplicateNote", row.Voucher, row.AmountText, row.Channel),
        AmountFen = row.AmountFen ?? 0,
        EndsEnrollment = false,
        Basis = TaxTexts.Reason("Apply_DuplicateBasis"),
        Status = RefundStatus.Pending,
        RequestedAt = clock.Now,
        RequestedBy = user.UserName ?? "",
    };
}
