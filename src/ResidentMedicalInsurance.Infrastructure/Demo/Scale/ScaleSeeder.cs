using System.Diagnostics;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Progress;

namespace ResidentMedicalInsurance.Infrastructure.Demo.Scale;

/// <summary>What <c>rmi seed-scale</c> wrote.</summary>
public sealed record ScaleSeedResult(int Households, int Residents, int Enrolled, int Paid, int Quotes, TimeSpan Elapsed);

/// <summary>
/// <c>rmi seed-scale</c>: a deterministic synthetic population of the signed-in tenant for benchmarks (ADR 0060):
/// households in the townships in proportion to their plans, residents (<see cref="ScalePeople"/>), enrolments of the
/// current profile's year as <see cref="NewEnrollment"/> makes them, and payments on the counter channels over the
/// collection window with the policy's amounts, applied by <see cref="Enrollment.RecordPayment"/>. One quote per
/// distinct case (birth date, day). Written in bulk (<see cref="BulkRows"/>), one transaction per batch, without
/// audit entries: synthetic data, not a user's change.
/// </summary>
public sealed class ScaleSeeder(AppDbContext db, ICurrentUser user, DatabaseOptions options, IPolicyGateway policy)
{
    private const int BatchResidents = 20_000;
    private const string RecordedBy = "seed-scale";
    private readonly Dictionary<(DateOnly Birth, DateOnly Day), PolicyQuote> quotes = [];

    /// <summary>The household numbers of a seed start with this, so a seed is written once per database.</summary>
    public static string NumberPrefix(int seed) => $"S{seed}-";

    public async Task<ScaleSeedResult> SeedAsync(int residents, double paidShare, int seed, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(ct).ConfigureAwait(false);
        var profile = policy.Profile(tenant.CurrentProfileId);
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(ct).ConfigureAwait(false);
        var prefix = NumberPrefix(seed);
        if (townships.Count == 0)
        {
            throw new AppException($"{tenant.Name}没有乡镇，无法生成模拟数据。");
        }

        if (await db.Households.AnyAsync(h => h.Number.StartsWith(prefix), ct).ConfigureAwait(false))
        {
            throw new AppException($"种子 {seed} 的模拟数据已生成过（户号以 {prefix} 开头），请换一个 --seed。");
        }

        var region = TenantRegions.Of(tenant.Code).FirstOrDefault(p => p.Length == 6) ?? "350426";
        var taken = (await db.Residents.AsNoTracking().Select(r => r.IdNumber).ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var plans = await Plans.ForYearAsync(db, profile.Year, ct).ConfigureAwait(false);
        var weights = townships.Select(t => plans.GetValueOrDefault(t.Id) is > 0 and var plan ? plan : 1).ToList();
        var people = new ScalePeople(seed, region, profile.Year - 1, weights, taken);
        if (residents > people.Capacity / 2)
        {
            throw new AppException($"一个县最多生成 {people.Capacity / 2:N0} 名模拟居民（出生日期和顺序码的组合有限），请减少 --residents。");
        }

        var window = CollectionWindow(profile);
        var channels = PaymentChannels.For(tenant.Code).Where(c => !c.Department && !c.TownshipBatch).Select(c => c.Code).ToList();
        var enrolShare = Math.Min(1, paidShare + 0.1);
        var batch = new Batch();
        var totals = new int[4];
        var number = 0;
        for (var made = 0; made < residents;)
        {
            var size = Math.Min(people.HouseholdSize(), residents - made);
            var day = window[people.Next(window.Count)];
            var township = townships[people.Township()];
            var household = NewHousehold(township, prefix + (++number).ToString("D7", System.Globalization.CultureInfo.InvariantCulture), people, window[0]);
            batch.Households.Add(household);
            for (var m = 0; m < size; m++, made++)
            {
                var resident = NewResident(household, people, m);
                household.HeadResidentId ??= resident.Id;
                batch.Residents.Add(resident);
                var roll = people.NextDouble();
                if (roll < enrolShare && Enrol(resident, profile, window[0], roll < paidShare ? (day, channels[people.Next(channels.Count)], people.Next(8 * 60)) : null) is { } enrolled)
                {
                    batch.Enrollments.Add(enrolled.Enrollment);
                    if (enrolled.Payment is { } payment)
                    {
                        payment.Voucher = $"{prefix}{batch.Payments.Count + totals[3]:D8}";
                        batch.Payments.Add(payment);
                    }
                }
            }

            if (batch.Residents.Count >= BatchResidents || made == residents)
            {
                await WriteAsync(batch, totals, ct).ConfigureAwait(false);
            }
        }

        return new ScaleSeedResult(totals[0], totals[1], totals[2], totals[3], quotes.Count, clock.Elapsed);
    }

    /// <summary>
    /// The collection window: from the first day (from July of the year before) the profile takes an adult's payment,
    /// the days on which it does with the same benefit start (the concentrated period, before any waiting period).
    /// </summary>
    private List<DateOnly> CollectionWindow(PolicyProfileView profile)
    {
        var adult = new Resident { Name = "窗口", IdNumber = "", BirthDate = new DateOnly(1980, 1, 1), Hukou = HukouKind.Local };
        var days = new List<DateOnly>();
        DateOnly? benefitStart = null;
        for (var day = new DateOnly(profile.Year - 1, 7, 1); day <= new DateOnly(profile.Year, 12, 31); day = day.AddDays(1))
        {
            var quote = policy.Quote(profile.Id, adult, [], new EnrollmentCircumstances(), day);
            if (quote.Accepted && (benefitStart ??= quote.BenefitStart) == quote.BenefitStart)
            {
                days.Add(day);
            }
            else if (days.Count > 0)
            {
                break;
            }
        }

        return days.Count > 0 ? days : throw new AppException($"{profile.Title}没有可缴费的日期，无法生成缴费记录。");
    }

    private (Enrollment Enrollment, Payment? Payment)? Enrol(Resident resident, PolicyProfileView profile, DateOnly enrolledOn, (DateOnly Day, string Channel, int Minute)? paid)
    {
        var quote = Quote(profile, resident, enrolledOn);
        if (!quote.Eligible)
        {
            return null;
        }

        var enrolledAt = new DateTimeOffset(enrolledOn.ToDateTime(new TimeOnly(8, 30)), ChinaTime.Offset);
        var enrollment = NewEnrollment.From(resident, profile, quote, new EnrollmentCircumstances(), new FixedClock(enrolledAt), renewed: false);
        if (paid is not { } p || Quote(profile, resident, p.Day) is not { Accepted: true, AmountDueFen: { } amount, BenefitStart: { } start, BenefitEnd: { } end } due)
        {
            return (enrollment, null);
        }

        var paidAt = new DateTimeOffset(p.Day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(p.Minute), ChinaTime.Offset);
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(), EnrollmentId = enrollment.Id, ResidentId = resident.Id, HouseholdId = resident.HouseholdId, TownshipId = resident.TownshipId,
            Channel = p.Channel, Voucher = "", AmountFen = amount, StandardFeeFen = due.StandardFeeFen ?? 0, SubsidyFen = due.SubsidyFen ?? 0, SubsidyCode = due.SubsidyCode,
            PaidAt = paidAt, RecordedAt = paidAt, RecordedBy = RecordedBy, BenefitStart = start, BenefitEnd = end, Basis = BasisText.Join(due.Basis),
        };
        enrollment.RecordPayment(payment);
        return (enrollment, payment);
    }

    private PolicyQuote Quote(PolicyProfileView profile, Resident resident, DateOnly day)
    {
        if (!quotes.TryGetValue((resident.BirthDate, day), out var quote))
        {
            quotes[(resident.BirthDate, day)] = quote = policy.Quote(profile.Id, resident, [], new EnrollmentCircumstances(), day);
        }

        return quote;
    }

    private static Household NewHousehold(Township township, string number, ScalePeople people, DateOnly createdOn)
    {
        var village = $"模拟{1 + people.Next(20):00}村";
        return new Household
        {
            Id = Guid.CreateVersion7(), TownshipId = township.Id, Village = village, Number = number,
            Address = $"{township.Name}{village}{people.Next(300) + 1}号", CreatedAt = new DateTimeOffset(createdOn.ToDateTime(new TimeOnly(8, 0)), ChinaTime.Offset),
        };
    }

    private static Resident NewResident(Household household, ScalePeople people, int member)
    {
        var id = people.IdNumber();
        return new Resident
        {
            Id = Guid.CreateVersion7(), HouseholdId = household.Id, TownshipId = household.TownshipId, Name = people.Name(), IdNumber = id.Value,
            BirthDate = id.BirthDate, Sex = id.Sex, Relationship = member switch { 0 => Relationship.Head, 1 => Relationship.Spouse, _ => Relationship.Child },
            Hukou = HukouKind.Local, CreatedAt = household.CreatedAt,
        };
    }

    /// <summary>What the batch's rows count for in the progress counters, added in the batch's transaction (ADR 0061).</summary>
    private static TallyDelta Counts(Batch batch)
    {
        var villages = batch.Households.ToDictionary(h => h.Id, h => h.Village);
        var delta = new TallyDelta();
        foreach (var r in batch.Residents)
        {
            delta.Add(new ResidentCounts(r.TenantId, r.TownshipId, r.Departure is not null), villages[r.HouseholdId], +1);
        }

        foreach (var e in batch.Enrollments)
        {
            delta.Add(EnrollmentCounts.Of(e), villages[e.HouseholdId], +1);
        }

        return delta;
    }

    /// <summary>One batch in one transaction (the head of a household is no foreign key: households go first).</summary>
    private async Task WriteAsync(Batch batch, int[] totals, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, batch.Households, ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, batch.Residents, ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, batch.Enrollments, ct).ConfigureAwait(false);
        await BulkRows.InsertAsync(db, user, options, batch.Payments, ct).ConfigureAwait(false);
        await TallyWriter.AddAsync(db, Counts(batch), ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        totals[0] += batch.Households.Count;
        totals[1] += batch.Residents.Count;
        totals[2] += batch.Enrollments.Count;
        totals[3] += batch.Payments.Count;
        batch.Clear();
    }

    private sealed class Batch
    {
        public List<Household> Households { get; } = [];
        public List<Resident> Residents { get; } = [];
        public List<Enrollment> Enrollments { get; } = [];
        public List<Payment> Payments { get; } = [];

        public void Clear()
        {
            Households.Clear();
            Residents.Clear();
            Enrollments.Clear();
            Payments.Clear();
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset Now => now;

        public DateOnly Today => ChinaTime.DateOf(now);
    }
}
