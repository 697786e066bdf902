namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the progress dashboard's UI strings: ProgressResource.resx is zh-CN (neutral), ProgressResource.en.resx English.</summary>
public sealed class ProgressResource;
