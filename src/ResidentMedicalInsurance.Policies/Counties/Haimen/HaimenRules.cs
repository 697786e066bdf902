namespace ResidentMedicalInsurance.Policies.Counties.Haimen;

/// <summary>Numbers and dates of a Haimen annual notice.</summary>
public sealed record HaimenData
{
    public required int Year { get; init; }

    /// <summary>二: individual fee (basic + critical illness + long-term care), in fen.</summary>
    public required long FeeFen { get; init; }
    public required long CriticalIllnessFen { get; init; }
    public required long LongTermCareFen { get; init; }

    /// <summary>二: per-capita funding; the government part shows in reports.</summary>
    public required long PerCapitaFundingFen { get; init; }

    /// <summary>decision:haimen-window-start .. 三: the deadline.</summary>
    public required DateOnly WindowOpens { get; init; }
    public required DateOnly WindowCloses { get; init; }

    /// <summary>七: exempt persons registered by this day.</summary>
    public required DateOnly ExemptRegisteredBy { get; init; }

    /// <summary>九: continuous payers who pay by this day keep benefits from Y-01-01.</summary>
    public required DateOnly ContinuousPayersUntil { get; init; }
    public required int ContinuousYearsRequired { get; init; }
}

/// <summary>Structure of the Haimen notice: eligibility 一, fee 二, deadline 三, exemptions 七, late payers 九.</summary>
public abstract class HaimenRules : PolicyProfile
{
    private const int TransitionMonths = 6;

    private readonly HaimenData _data;
    private readonly CategoryRule[] _categories;
    private readonly BasisItem _employeeInsurance, _local, _student, _notInScope;
    private readonly BasisItem _fee, _windowStart, _windowNotOpen, _normal, _gap, _continuous, _continuousDecision, _transition, _closed;

    protected HaimenRules(string id, string documentNumber, HaimenData data)
        : base(id, "haimen", "海门市", data.Year, documentNumber)
    {
        _data = data;
        ReconciliationPeriods = ReconciliationCalendar.Build(data.Year,
            new ReconciliationPeriod(data.WindowOpens, data.WindowCloses, "集中缴费期", null, null,
                Cite("三、八", $"集中缴费期{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}；通知未规定对账日期，期末由市医保局审签（各区镇财政补助资金于{data.Year}年6月30日前解缴，八）。")),
            (_, _) => (null, null), ReconciliationCalendar.MonthlyDecision);
        var y = data.Year;
        _employeeInsurance = Cite("一(一)", "本市户籍居民须不在职工医疗保险制度覆盖范围内才参加居民医保。");
        _local = Cite("一(一)", "具有本市户籍且不在职工医保覆盖范围的城乡居民属于参保对象。");
        _student = Cite("一(二)", "非本市户籍、未在户籍地参加居民医保的本市各类学校（含幼儿园、托儿所）在校学生属于参保对象。");
        _notInScope = Cite("一", "既无本市户籍，也不是未在户籍地参保的本市在校学生，不属于参保对象。");
        _fee = Cite("二", $"个人缴费标准为每人{Zh.Yuan(data.FeeFen)}（含大病保险{Zh.Yuan(data.CriticalIllnessFen)}、照护保险{Zh.Yuan(data.LongTermCareFen)}），人均筹资{Zh.Yuan(data.PerCapitaFundingFen)}，其余由政府补助。");
        _windowStart = Decision("haimen-window-start", $"通知未写明开始日期，{y}年度缴费自{Zh.Date(data.WindowOpens)}开始受理。");
        _windowNotOpen = Decision("haimen-window-start", $"{y}年度缴费自{Zh.Date(data.WindowOpens)}开始受理，此前缴费不计入{y}年度。");
        _normal = Cite("三", $"{y}年度登记、缴费截止于{Zh.Date(data.WindowCloses)}，按时缴费的自{y}年1月1日起享受待遇。");
        _gap = Cite("九", $"{Zh.Date(data.WindowCloses)}缴费截止后至年底不再受理，请于{y}年1月1日起的工作日到户籍所在地村（居）委会缴费。");
        _continuous = Cite("九", $"{y - 2}、{y - 1}两个年度均按时连续缴费，并于{Zh.Date(data.ContinuousPayersUntil)}前完成缴费的，按规定享受待遇。");
        _continuousDecision = Decision("haimen-continuous-no-gap", $"连续参保人员在{Zh.Date(data.ContinuousPayersUntil)}前补缴的，待遇自{y}年1月1日起不间断。");
        _transition = Cite("九", "未按时缴费的其余人员，须待6个月过渡期满后（自缴费之日起6个月）方可享受待遇。");
        _closed = Cite("九", $"{y}年度缴费受理至{y}年12月31日。");

        var exempt = Cite("七", "属于市财政全额补助个人缴费的对象，本人无需缴费。");
        var late = Cite("七", $"免缴对象须于{Zh.Date(data.ExemptRegisteredBy)}前完成参保登记，此后认定的不享受本年度全额补助。");
        _categories =
        [
            Exempt("dibao-family", "城乡最低生活保障家庭成员", "民政局", exempt, late),
            Exempt("tekun-zhigong-family", "特困职工家庭成员", "总工会", exempt, late),
            Exempt("wubao", "农村五保对象", "民政局", exempt, late),
            Exempt("sanwu", "城镇“三无”人员", "民政局", exempt, late),
            Exempt("youfu", "重点优抚对象", "退役军人事务局", exempt, late),
            Exempt("jingjian-60s", "60年代精减退职职工", "民政局", exempt, late),
            Exempt("zhongcan", "1-2级重残人员", "残联", exempt, late),
            Exempt("lao-dangyuan", "建国前入党无固定收入老党员", "组织部", exempt, late),
            Exempt("jiandang-dishouru", "建档立卡低收入人员", "扶贫办", exempt, late),
            Exempt("linshi-dabing", "临时救助对象中的大重病患者", "民政局", exempt, late),
            Exempt("qita-teshu", "其他特殊对象（孤儿、事实孤儿、艾滋病等）", "民政局、卫健委", exempt, late),
        ];
    }

    public override IReadOnlyList<CategoryRule> Categories => _categories;

    public override IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    public override IReadOnlyList<CircumstanceInfo> Circumstances { get; } =
    [
        new(Circumstance.ContinuousPriorYears, "此前连续按时缴费年数"),
    ];

    public HaimenData Data => _data;

    private protected override string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis)
    {
        var person = policyCase.Person;
        if (person.Hukou == Hukou.Local)
        {
            if (person.EmployeeInsurance)
            {
                basis.Add(_employeeInsurance);
                return IneligibleReasons.EmployeeInsurance;
            }

            basis.Add(_local);
            return null;
        }

        if (person.Student is { LocalSchool: true } && !person.InsuredElsewhere)
        {
            basis.Add(_student);
            return null;
        }

        basis.Add(_notInScope);
        return IneligibleReasons.NotInScope;
    }

    private protected override Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (paymentDate < _data.WindowOpens)
        {
            basis.Add(_windowNotOpen);
            return Period.Rejected(RejectedReasons.WindowNotOpen);
        }

        if (paymentDate <= _data.WindowCloses)
        {
            basis.Add(_windowStart);
            basis.Add(_normal);
            return new Period(YearStart, YearEnd, null);
        }

        if (paymentDate < YearStart)
        {
            basis.Add(_gap);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        if (paymentDate > YearEnd)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        if (policyCase.Circumstances.ContinuousPriorYears >= _data.ContinuousYearsRequired && paymentDate <= _data.ContinuousPayersUntil)
        {
            basis.Add(_continuous);
            basis.Add(_continuousDecision);
            return new Period(YearStart, YearEnd, null);
        }

        basis.Add(_transition);
        return new Period(paymentDate.AddMonths(TransitionMonths), YearEnd, null);
    }

    private protected override Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        basis.Add(_fee);
        return QuoteWithCategories(policyCase, _data.FeeFen, ref basis);
    }

    private CategoryRule Exempt(string code, string name, string department, BasisItem basis, BasisItem late) => new()
    {
        Code = code,
        Name = name,
        Mode = SubsidyMode.Waived,
        FundedBy = "市财政",
        Department = department,
        CertifiedOnOrBefore = _data.ExemptRegisteredBy,
        Basis = [basis],
        LateCertificationBasis = late,
    };
}
