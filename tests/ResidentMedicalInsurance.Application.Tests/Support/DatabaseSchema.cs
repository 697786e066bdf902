using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>Builds the schema of a fresh test database.</summary>
public static class DatabaseSchema
{
    public static Task CreateAsync(AppDbContext db) => db.Database.EnsureCreatedAsync();
}
