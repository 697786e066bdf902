using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using static ResidentMedicalInsurance.Application.Tests.Tax.PaidFileTests;

namespace ResidentMedicalInsurance.Application.Tests.Tax;

/// <summary>
/// 入账 as a job (ADR 0056): queued as 入账中 with its progress; a failure or a kill after rows were written leaves
/// nothing (one transaction), and the file then applies cleanly; the set-based writes leave what the counter leaves.
/// </summary>
public sealed class PaidApplyTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_failure_after_rows_were_written_leaves_nothing_and_the_file_then_applies_cleanly(DatabaseProvider provider)
    {
        var progress = new StoppingProgress { Fail = true };
        await using var world = await ClerkWorld.CreateAsync(provider, s => s.Replace(ServiceDescriptor.Singleton<PaidApplyProgress>(progress)));
        var (file, before) = await Scenario(world);

        Assert.Equal(PaidFileStatus.Applying, (await Queue(world, file)).Status);
        Assert.Equal(PaidFileStatus.Ready, await Run(world, file, CancellationToken.None));

        var failed = await Summary(world, file);
        Assert.Contains("入账未完成，未记录任何缴费", failed.Failure);
        Assert.True(progress.WrittenBeforeStop);
        Assert.Equal(before, await Snapshot(world));
        await world.AssertEqualRecountAsync();

        progress.Fail = false;
        await Queue(world, file);
        Assert.Equal(PaidFileStatus.Applied, await Run(world, file, CancellationToken.None));
        await AssertApplied(world, file);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_killed_apply_stays_applying_with_nothing_written_and_the_requeued_job_applies_it(DatabaseProvider provider)
    {
        using var kill = new CancellationTokenSource();
        var progress = new StoppingProgress { Cancel = kill };
        await using var world = await ClerkWorld.CreateAsync(provider, s => s.Replace(ServiceDescriptor.Singleton<PaidApplyProgress>(progress)));
        var (file, before) = await Scenario(world);
        var queued = await Queue(world, file);
        Assert.Equal(("入账中", "等待入账"), (queued.StatusText, queued.ApplyProgressText));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(world, file, kill.Token));

        Assert.True(progress.WrittenBeforeStop);
        Assert.Equal(PaidFileStatus.Applying, (await Summary(world, file)).Status);
        Assert.Equal(before, await Snapshot(world));

        progress.Cancel = null;
        Assert.Equal(PaidFileStatus.Applied, await Run(world, file, CancellationToken.None));
        await AssertApplied(world, file);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Set_based_apply_leaves_the_enrolment_and_audit_the_counter_leaves(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (counter, _) = await Enrolled(world, "C1", "柜台");
        await world.Send(world.ClerkA, People.Payment(counter.EnrollmentId, "COUNTER-9"));
        var (file, _) = await Scenario(world);
        await world.Send(world.CountyStaff, new ApplyPaidFile(file.Id));

        var (byCounter, byFile) = await world.Read(world.CountyStaff, async db => (
            await db.Enrollments.SingleAsync(e => e.Id == counter.EnrollmentId),
            await db.Enrollments.SingleAsync(e => e.Id == db.Payments.Where(p => p.Voucher == "T1").Select(p => p.EnrollmentId).Single())));
        Assert.Equal((EnrollmentStatus.Paid, 1), (byFile.Status, byFile.Version));
        Assert.Equal((byCounter.AmountDueFen, byCounter.StandardFeeFen, byCounter.SubsidyFen, byCounter.BenefitStart, byCounter.BenefitEnd, byCounter.Basis),
            (byFile.AmountDueFen, byFile.StandardFeeFen, byFile.SubsidyFen, byFile.BenefitStart, byFile.BenefitEnd, byFile.Basis));
        Assert.Equal(new DateTimeOffset(2019, 11, 10, 9, 0, 0, TimeSpan.FromHours(8)), byFile.PaidAt);

        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.EntityType == nameof(Payment) || a.EntityType == nameof(Enrollment)).ToListAsync());
        var counterPayment = audit.First(a => a.EntityType == nameof(Payment) && a.Action == "RecordPayment");
        var filePayments = audit.Where(a => a.EntityType == nameof(Payment) && a.Action == nameof(ApplyPaidFile)).ToList();
        Assert.Equal(2, filePayments.Count);
        Assert.All(filePayments, a => Assert.Equal((AuditOperation.Added, Keys(counterPayment.After)), (a.Operation, Keys(a.After))));
        var counterPaid = audit.Single(a => a.EntityId == counter.EnrollmentId && a.Action == "RecordPayment");
        var filePaid = audit.Single(a => a.EntityId == byFile.Id && a.Action == nameof(ApplyPaidFile));
        Assert.Equal((AuditOperation.Modified, Keys(counterPaid.Before), Keys(counterPaid.After)), (filePaid.Operation, Keys(filePaid.Before), Keys(filePaid.After)));
        Assert.Equal(byFile.HouseholdId, filePaid.HouseholdId);
        await world.AssertEqualRecountAsync();
    }

    /// <summary>
    /// T1 recorded; T2 a duplicate of a counter payment; T3 recorded and T4 the same person again under another
    /// voucher (a refund against the payment this very file records); T5 unknown. The snapshot is before 入账.
    /// </summary>
    private static async Task<(PaidFileSummary File, string Before)> Scenario(ClerkWorld world)
    {
        var (_, a) = await Enrolled(world, "H1", "甲");
        var (b, bId) = await Enrolled(world, "H2", "乙");
        await world.Send(world.ClerkA, People.Payment(b.EnrollmentId, "COUNTER-1"));
        var (_, c) = await Enrolled(world, "H3", "丙");
        var file = await Import(world,
        [
            $"{a},甲,2020,250.00,2019-11-10 09:00:00,微信,T1,尤溪县税务局",
            $"{bId},乙,2020,250,2019-11-11 10:00,银行,T2,",
            $"{c},丙,2020,250,2019-11-12,银行,T3,",
            $"{c},丙,2020,250,2019-11-13,银行,T4,",
            $"{People.IdNumber(new DateOnly(1976, 1, 1))},丁,2020,250,2019-11-11,银行,T5,",
        ]);
        Assert.Equal((2, 2), (Count(file, PaidOutcome.Recorded), Count(file, PaidOutcome.DuplicatePayment)));
        return (file, await Snapshot(world));
    }

    private static async Task AssertApplied(ClerkWorld world, PaidFileSummary file)
    {
        var applied = await Summary(world, file);
        Assert.Equal((PaidFileStatus.Applied, null, null), (applied.Status, applied.Failure, applied.ApplyProgressText));
        var (payments, refunds, records) = await world.Read(world.CountyStaff, async db => (
            await db.Payments.Where(p => p.Channel == PaymentChannels.TaxFileCode).ToDictionaryAsync(p => p.Voucher, p => p.Id),
            await db.Refunds.ToListAsync(),
            await db.PaidRecords.Where(r => r.FileId == file.Id).ToDictionaryAsync(r => r.Voucher)));
        Assert.Equal(["T1", "T3"], payments.Keys.Order());
        Assert.Equal((payments["T1"], payments["T3"]), (records["T1"].PaymentId, records["T3"].PaymentId));
        Assert.Equal(2, refunds.Count);
        Assert.All(refunds, r => Assert.Equal((RefundReason.Duplicate, RefundStatus.Pending), (r.Reason, r.Status)));
        Assert.Equal(payments["T3"], refunds.Single(r => r.Id == records["T4"].RefundId).PaymentId);
        Assert.NotNull(refunds.SingleOrDefault(r => r.Id == records["T2"].RefundId));
        Assert.Equal(3, await world.Read(world.CountyStaff, db => db.Enrollments.CountAsync(e => e.Status == EnrollmentStatus.Paid)));
        // One audit entry per payment and refund written and per enrolment paid (甲 and 丙), besides the file's own.
        Assert.Equal(6, await world.Read(world.CountyStaff, db => db.AuditEntries.CountAsync(a => a.Action == nameof(ApplyPaidFile) && a.EntityType != nameof(PaidFile))));
    }

    private static async Task<PaidFileSummary> Queue(ClerkWorld world, PaidFileSummary file)
    {
        Assert.Contains("正在后台入账", await world.Send(world.CountyStaff, new QueuePaidFileApply(file.Id)));
        return await Summary(world, file);
    }

    private static Task<PaidFileStatus> Run(ClerkWorld world, PaidFileSummary file, CancellationToken token) =>
        world.Run(world.CountyStaff, sp => sp.GetRequiredService<PaidFileApplication>().RunAsync(file.Id, token));

    private static async Task<PaidFileSummary> Summary(ClerkWorld world, PaidFileSummary file) =>
        (await world.Send(world.CountyStaff, new ListPaidFiles())).Single(f => f.Id == file.Id);

    /// <summary>Everything 入账 could write: payments, refunds, enrolments, the rows' links and outcomes, audit entries.</summary>
    private static Task<string> Snapshot(ClerkWorld world) => world.Read(world.CountyStaff, async db => string.Join("\n",
        string.Join(",", (await db.Payments.Select(p => p.Voucher).ToListAsync()).Order()),
        await db.Refunds.CountAsync(),
        string.Join(",", (await db.Enrollments.Select(e => $"{e.Id}:{e.Status}:{e.Version}:{e.AmountDueFen}").ToListAsync()).Order()),
        string.Join(",", (await db.PaidRecords.Select(r => $"{r.RowNumber}:{r.Outcome}:{r.PaymentId}:{r.RefundId}").ToListAsync()).Order()),
        await db.AuditEntries.CountAsync(a => a.Action == nameof(ApplyPaidFile))));

    private static string Keys(string? json) =>
        string.Join(",", JsonDocument.Parse(json ?? "{}").RootElement.EnumerateObject().Select(p => p.Name).Order());

    /// <summary>Stops 入账 after its first chunk was written: throws (a failing step) or cancels (the host stopping).</summary>
    private sealed class StoppingProgress : PaidApplyProgress
    {
        public bool Fail { get; set; }
        public CancellationTokenSource? Cancel { get; set; }
        public bool WrittenBeforeStop { get; private set; }

        public override void Report(Guid fileId, int done, int total)
        {
            base.Report(fileId, done, total);
            if (done == 0 || (!Fail && Cancel is null))
            {
                return;
            }

            WrittenBeforeStop = true;
            Cancel?.Cancel();
            if (Fail)
            {
                throw new InvalidOperationException("injected failure after the first chunk");
            }
        }
    }
}
