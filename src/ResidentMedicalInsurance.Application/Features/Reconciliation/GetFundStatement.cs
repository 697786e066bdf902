using System.Text.Json;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>
/// 对账单 of one period (default: the last period that has ended and is not signed off, else the current one):
/// the figures as signed once signed, the live figures before.
/// </summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record GetFundStatement(DateOnly? PeriodStart = null) : IQuery<FundStatement>;

public sealed record FundStatement(
    string TenantName, int Year, string ProfileTitle, PeriodSummary Period, StatementFigures Figures, bool AsSigned,
    string? SignOffBlocker, string PreparedAtText)
{
    public bool CanSignOff => SignOffBlocker is null;
}

public sealed class GetFundStatementHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names)
    : IRequestHandler<GetFundStatement, FundStatement>
{
    public async Task<FundStatement> Handle(GetFundStatement request, CancellationToken cancellationToken)
    {
        var calendar = await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken);
        var start = request.PeriodStart ?? DefaultPeriod(calendar, clock.Today);
        return await FundStatements.BuildAsync(db, policy, clock, calendar, start, cancellationToken);
    }

    private static DateOnly DefaultPeriod(PeriodCalendar calendar, DateOnly today) =>
        (calendar.Summaries.LastOrDefault(s => s.Ended && !s.SignedOff)
         ?? calendar.Summaries.FirstOrDefault(s => s.Start <= today && today <= s.End)
         ?? calendar.Summaries[^1]).Start;
}

internal static class FundStatements
{
    private static readonly JsonSerializerOptions Json = new();

    public static string Serialize(StatementFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static async Task<FundStatement> BuildAsync(
        IAppDbContext db, IPolicyGateway policy, IClock clock, PeriodCalendar calendar, DateOnly start, CancellationToken ct)
    {
        var (period, summary) = calendar.Find(start);
        var signOff = calendar.SignOffs.GetValueOrDefault(start);
        var figures = signOff is not null
            ? JsonSerializer.Deserialize<StatementFigures>(signOff.Figures, Json)!
            : await StatementCalculator.ComputeAsync(db, policy, calendar.TenantCode, calendar.Profile, period, ct);
        return new FundStatement(calendar.TenantName, calendar.Profile.Year, calendar.Profile.Title, summary, figures, signOff is not null,
            SignOffBlocker(calendar, summary), Display.Time(clock.Now));
    }

    /// <summary>Why the period cannot be signed off now, or null: it must have ended, and the one before it be signed.</summary>
    public static string? SignOffBlocker(PeriodCalendar calendar, PeriodSummary summary)
    {
        if (summary.SignedOff)
        {
            return ReconciliationTexts.Format("SignOff_Already", summary.Name, summary.SignedText);
        }

        if (!summary.Ended)
        {
            return ReconciliationTexts.Format("SignOff_NotEnded", summary.Name, Display.Date(summary.End));
        }

        var index = calendar.Summaries.ToList().IndexOf(summary);
        return index > 0 && !calendar.Summaries[index - 1].SignedOff
            ? ReconciliationTexts.Format("SignOff_PreviousFirst", calendar.Summaries[index - 1].Name)
            : null;
    }
}
