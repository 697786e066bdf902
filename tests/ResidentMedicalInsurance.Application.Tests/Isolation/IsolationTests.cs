using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Tests.Isolation;

/// <summary>
/// IDOR: a clerk of another township, and any user of another tenant, gets "not found" from every
/// handler that takes a record id, and nothing changes.
/// </summary>
public sealed class IsolationTests
{
    private sealed record Records(Guid Household, Guid Resident, Guid Enrollment, Guid Payment, Guid Refund, Guid UnpaidEnrollment);

    private static async Task<Records> Seed(ClerkWorld world)
    {
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var paid = await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "ISO-1"));
        var refund = await world.Send(world.ClerkA, new RequestRefund(enrollment.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null));
        var member = await world.Send(world.ClerkA, new AddHouseholdMember(reg.HouseholdId,
            People.Person("成员", People.IdNumber(new DateOnly(1990, 2, 3)), Relationship.Spouse)));
        var unpaid = await world.Send(world.ClerkA, new EnrollResident(member.ResidentId, new EnrollmentInput()));
        return new Records(reg.HouseholdId, reg.ResidentId, enrollment.EnrollmentId, paid.PaymentId, refund.RefundId, unpaid.EnrollmentId);
    }

    /// <summary>
    /// Every request this suite sends with another owner's ids: <see cref="ById"/> plus the ones
    /// checked on their own below. <c>RequestRolesTests</c> fails for a by-id request missing here.
    /// </summary>
    internal static IEnumerable<string> CoveredRequests =>
        ById().Select(x => x.Name).Concat([nameof(SearchResidents), nameof(ListRefunds), nameof(DecideRefund), nameof(CreateUser), nameof(SetUserTownships)])
            .Concat(Rosters.RosterReviewTests.CoveredRequests).Concat(Tax.PaidFileTests.CoveredRequests)
            .Concat(Tax.DueExportTests.CoveredRequests).Concat(Reversals.ReversalTests.CoveredRequests)
            .Concat(Payments.HouseholdPaymentTests.CoveredRequests).Concat(Payments.TownshipBatchTests.CoveredRequests).Concat(Progress.TownshipPlanTests.CoveredRequests)
            .Concat(Progress.DashboardQueryTests.CoveredRequests).Concat(Notices.ProgressNoticeTests.CoveredRequests)
            .Concat(Worklists.WorklistTests.CoveredRequests).Concat(Moves.HouseholdMoveTests.CoveredRequests).Concat(Accounts.PersonalAccountTests.CoveredRequests).Concat(Accident.AccidentInsuranceTests.CoveredRequests);

    private static IEnumerable<(string Name, Func<ClerkWorld, TestUser, Records, Task> Send)> ById()
    {
        static Task S<T>(ClerkWorld w, TestUser u, IRequest<T> r) => w.Send(u, r);
        yield return ("GetHousehold", (w, u, r) => S(w, u, new GetHousehold(r.Household)));
        yield return ("RegisterHousehold", (w, u, r) => w.RegisterHousehold(u, w.Chengguan, "H-EVIL", "入侵", People.IdNumber(new DateOnly(1992, 2, 2))));
        yield return ("AddHouseholdMember", (w, u, r) => S(w, u, new AddHouseholdMember(r.Household,
            People.Person("入侵", People.IdNumber(new DateOnly(1991, 1, 1)), Relationship.Child))));
        yield return ("UpdateResident", (w, u, r) => S(w, u, new UpdateResident(r.Resident, People.Person("改名", People.IdNumber(new DateOnly(1980, 5, 6))))));
        yield return ("GetResidentForEdit", (w, u, r) => S(w, u, new GetResidentForEdit(r.Resident)));
        yield return ("MarkResidentDeparted", (w, u, r) => S(w, u, new MarkResidentDeparted(r.Resident, DepartureReason.Death, w.Clock.Today)));
        yield return ("WithdrawRegistration", (w, u, r) => S(w, u, new WithdrawRegistration(r.Resident)));
        yield return ("RevealIdNumber", (w, u, r) => S(w, u, new RevealIdNumber(r.Resident, Domain.Auditing.RevealPurpose.VerifyIdentity)));
        yield return ("PreviewEnrollment", (w, u, r) => S(w, u, new PreviewEnrollment(r.Resident, new EnrollmentInput())));
        yield return ("EnrollResident", (w, u, r) => S(w, u, new EnrollResident(r.Resident, new EnrollmentInput())));
        yield return ("RenewEnrollments", (w, u, r) => S(w, u, new RenewEnrollments(HouseholdId: r.Household)));
        yield return ("RecordPayment", (w, u, r) => S(w, u, People.Payment(r.UnpaidEnrollment, "EVIL-1")));
        yield return ("PreviewPayment", (w, u, r) => S(w, u, new PreviewPayment(r.UnpaidEnrollment, w.Clock.Today)));
        yield return ("EnrollHousehold", (w, u, r) => S(w, u, new EnrollHousehold(r.Household, [new MemberEnrollment(r.Resident, new EnrollmentInput())])));
        yield return ("GetReceipt", (w, u, r) => S(w, u, new GetReceipt(r.Payment)));
        yield return ("GetRegistrationForm", (w, u, r) => S(w, u, new GetRegistrationForm(r.Enrollment)));
        yield return ("GetHouseholdReceipts", (w, u, r) => S(w, u, new GetHouseholdReceipts(r.Household)));
        yield return ("GetHouseholdRegistrationForms", (w, u, r) => S(w, u, new GetHouseholdRegistrationForms(r.Household)));
        yield return ("RequestRefund", (w, u, r) => S(w, u, new RequestRefund(r.Enrollment, RefundReason.Duplicate, w.Clock.Today, false, null)));
        yield return ("GetHouseholdAudit", (w, u, r) => S(w, u, new GetHouseholdAudit(r.Household)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Another_townships_clerk_and_another_tenants_users_cannot_read_or_change_records_by_id(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var records = await Seed(world);
        var counts = await Counts(world);
        var outsiders = new[] { world.ClerkB, world.OtherTenantClerk, world.OtherTenantCounty };

        foreach (var outsider in outsiders)
        {
            foreach (var (name, send) in ById())
            {
                var ex = await Record.ExceptionAsync(() => send(world, outsider, records));
                Assert.True(ex is NotFoundException, $"{name} as {outsider.Name}: expected NotFoundException, got {ex?.GetType().Name ?? "success"}");
            }

            Assert.Empty((await world.Send(outsider, new SearchResidents("H001"))).Items);
            Assert.Empty((await world.Send(outsider, new ListRefunds())).Items);
            Assert.Empty((await world.Send(outsider, new ListRefunds(ReviewList.Decided))).Items);
        }

        var decide = await Record.ExceptionAsync(() => world.Send(world.OtherTenantCounty, new DecideRefund(records.Refund, true, null)));
        Assert.IsType<NotFoundException>(decide);
        Assert.Equal(counts, await Counts(world));

        // The owners still see and can act on everything.
        foreach (var (name, send) in ById().Where(x => x.Name is "GetHousehold" or "GetReceipt" or "GetRegistrationForm" or "GetHouseholdAudit"
            or "GetHouseholdReceipts" or "GetHouseholdRegistrationForms"))
        {
            await send(world, world.ClerkA, records);
            await send(world, world.CountyStaff, records);
            await send(world, world.Supervisor, records);
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_tenants_admin_reads_and_changes_no_residents_record(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var records = await Seed(world);
        var counts = await Counts(world);

        foreach (var (name, send) in ById())
        {
            var ex = await Record.ExceptionAsync(() => send(world, world.Admin, records));
            Assert.True(ex is ForbiddenException, $"{name} as Admin: expected ForbiddenException, got {ex?.GetType().Name ?? "success"}");
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new SearchResidents("H001")));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ListRefunds(ReviewList.Decided)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new DecideRefund(records.Refund, true, null)));
        Assert.Equal(counts, await Counts(world));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_tenants_admin_binds_no_account_to_another_tenants_township_or_user(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider, s => s.AddDataProtection().Services.AddPortalIdentityCore());
        var counts = await Counts(world);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.Admin, new CreateUser(Roles.Clerk, "evil-clerk", "入侵", [world.ShiquanChengguan])));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.Admin, new SetUserTownships(world.OtherTenantClerk.Name, [world.Chengguan])));
        Assert.Equal(counts, await Counts(world));
    }

    private static async Task<(int, int, int, int, int, int)> Counts(ClerkWorld world) => (
        await world.CountAll<Household>(), await world.CountAll<Resident>(), await world.CountAll<Enrollment>(),
        await world.CountAll<Payment>(), await world.CountAll<Refund>(), await world.CountAll<AuditEntry>());
}
