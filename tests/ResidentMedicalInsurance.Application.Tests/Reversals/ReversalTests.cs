using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Reconciliation;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Reversals;

/// <summary>
/// 冲正 (issue 11, ADR 0059): a clerk asks, county staff approve or reject; the payment is kept and marked reversed,
/// the enrolment is 待缴费 again, the audit shows both, and the voucher can be entered again correctly.
/// </summary>
public sealed class ReversalTests
{
    private const string Reason = "录错人员：应为其配偶缴费";

    /// <summary>The requests of this class that take record ids, checked for another owner's ids below.</summary>
    internal static IEnumerable<string> CoveredRequests =>
        [nameof(RequestPaymentReversal), nameof(ApprovePaymentReversal), nameof(RejectPaymentReversal), nameof(ListPaymentReversals)];

    private sealed record Paid(Guid HouseholdId, Guid ResidentId, Guid EnrollmentId, Guid PaymentId, string Voucher);

    private static async Task<Paid> PaidEnrollment(ClerkWorld world, string number, TestUser? clerk = null, Guid? township = null)
    {
        clerk ??= world.ClerkA;
        var (registration, enrollment) = await world.RegisterAndEnroll(clerk, township ?? world.Chengguan, number);
        var voucher = "V-" + number;
        var payment = await world.Send(clerk, People.Payment(enrollment.EnrollmentId, voucher));
        world.Clock.Now = world.Clock.Now.AddDays(10);
        return new Paid(registration.HouseholdId, registration.ResidentId, enrollment.EnrollmentId, payment.PaymentId, voucher);
    }

    private static async Task<Guid> Reversed(ClerkWorld world, Paid paid)
    {
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason));
        await world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId, "核实录错"));
        return requested.ReversalId;
    }

    private static Task<Payment> PaymentOf(ClerkWorld world, Guid id) => world.Read(world.CountyStaff, db => db.Payments.SingleAsync(p => p.Id == id));

    private static Task<Enrollment> EnrollmentOf(ClerkWorld world, Guid id) => world.Read(world.CountyStaff, db => db.Enrollments.SingleAsync(e => e.Id == id));

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_approved_reversal_keeps_the_payment_as_reversed_the_enrolment_awaits_payment_and_the_audit_shows_both(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");

        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, "  " + Reason + " "));
        var whilePending = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(paid.HouseholdId))).Members).Enrollment!;
        var queue = await world.Send(world.CountyStaff, new ListPaymentReversals(ReviewList.Pending));
        world.Clock.Now = world.Clock.Now.AddHours(2);
        var decided = await world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId, "核实录错"));

        Assert.Contains("已提交冲正申请", requested.Message);
        Assert.Contains("V-H001", requested.Message);
        Assert.Equal((EnrollmentStatus.Paid, paid.PaymentId, "冲正待审核（凭证号 V-H001）"), (whilePending.Status, whilePending.PaymentId, whilePending.Reversal?.Text));
        var item = Assert.Single(queue.Items);
        Assert.Equal((paid.PaymentId, "V-H001", "250.00 元", Reason, "待审核", "clerk-chengguan", "H001"),
            (item.PaymentId, item.Voucher, item.AmountText, item.Reason, item.StatusText, item.RequestedBy, item.HouseholdNumber));
        Assert.Equal("福建税务微信公众号", item.ChannelName);
        Assert.Equal((ReversalStatus.Approved, "已批准", EnrollmentStatus.AwaitingPayment), (decided.Status, decided.StatusText, decided.EnrollmentStatus));
        Assert.Equal("已批准冲正：凭证号 V-H001 的缴费 250.00 元 已冲正，张三的参保登记恢复为待缴费。", decided.Message);

        // Never deleted: the payment is kept, reversed; the enrolment is back to 待缴费 without a benefit period.
        var payment = Assert.Single(await world.Read(world.CountyStaff, db => db.Payments.ToListAsync()));
        Assert.Equal((PaymentStatus.Reversed, world.Clock.Now, requested.ReversalId, 250_00L), (payment.Status, payment.ReversedAt, payment.ReversalId, payment.AmountFen));
        var enrollment = await EnrollmentOf(world, paid.EnrollmentId);
        Assert.Equal((EnrollmentStatus.AwaitingPayment, null, null, null), (enrollment.Status, enrollment.PaidAt, enrollment.BenefitStart, enrollment.BenefitEnd));
        var member = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(paid.HouseholdId))).Members).Enrollment!;
        Assert.Equal(("待缴费", null, "已冲正（凭证号 V-H001，250.00 元）", "250.00 元"), (member.StatusText, member.PaymentId, member.Reversal?.Text, member.AmountDueText));
        Assert.Equal(paid.PaymentId, member.Reversal!.PaymentId);

        // The audit shows the payment, the request, the decision, the payment's change and the enrolment's, in zh-CN.
        var audit = await world.Send(world.ClerkA, new GetHouseholdAudit(paid.HouseholdId));
        Assert.Contains(audit, a => a.Action == "RecordPayment" && a.EntityType == "Payment" && a.Operation == AuditOperation.Added);
        var request = Assert.Single(audit, a => a.Action == "RequestPaymentReversal");
        Assert.Equal(("冲正申请", "冲正申请", AuditOperation.Added), (request.ActionText, request.EntityText, request.Operation));
        Assert.Contains(request.Changes, c => (c.FieldText, c.After) == ("冲正原因", Reason));
        Assert.Contains(request.Changes, c => (c.FieldText, c.After) == ("缴费记录", "凭证号 V-H001"));
        Assert.StartsWith("clerk-chengguan 冲正申请：新增冲正申请「凭证号 V-H001 的冲正申请」", request.Summary, StringComparison.Ordinal);
        var approval = audit.Where(a => a.Action == "ApprovePaymentReversal").ToDictionary(a => a.EntityType);
        Assert.Equal(["Enrollment", "Payment", "PaymentReversal"], approval.Keys.Order());
        Assert.All(approval.Values, a => Assert.Equal(("冲正审核（批准）", AuditOperation.Modified, "county-youxi"), (a.ActionText, a.Operation, a.UserName)));
        Assert.Contains(approval["Payment"].Changes, c => (c.FieldText, c.Before, c.After) == ("状态", "有效", "已冲正"));
        Assert.Contains(approval["Payment"].Changes, c => (c.FieldText, c.After) == ("冲正申请", "凭证号 V-H001 的冲正申请"));
        Assert.Contains(approval["Payment"].Changes, c => c.FieldText == "冲正时间" && c.After == Display.Time(world.Clock.Now));
        Assert.Contains(approval["Enrollment"].Changes, c => (c.FieldText, c.Before, c.After) == ("状态", "已缴费", "待缴费"));
        Assert.Contains(approval["Enrollment"].Changes, c => (c.FieldText, c.After) == ("待遇开始", "—"));
        Assert.Contains(approval["PaymentReversal"].Changes, c => (c.FieldText, c.Before, c.After) == ("状态", "待审核", "已批准"));
        Assert.Contains(approval["PaymentReversal"].Changes, c => (c.FieldText, c.After) == ("审核意见", "核实录错"));
        Assert.DoesNotContain(audit.SelectMany(a => a.Changes), c => c.FieldText is "ReversedAt" or "ReversalId");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task After_a_reversal_the_voucher_pays_the_right_person_and_the_enrolment_is_paid_again(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var wrong = await PaidEnrollment(world, "H001");
        var spouse = await world.Send(world.ClerkA, new AddHouseholdMember(wrong.HouseholdId,
            People.Person("李四", People.IdNumber(new DateOnly(1982, 3, 8), male: false), Relationship.Spouse)));
        var right = await world.Send(world.ClerkA, new EnrollResident(spouse.ResidentId, new EnrollmentInput()));
        var beforeReversal = await Record.ExceptionAsync(() => world.Send(world.ClerkA, People.Payment(right.EnrollmentId, wrong.Voucher)));
        var reversalId = await Reversed(world, wrong);

        // The voucher belongs to the spouse: entered again for her, it is a new payment, not "already recorded".
        var forSpouse = await world.Send(world.ClerkA, People.Payment(right.EnrollmentId, wrong.Voucher));
        var sameVoucherForHead = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(wrong.EnrollmentId, wrong.Voucher)));
        var headAgain = await world.Send(world.ClerkA, People.Payment(wrong.EnrollmentId, "V-H001-B"));

        Assert.Contains("已用于其他参保人", beforeReversal?.Message);
        Assert.False(forSpouse.AlreadyRecorded);
        Assert.Contains("已登记缴费", forSpouse.Message);
        Assert.Contains("已用于其他参保人", sameVoucherForHead.Message);
        Assert.False(headAgain.AlreadyRecorded);
        Assert.NotEqual(wrong.PaymentId, headAgain.PaymentId);
        Assert.Equal((PaymentStatus.Reversed, reversalId), ((await PaymentOf(world, wrong.PaymentId)).Status, (await PaymentOf(world, wrong.PaymentId)).ReversalId));
        Assert.Equal(EnrollmentStatus.Paid, (await EnrollmentOf(world, wrong.EnrollmentId)).Status);
        var members = (await world.Send(world.ClerkA, new GetHousehold(wrong.HouseholdId))).Members;
        Assert.Equal([headAgain.PaymentId, forSpouse.PaymentId], members.Select(m => m.Enrollment!.PaymentId!.Value));

        // The same voucher on the same enrolment, entered again with the right amount after its reversal: a new payment.
        var again = await PaidEnrollment(world, "H002");
        await Reversed(world, again);
        var reentered = await world.Send(world.ClerkA, People.Payment(again.EnrollmentId, again.Voucher));
        var replayed = await world.Send(world.ClerkA, People.Payment(again.EnrollmentId, again.Voucher));

        Assert.False(reentered.AlreadyRecorded);
        Assert.NotEqual(again.PaymentId, reentered.PaymentId);
        Assert.True(replayed.AlreadyRecorded);
        Assert.Equal(reentered.PaymentId, replayed.PaymentId);
        var payments = await world.Read(world.CountyStaff, db => db.Payments.Where(p => p.EnrollmentId == again.EnrollmentId).ToListAsync());
        Assert.Equal([PaymentStatus.InForce, PaymentStatus.Reversed], payments.Select(p => p.Status).Order());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_receipt_of_a_reversed_payment_says_so_and_the_households_receipts_leave_it_out(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var before = await world.Send(world.ClerkA, new GetReceipt(paid.PaymentId));
        await Reversed(world, paid);
        var approvedAt = world.Clock.Now;
        world.Clock.Now = world.Clock.Now.AddDays(1);
        var again = await world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, "V-H001-B"));

        var reversed = await world.Send(world.ClerkA, new GetReceipt(paid.PaymentId));
        var current = await world.Send(world.Supervisor, new GetReceipt(again.PaymentId));
        var household = await world.Send(world.CountyStaff, new GetHouseholdReceipts(paid.HouseholdId));

        Assert.Null(before.ReversedText);
        Assert.Equal($"已冲正：{Display.Time(approvedAt)} 由 county-youxi 批准（冲正原因：{Reason}），本凭证所记缴费已不再有效。", reversed.ReversedText);
        Assert.Equal(("V-H001", "250.00 元"), (reversed.Voucher, reversed.AmountText));
        Assert.Null(current.ReversedText);
        Assert.Equal(again.PaymentId, Assert.Single(household.Receipts).PaymentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_rejection_needs_a_reason_and_keeps_the_payment_and_the_enrolment(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, "金额录错"));

        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new RejectPaymentReversal(requested.ReversalId, " ")));
        var rejected = await world.Send(world.CountyStaff, new RejectPaymentReversal(requested.ReversalId, "金额与凭证一致，无需冲正"));
        var twice = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.CountyStaff, new RejectPaymentReversal(requested.ReversalId, "再审")));
        var approveAfter = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId)));

        Assert.Contains("驳回冲正申请时请填写驳回原因。", noReason.Errors);
        Assert.Equal((ReversalStatus.Rejected, "已驳回", EnrollmentStatus.Paid), (rejected.Status, rejected.StatusText, rejected.EnrollmentStatus));
        Assert.Equal("已驳回冲正申请，该笔缴费保持有效。", rejected.Message);
        Assert.Equal("该冲正申请已驳回，不能再次审核。", twice.Message);
        Assert.Equal("该冲正申请已驳回，不能再次审核。", approveAfter.Message);
        Assert.Equal(PaymentStatus.InForce, (await PaymentOf(world, paid.PaymentId)).Status);
        var member = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(paid.HouseholdId))).Members).Enrollment!;
        Assert.Equal((EnrollmentStatus.Paid, paid.PaymentId, "冲正已驳回：金额与凭证一致，无需冲正"), (member.Status, member.PaymentId, member.Reversal?.Text));
        var decision = Assert.Single(await world.Send(world.ClerkA, new GetHouseholdAudit(paid.HouseholdId)), a => a.Action == "RejectPaymentReversal");
        Assert.Equal(("冲正审核（驳回）", "PaymentReversal"), (decision.ActionText, decision.EntityType));

        // A rejected request does not block a new one.
        var second = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, "凭证号录错"));
        Assert.NotEqual(requested.ReversalId, second.ReversalId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_request_is_refused_with_the_reason_when_the_payment_cannot_be_reversed(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reversed = await PaidEnrollment(world, "H001");
        await Reversed(world, reversed);
        var pending = await PaidEnrollment(world, "H002");
        await world.Send(world.ClerkA, new RequestPaymentReversal(pending.PaymentId, Reason));
        var refundPending = await PaidEnrollment(world, "H003");
        await world.Send(world.ClerkA, new RequestRefund(refundPending.EnrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null));
        var refundApproved = await PaidEnrollment(world, "H004");
        var kept = await world.Send(world.ClerkA, new RequestRefund(refundApproved.EnrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null));
        await world.Send(world.CountyStaff, new DecideRefund(kept.RefundId, true, null));
        var ended = await PaidEnrollment(world, "H005");
        await world.Send(world.ClerkA, new MarkResidentDeparted(ended.ResidentId, DepartureReason.Death, world.Clock.Today));
        var count = await world.CountAll<PaymentReversal>();

        async Task<string> Refused(Paid paid) =>
            (await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason)))).Message;

        Assert.StartsWith("该笔缴费（凭证号 V-H001）已于 ", await Refused(reversed), StringComparison.Ordinal);
        Assert.Equal("该笔缴费（凭证号 V-H002）已有冲正申请待审核，不能重复申请，请等待县医保局审核。", await Refused(pending));
        Assert.Equal("该笔缴费有待审核的退费申请（重复缴费 250.00 元），请先处理退费：退费申请被驳回后才能申请冲正。", await Refused(refundPending));
        Assert.Equal("该笔缴费已批准退费（重复缴费 250.00 元），不能冲正；请先与县医保局核对退费记录。", await Refused(refundApproved));
        Assert.Equal(EnrollmentStatus.Ended, (await EnrollmentOf(world, ended.EnrollmentId)).Status);
        Assert.Equal("该参保登记已终止，不能冲正其缴费。", await Refused(ended));

        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RequestPaymentReversal(pending.PaymentId, " ")));
        var tooLong = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RequestPaymentReversal(pending.PaymentId, new string('错', 501))));
        var bidi = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RequestPaymentReversal(pending.PaymentId, "录错\u202E人员")));
        Assert.Equal(("请填写冲正原因。", nameof(RequestPaymentReversal.Reason)), (Assert.Single(noReason.Errors), Assert.Single(noReason.Fields).Property));
        Assert.Equal("冲正原因过长：最多 500 个字，当前 501 个字。", Assert.Single(tooLong.Errors));
        Assert.Single(bidi.Errors);
        Assert.Equal(count, await world.CountAll<PaymentReversal>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_pending_reversal_blocks_a_refund_request_and_after_approval_nothing_is_left_to_refund(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason));

        var whilePending = await Assert.ThrowsAsync<AppException>(() =>
            world.Send(world.ClerkA, new RequestRefund(paid.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null)));
        await world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId));
        var afterApproval = await Assert.ThrowsAsync<AppException>(() =>
            world.Send(world.ClerkA, new RequestRefund(paid.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null)));

        Assert.Equal("该笔缴费有待审核的冲正申请（凭证号 V-H001），请先等待县医保局审核冲正：冲正批准后该笔缴费不再有效，无需退费。", whilePending.Message);
        Assert.Contains("没有有效的缴费记录", afterApproval.Message);
        Assert.Equal(0, await world.CountAll<Refund>());

        // Paid again correctly: the refund sees only the payment in force.
        var again = await world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, "V-H001-B"));
        var refund = await world.Send(world.ClerkA, new RequestRefund(paid.EnrollmentId, RefundReason.Duplicate, world.Clock.Today, false, null));
        var stored = await world.Read(world.CountyStaff, db => db.Refunds.SingleAsync(r => r.Id == refund.RefundId));
        Assert.Equal(again.PaymentId, stored.PaymentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refund_or_departure_after_the_request_makes_the_approval_refuse_and_a_rejection_still_decides(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason));
        await world.Send(world.ClerkA, new MarkResidentDeparted(paid.ResidentId, DepartureReason.Death, world.Clock.Today));

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId)));
        var rejected = await world.Send(world.CountyStaff, new RejectPaymentReversal(requested.ReversalId, "参保人已死亡，登记已终止"));

        Assert.Equal("该参保登记已终止，不能冲正其缴费。", refused.Message);
        Assert.Equal((ReversalStatus.Rejected, EnrollmentStatus.Ended), (rejected.Status, rejected.EnrollmentStatus));
        Assert.Equal(PaymentStatus.InForce, (await PaymentOf(world, paid.PaymentId)).Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_county_staff_decide_and_nobody_outside_the_township_or_tenant_sees_or_changes_a_reversal(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var other = await PaidEnrollment(world, "H002");
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason));
        var counts = await Counts(world);

        foreach (var user in new[] { world.ClerkA, world.Supervisor, world.Admin })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new ApprovePaymentReversal(requested.ReversalId)));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new RejectPaymentReversal(requested.ReversalId, "无权")));
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new RequestPaymentReversal(other.PaymentId, Reason)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, new RequestPaymentReversal(other.PaymentId, Reason)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ListPaymentReversals()));
        foreach (var outsider in new[] { world.ClerkB, world.OtherTenantClerk, world.OtherTenantCounty })
        {
            var request = await Record.ExceptionAsync(() => world.Send(outsider, new RequestPaymentReversal(other.PaymentId, Reason)));
            Assert.True(request is NotFoundException, $"RequestPaymentReversal as {outsider.Name}: {request?.GetType().Name ?? "success"}");
            Assert.Equal(0, (await world.Send(outsider, new ListPaymentReversals())).Total);
            Assert.Empty((await world.Send(outsider, new ListPaymentReversals(ReviewList.Pending, Text: "H001"))).Items);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new ApprovePaymentReversal(requested.ReversalId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new RejectPaymentReversal(requested.ReversalId, "不是本县")));
        Assert.Equal(counts, await Counts(world));
        Assert.Equal(ReversalStatus.Pending, (await world.Read(world.CountyStaff, db => db.PaymentReversals.SingleAsync())).Status);
        Assert.Equal(PaymentStatus.InForce, (await PaymentOf(world, paid.PaymentId)).Status);

        // The owners: the clerk sees the township's request, county staff decide it.
        Assert.Equal(requested.ReversalId, Assert.Single((await world.Send(world.ClerkA, new ListPaymentReversals())).Items).ReversalId);
        Assert.Equal(ReversalStatus.Approved, (await world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId))).Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_queue_lists_pending_requests_first_one_page_at_a_time_and_each_clerk_sees_their_townships(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var ids = new List<Guid>();
        foreach (var number in new[] { "H001", "H002", "H003", "H004" })
        {
            var paid = await PaidEnrollment(world, number);
            ids.Add((await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason))).ReversalId);
        }

        var meixian = await PaidEnrollment(world, "M001", world.ClerkB, world.Meixian);
        var theirs = await world.Send(world.ClerkB, new RequestPaymentReversal(meixian.PaymentId, "重复录入"));
        await world.Send(world.CountyStaff, new ApprovePaymentReversal(ids[1]));
        world.Clock.Now = world.Clock.Now.AddHours(1);
        await world.Send(world.CountyStaff, new RejectPaymentReversal(ids[3], "凭证无误"));

        var all = await world.Send(world.CountyStaff, new ListPaymentReversals());
        var secondPage = await world.Send(world.CountyStaff, new ListPaymentReversals(Skip: 2, Take: 2));
        var decided = await world.Send(world.CountyStaff, new ListPaymentReversals(ReviewList.Decided));
        var rejected = await world.Send(world.CountyStaff, new ListPaymentReversals(ReviewList.Rejected));
        var byTownship = await world.Send(world.CountyStaff, new ListPaymentReversals(TownshipId: world.Meixian));
        var byNumber = await world.Send(world.CountyStaff, new ListPaymentReversals(Text: "H003"));
        var clerkA = await world.Send(world.ClerkA, new ListPaymentReversals());
        var clerkB = await world.Send(world.ClerkB, new ListPaymentReversals());
        var paging = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new ListPaymentReversals(Take: 201)));

        Assert.Equal(5, all.Total);
        Assert.Equal([ids[0], ids[2], theirs.ReversalId, ids[3], ids[1]], all.Items.Select(i => i.ReversalId));
        Assert.Equal(["待审核", "待审核", "待审核", "已驳回", "已批准"], all.Items.Select(i => i.StatusText));
        Assert.Equal(5, secondPage.Total);
        Assert.Equal([theirs.ReversalId, ids[3]], secondPage.Items.Select(i => i.ReversalId));
        Assert.Equal([ids[3], ids[1]], decided.Items.Select(i => i.ReversalId));
        Assert.Equal(("凭证无误", "county-youxi"), (Assert.Single(rejected.Items).DecisionNote, rejected.Items[0].DecidedBy));
        Assert.Equal(theirs.ReversalId, Assert.Single(byTownship.Items).ReversalId);
        Assert.Equal(ids[2], Assert.Single(byNumber.Items).ReversalId);
        Assert.Equal(4, clerkA.Total);
        Assert.Equal(("clerk-meixian", "梅仙镇"), (Assert.Single(clerkB.Items).RequestedBy, clerkB.Items[0].TownshipName));
        Assert.Contains("每页显示 1 至 200 条。", paging.Errors);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_reversal_is_not_approved_while_the_period_of_its_approval_date_is_signed_off(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001");
        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(paid.PaymentId, Reason));
        var today = world.Clock.Today;
        var period = await world.Run(world.CountyStaff, sp =>
            Task.FromResult(sp.GetRequiredService<IPolicyGateway>().ReconciliationPeriods("youxi-2020").Single(p => p.Contains(today))));
        await world.Read(world.CountyStaff, db =>
        {
            db.PeriodSignOffs.Add(new PeriodSignOff
            {
                Id = Guid.CreateVersion7(), TenantId = world.YouxiId, Year = 2020, PeriodStart = period.Start, PeriodEnd = period.End,
                Status = SignOffStatus.SignedOff, SignedAt = world.Clock.Now, SignedBy = world.CountyStaff.Name, Figures = "{}",
            });
            return db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId)));

        Assert.Equal($"今天（{Display.Date(today)}）所在的对账期“{period.Name}”已审签，冲正计入批准之日所在的对账期，现在不能批准；请联系县医保局负责对账的同事。", refused.Message);
        Assert.Equal(PaymentStatus.InForce, (await PaymentOf(world, paid.PaymentId)).Status);
        Assert.Equal(ReversalStatus.Pending, (await world.Read(world.CountyStaff, db => db.PaymentReversals.SingleAsync())).Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_reversal_counts_in_the_period_of_its_approval_and_the_signed_period_keeps_its_figures(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await PaidEnrollment(world, "H001"); // paid 2019-11-15, in the 正常缴费期
        var normal = new DateOnly(2019, 9, 1);
        world.Clock.Now = new DateTimeOffset(2020, 1, 6, 9, 0, 0, TimeSpan.FromHours(8));
        await world.Send(world.CountyStaff, new SignOffPeriod(normal));
        var signed = await world.Send(world.Supervisor, new GetFundStatement(normal));

        await Reversed(world, paid);
        var refusedInSigned = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, paid.Voucher)));
        var again = await world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, paid.Voucher) with { PaidAt = world.Clock.Now });
        var january = await world.Send(world.Supervisor, new GetFundStatement(new DateOnly(2020, 1, 1)));
        var signedLater = await world.Send(world.Supervisor, new GetFundStatement(normal));

        Assert.Equal((1, 250_00L, 250_00L), (signed.Figures.Persons, signed.Figures.AmountFen, signed.Figures.NetFen));
        Assert.Equivalent(signed.Figures, signedLater.Figures);
        Assert.True(signedLater.AsSigned);
        Assert.Contains("已审签", refusedInSigned.Message, StringComparison.Ordinal);
        Assert.False(again.AlreadyRecorded);
        Assert.Equal((1, 250_00L), (january.Figures.Reversals.Persons, january.Figures.Reversals.AmountFen));
        Assert.Equal((1, 250_00L, 0L), (january.Figures.Persons, january.Figures.AmountFen, january.Figures.NetFen));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_tax_file_payment_is_reversed_the_same_way_and_its_paid_record_is_left_as_it_was(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1970, 2, 3));
        var registration = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "甲", id);
        var enrollment = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        var file = await Tax.PaidFileTests.Import(world, [$"{id},甲,2020,250.00,2019-11-10 09:00:00,微信,T0001,尤溪县税务局"]);
        await world.Send(world.CountyStaff, new ApplyPaidFile(file.Id));
        var payment = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync());
        var record = await world.Read(world.CountyStaff, db => db.PaidRecords.AsNoTracking().SingleAsync());

        var requested = await world.Send(world.ClerkA, new RequestPaymentReversal(payment.Id, "录错人员"));
        var decided = await world.Send(world.CountyStaff, new ApprovePaymentReversal(requested.ReversalId));

        Assert.Equal((PaymentChannels.TaxFileCode, PaidOutcome.Recorded, payment.Id), (payment.Channel, record.Outcome, record.PaymentId));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, decided.EnrollmentStatus);
        Assert.Equal(PaymentStatus.Reversed, (await PaymentOf(world, payment.Id)).Status);
        var after = await world.Read(world.CountyStaff, db => db.PaidRecords.AsNoTracking().SingleAsync());
        Assert.Equivalent(record, after);
        Assert.Equal((0, 1), (await world.CountAll<Refund>(), await world.CountAll<Payment>()));
        Assert.Equal(enrollment.EnrollmentId, (await EnrollmentOf(world, enrollment.EnrollmentId)).Id);
    }

    private static async Task<(int, int, int, int)> Counts(ClerkWorld world) => (
        await world.CountAll<Payment>(), await world.CountAll<PaymentReversal>(), await world.CountAll<Enrollment>(), await world.CountAll<AuditEntry>());
}
