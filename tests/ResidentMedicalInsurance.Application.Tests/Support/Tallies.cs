using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Progress;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>The maintained progress counters of 尤溪县 against a recount from the rows (ADR 0061).</summary>
public static class Tallies
{
    public static async Task AssertEqualRecountAsync(this ClerkWorld world)
    {
        var (stored, recount) = await world.Read(world.CountyStaff, async db =>
            (Shape(await TallyRecount.StoredAsync(db, world.YouxiId, default)), Shape(await TallyRecount.CountAsync(db, world.YouxiId, default))));
        Assert.Equal(recount, stored);
    }

    /// <summary>The counters without their zero rows, in key order, comparable as strings.</summary>
    private static List<string> Shape(TallyDelta counts) =>
        counts.Villages.Where(v => v.Value != default).Select(v => $"{v.Key} {v.Value}")
            .Concat(counts.Days.Where(d => d.Value != 0).Select(d => $"{d.Key} {d.Value}"))
            .Order(StringComparer.Ordinal).ToList();
}
