namespace ResidentMedicalInsurance.Policies;

/// <summary>What a circumstance holds; it decides how the value is typed in, read and shown.</summary>
public enum CircumstanceKind
{
    /// <summary>Yes or no (<see cref="bool"/>).</summary>
    Flag,

    /// <summary>A calendar date or none (<see cref="DateOnly"/>?).</summary>
    Date,

    /// <summary>A whole number not below zero (<see cref="int"/>).</summary>
    Number,
}

/// <summary>
/// One circumstance of policy-spec section 2, defined once (ADR 0046): the JSON code of
/// <c>policy evaluate</c>, the zh-CN label, the kind, and its value on the engine's <see cref="Circumstances"/>.
/// The portal, the CLI and the county rules derive from <see cref="All"/>.
/// </summary>
public abstract class Circumstance
{
    private protected Circumstance(string code, string label, CircumstanceKind kind, string? unit)
    {
        Code = code;
        Label = label;
        Kind = kind;
        Unit = unit;
    }

    /// <summary>The key under <c>circumstances</c> in a case, e.g. <c>migrantWorker</c>.</summary>
    public string Code { get; }

    /// <summary>zh-CN name, e.g. 外出务工.</summary>
    public string Label { get; }

    public CircumstanceKind Kind { get; }

    /// <summary>zh-CN unit shown after a number (年); null for flags and dates.</summary>
    public string? Unit { get; }

    public static Circumstance<bool> MigrantWorker { get; } = Flag("migrantWorker", "外出务工", c => c.MigrantWorker, (c, v) => c with { MigrantWorker = v });
    public static Circumstance<bool> DischargedSoldier { get; } = Flag("dischargedSoldier", "当年退役士兵", c => c.DischargedSoldier, (c, v) => c with { DischargedSoldier = v });
    public static Circumstance<bool> CollegeFreshman { get; } = Flag("collegeFreshman", "大学新生", c => c.CollegeFreshman, (c, v) => c with { CollegeFreshman = v });
    public static Circumstance<bool> ReturningGraduate { get; } = Flag("returningGraduate", "外省市毕业回乡大学生", c => c.ReturningGraduate, (c, v) => c with { ReturningGraduate = v });
    public static Circumstance<bool> ReleasedPrisoner { get; } = Flag("releasedPrisoner", "刑满释放人员", c => c.ReleasedPrisoner, (c, v) => c with { ReleasedPrisoner = v });
    public static Circumstance<bool> LostContact { get; } = Flag("lostContact", "失联人员", c => c.LostContact, (c, v) => c with { LostContact = v });
    public static Circumstance<bool> MedicalAssistance { get; } = Flag("medicalAssistance", "医疗救助对象", c => c.MedicalAssistance, (c, v) => c with { MedicalAssistance = v });
    public static Circumstance<DateOnly?> EmployeeInsuranceEndedOn { get; } = Date("employeeInsuranceEndedOn", "职工医保停保", c => c.EmployeeInsuranceEndedOn, (c, v) => c with { EmployeeInsuranceEndedOn = v });
    public static Circumstance<DateOnly?> PovertyConfirmedOn { get; } = Date("povertyConfirmedOn", "新识别建档立卡", c => c.PovertyConfirmedOn, (c, v) => c with { PovertyConfirmedOn = v });
    public static Circumstance<DateOnly?> FirstPaidElsewhereOn { get; } = Date("firstPaidElsewhereOn", "错缴异地首次缴费", c => c.FirstPaidElsewhereOn, (c, v) => c with { FirstPaidElsewhereOn = v });
    public static Circumstance<int> ContinuousPriorYears { get; } = Number("continuousPriorYears", "连续参保", "年", c => c.ContinuousPriorYears, (c, v) => c with { ContinuousPriorYears = v });

    /// <summary>Every circumstance, in the order the portal lists the ones that are set.</summary>
    public static IReadOnlyList<Circumstance> All { get; } =
    [
        MigrantWorker, DischargedSoldier, CollegeFreshman, ReturningGraduate, ReleasedPrisoner, LostContact,
        MedicalAssistance, EmployeeInsuranceEndedOn, PovertyConfirmedOn, FirstPaidElsewhereOn, ContinuousPriorYears,
    ];

    /// <summary>The circumstance with this code (ordinal), or null.</summary>
    public static Circumstance? Find(string code) => All.FirstOrDefault(c => c.Code == code);

    public override string ToString() => Code;

    private static Circumstance<bool> Flag(
        string code, string label, Func<Circumstances, bool> get, Func<Circumstances, bool, Circumstances> with)
        => new(code, label, CircumstanceKind.Flag, null, get, with);

    private static Circumstance<DateOnly?> Date(
        string code, string label, Func<Circumstances, DateOnly?> get, Func<Circumstances, DateOnly?, Circumstances> with)
        => new(code, label, CircumstanceKind.Date, null, get, with);

    private static Circumstance<int> Number(
        string code, string label, string unit, Func<Circumstances, int> get, Func<Circumstances, int, Circumstances> with)
        => new(code, label, CircumstanceKind.Number, unit, get, with);
}

/// <summary>A circumstance whose value is a <typeparamref name="T"/>: read it from, or set it on, the engine's record.</summary>
public sealed class Circumstance<T> : Circumstance
{
    private readonly Func<Circumstances, T> _get;
    private readonly Func<Circumstances, T, Circumstances> _with;

    internal Circumstance(
        string code, string label, CircumstanceKind kind, string? unit,
        Func<Circumstances, T> get, Func<Circumstances, T, Circumstances> with)
        : base(code, label, kind, unit)
    {
        _get = get;
        _with = with;
    }

    public T Get(Circumstances circumstances) => _get(circumstances);

    public Circumstances With(Circumstances circumstances, T value) => _with(circumstances, value);
}
