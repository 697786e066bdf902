using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>The dashboard's township table as xlsx, as the user sees it (their townships, the chosen date); no personal data.</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ExportProgress(DateOnly? AsOf = null) : IQuery<TableDownload>;

public sealed class ExportProgressHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user, IClock clock) : IRequestHandler<ExportProgress, TableDownload>
{
    public async Task<TableDownload> Handle(ExportProgress request, CancellationToken cancellationToken)
    {
        var report = await ProgressReports.BuildAsync(db, policy, user, request.AsOf, cancellationToken).ConfigureAwait(false);
        var day = request.AsOf ?? clock.Today;
        return new TableDownload($"参保缴费进度-{report.Year}-{day:yyyy-MM-dd}.xlsx", "参保缴费进度", ProgressLines.Headers(report), TableRows.Of(ProgressLines.Of(report)));
    }
}

/// <summary>The township table as rows: township, plan, registered, enrolled, paid, rate, subsidised, each category, each group.</summary>
public static class ProgressLines
{
    public static IReadOnlyList<string> Headers(ProgressReport report) =>
    [
        T("Column_Township"), T("Column_Plan"), T("Column_Registered"), T("Column_Enrolled"), T("Column_Paid"), T("Column_Rate"), T("Column_Subsidised"),
        .. report.Categories.Select(c => c.Label),
        .. report.Total.Groups.SelectMany(g => new[] { $"{g.Name}{T("Column_GroupEnrolled")}", $"{g.Name}{T("Column_GroupPaid")}" }),
    ];

    public static IEnumerable<IReadOnlyList<object?>> Of(ProgressReport report) =>
        report.Townships.Append(report.Total).Concat(report.CountyPaid is { } county ? [county] : []).Select(line => Row(report, line));

    private static IReadOnlyList<object?> Row(ProgressReport report, ProgressLine line) =>
    [
        line.Township, line.Plan, line.Registered, line.Enrolled, line.Paid, line.Plan == 0 ? null : Math.Round(line.Rate, 4), line.SubsidisedTotal,
        .. report.Categories.Select(c => (object?)line.Subsidised.GetValueOrDefault(c.Code)),
        .. line.Groups.SelectMany(g => new object?[] { g.Enrolled, g.Paid }),
    ];

    private static string T(string key) => ProgressTexts.Get(key);
}
