using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>A member of a demo household certified in a category (code) of the county's current profile.</summary>
public sealed record DemoCertification(string Household, string Name, string Category, DateOnly CertifiedOn);

/// <summary>A department's roster of the current year, uploaded and approved by the county's demo staff member.</summary>
public sealed record DemoRoster(string Department, IReadOnlyList<DemoCertification> Rows)
{
    /// <summary>The uploaded file's name, which the certifications' source and the household page show.</summary>
    public string FileName(int year) => $"{Department}资助参保名单{year}（演示）.xlsx";
}

/// <summary>
/// One small approved roster per county (demo data only), so the demo shows certifications: for each county a
/// waived full subsidy for a member enrolled this year and not yet paid (the clerk sees 0.00 due with the
/// roster in the basis), and one for a member not enrolled yet (the enrolment form lists it). Dates are before
/// each profile's cut-off. The browser tests keep clear of these people.
/// </summary>
public static class DemoRosters
{
    public static IReadOnlyDictionary<string, DemoRoster> ByTenant { get; } = new Dictionary<string, DemoRoster>
    {
        [ReferenceTenants.Youxi] = new("民政局",
        [
            new("YX-DEMO-003", "詹明亮", "yiliao-jiuzhu-1", new(2019, 3, 12)),
            new("YX-DEMO-004", "黄玉珍", "yiliao-jiuzhu-2", new(2019, 5, 20)),
        ]),
        [ReferenceTenants.Shiquan] = new("民政局",
        [
            new("SQ-DEMO-003", "杨小燕", "tekun", new(2020, 4, 10)),
            new("SQ-DEMO-004", "何长春", "dibao", new(2020, 6, 18)),
        ]),
        [ReferenceTenants.Haimen] = new("民政局",
        [
            new("HM-DEMO-003", "陆晓燕", "dibao-family", new(2019, 6, 20)),
            new("HM-DEMO-004", "顾红英", "linshi-dabing", new(2019, 8, 5)),
        ]),
        [ReferenceTenants.Lianyungang] = new("民政局",
        [
            new("LYG-DEMO-003", "吴婷婷", "dibao", new(2019, 7, 15)),
            new("LYG-DEMO-004", "杨金宝", "tekun", new(2019, 4, 2)),
        ]),
    };
}
