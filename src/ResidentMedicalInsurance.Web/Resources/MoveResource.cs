namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the 户籍变动 UI strings: MoveResource.resx is zh-CN (neutral), MoveResource.en.resx English.</summary>
public sealed class MoveResource;
