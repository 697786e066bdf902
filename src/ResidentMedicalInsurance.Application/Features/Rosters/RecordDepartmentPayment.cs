using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 记录部门代缴: the department paid the list under one batch number; every enrolment on its list on the
/// payment date is paid at once on the 部门代缴 channel (voucher = batch number and a sequence). Idempotent on
/// the batch number: the same batch again changes nothing and says what it recorded the first time.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record RecordDepartmentPayment : ICommand<DepartmentPaymentRecorded>
{
    public string Department { get; init => field = value?.Trim() ?? ""; } = "";
    public string BatchNumber { get; init => field = value?.Trim() ?? ""; } = "";
    public DateTimeOffset PaidAt { get; init; }
}

public sealed record DepartmentPaymentRecorded(bool AlreadyRecorded, int Persons, long AmountFen, string Message);

public sealed class RecordDepartmentPaymentValidator : AbstractValidator<RecordDepartmentPayment>
{
    public RecordDepartmentPaymentValidator(IClock clock)
    {
        RuleFor(x => x.Department).NotEmpty().WithMessage(_ => RosterTexts.Get("Batch_DepartmentMissing"));
        RuleFor(x => x.BatchNumber).NotEmpty().WithMessage(_ => RosterTexts.Get("Batch_NumberMissing"))
            .MaximumLength(DepartmentPaymentBatch.NumberMaxLength).WithMessage(_ => RosterTexts.Format("Batch_NumberTooLong", DepartmentPaymentBatch.NumberMaxLength))
            .Matches("^[0-9A-Za-z_-]*$").WithMessage(_ => RosterTexts.Get("Batch_NumberCharacters"));
        RuleFor(x => x.PaidAt).Must(at => at <= clock.Now.AddMinutes(5) && at >= clock.Now.AddYears(-2))
            .WithMessage(_ => RosterTexts.Get("Batch_PaidAtInvalid"));
    }
}

public sealed class RecordDepartmentPaymentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RecordDepartmentPayment, DepartmentPaymentRecorded>
{
    public async Task<DepartmentPaymentRecorded> Handle(RecordDepartmentPayment request, CancellationToken cancellationToken)
    {
        if (await db.DepartmentPaymentBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Number == request.BatchNumber, cancellationToken) is { } earlier)
        {
            return earlier.Department == request.Department
                ? new DepartmentPaymentRecorded(true, earlier.Persons, earlier.AmountFen, RosterTexts.Format("Batch_Replayed", earlier.Number, earlier.Persons, Display.Yuan(earlier.AmountFen)))
                : throw new AppException(RosterTexts.Format("Batch_NumberUsed", request.BatchNumber, earlier.Department));
        }

        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var paidOn = Display.ChinaDate(request.PaidAt);
        (await ClosedPeriods.LoadAsync(db, policy, profile.Id, cancellationToken)).EnsureOpen(paidOn);
        var due = await DepartmentPayments.ForAsync(db, policy, profile, request.Department, paidOn, true, cancellationToken);
        if (due.Count == 0)
        {
            throw new AppException(RosterTexts.Format("Batch_NobodyDue", request.Department, Display.Date(paidOn)));
        }

        var sequence = 0;
        foreach (var d in due)
        {
            var payment = NewPayment.From(d.Enrollment, d.Quote, PaymentChannels.DepartmentCode, $"{request.BatchNumber}-{++sequence:D5}", request.PaidAt, 0, clock, user);
            db.Payments.Add(payment);
            d.Enrollment.RecordPayment(payment);
        }

        var amount = due.Sum(d => d.Quote.SubsidyFen!.Value);
        db.DepartmentPaymentBatches.Add(new DepartmentPaymentBatch
        {
            Id = Guid.CreateVersion7(),
            Number = request.BatchNumber,
            Department = request.Department,
            Year = profile.Year,
            PaidAt = request.PaidAt,
            Persons = due.Count,
            AmountFen = amount,
            RecordedAt = clock.Now,
            RecordedBy = user.UserName ?? "",
        });
        await SaveGuard.SaveAsync(db, RosterTexts.Format("Batch_Conflict", request.BatchNumber), cancellationToken);
        return new DepartmentPaymentRecorded(false, due.Count, amount, RosterTexts.Format("Batch_Recorded", request.BatchNumber, due.Count, Display.Yuan(amount)));
    }
}
