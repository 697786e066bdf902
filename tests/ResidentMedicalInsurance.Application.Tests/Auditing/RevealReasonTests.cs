using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Auditing;

/// <summary>显示完整身份证号 says why: the purpose (and text for 其他) is required and kept in the audit entry.</summary>
public sealed class RevealReasonTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_reveal_without_a_reason_is_refused_and_leaves_no_audit_entry(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var before = await world.CountAll<AuditEntry>();

        var none = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RevealIdNumber(reg.ResidentId, default)));
        var other = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RevealIdNumber(reg.ResidentId, RevealPurpose.Other, " ")));
        var hidden = await Assert.ThrowsAsync<InputValidationException>(() =>
            world.Send(world.ClerkA, new RevealIdNumber(reg.ResidentId, RevealPurpose.Other, "核对\u202E身份")));

        Assert.Contains("请选择查看事由。", none.Errors);
        Assert.Contains("选择“其他”时请填写查看事由。", other.Errors);
        Assert.Contains(hidden.Errors, e => e.StartsWith("查看事由含有不可见的格式字符", StringComparison.Ordinal));
        Assert.Equal(before, await world.CountAll<AuditEntry>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_audit_shows_who_revealed_when_and_why(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");

        await world.Send(world.ClerkA, new RevealIdNumber(reg.ResidentId, RevealPurpose.PrintRegistrationForm));
        await world.Send(world.CountyStaff, new RevealIdNumber(reg.ResidentId, RevealPurpose.Other, "  公安协查函〔2020〕3号 "));

        var reveals = (await world.Send(world.CountyStaff, new GetHouseholdAudit(reg.HouseholdId)))
            .Where(a => a.Operation == AuditOperation.Revealed).OrderBy(a => a.UserName).ToList();
        Assert.Equal(
            [("clerk-chengguan", "打印登记表"), ("county-youxi", "其他：公安协查函〔2020〕3号")],
            reveals.Select(a => (a.UserName, a.ReasonText)));
        Assert.All(reveals, a => Assert.Equal("查看完整身份证号", a.ActionText));
        Assert.All(reveals, a => Assert.Empty(a.Changes));
        Assert.All(reveals, a => Assert.Equal(world.Clock.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), a.AtText));
    }
}
