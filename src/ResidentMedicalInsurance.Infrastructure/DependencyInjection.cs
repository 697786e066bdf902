using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Infrastructure.Auditing;
using ResidentMedicalInsurance.Infrastructure.DataProtection;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Files;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Time;

namespace ResidentMedicalInsurance.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Everything below the UI that every host shares (portal, CLI, test world): the database, the
    /// current user, the clock, identity's user and role managers, the key ring, and the application (the
    /// demo seeder sends its rosters through it). The portal adds sign-in and cookies on top.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddApplication();
        services.AddPersistence(options);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddBusinessClock(configuration);
        services.AddTransient<DatabaseInitializer>();
        services.AddTransient<DemoSeeder>();
        services.AddPortalIdentityCore();
        services.AddKeyRing(configuration);
        return services;
    }

    /// <summary>
    /// The application over a database for a host that brings its own user and clock instead of
    /// sign-in and configuration: the clerk test world and the load harness. The user type is scoped
    /// (set it per scope) and is the scope's <see cref="ICurrentUser"/>.
    /// </summary>
    public static IServiceCollection AddApplicationWith<TUser>(this IServiceCollection services, DatabaseOptions options, IClock clock)
        where TUser : class, ICurrentUser
    {
        services.AddLogging();
        services.AddApplication();
        services.AddPersistence(options);
        services.AddScoped<TUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TUser>());
        services.AddSingleton(clock);
        return services;
    }

    /// <summary>
    /// The one <see cref="IClock"/>: "now" and "today" of the scope user's tenant (<see cref="TenantClock"/>;
    /// the rule of <c>Clock:Start</c> and <c>Clock:StartByTenant</c> is in <see cref="BusinessDates"/>).
    /// Real time (<see cref="TimeProvider"/>) stays for cookies, lock-outs and keys.
    /// </summary>
    public static IServiceCollection AddBusinessClock(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BusinessDates(
            configuration, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddScoped<IClock, TenantClock>();
        return services;
    }

    /// <summary>
    /// The database side every host needs (the DbContext with its save hooks, tenant guard and audit
    /// trail, which its constructor requires, and the write gate), and the table-file reader and writer
    /// (<see cref="FilesServiceCollectionExtensions.AddTableFiles"/>), which imports and exports need in every host;
    /// hosts add their own <see cref="ICurrentUser"/> and <see cref="IClock"/> (AddInfrastructure, or
    /// <see cref="AddApplicationWith{TUser}"/> for the clerk test world and the load harness).
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.AddDbContext<AppDbContext>(builder => DatabaseProviders.Configure(builder, options));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.TryAddScoped<AuditScope>();
        services.AddScoped<TenantGuard>();
        services.AddScoped<IEnrolmentsElsewhere, EnrolmentsElsewhere>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<IUserNames, UserNames>();
        services.AddSingleton(WriteGates.For(options.Provider));
        services.TryAddScoped<InlineImportJobs>();
        services.TryAddScoped<IImportJobs>(sp => sp.GetRequiredService<InlineImportJobs>());
        services.AddTableFiles();
        services.AddScoped<IStagingRows, StagingRows>();
        services.AddScoped<AuditRows>();
        services.AddScoped<IAuditedBulkRows, AuditedBulkRows>();
        services.AddScoped<Demo.Scale.ScaleSeeder>();
        return services;
    }
}
