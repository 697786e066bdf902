using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class HouseholdMoveConfiguration : IEntityTypeConfiguration<HouseholdMove>
{
    public void Configure(EntityTypeBuilder<HouseholdMove> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(m => m.FromNumber).HasMaxLength(Household.NumberMaxLength);
        builder.Property(m => m.ToNumber).HasMaxLength(Household.NumberMaxLength);
        builder.Property(m => m.FromVillage).HasMaxLength(Household.VillageMaxLength);
        builder.Property(m => m.ToVillage).HasMaxLength(Household.VillageMaxLength);
        builder.Property(m => m.By).HasMaxLength(HouseholdMove.ByMaxLength);
        // The list reads a tenant's moves newest first, filtered by either township (ADR 0070).
        builder.HasIndex(m => new { m.TenantId, m.FromTownshipId, m.AtTicks });
        builder.HasIndex(m => new { m.TenantId, m.ToTownshipId, m.AtTicks });
        builder.HasOne<Township>().WithMany().HasForeignKey(m => m.FromTownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Township>().WithMany().HasForeignKey(m => m.ToTownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
