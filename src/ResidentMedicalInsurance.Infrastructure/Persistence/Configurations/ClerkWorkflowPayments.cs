using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(p => p.Channel).HasMaxLength(Payment.ChannelMaxLength);
        builder.Property(p => p.Voucher).HasMaxLength(Payment.VoucherMaxLength);
        builder.Property(p => p.SubsidyCode).HasMaxLength(SubsidyCertification.CodeMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.Property(p => p.Basis).HasMaxLength(Enrollment.BasisMaxLength);
        builder.Property(p => p.Status).HasDefaultValue(PaymentStatus.InForce); // payments recorded before 冲正 existed

        // Idempotency among payments in force: one per voucher of a channel (batches: one per member), one per enrolment.
        builder.HasIndex(p => new { p.TenantId, p.Channel, p.Voucher }).IsUnique().HasFilter(OwnVoucherFilterSql);
        builder.HasIndex(p => new { p.BatchId, p.EnrollmentId }).IsUnique().HasFilter(InForceFilterSql);
        builder.HasIndex(p => p.EnrollmentId).IsUnique().HasFilter(InForceFilterSql);
        builder.HasIndex(p => new { p.TenantId, p.PaidOn });
        builder.HasIndex(p => p.HouseholdId);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentBatch>().WithMany().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>Payments in force (<see cref="PaymentStatus.InForce"/> = 0); SQLite and PostgreSQL quoting (SQL Server: <see cref="SqlServerModel"/>).</summary>
    public const string InForceFilterSql = "\"Status\" = 0";

    /// <summary>Payments in force recorded on their own (no batch): their voucher is theirs alone.</summary>
    public const string OwnVoucherFilterSql = "\"Status\" = 0 AND \"BatchId\" IS NULL";
}

internal sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(b => b.Channel).HasMaxLength(Payment.ChannelMaxLength);
        builder.Property(b => b.Voucher).HasMaxLength(Payment.VoucherMaxLength);
        builder.Property(b => b.RecordedBy).HasMaxLength(256);
        builder.HasIndex(b => new { b.TenantId, b.Channel, b.Voucher }).IsUnique();
    }
}

internal sealed class PaymentReversalConfiguration : IEntityTypeConfiguration<PaymentReversal>
{
    public void Configure(EntityTypeBuilder<PaymentReversal> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(r => r.Reason).HasMaxLength(PaymentReversal.ReasonMaxLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(PaymentReversal.ReasonMaxLength);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.TenantId, r.Status });
        builder.HasIndex(r => r.PaymentId);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(r => r.Note).HasMaxLength(Refund.NoteMaxLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(Refund.NoteMaxLength);
        builder.Property(r => r.Basis).HasMaxLength(Enrollment.BasisMaxLength);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.TenantId, r.Status });
        builder.HasIndex(r => r.EnrollmentId);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.HasIndex(a => new { a.TenantId, a.HouseholdId });
        builder.HasIndex(a => new { a.TenantId, a.EntityId });
    }
}
