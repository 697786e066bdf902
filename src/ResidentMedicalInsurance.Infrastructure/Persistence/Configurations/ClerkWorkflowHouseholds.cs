using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(h => h.Number).HasMaxLength(Household.NumberMaxLength);
        builder.Property(h => h.Village).HasMaxLength(Household.VillageMaxLength);
        builder.Property(h => h.Address).HasMaxLength(Household.AddressMaxLength);
        builder.HasIndex(h => new { h.TenantId, h.Number }).IsUnique();
        builder.HasIndex(h => new { h.TownshipId, h.Village });
        builder.HasOne<Township>().WithMany().HasForeignKey(h => h.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Members).WithOne().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(r => r.Name).HasMaxLength(Resident.NameMaxLength);
        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.OtherDocumentNumber).HasMaxLength(Resident.DocumentNumberMaxLength);
        builder.Property(r => r.Phone).HasMaxLength(Resident.PhoneMaxLength);
        builder.HasIndex(r => new { r.TenantId, r.IdNumber }).IsUnique();
        builder.HasIndex(r => r.IdNumber); // 一人一保 across tenants (EnrolmentsElsewhere)
        builder.HasIndex(r => new { r.TenantId, r.Name });
        builder.HasIndex(r => new { r.TenantId, r.Phone });
        builder.HasIndex(r => r.HouseholdId);
        builder.Ignore(r => r.Facts); // a view of the fact columns
        // Residents registered before the facts were recorded: no, 0 (ADR 0066).
        builder.Property(r => r.InsuredElsewhere).HasDefaultValue(false);
        builder.Property(r => r.Employed).HasDefaultValue(false);
        builder.Property(r => r.ResidentYears).HasDefaultValue(0);
        builder.Property(r => r.ArmedPolice).HasDefaultValue(false);
        builder.Property(r => r.ParentInsuredInPrefecture).HasDefaultValue(false);
        // Residents on the roll per township, counted on the index alone (campaign progress, ADR 0060).
        builder.HasIndex(r => new { r.TownshipId, r.Departure });
        builder.HasOne<Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
