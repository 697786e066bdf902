using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>
/// Where a catalogue <see cref="Policies.Circumstance"/> is kept on the stored <see cref="EnrollmentCircumstances"/>
/// (one column each, ADR 0046). The gateway, the labels and the enrolment form go through <see cref="All"/>.
/// </summary>
public abstract class StoredCircumstance
{
    private protected StoredCircumstance()
    {
    }

    public abstract Circumstance Circumstance { get; }

    public string Code => Circumstance.Code;

    /// <summary>One binding per catalogue entry, in the catalogue's order.</summary>
    public static IReadOnlyList<StoredCircumstance> All { get; } =
    [
        Bind(Circumstance.MigrantWorker, s => s.MigrantWorker, (s, v) => s with { MigrantWorker = v }),
        Bind(Circumstance.DischargedSoldier, s => s.DischargedSoldier, (s, v) => s with { DischargedSoldier = v }),
        Bind(Circumstance.CollegeFreshman, s => s.CollegeFreshman, (s, v) => s with { CollegeFreshman = v }),
        Bind(Circumstance.ReturningGraduate, s => s.ReturningGraduate, (s, v) => s with { ReturningGraduate = v }),
        Bind(Circumstance.ReleasedPrisoner, s => s.ReleasedPrisoner, (s, v) => s with { ReleasedPrisoner = v }),
        Bind(Circumstance.LostContact, s => s.LostContact, (s, v) => s with { LostContact = v }),
        Bind(Circumstance.MedicalAssistance, s => s.MedicalAssistance, (s, v) => s with { MedicalAssistance = v }),
        Bind(Circumstance.EmployeeInsuranceEndedOn, s => s.EmployeeInsuranceEndedOn, (s, v) => s with { EmployeeInsuranceEndedOn = v }),
        Bind(Circumstance.PovertyConfirmedOn, s => s.PovertyConfirmedOn, (s, v) => s with { PovertyConfirmedOn = v }),
        Bind(Circumstance.FirstPaidElsewhereOn, s => s.FirstPaidElsewhereOn, (s, v) => s with { FirstPaidElsewhereOn = v }),
        Bind(Circumstance.ContinuousPriorYears, s => s.ContinuousPriorYears, (s, v) => s with { ContinuousPriorYears = v }),
    ];

    /// <summary>The binding of <paramref name="circumstance"/>.</summary>
    public static StoredCircumstance Of(Circumstance circumstance) => All.First(s => s.Circumstance == circumstance);

    /// <summary>The engine's record holding the stored values (what the gateway hands the profile).</summary>
    public static Circumstances ToEngine(EnrollmentCircumstances stored)
        => All.Aggregate(Circumstances.None, (engine, binding) => binding.CopyTo(engine, stored));

    /// <summary>The stored value set on <paramref name="engine"/>.</summary>
    public abstract Circumstances CopyTo(Circumstances engine, EnrollmentCircumstances stored);

    private static StoredCircumstance<T> Bind<T>(
        Circumstance<T> circumstance, Func<EnrollmentCircumstances, T> get, Func<EnrollmentCircumstances, T, EnrollmentCircumstances> with)
        => new(circumstance, get, with);
}

/// <summary>A stored circumstance whose value is a <typeparamref name="T"/>.</summary>
public sealed class StoredCircumstance<T> : StoredCircumstance
{
    private readonly Func<EnrollmentCircumstances, T> _get;
    private readonly Func<EnrollmentCircumstances, T, EnrollmentCircumstances> _with;

    internal StoredCircumstance(
        Circumstance<T> circumstance, Func<EnrollmentCircumstances, T> get, Func<EnrollmentCircumstances, T, EnrollmentCircumstances> with)
    {
        Circumstance = circumstance;
        _get = get;
        _with = with;
    }

    public override Circumstance<T> Circumstance { get; }

    public T Get(EnrollmentCircumstances stored) => _get(stored);

    public EnrollmentCircumstances With(EnrollmentCircumstances stored, T value) => _with(stored, value);

    public override Circumstances CopyTo(Circumstances engine, EnrollmentCircumstances stored)
        => Circumstance.With(engine, Get(stored));
}
