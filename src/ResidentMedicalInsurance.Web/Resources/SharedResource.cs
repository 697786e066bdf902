using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace ResidentMedicalInsurance.Web.Resources;

/// <summary>Marker for the shared UI strings: SharedResource.resx is zh-CN (neutral), SharedResource.en.resx English.</summary>
public sealed class SharedResource;
