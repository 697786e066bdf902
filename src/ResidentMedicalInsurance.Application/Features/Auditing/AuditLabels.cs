using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>zh-CN names of audited actions, records and operations.</summary>
public static class AuditLabels
{
    public static string Action(string action) => action switch
    {
        "RegisterHousehold" => "建户",
        "AddHouseholdMember" => "登记家庭成员",
        "UpdateResident" => "信息变更",
        "MarkResidentDeparted" => "死亡、迁出或离户登记",
        "WithdrawRegistration" => "撤销登记",
        "RevealIdNumber" => "查看完整身份证号",
        "EnrollResident" => "参保登记",
        "RenewEnrollments" => "续保",
        "RecordPayment" => "缴费登记",
        "RequestRefund" => "退费申请",
        "DecideRefund" => "退费审核",
        _ => action,
    };

    public static string Entity(string entityType) => entityType switch
    {
        "Household" => "户",
        "Resident" => "居民",
        "SubsidyCertification" => "资助身份",
        "Enrollment" => "参保登记",
        "Payment" => "缴费",
        "Refund" => "退费申请",
        _ => entityType,
    };

    public static string Operation(AuditOperation operation) => operation switch
    {
        AuditOperation.Added => "新增",
        AuditOperation.Modified => "修改",
        AuditOperation.Deleted => "删除",
        _ => "查看",
    };
}
