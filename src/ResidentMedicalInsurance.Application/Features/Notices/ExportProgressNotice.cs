using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>A progress notice as xlsx: the ranked township lines and the total as issued (no personal data, not audited).</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record ExportProgressNotice(Guid NoticeId) : IQuery<TableDownload>;

public sealed class ExportProgressNoticeHandler(IAppDbContext db, IPolicyGateway policy, IUserNames names) : IRequestHandler<ExportProgressNotice, TableDownload>
{
    public async Task<TableDownload> Handle(ExportProgressNotice request, CancellationToken cancellationToken)
    {
        var notice = await StoredNotices.LoadAsync(db, policy, names, request.NoticeId, cancellationToken).ConfigureAwait(false);
        var name = NoticeTexts.Chinese("Export_FileName", notice.TenantName, notice.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new TableDownload(name, NoticeTexts.Chinese("Export_Sheet"), NoticeTable.Headers, TableRows.Of(NoticeTable.Rows(notice.Lines)));
    }
}

/// <summary>The notice's table as rows: the xlsx and the printed page show the same columns in the same order.</summary>
public static class NoticeTable
{
    public static IReadOnlyList<string> Headers =>
        [T("Column_Rank"), T("Column_Township"), T("Column_Plan"), T("Column_Registered"), T("Column_Enrolled"), T("Column_Paid"), T("Column_Rate")];

    public static IEnumerable<IReadOnlyList<object?>> Rows(NoticeLines lines)
    {
        foreach (var t in lines.Townships)
        {
            yield return [t.Rank, t.Township, t.Plan, t.Registered, t.Enrolled, t.Paid, NoticeLines.PercentNumber(t.Rate)];
        }

        var total = lines.Total;
        yield return [null, T("Total"), total.Plan, total.Registered, total.Enrolled, total.Paid, NoticeLines.PercentNumber(total.Rate)];
    }

    private static string T(string key) => NoticeTexts.Get(key);
}
