using Microsoft.EntityFrameworkCore.Design;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Migrations.Sqlite;

/// <summary>What <c>dotnet ef</c> builds the model with; no database is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(DatabaseProvider.Sqlite);
}
