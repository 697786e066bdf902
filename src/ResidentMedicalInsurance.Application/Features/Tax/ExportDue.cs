using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 应缴费信息 for the tax bureau (ADR 0054): the tenant's (or one township's) enrolled-not-paid persons of the
/// current profile year with the amount the policy asks on <see cref="Date"/>, quoted per enrolment. Left out,
/// and counted in <see cref="DueExport.Counts"/>: persons whose payment the policy would not take on that date
/// (window not open or closed, not eligible), and persons who owe 0 because a department pays (部门代缴).
/// Full ID numbers, so it is a command and audited like a reveal; the rows stream while the file is written.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ExportDue(DateOnly Date, Guid? TownshipId, DueFileFormat Format) : ICommand<DueExport>
{
    /// <summary>Enrolments read and quoted per query.</summary>
    public const int ChunkSize = 10_000;
}

public enum DueFileFormat
{
    Xlsx,
    Csv,
}

/// <summary>The file to write, and the counts, complete once its rows have been read.</summary>
public sealed record DueExport(TableDownload Download, DueCounts Counts);

public sealed class ExportDueHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy) : IRequestHandler<ExportDue, DueExport>
{
    public async Task<DueExport> Handle(ExportDue request, CancellationToken cancellationToken)
    {
        var (_, tenantName, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var townships = await DueList.TownshipsAsync(db, request.TownshipId, cancellationToken);
        var scope = request.TownshipId is null ? DueTexts.Chinese("Due_AllTownships") : townships[0].Name;
        var format = request.Format == DueFileFormat.Csv ? "csv" : "xlsx";
        AuditNote.Add(db, user, clock, nameof(ExportDue), "DueList", request.TownshipId ?? Guid.Empty, AuditOperation.Revealed,
            after: DueTexts.Chinese("Due_AuditExported", Display.Date(request.Date), scope, profile.Year, format));
        await db.SaveChangesAsync(cancellationToken);

        var counts = new DueCounts();
        var name = $"应缴费信息-{tenantName}{(request.TownshipId is null ? "" : "-" + scope)}-{profile.Year}-{request.Date:yyyyMMdd}.{format}";
        var lines = DueList.ReadAsync(db, policy, profile.Year, request.Date, townships, counts, cancellationToken);
        return new DueExport(new TableDownload(name, "应缴费信息", DueList.Headers, Rows(lines)), counts);
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IAsyncEnumerable<DueList.Line> lines)
    {
        await foreach (var l in lines.ConfigureAwait(false))
        {
            // Yuan with two decimals (scale 2: 250.00, written so in the csv).
            yield return [l.Resident.IdNumber, l.Resident.Name, l.Township, l.Village, l.Year, (l.AmountFen / 100m) + 0.00m, DueList.InsuranceKind];
        }
    }
}
