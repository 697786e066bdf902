namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the clerk workflow's UI strings: ClerkResource.resx is zh-CN (neutral), ClerkResource.en.resx English.</summary>
public sealed class ClerkResource;
