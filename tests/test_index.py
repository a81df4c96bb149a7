"""The cross-article speaker index: grouping rules, determinism, overrides, CLI."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import index
from quotes.cli import cli
from quotes.index import Evidence, Name, Overrides, _speaker_rows, group_names, person_fits
from quotes.models import Article, Quote, Span
from quotes.store import Store, speaker_key

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds"


def speaker_rows(names: list[Name]) -> list[dict]:
    """The speaker rows the index makes of ``names``, with no overrides."""
    rows, _ = _speaker_rows(names, Overrides())
    return rows


def groups(*names: tuple[str, str]) -> dict[str, set[str]]:
    """Names grouped: canonical key -> the keys in its group."""
    mapping = group_names([Name(text, kind, 1) for text, kind in names])
    out: dict[str, set[str]] = {}
    for key, root in mapping.items():
        out.setdefault(root, set()).add(key)
    return out


@pytest.mark.parametrize(
    ("names", "together"),
    [
        ([("Nato", "organization"), ("NATO", "organization")], True),
        ([("Nordhavn Shipping A/S", "organization"), ("Nordhavn Shipping", "organization")], True),
        ([("Ministry of Foreign Affairs", "organization"), ("Foreign Ministry", "organization")], True),
        ([("Norway's Ministry of Foreign Affairs", "organization"), ("Norwegian Foreign Ministry", "organization")], True),
        ([("Ministry of Foreign Affairs", "organization"), ("Ministry of Economic Affairs", "organization")], False),
        # a Spanish name without its second surname ("Carlos Ibarra" for "Carlos Ibarra
        # Mendoza"), as a "Hillary Clinton" without her middle name
        ([("Carlos Ibarra Mendoza", "person"), ("Carlos Ibarra", "person")], True),
        ([("Ana García López", "person"), ("Ana Garcia", "person"), ("García", "person")], True),
        # two given names and two surnames, the second left out
        ([("María Fernanda López Obrador", "person"), ("María Fernanda López", "person")], True),
        ([("María Fernanda López Obrador", "person"), ("María Luisa López", "person")], False),
        # never a father without the son's suffix, nor half of a hyphenated surname
        ([("Donald Pryce Jr.", "person"), ("Donald Pryce", "person")], False),
        ([("Lisa Chen-Park", "person"), ("Lisa Chen", "person")], False),
        ([("Kim Min-jun", "person"), ("Kim Min", "person")], False),
        ([("Anna Maria Lindell", "person"), ("Anna Maria", "person")], False),  # a middle name
        ([("Kate Morrow", "person"), ("Katherine Morrow", "person")], True),
        ([("Jeff Lindahl", "person"), ("Jeffrey Lindahl", "person")], True),
        ([("Kate Morrow", "person"), ("Karen Morrow", "person")], False),
        ([("Norway's Ministry of Defence", "organization"), ("Norwegian Defence Ministry", "organization")], True),
        ([("Norway's Ministry of Defence", "organization"), ("Sweden's Defence Ministry", "organization")], False),
        ([("St. Brendan's Hospital", "organization"), ("Saint Brendan's Hospital", "organization")], True),
        ([("St Aidan's College", "organization"), ("Saint Aidan's College", "organization")], True),
        ([("St. Brendan's Hospital", "organization"), ("St. Brigid's Hospital", "organization")], False),
        # one Arabic given name in two romanisations, the same surname: one person
        ([("Mohamed al-Sayari", "person"), ("Mohammed al-Sayari", "person")], True),
        ([("Yousef Haddadin", "person"), ("Youssef Haddadin", "person")], True),
        ([("Mohamed Sayari", "person"), ("Ahmed Sayari", "person")], False),
        # a given name with or without its hyphen: one person
        ([("Wang Xiao-ming", "person"), ("Wang Xiaoming", "person")], True),
        ([("Moon Jae-won", "person"), ("Moon Jaewon", "person")], True),
        ([("Mary Ann Tolliver", "person"), ("Maryann Tolliver", "person")], True),
        ([("Wang Xiao-ming", "person"), ("Wang Xiaoling", "person")], False),
        # an acronym that writes the small words' letters in lowercase
        ([("Ministry of Defence", "organization"), ("MoD", "organization")], True),
        ([("Department for Education", "organization"), ("DfE", "organization")], True),
        ([("Ministry of Defence", "organization"), ("Mod", "organization")], False),
        ([("Le Drian", "person"), ("Jean-Yves Le Drian", "person")], True),
        ([("Stoltenberg", "person"), ("Jens Stoltenberg", "person")], True),
        ([("J. Stoltenberg", "person"), ("Jens Stoltenberg", "person")], True),
        ([("Amélie Roussin", "person"), ("Amelie Roussin", "person")], True),
        ([("Søren Kjærgaard", "person"), ("Soren Kjaergaard", "person")], True),
        ([("Łukasz Wróbel", "person"), ("Lukasz Wrobel", "person")], True),
        ([("Yıldız Aksoy", "person"), ("Yildiz Aksoy", "person")], True),
        ([('Eleanor "Nell" Voss', "person"), ("Nell Voss", "person")], True),
        ([("Eleanor (Nell) Voss", "person"), ("Nell Voss", "person")], True),
        ([("Greywater Mining plc", "organization"), ("Greywater Mining Ltd", "organization")], True),
        ([("Acme Holdings Inc.", "organization"), ("Acme Holdings Corporation", "organization")], True),
        ([("Acme Holdings Inc.", "organization"), ("Apex Holdings Inc.", "organization")], False),
        ([("Dunmore Rovers FC", "organization"), ("Dunmore Rovers AFC", "organization")], False),
        ([("Halden & Rusk", "organization"), ("Halden and Rusk", "organization")], True),
        ([('Eleanor "Nell" Voss', "person"), ("Mark Voss", "person")], False),
        ([("İpek Aksoy", "person"), ("IPEK AKSOY", "person")], True),
        ([("North Atlantic Treaty Organization", "organization"), ("NATO", "organization")], True),
        ([("The Kremlin", "organization"), ("Kremlin", "organization")], True),
        ([("U.N.", "organization"), ("United Nations", "organization")], True),
        ([("E.U.", "organization"), ("European Union", "organization"), ("EU", "organization")], True),
        ([("U.N.", "organization"), ("United Kingdom", "organization")], False),
        ([("North Atlantic Treaty Organisation", "organization"), ("NATO", "organization"),
          ("North Atlantic Treaty Organization", "organization")], True),
        ([("Kim Min-jun", "person"), ("Min-jun Kim", "person")], True),
        ([("Wang Lihua", "person"), ("Lihua Wang", "person")], True),
        ([("Kim Min-jun", "person"), ("Seo-yeon Kim", "person")], False),
        ([("Lee Seo-yeon", "person"), ("Seo-yeon Lee", "person")], True),  # "Lee" is in no list
        ([("Lee Seo-yeon", "person"), ("Jae-won Lee", "person")], False),
        ([("Garcia-Lopez Ana", "person"), ("Maria Garcia-Lopez", "person")], False),
        ([("Tanaka Hiroshi", "person"), ("Hiroshi Tanaka", "person")], True),
        # a family name no list holds, before a given name the name data knows
        ([("Sugimura Kazuki", "person"), ("Kazuki Sugimura", "person")], True),
        ([("Simon Paul", "person"), ("Paul Simon", "person")], False),  # two given names
        ([("JK Okonjo", "person"), ("J.K. Okonjo", "person")], True),
        ([("Jo Okonjo", "person"), ("J. O. Okonjo", "person")], False),  # "Jo" is a name
        ([("Orvane Inc.", "organization"), ("Orvane", "organization")], True),
        ([("Orvane Inc.", "organization"), ("Orvane", "person"), ("Ada Orvane", "person")], False),
        ([("Norwegian foreign ministry", "organization"), ("Norway's foreign ministry", "organization"),
          ("Foreign Ministry of Norway", "organization")], True),
        ([("Norwegian foreign ministry", "organization"), ("Swedish foreign ministry", "organization")], False),
        ([("the Chilean government", "organization"), ("Chile", "organization")], False),
        ([("Ministry of Defence", "organization"), ("Defence Ministry", "organization")], True),
        ([("the University of Oxford", "organization"), ("Oxford University", "organization")], True),
        ([("Ministry of the Interior", "organization"), ("Interior Ministry", "organization")], True),
        ([("Ministry of Defence", "organization"), ("Ministry of Health", "organization")], False),
        ([("Greywater", "person"), ("Greywater Mining", "organization")], True),
        ([("Halden", "organization"), ("Halden Bank plc", "organization")], True),
        ([("Tervala", "organization"), ("Tervala Energy", "organization")], True),
        ([("Nordvik", "person"), ("Nordvik Shipping", "organization")], True),
        ([("Washington", "organization"), ("Washington Post", "organization")], False),
        ([("Trump", "person"), ("Trump campaign", "organization")], False),
        ([("Daniel Brandt", "person"), ("Helga Brandt", "person")], False),
        ([("Maria Okafor", "person"), ("Mario Okafor", "person")], False),
        ([("Marta Lindqvist", "person"), ("Marta K. Lindqvist", "person")], True),
        ([("Ines Varga", "person"), ("Ines Moreau Varga", "person")], True),
        ([("Bob Haverford", "person"), ("Robert Haverford", "person")], True),
        ([("Pete Ostrander", "person"), ("Peter T. Ostrander", "person")], True),
        ([("Paul W. Ostrander", "person"), ("Paul H. W. Ostrander", "person")], False),
        # the first middle words kept, a later (written-out) one left out
        ([("Maria do Carmo Teixeira", "person"), ("Maria do Carmo Bastos Teixeira", "person")], True),
        ([("Paul H. Ostrander", "person"), ("Paul H. W. Ostrander", "person")], False),  # an initial left out
        ([("Maria do Carmo Teixeira", "person"), ("Maria da Luz Bastos Teixeira", "person")], False),
        ([("Lisa Chen-Park", "person"), ("Lisa M. Chen-Park", "person")], True),  # hyphenated surname
        ([("Lisa Chen-Park", "person"), ("Lisa M. Park", "person")], False),
        ([("Robert Haverford", "person"), ("Roberta Haverford", "person")], False),
        ([("Xi", "person"), ("Xi Jinping", "person")], True),
        ([("Nguyen", "person"), ("Nguyen Phu Trong", "person")], True),
        ([("Dana", "person"), ("Dana Whitlock", "person")], False),
        ([("Wang Yi", "person"), ("Wang Qishan", "person")], False),
        ([("Greywater Mining plc", "organization"), ("Greywater Mining", "organization")], True),
        ([("Brindle Foods Inc.", "organization"), ("Brindle Foods", "organization")], True),
        ([("Halden Co", "organization"), ("Halden", "organization")], False),
        ([("Dunmore Rovers FC", "organization"), ("Dunmore Rovers", "organization")], True),  # club suffix
        ([("Northern Railworkers' Union", "organization"), ("Northern Railworkers Union", "organization")], True),
        ([("Dunmore Rovers FC", "organization"), ("Dunmore Athletic FC", "organization")], False),
        ([("Tom Vrba", "person"), ("Thomas K. Vrba Jr.", "person")], True),
        ([("Tomas Vrba", "person"), ("Tomas Vrba Jr.", "person")], False),  # father, son
        ([("Tomas Vrba, Jr.", "person"), ("Tomas Vrba Jr.", "person")], True),
        ([("Tomas Vrba Jr.", "person"), ("Tomas Vrba III", "person")], False),
        ([("Vrba's campaign", "organization"), ("Vrba campaign", "organization")], True),
        ([("Vrba\u2019s campaign", "organization"), ("Vrba campaign", "organization")], True),
        ([("Vrba's campaign", "organization"), ("Osei campaign", "organization")], False),
    ],
)
def test_grouping_rules(names: list[tuple[str, str]], together: bool) -> None:
    assert (len(groups(*names)) == 1) is together


def test_first_surname_fitting_two_double_surnames_joins_neither() -> None:
    """ "Carlos Ibarra" with a "Carlos Ibarra Mendoza" and a "Carlos Ibarra Soto": either
    could be meant, so the short name stays a speaker of its own."""
    found = groups(
        ("Carlos Ibarra Mendoza", "person"), ("Carlos Ibarra Soto", "person"), ("Carlos Ibarra", "person")
    )
    assert sorted(map(len, found.values())) == [1, 1, 1]


def test_a_name_gone_by_inside_a_long_name_joins_it() -> None:
    """ "Lula" alone in one article is the "Luiz Inácio Lula da Silva" of another: a word
    inside one long name, when no full name ends in it. Two long names holding the word
    leave it open, and a surname some full name ends in goes there as before."""
    assert len(groups(("Luiz Inácio Lula da Silva", "person"), ("Lula", "person"))) == 1
    two = groups(("Luiz Inácio Lula da Silva", "person"), ("Ana Maria Lula Ferreira", "person"), ("Lula", "person"))
    assert len(two) == 3
    g = groups(("Tomas Vrba", "person"), ("Ana Vrba Kolar Pinto", "person"), ("Vrba", "person"))
    assert {frozenset(v) for v in g.values()} == {
        frozenset({"tomas vrba", "vrba"}), frozenset({"ana vrba kolar pinto"})
    }
    # a parent's name after "bin" is not the bearer's
    assert len(groups(("Mansour bin Khalifa al-Remeithi", "person"), ("Khalifa", "person"))) == 2


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Otis Brennan, Jr.", "Otis Brennan Jr.", True),
        ("Otis Brennan Sr.", "Otis Brennan Jr.", False),
        ("Coastal Fisheries Authority (CFA)", "Coastal Fisheries Authority", True),
        # a mixed-case acronym spoken as a word, when it abbreviates the name
        ("Department for Environment, Food and Rural Affairs (Defra)",
         "Department for Environment, Food and Rural Affairs", True),
        ("Odile Marchand (Greens)", "Odile Marchand", False),
        ("Eleanor (Nell) Voss", "Eleanor Voss", False),
        ("Sen. Ada Ruiz", "Ada Ruiz", True),
        ("Lt. Col. Mira Haddon", "Mira Haddon", True),
        ("Dr. Dre", "Dre", False),  # a title before one word may be the name itself
    ],
)
def test_speaker_key_drops_what_does_not_tell_speakers_apart(one: str, other: str, same: bool) -> None:
    """A comma before a generational suffix, an acronym an article defines in brackets
    after a body's name, and abbreviated titles before a name of two words or more."""
    from quotes.store import speaker_key

    assert (speaker_key(one) == speaker_key(other)) is same


@pytest.mark.parametrize(
    ("ascii_name", "accented"),
    [
        ("Soren Kierkegaard-Lund", "S\u00f8ren Kierkegaard-Lund"),
        ("Jose Maria O'Neill", "Jos\u00e9 Mar\u00eda O\u2019Neill"),
        ("Celine Dion", "Ce\u0301line Dion"),  # a combining accent written apart
        ("The Marks & Spencer Group", "The Marks & Spencer Group\u00a0"),
        ("Ada Ruiz, Jr.", "\u00c0da Ruiz, Jr."),
    ],
)
def test_speaker_key_of_an_ascii_name_is_its_accented_spellings(ascii_name: str, accented: str) -> None:
    """An ASCII name skips the decomposition (nothing to take off) and meets its accented
    spellings as before."""
    assert speaker_key(ascii_name) == speaker_key(accented)
    assert speaker_key(ascii_name.upper()) == speaker_key(ascii_name)


def test_a_suffixed_name_whose_plain_form_is_another_persons_stays_apart() -> None:
    """"Thomas K. Vrba Jr." joins "Tom Vrba" only while no "Thomas K. Vrba" (the
    father) is named: then the son is his own row and the plain names go to the father."""
    assert len(groups(("Tom Vrba", "person"), ("Thomas K. Vrba Jr.", "person"))) == 1
    g = groups(("Tom Vrba", "person"), ("Thomas K. Vrba Jr.", "person"), ("Thomas K. Vrba", "person"))
    assert {frozenset(v) for v in g.values()} == {
        frozenset({"tom vrba", "thomas k vrba"}),
        frozenset({"thomas k vrba jr"}),
    }


def test_surname_shared_by_two_people_joins_neither() -> None:
    g = groups(("Daniel Brandt", "person"), ("Helga Brandt", "person"), ("Brandt", "person"))
    assert len(g) == 3


def test_family_name_written_first_shared_by_two_people_joins_neither() -> None:
    g = groups(("Wang Yi", "person"), ("Wang Qishan", "person"), ("Wang", "person"))
    assert len(g) == 3


def test_surname_joins_a_full_name_quoted_far_more_than_the_others() -> None:
    names = [
        Name("Maria Okafor", "person", 200),
        Name("Okafor", "person", 12),
        Name("Tunde Okafor", "person", 3),
    ]
    mapping = group_names(names)
    assert mapping["okafor"] == "maria okafor"
    assert mapping["tunde okafor"] == "tunde okafor"
    names[2] = Name("Tunde Okafor", "person", 40)  # no longer a clear favourite
    assert group_names(names)["okafor"] == "okafor"


def test_display_name_is_the_full_name_used_most() -> None:
    names = [
        Name("Marta Lindqvist", "person", 50),
        Name("Marta K. Lindqvist", "person", 5),
        Name("Lindqvist", "person", 80),
        Name("Le Drian", "person", 30),
        Name("Jean-Yves Le Drian", "person", 4),
    ]
    rows = speaker_rows(names)
    assert sorted(r["name"] for r in rows) == ["Jean-Yves Le Drian", "Marta Lindqvist"]


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        ([("Jose Nunez", 2), ("José Núñez", 1)], "José Núñez"),
        ([("ANA RUIZ", 3), ("Ana Ruiz", 1)], "Ana Ruiz"),
        # counted per key: two spellings of one name outnumber a longer name's
        ([("Jose Nunez", 2), ("José Núñez", 2), ("José A. Núñez", 3)], "José Núñez"),
    ],
)
def test_display_name_is_the_careful_spelling(names: list[tuple[str, int]], shown: str) -> None:
    rows = speaker_rows([Name(t, "person", c) for t, c in names])
    assert [r["name"] for r in rows] == [shown]


def test_display_name_spells_out_an_initial() -> None:
    """ "Ana M. Ruiz" quoted more often than "Ana Maria Ruiz" is still shown spelt out."""
    names = [
        Name("Ana M. Ruiz", "person", 5),
        Name("Ana Maria Ruiz", "person", 1),
        Name("Ruiz", "person", 4),
    ]
    rows = speaker_rows(names)
    assert [r["name"] for r in rows] == ["Ana Maria Ruiz"]


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        # a tie: the full name; the spellings of one acronym vote together
        ([("E.U.", 1), ("European Union", 1)], "European Union"),
        ([("E.U.", 1), ("European Union", 2), ("EU", 1)], "European Union"),
        ([("E.U.", 1), ("European Union", 1), ("EU", 1)], "EU"),
        ([("E.U.", 1), ("EU", 1)], "EU"),
        ([("NATO", 3), ("North Atlantic Treaty Organization", 1)], "NATO"),
        ([("NATO", 1), ("North Atlantic Treaty Organization", 1), ("Nato", 1)], "NATO"),
        ([("Nato", 2), ("North Atlantic Treaty Organization", 1), ("NATO", 1)], "Nato"),
        # on a tie between spellings, the more careful one
        ([("Health ministry", 1), ("Health Ministry", 1), ("Ministry of Health", 1)], "Health Ministry"),
        ([("HEALTH MINISTRY", 1), ("Health Ministry", 1)], "Health Ministry"),
        # an article that defined the acronym and used it counts for the acronym when
        # other articles name the body by it, and else for the full name
        ([("CFA", 1), ("Coastal Fisheries Authority (CFA)", 2), ("Coastal Fisheries Authority", 2)], "CFA"),
        ([("Coastal Fisheries Authority (CFA)", 1)], "Coastal Fisheries Authority"),
    ],
)
def test_display_name_of_a_body(names: list[tuple[str, int]], shown: str) -> None:
    rows = speaker_rows([Name(t, "organization", c) for t, c in names])
    assert [r["name"] for r in rows] == [shown]


def test_a_key_takes_the_kind_most_of_its_quotes_carry() -> None:
    names = [
        Name("Okafor", "organization", 3),
        Name("Okafor", "person", 9),
        Name("Maria Okafor", "person", 5),
    ]
    assert group_names(names)["okafor"] == "maria okafor"
    assert group_names(names) == group_names(list(reversed(names)))


@pytest.mark.parametrize(
    ("names", "together"),
    [
        ([("Calloway", "organization"), ("Ines Calloway", "person")], True),
        ([("Von der Leyen", "organization"), ("Ursula von der Leyen", "person")], True),
        ([("Kowalska-Brandt", "organization"), ("Anna Kowalska-Brandt", "person")], True),
        ([("Pike", "organization"), ("Harold Pike III", "person")], True),
        ([("White House", "organization"), ("Ada White House", "person")], False),
        ([("Greywater Mining", "organization"), ("Tom Greywater Mining", "person")], False),
        # the name a person goes by, inside the long name, tagged ORG alone elsewhere
        ([("Zezinho", "organization"), ("José Zezinho Cardoso Lemos", "person")], True),
    ],
)
def test_a_surname_tagged_an_organisation_joins_the_person_it_ends(
    names: list[tuple[str, str]], together: bool
) -> None:
    """An article that names "Calloway" only (the model tags it ORG) and another that
    names "Ines Calloway": one person, one person row; bodies' names stay bodies."""
    assert (len(groups(*names)) == 1) is together
    rows = speaker_rows([Name(t, k, 1) for t, k in names])
    if together:
        assert [r["kind"] for r in rows] == ["person"]


def test_the_first_word_of_a_bodys_name_stays_a_body() -> None:
    """ "Fox" tagged ORG beside "Fox News" is the network's short name, not Lena Fox."""
    names = [Name("Fox", "organization", 1), Name("Lena Fox", "person", 1)]
    assert group_names(names)["fox"] == "lena fox"
    names.append(Name("Fox News", "organization", 1))
    assert group_names(names)["fox"] == "fox"


def test_a_name_its_mentions_or_counts_show_as_a_body_stays_one(tmp_path: Path) -> None:
    """ "the Guardian" (a newspaper) is not Mayor Don Guardian; "Israel", quoted more
    than Steve Israel, is the country; a bare "Okafor" tagged ORG is Maria Okafor."""
    names = [Name("Guardian", "organization", 1), Name("Don Guardian", "person", 5)]
    assert group_names(names)["guardian"] == "don guardian"
    assert group_names(names, evidence=Evidence(bodies={"guardian"}))["guardian"] == "guardian"
    names = [Name("Israel", "organization", 8), Name("Steve Israel", "person", 5)]
    assert group_names(names)["israel"] == "israel"

    def said(source: str, mention: str, speaker: str, kind: str) -> tuple[Article, list[Quote]]:
        text = f"{mention} said the river must be cleaned."
        quote = Quote(
            "indirect", Span(len(mention) + 6, len(text) - 1, text[len(mention) + 6 : -1]),
            speaker_mention=Span(0, len(mention), mention), speaker=speaker, speaker_kind=kind,
        )
        return Article(source, text, outlet="Gazette", published="2026-01-01"), [quote]

    with Store(tmp_path / "q.db") as store:
        store.save([
            said("a.txt", "Mayor Don Guardian", "Don Guardian", "person"),
            said("b.txt", "The Guardian", "Guardian", "organization"),
            said("c.txt", "Maria Okafor", "Maria Okafor", "person"),
            said("d.txt", "Okafor", "Okafor", "organization"),
        ])
        index.rebuild(store.db)
        rows = sorted(store.db.execute("select name, kind, quote_count from speakers"))
    assert rows == [
        ("Don Guardian", "person", 1), ("Guardian", "organization", 1), ("Maria Okafor", "person", 2)
    ]


def test_a_surname_quoted_twice_in_one_article_is_still_the_persons(tmp_path: Path) -> None:
    """ "Haddon" (tagged ORG) quoted twice in one article, "Mira Haddon" once in another:
    the surname was kept a body for being quoted more than the person. Articles count,
    not quotes: one article repeating a name says no more than one naming it once."""
    names = [Name("Haddon", "organization", 2, 1), Name("Mira Haddon", "person", 1, 1)]
    assert group_names(names)["haddon"] == "mira haddon"
    names = [Name("Israel", "organization", 8, 8), Name("Steve Israel", "person", 5, 5)]
    assert group_names(names)["israel"] == "israel"
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Army\n\n\u201cOur pilots are ready,\u201d Mira Haddon said.\n",
            "b.txt": "Drill\n\n\u201cThe exercise went to plan,\u201d Haddon said.\n\n"
            "\u201cNobody was hurt,\u201d Haddon said.\n",
        },
    )
    assert found == {"Mira Haddon": ("person", 3, 2)}, found


def test_two_bodies_spelling_one_acronym_leave_it_to_neither() -> None:
    names = [
        Name("Central Intelligence Agency", "organization", 3),
        Name("Coastal Infrastructure Agency", "organization", 2),
        Name("CIA", "organization", 5),
    ]
    assert len(set(group_names(names).values())) == 3
    names[0] = Name("Central Intelligence Agency", "organization", 30)  # far more quoted
    mapping = group_names(names)
    assert mapping["cia"] == mapping["central intelligence agency"] != mapping["coastal infrastructure agency"]


def test_a_short_company_name_joins_only_one_company_and_no_person() -> None:
    """ "Greywater said" is "Greywater Mining" of another article, unless a person's
    name ends in the word or two companies start with it."""
    g = groups(("Greywater", "person"), ("Greywater Mining", "organization"), ("Ada Greywater", "person"))
    assert {frozenset(v) for v in g.values()} == {
        frozenset({"greywater", "ada greywater"}), frozenset({"greywater mining"})
    }
    g = groups(("Greywater", "organization"), ("Greywater Mining", "organization"), ("Greywater Bank", "organization"))
    assert len(g) == 3
    rows = speaker_rows([Name("Greywater", "person", 5), Name("Greywater Mining", "organization", 1)])
    assert [(r["name"], r["kind"]) for r in rows] == [("Greywater Mining", "organization")]


def test_a_surname_a_title_gives_a_gender_joins_no_one_of_the_other() -> None:
    """ "Ms. Okafor" in one article is not "Daniel Okafor" of another; with "Maria Okafor"
    named too she is Maria, though two full names fit the bare surname."""
    names = [Name("Daniel Okafor", "person", 3), Name("Okafor", "person", 1)]
    assert group_names(names)["okafor"] == "daniel okafor"
    assert group_names(names, evidence=Evidence(genders={"okafor": "f"}))["okafor"] == "okafor"
    assert group_names(names, evidence=Evidence(genders={"okafor": "m"}))["okafor"] == "daniel okafor"
    names.append(Name("Maria Okafor", "person", 2))
    assert group_names(names, evidence=Evidence(genders={"okafor": "f"}))["okafor"] == "maria okafor"


def test_mentions_give_a_bare_surname_its_gender(tmp_path: Path) -> None:
    def said(source: str, mention: str, speaker: str) -> tuple[Article, list[Quote]]:
        text = f"{mention} said the river must be cleaned."
        quote = Quote(
            "indirect", Span(len(mention) + 6, len(text) - 1, text[len(mention) + 6 : -1]),
            speaker_mention=Span(0, len(mention), mention), speaker=speaker, speaker_kind="person",
        )
        return Article(source, text, outlet="Gazette", published="2026-01-01"), [quote]

    with Store(tmp_path / "q.db") as store:
        store.save([said("a.txt", "Daniel Okafor", "Daniel Okafor"), said("b.txt", "Ms. Okafor", "Okafor")])
        index.rebuild(store.db)
        rows = sorted(store.db.execute("select name, quote_count from speakers"))
    assert rows == [("Daniel Okafor", 1), ("Okafor", 1)]


def test_grouping_does_not_depend_on_order() -> None:
    names = [
        Name("Stoltenberg", "person", 3),
        Name("Jens Stoltenberg", "person", 1),
        Name("Nato", "organization", 2),
        Name("NATO", "organization", 5),
    ]
    assert group_names(names) == group_names(list(reversed(names)))


def test_overrides_merge_and_split(tmp_path: Path) -> None:
    yml = tmp_path / "speakers.yml"
    yml.write_text(
        "merge:\n  Maria Okafor: [Harbour Commissioner Okafor, M. Okafor-Reyes]\n"
        "split:\n  - Le Drian\n",
        encoding="utf-8",
    )
    ov = Overrides.load(yml)
    mapping = group_names(
        [
            Name("Maria Okafor", "person", 1),
            Name("M. Okafor-Reyes", "person", 1),
            Name("Le Drian", "person", 1),
            Name("Jean-Yves Le Drian", "person", 1),
        ],
        ov,
    )
    assert mapping["m okafor reyes"] == mapping["maria okafor"]
    assert mapping["le drian"] != mapping["jean yves le drian"]


def test_csv_overrides_need_a_name_column(tmp_path: Path) -> None:
    bad = tmp_path / "speakers.csv"
    bad.write_text("who,canonical\nx,y\n", encoding="utf-8")
    from quotes.errors import UsageError

    with pytest.raises(UsageError, match="name"):
        Overrides.load(bad)


ARTICLE_A = """Port talks collapse

Harbour Commissioner Maria Okafor said the port would close on Friday.

"We have no choice," Okafor said. The NTA said buses would run late.
"""

ARTICLE_B = """Ferries resume

"The channel is open again," said maria okafor, the harbour commissioner.

The Northfield Transit Authority (NTA) said it would add evening buses.
"""

ARTICLE_C = """Two Brandts

Councillor Daniel Brandt said the budget was fair.

Football coach Helga Brandt said the team would win on Sunday.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def speakers_of(db: Path) -> dict[str, tuple[str, int, int]]:
    conn = sqlite3.connect(db)
    rows = {
        name: (kind, quotes, articles)
        for name, kind, quotes, articles in conn.execute(
            "select name, kind, quote_count, article_count from speakers"
        )
    }
    conn.close()
    return rows


def extract_speakers(tmp_path: Path, articles: dict[str, str]) -> dict[str, tuple[str, int, int]]:
    """Run `quotes extract` over a folder of these articles into ``tmp_path/q.db`` and
    return its speaker rows (see `speakers_of`)."""
    db = tmp_path / "q.db"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        write(corpus, name, text)
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(db), "--silent"])
    assert result.exit_code == 0, result.output
    return speakers_of(db)


def test_one_speaker_row_per_person_across_articles(tmp_path: Path) -> None:
    found = extract_speakers(tmp_path, {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "c.txt": ARTICLE_C})
    okafor = [n for n in found if "okafor" in n.lower()]
    assert okafor == ["Maria Okafor"], found
    assert found["Maria Okafor"][2] == 2  # two articles
    assert "Daniel Brandt" in found and "Helga Brandt" in found
    nta = [n for n in found if n in ("NTA", "Northfield Transit Authority")]
    assert len(nta) == 1, found
    conn = sqlite3.connect(tmp_path / "q.db")
    roles = [r[0] for r in conn.execute("select role from speaker_roles")]
    conn.close()
    assert any("harbour commissioner" in r.lower() for r in roles), roles


def test_a_name_that_reports_of_itself_as_it_is_a_body_not_a_surname(tmp_path: Path) -> None:
    """ "Brisco said it would recall laptops" is the company, not the surname of the
    Martin Brisco another article quotes; "Jordan said it would reopen the crossing" is
    the country, not Paula Jordan's surname."""
    found = extract_speakers(tmp_path, {
        "a.txt": "Brisco said in a statement that it would recall 40,000 laptops.\n",
        "b.txt": '"I am proud of the team," said Martin Brisco, who founded the laptop maker in 1990.\n',
        "c.txt": '"The crossing will reopen," Paula Jordan, the aid coordinator, said.\n',
        "d.txt": "Jordan said on Monday that it would reopen the crossing to aid trucks.\n",
    })
    assert found["Martin Brisco"] == ("person", 1, 1), found
    assert found["Brisco"][0] == "organization", found
    assert found["Paula Jordan"] == ("person", 1, 1), found
    assert found["Jordan"][0] == "organization", found


def test_a_name_that_reports_what_it_has_done_with_an_irregular_verb_is_a_body(tmp_path: Path) -> None:
    """ "Velmar said it had sold its chip unit": "sold" is what "it" did as much as
    "recalled" is, so the name is a body, not Ada Velmar's surname."""
    found = extract_speakers(tmp_path, {
        "a.txt": "Velmar said on Monday that it had sold its chip unit.\n",
        "b.txt": '"I am proud of the chip team," said Ada Velmar, who led the unit until 2020.\n',
    })
    assert found["Ada Velmar"] == ("person", 1, 1), found
    assert found["Velmar"][0] == "organization", found


def test_a_company_named_after_its_founder_keeps_its_short_name(tmp_path: Path) -> None:
    """ "Orlek said it would cut 5,000 jobs" is the Orlek Technologies of another article,
    though a Michael Orlek is quoted too."""
    found = extract_speakers(tmp_path, {
        "a.txt": "Orlek said on Tuesday that it would cut 5,000 jobs.\n",
        "b.txt": '"We are investing in servers," Michael Orlek said on Wednesday.\n',
        "c.txt": "Orlek Technologies said on Thursday that its revenue rose.\n",
    })
    assert found["Michael Orlek"] == ("person", 1, 1), found
    orlek = [found[n] for n in ("Orlek", "Orlek Technologies") if n in found]
    assert orlek == [("organization", 2, 2)], found


def test_an_energy_company_keeps_its_short_name_beside_its_founder(tmp_path: Path) -> None:
    """ "Tervala said it would post a record profit" is the Tervala Energy of another
    article, though a Marius Tervala is quoted too (a company's "Energy", as "Mining")."""
    found = extract_speakers(tmp_path, {
        "a.txt": 'The founder\n\n"I built this from nothing," said Marius Tervala, who founded the firm.\n',
        "b.txt": "Prices rise again\n\nTervala Energy said on Monday that it would raise prices by 12 percent.\n",
        "c.txt": "Record profits\n\nTervala said in a statement that it would post a record profit.\n",
    })
    assert found["Marius Tervala"] == ("person", 1, 1), found
    tervala = [found[n] for n in ("Tervala", "Tervala Energy") if n in found]
    assert tervala == [("organization", 2, 2)], found


def test_a_bare_surname_joins_the_one_namesake_with_its_title(tmp_path: Path) -> None:
    """ "Sen. Okonjo" in one article, with a Senator Ada Okonjo and a Representative
    Emeka Okonjo in others: the title the bare surname carries picks the senator; with
    no title it would join neither."""
    found = extract_speakers(tmp_path, {
        "a.txt": "Senate vote\n\nSenator Ada Okonjo said the party must unite.\n",
        "b.txt": "House vote\n\nRepresentative Emeka Okonjo said he would vote for the budget.\n",
        "c.txt": "Bill fails\n\nSen. Okonjo said on Tuesday that she would oppose the bill.\n",
    })
    okonjos = sorted(n for n in found if "okonjo" in n.lower())
    assert okonjos == ["Ada Okonjo", "Emeka Okonjo"], found
    assert found["Ada Okonjo"] == ("person", 2, 2), found


LINKED_NAMES = {
    "a.txt": "Sarah Okonkwo, formerly Sarah Lindqvist, said on Monday that the library would close.\n",
    "b.txt": '"The library needs a new roof," Sarah Lindqvist said in 2019.\n',
    "c.txt": "The National Roads Agency (Rijkswegenbureau) said on Monday that the motorway would reopen.\n",
    "d.txt": "Rijkswegenbureau said on Tuesday that the repairs had cost 4 million euros.\n",
    "e.txt": '"We never met," Sarah Brook said.\n',
    "f.txt": '"The roof is fixed," Sarah Lindqvist said in 2020.\n',
}


def test_names_an_article_links_are_one_speaker(tmp_path: Path) -> None:
    """A former name ("formerly Sarah Lindqvist") or a body's other name in brackets
    ("(Rijkswegenbureau)") joins the row other articles file under it; the same first
    name with another surname unlinked stays apart."""
    found = extract_speakers(tmp_path, LINKED_NAMES)
    sarah = [found[n] for n in ("Sarah Okonkwo", "Sarah Lindqvist") if n in found]
    assert sarah == [("person", 3, 3)], found
    roads = [found[n] for n in ("National Roads Agency", "Rijkswegenbureau") if n in found]
    assert roads == [("organization", 2, 2)], found
    assert found["Sarah Brook"] == ("person", 1, 1), found


def test_linked_names_group_alike_article_by_article(tmp_path: Path) -> None:
    """The linking article arriving after the others (index.update) gives the rows a
    run over all of them gives, and re-running it changes nothing."""
    together = extract_speakers(tmp_path, LINKED_NAMES)
    db = tmp_path / "one.db"
    for name in ("d.txt", "b.txt", "e.txt", "c.txt", "a.txt", "f.txt", "a.txt"):
        path = write(tmp_path, f"x-{name}", LINKED_NAMES[name])
        result = CliRunner().invoke(cli, ["extract", str(path), "--db", str(db), "--silent"])
        assert result.exit_code == 0, result.output
    assert speakers_of(db) == together


@pytest.mark.parametrize(
    ("text", "name", "kind", "links"),
    [
        ("Sarah Okonkwo (née Lindqvist) said.", "Sarah Okonkwo", "person", [("Sarah Okonkwo", "Sarah Lindqvist")]),
        ("Robert Mason, known as Bob, said.", "Robert Mason", "person", [("Robert Mason", "Bob Mason")]),
        ("Sarah Lindqvist, now Sarah Okonkwo, said.", "Sarah Lindqvist", "person",
         [("Sarah Lindqvist", "Sarah Okonkwo")]),
        ("Ana Ruiz, now 54, said.", "Ana Ruiz", "person", []),
        ("Maren Holt, who skated as Maren Dahl, said.", "Maren Holt", "person", [("Maren Holt", "Maren Dahl")]),
        ("Ottilie Brandt, who rowed as Ottilie Sandgren, said.", "Ottilie Brandt", "person",
         [("Ottilie Brandt", "Ottilie Sandgren")]),
        ("Ines Coutinho, who starred as Ines Maral, said.", "Ines Coutinho", "person",
         [("Ines Coutinho", "Ines Maral")]),
        ("Ana Ruiz, who served as Deputy Mayor, said.", "Ana Ruiz", "person", []),  # an office
        ("Ana Ruiz, now Mayor of Harlow, said.", "Ana Ruiz", "person", []),
        ("Odile Marchand (Greens) said.", "Odile Marchand", "person", []),  # a party
        ("Ana Ruiz, formerly Deputy Mayor, said.", "Ana Ruiz", "person", []),  # a title
        # a married woman's name before her marriage, her first name written again
        ("Eleanor Tregunna, the former Eleanor Maddrell, said.", "Eleanor Tregunna", "person",
         [("Eleanor Tregunna", "Eleanor Maddrell")]),
        ("Ana Ruiz, the former Harlow captain, said.", "Ana Ruiz", "person", []),  # a role
        ("Philippa Ormerod, who was Philippa Nwosu until her marriage, said.", "Philippa Ormerod", "person",
         [("Philippa Ormerod", "Philippa Nwosu")]),
        ("Ana Ruiz, who was Harlow's captain, said.", "Ana Ruiz", "person", []),  # no marriage
        ("Ana Ruiz, the former Ana, said.", "Ana Ruiz", "person", []),
        ("The Coastal Fisheries Authority (CFA) said.", "Coastal Fisheries Authority", "organization", []),
        ("Greywater Mining (Norway) said.", "Greywater Mining", "organization", []),  # a place
        # the speaker is the acronym, spoken as a word, that the article defines
        ("The Food Standards Directorate (Fosdir) recalled eggs. Fosdir said.", "Fosdir", "organization",
         [("Fosdir", "Food Standards Directorate")]),
        ("Harlow Town (Hartown) said.", "Hartown", "organization", [("Hartown", "Harlow Town")]),
        ("The Ostland Times (Britain) said.", "Britain", "organization", []),
    ],
)
def test_name_links(text: str, name: str, kind: str, links: list[tuple[str, str]]) -> None:
    from quotes.store import name_links

    quote = Quote("indirect", Span(0, 1, text[:1]), speaker=name, speaker_kind=kind)
    assert name_links(text, [quote]) == links


def test_update_regroups_the_names_an_article_linked() -> None:
    names = [Name("Sarah Okonkwo", "person", 1), Name("Sarah Lindqvist", "person", 2)]
    links = [("sarah okonkwo", "sarah lindqvist")]
    assert "sarah okonkwo" in index._closure(names, {"sarah lindqvist"}, Overrides(), links)


def test_a_role_written_as_a_title_and_as_an_apposition_is_one_role(tmp_path: Path) -> None:
    """ "Prime Minister Petra Holm said" and "said Petra Holm, the prime minister" give one
    row of her role history, beside the other role she held."""
    extract_speakers(tmp_path, {
        "a.txt": "Finance Minister Petra Holm said on Monday that taxes would not rise.\n",
        "b.txt": "Prime Minister Petra Holm said on Friday that the coalition would hold.\n",
        "c.txt": '"We will stay the course," said Petra Holm, the prime minister.\n',
    })
    conn = sqlite3.connect(tmp_path / "q.db")
    roles = sorted(r.lower() for (r,) in conn.execute("select role from speaker_roles"))
    role = conn.execute("select role from speakers where name = 'Petra Holm'").fetchone()[0]
    conn.close()
    assert roles == ["finance minister", "prime minister"]
    assert role == "prime minister"


HALVORSEN_ARTICLES = {
    "a.txt": "Alliance chief warns\n\nNATO chief Jens Halvorsen said on Monday that the alliance "
    'would defend every member.\n\n"We will not be intimidated," Halvorsen said.\n',
    "b.txt": "Summit ends\n\nNATO Secretary General Jens Halvorsen arrived in Vilnius on Tuesday."
    "\n\nMr. Halvorsen said the allies had agreed to raise spending.\n",
    "c.txt": "Budget row\n\nFinance Minister Kari Halvorsen said the budget would be balanced."
    '\n\n"There is no room for new spending," she said. Halvorsen added that taxes would not rise.\n',
    "d.txt": "Defence spending\n\nJens Halvorsen, the NATO secretary general, said members must "
    "spend more. Kari Halvorsen, Norway's finance minister, said Norway would pay its share."
    "\n\nThe alliance said the exercise was routine.\n",
}


def test_two_people_sharing_a_surname_across_articles(tmp_path: Path) -> None:
    """ "Halvorsen", "Mr. Halvorsen", "NATO chief Jens Halvorsen" are one person in each
    article; Kari Halvorsen stays another; "the alliance" is NATO, not Norway."""
    found = extract_speakers(tmp_path, HALVORSEN_ARTICLES)
    halvorsens = sorted(n for n in found if "halvorsen" in n.lower())
    assert halvorsens == ["Jens Halvorsen", "Kari Halvorsen"], found
    assert found["Jens Halvorsen"][:3] == ("person", 4, 3), found
    assert found["Kari Halvorsen"][:3] == ("person", 4, 2), found
    assert found.get("NATO", ("",))[0] == "organization", found
    assert "Norway" not in found, found


def test_a_dotless_i_and_a_plain_i_are_one_speaker_across_articles(tmp_path: Path) -> None:
    """Turkish "ı" has no Unicode decomposition: "Yıldız Aksoy" in one article and the
    plain-ASCII "Yildiz Aksoy" in another were two speaker rows."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Ferry\n\n\u201cThe ferry strike is over,\u201d Yıldız Aksoy said.\n",
            "b.txt": "Port\n\n\u201cWorkers got what they asked for,\u201d Yildiz Aksoy said.\n",
        },
    )
    aksoys = [n for n in found if "aksoy" in n.lower()]
    assert len(aksoys) == 1, found
    assert found[aksoys[0]] == ("person", 2, 2), found


def test_a_nickname_the_text_gives_joins_the_name_across_articles(tmp_path: Path) -> None:
    """'Eleanor "Nell" Voss' in one article and "Nell Voss" in another: the text itself
    says she goes by Nell, so both are one speaker row (no nickname list knows "Nell"
    for "Eleanor"); another Voss stays apart."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": 'Ferry\n\nEleanor "Nell" Voss said the ferry would run every hour.\n',
            "b.txt": "Island\n\n\u201cIslanders have waited long enough,\u201d Nell Voss said.\n",
            "c.txt": "Port\n\n\u201cThe harbour needs dredging,\u201d Mark Voss said.\n",
        },
    )
    vosses = sorted(n for n in found if "voss" in n.lower())
    assert len(vosses) == 2 and "Mark Voss" in vosses, found
    nell = next(n for n in vosses if n != "Mark Voss")
    assert found[nell] == ("person", 2, 2), found


def test_a_nickname_before_a_hyphenated_surname_joins_the_name_across_articles(tmp_path: Path) -> None:
    """'Leopoldo "Polo" Arrieta-Vance' and "Polo Arrieta-Vance": the hyphenated surname is
    two words of the key, so the short form is three words; still the nickname the text
    gives, one speaker row."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": 'Gym\n\nLeopoldo "Polo" Arrieta-Vance has run the gym for years.\n\n'
            "\u201cWe open at dawn,\u201d Arrieta-Vance said.\n",
            "b.txt": "Ring\n\nPolo Arrieta-Vance said the ropes were worn.\n\n"
            "\u201cThe ring needs new ropes,\u201d Arrieta-Vance said.\n",
        },
    )
    vances = sorted(n for n in found if "arrieta" in n.lower())
    assert len(vances) == 1 and found[vances[0]][2] == 2, found


@pytest.mark.parametrize(
    ("short", "full", "fits"),
    [
        ("Polo Arrieta-Vance", 'Leopoldo "Polo" Arrieta-Vance', True),
        ("Nino Arrieta-Vance", 'Leopoldo "Polo" Arrieta-Vance', False),
    ],
)
def test_a_nickname_the_text_gives_fits_before_a_hyphenated_surname(short: str, full: str, fits: bool) -> None:
    """A hyphenated surname is two words of the key: the nickname the text gives plus
    the whole surname ("Polo Arrieta-Vance") is a short form; another first word is not."""
    assert person_fits(speaker_key(short), speaker_key(full)) is fits


def test_a_suffixed_name_is_one_speaker_and_other_generations_stay_apart(tmp_path: Path) -> None:
    """ "Otis Brennan Jr." was stored as "Brennan Jr." (the model tagged no first name)
    and "Otis Brennan, Jr." as "Otis Brennan" (the suffix cut at the comma): one man in
    two rows, each under a wrong name. He is one row under his full name; "Sr." and "III"
    are other people, and the bare "Brennan" that fits all three joins none."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Farm\n\n\u201cThe farm will pass to my son,\u201d Otis Brennan, Jr. said.\n",
            "b.txt": "Milk\n\n\u201cMilk prices are too low,\u201d Otis Brennan Jr. said.\n",
            "c.txt": "Heir\n\n\u201cI am ready to run the farm,\u201d Otis Brennan III said.\n",
            "d.txt": "Founder\n\n\u201cI started the farm in 1970,\u201d Otis Brennan Sr. said.\n",
            "e.txt": "Prices\n\n\u201cNobody listens to farmers,\u201d Brennan said.\n",
        },
    )
    assert found["Otis Brennan Jr."] == ("person", 2, 2), found
    assert found["Otis Brennan III"] == ("person", 1, 1), found
    assert found["Otis Brennan Sr."] == ("person", 1, 1), found
    assert found["Brennan"] == ("person", 1, 1), found


def test_an_acronym_joins_only_the_body_its_article_defined(tmp_path: Path) -> None:
    """Two bodies each defined as "PWB" in their own article were one row named "PWB"
    (the resolver named both by the acronym): each is its own row under its full name,
    and a bare "PWB" a third article never defines joins neither of them."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Water\n\nThe Pellham Water Board (PWB) met on Monday.\n\n"
            "\u201cPrices will rise,\u201d the PWB said.\n",
            "b.txt": "Docks\n\nThe Port Workers Brotherhood (PWB) met on Monday.\n\n"
            "\u201cThe strike will start in May,\u201d the PWB said.\n",
            "c.txt": "Notes\n\n\u201cWe have no comment,\u201d the PWB said.\n",
        },
    )
    assert found["Pellham Water Board"] == ("organization", 1, 1), found
    assert found["Port Workers Brotherhood"] == ("organization", 1, 1), found
    assert found["PWB"] == ("organization", 1, 1), found


def test_a_defined_acronym_and_its_bare_use_elsewhere_are_one_row(tmp_path: Path) -> None:
    """One body defined as "PWB" in one article and called "the PWB" in another: one row,
    under the full name the first article wrote out (a tie goes to the full name)."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Water\n\nThe Pellham Water Board (PWB) met on Monday.\n\n"
            "\u201cPrices will rise,\u201d the Pellham Water Board said.\n",
            "b.txt": "Notes\n\n\u201cPipes will be replaced,\u201d the PWB said.\n",
        },
    )
    assert found == {"Pellham Water Board": ("organization", 2, 2)}, found


def test_a_nickname_given_before_a_quote_joins_the_name_across_articles(tmp_path: Path) -> None:
    """'"...," William "Bill" Tandy said': the nickname's marks were read as a quotation,
    the quote before it was lost and "Bill Tandy" of another article stood alone."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": 'Ferry\n\n\u201cThe ferry will run every hour,\u201d Wilhelmina "Mina" Dorsett said.\n',
            "b.txt": "Island\n\n\u201cIslanders have waited long enough,\u201d Mina Dorsett said.\n",
        },
    )
    assert list(found.values()) == [("person", 2, 2)], found


def test_a_body_with_accents_written_or_not_is_one_speaker_across_articles(tmp_path: Path) -> None:
    """ "the Société Minière du Nord" was stored as "Nord" (the model tagged two bodies
    around "du"), and "Societe Miniere du Nord" tagged a work had no speaker at all."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Mines\n\n\u201cThe mine will reopen,\u201d the Société Minière du Nord said.\n",
            "b.txt": "Output\n\n\u201cOutput will double,\u201d Societe Miniere du Nord said.\n",
        },
    )
    assert list(found.values()) == [("organization", 2, 2)], found
    assert "Nord" not in found


def test_two_legal_forms_of_one_company_are_one_speaker_across_articles(tmp_path: Path) -> None:
    """ "Halvard Motor Co." in one article, "Halvard Motor Company" in another and no
    bare "Halvard Motor" anywhere: one body, one speaker row."""
    found = extract_speakers(
        tmp_path,
        {
            "a.txt": "Cars\n\n\u201cSales rose by a fifth,\u201d Halvard Motor Co. said.\n",
            "b.txt": "Jobs\n\n\u201cWe will hire 300 workers,\u201d Halvard Motor Company said.\n",
        },
    )
    halvards = [n for n in found if "halvard" in n.lower()]
    assert len(halvards) == 1, found
    assert found[halvards[0]] == ("organization", 2, 2), found


def test_an_ampersand_and_and_are_one_speaker_across_articles(tmp_path: Path) -> None:
    """ "Halden & Rusk" in one outlet's style, "Halden and Rusk" in another's: one firm,
    one row, stored one article at a time as `quotes extract` does."""

    def said(source: str, firm: str) -> tuple[Article, list[Quote]]:
        text = f"{firm} said the contract was void."
        quote = Quote(
            "indirect", Span(len(firm) + 6, len(text) - 1, text[len(firm) + 6 : -1]),
            speaker_mention=Span(0, len(firm), firm), speaker=firm, speaker_kind="organization",
        )
        return Article(source, text, outlet="Gazette", published="2026-01-01"), [quote]

    with Store(tmp_path / "q.db") as store:
        store.save([said("a.txt", "Halden & Rusk")])
        store.save([said("b.txt", "Halden and Rusk")])
        index.rebuild(store.db)
        rows = sorted(store.db.execute("select kind, quote_count, article_count from speakers"))
    assert rows == [("organization", 2, 2)], rows


def test_ids_do_not_depend_on_article_order(tmp_path: Path) -> None:
    ids = []
    for order in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
        db = tmp_path / f"{order[0]}.db"
        for name in order:
            path = write(tmp_path, name, ARTICLE_A if name == "a.txt" else ARTICLE_B)
            CliRunner().invoke(cli, ["extract", str(path), "--db", str(db), "--silent"])
        conn = sqlite3.connect(db)
        ids.append(sorted(conn.execute("select id, name from speakers")))
        conn.close()
    assert ids[0] == ids[1]


def test_speakers_command_lists_and_filters(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    path = write(tmp_path, "a.txt", ARTICLE_A)
    CliRunner().invoke(cli, ["extract", str(path), "--db", str(db), "--silent"])
    out = CliRunner().invoke(cli, ["speakers", "--db", str(db), "--kind", "person", "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [r["name"] for r in rows] == ["Maria Okafor"]
    assert all(r["kind"] == "person" for r in rows)


def test_override_file_is_applied(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    path = write(tmp_path, "c.txt", ARTICLE_C)
    over = write(
        tmp_path,
        "speakers.csv",
        "name,canonical,wikidata\nDaniel Brandt,Daniel J. Brandt,Q123\n",
    )
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--db", str(db), "--silent", "--speakers", str(over)]
    )
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    row = conn.execute(
        "select name, wikidata from speakers where name like 'Daniel%'"
    ).fetchone()
    conn.close()
    assert row == ("Daniel J. Brandt", "Q123")


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/eval/seeds absent")
def test_seeds_speaker_table_matches_gold(tmp_path: Path) -> None:
    """Every required gold speaker is in the index; no duplicates of them beside them."""
    from quotes.store import speaker_key

    db = tmp_path / "seeds.db"
    CliRunner().invoke(cli, ["extract", str(SEEDS / "text"), "--db", str(db), "--silent"])
    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines()]
    required = {speaker_key(g["speaker"]) for g in gold if not g["optional"]}
    allowed = {speaker_key(g["speaker"]) for g in gold}
    found = {speaker_key(n) for n in speakers_of(db)}
    assert required <= found, required - found
    assert found <= allowed, found - allowed


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("merge:\n  - Ann Lee\n", "'merge' must map each canonical name to its spellings"),
        ("merge:\n  Ann Lee: {A. Lee: 1}\n", "merge entry 'Ann Lee' must list names"),
        ("split: 7\n", "'split' must be a list"),
        ("speakers: Ann Lee\n", "'speakers' must be a list"),
        # A RecursionError traceback from PyYAML.
        ("merge: " + "[" * 50_000 + "]" * 50_000 + "\n", "not valid YAML: nested too deeply"),
    ],
)
def test_overrides_of_the_wrong_shape_are_named(tmp_path: Path, content: str, message: str) -> None:
    """A list where a mapping belongs raised AttributeError (a traceback from the CLI)."""
    from quotes.errors import UsageError

    path = tmp_path / "speakers.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        Overrides.load(path)


_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_overrides_file_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    """Reading a FIFO blocked the run for ever, waiting for a writer."""
    from quotes.errors import UsageError

    path = tmp_path / "s.yml"
    os.mkfifo(path)
    with pytest.raises(UsageError, match=r"s\.yml: speaker overrides: not a regular file"):
        Overrides.load(path)


def test_overrides_that_are_not_utf8_name_the_file(tmp_path: Path) -> None:
    from quotes.errors import UsageError

    path = tmp_path / "speakers.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\nname,canonical\n")
    with pytest.raises(UsageError, match=r"speakers\.csv: speaker overrides are not UTF-8"):
        Overrides.load(path)
    path.write_bytes(b"\xef\xbb\xbfname,canonical\nA. Lee,Ann Lee\n")  # BOM, as Excel writes
    assert Overrides.load(path).merge["a lee"] == "Ann Lee"


@pytest.mark.parametrize("dated", [True, False])
def test_speaker_role_is_the_one_most_quotes_give(tmp_path: Path, dated: bool) -> None:
    """One quote's stray description does not stand for the person: the role most of the
    speaker's quotes give wins, dated or not (without dates the alphabetically first
    used to); every role stays in speaker_roles."""
    roles = ["harbour commissioner", "harbour commissioner", "harbour commissioner", "able candidate"]
    items = []
    for i, role in enumerate(roles):
        text = f"Article {i}. " + "word " * 20
        quote = Quote("direct", Span(0, 7, text[:7]), speaker="Ines Calloway", speaker_kind="person", role=role)
        published = f"2026-0{i + 1}-01" if dated else None
        items.append((Article(f"a{i}.txt", text, outlet="Gazette", published=published), [quote]))
    with Store(tmp_path / "q.db") as store:
        store.save(items)
        index.rebuild(store.db)
        rows = store.db.execute("select role from speakers where name = 'Ines Calloway'").fetchall()
        assert rows == [("harbour commissioner",)]
        kept = {r[0] for r in store.db.execute("select role from speaker_roles")}
        assert kept == set(roles)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # Each was accepted silently: a bogus action taken as a merge, a kind or id stored.
        ("s.csv", "name,canonical,action\nA. Voss,Ada Voss,merge\nB,Bo,obliterate\n",
         r"s\.csv:3: action 'obliterate' is not merge or split"),
        ("s.csv", "name,kind\nAda Voss,org\n", r"s\.csv:2: kind 'org' is not person"),
        ("s.csv", "name,wikidata\nAda Voss,https://x\n", r"s\.csv:2: wikidata 'https://x' is not"),
        ("s.yml", "speakers:\n  - {name: Ada Voss}\n  - just a string\n",
         r"s\.yml: speakers entry 2 needs a 'name'"),
        ("s.yml", "speakers:\n  - {name: Ada Voss, wikidata: [1]}\n",
         r"s\.yml: speakers entry 1: wikidata \[1\] is not"),
        # Lists inside a merge list were stored as their str() ("['A. Voss']"), silently.
        ("s.yml", "merge:\n  Ada Voss: [[A. Voss], {x: 1}]\n", r"merge entry 'Ada Voss' must list"),
        ("s.yml", "split:\n  - [Le, Drian]\n", r"split entry 1 is not a name"),
        # An alias bomb: str() of 9**9 nested items never ended (the run hung).
        ("s.yml", _LAUGHS + "merge:\n  Ada Voss: *i\n", r"merge entry 'Ada Voss' must list"),
        ("s.yml", _LAUGHS + "split: *i\n", r"split entry 1 is not a name"),
        ("s.yml", _LAUGHS + "speakers:\n  - {name: *i}\n", r"speakers entry 1 needs a 'name'"),
        # csv's field size limit raised csv.Error: a traceback from the CLI.
        ("s.csv", 'name,canonical\n"' + "A" * 200_000 + '",Ada Voss\n', r"s\.csv:\d+: malformed CSV"),
        # A NUL went into the speaker's name, silently.
        ("s.csv", "name,canonical\nA.\x00Voss,Ada Voss\n", r"s\.csv: speaker overrides: NUL byte at line 2"),
    ],
)
def test_overrides_with_bad_values_name_the_row(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    from quotes.errors import UsageError

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        Overrides.load(path)


def test_overrides_values_are_read_whatever_their_case(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "name,canonical,action,kind,wikidata\nNTA,Harbour Transit,Merge,Organization, Q42\n"
        "Le Drian,,SPLIT,,\n",
        encoding="utf-8",
    )
    ov = Overrides.load(path)
    assert ov.merge["nta"] == "Harbour Transit"
    assert ov.kinds == {"harbour transit": "organization"}
    assert ov.wikidata == {"harbour transit": "Q42"}
    assert "le drian" in ov.split


TITLED_SURNAME = {
    "a.txt": "Governor Halvard Ostrem signed the budget on Monday.\n\n"
    "\u201cThe books are balanced,\u201d Ostrem said.\n",
    "b.txt": "Governor Ostrem toured a flooded farm on Friday.\n\n"
    "\u201cWe will rebuild every road,\u201d the governor said.\n",
    "c.txt": "Dr. Ottilie Ostrem opened a clinic in the valley.\n\n"
    "\u201cNobody should drive two hours to see a doctor,\u201d Ottilie Ostrem said.\n",
}


def test_a_bare_surname_joins_the_one_whose_title_introduced_it(tmp_path: Path) -> None:
    """ "Governor Ostrem ... the governor said" in an article naming no first name: the
    bare "Ostrem" fits two full names, and joins the one a title introduced the same way
    ("Governor Halvard Ostrem"), not the doctor."""
    found = extract_speakers(tmp_path, TITLED_SURNAME)
    assert "Ostrem" not in found, found
    assert found["Halvard Ostrem"] == ("person", 2, 2), found
    assert found["Ottilie Ostrem"] == ("person", 1, 1), found
