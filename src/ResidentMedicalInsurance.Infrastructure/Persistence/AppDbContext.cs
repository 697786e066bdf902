using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Reconciliation;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Domain.Supplementary;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Auditing;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;
using ResidentMedicalInsurance.Infrastructure.Progress;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>
/// The one DbContext. Tenant-owned rows are filtered by the named query filter
/// <see cref="TenantFilter"/>; the tenant always comes from <see cref="ICurrentUser"/>. Every save
/// runs the two save hooks, in this order: <see cref="TenantGuard"/> (refuses another tenant's rows),
/// then <see cref="AuditTrail"/> (adds the audit rows to the same save); and its own <see cref="ProgressTallies"/>
/// (one per context: it holds the counters' change between saving and saved).
/// </summary>
public sealed class AppDbContext(
    DbContextOptions<AppDbContext> options, ICurrentUser currentUser, TenantGuard tenantGuard, AuditTrail auditTrail)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IAppDbContext, IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    /// <summary>Read by the query filter at query time; <see cref="Guid.Empty"/> matches no row.</summary>
    internal Guid CurrentTenantId => currentUser.TenantId ?? Guid.Empty;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Township> Townships => Set<Township>();
    public DbSet<UserTownship> UserTownships => Set<UserTownship>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<SubsidyCertification> SubsidyCertifications => Set<SubsidyCertification>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SubsidyRoster> SubsidyRosters => Set<SubsidyRoster>();
    public DbSet<RosterRow> RosterRows => Set<RosterRow>();
    public DbSet<RosterFile> RosterFiles => Set<RosterFile>();
    public DbSet<PaidFile> PaidFiles => Set<PaidFile>();
    public DbSet<PaidFileContent> PaidFileContents => Set<PaidFileContent>();
    public DbSet<PaidRecord> PaidRecords => Set<PaidRecord>();
    public DbSet<DepartmentPaymentBatch> DepartmentPaymentBatches => Set<DepartmentPaymentBatch>();
    public DbSet<ReimbursementPayout> ReimbursementPayouts => Set<ReimbursementPayout>();
    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();
    public DbSet<PaymentReversal> PaymentReversals => Set<PaymentReversal>();
    public DbSet<PeriodSignOff> PeriodSignOffs => Set<PeriodSignOff>();
    public DbSet<TownshipPlan> TownshipPlans => Set<TownshipPlan>();
    public DbSet<ProgressNotice> ProgressNotices => Set<ProgressNotice>();
    public DbSet<VillageTally> VillageTallies => Set<VillageTally>();
    public DbSet<PaidDayTally> PaidDayTallies => Set<PaidDayTally>();
    public DbSet<HouseholdMove> HouseholdMoves => Set<HouseholdMove>();
    public DbSet<PersonalAccountEntry> PersonalAccountEntries => Set<PersonalAccountEntry>();
    public DbSet<AccidentCover> AccidentCovers => Set<AccidentCover>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Pinned so that the model never depends on what the host registers in IdentityOptions.</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        TenantFilters.Apply(builder, this);
        if (Database.IsSqlServer())
        {
            SqlServerModel.Apply(builder);
        }
    }

    public bool IsUniqueViolation(DbUpdateException exception) => UniqueViolations.Is(exception);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(tenantGuard, auditTrail, new ProgressTallies());
}
