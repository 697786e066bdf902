using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>What the demo has on record for a household.</summary>
public enum DemoEnrollment
{
    /// <summary>Registered only: nothing enrolled yet.</summary>
    None,

    /// <summary>Paid for the previous insurance year (Y-1): 续保 renews them.</summary>
    PaidLastYear,

    /// <summary>Enrolled for the current year (Y), awaiting payment.</summary>
    EnrolledThisYear,

    /// <summary>Paid for Y-1 and already renewed (续保) for Y, not paid yet: the clerk's 续保未缴 list shows them.</summary>
    RenewedThisYear,
}

/// <summary>A demo person; <paramref name="Sequence"/> is the ID number's order code (odd: male).</summary>
public sealed record DemoPerson(
    string Name, DateOnly Birth, int Sequence, Relationship Relationship,
    string? Phone = null, StudentStatus Student = StudentStatus.None, int ContinuousYears = 3);

/// <summary>A demo household in one of the <c>&lt;code&gt;-clerk</c>'s townships (index 0 or 1).</summary>
public sealed record DemoHousehold(
    string Number, int Township, string Region, string Village, string Address, DemoEnrollment Enrollment,
    IReadOnlyList<DemoPerson> Members);

/// <summary>
/// Invented households of every county (demo data only: never seeded in production). Order codes 5xx
/// keep them apart from the browser tests' people; none is in the second clerk's township.
/// </summary>
public static class DemoHouseholds
{
    public static IReadOnlyDictionary<string, IReadOnlyList<DemoHousehold>> ByTenant { get; } =
        new Dictionary<string, IReadOnlyList<DemoHousehold>>
        {
            [ReferenceTenants.Youxi] =
            [
                new("YX-DEMO-001", 0, "350426", "城南村", "城关镇城南村3组12号", DemoEnrollment.PaidLastYear,
                [
                    new("林国华", new(1968, 3, 14), 501, Relationship.Head, "13859801234", ContinuousYears: 5),
                    new("郑秀英", new(1970, 7, 2), 502, Relationship.Spouse, ContinuousYears: 5),
                    new("林志强", new(1995, 10, 21), 503, Relationship.Child, "13959805678"),
                ]),
                new("YX-DEMO-002", 0, "350426", "水东村", "城关镇水东村8组5号", DemoEnrollment.PaidLastYear,
                [
                    new("陈德福", new(1955, 1, 30), 505, Relationship.Head, "13605981122", ContinuousYears: 8),
                    new("肖桂兰", new(1957, 5, 9), 506, Relationship.Spouse, ContinuousYears: 8),
                ]),
                new("YX-DEMO-003", 1, "350426", "梅营村", "梅仙镇梅营村2组7号", DemoEnrollment.EnrolledThisYear,
                [
                    new("詹明亮", new(1982, 9, 5), 507, Relationship.Head, "15880592233"),
                    new("卢美玲", new(1985, 12, 18), 508, Relationship.Spouse),
                    new("詹梓涵", new(2012, 4, 26), 510, Relationship.Child, Student: StudentStatus.LocalSchool),
                ]),
                new("YX-DEMO-004", 1, "350426", "半山村", "梅仙镇半山村5组21号", DemoEnrollment.None,
                [
                    new("纪长生", new(1976, 6, 11), 511, Relationship.Head, "13774563344"),
                    new("苏丽华", new(1978, 2, 27), 512, Relationship.Spouse),
                    new("纪宇航", new(2005, 8, 16), 513, Relationship.Child),
                    new("黄玉珍", new(1950, 11, 3), 514, Relationship.Parent),
                ]),
                new("YX-DEMO-005", 0, "350426", "城北村", "城关镇城北村6组9号", DemoEnrollment.RenewedThisYear,
                [
                    new("黄建新", new(1972, 8, 19), 515, Relationship.Head, "13950987766", ContinuousYears: 4),
                    new("吴丽萍", new(1975, 4, 3), 516, Relationship.Spouse, ContinuousYears: 4),
                ]),
            ],
            [ReferenceTenants.Shiquan] =
            [
                new("SQ-DEMO-001", 0, "610922", "红星村", "城关镇红星村4组16号", DemoEnrollment.PaidLastYear,
                [
                    new("王建军", new(1966, 4, 8), 501, Relationship.Head, "13891501234", ContinuousYears: 6),
                    new("刘桂芳", new(1968, 9, 19), 502, Relationship.Spouse, ContinuousYears: 6),
                    new("王磊", new(1992, 1, 25), 503, Relationship.Child, "15991502345"),
                ]),
                new("SQ-DEMO-002", 0, "610922", "太平村", "城关镇太平村1组3号", DemoEnrollment.PaidLastYear,
                [
                    new("张福贵", new(1958, 8, 2), 505, Relationship.Head, "13709153456", ContinuousYears: 9),
                    new("李秀兰", new(1960, 3, 17), 506, Relationship.Spouse, ContinuousYears: 9),
                ]),
                new("SQ-DEMO-003", 1, "610922", "长岭村", "饶峰镇长岭村3组9号", DemoEnrollment.EnrolledThisYear,
                [
                    new("陈永平", new(1980, 12, 6), 507, Relationship.Head, "18291514567"),
                    new("杨小燕", new(1983, 6, 28), 508, Relationship.Spouse),
                    new("陈思雨", new(2011, 10, 9), 510, Relationship.Child, Student: StudentStatus.LocalSchool),
                ]),
                new("SQ-DEMO-004", 1, "610922", "胜利村", "饶峰镇胜利村6组2号", DemoEnrollment.None,
                [
                    new("何长春", new(1974, 5, 20), 511, Relationship.Head, "13571545678"),
                    new("周玉梅", new(1977, 1, 13), 512, Relationship.Spouse),
                    new("何浩然", new(2003, 7, 31), 513, Relationship.Child),
                ]),
            ],
            [ReferenceTenants.Haimen] =
            [
                new("HM-DEMO-001", 0, "320684", "三星村", "三星村12组8号", DemoEnrollment.PaidLastYear,
                [
                    new("施建明", new(1964, 2, 11), 501, Relationship.Head, "13962801234", ContinuousYears: 7),
                    new("黄亚萍", new(1966, 8, 23), 502, Relationship.Spouse, ContinuousYears: 7),
                    new("施佳怡", new(2008, 5, 4), 504, Relationship.Child, Student: StudentStatus.LocalSchool),
                ]),
                new("HM-DEMO-002", 0, "320684", "东洲村", "东洲村3组15号", DemoEnrollment.PaidLastYear,
                [
                    new("沈国平", new(1956, 10, 1), 505, Relationship.Head, "13862862345", ContinuousYears: 10),
                    new("季美华", new(1958, 4, 16), 506, Relationship.Spouse, ContinuousYears: 10),
                ]),
                new("HM-DEMO-003", 1, "320684", "青龙村", "青龙村7组4号", DemoEnrollment.EnrolledThisYear,
                [
                    new("倪志刚", new(1979, 11, 30), 507, Relationship.Head, "15051363456"),
                    new("陆晓燕", new(1981, 3, 7), 508, Relationship.Spouse),
                ]),
                new("HM-DEMO-004", 1, "320684", "新河村", "新河村2组19号", DemoEnrollment.None,
                [
                    new("茅永兴", new(1971, 7, 18), 509, Relationship.Head, "13773864567"),
                    new("顾红英", new(1973, 12, 24), 510, Relationship.Spouse),
                    new("茅晨阳", new(2001, 9, 12), 511, Relationship.Child),
                ]),
            ],
            [ReferenceTenants.Lianyungang] =
            [
                new("LYG-DEMO-001", 0, "320706", "新浦街道建国社区", "海州区建国路56号3单元", DemoEnrollment.PaidLastYear,
                [
                    new("孙立新", new(1965, 6, 3), 501, Relationship.Head, "13961301234", ContinuousYears: 6),
                    new("赵淑珍", new(1967, 11, 15), 502, Relationship.Spouse, ContinuousYears: 6),
                    new("孙浩", new(1993, 2, 8), 503, Relationship.Child, "18961302345"),
                ]),
                new("LYG-DEMO-002", 0, "320706", "浦西街道小河村", "海州区小河村4组11号", DemoEnrollment.PaidLastYear,
                [
                    new("徐兆山", new(1953, 9, 26), 505, Relationship.Head, "13805133456", ContinuousYears: 11),
                    new("葛凤英", new(1955, 1, 19), 506, Relationship.Spouse, ContinuousYears: 11),
                ]),
                new("LYG-DEMO-003", 1, "320703", "墟沟街道海滨社区", "连云区海滨路18号", DemoEnrollment.EnrolledThisYear,
                [
                    new("刘海涛", new(1984, 8, 14), 507, Relationship.Head, "15251334567"),
                    new("吴婷婷", new(1986, 5, 30), 508, Relationship.Spouse),
                    new("刘一诺", new(2013, 3, 21), 510, Relationship.Child, Student: StudentStatus.LocalSchool),
                ]),
                new("LYG-DEMO-004", 1, "320703", "高公岛街道黄窝村", "连云区黄窝村2组6号", DemoEnrollment.None,
                [
                    new("杨金宝", new(1972, 4, 9), 509, Relationship.Head, "13851345678"),
                    new("王翠兰", new(1974, 10, 27), 512, Relationship.Spouse),
                ]),
            ],
        };

    /// <summary>The 18-digit ID number with its GB 11643 check digit.</summary>
    public static string IdNumber(string region, DemoPerson person)
    {
        var first17 = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{region}{person.Birth:yyyyMMdd}{person.Sequence:000}");
        return first17 + Domain.Residents.ResidentIdNumber.ComputeCheckDigit(first17);
    }
}
