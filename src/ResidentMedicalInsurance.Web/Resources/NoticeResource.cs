namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the progress notice pages' UI strings: NoticeResource.resx is zh-CN (neutral), NoticeResource.en.resx English.</summary>
public sealed class NoticeResource;
