using System.Collections;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Households;

/// <summary>
/// ADR 0042: no list, print or audit read model puts the full birth date next to a masked ID number (the two
/// together rebuild the number); the registration form (the resident's own) and the audited reveal do.
/// </summary>
public sealed class MaskedIdDisplayTests
{
    private static readonly DateOnly Birth = new(1964, 2, 11);

    /// <summary>Every way the date could be written, including the digits inside the ID number.</summary>
    private static readonly string[] FullDate = ["1964年02月11日", "02月11日", "1964-02-11", "19640211", "1964/02/11", "2/11/1964", "1964年2月11日", "2月11日"];

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Lists_receipts_and_the_audit_show_the_birth_year_only_next_to_a_masked_id(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(Birth);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "吴一", id);
        var enrollment = await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, new()));
        var paid = await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "A-1"));
        await world.Send(world.ClerkA, new RequestRefund(enrollment.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, "录错人"));
        await world.Read(world.CountyStaff, db =>
        {
            // An entry written before birth dates were stored as the year.
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), TenantId = world.YouxiId, At = world.Clock.Now, UserName = "clerk-chengguan",
                Action = "UpdateResident", EntityType = "Resident", EntityId = reg.ResidentId, HouseholdId = reg.HouseholdId,
                Operation = AuditOperation.Modified, Before = """{"BirthDate":"1964-02-12"}""", After = """{"BirthDate":"1964-02-11"}""",
            });
            return db.SaveChangesAsync();
        });

        var household = await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId));
        var search = await world.Send(world.ClerkA, new SearchResidents("吴一"));
        var refunds = await world.Send(world.CountyStaff, new ListRefunds());
        var receipt = await world.Send(world.ClerkA, new GetReceipt(paid.PaymentId));
        var audit = await world.Send(world.CountyStaff, new GetHouseholdAudit(reg.HouseholdId));

        Assert.Equal("1964年", Assert.Single(household.Members).BirthYearText);
        Assert.Equal("1964年", Assert.Single(search.Items).BirthYearText);
        Assert.Contains(audit.SelectMany(a => a.Changes), c => c.Field == "BirthDate" && c.After == "1964年");
        foreach (var (model, text) in new object[] { household, search, refunds, receipt, audit }.SelectMany(m => Texts(m).Select(t => (m, t))))
        {
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.All(FullDate, d => Assert.False(text.Contains(d, StringComparison.Ordinal), $"{model.GetType().Name} shows \"{text}\""));
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_registration_form_and_the_audited_reveal_give_the_full_birth_date(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "吴一", People.IdNumber(Birth));
        var enrollment = await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, new()));

        var form = await world.Send(world.ClerkA, new GetRegistrationForm(enrollment.EnrollmentId));
        var revealed = await world.Send(world.ClerkA, new RevealIdNumber(reg.ResidentId, RevealPurpose.VerifyIdentity));

        Assert.Equal("1964年2月11日", form.BirthDateText);
        Assert.Equal("1964年2月11日", revealed.BirthDateText);
    }

    /// <summary>All strings of a read model: its properties, nested records and lists.</summary>
    private static IEnumerable<string> Texts(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable items => items.Cast<object?>().SelectMany(Texts),
        _ when value.GetType().Namespace?.StartsWith("ResidentMedicalInsurance", StringComparison.Ordinal) == true && !value.GetType().IsEnum =>
            value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).SelectMany(p => Texts(p.GetValue(value))),
        _ => [],
    };
}
