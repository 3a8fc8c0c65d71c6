using System.Text;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public sealed class CohortCsvReaderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hccmesh-cohort-" + Guid.NewGuid().ToString("N"));

    public CohortCsvReaderTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Plain_csv_keeps_header_order_cells_ids_and_line_numbers()
    {
        var table = CohortCsv.Lines("id,ehm,age,sex", "P1,0,61,M", "P2,1,70.5,F");

        Assert.Equal(["id", "ehm", "age", "sex"], table.Columns);
        Assert.Equal("id", table.IdColumn);
        Assert.Equal(CohortCsv.Source, table.Source);
        Assert.Equal(2, table.RowCount);
        Assert.Equal("P1", table.Id(0));
        Assert.Equal("P2", table.Id(1));
        Assert.Equal(2, table.LineNumber(0));
        Assert.Equal(3, table.LineNumber(1));
        Assert.Equal("70.5", table.Cell(1, "age"));
        Assert.Equal("M", table.Cell(0, "sex"));
        Assert.True(table.HasColumn("sex"));
        Assert.False(table.HasColumn("Sex"));
    }

    [Fact]
    public void Quoted_fields_with_commas_escaped_quotes_and_newlines_are_read_and_line_numbers_stay_right()
    {
        var table = CohortCsv.Parse(
            "id,ehm,note\n" +
            "P1,0,\"a, b\"\n" +
            "P2,1,\"two\nlines\"\n" +
            "P3,0,\"say \"\"hi\"\"\"\n" +
            "\"P4\",1,\"\"\n");

        Assert.Equal("a, b", table.Cell(0, "note"));
        Assert.Equal("two\nlines", table.Cell(1, "note"));
        Assert.Equal("say \"hi\"", table.Cell(2, "note"));
        Assert.Equal("", table.Cell(3, "note"));
        Assert.Equal("P4", table.Id(3));
        Assert.Equal([2, 3, 5, 6], Enumerable.Range(0, 4).Select(table.LineNumber));
    }

    [Fact]
    public void Crlf_line_ends_and_crlf_inside_quotes_are_handled()
    {
        var table = CohortCsv.Parse("id,ehm,note\r\nP1,0,\"x\r\ny\"\r\nP2,1,z\r\n");

        Assert.Equal(["id", "ehm", "note"], table.Columns);
        Assert.Equal("x\r\ny", table.Cell(0, "note"));
        Assert.Equal("z", table.Cell(1, "note"));
        Assert.Equal(4, table.LineNumber(1));
    }

    [Fact]
    public void Old_mac_cr_line_ends_are_handled()
    {
        var table = CohortCsv.Parse("id,ehm\rP1,0\rP2,1\r");

        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, table.LineNumber(1));
    }

    [Fact]
    public void Missing_final_line_break_and_trailing_empty_lines_are_accepted()
    {
        Assert.Equal(2, CohortCsv.Parse("id,ehm\nP1,0\nP2,1").RowCount);
        Assert.Equal(2, CohortCsv.Parse("id,ehm\r\nP1,0\r\nP2,1\r\n\r\n\r\n").RowCount);
        Assert.Equal(2, CohortCsv.Parse("id,ehm\nP1,0\nP2,1\n,\n,\n").RowCount);
    }

    [Fact]
    public void Utf8_file_with_bom_and_crlf_is_read()
    {
        var path = Path.Combine(directory, "bom.csv");
        File.WriteAllText(path, "id,ehm,größe\r\nP1,0,1.5\r\nP2,1,2.5\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);

        var table = CohortCsvReader.Read(path);

        Assert.Equal("id", table.Columns[0]);
        Assert.Equal("größe", table.Columns[2]);
        Assert.Equal("2.5", table.Cell(1, "größe"));
        Assert.Equal(path, table.Source);
    }

    [Fact]
    public void Utf8_file_without_bom_is_read()
    {
        var path = Path.Combine(directory, "nobom.csv");
        File.WriteAllText(path, "id,ehm\nP1,0\n", new UTF8Encoding(false));

        Assert.Equal("P1", CohortCsvReader.Read(path).Id(0));
    }

    [Fact]
    public void Bom_left_in_text_by_a_reader_is_stripped()
    {
        Assert.Equal("id", CohortCsv.Parse("\uFEFFid,ehm\nP1,0\n").Columns[0]);
    }

    [Fact]
    public void Other_id_column_name_is_used()
    {
        var table = CohortCsv.Parse("ehm,patient\n0, P01 \n", idColumn: "patient");

        Assert.Equal("patient", table.IdColumn);
        Assert.Equal("P01", table.Id(0));
    }

    [Fact]
    public void Header_names_are_trimmed_and_may_be_quoted()
    {
        var table = CohortCsv.Lines("id, ehm ,\"portal_original_shape_Sphericity\"", "P1,0,0.5");

        Assert.Equal(["id", "ehm", "portal_original_shape_Sphericity"], table.Columns);
    }

    [Fact]
    public void Unnamed_row_name_column_as_written_by_R_and_pandas_is_kept_and_ignored()
    {
        var table = CohortCsv.Lines("\"\",id,ehm", "\"1\",P1,0", "\"2\",P2,1");

        Assert.Equal(["", "id", "ehm"], table.Columns);
        Assert.Equal("P2", table.Id(1));
    }

    [Fact]
    public void Line_of_empty_fields_inside_the_table_is_refused()
    {
        var e = CohortCsv.RefusedLines("id,ehm", "P1,0", ",", "P2,1");

        Assert.Equal(3, e.Line);
        Assert.Contains("line 3 is empty", e.Message);
    }

    [Fact]
    public void Exception_seen_as_a_plain_exception_still_names_the_file_as_source()
    {
        Exception e = CohortCsv.RefusedLines("id,ehm", "P1,0", "P1,1");

        Assert.Equal(CohortCsv.Source, e.Source);
    }

    [Fact]
    public void Missing_file_is_refused_naming_the_file()
    {
        var path = Path.Combine(directory, "absent.csv");

        var e = Assert.Throws<CohortException>(() => CohortCsvReader.Read(path));

        Assert.Equal(path, e.Source);
        Assert.Contains(path, e.Message);
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void Directory_instead_of_file_is_refused()
    {
        var e = Assert.Throws<CohortException>(() => CohortCsvReader.Read(directory));

        Assert.Contains("directory", e.Message);
    }

    [Fact]
    public void Non_utf8_file_is_refused_with_advice()
    {
        var path = Path.Combine(directory, "latin1.csv");
        File.WriteAllBytes(path, [.. "id,ehm,gr"u8, 0xF6, .. "sse\nP1,0,1\n"u8]);

        var e = Assert.Throws<CohortException>(() => CohortCsvReader.Read(path));

        Assert.Contains("UTF-8", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void Empty_file_is_refused(string text)
    {
        var e = CohortCsv.Refused(text);

        Assert.Contains("empty", e.Message);
        Assert.Contains(CohortCsv.Source, e.Message);
    }

    [Fact]
    public void Header_without_rows_is_refused()
    {
        var e = CohortCsv.Refused("id,ehm,age\n");

        Assert.Contains("no patient rows", e.Message);
        Assert.Contains(CohortCsv.Source, e.Message);
    }

    [Fact]
    public void Duplicate_header_names_are_refused_naming_both_positions()
    {
        var e = CohortCsv.RefusedLines("id,ehm,age,sex,age", "P1,0,60,M,61");

        Assert.Equal("age", e.Column);
        Assert.Equal(1, e.Line);
        Assert.Contains("columns 3 and 5", e.Message);
        Assert.Contains("'age'", e.Message);
    }

    [Fact]
    public void Absent_id_column_is_refused_listing_first_columns_and_the_option()
    {
        var e = CohortCsv.RefusedLines("patient,ehm,age", "P1,0,60");

        Assert.Equal("id", e.Column);
        Assert.Equal(1, e.Line);
        Assert.Contains("'patient', 'ehm', 'age'", e.Message);
        Assert.Contains("--id-column", e.Message);
    }

    [Theory]
    [InlineData("id;ehm;age", "P1;0;60")]
    [InlineData("id\tehm\tage", "P1\t0\t60")]
    public void Semicolon_or_tab_separated_file_gets_a_hint(string header, string row)
    {
        var e = CohortCsv.RefusedLines(header, row);

        Assert.Contains("save the file with comma separators", e.Message);
    }

    [Fact]
    public void Id_column_differing_in_case_is_suggested()
    {
        var e = CohortCsv.RefusedLines("ID,ehm", "P1,0");

        Assert.Contains("Did you mean 'ID'?", e.Message);
    }

    [Fact]
    public void Row_with_too_few_fields_is_refused_with_line_expected_and_got()
    {
        var e = CohortCsv.RefusedLines("id,ehm,age", "P1,0,60", "P2,1");

        Assert.Equal(3, e.Line);
        Assert.Null(e.Column);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("'P2'", e.Message);
        Assert.Contains("has 2 fields", e.Message);
        Assert.Contains("has 3", e.Message);
    }

    [Fact]
    public void Row_with_a_decimal_comma_has_too_many_fields_and_is_refused()
    {
        var e = CohortCsv.RefusedLines("id,ehm,age", "P1,0,60", "P2,1,\"7\"", "P3,0,12,5");

        Assert.Equal(4, e.Line);
        Assert.Contains("line 4 (id 'P3')", e.Message);
        Assert.Contains("has 4 fields", e.Message);
        Assert.Contains("decimal comma", e.Message);
    }

    [Fact]
    public void Line_number_of_a_bad_row_after_a_multi_line_cell_is_the_physical_line()
    {
        var e = CohortCsv.Refused("id,ehm,note\nP1,0,\"a\nb\nc\"\nP2,1\n");

        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Empty_id_is_refused_naming_the_line()
    {
        var e = CohortCsv.RefusedLines("id,ehm", "P1,0", "  ,1");

        Assert.Equal("id", e.Column);
        Assert.Equal(3, e.Line);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Duplicate_ids_are_refused_naming_both_lines_and_the_id()
    {
        var e = CohortCsv.RefusedLines("id,ehm", "P1,0", "P2,1", "P1,1");

        Assert.Equal("id", e.Column);
        Assert.Equal(4, e.Line);
        Assert.Contains("'P1'", e.Message);
        Assert.Contains("line 2", e.Message);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void Empty_line_inside_the_table_is_refused()
    {
        var e = CohortCsv.RefusedLines("id,ehm", "P1,0", "", "P2,1");

        Assert.Equal(3, e.Line);
        Assert.Contains("line 3", e.Message);
    }

    [Fact]
    public void Unclosed_quote_is_refused_naming_the_line_where_it_opened()
    {
        var e = CohortCsv.RefusedLines("id,ehm,note", "P1,0,x", "P2,1,\"open", "P3,0,y");

        Assert.Equal(3, e.Line);
        Assert.Contains("never closed", e.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        var e = CohortCsv.RefusedLines("id,ehm,note", "P1,0,\"a\"b");

        Assert.Equal(2, e.Line);
        Assert.Contains("closing double quote", e.Message);
    }

    [Fact]
    public void Unknown_column_in_cell_lookup_is_refused_naming_it()
    {
        var table = CohortCsv.Lines("id,ehm", "P1,0");

        var e = Assert.Throws<CohortException>(() => table.Cell(0, "age"));

        Assert.Equal("age", e.Column);
        Assert.Contains("'age'", e.Message);
    }
}
