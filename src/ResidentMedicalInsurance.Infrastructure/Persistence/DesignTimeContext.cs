using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Infrastructure.Auditing;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Time;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// A context for one provider with nobody signed in, for tools that only need the model: the
/// migrations projects' design-time factories and the tests that script or diff migrations. It has
/// the save hooks like every context: a save with nobody signed in is refused.
/// </summary>
public static class DesignTimeContext
{
    public static AppDbContext Create(DatabaseProvider provider)
    {
        // Never opened: the model and the migrations only need a connection string of the right form.
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=design_time",
            _ => "Server=localhost;Database=design_time;TrustServerCertificate=true",
        };
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseProviders.Configure(builder, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        var nobody = new CurrentUser();
        var auditTrail = new AuditTrail(new AuditScope(), nobody, new SystemClock(TimeProvider.System));
        return new AppDbContext(builder.Options, nobody, new TenantGuard(nobody), auditTrail);
    }
}
