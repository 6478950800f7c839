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
