using Microsoft.EntityFrameworkCore.ChangeTracking;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>
/// Save-time check: a tenant-owned row may only be written for the signed-in user's tenant.
/// New rows without a tenant get the current one; a missing current tenant or a different
/// TenantId throws (never silently overwritten).
/// </summary>
public sealed class TenantGuard(ICurrentUser user) : SaveHook
{
    protected override void BeforeSave(ChangeTracker changeTracker)
    {
        var currentTenantId = user.TenantId;
        foreach (var entry in changeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (currentTenantId is not { } tenant || tenant == Guid.Empty)
            {
                throw new TenantMismatchException(
                    $"Refusing to save {entry.Metadata.ClrType.Name}: no tenant is signed in.");
            }

            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = tenant;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.TenantId
                : (Guid)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue!;
            if (entry.Entity.TenantId != tenant || original != tenant)
            {
                throw new TenantMismatchException(
                    $"Refusing to save {entry.Metadata.ClrType.Name}: it belongs to tenant {original}, not to the signed-in tenant {tenant}.");
            }
        }
    }
}
