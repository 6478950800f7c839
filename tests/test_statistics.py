"""Regression tables → Statistic rows."""

from __future__ import annotations

from extract.document import Table
from extract.readers import read_file
from extract.statistics import parse_statistics, parse_table


def test_every_row_of_the_seed_regression_table_is_parsed(seed_paths):
    stats = parse_statistics(read_file(seed_paths[3]))
    assert len(stats) == 13
    by = {(s.model, s.variable): s for s in stats}
    ols = by[("OLS", "First and Second Industry Integration Index")]
    assert (ols.coef, ols.std_err, ols.significance, ols.n_obs) == (-152.85, 52.78, "***", 76)
    cox = by[("Cox", "Nation")]
    assert (cox.coef, cox.hazard_ratio, cox.significance) == (1.01, 2.73, "**")
    assert ("Cox", "Constant") not in by  # a dash is an empty cell, not a zero


def test_standard_errors_in_parentheses_on_the_next_row():
    table = Table(
        rows=[
            ["", "(1) FE", "(2) 2SLS"],
            ["Digital economy", "0.132***", "0.201**"],
            ["", "(0.021)", "(0.090)"],
            ["Urbanization", "-0.05", "0.011*"],
            ["", "(0.04)", "(0.006)"],
            ["Observations", "2760", "2484"],
            ["R-squared", "0.61", "0.55"],
        ],
        caption="Table 3",
    )
    stats = parse_table(table)
    assert [(s.model, s.variable, s.coef, s.std_err, s.significance, s.n_obs) for s in stats] == [
        ("(1) FE", "Digital economy", 0.132, 0.021, "***", 2760),
        ("(2) 2SLS", "Digital economy", 0.201, 0.09, "**", 2484),
        ("(1) FE", "Urbanization", -0.05, 0.04, "", 2760),
        ("(2) 2SLS", "Urbanization", 0.011, 0.006, "*", 2484),
    ]


def test_numbered_columns_a_dependent_variable_row_and_thousands_in_n():
    table = Table(
        rows=[
            ["Variables", "(1)", "(2)"],
            ["", "TFP", "TFP"],
            ["DE", "0.152***", "0.097**"],
            ["", "(0.021)", "(0.041)"],
            ["Controls", "No", "Yes"],
            ["Observations", "2,860", "2,860"],
        ],
        caption="Table 2",
    )
    stats = parse_table(table)
    assert [(s.model, s.variable, s.coef, s.std_err, s.n_obs) for s in stats] == [
        ("(1)", "DE", 0.152, 0.021, 2860),
        ("(2)", "DE", 0.097, 0.041, 2860),
    ]


def test_columns_under_one_name_are_models_of_their_own():
    """'lnCO2 | lnCO2 | TFP' with no column numbers: every column's estimates are kept, the
    repeated name numbered by the column's place."""
    table = Table(
        rows=[
            ["Variable", "lnCO2", "lnCO2", "TFP"],
            ["DE", "-0.152***", "-0.098**", "0.121***"],
            ["", "(0.032)", "(0.041)", "(0.030)"],
            ["N", "3420", "3420", "3380"],
        ],
        caption="Table 2",
    )
    assert [(s.model, s.coef, s.std_err, s.n_obs) for s in parse_table(table)] == [
        ("lnCO2 (1)", -0.152, 0.032, 3420),
        ("lnCO2 (2)", -0.098, 0.041, 3420),
        ("TFP", 0.121, 0.03, 3380),
    ]


def test_stars_set_as_superscripts_and_spaced_brackets_are_read():
    """A converter's markup: '0.152<sup>***</sup>', '0.098^{**}', '0.21 ***', '( 0.051 )'."""
    table = Table(
        rows=[
            ["Variable", "(1)", "(2)"],
            ["DE", "0.152<sup>***</sup>", "0.098^{**}"],
            ["", "(0.032)", "( 0.041 )"],
            ["lnGDP", "0.21 ***", "\u22120.198^*"],
            ["Observations", "3420", "3420"],
        ],
        caption="Table 2",
    )
    assert [(s.variable, s.coef, s.std_err, s.significance) for s in parse_table(table)] == [
        ("DE", 0.152, 0.032, "***"),
        ("DE", 0.098, 0.041, "**"),
        ("lnGDP", 0.21, None, "***"),
        ("lnGDP", -0.198, None, "*"),
    ]


def test_a_coefficient_and_its_bracket_in_one_cell_and_t_statistics_are_no_standard_errors():
    rows = [["", "Model 1", "Model 2"], ["DE", "0.152*** (0.021)", "0.118 (0.030)"], ["N", "310", "310"]]
    stats = parse_table(Table(rows=rows, caption="Table 4"))
    assert [(s.coef, s.std_err, s.significance) for s in stats] == [(0.152, 0.021, "***"), (0.118, 0.03, "")]
    noted = parse_table(Table(rows=rows, caption="Table 4", notes="Note: t statistics in parentheses."))
    assert [(s.coef, s.std_err) for s in noted] == [(0.152, None), (0.118, None)]


def test_one_model_named_by_roles_and_tables_that_are_not_regressions():
    rows = [
        ["Variable", "Coefficient", "Std. Error", "t-Statistic", "Prob."],
        ["DE", "0.152", "0.021", "7.24", "0.000"],
        ["C", "1.234", "0.456", "2.71", "0.007"],
        ["Observations", "300", "", "", ""],
    ]
    stats = parse_table(Table(rows=rows, caption="Table 2: OLS estimates"))
    assert [(s.model, s.variable, s.coef, s.std_err, s.n_obs) for s in stats] == [
        ("OLS", "DE", 0.152, 0.021, 300),
        ("OLS", "C", 1.234, 0.456, 300),
    ]
    descriptive = [["Variable", "Obs", "Mean", "Std. Dev.", "Min", "Max"], ["DE", "300", "0.15", "0.02", "0.01", "0.9"]]
    correlations = [["Variables", "DE", "TFP"], ["DE", "1", ""], ["TFP", "0.45***", "1"]]
    assert parse_table(Table(rows=descriptive + descriptive[1:], caption="Table 1")) == []
    assert parse_table(Table(rows=correlations, caption="Table 3")) == []


SPACE_ALIGNED = """Digital Economy and Green Growth

1. Results

Table 3 Mechanism tests

Variables            (1) GTFP      (2) Innovation    (3) GTFP
DE                   0.213***      0.451***          0.180***
                     (0.032)       (0.087)           (0.030)
Innovation                                           0.073**
                                                     (0.031)
Observations         2,790         2,790             2,790
R-squared            0.612         0.433             0.628

Note: standard errors in parentheses.

Table 4 shows that  the  effect holds when  the sample is cut in two, and the
estimates  stay close to  those of  the baseline in every one of 12 provinces.
"""


def test_a_space_aligned_table_keeps_its_columns_and_an_unpunctuated_caption(tmp_path):
    path = tmp_path / "aligned.txt"
    path.write_text(SPACE_ALIGNED)
    doc = read_file(path)
    assert [t.caption for t in doc.tables] == ["Table 3 Mechanism tests"]  # "Table 4 shows" is prose
    stats = parse_statistics(doc)
    assert [(s.model, s.variable, s.coef, s.std_err, s.significance, s.n_obs) for s in stats] == [
        ("(1) GTFP", "DE", 0.213, 0.032, "***", 2790),
        ("(2) Innovation", "DE", 0.451, 0.087, "***", 2790),
        ("(3) GTFP", "DE", 0.18, 0.03, "***", 2790),
        ("(3) GTFP", "Innovation", 0.073, 0.031, "**", 2790),
    ]
    assert any("Table 4 shows" in p.text for p in doc.paragraphs)


def test_a_space_aligned_table_whose_cells_hold_a_coefficient_and_its_standard_error(tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_text(
        "Digital Finance and Rural Income\n\n4. Results\n\n"
        "We estimate the model by OLS and with household fixed effects on a panel of rural households in "
        "three provinces, and report both estimates side by side in the table below.\n\n"
        "Table 2. Regression results\n"
        "Variable           OLS                 FE\n"
        "Digital finance    0.121*** (0.030)    0.094** (0.041)\n"
        "Education          0.033 (0.025)       0.029 (0.027)\n"
        "Observations       1,240               1,240\n\n"
        "Digital finance raises the income of rural households in both specifications.\n"
    )
    stats = parse_statistics(read_file(path))
    assert [(s.model, s.variable, s.coef, s.std_err, s.significance, s.n_obs) for s in stats] == [
        ("OLS", "Digital finance", 0.121, 0.03, "***", 1240),
        ("FE", "Digital finance", 0.094, 0.041, "**", 1240),
        ("OLS", "Education", 0.033, 0.025, "", 1240),
        ("FE", "Education", 0.029, 0.027, "", 1240),
    ]


def test_a_regression_table_in_a_pdf_keeps_its_columns(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Digital Economy and Green Growth")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "4. Results")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "The digital economy promotes green growth in all three specifications of Table 2.")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "Table 2. Baseline regression results")
    pdf.ln(2)
    rows = [
        ["Variables", "(1)", "(2)", "(3)"],
        ["DE", "0.152***", "0.118***", "0.097**"],
        ["", "(0.021)", "(0.025)", "(0.041)"],
        ["Urban", "", "0.031", "0.022"],
        ["", "", "(0.019)", "(0.020)"],
        ["Observations", "3,240", "3,240", "3,240"],
    ]
    with pdf.table(borders_layout="NONE", text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(2)
    pdf.multi_cell(0, 6, "The effect of urbanisation is not significant in either of the two models that include it.")
    path = tmp_path / "tables.pdf"
    pdf.output(str(path))
    doc = read_file(path)
    stats = parse_statistics(doc)
    assert [(s.model, s.variable, s.coef, s.std_err, s.n_obs) for s in stats] == [
        ("(1)", "DE", 0.152, 0.021, 3240),
        ("(2)", "DE", 0.118, 0.025, 3240),
        ("(3)", "DE", 0.097, 0.041, 3240),
        ("(2)", "Urban", 0.031, 0.019, 3240),
        ("(3)", "Urban", 0.022, 0.02, 3240),
    ]
    assert any(p.text.startswith("The effect of urbanisation") for p in doc.paragraphs)
