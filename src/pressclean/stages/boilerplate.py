"""Boilerplate: drop the site's menu, navigation and widgets, keep the article.

A scraped release has no HTML left to tell the menu from the story, so each line is judged by
what it is (length, end punctuation, function-word density, repetition on the page, separators),
and then by where it is: the article is the largest run of prose that no menu line interrupts,
with its title above it and its contact block below it. A list of web-chrome words helps to name a
line (`Partager`, `0 votes`) but a line is only dropped when its shape agrees.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable, Collection, Iterable, Mapping

import regex

from ..dates import DATE_STAMP as _DATE_STAMP, MONTH_NAMES, STAMP_AT_END as _STAMP_AT_END, STAMP_SEPARATOR as _STAMP_SEPARATOR, TIME, WEEKDAYS, is_date_stamp as _is_date_stamp
from ..document import Document
from ..resources import load_json
from ..rewrite import rewrite
from .metadata import WIRE_INITIALS, dateline_alone, is_credit_stamp, opening_dateline, opens_with_dated_dateline, opens_with_dateline
from .repair import grammar, zipf

STAGE = "remove_boilerplate"

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_SEPARATOR = regex.compile(r"[\s\-–—|•·*_=~#>/]*")
# `~ . ' ,  ·`: no letter, no digit (an OCR'd speck or stamp); a quote's closing mark or `…` alone may be the text's
_STRAY_MARKS = regex.compile(r"\s*(?:[^\p{L}\p{N}\s«»\"“”„()\[\]…!?%€$]\s*){1,12}")
_SECTION_NUMBER = regex.compile(r"\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\p{L})")  # `1 `, `2.3 ` before a heading
_LIST_MARK = regex.compile(r"^\s*(?:[-–•*›>]|\d{1,2}[.)])\s+")
# searched from the line end (REVERSE): tried from every start, a run of dots would be quadratic
_DOT_LEADER = regex.compile(r"(?:\.\s?){4,}\s*\d*\s*$|…{2,}\s*\d*\s*$", regex.REVERSE)
_CRUMB_SEPARATOR = regex.compile(r"\s(?:>|»|›|/|\|)\s")
_PATH_SEPARATOR = regex.compile(r"\s(?:>|»|›|/)\s")
_BREADCRUMB = regex.compile(rf"^[^.!?\n]{{1,60}}(?:{_CRUMB_SEPARATOR.pattern}[^.!?\n]{{1,60}}){{1,8}}$")
# `3`, `Page 4/12`, and a viewer's page turner `◀  2-3 / 32  ▶` (arrows around a page or a spread)
_PAGE_NUMBER = regex.compile(  # (not a season, `2024-2025`: a table's column head; a slide's number is its page's)
    r"[\s◀▶◁▷◄►‹›<>«»←→—–-]*(?:page\s*|diapositive\s+|slide\s+)?(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:/|sur|of)\s*\d{1,4})?[\s◀▶◁▷◄►‹›<>«»←→—–-]*",
    regex.IGNORECASE,
)
_MONTHS = "|".join(MONTH_NAMES)
_DASH_SEPARATOR = regex.compile(r"\s[-–—]\s")
_MONTH_FIRST = regex.compile(rf"(?i:{_MONTHS})\b")
# what every date stamp holds (`dates.DATE_STAMP` without its optional words, weekday and time), each part led by
# its digits: searched before the whole pattern, which, tried at every character of a line, costs twenty times more
_DATE_HINT = regex.compile(
    rf"\d{{1,2}}(?:er)?\s+(?i:{_MONTHS})|(?<=(?i:{_MONTHS})\s+)\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d|\d{{1,2}}-\d{{1,2}}-\d{{4}}|\d{{4}}-\d\d-\d\d|(?<=(?i:il y a)\s+)\d"
)
# a headline's date at its end, in brackets or after a separator: `... (28.01.2026)`, `... | 14 mars 2026`
_TRAILING_DATE = regex.compile(rf"(?:\s*\(\s*(?:{_DATE_STAMP.pattern})\s*\)|\s+[|–—-]\s+(?:{_DATE_STAMP.pattern}))\s*$")
_QUANTITY = regex.compile(r"(?<![\p{L}\d])(?!(?:19|20)\d\d\b)\d[\d\u00a0\u202f .,]*\s?(?:%|\$|€|\p{L})")  # `12 000 spectateurs`, `45 M$`, `8 %`
# ` © HCR/Jean Dupont`, ` © Province de Namur / J. Marchal` (an initial's dot is no sentence end)
_CREDIT_END = regex.compile(r"\s(?:©|\((?i:c)\)|(?i:crédit(?:\s+photo)?|photo)\s*:)\s*(?:[^.!?©]|(?<=(?<!\p{L})\p{Lu})\.){1,60}$")
_BRACKETED_CREDIT = regex.compile(r"\s\(\s*(?:©|(?i:crédits?(?:\s+photos?)?|photos?)\s*:)\s*[^()]{1,50}\)\s*$")  # ` (Photo : DR)`
# a newsletter box between paragraphs: its heading (`Newsletter Marseille`) and its call (`Recevez chaque matin
# l’essentiel de l’actualité locale`), no sentence end
_NEWSLETTER_BOX = regex.compile(
    r"\s*(?:(?i:newsletter|infolettre|lettre d['’]information)(?:\s+[\p{L}'’-]+){0,3}|(?i:recevez|inscrivez-vous|abonnez-vous)\s[^.!?]{0,100}?)\s*"
)
# a site's name beside `Site officiel` (a name ending on its domain is a web address already)
_SITE_NAME_LINE = regex.compile(r"[–—|-]\s*(?i:site|portail)\s+(?i:officiel|internet|web)\s*$", regex.REVERSE)
_RELATED_MARK = regex.compile(r"\s*(?::|>>|»|›|→|\||\.(?=\s))\s*")  # after `Lire aussi`: the mark before the other story's headline (`LIRE AUSSI.`, `Lire aussi |` too)
# a post's reactions (`412 Republications`, `1 204 J'aime`, `Afficher les réponses`), a channel's audience (`18,2 k abonnés`):
# a count and what was counted
_REACTIONS = regex.compile(
    r"\s*(?:\d[\d \u00a0\u202f.,]*\s*(?:[kKM]\s+)?(?i:j['’]aime|likes?|partages?|shares?|republications?|reposts?|retweets?|citations?|réactions?|vues|views|abonné(?:e?s)?|subscribers?|followers?)"
    r"|(?i:afficher|voir|masquer|charger) (?i:les|la|plus de|d['’]autres) (?i:réponses?|replies|commentaires?|comments)"
    r"|(?i:vue?s?|lue?s?|consultée?s?|affichée?s?)\s+\d[\d \u00a0\u202f.,]*\s*(?i:fois))\s*"  # `Vu 1 234 fois`: a page's view counter
)
# a row of a post's counts, each a number and what was counted (`14 réponses · 86 reposts · 131 J’aime · 9 signets`)
_COUNT_PART = regex.compile(r"\s*\d[\d \u00a0\u202f.,]*\s?[kKM]?\s+\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*)?\s*")
_COUNT_SEPARATOR = regex.compile(r"\s[·•|]\s")
# a post's author and age over its text on a network's page (`Koffi Dossou @kdossou_bj · 2 déc.`, `... ✔ @ABE_Benin · 3 h`)
# (an account's handle: `@ABE_Benin`, a domain on some networks, `@abe-benin.bsky.social`, or a server, `@abe@mastodon.social`)
_HANDLE = r"@(?P<handle>[\p{L}\d_]{2,30}(?:[.-][\p{L}\d_]+)*(?:@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)?)"
_POST_HEADER = regex.compile(rf"(?P<name>[^@\n]{{1,60}}?)\s+{_HANDLE}\s*[·•]\s*(?P<age>[^·•@\n]{{1,25}}?)\s*")  # (a space before the handle: no e-mail)
_POST_AGE = regex.compile(rf"\d{{1,2}}\s?(?:s|min|h|j|d|sem|w)\.?|(?:1er|\d{{1,2}})\s+(?i:{_MONTHS})\.?(?:\s+\d{{4}})?|(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?")
_REPLY_TO = regex.compile(rf"\s*(?i:en réponse à|répondre à|replying to|in reply to)\s+{_HANDLE}(?:\s*(?:,|et|and)\s*@\S+)*\s*")
# a post embedded in the page: its author's handle in brackets and its date, or its picture's link
_EMBEDDED_POST = regex.compile(r"\(@\w{2,30}\)\s+\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}\s*$|\bpic\.twitter\.com/\w+")
_ACRONYM_IN_BRACKETS = r"\(\s*\p{Lu}[\p{Lu}\d&-]{1,11}\s*\)"
_ACRONYM_AFTER = regex.compile(r"\s*" + _ACRONYM_IN_BRACKETS)  # ` (PNUD)` after a long form
# `Page 1 2 3 ... 245 Suivant »`, `« Précédent 1 2 3 Suivant »`: numbers side by side, and somewhere on the line (not a
# phone number) a word, an arrow or a gap; two patterns, the shape matched first (a lookahead for the mark, tried
# first, read every line to its end)
_PAGINATION = regex.compile(r"(?i:page\s+)?(?:[«‹<]\s*)?(?i:précédente?|previous)?\s*\d{1,4}(?:\s+(?:\d{1,4}|…|\.{3}))+\s*(?i:suivante?|next)?\s*[»›>]?")
_PAGINATION_MARK = regex.compile(r"[»›>…]|\.{3}|(?i:page|suivant|next|précédent|previous)")
_MAIL_FIELD = regex.compile(r"\s*(De|From|Envoyé|Sent|À|A|To|Cc|Objet|Subject|Date)\s?:\s*(?=\S)")
_MAIL_SENDER_OR_SUBJECT = frozenset({"de", "from", "objet", "subject", "envoyé", "sent"})
# an address (the English and Portuguese words too: `Plot 1, Kafu Road, P.O. Box 7078, Kampala`, `Rua da Liberdade`)
_STREET = regex.compile(r"\b(?i:B\.?P\.?|C\.?P\.?|rue|avenue|av\.|boulevard|bd|route|chemin|place|quartier|immeuble|case postale|road|street|p\.?\s?o\.?\s?box|rua|avenida|caixa postal)\s")
# `Fraternité – Travail – Progrès`; a part may take its article (`Un Peuple – Un But – Une Foi`, Senegal's and Mali's)
_MOTTO_PART = r"\p{Lu}[\p{L}'’]+(?:\s\p{L}[\p{L}'’]+)?"
_MOTTO = regex.compile(rf"{_MOTTO_PART}(?:\s*[-–—*•·]\s*{_MOTTO_PART}){{2,3}}")
_PRINT_HEADER = regex.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s{2,}\S")  # `3/3/2025 10:42   Titre | Site`
_CLAUSE_GOES_ON = regex.compile(r",\s*\p{Ll}[\p{Ll}-]*\s+\p{Ll}")  # `..., consultez le site`, `..., rendez-vous sur`
_COMMENTS_HEADING = regex.compile(
    # (`0 commentaire`, `Commentaires (0)`: a counter in the byline, with no thread under it)
    r"(?i:(?:(?!0\s)\d+\s+|vos\s+|your\s+)?(?:commentaires?|réactions?|comments?)(?:\s*\((?!0\))\d+\))?\s*:?)"
    r"|(?i:\d+|une?)\s+(?i:réponses?|réflexions?|responses?|thoughts?)\s+(?i:à|sur|to|on)\s+[«“\"].{1,200}"  # `2 réponses à « titre »`
)
_NAME_WITH_ACRONYM = regex.compile(r"\s*[^()]{5,120}" + _ACRONYM_IN_BRACKETS + r"\s*")  # `Bureau de la coordination ... (OCHA)`
_ACRONYM_SUFFIX = regex.compile(r"\p{Lu}{2,8}")
_SITE_BAR = regex.compile(r"\s+[|–—-]\s+")  # ` | Le Soleil` after a headline
_SIGNS_FOR = regex.compile(r"\s*(?:(?i:pour|au nom d(?:e|u|es)|p\.\s?o\.|for|on behalf of)\s+(?:(?i:l[ea]|les|the)\s+|(?i:l)['’])?\p{L})")  # `Pour l’UNICEF`, `Au nom du Conseil`
_SIGNED_MARK = regex.compile(r"^\s*(?:\((?i:é|s|signé)\)|(?i:signé)\s*:?|[+†✝])\s*")  # `(é) Dr Manaouda Malachie`, a bishop's `+`: signed by
_OFFICE_OF = regex.compile(r"\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’])\s*\p{Lu}")  # `Évêque de Saint-Claude`
_ARTICLE_LEAD = regex.compile(r"\s*(?:L[ea]|L['’])\s?")  # `Le `, `La `, `L’` opening a role
_ROLE_WITH_ARTICLE = regex.compile(_ARTICLE_LEAD.pattern + r"\p{Lu}\p{Ll}+(?:\s+[\p{L}'’-]+){0,11}\s*,?\s*$")  # `Le Directeur général`
# a search page's header: `Résultats de la recherche pour « vaccination »`, `3 résultats`, `Search results for ...`
_SEARCH_RESULTS = regex.compile(r"\s*(?i:(?:\d+\s+)?résultats?\s+(?:de\s+(?:la\s+|votre\s+)?recherche|pour\s*[«\"“]|trouvés?)|\d+\s+résultats?\s*$|search results\b|aucun résultat)")
_UPDATE_STAMP = regex.compile(r"\s*(?i:mise? à jour|dernière mise à jour|dernière modification|modifiée?|actualisée?|last updated|updated)\b")  # (a story's `Publié le` may stay with it on a listing)
# a file offered for download: its name with its type, or its size (`population_2025.csv · CSV · 48,2 Ko`): no key figure
_OFFERED_TYPES = r"(?i:pdf|csv|xlsx?|docx?|odt|ods|zip|json|xml|pptx?)"
_FILE_OFFERED = regex.compile(rf"[\w-]\.{_OFFERED_TYPES}\b|(?<![\p{{L}}\d])\d+(?:[,.]\d+)?\s?(?i:ko|mo|go|kb|mb|gb)\b")
_FILE_NAME_LEAD = regex.compile(rf"\s*[\w-]+\.{_OFFERED_TYPES}\b")  # `rapport_2025.pdf ...`
_PAGE_MARK_AT_END = regex.compile(r"(?<![\p{L}\d])(?i:page)\s+(?P<at>\d{1,3})\s*(?:/|(?i:sur|of))\s*(?P<of>\d{1,3})\s*$")  # `... Page 1 sur 1`
# the bar that closes a CMS article under its text: share and print buttons, the link back to the list of releases
_CLOSING_BAR = regex.compile(r"(?i:\b(?:partager|partagez|imprimer|share|print)\b|\bretour\s+(?:à\s+la\s+liste|aux\s+(?:actualités|communiqués|articles)))")
_SWITCHBOARD = regex.compile(r"(?i:t[ée]l(?:[ée]phone)?\.?|standard|fax)\s*:?\s*\+?[\d .()/-]{8,}\d")  # `Tél. : (226) 25 49 66 66`, no name
_CONTACT_HEADING = regex.compile(  # `Contacts presse`, `Relations médias :`, `Contacts pour les médias`: a heading and nothing else (no name, no number)
    r"\s*(?i:(?:contacts?|relations?|service|espace|centre|salle|bureau)(?:\s+(?:de\s+|pour\s+les\s+)?(?:presse|médias?|media|press))?|médias?|media|presse|press)\s*:?\s*"
)
_UPDATE_LABEL = regex.compile(_UPDATE_STAMP.pattern + r"\s*(?::|(?i:le|du|on))?\s*")  # `Dernière modification : ` before its date
_UPDATED = regex.compile(r"(?i:mis à jour|modifié|actualisé|updated)\s*(?:le|à|at|on)?\s*\d{1,2}\s?[:h]\s?\d{2}")
# `Valence, le 14 juin 2023`, or a dateline alone on its line with its dash (`NIAMEY, 3 mars 2026 –`, the text below)
# (two towns for one release: `Thonon-les-Bains / Nyon, le 27 novembre 2025`)
# (a weekday is no place: `Lundi, 02 Mars 2026` is a date stamp)
_PLACE_DATE = regex.compile(rf"\s*(?!(?i:{'|'.join(WEEKDAYS)})\b)\p{{Lu}}[\p{{L}}'’. -]{{1,40}}(?:/\s*\p{{Lu}}[\p{{L}}'’. -]{{1,40}})?,\s*(?:{_DATE_STAMP.pattern})\s*(?:[-–—]\s*)?")
_TIME_LEAD = regex.compile(r"\s*\d{1,2}[:h]\d{2}\s+\S")
_CLOCK_LEAD = regex.compile(rf"\s*{TIME}\b")  # a programme's row: `9 h 00 : accueil`
_HOUR_LEAD = regex.compile(r"\s*\d{1,2}\s?[h:](?:\s?\d{2})?\s*[:–-]?\s+\p{L}")  # ... or `14 h : messe`, `16 h réception`
_CLOCK_CELL = regex.compile(rf"\s*{TIME}\s*")  # `9 h 00`, `10:30` alone: a programme's time, read one cell a line
_FOOTER_LINE = regex.compile(  # `© Site 2023`, `Mots-clés : Maroc, eau`, `Tags : ...`
    r"\s*(?:©|\(c\)\s|copyright\b|(?i:mots[- ]clés|tags|étiquettes|thèmes|rubriques?|crédits?\s+photos?|photo credits?)\s*:)", regex.IGNORECASE
)
_CREDIT_LABEL = regex.compile(r"\s*(?i:crédits?|credits?)\s*:\s*\p{Lu}")  # `Crédit : African Parks` between paragraphs
# (the patterns that end on `\s*$` and are asked only whether they match are searched from the line's end, REVERSE:
# from the start they are tried at every character of the line, and a line is searched for its end a dozen times)
# (a post's sentence may end on its emoji, `Rendez-vous samedi à Saly. 🦁`; emoji apart are buttons, `utile ? 👍 👎`)
_TERMINAL = regex.compile(r"[.!?…:;»\"”)](?:\s*[\p{Extended_Pictographic}\p{Regional_Indicator}\ufe0f\u200d]+)?\s*$", regex.REVERSE)
_WHOLE_QUOTE = regex.compile(r"\s*[«“\"][^«»“”\".!?…]{3,150}[»”\"]\s*")  # `« Le numérique doit servir l’école »`: a quoted headline
# `Choléra à Lubumbashi : « Nous avons 40 centres prêts »`: a headline that quotes someone after its colon
_COLON_QUOTE = regex.compile(r"\s*[^.!?…«»:]{2,80}\s:\s[«“\"][^«»“”\".!?…]{3,150}[»”\"]\s*")
_QUOTED_NAME_END = regex.compile(r"«[^«».!?…]{1,40}»\s*$", regex.REVERSE)  # `Faim « zéro »`: a short quote without a sentence end
_PHONE_END = regex.compile(r"\d[\d .()/-]{5,}\d\s*$", regex.REVERSE)  # a line that may end on a phone number
_EVENT_FIELD = regex.compile(r"\s*\p{Lu}[\p{L}'’()-]{1,24}\s?:\s+\S[^\n]{0,100}")  # `Lieu : salle polyvalente`: one word, then its value
_EMPTY_FIELD = regex.compile(r"\s*\p{L}[\p{L}'’() \-]{0,40}?\s?:\s*")  # `Intervenant(s) :`, `Date :` with nothing after
# `Décès : 145`, `Personnes déplacées : 1,2 million`, `Taux de couverture : 38 %`: a label and its figure
# `popularité : 3%`, `Vues : 1 204`, `Note : 4,5/5`: a widget's counter, a label and a bare number
_COUNTER = regex.compile(r"\s*\p{L}[\p{L}'’]{1,20}(?: \p{L}[\p{L}'’]{1,20}){0,2}\s?:\s*\d[\d \u00a0\u202f.,]*(?:\s?%|/\d{1,3})?\s*")
_THOUSANDS_COUNT = regex.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d{1,7}")  # `1 482 917`, `2318446`: a count, not a phone's pairs
_FIGURE_ROW = regex.compile(
    r"\s*\p{L}[\p{L}'’ ()\-]{0,60}?\s?:\s*(?:[<>≈~+]\s*)?\d[\d \u00a0\u202f.,]*(?:\s?%|\s?\p{L}+(?: \p{L}+){0,2})?\s*"
)
_END_MARK = regex.compile(r"\s*[-–—]\s*(?:30|(?i:fin|end))\s*[-–—]\s*")  # `– 30 –`, `– FIN –`: the end of a release
_END_WORD = regex.compile(r"\s*(?:FIN|Fin|END)\s*")  # ... or the word alone on its line
_ENTRY_SEPARATOR = regex.compile(r"\s*[–—:|-]\s+\S")  # after an agenda entry's date: `10 décembre 2025 – Toamasina ...`
_PLURAL_MARK_END = regex.compile(r"\p{L}\(\p{Ll}{1,3}\)\s*$", regex.REVERSE)  # `Document(s) joint(s)`: a bracket that ends a word, not a sentence
# `MIGRATIONS-GB-FRANCE-MANCHE`, `jlb/mla/ach`, `Rapport-annuel-2023.pdf`: one token, no words; a token
# without a letter (`343-555-0110`, `04/12/2024`) is a phone or a date, never a slug
_SLUG = regex.compile(
    r"\s*(?=\S*\p{L})(?:[\p{Lu}\d]+(?:[-/_][\p{Lu}\d]+){2,}|\p{Ll}{2,4}(?:/\p{Ll}{2,4})+"
    r"|\S+\.(?i:pdf|docx?|odt|xlsx?|pptx?|jpe?g|png|gif|zip))\s*"
)
_BANK_ACCOUNT = regex.compile(r"\b(?i:iban|bic|swift|compte|account)\b")
_QUESTION_HEADLINE = regex.compile(r"^[^.!?…]+\s?[?!]\s*$")  # one question (or exclamation) and nothing before it ends a sentence
# `1 204`, `12`, `2,5 %`, `200 M$`, `3,2 M€`, `45 millions`: a table's value alone on its line, maybe with its unit
_NUMERIC_CELL = regex.compile(
    r"[+-]?\d[\d\u00a0\u202f .,']*(?:\s?(?:%|‰|[kKMG]?[€$£]|Mds?\s?[€$]?|(?i:millions?|milliards?|FCFA|F CFA|USD|EUR|XOF|XAF|CHF)))?"
)
_TABS = regex.compile(r"\s*\t[\t ]*")  # a table's cells apart by tabs
_TABLE_SOURCE = regex.compile(r"\s*(?i:sources?)\s?:\s*\S")  # `Source : INS` under a table's last row
_SECTION_BREAK = regex.compile(r"\s*(?:#\s?){3,}|\s*(?:\*\s?){3,}")  # `###`, `# # #`, `***`: an end or a section mark
_CAPTION_LEAD = regex.compile(r"\s*(?i:photos?|légende|image|vidéo)\s?:")  # `Photo : Le directeur général ...`: a caption
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*")  # a word in lower case (names aside)
_OTHER_LANGUAGES = ("en", "pt", "es", "it", "de")  # (the languages a francophone site also prints its headlines in)
# who issued or credits it (`Source : Ministère de l’Europe ... |`, `De : Environnement Canada`): no headline, and under
# the title the page's metadata
_ISSUER_LEAD = regex.compile(r"\s*(?i:sources?|crédits?|de|from)\s?:")
# `(mis à jour le 01/12)`, `(PDF – 1,8 Mo)`, `(2)`: a bracket with a number, a date or a count, ends no sentence (a
# widget's heading, a link); `(voir p. 4.)` does, and so does a unit, `(francs CFA)`, over a table
_BRACKET_END = regex.compile(r"\([^()]*\d[^()]*(?<=[^.!?…\s])\s*\)\s*$", regex.REVERSE)
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")  # a sentence ends, another starts
_QUOTE_CLOSE = regex.compile(r"[»”\"]\s*$", regex.REVERSE)
_ATTRIBUTION = regex.compile(r"\s*[-–—]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*,\s*\p{Ll}[^.!?:;]*")  # `Marie Ndong, directrice générale de la CNSS`
_INNER_COLON = regex.compile(r"\p{L}\s?:\s\p{L}")
_POSSESSIVES = frozenset({"nos", "notre", "vos", "votre", "our", "your"})
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_RIGHTS = regex.compile(r"(?i:droits|rights|reproduction|réservés)")
_WIRE_INITIALS = regex.compile(rf"\s*{WIRE_INITIALS}\s*")  # `JDN/MU`, `MS/AS/ANP-Tillabéri`: a wire's initials
_RATING_STARS = "★☆✩✪✫✬✭✮✯⭐"
_RATING = regex.compile(rf"[{_RATING_STARS}]{{3,}}")  # `★★★★☆`: a rating widget's stars
_ROW_SEPARATOR = regex.compile(_STAMP_SEPARATOR.pattern + r"|/{2,}")  # a wire's slug line: `SANTE-ROUGEOLE /// 12/11/2025 10:24 /// 386 mots`
_NAME_PARTS = regex.compile(r"\s[–—-]\s|\s?\|\s?")
_NOT_OBFUSCATED = r"(?!\s*(?i:at|dot|arobase|point|chez)\s*\])"  # `[at]`, `[point]` hide an e-mail address: no button, no form field
_FORM_FIELD = regex.compile(r"\[" + _NOT_OBFUSCATED + r"\s*\p{L}[^\[\]@]{1,30}\]\s*\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s*$")
# `#VaccinsPourTous #Mali`, `Suivez-nous sur X : @UNICEFMali`: tags and accounts, maybe behind a short label
# (a post may close on emoji before its hashtags: `🐄🐐 #Élevage #Santé`)
_TAGS_OR_HANDLES = regex.compile(r"[\p{So}\p{Sk}\u200d\ufe0f\s]*+(?:\p{L}[\p{L}'’ -]{0,30}:)?(?:\s*(?<![\w.])[#@][\p{L}\p{N}_]{2,40}[,;]?)+\s*")
_ANSWER_BUTTONS = regex.compile(r"\?\s*(?i:oui\s*[|/]?\s*non|yes\s*[|/]?\s*no)\s*$", regex.REVERSE)
_WIDE_GAP = regex.compile(r"\s{4,}")
_DASH_OR_COMMA = regex.compile(r"[-–—,]")
_SITE_SUFFIX = regex.compile(r"\s*[|–—-]\s*[^|\n]{2,80}")  # ` | Organisation internationale pour les migrations`
_SITE_PREFIX = regex.compile(r"[^|\n]{2,80}?\s*[|–—-]\s*")
_BRACKETED = regex.compile(r"\s*\([^()]{3,120}\)\s*")  # `(Jean Martin, édité par Claire Dubois)`: a credit, not a sentence
_NUMBERS = regex.compile(r"\d+")
_SENTENCE_END = regex.compile(r"[.!?…]\s*$", regex.REVERSE)
_INNER_SENTENCE_END = regex.compile(r"(?<=\p{L}{2}|\d)[.!?…](?=\s)")  # (not an initial's dot, `M. Diallo`)
_MARKS = regex.compile(r"\p{Mn}+")  # combining accents, once a text is decomposed (NFD)
# what is not a capital, and what is not another letter: deleting them counts the rest (faster than findall)
_NOT_UPPER = regex.compile(r"\P{Lu}+")
_NOT_LOWER = regex.compile(r"[^\p{L}]+|\p{Lu}+")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_PLAIN_WORD = regex.compile(r"[\p{L}\p{N}]+")
_LETTERS_WORD = regex.compile(r"\p{L}+")
_ELIDED = regex.compile(r"(?<![\p{L}\p{N}])(?:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu)['’]\p{L}")  # `d'une`, `l'âme`: a function word elided onto the next
_GLUE = regex.compile(r"\p{Ll}(?=\p{Lu})")  # `Lire la suiteBrazzaville`: a line break lost between two texts
# what separates labels written on one line: `Accueil | Presse`, `A · B`, `A – B`, a tab, `A  B` (a lost tab)
_ICON = regex.compile(r"[\p{So}\u2190-\u21ff\u25a0-\u25ff]")  # a button's glyph: `☆`, `↗`, `▾`
_LABEL_SEPARATOR = regex.compile(r"\s+[|·•–—/-]\s+|\s*[|·•\t]\s*|\s{2,}")
_LABEL_MARK = regex.compile(r"[|·•\t]|\s[–—/-]\s|\s\s")  # (in each of `_LABEL_SEPARATOR`'s matches)
_LABEL_LEAD = regex.compile(r"\s*\p{L}[\p{L}'’ -]{0,24}\s?:\s+")  # `Suivez-nous : ` before a list of labels
_FIELD = regex.compile(r"\s*\p{L}[\p{L}'’ ()]{1,24}\s?:\s*[^:]{1,40}")  # `Pays : Haïti`, `Source : OCHA`: a page's metadata field
_LIST_ITEM_SEPARATOR = regex.compile(r",|\s(?:et|and)\s")
_ACRONYM = regex.compile(r"\p{Lu}{2,}")
_COMMA = regex.compile(r",")
_LINKING_WORDS = frozenset("de du des d la le les l un une au aux à en pour par sur sous avec sans vers entre chez dans et ou".split())  # lead to a word
# words that make a clause of a list item: a pronoun, a negation, an auxiliary, `dans` (`Moreau s’imposent dans le
# brouillard`); a name links its words with `de`, `la`, `pour`, `aux` and never with these
_CLAUSE_WORDS = frozenset("s se n ne pas qu que qui il elle ils elles on nous vous est sont ont sera dans".split())
# ` par l'équipe Haïti`: who wrote it (a blog adds its categories: ` par admin_amsd dans Actualités, Projets`)
_AUTHOR = regex.compile(r"\s*,?\s*(?i:par|by)\s+\p{L}[^.!?:;,]{1,50}?,?(?:\s(?i:dans|in)\s+\p{Lu}[^.!?:;]{0,60})?\s*")
_AUTHOR_WORD = regex.compile(r"\b(?i:par|by|dans)\b")
_CATEGORY = regex.compile(r"\s*,?\s*(?i:dans)\s+\p{Lu}[^.!?:;]{0,60}\s*")  # `Posté le 5 juin 2025 dans Faune`: the post's rubric
_PARTICIPLE = regex.compile(r"^\s*(?:\p{L}{2,16}é|\p{Lu}\p{Ll}{1,15})\s+(?=(?i:par|by)\s)")  # `Publié `, a forum's `Message ` before `par ...`
_DOC_NUMBER = regex.compile(r"\b(?i:n[°o]|no\.|numéro)\s*\d+\b")
_TICKER_MARKS = "▸►▶→❯"
_TICKER_SEPARATOR = regex.compile(rf"\s*[{_TICKER_MARKS}]\s*")
# a news ticker's label over its one headline (`FLASH INFO : Nouakchott : coupure ...`, `DERNIÈRE MINUTE – Mali : ...`)
_TICKER_LABEL = regex.compile(
    r"\s*(?i:flash(?:\s+info)?|dernières?\s+minutes?|breaking(?:\s+news)?|en\s+continu|alerte\s+info|fil\s+info|última\s+hora|últimas\s+notícias|latest\s+news)"
    rf"\s*(?::|[-–—|]|\+{{2,}}|[{_TICKER_MARKS}])\s*(?=\S)"
)
_TICKER_ITEM = regex.compile(r"\s+[·•]\s+")  # the headlines behind a ticker's arrow, apart by bullets
_BULLET_SEPARATOR = regex.compile(r"\s*•\s*")
_BYLINE = regex.compile(r"\s*(?:(?:(?i:[ée]crit|r[ée]dig[ée]|publi[ée]|post[ée]|written|posted)e?\s+)?(?i:par|by)\s+(?:\p{Lu}|(?i:notre|nos|la|le|our)\s)|(?i:propos recueillis par)\s)")  # `Par Jean Dupont`, `Écrit par ...`
# the field `Publié par : Service de presse` (a participle and a colon: `Adopté par le Conseil, le budget ...` is a headline)
_POSTED_BY = regex.compile(r"\s*(?:(?i:dit|a écrit|says|wrote)\s*:?|[-–—,|:·])\s*$")  # `Nadège dit :` before the date
_BYLINE_FIELD = regex.compile(r"\s*\p{L}{2,16}[ée]\s+(?i:par|by)\s?:\s*\p{Lu}")
# `Reportage : M. Lambotte et J. Vandenberghe`, `Texte et photos : A. Diallo`: a label over the names of those who made
# the story, one at least with its initial (`Portrait : Marie Lambotte` may be a headline)
_CREDIT_NAME = r"(?:(?:\p{Lu}\.-?\s?){1,2}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})"
_CREDIT_FIELD = regex.compile(
    rf"\s*\p{{Lu}}\p{{L}}{{2,15}}(?:\s\p{{L}}{{2,6}}\s\p{{L}}{{2,15}})?\s?:\s*{_CREDIT_NAME}(?:\s*(?:,|\bet\b|&|\band\b)\s*{_CREDIT_NAME}){{0,4}}\s*"
)
_INITIAL = regex.compile(r"(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}")
_LINK_ACTION = regex.compile(  # `Télécharger le document complet`, `Lire aussi`: a link to another page
    r"\s*(?i:télécharger|lire|voir|consulter|cliquez|abonnez-vous|inscrivez-vous|suivez-nous|retrouvez-nous|download|read|view|share|subscribe|follow us)\b"
)
# `Écouter le reportage ›`, `Lire la suite »`: a few words and an arrow, whatever the verb (not a closing quote)
_LINK_ARROWS = "›→↗➔➜⇒⟶"  # (`Lire l’article original ↗`: the mark of a link leaving the site too)
_ARROW_LINK = regex.compile(r"\p{L}[^.!?:;«»\n]{0,60}?\s*(?:[" + _LINK_ARROWS + r"]|»(?<!«[^»]*»)|>)\s*")
# the last words of a line after its last sentence end (`... Nature.Lire la suite →`), read from near the end
_LINKS_IN_BRACKETS = regex.compile(r"\s*\[" + r"(?!\s*(?i:at|dot|arobase|point|chez)\s*\])" + r"([^\[\]@]{2,60})\]\s*$", regex.REVERSE)  # `[modifier | modifier le code]`
_TAIL_AFTER_SENTENCE = regex.compile(r"[.!?…»)]\s*(\p{Lu}[^.!?…\n]{1,40})$")
# `Lire la suite sur Sahel Matin ›` glued to the next headline: the arrow ends the link
_GLUED_LINK = regex.compile(_LINK_ACTION.pattern + r"[^›»→\n]{0,60}?[›»→]\s*(?=[\p{Lu}«\"“\d])")
_FILE_SIZE = regex.compile(r"\(\.?(?i:pdf|docx?|xlsx?|odt|zip|ics|csv|pptx?|jpe?g|png|gif|webp|tiff?|mp3|mp4|mov|wav)\b[^)]*\)|\(\s*\d+(?:[,.]\d+)?\s*(?i:[kmg]o|[kmg]b)\s*\)")
# a file's type and size alone on its line, under its link (`PDF – 230 ko`)
# what a subscription offer sells: a price by the month or year, a premium tier, reading without advertising
_OFFER = regex.compile(r"(?i:\bpar\s+(?:mois|an|année|semaine)\b|/\s?(?:mois|an)\b|\b(?:per|a)\s+(?:month|year)\b|\bpremium\b|\bsans\s+publicités?\b|\bad-free\b)")
_SUBSCRIBE_BUTTON = regex.compile(r"\s*(?i:je\s+m['’]abonne|s['’]abonner|abonnez-vous|m['’]abonner|subscribe(?:\s+now)?)\s*[!›>→]?\s*")
# a call to sign in that ends on the account's buttons (`Ne manquez rien de ce qui se passe. Connectez-vous | Inscrivez-vous`)
_ACCOUNT_BUTTON = r"(?i:se\s+connecter|connectez-vous|s['’]inscrire|inscrivez-vous|créer\s+un\s+compte|sign\s+in|log\s+in|sign\s+up)"
_SIGN_IN_CALL = regex.compile(rf"(?:[.!?…|·•–—]\s*|\s{{2,}}){_ACCOUNT_BUTTON}(?:\s*[|·•]\s*{_ACCOUNT_BUTTON})*\s*$", regex.REVERSE)
# a comment or reply field's call (`Publier votre réponse`, `Écrire une réponse…`, `Laisser un commentaire`)
_REPLY_FIELD = regex.compile(
    r"\s*(?i:publier|publiez|écrire|écrivez|ajouter|ajoutez|rédiger|laisser|laissez|post|write|add|leave)\s+(?i:votre|un|une|a|your)\s+"
    r"(?i:réponse|commentaire|message|reply|comment)\s*(?:…|\.{3})?\s*"
)
_SUBSCRIBE = regex.compile(r"(?i:\babonnez[- ]vous\b|\bsubscribe (?:now|today)\b)")  # `Soutenez X : abonnez-vous pour 2 000 FCFA par mois`
# a note that the page is a translation or a summary, another language's text being the one that counts (`Ce résumé
# en français est fourni à titre d’information ; seul le compte rendu en anglais fait foi.`, `Traduction non officielle`);
# a speech's `Seul le prononcé fait foi` names no language: it is the speech's own line
_TRANSLATED = regex.compile(r"(?i:\btraduction\s+(?:non\s+officielle|automatique|de\s+courtoisie)|\b(?:unofficial|machine|courtesy)\s+translation)\b")
_TRANSLATED_WORDS = ("traduction", "translation")  # (one of them in each match, in lower case)
# a site's disclaimer over a text it reprints (`Ce communiqué est publié tel que transmis par son émetteur. Il n’engage pas
# la rédaction.`): the publisher speaks of the text, as a translation notice does
_REPRINT_NOTICE = regex.compile(
    r"(?i:\b(?:publiée?s?|diffusée?s?|reproduite?s?)\s+tel(?:le)?s?\s+(?:que|qu['’])\s*(?:transmise?s?|reçue?s?|fournie?s?)"
    r"|\bn['’]engagen?t?\s+(?:pas|en\s+rien|nullement)\s+(?:la\s+rédaction|le\s+journal|le\s+site|l['’]agence|notre\s+rédaction)"
    r"|\bn['’]engagen?t?\s+que\s+(?:son|ses|leurs?)\s+(?:auteure?s?|émetteurs?|signataires?)"
    r"|\b(?:published|distributed)\s+as\s+(?:received|provided|submitted))\b"
)
_REPRINT_WORDS = ("transmis", "reçu", "fourni", "n'engage", "n’engage", "published", "distributed")  # (one in each match)
# the reader asked to install an app from the stores (`📱 Téléchargez l'application X sur Google Play et l'App Store ...`)
_APP_CALL = regex.compile(
    r"[^\p{L}]{0,4}(?i:téléchargez|installez|retrouvez|download|get)\b[^\n]{0,120}?\b(?i:google\s?play|app\s?store|play\s?store)\b"
)
_OUR_APP = regex.compile(r"(?i:\bnotre\s+(?:application|appli)\b|\bour\s+app\b)")
_AUTHORITATIVE = regex.compile(r"(?i:\bf(?:ait|ont|aisant)\s+foi|\bis\s+(?:the\s+)?authoritative|\bprevails?)\b")
_AUTHORITATIVE_WORDS = ("foi", "authoritative", "prevail")
_LANGUAGE_NAMED = regex.compile(
    r"(?i:\b(?:en|in)\s+(?:anglais|français|espagnol|portugais|arabe|allemand|italien|russe|chinois|néerlandais|english|french|spanish|portuguese|arabic)"
    r"|\bversions?\s+(?:anglaise|française|espagnole|portugaise|arabe|allemande|originale)|\b(?:english|french|original)\s+(?:version|text))\b"
)
# `Fin de l’aperçu – Téléchargez le document complet (6 pages)`: a download call that gives the document's length
_PAGES_OFFERED = regex.compile(r"(?:^|[–—|:]\s*)(?i:t[ée]l[ée]charge[rz]|download)\b.{0,80}\(\s*\d{1,4}\s*(?i:pages?|p\.)\s*\)\s*$")
_TYPE_AND_SIZE = regex.compile(r"\s*(?i:pdf|docx?|xlsx?|odt|zip|pptx?|mp3|mp4)\s*[–—,|:-]?\s*\d+(?:[,.]\d+)?\s*(?i:[kmg]o|[kmg]b)\s*")
# `Lecture : 2 min.`, `3 min de lecture`, `Temps de lecture : 4 minutes`, `2 min read`: how long the page takes to read
_READING_TIME = regex.compile(r"\s*(?i:(?:temps\s+de\s+)?lecture\s*:?\s*\d{1,2}\s*min(?:utes?)?\.?|\d{1,2}\s*min(?:utes?)?\.?\s+(?:de\s+lecture|read))\s*")
_TEXT_SIZE = regex.compile(r"\s*A(?:\s+A){0,2}\s*")  # (`A+` and `A-` stand among a menu's labels: the menu rule takes them)
_TEMPERATURE = regex.compile(r"(?<![\p{L}\d])[-+−]?\d{1,2}(?:[,.]\d)?\s?°\s?[CF]\b")
_EXCHANGE_RATE = regex.compile(
    r"\b\d+(?:[,.]\d+)?\s?(?:\p{Lu}{3}|[€$£])\s?=\s?\d[\d\s\u00a0\u202f.,]*\s?(?:\p{Lu}{3,4}|[€$£])(?!\p{L})"
    r"|\b\p{Lu}{3}/\p{Lu}{3}\s?:?\s?\d+(?:[,.]\d+)?"  # `EUR/XOF 655,957`: a currency pair and its rate
)
# a market ticker's quote: a label, its price or level (a unit per unit, `FCFA/kg`, a currency, `%`) and maybe its change
# in brackets (`cacao (Douala) 1 935 FCFA/kg`, `BVMAC 1 046,1 (+0,3 %)`, `EUR/XAF 655,957`); it ends on its number
_MARKET_QUOTE = regex.compile(
    r"(?=[^\d\n]{0,20}\p{L})[^\n]{1,40}?\s\d[\d\u00a0\u202f ]*(?:[.,]\d+)?(?:\s?(?:\p{Lu}{2,5}|\p{L}{1,5}|[€$£])?/\p{L}{1,5}|\s?\p{Lu}{2,5}|\s?[%€$£])?"
    r"(?:\s?\(\s?[+\-−±]\s?\d+(?:[.,]\d+)?\s?%?\s?\))?\s*"
)
_MARKET_SIGNAL = regex.compile(r"\d\s?(?:\p{L}{1,5}|[€$£])?/\p{L}{1,5}\b|\(\s?[+\-−±]\s?\d|\b\p{Lu}{3}/\p{Lu}{3}\b")  # a price per unit, a change, a pair
_MARKET_SEPARATOR = regex.compile(r"\s[·•|]\s")
# a post's counters, each a glyph and a number (`♡ 214  💬 31  ↻ 58`): reactions, comments, shares
_COUNTERS = regex.compile(
    rf"\s*(?:{_ICON.pattern}\ufe0f?\s*\d[\d.,]*\s?[kKM]?\s*){{2,}}"
    rf"|\s*{_ICON.pattern}\ufe0f?\s*\d[\d.,]*\s?[kKM]?\s*[·|•]\s*\d{{1,2}}[:h]\d{{2}}\s*"  # `👁 12,4 K · 09:14`: a post's views and time
)
# a media player's button: a label and the clip's length (`▶ Écouter (2:48)`, `Voir la vidéo (1:05:12)`)
_PLAYER = regex.compile(r"[^\p{L}\p{N}]{0,3}\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,3}\s*\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)")
# `Écouter le podcast « Mer et climat » – épisode 14 (28:40)`: a call to play a recording, with its length
_PLAY_CALL = regex.compile(
    r"[^\p{L}\p{N}]{0,3}(?i:écouter|écoutez|réécouter|réécoutez|regarder|regardez|revoir|visionner|voir la vidéo|listen|watch|play)\b[^.!?]{0,120}"
    r"\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)"
)
# `▶ EN DIRECT – Écoutez Djoliba FM (98.7 à Kankan, 101.2 à Siguiri)`: a station's live stream, a play mark or a `direct`
# label before the call to listen or watch (its frequencies, decimals, are no sentence's end)
_LIVE_CALL = regex.compile(
    r"\s*(?:[▶►⏵▷]\s*(?:(?i:en direct|live)\s*[–—:|·-]?\s*)?|(?i:en direct|live)\s*[–—:|·-]\s*)"
    r"(?i:écoutez|écouter|regardez|regarder|suivez|listen|watch)\b(?:[^.!?]|\.\d){0,120}"
)
_SUM_AT_EDGE = regex.compile(r"^\s*\d[\d\s.,]*[%‰€$£]|\d\s?[%‰€$£]\s*$")  # `12 % des ...`, `... en baisse de 12 %`
# a page number in a line's key (`_key`: no punctuation): `... 3`, `... page 3 sur 12`, `page 2 4 ...`
_PAGE_AT_END = regex.compile(r"\s+(?:page\s+)?\d{1,4}(?:\s+(?:sur\s+|of\s+)?\d{1,4})?$")
_PAGE_AT_START = regex.compile(r"^(?:page\s+)?\d{1,4}(?:\s+(?:sur\s+|of\s+)?\d{1,4})?\s+")
_WEB_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|(?<![@\w.])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\b")  # `site.example.com`, not an e-mail
# a link's glyph and its site's address before the call to open it
_LINK_LEAD = regex.compile(rf"[\p{{So}}\u2190-\u21ff]\ufe0f?\s*(?:(?:{_WEB_ADDRESS.pattern})\s*[–—|:-]\s*)?")
# the site's call to follow an account on the social networks, the whole line (`Suivez le Ministère sur les réseaux
# sociaux`, `Retrouvez-nous sur Facebook et LinkedIn`): a widget's label; the list's phrases only say `nous`
_SOCIAL = r"(?i:(?:les\s+)?(?:réseaux|médias)\s+sociaux|facebook|twitter|x|linkedin|instagram|youtube|tiktok|threads|bluesky)"
_FOLLOW_CALL = regex.compile(
    rf"\s*(?i:suivez|retrouvez|rejoignez)(?:-(?i:nous|les?|la))?(?:\s+[^.!?:;,\n]{{1,50}}?)?\s+(?i:sur)\s+{_SOCIAL}"
    rf"(?:\s*(?:,|(?i:et|ou))\s*{_SOCIAL})*\s*[:!.]?\s*"
)
_PAGE_ADDRESS = regex.compile(r"https?://[^\s/]+/\S*")  # a full address with its path, alone on its line
_LINK = regex.compile(r"\s*(?:\S+@\S+|(?:https?://|www\.)\S+)")
_DIGITS = regex.compile(r"\d")
# a page's script printed as text: JSON-LD's object (`{"@context":"https://schema.org", ...}`), a statement of
# JavaScript (`window.dataLayer = ...`, `var _paq = ...`, `function gtag(){...}`)
_CODE_LINE = regex.compile(
    r"\s*(?:[\[{]\s*\"[@$\w-]{1,40}\"\s*:|(?:var|let|const)\s+[$\w]+\s*=|function\s*[$\w]*\s*\(|(?:window|document)\.[$\w]+|dataLayer\b|gtag\s*\()"
)
_MARKUP_ONLY = regex.compile(r"(?:\s*<[a-zA-Z/!][^<>]{0,500}>)+\s*")  # `<img src="logo.png" alt="Logo" />` and nothing else
# one element of a tag the HTML stage does not know, around a field's value (a raw feed's `<pubDate>...</pubDate>`,
# `<guid>`, `<category>`): markup; its value, no prose, is no text
_ELEMENT_ONLY = regex.compile(r"\s*<(?P<tag>[A-Za-z][\w:.-]*)(?:\s[^<>]*)?>(?P<value>[^<>]{0,300})</(?P=tag)>\s*")
_BUTTON = regex.compile(r"\[" + _NOT_OBFUSCATED + r"(?=[^\[\]]*\p{L})[^\[\]@]{2,30}\]")  # `[Accepter]`, `[Paramétrer]`: a button's text (not `[email protected]`, nor a country code `[00 243]`)
# `votre e-mail [ OK ]`, `[S'inscrire]`: a form ends on its one-word button (`[email protected]` is two words)
_IMPERATIVE = regex.compile(r"\s*\p{Lu}\p{Ll}+ez(?:-(?:vous|nous|le|la|les))?\b")  # `Recevez ...`, `Inscrivez-vous ...`: the reader addressed
_REQUIRED_FIELD = regex.compile(r"\s*\p{L}[\p{L}'’\- ]{0,30}?\s?\*\s*")  # `Adresse e-mail *`, `Nom *`: a form's field
_FORM_BUTTON = regex.compile(r"\[" + _NOT_OBFUSCATED + r"\s*\p{L}[\p{L}'’-]*\s*\]\s*$")
_COPYRIGHT = regex.compile(r"©|\(c\)\s|\bcopyright\b|\btous droits réservés\b|\ball rights reserved\b", regex.IGNORECASE)
_COPYRIGHT_WORDS = regex.compile(r"©|\(c\)|\bcopyright\b|tous droits réservés|all rights reserved|\b\d{4}\b", regex.IGNORECASE)
_NAME_SEPARATOR = regex.compile(r"[.·|•]|\s[-–—]\s")
# a number someone can call; a date (`2024-03-08`, `04/12/2024`) has the digits of one, not the shape
_NUMBER = r"(?<![\d/.-])(?!\d{4}-\d\d-\d\d\b|\d\d?[/.]\d\d?[/.]\d{4}\b|\d\d?/\d\d?/\d\d\b|(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d\b)\+?\d"  # a date is no number to call, nor a span of years (`le plan d’action 2025-2028`, `© 2009 - 2025`)
_CONTACT_DATA = regex.compile(rf"@|\[email|{_NUMBER}[\d .()/-]{{8,}}\d")  # an address or a number someone can call
_CONTACT_VALUE = regex.compile(rf"\S+@\S+|\[email[^\]]*\]|{_NUMBER}[\d .()/-]{{8,}}\d")  # the address or the number itself
# (a number before a dotted date, `lignes 3 et 12 (03.12.2025)`, is no number to call)
_CONTACT_BLOCK = regex.compile(
    rf"@|\[email|{_NUMBER}(?![\d .()/-]{{0,6}}[(\s]\d\d?[/.]\d\d?[/.]\d{{4}}\b)[\d .()/-]{{8,}}\d|\b(?:contacter|contacts? (?:presse|média|media)|relations? (?:presse|médias))\b",
    regex.IGNORECASE,
)
_PRESS_WORDS = r"presse|médias?|media|porte-parole|renseignements"
_PRESS_LABEL = regex.compile(rf"\b(?:contacts?|{_PRESS_WORDS})\b", regex.IGNORECASE)
# a press word, not a bare `Contact`: what makes contact data a story's own (`Contact presse`, `Relations médias`)
_PRESS_WORD = regex.compile(rf"\b(?:{_PRESS_WORDS}|press)\b", regex.IGNORECASE)
# a contact hint: an address (plain, hidden or obfuscated), a contact word, or a number someone can call;
# three patterns searched one after the other cost half of one pattern with all the alternatives
_CONTACT_HINTS = (
    regex.compile(r"@|\[email|[\[(]at[\])]", regex.IGNORECASE),
    # (searched in the lower-cased line by the standard `re`: a third of the time of IGNORECASE)
    re.compile(
        r"\b(?:t[ée]l(?:[ée]copie)?|fax|courriel|e-?mail|mobile|portable|contact(?:s|er)?|porte-parole|personnes?-ressources?"
        r"|(?:relations?|service|bureau|attach[ée]e?s?)\s+(?:de\s+)?presse)\b"
        # a label that opens a line of contact (`Information : Centre de services aux citoyens, 311`, `Renseignements :`)
        r"|^\s*(?:informations?|renseignements?)\s*:"
    ),
    # (a sum in a currency is no number to call: `131 020 $ US collectés`)
    regex.compile(rf"{_NUMBER}[\d .()/-]{{6,}}+(?!\s*[$€£%])"),
)
# (one of these strings in each match of the word pattern, one such run in each of the number pattern's)
_CONTACT_WORD_STEMS = ("tel", "tél", "fax", "courriel", "mail", "mobile", "port", "contact", "ressource", "presse", "information", "renseignement")
_NUMBER_RUN = regex.compile(r"\d[\d .()/-]{6}")
_FUNCTION_WORDS = frozenset(
    """de du des la le les l d un une et à a au aux en dans par pour sur avec sans sous entre vers chez
    qui que qu quoi dont où ce cet cette ces se sa son ses leur leurs nous vous ils elles il elle on
    ne pas plus est sont été être ont avait était sera y n s c j m t mais ou donc or ni car comme si
    the of and to in a is that for on with as by at from are was were be this it an
    will would has have had its their his her they we our not or but which who also into over than after""".split()
)


class _kept:
    """A property worked out on a line's first use and kept on it: `functools.cached_property` without the lock
    that Python 3.11 takes on every first use (on the thousands of lines of a page, more than the tests it keeps).
    A line does not change, and no thread shares a page's lines."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, line, owner=None):
        if line is None:
            return self
        value = line.__dict__[self.name] = self.fn(line)  # (found in the instance from then on: a non-data descriptor)
        return value


def _per_line(fn):
    """A test of a line alone, worked out once and kept on the line: the judge, the article's search and the end's
    rules each ask it again of the same lines (as `_kept`, for a test that is a function of its own)."""
    name = f"_{fn.__name__}"

    def kept(line):
        found = line.__dict__
        if name not in found:
            found[name] = fn(line)
        return found[name]

    kept.__name__, kept.__doc__, kept.__wrapped__ = fn.__name__, fn.__doc__, fn
    return kept


@dataclass(frozen=True)
class Line:
    """One line of the page and what its shape says."""

    index: int
    start: int
    end: int  # end of the line, before the newline
    text: str  # the line without the chrome glued to its end
    words: int
    function_share: float
    key: str  # what makes two lines the same line (`_key`), compared again and again (doubled labels, copies, site profiles)
    chrome_tail: int = 0  # length of `Lire la suite →` glued after the last sentence (`... Nature.Lire la suite →`)

    @_kept  # asked of every line by nearly every rule
    def blank(self) -> bool:
        return not self.text.strip()

    @_kept  # read by the site-name, letterhead and header rules, each over the whole page
    def folded(self) -> str:
        """The line's key without accents (`_folded`)."""
        return _without_accents(self.key)

    @_kept  # asked by the header, tail and site rules alike
    def hints_contact(self) -> bool:
        """`Tél.`, an e-mail, `Contact presse`, a number someone can call: part of a contact block."""
        text = self.text
        address, word, number = _CONTACT_HINTS
        # (each pattern is tried only where what it needs stands: the address `@`, `[` or `(`, a word one of the
        # strings its words hold, a number a run of seven digits and marks; substring tests are many times faster)
        low = text.lower()
        return bool(
            (("@" in text or "[" in text or "(" in text) and address.search(text))
            or (any(map(low.__contains__, _CONTACT_WORD_STEMS)) and word.search(low))
            or (_NUMBER_RUN.search(text) and number.search(text))
        )

    @_kept  # asked by the judge, then again when the page is cut
    def glued(self) -> int:
        """Length of the web chrome glued to the line's start (`glued_chrome`)."""
        return glued_chrome(self)

    @_kept  # asked of the line and of its neighbours by the judge, the title's search and the end's rules
    def date_stamp(self) -> bool:
        """Is the line a date stamp and nothing else (`is_date_stamp`)?"""
        return _is_date_stamp(self.text)

    @_kept  # the shapes of numbers, times and dates are tried only where a digit stands
    def digits(self) -> bool:
        """Does a digit stand on the line?"""
        return _DIGITS.search(self.text) is not None

    @_kept  # asked of each pair of lines by the listing's and the title's search
    def story_stamp(self) -> bool:
        """A story's date stamp (`21 Feb 2024 - 08:13`) or its credit and date (`Source : Lusa, 29/11/2025`)."""
        return self.date_stamp or is_credit_stamp(self.text)

    @_kept  # asked by the judge, the running lines' search and the end mark's count alike
    def page_number(self) -> bool:
        """Is the line a page's number and nothing else (`_PAGE_NUMBER`: `3`, `- 3 -`, `Page 2/4`)?"""
        return _PAGE_NUMBER.fullmatch(self.text) is not None

    @_kept  # asked of the line and of its neighbours by nearly every rule
    def terminal(self) -> bool:
        """Does the line end on a sentence's or a clause's mark (`_TERMINAL`: `.`, `:`, `»`, ...)?"""
        return _TERMINAL.search(self.text) is not None

    @_kept  # asked again and again by the rules; the line does not change
    def is_prose(self) -> bool:
        """A line of running text: long enough, with the function words that sentences have."""
        long_enough = self.words >= 8 or (self.words >= 5 and self.terminal)
        return long_enough and self.function_share >= 0.15 and not _mostly_capitals(self.text)


def _mostly_capitals(text: str) -> bool:
    """An ALL-CAPS line is a heading, however long."""
    # (the plain lower-case letters `a`-`z`, counted on the bytes, many times faster than the patterns: a line with
    # a quarter as many of them as it has other characters, as prose has, cannot be in capitals)
    encoded = text.encode("utf-8", "surrogatepass")  # (a lone surrogate is no letter `a`-`z` either)
    plain_lower = len(encoded) - len(encoded.translate(None, _ASCII_LOWER))
    if len(text) - plain_lower < 4 * plain_lower:
        return False
    upper = len(_NOT_UPPER.sub("", text))
    if upper < 4 or upper < 4 * plain_lower:
        return False  # (four capitals at least, whatever the rest: the cheap counts first)
    lower = len(_NOT_LOWER.sub("", text))  # letters without case count as lower
    return upper + lower >= 4 and upper > 0.8 * (upper + lower)


@lru_cache(maxsize=1)
def _chrome_words() -> frozenset[str]:
    """The words of the short chrome phrases (`Partager`, `Lire la suite`); a long phrase's words (`cette
    réponse vous a-t-elle été utile`) are ordinary words, sought as the whole phrase (`_chrome_phrases`)."""
    words: set[str] = set()
    for phrase in load_json("web_chrome.json")["phrases"]:
        if len(phrase.split()) <= 3:
            parts = _WORD.findall(phrase.lower())
            # (a letter is chrome as a phrase of its own, `X`, or in a compound, `e-mail`: the `s` of `s'abonner`
            # would make a table's row label `S` a share button)
            words.update(w for w in parts if len(w) > 1 or len(parts) == 1 or f"{w}-" in phrase.lower())
    # (a page types the apostrophe either way: `Je m’abonne` is the list's `je m'abonne`)
    return frozenset(words | {w.replace("'", "’") for w in words})


def split_lines(text: str) -> list[Line]:
    """The lines of `text` with their offsets and shape.

    >>> [l.text for l in split_lines("Agir\\nAgir")]
    ['Agir', 'Agir']
    >>> split_lines("Trente-deux stands sur quarante-six ont déjà trouvé preneur. Les quatorze emplacements restants "
    ...             "seront attribués lors d'une commission prévue fin avril.")[0].is_prose  # (dense, but prose)
    True
    """
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        tail = _chrome_tail(raw)
        line = raw[: len(raw) - tail]
        low = line.lower()
        words = _WORD.findall(low)
        # (the key from the same words, unless a list mark opens the line: `1.` is no word of it)
        key = _key(line) if _LIST_MARK.match(line) else " ".join(words)
        lines.append(Line(i, pos, pos + len(raw), line, len(words), _share(words, low), key, tail))
        pos += len(raw) + 1
    return lines


def _share(words: list[str], low: str = "") -> float:
    """The share of function words among a line's `words`; given the lower-cased line `low`, an elided article or
    pronoun counts too (`d'une`, `l'âme`, `qu'il` are one word each here)."""
    found = sum(map(_FUNCTION_WORDS.__contains__, words))
    if "'" in low or "’" in low:
        found += len(_ELIDED.findall(low))  # (an elided word is one `_WORD`, never a function word itself)
    return found / len(words) if words else 0.0


def _chrome_tail(text: str) -> int:
    """Length of the web chrome glued after the last sentence of a text (`... Nature.Lire la suite →`), else 0.
    The line is read without it, so that it still ends a sentence.

    >>> _chrome_tail("Les résultats sont publiés dans la revue Nature.Lire la suite →"), _chrome_tail("Lire la suite →")
    (15, 0)
    >>> _chrome_tail("Plus de 250 000 réfugiés ont franchi la frontière du Ouaddaï. Le")
    0
    >>> _chrome_tail("Une saison record[modifier | modifier le code]")  # a wiki's edit links after a section heading
    29
    """
    if text.endswith("]") and (b := _LINKS_IN_BRACKETS.search(text)) is not None and b.start() > 0:
        # links in brackets glued to a heading or a sentence: each of their labels opens on a chrome word (`modifier le code`)
        chrome = _chrome_words()
        if all(1 <= len(w := _WORD.findall(part.lower())) <= 3 and w[0] in chrome for part in b.group(1).split("|")):
            return len(text) - b.start()
    m = _TAIL_AFTER_SENTENCE.search(text, max(0, len(text) - 48))
    if m is None or len(_WORD.findall(text, 0, m.start(1))) < 5:
        return 0
    tail = m.group(1)
    words = _WORD.findall(tail)
    if all(w.lower() in _FUNCTION_WORDS for w in words):
        return 0  # `... du Wadi Fira. Le` ⏎ `camp de ...`: a sentence wrapped after its first word
    link = bool(_LINK_ACTION.match(tail)) and len(words) <= 4
    return len(text) - m.start(1) if link or _is_chrome(tail, _chrome_words(), share_bar=False) else 0


RELATED_LINKS = 8  # the headlines a heading of links to other pages lists, at most
_HANDLE_ALONE = regex.compile(rf"\s*{_HANDLE}\s*")
_CLOCK_THEN_DATE = regex.compile(r"\s*\d{1,2}[:h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*[·•|–-]\s*(?P<date>.+)")


def _is_timed_stamp(text: str) -> bool:
    """`10:42 AM · 1 déc. 2025`: a post's clock time, then its date."""
    m = _CLOCK_THEN_DATE.fullmatch(text)
    return m is not None and _DATE_HINT.search(m.group("date")) is not None


def judge(lines: list[Line], names: set[str] | None = None) -> dict[int, str]:
    """Line index -> why it is boilerplate, for the lines whose shape alone says so. (`names`: the site's names as
    its copyright line gives them, `_site_names`, when the caller has them already.)

    >>> judge(split_lines("Agir\\nAgir\\n-\\nPartager"))
    {0: 'menu label printed twice', 1: 'duplicated line', 2: 'bare separator', 3: 'web chrome'}
    """
    chrome = _chrome_words()
    content = [l for l in lines if not l.blank]
    keys = [l.key for l in content]
    places: dict[str, list[int]] = {}  # where each line's key stands (so also how often)
    for n, k in enumerate(keys):
        places.setdefault(k, []).append(n)
    running = _running_lines(content, keys, places)
    contents, sections = _numbered_contents(content, keys)  # (a section's numbered heading, printed in the contents too)
    contents |= _listed_headlines(content, keys)
    # `-30-` alone, where no other page mark stands, is the newsroom's end of a release (Québec), no page 30
    pages = sum(l.page_number for l in content) if any(_END_MARK.fullmatch(l.text) for l in content) else 0
    # (a share bar's `E-mail` button is no contact's label: `Partager : Facebook | WhatsApp | E-mail`)
    hinted = [l.hints_contact and not _is_chrome(l.text, chrome) for l in content]
    numeric = [bool(_NUMERIC_CELL.fullmatch(l.text.strip())) for l in content]
    # a table read one cell a line, or fields each over its value: their heads (`Intervenant`) are no chrome
    cells = _cell_table(content) | _field_pairs(content, chrome) | _bar_table(content)
    verdicts: dict[int, str] = {}
    # the span of the page's sentences: labels side by side or tags are the page's only above or below it
    # (a menu row ending on `Qui sommes-nous ?` ends no sentence)
    sentences = [
        n for n, l in enumerate(content)
        if l.is_prose and _is_sentence(l) and not _FOOTER_LINE.match(l.text) and not _is_label_row(l.text, chrome)
    ]
    top, bottom = (sentences[0], sentences[-1]) if sentences else (-1, len(content))
    if names is None and (sentences or any(_APP_CALL.match(l.text.strip()) for l in content)):
        names = _site_names(content)  # (read once, by the app-promo rule and by the header's)
    said = set(sentences)
    data = [_has_contact_data(l.text) for l in content]
    # a print view's web address over the page (its first lines; a feed's links to its items stay theirs)
    addresses_on_top = next((n for n, l in enumerate(content) if not _PAGE_ADDRESS.fullmatch(l.text.strip())), len(content))
    # ... and under the text, over nothing but the page's mark (`https://www.site.be/fr/actualites/...` ⏎ `1/1`): the
    # browser's print footer (an address a line announces, `Pour en savoir plus :` ⏎ address, is the text's)
    tail = len(content)
    while tail and content[tail - 1].page_number:
        tail -= 1
    address_at_bottom = (
        tail - 1
        if bottom < tail - 1 < len(content) - 1 and _PAGE_ADDRESS.fullmatch(content[tail - 1].text.strip())
        and not content[tail - 2].text.rstrip().endswith(":")
        else -1
    )
    # where the running text starts: a lone sentence among labels (an alert banner) is not it
    lead = next((n for n in sentences if any(l.is_prose for l in content[n + 1 : n + 3])), top)
    # inside the text, a short label over a sentence is a section heading; its copies elsewhere make a
    # table of contents, though no dot leader says so
    headings = [
        top <= n + 1 <= bottom and l.words <= 5 and not l.terminal and _is_sentence(content[n + 1]) and content[n + 1].is_prose
        if n + 1 < len(content) else False
        for n, l in enumerate(content)
    ]
    heading_keys = {k for k, h in zip(keys, headings) if h}
    # notices few pages print are sought line by line only on a page that holds one of their words at all: substring
    # tests over the whole page, folded as the patterns fold case (`İ` is an `i` to them, `ſ` an `s`), many times faster
    page = "\n".join(l.text for l in content)
    low = page.lower().replace("\u0307", "").replace("ſ", "s")
    rated = any(star in page for star in _RATING_STARS)
    translated = any(w in low for w in _TRANSLATED_WORDS)
    authoritative = any(w in low for w in _AUTHORITATIVE_WORDS)
    reprinted = any(w in low for w in _REPRINT_WORDS)
    for n, line in enumerate(content):
        text = line.text.strip()
        outside = not top <= n <= bottom and not any(data[n : n + 4])  # `Awa Ndiaye – Chargée de presse – UNICEF` over her number is a contact
        # (a short headline printed twice over the text is no menu label, nor a heading listed in a contents)
        short = line.words <= 5 and not _TERMINAL.search(text) and not (n + 1 < len(content) and keys[n] == keys[n + 1] and _headline_twice(content, n))
        in_contact_block = any(hinted[n : n + 4])
        # a section heading printed twice between paragraphs: its first copy stays (the second goes as a duplicate)
        twice_in_text = n + 1 < len(content) and keys[n] == keys[n + 1] and _heading_twice_in_text(content, n, top, bottom)
        announces_contact = text.endswith(":") and in_contact_block  # `Pour en savoir plus :` over a phone number
        if _SECTION_BREAK.fullmatch(text):
            verdicts[line.index] = "section break"  # `###`, `* * *`: the release's own mark, the text may go on under it
        elif _SEPARATOR.fullmatch(text):
            verdicts[line.index] = "bare separator"
        elif _STRAY_MARKS.fullmatch(text):
            verdicts[line.index] = "stray marks (a scan's specks)"  # `/ ~  .` between a signature's lines: it goes on under them
        elif _MARKUP_ONLY.fullmatch(text):
            verdicts[line.index] = "markup only (an image, a tag)"
        elif text.startswith("<") and (m := _ELEMENT_ONLY.fullmatch(text)) and not split_lines(m["value"])[0].is_prose:
            verdicts[line.index] = "markup only (an image, a tag)"
        elif _CODE_LINE.match(text):
            verdicts[line.index] = "script data or code (JSON-LD, JavaScript), not text"
        elif n < min(top, addresses_on_top) or n == address_at_bottom:
            # `https://solidarites.gouv.fr/hiver-...` at the very top, over the page (a feed's links to its items stay theirs)
            verdicts[line.index] = "the page's web address (a print view's)"
        elif n and keys[n] == keys[n - 1]:
            verdicts[line.index] = "duplicated line"
        elif n + 1 < len(content) and _with_site_name(text, content[n + 1].text.strip()):
            verdicts[line.index] = "the title printed again with the site's name"
        # (the shapes of numbers, times and dates are tried only on a line with a digit: most lines have none)
        elif line.digits and _READING_TIME.fullmatch(text):
            verdicts[line.index] = "page metadata (reading time)"
        elif _TEXT_SIZE.fullmatch(text):
            verdicts[line.index] = "web chrome"  # the text-size buttons (`A` ⏎ `A`): under the title, over the text
        elif n + 1 < len(content) and keys[n] == keys[n + 1] and short and not twice_in_text:
            verdicts[line.index] = "menu label printed twice"
        elif (text.count(".") >= 4 or "……" in text) and _DOT_LEADER.search(text):  # (four dots at least: counted first)
            verdicts[line.index] = "table of contents (dot leaders)"
        # (a number beside the next page's running header is its page's number, even under a table's last cells; three
        # digits or more under a contact line that ends on a digit are its number's end, wrapped: `Mob. +230 5471` ⏎ `2233`)
        elif line.page_number and not (_END_MARK.fullmatch(text) and pages == 1) and not (
            text.isdigit() and _among_numbers(numeric, n, content, verdicts) and not any(running[max(n - 1, 0) : n + 2])
        ) and not (n > 0 and len(text) >= 3 and text.isdigit() and hinted[n - 1] and content[n - 1].text.rstrip()[-1:].isdigit()):
            verdicts[line.index] = "page number"
        elif line.digits and _PAGINATION.fullmatch(text) and _PAGINATION_MARK.search(text):
            verdicts[line.index] = "pages of a list (pagination)"
        # a number that ends a phone (`Tél. : 01 40 12 34 56` under each of two people) is no page number; the office's
        # address row ending on its switchboard, over each page's footer, is the footer's
        # (a copy a sentence of the text announces, `... au centre d’appels :` ⏎ `Signaler une panne : 1818`, is the text's
        # where it stands, though the site's footer prints it too)
        elif running[n] and line.words <= 20 and not _is_sentence(line) and not (_ends_on_phone(text) and not _is_address_footer([line])) and n not in sections and not (
            n > 0 and content[n - 1].is_prose and content[n - 1].text.rstrip().endswith(":")
        ):
            verdicts[line.index] = "running page header or footer"
        # a document's footer printed once, ending on its page mark (`FAO Cameroun – Communiqué de presse n° 14/2025
        # Page 1 sur 1`): the word `page` and its count say it, though no other page repeats it
        elif line.words <= 20 and n > lead and (m := _PAGE_MARK_AT_END.search(text)) and int(m["at"]) <= int(m["of"]) and not _is_sentence(line):
            verdicts[line.index] = "running page header or footer"
        # a header's weather or exchange-rate widget (`Météo Libreville 29°C Nuageux`, `1 EUR = 655,957 FCFA`): no
        # function word, which a headline about the heat has (`Canicule : 45 °C attendus à Niamey`)
        elif line.words <= 8 and line.digits and _COUNTERS.fullmatch(text):
            verdicts[line.index] = "web chrome"  # a post's reaction, comment and share counters
        elif line.words <= 10 and line.digits and (_TEMPERATURE.search(text) or _EXCHANGE_RATE.search(text)) and not _TERMINAL.search(text) and not any(
            w.lower() in _FUNCTION_WORDS for w in _PLAIN_WORD.findall(_TEMPERATURE.sub(" ", text))
        ):
            verdicts[line.index] = "web chrome"
        elif line.words <= 40 and _APP_CALL.match(text) and _is_own_app_call(text, names or set()):
            verdicts[line.index] = "web chrome"  # the site's promo for its own app, between paragraphs or under the text
        elif _is_quote_ticker(text):
            verdicts[line.index] = "ticker of market quotes"
        elif n > lead and _is_update_stamp(text):
            verdicts[line.index] = "page metadata (date among labels)"  # `Mise à jour le mardi 3 mars 2026` under the text
        elif (
            (line.words <= 10 and _BYLINE.match(text) or line.words <= 16 and _BYLINE_FIELD.match(text)) and not text.endswith(".")
            and not _runs_on_from_above(content, n)
            or (line.words <= 14 and ":" in text and not line.hints_contact and _INITIAL.search(text) and _CREDIT_FIELD.fullmatch(text))
        ):
            verdicts[line.index] = "byline"
        elif (line.digits and _PLAYER.fullmatch(text)) or (line.words <= 16 and "(" in text and (_PLAY_CALL.fullmatch(text) or _PLAY_CALL.fullmatch(_LABEL_SEPARATOR.split(text)[-1]))) or (
            line.words <= 20 and _LIVE_CALL.fullmatch(text)
        ):
            # between a story's headline and its text, as a stamp is; or a row that ends on the call to play
            # (`Présenté par Fodé Kaba Condé · Réécouter le journal (14:32)`)
            verdicts[line.index] = "media player"
        elif ("@" in text or "pic." in text) and _EMBEDDED_POST.search(text) and line.words <= 40:
            verdicts[line.index] = "embedded post"  # a post shown inside the story: its text goes on under it
        elif "@" in text and line.words <= 14 and (_is_post_header(text) or _REPLY_TO.fullmatch(text)):
            verdicts[line.index] = _POST_HEADER_REASON  # over each post of a thread (the post's text is the article's)
        elif _is_link(line) or _is_file_link(line):
            verdicts[line.index] = "link to another page"
        elif line.digits and _PRINT_HEADER.match(text):
            verdicts[line.index] = "a browser's print header or footer"
        elif " " not in text and (_SLUG.fullmatch(text) or _WIRE_INITIALS.fullmatch(text)):  # (one token: no space inside)
            verdicts[line.index] = "wire slug, initials or file name"
        elif line.glued:
            continue  # `Lire la suiteBrazzaville : ...`: only the glued chrome goes (see RemoveBoilerplate)
        elif (
            (_is_chrome(text, chrome) and not _announces_quote(content, n) and not _inside_sentence(content, n) and n not in cells)
            or (_has_chrome_phrase(text) and not (_CONTACT_BLOCK.search(text) or announces_contact))
            or (line.words <= 14 and _FOLLOW_CALL.fullmatch(text) is not None)
            or (rated and _RATING.search(text) and line.words <= 12)
            or (_REACTIONS.fullmatch(text) is not None)
            or (line.words <= 16 and text[:1].isdigit() and _is_count_row(text))
            or (n > lead and line.words <= 20 and _SIGN_IN_CALL.search(text) is not None)  # (over the text, `Bourses 2026 – Inscrivez-vous` may be a headline)
            or (line.words <= 4 and _REPLY_FIELD.fullmatch(text) is not None)
            or (line.words <= 12 and _NEWSLETTER_BOX.fullmatch(text) is not None)
            or (_SEARCH_RESULTS.match(text) and line.words <= 12 and not _SENTENCE_END.search(text))
        ):
            verdicts[line.index] = "web chrome"
        elif ("bonn" in text or "ubscri" in text) and _SUBSCRIBE.search(text) and line.words <= 30:
            verdicts[line.index] = "web chrome"  # the reader asked to subscribe (the story may go on below it)
        elif line.words <= 30 and _OFFER.search(text) and (
            line.chrome_tail or (n + 1 < len(content) and _SUBSCRIBE_BUTTON.fullmatch(content[n + 1].text))
        ):
            verdicts[line.index] = "web chrome"  # a paywall's offer over its button, or with it glued after (`... par mois. Je m’abonne`)
        elif line.words <= 40 and ((translated and _TRANSLATED.search(text)) or (authoritative and _AUTHORITATIVE.search(text) and _LANGUAGE_NAMED.search(text))):
            verdicts[line.index] = "translation notice"  # under the title or the page's label, over the text: crossed
        elif line.words <= 40 and reprinted and _REPRINT_NOTICE.search(text):
            verdicts[line.index] = "reprint notice"  # (the same place as a translation notice, crossed as it is)
        # `Regards asbl – Rue ... 112 – 1060 Saint-Gilles – BCE 0654.987.321`: the site's legal footer row (an
        # `IBAN ...` line alone in a contact block stays with it)
        elif n > bottom and _DIGITS.search(text) and _is_register_row(text, line.words):
            verdicts[line.index] = "legal footer (an organisation's register number)"
        # `Directrice de la publication : ... | Rédaction : ...`, `... · ISSN 2562-8841 · Dépôt légal – ...`: a newsletter's
        # credits and legal notices under the text
        elif n > bottom and line.words <= 40 and _is_colophon_row(text):
            verdicts[line.index] = "legal footer (the publication's colophon)"
        elif (_FOOTER_LINE.match(text) or _CREDIT_LABEL.match(text)) and _is_photo_credit(text) and top < n < bottom:
            verdicts[line.index] = "photo credit"  # between the text's sentences: the story goes on under it
        # (a list of names between two sentences of the text, `Gardiens : A, B, C` ⏎ `Défenseurs : ...`, is the text's)
        elif _FOOTER_LINE.match(text) or ((outside or n < lead) and _is_tag_field(text) and not _between_sentences(content, n, said)):
            verdicts[line.index] = "tags or copyright line"
        # (a role written in two languages, `Communication Officer / Chargé de communication`, between a person's name
        # and the numbers under it is the contact block's: no path of crumbs stands under the text's first sentence)
        elif _is_breadcrumb(line) and not _is_contact_line(content, n, hinted, chrome) and not _stamps_headline(content, n) and n not in cells and not (
            n > top and in_contact_block and len(_CRUMB_SEPARATOR.split(text)) == 2
        ):
            verdicts[line.index] = "breadcrumb"
        elif _is_ticker(text):
            verdicts[line.index] = "ticker of other headlines"
        elif ("#" in text or "@" in text) and _TAGS_OR_HANDLES.fullmatch(text):
            verdicts[line.index] = "hashtags or social handles"
        elif line.words <= 14 and _ANSWER_BUTTONS.search(text):
            verdicts[line.index] = "web chrome"  # `Ce contenu vous a-t-il été utile ? Oui Non`: a question and its buttons
        elif len(_BUTTON.findall(text)) >= 2:
            verdicts[line.index] = "web chrome"  # a cookie banner with its buttons
        elif line.words <= 15 and (m := _FORM_BUTTON.search(text)) and not _TERMINAL.search(text[: m.start()].rstrip()):
            verdicts[line.index] = "web chrome"  # a form (a newsletter's e-mail field) and its button
        elif line.words <= 15 and (m := _FORM_FIELD.search(text)) and not _SENTENCE_END.search(text[: m.start()].rstrip()):
            verdicts[line.index] = "web chrome"  # `... chaque matin : [ Votre courriel ] S'inscrire`: a field, then its button
        elif outside and _is_label_row(text, chrome) and not (n > 0 and _PLACE_DATE.fullmatch(content[n - 1].text)):
            verdicts[line.index] = "labels side by side (a menu or a share bar on one line)"
        elif len(places[keys[n]]) >= 3 and _is_label_row(text, chrome):
            verdicts[line.index] = "web chrome"  # inside the text, the same row three times: each story's buttons on a feed
        elif line.words <= 40 and (_is_stamp_row(text) or _is_stamped_byline(text)):  # (a row of labels and dates is short)
            verdicts[line.index] = "page metadata (date among labels)"
        elif line.words <= 12 and _DATE_THEN_PLACE.fullmatch(text) and any(opens_with_dateline(l.text) for l in content[n + 1 : n + 6]):
            # `Le 2 décembre 2025, Ottawa (Ontario)` over the title, whose text opens on its own dateline: the page's stamp
            verdicts[line.index] = "page metadata (date among labels)"
        elif _is_source_field(text) and not hinted[n] and _beside_stamp(content, n):
            verdicts[line.index] = "page metadata (field beside a date stamp)"
        # (a heading right over its own second copy is that heading printed twice, no entry of a contents)
        elif short and keys[n] in heading_keys and not headings[n] and not twice_in_text:
            verdicts[line.index] = "table of contents (headings of the text)"
        # (a number printed twice is a widget's counter when its neighbour repeats with it, `86` ⏎ `12` over and
        # under the story; else two cells of a table read one cell a line)
        # (three times or more inside the text, even beside a contact: a channel's name over each of its posts)
        elif short and len(places[keys[n]]) > 1 and not twice_in_text and (not in_contact_block or _thrice_inside(places[keys[n]], top, bottom)) and not headings[n] and not _inside_sentence(content, n) and (
            not numeric[n] or _repeats_with_neighbour(keys, n, places)
        ):
            # (inside the text, three times or more: each post's widget on a feed, the poster's name, `Transférer`)
            verdicts[line.index] = "web chrome" if top <= n <= bottom and _thrice_inside(places[keys[n]], top, bottom) else "label repeated on the page"
        # a widget's blurb under its chrome line (`Abonnez-vous à notre lettre` ⏎ `Recevez chaque mois nos actualités.`): a
        # short sentence that opens on chrome too; the story may go on under the box
        elif n and line.words <= 12 and text.endswith((".", "!", "…")) and verdicts.get(content[n - 1].index) == "web chrome" and (
            _opens_on_chrome(text) or _IMPERATIVE.match(text)
        ) and not hinted[n]:
            verdicts[line.index] = "web chrome"
    if sentences:
        _judge_header(content, top, verdicts, hinted, names or set())
    # two empty fields or more in a row (`Intervenant(s) :` over `Date :`) are a form the page left blank;
    # a contact label over its value on the next lines (`Contact presse :`, `Tél. :`) is no such field
    empty = [l.words <= 4 and not hinted[n] and bool(_EMPTY_FIELD.fullmatch(l.text)) for n, l in enumerate(content)]
    for n, line in enumerate(content):
        if not empty[n]:
            continue
        # (alone, a field in the form's plural `Intervenant(s) :`, or over the text's dateline, announces nothing)
        alone = _PLURAL_MARK_END.search(line.text.rstrip(" :")) or (n + 1 < len(content) and opens_with_dateline(content[n + 1].text))
        if (n > 0 and empty[n - 1]) or (n + 1 < len(content) and empty[n + 1]) or alone:
            verdicts.setdefault(line.index, "empty form field")
    _judge_mail_header(content, verdicts)
    # a run of lines that open with a time (`14:30 LONDON (Reuters) - ...`) is a news ticker
    # (a live blog's entries end their sentences, `10:45 – La préfecture annonce ... .`, and a programme's rows stand
    # under the line that announces them, `Le programme :`: those are the text's)
    timed = [bool(_TIME_LEAD.match(l.text)) for l in content]
    announced = False
    for n, line in enumerate(content):
        announced = timed[n] and (announced or (n > 0 and content[n - 1].text.rstrip().endswith(":")) or _programme_at(content, timed, n))
        if timed[n] and sum(timed[max(n - 1, 0) : n + 2]) >= 2 and not announced and not _SENTENCE_END.search(line.text):
            verdicts.setdefault(line.index, "ticker of other headlines")
    # a list of short labels is navigation; one short bullet inside an article is not, nor a
    # list that a sentence announces (`Les mesures sont les suivantes :`) or whose items run on in
    # lower case (`- ouverture de salles rafraîchies`), nor a numbered section heading over its
    # paragraph (`2. Sauvetage en mer` under a PDF's running header)
    for n, line in enumerate(content):
        # (a numbered item over a paragraph is a section's heading; a dashed one, the menu's last item over the title that
        # wraps, `- Vanuatu` ⏎ `Vanuatu : 4 300 personnes toujours déplacées sur Ambae et`, heads none)
        if line.index in verdicts or not _is_label_item(line) or _in_article_list(content, n) or (_heads_paragraph(content, n) and line.text.lstrip()[:1].isdigit()):
            continue
        if _END_MARK.fullmatch(line.text):
            continue  # `– FIN –` closes the release, no menu's item
        # between the text's sentences, a list of names (`• UNICEF`, `• Croix-Rouge nigérienne`) is the
        # article's own, unless its items are the site's chrome words
        if lead < n < bottom and not _is_chrome(_LIST_MARK.sub("", line.text), chrome):
            continue
        neighbours = content[max(n - 1, 0) : n] + content[n + 1 : n + 2]
        if any(nb.index in verdicts or _is_label_item(nb) for nb in neighbours):
            verdicts[line.index] = "navigation list"
    for n in contents:
        verdicts.setdefault(content[n].index, "table of contents (headings of the text)")
    _mark_embedded_posts(content, verdicts)
    _mark_readers_replies(content, verdicts)
    _mark_widget_titles(content, verdicts)
    _mark_related_links(content, verdicts)
    _mark_day_separators(content, verdicts)
    _mark_page_turns_inside_sentences(content, verdicts)
    _mark_document_headers_after_page_turns(content, verdicts)
    return verdicts


def _between_sentences(content: list[Line], n: int, sentences: Collection[int]) -> bool:
    """Does line `n` stand among lines of its shape (`Label : names`) with a sentence of the text right above them and
    right below them?"""
    up = n - 1
    while up >= 0 and up not in sentences and _is_tag_field(content[up].text):
        up -= 1
    down = n + 1
    while down < len(content) and down not in sentences and _is_tag_field(content[down].text):
        down += 1
    return up in sentences and down in sentences


def _listed_headlines(content: list[Line], keys: list[str]) -> set[int]:
    """A newsletter's contents (`Dans ce numéro` ⏎ four headlines), two lines or more in a row, each printed again
    further down as the headline over its story's text: the positions of the entries (the stories keep theirs)."""
    def over_text(m: int) -> bool:
        return m + 1 < len(content) and content[m + 1].is_prose and _is_sentence(content[m + 1])

    heads = {keys[m] for m in range(len(content)) if content[m].words <= 16 and not content[m].terminal and over_text(m)}
    if len(heads) < 2:
        return set()
    later = {k: m for m, k in enumerate(keys)}  # each key's last position
    entry = {n for n, k in enumerate(keys) if k in heads and not over_text(n) and later[k] > n}
    return {n for n in entry if n - 1 in entry or n + 1 in entry}


def _numbered_contents(content: list[Line], keys: list[str]) -> tuple[set[int], set[int]]:
    """A table of contents whose entries are numbered (`1 Une saison record` ⏎ `2 Contact presse`): two numbered short
    lines in a row or more, each printed again further down as a line of its own (the section's heading, with its
    number or without). The entries' positions, and their headings' (no running page header, though printed twice
    with a number)."""
    bare = {}  # position -> the entry's key without its number
    for n, line in enumerate(content):
        if line.words <= 12 and (m := _SECTION_NUMBER.match(line.text)) and not line.terminal:
            bare[n] = _key(line.text[m.end() :])
    if len(bare) < 2:
        return set(), set()
    later: dict[str, int] = {}  # each key's last position, numbered or not
    for n, k in enumerate(keys):
        later[k] = n
    for n, k in bare.items():
        later[k] = max(later.get(k, -1), n)
    heading = {n: max(later.get(k, -1), later.get(keys[n], -1)) for n, k in bare.items()}
    entry = {n for n, h in heading.items() if h > n}
    entries = {n for n in entry if n - 1 in entry or n + 1 in entry}
    return entries, {heading[n] for n in entries}


def _is_count_row(text: str) -> bool:
    """A post's counts on one row, one of them at least a reaction (`318 commentaires · 96 partages`): each part a
    number and the word for what was counted."""
    parts = _COUNT_SEPARATOR.split(text)
    return len(parts) >= 2 and all(_COUNT_PART.fullmatch(p) for p in parts) and any(_REACTIONS.fullmatch(p) for p in parts)


_POST_HEADER_REASON = "a post's author and date"


def _is_post_header(text: str) -> bool:
    """`Koffi Dossou @kdossou_bj · 2 déc.`: a name, a handle and the post's age, over the post on a network's page.

    >>> _is_post_header("Koffi Dossou @kdossou_bj · 2 déc."), _is_post_header("Courriel : presse@abe.example.bj · 2 déc.")
    (True, False)
    """
    m = _POST_HEADER.fullmatch(text)
    return m is not None and len(m["name"].split()) <= 8 and _POST_AGE.fullmatch(m["age"]) is not None


def _opens_page(content: list[Line], n: int) -> bool:
    """Nothing above line `n` but a button or two (`← Post`): the page opens on it."""
    return all(l.words <= 3 and not l.terminal for l in content[:n])


def _mark_readers_replies(content: list[Line], verdicts: dict[int, str]) -> None:
    """On a page that is one account's post or thread, the posts of other accounts under it are readers' replies:
    the text under each such post's header (`Koffi Dossou @kdossou_bj · 2 déc.`), down to its counters. The page's
    account is the handle that opens it."""
    handles = [(n, m["handle"]) for n, l in enumerate(content) if "@" in l.text and (m := _POST_HEADER.fullmatch(l.text) or _HANDLE_ALONE.fullmatch(l.text))]
    if not handles or not _opens_page(content, handles[0][0] - 1):
        return
    owner = handles[0][1]
    for n, handle in handles:
        if handle == owner or verdicts.get(content[n].index) != _POST_HEADER_REASON:
            continue
        for below in content[n + 1 : n + 8]:
            if below.index in verdicts and verdicts[below.index] != _POST_HEADER_REASON:
                break
            verdicts.setdefault(below.index, "a reader's reply")


def _mark_embedded_posts(content: list[Line], verdicts: dict[int, str]) -> None:
    """A post shown inside the story over several lines: the account's name, its handle (`@SanteGabon`), the post's
    text, its time stamp (`10:42 AM · 1 déc. 2025`). The story goes on under it. A post that opens the page, nothing
    above its account but a button or two (`← Post`), is no story's: the page is the post (a thread printed from the
    network's site), its text the article."""
    for n, line in enumerate(content):
        # (a handle with a domain, `@abe-benin.bsky.social`, is no tag to the judge)
        if verdicts.get(line.index, "hashtags or social handles") != "hashtags or social handles" or not _HANDLE_ALONE.fullmatch(line.text):
            continue
        stamp = next((k for k in range(n + 1, min(n + 5, len(content))) if content[k].date_stamp or _is_timed_stamp(content[k].text)), None)
        if stamp is None or stamp == n + 1:
            continue
        name = content[n - 1] if n else None
        verdicts.setdefault(line.index, "hashtags or social handles")
        if _opens_page(content, n - 1):
            # the network's bar and the account's name over the page's own post, its time stamp under it
            for above in content[: n - 1]:
                verdicts.setdefault(above.index, "web chrome")
            verdicts.setdefault(content[stamp].index, "page metadata (date among labels)")
            if name is not None and name.index not in verdicts and name.words <= 6 and not name.terminal:
                verdicts[name.index] = "the post's account"
            continue
        for k in range(n + 1, stamp):
            verdicts.setdefault(content[k].index, "embedded post")
        if name is not None and name.index not in verdicts and name.words <= 6 and not name.terminal:
            verdicts[name.index] = "embedded post"


def _mark_widget_titles(content: list[Line], verdicts: dict[int, str]) -> None:
    """A data widget's title over its rows (`Cours des devises` ⏎ `EUR/XOF 655,957` ⏎ `USD/XOF 566,12`)."""
    for n, line in enumerate(content[:-2]):
        rows = content[n + 1 : n + 3]
        if (
            line.index not in verdicts and line.words <= 4 and not line.terminal and not _DIGITS.search(line.text)
            and all(verdicts.get(r.index) == "web chrome" and _DIGITS.search(r.text) for r in rows)
        ):
            verdicts[line.index] = "web chrome"


_DAY_ALONE = regex.compile(rf"\s*(?:\p{{L}}+\.?\s+)?(?:1er|\d{{1,2}})\s+(?i:{'|'.join(MONTH_NAMES)})\s*")  # `7 décembre`, `lundi 8 déc.`


# a page mark at a line's end after a wide gap: `Bulletin – Préfecture de Menabe            1/2`
_GAPPED_PAGE_MARK = regex.compile(r"\S\s{3,}(?i:page\s*)?\d{1,3}\s*(?:/|sur|of)\s*\d{1,3}\s*$")


def _mark_page_turns_inside_sentences(content: list[Line], verdicts: dict[int, str]) -> None:
    """A page's footer or the next page's header printed once, inside a sentence the page turn cut (`... en avaient
    été directement` ⏎ footer ⏎ `Cour suprême du Bénin – Cabinet du Président` ⏎ `affectées.`): a line that ends no
    sentence, between a line that ends none and one going on in lower case, that ends on a page mark after a wide gap,
    or opens with the words of the page furniture beside it."""
    furniture = [verdicts.get(l.index) in _PAGE_FURNITURE for l in content]
    for n in range(1, len(content) - 1):
        line = content[n]
        if line.index in verdicts or line.terminal or not line.text.lstrip()[:1].isupper():
            continue
        k, m = n - 1, n + 1
        while k > 0 and furniture[k]:
            k -= 1
        while m < len(content) - 1 and furniture[m]:
            m += 1
        above, below = content[k].text.rstrip(), content[m].text.lstrip()
        if furniture[k] or furniture[m] or _TERMINAL.search(above) or not (below[:1].islower() or below[:1].isdigit()):
            continue  # (the sentence goes on in lower case, or on a number: `... à plus de` ⏎ `15 kilomètres`)
        if content[k].index in verdicts:
            continue  # over the furniture stands chrome (the page selector over a teletext page's header): no sentence cut, a headline wraps
        if content[k].words < 6 or _mostly_capitals(above):
            continue  # a label over a reference number (`COMMUNIQUÉ DE PRESSE` ⏎ `25/214`) cuts no sentence: a title wraps under it
        head = " ".join(_WORD.findall(line.text)[:3])
        beside = [content[j].text for j in (n - 1, n + 1) if furniture[j]]
        # (or it comes right after the page's furniture, and the sentence goes on right under it: the next page's
        # header, `Campagne de vaccination – Zinder`, for a heading cannot stand inside a sentence)
        after_turn = furniture[n - 1] and m == n + 1
        # (or it stands right over the page's furniture, the sentence cut above it, and reads as a footer: parts apart by
        # dashes or bars, or a web address, `CEEAC – Commission – BP 2112 Libreville – www.ceeac.org`; a wrapped line of
        # the sentence that opens on a name has neither)
        before_turn = furniture[n + 1] and k == n - 1 and (
            len([p for p in _NAME_PARTS.split(line.text) if p.strip()]) >= 3 or _WEB_ADDRESS.search(line.text) is not None
        )
        if after_turn or before_turn or _GAPPED_PAGE_MARK.search(line.text) or (len(head.split()) == 3 and any(" ".join(_WORD.findall(b)[:3]) == head for b in beside)):
            verdicts[line.index] = "running page header or footer"


def _mark_document_headers_after_page_turns(content: list[Line], verdicts: dict[int, str]) -> None:
    """The next page's running header printed from page two on (the first page has the letterhead instead): right under
    the page's furniture, a line naming the document by its type, a dash and its subject (`Communiqué de presse –
    Conseil des Ministres du 28 novembre 2026`), ending no sentence; or opening on the name a line of the first page
    gives alone, the letterhead (`TERRE D’ACCUEIL MOZAMBIQUE` on page one, `TERRE D’ACCUEIL MOZAMBIQUE – Cabo Delgado`
    from page two on)."""
    first: dict[str, int] = {}  # each folded line's first place on the page (read once, when a header needs it)
    for n, (above, line) in enumerate(zip(content, content[1:])):
        if line.index in verdicts or verdicts.get(above.index) not in _PAGE_FURNITURE or line.terminal:
            continue
        parts = [p for p in _NAME_PARTS.split(line.text.strip()) if p.strip()]
        kind = _WORD.findall(parts[0]) if len(parts) >= 2 else []
        if len(parts) >= 2 and not first:
            for k, l in enumerate(content):
                first.setdefault(l.folded, k)
        # (any part may print a letterhead's line again: `Commission de la CEMAC – Communiqué de presse n° 047/CEMAC/COM/25`
        # under the first page's `COMMUNIQUÉ DE PRESSE N° 047/CEMAC/COM/25`)
        letterhead = len(parts) >= 2 and any(len(_WORD.findall(p)) >= 2 and first.get(_folded(p), n) < n for p in parts)
        if (letterhead or 1 <= len(kind) <= 3 and _folded(kind[0]) in _document_types()) and line.words <= 20:
            verdicts[line.index] = "running page header or footer"


def _mark_day_separators(content: list[Line], verdicts: dict[int, str]) -> None:
    """A feed's day over its posts (`↪ Transférer` ⏎ `7 décembre` ⏎ `Kaloum Express`): a date alone between two
    lines of chrome is the feed's, not a story's stamp (which stands beside its headline)."""
    for above, line, below in zip(content, content[1:], content[2:]):
        if (
            line.index not in verdicts and line.words <= 4 and (line.date_stamp or _DAY_ALONE.fullmatch(line.text))
            and above.index in verdicts and below.index in verdicts and verdicts[below.index] == "web chrome"
        ):
            verdicts[line.index] = "page metadata (date among labels)"


def _mark_related_links(content: list[Line], verdicts: dict[int, str]) -> None:
    """Under a heading of links to other pages (`Les plus lus`, `À lire aussi`), even between the text's paragraphs:
    the headlines it lists, down to the next sentence (`1. Ligue 1 : l’ASEC reprend la tête`)."""
    for n, line in enumerate(content):
        if line.index in verdicts and _is_related_heading(line):
            for below in content[n + 1 : n + 1 + RELATED_LINKS]:
                # (a contact's line ends the list; a headline's count, `100 000 consultations`, is no number to call)
                if below.index in verdicts or _SENTENCE_END.search(below.text) or _is_contact_hint(below) or not 3 <= below.words <= 30:
                    break
                verdicts[below.index] = "link to another page"


def _has_contact_data(text: str) -> bool:
    """Does `text` hold contact data (`_CONTACT_DATA`: an address, or a number someone can call)? The number's pattern
    tries lookarounds at every character: it is run only where a run of digits stands (`_NUMBER_RUN`, in each match)."""
    return "@" in text or "[email" in text or (_NUMBER_RUN.search(text) is not None and _CONTACT_DATA.search(text) is not None)


def _is_contact_hint(line: Line) -> bool:
    """A contact's line: an address, a contact word, or a number someone can call (not a count of ten thousands)."""
    return line.hints_contact and bool(_has_contact_data(line.text) or _CONTACT_HINTS[0].search(line.text) or _CONTACT_HINTS[1].search(line.text.lower()))


def _thrice_inside(places: list[int], top: int, bottom: int) -> bool:
    """A line printed three times or more, twice at least between the page's first and last sentences: each post's
    widget on a feed (a menu label printed twice and once more as a heading in the text is no widget)."""
    return len(places) >= 3 and bisect_right(places, bottom) - bisect_left(places, top) >= 2  # (`places` in page order)


def _repeats_with_neighbour(keys: list[str], n: int, places: Mapping[str, list[int]]) -> bool:
    """Does line `n` stand elsewhere on the page beside the same line as here (a widget printed twice)? (`places`:
    where each key stands)"""
    for m in places[keys[n]]:
        if m != n and (
            (m and n and keys[m - 1] == keys[n - 1]) or (m + 1 < len(keys) and n + 1 < len(keys) and keys[m + 1] == keys[n + 1])
        ):
            return True
    return False


def _among_numbers(numeric: list[bool], n: int, content: list[Line], verdicts: Mapping[int, str]) -> bool:
    """A bare number with another number on the two lines either side: a table read one cell a line (`Kayes` ⏎
    `1 204` ⏎ `12`), key figures (`8` ⏎ `régions couvertes` ⏎ `2 400` ⏎ `agents`), a score, a timeline's years;
    page numbers stand a page of text apart. (A number above already judged chrome, a counter, makes no table.)"""
    above = any(numeric[k] and content[k].index not in verdicts for k in range(max(n - 2, 0), n))
    return above or any(numeric[n + 1 : n + 3])


def _stamps_headline(content: list[Line], n: int) -> bool:
    """`3 mars 2025 | Gouvernement` under a headline, over its teaser: a story's date and rubric, no breadcrumb."""
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(content[n].text)]
    return (
        0 < n < len(content) - 1 and len(parts) == 2 and _is_date_stamp(parts[0])
        and _is_headline(content[n - 1]) and content[n + 1].is_prose and _is_sentence(content[n + 1])
    )


def _judge_mail_header(content: list[Line], verdicts: dict[int, str]) -> None:
    """A release read from a mailbox or a list's archive: the e-mail's header (`De : ...`, `Envoyé : ...`, `Objet :
    ...`, two fields or more in a row, one naming the sender or the subject), and a subject line that repeats the
    headline below it (`Objet : COMMUNIQUÉ – Yémen : ...` over `Yémen : ...`)."""
    fields = [_MAIL_FIELD.match(l.text) for l in content]
    n = 0
    while n < len(content):
        if fields[n] is None:
            n += 1
            continue
        block = list(itertools.takewhile(lambda m: m is not None, fields[n:]))
        if len(block) >= 2 and any(m.group(1).lower() in _MAIL_SENDER_OR_SUBJECT for m in block):
            for line in content[n : n + len(block)]:
                verdicts.setdefault(line.index, "the e-mail's header")
        elif len(block) == 1 and block[0].group(1).lower() in ("objet", "subject"):
            subject = _key(content[n].text[block[0].end() :])
            if any(l.words >= 4 and subject.endswith(l.key) for l in content[n + 1 : n + 4]):
                verdicts.setdefault(content[n].index, "the title printed again in the e-mail's subject")
        n += len(block)


def _inside_sentence(content: list[Line], n: int) -> bool:
    """`dans la rubrique` ⏎ `Actualités` ⏎ `du site du ministère`: a link's text on its own line inside a sentence
    (the line above ends on a word, the line below goes on in lower case) is the sentence's."""
    if not 0 < n < len(content) - 1:
        return False
    k = n - 1  # (over a word the wrap left alone too: `publié dans la` ⏎ `rubrique` ⏎ `Actualités` ⏎ `du site`)
    while k > 0 and n - k < 3 and content[k].words < 3 and content[k].text.lstrip()[:1].islower() and content[k].text.rstrip()[-1:].isalpha():
        k -= 1
    above, below = content[k].text.rstrip(), content[n + 1].text.lstrip()
    return content[k].words >= 3 and above[-1:].isalpha() and below[:1].islower()


def _runs_on_from_above(content: list[Line], n: int) -> bool:
    """`... est cofinancé` ⏎ `par le Fonds international ...`: a line in lower case under a line of prose that
    ends on a word goes on its sentence (a byline opens with its capital: `Par Awa Diop`)."""
    return n > 0 and content[n].text.lstrip()[:1].islower() and content[n - 1].is_prose and content[n - 1].text.rstrip()[-1:].isalpha()


def _announces_quote(content: list[Line], n: int) -> bool:
    """`Citation :` over `« ... »`: a label (a word or two, or with its colon) over the quotation it announces."""
    if n + 1 >= len(content) or content[n + 1].text.lstrip()[:1] not in "«\"“":
        return False
    # (without its colon, over a whole quotation: an advert slot, `Publicité`, may stand over a quote the text goes on with)
    return content[n].text.rstrip().endswith(":") or (content[n].words <= 2 and bool(_QUOTE_CLOSE.search(content[n + 1].text)))


def _heading_twice_in_text(content: list[Line], n: int, top: int, bottom: int) -> bool:
    """Is the short line printed twice at `n` a section heading inside the text (`Faits saillants` ⏎ `Faits saillants`
    between two paragraphs), not a menu's label: a sentence of prose above it, prose under its second copy?"""
    above, below = content[n - 1] if n else None, content[n + 2] if n + 2 < len(content) else None
    return (
        top < n < bottom and above is not None and below is not None
        and above.is_prose and _is_sentence(above) and below.is_prose
    )


def _headline_twice(content: list[Line], n: int) -> bool:
    """Is the line printed twice at `n` a short headline (`Mali : 3 000 écoles fermées`, four words or more, over
    the text's first sentence or its dateline), not a menu label (`Agir` ⏎ `Agir`)?"""
    below = content[n + 2] if n + 2 < len(content) else None
    return content[n].words >= 4 and below is not None and (opens_with_dateline(below.text) or (below.is_prose and _is_sentence(below)))


_SUBPAGE_COUNTER = regex.compile(r"^(?P<label>\D*?\p{L}\D*?)\s+(?P<at>\d{1,2})\s*/\s*(?P<of>\d{1,2})\s*$")  # `SUISSE ROMANDE   2/4`
_DIGIT_RUN = regex.compile(r"\d+")
_DATE_THEN_PLACE = regex.compile(rf"\s*(?:{_DATE_STAMP.pattern}),\s*\p{{Lu}}[\p{{L}}'’. -]{{1,40}}(?:\(\s*\p{{Lu}}[\p{{L}}'’. -]{{1,30}}\))?\s*")
_CODE_FIELD = regex.compile(r"\s*\p{L}[\p{L}'’.°]{0,20}\s?:\s*[\p{L}\d][\p{L}\d./_-]*\d[\p{L}\d./_-]*\s*")  # `Référence : UE-BI/2025/041`
_GAPPED_NUMBER = regex.compile(r"\S\s{3,}(\d{1,3})\s*$")  # `CIOSM – Lettre d’information n° 14              1`


def _numbered_page_ends(content: list[Line]) -> list[bool]:
    """Lines that end on a bare number after a wide gap, the numbers going up one by one from line to line, a page of
    text apart (`CIOSM – Lettre d’information n° 14        1`, then `www.ciosm.example.nl – Fondation ...        2`): each
    page's footer with its number, though its words change from page to page. (A table's rows, whose last cells may
    count up too, stand one under another.)"""
    found = [
        (n, int(m[1])) for n, l in enumerate(content)
        if l.words <= 20 and "   " in l.text and (m := _GAPPED_NUMBER.search(l.text)) and not _TERMINAL.search(l.text[: m.start(1)])
    ]
    marked = [False] * len(content)
    for (a, at), (b, next_at) in zip(found, found[1:]):
        if next_at == at + 1 and b - a >= 3:
            marked[a] = marked[b] = True
    return marked


def _counted_pages(content: list[Line]) -> list[bool]:
    """Lines that are one label with a sub-page counter (`SUISSE ROMANDE 1/4`, `SUISSE ROMANDE 2/4`): the same label,
    the same count of pages, another page each time, twice at least. A counter that changes under one label is a
    page's; a section's heading counts none."""
    found = [_SUBPAGE_COUNTER.match(l.text.strip()) if l.words <= 8 and "/" in l.text else None for l in content]  # (the pattern backtracks: its `/` first)
    seen: dict[tuple[str, str], set[str]] = {}
    for m in found:
        if m is not None and int(m["at"]) <= int(m["of"]):
            seen.setdefault((_key(m["label"]), m["of"]), set()).add(m["at"])
    return [m is not None and len(seen.get((_key(m["label"]), m["of"]), ())) >= 2 for m in found]


def _running_lines(content: list[Line], keys: list[str], places: Mapping[str, list[int]]) -> list[bool]:
    """Which lines repeat as a running page header or footer: the same words (three at least: not `Étape 1`,
    `Étape 2`) with a page number at the end or at the start (`Rapport annuel 2023 – Terre Vive 3`, `Page 2/4 –
    Bulletin humanitaire`), or the same line twice beside a page number on a line of its own."""
    # (a share or a sum at a line's end or start, `... en baisse de 12 %`, is no page number: the key drops its sign)
    # (a page number stands at the key's start or end: a key that opens and ends on a word has none to lose)
    numbered = [k[:1].isdigit() or k[-1:].isdigit() or k.startswith("page") for k in keys]
    bare = [
        _PAGE_AT_END.sub("", _PAGE_AT_START.sub("", k)) if edge and _DIGITS.search(k) and not _SUM_AT_EDGE.search(l.text) else None
        for k, l, edge in zip(keys, content, numbered)
    ]
    # (a story's date stamp, `Publié le 14/04/2025 à 09:12`, may end on a time that reads like `9 12`: no page header)
    bare = [b if b is not None and b != k and not l.date_stamp else None for b, k, l in zip(bare, keys, content)]
    # a line printed twice in a row (a doubled title ending on a year) is one line, not a header on two pages
    repeats = Counter(b for n, b in enumerate(bare) if not (n and keys[n] == keys[n - 1]))
    pages = [l.page_number for l in content]
    if sum(pages) == 1:  # (`- 30 -` alone, where no other page mark stands, is the release's end mark: no page number)
        pages = [p and not _END_MARK.fullmatch(l.text) for p, l in zip(pages, content)]
    beside = [not pages[n] and ((n > 0 and pages[n - 1]) or (n + 1 < len(content) and pages[n + 1])) for n in range(len(content))]
    beside_pages = Counter(k for k, b in zip(keys, beside) if b)
    # a document's label printed again as the next page's header, maybe with its issuer's name (`Note de
    # conjoncture n° 11 – novembre 2025` on top, `UEMOA – Note de conjoncture n° 11 – novembre 2025` beside a page number)
    labels = {k for k in keys if len(k.split()) >= 3} if any(beside) else set()
    label_sizes = frozenset(len(k.split()) for k in labels)
    # ... or printed at the top of the first page too, where no page number stands beside it (`Ministère de la
    # Mobilité ... – Grand-Duché de Luxembourg` over the title, and again under `Page 1/2`)
    running = [
        (bool(bare[n]) and len(bare[n].split()) >= 3 and repeats[bare[n]] >= 2)
        or (beside[n] and beside_pages[k] >= 2 and len(k.split()) >= 2)  # twice beside a page number
        or (beside_pages[k] >= 1 and len(places[k]) >= 2 and len(k.split()) >= 4 and not _SENTENCE_END.search(content[n].text))
        or (beside[n] and _holds_label(k, labels, label_sizes) and not _cut_by_page_turn(content, n))
        for n, k in enumerate(keys)
    ]
    # a header of several lines (a browser's time stamp, the page's title, its address): a line the page repeats,
    # between two lines of the running header, is one of them
    running = [
        r or (
            0 < n < len(keys) - 1 and running[n - 1] and running[n + 1] and len(places[k]) >= 2
            and len(k.split()) >= 3 and not _SENTENCE_END.search(content[n].text)
        )
        for n, (r, k) in enumerate(zip(running, keys))
    ]
    running = [r or c or e for r, c, e in zip(running, _counted_pages(content), _numbered_page_ends(content))]
    # a header line whose numbers change from page to page (`113 TVSR 113 Ma 02.12.25 18:42:15`: the page's number, its
    # clock), each time right over (or under) a running line: the same words, its numbers aside, are one more of its lines
    shapes = [_DIGIT_RUN.sub("0", k) if _DIGITS.search(k) else None for k in keys]
    variants: dict[str, set[str]] = {}  # (a shape printed with one set of numbers only is no such line: the tests below skip it)
    for shape, k in zip(shapes, keys):
        if shape is not None:
            variants.setdefault(shape, set()).add(k)
    at_shape: dict[str, list[int]] = {}
    for n, shape in enumerate(shapes):
        if shape is not None and len(variants[shape]) >= 2 and not running[n] and not content[n].date_stamp and not _SENTENCE_END.search(content[n].text):
            at_shape.setdefault(shape, []).append(n)
    for shape, at in at_shape.items():
        if len(at) < 2 or len(set(keys[n] for n in at)) < 2:
            continue
        for step in (1, -1):
            nexts = {shapes[p + step] or keys[p + step] if 0 <= p + step < len(keys) and running[p + step] else None for p in at}
            if len(nexts) == 1 and None not in nexts:
                for n in at:
                    running[n] = True
                break
    # ... and a footer of several lines (the office's address row over its phone row, over the page number): a line the
    # page repeats, each time right above (or below) the same running line, is one of them
    # (each key read once, whatever the times the page repeats it: linear)
    for _ in range(2):
        for k, at in places.items():
            if len(at) < 2 or len(k.split()) < 3 or all(running[n] for n in at) or any(_SENTENCE_END.search(content[n].text) for n in at[:1]):
                continue
            for step in (1, -1):
                nexts = {keys[p + step] if 0 <= p + step < len(keys) and running[p + step] else None for p in at}
                if len(nexts) == 1 and None not in nexts:
                    for n in at:
                        running[n] = True
    return running


def _cut_by_page_turn(content: list[Line], n: int) -> bool:
    """Is line `n` a sentence the page turn cut, over its page number: the line above ends a sentence, this one ends
    none, and past the page's furniture the text goes on in lower case (`Le Ministre ... invite les producteurs à
    respecter les itinéraires` ⏎ `Page 1 sur 2` ⏎ header ⏎ `recommandés et à livrer ...`)? Then it names the document's
    signer only by chance."""
    line = content[n]
    if n == 0 or line.words < 8 or not line.is_prose or line.terminal or not content[n - 1].terminal:
        return False
    for below in content[n + 1 : n + 5]:  # (across the page number and the next page's header, short lines)
        if below.text.lstrip()[:1].islower():
            return True
        if not (below.page_number or below.words <= 20):
            return False
    return False


def _holds_label(key: str, labels: set[str], sizes: frozenset[int]) -> bool:
    """Does another of the `labels` (line keys of three words or more, of as many words as `sizes` lists) stand in `key`,
    word for word (`note de conjoncture n 11` in `uemoa note de conjoncture n 11`)? The runs of the key's words are
    looked up, not each label read in the key: a long document has thousands of labels, and a page number beside each
    of its pages; only runs as long as some label are tried (a line of thousands of words would cost millions of runs).

    >>> _holds_label("uemoa note de conjoncture n 11", {"note de conjoncture n 11"}, frozenset({5}))
    True
    """
    words = key.split()
    return any(
        " ".join(words[i : i + size]) in labels
        for size in sizes if size < len(words)  # (another label: the whole key is the line itself)
        for i in range(len(words) - size + 1)
    )


def _judge_header(content: list[Line], top: int, verdicts: dict[int, str], hinted: list[bool], names: set[str]) -> None:
    """Above the first sentence (`content[top]`): the site's name, as its copyright line spells it (`Ministère
    de la Santé - République Togolaise`, `MINISTERE DE LA SANTE`), and menus of short labels one under another."""
    for line in content[:top] if names else ():  # (no copyright line, no name to look for)
        if _site_suffix(line.text, names) >= 0:
            continue  # the headline with the site's name beside it, maybe its only copy (the name alone goes with the title)
        if line.index not in verdicts and names & {_folded(p) for p in _LABEL_SEPARATOR.split(line.text)}:
            verdicts[line.index] = "the site's name (as its copyright line gives it)"
    # four short labels or more in a row that no other rule took (or five with some chrome words among
    # them), no contact among them: a menu without bullets (a like counter, `Partager` and `Écouter` under a byline are not one); the
    # label right above the first sentence is that sentence's heading
    run: list[int] = []
    table = _cell_table(content[:top])
    for n in range(top):
        # (a date over a headline is a story's stamp, not a menu's last label: `28 novembre 2025` ⏎ `Bourses ...`)
        if (
            n < top - 1 and _is_short_label(content[n]) and not hinted[n] and n not in table
            and not (_DIGITS.search(content[n].text) and content[n].date_stamp and _is_headline(content[n + 1]))
            and not _in_letterhead(content, n)
        ):
            run.append(n)
            continue
        # (counting the labels other rules took as chrome: `Accueil`, `Actualités` are a menu's too)
        untaken = sum(content[m].index not in verdicts for m in run)
        chrome_words = sum(verdicts.get(content[m].index) == "web chrome" for m in run)
        if untaken >= 4 or (untaken >= 2 and chrome_words >= 1 and untaken + chrome_words >= 5):
            for m in run:
                verdicts.setdefault(content[m].index, "menu (short labels one under another)")
        run = []


def _in_letterhead(content: list[Line], n: int) -> bool:
    """A release's letterhead printed under its title (`REPUBLIQUE DU BENIN` ⏎ `Fraternité – Justice – Travail` ⏎
    `MINISTERE DE LA SANTE`): an institution in capitals (two words at least: `GOUVERNEMENT` may be a menu's label),
    or a state's motto beside one. No menu's labels."""
    line = content[n]
    if line.words >= 2 and is_letterhead(line.text):
        return True
    return bool(_MOTTO.fullmatch(line.text.strip())) and any(
        content[m].words >= 2 and is_letterhead(content[m].text) for m in (n - 1, n + 1) if 0 <= m < len(content)
    )


def _is_short_label(line: Line) -> bool:
    # (a question may be a menu's label: `Qui sommes-nous ?`)
    # (four words only when they are plain words: `Ce que nous faisons`, not a table of contents' `Mot du président ... 2`)
    if line.words == 4 and (_DIGITS.search(line.text) or "." in line.text):
        return False
    return 1 <= line.words <= 4 and not line.text.rstrip().endswith((".", "!", ":", ";", ","))


def _site_names(content: list[Line]) -> set[str]:
    """The names a copyright line gives (`Copyright © 2024 Ministère de la Santé. Tous droits réservés.`), folded;
    and the name behind the bar of a browser's title at the top (`Headline | Site name`) that the page names again."""
    names: set[str] = set()
    # (one search through the page, not one a line: a line that holds a match alone holds one of the page's matches
    # too; the lines where those start are read again alone, for `(c)` may end a line and take the newline)
    page = "\n".join(l.text for l in content)
    starts = list(itertools.accumulate((len(l.text) + 1 for l in content), initial=0))
    found = {bisect_right(starts, m.start()) - 1 for m in _COPYRIGHT.finditer(page)}
    for n in sorted(found):
        line = content[n]
        if _COPYRIGHT.search(line.text):
            names.update(_folded(p) for p in _NAME_SEPARATOR.split(_COPYRIGHT_WORDS.sub(" ", line.text)))
    folded: list[str] = []  # (the page's lines folded once, for all the title bars read)
    for n, line in enumerate(content[:TITLE_BAR_LINES]):
        if " | " in line.text and (name := _folded(line.text.rsplit(" | ", 1)[1])) and 1 <= len(name.split()) <= 8:
            folded = folded or [other.folded for other in content]
            # (a one-word name, `MEETE`, only where the page prints it as a line of its own: its masthead)
            others = folded[:n] + folded[n + 1 :]
            if any(name == other or (len(name.split()) >= 2 and name in other) for other in others):
                names.add(name)
    names.discard("")
    return names


TITLE_BAR_LINES = 3  # a browser's title bar stands on the page's first lines


def _site_suffix(text: str, names: set[str]) -> int:
    """Where the site's name beside a headline starts, else -1: behind the last bar or dash stands a name the
    copyright line gives, or the site's web address, and before it a headline of four words or more.

    >>> _site_suffix("Santé : 120 centres de santé rénovés | Le Soleil", {"le soleil"}), _site_suffix("Le FIDA soutient les éleveurs – fida.org", set())
    (36, 29)
    """
    last = None
    for last in _SITE_BAR.finditer(text):
        pass
    if last is None or len(_WORD.findall(text, 0, last.start())) < 4:
        return -1
    # (or the site's web address: `... au Sahel – gouvernement.lu`, or its acronym behind a bar: `... côtière | MEETE`)
    suffix = text[last.end() :].strip()
    acronym = "|" in last.group() and bool(_ACRONYM_SUFFIX.fullmatch(suffix))
    return last.start() if _folded(suffix) in names or acronym or _WEB_ADDRESS.fullmatch(suffix) else -1


def _folded(text: str) -> str:
    """A line's key without case or accents: `MINISTERE DE LA SANTE` and `Ministère de la Santé` meet."""
    return _without_accents(_key(text))


def _without_accents(key: str) -> str:
    """A key (`_key`) folded (`_folded`): for a line whose key is at hand."""
    if key.isascii():
        return key  # (no accent to drop: most labels and names are plain)
    return _MARKS.sub("", unicodedata.normalize("NFD", key))


def _is_label_row(text: str, chrome: frozenset[str]) -> bool:
    """Labels side by side: a menu or a share bar written on one line (`Accueil – Ministère – Contact`,
    `Imprimer – Email`, `Explorer   Publier   Se connecter`).

    Each part is a label: three words at most (four in a row of four labels or more), no digit, no
    sentence end, a capital first (or a chrome word). Two parts make a row only when one is web chrome: `Paris – Dakar` may be a headline.

    >>> _is_label_row("Accueil – Ministère – Actualités", frozenset()), _is_label_row("Liban – La France renforce son aide", frozenset())
    (True, False)
    >>> _is_label_row("Mali – Niger – Tchad : un appel", frozenset()), _is_label_row("Qui nous sommes    Ce que nous faisons    Où nous travaillons    Données", frozenset())
    (False, True)
    >>> _is_label_row("Actualités | Projets | Qui sommes-nous ?", frozenset())
    True
    """
    if "@" in text:
        return False
    lead = _LABEL_LEAD.match(text)
    labels = text[lead.end() :] if lead else text
    # (split only where a separator may stand, `_LABEL_MARK`: the split costs a line of prose several times more)
    parts = [p for p in (_LABEL_SEPARATOR.split(labels) if _LABEL_MARK.search(labels) else [labels]) if p.strip()]
    if len(parts) < 2:
        # single words side by side, with one space: `Accueil Politique Économie Société Sport` (one of them
        # web chrome, every one capitalised, no function word: no headline is written so)
        words = text.split()
        return (
            4 <= len(words) <= 10 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w.lower() in _FUNCTION_WORDS for w in words) and any(w.lower() in chrome for w in words)
        )
    # a long row holds longer labels (`Ce que nous faisons`), and so does a row of buttons with their icons
    # (`Tout marquer comme lu · Actualiser · Trier par date ▾`, `Ouvrir l’article original ↗ · ☆ Favori`)
    icons = _ICON.search(text) is not None
    longest = 4 if len(parts) >= 4 or icons else 3
    for part in parts:
        part = _ICON.sub("", part) if icons else part
        label = 1 <= len(_WORD.findall(part)) <= longest and part.strip()[:1].isupper() and ":" not in part  # `Niger : ...` heads a title
        # in a row of three labels or more, a question may be one (`Qui sommes-nous ?`)
        ends = _TERMINAL.search(part) and not (len(parts) >= 3 and part.rstrip().endswith("?"))
        if not _is_chrome(part, chrome) and (not label or _DIGITS.search(part) or ends):
            return False
    return len(parts) >= 3 or any(_is_chrome(p, chrome) for p in parts)


def _blanks_at_page_breaks(lines: list[Line], verdicts: Mapping[int, str], kept: set[int]) -> set[int]:
    """Blank lines around a page's furniture (`PNUD Mali – Communiqué de presse    1/2`) that a sentence
    runs across: the line above ends no sentence, so the text goes on below and the blanks were the
    page's, not a paragraph's end."""
    blanks: set[int] = set()
    # the nearest line of text above and below each line, found in one pass each way (a long document has hundreds of
    # page breaks, and a page of nothing but furniture would make a search outward from each quadratic)
    text = [not l.blank and l.index not in verdicts for l in lines]
    above_of: list[Line | None] = [None] * len(lines)
    below_of: list[Line | None] = [None] * len(lines)
    for n in range(1, len(lines)):
        above_of[n] = lines[n - 1] if text[n - 1] else above_of[n - 1]
    for n in range(len(lines) - 2, -1, -1):
        below_of[n] = lines[n + 1] if text[n + 1] else below_of[n + 1]
    for n, line in enumerate(lines):
        if verdicts.get(line.index) not in _PAGE_FURNITURE:
            continue
        above, below = above_of[n], below_of[n]
        if above is None or below is None or above.index not in kept or below.index not in kept:
            continue
        if not above.terminal and not _is_headline(below) or below.text.lstrip()[:1].islower():
            blanks.update(l.index for l in lines[above.index + 1 : below.index] if l.blank)
    return blanks


def _with_site_name(text: str, title: str) -> bool:
    """`Mauritanie : l'OIM ouvre un centre | Organisation internationale pour les migrations` over
    `Mauritanie : l'OIM ouvre un centre`: the page's `<title>`, the headline with the site's name beside it.

    >>> _with_site_name("Un centre ouvre à Nouadhibou | OIM", "Un centre ouvre à Nouadhibou"), _with_site_name("Un centre ouvre", "Un centre ouvre")
    (True, False)
    """
    if len(title) < 12 or len(text) <= len(title) + 2:
        return False
    if text.startswith(title):
        return bool(_SITE_SUFFIX.fullmatch(text, len(title)))
    # (`Site | Headline` over the headline; not `Headline | Site` over the site's name, which tells no copy)
    prefix = len(text) - len(title)
    return text.endswith(title) and prefix < len(title) and bool(_SITE_PREFIX.fullmatch(text, 0, prefix))


def _is_stamp_row(text: str) -> bool:
    """A date stamp among short labels, the page's metadata line: `Communiqué · 9 octobre 2024 · Plaidoyer,
    Financement`, `Publié le 28 mai 2024 · 1 245 vues · 32 pages`, `Communiqué de presse – diffusé le
    12/03/2024`. A line of dates alone is left to the caller: on a listing page it is a story's time
    stamp. Across a dash the date must say what it dates (`diffusé le`): `Genève – 12 mars 2024` may be a dateline.

    >>> _is_stamp_row("Communiqué · 9 octobre 2024 · Plaidoyer, Financement"), _is_stamp_row("Genève – 12 mars 2024")
    (True, False)
    >>> _is_stamp_row("Par Awa Diop - 14 mars 2025 à 10:12 - Mis à jour le 14 mars 2025 à 12:30")
    True
    """
    if not _DIGITS.search(text) or _TERMINAL.search(text):
        return False  # every date has a digit; and the last part would end a sentence, which no label or date does
    parts = [p.strip() for p in _ROW_SEPARATOR.split(text) if p.strip()]
    if len(parts) >= 2:
        dated = [p for p in parts if _DATE_STAMP.fullmatch(p) or _is_stamped_byline(p)]
    else:
        parts = [p.strip() for p in _DASH_SEPARATOR.split(text) if p.strip()]
        if len(parts) < 2:
            return False  # (most lines: no separator at all)
        # (beside a byline, a bare date is the page's: `Par Awa Diop - 14 mars 2025 à 10:12 - Mis à jour ...`)
        byline = any(_BYLINE.match(p) for p in parts)
        dated = [p for p in parts if _DATE_STAMP.fullmatch(p) and (byline or p[:1].isalpha() and not _MONTH_FIRST.match(p))]
    if len(dated) == len(parts) or _is_date_stamp(text):
        return False
    return bool(dated) and all(_is_stamp_part(p) for p in parts if p not in dated)


def _is_stamp_part(part: str) -> bool:
    """What sits beside a page's date: a short label (`Plaidoyer`, `6 minutes de lecture`), who wrote it
    (`Par Marie-Ève Tremblay`, `Transcription relue par la rédaction`), when it was updated (`Mis à jour à 18 h 12`),
    the post's rubrics under their label (`Catégories : Communiqués, Haïti, Sécurité alimentaire`), the office that
    published it (`Direction de la communication parlementaire`: an institution's noun first, naming it only), the
    document's reference (`Référence : UE-BI/2025/041`: a label over one code with a number in it) or its number
    (`Communiqué n° 118/ANACIM/DG/DMN`)."""
    words = len(_WORD.findall(part))
    if _TERMINAL.search(part):
        return False
    return (
        words <= 4 or bool(_UPDATED.fullmatch(part)) or (words <= 6 and bool(_BYLINE.search(part))) or _is_tag_field(part)
        or (words <= 8 and _opens_on_institution(part)) or bool(_CODE_FIELD.fullmatch(part)) or _is_document_number(split_lines(part)[0])
        or (words <= 8 and _is_rubric_list(part))
    )


def _is_rubric_list(part: str) -> bool:
    """The rubrics of a post beside its date, as a sentence-case list (`Pêche, aquaculture et écosystèmes
    marins`): items of one to three words apart by commas or `et`, no number, no clause. (Alone on a line the
    same list may be a heading, `Contexte, enjeux et réponse`: only a date and a label beside it say otherwise.)

    >>> _is_rubric_list("Pêche, aquaculture et écosystèmes marins"), _is_rubric_list("Le HCR et l'OIM appellent à l'aide")
    (True, False)
    """
    items = [t.strip() for t in _LIST_ITEM_SEPARATOR.split(part)]
    return (
        len(items) >= 2 and part[:1].isupper() and all(1 <= len(_WORD.findall(t)) <= 3 for t in items)
        and not _DIGITS.search(part) and not any(w in _CLAUSE_WORDS for w in _PLAIN_WORD.findall(part.lower()))
    )


def _is_stamped_byline(text: str) -> bool:
    """`Publié le 18.03.2025 par Service communication`, `Publié par la rédaction le 18 mars 2025`: a date
    stamp and who wrote the page, in either order.

    >>> _is_stamped_byline("Publié le 18.03.2025 par Service communication"), _is_stamped_byline("Publié par la rédaction le 18 mars 2025")
    (True, True)
    >>> _is_stamped_byline("Le 3 mars 2025 par décret, le ministre a nommé")
    False
    >>> _is_stamped_byline("Posté le 14 février 2026 par webmestre dans Agriculture, Événements"), _is_stamped_byline("Posté le 5 juin 2025 dans Faune")
    (True, True)
    >>> _is_stamped_byline("Message par syndic_lyon » lun. 1 déc. 2025 17:05")  # a forum post's byline
    True
    >>> _is_stamped_byline("Publié par Admin le 3 décembre 2025 dans Economie")
    True
    """
    text = text.strip()
    if _TERMINAL.search(text) or not _DIGITS.search(text) or not _AUTHOR_WORD.search(text) or len(_WORD.findall(text)) > 16:
        return False
    m = _DATE_STAMP.match(text)
    if m and (_AUTHOR.fullmatch(text[m.end() :]) or _CATEGORY.fullmatch(text[m.end() :])):
        return True
    # the date last, maybe before the rubric (`Publié par Admin le 3 décembre 2025 dans Economie`)
    cut = text.rfind(" dans ")
    if cut > 0 and _CATEGORY.fullmatch(text[cut:]):
        text = text[:cut]
    stamp = _date_stamp_at_end(text)
    if stamp is None:
        return False
    return bool(_AUTHOR.fullmatch(_PARTICIPLE.sub("", text[: stamp.start()], count=1)))


def _date_stamp_at_end(text: str) -> regex.Match | None:
    """The date stamp that ends `text` (a short line: few matches to go through), else None."""
    if not _STAMP_AT_END.search(text):
        return None  # (most lines: no stamp ends them, and a search from the end tells so at once)
    stamps = list(_DATE_STAMP.finditer(text))
    return stamps[-1] if stamps and stamps[-1].end() == len(text) else None


def _is_contact_line(content: list[Line], n: int, hinted: list[bool], chrome: frozenset[str]) -> bool:
    """`Marion Aebischer | Chargée des médias | ONG` under a contact heading or over a number, `+32 2 501 81 11 |
    +32 479 ...`: labels side by side in a contact block, no web chrome among them (`Partager : Facebook | E-mail`)."""
    text = content[n].text
    return not _has_chrome_part(text, chrome) and (
        (n > 0 and hinted[n - 1]) or _holds_contact(text) or (n + 1 < len(content) and _holds_contact(content[n + 1].text))
    )


@lru_cache(maxsize=4096)  # a running footer repeats its number on every page of a document
def _ends_on_phone(text: str) -> bool:
    """Does `text` end on a phone number (`Tél. : 01 40 12 34 56`, not `Terre Vive – Tél. 01 40 12 34 56 – page 3`)?"""
    if not _PHONE_END.search(text):
        return False  # (cheap test first: most running lines end on a page number)
    from .contacts import find_phones  # contacts reads pages that this stage has cleaned

    phones = find_phones(Document.from_text(text.rstrip()))
    return bool(phones) and phones[-1].end == len(text.rstrip())


@lru_cache(maxsize=4096)  # a page's contact rows and a site's footer repeat, and the contacts stage reads each afresh
def _holds_contact(text: str) -> bool:
    """Does `text` hold a phone number or an e-mail address (as the contacts stage reads them)?"""
    from .contacts import find_emails, find_phones  # contacts reads pages that this stage has cleaned

    return bool(_DIGITS.search(text) and find_phones(Document.from_text(text))) or ("@" in text and bool(find_emails(text)))


@lru_cache(maxsize=4096)  # (a site's footer rows repeat from page to page)
def _register_numbers(text: str) -> list[tuple[int, int]]:
    from .contacts import register_numbers  # contacts reads pages that this stage has cleaned

    return register_numbers(text)


def _is_register_row(text: str, words: int) -> bool:
    """A row of the site's legal footer: three labels or more, one a register's number (`BCE 0654.987.321`), or a
    short line (eight words at most) that such a number ends (`Numéro d'entreprise : BE 0408.317.645`; a bank
    account there is where a donation goes, the text's)."""
    if len(_LABEL_SEPARATOR.split(text)) >= 3:
        return bool(_register_numbers(text))
    if words > 8:
        return False
    spans = _register_numbers(text)
    return bool(spans) and spans[-1][1] >= len(text.rstrip()) - 1 and not _BANK_ACCOUNT.search(text)


@lru_cache(maxsize=1)
def _colophon_field() -> re.Pattern:
    """A part of a row that opens on a colophon's label (`Graphisme :`, `ISSN 2562-8841`, `Dépôt légal`), then its
    value or nothing."""
    labels = sorted(load_json("web_chrome.json")["colophon"], key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, labels))})\b\s*(?::|\d|$)", re.IGNORECASE)


def _is_colophon_row(text: str) -> bool:
    """A row of parts (or a field alone) of which one is a colophon's: the publication's credits or legal deposit."""
    parts = [p for p in _LABEL_SEPARATOR.split(text) if p.strip()]
    field = _colophon_field()
    return (len(parts) >= 2 or ":" in text) and any(field.match(p) for p in parts)


def _has_chrome_part(text: str, chrome: frozenset[str]) -> bool:
    """Is one of the labels side by side web chrome (`Partager : Facebook | LinkedIn`)?"""
    return any(_is_chrome(p, chrome) for p in _LABEL_SEPARATOR.split(text.replace(":", " ")) if p.strip())


def _is_tag_field(text: str) -> bool:
    """`Secteurs : Santé, Logistique`, `Entités des Nations Unies impliquées : HCR, OIM, UNICEF`: a label
    (no number, no sentence) over a list of names, two or more, or acronyms alone. Under a short label
    the names are short and apart by commas; a headline says more after its colon (`Tchad : le HCR
    alerte`, `Inondations : Mopti, Ségou et Tombouctou sous les eaux`).

    >>> _is_tag_field("Secteurs : Santé, Logistique, Aéronautique"), _is_tag_field("Bilan : 12 morts, 40 blessés")
    (True, False)
    >>> _is_tag_field("Entités des Nations Unies impliquées : OCHA, Bureau de la Coordonnatrice résidente")
    True
    >>> _is_tag_field("Inondations : Mopti, Ségou et Tombouctou sous les eaux"), _is_tag_field("Rougeole : 2,1 millions d’enfants vaccinés")
    (False, False)
    >>> _is_tag_field("Coupe de France à Lyon : Diallo et Marchand s’imposent dans la neige")
    False
    """
    label, colon, value = text.partition(":")
    if not colon or ":" in value:
        return False  # (one colon: tested before the label's words are read)
    words = len(_WORD.findall(label))
    if _TERMINAL.search(text) or _DIGITS.search(label) or not 1 <= words <= 6:
        return False
    long_label = words >= 3  # `Entités des Nations Unies impliquées`, not a headline's topic (`Inondations`)
    items = [t.strip() for t in (_LIST_ITEM_SEPARATOR if long_label else _COMMA).split(value)]
    most = 5 if long_label else 3
    names = all(1 <= len(_WORD.findall(t)) <= most and t[:1].isupper() and not _DIGITS.search(t) for t in items)
    names = names and not any(w in _CLAUSE_WORDS for w in _PLAIN_WORD.findall(value.lower()))
    # (acronyms alone: `Partenaires : PNUD, OIM`; in a line all in capitals every word looks like one)
    return names and (len(items) >= 2 or (not _mostly_capitals(text) and all(_ACRONYM.fullmatch(w) for t in items for w in _WORD.findall(t))))


def _is_category_row(text: str) -> bool:
    """`Urgence, Sécurité alimentaire`, `Santé, Éducation, Eau`: labels of a word or three apart by commas, each opening
    on a capital, no number, no sentence, no verb (a heading or a list's lead in capitalises its first word only).

    >>> _is_category_row("Urgence, Sécurité alimentaire"), _is_category_row("Contexte, enjeux et réponse")
    (True, False)
    """
    items = [t.strip() for t in _COMMA.split(text)]
    return (
        2 <= len(items) <= 5 and all(1 <= len(_WORD.findall(t)) <= 3 and t[:1].isupper() for t in items)
        and not _DIGITS.search(text) and not _TERMINAL.search(text) and ":" not in text
        and not any(w in _CLAUSE_WORDS for w in _PLAIN_WORD.findall(text.lower()))
    )


def _is_source_field(text: str) -> bool:
    """`Source : Sahel Matin`, `Auteur : AFP`: a short label and a name; `Niger : la rentrée repoussée` is a
    headline, and so is a value that counts something (`Zones d’activité : 14 nouveaux parcs reconnus`).

    >>> _is_source_field("Source : Sahel Matin"), _is_source_field("Routes : 14 chantiers lancés au printemps")
    (True, False)
    """
    if not _FIELD.fullmatch(text) or _TERMINAL.search(text):
        return False
    label, value = text.split(":", 1)
    words = len(_WORD.findall(value))
    figure = words >= 3 and bool(_DIGITS.search(value)) and not _is_date_stamp(value.strip())
    return len(_WORD.findall(label)) <= 2 and words <= 6 and not value.strip()[:1].islower() and not figure


def _beside_stamp(content: list[Line], n: int) -> bool:
    """Is line `n` (a field, `Source : Sahel Matin`) right under or over a date stamp that is not a field
    itself? Then it is the story's metadata; a block of fields (`Date : 12 mars` / `Lieu : Dakar`) is not."""
    near = content[max(n - 1, 0) : n] + content[n + 1 : n + 2]
    return any(_is_date_stamp(l.text.strip()) and not _FIELD.fullmatch(l.text.strip()) for l in near)


def _in_article_list(content: list[Line], n: int) -> bool:
    """Is list item `n` part of a list the text announces, or of items written in lower case?"""
    first = n
    while first > 0 and _is_label_item(content[first - 1]):
        first -= 1
    announced = first > 0 and content[first - 1].text.rstrip().endswith(":") and content[first - 1].words >= 3
    return announced or _LIST_MARK.sub("", content[n].text)[:1].islower()


def _heads_paragraph(content: list[Line], n: int) -> bool:
    """Is line `n` right above a paragraph: prose that ends its sentence or runs on (hard-wrapped) into the next line?"""
    if n + 1 >= len(content) or not content[n + 1].is_prose:
        return False
    below = content[n + 1]
    return _is_sentence(below) or _runs_on(below, content[n + 2] if n + 2 < len(content) else None)


@lru_cache(maxsize=8192)  # a page's menus and footers repeat their lines, and a site's pages each other's
def _key(text: str) -> str:
    """A line's words in lower case, list mark aside: what makes two lines the same line."""
    return " ".join(_WORD.findall(_LIST_MARK.sub("", text).lower()))


def _is_chrome(text: str, chrome: frozenset[str], *, share_bar: bool = True) -> bool:
    """Only chrome words (`Partager sur Facebook`, `0 votes`, `Partager :`), and not a contact's label for the next
    line; with `share_bar`, also a row of four targets or more with one the chrome list lacks."""
    ends = text.rstrip()
    if "@" in text or (ends.endswith(".") and not ends.endswith("...")) or len(text) > 300:
        return False  # (eight words of chrome at most: a long line is none)
    words: list[str] = []
    foreign = 0  # words outside the chrome list (function words aside, on a share bar)
    for m in _WORD.finditer(text):
        if (w := m.group()).isdigit():
            continue
        words.append(w := w.lower())
        if w not in chrome and (not share_bar or w not in _FUNCTION_WORDS):
            foreign += 1
            if foreign == 2 or not share_bar:
                return False  # (neither chrome words alone nor a share bar: a line of text is told after a word or three)
    only_chrome = 0 < len(words) <= 6 and all(w in chrome for w in words)
    # a share bar names more targets than any list holds (`Share this: Facebook Twitter WhatsApp Email`), or
    # repeats its verb for each (`Partager sur Facebook Partager sur WhatsApp Envoyer par e-mail`)
    # (the targets are counted apart from the function words: `Envoyer par e-mail` adds `e` and `mail` to the verbs)
    content = [w for w in words if w not in _FUNCTION_WORDS] if share_bar else []
    content = content if len(set(content)) <= 8 else []
    share = len(content) >= 4 and sum(w not in chrome for w in content) <= 1
    # (the words are read first: few lines are chrome words alone, and the contact tests read the whole line)
    if not (only_chrome or share) or _has_contact_data(text):
        return False
    return not (ends.endswith(":") and _CONTACT_HINTS[1].search(text.lower()))  # `E-mail :` over the address: a contact's label, not a share button's


@lru_cache(maxsize=1)
def _chrome_phrases() -> re.Pattern:
    """Chrome phrases of three words or more, which no article sentence needs (`ce site utilise des cookies`).

    Searched in the lower-cased line by the standard `re` (half the time of `regex` with IGNORECASE), as a trie
    (`_ordered_trie`): a flat alternation of a hundred phrases tries each of them at every character of a line."""
    long = [p.lower() for p in load_json("web_chrome.json")["phrases"] if len(p.split()) >= 3]
    # (either apostrophe: `vous n’avez pas accepté les cookies` is the list's phrase)
    return re.compile(r"\b(?:" + _ordered_trie([p.replace("’", "'") for p in long]) + r")\b")


def _ordered_trie(phrases: list[str]) -> str:
    """A pattern that matches as the alternation of `phrases` in their order (an apostrophe either way), factored on
    common prefixes. Phrases that open on different characters never match at the same place, so they may be grouped
    by their first character; a phrase that ends where others go on keeps its place among them (`retour en haut`
    before `retour en haut de la page` is still tried first).

    >>> p = re.compile(_ordered_trie(["lire la suite", "lire plus", "lire la"]))
    >>> p.match("lire la suite").group(), re.compile(_ordered_trie(["lire la", "lire la suite"])).match("lire la suite").group()
    ('lire la suite', 'lire la')
    """
    branches: list[str] = []
    run: dict[str, list[str]] = {}  # the phrases since the last one that ended here, by their first character

    def close_run() -> None:
        for first, rests in run.items():
            inner = _ordered_trie(rests)
            inner = f"(?:{inner})" if "|" in inner else inner
            branches.append(("['’]" if first == "'" else re.escape(first)) + inner)
        run.clear()

    for phrase in phrases:
        if phrase:
            run.setdefault(phrase[0], []).append(phrase[1:])
        else:
            close_run()
            branches.append("")
    close_run()
    return "|".join(branches)


def _has_chrome_phrase(text: str) -> bool:
    """A chrome phrase in the line, not as the opening clause of a sentence (`Pour en savoir plus, consultez le site
    de la Commission.`: a link's label is followed by no comma and more of the sentence)."""
    low = text.lower()
    return any(not _CLAUSE_GOES_ON.match(low, m.end()) and not _after_sentence(low[: m.start()]) for m in _chrome_phrases().finditer(low))


def _after_sentence(before: str) -> bool:
    """A whole sentence of prose before a chrome phrase (`Le rapport complet est disponible sur le site de la
    Commission. Lire la suite du rapport.`), or before the sentence that holds it (`L’UNICEF travaille ... les plus
    défavorisés. Pour en savoir plus sur l’UNICEF, visitez ...`): the line is the article's, the link only its tail."""
    ends = [m.end() for m in _INNER_SENTENCE_END.finditer(before)]
    if _SENTENCE_END.search(before.rstrip()) is not None:
        ends.append(len(before))
    return bool(ends) and len(_WORD.findall(before[: ends[-1]])) >= 6


def glued_chrome(line: Line) -> int:
    """Length of web chrome glued to the start of a text (`Lire la suiteBrazzaville : le HCR ...`), else 0.

    A link that names its target and ends on an arrow counts too (`Lire la suite sur Douala Business ›Niger : ...`).

    >>> glued_chrome(split_lines("Lire la suiteBrazzaville : le HCR signe un accord")[0])
    13
    >>> glued_chrome(split_lines("Lire la suite sur Sahel Matin ›Niger : la rentrée repoussée")[0])
    31
    """
    arrow = _GLUED_LINK.match(line.text)
    if arrow and len(_WORD.findall(line.text[arrow.end() :])) >= 4:
        return arrow.end()
    glue = _GLUE.search(line.text, endpos=40)
    if glue is None:
        return 0
    head, rest = line.text[: glue.end()], line.text[glue.end() :]
    words = [w.lower() for w in _WORD.findall(head)]
    # `Partager : Facebook | X | Linked` + `In | WhatsApp`: a name in camel case is no glue
    if not _is_chrome(head, _chrome_words(), share_bar=False) or all(w in _FUNCTION_WORDS for w in words) or len(_WORD.findall(rest)) < 4:
        return 0
    return glue.end()


@_per_line
def _is_breadcrumb(line: Line) -> bool:
    """`Accueil > Actualités > Afrique`; a headline that quotes a name (`Forum « Investir » : ...`) is not one."""
    text = line.text.rstrip()  # a label over what follows (`Contact presse / Press contact :`) is not one either
    text = text[:-3].rstrip() if text.endswith("...") else text.rstrip("…").rstrip()  # a last crumb cut short (`Ziguinchor : la saison de...`)
    crumbs_apart = ">" in text or "»" in text or "›" in text or "/" in text or "|" in text  # (a substring test before the pattern)
    if not crumbs_apart:
        return False
    headline_last = _ends_on_headline_crumb(text)  # (a path may end on the page's whole headline, however long)
    crumbs = _split_crumbs(text, _CRUMB_SEPARATOR)
    head = "".join(crumbs[:-1])
    # a quoted name inside a headline's words is no path; a path's last crumb may quote the page's title
    quoted = "«" in text and "»" in text and not (len(crumbs) >= 3 and "«" not in head and "»" not in head)
    if (line.words > 12 or not _BREADCRUMB.match(text)) and not headline_last or quoted or text.endswith(":"):
        return False
    if _PLACE_DATE.fullmatch(text):
        return False  # `Thonon-les-Bains / Nyon, le 27 novembre 2025`: a release's place and date
    if text.lstrip().startswith("|") and text.endswith("|"):
        return False  # `| Industrie | 38 % | -4 pts |`: a table's row, its cells between bars
    if line.hints_contact and _holds_contact(text):
        return False  # `Contact : Marie Joseph, (509) 3712-3456 / 2940-1122, WhatsApp : ...`: numbers apart by slashes
    # a headline with a short name beside it (`Santé : 120 centres de santé rénovés | Le Soleil`) leads with its long part
    return not (
        len(crumbs) == 2 and len(_WORD.findall(crumbs[0])) >= 5 and len(_WORD.findall(crumbs[1])) <= 4
        and crumbs[1].strip()[:1].isupper() and not _DIGITS.search(crumbs[1])
    )


def _programme_at(content: list[Line], timed: list[bool], n: int) -> bool:
    """Does a programme's first row stand at `n`: time-led rows right under a sentence of prose (maybe under a short
    heading, `Programme`) with a sentence right under them (`Entrée libre, inscription conseillée.`)? A ticker of
    other stories stands above the text or below its end."""
    if n == 0 or (n > 1 and timed[n - 1]):
        return False
    above = content[n - 1]
    if above.words <= 3 and not above.terminal and n > 1:
        above = content[n - 2]  # `Programme` over the rows
    if not (above.is_prose and _is_sentence(above)):
        return False
    end = next((k for k in range(n, len(content)) if not timed[k]), len(content))
    return end < len(content) and _is_sentence(content[end]) and not content[end].hints_contact


def _is_own_app_call(text: str, names: Collection[str]) -> bool:
    """A call to install the site's own app (`notre application`, or the app the site's name names, as its copyright
    line gives it): the site's promo. A release announcing another body's app (`Téléchargez l'application e-Santé
    sur Google Play`) tells its news."""
    folded = _folded(text)
    return bool(_OUR_APP.search(text)) or any(len(name) >= 4 and f" {name} " in f" {folded} " for name in names)


def _is_quote_ticker(text: str) -> bool:
    """`Marchés du jour : cacao (Douala) 1 935 FCFA/kg · café 1 305 FCFA/kg · BVMAC 1 046,1 (+0,3 %) · EUR/XAF 655,957`:
    three quotes or more side by side, each a label and the number it ends on, with a price per unit, a change in
    brackets or a currency pair among them: a site's markets widget, whose prices change on every page. (A row of key
    figures ends each item on what it counts, `12 000 enseignants`; a headline's sentence is no row of parts.)"""
    if "·" not in text and "•" not in text and "|" not in text:
        return False
    parts = _MARKET_SEPARATOR.split(text.strip())
    return len(parts) >= 3 and all(_MARKET_QUOTE.fullmatch(p) for p in parts) and bool(_MARKET_SIGNAL.search(text))


def _is_ticker(text: str) -> bool:
    """`EN CONTINU ▸ Franceville : coupure d'eau jeudi ▸ Basket : le Gabon bat le Congo`: headlines
    side by side behind arrows (three parts or more, none ending a sentence), a news ticker.

    >>> _is_ticker("EN CONTINU ▸ Franceville : coupure d'eau jeudi ▸ Basket : le Gabon bat le Congo"), _is_ticker("Étape 1 ▸ remplir le formulaire.")
    (True, False)
    >>> _is_ticker("UN News ▸ Sudan: cholera cases top 40,000 · Haiti: WFP scales up school meals · Climate: COP30 closes")
    True
    >>> _is_ticker("FLASH INFO : Nouakchott : coupure d’électricité ce soir"), _is_ticker("Flash : une opération réussie.")
    (True, False)
    """
    if _TICKER_LABEL.match(text) and not _SENTENCE_END.search(text):
        return True  # (one headline behind the label is a ticker too)
    if any(mark in text for mark in _TICKER_MARKS):
        # (behind the arrow, the headlines may stand apart by bullets: `UN News ▸ Sudan: ... · Haiti: ... · Climate: ...`)
        parts = [p for p in _TICKER_SEPARATOR.split(text) for p in _TICKER_ITEM.split(p) if p.strip()]
    elif "•" in text:  # behind bullets, the parts must be headlines (a row of short labels is a menu)
        parts = [p for p in _BULLET_SEPARATOR.split(text) if p.strip()]
        if sum(len(_WORD.findall(p)) >= 4 for p in parts) < 2:
            return False
    else:
        return False
    return len(parts) >= 3 and not any(_TERMINAL.search(p) and not p.rstrip().endswith(")") for p in parts)


@_per_line
def _is_link(line: Line) -> bool:
    """`Lire aussi`, `Télécharger le communiqué (pdf, 120 Ko)`: a call to open another page, not a headline
    (`Lire et écrire : un défi pour 700 000 adultes` is one)."""
    text = line.text.strip()
    arrow = line.words <= 6 and ("»" in text or ">" in text or any(a in text for a in _LINK_ARROWS))  # (tests before the pattern)
    if _is_related_link(text) or (arrow and _ARROW_LINK.fullmatch(text)):
        return True
    text = _LINK_LEAD.sub("", text, count=1)  # `🔗 site.example.gn – Lire l’article complet`
    if not _LINK_ACTION.match(text) or text.endswith(".") or _CONTACT_BLOCK.search(text):
        return False
    return len(_WORD.findall(text)) <= 4 or (line.words <= 12 and bool(_FILE_SIZE.search(text) or _WEB_ADDRESS.search(text)))


def _is_related_link(text: str) -> bool:
    """`Lire aussi : Paludisme : baisse de 12 % des cas`, `LIRE AUSSI >> ...`: another story's headline behind a
    related-content label, between two paragraphs of the text.

    >>> _is_related_link("LIRE AUSSI >> Nord-Kivu : les prix flambent à Goma"), _is_related_link("Notre dossier : la crise dans l'est")
    (True, True)
    >>> _is_related_link("Lire aussi | Charleroi : l’aéroport dépasse les 10 millions de passagers")
    True
    """
    if not (":" in text or ">" in text or "»" in text or "›" in text or "→" in text or "|" in text or ". " in text):
        return False  # (no mark: substring tests are faster than the pattern)
    mark = _RELATED_MARK.search(text)
    if mark is None:
        return False
    label, rest = text[: mark.start()], text[mark.end() :]
    return len(label) <= 40 and _key(label) in _related_headings() and not _SENTENCE_END.search(rest) and 2 <= len(_WORD.findall(rest)) <= 25


@_per_line
def _is_file_link(line: Line) -> bool:
    """`Téléchargements : Note d’analyse PLF 2025 (PDF, 380 Ko)`: a document offered with its type and size
    (a longer name when the line opens on the link's verb: `Télécharger : Analyses n° 58 – Budget ... (PDF, 1,1 Mo)`),
    a calendar file (`Ajouter à mon agenda (.ics)`)."""
    text = line.text.strip()
    if _TYPE_AND_SIZE.fullmatch(text) or (line.words <= 16 and _PAGES_OFFERED.search(text)):
        return True  # `PDF – 230 ko` under its link
    if "(" not in text:
        return False  # (a file's size is in brackets)
    # (a document's long name when the file's type and size end the line: `Délibération n° 54 portant ... (PDF – 1,2 Mo)`)
    size = _FILE_SIZE.search(text)
    long_name = line.words <= 24 and (_LINK_ACTION.match(text) is not None or (size is not None and size.end() == len(text)))
    return (line.words <= 12 or long_name) and size is not None and not text.endswith(".") and not _CONTACT_BLOCK.search(text)


def _is_label_item(line: Line) -> bool:
    # (a count in it makes it a statement, a key figure: `• 43 partenaires actifs dans 11 régions`)
    return bool(_LIST_MARK.match(line.text)) and line.words <= 7 and not line.terminal and not _COUNTED.search(line.text)


_COUNTED = regex.compile(r"\d[\d \u00a0\u202f.,]*\s*%?\s+\p{Ll}{3,}")  # a number and what it counts


@dataclass(frozen=True)
class Article:
    """Where the article lies (line indices): title (if found), first line, start of the text, last line; and whether
    it is a page of stories."""

    title: int | None
    first: int
    text: int
    last: int
    listing: bool = False


def find_article(lines: list[Line], verdicts: dict[int, str]) -> Article | None:
    """Locate the article: the runs of prose that no menu line breaks, and its title above them.

    The main run is the one with the most prose; neighbouring runs join it when only widgets
    (share bars, an advert, a page number) stand between them and they hold prose of their own
    (a story cut by an advert); a lone site blurb does not, nor anything past a menu. Across a page
    break (a running header, with page numbers or a viewer's page turner) any prose joins: a
    document runs on to its next page; a lone number (a like counter) is no page break. A run
    that follows with a contact block (an address, a number, `veuillez contacter`) joins too.
    """
    runs: list[list[Line]] = [[]]
    menu_before = [False]  # does a menu line (a strong verdict) separate run i from run i - 1?
    page_break = [False]  # does a running header, with page numbers alone, separate run i from run i - 1?
    furniture_only = [False]
    shown = [l for l in lines if not l.blank]
    # a bare number between two lines of prose is a page's number too, not a like counter
    between_prose = {b.index for a, b, c in zip(shown, shown[1:], shown[2:]) if a.is_prose and c.is_prose}
    # the letterhead printed again beside a page's footer is the next page's running header: a page break, not a menu
    # (a counter printed twice, `86` over `12`, is a widget's)
    verdicts = dict(verdicts) | {
        b.index: "running page header or footer" for a, b, c in zip([None] + shown, shown, shown[1:] + [None])
        if verdicts.get(b.index) == "label repeated on the page" and b.words >= 2 and not _DIGITS.search(b.text)
        and any(n is not None and verdicts.get(n.index) in _PAGE_FURNITURE for n in (a, c))
    }
    for line in lines:
        if line.index in verdicts:
            if runs[-1] and verdicts[line.index] not in _SOFT:
                runs.append([])
                menu_before.append(False)
                page_break.append(False)
                furniture_only.append(True)
            if verdicts[line.index] not in _WEAK:
                menu_before[-1] = True
            furniture_only[-1] = furniture_only[-1] and verdicts[line.index] in _PAGE_FURNITURE
            # a bare number may be a like counter; `— 2 —`, `Page 2`, `2/4` mark a page
            page_mark = verdicts[line.index] == "page number" and (not line.text.strip().isdigit() or line.index in between_prose)
            page_break[-1] = furniture_only[-1] and (page_break[-1] or page_mark or verdicts[line.index] == "running page header or footer")
        elif not line.blank:
            runs[-1].append(line)
    if not runs[-1]:
        runs.pop()
        menu_before.pop()
        page_break.pop()
        furniture_only.pop()
    if not runs:
        return None
    # the running text's weight: its prose that ends a sentence or runs on into the next line (rows of a widget, related
    # links, an address row are prose without either, and under a short release they may outweigh it)
    mass = [sum(len(l.text) for l, below in zip(r, r[1:] + [None]) if l.is_prose and (_is_sentence(l) or _runs_on(l, below))) for r in runs]
    main = max(range(len(runs)), key=lambda i: (mass[i], -i))
    if mass[main] == 0:
        return Article(None, runs[0][0].index, runs[0][0].index, runs[-1][-1].index)  # no prose: keep what is not chrome
    first = last = main
    # on a listing page, each story (a headline over its time stamp) is cut from the next by its
    # `Lire la suite`: when the main run is such a story, the stories next to it join it
    story = any(_is_stamped_headline(a, b) for a, b in zip(runs[main], runs[main][1:]))
    # ... and so do teasers without dates (a headline over a sentence or two), each cut from the next by its link
    teaser = _ends_on_teaser(runs[main])

    # (not across a heading over links to other pages: `À lire aussi` lists stamped headlines too)
    def next_story(a: list[Line], b: list[Line]) -> bool:
        between = lines[a[-1].index + 1 : b[0].index]
        if any(_is_related_heading(l) for l in between):
            return False
        linked = any(verdicts.get(l.index) == "link to another page" for l in between)
        return (story and _is_stamped_story(b)) or (teaser and linked and _ends_on_teaser(a) and _is_teaser_run(b))

    # across page marks above run k, a page with prose, through pages of key figures only (a slide deck: `Les chiffres
    # clés` ⏎ `• 312 000 visiteurs`, page after page, under its title page); read once, top down
    via_figures = [False] * len(runs)
    for k in range(1, len(runs)):
        via_figures[k] = page_break[k] and (mass[k - 1] > 0 or (any(_is_key_figure(l) for l in runs[k - 1]) and via_figures[k - 1]))

    def prose_back(k: int) -> bool:
        """A page with prose above run `k` across page marks: right above, or above any one page and then pages of key
        figures."""
        return page_break[k] and (mass[k - 1] > 0 or via_figures[k - 1])

    while first > 0 and not menu_before[first] and (
        _joins(runs[first - 1], mass[first - 1], mass[main]) or _opens_release(runs[first - 1]) or next_story(runs[first - 1], runs[first])
        or (page_break[first] and prose_back(first))
    ):
        first -= 1
    def after_inline_link(a: list[Line], b: list[Line]) -> bool:
        """`Lire aussi : Cacao : ...` between two paragraphs: a sentence of prose after it is the story's."""
        between = lines[a[-1].index + 1 : b[0].index]
        # (or the label on its own line over the one headline it links: `Lire aussi` ⏎ `Mali : ...`; a block of related
        # stories under the text lists several)
        shown = [l for l in between if not l.blank]
        single = len(shown) == 2 and _is_related_heading(shown[0]) and verdicts.get(shown[1].index) == "link to another page" and _links_one_story(lines, shown[0].index)
        return (single or any(_is_related_link(l.text.strip()) for l in between)) and _is_sentence(b[0]) and b[0].is_prose

    def closed(a: list[Line], b: list[Line]) -> bool:
        """Under the release's contact block, which closes it, a heading of links to other pages (`À lire aussi`):
        the prose below it is their teasers, no more of the story."""
        return _has_contact_data(a[-1].text) and any(_is_related_heading(l) for l in lines[a[-1].index + 1 : b[0].index])

    while last + 1 < len(runs) and (
        # a sentence cut by what was removed (a PDF's footer, its reference and page number) goes on in lower case
        _sentence_goes_on(runs[last][-1], runs[last + 1][0])
        or (not menu_before[last + 1] and not closed(runs[last], runs[last + 1]) and (
            _joins(runs[last + 1], mass[last + 1], mass[main]) or next_story(runs[last], runs[last + 1]) or after_inline_link(runs[last], runs[last + 1])
            # (past the release's contact block, a short sentence alone is the site's slogan in its footer, and a short
            # paragraph that says `vous`, maybe under its heading, a donation box's appeal: `Avec 30 €, vous fournissez ...`)
            or (_goes_on(runs[last + 1]) and not (runs[last][-1].hints_contact and (
                sum(l.words for l in runs[last + 1]) < 10 or _is_appeal_run(runs[last + 1])
            )))
            # a lone paragraph between an advert and the contact block is the story's last
            or (last + 2 < len(runs) and _is_sentence(runs[last + 1][-1]) and any(l.is_prose for l in runs[last + 1])
                and any(_CONTACT_BLOCK.search(l.text) for l in runs[last + 2]) and not _is_address_footer(runs[last + 2], lines))
        ))
        # across a page mark the document goes on, also through a page of short lines (key figures), and to a
        # last page of them under its heading (`LE PROJET EN CHIFFRES` over `18 écoles`, `4 200 élèves`)
        or (page_break[last + 1] and (
            mass[last + 1] > 0 or (last + 2 < len(runs) and page_break[last + 2] and mass[last + 2] > 0)
            or (last + 2 == len(runs) and _is_figure_page(runs[last + 1]))
        ))
        # a contact block joins, unless it is only the site's address row, past the widgets (past a heading of links
        # to other pages, only the release's own: an e-mail or a press label; the site's address stands under the links)
        or (
            any(_CONTACT_BLOCK.search(l.text) for l in runs[last + 1]) and not _is_address_footer(runs[last + 1], lines)
            and not (
                any(_is_related_heading(l) for l in lines[runs[last][-1].index + 1 : runs[last + 1][0].index])
                and not any(_names_press_contact(l.text) for l in runs[last + 1])
            )
        )
    ):
        if _holds_contact_block(runs[first : last + 1]) and _is_footer_block(lines, runs[last + 1], verdicts):
            break  # the site's footer under the text's own contact block: its name, address and switchboard
        last += 1
    printed_twice = {a.index for a, b in zip(shown, shown[1:]) if verdicts.get(b.index) == "duplicated line"}
    start = _text_start([l for run in runs[first : last + 1] for l in run], printed_twice)  # the widgets between runs do not count
    # across a page mark a document runs on: the heading that opens its next page opens no story of a listing
    pages: list[list[Line]] = []
    for n in range(first, last + 1):
        if pages and page_break[n]:
            pages[-1] = pages[-1] + runs[n]
        else:
            pages.append(runs[n])
    listing = _is_listing(pages)
    opening = next((r for r in runs[first : last + 1] if _is_teaser_run(r) or _is_stamped_story(r)), None) if listing else None
    if opening is not None and start.index > opening[-1].index:
        # the first story's teaser, however short, starts the text of a page of stories
        start = next(l for l in opening[1:] if not l.date_stamp)
    elif opening is not None and _is_stamped_story(opening) and start.index > _first_teaser(opening).index:
        start = _first_teaser(opening)  # (also when the stories run on in one block, no widget between them)
    elif listing:
        # a greeting over the first story's stamped headline (`Bonjour,` ⏎ `Voici les nouvelles de la semaine.`)
        # is the newsletter's, not a story: the text starts under that headline and its stamp
        shown = [l for run in runs[first : last + 1] for l in run]
        at = shown.index(start)
        # (a press review's notice over its first story's headline and credit likewise: `Traduction non officielle ...`)
        stamped = next((n for n in range(at + 1, min(len(shown) - 2, at + 3)) if _is_stamped_headline(shown[n], shown[n + 1])), None)
        if stamped and shown[stamped + 2].is_prose and not (at and shown[at - 1].story_stamp):
            start = shown[stamped + 2]
    title = _title_above(lines, verdicts, start.index, listing=listing)
    if (
        not listing and title is not None and _name_field_label(lines[title].text) and opens_with_dateline(start.text)
        and not _capitals_wrap(lines, lines[title], start.index)
    ):
        # the dateline opens the story: a headline right above it is the title, not a field higher up that
        # names an agency (`Entités impliquées : Bureau de la Coordonnatrice résidente`); a caption may
        # stand there under a real title
        above = next((l for l in reversed(lines[: start.index]) if not l.blank), None)
        if above is not None and above.index not in verdicts and _is_headline(above) and not _COPYRIGHT.search(above.text):
            title = above.index
    if not listing:
        title = _title_told_by_text(lines, verdicts, title, start.index, runs[last][-1].index)
    if title is not None:
        title = _headline_under_title_bar(lines, verdicts, title, start.index)
    top = runs[first][0].index if title is None else title
    if listing and title is not None:
        # where every story's time stamp stands over its headline, the first one stands over the page's title
        shown = [l for run in runs[first : last + 1] for l in run]
        over = sum(a.date_stamp and _is_headline(b) and c.is_prose and _is_sentence(c) for a, b, c in zip(shown, shown[1:], shown[2:]))
        above = next((l for l in reversed(lines[:title]) if not l.blank), None)
        top = above.index if over >= 2 and above is not None and above.date_stamp else top
    if not listing and title is not None and not opens_with_dateline(start.text):
        # the release's place and date on a line of their own above its title (under a PDF's letterhead):
        # its dateline, kept with the text that has none
        shown_above = [l for l in reversed(lines[max(title - 6, 0) : title]) if not l.blank][:2]
        # (a document's label in capitals may stand between: `Bordeaux, le 1er décembre 2026` ⏎ `COMMUNIQUÉ DE PRESSE` ⏎ title)
        if len(shown_above) == 2 and shown_above[0].index not in verdicts and is_letterhead(shown_above[0].text):
            shown_above = shown_above[1:]
        above = shown_above[0] if shown_above else None
        if above is not None and above.index not in verdicts and (_PLACE_DATE.fullmatch(above.text) or dateline_alone(above.text)):
            top = above.index  # (`Genève – 10 décembre 2025` too)
    return Article(title, top, start.index, runs[last][-1].index, listing)


def _headline_under_title_bar(lines: list[Line], verdicts: Mapping[int, str], title: int, start: int) -> int:
    """The page's own headline printed lower, when the title found is the browser's title bar at the top (`Headline |
    Site`, the same headline with the site's name behind a bar or dash): that lower line is the title, the bar is chrome.

    >>> page = split_lines("Crue du Niger : 40 000 sinistrés | PAM\\nAccueil\\nCrue du Niger : 40 000 sinistrés\\nNiamey – Le PAM ...")
    >>> _headline_under_title_bar(page, {1: "web chrome"}, 0, 3)
    2
    """
    bars = list(_SITE_BAR.finditer(lines[title].text)) if title < TITLE_BAR_LINES else []
    if not bars:
        return title
    head = _folded(lines[title].text[: bars[-1].start()])
    again = (l.index for l in lines[title + 1 : start] if not l.blank and l.index not in verdicts and l.words >= 4 and l.folded == head)
    return next(again, title)


def _category_labels(article: list[Line], verdicts: dict[int, str]) -> list[int]:
    """`Culture` over `Le festival revient du 2 au 4 avril` over `Publié le 02/03/2026`: on a page of
    stories, the short label over a story's headline and its time stamp is the story's rubric (the page's
    title, `Dernières actualités`, is the caller's to keep)."""
    kept = [l for l in article if not l.blank and l.index not in verdicts]
    return [
        a.index for a, b, c in zip(kept, kept[1:], kept[2:])
        if a.words <= 4 and not a.terminal and not _DIGITS.search(a.text) and _is_headline(b) and c.date_stamp
    ]


_ABOUT_AUTHOR = regex.compile(r"\s*(?i:à propos de l['’]auteur(?:e|rice)?|about the author|l['’]auteur(?:e|rice)?)\s*:?\s*")


def _author_box(lines: list[Line], verdicts: dict[int, str], article: Article) -> list[int]:
    """`Kossi Mensah` ⏎ `Journaliste au service Société depuis 2018, ...` at the end of the article, under
    a byline `Par Kossi Mensah`: the news site's box about its author, not the story. The name line and
    at most two lines below it, with no contact detail, down to the article's end."""
    # (the name alone: `Par Kossi Mensah | 4 mars 2026 | 5 min de lecture` names him before its first bar)
    # (or the byline among the page's metadata on one row: `Par Rodrigue Houngbo | 25 novembre 2025 à 17:20 | Lecture : 3 min`)
    names = {
        _key(_NAME_PARTS.split(_AUTHOR_WORD.split(l.text, maxsplit=1)[-1])[0]) for l in lines[: article.text]
        if verdicts.get(l.index) == "byline" or (l.index in verdicts and _BYLINE.match(l.text))
    }
    names.discard("")
    if not names:
        return []
    kept = [l for l in lines[article.text : article.last + 1] if not l.blank and l.index not in verdicts]
    for n in range(max(0, len(kept) - 3), len(kept)):
        box = kept[n:]
        # (or under its heading, `À propos de l’auteure` ⏎ `Claudine Mweze est ...`: the bio names the author first)
        about = _ABOUT_AUTHOR.fullmatch(kept[n].text) is not None and len(box) > 1 and any(box[1].key.startswith(k) for k in names)
        # (or the last paragraph alone, the bio opening on the author's name: `Rodrigue Houngbo est journaliste au ...`)
        bio = n == len(kept) - 1 and _is_sentence(kept[n]) and any(kept[n].key.startswith(k + " ") for k in names)
        if (kept[n].key in names or about or bio) and not any(l.hints_contact and not _ABOUT_AUTHOR.fullmatch(l.text) for l in box):
            return [l.index for l in box]
    return []


def _opens_on_site_name(line: Line, site_names: Callable[[], set[str]]) -> bool:
    """`La Gazette du Sud – 14, avenue ... – Tél. ... – redaction@...`: a row of parts under the name the page's
    copyright line gives the site (its footer, e-mail and all), with no press label. (`site_names`: the page's
    `_site_names`, read when first asked.)"""
    parts = _LABEL_SEPARATOR.split(line.text)
    # (the mailbox may say `contact@`: no label)
    return len(parts) >= 3 and not _PRESS_LABEL.search(_LINK.sub(" ", line.text)) and _folded(parts[0]) in site_names()


def _opens_on_masthead(line: Line, lines: list[Line]) -> bool:
    """`Ambassade de France au Burkina Faso – 01 BP 504 Ouagadougou 01`: a row that opens on the name the page's first
    line gives (its masthead, or a part of it of two words or more), with no press label past that name: the site's own
    address. (A press word inside the name names the office: `Nations Unies – Bureau du porte-parole du Secrétaire
    général` over the page, `Bureau du porte-parole du Secrétaire général – Siège de l’ONU, New York ...` under it.)"""
    parts = _LABEL_SEPARATOR.split(line.text.strip())
    top = next((l for l in lines if not l.blank), None)
    if len(parts) < 2 or top is None or top is line or top.words < 2:
        return False
    names = {_folded(top.text)} | {_folded(p) for p in _LABEL_SEPARATOR.split(top.text) if len(_WORD.findall(p)) >= 2}
    # (or the whole masthead, its acronym and name, over the address: `ANP – Agence Nigérienne de Presse – BP 11158 ...`)
    masthead = [_folded(p) for p in _LABEL_SEPARATOR.split(top.text.strip())]
    if len(masthead) >= 2 and len(parts) > len(masthead) and [_folded(p) for p in parts[: len(masthead)]] == masthead:
        return not _PRESS_LABEL.search(" ".join(parts[len(masthead) :]))
    return _folded(parts[0]) in names and not _PRESS_LABEL.search(line.text.strip()[len(parts[0]) :])


def _names_press_contact(text: str) -> bool:
    """An e-mail or a press word (`presse`, `porte-parole`, `médias`): what makes a contact line the release's own."""
    return "@" in text or _PRESS_WORD.search(text) is not None


def _holds_contact_block(runs: list[list[Line]]) -> bool:
    """Do the article's runs hold a contact block already (an e-mail, or a number under a press label)?"""
    shown = [l for run in runs for l in run]
    return any("@" in l.text or (_has_contact_data(l.text) and _PRESS_LABEL.search(l.text)) for l in shown) or any(
        _CONTACT_BLOCK.search(l.text) for l in shown[-3:]
    )


def _is_footer_block(lines: list[Line], run: list[Line], verdicts: Mapping[int, str]) -> bool:
    """The site's footer: a few lines (its name, address, switchboard) with no e-mail, person's press label or
    sentence, right over the copyright line (`© 2025 OIM | Conditions d’utilisation`), or over nothing but the page's
    chrome (a cookie notice) or the page's end: the footer's contact box (`Contact` ⏎ the office ⏎ its street ⏎ `BP ...`
    ⏎ `Téléphone ...`), under the widgets that close the text."""
    below = next((l for l in lines[run[-1].index + 1 :] if not l.blank), None)
    return (
        len(run) <= 5 and (below is None or below.index in verdicts or _FOOTER_LINE.match(below.text) is not None)
        and not any(_names_press_contact(l.text) or _SENTENCE_END.search(l.text) for l in run)
    )


_ACRONYM_AT_END = regex.compile(r"\s*" + _ACRONYM_IN_BRACKETS + r"\s*$")


def _letterhead_key(line: Line) -> str:
    """The line's key without the acronym in brackets that ends it: a running header may print the letterhead's
    name and, beside it, the acronym the letterhead prints on a line of its own (`Comité permanent ... (CILSS)`)."""
    return _key(_ACRONYM_AT_END.sub("", line.text)) if line.text.rstrip().endswith(")") else line.key


def _letterhead_again(lines: list[Line], verdicts: Mapping[int, str], first: int, last: int) -> list[Line]:
    """Lines of the article that print a line of the letterhead above it again (maybe in another case:
    `CONFÉRENCE DES ÉVÊQUES ...`, then `Conférence des évêques ...`) beside a page's furniture, over text that goes
    on: the next page's header (over an address, the name signs the contact block)."""
    above = {l.key for l in lines[:first] if not l.blank}
    shown = [l for l in lines[first : last + 1] if not l.blank]
    return [
        l for n, l in enumerate(shown[:-1])
        if _letterhead_key(l) in above and l.index not in verdicts and shown[n + 1].is_prose and not shown[n + 1].hints_contact and not _STREET.search(shown[n + 1].text)
        and any(verdicts.get(k.index) in _PAGE_FURNITURE for k in shown[max(n - 1, 0) : n] + shown[n + 1 : n + 2])
    ]


def _over_address_row(lines: list[Line], line: Line) -> bool:
    """Does the line stand right over an address row (`Secrétariat général – B.P. 357 Kigali – Tél. +250 ...`)? Then
    it names who lives there: the letterhead (`CONFÉRENCE DES ÉVÊQUES CATHOLIQUES DU RWANDA`), not the headline."""
    below = next((l for l in lines[line.index + 1 : line.index + 3] if not l.blank), None)
    return below is not None and _STREET.search(below.text) is not None and _is_address_footer([below])


def _is_address_footer(run: list[Line], lines: list[Line] | None = None) -> bool:
    """`Université X – 60, avenue du Mail – CS 40612 – 45067 Orléans Cedex 2 – 02 38 41 70 00`: the site's
    address and switchboard on one row of parts, with no person, e-mail or press label (but in the name of the
    page's masthead, when the page's `lines` are given); its other lines (`Heures d’ouverture : ...`) hold no contact data."""
    rows = [
        len(_LABEL_SEPARATOR.split(l.text)) >= 3 and "@" not in l.text
        and (not _PRESS_LABEL.search(l.text) or (lines is not None and _opens_on_masthead(l, lines)))
        for l in run
    ]
    return any(rows) and all(row or not _CONTACT_BLOCK.search(l.text) for row, l in zip(rows, run))


_IN_BRACKETS = regex.compile(r"\s*\([^()]*\)\s*")
TOLD_BY_TEXT_LOW = 0.2  # below this share of its words found in the text, a headline is in doubt
TOLD_BY_TEXT_HIGH = 0.5  # a line that replaces it shares at least this much
_MENU = frozenset({"menu (short labels one under another)", "menu label printed twice"})


def _title_told_by_text(lines: list[Line], verdicts: dict[int, str], title: int | None, start: int, last: int) -> int | None:
    """The title the article's own words confirm.

    A headline announces what the text then tells: most of its words come back in the text
    (on the corpora, a title's content words recur at 0.4-1.0; a caption, a byline or a
    release number above the text at 0-0.1). A headline-shaped line that shares almost nothing
    with the text gives way to the line above the text that shares the most, when that one
    clearly does: a title kept under the site's letterhead, or above the caption and byline.
    """
    # the text's prose only: a contact line names the office that also prints its letterhead above the title
    # (not a credit in brackets, `(Communiqué par le ministère de ...)`, which names the body of the letterhead)
    text = _content_words(" ".join(
        l.text for l in lines[start : last + 1] if l.index not in verdicts and l.is_prose and not _IN_BRACKETS.fullmatch(l.text)
    ))
    # (a title in capitals wrapped down to the text is read whole)
    wrapped = title is not None and _capitals_wrap(lines, lines[title], start)
    head = " ".join(l.text for l in lines[title : start]) if wrapped else lines[title].text if title is not None else ""
    if not text or (title is not None and _told(_content_words(head), text) >= TOLD_BY_TEXT_LOW):
        return title
    # (a letterhead names the body the text names too: no title for that; and the site's tagline above its menu,
    # `Une agence spécialisée de l’Union africaine`, is told by a text that names the body: the title is under the
    # menu, or above it in the page's title bar, with the site's name behind a bar: `Titre | Site`)
    menu = max((i for i in range(max(start - 20, 0), start) if verdicts.get(i) in _MENU), default=-1)
    candidates = [
        (l, _content_words(l.text)) for l in lines[max(start - 20, 0) : start]
        if l.index not in verdicts and _is_headline(l) and not _is_name_line(l.text) and not _names_institution(l.text.partition(" | ")[0])
        and not _is_document_kicker(l.text) and (l.index > menu or " | " in l.text)
    ]
    scored = [(_told(words, text), l.index) for l, words in candidates if len(words) >= 4]
    best = max(scored, default=(0.0, title))
    return best[1] if best[0] >= TOLD_BY_TEXT_HIGH else title


def _content_words(text: str) -> set[str]:
    """The words that carry content, folded (`Poliomyélite` -> `poliomyelite`): long words and numbers."""
    words = _PLAIN_WORD.findall(_folded(text))  # `l’OIM` gives `oim`
    return {w for w in words if (len(w) >= 4 or (w.isdigit() and len(w) >= 2)) and w not in _FUNCTION_WORDS}


def _told(words: set[str], text: set[str]) -> float:
    """The share of a line's content words that the text uses too."""
    return len(words & text) / len(words) if words else 0.0


_LETTERHEAD = frozenset({"labels side by side (a menu or a share bar on one line)", "the site's name (as its copyright line gives it)"})
# the letterhead's lines in capitals may repeat the site's header (`République du Sénégal` over the menu)
_REPEATED_LETTERHEAD = _LETTERHEAD | {"label repeated on the page"}


def _keep_letterhead(between: list[Line], verdicts: dict[int, str]) -> None:
    """Between title and text, the release's letterhead stays (`MINISTÈRE DE LA SANTÉ`, a motto
    `Unité – Dignité – Travail`): shaped like the site's name or a row of labels, but a menu stands
    above the title, and a share bar there has web chrome among its labels."""
    chrome = _chrome_words()
    for line in between:
        reason = verdicts.get(line.index)
        if (reason in _LETTERHEAD or (reason in _REPEATED_LETTERHEAD and is_letterhead(line.text))) and not _has_chrome_part(line.text, chrome):
            del verdicts[line.index]


def _is_motto(lines: list[Line], line: Line) -> bool:
    """A state's motto (`Unité – Égalité – Paix`) beside a letterhead line (`RÉPUBLIQUE DE DJIBOUTI`): a
    row of capitalised words like a menu's, but printed with the release's letterhead, under its title too."""
    if not _MOTTO.fullmatch(line.text.strip()) or _has_chrome_part(line.text, _chrome_words()):
        return False
    around = [l for l in lines[max(line.index - 2, 0) : line.index + 3] if not l.blank and l is not line]
    return any(is_letterhead(l.text) for l in around)


def _labels_under_standfirst(header: list[Line], verdicts: Mapping[int, str]) -> list[Line]:
    """A standfirst over the page's labels and then the dateline (`Cette campagne est la plus importante depuis
    2015.` ⏎ `Agence Nigérienne de Presse` ⏎ `Le 3 mars 2025` ⏎ `Niamey – ...`): the source's name, the page's type
    (`Communiqué de presse`) and the date between them are the page's metadata, as they are between title and text."""
    shown = [l for l in header if not l.blank and l.index not in verdicts]
    at = len(shown) - 1 if len(shown) >= 3 and opens_with_dateline(shown[-1].text) else None
    if at is None or not (shown[0].is_prose and _is_sentence(shown[0])):
        return []
    labels = shown[1:at]
    dated = any(l.date_stamp for l in labels)
    return labels if dated and all(
        l.date_stamp or (_is_name_line(l.text) and l.words <= 6) or _names_document_type(l.text) for l in labels
    ) else []


def _is_stamped_story(run: list[Line]) -> bool:
    """A run that opens on a headline and its time stamp (under it or over it), maybe under its category
    (`Culture`), with its teaser below."""
    opening = [n for n in range(min(len(run) - 1, 2)) if _is_stamped_headline(run[n], run[n + 1])]
    return len(run) >= 3 and bool(opening) and (opening[0] == 0 or run[0].words <= 4) and any(l.is_prose for l in run[opening[0] + 2 :])


def _first_teaser(run: list[Line]) -> Line:
    """The line under a stamped story's first headline and its stamp (the run is `_is_stamped_story`)."""
    n = next(n for n in range(len(run) - 1) if _is_stamped_headline(run[n], run[n + 1]))
    return next((l for l in run[n + 2 :] if not l.date_stamp), run[-1])


def _ends_on_teaser(run: list[Line]) -> bool:
    """A teaser run, maybe under the page's masthead (`LA LETTRE DU PNUD NIGER – Mars 2026` over the first story)."""
    return _is_teaser_run(run) or (len(run) > 2 and _is_teaser_run(run[-2:]))


def _is_teaser_run(run: list[Line]) -> bool:
    """A story's teaser on a page of stories: a headline over a sentence or two, nothing more."""
    return 2 <= len(run) <= 3 and _is_headline(run[0]) and not _is_sentence(run[0]) and all(l.words >= 5 and _is_sentence(l) for l in run[1:])


def _is_stamped_headline(a: Line, b: Line) -> bool:
    """Two lines that are a story's headline and its time stamp, in either order; or its credit and date under it
    (`Source : Lusa, 29/11/2025`, a press review's)."""
    return (b.story_stamp and _is_headline(a)) or (a.date_stamp and _is_headline(b))


def _is_listing(runs: list[list[Line]]) -> bool:
    """Several stories: headlines over their own time stamps, runs cut by widgets (`Lire la suite`)
    that each open on a headline over its teaser, or full headlines (eight words or more, longer
    than a section heading) between one teaser and the next."""
    # (headlines with their stamps back to back, no teaser between, are a list of other stories; one stamp
    # between two headline-shaped lines, a site's name and the title, dates one story)
    stamps = {
        (run[n] if run[n].date_stamp else run[n + 1]).index
        for run in runs for n in range(len(run) - 1)
        if _is_stamped_headline(run[n], run[n + 1]) and _stamped_pairs_from(run, n) < 2 and (n < 2 or _stamped_pairs_from(run, n - 2) < 2)
    }
    stamped = len(stamps)
    # (a hard-wrapped line that runs on into the next is no headline: `les prélèvements sont` ⏎ `interdits`)
    teasers = sum(
        _is_teaser_run(run) or (len(run) >= 2 and _is_headline(run[0]) and run[1].is_prose and not _runs_on(run[0], run[1]))
        for run in runs[1:]
    )
    lines = [l for run in runs for l in run]
    # (a question between two answers is an interview's, `JOURNALISTE : Que fait la province ?`, no story's headline)
    chained = sum(
        a.is_prose and _is_sentence(a) and _is_headline(b) and b.words >= 8 and c.is_prose and not _runs_on(b, c) and not b.text.rstrip().endswith("?")
        for a, b, c in zip(lines, lines[1:], lines[2:])
    )
    return stamped >= 2 or teasers >= 2 or chained >= 2


# a repeated title or caption, a story's metadata (its date, category, source) do not end the article
_SOFT = frozenset({"duplicated line", "media player", "embedded post", "page metadata (reading time)", "page metadata (date among labels)", "page metadata (field beside a date stamp)"})
_WEAK = _SOFT | {"photo credit", "stray marks (a scan's specks)", "section break", "web chrome", "hashtags or social handles", "markup only (an image, a tag)", "script data or code (JSON-LD, JavaScript), not text", "page number", "running page header or footer", "breadcrumb", "byline", "link to another page", "table of contents (dot leaders)", "table of contents (headings of the text)", "a browser's print header or footer", "wire slug, initials or file name", "translation notice", "reprint notice"}  # share bars and bylines sit between title and text, a wire's initials between its stories; menus do not
# (a browser prints its header, the time and the page's title, at the top of every page it prints)
_PAGE_FURNITURE = frozenset({"page number", "running page header or footer", "a browser's print header or footer"})
# a photo credit or a slug may stand above or below a title, an event's empty field (`Intervenant(s) :`) under it,
# and a label the site prints on its pages (`Communiqué de presse` between the title and the text)
_CROSSABLE = _WEAK | {"tags or copyright line", "empty form field", "repeated on the site's pages"}


def _joins(run: list[Line], mass: int, main_mass: int) -> bool:
    """A neighbouring run, across widgets only, is more of the story when it holds prose of its own, a sentence at
    least (rows of a widget, `Train 201 Owendo → Franceville : à l’heure`, end none)."""
    # (a run that opens on the site's call to subscribe or give is a widget's box: `_goes_on`)
    return sum(l.is_prose for l in run) >= 2 and mass >= 0.25 * main_mass and any(_is_sentence(l) for l in run) and not _is_site_call(run[0])


def _opens_release(run: list[Line]) -> bool:
    """Does the run open the release: a headline over a paragraph that opens with a dated dateline? Then what
    an advert slot or a captioned photo cuts off below it is the rest of the story, not the story itself."""
    return any(_headline_over_dateline(a, b) for a, b in zip(run, run[1:]))


def _headline_over_dateline(headline: Line, paragraph: Line) -> bool:
    """A headline over a paragraph of prose that opens on a dated dateline: where a release starts."""
    return _is_headline(headline) and paragraph.is_prose and opens_with_dated_dateline(paragraph.text)


def _sentence_goes_on(above: Line, below: Line) -> bool:
    """`... destiné à renforcer la sécurité alimentaire` ⏎ (removed lines) ⏎ `dans les pays d'Afrique ...`: a line of
    prose left open, and the next kept line runs on in lower case."""
    return (
        above.is_prose and not above.terminal and below.text.lstrip()[:1].islower()
        and below.words >= 3 and (below.is_prose or _is_sentence(below))
    )


def _goes_on(run: list[Line]) -> bool:
    """A run below the story, across widgets only, that is nothing but sentences, maybe under an intertitle
    (`Les prix` ⏎ `Le prix moyen ...`): the story goes on after an advert slot (`Publicité`), a download link or a
    `Retour en haut`. A sentence that opens on web chrome (`Abonnez-vous dès ...`) is a widget's."""
    if len(run) >= 2 and run[0].words <= 8 and not run[0].terminal and not _opens_on_chrome(run[0].text):
        run = run[1:]
    # (a run that opens on the site's call to subscribe or give, `Inscrivez-vous pour recevoir ...`, is a widget's box,
    # and the footer's blurb under it the site's)
    return bool(run) and not _is_site_call(run[0]) and all(l.is_prose and _is_sentence(l) and not _opens_on_chrome(l.text) for l in run)


def _is_photo_credit(text: str) -> bool:
    """`© PAM/Tsiory Andriantsoarana`, `Crédit photo : Jean Dupont / PAM`: who took the photo, a few words, no year
    and no rights reserved (`© 2025 Site – Tous droits réservés` is the site's footer)."""
    return len(_WORD.findall(text)) <= 8 and not _YEAR.search(text) and not _RIGHTS.search(text)


def _opens_on_chrome(text: str) -> bool:
    """Does the sentence open on a chrome word (`Abonnez-vous dès ...`), or are half its content words chrome
    (`Cet article vous a plu ? Partagez-le !`)?"""
    chrome = _chrome_words()
    # (a possessive is a menu's word, `Nos actions`, but opens a quote as well: `« Nos acériculteurs sont ...`)
    words = [w.lower() for w in _WORD.findall(text)]
    content = [w for w in words if w not in _FUNCTION_WORDS and w not in _POSSESSIVES]
    # (the chrome word opens the sentence, maybe after a possessive: `Le vote des habitants ...` is the story's)
    opening = next((w for w in words if w not in _POSSESSIVES), None)
    return bool(content) and ((content[0] in chrome and opening == content[0]) or 2 * sum(w in chrome for w in content) >= len(content))


def _is_credited_caption(text: str) -> bool:
    """A photo's caption with its credit: a sentence, then `© HCR/Jean Dupont` (`Crédit photo : ...`).

    >>> _is_credited_caption("Des familles regagnent leur village. © HCR/Jean Dupont"), _is_credited_caption("© 2025 Mairie")
    (True, False)
    >>> _is_credited_caption("Des agents de santé à Bouaké (Photo : DR)"), _is_credited_caption("Le maire dans son bureau à Namur. © Ville de Namur / J. Marchal")
    (True, True)
    """
    if (b := _BRACKETED_CREDIT.search(text)) is not None:
        return len(_WORD.findall(text, 0, b.start())) >= 3  # `Des agents de santé à Bouaké (Photo : DR)`
    m = _CREDIT_END.search(text)
    return m is not None and m.start() > 0 and bool(_SENTENCE_END.search(text, 0, m.start())) and len(_WORD.findall(text, 0, m.start())) >= 5


def _is_figure_page(run: list[Line]) -> bool:
    """A document's last page of key figures: a heading over two short rows or more, each with a number."""
    return len(run) >= 3 and all(_is_key_figure(l) for l in run[1:])


def _is_key_figure(line: Line) -> bool:
    """A short row that counts something, no sentence and no contact: `18 concerts`, `45 M$ d'investissement`
    (not `ODD 1 : Pas de pauvreté`, nor `Rapport d'activité 2024`)."""
    return (
        line.words <= 12 and not _is_sentence(line) and bool(_QUANTITY.search(line.text)) and not _names_contact(line.text)
        and not _FILE_OFFERED.search(line.text)
    )


def _names_contact(text: str) -> bool:
    """An address, a number someone can call or a contact word (`Tél.`): not the looser hint, where `12 000
    spectateurs` may start a phone number."""
    return bool(_has_contact_data(text) or _CONTACT_HINTS[1].search(text.lower()))


def _in_key_figures(article: list[Line], n: int) -> bool:
    """Is line `n` one of two key figures or more in a row (`23 écoles visées`, `45 M$ d'investissement`), a short
    row right under two of them (`Fin des travaux prévue en 2027`), or the short heading right over them (`Faits saillants :`)?"""
    block = [_is_key_figure(l) for l in article[max(n - 2, 0) : n + 3]]
    here = min(n, 2)
    if block[here]:
        return (here > 0 and block[here - 1]) or (here + 1 < len(block) and block[here + 1])
    line = article[n]
    if here == 2 and block[0] and block[1]:
        return line.words <= 12 and not _is_sentence(line) and not _names_contact(line.text)  # the list's last row, `Fin des travaux en 2027`
    return line.words <= 6 and here + 2 < len(block) and block[here + 1] and block[here + 2]


def _runs_on(line: Line, below: Line | None) -> bool:
    """A hard-wrapped line: its sentence goes on in the line below.

    The line does not end a sentence, and either the next line opens in lower case (not an
    e-mail or a web address) or this one stops on a comma, a hyphen or a function word.

    >>> a, b, c = split_lines("Plus de 5 600 migrants ont traversé la\\nManche depuis janvier.\\nAutre titre")
    >>> _runs_on(a, b), _runs_on(b, c)
    (True, False)
    """
    if below is None or below.blank or line.blank or line.terminal:
        return False
    # (nor a file's name: `population_communes_2025.csv · CSV · 48,2 Ko`, a download list's row, goes on no sentence)
    opens_lower = (
        below.text.lstrip()[:1].islower() and not _LINK.match(below.text) and not _WEB_ADDRESS.fullmatch(below.text.strip())
        and not _FILE_NAME_LEAD.match(below.text)
    )
    if opens_lower:
        return True  # (the line's words are read only when the line below does not say it)
    # a label may end on a function word (`Share this`); a wrapped line is longer
    text = line.text.rstrip()
    words = _WORD.findall(text)
    return len(words) >= 5 and (text.endswith((",", "-", "‐")) or words[-1].lower() in _FUNCTION_WORDS)


def _headline_over_colon(line: Line, below: Line, after: Line) -> bool:
    """A short line ending on a colon, then one going on in lower case or with a number that ends no sentence, then
    a sentence of prose: a headline wrapped at its colon (`Campagne de vaccination :` ⏎ `1,2 million de têtes
    traitées dans le nord`), not a sentence announcing a list (its items carry a mark, or end on a full stop)."""
    head = below.text.lstrip()[:1]
    return (
        line.words <= 12 and line.text.rstrip().endswith(":") and below.words <= 15 and (head.islower() or head.isdigit())
        and not below.terminal and not _LIST_MARK.match(below.text) and after.is_prose and _is_sentence(after)
    )


NOTICE_WORDS = 10  # a site's notice above a release is one short sentence


HEADER_LINES = 10  # how far down a page's header (letterhead, labels, title) is looked through for the dateline


def _text_start(run: list[Line], printed_twice: Collection[int] = ()) -> Line:
    """The first line of the running text: a prose line with more prose right below it.

    The line ends a sentence or runs on into the next one; a prose-shaped line that does
    neither is a headline (`Ouanaminthe : des centaines de rapatriés accueillis ...`). More
    prose follows on the next line or the one after (a section heading may stand between); a
    lone prose line followed by labels is a site blurb; a sentence that opens on a dateline
    (`Tchad - Dix-huit mois après ...`) starts the text whatever follows it (a table of key figures).
    A line `printed_twice` in a row that ends no sentence (`... de séisme « Tè a tranble »`) is a
    headline, whatever its end.
    """
    # the dateline opens the text: the lines above it that end no sentence (a title wrapped over two
    # lines, `Lancement de la campagne :` ⏎ `distribution de ...`) are its headline, not its start
    # (down to the first sentence: a PDF's letterhead, release label and title wrapped over three lines may stand above it)
    for n, line in enumerate(run[:HEADER_LINES]):
        # (a sentence, or a hard-wrapped one that runs on into the next line)
        if line.is_prose and (_is_sentence(line) or (n + 1 < len(run) and _runs_on(line, run[n + 1]))) and opens_with_dateline(line.text):
            return line
        # (a page wrapped narrow cuts the dated dateline's line short of prose: `Antananarivo, 3 décembre 2025 – Le
        # Programme alimentaire` ⏎ `mondial (PAM) ...`; its place and date are enough; the next line may open on the
        # rest of a name, `... des Nations` ⏎ `Unies ...`, when this one is as wide as the page's wrapped lines)
        if n + 1 < len(run) and line.words >= 5 and (_runs_on(line, run[n + 1]) or _fills_wrap_width(line, run)) and opens_with_dated_dateline(line.text):
            return line
        # ... and so does a dateline on a line of its own (`Gembloux, le 4 décembre 2025`, right-aligned in a PDF)
        # (a reference line may stand between: `Arrêt dans l'affaire C-418/24 | Commune de Dudelange`)
        if _PLACE_DATE.fullmatch(line.text):
            for m in range(n + 1, min(n + 3, len(run))):
                nxt = run[m]
                if nxt.is_prose and (_is_sentence(nxt) or (m + 1 < len(run) and (_runs_on(nxt, run[m + 1]) or _fills_wrap_width(nxt, run)))):
                    return nxt
        if _SENTENCE_END.search(line.text):
            # ... and a site's blurb (`Plan International est une ONG ...`) above a headline over a dated dateline
            # does not start the text: the dateline under its headline does
            # (a one-sentence notice, `Cette page n'est disponible qu'en anglais.`, over any dateline)
            notice = line.words <= NOTICE_WORDS
            # (a headline may stand over its date stamp, unless this line is a story's own text under its stamp: on a
            # page of stories, the next story's headline over its stamp and dateline is no title of this one)
            stamped = n > 0 and run[n - 1].date_stamp
            heads = {m: run[m - 1] if stamped else _over_stamp(run, m) for m in range(n + 1, min(len(run), n + 7))}
            later = next((
                m for m, head in heads.items()
                if _is_sentence(run[m]) and (
                    _headline_over_dateline(head, run[m])
                    or (notice and _is_headline(head) and run[m].is_prose and opens_with_dateline(run[m].text))
                )
            ), None)
            if later is not None:
                return run[later]
            break
    for n, line in enumerate(run[:-1]):
        if line.is_prose and _is_sentence(line) and opens_with_dateline(line.text):
            return line
        runs_on = _runs_on(line, run[n + 1]) or _wraps_before_number(line, run[n + 1])  # `a notifié 4` / `318 cas`
        if line.index in printed_twice and not _SENTENCE_END.search(line.text):
            continue
        # (its date stamp may stand between: `Pourquoi l’eau manque-t-elle à Niamey ?` ⏎ `Publié le 3 avril 2025` ⏎ the text)
        over_text = run[n + 1].is_prose or (n + 2 < len(run) and run[n + 1].date_stamp and run[n + 2].is_prose)
        if _QUESTION_HEADLINE.search(line.text) and line.words <= 15 and over_text and not any(l.is_prose for l in run[:n]):
            continue  # `Faut-il avoir peur de la variole du singe ?` over the text: a headline that asks (or exclaims)
        if n + 2 < len(run) and _headline_over_colon(line, run[n + 1], run[n + 2]) and not any(l.is_prose for l in run[:n]):
            continue  # `Campagne de vaccination :` ⏎ `1,2 million de têtes traitées` over the text: one headline on two lines
        # (more prose below, or a programme: its rows each open on a time, maybe under a heading)
        below = run[n + 1 : n + 3]
        programme = sum(bool(_HOUR_LEAD.match(l.text)) for l in run[n + 1 : n + 4]) >= 2
        programme = programme or _figures_then_prose(run[n + 1 : n + 9])
        if line.is_prose and (runs_on or line.terminal) and not (_WHOLE_QUOTE.fullmatch(line.text) or _COLON_QUOTE.fullmatch(line.text)) and (runs_on or any(l.is_prose for l in below) or programme):
            return line
        if runs_on and not line.is_prose and _narrow_paragraph(run, n):
            return line  # a column wrapped narrow: each line short of prose, the paragraph they make is one
    prose = [l for l in run if l.is_prose]
    return prose[-1] if prose else run[0]


def _figures_then_prose(lines: list[Line]) -> bool:
    """Key figures, maybe under a short heading, then a sentence of prose (`Principaux résultats` ⏎ `Hôtes suisses :
    1 502 000 nuitées` ⏎ ... ⏎ `Le Haut-Valais progresse ...`): the paragraph above them starts the text."""
    if lines and lines[0].words <= 4 and not _QUANTITY.search(lines[0].text):
        lines = lines[1:]
    figures = next((k for k, l in enumerate(lines) if not _is_key_figure(l)), len(lines))
    return figures >= 2 and figures < len(lines) and lines[figures].is_prose and _is_sentence(lines[figures])


def _over_stamp(run: list[Line], m: int) -> Line:
    """The line above `run[m]`, or above the date stamp right above it (`Titre` ⏎ `Publié le 18/11/2025 à 09h12` ⏎ text)."""
    return run[m - 2] if m >= 2 and run[m - 1].date_stamp else run[m - 1]


@_per_line
def _is_headline(line: Line) -> bool:
    """A headline's shape: four words to thirty, no full stop, no date stamp or credit, dateline, list item or breadcrumb;
    nor a photo's caption with its credit, nor the site's address row printed out of place."""
    text = line.text.strip()
    return (
        (4 <= line.words <= 30 or (line.words == 3 and _INNER_COLON.search(text) is not None))  # `Coton : record historique`
        and not text.endswith((".", ","))  # (a salutation, `Mesdames et Messieurs les élus,`, is no headline)
        and not _is_credited_caption(text)
        and not _CAPTION_LEAD.match(text)
        and not _ISSUER_LEAD.match(text)
        and not (_STREET.search(text) and len(_LABEL_SEPARATOR.split(text)) >= 3)
        and not _is_breadcrumb(line)
        and not _LIST_MARK.match(text)
        and not _is_date_stamp(text)
        and not is_credit_stamp(text)  # `Source : Lusa, 29/11/2025` under a press review's story
        and not _is_dated_reference(line)
        and not _is_document_number(line)  # `Communiqué n° 2026-014` over the headline
        and not _SITE_NAME_LINE.search(text)  # `Collège Saint-Exupéry – Site officiel`
        and not _PLACE_DATE.fullmatch(text)
        and not (_DIGITS.search(text) and opens_with_dated_dateline(text))  # `GENÈVE, le 4 mars 2024 – L'OIM ...` starts the text
        and not _is_timed_row(text)
        and not _is_figure_row(text)
        # (a letterhead's legal row, `Société anonyme au capital de ... – RC ... – ICE 001524879000042`, names the issuer)
        and not (_DIGITS.search(text) and _is_register_row(text, line.words))
    )


def _is_figure_row(text: str) -> bool:
    """A widget's row of figures between bars (`Taux du jour : 1 € = 655 FCFA | 1 $ = 561 FCFA | ...`, `CAC 40 7 512 |
    Dow 43 100 | ...`): a ticker, not a headline.

    >>> _is_figure_row("Cours : or 2 650 $ | cacao 8 200 $ | coton 0,72 $"), _is_figure_row("Hausse de 12 % des exportations | analyse")
    (True, False)
    """
    parts = text.split(" | ")
    return len(parts) >= 3 and sum(any(c.isdigit() for c in p) for p in parts) >= 3


_CLOCK_READING = regex.compile(r"(?<![\d:])[+-]?\d{1,2}:\d{2}(?![\d:])")


def _is_timed_row(text: str) -> bool:
    """A widget's row of parts with a clock reading past its first part: a ship's movement (`MSC LUCIA – Arrivée
    01/12 06:30 – Quai Lombard`), a race's results (`Sprint D : 1. M. Haugen (NOR) 15:31 – 2. L. Roux +0:21`)."""
    if ":" not in text:
        return False
    parts = _LABEL_SEPARATOR.split(text)
    return len(parts) >= 3 and any(_CLOCK_READING.search(p) for p in parts[1:])


def _title_above(lines: list[Line], verdicts: dict[int, str], start: int, listing: bool = False) -> int | None:
    """The headline above the running text: the first one below the menu.

    The scan goes up from the text across share bars, date stamps, bylines and captions. It
    stops at the menu (a line removed for a strong reason), at a breadcrumb once it holds a
    headline (breadcrumbs sit above titles), and at any other removed line once it holds a
    headline other than the text's own section heading. Read top down, the first headline
    wins; one further down replaces it only when a few other lines stand between them and it is
    clearly fuller (the site's tagline, labels, then the title); a caption or a section heading
    right under the title never does, nor a photo caption printed twice or, on a listing page, a
    story's headline (over its time stamp or its teaser).
    """
    found: list[Line] = []
    capitals: list[Line] = []  # short lines in capitals (`RAPPORT ANNUEL 2024`): a document's title, if nothing else is
    heading = next((l.index for l in reversed(lines[:start]) if not l.blank), None)
    # (fifteen lines up, not counting the cells of a table read one cell a line between the title and the text)
    near = [l for l in lines[max(start - 60, 0) : start] if not l.blank]
    reach = 15 + len(_cell_table(near))
    for line in reversed(lines[max(start - reach, 0) : start]):
        reason = verdicts.get(line.index)
        if reason in _MENU | {"duplicated line"} and not found and _is_chrome(line.text, _chrome_words(), share_bar=False):
            reason = "web chrome"  # a share button printed twice (`Partager` ⏎ `Partager` over its targets) is the share bar's, no menu's
        above_heading = any(l.index != heading for l in found)
        if found and reason is not None and _is_related_heading(line):
            # `À lire aussi` over other stories' headlines (down to a label or a removed line): the title is under them
            k = line.index + 1
            while k < start and (lines[k].blank or (lines[k].index not in verdicts and lines[k].words >= 3 and _is_headline(lines[k]))):
                k += 1
            found = [l for l in found if l.index >= k]
            break
        if not found and not line.blank and _is_headline_crumb(line):
            break  # the page's only headline is the breadcrumb's last crumb: the site's name above it is no title
        # (a rule under the title, `------` in a plain-text e-mail, is crossed; the one above it frames the letterhead;
        # so is the release's letterhead in capitals printed under the CMS title, though the site's header names the
        # same state or ministry: `RÉPUBLIQUE DU SÉNÉGAL`, `MINISTÈRE DE L'EAU ...` over the dateline)
        if reason is not None and not _is_motto(lines, line) and not (reason == "bare separator" and not found) and not (
            not found and reason in _REPEATED_LETTERHEAD and is_letterhead(line.text)
        ) and (
            reason not in _CROSSABLE
            or (found and reason == "breadcrumb" and not line.date_stamp)
            or (found and reason == "table of contents (headings of the text)")  # (a newsletter's contents over its first story)
            or (above_heading and reason not in _SOFT)
        ):
            break
        below = lines[line.index + 1] if line.index + 1 < len(lines) else None
        # a line that runs on in lower case is a wrapped paragraph, unless it and its end make a
        # headline right above the text (a title wrapped over two lines); the end alone is none
        wrapped = below is not None and below.text[:1].islower() and not _wrapped_title(lines, line, start)
        # a short first line of a title wrapped right above the text (`Distribution de semences` ⏎ `à 45 000 ...`)
        first_of_two = below is not None and below.text[:1].islower() and not wrapped and line.words >= 2 and line.words + below.words >= 4
        if (
            reason is None and not line.blank and (_is_headline(line) or first_of_two) and not wrapped and not _in_event_fields(lines, line, under=True, judged=verdicts)
            and not _is_field_value(lines, line)
            and not line.text.lstrip()[:1].islower() and not _is_section_label(line.text) and not _PLACE_DATE.fullmatch(line.text)
            and not (found and _IMPERATIVE.match(line.text))  # `Écoutez Radio Kiskeya 88.5 FM` over the headline: a call to the reader
        ):
            found.append(line)
        elif reason is None and 2 <= line.words <= 3 and _mostly_capitals(line.text) and not line.date_stamp:
            capitals.append(line)
    best: Line | None = None
    for n, line in enumerate(reversed(found)):
        below = _next_text(lines, line.index)
        story = listing and (_is_date_stamp(below) or _is_prose_text(below))
        caption = _key(below) == _key(line.text)
        between = lines[best.index + 1 : line.index] if best is not None else []
        # a few lines apart, or the next block of a page whose blocks are parted by blank lines (a PDF's letterhead)
        apart = best is not None and (sum(not l.blank for l in between) >= 2 or (any(l.blank for l in between) and any(not l.blank for l in between)))
        # (nor when a fuller headline stands between them: under a letterhead, the title over a case's reference line)
        fuller_between = any(l in found and _title_words(lines, l) >= _title_words(lines, line) for l in between)
        # (right under a short kicker phrase, `Après trois années de sécheresse`, a headline twice as full is the title)
        kicker = best is not None and not between and best.words <= 6 and line.words >= 2 * best.words and not best.terminal
        if best is None or (
            (apart and _title_words(lines, line) >= 1.3 * _title_words(lines, best) or kicker) and not story and not caption and not fuller_between
        ):
            before, best = best, line
            # `Rapport de situation n° 14 – Période du ...` names the document; the headline right above names the story
            upper = found[-n] if n else None
            if (
                upper is not None and _DOC_NUMBER.search(line.text) and not _DOC_NUMBER.search(upper.text)
                and _next_text(lines, upper.index) == line.text and not _is_name_line(upper.text)
            ):
                best = upper
                # ... unless it is the document's label in capitals (`AVIS D'APPEL D'OFFRES` ⏎ `N° 044/... DU ...`): both name
                # the document, printed under the site's title, which stays the title
                if before is not None and before.index < upper.index and _mostly_capitals(upper.text) and not _mostly_capitals(before.text):
                    best = before
    if best is not None and start < len(lines) and _in_other_language(best.text) and not _in_other_language(lines[start].text):
        # a multilingual site's headlines in its other languages over the French one (`A Comissão da CEDEAO realiza ...`,
        # `ECOWAS Parliament opens ...`): the first headline in the text's language is the title
        best = next((l for l in reversed(found) if l.index > best.index and not _in_other_language(l.text)), best)
    if best is not None and _capitals_wrap(lines, best, start):
        return best.index  # `RÉPUBLIQUE DU CAMEROUN : LE MINISTÈRE` ⏎ `DE L'EAU ... LANCE` ⏎ `... DANS 300 VILLAGES`: one title
    # (the fuller second line was taken for it: `RÉSULTATS AU 30 SEPTEMBRE 2025 :` ⏎ `UNE CROISSANCE SOUTENUE ...`)
    above = _colon_head(lines, found, best, start) if best is not None else None
    if above is not None:
        return above.index
    upper = _capitals_above(lines, best) if best is not None else None
    if upper is not None:
        return upper.index  # `MESSAGE DES ÉGLISES DU BÉNIN` ⏎ `POUR LE TEMPS DE LA RENTRÉE`: the title's first line
    if best is not None and not listing and (
        _is_name_line(best.text) or _named_with_acronym(best.text, lines[start:]) or _heads_document_label(lines, best) or _is_document_kicker(best.text)
        or _names_institution(best.text) or _is_institution_in_capitals(best.text) or _over_address_row(lines, best)
    ):
        # a name over the headlines (`Fondation pour la Santé Rurale` over `Une maternité ouvre ...`,
        # `MINISTÈRE DE LA SANTÉ` over labels and the headline, `Programme des Nations Unies pour le
        # Développement` over a report's title) is the letterhead: every long word capitalised and no verb
        # to tell, an acronym beside its long form, or an institution in capitals. The fullest headline
        # under it is the title (not a label, a caption printed twice or a document's number).
        # (nor the letterhead's address and switchboard row: `01 BP 5236 Ouagadougou 01 – Tél. : +226 ...`)
        under = [
            l for l in found
            if l.index > best.index and not _is_name_line(l.text) and (not _is_header_label(l) or _capitals_wrap(lines, l, start))
            and _key(_next_text(lines, l.index)) != _key(l.text) and not (l.hints_contact and _STREET.search(l.text))
        ]
        fullest = max(under, key=lambda l: (_title_words(lines, l), -l.index), default=None)
        strong = (
            _is_acronym_and_name(best.text) or _is_institution_in_capitals(best.text) or _is_document_kicker(best.text) or _names_institution(best.text)
            or _over_address_row(lines, best)
        )
        if fullest is not None and (strong or fullest.words > best.words):
            best = fullest
            # (under the letterhead, a title in capitals wrapped over two lines: its first line)
            upper = _capitals_above(lines, best)
            best = best if upper is None or upper.index in verdicts else upper
            # (or cut at its colon, the fuller second line taken for it under a PDF's letterhead: `CAMPAGNE DE
            # COMMERCIALISATION DE L’ANACARDE 2025 :` ⏎ `LA RÉGION DE KOLDA DÉPASSE ...` ⏎ the dateline)
            best = _colon_head(lines, found, best, start) or best
    if not found:
        # no headline at all: a report's title may be its name and date (`Mali : note pays – octobre 2025`),
        # or a short line in capitals above its table of contents (`RAPPORT ANNUEL 2024`)
        best = next((l for l in reversed(lines[max(start - 4, 0) : start]) if l.index not in verdicts and l.words >= 4 and _is_dated_reference(l)), None)
        best = best or (capitals[-1] if capitals else None)
    if best is not None and _is_issue_label(best):
        # `Communiqué n° 14/2026` over the date and the headline, a newsletter's `LA LETTRE DE L'AFD – N° 214 – Novembre
        # 2025`, a listing's `Revue de presse du 5 décembre 2025`: the issue, the headline under it the title
        # (right under it, or under the date: a report's number over its organisation's name and sections keeps the title)
        shown = [l for l in lines[best.index + 1 : start] if not l.blank and not l.date_stamp]
        below = shown[0] if shown else None
        if below is not None and below in found and not _is_issue_label(below) and not _is_name_line(below.text) and not _NAME_WITH_ACRONYM.fullmatch(below.text):
            best = below
    if best is not None and _is_institution_in_capitals(best.text) and len(found) == 1:
        return None  # a letterhead (`MINISTERE DE LA SANTE ...`) and no headline: the release has no title
    # (what the page's chrome puts under the label, a translation notice, is no teaser of a story)
    if listing and best is not None and (_is_issue_label(best) or not _heads_story(_next_text(lines, best.index, verdicts))):
        # a page of stories is titled by its first story's headline (over its time stamp or its teaser); the
        # listing's own label above it (`Les dernières dépêches`), or a newsletter's masthead over its greeting, is the site's
        # (the label may take two lines: `Le fil info de la Manche – mardi 2 décembre 2025` ⏎ `Actualiser · Les plus récentes en premier`;
        # an issue's label, `Revue de presse du 2 décembre 2025`, may stand over a notice in a sentence)
        lower = [l for l in reversed(found) if l.index > best.index]
        best = next((l for l in lower[:2] if _opens_story(lines, verdicts, l)), best)
    return None if best is None else best.index


def _in_event_fields(lines: list[Line], line: Line, *, under: bool = False, judged: Collection[int] = ()) -> bool:
    """Is the line one of an event's fields, each a one-word label and its value (`Date : 12 mai 2026` ⏎ `Lieu : salle
    des fêtes`, maybe over an empty `Intervenant(s) :`), two in a row or more? With `under`, one under another field:
    the block's first line may be a headline that reads so (`Haïti : 5 500 déplacés` over `Source : OCHA`), the lines
    under it are no headline. Lines `judged` already (a newsletter's contents, `Santé : ...` ⏎ `Écoles : ...`) are no field."""
    # (a story's credit and date, `Source : Lusa, 29/11/2025`, under its headline `Riz : ...`, is no field)
    if not _EVENT_FIELD.fullmatch(line.text) or line.words > 12 or is_credit_stamp(line.text):
        return False
    shown = [l for l in lines[max(line.index - 3, 0) : line.index + 4] if not l.blank and l.index not in judged or l is line]
    at = shown.index(line)
    near = shown[max(at - 1, 0) : at] + ([] if under else shown[at + 1 : at + 2])
    # (each field has its own label: a headline printed twice, `Rougeole : ...` ⏎ `Rougeole : ...`, is no block)
    label = _key(line.text.partition(":")[0])
    return any(
        (_EVENT_FIELD.fullmatch(l.text) and l.words <= 12 or (l.words <= 3 and _EMPTY_FIELD.fullmatch(l.text))) and _key(l.text.partition(":")[0]) != label
        for l in near
    )


def _is_field_value(lines: list[Line], line: Line) -> bool:
    """Is the line a field's value under its label (`Lieu :` ⏎ `Campus d'Alexandrie, salle Senghor`), among other
    labels over their values (a CMS event page prints each label over its value), no contact's? (Empty labels one
    under another, `Date :` ⏎ `Lieu :`, hold no value: the headline under them is none.)"""
    if line.words > 12 or line.hints_contact or _is_sentence(line):
        return False
    near = [l for l in lines[max(line.index - 6, 0) : line.index + 5] if not l.blank]
    label = [l.words <= 4 and bool(_EMPTY_FIELD.fullmatch(l.text)) and not l.hints_contact for l in near]
    at = near.index(line)
    pairs = [n for n in range(len(near) - 1) if label[n] and not label[n + 1]]  # each pair: a label over its value
    return at - 1 in pairs and len(pairs) >= 2


def _title_words(lines: list[Line], line: Line) -> int:
    """A headline's words, with the lines it is wrapped over (`Les haies réduisent l’érosion` ⏎
    `des sols limoneux de Hesbaye`, centred in a PDF; `Léman : ... au plus bas depuis` ⏎ `1960, mais ...`
    ⏎ `les scientifiques`): each goes on in lower case or with a number, and ends no sentence."""
    words = line.words
    for below in [l for l in lines[line.index + 1 : line.index + 5] if not l.blank][:2]:
        head = below.text.lstrip()[:1]
        goes_on = head.islower() or (head.isdigit() and not below.date_stamp)
        if not goes_on or below.words > 12 or _SENTENCE_END.search(below.text):
            break
        words += below.words
    return words


def _opens_story(lines: list[Line], verdicts: dict[int, str], headline: Line) -> bool:
    """Does a story of a listing open on this headline: its time stamp under it, or a teaser and the link
    to read on (`Lire la suite`), or a digest's next full headline under its paragraph? A digest's section heading
    (`Santé`) over its paragraph has none of these."""
    below = [l for l in lines[headline.index + 1 : headline.index + 6] if not l.blank]
    if below and (below[0].date_stamp or _is_stamp_row(below[0].text) or is_credit_stamp(below[0].text) or opens_with_dated_dateline(below[0].text)):
        return True  # (or its credit and date, `Source : Lusa, 29/11/2025`, or its own dated dateline: `ABIDJAN, Côte d'Ivoire, 3 octobre 2023/APO Group/ -- ...`)
    teaser = list(itertools.takewhile(lambda l: l.is_prose and l.index not in verdicts, below))
    if 1 <= len(teaser) <= 3 and _heads_story(below[0].text) and len(below) > len(teaser) and verdicts.get(below[len(teaser)].index) == "link to another page":
        return True
    # ... or, on a digest of full headlines each over its one paragraph (`Yémen : le choléra progresse à Hodeïda, ...` ⏎
    # its paragraph ⏎ `Soudan : 1,4 million de personnes ...` ⏎ its paragraph), the next story's headline under its paragraph
    shown = [l for l in below if l.index not in verdicts]
    return len(shown) >= 3 and _is_digest_story(headline, shown[0]) and _is_digest_story(shown[1], shown[2])


def _is_digest_story(headline: Line, paragraph: Line) -> bool:
    """A full headline (eight words or more, no question) over a paragraph of prose that ends a sentence: a story of a
    digest (a section heading is shorter; an interview's question is no story's headline)."""
    return (
        _is_headline(headline) and headline.words >= 8 and not headline.text.rstrip().endswith("?")
        and paragraph.is_prose and _is_sentence(paragraph) and not _runs_on(headline, paragraph)
    )


def _heads_story(below: str) -> bool:
    """Is the line under a headline its time stamp (`18/11/2025 · 07h45`) or its teaser (prose that ends a
    sentence or runs longer than a headline; not the next headline)?"""
    line = split_lines(below)[0]
    return _is_date_stamp(below) or _is_stamp_row(below) or (line.is_prose and (_is_sentence(line) or line.words > 20))


def _named_with_acronym(text: str, body: list[Line]) -> bool:
    """Does the text give this line as a long form with its acronym (`Programme des Nations Unies pour le
    développement (PNUD)`)? Then the line over the headline is the organisation's letterhead; so is a
    line that opens on an institution's noun and whose first words the text names so (`Agence régionale
    de santé La Réunion`, then `L’Agence régionale de santé (ARS)` further down)."""
    name = text.strip().lower()
    words = list(_WORD.finditer(name))
    if len(words) < 3:
        return False
    names = [name]
    if _opens_on_institution(name):
        names += [name[: w.end()] for w in reversed(words[2:-1])]
    for line in body:
        low = line.text.lower()
        for part in names:
            at = low.find(part)
            if at >= 0 and _ACRONYM_AFTER.match(line.text, at + len(part)):
                return True
    return False


def _headline_in_breadcrumb(lines: list[Line], verdicts: Mapping[int, str], article: Article) -> Line | None:
    """A breadcrumb right above the text whose last crumb is a headline (`Accueil » Actualités » Niger : un
    million d'enfants vaccinés`), on a page that prints no other: the only copy of the title."""
    above = [l for l in lines[max(article.text - 3, 0) : article.text] if not l.blank]
    line = next((l for l in reversed(above) if _is_breadcrumb(l)), None)
    if line is None or any(verdicts.get(l.index) not in _WEAK for l in above if l.index > line.index):
        return None
    return line if _ends_on_headline_crumb(line.text) else None


def _is_headline_crumb(line: Line) -> bool:
    """A breadcrumb whose last crumb is the page's headline (`Accueil › Actualités › Un guichet unique ...`)."""
    return _is_breadcrumb(line) and _ends_on_headline_crumb(line.text)


_QUOTED = regex.compile(r"«[^«»\n]*»")


def _split_crumbs(text: str, separator: regex.Pattern) -> list[str]:
    """A path's crumbs; a `»` that closes a quoted title separates nothing.

    >>> _split_crumbs("Accueil › Entretiens › « Le don qui sauve » : trois questions", _PATH_SEPARATOR)
    ['Accueil', 'Entretiens', '« Le don qui sauve » : trois questions']
    """
    if "«" not in text:
        return separator.split(text)
    masked = _QUOTED.sub(lambda m: "x" * len(m.group()), text)
    cuts = [(m.start(), m.end()) for m in separator.finditer(masked)]
    starts = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(text)]
    return [text[a:b] for a, b in zip(starts, ends)]


def _ends_on_headline_crumb(text: str) -> bool:
    """`Accueil › Actualités › Communiqués › Un guichet unique pour les proches aidants`: a path of short crumbs, three
    or more, whose last one is a headline (four words or more).

    >>> _ends_on_headline_crumb("Accueil › Actualités › Un guichet unique pour les proches aidants"), _ends_on_headline_crumb("Accueil › Actualités")
    (True, False)
    """
    crumbs = _split_crumbs(text, _PATH_SEPARATOR)  # (not a bar: `Par X | 4 mars 2026 | 5 min de lecture` is a byline)
    last = crumbs[-1].strip()
    return (
        len(crumbs) >= 3 and all(1 <= len(_WORD.findall(c)) <= 4 and not _DIGITS.search(c) for c in crumbs[:-1])
        and len(_WORD.findall(last)) >= 4 and not _is_date_stamp(last) and not _TERMINAL.search(last)
    )


def _is_short_title(line: Line) -> bool:
    """A title too short for a headline's shape (`Appel aux dons`, `Merci !`): two words or more, capitalised,
    ending no sentence, neither a date, a document's type, a section of the site nor a label of its chrome."""
    text = line.text.strip()
    return (
        2 <= line.words <= 8 and text[:1].isupper() and not _SENTENCE_END.search(text.rstrip("!?")) and not text.endswith((":", ","))
        and not _is_date_stamp(text) and not is_letterhead(text) and not _is_section_label(text) and not _is_chrome(text, _chrome_words())
        and not _DIGITS.search(text)
    )


def _is_document_kicker(text: str) -> bool:
    """`Communiqué de presse – Ministère de la Santé publique du Niger`: the document's type and who issues it,
    printed over the headline.

    >>> _is_document_kicker("Communiqué de presse – Ministère de la Santé"), _is_document_kicker("Communiqué : le Niger lance ...")
    (True, False)
    """
    parts = [p.strip() for p in _NAME_PARTS.split(text.strip()) if p.strip()]
    if len(parts) != 2 or _TERMINAL.search(text):
        return False
    kind, issuer = (_WORD.findall(part) for part in parts)
    return (
        1 <= len(kind) <= 3 and _folded(kind[0]) in _document_types()
        and bool(issuer) and _folded(issuer[0]) in _institution_nouns()
    )


def _heads_document_label(lines: list[Line], line: Line) -> bool:
    """An institution's name over the document's type and number (`Cour africaine des droits de l'homme et des
    peuples` ⏎ `COMMUNIQUÉ DE PRESSE n° 41/26`): the letterhead, though its words are not all capitalised."""
    text = line.text.strip()
    if _WORD.match(text) is None or not _opens_on_institution(text):
        return False
    below = next((l for l in lines[line.index + 1 : line.index + 3] if not l.blank), None)
    return below is not None and (is_letterhead(below.text) or _is_issue_label(below))


def _is_name_line(text: str) -> bool:
    """`Fondation pour la Santé Rurale`: a name, every word but the function words capitalised (a line in
    capitals may as well be a headline); or an organisation's acronym beside its long form
    (`ORS Occitanie – Observatoire régional de la santé`).

    >>> _is_name_line("Fondation pour la Santé Rurale"), _is_name_line("Une nouvelle maternité ouvre à Bouaké")
    (True, False)
    """
    content = [w for w in _WORD.findall(text) if len(w) >= 3 and w.lower() not in _FUNCTION_WORDS]
    return (
        len(content) >= 2 and all(w[0].isupper() for w in content) and not _DIGITS.search(text) and ":" not in text
        and not _mostly_capitals(text)
    ) or _is_acronym_and_name(text) or _is_institution_in_capitals(text) or _is_institution_name(text)


def _is_institution_name(text: str) -> bool:
    """`Agence française de développement`, `Fondation pour la recherche`: a few words opening on an institution's
    noun, no number, no colon, no sentence end (a headline about it says what it did: `Agence X : ...`).

    >>> _is_institution_name("Fondation pour la recherche"), _is_institution_name("Fondation : 40 bourses attribuées")
    (True, False)
    """
    words = _WORD.findall(text)
    return 2 <= len(words) <= 6 and words[0][0].isupper() and _opens_on_institution(text) and not _mostly_capitals(text)


def _names_institution(text: str) -> bool:
    """`Ministère de la Mobilité et des Travaux publics – Grand-Duché de Luxembourg`: a letterhead in running case,
    parts that each open on a capital, one of them on an institution's noun, without an article (a headline about
    it has one: `Le ministère de la Santé lance ...`).

    >>> _names_institution("Royaume du Maroc – Ministère du Tourisme"), _names_institution("Le ministère lance une campagne")
    (True, False)
    """
    parts = [p for p in _LABEL_SEPARATOR.split(text) if p.strip()]
    return (
        bool(parts) and len(_WORD.findall(text)) <= 16 and not _mostly_capitals(text) and all(p.strip()[:1].isupper() for p in parts)
        and any(_opens_on_institution(p) for p in parts) and not _DIGITS.search(text) and not _TERMINAL.search(text)
    )


def _opens_on_institution(text: str) -> bool:
    """A line that opens on an institution's noun and names it only: no number, no colon, no sentence end
    (`Agence régionale de santé`; a headline about it says what it did: `Agence X : ...`)."""
    words = _WORD.findall(text[:60])
    # (the noun may be a compound, `Haut-Commissariat`: its first two words)
    nouns = {_folded(words[0]), _folded(" ".join(words[:2]))} if words else set()
    return (
        bool(nouns & _institution_nouns())
        and not _DIGITS.search(text) and ":" not in text and not _TERMINAL.search(text)
    )


@lru_cache(maxsize=1)
def _institution_nouns() -> frozenset[str]:
    words = load_json("entity_words.json")
    return frozenset(_folded(w) for key in ("institution_nouns", "office_nouns", "state_nouns", "collectivity_nouns") for w in words[key])


def is_letterhead(text: str) -> bool:
    """A letterhead line in capitals: an institution (`MINISTÈRE DE LA SANTÉ`) or a document type
    (`COMMUNIQUÉ DE PRESSE`, `NOTE AUX RÉDACTIONS`: three words at most, no number).

    >>> is_letterhead("MINISTERE DE LA SANTE ET DE L'ACTION SOCIALE"), is_letterhead("COMMUNIQUE DE PRESSE"), is_letterhead("LANCEMENT DE LA CAMPAGNE DE VACCINATION")
    (True, True, False)
    """
    words = _WORD.findall(text)
    return _is_institution_in_capitals(text) or (
        2 <= len(words) <= 3 and _mostly_capitals(text) and not _DIGITS.search(text) and ":" not in text and _folded(words[0]) in _document_types()
    )


@lru_cache(maxsize=1)
def _sections() -> frozenset[str]:
    return frozenset(load_json("web_chrome.json")["sections"])


@lru_cache(maxsize=1)
def _document_types() -> frozenset[str]:
    return frozenset(load_json("web_chrome.json")["document_types"])


def _names_document_type(text: str) -> bool:
    """A type label of a few words, no sentence: `Communiqué de presse`, `Note aux rédactions`, `Déclaration`."""
    words = _WORD.findall(text)
    return 1 <= len(words) <= 3 and _folded(words[0]) in _document_types() and not _TERMINAL.search(text) and not _DIGITS.search(text)


_PRESS_GENRE_OF = regex.compile(r"\s*\p{L}+\s+(?i:de\s+presse|press)\s+(?i:du|des|de\s+la|de\s+l[’']|de|d[’']|of\s+the|from\s+the|of|from)\s*\p{Lu}")


def _is_section_label(text: str) -> bool:
    """`Communiqués du Conseil d'État`, `Actualités de la Région`: a kind of page in the plural and a name, the
    section of the site a story sits in (`Avis de coupure d'eau à Bouaké`, in the singular, is a story).

    >>> _is_section_label("Communiqués du Conseil d'État"), _is_section_label("Avis de coupure d'eau à Bouaké")
    (True, False)
    >>> _is_section_label("Nantes Métropole – Espace presse"), _is_section_label("Communiqué de presse du Conseil d'État")
    (True, True)
    """
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 8 or _DIGITS.search(text) or ":" in text:
        return False
    # a room of the site beside its name (`Nantes Métropole – Espace presse`; `Agenda de la médiathèque` alone may be a
    # page's title)
    parts = [_folded(p) for p in _LABEL_SEPARATOR.split(text) if p.strip()]
    if len(parts) >= 2 and any(p in _sections() for p in parts):
        return True
    first = _folded(words[0])
    if len(words) <= 5 and first[-1:] in ("s", "x") and first[:-1] in _document_types():
        return True
    # in the singular too, the press genre and its issuer (`Communiqué de presse du Conseil d'État`): a label over
    # the headline, never one itself
    return first in _document_types() and _PRESS_GENRE_OF.match(text) is not None


def _is_institution_in_capitals(text: str) -> bool:
    """`MINISTÈRE DE LA SANTÉ, DE L'HYGIÈNE PUBLIQUE ...`: a letterhead line in capitals that opens on an
    institution's noun (the project's lexicon of organisation words), no colon, no number.

    >>> _is_institution_in_capitals("MINISTÈRE DE LA SANTÉ ET DE L'HYGIÈNE PUBLIQUE"), _is_institution_in_capitals("LANCEMENT DE LA CAMPAGNE")
    (True, False)
    """
    text = _WIDE_GAP.split(text.strip())[0]  # a PDF's running header may print a label far to the right
    first = _WORD.match(text)
    return (
        first is not None and _folded(first.group()) in _institution_nouns() and _mostly_capitals(text)  # `MINISTERE` too
        and ":" not in text and not _DIGITS.search(text)
    )


def _is_acronym_and_name(text: str) -> bool:
    """Two parts across a dash or a bar, one opening on an acronym whose letters are initials, in order,
    of the other's words: an organisation's name, its letterhead.

    >>> _is_acronym_and_name("ORS Occitanie – Observatoire régional de la santé"), _is_acronym_and_name("AGP – Agence guinéenne de presse")
    (True, True)
    >>> _is_acronym_and_name("OMS – Le paludisme recule de 12 % en Afrique")
    False
    >>> _is_acronym_and_name("Système d’information sur les marchés agricoles du Burkina (SIMAB)")  # (or the acronym in brackets after it)
    True
    """
    parts = [p for p in _NAME_PARTS.split(text.strip()) if p.strip()]
    if len(parts) == 1 and text.rstrip().endswith(")") and (m := _ACRONYM_AT_END.search(text)) and "(" not in text[: m.start()]:
        parts = [m.group().strip(" ()"), text[: m.start()]]
    if len(parts) != 2 or _TERMINAL.search(text.rstrip().removesuffix(")")):
        return False
    for short, long in (parts, parts[::-1]):
        acronym = _WORD.match(short.strip())
        if not acronym or not _ACRONYM.fullmatch(acronym.group()) or len(acronym.group()) > 8:
            continue
        initials = _folded("".join(w[0] for w in _PLAIN_WORD.findall(long) if w.lower() not in _FUNCTION_WORDS)).upper()
        letters = iter(initials)
        # a name has few words the acronym leaves out; a headline after an acronym has many
        if initials[:1] == acronym.group()[0] and all(c in letters for c in acronym.group()):
            return len(initials) <= len(acronym.group()) + 3
    return False


def _wrapped_title(lines: list[Line], line: Line, start: int) -> bool:
    """`Lancement de la campagne agricole 2025-2026 :` ⏎ `distribution de 12 000 tonnes de semences`
    right above the text: one headline over two lines (or three, `... des semences à` ⏎ `quelque 3` ⏎
    `500 familles ...`), each going on in lower case or with a number, no sentence end in any."""
    rest = [l for l in lines[line.index + 1 : start] if not l.blank]
    # a dateline on a line of its own ends the headline (a reference line may stand under it, above the text)
    dateline = next((k for k, l in enumerate(rest) if _PLACE_DATE.fullmatch(l.text)), None)
    rest = rest[:dateline] if dateline else rest
    return (
        1 <= len(rest) <= 2 and line.words + sum(l.words for l in rest) <= 30
        and all(l.text.lstrip()[:1].islower() or l.text.lstrip()[:1].isdigit() for l in rest)
        and not any(_SENTENCE_END.search(l.text) for l in [line, *rest])
    )


def _next_text(lines: list[Line], index: int, skipped: Collection[int] = ()) -> str:
    """The text of the next line shown under line `index` (not one of the lines `skipped`)."""
    return next((l.text for l in lines[index + 1 :] if not l.blank and l.index not in skipped), "")


def _is_prose_text(text: str) -> bool:
    return split_lines(text)[0].is_prose


def _in_other_language(text: str) -> bool:
    """Does the line read in another language than French, by the lexicons: three of its words in lower case at least
    more frequent in English, Portuguese, Spanish, Italian or German, and twice as many as the French ones?

    >>> _in_other_language("A Comissão da CEDEAO realiza reunião em Abuja"), _in_other_language("Le HCR salue la loi")
    (True, False)
    """
    french = other = 0
    for word in _LOWER_WORD.findall(text):
        here = zipf(word, "fr")
        there = max(zipf(word, lang) for lang in _OTHER_LANGUAGES)
        french += here >= there > 0 or here > there
        other += there > here + 1
    return other >= 3 and other > 2 * french


_ARTICLES = frozenset("le la les l un une des".split())


def _capitals_above(lines: list[Line], title: Line) -> Line | None:
    """The first line of a title in capitals whose second line was taken for it: the line in capitals right above,
    with no sentence end, when this one opens on a preposition (`MESSAGE DES ÉGLISES DU BÉNIN` ⏎ `POUR LE TEMPS ...`)."""
    opener = _PLAIN_WORD.match(title.text.strip().lower())
    # (or on an article, the verb's object: `LE CONSEIL DES MINISTRES STATUTAIRE ADOPTE` ⏎ `LE BUDGET 2027 ...`)
    if opener is None or not (opener.group() in grammar("prepositions") or opener.group() in _ARTICLES) or not _mostly_capitals(title.text):
        return None
    above = next((l for l in reversed(lines[: title.index]) if not l.blank), None)
    if above is None or not _mostly_capitals(above.text) or above.terminal or above.text.rstrip().endswith(":"):
        return None
    return above if above.words >= 2 and not is_letterhead(above.text) and not _over_address_row(lines, above) else None


def _colon_head(lines: list[Line], found: list[Line], title: Line, start: int) -> Line | None:
    """The headline right above `title` that ends on a colon and wraps in capitals down to the text: the title's
    first line, when the fuller second one was taken for it (`RÉSULTATS AU 30 SEPTEMBRE 2025 :` ⏎ `UNE CROISSANCE ...`)."""
    above = next((l for l in found if l.index < title.index), None)
    if above is not None and above.index == title.index - 1 and above.text.rstrip().endswith(":") and _capitals_wrap(lines, above, start):
        return above
    return None


def _capitals_wrap(lines: list[Line], title: Line, start: int) -> bool:
    """Is a title in capitals wrapped down to the text, over one or two more lines in capitals? The line under it
    opens on a function word (`DE L'EAU ET DE L'ÉNERGIE LANCE`), as a wrapped title's goes on in lower case, or on
    the number the verb above governs (`LA COMMUNE INVESTIT` ⏎ `12,8 MILLIONS DE FRANCS ...`)."""
    rest = [l for l in lines[title.index + 1 : start] if not l.blank]
    if len(rest) != start - title.index - 1:
        return False
    # a dateline on a line of its own ends the title (`GRÈVE DU 9 DÉCEMBRE :` ⏎ `LES AGENTS ... MOBILISÉS` ⏎ `Montreuil, le ...`)
    rest = next((rest[:k] for k, l in enumerate(rest) if _PLACE_DATE.fullmatch(l.text)), rest)
    if not _mostly_capitals(title.text) or not 1 <= len(rest) <= 2:
        return False
    first = rest[0].text.strip()
    opener = _PLAIN_WORD.match(first.lower())
    # (a title cut at its colon goes on below it, whatever the next line opens on)
    colon = title.text.rstrip().endswith(":")
    return (
        all(_mostly_capitals(l.text) and not l.terminal for l in rest) and (colon or not title.terminal)
        and ((opener is not None and opener.group() in _FUNCTION_WORDS) or (first[:1].isdigit() and not _is_date_stamp(first)) or colon)
    )


CAPITAL_TITLE_LINES = 4  # a title in capitals runs over four lines at most (under a letterhead's name: three of its own)


def _capitals_under_title(lines: list[Line], article: Article) -> set[int]:
    """The lines (four at most) in capitals that carry on a title in capitals, each ending no sentence."""
    if article.title is None or not _mostly_capitals(lines[article.title].text):
        return set()
    found: set[int] = set()
    for line in lines[article.title + 1 : min(article.title + CAPITAL_TITLE_LINES + 1, article.text)]:
        if line.blank or not _mostly_capitals(line.text) or lines[line.index - 1].terminal:
            break
        found.add(line.index)
    return found


def _is_header_label(line: Line) -> bool:
    """A short line between title and text: a category, a date stamp, `Taille du texte A A`, a
    document reference with its date or number (`Note d'analyse n° 12 – mars 2024`, `Rapport
    semestriel n° 7`: hardly a function word).

    A caption (a sentence), a list item, a dateline with its date (`Paris, le 12 octobre 2024`,
    `Genève, 12 octobre 2024`), a speech's salutation (`Monsieur le Président,`) and a letterhead printed
    under the title (`RÉPUBLIQUE DU NIGER`, its motto, the ministry) stay: they are the release's.
    """
    text = line.text.strip()
    if _is_date_stamp(text) or _is_update_stamp(text):  # (`Mis à jour le 28/11/2025` right under the title too)
        return True
    if _TERMINAL.search(text) or _LIST_MARK.match(text) or text.endswith(",") or is_letterhead(text) or _MOTTO.fullmatch(text):
        return False
    if line.words <= 5 and not _DIGITS.search(text):
        return True
    return _is_dated_reference(line) or _is_document_number(line)


def _ends_on_linking_word(text: str) -> bool:
    """Does `text` end on a preposition, an article or a conjunction (`de`, `pour`, `et`): a line cut before the word
    it leads to?"""
    words = _WORD.findall(text[-24:].lower())
    return bool(words) and words[-1] in _LINKING_WORDS and not _TERMINAL.search(text)


def _is_update_stamp(text: str) -> bool:
    """`Mis à jour le 28/11/2025`, `Dernière modification : 3 mars 2026`: when the page was last changed."""
    return _UPDATE_STAMP.match(text) is not None and (_is_date_stamp(text) or _is_date_stamp(_UPDATE_LABEL.sub("", text, count=1)))


def _is_issue_label(line: Line) -> bool:
    """A document's number (`Communiqué n° 14/2026`), or a few words with a date or a number and no sentence:
    an issue's label (`Revue de presse du 5 décembre 2025`, `LA LETTRE DE L'AFD – N° 214 – Novembre 2025`)."""
    text = line.text
    if _is_document_number(line):
        return True
    if "," in text or not _DIGITS.search(text) or _TERMINAL.search(text):
        return False  # (every date and number has a digit: the cheap tests first)
    if not ((_DATE_HINT.search(text) and _DATE_STAMP.search(text)) or _DOC_NUMBER.search(text)):
        return False
    if len(_WORD.findall(_DOC_NUMBER.sub(" ", _DATE_STAMP.sub(" ", text)))) <= 4:
        return True
    # a masthead of parts: the publication's name, its number, its date (`La Lettre de l'Agence française de
    # développement – n° 214 – décembre 2025`), however long the name
    parts = [p.strip() for p in _LABEL_SEPARATOR.split(text) if p.strip()]
    return (
        len(parts) >= 3 and any(_DOC_NUMBER.fullmatch(p) for p in parts)
        and any(_DATE_STAMP.fullmatch(p) for p in parts if _DATE_HINT.search(p))
    )


def _is_document_number(line: Line) -> bool:
    """`Rapport semestriel n° 7`, `Communiqué n° 14/2026`: a document's number, no sentence around it; or a label in
    capitals over its reference code (`AVIS D'APPEL D'OFFRES OUVERT N° 2025-014/MARAH/SG/DMP`)."""
    if line.words <= 6 and line.function_share < 0.3 and _DOC_NUMBER.search(line.text):
        return True
    m = _DOC_NUMBER.search(line.text) if "°" in line.text or "N" in line.text else None
    if m is None:
        return False
    # (the date it was issued may follow the code: `Communiqué de presse N° 087/CEEAC/COM/2025 – 01/12/2025`)
    label, code = line.text[: m.start()], _TRAILING_DATE.sub("", line.text[m.end() :]).strip()
    # (or the document's type in running case over its reference code: `Communiqué de presse N° 027/ACRCE/DG/2025`)
    words = _WORD.findall(label)
    typed = 1 <= len(words) <= 4 and _folded(words[0]) in _document_types()
    return (_mostly_capitals(label) or typed) and len(words) <= 8 and " " not in code


def _is_dated_reference(line: Line) -> bool:
    """`Note d'analyse n° 12 – mars 2024`, `Bulletin spécial n° 12 – 14/10/2025 – 19 h 00`: a date (and
    time) beside a few words with hardly a function word, and no comma (`Genève, 12 octobre 2024` is a dateline)."""
    text = line.text
    # (an elided `d'` binds the reference's own noun phrase: `Note d'analyse`)
    if "," in text or not _DIGITS.search(text) or _share(_WORD.findall(text.lower())) >= 0.2 or not _DATE_HINT.search(text) or not _DATE_STAMP.search(text):
        return False  # (every date has a digit, and the shape `_DATE_HINT` tells: the cheap tests first)
    return line.words <= 8 or len(_WORD.findall(_DATE_STAMP.sub(" ", text))) <= 5


@lru_cache(maxsize=1)
def _inline_related() -> frozenset[str]:
    return frozenset(_key(p) for p in load_json("web_chrome.json")["inline_related"])


def _links_one_story(lines: list[Line], end: int) -> bool:
    """Under an inline related label at `end` (`Lire aussi`, not a pager's `Article précédent`): one headline (no
    sentence), then a paragraph of prose: a link inside the story, the story going on under it (a block of other
    stories lists several headlines)."""
    if lines[end].key not in _inline_related():
        return False
    below = [l for l in lines[end + 1 : end + 8] if not l.blank][:2]
    return len(below) == 2 and _is_headline(below[0]) and not _is_sentence(below[0]) and below[1].is_prose and _is_sentence(below[1])


def trailing_chrome(
    lines: list[Line], first: int, last: int, removed: Mapping[int, str] = {}, *, plain: bool = False, listing: bool = False,
    inline: Collection[int] = (),
) -> set[int]:
    """Lines after the article's last sentence that are neither sentences nor a contact block.

    Headlines of other stories, short labels and a credit in brackets go; a line stays when a
    contact hint (`Tél.`, an e-mail, `Contact presse`) stands on it or on one of the next four
    lines, when it follows a line that announces it (`veuillez contacter :`), or when it belongs
    to a hard-wrapped last paragraph (it runs on into the next line, or a kept line ran on into it).
    A signature stays (`Le Ministre,` over a name). A heading of links to other pages (`Sur le même
    sujet`, `Les plus lus`) or a link to a web address (`Voir la version source sur ...`) ends the
    story: what follows goes, unless more of the story follows (two sentences of prose, or a
    contact block: a `Lire aussi` between paragraphs).
    Lines already `removed` are not read: the page must end the same when it is cleaned again. On a `plain`
    page (nothing else on it is chrome) a line goes only for what it is (a link heading and what it lists,
    the site's address row), not for ending no sentence: there its last lines are the text's (a table, a
    list of names, a signature). On a `listing` (a page of stories), a story's link to its full text ends no story.
    A related label `inline` (glued to the next sentence on the page) is a link inside a paragraph, like `Lire aussi : ...`.
    """
    article = [l for l in lines[first : last + 1] if not l.blank and l.index not in removed]
    dropped: set[int] = set()

    @cache
    def site_names() -> set[str]:  # (the whole page read once, and only if an address row may open on the site's name)
        return _site_names(lines)

    end = next((l.index for l in lines[first : last + 1] if _ends_story(l) and not (listing and _is_link(l))), None)
    # other stories' headlines, or readers' comments, below the text
    # (the thread runs on below the article's last line: a comment is prose, its `Répondre` is not)
    thread = _comment_thread_start([l for l in lines[first:] if not l.blank])
    starts = (_dated_headlines_start(article), _agenda_start(article), thread if thread is not None and thread <= last else None)
    listed = min((n for n in starts if n is not None), default=None)
    if listed is not None and (end is None or listed < end):
        end = listed
    if end is not None and any(l.is_prose and _is_sentence(l) for l in article if l.index < end):
        after = [l for l in article if l.index > end]
        # a teaser under its headline and time stamp is another story's, not more of this one; so are
        # teasers under headlines alone when there are several (one headline over paragraphs is a link
        # inside the story)
        # (under the last of headlines listed back to back, a paragraph is the story going on, no teaser)
        linked = [_is_headline(l) and not _is_sentence(l) for l in after]
        teasers = {i for i in range(1, len(after)) if linked[i - 1] and not (i >= 2 and linked[i - 2])}
        # the links right under the heading, each one short sentence (`Kribi : le port a accueilli ... .`), two or more
        # down to the next widget, are headlines written as sentences, no more of the story
        listed_links = _one_sentence_block(lines, end, removed)
        more = [
            l for i, l in enumerate(after)
            if l.is_prose and _is_sentence(l) and not _is_dated_headline(l) and not _is_dated_entry(l)
            and not (thread is not None and l.index >= thread)  # (readers' comments, and the page's own lines under them)
            and not any(a.date_stamp or _is_post_stamp(a.text) for a in after[max(i - 2, 0) : i])
            and not (len(teasers) >= 2 and i in teasers) and l.index not in listed_links
        ]
        # after a link inline (`Lire aussi : Cacao : ...`) between paragraphs, one more paragraph is the story's
        # (so is the one headline a label on its own line links, `Lire aussi` ⏎ `Mali : ...` ⏎ the next paragraph)
        linked_one = _is_related_heading(lines[end]) and _links_one_story(lines, end)
        needed = 1 if listed is None and (_is_related_link(lines[end].text.strip()) or end in inline or linked_one) else 2
        # (readers' comments are sentences too: under the thread's start, none of them is more of the story)
        # (a release has one contact block: under the links, once the story above holds its press contact, the
        # address, switchboard and e-mail are the site's footer)
        # (the site's own footer row under the links, its name then its address, switchboard and newsroom e-mail, is no
        # contact of the release: read with it, the links above it stayed, and a second clean, the footer gone, dropped them)
        own = [l for l in after if not (_STREET.search(l.text) and (_opens_on_site_name(l, site_names) or _opens_on_masthead(l, lines)))]
        site_contact = _holds_release_contact(own) and _holds_press_contact([l for l in article if l.index < end])
        if (len(more) < needed or end == thread) and (listed is not None or not _holds_release_contact(own) or site_contact):
            dropped.update(l.index for l in after)
            dropped.update({end} - set(removed))
            article = [l for l in article if l.index < end]
            if _REQUIRED_FIELD.fullmatch(lines[end].text) and article and article[-1].words <= 5 and not _is_sentence(article[-1]):
                dropped.add(article.pop().index)  # the form's heading (`Restez connecté`) over its field
        elif more and listed is None and _is_related_heading(lines[end]):
            # a box of links inside the story (`Sur le même sujet` ⏎ two headlines ⏎ the story's next paragraph)
            links = [l for l in after if l.index < more[0].index]
            if links and all(_is_headline(l) and not _is_sentence(l) for l in links):
                dropped.update({end, *(l.index for l in links)} - set(removed))
                article = [l for l in article if l.index != end and l not in links]
        elif not more and listed is None:
            # the related links end where the release's contact block starts (`Lien connexe :` ⏎ a page's title ⏎
            # `Source :` ⏎ the office and its number): the contact stays
            contact = next((
                i for i, l in enumerate(after)
                if l.hints_contact or (l.words <= 3 and l.text.rstrip().endswith(":") and any(_has_contact_data(m.text) for m in after[i + 1 : i + 4]))
            ), None)
            # (over a contact heading, `Contacts pour les médias`, no contact's name or role stands: a link there is a
            # page's title, which may read as prose but ends no sentence, `Services en français : le plan d’action 2025-2028`)
            heading = contact is not None and _CONTACT_HEADING.fullmatch(after[contact].text) is not None
            links_only = contact is not None and all(
                l.words <= 12 and not (l.is_prose and (_is_sentence(l) or not heading)) and not l.date_stamp for l in after[:contact]
            )
            if links_only and contact <= 4:
                links = {end, *(l.index for l in after[:contact])}
                dropped.update(links - set(removed))
                article = [l for l in article if l.index not in links]
    # a donation box right under the contact block (the release closed there): its call to give, amount and button and
    # all (`Faites un don : 40 € = un kit de semences ... Je fais un don`), and what it holds under it, its appeal and the
    # bank account it gives (`Compte BE71 ...`), down to the next contact line, if any
    calls = [n for n in range(1, len(article)) if _is_donation_call(article, n)]
    if calls:
        n = calls[0]
        box = list(itertools.takewhile(lambda l: not l.hints_contact or _IBAN.search(l.text) is not None, article[n:]))
        dropped.update(l.index for l in box)
        article = article[:n] + article[n + len(box) :]
    # a hard-wrapped paragraph ends on its last, short line (`plus tôt.`), which the line above runs on into
    ends = [
        n for n, l in enumerate(article)
        if _is_sentence(l) and (l.is_prose or (n > 0 and article[n - 1].is_prose and _runs_on(article[n - 1], l)))
    ]
    # an appeal to the reader under its short heading after the contact block (`Aidez les enfants du Sahel` ⏎ `Avec
    # 30 €, vous financez un kit scolaire.`): a donation or subscription box, not the release's last sentence
    while len(ends) >= 2 and _is_appeal_box(article, ends[-1]):
        n = ends.pop()
        dropped.update((article[n - 1].index, article[n].index))
    # ... or the site's call to support, subscribe or follow, as the page's last sentence (`Vous aimez notre travail ?
    # Soutenez-nous en faisant un don mensuel.`, `Recevez nos communiqués par courriel.`)
    while len(ends) >= 3 and ends[-1] == len(article) - 1 and _is_site_call(article[ends[-1]]):
        dropped.add(article[ends.pop()].index)
    last_sentence = ends[-1] if ends else len(article) - 1
    # the release's end mark (`FIN`, `– 30 –`) closes its text: the rows above it (a heading over its list) are the text's
    marks = [n for n, l in enumerate(article) if n > last_sentence and _is_end_mark(l.text)]
    last_sentence = marks[-1] if marks else last_sentence
    hinted = [l.hints_contact for l in article]
    # a contact heading with nothing under it (`Contacts presse` among the footer's links, under the release's own
    # contact) is a menu's label: it announces nothing (read from the end: a heading over such a label announces nothing;
    # one over a name, however bare, announces the name)
    for n in range(len(article) - 1, last_sentence, -1):
        if not (hinted[n] and _CONTACT_HEADING.fullmatch(article[n].text)):
            break
        hinted[n] = False
    # the site's own footer row closing the page (its name, as the copyright line gives it, then its address, switchboard
    # and newsroom e-mail), under no contact heading, is dropped below: its data announces none of the lines above it
    # (else they stay with it now, and a second clean, the row gone, drops them)
    if len(article) >= 2 and last_sentence < len(article) - 1:
        row, above = article[-1], article[-2]
        contact_above = hinted[-2] and not (above.is_prose and _is_sentence(above))
        if _STREET.search(row.text) and _opens_on_site_name(row, site_names) and not contact_above and not above.text.rstrip().endswith(":"):
            hinted[-1] = False
    table = _cell_table(article)
    # fields each over its value (`Lieu` ⏎ `Auditorium principal, ...`): an announcement's details, both lines
    table |= {m for n in _field_pairs(article, _chrome_words()) for m in (n, n + 1)}
    # a table's rows written with bars or tabs, and the source line right under its last row (`Source : INS, 2025`)
    table |= _bar_table(article)
    table |= {n + 1 for n in table if n + 1 < len(article) and _TABLE_SOURCE.match(article[n + 1].text)}
    # under each line, is there only the page's (no sentence, no contact)? read once from the end
    quiet_below = [True] * len(article)
    for n in range(len(article) - 2, -1, -1):
        quiet_below[n] = quiet_below[n + 1] and not (_is_sentence(article[n + 1]) or hinted[n + 1])
    open_sentence = False
    items: Line | None = None  # the first item of a list a line announced (`Les lauréats sont :`)
    # the share bar or the link back to the list under the text closes the release: a contact or an address row under
    # it is the site's footer (`Chancellerie d’État – Rue ... – Tél. ... – chancellerie@...`)
    bars = [l.index for l in lines[article[last_sentence].index + 1 :] if l.index in removed and _CLOSING_BAR.search(l.text)] if article else []
    for n in range(last_sentence + 1, len(article)):
        line = article[n]
        below = article[n + 1] if n + 1 < len(article) else None
        if bars and line.index > bars[0]:
            dropped.add(line.index)
            continue
        # `veuillez contacter :`, or a contact heading (`Contact presse`) over the name it announces
        # (a phone or an address on the line above is contact data, not a heading announcing more)
        above = article[n - 1].text
        announced = above.rstrip().endswith(":") or (hinted[n - 1] and article[n - 1].words <= 3 and not _has_contact_data(above))
        # ... and the list it announces runs on while its items keep the first one's shape
        items = line if announced and not hinted[n] else items if items is not None and _next_item(items, line) else None
        announced = announced or items is not None
        if line.text.rstrip().endswith(":") and below is None and line.words <= 4 and not hinted[n]:
            dropped.add(line.index)  # `Partager :` over buttons already removed announces nothing
            continue
        # (a number in a sentence of the text above, `une amende de 25 000 à 100 000 francs`, makes it no contact line)
        contact_above = hinted[n - 1] and not (article[n - 1].is_prose and _is_sentence(article[n - 1]))
        if below is None and not announced and not contact_above and _STREET.search(line.text) and (
            _is_address_footer([line]) or _opens_on_site_name(line, site_names)
        ):
            dropped.add(line.index)  # the site's address and switchboard on one row, under no contact heading
            continue
        if below is None and not announced and _STREET.search(line.text) and _names_office_again(article[last_sentence + 1 : n], line):
            dropped.add(line.index)  # the office the contact block names, printed again with its street: the page's footer
            continue
        if below is None and not announced and _STREET.search(line.text) and _is_office_row(line.text) and _holds_press_contact(article[last_sentence + 1 : n]):
            # under the release's press contact, the office's own row (its name, street, switchboard and mailbox): the
            # site's footer, not a second contact
            dropped.add(line.index)
            continue
        if (
            below is not None and not announced and not hinted[n - 1] and _STREET.search(line.text)
            and all(_SWITCHBOARD.fullmatch(l.text.strip()) for l in article[n + 1 :]) and _opens_on_masthead(line, lines)
        ):
            # the site's name and address on the last rows, its switchboard alone under them (no person, no e-mail,
            # under no contact heading): the footer of the site whose name heads the page
            dropped.update(l.index for l in article[n:])
            break
        # a wrap before a number (`... a versé à la France` / `62,7 millions de livres ...`);
        # a contact line (a phone above an e-mail) is no sentence running on
        wrapped = not hinted[n] and (_runs_on(line, below) or (below is not None and _wraps_before_number(line, below)))
        signature = _signs(line, below) or (n > 0 and _signs(article[n - 1], line)) or _is_signed_line(line.text)
        signature = signature or _signs_for(line, below) or (n > 0 and _signs_for(article[n - 1], line))
        signature = signature or _names_over_role(line, below) or (n > 0 and _names_over_role(article[n - 1], line))
        signature = signature or _role_over_name(line, below) or (n > 0 and _role_over_name(article[n - 1], line))
        # the signer under the place and date (`Charleroi, le 28 avril 2026` ⏎ `CGSP – SLFP – CSC-Services publics`), or
        # a role alone closing the text (`Le Procureur général`, `(é) Le Ministre de l'Eau`: signed)
        # (what may stand under it is the page's: no sentence, no contact)
        closing = quiet_below[n]
        # (under a line dropped as the page's, a heading of links, an article and a capital open a headline there:
        # `Autres communiqués de ...` ⏎ `La Grande collecte ... dépasse ses objectifs`)
        signature = signature or (closing and not line.terminal and line.words <= 10 and (
            (n > 0 and bool(_PLACE_DATE.fullmatch(article[n - 1].text)))
            or (bool(_ROLE_WITH_ARTICLE.fullmatch(_SIGNED_MARK.sub("", line.text))) and not (n > 0 and article[n - 1].index in dropped))
        ))
        # `« Ce service va changer la vie de nos aînés. »` ⏎ `Marie Ndong, directrice générale`: who said the quote
        signature = signature or bool(_QUOTE_CLOSE.search(above) and _ATTRIBUTION.fullmatch(line.text) and line.words <= 14)
        # a name with its role at the close (`Awa Diallo, trésorière`), what it signs for above it (`Au nom du bureau`,
        # `Pour le comité`) and its office alone under it (`Notaire`)
        signature = signature or (closing and (
            _is_signer(line.text) or (below is not None and _is_signer(below.text) and line.words <= 8 and not line.terminal)
            or (n > 0 and _is_signer(above) and _is_office_alone(line.text))
        ))
        # `Fait à Bangui, le 22 août 2025` over the signature, or closing a speech: where and when it was signed
        signature = signature or bool(
            _PLACE_DATE.fullmatch(line.text) and (closing or (n + 2 < len(article) and _signs(below, article[n + 2])))
        )
        # the office that issued the release, right under its end mark (`FIN` ⏎ `Service de la communication de ...`)
        signature = signature or (n > 0 and _is_end_mark(above) and _opens_on_institution(line.text))
        # a web address alone under a contact's lines (`Courriel : ...` ⏎ `www.undp.org/fr/mali`) is the contact's
        site_of_contact = hinted[n - 1] and len(line.text.split()) == 1 and bool(_WEB_ADDRESS.match(line.text.strip())) and not _is_link(line)
        # ... and so is a street address under a person's contact line (`17, route des Morillons, CH-1211 Genève 19`)
        site_of_contact = site_of_contact or (
            hinted[n - 1] and _names_press_contact(article[n - 1].text)
            and line.words <= 14 and _STREET.search(line.text) is not None and not _is_address_footer([line])
        )
        # (the release's end mark, `– FIN –`, and the signature right above it are the release's)
        end_mark = _END_MARK.fullmatch(line.text) is not None or (below is not None and _END_MARK.fullmatch(below.text) is not None)
        # ... and so is its `Source :` line naming who issued it (`Source : UNICEF Cameroun`), right under its contact
        # block or its end mark (`- 30 -` ⏎ `Source : ...` ⏎ `Renseignements :`)
        end_mark = end_mark or (
            n > 0 and (hinted[n - 1] or _is_end_mark(above)) and bool(_TABLE_SOURCE.match(line.text))
            and line.words <= 10 and not line.terminal
        )
        # a short question that is no prose, with only the page's below (`Qui sommes-nous ?` among the footer's links),
        # is a menu's label, no sentence of the text
        asked = line.words <= 4 and not line.is_prose and closing and bool(_QUESTION_HEADLINE.search(line.text))
        # a widget's counter under the contact block (`Nombre de visiteurs : 1 482 917`) is the site's, however near the
        # footer's address below it; its number, seven digits, reads as one to call: a count grouped by thousands under
        # no contact label is none (`Standard : 22 21 56 70` is), nor is a row of a table of figures
        if len(line.text) <= 60 and _COUNTER.fullmatch(line.text) and _is_visit_counter(line.text) and any(hinted[:n]) \
                and not _in_figure_table(article, n):
            dropped.add(line.index)
            continue
        if (
            any(hinted[n : n + 5]) or announced or (_is_sentence(line) and not asked) or _is_credited_caption(line.text) or open_sentence or wrapped or signature
            or site_of_contact or end_mark
            or _in_figure_table(article, n) or _in_key_figures(article, n) or _in_cell_table(article, n) or n in table
        ):
            open_sentence = not line.terminal and (open_sentence or wrapped)
            continue
        # (on a plain page too, what follows the contact block is the site's, and so are links and their heading)
        linked = any(_WEB_ADDRESS.search(l.text) for l in article[n : n + 2])
        if not plain or any(hinted[:n]) or linked:
            dropped.add(line.index)
    # a list whose last rows stay keeps its first rows, and its short heading (`Programme` over `9 h 00 :
    # accueil de la presse` ... above the accreditation contact), however far the contact is
    # (one heading: a heading over a heading is no more the text's than the lines it was dropped with)
    stays = {l.index for l in article if l.index not in dropped}
    for n in range(len(article) - 2, last_sentence, -1):
        line, below = article[n], article[n + 1]
        row = _same_row_shape(line.text, below.text)
        heading = line.words <= 4 and not line.terminal and below.index in stays
        if line.index in dropped and below.index not in dropped and (heading or row):
            dropped.discard(line.index)
            if row:
                stays.add(line.index)
    # ... and its last rows after rows that stay (`8 h 30 : départ` ⏎ `16 h : remise des prix` over the share bar)
    for above, line in zip(article[last_sentence + 1 :], article[last_sentence + 2 :]):
        if line.index in dropped and above.index in stays and _same_row_shape(above.text, line.text):
            dropped.discard(line.index)
            stays.add(line.index)
    return dropped


def _names_office_again(block: list[Line], line: Line) -> bool:
    """Does `line` (the page's last) print a name a line of the contact `block` gives alone, then its address, with no
    e-mail (`Délégation de l’Union européenne au Burundi – Avenue du 13 Octobre, BP 103 Bujumbura` under the block that
    named the delegation on its own line)? The block has said whom to reach; the row is the site's footer."""
    parts = [p for p in _NAME_PARTS.split(line.text.strip()) if p.strip()]
    if len(parts) < 2 or "@" in line.text or _STREET.search(parts[0]):
        return False
    name = _key(parts[0])
    return len(name.split()) >= 2 and any(l.key == name for l in block)


def _is_office_row(text: str) -> bool:
    """`CQSA – 4200, rue Saint-Denis, ... – 514 873-2291 – info@...`: three parts or more opening on an acronym or an
    institution (no person), with no press label."""
    parts = [p.strip() for p in _LABEL_SEPARATOR.split(text) if p.strip()]
    # (the mailbox may say `contact@`: no label)
    return len(parts) >= 3 and not _PRESS_LABEL.search(_LINK.sub(" ", text)) and (bool(_ACRONYM.fullmatch(parts[0])) or _opens_on_institution(parts[0]))


def _one_sentence_block(lines: list[Line], heading: int, removed: Mapping[int, str]) -> set[int]:
    """The lines under a heading of links down to the next removed line (another widget), when they are two or more
    and each is one short sentence or a headline (no sentence ends inside it): links to other stories written as
    sentences. (Down to the page's end, such lines may be the story's last paragraphs.)"""
    block = []
    for line in lines[heading + 1 :]:
        if line.index in removed:
            return set(block) if len(block) >= 2 else set()
        if line.blank:
            continue
        if line.words > 25 or _SENTENCE_INSIDE.search(line.text.rstrip()[:-1]):
            return set()
        block.append(line.index)
    return set()


def _same_row_shape(a: str, b: str) -> bool:
    """Two rows of one list: the same list mark (`–`, `•`, `1.`), or each opening on a clock time (`9 h 00 :`).

    >>> _same_row_shape("9 h 00 : accueil", "10 h 15 : visite"), _same_row_shape("– un", "• deux")
    (True, False)
    """
    marks = [m.group().strip()[0] if (m := _LIST_MARK.match(row)) else None for row in (a, b)]
    if marks[0] and marks[1]:
        return marks[0] == marks[1] or (marks[0].isdigit() and marks[1].isdigit())
    return bool(_CLOCK_LEAD.match(a) and _CLOCK_LEAD.match(b))


def _is_visit_counter(text: str) -> bool:
    """A label and a count grouped by thousands (`Nombre de visiteurs : 1 482 917`), not a contact line (`Tél. : 22 21 56 70`).

    >>> _is_visit_counter("Nombre de visiteurs : 1 482 917"), _is_visit_counter("Standard : 22 21 56 70")
    (True, False)
    """
    label, _, count = text.rpartition(":")
    return bool(_THOUSANDS_COUNT.fullmatch(count.strip())) and not _CONTACT_HINTS[1].search(label.lower())


def _in_figure_table(article: list[Line], n: int) -> bool:
    """Is line `n` a row of a table of key figures (`Décès : 145`, `Maisons effondrées : 41 000`), two rows
    or more in a row, or the short heading right over them (`Bilan au 2 septembre`)? A lone `Vues : 1 245`
    is a counter.

    >>> rows = split_lines("Bilan au 2 septembre\\nDécès : 145\\nMaisons effondrées : 41 000\\nPartager\\nVues : 1 245")
    >>> [_in_figure_table(rows, n) for n in range(5)]
    [True, True, True, False, False]
    """
    row = [bool(_FIGURE_ROW.fullmatch(l.text)) for l in article[max(n - 1, 0) : n + 3]]
    here = n if n < 1 else 1  # where line n sits in `row`
    if row[here]:
        return (here > 0 and row[here - 1]) or (here + 1 < len(row) and row[here + 1])
    heading = article[n].words <= 8 and not article[n].terminal
    return heading and here + 2 < len(row) and row[here + 1] and row[here + 2]


def _next_item(first: Line, line: Line) -> bool:
    """Is `line` another item of the list `first` opens: the same list mark (`•`, `–`, `1.`), or, without marks,
    a short line that opens in the same case and announces nothing (`Aminata Koné, université de Bouaké` ⏎
    `Jean-Marc Yao, université Félix-Houphouët-Boigny`)? A copyright, a web address or a contact is none."""
    a, b = first.text.strip(), line.text.strip()
    if _COPYRIGHT.search(b) or _WEB_ADDRESS.search(b) or line.hints_contact or b.endswith(":"):
        return False
    if _LIST_MARK.match(a) or _LIST_MARK.match(b):
        return _same_row_shape(a, b)
    # (items end alike: `Non.` answering a speaker's `Jean Martin :` is no list's first item of `Soutenez nos actions`)
    same_end = (_TERMINAL.search(a) is None) == (_TERMINAL.search(b) is None)
    return line.words <= 15 and first.words <= 15 and a[:1].isupper() == b[:1].isupper() and same_end


def _in_cell_table(article: list[Line], n: int) -> bool:
    """Is line `n` a cell of a table read one cell a line (`Région` ⏎ `Admis` ⏎ `Centre` ⏎ `18 420` ⏎ `74 %`):
    a short line with two numbers or more among the five lines either side (a header row stands a row away)?"""
    if article[n].words > 4:
        return False
    # (a sentence ends the table: `Hôtel de ville` under the sentence that follows it is the footer's)
    above = list(itertools.takewhile(lambda l: not _is_sentence(l), reversed(article[max(n - 5, 0) : n])))
    below = list(itertools.takewhile(lambda l: not _is_sentence(l), article[n + 1 : n + 6]))
    return sum(bool(_NUMERIC_CELL.fullmatch(l.text.strip())) for l in above + below) >= 2


def _bar_table(lines: list[Line]) -> set[int]:
    """Positions of a table's rows written with bars or tabs (`Produit | Ouagadougou | Bobo-Dioulasso` ⏎ `Super 91 |
    850 FCFA | 865 FCFA`): lines of three cells or more, as many in each, one row at least with two cells that are
    numbers, or three rows or more with a number in two of them (a breadcrumb's or a byline's parts are none: `Par X |
    7 juin 2023 | Lecture : 6 min`).

    >>> sorted(_bar_table(split_lines("Produit | Dakar | Thiès\\nSuper | 850 FCFA | 865 FCFA\\nAccueil | Presse")))
    [0, 1]
    >>> sorted(_bar_table(split_lines("Poste\\t2024\\t2025\\nRecettes\\t4,1\\t4,6\\nAccueil\\tPresse")))
    [0, 1]
    """
    found: set[int] = set()
    # (a row copied from a spreadsheet or a PDF keeps its tabs between cells: runs of tabs part them as bars do)
    rows = [_TABS.split(l.text.strip()) if "\t" in l.text.strip() else l.text.split("|") for l in lines]
    n = 0
    while n < len(lines):
        bars = len(rows[n]) - 1
        k = n
        while k < len(lines) and bars >= 2 and len(rows[k]) - 1 == bars:
            k += 1
        numbers = [sum(bool(_NUMERIC_CELL.fullmatch(c.strip())) for c in rows[m]) for m in range(n, k)]
        # (or a column of numbers down three rows or more: `Qualité de l’air | 12 480 | quotidienne`)
        if k > n and (any(c >= 2 for c in numbers) or (k - n >= 3 and sum(c >= 1 for c in numbers) >= 2)):
            found.update(range(n, k))
        n = max(k, n + 1)
    return found


def _field_pairs(lines: list[Line], chrome: frozenset[str]) -> set[int]:
    """Positions of the labels of fields each over its value, two pairs or more in a row (`Intervenant` ⏎ `Martine
    Gosselin, limnologue` ⏎ `Lieu` ⏎ `Auditorium principal, 2500 boulevard ...`): a label of one or two words, then a
    value of three to fifteen words that ends no sentence and is no chrome (a menu's labels are short one under
    another; a player's `0:00 / 2:14` and the text's first sentence are no value).

    >>> sorted(_field_pairs(split_lines("Lieu\\nSalle des fêtes de Kaya\\nDate\\nJeudi 14 mai 2026, 19 h"), _chrome_words()))
    [0, 2]
    """
    label = [1 <= l.words <= 2 and not l.terminal and not _DIGITS.search(l.text) for l in lines]
    # (a value is asked of the lines under a label only)
    value = [
        n > 0 and label[n - 1] and not label[n] and 3 <= len(_LETTERS_WORD.findall(l.text)) <= 15 and len(l.text.split()) >= 3
        and not _SENTENCE_END.search(l.text) and not _WEB_ADDRESS.search(l.text) and not _is_chrome(l.text, chrome)
        for n, l in enumerate(lines)
    ]
    found: set[int] = set()
    n = 0
    while n + 3 < len(lines):
        k = n
        while k + 1 < len(lines) and label[k] and value[k + 1]:
            k += 2
        if k - n >= 4:
            found.update(range(n, k, 2))
        n = max(k, n + 1)
    return found


def _cell_table(lines: list[Line]) -> set[int]:
    """Positions (in `lines`) of a table read one cell a line: short lines in rows of two to five cells, a header
    row of labels over rows that hold a number in the same column (`Pays` ⏎ `Montant` ⏎ `Secteur` ⏎ `Sénégal` ⏎
    `200 M$` ⏎ `Énergie` ⏎ ...). The period is what a menu never has; one row under the header is enough when its
    number is more than bare digits (a page number, a year).

    >>> sorted(_cell_table(split_lines("Pays\\nMontant\\nSénégal\\n200 M$\\nKenya\\n180 M$")))
    [0, 1, 2, 3, 4, 5]
    >>> _cell_table(split_lines("Accueil\\nActualités\\nPresse\\nContact\\nAgenda\\nMédias"))
    set()
    """
    cell = [0 < l.words <= 9 and not l.terminal for l in lines]  # (a session's name may be a cell)
    number = [False] * len(lines)
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if not cell[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and cell[j]:
            j += 1
        if j - i < 4:
            i = j  # (a header over two rows at least: fewer short lines make no table, their cells are not read)
            continue
        # (a programme's column of times is its column of numbers: `9 h 00` ⏎ `Ouverture` ⏎ `Solange Mukamana`)
        number[i:j] = [bool(_NUMERIC_CELL.fullmatch(l.text.strip()) or _CLOCK_CELL.fullmatch(l.text)) for l in lines[i:j]]
        if not any(number[i:j]):
            i = j  # (a menu: short lines, no number, so no column of numbers)
            continue
        for start in range(i, j - 3):
            if start in found:
                continue
            for k in range(2, 6):
                rows = (j - start) // k
                columns = [
                    c for c in range(k)
                    if not number[start + c] and all(number[start + r * k + c] for r in range(1, rows))
                ] if rows >= 2 else []
                if rows == 2:  # one row under the header: its number must say what it is (`3,2 M€`, `12 400`; not `2026`, `2`)
                    columns = [c for c in columns if not lines[start + k + c].text.strip().isdigit()]
                if columns:
                    found.update(range(start, start + rows * k))
                    break
        i = j
    return found


def _is_signed_line(text: str) -> bool:
    """A signature on one line, once its lines are joined: `Fait à Cotonou, le 26 novembre 2025, Le
    Secrétaire général du Gouvernement, Édouard Ouin-Ouro` (a role with its article, a comma, a name).

    >>> _is_signed_line("Le Ministre de la Santé, Kossi Amégbo"), _is_signed_line("Les prix ont baissé, selon Kossi Amégbo")
    (True, False)
    """
    role, comma, name = text.rstrip().rpartition(",")
    words = name.split()
    if not comma or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or _TERMINAL.search(name):
        return False
    role = role.rpartition(",")[2] if not _ROLE_WITH_ARTICLE.fullmatch(role) else role
    return len(_WORD.findall(role)) <= 12 and bool(_ROLE_WITH_ARTICLE.fullmatch(role))


def _signs(line: Line, below: Line | None) -> bool:
    """`Le Ministre,` over `Pr Kossi Amégbo`: a role closed by a comma (or a role with its article:
    `Le Ministre de la Santé et de la Population`), then a name (capitalised words)."""
    comma = line.text.rstrip().endswith(",")
    if below is None or line.words > (6 if comma else 12) or not (comma or _ROLE_WITH_ARTICLE.match(line.text)):
        return False
    name = _SIGNED_MARK.sub("", below.text).split()
    return 2 <= len(name) <= 5 and all(w[:1].isupper() for w in name) and not below.terminal


def _signs_for(line: Line, below: Line | None) -> bool:
    """`Pour le ministère de la Santé` over `Awa Diallo`: who signs in whose name (a joint release's co-signers, each
    under the body it signs for), a short line ending no sentence over a person's name.

    >>> _signs_for(*split_lines("Pour l’UNICEF\\nJean-Pierre Latour")), _signs_for(*split_lines("Pour l’UNICEF, la priorité\\nest claire"))
    (True, False)
    """
    if below is None or line.words > 10 or line.terminal or below.terminal or "," in line.text:
        return False
    return bool(_SIGNS_FOR.match(line.text)) and _signs_as_name(below)


def _names_over_role(line: Line, below: Line | None) -> bool:
    """`Anders Lindqvist` over `Président de la FIRN`: a signature with the name first (a name of two to four
    capitalised words over a line that opens on a role's noun).

    >>> _names_over_role(*split_lines("Awa Diallo\\nDirectrice exécutive de l’ONG Terre Verte"))
    True
    >>> _names_over_role(*split_lines("Awa Diallo\\nPrésident Diallo a salué les bénévoles."))
    False
    """
    if below is None or below.words > 12 or below.terminal or line.terminal:
        return False
    # a role's noun, or an office and its seat (`Évêque de Saint-Claude`, `Maire de Dapaong`)
    office = bool(_OFFICE_OF.match(below.text)) and below.words <= 8
    return _signs_as_name(line) and (_opens_on_role(below.text) or office)


def _role_over_name(line: Line, below: Line | None) -> bool:
    """`Le directeur général de l’Agence de l’eau` over `Awa Diallo`: a signature with the role first (a line
    that opens on a role's noun, maybe after its article, over a name of two to four capitalised words).

    >>> _role_over_name(*split_lines("Le directeur général de l’Agence de l’eau\\nAwa Diallo"))
    True
    >>> _role_over_name(*split_lines("Le président a salué les bénévoles\\nAwa Diallo"))
    False
    """
    if below is None or line.words > 12 or line.terminal or below.terminal:
        return False
    lead = _ARTICLE_LEAD.match(line.text)
    return _opens_on_role(line.text[lead.end() if lead else 0 :]) and not _VERB_AFTER_ROLE.search(line.text) and _signs_as_name(below)


def _is_signer(text: str) -> bool:
    """A signature's name with its role after a comma: two to four capitalised words (a title may lead them), then a
    few words in lower case, no digit and no end (`Me Julie Gagnon, avocate`, `Pasteur Marc Roulin, président`).

    >>> _is_signer("Me Awa Diallo, notaire"), _is_signer("Awa Diallo, notaire à Thiès, a signé l’acte.")
    (True, False)
    """
    name, comma, role = text.strip().partition(",")
    roles = role.split()
    return (
        bool(comma) and _capitalised_name(name.split()) and 1 <= len(roles) <= 5
        and role.lstrip()[:1].islower() and "," not in role and not _TERMINAL.search(text) and not _DIGITS.search(text)
    )


def _is_office_alone(text: str) -> bool:
    """An office on a line of its own under a signer: one capitalised word that is no chrome (`Greffière`), or a role's
    noun and a few words (`Secrétaire de la fabrique`); `Adhérer en ligne` is a button.

    >>> _is_office_alone("Greffière"), _is_office_alone("Secrétaire de la fabrique"), _is_office_alone("Adhérer en ligne")
    (True, True, False)
    """
    words = text.split()
    if not words or _TERMINAL.search(text) or _DIGITS.search(text) or not words[0][:1].isupper():
        return False
    if len(words) == 1:
        return not _is_chrome(text, _chrome_words())
    return len(words) <= 5 and _opens_on_role(text)


def _signs_as_name(line: Line) -> bool:
    """A signature's name: two to four capitalised words, no digit (`Awa Diallo`, `(é) Dr Manaouda Malachie`)."""
    return _capitalised_name(_SIGNED_MARK.sub("", line.text).split()) and not _DIGITS.search(line.text)


def _capitalised_name(words: list[str]) -> bool:
    """Two to four words, each opening on a capital: a person's name as a signature gives it. A particle of
    filiation or nobility may stand between them in lower case (`Mariem mint Ahmed Salem`, `Ahmed ould Sidi`,
    `Jean de La Fontaine`), never first or last.

    >>> _capitalised_name("Mariem mint Ahmed Salem".split()), _capitalised_name("Awa a signé".split())
    (True, False)
    """
    names = [w for w in words[1:-1] if w not in _NAME_PARTICLES]
    if len(names) < len(words) - 2 and words[0].lower() in _role_nouns():
        return False  # (`Directeur de Cabinet`: an office, no person)
    return 2 <= len(names) + min(len(words), 2) <= 4 and all(w[:1].isupper() for w in [*words[:1], *names, *words[-1:]])


def _opens_on_role(text: str) -> bool:
    """The text's first word is a role's noun (`Directrice exécutive de ...`, `directeur général de ...`)."""
    words = _PLAIN_WORD.findall(text, 0, 60)
    return bool(words) and words[0].lower() in _role_nouns()


# lower-case particles of a person's name (filiation: `ould`, `mint`, `ben`, `bint`, `ag`; nobility: `de`, `van`, `von`)
_NAME_PARTICLES = frozenset("de du des d’ d' da di dos das van von der den ben bin bint ibn ould mint ag wald el al".split())
_VERB_AFTER_ROLE = regex.compile(r"\b(?:a|ont|est|sont|avait|sera|va|vient)\s")  # `Le président a salué ...`: a sentence, no signature


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    words = load_json("entity_words.json")
    return frozenset(words["role_nouns"]) | frozenset(words["role_prefixes"])


@lru_cache(maxsize=1)
def _related_headings() -> frozenset[str]:
    return frozenset(_key(p) for p in load_json("web_chrome.json")["related"])


_PAGER = regex.compile(
    r"\s*[<‹«←]?\s*(?i:article\s+)?(?i:précédent|previous|prev)\b[^.!?]{0,40}?(?i:article\s+)?(?i:suivant|next)\s*[>›»→]?\s*"
)


def _ends_story(line: Line) -> bool:
    """A heading of links to other pages, a link to a web address, a pager to the previous and next articles, or a
    form's required field (`Adresse e-mail *`: the consent prose under a newsletter form is the form's)."""
    required = "*" in line.text and bool(_REQUIRED_FIELD.fullmatch(line.text))  # (its star first)
    pager = line.words <= 8 and bool(_PAGER.fullmatch(line.text))  # `< Précédent   Suivant >`: the links to the next pages
    return _is_related_heading(line) or (_is_link(line) and bool(_WEB_ADDRESS.search(line.text))) or required or pager


def _dated_headlines_start(article: list[Line]) -> int | None:
    """Where a list of other stories begins after the text: two headlines or more in a row, each with
    its date in brackets or after a separator (`Rougeole : trois cas confirmés (28.01.2026)`,
    `Budget 2026 adopté | 14 mars 2026`), and the short heading over them (`Autres communiqués`).
    Found by its shape, whatever the heading says."""
    for n in range(len(article) - 1):
        if _is_dated_headline(article[n]) and _is_dated_headline(article[n + 1]):
            return _with_heading(article, n)
        if _stamped_pairs_from(article, n) >= 2:  # `Biodiversité : 4 000 km de haies` over `21.10.2025`, and again
            return _with_heading(article, n)
    return None


def _agenda_start(article: list[Line]) -> int | None:
    """Where a box of coming events begins under the release, once it is closed (its contact data or its end mark,
    `FIN`, `– 30 –`, above): a short heading (`Agenda du préfet`, `Événements à venir`) over entries that each open on a
    date, on its own line over a sentence (`Lundi 1er décembre 2025` ⏎ `Le préfet présidera ...`) or before a dash or a
    colon (`10 décembre 2025 – Toamasina : atelier national ...`). Found by its shape, whatever the heading says."""
    closed = False
    for n, line in enumerate(article[:-1]):
        if n >= 1 and closed:
            heading = article[n - 1]
            below = article[n + 1]
            entry = _is_dated_entry(line) or (line.date_stamp and below.is_prose and _is_sentence(below))
            if entry and heading.words <= 5 and not heading.terminal and not heading.hints_contact and not heading.date_stamp:
                return heading.index
        # (contact data in a sentence of the text, `Inscriptions au 01 23 45 67 89.`, closes nothing: a contact block's line does)
        closed = closed or (_has_contact_data(line.text) and not _is_sentence(line)) or _is_end_mark(line.text)
    return None


def _is_end_mark(text: str) -> bool:
    """`– 30 –`, `– FIN –`, `FIN` alone on its line: the end of a release."""
    return _END_MARK.fullmatch(text) is not None or _END_WORD.fullmatch(text) is not None


def _is_dated_entry(line: Line) -> bool:
    """`10 décembre 2025 – Toamasina : atelier ...`, `4 décembre 2025 : Conseil des ministres ...`: an agenda's entry,
    its date first, then a dash or a colon and what happens."""
    text = line.text.strip()
    m = _DATE_STAMP.match(text) if text[:1].isdigit() or text[:1].isupper() else None
    return m is not None and _ENTRY_SEPARATOR.match(text, m.end()) is not None


def _comment_thread_start(article: list[Line]) -> int | None:
    """Where readers' comments begin: two lines or more that say who posted and when (`Hery Rakoto
    8 octobre 2025 à 17:05`), a few lines apart (each over its comment), with the short line over the
    first (`3 commentaires :`, `Réactions`). Found by its shape, whatever the thread's heading says."""
    stamps = [
        n for n, l in enumerate(article)
        if (l.words <= 14 and _is_post_stamp(l.text))
        # (or the name on its line, the stamp under it: `Mahamat A.` ⏎ `29 novembre 2025 à 9 h 12`)
        or (n + 1 < len(article) and _is_commenter(l.text) and article[n + 1].date_stamp)
    ]
    for a, b in zip(stamps, stamps[1:]):
        if 2 <= b - a <= 5:
            above = article[a - 1] if a else None
            heading = above is not None and (
                (above.words <= 4 and not _SENTENCE_END.search(above.text) and not above.hints_contact)
                or _COMMENTS_HEADING.fullmatch(above.text.strip()) is not None
            )
            return above.index if heading else article[a].index
    # ... or, without stamps, the thread's own heading (`Commentaires`, `3 commentaires`, `Réactions (2)`) over it
    return next((l.index for l in article[1:-1] if _COMMENTS_HEADING.fullmatch(l.text.strip())), None)


def _is_commenter(text: str) -> bool:
    """`Mahamat A.`, `Claire Bernard`: a name alone, as a blog prints it over a comment's stamp."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words) and not text.rstrip().endswith((":", "!", "?"))


def _is_post_stamp(text: str) -> bool:
    """Who posted and when, as a blog prints it over a comment: a name (capitalised words, initials) then a
    date stamp, maybe with `dit :` or a dash between.

    >>> _is_post_stamp("Hery Rakoto 8 octobre 2025 à 17:05"), _is_post_stamp("Nadège dit : 19 février 2026 à 11:52")
    (True, True)
    >>> _is_post_stamp("Le 8 octobre 2025 à 17:05"), _is_post_stamp("Réunion du conseil 8 octobre 2025")
    (False, False)
    """
    end = text.rstrip()[-1:]
    if not (end.isdigit() or end.isupper()):  # a date stamp ends on its year, its time or its zone (`CET`)
        return False
    stamp = _date_stamp_at_end(text.rstrip())
    if stamp is None or stamp.start() == 0:
        return False
    who = _POSTED_BY.sub("", text[: stamp.start()]).split()
    return 1 <= len(who) <= 4 and all(w[:1].isupper() for w in who)


def _stamped_pairs_from(lines: list[Line], n: int) -> int:
    """How many headlines, each with its time stamp on its own line (under it or over it) and no teaser,
    follow each other from line n: a list of other stories, not stories of a listing page."""
    pairs = 0
    while n + 1 < len(lines) and _is_stamped_headline(lines[n], lines[n + 1]):
        pairs += 1
        n += 2
    return pairs


def _with_heading(article: list[Line], n: int) -> int:
    """Where a list starting at line n begins: with the short heading over it (`Autres communiqués`)."""
    above = article[n - 1] if n else None
    heading = above is not None and above.words <= 6 and not above.terminal and not above.hints_contact
    return article[n - 1].index if heading else article[n].index


def _is_dated_headline(line: Line) -> bool:
    text = line.text.strip()
    if len(text) > 240 or _SENTENCE_END.search(text):  # a headline, not a paragraph (and no date ends on a full stop)
        return False
    m = _TRAILING_DATE.search(text) if _DATE_HINT.search(text) else None
    return m is not None and 2 <= len(_WORD.findall(text[: m.start()])) <= 25 and not _TERMINAL.search(text[: m.start()])


_READER = regex.compile(r"\b(?i:vous|votre|vos)\b")
_GIVE = r"faites un don|faire un don|donnez|soutenez|donate|support us"  # a call to give, in a site's call or a donation box
_DONATION_CALL = regex.compile(rf"\s*(?i:{_GIVE}|je donne|je fais un don)\b")
# an account number to give to (`BE71 0961 2345 6769`, `CH93 0076 2011 6238 5295 7`): a country code, check digits, groups
_IBAN = regex.compile(r"\b\p{Lu}{2}\d{2}(?:\s?[\dA-Z]{4}){2,7}(?:\s?[\dA-Z]{1,3})?\b")
# a site's call to the reader: to support it, subscribe to it, follow it (its verb, with `nous`, `notre`, `nos`)
_SITE_CALL = regex.compile(
    rf"\b(?i:{_GIVE}|soutenir|abonnez-vous|inscrivez-vous|recevez|suivez-nous|rejoignez-nous"
    r"|restez informés?|subscribe|follow us)\b"
)


def _is_site_call(line: Line) -> bool:
    """`Soutenez-nous en faisant un don mensuel.`, `Recevez les communiqués de l'association par courriel.`: a short
    sentence that asks the reader to support, subscribe or follow the site, no figure, no contact."""
    return line.words <= 18 and not _has_contact_data(line.text) and not _DIGITS.search(line.text) and _SITE_CALL.search(line.text) is not None


APPEAL_WORDS = 16  # a box's appeal to the reader is one short sentence


def _is_appeal_run(run: list[Line]) -> bool:
    """A box's appeal to the reader: one short paragraph (two short sentences at most) that says `vous`, maybe under its
    heading (`Semez l’espoir en Haïti` ⏎ `Avec 60 $, vous offrez à une famille ...`)."""
    body = run[1:] if len(run) == 2 and not run[0].terminal else run
    return len(body) == 1 and body[0].words <= 2 * APPEAL_WORDS and _READER.search(body[0].text) is not None


def _is_donation_call(article: list[Line], n: int) -> bool:
    """Is line `n` a call to give (`Faites un don : ...`, `Soutenez ...`, `Je donne`), opening the line, right under
    a line of contact data (a release's own call to give stands in its text, above its contact block)?"""
    return article[n].words <= 30 and _DONATION_CALL.match(article[n].text) is not None and _has_contact_data(article[n - 1].text)


def _is_appeal_box(article: list[Line], n: int) -> bool:
    """Is sentence `n` a box's appeal to the reader: a short sentence that says `vous`, under a short heading
    that ends no sentence, below a line of contact data (the release ended there)?"""
    line = article[n]
    if n < 2 or line.words > 2 * APPEAL_WORDS or not _READER.search(line.text):
        return False
    heading = article[n - 1]
    if heading.words > 6 or heading.terminal:
        return False
    if line.words <= APPEAL_WORDS and _has_contact_data(article[n - 2].text):
        return True
    # (further down, a heading that calls on the reader, `Aidez-nous à soigner plus d'enfants`, once the release is closed
    # by its contact data or its end mark above)
    return bool(_IMPERATIVE.match(heading.text)) and any(_has_contact_data(l.text) or _is_end_mark(l.text) for l in article[: n - 1])


def _holds_release_contact(lines: list[Line]) -> bool:
    """Contact data a reader of the release would use, not the site's address and switchboard: those
    stand by a street or box line, with no e-mail or press label among the lines (`Hôtel de Ville` ⏎
    `1 place de la République` ⏎ `26430 Saint-Aubin` ⏎ `Tél. 04 75 31 60 00` under the related links)."""
    if not any(_has_contact_data(l.text) for l in lines):
        return False
    if any("@" in l.text or "[email" in l.text or _PRESS_WORD.search(l.text) for l in lines):
        return True
    # (a bare `Contact : (509) 2813-1234` under the related links, beside the site's slogan, is the site's)
    return not any(_STREET.search(l.text) or _BARE_CONTACT.fullmatch(l.text) for l in lines)


def _holds_press_contact(lines: list[Line]) -> bool:
    """A press contact: a press label or word (`Contact presse`, `porte-parole`) on a line with contact data, or over
    one within the next two lines, no sentence ending between (`Contact presse :` ⏎ the office and its officer ⏎
    `Tél. : ...`)."""
    for n, line in enumerate(lines):
        if not _PRESS_WORD.search(line.text):
            continue
        for k, below in enumerate(lines[n : n + 3]):
            if _has_contact_data(below.text):
                return True
            if k and _is_sentence(below):
                break
    return False


_BARE_CONTACT = regex.compile(r"\s*(?i:contacts?|tél\.?|téléphone|standard)\s*:?\s*[+\d(][\d .()/-]{6,}\d\s*")


def _is_related_heading(line: Line) -> bool:
    """`Sur le même sujet`, `Ces articles peuvent vous intéresser`: a heading over links to other pages."""
    return not line.blank and line.words <= 7 and line.key in _related_headings()


def _printed_again(article: list[Line], verdicts: dict[int, str]) -> list[int]:
    """Lines that repeat a line the article keeps above them: a title or caption printed again below
    a date or a credit, a line doubled by the scraper. A story's time stamp and a contact's number may repeat; a copy outside
    the article (a viewer's title bar) leaves the article's copy alone. The rule does not depend on
    what stands between the copies, so a cleaned page read again keeps what it kept."""
    seen: set[str] = set()
    again = []
    for line in article:
        if line.blank or line.index in verdicts:
            continue
        key = line.key
        # a phone under each of two people (the same switchboard) is each one's contact
        if key in seen and line.words >= 4 and not line.date_stamp and not _holds_contact(line.text):
            again.append(line.index)
        seen.add(key)
    # a lead printed as a teaser, then again with its dateline (`L'OIM a enregistré ...` / `N'Djamena - L'OIM a
    # enregistré ...`): the teaser is the copy, the dateline's line the text
    kept = [l for l in article if not l.blank and l.index not in verdicts and l.index not in again][:12]  # (the lead is near the top)
    for n, line in enumerate(kept):
        dateline = opening_dateline(line.text) if _DASH_OR_COMMA.search(line.text[:80]) else None
        if dateline is None:
            continue
        lead = _key(line.text[dateline.end() :])
        again.extend(l.index for l in kept[max(n - 3, 0) : n] if l.words >= 6 and l.key == lead)
    return again


@_per_line
def _is_sentence(line: Line) -> bool:
    """A line that ends a sentence; a short label ending on a quoted name (`ODD 2 : Faim « zéro »`) ends none, nor
    a headline that is a quotation with no sentence end inside (`« Le numérique doit servir l’école rurale »`)."""
    if not line.terminal or _BRACKET_END.search(line.text):
        return False
    quoted_name = (line.words <= 8 and bool(_QUOTED_NAME_END.search(line.text))) or bool(_WHOLE_QUOTE.fullmatch(line.text) or _COLON_QUOTE.fullmatch(line.text))
    return not _BRACKETED.fullmatch(line.text) and not quoted_name and not _PLURAL_MARK_END.search(line.text)


def _narrow_paragraph(run: list[Line], n: int) -> bool:
    """Do the lines from `run[n]` down, each running on into the next, make a paragraph of prose that ends a sentence
    (an e-paper's narrow column: `Le premier navire a accosté lundi au` ⏎ `terminal, construit en 30 mois pour 46` ⏎
    `milliards de francs CFA.`), three lines at least? A headline wrapped over two lines ends no sentence."""
    for m in range(n, min(n + 8, len(run))):
        if _is_sentence(run[m]):
            para = split_lines(" ".join(l.text.strip() for l in run[n : m + 1]))[0]
            return m - n >= 2 and para.is_prose
        if m + 1 >= len(run) or not _runs_on(run[m], run[m + 1]):
            return False
    return False


def _fills_wrap_width(line: Line, run: list[Line]) -> bool:
    """On a hard-wrapped page (three lines or more that run on), a line of prose as wide as those lines is wrapped too,
    even when the next line opens on a name (`... Union Economique et Monétaire Ouest` ⏎ `Africaine (UEMOA) a tenu
    ...`); a headline is rarely cut at the page's width, and a line wider than it is no wrapped one."""
    widths = sorted(len(a.text.rstrip()) for a, b in zip(run, run[1:]) if a.is_prose and _runs_on(a, b))
    if len(widths) < 3 or not line.is_prose or line.terminal:
        return False
    return 0.9 * widths[len(widths) // 2] <= len(line.text.rstrip()) <= 1.1 * widths[-1]


def _wraps_before_number(line: Line, below: Line) -> bool:
    """Two lines of prose, the first with no end, the second opening on a number that is not a date stamp."""
    return (
        line.is_prose
        and below.is_prose
        and not line.terminal
        and below.text.lstrip()[:1].isdigit()
        and not below.date_stamp
        and not _LIST_MARK.match(below.text)  # `1. La Cour a rendu ...`: a numbered paragraph, no wrapped number
    )


class RemoveBoilerplate:
    """Remove menu, navigation and widget lines, keeping the article and its contact block.

    `profiles`: site profiles fitted on other pages of the same sites (`SiteProfiles.fit`);
    lines a site repeats on its pages go even when their shape alone leaves them in doubt.

    >>> page = "Agir\\nAgir\\n-\\nUn titre de communiqué\\n" + "Le projet a aidé des familles de la région. " * 3
    >>> RemoveBoilerplate()(Document.from_text(page)).text.split("\\n")[0]
    'Un titre de communiqué'
    """

    name = STAGE

    def __init__(self, *, profiles: SiteProfiles | None = None) -> None:
        self.profiles = profiles

    def __call__(self, doc: Document) -> Document:
        lines = split_lines(doc.text)
        names = _site_names([l for l in lines if not l.blank])  # (read by the header rule and by the title's)
        verdicts = judge(lines, names)
        profile = self.profiles.profile_for(doc.text, doc.site) if self.profiles else None
        repeated = _site_repeats(lines, verdicts, profile) if profile else []
        # a headline the site repeats (in its `À lire aussi` lists) is still this page's title; a field is none
        verdicts.update({l.index: "repeated on the site's pages" for l in repeated if not _is_headline(l) or profile.is_field(l)})
        article = find_article(lines, verdicts)
        if article is None:
            return doc
        verdicts.update({l.index: "repeated on the site's pages" for l in repeated if l.index != article.title})
        if profile is not None and not article.listing:
            # (on a page of stories, the headlines are the site's other pages' titles and this page's text)
            verdicts.update({i: "headlines of the site's other pages" for i in _linked_runs(lines, verdicts, profile, article) if i != article.title})
        first, last = article.first, article.last
        if article.title is not None:
            _keep_letterhead(lines[article.title + 1 : article.text], verdicts)
            # the letterhead's label between the dateline kept above the title and the title (`COMMUNIQUÉ DE PRESSE`)
            verdicts.update({l.index: "letterhead between the dateline and the title" for l in lines[first : article.title] if not l.blank and l.index not in verdicts and is_letterhead(l.text)})
        crumb = _headline_in_breadcrumb(lines, verdicts, article) if article.title is None else None
        if crumb is not None:
            verdicts.pop(crumb.index, None)  # its path goes below; its last crumb, the only copy of the headline, stays
            first = crumb.index
        verdicts.update({i: "printed again in the article" for i in _printed_again(lines[first : last + 1], verdicts)})
        # a page where nothing is chrome, above or below the text, shows no furniture its last lines could be
        shown = [l.index for l in lines if not l.blank]
        plain = not verdicts and bool(shown) and shown[0] >= first and shown[-1] <= last
        # a related label the page glued to the sentence after it (`Lire aussiLe Chef de l'État a ensuite ...`, parted by
        # an earlier stage): a link inline in the story's paragraph, which goes on under it
        inline = {
            l.index for l in lines[first : last + 1]
            if l.end < len(doc.text) and _is_related_heading(l) and "\n" not in doc.original[slice(*doc.to_original(l.end, l.end + 1))]
        }
        verdicts.update({i: "not part of the article's end" for i in trailing_chrome(lines, first, last, verdicts, plain=plain, listing=article.listing, inline=inline)})
        verdicts.update({i: "a story's category label" for i in _category_labels(lines[first : last + 1], verdicts) if i != article.title})
        verdicts.update({i: "the author's box" for i in _author_box(lines, verdicts, article)})
        header = [l for l in lines[(first if article.title is None else article.title + 1) : article.text] if not l.blank]
        # on a listing page every story has its date stamp: those stay with their stories
        stamps_below = any(l.date_stamp for l in lines[article.text : last + 1] if l.index not in verdicts)
        # a block of fields (`Source : OCHA`, `Pays : Haïti`) is the page's metadata, down to its last line
        fields = sum(bool(_FIELD.fullmatch(l.text)) for l in header) >= 2
        prose_above = False  # below a sentence of prose, the "header" is already the article's text
        # no headline found: a short first line (`Appel aux dons`) is the title, over a date too when nothing above
        # it is chrome (`Agenda culturel` ⏎ `12/03/2024`; under a menu, `Dernières nouvelles` over stamped stories is
        # a listing's label)
        if article.title is None and header and _is_short_title(header[0]):
            below = header[1] if len(header) > 1 else lines[article.text]
            top_plain = not any(not l.blank for l in lines[: header[0].index])
            if top_plain or not below.date_stamp:
                header = header[1:]
        table = {header[n].index for n in _cell_table(header)}  # a table above the first sentence: its labels are cells
        counters = [l for l in header if len(l.text) <= 60 and _COUNTER.fullmatch(l.text)]  # (short: the pattern backtracks on a long line)
        if len(counters) == 1:  # (alone: a block of such rows above the text is its key figures)
            verdicts.setdefault(counters[0].index, "page metadata (a counter)")
        caps_title = _capitals_under_title(lines, article)
        right_under_title, above = True, None  # (only removed lines or date stamps between the title and this line)
        for line, below in zip(header, header[1:] + [lines[article.text]]):
            right_under_title = right_under_title and (above is None or above.index in verdicts or above.date_stamp)
            above = line
            prose_above = prose_above or (line.is_prose and _is_sentence(line))
            if prose_above or (stamps_below and line.date_stamp) or line.index in table:
                continue
            if line is header[0] and article.title is not None and _ends_on_linking_word(lines[article.title].text) and not line.date_stamp:
                continue  # the title's end, under a line cut after a preposition, which no headline ends on (`... de` ⏎ `Zinder`)
            if line.index not in verdicts and (_in_event_fields(lines, line) or _is_field_value(lines, line) or _is_field_value(lines, below)):
                # `Date : ...` ⏎ `Lieu : ...` under the event's title, or each label over its value (`Lieu :` ⏎ `Campus ...`)
                verdicts[line.index] = "page metadata (an event's fields)"
                continue
            # the line right above the text, or above a paragraph (not a caption), is a section heading
            # (`APERÇU`): where the text starts is a guess when a first paragraph stands alone; a wrapped
            # line goes on below
            over_text = below.index == article.text or _is_paragraph(below)
            heading = over_text and not line.date_stamp and not (fields and _FIELD.fullmatch(line.text))
            dated_below = below.index == article.text and opens_with_dateline(below.text)
            typed = _names_document_type(line.text) and right_under_title and below.index == article.text
            if heading and line.index not in verdicts and ((line.words <= 2 and dated_below) or typed):
                # ... but no section opens before the release's dateline: a one-word label there is the page's
                # (`Description` on a dataset page, a menu's last label), and so is the page's type (`Communiqué de presse`)
                # right under the title, over the text with or without its dateline (a press kit's part of that name stands
                # lower, under its table of contents)
                verdicts[line.index] = "label between title and article"
                continue
            if line.index not in verdicts and right_under_title and over_text and _is_category_row(line.text):
                # `Urgence, Sécurité alimentaire` right under the title and its date: the post's categories, no section
                # heading (a heading capitalises its first word only)
                verdicts[line.index] = "page metadata (categories)"
                continue
            # a line in lower case under the title is its second line (`de la région de Hesbaye`), no label, and so is
            # a line in capitals under a title in capitals that ends no sentence
            # (a story's credit and date on a press review, `Source : Lusa, 29/11/2025`, is its stamp, and stays)
            if line.index not in verdicts and _ISSUER_LEAD.match(line.text) and line.words <= 14 and not line.terminal and not (
                article.listing and is_credit_stamp(line.text)
            ):
                verdicts[line.index] = "page metadata (who issued it)"  # `Source : BOAD |`, `De : Environnement Canada`
                continue
            # (a date stamp opening on its weekday, `mardi 2 décembre 2025`, is no second line)
            lower = line.text.lstrip()[:1].islower() and not line.date_stamp
            if heading or below.text[:1].islower() or lower or line.index in caps_title:
                continue
            # a document's label in capitals over its number that stays (`AVIS D'APPEL D'OFFRES` ⏎ `N° 012/2025 DU ...`):
            # the document printed under the site's title, both its lines the text's (a letterhead under a CMS title)
            numbered = below.index not in verdicts and _DOC_NUMBER.search(below.text) is not None and not _is_header_label(below)
            if numbered and _mostly_capitals(line.text) and not _DIGITS.search(line.text):
                continue
            if line.index not in verdicts and _is_header_label(line):
                verdicts[line.index] = "label between title and article"
        verdicts.update({l.index: "label between title and article" for l in _labels_under_standfirst(header + [lines[article.text]], verdicts)})
        if not article.listing and not opens_with_dateline(lines[article.text].text):
            # the text may open on the standfirst itself, over the page's date and then the dateline (`... par an.` ⏎
            # `Publié le 3 avril 2025` ⏎ `Koudougou, 3 avril 2025 (AIB) – ...`)
            below = [l for l in lines[article.text : last + 1] if not l.blank and l.index not in verdicts][:5]
            at = next((k for k, l in enumerate(below) if k >= 2 and opens_with_dateline(l.text)), -1)
            verdicts.update({l.index: "label between title and article" for l in _labels_under_standfirst(below[: at + 1], verdicts)})
        verdicts.update({l.index: "running page header or footer" for l in _letterhead_again(lines, verdicts, first, last)})
        kept = [l.index for l in lines[first : last + 1] if not l.blank and l.index not in verdicts]
        page_break = _blanks_at_page_breaks(lines, verdicts, set(kept))
        changes = []
        for line in lines:
            reason = None if line.blank else verdicts.get(line.index)
            if line.index in page_break:
                reason = "blank line at a page break inside a sentence"
            elif line.blank and kept and kept[0] < line.index < kept[-1]:
                continue  # a blank line between paragraphs of the article stays
            if reason is None and not first <= line.index <= last:
                reason = "outside the article (menu or site text)"
            elif line.blank:
                reason = "blank line at the edge of the article"
            if reason is not None:
                changes.append((line.start, min(line.end + 1, len(doc.text)), "", f"boilerplate: {reason}"))
            elif crumb is not None and line.index == crumb.index:
                cut = [m.end() for m in _CRUMB_SEPARATOR.finditer(line.text)][-1]
                changes.append((line.start, line.start + cut, "", "boilerplate: the breadcrumb's path beside the title"))
            elif line.index == article.title and (cut := _site_suffix(line.text, names)) >= 0:
                changes.append((line.start + cut, line.end, "", "boilerplate: the site's name beside the title"))
            elif cut := line.glued:
                changes.append((line.start, line.start + cut, "", "boilerplate: web chrome glued to the text"))
            elif line.chrome_tail:
                changes.append((line.end - line.chrome_tail, line.end, "", "boilerplate: web chrome glued to the text"))
        return rewrite(doc, _without_dangling_newline(changes, len(doc.text)), stage=STAGE)


remove_boilerplate = RemoveBoilerplate()


# -- site profiles ----------------------------------------------------------------------------
FINGERPRINT_LINES = 2  # a menu has at least two lines; a third may already be the title


def site_key(text: str, site: str | None = None) -> str:
    """Which site a page belongs to: its host name when known, else a fingerprint of its first lines.

    Pages of one site share their first lines (the menu), so the fingerprint groups them.

    >>> site_key("x", "www.iom.int"), site_key("Menu\\nAccueil\\nAgir\\nTitre") == site_key("Menu\\nAccueil\\nAgir\\nAutre")
    ('iom.int', True)
    """
    if site:
        host = site.split("://")[-1].split("/")[0].lower()
        return host[4:] if host.startswith("www.") else host
    head = [_key(l) for l in text.split("\n") if _key(l)][:FINGERPRINT_LINES]
    return "fp:" + hashlib.sha1("\n".join(head).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class SiteProfile:
    """The lines one site repeats across its pages (menus, footers, blurbs), as line keys."""

    key: str
    pages: int
    lines: frozenset[str]
    # headline-shaped lines (a list mark aside) another page of the site prints too, or prints longer (its title there):
    # where two or more stand together on a page, they link to the site's other pages (`Les plus lues` ⏎ `1. ...`)
    headlines: frozenset[str] = frozenset()

    @classmethod
    def fit(cls, pages: Iterable[str], *, key: str = "", min_share: float = 0.5) -> SiteProfile:
        """Learn the lines found on at least `min_share` of `pages` (and on two pages at least).

        A contact line (a phone, an address, `veuillez contacter`) is never learnt: a press
        office that signs every release is part of each release.

        >>> p = SiteProfile.fit(["Agir\\nTitre un\\nTexte.", "Agir\\nTitre deux\\nAutre texte."])
        >>> sorted(p.lines), p.pages
        (['agir'], 2)

        A field's label that the site prints over a name or two that change from page to page
        (`Entités impliquées : OCHA` here, `: HCR, OIM` there) is learnt as the label and a colon.

        >>> SiteProfile.fit(["Agences : OCHA\\nTitre un", "Agences : HCR, OIM\\nTitre deux"]).lines
        frozenset({'agences :'})
        """
        counts: dict[str, int] = {}
        values: dict[str, set[str]] = {}
        heads: dict[str, set[int]] = {}  # a headline's key -> the pages that print it
        n = 0
        for page in pages:
            n += 1
            keys = set()
            for line in page.split("\n"):
                if _CONTACT_BLOCK.search(line):
                    continue
                if head := _headline_key(line):
                    heads.setdefault(head, set()).add(n)
                keys.add(_key(line))
                if masked := _masked_key(line):
                    keys.add(masked)
                if label := _name_field_label(line):
                    keys.add(label)
                    values.setdefault(label, set()).add(_key(line))
            for k in keys - {""}:
                counts[k] = counts.get(k, 0) + 1
        needed = max(2, min_share * n)
        # a label over the same value everywhere is learnt as its whole line already
        lines = frozenset(k for k, c in counts.items() if c >= needed and (k not in values or len(values[k]) >= 2))
        return cls(key, n, lines, _linked_headlines(heads))

    def links_to_other_page(self, line: Line) -> bool:
        """Does `line` print a headline another page of the site prints too, or prints longer?"""
        return bool(self.headlines) and _headline_key(line.text) in self.headlines

    def repeats(self, line: Line) -> bool:
        if _CONTACT_BLOCK.search(line.text):
            return False
        return line.key in self.lines or _masked_key(line.text) in self.lines or self.is_field(line)

    def is_field(self, line: Line) -> bool:
        """Is `line` one of the site's fields (its label learnt, its value a name)?"""
        return _name_field_label(line.text) in self.lines


@dataclass(frozen=True)
class SiteProfiles:
    """Profiles of several sites, found by `site_key`; saved and loaded as JSON."""

    profiles: Mapping[str, SiteProfile]

    @classmethod
    def fit(
        cls, pages: Iterable[str | tuple[str | None, str]], *, min_pages: int = 3, min_share: float = 0.5
    ) -> SiteProfiles:
        """Group pages by site (`(site, text)` pairs, or texts alone) and fit each site's profile.

        Sites with fewer than `min_pages` pages get no profile: too little to tell a site's
        furniture from a coincidence.
        """
        groups: dict[str, list[str]] = {}
        for page in pages:
            site, text = page if isinstance(page, tuple) else (None, page)
            groups.setdefault(site_key(text, site), []).append(text)
        return cls({
            key: SiteProfile.fit(texts, key=key, min_share=min_share)
            for key, texts in sorted(groups.items())
            if len(texts) >= min_pages
        })

    def profile_for(self, text: str, site: str | None = None) -> SiteProfile | None:
        return self.profiles.get(site_key(text, site))

    def to_dict(self) -> dict:
        return {"schema": 1, "sites": {k: {"pages": p.pages, "lines": sorted(p.lines), "headlines": sorted(p.headlines)} for k, p in self.profiles.items()}}

    @classmethod
    def from_dict(cls, data: Mapping) -> SiteProfiles:
        return cls({k: SiteProfile(k, v["pages"], frozenset(v["lines"]), frozenset(v.get("headlines", ()))) for k, v in data["sites"].items()})

    def save(self, path: str | Path) -> None:
        """Write the profiles as JSON (`pressclean profile fit` does this)."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> SiteProfiles:
        """Read profiles written by `save`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


HEADLINE_KEY_WORDS = (5, 30)  # a headline another page links to: five words at least (a prefix that short still names it)


def _headline_key(text: str) -> str:
    """The key of a headline-shaped line, its list mark aside (`2. Budget 2026 : le gouvernement table sur ...`): no
    sentence end, five to thirty words; else ``."""
    text = _LIST_MARK.sub("", text, count=1).strip()
    if not text or _SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text) or _CONTACT_BLOCK.search(text):
        return ""
    key = _key(text)
    low, high = HEADLINE_KEY_WORDS
    return key if low <= len(key.split()) <= high else ""


def _linked_headlines(heads: Mapping[str, set[int]]) -> frozenset[str]:
    """The headlines printed on two pages or more, or printed on one page as the start of another page's longer
    headline (`Budget 2026 : le gouvernement table sur une croissance de 4,3 %` in a list, its page's title going on)."""
    found = {k for k, at in heads.items() if len(at) >= 2}
    keys = sorted(heads)
    for n, k in enumerate(keys):
        for longer in keys[n + 1 :]:
            if not longer.startswith(k):
                break
            if longer[len(k) : len(k) + 1] == " " and heads[longer] - heads[k]:
                found.add(k)
                break
    return frozenset(found)


def _linked_runs(lines: list[Line], verdicts: Mapping[int, str], profile: SiteProfile, article: Article) -> set[int]:
    """Under the text's last sentence, a run of headlines (`1. Kribi : ...` ⏎ `2. Budget 2026 : ...` ⏎ `3. ...`) half of
    which, two at least, print headlines of the site's other pages, and the short heading right over it (`Les plus
    lues`, whatever it says): links to other pages, told by a statistic over the site's pages, not by the heading's
    wording. (Each page lists other pages: not all of them are among the pages the profile read.)"""
    # (a headline listed on half the site's pages is learnt as a repeated line already: one of the run still)
    shown = [l for l in lines[article.text :] if not l.blank and verdicts.get(l.index, "repeated on the site's pages") == "repeated on the site's pages"]
    last = max((n for n, l in enumerate(shown) if l.is_prose and _is_sentence(l)), default=-1)
    found: set[int] = set()
    n = last + 1
    while n < len(shown):
        end = n
        # (no contact line: its number is one to call; no line of a wrapped paragraph, which runs on in lower case)
        while end < len(shown) and _headline_key(shown[end].text) and not _wraps_on(shown, end):
            end += 1
        run = shown[n:end]
        linked = sum(profile.links_to_other_page(l) for l in run)
        # (lines right over a bare number or address, which names nobody, are its owner's: the officer and her office,
        # however many of the site's releases name them, `Aminata Koné, chargée de communication` ⏎ `Direction de la
        # communication` ⏎ `Tél. : +225 ...`; a contact line that names its office, `Contact presse : Service ...`, needs none)
        over_contact = end < len(shown) and _is_bare_contact(shown[end].text) and _next_text(lines, shown[end - 1].index) == shown[end].text
        if linked >= 2 and 2 * linked >= len(run) and not over_contact:
            found.update(l.index for l in run)
            above = shown[n - 1] if n > last + 1 else None
            if above is not None and above.words <= 5 and not above.terminal and not above.hints_contact:
                found.add(above.index)
        n = max(end, n + 1)
    return found - set(verdicts)


def _wraps_on(shown: list[Line], n: int) -> bool:
    """Is line `n` part of a wrapped paragraph: it goes on over a line in lower case, or goes on from the line above?"""
    return shown[n].text.lstrip()[:1].islower() or (n + 1 < len(shown) and shown[n + 1].text.lstrip()[:1].islower())


def _is_bare_contact(text: str) -> bool:
    """A number or an address with its label only (`Tél. : +225 27 20 21 22 23`, `aminata.kone@sante.example.ci`)."""
    return _has_contact_data(text) and len(_WORD.findall(_CONTACT_VALUE.sub(" ", text))) <= 3


def _masked_key(text: str) -> str:
    """A line's key with its numbers masked, for the lines a site prints with a number that changes
    (`Commentaires (3)`, `© 2026 Canton de ...`, `Page 2 sur 5`); `` for a line without a number, a
    dateline (`Neuchâtel, le 12 mars 2026` opens a release, however often the site prints one) or a
    sentence (a weekly bulletin's `Le lac est à 3,2 m.` tells this week's news in last week's words).

    >>> _masked_key("Commentaires (3)"), _masked_key("Neuchâtel, le 12 mars 2026"), _masked_key("Agir")
    ('# commentaires 0', '', '')
    """
    if not _DIGITS.search(text) or _PLACE_DATE.fullmatch(text) or _SENTENCE_END.search(text) or len(_WORD.findall(text)) > 8:
        return ""
    return "# " + _NUMBERS.sub("0", _key(text))


def _name_field_label(text: str) -> str:
    """`Entités impliquées : Bureau de la Coordonnatrice résidente` -> `entités impliquées :`: the key of a
    field's label (six words at most, no number) when its value is a name or a few (capitalised, no number,
    no sentence); else ``. Line keys have no colon, so the two never meet.

    >>> _name_field_label("Entités impliquées : Bureau de la Coordonnatrice résidente"), _name_field_label("Source : tableau de bord, juin 2025.")
    ('entités impliquées :', '')
    """
    label, colon, value = text.partition(":")
    value = value.strip()
    if not colon or _DIGITS.search(text) or _TERMINAL.search(text) or not 1 <= len(_WORD.findall(label)) <= 6:
        return ""
    if not value[:1].isupper() or not 1 <= len(_WORD.findall(value)) <= 8:
        return ""
    return _key(label) + " :"


def _site_repeats(lines: list[Line], verdicts: dict[int, str], profile: SiteProfile) -> list[Line]:
    """The lines in doubt that the site repeats on its pages.

    These stay with the page's own judgement: a paragraph of real sentences and its heading (a
    release's `À propos de l'OIM` trailer repeats on every page yet belongs to each release; a
    blurb in the menu goes with the menu), a label that announces this page's own next line (`Pour
    plus d'informations :` above a contact), a line inside this page's contact block (the office's
    name between a person and a phone, neither repeated on the site), a line alone between two
    lines of this page's prose (the motto quoted, a menu label as a section heading), the release's
    recurring text that this page's own text holds (`_held_by_text`), and a date.
    """
    content = [l for l in lines if not l.blank]
    repeats = [profile.repeats(l) for l in content]
    trailer = [r and _is_paragraph(l) for l, r in zip(content, repeats)]
    hinted = [l.hints_contact for l in content]
    stories = _stories(content) if any(repeats) else set()
    office = _press_office(content, repeats, verdicts) | _held_by_text(content, repeats, verdicts)
    doubtful = []
    for n, line in enumerate(content):
        has_next = n + 1 < len(content)
        heading = has_next and trailer[n + 1]
        announces = has_next and line.text.rstrip().endswith(":") and not repeats[n + 1]
        # `Région Bretagne` between a press officer and her number: the office of this page's contact
        in_contact = 0 < n and has_next and not (repeats[n - 1] or repeats[n + 1]) and any(hinted[n - 1 : n + 2])
        # the site's motto quoted, or a menu label as a section heading, between two lines of this page's own prose
        # (the site's furniture comes in blocks of repeated lines)
        in_text = 0 < n and has_next and not (repeats[n - 1] or repeats[n + 1]) and content[n - 1].is_prose and content[n + 1].is_prose
        # (a date is this page's, however many pages of the site print one in its place: asked last, of repeated lines only)
        if repeats[n] and line.index not in verdicts and not (
            trailer[n] or heading or announces or in_contact or in_text or n in stories or n in office or line.date_stamp
        ):
            doubtful.append(line)
    return doubtful


def _held_by_text(content: list[Line], repeats: list[bool], verdicts: Mapping[int, str]) -> set[int]:
    """Under the start of this page's own text, the runs of repeated lines the page alone keeps that its own text
    holds: between two of its own lines (a closing sentence, a programme's name as a heading, a press officer's name
    and role over her number), or right under its last one when the run opens on the release's trailer (`_trailer`).
    A site's furniture stands apart from the text, parted from it by chrome, or is a slogan or labels.
    (Own lines: kept by the page alone and not repeated; a release's contact data is never learnt, so it is one.)"""
    own = [not r and l.index not in verdicts for l, r in zip(content, repeats)]
    # (the text starts on its first sentence, or on the first of two lines of prose: a paragraph wrapped, a title over it)
    start = next((
        n for n, l in enumerate(content)
        if own[n] and l.is_prose and (_is_sentence(l) or (n + 1 < len(content) and own[n + 1] and content[n + 1].is_prose))
    ), len(content))
    found: set[int] = set()
    n = start + 1
    while n < len(content):
        end = n
        while end < len(content) and repeats[end] and content[end].index not in verdicts:
            end += 1
        if end > n and own[n - 1]:
            if end < len(content) and own[end]:
                found.update(range(n, end))
            else:
                found.update(_trailer(content[n:end], n))
        n = end + 1
    return found


TRAILER_WORDS = 12  # a release's closing sentence says something; a site's slogan (`Ensemble, agissons pour ...`) is shorter


def _trailer(run: list[Line], first: int) -> range:
    """The positions (from `first`) of the release's trailer that opens `run`, down to its last sentence's end: parts
    that are each a heading over prose and all the prose under it (`À propos de l'Agence` over its presentation), or a
    sentence of twelve words or more (a closing reminder), with the lines a wrapped sentence goes on over; an empty
    range when the run opens on neither."""
    k, headed, end = 0, False, 0
    while k < len(run):
        line = run[k]
        if k and run[k - 1].is_prose and not run[k - 1].terminal:
            pass  # the line a wrapped sentence goes on over
        elif not line.terminal and k + 1 < len(run) and run[k + 1].is_prose:
            headed = True  # (`À propos de l'Office de la sécurité routière`, prose-shaped as a name may be)
        elif not (line.is_prose and (headed or line.words >= TRAILER_WORDS)):
            break
        k += 1
        end = k if _is_sentence(line) else end
    return range(first, first + end)


def _press_office(content: list[Line], repeats: list[bool], verdicts: Mapping[int, str]) -> set[int]:
    """The release's contact block that the site prints the same on every page (`Source :` ⏎ the office ⏎
    `Renseignements :` ⏎ a press officer ⏎ her number): the lines above the block's own contact data (an e-mail,
    a number: never learnt), back to where a press word or a contact label opens it, with nothing judged between."""
    found: set[int] = set()
    for n, line in enumerate(content):
        if repeats[n] or not _has_contact_data(line.text) or not _names_press_contact(" ".join(l.text for l in content[n : n + 2])):
            continue
        block = []
        for k in range(n - 1, max(n - 8, -1), -1):
            if content[k].index in verdicts or not repeats[k] or _is_paragraph(content[k]):
                break
            block.append(k)
        if any(content[k].hints_contact for k in block):
            found.update(block)
    return found


def _stories(content: list[Line]) -> set[int]:
    """On a page of stories, each headline (with its date above or below it) over its teaser, two stories at least:
    the headlines the site's other pages list under `Dans la même rubrique`, and the teasers their texts open
    with, are this page's stories, not the site's chrome."""
    def teaser(k: int) -> bool:
        return k < len(content) and content[k].is_prose and _is_sentence(content[k])

    def stamp(k: int) -> bool:
        return 0 <= k < len(content) and content[k].date_stamp

    found: set[int] = set()
    heads = 0
    for n, line in enumerate(content):
        if _is_headline(line) and not _is_sentence(line) and not line.hints_contact:
            below = n + 2 if stamp(n + 1) else n + 1
            if teaser(below):
                heads += 1
                found.update(k for k in (n - 1, n + 1) if stamp(k))
                found.update((n, below))
    return found if heads >= 2 else set()


def _is_paragraph(line: Line) -> bool:
    """A paragraph of real sentences, longer than a slogan or a donation call."""
    return line.is_prose and line.words >= 20 and _is_sentence(line)


def _without_dangling_newline(changes: list, length: int) -> list:
    """When the removed lines run to the end, the newline before them goes too."""
    if not changes or changes[-1][1] != length:
        return changes
    n = len(changes) - 1
    while n and changes[n - 1][1] == changes[n][0]:
        n -= 1
    if changes[n][0] > 0:
        start, end, replacement, reason = changes[n]
        changes[n] = (start - 1, end, replacement, reason)
    return changes
