using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Reconciliation;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>审签: county staff sign a period's statement off; its figures are kept as signed and the period is closed (ADR 0057).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SignOffPeriod(DateOnly PeriodStart) : ICommand<string>;

/// <summary>已送财政: the signed statement went to finance.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SendPeriodToFinance(DateOnly PeriodStart) : ICommand<string>;

public sealed class SignOffPeriodHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names, ICurrentUser user)
    : IRequestHandler<SignOffPeriod, string>
{
    public async Task<string> Handle(SignOffPeriod request, CancellationToken cancellationToken)
    {
        var calendar = await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken);
        var (period, summary) = calendar.Find(request.PeriodStart);
        if (FundStatements.SignOffBlocker(calendar, summary) is { } blocker)
        {
            throw new AppException(blocker);
        }

        var figures = await StatementCalculator.ComputeAsync(db, policy, calendar.TenantCode, calendar.Profile, period, cancellationToken);
        db.PeriodSignOffs.Add(new PeriodSignOff
        {
            Id = Guid.CreateVersion7(),
            Year = calendar.Profile.Year,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Status = SignOffStatus.SignedOff,
            SignedAt = clock.Now,
            SignedBy = user.UserName ?? "",
            Figures = FundStatements.Serialize(figures),
        });
        await SaveGuard.SaveAsync(db, ReconciliationTexts.Format("SignOff_Concurrent", period.Name), cancellationToken);
        return ReconciliationTexts.Format("SignOff_Done", period.Name, figures.Persons, Display.Yuan(figures.AmountFen));
    }
}

public sealed class SendPeriodToFinanceHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names, ICurrentUser user)
    : IRequestHandler<SendPeriodToFinance, string>
{
    public async Task<string> Handle(SendPeriodToFinance request, CancellationToken cancellationToken)
    {
        var calendar = await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken);
        var (period, _) = calendar.Find(request.PeriodStart);
        var signOff = await db.PeriodSignOffs.FirstOrDefaultAsync(s => s.PeriodStart == period.Start, cancellationToken)
            ?? throw new AppException(ReconciliationTexts.Format("Send_NotSigned", period.Name));
        try
        {
            signOff.SendToFinance(user.UserName ?? "", clock.Now);
        }
        catch (Domain.Common.DomainException)
        {
            throw new AppException(ReconciliationTexts.Format("Send_Already", period.Name));
        }

        await SaveGuard.SaveAsync(db, ReconciliationTexts.Format("SignOff_Concurrent", period.Name), cancellationToken);
        return ReconciliationTexts.Format("Send_Done", period.Name);
    }
}
