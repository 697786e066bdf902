using Microsoft.EntityFrameworkCore.Metadata;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Auditing;

/// <summary>
/// The entries <see cref="AuditTrail"/> writes, for rows written around the change tracker (ADR 0056): an insert
/// with all its values, an update with the values that differ, read from EF's model with the trail's own rules
/// (TenantId and Version left out, ID numbers masked, enum names). Nothing outside a command, like the trail.
/// </summary>
public sealed class AuditRows(AuditScope scope, ICurrentUser user, IClock clock)
{
    public IReadOnlyList<AuditEntry> Added<T>(IEntityType type, IEnumerable<T> rows)
        where T : class, ITenantOwned =>
        scope.Action is { } action
            ? rows.Select(r => Entry(type, r, action, AuditOperation.Added, null, Serialize(Values(type, r).ToDictionary(v => v.Name, v => v.Value)))).ToList()
            : [];

    public IReadOnlyList<AuditEntry> Modified<T>(IEntityType type, IEnumerable<(T Before, T After)> changes)
        where T : class, ITenantOwned
    {
        if (scope.Action is not { } action)
        {
            return [];
        }

        var entries = new List<AuditEntry>();
        foreach (var (before, after) in changes)
        {
            var changed = Values(type, before).Zip(Values(type, after)).Where(v => !v.First.Equal(v.Second.Value)).ToList();
            if (changed.Count > 0)
            {
                entries.Add(Entry(type, after, action, AuditOperation.Modified,
                    Serialize(changed.ToDictionary(v => v.First.Name, v => v.First.Value)), Serialize(changed.ToDictionary(v => v.Second.Name, v => v.Second.Value))));
            }
        }

        return entries;
    }

    private AuditEntry Entry(IEntityType type, ITenantOwned row, string action, AuditOperation operation, string? before, string? after) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = row.TenantId,
        At = clock.Now,
        UserId = user.UserId,
        UserName = user.UserName ?? "",
        Action = action,
        EntityType = type.ClrType.Name,
        EntityId = type.FindProperty("Id")?.GetGetter().GetClrValue(row) is Guid id ? id : Guid.Empty,
        HouseholdId = (row as IHouseholdScoped)?.HouseholdId,
        Operation = operation,
        Before = before,
        After = after,
    };

    private static IEnumerable<AuditedValue> Values(IEntityType type, object row)
    {
        foreach (var p in type.GetProperties().Where(p => !AuditTrail.Skipped.Contains(p.Name)))
        {
            yield return new AuditedValue(p.Name, AuditTrail.Mask(p.Name, p.GetGetter().GetClrValue(row)), p.GetValueComparer());
        }

        foreach (var complex in type.GetComplexProperties())
        {
            var value = complex.PropertyInfo!.GetValue(row);
            foreach (var p in complex.ComplexType.GetProperties())
            {
                yield return new AuditedValue($"{complex.Name}.{p.Name}", value is null ? null : p.PropertyInfo!.GetValue(value), p.GetValueComparer());
            }
        }
    }

    private static string Serialize(Dictionary<string, object?> values) => AuditTrail.Serialize(values);

    private sealed record AuditedValue(string Name, object? Value, Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer Comparer)
    {
        public bool Equal(object? other) => Comparer.Equals(Value, other);
    }
}
