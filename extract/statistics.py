"""Regression tables → Statistic rows (model, variable, coefficient, SE, stars, HR, N).

Handles the common layouts: model column groups named in a header row ("OLS Model", "(1)",
"FE"), a sub-header naming the columns (Coef., Std.Err, HR, t, p), standard errors in their own
column or in parentheses on the row below, stars on coefficients, an Obs/N row per model, and
dashes for empty cells.
"""

from __future__ import annotations

import re

from extract.document import Document, Table
from extract.model import Statistic

NUM = re.compile(r"^\(?\[?(-?−?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE]-?\d+)?)\]?\)?\s*(\**)$")
# "0.152*** (0.021)": a coefficient with its bracketed second figure in one cell
NUM_PAIR = re.compile(r"^(-?−?\d+(?:\.\d+)?\s*\**)\s*([(\[]-?\d+(?:\.\d+)?[)\]])$")
COLUMN_LABEL = re.compile(r"^[(\[]?\d{1,2}[)\]]?$")  # "(1)", "[2]", "3": a column's number, not a value
CAPTION_METHOD = re.compile(r"\b(OLS|2SLS|GMM|SYS-GMM|FE|RE|Tobit|Probit|Logit|Cox|SDM|DID)\b")
T_IN_BRACKETS = re.compile(r"\b[tz][- ]?(?:statistics?|stats?|values?)\b[^.]*\bparenthes", re.I)
EMPTY = {"", "—", "–", "-", "--", "n/a", "na"}
N_ROW = re.compile(r"^(obs\.?|observations|n|no\. of obs\.?|sample size|number of obs(ervations)?)$", re.I)
SKIP_ROW = re.compile(r"^(prob|r2|r-squared|r\^2|adj|pseudo|log ?likelihood|aic|bic|f[- ]stat|chi2|wald)", re.I)
SE_NAMES = re.compile(r"^(std\.?\s*err\.?|s\.?e\.?|se|standard error)", re.I)
COEF_NAMES = re.compile(r"^(coef\.?|coefficients?|b|beta|estimate)$", re.I)
HR_NAMES = re.compile(r"^(hr|hazard ratio|exp\(b\)|odds ratio|or)$", re.I)


def _cell_text(cell: str) -> str:
    """A cell as a converter may print it, plain: stars set as superscripts ('0.15<sup>***</sup>',
    '0.15^{***}', '0.15^***'), spaces inside brackets ('( 0.05 )') or before the stars."""
    text = re.sub(r"<sup>(.*?)</sup>|\^\{([^}]*)\}|\^(\*+)", lambda m: "".join(g or "" for g in m.groups()), cell)
    text = re.sub(r"(?<=[(\[])\s+|\s+(?=[)\]])|(?<=\d)\s+(?=\*)", "", text.strip())
    return text.replace("−", "-")


def _number(cell: str) -> tuple[float | None, str]:
    m = NUM.match(_cell_text(cell))
    if not m:
        return None, ""
    return float(m.group(1).replace("−", "-").replace(",", "")), m.group(2)


def _value(cell: str) -> bool:
    """A figure of the table body (a column number like '(1)' is a header label)."""
    return _number(cell)[0] is not None and not COLUMN_LABEL.match(cell.strip())


def _split_pairs(row: list[str]) -> tuple[list[str], list[str]]:
    """'0.152*** (0.021)' → the coefficient cell and, on a row of its own, '(0.021)'."""
    first, second = [], []
    for c in row:
        m = NUM_PAIR.match(_cell_text(c))
        first.append(m.group(1) if m else c)
        second.append(m.group(2) if m else "")
    return first, second


def _model_name(cell: str) -> str:
    return re.sub(r"\s*models?$", "", cell.strip(), flags=re.I).strip() or cell.strip()


def _columns(rows: list[list[str]]) -> tuple[list[tuple[str, str]], int]:  # noqa: C901 - one ordered list of line-shape rules reads better than scattered helpers
    """(model, role) for each column, and the index of the first data row."""
    width = max(len(r) for r in rows)
    models = [""] * width
    roles = [""] * width
    header_end = 0
    for i, row in enumerate(rows[:3]):
        cells = row + [""] * (width - len(row))
        if any(_value(c) for c in cells[1:]) and not any(COEF_NAMES.match(c) for c in cells):
            break
        named = [c for c in cells[1:] if c.strip()]
        if not named:
            header_end = i + 1
            continue
        if any(COEF_NAMES.match(c) or SE_NAMES.match(c) or HR_NAMES.match(c) for c in named):
            for j, c in enumerate(cells):
                if COEF_NAMES.match(c):
                    roles[j] = "coef"
                elif SE_NAMES.match(c):
                    roles[j] = "se"
                elif HR_NAMES.match(c):
                    roles[j] = "hr"
        elif not any(models):  # a second named row ("TFP TFP TFP": dependent variables) keeps the first
            current = ""
            for j, c in enumerate(cells):
                if j and c.strip():
                    current = _model_name(c)
                models[j] = current if j else ""
        header_end = i + 1
    current = ""
    for j in range(1, width):  # a model name spans the columns to its right until the next one
        current = models[j] or current
        models[j] = current
    if not any(roles):
        roles = ["", *["coef"] * (width - 1)]
    if not any(models):  # one model, its columns named by role only ("Coefficient | Std. Error | t | Prob.")
        models = ["", *["model"] * (width - 1)]
    return list(zip(_numbered(models, roles), roles, strict=True)), header_end


def _numbered(models: list[str], roles: list[str]) -> list[str]:
    """'lnCO2 | lnCO2 | TFP' (the dependent variable over each column) or 'OLS' over two columns:
    each column of estimates is a model of its own, numbered by its place ('lnCO2 (2)')."""
    estimates = [j for j, r in enumerate(roles) if r == "coef"]
    shared = {m for m in models if sum(models[j] == m for j in estimates) > 1}
    return [f"{m} ({estimates.index(j) + 1})" if m in shared and j in estimates else m for j, m in enumerate(models)]


NOT_REGRESSION_CAPTION = re.compile(
    r"descriptive|summary statistic|correlation (matrix|coefficients)|definition|variable (description|selection)"
    r"|index system|indicator system|weights?\b",
    re.I,
)
DESCRIPTIVE_HEADS = {"mean", "std. dev.", "std.dev.", "sd", "s.d.", "min", "max", "median", "minimum", "maximum"}


def is_regression(table: Table) -> bool:
    """Regression tables only: not descriptive statistics (Mean / Std. Dev. / Min / Max), not a
    correlation matrix (its columns are its rows' variables), not variable definitions."""
    if NOT_REGRESSION_CAPTION.search(table.caption):
        return False
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    if not rows:
        return False
    header = {c.strip().lower() for c in rows[0][1:] if c.strip()}
    if len(header & DESCRIPTIVE_HEADS) >= 2:
        return False
    variables = {r[0].strip().lower() for r in rows[1:] if r and r[0].strip()}
    return not (len(header) >= 2 and header <= variables)


def parse_table(table: Table) -> list[Statistic]:  # noqa: C901 - one ordered list of line-shape rules reads better than scattered helpers
    if not is_regression(table):
        return []
    rows = []
    for r in table.rows:
        if not any(c.strip() for c in r):
            continue
        first, second = _split_pairs(r)
        rows += [first, ["", *second[1:]]] if any(second[1:]) else [r]
    if len(rows) < 3:
        return []
    t_stats = bool(T_IN_BRACKETS.search(f"{table.caption} {table.notes}"))  # then '(2.31)' is no SE
    cols, start = _columns(rows)
    named = CAPTION_METHOD.search(table.caption)  # "Table 2: OLS estimates" names the one model
    cols = [(named.group(0) if named and m == "model" else m, r) for m, r in cols]
    n_obs: dict[str, int] = {}
    out: list[Statistic] = []
    pending: list[Statistic] = []
    for row in rows[start:]:
        cells = row + [""] * (len(cols) - len(row))
        label = cells[0].strip()
        values = [_number(c) for c in cells]
        if not label and pending and any(v[0] is not None for v in values[1:]):
            for stat in pending:  # "(0.12)" on the row below: standard errors
                idx = next(j for j, (m, r) in enumerate(cols) if m == stat.model and r == "coef")
                if values[idx][0] is not None and cells[idx].strip().startswith("(") and not t_stats:
                    stat.std_err = values[idx][0]
            pending = []
            continue
        pending = []
        if N_ROW.match(label):
            for j, (model, _) in enumerate(cols):
                if values[j][0] is not None and model:
                    n_obs.setdefault(model, int(values[j][0]))
            continue
        if not label or SKIP_ROW.match(label) or all(v[0] is None for v in values[1:]):
            continue
        for model in dict.fromkeys(m for m, _ in cols if m):
            stat = _stat_for(model, label, cells, values, cols, table.caption)
            if stat:
                out.append(stat)
                pending.append(stat)
    for stat in out:
        stat.n_obs = n_obs.get(stat.model)
    return out


def _stat_for(model, label, cells, values, cols, caption) -> Statistic | None:
    stat = Statistic(model=model or "model", variable=label, table=caption)
    for j, (m, role) in enumerate(cols):
        if m != model or cells[j].strip().lower() in EMPTY:
            continue
        value, stars = values[j]
        if role == "coef" and stat.coef is None:
            stat.coef, stat.significance = value, stars
        elif role == "se":
            stat.std_err = value
        elif role == "hr":
            stat.hazard_ratio = value
    return stat if stat.coef is not None else None


def parse_statistics(doc: Document) -> list[Statistic]:
    out: list[Statistic] = []
    for table in doc.tables:
        out.extend(parse_table(table))
    return out
