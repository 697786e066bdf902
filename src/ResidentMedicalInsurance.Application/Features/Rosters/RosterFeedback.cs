using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 反馈清单 for the department: every row that is not matched, and every matched row county staff did not
/// approve, with its outcome, reason and what the department should do. Streamed (a roster has up to 100,000 rows).
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetRosterFeedback(Guid RosterId) : IQuery<TableDownload>;

/// <summary>A table to download as xlsx: its file name, sheet, headers and rows (read while the download is written).</summary>
public sealed record TableDownload(string FileName, string Sheet, IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<object?>> Rows);

public sealed class GetRosterFeedbackHandler(IAppDbContext db) : IRequestHandler<GetRosterFeedback, TableDownload>
{
    public async Task<TableDownload> Handle(GetRosterFeedback request, CancellationToken cancellationToken)
    {
        var roster = (await db.SubsidyRosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        var rows = db.RosterRows.AsNoTracking()
            .Where(r => r.RosterId == roster.Id && (r.Outcome != RosterOutcome.Matched || r.Decision == RowDecision.Rejected))
            .OrderBy(r => r.RowNumber)
            .AsAsyncEnumerable();
        var headers = new[] { "行号", "姓名", "身份证号", "资助类别", "认定部门", "认定日期", "乡镇", "村（社区）", "备注", "比对结果", "原因", "请部门处理" };
        var name = $"反馈清单-{roster.Department}-{roster.Year}-{Path.GetFileNameWithoutExtension(roster.FileName)}.xlsx";
        return new TableDownload(name, "反馈清单", headers, Lines(rows, roster));
    }

    // The department wrote the ID numbers; it gets back what it wrote, in full, to correct them.
    private static async IAsyncEnumerable<IReadOnlyList<object?>> Lines(IAsyncEnumerable<RosterRow> rows, SubsidyRoster roster)
    {
        await foreach (var r in rows.ConfigureAwait(false))
        {
            var rejected = r.Outcome == RosterOutcome.Matched;
            yield return
            [
                r.RowNumber, r.Name, r.IdNumberText, r.CategoryText, r.Department, r.CertifiedOnText, r.Township, r.Village, r.Note,
                rejected ? RosterTexts.Reason("Feedback_Rejected") : RosterTexts.Reason($"Outcome_{r.Outcome}"),
                rejected ? r.DecisionNote ?? roster.RejectReason : r.Reason,
                RosterTexts.Reason(rejected ? "Advice_Rejected" : $"Advice_{r.Outcome}"),
            ];
        }
    }
}
