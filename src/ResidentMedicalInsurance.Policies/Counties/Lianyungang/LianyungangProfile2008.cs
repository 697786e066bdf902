namespace ResidentMedicalInsurance.Policies.Counties.Lianyungang;

/// <summary>连云港市市区城镇居民医保 2008 年度 (连政办发〔2007〕149号).</summary>
public sealed class LianyungangProfile2008() : LianyungangUrbanRules("lianyungang-2008", "连政办发〔2007〕149号", Data2008)
{
    public static LianyungangUrbanData Data2008 { get; } = new()
    {
        Year = 2008,
        FeeFen = 120_00,
        ReducedFeeFen = 60_00,
        // 工本费 is set by the price bureau and not stated in the notice: 0 until the office enters it.
        CardFeeFen = 0,
        PersonalAccountFen = 50_00,
        WindowOpens = new DateOnly(2007, 9, 1),
        WindowCloses = new DateOnly(2007, 12, 10),
        EarlyRegistrationUntil = new DateOnly(2007, 9, 20),
        LaunchDate = new DateOnly(2007, 10, 1),
    };
}
