using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>Names of audited actions, records and operations in the user's language (Texts <c>AuditAction_</c>, <c>AuditEntity_</c>, <c>AuditOperation_</c>).</summary>
public static class AuditLabels
{
    /// <summary>The actions with a name; any other shows as stored.</summary>
    public static IReadOnlySet<string> Actions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "RegisterHousehold", "AddHouseholdMember", "UpdateResident", "MarkResidentDeparted", "WithdrawRegistration", "RevealIdNumber",
        "EnrollResident", "RenewEnrollments", "RecordPayment", "RecordHouseholdPayment", "RecordTownshipBatch", "RequestRefund", "DecideRefund",
        "RequestPaymentReversal", "ApprovePaymentReversal", "RejectPaymentReversal",
        "MoveHousehold", "MoveResident", "SplitHousehold", "MergeHouseholds",
        "CreditPersonalAccounts",
        "ChooseAccidentInsurance", "CancelAccidentInsurance", "PayAccidentInsurance",
    };

    /// <summary>The records with a name; any other shows as stored.</summary>
    public static IReadOnlySet<string> Entities { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Household", "Resident", "SubsidyCertification", "Enrollment", "Payment", "PaymentBatch", "Refund", "PaymentReversal",
        "HouseholdMove",
        "PersonalAccountEntry",
        "AccidentCover",
    };

    public static string Action(string action) => Actions.Contains(action) ? Texts.Get($"AuditAction_{action}") : action;

    public static string Entity(string entityType) => Entities.Contains(entityType) ? Texts.Get($"AuditEntity_{entityType}") : entityType;

    public static string Operation(AuditOperation operation) =>
        Texts.Get($"AuditOperation_{(Enum.IsDefined(operation) ? operation : AuditOperation.Revealed)}");
}
