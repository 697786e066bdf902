namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the tax-exchange page's UI strings: TaxResource.resx is zh-CN (neutral), TaxResource.en.resx English.</summary>
public sealed class TaxResource;
