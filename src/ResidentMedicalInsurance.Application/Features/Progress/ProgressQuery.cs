using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 参保缴费进度: per township of the signed-in tenant (a clerk: their townships) for the current profile's year,
/// the plan, residents registered, live enrolments, paid enrolments (paid on or before <see cref="AsOf"/> when
/// given), paid against plan, subsidised persons by category and the notice's target groups; with a total line.
/// Sums of the maintained counters (ADR 0061): a few rows per township, whatever the county's size. Categories the
/// county bureau pays for (Shiquan's 特困供养) are left out of the townships and shown on their own line.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ProgressQuery(DateOnly? AsOf = null) : IQuery<ProgressReport>;

public sealed record ProgressReport(int Year, DateOnly? AsOf, IReadOnlyList<ProgressLine> Townships, ProgressLine Total)
{
    /// <summary>The persons the county bureau enrols and pays for, not in any township's figures; null when the notice has none.</summary>
    public ProgressLine? CountyPaid { get; init; }

    /// <summary>The notice's overall target rate (Shiquan: 0.99), null when it sets none.</summary>
    public double? TargetRate { get; init; }

    /// <summary>The notice's target clause, for the page's footnote.</summary>
    public string? TargetBasis { get; init; }

    /// <summary>The subsidy categories that appear in <see cref="ProgressLine.Subsidised"/>, with their labels, in the profile's order.</summary>
    public IReadOnlyList<CodeLabel> Categories { get; init; } = [];
}

public sealed record ProgressLine(Guid? TownshipId, string Township, int Plan, int Registered, int Enrolled, int Paid)
{
    /// <summary>Paid against plan, 0 when there is no plan.</summary>
    public double Rate => Plan == 0 ? 0 : (double)Paid / Plan;

    /// <summary>Live enrolments by the subsidy category they were quoted with (one per person: several identities count once).</summary>
    public IReadOnlyDictionary<string, int> Subsidised { get; init; } = new Dictionary<string, int>();

    /// <summary>The notice's target groups (Shiquan: 建档立卡 100%): enrolled and paid of the group.</summary>
    public IReadOnlyList<GroupProgress> Groups { get; init; } = [];

    public int SubsidisedTotal => Subsidised.Values.Sum();
}

public sealed record GroupProgress(string Name, int Enrolled, int Paid, double Target)
{
    public double Rate => Enrolled == 0 ? 0 : (double)Paid / Enrolled;
}

public sealed class ProgressQueryHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user) : IRequestHandler<ProgressQuery, ProgressReport>
{
    public Task<ProgressReport> Handle(ProgressQuery request, CancellationToken cancellationToken) =>
        ProgressReports.BuildAsync(db, policy, user, request.AsOf, cancellationToken);
}

/// <summary>The report <see cref="ProgressQuery"/> answers, for the handlers that export or freeze it (the xlsx, the monthly notice).</summary>
public static class ProgressReports
{
    public static async Task<ProgressReport> BuildAsync(IAppDbContext db, IPolicyGateway policy, ICurrentUser user, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        var year = profile.Year;
        var targets = policy.Targets(profile.Id);
        var townships = await db.VisibleTownshipsAsync(user, cancellationToken).ConfigureAwait(false);
        var ids = townships.Select(t => t.Id).ToList();
        var plans = await Plans.ForYearAsync(db, year, cancellationToken).ConfigureAwait(false);
        var counts = await ProgressCounts.ByTownshipAsync(db, ids, year, asOf, cancellationToken).ConfigureAwait(false);

        var countyPaid = targets.CountyPaidCategories.ToHashSet(StringComparer.Ordinal);
        ProgressLine Line(Guid? id, string name, int plan, IEnumerable<CategoryCount> rows, int registered)
        {
            var list = rows.ToList();
            return new ProgressLine(id, name, plan, registered, list.Sum(r => r.Enrolled), list.Sum(r => r.Paid))
            {
                Subsidised = list.Where(r => r.Category != "").GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Sum(r => r.Enrolled)),
                Groups = targets.Groups.Select(g => new GroupProgress(g.Name,
                    list.Where(r => g.Categories.Contains(r.Category)).Sum(r => r.Enrolled),
                    list.Where(r => g.Categories.Contains(r.Category)).Sum(r => r.Paid), g.Rate)).ToList(),
            };
        }

        var lines = townships.Select(t => Line(t.Id, t.Name, plans.GetValueOrDefault(t.Id),
            counts.Categories.Where(c => c.TownshipId == t.Id && !countyPaid.Contains(c.Category)), counts.Registered.GetValueOrDefault(t.Id))).ToList();
        var total = Line(null, ProgressTexts.Get("Total"), lines.Sum(l => l.Plan),
            counts.Categories.Where(c => !countyPaid.Contains(c.Category)), lines.Sum(l => l.Registered));
        var county = countyPaid.Count == 0 ? null
            : Line(null, ProgressTexts.Get("CountyPaid"), 0, counts.Categories.Where(c => countyPaid.Contains(c.Category)), 0);
        var used = counts.Categories.Select(c => c.Category).Where(c => c != "" && !countyPaid.Contains(c)).ToHashSet();
        return new ProgressReport(year, asOf, lines, total)
        {
            CountyPaid = county,
            TargetRate = targets.OverallRate,
            TargetBasis = targets.Basis?.Text,
            Categories = profile.Categories.Where(c => used.Contains(c.Code)).ToList(),
        };
    }
}
