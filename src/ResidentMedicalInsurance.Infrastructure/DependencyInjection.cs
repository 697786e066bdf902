using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Infrastructure.Auditing;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Time;

namespace ResidentMedicalInsurance.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddPersistence(options);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddTransient<DatabaseInitializer>();
        services.AddTransient<DemoSeeder>();
        return services;
    }

    /// <summary>
    /// The database side every host needs (the DbContext, its audit trail and the write gate);
    /// hosts add their own <see cref="ICurrentUser"/> and <see cref="IClock"/>. Test worlds and the
    /// load harness call this directly.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.AddDbContext<AppDbContext>(builder => ConfigureDatabase(builder, options));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.TryAddScoped<AuditScope>();
        services.AddScoped<AuditTrail>();
        services.AddSingleton(WriteGates.For(options.Provider));
        return services;
    }

    /// <summary>The one place that knows both providers.</summary>
    public static void ConfigureDatabase(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        // Migrations are hand-written (no EF design tools here); the drift test guards them instead of a snapshot.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
