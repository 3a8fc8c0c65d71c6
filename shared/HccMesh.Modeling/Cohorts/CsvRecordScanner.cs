using System.Text;

namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// Splits RFC 4180 text into records: comma separator, double-quoted fields with "" escapes, commas and
/// line breaks allowed inside quotes, CRLF / LF / CR line ends. Tracks the physical line on which each
/// record starts so that messages point at the right line even after a quoted multi-line cell.
/// </summary>
internal sealed class CsvRecordScanner(string text, string source)
{
    private readonly StringBuilder quoted = new();
    private int position;
    private int line = 1;

    /// <summary>The line on which the last record returned by <see cref="Next"/> started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    public bool Next(List<string> fields)
    {
        fields.Clear();
        if (position >= text.Length)
        {
            return false;
        }

        RecordLine = line;
        while (true)
        {
            fields.Add(position < text.Length && text[position] == '"' ? ReadQuotedField() : ReadPlainField());
            if (position >= text.Length)
            {
                return true;
            }

            var separator = text[position++];
            if (separator == ',')
            {
                continue;
            }

            if (separator == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }

            line++;
            return true;
        }
    }

    private string ReadPlainField()
    {
        var start = position;
        while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    private string ReadQuotedField()
    {
        var openingLine = line;
        position++;
        quoted.Clear();
        while (true)
        {
            if (position >= text.Length)
            {
                throw new CohortException(source, null, openingLine,
                    $"cohort '{source}', line {openingLine}: a quoted field opened here is never closed; " +
                    "add the closing double quote (a quote inside a quoted field is written as \"\")");
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    quoted.Append('"');
                    position++;
                    continue;
                }

                break;
            }

            if (c == '\n' || (c == '\r' && (position >= text.Length || text[position] != '\n')))
            {
                line++;
            }

            quoted.Append(c);
        }

        if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            throw new CohortException(source, null, line,
                $"cohort '{source}', line {line}: text follows a closing double quote inside a field; " +
                "quote the whole field and write a quote inside it as \"\"");
        }

        return quoted.ToString();
    }
}
