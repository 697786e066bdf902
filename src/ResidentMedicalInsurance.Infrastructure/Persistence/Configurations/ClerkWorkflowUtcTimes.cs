using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores every DateTimeOffset of an entity in UTC: PostgreSQL's timestamptz takes only offset 0,
/// and the clock hands out China Standard Time. Read models convert back to UTC+8 for display.
/// </summary>
internal static class ClerkWorkflowUtcTimes
{
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(v => v.ToUniversalTime(), v => v);

    public static void StoreTimesInUtc<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        foreach (var property in builder.Metadata.GetDeclaredProperties()
                     .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
        {
            property.SetValueConverter(ToUtc);
        }
    }
}
