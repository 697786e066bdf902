namespace ResidentMedicalInsurance.Policies.Counties.Youxi;

/// <summary>尤溪县 2020 年度城乡居民医保 (尤政办〔2019〕45号).</summary>
public sealed class YouxiProfile2020() : YouxiRules("youxi-2020", "尤政办〔2019〕45号", Data2020)
{
    public static YouxiData Data2020 { get; } = new()
    {
        Year = 2020,
        FeeFen = 250_00,
        FiscalSubsidyFen = 520_00,
        IndividualFeeUntil = new DateOnly(2020, 6, 30),
        AccidentInsuranceFen = 30_00,
        WindowOpens = new DateOnly(2019, 9, 1),
        WindowCloses = new DateOnly(2019, 12, 31),
        OverdueWaitDays = 60,
        CountyExemptionsCertifiedBy = new DateOnly(2019, 9, 30),
    };
}
