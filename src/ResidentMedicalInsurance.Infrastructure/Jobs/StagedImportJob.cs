using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Runs the <see cref="IStagedImportRunner"/> of one staged file in its own scope, signed in as the county staff
/// member who uploaded it (tenant and audit name from the job's data). One at a time per file.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StagedImportJob(IServiceScopeFactory scopes, ILogger<StagedImportJob> logger) : IJob
{
    public const string Kind = "kind";
    public const string Id = "id";
    public const string TenantId = "tenantId";
    public const string UserId = "userId";
    public const string UserName = "userName";

    public static JobKey KeyFor(StagedImport kind, Guid id) => new($"{kind}-import-{id:N}", "imports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var kind = Enum.Parse<StagedImport>((string)data[Kind]!);
        var id = Guid.Parse((string)data[Id]!);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.JobPrincipal(
            Guid.Parse((string)data[TenantId]!), (string)data[UserId]!, (string)data[UserName]!);

        // Row reasons go to the department in Chinese; dates in them are the portal's.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var runner = scope.ServiceProvider.GetServices<IStagedImportRunner>().Single(r => r.Kind == kind);
        var status = await runner.RunAsync(id, cancellationToken).ConfigureAwait(false);
        LogFinished(logger, kind, id, status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} import {Id} ended {Status}")]
    private static partial void LogFinished(ILogger logger, StagedImport kind, Guid id, string? status);
}
