namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>The columns of a paid-records file from the tax bureau or a bank (docs/user-guide.md), in any order.</summary>
public static class PaidLayout
{
    public const string IdNumber = "id";
    public const string Name = "name";
    public const string Year = "year";
    public const string Amount = "amount";
    public const string PaidAt = "paid-at";
    public const string Channel = "channel";
    public const string Voucher = "voucher";
    public const string TaxOffice = "office";

    public static TableLayout Columns { get; } = new(
    [
        new(IdNumber, "身份证号", ["身份证号码", "公民身份号码", "证件号码", "缴费人证件号码"], true),
        new(Name, "姓名", ["缴费人姓名", "参保人姓名"], true),
        new(Year, "缴费年度", ["费款所属期", "所属年度", "参保年度"], true),
        new(Amount, "缴费金额", ["实缴金额", "金额", "缴费金额（元）"], true),
        new(PaidAt, "缴费时间", ["缴款日期", "入库日期", "缴费日期"], true),
        new(Channel, "缴费渠道", ["缴费方式", "渠道"], false),
        new(Voucher, "电子税票号", ["凭证号", "电子税票号码", "票证号码", "税票号码"], true),
        new(TaxOffice, "征收机关", ["税务机关", "主管税务机关"], false),
    ]);
}
