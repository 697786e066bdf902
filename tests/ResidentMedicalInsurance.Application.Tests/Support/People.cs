using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>Valid ID numbers and the usual steps of the clerk workflow.</summary>
public static class People
{
    private static int sequence;

    /// <summary>A valid 18-digit number of 尤溪县 (350426) with this birth date and a fresh sequence.</summary>
    public static string IdNumber(DateOnly birth, bool male = true)
    {
        var seq = Interlocked.Increment(ref sequence) % 500 * 2 + (male ? 1 : 0);
        var first17 = $"350426{birth:yyyyMMdd}{seq:000}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    public static ResidentInput Person(string name, string idNumber, Relationship relationship = Relationship.Head) => new()
    {
        Name = name,
        IdNumber = idNumber,
        Relationship = relationship,
        Hukou = HukouKind.Local,
        Phone = "13800000000",
    };

    public static Task<ResidentRegistration> RegisterHousehold(
        this ClerkWorld world, TestUser user, Guid township, string number, string name = "张三", string? idNumber = null) =>
        world.Send(user, new RegisterHousehold
        {
            TownshipId = township,
            Village = "城东村",
            HouseholdNumber = number,
            Address = "城关镇城东村1号",
            Head = Person(name, idNumber ?? IdNumber(new DateOnly(1980, 5, 6))),
        });

    /// <summary>Registers a household with its head and enrols the head for the current year.</summary>
    /// <summary>The Youxi tenant works under another county-year's profile from <paramref name="now"/> (China time).</summary>
    public static Task UseProfile(this ClerkWorld world, string profileId, DateTimeOffset now)
    {
        world.Clock.Now = now;
        return world.Read(world.CountyStaff, async db =>
        {
            (await db.Tenants.SingleAsync()).CurrentProfileId = profileId;
            return await db.SaveChangesAsync();
        });
    }

    public static async Task<(ResidentRegistration Registration, EnrollmentSaved Enrollment)> RegisterAndEnroll(
        this ClerkWorld world, TestUser user, Guid township, string number, string? category = null, DateOnly? certifiedOn = null)
    {
        var idNumber = IdNumber(new DateOnly(1980, 5, 6));
        var registration = await world.RegisterHousehold(user, township, number, idNumber: idNumber);
        if (category is not null)
        {
            await world.Certify(idNumber, "张三", category, certifiedOn);
        }

        var enrollment = await world.Send(user, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        return (registration, enrollment);
    }

    public static RecordPayment Payment(Guid enrollmentId, string voucher, long amountFen = 250_00, string channel = "wechat") => new()
    {
        EnrollmentId = enrollmentId,
        Channel = channel,
        Voucher = voucher,
        PaidAt = new DateTimeOffset(2019, 11, 15, 9, 30, 0, TimeSpan.FromHours(8)),
        AmountFen = amountFen,
    };
}
