using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Jobs;

/// <summary>
/// The job engine (Quartz.NET, ADR 0053): a persistent, clustered store in the portal's own database on
/// PostgreSQL and SQL Server (tables QRTZ_*, created when missing), and on the embedded SQLite default a
/// store in a file beside the database (<c>rmi.jobs.db</c>), so jobs survive a restart on every provider and
/// a long job never holds the portal database's single writer.
/// </summary>
public static class JobEngine
{
    public static IServiceCollection AddJobEngine(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "rmi");
            q.UseDefaultThreadPool(2);
            // 个人账户划入 each night from the credit-by day (ADR 0068).
            q.AddJob<PersonalAccountCreditJob>(j => j.WithIdentity(PersonalAccountCreditJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(PersonalAccountCreditJob.Key).WithIdentity("personal-account-credit", "accounts")
                .WithCronSchedule(PersonalAccountCreditJob.Schedule, c => c.InTimeZone(TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time"))));
            q.UsePersistentStore(store =>
            {
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                switch (options.Provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(options.ConnectionString);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(options.ConnectionString);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                        break;
                    default:
                        store.UseSqlite(JobStoreFile(options.ConnectionString));
                        break;
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        services.Replace(ServiceDescriptor.Scoped<IImportJobs, QuartzImportJobs>());
        services.AddHostedService<ImportJobRecovery>();
        return services;
    }

    /// <summary>The SQLite job store: the portal database's file name with <c>.jobs</c> before the extension.</summary>
    public static string JobStoreFile(string portalConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(portalConnectionString);
        var file = builder.DataSource;
        var jobs = file is "" or ":memory:"
            ? Path.Combine(Path.GetTempPath(), $"rmi-jobs-{Guid.NewGuid():N}.db")
            : Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + ".jobs" + Path.GetExtension(file));
        return new SqliteConnectionStringBuilder { DataSource = jobs, Pooling = false }.ToString();
    }
}
