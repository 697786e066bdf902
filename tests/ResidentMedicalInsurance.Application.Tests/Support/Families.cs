using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Reconciliation;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>A household registered and enrolled as one, and the reconciliation sign-off a payment date can fall into.</summary>
public static class Families
{
    /// <summary>The voucher time the household and batch tests pay at: inside Youxi's 2020 concentrated window (250.00 元 a person).</summary>
    public static readonly DateTimeOffset PaidAt = new(2019, 11, 15, 9, 30, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly PaidOn = DateOnly.FromDateTime(PaidAt.DateTime);

    public sealed record Member(string Name, string IdNumber, Guid ResidentId, Guid EnrollmentId);

    public sealed record Family(Guid HouseholdId, IReadOnlyList<Member> Members)
    {
        public IReadOnlyList<Guid> Enrollments => Members.Select(m => m.EnrollmentId).ToList();
    }

    /// <summary>A household of <paramref name="names"/> (the first is the head) in <paramref name="village"/>, every member enrolled for the current year.</summary>
    public static async Task<Family> EnrolledFamily(this ClerkWorld world, TestUser clerk, Guid township, string number, string village, params string[] names)
    {
        var head = People.IdNumber(new DateOnly(1970, 3, 4));
        var registration = await world.Send(clerk, new RegisterHousehold
        {
            TownshipId = township,
            Village = village,
            HouseholdNumber = number,
            Address = $"{village}1号",
            Head = People.Person(names[0], head),
        });
        var people = new List<(string Name, string Id, Guid ResidentId)> { (names[0], head, registration.ResidentId) };
        foreach (var (name, i) in names.Skip(1).Select((n, i) => (n, i)))
        {
            var id = People.IdNumber(new DateOnly(1995 + i, 6, 7));
            var member = await world.Send(clerk, new AddHouseholdMember(registration.HouseholdId, People.Person(name, id, Relationship.Child)));
            people.Add((name, id, member.ResidentId));
        }

        var enrolled = await world.Send(clerk, new EnrollHousehold(registration.HouseholdId,
            people.Select(p => new MemberEnrollment(p.ResidentId, new EnrollmentInput())).ToList()));
        return new Family(registration.HouseholdId, people.Zip(enrolled.Enrolled, (p, e) => new Member(p.Name, p.Id, p.ResidentId, e.EnrollmentId)).ToList());
    }

    /// <summary>County staff signed off the reconciliation period of the tenant's current profile that contains <paramref name="paidOn"/>.</summary>
    public static Task SignOffPeriodOf(this ClerkWorld world, DateOnly paidOn, string profileId = "youxi-2020") =>
        world.Run(world.CountyStaff, async services =>
        {
            var policy = services.GetRequiredService<IPolicyGateway>();
            var period = policy.ReconciliationPeriods(profileId).Single(p => p.Contains(paidOn));
            var db = services.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
            db.PeriodSignOffs.Add(new PeriodSignOff
            {
                Id = Guid.CreateVersion7(),
                TenantId = world.YouxiId,
                Year = policy.Profile(profileId).Year,
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                Status = SignOffStatus.SignedOff,
                SignedAt = world.Clock.Now,
                SignedBy = world.CountyStaff.Name,
                Figures = "{}",
            });
            return await db.SaveChangesAsync();
        });
}
