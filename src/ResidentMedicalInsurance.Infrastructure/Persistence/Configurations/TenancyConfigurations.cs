using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(64);
        builder.Property(t => t.CurrentProfileId).HasMaxLength(64);
        builder.Property(t => t.PreviousProfileId).HasMaxLength(64);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasMany(t => t.Townships).WithOne().HasForeignKey(t => t.TenantId);
    }
}

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(64);
        builder.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.MustChangePassword).HasDefaultValue(false); // existing users keep their passwords
        builder.Property(u => u.Disabled).HasDefaultValue(false);
        builder.HasIndex(u => u.TenantId);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Townships).WithOne().HasForeignKey(t => t.UserId);
    }
}

internal sealed class UserTownshipConfiguration : IEntityTypeConfiguration<UserTownship>
{
    public void Configure(EntityTypeBuilder<UserTownship> builder)
    {
        builder.HasKey(t => new { t.UserId, t.TownshipId });
        builder.HasOne<Township>().WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
    }
}
