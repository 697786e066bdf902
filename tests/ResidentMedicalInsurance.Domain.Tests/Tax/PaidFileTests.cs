using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Domain.Tests.Tax;

/// <summary>A paid file runs while it is queued, read or matched; every outcome of its records has a name.</summary>
public sealed class PaidFileTests
{
    [Theory]
    [InlineData(PaidFileStatus.Queued, true)]
    [InlineData(PaidFileStatus.Reading, true)]
    [InlineData(PaidFileStatus.Matching, true)]
    [InlineData(PaidFileStatus.Ready, false)]
    [InlineData(PaidFileStatus.Applying, false)]
    [InlineData(PaidFileStatus.Applied, false)]
    [InlineData(PaidFileStatus.Cancelled, false)]
    [InlineData(PaidFileStatus.Failed, false)]
    public void A_paid_file_runs_only_while_it_is_read_and_matched(PaidFileStatus status, bool running)
        => Assert.Equal(running, new PaidFile { FileName = "税务.xlsx", Status = status }.IsRunning);

    [Fact]
    public void Every_outcome_has_its_own_name_and_an_unknown_one_is_refused()
    {
        Assert.Equal(Enum.GetValues<PaidOutcome>().Length, PaidOutcomes.All.Select(PaidOutcomes.Name).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => PaidOutcomes.Name((PaidOutcome)99));
    }
}
