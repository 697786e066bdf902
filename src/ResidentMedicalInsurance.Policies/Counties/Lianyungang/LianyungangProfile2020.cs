namespace ResidentMedicalInsurance.Policies.Counties.Lianyungang;

/// <summary>连云港市 2020 年度城乡居民医保 (连政办传〔2019〕65号).</summary>
public sealed class LianyungangProfile2020() : LianyungangRules("lianyungang-2020", "连政办传〔2019〕65号", Data2020)
{
    public static LianyungangData Data2020 { get; } = new()
    {
        Year = 2020,
        FeeFen = 260_00,
        CriticalIllnessFen = 65_00,
        WindowOpens = new DateOnly(2019, 9, 1),
        WindowCloses = new DateOnly(2019, 12, 31),
        LatePaymentsUntil = new DateOnly(2020, 6, 30),
        SubsidyFundedBy = "财政（县及赣榆区由县财政负担，其他市区由市、区共担）",
    };
}
