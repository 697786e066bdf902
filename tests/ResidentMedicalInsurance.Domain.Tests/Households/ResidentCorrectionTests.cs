using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;
using static ResidentMedicalInsurance.Domain.Tests.Households.Members;

namespace ResidentMedicalInsurance.Domain.Tests.Households;

/// <summary>A resident's corrections go through its methods: 信息变更 keeps the head, a departure is recorded once.</summary>
public sealed class ResidentCorrectionTests
{
    private static ResidentDetails Details(Relationship relationship) =>
        new(" 王晓 ", relationship, OtherDocumentKind.None, " ", HukouKind.NonLocal, StudentStatus.College, true, " 13800000000 ");

    [Fact]
    public void A_correction_sets_every_detail_trimmed_and_keeps_the_id_number()
    {
        var resident = Member();

        resident.Correct(Details(Relationship.Grandchild));

        Assert.Equal(("王晓", Relationship.Grandchild, null, HukouKind.NonLocal, StudentStatus.College, true, "13800000000"),
            (resident.Name, resident.Relationship, resident.OtherDocumentNumber, resident.Hukou, resident.Student, resident.EmployeeInsurance, resident.Phone));
        Assert.Equal("320703201005011235", resident.IdNumber);
    }

    [Fact]
    public void A_correction_neither_makes_a_member_the_head_nor_the_head_a_member()
    {
        Assert.Throws<DomainException>(() => Member().Correct(Details(Relationship.Head)));
        Assert.Throws<DomainException>(() => Member(Relationship.Head).Correct(Details(Relationship.Spouse)));
    }

    [Fact]
    public void A_departure_is_recorded_once_with_its_date()
    {
        var resident = Member();

        resident.MarkDeparted(DepartureReason.MovedOut, new DateOnly(2020, 3, 4));

        Assert.Equal((DepartureReason.MovedOut, new DateOnly(2020, 3, 4)), (resident.Departure, resident.DepartedOn));
        Assert.Throws<DomainException>(() => resident.MarkDeparted(DepartureReason.Death, new DateOnly(2020, 5, 6)));
        Assert.Throws<DomainException>(() => Member().MarkDeparted((DepartureReason)9, new DateOnly(2020, 3, 4)));
    }
}
