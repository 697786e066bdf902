using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class PaidFileConfiguration : IEntityTypeConfiguration<PaidFile>
{
    public void Configure(EntityTypeBuilder<PaidFile> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(f => f.FileName).HasMaxLength(PaidFile.FileNameMaxLength);
        builder.Property(f => f.Failure).HasMaxLength(500);
        builder.Property(f => f.UploadedBy).HasMaxLength(450);
        builder.Property(f => f.AppliedBy).HasMaxLength(450);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}

internal sealed class PaidFileContentConfiguration : IEntityTypeConfiguration<PaidFileContent>
{
    public void Configure(EntityTypeBuilder<PaidFileContent> builder)
    {
        builder.HasKey(c => c.FileId);
        builder.HasOne<PaidFile>().WithOne().HasForeignKey<PaidFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PaidRecordConfiguration : IEntityTypeConfiguration<PaidRecord>
{
    public void Configure(EntityTypeBuilder<PaidRecord> builder)
    {
        builder.StoreTimesInUtc();
        foreach (var text in new[] { nameof(PaidRecord.IdNumberText), nameof(PaidRecord.Name), nameof(PaidRecord.YearText), nameof(PaidRecord.AmountText),
                     nameof(PaidRecord.PaidAtText), nameof(PaidRecord.Channel), nameof(PaidRecord.TaxOffice), nameof(PaidRecord.Voucher) })
        {
            builder.Property(text).HasMaxLength(PaidRecord.TextMaxLength);
        }

        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.FileId, r.RowNumber }).IsUnique();
        builder.HasIndex(r => new { r.FileId, r.Outcome, r.RowNumber });
        builder.HasIndex(r => new { r.FileId, r.Voucher });
        builder.HasIndex(r => new { r.FileId, r.ResidentId });
        builder.HasIndex(r => new { r.TenantId, r.Voucher });
        builder.HasOne<PaidFile>().WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
