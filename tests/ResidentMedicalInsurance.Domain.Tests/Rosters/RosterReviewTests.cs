using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Domain.Tests.Rosters;

/// <summary>A subsidy roster is cancelled only while it runs and reviewed only when ready; each matched row is decided once.</summary>
public sealed class RosterReviewTests
{
    private static readonly DateTimeOffset Noon = new(2020, 10, 5, 12, 0, 0, TimeSpan.FromHours(8));

    private static SubsidyRoster Roster(RosterStatus status) =>
        new() { Id = Guid.NewGuid(), Department = "民政局", Year = 2021, FileName = "低保.xlsx", Status = status };

    public static TheoryData<RosterStatus> Running() => new() { RosterStatus.Queued, RosterStatus.Reading, RosterStatus.Matching };

    public static TheoryData<RosterStatus> Finished() => new()
    {
        RosterStatus.Reviewed, RosterStatus.Rejected, RosterStatus.Cancelled, RosterStatus.Failed,
    };

    [Fact]
    public void The_label_names_department_year_and_file()
        => Assert.Equal("民政局 2021 低保.xlsx", Roster(RosterStatus.Ready).Label);

    [Theory]
    [MemberData(nameof(Running))]
    public void A_running_roster_can_be_cancelled_and_is_not_yet_under_review(RosterStatus status)
    {
        var roster = Roster(status);

        roster.RequestCancel();

        Assert.True(roster.CancelRequested);
        Assert.True(roster.IsRunning);
        Assert.False(roster.IsUnderReview);
        Assert.Equal("名单仍在导入比对中，请等比对完成后再审核。", Assert.Throws<DomainException>(roster.EnsureUnderReview).Message);
    }

    [Theory]
    [MemberData(nameof(Finished))]
    public void A_finished_roster_needs_no_cancelling_and_takes_no_more_review(RosterStatus status)
    {
        var roster = Roster(status);

        Assert.Equal("该名单已不在导入中，无需取消。", Assert.Throws<DomainException>(roster.RequestCancel).Message);
        Assert.False(roster.CancelRequested);
        Assert.False(roster.IsRunning);
        Assert.Equal("该名单已审核完毕，不能再修改审核结果。",
            Assert.Throws<DomainException>(() => roster.CompleteReview("county-haimen", Noon)).Message);
        Assert.Equal(status, roster.Status);
    }

    [Fact]
    public void A_ready_roster_is_under_review_and_not_running()
    {
        var roster = Roster(RosterStatus.Ready);

        Assert.True(roster.IsUnderReview);
        Assert.False(roster.IsRunning);
        Assert.Throws<DomainException>(roster.RequestCancel);
        roster.EnsureUnderReview();
    }

    [Fact]
    public void Completing_the_review_records_who_and_when()
    {
        var roster = Roster(RosterStatus.Ready);

        roster.CompleteReview("county-haimen", Noon);

        Assert.Equal((RosterStatus.Reviewed, "county-haimen", Noon), (roster.Status, roster.DecidedBy, roster.DecidedAt!.Value));
    }

    [Fact]
    public void Rejecting_a_roster_keeps_the_trimmed_reason_the_department_reads()
    {
        var roster = Roster(RosterStatus.Ready);

        roster.Reject("county-haimen", Noon, " 缺少盖章 ");

        Assert.Equal((RosterStatus.Rejected, "county-haimen", Noon, "缺少盖章"),
            (roster.Status, roster.DecidedBy, roster.DecidedAt!.Value, roster.RejectReason));
        Assert.Throws<DomainException>(() => roster.Reject("county-haimen", Noon, "再次"));
    }

    [Fact]
    public void Rejecting_a_roster_needs_a_reason()
    {
        var roster = Roster(RosterStatus.Ready);

        Assert.Equal("退回名单时请填写退回原因，部门会在反馈清单中看到。",
            Assert.Throws<DomainException>(() => roster.Reject("county-haimen", Noon, "  ")).Message);
        Assert.Equal(RosterStatus.Ready, roster.Status);
        Assert.Null(roster.DecidedAt);
    }

    [Fact]
    public void A_roster_still_reading_is_not_rejected()
    {
        var roster = Roster(RosterStatus.Reading);

        Assert.Throws<DomainException>(() => roster.Reject("county-haimen", Noon, "缺少盖章"));
        Assert.Equal(RosterStatus.Reading, roster.Status);
    }

    private static RosterRow Row(RosterOutcome outcome, RowDecision decision = RowDecision.Pending) =>
        new() { Id = Guid.NewGuid(), RowNumber = 7, Outcome = outcome, Decision = decision };

    [Fact]
    public void A_matched_row_waits_for_a_decision_until_approved()
    {
        var row = Row(RosterOutcome.Matched);
        Assert.True(row.IsPendingMatch);

        row.Approve();

        Assert.Equal((RowDecision.Approved, (string?)null), (row.Decision, row.DecisionNote));
        Assert.False(row.IsPendingMatch);
        Assert.Equal("第 7 行已审核。", Assert.Throws<DomainException>(row.Approve).Message);
    }

    [Fact]
    public void A_rejected_row_keeps_the_trimmed_reason()
    {
        var row = Row(RosterOutcome.Matched);

        row.Reject(" 姓名不符 ");

        Assert.Equal((RowDecision.Rejected, "姓名不符"), (row.Decision, row.DecisionNote));
        Assert.Throws<DomainException>(() => row.Reject("再次"));
    }

    [Fact]
    public void Rejecting_a_row_needs_a_reason()
    {
        var row = Row(RosterOutcome.Matched);

        Assert.Equal("不通过时请填写原因，部门会在反馈清单中看到。", Assert.Throws<DomainException>(() => row.Reject(" ")).Message);
        Assert.Equal(RowDecision.Pending, row.Decision);
    }

    [Fact]
    public void A_row_that_did_not_match_is_not_approved()
    {
        var row = Row(RosterOutcome.NameMismatch);

        Assert.False(row.IsPendingMatch);
        Assert.Equal("第 7 行未比对成功，不能审核通过。", Assert.Throws<DomainException>(row.Approve).Message);
        Assert.Equal(RowDecision.Pending, row.Decision);
    }

    [Fact]
    public void An_already_decided_matched_row_is_not_pending()
        => Assert.False(Row(RosterOutcome.Matched, RowDecision.Rejected).IsPendingMatch);

    [Fact]
    public void Every_outcome_has_a_name_and_an_unknown_one_is_refused()
    {
        Assert.Equal(Enum.GetValues<RosterOutcome>().Length, RosterOutcomes.All.Select(RosterOutcomes.Name).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => RosterOutcomes.Name((RosterOutcome)99));
    }

    [Fact]
    public void A_certification_is_ended_once_by_the_first_roster_that_removes_it()
    {
        var certification = new SubsidyCertification { Id = Guid.NewGuid(), Code = "dibao", Year = 2021 };
        Assert.True(certification.IsLive);
        var first = Guid.NewGuid();

        certification.End(Noon, first);
        certification.End(Noon.AddDays(3), Guid.NewGuid());

        Assert.False(certification.IsLive);
        Assert.Equal((Noon, first), (certification.EndedAt!.Value, certification.EndedByRosterId!.Value));
    }
}
