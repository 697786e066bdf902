using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>The read models the clerk pages pass to their panels, built as the handlers build them.</summary>
public static class Clerk
{
    /// <summary>Like GetClerkOptions for 连云港: the real profile view and the county's payment channels.</summary>
    public static ClerkOptions Options(IPolicyGateway policy, string tenantCode = "lianyungang", string profileId = "lianyungang-2020")
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new ClerkOptions(
            "连云港市",
            policy.Profile(profileId),
            [new CodeLabel(Guid.NewGuid().ToString(), "新坝镇")],
            PaymentChannels.For(tenantCode),
            Enum.GetValues<Relationship>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<HukouKind>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<StudentStatus>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<OtherDocumentKind>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<RefundReason>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList())
        {
            RegionCodes = TenantRegions.Of(tenantCode),
        };
    }

    public static MemberView Member(string name, EnrollmentSummary? enrollment = null, Relationship relationship = Relationship.Child) => new(
        Guid.NewGuid(), name, "320703********1234", "男", "2010年",
        relationship, Labels.Of(relationship), "本地户籍", "非在校学生", "否", "无", null, enrollment);

    public static EnrollmentSummary AwaitingPayment(long? amountDueFen, string? whyNot = null) => new(
        Guid.NewGuid(), 2021, EnrollmentStatus.AwaitingPayment, Labels.Of(EnrollmentStatus.AwaitingPayment),
        amountDueFen, whyNot ?? Display.Yuan(amountDueFen), "2021年1月1日 至 2021年12月31日", null);

    public static EnrollmentSummary Paid() => new(
        Guid.NewGuid(), 2021, EnrollmentStatus.Paid, Labels.Of(EnrollmentStatus.Paid),
        280_00, Display.Yuan(280_00), "2021年1月1日 至 2021年12月31日", Guid.NewGuid());

    public static EnrollmentSummary Ended() => new(
        Guid.NewGuid(), 2021, EnrollmentStatus.Ended, Labels.Of(EnrollmentStatus.Ended),
        280_00, Display.Yuan(280_00), "2021年1月1日 至 2021年12月31日", Guid.NewGuid());

    public static HouseholdDetails Household(params MemberView[] members) => new(
        Guid.NewGuid(), "3207030001", "新坝镇新坝村一组 8 号", Guid.NewGuid(), "新坝镇", "新坝村",
        members.FirstOrDefault()?.Name ?? "", "2020-11-01 10:00", 2021, members);
}
