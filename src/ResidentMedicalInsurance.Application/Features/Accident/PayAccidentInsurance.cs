using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// 意外伤害补充保险缴费 (尤政办〔2019〕45号 六(三)): the premium paid to the insurer by its QR code or in cash, once per cover,
/// under the next voucher of the insurer's own series (YW2020-000001, <see cref="AccidentCover.VoucherFor"/>). It is
/// not a <see cref="Domain.Payments.Payment"/>: it never enters the basic fee, its counters, the tax due list, the fund
/// statement or the reconciliation (ADR 0069).
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record PayAccidentInsurance : ICommand<AccidentPaid>
{
    public Guid CoverId { get; init; }
    public string Channel { get; init; } = "";
    public DateTimeOffset PaidAt { get; init; }
    public long AmountFen { get; init; }
}

public sealed record AccidentPaid(Guid CoverId, string Voucher, long AmountFen, string AmountText, DateTimeOffset PaidAt, string Message);

public sealed class PayAccidentInsuranceValidator : AbstractValidator<PayAccidentInsurance>
{
    public PayAccidentInsuranceValidator(IClock clock)
    {
        RuleFor(x => x.CoverId).NotEmpty().WithMessage(_ => AccidentTexts.Get("CoverMissing"));
        RuleFor(x => x.Channel).NotEmpty().WithMessage(_ => AccidentTexts.Get("ChannelMissing"))
            .Must(c => AccidentChannels.Find(c) is not null).WithMessage(_ => AccidentTexts.Get("ChannelNotInsurer"));
        RuleFor(x => x.AmountFen).GreaterThan(0).WithMessage(_ => AccidentTexts.Get("AmountMissing"));
        RuleFor(x => x.PaidAt).PaidAt(clock);
    }
}

public sealed class PayAccidentInsuranceHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<PayAccidentInsurance, AccidentPaid>
{
    private const int Attempts = 3;

    public async Task<AccidentPaid> Handle(PayAccidentInsurance request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cover = (await db.AccidentCovers.InScope(user).FirstOrDefaultAsync(c => c.Id == request.CoverId, cancellationToken)).Found();
            if (request.AmountFen != cover.PremiumFen && cover.Status == AccidentCoverStatus.Chosen)
            {
                var message = AccidentTexts.Format("AmountMismatch", Display.Yuan(cover.PremiumFen), Display.Yuan(request.AmountFen));
                throw new InputValidationException([message], [new FieldError(nameof(PayAccidentInsurance.AmountFen), message)]);
            }

            var voucher = await NextVoucherAsync(cover.Year, cancellationToken);
            cover.Pay(request.Channel, voucher, request.PaidAt, clock.Now, user.UserName ?? "");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AccidentPaid(cover.Id, voucher, cover.PremiumFen, Display.Yuan(cover.PremiumFen), request.PaidAt,
                    AccidentTexts.Format("Paid", Display.Yuan(cover.PremiumFen), voucher));
            }
            catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex) && attempt < Attempts)
            {
                // Another clerk took this voucher number (or paid this cover) first: look again.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex))
            {
                db.ChangeTracker.Clear();
                throw new AppException(AccidentTexts.Get("LostRace"));
            }
        }
    }

    /// <summary>The next number of the tenant's series of the year: the highest issued plus one.</summary>
    private async Task<string> NextVoucherAsync(int year, CancellationToken ct)
    {
        var prefix = AccidentCover.VoucherFor(year, 0)[..^6];
        var last = await db.AccidentCovers.AsNoTracking()
            .Where(c => c.Year == year && c.Voucher != null && c.Voucher.StartsWith(prefix))
            .OrderByDescending(c => c.Voucher).Select(c => c.Voucher).FirstOrDefaultAsync(ct);
        var sequence = last is null ? 0 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        return AccidentCover.VoucherFor(year, sequence + 1);
    }
}
