using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class SubsidyRosterConfiguration : IEntityTypeConfiguration<SubsidyRoster>
{
    public void Configure(EntityTypeBuilder<SubsidyRoster> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(r => r.Department).HasMaxLength(SubsidyRoster.DepartmentMaxLength);
        builder.Property(r => r.FileName).HasMaxLength(SubsidyRoster.FileNameMaxLength);
        builder.Property(r => r.Failure).HasMaxLength(SubsidyRoster.ReasonMaxLength);
        builder.Property(r => r.RejectReason).HasMaxLength(SubsidyRoster.ReasonMaxLength);
        builder.Property(r => r.UploadedBy).HasMaxLength(450);
        builder.Property(r => r.DecidedBy).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Label);
        builder.HasIndex(r => new { r.TenantId, r.UploadedAt });
    }
}

internal sealed class RosterRowConfiguration : IEntityTypeConfiguration<RosterRow>
{
    public void Configure(EntityTypeBuilder<RosterRow> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.IdNumberText).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.CategoryText).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.CategoryCode).HasMaxLength(32);
        builder.Property(r => r.Department).HasMaxLength(SubsidyRoster.DepartmentMaxLength);
        builder.Property(r => r.CertifiedOnText).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.Township).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.Village).HasMaxLength(RosterRow.TextMaxLength);
        builder.Property(r => r.Note).HasMaxLength(RosterRow.NoteMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(SubsidyRoster.ReasonMaxLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(SubsidyRoster.ReasonMaxLength);

        // Review pages page by row number within an outcome; the matcher finds earlier rows of the same person.
        builder.HasIndex(r => new { r.RosterId, r.Outcome, r.RowNumber });
        builder.HasIndex(r => new { r.RosterId, r.RowNumber }).IsUnique();
        builder.HasIndex(r => new { r.RosterId, r.IdNumber });
        builder.HasOne<SubsidyRoster>().WithMany().HasForeignKey(r => r.RosterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RosterFileConfiguration : IEntityTypeConfiguration<RosterFile>
{
    public void Configure(EntityTypeBuilder<RosterFile> builder)
    {
        builder.HasKey(f => f.RosterId);
        builder.HasOne<SubsidyRoster>().WithOne().HasForeignKey<RosterFile>(f => f.RosterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DepartmentPaymentBatchConfiguration : IEntityTypeConfiguration<DepartmentPaymentBatch>
{
    public void Configure(EntityTypeBuilder<DepartmentPaymentBatch> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(b => b.Number).HasMaxLength(DepartmentPaymentBatch.NumberMaxLength);
        builder.Property(b => b.Department).HasMaxLength(SubsidyRoster.DepartmentMaxLength);
        builder.Property(b => b.RecordedBy).HasMaxLength(450);

        // The batch number is the idempotency key: the same transfer recorded twice is one batch.
        builder.HasIndex(b => new { b.TenantId, b.Number }).IsUnique();
    }
}

internal sealed class ReimbursementPayoutConfiguration : IEntityTypeConfiguration<ReimbursementPayout>
{
    public void Configure(EntityTypeBuilder<ReimbursementPayout> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(p => p.Reference).HasMaxLength(ReimbursementPayout.ReferenceMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(450);
        builder.HasIndex(p => p.PaymentId).IsUnique();
        builder.HasOne<Domain.Payments.Payment>().WithMany().HasForeignKey(p => p.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
