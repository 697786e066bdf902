using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class PersonalAccountEntryConfiguration : IEntityTypeConfiguration<PersonalAccountEntry>
{
    public void Configure(EntityTypeBuilder<PersonalAccountEntry> builder)
    {
        builder.StoreTimesInUtc();
        builder.Property(e => e.Basis).HasMaxLength(PersonalAccountEntry.BasisMaxLength);
        builder.Property(e => e.Note).HasMaxLength(PersonalAccountEntry.NoteMaxLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);

        // One credit per resident and year (crediting twice credits nobody twice), one refund per resident and year.
        builder.HasIndex(e => new { e.ResidentId, e.Year, e.Kind }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.Year, e.Kind });
        builder.HasIndex(e => e.HouseholdId);
        builder.HasOne<Resident>().WithMany().HasForeignKey(e => e.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
