"""The cross-article speaker index: one ``speakers`` row per real-world speaker.

Within an article, ``quotes.resolve`` already turned "he" and "Stoltenberg" into the name
the article uses. Across articles the same person still arrives under several names:
"Nato" and "NATO", "Le Drian" and "Jean-Yves Le Drian", "J. Stoltenberg". This module
groups those names and gives each group one stable id.

The grouping is a pure function of the set of names in the database (and the user's
override file), never of the order articles arrived in: re-running gives the same ids.
It reads one row per distinct (name, kind), not per quote, so it stays cheap.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from quotes import lexicon, namedata
from quotes.errors import DatabaseError, UsageError
from quotes.models import readable, stable_id
from quotes.store import (
    SPEAKER_ROLE_SQL,
    check_undamaged,
    defined_acronym,
    one_line,
    speaker_key,
)


@dataclass
class Overrides:
    """User corrections applied on every run.

    ``merge`` maps a name (any spelling) to the canonical name it belongs to; ``split``
    lists names that must stay apart from everything they would otherwise merge with;
    ``wikidata`` maps canonical names to Wikidata ids.
    """

    merge: dict[str, str] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)
    wikidata: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None) -> Overrides:
        """Read YAML (``merge:``/``split:``/``speakers:``) or CSV (``name,canonical,...``)."""
        if path is None:
            return cls()
        path = Path(path)
        if path.exists() and not path.is_dir() and not path.is_file():
            # A FIFO would block the run waiting for a writer that never comes.
            raise UsageError(f"{path}: speaker overrides: not a regular file (a pipe or device)")
        try:
            raw = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UsageError(f"{path}: cannot read speaker overrides: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise UsageError(
                f"{path}: speaker overrides are not UTF-8 text (byte {exc.start})"
            ) from exc
        if "\x00" in raw:  # csv reads NULs into the names; no text file holds them
            line = raw.count("\n", 0, raw.index("\x00")) + 1
            raise UsageError(f"{path}: speaker overrides: NUL byte at line {line}, not text")
        if path.suffix.lower() == ".csv":
            rows = csv.DictReader(raw.splitlines())
            try:
                return cls._from_rows(rows, path)
            except csv.Error as exc:  # a cell over csv's field size limit, say
                raise UsageError(f"{path}:{rows.line_num}: malformed CSV: {exc}") from None
        import yaml

        try:
            data = yaml.safe_load(raw) or {}
        except yaml.YAMLError as exc:
            raise UsageError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from exc
        except RecursionError:  # `[[[[...` thousands deep: PyYAML recurses per level
            raise UsageError(f"{path}: not valid YAML: nested too deeply") from None
        if not isinstance(data, dict):
            raise UsageError(f"{path}: expected a mapping with merge/split/speakers")
        merge, split, rows = data.get("merge") or {}, data.get("split") or [], data.get("speakers") or []
        # A wrong shape is named, not a traceback: `merge:` maps canonical names to their
        # spellings, `split:` and `speakers:` are lists.
        if not isinstance(merge, dict):
            raise UsageError(f"{path}: 'merge' must map each canonical name to its spellings")
        if not isinstance(split, list) or not isinstance(rows, list):
            key = "split" if not isinstance(split, list) else "speakers"
            raise UsageError(f"{path}: '{key}' must be a list")
        out = cls()
        for canonical, names in merge.items():
            names = [names] if isinstance(names, (str, int, float)) else names or []
            if not isinstance(names, list) or not all(map(_is_name, [canonical, *names])):
                raise UsageError(f"{path}: merge entry {_short(canonical)} must list names")
            for name in names:
                out.merge[speaker_key(str(name))] = str(canonical)
            out.merge[speaker_key(str(canonical))] = str(canonical)
        for number, name in enumerate(split, 1):
            # A list or mapping is no name; str() of a YAML alias bomb would never end.
            if not _is_name(name):
                raise UsageError(f"{path}: split entry {number} is not a name")
            out.split.add(speaker_key(str(name)))
        for number, row in enumerate(rows, 1):
            if not isinstance(row, dict) or not row.get("name") or not _is_name(row["name"]):
                raise UsageError(f"{path}: speakers entry {number} needs a 'name'")
            out._add_checked(row, f"{path}: speakers entry {number}")
        return out

    @classmethod
    def _from_rows(cls, rows: csv.DictReader, path: Path) -> Overrides:
        out = cls()
        for row in rows:
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            if not row.get("name"):
                raise UsageError(f"{path}: every row needs a 'name' column")
            out._add_checked(row, f"{path}:{rows.line_num}")
        return out

    def _add_checked(self, row: dict, where: str) -> None:
        """Add one speaker row, or name the row whose action, kind or Wikidata id is not
        one this file may hold: a typo ('obliterate', 'org') used to be taken as a merge
        or stored as the speaker's kind, silently."""
        problem = _row_problem(row)
        if problem:
            raise UsageError(f"{where}: {problem}")
        self._add_row(row)

    def _add_row(self, row: dict) -> None:
        name = str(row["name"])
        canonical = str(row.get("canonical") or name)
        action = str(row.get("action") or "merge").lower()
        if action == "split":
            self.split.add(speaker_key(name))
        else:
            self.merge[speaker_key(name)] = canonical
            self.merge.setdefault(speaker_key(canonical), canonical)
        if row.get("wikidata"):
            self.wikidata[speaker_key(canonical)] = str(row["wikidata"]).strip()
        if row.get("kind"):
            self.kinds[speaker_key(canonical)] = str(row["kind"]).strip().lower()


def _is_name(value: object) -> bool:
    """A YAML scalar that can be a speaker's name (not a list, mapping or null)."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _short(value: object) -> str:
    """A bounded repr for messages: a key may be an anchor-expanded structure."""
    text = repr(value) if _is_name(value) else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


_ACTIONS = ("merge", "split")
_KINDS = ("person", "organization", "unnamed")
_WIKIDATA_ID = re.compile(r"Q[1-9]\d*")


def _row_problem(row: dict) -> str | None:
    """What is wrong with one overrides row (action, kind, Wikidata id), or None."""
    action = str(row.get("action") or "merge").strip().lower()
    if action not in _ACTIONS:
        return f"action {row.get('action')!r} is not merge or split"
    kind = row.get("kind")
    if kind and str(kind).strip().lower() not in _KINDS:
        return f"kind {kind!r} is not person, organization or unnamed"
    wikidata = row.get("wikidata")
    if wikidata and not (isinstance(wikidata, str) and _WIKIDATA_ID.fullmatch(wikidata.strip())):
        return f"wikidata {wikidata!r} is not a Wikidata id like Q57221"
    return None


@dataclass
class Name:
    """One spelling of a speaker as articles wrote it, with how often it was used: in how
    many quotes, and in how many articles (0 when not known: the quotes then stand in)."""

    text: str
    kind: str
    count: int
    articles: int = 0

    @property
    def key(self) -> str:
        return speaker_key(self.text)


def group_names(
    names: list[Name], overrides: Overrides | None = None, evidence: Evidence | None = None
) -> dict[str, str]:
    """Map every name key to the key of its group's canonical name.

    ``evidence`` (see :func:`mention_evidence`): a bare surname that its mentions give a
    gender ("Ms. Okafor") never joins a full name whose first name is clearly of the
    other ("Daniel Okafor"); a name its mentions show as a body stays one.

    Persons: a surname alone, an initial ("J. Stoltenberg") or a trailing part of a name
    ("Le Drian") joins the one full name it fits; when two full names fit (two Brandts),
    it joins neither. Organisations: spellings that share a key meet; a full name joins
    the acronym it spells ("North Atlantic Treaty Organization" -> "NATO").
    """
    overrides = overrides or Overrides()
    parent: dict[str, str] = {n.key: n.key for n in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # The longer (fuller) key becomes the root; ties alphabetically.
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k.split()), -len(k), k))
            parent[drop] = keep

    # One kind per key (key_kinds), whatever the order the names arrive in.
    evidence = evidence or Evidence()
    genders = evidence.genders
    kinds = key_kinds(names, evidence.bodies, evidence.speaks_as_it)
    persons = sorted({n.key for n in names if kinds[n.key] == "person"})
    # A name only ever fits a full name with the same last word (person_fits): compare
    # within those buckets, not every name with every full name.
    full_by_last: dict[str, list[str]] = defaultdict(list)
    full_by_first: dict[str, list[str]] = defaultdict(list)  # "xi" -> ["xi jinping"]
    unsuffixed = _unsuffixed(persons)  # "joseph r biden jr" -> "joseph r biden"
    for k in persons:
        words = unsuffixed.get(k, k).split()
        if len(words) >= 2:
            full_by_last[words[-1]].append(k)
            if words[0] in lexicon.FAMILY_FIRST_SURNAMES:
                full_by_first[words[0]].append(k)
    # "carlos ibarra mendoza" also under "ibarra": written as three or four words, with no
    # hyphen or suffix, it may be a given name and two surnames (`_double_surname_fits`)
    # "luiz inacio lula da silva" also under "lula": a word inside a long name, which the
    # person may go by (`inner_names`), for a one-word name no full name ends in
    full_by_inner: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if kinds[n.key] == "person":
            for inner in inner_names(n.text):
                full_by_inner[speaker_key(inner)].add(n.key)
    double_surnamed = {n.key for n in names if _double_surnamed(n.text)}
    for k in sorted(double_surnamed & set(persons)):
        full_by_last[k.split()[-2]].append(k)
    ambiguous: list[tuple[str, list[str]]] = []
    for key in persons:
        if key in overrides.split or not key.split():
            continue
        candidates = full_by_last.get(key.split()[-1], [])
        fits = [
            f
            for f in candidates
            if f != key and f not in overrides.split and (
                person_fits(key, unsuffixed.get(f, f))
                or f in double_surnamed and _double_surname_fits(key, f)
            )
        ]
        if len(key.split()) == 1:
            # "Xi" for "Xi Jinping": a family name written first fits the full name too.
            fits += [f for f in full_by_first.get(key, []) if f not in overrides.split and f not in fits]
        if len(key.split()) == 1 and not fits:
            # "Lula" for "Luiz Inacio Lula da Silva", when no full name ends in it
            fits = sorted(f for f in full_by_inner.get(key, ()) if f != key and f not in overrides.split)
        if key in genders:
            fits = [f for f in fits if _first_name_gender(f) in (None, genders[key])]
        # Only the longest candidates count: "le drian" fits "jean yves le drian" and
        # "yves le drian"; both are one person when the shorter fits the longer.
        fits = [
            f
            for f in fits
            if not any(g != f and person_fits(unsuffixed.get(f, f), unsuffixed.get(g, g)) for g in fits)
        ]
        if len(fits) == 1:
            union(key, fits[0])
        elif len(fits) > 1 and len(key.split()) == 1:
            ambiguous.append((key, fits))
    # "Kim Min-jun" and "Min-jun Kim", "Wang Lihua" and "Lihua Wang": a family name
    # written first and the same name in Western order are one person.
    person_set = set(persons)
    for key in persons:
        words = key.split()
        if len(words) >= 2 and words[0] in lexicon.FAMILY_FIRST_SURNAMES:
            turned = " ".join([*words[1:], words[0]])
            if turned in person_set and key not in overrides.split and turned not in overrides.split:
                union(key, turned)
    # "Lee Seo-yeon" and "Seo-yeon Lee", "Oh Ji-ho" and "Ji-ho Oh": a hyphenated given
    # name marks a Korean name whatever its family name ("Lee" is English too, so no
    # list holds it); written before or after it, one person.
    for n in names:
        words = n.text.split()
        if kinds[n.key] != "person" or len(words) != 2 or n.key in overrides.split:
            continue
        family, given = words
        if "-" in given.strip("-") and "-" not in family and family[:1].isupper() and given[:1].isupper():
            turned = speaker_key(f"{given} {family}")
            if turned in person_set and turned not in overrides.split:
                union(n.key, turned)
    # "Moriyama Daisuke" and "Daisuke Moriyama": a Japanese name (no list holds every
    # family name) written family name first and in Western order. When one word is a
    # given name of some standing and the other none at all, the two words turned round
    # are one person; two given names ("Simon Paul", "Paul Simon") stay apart.
    for key in persons:
        words = key.split()
        if len(words) != 2 or key in overrides.split:
            continue
        family, given = words
        turned = f"{given} {family}"
        if turned in person_set and turned not in overrides.split and _family_then_given(family, given):
            union(key, turned)
    # "Wang Xiao-ming" and "Wang Xiaoming", "Moon Jae-won" and "Moon Jaewon": a given
    # name written with or without its hyphen (the key makes a hyphen a space).
    for key, other in _glued_pairs(persons):
        if key not in overrides.split and other not in overrides.split:
            union(key, other)
    # "JK Okonjo" is "J.K. Okonjo" ("j k okonjo"): initials written together in capitals.
    for n in names:
        words, key = n.text.split(), n.key
        if kinds[key] != "person" or len(words) < 2 or key in overrides.split:
            continue
        if words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 3:
            spelt = " ".join([*words[0].lower(), *key.split()[1:]])
            if spelt in person_set and spelt not in overrides.split:
                union(key, spelt)
    # A bare surname two full names fit joins neither, unless one of them is quoted far
    # more than all the others together: across a corpus, "Obama" alone is the Obama the
    # news quotes all the time, not the relative quoted twice. Counted per group (after
    # the unions above), so only names sharing the last word decide it.
    totals: Counter[str] = Counter()
    for n in names:
        if kinds[n.key] == "person":
            totals[find(n.key)] += n.count
    for key, fits in ambiguous:
        roots = sorted({find(f) for f in fits}, key=lambda r: (-totals[r], r))
        titled = sorted({find(f) for f in fits if evidence.titles.get(key, set()) & evidence.titles.get(f, set())})
        if len(titled) == 1:
            # "Sen. Marsh" beside "Senator Lydia Marsh" and "Representative Colin Marsh":
            # the one whose title the bare surname carries.
            union(key, titled[0])
        elif len(roots) == 1:
            union(key, roots[0])
        elif totals[roots[0]] >= DOMINANT_SHARE * sum(totals[r] for r in roots[1:]):
            union(key, roots[0])
    orgs = sorted({n.key for n in names if kinds[n.key] != "person"})
    acronyms = {k: k for k in orgs if len(k.split()) == 1}
    for key in orgs:
        # "U.N." (key "u n") is the acronym "UN" written with dots.
        words = key.split()
        if len(words) >= 2 and all(len(w) == 1 for w in words):
            acronyms.setdefault("".join(words), key)
    spelled: dict[str, list[str]] = defaultdict(list)  # "cia" -> the full names spelling it
    # "MoD", "DfE", "BoE": an acronym written with the small words' letters in lowercase
    # spells them too ("Ministry of Defence", "Department for Education").
    mixed = {n.key for n in names if kinds[n.key] != "person" and MIXED_ACRONYM.fullmatch(n.text)}
    for key in orgs:
        words = key.split()
        initials = "".join(w[0] for w in words if w not in SMALL_WORDS)
        every = "".join(w[0] for w in words)
        if initials not in acronyms and every != initials and every in mixed:
            initials = every
        if len(words) < 2 or initials not in acronyms or key in overrides.split:
            continue
        if all(len(w) == 1 for w in words):
            union(key, acronyms[initials])  # "U.N." and "UN": one acronym
        else:
            spelled[initials].append(key)
    # Two different bodies spelling one acronym ("Central Intelligence Agency", "Coastal
    # Infrastructure Agency") leave it to neither, unless one is quoted far more.
    totals_by_key: Counter[str] = Counter()
    for n in names:
        totals_by_key[n.key] += n.count
    for initials, fulls in spelled.items():
        bodies = _same_bodies(fulls)
        ranked = sorted(bodies, key=lambda b: (-sum(totals_by_key[k] for k in b), b[0]))
        lead = sum(totals_by_key[k] for k in ranked[0])
        rest = sum(totals_by_key[k] for b in ranked[1:] for k in b)
        if len(ranked) == 1 or lead >= DOMINANT_SHARE * rest:
            for key in ranked[0]:
                union(key, acronyms[initials])
    # "Greywater Mining plc" is "Greywater Mining", "Trump's campaign" is "Trump
    # campaign": a legal form at the end of a body's name, or an owner's "'s" inside
    # it, does not tell two bodies apart.
    org_keys = set(orgs)
    by_base: dict[str, str] = {}
    for key in orgs:
        if key in overrides.split:
            continue
        for base in (_without_legal_form(key), key.replace("'s ", " "), _head_last(key)):
            if base != key and base in org_keys:
                union(key, base)
        # "Ford Motor Co." and "Ford Motor Company" with no bare "Ford Motor" quoted:
        # two legal forms of one name are one body all the same (not two club suffixes:
        # a "Rovers FC" and a "Rovers AFC" can be two clubs).
        base = _without_legal_form(key)
        if base != key and key.split()[-1] in LEGAL_FORM_WORDS:
            union(key, by_base.setdefault(base, key))
    # "St. Brendan's Hospital" and "Saint Brendan's Hospital": a saint's abbreviation.
    by_saint: dict[str, str] = {}
    for key in orgs:
        if key not in overrides.split:
            union(key, by_saint.setdefault(_saint_written_out(key), key))
    # "Norwegian foreign ministry", "Norway's foreign ministry", "Foreign Ministry of
    # Norway": one body, written with the country's adjective, its possessive or "of".
    by_country: dict[str, str] = {}
    for key in orgs:
        form = _country_form(key)
        if form is not None and key not in overrides.split:
            union(key, by_country.setdefault(form, key))
    for short, company in _company_short_names(kinds, evidence.bodies | evidence.speaks_as_it).items():
        if short not in overrides.split and company not in overrides.split:
            union(short, company)
    # "Sarah Okonkwo, formerly Sarah Lindqvist", "the National Roads Agency
    # (Rijkswegenbureau)": an article said the two names are one speaker's (persons with
    # persons, bodies with bodies).
    for a, b in evidence.links:
        if (
            a in parent and b in parent and (kinds[a] == "person") == (kinds[b] == "person")
            and a not in overrides.split and b not in overrides.split
        ):
            union(a, b)
    # User merges win over everything.
    for key in list(parent):
        if key in overrides.merge:
            target = speaker_key(overrides.merge[key])
            parent.setdefault(target, target)
            union(target, key)
            parent[find(target)] = find(target)
    return {k: find(k) for k in list(parent)}


def _glued_pairs(persons: list[str]) -> list[tuple[str, str]]:
    """Pairs of person keys that are one name with two of its words run together after
    the first word ("wang xiao ming", "wang xiaoming"), or before the last ("mary ann
    smith", "maryann smith"): the same letters in the same order, and the first (or
    the last) word the same."""
    pairs: list[tuple[str, str]] = []
    for at_end in (False, True):
        seen: dict[tuple[str, str], str] = {}
        for key in persons:
            words = key.split()
            run = words[:-1] if at_end else words[1:]
            if len(words) < 2 or any(len(w) < 2 for w in run):
                continue  # "J. O. Okonjo" is initials, no "Jo Okonjo"
            form = ("".join(run), words[-1]) if at_end else (words[0], "".join(run))
            other = seen.setdefault(form, key)
            if other != key:
                pairs.append((key, other))
    return pairs


#: People bearing a word in the name data from which it reads as a given name when the
#: other word of a turned-round name is none ("Daisuke" 821, "Haruka" 1,088) ...
GIVEN_NAME_BEARERS = 200
#: ... and below which a word is no given name ("Ibarra" 3; "Moriyama" 0).
NO_GIVEN_NAME_BEARERS = 20


def _family_then_given(family: str, given: str) -> bool:
    """Whether the name keys' words ``family`` ``given`` read as a family name written
    before a given name: the data knows ``given`` as a first name and ``family`` hardly
    at all (`group_names`)."""
    shares = namedata.women_shares()
    return (
        family.isalpha() and given.isalpha()
        and shares.bearers(given) >= GIVEN_NAME_BEARERS
        and shares.bearers(family) < NO_GIVEN_NAME_BEARERS
    )


def _first_name_gender(key: str) -> str | None:
    """ "m" or "f" when a full name's first word is a first name 90% one way in the
    reference data (keys are already lower case without accents, as the data is)."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 2:
        return None
    return namedata.clear_gender(namedata.women_shares().get(words[0]))


@dataclass
class Evidence:
    """What the mentions of some names say about them (see :func:`mention_evidence`)."""

    genders: dict[str, str] = field(default_factory=dict)
    bodies: set[str] = field(default_factory=set)
    speaks_as_it: set[str] = field(default_factory=set)
    #: Pairs of keys an article gives as one speaker's two names (``speaker_links``).
    links: list[tuple[str, str]] = field(default_factory=list)
    #: Person keys -> the titles written before them ("Sen. Marsh", "Senator Lydia
    #: Marsh": "senator"), for bare surnames and the full names they may join.
    titles: dict[str, set[str]] = field(default_factory=dict)


def mention_evidence(db: sqlite_utils.Database, names: list[Name]) -> Evidence:
    """What the articles' own mentions tell of the names :func:`group_names` may join.

    ``genders``: the gender a one-word name's mentions give, when they agree ("Ms.
    Okafor", "Mr Okafor", or a "she"/"he" the resolver pointed at it). ``bodies``: names
    tagged an organisation that a mention shows as a body ("the Guardian", "The SVP",
    "it"), which :func:`key_kinds` then never reads as a person's surname. Read through
    the speaker_name index, for those names only.
    """
    kinds = _voted_kinds(names)
    tails = _person_tails(kinds)
    texts = sorted({
        n.text for n in names
        if kinds[n.key] == "person" and len(n.key.split()) == 1
        or kinds[n.key] == "organization" and n.key in tails
    })
    votes: dict[str, set[str]] = defaultdict(set)
    evidence = Evidence()
    for start in range(0, len(texts), 500):
        chunk = texts[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for name, mention in db.execute(
            f"select distinct speaker_name, speaker_mention from quotes where speaker_name in ({marks}) "
            "and speaker_mention is not null",
            chunk,
        ):
            key = speaker_key(name)
            gender = _mention_gender(mention)
            if gender:
                votes[key].add(gender)
            if _body_mention(mention, key):
                evidence.bodies.add(key)
    evidence.genders = {key: next(iter(g)) for key, g in votes.items() if len(g) == 1}
    evidence.speaks_as_it = _speaking_as_it(db, [t for t in texts if " " not in speaker_key(t)]) - set(votes)
    evidence.links = _links(db, {n.key for n in names})
    surnames = {speaker_key(t) for t in texts if kinds[speaker_key(t)] == "person"}
    titled = sorted({
        n.text for n in names
        if kinds[n.key] == "person" and n.key.split() and n.key.split()[-1] in surnames
    })
    evidence.titles = _titles_before(db, titled)
    return evidence


#: A title written right before a name, or opening its mention ("Sen.", "Senator").
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t\u00a0]*$")


def _title_key(word: str) -> str:
    """ "Sen." / "Senator" -> "senator"; "" for a word that is no title."""
    w = word.lower().strip(".")
    return lexicon.ROLE_KEYS.get(w, w if w in lexicon.TITLE_WORDS and w not in lexicon.TITLE_GENDERS else "")


def _titles_before(db: sqlite_utils.Database, texts: list[str]) -> dict[str, set[str]]:
    """The titles each of these person names carries in its quotes: the first word of
    its mention ("Sen. Marsh"), the title a mention names it by ("the president"), the
    word written right before the mention in the article, or the one before the name
    where the article first writes it ("President Biden visited ... the president
    said": the title that introduced the name)."""
    titles: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(texts), 500):
        chunk = texts[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for name, mention, before, first in db.execute(
            "select q.speaker_name, q.speaker_mention, substr(a.text, max(1, q.speaker_start - 15), "
            "min(q.speaker_start, 16)), substr(a.text, max(1, instr(a.text, q.speaker_name) - 16), "
            "min(instr(a.text, q.speaker_name) - 1, 16)) from quotes q join articles a on a.id = q.article_id "
            f"where q.speaker_name in ({marks}) and q.speaker_mention is not null",
            chunk,
        ):
            words = str(mention).split()
            found = _TITLE_BEFORE.search(str(before or ""))
            introduced = _TITLE_BEFORE.search(str(first or ""))
            named_by = words[1] if len(words) == 2 and words[0].lower() == "the" else ""
            for word in (
                words[0] if len(words) > 1 else "", found.group(1) if found else "",
                introduced.group(1) if introduced else "", named_by,
            ):
                key = _title_key(word) if word else ""
                if key:
                    titles[speaker_key(name)].add(key)
    return dict(titles)


def _links(db: sqlite_utils.Database, keys: set[str]) -> list[tuple[str, str]]:
    """The (key, key) pairs of ``speaker_links`` with both names among ``keys``, sorted."""
    if "speaker_links" not in db.table_names():
        return []
    pairs = {
        (speaker_key(name), speaker_key(alias))
        for name, alias in db.execute("select name, alias from speaker_links")
    }
    return sorted((a, b) for a, b in pairs if a in keys and b in keys)


#: A reported clause whose subject "it" acts: a modal and a verb, a perfect, a
#: progressive ("it would cut 200 jobs", "it had found no fault", "it was laying off"),
#: not "it would be", "it was hard" (which a person says of anything).
ACTING_IT = re.compile(
    r"it (?:(?:would|will|could|can|may|might|should|must)(?: not| also| now| soon)? (?!be\b|have been\b)[a-z]+"
    r"|(?:has|had)(?: not| also| now)? (?:(?!been\b)[a-z]+ed|" + "|".join(sorted(lexicon.IRREGULAR_PARTICIPLES)) + ")"
    r"|(?:is|was)(?: not| also| now)? [a-z]+ing)\b"
)


def _speaking_as_it(db: sqlite_utils.Database, texts: list[str]) -> set[str]:
    """Keys of one-word names at least half of whose reports open on an acting "it"
    ("Brisco said it would recall 40,000 laptops", "Jordan said it would reopen the
    crossing"): the name is a body or a country speaking of itself, whatever the model
    tagged it. Only reports (a quotation's "it" is any thing the speaker talks of)."""
    reports: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    for start in range(0, len(texts), 500):
        chunk = texts[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for name, content in db.execute(
            f"select speaker_name, content from quotes where speaker_name in ({marks}) and type = 'indirect'",
            chunk,
        ):
            key = speaker_key(name)
            reports[key] += 1
            if ACTING_IT.match(str(content or "")):
                acting[key] += 1
    return {key for key, n in acting.items() if 2 * n >= reports[key]}


def _body_mention(mention: str, key: str) -> bool:
    """ "the Guardian", "The SVP counterproposal", "it": a mention only a body gets."""
    words = mention.lower().split()
    if words in (["it"], ["its"]):
        return True
    return len(words) >= 2 and words[0] == "the" and speaker_key(mention).startswith(key)


def _mention_gender(mention: str) -> str | None:
    words = mention.split()
    if not words:
        return None
    first = words[0].lower().strip(".,")
    if len(words) == 1:
        if first in lexicon.MALE_PRONOUNS:
            return "m"
        if first in lexicon.FEMALE_PRONOUNS:
            return "f"
        return None
    return lexicon.TITLE_GENDERS.get(first)


def key_kinds(
    names: list[Name],
    bodies: set[str] | frozenset[str] = frozenset(),
    speaks_as_it: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """One kind per key: the one most of its quotes carry (a person on a tie), so "Trump"
    tagged an organisation in a few articles is still grouped as the person.

    A name tagged an organisation whose words end a person's full name elsewhere in the
    corpus ("Calloway" beside "Ines Calloway", "Von der Leyen" beside "Ursula von der
    Leyen") is that person's surname: the small model tags an unfamiliar surname
    alone ORG, and without the full name in the same article the resolver cannot know
    better; the corpus can. Not a body's: a name with a word only bodies have ("White
    House", "Greywater Mining"), the first word of a body's longer name ("Fox" beside
    "Fox News"), one whose mentions show a body (``bodies``: "the Guardian", "it"),
    nor one quoted in more articles than the person ("Israel" beside "Steve Israel"):
    articles, not quotes, since one article quoting "Haddon" twice says no more than
    one quoting "Mira Haddon" once.

    A one-word name whose reports speak of it as "it" (``speaks_as_it``, with no "he" or
    "Ms." for it anywhere) is a body however it was tagged: "Brisco said it would recall
    40,000 laptops" is the company, not Martin Brisco's surname.
    """
    kinds = _voted_kinds(names)
    totals: Counter[str] = Counter()
    for n in names:
        totals[n.key] += n.articles or n.count
    tails = _person_tails(kinds)
    for inner, fulls in _person_inner_names(names, kinds).items():
        # "Tião" alone, tagged ORG, beside "Sebastião Tião Farias dos Anjos": the name the
        # person goes by (`inner_names`), when no full name ends in it.
        if inner not in tails:
            tails[inner] = fulls
    # "Fox" beside "Fox News" is the body's short name, though a "Lena Fox" is quoted too.
    org_firsts = {k.split()[0] for k, kind in kinds.items() if kind != "person" and " " in k}
    for key, kind in kinds.items():
        if (
            kind == "organization" and key in tails and not _body_words(key)
            and key not in org_firsts and key not in bodies
            and totals[key] <= max(totals[p] for p in tails[key])
        ):
            kinds[key] = "person"
    for key in speaks_as_it:
        if kinds.get(key) == "person" and " " not in key:
            kinds[key] = "organization"
    for short in _company_short_names(kinds, bodies | speaks_as_it):
        kinds[short] = "organization"
    return kinds


def _voted_kinds(names: list[Name]) -> dict[str, str]:
    """The kind most of each key's quotes carry (a person on a tie)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for n in names:
        votes[n.key][n.kind] += n.count
    return {k: max(v, key=lambda kind: (v[kind], kind == "person", kind)) for k, v in votes.items()}


def _person_inner_names(names: list[Name], kinds: dict[str, str]) -> dict[str, list[str]]:
    """The keys of the words inside persons' long names that they may go by
    (`inner_names`: "tiao" of "Sebastião Tião Farias dos Anjos"), each with the full
    names' keys it is inside."""
    out: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if kinds.get(n.key) == "person":
            for inner in inner_names(n.text):
                out[speaker_key(inner)].add(n.key)
    return {k: sorted(v) for k, v in out.items()}


def _person_tails(kinds: dict[str, str]) -> dict[str, list[str]]:
    """Trailing words of persons' full names ("calloway", "von der leyen"), each with the
    full names it ends; a full name whose first word is no word ("@realdonaldtrump
    twitter") gives none."""
    tails: dict[str, list[str]] = defaultdict(list)
    for key, kind in kinds.items():
        if kind != "person" or not key.split()[0].isalpha():
            continue
        for form in {key, _plain_form(key) or key}:
            words = form.split()
            for i in range(1, len(words)):
                tails[" ".join(words[i:])].append(key)
    return tails


#: Last words that make a two-word name a company's whose first word is its short name
#: ("Greywater Mining" -> "Greywater"). Not newspapers ("Washington Post"), parties or
#: campaigns, whose first word is as often a place or a person.
COMPANY_ENDINGS = frozenset(
    "mining foods motors airways airlines holdings industries technologies telecom pharma "
    "pharmaceuticals labs laboratories bank group energy shipping logistics software systems".split()
)


def _company_short_names(
    kinds: dict[str, str], known_bodies: set[str] | frozenset[str] = frozenset()
) -> dict[str, str]:
    """One-word names that are the short name of the one company named "<word> Mining",
    "<word> Bank" (with or without a legal form) in the corpus, mapped to it: "Greywater
    said" in one article is the "Greywater Mining" of another, whatever the model
    tagged the lone word. Not when a person's full name ends in the word ("Michael
    Dell"), unless the name's own mentions or reports show a body (``known_bodies``:
    "Dell said it would cut 5,000 jobs"), nor when two companies start with it."""
    companies: dict[str, set[str]] = defaultdict(set)
    person_lasts = set()
    for key, kind in kinds.items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            person_lasts.add((_plain_form(key) or key).split()[-1])
        base = _without_legal_form(key).split()
        if kind == "organization" and len(base) == 2 and base[1] in COMPANY_ENDINGS:
            companies[base[0]].add(key)
    return {
        key: min(companies[key], key=lambda k: (len(k), k))
        for key, kind in kinds.items()
        if kind != "unnamed" and " " not in key and (key not in person_lasts or key in known_bodies)
        and len({_without_legal_form(c) for c in companies.get(key, ())}) == 1
    }


def _same_bodies(fulls: list[str]) -> list[list[str]]:
    """Full names spelling one acronym, in groups of one body each: names of as many
    words that differ in one word at most ("... Organization" / "... Organisation") are
    one body; sorted, so the result does not depend on the order."""
    groups: list[list[str]] = []
    for key in sorted(fulls):
        words = key.split()
        for group in groups:
            other = group[0].split()
            if len(other) == len(words) and sum(a != b for a, b in zip(words, other, strict=True)) <= 1:
                group.append(key)
                break
        else:
            groups.append([key])
    return groups


def _head_last(key: str) -> str:
    """ "ministry of defence" -> "defence ministry", "university of oxford" -> "oxford
    university", "ministry of foreign affairs" -> "foreign ministry": a body's description
    word followed by "of" and what it is of is the same body written the other way round
    (the key itself when it is not that shape)."""
    words = key.split()
    if len(words) >= 3 and words[1] == "of" and words[0] in lexicon.ORG_DESCRIPTIONS | ORG_HEADS:
        rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
        if words[0] == "ministry" and len(rest) == 2 and rest[1] == "affairs":
            rest = rest[:1]  # "ministry of foreign affairs" is the "foreign ministry"
        return " ".join([*rest, words[0]])
    return key


#: How a key writes the United States before a body's name ("U.S. Department of
#: State" -> "u s department of state"): `country_and_body`.
_US_FORMS = ("united states of america ", "united states ", "u s a ", "u s ", "usa ", "us ")


def country_and_body(key: str) -> tuple[str | None, str]:
    """A body's key split into the country written first, if any, and the body written
    head last: "u s department of state" -> ("us", "state department"), "norway's
    ministry of foreign affairs" -> ("norway", "foreign ministry"), "justice
    department" -> (None, "justice department"). Two names of one body within an
    article ("the U.S. Department of State ... the State Department") share the body."""
    key = key.removeprefix("the ")
    country = None
    for us in _US_FORMS:
        if key.startswith(us):
            country, key = "us", key[len(us):]
            break
    else:
        first, _, rest = key.replace("'s ", " ", 1).partition(" ")
        named = lexicon.DEMONYM_COUNTRIES.get(first, first)
        if rest and named in _COUNTRIES:
            country, key = named, rest
    return country, _head_last(key)


def _country_form(key: str) -> str | None:
    """A national body's key with its country first and plain ("norwegian foreign
    ministry", "norway's foreign ministry", "foreign ministry of norway" -> "norway
    foreign ministry"; "norway's ministry of defence" -> "norway defence ministry"), or
    None for a key not of that shape (the country alone, or no country's name or
    adjective first)."""
    words = _head_last(key.replace("'s ", " ")).split()
    if len(words) >= 4 and lexicon.DEMONYM_COUNTRIES.get(words[0], words[0]) in _COUNTRIES:
        # "norway's ministry of defence": the country, then a body written "X of Y"
        words = [words[0], *_head_last(" ".join(words[1:])).split()]
    elif len(words) >= 3 and words[-2] == "of":
        words = [words[-1], *words[:-2]]  # "foreign ministry of norway"
    if len(words) < 2:
        return None
    country = lexicon.DEMONYM_COUNTRIES.get(words[0], words[0])
    if country not in _COUNTRIES:
        return None
    return " ".join([country, *words[1:]])


def _body_words(key: str) -> bool:
    """A word only the name of a body has ("ministry", "house", "mining", "plc")."""
    return any(
        w in lexicon.ORG_DESCRIPTIONS or w in lexicon.ORG_NAME_ENDINGS or w in lexicon.LEGAL_FORMS
        or w in ORG_HEADS
        for w in key.split()
    ) or key in lexicon.NAME_SUFFIXES


#: Countries as a key writes them (one word: "saudi arabia" is left out, its first word
#: alone being no country).
_COUNTRIES = frozenset(c for c in lexicon.DEMONYM_COUNTRIES.values() if " " not in c)

#: Heads of bodies' names besides the descriptions the resolver knows.
ORG_HEADS = frozenset("house parliament senate congress assembly ministry".split())

#: How many times more quotes the leading full name needs than all the other full names
#: a bare surname fits together before that surname joins it.
DOMINANT_SHARE = 10

SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "du", "des"})

#: An acronym with some letters in lowercase for small words ("MoD", "DfE", "BoE"):
#: capitals around one or two lowercase letters.
MIXED_ACRONYM = re.compile(r"[A-Z]+[a-z]{1,2}[A-Z]+(?:[a-z]?[A-Z]+)*")
#: Marks around a nickname inside a full name ('William "Bill" Tandy', "Eleanor (Nell) Voss").
NICKNAME_OPENERS = frozenset("\"'(\u201c\u2018")
NICKNAME_CLOSERS = frozenset("\"')\u201d\u2019")


def _saint_written_out(key: str) -> str:
    """A body's key with "st"/"ste" written out as "saint"/"sainte" ("st brendan's
    hospital" -> "saint brendan's hospital"), the form both spellings meet at."""
    return " ".join(SAINT_ABBREVIATIONS.get(w, w) for w in key.split())


#: Abbreviations of "Saint" in a key (dots already gone).
SAINT_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def _plain_form(key: str) -> str | None:
    """A full name's key without its generational suffix ("joseph r biden jr" ->
    "joseph r biden"), or None when it has none."""
    words = key.split()
    if len(words) >= 3 and words[-1] in lexicon.NAME_SUFFIXES:
        return " ".join(words[:-1])
    return None


def _unsuffixed(keys: Iterable[str]) -> dict[str, str]:
    """Full names with a generational suffix whose plain form no name here has, mapped to
    that plain form: "joseph r biden jr" -> "joseph r biden", so that "Joe Biden" fits
    the name the suffix would otherwise hide. Where the plain form is a name of its own
    ("Donald J. Trump" beside "Donald J. Trump Jr."), father and son stay apart."""
    keys = set(keys)
    plain = {key: _plain_form(key) for key in keys}
    return {key: base for key, base in plain.items() if base is not None and base not in keys}


def person_fits(short: str, full: str) -> bool:
    """True when ``short`` can be a shorter way of writing ``full``.

    "stoltenberg" and "le drian" (trailing words), "j stoltenberg" (initials, then the
    same words) fit; a different first name ("mario" for "maria") never does.
    """
    s, f = short.split(), full.split()
    if not s or len(s) > len(f) or s == f:
        return False
    if len(s) < len(f) and f[-len(s) :] == s:
        return True
    if s[-1] != f[-1]:
        return False
    if len(s) >= 2 and s[0] in _nicknames_given(f[1 : len(f) - len(s) + 1]) and f[len(f) - len(s) + 1 :] == s[1:]:
        # 'William "Bill" Tandy' / "Bill Tandy": the text itself gives the short form,
        # in quote marks or brackets, as the name the person goes by (also before a
        # hyphenated surname, two words of the key: "Tolo Sandoval-Ibarra").
        return True
    if len(s) >= 2 and _same_first(s[0], f[0]) and (len(s) == 2 or s[1:-1] == f[1:-1]):
        # "Donald Trump" / "Donald J. Trump", "Hillary Clinton" / "Hillary Rodham
        # Clinton", "Bob Mason" / "Robert Mason": the same first and last name, the middle
        # parts left out (all of them: "George W. Bush" is not "George H. W. Bush") or
        # a common short form of the first name.
        return True
    if _later_middle_words_left_out(s, f):
        return True
    if len(s) >= 3 and _same_first(s[0], f[0]) and f[-len(s) + 1 :] == s[1:] and all(len(w) > 1 for w in s[1:]):
        # "Lisa Chen-Park" / "Lisa M. Chen-Park": a hyphenated surname is two words of the
        # key, and the middle initial before it is left out (no initial in the short
        # form: "George W. Bush" is still not "George H. W. Bush").
        return True
    if len(s) != len(f):
        return False
    initials = [a for a, b in zip(s, f, strict=True) if a != b]
    return bool(initials) and all(
        a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(s, f, strict=True)
    )


def _later_middle_words_left_out(s: list[str], f: list[str]) -> bool:
    """ "maria do socorro valadares" for "maria do socorro almeida valadares": the same
    first and last words and the first middle words kept, the later ones (a first
    surname, written out) left out. Only whole words are left out: "George H. Bush" is
    not "George H. W. Bush"."""
    middle, full_middle = s[1:-1], f[1:-1]
    return (
        len(s) >= 3 and s[0] == f[0] and s[-1] == f[-1] and len(middle) < len(full_middle)
        and full_middle[: len(middle)] == middle
        and all(len(w) > 1 for w in full_middle[len(middle) :])
    )


def _double_surnamed(text: str) -> bool:
    """A name written as three or four words, none an initial, a suffix or hyphenated
    ("Carlos Ibarra Mendoza", "María Fernanda López Obrador"; not "Lisa Chen-Park", "Kim
    Min-jun" or "Donald Pryce Jr."): it may be one or two given names and two surnames,
    the second of which news often leaves out."""
    words = text.split()
    return (
        len(words) in (3, 4)
        and all(w.isalpha() and len(w) > 1 for w in words)
        and words[-1].lower() not in lexicon.NAME_SUFFIXES
        and len(speaker_key(text).split()) == len(words)
    )


def _double_surname_fits(short: str, full: str) -> bool:
    """ "carlos ibarra" for "carlos ibarra mendoza", "maria fernanda lopez" for "maria
    fernanda lopez obrador" (the given names and the first surname, the second left out,
    as "Hillary Clinton" leaves out "Rodham"); "carlos" alone never."""
    s, f = short.split(), full.split()
    return (
        len(s) >= 2 and len(f) == len(s) + 1 and s[-1] == f[-2] and _same_first(s[0], f[0])
        and s[1:-1] == f[1:-2]
        # "Anna Maria Lindell" is a first and a middle name, not "Anna Maria" of a family
        and namedata.women_shares().bearers(s[-1]) < COMMON_GIVEN_NAME
    )


#: People bearing a first name in the name data above which a middle word is a given
#: name, not a first surname ("Paul" two million; "Garcia" 782, "Ibarra" 3).
COMMON_GIVEN_NAME = 10_000


def _nicknames_given(middle: list[str]) -> set[str]:
    """The middle words of a key set in quote marks or brackets ('"bill"', "(nell)"):
    the short name the text says the person goes by."""
    return {
        w[1:-1] for w in middle
        if len(w) > 3 and w[0] in NICKNAME_OPENERS and w[-1] in NICKNAME_CLOSERS and w[1:-1].isalpha()
    }


def _same_first(short: str, full: str) -> bool:
    """The same first name, a common short form of it ("bob" for "robert"), or another
    romanisation of it ("mohamed" for "mohammed")."""
    return (
        short == full
        or full in lexicon.NICKNAMES.get(short, ())
        or full in lexicon.GIVEN_NAME_SPELLINGS.get(short, ())
    )


def _catalogue(db: sqlite_utils.Database) -> list[Name]:
    """Every distinct (name, kind) with its quote and article counts, in a fixed order."""
    counts: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    for name, kind, n, in_articles in db.execute(
        "select speaker_name, coalesce(speaker_kind, 'person'), count(*), count(distinct article_id) "
        "from quotes where speaker_name is not null group by speaker_name, speaker_kind"
    ):
        counts[(name, kind)] += n
        articles[(name, kind)] += in_articles
    return [Name(t, k, c, articles[t, k]) for (t, k), c in counts.items()]


def _speaker_rows(
    names: list[Name], overrides: Overrides, evidence: Evidence | None = None
) -> tuple[list[dict], list[tuple[int, str]]]:
    """The ``speakers`` rows of the groups of ``names`` and the (speaker id, name) map."""
    evidence = evidence or Evidence()
    groups = group_names(names, overrides, evidence)
    voted = _voted_kinds(names)
    # A key key_kinds read as another kind ("Calloway" tagged ORG) votes as that kind;
    # the others as their quotes were tagged.
    kinds = {
        k: v for k, v in key_kinds(names, evidence.bodies, evidence.speaks_as_it).items() if v != voted[k]
    }
    members: dict[str, list[Name]] = defaultdict(list)
    for n in names:
        members[groups[n.key]].append(n)
    rows = []
    mapping: list[tuple[int, str]] = []
    for root, group in sorted(members.items()):
        canonical = overrides.merge.get(root) or _display_name(group)
        kind_votes = Counter()
        for n in group:
            kind_votes[kinds.get(n.key, n.kind)] += n.count
        kind = overrides.kinds.get(root) or kind_votes.most_common(1)[0][0]
        speaker_id = stable_id("speaker", root)
        rows.append(
            {
                "id": speaker_id,
                "name": canonical,
                "kind": kind,
                "wikidata": overrides.wikidata.get(root),
            }
        )
        mapping.extend((speaker_id, n.text) for n in group)
    return rows, mapping


def rebuild(db: sqlite_utils.Database, overrides: Overrides | None = None) -> int:
    """Regroup every speaker name in the database; returns the number of speakers.

    Quotes keep the name their article used (``speaker_name``); this sets their
    ``speaker_id`` to the group's id and rewrites ``speakers``, ``speaker_aliases`` and
    ``speaker_roles`` from them.
    """
    overrides = overrides or Overrides()
    catalogue = _catalogue(db)
    rows, mapping = _speaker_rows(catalogue, overrides, mention_evidence(db, catalogue))
    with db.atomic():
        _load_speaker_map(db, mapping)
        keep = {r["id"] for r in rows}
        existing = {r[0] for r in db.execute("select id from speakers")}
        _upsert_speakers(db, rows)  # rows first: quotes may only point at speakers that exist
        db.execute(
            "update quotes set speaker_id = (select speaker_id from temp.speaker_map m "
            "where m.name = quotes.speaker_name) where speaker_name is not null"
        )
        db.execute("update quotes set speaker_id = null where speaker_name is null")
        gone = existing - keep
        if gone:
            marks = ",".join("?" * len(gone))
            db.execute(f"delete from speaker_aliases where speaker_id in ({marks})", list(gone))
            db.execute(f"delete from speaker_roles where speaker_id in ({marks})", list(gone))
            db.execute(f"delete from speakers where id in ({marks})", list(gone))
        db.execute("drop table temp.speaker_map")
    _refresh_all(db)
    return len(rows)


#: What ``db["speakers"].upsert(row, pk="id")`` ran for each row, as one statement.
_UPSERT_SPEAKER = (
    "insert into speakers (id, name, kind, wikidata) values (:id, :name, :kind, :wikidata) "
    "on conflict(id) do update set name = excluded.name, kind = excluded.kind, "
    "wikidata = excluded.wikidata"
)


def _upsert_speakers(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Add or rename the speakers of ``rows`` (id, name, kind, wikidata) in one
    ``executemany``: sqlite-utils' ``upsert`` inspects the table and builds its statement
    for every row, which cost more than the writes."""
    db.conn.executemany(_UPSERT_SPEAKER, rows)


def _load_speaker_map(db: sqlite_utils.Database, mapping: list[tuple[int, str]]) -> None:
    """A temporary name -> speaker id table, indexed, that one UPDATE can join against."""
    db.execute("create temp table if not exists speaker_map (speaker_id integer, name text)")
    db.execute("delete from temp.speaker_map")
    db.conn.executemany("insert into temp.speaker_map values (?, ?)", mapping)
    db.execute("create index if not exists temp.speaker_map_name on speaker_map(name)")


def update(
    db: sqlite_utils.Database, names: Iterable[str], overrides: Overrides | None = None
) -> int:
    """Regroup only what the speaker ``names`` (written or removed since the last update)
    can change; returns the number of speakers rewritten.

    The result is the one :func:`rebuild` gives with the same ``overrides``: grouping only
    ever relates names with the same last word (persons, and a family name written first
    with its full name: "Xi", "Xi Jinping"), names and the acronym their
    initials spell (organisations), a body's name and its legal-form-less or turned-round
    form ("Ministry of Defence", "Defence Ministry"), a company and its first word
    ("Greywater Mining", "Greywater") and names an override merges, so the closure of the
    touched names under those relations is regrouped exactly as a full rebuild would, and
    no other group can change. Costs one covering-index scan for the name catalogue plus work proportional to
    the quotes of the touched groups, not to the database.
    """
    overrides = overrides or Overrides()
    wanted = {speaker_key(n) for n in names if n}
    if not wanted:
        return 0
    catalogue = _catalogue(db)
    subset = _closure(catalogue, wanted, overrides, _links(db, {n.key for n in catalogue}))
    names_in = [n for n in catalogue if n.key in subset]
    rows, mapping = _speaker_rows(names_in, overrides, mention_evidence(db, names_in))
    with db.atomic():
        _load_speaker_map(db, mapping)
        old_ids = {
            r[0]
            for r in db.execute(
                "select distinct speaker_id from quotes where speaker_id is not null "
                "and speaker_name in (select name from temp.speaker_map)"
            )
        }
        _upsert_speakers(db, rows)  # rows first: quotes may only point at speakers that exist
        db.execute(
            "update quotes set speaker_id = m.speaker_id from temp.speaker_map m "
            "where m.name = quotes.speaker_name and quotes.speaker_id is not m.speaker_id"
        )
        db.execute("drop table temp.speaker_map")
        _refresh_some(db, {r["id"] for r in rows} | old_ids)
    return len(rows)


#: Legal forms and club suffixes, lowercase as in a key.
#: A legal form written out ("Company", "Corporation") is one too, at the end of a body's name.
LEGAL_FORM_WORDS = lexicon.LEGAL_FORMS | {"company", "corporation", "incorporated"}
BODY_SUFFIXES = LEGAL_FORM_WORDS | {s.lower() for s in lexicon.CLUB_SUFFIXES}
#: Legal forms that say "company" and nothing else, so that a one-word name before one is
#: the company's name alone ("Orvane Inc." / "Orvane"); not "Co" or "Company", which a
#: county or a theatre's name ends in as well ("Halden Co").
PLAIN_LEGAL_FORMS = LEGAL_FORM_WORDS - {"co", "company"}


def _without_legal_form(key: str) -> str:
    """A body's key without a trailing legal form or club suffix ("greywater mining plc"
    -> "greywater mining", "dunmore rovers fc" -> "dunmore rovers"; two words at least
    are left, else the key itself, but for a plain legal form: "orvane inc" -> "orvane"), and without the apostrophe of a plural possessive
    inside it ("railworkers' union" -> "railworkers union"): neither tells two bodies
    apart."""
    words = key.replace("s' ", "s ").split()
    if len(words) >= 3 and words[-1] in BODY_SUFFIXES or len(words) == 2 and words[-1] in PLAIN_LEGAL_FORMS:
        words = words[:-1]  # ("orvane inc" -> "orvane": a legal form, not a club's suffix)
    return " ".join(words)


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in SMALL_WORDS)


def _closure(
    names: list[Name], wanted: set[str], overrides: Overrides, links: Iterable[tuple[str, str]] = ()
) -> set[str]:
    """The keys whose grouping can depend on a key in ``wanted`` (see :func:`update`)."""
    by_link: dict[str, set[str]] = defaultdict(set)  # two names an article gave one speaker
    for a, b in links:
        by_link[a].add(b)
        by_link[b].add(a)
    by_last: dict[str, set[str]] = defaultdict(set)
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_target: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)  # family names written first
    by_base: dict[str, set[str]] = defaultdict(set)  # a body's name without its legal form
    keys = {n.key for n in names}
    # A body's first word: "greywater" -> "greywater mining plc", "fox" -> "fox news".
    by_company: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        by_base[_without_legal_form(key)].add(key)
        by_base[_head_last(key)].add(key)
        country_form = _country_form(key)
        if country_form is not None:
            by_base[country_form].add(key)
        if len(words := key.split()) >= 2:
            by_company[words[0]].add(key)  # (a superset of the companies' first words)
        words = key.split()
        if words:
            by_last[words[-1]].add(key)
            plain = _plain_form(key)
            if plain is not None:
                # "joseph r biden jr" can join "joe biden" (`_unsuffixed`), and whether it
                # does depends on "joseph r biden" being a name of its own.
                by_last[words[-2]].add(key)
                by_base[plain].add(key)
            if words[0] in lexicon.FAMILY_FIRST_SURNAMES:
                by_first[words[0]].add(key)
        if len(words) >= 2:
            by_initials[_initials(key)].add(key)
        else:
            by_initials[key].add(key)
        if key in overrides.merge:
            target = speaker_key(overrides.merge[key])
            by_target[target].update((key, target))
    # A wanted key may be gone from the database (its last quote removed): its relations
    # still count, since its absence can change how its neighbours group.
    seen: set[str] = set()
    todo = list(wanted)
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        words = key.split()
        related = set(by_last.get(words[-1], ())) if words else set()
        plain = _plain_form(key)
        if plain is not None:
            related |= by_last.get(words[-2], set()) | {plain}
        if words and words[0] in lexicon.FAMILY_FIRST_SURNAMES:
            related |= by_first.get(words[0], set())
        if len(words) >= 2 and words[-1] in lexicon.FAMILY_FIRST_SURNAMES:
            related |= by_first.get(words[-1], set())  # "min jun kim" -> "kim min jun"
        related |= by_initials.get(_initials(key) if len(words) >= 2 else key, set())
        related |= by_base.get(_without_legal_form(key), set()) | by_base.get(_head_last(key), set())
        country_form = _country_form(key)
        if country_form is not None:
            related |= by_base.get(country_form, set())
        if len(words) == 1:
            related |= by_company.get(key, set())
        elif words:
            related |= by_last.get(words[0], set())
        if key in overrides.merge:
            related |= by_target.get(speaker_key(overrides.merge[key]), set())
        related |= by_link.get(key, set())
        todo.extend(k for k in related if k not in seen)
    return seen & keys


def _refresh_some(db: sqlite_utils.Database, speaker_ids: set[int]) -> None:
    """Recount these speakers: aliases, roles, counts, and the name copied onto quotes.

    Runs inside the caller's transaction; one set-based statement per table, so a
    full refresh is this over every speaker id.
    """
    db.execute("create temp table if not exists refresh_ids (id integer primary key)")
    db.execute("delete from temp.refresh_ids")
    db.conn.executemany("insert into temp.refresh_ids values (?)", [(i,) for i in speaker_ids])
    db.execute("delete from speaker_aliases where speaker_id in (select id from temp.refresh_ids)")
    db.execute(
        "insert into speaker_aliases (speaker_id, alias, count) "
        "select speaker_id, speaker_name, count(*) from quotes "
        "where speaker_id in (select id from temp.refresh_ids) and speaker_name is not null "
        "group by speaker_id, speaker_name"
    )
    db.execute("delete from speaker_roles where speaker_id in (select id from temp.refresh_ids)")
    db.execute(
        "insert into speaker_roles (speaker_id, role, first_seen, last_seen) "
        "select speaker_id, max(speaker_role), min(published), max(published) from quotes "
        "where speaker_id in (select id from temp.refresh_ids) and speaker_role is not null "
        "group by speaker_id, lower(speaker_role)"
    )
    db.execute(
        f"""
        update speakers set
          quote_count = (select count(*) from quotes where speaker_id = speakers.id),
          article_count = (select count(distinct article_id) from quotes
                           where speaker_id = speakers.id),
          outlet_count = (select count(distinct articles.outlet_id) from quotes
                          join articles on articles.id = quotes.article_id
                          where quotes.speaker_id = speakers.id),
          first_quoted = (select min(published) from quotes where speaker_id = speakers.id),
          last_quoted = (select max(published) from quotes where speaker_id = speakers.id),
          role = {SPEAKER_ROLE_SQL.format(id="speakers.id", quotes="quotes")}
        where id in (select id from temp.refresh_ids)
        """
    )
    db.execute(
        "update quotes set speaker = (select name from speakers where speakers.id = "
        "quotes.speaker_id) where speaker_id in (select id from temp.refresh_ids)"
    )
    db.execute(
        "delete from speakers where quote_count = 0 and id in (select id from temp.refresh_ids)"
    )
    db.execute("delete from temp.refresh_ids")


def _display_name(group: list[Name]) -> str:
    """The name to show: for a person the full name articles use most ("Donald Trump"
    over a rarer "Donald J. Trump", never a surname or "Le Drian" that only ends another
    member, nor "J. Stoltenberg" beside "Jens Stoltenberg"); for organisations the most
    used one, where "Coastal Fisheries Authority (CFA)" (an article that defined the
    acronym and went on to use it) counts for the acronym when other articles name the
    body by it, and else for the full name; on a tie the longer name."""
    if any(n.kind == "person" for n in group):
        keys = {n.key for n in group}
        full = [
            n for n in group
            if not any(k != n.key and k.endswith(" " + n.key) for k in keys)
        ] or group
        # "Ana M. Ruiz" beside "Ana Maria Ruiz": the name with the initial spelt out,
        # however often the initial is used (as "J. Stoltenberg" beside "Jens Stoltenberg").
        full = [n for n in full if not any(_spells_out(n.key, m.key) for m in full)] or full

        # Counted per key: "Jose Nunez" twice and "José Núñez" once are one name used
        # three times, which is then spelt the most careful way (`_best_spelling`).
        per_key: Counter[str] = Counter()
        for n in full:
            per_key[n.key] += n.count

        def rank(n: Name) -> tuple:
            words = n.key.split()
            return (len(words) >= 2, len(words[0]) > 1 if words else False, per_key[n.key],
                    len(words), _best_spelling(n))

        best = max(full, key=rank).key
        return max((n for n in full if n.key == best), key=_best_spelling).text
    votes: Counter[str] = Counter()
    for n in group:
        votes[n.text] += 0  # every name takes part, for the tie-breaks
    by_key = {n.key: n.text for n in group}
    for n in group:
        defined = defined_acronym(n.text)
        if defined is None:
            votes[n.text] += n.count
            continue
        acronym = by_key.get(speaker_key(defined.group(1)))
        votes[acronym or n.text[: defined.start()]] += n.count
    shown = [t for t in votes if not defined_acronym(t)]
    # Spellings of one key vote together ("NATO" and "Nato" against "North Atlantic Treaty
    # Organization"), each key shown in its most used spelling (capitals on a tie).
    by_spelling: dict[str, int] = Counter()
    for t in shown:
        by_spelling[_spelling(t)] += votes[t]
    best: dict[str, str] = {}
    for t in sorted(shown, key=lambda t: (votes[t], *_care(t), t), reverse=True):
        best.setdefault(_spelling(t), t)
    # On a tie the longer name: the full name a text spelt out over its acronym.
    return max(best.values(), key=lambda t: (by_spelling[_spelling(t)], _spelt_words(t), t.isupper(), t))


def _care(name: str) -> tuple[bool, int, bool]:
    """How carefully a body's name is written, for a tie between spellings of one name:
    an acronym in capitals ("NATO" over "Nato"), then more words capitalised ("Health
    Ministry" over "Health ministry"), then not all in capitals ("HEALTH MINISTRY")."""
    words = name.split()
    return (
        len(words) == 1 and name.isupper(),
        sum(1 for w in words if w[:1].isupper()),
        len(words) == 1 or not name.isupper(),
    )


def _spelling(name: str) -> str:
    """What spellings of one name share: its key, with a dotted acronym's letters joined
    ("E.U.", "EU" and "Eu" are one spelling; "Nato" and "NATO" too)."""
    words = speaker_key(name).split()
    return "".join(words) if words and all(len(w) == 1 for w in words) else " ".join(words)


def _best_spelling(n: Name) -> tuple:
    """How to choose among spellings of one person's name: not in capitals ("ANA RUIZ"
    from a transcript's label), with its accents ("José Núñez", which outlets without
    them write "Jose Nunez"), then the most used."""
    return (not n.text.isupper(), sum(c.isalpha() and not c.isascii() for c in n.text), n.count, n.text)


def _spells_out(short: str, full: str) -> bool:
    """ ``full`` writes out an initial of ``short`` and differs in nothing else ("ana m
    ruiz" / "ana maria ruiz", "j stoltenberg" / "jens stoltenberg")."""
    s, f = short.split(), full.split()
    return len(s) == len(f) and s != f and all(
        a == b or (len(a) == 1 and len(b) > 1 and b.startswith(a)) for a, b in zip(s, f, strict=True)
    )


def _spelt_words(name: str) -> int:
    """How many words a body's name spells out: "U.N." (key "u n") is one, an acronym."""
    return len(_spelling(name).split()) or 1


def _refresh_all(db: sqlite_utils.Database) -> None:
    """Counts, aliases, roles and quote copies of every speaker."""
    with db.atomic():
        ids = {row[0] for row in db.execute("select id from speakers")}
        _refresh_some(db, ids)
        # Quotes whose speaker went away keep no stale name in quotes_view.
        db.execute("update quotes set speaker = null where speaker_id is null and speaker is not null")


def list_speakers(db_path: str | Path, kind: str | None = None) -> list[dict]:
    """The index as rows, most quoted first (what ``quotes speakers`` prints)."""
    from quotes.export import connect_readonly  # not at the top: export imports this module

    # Read-only and checked first: a corrupt or foreign file gets one line, not a traceback.
    db = sqlite_utils.Database(connect_readonly(Path(db_path)))
    try:
        check_undamaged(db, Path(db_path))
        return _listed_speakers(db, kind)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{db_path}: cannot read database: {one_line(exc)}") from exc
    finally:
        db.close()


def _listed_speakers(db: sqlite_utils.Database, kind: str | None) -> list[dict]:
    """The rows of ``list_speakers`` from an open database."""
    where = "where kind = :kind" if kind else ""
    rows = db.execute(
        f"select id, name, kind, role, quote_count, article_count, outlet_count, "
        f"first_quoted, last_quoted from speakers {where} "
        f"order by quote_count desc, name",
        {"kind": kind} if kind else {},
    )
    cols = [c[0] for c in rows.description]
    out = [dict(zip(cols, map(readable, r), strict=True)) for r in rows]
    for row in out:
        row["aliases"] = json.dumps(
            [
                readable(a)
                for (a,) in db.execute(
                    "select alias from speaker_aliases where speaker_id = ? "
                    "order by count desc, alias",
                    [row["id"]],
                )
            ]
        )
    return out


#: Words that open, join or title a name, none of them a name the person goes by
#: (`inner_names`): joined once here, not anew at every word it tests.
_NO_INNER_NAME = lexicon.SURNAME_PARTICLES | lexicon.SURNAME_OPENERS | lexicon.TITLE_WORDS


def inner_names(name: str) -> list[str]:
    """The words inside a person's name of three words or more (neither the first nor the
    last) that may be the name the person goes by: "Lula" in "Luiz Inácio Lula da Silva",
    "Tião" in "Sebastião Tião Farias dos Anjos". Particles, initials, lowercase words,
    the words of a nickname in marks (filed already) and a parent's name after "bin"
    ("Khalifa" in "Mansour bin Khalifa al-Nuaimi") are none."""
    words = name.split()
    if len(words) < 3:
        return []
    out = []
    for prev, word in itertools.pairwise(words[:-1]):
        plain = word.strip(".,")
        if (
            len(plain) >= 3 and plain.isalpha() and plain[:1].isupper() and not plain.isupper()
            and plain.lower() not in _NO_INNER_NAME
            and prev.lower() not in lexicon.PATRONYMIC_PARTICLES
        ):
            out.append(plain)
    return out
