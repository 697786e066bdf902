namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the subsidy-roster pages' UI strings: RosterResource.resx is zh-CN (neutral), RosterResource.en.resx English.</summary>
public sealed class RosterResource;
