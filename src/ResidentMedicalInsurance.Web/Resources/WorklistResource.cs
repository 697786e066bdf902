namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the clerk's 工作台 UI strings: WorklistResource.resx is zh-CN (neutral), WorklistResource.en.resx English.</summary>
public sealed class WorklistResource;
