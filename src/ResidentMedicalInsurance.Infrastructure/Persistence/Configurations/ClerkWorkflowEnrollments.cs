using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    /// <summary>Rows the one-enrolment-per-year index covers: all but <see cref="EnrollmentStatus.Ended"/> (2); SQLite and PostgreSQL quoting (SQL Server: <see cref="SqlServerModel"/>).</summary>
    public const string LiveFilterSql = "\"Status\" <> 2";

    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(e => e.ProfileId).HasMaxLength(64);
        builder.Property(e => e.SubsidyCode).HasMaxLength(SubsidyCertification.CodeMaxLength);
        builder.Property(e => e.Basis).HasMaxLength(Enrollment.BasisMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.ComplexProperty(e => e.Circumstances);
        // One live enrolment per resident and year; one that ended by refund no longer counts (ADR 0036).
        builder.HasIndex(e => new { e.TenantId, e.ResidentId, e.Year }).IsUnique().HasFilter(LiveFilterSql);
        builder.HasIndex(e => new { e.TownshipId, e.Year, e.Status });
        builder.HasIndex(e => e.HouseholdId);
        builder.HasOne<Resident>().WithMany().HasForeignKey(e => e.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubsidyCertificationConfiguration : IEntityTypeConfiguration<SubsidyCertification>
{
    /// <summary>Rows the one-live-certification index covers (SQLite and PostgreSQL quoting; SQL Server: <see cref="SqlServerModel"/>).</summary>
    public const string LiveFilterSql = "\"EndedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<SubsidyCertification> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(c => c.Code).HasMaxLength(SubsidyCertification.CodeMaxLength);
        // Defaults for the certifications clerks typed before rosters existed: year 0 (never live), approved by nobody.
        builder.Property(c => c.Year).HasDefaultValue(0);
        builder.Property(c => c.Department).HasMaxLength(50).HasDefaultValue("");
        builder.Property(c => c.Source).HasMaxLength(SubsidyCertification.SourceMaxLength).HasDefaultValue("");
        builder.Property(c => c.ApprovedBy).HasMaxLength(450).HasDefaultValue("");
        builder.Property(c => c.ApprovedAt).HasDefaultValue(DateTimeOffset.UnixEpoch);

        // One live certification per resident, category and year; ended ones stay as history.
        builder.HasIndex(c => new { c.ResidentId, c.Code, c.Year }).IsUnique().HasFilter(LiveFilterSql);
        builder.HasIndex(c => new { c.TenantId, c.Department, c.Year });
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
