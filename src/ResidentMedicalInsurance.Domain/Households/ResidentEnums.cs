namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>与户主关系.</summary>
public enum Relationship
{
    Head = 0,
    Spouse = 1,
    Child = 2,
    Parent = 3,
    Grandchild = 4,
    Grandparent = 5,
    Sibling = 6,
    ChildInLaw = 7,
    Other = 9,
}

/// <summary>户籍: inside this tenant (本地) or elsewhere (外地).</summary>
public enum HukouKind
{
    Local = 0,
    NonLocal = 1,
}

/// <summary>学生身份.</summary>
public enum StudentStatus
{
    None = 0,

    /// <summary>本地中小学、幼儿园在校生.</summary>
    LocalSchool = 1,

    /// <summary>本地全日制高校在校生.</summary>
    College = 2,
}

/// <summary>身份证以外的证件.</summary>
public enum OtherDocumentKind
{
    None = 0,
    ResidencePermit = 1,
    HkMacaoTaiwanPermit = 2,
    BirthCertificate = 3,
}
