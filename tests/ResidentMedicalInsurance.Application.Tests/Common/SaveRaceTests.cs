using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Common;

/// <summary>
/// ADR 0044: only a row refused by a unique index (another clerk saved the same thing first) gives the
/// clerk the "刚刚已被他人登记" message; a foreign-key or length failure is a bug and stays an error
/// (logged, generic message). The database really refuses each row: right before the save of 建户,
/// <see cref="ChangeBeforeSave"/> changes the new household as the race or the bug would have.
/// </summary>
public sealed class SaveRaceTests
{
    private const string RaceMessage = "该身份证号或户号刚刚已被他人登记，请刷新后在户籍查询中查找。";

    /// <summary>A foreign key on every provider; a value too long where the database checks lengths (not SQLite).</summary>
    public static TheoryData<DatabaseProvider, string> Bugs
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in TestProviders.Available)
            {
                data.Add(provider, "foreign key");
                if (provider != DatabaseProvider.Sqlite)
                {
                    data.Add(provider, "too long");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_number_saved_by_another_clerk_first_gives_the_race_message(DatabaseProvider provider)
    {
        var change = new ChangeBeforeSave();
        await using var world = await ClerkWorld.CreateAsync(provider, change.Register);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");

        // The number was free when 建户 checked it; another clerk's H001 is on record when it saves.
        change.Next = h => h.Number = "H001";
        var refused = await Assert.ThrowsAsync<AppException>(() => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002"));

        Assert.Equal(RaceMessage, refused.Message);
        Assert.Equal(1, await world.CountAll<Household>());
    }

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task Any_other_refused_row_is_an_error_not_the_race_message(DatabaseProvider provider, string bug)
    {
        var change = new ChangeBeforeSave();
        await using var world = await ClerkWorld.CreateAsync(provider, change.Register);

        change.Next = bug == "foreign key"
            ? h => h.TownshipId = Guid.CreateVersion7()
            : h => h.Village = new string('村', Household.VillageMaxLength + 1);
        var failure = await Record.ExceptionAsync(() => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001"));

        Assert.IsAssignableFrom<DbUpdateException>(failure);
        Assert.IsNotAssignableFrom<AppException>(failure);
        Assert.Equal(0, await world.CountAll<Household>());
    }

    /// <summary>Changes the next new household right before its save (once), as a race or a bug would.</summary>
    private sealed class ChangeBeforeSave : SaveChangesInterceptor
    {
        public Action<Household>? Next { get; set; }

        public void Register(IServiceCollection services) =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(this), ServiceLifetime.Scoped);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<Household>().FirstOrDefault(e => e.State == EntityState.Added);
            if (added is not null && Next is { } change)
            {
                Next = null;
                change(added.Entity);
            }

            return ValueTask.FromResult(result);
        }
    }
}
