using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// A context for one provider with nobody signed in, for tools that only need the model: the
/// migrations projects' design-time factories and the tests that script or diff migrations.
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
        return new AppDbContext(builder.Options, new CurrentUser());
    }
}
