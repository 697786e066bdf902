namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the township plans page's UI strings: PlanResource.resx is zh-CN (neutral), PlanResource.en.resx English.</summary>
public sealed class PlanResource;
