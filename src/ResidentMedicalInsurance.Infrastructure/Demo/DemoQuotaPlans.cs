using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>
/// Plausible enrolment plans (persons) for the counties whose notices give none, so that the quota
/// dashboards have something to show in a demo. Invented figures: demo data only.
/// </summary>
public static class DemoQuotaPlans
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByTenant { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            [ReferenceTenants.Lianyungang] = new Dictionary<string, int>
            {
                ["海州区"] = 412000, ["连云区"] = 98000, ["赣榆区"] = 756000, ["东海县"] = 862000,
                ["灌云县"] = 731000, ["灌南县"] = 566000, ["连云港经济技术开发区"] = 87000,
            },
            [ReferenceTenants.Haimen] = new Dictionary<string, int>
            {
                ["海门经济技术开发区"] = 64000, ["海门工业园区"] = 38000, ["江心沙"] = 7200, ["海永镇"] = 5600,
            },
        };
}
