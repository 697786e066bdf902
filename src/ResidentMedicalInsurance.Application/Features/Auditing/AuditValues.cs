using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>
/// How a clerk reads an audited value, in the user's language: field names, names instead of record ids (<see cref="AuditNames"/>),
/// yuan instead of fen, Chinese dates, labels instead of stored codes. Id, tenant and version are not shown.
/// </summary>
public static class AuditValues
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "Id", "TenantId", "Version", "AtTicks" };

    /// <summary>The fields with a name (Texts <c>AuditField_&lt;field&gt;</c>); any other shows by its stored name.</summary>
    public static IReadOnlySet<string> Named { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "TownshipId", "HouseholdId", "ResidentId", "EnrollmentId", "PaymentId", "HeadResidentId",
        "Number", "Address", "Village", "Name", "IdNumber", "BirthDate", "Sex", "Relationship", "Hukou", "Student",
        "EmployeeInsurance", "OtherDocument", "OtherDocumentNumber", "Phone", "CreatedAt", "Year", "ProfileId", "Status", "Circumstances",
        "StandardFeeFen", "SubsidyFen", "SubsidyCode", "AmountDueFen", "AmountFen", "Basis", "EnrolledAt", "Renewed", "PaidAt",
        "BenefitStart", "BenefitEnd", "EndedAt", "Channel", "Voucher", "RecordedAt", "RecordedBy", "Reason", "EventDate",
        "BenefitsUsed", "Note", "EndsEnrollment", "RequestedAt", "RequestedBy", "DecidedAt", "DecidedBy", "DecisionNote",
        "Code", "CertifiedOn", "Departure", "DepartedOn", "ReversedAt", "ReversalId", "BatchId", "PaidOn", "CarriedToPeriod",
        "InsuredElsewhere", "Employed", "ResidentYears", "ArmedPolice", "ParentInsuredInPrefecture", "PermitValidUntil",
        "Kind", "FromHouseholdId", "FromNumber", "FromTownshipId", "FromVillage", "ToHouseholdId", "ToNumber", "ToTownshipId", "ToVillage",
        "Members", "On", "At", "By",
        "BookedOn",
        "PremiumFen", "ChosenAt", "ChosenBy", "CancelledAt", "CancelledBy", "Department", "Persons", "FileName", "RowsTotal", "RowsDone",
        "CancelRequested", "Failure", "UploadedAt", "UploadedBy", "AppliedAt", "AppliedBy", "PeriodStart", "PeriodEnd", "SignedAt", "SignedBy",
        "SentAt", "SentBy", "Figures", "AsOf", "Title", "Lines", "IssuedAt", "IssuedBy", "PaidOutOn", "Reference", "RosterId", "RosterRowId",
        "Source", "ApprovedAt", "ApprovedBy", "EndedByRosterId", "RejectReason", "SortOrder", "Population", "EnteredBy", "EnteredAt",
    };

    /// <summary>Fields one record names its own way (Texts <c>AuditField_&lt;record&gt;_&lt;field&gt;</c>): a reversal's reason is not a refund's.</summary>
    public static IReadOnlySet<(string Entity, string Field)> NamedByRecord { get; } = new HashSet<(string, string)>
    {
        ("PaymentReversal", "Reason"),
    };

    /// <summary>Stored codes and the Texts key of their label (the enumerations' own, or <c>AuditCode_</c>).</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["True"] = "AuditCode_True", ["False"] = "AuditCode_False", ["None"] = "AuditCode_None",
        ["Male"] = "Sex_Male", ["Female"] = "Sex_Female", ["Local"] = "Hukou_Local", ["NonLocal"] = "Hukou_NonLocal",
        ["Head"] = "Relationship_Head", ["Spouse"] = "Relationship_Spouse", ["Child"] = "Relationship_Child", ["Parent"] = "Relationship_Parent",
        ["Grandchild"] = "Relationship_Grandchild", ["Grandparent"] = "Relationship_Grandparent", ["Sibling"] = "Relationship_Sibling",
        ["ChildInLaw"] = "Relationship_ChildInLaw", ["LocalSchool"] = "Student_LocalSchool", ["College"] = "Student_College",
        ["ResidencePermit"] = "OtherDocument_ResidencePermit", ["HkMacaoTaiwanPermit"] = "OtherDocument_HkMacaoTaiwanPermit",
        ["BirthCertificate"] = "OtherDocument_BirthCertificate",
        ["AwaitingPayment"] = "EnrollmentStatus_AwaitingPayment", ["Paid"] = "EnrollmentStatus_Paid", ["Ended"] = "EnrollmentStatus_Ended",
        ["Pending"] = "RefundStatus_Pending", ["Approved"] = "RefundStatus_Approved", ["Rejected"] = "RefundStatus_Rejected",
        ["Death"] = "RefundReason_Death", ["MovedOut"] = "RefundReason_MovedOut", ["Employed"] = "RefundReason_Employed",
        ["JoinedEmployeeInsurance"] = "RefundReason_JoinedEmployeeInsurance", ["Conscripted"] = "RefundReason_Conscripted",
        ["Imprisoned"] = "RefundReason_Imprisoned", ["Duplicate"] = "RefundReason_Duplicate", ["Erroneous"] = "RefundReason_Erroneous",
        ["WrongLocation"] = "RefundReason_WrongLocation", ["LeftHousehold"] = "Departure_LeftHousehold",
        ["InForce"] = "PaymentStatus_InForce", ["Reversed"] = "PaymentStatus_Reversed",
        ["Move"] = "AuditCode_Move", ["Split"] = "AuditCode_Split", ["Merge"] = "AuditCode_Merge",
        ["Credit"] = "AuditCode_AccountCredit", ["Refund"] = "AuditCode_AccountRefund",
        ["Chosen"] = "AuditCode_Chosen", ["Cancelled"] = "AuditCode_Cancelled", ["Queued"] = "AuditCode_Queued", ["Reading"] = "AuditCode_Reading",
        ["Matching"] = "AuditCode_Matching", ["Ready"] = "AuditCode_Ready", ["Applied"] = "AuditCode_Applied", ["Applying"] = "AuditCode_Applying",
        ["Failed"] = "AuditCode_Failed", ["Reviewed"] = "AuditCode_Reviewed", ["SignedOff"] = "AuditCode_SignedOff", ["SentToFinance"] = "AuditCode_SentToFinance",
        ["Household"] = "AuditCode_Household", ["Township"] = "AuditCode_Township", ["Full"] = "AuditCode_Full", ["Change"] = "AuditCode_Change",
        ["Notice"] = "AuditCode_Notice", ["Entered"] = "AuditCode_Entered", ["Imported"] = "AuditCode_Imported", ["Other"] = "Relationship_Other",
    };

    public static bool Shown(string field) => !Hidden.Contains(field);

    /// <summary>The field's name; a nested one (<c>Circumstances.MigrantWorker</c>) by its last part.</summary>
    public static string Field(string field) => Named.Contains(field) ? Texts.Get($"AuditField_{field}") : field[(field.LastIndexOf('.') + 1)..];

    /// <summary>The field's name on a record of <paramref name="entityType"/> (<see cref="NamedByRecord"/>, else <see cref="Field(string)"/>).</summary>
    public static string Field(string field, string entityType) =>
        NamedByRecord.Contains((entityType, field)) ? Texts.Get($"AuditField_{entityType}_{field}") : Field(field);

    /// <summary>The value as the clerk reads it; <paramref name="names"/> turns ids and user names into names.</summary>
    public static string Value(string field, string? value, AuditNames names) => value switch
    {
        null => "—",
        _ when field.EndsWith("Fen", StringComparison.Ordinal) && long.TryParse(value, CultureInfo.InvariantCulture, out var fen) => Display.Yuan(fen),
        _ when field.EndsWith("Id", StringComparison.Ordinal) && Guid.TryParse(value, out var id) => names.Record(id),
        _ when field.EndsWith("By", StringComparison.Ordinal) => names.User(value),
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Display.Date(date),
        _ when value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => Display.Time(at),
        _ => Codes.TryGetValue(value, out var key) ? Texts.Get(key) : value,
    };
}
