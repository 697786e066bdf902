using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

public sealed class PaymentTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Payment_fixes_the_benefit_period_and_the_receipt_shows_it_with_basis(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        // Spaces a scanner or a paste adds around the voucher are not part of it (validator and handler alike).
        var paid = await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, " V-0001 "));

        Assert.False(paid.AlreadyRecorded);
        Assert.Equal(new DateOnly(2020, 1, 1), paid.BenefitStart);
        Assert.Equal(new DateOnly(2020, 12, 31), paid.BenefitEnd);
        var stored = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync());
        Assert.Equal(EnrollmentStatus.Paid, stored.Status);
        Assert.Equal(new DateOnly(2020, 1, 1), stored.BenefitStart);

        var receipt = await world.Send(world.ClerkA, new GetReceipt(paid.PaymentId));
        Assert.Equal("尤溪县", receipt.TenantName);
        Assert.Equal("250.00 元", receipt.AmountText);
        Assert.Equal("福建税务微信公众号", receipt.ChannelName);
        Assert.Equal("V-0001", receipt.Voucher);
        Assert.Equal("2020年1月1日 至 2020年12月31日", receipt.BenefitPeriodText);
        Assert.Contains("********", receipt.MaskedIdNumber);
        Assert.NotEmpty(receipt.Basis);

        var form = await world.Send(world.ClerkA, new GetRegistrationForm(enrollment.EnrollmentId));
        Assert.Equal(paid.PaymentId, form.PaymentId);
        Assert.Equal("已缴费", form.StatusText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Wrong_amounts_channels_and_dates_are_refused_with_the_expected_amount_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var id = enrollment.EnrollmentId;

        var july = await world.Send(world.ClerkA, new PreviewPayment(id, new DateOnly(2020, 7, 2)));
        Assert.Equal(770_00, july.AmountDueFen);
        var wrong = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(id, "V1", 200_00)));
        Assert.Contains("应缴 250.00 元", wrong.Message);
        Assert.Contains("录入的是 200.00 元", wrong.Message);

        var negative = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, People.Payment(id, "V1", -1)));
        Assert.Contains("缴费金额应在", negative.Message);
        var huge = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, People.Payment(id, "V1", long.MaxValue)));
        Assert.Contains("缴费金额应在", huge.Message);

        var future = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            People.Payment(id, "V1") with { PaidAt = world.Clock.Now.AddDays(1) }));
        Assert.Contains("缴费时间不能晚于现在", future.Message);

        var channel = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, People.Payment(id, "V1", channel: "bitcoin")));
        Assert.Contains("不是本县通知列明的渠道", channel.Message);

        var department = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(id, "V1", channel: PaymentChannels.DepartmentCode)));
        Assert.Contains("只用于全额资助人员", department.Message);

        var voucher = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, People.Payment(id, "V 1<script>")));
        Assert.Contains("凭证号只能包含", voucher.Message);

        var early = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA,
            People.Payment(id, "V1") with { PaidAt = new DateTimeOffset(2019, 8, 20, 10, 0, 0, TimeSpan.FromHours(8)) }));
        Assert.Contains("不予受理", early.Message);

        Assert.Equal(0, await world.CountAll<Payment>());
        Assert.Equal(EnrollmentStatus.AwaitingPayment, (await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync())).Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_voucher_twice_records_one_payment_and_a_used_voucher_is_refused_for_another_enrolment(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, first) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var (_, second) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H002");

        var paid = await world.Send(world.ClerkA, People.Payment(first.EnrollmentId, "V-1"));
        var replay = await world.Send(world.ClerkA, People.Payment(first.EnrollmentId, "V-1"));
        var reuse = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(second.EnrollmentId, "V-1")));
        var twice = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(first.EnrollmentId, "V-2")));

        Assert.True(replay.AlreadyRecorded);
        Assert.Equal(paid.PaymentId, replay.PaymentId);
        Assert.Contains("已用于其他参保人", reuse.Message);
        Assert.Contains("不能重复缴费", twice.Message);
        Assert.Equal(1, await world.CountAll<Payment>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_fully_subsidised_resident_is_paid_through_the_department_channel_with_amount_zero(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1));

        var wechat = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "D1", 0)));
        var paid = await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "D1", 0, PaymentChannels.DepartmentCode));

        Assert.Contains("部门代缴", wechat.Message);
        Assert.Equal(0, paid.AmountFen);
        var receipt = await world.Send(world.CountyStaff, new GetReceipt(paid.PaymentId));
        Assert.Contains("第一类医疗救助对象", receipt.SubsidyText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Twenty_parallel_payments_of_one_enrolment_record_exactly_one(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, same) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var (_, different) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H002");

        var sameVoucher = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Attempt(world, People.Payment(same.EnrollmentId, "SAME-1"))));
        var differentVouchers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Attempt(world, People.Payment(different.EnrollmentId, $"DIFF-{i}"))));

        // Same voucher: every call answers with the one payment (idempotent).
        Assert.All(sameVoucher, r => Assert.Null(r.Error));
        Assert.Single(sameVoucher.Select(r => r.Result!.PaymentId).Distinct());
        Assert.Single(sameVoucher, r => !r.Result!.AlreadyRecorded);

        // Different vouchers: one wins, the others are refused with a clear message.
        Assert.Single(differentVouchers, r => r.Result is not null);
        Assert.All(differentVouchers.Where(r => r.Error is not null), r => Assert.Contains("不能重复缴费", r.Error!.Message));

        var payments = await world.Read(world.CountyStaff, db => db.Payments.ToListAsync());
        Assert.Equal(1, payments.Count(p => p.EnrollmentId == same.EnrollmentId));
        Assert.Equal(1, payments.Count(p => p.EnrollmentId == different.EnrollmentId));
    }

    private static async Task<(PaymentRecorded? Result, AppException? Error)> Attempt(ClerkWorld world, RecordPayment payment)
    {
        await Task.Yield();
        try
        {
            return (await world.Send(world.ClerkA, payment), null);
        }
        catch (AppException ex)
        {
            return (null, ex);
        }
    }
}
