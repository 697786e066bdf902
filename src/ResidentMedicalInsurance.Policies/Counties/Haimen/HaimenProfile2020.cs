namespace ResidentMedicalInsurance.Policies.Counties.Haimen;

/// <summary>海门市 2020 年度居民医保 (市政府办公室关于做好2020年度居民基本医疗保险参保缴费工作的通知).</summary>
public sealed class HaimenProfile2020() : HaimenRules("haimen-2020", "海门市 2020 年度居民医保通知", Data2020)
{
    public static HaimenData Data2020 { get; } = new()
    {
        Year = 2020,
        FeeFen = 360_00,
        CriticalIllnessFen = 20_00,
        LongTermCareFen = 10_00,
        PerCapitaFundingFen = 1200_00,
        WindowOpens = new DateOnly(2019, 9, 1),
        WindowCloses = new DateOnly(2019, 12, 20),
        ExemptRegisteredBy = new DateOnly(2019, 12, 15),
        ContinuousPayersUntil = new DateOnly(2020, 3, 31),
        ContinuousYearsRequired = 2,
    };
}
