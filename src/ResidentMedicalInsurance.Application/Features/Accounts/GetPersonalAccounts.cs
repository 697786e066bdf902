using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Accounts;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// 个人账户 page: for an insurance year (default the current one) the profile's rule, or the zh-CN reason there is none;
/// persons paid, credited and still due, the total credited and refunded, and the last crediting run.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetPersonalAccounts(int? Year = null) : IQuery<PersonalAccountsOverview>;

public sealed record PersonalAccountsOverview(
    int Year, PersonalAccountView? Rule, string? Refusal, int PaidPersons, int Credited, int NotCredited,
    long TotalCreditedFen, int Refunded, long TotalRefundedFen, LastCreditRun? LastRun)
{
    public string TotalCreditedText => Display.Yuan(TotalCreditedFen);
    public string TotalRefundedText => Display.Yuan(TotalRefundedFen);
    public string CreditByText => Rule is null ? "—" : Display.Date(Rule.CreditBy);
}

/// <summary>The latest run that credited anyone: when, by whom, how many.</summary>
public sealed record LastCreditRun(DateTimeOffset At, string By, int Credited)
{
    public string AtText => Display.Time(At);
}

public sealed class GetPersonalAccountsHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<GetPersonalAccounts, PersonalAccountsOverview>
{
    public async Task<PersonalAccountsOverview> Handle(GetPersonalAccounts request, CancellationToken cancellationToken)
    {
        var (year, rule, refusal) = await PersonalAccountYear.RuleAsync(db, policy, request.Year, cancellationToken);
        var (paid, due) = await PersonalAccountQueries.PaidAndNotCreditedAsync(db, year, cancellationToken);
        var notCredited = due.Count;
        var credits = PersonalAccountQueries.Credits(db, year);
        var credited = await credits.CountAsync(cancellationToken);
        var creditedFen = await credits.SumAsync(a => (long?)a.AmountFen, cancellationToken) ?? 0;
        var refunds = db.PersonalAccountEntries.AsNoTracking().Where(a => a.Year == year && a.Kind == PersonalAccountEntryKind.Refund);
        var refunded = await refunds.CountAsync(cancellationToken);
        var refundedFen = -(await refunds.SumAsync(a => (long?)a.AmountFen, cancellationToken) ?? 0);
        // One group per run (a run books all its entries at one time); runs are few, the latest is picked here (SQLite cannot order times).
        var runs = await credits.GroupBy(a => new { a.RecordedAt, a.RecordedBy })
            .Select(g => new { g.Key.RecordedAt, g.Key.RecordedBy, Count = g.Count() }).ToListAsync(cancellationToken);
        var last = runs.MaxBy(r => r.RecordedAt) is { } run ? new LastCreditRun(run.RecordedAt, run.RecordedBy, run.Count) : null;

        return new PersonalAccountsOverview(year, rule, refusal, paid, credited, notCredited, creditedFen, refunded, refundedFen, last);
    }
}
