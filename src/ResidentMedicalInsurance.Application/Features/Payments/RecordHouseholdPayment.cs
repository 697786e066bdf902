using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 一户多人一票缴费: several members of one household paid under one voucher in one step (Youxi 六(一)1: 闽税通 pays
/// "本人或家人"; a family pays at the counter together). One <see cref="PaymentBatch"/> and one payment per member, each
/// enrolment paid, in one transaction. <see cref="EnrollmentIds"/> empty: every member awaiting payment with a fee due.
/// <see cref="AmountFen"/> is the voucher's total and must equal the sum the policy asks. Idempotent on channel and voucher.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RecordHouseholdPayment : OneVoucherPayment
{
    public Guid HouseholdId { get; init; }
}

public sealed class RecordHouseholdPaymentValidator(IClock clock) : OneVoucherPaymentValidator<RecordHouseholdPayment>(clock);

public sealed class RecordHouseholdPaymentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RecordHouseholdPayment, PaymentBatchRecorded>
{
    public async Task<PaymentBatchRecorded> Handle(RecordHouseholdPayment request, CancellationToken cancellationToken)
    {
        var household = await HouseholdVoucher.HouseholdAsync(db, user, request.HouseholdId, cancellationToken);
        var owner = new BatchOwner(PaymentBatchKind.Household, household.TownshipId, household.Id);
        var named = request.EnrollmentIds.ToHashSet();
        var batches = new PaymentBatches(db, user, clock, policy);
        if (await batches.ReplayAsync(owner, request.Channel, request.Voucher, named, cancellationToken) is { } replay)
        {
            return replay;
        }

        var (tenantCode, _, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var channel = HouseholdChannel(tenantCode, request.Channel);
        var paidOn = Display.ChinaDate(request.PaidAt);
        List<BatchMember> members;
        if (named.Count == 0)
        {
            members = (await HouseholdVoucher.AwaitingAsync(db, policy, household, paidOn, true, cancellationToken)).Where(m => m.Problem is null).ToList();
            if (members.Count == 0)
            {
                // Nobody left: perhaps paid by a concurrent request with this very voucher since the first look.
                return await batches.ReplayAsync(owner, request.Channel, request.Voucher, named, cancellationToken)
                    ?? throw new AppException(CollectionTexts.Get("Household_NobodyDue"));
            }
        }
        else
        {
            // Named enrolments: this household's only (else "not found", like any record out of reach); paid or ended ones are refused by name.
            var enrollments = await db.Enrollments.InScope(user).Where(e => named.Contains(e.Id)).ToListAsync(cancellationToken);
            if (enrollments.Count != named.Count || enrollments.Any(e => e.HouseholdId != household.Id))
            {
                throw new NotFoundException(ClerkScope.NotFoundMessage);
            }

            members = (await BatchMembers.QuoteAsync(db, policy, enrollments, paidOn, cancellationToken)).InListOrder();
        }

        return await batches.RecordAsync(owner, channel, request.Voucher, request.PaidAt, request.AmountFen, members, cancellationToken)
            ?? await batches.AfterLostRaceAsync(owner, request.Channel, request.Voucher, members.Select(m => m.Enrollment.Id).ToHashSet(), cancellationToken);
    }

    private static PaymentChannel HouseholdChannel(string tenantCode, string code) =>
        PaymentChannels.For(tenantCode).FirstOrDefault(c => c.Code == code) switch
        {
            null => throw new InputValidationException([Texts.Format("Payment_ChannelUnknown", code)], [new(nameof(RecordHouseholdPayment.Channel), Texts.Format("Payment_ChannelUnknown", code))]),
            { Department: true } => throw new InputValidationException([CollectionTexts.Get("Batch_DepartmentChannel")], [new(nameof(RecordHouseholdPayment.Channel), CollectionTexts.Get("Batch_DepartmentChannel"))]),
            var c => c,
        };
}
