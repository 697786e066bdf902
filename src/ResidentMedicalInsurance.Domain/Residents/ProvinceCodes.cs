namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>
/// The first two digits of an ID number: the province-level division (GB/T 2260), plus the
/// Hong Kong, Macao and Taiwan residence permit codes (港澳台居民居住证: 810000, 820000, 830000).
/// </summary>
internal static class ProvinceCodes
{
    public static bool IsProvince(int code) => code switch
    {
        >= 11 and <= 15 => true, // 北京 天津 河北 山西 内蒙古
        >= 21 and <= 23 => true, // 辽宁 吉林 黑龙江
        >= 31 and <= 37 => true, // 上海 江苏 浙江 安徽 福建 江西 山东
        >= 41 and <= 46 => true, // 河南 湖北 湖南 广东 广西 海南
        >= 50 and <= 54 => true, // 重庆 四川 贵州 云南 西藏
        >= 61 and <= 65 => true, // 陕西 甘肃 青海 宁夏 新疆
        71 => true, // 台湾
        _ => false,
    };

    /// <summary>81 香港, 82 澳门, 83 台湾 (居住证): the whole six-digit code is fixed.</summary>
    public static bool IsResidencePermit(int code) => code is 81 or 82 or 83;
}
