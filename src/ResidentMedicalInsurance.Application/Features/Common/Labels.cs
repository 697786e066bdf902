using ResidentMedicalInsurance.Application.Policy;
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

    public static string Of(DepartureReason d) => d switch
    {
        DepartureReason.Death => "死亡",
        DepartureReason.MovedOut => "户籍迁出",
        _ => "离户",
    };

    /// <summary>Labels of the circumstances that are set, in the catalogue's order: 外出务工, 职工医保停保（date）, 连续参保 3 年.</summary>
    public static IReadOnlyList<string> Of(EnrollmentCircumstances c) =>
        StoredCircumstance.All.Select(s => TextIfSet(s, c)).OfType<string>().ToList();

    private static string? TextIfSet(StoredCircumstance stored, EnrollmentCircumstances c) => stored switch
    {
        StoredCircumstance<bool> flag => flag.Get(c) ? flag.Circumstance.Label : null,
        StoredCircumstance<DateOnly?> date => date.Get(c) is { } d ? $"{date.Circumstance.Label}（{Display.Date(d)}）" : null,
        StoredCircumstance<int> number => number.Get(c) is > 0 and var n ? $"{number.Circumstance.Label} {n} {number.Circumstance.Unit}" : null,
        _ => null,
    };
}
