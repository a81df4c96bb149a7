"""Repairs of the parser's known slips, made on the Doc before any cue is looked up.

Lemma slips (``fix_lemmas``), speech verbs tagged as nouns or participles (the
``_retag_*`` functions) and sentences rooted on the wrong word (``_reroot_on_cue``): every
later rule reads the repaired parse, so the repairs live in one place and run once.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, TAG
from spacy.tokens import Doc, Token

from quotes import lexicon
from quotes.marks import ALL_MARKS, is_quote_char
from quotes.nameshapes import _personal_noun
from quotes.patterns import (
    AGE_BEFORE,
    _has_subject,
    _has_that,
    _person_compound,
    _present_tense_stem,
    hash_table,
    hashes_in,
)


def fix_lemmas(doc: Doc, words: Sequence[Token] | None = None) -> numpy.ndarray | None:
    """Correct the model's known lemma slips in place, before any cue is looked up.

    The small English model lemmatises "hoping", "hoped" and "hopes" as "hop", which
    hid every "hoping that ..." from the cue lists. Only the lemmas in
    ``lexicon.LEMMA_FIXES`` are visited, through the lemma array. Verb contractions
    with a typographic apostrophe ("He’s wary of it") get the lemma their straight
    twins get (``lexicon.CURLY_CONTRACTIONS``), so that "be" rules see them.

    Returns the LOWER column it read (None with no lemmas: nothing repaired): no repair
    changes a word's form, so the caller may share it.
    """
    if not doc.has_annotation("LEMMA"):
        return None
    # The article's Tokens, listed once (``words``, `Extractor` shares them with the
    # column store after the repairs): ``doc[i]`` builds a new Token at each read, and
    # the passes below read about as many words as the article holds. A Token is a view
    # of the Doc's word: it sees every repair made through another.
    if words is None:
        words = list(doc)
    # (both columns in one `to_array`, which walks every token: the lower-case forms
    # serve the passes below that look words up, as no repair changes a word's form)
    # (and the TAG column, which the lemma fixes leave as it was)
    lemmas, lowers, tags = doc.to_array([LEMMA, LOWER, TAG]).T
    for wrong, (right, forms) in lexicon.LEMMA_FIXES.items():
        for i in numpy.flatnonzero(lemmas == doc.vocab.strings[wrong]).tolist():
            if words[i].lower_.startswith(forms):
                words[i].lemma_ = right
    # The TAG column is read once and read again only after a pass that retagged a word
    # (rare): each `to_array` walks every token, and six passes read it.
    retagged = _retag_verbs_after_quotes(doc, words, tags)
    retagged = _reparse_particles_read_as_verbs(doc, words, lowers) or retagged
    if _retag_gerund_nouns_opening_on_cues(doc, words, tags):
        retagged = True
    if retagged:
        tags = doc.to_array(TAG)
    if _retag_plural_noun_roots(doc, words, tags):
        tags = doc.to_array(TAG)
    if _retag_possessed_plurals_read_as_verbs(doc, words, tags):
        tags = doc.to_array(TAG)
    _reparse_predicates_read_into_noun_clauses(doc, words, tags)
    _reparse_fronted_clauses_read_as_participles(doc, words, tags)
    _reparse_stranded_predicate_adjectives(doc, words, tags)
    retagged = _reparse_noun_clauses_read_as_relatives(doc, words, lowers)
    retagged = _reparse_that_read_as_subject_after_adverbials(doc, words, lowers) or retagged
    # (the DEP column likewise: read again only after a pass that changed a label)
    deps = doc.to_array(DEP)
    if _reparse_complements_read_as_adverbials_after_asides(doc, words, deps):
        deps = doc.to_array(DEP)
    if _reparse_opening_cues_read_as_complements(doc, words, deps):
        deps = doc.to_array(DEP)
    _reparse_clauses_hung_on_adverbs(doc, words, deps)
    if retagged:
        tags = doc.to_array(TAG)
    _retag_closing_verbs_after_quotes(doc, words, tags)
    _retag_participle_cues_on_noun_roots(doc, words)
    _retag_noun_cues_before_that(doc, words, lowers)
    _retag_read_before_colon(doc, words, lowers)
    _reparse_cues_read_as_modifiers_after_an_age(doc, words, lowers)
    _reparse_agents_hung_on_as_phrases(doc, words, lowers)
    _reparse_as_asides_read_as_relatives(doc, words, lowers)
    _reparse_comma_asides_read_as_relatives(doc, words, lowers)
    _reparse_subjects_before_inverted_asides(doc, words, lowers)
    _reparse_closing_inverted_cues_read_as_conjuncts(doc, words, lowers)
    _reparse_dashed_asides(doc, words, lowers)
    _reparse_split_quote_speakers_read_as_subjects(doc, words, lowers)
    curly = hashes_in(lowers, _curly_contraction_hashes())
    for i in numpy.flatnonzero(curly).tolist():
        tok = words[i]
        right = lexicon.CURLY_CONTRACTIONS[tok.lower_]
        if tok.tag_ in lexicon.VERB_TAGS and tok.lemma_ != right:
            tok.lemma_ = right
    return lowers


def _reparse_cues_read_as_modifiers_after_an_age(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`The 19-year-old told reporters she was delighted`: the model reads "The
    19-year-old told reporters" as one noun phrase headed by "reporters", the cue an
    adjective on it and the reported clause a relative clause; no cue is found. A
    past-tense cue verb (or one read as a participle) right after "the N-year-old", modifying the sentence's root noun
    that holds a clause with a subject of its own, is the root: "old" its subject, the
    noun its object, the clause its complement. (``lowers``: the doc's LOWER column.)"""
    for i in numpy.flatnonzero(lowers[:-1] == doc.vocab.strings["old"]).tolist():
        old, verb = words[i], words[i + 1]
        noun = verb.head
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.lemma_ not in lexicon.CUE_LEMMAS:
            continue
        if noun.dep_ != "ROOT" or noun.i <= verb.i or old.head.i != noun.i:
            continue
        line_start = doc.text.rfind("\n", 0, old.idx) + 1
        if AGE_BEFORE.search(doc.text, line_start, old.idx + len(old)) is None:
            continue
        clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") and _has_subject(c)), None)
        if clause is None:
            continue
        det = [t for t in noun.lefts if t.i < old.i and t.dep_ == "det"]
        verb.head = verb  # the root first: no cycle while the rest is rehung
        verb.dep_, verb.tag_, verb.pos_ = "ROOT", "VBD", "VERB"  # ("told" read as a participle too)
        for t in [noun, old, clause, *[p for p in noun.rights if p.dep_ == "punct"]]:
            t.head = verb
        noun.dep_, old.dep_, clause.dep_ = "dobj", "nsubj", "ccomp"
        for t in det:
            t.head = old


def _reparse_agents_hung_on_as_phrases(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`The plan was described as "reckless" by the opposition leader`: the parser hangs
    "by ..." on the word of the "as" phrase ("reckless"), not on the passive verb, so
    the verb has no agent (no speaker) and the item runs on over the agent. A "by"
    phrase with a noun object, after a quotation inside the "as" phrase of a passive
    verb that has no agent of its own, is that verb's agent. (``lowers``: the doc's
    LOWER column.)"""
    for i in numpy.flatnonzero(lowers == doc.vocab.strings["by"]).tolist():
        by = words[i]
        if by.dep_ != "prep" or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in by.children):
            continue
        as_phrase = next((a for a in by.ancestors if a.lower_ == "as" and a.dep_ == "prep"), None)
        verb = as_phrase.head if as_phrase is not None else None
        if verb is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children) or by.i < as_phrase.i:
            continue
        if not any(t.tag_ in ("``", "''") for t in doc[as_phrase.i + 1 : by.i]):
            continue  # ("was confirmed as one of the passengers by ...": no words quoted)
        by.head = verb
        by.dep_ = "agent"


def _reparse_as_asides_read_as_relatives(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`The treaty, as the historian Margit Solberg has long argued, was signed in haste`:
    the parser reads "as the historian" as a prepositional phrase and "Margit Solberg has
    long argued" as a relative clause on "historian" (with the name as its subject), so
    no "as" aside is seen and nothing is reported. A speech verb so hung, whose subject
    is a name right after the common noun "as" governs and which reports nothing of its
    own, is the aside: the verb is rehung on the host clause with "as" as its marker,
    and the role noun joins its name. (``lowers``: the doc's LOWER column.)"""
    for i in numpy.flatnonzero(lowers == doc.vocab.strings["as"]).tolist():
        as_word = words[i]
        if as_word.dep_ != "prep" or as_word.head.pos_ not in ("VERB", "AUX"):
            continue
        if i > as_word.sent.start and words[i - 1].text not in (",", "\u2014", "\u2013", "--", "("):
            continue  # an aside is set off ("As ..." opening the sentence, or ", as ...")
        role = next((c for c in as_word.children if c.dep_ == "pobj"), None)
        if role is None or role.pos_ != "NOUN" or not role.is_lower or role.left_edge.i != i + 1:
            continue
        if not _personal_noun(role.lemma_.lower()):
            continue  # ("as another reason the agency charged ...": no one's role)
        verb = next((c for c in role.children if c.dep_ == "relcl" and c.i > role.i), None)
        if verb is None or verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
            continue
        name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if name is None or name.pos_ != "PROPN" or name.left_edge.i != role.i + 1 or words[role.i + 1].pos_ != "PROPN":
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
            continue  # ("as the judge Ada Roe told the jury ..."): a report of its own
        host = as_word.head
        verb.head = host
        verb.dep_ = "advcl"
        as_word.head = verb
        as_word.dep_ = "mark"
        role.head = name
        role.dep_ = "compound"


def _reparse_comma_asides_read_as_relatives(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`Critics, the club announced, were wrong`: with a verb the model knows less well
    than "said" in the aside, it reads "the club announced" as a relative clause on the
    noun before the comma (a reduced relative, "critics [whom] the club announced"), so
    no aside is seen and nothing is reported. A reduced relative cannot be set off by
    commas, so a speech verb hung as a relative clause, with its own subject opening
    right after a comma that follows its noun, closed by a comma, and with no object or
    clause of its own, whose noun is the subject of a verb after that comma, is the
    aside: it is rehung on that verb as a parataxis, as the parser reads "the club said".
    (``lowers``: the doc's LOWER column.)"""
    for j in numpy.flatnonzero(lowers[:-1] == doc.vocab.strings[","]).tolist():
        noun = words[j - 1] if j > 0 else None
        if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if noun.head.i > j and noun.dep_ == "nsubj" and _repair_two_subject_aside(noun, j):
            continue
        if noun.head.i > j and noun.dep_ == "nsubj" and _repair_aside_holding_the_subject(noun, j):
            continue
        if noun.head.i > j and noun.dep_ == "nsubj" and _repair_aside_speaker_read_as_apposition(noun, j):
            continue
        if noun.head.i <= j:
            continue
        verb = next((c for c in noun.children if c.dep_ == "relcl" and c.i > j), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) if verb else None
        if verb is None:
            # (`Critics, the club announced on Monday, were wrong`: the speaker read as the
            # noun's apposition and the verb as a participle on it; only a past-tense verb
            # and a speaker-like noun, as "the scheme announced on Monday" is a participle)
            subject = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == j + 1), None)
            verb = next((c for c in subject.children if c.dep_ == "acl" and c.i > subject.i), None) if subject else None
            if verb is None or verb.tag_ != "VBD" or subject is None or not _could_speak(subject):
                continue
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if subject is None or subject.left_edge.i != j + 1:
            continue
        if any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in doc[j + 1 : verb.i]):
            continue  # ("The strike, which union leader X called ...": a relative of its own)
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in verb.children):
            continue
        close = verb.right_edge.i + (0 if verb.right_edge.text == "," else 1)
        if close >= len(doc) or words[close].text != "," or noun.head.i <= close:
            continue
        verb.head = noun.head
        verb.dep_ = "parataxis"
        if subject.head.i != verb.i:
            subject.head = verb
            subject.dep_ = "nsubj"


def _repair_aside_holding_the_subject(noun: Token, j: int) -> bool:
    """`Farmers, the minister warned on Monday, are short of water`: two more readings of
    the comma-set aside that leave the clause's subject on the aside's verb. Either the
    aside is rightly a parataxis of the predicate after it but has both subjects (the
    clause's before the comma, its own after it), or it is a complement of that predicate
    with the clause's subject as its own and its speaker hung on that noun as an
    apposition (`Tourists, the mayor of the town noted last week, are ...`, the verb
    tagged a participle). The noun before the comma (``noun``, at ``j`` + 1 the comma)
    becomes the predicate's subject, the speaker the aside's, the aside a parataxis.
    Only with a speech verb, closed by a comma right before the predicate, and a
    predicate with no subject of its own. True when repaired."""
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    clause = verb.head
    if clause.i <= verb.i or clause.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("parataxis", "ccomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    doc = noun.doc
    close = verb.right_edge.i + (0 if verb.right_edge.text == "," else 1)
    if close >= len(doc) or doc[close].text != "," or clause.left_edge.i not in range(noun.left_edge.i, close + 2):
        return False
    if any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in verb.children):
        return False
    if verb.dep_ == "parataxis":
        own = [c for c in verb.children if c.dep_ == "nsubj" and j < c.i < verb.i]
        if verb.tag_ == "VBN":
            return False
        if not own:
            # `Fares, Ana Ruiz, the head of the board, said, will rise`: the speaker's name
            # with its own apposition read as a conjunct of the noun (no "and" joins them)
            conj = _conjunct_speaker_of(noun, j, verb)
            if conj is None:
                return False
            conj.head = verb
            conj.dep_ = "nsubj"
            own = [conj]
        if len(own) != 1 or own[0].left_edge.i != j + 1:
            return False
        speaker = own[0]
    else:
        speaker = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == j + 1), None)
        if speaker is None or speaker.right_edge.i != verb.i - 1 or not _could_speak(speaker):
            return False
        speaker.head = verb
        speaker.dep_ = "nsubj"
        verb.dep_ = "parataxis"
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"
    noun.head = clause
    return True


def _conjunct_speaker_of(noun: Token, j: int, verb: Token) -> Token | None:
    """The aside's speaker that the parser hung on the noun before the comma at ``j`` as
    a conjunct: a name opening right after that comma and filling the aside up to the
    verb (its apposition with it, `Ana Ruiz, the head of the board,`), with no "and" or
    "or" on the noun, so no list ("Fares, taxes and rents" has one) is taken apart."""
    if any(c.dep_ in ("cc", "preconj") for c in noun.children):
        return None
    conj = next((c for c in noun.children if c.dep_ == "conj" and c.left_edge.i == j + 1), None)
    if conj is None or conj.pos_ != "PROPN" or not _could_speak(conj):
        return None
    if any(c.dep_ in ("cc", "conj") for c in conj.children):
        return None
    return conj if _fills_aside_to(conj, verb) else None


def _fills_aside_to(speaker: Token, verb: Token) -> bool:
    """Whether the speaker's phrase runs up to the aside's verb, or up to a comma right
    before it (the comma that closes the speaker's apposition, which the parser may hang
    elsewhere: `Rents, Tom Hale, the chairman of the trust, said`)."""
    end = speaker.right_edge.i
    return end == verb.i - 1 or (end == verb.i - 2 and speaker.doc[verb.i - 1].text == ",")


def _repair_aside_speaker_read_as_apposition(noun: Token, j: int) -> bool:
    """`Exports, the head of the trade office said on Thursday, will fall`: a third reading
    of the comma-set aside. With a long speaker the parser makes the aside's verb the root,
    the noun before the comma its subject, the speaker that noun's apposition, and the
    clause's predicate after the closing comma the verb's complement; the report then
    loses its subject and is credited to the noun. Rehung as the comma-set reading: the
    predicate is the root with ``noun`` (the word before the comma at ``j``) its subject,
    the apposition the aside's subject, the aside a parataxis. Only with a speech verb, a
    speaker that can speak filling the aside up to the verb, and a predicate opening right
    after a comma with no subject, marker or conjunction of its own. True when repaired."""
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    speaker = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == j + 1), None)
    # (the comma closing the speaker's own apposition may hang on the noun, not on it)
    if speaker is None or not _could_speak(speaker) or not _fills_aside_to(speaker, verb):
        return False
    if any(c.dep_ in ("dobj", "dative", "attr", "xcomp", "nsubjpass", "nsubj") and c != noun for c in verb.children):
        return False
    doc = noun.doc
    if verb.dep_ == "ROOT":
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    elif verb.dep_ == "parataxis" and verb.head.i > verb.i:
        # (or the aside rightly a parataxis of the predicate, the subject hung on it)
        clause = verb.head
    else:
        return False
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return False
    # (the aside closes with a comma right before the predicate's own words)
    clause_start = min([clause.i] + [c.left_edge.i for c in clause.children if c.i > verb.i])
    aside_end = max([verb.i] + [c.right_edge.i for c in verb.children if verb.i < c.i < clause.i])
    if doc[clause_start - 1].text != "," or clause_start - 1 not in (aside_end, aside_end + 1):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark", "cc") for c in clause.children):
        return False
    _rehang_as_comma_set(noun, verb, clause, speaker=speaker, make_root=verb.dep_ == "ROOT")
    return True


def _repair_two_subject_aside(noun: Token, j: int) -> bool:
    """`Voters, the senator warned last week, are angry`: the parser makes the aside's
    verb the root with two subjects, the clause's before the comma and its own after it,
    and hangs the clause's predicate ("are angry", with no subject) on it after the
    closing comma. Rehung as the comma-set reading: the predicate is the root with
    ``noun`` (the word before the comma at ``j``) its subject, the aside its parataxis.
    True when repaired."""
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    own = [c for c in verb.children if c.dep_ == "nsubj" and j < c.i < verb.i]
    if len(own) != 1 or own[0].left_edge.i != j + 1:
        return False
    doc = noun.doc
    close = next((c for c in verb.children if c.text == "," and c.i > verb.i), None)
    if close is None or any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.i > close.i and c.left_edge.i == close.i + 1), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("dep", "ccomp", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark", "cc") for c in clause.children):
        return False
    if any(t.dep_ == "cc" for t in doc[verb.i + 1 : close.i]):
        return False
    _rehang_as_comma_set(noun, verb, clause)
    return True


def _rehang_as_comma_set(
    noun: Token, verb: Token, clause: Token, speaker: Token | None = None, make_root: bool = True
) -> None:
    """Rehang a comma-set aside (`Voters, the senator warned, are angry`) the way both
    aside repairs above want it: the predicate ``clause`` becomes the root (when
    ``make_root``) and takes the aside ``verb``'s children after it, ``noun`` becomes
    its subject, ``speaker`` (when given) the verb's subject, and the verb a parataxis of
    the predicate. The order of the head assignments is kept as written: spaCy updates
    the tree's edges at each one, so the children read for the move are those before."""
    if make_root:
        clause.head = clause
        clause.dep_ = "ROOT"
        for c in [c for c in verb.children if c.i > clause.i]:
            c.head = clause
    noun.head = clause
    if speaker is not None:
        speaker.head = verb
        speaker.dep_ = "nsubj"
    verb.head = clause
    verb.dep_ = "parataxis"


def _reparse_subjects_before_inverted_asides(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`The lake, says the ranger, is deeper than it looks`: the parser gives the inverted
    aside "says the ranger" both subjects, the clause's ("The lake", before the comma) and
    its own (after the verb), and leaves the clause (hung on the aside as parataxis, or
    under it as a complement) with none. The subject before the aside is rehung on the
    clause, so the speaker is the one after the verb and the content runs on both sides.
    The parser may also read the speaker as the aside verb's object ("warns Kaur",
    `_inverted_speaker_read_as_object`), made its subject here, and the clause as a
    second verb joined to the aside ("warned the coroner, was that"), unless a
    conjunction says it is one. (``lowers``: the doc's LOWER column.)"""
    for j in numpy.flatnonzero(lowers[:-1] == doc.vocab.strings[","]).tolist():
        verb = words[j + 1]
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < j]
        after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if not after:
            after = _inverted_speaker_read_as_object(verb)
        if len(before) != 1 or len(after) != 1 or before[0].right_edge.i not in (j - 1, j):
            continue
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            clause = verb.head
        else:
            # (the clause under the aside as its complement, or as a second verb joined to
            # it: "The danger, warned the coroner, was that ...")
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i > after[0].i), None)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.dep_ == "conj" and any(c.dep_ == "cc" and c.i < clause.i for c in verb.children):
            continue  # "X, said Y, and ...": a coordination, no aside
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            continue
        if words[after[0].right_edge.i + 1].text != ",":
            continue  # (the aside closes with a comma before the clause goes on)
        if clause.head.i == verb.i and verb.dep_ == "ROOT":
            # the clause read as the aside's complement: the clause is the root, the aside
            # its parataxis, as the parser reads "says the ranger" elsewhere
            clause.head = clause
            clause.dep_ = "ROOT"
            for c in [c for c in verb.children if c.i > clause.i]:
                c.head = clause
            verb.head = clause
            verb.dep_ = "parataxis"
        before[0].head = clause
        after[0].dep_ = "nsubj"


def _reparse_split_quote_speakers_read_as_subjects(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`"The river," said Ada Lind, who fished here, "is dying."`: when a relative clause
    or apposition describes the speaker of a split quotation, the parser reads the
    speaker as the subject of the quotation's second piece (a complement of the cue,
    whose subject-less rest opens the marks) and leaves the inverted cue with none, so
    that piece became a reported clause opening on the speaker's name. An inverted
    speech verb right after `,"` with no subject of its own, whose complement's subject
    sits after it and ends at `, "` right before the complement's open mark, gets that
    subject back; the complement, subject-less, is the quotation's second piece.
    (``lowers``: the doc's LOWER column.)"""
    n = len(doc)
    # (a comma whose next word is a quote mark, found in the LOWER column: building the
    # two Tokens after every comma of the article cost more than the rest of the test)
    marked = (lowers[:-2] == doc.vocab.strings[","]) & hashes_in(lowers[1:-1], _quote_mark_hashes())
    for j in numpy.flatnonzero(marked).tolist():
        mark, verb = words[j + 1], words[j + 2]
        if not is_quote_char(mark.text) or verb.tag_ not in ("VBD", "VBZ"):
            continue
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None and verb.dep_ == "parataxis" and verb.head.i > verb.i:
            clause = verb.head  # (or the cue hung as an aside on the second piece's verb)
        if clause is None:
            continue
        subject = next(
            (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and verb.i < c.i < clause.i), None
        )
        if subject is None or subject.left_edge.i != verb.i + 1:
            continue
        end = subject.right_edge.i
        if words[end].text == ",":
            end -= 1  # (the comma that closes the description hung on the subject)
        if end + 2 >= n or words[end + 1].text != "," or not is_quote_char(words[end + 2].text):
            continue
        if any(verb.i < t.i < end + 2 for t in clause.subtree if t.i not in range(subject.left_edge.i, end + 2)):
            continue  # words of the clause outside the marks: a report, not a piece
        if not _could_speak(subject):
            continue
        subject.head = verb
        subject.dep_ = "nsubj"


def _reparse_closing_inverted_cues_read_as_conjuncts(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`Nobody reads newspapers anymore, lamented the editor.`: with a cue the model knows
    less well than "said", it reads the inverted cue that closes a sentence as a second
    verb joined to the clause ("reads ..., lamented", a conjunct or a bare dependent),
    and the speaker after it as that verb's object, so the "content" became "the editor"
    with the clause's subject for speaker; or it reads the cue as a participle modifying
    the name after it ("lamented Mayor Jo Pratt"), leaving no cue at all. A speech verb
    right after a comma, hung on the sentence's root with no conjunction and no subject of
    its own, followed by a noun phrase (its object, or the name it modifies) that runs to
    the sentence's closing stop, is the sentence's cue: it becomes the root, the clause
    its complement and the noun phrase its subject. Verbs whose object is the one
    addressed ("told the board", "asked the court") are left alone: after a comma they
    may well be a second action. (``lowers``: the doc's LOWER column.)"""
    for j in numpy.flatnonzero(lowers[:-1] == doc.vocab.strings[","]).tolist():
        verb = words[j + 1]
        lemma = verb.lemma_.lower()
        if lemma not in lexicon.SPEECH_VERBS or lemma in lexicon.ADDRESSEE_OBJECT_SPEECH_VERBS:
            continue
        if verb.tag_ in ("VBD", "VBZ") and verb.dep_ in ("conj", "dep"):
            clause = verb.head
            speaker = _closing_speaker_read_as_object(verb)
        elif verb.tag_ in ("VBD", "VBZ") and verb.dep_ == "ROOT":
            # ("Nothing ever happens here, mused the ferryman": the clause an adverbial
            # one of the cue, with no word such as "when" or "if" to open it)
            clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.i < j), None)
            if clause is None or any((c.dep_ == "mark" or c.tag_ == "WRB") and c.i < clause.i for c in clause.children):
                continue
            speaker = _closing_speaker_read_as_object(verb)
            if speaker is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue
            end = max([speaker.right_edge.i] + [c.right_edge.i for c in verb.rights if not c.is_punct]) + 1
            rest = [t for t in doc[end : verb.sent.end] if not t.is_space]
            if rest and all(t.is_punct for t in rest) and rest[0].text in (".", "!", "?"):
                clause.dep_ = "ccomp"
                speaker.dep_ = "nsubj"
            continue
        elif (
            verb.tag_ in ("VBN", "VBD")
            and verb.dep_ == "amod"
            and (verb.head.pos_ == "PROPN" or verb.head.dep_ == "compound" and verb.head.head.pos_ == "PROPN")
        ):
            speaker = verb.head
            while speaker.dep_ == "compound" and speaker.head.pos_ == "PROPN":
                speaker = speaker.head  # ("lamented Mayor Jo Pratt", "noted coach Fran Roe")
            if speaker.dep_ == "ROOT":
                # (the name made the root, the clause a complement of the participle)
                clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < j), None)
                if clause is None:
                    continue
            else:
                clause = speaker.head
                while clause.dep_ != "ROOT" and clause.head.i != clause.i:
                    clause = clause.head  # (the name hung on an object or on the root)
            if speaker.left_edge.i != verb.left_edge.i or any(
                c.dep_ != "compound" for c in speaker.lefts if c.i != verb.i and c.head.i == speaker.i
            ):
                continue
        else:
            continue
        if speaker is None or clause.i > j or clause.pos_ not in ("VERB", "AUX") or not _could_speak(speaker):
            continue
        if clause.dep_ != "ROOT" and not (verb.dep_ == "amod" and clause.head.i == verb.i):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        # ("X, and complained ..." is no aside; a "cc" already used by a conjunct before
        # the comma, "The trains are late and the fares keep rising, complained", is)
        ccs = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < j]
        conjs = [c for c in clause.children if c.dep_ == "conj" and c.i < j]
        if len(ccs) > len(conjs) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        # (the speaker's last word: the stop may hang on it, when the parser made it the root)
        last = max(t.i for t in speaker.subtree if not t.is_punct)
        end = max([last] + [c.right_edge.i for c in verb.rights if not c.is_punct]) + 1
        rest = [t for t in doc[end : clause.sent.end] if not t.is_space]
        if not rest or not all(t.is_punct for t in rest) or rest[0].text not in (".", "!", "?"):
            continue  # (the speaker closes the sentence: nothing but its stop follows)
        stops = [c for c in doc[j : clause.sent.end] if c.is_punct and c.head.i in (clause.i, speaker.i)]
        stops = [c for c in stops if c.i == j or c.i >= end]
        if verb.dep_ == "amod":
            verb.tag_ = "VBD"
            verb.pos_ = "VERB"
        _reroot_on_cue(verb, speaker, clause, stops)
        verb.dep_ = "ROOT"
        clause.dep_ = "ccomp"


def _could_speak(noun: Token) -> bool:
    """Whether the noun after a closing cue can be its speaker: a name or a named entity,
    or a noun for a person, group or body ("the editor", "one resident", "the fire
    department"); "conceded the race", "repeated the vote" keep their object."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = noun.lemma_.lower()
    return (
        any(
            lemma in words
            for words in (
                lexicon.UNNAMED_HEADS, lexicon.PERSON_DESCRIPTIONS, lexicon.ORG_DESCRIPTIONS,
                lexicon.GROUP_HEADS, lexicon.PERSON_NOUNS, lexicon.PEOPLE_GROUPS, lexicon.COURT_ROLES,
            )
        )
        or _person_compound(noun.lower_)
        or _personal_noun(lemma)
    )


def _closing_speaker_read_as_object(verb: Token) -> Token | None:
    """The noun phrase right after a closing inverted cue, read as its object: "the
    editor", "one resident", "her grandmother, Elsa Vogt", "a spokeswoman" (of "for the
    firm", which may hang on the verb). A name, or a noun with a determiner, number or
    possessive; the verb takes nothing else but a prepositional phrase after it."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return None
    obj = objects[0]
    if obj.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return None
    if any(c.i != obj.i and not c.is_punct and not (c.dep_ == "prep" and c.i > obj.i) for c in verb.rights):
        return None
    return obj


#: The dashes that set off an aside (`The vote -- the senator said -- was rigged`).
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def _reparse_dashed_asides(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`The vote \u2014 the senator said on Tuesday \u2014 was rigged`: set off by commas,
    such an aside is parsed as a parenthetical on the clause it interrupts, and the whole
    sentence is what was said. Set off by dashes, the parser makes the aside the main
    verb (or a parataxis of the subject) and the rest of the clause its complement with
    no subject (content "was rigged"). A speech verb with its own subject between two
    dashes, whose complement right after the second dash has no subject, and with a
    noun phrase alone before the first dash, is such an aside: the complement becomes
    the sentence's head, the noun phrase its subject and the speech verb a parataxis
    on it, as in the comma-set reading."""
    # The dashes are found in the lower-case forms (a dash is its own lower case; no
    # repair changes a word), not by building every token of every sentence: most
    # articles hold fewer than two and skip the sentence walk altogether.
    at = numpy.flatnonzero(hashes_in(lowers, _dash_hashes())).tolist()
    if len(at) < 2:
        return
    for sent in doc.sents:
        # (the sentences are read anew as before: a repair may move their bounds)
        k = bisect.bisect_right(at, sent.start)
        if k + 1 >= len(at) or at[k + 1] >= sent.end:
            continue
        first, second = words[at[k]], words[at[k + 1]]
        inside = doc[first.i + 1 : second.i]
        verb = next(
            (
                t for t in inside
                if t.lemma_.lower() in lexicon.SPEECH_VERBS and t.tag_ in ("VBD", "VBZ", "VBP")
                and any(c.dep_ == "nsubj" and first.i < c.i < t.i for c in t.children)
            ),
            None,
        )
        if verb is None:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == second.i + 1), None)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
            continue  # ("-- the senator said -- that ...": a clause of its own)
        if any(c.dep_ in ("ccomp", "xcomp") and c.i != clause.i for c in verb.children):
            continue
        if any(not first.i <= t.head.i <= second.i for t in inside if t.i != verb.i):
            continue  # the aside's words hang only within it
        subject = words[first.i - 1]
        while subject.head.i < first.i and subject.head.i != subject.i and subject.head.i >= sent.start:
            subject = subject.head
        if (
            subject.pos_ not in ("NOUN", "PROPN", "PRON")
            or subject.left_edge.i != sent.start
            or not (subject.head.i == verb.i and subject.dep_ in ("nsubj", "nsubjpass") or subject.dep_ == "ROOT" and verb.head.i == subject.i)
        ):
            continue
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        clause.head = clause
        clause.dep_ = "ROOT"
        subject.head = clause
        subject.dep_ = "nsubjpass" if passive else "nsubj"
        verb.head = clause
        verb.dep_ = "parataxis"
        for t in list(verb.children):
            if t.i > second.i and t.i != clause.i:
                t.head = clause  # the closing period


def _inverted_speaker_read_as_object(verb: Token) -> list[Token]:
    """`The danger, warns Kaur, is that ...`: a verb that may take a person as its object
    ("warns Kaur") gets the name after it in the aside as an object. The name is the
    aside's whole remainder, from right after the verb, and a person's name or a
    noun phrase (`_reparse_subjects_before_inverted_asides` then checks that a
    comma closes it and that the clause it sits in has no subject of its own)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return []
    obj = objects[0]
    if obj.pos_ != "PROPN" and not any(c.dep_ == "det" for c in obj.children):
        return []
    if any(c.dep_ in ("dobj", "dative", "xcomp") for c in verb.children if c.i != obj.i):
        return []
    return [obj]


def _retag_verbs_after_quotes(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> bool:
    """A past-tense speech verb right after a closing quote and its comma, tagged an
    adjective or a participle: `"We threw it away," lamented coach Lars Moen` -- the
    model reads "lamented coach" as a noun phrase, hiding the cue of the inverted
    order. Right after `,"` an "-ed" word that is a speech verb is that verb (lemma and
    tags fixed). The present tense slips the same way: `"...," reckons manager Ed
    Cole`, with "reckons" read as a plural noun compounded on the role."""
    # (Only tokens right after a closing-quote token can qualify: found in the tag array,
    # not by building every token; ``tags``: the doc's TAG column. Returns whether a
    # word was retagged.)
    retagged = False
    closing = doc.vocab.strings["''"]
    for i in numpy.flatnonzero(tags[:-1] == closing) + 1:
        tok = words[int(i)]
        if tok.tag_ == "JJ" and tok.lower_.endswith("ed"):
            tag = "VBD"
        elif tok.tag_ == "VBN" and tok.dep_ in ("amod", "compound") and tok.lower_.endswith("ed"):
            tag = "VBD"  # a participle the parser read as modifying the name: "joked shopkeeper"
        elif tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.dep_ == "compound":
            tag = "VBZ"
        else:
            continue
        if tok.i < 2:
            continue
        if words[tok.i - 2].text not in (",", "!", "?"):
            continue  # (the token before is the closing mark: found by its tag)
        verbs = lexicon.SPEECH_VERBS if tag == "VBD" else lexicon.CUE_LEMMAS
        stem = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in verbs), None)
        if stem is None and tag == "VBD" and tok.tag_ == "JJ" and _only_a_name_closes(tok):
            # `'...,' moaned neighbour Sid Bell.`: a verb of manner no list holds; an
            # adjective would describe the noun of a clause going on (`frustrated fans said`)
            stem = _past_tense_stem(tok.lower_)
        if stem is not None:
            tok.lemma_, tok.pos_, tok.tag_ = stem, "VERB", tag
            retagged = True
    return retagged


#: Tags of the words a speaker's name or role is made of (`the lad's mum`, `neighbour Sid Bell`).
_NAME_PHRASE_TAGS = frozenset("DT NN NNS NNP NNPS JJ POS HYPH CD PRP$".split())


def _only_a_name_closes(tok: Token) -> bool:
    """Words after ``tok`` up to the clause's end (a stop, a comma, the text's end) make
    one noun phrase holding a name or a role: `moaned neighbour Sid Bell.`. No verb
    follows, as one does after an adjective (`frustrated fans said`)."""
    run = []
    for t in tok.doc[tok.i + 1 : tok.i + 9]:
        if t.text in (".", ",", "!", "?", ";") or t.is_space:
            break
        if t.tag_ not in _NAME_PHRASE_TAGS:
            return False
        run.append(t)
    else:
        if tok.i + 9 < len(tok.doc):
            return False  # (a long run: no name)
    return bool(run) and run[-1].tag_ in ("NN", "NNP", "NNPS")


def _past_tense_stem(word: str) -> str:
    """A lemma for a regular past tense ("moaned" moan, "sobbed" sob, "fumed" fume,
    "replied" reply); good enough for a verb no list holds."""
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    vowels = "aeiou"
    if len(stem) > 2 and stem[-1] not in vowels + "wxy" and stem[-2] in vowels and stem[-3] not in vowels:
        return stem + "e"
    return stem


def _reparse_particles_read_as_verbs(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> bool:
    """ `"We will not negotiate," Mr. van den Broek said`: the parser reads the particle
    "den" as a verb (or a proper noun heading a clause) with "van" its subject and the
    quotation its complement, so the quotation runs on into the name and the name loses
    "van den". A lowercase surname particle so read, after another particle and before
    a capitalised proper noun that is the subject of the particle's own head, is part of
    that name: it and the words it took hang on the surname or on its head again.
    (``lowers``: the doc's LOWER column. Returns whether a word was retagged.)"""
    # (only the particles can qualify: found in the lowercase array, not token by token)
    retagged = False
    for i in numpy.flatnonzero(hashes_in(lowers, _particle_hashes())).tolist():
        tok = words[i]
        if not (
            (tok.tag_.startswith("VB") or tok.dep_ in ("ccomp", "advcl", "xcomp", "parataxis"))
            and tok.text.islower() and tok.lower_ in lexicon.SURNAME_PARTICLES
        ):
            continue  # (tagged a proper noun, it may still head a clause: "van den Hoek")
        if tok.i == 0 or tok.i + 1 >= len(doc) or tok.head.i == tok.i:
            continue
        before, surname = words[tok.i - 1], words[tok.i + 1]
        if not (
            before.text.islower() and before.lower_ in lexicon.SURNAME_PARTICLES
            and surname.pos_ == "PROPN" and surname.text[:1].isupper()
            and surname.head.i == tok.head.i and surname.dep_.startswith("nsubj")
        ):
            continue
        head = tok.head
        for child in list(tok.children):
            if child.i < tok.i and child.i >= before.i:
                child.head, child.dep_ = surname, "compound"  # "van": the name's
            else:
                child.head = head  # the quotation: the cue's again
        tok.head, tok.dep_ = surname, "compound"
        tok.pos_, tok.tag_ = "PROPN", "NNP"
        retagged = True
    return retagged


def _reparse_fronted_clauses_read_as_participles(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> None:
    """`Her book sold poorly, the author said.`: a past tense with the participle's form
    ("sold", "failed") right after the subject opening the sentence is read as a reduced
    relative on it ("the book sold ..."), and the subject as a second subject of the
    cue after the comma: nothing is reported. A speech verb with two subjects, the first
    opening the sentence and carrying such a participle whose words run to the comma
    right before the second, reports that clause: the participle becomes a past-tense
    verb, the first subject its own, and the clause the cue's complement."""
    # (tagged a past tense or a participle: the dependency is what is wrong)
    past = numpy.isin(tags, [doc.vocab.strings["VBN"], doc.vocab.strings["VBD"]])
    for i in numpy.flatnonzero(past).tolist():
        tok = words[i]
        noun = tok.head
        if tok.dep_ != "acl" or noun.dep_ != "nsubj" or noun.i > i or noun.left_edge.i != tok.sent.start:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        comma = tok.right_edge.i + 1
        if comma + 1 >= len(doc) or words[comma].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children
        ):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or not any(
            c.dep_ == "nsubj" and c.left_edge.i == comma + 1 and c.i < verb.i for c in verb.children
        ):
            continue
        tok.head, tok.dep_, tok.tag_ = verb, "ccomp", "VBD"
        noun.head = tok


def _retag_gerund_nouns_opening_on_cues(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> bool:
    """`The ruling states that the law ...`: a noun in -ing ("ruling", "filing",
    "finding", "briefing") right after the determiner opening a sentence is read as a
    participle modifying the next word, so the cue verb ("states", "says") has no subject
    (or, tagged a plural noun, is no verb at all). An adjectival modifier hung on a verb is
    no modifier: with only the determiner before it and the sentence's root (a verb, or a
    plural noun whose stem is a cue) right after it, the word is the noun subject. (The
    plural-noun repair that runs next then makes "states" the verb.) Returns whether a word
    was retagged."""
    retagged = False
    gerund = doc.vocab.strings["VBG"]
    for i in numpy.flatnonzero(tags == gerund).tolist():
        tok = words[i]
        if tok.dep_ != "amod" or i + 1 >= len(doc):
            continue  # (tested before `Token.sent`, which builds two Spans: few gerunds are modifiers)
        start = tok.sent.start
        if i != start + 1 or words[start].dep_ != "det":
            continue
        head = tok.head
        if head.i != i + 1 or head.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            continue
        if head.tag_ in ("VBZ", "VBD"):
            dep = "nsubj"
        elif head.tag_ == "NNS" and any(s in lexicon.CUE_LEMMAS for s in (head.lower_[:-1], head.lower_[:-2])):
            dep = "compound"
        else:
            continue
        if dep == "nsubj":
            words[start].head = tok  # (a plural-noun root keeps it: the next repair moves it)
        tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = dep, "NOUN", "NN", tok.lower_
        retagged = True
    return retagged


def _retag_plural_noun_roots(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> bool:
    """`Trump predicts that the ferry will be late.`: after a name that is also a
    common word ("Trump", "Cash") the model reads "predicts" as a plural noun
    compounded on the name and heading the sentence, the clause after it its complement
    (or, with a subject of its own, a clause modifying the "noun"); no cue is found. A
    sentence root tagged a plural noun whose stem is a cue verb, with such a clause
    after it and nothing before it but the name (compound words, the last one maybe
    already its subject), is that verb in the present tense: the name's last word
    becomes its subject and the clause its complement. A determiner may open the name
    ("The Treasury projects that ..."), and the clause may be read as a relative one on
    the "noun" when "that" marks it and it has a subject of its own. (``tags``: the
    doc's TAG column. Returns whether a word was retagged.)"""
    retagged = False
    plural = doc.vocab.strings["NNS"]
    for i in numpy.flatnonzero(tags == plural).tolist():
        tok = words[i]
        if tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i == tok.sent.start:
            continue
        stem = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in lexicon.CUE_LEMMAS), None)
        clause = next(
            (
                c for c in tok.rights
                if c.dep_ == "ccomp" or c.dep_ == "acl" and _has_subject(c) or c.dep_ == "relcl" and _that_clause_with_subject(c)
            ),
            None,
        )
        if stem is None or clause is None:
            continue
        # ("The Treasury projects that ...": a determiner may open the name)
        first = tok.sent.start + (words[tok.sent.start].dep_ == "det" and words[tok.sent.start].head.i == tok.i)
        name = doc[first : tok.i]
        if not len(name) or not all(t.head.i == tok.i and t.tag_ in ("NN", "NNP") for t in name) or any(
            t.dep_ != "compound" for t in name[:-1]
        ) or name[-1].dep_ not in ("compound", "nsubj"):
            # ("The court's ruling states", "A new filing claims", "The ruling party
            # states": a noun phrase with modifiers, all of it hung inside itself)
            if not _modified_noun_before(doc, words, tok.sent.start, tok):
                continue
        subject = words[tok.i - 1]
        if subject.tag_ == "VBG":
            subject.tag_, subject.pos_, subject.lemma_ = "NN", "NOUN", subject.lower_
        for t in doc[tok.sent.start : tok.i - 1]:
            if t.head.i == tok.i:
                t.head = subject
        subject.dep_, clause.dep_ = "nsubj", "ccomp"
        tok.lemma_, tok.pos_, tok.tag_ = stem, "VERB", "VBZ"
        retagged = True
    return retagged


def _modified_noun_before(doc: Doc, words: Sequence[Token], start: int, root: Token) -> bool:
    """Whether the words from ``start`` to just before ``root`` are one noun phrase
    ending in a common noun (or a gerund the parser made a modifier, "ruling") whose
    other words are determiners, possessives, adjectives, numbers and nouns, each hung
    within the phrase or on the root."""
    if root.i - start < 2:
        return False
    last = words[root.i - 1]
    if last.head.i != root.i or not (last.tag_ in ("NN", "NNP") or last.tag_ == "VBG" and last.dep_ == "amod"):
        return False
    for t in doc[start : root.i - 1]:
        if not start <= t.head.i <= root.i or t.dep_ not in ("det", "poss", "case", "amod", "compound", "nummod"):
            return False
    return True


def _retag_possessed_plurals_read_as_verbs(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> bool:
    """`Her fears that the bridge would collapse proved justified.`: the model may read a
    plural noun after a possessive ("fears", "worries", "doubts") as a verb in the present
    tense, with the possessive its dependent. A verb takes no possessor: a word tagged VBZ
    whose possessive pronoun stands right before it is the plural noun, so the noun cue
    rules see it. (``tags``: the doc's TAG column. Returns whether a word was retagged.)"""
    retagged = False
    vbz, poss = doc.vocab.strings["VBZ"], doc.vocab.strings["PRP$"]
    for i in numpy.flatnonzero(tags[1:] == vbz).tolist():
        tok = words[i + 1]
        if tags[i] == poss and words[i].head.i == tok.i and words[i].dep_ == "poss" and tok.lower_.endswith("s"):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            retagged = True
    return retagged


#: Verbs that take a participle or adjective as their complement ("would remain closed",
#: "would be sold", "would get paid"): a participle right after them is no new predicate.
_LINKING_LEMMAS = frozenset("be have get become remain stay seem feel look go prove keep".split())


def _reparse_predicates_read_into_noun_clauses(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> None:
    """`His doubts that the plan would work turned out to be right.`: after a noun and its
    "that" clause the model may read the sentence's own verb into the clause ("work" the
    subject of "turned", or "proved" a modifier of "collapse"), so the clause runs on to
    the full stop and the noun heads the sentence. A bare verb after a modal cannot be
    followed in its own clause by a finite verb or a participle (unless it is a linking
    verb: "would remain closed"): where such a pair stands inside a "that" clause hung on a
    sentence-root noun, the clause ends at the bare verb and the second verb is the
    sentence's root, the noun its subject."""
    strings = doc.vocab.strings
    bare = tags[:-1] == strings["VB"]
    finite = numpy.isin(tags[1:], [strings["VBD"], strings["VBZ"], strings["VBN"]])
    for i in numpy.flatnonzero(bare & finite).tolist():
        verb, predicate = words[i], words[i + 1]
        root = verb.sent.root
        if (
            root.pos_ != "NOUN" or verb.lemma_.lower() in _LINKING_LEMMAS or i == 0
            or words[i - 1].tag_ != "MD" or not root.i < verb.i
        ):
            continue
        clause = next((c for c in root.rights if c.dep_ in ("acl", "relcl", "ccomp") and _has_that(c)), None)
        if clause is None or not clause.left_edge.i < verb.i or clause.right_edge.i <= predicate.i:
            continue
        start = clause.left_edge.i
        inside = range(start, i + 1)
        outside = [t for t in doc[i + 1 : root.sent.end] if t.head.i in inside or t.head.i == root.i and t.i > i]
        inner = [t for t in doc[start : i + 1] if t.i != i and t.head.i not in inside]
        predicate.head, predicate.dep_ = predicate, "ROOT"
        root.head, root.dep_ = predicate, "nsubj"
        verb.head, verb.dep_ = root, "acl"
        for t in inner:
            t.head = verb
        for t in outside:
            if t.i != predicate.i:
                t.head = predicate


#: Dependents that complete "be": with one of them the verb has its predicate.
_BE_COMPLEMENTS = frozenset("attr acomp oprd xcomp ccomp prep dobj advmod npadvmod neg".split())


def _reparse_stranded_predicate_adjectives(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> None:
    """`A warning that the ice was too thin went unheeded.`: the model may hang the
    adjective after a clause's "was" on the sentence's later verb ("thin" a modifier of
    "went"), so the reported clause stops at "the ice was". A "be" heading a clause, with
    a subject and no complement, is never complete: the adjective right after it (past its
    degree word, "too", "very") whose head stands further right is its complement."""
    adjective = numpy.isin(tags, [doc.vocab.strings[t] for t in ("JJ", "JJR")])
    for i in numpy.flatnonzero(adjective).tolist():
        adj = words[i]
        if adj.head.i <= adj.i or adj.dep_ not in ("amod", "dep", "advmod", "npadvmod"):
            continue
        j = i - 1
        while j > 0 and words[j].tag_ == "RB" and words[j].head.i == adj.i:
            j -= 1
        be = words[j]
        if (
            be.lemma_ != "be" or be.dep_ not in ("acl", "ccomp", "relcl", "advcl")
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in be.lefts)
            or any(c.dep_ in _BE_COMPLEMENTS for c in be.children)
            or be.is_ancestor(adj.head) or adj.is_ancestor(be)
        ):
            continue
        adj.head, adj.dep_ = be, "acomp"


#: Verbs that take no object, so a "that" before their subject cannot be their object:
#: "a pledge that no libraries would close" is what was pledged, not a relative clause
#: ("the pledge that she made", "the case that we have found" are, and keep their reading).
_NO_OBJECT_VERBS = frozenset(
    """
    be close happen fail collapse exist die fall rise work lie stay remain survive succeed
    resign arrive shut vanish disappear sink crash flood expire lapse
    """.split()
)


def _reparse_noun_clauses_read_as_relatives(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> bool:
    """`A pledge by the council that no libraries would close was broken.`, `The claim of
    the defence that the witness was lying was rejected.`: the model may read "that" as
    the relative object of the clause's verb, making the clause a relative one on the
    reporting noun or on the noun of its "by"/"of"/"from" phrase. On PolNeAR train most
    such readings on reporting nouns are right ("the message that any candidate should
    have"); they are wrong when the verb takes no object (be, close, fail, lie, ...): then
    "that" is the complementizer and the clause the reporting noun's content. Returns
    whether a word was retagged."""
    retagged = False
    for i in numpy.flatnonzero(hashes_in(lowers, _that_hashes())).tolist():
        that = words[i]
        clause = that.head
        if that.dep_ != "dobj" or clause.dep_ not in ("relcl", "acl") or clause.left_edge.i != i:
            continue
        if clause.lemma_.lower() not in _NO_OBJECT_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > i for c in clause.children
        ):
            continue
        noun = clause.head
        if noun.lemma_.lower() not in _REPORT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("by", "of", "from"):
            noun = noun.head.head  # ("a pledge by the council that ...": the phrase's owner)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _REPORT_NOUNS or noun.i >= i:
            continue
        that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"
        clause.head, clause.dep_ = noun, "acl"
        retagged = True
    return retagged


def _reparse_that_read_as_subject_after_adverbials(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> bool:
    """`The union warned on Monday, after a week of talks with the board, that strikes
    would begin`: after a long adverbial set off by commas the model may read the
    complementizer as the clause's first subject (a second one follows it) and hang the
    adverbial on the clause, which then hangs on the cue as an adverbial clause: the cue
    had no content ("warned") or one that began with the adverbial ("said"). A "that"
    right after a comma with another subject after it is the complementizer: the clause
    is the cue's complement, and what precedes "that" in it belongs to the cue. Returns
    whether a word was retagged."""
    retagged = False
    for i in numpy.flatnonzero(hashes_in(lowers, _that_hashes())).tolist():
        that = words[i]
        clause = that.head
        verb = clause.head
        if (
            that.dep_ not in ("nsubj", "nsubjpass")
            or i == 0
            or words[i - 1].text != ","
            or clause.dep_ not in ("ccomp", "advcl")
            or not verb.i < i
            or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in lexicon.CUE_LEMMAS
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > i for c in clause.children)
        ):
            continue
        if that.tag_ != "IN":
            retagged = True
        that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"
        clause.dep_ = "ccomp"
        for c in [c for c in clause.children if c.i < i]:
            c.head = verb  # (the adverbial and its commas are the cue's)
    return retagged


def _reparse_complements_read_as_adverbials_after_asides(doc: Doc, words: Sequence[Token], deps: numpy.ndarray) -> bool:
    """`The mayor said on Monday, after the meeting, that plan was dead.`, `The judge
    said, after a short recess, the trial would resume`: after an adverbial set off by
    commas the model may hang the adverbial on the reported clause, and that clause on
    the cue as an adverbial clause with no conjunction (the cue had no content) or as its
    complement (the content opened with the adverbial). A clause with a subject and no
    subordinating word, whose words before the subject are only such modifiers between
    commas, is the cue's complement; the modifiers are the cue's. (``deps``: the doc's
    DEP column; True when a label changed.)"""
    changed = False
    found = (deps == doc.vocab.strings["advcl"]) | (deps == doc.vocab.strings["ccomp"])
    for i in numpy.flatnonzero(found).tolist():
        clause = words[i]
        verb = clause.head
        if verb.i >= clause.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.CUE_LEMMAS:
            continue
        if any(c.dep_ in ("ccomp", "dobj") and c.i != clause.i for c in verb.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > clause.i:
            continue
        lead = [c for c in clause.children if c.i < subject.i]
        first = lead[0].left_edge.i if lead else 0
        if (
            not lead
            or first < 2
            or words[first - 1].text != ","
            or words[subject.left_edge.i - 1].text != ","
            or any(c.dep_ not in ("prep", "npadvmod", "punct") for c in lead)
            or lead[-1].text != ","
        ):
            continue
        clause.dep_ = "ccomp"
        changed = True
        for c in lead:
            c.head = verb  # (the adverbial and its commas are the cue's)
    return changed


def _reparse_opening_cues_read_as_complements(doc: Doc, words: Sequence[Token], deps: numpy.ndarray) -> bool:
    """`The club announced on Friday, in a short statement, its manager had left.`: after
    a cue with adverbials set off by commas the model may make the reported clause the
    sentence's root and the cue, subject and all, its complement (the reading of a
    closing "..., the club announced."): no item. A finite speech verb whose phrase opens
    the sentence, with its own subject and no object, as the complement of a later root
    whose subject follows a comma, with only modifiers and commas between, is the root:
    the clause is its complement. (``deps``: the doc's DEP column; True when a label
    changed.)"""
    changed = False
    for i in numpy.flatnonzero(deps == doc.vocab.strings["ccomp"]).tolist():
        cue = words[i]
        root = cue.head
        if (
            root.dep_ != "ROOT"
            or root.i <= cue.i
            or root.pos_ not in ("VERB", "AUX")
            or cue.tag_ not in ("VBD", "VBZ", "VBP")
            or cue.lemma_.lower() not in lexicon.SPEECH_VERBS
            or cue.left_edge.i != cue.sent.start
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children)
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in cue.children)
        ):
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i), None)
        if subject is None or words[subject.left_edge.i - 1].text != ",":
            continue
        if root.lemma_.lower() in lexicon.CUE_LEMMAS and (
            subject.pos_ == "PRON"
            or any(_has_that(c) for c in root.children if c.dep_ == "ccomp")
            or not any(c.dep_ in ("dobj", "dative", "xcomp", "attr", "acomp") for c in root.children)
        ):
            # (`Looting continued into the night, police said in a statement.`: a closing
            # cue; `The documents indicate, he said ..., that`: an interrupting one)
            continue
        between = [c for c in root.children if cue.i < c.i < subject.i]
        if any(c.dep_ not in ("prep", "npadvmod", "punct") for c in between):
            continue
        stops = [c for c in root.rights if c.is_punct and c.i > subject.i and c.i == root.right_edge.i]
        cue.dep_ = "ROOT"
        cue.head = cue
        root.head, root.dep_ = cue, "ccomp"
        changed = True
        for c in [*between, *stops]:
            c.head = cue  # (the adverbials, the commas and the closing stop are the cue's)
    return changed


#: The reporting nouns that take a "that" clause of content.
_REPORT_NOUNS = lexicon.NOUN_CUES | lexicon.THAT_NOUNS


@functools.cache
def _dash_hashes() -> numpy.ndarray:
    """The hashes of ``ASIDE_DASHES`` (`_reparse_dashed_asides`)."""
    return hash_table(tuple(sorted(ASIDE_DASHES)))


@functools.cache
def _that_hashes() -> numpy.ndarray:
    """The hash of "that" (`_reparse_noun_clauses_read_as_relatives`)."""
    return hash_table(("that",))


def _reparse_clauses_hung_on_adverbs(doc: Doc, words: Sequence[Token], deps: numpy.ndarray) -> None:
    """`The mayor pledged once more that no libraries would close.`: the model may hang the
    "that" clause on the adverb between the cue and the clause ("more" of "once more"), so
    the cue has no content. An adverb of a cue verb takes no "that" clause of its own
    unless it measures degree ("so quickly that nobody noticed", "now that"): the clause
    is the verb's complement. (``deps``: the doc's DEP column.)"""
    for i in numpy.flatnonzero(deps == doc.vocab.strings["ccomp"]).tolist():
        clause = words[i]
        adverb = clause.head
        verb = adverb.head
        if (
            adverb.pos_ not in ("ADV", "ADJ") or adverb.dep_ != "advmod" or verb.pos_ != "VERB" or not _has_that(clause)
            or verb.lemma_.lower() not in lexicon.CUE_LEMMAS or adverb.lower_ in ("so", "now", "such")
            or any(c.lower_ in ("so", "too", "such", "as") for c in adverb.subtree if c.i != adverb.i)
            or not verb.i < adverb.i < clause.i
        ):
            continue
        clause.head = verb


def _retag_closing_verbs_after_quotes(doc: Doc, words: Sequence[Token], tags: numpy.ndarray) -> None:
    """`"It was a cowshed," Nolan muses.`, `"...," the sculptor Ann Roe laughs.`: in the
    feature writer's present tense the model may read the verb that closes an
    attribution as a plural noun heading the sentence (the name before it compounded on
    it). A sentence root tagged a plural noun, last word before the full stop, with
    nothing between it and the quotation's `,"` but the speaker's name or role
    (nouns, names, a determiner), is that verb: the name's last word becomes its
    subject, and the verb is found after the quotation as any other verb is. Hung on
    the quotation's own verb instead, it becomes the root, the quotation its clause."""
    plural = doc.vocab.strings["NNS"]
    for i in numpy.flatnonzero(tags == plural).tolist():
        tok = words[i]
        if not tok.lower_.endswith("s") or not tok.is_lower:
            continue
        if tok.dep_ != "ROOT" and (tok.head.dep_ != "ROOT" or tok.head.i > tok.i):
            continue  # (or hung on the quotation's verb: `"It was madness," Okonjo muses.`)
        if tok.i + 1 >= len(doc) or words[tok.i + 1].text not in (".", ","):
            continue
        first = tok.i - 1
        while first >= 0 and words[first].tag_ in ("NNP", "NN", "JJ", "DT", "POS", "NNPS") and not words[first].is_punct:
            first -= 1
        if first < 1 or first == tok.i - 1 or words[first].tag_ != "''" or words[first - 1].text not in (",", "!", "?"):
            continue
        name = doc[first + 1 : tok.i]
        if not any(t.tag_ in ("NNP", "NNPS") or t.dep_ == "nsubj" or t.is_title and t.tag_ == "JJ" for t in name):
            # (a surname alone may be read as an adjective: "Nolan muses")
            continue
        subject = next((t for t in name if t.dep_ == "nsubj" and t.head.i == tok.i), name[-1])
        if subject.i == name[-1].i:
            for t in name[:-1]:
                if t.head.i == tok.i:
                    t.head = subject
            subject.dep_ = "nsubj"
        if tok.dep_ != "ROOT":
            _reroot_on_cue(tok, subject, tok.head, [t for t in tok.head.rights if t.is_punct and t.i > tok.i])
            tok.dep_ = "ROOT"
        tok.lemma_, tok.pos_, tok.tag_ = _present_tense_stem(tok.lower_), "VERB", "VBZ"


def _that_clause_with_subject(clause: Token) -> bool:
    """``clause`` is marked by "that" and has a subject of its own: a reported clause
    the parser hung on a noun (`acl`, `relcl`) rather than on the cue it follows."""
    return _has_that(clause) and _has_subject(clause)


def _reroot_on_cue(verb: Token, noun: Token, clause: Token, stops: list[Token] | None = None) -> None:
    """Make ``verb`` the sentence's root, with the old root ``noun`` its subject and
    ``clause`` its complement; the punctuation after the clause (``stops``, read off the
    noun before anything moved unless given) hangs on the verb too. The callers retag the
    verb themselves (its lemma may need setting)."""
    if stops is None:
        stops = [c for c in noun.rights if c.is_punct and c.i > clause.i]
    verb.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = verb, "ccomp"
    for stop in stops:
        stop.head = verb


def _retag_participle_cues_on_noun_roots(doc: Doc, words: Sequence[Token]) -> None:
    """`The gymnast posted on Instagram that she would miss the final.`: the model may
    read the speech verb right after a subject as a participle modifying it (`acl`), so
    the sentence has no verb and its root is the subject noun, with the "that" clause
    hung on the noun too; no cue is found. A past-tense speech verb right after a
    sentence-root noun that opens its sentence (after its determiner and modifiers), with
    a "that" clause of its own subject after it, on the noun or the verb, is the
    sentence's verb: the noun becomes its subject and the clause its complement."""
    if not _speech_participles_on_the_word_before(doc, words):
        return  # (no sentence can qualify: the walk below builds a Span per sentence)
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start or root.i + 1 >= sent.end:
            continue
        verb = words[root.i + 1]
        if verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in ("VBN", "VBD"):
            continue
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or any(c.dep_ in ("dobj", "agent") for c in verb.children):
            continue
        clause = next(
            (
                c for c in (*root.rights, *verb.rights)
                if c.i > verb.i and c.dep_ in ("acl", "relcl", "ccomp") and _that_clause_with_subject(c)
            ),
            None,
        )
        if clause is None:
            continue
        verb.dep_, verb.tag_, verb.pos_ = "ROOT", "VBD", "VERB"
        _reroot_on_cue(verb, root, clause)


def _words_follow(tok: Token) -> bool:
    """What comes after the colon of `read:` opens the words read: an opening quotation
    mark, or a paragraph break before a block quotation without marks (`Her message
    read:` closing its paragraph)."""
    return tok.is_quote or (tok.is_space and tok.text.count("\n") >= 2)


def _retag_read_before_colon(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`A statement from the club read: "..."`: the model reads "the club read" as a noun
    phrase (the "from" phrase's object "read", "club" its compound) under the statement
    noun as the root, so nothing is a cue and the mention runs to "read". A "read" or
    "reads" tagged a noun, right before a colon and an opening quotation mark, inside a
    sentence whose root is a statement or document noun opening it, is the verb: the
    noun becomes its subject and the word before it the end of the "from" phrase. The
    sentences are walked only in a document with a "read" or "reads" before a colon."""
    reads = numpy.flatnonzero(hashes_in(lowers, _read_hashes())).tolist()
    if not any(i + 1 < len(doc) and words[i + 1].text == ":" for i in reads):
        return
    for sent in doc.sents:
        root = sent.root
        if (
            root.lower_ in ("read", "reads") and root.pos_ == "NOUN" and root.i + 2 < sent.end
            and words[root.i + 1].text == ":" and _words_follow(words[root.i + 2])
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
                    for c in root.lefts)
        ):
            # (or the root already, with the statement its subject: only the tag is wrong)
            root.lemma_, root.pos_, root.tag_ = "read", "VERB", "VBZ" if root.lower_ == "reads" else "VBD"
            continue
        if root.pos_ != "NOUN" or root.left_edge.i != sent.start or root.lemma_.lower() not in (
            lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
        ):
            continue
        word = next(
            (
                t for t in root.subtree
                if t.lower_ in ("read", "reads") and t.pos_ == "NOUN" and t.i > root.i and t.i + 2 < sent.end
                and words[t.i + 1].text == ":" and _words_follow(words[t.i + 2])
            ),
            None,
        )
        if word is None:
            continue
        if word.dep_ == "pobj" and word.i - 1 > word.head.i:
            prep, name = word.head, words[word.i - 1]
            for t in list(word.lefts):
                if t.i != name.i:
                    t.head = name
            name.head, name.dep_ = prep, "pobj"
        after = [c for c in root.rights if c.i > word.i]
        word.head, word.dep_ = word, "ROOT"
        word.lemma_, word.pos_, word.tag_ = "read", "VERB", "VBZ" if word.lower_ == "reads" else "VBD"
        root.head, root.dep_ = word, "nsubj"
        for c in after:
            c.head = word


def _speech_participles_on_the_word_before(doc: Doc, words: Sequence[Token]) -> bool:
    """Whether some speech verb tagged VBN or VBD hangs as an ``acl`` on the word right
    before it: what `_retag_participle_cues_on_noun_roots` needs of its verb, tested on
    the dependency columns (read now: the repairs before it may have moved heads) so
    that the walk over the sentences, a Span and its root per sentence, runs only in
    the few articles that have one."""
    deps, heads = doc.to_array([DEP, HEAD]).T
    # (HEAD is the offset to the head, -1 for the word before, in unsigned columns)
    hung = numpy.flatnonzero((deps == doc.vocab.strings["acl"]) & (heads.astype(numpy.int64) == -1)).tolist()
    return any(
        words[i].tag_ in ("VBN", "VBD") and words[i].lemma_.lower() in lexicon.SPEECH_VERBS for i in hung
    )


def _close_bare_preposition(verb: Token) -> None:
    """`Analysts at Morland Securities forecast that ...` parsed with "forecast" a noun:
    the name before it hangs on it as compounds and the subject's "at" has no object.
    The name ends the "at" phrase: its last word becomes the object, the rest its own."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    prep = next((c for c in subject.rights if c.dep_ == "prep"), None) if subject is not None else None
    if prep is None or any(c.dep_ == "pobj" for c in prep.children):
        return
    name = [t for t in verb.lefts if t.i > prep.i]
    if not name or any(t.dep_ not in ("compound", "det", "amod", "nmod") for t in name) or name[0].left_edge.i != prep.i + 1:
        return
    last = name[-1]
    for t in name[:-1]:
        t.head = last
    last.head, last.dep_ = prep, "pobj"


def _retag_noun_cues_before_that(doc: Doc, words: Sequence[Token], lowers: numpy.ndarray) -> None:
    """`Analysts at Morland Securities forecast that the bank would cut rates`: a speech
    verb spelled like its noun ("forecast") may be tagged a noun. As the sentence root
    with a subject before it and a clause after it, only the tag is wrong. Or the
    model ends the "at" phrase with it ("Economists at the central bank forecast that
    ..."), the subject noun the root and the "that" clause hung on it: the word, with a
    "that" clause of its own subject right after it, is the sentence's verb, the root
    noun its subject, and the word before it the end of the "at" phrase."""
    if not _speech_verbs_tagged_nn(doc, lowers):
        return  # (no sentence can qualify: the walk below builds a Span per sentence)
    for sent in doc.sents:
        root = sent.root
        if root.tag_ == "NN" and root.lower_ in _NN_CUE_VERBS and any(
            c.dep_ == "nsubj" and c.i < root.i for c in root.children
        ) and any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
            # ("Documents obtained by the paper show that ...": a verb of evidence in the
            # present, as the bare stem shows; "forecast" is read as the past)
            tag = "VBD" if root.lower_ in lexicon.SPEECH_VERBS else "VBP"
            root.lemma_, root.pos_, root.tag_ = root.lower_, "VERB", tag
            _close_bare_preposition(root)
            continue
        if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start:
            continue
        word = next(
            (
                t for t in root.subtree
                if t.dep_ == "pobj" and t.tag_ == "NN" and t.lower_ in lexicon.SPEECH_VERBS
                and t.head.dep_ == "prep" and t.head.head.i == root.i and t.i + 1 < sent.end
                and not list(t.rights) and t.i - 1 > t.head.i
            ),
            None,
        )
        if word is None:
            continue
        clause = next(
            (
                c for c in root.rights
                if c.dep_ in ("acl", "relcl") and c.left_edge.i == word.i + 1 and _that_clause_with_subject(c)
            ),
            None,
        )
        if clause is None:
            continue
        prep, name = word.head, words[word.i - 1]
        stops = [c for c in root.rights if c.is_punct and c.i > clause.i]
        for t in list(word.lefts):
            if t.i != name.i:
                t.head = name
        name.head, name.dep_ = prep, "pobj"
        word.lemma_, word.dep_, word.pos_, word.tag_ = word.lower_, "ROOT", "VERB", "VBD"
        _reroot_on_cue(word, root, clause, stops)


def _speech_verbs_tagged_nn(doc: Doc, lowers: numpy.ndarray) -> bool:
    """Whether some word spelt as a speech verb (or a verb of evidence) and tagged NN is what
    `_retag_noun_cues_before_that` may retag: a word with a clausal complement after it
    (the root it retags first), or the object of a preposition on a noun (the "at"
    phrase's last word). Only then does the walk over the sentences, a Span and its
    root per sentence, run. The words are picked from the lower-case column
    (``lowers``: no repair changes a word's form); the parse is read now, after the
    repairs before."""
    for word in map(doc.__getitem__, numpy.flatnonzero(hashes_in(lowers, _speech_verb_hashes())).tolist()):
        if word.tag_ != "NN":
            continue
        if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        if any(c.dep_ == "ccomp" and c.i > word.i for c in word.children):
            return True
    return False


@functools.cache
def _speech_verb_hashes() -> numpy.ndarray:
    """The sorted hashes of the speech verbs (`_speech_verbs_tagged_nn`)."""
    return hash_table(_NN_CUE_VERBS)


#: Verbs spelt like a noun that `_retag_noun_cues_before_that` retags as the sentence's
#: verb: the speech verbs and the verbs of evidence ("show", "find"), whose documents
#: report too ("Documents ... show that ...").
_NN_CUE_VERBS = lexicon.SPEECH_VERBS | lexicon.EVIDENCE_VERBS


#: The verbs of `lexicon.NON_SPEECH_PHRASALS`: only their particles need looking at.
_PHRASAL_LEMMAS = frozenset(verb for verb, _ in lexicon.NON_SPEECH_PHRASALS)


@functools.cache
def _read_hashes() -> numpy.ndarray:
    """The hashes of "read" and "reads" (`_retag_read_before_colon`'s precheck)."""
    return hash_table(("read", "reads"))


@functools.cache
def _particle_hashes() -> numpy.ndarray:
    """The sorted hashes of the surname particles (`_reparse_particles_read_as_verbs`)."""
    return hash_table(lexicon.SURNAME_PARTICLES)


@functools.cache
def _quote_mark_hashes() -> numpy.ndarray:
    """The hashes of every word `is_quote_char` holds a quote mark: each run of
    ``ALL_MARKS`` (it tests a word as a substring of them). Marks have no case, so a
    word's lower-case form is the word (`_reparse_split_quote_speakers_read_as_subjects`'
    precheck)."""
    return hash_table({ALL_MARKS[a:b] for a in range(len(ALL_MARKS)) for b in range(a + 1, len(ALL_MARKS) + 1)})


@functools.cache
def _curly_contraction_hashes() -> numpy.ndarray:
    """String hashes of the contractions `fix_lemmas` mends (found in the LOWER array,
    not by building the document's text)."""
    return hash_table(lexicon.CURLY_CONTRACTIONS)
