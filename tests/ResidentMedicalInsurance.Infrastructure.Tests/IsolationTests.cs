using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>A query or save through the DbContext with another tenant's rows returns nothing or throws.</summary>
public sealed class IsolationTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Queries_see_only_the_signed_in_tenants_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var shiquan = await database.Services.TenantAsync("shiquan");
        await using var scope = database.Services.ScopeAs(youxi.Id, Roles.CountyStaff);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var townships = await db.Townships.ToListAsync();
        Assert.Equal(15, townships.Count);
        Assert.All(townships, t => Assert.Equal(youxi.Id, t.TenantId));
        Assert.Equal("尤溪县", Assert.Single(await db.Tenants.ToListAsync()).Name);

        // Both counties have a 城关镇: only the own one is visible, by name, by id and by Find.
        Assert.Single(await db.Townships.Where(t => t.Name == "城关镇").ToListAsync());
        var foreign = shiquan.Townships[0].Id;
        Assert.Null(await db.Townships.FindAsync(foreign));
        Assert.Null(await db.Townships.FirstOrDefaultAsync(t => t.Id == foreign));
        Assert.Null(await db.Tenants.FindAsync(shiquan.Id));
        Assert.Equal(0, await db.Townships.CountAsync(t => t.TenantId == shiquan.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Saving_a_change_to_another_tenants_row_throws_and_writes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var shiquan = await database.Services.TenantAsync("shiquan");
        var target = shiquan.Townships[0].Id;

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Townships.IgnoreQueryFilters().SingleAsync(t => t.Id == target);
            row.Population = 1;
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            // Attached without a query at all (e.g. an id posted back): still refused.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Townships.Update(new Township { Id = target, TenantId = shiquan.Id, Name = "城关镇", Population = 2 });
            Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
        }

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Townships.Remove(await db.Townships.IgnoreQueryFilters().SingleAsync(t => t.Id == target));
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }

        await using (var scope = database.Services.ScopeAs(shiquan.Id, Roles.Admin))
        {
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Townships.SingleAsync(t => t.Id == target);
            Assert.Null(row.Population);
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Adding_a_row_for_another_tenant_throws_and_a_row_without_tenant_gets_the_signed_in_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var shiquan = await database.Services.TenantAsync("shiquan");

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Townships.Add(new Township { Id = Guid.NewGuid(), TenantId = shiquan.Id, Name = "新设镇" });
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var added = new Township { Id = Guid.NewGuid(), Name = "新设镇" };
            db.Townships.Add(added);
            await db.SaveChangesAsync();
            Assert.Equal(youxi.Id, added.TenantId);
        }

        Assert.DoesNotContain((await database.Services.TenantAsync("shiquan")).Townships, t => t.Name == "新设镇");
        Assert.Contains((await database.Services.TenantAsync("youxi")).Townships, t => t.Name == "新设镇");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Without_a_signed_in_tenant_queries_return_nothing_and_saves_throw(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        await using var scope = database.Services.AnonymousScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await db.Townships.ToListAsync());
        Assert.Empty(await db.Tenants.ToListAsync());
        Assert.Null(await db.Townships.FindAsync(youxi.Townships[0].Id));

        db.Townships.Add(new Township { Id = Guid.NewGuid(), TenantId = youxi.Id, Name = "新设镇" });
        var error = await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        Assert.Contains("no tenant", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Moving_an_own_row_to_another_tenant_throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        var shiquan = await database.Services.TenantAsync("shiquan");

        await using (var scope = database.Services.ScopeAs(youxi.Id, Roles.Admin))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var own = await db.Townships.SingleAsync(t => t.Name == "梅仙镇");
            own.TenantId = shiquan.Id;
            await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        }

        Assert.Contains((await database.Services.TenantAsync("youxi")).Townships, t => t.Name == "梅仙镇");
    }
}
