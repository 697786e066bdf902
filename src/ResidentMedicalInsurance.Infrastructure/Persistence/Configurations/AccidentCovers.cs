using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

/// <summary>意外伤害补充保险 (ADR 0069): its own table, one row per (resident, year), its own voucher series per tenant.</summary>
internal sealed class AccidentCoverConfiguration : IEntityTypeConfiguration<AccidentCover>
{
    public void Configure(EntityTypeBuilder<AccidentCover> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(c => c.Village).HasMaxLength(Household.VillageMaxLength);
        builder.Property(c => c.ChosenBy).HasMaxLength(256);
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.CancelledBy).HasMaxLength(256);
        builder.Property(c => c.Channel).HasMaxLength(AccidentCover.ChannelMaxLength);
        builder.Property(c => c.Voucher).HasMaxLength(AccidentCover.VoucherMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ResidentId, c.Year }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.Voucher }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.Year, c.TownshipId, c.Village });
        builder.HasIndex(c => c.HouseholdId);
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
