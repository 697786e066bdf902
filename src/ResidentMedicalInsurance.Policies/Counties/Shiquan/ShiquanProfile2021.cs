namespace ResidentMedicalInsurance.Policies.Counties.Shiquan;

/// <summary>石泉县 2021 年度城乡居民医保 (石政办函〔2020〕47号).</summary>
public sealed class ShiquanProfile2021() : ShiquanRules("shiquan-2021", "石政办函〔2020〕47号", Data2021)
{
    public static ShiquanData Data2021 { get; } = new()
    {
        Year = 2021,
        FeeFen = 280_00,
        FullFundingFeeFen = 830_00,
        IndividualFeeUntil = new DateOnly(2021, 6, 30),
        WindowOpens = new DateOnly(2020, 9, 1),
        WindowCloses = new DateOnly(2020, 12, 31),
        NewbornRegistrationDays = 90,
        PriorYearNewbornUntil = new DateOnly(2021, 3, 31),
        CertifiedOnOrBefore = new DateOnly(2020, 8, 31),
        JiandangSubsidyFen = 70_00,
        DibaoSubsidyFen = 120_00,
        JishengSubsidyFen = 30_00,
    };
}
