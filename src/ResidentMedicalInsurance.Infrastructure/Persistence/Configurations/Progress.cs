using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class VillageTallyConfiguration : IEntityTypeConfiguration<VillageTally>
{
    public void Configure(EntityTypeBuilder<VillageTally> builder)
    {
        // The key is what a change increments (ProgressTallies upserts on it).
        builder.HasKey(t => new { t.TenantId, t.TownshipId, t.Village, t.Year, t.Category });
        builder.Property(t => t.Village).HasMaxLength(Household.VillageMaxLength);
        builder.Property(t => t.Category).HasMaxLength(VillageTally.CategoryMaxLength);
    }
}

internal sealed class PaidDayTallyConfiguration : IEntityTypeConfiguration<PaidDayTally>
{
    public void Configure(EntityTypeBuilder<PaidDayTally> builder)
    {
        builder.HasKey(t => new { t.TenantId, t.TownshipId, t.Year, t.Category, t.Day });
        builder.Property(t => t.Category).HasMaxLength(VillageTally.CategoryMaxLength);
    }
}

internal sealed class TownshipPlanConfiguration : IEntityTypeConfiguration<TownshipPlan>
{
    public void Configure(EntityTypeBuilder<TownshipPlan> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(p => p.EnteredBy).HasMaxLength(TownshipPlan.ByMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.TenantId, p.Year, p.TownshipId }).IsUnique();
        builder.HasOne<Domain.Tenancy.Township>().WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgressNoticeConfiguration : IEntityTypeConfiguration<ProgressNotice>
{
    public void Configure(EntityTypeBuilder<ProgressNotice> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(n => n.Title).HasMaxLength(ProgressNotice.TitleMaxLength);
        builder.Property(n => n.Lines).HasMaxLength(ProgressNotice.LinesMaxLength);
        builder.Property(n => n.IssuedBy).HasMaxLength(TownshipPlan.ByMaxLength);
        builder.HasIndex(n => new { n.TenantId, n.Year, n.AsOf }).IsUnique();
    }
}
