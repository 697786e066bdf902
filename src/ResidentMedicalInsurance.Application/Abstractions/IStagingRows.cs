namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// Writes many staging rows (an import's 100,000 rows) in the command's transaction without the change
/// tracker: only for <see cref="Domain.Auditing.INotAudited"/> rows, whose record is audited instead. The
/// rows get the signed-in tenant; a row of another tenant is refused like any save.
/// </summary>
public interface IStagingRows
{
    Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, Domain.Auditing.INotAudited, Domain.Tenancy.ITenantOwned;
}
