using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>zh-CN labels of the domain's enumerations.</summary>
public static class Labels
{
    public static string Of(Sex sex) => sex == Sex.Male ? "男" : "女";

    public static string Of(Relationship r) => r switch
    {
        Relationship.Head => "户主",
        Relationship.Spouse => "配偶",
        Relationship.Child => "子女",
        Relationship.Parent => "父母",
        Relationship.Grandchild => "孙子女",
        Relationship.Grandparent => "祖父母",
        Relationship.Sibling => "兄弟姐妹",
        Relationship.ChildInLaw => "儿媳/女婿",
        _ => "其他",
    };

    public static string Of(HukouKind h) => h == HukouKind.Local ? "本地户籍" : "外地户籍";

    public static string Of(StudentStatus s) => s switch
    {
        StudentStatus.LocalSchool => "本地中小学/幼儿园在校生",
        StudentStatus.College => "本地全日制高校在校生",
        _ => "非在校生",
    };

    public static string Of(OtherDocumentKind d) => d switch
    {
        OtherDocumentKind.ResidencePermit => "居住证",
        OtherDocumentKind.HkMacaoTaiwanPermit => "港澳台居民居住证",
        OtherDocumentKind.BirthCertificate => "出生医学证明",
        _ => "无",
    };

    public static string Of(EnrollmentStatus s) => s switch
    {
        EnrollmentStatus.AwaitingPayment => "待缴费",
        EnrollmentStatus.Paid => "已缴费",
        _ => "已终止",
    };

    public static string Of(RefundStatus s) => s switch
    {
        RefundStatus.Pending => "待审核",
        RefundStatus.Approved => "已批准",
        _ => "已驳回",
    };

    public static string Of(RefundReason r) => r switch
    {
        RefundReason.Death => "死亡",
        RefundReason.MovedOut => "户籍迁出",
        RefundReason.Employed => "就业",
        RefundReason.JoinedEmployeeInsurance => "参加职工医保",
        RefundReason.Conscripted => "应征入伍",
        RefundReason.Imprisoned => "服刑",
        RefundReason.Duplicate => "重复缴费",
        RefundReason.Erroneous => "误缴",
        _ => "缴费地错误",
    };

    /// <summary>Labels of the circumstances that are set, in a fixed order.</summary>
    public static IReadOnlyList<string> Of(EnrollmentCircumstances c)
    {
        var list = new List<string>();
        if (c.MigrantWorker) { list.Add("外出务工"); }
        if (c.DischargedSoldier) { list.Add("当年退役士兵"); }
        if (c.CollegeFreshman) { list.Add("大学新生"); }
        if (c.ReturningGraduate) { list.Add("外省市毕业回乡大学生"); }
        if (c.ReleasedPrisoner) { list.Add("刑满释放人员"); }
        if (c.LostContact) { list.Add("失联人员"); }
        if (c.MedicalAssistance) { list.Add("医疗救助对象"); }
        if (c.EmployeeInsuranceEndedOn is { } ended) { list.Add($"职工医保停保（{Display.Date(ended)}）"); }
        if (c.PovertyConfirmedOn is { } poor) { list.Add($"新识别建档立卡（{Display.Date(poor)}）"); }
        if (c.ContinuousPriorYears > 0) { list.Add($"连续参保 {c.ContinuousPriorYears} 年"); }
        return list;
    }
}
