using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>A pasted ID number that cannot be on the batch, with the reason beside it: <paramref name="Index"/> is its place in the paste (1-based).</summary>
public sealed record PastedProblem(int Index, string Text, string Reason);

/// <summary>
/// The residents of a township batch: the township (the clerk's own, else "not found"), the 待缴费 list searched by
/// name, ID number (or its last digits), village or household number, and the clerk's ticks and pasted ID numbers
/// turned into the year's enrolments.
/// </summary>
internal static class TownshipSelection
{
    public const int MaxPasted = PaymentBatches.MaxPersons;

    private static readonly char[] Separators = ['\n', '\r', '\t', ' ', '\u3000', ',', '，', ';', '；', '、'];

    public static async Task<Township> TownshipAsync(IAppDbContext db, ICurrentUser user, Guid townshipId, CancellationToken ct) =>
        (user.CanSee(townshipId) ? await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Id == townshipId, ct) : null).Found();

    /// <summary>A search of the list: at most 50 characters, like the residents' search.</summary>
    public static IRuleBuilderOptions<T, string?> DueFilter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(50).WithMessage(_ => Messages.Get("SearchResidents_TextTooLong"));

    /// <summary>At most <see cref="MaxPasted"/> pasted ID numbers.</summary>
    public static IRuleBuilderOptions<T, string?> PastedIdNumbers<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => Split(text).Count <= MaxPasted).WithMessage(_ => CollectionTexts.Format("Township_PastedTooLong", MaxPasted));

    /// <summary>The township's 待缴费 list of the current year that matches <paramref name="filter"/> (the township in scope, else "not found").</summary>
    public static async Task<IQueryable<Enrollment>> DueAsync(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, Guid townshipId, string? filter, CancellationToken ct)
    {
        var township = await TownshipAsync(db, user, townshipId, ct);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        return Due(db, township.Id, profile.Year, filter);
    }

    /// <summary>A batch's persons as the clerk chose them (<see cref="ResolveAsync"/>) in the township in scope, with the tenant's code.</summary>
    public static async Task<(string TenantCode, Township Township, List<Enrollment> Enrollments, List<PastedProblem> Problems)> ChosenAsync(
        IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, Guid townshipId, IReadOnlyCollection<Guid> ticked, string? pasted,
        bool track, CancellationToken ct)
    {
        var township = await TownshipAsync(db, user, townshipId, ct);
        var (tenantCode, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct);
        var (enrollments, problems) = await ResolveAsync(db, clock, township.Id, profile.Year, ticked, pasted, track, ct);
        return (tenantCode, township, enrollments, problems);
    }

    /// <summary>The pasted text as ID numbers: one a line, or separated by commas, semicolons or spaces.</summary>
    public static IReadOnlyList<string> Split(string? pasted) =>
        (pasted ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The township's enrolments of <paramref name="year"/> awaiting payment that match <paramref name="filter"/>, in list order.</summary>
    public static IQueryable<Enrollment> Due(IAppDbContext db, Guid townshipId, int year, string? filter)
    {
        var text = filter?.Trim() ?? "";
        var idText = text.ToUpperInvariant();
        return
            from e in db.Enrollments.AsNoTracking()
            join r in db.Residents on e.ResidentId equals r.Id
            join h in db.Households on e.HouseholdId equals h.Id
            where e.TownshipId == townshipId && e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment
            where text.Length == 0 || r.Name.Contains(text) || h.Village.Contains(text) || h.Number == text
                || r.IdNumber == idText || (idText.Length >= 4 && r.IdNumber.EndsWith(idText))
            orderby h.Village, h.Number, r.Relationship, r.BirthDate, r.IdNumber
            select e;
    }

    /// <summary>
    /// The enrolments of the ticked ids (the township's of <paramref name="year"/> only, else "not found") and of the
    /// pasted ID numbers, each once; a pasted number that is not valid, not a resident of the township, listed twice or
    /// not enrolled for the year is a problem with its reason.
    /// </summary>
    public static async Task<(List<Enrollment> Enrollments, List<PastedProblem> Problems)> ResolveAsync(
        IAppDbContext db, IClock clock, Guid townshipId, int year, IReadOnlyCollection<Guid> ticked, string? pasted, bool track, CancellationToken ct)
    {
        var enrollments = track ? db.Enrollments : db.Enrollments.AsNoTracking();
        var ids = ticked.ToHashSet();
        var chosen = ids.Count == 0 ? [] : await enrollments.Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (chosen.Count != ids.Count || chosen.Any(e => e.TownshipId != townshipId || e.Year != year))
        {
            throw new NotFoundException(ClerkScope.NotFoundMessage);
        }

        var problems = new List<PastedProblem>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var wanted = new List<(int Index, string Text, string Number)>();
        foreach (var (text, index) in Split(pasted).Select((t, i) => (t, i + 1)))
        {
            if (!ResidentIdNumber.TryParse(RosterValues.IdText(text).ToUpperInvariant(), clock.Today, out var id, out var error))
            {
                problems.Add(new(index, text, ResidentIdMessages.Of(error)));
            }
            else if (numbers.TryGetValue(id.Value, out var first))
            {
                problems.Add(new(index, text, CollectionTexts.Format("Pasted_Twice", first)));
            }
            else
            {
                numbers[id.Value] = index;
                wanted.Add((index, text, id.Value));
            }
        }

        if (wanted.Count > 0)
        {
            var values = wanted.Select(w => w.Number).ToList();
            var residents = await db.Residents.AsNoTracking().Where(r => r.TownshipId == townshipId && values.Contains(r.IdNumber))
                .Select(r => new { r.Id, r.IdNumber, r.Name }).ToDictionaryAsync(r => r.IdNumber, StringComparer.Ordinal, ct);
            var residentIds = residents.Values.Select(r => r.Id).ToList();
            var byResident = (await enrollments.Where(e => e.Year == year && residentIds.Contains(e.ResidentId)).ToListAsync(ct))
                .ToLookup(e => e.ResidentId);
            foreach (var w in wanted)
            {
                if (!residents.TryGetValue(w.Number, out var resident))
                {
                    problems.Add(new(w.Index, w.Text, CollectionTexts.Get("Pasted_Unknown")));
                    continue;
                }

                // The live enrolment, else the latest that ended (its refusal says so).
                var enrollment = byResident[resident.Id].OrderBy(e => e.Status == EnrollmentStatus.Ended).ThenByDescending(e => e.EnrolledAt).FirstOrDefault();
                if (enrollment is null)
                {
                    problems.Add(new(w.Index, w.Text, CollectionTexts.Format("Pasted_NotEnrolled", resident.Name, year)));
                }
                else if (ids.Add(enrollment.Id))
                {
                    chosen.Add(enrollment);
                }
            }
        }

        return (chosen, problems.OrderBy(p => p.Index).ToList());
    }

    /// <summary>第 3 个 3504…：reason；… for the refusal of a command sent with problems in its paste.</summary>
    public static string Describe(IEnumerable<PastedProblem> problems) =>
        string.Join("；", problems.Select(p => CollectionTexts.Format("Pasted_Problem", p.Index, p.Text, p.Reason)));
}
