namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the household voucher and township batch UI strings: CollectionResource.resx is zh-CN (neutral), CollectionResource.en.resx English.</summary>
public sealed class CollectionResource;
