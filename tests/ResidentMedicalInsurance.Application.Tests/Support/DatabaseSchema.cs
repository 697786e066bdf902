using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>Builds the schema of a fresh test database with the provider's generated migrations (not EnsureCreated).</summary>
public static class DatabaseSchema
{
    public static Task CreateAsync(AppDbContext db) => db.Database.MigrateAsync();
}
