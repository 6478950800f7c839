"""Readers on real files: the seeds, a PDF made here, HTML, and broken inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.readers import read_file
from kg.errors import ReadError


@pytest.mark.parametrize(
    "name", ["001_7dae2acee140f473", "002_1aef761589647f02", "003_df1a7cb7325dedcb", "004_3a0ac8248bfefd96"]
)
def test_seed_title_authors_affiliations_keywords_match_gold(name, seed_paths, gold_dir):
    doc = read_file(next(p for p in seed_paths if p.stem == name))
    meta = json.loads((gold_dir / f"{name}.json").read_text())["metadata"]
    assert doc.title == meta["title"]
    assert doc.authors == meta["authors"]
    assert doc.affiliations == meta["affiliations"]
    assert doc.keywords == meta["keywords"]
    assert len(doc.references) == meta["n_references"]


def test_paragraph_offsets_map_back_to_the_source_text(seed_paths):
    for path in seed_paths:
        doc = read_file(path)
        assert doc.paragraphs, path
        for para in doc.paragraphs:
            for i in (0, len(para.text) // 2, len(para.text) - 1):
                src = doc.text[para.source_offset(i)]
                assert src == para.text[i] or (para.text[i] == " " and src.isspace()), (path.name, para.text[:60])


def test_wrapped_ocr_lines_are_rejoined_and_citation_marks_dropped(seed_paths):
    doc = read_file(seed_paths[0])
    text = " ".join(p.text for p in doc.paragraphs)
    assert "\n" not in text
    assert "the digital economy has been endowed with rich connotations" in text
    assert "[1]" not in text


def test_abstract_and_section_kinds_are_recognised(seed_paths):
    doc = read_file(seed_paths[3])
    assert doc.abstract.startswith("In 2020, China achieved")
    kinds = {s.kind for s in doc.sections}
    assert {"introduction", "methods", "results", "conclusion", "references"} <= kinds
    assert doc.paragraphs[0].section_kind == "abstract"


def test_markdown_references_are_parsed_with_year_title_and_doi(seed_paths):
    refs = read_file(seed_paths[1]).references
    first = refs[0]
    assert first.year == 2020
    assert first.doi == "10.1016/j.cities.2020.102673"
    assert first.title.startswith("The role of Beijing")
    assert first.authors == ["Li, W", "Wang, X"]


def test_pdf_made_here_reads_title_authors_abstract_and_paragraphs(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.multi_cell(0, 8, "Broadband Networks and County Growth")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Ana Silva, Wei Zhang")
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        "Abstract: We study how broadband networks affect county growth in a panel of counties. "
        "Broadband access promotes firm entry and raises local incomes.",
    )
    pdf.ln(4)
    pdf.multi_cell(0, 6, "1. Introduction")
    pdf.ln(2)
    body = (
        "Digital infrastructure significantly promotes regional economic growth through lower transaction costs. "
    ) * 12
    for _ in range(4):
        pdf.multi_cell(0, 6, body)
        pdf.ln(4)
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    doc = read_file(path)
    assert doc.format == "pdf"
    assert doc.title == "Broadband Networks and County Growth"
    assert doc.authors == ["Ana Silva", "Wei Zhang"]
    assert doc.abstract.startswith("We study how broadband")
    assert any("lower transaction costs" in p.text for p in doc.paragraphs)


def test_header_fields_drop_remarks_in_brackets_and_read_only_a_real_year(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(
        "# Platforms and Jobs\n\n"
        "Authors: Pei Li, Jinyi Liu (listed in the source as \u201cLi Pei, Liu Jinyi\u201d)\n"
        "Year: not printed (article e0347212; 2021 from the DOI)\n\n"
        "## Abstract\n\nDigital platforms create jobs in small towns and raise incomes of workers.\n\n"
        "## 1. Introduction\n\n" + "Digital platforms create new jobs for rural workers. " * 8 + "\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert doc.authors == ["Pei Li", "Jinyi Liu"]
    assert doc.year == 2021


def test_plain_text_front_matter_with_marks_glued_to_names_and_a_two_line_title(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(
        "How Does the Digital Economy Affect Carbon Emissions?\nEvidence from 30 Chinese Provinces\n\n"
        "Wei Zhang1, Ming Li2*\n\n1 School of Economics, Shandong University, Jinan, China\n"
        "2 Business School, Nankai University, Tianjin, China\n\n"
        "Abstract: The digital economy reduces carbon emissions. We use panel data.\n\n"
        "1. Introduction\n\n"
        + "The digital economy is growing fast in China and it reduces carbon emissions. " * 4
        + "\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert doc.title == "How Does the Digital Economy Affect Carbon Emissions? Evidence from 30 Chinese Provinces"
    assert doc.authors == ["Wei Zhang", "Ming Li"]
    assert doc.affiliations == [
        "School of Economics, Shandong University, Jinan, China",
        "Business School, Nankai University, Tianjin, China",
    ]


def test_html_paper_is_read(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(
        "<html><head><title>Platforms and Jobs</title></head><body><h1>Platforms and Jobs</h1>"
        "<p>Abstract: Digital platforms create jobs in small towns and raise incomes of workers.</p>"
        "<h2>1. Introduction</h2><p>"
        + "Digital platforms create new jobs for rural workers. " * 8
        + "</p></body></html>",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert doc.title == "Platforms and Jobs"
    assert any("rural workers" in p.text for p in doc.paragraphs)


def test_sidecar_metadata_overrides_printed_metadata(tmp_path, seed_paths):
    path = tmp_path / seed_paths[0].name
    path.write_bytes(seed_paths[0].read_bytes())
    path.with_name(path.stem + ".meta.json").write_text(json.dumps({"authors": ["A Person"], "year": 2021}))
    doc = read_file(path)
    assert doc.authors == ["A Person"] and doc.year == 2021


def _encrypted_pdf(tmp_path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "Secret paper text " * 50)
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    return path


def _image_only_pdf(tmp_path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: ((d / "empty.txt").write_text("") and None) or d / "empty.txt", "empty"),
        (lambda d: ((d / "bin.txt").write_bytes(b"\x00\x01\x02" * 1000) and None) or d / "bin.txt", "not a TXT"),
        (lambda d: ((d / "paper.docx").write_text("x") and None) or d / "paper.docx", "unsupported file type"),
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: ((d / "fake.pdf").write_text("just text, not a pdf " * 20) and None) or d / "fake.pdf", "not a PDF"),
        (
            lambda d: ((d / "short.md").write_text("# Hi\n\nToo short.") and None) or d / "short.md",
            "no recognisable text",
        ),
        (_encrypted_pdf, "encrypted"),
        (_image_only_pdf, "no recognisable text"),
    ],
)
def test_bad_input_gets_one_clear_error(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(ReadError, match=message):
        read_file(path)


def test_file_over_the_size_limit_is_refused(seed_paths):
    with pytest.raises(ReadError, match="over the"):
        read_file(seed_paths[0], max_bytes=1000)


def test_a_capitals_heading_right_after_a_paragraph_is_a_heading(tmp_path):
    path = tmp_path / "ocr.txt"
    path.write_text(
        "Digital Economy and Regional Development\n\n"
        "Abstract—This article discusses how the digital economy promotes regional development and\n"
        "what the mechanism of that promotion is.\n"
        " L INTRODUCTION\n\n"
        "The concept of digital economy can be traced back to the 1990s, when scholars first wrote about it,\n"
        "and it has since been endowed with rich connotations by many authors in many countries.\n"
    )
    doc = read_file(path)
    assert [(p.section, p.section_kind) for p in doc.paragraphs[1:]] == [("L INTRODUCTION", "introduction")]
    assert doc.abstract.endswith("what the mechanism of that promotion is.")


FRONT_BODY = (
    "\n\nAbstract: The digital economy reduces carbon emissions. We use panel data of 30 provinces.\n\n"
    "1. Introduction\n\n" + "The digital economy is growing fast in China and it reduces carbon emissions. " * 4 + "\n"
)
TWO_AFFILIATIONS = ["School of Economics, Peking University, Beijing, China", "Business School, Fudan University"]


@pytest.mark.parametrize(
    ("name", "head", "authors", "affiliations"),
    [
        (
            "initials.txt",
            "Digital Finance and Rural Income\n\nJ. Smith, A. B. Jones\n\nDepartment of Economics, University of Leeds",
            ["J. Smith", "A. B. Jones"],
            ["Department of Economics, University of Leeds"],
        ),
        (
            "mdpi.txt",  # the article type above the title, marks set apart, an e-mail and publication notes
            "Article\n\nDigital Finance and Rural Income\n\nWei Li 1,* and Fang Wang 2\n\n"
            "1 School of Economics, Peking University, Beijing, China; liwei@pku.edu.cn\n"
            "2 Business School, Fudan University\n"
            "* Correspondence: liwei@pku.edu.cn\n\nReceived: 1 March 2023\nAccepted: 2 April 2023",
            ["Wei Li", "Fang Wang"],
            TWO_AFFILIATIONS,
        ),
        (
            "letters.txt",  # letter marks glued to the names, as a PDF's superscripts come out
            "Digital Finance and Rural Income\n\nWei Lia, Fang Wangb,*\n\n"
            "a School of Economics, Peking University, Beijing, China\nb Business School, Fudan University",
            ["Wei Li", "Fang Wang"],
            TWO_AFFILIATIONS,
        ),
        (
            "numbered.txt",  # "1 Peking University" is an affiliation here, not section 1
            "Digital Finance and Rural Income\n\nXiao-Ming Chen1, Jing-Jing Zhao2\n\n"
            "1 Peking University\n2 Fudan University",
            ["Xiao-Ming Chen", "Jing-Jing Zhao"],
            ["Peking University", "Fudan University"],
        ),
        (
            "banner.txt",  # a running head citing the journal above the title
            "Sustainability 2023, 15, 1234. https://doi.org/10.3390/su15011234\n\nDigital Finance and Rural Income\n\n"
            "Wei Li and Fang Wang",
            ["Wei Li", "Fang Wang"],
            [],
        ),
        ("bold.md", "**Digital Finance and Rural Income**\n\n*Wei Li, Fang Wang*", ["Wei Li", "Fang Wang"], []),
    ],
)
def test_front_matter_in_the_shapes_publishers_print_it(tmp_path, name, head, authors, affiliations):
    path = tmp_path / name
    path.write_text(head + FRONT_BODY, encoding="utf-8")
    doc = read_file(path)
    assert (doc.title, doc.authors, doc.affiliations) == ("Digital Finance and Rural Income", authors, affiliations)
    assert doc.abstract.startswith("The digital economy reduces")


def test_a_title_that_names_a_numbered_project_is_no_running_head(tmp_path):
    """'No. 1' in a title is a name, not a citation's issue number: the title stays."""
    path = tmp_path / "p.txt"
    path.write_text("The Digital Economy No. 1 Project and Rural Income\n\nWei Li, Fang Wang" + FRONT_BODY, "utf-8")
    doc = read_file(path)
    assert (doc.title, doc.authors) == ("The Digital Economy No. 1 Project and Rural Income", ["Wei Li", "Fang Wang"])
