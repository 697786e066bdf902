using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Jobs;

/// <summary>
/// The nightly 个人账户划入 (连政办发〔2007〕149号 第七条 "每年1月10日前"; ADR 0068) on the real job engine: before the
/// credit-by day it does nothing, from that day it credits each paid person once, and running again credits nobody.
/// </summary>
public sealed class PersonalAccountCreditJobTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_nightly_job_credits_from_the_credit_by_day_and_only_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (tenantId, paidResident) = await PaidLianyungang2008Household(database);

        await RunJobOn(database, "2008-01-09T23:00:00+08:00");
        Assert.Empty(await Entries(database, tenantId));

        await RunJobOn(database, "2008-01-10T01:30:00+08:00");
        var credit = Assert.Single(await Entries(database, tenantId));
        Assert.Equal((paidResident, PersonalAccountEntryKind.Credit, 50_00L, 2008, "job:personal-accounts"),
            (credit.ResidentId, credit.Kind, credit.AmountFen, credit.Year, credit.RecordedBy));

        await RunJobOn(database, "2008-01-11T01:30:00+08:00");
        Assert.Single(await Entries(database, tenantId));
    }

    /// <summary>Lianyungang on its 2008 profile on 2007-10-15: a household of two, both enrolled, the head paid.</summary>
    private static async Task<(Guid TenantId, Guid PaidResident)> PaidLianyungang2008Household(TestDatabase database)
    {
        var inline = database.BuildServices(s => s.AddApplication(), new Dictionary<string, string?> { ["Clock:Start"] = "2007-10-15T10:00:00+08:00" });
        var tenant = await inline.TenantAsync("lianyungang");
        await using (var scope = inline.Provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenant.Id)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.CurrentProfileId, "lianyungang-2008"));
        }

        var township = tenant.Townships[0].Id;
        await using var clerk = inline.ScopeAs(TestPrincipals.User(tenant.Id, Roles.Clerk, [township], userName: "clerk-lyg"));
        var mediator = clerk.Get<IMediator>();
        var registration = await mediator.Send(new RegisterHousehold
        {
            TownshipId = township,
            Village = "新浦社区",
            HouseholdNumber = "LYG-JOB-001",
            Address = "新浦社区1号",
            Head = Person("账户甲", IdNumber(new(1970, 3, 4), 11), Relationship.Head),
        });
        var member = await mediator.Send(new AddHouseholdMember(registration.HouseholdId, Person("账户乙", IdNumber(new(1996, 6, 7), 22), Relationship.Child)));
        var enrolled = await mediator.Send(new EnrollHousehold(registration.HouseholdId,
            [new MemberEnrollment(registration.ResidentId, new EnrollmentInput()), new MemberEnrollment(member.ResidentId, new EnrollmentInput())]));
        await mediator.Send(new RecordPayment
        {
            EnrollmentId = enrolled.Enrolled[0].EnrollmentId,
            Channel = "wechat",
            Voucher = "LYG-JOB-V1",
            PaidAt = new DateTimeOffset(2007, 10, 15, 9, 0, 0, TimeSpan.FromHours(8)),
            AmountFen = 120_00,
        });
        return (tenant.Id, registration.ResidentId);
    }

    /// <summary>Starts the portal with its business clock at <paramref name="now"/>, fires the job once and waits for it to end.</summary>
    private static async Task RunJobOn(TestDatabase database, string now)
    {
        using var portal = JobPortal.Build(database, new Dictionary<string, string?> { ["Clock:Start"] = now });
        await portal.StartAsync();
        try
        {
            var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var ended = new Listener();
            scheduler.ListenerManager.AddJobListener(ended, Matchers.Key(PersonalAccountCreditJob.Key));
            await scheduler.TriggerJob(PersonalAccountCreditJob.Key);
            var exception = await ended.Run.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Null(exception);
        }
        finally
        {
            await portal.StopAsync();
        }
    }

    private static async Task<List<PersonalAccountEntry>> Entries(TestDatabase database, Guid tenantId)
    {
        await using var scope = database.Services.ScopeAs(TestPrincipals.User(tenantId, Roles.CountyStaff));
        return await scope.Db().PersonalAccountEntries.AsNoTracking().ToListAsync();
    }

    private static ResidentInput Person(string name, string idNumber, Relationship relationship) => new()
    {
        Name = name,
        IdNumber = idNumber,
        Relationship = relationship,
        Hukou = HukouKind.Local,
        Phone = "13800000000",
    };

    private static string IdNumber(DateOnly birth, int sequence)
    {
        var first17 = $"320703{birth:yyyyMMdd}{sequence:000}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    /// <summary>Completes when the job has run.</summary>
    private sealed class Listener : IJobListener
    {
        public TaskCompletionSource<JobExecutionException?> Run { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "test-personal-account-credit";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            Run.TrySetResult(jobException);
            return ValueTask.CompletedTask;
        }
    }
}
