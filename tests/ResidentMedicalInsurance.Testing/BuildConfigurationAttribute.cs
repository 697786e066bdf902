namespace ResidentMedicalInsurance.Testing;

/// <summary>The build configuration of this test assembly, so the portal is started from the same one.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildConfigurationAttribute(string configuration) : Attribute
{
    public string Configuration { get; } = configuration;
}
