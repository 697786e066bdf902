using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>全户打印: every member's receipt or registration form of the year on one page; the receipt names the clerk.</summary>
public sealed class HouseholdPrintTests
{
    private const string ClerkDisplayName = "张丽（城关镇经办员）";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_prints_every_members_receipt_and_form_in_member_order_naming_the_clerk(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await AddAccount(world, world.YouxiId, world.ClerkA.Name, ClerkDisplayName);
        var (reg, head) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var child = await world.Send(world.ClerkA, new AddHouseholdMember(reg.HouseholdId,
            People.Person("张小", People.IdNumber(new DateOnly(2005, 2, 3)), Relationship.Child)));
        var childEnrollment = await world.Send(world.ClerkA, new EnrollResident(child.ResidentId, new EnrollmentInput()));
        var unpaidForms = await world.Send(world.ClerkA, new GetHouseholdRegistrationForms(reg.HouseholdId));
        await world.Send(world.ClerkA, People.Payment(childEnrollment.EnrollmentId, "V-CHILD"));
        await world.Send(world.ClerkA, People.Payment(head.EnrollmentId, "V-HEAD"));

        var receipts = await world.Send(world.Supervisor, new GetHouseholdReceipts(reg.HouseholdId));
        var forms = await world.Send(world.ClerkA, new GetHouseholdRegistrationForms(reg.HouseholdId));
        var single = await world.Send(world.ClerkA, new GetReceipt(receipts.Receipts[0].PaymentId));

        Assert.Equal(("H001", 2020), (receipts.Household.Number, receipts.Household.Year));
        Assert.Equal(["张三", "张小"], receipts.Receipts.Select(r => r.ResidentName));
        Assert.Equal(["V-HEAD", "V-CHILD"], receipts.Receipts.Select(r => r.Voucher));
        Assert.All(receipts.Receipts, r => Assert.Equal((ClerkDisplayName, reg.HouseholdId), (r.RecordedBy, r.HouseholdId)));
        Assert.Equal(single with { Basis = [] }, receipts.Receipts[0] with { Basis = [] });
        Assert.Equal(single.Basis, receipts.Receipts[0].Basis);
        Assert.Equal(["张三", "张小"], forms.Forms.Select(f => f.ResidentName));
        Assert.All(forms.Forms, f => Assert.Equal(("已缴费", reg.HouseholdId), (f.StatusText, f.HouseholdId)));
        Assert.Equal(["待缴费", "待缴费"], unpaidForms.Forms.Select(f => f.StatusText));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_without_payments_prints_no_receipt_and_display_names_come_from_the_own_tenant_only(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await AddAccount(world, world.ShiquanId, world.ClerkA.Name, "石泉县的同名账号");
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        var none = await world.Send(world.ClerkA, new GetHouseholdReceipts(reg.HouseholdId));
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-1"));
        var receipt = Assert.Single((await world.Send(world.ClerkA, new GetHouseholdReceipts(reg.HouseholdId))).Receipts);
        var names = await world.Read(world.OtherTenantCounty, db => new UserNames(db, world.OtherTenantCounty).DisplayNamesAsync([world.ClerkA.Name, null, "system"], default));

        Assert.Empty(none.Receipts);
        Assert.Equal(world.ClerkA.Name, receipt.RecordedBy);
        Assert.Equal("石泉县的同名账号", names[world.ClerkA.Name]);
        Assert.Equal("system", names["system"]);
        Assert.Equal(2, names.Count);
    }

    private static Task AddAccount(ClerkWorld world, Guid tenantId, string userName, string displayName) =>
        world.Read(world.CountyStaff, db =>
        {
            db.Users.Add(new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), TenantId = tenantId, DisplayName = displayName,
            });
            return db.SaveChangesAsync();
        });
}
