using CsCheck;
using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

/// <summary>
/// The maintained progress counters equal a recount from the rows after any sequence of the clerk's and the county's
/// work (ADR 0061): CsCheck generates the sequences (and shrinks a failing one to the shortest that still fails).
/// Refused steps are part of the property: a refused command must leave the counters as they were.
/// </summary>
public sealed class TallyPropertyTests
{
    private enum Step { Enrol, EnrolFamily, EnrolSubsidised, AddMember, Pay, Refund, DuplicateRefund, Reverse, Depart, NextDay }

    private static readonly Gen<(Step Step, int Pick)[]> Sequences =
        Gen.Select(Gen.Enum<Step>(), Gen.Int[0, 1000]).Array[4, 30];

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Random_sequences_of_enrolments_payments_refunds_reversals_and_departures_leave_the_counters_equal_to_a_recount(DatabaseProvider provider)
    {
        await Sequences.SampleAsync(async steps =>
        {
            await using var world = await ClerkWorld.CreateAsync(provider);
            var state = new Campaign(world);
            foreach (var (step, pick) in steps)
            {
                await state.RunAsync(step, pick);
            }

            await world.AssertEqualRecountAsync();
        }, iter: 6, threads: 1, seed: null);
    }

    private sealed class Campaign(ClerkWorld world)
    {
        private readonly TestUser Both = new("clerk-both", world.YouxiId, [Roles.Clerk], [world.Chengguan, world.Meixian]);
        private int number;

        public async Task RunAsync(Step step, int pick)
        {
            try
            {
                await RunStepAsync(step, pick);
            }
            catch (Exception ex) when (ex is AppException or DomainException)
            {
                // Refused: the property still holds.
            }
        }

        private async Task RunStepAsync(Step step, int pick)
        {
            var (clerk, township, village) = (pick % 3) switch
            {
                0 => (world.ClerkA, world.Chengguan, "城关村"),
                1 => (world.ClerkA, world.Chengguan, "东门社区"),
                _ => (world.ClerkB, world.Meixian, "梅仙村"),
            };
            switch (step)
            {
                case Step.Enrol:
                    await world.RegisterAndEnroll(clerk, township, $"P{++number}");
                    break;
                case Step.EnrolFamily:
                    await world.EnrolledFamily(clerk, township, $"F{++number}", village, "林一", "林二");
                    break;
                case Step.EnrolSubsidised:
                    await world.RegisterAndEnroll(clerk, township, $"S{++number}", pick % 2 == 0 ? "canji" : "dunv", new DateOnly(2019, 9, 1));
                    break;
                case Step.AddMember:
                    if (await PickAsync(db => db.Households.Select(h => h.Id), pick) is { } household)
                    {
                        await world.Send(Both,
                            new AddHouseholdMember(household, People.Person("王五", People.IdNumber(new DateOnly(2001, 1, 2)), Relationship.Child)));
                    }

                    break;
                case Step.Pay:
                    if (await PickAsync(db => db.Enrollments.Where(e => e.Status == EnrollmentStatus.AwaitingPayment).Select(e => e.Id), pick) is { } awaiting)
                    {
                        await world.Send(Both, People.Payment(awaiting, $"V{++number}") with { PaidAt = world.Clock.Now });
                    }

                    break;
                case Step.Refund or Step.DuplicateRefund:
                    if (await PickAsync(db => db.Enrollments.Where(e => e.Status == EnrollmentStatus.Paid).Select(e => e.Id), pick) is { } paid)
                    {
                        var reason = step == Step.Refund ? RefundReason.Erroneous : RefundReason.Duplicate;
                        var refund = await world.Send(Both, new RequestRefund(paid, reason, world.Clock.Today, false, null));
                        await world.Send(world.CountyStaff, new DecideRefund(refund.RefundId, true, null));
                    }

                    break;
                case Step.Reverse:
                    if (await PickAsync(db => db.Payments.Where(p => p.Status == PaymentStatus.InForce).Select(p => p.Id), pick) is { } payment)
                    {
                        var reversal = await world.Send(Both, new RequestPaymentReversal(payment, "录入错误"));
                        await world.Send(world.CountyStaff, new ApprovePaymentReversal(reversal.ReversalId));
                    }

                    break;
                case Step.Depart:
                    if (await PickAsync(db => db.Residents.Where(r => r.Departure == null).Select(r => r.Id), pick) is { } resident)
                    {
                        await world.Send(Both, new MarkResidentDeparted(resident, pick % 2 == 0 ? DepartureReason.Death : DepartureReason.MovedOut, world.Clock.Today));
                    }

                    break;
                case Step.NextDay:
                    world.Clock.Now = world.Clock.Now.AddDays(1 + pick % 20);
                    break;
            }
        }

        private Task<Guid?> PickAsync(Func<AppDbContext, IQueryable<Guid>> ids, int pick) => world.Read(world.CountyStaff, async db =>
        {
            var all = await ids(db).OrderBy(id => id).ToListAsync();
            return all.Count == 0 ? (Guid?)null : all[pick % all.Count];
        });
    }
}
