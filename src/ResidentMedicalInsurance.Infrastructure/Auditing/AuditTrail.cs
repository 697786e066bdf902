using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Auditing;

/// <summary>
/// The save hook that turns the change tracker's pending changes into <see cref="AuditEntry"/> rows,
/// saved in the same SaveChanges (so in the command's transaction). Runs only while a command is named in
/// <see cref="AuditScope"/>. ID numbers are written masked and birth dates as the year (ADR 0042).
/// </summary>
public sealed class AuditTrail(AuditScope scope, ICurrentUser user, IClock clock) : SaveHook
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    internal static readonly HashSet<string> Skipped = [nameof(ITenantOwned.TenantId), "Version"];

    protected override void BeforeSave(ChangeTracker changeTracker)
    {
        if (scope.Action is not { } action)
        {
            return;
        }

        var entries = changeTracker.Entries<ITenantOwned>()
            .Where(e => e.Entity is not (AuditEntry or INotAudited) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            if (Describe(entry, action) is { } audit)
            {
                changeTracker.Context.Add(audit);
            }
        }
    }

    private AuditEntry? Describe(EntityEntry<ITenantOwned> entry, string action)
    {
        var values = Values(entry).Where(v => entry.State != EntityState.Modified || v.Modified).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        return new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = entry.Entity.TenantId,
            At = clock.Now,
            UserId = user.UserId,
            UserName = user.UserName ?? "",
            Action = action,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = entry.Property("Id").CurrentValue is Guid id ? id : Guid.Empty,
            HouseholdId = (entry.Entity as IHouseholdScoped)?.HouseholdId,
            Operation = entry.State switch
            {
                EntityState.Added => AuditOperation.Added,
                EntityState.Deleted => AuditOperation.Deleted,
                _ => AuditOperation.Modified,
            },
            Before = entry.State == EntityState.Added ? null : Serialize(values.ToDictionary(v => v.Name, v => v.Before)),
            After = entry.State == EntityState.Deleted ? null : Serialize(values.ToDictionary(v => v.Name, v => v.After)),
        };
    }

    private static IEnumerable<(string Name, object? Before, object? After, bool Modified)> Values(EntityEntry entry)
    {
        foreach (var p in entry.Properties.Where(p => !Skipped.Contains(p.Metadata.Name)))
        {
            yield return (p.Metadata.Name, Mask(p.Metadata.Name, p.OriginalValue), Mask(p.Metadata.Name, p.CurrentValue), p.IsModified);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var p in complex.Properties)
            {
                yield return ($"{complex.Metadata.Name}.{p.Metadata.Name}", p.OriginalValue, p.CurrentValue, p.IsModified);
            }
        }
    }

    internal static object? Mask(string property, object? value) => (property, value) switch
    {
        ("IdNumber", string id) => ResidentIdMask.Mask(id),
        ("BirthDate", DateOnly birth) => ResidentIdMask.BirthYear(birth),
        _ => value,
    };

    internal static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}
