using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Supplementary;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

/// <summary>
/// What SQL Server needs beyond the shared configurations, applied only on that provider. SQL Server
/// compares text case-insensitively by default; SQLite and PostgreSQL do not. Keys and indexed strings
/// get nvarchar(450) or their max length from the provider itself.
/// </summary>
internal static class SqlServerModel
{
    /// <summary>Binary comparison: "HM-001" and "hm-001" are two vouchers, two household numbers, two tenant codes.</summary>
    public const string CaseSensitiveCollation = "Latin1_General_100_BIN2";

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<Payment>().Property(p => p.Voucher).UseCollation(CaseSensitiveCollation);
        builder.Entity<PaymentBatch>().Property(b => b.Voucher).UseCollation(CaseSensitiveCollation);
        builder.Entity<AccidentCover>().Property(c => c.Voucher).UseCollation(CaseSensitiveCollation);
        builder.Entity<Household>().Property(h => h.Number).UseCollation(CaseSensitiveCollation);
        builder.Entity<Tenant>().Property(t => t.Code).UseCollation(CaseSensitiveCollation);

        // The filter in SQL Server's own quoting: scripts run by sqlcmd default to QUOTED_IDENTIFIER OFF.
        builder.Entity<Enrollment>()
            .HasIndex(e => new { e.TenantId, e.ResidentId, e.Year })
            .HasFilter($"[Status] <> {(int)EnrollmentStatus.Ended}");
        builder.Entity<SubsidyCertification>()
            .HasIndex(c => new { c.ResidentId, c.Code, c.Year })
            .HasFilter("[EndedAt] IS NULL");
        builder.Entity<Payment>().HasIndex(p => new { p.TenantId, p.Channel, p.Voucher }).HasFilter("[Status] = 0 AND [BatchId] IS NULL");
        builder.Entity<Payment>().HasIndex(p => new { p.BatchId, p.EnrollmentId }).HasFilter("[Status] = 0");
        builder.Entity<Payment>().HasIndex(p => p.EnrollmentId).HasFilter("[Status] = 0");
    }
}
