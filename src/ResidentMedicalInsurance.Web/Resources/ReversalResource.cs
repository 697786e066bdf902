namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the payment reversal (冲正) UI strings: ReversalResource.resx is zh-CN (neutral), ReversalResource.en.resx English.</summary>
public sealed class ReversalResource;
