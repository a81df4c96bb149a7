"""Tests for quotes.ingest: real files in tmp_path, no mocks.

Every article text here is invented for the tests.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import inspect
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from quotes.ingest import (
    DEFAULT_MAX_BYTES,
    HTML_AS_TEXT_MESSAGE,
    JSONL_AS_HTML_MESSAGE,
    JSONL_AS_TEXT_MESSAGE,
    NO_HTML_TEXT_MESSAGE,
    NO_INPUTS_MESSAGE,
    conflicting_metadata_keys,
    domain_of,
    headline,
    iter_inputs,
    load_metadata,
    metadata_encoding,
    normalise_date,
    read_sidecar,
    unknown_metadata_columns,
    unmatched_metadata_keys,
)
from quotes.models import Article, InputProblem

STORY = 'Harbour plan approved\n\nThe harbour master said the plan was "long overdue".\n'
QUOTE_TEXT = '"We will start work in May," the mayor told reporters on Friday.\n'

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor backs new bridge | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Mayor backs new bridge">
<link rel="canonical" href="https://www.example-news.com/2024/03/mayor-bridge">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<meta name="author" content="Jane Roe">
</head><body>
<nav>Home | World | Sport</nav>
<article><h1>Mayor backs new bridge</h1>
<p>The mayor said on Tuesday that the new bridge would open next spring. "We have waited
long enough," she told reporters outside the town hall.</p>
<p>Opposition councillors were less sure. "The budget does not add up," said councillor
Tom Baker, who has asked for an independent review of the costs.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

PAGE_NO_SITENAME = """<html><head><title>Council vote delayed</title>
<link rel="canonical" href="https://www.valley-herald.org/news/vote"></head>
<body><article><h1>Council vote delayed</h1>
<p>The council postponed its vote on the new bridge until next month. "We need more time
to study the costs," said council leader Anna Berg on Monday evening.</p>
<p>Residents said they were disappointed by the delay and would protest on Saturday.</p>
</article></body></html>
"""


# --------------------------------------------------------------------------- helpers


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` byte-exact (no newline translation) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def jsonl(path: Path, *records: object) -> Path:
    """Write records as JSONL; a str record is written as the raw line."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return write(path, "\n".join(lines) + "\n")


def run(paths: Iterable[str | Path], **kwargs: object) -> list[Article | InputProblem]:
    """Consume ``iter_inputs`` fully."""
    return list(iter_inputs(paths, **kwargs))


def articles(items: Iterable[object]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items: Iterable[object]) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem)]


def only_article(items: list[Article | InputProblem]) -> Article:
    """The single item, which must be an article."""
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items
    return items[0]


def only_problem(items: list[Article | InputProblem]) -> InputProblem:
    """The single item, which must be a problem."""
    assert len(items) == 1, items
    assert isinstance(items[0], InputProblem), items
    return items[0]


# --------------------------------------------------------------------------- plain text


def test_txt_utf8_source_text_and_headline(tmp_path: Path) -> None:
    path = write(tmp_path / "harbour.txt", STORY)
    article = only_article(run([str(path)]))
    assert article.source == str(path)
    assert article.text == STORY
    assert article.title == "Harbour plan approved"
    assert article.text.startswith("Harbour plan approved")  # headline kept in the text
    assert article.outlet is None and article.url is None and article.domain is None


def test_source_is_the_path_exactly_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", STORY)
    monkeypatch.chdir(tmp_path)
    assert only_article(run(["./a.txt"])).source == "./a.txt"


def test_single_path_string_is_not_iterated_by_character(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", STORY)
    assert only_article(run(str(path))).text == STORY
    assert only_article(run(path)).text == STORY


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + STORY.encode())
    assert only_article(run([path])).text == STORY


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    text = "Zürich vote\r\n\r\n“We are proud,” the mayor said.\r\n"
    data = text.encode(codec)
    boms = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
    }
    path = write(tmp_path / "wide.txt", boms.get(codec, b"") + data)
    article = only_article(run([path]))
    assert article.text == text
    assert article.title == "Zürich vote"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_non_utf8_text_is_decoded_with_a_warning_first(tmp_path: Path, codec: str) -> None:
    text = (
        "Café owner says no\n\nThe café owner in Genève said: "
        '"We are not closing, whatever the council decides." '
        "The préfecture declined to comment on Thursday.\n"
    )
    path = write(tmp_path / "old.txt", text.encode(codec))
    warning, article = run([path])
    assert isinstance(warning, InputProblem) and isinstance(article, Article)
    assert warning.fatal is False
    assert warning.source == str(path)
    assert warning.message.startswith("not UTF-8: read as ")
    assert "café" in article.text and "Genève" in article.text
    assert article.text.count("\n") == text.count("\n")


@pytest.mark.parametrize("name", ["note.txt", "page.html"])
@pytest.mark.parametrize(
    "text",
    [
        "Harbour plans\n\nMayor Ada Ruiz said the bridge would reopen in May. "
        '"We are ready," she said.\nIt costs \u20ac5 \u201cnow\u201d.\n',
        "Port deal\n\nThe port\u2019s chief said the deal was \u201cdone\u201d and cost \u20ac40m.\n",
    ],
)
def test_cp1252_is_not_read_in_a_dos_code_page(tmp_path: Path, name: str, text: str) -> None:
    """A few cp1252 symbols read "cleanly" in DOS code pages too: "\u20ac5 \u201cnow\u201d" came
    out as cp775's "\u01065 \u014dnow\u00f6", "port\u2019s" as cp852's. No page or
    news file is written in those; the web encoding that reads the bytes as well wins."""
    body = text if name.endswith(".txt") else f"<html><body><article><p>{text}</p></article></body></html>"
    path = write(tmp_path / name, body.encode("cp1252"))
    warning, article = run([path])
    assert warning.message.startswith("not UTF-8: read as cp1252"), warning.message
    assert " ".join(text.split()[-3:]) in " ".join(article.text.split())


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    text = "\u201cWe will not resign,\u201d the minister said on Monday in a short statement.\n"
    path = write(tmp_path / "quotes.txt", text.encode("cp1252"))
    items = run([path])
    assert problems(items)[0].message.startswith("not UTF-8")
    assert "\u201cWe will not resign,\u201d" in articles(items)[0].text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_with_a_warning(tmp_path: Path, codec: str) -> None:
    text = "Caf\u00e9 talks\r\n\r\n\u201cWe are ready,\u201d said Ada Voss.\n"
    path = write(tmp_path / "wide.txt", text.encode(codec))
    warning, article = run([path])
    assert warning.fatal is False
    assert warning.message == f"not UTF-8: read as {codec.upper()} (no byte order mark)"
    assert article.text == text


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("utf-16-le", "\u00abМы готовы\u00bb, \u2014 сказал Иван Петров журналистам.\n" * 3),
        ("utf-16-be", "\u300c準備はできている\u300dと田中太郎は述べた。\n" * 3),
        ("utf-16-le", "\u00abΕίμαστε έτοιμοι\u00bb, δήλωσε ο Νίκος Παππάς.\n" * 2),
    ],
)
def test_utf16_without_a_bom_outside_latin_script_is_read(
    tmp_path: Path, codec: str, text: str
) -> None:
    """Only spaces and punctuation have a NUL byte in Cyrillic, Greek or Japanese UTF-16:
    such files were refused as "binary file (contains NUL bytes)"."""
    path = write(tmp_path / "wide.txt", text.encode(codec))
    warning, article = run([path])
    assert warning.message == f"not UTF-8: read as {codec.upper()} (no byte order mark)"
    assert article.text == text


def test_jsonl_in_utf16_without_a_bom_says_so(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"text": QUOTE_TEXT}).encode("utf-16-le"))
    message = only_problem(run([path])).message
    assert message == "JSONL must be UTF-8, this file is UTF-16 (no byte order mark)"


def test_latin1_with_a_byte_cp1252_leaves_undefined_is_still_cp1252(tmp_path: Path) -> None:
    """A stray 0x81 made strict cp1252 fail, and detection read the file as Mac Icelandic:
    every guillemet and accent garbled. Browsers read that byte as U+0081, and so do we."""
    raw = b"\xabNous sommes pr\xeats\xbb, a dit Ad\x81a Voss \x8d hier \x90 soir.\n"
    warning, article = run([write(tmp_path / "fr.txt", raw)])
    assert warning.message == "not UTF-8: read as cp1252"
    assert article.text == raw.decode("latin-1")


def test_utf8_with_a_stray_cp1252_byte_keeps_its_utf8(tmp_path: Path) -> None:
    """One pasted cp1252 apostrophe must not turn every UTF-8 accent into mojibake,
    nor get the whole article rejected as an unknown encoding."""
    utf8 = "\u201cThe caf\u00e9 stays open,\u201d said Ada Voss in Gen\u00e8ve. ".encode()
    path = write(tmp_path / "mixed.txt", utf8 + b"It\x92s late.\n" + utf8)
    warning, article = run([path])
    assert warning.fatal is False
    assert warning.message == "not UTF-8: read as UTF-8, 1 invalid byte(s) as cp1252"
    one = utf8.decode()
    assert article.text == one + "It\u2019s late.\n" + one


def test_utf8_paragraph_then_a_pasted_cp1252_paragraph_keeps_both(tmp_path: Path) -> None:
    """One UTF-8 accent and a pasted cp1252 paragraph's pair of quote marks: the two
    invalid bytes outnumbered the one valid sequence, and the file was read whole as
    cp1252 ("CafÃ©"). A CJK legacy file, nearly all invalid bytes, is still detected."""
    raw = "Caf\u00e9 owners met in the harbour.\n\n".encode() + b"\x93We are ready,\x94 said Ines.\n"
    warning, article = run([write(tmp_path / "mixed.txt", raw)])
    assert warning.message == "not UTF-8: read as UTF-8, 2 invalid byte(s) as cp1252"
    assert article.text == "Caf\u00e9 owners met in the harbour.\n\n\u201cWe are ready,\u201d said Ines.\n"
    gbk = write(tmp_path / "gbk.txt", ("\u6211\u4eec\u51c6\u5907\u597d\u4e86\uff0c\u6c83\u65af\u8bf4\u3002" * 5).encode("gbk"))
    warning, article = run([gbk])
    assert "\u6211\u4eec\u51c6\u5907" in article.text


def test_utf8_bom_with_a_stray_cp1252_byte_is_read_like_without_it(tmp_path: Path) -> None:
    """The same bytes behind a UTF-8 BOM were refused as 'invalid UTF-8 text'."""
    utf8 = "\u201cThe caf\u00e9 stays open,\u201d said Ada Voss. ".encode()
    path = write(tmp_path / "mixed.txt", codecs.BOM_UTF8 + utf8 + b"It\x92s late.\n")
    warning, article = run([path])
    assert warning.fatal is False
    assert warning.message == "not UTF-8: read as UTF-8, 1 invalid byte(s) as cp1252"
    assert article.text == utf8.decode() + "It\u2019s late.\n"
    latin = write(tmp_path / "latin.txt", codecs.BOM_UTF8 + "Gen\u00e8ve said no.\n".encode("cp1252"))
    warning, article = run([latin])
    assert warning.message == "not UTF-8: read as cp1252"
    assert article.text == "Gen\u00e8ve said no.\n"


@pytest.mark.parametrize(
    "data", [b"\x1b[0m\x07\x08\x1b[1m\x0b\x0c\n", bytes(range(1, 32)) * 50, b"\x7f\x01ab\x02\x03\n"]
)
def test_text_of_control_characters_is_binary(tmp_path: Path, data: bytes) -> None:
    """Terminal escapes or control bytes without a NUL were stored as an article."""
    path = write(tmp_path / "x.txt", data)
    message = only_problem(run([path])).message
    assert message == "binary file (over 10% control characters), not text"


def test_a_few_control_characters_in_an_article_are_kept(tmp_path: Path) -> None:
    text = '"We are ready," said Ada Voss.\x0c\nPage two.\x1a'
    assert only_article(run([write(tmp_path / "x.txt", text)])).text == text


@pytest.mark.parametrize(
    "data",
    [b"ab\x00\x00cd\x00e" * 20, b'"We are ready," said\x00 Ada Voss. More text here.\n'],
)
def test_nul_bytes_that_are_not_utf16_still_mean_binary(tmp_path: Path, data: bytes) -> None:
    """(ASCII with a stray NUL reads as plausible CJK in UTF-16, but without spaces.)"""
    path = write(tmp_path / "x.txt", data)
    assert only_problem(run([path])).message == "binary file (contains NUL bytes), not text"


def test_cp1252_preference_does_not_hide_cyrillic(tmp_path: Path) -> None:
    text = "Москва заявила: «Мы не отступим». Министр выступил в понедельник.\n"
    path = write(tmp_path / "ru.txt", text.encode("cp1251"))
    warning, article = run([path])
    assert warning.message == "not UTF-8: read as cp1251"
    assert article.text == text


@pytest.mark.parametrize(
    "raw",
    [
        b'Storm hits coast\r\n\r\n"It was terrifying," a resident said.\r\n',
        b'Storm hits coast\r\r"It was terrifying," a resident said.\r',
        b'Storm hits coast\r\n\n"It was\rterrifying," a resident said.\n',
    ],
    ids=["crlf", "cr", "mixed"],
)
def test_newlines_are_kept_byte_exact(tmp_path: Path, raw: bytes) -> None:
    path = write(tmp_path / "storm.txt", raw)
    article = only_article(run([path]))
    assert article.text.encode("utf-8") == raw
    assert article.title == "Storm hits coast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour plan approved\n\nBody text here.", "Harbour plan approved"),
        ("\n\n   Harbour plan approved  \nBody.", "Harbour plan approved"),
        ("Will the bridge ever open?\nBody.", "Will the bridge ever open?"),
        ("The council approved the plan.\nBody.", None),
        ('"We are ready," she said\nBody.', None),
        ("\u201cWe are ready\u201d\nBody.", None),
        ("Harbour plan approved\n   \n", None),
        ("Harbour plan approved", None),
        (" ".join(["word"] * 26) + "\nBody.", None),
        ("x" * 201 + "\nBody.", None),
        (" ".join(["word"] * 25) + "\nBody.", " ".join(["word"] * 25)),
        ("", None),
        ("   \n  ", None),
    ],
)
def test_headline_heuristic(text: str, expected: str | None) -> None:
    assert headline(text) == expected


def test_text_without_headline_has_no_title(tmp_path: Path) -> None:
    path = write(tmp_path / "q.txt", QUOTE_TEXT)
    assert only_article(run([path])).title is None


def test_other_extension_given_explicitly_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", STORY)
    assert only_article(run([path])).text == STORY


@pytest.mark.parametrize(
    "name", ["articles.json", "export.CSV", "feed.xml", "feed.rss", "news.atom"]
)
def test_data_file_given_explicitly_is_refused_not_stored_as_text(
    tmp_path: Path, name: str
) -> None:
    path = write(tmp_path / name, json.dumps([{"text": STORY}]))
    problem = only_problem(run([path]))
    assert problem.fatal is True
    assert problem.message.startswith(f"a {path.suffix.lower()} file is not an article")
    assert ".jsonl" in problem.message


@pytest.mark.parametrize("name", ["page.mhtml", "page.MHT", "crawl.warc"])
def test_web_archive_given_explicitly_is_refused_not_stored_as_text(
    tmp_path: Path, name: str
) -> None:
    """A page saved as a single file was stored as MIME headers and quoted-printable HTML."""
    archive = (
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E2=80=9CWe are ready,=E2=80=9D"
        " said Ada Voss.</p>\r\n--x--\r\n"
    )
    problem = only_problem(run([write(tmp_path / name, archive)]))
    assert problem.fatal
    assert "web archive is not an article: save the page as .html" in problem.message


def test_other_names_of_html_and_jsonl_are_read_as_such(tmp_path: Path) -> None:
    """A page saved as .xhtml or .shtml was stored with its markup as the article, and a
    .ndjson corpus as one article of raw JSON."""
    page = write(tmp_path / "a.xhtml", PAGE)
    assert "<p>" not in only_article(run([page])).text
    page = write(tmp_path / "a.shtml", PAGE)
    assert only_article(run([page])).title == "Mayor backs new bridge"
    corpus = jsonl(tmp_path / "c.ndjson", {"id": "n1", "text": STORY}, {"id": "n2", "text": "Two."})
    assert [a.source for a in articles(run([corpus]))] == ["n1", "n2"]


@pytest.mark.parametrize("name", ["saved.txt", "saved.text", "page"])
@pytest.mark.parametrize(
    "prefix",
    ["", "\ufeff\n  ", '<?xml version="1.0"?>\n<!-- saved from url=(0042) -->\n'],
)
def test_web_page_under_a_text_name_is_read_as_html(
    tmp_path: Path, name: str, prefix: str
) -> None:
    """A page saved as .txt (or with no extension) was stored with its markup as the
    article text, tags and all: it is read as HTML, with a warning saying so."""
    path = write(tmp_path / name, prefix + PAGE)
    items = run([path])
    warning, article = items
    assert isinstance(warning, InputProblem) and not warning.fatal
    assert warning.message == HTML_AS_TEXT_MESSAGE
    assert isinstance(article, Article)
    assert "<p>" not in article.text and "We have waited" in article.text
    assert article.title == "Mayor backs new bridge"


FEED_ITEM = '"We are ready," said Ada Voss, the harbour master.'


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><item><description>'
         f"{FEED_ITEM}</description></item></channel></rss>\n", "a news feed (RSS/Atom XML)"),
        (f'\ufeff<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>{FEED_ITEM}</summary>'
         "</entry></feed>\n", "a news feed (RSS/Atom XML)"),
        (f'<?xml version="1.0"?>\n<export><story>{FEED_ITEM}</story></export>\n', "an XML document"),
    ],
)
@pytest.mark.parametrize("name", ["feed.txt", "feed"])
def test_feed_or_xml_under_a_text_name_is_refused(tmp_path: Path, name: str, content: str, what: str) -> None:
    """An RSS feed saved as feed.txt was stored whole, tags and all, as one article
    (as feed.rss or feed.xml it is refused): it is refused the same way, by its content."""
    good = write(tmp_path / "good.txt", f"Harbour\n\n{FEED_ITEM}\n")
    path = write(tmp_path / name, content)
    problem, article = run([path, good])
    assert isinstance(problem, InputProblem) and problem.fatal
    assert problem.source == str(path)
    assert problem.message.startswith(f"{what}, not plain text: give .txt, .html, or .jsonl")
    assert isinstance(article, Article) and article.source == str(good)


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
         'sitemap/0.9"><url><loc>https://news.test/bridge</loc></url></urlset>\n',
         "an XML document, not a web page"),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel><item><description>'
         f"{FEED_ITEM}</description></item></channel></rss>\n", "a news feed (RSS/Atom XML), not a web page"),
        (json.dumps([{"text": f"Harbour\n\n{FEED_ITEM}", "id": 1}]), "a JSON document, not a web page"),
        (json.dumps({"data": {"story": FEED_ITEM}}, indent=2), "a JSON document, not a web page"),
    ],
)
def test_feed_xml_or_json_under_an_html_name_is_refused(tmp_path: Path, content: str, what: str) -> None:
    """A sitemap, a feed or an API's JSON answer saved as ``.html``: trafilatura made an
    "article" of its links or its raw JSON, stored without a word. Refused by content,
    as under a text name, and the run goes on."""
    good = write(tmp_path / "good.txt", f"Harbour\n\n{FEED_ITEM}\n")
    path = write(tmp_path / "page.html", content)
    problem, article = run([path, good])
    assert isinstance(problem, InputProblem) and problem.fatal
    assert problem.source == str(path)
    assert problem.message.startswith(what)
    assert isinstance(article, Article) and article.source == str(good)


def test_jsonl_corpus_under_an_html_name_is_read_as_jsonl(tmp_path: Path) -> None:
    """One JSON object per line with a "text", named ``.html``: stored as one article of
    raw JSON. Read as JSONL with a warning, as under a text name."""
    lines = [{"id": "a1", "text": f"Harbour\n\n{FEED_ITEM}"}, {"id": "a2", "text": "Dock\n\nMore."}]
    path = write(tmp_path / "corpus.html", "".join(json.dumps(r) + "\n" for r in lines))
    warning, *articles = run([path])
    assert isinstance(warning, InputProblem) and not warning.fatal
    assert warning.message == JSONL_AS_HTML_MESSAGE
    assert [a.text for a in articles] == [r["text"] for r in lines]


@pytest.mark.parametrize(
    "prolog",
    ['<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="a.css"?>\n', ""],
)
def test_xhtml_with_an_xml_prolog_is_still_a_page(tmp_path: Path, prolog: str) -> None:
    """Guard: an XHTML page whose prolog is followed by a stylesheet instruction starts as
    an XML document; it has an <html> root and is read as the page it is."""
    page = (f'{prolog}<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bridge</title></head>'
            f"<body><article><p>{FEED_ITEM}</p><p>The council met on Monday.</p></article></body></html>")
    article = only_article(run([write(tmp_path / "page.xhtml", page)]))
    assert "Ada Voss" in article.text and "<p>" not in article.text


def test_text_mentioning_html_tags_stays_text(tmp_path: Path) -> None:
    """Only a file that starts as a page is one: an article about markup is text."""
    story = 'Web Standards Turn 30\n\n"<html> changed everything," said Ada Voss.\n'
    assert only_article(run([write(tmp_path / "a.txt", story)])).text == story


@pytest.mark.parametrize("name", ["corpus.txt", "corpus"])
def test_jsonl_corpus_under_a_text_name_is_read_as_jsonl(tmp_path: Path, name: str) -> None:
    """A corpus exported as ``corpus.txt`` was stored as one article of raw JSON (field
    names, escapes): its records are read as JSONL, with a warning saying so, and a bad
    line further down is still that line's problem."""
    path = jsonl(
        tmp_path / name,
        {"id": "j1", "text": STORY, "title": "One"},
        {"id": "j2", "text": "Two.", "outlet": "Gazette"},
        {"id": "j3", "text": "Three."},
        "{broken",
    )
    warning, *rest = run([path])
    assert isinstance(warning, InputProblem) and not warning.fatal
    assert warning.message == JSONL_AS_TEXT_MESSAGE
    assert [a.source for a in articles(rest)] == ["j1", "j2", "j3"]
    assert articles(rest)[0].text == STORY
    assert [(p.source, p.line) for p in problems(rest)] == [(str(path), 4)]


@pytest.mark.parametrize(
    "story",
    [
        '{"text": "a brace opens it"} and then prose, said Ada Voss.\n',
        '{"id": "x"}\nMore lines of an article.\n',
        '{"text": "one"}\nAnd prose after the first line.\n',
    ],
)
def test_text_starting_with_a_brace_stays_text(tmp_path: Path, story: str) -> None:
    """Only lines that are each a record with a "text" field make a corpus."""
    assert only_article(run([write(tmp_path / "a.txt", story)])).text == story


def test_other_extension_that_is_binary_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "blob.bin", b"\x00\x01\x02\x03 data \x00")
    problem = only_problem(run([path]))
    assert problem.message == "binary file (contains NUL bytes), not text"
    assert problem.fatal is True


# --------------------------------------------------------------------------- HTML


def test_html_article_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "bridge.html", PAGE)
    article = only_article(run([path]))
    assert article.source == str(path)
    assert article.title == "Mayor backs new bridge"
    assert article.url == "https://www.example-news.com/2024/03/mayor-bridge"
    assert article.outlet == "Example News"
    assert article.domain == "example-news.com"
    assert article.published == "2024-03-05"
    assert article.author == "Jane Roe"
    assert '"The budget does not add up," said councillor' in " ".join(article.text.split())
    assert "Home | World" not in article.text
    assert "Copyright" not in article.text


def test_html_outlet_falls_back_to_url_domain(tmp_path: Path) -> None:
    path = write(tmp_path / "vote.htm", PAGE_NO_SITENAME)
    article = only_article(run([path]))
    assert article.url == "https://www.valley-herald.org/news/vote"
    assert article.domain == "valley-herald.org"
    assert article.outlet == "valley-herald.org"
    assert "Anna Berg" in article.text


def test_html_declared_latin1_charset_is_used_without_warning(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Tom Baker", "Tomás Báker"
    )
    path = write(tmp_path / "latin.html", page.encode("cp1252"))
    article = only_article(run([path]))
    assert "Tomás Báker" in article.text


@pytest.mark.parametrize(
    "label", ["ISO_8859-1", "l1", "cp819", "csisolatin1", "latin_1", "iso88591"]
)
def test_html_latin1_labels_read_as_cp1252_keep_curly_quotes(tmp_path: Path, label: str) -> None:
    """Any label of Latin-1 reads as windows-1252, as in browsers: Python's latin-1 made the
    curly quotes C1 controls, silently, and the quote was lost."""
    page = PAGE.replace('charset="utf-8"', f'charset="{label}"').replace(
        "Tom Baker", "\u201cTom\u201d Báker"
    )
    path = write(tmp_path / "latin.html", page.encode("cp1252"))
    article = only_article(run([path]))
    assert "\u201cTom\u201d Báker" in article.text


@pytest.mark.parametrize("label", ["undefined", "unicode_escape", "charmap"])
def test_html_charset_naming_no_web_encoding_is_ignored(tmp_path: Path, label: str) -> None:
    """A Python codec that is no web charset was trusted: 'undefined' lost the page
    ("could not read: UnicodeError"), 'unicode_escape' and 'charmap' dropped its curly quotes."""
    page = PAGE.replace('charset="utf-8"', f'charset="{label}"').replace(
        "Tom Baker", "\u201cTom\u201d Báker"
    )
    path = write(tmp_path / "odd.html", page.encode("cp1252"))
    article = articles(run([path]))[0]
    assert "\u201cTom\u201d Báker" in article.text


def test_xhtml_encoding_in_the_xml_prolog_is_used_without_warning(tmp_path: Path) -> None:
    """Was guessed with a 'not UTF-8: read as latin_1' warning though the page says so."""
    body = PAGE.replace('<meta charset="utf-8">', "").replace("Tom Baker", "Tomás Báker")
    page = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + body
    path = write(tmp_path / "latin.html", page.encode("cp1252"))
    article = only_article(run([path]))
    assert "Tomás Báker" in article.text


@pytest.mark.parametrize(
    "prolog",
    [
        # With a DOCTYPE after it, or an encoding name Python does not know, the prolog
        # made trafilatura find no text: "no article text found in HTML".
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html>',
        '<?xml version="1.0" encoding="x-no-such-enc"?>',
    ],
)
def test_xhtml_prolog_does_not_hide_the_text(tmp_path: Path, prolog: str) -> None:
    page = (prolog + '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>'
            '"Geneve is ready," said Ada Voss.</p></body></html>')
    path = write(tmp_path / "x.html", page.encode("latin-1"))
    article = [item for item in run([path]) if isinstance(item, Article)][0]
    assert '"Geneve is ready," said Ada Voss.' in article.text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<table><tr><td>" * 100, "</td></tr></table>" * 100),  # 400 levels of layout
        ("<div>" * 300, "</div>" * 300),
        ("<font size=2>" * 400, ""),  # unclosed tags of an old page: each one nests
    ],
    ids=["tables-100", "divs-300", "unclosed-font-400"],
)
def test_an_article_deeper_than_256_elements_is_read(
    tmp_path: Path, opening: str, closing: str
) -> None:
    """libxml2 stops building the tree 256 elements deep: the article was cut away and
    the page refused as "no article text found in HTML"."""
    page = (f"<html><head><title>Harbour</title></head><body>{opening}<article><p>"
            '"The harbour is ready," said Ada Voss on Monday.</p></article>'
            f"{closing}</body></html>")
    path = write(tmp_path / "deep.html", page)
    article = only_article(run([path]))
    assert '"The harbour is ready," said Ada Voss on Monday.' in article.text
    assert article.title == "Harbour"


def test_html_undeclared_legacy_encoding_warns(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Tom Baker", "Tomás Báker")
    path = write(tmp_path / "legacy.html", page.encode("cp1252"))
    warning, article = run([path])
    assert warning.fatal is False and warning.message == "not UTF-8: read as cp1252"
    assert "Tomás Báker" in article.text


def test_directory_argument_may_be_a_symlink(tmp_path: Path) -> None:
    write(tmp_path / "real" / "a.txt", STORY)
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    assert only_article(run([tmp_path / "alias"])).source == str(tmp_path / "alias" / "a.txt")


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head></html>",
        "<html><head></head><body><script>var x = 1;</script></body></html>",
        "<html><body></body></html>",
        "<html><body><div>   </div></body></html>",
    ],
    ids=["no-body", "script-only", "empty-body", "blank-div"],
)
def test_html_without_text_is_a_problem(tmp_path: Path, page: str) -> None:
    path = write(tmp_path / "empty.html", page)
    problem = only_problem(run([path]))
    assert problem.message == NO_HTML_TEXT_MESSAGE
    assert problem.source == str(path)


# --------------------------------------------------------------------------- JSONL


def test_jsonl_records(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "corpus.jsonl",
        {
            "id": "a1",
            "text": 'The coach said: "We played well."',
            "title": "Cup final",
            "url": "https://www.sportsdesk.net/cup",
            "published": "2024-05-01",
            "author": ["Ann Lee", "Bo Kim"],
        },
        "",
        "   ",
        {"id": 7, "text": '"No comment," the spokesman said.', "outlet": "Daily Wire Service"},
        {"text": 'Police said: "The road is closed."'},
    )
    first, second, third = run([path])
    assert first == Article(
        source="a1",
        text='The coach said: "We played well."',
        title="Cup final",
        url="https://www.sportsdesk.net/cup",
        outlet="sportsdesk.net",
        published="2024-05-01",
        author="Ann Lee, Bo Kim",
        domain="sportsdesk.net",
    )
    assert second.source == "7" and second.outlet == "Daily Wire Service"
    assert third.source == f"{path}:5" and third.title is None


def test_jsonl_text_is_exact(tmp_path: Path) -> None:
    text = '  Line one\r\nLine two\rLine "three"\n  '
    path = jsonl(tmp_path / "c.jsonl", {"id": "x", "text": text})
    assert only_article(run([path])).text == text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "not a JSON object (got array)"),
        ('"just a string"', "not a JSON object (got string)"),
        ('{"title": "No text"}', 'missing "text" field'),
        ('{"text": 42}', '"text" is not a string (got number)'),
        ('{"text": null}', '"text" is not a string (got null)'),
        ('{"text": ""}', 'empty "text"'),
        ('{"text": "  \\n "}', 'empty "text"'),
    ],
)
def test_jsonl_bad_line_is_reported_and_the_run_continues(
    tmp_path: Path, line: str, message: str
) -> None:
    path = jsonl(tmp_path / "c.jsonl", {"text": "Before."}, line, {"text": "After."})
    before, problem, after = run([path])
    assert isinstance(problem, InputProblem)
    assert problem.message.startswith(message)
    assert problem.line == 2
    assert problem.source == str(path)
    assert str(problem).startswith(f"{path}:2: ")
    assert [before.text, after.text] == ["Before.", "After."]


@pytest.mark.parametrize(
    "content",
    [
        "<!DOCTYPE html>\n<html><body>\n" + "<p>A paragraph.</p>\n" * 60 + "</body></html>\n",
        "id,title,text\n" + "".join(f'{i},T{i},"Ada Voss said {i}."\n' for i in range(100)),
        json.dumps([{"id": "a", "text": STORY}, {"id": "b", "text": STORY}], indent=2),
        # A pretty-printed record is four lines, fewer than the five bad lines in a row
        # after which a file is taken for something else: it gave four errors, one per
        # line, for one mistake.
        json.dumps({"id": "a", "text": STORY}, indent=2),
        '{"id": "a",\n "text": "Ada Voss said so."}\n',
    ],
)
def test_a_file_that_is_not_jsonl_is_one_problem(tmp_path: Path, content: str) -> None:
    """An HTML page, a CSV export or a pretty-printed JSON array named .jsonl gave one
    error per line (hundreds of lines for one mistake)."""
    problem = only_problem(run([write(tmp_path / "c.jsonl", content)]))
    assert problem.fatal and problem.line is None
    assert problem.message.startswith("not a JSONL file: none of its ")
    assert "(line 1: malformed JSON" in problem.message


def test_many_bad_lines_before_good_records_are_one_problem(tmp_path: Path) -> None:
    """The good records after a run of bad lines are still stored; the bad lines are
    one problem, and a bad line after the first article is reported on its own."""
    path = jsonl(tmp_path / "c.jsonl", *["x"] * 7, {"text": "One."}, "y", {"text": "Two."})
    items = run([path])
    assert [i.text for i in articles(items)] == ["One.", "Two."]
    first, later = problems(items)
    assert first.message.startswith("7 lines from line 1 on are not articles (line 1: ")
    assert later.line == 9


def test_a_few_bad_lines_before_the_first_record_are_reported_one_by_one(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", "x", "[1]", {"text": "One."})
    assert [p.line for p in problems(run([path]))] == [1, 2]


def test_a_few_records_without_text_are_reported_one_by_one(tmp_path: Path) -> None:
    """Lines that are JSON, each missing its text, are records with a problem each: the
    file is JSONL, so they keep one line each (only a file none of whose lines is JSON
    at all is one problem)."""
    path = jsonl(tmp_path / "c.jsonl", {"id": "a", "body": "One."}, {"id": "b", "body": "Two."})
    assert [p.line for p in problems(run([path]))] == [1, 2]


def test_jsonl_duplicate_id_within_the_run(tmp_path: Path) -> None:
    one = jsonl(tmp_path / "one.jsonl", {"id": "s1", "text": "First."})
    two = jsonl(
        tmp_path / "two.jsonl", {"id": "s2", "text": "Other."}, {"id": "s1", "text": "Again."}
    )
    first, other, dup = run([one, two])
    assert first.text == "First." and other.text == "Other."
    assert isinstance(dup, InputProblem)
    assert dup.line == 2 and dup.source == str(two)
    assert 'duplicate id "s1"' in dup.message and f"{one}:1" in dup.message


def test_jsonl_identical_repeat_is_a_warning_not_a_clash(tmp_path: Path) -> None:
    """The same record again (key order aside) adds nothing: a non-fatal problem, while a
    different record under the id stays an error."""
    one = jsonl(tmp_path / "one.jsonl", {"id": "s1", "text": "First.", "title": "T"})
    two = jsonl(
        tmp_path / "two.jsonl",
        {"title": "T", "text": "First.", "id": "s1"},
        {"id": "s1", "text": "First.", "title": "Changed"},
    )
    first, repeat, clash = run([one, two])
    assert isinstance(first, Article) and first.source == "s1"
    assert isinstance(repeat, InputProblem) and not repeat.fatal and repeat.line == 1
    assert repeat.message == f"same record as at {one}:1, skipped"
    assert isinstance(clash, InputProblem) and clash.fatal and "duplicate id" in clash.message


@pytest.mark.parametrize("record_id", ["k" * 10_000, "quote \" and \u202e bidi"])
def test_jsonl_duplicate_id_is_reported_on_one_short_line(tmp_path: Path, record_id: str) -> None:
    """The id was quoted raw: a 10,000-character id made a 10,000-character line. (An id
    with a newline or a terminal escape is no id since bad60: see
    test_jsonl_id_with_control_characters_is_stored_under_file_and_line.)"""
    path = jsonl(tmp_path / "c.jsonl", {"id": record_id, "text": "One."},
                 {"id": record_id, "text": "Two."})
    _first, dup = run([path])
    line = str(dup)
    assert "duplicate id" in line and line.isprintable() and len(line) < 300


@pytest.mark.parametrize("raw_id", ["1e400", "-1e400", "NaN", "true", "false"])
def test_jsonl_id_that_names_no_record_falls_back_to_file_and_line(
    tmp_path: Path, raw_id: str
) -> None:
    """``"id": 1e400`` was stored as "inf" (and ``true`` as "True"): two such records then
    clashed as a duplicate id although nothing in them named one."""
    path = write(
        tmp_path / "c.jsonl",
        f'{{"id": {raw_id}, "text": "One."}}\n{{"id": {raw_id}, "text": "Two."}}\n',
    )
    items = run([path])
    # (no clash: only bad70's warning per record that its id holds no usable value)
    assert [(p.line, p.fatal) for p in problems(items)] == [(1, False), (2, False)]
    assert all('"id" is ' in p.message for p in problems(items))
    assert [a.source for a in articles(items)] == [f"{path}:1", f"{path}:2"]


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_html_declaring_utf16_over_single_byte_text_is_read_as_it_is(
    tmp_path: Path, label: str
) -> None:
    """A cp1252 page whose meta tag says utf-16 was decoded as UTF-16 (noise) and refused
    as having no article text; without NULs the bytes cannot be UTF-16, as browsers know."""
    body = (
        "Mayor Lena Forsberg said on Tuesday that the north bridge would reopen in May. "
        "J\u00fcrgen M\u00fcller, the engineer, said the steel had arrived late."
    )
    page = f'<html><head><meta charset="{label}"></head><body><article><p>{body}</p></article></body></html>'
    path = write(tmp_path / "lie.html", page.encode("cp1252"))
    items = run([path])
    (article,) = articles(items)
    assert "J\u00fcrgen M\u00fcller" in article.text
    assert all(not p.fatal for p in problems(items))


def test_a_file_named_with_a_trailing_slash_is_not_a_directory(tmp_path: Path) -> None:
    """``a.txt/`` was read as a.txt (Path drops the slash) and stored under "a.txt/", a
    second source for the same file; every shell tool answers "Not a directory"."""
    write(tmp_path / "a.txt", STORY)
    (problem,) = run([f"{tmp_path / 'a.txt'}/"])
    assert isinstance(problem, InputProblem) and problem.fatal
    assert problem.source == f"{tmp_path / 'a.txt'}/"
    assert problem.message.startswith("not a directory")


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", b'{"text": "caf\xe9"}\n{"text": "Fine."}\n')
    problem, article = run([path])
    assert problem.message == "line is not valid UTF-8" and problem.line == 1
    assert article.text == "Fine."


def test_jsonl_one_line_of_binary_garbage_loses_only_that_line(tmp_path: Path) -> None:
    """A NUL on line 2 refused the whole file as binary: both good records were lost."""
    path = write(tmp_path / "c.jsonl", b'{"text": "One."}\n\x00\xff\x01junk\n{"text": "Two."}\n')
    items = run([path])
    assert [a.text for a in articles(items)] == ["One.", "Two."]
    (problem,) = problems(items)
    assert problem.line == 2


@pytest.mark.parametrize("text", ["\x00\x00", "\x01\x02\x1b\x7f", "\x85\x90\x9f"])
def test_jsonl_text_of_control_characters_is_refused(tmp_path: Path, text: str) -> None:
    """A .txt of them was refused as binary; a JSONL "text" of them was stored."""
    path = jsonl(tmp_path / "c.jsonl", {"text": text}, {"text": "Fine."})
    problem, article = run([path])
    assert problem.fatal and problem.line == 1 and "control characters" in problem.message
    assert article.text == "Fine."


@pytest.mark.parametrize(
    "content", [b'\x00\x01{"text": "One."}\n', b'{"text": "One."}\n\x00\x01\n\x00\x02\n{"text": "x"}\n']
)
def test_jsonl_with_nuls_on_the_first_or_several_lines_is_binary(
    tmp_path: Path, content: bytes
) -> None:
    problem = only_problem(run([write(tmp_path / "c.jsonl", content)]))
    assert problem.message == "binary file (contains NUL bytes), not text"


def test_jsonl_bom_and_crlf_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", b'\xef\xbb\xbf{"text": "One."}\r\n{"text": "Two."}\r\n')
    assert [a.text for a in run([path])] == ["One.", "Two."]


def test_jsonl_limit_applies_per_line_not_per_file(tmp_path: Path) -> None:
    long_text = "word " * 100
    path = jsonl(
        tmp_path / "c.jsonl",
        {"text": "Short one."},
        {"text": long_text},
        {"text": "Short two."},
        {"text": "Short three."},
    )
    assert path.stat().st_size > 200
    items = run([path], max_bytes=100)
    assert [i.text for i in articles(items)] == ["Short one.", "Short two.", "Short three."]
    (problem,) = problems(items)
    assert problem.line == 2
    assert problem.message.endswith("over the 100 bytes limit (--max-bytes)")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\n  \n\n", "whitespace-only file"),
        ("{}".encode("utf-16"), "JSONL must be UTF-8, this file is UTF-16"),
        (b"%PDF-1.7 rest", "binary file (PDF), not text"),
    ],
)
def test_jsonl_whole_file_problems(tmp_path: Path, content: bytes, message: str) -> None:
    path = write(tmp_path / "c.jsonl", content)
    problem = only_problem(run([path]))
    assert problem.message == message and problem.line is None


# --------------------------------------------------------------------------- sidecars

SIDE_ROWS = [
    {
        "file": "one.txt",
        "outlet": "The Gazette",
        "title": "Side title",
        "url": "https://www.gazette.example/one",
        "published": "March 4, 2024",
        "author": "Sam Hill",
        "extra": "ignored",
    },
    {"file": "two", "outlet": "Evening Post"},
]


def write_sidecar(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write rows in the format ``path``'s extension names."""
    suffix = path.suffix
    if suffix in (".csv", ".tsv"):
        buf = io.StringIO()
        columns = list(dict.fromkeys(k for row in rows for k in row))
        writer = csv.DictWriter(buf, columns, delimiter="\t" if suffix == ".tsv" else ",")
        writer.writeheader()
        writer.writerows(rows)
        return write(path, buf.getvalue())
    if suffix == ".json":
        return write(path, json.dumps(rows))
    return jsonl(path, *rows)


@pytest.mark.parametrize("name", ["meta.csv", "meta.tsv", "meta.json", "meta.jsonl"])
def test_sidecar_formats(tmp_path: Path, name: str) -> None:
    write(tmp_path / "in" / "one.txt", QUOTE_TEXT)
    write(tmp_path / "in" / "two.txt", STORY)
    write(tmp_path / "in" / "three.txt", STORY)
    side = write_sidecar(tmp_path / name, SIDE_ROWS)
    one, three, two = run([tmp_path / "in"], metadata=side)  # sorted by name
    assert one == Article(
        source=str(tmp_path / "in" / "one.txt"),
        text=QUOTE_TEXT,
        title="Side title",
        url="https://www.gazette.example/one",
        outlet="The Gazette",
        published="2024-03-04",
        author="Sam Hill",
        domain="gazette.example",
    )
    assert two.outlet == "Evening Post" and two.title == "Harbour plan approved"  # by stem
    assert three.outlet is None


def test_sidecar_json_object_keyed_by_name(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", QUOTE_TEXT)
    side = write(tmp_path / "m.json", json.dumps({"one.txt": {"outlet": "The Gazette"}}))
    assert only_article(run([path], metadata=side)).outlet == "The Gazette"
    assert load_metadata(side) == {"one.txt": {"outlet": "The Gazette"}}


@pytest.mark.parametrize("column", ["file", "filename", "path", "source", "id", "name", "File"])
def test_sidecar_key_columns(tmp_path: Path, column: str) -> None:
    path = write(tmp_path / "one.txt", QUOTE_TEXT)
    side = write_sidecar(tmp_path / "m.csv", [{column: "one.txt", "Outlet": "The Gazette"}])
    assert only_article(run([path], metadata=side)).outlet == "The Gazette"


def test_sidecar_matches_full_path_before_name(tmp_path: Path) -> None:
    a = write(tmp_path / "a" / "story.txt", QUOTE_TEXT)
    b = write(tmp_path / "b" / "story.txt", QUOTE_TEXT)
    rows = [
        {"path": "story.txt", "outlet": "By name"},
        {"path": str(b), "outlet": "By path"},
    ]
    side = write_sidecar(tmp_path / "m.csv", rows)
    first, second = run([a, b], metadata=side)
    assert (first.outlet, second.outlet) == ("By name", "By path")


def test_sidecar_relative_path_key_is_normalised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "data" / "x.txt", QUOTE_TEXT)
    monkeypatch.chdir(tmp_path)
    side = write_sidecar(tmp_path / "m.csv", [{"path": "./data/x.txt", "outlet": "Relative"}])
    assert only_article(run(["data"], metadata=side)).outlet == "Relative"


def test_sidecar_matches_jsonl_record_id(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "c.jsonl", {"id": "r1", "text": "Hi.", "outlet": "Wire"}, {"text": "Yo."}
    )
    side = write_sidecar(
        tmp_path / "m.csv",
        [{"id": "r1", "outlet": "Override"}, {"id": f"{path}:2", "title": "By line"}],
    )
    first, second = run([path], metadata=side)
    assert first.outlet == "Override"
    assert second.title == "By line"


def test_sidecar_rows_for_missing_files_are_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", QUOTE_TEXT)
    side = write_sidecar(tmp_path / "m.csv", [{"file": "ghost.txt", "outlet": "Nobody"}])
    assert only_article(run([path], metadata=side)).outlet is None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("m.json", "{not json", "malformed JSON"),
        ("m.json", "42", "expected a JSON list or object"),
        ("m.json", "[1, 2]", "item 1 is not an object"),
        ("m.jsonl", '{"file": "a"}\n[]\n', "line 2 is not an object"),
        ("m.csv", "outlet,title\nGazette,T\n", "no key column"),
        ("m.xlsx", "whatever", "unknown format .xlsx"),
        ("m.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        # An unclosed quote swallowed every later row into one cell, silently.
        ("m.csv", 'file,outlet\na.txt,"Gazette\nb.txt,Post\n', "quoted cell opened on line 2 is never closed"),
        ("m.tsv", 'file\toutlet\na.txt\t"Gazette"x\n', "malformed CSV at line 2"),
        # Stored the NUL in the outlet's name.
        ("m.csv", b"file,outlet\na.txt,Gaz\x00ette\n", "NUL byte at line 2: binary"),
        # A sidecar with no row labelled nothing, without a word (an export that failed
        # half-way, the wrong file picked): every article went in without its metadata.
        ("m.csv", b"", "empty file"),
        ("m.csv", "file,outlet\n", "no rows"),
        ("m.json", "[]", "no rows"),
        ("m.jsonl", "\n\n", "no rows"),
    ],
)
def test_unreadable_sidecar_raises_value_error_naming_it(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    side = write(tmp_path / name, content)
    with pytest.raises(ValueError) as info:
        iter_inputs([tmp_path], metadata=side)  # raised at the call, before any next()
    message = str(info.value)
    # "FILE: problem", as every other input problem is reported.
    assert message.startswith(f"{side}: ") and reason in message and "\n" not in message


@pytest.mark.parametrize(
    ("name", "content", "how"),
    [
        # Excel's "CSV" on Windows is cp1252; its "Unicode text" is UTF-16 with tabs.
        ("m.csv", "file,outlet\na.txt,Gazette M\u00fcnchen\n".encode("cp1252"), "cp1252"),
        ("m.tsv", "file\toutlet\na.txt\tGazette M\u00fcnchen\n".encode("utf-16"), None),
        ("m.json", '{"a.txt": {"outlet": "Gazette M\u00fcnchen"}}'.encode("utf-16-le"), "UTF-16"),
        ("m.jsonl", '{"file": "a.txt", "outlet": "Gazette M\u00fcnchen"}\r\n'.encode("cp1252"), "cp1252"),
    ],
)
def test_sidecar_in_a_legacy_encoding_or_utf16_is_read(
    tmp_path: Path, name: str, content: bytes, how: str | None
) -> None:
    """A sidecar saved by a spreadsheet in its code page stopped the whole run ("not
    UTF-8 text", exit 2), while an article file in the same encoding is read with a
    warning: it is now read like one, and ``metadata_encoding`` says how, for the warning."""
    side = write(tmp_path / name, content)
    assert load_metadata(side) == {"a.txt": {"outlet": "Gazette M\u00fcnchen"}}
    found = metadata_encoding(side)
    assert (found is None) if how is None else (how.lower() in found.lower()), found
    assert metadata_encoding(write(tmp_path / "u.csv", "file\n\u00e9.txt\n")) is None


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_sidecar_read_once_answers_as_its_path_does(tmp_path: Path, encoding: str) -> None:
    """A run reads the sidecar once (``read_sidecar``) and hands it to ``iter_inputs`` and
    to each check, which used to read the file again each: given the file read once,
    each must answer as it does given the path."""
    path = write(tmp_path / "one.txt", QUOTE_TEXT)
    content = "file,outlet,outlett\none.txt,Gazette M\u00fcnchen,x\none.txt,Other,y\nghost.txt,Post,z\n"
    side = write(tmp_path / "m.csv", content.encode(encoding))
    sidecar = read_sidecar(side)
    assert sidecar.index == load_metadata(side)
    assert sidecar.encoding == metadata_encoding(side)
    assert (sidecar.encoding is None) == (encoding == "utf-8")
    assert unknown_metadata_columns(sidecar) == unknown_metadata_columns(side) == ["outlett"]
    assert conflicting_metadata_keys(sidecar) == conflicting_metadata_keys(side) == ["one.txt"]
    sources = [str(path)]
    assert unmatched_metadata_keys(sidecar, sources) == unmatched_metadata_keys(side, sources) == ["ghost.txt"]
    assert run([path], metadata=sidecar) == run([path], metadata=side)
    assert only_article(run([path], metadata=sidecar)).outlet == "Other"


def test_unparseable_sidecar_date_names_the_sidecar(tmp_path: Path) -> None:
    """The warning named only the article, whose own text holds no such date."""
    one = write(tmp_path / "one.txt", STORY)
    side = write(tmp_path / "m.csv", "file,published\none.txt,2024-02-30\n")
    (problem,) = problems(run([one], metadata=side))
    assert problem.source == str(one) and not problem.fatal
    assert problem.message == f"unparseable date '2024-02-30', left empty (from {side})"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "not a url at all", "vbscript:msgbox(1)", "localhost:8080/a", "mailto:desk@example.org"]
)
def test_sidecar_url_that_is_no_web_address_is_left_empty_with_a_warning(
    tmp_path: Path, url: str
) -> None:
    """A sidecar's "javascript:alert(1)" was stored as the article's URL, the link its
    Datasette page shows (a click ran the script); any non-web address is dropped."""
    one = write(tmp_path / "one.txt", STORY)
    side = write(tmp_path / "m.csv", f"file,url,title\none.txt,{url},Harbour\n")
    problem, article = run([one], metadata=side)
    assert problem.source == str(one) and not problem.fatal
    assert problem.message == f"not a web address {url!r}, URL left empty (from {side})"
    assert article.url is None and article.title == "Harbour"


@pytest.mark.parametrize(
    "url", ["https://example.org/a", "http://x.example/b?c=1", "example.org/news/1", "example.org:8080/news/1"]
)
def test_sidecar_web_address_is_kept(tmp_path: Path, url: str) -> None:
    one = write(tmp_path / "one.txt", STORY)
    side = write(tmp_path / "m.csv", f"file,url\none.txt,{url}\n")
    assert only_article(run([one], metadata=side)).url == url


def test_metadata_control_characters_do_not_reach_the_terminal(tmp_path: Path) -> None:
    """A title "Evil\\x1b[2J title" (JSON escapes) was stored as it was and cleared the
    screen of whoever listed or exported it; a title over two lines broke one-line lists."""
    one = write(tmp_path / "one.txt", STORY)
    side = write(
        tmp_path / "m.json",
        json.dumps([{"file": "one.txt", "title": "Evil\x1b[2J title", "author": "Ada\nVoss\t"}]),
    )
    article = only_article(run([one], metadata=side))
    assert (article.title, article.author) == ("Evil title", "Ada Voss")


def test_sidecar_quotes_inside_unquoted_cells_and_doubled_quotes_are_read(
    tmp_path: Path,
) -> None:
    side = write(tmp_path / "m.csv", 'file,title\na.txt,The "new" harbour\nb.txt,"A ""b"" c"\n')
    assert load_metadata(side) == {
        "a.txt": {"title": 'The "new" harbour'},
        "b.txt": {"title": 'A "b" c'},
    }


def test_sidecar_cell_longer_than_pythons_csv_limit(tmp_path: Path) -> None:
    """A 200,000-character title was refused as "malformed CSV: field larger than field
    limit (131072)", which named no problem of the file (a JSON sidecar takes it), and an
    unclosed quote mark before that many characters of rows was blamed on the limit."""
    import csv

    limit = csv.field_size_limit()
    long = write(tmp_path / "m.csv", "file,title\na.txt," + "T" * 200_000 + "\n")
    assert load_metadata(long) == {"a.txt": {"title": "T" * 200_000}}
    assert csv.field_size_limit() == limit
    rows = "".join(f"f{i}.txt,Outlet {i}\n" for i in range(12_000))
    unclosed = write(tmp_path / "u.csv", 'file,outlet\na.txt,"Gazette\n' + rows)
    with pytest.raises(ValueError, match="quoted cell opened on line 2 is never closed"):
        load_metadata(unclosed)


def test_missing_sidecar_raises(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="path does not exist"):
        load_metadata(tmp_path / "nope.csv")


def test_sidecar_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    """Opening a FIFO blocked the run for ever, waiting for a writer."""
    os.mkfifo(tmp_path / "m.csv")
    with pytest.raises(ValueError, match=r"m\.csv: cannot read metadata file: not a regular file"):
        load_metadata(tmp_path / "m.csv")


def test_sidecar_with_bom_and_empty_cells(tmp_path: Path) -> None:
    side = write(tmp_path / "m.csv", "\ufefffile,outlet,title\none.txt,,Kept\n")
    assert load_metadata(side) == {"one.txt": {"title": "Kept"}}


# --------------------------------------------------------------------------- priorities


def test_outlet_argument_beats_everything(tmp_path: Path) -> None:
    html = write(tmp_path / "bridge.html", PAGE)
    rec = jsonl(tmp_path / "c.jsonl", {"id": "r", "text": "Hi.", "outlet": "Wire"})
    side = write_sidecar(tmp_path / "m.csv", [{"file": "bridge.html", "outlet": "Side"}])
    items = run([html, rec], outlet="Chosen", metadata=side)
    assert [a.outlet for a in items] == ["Chosen", "Chosen"]


def test_sidecar_beats_html_metadata(tmp_path: Path) -> None:
    html = write(tmp_path / "bridge.html", PAGE)
    row = {
        "file": "bridge",
        "outlet": "Side Outlet",
        "title": "Side Title",
        "url": "https://news.side.example/x",
        "published": "2023-12-31",
        "author": "Side Author",
    }
    side = write_sidecar(tmp_path / "m.json", [row])
    article = only_article(run([html], metadata=side))
    assert (article.outlet, article.title, article.url) == (
        "Side Outlet",
        "Side Title",
        "https://news.side.example/x",
    )
    assert (article.published, article.author) == ("2023-12-31", "Side Author")
    assert article.domain == "news.side.example"


def test_sidecar_beats_jsonl_fields_and_jsonl_beats_domain(tmp_path: Path) -> None:
    rec = jsonl(
        tmp_path / "c.jsonl",
        {
            "id": "a",
            "text": "One.",
            "outlet": "Wire",
            "title": "T",
            "url": "https://www.w.example/a",
        },
        {
            "id": "b",
            "text": "Two.",
            "outlet": "Wire",
            "title": "T",
            "url": "https://www.w.example/b",
        },
    )
    side = write_sidecar(tmp_path / "m.csv", [{"id": "a", "outlet": "Side", "title": "S"}])
    a, b = run([rec], metadata=side)
    assert (a.outlet, a.title) == ("Side", "S")
    assert (b.outlet, b.title, b.domain) == ("Wire", "T", "w.example")


def test_sidecar_title_beats_headline_and_sidecar_url_gives_outlet(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", STORY)
    side = write_sidecar(
        tmp_path / "m.csv", [{"file": "h.txt", "title": "Side", "url": "www.port.example/h"}]
    )
    article = only_article(run([path], metadata=side))
    assert article.title == "Side"
    assert article.domain == "port.example" and article.outlet == "port.example"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00"),
        ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00"),
        ("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00"),
        ("2024-03-05 09:30", "2024-03-05T09:30:00"),
        ("2024-03-05T00:00:00", "2024-03-05T00:00:00"),
        ("March 2024", "2024-03"),
        ("2024", "2024"),
        (1709627400, "2024-03-05T08:30:00+00:00"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "Tuesday", "2024-13-45", "not a date", True])
def test_normalise_date_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        normalise_date(value)


def test_unknown_time_zone_name_is_left_out_without_a_library_warning() -> None:
    """dateutil's UnknownTimezoneWarning printed two lines of its source on stderr."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert normalise_date("2024-03-05 09:30 XYZ") == "2024-03-05T09:30:00"


def test_html_page_date_in_an_unknown_zone_gives_no_library_warning(tmp_path: Path) -> None:
    """The page's date went through dateutil inside trafilatura, whose warning printed two
    lines of library source on stderr (here, a warning is an error)."""
    import warnings

    head = '<meta property="article:published_time" content="2024-03-05 09:30 XYZ">'
    page = PAGE.replace("<title>", head + "<title>")
    path = write(tmp_path / "zone.html", page)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = only_article(run([path]))
    assert article.text.strip()


def test_unparseable_date_warns_and_keeps_the_article(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", {"id": "d", "text": "Hi.", "published": "last Tuesday-ish"})
    warning, article = run([path])
    assert isinstance(warning, InputProblem) and warning.fatal is False
    assert "last Tuesday-ish" in warning.message
    assert (warning.source, warning.line) == (str(path), 1)  # the file and line to fix
    assert isinstance(article, Article) and article.published is None


def test_unparseable_long_date_is_shortened_in_the_warning(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", {"id": "d", "text": "Hi.", "published": "x" * 100_000})
    warning, article = run([path])
    assert warning.fatal is False and len(str(warning)) < 300
    assert article.published is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example-news.com/a", "example-news.com"),
        ("http://EXAMPLE.org:8080/x", "example.org"),
        ("news.example.co.uk/story", "news.example.co.uk"),
        ("https://wwwexample.com/", "wwwexample.com"),
        ("", None),
        (None, None),
    ],
)
def test_domain_of(url: str | None, expected: str | None) -> None:
    assert domain_of(url) == expected


# --------------------------------------------------------------------------- problems


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    problem = only_problem(run([missing]))
    assert problem.source == str(missing) and problem.message == "path does not exist"
    assert problem.fatal is True
    assert str(problem) == f"{missing}: path does not exist"


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    problem = only_problem(run([tmp_path / "empty"]))
    assert problem.message == NO_INPUTS_MESSAGE


def test_directory_with_only_other_files(tmp_path: Path) -> None:
    write(tmp_path / "d" / "notes.md", STORY)
    write(tmp_path / "d" / "sub" / "x.pdf", b"%PDF-1.4")
    problem = only_problem(run([tmp_path / "d"]))
    assert problem.message == NO_INPUTS_MESSAGE and problem.source == str(tmp_path / "d")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"  \r\n\t\n ", "whitespace-only file"),
        ("   \n".encode("utf-16"), "whitespace-only file"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_empty_and_whitespace_files(
    tmp_path: Path, content: bytes, message: str, suffix: str
) -> None:
    path = write(tmp_path / f"blank{suffix}", content)
    assert only_problem(run([path])).message == message


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buf.getvalue()


def _sqlite_bytes(tmp_path: Path) -> bytes:
    db = tmp_path / "real.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("create table t (x)")
    conn.close()
    return db.read_bytes()


@pytest.mark.parametrize(
    ("kind", "make"),
    [
        ("PDF", lambda _: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("PNG", lambda _: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("JPEG", lambda _: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
        ("GIF", lambda _: b"GIF89a\x01\x00\x01\x00"),
        ("ZIP", lambda _: _zip_bytes()),
        ("gzip", lambda _: gzip.compress(STORY.encode())),
        ("SQLite", _sqlite_bytes),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_binary_files_are_named(tmp_path: Path, kind: str, make, suffix: str) -> None:
    path = write(tmp_path / f"file{suffix}", make(tmp_path))
    problem = only_problem(run([path]))
    assert problem.message == f"binary file ({kind}), not text"


@pytest.mark.parametrize(
    ("content", "document"),
    [
        (
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 "
            b"\\'93We are ready,\\'94 she said.\\par}",
            "an RTF document",
        ),
        (b"\xef\xbb\xbf\r\n{\\rtf1 Hello.}", "an RTF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "a Word or Excel (OLE2) document"),
    ],
)
@pytest.mark.parametrize("name", ["story.txt", "story.rtf", "story.doc"])
def test_word_processor_documents_are_named(
    tmp_path: Path, content: bytes, document: str, name: str
) -> None:
    """An RTF file was stored as an "article" of its markup (font tables, \\'93 for a curly
    quote), and a .doc was only "binary file (contains NUL bytes)"."""
    problem = only_problem(run([write(tmp_path / name, content)]))
    assert problem.message == f"{document}, not plain text: save it as .txt"


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", b"Some text\x00with a NUL byte in it")
    assert only_problem(run([path])).message == "binary file (contains NUL bytes), not text"


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: the size is set, no bytes are written
        handle.truncate(25_300_000)
    problem = only_problem(run([path]))
    assert problem.message == "file is 25.3 MB, over the 20.0 MB limit (--max-bytes)"
    assert DEFAULT_MAX_BYTES == 20_000_000


def test_small_size_limit(tmp_path: Path) -> None:
    small = write(tmp_path / "a.txt", "Tiny story\nIt said hi.\n")
    big = write(tmp_path / "b.html", PAGE)
    assert big.stat().st_size > 500
    items = run([small, big], max_bytes=500)
    assert items[0].text == "Tiny story\nIt said hi.\n"
    assert items[1].message.endswith("over the 500 bytes limit (--max-bytes)")
    assert items[1].message.startswith(f"file is {big.stat().st_size} bytes,")


def test_max_bytes_must_be_positive() -> None:
    with pytest.raises(ValueError):
        iter_inputs([], max_bytes=0)


def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", STORY)
    other = write(tmp_path / "open.txt", QUOTE_TEXT)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file modes (root)")
        problem, article = run([path, other])
        assert problem.message == "permission denied" and problem.source == str(path)
        assert article.text == QUOTE_TEXT
    finally:
        path.chmod(0o644)


def test_unreadable_directory(tmp_path: Path) -> None:
    locked = tmp_path / "d" / "locked"
    write(locked / "a.txt", STORY)
    write(tmp_path / "d" / "z.txt", QUOTE_TEXT)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that ignore file modes (root)")
        problem, article = run([tmp_path / "d"])
        assert problem.message == "permission denied" and problem.source == str(locked)
        assert article.text == QUOTE_TEXT
    finally:
        locked.chmod(0o755)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_problem(run([fifo])).message == "not a regular file"


def test_problems_are_one_line_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = [
        tmp_path / "missing.txt",
        write(tmp_path / "empty.txt", b""),
        write(tmp_path / "bin.txt", b"%PDF-1.4"),
        write(tmp_path / "c.jsonl", "{bad\n"),
        write(tmp_path / "e.html", "<html></html>"),
    ]
    good = write(tmp_path / "good.txt", STORY)
    items = run([*bad, good])
    assert len(problems(items)) == len(bad)
    assert all("\n" not in str(p) for p in problems(items))
    assert items[-1].text == STORY


# --------------------------------------------------------------------------- directories


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", STORY)
    write(root / "a" / "z.html", PAGE)
    write(root / "a" / "m.TXT", QUOTE_TEXT)
    write(root / "c" / "d.jsonl", json.dumps({"id": "j1", "text": "Hi."}) + "\n")
    write(root / "c" / "ignored.csv", "a,b\n")
    write(root / "readme.md", "ignored")
    write(root / ".hidden.txt", STORY)
    write(root / ".git" / "x.txt", STORY)
    items = run([str(root)])
    assert [i.source for i in items] == [
        str(Path(str(root)) / "a" / "m.TXT"),
        str(root / "a" / "z.html"),
        str(root / "b.txt"),
        "j1",
    ]
    assert all(isinstance(i, Article) for i in items)


def test_directory_source_joins_argument_and_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "data" / "sub" / "a.txt", STORY)
    monkeypatch.chdir(tmp_path)
    assert only_article(run(["data/"])).source == str(Path("data/") / "sub" / "a.txt")


def test_symlinked_file_and_directory_are_followed(tmp_path: Path) -> None:
    real = write(tmp_path / "elsewhere" / "real.txt", STORY)
    write(tmp_path / "elsewhere" / "more" / "m.txt", QUOTE_TEXT)
    root = tmp_path / "root"
    root.mkdir()
    (root / "link.txt").symlink_to(real)
    (root / "more").symlink_to(tmp_path / "elsewhere" / "more", target_is_directory=True)
    items = run([root])
    assert [(i.source, i.text) for i in items] == [
        (str(root / "link.txt"), STORY),
        (str(root / "more" / "m.txt"), QUOTE_TEXT),
    ]


def test_symlink_loop_in_directory_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "a.txt", STORY)
    write(root / "sub" / "b.txt", QUOTE_TEXT)
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    items = run([root])
    assert [a.source for a in articles(items)] == [str(root / "a.txt"), str(root / "sub" / "b.txt")]
    (problem,) = problems(items)
    assert problem.source == str(root / "sub" / "up")
    assert problem.message.startswith("symlink loop")


def test_self_referencing_file_symlinks(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert only_problem(run([a])).message == "symlink loop"
    # found while walking: reported too, not silently dropped
    messages = [p.message for p in run([tmp_path])]
    assert messages == ["symlink loop", "symlink loop"]


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert only_problem(run([link])).message == "broken symbolic link"


def test_directory_reached_twice_is_read_once(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "a" / "x.txt", STORY)
    (root / "b").symlink_to(root / "a", target_is_directory=True)
    items = run([root, root / "a"])
    assert [a.source for a in articles(items)] == [str(root / "a" / "x.txt")]
    warnings = problems(items)
    assert [w.source for w in warnings] == [str(root / "b"), str(root / "a")]
    assert all(w.fatal is False and "already read" in w.message for w in warnings)


def test_file_given_twice_under_other_names_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "c.jsonl", json.dumps({"text": QUOTE_TEXT}) + "\n")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    os.link(tmp_path / "c.jsonl", tmp_path / "hard.jsonl")
    items = run(["a.txt", "./a.txt", "link.txt", "a.txt", "c.jsonl", "./hard.jsonl"])
    assert [a.source for a in articles(items)] == ["a.txt", "c.jsonl:1"]
    warnings = problems(items)
    assert [(w.source, w.message) for w in warnings] == [
        ("./a.txt", "same file as a.txt, already read, skipped"),
        ("link.txt", "same file as a.txt, already read, skipped"),
        ("a.txt", "same file as a.txt, already read, skipped"),
        ("./hard.jsonl", "same file as c.jsonl, already read, skipped"),
    ]
    assert all(w.fatal is False for w in warnings)


# --------------------------------------------------------------------------- laziness


def test_iter_inputs_returns_a_generator_that_reads_nothing_yet(tmp_path: Path) -> None:
    gen = iter_inputs([tmp_path / "not-yet.txt"])
    assert inspect.isgenerator(gen)
    write(tmp_path / "not-yet.txt", STORY)  # created after the call: still found
    assert only_article(list(gen)).text == STORY


def test_first_article_comes_before_later_files_are_touched(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", STORY)
    later = tmp_path / "later.txt"
    gen = iter_inputs([first, later])
    assert next(gen).text == STORY
    write(later, b"%PDF-1.4")  # becomes a bad file only now
    assert next(gen).message == "binary file (PDF), not text"


def test_paths_iterable_is_consumed_lazily(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", STORY)
    asked: list[Path] = []

    def paths() -> Iterator[Path]:
        for p in (first, tmp_path / "second.txt"):
            asked.append(p)
            yield p

    gen = iter_inputs(paths())
    next(gen)
    assert asked == [first]


def test_directory_walk_is_lazy(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "a.txt", STORY)
    (root / "b").mkdir()
    gen = iter_inputs([root])
    assert next(gen).source == str(root / "a.txt")
    write(root / "b" / "late.txt", QUOTE_TEXT)  # b is listed only when the walk gets there
    assert next(gen).source == str(root / "b" / "late.txt")


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", {"text": "One."})
    gen = iter_inputs([path])
    assert next(gen).text == "One."
    with path.open("a") as handle:  # appended after the first record was yielded
        handle.write(json.dumps({"text": "Two."}) + "\n")
    assert next(gen).text == "Two."


def test_jsonl_bom_at_the_start_of_a_later_line(tmp_path: Path) -> None:
    """Two BOM-saved JSONL files joined with `cat`: the second file's BOM opens a line in
    the middle. It is encoding noise outside the JSON value, not a malformed record."""
    path = write(
        tmp_path / "c.jsonl",
        b'\xef\xbb\xbf{"text": "One."}\n\xef\xbb\xbf{"text": "Two \xef\xbb\xbfkept."}\n',
    )
    items = run([path])
    assert problems(items) == []
    assert [a.text for a in articles(items)] == ["One.", "Two \ufeffkept."]


def test_jsonl_line_nested_too_deeply_is_one_bad_line(tmp_path: Path) -> None:
    """`[[[[...` thousands deep raised RecursionError, which lost the whole file."""
    path = write(
        tmp_path / "c.jsonl",
        ("[" * 100_000 + "]" * 100_000 + '\n{"text": "Kept."}\n').encode(),
    )
    items = run([path])
    assert [a.text for a in articles(items)] == ["Kept."]
    (problem,) = problems(items)
    assert (problem.line, problem.message) == (1, "malformed JSON: nested too deeply")


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_sidecar_nested_too_deeply_is_a_value_error(tmp_path: Path, suffix: str) -> None:
    sidecar = write(tmp_path / f"meta{suffix}", ("[" * 100_000 + "]" * 100_000 + "\n").encode())
    with pytest.raises(ValueError, match="nested too deeply"):
        load_metadata(sidecar)


def test_max_bytes_beyond_any_file_size_means_no_limit(tmp_path: Path) -> None:
    """`--max-bytes 1e30` failed every file with an OverflowError (read size)."""
    path = write(tmp_path / "a.txt", b"The mayor spoke.\n")
    jl = jsonl(tmp_path / "b.jsonl", {"text": "Short one."})
    items = run([path, jl], max_bytes=10**30)
    assert problems(items) == []
    assert [a.text for a in articles(items)] == ["The mayor spoke.\n", "Short one."]


HUGE_NUMBER = "1" + "0" * 5000


@pytest.mark.parametrize(
    "line",
    [HUGE_NUMBER, '{"text": "Lost.", "published": ' + HUGE_NUMBER + "}"],
)
def test_jsonl_line_with_a_5000_digit_number_is_one_bad_line(tmp_path: Path, line: str) -> None:
    """json.loads refuses such a number with a bare ValueError (Python's int-conversion
    limit), which lost the rest of the file as 'could not read: ValueError: ...'."""
    path = write(tmp_path / "c.jsonl", (line + '\n{"text": "Kept."}\n').encode())
    items = run([path])
    assert [a.text for a in articles(items)] == ["Kept."]
    (problem,) = problems(items)
    assert problem.line == 1
    assert problem.message == "malformed JSON: a number of more than 4,300 digits"


@pytest.mark.parametrize(
    ("suffix", "content", "message"),
    [
        (".json", '[{"file": "a.txt", "published": ' + HUGE_NUMBER + "}]", "malformed JSON: a"),
        (".jsonl", '{"file": "a.txt"}\n{"published": ' + HUGE_NUMBER + "}\n", "JSON at line 2: a"),
    ],
)
def test_sidecar_with_a_5000_digit_number_names_the_file(
    tmp_path: Path, suffix: str, content: str, message: str
) -> None:
    sidecar = write(tmp_path / f"meta{suffix}", content)
    with pytest.raises(ValueError) as info:
        load_metadata(sidecar)
    assert str(info.value).startswith(f"{sidecar}: cannot read metadata file: malformed ")
    assert f"{message} number of more than 4,300 digits" in str(info.value)


# --------------------------------------------------------------------------- bad60 battery

MAC_STORY = (
    "Harbour caf\u00e9 plans\n\nMayor Ada Ruiz said on Monday that the caf\u00e9 bridge would reopen in May. "
    "\u201cWe are ready for the crowds,\u201d she said.\n"
)


def test_mac_roman_text_keeps_its_curly_quotes(tmp_path: Path) -> None:
    """Mac Roman and cp1252 read the bytes equally cleanly; cp1252 won and the quotation
    came out as 'ÒWe are ready for the crowds,Ó' in a 'cafŽ'."""
    path = write(tmp_path / "mac.txt", MAC_STORY.encode("mac_roman"))
    warning, article = run([path])
    assert warning.message == "not UTF-8: read as mac_roman"
    assert article.text == MAC_STORY


@pytest.mark.parametrize(
    "text",
    [
        # Spanish capitals: an Ó that closes a word, but no Ò opening one
        "Noticias\n\n\u00bfQU\u00c9 PAS\u00d3? dijo la alcaldesa en Le\u00f3n el lunes por la tarde.\n",
        # cp1252's own curly quotes next to an Ò and an Ó: cp1252 it stays
        "Notes\n\n\u201cWe will see,\u201d said \u00d2scar. The \u00d2pera caf\u00e9 said N\u00d3.\n",
    ],
)
def test_cp1252_with_o_grave_or_acute_is_still_cp1252(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "es.txt", text.encode("cp1252"))
    warning, article = run([path])
    assert warning.message.startswith("not UTF-8: read as cp1252"), warning.message
    assert article.text == text


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32"])
def test_a_second_byte_order_mark_is_not_kept_in_the_text(tmp_path: Path, codec: str) -> None:
    """Two files concatenated: the second mark stayed at the start of the text and of
    the title."""
    data = ("\ufeff" + STORY).encode(codec)  # utf-16/32 add their own mark first
    if codec == "utf-8":
        data = codecs.BOM_UTF8 + data
    article = only_article(run([write(tmp_path / "two.txt", data)]))
    assert article.text == STORY
    assert article.title == "Harbour plan approved"


@pytest.mark.parametrize(
    "template",
    [
        '<template><p>"Template trap words are here," said Ada Ruiz.</p></template>',
        '<TEMPLATE id="card">\n<div><p>"Template trap words are here," said Ada Ruiz.</p></div>\n</Template >',
    ],
)
def test_html_template_element_is_not_article_text(tmp_path: Path, template: str) -> None:
    """A <template> is never shown as it stands; trafilatura read its text as the
    article's."""
    page = (
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        f"{template}<article><p>The mayor said on Tuesday that the bridge would open in spring. "
        '"We have waited long enough," she told reporters.</p></article></body></html>'
    )
    article = only_article(run([write(tmp_path / "t.html", page)]))
    assert "Template trap" not in article.text
    assert "We have waited" in article.text


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "-Infinity"])
def test_jsonl_non_finite_number_fields_are_not_stored_as_words(tmp_path: Path, number: str) -> None:
    """A title -1e400 was stored as the title "-inf"."""
    line = f'{{"text": "The mayor said the plan was late.", "title": {number}, "outlet": {number}, "author": {number}}}'
    items = run([write(tmp_path / "n.jsonl", line + "\n")])
    (article,) = articles(items)
    assert (article.title, article.outlet, article.author) == (None, None, None)
    # (each field named in a warning, bad70: they were left out without a word)
    assert [p.message.split(" is ")[0] for p in problems(items)] == [
        '"title"', '"outlet"', '"author"'
    ]


@pytest.mark.parametrize("record_id", ["a\u0000b", "two\nlines", "esc\u001b[2Jape", "tab\tid"])
def test_jsonl_id_with_control_characters_is_stored_under_file_and_line(
    tmp_path: Path, record_id: str
) -> None:
    """A NUL in an id became the article's source (the sqlite3 shell showed "a"); a
    newline split one-line listings. The record is kept under its place in the file."""
    path = jsonl(
        tmp_path / "c.jsonl",
        {"id": "ok1", "text": STORY},
        {"id": record_id, "text": QUOTE_TEXT},
        {"id": record_id, "text": "Another record under the same bad id."},
    )
    items = run([path])
    assert [a.source for a in articles(items)] == ["ok1", f"{path}:2", f"{path}:3"]
    assert [(p.line, p.fatal) for p in problems(items)] == [(2, False), (3, False)]
    for warning in problems(items):
        assert warning.message == "id holds control characters: stored under its file and line"
        assert str(warning).isprintable()


def test_a_folder_given_twice_is_named_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``in``, ``in/`` and ``./in`` were all shown as "in": the warning read "in:
    directory already read as in", naming neither the argument nor the difference."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "in" / "a.txt", STORY)
    items = run(["in", "in/", "./in"])
    assert [a.source for a in articles(items)] == [os.path.join("in", "a.txt")]
    assert [str(p) for p in problems(items)] == [
        "in/: directory already read as in, skipped",
        "./in: directory already read as in, skipped",
    ]


@pytest.mark.parametrize(
    ("outlet", "stored"),
    [("Bad\x1b[31mOutlet\x07", "BadOutlet"), ("Two\nlines\tPost", "Two lines Post"), ("\x1b[2J", None)],
)
def test_outlet_argument_is_one_line_without_escapes(tmp_path: Path, outlet: str, stored: str | None) -> None:
    """``--outlet`` was stored as given, terminal escapes and all, while the same value
    from a sidecar or a JSONL field was cleaned; an outlet of nothing but an escape
    falls back to the other sources (none here)."""
    article = only_article(run([write(tmp_path / "a.txt", STORY)], outlet=outlet))
    assert article.outlet == stored


@pytest.mark.parametrize("outlet", ["\u200b\u200d", "\ufeff", "\u200e \u2060", "\u00a0\u200b"])
def test_outlet_of_only_invisible_characters_is_left_empty(tmp_path: Path, outlet: str) -> None:
    """A JSONL outlet of zero-width characters was stored: an outlet row with no visible
    name, listed and faceted as if it were one. Nothing visible is no value."""
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "r1", "text": STORY, "outlet": outlet}) + "\n")
    assert only_article(run([feed])).outlet is None
    assert only_article(run([write(tmp_path / "a.txt", STORY)], outlet=outlet)).outlet is None


def test_outlet_with_a_zero_width_joiner_inside_a_name_is_kept(tmp_path: Path) -> None:
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "r1", "text": STORY, "outlet": "Harbour\u200dPost"}) + "\n")
    assert only_article(run([feed])).outlet == "Harbour\u200dPost"


@pytest.mark.parametrize("published", ["2999-01-01", "2400-06-30T10:00:00", "9999"])
def test_date_far_in_the_future_is_left_empty_with_a_warning(tmp_path: Path, published: str) -> None:
    """"2999-01-01" was stored and sorted first in every newest-first list."""
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "r1", "text": STORY, "published": published}) + "\n")
    items = run([feed])
    (problem,) = problems(items)
    assert not problem.fatal and problem.line == 1
    assert problem.message.startswith("date in the future") and "left empty" in problem.message
    assert only_article(articles(items)).published is None


def test_date_of_next_year_is_kept(tmp_path: Path) -> None:
    from datetime import date

    nxt = f"{date.today().year + 1}-01-02"
    feed = write(tmp_path / "f.jsonl", json.dumps({"id": "r1", "text": STORY, "published": nxt}) + "\n")
    items = run([feed])
    assert not problems(items) and only_article(items).published == nxt
