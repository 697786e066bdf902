namespace ResidentMedicalInsurance.Domain.Enrollments;

/// <summary>
/// Circumstances of the insurance year (特殊情形) that change fee or benefit start, as stored: one column
/// per entry of the policy engine's circumstance catalogue, bound in Application's StoredCircumstance (ADR 0046).
/// </summary>
public sealed record EnrollmentCircumstances
{
    /// <summary>外出务工.</summary>
    public bool MigrantWorker { get; init; }

    /// <summary>当年退役士兵.</summary>
    public bool DischargedSoldier { get; init; }

    /// <summary>首次在本地参保的全日制大学新生.</summary>
    public bool CollegeFreshman { get; init; }

    /// <summary>外省市毕业回乡大学生.</summary>
    public bool ReturningGraduate { get; init; }

    /// <summary>刑满释放人员.</summary>
    public bool ReleasedPrisoner { get; init; }

    /// <summary>失联人员.</summary>
    public bool LostContact { get; init; }

    /// <summary>医疗救助对象 (Youxi class 1 or 2).</summary>
    public bool MedicalAssistance { get; init; }

    /// <summary>Date employee insurance benefits stopped (职工医保停保日期).</summary>
    public DateOnly? EmployeeInsuranceEndedOn { get; init; }

    /// <summary>新识别建档立卡日期.</summary>
    public DateOnly? PovertyConfirmedOn { get; init; }

    /// <summary>错缴异地首次缴费日期: the first payment made in the wrong pooling region (Shiquan 六(四)).</summary>
    public DateOnly? FirstPaidElsewhereOn { get; init; }

    /// <summary>Consecutive prior years paid on time (连续参保年数).</summary>
    public int ContinuousPriorYears { get; init; }
}
