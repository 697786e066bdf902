namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// One reason in a decision: the notice clause (e.g. <c>尤政办〔2019〕45号 四(二)2</c>) or
/// <c>decision:&lt;id&gt;</c> from policy-spec.md, with a zh-CN explanation a resident understands.
/// Profiles build their items once, so a decision only points at them.
/// </summary>
public sealed class BasisItem
{
    public BasisItem(string citation, string explanation)
    {
        Citation = citation;
        Explanation = explanation;
        Text = citation + "：" + explanation;
    }

    public string Citation { get; }
    public string Explanation { get; }

    /// <summary>Citation and explanation on one line, as shown to a resident.</summary>
    public string Text { get; }

    public override string ToString() => Text;
}
