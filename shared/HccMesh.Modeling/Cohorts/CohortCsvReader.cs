using System.Text;

namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// Reads a cohort CSV (one row per patient) into a <see cref="CohortTable"/>. RFC 4180 with comma
/// separator; UTF-8 with or without BOM; CRLF or LF. Header names are trimmed, as are ids. Empty
/// lines (or lines of empty fields, as spreadsheets export) at the end of the file are ignored; inside
/// the table they are refused. Every problem ends in a <see cref="CohortException"/>.
/// </summary>
public static class CohortCsvReader
{
    private const int ColumnsListedWhenIdMissing = 8;

    public static CohortTable Read(string path, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new CohortException(path, null, null,
                $"cohort '{path}' is a directory, not a CSV file; give the path of the .csv file");
        }

        if (!File.Exists(path))
        {
            throw new CohortException(path, null, null,
                $"cohort file '{path}' was not found; check the path (relative paths start from " +
                $"'{Directory.GetCurrentDirectory()}')");
        }

        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true),
                detectEncodingFromByteOrderMarks: true);
            return Read(reader, path, idColumn);
        }
        catch (DecoderFallbackException)
        {
            throw new CohortException(path, null, null,
                $"cohort '{path}' is not valid UTF-8 text; save it as 'CSV UTF-8' and read it again");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CohortException(path, null, null, $"cohort '{path}' cannot be read: {e.Message}");
        }
    }

    public static CohortTable Read(TextReader reader, string source, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(idColumn);

        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var scanner = new CsvRecordScanner(text, source);
        var fields = new List<string>();
        if (!NextNonBlank(scanner, fields))
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}' is empty; it needs a header line (id, outcome and feature column names) " +
                "followed by one line per patient");
        }

        var headerLine = scanner.RecordLine;
        var columns = ReadHeader(fields, source, headerLine);
        var idIndex = Array.IndexOf(columns, idColumn);
        if (idIndex < 0)
        {
            throw IdColumnMissing(source, idColumn, columns, headerLine);
        }

        var rows = new List<string[]>();
        var ids = new List<string>();
        var lines = new List<int>();
        var rowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        int? blankLine = null;
        while (scanner.Next(fields))
        {
            var line = scanner.RecordLine;
            if (IsBlank(fields))
            {
                blankLine ??= line;
                continue;
            }

            if (blankLine is { } blank)
            {
                throw new CohortException(source, null, blank,
                    $"cohort '{source}', line {blank} is empty but patient rows follow it (line {line}); " +
                    "delete the empty line(s) inside the table");
            }

            if (fields.Count != columns.Length)
            {
                throw WrongFieldCount(source, line, columns.Length, fields, idIndex, headerLine);
            }

            var id = fields[idIndex].Trim();
            if (id.Length == 0)
            {
                throw new CohortException(source, idColumn, line,
                    $"cohort '{source}', line {line}: the id (column '{idColumn}') is empty; every patient row " +
                    "needs a unique id");
            }

            if (rowOfId.TryGetValue(id, out var earlier))
            {
                throw new CohortException(source, idColumn, line,
                    $"cohort '{source}': id '{id}' appears on line {lines[earlier]} and again on line {line} " +
                    $"(column '{idColumn}'); ids must be unique: remove the duplicate row or correct the id");
            }

            rowOfId.Add(id, rows.Count);
            rows.Add([.. fields]);
            ids.Add(id);
            lines.Add(line);
        }

        if (rows.Count == 0)
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}' has a header but no patient rows; add one line per patient below the header");
        }

        return new CohortTable(source, idColumn, columns, [.. rows], [.. ids], [.. lines]);
    }

    private static bool NextNonBlank(CsvRecordScanner scanner, List<string> fields)
    {
        while (scanner.Next(fields))
        {
            if (!IsBlank(fields))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An empty line, or a line of empty fields (",,,," as spreadsheets export below the data).</summary>
    private static bool IsBlank(List<string> fields)
    {
        foreach (var field in fields)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] ReadHeader(List<string> fields, string source, int headerLine)
    {
        var columns = new string[fields.Count];
        var positionOf = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var c = 0; c < fields.Count; c++)
        {
            var name = fields[c].Trim();
            if (positionOf.TryGetValue(name, out var first))
            {
                var shown = name.Length == 0 ? "(empty)" : $"'{name}'";
                throw new CohortException(source, name, headerLine,
                    $"cohort '{source}', line {headerLine} (header): columns {first + 1} and {c + 1} are both " +
                    $"named {shown}; column names must be unique: rename or delete one of them");
            }

            positionOf.Add(name, c);
            columns[c] = name;
        }

        return columns;
    }

    private static CohortException IdColumnMissing(string source, string idColumn, string[] columns, int headerLine)
    {
        var shown = string.Join(", ", columns.Take(ColumnsListedWhenIdMissing).Select(c => $"'{c}'"));
        var more = columns.Length > ColumnsListedWhenIdMissing ? $", ... ({columns.Length} columns)" : "";
        var hint = columns.Length == 1 && (columns[0].Contains(';') || columns[0].Contains('\t'))
            ? " The header holds no comma but a ';' or tab: save the file with comma separators."
            : "";
        return new CohortException(source, idColumn, headerLine,
            $"cohort '{source}' has no id column '{idColumn}' (names are case-sensitive); the first columns are " +
            $"{shown}{more}. Name the id column with --id-column <name>.{ColumnSuggestion.For(columns, idColumn)}{hint}");
    }

    private static CohortException WrongFieldCount(
        string source, int line, int expected, List<string> fields, int idIndex, int headerLine)
    {
        var id = idIndex < fields.Count && fields[idIndex].Trim().Length > 0 ? $" (id '{fields[idIndex].Trim()}')" : "";
        return new CohortException(source, null, line,
            $"cohort '{source}', line {line}{id} has {fields.Count} fields but the header (line {headerLine}) has " +
            $"{expected}; check that line for an unquoted comma (e.g. a decimal comma: write 12.5, or quote " +
            "the cell) or a missing/extra separator");
    }
}
