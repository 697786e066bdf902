using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>
/// How a clerk reads an audited value: zh-CN field names, names instead of record ids (<see cref="AuditNames"/>),
/// yuan instead of fen, Chinese dates, labels instead of stored codes. Id, tenant and version are not shown.
/// </summary>
public static class AuditValues
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "Id", "TenantId", "Version" };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["TownshipId"] = "乡镇", ["HouseholdId"] = "户", ["ResidentId"] = "参保人",
        ["EnrollmentId"] = "参保登记", ["PaymentId"] = "缴费记录", ["HeadResidentId"] = "户主",
        ["Number"] = "户号", ["Address"] = "住址", ["Village"] = "村（社区）", ["Name"] = "姓名", ["IdNumber"] = "身份证号",
        ["BirthDate"] = "出生年份", ["Sex"] = "性别", ["Relationship"] = "与户主关系", ["Hukou"] = "户籍", ["Student"] = "学生身份",
        ["EmployeeInsurance"] = "职工医保", ["OtherDocument"] = "其他证件", ["OtherDocumentNumber"] = "证件号码", ["Phone"] = "联系电话",
        ["CreatedAt"] = "登记时间", ["Year"] = "参保年度", ["ProfileId"] = "政策", ["Status"] = "状态", ["Circumstances"] = "特殊情形",
        ["StandardFeeFen"] = "缴费标准", ["SubsidyFen"] = "资助金额", ["SubsidyCode"] = "资助身份", ["AmountDueFen"] = "应缴金额",
        ["AmountFen"] = "金额", ["Basis"] = "依据", ["EnrolledAt"] = "参保登记时间", ["Renewed"] = "续保", ["PaidAt"] = "缴费时间",
        ["BenefitStart"] = "待遇开始", ["BenefitEnd"] = "待遇结束", ["EndedAt"] = "终止时间", ["Channel"] = "缴费渠道", ["Voucher"] = "凭证号",
        ["RecordedAt"] = "录入时间", ["RecordedBy"] = "经办人", ["Reason"] = "退费原因", ["EventDate"] = "事由发生日期",
        ["BenefitsUsed"] = "已享受待遇", ["Note"] = "备注", ["EndsEnrollment"] = "终止参保", ["RequestedAt"] = "申请时间",
        ["RequestedBy"] = "申请人", ["DecidedAt"] = "审核时间", ["DecidedBy"] = "审核人", ["DecisionNote"] = "审核意见",
        ["Code"] = "资助身份", ["CertifiedOn"] = "认定日期", ["Departure"] = "变动原因", ["DepartedOn"] = "变动日期",
    };

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["True"] = "是", ["False"] = "否", ["None"] = "无", ["Male"] = "男", ["Female"] = "女", ["Local"] = "本地户籍", ["NonLocal"] = "外地户籍",
        ["Head"] = "户主", ["Spouse"] = "配偶", ["Child"] = "子女", ["Parent"] = "父母", ["Grandchild"] = "孙子女",
        ["Grandparent"] = "祖父母", ["Sibling"] = "兄弟姐妹", ["ChildInLaw"] = "儿媳/女婿",
        ["LocalSchool"] = "本地中小学/幼儿园在校生", ["College"] = "本地全日制高校在校生",
        ["ResidencePermit"] = "居住证", ["HkMacaoTaiwanPermit"] = "港澳台居民居住证", ["BirthCertificate"] = "出生医学证明",
        ["AwaitingPayment"] = "待缴费", ["Paid"] = "已缴费", ["Ended"] = "已终止",
        ["Pending"] = "待审核", ["Approved"] = "已批准", ["Rejected"] = "已驳回",
        ["Death"] = "死亡", ["MovedOut"] = "户籍迁出", ["Employed"] = "就业", ["JoinedEmployeeInsurance"] = "参加职工医保",
        ["Conscripted"] = "应征入伍", ["Imprisoned"] = "服刑", ["Duplicate"] = "重复缴费", ["Erroneous"] = "误缴", ["WrongLocation"] = "缴费地错误",
        ["LeftHousehold"] = "离户",
    };

    public static bool Shown(string field) => !Hidden.Contains(field);

    /// <summary>The field's zh-CN name; a nested one (<c>Circumstances.MigrantWorker</c>) by its last part.</summary>
    public static string Field(string field) => Fields.TryGetValue(field, out var label) ? label : field[(field.LastIndexOf('.') + 1)..];

    /// <summary>The value as the clerk reads it; <paramref name="names"/> turns ids and user names into names.</summary>
    public static string Value(string field, string? value, AuditNames names) => value switch
    {
        null => "—",
        _ when field.EndsWith("Fen", StringComparison.Ordinal) && long.TryParse(value, CultureInfo.InvariantCulture, out var fen) => Display.Yuan(fen),
        _ when field.EndsWith("Id", StringComparison.Ordinal) && Guid.TryParse(value, out var id) => names.Record(id),
        _ when field.EndsWith("By", StringComparison.Ordinal) => names.User(value),
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Display.Date(date),
        _ when value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => Display.Time(at),
        _ => Codes.GetValueOrDefault(value, value),
    };
}
