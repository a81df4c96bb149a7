"""Speaker resolution on invented short articles: from the words at the cue to a name.

Each case names the item by its content (exact for direct quotes, lenient for reported
speech) and gives the resolved speaker, its kind, the mention and, where the text gives
one, the role. There is no name-gender list: a pronoun's gender is learnt from the
pronouns the article already used with each name.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from support import word_dice

from quotes import pipeline
from quotes.models import Quote, Span
from quotes.resolve import clean_name, clean_role, resolve

ANY = "<any>"  # a speaker name left unchecked (unnamed groups have no canonical name)


@dataclass(frozen=True)
class R:
    """An expected resolution for the item whose content is ``content``."""

    content: str
    speaker: str | None
    kind: str | None = None
    mention: str | None = None
    role: str | None = None  # a substring the role must contain (case-insensitive)


def show(quotes: list[Quote]) -> str:
    return (
        "\n".join(
            f"  [{q.type}] {q.content.text!r} mention={q.speaker_mention.text if q.speaker_mention else None!r} "
            f"speaker={q.speaker!r} kind={q.speaker_kind!r} role={q.role!r}"
            for q in quotes
        )
        or "  (no items)"
    )


def run(nlp, text: str) -> list[Quote]:
    quotes = nlp(text)._.quotes or []
    for q in quotes:
        for span in (q.content, q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start : span.end] == span.text, (q, span)
    return quotes


def find(quotes: list[Quote], content: str) -> Quote:
    exact = [q for q in quotes if q.content.text == content]
    if exact:
        return exact[0]
    near = [q for q in quotes if content in q.content.text and word_dice(q.content.text, content) >= 0.8]
    assert near, f"no item with content {content!r}; got:\n{show(quotes)}"
    return near[0]


def check(quotes: list[Quote], exp: R) -> None:
    q = find(quotes, exp.content)
    where = f"for {exp.content!r}; got:\n{show(quotes)}"
    if exp.speaker != ANY:
        assert q.speaker == exp.speaker, where
    if exp.kind is not None:
        assert q.speaker_kind == exp.kind, where
    if exp.mention is not None:
        assert q.speaker_mention is not None and q.speaker_mention.text == exp.mention, where
    if exp.role is not None:
        assert q.role is not None and exp.role.lower() in q.role.lower(), where


CASES = {
    # a Spanish first surname the name data lists for a handful of bearers as a first
    # name ("Ortega", 9) is still the surname a later bare mention shortens to
    "first-surname-rare-as-a-first-name": (
        "Rafael Ortega Vidal, the mayor of Cadiz, opened the port. Ortega said the ferries would return.",
        [R("the ferries would return", "Rafael Ortega Vidal", "person")],
    ),
    # a rank word before a title makes a second office: "the lieutenant governor" is not
    # the governor
    "lieutenant-governor-is-not-the-governor": (
        "Governor Marta Quill and Lieutenant Governor Devan Osei argued about the levy. "
        "The governor said it would go. The lieutenant governor said it should stay.",
        [R("it would go", "Marta Quill", "person"), R("it should stay", "Devan Osei", "person")],
    ),
    # "the mayor" is the one holding the office itself, not the deputy mayor the story
    # was just about
    "the-mayor-is-not-the-deputy-mayor": (
        "Deputy Mayor Ola Berg and Mayor Siv Dahl opened the bridge. Berg said it was late. "
        "The mayor said it was worth the wait.",
        [R("it was late", "Ola Berg", "person"), R("it was worth the wait", "Siv Dahl", "person")],
    ),
    # "the <Club> manager" with the club's first word tagged a person: the one the
    # text made that club's manager
    "club-word-before-a-role-is-no-person": (
        "Eamon Rourke, Redbridge Athletic's manager, was banned for two games. The Redbridge "
        "manager said the referee had lost control.",
        [R("the referee had lost control", "Eamon Rourke", "person")],
    ),
    # a hyphenated name the model tags a body, followed by ", who", is a person's
    "hyphenated-name-before-who-is-a-person": (
        "Cocoa prices\n\nAma Owusu-Ansah, who runs a cocoa cooperative, said prices had doubled.",
        [R("prices had doubled", "Ama Owusu-Ansah", "person")],
    ),
    # "her father" is the one the text introduced her by ("X and his daughter Y"); a
    # same-surname man the text never called her father is not
    "her-father-is-the-one-who-introduced-his-daughter": (
        "Maria Lund and her son, Erik Lund, sail together. Erik Lund said the boat was old. His "
        "mother said it was reliable.",
        [R("it was reliable", "Maria Lund", "person")],
    ),
    "her-father-unnamed-without-the-relation": (
        "Hendrik Visser runs the farm with Pieter Visser. Sanne Visser said the tulips were late. "
        "Her father said the frost had done it.",
        [R("the frost had done it", ANY, "unnamed")],
    ),
    # "whose husband died" makes her the widow a later description means
    "widow-is-the-one-whose-husband-died": (
        "Graham Pell, whose wife was killed in the crash, met the minister. The widower said "
        "the road was a death trap.",
        [R("the road was a death trap", "Graham Pell", "person")],
    ),
    # "X is the <office> of <Name>" gives X the office, which "the company's <office>"
    # (a role the body holds through someone) then names
    "office-given-by-is-the-of-a-name": (
        "Maeve Tallis is the chief executive of Corran Freight. The company's chief executive "
        "said volumes had halved.",
        [R("volumes had halved", "Maeve Tallis", "person")],
    ),
    # a name ending in "Rail" is a company's, though the model tags it a person
    "name-ending-in-rail-is-a-company": (
        '"Services will resume on Monday," Marrick Rail said in a statement.',
        [R("Services will resume on Monday,", "Marrick Rail", "organization")],
    ),
    # "X is the orchestra's conductor": an office owned by a body is hers too, so "the
    # conductor" is X, not nobody, nor the last person named (a player, not the manager)
    "office-given-by-is-a-bodys-role": (
        "Lena Brandt is the orchestra's principal conductor. The violinist Ines Roe joined in "
        'May. "We rehearse every morning," the conductor said.',
        [R("We rehearse every morning,", "Lena Brandt", "person")],
    ),
    "office-given-by-is-a-clubs-role": (
        "Omar Haddad is the club's manager. Striker Leon Falk scored twice. "
        '"The boys were brilliant," the manager said.',
        [R("The boys were brilliant,", "Omar Haddad", "person")],
    ),
    # someone's predecessor in an office is its former holder
    "former-holder-is-the-predecessor": (
        "The current mayor, Irene Solis, and her predecessor, Bram Okoro, met voters. The former "
        "mayor said taxes had been too low. Solis said she disagreed.",
        [R("taxes had been too low", "Bram Okoro", "person"), R("she disagreed", "Irene Solis", "person")],
    ),
    # a plural subject inside what a they-person just said is part of their report:
    # the "they" after it is that person
    "they-person-over-a-plural-in-their-own-report": (
        "Sam Fairley, who uses they/them pronouns, runs the food co-op. Fairley said residents were "
        "struggling. They said the co-op would open a second shop.",
        [R("the co-op would open a second shop", "Sam Fairley", "person")],
    ),
    # a company's name ending in a Nordic legal form, which the model tags a work of
    # art, is the company's
    "work-of-art-ending-in-a-legal-form-is-the-company": (
        '"Trade is recovering," Nordhavn Shipping A/S said.',
        [R("Trade is recovering,", ANY, "organization")],
    ),
    # a ministry's capitalised name that every country's ministry has keeps the
    # country whose it is: "Ministry of Defence" alone would join another country's
    # ministry in the speaker index
    "country-possessive-before-a-capitalised-ministry-stays-in-the-name": (
        "Norway orders frigates\n\nNorway's Ministry of Defence ordered two frigates.\n\n"
        '"The fleet needs renewing," Norway\'s Ministry of Defence said.',
        [R("The fleet needs renewing,", "Norway's Ministry of Defence", "organization")],
    ),
    "country-possessive-before-a-capitalised-defence-ministry-stays-in-the-name": (
        "Sweden's Defence Ministry said its navy would join the exercise.",
        [R("its navy would join the exercise", "Sweden's Defence Ministry", "organization")],
    ),
    # a body with a name of its own needs no owner ("Hanseong's Tarrow Chips" is no case
    # here: the proper name is kept as the model tagged it)
    "country-possessive-before-a-named-body-is-not-added": (
        "Norway's Statoilen Energy said output would rise.",
        [R("output would rise", "Statoilen Energy", "organization")],
    ),
    # a saint's name with a possessive before a word for an institution is the
    # institution's name, whatever the model tagged ("Saint Brendan's" a person, the
    # "Hospital" alone a body, "St Aidan's College" a person)
    "saint-possessive-hospital-is-the-body": (
        "Hospital hires nurses\n\nSaint Brendan's Hospital said it would hire 80 nurses.\n\n"
        '"We are recruiting now," Saint Brendan\'s Hospital said.',
        [
            R("it would hire 80 nurses", "Saint Brendan's Hospital", "organization"),
            R("We are recruiting now,", "Saint Brendan's Hospital", "organization"),
        ],
    ),
    "st-possessive-hospital-after-a-headline-is-the-body": (
        "Hospital wing opens\n\nSt. Brendan's Hospital opened a new cancer wing.\n\n"
        '"Patients will wait less," St. Brendan\'s Hospital said.',
        [R("Patients will wait less,", "St. Brendan's Hospital", "organization")],
    ),
    "st-possessive-college-is-the-body": (
        "St Aidan's College said fees would rise next year.",
        [R("fees would rise next year", "St Aidan's College", "organization")],
    ),
    # "Liam O’Driscoll" after a quotation, the apostrophe curly: the small model reads
    # the surname as a common noun and tags no entity; a clear first name before an
    # O'/D' surname is still a person's name
    "curly-apostrophe-surname-after-a-first-name-is-a-person": (
        "Ferry fares frozen\n\nLiam O’Driscoll said fares would stay frozen until spring.\n\n"
        '"Islanders have paid enough," Liam O’Driscoll said.',
        [
            R("fares would stay frozen until spring", "Liam O’Driscoll", "person"),
            R("Islanders have paid enough,", "Liam O’Driscoll", "person"),
        ],
    ),
    # a Japanese honorific hyphened after the surname is a courtesy title: "Tsukamura-san"
    # is the Kenji Tsukamura named before (as "Mr Tsukamura" would be)
    "japanese-honorific-suffix-is-the-named-person": (
        "Parts maker\n\nKenji Tsukamura runs the factory in Osaka.\n\n"
        "\u201cWe make ten thousand parts a day,\u201d Tsukamura-san said.",
        [R("We make ten thousand parts a day,", "Kenji Tsukamura", "person")],
    ),
    "japanese-honorific-suffix-alone-is-the-surname": (
        "Kiln\n\n\u201cThe clay must rest for a week,\u201d Hamada-san said.",
        [R("The clay must rest for a week,", "Hamada", "person")],
    ),
    # control: a hyphened surname whose second half merely looks like a suffix stays whole
    "hyphened-surname-not-an-honorific-stays-whole": (
        "Vineyard\n\n\u201cThe harvest is early,\u201d said Lucia Moreno-Santos.",
        [R("The harvest is early,", "Lucia Moreno-Santos", "person")],
    ),
    # a parliamentary record's "THE DEPUTY SPEAKER:" names an office and no one: its holder
    # speaks, unnamed, described by the office; a titled surname beside it stays a person
    "office-label-in-capitals-is-an-unnamed-speaker": (
        "Second reading\n\nMR. HOLLOWAY: The bill is flawed from start to end.\n\n"
        "THE DEPUTY SPEAKER: Order. The member will take his seat.",
        [
            R("The bill is flawed from start to end.", "Holloway", "person"),
            R("Order. The member will take his seat.", "Deputy Speaker", "unnamed"),
        ],
    ),
    "chairman-label-is-an-unnamed-speaker": (
        "Chamber\n\nMS. ADEBAYO: The minister has misled this chamber.\n\nTHE CHAIRMAN: Order. Members will resume their seats.",
        [R("Order. Members will resume their seats.", "Chairman", "unnamed")],
    ),
    # a role nobody in the article holds ("The keeper, who has lived on the rock ...") is an
    # unnamed speaker described by the role, and the pronoun after continues it; tied to a
    # name before ("Marta Oyelaran, the chef"), the role is that person
    "role-no-one-holds-is-an-unnamed-speaker": (
        "Lighthouse\n\nThe keeper, who has lived on the rock since 1980, said the light would go automatic.\n\n"
        "\u201cI will miss it,\u201d he said.",
        [
            R("the light would go automatic", "Keeper", "unnamed"),
            R("I will miss it,", "Keeper", "unnamed"),
        ],
    ),
    "role-given-to-a-name-before-is-that-person": (
        "Restaurant closes\n\nMarta Oyelaran, the chef, opened the restaurant in 1994.\n\n"
        "The chef, who has run the kitchen for 30 years, said she was tired. \u201cIt is time,\u201d she said.",
        [
            R("she was tired", "Marta Oyelaran", "person"),
            R("It is time,", "Marta Oyelaran", "person"),
        ],
    ),
    # a long Portuguese name after the verb: the model tags "José Ribamar" and "Prazeres
    # Albernaz" apart and reads "dos" as the subject; the mention runs over all of it
    "long-portuguese-name-after-the-verb-is-whole": (
        "Harbour\n\n\u201cThe port will grow,\u201d said José Ribamar dos Prazeres Albernaz, the harbour master.",
        [R("The port will grow,", "José Ribamar dos Prazeres Albernaz", "person")],
    ),
    "particle-name-with-one-surname-after-the-verb-stays-as-it-was": (
        "Dykes\n\n\u201cThe dykes will hold,\u201d said Hendrik van den Broek on Monday.",
        [R("The dykes will hold,", "Hendrik van den Broek", "person")],
    ),
    # a curly apostrophe in a name is read as the straight one: the model, seeing "D’Souza"
    # as a common noun, cut "Priya" off into a sentence of its own and gave the words to
    # the school in the apposition
    "curly-apostrophe-name-with-a-role-after-a-headline": (
        "Schools\n\nPriya D’Souza, the head of Elmfield School, said results had improved.",
        [R("results had improved", "Priya D’Souza", "person", role="head of Elmfield School")],
    ),
    "straight-apostrophe-name-with-a-role-after-a-headline": (
        "Schools\n\nPriya D'Souza, the head of Elmfield School, said results had improved.",
        [R("results had improved", "Priya D'Souza", "person", role="head of Elmfield School")],
    ),
    # an absolute "with" phrase: the noun before the participle calls, not the subject of
    # the clause (control: here the parser makes the noun the participle's subject; the
    # parse hanging both on the "with" is handled in `_participle_doer` too)
    "with-absolute-participle-is-the-nouns": (
        "Harbour plan\n\nThe harbour board members went further, with former Senator Ines Calloway calling the plan a disgrace.",
        [R("the plan a disgrace", "Ines Calloway", "person")],
    ),
    # a description set off after the role, with a participle naming it, names the speaker
    "name-given-to-the-description-set-off-after-the-role": (
        "The chairman of the Dunmore Harbour Board, a retired admiral named Tomas Vrba, said the port would be dredged.",
        [R("the port would be dredged", "Tomas Vrba", "person")],
    ),
    # a hyphenated title the tagger reads as an adjective ("director-general") still
    # takes the name set off after it, not the body that owns the title
    "hyphenated-title-read-as-an-adjective-takes-the-name-after-it": (
        "The WHO's director-general, Dr. Ama Boateng, said the outbreak was under control.",
        [R("the outbreak was under control", "Ama Boateng", "person")],
    ),
    # "Ostby FC", which the model does not tag: a club by its capitalised suffix, so
    # "the club" has it to point back to.
    "the-club-is-the-untagged-name-with-a-club-suffix": (
        "Club sacks manager\n\nOstby FC dismissed manager Tomas Vrba on Monday after six defeats in a row.\n\n"
        "The club said the search for a successor had begun.",
        [R("the search for a successor had begun", "Ostby FC", "organization")],
    ),
    # "Nordbank" (tagged a person) ... "The bank said": a one-word name ending in the
    # description's word, with no first name opening it, is that body.
    # "the statement" is the one "His family" gave out "in a statement" just before: an
    # unnamed group speaks too, not only a named body.
    "the-statement-is-the-one-a-family-gave-out-in-a-statement": (
        "Singer dies\n\nThe folk singer Tomas Vrba has died aged 78. His family announced his death in a statement on Sunday.\n\n"
        '"We ask for privacy at this difficult time," the statement said.',
        [R("We ask for privacy at this difficult time,", "Family", "unnamed", "the statement")],
    ),
    # "the letter" is the one the residents signed just before.
    "the-letter-is-the-one-its-signers-gave-out": (
        "Mast opposed\n\nMore than 200 residents of Kleiva have signed a letter opposing a new phone mast.\n\n"
        '"The mast would be visible from every house in the valley," the letter says.',
        [R("The mast would be visible from every house in the valley,", "Residents", None, "the letter")],
    ),
    "the-bank-is-the-one-word-name-ending-in-bank": (
        "Bank fined\n\nNordbank was fined 40 million crowns on Thursday for failing to check suspicious transfers.\n\n"
        "The bank said in a statement that it had already strengthened its controls.",
        [R("it had already strengthened its controls", "Nordbank", "organization")],
    ),
    # "Her husband" is the one other person of her surname the article names, a man.
    "her-husband-is-the-other-of-the-couple": (
        "Ines Calloway and Tomas Calloway were rescued from their boat on Sunday. "
        "Ines Calloway said the water was cold. Her husband said he had given up hope.",
        [R("he had given up hope", "Tomas Calloway", "person")],
    ),
    # "a resident said ... The resident, <full name>, ...": the next sentence names her.
    "an-indefinite-role-named-by-the-next-sentence-is-that-person": (
        "A resident said the water tasted of metal. The resident, Olwen Pritchard, has lived "
        "on the estate since 1979.",
        [R("the water tasted of metal", "Olwen Pritchard", "person")],
    ),
    "an-indefinite-role-the-next-sentence-does-not-name-stays-unnamed": (
        "A resident said the water tasted of metal. The resident was not named.",
        [R("the water tasted of metal", "Resident", "unnamed")],
    ),
    # "the elder X" / "the younger X" of two sharing a surname: the ages, or a kin word
    # before one name, say which is older.
    "the-elder-of-two-sharing-a-surname-by-their-ages": (
        "Reinhold Amsel, 74, and his son Dieter Amsel, 41, both ran the marathon. "
        "The elder Amsel said his knees had held up.",
        [R("his knees had held up", "Reinhold Amsel", "person")],
    ),
    "the-younger-of-two-sharing-a-surname-by-a-kin-word": (
        "Mirela Dobos and her daughter, Ilka Dobos, opened a bakery on Friday. "
        "The younger Dobos said the ovens were older than her.",
        [R("the ovens were older than her", "Ilka Dobos", "person")],
    ),
    "the-elder-of-two-sharing-a-surname-by-a-kin-word": (
        "Mirela Dobos and her daughter, Ilka Dobos, opened a bakery on Friday. "
        "The elder Dobos said the rent was fair.",
        [R("the rent was fair", "Mirela Dobos", "person")],
    ),
    # "Anna and Tomas Vrba": a couple sharing the surname written once, the first name one
    # the word list also has ("anna", a coin). She is Anna Vrba, and "he" is Tomas.
    "couple-with-a-first-name-that-is-also-a-word": (
        "Flood rescue\n\nAnna and Tomas Vrba spent the night on the roof of their flooded house.\n\n"
        '"I thought that was the end," he said.',
        [R("I thought that was the end,", "Tomas Vrba", "person")],
    ),
    # A wire lead names the speaker by role before the story names them: "the governor"
    # with nobody named before is the one person the next paragraph gives that role.
    "role-in-the-lead-is-the-person-named-with-it-next": (
        "Dam breach floods valley\n\n"
        "The governor of the northern region said on Monday that the old dam had burst overnight.\n\n"
        '"Three villages are under water," governor Tomas Vrba wrote on his Telegram channel.',
        [R("the old dam had burst overnight", "Tomas Vrba", "person")],
    ),
    "role-in-the-lead-with-two-holders-is-not-guessed": (
        "Dam breach floods valley\n\n"
        "The governor of the northern region said on Monday that the old dam had burst overnight.\n\n"
        '"Three villages are under water," governor Tomas Vrba wrote. Former governor Ines Calloway said help was late.',
        [R("the old dam had burst overnight", None)],
    ),
    # Two people of one surname: a title that is no courtesy title picks the one the
    # article gave it, as "Mrs." picks by gender.
    "title-picks-among-people-of-one-surname": (
        "Dr. Petra Holm treated the injured climber, Erik Holm, at the mountain hut. "
        "Dr. Holm said he had been lucky to survive.",
        [R("he had been lucky to survive", "Petra Holm", "person")],
    ),
    # A past office is no office: "the minister" is the one in it, "the former
    # minister" the one who was.
    "the-former-minister-and-the-minister": (
        "Lise Aaberg, the fisheries minister, debated Ivo Marek, a former fisheries minister, on the radio. "
        "The former minister said the quotas were too low. The minister said they were fair.",
        [R("the quotas were too low", "Ivo Marek", "person"), R("they were fair", "Lise Aaberg", "person")],
    ),
    "former-before-the-name-is-the-former-minister": (
        "Health Minister Lise Aaberg met former health minister Ivo Marek on Monday. "
        "The former minister said the hospital should stay open.",
        [R("the hospital should stay open", "Ivo Marek", "person")],
    ),
    # A person's name the model tags as a body stays a person's: "they" after two
    # people is those people, and "it" is none of them.
    "they-after-two-people-tagged-as-bodies-is-people": (
        "Tomas Vrba and Ines Calloway spent six hours in the cave before they were found. "
        "They said they had never lost hope.",
        [R("they had never lost hope", "Tomas Vrba", "person")],
    ),
    "it-is-no-person-tagged-as-a-place": (
        "Ostmark Dairy dismissed Tomas Vrba in May. It said he had broken safety rules.",
        [R("he had broken safety rules", None)],
    ),
    # A "person" of several words with no first name, that its sentence goes on with
    # "its" before the next name, is a body the model took for a person.
    "name-going-on-with-its-is-a-body-for-it": (
        "Ostmark Dairy closed its plant in Kiel.\n\nIt said demand for butter had fallen.",
        [R("demand for butter had fallen", "Ostmark Dairy", "organization")],
    ),
    "name-going-on-with-its-speaks-as-a-body": (
        "Ostmark Dairy closed its plant in Kiel on Monday, saying demand had fallen.",
        [R("demand had fallen", "Ostmark Dairy", "organization")],
    ),
    # A kind of business points back to a body whose name shows the kind: a utility to
    # "Power", a watchdog to a "Council" as to an "Authority".
    "the-utility-is-the-power-company": (
        "Harwick Power will raise its prices in April. The utility said gas had become more expensive.",
        [R("gas had become more expensive", "Harwick Power", "organization")],
    ),
    "the-watchdog-is-the-council": (
        "The Consumer Council criticised the banks on Tuesday. The watchdog said fees had risen by a third.",
        [R("fees had risen by a third", "Consumer Council", "organization")],
    ),
    # A "she" that opens a story, before anyone is named, is the one the next sentence
    # names as its subject, when the gender fits.
    "opening-she-is-the-subject-named-next": (
        "“We were never asked,” she said. Mirela Sand, who has fished the bay for forty years, lost her licence in May.",
        [R("We were never asked,", "Mirela Sand", "person")],
    ),
    "opening-he-is-no-woman-named-next": (
        "“We were never asked,” he said. Mirela Sand, who has fished the bay for forty years, lost her licence in May.",
        [R("We were never asked,", None)],
    ),
    # The possessor of a statement speaks also when the model tags the body with its
    # "'s" ("The Fisheries Ministry's" one entity).
    "body-tagged-with-its-possessive-speaks-its-statement": (
        "The Fisheries Ministry's statement said the quota was final.",
        [R("the quota was final", "Fisheries Ministry", "organization")],
    ),
    "company-tagged-with-its-apostrophe-speaks-its-report": (
        "According to Pellham Motors' annual report, sales fell by a fifth.",
        [R("sales fell by a fifth", "Pellham Motors", "organization")],
    ),
    # An "its" after a thing the clause is about is the thing's: the name before it is
    # still a person ("the company would list its shares").
    "its-of-a-subject-after-the-name-leaves-the-name-a-person": (
        "Min-jun Park founded the firm in 2019. Park said the company would list its shares.",
        [R("the company would list its shares", "Min-jun Park", "person")],
    ),
    # A family name written first: the given name after it tells the gender.
    "family-name-first-gender-from-the-given-name": (
        "Nguyen Thi Hoa met Tran Van Duc at the port. He said the rice harvest was late.",
        [R("the rice harvest was late", "Tran Van Duc", "person")],
    ),
    # A place is no business of a kind: "the airline" is not the airport named last.
    "the-airline-is-no-airport": (
        "Skyway Air cancelled 200 flights after a strike at Halden Airport. The airline said passengers would be refunded.",
        [R("passengers would be refunded", "Skyway Air", "organization")],
    ),
    # "which" is no person's pronoun: a "name" without a first name that takes it is a body.
    "name-taking-which-is-a-body": (
        "The closure was announced by Ostmark Dairy, which said demand had fallen.",
        [R("demand had fallen", "Ostmark Dairy", "organization")],
    ),
    # A counted group is the group counted: "they" after "Hundreds of students".
    "they-after-a-counted-group-is-the-group": (
        "Hundreds of students marched to the parliament on Friday. “We want our grants back,” they chanted.",
        [R("We want our grants back,", "Students", "unnamed")],
    ),
    "they-after-tens-of-thousands-of-a-group": (
        "Tens of thousands of farmers drove their tractors into the capital. They said fuel was too dear.",
        [R("fuel was too dear", "Farmers", "unnamed")],
    ),
    # "The" takes up the one an "a" brought in and nobody named: not the person the
    # story is about.
    "the-description-takes-up-an-unnamed-one-introduced-by-a": (
        "At a town hall in Leeds, a young woman asked Ines Calloway about the closures. "
        "“Who will pay for this?” the woman said.",
        [R("Who will pay for this?", "Woman", "unnamed")],
    ),
    "a-named-one-is-no-unnamed-introduction": (
        "Police questioned a woman, Mirela Sand, on Monday. The woman said she had seen the driver.",
        [R("she had seen the driver", "Mirela Sand", "person")],
    ),
    "a-predicate-noun-is-no-unnamed-introduction": (
        "Ines Calloway served eight years as a senator. The senator said the bill was unfair.",
        [R("the bill was unfair", "Ines Calloway", "person")],
    ),
    # A name the model tags as a body, set in apposition after a person's office, is
    # that person: a later "she" goes back to it.
    "name-tagged-as-a-body-after-an-office-is-a-person": (
        "The harbour minister, Ama Owusu, spoke after the vote. She said the ferries would keep running.",
        [R("the ferries would keep running", "Ama Owusu", "person")],
    ),
    # A title does not speak: a name the small model tags WORK_OF_ART is the body when
    # it has a body's word, the person when it opens with a known first name.
    "work-of-art-tagged-company-speaks": (
        '"We will hire 200 workers," Greywater Mining said.',
        [R("We will hire 200 workers,", "Greywater Mining", "organization")],
    ),
    "work-of-art-tagged-double-barrelled-surname-speaks": (
        'Ferry fares\n\nOkoro-Lindqvist defended the fares.\n\n"There is no cheaper way," Okoro-Lindqvist said.',
        [R("There is no cheaper way,", "Okoro-Lindqvist", "person")],
    ),
    "work-of-art-tagged-white-house-speaks": (
        '"The president will veto the bill," The White House said.',
        [R("The president will veto the bill,", "White House", "organization")],
    ),
    # Trade nouns of newer industries end a body's name, whatever the tagger called it,
    # and a later "the company" / "the airline" points back to it.
    "biotech-name-tagged-a-person-is-a-company": (
        "Calderon Biotech said its cancer drug had worked in mice. The company said trials in "
        "people would start next year.",
        [R("its cancer drug had worked in mice", "Calderon Biotech", "organization"),
         R("trials in people would start next year", "Calderon Biotech", "organization")],
    ),
    "bakeries-name-tagged-a-person-is-a-company": (
        "Pendle Dairies said its milk price would rise. Hollins Bakeries said profits had fallen.",
        [R("its milk price would rise", "Pendle Dairies", "organization"),
         R("profits had fallen", "Hollins Bakeries", "organization")],
    ),
    "the-airline-is-an-aviation-company": (
        "Merrow Aviation has cut ten routes. The airline said fuel had become too expensive.",
        [R("fuel had become too expensive", "Merrow Aviation", "organization")],
    ),
    # A hard-wrapped line cuts a name after its first name: the two lines' words are one
    # person (the model tags only one half, or a body).
    "name-wrapped-over-a-line-break-is-one-person": (
        'The scheme was attacked by Rosalind\nHawtrey, who chairs the parish council.\n\n'
        '"We were never consulted," Hawtrey said.',
        [R("We were never consulted,", "Rosalind Hawtrey", "person")],
    ),
    "double-barrelled-name-wrapped-over-a-line-break-is-one-person": (
        '"The price is a joke," said Marguerite\nAbernethy-Vance, a pig farmer.',
        [R("The price is a joke,", "Marguerite Abernethy-Vance", "person")],
    ),
    "hyphened-surname-tagged-a-body-after-a-wrapped-first-name-is-one-person": (
        "Chief Inspector Maud\nElsworth-Grey said the road would reopen.",
        [R("the road would reopen", "Maud Elsworth-Grey", "person")],
    ),
    "headline-words-over-a-line-break-join-no-name": (
        "Storm Damage\nLavinia Thistlewood said the roof had gone.",
        [R("the roof had gone", "Lavinia Thistlewood", "person")],
    ),
    # Under a one-word heading the parser cut the name opening the next paragraph into
    # sentences of a word each: the mention was its last word.
    "company-name-under-a-one-word-heading-stays-whole": (
        "Losses\n\nKestrand Shipping said losses had widened in the spring.",
        [R("losses had widened in the spring", "Kestrand Shipping", "organization", mention="Kestrand Shipping")],
    ),
    "person-name-under-a-one-word-heading-stays-whole": (
        "Grain\n\nSun Haoyu, China's agriculture minister, said the harvest was safe.",
        [R("the harvest was safe", "Sun Haoyu", "person", mention="Sun Haoyu")],
    ),
    # A first and last name tagged a body is a person when the text writes the surname
    # after an honorific: bodies take none.
    "name-tagged-a-body-whose-surname-takes-an-honorific-is-a-person": (
        'Study reaction\n\nAmara Mensah said the results had surprised her team.\n\n'
        '"We expected the opposite," Ms Mensah said.',
        [R("the results had surprised her team", "Amara Mensah", "person"),
         R("We expected the opposite,", "Amara Mensah", "person")],
    ),
    # French and German courtesy titles are no part of the name, as "Mr." is not.
    "french-courtesy-title-is-no-part-of-the-name": (
        '"Visitors are welcome," Mme Roussin said.',
        [R("Visitors are welcome,", "Roussin", "person")],
    ),
    "german-courtesy-title-is-no-part-of-the-name": (
        "Frau Keller said that the bridge was safe.",
        [R("the bridge was safe", "Keller", "person")],
    ),
    # The tokenizer cuts a mis-decoded "José" in two; the written word is one.
    "mis-decoded-first-name-is-repaired": (
        '"Europe must speak with one voice," JosÃ© Albarran said.',
        [R("Europe must speak with one voice,", "José Albarran", "person")],
    ),
    # Words someone gave out are theirs: the possessor of a statement noun speaks.
    "possessor-of-a-reply-speaks": (
        'Ada Ruiz\'s reply was short: "Never."',
        [R("Never.", "Ada Ruiz", "person")],
    ),
    "pronoun-possessor-of-a-statement-speaks": (
        "Ada Ruiz left the union on Friday. Her statement said the port would be sold.",
        [R("the port would be sold", "Ada Ruiz", "person")],
    ),
    # A lone surname that owns the report noun names its speaker as the bare word would.
    "lone-surname-possessor-of-a-warning-speaks": (
        "Vrba's warning that the dam could fail was ignored.",
        [R("the dam could fail", "Vrba", "person")],
    ),
    # An agent noun no role list holds, before a clear first name, is the person's role.
    "agent-noun-before-a-first-name-is-a-role": (
        "Historian Mei Lin wrote that the treaty was never ratified.",
        [R("the treaty was never ratified", "Mei Lin", "person")],
    ),
    # Only the surname tagged, after a title and a first name of no clear gender: the
    # title marks where the name starts.
    "title-marks-the-start-of-a-name-with-an-ambiguous-first-name": (
        'Manager Pep Sorli admitted: "We were second best."',
        [R("We were second best.", "Pep Sorli", "person")],
    ),
    # A question, a warning or a demand is words someone gave out: the one it comes
    # from speaks the quotation it introduces.
    "question-from-a-person-introduces-their-quote": (
        'Then came the question from Tara Quin: "Who signed this?"',
        [R("Who signed this?", "Tara Quin", "person")],
    ),
    # After a quotation the model may tag the body that speaks as a work: a work says
    # nothing, so the subject of the cue is the body.
    # ... but a name ending on a word no dictionary holds is a person's, first name
    # known or not.
    "foreign-name-tagged-as-a-work-is-a-person": (
        '"We will deepen the reforms," Xi Jinping said.',
        [R("We will deepen the reforms,", "Xi Jinping", "person")],
    ),
    "speaker-tagged-as-a-work-after-a-quote": (
        '"Our fares will rise in June," Greywater Ferries said in a statement.',
        [R("Our fares will rise in June,", "Greywater Ferries", "organization")],
    ),
    # The model tags only the first name of "Mayor Ada Obi": the untagged surname it is
    # compounded on belongs to the name, for the item and for a later "she".
    "tagged-first-name-runs-on-over-its-untagged-surname": (
        "Mayor Ada Obi won. She said the scheme is working.",
        [R("the scheme is working", "Ada Obi", "person")],
    ),
    # A trade noun opening a name the model tagged a body: a body's name does not open
    # on a person's trade, so it is that person.
    "trade-noun-opening-a-name-tagged-a-body": (
        "Farmer Gwyn Price lost his crop. He said the drought was the worst he had seen.",
        [R("the drought was the worst he had seen", "Gwyn Price", "person")],
    ),
    # A role word the name data lists as a first name of a few hundred bearers at most
    # ("Rector", "Farmer") is still the role before a clear first name.
    "role-word-the-name-data-lists-as-a-rare-first-name": (
        'Rector Hugh Dane addressed the students. "Exams will go ahead," he said.',
        [R("Exams will go ahead,", "Hugh Dane", "person")],
    ),
    "role-word-tagged-a-proper-noun-and-listed-as-a-rare-first-name": (
        "Farmer Joseph Vrba told the radio that his cattle had died.",
        [R("his cattle had died", "Joseph Vrba", "person")],
    ),
    # A role word the name data does not hold before a name the model left untagged:
    # the name starts at the first name, the role is dropped.
    "role-word-before-an-untagged-name": (
        'Organiser Femi Adeyemi addressed the rally. "We came here in peace," he said.',
        [R("We came here in peace,", "Femi Adeyemi", "person")],
    ),
    # The model tags only the title of "Councillor Ivy Marsh" a person: the title
    # alone names nobody, and the capitalised words after it are the name.
    "title-alone-tagged-before-an-untagged-name": (
        '"Nobody," said Councillor Ivy Marsh, "wants this road."',
        [R("Nobody,", "Ivy Marsh", "person"), R("wants this road.", "Ivy Marsh", "person")],
    ),
    # A title picked out by "one", with a name in apposition: the name is that person
    # (as for "an MP, ..."), even when the parser takes the inverted speaker for an object.
    "one-title-with-a-name-in-apposition": (
        '"This is a coup," shouted one MP, Tomas Vrba, as ushers tried to calm the chamber.',
        [R("This is a coup,", "Tomas Vrba", "person")],
    ),
    # An agent noun no role list holds, with a name in apposition the model tagged a
    # place: the name opens on a clear first name, so it is the person the noun describes.
    "agent-noun-with-a-name-tagged-a-place-in-apposition": (
        "Ticket sales have doubled since May, according to the promoter Ines Calloway.",
        [R("Ticket sales have doubled since May", "Ines Calloway", "person")],
    ),
    # A full name set off by commas right after an office is its holder, even when the
    # parser hangs the name on the verb instead of the office.
    "name-set-off-after-an-agent-office-is-its-holder": (
        "The closure was announced by the head teacher, Rose Achterberg, on Friday.",
        [R("The closure", "Rose Achterberg", "person")],
    ),
    # A role noun opening the sentence that the name data also lists as a first name:
    # tagged as a common noun before two words of name, it is the role.
    "role-noun-the-name-data-lists-as-a-first-name-is-a-role": (
        "Farmer Tomas Vrba told the radio that his cattle had died.",
        [R("his cattle had died", "Tomas Vrba", "person")],
    ),
    "first-name-that-is-an-agent-noun-before-a-particle-surname-stays": (
        "Chandler Van Voorhis said the forest would be sold.",
        [R("the forest would be sold", "Chandler Van Voorhis", "person")],
    ),
    "first-name-that-is-an-english-word-stays-in-the-name": (
        "Christian Mei Lin said the museum would close.",
        [R("the museum would close", "Christian Mei Lin", "person")],
    ),
    # "Tomasz" is tagged a common noun; the name data knows it clearly as a first name.
    "first-name-tagged-a-noun-before-a-surname-is-part-of-the-name": (
        'Tomasz Brela left the hall early. "I have said all I need to say," he said.',
        [R("I have said all I need to say,", "Tomasz Brela", "person", mention="he")],
    ),
    "first-name-tagged-a-body-and-an-untagged-surname-are-one-person": (
        "Reporters asked Jasper Oakenfold about the leak. He said he had not seen the documents.",
        [R("he had not seen the documents", "Jasper Oakenfold", "person", mention="He")],
    ),
    "name-ending-in-a-business-word-is-a-body": (
        "Mine 2\n\nGreywater Mining said two pits were flooded.\n",
        [R("two pits were flooded", "Greywater Mining", "organization")],
    ),
    "name-tagged-a-facility-is-a-person-a-pronoun-finds": (
        "The new head of the agency is Cordelia Ashdown. She said the backlog would be cleared by June.",
        [R("the backlog would be cleared by June", "Cordelia Ashdown", "person", mention="She")],
    ),
    "first-name-read-as-a-plural-noun-in-a-name-tagged-a-place": (
        'Ines Calloway chairs the port board. "We will reopen in May," Ms. Calloway said.',
        [R("We will reopen in May,", "Ines Calloway", "person")],
    ),
    "the-place-a-person-is-of-is-no-part-of-the-name": (
        "Lena Osei of Eastgate said the vote was rigged. Osei added that she would appeal.",
        [R("the vote was rigged", "Lena Osei", "person"), R("she would appeal", "Lena Osei", "person")],
    ),
    "title-after-a-glued-signature-dash-is-no-part-of-the-name": (
        '"The plan will work."\n\n-President Vrba',
        [R("The plan will work.", "Vrba", "person")],
    ),
    "mojibake-in-a-name-is-repaired-and-meets-the-surname": (
        'President Fran\u00c3\u00a7ois Vrba said the talks would resume. "We are ready," Vrba added.',
        [
            R("the talks would resume", "Fran\u00e7ois Vrba", "person", role="President"),
            R("We are ready,", "Fran\u00e7ois Vrba", "person"),
        ],
    ),
    "name-in-a-title-case-headline-ends-before-its-verb": (
        "Lena Osei Wins Harbour Vote\n\nOsei said the count was fair.",
        [R("the count was fair", "Lena Osei", "person")],
    ),
    "name-in-a-title-case-headline-tagged-a-body-ends-before-its-verb": (
        'Tomas Vrba Wants A Recount\n\n"The count was wrong," Vrba said.',
        [R("The count was wrong,", "Tomas Vrba", "person")],
    ),
    "name-right-after-a-long-title-is-the-speaker": (
        "The union will likely sit out the vote, HWU Director of Government Affairs Phil Smith told reporters this week.",
        [R("The union will likely sit out the vote", "Phil Smith", "person", role="Director of Government Affairs")],
    ),
    # An acronym in capitals is no first name, though the name data lists "RT" as one.
    "acronym-before-a-place-word-is-no-person-tagged-a-place": (
        "The interview aired on the RT America television network on Monday. He said the officials were wrong.",
        [R("the officials were wrong", None, None, mention="He")],
    ),
    "acronym-before-a-proper-noun-is-no-person-untagged": (
        "Viewers of the RT America network saw the interview. He said the officials were wrong.",
        [R("the officials were wrong", None, None, mention="He")],
    ),
    "person-noun-named-by-a-participle-is-that-person": (
        "The winner of the prize, a retired teacher named Wendeline Groot, said she was astonished.",
        [R("she was astonished", "Wendeline Groot", "person")],
    ),
    "person-noun-identified-as-a-titled-name-is-that-person": (
        "The pilot, identified by the airline as Captain Rasmus Eide, said the landing gear had failed.",
        [R("the landing gear had failed", "Rasmus Eide", "person")],
    ),
    "calling-the-police-names-nobody": (
        "A man called the police and said the fire began at night.",
        [R("the fire began at night", None)],
    ),
    "quoted-nickname-inside-a-name-keeps-one-person": (
        'Edmund "Ned" Calloway coaches the team. Calloway said the players were tired.',
        [R("the players were tired", 'Edmund "Ned" Calloway', "person")],
    ),
    # (the nickname step runs only where the text has a nickname's shape: curly marks
    # and brackets, a nickname of two words, must still be found)
    "curly-quoted-nickname-inside-a-name-keeps-one-person": (
        "Edmund \u201cNed\u201d Calloway coaches the team. Calloway said the players were tired.",
        [R("the players were tired", "Edmund \u201cNed\u201d Calloway", "person")],
    ),
    "bracketed-nickname-inside-a-name-keeps-one-person": (
        "Robert (Bobby) Lanigan coaches the team. Lanigan said the players were tired.",
        [R("the players were tired", "Robert (Bobby) Lanigan", "person")],
    ),
    "two-word-nickname-inside-a-name-keeps-one-person": (
        'Dwayne "The Rock" Calloway coaches the team. Calloway said the players were tired.',
        [R("the players were tired", 'Dwayne "The Rock" Calloway', "person")],
    ),
    "first-word-of-one-named-body-is-its-short-name": (
        "Lumen Telecom and Orbis Cable agreed to merge. Lumen said the deal would save $1 billion.",
        [R("the deal would save $1 billion", "Lumen Telecom", "organization")],
    ),
    "first-word-of-a-body-tagged-a-person-is-its-short-name": (
        "Greywater Mining will close its last pit. In a statement, Greywater said the seam was exhausted.",
        [R("the seam was exhausted", "Greywater Mining", "organization")],
    ),
    "first-word-of-a-body-that-is-a-persons-name-stays-the-person": (
        "Rupert Greywater founded Greywater Mining. Greywater said the seam was exhausted.",
        [R("the seam was exhausted", "Rupert Greywater", "person")],
    ),
    "first-word-shared-by-two-bodies-names-neither": (
        "Lumen Telecom and Lumen Cable agreed to merge. Lumen said the deal would save $1 billion.",
        [R("the deal would save $1 billion", None)],
    ),
    "first-name-the-tagger-reads-as-a-verb-still-opens-a-name": (
        'Rosalind Ekwueme chairs the panel. "We need more time," said Daniel Oyibo, a member.\n\n'
        "She said the report would be delayed.",
        [R("the report would be delayed", "Rosalind Ekwueme", "person", mention="She")],
    ),
    # ... and the surname after it, read as a plural noun and tagged nothing, is its
    # second word: a later bare "Fairbanks" is her.
    "surname-the-tagger-reads-as-a-noun-after-a-first-name-read-as-a-verb": (
        "Rosalind Fairbanks chairs the committee. She was elected in May. "
        "Fairbanks said the budget was too small.",
        [R("the budget was too small", "Rosalind Fairbanks", "person", mention="Fairbanks")],
    ),
    # A name tagged a place, with a first name the name data lacks and a double-barrelled
    # surname, is a person's when a role stands in apposition to it.
    "place-tagged-name-with-a-role-in-apposition-is-a-person": (
        "Oyelaran Okafor-Brandt, the goalkeeper, saved three shots. "
        '"We deserved the win," Okafor-Brandt said.',
        [R("We deserved the win,", "Oyelaran Okafor-Brandt", "person")],
    ),
    # Bodies take no honorific: "Mrs." (one token with its dot) before a double-barrelled
    # name the model tags as a body makes it a person's.
    "honorific-with-its-dot-before-a-hyphenated-name-tagged-a-body": (
        "Mrs. Okonkwo-Ballard said bookings were up.",
        [R("bookings were up", "Okonkwo-Ballard", "person")],
    ),
    "first-name-that-is-no-english-word-joins-a-surname-the-name-data-lists": (
        "Marisol Agudelo was not available. Her lawyer, Fergus Dalby, said she would fight the charges.",
        [R("she would fight the charges", "Fergus Dalby", "person")],
    ),
    "owner-of-an-office-is-not-its-holder": (
        "Greywater Mining's chairman said the board backed the deal.",
        [R("the board backed the deal", "Chairman", "unnamed")],
    ),
    "candidate-owning-a-campaign-manager-is-not-the-speaker": (
        "Senator Ilka Brandvold's campaign manager said the polls were tightening.",
        [R("the polls were tightening", "Manager", "unnamed")],
    ),
    "the-former-is-the-first-of-the-two-names-before": (
        "Osric Penhallow and Wilhelmina Stroud met in Geneva. The former said the talks were useful.",
        [R("the talks were useful", "Osric Penhallow", "person")],
    ),
    "the-latter-is-the-second-of-the-two-names-before-not-a-place": (
        "Osric Penhallow and Wilhelmina Stroud met in Geneva. The latter said the talks were useless.",
        [R("the talks were useless", "Wilhelmina Stroud", "person")],
    ),
    "the-latter-after-one-name-is-nobody": (
        "Jerome Achterberg visited the plant on Monday. The latter said it would create 400 jobs.",
        [R("it would create 400 jobs", None)],
    ),
    "the-former-president-is-no-ordinal-reference": (
        "Former president Ulla Brekke met Tomas Vik. The former president said the visit was private.",
        [R("the visit was private", "Ulla Brekke", "person")],
    ),
    "lowercase-role-tagged-a-proper-noun-gives-its-apposition-the-role": (
        "The mayor, Gudrun Falkenrath, met the bishop, Ambrose Keel.\n\n"
        "The bishop said the church would shelter the homeless.",
        [R("the church would shelter the homeless", "Ambrose Keel", "person")],
    ),
    "role-label-noun-points-back-to-the-person-it-labelled": (
        "The actress Clementine Rourke, 61, won the award. The actress said she was grateful.",
        [R("she was grateful", "Clementine Rourke", "person")],
    ),
    "abbreviated-monsignor-is-a-title": (
        "Msgr. Anselmo Bertini read the letter. The monsignor said the pope was saddened.",
        [R("the pope was saddened", "Anselmo Bertini", "person")],
    ),
    "first-of-two-given-names-left-outside-the-entity-is-no-role": (
        "Budget\n\nLeopoldine Marie Achterberg said taxes would not rise.\n",
        [R("taxes would not rise", "Leopoldine Marie Achterberg", "person")],
    ),
    "role-word-that-the-name-data-lists-stays-a-role": (
        "Pastor Joseph Kettering said the shelter would open on Sunday.",
        [R("the shelter would open on Sunday", "Joseph Kettering", "person")],
    ),
    "role-of-a-name-tagged-a-body-comes-from-its-apposition": (
        "Algernon Pratt, the club chairman, met Lorelei Finch, the mayor. The mayor said the city would help.",
        [R("the city would help", "Lorelei Finch", "person")],
    ),
    "qualifier-before-a-title-may-be-a-first-name-too": (
        "Ward Councillor Thabo Ntuli said the clinic would open in May. Ntuli said nurses had been hired.",
        [
            R("the clinic would open in May", "Thabo Ntuli", "person"),
            R("nurses had been hired", "Thabo Ntuli", "person"),
        ],
    ),
    "honorific-hajia-is-no-part-of-the-name": (
        "Hajia Amina Bello said the market would reopen. She said traders had been paid.",
        [
            R("the market would reopen", "Amina Bello", "person"),
            R("traders had been paid", "Amina Bello", "person", mention="She"),
        ],
    ),
    "state-named-after-a-first-name-is-no-person": (
        "Officials in Lagos State said the curfew would end.",
        [R("the curfew would end", None)],
    ),
    "unfamiliar-surname-read-as-a-noun-is-learnt-to-have-told": (
        "Rawal is learnt to have told the meeting that no minister would be dropped.",
        [R("no minister would be dropped", "Rawal", "person", mention="Rawal")],
    ),
    "quoted-capitals-make-no-title-case-headline": (
        "Adeyemo posted on X: \u201cWE WILL NOT BE SILENCED.\u201d",
        [R("WE WILL NOT BE SILENCED.", "Adeyemo", "person", mention="Adeyemo")],
    ),
    "pronoun-goes-back-to-an-unfamiliar-surname-with-no-entity": (
        "Olatunji spoke at the state secretariat in Ibadan. "
        "According to him, the road project will be completed by December.",
        [R("the road project will be completed by December", "Olatunji", "person", mention="him")],
    ),
    "pronoun-goes-back-to-an-untagged-surname-after-a-title": (
        "Lord Vrba spoke in the debate. He said the bill was flawed.",
        [R("the bill was flawed", "Vrba", "person", mention="He")],
    ),
    "unfamiliar-surname-read-as-a-noun-names-its-speaker": (
        "Deshmukh further stated that the second phase would begin in April.",
        [R("the second phase would begin in April", "Deshmukh", "person", mention="Deshmukh")],
    ),
    "surname-tagged-a-body-is-a-person-once-she-points-back": (
        "Mokoena said the deficit would narrow. \u201cWe are on track,\u201d she added.",
        [
            R("the deficit would narrow", "Mokoena", "person"),
            R("We are on track,", "Mokoena", "person", mention="she"),
        ],
    ),
    "pronoun-never-goes-back-to-a-body-its-sentence-calls-its": (
        "Gazprom raised its prices on Monday. He said the rise was fair.",
        [R("the rise was fair", None, mention="He")],
    ),
    "pronoun-never-goes-back-to-an-english-word": (
        "Management met the union on Monday. She said the offer was final.",
        [R("the offer was final", None, mention="She")],
    ),
    "surname-tagged-a-nationality-after-a-clear-first-name": (
        "\u201cThe era of impunity is over,\u201d Governor Emeka Nwosu declared.",
        [R("The era of impunity is over,", "Emeka Nwosu", "person")],
    ),
    "double-barrelled-surname-after-an-unplaced-first-name": (
        "Chukwuemeka Nnamdi-Eze, a lawyer for the family, spoke outside the court.\n\n"
        "According to him, the police had ignored three warnings.",
        [R("the police had ignored three warnings", "Chukwuemeka Nnamdi-Eze", "person", mention="him")],
    ),
    "irish-head-of-government-is-a-title": (
        "Taoiseach Ciar\u00e1n \u00d3 Briain said the budget would protect renters. "
        "\u00d3 Briain said rents would be capped.",
        [
            R("the budget would protect renters", "Ciar\u00e1n \u00d3 Briain", "person"),
            R("rents would be capped", "Ciar\u00e1n \u00d3 Briain", "person"),
        ],
    ),
    "words-before-a-title-qualify-it": (
        "District Collector Priyanka Raghunathan said relief camps had been set up. "
        "She said 300 families had moved.",
        [
            R("relief camps had been set up", "Priyanka Raghunathan", "person"),
            R("300 families had moved", "Priyanka Raghunathan", "person", mention="She"),
        ],
    ),
    "office-after-of-is-no-first-name": (
        "Superintendent of Police Rakesh Menon informed that three suspects had been detained.",
        [R("three suspects had been detained", "Rakesh Menon", "person")],
    ),
    "honorific-alhaji-is-no-part-of-the-name": (
        "Alhaji Aminu Danladi said the festival would go ahead.",
        [R("the festival would go ahead", "Aminu Danladi", "person")],
    ),
    "inverted-said-cue-is-no-first-name": (
        'Said Ogunbiyi: "We are not afraid of the courts."',
        [R("We are not afraid of the courts.", "Ogunbiyi", "person", mention="Ogunbiyi")],
    ),
    "first-name-said-before-a-later-cue-stays-in-the-name": (
        "Said Hamdani, the negotiator, said the talks had failed.",
        [R("the talks had failed", "Said Hamdani", "person")],
    ),
    "first-name-the-tagger-reads-as-a-verb-stays-in-the-name": (
        "Aisling Byrne opened the hearing. She said the inquiry would take a year.",
        [R("the inquiry would take a year", "Aisling Byrne", "person", mention="She")],
    ),
    "who-after-an-unplaced-name-makes-it-a-person": (
        "The claim was denied by Kari Lunde, who said it was false.",
        [R("it was false", "Kari Lunde", "person")],
    ),
    "age-in-apposition-makes-an-unplaced-name-a-person": (
        "Kari Lunde, 42, a teacher from Bergen, said the school was cold.",
        [R("the school was cold", "Kari Lunde", "person")],
    ),
    "job-in-apposition-makes-an-unplaced-name-a-person": (
        "Oddvar Brekke, a fisherman, said the quota was too small.",
        [R("the quota was too small", "Oddvar Brekke", "person")],
    ),
    "he-skips-a-body-the-model-tags-as-a-person": (
        "Greywater Mining hired Tomas Vrba as chief executive in March. He said the company would cut its debt.",
        [R("the company would cut its debt", "Tomas Vrba", "person", mention="He")],
    ),
    # One capitalised word the model tags a body or a place is a person after an office
    # or with an age or an office in apposition, and so is the same word again.
    "office-before-a-lone-surname-tagged-a-body": (
        "Mayor Calloway said the bridge would reopen. Calloway said repairs were done.",
        [
            R("the bridge would reopen", "Calloway", "person"),
            R("repairs were done", "Calloway", "person"),
        ],
    ),
    "age-after-a-lone-surname-tagged-a-place": (
        "Calloway, 41, said the shelter was full.",
        [R("the shelter was full", "Calloway", "person")],
    ),
    "office-in-apposition-to-a-lone-surname-tagged-a-body": (
        "Calloway, the union leader, said the offer was unfair.",
        [R("the offer was unfair", "Calloway", "person")],
    ),
    # The model tags only the surname (as a body or a place) and leaves out the first name
    # before a middle initial, a particle or a hyphenated given name.
    "middle-initial-before-a-surname-tagged-a-body": (
        "Ines M. Calloway won the seat. Calloway said she would serve everyone.",
        [R("she would serve everyone", "Ines M. Calloway", "person")],
    ),
    "particle-before-a-surname-tagged-a-place": (
        "Yusuf ibn Tashfin runs the museum. He said the manuscripts were safe.",
        [R("the manuscripts were safe", "Yusuf ibn Tashfin", "person", mention="He")],
    ),
    "hyphenated-given-name-before-a-surname-tagged-a-body": (
        "Min-jun Park coaches the team. Park said the players were tired.",
        [R("the players were tired", "Min-jun Park", "person")],
    ),
    "name-tagged-a-body-whose-surname-the-model-tags-a-person-later": (
        "Paris Whitlock and Jordan Vale run the bakery. Whitlock said bread prices had doubled.",
        [R("bread prices had doubled", "Paris Whitlock", "person")],
    ),
    "english-word-before-a-place-is-no-first-name": (
        "Farmers often say, \u201cPoor Mexico, so far from the rain.\u201d\n\n"
        "In 2019, Mexico said the tariffs were unfair.",
        [R("the tariffs were unfair", "Mexico")],
    ),
    "clear-first-name-read-as-a-noun-in-a-name-tagged-a-place": (
        "Ines Calloway chairs the board. I. Calloway said the vote was fair.",
        [R("the vote was fair", "Ines Calloway", "person")],
    ),
    "kin-noun-before-a-name-the-model-calls-an-organisation": (
        "Tom Reed, a farmer, said the harvest was poor. "
        "His neighbour Kari Lunde said she had lost half her crop.",
        [
            R("the harvest was poor", "Tom Reed", "person"),
            R("she had lost half her crop", "Kari Lunde", "person", mention="His neighbour"),
        ],
    ),
    # -- names --------------------------------------------------------------------------------
    "plural-description-is-a-group-not-the-person-in-the-story": (
        "Senator Joan Whitaker opened the debate on the harbour bill. "
        "The Republican senators said the bill would raise port fees.",
        [R("the bill would raise port fees", "Senators", "unnamed", mention="The Republican senators")],
    ),
    "surname-before-a-generational-suffix": (
        "Adm. Harold T. Lindqvist Jr. took command of the fleet on Monday. "
        "Lindqvist said the ships would sail in June.",
        [R("the ships would sail in June", "Harold T. Lindqvist Jr.", "person", mention="Lindqvist")],
    ),
    "team-before-a-surname-is-a-campaign-not-a-person": (
        "Team Halvorsen argued that the polls were wrong. "
        "Halvorsen said the campaign had raised more money than ever.",
        [
            R("the polls were wrong", "Team Halvorsen", "organization"),
            R("the campaign had raised more money than ever", "Halvorsen", "person"),
        ],
    ),
    "preposition-taken-into-a-name-is-not-part-of-it": (
        "Without Bergstrom, the party would have lost the seat. "
        "Bergstrom said he would stay in the race.",
        [R("he would stay in the race", "Bergstrom", "person", mention="Bergstrom")],
    ),
    "reporting-verb-label-read-as-a-first-name": (
        "In an interview on Tuesday, the strategist spoke at length.\n\nStated Halvorsen:\n\n"
        "\u201cI think the stakes are very high for the party.\u201d",
        [R("I think the stakes are very high for the party.", "Halvorsen", "person")],
    ),
    "surname-to-full-name": (
        "Maria Okafor opened the new terminal on Monday. "
        "Okafor said the port would double its traffic by 2030.",
        [
            R(
                "the port would double its traffic by 2030",
                "Maria Okafor",
                "person",
                mention="Okafor",
            )
        ],
    ),
    "surname-to-full-name-direct": (
        "Daniel Brooks chaired the meeting. Several crews walked out.\n\n"
        '"Nobody here wants a strike," Brooks said.',
        [R("Nobody here wants a strike,", "Daniel Brooks", "person", mention="Brooks")],
    ),
    "title-split-from-name": (
        "Harbour Commissioner Maria Okafor said the port would reopen next week.",
        [
            R(
                "the port would reopen next week",
                "Maria Okafor",
                "person",
                mention="Harbour Commissioner Maria Okafor",
                role="Harbour Commissioner",
            )
        ],
    ),
    "title-split-direct": (
        '"The port will reopen next week," said Harbour Commissioner Maria Okafor.',
        [
            R(
                "The port will reopen next week,",
                "Maria Okafor",
                "person",
                role="Harbour Commissioner",
            )
        ],
    ),
    "apposition": (
        "Maria Okafor, the harbour commissioner, said the port would reopen next week.",
        [
            R(
                "the port would reopen next week",
                "Maria Okafor",
                "person",
                role="harbour commissioner",
            )
        ],
    ),
    "apposition-direct": (
        '"The port will reopen next week," said Maria Okafor, the harbour commissioner.',
        [
            R(
                "The port will reopen next week,",
                "Maria Okafor",
                "person",
                role="harbour commissioner",
            )
        ],
    ),
    # -- pronouns by gender, learnt from the text -------------------------------------------------
    "she-skips-later-he": (
        "Maria Okafor said she would resign in June. Daniel Brooks said he would stay in the post. "
        '"I have done what I promised," she said.',
        [R("I have done what I promised,", "Maria Okafor", "person", mention="she")],
    ),
    "she-and-he": (
        "Maria Okafor said she would resign in June. Daniel Brooks said he would stay in the post. "
        '"I have done what I promised," she said. "The council can decide the rest," he said.',
        [
            R("I have done what I promised,", "Maria Okafor", "person", mention="she"),
            R("The council can decide the rest,", "Daniel Brooks", "person", mention="he"),
        ],
    ),
    "he-skips-later-she": (
        "Daniel Brooks said his crews were tired. Maria Okafor said her office would pay overtime. "
        '"We need two more weeks," he said.',
        [R("We need two more weeks,", "Daniel Brooks", "person", mention="he")],
    ),
    "alternating-speakers": (
        "Daniel Brooks opened the meeting. \u201cWe are ready,\u201d he said. "
        "Maria Okafor spoke next. \u201cSo are we,\u201d she said.",
        [
            R("We are ready,", "Daniel Brooks", "person", mention="he"),
            R("So are we,", "Maria Okafor", "person", mention="she"),
        ],
    ),
    # -- organisations ----------------------------------------------------------------------------
    "it-to-organisation": (
        "The Northern Shipping Alliance met in Oslo on Monday. "
        "It said the new rules would cut emissions.",
        [
            R(
                "the new rules would cut emissions",
                "Northern Shipping Alliance",
                "organization",
                mention="It",
            )
        ],
    ),
    # with no named body in view, "it" is the described body the sentence before is about
    "it-to-the-unnamed-body-the-sentence-before-is-about": (
        "The transport ministry issued new rules on Friday. It said ferries must slow down near the pier.",
        [R("ferries must slow down near the pier", "Transport ministry", "organization", mention="It")],
    ),
    "it-to-an-unnamed-council-before": (
        "The town council voted on Monday. It said the ferry budget was balanced.",
        [R("the ferry budget was balanced", "Town council", "organization", mention="It")],
    ),
    # a bare "the club" resolves to no body, but it is still what "it" stands for
    "it-to-a-bare-described-body-before": (
        "The club apologised to its members. \u201cThe fee rise was a mistake,\u201d it said.",
        [R("The fee rise was a mistake,", "Club", "organization", mention="it")],
    ),
    "they-to-organisation": (
        "The Northern Shipping Alliance met in Oslo on Monday. "
        "They said the new rules would cut emissions.",
        [
            R(
                "the new rules would cut emissions",
                "Northern Shipping Alliance",
                "organization",
                mention="They",
            )
        ],
    ),
    "it-skips-person": (
        "Daniel Brooks chairs the Northern Shipping Alliance. "
        "It said on Monday that the new rules would cut emissions.",
        [
            R(
                "the new rules would cut emissions",
                "Northern Shipping Alliance",
                "organization",
                mention="It",
            )
        ],
    ),
    "the-alliance": (
        "The Northern Shipping Alliance met in Oslo on Monday. "
        "The alliance said the new rules would cut emissions.",
        [R("the new rules would cut emissions", "Northern Shipping Alliance", "organization")],
    ),
    "the-ministry": (
        "The Ministry of Transport published its plan on Monday. "
        "The ministry said the bridge would close in March.",
        [R("the bridge would close in March", "Ministry of Transport", "organization")],
    ),
    # a place the model tags as nothing still names the council a later "the council" continues
    "the-council-keeps-its-untagged-place": (
        "The Brzeg city council voted to close the market. Councillor Jan Kos said traders were "
        "angry. The council said the hall was unsafe.",
        [R("the hall was unsafe", "Brzeg city council", "organization")],
    ),
    "the-council-keeps-its-place-tagged-a-location": (
        "The Selby district council approved the bypass. Councillor Rhys Penrose said it was "
        "overdue. The council said work would begin in spring.",
        [R("work would begin in spring", "Selby district council", "organization")],
    ),
    "a-body-tagged-with-the-verb-after-it-ends-before-the-verb": (
        "The Ministry of Water hired Tomas Vrba as an adviser. The ministry said the reservoirs were full. "
        "He said the work was hard.",
        [
            R("the reservoirs were full", "Ministry of Water", "organization"),
            R("the work was hard", "Tomas Vrba", "person", mention="He"),
        ],
    ),
    "organisation-by-name": (
        "The Ministry of Transport said the bridge would close in March.",
        [R("the bridge would close in March", "Ministry of Transport", "organization")],
    ),
    # -- unnamed groups ---------------------------------------------------------------------------
    "officials": (
        "Officials said the ferry had been overloaded.",
        [R("the ferry had been overloaded", "Officials", "unnamed", mention="Officials")],
    ),
    "diplomats": (
        "Diplomats said the talks would resume next week.",
        [R("the talks would resume next week", "Diplomats", "unnamed", mention="Diplomats")],
    ),
    "people-of-a-trade-are-an-unnamed-group": (
        "Firefighters said the blaze began in the kitchen. Prosecutors said the owner had lied.",
        [
            R("the blaze began in the kitchen", "Firefighters", "unnamed"),
            R("the owner had lied", "Prosecutors", "unnamed"),
        ],
    ),
    "the-name-heading-the-mention-speaks-not-one-in-its-description": (
        "\u201cIt is a great chance for us,\u201d said Kerensa Odhiambo, 55, of Brigantine.",
        [R("It is a great chance for us,", "Kerensa Odhiambo", "person")],
    ),
    "a-court-case-named-for-its-parties-is-no-person": (
        "Ines Brown runs a hotel. The clause surfaced in a 1992 court case, Brown v. Brown. "
        "Brown told the paper the deal was final.",
        [R("the deal was final", "Ines Brown", "person")],
    ),
    "those-with-a-description-are-an-unnamed-group": (
        "Those familiar with the plan said it would cost $2 billion. By 58% to 33%, those surveyed said the levy was unfair.",
        [
            R("it would cost $2 billion", "Those familiar", "unnamed", mention="Those"),
            R("the levy was unfair", "Those surveyed", "unnamed"),
        ],
    ),
    "office-the-lists-do-not-know-before-a-name-tagged-org": (
        "Harbour Master Ines Calloway closed the port. \u201cThe storm is too strong,\u201d Calloway said. "
        "The harbour master said ships would wait.",
        [
            R("The storm is too strong,", "Ines Calloway", "person"),
            R("ships would wait", "Ines Calloway", "person"),
        ],
    ),
    "the-teenager-is-the-person-given-a-teen-age": (
        "Mirela Sand, 16, won the race ahead of Ada Roe. The teenager said she had trained for years.",
        [R("she had trained for years", "Mirela Sand", "person")],
    ),
    "a-side-of-a-court-case-is-no-body-for-the-court": (
        "The ruling in Vrba v. Calloway was issued on Friday. The court said the contract was void.",
        [R("the contract was void", None, None)],
    ),
    "a-statement-speaks-for-who-issued-or-signed-it": (
        "The statement, issued by the Coastal Safety Agency, said the ferry was unsafe. "
        "\u201cThe harbour will close at noon,\u201d a second statement said. It was signed by Ines Calloway, the harbour master.",
        [
            R("the ferry was unsafe", "Coastal Safety Agency", "organization"),
            R("The harbour will close at noon,", "Ines Calloway", "person"),
        ],
    ),
    "a-predicate-noun-is-a-role-the-description-points-to": (
        "Kerensa Odhiambo is a nurse in Pellham. The nurse said the ward was full.",
        [R("the ward was full", "Kerensa Odhiambo", "person")],
    ),
    "a-report-from-a-body-is-the-bodys": (
        "Rents have doubled since 2010, according to a report from the Pellham Housing Trust.",
        [R("Rents have doubled since 2010", "Pellham Housing Trust", "organization")],
    ),
    "capitalised-plural-of-a-role-opening-a-sentence-is-a-group": (
        "Attorneys for Tomas Vrba filed a motion on Monday, saying the search was illegal.",
        [R("the search was illegal", "Attorneys", "unnamed", mention="Attorneys for Tomas Vrba")],
    ),
    # A spokesperson nobody names speaks in a named body's name: the words are the body's.
    "unnamed-spokesperson-for-a-named-company-is-the-company": (
        '"We will appeal the ruling," a spokesperson for Harwell Freight said on Monday.',
        [R("We will appeal the ruling,", "Harwell Freight", "organization", mention="a spokesperson for Harwell Freight")],
    ),
    # ... and so does one for "the company" that names back to a body named before.
    "unnamed-spokesperson-for-the-company-is-the-company-named-before": (
        "Halvorsen Shipping laid off 300 workers. A spokesman for the company said orders had collapsed.",
        [R("orders had collapsed", "Halvorsen Shipping", "organization", mention="A spokesman for the company")],
    ),
    # a body noun on no list ("society", "guild") still names back to a body so named
    "unnamed-spokesman-for-the-society-is-the-society-named-before": (
        "The Fenwick Lighthouse Society restored the lamp. A spokesman for the society said "
        "visitors could climb the tower again.",
        [R("visitors could climb the tower again", "Fenwick Lighthouse Society", "organization")],
    ),
    "unnamed-society-spokeswoman-is-the-society-named-before": (
        "The Fenwick Lighthouse Society restored the lamp. A society spokeswoman said the "
        "tower would open in June.",
        [R("the tower would open in June", "Fenwick Lighthouse Society", "organization")],
    ),
    # A surname and a kind of firm, a legal form or another language's trade word
    # ("Maschinenbau", "Werke", "Gruppe", "Holding", "Engineering") is a company however the
    # model tags it, and "it" after it is the company.
    "company-shaped-name-grunwald-maschinenbau": (
        "Grunwald Maschinenbau said on Monday that it would cut 300 jobs. It said the plant in Kassel would close.",
        [R("it would cut 300 jobs", "Grunwald Maschinenbau", "organization"), R("the plant in Kassel would close", "Grunwald Maschinenbau", "organization", mention="It")],
    ),
    "company-shaped-name-kessler-werke": (
        "Kessler Werke said on Tuesday that it would close the foundry. It said 200 workers would be moved.",
        [R("it would close the foundry", "Kessler Werke", "organization"), R("200 workers would be moved", "Kessler Werke", "organization", mention="It")],
    ),
    "company-shaped-name-brandt-gruppe": (
        "Brandt Gruppe said it would appeal the fine. It said the ruling was unfair.",
        [R("it would appeal the fine", "Brandt Gruppe", "organization"), R("the ruling was unfair", "Brandt Gruppe", "organization", mention="It")],
    ),
    "company-shaped-name-halvorsen-engineering": (
        "Halvorsen Engineering said the bridge was safe. It said inspections had found no cracks.",
        [R("the bridge was safe", "Halvorsen Engineering", "organization"), R("inspections had found no cracks", "Halvorsen Engineering", "organization", mention="It")],
    ),
    "company-shaped-name-petrov-holding": (
        "Petrov Holding said it would buy the port. It said the deal would close in May.",
        [R("it would buy the port", "Petrov Holding", "organization"), R("the deal would close in May", "Petrov Holding", "organization", mention="It")],
    ),
    "company-shaped-name-ostrander-group": (
        "Ostrander Group said it would sell the hotel. It said talks were at an early stage.",
        [R("it would sell the hotel", "Ostrander Group", "organization"), R("talks were at an early stage", "Ostrander Group", "organization", mention="It")],
    ),
    # A person's spokesperson speaks, not the person: owned by "'s", "for" the person or
    # the person's campaign, or the person's surname compounded on the noun (the model
    # tagging that surname a body)
    "a-persons-spokesman-by-possessive-stays-unnamed": (
        "Mr. Patel's spokesman said the senator would not attend the hearing.",
        [R("the senator would not attend the hearing", "Spokesman", "unnamed")],
    ),
    "a-spokeswoman-for-a-titled-person-stays-unnamed": (
        '"We have no comment," a spokeswoman for Senator Ana Diaz said.',
        [R("We have no comment,", "Spokeswoman", "unnamed")],
    ),
    "a-surname-spokesman-after-a-titled-surname-stays-unnamed": (
        "Senator Diaz met voters on Monday. A Diaz spokesman said the senator had been misquoted.",
        [R("the senator had been misquoted", "Spokesman", "unnamed")],
    ),
    "a-spokesman-for-a-persons-campaign-stays-unnamed": (
        "A spokesman for the Diaz campaign said the advertisement would run again.",
        [R("the advertisement would run again", "Spokesman", "unnamed")],
    ),
    "a-persons-press-secretary-is-not-the-person": (
        "Ines Calloway's press secretary told reporters that the vote would be delayed.",
        [R("the vote would be delayed", ANY, "unnamed")],
    ),
    "unnamed-spokesman-for-the-guild-with-no-guild-named-stays-unnamed": (
        "The Fenwick Lighthouse Society restored the lamp. A spokesman for the guild said "
        "the work had been rushed.",
        [R("the work had been rushed", "Spokesman", "unnamed")],
    ),
    "unnamed-spokesman-of-a-ministry-compound-is-the-ministry": (
        "A Transport Ministry spokesman said the bridge would reopen in May.",
        [R("the bridge would reopen in May", "Transport Ministry", "organization")],
    ),
    "unnamed-spokeswoman-of-a-body-possessive-is-the-body": (
        "The Coastal Safety Agency's spokeswoman said the beach would stay closed.",
        [R("the beach would stay closed", "Coastal Safety Agency", "organization")],
    ),
    "the-spokesperson-a-named-body-brought-in-is-the-body": (
        "A spokesperson for Harwell Freight declined to comment on Monday. On Tuesday the "
        "spokesperson said the ruling was unfair.",
        [R("the ruling was unfair", "Harwell Freight", "organization")],
    ),
    "unnamed-spokesman-for-a-named-person-stays-unnamed": (
        "Ines Calloway did not attend. A spokesman for Calloway said she was ill.",
        [R("she was ill", "Spokesman", "unnamed")],
    ),
    "unnamed-spokesman-for-a-person-tagged-a-body-stays-unnamed": (
        "A spokesman for Ines Calloway said she was on holiday.",
        [R("she was on holiday", "Spokesman", "unnamed")],
    ),
    # a titled name after "for" is whom the spokeswoman serves, not who speaks
    "unnamed-spokeswoman-for-a-titled-person-stays-unnamed": (
        "Sen. Dara Whitcombe skipped the vote. A spokeswoman for Sen. Whitcombe said she had a family emergency.",
        [R("she had a family emergency", "Spokeswoman", "unnamed")],
    ),
    # a person the text says goes by "they" is the "they" that follows, with no quotation
    # or group before it
    "they-after-a-person-said-to-be-nonbinary": (
        "Quinn Alvarado, a nonbinary potter from Tucson, opened a studio in June. They said the kiln had cost $9,000.",
        [R("the kiln had cost $9,000", "Quinn Alvarado", "person")],
    ),
    # (the words hyphened or in capitals: the one test of the whole text for them is case-blind)
    "they-after-a-person-said-to-be-non-binary-with-a-hyphen": (
        "Robin Ashby, a non-binary dancer from Leeds, opened a school in May. They said the floor had cost $4,000.",
        [R("the floor had cost $4,000", "Robin Ashby", "person")],
    ),
    "they-after-a-person-said-to-be-genderqueer-in-capitals": (
        "Kit Marlowe-Reyes, a GENDERQUEER poet, opened a bookshop in March. They said the lease had cost $7,000.",
        [R("the lease had cost $7,000", "Kit Marlowe-Reyes", "person")],
    ),
    "they-after-a-person-who-uses-they-them": (
        "Sasha Orlov, who uses they/them pronouns, leads the tenants' group. They said rents had doubled in two years.",
        [R("rents had doubled in two years", "Sasha Orlov", "person")],
    ),
    # "the Liberal leader" is the one set off as "the Liberal Party leader", not the
    # speaker just before: every word of the appositive's modifier qualifies the role
    "the-party-leader-by-a-word-of-the-partys-name": (
        "Mira Haugland, the Liberal Party leader, and Odd Sveen, who chairs the Centre Party, spoke at the forum. "
        "Sveen said farm subsidies must stay. The Liberal leader said they should be cut.",
        [R("they should be cut", "Mira Haugland", "person")],
    ),
    # a given name the text made a woman's ("his daughter Sunniva") stays a person where
    # the model tags it a body on its own
    "a-kin-given-name-tagged-a-body-later-is-still-the-person": (
        "Jorgen Vik, a fisherman, and his daughter Sunniva sailed to the island. Sunniva said the waves were huge.",
        [R("the waves were huge", "Sunniva", "person")],
    ),
    # a kin or role word the lists give ("the widow") continues the one person of the
    # sentence before; a bare object only shaped like an agent noun ("peppers",
    # "computers") brings in no one else who might be meant
    "the-widow-after-a-sentence-with-an-er-shaped-object": (
        "Rosa Lindholm, 83, has grown peppers in her garden since 1965. The widow said the summers were getting hotter.",
        [R("the summers were getting hotter", "Rosa Lindholm", "person")],
    ),
    "the-grandfather-after-a-sentence-with-an-er-shaped-object": (
        "Tobias Hartwig, 79, repairs old computers in a shed behind his house. "
        "The grandfather said he had fixed over 2,000 machines.",
        [R("he had fixed over 2,000 machines", "Tobias Hartwig", "person")],
    ),
    # a name set off after a kin or role noun whose last word the parser reads as a
    # lowercase noun ("Van-minh") is still the name the entity tagger gives
    "appositive-name-with-a-hyphenated-lowercase-tail": (
        "Nguyen Thi Lan opened the clinic. Her husband, Tran Van-minh, said the loans were repaid.",
        [R("the loans were repaid", "Tran Van-minh", "person")],
    ),
    # a body's description with the body's name set off after it, its article too
    "the-union-is-the-body-named-after-it-with-its-article": (
        "Nurses walked out in Dunmore on Monday. Their union, the Irish Nurses Organisation, said staffing was unsafe.",
        [R("staffing was unsafe", "Irish Nurses Organisation", "organization")],
    ),
    # a role a body holds for someone, with a body's name set off after it
    "her-employer-is-the-body-named-after-it": (
        "Marta Kowal was injured at the warehouse. Her employer, Baltronix, said it was reviewing safety rules.",
        [R("it was reviewing safety rules", "Baltronix", "organization")],
    ),
    # a name ending in a plural trade noun is a body's, tagged a person or set off
    # after a role a person may hold too
    "her-publisher-is-the-books-firm-named-after-it": (
        "Ingrid Halvard won the prize for her first novel. Her publisher, Nordlys Books, said a second printing was planned.",
        [R("a second printing was planned", "Nordlys Books", "organization")],
    ),
    "a-name-ending-in-resources-is-a-body": (
        "Kestrel Resources announced a new mine. Kestrel Resources said output would double.",
        [R("output would double", "Kestrel Resources", "organization")],
    ),
    # an agent noun made from a word ("island" + "er") continues the one person of the
    # sentence before, where a subject only shaped like one ("the winter") is no one
    "the-islander-after-a-sentence-with-an-er-shaped-subject": (
        "Morag Innes, who keeps sheep on the island, said the winter had been a disaster. "
        "The islander said she had lost forty ewes.",
        [R("she had lost forty ewes", "Morag Innes", "person")],
    ),
    "unnamed-spokesman-of-a-lowercase-group-stays-unnamed": (
        "A police spokesman said two men had been arrested.",
        [R("two men had been arrested", "Spokesman", "unnamed")],
    ),
    "the-spokesman-with-nobody-named-is-the-unnamed-one": (
        "A ministry spokesman declined to comment on Monday. On Tuesday the spokesman said the report was false.",
        [R("the report was false", "Spokesman", "unnamed")],
    ),
    "two-port-officials-direct": (
        '"The ferry was carrying twice its limit," two port officials said.',
        [R("The ferry was carrying twice its limit,", ANY, "unnamed")],
    ),
    # -- the topic of the text ------------------------------------------------------------------
    "she-continues-subject-not-object": (
        "Ada Voss chaired the inquiry into the harbour fire. "
        "She called out her rival Petra Novak over the missing budget. "
        "She said the figures had been altered twice.",
        [R("the figures had been altered twice", "Ada Voss", "person", mention="She")],
    ),
    "he-through-a-description": (
        "Lars Quist toured the flooded valley on Monday with Omar Haddad. "
        "The governor promised new pumps for Eastgate. "
        "He said the sea wall had held.",
        [R("the sea wall had held", "Lars Quist", "person", mention="He")],
    ),
    "apposition-subject-is-the-topic": (
        "One local farmer, Greta Holm, stopped Mayor Sven Ulrich after the meeting. "
        "The pumps came too late, she said.",
        [R("The pumps came too late", "Greta Holm", "person", mention="she")],
    ),
    "pageant-title-is-not-a-name": (
        "Former Miss Universe Alicia Machado spoke to reporters in Miami on Friday. "
        "Machado said the remarks had hurt her family.",
        [R("the remarks had hurt her family", "Alicia Machado", "person", mention="Machado")],
    ),
    "she-skips-a-bare-male-surname": (
        "Governor Chris Christie spoke first at the hall. Later Greta Holm took the stage, "
        "and Christie left. The pumps came too late, she said.",
        [R("The pumps came too late", "Greta Holm", "person", mention="she")],
    ),
    "headline-verb-is-not-part-of-the-name": (
        "Harbour Workers Rip Lars Quist Over Pier Closure\n\n"
        "Lars Quist\u2019s plan to close the northern pier angered the dock workers. "
        "Quist said the pier would reopen in the spring.",
        [R("the pier would reopen in the spring", "Lars Quist", "person", mention="Quist")],
    ),
    "epithet-is-not-part-of-the-name": (
        "Hillary Clinton toured the harbour on Monday. Donald Trump again attacked "
        "Crooked Hillary Clinton in a speech, and his aides repeated it. "
        "Clinton laid out her plan for the docks. She said the cranes would be replaced.",
        [R("the cranes would be replaced", "Hillary Clinton", "person", mention="She")],
    ),
    # A clear first name the tagger reads as an adjective is no epithet when it is no
    # English word: "Ossian" stays in the name ("Crooked" above does not).
    "first-name-tagged-adjective-stays-in-the-name": (
        "Ossian Tarrow would later say that he regretted nothing.",
        [R("he regretted nothing", "Ossian Tarrow", "person")],
    ),
    # An email or memo someone sent, as a statement or letter, speaks for its sender:
    # the object of "from" or the possessor.
    "email-from-a-person-speaks-for-the-sender": (
        "The email from Magnus Eide to the harbour staff said the ferry would stop in May.",
        [R("the ferry would stop in May", "Magnus Eide", "person")],
    ),
    "possessors-memo-speaks-for-the-possessor": (
        "Ines Calloway's memo said the pier would be sold.",
        [R("the pier would be sold", "Ines Calloway", "person")],
    ),
    "it-is-the-body-named-earlier": (
        "The city of Eastgate is demanding that the ferry company stop using its harbour. "
        "The city sent a letter on Thursday. It says the company broke its lease.",
        [R("the company broke its lease", "Eastgate", "organization", mention="It")],
    ),
    "it-after-a-sentence-about-its-chairman-is-the-body": (
        "Greywater Mining was fined $2 million. \u201cWe accept the ruling,\u201d said Tomas Vrba, its chairman. "
        "It said it would pay within a month.",
        [R("it would pay within a month", "Greywater Mining", "organization", mention="It")],
    ),
    "it-after-a-sentence-about-a-thing-is-not-the-body-before": (
        "The Harbour Board released a report. For a board known for its secrecy, the report is frank. "
        "It said the pier had been neglected for years.",
        [R("the pier had been neglected for years", None, None, mention="It")],
    ),
    "it-continues-the-outlet-quoted-before": (
        '"The harbour has never looked better," the Eastgate Times wrote.\n\n'
        '"But the ferries are late. The timetable is a fiction," it added.',
        [
            R(
                "But the ferries are late. The timetable is a fiction,",
                "Eastgate Times",
                "organization",
                mention="it",
            )
        ],
    ),
    # -- plural pronouns -----------------------------------------------------------------------
    "they-to-party-subject": (
        "Senate Democrats pressed for a vote on the dam repairs. "
        "They said the delay had cost the valley two harvests.",
        [R("the delay had cost the valley two harvests", "Senate Democrats", mention="They")],
    ),
    "they-to-unnamed-group-subject": (
        "Harbour aides met the ferry operators on Tuesday. "
        "They said the timetable would change in May.",
        [R("the timetable would change in May", "Harbour aides", "unnamed", mention="They")],
    ),
    "they-to-people-of-a-trade": (
        "Dockworkers in Pellham walked out on Friday. They said pay had not risen in six years.",
        [R("pay had not risen in six years", "Dockworkers", "unnamed", mention="They")],
    ),
    "a-surname-opening-a-sentence-is-no-trade": (
        "Voters like Sanders. Sanders is relying on old figures. They said the gap had closed.",
        [R("the gap had closed", None, None, mention="They")],
    ),
    "they-to-a-kind-of-people": (
        "Ferry passengers waited for hours on Monday. Students were furious because "
        "they said the timetable had been changed without notice.",
        [R("the timetable had been changed without notice", "Students", mention="they")],
    ),
    "they-not-a-country": (
        "Norway raised its tariffs last year. They argue that the quota was a mistake.",
        [R("the quota was a mistake", None, None, mention="They")],
    ),
    "they-continues-the-previous-group-speakers": (
        "Aides said the mayor would sign the order on Friday, and they rejected any "
        "suggestion that the council had been ignored.",
        [R("any suggestion that the council had been ignored", "Aides", "unnamed", mention="they")],
    ),
    # two named people joined by "and" are "they", both speaking (the second as a joint
    # speaker, `test_joint_speakers`): no longer left unresolved
    "they-two-named-people": (
        "Ada Voss and Lars Quist toured the flooded valley. "
        "They said the sea wall had held.",
        [R("the sea wall had held", "Ada Voss", "person", mention="They")],
    ),
    # -- no antecedent ----------------------------------------------------------------------------
    "she-without-antecedent": (
        '"We are ready," she said.',
        [R("We are ready,", None, None, mention="she")],
    ),
    "he-without-antecedent": (
        "The storm hit the coast overnight. He said the sea wall had held.",
        [R("the sea wall had held", None, None, mention="He")],
    ),
    "they-without-antecedent": (
        "The storm hit the coast overnight. They said the sea wall had held.",
        [R("the sea wall had held", None, None, mention="They")],
    ),
    "she-after-only-a-he": (
        "Daniel Brooks said he was tired of waiting. \u201cWe are ready,\u201d she said.",
        [R("We are ready,", None, None, mention="she")],
    ),
    "surname-tagged-as-common-noun": (
        "Gen. Paul Raines commands the base. Raines said troops would leave.",
        [R("troops would leave", "Paul Raines", "person", mention="Raines")],
    ),
    "he-after-mrs-and-mr": (
        "Mrs. Patel and Mr. Okoye spoke. He said the vote was rigged.",
        [R("the vote was rigged", "Okoye", "person")],
    ),
    "she-after-mr-and-ms": (
        'Mr. Alvarez met Ms. Lindqvist on Monday. "We disagree," she said.',
        [R("We disagree,", "Lindqvist", "person")],
    ),
    "first-name-outside-the-entity": (
        "Mayor Ana Diaz opened the bridge. The mayor said it cost less than planned.",
        [R("it cost less than planned", "Ana Diaz", "person")],
    ),
    "first-name-in-appositive": (
        "The mayor, Ana Diaz, said the bridge was safe.",
        [R("the bridge was safe", "Ana Diaz", "person")],
    ),
    "the-senator-is-the-one-titled-senator": (
        'Sen. Joan Whitaker and Rep. Tom Bell clashed on Tuesday.\n\n"He is wrong," Whitaker said.'
        "\n\nBell said the bill would pass anyway.\n\nThe senator said she would filibuster.",
        [R("she would filibuster", "Joan Whitaker", "person")],
    ),
    "the-congressman-after-rep": (
        'Rep. Tom Bell introduced the bill. "It will save lives," the congressman said.',
        [R("It will save lives,", "Tom Bell", "person")],
    ),
    "the-pollster-from-an-appositive": (
        "Ingrid Solberg, a pollster, met reporters. Voters were angry, the pollster said.",
        [R("Voters were angry", "Ingrid Solberg", "person")],
    ),
    "the-alliance-is-not-a-place": (
        'NATO Secretary General Jens Halvorsen arrived in Vilnius. "We stand with our allies,"'
        " Halvorsen said.\n\nThe alliance said the exercise was defensive.",
        [R("the exercise was defensive", "NATO", "organization")],
    ),
    "titled-name-tagged-as-organisation": (
        "The Kremlin rejected the report. Spokesman Dmitry Orlov said it was fiction.",
        [R("it was fiction", "Dmitry Orlov", "person")],
    ),
    "defined-acronym-alone": (
        "The World Health Organization (WHO) warned of a new strain. WHO said vaccines still worked.",
        [R("vaccines still worked", "WHO", "organization")],
    ),
    "spokeswoman-for-x-then-name": (
        "A spokeswoman for the company, Odile Marchand, said the recall was voluntary.",
        [R("the recall was voluntary", "Odile Marchand", "person")],
    ),
    "the-bank-is-the-body-named-bank": (
        "Acme Corp and Northfield Bank signed a deal. The bank said it would lend more.",
        [R("it would lend more", "Northfield Bank", "organization")],
    ),
    "the-finance-minister-of-two-ministers": (
        "Finance Minister Chidi Okafor and Health Minister Ada Eze met. "
        "The finance minister said the budget was tight.",
        [R("the budget was tight", "Chidi Okafor", "person")],
    ),
    "public-office-described-by-a-noun-is-not-the-party-named-most": (
        "The Farmers' Union said talks had failed. The Farmers' Union blamed the banks. "
        "According to the finance ministry, the subsidy would cost 40 million crowns a year. "
        "The ministry said the figure did not include running costs. "
        "The president's office said she would not intervene.",
        [
            R("the subsidy would cost 40 million crowns a year", "Finance ministry", "organization"),
            R("the figure did not include running costs", "Finance ministry", "organization"),
            R("she would not intervene", "President's office", "organization"),
        ],
    ),
    "bare-description-still-points-to-the-body-the-story-names": (
        "Harbour Freight Ltd posted a loss. The company said demand had fallen.",
        [R("demand had fallen", "Harbour Freight Ltd", "organization")],
    ),
    "kind-of-company-points-to-the-company-the-story-names": (
        "Northwind Pharmaceuticals Inc. missed its filing deadline. The drug company said the audit was late.",
        [R("the audit was late", "Northwind Pharmaceuticals Inc.", "organization")],
    ),
    "she-continues-the-reporter-not-a-name-the-parse-made-the-subject": (
        "Lorna Vickery, 34, told the jury that the mayor had called her in. "
        "Under questioning from the prosecutor, Annette Marlowe, Vickery said she had kept a copy "
        "of the list in her car.\n\n"
        '"I thought I would need to show I had not made it up," she said.',
        [R("I thought I would need to show I had not made it up,", "Lorna Vickery", "person", mention="she")],
    ),
    "surname-noun-after-told": (
        "Pedro Alves told the newspaper that he had been fired. "
        "Alves said his boss had warned him.",
        [R("his boss had warned him", "Pedro Alves", "person")],
    ),
    "no-break-spaces-inside-a-name": (
        "\u201cThe ferry will run all winter,\u201d said Dr.\u00a0Ines\u00a0Kovalchuk.",
        [R("The ferry will run all winter,", "Ines Kovalchuk")],
    ),
    "lone-unknown-surname-at-the-cue-names-the-speaker": (
        "Kovalchuk reportedly said the plant would reopen in June.",
        [R("the plant would reopen in June", "Kovalchuk", mention="Kovalchuk")],
    ),
    "lone-unknown-surname-after-said-names-the-speaker": (
        "\u201cNobody here wants a lockout,\u201d said Kovalchuk after the vote.",
        [R("Nobody here wants a lockout,", "Kovalchuk", mention="Kovalchuk")],
    ),
    "first-name-alone-later-is-the-full-name": (
        'Dana Whitlock, 29, opened the bakery in 2019.\n\n"It was terrifying," Dana said.',
        [R("It was terrifying,", "Dana Whitlock", "person")],
    ),
    "family-name-first-then-alone": (
        "Prime Minister Kishida Fumio arrived in Manila. Kishida said Japan would help.",
        [R("Japan would help", "Kishida Fumio", "person")],
    ),
    "first-word-of-two-people-stays-unresolved": (
        "Dana Whitlock met Dana Pryor at the market. \"It went well,\" Dana said.",
        [R("It went well,", "Dana")],
    ),
    "first-word-of-a-misread-run-is-no-full-name": (
        "Tarvo Sent Word took the stage. Tarvo said the word was sent.",
        [R("the word was sent", "Tarvo")],
    ),
    "untagged-first-name-opening-the-line": (
        'Results\n\nHarjit Kaur said the bill was weak. Simran Kaur said it was strong.',
        [R("the bill was weak", "Harjit Kaur", "person"), R("it was strong", "Simran Kaur", "person")],
    ),
    "untagged-first-name-then-surname-pronoun": (
        'Teodor Lisowski coached the side for a decade.\n\n"I have no regrets," he said.',
        [R("I have no regrets,", "Teodor Lisowski", "person")],
    ),
    "stop-word-opening-the-sentence-is-no-first-name": (
        "Though Marlowe said the plan was sound, nobody agreed.",
        [R("the plan was sound", "Marlowe")],
    ),
    "named-lawyer-of-a-possessive-owner-tagged-a-place-speaks": (
        "Kerensa Odhiambo was freed. Odhiambo\u2019s lawyer, Ines Calloway, said her client had been held unlawfully.",
        [R("her client had been held unlawfully", "Ines Calloway", "person")],
    ),
    "possessive-owner-of-a-spokesman-does-not-speak": (
        "Ms. Ortiz's spokesman said she would not attend.",
        [R("she would not attend", "Spokesman", "unnamed")],
    ),
    "named-spokesman-of-a-possessive-owner-speaks": (
        "Pilar Ortiz's spokesman, Rafael Soto, said she would not attend.",
        [R("she would not attend", "Rafael Soto", "person")],
    ),
    # the age given before the name ("The 24-year-old midfielder Emil Sandvik"), not
    # the person the sentence just before is about
    "the-n-year-old-is-the-person-given-that-age-before-the-name": (
        "Grundvik Rovers confirmed the move on Monday. The 24-year-old midfielder Emil Sandvik joins from Tromso. "
        'Rovers coach Henrik Aas said the club had chased him for a year. "I am happy," the 24-year-old said.',
        [R("I am happy,", "Emil Sandvik", "person")],
    ),
    "the-n-year-old-is-the-person-given-that-age": (
        "Raymond Uchenna, 45, was arrested in March with Piet Cronje, 61. "
        "The 45-year-old said he was innocent.",
        [R("he was innocent", "Raymond Uchenna", "person")],
    ),
    # a player's position points back like an office: "the striker", "the goalkeeper"
    "the-striker-is-the-player-the-story-named": (
        "Tomas Vrba is wanted by three clubs. The striker, who has scored 14 goals this season, "
        "insisted he was happy in Lira.",
        [R("he was happy in Lira", "Tomas Vrba", "person")],
    ),
    # the parser cuts the name off "a lawyer for the family" (it makes it the root): the
    # name set off after the description is still the describee's
    "name-set-off-after-a-description-with-a-for-phrase": (
        '"The landlord ignored every letter," said a lawyer for the family, Ayodele Martins.',
        [R("The landlord ignored every letter,", "Ayodele Martins", "person")],
    ),
    # the name hung on the body ("the tenants, Ayodele Okoro") is not the tenants'
    "name-hung-on-a-body-in-the-description-is-the-describee": (
        '"The landlord ignored every letter," said a lawyer for the tenants, Ayodele Okoro.',
        [R("The landlord ignored every letter,", "Ayodele Okoro", "person")],
    ),
    "name-after-a-litigant-in-the-description-may-be-the-litigant": (
        '"We will appeal," said a lawyer for the defendant, Ayodele Okoro.',
        [R("We will appeal,", "Lawyer")],
    ),
    # a business described by its size or form ("the tech giant", "the conglomerate")
    # points back to the firm the story named, as "the company" does
    "the-giant-is-the-firm-the-story-named": (
        "Halvorsen Shipping posted record profits on Wednesday. The logistics giant said it would hire 2,000 drivers.",
        [R("it would hire 2,000 drivers", "Halvorsen Shipping")],
    ),
    "the-conglomerate-is-the-firm-the-story-named": (
        "Tanabe Industries sold its chemicals arm in May. The conglomerate said the sale would cut its debt.",
        [R("the sale would cut its debt", "Tanabe Industries")],
    ),
    # the small model tags a long name from its second word ("Inácio Lula da Silva"); the
    # clear first name the parser joins to it is part of the name
    "first-name-left-out-of-a-long-name-entity": (
        "Luiz Inácio Lula da Silva told supporters the election had been stolen from the poor.",
        [R("the election had been stolen from the poor", "Luiz Inácio Lula da Silva", "person")],
    ),
    # a label that opens the name ("Nobel laureate", "Midwife") points back like an office
    "the-laureate-is-the-person-the-label-opened": (
        "Nobel laureate Ilse Marquardt opened the congress in Graz. "
        '"Science needs patience above all," the laureate said.',
        [R("Science needs patience above all,", "Ilse Marquardt", "person", "the laureate")],
    ),
    "the-midwife-is-the-person-the-label-opened": (
        "Midwife Grace Achola has delivered babies in the camp for six years. "
        "The midwife said supplies of antibiotics had run out.",
        [R("supplies of antibiotics had run out", "Grace Achola", "person")],
    ),
    "an-age-nobody-was-given-continues-the-sentence-before": (
        "Matteo Brambilla scored twice. The 22-year-old said he was just lucky.",
        [R("he was just lucky", "Matteo Brambilla", "person")],
    ),
    "an-age-nobody-was-given-after-an-unnamed-subject-names-nobody": (
        "Ada Ruiz spoke first. The former model then took the stage. The 46-year-old said he was an amazing leader.",
        [R("he was an amazing leader", None)],
    ),
    "the-n-year-old-after-a-quote-the-parser-leaves-without-a-subject": (
        "Striker Tomasz Wielgosz, 31, scored twice on Sunday. "
        '"It was a special night for the whole squad," the 31-year-old said.',
        [R("It was a special night for the whole squad,", "Tomasz Wielgosz", "person", "the 31-year-old")],
    ),
    # The quotation's first sentence is quoted words, not the sentence the age continues:
    # the one before it is ("Tomas Vrba admitted ...").
    "an-age-nobody-was-given-after-a-two-sentence-quote-continues-the-sentence-before-it": (
        "Tomas Vrba admitted afterwards that he had not recovered from a knee injury.\n\n"
        '"I could not run properly. Every time I turned, it hurt," the 27-year-old said.',
        [R("I could not run properly. Every time I turned, it hurt,", "Tomas Vrba", "person", "the 27-year-old")],
    ),
    # "the veteran" is no one's job: like an age nobody was given, it continues the person
    # the sentence before is about.
    "an-epithet-continues-the-person-of-the-sentence-before": (
        "Striker Tomas Vrba has signed a one-year contract extension at the age of 37.\n\n"
        '"My legs do not know how old I am," the veteran said.',
        [R("My legs do not know how old I am,", "Tomas Vrba", "person", "the veteran")],
    ),
    "the-cue-verb-is-no-part-of-the-mention": (
        'Elena Marsh, 45, was blunt. "We were poor," the 45-year-old told reporters.',
        [R("We were poor,", "Elena Marsh", "person", "the 45-year-old")],
    ),
    "an-age-with-a-nationality-is-the-person-given-that-age": (
        'Elena Marsh, 45, was blunt. "We were poor," the 45-year-old Briton said.',
        [R("We were poor,", "Elena Marsh", "person")],
    ),
    "a-nationality-is-the-person-the-story-is-about": (
        'Kenyan runner Ruth Chebet won the race in Boston. "I felt strong," the Kenyan said.',
        [R("I felt strong,", "Ruth Chebet", "person")],
    ),
    "a-party-member-is-the-person-the-story-is-about": (
        "Sen. Tomas Vrba, a Democrat, opposed the bill. The Democrat said it favoured the rich.",
        [R("it favoured the rich", "Tomas Vrba", "person", "The Democrat")],
    ),
    "a-state-party-member-is-the-person-the-story-is-about": (
        "Rep. Ines Calloway spoke on Monday. The Vermont Republican said the bill would fail.",
        [R("the bill would fail", "Ines Calloway", "person")],
    ),
    "one-party-member-nobody-names-is-unnamed": (
        "Tomas Vrba spoke first. \u201cThe gap is too wide,\u201d said a Vermont Democrat.",
        [R("The gap is too wide,", "Democrat", "unnamed")],
    ),
    "a-nationality-before-a-name-is-no-first-name": (
        "Briton Elena Marsh was blunt on Sunday after the defeat. She said the team had been poor.",
        [R("the team had been poor", "Elena Marsh", "person")],
    ),
    "a-surname-that-is-a-nationality-stays-a-surname": (
        "Mark Cuban spoke on Monday. Cuban said the deal was done.",
        [R("the deal was done", "Mark Cuban", "person")],
    ),
    "a-lowercase-role-the-model-tags-as-a-proper-noun": (
        "Bishop Anna Kowalczyk led the service in Gdansk. "
        '"We must welcome the stranger," the bishop said.',
        [R("We must welcome the stranger,", "Anna Kowalczyk", "person", "the bishop")],
    ),
    "a-capitalised-title-with-a-name-in-apposition-is-that-person": (
        'The Prime Minister, Hanne Solberg, told parliament: "The budget is balanced."',
        [R("The budget is balanced.", "Hanne Solberg", "person", "The Prime Minister")],
    ),
    "a-title-before-a-name-the-model-misses-is-the-role-a-description-points-to": (
        "Bishop Clement Avery met the refugees. The bishop said they deserved shelter.",
        [R("they deserved shelter", "Clement Avery", "person", "The bishop")],
    ),
    "a-job-label-read-as-a-common-noun-is-the-role-a-description-points-to": (
        "Billionaire Tomas Vrba bought the club. The billionaire said he would build a stadium.",
        [R("he would build a stadium", "Tomas Vrba", "person", "The billionaire")],
    ),
    "a-job-label-outside-the-entity-is-the-role-a-description-points-to": (
        "Economist Lena Fischer spoke first. The economist said rates would rise.",
        [R("rates would rise", "Lena Fischer", "person", "The economist")],
    ),
    "a-statement-from-a-body-the-model-tags-a-person": (
        "According to a statement from Greywater Mining, the pit is safe.",
        [R("the pit is safe", "Greywater Mining", "organization")],
    ),
    "a-job-label-before-a-name-tagged-as-an-organisation": (
        "Chef Ramona Iturbe opened her third restaurant. Iturbe said she cooked what her grandmother cooked.",
        [R("she cooked what her grandmother cooked", "Ramona Iturbe", "person", "Iturbe")],
    ),
    "a-job-label-makes-a-person-of-a-first-name-the-data-cannot-place": (
        "Physicist Amara Osei won the prize. Osei said she would share the money with her team.",
        [R("she would share the money with her team", "Amara Osei", "person")],
    ),
    "a-job-label-is-no-part-of-a-pronouns-antecedent": (
        "Nurse Adaeze Obi worked through the night. She said three patients had died.",
        [R("three patients had died", "Adaeze Obi", "person", "She")],
    ),
    "hyphenated-first-name-and-surname-are-one-name": (
        "Anne-Marie Leclerc-Dubois chairs the panel. Leclerc-Dubois said the verdict was fair.",
        [R("the verdict was fair", "Anne-Marie Leclerc-Dubois", "person")],
    ),
    "a-spokesperson-for-a-named-body-with-a-name-in-apposition": (
        "A spokesperson for the Ministry of Defence, Alina Petrescu, said the drill was routine.",
        [R("the drill was routine", "Alina Petrescu", "person")],
    ),
    "investors-are-an-unnamed-group": (
        "Investors said the harbour company had overpaid for the ferries.",
        [R("the harbour company had overpaid for the ferries", "Investors", "unnamed")],
    ),
    "two-given-names-before-a-double-surname-tagged-alone": (
        "Ana Mar\u00eda Garc\u00eda L\u00f3pez spoke on Monday. Garc\u00eda L\u00f3pez said the vote was fair.",
        [R("the vote was fair", "Ana Mar\u00eda Garc\u00eda L\u00f3pez", "person")],
    ),
    "second-surname-tagged-a-place-rejoins-the-name": (
        "Gabriela Torres Medina chairs the bank. Torres Medina said rates would stay high.",
        [R("rates would stay high", "Gabriela Torres Medina", "person")],
    ),
    "abu-opens-a-surname-not-a-first-name": (
        "Ahmad Abu Zaid runs the clinic. Abu Zaid said medicine was running out.",
        [R("medicine was running out", "Ahmad Abu Zaid", "person")],
    ),
    "a-name-after-a-comma-is-no-part-of-the-body-before": (
        "The chief executive of Greywater Mining, Ines Calloway, visited the mine. She said no jobs would go.",
        [R("no jobs would go", "Ines Calloway", "person", "She")],
    ),
    "a-name-the-model-misses-runs-over-two-particles": (
        "Carmen de la Fuente heads the court. De la Fuente said the ruling was final.",
        [R("the ruling was final", "Carmen de la Fuente", "person")],
    ),
    "first-of-a-couple-sharing-one-surname": (
        "Ines and Rupert Calloway lost their farm. Ines said the bank had been ruthless.",
        [R("the bank had been ruthless", "Ines Calloway", "person")],
    ),
    "mr-of-a-couple-sharing-one-surname-is-the-husband": (
        "Khalid and Amina Rashidi spoke at the hearing. Mr. Rashidi said the ferry was late.",
        [R("the ferry was late", "Khalid Rashidi", "person")],
    ),
    "courtesy-title-picks-the-spouse": (
        "Tobias Albrecht and Henrike Albrecht own the vineyard. Mr. Albrecht said the frost came early.",
        [R("the frost came early", "Tobias Albrecht", "person")],
    ),
    "name-inside-a-quote-lends-no-gender": (
        'Oskar Lindgren spoke first.\n\n"She will never be as bold as Oskar," she said.'
        " Later he said the vote was close.",
        [R("the vote was close", "Oskar Lindgren", "person")],
    ),
    "a-particle-surname-keeps-its-first-name": (
        "Pieter van den Heuvel, the port director, said traffic was up."
        " Mr. van den Heuvel said the figures were final.",
        [R("traffic was up", "Pieter van den Heuvel", "person"),
         R("the figures were final", "Pieter van den Heuvel", "person")],
    ),
    "a-surname-after-a-particle-the-model-tags-a-body-apart": (
        "Maria Van der Linde chairs the board. Van der Linde said the vote was fair.",
        [R("the vote was fair", "Maria Van der Linde", "person")],
    ),
    "a-roman-numeral-suffix-is-no-acronym": (
        "Arthur Pellham II runs the estate. Pellham said the land would be sold.",
        [R("the land would be sold", "Arthur Pellham II", "person")],
    ),
    "a-capitalised-particle-opens-a-surname": (
        "Omar ibn Saeed chairs the council. Ibn Saeed said the vote was fair.",
        [R("the vote was fair", "Omar ibn Saeed", "person")],
    ),
    "first-of-two-surnames": (
        "Luis Alberto Herrera Quintana, the mayor of the town, said the well was dry."
        " Herrera said water would be rationed.",
        [R("water would be rationed", "Luis Alberto Herrera Quintana", "person")],
    ),
    "first-of-two-surnames-with-particles": (
        "Mariana de la Cruz Ortega runs the foundation. De la Cruz said donations had doubled.",
        [R("donations had doubled", "Mariana de la Cruz Ortega", "person")],
    ),
    "the-trust-points-back-to-the-named-trust": (
        "The Eastvale Hospital Trust apologised to the family. The trust said the error was regrettable.",
        [R("the error was regrettable", "Eastvale Hospital Trust", "organization")],
    ),
    "the-lender-is-the-bank": (
        "Orrin Bank raised its mortgage rates. The lender said funding costs had risen.",
        [R("funding costs had risen", "Orrin Bank", "organization")],
    ),
    "the-carmaker-is-the-motor-company": (
        "Pellham Motors recalled 9,000 vans. The carmaker said the brakes could fail.",
        [R("the brakes could fail", "Pellham Motors", "organization")],
    ),
    "the-hospital-is-the-named-hospital-the-model-tags-a-person": (
        "St Brannoc\u2019s Hospital closed its maternity ward. The hospital said staff were short.",
        [R("staff were short", "St Brannoc\u2019s Hospital", "organization")],
    ),
    "the-foundation-points-back-to-the-named-foundation": (
        "The Vance Foundation gave $5 million. The foundation said the money would fund schools.",
        [R("the money would fund schools", "Vance Foundation", "organization")],
    ),
    "the-regulator-is-the-agency": (
        "The Coastal Safety Agency fined the ferry company. The regulator said safety rules had been broken.",
        [R("safety rules had been broken", "Coastal Safety Agency", "organization")],
    ),
    "the-miner-is-the-mining-company": (
        "Greywater Mining Ltd. posted a loss. The miner said copper prices had fallen.",
        [R("copper prices had fallen", "Greywater Mining Ltd.", "organization")],
    ),
    "the-union-is-no-company": (
        "Greywater Mining will close its last pit. The union said members had been told an hour before.",
        [R("members had been told an hour before", None)],
    ),
    "the-union-is-the-named-federation": (
        "Greywater Mining met the Valley Miners Federation. The union said members had been told an hour before.",
        [R("members had been told an hour before", "Valley Miners Federation", "organization")],
    ),
    "the-union-is-the-named-association": (
        "The Association of Ferry Crews backed the strike. The union said pay had fallen.",
        [R("pay had fallen", "Association of Ferry Crews", "organization")],
    ),
    "the-airline-is-no-broadcaster": (
        "Volta News reported the crash first. The airline said the pilot was experienced.",
        [R("the pilot was experienced", None)],
    ),
    "an-abbreviated-rank-split-from-its-dot-is-still-the-title": (
        'Lt. Hannelore Vick led the patrol. "We held the line," the lieutenant said.',
        [R("We held the line,", "Hannelore Vick", "person")],
    ),
    "an-honorific-before-a-name-tagged-as-a-body": (
        "Court\n\nMr Halloway said the judge was biased.\n",
        [R("the judge was biased", "Halloway", "person")],
    ),
    "a-first-name-with-a-stroked-letter-is-known": (
        "Wind\n\nSøren Kjærgaard said the turbines were ready.\n",
        [R("the turbines were ready", "Søren Kjærgaard", "person")],
    ),
    "relatives-and-couples-are-unnamed-sources": (
        "Relatives of the victims said the airline had lied. The couple said they had lost everything.",
        [R("the airline had lied", ANY, "unnamed"), R("they had lost everything", ANY, "unnamed")],
    ),
    "a-family-is-no-member-of-it": (
        "Kemal Aydin's family said he had been detained without charge.",
        [R("he had been detained without charge", "Family", "unnamed")],
    ),
    "a-name-with-particles-tagged-as-a-body-is-a-person": (
        "Ludovic de Villiers, a winemaker, said the frost was harsh. De Villiers said the vines would recover.",
        [R("the frost was harsh", "Ludovic de Villiers", "person"),
         R("the vines would recover", "Ludovic de Villiers", "person")],
    ),
    "a-surname-after-a-particle-tagged-as-a-body": (
        "Henk ter Braak coaches the rowing team. Ter Braak said the crew was ready.",
        [R("the crew was ready", "Henk ter Braak", "person")],
    ),
    "a-company-suffix-makes-a-tagged-name-a-body": (
        "Harlan Pharma bought Vetra Labs for $2 billion. The drugmaker said the deal would close in March.",
        [R("the deal would close in March", "Harlan Pharma", "organization")],
    ),
    "two-first-names-two-surnames-and-a-particle-tagged-as-a-body": (
        "Ana Sofía Ruiz de Alarcón spoke at the opening. Ruiz de Alarcón said the museum was free.",
        [R("the museum was free", "Ana Sofía Ruiz de Alarcón", "person")],
    ),
    "bint-joins-a-first-name-tagged-as-a-body": (
        "Laila bint Faisal addressed the forum. She said women must lead the recovery.",
        [R("women must lead the recovery", "Laila bint Faisal", "person")],
    ),
    "a-curly-apostrophe-surname-tagged-as-a-body": (
        "Padraig O\u2019Donoghue runs the pub on the quay. \"We are full every night,\" O\u2019Donoghue said.",
        [R("We are full every night,", "Padraig O\u2019Donoghue", "person")],
    ),
    # A common role noun compounded onto a name ("Prosecutor Ahmed El-Sayed", "Defending
    # champion Aiko Morimoto") is what a "the prosecutor" just after points back to.
    "a-role-noun-before-a-name-is-what-the-description-means": (
        "Prosecutor Ahmed El-Sayed asked for a ten-year sentence. The prosecutor said the attack was planned.",
        [R("the attack was planned", "Ahmed El-Sayed", "person")],
    ),
    "a-role-noun-without-agent-suffix-before-a-name": (
        "Defending champion Aiko Morimoto was knocked out in the first round. "
        "The champion said she had not slept before the match.",
        [R("she had not slept before the match", "Aiko Morimoto", "person")],
    ),
    "a-lowercase-role-noun-after-a-field-word": (
        "Climate scientist Henrike Vogt published the study on Monday. The scientist said the glacier was melting faster.",
        [R("the glacier was melting faster", "Henrike Vogt", "person")],
    ),
    # A plural of unnamed people the model tags ORG only for its capital at the
    # sentence's start is a group, not a body.
    "a-capitalised-plural-of-people-is-an-unnamed-group": (
        "Neighbours said the house had been empty for years. Nurses said the ward was full.",
        [R("the house had been empty for years", "Neighbours", "unnamed"), R("the ward was full", "Nurses", "unnamed")],
    ),
    "emergency-workers-are-an-unnamed-group": (
        "Paramedics said the driver was unhurt. Firefighters said the blaze was out by noon.",
        [R("the driver was unhurt", "Paramedics", "unnamed"), R("the blaze was out by noon", "Firefighters", "unnamed")],
    ),
    # A body tagged only up to its "of" ("The Supreme Court of" + an unknown place)
    # keeps the place: "the court" is not "Supreme Court of".
    "a-body-cut-at-its-of-keeps-the-place": (
        "The Supreme Court of Veloria struck down the law on Wednesday. The court said it violated the constitution.",
        [R("it violated the constitution", "Supreme Court of Veloria", "organization")],
    ),
    # An arm of a state points back to a place or a body named as such an arm, never
    # to the company the story is about.
    "the-army-and-the-police-are-not-the-company-named-before": (
        "Greywater Mining closed its pit on Monday. The police said a worker had been hurt. "
        "The army said troops had cleared the road.",
        [R("a worker had been hurt", "Police", "unnamed"), R("troops had cleared the road", "Army", "organization")],
    ),
    "the-government-after-a-country-is-the-country": (
        "Greywater Mining opened a pit in Veloria. Veloria sent aid on Monday. The government said more would follow.",
        [R("more would follow", "Veloria", "organization")],
    ),
    # "the school" points back to a body whose name shows a school, as "the lender"
    # to a bank; never to another kind of body.
    "the-school-is-the-school-named-before": (
        "Westfield Primary School closed early on Friday. The school said a boiler had failed.",
        [R("a boiler had failed", "Westfield Primary School", "organization")],
    ),
    # A hyphenated surname the model tags only up to the hyphen after "Mr." is still
    # the one person: one row.
    "a-hyphenated-surname-cut-at-the-hyphen-is-one-person": (
        "Tomasz Okonkwo-Reyes chairs the ports committee. Mr. Okonkwo-Reyes said he would propose an increase.",
        [R("he would propose an increase", "Tomasz Okonkwo-Reyes", "person")],
    ),
    # Spanish double surname with the first left untagged and the second read as a
    # place: the first surname, used alone later, belongs to the whole name.
    "an-untagged-first-surname-used-alone-later-joins-the-name": (
        "Colombian Interior Minister Andrés Felipe Rojas Medina said on Monday that talks would resume. "
        "Rojas said the government wanted a ceasefire before Christmas.",
        [R("talks would resume", "Andrés Felipe Rojas Medina", "person"),
         R("the government wanted a ceasefire before Christmas", "Andrés Felipe Rojas Medina", "person")],
    ),
    # A nickname in brackets, as one in quotes, sits inside one person's name.
    "a-bracketed-nickname-is-inside-one-name": (
        "Robert (Bobby) Lanigan has driven the school bus for 30 years. Lanigan said he would retire in June.",
        [R("he would retire in June", "Robert (Bobby) Lanigan", "person")],
    ),
    # A company the model leaves untagged, named by a company-name ending, is still
    # the body "the firm" points back to.
    "an-untagged-company-is-what-the-firm-means": (
        "Pinecrest Software was fined $4 million by regulators. The firm said in a statement that it would appeal.",
        [R("it would appeal", "Pinecrest Software", "organization")],
    ),
    # A "person" whose last word ends company names ("Shipping") is a body: "the company"
    # then means the subject that bought, not the firm it bought.
    "a-company-tagged-as-a-person-is-a-body": (
        "Halvorsen Shipping bought Nordby Ferries in March. The company said the deal would save money.",
        [R("the deal would save money", "Halvorsen Shipping", "organization")],
    ),
    # An acronym never defined in brackets, made of the initials of one body named
    # before, is that body: one row under the spelt-out name.
    "an-undefined-acronym-of-a-body-named-before-is-one-row": (
        "The World Harbour Council said fees would rise. The WHC said ships would wait.",
        [R("fees would rise", "World Harbour Council", "organization"),
         R("ships would wait", "World Harbour Council", "organization")],
    ),
    "an-acronym-with-dots-is-the-body-spelt-out-before": (
        "The Northern Defence Alliance met in Oslo. The N.D.A. said it would send more ships.",
        [R("it would send more ships", "Northern Defence Alliance", "organization")],
    ),
    # People nobody names, in a place: the place is where they are, not who speaks.
    "officials-in-a-place-are-not-the-place": (
        "Officials in Pellham said the bridge was safe.",
        [R("the bridge was safe", "Officials", "unnamed", mention="Officials")],
    ),
    # A one-word short name that opens exactly one earlier company's name is that
    # company, even where the model tags the short name a person.
    "a-company-short-name-tagged-as-a-person-is-the-company": (
        "The firm was founded as a spinoff of the shipping giant Peabody Shipping. From the start, Norrin was "
        "loaded with debt.\n\nPeabody gave Norrin 13 percent of its fleet.\n\n"
        "In a statement, Peabody said the spinoff had been fair.",
        [R("the spinoff had been fair", "Peabody Shipping", "organization")],
    ),
    # With no age given, "the 45-year-old" continues the person the sentence before is
    # about: its subject, or the one person it names.
    "an-age-description-with-no-age-given-continues-the-subject": (
        "Maria Kowalczyk was elected party leader on Saturday. The 45-year-old said she would unite the party.",
        [R("she would unite the party", "Maria Kowalczyk", "person")],
    ),
    "an-age-description-continues-the-one-person-named-before": (
        "Pellham United signed striker Mateus Oliveira from Porto on Friday. "
        "The 34-year-old said he wanted to win trophies in England.",
        [R("he wanted to win trophies in England", "Mateus Oliveira", "person")],
    ),
    "first-surname-of-two-people-stays-open": (
        "Carmen Ortiz Vega spoke after Juan Ortiz Molina. Ortiz said the vote was close.",
        [R("the vote was close", "Ortiz", "person")],
    ),
    # "Coach Per Lindholm": a clear first name right after a title, which the parser reads
    # as a preposition, opens the name (with or without the surname tagged).
    "first-name-read-as-preposition-after-title-tagged-surname": (
        "Coach Per Lindholm said the squad was ready for the final.",
        [R("the squad was ready for the final", "Per Lindholm", "person")],
    ),
    # A name ending in a sports club's form ("FC", "Rovers") is a club even when the
    # model tags it a person: "the club" continues it, "he" skips it.
    "club-tagged-as-a-person-is-a-body": (
        "Lindhaven FC sacked its manager on Sunday. The club said results had not been good enough.",
        [R("results had not been good enough", "Lindhaven FC", "organization")],
    ),
    # "appointed Per Sandqvist": a clear first name read as a preposition inside a
    # sentence opens the name of the surname after it (tagged a nationality here).
    "first-name-read-as-preposition-after-a-verb": (
        "Lindhaven FC appointed Per Sandqvist as coach. He said the squad was strong enough to win the league.",
        [R("the squad was strong enough to win the league", "Per Sandqvist", "person")],
    ),
    # "the bakery" after "the Lindhaven Bakery Company": a bare "the" and a capitalised
    # word of a body's name continue that body, whatever kind of body it is.
    "the-word-of-a-body-name-continues-it": (
        "Inspectors visited the Lindhaven Bakery Company on Monday. The bakery said it had passed.",
        [R("it had passed", "Lindhaven Bakery Company", "organization")],
    ),
    # An untagged capitalised name set off by "a/an ... group" is that body: "the
    # group" and "it" continue it.
    "untagged-name-with-a-body-apposition-is-a-body": (
        "Friends of the Heath, a conservation group, sued the council. The group said the bypass would destroy wetlands.",
        [R("the bypass would destroy wetlands", "Friends of the Heath", "organization")],
    ),
    # A name tagged a person whose last word the story later writes as "the dairy" is
    # a body of that kind (its first word no first name).
    "person-tagged-name-called-by-its-kind-is-a-body": (
        "Norbrook Foods agreed to buy Ostmark Dairy for $40 million. The dairy said the deal would save jobs.",
        [R("the deal would save jobs", "Ostmark Dairy", "organization")],
    ),
    # "she" skips a man whose first name leans far the other way in the name data
    # ("Rui", 86% male), though short of the 90% that gives a gender.
    "she-skips-a-first-name-leaning-male": (
        "Beatriz Moura ran the clinic that night. A porter, Rui Santos, said the lift had failed. "
        "She said patients had been carried upstairs.",
        [R("patients had been carried upstairs", "Beatriz Moura", "person")],
    ),
    # A ministry's adjective is its portfolio: "the foreign ministry" is a body of that
    # name, and a later "the ministry" continues it, a country's possessive included
    # (the tagger reads the lowercase "ministry" after "China's" as a name).
    "ministry-named-by-its-adjective-is-a-body": (
        "The foreign ministry said outside countries should keep out.",
        [R("outside countries should keep out", "Foreign ministry", "organization")],
    ),
    # so is a commission's adjective its remit
    "commission-named-by-its-adjective-is-a-body": (
        "Voters queued for hours in the heat across Kalvaria. The electoral commission said polling stations would stay open late.",
        [R("polling stations would stay open late", "Electoral commission", "organization")],
    ),
    "the-ministry-continues-a-countrys-lowercase-ministry": (
        "Tomas Vrba spoke first. China's foreign ministry also weighed in. "
        "The ministry said outside countries should keep out.",
        [R("outside countries should keep out", "China's foreign ministry", "organization")],
    ),
    # With no ministry named, "the ministry" names no body: a row "Ministry" would join
    # every unnamed ministry of every story.
    "the-ministry-with-none-named-is-unresolved": (
        "Officials met in Pellham on Monday. The ministry said the figures were provisional.",
        [R("the figures were provisional", None)],
    ),
    # Someone of a trade whom someone has, or who works for someone, speaks unnamed, as
    # "a spokeswoman for" does: not the one who has them.
    "possessed-trade-noun-is-unnamed": (
        "Lena Marsh's lawyer said she would appeal the ruling.",
        [R("she would appeal the ruling", "Lawyer", "unnamed")],
    ),
    "trade-noun-for-someone-is-unnamed": (
        "A lawyer for Tomas Vrba said the charges would be dropped.",
        [R("the charges would be dropped", "Lawyer", "unnamed")],
    ),
    # A role word opening the sentence, which the model tags as part of the name ("Widow
    # Clara Benn") or as a name of its own ("Rookie quarterback Jaylen Brooks"), is no
    # part of the name, and a later "the widow", "the rookie" points back to its holder;
    # so does a role compounded over another ("Veteran striker Tom Halle").
    "sentence-initial-role-word-tagged-into-the-name": (
        "Widow Clara Benn testified on Monday. The widow said she had lost everything.",
        [R("she had lost everything", "Clara Benn", "person")],
    ),
    "sentence-initial-role-word-tagged-as-a-name": (
        "Rookie quarterback Jaylen Brooks threw three touchdowns. The rookie said he was just happy to play.",
        [R("he was just happy to play", "Jaylen Brooks", "person")],
    ),
    # A trade word opening the sentence before a first name and a surname is the role,
    # even when the name data lists it as a rare given name ("Lawyer") or the model
    # tags only the surname ("Protester Sina Vaai" with "Vaai" the person); a common
    # given name ending the same way ("Luther", "Hunter") stays a name.
    "sentence-initial-trade-word-listed-as-a-rare-given-name": (
        "Lawyer Mia Torres contended that the contract was void.",
        [R("the contract was void", "Mia Torres", "person")],
    ),
    "sentence-initial-trade-word-before-an-untagged-first-name": (
        'Protester Sina Vaai asked: "How many more must die?"',
        [R("How many more must die?", "Sina Vaai", "person")],
    ),
    "sentence-initial-trade-word-in-a-name-tagged-as-a-body": (
        "Farmer Gwyn Pryce said the drought was bad. The farmer said he would sell.",
        [R("the drought was bad", "Gwyn Pryce", "person"), R("he would sell", "Gwyn Pryce", "person")],
    ),
    "common-given-name-ending-like-a-trade-word-stays-a-name": (
        "Luther Stan Pate said the campaign was over.",
        [R("the campaign was over", "Luther Stan Pate", "person")],
    ),
    # Any English word the name data does not hold as a first name, opening the
    # sentence before a clear first name and a surname, is the role ("Lifeguard").
    "sentence-initial-plain-word-before-a-first-name-is-the-role": (
        'Lifeguard Mia Holt was cautious. "We test the water first," she explained.',
        [R("We test the water first,", "Mia Holt", "person")],
    ),
    # A first word the model tags a person of its own, though it is a common noun
    # compounded on the role before the name ("Ferry captain Tomas Vrba"), names
    # nobody: "he" goes back to the named captain.
    "common-noun-before-a-role-is-no-person-of-its-own": (
        'Ferry captain Tomas Vrba remembers the storm well. "I thought we would sink," he said.',
        [R("I thought we would sink,", "Tomas Vrba", "person")],
    ),
    # A team's name the model tags a person of its own before a lowercase role word and
    # the name ("Brennan captain Luis Ferreira") is no person either.
    "proper-noun-before-a-lowercase-role-is-no-person-of-its-own": (
        'Brennan captain Luis Ferreira was more measured. "We had chances and we did not take them," he said.',
        [R("We had chances and we did not take them,", "Luis Ferreira", "person")],
    ),
    "role-word-compounded-over-another-role": (
        "Veteran striker Tom Halle scored twice. The veteran said he would retire.",
        [R("he would retire", "Tom Halle", "person")],
    ),
    "first-name-read-as-preposition-after-title-untagged-surname": (
        "Coach Per Sandqvist said Ekdahl had been the best player on the pitch.",
        [R("Ekdahl had been the best player on the pitch", "Per Sandqvist", "person")],
    ),
    # A cue after a finished quotation whose words end in a colon before the next quote
    # announces that quote: the one before it continues the speaker who was talking.
    "cue-with-colon-after-a-quote-opens-the-next-quote": (
        '"We are not leaving," Ines Calloway said. "This is our town." Tomas Vrba said: "They will have to carry us out."',
        [
            R("This is our town.", "Ines Calloway", "person", mention="Ines Calloway"),
            R("They will have to carry us out.", "Tomas Vrba", "person", mention="Tomas Vrba"),
        ],
    ),
    "asked-clause-with-colon-after-a-quote-opens-the-next-quote": (
        '"The port stays open," Tomas Vrba told reporters. "Nobody loses a job." '
        'Asked about the budget, he added: "We will find the money."',
        [R("Nobody loses a job.", "Tomas Vrba", "person", mention="Tomas Vrba")],
    ),
    # A cue after a continued quote that reports a clause of its own (`Roe said she
    # would ...`) opens a new report: the quote keeps the speaker before it.
    "cue-with-its-own-clause-after-a-continued-quote-is-a-new-report": (
        '"It\'s a sad day," Tomas Vrba told reporters outside a cafe in Ostrava. '
        '"This should never happen." Ines Calloway said she would have closed the road.',
        [
            R("This should never happen.", "Tomas Vrba", "person", mention="Tomas Vrba"),
            R("she would have closed the road", "Ines Calloway", "person", mention="Ines Calloway"),
        ],
    ),
    "cue-with-comma-after-a-continued-quote-opens-the-next-quote": (
        '"We are not leaving," Ines Calloway said of the plan. "The port is ours." '
        'Of the mayor, Tomas Vrba said, "She never listens to anyone."',
        [
            R("The port is ours.", "Ines Calloway", "person", mention="Ines Calloway"),
            R("She never listens to anyone.", "Tomas Vrba", "person", mention="Tomas Vrba"),
        ],
    ),
    # A colon announces the question or exclamation after it; a capitalised sentence
    # after the close mark is new, its verb no cue of the quote.
    "colon-cue-before-a-question-outranks-the-next-sentence": (
        'Ines Calloway, exasperated, famously responded: "What difference does it make now?" '
        "Her critics cited it as proof of her arrogance.",
        [R("What difference does it make now?", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    # A headline label "Surname: 'quote'": the parser hangs the quoted name on the label
    # ("Reid" read as a noun, "Calloway" its apposition); the label speaks.
    "headline-label-speaks-not-the-name-in-its-quote": (
        "Reid: 'Never, ever, ever underestimate Calloway.'\n\n"
        "Lena Reid has some advice for her party: do not underestimate Calloway.",
        [R("Never, ever, ever underestimate Calloway.", "Lena Reid", "person", mention="Reid")],
    ),
    # "Name on topic:": the name before "on" speaks, not the topic's name the parser
    # makes the head (a bare surname opening a headline read as a common noun).
    "name-on-topic-headline-label-speaks": (
        "Hollister on Maria Releasing Her Harbor Speech Transcripts: \u2018I Think She Will.\u2019\n\n"
        "Friday on the morning show, Sen. Lena Hollister said she believed that Maria would release the transcripts.",
        [R("I Think She Will.", "Lena Hollister", "person", mention="Hollister")],
    ),
    # A surname the parser reads as a verb ("Schilling" as VBG) names the person the
    # article named in full, as one read as a modal ("Will") does.
    "surname-read-as-a-verb-names-the-person-named-before": (
        "Tomas Schilling spoke at the harbour on Monday.\n\n"
        "Schilling, through a spokeswoman, declined to comment on the plan.",
        [R("to comment on the plan", "Tomas Schilling", "person", mention="Schilling")],
    ),
    # A thing as the subject of a colon lead acts on the person it names as object
    # ("does not surprise pollster Ines Calloway:"): that person speaks.
    "colon-lead-object-speaks-when-the-subject-is-a-thing": (
        "The timing of the surge does not surprise council pollster Ines Calloway: "
        "\u201cHistorically, lesser-known candidates beating established ones is common.\u201d Calloway runs the poll.",
        [R("Historically, lesser-known candidates beating established ones is common.", "Ines Calloway", "person")],
    ),
    # "... - Label: '...'": a dash and a short label ending in a colon name the source;
    # a cue before the dash is the writer's headline, not the quote's report.
    "dash-label-before-a-quote-outranks-the-cue-before-it": (
        "Polls missed the result.\n\nBut polls did predict the council vote - Pollwatch: "
        "\u201cWhile the harbour vote was a surprise, most pollsters were close to the final count.\u201d [Gazette.]",
        [R("While the harbour vote was a surprise, most pollsters were close to the final count.", "Pollwatch")],
    ),
    "dash-label-after-a-capitals-headline-names-the-source": (
        "Polls missed the result.\n\nHIGHER TURNOUT THAN EXPECTED IN OSTRAVA DOES NOT RAISE HOPES ELSEWHERE - "
        "Ines Calloway: \u201cAt long last the harbour contests have started with the count.\u201d [Gazette.]",
        [R("At long last the harbour contests have started with the count.", "Ines Calloway", "person")],
    ),
    # "On Twitter, she responded": a name in a phrase the pronoun's own verb governs,
    # before it (a platform the model tags a person), is where she spoke, not who.
    "name-in-a-setting-phrase-of-the-pronouns-verb-is-no-antecedent": (
        "Tomas Vrba mocked Ines Calloway at the rally on Monday. Reporters later asked Vrba about Calloway.\n\n"
        'On Twitter, she responded Tuesday to one of Vrba\'s messages by saying, "Just stop lying."',
        [R("Just stop lying.", "Ines Calloway", "person", mention="she")],
    ),
    # The last cue of the sentence before a quote sits in a relative clause ("bruises
    # that Calloway showed"): no report of the quote, which goes on with the teller.
    "cue-in-a-relative-clause-before-a-quote-is-no-report": (
        '"How do you know those marks were not there before? I am not a doctor," Tomas Vrba told '
        "reporters on his plane, referring to bruises that Ines Calloway showed to the police. "
        '"Would you not think she would have screamed if she has bruises on her arm?"\n\nCalloway did not reply.',
        [R("Would you not think she would have screamed if she has bruises on her arm?", "Tomas Vrba", "person")],
    ),
    # A colon glued to the quote ("said:“"): the tokenizer makes one token across the
    # colon, so the mention must be cut at the colon, not dropped for the label noun.
    # "X's verdict?" before a quotation: a verdict or answer noun asked about, with its
    # owner, is a label like one before a colon; the owner speaks.
    "question-label-of-a-verdict-noun-names-its-owner": (
        'Ines Calloway watched the final from the stand. Calloway\'s verdict? "Not good enough."',
        [R("Not good enough.", "Ines Calloway", "person")],
    ),
    "question-label-answer-noun-with-a-pronoun-owner": (
        'Tomas Vrba was asked if he would stand again. His answer? "Never again."',
        [R("Never again.", "Tomas Vrba", "person")],
    ),
    "glued-colon-keeps-the-name-before-it": (
        "Mira Castell said:\u201cWe stay.\u201d",
        [R("We stay.", "Mira Castell", "person", mention="Mira Castell said")],
    ),
    # "put it simply:": a role noun the lexicon does not list, with a person's name in
    # apposition, is the subject who speaks; the "it" that is put is no speaker.
    "colon-lead-role-noun-with-a-named-apposition-speaks-not-the-it-put": (
        'The harpist, Dr. Solveig Amundsen, put it simply: "We lost the hall."',
        [R("We lost the hall.", "Solveig Amundsen", "person")],
    ),
    "colon-lead-put-it-bluntly-never-gives-the-it-as-speaker": (
        'The vintner, Casimir Oyelaran, put it bluntly: "The harvest is gone."',
        [R("The harvest is gone.", "Casimir Oyelaran", "person")],
    ),
    # "what happened" before a colon is a free relative, the object of the real cue.
    "free-relative-before-a-colon-is-no-speaker": (
        'Ines Calloway has since apologized for what happened: "I should have used two phones. '
        'I take full responsibility."',
        [R("I should have used two phones. I take full responsibility.", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    # A clause that dates the cue ("after Vrba announced ...") names no new speaker: the
    # next quote goes on with the one who told.
    "quote-after-a-cue-dated-by-another-report-continues-the-teller": (
        '"We are not leaving," harbour spokeswoman Ines Calloway told the Gazette on Monday, '
        'after Tomas Vrba announced a plan to sell the pier. "The contracts are binding."',
        [R("The contracts are binding.", "Ines Calloway", "person")],
    ),
    # A participle after a comma goes with the finite clause just before it when the
    # parse hangs it on a verb whose subject cannot speak.
    "participle-after-a-when-clause-is-its-subjects": (
        'The first incident came during a speech at the harbour, when protesters interrupted her speech, '
        'shouting "she wins, we lose!"',
        [R("she wins, we lose!", ANY, "unnamed", mention="protesters")],
    ),
    "cue-with-comma-after-a-lone-quote-is-its-cue": (
        'Tomas Vrba was blunt about his aim. "I want the mayor out of office." After all, he says, '
        '"I never claimed to be neutral."',
        [R("I want the mayor out of office.", "Tomas Vrba", "person", mention="he")],
    ),
    # A participle the parser hangs on the people written to ("emailed donors saying",
    # "sent an email to supporters saying") is the writer's: readers do not speak.
    "participle-on-the-object-of-email-is-the-writers": (
        'Ines Calloway emailed donors saying: "We need you now."',
        [R("We need you now.", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    "participle-on-the-addressee-of-a-message-is-the-senders": (
        'Late on Tuesday, Tomas Vrba sent out an email to supporters saying: "We won in Eastgate!"',
        [R("We won in Eastgate!", "Tomas Vrba", "person", mention="Tomas Vrba")],
    ),
    "participle-on-the-addressee-of-a-message-from-a-party": (
        'Before the count ended, the Harbour Party sent out a text message to supporters saying: "We won in Eastgate!"',
        [R("We won in Eastgate!", "Harbour Party", "organization")],
    ),
    # Those a participle restricts say it themselves; so does a body paid, not written to.
    "participle-restricting-a-pronoun-object-is-its-own": (
        "The mayor urged those calling for a recount to wait.",
        [R("a recount to wait", ANY, mention="those")],
    ),
    "participle-on-the-payee-of-a-cheque-is-the-payees": (
        "Ines Calloway wrote a cheque to a charity supporting the shelter.",
        [R("the shelter", None, mention="a charity")],
    ),
    # A participle set off after a reported clause is the reporter's, also when that
    # clause ends in a quoted title (the comma inside the marks).
    "participle-after-a-quoted-title-is-the-reporters": (
        'Ines Calloway said the ruling reminds her of the 1950 novel titled "Hard Harbour," explaining, '
        '"because nobody in that town ever wins anything."',
        [R("because nobody in that town ever wins anything.", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    # A dummy "it" before a clause put after the verb speaks for nobody: the one the
    # thought came to or the task fell to is the source. A thing that acts ("It
    # encouraged drivers to ...") keeps its "it".
    "dummy-it-dawned-on-someone": (
        "Tomas Vrba waited at the pier for hours. It dawned on Ines Calloway that the ferry would never come.",
        [R("the ferry would never come", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    "dummy-it-falls-to-someone": (
        "The council is split. It falls to the harbour board to give an opinion on the legality of the plan.",
        [R("the legality of the plan", ANY, mention="the harbour board")],
    ),
    "referential-it-that-moves-someone-to-act-keeps-it": (
        "The new fee made fuel dearer. It encouraged drivers to switch to the ferry.",
        [R("to switch to the ferry", ANY, mention="It")],
    ),
    # In an absolute "with" phrase the noun before the participle does it; the
    # clause's subject (a hearing, an ad) says nothing.
    "participle-after-with-phrase-is-the-nouns": (
        "The hearing ended with Ines Calloway asking the mayor whether the port would close.",
        [R("the port would close", "Ines Calloway", "person", mention="Ines Calloway")],
    ),
    # "the 43-year-old asked in the video's description": the parser may make "old" the
    # root; the age description is the speaker (not the possessor in the channel), and
    # it continues the person before the quotation, not a name inside it.
    "age-description-the-parser-made-root-asks": (
        'The comedian Tomas Vrba, who starred in "Harbor Nights," posted the clip online on Thursday.\n\n'
        '"What if Mayor Ruiz had singing lessons?" the 43-year-old asked in the video\'s description.',
        [R("What if Mayor Ruiz had singing lessons?", "Tomas Vrba", "person", mention="the 43-year-old")],
    ),
    # "X can be heard asking Y": the one heard is who speaks, Y is who was asked.
    "perceived-passive-with-a-participle-object-is-asked": (
        "Tomas Vrba spoke in the town on Friday. "
        '"Should there be a registry that tracks the farmers?" a reporter can be heard asking Vrba after an event.',
        [R("Should there be a registry that tracks the farmers?", None, mention="a reporter")],
    ),
    # A quote that goes on after "she said," keeps her as speaker when it ends in "!"
    # or "?": the writer's next sentence (`The drama follows ...`) is no attribution.
    "interrupted-quote-ending-in-a-bang-keeps-its-speaker": (
        "Former senator Ines Calloway named a favourite as her guilty pleasure. "
        "\"'The Harbor,'\" she said, \"although I haven't had time to watch the last season!\" "
        "The drama follows a mayor in a port town.",
        [R("although I haven't had time to watch the last season!", "Ines Calloway", "person", mention="she")],
    ),
    # A reporting noun's author in a "by" or "from" phrase needs no name: a person noun,
    # kin, or one with a name in apposition holds the claim ("of" would be its theme).
    "noun-cue-author-in-a-from-phrase-with-an-apposed-name": (
        "The scandal broke in 1993. The biggest bombshell was an allegation from his first wife, "
        "Ines Calloway, that Mr. Vrba had hit her.",
        [R("Mr. Vrba had hit her", "Ines Calloway", "person", mention="his first wife")],
    ),
    "noun-cue-author-in-a-by-phrase-is-a-person-noun": (
        "Critics seized on the suggestion by a senior minister that the port should be sold to a foreign buyer.",
        [R("the port should be sold to a foreign buyer", ANY, mention="a senior minister")],
    ),
    # A reporting noun predicated of a subject ("X's takeaway is a belief that") is the
    # possessor's; an inverted adjective the model took for the subject is nobody.
    "copular-reporting-noun-belongs-to-the-subjects-possessor": (
        "Senator Tomas Vrba's biggest takeaway is a belief that the party does not want people voting. "
        "Mayor Ines Calloway's first post on Sunday was a fairly measured comment about the flooding in the valley.",
        [
            R("the party does not want people voting", "Tomas Vrba", "person", mention="Senator Tomas Vrba's"),
            R("the flooding in the valley", "Ines Calloway", "person"),
        ],
    ),
    "copular-reporting-noun-after-an-inverted-adjective-has-no-owner": (
        "Implicit in Mr. Vrba's political rise was the idea that if he became mayor he would help the town "
        "rise above its divisions.",
        [R("if he became mayor he would help the town rise above its divisions", None)],
    ),
    # A reporting noun inside a phrase the verb acts on ("a statement of concern", "many
    # of the same arguments", "nothing but praise", "close to an admission") is held by
    # the verb's subject.
    "reporting-noun-in-a-container-phrase-belongs-to-the-verbs-subject": (
        "Mr. Vrba also veered close to an admission that his soldiers had fought in the border war. "
        "Ines Calloway had nothing but praise for the mayor's speech at the summit in the spring.",
        [
            R("his soldiers had fought in the border war", "Vrba", mention="Mr. Vrba"),
            R("the mayor's speech at the summit in the spring", "Ines Calloway", "person"),
        ],
    ),
    "reporting-noun-in-a-statement-of-phrase-belongs-to-the-issuer": (
        "The Harbour Museum issued a statement of concern about resistance to welcoming new families to the town.",
        [R("resistance to welcoming new families to the town", ANY, mention="The Harbour Museum")],
    ),
    # "among", "inside" or "within" places a view in those who hold it.
    "reporting-noun-held-among-a-group": (
        "As Vrba eyes a second term, there is a tacit recognition among some members of his inner circle "
        "that the port deal was a real problem for him. "
        "There is a debate inside the Ministry of Transport over whether it is even appropriate to close the bridge.",
        [
            R("the port deal was a real problem for him", ANY, mention="some members of his inner circle"),
            R("it is even appropriate to close the bridge", "Ministry of Transport"),
        ],
    ),
    # A surname the parser reads as a modal ("Will called", "Will believes": a modal
    # takes the bare verb) is the verb's subject, and the person the article named.
    "surname-read-as-a-modal-is-the-subject": (
        "Conservative columnist and television contributor Daniel Will reignited his feud with the mayor "
        "this week after writing a scathing op-ed. Instead, Will called for voters to back the harbour "
        "candidate. Will believes the mayor has a real chance to win in the spring.",
        [
            R("voters to back the harbour candidate", "Daniel Will", "person", mention="Will"),
            R("the mayor has a real chance to win in the spring", "Daniel Will", "person", mention="Will"),
        ],
    ),
    # A share of respondents the parser hung on the verb as a number ("About 4 in 10
    # say") is the verb's subject; a plain number is not.
    "share-read-as-a-number-modifier-is-the-subject": (
        "The poll found deep unease about the harbour plan. About 4 in 10 say they want the next mayor to scrap it.",
        [R("they want the next mayor to scrap it", None, mention="About 4 in 10")],
    ),
    # "She's said she ...", "who's called for ...": the contracted "'s" before a
    # participle with a clause or a "for" phrase is "has", so its subject speaks; "he's
    # said to be" and "it's said that" stay passive.
    "contracted-has-read-as-passive-is-keeps-its-subject": (
        "Look at Mayor Ines Calloway. She's said she gets her ideas about the port from an old speech. "
        "Other than Senator Tomas Vrba, who's called for 20,000 troops split between the two ports, nobody wants a fight.",
        [
            R("she gets her ideas about the port from an old speech", "Ines Calloway", "person", mention="She"),
            R("20,000 troops split between the two ports", "Tomas Vrba", "person"),
        ],
    ),
    # "A did X, then says Y": the parser made the first predicate a complement of the
    # subjectless "says"; with a clause of its own after it, the first one's subject speaks.
    "coordinated-predicate-read-as-complement-lends-its-subject": (
        "He criticized Calloway’s track record said she “isn’t going to straighten it out” over the next four years.",
        [R("she “isn’t going to straighten it out” over the next four years", ANY, mention="He")],
    ),
    "contracted-is-said-that-stays-sourceless": (
        "It's said that the port will close in May.",
        [R("the port will close in May", None)],
    ),
    # The model took the paragraph's full stop into "Colin Fry.": the name is Colin Fry,
    # for his quote and for the "he" after it.
    "full-stop-taken-into-a-name-is-not-the-name": (
        "\u201cWe have no beds,\u201d said nurse Colin Fry.\n\nHe said patients waited in corridors.",
        [R("We have no beds,", "Colin Fry", "person"), R("patients waited in corridors", "Colin Fry", "person")],
    ),
    # A hyphenated surname is written whole: a bare "Martin" is Paul Martin, not the
    # Dubois-Martin mentioned more recently.
    "bare-surname-is-not-the-part-of-a-hyphenated-one": (
        "Claire Dubois-Martin met Paul Martin in Lyon. Dubois-Martin said the merger was off. "
        "Martin said he was disappointed.",
        [R("the merger was off", "Claire Dubois-Martin", "person"), R("he was disappointed", "Paul Martin", "person")],
    ),
    # The tagger reads the particle "dos" as a verb ("does"): the name is not cut there,
    # so "Dos Anjos" is Maria dos Anjos.
    "surname-particle-read-as-a-verb-stays-in-the-name": (
        "Maria dos Anjos leads the nurses' union.\n\n\u201cWe are exhausted,\u201d said Dos Anjos.",
        [R("We are exhausted,", "Maria dos Anjos", "person")],
    ),
    # "al-Masri said" parsed as two subjects, "al" and "Masri": the mention is the whole
    # written word, which is Omar al-Masri.
    "hyphen-glued-particle-subject-is-the-whole-name": (
        "The council chairman, Omar al-Masri, met donors on Friday. \u201cWe need wells,\u201d al-Masri said.",
        [R("We need wells,", "Omar al-Masri", "person", mention="al-Masri")],
    ),
    # "Sr." split in two tokens ("Sr", "."): the stop of the suffix stays in the name, and
    # the later "Greene Sr." (its "." parsed as the subject) is the father, not the son.
    "split-suffix-stop-stays-and-the-suffixed-surname-is-the-father": (
        "Walter Greene Sr. and his son, Walter Greene Jr., run the dairy. Greene Sr. said the farm had survived worse.",
        [R("the farm had survived worse", "Walter Greene Sr.", "person", mention="Greene Sr.")],
    ),
    # "Kim Min-ho said" parsed as three subjects: the mention is the whole name, not the
    # family name "Kim" (which was read as Kim Soo-jin's).
    "name-split-into-subjects-is-one-mention": (
        "Kim Soo-jin coaches the national team. \u201cThe stadium will be finished in March,\u201d Kim Min-ho said.",
        [R("The stadium will be finished in March,", "Kim Min-ho", "person", mention="Kim Min-ho")],
    ),
    # Two senators, each given a party in an apposition (or the bracket of a party and a
    # state): "the Democrat" is the one called so, not the first or main person.
    "the-party-member-is-the-one-the-apposition-called-so": (
        "Senator Carl Ostrow, a Republican, clashed with Senator Maya Feld, a Democrat. "
        "The Democrat said the bill was overdue.",
        [R("the bill was overdue", "Maya Feld", "person")],
    ),
    "the-party-member-is-the-one-with-the-party-letter": (
        "Rep. Glen Hardesty (R-Ohio) met Rep. Ada Ruiz (D-Texas) on Monday. The Democrat said the talks had failed.",
        [R("the talks had failed", "Ada Ruiz", "person")],
    ),
    # "The party" after a party whose name holds no "Party": the latest body named as an
    # alliance, front or movement, not nobody (and not its new leader).
    "the-party-is-the-alliance-named-before": (
        "The Green Alliance chose Mirela Sand as its leader. The party said she had won 60 percent of the vote.",
        [R("she had won 60 percent of the vote", "Green Alliance", "organization")],
    ),
    # "The 38-year-old mother of three": an age description with what the noun is of is
    # still the person given that age.
    "age-description-with-of-phrase-is-the-person-of-that-age": (
        "Anita Desai-Roy, 38, lost her job in March. The 38-year-old mother of three said she could not pay the rent.",
        [R("she could not pay the rent", "Anita Desai-Roy", "person")],
    ),
    # "aged 19" gives an age as ", 19," does: "the teenager" is him.
    "aged-gives-the-age-a-later-teenager-points-to": (
        "Kaito Mori, aged 19, won the marathon on Sunday. The teenager said he had trained for six years.",
        [R("he had trained for six years", "Kaito Mori", "person")],
    ),
    # "The Conservative" in the singular is a member of the party, the MP named as one,
    # not a body called "Conservative".
    "the-conservative-is-the-member-named-before": (
        "Theo Marchetti, a Conservative MP, rebelled on Tuesday. The Conservative said the tax was unfair.",
        [R("the tax was unfair", "Theo Marchetti", "person")],
    ),
    # "Sr." split in two tokens before the cue: its full stop ends no sentence, so the
    # quote before it has its cue and speaker.
    "split-suffix-stop-before-the-cue-ends-no-sentence": (
        "\u201cThe dairy has survived three droughts,\u201d Walter Greene Sr. said.",
        [R("The dairy has survived three droughts,", "Walter Greene Sr.", "person")],
    ),
    # "his daughter, Chen Meiling": the kin noun gives her gender, and "Ms. Chen" picks
    # her of the two people of the family name.
    "kin-noun-gives-the-gender-a-courtesy-title-picks": (
        "Chen Jianguo and his daughter, Chen Meiling, run the factory. Ms. Chen said exports had doubled.",
        [R("exports had doubled", "Chen Meiling", "person")],
    ),
    # "her husband, Kiri Okonjo" is a man, though the name data knows no "Kiri".
    "kin-noun-gives-a-man-his-gender": (
        "Marta Vrba visited the shelter with her husband, Kiri Okonjo. He said the beds would be paid for.",
        [R("the beds would be paid for", "Kiri Okonjo", "person")],
    ),
    # "Soo-jin Kim" with only "Kim" tagged (and "Soo" read as a noun): the hyphenated
    # given name the name data knows joins the name.
    "hyphenated-given-name-left-out-of-the-entity-joins-it": (
        "Soo-jin Kim coaches the team. Kim said the players were tired.",
        [R("the players were tired", "Soo-jin Kim", "person")],
    ),
    # An age that ends the sentence (", 30.") or stands in brackets ("(30)") is given to
    # the name before it, as ", 30," is.
    "age-ending-the-sentence-is-given-to-the-name-before": (
        "Boris Lund, 45, was arrested after a fight with Jonas Weber, 30. The 30-year-old said he had been punched.",
        [R("he had been punched", "Jonas Weber", "person")],
    ),
    "age-in-brackets-is-given-to-the-name-before": (
        "Boris Lund (45) was arrested after a fight with Jonas Weber (30). The 30-year-old said he had been punched.",
        [R("he had been punched", "Jonas Weber", "person")],
    ),
    # "Amelia" is in the English word lists, yet opening the sentence before "Rose
    # Hartley" it is her first given name; a role word there ("Moderator") is not.
    "first-name-that-is-an-english-word-before-two-names-is-given": (
        "Amelia Rose Hartley was sworn in as chief justice on Monday. Hartley said the court would be independent.",
        [R("the court would be independent", "Amelia Rose Hartley", "person")],
    ),
    "role-word-before-two-names-is-no-given-name": (
        "Moderator Grace Lind opened the debate. Lind said the rules were clear.",
        [R("the rules were clear", "Grace Lind", "person")],
    ),
    # A paragraph that is all one quotation, however many sentences, is no sentence of
    # the writer's: "she" after it still reaches the unfamiliar surname before it.
    "she-reaches-past-a-quoted-paragraph-to-an-unfamiliar-surname": (
        "Olatunji spoke at the inquiry on Wednesday.\n\n\u201cThe hospital ignored the warnings for months. "
        "Nurses wrote letters. Doctors wrote letters. Nothing happened.\u201d\n\nShe said she would give evidence again.",
        [R("she would give evidence again", "Olatunji", "person")],
    ),
    # "Amara Nwosu" tagged a body, "Amara" no clear woman's name: the "she" after it makes
    # her a person, for her quote too.
    "she-makes-a-name-tagged-a-body-a-person": (
        "Amara Nwosu spoke at the inquiry on Wednesday.\n\n\u201cThe hospital ignored the warnings for months. "
        "Nothing happened.\u201d\n\nShe said she would give evidence again.",
        [R("The hospital ignored the warnings for months. Nothing happened.", "Amara Nwosu", "person"),
         R("she would give evidence again", "Amara Nwosu", "person")],
    ),
    # "the Compagnie Minière du Nord" tagged as two bodies on each side of "du" (the
    # speaker was "Nord"), or as a work: one body, under its whole name.
    "a-body-named-across-a-particle-is-one-body": (
        "Mines\n\n\u201cThe mine will reopen,\u201d the Banque Populaire du Nord said.",
        [R("The mine will reopen,", "Banque Populaire du Nord", "organization")],
    ),
    "a-body-with-a-particle-tagged-a-work-is-a-body": (
        "Rivers\n\n\u201cRates will stay low,\u201d the Compagnie Fluviale du Rhin said.\n\n"
        "\u201cTimber prices will fall,\u201d Societe Forestiere du Sud said.",
        [R("Rates will stay low,", "Compagnie Fluviale du Rhin", "organization"),
         R("Timber prices will fall,", "Societe Forestiere du Sud", "organization")],
    ),
    # "Brennan Jr." tagged without its first name, or the suffix left out after a comma:
    # the son is "Otis Brennan Jr." (his father may be "Otis Brennan Sr."), shown without
    # the comma, and his bare surname later is him.
    "a-suffixed-name-keeps-its-first-name-and-suffix": (
        "Farm sold\n\n\u201cThe farm will pass to my son,\u201d Otis Brennan Jr. said.\n\n"
        "\u201cMilk prices are too low,\u201d Brennan said.",
        [R("The farm will pass to my son,", "Otis Brennan Jr.", "person"),
         R("Milk prices are too low,", "Otis Brennan Jr.", "person")],
    ),
    "a-suffix-after-a-comma-stays-in-the-name": (
        "Farm sold\n\n\u201cThe farm will pass to my son,\u201d Otis Brennan, Jr. said.\n\n"
        "\u201cI started it in 1970,\u201d said Tobias Quell, Sr., a neighbour.",
        [R("The farm will pass to my son,", "Otis Brennan Jr.", "person"),
         R("I started it in 1970,", "Tobias Quell Sr.", "person")],
    ),
    # "the defendant", "the suspect": the one party a case is about, whom the story named
    # just before, as "the senator" is the one it called a senator.
    "the-defendant-is-the-one-on-trial": (
        "Anselm Kovarik denied all charges in court on Monday. The defendant said he had been in Tallinn "
        "on the night of the fire.",
        [R("he had been in Tallinn on the night of the fire", "Anselm Kovarik", "person")],
    ),
    "the-suspect-is-the-one-arrested": (
        "Police arrested Idris Fenwick-Oyelaran on Friday. The suspect told officers he was innocent.",
        [R("he was innocent", "Idris Fenwick-Oyelaran", "person")],
    ),
    # "Bakare" tagged a place, cut before the hyphen: the hyphenated surname is whole.
    "a-hyphenated-surname-cut-as-a-place-is-whole": (
        "Olumide Bakare-Ojo is accused of fraud. He said he was innocent.",
        [R("he was innocent", "Olumide Bakare-Ojo", "person")],
    ),
    # "Bonsu" hung on "Osei" as an apposition, the whole name tagged ORG: the mention and
    # the name take the hyphenated surname whole, and the name is a person's.
    "a-hyphenated-surname-after-a-middle-initial-is-whole": (
        '"The clinic will stay open," Nadia K. Osei-Bonsu said on Monday.',
        [R("The clinic will stay open,", "Nadia K. Osei-Bonsu", "person")],
    ),
    "the-accused-read-as-a-participle-is-the-one-charged": (
        "Olumide Bakare-Ojo is accused of fraud. The accused told the court he was innocent.",
        [R("he was innocent", "Olumide Bakare-Ojo", "person")],
    ),
    "the-defendant-is-not-the-judge-who-sentenced-him": (
        "Judge Leila Mansour sentenced Boris Lindqvist to six years. The defendant said he would appeal.",
        [R("he would appeal", "Boris Lindqvist", "person")],
    ),
    # "the Finn", "the Pole": a nationality as a noun, which the model tags a name, is the
    # person the story is about, as "the Briton" is; "the Chinese player" too.
    "the-finn-is-a-nationality-not-a-name": (
        'Westbrook manager Sven Aaltola praised his defence. "They were brilliant," the Finn said.',
        [R("They were brilliant,", "Sven Aaltola", "person")],
    ),
    # "The Japanese" tagged a group: the person the sentence before is about, when there
    # is one; else the nation.
    "the-japanese-after-a-person-is-that-person": (
        "Defending champion Mei Tanakura lost in the first round. The Japanese said she had been ill.",
        [R("she had been ill", "Mei Tanakura", "person")],
    ),
    "the-japanese-after-no-person-is-the-nation": (
        "Talks in Geneva stalled on Monday. The Japanese said they would not sign.",
        [R("they would not sign", "Japanese", "organization")],
    ),
    "a-role-word-with-a-nationality-continues-the-sentence-before": (
        'Zhang Yifan reached the semi-final in Doha. "My serve was working," the Chinese player said.',
        [R("My serve was working,", "Zhang Yifan", "person")],
    ),
    # "Natalia" tagged a place right before a surname tagged a person (or, unknown to the
    # model's vocabulary, a body): a clear first name, so the person is "Natalia Romero".
    "a-first-name-tagged-a-place-before-a-surname": (
        "Natalia Romero said she had written to the prime minister three times. She said he never answered.",
        [R("she had written to the prime minister three times", "Natalia Romero", "person"),
         R("he never answered", "Natalia Romero", "person")],
    ),
    "a-first-name-tagged-a-place-before-a-surname-tagged-a-body": (
        "Natalia Vasquez said she had written to the prime minister three times.",
        [R("she had written to the prime minister three times", "Natalia Vasquez", "person")],
    ),
    # "Amara Diallo" tagged a body, with "the prosecutor" in apposition: an office only a
    # person holds makes the two-word name a person, as "a teacher" does.
    "a-two-word-name-tagged-a-body-with-a-persons-office-after-it": (
        "Amara Diallo, the prosecutor, and Thomas Keller, the defence lawyer, clashed over the evidence. "
        "Diallo said the fingerprints were conclusive. Keller said they were smudged.",
        [R("the fingerprints were conclusive", "Amara Diallo", "person"),
         R("they were smudged", "Thomas Keller", "person")],
    ),
    # "Harbour City FC" tagged a place: its club suffix makes it a body, which "the club"
    # (that skips places) then reaches.
    "the-club-is-a-name-with-a-club-suffix-tagged-a-place": (
        "Harbour City FC confirmed the signing of a new goalkeeper. The club said he had signed a three-year contract.",
        [R("he had signed a three-year contract", "Harbour City FC", "organization")],
    ),
    # "they" after a quotation in which one person says "I" is one person: the speaker
    # just before, whose first name has no gender and whom no "he" or "she" names.
    "singular-they-after-a-first-person-quotation": (
        'Robin Castell, the festival\'s director, said ticket sales had doubled. "I did not expect this," they said.',
        [R("I did not expect this,", "Robin Castell", "person")],
    ),
    "they-after-a-we-quotation-stays-plural": (
        'Robin Castell met the stewards on Monday. Castell said the stewards had worked hard. '
        '"We want a pay rise," they said.',
        [R("We want a pay rise,", None)],
    ),
    # "the skier", "the archaeologist": a role word the text gave no one continues the
    # person the sentence before is about, when that sentence brings in no one else who
    # might hold it; "an organizer" brought in before keeps "the organizer" to itself.
    "an-untitled-role-word-continues-the-sole-person-before": (
        'Ilse Brandtner won the slalom in Oslo on Sunday. "The snow was perfect," the skier said.',
        [R("The snow was perfect,", "Ilse Brandtner", "person")],
    ),
    "an-untitled-profession-continues-the-sole-person-before": (
        "Professor Lucia Benedetti led the excavation. The archaeologist said the coins dated from the second century.",
        [R("the coins dated from the second century", "Lucia Benedetti", "person")],
    ),
    # Her own relations ("her husband") are no other holder of the role; and the person
    # must be named in the sentence before, not only in a headline above it.
    "the-widow-after-her-husband-is-the-woman-before": (
        "Agnes Mwangira lost her husband in the mine collapse. The widow said the company had ignored warnings.",
        [R("the company had ignored warnings", "Agnes Mwangira", "person")],
    ),
    "a-role-word-after-a-headline-surname-is-not-that-person": (
        "Understated Okafor raises her profile\n\nJust before the flight took off, the pilot asked for volunteers "
        "to move to the back. So Labour Secretary Ada Okafor packed up her papers and moved.",
        # not Okafor: the pilot, unnamed (a role no one named holds)
        [R("volunteers to move to the back", "Pilot", "unnamed")],
    ),
    "a-role-word-brought-in-by-a-is-not-the-person-before": (
        'Tomas Vrba was greeted by an organizer at the door. "Welcome," the organizer said.',
        [R("Welcome,", None)],
    ),
    # "she" after an unnamed speaker described by a female kin noun is that speaker, not
    # the woman named paragraphs before; a "she" of the narration in between, or the
    # named woman in the same paragraph, still keeps the named reading.
    "she-after-an-unnamed-sister-who-spoke-is-the-sister": (
        "Inspector Ines Calloway said officers wanted to see any camera footage.\n\n"
        "The rider's sister, who asked not to be named, said he had been riding home from work. "
        '"He does that trip every night. He is careful," she said.',
        [R("He does that trip every night. He is careful,", "Sister", "unnamed")],
    ),
    "she-after-an-unnamed-sister-who-spoke-is-the-sister-in-a-windows-file": (
        "Inspector Ines Calloway said officers wanted to see any camera footage.\r\n\r\n"
        "The rider's sister, who asked not to be named, said he had been riding home from work. "
        '"He does that trip every night. He is careful," she said.',
        [R("He does that trip every night. He is careful,", "Sister", "unnamed")],
    ),
    # A body's description with its name set off by commas ("The operators' federation,
    # UMPF,") is that body, not the last body named before it.
    # A mention ending in a lowercase role word right before a full name the parser left
    # out of it ("Friends of Oakridge Library chairwoman Deirdre Makepeace") is that person.
    "role-word-ending-the-mention-before-a-name-left-out-is-that-person": (
        'Friends of Oakridge Library chairwoman Deirdre Makepeace said the group was "delighted but cautious".',
        [R('the group was "delighted but cautious"', "Deirdre Makepeace", "person")],
    ),
    # A lead's "the head of the <body>" is the one person the next paragraph names as
    # holding an office of a body with the same head noun; another body's officer is not.
    "lead-head-of-a-body-is-the-officer-of-that-body-named-next": (
        "Hospitals should prepare for the worst winter in a decade, the head of the regional health "
        "authority warned on Monday.\n\n"
        "Dr Seamus Costigan, chief executive of the North West Health Authority, told reporters that "
        "bed occupancy had reached 97 per cent.",
        [R("Hospitals should prepare for the worst winter in a decade", "Seamus Costigan", "person")],
    ),
    "lead-head-of-a-body-is-not-another-bodys-officer": (
        "Hospitals should prepare for the worst winter in a decade, the head of the regional health "
        "authority warned on Monday.\n\n"
        "Dr Seamus Costigan, chair of the North West Nurses Union, told reporters that "
        "bed occupancy had reached 97 per cent.",
        [R("Hospitals should prepare for the worst winter in a decade", None)],
    ),
    "body-description-with-its-name-set-off-is-that-body": (
        "The CGD union, which represents the crane operators, said the stoppage would continue.\n\n"
        "The operators' federation, UMPF, said in a statement that the plan was essential.",
        [R("the plan was essential", "UMPF", "organization")],
    ),
    # With no person the pronoun could be, an unnamed spokesperson who just spoke for a
    # body goes on speaking for it ("A Harcastle spokesman said: ... He added that").
    "he-after-a-body-spokesman-with-no-man-named-is-the-body": (
        "Ines Calloway said the bank had promised a hub.\n\n"
        "A Harcastle Bank spokesman said: 'We understand this is disappointing.'\n\n"
        "He added that staff had been offered jobs elsewhere in the bank.",
        [R("staff had been offered jobs elsewhere in the bank", "Harcastle Bank", "organization")],
    ),
    "she-after-a-body-spokesman-is-not-the-body": (
        "A Harcastle Bank spokesman said: 'We understand this is disappointing.'\n\n"
        "She added that staff had been offered jobs elsewhere in the bank.",
        [R("staff had been offered jobs elsewhere in the bank", None)],
    ),
    "she-after-an-unnamed-daughter-whose-report-says-her-is-the-daughter": (
        "Inspector Ines Calloway said officers wanted to see any camera footage.\n\n"
        "The victim's daughter said her father had been shaken by the attack.\n\n"
        '"He says good morning to everyone he passes," she said.',
        [R("He says good morning to everyone he passes,", "Daughter", "unnamed")],
    ),
    "she-right-after-the-quote-of-an-unnamed-worker-is-the-worker": (
        "Judge Ines Calloway said he had put profit first.\n\n"
        'A former care worker said in a statement that she had "never felt so ashamed" of a job.\n\n'
        '"I put extra blankets on them," she said.',
        [R("I put extra blankets on them,", "Worker", "unnamed")],
    ),
    "she-after-an-unnamed-worker-whose-report-names-a-woman-is-the-woman": (
        "Ines Calloway said in January that she had never sent the files.\n\n"
        "A campaign aide later said that Calloway had misspoken. The remark came after her claim that "
        'she "never sent" them.',
        [R('she "never sent" them', "Ines Calloway", "person")],
    ),
    "she-after-an-unnamed-sister-in-the-named-womans-paragraph-is-the-named-woman": (
        "Inspector Ines Calloway said officers wanted footage, and the rider's sister said he was careful. "
        '"We need every camera," she said.',
        [R("We need every camera,", "Ines Calloway", "person")],
    ),
    # A headline opening on a common noun the model tags a body ("Footballer") names no
    # body: "the supporters' trust" does not point back to it.
    "a-headline-common-noun-tagged-as-a-body-is-no-body": (
        "Footballer apologises after social media row\n\nThe Ostby striker Tomas Vrba has apologised for a post."
        "\n\nThe supporters' trust said in a statement that it accepted the apology.",
        [R("it accepted the apology", None)],
    ),
    # A body's capitalised name the model tags a work of art ("The Ferry Operators'
    # Association") is that body, not the union the article named before it.
    "a-body-name-tagged-as-a-work-of-art-is-that-body": (
        "The general secretary of the Harbour and Dock Workers Union, Tomas Vrba, has warned that members could strike."
        "\n\nThe Rail Operators' Association described the threat as \"deeply irresponsible\".",
        [R('the threat as "deeply irresponsible"', "Rail Operators' Association", "organization")],
    ),
    # A role a body holds through someone ("the company's lawyer") is not the person the
    # story is about when she was given no such role (she prosecutes): someone unnamed.
    "the-companys-lawyer-is-not-the-prosecutor": (
        "Prosecuting, Ines Calloway said: \"This was an accident waiting to happen.\"\n\n"
        "In mitigation, the company's lawyer said it had since replaced every ramp in its fleet.",
        [R("it had since replaced every ramp in its fleet", None)],
    ),
    # "The former said ... The latter said": the sentence of "the former" names no one,
    # so "the latter" still picks from the pair named before it.
    "the-latter-after-the-former-reaches-the-pair-before": (
        "Lukas Brennan and Ayla Demirel founded the firm in 2012. The former said growth had slowed. "
        "The latter said it had not.",
        [R("growth had slowed", "Lukas Brennan", "person"), R("it had not", "Ayla Demirel", "person")],
    ),
    # "his wife Lakshmi" with the name tagged a body: after a kin noun a name is a person's,
    # and "wife" gives "she" her.
    "a-name-after-a-kin-noun-tagged-a-body-is-a-person": (
        'Siddharth Rao and his wife Lakshmi lost their crops. "We have nothing left," she said.',
        [R("We have nothing left,", "Lakshmi", "person")],
    ),
    "names-after-a-plural-kin-noun-tagged-bodies-are-people": (
        "The sisters Amara Diallo and Fanta Diallo opened a clinic in Bamako. Amara said most patients walked "
        "for hours to reach it. \u201cWe see sixty people a day,\u201d she added.",
        [R("most patients walked for hours to reach it", "Amara Diallo", "person"),
         R("We see sixty people a day,", "Amara Diallo", "person")],
    ),
    # "one resident, Pilar Gomez" with only "Gomez" tagged, and both words first names in
    # the data: the surname is no English word and the parser hangs the first name on it,
    # so the name is whole, in the mention too.
    "first-name-compounded-onto-an-unknown-surname-in-apposition": (
        '"This is a disaster," said one resident, Pilar Gomez.',
        [R("This is a disaster,", "Pilar Gomez", "person", mention="Pilar Gomez")],
    ),
    # The "I" of an interview's answer line ("A: I always said ...") is the one
    # interviewed: the person the text names most before its first question line.
    "i-in-an-answer-line-is-the-one-interviewed": (
        "We spoke to the novelist Ingeborg Aasland about her new book.\n\n"
        "Q: Why did you set it in the north?\n\nA: I always said that the north was my home.",
        [R("the north was my home", "Ingeborg Aasland", "person", mention="I")],
    ),
    # A place the model tags as a person ties in count with the one full name before the
    # questions: the full name is the one interviewed.
    "the-one-interviewed-is-the-full-name-over-a-lone-word-tagged-a-person": (
        "Marguerite Solano has painted lighthouses for forty years. We spoke to her in Lyon.\n\n"
        "Q: Why lighthouses?\n\nA: I said once that they are the loneliest buildings.",
        [R("they are the loneliest buildings", "Marguerite Solano", "person", mention="I")],
    ),
    # An answer goes on over paragraphs with no label until the next question, and its
    # "we" is the one interviewed too (not the byline's writer, who asks).
    "an-answer-goes-on-over-unlabelled-paragraphs": (
        "The harbour master Ingeborg Aasland met us at the quay.\n\n"
        "Q: Will the port reopen?\n\nA: It will. We told the ministry that the dredging is done.\n\n"
        "And I said on Monday that the first ferry would sail in May.\n\n"
        "Q: And the fishermen?\n\nA: They will get their berths back.",
        [R("the dredging is done", "Ingeborg Aasland", "person", mention="We"),
         R("the first ferry would sail in May", "Ingeborg Aasland", "person", mention="I")],
    ),
    # "the operator", "the carrier", "the manufacturer": a business described by what it
    # does points back to the body named before, as "the carmaker" does.
    "the-operator-is-the-body-named-before": (
        "Silverline Rail said its trains would run on time. The operator added that it had hired 50 new drivers.",
        [R("it had hired 50 new drivers", "Silverline Rail", "organization")],
    ),
    # The model swaps the labels: "Valeria Costa" a body, "Brightline Media" a person. A
    # company-name ending ("Media") makes the one a body, and a person's name (a common,
    # clear first name) is no company "the company" could mean.
    "the-company-is-not-a-person-tagged-a-body": (
        "Valeria Costa sued her former employer, Brightline Media, in March. The company said the claim was baseless.",
        [R("the claim was baseless", "Brightline Media", "organization")],
    ),
    # "The ex-president", "the co-founder": the parser reads the hyphen as the subject
    # noun; the mention is the whole word, and its head the noun after the hyphen.
    "a-hyphenated-role-word-is-read-whole": (
        "Julio Arcediano returned to the capital. The ex-president said he would not run again.",
        [R("he would not run again", "Julio Arcediano", "person", mention="The ex-president")],
    ),
    "a-co-founder-is-read-whole": (
        "Julio Arcediano founded the firm in 2001. The co-founder said he would not sell.",
        [R("he would not sell", "Julio Arcediano", "person", mention="The co-founder")],
    ),
    # An untagged name that is the subject of a verb whose object the sentence calls
    # "its" is a body: "it", "the company", "the broadcaster" then have it to point to.
    "an-untagged-subject-called-its-is-a-body": (
        "Greenhaven Water raised its charges by 8 percent. It said the money would fix leaking pipes.",
        [R("the money would fix leaking pipes", "Greenhaven Water", "organization")],
    ),
    "an-unknown-word-read-as-a-noun-and-called-its-is-a-body": (
        "Nordvision cancelled its quiz show after one series. The broadcaster said the ratings had been poor.",
        [R("the ratings had been poor", "Nordvision", "organization")],
    ),
    # "The Interior Minister, Ottavio Brennan,": a capitalised office whose first word is
    # an English word few bear as a name ("Interior") is no woman named so; "the
    # minister" is the man the apposition names.
    "a-capitalised-office-is-no-name": (
        "The Interior Minister, Ottavio Brennan, visited the border post.\n\n"
        "\u201cWe need more officers,\u201d the minister said.",
        [R("We need more officers,", "Ottavio Brennan", "person")],
    ),
    # "Anneliese" tagged a group (NORP) and "Kowalczyk" a person: a clear first name
    # right before a one-word person is her first name, as one tagged a place is.
    "a-first-name-tagged-a-group-joins-the-surname": (
        "Anneliese Kowalczyk said the ward had been understaffed.",
        [R("the ward had been understaffed", "Anneliese Kowalczyk", "person")],
    ),
    # "Cordelia Fairbanks" tagged a body (and "Fairbanks" read as a verb), never a
    # speaker herself: a later bare "Fairbanks", which nothing tags, is still her.
    "a-bare-surname-finds-a-persons-name-tagged-a-body": (
        "Cordelia Fairbanks chairs the panel. Fairbanks said the hearings would resume in May.",
        [R("the hearings would resume in May", "Cordelia Fairbanks", "person")],
    ),
    # "said Col. Anders Vikersund" with only "Vikersund" tagged, a work of art: the
    # clear first name before the unfamiliar surname is his, as before one tagged a body.
    "a-first-name-joins-a-surname-tagged-a-work-of-art": (
        "\u201cThe bridge is gone,\u201d said Col. Anders Vikersund.",
        [R("The bridge is gone,", "Anders Vikersund", "person")],
    ),
    # "The three-time champion", "the defending champion": a count of times or a
    # present participle describes the one holding the role now, the person the
    # sentence before is about, as "the champion" does; "the world champion" qualifies it.
    "a-count-of-times-describes-the-holder-of-the-role": (
        "Henrike Solvang won the sprint again on Sunday. The three-time champion said the course had been fast.",
        [R("the course had been fast", "Henrike Solvang", "person")],
    ),
    "a-present-participle-describes-the-holder-of-the-role": (
        "Henrike Solvang won the sprint again on Sunday. The defending champion said the course had been fast.",
        [R("the course had been fast", "Henrike Solvang", "person")],
    ),
    # "the Dockers' Federation of Orland" tagged a work of art: a capitalised name whose
    # word before its one "of" is a word for a body is that body.
    "a-body-named-with-of-tagged-a-work-of-art-is-the-body": (
        "\"Our members are tired,\" the Dockers' Federation of Orland said on Monday.",
        [R("Our members are tired,", "Dockers' Federation of Orland", "organization")],
    ),
    # ... and one the model tags nothing: a mention whose head is a capitalised word for
    # a body, every other word capitalised, names the body.
    "an-untagged-capitalised-body-name-at-the-cue-is-the-body": (
        "\"The wards are full,\" the Midwives' Union of Carrow said on Friday.",
        [R("The wards are full,", "Midwives' Union of Carrow", "organization")],
    ),
    # "the Ostby Porters Guild" with only "Guild" tagged a person, and "the Vellmar
    # Tenants Guild" tagged nothing: a name ending in a word for a body is the body,
    # though its first word is a first name too.
    "a-body-whose-last-word-is-tagged-a-person-is-the-body": (
        "\"Wages are too low,\" the Ostby Porters Guild said.",
        [R("Wages are too low,", "Ostby Porters Guild", "organization")],
    ),
    "an-untagged-name-ending-in-a-word-for-a-body-is-the-body": (
        "\"The rents are too high,\" the Vellmar Tenants Guild said on Friday.",
        [R("The rents are too high,", "Vellmar Tenants Guild", "organization")],
    ),
    # "A police spokesman" after "the Carrow Police Service": a lowercase body word
    # before the spokesperson is the latest body whose own name has that word.
    "a-police-spokesman-speaks-for-the-police-body-named-before": (
        "The Carrow Police Service closed the road on Sunday. A police spokesman said the driver was unhurt.",
        [R("the driver was unhurt", "Carrow Police Service", "organization")],
    ),
    # "Cordelia Fairbanks" tagged a body, with "Fairbanks" read as a verb and "Cordelia"
    # as the subject: "she" is the whole name, not "Cordelia".
    "she-takes-the-whole-name-a-body-tag-hid": (
        "Cordelia Fairbanks chairs the panel. \"The hearings will resume in May,\" she said.",
        [R("The hearings will resume in May,", "Cordelia Fairbanks", "person")],
    ),
    # A body's capitalised name may join its words with "and" ("the Central and Northern
    # Growers Coalition"): the whole name is the body, not a person "Northern Growers
    # Coalition", nor the company named before.
    "a-body-name-joined-by-and-is-the-body": (
        "Halvard Foods cut its prices again. But the Central and Northern Growers Coalition, "
        "which represents 4,000 farms, said the cuts were unfair.",
        [R("the cuts were unfair", "Central and Northern Growers Coalition", "organization")],
    ),
    # "Brightwell" is a first name in the name data, but "Brightwell Pharmaceuticals"
    # (tagged ORG) ends in a body's word: no man, so "He" is the chief executive.
    "a-company-opening-with-a-first-name-is-no-he": (
        "Brightwell Pharmaceuticals fired its chief executive, Dorian Achebe, on Tuesday.\n\n"
        "He said he had done nothing wrong.",
        [R("he had done nothing wrong", "Dorian Achebe", "person")],
    ),
    # An untagged run ending in a body's word ("Wash Post" in a headline) is no person
    # either, whose surname "Post" would claim the body's own name later.
    "an-untagged-name-ending-in-a-body-word-is-no-person": (
        "Wash Post Fact-Check: The Mayor Is Wrong\n\n"
        "If you doubt the mayor, the Washington Post will call you a liar.",
        [R("you a liar", "Washington Post", "organization")],
    ),
    # "The Post" after "The Washington Post": the one body named before that ends in
    # the word only a body's name ends in.
    "the-post-is-the-body-named-before-that-ends-in-it": (
        "The Washington Post ran an editorial on Monday.\n\nThe Post said the senator was wrong about trade.",
        [R("the senator was wrong about trade", "Washington Post", "organization")],
    ),
    # A pronoun's letters in capitals are an acronym: "WHO said" is a body the article
    # never spells out, "The US said" a country, not the people before it.
    "a-pronoun-written-in-capitals-is-an-acronym": (
        "Virus\n\nWHO said on Monday that the outbreak in Varna was under control.",
        [R("the outbreak in Varna was under control", "WHO", "organization")],
    ),
    # "X, the defence minister, and Y, the foreign minister ... the foreign minister
    # said": the qualified role of an apposition picks which minister.
    "the-qualified-role-of-an-apposition-picks-the-minister": (
        "Ines Calloway, the health minister, and Tomas Vrba, the justice minister, met the unions.\n\n"
        "The justice minister said the courts would get more money.",
        [R("the courts would get more money", "Tomas Vrba", "person")],
    ),
    # 'Margaret "Peggy" Thornbury ... Peggy said': the nickname written inside the name
    # is looked up as her first name is.
    "a-nickname-written-in-the-name-is-the-person": (
        'Margaret "Peggy" Thornbury has run the corner shop in Varna for fifty years.\n\n'
        '"I know every child on this street," Peggy said.',
        [R("I know every child on this street,", 'Margaret "Peggy" Thornbury', "person")],
    ),
    "a-bracketed-nickname-in-the-name-is-the-person": (
        'Robert (Bobby) Lanigan runs the pub in Varna. "Nobody drinks any more," Bobby said.',
        [R("Nobody drinks any more,", "Robert (Bobby) Lanigan", "person")],
    ),
    # "Mallory Brands ... Mallory said" with "Mallory" untagged (alone, a lone person):
    # the first word of the one company named before.
    "an-untagged-first-word-of-a-company-is-the-company": (
        "Vestra Foods and its rival, Mallory Brands, both raised prices.\n\n"
        "Vestra said it had no choice. Mallory said its prices would fall next year.",
        [R("its prices would fall next year", "Mallory Brands", "organization")],
    ),
    # "Zeller's spokeswoman": the possessive's "'s" is no word of the short name.
    "a-spokeswoman-of-a-company-by-its-short-name-speaks-for-the-company": (
        "Zeller Motors recalled 40,000 cars.\n\nZeller's spokeswoman said no one had been hurt.",
        [R("no one had been hurt", "Zeller Motors", "organization")],
    ),
    # "X was appointed headmaster of ... The headmaster said": the office a passive verb
    # of appointing gives is her role.
    "the-office-someone-was-appointed-to-is-a-role": (
        "Wendell Ambrose was appointed headmaster of Kingsmere School in 2020.\n\n"
        "The headmaster said exam results had improved.",
        [R("exam results had improved", "Wendell Ambrose", "person")],
    ),
    # "Governor Meredith Yoon's office said" (the possessor tagged a person): the office
    # of the person speaks, named after her as "the governor's office" is after the title.
    "a-named-persons-office-speaks": (
        "Governor Meredith Yoon's office said she would sign the bill on Friday.",
        [R("she would sign the bill on Friday", "Meredith Yoon's office", "organization")],
    ),
    # The name someone goes by, set off after the full name ("known to her pupils as
    # Nessa") or quoted after a verb of naming ('calls Tomas Vrba "Bim"'), is that person.
    "a-name-someone-is-known-by-is-the-person": (
        "Ines Calloway, known to her pupils as Nessa, has taught in Varna since 1990.\n\n"
        '"Children have not changed," Nessa said.',
        [R("Children have not changed,", "Ines Calloway", "person")],
    ),
    "a-name-someone-is-called-is-the-person": (
        'The whole harbour calls Tomas Vrba "Bim". He has mended nets there since 1985.\n\n'
        '"The nets are lighter now," Bim said.',
        [R("The nets are lighter now,", "Tomas Vrba", "person")],
    ),
    # "Brenvox said it had followed every rule": a one-word name tagged a person,
    # no first name and no one's surname, whose report says what "it" did is a body, so
    # the "it" of its next quote is that body too.
    "a-one-word-name-that-reports-what-it-did-is-a-body": (
        "Farmers in Varna blamed Brenvox for the poisoned well.\n\n"
        'Brenvox said it had followed every rule. "We are cooperating fully," it said.',
        [R("We are cooperating fully,", "Brenvox", "organization")],
    ),
    # The same with the name tagged nothing at all (read alone, a lone person's name).
    "an-untagged-one-word-name-that-reports-what-it-did-is-a-body": (
        "Profits\n\nBrenvox said in a statement that it had made a record profit.",
        [R("it had made a record profit", "Brenvox", "organization")],
    ),
    # After a one-word headline the parser ends a sentence after "Brenvox", leaving the
    # mention "Shipping": the proper noun alone before it is the name's first word.
    "a-name-the-parser-cut-after-a-one-word-headline-is-whole": (
        "Prices\n\nBrenvox Shipping said on Monday that it would raise its rates by 12 percent.",
        [R("it would raise its rates by 12 percent", "Brenvox Shipping", "organization")],
    ),
    # "His son said" after the father speaks: the one other man of the family name, as
    # "Her husband said" is (not "his brother" or "his father": on train the owner's
    # "his" is too often someone else).
    "his-son-is-the-other-man-of-the-family-name": (
        "Tomas Vrba, the goalkeeper, and his father, Emil Vrba, his agent, met the club.\n\n"
        "Emil Vrba said no offer had been made. His son said he was happy in Varna.",
        [R("he was happy in Varna", "Tomas Vrba", "person")],
    ),
    # "The president-elect said": the person the text gave that office ("Vice President
    # Ines Calloway"), not a guess from the story's main person.
    "the-president-elect-is-the-one-given-the-office": (
        "Tomas Vrba conceded on Sunday night. Vice President Ines Calloway, who won the vote, spoke later.\n\n"
        "The president-elect said unity came first.",
        [R("unity came first", "Ines Calloway", "person")],
    ),
    "the-us-in-capitals-is-the-country": (
        "Trade officials from Varna met on Monday. The US said the talks would resume in May.",
        [R("the talks would resume in May", "US", "organization")],
    ),
    # "a senior engineer told me ...  '...,' he said": the "he" right after the quotation
    # goes on with the unnamed engineer who spoke just before, so it names no one; not
    # the council leader named a paragraph earlier.
    "he-after-an-unnamed-one-of-a-trade-is-not-the-person-named-before": (
        "The council leader, Tomas Vrba, said the bypass would unlock growth.\n\n"
        "When I raised this at a planning meeting, a senior engineer told me I was being naive. "
        "\"People want to drive,\" he said.",
        # (the engineer is one unnamed speaker, "Engineer"; the "he" goes on with them)
        [R("I was being naive", "Engineer", "unnamed"), R("People want to drive,", "Engineer", "unnamed", mention="he")],
    ),
    # "the striker" is not the last speaker when the text made that one the coach: the
    # person the sentence before is about, who holds no other role, is.
    "a-role-the-last-speaker-does-not-hold-goes-to-the-one-before": (
        "Kwame Mensah scored twice as Accra United won 3-1.\n\n"
        '"We played their game," Accra coach Yaw Boateng said afterwards.\n\n'
        "Mensah, 22, now has nine goals in the competition.\n\n"
        '"I just want to win trophies for this club," the striker said.',
        [R("We played their game,", "Yaw Boateng"), R("I just want to win trophies for this club,", "Kwame Mensah")],
    ),
    "the-leader-may-be-the-president-the-story-is-about": (
        'President Ilse Marten opened the summit. "We will act," the leader said.',
        [R("We will act,", "Ilse Marten")],
    ),
    "his-coach-per-name-is-the-coach": (
        "Bjorn Eriksen crashed in training. His coach, Per Amundsen, said Eriksen would race on Sunday.",
        [R("Eriksen would race on Sunday", "Per Amundsen", "person", role="coach")],
    ),
    # a public body's ending ("Watchdog") on a name the model leaves untagged, read as a noun:
    # still a body, which "the watchdog" points back to
    "untagged-body-ending-in-watchdog": (
        "The Consumer Fairness Watchdog opened an inquiry into broadband prices on Monday. "
        "The watchdog said it had received 2,000 complaints.",
        [R("it had received 2,000 complaints", "Consumer Fairness Watchdog", "organization")],
    ),
    # "Insurance" ends a company's name, never a person's: "the insurer" points back to it
    "untagged-insurer-name": (
        "Aldergate Insurance rejected the claim. The insurer said the policy did not cover flooding.",
        [R("the policy did not cover flooding", "Aldergate Insurance", "organization")],
    ),
    # a utility's name the model tags a person: its spokesperson speaks for the body
    # "The Rev" in front of a name tagged ORG: the article opens the title, the rest is him
    "the-rev-name-tagged-a-body-is-a-person": (
        "The Rev Nathaniel Oduya leads St Mark's church. Mr Oduya said repairs would cost money.",
        [R("repairs would cost money", "Nathaniel Oduya", "person")],
    ),
    # "Tech" ends a company's name: its first word alone later is the company, not a person
    "company-ending-in-tech-shortened": (
        "The European Commission fined Lumara Tech on Monday. Lumara said it would appeal.",
        [R("it would appeal", "Lumara Tech", "organization")],
    ),
    # a clear first name and a surname tagged a nationality (NORP) is a person: the
    # interview's answer is hers
    "name-tagged-norp-is-the-interviewee": (
        "Marguerite Oyelaran won the poetry prize on Thursday.\n\nQ: How did you start?\n\n"
        "A: I wrote on the backs of bus tickets for years.",
        [R("I wrote on the backs of bus tickets", "Marguerite Oyelaran", "person")],
    ),
    # a judge's courtesy and office titles ("Lady Justice", "Mr Justice") are no person
    # of their own, a judge's name tagged a body is a person's, and the courtesy title
    # gives the judge's gender over the office title
    "judicial-titles-before-a-surname": (
        'Lady Justice Carrow dismissed the claim brought by the tenants.\n\n'
        '"The landlord acted lawfully throughout," she wrote.',
        [R("The landlord acted lawfully throughout,", "Carrow", "person")],
    ),
    "judicial-titles-tell-which-judge-wrote": (
        'Lord Justice Pemberton and Lady Justice Hale heard the tenants\' appeal.\n\n'
        '"The landlord acted lawfully throughout," she wrote.',
        [R("The landlord acted lawfully throughout,", "Hale", "person")],
    ),
    # a mention the parser runs on into a "whose" clause: the name inside the clause
    # (the son) describes the speaker, who is named before the comma
    "name-in-a-whose-clause-is-not-the-speaker": (
        "At a community centre two blocks away, relatives waited for news. Marta Lindqvist, "
        "whose 23-year-old son Oskar works as a cashier at the bank, said she had received a "
        "text message from him at about noon.",
        [R("she had received a text message from him at about noon", "Marta Lindqvist", "person")],
    ),
    # "Her nephew said" is the one introduced as "her nephew, Colin Marsh" a few
    # paragraphs before, though a neighbour spoke in between
    "possessive-kin-description-is-the-kin-introduced": (
        "The news was announced by her nephew, Colin Marsh, who said she died peacefully.\n\n"
        "A neighbour, Ruth Dale, said she had been kind.\n\n"
        "Her nephew said she had never thought of herself as a pioneer.",
        [R("she had never thought of herself as a pioneer", "Colin Marsh", "person")],
    ),
    # "his nephew" is no one introduced as "her nephew": a nephew nobody names (README:
    # a role no named person holds is an unnamed speaker; res65 made bare kin so)
    "possessive-kin-description-of-another-gender": (
        "The news was announced by her nephew, Colin Marsh, who said she died peacefully.\n\n"
        "His nephew said he had never thought of himself as a pioneer.",
        [R("he had never thought of himself as a pioneer", "Nephew", "unnamed")],
    ),
    # a name after a noun for a kind of body is a body's, though tagged a place
    # (Halden) or a person (Brisby): "the company" goes back to it
    "company-tagged-a-place-after-maker": (
        "The kitchen appliance maker Halden has recalled 400,000 electric kettles after "
        "reports that the lid can fly open.\n\nThe company said it had received 37 reports of the fault.",
        [R("it had received 37 reports of the fault", "Halden", "organization")],
    ),
    "company-tagged-a-person-after-maker": (
        "The kitchen appliance maker Brisby has recalled 400,000 electric kettles after "
        "reports that the lid can fly open.\n\nThe company said it had received 37 reports of the fault.",
        [R("it had received 37 reports of the fault", "Brisby", "organization")],
    ),
    # a body named by a word and a country's acronym, of which the tagger took only the
    # acronym: the body, not the country (and not filed with every other "UK" body)
    "body-named-with-a-country-acronym": (
        "Energy UK, which represents the suppliers, said in a statement that prices would fall in April.",
        [R("prices would fall in April", "Energy UK", "organization")],
    ),
    # a body's name of capitalised words joined by a small word, of which the tagger
    # took only the last word: the whole name, not its first word
    "body-name-joined-by-a-small-word": (
        "The consumer charity Safe at Home said manufacturers were too slow to act on early reports.",
        [R("manufacturers were too slow to act on early reports", "Safe at Home", "organization")],
    ),
    # a name the model tags a person, in apposition after the body a role is at: the
    # describee's, though the name data knows no Korean first name
    "person-tagged-name-after-the-body-of-a-role": (
        "An analyst at the Asan Institute, Dr Lee Soo-jin, said the agreement was significant "
        "because it was the first time China had accepted joint monitoring.",
        [R("the agreement was significant because it was the first time China had accepted joint monitoring",
           "Lee Soo-jin", "person")],
    ),
    # "-man" is an agent ending as "-er" is: "A fisherman from Incheon, NAME" names him
    "fisherman-from-a-place-then-name": (
        "A fisherman from Incheon, Kim Min-seo, said he had lost nets worth 30 million won last year.",
        [R("he had lost nets worth 30 million won last year", "Kim Min-seo", "person")],
    ),
    "spokesperson-for-a-body-tagged-a-person": (
        "A spokesperson for Greyhollow Water said the leak had been fixed.",
        [R("the leak had been fixed", "Greyhollow Water", "organization")],
    ),
    # no-break spaces after the comma and inside the name: each is a token of its own,
    # between the first name and the surname the parser hung on the role
    "name-in-apposition-written-with-no-break-spaces": (
        "\u201cWe are delighted,\u201d said the chairman,\u00a0Ivo\u00a0Marek.",
        [R("We are delighted,", "Ivo Marek", "person")],
    ),
    # the "its" belongs to "the alliance", subject of the reported clause, not to the
    # one-word name the model tagged a body: the "she" after is that name's
    "its-of-the-reported-subject-does-not-make-the-speaker-a-body": (
        "Anand said the alliance would increase its presence in the Baltic. "
        "\u201cWe are not going to be intimidated,\u201d she said.",
        [R("We are not going to be intimidated,", "Anand", "person", "she")],
    ),
    # a role written as an acronym no list holds, set off by a comma before a name the
    # model tags a person: the role is that person's, not a body called "CFO"
    "acronym-role-before-a-name-in-apposition-after-the-cue": (
        "\u201cMargins will recover,\u201d said the CFO, Raj Malhotra.",
        [R("Margins will recover,", "Raj Malhotra", "person")],
    ),
    "acronym-role-before-a-name-in-apposition-as-subject": (
        "The local MLA, Ravi Shankar Gowda, said the road would be repaired.",
        [R("the road would be repaired", "Ravi Shankar Gowda", "person")],
    ),
    # A one-word name compounded onto "spokesman" is whom he speaks for, never the speaker.
    "one-word-body-tagged-a-person-before-spokesman-is-the-body": (
        "Two men were arrested after a robbery in Tralee. A Garda spokesman said inquiries were continuing.",
        [R("inquiries were continuing", "Garda", "organization", mention="A Garda spokesman")],
    ),
    "untagged-two-word-body-before-spokeswoman-is-the-body": (
        "A Met Police spokeswoman said the constable had been suspended.",
        [R("the constable had been suspended", "Met Police", "organization")],
    ),
    "person-named-before-compounded-onto-spokesman-stays-unnamed": (
        "Ines Calloway did not attend the hearing. A Calloway spokesman said she was ill.",
        [R("she was ill", "Spokesman", "unnamed")],
    ),
    # one of a named body's staff (not its spokesperson) is an unnamed speaker whose role
    # keeps the body: not the body's own words, nor nobody
    "staff-of-a-named-body-after-the-cue-is-unnamed-with-the-body-in-the-role": (
        "\u201cThe fog will lift by noon,\u201d said a Met \u00c9ireann forecaster.",
        [R("The fog will lift by noon,", "Forecaster", "unnamed", role="Met \u00c9ireann forecaster")],
    ),
    "staff-of-a-named-body-with-a-trade-word-is-unnamed": (
        "The storm will pass overnight, a BBC weather presenter said.",
        [R("The storm will pass overnight", "Presenter", "unnamed", role="BBC weather presenter")],
    ),
    # an exclamation the parser reads as the subject of the inverted verb after it, the
    # speaker as its object: still the quote's cue, the name in apposition its speaker
    "exclamation-read-as-subject-of-an-inverted-cue-keeps-the-named-object": (
        "The hearing resumed at ten. \u201cSilence!\u201d shouted the judge, Harriet Ames.",
        [R("Silence!", "Harriet Ames", "person", role="judge")],
    ),
    "listed-unnamed-word-after-a-named-body-keeps-the-body-in-the-role": (
        "Prices have gone up again, a Tesco worker said.",
        [R("Prices have gone up again", "Worker", "unnamed", role="Tesco worker")],
    ),
    # a role word no title list holds, then a name opening on a clear first name the
    # model tags a building: the person, not an unnamed "Aide"
    "unlisted-role-before-a-clear-name-tagged-a-building-is-the-person": (
        "The plan failed, the former aide, Bethany Croft, said.",
        [R("The plan failed", "Bethany Croft", "person", role="aide")],
    ),
    # a Gaelic surname written apart, tagged only from its second word: "Mac" and the
    # first name before it are the person's, and the later surname is that person
    "gaelic-surname-opener-left-out-of-the-entity-stays-in-the-name": (
        "Se\u00e1n Mac Giolla Ph\u00e1draig teaches Irish in Galway. "
        "\u201cThe language is alive,\u201d Mac Giolla Ph\u00e1draig said.",
        [R("The language is alive,", "Se\u00e1n Mac Giolla Ph\u00e1draig", "person")],
    ),
    # "the vicar" points back to the one titled "The Rev", as "the senator" does to "Sen."
    "the-vicar-is-the-reverend-named-before": (
        "The Rev Alun Pritchard has led the parish for twenty years. The vicar said the roof needed urgent repair.",
        [R("the roof needed urgent repair", "Alun Pritchard", "person")],
    ),
    # initials and a surname tagged a body are a person's name, unless the text shows a firm
    "initials-name-tagged-a-body-is-a-person": (
        "Clinic\n\nJ.K. Rowling donated money to a clinic.\n\n\u201cResearch matters,\u201d J.K. Rowling said.",
        [R("Research matters,", "J.K. Rowling", "person")],
    ),
    "a-country-s-initials-before-a-body-word-are-no-person": (
        "News\n\nThe U.S. Senate passed the bill. \u201cIt is historic,\u201d the U.S. Senate said.",
        [R("It is historic,", "U.S. Senate", "organization")],
    ),
    # two surnames after a clear first name: "Lucía" is no epithet to drop
    "two-surnames-after-a-first-name-are-her-full-name": (
        "Nurses\n\nLucía Ortega Ruiz, a nurse in Madrid, joined the protest.\n\n"
        "\u201cWe are exhausted,\u201d Ortega Ruiz said.",
        [R("We are exhausted,", "Lucía Ortega Ruiz", "person")],
    ),
    # a Gaelic surname opener common as a given name ("Mac") still opens the surname
    "gaelic-surname-opener-after-a-first-name-is-the-surname": (
        "Irish language\n\nSeán Mac Giolla teaches Irish in Galway. "
        "\u201cThe language is alive,\u201d Mac Giolla said.",
        [R("The language is alive,", "Seán Mac Giolla", "person")],
    ),
    # two subjects parsed for one verb, a description and the name: the name is the topic
    "pronoun-after-a-description-and-a-name-both-parsed-subjects": (
        "Taxi fares\n\nKim Ji-hoon, a taxi driver in Seoul, says fares have not risen.\n\n"
        "\u201cI drive fourteen hours a day,\u201d Kim said.\n\nAnother driver, Kim Soo-min, joined the protest."
        "\n\n\u201cWe are exhausted,\u201d she said.",
        [R("We are exhausted,", "Kim Soo-min", "person")],
    ),
    # The parser makes "Outside court" the subject; the role in apposition names the speaker.
    "solicitor-in-apposition-after-a-place-subject": (
        "Dorian Fenwick, 44, was jailed for six years. Outside court, Fenwick's solicitor, "
        "Anthony Grey, said his client would appeal.",
        [R("his client would appeal", "Anthony Grey", "person")],
    ),
    # a one-word name after a listed role ("striker", read or not as a noun) is a
    # footballer's, though the model tags it a body here and where the story repeats it
    "one-word-name-after-a-role-noun-is-a-person": (
        "Chilean striker Marquinho scored the winner.\n\n\u201cIt was for my father,\u201d Marquinho said.",
        [R("It was for my father,", "Marquinho", "person")],
    ),
    # tagged a person after the role and a body at the cue: still the singer
    "one-word-name-after-a-role-noun-then-tagged-a-body": (
        "The singer Taviana released a new album. \u201cIt is my best work,\u201d Taviana said.",
        [R("It is my best work,", "Taviana", "person")],
    ),
    # a name set off by "the" and a noun for a kind of body is that body's, untagged or
    # tagged a person; "a shipping-supplies manufacturer" describes a person
    "name-described-as-a-body-in-apposition-is-the-body": (
        "Trivello, the ride-hailing app, said its drivers were self-employed. Ostwald "
        "Kesselbau, the engineering company, said it would cut jobs. Harriet Lum, a cheese "
        "manufacturer, said milk was dear.",
        [
            R("its drivers were self-employed", "Trivello", "organization"),
            R("it would cut jobs", "Ostwald Kesselbau", "organization"),
            R("milk was dear", "Harriet Lum", "person"),
        ],
    ),
    # "Mrs." with the surname of the one man named is his wife, whom the sentence
    # naming him calls by her first name; "Mr." is still him
    "courtesy-title-of-the-other-gender-is-the-spouse-named-beside": (
        "Anselm Drogba and his wife, Mireille, run a bakery in Lyon.\n\n\u201cFlour costs "
        "double,\u201d Mr. Drogba said.\n\nMrs. Drogba said customers were buying less.",
        [
            R("Flour costs double,", "Anselm Drogba", "person"),
            R("customers were buying less", "Mireille Drogba", "person"),
        ],
    ),
    # an untagged name whose surname opens on a particle hyphened to it is one name,
    # which the later bare surname shortens
    "particle-hyphened-to-the-surname-inside-an-untagged-name": (
        "Oil\n\nYousef al-Harbi, the oil minister, said output would stay flat.\n\n"
        "\u201cThe market is balanced,\u201d al-Harbi said.",
        [
            R("output would stay flat", "Yousef al-Harbi", "person"),
            R("The market is balanced,", "Yousef al-Harbi", "person"),
        ],
    ),
    # the first half of a hyphenated given name the model leaves outside the person
    "first-half-of-a-hyphenated-given-name-before-a-particle": (
        "Jan-Willem van Oosterhout grows tulips near Lisse.\n\n\u201cThe frost killed half the "
        "bulbs,\u201d Van Oosterhout said.",
        [R("The frost killed half the bulbs,", "Jan-Willem van Oosterhout", "person")],
    ),
    # "den" parsed as the head of a clause with "van" its subject: still the name's
    "particle-parsed-as-a-clause-inside-a-name-after-a-quote": (
        "\u201cThe docks will grow,\u201d Mr. van den Hoek said.",
        [R("The docks will grow,", "van den Hoek", "person", mention="Mr. van den Hoek")],
    ),
    # a surname with its particles, its bearer named in full only later
    # British abbreviated ranks and clerical titles without full stops before a surname
    # the story named in full: the title is no part of the name
    "abbreviated-military-rank-without-full-stops": (
        "Lieutenant Colonel Oswin Tarrant leads the sappers.\n\n\u201cThe span will hold,\u201d "
        "Lt Col Tarrant said.",
        [R("The span will hold,", "Oswin Tarrant", "person")],
    ),
    "abbreviated-clerical-title": (
        "Father Colm Brannigan has served the parish since 1990.\n\n\u201cThe bells are "
        "cracked,\u201d Fr Brannigan said.",
        [R("The bells are cracked,", "Colm Brannigan", "person")],
    ),
    "abbreviated-naval-rank": (
        "Commander Petronella Vance took command of the frigate in May.\n\n\u201cThe crew is "
        "ready,\u201d Cdr Vance said.",
        [R("The crew is ready,", "Petronella Vance", "person")],
    ),
    "abbreviated-army-rank-brigadier": (
        "Brigadier Hamish Drummond-Leith briefed the press.\n\n\u201cWe leave in March,\u201d "
        "Brig Drummond-Leith said.",
        [R("We leave in March,", "Hamish Drummond-Leith", "person")],
    ),
    # under a one-word heading the model tags only the company bought: the buyer, a
    # subject whose name ends in a company word, is the company that speaks after
    "company-that-buys-under-a-heading": (
        "Merger\n\nCorvallis Foods agreed to buy Pennick Crisps for $3 billion.\n\n\u201cThe deal "
        "doubles our size,\u201d the company said.",
        [R("The deal doubles our size,", "Corvallis Foods", "organization")],
    ),
    "mining-company-that-buys-under-a-heading": (
        "Copper\n\nHalberd Mining agreed to buy Skerne Metals on Monday.\n\n\u201cWe will keep every "
        "mine open,\u201d the company said.",
        [R("We will keep every mine open,", "Halberd Mining", "organization")],
    ),
    # a word inside a long name that the person goes by ("Lula" of "Luiz Inacio Lula da
    # Silva"), used alone later, is that person
    "name-gone-by-inside-a-long-name": (
        "The miners' leader Raimundo Dodô Ferreira dos Santos called off the strike.\n\n\u201cWe "
        "won,\u201d Dodô said.",
        [R("We won,", "Raimundo Dodô Ferreira dos Santos", "person")],
    ),
    "name-gone-by-inside-a-long-name-second": (
        "Brazil's president, Luiz Inácio Lula da Silva, flew to Lagos on Tuesday.\n\n\u201cAfrica "
        "is our neighbour,\u201d Lula said.",
        [R("Africa is our neighbour,", "Luiz Inácio Lula da Silva", "person")],
    ),
    # "al" and "Ketbi" parsed as two subjects of "said": one hyphenated word, one mention
    "hyphen-glued-surname-parsed-as-two-subjects": (
        "Sheikh Nahyan bin Saif al-Remeithi said the field would power 90,000 homes.\n\n\u201cThis is "
        "only the first phase,\u201d al-Remeithi said.",
        [R("This is only the first phase,", "Nahyan bin Saif al-Remeithi", "person", mention="al-Remeithi")],
    ),
    # first name and surname both tagged places, an age after them: a person
    "name-tagged-two-places-before-an-age": (
        "Dallas Okwuosa, 44, said the train was late again.\n\n\u201cWe wait an hour every "
        "day,\u201d Okwuosa said.",
        [R("the train was late again", "Dallas Okwuosa", "person"),
         R("We wait an hour every day,", "Dallas Okwuosa", "person")],
    ),
    # a transcript label in capitals with a title before the surname named in full above
    "capitals-transcript-label-with-a-title": (
        "Dr Chiamaka Obiora-Lutz has studied sleep for years.\n\nINTERVIEWER: How much sleep do "
        "children need?\n\nDR OBIORA-LUTZ: Ten hours at least.",
        [R("Ten hours at least.", "Chiamaka Obiora-Lutz", "person")],
    ),
    "capitals-transcript-label-with-an-abbreviated-title": (
        "Professor Halvard Eikrem leads the study.\n\nINTERVIEWER: Is the ice melting?\n\nPROF "
        "EIKREM: Faster than we thought.",
        [R("Faster than we thought.", "Halvard Eikrem", "person")],
    ),
    # the name someone goes by, given in a relative clause of naming after the full name
    "whom-everyone-calls": (
        "The former striker Edmilson Carvalho Prates, whom everyone calls Mil, coaches children."
        "\n\n\u201cFootball saved me,\u201d Mil said.",
        [R("Football saved me,", "Edmilson Carvalho Prates", "person")],
    ),
    "who-friends-call": (
        "Bartholomew Osterhage, who friends call Bim, runs the shop.\n\n\u201cWe never close,\u201d "
        "Bim said.",
        [R("We never close,", "Bartholomew Osterhage", "person")],
    ),
    # transcript labels of a title and a surname, nobody named in full: persons
    "titled-capitals-labels-with-no-full-names": (
        "The exchange was recorded by the clerk.\n\nCOUNCILLOR TREMAYNE: The budget is a "
        "fantasy.\n\nCOUNCILLOR ASKEW: It is the only budget we have.",
        [R("The budget is a fantasy.", "Tremayne", "person"),
         R("It is the only budget we have.", "Askew", "person")],
    ),
    # "his lawyer": the one lawyer the text named, for its one possible client
    "his-lawyer-is-the-lawyer-named": (
        "Osric Pendleford hired the lawyer Marguerite Oyelaran in May.\n\nHis lawyer said the "
        "charges were baseless.",
        [R("the charges were baseless", "Marguerite Oyelaran", "person")],
    ),
    # two men who may be the client: "his lawyer" may be the other one's, unnamed
    "his-lawyer-with-two-possible-clients": (
        "Osric Pendleford hired the lawyer Marguerite Oyelaran-Voss. Tobias Kell was also "
        "charged.\n\nHis lawyer said the charges were baseless.",
        [R("the charges were baseless", ANY, "unnamed")],
    ),
    # under a one-word heading the model tags only "al-Qassimi" (a body): a name built
    # with "bin" is one person's whole name
    "patronymic-name-under-a-heading": (
        "Port\n\nSheikh Rashed bin Humaid al-Qassimi opened the port on Sunday.\n\n\u201cThis "
        "port will feed the region,\u201d Sheikh Rashed said.",
        [R("This port will feed the region,", "Rashed bin Humaid al-Qassimi", "person")],
    ),
    # a husband named only as "Mr Pettifer": "Mrs Pettifer" is his wife named beside him,
    # and a later "Mr Pettifer" is him again
    "wife-of-a-husband-named-by-courtesy-title-only": (
        "Mr. Pettifer and his wife, Ruth, have run the shop since 1980.\n\n\u201cWe will "
        "not sell,\u201d Mrs. Pettifer said.\n\n\u201cNever,\u201d Mr. Pettifer said.",
        [R("We will not sell,", "Ruth Pettifer", "person"), R("Never,", "Pettifer", "person")],
    ),
    # "is represented by": the one who represents a person is their counsel
    "his-lawyer-is-who-represents-him": (
        "Ewart Blenkinsop denies fraud. He is represented by Philomena Adjei-Brook.\n\nHis "
        "lawyer said the accounts were in order.",
        [R("the accounts were in order", "Philomena Adjei-Brook", "person")],
    ),
    "her-solicitor-is-who-represents-her": (
        "Lavinia Crowhurst-Peel was charged in March. Crowhurst-Peel is represented by Ignatius "
        "Mabuza.\n\n\u201cShe will plead not guilty,\u201d her solicitor said.",
        [R("She will plead not guilty,", "Ignatius Mabuza", "person")],
    ),
    # a place represented: its member, no counsel of the man named before
    "a-constituency-represented-has-no-counsel": (
        "Ewart Blenkinsop was charged on Monday. Northumberland is represented by Philomena "
        "Adjei-Brook.\n\nHis lawyer said the charges were false.",
        [R("the charges were false", ANY, "unnamed")],
    ),
    # the model compounds the hyphened half of a surname onto a verb read as a noun
    "hyphened-surname-before-a-verb-read-as-a-noun": (
        "Professor Lindiwe Mabhena-Frost studies coral off the coast of Kenya.\n\n\u201cThe reef is "
        "older than we thought,\u201d Mabhena-Frost said.",
        [R("The reef is older than we thought,", "Lindiwe Mabhena-Frost", "person")],
    ),
    # a name given with a birth name is a person's, though the model tags it a body
    "name-with-nee-tagged-a-body-is-a-person": (
        "Hyacinth Macallister (n\u00e9e Owusu) won gold in 1992.\n\n\u201cI still have the "
        "medal,\u201d Macallister said.",
        [R("I still have the medal,", "Hyacinth Macallister", "person")],
    ),
    # an informal kin word, read as a modifier of the name after it: still a person
    "informal-kin-word-before-a-first-name": (
        "Little Ellie-May Brockhurst has learnt to walk again.\n\n\u201cShe is a fighter,\u201d "
        "said the tot's gran Maxine.",
        [R("She is a fighter,", "Maxine", "person")],
    ),
    # long Portuguese / Spanish names the model splits
    "portuguese-name-with-do-read-as-a-verb": (
        "The airline's new chairwoman, Maria do Rosário Figueiredo Lacerda, met the unions.\n\n"
        "\u201cNobody will lose their job,\u201d Lacerda said.",
        [R("Nobody will lose their job,", "Maria do Rosário Figueiredo Lacerda", "person")],
    ),
    # ... but "do" after a modal or a verb of letting, making or watching is the English verb
    "first-name-then-do-after-a-verb-of-watching": (
        "Anna Berg watched Maria do Pilates at the club on Sunday.\n\n\u201cI loved it,\u201d Maria said.",
        [R("I loved it,", "Maria", "person")],
    ),
    "first-name-then-do-after-let": (
        "Carla Mendes let Sofia do Zumba in the hall.\n\n\u201cIt was fun,\u201d Sofia said.",
        [R("It was fun,", "Sofia", "person")],
    ),
    "first-name-then-do-after-a-modal": (
        "Can Sofia do Pilates every week? \u201cI hope so,\u201d Sofia said.",
        [R("I hope so,", "Sofia", "person")],
    ),
    "portuguese-name-with-do-after-a-verb-of-seeing": (
        "Voters saw Maria do Rosário Lacerda at the rally.\n\n\u201cWe will win,\u201d Lacerda said.",
        [R("We will win,", "Maria do Rosário Lacerda", "person")],
    ),
    "spanish-name-cut-after-de-la": (
        "The Colombian senator Gloria Inés Cárdenas de la Roche Uribe opposed the reform.\n\n"
        "\u201cIt hurts the farmers,\u201d the senator said.",
        [R("It hurts the farmers,", "Gloria Inés Cárdenas de la Roche Uribe", "person")],
    ),
    "four-word-name-tagged-as-two-people": (
        "The dockers' leader Severino Tonho Queiroga Bastos stopped the cranes on Friday.\n\n"
        "\u201cWe stay out until we are paid,\u201d Tonho said.",
        [R("We stay out until we are paid,", "Severino Tonho Queiroga Bastos", "person")],
    ),
    "long-spanish-name-tagged-as-two-people": (
        "The Colombian senator Luisa Fernanda Arango de la Peña Restrepo opposed the reform.\n\n"
        "\u201cIt hurts the farmers,\u201d the senator said.",
        [R("It hurts the farmers,", "Luisa Fernanda Arango de la Peña Restrepo", "person")],
    ),
    "particled-surname-named-in-full-after-the-quote": (
        "\u201cSales are up,\u201d Mr. van der Linde said.\n\nPieter van der Linde has run the shop "
        "since 2019.",
        [R("Sales are up,", "Pieter van der Linde", "person")],
    ),
    # res53: an inverted cue before a long name the model tags only up to "do"
    "inverted-cue-before-a-long-portuguese-name": (
        "\u201cThe mangroves are gone,\u201d said Maria do Carmo Quintela Brandolim, who has "
        "gathered crabs there since 1990.",
        [R("The mangroves are gone,", "Maria do Carmo Quintela Brandolim", "person")],
    ),
    # Mr + surname after a woman of that surname (a clearly female first name): not her
    "mr-surname-after-a-clearly-female-bearer": (
        "Philippa Wetherill-Knox and her brother run the mill.\n\n\u201cFlour prices are "
        "mad,\u201d Mr Wetherill-Knox said.",
        [R("Flour prices are mad,", "Wetherill-Knox", "person")],
    ),
    # ... but a woman named by her husband's name under the same title is that bearer
    "mrs-and-her-husbands-full-name": (
        "Mrs Edmund Carrowfield, widow of the former vicar, judged the show.\n\n\u201cThe "
        "marrows were superb,\u201d Mrs Carrowfield said.",
        [R("The marrows were superb,", "Edmund Carrowfield", "person")],
    ),
    # ... but a family name first: "Kim" is no given name here
    "mr-family-name-first": (
        "Kim Tae-yang, the club's new manager, arrived on Monday.\n\n\u201cWe will press "
        "high,\u201d Mr Kim said.",
        [R("We will press high,", "Kim Tae-yang", "person")],
    ),
    # ... and a first name many men bear too is no evidence ("Lindsey")
    "mr-surname-after-a-mixed-first-name": (
        "Senator Lindsey Okereke-Dale criticised the plan.\n\n\u201cIt is reckless,\u201d "
        "Mr. Okereke-Dale said.",
        [R("It is reckless,", "Lindsey Okereke-Dale", "person")],
    ),
    # other languages' courtesy titles
    "monsieur-surname": (
        "Thibault Marchetti-Roux has made cheese in the Jura since 1975.\n\n\u201cThe "
        "cows know the way,\u201d Monsieur Marchetti-Roux said.",
        [R("The cows know the way,", "Thibault Marchetti-Roux", "person")],
    ),
    "signora-surname": (
        "Ornella Bevilacqua-Sardi runs the last bookshop in the town.\n\n\u201cPeople "
        "still read,\u201d Signora Bevilacqua-Sardi said.",
        [R("People still read,", "Ornella Bevilacqua-Sardi", "person")],
    ),
    # an apostrophe inside a hyphenated surname
    "apostrophe-in-a-hyphenated-surname": (
        "Anjali D'Mello-Rao, the school's head, resigned.\n\n\u201cThe budget is "
        "fiction,\u201d D'Mello-Rao said.",
        [R("The budget is fiction,", "Anjali D'Mello-Rao", "person")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


def test_a_parents_name_after_bin_is_not_the_bearer(nlp) -> None:
    """ "Mansour bin Khalifa al-Remeithi ... Khalifa said": the word after "bin" names his
    father, so a bare "Khalifa" is not him (a word inside a long name otherwise is)."""
    text = (
        "Sheikh Tahnoun bin Saqr al-Marri opened the port.\n\n\u201cThe port is ready,\u201d "
        "Saqr said."
    )
    q = find(run(nlp, text), "The port is ready,")
    assert q.speaker != "Tahnoun bin Saqr al-Marri", show([q])


def test_a_defined_acronym_speaks_under_it_and_is_indexed_under_the_definition(nlp) -> None:
    """ "the Pellham Water Board (PWB) ... the PWB said": the speaker is the acronym the
    article goes on to use, and the speaker index gets the definition (another article's
    "PWB" may be another body); where the mention writes the full name out, the full name."""
    from quotes.models import index_name

    quotes = run(
        nlp,
        "Water news\n\nThe Pellham Water Board (PWB) met on Monday.\n\n"
        "\u201cPrices will rise,\u201d the PWB said.\n\n"
        "\u201cPipes will be replaced,\u201d the Pellham Water Board said.",
    )
    acronym, written = find(quotes, "Prices will rise,"), find(quotes, "Pipes will be replaced,")
    assert (acronym.speaker, written.speaker) == ("PWB", "PWB"), show(quotes)
    assert index_name(acronym) == "Pellham Water Board (PWB)"
    assert index_name(written) == "Pellham Water Board"


def test_a_word_acronym_defined_under_a_headline_is_the_body(nlp) -> None:
    """Under a headline the model may tag "The Food Standards Directorate (Fosdir" a work
    of art; a name defining its acronym is still a body, and the acronym speaks as it."""
    quotes = run(
        nlp,
        "Sausage recall\n\nThe Food Standards Directorate (Fosdir) recalled the sausages.\n\n"
        "\u201cThe batch contains glass,\u201d Fosdir said.",
    )
    said = find(quotes, "The batch contains glass,")
    assert (said.speaker, said.speaker_kind) == ("Fosdir", "organization"), show(quotes)


def test_a_one_word_heading_is_no_body_a_description_points_back_to(nlp) -> None:
    # "Profits" alone on the first line is a heading (the text writes "profits" as a
    # common noun), though the model tags it a body: "the company" is not "Profits".
    text = 'Profits\n\nHollins Bakeries said profits had fallen after the recall.\n\n"It has been a difficult year," the company said.'
    q = find(run(nlp, text), "It has been a difficult year,")
    assert q.speaker != "Profits", show([q])


@pytest.mark.parametrize(
    ("heading", "verb"),
    [("Recall", "recalled"), ("Return", "returned"), ("Ban", "bans")],
)
def test_a_one_word_heading_the_text_inflects_is_no_body(nlp, heading: str, verb: str) -> None:
    # "Recall" alone on the first line, "recalled" in lower case below: the heading is a
    # common word the text writes inflected, not the company "the company" points back to
    text = (
        f"{heading}\n\nHalvorsen Appliances {verb} 20,000 kettles on Friday.\n\n"
        '"Safety comes first," the company said in a statement.'
    )
    q = find(run(nlp, text), "Safety comes first,")
    assert q.speaker != heading, show([q])


def test_unnamed_group_name_is_not_a_person(nlp) -> None:
    text = "Diplomats said the talks would resume next week. Officials said the ferry was late."
    quotes = run(nlp, text)
    assert quotes, show(quotes)
    assert all(q.speaker_kind == "unnamed" for q in quotes), show(quotes)


def test_columnist_i_is_the_byline_author(nlp) -> None:
    text = (
        "The harbour board voted on Tuesday to close the northern pier. "
        "I argued last spring that the pier could be saved for a fraction of the cost."
    )
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    q = find(doc._.quotes, "the pier could be saved for a fraction of the cost")
    assert q.speaker == "Greta Holm" and q.speaker_kind == "person", show(doc._.quotes)
    # Without a byline, or with a desk or two authors, "I" stays unresolved.
    for author in (None, "Harbour Gazette Staff", "Greta Holm and Lars Quist"):
        doc = nlp(pipeline.make_doc(nlp, text, author=author))
        q = find(doc._.quotes, "the pier could be saved for a fraction of the cost")
        assert q.speaker is None, (author, show(doc._.quotes))


def test_columnist_i_is_the_by_line_of_a_plain_text_column(nlp) -> None:
    # A plain-text column with no byline in its metadata: its "By Greta Holm" line at
    # the top names the writer of its "I"; a line naming two authors names nobody.
    body = (
        "The harbour board voted on Tuesday to close the northern pier. "
        "I argued last spring that the pier could be saved for a fraction of the cost."
    )
    quotes = run(nlp, "Save the pier\n\nBy Greta Holm\n\n" + body)
    q = find(quotes, "the pier could be saved for a fraction of the cost")
    assert q.speaker == "Greta Holm" and q.speaker_kind == "person", show(quotes)
    quotes = run(nlp, "Save the pier\n\nBy Greta Holm and Lars Quist\n\n" + body)
    assert find(quotes, "the pier could be saved for a fraction of the cost").speaker is None, show(quotes)


def test_columnist_my_view_is_the_byline_author(nlp) -> None:
    # "In my view, ...": the possessive first person of a column is its writer too.
    text = "The harbour board met on Tuesday. In my view, the board has lost its way."
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    q = find(doc._.quotes, "the board has lost its way")
    assert q.speaker == "Greta Holm" and q.speaker_kind == "person", show(doc._.quotes)
    doc = nlp(pipeline.make_doc(nlp, text))
    q = find(doc._.quotes, "the board has lost its way")
    assert q.speaker is None, show(doc._.quotes)


def test_columnist_we_is_the_byline_author_not_the_group_before(nlp) -> None:
    # "Officials said ... We believe": outside quotes the "we" of a column is its writer.
    text = "Officials said the debates were too few. We believe six debates are enough."
    doc = nlp(pipeline.make_doc(nlp, text, author="By Mirela Sand"))
    q = find(doc._.quotes, "six debates are enough")
    assert q.speaker == "Mirela Sand", show(doc._.quotes)


def test_i_in_a_labelled_headline_is_the_label(nlp) -> None:
    # "Name: I ..." is a headline quoting Name: the "I" is Name, not the byline.
    text = "Harbour news.\nMaria Okafor: I support the new ferry timetable\nThe harbour master spoke on Monday."
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    q = find(doc._.quotes, "the new ferry timetable")
    assert q.speaker == "Maria Okafor", show(doc._.quotes)


def test_i_in_a_transcript_line_is_the_labelled_host(nlp) -> None:
    # A transcript's capitalised labels: "LENA VOSS:" opens it and "VOSS:" later is her,
    # so the "I" of her line is Lena Voss, not the writer of the byline.
    text = (
        "Partial transcript as follows:\n\n"
        "LENA VOSS: The governor joins us now from the capital.\n\n"
        "VOSS: Governor, I think many voters doubt the harbour plan will work.\n\n"
        "Harbour news continues below."
    )
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    q = find(doc._.quotes, "many voters doubt the harbour plan will work")
    assert q.speaker == "Lena Voss", show(doc._.quotes)
    # The turns themselves, labelled in capitals the parser tags as no one, are hers too.
    q = find(doc._.quotes, "The governor joins us now from the capital.")
    assert (q.type, q.speaker) == ("direct", "Lena Voss"), show(doc._.quotes)


def test_i_of_an_answer_line_is_not_the_byline(nlp) -> None:
    # "A:" is the one interviewed: their "I" is not the interviewer of the byline.
    text = (
        "Q: What did you find when you came home?\n\n"
        "A: I think the neighbours had already called the harbour police.\n\n"
        "UPDATE: I believe the harbour police have since closed the case."
    )
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    q = find(doc._.quotes, "the neighbours had already called the harbour police")
    assert q.speaker != "Greta Holm", show(doc._.quotes)
    # A writer's own note is still the writer.
    q = find(doc._.quotes, "the harbour police have since closed the case")
    assert q.speaker == "Greta Holm", show(doc._.quotes)


def test_i_in_a_headline_label_with_an_ungendered_first_name(nlp) -> None:
    # "Jordan Vell: ..." names no gender by its first name, but the story names Jordan
    # Vell in full: the headline's "I" is Vell, not the byline.
    text = (
        "Jordan Vell: \u2018No Idea\u2019 If I Would Have Told the Mayor the Pier Plan Was a Bad Idea.\n\n"
        "Former harbour director Jordan Vell spoke to reporters on Monday about the pier."
    )
    doc = nlp(pipeline.make_doc(nlp, text, author="By GRETA HOLM"))
    # (the label claims the whole line, its opening quoted fragment included)
    q = find(doc._.quotes, "\u2018No Idea\u2019 If I Would Have Told the Mayor the Pier Plan Was a Bad Idea")
    assert q.speaker == "Jordan Vell", show(doc._.quotes)


def test_i_inside_a_quote_is_not_the_author(nlp) -> None:
    text = '"I never agreed to close the pier," Daniel Brooks said.'
    doc = nlp(pipeline.make_doc(nlp, text, author="Greta Holm"))
    q = find(doc._.quotes, "I never agreed to close the pier,")
    assert q.speaker == "Daniel Brooks", show(doc._.quotes)


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Michael Grunwald", "Michael Grunwald"),
        ("By JAMES B. STEWART", "James B. Stewart"),
        ("By EDUARDO PORTER. Email: eporter@example.com", "Eduardo Porter"),
        ("Paul Singer, @singernews, USA TODAY", "Paul Singer"),
        ("Breitbart News", None),
        ("Nicole Gaudiano and Ray Locker", None),
        (", ,", None),
        ("", None),
    ],
)
def test_byline_person(author: str, expected: str | None) -> None:
    from quotes.resolve import byline_person

    assert byline_person(author) == expected


def test_wire_agency_in_a_dateline_speaks_for_nobody(nlp) -> None:
    """ "(Reuters)" in a dateline names the wire, not a body in the story."""
    text = "OSLO, Jan 4 (Reuters) - According to the ministry, cod stocks fell again."
    q = find(run(nlp, text), "cod stocks fell again")
    assert q.speaker != "Reuters", show([q])


@pytest.mark.parametrize(
    "text, mention",
    [
        # The small model calls these names places (GPE/LOC): a strongly gendered first
        # name in front of proper nouns still makes a person.
        ("Agnes Mbeki runs the ward.\r\n\r\n\u201cWe have no beds left,\u201d she said.", "she"),
        ("\u201cWe have no beds left,\u201d\tsaid Agnes Mbeki.", "Agnes Mbeki"),
        ("\u201cWe have no beds left,\u201d said nurse Agnes\u00a0Mbeki.", "nurse Agnes\u00a0Mbeki"),
    ],
)
def test_name_tagged_as_a_place_is_a_person(nlp, text: str, mention: str) -> None:
    q = find(run(nlp, text), "We have no beds left,")
    assert q.speaker == "Agnes Mbeki" and q.speaker_mention.text == mention, show([q])


def test_dateline_place_run_into_a_name_is_cut_off(nlp) -> None:
    text = "CLEVELAND - Rosa Delgado accepted the nomination. Delgado said the party was united."
    q = find(run(nlp, text), "the party was united")
    assert q.speaker == "Rosa Delgado", show([q])


def _with_ents(nlp, text: str, ents: list[tuple[str, int, str]]) -> list[Quote]:
    """Run the pipeline on ``text`` with the entities replaced by ``ents`` (substring,
    occurrence, label): replays how the small model tags names in news text."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    for sub, nth, label in ents:
        at = -1
        for _ in range(nth + 1):
            at = text.index(sub, at + 1)
        span = doc.char_span(at, at + len(sub), label=label)
        assert span is not None, sub
        spans.append(span)
    doc.set_ents(sorted(spans, key=lambda s: s.start), default="outside")
    assert all(isinstance(s, Span) for s in spans)
    for name in ("quotes_extractor", "quotes_resolver", "quotes_channels"):
        doc = nlp.get_pipe(name)(doc)
    return doc._.quotes or []


def test_surname_with_apostrophe_finds_full_name(nlp) -> None:
    """`Brett O'Malley` tagged an organisation, then `"...," O'Malley said`: a name
    word with an inner apostrophe is still a name word, so the bare surname is him."""
    text = "Brett O\u2019Malley, an adviser to the mayor, spoke first.\n\n\u201cWe are ready for the vote,\u201d O\u2019Malley said."
    quotes = _with_ents(nlp, text, [("Brett O\u2019Malley", 0, "ORG")])
    q = find(quotes, "We are ready for the vote,")
    assert q.speaker == "Brett O\u2019Malley", show(quotes)


def test_possessive_owner_is_not_part_of_the_name(nlp) -> None:
    """`Harbour Radio's Maria Kell` tagged one organisation: the person after the
    possessive is named, so a later bare `Kell` is Maria Kell."""
    text = (
        "Harbour Radio\u2019s Maria Kell interviewed the mayor on Monday.\n\n"
        "\u201cThe ferry has to run on Sundays,\u201d Kell said."
    )
    quotes = _with_ents(nlp, text, [("Harbour Radio\u2019s Maria Kell", 0, "ORG")])
    q = find(quotes, "The ferry has to run on Sundays,")
    assert q.speaker == "Maria Kell", show(quotes)


def test_bare_surname_tagged_person_elsewhere_is_a_person(nlp) -> None:
    """A one-word name the model tags PERSON once stays a person where it tags nothing."""
    text = (
        "\u201cWe will not close the library,\u201d Voss said.\n\n"
        "\u201cThe vote is on Friday,\u201d Voss added."
    )
    quotes = _with_ents(nlp, text, [("Voss", 1, "PERSON")])
    q = find(quotes, "We will not close the library,")
    assert q.speaker == "Voss", show(quotes)


def test_honorific_cut_off_by_a_no_break_space_is_no_organisation(nlp) -> None:
    """The model tags "Ms." of "Ms.\u00a0Mbeki" as an organisation; "the company" then
    pointed to it."""
    text = (
        "Several hundred tenants marched on Saturday.\r\n\r\n``We are against being thrown "
        "out,'' said Odile Mbeki, 42, who has lived on Carrow Street for eleven years.\r\n\r\n"
        "Ms.\u00a0Mbeki said her landlord gave every household three months to leave. She said "
        "the company had offered each family 2,000\u00a0crowns.\r\n\r\n"
        "In a letter to tenants, the company said the work was essential."
    )
    quotes = run(nlp, text)
    q = find(quotes, "the work was essential")
    assert q.speaker != "Ms.", show(quotes)
    assert all(q.speaker not in ("Ms.", "Ms") for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "An aide to Senator Maria Olsen said the vote would slip.",
            "the vote would slip",
            "An aide",
        ),
        (
            "ASHGROVE \u2014 A former aide to the ousted Brennick mayor Desmond Hale testified on "
            "Thursday that she destroyed planning records on his instructions.",
            "she destroyed planning records on his instructions",
            "A former aide",
        ),
    ],
    ids=["aide-to-a-senator", "aide-to-a-mayor-parsed-as-two-subjects"],
)
def test_name_after_to_is_not_the_speaker(nlp, text: str, content: str, mention: str) -> None:
    """The person an aide works for is named in the subject but does not speak."""
    quotes = run(nlp, text)
    q = find(quotes, content)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith(mention), show(quotes)
    assert q.speaker not in ("Maria Olsen", "Desmond Hale", "Brennick"), show(quotes)


def test_a_surname_of_several_words_leaves_no_role(nlp) -> None:
    """ "Van der Linde said" for "Maria Van der Linde": the particles are the surname's,
    not a role."""
    q = find(run(nlp, "Maria Van der Linde chairs the board. Van der Linde said the vote was fair."), "the vote was fair")
    assert q.speaker == "Maria Van der Linde" and q.role is None, show([q])


def test_an_initial_is_no_role(nlp) -> None:
    q = find(run(nlp, "Ines Calloway chairs the board. I. Calloway said the vote was fair."), "the vote was fair")
    assert q.speaker == "Ines Calloway" and q.role is None, show([q])


def test_byline_writer_is_no_antecedent_of_a_description(nlp) -> None:
    """ "Staff Reporter" read as a name (Staff is a first name too), then the byline's
    writer, were taken as "the head of the authority"."""
    text = (
        "Harbour chief warns of job losses\n\nBy Mara Lindqvist, Staff Reporter\n\n"
        "VALMORE \u2014 The head of the Kessling Harbour Authority warned on Tuesday that 400 dock "
        "jobs could disappear by spring."
    )
    quotes = run(nlp, text)
    q = find(quotes, "400 dock jobs could disappear by spring")
    assert q.speaker not in ("Staff Reporter", "Mara Lindqvist"), show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Filmmaker Odile Brandt said the festival would go ahead in June.", "Odile Brandt"),
        ("Economist Lena Fischer said the rate rise came too late.", "Lena Fischer"),
        # Two words left: a surname that is also a role word stays a name.
        ("Author Singer said the book was finished.", "Author Singer"),
    ],
)
def test_role_word_opening_a_name_is_no_part_of_it(nlp, text: str, speaker: str) -> None:
    """ "Filmmaker Odile Brandt said": a role word the tagger took into the name is the
    role, not a first name, so the person's row is "Odile Brandt"."""
    doc = nlp(pipeline.make_doc(nlp, text))
    assert [q.speaker for q in doc._.quotes] == [speaker], show(doc._.quotes)


def test_lone_capitalised_common_word_is_no_name(nlp) -> None:
    """ "Almanac predicted that ...": a lone capitalised word the story also writes in
    lowercase is a common word, not a surname, so it names no speaker row; a lone
    surname the story never writes in lowercase does ("Eklund cautioned that ...")."""
    text = (
        "Almanac predicted that the winter would be mild. "
        "The almanac is printed each autumn. "
        "Eklund cautioned that the estimate was too low."
    )
    doc = nlp(pipeline.make_doc(nlp, text))
    speakers = {q.content.text: q.speaker for q in doc._.quotes}
    assert speakers.get("the winter would be mild", "missing") != "Almanac", show(doc._.quotes)
    assert speakers.get("the estimate was too low") == "Eklund", show(doc._.quotes)


@pytest.mark.parametrize(
    ("role", "cleaned"),
    [
        ("Ms.", None),  # an honorific is no role
        ("Mr. Vrba's campaign chairman", "Vrba's campaign chairman"),
        ("His campaign manager", "campaign manager"),
        ("a retired nurse from Eastgate", "retired nurse from Eastgate"),
        ("who", None),  # the rest of a relative clause
        ("Both", None),
        ("Even", None),
        ("'s campaign", None),  # "Vrba's campaign said": the owner's marker
        ("\u2019s", None),
        ("of Eastgate", None),
        ("Anti Harbour Images", None),  # no word names a person by role
        ("OsheaHARBOUR GAZETTEPort Gov.", None),  # a page's layout glued words together
        ("CrowdStrike co-founder", "CrowdStrike co-founder"),
        ("Georgia committeeman", "Georgia committeeman"),
        ("Fox News host", "Fox News host"),
        ("Sen.", "Sen."),
        ("Dr.", "Dr."),
        ("Harbour Commissioner", "Harbour Commissioner"),
        (None, None),
    ],
)
def test_clean_role_keeps_roles_and_drops_leftover_words(role: str | None, cleaned: str | None) -> None:
    assert clean_role(role) == cleaned


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Ines Calloway chairs the board. "We reopen in May," Ms. Calloway said.', None),
        ("Tomas Vrba leads the union. His campaign manager, Lena Osei, said the vote was rigged.", "campaign manager"),
        ("Both Tomas Vrba and Lena Osei said the vote was rigged.", None),
        ("Even Tomas Vrba said the vote was rigged.", None),
        # The name in apposition to the role noun before it.
        ("The harbour commissioner, Maria Okafor, said the port would reopen.", "harbour commissioner"),
        ("A spokesman for the fisheries ministry, Tom Reilly, said the talks had failed.", "spokesman for the fisheries ministry"),
        ("The union's regional organiser, Kofi Mensah, said they would strike.", "union's regional organiser"),
        ("Another pollster, Lena Osei, said the race was tied.", "pollster"),
        # Written as in the text: "port's", "pro-union", the commas of a place.
        ("Maria Okafor, the port's pro-union harbour master, said the port would reopen.", "port's pro-union harbour master"),
        ("Tom Reilly, a lawyer in Cork, Ireland, said the ruling was wrong.", "lawyer in Cork, Ireland"),
        # A plural head is a group the person belongs to, not their role.
        ("Two engineers, Tomas Vrba and Lena Osei, said the bridge was unsafe.", None),
        # A no-break space inside the name: the role ends where the name starts.
        ("Former House Speaker Newt\u00a0Calloway said the claims were false.", "Former House Speaker"),
    ],
)
def test_quote_role_is_a_role_or_nothing(nlp, text: str, role: str | None) -> None:
    """The role stored with a quote (and shown on the speaker's row) is what the mention
    says of the speaker's office or description, never an honorific or a stray word."""
    quotes = run(nlp, text)
    assert quotes and all(q.speaker for q in quotes), show(quotes)
    assert [q.role for q in quotes] == [role] * len(quotes), show(quotes)


@pytest.mark.parametrize(
    ("name", "cleaned"),
    [
        ("FlagShareLikeReplyLena Osei", "Lena Osei"),  # a live blog's buttons glued on
        ("Lena DeShawn-McAllister", "Lena DeShawn-McAllister"),
        ("Lena MacKenzie", "Lena MacKenzie"),
        ("@realLenaOsei", "@realLenaOsei"),  # a handle is written as it is
        ("the Harbour Board's", "Harbour Board"),
        ("Fran\u00c3\u00a7ois Vrba", "Fran\u00e7ois Vrba"),  # UTF-8 read as Latin-1 upstream
        ("Enrique Pe\u00c3\u00b1a Osei", "Enrique Pe\u00f1a Osei"),
        ("Ren\u00e9e S\u00f8rensen", "Ren\u00e9e S\u00f8rensen"),  # right as it is
        ("A\u200dda Ruiz", "Ada Ruiz"),  # a zero-width joiner between Latin letters
        ("Ren\u200d\u00e9e Vrba\u200d", "Ren\u00e9e Vrba\u200d"),  # only between two letters
        ("Otis\ufe0f Brennan", "Otis Brennan"),  # a variation selector after a Latin letter
        ("Lena\ufe0e Osei\ufe0f", "Lena Osei"),
        ("\u2764\ufe0f Lena Osei", "\u2764\ufe0f Lena Osei"),  # after an emoji it is the emoji's
    ],
)
def test_clean_name_drops_page_text_glued_to_a_name(name: str, cleaned: str) -> None:
    assert clean_name(name) == cleaned


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # Web pages put soft hyphens (U+00AD) inside long words as hints of where to break.
        (
            "Senator Maria Cal\u00adloway said on Tuesday that the bill would pass. "
            '"We have the votes," Cal\u00adloway added.',
            "Maria Calloway",
            "Senator",
        ),
        (
            "Mayor Jo\u00adhann Berg\u00admann told reporters the budget was a mess. "
            "Berg\u00admann said he would veto it.",
            "Johann Bergmann",
            "mayor",
        ),
        (
            '"We have not been briefed," Doug \u00adAndres, a spokesman for the speaker, '
            "told the Post.",
            "Doug Andres",
            "spokesman",
        ),
    ],
)
def test_soft_hyphens_inside_names_are_read_through(
    nlp, text: str, speaker: str, role: str
) -> None:
    """A soft hyphen is not part of the name: the tagger reads the word without it (it
    tagged "Cal\u00adloway" a common noun and left it out of the name), the shown name
    drops it, and a later surname written with or without it is the same person. The
    mention keeps the text as written (offsets into the input)."""
    quotes = run(nlp, text)
    assert quotes and all(q.speaker == speaker for q in quotes), show(quotes)
    assert any(role.lower() in (q.role or "").lower() for q in quotes), show(quotes)
    assert any("\u00ad" in (q.speaker_mention.text if q.speaker_mention else "") for q in quotes)


def test_double_given_name_before_a_name_joined_over_its_particle(nlp) -> None:
    # "Ana Paula dos Santos" with only "Paula" tagged and "dos Santos" joined to it over
    # the particle: the first given name before it is hers too, as for a two-word name.
    from spacy.tokens import Doc, Span

    from quotes.resolve import _with_first_names

    words = ["Ana", "Paula", "dos", "Santos", "coaches", "the", "team", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * 7)
    out = _with_first_names(doc, [Span(doc, 1, 4, label="PERSON")], frozenset({"ana", "coaches", "the", "team"}))
    assert [(e.text, e.label_) for e in out] == [("Ana Paula dos Santos", "PERSON")]


def test_family_name_first_tagged_a_body_is_the_person_a_bare_family_name_means(nlp) -> None:
    """ "Nagy Ferenc climbs ... says Nagy": a Hungarian name written family name first,
    which the model tagged a body, is the person a later bare family name stands for
    (the given name comes last and is a clear first name)."""
    text = (
        "EGER \u2013 Nagy Ferenc climbs the steep path above his cellar and points at the dead vines.\n\n"
        '"One cold week ruined everything," says Nagy, whose family has farmed here since 1890.'
    )
    quotes = run(nlp, text)
    check(quotes, R("One cold week ruined everything,", "Nagy Ferenc", "person"))


def test_person_of_a_body_tagged_as_one_body_is_the_person(nlp) -> None:
    """ "Rachel Obi of Meridian Research" tagged one body: the person before "of" speaks
    (shown without the body), and a later "she" goes back to her, not to an earlier woman."""
    text = (
        'Finance Minister Grace Lungu welcomed the decision. "Stability matters," Lungu said.\n\n'
        "Another analyst, Rachel Obi of Meridian Research, said the bank had sent a clear signal.\n\n"
        '"It is a cautious pause dressed up as resolve," she said.'
    )
    quotes = run(nlp, text)
    check(quotes, R("the bank had sent a clear signal", "Rachel Obi", "person"))
    check(quotes, R("It is a cautious pause dressed up as resolve,", "Rachel Obi", "person"))


def test_gendered_spokesperson_just_before_keeps_the_pronoun(nlp) -> None:
    """ "A Harbour Board spokeswoman said ... She added ...": the spokeswoman who spoke in
    the sentence before goes on, in the body's name, though a woman named two paragraphs
    earlier is the more salient person."""
    text = (
        "Maria Ferreira of the Dockers' Forum admitted that many members backed the plan.\n\n"
        "The forum's committee confirmed on Monday that it would meet in May.\n\n"
        "A Harbour Board spokeswoman insisted that the offer was final. "
        "She added that the board hoped the forum would accept it."
    )
    quotes = run(nlp, text)
    check(quotes, R("the offer was final", "Harbour Board", "organization"))
    check(quotes, R("the board hoped the forum would accept it", "Harbour Board", "organization"))


def test_pronoun_after_a_quote_is_the_one_person_the_paragraph_names(nlp) -> None:
    """ "For the student with the violin, Tomasz Nowicki, the crossing is ... '...,' he says":
    the paragraph names one man outside the marks and never the man who spoke in the
    paragraph before; the "he" right after its quotation is that paragraph's man."""
    text = (
        'Its chief executive, Graham Pell, says the decision was hard. "We looked at every option," he told me. '
        "He insists the new bus will be faster.\n\n"
        "Pell says the trial results speak for themselves. He points out that delays fell by half.\n\n"
        "For the student with the violin, Tomasz Nowicki, the crossing is part of the appeal of living on the "
        'east bank. "It is the quietest ten minutes of my night," he says.'
    )
    quotes = run(nlp, text)
    check(quotes, R("It is the quietest ten minutes of my night,", "Tomasz Nowicki", "person"))
    check(quotes, R("delays fell by half", "Graham Pell", "person"))


def test_pronoun_after_a_report_about_one_man_by_a_woman_is_that_man(nlp) -> None:
    """ "Ms Hale told the court that Garside had changed his story. In his first interview
    he said ...": the woman reported about one man, the subject of what she said; the
    "he" of the next sentence is that man, not the man an earlier paragraph was about."""
    text = (
        "The defendant, Dennis Garside, denies the charge. Two cleaners escaped through a side door. "
        "One of them, Piotr Zawada, is expected to give evidence.\n\n"
        "Ms Hale told the court that Garside had given detectives a series of different accounts. "
        "In his first interview he said he had been at the cinema."
    )
    quotes = run(nlp, text)
    check(quotes, R("he had been at the cinema", "Dennis Garside", "person"))


def test_body_description_never_means_a_name_written_family_name_first(nlp) -> None:
    """ "Nagy Ferenc ... The growers' association estimates ...": the only "body" before
    the description is a person's name written family name first, tagged a body; the
    association is not that man."""
    text = (
        "EGER \u2013 Nagy Ferenc climbs the steep path above his cellar and points at the dead vines.\n\n"
        '"One cold week ruined everything," says Nagy, whose family has farmed here since 1890.\n\n'
        "The regional growers' association estimates that half of this year's harvest has been lost."
    )
    quotes = run(nlp, text)
    q = find(quotes, "half of this year's harvest has been lost")
    assert q.speaker != "Nagy Ferenc", show(quotes)


def test_possessed_relation_named_before_in_apposition_is_that_person(nlp) -> None:
    """ "Marek Dvorak and his agent, Tomas Blaha, ... His agent said": the relation the
    text named in apposition is that person when the same owner word comes back; one never
    named ("Her lawyer said" with no lawyer named) stays unnamed."""
    text = (
        "Marek Dvorak and his agent, Tomas Blaha, met the club on Monday. Dvorak said he wanted to stay. "
        "His agent said no offer had been made.\n\n"
        "Ilona Sabo was charged in March. Her lawyer said the charges would be contested."
    )
    quotes = run(nlp, text)
    check(quotes, R("no offer had been made", "Tomas Blaha", "person"))
    q = find(quotes, "the charges would be contested")
    assert q.speaker_kind == "unnamed", show(quotes)


def test_office_held_until_a_date_makes_the_former_holder(nlp) -> None:
    """ "Aurelia Munte was transport minister until 2021; Sorin Pavel holds the post now":
    an office held until a time is a past one, so "the former minister" is her, and "the
    current minister" is never the former holder but the other person named."""
    text = (
        "Aurelia Munte was transport minister until 2021; Sorin Pavel holds the post now. "
        "The former minister said the rail plan had been abandoned. "
        "The current minister said the money had run out."
    )
    quotes = run(nlp, text)
    check(quotes, R("the rail plan had been abandoned", "Aurelia Munte", "person"))
    check(quotes, R("the money had run out", "Sorin Pavel", "person"))


def test_first_name_tagged_a_determiner_stays_in_the_name(nlp) -> None:
    """ "Mathis Delorme and Agathe Delorme", with "Agathe" tagged a determiner: a
    capitalised word that is no stop word but a known first name is part of the name, so
    "Mrs. Delorme" is Agathe and "Mr. Delorme" Mathis."""
    text = (
        "Mathis Delorme and Agathe Delorme run the campsite in Brittany. Mrs. Delorme said bookings were down. "
        "Mr. Delorme said the rain was to blame."
    )
    quotes = run(nlp, text)
    check(quotes, R("bookings were down", "Agathe Delorme", "person"))
    check(quotes, R("the rain was to blame", "Mathis Delorme", "person"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the model tags initials and a surname a body; the bare surname later is the person
        ("J.K. Rowling donated £2m to the hospice. Rowling said the money would pay for nurses.",
         "the money would pay for nurses", "J.K. Rowling"),
        # "A." read as a noun is an initial, not an epithet in front of the name
        ("A. N. Whitfield, the historian, has written a new biography. Whitfield said the letters "
         "changed everything.", "the letters changed everything", "A. N. Whitfield"),
    ],
)
def test_initials_stay_in_the_name(nlp, text: str, content: str, speaker: str) -> None:
    """Initials and a surname name one person: the bare surname is that person, written in full."""
    check(run(nlp, text), R(content, speaker, "person"))


def test_two_word_quoted_nickname_joins_the_name(nlp) -> None:
    """ 'Marvin "The Hammer" Okafor': a quoted nickname of two words between a clear
    first name and a surname is one person (kept whole, as a one-word nickname is), so
    the later bare surname is him, not a surname alone."""
    text = (
        'Marvin "The Hammer" Okafor opened a boxing gym in Croydon. "Discipline beats talent," Okafor said.'
    )
    check(run(nlp, text), R("Discipline beats talent,", 'Marvin "The Hammer" Okafor', "person"))


def test_family_name_written_first_stays_in_the_name(nlp) -> None:
    """ "Nguyễn Thị Lan", with "Nguyễn" read as a verb and left out of the entity: a
    common family name written first, right before the person's name, is part of it."""
    text = "Nguyễn Thị Lan sells silk in Hoi An's night market. Lan said tourists had stopped coming."
    check(run(nlp, text), R("tourists had stopped coming", "Nguyễn Thị Lan", "person"))


@pytest.mark.parametrize(
    "text",
    [
        "The Food Safety Directorate (Fosadi) fined the supplier. Fosadi said customers had been overcharged.",
        "The Department for Culture, Heritage and Rural Affairs (Dechra) fined the museum. Dechra said customers "
        "had been overcharged.",
    ],
)
def test_mixed_case_acronym_defined_in_brackets_is_the_body(nlp, text: str) -> None:
    """An acronym spoken as a word ("Defra"), defined in brackets after a body's name and
    made of the starts of its words, is that body when it speaks, not a person."""
    q = find(run(nlp, text), "customers had been overcharged")
    assert q.speaker_kind == "organization", show([q])


def test_company_named_with_a_first_name_and_a_trade_plural_is_a_body(nlp) -> None:
    """ "Verity Cosmetics", untagged and opening on a first name: a plural trade noun no
    person's name ends in makes it a body, so "the company" is it."""
    text = (
        "Juliet Chemicals was sold to a Dutch fund. The firm's founder, Odette Marais, said she was sad to leave. "
        "The company said jobs were safe."
    )
    check(run(nlp, text), R("jobs were safe", "Juliet Chemicals", "organization"))


def test_first_name_tagged_a_group_takes_the_whole_hyphenated_surname(nlp) -> None:
    """ "Caspian Moreau-Lévy", with "Caspian" tagged a group and the name left untagged:
    the person is the first name with the whole double-barrelled surname, so the bare
    "Moreau-Lévy" later (tagged a body) is him."""
    text = (
        "Caspian Moreau-Lévy runs the ferry company. Moreau-Lévy said the timetable would change in May."
    )
    check(run(nlp, text), R("the timetable would change in May", "Caspian Moreau-Lévy", "person"))


def test_name_tagged_a_body_after_a_title_word_is_a_person(nlp) -> None:
    """ "President Amara Diallo" with only "Amara Diallo" tagged a body: the title right
    before the name says person, so "the president" is her (not the city named next,
    which the model tagged a person)."""
    text = (
        "President Amara Diallo met Prime Minister Olufemi Adeyinka in Dakar. The president said trade "
        "would double."
    )
    check(run(nlp, text), R("trade would double", "Amara Diallo", "person"))


def test_a_body_named_a_hundred_times_has_its_mentions_read_once(nlp, monkeypatch) -> None:
    """Whether a one-word name says what "it" did is read from all its mentions once per
    name: it was read once per entity and per mention of the name, quadratic in a text
    naming one body a thousand times (1,000 lines: 6.5 s of resolving)."""
    from quotes.resolve import Resolver

    calls = []
    tokens_with_text = Resolver._tokens_with_text
    monkeypatch.setattr(Resolver, "_tokens_with_text", lambda self, word: calls.append(word) or tokens_with_text(self, word))
    quotes = run(nlp, "Agrivex said it had followed every rule.\n\n" * 100)
    assert {(q.speaker, q.speaker_kind) for q in quotes} == {("Agrivex", "organization")}, show(quotes)
    assert len(calls) <= 2


def test_a_text_of_one_long_line_is_read_once_for_headline_capitals(nlp, monkeypatch) -> None:
    """Whether the first line is a Title Case headline is read once per line: every
    entity on it asked, and a text that is one long line was read whole for each of its
    names, quadratic (67k characters, 3,000 names: 3.5 s of resolving)."""
    from quotes import lexicon

    calls = []

    class Counted(frozenset):
        def __contains__(self, word: object) -> bool:
            calls.append(word)
            return super().__contains__(word)

    monkeypatch.setattr(lexicon, "CALENDAR_WORDS", Counted(lexicon.CALENDAR_WORDS))
    quotes = run(nlp, "Lady Justice Hale said the appeal failed. Mr Justice Smith said: \u201c " * 200)  # (Smith: an English word)
    assert "Hale" in {q.speaker for q in quotes}, show(quotes)
    assert len(calls) < 20_000, len(calls)


def test_a_credit_is_found_from_the_index_as_by_searching_its_line(nlp) -> None:
    """`Resolver._in_credit` answers from an index of the text's caption openings, built
    once, what a search of the line up to the offset answers, at every offset: openings
    cut short, "Reuters/" before a poll and after it, several openings on one line."""
    from quotes.extract import CAPTION
    from quotes.resolve import Resolver

    text = (
        "Officials met on Monday. Photo: Getty Images\n"
        "A Reuters/Ipsos poll found it. Reuters/Lena Marsh and Reuters/Ipsos pollsters\n"
        "The AP Photos archive. (AP Photo/Jo Roe) Image source: Acme Wire, AFP Photo\n"
        "Berlin/dpa\n\nPhotograph: Credit: Ada Roe/EPA Photo Picture:"
    )
    resolver = Resolver(nlp(text))
    resolver._CREDIT_SEARCHED = 0  # (the index answers at every offset, not a search of a short line)
    for position in range(len(text) + 1):
        start = text.rfind("\n", 0, position) + 1
        assert resolver._in_credit(position) == (CAPTION.search(text, start, position) is not None), position


def test_an_item_with_neither_speaker_nor_cue_is_not_kept(nlp) -> None:
    """The contract stores an item only with a speaker or a cue: an item that reaches
    the resolver with neither (a quotation continuing an item that had no speaker, or one
    whose "said" a stray character broke) and gets no speaker there is dropped; the
    article's other items stay as they were."""
    text = "The row takes you off message a little. Dara Moss said the party would recover."
    doc = nlp(text)
    found = list(doc._.quotes)
    stray = Quote(type="direct", content=Span(0, 39, text[:39]))
    out = resolve(doc, [stray, *found])
    assert [q.content.text for q in out] == [q.content.text for q in found], show(out)
    assert found and all(q.speaker == "Dara Moss" for q in out), show(out)


def test_garbled_marks_and_a_broken_said_leave_no_item_without_speaker_and_cue(nlp) -> None:
    """A text of quote marks, format characters and a "said" spelt with look-alike
    letters (found by fuzzing) gave a direct item with no speaker, mention or cue."""
    text = (
        "\u2029\x7f\x7f\u2039\r\u203a\rAda\u3000\u00ab''\r\u200c\u2019\u2066\x07\u200dAda"
        "\u201a\ufeff\"\u201f\u200b`\u2018\u200b\u2066\u3000\u201e\r`\r\n\x00``'\u200c"
        "\u2018\u2018\nsaid'\u00ab\u201a\u200b\u2029\"\u0455\u0430id`  \u00bb\u2039\x07"
        "\u00a0\x85\u2028\ufeff\u201f'\t\x00  \u0455\u0430\u0456d\u2028\u2019\u2039`."
    )
    for q in run(nlp, text):
        assert q.speaker or q.speaker_mention is not None or q.cue is not None, show([q])


@pytest.mark.parametrize(
    "text",
    [
        "criticised by Lavinia\nThistlewood, the head",  # a wrapped name
        "the mayor said\n  Tomas Vrba",  # spaces on both sides of the break
        "Storm Damage\n\nThe roof went.",  # a paragraph break: no wrapped line
        "Results: 42\nVrba won",  # a digit before the break
        "_\nword",  # an underscore is no letter
        "word \u00a0\t\nnext",  # odd spaces before the break
        "\nOpening line",  # nothing before the break
        "closing line\n",  # nothing after it
        "caf\u00e9\n\u00e9t\u00e9",  # accented letters
        "two\u00b2\nlines",  # a superscript digit counts as a letter for [^\W\d_]
        "one\u2028two",  # a line separator is no "\n"
        "a\n \nb",  # a blank line between
        "",
    ],
)
def test_the_wrapped_line_test_answers_as_its_pattern(text: str) -> None:
    """`_names_across_line_breaks` is skipped unless the text has a wrapped line: the
    search from each line break (`_has_wrapped_line`) answers as the pattern searched
    from every letter does."""
    from quotes.entities import _WRAPPED_LINE, _has_wrapped_line

    assert _has_wrapped_line(text) == (_WRAPPED_LINE.search(text) is not None)
