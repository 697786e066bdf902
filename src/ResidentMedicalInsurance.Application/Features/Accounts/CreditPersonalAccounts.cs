using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// 个人账户划入 (连政办发〔2007〕149号 第七条, ADR 0068): credits the profile's yearly amount to the personal account of every
/// resident whose enrolment of <see cref="Year"/> is paid and in force (not ended) and who has no credit for that year yet.
/// Set-based: one read of who is due, then the entries and their audit entries written in bulk in the command's one
/// transaction (ADR 0056). Idempotent: the unique index (resident, year, kind) and the not-yet-credited read make a second
/// run credit nobody. Run by county staff (the 个人账户 page), the daily job from the credit-by day, or <c>rmi accounts credit</c>.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record CreditPersonalAccounts(int Year) : ICommand<PersonalAccountsCredited>;

public sealed record PersonalAccountsCredited(int Year, int Credited, long TotalFen, string Message);

public sealed class CreditPersonalAccountsValidator : AbstractValidator<CreditPersonalAccounts>
{
    public CreditPersonalAccountsValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage(_ => AccountsTexts.Get("Credit_YearInvalid"));
}

public sealed class CreditPersonalAccountsHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IAuditedBulkRows bulk)
    : IRequestHandler<CreditPersonalAccounts, PersonalAccountsCredited>
{
    private const int Chunk = 5000;

    public async Task<PersonalAccountsCredited> Handle(CreditPersonalAccounts request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var rule = await PersonalAccountYear.RequireAsync(db, policy, year, cancellationToken);
        var due = await PersonalAccountQueries.NotCreditedAsync(db, year, cancellationToken);
        var (at, by, on) = (clock.Now, user.UserName ?? "", clock.Today);
        try
        {
            foreach (var chunk in due.Chunk(Chunk))
            {
                var entries = chunk.Select(e => PersonalAccountEntry.Credit(e.ResidentId, e.HouseholdId, e.TownshipId, year, rule.AmountFen, on, rule.Basis, at, by)).ToList();
                await bulk.InsertAsync(entries, cancellationToken);
            }
        }
        catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex))
        {
            // Another run credited some of them at the same time: this one rolls back, the other stands.
            throw new AppException(AccountsTexts.Get("Credit_Conflict"));
        }

        var total = due.Count * rule.AmountFen;
        return new PersonalAccountsCredited(year, due.Count, total, due.Count == 0
            ? AccountsTexts.Format("Credit_Nothing", year)
            : AccountsTexts.Format("Credit_Done", year, due.Count, Display.Yuan(rule.AmountFen), Display.Yuan(total)));
    }
}

internal sealed record DueCredit(Guid ResidentId, Guid HouseholdId, Guid TownshipId);

/// <summary>The reads the crediting and the 个人账户 page share.</summary>
internal static class PersonalAccountQueries
{
    /// <summary>Paid, in-force enrolments of the year (<see cref="EnrollmentStatus.Paid"/>; an ended one is not paid).</summary>
    public static IQueryable<Enrollment> Paid(IAppDbContext db, int year) =>
        db.Enrollments.AsNoTracking().Where(e => e.Year == year && e.Status == EnrollmentStatus.Paid);

    /// <summary>
    /// The residents (with household and township) whose enrolment of the year is paid and who have no credit for that year:
    /// two plain reads compared in memory, not an anti-join, so no plan depends on statistics a bulk insert just made stale
    /// (on PostgreSQL a NOT EXISTS right after a county's COPY took 30 s).
    /// </summary>
    public static async Task<List<DueCredit>> NotCreditedAsync(IAppDbContext db, int year, CancellationToken ct) =>
        (await PaidAndNotCreditedAsync(db, year, ct)).Due;

    /// <summary>The persons paid for the year (counted once each) and those of them not yet credited, from the same two reads.</summary>
    public static async Task<(int PaidPersons, List<DueCredit> Due)> PaidAndNotCreditedAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var credited = (await Credits(db, year).Select(a => a.ResidentId).ToListAsync(ct)).ToHashSet();
        var paid = (await Paid(db, year).Select(e => new DueCredit(e.ResidentId, e.HouseholdId, e.TownshipId)).ToListAsync(ct))
            .DistinctBy(e => e.ResidentId).ToList();
        return (paid.Count, paid.Where(e => !credited.Contains(e.ResidentId)).ToList());
    }

    public static IQueryable<PersonalAccountEntry> Credits(IAppDbContext db, int year) =>
        db.PersonalAccountEntries.AsNoTracking().Where(a => a.Year == year && a.Kind == PersonalAccountEntryKind.Credit);

    /// <summary>A resident's balance in fen: the sum of their entries.</summary>
    public static async Task<long> BalanceAsync(IAppDbContext db, Guid residentId, CancellationToken ct) =>
        await db.PersonalAccountEntries.Where(a => a.ResidentId == residentId).SumAsync(a => (long?)a.AmountFen, ct) ?? 0;
}
