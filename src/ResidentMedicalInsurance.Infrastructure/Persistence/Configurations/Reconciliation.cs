using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Reconciliation;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class PeriodSignOffConfiguration : IEntityTypeConfiguration<PeriodSignOff>
{
    public void Configure(EntityTypeBuilder<PeriodSignOff> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(s => s.SignedBy).HasMaxLength(256);
        builder.Property(s => s.SentBy).HasMaxLength(256);
        builder.Property(s => s.Figures).HasMaxLength(PeriodSignOff.FiguresMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.TenantId, s.PeriodStart }).IsUnique();
    }
}
