using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Households;

/// <summary>
/// The facts the engine used to receive as false or 0 (issue 14): recorded on the resident, sent to the policy, and the
/// eligibility preview follows them, clause by clause; a correction of a fact changes the next preview.
/// </summary>
public sealed class EligibilityFactsTests
{
    private static readonly DateTimeOffset November2019 = new(2019, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Youxi_takes_a_nonlocal_resident_of_the_armed_police_squadron_or_with_a_parent_insured_in_the_city(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        Assert.False((await PreviewAsync(world, "Y1", NonLocal(ResidentFacts.None))).Eligible);
        Assert.True((await PreviewAsync(world, "Y2", NonLocal(new ResidentFacts { ArmedPolice = true }))).Eligible); // 二2
        Assert.True((await PreviewAsync(world, "Y3", NonLocal(new ResidentFacts { ParentInsuredInPrefecture = true }))).Eligible); // 二4
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Lianyungang_refuses_a_permit_holder_insured_at_the_hukou_place_and_a_permit_expired_before_the_day(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("lianyungang-2020", November2019);

        Assert.True((await PreviewAsync(world, "L1", Permit(ResidentFacts.None))).Eligible); // 一(三)
        var elsewhere = await PreviewAsync(world, "L2", Permit(new ResidentFacts { InsuredElsewhere = true }));
        Assert.False(elsewhere.Eligible);
        Assert.False(string.IsNullOrWhiteSpace(elsewhere.IneligibleReason));
        Assert.False((await PreviewAsync(world, "L3", Permit(new ResidentFacts { PermitValidUntil = new DateOnly(2019, 11, 19) }))).Eligible);
        Assert.True((await PreviewAsync(world, "L4", Permit(new ResidentFacts { PermitValidUntil = new DateOnly(2019, 11, 20) }))).Eligible);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Haimen_refuses_a_nonlocal_pupil_already_insured_at_the_hukou_place(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("haimen-2020", new DateTimeOffset(2019, 12, 18, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.True((await PreviewAsync(world, "H1", Pupil(ResidentFacts.None))).Eligible); // 一
        Assert.False((await PreviewAsync(world, "H2", Pupil(new ResidentFacts { InsuredElsewhere = true }))).Eligible);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Correcting_a_fact_changes_the_next_preview_and_the_form_prints_it(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var input = NonLocal(ResidentFacts.None);
        var registration = await world.Send(world.ClerkA, Household("Y9", input) with { TownshipId = world.Chengguan });
        Assert.False((await world.Send(world.ClerkA, new PreviewEnrollment(registration.ResidentId, new EnrollmentInput()))).Eligible);

        await world.Send(world.ClerkA, new UpdateResident(registration.ResidentId, input with { IdNumber = "", Facts = new ResidentFacts { ArmedPolice = true, ResidentYears = 3 } }));
        var edit = await world.Send(world.ClerkA, new GetResidentForEdit(registration.ResidentId));
        var enrolled = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        var form = await world.Send(world.ClerkA, new GetRegistrationForm(enrolled.EnrollmentId));

        Assert.Equal(new ResidentFacts { ArmedPolice = true, ResidentYears = 3 }, edit.Details.Facts);
        Assert.True(enrolled.Quote.Eligible);
        Assert.Equal(["驻县武警中队官兵", "在本县居住 3 年"], form.Facts);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Impossible_facts_are_refused_beside_their_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        var years = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Household("B1", NonLocal(new ResidentFacts { ResidentYears = 121 }))));
        var permit = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Household("B2", NonLocal(new ResidentFacts { PermitValidUntil = new DateOnly(2021, 1, 1) }))));

        Assert.Contains(years.Fields, f => f.Property == "Head.Facts.ResidentYears" && f.Message.Contains("0 到 120"));
        Assert.Contains(permit.Fields, f => f.Property == "Head.Facts.PermitValidUntil" && f.Message.Contains("持居住证"));
        Assert.Equal(0, await world.CountAll<Resident>());
    }

    private static ResidentInput NonLocal(ResidentFacts facts) =>
        People.Person("外来甲", People.IdNumber(new DateOnly(1990, 1, 1))) with { Hukou = HukouKind.NonLocal, Facts = facts };

    private static ResidentInput Permit(ResidentFacts facts) =>
        NonLocal(facts) with { OtherDocument = OtherDocumentKind.ResidencePermit, OtherDocumentNumber = "JZZ123456" };

    private static ResidentInput Pupil(ResidentFacts facts) => NonLocal(facts) with { Student = StudentStatus.LocalSchool };

    private static RegisterHousehold Household(string number, ResidentInput head) => new()
    {
        TownshipId = Guid.Empty, Village = "城东村", HouseholdNumber = number, Address = "城东村1号", Head = head,
    };

    private static async Task<PolicyQuote> PreviewAsync(ClerkWorld world, string number, ResidentInput head)
    {
        var registration = await world.Send(world.ClerkA, Household(number, head) with { TownshipId = world.Chengguan });
        return await world.Send(world.ClerkA, new PreviewEnrollment(registration.ResidentId, new EnrollmentInput()));
    }
}
