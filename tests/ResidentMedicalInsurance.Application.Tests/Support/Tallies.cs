using ResidentMedicalInsurance.Infrastructure.Progress;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>The maintained progress counters of 尤溪县 against a recount from the rows (ADR 0061).</summary>
public static class Tallies
{
    public static async Task AssertEqualRecountAsync(this ClerkWorld world)
    {
        var (stored, recount) = await world.Read(world.CountyStaff, async db =>
            ((await TallyRecount.StoredAsync(db, world.YouxiId, default)).Lines(), (await TallyRecount.CountAsync(db, world.YouxiId, default)).Lines()));
        Assert.Equal(recount, stored);
    }
}
