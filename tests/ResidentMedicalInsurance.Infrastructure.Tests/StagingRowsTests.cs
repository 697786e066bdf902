using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>The bulk path for staged rows keeps the tenant rule of every save, on each provider's path.</summary>
public sealed class StagingRowsTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Staged_rows_get_the_signed_in_tenant_and_another_tenants_row_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var shiquan = await database.Services.TenantAsync("shiquan");
        var (rosterId, rowId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff))
        {
            scope.Db().SubsidyRosters.Add(new SubsidyRoster { Id = rosterId, Department = "残联", FileName = "r.csv", Year = 2020 });
            await scope.Db().SaveChangesAsync();
            var staging = scope.Get<IStagingRows>();

            await staging.InsertAsync([new RosterRow { Id = rowId, RosterId = rosterId, RowNumber = 2, Name = "甲", CertifiedOn = new DateOnly(2019, 9, 1) }], CancellationToken.None);
            await Assert.ThrowsAsync<TenantMismatchException>(() => staging.InsertAsync(
                [new RosterRow { Id = Guid.CreateVersion7(), TenantId = shiquan.Id, RosterId = rosterId, RowNumber = 3 }], CancellationToken.None));
        }

        await using var check = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff);
        // Found by its id and its roster's: the bulk path stores GUIDs as EF does on every provider.
        var row = await check.Db().RosterRows.SingleAsync(r => r.Id == rowId && r.RosterId == rosterId);
        Assert.Equal((youxi.Id, 2, new DateOnly(2019, 9, 1)), (row.TenantId, row.RowNumber, row.CertifiedOn!.Value));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_bulk_row_refused_by_a_unique_index_is_a_lost_race_and_rolls_back_with_the_transaction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var (rosterId, kept) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff))
        {
            scope.Db().SubsidyRosters.Add(new SubsidyRoster { Id = rosterId, Department = "残联", FileName = "r.csv", Year = 2020 });
            await scope.Db().SaveChangesAsync();
            await using var transaction = await scope.Db().Database.BeginTransactionAsync();
            var staging = scope.Get<IStagingRows>();
            await staging.InsertAsync([new RosterRow { Id = kept, RosterId = rosterId, RowNumber = 2, Name = "甲" }], CancellationToken.None);

            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => staging.InsertAsync(
                [new RosterRow { Id = Guid.CreateVersion7(), RosterId = rosterId, RowNumber = 2, Name = "乙" }], CancellationToken.None));

            Assert.True(UniqueViolations.Is(refused));
        }

        await using var check = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff);
        Assert.Null(await check.Db().RosterRows.FirstOrDefaultAsync(r => r.Id == kept));
    }
}
