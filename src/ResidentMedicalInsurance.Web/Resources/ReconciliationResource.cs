namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the fund statement pages' UI strings: ReconciliationResource.resx is zh-CN (neutral), ReconciliationResource.en.resx English.</summary>
public sealed class ReconciliationResource;
