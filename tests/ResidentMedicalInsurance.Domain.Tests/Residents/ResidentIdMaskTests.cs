using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Domain.Tests.Residents;

public sealed class ResidentIdMaskTests
{
    [Theory]
    [InlineData("350426199001011234", "350426********1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("320703800229123", "320703*****9123")]
    [InlineData("12345678901", "123456*8901")]
    [InlineData("1234567890", "**********")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Keeps_first_six_and_last_four(string? value, string masked)
    {
        Assert.Equal(masked, ResidentIdMask.Mask(value));
    }
}
