namespace ResidentMedicalInsurance.Policies;

/// <summary>One question to a profile: who, with which certified categories and circumstances, paying when.</summary>
public sealed record PolicyCase
{
    public Person Person { get; init; } = Person.Empty;

    /// <summary>资助身份 certified by the responsible department.</summary>
    public IReadOnlyList<CategoryCertification> Categories { get; init; } = [];

    public Circumstances Circumstances { get; init; } = Circumstances.None;

    /// <summary>The payment (or registration) date; null when no payment is made.</summary>
    public DateOnly? PaymentDate { get; init; }

    /// <summary>A refund request, when the case asks one.</summary>
    public RefundRequest? Refund { get; init; }
}

/// <summary>户籍: inside this tenant (本地) or elsewhere.</summary>
public enum Hukou
{
    Nonlocal = 0,
    Local = 1,
}

/// <summary>Facts about the person (policy-spec section 2). Omitted facts are false, null or zero.</summary>
public sealed record Person
{
    public static Person Empty { get; } = new();

    public DateOnly? BirthDate { get; init; }
    public Hukou Hukou { get; init; }
    public bool ResidencePermit { get; init; }
    public bool InsuredElsewhere { get; init; }
    public bool EmployeeInsurance { get; init; }
    public bool RuralCooperative { get; init; }
    public StudentStatus? Student { get; init; }
    public bool HkMacaoTaiwan { get; init; }
    public int ResidentYears { get; init; }
    public bool Employed { get; init; }
    public bool ArmedPolice { get; init; }
    public bool ParentInsuredInPrefecture { get; init; }
}

/// <summary>在校学生: a school of this tenant, full-time college, first enrolment here.</summary>
public sealed record StudentStatus(bool LocalSchool, bool College, bool FirstEnrollment);

/// <summary>One certified subsidy category (资助身份) and the day it was certified.</summary>
public sealed record CategoryCertification(string Code, DateOnly? CertifiedOn);

/// <summary>Circumstances that change windows, fees or benefit starts (policy-spec section 2); one <see cref="Circumstance"/> each.</summary>
public sealed record Circumstances
{
    public static Circumstances None { get; } = new();

    public bool MigrantWorker { get; init; }
    public bool DischargedSoldier { get; init; }
    public DateOnly? EmployeeInsuranceEndedOn { get; init; }
    public DateOnly? PovertyConfirmedOn { get; init; }

    /// <summary>错缴异地: the day the person first paid, by no fault of their own, in the wrong pooling region (Shiquan 六(四)).</summary>
    public DateOnly? FirstPaidElsewhereOn { get; init; }
    public bool CollegeFreshman { get; init; }
    public bool ReturningGraduate { get; init; }
    public bool ReleasedPrisoner { get; init; }
    public bool LostContact { get; init; }
    public int ContinuousPriorYears { get; init; }
    public bool MedicalAssistance { get; init; }
}

/// <summary>Why a refund is asked.</summary>
public enum RefundReason
{
    Death,
    MovedOut,
    Employed,
    JoinedEmployeeInsurance,
    Conscripted,
    Imprisoned,
    Duplicate,
    Erroneous,
    WrongLocation,
}

/// <summary>退费申请: reason, the day of the event, and whether benefits were already used.</summary>
public sealed record RefundRequest(RefundReason Reason, DateOnly? Date, bool BenefitsUsed);
