using BenchmarkDotNet.Attributes;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// One full decision (eligibility + fee quote + benefit period, with basis) per profile, cycling through
/// 1,024 seeded synthetic residents that the profile accepts. Target: under 1 µs and 512 B per decision.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private const int Mask = 1023;
    private static readonly string[] Ids = ["lianyungang-2020", "lianyungang-2008", "haimen-2020", "shiquan-2021", "youxi-2020"];
    private IPolicyProfile[] _profiles = [];
    private PolicyCase[][] _cases = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new CaseGenerator(seed: 2020);
        _profiles = Ids.Select(id => PolicyCatalog.Find(id)!).ToArray();
        _cases = _profiles.Select(p => Enumerable.Range(0, Mask + 1).Select(_ => generator.NextAccepted(p)).ToArray()).ToArray();
    }

    [Benchmark]
    public PolicyDecision Lianyungang2020() => Decide(0);

    [Benchmark]
    public PolicyDecision Lianyungang2008() => Decide(1);

    [Benchmark]
    public PolicyDecision Haimen2020() => Decide(2);

    [Benchmark]
    public PolicyDecision Shiquan2021() => Decide(3);

    [Benchmark]
    public PolicyDecision Youxi2020() => Decide(4);

    private PolicyDecision Decide(int profile) => _profiles[profile].Evaluate(_cases[profile][_next++ & Mask]);
}
