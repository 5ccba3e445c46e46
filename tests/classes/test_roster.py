"""The roster parser: every bad input in issue 7 gets a clear, located error."""

from classes import roster
from classes.roster import parse_roster

YEAR = 2026


def parse(text: str | bytes):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_roster(data, this_year=YEAR)


class TestParseRoster:
    def test_good_file_gives_rows_with_line_numbers(self):
        result = parse("display_name,gender,birth_year\nAmina,f,2015\nJo,m,\nK.,,\n")
        assert result.ok
        assert [
            (r.line, r.display_name, r.gender, r.birth_year) for r in result.rows
        ] == [
            (2, "Amina", "f", 2015),
            (3, "Jo", "m", None),
            (4, "K.", "", None),
        ]

    def test_columns_in_any_order_and_words_for_gender(self):
        result = parse("birth_year;Display_Name;gender\n2014;Sam;girl\n")
        assert result.ok
        assert (result.rows[0].display_name, result.rows[0].gender) == ("Sam", "f")

    def test_byte_order_mark_is_ignored(self):
        result = parse(
            b"\xef\xbb\xbfdisplay_name,gender,birth_year\r\nAmina,f,2015\r\n"
        )
        assert result.ok
        assert result.rows[0].display_name == "Amina"

    def test_missing_column_is_a_file_error_naming_it(self):
        result = parse("display_name,birth_year\nAmina,2015\n")
        assert not result.ok
        assert result.rows == []
        assert result.errors[0].line is None
        assert "gender" in result.errors[0].message

    def test_birth_year_in_the_future_names_row_and_column(self):
        result = parse("display_name,gender,birth_year\nAmina,f,2015\nJo,m,2031\n")
        assert not result.ok
        assert [(e.line, e.column) for e in result.errors] == [(3, "birth_year")]
        assert "future" in result.errors[0].message

    def test_implausible_birth_years_are_refused(self):
        result = parse(
            "display_name,gender,birth_year\nA,f,1901\nB,f,2025\nC,f,20x5\nD,f,15\n"
        )
        assert [(e.line, e.column) for e in result.errors] == [
            (2, "birth_year"),
            (3, "birth_year"),
            (4, "birth_year"),
            (5, "birth_year"),
        ]

    def test_missing_name_and_unknown_gender_are_reported_per_row(self):
        result = parse("display_name,gender,birth_year\n,f,2015\nJo,q,2015\n")
        assert [(e.line, e.column) for e in result.errors] == [
            (2, "display_name"),
            (3, "gender"),
        ]

    def test_duplicate_names_are_allowed_and_reported(self):
        result = parse("display_name,gender,birth_year\nSam,f,\nJo,m,\nsam,m,\n")
        assert result.ok
        assert result.duplicates == {"sam": [2, 4]}

    def test_formula_like_cell_is_kept_as_plain_text(self):
        cell = '=HYPERLINK("http://x.example","A")'
        result = parse(
            f'display_name,gender,birth_year\n"{cell.replace(chr(34), chr(34) * 2)}",,\n'
        )
        assert result.ok
        assert result.rows[0].display_name == cell

    def test_unclosed_quote_is_refused_at_its_row_not_read_as_one_name(self):
        """``"Amina`` never closed: the reader takes Bilal into the same cell."""
        result = parse('display_name,gender,birth_year\n"Amina\nBilal\nChen,m,\n')
        assert not result.ok
        assert result.rows == []
        assert [(e.line, e.column) for e in result.errors] == [(2, "display_name")]
        assert "lines 2 to 4" in result.errors[0].message
        assert "quotation mark" in result.errors[0].message

    def test_unclosed_quote_after_good_rows_names_the_row_where_it_opens(self):
        result = parse(
            'display_name,gender,birth_year\nJo,m,\n"Amina,f,2015\nBilal,m,\n'
        )
        assert not result.ok
        assert [(e.line, e.column) for e in result.errors] == [(3, "display_name")]
        assert "lines 3 to 4" in result.errors[0].message

    def test_line_break_in_any_cell_is_refused_with_its_column(self):
        """Even a closed quote, and in an extra column, must not swallow rows."""
        result = parse(
            'display_name,gender,birth_year,note\nJo,"m\n",,\nSam,f,,"a\nb"\nK.,,,\n'
        )
        assert [(e.line, e.column) for e in result.errors] == [
            (2, "gender"),
            (4, "note"),
        ]
        assert [r.display_name for r in result.rows] == ["K."]

    def test_names_with_hidden_control_characters_are_refused(self):
        names = ["Am\x07ina", "Jo\x1b[31m", "Sa\x85m", "\u202eanimA", "Bo\u2066b"]
        rows = "".join(f"{name},,\n" for name in names)
        result = parse("display_name,gender,birth_year\n" + rows)
        assert [(e.line, e.column) for e in result.errors] == [
            (line, "display_name") for line in range(2, 2 + len(names))
        ]
        assert "control characters" in result.errors[0].message

    def test_a_tab_in_a_name_is_read_as_a_space(self):
        result = parse("display_name,gender,birth_year\nAmina\tK.,f,\n")
        assert result.ok
        assert result.rows[0].display_name == "Amina K."

    def test_binary_file_is_not_csv(self):
        result = parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        assert not result.ok
        assert "CSV" in result.errors[0].message

    def test_non_utf8_text_gets_a_save_as_hint(self):
        result = parse("display_name,gender,birth_year\nJosé,m,2015\n".encode("cp1252"))
        assert not result.ok
        assert "UTF-8" in result.errors[0].message

    def test_file_over_the_size_limit_is_refused_before_parsing(self):
        big = b"display_name,gender,birth_year\n" + b"A,f,2015\n" * (
            roster.MAX_BYTES // 9 + 1
        )
        result = parse(big)
        assert not result.ok
        assert "KB" in result.errors[0].message

    def test_too_many_rows_is_refused(self):
        rows = "".join(f"P{n},f,2015\n" for n in range(roster.MAX_ROWS + 1))
        result = parse("display_name,gender,birth_year\n" + rows)
        assert not result.ok
        assert result.rows == []
        assert str(roster.MAX_ROWS) in result.errors[0].message

    def test_empty_file_and_header_only(self):
        assert "empty" in parse("").errors[0].message
        assert (
            "no students" in parse("display_name,gender,birth_year\n").errors[0].message
        )

    def test_template_parses_cleanly(self):
        assert parse(roster.template_csv()).ok
