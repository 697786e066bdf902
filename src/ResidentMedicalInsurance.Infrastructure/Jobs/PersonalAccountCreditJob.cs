using System.Globalization;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Accounts;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// 个人账户划入 (ADR 0068), every night: for each tenant whose current profile has a personal account and whose business
/// day has reached the credit-by day (Y-01-10), credits the year as <see cref="CreditPersonalAccounts"/> does for staff,
/// signed in as the job. Idempotent, so running each night also credits enrolments paid since (newborns, late cases).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PersonalAccountCreditJob(IServiceScopeFactory scopes, ILogger<PersonalAccountCreditJob> logger) : IJob
{
    public static readonly JobKey Key = new("personal-account-credit", "accounts");

    /// <summary>01:30 China time each day.</summary>
    public const string Schedule = "0 30 1 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        List<(Guid Id, string ProfileId)> tenants;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            tenants = (await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().AsNoTracking()
                .Select(t => new { t.Id, t.CurrentProfileId }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(t => (t.Id, t.CurrentProfileId)).ToList();
        }

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        foreach (var (tenantId, profileId) in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            var profile = scope.ServiceProvider.GetRequiredService<IPolicyGateway>().FindProfile(profileId);
            if (profile?.PersonalAccount is not { } rule)
            {
                continue;
            }

            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.JobPrincipal(tenantId, "job", "job:personal-accounts");
            if (scope.ServiceProvider.GetRequiredService<IClock>().Today < rule.CreditBy)
            {
                continue;
            }

            try
            {
                var credited = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreditPersonalAccounts(profile.Year), cancellationToken).ConfigureAwait(false);
                LogCredited(logger, tenantId, profile.Year, credited.Credited);
            }
            catch (AppException ex)
            {
                LogRefused(logger, tenantId, profile.Year, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Personal accounts of tenant {TenantId} for {Year}: {Credited} credited")]
    private static partial void LogCredited(ILogger logger, Guid tenantId, int year, int credited);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal accounts of tenant {TenantId} for {Year} not credited: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid tenantId, int year, string reason);
}
