using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;

namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The rows of a download as the forward-only <see cref="DbDataReader"/> Sylvan's CsvDataWriter writes from:
/// every column a string (the cell's text, <see cref="CsvTableWriter.Text"/>), one row in memory at a time.
/// </summary>
internal sealed class TextRowsReader(IReadOnlyList<string> headers, IAsyncEnumerator<IReadOnlyList<object?>> rows) : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly string?[] current = new string?[headers.Count];
    private bool closed;

    public override int FieldCount => headers.Count;

    public override bool HasRows => true;

    public override bool IsClosed => closed;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (closed || !await rows.MoveNextAsync().ConfigureAwait(false))
        {
            closed = true;
            return false;
        }

        var row = rows.Current;
        for (var i = 0; i < current.Length; i++)
        {
            current[i] = i < row.Count ? CsvTableWriter.Text(row[i]) : null;
        }

        return true;
    }

    public override bool Read() => ReadAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => headers[ordinal];

    public override int GetOrdinal(string name) => headers.ToList().IndexOf(name);

    public override Type GetFieldType(int ordinal) => typeof(string);

    public override string GetDataTypeName(int ordinal) => "string";

    public override bool IsDBNull(int ordinal) => current[ordinal] is null;

    public override string GetString(int ordinal) => current[ordinal] ?? string.Empty;

    public override object GetValue(int ordinal) => current[ordinal] ?? (object)DBNull.Value;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, current.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override bool GetBoolean(int ordinal) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    public override long GetInt64(int ordinal) => throw new NotSupportedException();

    public override void Close() => closed = true;

    /// <summary>The schema the writer asks for (the base class's schema table is not supported): nullable strings.</summary>
    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        new([.. headers.Select((h, i) => (DbColumn)new TextColumn(h, i))]);

    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = true;
        }
    }
}
