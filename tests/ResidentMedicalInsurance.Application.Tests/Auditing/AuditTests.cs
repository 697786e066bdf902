using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Tests.Auditing;

public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_command_leaves_who_what_which_record_before_and_after_under_the_household(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "吴一", id);
        await world.Send(world.ClerkA, new UpdateResident(reg.ResidentId, People.Person("吴壹", id)));
        var enrollment = await world.Send(world.ClerkA, new Features.Enrollments.EnrollResident(reg.ResidentId, new()));
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "A-1"));
        var revealed = await world.Send(world.CountyStaff, new RevealIdNumber(reg.ResidentId, RevealPurpose.Other, "核对户籍档案"));

        var log = await world.Send(world.CountyStaff, new GetHouseholdAudit(reg.HouseholdId));

        Assert.Equal(id, revealed.IdNumber);
        var actions = log.Select(e => e.Action).ToHashSet();
        Assert.Superset(new HashSet<string> { "RegisterHousehold", "UpdateResident", "EnrollResident", "RecordPayment", "RevealIdNumber" }, actions);
        var rename = Assert.Single(log, e => e.Action == "UpdateResident");
        Assert.Equal("clerk-chengguan", rename.UserName);
        Assert.Equal("信息变更", rename.ActionText);
        var change = Assert.Single(rename.Changes);
        Assert.Equal(("Name", "吴一", "吴壹"), (change.Field, change.Before, change.After));
        var reveal = Assert.Single(log, e => e.Operation == AuditOperation.Revealed);
        Assert.Equal("county-youxi", reveal.UserName);
        Assert.Equal(reg.ResidentId, reveal.EntityId);
        var created = Assert.Single(log, e => e.Action == "RegisterHousehold" && e.EntityType == "Resident");
        Assert.Contains(created.Changes, c => c.Field == "IdNumber" && c.After == id[..6] + "********" + id[^4..]);
        Assert.Contains(log, e => e.Action == "RecordPayment" && e.EntityType == "Enrollment" &&
            e.Changes.Any(c => c.Field == "Status" && c.Before == "待缴费" && c.After == "已缴费"));
        Assert.DoesNotContain(log.SelectMany(e => e.Changes), c => c.After == id || c.Before == id);

        // A clerk reads it: names instead of ids, yuan instead of fen, zh-CN labels and dates, one line per change.
        var payment = Assert.Single(log, e => e.Action == "RecordPayment" && e.EntityType == "Payment");
        Assert.StartsWith("clerk-chengguan 缴费登记：新增缴费「凭证号 A-1」，", payment.Summary, StringComparison.Ordinal);
        Assert.Contains(payment.Changes, c => (c.FieldText, c.After) == ("金额", "250.00 元"));
        Assert.Contains(payment.Changes, c => (c.FieldText, c.After) == ("参保人", "吴壹"));
        Assert.Contains(payment.Changes, c => (c.FieldText, c.After) == ("乡镇", "城关镇"));
        Assert.Contains(payment.Changes, c => (c.FieldText, c.After) == ("待遇开始", "2020年1月1日"));
        Assert.Contains(payment.Changes, c => (c.FieldText, c.After) == ("缴费时间", "2019-11-15 09:30"));
        Assert.DoesNotContain(log.SelectMany(e => e.Changes), c => c.Field is "Id" or "TenantId" or "Version");
        var texts = log.SelectMany(e => e.Changes.SelectMany(c => new[] { c.FieldText, c.Before, c.After }).Append(e.Summary)).ToList();
        Assert.DoesNotContain(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, "[0-9a-f]{8}-[0-9a-f]{4}-|Fen|AwaitingPayment"));

        // In English: the same trail in the user's language; names, notes typed and the clause texts (依据) stay as stored.
        using (new UiCulture("en"))
        {
            var english = await world.Send(world.CountyStaff, new GetHouseholdAudit(reg.HouseholdId));
            var paid = Assert.Single(english, e => e.Action == "RecordPayment" && e.EntityType == "Payment");
            Assert.StartsWith("clerk-chengguan, Record payment: added payment \"voucher A-1\", ", paid.Summary, StringComparison.Ordinal);
            Assert.Contains(paid.Changes, c => (c.FieldText, c.After) == ("Amount", "¥250.00"));
            Assert.Contains(paid.Changes, c => (c.FieldText, c.After) == ("Benefits from", "2020-01-01"));
            Assert.Contains(english, e => e.Changes.Any(c => (c.FieldText, c.Before, c.After) == ("Status", "Awaiting payment", "Paid")));
            Assert.Equal("Other: 核对户籍档案", Assert.Single(english, e => e.Operation == AuditOperation.Revealed).ReasonText);
            Assert.Contains(english, e => e.Changes.Any(c => c.ClauseText && c.FieldText == "Basis"));
            var labels = english.SelectMany(e => e.Changes.Select(c => c.FieldText).Append(e.ActionText).Append(e.OperationText).Append(e.EntityText)
                .Append(e.Summary.Replace("吴壹", "", StringComparison.Ordinal).Replace("核对户籍档案", "", StringComparison.Ordinal)));
            Assert.DoesNotContain(labels, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\p{IsCJKUnifiedIdeographs}"));
        }
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refused_command_leaves_no_audit_entry(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var before = await world.CountAll<AuditEntry>();

        await Assert.ThrowsAnyAsync<Exception>(() => world.Send(world.ClerkA,
            new AddHouseholdMember(reg.HouseholdId, People.Person("", "123", Domain.Households.Relationship.Child))));

        Assert.Equal(before, await world.CountAll<AuditEntry>());
    }
}
