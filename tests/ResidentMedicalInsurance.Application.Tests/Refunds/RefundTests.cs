using ResidentMedicalInsurance.Domain.Common;
using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Tests.Refunds;

public sealed class RefundTests
{
    private static async Task<Guid> PaidEnrollment(ClerkWorld world, string number)
    {
        var (_, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, number);
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-" + number));
        world.Clock.Now = world.Clock.Now.AddDays(10);
        return enrollment.EnrollmentId;
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_erroneous_payment_is_refunded_on_approval_and_ends_the_enrolment(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var enrollmentId = await PaidEnrollment(world, "H001");

        var requested = await world.Send(world.ClerkA, new RequestRefund(enrollmentId, RefundReason.Erroneous, world.Clock.Today, false, "录错人"));
        var queue = await world.Send(world.CountyStaff, new ListRefunds());
        var decided = await world.Send(world.CountyStaff, new DecideRefund(requested.RefundId, true, null));

        Assert.Equal(250_00, requested.AmountFen);
        Assert.True(requested.EndsEnrollment);
        Assert.NotEmpty(requested.Basis);
        var item = Assert.Single(queue.Items);
        Assert.Equal("误缴", item.ReasonText);
        Assert.Equal("250.00 元", item.AmountText);
        Assert.Equal(RefundStatus.Approved, decided.Status);
        Assert.Equal(EnrollmentStatus.Ended, decided.EnrollmentStatus);
        Assert.Empty((await world.Send(world.CountyStaff, new ListRefunds())).Items);
        var enrollment = await world.Read(world.CountyStaff, db => db.Enrollments.SingleAsync());
        Assert.Equal(EnrollmentStatus.Ended, enrollment.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_duplicate_payment_refund_keeps_the_enrolment_and_a_rejection_needs_a_reason(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var enrollmentId = await PaidEnrollment(world, "H001");
        var requested = await world.Send(world.ClerkA, new RequestRefund(enrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null));

        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new DecideRefund(requested.RefundId, false, " ")));
        var clerk = await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new DecideRefund(requested.RefundId, true, null)));
        var twice = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new RequestRefund(enrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null)));
        var decided = await world.Send(world.CountyStaff, new DecideRefund(requested.RefundId, true, "核实重复缴费"));

        Assert.Contains("驳回原因", noReason.Message);
        Assert.Contains("角色无权", clerk.Message);
        Assert.Contains("不能重复申请", twice.Message);
        Assert.False(requested.EndsEnrollment);
        Assert.Equal(EnrollmentStatus.Paid, decided.EnrollmentStatus);
        // The refund's own rule (Refund.Reject); the message once read "该退费申请已已批准".
        var again = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.CountyStaff, new DecideRefund(requested.RefundId, false, "再审")));
        Assert.Equal("该退费申请已批准，不能再次审核。", again.Message);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refund_the_policy_refuses_is_not_queued_and_bad_input_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var enrollmentId = await PaidEnrollment(world, "H001");
        var (_, unpaid) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H002");

        var death = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new RequestRefund(enrollmentId, RefundReason.Death, world.Clock.Today, false, null)));
        var notPaid = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new RequestRefund(unpaid.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null)));
        var future = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new RequestRefund(enrollmentId, RefundReason.Erroneous, world.Clock.Today.AddDays(1), false, new string('备', 501))));

        Assert.Contains("不予退费", death.Message);
        Assert.Contains("依据", death.Message);
        Assert.Contains("没有有效的缴费记录", notPaid.Message);
        Assert.Contains("退费事由发生日期不能晚于今天。", future.Errors);
        Assert.Contains(future.Errors, e => e.StartsWith("备注过长", StringComparison.Ordinal));
        Assert.Equal(0, await world.CountAll<Refund>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Decided_refunds_are_kept_in_a_filtered_paged_history_and_the_household_shows_each_state(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var ids = new List<Guid>();
        foreach (var number in new[] { "H001", "H002", "H003" })
        {
            var enrollmentId = await PaidEnrollment(world, number);
            ids.Add((await world.Send(world.ClerkA, new RequestRefund(enrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null))).RefundId);
        }

        await world.Send(world.CountyStaff, new DecideRefund(ids[0], true, null));
        world.Clock.Now = world.Clock.Now.AddHours(1);
        await world.Send(world.CountyStaff, new DecideRefund(ids[1], false, "缴费凭证与系统记录不符"));

        var decided = await world.Send(world.ClerkA, new ListRefunds(ReviewList.Decided));
        var secondPage = await world.Send(world.CountyStaff, new ListRefunds(ReviewList.Decided, Skip: 1, Take: 1));
        var rejected = await world.Send(world.CountyStaff, new ListRefunds(ReviewList.Rejected));
        var byNumber = await world.Send(world.CountyStaff, new ListRefunds(ReviewList.Decided, Text: "H001"));
        var otherTownship = await world.Send(world.CountyStaff, new ListRefunds(ReviewList.Decided, world.Meixian));
        var pending = await world.Send(world.CountyStaff, new ListRefunds());
        var paging = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new ListRefunds(Take: 0)));

        Assert.Equal(2, decided.Total);
        Assert.Equal(["H002", "H001"], decided.Items.Select(i => i.HouseholdNumber));
        Assert.Equal(("county-youxi", "缴费凭证与系统记录不符", "已驳回"), (decided.Items[0].DecidedBy, decided.Items[0].DecisionNote, decided.Items[0].StatusText));
        Assert.Equal("2019-12-15 11:00", decided.Items[0].DecidedAtText);
        Assert.Equal((2, "H001"), (secondPage.Total, Assert.Single(secondPage.Items).HouseholdNumber));
        Assert.Equal(ids[1], Assert.Single(rejected.Items).RefundId);
        Assert.Equal(ids[0], Assert.Single(byNumber.Items).RefundId);
        Assert.Equal(0, otherTownship.Total);
        Assert.Equal((1, ids[2]), (pending.Total, Assert.Single(pending.Items).RefundId));
        Assert.Contains("每页显示 1 至 200 条。", paging.Errors);

        var states = new List<string?>();
        foreach (var item in decided.Items.Append(pending.Items[0]))
        {
            var household = await world.Send(world.ClerkA, new GetHousehold(item.HouseholdId));
            states.Add(Assert.Single(household.Members).Enrollment?.Refund?.Text);
        }

        Assert.Equal(["退费已驳回：缴费凭证与系统记录不符", "退费已批准（250.00 元）", "退费待审核（250.00 元）"], states);
    }
}
