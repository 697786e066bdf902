namespace ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;

/// <summary>A township row of the reference data: name, registered population and plan where a notice gives them.</summary>
public sealed record ReferenceTownship(string Name, int? Population = null, int? QuotaPlan = null);

/// <summary>One county office with its townships in the order of the notice; a notice's plans are for <see cref="PlanYear"/>.</summary>
public sealed record ReferenceTenant(string Code, string Name, string CurrentProfileId, int PlanYear, IReadOnlyList<ReferenceTownship> Townships);

/// <summary>
/// The four tenants and their townships (policy-spec.md section 9). Real data, seeded in production too.
/// Lianyungang and Haimen give no township table: their plans stay empty until a supervisor enters them.
/// </summary>
public static class ReferenceTenants
{
    public const string Lianyungang = "lianyungang";
    public const string Haimen = "haimen";
    public const string Shiquan = "shiquan";
    public const string Youxi = "youxi";

    public static IReadOnlyList<ReferenceTenant> All { get; } =
    [
        // 连政办传〔2019〕65号 is addressed to 各县、区; these are the county-level units of the city.
        new(Lianyungang, "连云港市", "lianyungang-2020", 2020,
        [
            new("海州区"), new("连云区"), new("赣榆区"), new("东海县"), new("灌云县"), new("灌南县"), new("连云港经济技术开发区"),
        ]),

        // The 2020 notice names these units (addressees and the subsidy clause).
        new(Haimen, "海门市", "haimen-2020", 2020,
        [
            new("海门经济技术开发区"), new("海门工业园区"), new("江心沙"), new("海永镇"),
        ]),

        // 石政办函〔2020〕47号 附件: 2021 enrolment plan in persons.
        new(Shiquan, "石泉县", "shiquan-2021", 2021,
        [
            new("城关镇", QuotaPlan: 43486), new("饶峰镇", QuotaPlan: 10599), new("两河镇", QuotaPlan: 8108),
            new("迎丰镇", QuotaPlan: 6706), new("池河镇", QuotaPlan: 20304), new("后柳镇", QuotaPlan: 12615),
            new("中池镇", QuotaPlan: 10417), new("曾溪镇", QuotaPlan: 6065), new("喜河镇", QuotaPlan: 15146),
            new("熨斗镇", QuotaPlan: 12689), new("云雾山镇", QuotaPlan: 8430),
        ]),

        // 尤政办〔2019〕45号 附件2: registered population / 2020 task.
        new(Youxi, "尤溪县", "youxi-2020", 2020,
        [
            new("城关镇", 57645, 30224), new("梅仙镇", 34947, 32441), new("西滨镇", 25454, 23713),
            new("洋中镇", 29610, 26862), new("新阳镇", 50961, 44628), new("管前镇", 26883, 24812),
            new("西城镇", 47112, 44472), new("联合镇", 21570, 19567), new("汤川乡", 18248, 15973),
            new("溪尾乡", 14677, 13589), new("中仙乡", 39129, 33928), new("台溪乡", 34454, 31242),
            new("坂面镇", 37930, 34924), new("八字桥乡", 12768, 11742), new("尤溪口镇", 796, 683),
        ]),
    ];
}
