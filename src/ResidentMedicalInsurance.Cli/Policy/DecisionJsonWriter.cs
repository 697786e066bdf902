using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>
/// Writes result and error lines of policy-spec section 10 with a reused <see cref="Utf8JsonWriter"/>:
/// amounts in yuan with two decimals (250.00), dates as yyyy-MM-dd, nulls written out, zh-CN unescaped.
/// </summary>
public sealed class DecisionJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText Id = Name("id");
    private static readonly JsonEncodedText Error = Name("error");
    private static readonly JsonEncodedText Eligible = Name("eligible");
    private static readonly JsonEncodedText IneligibleReason = Name("ineligibleReason");
    private static readonly JsonEncodedText Accepted = Name("accepted");
    private static readonly JsonEncodedText RejectedReason = Name("rejectedReason");
    private static readonly JsonEncodedText StandardFee = Name("standardFee");
    private static readonly JsonEncodedText Subsidy = Name("subsidy");
    private static readonly JsonEncodedText Code = Name("code");
    private static readonly JsonEncodedText Amount = Name("amount");
    private static readonly JsonEncodedText Mode = Name("mode");
    private static readonly JsonEncodedText FundedBy = Name("fundedBy");
    private static readonly JsonEncodedText IndividualDue = Name("individualDue");
    private static readonly JsonEncodedText BenefitStart = Name("benefitStart");
    private static readonly JsonEncodedText BenefitEnd = Name("benefitEnd");
    private static readonly JsonEncodedText Refund = Name("refund");
    private static readonly JsonEncodedText Refundable = Name("refundable");
    private static readonly JsonEncodedText Basis = Name("basis");
    private static readonly JsonEncodedText Waived = Name("waived");
    private static readonly JsonEncodedText Reimbursed = Name("reimbursed");

    private readonly Utf8JsonWriter _json;

    // Texts repeat across millions of lines: encode each once (keyed by reference, they are profile constants).
    private readonly Dictionary<object, JsonEncodedText> _encoded = new(ReferenceEqualityComparer.Instance);

    public DecisionJsonWriter(IBufferWriter<byte> output)
    {
        _json = new Utf8JsonWriter(output, Options);
    }

    /// <summary>Writes one result line (without the newline).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteResult(CaseId id, PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        _json.Reset();
        _json.WriteStartObject();
        WriteId(id);
        _json.WriteBoolean(Eligible, decision.Eligible);
        WriteNullableString(IneligibleReason, decision.IneligibleReason);
        _json.WriteBoolean(Accepted, decision.Accepted);
        WriteNullableString(RejectedReason, decision.RejectedReason);
        WriteMoney(StandardFee, decision.StandardFee);
        if (decision.Subsidy is SubsidyDecision subsidy)
        {
            _json.WriteStartObject(Subsidy);
            _json.WriteString(Code, Encoded(subsidy.Code));
            WriteMoney(Amount, subsidy.Amount);
            _json.WriteString(Mode, subsidy.Mode == SubsidyMode.Waived ? Waived : Reimbursed);
            _json.WriteString(FundedBy, Encoded(subsidy.FundedBy));
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteNull(Subsidy);
        }

        WriteMoney(IndividualDue, decision.IndividualDue);
        WriteDate(BenefitStart, decision.BenefitStart);
        WriteDate(BenefitEnd, decision.BenefitEnd);
        if (decision.Refund is RefundDecision refund)
        {
            _json.WriteStartObject(Refund);
            _json.WriteBoolean(Refundable, refund.Refundable);
            WriteMoney(Amount, refund.Amount);
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteNull(Refund);
        }

        _json.WriteStartArray(Basis);
        var basis = decision.Basis;
        for (var i = 0; i < basis.Count; i++)
        {
            _json.WriteStringValue(Encoded(basis[i]));
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>Writes one error line: <c>{"id": ..., "error": "..."}</c>.</summary>
    public void WriteError(CaseId id, string message)
    {
        _json.Reset();
        _json.WriteStartObject();
        WriteId(id);
        _json.WriteString(Error, message);
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteId(CaseId id)
    {
        if (id.Value is null)
        {
            _json.WriteNull(Id);
        }
        else if (id.IsNumber)
        {
            _json.WritePropertyName(Id);
            _json.WriteRawValue(id.Value, skipInputValidation: true);
        }
        else
        {
            _json.WriteString(Id, id.Value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteNullableString(JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, Encoded(value));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteMoney(JsonEncodedText name, long? fen)
    {
        if (fen is not long value)
        {
            _json.WriteNull(name);
            return;
        }

        _json.WritePropertyName(name);
        Span<byte> buffer = stackalloc byte[24];
        Money.FromFen(value).TryFormat(buffer, out var length, "F", CultureInfo.InvariantCulture);
        _json.WriteRawValue(buffer[..length], skipInputValidation: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteDate(JsonEncodedText name, DateOnly? date)
    {
        if (date is not DateOnly value)
        {
            _json.WriteNull(name);
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        value.TryFormat(buffer, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _json.WriteString(name, buffer);
    }

    private JsonEncodedText Encoded(string text) => Encoded(text, text);

    private JsonEncodedText Encoded(BasisItem item) => Encoded(item, item.Text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonEncodedText Encoded(object key, string text)
    {
        if (!_encoded.TryGetValue(key, out var encoded))
        {
            // Guard against unbounded growth if texts were ever built per decision.
            if (_encoded.Count > 10_000)
            {
                _encoded.Clear();
            }

            encoded = JsonEncodedText.Encode(text, Options.Encoder);
            _encoded.Add(key, encoded);
        }

        return encoded;
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name);
}
