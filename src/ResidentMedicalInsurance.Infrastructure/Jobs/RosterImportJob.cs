using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// Runs <see cref="RosterImport"/> for one roster in its own scope, signed in as the county staff member who
/// uploaded it (tenant and audit name from the job's data). One at a time per roster.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RosterImportJob(IServiceScopeFactory scopes, ILogger<RosterImportJob> logger) : IJob
{
    public const string RosterId = "rosterId";
    public const string TenantId = "tenantId";
    public const string UserId = "userId";
    public const string UserName = "userName";

    public static JobKey KeyFor(Guid rosterId) => new($"roster-import-{rosterId:N}", "rosters");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var rosterId = Guid.Parse((string)data[RosterId]!);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.JobPrincipal(
            Guid.Parse((string)data[TenantId]!), (string)data[UserId]!, (string)data[UserName]!);

        // Row reasons go to the department in Chinese; dates in them are the portal's.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var status = await scope.ServiceProvider.GetRequiredService<RosterImport>().RunAsync(rosterId, cancellationToken).ConfigureAwait(false);
        LogFinished(logger, rosterId, status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster import {RosterId} ended {Status}")]
    private static partial void LogFinished(ILogger logger, Guid rosterId, Domain.Rosters.RosterStatus? status);
}
