using System.Reflection;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Tests.Policy;

/// <summary>ADR 0046: the stored record, the gateway and the labels derive from the one circumstance catalogue.</summary>
public class StoredCircumstanceTests
{
    private static readonly DateOnly SampleDate = new(2020, 6, 30);

    [Fact]
    public void Every_catalogue_circumstance_is_bound_once_in_order_and_every_stored_column_is_bound()
    {
        Assert.Equal(Circumstance.All, StoredCircumstance.All.Select(s => s.Circumstance));
        var columns = typeof(EnrollmentCircumstances).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Assert.Equal(columns.Order(), StoredCircumstance.All.Select(s => char.ToUpperInvariant(s.Code[0]) + s.Code[1..]).Order());
    }

    [Fact]
    public void Each_circumstance_round_trips_from_the_stored_record_through_the_gateway_mapping_to_the_engine_record()
    {
        foreach (var stored in StoredCircumstance.All)
        {
            var engine = StoredCircumstance.ToEngine(WithSample(new EnrollmentCircumstances(), stored));

            Assert.Equal(WithSample(Circumstances.None, stored.Circumstance), engine);
        }
    }

    [Fact]
    public void Nothing_stored_is_no_circumstance_for_the_engine_and_no_label()
    {
        Assert.Equal(Circumstances.None, StoredCircumstance.ToEngine(new EnrollmentCircumstances()));
        Assert.Empty(Labels.Of(new EnrollmentCircumstances()));
    }

    [Fact]
    public void Labels_of_the_set_circumstances_come_from_the_catalogue_by_kind()
    {
        var all = StoredCircumstance.All.Aggregate(new EnrollmentCircumstances(), WithSample);

        Assert.Equal(
            [
                "外出务工", "当年退役士兵", "大学新生", "外省市毕业回乡大学生", "刑满释放人员", "失联人员", "医疗救助对象",
                $"职工医保停保（{Display.Date(SampleDate)}）", $"新识别建档立卡（{Display.Date(SampleDate)}）",
                $"错缴异地首次缴费（{Display.Date(SampleDate)}）", "连续参保 3 年",
            ],
            Labels.Of(all));
    }

    private static EnrollmentCircumstances WithSample(EnrollmentCircumstances on, StoredCircumstance stored) => stored switch
    {
        StoredCircumstance<bool> flag => flag.With(on, true),
        StoredCircumstance<DateOnly?> date => date.With(on, SampleDate),
        StoredCircumstance<int> number => number.With(on, 3),
        _ => throw new InvalidOperationException(stored.Code),
    };

    private static Circumstances WithSample(Circumstances on, Circumstance circumstance) => circumstance switch
    {
        Circumstance<bool> flag => flag.With(on, true),
        Circumstance<DateOnly?> date => date.With(on, SampleDate),
        Circumstance<int> number => number.With(on, 3),
        _ => throw new InvalidOperationException(circumstance.Code),
    };
}
