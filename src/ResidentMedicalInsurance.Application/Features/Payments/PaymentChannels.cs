namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>A way a resident pays, as the county's notice names it.</summary>
/// <param name="Code">Stored on the payment; unique with the voucher per tenant.</param>
/// <param name="Name">zh-CN name for the form and the receipt.</param>
/// <param name="Clause">The notice clause that names the channel.</param>
/// <param name="Department">部门代缴: only for residents whose individual fee is fully subsidised (amount 0).</param>
/// <param name="TownshipBatch">The channel the notice names for a township or village clerk paying a list of residents at once.</param>
public sealed record PaymentChannel(string Code, string Name, string Clause, bool Department = false, bool TownshipBatch = false);

/// <summary>Payment channels per tenant code, from the notices in the seeds (one list per county office).</summary>
public static class PaymentChannels
{
    public const string DepartmentCode = "department";

    /// <summary>Payments recorded from the tax bureau's paid-records file (Features/Tax); never offered at the counter.</summary>
    public const string TaxFileCode = "tax-file";

    public static PaymentChannel TaxFile { get; } = new(TaxFileCode, "税务部门已缴费信息（文件导入）", "尤政办〔2019〕45号 七、八(二)；连政办传〔2019〕65号 六(一)");

    /// <summary>A recorded payment's channel, for receipts and statements (the counter's list plus the tax file).</summary>
    public static PaymentChannel? Named(string tenantCode, string code) =>
        code == TaxFileCode ? TaxFile : For(tenantCode).FirstOrDefault(c => c.Code == code);

    private static readonly Dictionary<string, IReadOnlyList<PaymentChannel>> ByTenant = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lianyungang"] =
        [
            new("wechat", "微信小程序“江苏税务社保缴纳”", "连政办传〔2019〕65号 三"),
            new("alipay", "支付宝小程序“江苏税务社保缴费”", "连政办传〔2019〕65号 三"),
            new("rural-bank", "农商银行代缴", "连政办传〔2019〕65号 三"),
            new("cash", "现金缴费（街道/社区劳动保障所专用收据）", "连政办传〔2019〕65号 三；连政办发〔2007〕149号 第八条、第九条"),
            new(DepartmentCode, "财政全额资助（部门代缴）", "连政办传〔2019〕65号 二(二)", Department: true),
        ],
        ["haimen"] =
        [
            new("wechat", "微信小程序“江苏税务社保缴纳”", "海门市2020年度居民医保通知 四(一)"),
            new("terminal", "社会保障卡便民服务终端（小黄机）", "海门市2020年度居民医保通知 四(一)"),
            new("rural-bank", "海门农商行网点柜面", "海门市2020年度居民医保通知 四(一)"),
            new("school", "学校代收（非本市户籍在校学生）", "海门市2020年度居民医保通知 四(三)"),
            new(DepartmentCode, "市财政全额补助（部门代缴）", "海门市2020年度居民医保通知 七", Department: true),
        ],
        ["shiquan"] =
        [
            new("rural-bank-app", "县农商银行手机银行", "石政办函〔2020〕47号 五"),
            new("rural-bank-terminal", "助农E终端/ATM", "石政办函〔2020〕47号 五"),
            new("rural-bank", "县农商银行柜面", "石政办函〔2020〕47号 五"),
            new("bank-app", "工商银行/建设银行/农业银行手机APP", "石政办函〔2020〕47号 五"),
            new(DepartmentCode, "全额资助部门代缴", "石政办函〔2020〕47号 五(一)", Department: true),
        ],
        ["youxi"] =
        [
            new("wechat", "福建税务微信公众号", "尤政办〔2019〕45号 六(一)1"),
            new("mintax-app", "闽税通APP/云闪付/e三明", "尤政办〔2019〕45号 六(一)1"),
            new("e-tax", "电子税务局（村居批量代缴）", "尤政办〔2019〕45号 六(一)2", TownshipBatch: true),
            new("terminal", "村（居）委会/金融普惠点自助终端", "尤政办〔2019〕45号 六(一)3"),
            new("tax-office", "办税服务厅上门申报", "尤政办〔2019〕45号 六(一)4"),
            new(DepartmentCode, "财政代缴（免缴对象）", "尤政办〔2019〕45号 六(二)", Department: true),
        ],
    };

    /// <summary>
    /// The channels of one voucher for several persons (a household at the counter): every channel but the department's,
    /// which pays its own lists by batch (Features/Rosters).
    /// </summary>
    public static IReadOnlyList<PaymentChannel> ForHousehold(string tenantCode) => For(tenantCode).Where(c => !c.Department).ToList();

    /// <summary>
    /// A township clerk's batch: the channel the notice names for it (Youxi 六(一)2 电子税务局); a county whose notice
    /// names none takes its other channels (decision:township-batch-channels).
    /// </summary>
    public static IReadOnlyList<PaymentChannel> ForTownshipBatch(string tenantCode) =>
        For(tenantCode).Where(c => c.TownshipBatch).ToList() is { Count: > 0 } named ? named : ForHousehold(tenantCode);

    /// <summary>The tenant's channels; an unknown tenant gets the counter and department channels only.</summary>
    public static IReadOnlyList<PaymentChannel> For(string tenantCode) =>
        ByTenant.TryGetValue(tenantCode, out var list)
            ? list
            : [new("counter", "经办窗口收款", "decision:clerk-default-channels"), new(DepartmentCode, "部门代缴", "decision:clerk-default-channels", Department: true)];
}
