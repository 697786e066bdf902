namespace ResidentMedicalInsurance.Domain.Auditing;

/// <summary>Why a user asked to see a full ID number (查看事由), stored in the reveal's audit entry.</summary>
public enum RevealPurpose
{
    /// <summary>核对身份.</summary>
    VerifyIdentity = 1,

    /// <summary>打印登记表.</summary>
    PrintRegistrationForm = 2,

    /// <summary>办理退费.</summary>
    Refund = 3,

    /// <summary>其他 (the user writes the reason).</summary>
    Other = 4,
}
