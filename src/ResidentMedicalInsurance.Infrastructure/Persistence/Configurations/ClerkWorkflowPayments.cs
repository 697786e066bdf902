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

        // Idempotency: one payment per voucher of a channel, and one payment per enrolment.
        builder.HasIndex(p => new { p.TenantId, p.Channel, p.Voucher }).IsUnique();
        builder.HasIndex(p => p.EnrollmentId).IsUnique();
        builder.HasIndex(p => p.HouseholdId);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
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
