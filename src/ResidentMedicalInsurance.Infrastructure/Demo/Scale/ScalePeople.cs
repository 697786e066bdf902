using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Infrastructure.Demo.Scale;

/// <summary>
/// The synthetic people of <c>rmi seed-scale</c>, from one seeded random source: townships drawn in proportion to
/// their plans, household sizes 1–5, names, and GB 11643 ID numbers of the tenant's region that are new to the
/// tenant. Birth dates fall on one day per month (born 1940 to the year before the insurance year), so that
/// people share their policy case and one quote serves many (ADR 0060). Same seed and same database: same people.
/// </summary>
internal sealed class ScalePeople(int seed, string region, int lastBirthYear, IReadOnlyList<int> townshipWeights, HashSet<string> taken)
{
    private const int FirstBirthYear = 1940;
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董";
    private const string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌辉鑫宇";
    private readonly Random random = new(seed);
    private readonly int weightTotal = townshipWeights.Sum();

    /// <summary>How many ID numbers the birth dates offer (1,000 sequence codes each).</summary>
    public int Capacity => (lastBirthYear - FirstBirthYear + 1) * 12 * 1000;

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public double NextDouble() => random.NextDouble();

    /// <summary>A township index, in proportion to the weights (the plans).</summary>
    public int Township()
    {
        var pick = random.Next(weightTotal);
        for (var i = 0; i < townshipWeights.Count; i++)
        {
            pick -= townshipWeights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return townshipWeights.Count - 1;
    }

    /// <summary>1 to 5 members, most households of 2 to 4.</summary>
    public int HouseholdSize() => random.Next(10) switch { 0 => 1, < 4 => 2, < 7 => 3, < 9 => 4, _ => 5 };

    public string Name() => $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}";

    /// <summary>A valid ID number no resident of the tenant has and this run has not given.</summary>
    public ResidentIdNumber IdNumber()
    {
        while (true)
        {
            var year = FirstBirthYear + random.Next(lastBirthYear - FirstBirthYear + 1);
            var month = 1 + random.Next(12);
            var birth = new DateOnly(year, month, 1 + ((year * 12 + month) % 28));
            var first17 = $"{region}{birth:yyyyMMdd}{random.Next(1000):000}";
            var number = first17 + ResidentIdNumber.ComputeCheckDigit(first17);
            if (taken.Add(number))
            {
                return ResidentIdNumber.FromStorage(number);
            }
        }
    }
}
