using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>
/// A fresh database (the Testing library's SQLite file or PostgreSQL database) with two tenants: 尤溪县 (youxi-2020, two
/// townships) and 石泉县 (shiquan-2021, one township), the real pipeline and handlers, and users
/// to act as. Requests go through the mediator in a new DI scope each, like the portal does.
/// </summary>
public sealed class ClerkWorld : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly TestDatabase database;

    private ClerkWorld(ServiceProvider services, TestClock clock, TestDatabase database)
    {
        this.services = services;
        Clock = clock;
        this.database = database;
    }

    public TestClock Clock { get; }
    public Guid YouxiId { get; } = Guid.CreateVersion7();
    public Guid ShiquanId { get; } = Guid.CreateVersion7();
    public Guid Chengguan { get; } = Guid.CreateVersion7();
    public Guid Meixian { get; } = Guid.CreateVersion7();
    public Guid ShiquanChengguan { get; } = Guid.CreateVersion7();

    /// <summary>尤溪县城关镇经办员.</summary>
    public TestUser ClerkA => new("clerk-chengguan", YouxiId, [Roles.Clerk], [Chengguan]);

    /// <summary>尤溪县梅仙镇经办员.</summary>
    public TestUser ClerkB => new("clerk-meixian", YouxiId, [Roles.Clerk], [Meixian]);

    public TestUser CountyStaff => new("county-youxi", YouxiId, [Roles.CountyStaff], []);
    public TestUser Supervisor => new("supervisor-youxi", YouxiId, [Roles.Supervisor], []);
    public TestUser Admin => new("admin-youxi", YouxiId, [Roles.Admin], []);

    /// <summary>石泉县 users: another tenant.</summary>
    public TestUser OtherTenantClerk => new("clerk-shiquan", ShiquanId, [Roles.Clerk], [ShiquanChengguan]);
    public TestUser OtherTenantCounty => new("county-shiquan", ShiquanId, [Roles.CountyStaff], []);

    /// <summary>A new world; <paramref name="configure"/> adds to the services (e.g. a test's save interceptor).</summary>
    public static async Task<ClerkWorld> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock();
        var collection = new ServiceCollection().AddApplicationWith<ScopedUser>(database.Options, clock);
        configure?.Invoke(collection);
        var world = new ClerkWorld(collection.BuildServiceProvider(), clock, database);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSchema.CreateAsync(db);
        var user = scope.ServiceProvider.GetRequiredService<ScopedUser>();
        db.Tenants.Add(new Tenant { Id = YouxiId, Code = "youxi", Name = "尤溪县", CurrentProfileId = "youxi-2020" });
        db.Tenants.Add(new Tenant { Id = ShiquanId, Code = "shiquan", Name = "石泉县", CurrentProfileId = "shiquan-2021" });
        user.User = CountyStaff;
        db.Townships.Add(new Township { Id = Chengguan, TenantId = YouxiId, Name = "城关镇", SortOrder = 1 });
        db.Townships.Add(new Township { Id = Meixian, TenantId = YouxiId, Name = "梅仙镇", SortOrder = 2 });
        await db.SaveChangesAsync();
        user.User = OtherTenantCounty;
        db.Townships.Add(new Township { Id = ShiquanChengguan, TenantId = ShiquanId, Name = "城关镇", SortOrder = 1 });
        await db.SaveChangesAsync();
    }

    /// <summary>Sends a request as <paramref name="user"/> through the full pipeline in its own scope.</summary>
    public async Task<T> Send<T>(TestUser user, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopedUser>().User = user;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs <paramref name="work"/> with the services of one scope signed in as <paramref name="user"/> (a job's work).</summary>
    public async Task<T> Run<T>(TestUser user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopedUser>().User = user;
        return await work(scope.ServiceProvider);
    }

    /// <summary>Reads the database as <paramref name="user"/> (tenant filter on), outside the pipeline.</summary>
    public async Task<T> Read<T>(TestUser user, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopedUser>().User = user;
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Counts rows of every tenant (filters off).</summary>
    public Task<int> CountAll<T>()
        where T : class =>
        Read(CountyStaff, db => db.Set<T>().IgnoreQueryFilters().CountAsync());

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }
}
