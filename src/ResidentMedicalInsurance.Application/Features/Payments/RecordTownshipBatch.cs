using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 村居批量代缴 (尤政办〔2019〕45号 六(一)2: a township or village clerk pays for residents of their area through the
/// electronic tax bureau): one <see cref="PaymentBatch"/> of kind Township and one payment per resident, in one
/// transaction, for the clerk's own township (county staff: any of the county). <see cref="IdNumbers"/>: pasted, one a
/// line; any that cannot be on the batch is listed with its reason and nothing is recorded. Idempotent on the batch
/// number (the voucher): the same batch again records nothing new; the same number with another list is refused.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RecordTownshipBatch : OneVoucherPayment
{
    public Guid TownshipId { get; init; }

    /// <summary>Pasted ID numbers, one a line (or separated by commas or spaces), besides the ticked <see cref="OneVoucherPayment.EnrollmentIds"/>.</summary>
    public string? IdNumbers { get; init; }
}

public sealed class RecordTownshipBatchValidator : OneVoucherPaymentValidator<RecordTownshipBatch>
{
    public RecordTownshipBatchValidator(IClock clock)
        : base(clock)
    {
        RuleFor(x => x.TownshipId).NotEmpty().WithMessage(_ => CollectionTexts.Get("Township_Missing"));
        RuleFor(x => x.IdNumbers).PastedIdNumbers();
        RuleFor(x => x).Must(x => x.EnrollmentIds.Count > 0 || TownshipSelection.Split(x.IdNumbers).Count > 0)
            .OverridePropertyName(nameof(RecordTownshipBatch.EnrollmentIds)).WithMessage(_ => CollectionTexts.Get("Township_NoResidents"));
    }
}

public sealed class RecordTownshipBatchHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RecordTownshipBatch, PaymentBatchRecorded>
{
    public async Task<PaymentBatchRecorded> Handle(RecordTownshipBatch request, CancellationToken cancellationToken)
    {
        var (tenantCode, township, enrollments, problems) = await TownshipSelection.ChosenAsync(
            db, user, clock, policy, request.TownshipId, request.EnrollmentIds, request.IdNumbers, true, cancellationToken);
        if (problems.Count > 0)
        {
            var message = CollectionTexts.Format("Pasted_Problems", problems.Count, TownshipSelection.Describe(problems));
            throw new InputValidationException([message], [new(nameof(RecordTownshipBatch.IdNumbers), message)]);
        }

        var owner = new BatchOwner(PaymentBatchKind.Township, township.Id, null);
        var persons = enrollments.Select(e => e.Id).ToHashSet();
        var batches = new PaymentBatches(db, user, clock, policy);
        if (await batches.ReplayAsync(owner, request.Channel, request.Voucher, persons, cancellationToken) is { } replay)
        {
            return replay;
        }

        var channel = PaymentChannels.ForTownshipBatch(tenantCode).FirstOrDefault(c => c.Code == request.Channel)
            ?? throw new InputValidationException(
                [CollectionTexts.Format("Township_ChannelNotForBatch", request.Channel)],
                [new(nameof(RecordTownshipBatch.Channel), CollectionTexts.Format("Township_ChannelNotForBatch", request.Channel))]);
        var members = (await BatchMembers.QuoteAsync(db, policy, enrollments, Display.ChinaDate(request.PaidAt), cancellationToken)).InListOrder();
        return await batches.RecordAsync(owner, channel, request.Voucher, request.PaidAt, request.AmountFen, members, cancellationToken)
            ?? await batches.AfterLostRaceAsync(owner, request.Channel, request.Voucher, persons, cancellationToken);
    }
}
