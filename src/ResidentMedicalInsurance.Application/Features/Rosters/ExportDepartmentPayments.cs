using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The department payment list as the xlsx the department pays from: full ID numbers (the department must
/// identify each person), so the export is a command and is audited like a reveal.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ExportDepartmentPayments(string Department) : ICommand<TableDownload>;

public sealed class ExportDepartmentPaymentsHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<ExportDepartmentPayments, TableDownload>
{
    public async Task<TableDownload> Handle(ExportDepartmentPayments request, CancellationToken cancellationToken)
    {
        var (_, tenantName, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var due = await DepartmentPayments.ForAsync(db, policy, profile, request.Department, clock.Today, false, cancellationToken);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var rows = due.Select((d, i) => (IReadOnlyList<object?>)
        [
            i + 1, d.Resident.Name, d.Resident.IdNumber, townships[d.Resident.TownshipId], d.Category.Name, d.Certification.Department,
            Display.Date(d.Certification.CertifiedOn), d.Quote.SubsidyFen!.Value / 100m, d.Category.FundedBy, d.Certification.Source,
        ]).ToList();
        AuditNote.Add(db, user, clock, nameof(ExportDepartmentPayments), "DepartmentPaymentList", Guid.Empty, AuditOperation.Revealed,
            after: RosterTexts.Reason("Audit_DepartmentListExported", request.Department, due.Count));
        await db.SaveChangesAsync(cancellationToken);
        return new TableDownload(
            $"部门代缴名册-{tenantName}-{profile.Year}-{request.Department}-{Display.Date(clock.Today)}.xlsx", "代缴名册",
            ["序号", "姓名", "身份证号", "乡镇", "资助类别", "认定部门", "认定日期", "代缴金额（元）", "资金来源", "资助名单"], TableRows.Of(rows));
    }
}

/// <summary>Rows already in memory as the async sequence a download writes.</summary>
internal static class TableRows
{
    public static async IAsyncEnumerable<IReadOnlyList<object?>> Of(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
