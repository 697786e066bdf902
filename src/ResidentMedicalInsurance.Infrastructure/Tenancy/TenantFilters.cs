using System.Linq.Expressions;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>Adds the named tenant query filter to every <see cref="ITenantOwned"/> entity of the model.</summary>
internal static class TenantFilters
{
    public static void Apply(ModelBuilder builder, AppDbContext context)
    {
        // A user sees only their own tenant's row; sign-in reads it with IgnoreQueryFilters.
        builder.Entity<Tenant>().HasQueryFilter(AppDbContext.TenantFilter, t => t.Id == context.CurrentTenantId);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            // e => e.TenantId == context.CurrentTenantId (the context member is re-read on every query).
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var body = Expression.Equal(
                Expression.Property(entity, nameof(ITenantOwned.TenantId)),
                Expression.Property(Expression.Constant(context), nameof(AppDbContext.CurrentTenantId)));
            builder.Entity(entityType.ClrType).HasQueryFilter(AppDbContext.TenantFilter, Expression.Lambda(body, entity));
            builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }
    }
}
