using Bogus;
using ResidentMedicalInsurance.Policies;
using Person = ResidentMedicalInsurance.Policies.Person;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>Synthetic, seeded residents for a profile: mostly local, some subsidised, payments across the whole season.</summary>
public sealed class CaseGenerator(int seed)
{
    private readonly Randomizer _random = new(seed);

    public PolicyCase Next(IPolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var y = profile.Year;
        var seasonStart = new DateOnly(y - 1, 8, 15);
        var paid = seasonStart.AddDays(_random.Int(0, new DateOnly(y, 12, 31).DayNumber - seasonStart.DayNumber));
        var newborn = _random.Bool(0.03f);
        var birth = newborn
            ? new DateOnly(y, 1, 1).AddDays(_random.Int(0, Math.Max(0, paid.DayNumber - new DateOnly(y, 1, 1).DayNumber)))
            : new DateOnly(_random.Int(1935, y - 1), _random.Int(1, 12), _random.Int(1, 28));
        var person = new Person
        {
            BirthDate = birth,
            Hukou = _random.Bool(0.9f) ? Hukou.Local : Hukou.Nonlocal,
            ResidencePermit = _random.Bool(0.3f),
            EmployeeInsurance = _random.Bool(0.03f),
            Student = _random.Bool(0.1f) ? new StudentStatus(true, _random.Bool(0.3f), _random.Bool(0.2f)) : null,
        };
        IReadOnlyList<CategoryCertification> categories = _random.Bool(0.15f)
            ? [new CategoryCertification(_random.ListItem(profile.Categories.ToList()).Code, new DateOnly(y - 1, _random.Int(1, 12), _random.Int(1, 28)))]
            : [];
        var circumstances = _random.Bool(0.1f)
            ? new Circumstances
            {
                MigrantWorker = _random.Bool(0.3f),
                DischargedSoldier = _random.Bool(0.1f),
                CollegeFreshman = _random.Bool(0.1f),
                ContinuousPriorYears = _random.Int(0, 5),
                MedicalAssistance = _random.Bool(0.1f),
            }
            : Circumstances.None;
        return new PolicyCase
        {
            Person = person,
            Categories = categories,
            Circumstances = circumstances,
            PaymentDate = paid,
            Refund = _random.Bool(0.05f) ? new RefundRequest(_random.Enum<RefundReason>(), paid.AddDays(_random.Int(1, 90)), _random.Bool(0.2f)) : null,
        };
    }

    /// <summary>A case that is certainly eligible and accepted, for the per-decision benchmark.</summary>
    public PolicyCase NextAccepted(IPolicyProfile profile)
    {
        while (true)
        {
            var candidate = Next(profile) with { Refund = null };
            var decision = profile.Evaluate(candidate);
            if (decision.Accepted)
            {
                return candidate;
            }
        }
    }
}
