using ResidentMedicalInsurance.Application.Tests.Support;

namespace ResidentMedicalInsurance.Application.Tests.Progress;

public sealed class ProgressTextsTests
{
    [Fact]
    public void Every_progress_text_exists_in_Chinese_and_English_and_the_English_has_no_Chinese() => ResourcePair.AssertComplete("Progress");
}
