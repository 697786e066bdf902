using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
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

namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// The handlers' view of the database. Tenant-owned sets are already filtered to the signed-in
/// user's tenant; saving a row of another tenant throws.
/// </summary>
public interface IAppDbContext
{
    DbSet<Tenant> Tenants { get; }
    DbSet<Township> Townships { get; }
    DbSet<Household> Households { get; }
    DbSet<Resident> Residents { get; }
    DbSet<SubsidyCertification> SubsidyCertifications { get; }
    DbSet<Enrollment> Enrollments { get; }
    DbSet<Payment> Payments { get; }
    DbSet<Refund> Refunds { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<SubsidyRoster> SubsidyRosters { get; }
    DbSet<RosterRow> RosterRows { get; }
    DbSet<RosterFile> RosterFiles { get; }
    DbSet<PaidFile> PaidFiles { get; }
    DbSet<PaidFileContent> PaidFileContents { get; }
    DbSet<PaidRecord> PaidRecords { get; }
    DbSet<DepartmentPaymentBatch> DepartmentPaymentBatches { get; }
    DbSet<ReimbursementPayout> ReimbursementPayouts { get; }
    DbSet<PaymentBatch> PaymentBatches { get; }
    DbSet<PaymentReversal> PaymentReversals { get; }
    DbSet<PeriodSignOff> PeriodSignOffs { get; }
    DbSet<TownshipPlan> TownshipPlans { get; }
    DbSet<ProgressNotice> ProgressNotices { get; }
    DbSet<VillageTally> VillageTallies { get; }
    DbSet<PaidDayTally> PaidDayTallies { get; }
    DbSet<HouseholdMove> HouseholdMoves { get; }
    DbSet<PersonalAccountEntry> PersonalAccountEntries { get; }
    DbSet<AccidentCover> AccidentCovers { get; }
    ChangeTracker ChangeTracker { get; }
    DatabaseFacade Database { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether a failed save was refused by a unique index (the provider's own error code, decided in
    /// Infrastructure): the one failure that means another clerk saved the same thing first.
    /// </summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
