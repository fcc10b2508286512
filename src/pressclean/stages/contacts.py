"""Contacts: phone numbers (PHONE), e-mail addresses (EMAIL) and who to contact (CONTACT).

An annotating stage: it never changes the text. It runs last, on the cleaned text, and uses what
earlier stages found when they are there (`doc.language`, `doc.dateline`, PER/ORG entities) without
depending on them.

Phones. Candidates are digit groups with the separators real pages use (`+84.4. 736 6258 Ext. 106`,
`+41 (0)58 482 24 24`, `[00 243] 081 234 5678`, `(514) 555-0123`, `01.43.17.56.46`), read with
`phonenumbers`. A national number's region is never fixed: it is scored from the evidence for
each country, and the number goes to the valid reading with the most. Evidence: the number just
before it on its line (`+226 70 12 34 56 / 25 30 61 48`), a place on its line (an office city, the
town after a postcode: `2000 Neuchâtel`), places on the short lines above (the office line; a place
in running text counts little, it is the story's), the dateline, the page's own country domains
(e-mail and web hosts, bare ones such as `ne-canton.ch`, the site's host, and those of the page as
scraped, menus and footers included), postcodes with country letters (`CH-2000`), a currency only
one country uses (`CHF`), the countries the page names most, and the page language's country (fr →
FR), a mere guess that must see the number written as there (`77 123 45 67` has no trunk 0: not
French). The written grouping is evidence too: a number grouped as a country's national format
writes it (`032 889 64 00` Swiss, `03 28 89 64 00` French, `02 512 98 76` Belgian) is tried under
the language's other countries as well; a grouping the language's own country uses says nothing of
another one (`07 08 45 21 36` in pairs on an Ivorian page is not a Monaco mobile); a short plan's number
written as its format less the trunk prefix it opens with is grouped as there (Saint-Pierre's `41 01 02`,
formatted `041 01 02`: islands dial and write their numbers without it). Numbers that
are only "possible" (old numbering plans) are kept with `valid` False when a label or an
international prefix vouches for them; an old number with its international prefix but no label
(`Pour tout renseignement : 00.225.20.30.40.50`) needs a contact line: a header opens it or the
short lines just above, or it gives an e-mail. Postcodes, post-office boxes, years and figures are too short
or badly grouped to pass; digits beside a currency or a scale word (`15.000.000 EUR`, `USD 22.500.000`,
read with the figures lexicon, resources/figures.json) are an amount; a number cut off at the end of
the text is dropped. A verb of calling labels the number its clause gives (`joindre la cellule au 80 00 11
22`, `call the hotline on ...`) as `Tél.` does, and so does a service's name just before it (`au numéro vert
80 00 11 22`: such a number alone is a line for the public, no contact); labels are read as the office's
country writes them too (`Mobil`, `Natel`); a country code and an area code may share their brackets
(`(84-236) 3822 145`), and a first group opening with a 0 is no thousands
grouping (`01 123 456` in Beirut).

E-mails. Plain and obfuscated (`nom [at] org.int`, `nom@org[dot]int`) addresses are decoded and
lower-cased, the obfuscated ones marked `obfuscated` (not an address as written); a Cloudflare-hidden
`[email protected]` becomes an EMAIL with `address` None and `hidden` True (never invented); the
`"mailto:x">x` debris reports one address.

Contacts. A block opened by a header (`Pour plus d'informations, veuillez contacter :`, `Contact
presse :`, `Renseignements :`) or a cluster of phones and e-mails (a signature; in running text, the
sentence that holds them) is cut into records, one per person (a PER entity, or a line of 2-4
capitalised words that is not an address, a place or an authority such as `Région Bretagne`; on a
line where the model names a person, only that name), or per office when no person is named (a line
that opens with a place, `Liban (Beyrouth) : +961 ...`, `Amérique du Nord : +1 ...`, is an office of
its own; a preposition and a place, `À Genève :`, `A N'Djamena, Name, ...`, is the office's city, no
organisation), each with the office or organisation, role, phones and e-mails on its lines. A
header's words that only label an inner line (`Contact à Paris : Tél. ...`) are no part of a name,
nor are the words that lead from a name to its numbers (`la Direction de communication au ...`). A line ending
with a colon that names no one (`Accréditations souhaitées avant le 28 novembre :`) opens a cluster of
lines: neither it nor the lines above it are read. A phone label (`GSM`) is never an office, a name the model
reads as a place elsewhere on the page (`Maison Quéau de Quinssy`) never a person, nor a title with its
article (`Le Gouverneur de la BEAC`, a signature's). A role opening a line is the person's named after it
(`Chargé de communication, M. Serge Bamba`); a post opening a line of its own numbers under a whole entry
is an entry of its own, its leading acronym the organisation (`VMGD duty officer – +678 24686`). A
department joined to its body by a dash or a slash on one line is the organisation as written
(`Cellule communication – ANPN`). Offices named by their place follow one another on one line too
(`... +230 5 123 4567 ; Seychelles : +248 ...`); an office named on the line of its own numbers is that
entry, not the organisation of the people under it. A person
under a header with no phone or e-mail is a contact, unless the block's numbers came first (a
signature). CONTACT attributes: `person`, `role` and `organisation` as the block writes them,
`phones` (every number of the record as E.164, faxes included, since a fax is a PHONE of kind fax),
`faxes` (those of kind fax again), `emails` (addresses as written; hidden and obfuscated ones are
not listed) and `body_role`: the role the body gives the same person in an apposition (`Andy Bruce,
chef de mission de l'OIM au Vietnam`), kept apart so that `role` stays what the contact block says.
An organisation named like a person is told apart by its e-mail domain or its street address (`Eau
Vive Sahel`, `contact@eauvive-sahel.org`); a name the model or its capitals make an organisation is a
person when the mailbox is made of it (`a.toure@` for `AMINATA TOURÉ`), when a role line follows it,
or when an organisation follows it. A line is one entry: a person named after their numbers on it
gets them. Honorifics (`M.`, `Mme`, `Dr`, `Dre`, `Pr`, `Me`, `Mgr`, in capitals too) are not part of
a name; two role pieces in a row are one role as written (`conseiller d'État, chef du Département
...`); a name-like line of its own under a whole entry's numbers opens the next entry, an office
(`Relations avec les médias` / `Agriculture et Agroalimentaire Canada` / `1-855-...`); an office's
record that only repeats another record's numbers (a site footer under the article's contact) is
not a second contact. In a contact sentence, who the verb addresses before the numbers is the role
or the office (`s’adresser à la coordinatrice du projet, Mme ...`, `joindre le Service de
l’habitation au ...`, `Pour joindre l'IRRAO : tél. ...`), the more when it is a department of the body
the sentence names (`joindre la cellule de crise de la CUD au ...`, not `CUD`); a piece before a colon that
opens a line of numbers only labels it (`Inscriptions et demandes d’interviews : ...`). An address goes on
after its street: the place after it is its town, no organisation (`51, rue Lamarre, Pétion-Ville`), and a
name opening a line that goes on with a street or a box is a building's namesake, no person (`Sphère
ministérielle Ousmane Tanor Dieng, 1er arrondissement, BP 4050 Dakar`).

Roles. Every person the body introduces with an apposition (a PER entity or a contact's person: `Leïla
Haddad, directrice du bureau régional`, `le porte-parole du HCR, Matthieu Loiseau`) also gets a ROLE
entity (`person`, `role`) spanning name and role, whether or not they are a contact.

Every pattern is bounded and every lookup is indexed (bisect) or windowed, so the stage stays
linear on hostile input (`"1 " * 100000`, thousands of contact lines).
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Sequence

import phonenumbers
import regex

from .. import geo
from ..document import Document, Entity
from ..resources import load_json

STAGE = "find_contacts"

# phonenumbers compiles its metadata's patterns at every call, through the re module's cache of 512, which a page
# of a few regions' numbers overflows: keep them all (a bounded set) for the process; older releases lack the switch
if hasattr(phonenumbers, "enable_pattern_cache"):
    phonenumbers.enable_pattern_cache()

# -- phones -------------------------------------------------------------------------------------

_SEP = r"[ \t.\-\u00a0\u202f\u2009]{1,3}"
# One phone body. Every quantifier is bounded and groups are separated by at least one separator
# (or a bracket), so a long run of digits or of "1 1 1 ..." is matched in linear time.
_PHONE = regex.compile(
    rf"""
    (?<![\p{{N}}])
    (?P<body>
      \+[ ]?(?:\d{{1,4}}{_SEP})?\d{{7,12}}(?![\p{{N}}]|{_SEP}\d)   # written without groups: `+33612345678`, `+225 0707123456`
    | (?=\d{{8}})(?:0\d{{8,10}}|[1-9]\d{{7,9}})(?![\p{{N}}]|{_SEP}\d)  # a national number without groups (`Tél. : 0812345678`, `Tél. : 771234567`): read under its label only
    | (?:
         \+\s?\(\s?\d{{1,4}}\s?\)            # +(33)
       | \(\s?(?:\+|00)\s?\d{{1,4}}(?:[ .\-]\d{{1,4}})?\s?\)  # (+34), (00 33), (+84-236): the area code may share the brackets
       | \[\s?(?:\+|00)\s?\d{{1,4}}\s?\]     # [00 243]
       | \+\s?\d{{1,4}}                      # +33, + 221, +84
       | \(\s?\d{{1,4}}(?:[ .\-]\d{{1,4}})?\s?\)  # (221), (514), (84-236): a country code and an area code
       | 0\d{{1,3}}[ ]?/[ ]?(?=\d)            # an area code with its trunk 0, then a slash: `02/512 98 76`, `0475/12.34.56`
       | \d{{1,5}}
      )
      (?:
         (?:{_SEP}|(?<=[)\]/])|(?=\()        # a separator, or none next to a bracket or after the slash,
         | (?<=\(\s?0\s?\)\s?\d{{1,4}})[ ]?/[ ]?)  # or a slash after the area code: `+32 (0)2/512.98.76`
         (?:\(\s?0\s?\)\s?)?                 # the (0) trunk digit written after a country code
         (?:\(\s?\d{{1,4}}\s?\)|\d{{1,6}})   # a six-digit group: `+44 7400 123456`
      ){{1,8}}
    )
    (?![\p{{N}}])
    """,
    regex.VERBOSE,
)
_EXTENSION = regex.compile(  # (in brackets too: `+98 21 8877 6655 (ext. 21)`)
    r"[ \t]*(?:,|(?P<paren>\())?[ \t]*(?:ext\.?|extension|poste|p\.|x|\#)[ \t]*(?P<ext>\d{1,6})(?!\d)(?(paren)[ \t]*\))",
    regex.IGNORECASE,
)
_DIGIT_RUN_END = regex.compile(r"\d+(?=\D*\Z)")  # a body's last group of digits
# `... 45 86/87`: the second number differs from the first in its last digits.
_SHORTHAND = regex.compile(r"[ \t]?/[ \t]?(?P<tail>\d{1,4})(?![\d])(?![ \t.\-]?\d)")
_PHONE_LABEL = regex.compile(
    r"""(?<![\p{L}])(?:
        (?P<fax>fax|t[ée]l[ée]fax|t[ée]l[ée]copieu?r?|t[ée]l[ée]copie|t[ée]l[ée]c(?:op)?|(?-i:F))  # (`Téléc.`: Québec's fax)
      | (?P<tel>t[ée]l[ée]phones?|t[ée]l|tel|phone|portable|mobile|mob|cell(?:ulaire)?|gsm|standard
                |ligne[ \t]directe|whatsapp|sans[ \t]frais|toll[ \t\-]free|(?-i:[TMP])  # (a toll-free number's label)
                |mobil|m[óo]vil|celular|natel)  # the label as the office's country writes it: `Mobil` (Romania), `Natel` (Switzerland)
    )\.?(?![\p{L}])""",
    regex.IGNORECASE | regex.VERBOSE,
)
# what joins two labels of one number (`Tél/Fax`, `Tél. et fax`, `Fax - Tél`)
_LABEL_JOIN = regex.compile(r"[ \t]*(?:/|et|&|and|-|–)[ \t]*", regex.IGNORECASE)
# a phone label in the words before a number: one that ends them or a colon follows (`Bureau de presse
# Tél. :`); inside a name it is a word of the name (`Unité mobile de soins au ...`)
_GAP_LABEL = regex.compile(
    _PHONE_LABEL.pattern + r"(?=[ \t]*(?:[:/–\-][^\p{L}]*)?$|[ \t]*:)", regex.IGNORECASE | regex.VERBOSE
)
_LABEL_WORDS = (
    r"(?:e-?mail|courriel|m[ée]l|mail|adresse[ \t]+(?:e-?mail|[ée]lectronique)|t[ée]l[ée]phones?|t[ée]l|tel"
    r"|fax|t[ée]l[ée]copie|t[ée]l[ée]c(?:op)?|portable|mobile?|m[óo]vil|celular|natel|phone|cell|site(?:[ \t]+(?:web|internet))?|web|www)\.?[ \t]*:?[ \t]*"
)
_LABEL_ONLY_LINE = regex.compile(rf"^\W*{_LABEL_WORDS}$", regex.IGNORECASE)
# the same, from the line's first word character on (every label word starts with a letter, so
# `\W*` above always stops there): a line is then tested without scanning what comes before
_LABEL_FROM_WORD = regex.compile(_LABEL_WORDS, regex.IGNORECASE)
_TRAILING_LABEL = regex.compile(rf"(?:[ \t]+{_LABEL_WORDS})+$", regex.IGNORECASE)
_WORD_CHAR = regex.compile(r"\w")
_NEWLINE = regex.compile(r"\n")
_LIST_MARKER = regex.compile(r"\A\d{1,2}[.)]\s?")
_BRACKETED_CODE = regex.compile(r"^\(\s?(?P<cc>\d{1,3})(?:[ .\-](?P<area>\d{1,4}))?\s?\)\s?(?P<rest>.+)$")
_NANP_SHAPE = regex.compile(r"^(?:\+?1[ .\-]?)?(?:\(\d{3}\)|\d{3})[ .\-]?\d{3}[ .\-]\d{4}$")
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"']{1,500}", regex.IGNORECASE)
_URL_SCHEME = regex.compile(r"^(?:https?://)?(?:www\.)?", regex.IGNORECASE)
_DOMAIN_END = regex.compile(r"(?:\.[a-z]{2,6}|www|/)$", regex.IGNORECASE)
_CONTEXT = 240  # how far before a number its label, list marker or office may be
_MAX_MENTIONS = 50  # mentions of a contact's name looked at for a role in the body
_MAX_PEOPLE = 200  # people looked up in the body for an apposition role
_DIGIT = regex.compile(r"\d")
# `15.03.2023`, `08/06/2024`, `2024-03-08`: a date has the digit count of a national number, never its grouping
_DATE_SHAPE = regex.compile(
    r"(?:3[01]|[12]\d|0?[1-9])([./\-])(?:1[0-2]|0?[1-9])\1(?:19|20)\d\d"
    r"|(?:19|20)\d\d([./\-])(?:1[0-2]|0?[1-9])\2(?:3[01]|[12]\d|0?[1-9])"  # ISO: `Date modified: 2024-03-08`
)
_DIGITS = regex.compile(r"\d+")
# a register's or an account's label right before a number: `BCE 0654.987.321`, `N° TVA : BE 0654.987.321`,
# `Numéro d’entreprise : ...`, `Company no. 06549873`, `Compte n° 001-245-678-9`, `RIB ...`: an identifier of the
# organisation, never a phone, whatever national plan its digits happen to fit (a Belgian company number reads as a
# French mobile, a Haitian bank account as a number dialled abroad)
_REGISTER_WORDS = (
    r"(?:(?<![\p{L}])(?-i:BCE|KBO|TVA|VAT|SIREN|SIRET|RCS|RCCM|NINEA|IFU|NIF|ICE|IBAN|BIC|RIB|CNPS|CCP|UID)"
    r"|(?<![\p{L}])(?:compte|account)(?:[ \t]+(?:bancaire|bank))?[ \t]+(?:n[°º]|no\.?|nr\.?|num[ée]ro|number|\#)"
    r"|(?<![\p{L}])(?:n[°º]|no\.?|nr\.?|num[ée]ro|number)[ \t]*(?:d['’][ \t]?|de[ \t]+)?"
    r"(?:entreprise|agr[ée]ment|immatriculation|enregistrement|registration|compte|identification|TVA|SIRE[NT])"
    r"|(?<![\p{L}])(?:company|charity|registration|VAT|tax|account)[ \t]+(?:registration[ \t]+|ID[ \t]+)?"
    r"(?:no\.?|nr\.?|number|n[°º]|\#))"
    r"[ \t]*:?[ \t]*(?:(?-i:[A-Z]{2})[ \t]?)?"
)
_REGISTER_LABEL = regex.compile(_REGISTER_WORDS + "$", regex.IGNORECASE)
_REGISTER_NUMBER = regex.compile(_REGISTER_WORDS + r"(?P<number>\d(?:[ .\-/]?\d){5,29})(?!\d)", regex.IGNORECASE)
# the first letters of `_REGISTER_WORDS`' labels, lower-cased (every match starts with one), looked for in a page; a
# line shorter than `_SCAN_WHOLE_BELOW` is scanned whole (the stems' look-up costs more there)
_SCAN_WHOLE_BELOW = 200
_REGISTER_STEMS = (
    "bce", "kbo", "tva", "vat", "sire", "rcs", "rccm", "ninea", "ifu", "nif", "ice", "iban", "bic", "rib", "cnps", "ccp",
    "uid", "compte", "account", "n°", "nº", "no", "nr", "num", "company", "charity", "registration", "tax",
)

LANGUAGE_REGION = {"fr": "FR", "en": "US", "de": "DE", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL"}
"""The region tried last for a national number, by page language (a French page: France)."""

# -- e-mails ------------------------------------------------------------------------------------

# a bare at sign may have spaces on both sides or after it (`presse @ ong.org`, `presse@ ong.org`:
# spacing damage, not hiding), not before it alone (`Suivez @OIM.France`, a handle)
_AT = r"(?:[ \t]@[ \t]|@[ \t]?|[ \t]?[\[\(\{][ \t]?(?:at|arobase|arrobe|@)[ \t]?[\]\)\}][ \t]?)"
_DOT = r"(?:\.|[ \t]?[\[\(\{][ \t]?(?:dot|point)[ \t]?[\]\)\}][ \t]?)"
_LOCAL_CHARS = r"[\w!#$%&*+=?^`{|}~\-]"
_EMAIL = regex.compile(
    rf"(?<![\w.+\-@])(?P<local>{_LOCAL_CHARS}{{1,64}}(?:\.{_LOCAL_CHARS}{{1,64}}){{0,8}})"
    rf"(?P<at>{_AT})"
    rf"(?P<domain>[\w\-]{{1,63}}(?:{_DOT}[\w\-]{{1,63}}){{1,6}})",
    regex.IGNORECASE,
)
# Every address has an at sign, written `@` or spelled in brackets (`[at]`, `(arobase)`). The
# address pattern is tried only around one: tried at every character of a long run of letters or
# `%`, its local part alone costs 64 steps per character.
_AT_SIGN = regex.compile(r"@|[\[\(\{][ \t]?(?:at|arobase|arrobe)[ \t]?[\]\)\}]", regex.IGNORECASE)
_AT_SIGN_STARTS = ("@", "[", "(", "{")  # what each of its matches starts with (see `stem_matches`)
# further than any address reaches from its at sign: 9 local parts of 64 characters before it,
# 7 domain labels of 63 characters with spelled-out dots after it
_EMAIL_REACH = 600
_HIDDEN_EMAIL = regex.compile(r"\[\s?email(?:\s|&#160;|\u00a0)?protected\s?\]", regex.IGNORECASE)
_OBFUSCATED_DOT = regex.compile(r"[ \t]?[\[\(\{][ \t]?(?:dot|point)[ \t]?[\]\)\}][ \t]?", regex.IGNORECASE)
# a word glued to the end of an address, where a line break was lost: a lower-case letter, then
# (after a full stop, a hyphen or nothing) a capitalised word (`iom.intPour`, `iom.int.Tél`, `iom.int-Tél`)
_GLUED_WORD = regex.compile(r"(?<=\p{Ll})[.\-]?(?=\p{Lu}\p{Ll})")
_MAILTO_GAP = regex.compile(r"\A[\"'\s>]{1,4}\Z")
# the formats of the files a page links to (documents, images, sounds, web pages, archives, data): no top-level
# domain (a name `x@2x.png` is a file's, an image for sharp screens), and, for figures, the format a download's size or
# counter follows (`(PDF, 1,1 Mo)`, `data.csv · 48,2 Ko · 1 204 téléchargements`); one list for both
FILE_EXTENSIONS = frozenset(
    "png jpg jpeg gif svg webp bmp tif tiff heic pdf doc docx xls xlsx ppt pptx odt ods odp csv txt rtf epub "
    "htm html php asp aspx jsp js css json xml zip mp3 mp4 wav avi".split()
)
# what separates a web address's query fields (`?mail=`, `&to=`): the local part of no address written out
_QUERY_MARK = regex.compile(r"[?=&]")

# what no local part holds: an address's start is just after one, or after a symbol (`!#$%&*=?^`{|}~`)
_NOT_LOCAL = regex.compile(r"[^\w!#$%&*+=?^`{|}~\-.]", regex.REVERSE)  # searched backwards from an at sign
_SYMBOL = regex.compile(r"[!#$%&*=?^`{|}~]")


# a window with more signs than one per so many characters is scanned whole: finding where each
# sign's addresses may start costs about what a scan of that many characters does
_CHARS_PER_SIGN = 300


@lru_cache(maxsize=4)
def _email_matches(text: str) -> tuple[regex.Match[str], ...]:
    """The matches of `_EMAIL` in `text`, the same as `_EMAIL.finditer(text)` gives, found in the
    stretches within `_EMAIL_REACH` of an at sign only (windows that meet are merged, so a match
    never straddles two, and no match can start or end outside them).

    Within a window the pattern is tried only where an address can start: a match's local part
    runs up to its at sign (or up to three characters before it: ` [@]`), so it starts where the
    run of local characters before the sign starts, or just after a symbol inside that run (the
    pattern's look-behind rejects any other place). Tried at every position of the window, most of
    them in prose, the pattern cost more than all the rest of the e-mail reading. A window
    crowded with signs is scanned whole.

    Kept for the last pages: the e-mails, the phones (which skip them) and the page's domains all
    ask for the same text's.

    >>> [m.group() for m in _email_matches("Écrire à presse@iom.int ou a.b [at] unhcr [dot] org.")]
    ['presse@iom.int', 'a.b [at] unhcr [dot] org']
    """
    windows: list[tuple[int, list[int], list[int]]] = []  # start, [end], the signs' starts
    for m in stem_matches(_AT_SIGN, text, text, _AT_SIGN_STARTS):
        lo, hi = max(0, m.start() - _EMAIL_REACH), min(len(text), m.end() + _EMAIL_REACH)
        if windows and lo <= windows[-1][1][0]:
            windows[-1][1][0] = hi
            windows[-1][2].append(m.start())
        else:
            windows.append((lo, [hi], [m.start()]))
    out: list[regex.Match[str]] = []
    for lo, (hi,), signs in windows:
        if len(signs) * _CHARS_PER_SIGN > hi - lo:
            out.extend(_EMAIL.finditer(text, lo, hi))  # signs packed together (`a@a@a@...`): one scan costs less
            continue
        starts: set[int] = set()
        runs: list[tuple[int, int]] = []
        for sign in signs:
            reach = max(lo, sign - _EMAIL_REACH)
            first = sign
            for k in range(sign, max(reach, sign - 3) - 1, -1):  # where the local part may end
                stop = _NOT_LOCAL.search(text, reach, k)
                run = stop.end() if stop else reach
                starts.add(run)
                first = min(first, run)
                if run < k - 3:
                    break  # the runs ending closer to the sign start there too
            runs.append((first, sign))
        runs.sort()
        a, b = runs[0]
        for first, sign in runs[1:] + [(len(text) + 1, 0)]:  # symbols of runs that meet, looked for once
            if first > b:
                starts.update(c.end() for c in _SYMBOL.finditer(text, a, b))
                a, b = first, sign
            else:
                b = max(b, sign)
        resume = lo  # as the scan goes on after each match
        for q in sorted(starts):
            if q >= resume and (m := _EMAIL.match(text, q, hi)) is not None:
                out.append(m)
                resume = m.end()
    return tuple(out)


# -- contact blocks -----------------------------------------------------------------------------

_HEADER = regex.compile(
    r"""^[ \t]*(?:[-•*–][ \t]*)?(?:
        pour[ \t]+(?:plus[ \t]+d['’][ \t]?informations?|de[ \t]+plus[ \t]+amples[ \t]+informations|toute[ \t]+(?:information|demande|question)s?
                  |tout[ \t]+renseignement|en[ \t]+savoir[ \t]+plus|les[ \t]+(?:demandes[ \t]+des[ \t]+)?m[ée]dias|obtenir[ \t]+plus)
      | contacts?(?:[ \t]+(?:presse|m[ée]dias?|media|de[ \t]+presse|pour[ \t]+les[ \t]+m[ée]dias))?
      | (?P<name>relations?[ \t]+(?:presse|m[ée]dias)      # an office or a role, which a header names
        | service[ \t]+(?:de[ \t]+)?presse
        | attach[ée]e?s?[ \t]+de[ \t]+presse)
      | personnes?[ \t]+[àa][ \t]+contacter
      | renseignements?(?=[ \t]*:)
      | (?:[ée]crivez|contactez|joignez|appelez)[-\u2011 \t]nous(?=[ \t]*:)   # the body's own line: `Écrivez-nous : ...`
      | (?:write[ \t]+to|contact|e-?mail|call)[ \t]+us(?=[ \t]*:)
      | for[ \t]+(?:more|further)[ \t]+information
      | (?:media|press)[ \t]+(?:contacts?|enquiries|inquiries|relations)
      | for[ \t]+(?:media|press)[ \t]+(?:enquiries|inquiries)
    )(?![\p{L}])(?P<rest>[^\n]{0,400})$""",
    regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE,
)
# the complement that continues an office or role a header names (`Attachée de presse du ministre`)
_NAME_GOES_ON_AFTER_HEADER = regex.compile(r"[ \t]+(?:du|de|des|d['’]|auprès|à|au|aux|of|to|for)(?![\p{L}])", regex.IGNORECASE)
_HEADER_LEAD = regex.compile(
    r"[^\n:]{0,80}?(?:contacter|contactez|joindre|adresser|s['’]adresser\s+[àa]|[ée]crire|[ée]crivez|appeler|appelez|:)"
    r"[ \t]*:?[ \t]*",
    regex.IGNORECASE,
)
_SEGMENT_SPLIT = regex.compile(r"[ \t]+[–—|][ \t]+|[ ]*\t[ \t]*|[ \t]+-[ \t]+|[ \t]*;[ \t]*|,[ \t]+|[ \t]+/[ \t]+|[ \t]*:[ \t]+|[ \t]*:$")
# honorifics, which the gold leaves out of a person's name (`Dre Anne-Lise Matthey` → `Anne-Lise Matthey`):
# French feminine forms (`Dre`, `Pre`), abbreviations with or without their full stop, capitals; a cleric's
# (`Abbé Théophile Nsengimana`, `Sœur Marie ...`, `Rév. ...`), as `Mgr`
_TITLE = (
    r"(?:M\.|MM\.|Mmes?\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dre?\.?|Pre?\.?|Prof\.?|Me|Mgr\.?|Monsieur|Madame|Mademoiselle"
    r"|Docteure?|Professeure?|Ma[îi]tre|DRE?\.?|PRE?\.?|MMES?\.?|MLLE\.?"
    r"|Abb[ée]|P[èe]re|S(?:œ|oe)ur|Fr[èe]re|R[ée]v[ée]rende?|R[ée]v\.|Monseigneur)"
)
# (a surname may open on Saint abbreviated with its point: `Kendra St. Rose`, `Marie Ste. Croix`)
_NAME_TOKEN = r"(?:\p{Lu}[\p{Ll}\p{Lu}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{Lu}'’]{1,30})?|\p{Lu}\.(?:-\p{Lu}\.)?|Ste?\.(?=[ \t]\p{Lu}))"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|den|le|la|el|al|ben|bin|ould|ibn|dos|das|d['’])"
# up to two particles between words (`Pieter van den Broeck`, `Jean de la Fontaine`)
# between two words of a name: a space, up to two particles, an elided one glued on (`Jeanne d’Arcy`)
_NAME_GAP = rf"[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:[dD]['’])?"
_NAME = regex.compile(
    rf"^(?:(?:{_TITLE}[ \t]+)?(?P<name>{_NAME_TOKEN}(?:{_NAME_GAP}{_NAME_TOKEN}){{1,3}})"
    rf"|{_TITLE}[ \t]+(?P<name>{_NAME_TOKEN}))$"  # `Mme Aïcha Ba`, or a title and a surname: `M. Dupont`
)
_NAME_IN_TEXT = regex.compile(
    rf"(?<![\p{{L}}])(?:{_TITLE}[ \t]+)?(?P<name>{_NAME_TOKEN}(?:{_NAME_GAP}{_NAME_TOKEN}){{1,3}})(?![\p{{L}}])"
)
_ROLE_WORDS = (
    r"(?:vice-|sous-|co-|haut-|haute-)?(?:charg[ée]e?s?|responsables?|porte-parole|directeur|directrice|chef|cheffe"
    r"|attach[ée]e?|conseill(?:er|[èe]re)|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|officier|sp[ée]cialiste"
    r"|assistante?|administrat(?:eur|rice)|repr[ée]sentante?|secr[ée]taire|pr[ée]sidente?|ministre"
    r"|ambassad(?:eur|rice)|consule?|d[ée]l[ée]gu[ée]e?|head|officer|manager|advis[eo]r|spokes(?:person|man|woman)"
    r"|gestionnaire|experte?|analyste|juriste|commissaire|adjointe?|fondat(?:eur|rice)|r[ée]dact(?:eur|rice)"
    r"|journaliste|coordinator|director|chief|senior|associate|point[ \t]+focal|agente?|consultante?"
    r"|communications?|media|press|relations[ \t]+(?:presse|m[ée]dias|publiques)"
    # a duty post named by its service (`Astreinte technique (24 h/24) : ...`): who answers, unnamed (but a bare
    # `Permanence : 06 ...` under a person labels one of their numbers)
    r"|(?:astreintes?|permanences?)(?=[ \t]+\p{L}))"
)
# a title with its article, which no person's name opens with: `Le Gouverneur de la BEAC`, `La Médiatrice de la
# République`, `Le Préfet du Nord` (a noun of what someone is, by its ending: -eur, -rice, -ent, -aire, -et, -é ...;
# not a body's name: `La Banque de France`, `Le Parlement du Bénin`, `L'Université de Lomé`, `La Cité des sciences`)
_ARTICLE_TITLE = regex.compile(
    r"^(?:Le|La|Les|L['’])[ \t]?(?P<noun>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?:[ \t]+\p{Ll}{3,})?"
    r"(?:[ \t]+(?:de[ \t]|du[ \t]|des[ \t]|d['’])|[ \t]*[,.]?$)"  # (or the title alone: `Le Gouverneur,` over a signature)
)
_WIRE_SOURCE = regex.compile(r"SOURCE[ \t]*:?[ \t]+\p{Lu}")
_TITLE_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "ant", "ante", "ent", "ente", "aire", "iste", "et", "ète", "é", "ée", "ien", "ienne")
_OFFICE_ROLE = regex.compile(r"^(?:communications?|media|press|relations)(?![\p{L}])", regex.IGNORECASE)
_ROLE_START = regex.compile(rf"^(?:(?:le|la|les)[ \t]+|l['’][ \t]?)?{_ROLE_WORDS}(?![\p{{L}}])", regex.IGNORECASE)
# an English role ends on what the person is: `Regional Communications Officer`, `Press Secretary`
_ROLE_END = regex.compile(rf"(?<![\p{{L}}]){_ROLE_WORDS}$", regex.IGNORECASE)
# the English nouns of what a person is, ending a compound (`Programme Coordinator`; not `Press`, `Media`, `Senior`)
_PERSON_END = regex.compile(
    r"(?<![\p{L}])(?:coordinator|officer|manager|advis[eo]r|director|spokes(?:person|man|woman)|specialist"
    r"|representative|assistant|secretary|consultant|analyst|head|chief)$",
    regex.IGNORECASE,
)
# capitalised words only, no `of`/`du` between them: a compound, not a body's name with its complement
_CAPITALISED_COMPOUND = regex.compile(r"\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)*")
# German bodies, named by a compound whose last part is what they are (`Regionalverband Saarbrücken`,
# `Landratsamt`, `Bundesministerium`, `Industrie- und Handelskammer`), or by a word of their own
_GERMAN_BODY_WORDS = (
    r"\p{L}{0,30}(?:verband|verwaltung|ministerium|beh[öo]rde|amt|stiftung|verein|kammer|gesellschaft|direktion"
    r"|pr[äa]sidium)|landkreis|stadt|gemeinde"
)
_GERMAN_BODY = regex.compile(rf"(?<![\p{{L}}])(?:{_GERMAN_BODY_WORDS})(?![\p{{L}}])", regex.IGNORECASE)
_ORG_WORDS = regex.compile(
    r"(?<![\p{L}])(?:bureau|antenne|service|d[ée]partement|direction|minist[èe]re|ambassade|consulat|organisation|agence"
    r"|d[ée]l[ée]gation|mission|cellule|unit[ée]|programme|fonds|haut-commissariat|comit[ée]|croix-rouge"
    r"|croissant-rouge|office|secr[ée]tariat|chancellerie|greffe|parquet|tribunal|parlement|assembl[ée]e|s[ée]nat"
    r"|district|h[ôo]pital|clinique|laboratoire|[ée]cole|lyc[ée]e|acad[ée]mie|rectorat|gendarmerie|police|inspection|tr[ée]sorerie"
    r"|chambre|caisse|banque|autorit[ée]|mus[ée]e|biblioth[èe]que|fondation|association|f[ée]d[ée]ration|union|conseil|commission"
    r"|institut|centre|observatoire|division|p[ôo]le|section|r[ée]seau|coalition|collectif|nations[ \t]+unies|pr[ée]fecture"
    r"|mairie|gouvernement|universit[ée]|soci[ée]t[ée]|groupe|entreprise|ong|agency|organization|cabinet"
    # territorial authorities, named by what they are and where: `Région Bretagne`, `Ville de Nantes`
    r"|r[ée]gion|province|commune|ville|municipalit[ée]|m[ée]tropole|collectivit[ée]|communaut[ée]|canton|county|city"
    r"|ministry|embassy|department|foundation|council|institute|authority|program|fund|committee|federation|network"
    r"|university|company|government"
    r"|port[ \t]+autonome|grand[ \t]+port[ \t]+maritime"  # (not `Port-Louis`, a city)
    r"|" + _GERMAN_BODY_WORDS +
    r")(?![\p{L}])",
    regex.IGNORECASE,
)
_PLACE_PREPOSITION = regex.compile(r"^(?:[àa]|au|aux|en|in|at)[ \t]+", regex.IGNORECASE)
_NAME_GOES_ON = regex.compile(r"(?:de|du|des|d['’]|et)[ \t]", regex.IGNORECASE)
# (a field noun may stand between: `service communication du CHU`, `cellule presse de la mairie`)
_ORG_OF = regex.compile(_ORG_WORDS.pattern + r"(?:[ \t]+(?-i:\p{Ll}+))?[ \t]+(?:du|de|des|d['’])", regex.IGNORECASE)
_ACRONYM = regex.compile(r"^[\p{Lu}&]{2,8}$")
# a conjugated verb a name or a role never holds, written in lower case (`une cellule d'écoute est joignable`,
# `les journalistes peuvent appeler`): the piece is a clause
_CLAUSE_VERB = regex.compile(
    r"(?<![\p{L}'’\-])(?:est|sont|sera|seront|était|étaient|reste|restent|demeure|demeurent|peut|peuvent|pourra|pourront"
    r"|doit|doivent|ont|is|are|will|can|may)(?![\p{L}'’\-])"
)
# a body's acronym joined to its office's city by a slash or a hyphen (`WFP/N'Djamena`, `OCHA-Niamey`)
_ACRONYM_OFFICE = regex.compile(r"^[\p{Lu}&]{2,8}[/\-]\p{Lu}[\p{Ll}'’][\p{L}'’\-]*$")
_NOT_NAME_WORDS = frozenset(
    "tél tel téléphone telephone fax télécopie courriel e-mail email mail mobile mobil natel portable site web contact "
    "contacts presse médias media pour plus informations information adresse bureau service merci "
    "suivez lire voir partager communiqué photo crédit source renseignement renseignements enquiries inquiries".split()
)
_BODY_ROLE_AFTER = regex.compile(
    rf"[ \t]*,[ \t]*(?P<role>(?:(?:le|la)[ \t]+|l['’][ \t]?)?{_ROLE_WORDS}(?![\p{{L}}])[^\n,.;:!?«»\"“”()]{{0,120}}"
    r"(?:\n(?!\s*\n)[^\n\d,.;:!?«»\"“”()]{1,40}(?=[.,;]))?)",  # a hard wrap inside the role (`au\nVietnam.`)
    regex.IGNORECASE,
)
_BODY_ROLE_PAREN = regex.compile(
    rf"[ \t]*\([ \t]*(?P<role>{_ROLE_WORDS}(?![\p{{L}}])[^\n()]{{0,120}})\)", regex.IGNORECASE
)
_BODY_ROLE_BEFORE = regex.compile(
    rf"(?:(?:le|la)[ \t]+|l['’][ \t]?)(?P<role>{_ROLE_WORDS}(?![\p{{L}}])[^\n,.;:!?«»\"“”()]{{0,120}}),[ \t]*\Z",
    regex.IGNORECASE,
)
_SPACES = regex.compile(r"\s+")
# a unit inside an institution: named head first in French (`Service de presse`), head last in English
# (`Media Relations Office`)
_DEPARTMENT = regex.compile(
    r"(?i)(?:service|direction|d[ée]partement|cellule|unit[ée]|p[ôo]le|division|section|bureau)(?![\p{L}])"
    r"|(?-i:\p{Lu})[^\n]{0,60}?[ \t](?:office|unit|desk|team|section|division|department)$"
)
# a bracketed city or note after a name, not its acronym: `Eau pour Tous (N’Djamena)`, but `Agence ... (ARD)`
_SHORT_BRACKETS = regex.compile(r"\([^()\n]{1,80}\)")
_PAREN = regex.compile(r"\([ \t]*([^()\n]{1,80}?)[ \t]*\)")
_NAME_AND_PAREN = regex.compile(
    r"^[ \t]*(?P<head>[^()\n]{3,80}?)[ \t]*\([ \t]*(?P<inner>[^()\n]{1,80}?)[ \t]*\)[ \t:,;.–-]*$"
)
_NAME_IN_BRACKETS = regex.compile(r"[ \t]*\([ \t]*(?P<name>[^()\n]{3,80}?)[ \t]*\)[ \t.,;]*$")
_COLON_AFTER = regex.compile(r"[ \t]*:")
# `Permanence : 06 ...`, `[00 243] ...`: a label of the number (not of a hidden address, `Billetterie : [email protected]`)
_LABEL_COLON = regex.compile(r"[ \t]*:[ \t]*(?:[+(\d]|\[[ \t]?[+\d])")
_TRAILING_PAREN = regex.compile(r"[ \t]*\((?![\p{Lu}&]{2,8}\)$)[^()\n]{1,60}\)$")
_FIRST_CAPITAL = regex.compile(r"(?<![\p{L}])\p{Lu}")
_ACRONYM_IN_TEXT = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}&]{1,7}(?![\p{L}\p{N}])")
_ADDRESS = regex.compile(
    r"(?i)(?<![\p{L}])(?:rue|avenue|av\.|boulevard|bd|chemin|route|place|all[ée]e|impasse|quai|cedex|case[ \t]+postale"
    r"|bo[iî]te[ \t]+postale|b\.?p\.?|r[ée]sidence|immeuble|lotissement|quartier)(?![\p{L}])"
    r"|(?<![\p{N}])\d{4,5}[ \t]+(?-i:\p{Lu})"
)
# a line of a postal address holding only its postcode and town (`CH-3003 Berne`, `75007 Paris`, `98846 Nouméa Cedex`)
_POSTCODE_LINE = regex.compile(r"[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]+[\p{L}'’\-]{1,30}){0,3}[ \t]*")


@dataclass(frozen=True)
class PhoneMatch:
    """A phone number found in a text: `text[start:end]`, its E.164 form and how it was read."""

    start: int
    end: int
    e164: str
    extension: str | None
    kind: str  # phone or fax
    valid: bool
    region: str | None


# -- resources ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded place name -> ISO 3166 code (countries and major cities, in French)."""
    data = load_json("places.json")
    out: dict[str, str] = {}
    for name, code in {**data["countries"], **data["cities"]}.items():
        out[fold(name)] = code
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """French and English function words (`pour`, `du`, `the`): a name does not open with one and a small word."""
    data = load_json("function_words.json")
    return frozenset(data["fr"]) | frozenset(data["en"])


@lru_cache(maxsize=1)
def _place_pattern() -> regex.Pattern[str]:
    # every place name opens with a letter: the look-ahead turns away the other positions before the
    # trie is entered (a page's place scan takes two fifths less time)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?=\p{{L}})(?:{_trie_alternation(_places())})(?![\p{{L}}\p{{N}}])")


def _trie_alternation(names: Iterable[str]) -> str:
    """A pattern matching the same as the alternation of `names` longest first, factored on common
    prefixes: a flat alternation of hundreds of names is tried name by name at every position of
    a page (the place scan was the stage's largest cost), a trie reads one character per step.

    At a position only one branch can go on (branches differ by their first character), and a
    name's end is optional after its longer continuations, so the longest name that fits (its
    right edge included) wins, as in the flat longest-first alternation.

    >>> p = regex.compile(_trie_alternation(["paris", "par", "pau"]) + r"\\b")
    >>> [m.group() for m in p.finditer("paris par pau pa")]
    ['paris', 'par', 'pau']
    """
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [regex.escape(ch) + pattern(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def stem_matches(
    pattern: regex.Pattern[str], text: str, lower: str | None, stems: tuple[str, ...]
) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern each of whose matches starts with one of `stems` as
    `lower` writes it (`text.lower()` of the same length for a case-insensitive pattern, `text` itself for
    a case-sensitive one; None: scan it all): the pattern is tried only where a stem starts, found by
    `str.find` (a pattern of alternatives tried at every character costs several times more).

    >>> p = regex.compile(r"(?<![a-z])(?:mars|mai)(?![a-z])", regex.IGNORECASE)
    >>> [m.group() for m in stem_matches(p, "En Mars, mais en mai", "en mars, mais en mai", ("mai", "mars"))]
    ['Mars', 'mai']
    """
    if lower is None:
        return list(pattern.finditer(text))
    starts: set[int] = set()
    for stem in stems:
        i = lower.find(stem)
        while i >= 0:
            starts.add(i)
            i = lower.find(stem, i + 1)
    out = []
    end = 0  # matches do not overlap: the search goes on where the last one ends
    for i in sorted(starts):
        if i >= end and (m := pattern.match(text, i)) is not None:
            out.append(m)
            end = m.end()
    return out


class _FoldTable(dict):
    """Code point -> its letter lower-cased without accent, one character for one, filled as met
    (`str.translate` reads it in C: no Python call per character of a page)."""

    LARGEST = 20_000  # code points kept (a page of random CJK must not fill the memory)

    def __missing__(self, cp: int) -> str:
        base = unicodedata.normalize("NFD", chr(cp))[0].lower()
        folded = base[0] if base else chr(cp)
        if len(self) < self.LARGEST:
            self[cp] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents, one character for one (offsets stay valid).

    >>> fold("GENÈVE, Côte d’Ivoire")
    'geneve, cote d’ivoire'
    """
    return text.translate(_FOLD_TABLE)


def place_regions(text: str) -> list[tuple[int, int, str]]:
    """The places named in `text` (capitalised, as place names are) with their ISO country codes.

    >>> place_regions("OIM Hanoi, Viet Nam")
    [(4, 9, 'VN'), (11, 19, 'VN')]
    """
    folded = fold(text)
    places = _places()
    out = []
    for m in _place_pattern().finditer(folded):
        if text[m.start()].isupper():
            out.append((m.start(), m.end(), places[m.group()]))
    return out


@dataclass(frozen=True)
class _PagePlaces:
    """Every match of the place pattern in a page (lower-case ones too: they take their letters
    from the scan), found once, so that the windows around its numbers need no scan of their own."""

    folded: str
    starts: list[int]
    ends: list[int]
    codes: list[str | None]  # None: not capitalised, no place


@lru_cache(maxsize=4)
def _page_places(text: str) -> _PagePlaces:
    folded = fold(text)
    places = _places()
    spans = [m.span() for m in _place_pattern().finditer(folded)]
    codes = [places[folded[a:b]] if text[a].isupper() else None for a, b in spans]
    return _PagePlaces(folded, [a for a, _ in spans], [b for _, b in spans], codes)


_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _places_between(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """`place_regions(text[lo:hi])`, mostly taken from the page's scan.

    A scan of the window differs from the page's only at its edges: at `lo` it tries a name even
    inside a word (nothing stands before it), and at `hi` a name may end where the page's went on.
    So the name at `lo` is tried alone; past it, the page's matches hold when none runs over the
    place the window's scan goes on from, none runs over `hi`, and no name can end at `hi` with a
    letter after it in the page (a window that ends with its line cannot); else it is scanned.

    >>> text = "Bureau de Dakar, Sénégal\\nTél. : 33 869 12 34"
    >>> [_places_between(text, a, b) == place_regions(text[a:b]) for a, b in [(0, 25), (12, 24), (18, 22)]]
    [True, True, True]
    """
    if lo >= hi:
        return []
    page = _page_places(text)
    out = []
    first = _place_pattern().match(page.folded[lo : min(hi, lo + _longest_place() + 1)])
    if first is None:
        resume = lo + 1
    else:
        resume = lo + first.end()
        if text[lo].isupper():
            out.append((0, first.end(), _places()[first.group()]))
    i = bisect.bisect_left(page.ends, resume + 1)  # the first match ending after `resume`
    j = bisect.bisect_left(page.starts, hi)  # the first match starting at `hi` or later
    open_end = hi < len(text) and page.folded[hi - 1] in _place_last_letters() and _LETTER_OR_DIGIT.match(page.folded, hi)
    if (i < len(page.starts) and page.starts[i] < resume) or (j > 0 and page.ends[j - 1] > hi) or open_end:
        return place_regions(text[lo:hi])
    return out + [(page.starts[k] - lo, page.ends[k] - lo, code) for k in range(i, j) if (code := page.codes[k]) is not None]


@lru_cache(maxsize=1)
def _longest_place() -> int:
    return max(map(len, _places()))


@lru_cache(maxsize=1)
def _place_last_letters() -> frozenset[str]:
    return frozenset(name[-1] for name in _places())


def region_of_place(place: str | None) -> str | None:
    """The ISO country code of a place name (a city or a country), or None.

    >>> region_of_place("GENÈVE"), region_of_place("Niamey"), region_of_place("Atlantis")
    ('CH', 'NE', None)
    """
    if not place:
        return None
    folded = fold(place.strip())
    places = _places()
    if folded in places:
        return places[folded]
    for _, _, code in place_regions(place):
        return code
    return None


# -- phones -------------------------------------------------------------------------------------


def register_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers a register's label introduces (`BCE 0654.987.321`, `N° TVA : BE 0654.987.321`,
    `Registered charity no. 1187342`): an organisation's identifiers, neither phones nor figures.

    >>> text = "Regards asbl – BCE 0612.345.678 – Tél. : +32 2 512 98 76"
    >>> [text[a:b] for a, b in register_numbers(text)]
    ['0612.345.678']
    """
    if len(text) < _SCAN_WHOLE_BELOW:
        return [m.span("number") for m in _REGISTER_NUMBER.finditer(text)]
    lower = text.lower()
    lower_or_none = lower if len(lower) == len(text) else None  # (a letter whose lower case is longer: scan it all)
    return [m.span("number") for m in stem_matches(_REGISTER_NUMBER, text, lower_or_none, _REGISTER_STEMS)]


def find_phones(doc: Document, skip: Sequence[tuple[int, int]] = ()) -> list[PhoneMatch]:
    """Every phone number in `doc.text` (skipping the spans in `skip`), in text order.

    Used by `find_contacts`, and by `find_figures` to keep phone digits out of the figures.

    >>> doc = Document.from_text("Tél. : 01 45 63 19 00 - Fax : 01 45 63 19 20")
    >>> [(p.e164, p.kind) for p in find_phones(doc)]
    [('+33145631900', 'phone'), ('+33145631920', 'fax')]
    """
    text = doc.text
    if not _DIGIT.search(text):
        return []
    blocked = bytearray(len(text))  # web addresses and e-mails: their digits are not phones
    emails = [m.span() for m in _email_matches(text)]
    for a, b in [_url_span(m) for m in _urls(text)] + list(skip) + emails:
        blocked[a:b] = b"\x01" * (b - a)
    out: list[PhoneMatch] = []
    end_of_text = len(text.rstrip(" \t\n.;,"))
    lines = _LineIndex(text, [a for a, _ in emails])
    pos = 0
    while True:
        m = _PHONE.search(text, pos)
        if m is None:
            break
        start, end = m.span("body")
        found = None
        # a body may run on into the next sentence or number (`... 7984. 04 67 ...`): try it whole,
        # then cut at its weak separators (`. `, ` - `, double spaces), longest pieces first
        cuts = [start] + [c.start() for c in _WEAK_SEP.finditer(text, start, end)] + [end]
        resume = cuts[1] if len(cuts) > 2 else end
        not_valid = None  # a reading that today's plans do not hold, kept while a shorter piece may be valid
        for a, b in _pieces(cuts):
            a = a if a == start else _skip_sep(text, a, b)
            if not_valid is not None and a != start:
                break
            joined = bool(out) and a - out[-1].end <= 8 and _LIST_JOIN.fullmatch(text, out[-1].end, a) is not None
            found = _candidate(doc, text, a, b, blocked, end_of_text, lines, _neighbour_region(text, out, a), joined,
                               _block_region(text, out, a))
            if found is None and joined:
                found = _shorthand_after(text, out[-1], a, b)
            # a valid number that runs on into the next sentence's digits (`... 40 88. 4/5`, a post's counter) reads
            # as an old one: a shorter piece from the same start that is valid is the number
            if found is not None and not found[0].valid and a == start and b != cuts[1]:
                not_valid = not_valid or found
                found = None
                continue
            if found is not None:
                break
        if found is None or (not found[0].valid and not_valid is not None):
            found = not_valid
        # a lone digit closing a body read as an old number is no group of it, rather a counter typed after it
        # (`... 40 88 4/5`): without it, the number is valid
        if found is not None and not found[0].valid and found[0].start == start \
                and (lone := _LONE_LAST_DIGIT.search(text, start, found[0].end)) is not None:
            shorter = _candidate(doc, text, start, lone.start(), blocked, end_of_text, lines,
                                 _neighbour_region(text, out, start), False, _block_region(text, out, start))
            if shorter is not None and shorter[0].valid:
                found = shorter
        if found is None:
            pos = max(resume, start + 1)
            continue
        out.extend(found)
        pos = found[-1].end
    return out


def _shorthand_after(text: str, first: PhoneMatch, a: int, b: int) -> list[PhoneMatch] | None:
    """A second number written as the last groups of the first one, joined to it (`+212 5 37 68 42 10 / 68 42 11`,
    `01 45 63 19 00 / 19 01`): the first number's other line, when its groups repeat the first's last groups
    in shape and the number they make is valid.

    >>> doc = Document.from_text("Tél. : +212 (0)5 37 68 42 10 (p. 412) / 68 42 11")
    >>> [p.e164 for p in find_phones(doc)]
    ['+212537684210', '+212537684211']
    """
    groups = _DIGITS.findall(text, a, b)
    first_groups = _DIGITS.findall(text, first.start, first.end)
    if first.extension and first_groups and first_groups[-1] == first.extension:
        first_groups.pop()  # (`(p. 412)`: the extension's digits are no group of the number)
    digits = "".join(groups)
    national = first.e164[1:]
    if not groups or len(groups) >= len(first_groups) or len(digits) >= len(national) - 3 \
            or [len(g) for g in groups] != [len(g) for g in first_groups[-len(groups):]]:
        return None
    other = "+" + national[: len(national) - len(digits)] + digits
    if not _is_valid_e164(other):
        return None
    return [PhoneMatch(a, b, other, None, first.kind, True, first.region)]


_WEAK_SEP = regex.compile(r"\.[ \t]+|[ \t]+[-–.][ \t]+|[ \t]{2,}")
_LONE_LAST_DIGIT = regex.compile(r"(?<=\d)[ \t\u00a0]\d\Z")
# what joins a second number to the phone before it on its line (`+509 37 01 23 45 / 2812-3456`, `... ou ...`)
_LIST_JOIN = regex.compile(r"[ \t\u00a0]*(?:/|ou|or|et|and)[ \t\u00a0]*", regex.IGNORECASE)


def _pieces(cuts: list[int]) -> Iterable[tuple[int, int]]:
    """(start, end) runs of consecutive pieces between cut points, leftmost then longest first."""
    n = len(cuts)
    for i in range(n - 1):
        for j in range(n - 1, i, -1):
            yield cuts[i], cuts[j]


def _skip_sep(text: str, a: int, b: int) -> int:
    while a < b and not (text[a].isdigit() or text[a] in "+(["):
        a += 1
    return a


def _url_span(m: regex.Match[str]) -> tuple[int, int]:
    """A web address, stopping where a phone number is glued to it (`www.iom.int+41 22 ...`)."""
    # look past the address's end: its pattern stops at the first space, inside the glued number
    glued = _GLUED_NUMBER.search(m.string, m.start(), min(len(m.string), m.end() + 8))
    return m.start(), (glued.start() + 1 if glued and glued.start() < m.end() else m.end())


def _urls(text: str) -> list[regex.Match[str]]:
    """The web addresses of `text` (`_URL.finditer`), looked for only where `http` or `www.` starts."""
    lower = text.lower()
    return stem_matches(_URL, text, lower if len(lower) == len(text) else None, ("http", "www."))


_GLUED_NUMBER = regex.compile(r"[a-z](?=\+\d|\d{2}[ .\-]\d{2})", regex.IGNORECASE)


class _LineIndex:
    """The line breaks of a text, found once, so that no phone searches back over a long line."""

    def __init__(self, text: str, email_starts: Sequence[int] = ()) -> None:
        self.text = text
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        self.first_word: dict[int, int] = {}  # line start -> its first word character (or the text's end)
        self.email_starts = sorted(email_starts)
        self.contact: dict[int, bool] = {}  # line start -> whether it is a contact line
        self.under: dict[int, bool] = {}  # line number -> whether a contact header stands over it

    def start_before(self, pos: int) -> int:
        """Where the line holding text[pos - 1] starts: `text.rfind("\\n", 0, pos) + 1`."""
        i = bisect.bisect_left(self.newlines, pos) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def label_only(self, lo: int, hi: int) -> bool:
        """`_LABEL_ONLY_LINE.match(text[lo:hi])` for a text[lo:hi] without a line break, at a cost that
        does not grow with what stands before the label (`lo` is a line start, searched once)."""
        w = self.first_word.get(lo)
        if w is None:
            m = _WORD_CHAR.search(self.text, lo)
            w = self.first_word[lo] = m.start() if m else len(self.text)
        return w < hi and _LABEL_FROM_WORD.fullmatch(self.text, w, hi) is not None

    def contact_line(self, pos: int) -> bool:
        """Whether the line holding text[pos] gives contact details: a contact header opens it
        (`Pour tout renseignement : ...`) or one of the short lines just above it, or it holds an
        e-mail address."""
        i = bisect.bisect_left(self.newlines, pos)
        lo = self.newlines[i - 1] + 1 if i > 0 else 0
        found = self.contact.get(lo)
        if found is None:
            hi = self.newlines[i] if i < len(self.newlines) else len(self.text)
            k = bisect.bisect_left(self.email_starts, lo)
            found = (k < len(self.email_starts) and self.email_starts[k] < hi) or self._under_header(i)
            self.contact[lo] = found
        return found

    def _under_header(self, i: int) -> bool:
        """Whether line `i` (counted by the newlines before it) or one of the short lines above it, up to
        a blank line or running text, opens with a contact header (`Contact presse :` / `Awa Koné` / ...).
        Past `_HEADER_REACH` lines the block goes on through lines that hold numbers: a list of offices
        (`Liban : +961 ...` / `Koweït : +965 ...` / ... / `Côte d’Ivoire : 00.225.20.30.40.50`)."""
        found = False
        for n in range(i, max(-1, i - 1 - _LIST_REACH), -1):
            if n < i and n in self.under:
                found = self.under[n]  # a line of the same list, read before: its answer (a long list stays linear)
                break
            lo = self.newlines[n - 1] + 1 if n > 0 else 0
            hi = self.newlines[n] if n < len(self.newlines) else len(self.text)
            if _HEADER.match(self.text, lo, hi):
                found = True
                break
            if n < i and (not self.text[lo:hi].strip() or _is_prose(self.text[lo:hi])):
                break
            if n < i - _HEADER_REACH and _DIGIT.search(self.text, lo, hi) is None:
                break
        self.under[i] = found
        return found


_HEADER_REACH = 3  # how many lines above a number its block's header may stand
_LIST_REACH = 30  # ... and how many lines of numbers may stand between them


def _neighbour_region(text: str, found: list[PhoneMatch], start: int) -> str | None:
    """The country of the number just before `start` on its line (`+226 70 12 34 56 / 25 30 61 48`)."""
    if not found or found[-1].region is None or start - found[-1].end > 40:
        return None
    return None if "\n" in text[found[-1].end : start] else found[-1].region


def _block_region(text: str, found: list[PhoneMatch], start: int) -> str | None:
    """The country of the number just before `start` on its line or the line above (`Tél. : 27 21 30 45 12` ⏎
    `Fax : 21 30 45 19`): the entry's own country, for an old number its present plan finds too short."""
    if not found or found[-1].region is None or start - found[-1].end > 120:
        return None
    return found[-1].region if text.count("\n", found[-1].end, start) <= 1 else None


def _candidate(
    doc: Document, text: str, start: int, end: int, blocked: bytearray, end_of_text: int, lines: _LineIndex,
    neighbour: str | None = None, joined: bool = False, near: str | None = None,
) -> list[PhoneMatch] | None:
    """The phone number (and a shorthand second number) in text[start:end], or None (`joined`: right after
    a phone, joined to it by `/` or `ou`, which vouches for it as a label does: `... / 2812-3456`)."""
    body = text[start:end]
    if any(blocked[start:end]):
        return None
    n_digits = len(_DIGIT.findall(body))
    if n_digits < _MIN_DIGITS or n_digits > 17 or (n_digits == _MIN_DIGITS and not _IN_PAIRS.fullmatch(body)):
        return None  # (six digits are a phone only written in pairs, `24 65 18`: never `150 000`)
    if _DATE_SHAPE.fullmatch(body) or is_amount(text, start, end):
        return None
    # the line start, looked for in a bounded window so that a very long line stays linear
    line_start = max(text.rfind("\n", max(0, start - _CONTEXT), start) + 1, start - _CONTEXT)
    if not _left_context_ok(text, start, line_start):
        return None
    if _REGISTER_LABEL.search(text, max(line_start, start - 60), start):
        return None  # `BCE 0654.987.321`: a company, VAT or bank number
    ext_m = _EXTENSION.match(text, end, min(len(text), end + 20))
    ext = ext_m.group("ext") if ext_m else None
    full_end = ext_m.end() if ext_m else end
    label = _label_before(text, start, line_start, lines)
    # a contact line vouches for an old number written with its international prefix as a label does
    # (`Pour tout renseignement : 00.225.20.30.40.50`), or with its country code in brackets (`Service de
    # communication : (225) 20 20 27 00`, whose country the page must name); for a national one, it says too little
    vouched = label is not None or (
        (body.lstrip("([ \t").startswith(("+", "00")) or _BRACKETED_CODE.match(body) is not None) and lines.contact_line(start)
    )
    # a contact line vouches for the shape of a national number in two even groups (`porte-parole, 2940 1122,`
    # in Haiti), which running text would leave to a figure; the page's evidence still names its country
    shaped = label is None and not joined and _TWO_GROUPS.fullmatch(body) is not None and lines.contact_line(start)
    # ... and for a number grouped like thousands that is its country's own format (`71 234 567` in Tunis)
    own_format = label is None and not joined and not shaped and not _plausible_national_shape(body) \
        and lines.contact_line(start)
    found = _read_phone(doc, body, start, label is not None or joined, neighbour, vouched, near, shaped, own_format)
    if found is None:
        # a list marker glued to the number: `1.01 45 63 19 00`
        lm = _LIST_MARKER.match(body)
        if lm and len(_DIGIT.findall(body[lm.end():])) >= 8:
            start += lm.end()
            body = body[lm.end():]
            found = _read_phone(doc, body, start, label is not None, neighbour)
    if found is None:
        return None
    e164, valid, region = found.e164, found.valid, found.region
    if full_end >= end_of_text and not found.possible and not _looks_complete(body):
        return None  # cut off at the end of the text (`Tél. : +221 33 82`): not a number to trust
    kind = "fax" if label == "fax" else "phone"
    out = [PhoneMatch(start, full_end, e164, ext, kind, valid, region)]
    short = _SHORTHAND.match(text, full_end, min(len(text), full_end + 12))
    # `... 76 47/48`: the last group written again, another line of the same number; trusted as the first is, or, for a
    # number the plan does not list (taken from its label), when the tail is as long as the group it replaces
    if short and (valid or len(short.group("tail")) == len(_DIGIT_RUN_END.search(body).group())):
        tail = short.group("tail")
        national = e164[1:]
        if len(tail) < len(national) - 4:
            other = "+" + national[: len(national) - len(tail)] + tail
            out.append(PhoneMatch(short.start("tail"), short.end("tail"), other, None, kind, _is_valid_e164(other), region))
    return out


_SPACE = r"[ \t\u00a0\u202f]"


@lru_cache(maxsize=1)
def _amount_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    """What follows an amount (a currency or a scale word, maybe after `de`: `EUR`, `de dollars`, `francs
    CFA`, `millions`, `%`), what precedes one (a currency symbol or code written in capitals: `USD`, `$`,
    `CHF`), and the abbreviations that are currencies only in capitals (`DA`, `FC`): the currencies and
    multipliers of the figures lexicon (resources/figures.json), the one list both stages read amounts with."""
    words = load_json("figures.json")
    # (not a one-letter currency: `F` after a number is as often the fax label of the next one, `T : ... F : ...`)
    names = sorted((n for n in set(words["currencies"]) | set(words["multipliers"]) if not (len(n) == 1 and n.isalpha())),
                   key=len, reverse=True)
    spaced = "|".join(regex.escape(n).replace(r"\ ", f"{_SPACE}+") for n in names)
    after = regex.compile(rf"{_SPACE}{{0,3}}(?:d(?:e{_SPACE}+|['’]{_SPACE}?))?(?P<w>(?i:{spaced}|%))(?![\p{{L}}\-])")
    # symbols, and codes of three or four letters, in capitals (`Tél` or `mobile` before a number are no
    # currency, and two capitals are as often initials: `DA` is the dinar after an amount only)
    signs = [regex.escape(c.upper()).replace(r"\ ", f"{_SPACE}?") for c in names
             if c in words["currencies"] and sum(map(str.isalpha, c)) <= 4 and not (c.isalpha() and len(c) < 3)]
    before = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(signs)}){_SPACE}?\Z", regex.REVERSE)
    return after, before, frozenset(words["capital_abbreviations"])


def is_amount(text: str, start: int, end: int) -> bool:
    """Whether the digits at text[start:end] are an amount, not a phone: a currency or a scale word
    follows them or a currency sign precedes them (`15.000.000 EUR`, `12.500.000 de dollars`, `USD 12.500.000`).

    >>> is_amount("une enveloppe de 15.000.000 EUR", 17, 27), is_amount("Tél. : 081.123.456 – Jean", 7, 18)
    (True, False)
    """
    after, before, capitals = _amount_patterns()
    m = after.match(text, end, min(len(text), end + 48))
    if m is not None and not (m.group("w").lower() in capitals and not m.group("w").isupper()):
        return True  # (`5 000 DA`, but `da` is a syllable)
    return before.search(text, max(0, start - 10), start) is not None


def _looks_complete(body: str) -> bool:
    """Whether a number of an old plan looks whole: long enough, its last groups evenly cut. Written without
    its country code, eight digits in four even groups are whole: the old eight-digit plans of West and
    Central Africa (`Fax : 23 61 05 19` closing a Benin page) were written so.

    >>> _looks_complete("+221 33 82"), _looks_complete("23 61 05 19"), _looks_complete("2 22 29 13")
    (False, True, False)
    """
    groups = _DIGITS.findall(body)
    if len(groups) >= 4 and len("".join(groups)) >= 8 and len(set(map(len, groups))) == 1 \
            and not body.lstrip("([ \t").startswith(("+", "00")):
        return True
    return len("".join(groups)) >= 10 and len(groups) >= 3 and len(groups[-1]) == len(groups[-2])


def _left_context_ok(text: str, start: int, line_start: int) -> bool:
    """Reject digits glued to a word (`CH-1211`, `COVID-19`), unless that word is a web address."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev.isalpha():
        word_start = start - 1
        while word_start > line_start and not text[word_start - 1].isspace():
            word_start -= 1
        return bool(_DOMAIN_END.search(text[word_start:start])) or "." in text[word_start:start]
    if prev in "-–" and start >= 2 and text[start - 2].isalnum():
        return False
    return True


# a verb of calling, then (in its clause) the preposition that gives the number dialled: `joindre la cellule
# d'écoute au`, `appelez le`, `call the hotline on`; it labels the number as `Tél.` does
_CALLED_AT = regex.compile(
    # (a call centre named before its number says it is dialled, as the verb does: `au centre d'appel de la DINEPA, au ...`)
    r"(?<![\p{L}])(?:joindre|joignables?|appele[rz]|appelant|contacte[rz]|compose[rz]|t[ée]l[ée]phone[rz]|call|dial|reach|phone"
    r"|centre[ \t]+d['’][ \t]?appels?|call[ \t\-]cent(?:er|re))"
    r"(?![\p{L}])[^\n.;!?\d]{0,60}?(?<![\p{L}])(?:au|le|at|on)[ \t]+(?:(?:num[ée]ro|number)[ \t]+)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)


# a service's number named just before it: `au numéro vert 80 00 11 22`, `la ligne d'urgence : ...`, `Numéro vert du don de sang :`,
# `the toll-free number 1 800 ...`; it labels the number as `Tél.` does
_SERVICE_NUMBER = regex.compile(
    r"(?<![\p{L}])(?:(?:num[ée]ro|ligne)[ \t]+(?:vert|verte|gratuite?|azur|unique|d['’][ \t]?(?:urgence|appel|assistance))"
    r"(?:[ \t]+(?:du|des|de|d['’])[ \t]*[\p{L}'’ \t-]{1,40}?)?"  # (the service it serves: `Numéro vert du don de sang :`)
    r"|(?:toll[ \-]free|hotline|helpline)(?:[ \t]+(?:number|line))?|emergency[ \t]+(?:number|line|hotline))[ \t]*:?[ \t]*\Z",
    regex.IGNORECASE | regex.REVERSE,
)


def _label_before(text: str, start: int, line_start: int, lines: _LineIndex) -> str | None:
    """`fax` or `tel` from the nearest phone label before `start` on its line (or alone on the line above)."""
    prefix = text[max(line_start, start - 80) : start]
    last = before = None
    for m in _PHONE_LABEL.finditer(prefix):
        # a single capital (T, F, M, P) is a label only right before the number: `T : +33 ...`
        if len(m.group().rstrip(".")) == 1 and prefix[m.end():].strip(" \t:.") != "":
            continue
        before, last = last, m
    if last is not None:
        if before is not None and bool(before.group("fax")) != bool(last.group("fax")) \
                and _LABEL_JOIN.fullmatch(prefix, before.end(), last.start()):
            return "tel"  # `Tél/Fax :`, `Tél. et fax :`: one line for both, a phone first
        return "fax" if last.group("fax") else "tel"
    if _CALLED_AT.search(prefix) is not None or _SERVICE_NUMBER.search(prefix) is not None:
        return "tel"  # `joindre la cellule d'écoute au 80 00 11 22`: the verb says a phone is dialled
    if line_start > 0 and not prefix.strip(" \t-•*"):
        above_start = lines.start_before(line_start - 1)
        if lines.label_only(above_start, line_start - 1):
            m = _PHONE_LABEL.search(text, above_start, line_start - 1)
            if m:
                return "fax" if m.group("fax") else "tel"
    return None


@lru_cache(maxsize=4)
def domain_regions(text: str) -> tuple[str, ...]:
    """Countries of the web and e-mail domains of a page (`presse@diplobel.fed.be` → BE), most used first.

    A page's own addresses say where its national phone numbers are dialled (and whose dollars or
    francs it counts); generic domains (`.org`, `.int`) say nothing.

    >>> domain_regions("presse@diplobel.fed.be, www.diplomatie.belgium.be, www.eda.admin.ch, www.iom.int")
    ('BE', 'CH')
    """
    hosts = [_OBFUSCATED_DOT.sub(".", m.group("domain")) for m in _email_matches(text)]
    hosts += [_URL_SCHEME.sub("", m.group()).split("/")[0] for m in _urls(text)]
    counts: dict[str, int] = {}
    for host in hosts:
        tld = host.rstrip(".,;:!?)]»\"'’").rsplit(".", 1)[-1].upper()
        region = "GB" if tld == "UK" else tld
        if len(region) == 2 and region in phonenumbers.SUPPORTED_REGIONS:
            counts[region] = counts.get(region, 0) + 1
    return tuple(sorted(counts, key=lambda r: -counts[r]))


@dataclass(frozen=True)
class _Reading:
    e164: str
    valid: bool  # valid under today's numbering plans
    possible: bool  # of a possible length for its country
    region: str | None


def _read_phone(
    doc: Document, body: str, start: int, labelled: bool, neighbour: str | None = None, vouched: bool = False,
    near: str | None = None, shaped: bool = False, own_format: bool = False,
) -> _Reading | None:
    """How a candidate body reads as a phone number, or None when it is not one (`vouched`: labelled,
    or on a contact line, which is enough for a number with its international prefix; `shaped`: its
    line vouches for the shape of a national number, not for the number, which must be valid;
    `own_format`: its contact line vouches for a number grouped like a figure, which must be valid and
    written as its country formats its numbers: `71 234 567` in Tunisia, never in France)."""
    digits = "".join(_DIGIT.findall(body))
    stripped = body.lstrip("([ \t")
    if stripped.startswith(("+", "00")):
        number = _parse(_international(body), None)
        if number is None:
            return None
        region = phonenumbers.region_code_for_number(number)
        if phonenumbers.is_valid_number(number):
            return _Reading(_e164(number), True, True, region)
        possible = phonenumbers.is_possible_number(number)
        # an international prefix and a label or a contact line vouch for an old number (`00.225.20.30.40.50`)
        if possible or ((labelled or vouched) and 8 <= len(digits) <= 15):
            return _Reading(_e164(number), False, possible, region)
        return None
    bracket = _BRACKETED_CODE.match(body)
    if bracket and bracket.group("cc") != "0":
        cc = int(bracket.group("cc"))
        if cc in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:  # `Tél. (221) 33 829 21 00`
            number = _parse(f"+{cc} {bracket.group('area') or ''} {bracket.group('rest')}", None)
            if number is not None and phonenumbers.is_valid_number(number):
                return _Reading(_e164(number), True, True, phonenumbers.region_code_for_number(number))
    if len(digits) < _SHORT_NUMBER:
        return _read_short(doc, body, digits, start, labelled, neighbour, shaped)
    if own_format:
        found = _read_national(doc, body, digits, start, labelled, neighbour, near)
        read = _national_reading(body, found.region) if found is not None and found.region else None
        # (or typed as one run that closes its piece of the line, `Awa Ndiaye, 771234567`: no grouping to be wrong,
        # the contact line and the valid reading under the page's country vouch for it; not `Le dossier 0123456789 a`)
        run = _DIGITS.fullmatch(body) is not None and _PIECE_END.match(doc.text, start + len(body)) is not None
        return found if found is not None and found.valid and read is not None and (read[1] or run) else None
    if not labelled and not shaped and not _plausible_national_shape(body):
        return None
    found = _read_national(doc, body, digits, start, labelled, neighbour, near)
    if found is None and bracket is not None and (labelled or vouched):
        found = _bracketed_old_number(doc, body, bracket, digits, start, neighbour)
    return found


def _bracketed_old_number(
    doc: Document, body: str, bracket: regex.Match[str], digits: str, start: int, neighbour: str | None
) -> _Reading | None:
    """A country code in brackets before a number that its country's plan no longer holds (`(225) 20 20 27 00` on
    an Abidjan page, `(227) 73 24 19` on a Niamey one, before those plans grew longer): an old number, kept not
    valid, as the same number written `+225 20 20 27 00` is, when a label or a contact line vouches for it.
    Brackets hold area codes too (`(514)`, `(022)`): the country must be one the page or the number's lines name.

    >>> doc = Document.from_text("Abidjan – Contact : Tél. : (225) 20 20 27 00")
    >>> body = "(225) 20 20 27 00"
    >>> _bracketed_old_number(doc, body, _BRACKETED_CODE.match(body), "22520202700", 27, None).e164
    '+22520202700'
    >>> doc = Document.from_text("Dakar – Contact : Tél. : (225) 20 20 27 00")
    >>> _bracketed_old_number(doc, body, _BRACKETED_CODE.match(body), "22520202700", 25, None) is None
    True
    """
    cc = bracket.group("cc")
    if cc.startswith("0") or not 8 <= len(digits) <= 15 or _NANP_SHAPE.match(body):
        return None
    region = phonenumbers.region_code_for_country_code(int(cc))
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    if _local_evidence(doc.text, start, neighbour).get(region, 0.0) <= 0 and _page_evidence(doc).weights.get(region, 0.0) <= 0:
        return None
    number = _parse(f"+{cc} {bracket.group('area') or ''} {bracket.group('rest')}", None)
    if number is None:
        return None
    return _Reading(_e164(number), phonenumbers.is_valid_number(number), phonenumbers.is_possible_number(number), region)


# Most national numbers have 7 digits or more; a few plans have 6-digit numbers, written in pairs
# (New Caledonia's `24 65 18`, Wallis-and-Futuna, Saint-Pierre-and-Miquelon). Digits that short are read
# only in pairs, under a country the page names whose plan has numbers of that length (phonenumbers
# metadata); six digits in other groups (`150 000`) are not looked at, which keeps the figures' numbers cheap.
_MIN_DIGITS = 6
# `2940 1122`, `2812-3456`: Haiti's, Mauritius's mobiles' way; `831 2450`, Mauritius's land lines' (no thousands: the
# second group has four digits)
_TWO_GROUPS = regex.compile(r"\d{3,4}[ .\-\u00a0]\d{4}")
_IN_PAIRS = regex.compile(r"\(?\d\d\)?(?:[ .\-\u00a0\u202f]\d\d){2}")
_PIECE_END = regex.compile(r"[ \t]*(?:$|[,;/|–—(]|[-.][ \t]|\.$|(?:ou|or|et|and)[ \t])", regex.MULTILINE)  # what may follow a contact's number
_SHORT_NUMBER = 8  # shorter than this, an unlabelled number is too much like a figure to read without evidence


@lru_cache(maxsize=256)
def _lengths(region: str) -> frozenset[int]:
    """The lengths of `region`'s national numbers (phonenumbers metadata).

    >>> sorted(_lengths("NC")), 6 in _lengths("FR")
    ([6], False)
    """
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return frozenset(metadata.general_desc.possible_length) if metadata is not None else frozenset()


def _read_short(
    doc: Document, body: str, digits: str, start: int, labelled: bool, neighbour: str | None, shaped: bool = False
) -> _Reading | None:
    """A national number of 6 or 7 digits (`Tél. : 24 65 18`, `au numéro gratuit 05 02 40` in Nouméa):
    valid under a country the page or the number's lines name, and written grouped as that country
    formats its numbers; unlabelled, also in three groups or more (two on a contact line that vouches for
    the shape: `Jean Perrine – 831 2450 – ...` in Mauritius) and not in thousands (`150 000 000`)."""
    groups = _DIGITS.findall(body)
    if not labelled and (len(groups) < (2 if shaped else 3) or any(len(g) < 2 for g in groups)
                         or (all(len(g) == 3 for g in groups[1:]) and "-" not in body and "." not in body
                             and not groups[0].startswith("0"))):  # (no quantity opens with a 0: `01 123 456`)
        return None
    if len(digits) >= 7 and labelled:
        found = _read_national(doc, body, digits, start, labelled, neighbour)
        if found is not None:
            return found
    evidence = _local_evidence(doc.text, start, neighbour)
    for region, weight in _page_evidence(doc).weights.items():
        evidence[region] = evidence.get(region, 0.0) + weight
    for region in sorted(evidence, key=lambda r: -evidence[r]):
        if evidence[region] <= 0 or len(digits) not in _lengths(region):
            continue
        found = _national_reading(body, region)
        if found is not None and found[0].valid and (found[1] or labelled or _grouped_without_trunk(body, region)):
            return found[0]
    return None


def _grouped_without_trunk(body: str, region: str) -> bool:
    """Whether `body` is written as `region` formats its national numbers less the trunk prefix that format
    opens with: a short plan's numbers are dialled and written without it on their own island (Saint-Pierre's
    `41 01 02`, formatted `041 01 02`).

    >>> _grouped_without_trunk("41 01 02", "PM"), _grouped_without_trunk("041 01 02", "PM"), _grouped_without_trunk("410 102", "PM")
    (True, False, False)
    """
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    number = _parse(body, region)
    if not prefix or number is None or body.lstrip("( ").startswith(prefix):
        return False
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if not formatted.startswith(prefix):
        return False
    written = [len(g) for g in _GROUPS.findall(body)]
    national = [len(g) for g in _GROUPS.findall(formatted[len(prefix):])]
    return len(written) >= 2 and written == national


# Regions dialled within another's national plan: France's overseas departments are written like
# French numbers (`0262 90 12 34` is in La Réunion, +262), so a French-looking number that France
# does not hold is tried there.
_SHARED_PLAN = {"FR": ("RE", "YT", "GP", "MQ", "GF", "BL", "MF", "PM")}


# Evidence for the country of a national number, and what each piece weighs. A number is read
# under every country some evidence names (and the page language's countries) and goes to the
# valid reading with the most evidence; the order evidence was found in settles a tie.
_W_NEIGHBOUR = 6.0  # the number just before it on its line: one line, one country (more than a grouping and a guess:
# `+225 07 07 12 34 56 / 01 40 21 28 23`, Ivorian, is written in pairs as French numbers are)
_W_GROUPING = 5.0  # written as that country writes its numbers (`032 889 64 00` Swiss, `03 28 89 64 00` French):
# more than a dateline, the page's places and its language together (a Swiss contact on a Paris release)
_W_SAME_LINE = 4.0  # a place named on the number's own line (an office city, an address's town): more than the
# page's dateline, its most named country and its language together
_W_NEAR = 2.0  # the nearest place on the short lines just above (the office line); the others 1
_W_DATELINE = 2.0
_W_DOMAIN = 2.0  # the page's most used country domain (`.ch`, `.be`); its others 1
_W_POSTCODE = 2.0  # a postcode with its country letters (`CH-2000 Neuchâtel`)
_W_CURRENCY = 1.0  # a currency only one country uses (`CHF`, `francs suisses`)
_W_PAGE_PLACES = 1.0  # the country the page names most; the others 0.5
_W_IN_PROSE = 0.5  # a place named in running text near the number: the story's, not the office's
_W_NANP = 1.0  # the North American shape `(514) 555-0123`, for Canada and the United States
_W_LANGUAGE = 0.5  # the page language's first country, a guess (France for French)

# the countries where a language is the first language of public life: besides the evidence, the
# countries a national number is read under (`032 889 62 00` on a French page is tried as Swiss,
# and its grouping decides), the first being the language's guess
LANGUAGE_REGIONS = {
    "fr": (
        "FR", "BE", "CH", "LU", "MC", "CA", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GN", "CM", "GA", "CG",
        "CD", "CF", "TD", "MG", "DJ", "KM", "BI", "RW", "MR", "MA", "DZ", "TN", "HT", "LB", "SC", "MU", "RE",
        "YT", "GP", "MQ", "GF", "NC", "PF", "PM", "VU",
    ),
    "en": ("US", "GB", "CA", "IE", "AU", "NZ", "ZA", "NG", "GH", "KE", "UG", "TZ", "ZM", "ZW", "IN", "SG",
           "JM", "LR", "SL", "GM", "MW", "BW", "NA", "CM", "RW"),
    "de": ("DE", "AT", "CH", "LU", "LI", "BE"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "BO", "PY", "UY", "CR", "PA", "DO", "GT", "HN",
           "SV", "NI", "CU", "GQ"),
    "it": ("IT", "CH", "SM", "VA"),
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"),
    "nl": ("NL", "BE", "SR"),
}
# a postcode with its country's letters, as Swiss, Belgian and Luxembourg addresses write them
_COUNTRY_POSTCODE = regex.compile(r"(?<![\p{L}\p{N}\-])(?P<cc>CH|FL|NL|MC|[FBLDAIEP])-\d{4,5}(?=[ \t]+\p{Lu})")
_POSTCODE_LETTERS = {"CH": "CH", "FL": "LI", "NL": "NL", "MC": "MC", "F": "FR", "B": "BE", "L": "LU", "D": "DE",
                     "A": "AT", "I": "IT", "E": "ES", "P": "PT"}
# a postcode and its town (`2000 Neuchâtel`, `45067 Orléans Cedex 2`): the town says the country
_POSTCODE_TOWN = regex.compile(r"(?<![\p{N}\-])\d{4,5}[ \t]+(?P<town>\p{Lu}[\p{L}'’]{1,30}(?:[ \t\-]\p{Lu}[\p{L}'’]{1,30}){0,2})")
# currencies only one country uses (a franc or a dollar alone says nothing)
_CURRENCY_REGION = regex.compile(
    r"(?<![\p{L}])(?:(?P<CH>CHF|francs?[ \t]+suisses?)|(?P<CA>CAD|\$[ \t]?CA|dollars?[ \t]+canadiens?)"
    r"|(?P<MA>MAD|dirhams?[ \t]+marocains?)|(?P<TN>TND|dinars?[ \t]+tunisiens?)|(?P<DZ>DZD|dinars?[ \t]+alg[ée]riens?)"
    r"|(?P<GN>GNF|francs?[ \t]+guin[ée]ens?)|(?P<CD>CDF|francs?[ \t]+congolais)|(?P<MG>MGA|ariary)"
    r"|(?P<HT>HTG|gourdes?)|(?P<RW>RWF|francs?[ \t]+rwandais)|(?P<BI>BIF|francs?[ \t]+burundais)"
    r"|(?P<DJ>DJF|francs?[ \t]+djiboutiens?)|(?P<KM>KMF|francs?[ \t]+comoriens?))(?![\p{L}])"
)
# every match of `_CURRENCY_REGION` starts with one of these, as written (see `stem_matches`)
_CURRENCY_STEMS = (
    "CHF", "CAD", "$", "MAD", "TND", "DZD", "GNF", "CDF", "MGA", "HTG", "RWF", "BIF", "DJF", "KMF",
    "franc", "dollar", "dirham", "dinar", "ariary", "gourde",
)
# a host's last dot and its two-letter country domain, which every match of `_BARE_HOST` ends with
_COUNTRY_TLD = regex.compile(r"\.[a-z]{2}(?![\p{L}\p{N}@\-])")
_HOST_REACH = 4 * 64  # how far before its last dot a host starts: four labels of 63 characters and their dots
# a host name written bare (`Rechercher sur ne-canton.ch`, `ville-exemple.be/presse`): its country domain
_BARE_HOST = regex.compile(
    r"(?<![\p{L}\p{N}@.\-])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}(?P<tld>[a-z]{2})(?![\p{L}\p{N}@\-]|\.[\p{L}\p{N}])"
)
_GROUPS = regex.compile(r"\d+")


def _bare_hosts(text: str) -> list[regex.Match[str]]:
    """`list(_BARE_HOST.finditer(text))`, scanned only in the stretches that end just after a two-letter
    domain and reach back as far as a host does (a literal dot is found quickly; the host pattern, tried
    at every word of a page, cost more than the rest of the page's evidence). Stretches that meet are
    scanned as one, so no match runs over the start of one, and each ends two characters past its last
    domain, all that the pattern's look-ahead reads."""
    windows: list[list[int]] = []
    for m in _COUNTRY_TLD.finditer(text):
        lo, hi = max(0, m.start() - _HOST_REACH), min(len(text), m.start() + 5)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [m for lo, hi in windows for m in _BARE_HOST.finditer(text, lo, hi)]


@dataclass(frozen=True)
class _PageEvidence:
    """What a whole page says of the country its national numbers are dialled in: region -> weight,
    in the order found (which settles a tie)."""

    weights: dict[str, float]
    language_regions: tuple[str, ...]  # the page language's countries, its guess first


def _add(weights: dict[str, float], region: str | None, weight: float) -> None:
    if region and region in phonenumbers.SUPPORTED_REGIONS:
        weights[region] = weights.get(region, 0.0) + weight


def _ranked(weights: dict[str, float], counts: dict[str, int], top: float, rest: float) -> None:
    """Add `top` to the most counted region and `rest` to the others."""
    for i, region in enumerate(sorted(counts, key=lambda r: -counts[r])):
        _add(weights, region, top if i == 0 else rest)


def place_country(name: str | None) -> str | None:
    """The country of a place name, from the project's places, else the gazetteer (`Neuchâtel` → CH).

    >>> place_country("Lévis"), place_country("Neuchâtel"), place_country("Caraquet")
    ('CA', 'CH', None)
    """
    code = region_of_place(name)
    if code or not name:
        return code
    place = geo.known_place(name.strip())
    return place.country if place is not None else geo.country_code(name.strip())


def _page_evidence(doc: Document) -> _PageEvidence:
    key = (doc.text, doc.original, doc.site, doc.dateline.place if doc.dateline else None, doc.language)
    return _page_evidence_of(key)


@lru_cache(maxsize=4)
def _page_evidence_of(key: tuple) -> _PageEvidence:
    """The page-wide evidence: its dateline, its own domains (the cleaned text's, and the page's as
    scraped, menus and footers included: a site's host is its country), postcodes with country
    letters, single-country currencies, the places the page names, and its language."""
    text, original, site, dateline, language = key
    weights: dict[str, float] = {}
    _add(weights, place_country(dateline), _W_DATELINE)
    counts: dict[str, int] = {}
    for source in (text, original) if original != text else (text,):
        for region in domain_regions(source):
            counts[region] = counts.get(region, 0) + 1
        for m in _bare_hosts(source):
            host = m.group()
            if host.count(".") == 1 and host.replace(".", "").isalpha() and m.group("tld") in _function_words():
                continue  # `fin.la suite`: two sentences glued, not a host in Laos
            region = "GB" if m.group("tld") == "uk" else m.group("tld").upper()
            if region in phonenumbers.SUPPORTED_REGIONS:
                counts[region] = counts.get(region, 0) + 1
    if site:
        tld = site.rstrip(".").rsplit(".", 1)[-1].upper()
        if tld in phonenumbers.SUPPORTED_REGIONS:
            counts[tld] = counts.get(tld, 0) + 1
    _ranked(weights, counts, _W_DOMAIN, _W_DOMAIN / 2)
    for region in dict.fromkeys(_POSTCODE_LETTERS[m.group("cc")] for m in _COUNTRY_POSTCODE.finditer(original)):
        _add(weights, region, _W_POSTCODE)
    currencies = stem_matches(_CURRENCY_REGION, text, text, _CURRENCY_STEMS)
    for region in dict.fromkeys(next(k for k, v in m.groupdict().items() if v) for m in currencies):
        _add(weights, region, _W_CURRENCY)
    counts = {}
    for code in _page_places(text).codes:
        if code is None:
            continue
        counts[code] = counts.get(code, 0) + 1
    _ranked(weights, counts, _W_PAGE_PLACES, _W_PAGE_PLACES / 2)
    lang = (language or "fr")[:2]
    regions = LANGUAGE_REGIONS.get(lang, (LANGUAGE_REGION.get(lang, "FR"),))
    return _PageEvidence(weights, regions)


def _local_evidence(text: str, start: int, neighbour: str | None) -> dict[str, float]:
    """What the lines around a number at `start` say of its country: the number before it on its
    line, places on its line, places on the lines above (the office line), less for running text."""
    weights: dict[str, float] = {}
    _add(weights, neighbour, _W_NEIGHBOUR)
    line_start = max(text.rfind("\n", max(0, start - _CONTEXT), start) + 1, start - _CONTEXT)
    hi = text.find("\n", start, start + _CONTEXT)
    hi = min(len(text), start + _CONTEXT) if hi < 0 else hi
    line = text[line_start:hi]
    same = [code for _, _, code in _places_between(text, line_start, hi)]
    same += [c for m in _POSTCODE_TOWN.finditer(line) if (c := place_country(m.group("town")))]
    for code in dict.fromkeys(same):
        _add(weights, code, _W_SAME_LINE)
    if same:
        # the line names its own office's place (`À Rabat : Youssef Alami, 05 37 21 20 00`): the places of
        # the lines above are other offices' in a list, not this number's
        return weights
    lo = max(0, start - 2 * _CONTEXT)
    weight = _W_NEAR
    # the places of the lines above, found in one pass, then read nearest first, each with its line
    for a, b, code in sorted(_places_between(text, lo, line_start), key=lambda p: -p[0]):
        piece_start = text.rfind("\n", lo, lo + a) + 1
        piece_end = text.find("\n", lo + a, line_start)
        if _is_prose(text[max(piece_start, lo) : piece_end if piece_end >= 0 else line_start]):
            _add(weights, code, _W_IN_PROSE)
        elif weight == _W_NEAR and _DIGIT.search(text, lo + b, line_start) is None:
            # the nearest place above with no number between: the entry's own office line (`À Rabat` /
            # `Youssef Alami` / `Tél. : 05 ...`), as strong as a place on the number's line; the places
            # further up are other entries'
            _add(weights, code, _W_SAME_LINE)
            return weights
        else:
            _add(weights, code, weight)
            weight = _W_NEAR / 2
    return weights


@lru_cache(maxsize=4096)
def _national_reading(body: str, region: str) -> tuple[_Reading, bool] | None:
    """How `body` reads as a national number of `region` (or of a region sharing its plan), and
    whether it is written grouped as that country formats its numbers; None when it is not
    even possible there."""
    possible_reading = None
    for r in (region,) + _SHARED_PLAN.get(region, ()):
        number = _parse(body, r)
        if r == region and _SHARED_PLAN.get(region) and (
                number is None or phonenumbers.is_possible_number_with_reason(number) in _WRONG_LENGTH):
            # digits too short or too long for the plan (`04 78 29 6`, a French number cut off by the page's end) are
            # no number of a region dialled within it, however short its own plan's are (Saint-Pierre's six digits)
            return None
        if number is None:
            continue
        if phonenumbers.is_valid_number(number):
            overseas = _overseas_reading(body, r, number)
            if overseas is not None:
                return overseas
            # a number several countries share (North American toll-free `1-855-...`) stays in the one tried
            actual = r if phonenumbers.is_valid_number_for_region(number, r) else phonenumbers.region_code_for_number(number) or r
            return _Reading(_e164(number), True, True, actual), _grouped_as(body, number, actual)
        if possible_reading is None and phonenumbers.is_possible_number(number):
            possible_reading = _Reading(_e164(number), False, True, r), False
    return possible_reading


_WRONG_LENGTH = frozenset({phonenumbers.ValidationResult.TOO_SHORT, phonenumbers.ValidationResult.TOO_LONG,
                           phonenumbers.ValidationResult.INVALID_LENGTH})


_GEOGRAPHIC = frozenset({phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                         phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _overseas_reading(body: str, region: str, number: phonenumbers.PhoneNumber) -> tuple[_Reading, bool] | None:
    """A number of `region`'s plan (`number`, read there) that one overseas region of that plan holds as
    its own line (a fixed line or a mobile): dialled from France, `05 96 59 63 00` rings in Martinique
    (+596), though France's own metadata covers the digits too; numbers every region shares (`0 800 ...`)
    stay France's. Written in France's pairs, it is grouped as its region writes it.

    >>> n = phonenumbers.parse("05 96 59 63 00", "FR")
    >>> _overseas_reading("05 96 59 63 00", "FR", n)
    (_Reading(e164='+596596596300', valid=True, possible=True, region='MQ'), True)
    >>> _overseas_reading("01 45 63 19 00", "FR", phonenumbers.parse("01 45 63 19 00", "FR")) is None
    True
    """
    found = []
    for r in _SHARED_PLAN.get(region, ()):
        there = _parse(body, r)
        if there is not None and phonenumbers.is_valid_number_for_region(there, r) \
                and phonenumbers.number_type(there) in _GEOGRAPHIC:
            found.append((r, there))
    if len(found) != 1:
        return None
    r, own = found[0]
    return _Reading(_e164(own), True, True, r), _grouped_as(body, own, r) or _grouped_as(body, number, region)


# how a country writes its numbers where its plan's national format says otherwise: Côte d'Ivoire's ten digits in
# pairs (`07 07 12 34 56`, as its eight digits were before 2021; the plan formats them `07 07 12 3456`)
_WRITTEN_GROUPINGS = {"CI": frozenset({(2, 2, 2, 2, 2)})}


def _grouped_as(body: str, number: phonenumbers.PhoneNumber, region: str) -> bool:
    """Whether the digit groups of `body` are those of the number's national format in `region`
    (`032 889 64 00` is the Swiss format, `03 28 89 64 00` the French one; one run of digits says nothing).

    >>> n = phonenumbers.parse("032 889 64 00", "CH")
    >>> _grouped_as("032 889 64 00", n, "CH"), _grouped_as("0328896400", n, "CH")
    (True, False)
    """
    written = [len(g) for g in _GROUPS.findall(body)]
    if len(written) < 2:
        return False
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    national = [len(g) for g in _GROUPS.findall(formatted)]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    if prefix and written[0] == len(prefix) and len(written) == len(national) + 1 and body.lstrip("( ").startswith(prefix):
        written = written[1:]  # `1-855-201-4472`: the trunk digit written apart from the format
    return written == national or tuple(written) in _WRITTEN_GROUPINGS.get(region, ())


def _trunk_prefix_ok(digits: str, region: str) -> bool:
    """A national number of a country that dials a trunk prefix (`0` in France) is written with it."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    return not prefix or region in ("US", "CA") or digits.startswith(prefix)


def _read_national(
    doc: Document, body: str, digits: str, start: int, labelled: bool, neighbour: str | None, near: str | None = None
) -> _Reading | None:
    """A number written without its country code, read under the country with the most evidence
    among those where it is valid (else, labelled, where it is at least possible)."""
    page = _page_evidence(doc)
    evidence = _local_evidence(doc.text, start, neighbour)
    for region, weight in page.weights.items():
        evidence[region] = evidence.get(region, 0.0) + weight
    if _NANP_SHAPE.match(body):
        for region in ("CA", "US"):  # `(514) 555-0123`, `613 555-0123`: the shape is North American
            evidence[region] = evidence.get(region, 0.0) + _W_NANP
    guess = page.language_regions[0]
    if _trunk_prefix_ok(digits, guess):
        # the language's country is a guess: `77 123 45 67` on a page that names no country is not French
        evidence[guess] = evidence.get(guess, 0.0) + _W_LANGUAGE
    # the way the language's own country groups its numbers says nothing of another country
    # (`07 08 45 21 36`, in pairs, may be Ivorian as well as French); only a foreign grouping names one,
    # and only then are the language's other countries tried
    written = tuple(len(g) for g in _GROUPS.findall(body))
    foreign_style = len(written) > 1 and written not in _own_groupings(guess)
    candidates = list(evidence) + ([r for r in page.language_regions if r not in evidence] if foreign_style else [])
    best: tuple[float, int, _Reading] | None = None
    fallback: tuple[float, int, _Reading] | None = None
    # read best-placed first: once a valid reading beats all that a country still to read could
    # score (its evidence and the grouping bonus), none of them can win
    bounds = [(evidence.get(region, 0.0) + _W_GROUPING, -rank) for rank, region in enumerate(candidates)]
    for rank in sorted(range(len(candidates)), key=lambda i: bounds[i], reverse=True):
        if best is not None and best[:2] > bounds[rank]:
            break
        region = candidates[rank]
        said = evidence.get(region, 0.0)
        # nothing but the language names it: only its own national grouping, trunk digit first
        # (`032 889 62 00`), will do; `77 123 45 67` is the shape of too many countries' numbers.
        # The trunk digit is looked at before the number is parsed (most of the language's
        # countries have none, or another): a parse is the costliest step of a phone
        if said <= 0 and not (foreign_style and _written_with_trunk(digits, region)):
            continue
        found = _national_reading(body, region)
        if found is None:
            continue
        reading, grouped = found
        if said <= 0 and not grouped:
            continue
        slot = (said + (_W_GROUPING if grouped else 0.0), -rank, reading)
        if reading.valid:
            if best is None or slot[:2] > best[:2]:
                best = slot
        elif fallback is None or slot[:2] > fallback[:2]:
            fallback = slot
    if best is not None:
        return best[2]
    if fallback is not None and labelled and len(digits) >= 8:
        return fallback[2]
    own = neighbour or near
    if labelled and own is not None and len(digits) >= 8:
        # a labelled number too short for the plan of the number just before it on its line or the line above: an
        # old number of that country, from before its plan grew longer (`27 21 30 45 12 – Fax : 21 30 45 19`, Côte
        # d'Ivoire's eight digits before 2021); kept, not valid
        number = _parse(body, own)
        if number is not None and phonenumbers.is_possible_number_with_reason(number) \
                == phonenumbers.ValidationResult.TOO_SHORT:
            return _Reading(_e164(number), False, False, own)
    return None


@lru_cache(maxsize=16)
def _own_groupings(region: str) -> frozenset[tuple[int, ...]]:
    """The digit groups of the national formats of `region`'s example numbers, one per kind of line.

    >>> sorted(_own_groupings("FR"))
    [(1, 3, 2, 2, 2), (2, 2, 2, 2, 2)]
    """
    out = set()
    for kind in _NUMBER_KINDS:
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None:
            formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            out.add(tuple(len(g) for g in _GROUPS.findall(formatted)))
    return frozenset(out)


_NUMBER_KINDS = (
    phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER, phonenumbers.PhoneNumberType.UAN,
)


def _written_with_trunk(digits: str, region: str) -> bool:
    """Whether a national number opens with the trunk prefix of `region` (`0` in Switzerland)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    return bool(prefix) and digits.startswith(prefix)


def _plausible_national_shape(body: str) -> bool:
    """Unlabelled national numbers must be grouped like phones, not like figures (`71 029 000`)."""
    groups = _DIGITS.findall(body)
    if len("".join(groups)) < 8:
        return False
    if any(len(g) < 2 for g in groups[1:]):
        return False
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and "-" not in body and "." not in body \
            and not groups[0].startswith("0"):
        return False  # thousands grouping: 1 234 567 890 (but `0 800 123 456`, `01 123 456` open with a trunk 0)
    if len(groups) < 3 and not _NANP_SHAPE.match(body):
        return False  # `2022-2023`, `12345678`: without a label, too much like a range or a reference
    return True


_INTERNATIONAL_OPENINGS = (
    (regex.compile(r"^\[\s?(?:\+|00)\s?(\d{1,4})\s?\]"), r"+\1 "),
    (regex.compile(r"^\(\s?(?:\+|00)\s?(\d{1,4})(?:[ .\-](\d{1,4}))?\s?\)"), r"+\1 \2 "),
    (regex.compile(r"^\+\s?\(\s?(\d{1,4})\s?\)"), r"+\1 "),
    (regex.compile(r"^00[\s.]?"), "+"),
)


def _international(body: str) -> str:
    """Rewrite international openings (`00`, `(+34)`, `[00 243]`, `+(33)`) as `+CC`."""
    s = body.strip()
    for pattern, replacement in _INTERNATIONAL_OPENINGS:
        s = pattern.sub(replacement, s)
    return s


def _parse(number: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _is_valid_e164(e164: str) -> bool:
    number = _parse(e164, None)
    return number is not None and phonenumbers.is_valid_number(number)


# -- e-mails ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailMatch:
    """An e-mail address found in a text (`address` None when the page hid it).

    `obfuscated`: the page wrote it `nom [at] org.int`; `address` is the decoded form.
    """

    start: int
    end: int
    address: str | None
    hidden: bool
    obfuscated: bool = False


def find_emails(text: str) -> list[EmailMatch]:
    """Every e-mail address in `text`, decoded and lower-cased, each `"mailto:x">x` pair once.

    >>> [e.address for e in find_emails('Courriel : A.Bruce [at] iom.int, voir "mailto:x@y.org">x@y.org.')]
    ['a.bruce@iom.int', 'x@y.org']
    """
    if "@" not in text and "[" not in text and "(" not in text and "{" not in text:
        return []
    found: list[EmailMatch] = []
    for m in _email_matches(text):
        written = m.group("domain").rstrip("-")
        glued = _GLUED_WORD.search(written)
        if glued and "." in _OBFUSCATED_DOT.sub(".", written[: glued.start()]):
            written = written[: glued.start()]  # `presse@iom.intPour en savoir plus`: a lost line break
        domain = _OBFUSCATED_DOT.sub(".", written)
        tld = domain.rsplit(".", 1)[-1]
        if not (2 <= len(tld) <= 24 and tld.isalpha()) or tld.lower() in FILE_EXTENSIONS:
            continue  # (`banniere@2x.png`: an image's name for a sharp screen, no address)
        if _QUERY_MARK.search(m.group("local")):
            continue  # `partage?mail=x@y.org`, `?a=1&to=x@y.org`: a web address's query, not an address written out
        address = f"{m.group('local')}@{domain}".lower()
        end = m.start("domain") + len(written)
        obfuscated = m.group("at").strip(" \t") != "@" or domain != written
        if found and found[-1].address == address and _MAILTO_GAP.match(text[found[-1].end : m.start()]):
            found[-1] = EmailMatch(m.start(), end, address, False, obfuscated)  # keep the visible copy
            continue
        found.append(EmailMatch(m.start(), end, address, False, obfuscated))
    for m in _HIDDEN_EMAIL.finditer(text):
        found.append(EmailMatch(m.start(), m.end(), None, True))
    return sorted(found, key=lambda e: e.start)


# the words of a mailbox that only shows how a body's addresses are made (`firstname.lastname@wfp.org`,
# `prenom.nom@...`, `p.nom@...`): no one's address
_TEMPLATE_WORDS = frozenset(
    "firstname lastname first last name surname familyname givenname fname lname prenom prénom nom noms "
    "initiale initial initials votre your xxx xxxx".split()
)
_MAILBOX_PARTS = regex.compile(r"[._\-]+")


def is_address_template(address: str) -> bool:
    """Whether an address is the pattern of a body's addresses, not one (a reader writes to no one there).

    >>> is_address_template("firstname.lastname@wfp.org"), is_address_template("p.nom@gouv.fr")
    (True, True)
    >>> is_address_template("jane.doe@wfp.org"), is_address_template("nom@exemple.org"), is_address_template("prenom.diallo@x.sn")
    (False, False, False)
    """
    parts = [p for p in _MAILBOX_PARTS.split(address.split("@", 1)[0].lower()) if p]
    return len(parts) >= 2 and all(p in _TEMPLATE_WORDS or len(p) == 1 for p in parts) \
        and any(len(p) >= 3 for p in parts)


# -- contact records ----------------------------------------------------------------------------


@dataclass
class _Record:
    start: int
    end: int
    person: str | None = None
    role: str | None = None
    organisation: str | None = None
    phones: list[str] = field(default_factory=list)
    faxes: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    has_items: bool = False
    items: list[_Item] = field(default_factory=list)
    weak_org: bool = False  # the organisation is an office label (`Partenaire aux Pays-Bas : ...`): a name may follow
    opened_by_line: bool = False  # opened by a name-like line under another entry's numbers (`Relations avec les médias`)
    office_line: bool = False  # opened by a line naming a place's office with its number (`Bruxelles (ARES) : +32 ...`)
    under_header: bool = False  # read in a block a contact header opens (`Contact presse :`): offered to the press
    person_named_by_model: bool = False  # the model labels the person PER

    def extend(self, start: int, end: int) -> None:
        self.start = min(self.start, start)
        self.end = max(self.end, end)


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    entity: Entity


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_prose(line: str) -> bool:
    """A running-text line, which ends a contact block: long, of many words (which hold letters: the digit groups
    and dashes of a line of numbers are none, `Service communication de la Mairie – Tél. : 27 21 30 45 12 / 07 07
    ...`), or ending as a sentence."""
    tokens = line.split()
    words = sum(1 for w in tokens if any(c.isalpha() for c in w))
    return len(line) > 160 or words > 20 or (len(tokens) > 8 and line.rstrip().endswith((".", "!", "?", "»")))


class _Names:
    """The PER and ORG entities earlier stages found, looked up by span (bisect, not a scan)."""

    LONGEST = 300  # an entity longer than this is not a name

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = tuple(entities)
        self.entities = sorted((e for e in entities if e.label in ("PER", "ORG")), key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        # where the model reads a place on the page, by folded name: a building or a district named like
        # a person (`Maison Quéau de Quinssy`) in an address line is no person
        self.places: dict[str, list[int]] = {}
        for e in entities:
            if e.label == "LOC":
                self.places.setdefault(fold(e.text), []).append(e.start)
        # the people the model names on the page, by folded name: a contact line's name spelt like places (`Jérémie
        # Saint-Louis`, two towns) is that person when the body names them (`explique Jérémie Saint-Louis, ...`)
        self.people = frozenset(fold(e.text) for e in entities if e.label == "PER")

    def place_elsewhere(self, name: str, lo: int, hi: int) -> bool:
        """Whether the model reads `name` as a place somewhere on the page outside text[lo:hi] (`tenue à la
        Maison Quéau de Quinssy` in the body): a name it reads as a place only there may be a person."""
        return any(not lo <= start < hi for start in self.places.get(fold(name), ()))

    def place_at(self, name: str, lo: int, hi: int) -> bool:
        """Whether `name` is a place: one the gazetteer knows, or the model reads it as one inside text[lo:hi]."""
        return _is_place(name) or any(lo <= start < hi for start in self.places.get(fold(name), ()))

    def overlapping(self, lo: int, hi: int) -> list[Entity]:
        i = bisect.bisect_left(self.starts, lo - self.LONGEST)
        j = bisect.bisect_left(self.starts, hi)
        return [e for e in self.entities[i:j] if e.end > lo]


_SWITCHBOARD = regex.compile(r"(?i:standard|switchboard|accueil|réception)")


def _classify(segment: str, seg_start: int, names: _Names) -> str:
    """person, org, role, place, label or other, for a piece of a contact line with no phone or e-mail."""
    s = segment.strip(" \t-•*–—:")
    if _WIRE_SOURCE.match(s):
        return "other"  # a wire's credit over the contact (`SOURCE Fondation ...`, CNW): who issued it, not the contact's office
    if not s or _LABEL_ONLY_LINE.match(s) or s.lower().rstrip(" .:") in _NOT_NAME_WORDS or _PHONE_LABEL.fullmatch(s):
        return "label"  # (`GSM`, `Standard`: the labels the phone reader knows, not an acronym or a name)
    if _is_place_label(s):
        return "place"  # `À Genève`, `A N'Djamena`: where the office is, neither a body nor a role
    for e in names.overlapping(seg_start, seg_start + len(segment)):
        if (e.end - e.start) >= 0.6 * len(s):
            if e.label == "PER" and _NAME_IN_TEXT.search(s) and not _ADDRESS.search(s) and not _titled_by_article(s) \
                    and not _GERMAN_BODY.search(s):
                # but not `Fann Résidence`, an address the model reads as a name, nor `Regionalverband Saarbrücken`
                return "person"
            if e.label == "ORG" and not (_is_role(s) and not _ends_as_org(s)) and not _titled_by_article(s):
                return "org"  # but `Communications Specialist` is a role the model calls ORG
    tokens = s.split()
    if not tokens:  # only Unicode spaces (U+00A0, U+2028) that the strip above leaves
        return "other"
    if len(tokens) >= 3 and s.endswith((".", "!", "?")):
        return "other"  # a sentence, not a name (`Communiqué publié par le ministère.`)
    if len(tokens) >= 3 and _CLAUSE_VERB.search(s):
        return "other"  # a clause, not a name (`Une cellule d'écoute est joignable` au 0 800 ...)
    if _is_role(s):
        return "role"
    org_word = _ORG_WORDS.search(s)
    if org_word and (len(tokens) <= 5 or org_word.start() <= len(" ".join(tokens[:2])) + 1):
        return "org"  # an organisation's name starts with what it is: `Mission permanente ...`
    if _ADDRESS.search(s):
        return "other"  # `Route de Koulikoro`, `BP 96`: an address is capitalised like a name, and is none
    if _ACRONYM.match(tokens[0].strip(",.")) and len(tokens) <= 6 and not (_LEADING_TITLE.match(s) and _NAME.match(s)):
        return "org"  # but `DR WILNER ÉTIENNE`: a title in capitals, then a name
    if _ACRONYM_OFFICE.match(tokens[0].strip(",.")) and len(tokens) <= 6:
        return "org"  # `WFP/N'Djamena`, `OCHA-Niamey`: an office label, the body's acronym and its city
    if len(tokens) == 2 and tokens[0] in ("Le", "La", "Les") and _ACRONYM.match(tokens[1].strip(",.")):
        return "org"  # `Le HCR` (est joignable au ...): a body by its acronym, not a name (but `LE GALL`)
    if _NAME.match(s) and not any(t.lower().strip(".,") in _NOT_NAME_WORDS for t in tokens):
        named = _NAME.match(s).group("name")
        if fold(named) in names.people:
            return "person"  # the model reads the page's other mention of the name as a person
        if region_of_place(named) is not None or _is_place(named) or all(region_of_place(t) for t in named.split()):
            return "org"  # a place, not a person
        if names.place_elsewhere(named, seg_start, seg_start + len(segment)):
            return "other"  # a place the model names on the page: an address piece, neither person nor office
        return "person"
    if s[0].islower() and len(tokens) >= 2 and not _DIGIT.search(s) and not _ADDRESS.search(s):
        return "role"
    return "other"


def _is_place_label(s: str) -> bool:
    """A preposition and a place, the city of an office (`À Genève`, `A N'Djamena`, `In Nairobi`).

    >>> _is_place_label("A N'Djamena"), _is_place_label("à Paris"), _is_place_label("Bureau à Paris")
    (True, True, False)
    """
    m = _PLACE_PREPOSITION.match(s)
    if m is None:
        return False
    rest = s[m.end():].strip(" \t.,;")
    return bool(rest) and (_is_place(rest) or all(region_of_place(t) for t in rest.split()))


# who is on duty, named by their trade and the duty (`Épidémiologiste de permanence`, `Officier de permanence (24 h/24)`,
# `Travailleur social de garde (nuit)`): a role, whatever the trade
_DUTY_POST = regex.compile(
    r"\p{Lu}[\p{L}\-]{2,30}(?:[ \t]+\p{Ll}[\p{L}\-]{2,20})?[ \t]+(?:de|d['’])[ \t]?(?:permanence|garde|astreinte)(?![\p{L}])"
)


def _is_role(s: str) -> bool:
    """A role: it opens on what the person is (`chargée de communication`, `Le Gouverneur de la BEAC`), or,
    short and naming no organisation, ends on it (`Regional Communications Officer`).

    >>> _is_role("Le Gouverneur de la BEAC"), _is_role("La Banque de France"), _is_role("Le Parlement du Bénin")
    (True, False, False)
    """
    if _ROLE_START.match(s) or _titled_by_article(s):
        return True
    if _DUTY_POST.match(s) and not _ORG_WORDS.match(s):
        return True  # `Épidémiologiste de permanence`, `Travailleur social de garde` (but `Service de garde`: an office)
    if len(s.split()) > 5 or _ROLE_END.search(s) is None:
        return False
    # an English compound ends on its head: `Programme Coordinator`, `Country Office Manager` are people, the body's
    # word before them a modifier (but `Bureau du coordonnateur`, `Office of the Spokesperson` name offices)
    return not _ORG_WORDS.search(s) or (_PERSON_END.search(s) is not None and _CAPITALISED_COMPOUND.fullmatch(s) is not None)


def _titled_by_article(s: str) -> bool:
    """A title with its article (`Le Gouverneur de la BEAC`): see `_ARTICLE_TITLE`."""
    m = _ARTICLE_TITLE.match(s)
    if m is None:
        return False
    noun = m.group("noun").lower()
    return noun.endswith(_TITLE_ENDINGS) and not noun.endswith(("ment", "té", "tée")) and not _ORG_WORDS.fullmatch(noun)


def _titles_someone(s: str) -> bool:
    """Whether a role opens on what a person is (`Président du CPM`, `Le Gouverneur de la BEAC`), not on what
    an office does (`Communication DFAE`, `Relations presse OIM`)."""
    return _titled_by_article(s) or (_ROLE_START.match(s) is not None and _OFFICE_ROLE.match(s) is None)


def _names_something(s: str) -> bool:
    """A short capitalised name that is no phrase, label, address or place (`Maison de la mobilité`).

    >>> _names_something("Eau pour Tous"), _names_something("Pour tout renseignement"), _names_something("Dakar")
    (True, False, False)
    """
    tokens = s.split()
    if len(tokens) >= 2 and tokens[0].lower() in _function_words() and not tokens[1][0].isupper():
        return False  # a phrase (`Pour tout renseignement`, `Du lundi au vendredi`), not a name (`La Poste`)
    return (
        bool(tokens) and s[0].isupper() and len(tokens) <= 8 and not _DIGIT.search(s) and not _HEADER.match(s)
        and not s.endswith(("!", "?")) and not _PHONE_LABEL.fullmatch(s) and not _ADDRESS.search(s)
        and not _is_place(s) and not all(region_of_place(t) for t in tokens)
    )


def _named_like_person(s: str) -> bool:
    """Shaped like a person's name (`MARIE DUPONT`, `DIALLO Amadou`) and naming no organisation or place; a first
    name spelt as a place is still a first name (`France Gagnon`), a place after the first word names an office.

    >>> _named_like_person("MARIE DUPONT"), _named_like_person("UNICEF Sénégal"), _named_like_person("Agence Relais")
    (True, False, False)
    >>> _named_like_person("France Gagnon"), _named_like_person("France")
    (True, False)
    >>> _named_like_person(None)
    False
    """
    if not s or _NAME.match(s) is None or _ORG_WORDS.search(s) or _is_place(s):
        return False  # (no organisation piece seen yet, None: nothing to judge)
    rest = s.split(maxsplit=1)[1] if len(s.split()) > 1 else ""
    return not place_regions(rest) and not any(region_of_place(t) for t in rest.split())


def _ends_as_org(s: str) -> bool:
    """Whether a piece ends on what an organisation is or on an acronym (`Press Office`, `Communication DFAE`)."""
    last = s.split()[-1].strip(",.;:()")
    return bool(_ORG_WORDS.fullmatch(last) or _ACRONYM.match(last))


def _is_place(name: str) -> bool:
    """A country, city, region or world area (`Amérique du Nord`, `Bretagne`), named whole.

    >>> _is_place("Amérique latine"), _is_place("Loïc Ménard")
    (True, False)
    """
    name = name.strip()
    return fold(name) in _places() or geo.known_place(name) is not None or geo.country_code(name) is not None


def _org_name(segment: str) -> str:
    """An organisation as named: `cabinet Relais Presse (Marseille)` → `Relais Presse`."""
    s = _SPACES.sub(" ", segment).strip(" \t-•*–—:.,")
    s = _TRAILING_PAREN.sub("", s)
    s = _LEADING_ARTICLE.sub("", s, count=1) or s  # `contactez le service communication`: the office, not its article
    if s[:1].islower() and not _ORG_OF.match(s):  # `bureau du HCR` is a name, `cabinet Relais Presse` a descriptor
        m = _FIRST_CAPITAL.search(s)
        if m:
            s = s[m.start():]
    # no name ends on the words that lead to its numbers: `contactez la Direction de communication au (509) ...`
    words = s.split(" ")
    while len(words) > 1 and _LINK_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words).rstrip(" \t-•*–—:.,")


# an article in lower case before a name in running text (`le service de presse`; `La Poste` keeps its `La`)
_LEADING_ARTICLE = regex.compile(r"^(?:le|la|les)[ \t]+(?=\p{L})|^l['’][ \t]?(?=\p{L})")
# when a post answers, after it: `Astreinte technique (24 h/24)`, `Permanence – 7j/7` (the hours, no part of the role)
_HOURS_AFTER = regex.compile(
    r"[ \t]*(?:[–—-][ \t]*)?\(?[ \t]*(?:\d{1,2}[ \t]?h(?:eures)?[ \t]?/[ \t]?24|\d[ \t]?j(?:ours)?[ \t]?/[ \t]?7|24[ \t]?/[ \t]?7)"
    r"(?:[ \t]*(?:,|et)?[ \t]*\d[ \t]?j(?:ours)?[ \t]?/[ \t]?7)?[ \t]*\)?$",
    regex.IGNORECASE,
)
# the small words and labels between a name and its numbers (`au`, `par téléphone au`, `à l'adresse`),
# in lower case: a capitalised `A` or `Tel` may be a name's
_LINK_WORD = regex.compile(
    r"(?:au|aux|à|a|par|sur|via|ou|et|le|la|les|l['’]|de|du|des|d['’]|at|on|or|by|to"
    r"|num[ée]ros?|t[ée]l[ée]phones?|t[ée]l\.?|tel\.?|courriel|e-?mail|mail|fax|(?:l['’])?adresse|suivante?s?|ci-dessous)"
)


def _prose_org(segment: str, lo: int, names: _Names) -> str | None:
    """The organisation a sentence names: an ORG entity, else an acronym (`... du HCR à Ouagadougou`)."""
    hi = lo + len(segment)
    for e in names.overlapping(lo, hi):
        if e.label == "ORG" and lo <= e.start and e.end <= hi:
            return e.get("acronym") or e.text
    for m in _ACRONYM_IN_TEXT.finditer(segment):
        return m.group()
    return None


def _segments(text: str, lo: int, hi: int, items: list[_Item]) -> list[tuple[int, int]]:
    """Cut text[lo:hi] at separators (`, `, ` – `, `;`), never inside a phone or e-mail, nor inside
    short brackets (`Jean Dupont (anglais, français)`)."""
    cuts = [lo]
    # `items` are in text order, so the items starting before a separator's end are a growing prefix:
    # the separator is inside one of them when the furthest end of that prefix passes its start
    # (one pass, not a scan of every item for every separator of a long line); brackets likewise
    brackets = [m.span() for m in _SHORT_BRACKETS.finditer(text, lo, hi)]
    j = k = 0
    furthest = -1
    for m in _SEGMENT_SPLIT.finditer(text, lo, hi):
        while j < len(items) and items[j].start < m.end():
            furthest = max(furthest, items[j].end)
            j += 1
        while k < len(brackets) and brackets[k][1] <= m.start():
            k += 1
        if furthest > m.start() or (k < len(brackets) and brackets[k][0] < m.start()):
            continue
        cuts += [m.start(), m.end()]
    cuts.append(hi)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]


def _records_for_block(
    text: str, names: _Names, spans: list[tuple[int, int]], items: list[_Item], header_start: int | None
) -> list[_Record]:
    """Cut the lines of one contact block into records, one per person (or office)."""
    builder = _BlockReader(text, names)
    starts = [it.start for it in items]
    for lo, hi in spans:
        builder.read_line(lo, hi, items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])
    records = _unless_only_a_line(builder.records)
    _emails_to_their_office(records, text)
    for r in records:
        _person_or_org(r, text)
    line_start = text.rfind("\n", 0, spans[0][0]) + 1 if len(spans) == 1 else -1
    line_end = text.find("\n", spans[0][1]) if len(spans) == 1 else -1
    if len(spans) == 1 and _is_prose(text[line_start : line_end if line_end >= 0 else len(text)]):
        # a contact sentence: who its verb addresses (`joindre le Service de l’habitation au ...`), looked
        # for from the line's start (`tél.` ended the sentence for the reader of sentences)
        before = line_start
        for r in records:
            if r.items:
                _read_addressee(text, before, r.items[0].start, r)
                before = r.items[-1].end
    # under a header, a person without phone or e-mail is a contact (`Contact presse : Jean Dupont`),
    # unless the block's numbers came before: then it is the signature (`Le Ministre,` / `Pr Kossi Amégbo`)
    kept = []
    numbers_seen = False
    for r in records:
        last = kept[-1] if kept else None
        if (
            r.person and not r.has_items and last is not None and last.person is None
            and any(_mailbox_of(r.person, address.partition("@")[0]) for address in last.emails)
        ):
            # `Courriel : julie.martin@...` then `Julie Martin, chargée de communication`: the name
            # under the numbers is theirs (their mailbox says so), not a signature
            last.person, last.role = r.person, last.role or r.role
            last.extend(r.start, r.end)
            continue
        if r.has_items or (header_start is not None and r.person and not numbers_seen):
            kept.append(r)
        numbers_seen = numbers_seen or r.has_items
    if len(kept) == 1 and header_start is not None:
        kept[0].start = min(kept[0].start, header_start)
    for r in kept:
        r.under_header = header_start is not None
    return kept


def _emails_to_their_office(records: list[_Record], text: str) -> None:
    """An e-mail on the lines under an office's one-line entry (`Bruxelles (ARES) : +32 ...`) whose
    address names a place an entry above names and no word of that office's line (`bourses.kinshasa@...`
    under the Kinshasa address) is that entry's: the office line was an aside inside the block."""
    for i, r in enumerate(records):
        if not r.office_line or i == 0:
            continue
        line_end = text.find("\n", r.start)
        for it in [it for it in r.items if it.entity.label == "EMAIL" and line_end >= 0 and it.start > line_end]:
            address = it.entity["address"]
            if not address or it.entity["obfuscated"]:
                continue
            words = frozenset(w for w in _address_words(address) if place_country(w) is not None)
            if not words or words & _folded_words(text[r.start : line_end]):
                continue
            # (the few entries just above: a block of many offices stays linear)
            above = records[max(0, i - _ENTRIES_ABOVE) : i]
            owner = next((p for p in reversed(above) if _names_place_of(words, text[p.start : p.end])), None)
            if owner is None:
                continue
            r.items.remove(it)
            r.emails.remove(address)
            r.has_items = bool(r.items)
            r.end = max([line_end] + [x.end for x in r.items])
            owner.items.append(it)
            owner.emails.append(address)
            owner.has_items = True
            owner.extend(it.start, it.end)


_ADDRESS_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")


def _address_words(address: str) -> frozenset[str]:
    """The words of an address's mailbox and host, less its top-level domain (`bourses.kinshasa@diplobel.be`
    → bourses, kinshasa, diplobel): words of four letters or more, folded."""
    local, _, host = address.partition("@")
    return frozenset(w for w in _ADDRESS_SPLIT.split(fold(local + " " + host.rpartition(".")[0])) if len(w) >= 4)


def _folded_words(s: str) -> frozenset[str]:
    return frozenset(w for w in _ADDRESS_SPLIT.split(fold(s)) if len(w) >= 4)


_ENTRIES_ABOVE = 3


def _names_place_of(places: frozenset[str], entry: str) -> bool:
    """Whether the entry names one of an address's places with its capital (`Kinshasa/Gombe`)."""
    return any(len(w) >= 4 and w[0].isupper() and fold(w) in places for w in _ADDRESS_SPLIT.split(entry))


def _unless_only_a_line(records: list[_Record]) -> list[_Record]:
    """The records, those a name-like line opened under another entry's numbers given back to that
    entry when no office was named after the line (`Disponible du lundi au vendredi` then an e-mail is
    the same person's; `Relations avec les médias` then `Agriculture et Agroalimentaire Canada` is an office)."""
    out: list[_Record] = []
    for r in records:
        if r.opened_by_line and r.weak_org and r.person is None and out:
            last = out[-1]
            last.phones += r.phones
            last.faxes += r.faxes
            last.emails += r.emails
            last.items += r.items
            last.has_items = last.has_items or r.has_items
            last.extend(r.start, r.end)
            continue
        out.append(r)
    return out


# the one a contact sentence's verb addresses, right before the numbers: `Pour joindre l'IRRAO : tél.`,
# `Renseignements auprès du district sanitaire au 21 ...`, `s’adresser à la coordinatrice du projet, Mme ...`
_ADDRESSEE = regex.compile(
    r"(?<![\p{L}])(?:joindre|contacter|contactez|appeler|appelez|[ée]crire[ \t]+[àa]|[ée]crivez[ \t]+[àa]"
    r"|s['’][ \t]?adresser[ \t]+[àa]|adressez-vous[ \t]+[àa]|aupr[èe]s)"
    r"(?:[ \t]+(?:de|du|des))?[ \t]+(?P<np>(?:(?:le|la|les)[ \t]+|l['’][ \t]?|de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]?)?"
    r"(?![àa][ \t])\p{L}[^\n,:;()«»\"@\d]{1,80}?)[ \t]*(?=,|:|[ \t]+(?:au|aux|à|a|par|sur|via)[ \t]|$)",
    regex.IGNORECASE,
)
_LEADING_DE = regex.compile(r"^(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]?)", regex.IGNORECASE)
# a short contact sentence, verbless or a bare imperative, that sends the reader to someone (`Inscriptions auprès de
# Mme Laetitia Obame, ...`, `Contactez Mme ...`): too short to read as running text, its lead-in names no one
_LEAD_IN = regex.compile(
    r"[ \t]*(?:\p{L}[\p{L}'’\-]*[ \t]+){0,4}?"  # (`Inscriptions`, `Renseignements et inscriptions`)
    r"(?:aupr[èe]s|contactez|contacter|joindre|appelez|appeler|[ée]crivez|[ée]crire|adressez-vous|s['’][ \t]?adresser)"
    r"(?![\p{L}])",
    regex.IGNORECASE,
)


def _read_addressee(text: str, lo: int, hi: int, r: _Record) -> None:
    """The role or office a contact sentence addresses before a record's numbers (text[lo:hi]), when
    the record has none: `s’adresser à la coordinatrice du projet, Mme ...` (role), `joindre le
    Service de l’habitation au ...` (office), as written, without the article."""
    found = None
    for m in _ADDRESSEE.finditer(text, max(lo, hi - 300), hi):
        found = m
    if found is None:
        return
    gap = text[found.end() : hi]
    if len(gap) > 120 or _DIGIT.search(gap) or "@" in gap:
        return  # another number stands between: the verb addresses its owner, not this record's
    np = _LEADING_ARTICLE.sub("", _LEADING_DE.sub("", _SPACES.sub(" ", found.group("np")).strip()))
    if not np or len(np.split()) > 8:
        return
    if _is_role(np):
        r.role = r.role or np
    elif (_ORG_WORDS.search(np) or _ACRONYM.match(np)) and not _is_place(np):
        # the sentence's body is only a guess of whose numbers they are: the office the verb addresses wins,
        # the more when it names that body as its own (`joindre la cellule de crise de la CUD au ...`, not `CUD`)
        if r.organisation is None or regex.search(rf"(?<![\p{{L}}]){regex.escape(r.organisation)}(?![\p{{L}}])", np):
            r.organisation = np


class _BlockReader:
    """Reads a contact block piece by piece; a new person (or a new office after items) opens a record."""

    def __init__(self, text: str, names: _Names) -> None:
        self.names = names
        self.text = text
        self.named_org: str | None = None  # the organisation the last piece named, which the next may go on
        self.org_piece: str | None = None  # the organisation the last piece read named, on this line or above
        self.records: list[_Record] = []
        self.current: _Record | None = None
        self.block_org: str | None = None  # an organisation named before any person: shared
        self.person_on_line = False
        self.line_has_items = False
        self.line_lo = 0  # where the line being read starts
        self.line_hi = 0  # and where it ends
        self.address_on_line = False  # a piece of the line read so far is a street address
        self.address_line = False  # the line being read is an address (`Maison ..., Mont Fleuri, Victoria`)
        self.line_people: list[Entity] = []  # the model's PER entities on the line being read
        self.line_has_items = False
        self.role_piece = False  # the last piece read on this line was the person's role
        self.role_end = 0  # where that piece ended
        self.role_first: tuple[str, int] | None = None  # a role opening the line, for the person named after it
        self.named_after_items = False  # the last person was named on their line after its numbers or address

    def whole_above(self, r: _Record | None) -> bool:
        """Does `r` hold numbers or addresses, all on lines above this one (an entry this line does not go on)?"""
        return r is not None and r.has_items and all(it.start < self.line_lo for it in r.items)

    def new(self, at: int) -> _Record:
        self.current = _Record(at, at, organisation=self.block_org)
        self.records.append(self.current)
        return self.current

    def person(self, name: str, at: int) -> None:
        r = self.current
        self.named_after_items = False
        if r is not None and r.has_items and not self.person_on_line and self.line_has_items:
            r = self.after_items(r, at)
            self.named_after_items = True
        elif r is None or r.person or r.has_items:
            r = self.new(at)
        r.person = name
        r.person_named_by_model = any(e.label == "PER" for e in self.names.overlapping(at, at + len(name)))
        r.extend(at, at)
        self.person_on_line = True
        if self.role_first is not None:  # `Attachée de presse : Mme Awa Koné, ...`: the role named first is theirs
            r.role, start = self.role_first
            r.extend(start, at)
            self.role_first = None

    def after_items(self, r: _Record, at: int) -> _Record:
        """The record of a person named after their numbers on a line (`01 23 45 67 89 – Julie Martin`,
        `julie.martin@... (Julie Martin)`): a line is one entry, so the line's items are theirs."""
        mine = [it for it in r.items if it.start >= self.line_lo]
        if not mine or (r.person is None and len(mine) == len(r.items)):
            return r if mine else self.new(at)  # the record is this line's: the name completes it
        if r.person is None:
            return self.new(at)
        # the record above has its person: this line's items move to the one named here
        r.items = [it for it in r.items if it.start < self.line_lo]
        r.phones, r.faxes, r.emails = [], [], []
        kept, r.end = r.items, r.start
        r.items = []
        for it in kept:
            self.current = r
            self.item(it)
        r.end = max(r.end, self.line_lo - 1)
        new = self.new(mine[0].start)
        for it in mine:
            self.item(it)
        return new

    def organisation(self, org: str, at: int) -> bool:
        r = self.current
        if r is None:
            # named before any entry, an organisation is the whole block's; after a header inside the block
            # (`Relations presse : Agence Ivoire Com – ...`), only that entry's
            if not self.records:
                self.block_org = org
            r = self.new(at)
            r.organisation = org
        elif r.has_items and self.named_after_items and r.person and r.organisation is None:
            r.organisation = org  # `sowa@who.int – Aminata Sow, OMS, +221 ...`: the person named after their address, then her body
        elif r.has_items and r.person and _same_body(org, r.organisation) \
                and _ADDRESS.search(self.text, self.line_lo, self.line_hi) is not None:
            # `EASS – BP 1156 N’Djamena – Tchad` under `Hawa Abakar, ..., EASS Mongo` and her phone: the postal
            # address of the person's own body goes on their entry, it opens no other
            r.extend(at, at + len(org))
        elif r.has_items:
            r = self.new(at)
            r.organisation = org
        elif r.organisation is None or r.weak_org or (_is_department(r.organisation) and not _DEPARTMENT.match(org)) \
                or (r.organisation == self.block_org and r is not self.records[0] and r.start >= self.line_lo):
            # (an entry's own line naming its body beats the block's shared one: `Peter Brunner, chef de programme,
            # DDC, tél. ...` under the office `Communication DFAE`)
            # the institution wins over its department: `Service consulaire` then `Ambassade ...`; joined to it
            # by a dash or a slash on one line, both are the name as written (`Cellule communication – ANPN`)
            department = r.organisation if r.organisation and _is_department(r.organisation) else None
            r.organisation = (department and _dash_joined(self.text, self.line_lo, at + len(org), department, org)) or org
            r.weak_org = False
            if r.person is None and r is self.records[0]:
                self.block_org = org
        elif _DEPARTMENT.match(org) and (joined := _dash_joined(self.text, self.line_lo, at + len(org), r.organisation, org)):
            r.organisation = joined  # `ARS de Corse – service communication`: the institution and its department, as written
        else:
            return False  # a department line under an institution (`Service de presse`)
        return True

    def item(self, it: _Item) -> None:
        r = self.current if self.current is not None else self.new(it.start)
        if self.block_org is not None and r.person is None and r.organisation == self.block_org and not r.has_items \
                and r.start >= self.line_lo:
            # `Cabinet du président : 41 01 02 – fax : ...`: an office named on the line of its own numbers is that
            # entry, not the organisation of the people listed under it
            self.block_org = None
        e = it.entity
        if e.label == "PHONE":
            r.phones.append(e["e164"])  # every number is a phone entry (a fax is a PHONE of kind fax)
            if e["kind"] == "fax":
                r.faxes.append(e["e164"])
        elif e["address"] and not e["obfuscated"]:  # a contact lists addresses as written
            r.emails.append(e["address"])
        r.has_items = True
        r.items.append(it)
        r.extend(it.start, it.end)

    def read_line(self, lo: int, hi: int, items: list[_Item]) -> None:
        text = self.text
        self.person_on_line = False
        self.address_on_line = False
        self.named_org = None
        self.role_piece = False
        self.line_people = [e for e in self.names.overlapping(lo, hi) if e.label == "PER"]
        self.line_has_items = bool(items)
        self.line_lo = lo
        self.line_hi = hi
        self.role_first = None
        self.named_after_items = False
        header = _HEADER.match(text, lo, hi)
        if header is not None:
            if self.current is not None and self.current.has_items:
                self.current = None  # `Renseignements : ...` inside a block: a header opens another contact
                self.block_org = None  # (with its own organisation)
            rest = header.start("rest")
            if text[rest:hi].strip(" \t:") and header.group("name") is None:
                # its words label what follows, they name no one: `Contact à Paris : Tél. ...` is the
                # office in Paris (`Service de presse de la Présidence :` is read whole, an office)
                lo = rest + len(text[rest:hi]) - len(text[rest:hi].lstrip(" \t"))
        segments = _segments(text, lo, hi, items)
        if items and len(segments) > 1 and self.office(*segments[0], segments[1][0], items):
            segments = segments[1:]
        # `Maison Quéau de Quinssy, Mont Fleuri, Victoria`: a piece, then two places or more cut by commas
        # (a locality, the town) make an address line, whose name-shaped first piece is a building (a person
        # is followed by their street: `Sophie Lindqvist-Ba, 12 rue de Lausanne, 1201 Genève`)
        nxt_end = text.find("\n", hi + 1)
        self.address_line = (
            not items and len(segments) >= 3
            and all("," in text[b:c] for (_, b), (c, _) in zip(segments, segments[1:]))
            and all(_is_place(text[a:b].strip(" \t.,;")) for a, b in segments[1:])
        ) or (
            # `Communication DFAE` ⏎ `Bundeshaus West` ⏎ `CH-3003 Berne`: under an office named with no one, the line
            # right over the postcode and town is the address's building or street, not a person
            not items and len(segments) == 1 and self.current is not None and self.current.person is None
            and self.current.organisation is not None and not self.current.has_items
            and _POSTCODE_LINE.fullmatch(text, hi + 1, nxt_end if nxt_end >= 0 else len(text)) is not None
        )
        starts = [it.start for it in items]  # in text order: a segment's items are found by bisect
        for k, (s0, s1) in enumerate(segments):
            seg_items = items[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s1)]
            seg = text[s0:s1]
            if k and not seg_items and k + 1 < len(segments) and items and items[0].start < s0 \
                    and self.office(s0, s1, segments[k + 1][0], items):
                # `... +230 5 123 4567 ; Seychelles : +248 ...`: after numbers, a place's office opens another entry
                continue
            # the words of the piece, not the digit groups of its numbers
            n_words = len(seg.split()) - sum(len(text[it.start : it.end].split()) for it in seg_items)
            # a long role is no sentence: `porte-parole de la ministre de la Coopération au développement`
            prose = n_words > 16 or (
                n_words > 8 and not _is_role(seg.strip(" \t-•*–—:")) and _classify(seg, s0, self.names) != "org"
            )
            if prose:
                # running text around a phone or e-mail: keep its organisation, not the sentence
                org = _prose_org(seg, s0, self.names)
                if org and (self.current is None or self.current.has_items):
                    self.new(s0)
                if self.current is not None and org and self.current.organisation is None:
                    self.current.organisation = org
            if seg_items:
                self.read_items(s0, seg_items, s1)
                continue
            if not prose and _LEAD_IN.match(seg) and self.person_at_end(seg, s0):
                continue  # the one the lead-in sends the reader to, as the model names them
            if not prose:
                self.read_piece(seg, s0)
            else:
                self.person_at_end(seg, s0)
        if self.role_first is not None:  # no one named after it on the line: the entry above, as a role after a name
            r = self.current
            if r is not None and r.person and not r.role:
                r.role = self.role_first[0]
            self.role_first = None

    def person_at_end(self, seg: str, s0: int) -> bool:
        """The person a piece of running text ends on, as the model names them (`Les journalistes
        peuvent contacter Awa Traoré`, then `, chargée de communication, au +223 ...`)."""
        r = self.current
        if r is not None and r.person and not r.has_items:
            return False
        tail = s0 + len(seg.rstrip(" \t,;:.–-"))
        for e in self.line_people:
            if s0 <= e.start and e.end == tail and _NAME_IN_TEXT.search(e.text) and not _ADDRESS.search(e.text):
                self.person(_clean_name(e.text), e.start)
                assert self.current is not None
                self.current.extend(e.start, e.end)
                return True
        return False

    def names_a_building(self, seg: str, s0: int) -> bool:
        """Whether a piece that is no sentence is followed on its line by a street address or a box
        (`Sphère ministérielle Ousmane Tanor Dieng, 1er arrondissement, BP 4050 Dakar`): the address's first
        piece, whose name is the building's or the street's namesake, not a person to contact (`Les
        journalistes peuvent contacter Awa Traoré, ...` is a sentence: she is)."""
        return (
            _ADDRESS.search(self.text, s0 + len(seg), self.line_hi) is not None
            and _CLAUSE_VERB.search(seg) is None and _ADDRESSEE.search(seg) is None
        )

    def office(self, s0: int, s1: int, next_start: int, items: list[_Item]) -> bool:
        """A line that opens with a place-named office (`Liban (Beyrouth) : +961 ...`) is a contact of its own."""
        label = self.text[s0:s1]
        if ":" not in self.text[s1:next_start] or any(s0 <= it.start < s1 for it in items):
            return False
        if not (place_regions(label) or _is_place(_PLACE_PREPOSITION.sub("", label.strip()))):
            return False
        if _classify(label, s0, self.names) in ("label", "person", "role"):
            return False
        r = self.current
        if r is None or r.has_items or r.person:
            r = self.new(s0)
        name = _org_name(_PLACE_PREPOSITION.sub("", label.strip()))
        r.organisation = None if _is_place(name) else name  # a bare place names no organisation
        r.weak_org = _classify(label, s0, self.names) != "org"
        r.office_line = True
        r.extend(s0, s1)
        return True

    def read_items(self, s0: int, seg_items: list[_Item], s1: int) -> None:
        """Phones and e-mails, and the names between them: `Claire Martin (c@m.org, +33 ...) ou Paul Durand (...)`,
        or in brackets after them: `julie.martin@... (Julie Martin)`."""
        self.org_piece = None
        prev_end = s0
        r = self.current
        if self.role_first is not None and not self.person_on_line and self.whole_above(r):
            # `VMGD duty officer – +678 24686 ext. 204` under a whole entry: a post that opens its line with its
            # own numbers is an entry of its own (a person named after the numbers still gets it)
            role, at = self.role_first
            self.role_first = None
            r = self.new(at)
            r.extend(at, at + len(role))
            acronym, _, rest = role.partition(" ")
            if rest and _ACRONYM.match(acronym):
                r.organisation, role = acronym, rest  # `VMGD duty officer`: the body, then the post
            r.role = role
        for it in seg_items:
            gap = self.text[prev_end : it.start]
            found = _name_before(gap, prev_end, self.names)
            if found is not None:
                name, start, end = found
                self.person(name, start)
                paren = _PAREN.search(self.text, end, it.start)
                if paren and _classify(paren.group(1), paren.start(1), self.names) == "org":
                    self.organisation(_org_name(paren.group(1)), paren.start(1))  # `Jean Dupont (OIM Genève) +41 ...`
            elif prev_end == s0 and gap.strip() and len(gap.split()) <= 8:
                cleaned = _without_labels(gap)
                if _classify(cleaned, prev_end, self.names) == "org":
                    self.organisation(_org_name(cleaned), prev_end)
                elif _CLAUSE_VERB.search(cleaned) and (org := _prose_org(gap, prev_end, self.names)):
                    self.organisation(org, prev_end)  # `L'OIM est joignable au ...`: the body the clause names
            self.item(it)
            prev_end = it.end
        after = _NAME_IN_BRACKETS.match(self.text, prev_end, s1)
        if after and not self.person_on_line and _classify(after.group("name"), after.start("name"), self.names) == "person":
            self.person(_clean_name(after.group("name")), after.start("name"))

    def read_piece(self, seg: str, s0: int) -> None:
        """A piece of a contact line with no phone or e-mail: a person, an office, a role, or nothing."""
        paren = _NAME_AND_PAREN.match(seg)
        if paren and _classify(paren.group("head"), s0 + paren.start("head"), self.names) == "person":
            # `Jean Dupont (porte-parole) : ...`: the name, then what the brackets say of them
            self.read_piece(paren.group("head"), s0 + paren.start("head"))
            inner = paren.group("inner")
            if _is_role(inner) or _classify(inner, s0 + paren.start("inner"), self.names) == "org":
                self.read_piece(inner, s0 + paren.start("inner"))  # not `(anglais, français)`
            return
        kind = _classify(seg, s0, self.names)
        stripped = seg.strip(" \t-•*–—:.,")
        r = self.current
        named_org, self.named_org = self.named_org, None
        org_piece, self.org_piece = self.org_piece, None
        role_piece, self.role_piece = self.role_piece, False
        if named_org is not None and r is not None and r.organisation == named_org and _NAME_GOES_ON.match(stripped):
            # `Ministère de l'Immigration, de la Francisation et de l'Intégration`: the comma was inside the name
            r.organisation = self.named_org = f"{named_org}, {_SPACES.sub(' ', stripped)}"
            r.extend(s0, s0 + len(seg.rstrip(" \t,;:-–")))
            return
        if kind == "role" and (r is None or r.person is None) and _ends_as_org(stripped) and not _titles_someone(stripped):
            kind = "org"  # `Communication DFAE` with no one named: the office (but `Président du CPM` is a title)
        named_here = any(e.start < s0 + len(seg) and s0 < e.end for e in self.line_people)
        if kind == "person" and self.line_people and not named_here:
            kind = "org"  # `Terres Vives : Julien Marchetti, ...`: the model names the line's person elsewhere
        if (
            kind == "person" and r is not None and r.person_named_by_model and not r.has_items
            and r.organisation is None and not any(e.label == "PER" for e in self.names.overlapping(s0, s0 + len(seg)))
        ):
            kind = "org"  # `Camille Lefort` (PER) then `Terres Solidaires`: the model names one person, not two
        if kind == "person" and self.person_on_line and r is not None and not r.has_items and r.organisation is None:
            kind = "org"  # `Julien Marchetti, Terres Solidaires, +33 ...`: a name, then an organisation
        if kind == "person" and (self.address_on_line or (self.address_line and not named_here)):
            kind = "other"  # `Boulevard Martin Luther King, Corniche Ouest`: an address goes on, no one starts
        if kind == "org" and self.address_on_line and self.names.place_at(stripped, s0, s0 + len(seg)) \
                and not any(e.label == "ORG" for e in self.names.overlapping(s0, s0 + len(seg))):
            kind = "other"  # `51, rue Lamarre, Pétion-Ville`: after the street, a place is the address's town, no body
        if _ADDRESS.search(stripped):
            self.address_on_line = True
        if kind == "label" and _SWITCHBOARD.fullmatch(stripped) and self.line_has_items and self.whole_above(r) and r.person:
            # `Standard : +216 71 555 800` under a person's whole entry: the office's switchboard, not hers
            self.new(s0)
            return
        if (
            kind == "org" and r is not None and r.person is None and not r.has_items and org_piece == r.organisation
            and _named_like_person(org_piece) and not _DEPARTMENT.match(stripped) and not _named_like_person(stripped)
        ):
            # `Prudence Mukamana` (which the model may call ORG) then `Rwanda Biomedical Centre`: a name,
            # then the organisation it works for; not `Médecins du Monde` then `Service de presse`
            r.person, r.organisation = _clean_name(org_piece), _org_name(stripped)
            if self.block_org == org_piece:
                self.block_org = None
        elif kind == "person":
            self.person(_clean_name(stripped), s0)
        elif kind == "place" and self.line_has_items and not self.person_on_line:
            # `A N'Djamena, Ibrahima Diane, ...`: the office's city opens the line's entry, names no one
            if r is None or r.person or r.has_items:
                self.new(s0)
        elif kind == "org":
            self.role_first = None  # `Relations presse : Agence Ivoire Com – Name`: it labelled the office
            if not self.organisation(_org_name(stripped), s0):
                return
            self.named_org = self.org_piece = self.current.organisation if self.current is not None else None
        elif kind == "role" and (r is None or r.has_items) and not self.text[self.line_lo : s0].strip(" \t-•*–—:"):
            # a role opening a line when no entry is open (`Chargé de communication, M. Serge Bamba`): kept for
            # the person named after it on the line
            self.role_first = (_tidy_role(stripped), s0)
            return
        elif kind == "role" and r is not None and r.person and not r.role:
            r.role = _tidy_role(stripped)
            self.role_piece, self.role_end = True, self.text.find(stripped, s0) + len(stripped)
        elif kind == "role" and r is not None and r.person and role_piece and not r.has_items:
            # `conseiller d'État, chef du Département des finances`, `chargée de presse / Press officer`:
            # a second role goes on the first, joined as written
            at = self.text.find(stripped, s0)
            r.role = f"{r.role}{_SPACES.sub(' ', self.text[self.role_end : at])}{_SPACES.sub(' ', stripped)}"
            self.role_piece, self.role_end = True, at + len(stripped)
        elif kind == "role" and r is not None and not r.person and not r.has_items and org_piece == r.organisation \
                and _named_like_person(org_piece):
            # `MARIE DUPONT` then `Chargée de communication`: a role is a person's, so the name-shaped
            # piece just above it, read as an organisation for its capitals, was the person
            r.person, r.organisation, r.role = _clean_name(org_piece), None, _tidy_role(stripped)
            if self.block_org == org_piece:
                self.block_org = None
        elif kind == "other" and not self.line_has_items and r is not None and r.has_items and (r.person or r.organisation) \
                and _names_something(stripped):
            # `Relations avec les médias` on a line of its own under a whole entry's numbers: the next
            # entry begins (an office, named here or on the line that follows)
            r = self.new(s0)
            r.organisation, r.weak_org, r.opened_by_line = _org_name(stripped), True, True
        elif kind == "other" and r is not None and r.weak_org and r.person is None and not r.has_items \
                and not self.line_has_items and _names_something(stripped):
            r.organisation, r.weak_org = _org_name(stripped), False  # `Agriculture et Agroalimentaire Canada`
        elif kind == "other" and self.line_has_items and (r is None or (r.organisation is None and not r.has_items)) \
                and not self.address_on_line and _names_something(stripped) and not _LABEL_COLON.match(self.text, s0 + len(seg)):
            # `Mahamat Abakar, Eau pour Tous, +235 ...`: on a line of numbers, a capitalised piece that
            # is no person, role, address, place or label (`Permanence : 06 ...`) is who answers them
            r = r if r is not None else self.new(s0)
            r.organisation = _org_name(stripped)
            # `Inscriptions et demandes d’interviews : Mme X, ..., OCHA, au ...`: a piece before a colon
            # labels the line; an organisation named after it takes its place
            r.weak_org = _COLON_AFTER.match(self.text, s0 + len(seg)) is not None
        elif kind == "other" and self.line_has_items and self.whole_above(r) and r.person and not self.text[self.line_lo : s0].strip(" \t-•*–—") \
                and not self.address_on_line and _names_something(stripped) and not _LABEL_COLON.match(self.text, s0 + len(seg)):
            # `Salle de presse de l’OPLRT – 0911 ... – presse@...` under a person's whole entry: a named line with its
            # own numbers is the next entry, an office, not more numbers of the person above
            r = self.new(s0)
            r.organisation = _org_name(stripped)
        else:
            if kind == "other" and not self.names_a_building(seg, s0):
                self.person_at_end(seg, s0)
            return
        assert self.current is not None
        self.current.extend(s0, s0 + len(seg.rstrip(" \t,;:-–")))


def _without_labels(gap: str) -> str:
    """The words before a number less their phone labels (`Bureau de presse Tél./Fax :` → `Bureau de presse`):
    those before a colon or ending the words, taken off until none is left, so that a label word inside
    a name stays (`Unité mobile de soins au`)."""
    while True:
        cleaned = _GAP_LABEL.sub(" ", gap)
        if cleaned == gap:
            return cleaned
        gap = cleaned


def _name_before(gap: str, offset: int, names: _Names) -> tuple[str, int, int] | None:
    """A person named right before a phone or e-mail (`Marie Dupont : `, `contactez Paul Durand au `,
    `Jean Dupont (OIM Genève) `): the name, and where it starts and ends in the text."""
    if not gap.strip():
        return None
    for m in reversed(list(_NAME_IN_TEXT.finditer(gap))):
        if len(gap) - m.end() > 30 or "." in gap[m.end() :].replace("Tél.", "").replace("Tel.", ""):
            return None
        if _classify(m.group("name"), offset + m.start("name"), names) == "person":
            return _clean_name(m.group("name")), offset + m.start(), offset + m.end()
    return None


def _person_or_org(r: _Record, text: str) -> None:
    """A "person" whose name is the e-mail domain, or who has a street address, is an organisation;
    an "organisation" named like a person whose mailbox is made of that name (`MARIE DUPONT`,
    `marie.dupont@...`; `Claire Fontaine`, a town too, `c.fontaine@...`) is a person."""
    if r.person is None and r.organisation and _NAME.match(r.organisation) and not _ORG_WORDS.search(r.organisation):
        words = [fold(w) for w in r.organisation.split()]
        # every word in the mailbox, or a mailbox made of the name (`DUPONT Jean`, `jdupont@...`;
        # but not `DDT de la Drôme`, `ddt-fondsvert@...`)
        if len(words) >= 2 and not place_regions(r.organisation) and any(
            all(w in local for w in words) or _mailbox_of(r.organisation, local)
            for local in (address.partition("@")[0] for address in r.emails)
        ):
            r.person, r.organisation = r.organisation, None
        return
    if r.person is None or (r.organisation is not None and not _is_department(r.organisation)):
        return
    compact = _letters(r.person)
    surname = _letters(r.person.split()[-1])
    if any(len(surname) > 2 and surname in _letters(address.partition("@")[0]) for address in r.emails):
        return  # `jane.roe@...`, `lindqvist-ba@...`: a person's own mailbox
    for address in r.emails:
        local, _, domain = address.partition("@")
        if compact and compact in _NOT_ALNUM.sub("", domain):
            # (after a department: `Service communication – Téranga Airways`, the name as written)
            department = r.organisation
            r.organisation = (department and _dash_joined(text, r.start, r.end, department, r.person)) or r.person
            r.person = None
            return
    if r.organisation is None and not r.role and _ADDRESS.search(_without(text, r.start, r.end, [(it.start, it.end) for it in r.items])):
        r.organisation, r.person = r.person, None


_DASH_GAP = regex.compile(r"[ \t]*[–—\-/|][ \t]*")
_JOINED = regex.compile(r"[ \t][–—\-/|][ \t]")


def _is_department(name: str) -> bool:
    """A unit inside an institution not named with it (`Service de presse`, not `Service communication –
    Téranga Airways`, whose institution no later line replaces)."""
    return _DEPARTMENT.match(name) is not None and _JOINED.search(name) is None


def _same_body(org: str, entry_org: str | None) -> bool:
    """Whether `org` names the entry's organisation, whole or as the first words of its office label.

    >>> _same_body("EASS", "EASS Mongo"), _same_body("OIM", "OIM"), _same_body("PAM", "OIM Genève")
    (True, True, False)
    """
    return entry_org is not None and (entry_org == org or entry_org.startswith(org + " "))


def _dash_joined(text: str, lo: int, hi: int, first: str, second: str) -> str | None:
    """`first – second` as text[lo:hi] writes it, when a dash (or a slash) alone joins them there (`Service
    communication – Téranga Airways`, `Direction de la Communication / MSPP`), else None.

    >>> _dash_joined("Contact\\nCellule communication – ANPN", 0, 36, "Cellule communication", "ANPN")
    'Cellule communication – ANPN'
    """
    i = text.find(first, lo, hi)
    if i < 0:
        return None
    j = text.find(second, i + len(first), hi)
    if j < 0 or not _DASH_GAP.fullmatch(text, i + len(first), j):
        return None
    return text[i : j + len(second)]


def _mailbox_of(name: str, local: str) -> bool:
    """Whether a mailbox is made the way mailboxes are made of a person's name: one word of it
    whole, and the rest the other words or their initials (`a.toure`, `aminata.toure`, `toure.a`,
    `atoure`, `jp.kouame` for `Jean-Pierre Kouamé`).

    >>> _mailbox_of("AMINATA TOURÉ", "a.toure"), _mailbox_of("Claire Fontaine", "presse")
    (True, False)
    """
    box = _letters(local)
    words = [w for w in (_letters(t) for t in _NAME_SPLIT.split(name)) if w]
    for i, word in enumerate(words):
        if len(word) < 3 or word not in box:
            continue
        others = words[:i] + words[i + 1 :]
        rest = box.replace(word, "", 1)
        if rest in {"", "".join(others), "".join(w[0] for w in others)} | {w for w in others} | {w[0] for w in others}:
            return True
    return False


_NOT_ALNUM = regex.compile(r"[^a-z0-9]")
_NAME_SPLIT = regex.compile(r"[\s\-’']+")


def _letters(s: str) -> str:
    """Letters and digits only, folded: `Lindqvist-Ba` and `lindqvist-ba` are both `lindqvistba`."""
    return _NOT_ALNUM.sub("", fold(s))


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans blanked: the digits of a phone are no postcode
    (`+1 212 963 4475 Ext. 214` is not `4475 Ext`, a town)."""
    chars = list(text[start:end])
    for a, b in spans:
        chars[max(a, start) - start : max(min(b, end), start) - start] = " " * max(0, min(b, end) - max(a, start))
    return "".join(chars)


# the word that joins a second person to the first on one line (`..., et Marc-André Leblanc, ...`)
_JOINING_WORD = regex.compile(r"^(?:et|ou|and|or)[ \t]+(?=\p{Lu})")


def _clean_name(segment: str) -> str:
    s = _PHONE_LABEL.sub(" ", segment) if _DIGIT.search(segment) else segment
    s = s.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]  # `julie.martin@... (Julie Martin)`
    s = _TRAILING_LABEL.sub("", s.strip(" \t-•*–—:.,"))  # `Marc Petit Tél. : +33 ...`
    s = _JOINING_WORD.sub("", s.strip(" \t-•*–—:.,"))  # `..., et Marc-André Leblanc, agent ...`: the second of two
    m = _NAME.match(s)
    name = m.group("name") if m else _SPACES.sub(" ", s)
    words = name.split(" ")
    while len(words) > 2 and _ROLE_START.fullmatch(words[-1]):
        words.pop()  # `Julie Martin Chargée` (de communication): a lost separator, the role begins
    return " ".join(words)


def _body_role(
    text: str, name: str, block_spans: list[tuple[int, int]], block_starts: list[int]
) -> tuple[int, int, str] | None:
    """Where and how the body introduces `name` with an apposition: `Andy Bruce, chef de mission de l'OIM`.

    `block_spans` (sorted) are the contact blocks, where the name is not introduced but listed;
    `block_starts` their starts (made once for all names). Returns (start, end, role): the span runs
    over the name and its role.
    """
    pos = 0
    for _ in range(_MAX_MENTIONS):
        i = text.find(name, pos)
        if i < 0:
            return None
        pos = i + len(name)
        k = bisect.bisect_right(block_starts, i) - 1
        if k >= 0 and i < block_spans[k][1]:
            continue
        for pattern in (_BODY_ROLE_AFTER, _BODY_ROLE_PAREN):
            m = pattern.match(text, pos, min(len(text), pos + 260))
            if m:
                return i, m.start("role") + len(m.group("role").rstrip()), _tidy_role(m.group("role"))
        m = _BODY_ROLE_BEFORE.search(text, max(0, i - 160), i)
        if m:
            return m.start(), pos, _tidy_role(m.group("role"))
    return None


def _tidy_role(role: str) -> str:
    role = _HOURS_AFTER.sub("", _SPACES.sub(" ", role)).strip(" ,;")
    return _LEADING_ARTICLE.sub("", role)


def find_contacts(doc: Document) -> Document:
    """Annotate PHONE, EMAIL and CONTACT entities (the text is not changed).

    >>> text = "Pour plus d'informations, veuillez contacter:\\nAndy Bruce\\nOIM Hanoi\\nTél. : +84.4. 736 6258 Ext. 106"
    >>> doc = find_contacts(Document.from_text(text))
    >>> [(e.label, e.text) for e in doc.entities]  # doctest: +NORMALIZE_WHITESPACE
    [('CONTACT', "Pour plus d'informations, veuillez contacter:\\nAndy Bruce\\nOIM Hanoi\\nTél. : +84.4. 736 6258 Ext. 106"),
     ('PHONE', '+84.4. 736 6258 Ext. 106')]
    >>> phone = doc.entities_of("PHONE")[0]
    >>> phone["e164"], phone["extension"], phone["valid"]
    ('+8447366258', '106', False)
    >>> contact = doc.entities_of("CONTACT")[0]
    >>> contact["person"], contact["organisation"], contact["phones"]
    ('Andy Bruce', 'OIM Hanoi', ('+8447366258',))
    """
    items, records, block_spans = _read(doc)
    # a repeated office is no second contact, but its lines stay a contact block (no figures from its postcode)
    contacts = _contact_entities(doc.text, _without_repeats(records), block_spans, _Names(doc.entities))
    new = [it.entity for it in items] + contacts
    return replace(doc, entities=tuple(sorted(doc.entities + tuple(new), key=lambda e: (e.start, -e.end))))


def contact_lines(text: str, positions: Sequence[int]) -> list[bool]:
    """Whether the line of each position gives contact details: a contact header opens it or one of the short
    lines just above it, or it holds an e-mail address (`find_figures` reads no figure in the digits of a
    number cut short there).

    >>> contact_lines("Il y a 300 réfugiés.\\nContact presse :\\nJean Roux\\n04 72 12", [7, 48])
    [False, True]
    """
    lines = _LineIndex(text, [m.start() for m in _email_matches(text)])
    return [lines.contact_line(p) for p in positions]


def contact_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of `doc.text` that hold phones, e-mails and contact records, in text order.

    `find_figures` reads no figure there: the numbers of a contact block are not the article's.

    >>> contact_spans(Document.from_text("Il y a 300 réfugiés.\\nContact : 08 BP 2030 Abidjan, Tél. : 01 45 63 19 00"))
    [(21, 72), (58, 72)]
    """
    items, records, _ = _read(doc)
    return sorted([(r.start, r.end) for r in records] + [(it.start, it.end) for it in items])


_PageContacts = tuple[list[_Item], list[_Record], list[tuple[int, int]]]
_last_read: tuple[tuple, _PageContacts] | None = None


def _read(doc: Document) -> _PageContacts:
    """The phones, e-mails and contact records of `doc`, and its contact blocks' spans.

    The default pipeline asks twice for the same page: `find_figures` for the spans to skip, then
    `find_contacts`, with only FIGURE entities added in between. The last page read is kept, keyed
    on all that the reading depends on, so the second ask costs nothing (records are not changed
    by their readers).
    """
    global _last_read
    key = (doc.text, doc.original, doc.site, doc.language, doc.dateline.place if doc.dateline else None,
           tuple(e for e in doc.entities if e.label in ("PER", "ORG")))
    last = _last_read
    if last is not None and last[0] == key:
        return last[1]
    items = _items(doc)
    records, block_spans = _records(doc, items)
    _last_read = (key, (items, records, block_spans))
    return items, records, block_spans


def _items(doc: Document) -> list[_Item]:
    """The PHONE and EMAIL entities of `doc.text`, in text order (not an address's template)."""
    text = doc.text
    emails = find_emails(text)
    items = []
    for p in find_phones(doc, skip=[(e.start, e.end) for e in emails]):
        attrs = {"e164": p.e164, "extension": p.extension, "kind": p.kind, "valid": p.valid, "region": p.region}
        items.append(_Item(p.start, p.end, Entity("PHONE", p.start, p.end, text[p.start : p.end], STAGE, attrs)))
    for m in emails:
        if m.address is not None and is_address_template(m.address):
            continue
        attrs = {"address": m.address, "hidden": m.hidden, "obfuscated": m.obfuscated}
        items.append(_Item(m.start, m.end, Entity("EMAIL", m.start, m.end, text[m.start : m.end], STAGE, attrs)))
    return sorted(items, key=lambda it: it.start)


def _records(doc: Document, items: list[_Item]) -> tuple[list[_Record], list[tuple[int, int]]]:
    """Contact records from header blocks and from clusters of phones and e-mails, and the blocks' spans."""
    text = doc.text
    names = _Names(doc.entities)
    lines = _lines(text)
    starts = [lo for lo, _ in lines]
    item_starts = [it.start for it in items]
    line_of: dict[int, list[_Item]] = {}
    for it in items:
        line_of.setdefault(bisect.bisect_right(starts, it.start) - 1, []).append(it)
    used_lines: set[int] = set()
    blocks: list[tuple[list[tuple[int, int]], int | None]] = []

    for n, (lo, hi) in enumerate(lines):
        if n in used_lines:
            continue
        header = _HEADER.match(text, lo, hi)
        if header is None or (hi - lo > 300 and n not in line_of):
            continue
        rest_start = header.start("rest")
        lead = _HEADER_LEAD.match(text, rest_start, hi)
        content_start = lead.end() if lead else rest_start
        if header.group("name") is not None and _NAME_GOES_ON_AFTER_HEADER.match(text, rest_start, hi):
            # `Attachée de presse du ministre`, `Service de presse du ministère de la Santé`: the office or
            # role the header names goes on with its complement; the line is read whole, a role or an office
            content_start = lo
        spans = [(content_start, hi)] if content_start < hi else []
        used_lines.add(n)
        above: list[tuple[int, int]] = []
        for k in range(n - 1, max(-1, n - 3), -1):
            klo, khi = lines[k]
            line = text[klo:khi]
            if k in used_lines or not line.strip() or _is_prose(line) or _classify(line, klo, names) not in ("org", "person"):
                break
            above.insert(0, (klo, khi))
            used_lines.add(k)
        bare = header.group("name") is None and not text[rest_start:hi].strip(" \t:")  # `Contact :` alone on its line
        if len(above) == 1 and n >= 2 and (
            _signature_above(text, lines, n - 2, n, line_of[n][0].start if n in line_of else hi, names)
            or (bare and _is_signature(text, lines, n - 2, names))
        ):
            # (the signer's name, taken above; the title was not): a signature closes the release, and a bare label
            # under it opens the contact block, whose person or office follows the label
            used_lines.discard(n - 1)
            above = []
        if above and not text[rest_start:hi].strip(" \t:") and _ROLE_START.match(text[lo:hi].strip()):
            spans = [(lo, hi)]  # `Camille Tremblay` then `Attachée de presse`: the header is her role
        spans = above + spans
        block_start = above[0][0] if above else lo
        blank = 0
        last_useful = n
        for k in range(n + 1, min(len(lines), n + 30)):
            klo, khi = lines[k]
            line = text[klo:khi]
            if not line.strip():
                blank += 1
                if blank > 1:
                    break
                continue
            if _is_prose(line) and k not in line_of:
                break
            if _HEADER.match(text, klo, khi) and k not in line_of and k > last_useful + 1:
                break
            blank = 0
            spans.append((klo, khi))
            used_lines.add(k)
            last_useful = k
        blocks.append((spans, block_start))

    # items outside header blocks: clusters of neighbouring lines, with the name lines just above
    pending = sorted(k for k in line_of if k not in used_lines)
    sentence_ends: _SentenceEnds | None = None  # built on first use
    i = 0
    while i < len(pending):
        group = [pending[i]]
        while i + 1 < len(pending) and pending[i + 1] - group[-1] <= 2:
            i += 1
            group.append(pending[i])
        i += 1
        first, last = group[0], group[-1]
        if _is_prose(text[lines[first][0] : lines[first][1]]):
            # a phone or e-mail in running text: its sentence is one contact (each sentence its own),
            # and short lines right under it belong to the last one
            if sentence_ends is None:
                sentence_ends = _SentenceEnds(text, starts)
            for n in group:
                if _is_prose(text[lines[n][0] : lines[n][1]]):
                    for sentence in dict.fromkeys(sentence_ends.around(it.start) for it in line_of[n]):
                        blocks.append(([sentence], None))
                else:
                    blocks[-1][0].append(lines[n])
            used_lines.update(group)
            continue
        k = first - 1
        above = 0
        while k >= 0 and above < 4 and k not in used_lines:
            line = text[lines[k][0] : lines[k][1]]
            if not line.strip() or _is_prose(line):
                break
            if line.rstrip().endswith(":") and _classify(line, lines[k][0], names) in ("other", "place"):
                # `Accréditations souhaitées avant le 28 novembre :` introduces the lines below and names no
                # one; it and what is above are the article's (its date is a figure, a word the model calls
                # ORG in it, `Accréditation avant le vendredi 5 décembre à 12 h :`, no contact's organisation)
                break
            k -= 1
            above += 1
        if _signature_above(text, lines, k + 1, first, line_of[first][0].start, names):
            k = first - 1
        span_lines = [n for n in range(k + 1, last + 1) if n not in used_lines]
        used_lines.update(span_lines)
        blocks.append(([lines[n] for n in span_lines], None))

    block_spans = sorted((s[0][0], s[-1][1]) for s, _ in blocks if s)
    records = []
    for spans, header_start in blocks:
        if spans:
            lo, hi = spans[0][0], spans[-1][1]
            block_items = items[bisect.bisect_left(item_starts, lo) : bisect.bisect_left(item_starts, hi)]
            records += _records_for_block(text, names, spans, block_items, header_start)
    _give_full_names(text, records, names)
    return records, block_spans


_SIGNER_TITLE = regex.compile(r"(?:Le|La|L['’])[ \t]?\p{Lu}")  # `Le Premier Président`: a title as a signature writes it


def _signature_above(text: str, lines: list[tuple[int, int]], top: int, first: int, item_start: int, names: _Names) -> bool:
    """Whether the lines from `top` to the numbers' line `first` are a signature, a title with its article then
    a name (`Le Premier Président` / `Jane Roe`), above a line whose numbers an office names first (`Cellule de
    communication : Tél. ...`): the numbers are the office's, the signer is no contact (a contact's role
    follows the name, without article).

    >>> text = "Le Directeur général\\nJane Roe\\nService de presse : Tél. +221 33 800 00 00"
    >>> _signature_above(text, _lines(text), 0, 2, text.index("+"), _Names([]))
    True
    """
    if first - top != 2:
        return False
    office = _without_labels(text[lines[first][0] : item_start]).strip(" \t:–—-")
    return _is_signature(text, lines, top, names) and bool(office) and _classify(office, lines[first][0], names) == "org"


def _is_signature(text: str, lines: list[tuple[int, int]], top: int, names: _Names) -> bool:
    """Whether line `top` is a title with its article and the next line a name (`Le Directeur général` / `Jane Roe`):
    how a release is signed (a contact's role follows the name, without article)."""
    (tlo, thi), (nlo, nhi) = lines[top], lines[top + 1]
    title = text[tlo:thi].strip(" \t,")
    return (
        _SIGNER_TITLE.match(title) is not None and _classify(title, tlo, names) == "role"
        and _classify(text[nlo:nhi], nlo, names) == "person"
    )


def _without_repeats(records: list[_Record]) -> list[_Record]:
    """The records, less an office's that only repeats numbers another record gives (a footer line
    `Chancellerie – Rue ... – Tél. 032 889 40 03` under the article's `Renseignements : Chancellerie
    d'État, 032 889 40 03, ...`), and a person's that repeats the numbers another record of that person
    gives (the English version's `MEDIA CONTACT: Name, ...` under the French `MÉDIAS : Name, ...`): one
    contact per person or office.

    >>> a = _Record(0, 10, organisation="Chancellerie", phones=["+41328894003"], emails=["c@ne.ch"], has_items=True)
    >>> b = _Record(20, 30, organisation="Chancellerie", phones=["+41328894003"], has_items=True)
    >>> [r.start for r in _without_repeats([a, b])]
    [0]
    >>> c = _Record(0, 10, person="Marc Roy", phones=["+15064441234"], has_items=True)
    >>> d = _Record(20, 30, person="Marc Roy", phones=["+15064441234"], has_items=True)
    >>> e = _Record(40, 50, person="Anne Roy", phones=["+15064441234"], has_items=True)
    >>> [r.start for r in _without_repeats([c, d, e])]
    [0, 40]
    """
    if len(records) < 2:
        return records
    owners: dict[str, list[int]] = {}  # number or address -> the records that give it
    for i, r in enumerate(records):
        for key in dict.fromkeys(r.phones + r.emails):
            owners.setdefault(key, []).append(i)
    held = [set(r.phones + r.emails) for r in records]
    kept = []
    for i, r in enumerate(records):
        keys = held[i]
        if keys:
            # another record holding every one of them (the first of two equal ones stays), looked for
            # among the first owners of its rarest key (a page of thousands of copies stays linear);
            # for a person, a record of the same person
            rarest = min(keys, key=lambda k: len(owners[k]))
            others = [
                j for j in owners[rarest][:_MAX_REPEAT_CHECKS] if j != i and keys <= held[j]
                and (r.person is None or (records[j].person is not None and fold(records[j].person) == fold(r.person)))
            ]
            if any((records[j].start, j) < (r.start, i) or len(held[j]) > len(keys) for j in others):
                continue  # (the first in the text: header blocks are read before loose lines)
        kept.append(r)
    return kept


_MAX_REPEAT_CHECKS = 20


_TITLED_SURNAME = regex.compile(rf"^{_TITLE}[ \t]+(?P<surname>{_NAME_TOKEN})$")
_TITLED_NAME_IN_TEXT = regex.compile(
    rf"(?<![\p{{L}}]){_TITLE}[ \t]+(?P<name>{_NAME_TOKEN}(?:{_NAME_GAP}{_NAME_TOKEN}){{1,3}})(?![\p{{L}}])"
)
_LEADING_TITLE = regex.compile(rf"^{_TITLE}[ \t]+")
_INITIAL = regex.compile(r"\p{Lu}\.(?:-\p{Lu}\.)?")


def _give_full_names(text: str, records: list[_Record], names: _Names) -> None:
    """A contact named by a title and a surname (`le Dr Mabiala est joignable au ...`, `Mme Diallo`)
    is the person the page named in full (`le Dr Arsène Mabiala, directeur ...`): the one full name,
    among the model's PER entities and the titled names of the text, that ends on that surname. Two
    people of that surname, or none (initials alone, `A. Mabiala`, are no full name), leave the name
    as written.

    >>> r = _Record(44, 80, person="Dr Mabiala")
    >>> _give_full_names("Le Dr Arsène Mabiala a présenté la riposte. Contact : Dr Mabiala, 06 612 34 56", [r], _Names(()))
    >>> r.person
    'Arsène Mabiala'
    """
    titled = [(r, fold(m.group("surname"))) for r in records if r.person and (m := _TITLED_SURNAME.match(r.person))]
    if not titled:
        return
    # every full name of the page, once, by its folded surname (one pass over the text for all contacts)
    by_surname: dict[str, dict[str, str]] = {}
    candidates = [e.text for e in names.entities if e.label == "PER"]
    candidates += [c.group("name") for c in _TITLED_NAME_IN_TEXT.finditer(text)]
    for name in candidates:
        name = _SPACES.sub(" ", _LEADING_TITLE.sub("", name.strip()))
        words = name.split(" ")
        if len(words) < 2 or all(_INITIAL.fullmatch(w) for w in words[:-1]):
            continue
        by_surname.setdefault(fold(words[-1]), {}).setdefault(fold(name), name)
    for r, surname in titled:
        found = by_surname.get(surname, {})
        if len(found) == 1:
            r.person = next(iter(found.values()))


def _contact_entities(
    text: str, records: list[_Record], block_spans: list[tuple[int, int]], names: _Names
) -> list[Entity]:
    """CONTACT entities for the records, and ROLE entities for the people the body introduces."""
    # the body's appositions: kept apart from the block's own `role` (what the contact block says)
    people = [r.person for r in records if r.person] + [e.text for e in names.entities if e.label == "PER"]
    introduced = {}
    block_starts = [s for s, _ in block_spans]
    for name in list(dict.fromkeys(people))[:_MAX_PEOPLE]:
        found = _body_role(text, name, block_spans, block_starts)
        if found is not None:
            introduced[name] = found
    out = [
        Entity(
            "CONTACT", r.start, r.end, text[r.start : r.end], STAGE,
            {
                "person": r.person, "role": r.role, "organisation": r.organisation,
                "phones": list(dict.fromkeys(r.phones)), "faxes": list(dict.fromkeys(r.faxes)),
                "emails": list(dict.fromkeys(r.emails)),
                "body_role": introduced[r.person][2] if r.person in introduced else None,
            },
        )
        for r in records
        if not _public_line(r, text)
    ]
    out += [
        Entity("ROLE", start, end, text[start:end], STAGE, {"person": name, "role": role})
        for name, (start, end, role) in introduced.items()
    ]
    return out


def _public_line(r: _Record, text: str) -> bool:
    """A record that is only freephone numbers, no one and no office named, under no contact header (`au
    numéro vert 0 800 84 12 30`, `la ligne Info-travaux au 1 866 412-7788`): a service the release offers
    the public, not a contact (`Contact presse : 0 800 ...` offers it to the press). A number the text
    names a service's (`au numéro vert 80 00 11 22`) is one whatever its plan says of it (an old one)."""
    if r.person or r.organisation or r.emails or not r.phones or r.under_header:
        return False
    named = {
        item.entity.get("e164") for item in r.items
        if item.entity.label == "PHONE"
        and _SERVICE_NUMBER.search(text, max(0, item.start - 60), item.start) is not None
    }
    for e164 in r.phones:
        if e164 in named:
            continue
        number = _parse(e164, None)
        if number is None or phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.TOLL_FREE:
            return False
    return True


_FULL_STOP = regex.compile(r"\. ")


class _SentenceEnds:
    """Where sentences end (`. ` and line breaks), indexed once: a text with thousands of phones in
    running text must not be searched from each of them back and forth over the whole page."""

    def __init__(self, text: str, line_starts: list[int]) -> None:
        self.length = len(text)
        self.stops = [m.start() for m in _FULL_STOP.finditer(text)]
        self.newlines = [s - 1 for s in line_starts[1:]]

    def around(self, pos: int) -> tuple[int, int]:
        """The sentence holding `pos`, for a phone or e-mail given in running text: it starts after
        the last `. ` or line break before `pos`, and ends at the first one from `pos` on."""
        k = bisect.bisect_right(self.stops, pos - 2) - 1  # a `. ` wholly before pos
        n = bisect.bisect_left(self.newlines, pos) - 1
        lo = max(self.stops[k] + 2 if k >= 0 else 0, self.newlines[n] + 1 if n >= 0 else 0)
        k = bisect.bisect_left(self.stops, pos)
        n = bisect.bisect_left(self.newlines, pos)
        ends = [self.stops[k]] if k < len(self.stops) else []
        ends += [self.newlines[n]] if n < len(self.newlines) else []
        return lo, min(ends) if ends else self.length
