"""h440-h455: written blind in session 27, scored blind with session 28's starting and ending code, moved into dev in session 29.

The writer read only corpora/README.md (its gold format, conventions, every "Added with ..." paragraph, the site table
and the defect tags), corpora/_build/build.py, corpora/check_gold.py, two page sources as examples of the API
(pages_dev_ag.py, pages_dev_ah.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/; pressclean was never run on
these pages. h440-h444 come from one made-up press room, the Agence tunisienne du sang et des tissus (ATST) in Tunis,
Tunisia, sharing its header (a cookie banner on h440 only, skip line, an optional banner on h441 and h442, an
Arabic/French/English line, site name and slogan, a menu with doubled `Donner son sang` and `Espace presse`, search
line, breadcrumb whose rubric changes and that ends with the page's own (cut) title on h443, a type/date line or
`Mis à jour le` on h443) and its bottom (share line, printed at the top too on h444; a blood-stock widget whose values
change, moved to the top of h442 and absent on h443; a related block titled `Communiqués récents` or `À lire aussi`;
the freephone line that h442 prints in its body; an SMS line absent on h442; footer with street address, postcode,
switchboard and fax; copyright line): an eleven-month review, a press invitation, an urgent appeal to donors, an
interview and a bilingual French/English release. h445-h455 come from eleven other sites, one page each: a
francophone cultural centre in Yellowknife, Northwest Territories, Canada (h445, no defect and no boilerplate), a
Tahitian TV channel's midday news page (h446, listing), a Seychelles coral-reef foundation's English release under
French chrome (h447), the UNAIDS office in Burundi (h448), a Lille NGO's post on Togo scraped as WordPress block
source (h449), a scanned and OCR'd communiqué of the town of Maradi, Niger (h450), the French embassy in Vanuatu
(h451), a Brussels news site reprinting a Belga dispatch (h452), a Great Lakes regional community's draft communiqué
in an online word-processor viewer with its review comments (h453, Gisenyi, Rwanda), a browser print view of a
Moroccan ministry's release (h454) and a film festival's press conference posted on a video platform (h455,
Ouagadougou). Real bodies (OMS, BEI, Union européenne, Institut Pasteur de Tunis, AFD, ONUSIDA, Fonds mondial, CNLS,
the Burundian, Moroccan and Tunisian ministries, the French embassy in Vanuatu, Belga, Liege Airport, CEPGL, FESPACO,
Patrimoine canadien and others) carry invented news; every other body, every person, host, mailbox and number is made
up.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;", "â": "&acirc;"}
NUM = {"’": "&#8217;", "–": "&#8211;", "\u00a0": "&#160;", "é": "&#233;", "è": "&#232;", "à": "&#224;",
       "«": "&#171;", "»": "&#187;"}


def ent(clean: str, chars: str, table=None) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    t = table or ENT
    return "".join(f"[[{t[c]}||{c}]]" if c in chars else c for c in clean)


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word or phrase shown as mojibake in the raw text."""
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


VOW = "aeiouyéèêàâîôûAEIOUYÉ"


def pdflines(marked: str, width: int, seed: str, lig: bool = False, hyphen: bool = True) -> str:
    """Raw lines of a printed paragraph wrapped at about `width` columns, long words hyphenated at a
    vowel-consonant-vowel boundary when their head fits."""
    raw = side(marked, 0)
    rng = random.Random(seed)
    lines, cur = [], ""
    target = width - rng.randint(0, 4)
    for w in raw.split(" "):
        if "\n" in w:  # a forced break (⏎ in the markup): the head ends the line
            head, w = w.split("\n", 1)
            lines.append(f"{cur} {head}" if cur else head)
            cur = w
            target = width - rng.randint(0, 4)
            continue
        if not cur or len(cur) + 1 + len(w) <= target:
            cur = f"{cur} {w}" if cur else w
            continue
        cut = 0
        if hyphen and len(w) >= 7 and not any(c.isdigit() for c in w):
            for i in range(len(w) - 4, 2, -1):
                if (w[i - 2:i + 2].isalpha() and w[i - 1] in VOW and w[i] not in VOW and w[i + 1] in VOW
                        and len(cur) + 1 + i + 1 <= target):
                    cut = i
                    break
        if cut:
            lines.append(f"{cur} {w[:cut]}-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
        target = width - rng.randint(0, 4)
    lines.append(cur)
    out = "\n".join(lines)
    if lig:
        out = out.replace("fi", "\ufb01").replace("fl", "\ufb02")
    return out


# =========================================================================== ATST, Agence tunisienne du sang et des tissus (Tunis)
AT_SITE = "www.atst-sang.example.tn"
AT_COOKIE = ("Ce site utilise des cookies pour améliorer votre expérience et mesurer l’audience. Accepter | Refuser | "
             "Personnaliser")
AT_SHARE = "Partager : Facebook · X · LinkedIn · WhatsApp · Imprimer"
AT_FREE = "Numéro vert du don de sang : 80 100 200 (appel gratuit depuis un poste fixe)"


def at_top(rubric, typeline, banner=None, cookie=False, widget=None, crumb=None, share=False):
    lines = [AT_COOKIE] if cookie else []
    lines.append("Aller au contenu | Plan du site | Accessibilité")
    if banner:
        lines.append(banner)
    if widget:
        lines.append(widget)
    lines += ["العربية | Français | English",
              "ATST – Agence tunisienne du sang et des tissus",
              "Donner son sang, c’est offrir la vie",
              "Accueil",
              "L’Agence",
              "Donner son sang",
              "Donner son sang",
              "Où donner ?",
              "Professionnels de santé",
              "Espace presse",
              "Espace presse",
              "Contact",
              "Rechercher un centre de collecte…",
              f"Accueil › Espace presse › {rubric}" + (f" › {crumb}" if crumb else ""),
              typeline]
    if share:
        lines.append(AT_SHARE)
    return "\n".join(lines)


def at_bottom(widget, related, head="Communiqués récents", sms=True):
    lines = [AT_SHARE]
    if widget:
        lines.append(widget)
    lines.append(head)
    lines += [f"› {h} ({d})" for h, d in related]
    lines.append(AT_FREE)
    if sms:
        lines.append("Alertes collecte par SMS : envoyez DON au 85 222")
    lines += ["ATST – 12, rue Djebel Lakhdar, 1006 Tunis – Tél. : +216 71 560 300 – Fax : +216 71 560 301",
              "© 2025 ATST – Mentions légales – Accessibilité – Données personnelles"]
    return "\n".join(lines)


def at_widget(stamp, o_pos, o_neg, a_pos, b_pos, ab_pos):
    return (f"Niveau des réserves ({stamp}) : O+ ● {o_pos} jours · O− ● {o_neg} jours · A+ ● {a_pos} jours · "
            f"B+ ● {b_pos} jours · AB+ ● {ab_pos} jours")


def at_meta(defects, sms=True, widget=True, language="fr"):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"]
    if widget:
        base.append("ticker")
    if sms:
        base.append("newsletter-chrome")
    return {"site": AT_SITE, "style": "blood-agency-pressroom", "language": language, "defects": base + defects}


AT_NOTE = ("Site furniture shared by h440-h444 (a cookie banner on h440 only; skip line; an optional banner "
           "(accreditations on h441, the stock alert on h442); Arabic/French/English line; site name 'ATST – Agence "
           "tunisienne du sang et des tissus' and slogan; a vertical menu with doubled 'Donner son sang' and 'Espace "
           "presse'; search line; breadcrumb 'Accueil › Espace presse › rubric' (Communiqués, Invitations presse, "
           "Avis et alertes, Entretiens) that ends on h443 with the page's own title cut by '…'; a 'type | Publié le "
           "dd/mm/yyyy' line or 'Mis à jour le dd/mm/yyyy à hh:mm' (h443); at the bottom a share line (printed at the "
           "top too on h444), a 'Niveau des réserves (dd/mm à h) : O+ ● n jours · ...' widget whose values change "
           "(moved to the top of the page under the banner on h442, absent on h443; tag 'ticker', its days, blood "
           "groups and stamp neither figures nor durations), a related block 'Communiqués récents' (h444: 'À lire "
           "aussi') with '› headline (dd/mm/yyyy)' lines, the freephone line 'Numéro vert du don de sang : 80 100 200 "
           "(...)' (printed word for word in h442's body, where it is article text), an SMS line with the short "
           "code 85 222 (absent on h442; tag 'newsletter-chrome'), footer with street number, the 1006 postcode, "
           "switchboard and fax, copyright line): all boilerplate, and the long form in the site name does not "
           "count as the article spelling it out (h104-h119 per-page rule). The ATST, its people and numbers are "
           "made up (a blood agency of a real kind). Tunisian numbers have eight digits (Tunis landlines 71 ..., "
           "mobiles 2x/5x/9x, freephone 80 ...). Tunisian dinars (TND) are written with three decimals for the "
           "millimes: '48,750 dinars' is 48.75 dinars (see the notes of this set). Blood groups ('O+', 'O−', "
           "'groupe O négatif') are names, not figures.")

AT_REL = {
    "h440": ("Don de sang : 186 400 poches collectées en onze mois, un record pour l’ATST", "01/12/2025"),
    "h441": ("Invitation presse : Journée nationale du don de sang, samedi 13 décembre à la Cité de la culture",
             "02/12/2025"),
    "h442": ("Appel urgent aux donneurs : les réserves de groupe O tombées à moins de trois jours", "03/12/2025"),
    "h443": ("« Le plasma, c’est l’autre don qui sauve » : trois questions à la Dr Samia Ben Romdhane", "04/12/2025"),
    "old1": ("Hémovigilance : le rapport annuel 2024 est en ligne", "21/11/2025"),
    "old2": ("Greffes de cornée : 312 patients opérés depuis janvier", "14/11/2025"),
    "old3": ("Collecte mobile : le camion de l’ATST à Bizerte du 24 au 28 novembre", "20/11/2025"),
}

# --------------------------------------------------------------------------- h440 eleven-month review: cookie banner, two glued subheadings, a cp1252 quote, key-figure rows with millimes
PAGES.append(Page(
    name="h440-atst-bilan-dons-de-sang-onze-mois",
    meta=at_meta(["cookie-banner", "heading-glued", "mojibake-cp1252"]),
    blocks=[
        B(at_top("Communiqués", "Communiqué | Publié le 01/12/2025", cookie=True)),
        P("Don de sang : 186 400 poches collectées en onze mois, un record pour l’ATST"),
        P("Tunis, le 1er décembre 2025 – L’Agence tunisienne du sang et des tissus (ATST) a collecté 186 400 poches "
          "de sang entre janvier et novembre 2025, soit 9,2 % de plus qu’à la même période de 2024, a annoncé lundi "
          "sa directrice générale, la Dr Samia Ben Romdhane. Le pays compte désormais 16,8 dons pour 1 000 "
          "habitants, encore loin des 25 dons pour 1 000 habitants recommandés par l’Organisation mondiale de la "
          "santé (OMS)."),
        P("Les jeunes au rendez-vous"),
        P("Près d’un donneur sur trois avait moins de 30 ans. Les collectes organisées dans 41 universités et 212 "
          "lycées ont rapporté à elles seules 38 650 poches. Les donneurs réguliers, qui donnent au moins deux fois "
          "par an, représentent désormais 27 % du total, contre 19 % en 2022.", glue=True),
        P("« Chaque poche peut sauver jusqu’à trois vies. Mais nos réserves restent fragiles en fin d’année : il nous "
          "faut 750 dons par jour pour couvrir les besoins des hôpitaux », a rappelé la directrice générale.",
          moji="cp1252"),
        P("Un nouveau centre régional à Sfax"),
        P("L’Agence ouvrira en mars 2026 un centre régional de transfusion à Sfax, d’une capacité de 60 000 poches "
          "par an, pour un coût de 14,6 millions de dinars financé par la Banque européenne d’investissement (BEI). "
          "Deux camions de collecte supplémentaires desserviront les gouvernorats de Kasserine et de Sidi Bouzid, "
          "où l’on compte moins de 9 dons pour 1 000 habitants.", glue=True),
        P("Chiffres clés (janvier–novembre 2025)"),
        L("""Poches collectées : 186 400
Donneurs de moins de 30 ans : 31 %
Collectes mobiles : 1 284
Coût moyen d’une poche : 48,750 dinars"""),
        L("Contact presse : Hatem Jaziri, chargé de communication, ATST – Tél. : +216 71 560 318 – Mobile : +216 98 "
          "412 760 – presse@atst-sang.example.tn"),
        B(at_bottom(at_widget("01/12 à 8 h", 4, 2, 6, 7, 11), [AT_REL["old1"], AT_REL["old3"], AT_REL["old2"]])),
    ],
    gold=dict(
        title="Don de sang : 186 400 poches collectées en onze mois, un record pour l’ATST",
        dateline=dl("Tunis", "2025-12-01"),
        organisations=[org("Agence tunisienne du sang et des tissus", "ATST"),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Banque européenne d’investissement", "BEI")],
        places=[place("Tunis"), place("Sfax"), place("Kasserine"), place("Sidi Bouzid")],
        figures=[
            fig("186 400 poches", 186400, "poches"),
            fig("onze mois", 11, "mois", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("novembre 2025", 2025, None, "year"),
            fig("9,2 %", 9.2, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("16,8 dons", 16.8, "dons"),
            fig("25 dons", 25, "dons"),
            fig("1 000 habitants", 1000, "habitants"),
            fig("Près d’un donneur sur trois", 0.3333, None, "other", qualifier="Près d’"),
            fig("moins de 30 ans", 30, "ans", "age", qualifier="moins de"),
            fig("41 universités", 41, "universités"),
            fig("212 lycées", 212, "lycées"),
            fig("38 650 poches", 38650, "poches"),
            fig("au moins deux fois", 2, "fois", qualifier="au moins"),
            fig("27 %", 27, "%", "percent"),
            fig("19 %", 19, "%", "percent"),
            fig("en 2022", 2022, None, "year"),
            fig("jusqu’à trois vies", 3, "vies", qualifier="jusqu’à"),
            fig("750 dons", 750, "dons"),
            fig("mars 2026", 2026, None, "year"),
            fig("60 000 poches", 60000, "poches"),
            fig("14,6 millions de dinars", 14600000, "dinars", "money", currency="TND"),
            fig("Deux camions", 2, "camions"),
            fig("moins de 9 dons", 9, "dons", qualifier="moins de"),
            fig("186 400", 186400, None),
            fig("31 %", 31, "%", "percent"),
            fig("1 284", 1284, None),
            fig("48,750 dinars", 48.75, "dinars", "money", currency="TND"),
        ],
        phones=[phone("+21671560318"), phone("+21698412760")],
        emails=["presse@atst-sang.example.tn"],
        contacts=[contact("Hatem Jaziri", "chargé de communication", "ATST", ["+21671560318", "+21698412760"],
                          ["presse@atst-sang.example.tn"])],
        notes=AT_NOTE + " The cookie banner opens this page only (the first page of the visit). Both subheadings are "
              "glued to the paragraph after them ('rendez-vousPrès', 'SfaxL’Agence'): split. The quote paragraph is "
              "UTF-8 read as cp1252 ('Â«', 'jusquâ€™Ã\xa0'), decoded. Rates: '16,8 dons pour 1 000 habitants' gives "
              "'16,8 dons' and '1 000 habitants' (the writer had the rate's base as no figure; seven older pages, h22, "
              "h30, h76, h89, h149, h175 and h176, count it, and so does this one since session 29), '25 dons', 'moins de 9 dons'. 'la même période de 2024' gives '2024' (h232). 'qui donnent au "
              "moins deux fois par an': a count with unit 'fois' and its qualifier (h184-h199 'more than ... times'), "
              "'par an' out. The heading 'Chiffres clés (janvier–novembre 2025)' repeats the text 'novembre 2025' "
              "(listed once; 'janvier' alone is no figure). Key-figure rows with unit null ('186 400', '1 284'), "
              "another text than '186 400 poches'; the row '48,750 dinars' carries its currency noun: a Tunisian "
              "amount with millimes, value 48.75. 'la Dr' stays out of names; the director is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h441 press invitation: banner, title printed twice, HTML debris, programme, accreditation block with a hidden e-mail
H441_TITLE = ("Invitation presse : Journée nationale du don de sang, samedi 13 décembre à la Cité de la culture")
H441_P2 = ("Pendant toute la journée, 24 unités mobiles collecteront le sang dans les 24 gouvernorats du pays. "
           "L’objectif est de recueillir plus de 5\u00a0000 poches en une seule journée, contre 3\u00a0870 lors de "
           "l’édition 2024, et d’inscrire 1\u00a0500 nouveaux donneurs de plasma.")
PAGES.append(Page(
    name="h441-atst-invitation-journee-nationale-don",
    meta=at_meta(["duplicate-title", "html-debris", "hidden-email"]),
    blocks=[
        B(at_top("Invitations presse", "Invitation presse | Publié le 02/12/2025",
                 banner="Médias : accréditations ouvertes jusqu’au mardi 9 décembre à 12 h pour la Journée nationale "
                        "du don de sang.")),
        P(H441_TITLE),
        B(H441_TITLE),
        P("[[<p>||]]" + ent("La directrice générale de l’Agence tunisienne du sang et des tissus (ATST) et la "
                            "présidente de l’Association tunisienne des donneurs bénévoles de sang (ATDBS) ont le "
                            "plaisir d’inviter les représentants des médias à la 3e édition de la Journée nationale "
                            "du don de sang, le samedi 13 décembre 2025 à 9 h, à la Cité de la culture de Tunis, en "
                            "présence de la ministre de la Santé.", "’") + "[[</p>||]]"),
        P("[[<p>||]]" + ent(H441_P2, "’\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]Les donneurs âgés de 18 à 65 ans et pesant au moins 50 kg pourront se présenter sans rendez-vous "
          "de 8 h à 18 h. Un certificat de don et une collation seront offerts à chacun.[[</p>||]]"),
        P("[[<p><strong>||]]Programme[[</strong></p>||]]"),
        L("""9 h : accueil de la presse et des invités dans le hall principal[[<br />||]]
9 h 30 : allocutions de la ministre de la Santé et de la directrice générale de l’ATST[[<br />||]]
10 h 15 : visite d’une unité mobile et rencontre avec des donneurs réguliers[[<br />||]]
11 h : remise de distinctions aux 12 donneurs qui ont dépassé 100 dons"""),
        L("""[[<p><strong>||]]Accréditations[[</strong><br />||]]
Les journalistes sont priés de s’accréditer avant le mardi 9 décembre à 12 h auprès de :[[<br />||]]
Hatem Jaziri, chargé de communication, ATST – +216 71 560 318 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="2f5f5d4a5c5c4a6f4e5b5c5b025c4e4148">||]][email protected][[</a><br />||]]
Rim Gharbi, responsable des relations publiques, ATDBS – +216 22 614 903 – [[<a href="mailto:Rim.Gharbi@atdbs.example.tn">||]]Rim.Gharbi@atdbs.example.tn[[</a></p>||]]"""),
        B(at_bottom(at_widget("02/12 à 8 h", 3, 2, 6, 7, 10), [AT_REL["h440"], AT_REL["old1"], AT_REL["old3"]])),
    ],
    gold=dict(
        title=H441_TITLE,
        dateline=None,
        organisations=[org("Agence tunisienne du sang et des tissus", "ATST"),
                       org("Association tunisienne des donneurs bénévoles de sang", "ATDBS")],
        places=[place("Tunis")],
        figures=[
            fig("samedi 13 décembre", "--12-13", None, "date"),
            fig("3e", 3, None, "ordinal"),
            fig("le samedi 13 décembre 2025 à 9 h", "2025-12-13", None, "date"),
            fig("24 unités", 24, "unités"),
            fig("24 gouvernorats", 24, "gouvernorats"),
            fig("plus de 5\u00a0000 poches", 5000, "poches", qualifier="plus de"),
            fig("3\u00a0870", 3870, None),
            fig("1\u00a0500 nouveaux donneurs", 1500, "donneurs"),
            fig("18", 18, None, "age"),
            fig("65 ans", 65, "ans", "age"),
            fig("au moins 50 kg", 50, "kg", "other", qualifier="au moins"),
            fig("12 donneurs", 12, "donneurs"),
            fig("100 dons", 100, "dons"),
            fig("le mardi 9 décembre à 12 h", "--12-09", None, "date"),
        ],
        phones=[phone("+21671560318"), phone("+21622614903")],
        emails=["rim.gharbi@atdbs.example.tn"],
        hidden_emails=1,
        contacts=[contact("Hatem Jaziri", "chargé de communication", "ATST", ["+21671560318"], []),
                  contact("Rim Gharbi", "responsable des relations publiques", "ATDBS", ["+21622614903"],
                          ["rim.gharbi@atdbs.example.tn"])],
        notes=AT_NOTE + " A banner on this page (the accreditation deadline; chrome although the body repeats it). "
              "The title is printed twice (second copy boilerplate). The body is the CMS's raw HTML ('<p>', "
              "'<strong>', '<br />', '&rsquo;', '&nbsp;' inside numbers, kept as U+00A0 in the clean text and in the "
              "figure texts) and the first accreditation address sits behind the CDN e-mail-protection link (anchor "
              "removed, '[email protected]' counted); the second address is a mailto anchor written with capitals "
              "(anchor removed, listed in lower case, h417). An invitation: no dateline. The title's 'samedi 13 décembre' (no year) and the "
              "body's 'le samedi 13 décembre 2025 à 9 h' are two date texts; 'la 3e édition' an ordinal, bare (README, settled in session 27; "
              "the writer had the noun as the unit); 'lors de l’édition 2024' an edition's year, no figure (h245); 'contre 3\u00a0870' a count "
              "without noun; 'âgés de 18 à 65 ans' gives '18' (age, unit null) and '65 ans'; 'au moins 50 kg' a "
              "measure; 'de 8 h à 18 h' and the programme's clock times are no figures, the programme's '12 "
              "donneurs' and '100 dons' are. 'en une seule journée' no figure. The ministry stands only in the "
              "minister's role (not listed); 'la Cité de la culture de Tunis' a venue, its city a place.",
    ),
))

# --------------------------------------------------------------------------- h442 urgent appeal: stock banner, widget at the top, unaccented capital title, ’ and œ dropped, list of centres, the freephone line in the body, office line with Tél./Fax, no SMS line
H442 = dict(apos="drop", oe="drop")
PAGES.append(Page(
    name="h442-atst-appel-urgent-reserves-groupe-o",
    meta=at_meta(["unaccented-capitals", "lost-apostrophe", "lost-oe"], sms=False),
    blocks=[
        B(at_top("Avis et alertes", "Alerte | Publié le 03/12/2025",
                 banner="ALERTE RÉSERVES : stock de groupe O− inférieur à trois jours – donnez dès aujourd’hui",
                 widget=at_widget("03/12 à 8 h", 3, 2, 5, 6, 10))),
        P("[[APPEL URGENT AUX DONNEURS : LES RESERVES DE GROUPE O TOMBEES A MOINS DE TROIS JOURS||APPEL URGENT AUX "
          "DONNEURS : LES RÉSERVES DE GROUPE O TOMBÉES À MOINS DE TROIS JOURS]]"),
        P("L’Agence tunisienne du sang et des tissus lance un appel urgent aux donneurs de tous groupes, et en "
          "particulier aux donneurs de groupe O. Les réserves de groupe O négatif ne couvrent plus que deux jours de "
          "besoins des hôpitaux, et celles de groupe O positif trois jours, alors que le seuil de sécurité est fixé "
          "à sept jours.", **H442),
        P("Cette baisse s’explique par le recul des collectes pendant les vacances universitaires et par une hausse "
          "de 14 % des besoins liés aux accidents de la route depuis le début de l’automne. Les centres de Tunis, de "
          "Sousse et de Sfax prolongent leurs horaires jusqu’au dimanche 7 décembre inclus :", **H442),
        L("""Centre national de Tunis (Bab Saadoun) : de 7 h 30 à 19 h, samedi et dimanche compris
Centre régional de Sousse : de 8 h à 18 h
Centre régional de Sfax : de 8 h à 17 h"""),
        P("Le don dure une dizaine de minutes. Peuvent donner les personnes de 18 à 65 ans en bonne santé ; un homme "
          "peut donner son sang jusqu’à quatre fois par an, une femme trois fois. Au cœur de l’appel : les 48 000 "
          "donneurs réguliers inscrits au fichier de l’Agence, qui recevront un SMS d’ici vendredi.", **H442),
        P("Pour connaître le centre ou la collecte mobile la plus proche, les donneurs peuvent appeler le numéro "
          "vert :"),
        L(AT_FREE),
        L("Direction de la collecte – Tél. : +216 71 560 340 – Fax : +216 71 560 341 – collecte@atst-sang.example.tn"),
        B(at_bottom(None, [AT_REL["h441"], AT_REL["h440"], AT_REL["old1"]], sms=False)),
    ],
    gold=dict(
        title="APPEL URGENT AUX DONNEURS : LES RÉSERVES DE GROUPE O TOMBÉES À MOINS DE TROIS JOURS",
        dateline=None,
        organisations=[org("Agence tunisienne du sang et des tissus")],
        places=[place("Tunis"), place("Sousse"), place("Sfax"), place("Bab Saadoun")],
        figures=[
            fig("MOINS DE TROIS JOURS", 3, "JOURS", "duration", qualifier="MOINS DE"),
            fig("deux jours", 2, "jours", "duration"),
            fig("trois jours", 3, "jours", "duration"),
            fig("sept jours", 7, "jours", "duration"),
            fig("14 %", 14, "%", "percent"),
            fig("dimanche 7 décembre", "--12-07", None, "date"),
            fig("une dizaine de minutes", 10, "minutes", "duration"),
            fig("18", 18, None, "age"),
            fig("65 ans", 65, "ans", "age"),
            fig("jusqu’à quatre fois", 4, "fois", qualifier="jusqu’à"),
            fig("trois fois", 3, "fois"),
            fig("48 000 donneurs", 48000, "donneurs"),
        ],
        phones=[phone("+21680100200"), phone("+21671560340"), phone("+21671560341", "fax")],
        emails=["collecte@atst-sang.example.tn"],
        contacts=[contact(None, None, "Direction de la collecte", ["+21671560340", "+21671560341"],
                          ["collecte@atst-sang.example.tn"])],
        notes=AT_NOTE + " This page shows the stock banner and, under it at the top of the page, the stock widget "
              "(moved from the bottom: still furniture); no SMS line. The title is in capitals without accents "
              "('RESERVES', 'TOMBEES A'): accents come back. Every ’ and œ of the body is dropped ('Lagence', "
              "'sexplique', 'Au c ur de lappel'): restored; the office line and the chrome keep theirs. A notice: "
              "no dateline. 'O négatif', 'O positif' are blood groups (names). 'MOINS DE TROIS JOURS' a duration "
              "with its capital qualifier; 'deux jours de besoins', 'trois jours', 'sept jours' durations; 'jusqu’au "
              "dimanche 7 décembre inclus' the date without 'jusqu’au' and without year; the opening hours are clock "
              "times (no figures); 'une dizaine de minutes' an approximate duration (10, no qualifier, as 'une "
              "trentaine'); 'jusqu’à quatre fois par an' and 'trois fois' counts with unit 'fois'; 'd’ici vendredi' "
              "no figure. The body prints the site's freephone line word for word: there it is article text and "
              "its full eight-digit number a phone offered to the public (no contact, README h40-h55), while the "
              "footer's copy stays boilerplate. The office line is one contact (person null) with phone and fax. "
              "The agency is written out in the body (long form; the acronym stands only in the chrome). 'Bab "
              "Saadoun' (the district of the Tunis centre) a place; the centres are venues.",
    ),
))

# --------------------------------------------------------------------------- h443 interview: breadcrumb ending with the cut title, 'Mis à jour le', no widget, a question glued to its answer, ASCII-case damage, straight quotes in a « » page
H443_TITLE = "« Le plasma, c’est l’autre don qui sauve » : trois questions à la Dr Samia Ben Romdhane"
PAGES.append(Page(
    name="h443-atst-entretien-plasma-directrice-generale",
    meta=at_meta(["body-glued", "case-damage", "mixed-quotes"], widget=False),
    blocks=[
        B(at_top("Entretiens", "Mis à jour le 04/12/2025 à 16:20",
                 crumb="« Le plasma, c’est l’autre don qui sauve » : trois questions…")),
        P(H443_TITLE),
        P("Alors que l’ATST lance une campagne nationale de don de plasma, sa directrice générale explique pourquoi la "
          "Tunisie veut réduire de moitié ses importations de médicaments dérivés du sang d’ici 2028."),
        P("Pourquoi l’Agence insiste-t-elle autant sur le plasma ?"),
        P("Parce que nous importons encore près de 80 % des immunoglobulines et des facteurs de coagulation utilisés "
          "dans nos hôpitaux, pour environ 62 millions de dinars par an. Un seul patient hémophile peut avoir besoin "
          "de plusieurs centaines de flacons. Avec 40 000 dons de plasma par an, nous couvririons un tiers de nos "
          "besoins."),
        P("Le don de plasma est-il plus contraignant ?"),
        P("Il prend un peu plus de temps : environ 45 minutes, contre une dizaine de minutes pour le sang total. Mais "
          "on peut donner son plasma tous les quinze jours, jusqu’à 24 fois par an. Le donneur reçoit une collation "
          "et un remboursement de transport de 5,500 dinars.", glue=True),
        P("Où en est le partenariat avec la BEI ?"),
        P("La BEI (Banque européenne d’investissement) finance, à hauteur de 2,3 millions d’euros, l’équipement de "
          "12 centres en séparateurs de plasma. Le plasma collecté sera fractionné à l’étranger dans le cadre d’un "
          "contrat signé avec la [[sociÉtÉ tunisienne des mÉdicaments dÉrivÉs du plasma||Société tunisienne des "
          "médicaments dérivés du plasma]] (STMDP), en attendant une usine nationale prévue pour 2030. \"Notre "
          "objectif, c'est l'autonomie\", répète souvent notre ministre."),
        B(at_bottom(None, [AT_REL["h442"], AT_REL["h441"], AT_REL["h440"]])),
    ],
    gold=dict(
        title=H443_TITLE,
        dateline=None,
        organisations=[org(None, "ATST"), org("Banque européenne d’investissement", "BEI"),
                       org("Société tunisienne des médicaments dérivés du plasma", "STMDP")],
        places=[place("Tunisie", "TN")],
        figures=[
            fig("trois questions", 3, "questions"),
            fig("moitié", 0.5, None, "other"),
            fig("2028", 2028, None, "year"),
            fig("près de 80 %", 80, "%", "percent", qualifier="près de"),
            fig("environ 62 millions de dinars", 62000000, "dinars", "money", qualifier="environ", currency="TND"),
            fig("40 000 dons", 40000, "dons"),
            fig("un tiers", 0.3333, None, "other"),
            fig("environ 45 minutes", 45, "minutes", "duration", qualifier="environ"),
            fig("une dizaine de minutes", 10, "minutes", "duration"),
            fig("quinze jours", 15, "jours", "duration"),
            fig("jusqu’à 24 fois", 24, "fois", qualifier="jusqu’à"),
            fig("5,500 dinars", 5.5, "dinars", "money", currency="TND"),
            fig("2,3 millions d’euros", 2300000, "euros", "money", currency="EUR"),
            fig("12 centres", 12, "centres"),
            fig("2030", 2030, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=AT_NOTE + " On this page the breadcrumb ends with the page's own title cut by '…' (chrome, not a second "
              "copy of the title), the type line is replaced by 'Mis à jour le 04/12/2025 à 16:20', and there is no "
              "stock widget. An interview without speaker labels: the standfirst, each question and each answer are "
              "lines (README Q&A rule); the second answer is glued to its question ('contraignant ?Il prend'), split. "
              "The company's name is ASCII-case damaged ('sociÉtÉ tunisienne des mÉdicaments dÉrivÉs du plasma') "
              "and comes back in its usual form; the minister's words are in straight double quotes with straight "
              "apostrophes in a page of « » and ’ (kept as written). The ATST by acronym only (its long form is "
              "only in the chrome); the BEI written acronym first then long form in brackets (one organisation, "
              "h408-h423); the STMDP listed with its acronym. 'réduire de moitié' a fraction; 'd’ici 2028' and "
              "'prévue pour 2030' years; 'pour environ 62 millions de dinars par an' money with 'par an' out; 'tous "
              "les quinze jours' a duration (h370); 'jusqu’à 24 fois par an' a count with unit 'fois'; '5,500 "
              "dinars' 5.5 (millimes). 'plusieurs centaines' and 'Un seul patient' are no figures. No dateline, no "
              "contact.",
    ),
))

# --------------------------------------------------------------------------- h444 bilingual release: share line at the top too, the French text through an 'ignore' trip (’, œ and € dropped), the English text intact
H444 = dict(apos="drop", oe="drop", noeuro=True)
PAGES.append(Page(
    name="h444-atst-institut-pasteur-plasma-bilingue",
    meta=at_meta(["bilingual", "lost-apostrophe", "lost-oe", "lost-euro"]),
    blocks=[
        B(at_top("Communiqués", "Communiqué | Publié le 05/12/2025", share=True)),
        P("Plasma : l’ATST et l’Institut Pasteur de Tunis s’allient pour produire des immunoglobulines"),
        P("Tunis, le 5 décembre 2025 – L’Agence tunisienne du sang et des tissus (ATST) et l’Institut Pasteur de Tunis "
          "(IPT) ont signé vendredi une convention de cinq ans pour la mise en œuvre d’une unité pilote de "
          "purification du plasma. Dotée de 4,2 M€ par l’Union européenne, l’unité traitera jusqu’à 6 000 litres de "
          "plasma par an dès 2027.", **H444),
        P("« Produire nous-mêmes une partie de nos médicaments dérivés du plasma, c’est gagner en sécurité et en "
          "souveraineté sanitaire », a déclaré la directrice générale de l’ATST. Les premiers lots d’immunoglobulines "
          "seront destinés aux 1 200 patients suivis pour un déficit immunitaire.", **H444),
        P("English version"),
        P("Plasma: ATST and the Pasteur Institute of Tunis join forces to produce immunoglobulins"),
        P("Tunis, 5 December 2025 – The Tunisian Blood and Tissue Agency (ATST) and the Pasteur Institute of Tunis "
          "(IPT) on Friday signed a five-year agreement to set up a pilot plasma purification unit. Funded with €4.2 "
          "million by the European Union, the unit will process up to 6,000 litres of plasma a year from 2027."),
        P("“Producing some of our plasma-derived medicines ourselves means greater safety and health sovereignty,” "
          "said ATST’s director general. The first batches of immunoglobulins will go to the 1,200 patients treated "
          "for immune deficiency."),
        B(at_bottom(at_widget("05/12 à 8 h", 5, 3, 6, 8, 11), [AT_REL["h443"], AT_REL["h442"], AT_REL["h441"]],
                    head="À lire aussi")),
    ],
    gold=dict(
        title="Plasma : l’ATST et l’Institut Pasteur de Tunis s’allient pour produire des immunoglobulines",
        dateline=dl("Tunis", "2025-12-05"),
        organisations=[org("Agence tunisienne du sang et des tissus", "ATST"),
                       org("Institut Pasteur de Tunis", "IPT"), org("Union européenne")],
        places=[place("Tunis")],
        figures=[
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("4,2 M€", 4200000, "M€", "money", currency="EUR"),
            fig("jusqu’à 6 000 litres", 6000, "litres", "other", qualifier="jusqu’à"),
            fig("2027", 2027, None, "year"),
            fig("1 200 patients", 1200, "patients"),
            fig("5 December 2025", "2025-12-05", None, "date"),
            fig("five-year", 5, "year", "duration"),
            fig("€4.2 million", 4200000, "€", "money", currency="EUR"),
            fig("up to 6,000 litres", 6000, "litres", "other", qualifier="up to"),
            fig("1,200 patients", 1200, "patients"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=AT_NOTE + " On this page the share line stands under the type line as well as at the bottom (both "
              "boilerplate) and the related block is titled 'À lire aussi'. A bilingual release (README rule): the "
              "French version, the heading 'English version' and the English version are article text; language, "
              "title and dateline from the French. The French paragraphs went through an 'ignore' trip that dropped "
              "every ’, œ and € ('Lagence', 'la mise en uvre', 'Dotée de 4,2 M par lUnion'): each comes back, the € "
              "confirmed by the English '€4.2 million' (tags lost-apostrophe, lost-oe, lost-euro). Organisations "
              "listed once under the French long forms (the English 'Tunisian Blood and Tissue Agency', 'Pasteur "
              "Institute of Tunis' and 'European Union' are the same bodies). Figures by distinct text in either "
              "language: 'le 5 décembre 2025' / '5 December 2025', 'cinq ans' / 'five-year' (unit 'year', h415), "
              "'4,2 M€' / '€4.2 million', 'jusqu’à 6 000 litres' / 'up to 6,000 litres', '1 200 patients' / '1,200 "
              "patients'; 'dès 2027' and 'from 2027' give one text '2027'; 'par an' / 'a year' out.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h445 francophone cultural centre in Yellowknife (Northwest Territories, Canada): no defect and no boilerplate
PAGES.append(Page(
    name="h445-ccft-yellowknife-radio-communautaire",
    meta={"site": "www.ccft-yk.example.ca", "style": "northern-cultural-centre-clean", "defects": []},
    blocks=[
        P("Le Centre culturel franco-ténois lance Radio Aurore, la première radio communautaire francophone de "
          "Yellowknife"),
        P("Yellowknife, le 2 décembre 2025 – Le Centre culturel franco-ténois (CCFT) a inauguré lundi Radio Aurore, "
          "une radio communautaire qui diffusera en français 18 heures par jour sur le 96,9 FM et en ligne. La "
          "station s’adresse aux quelque 3 700 francophones et francophiles de Yellowknife, de Hay River et "
          "d’Inuvik recensés en 2021."),
        P("Le projet a coûté 640 000 $, financés à 70 % par Patrimoine canadien et à 30 % par le gouvernement des "
          "Territoires du Nord-Ouest. Douze bénévoles, formés pendant six semaines à l’animation et au montage, "
          "assureront les émissions du matin et du week-end aux côtés de deux journalistes salariés."),
        P("« Quand il fait −40 °C dehors et que la nuit tombe à 15 h, la radio devient un lien essentiel. Nous "
          "voulons que les familles francophones des Territoires du Nord-Ouest s’entendent et se reconnaissent », a "
          "déclaré la directrice générale du CCFT, Mélanie Thériault-Okpik."),
        P("La programmation comprendra une chronique hebdomadaire réalisée avec les élèves de l’École Allain St-Cyr "
          "et des capsules en inuktitut et en tlicho. Depuis sa création en 1978, le CCFT a organisé plus de 450 "
          "spectacles et ateliers dans les trois régions du territoire. Les écoles qui souhaitent participer à la "
          "chronique peuvent écrire à ecoles@ccft-yk.example.ca."),
        L("""Renseignements :
Julie Arseneault
Coordonnatrice des communications
Centre culturel franco-ténois
867 555-0142, poste 21
communications@ccft-yk.example.ca"""),
    ],
    gold=dict(
        title="Le Centre culturel franco-ténois lance Radio Aurore, la première radio communautaire francophone de "
              "Yellowknife",
        dateline=dl("Yellowknife", "2025-12-02"),
        organisations=[org("Centre culturel franco-ténois", "CCFT"), org("Patrimoine canadien"),
                       org("gouvernement des Territoires du Nord-Ouest")],
        places=[place("Yellowknife"), place("Hay River"), place("Inuvik"), place("Territoires du Nord-Ouest")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("18 heures", 18, "heures", "duration"),
            fig("quelque 3 700 francophones", 3700, "francophones", qualifier="quelque"),
            fig("en 2021", 2021, None, "year"),
            fig("640 000 $", 640000, "$", "money", currency="CAD"),
            fig("70 %", 70, "%", "percent"),
            fig("30 %", 30, "%", "percent"),
            fig("Douze bénévoles", 12, "bénévoles"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("deux journalistes", 2, "journalistes"),
            fig("−40 °C", -40, "°C", "other"),
            fig("en 1978", 1978, None, "year"),
            fig("plus de 450 spectacles", 450, "spectacles", qualifier="plus de"),
            fig("trois régions", 3, "régions"),
        ],
        phones=[phone("+18675550142", extension="21")],
        emails=["ecoles@ccft-yk.example.ca", "communications@ccft-yk.example.ca"],
        contacts=[contact("Julie Arseneault", "Coordonnatrice des communications", "Centre culturel franco-ténois",
                          ["+18675550142"], ["communications@ccft-yk.example.ca"])],
        notes="No defect and no boilerplate: every line is article text (a made-up francophone cultural centre in "
              "Yellowknife, Northwest Territories; Patrimoine canadien and the territorial government are real bodies "
              "with invented funding). Radio Aurore is the station's name (no organisation of its own: a service of "
              "the centre). '18 heures par jour' a duration with the per-unit phrase out; 'le 96,9 FM' a frequency "
              "(no figure, h136-h151 '88,7 FM'); 'recensés en 2021' gives 'en 2021'; '640 000 $' CAD ('$' on a "
              "Canadian page); '−40 °C' with U+2212 keeps its sign (h418); the address closing the last body sentence, "
              "offered to schools, is an e-mail (its full stop out) but no contact (h413); 'à 15 h' a clock time; 'la première "
              "radio' an ordinal word; 'les trois régions du territoire' a count. The 'gouvernement des Territoires du "
              "Nord-Ouest' is an organisation (an executive named as a body, h88-h103) and 'Territoires du "
              "Nord-Ouest' also stands alone in the quote (a place, iso null); the school is a venue. Contact: the "
              "'Renseignements :' block one item a line (role with its capital as written, an 867 number with "
              "'poste 21', +1 by the page).",
    ),
))

# --------------------------------------------------------------------------- h446 Tahitian TV channel's midday news page: listing of four stories, Tahitian ticker, video lines, a stamp glued to its headline, ’ dropped in a story (inside Faa’a), a doubly encoded story
TV_TOP = """Fenua TV – L’info du fenua
Direct | Replay | Info | Sport | Météo | Programmes
Te mau parau api ▸ Ua matara te purumu no Taravao ▸ E piti pahi rahi i tae mai i Papeete ▸ Hawaiki Nui : ua re te pupu no Papara
Le journal de midi – mardi 2 décembre 2025"""
TV_BOTTOM = """▶ Voir le reportage (2:31)
Lire la suite
Voir tous les journaux
Téléchargez l’application Fenua TV sur l’App Store et Google Play
Fenua TV – BP 125, 98713 Papeete – Tél. : 40 47 36 00 – © 2025 Fenua TV"""
PAGES.append(Page(
    name="h446-fenua-tv-journal-midi-vanille-faaa-dengue",
    meta={"site": "www.fenua-tv.example.pf", "style": "polynesian-tv-news-listing", "listing": True,
          "defects": ["listing", "menu", "foreign-ticker", "video-player", "read-more", "body-glued",
                      "lost-apostrophe", "mojibake-double-cp1252", "postcode-trap", "newsletter-chrome"]},
    blocks=[
        B(TV_TOP),
        P("Vanille de Tahaa : une récolte record de 62 tonnes cette saison"),
        P("02/12/2025 – 12:04"),
        B("▶ Voir le reportage (1:52)"),
        P("La Chambre de l’agriculture et de la pêche lagonaire (CAPL) a annoncé mardi une récolte de 62 tonnes de "
          "vanille verte à Tahaa et à Raiatea pour la saison 2025, contre 41 tonnes l’an dernier. Le kilo de vanille "
          "préparée se vend jusqu’à 52 000 francs CFP à l’export, soit environ 436 euros. Quelque 380 producteurs, "
          "dont près d’un tiers de femmes, vivent de cette culture."),
        B("Lire la suite"),
        P("Faa’a : l’aéroport accueillera deux vols de plus par semaine vers Los Angeles"),
        P("02/12/2025 – 11:37", glue=True),
        P("L’aéroport international de Tahiti-Faa’a accueillera à partir du 15 janvier 2026 deux vols "
          "supplémentaires par semaine vers Los Angeles, a annoncé la compagnie Air Tahiti Nui. La ligne compte déjà "
          "cinq rotations hebdomadaires. L’aéroport a vu passer 1,42 million de passagers en 2024, un chiffre qu’il "
          "espère dépasser d’ici à la fin de l’année.", apos="drop"),
        B("Lire la suite"),
        P("Nuku Hiva : 2 800 enfants vaccinés contre la dengue en trois semaines"),
        P("02/12/2025 – 10:58"),
        P("La Direction de la santé a vacciné 2 800 enfants de 6 à 16 ans contre la dengue aux Marquises en trois "
          "semaines, avec l’aide de l’Aranui 5, le cargo mixte qui dessert l’archipel. La campagne, d’un coût de 38 "
          "millions de francs CFP, sera étendue aux Tuamotu en février 2026.", moji="cp1252x2"),
        B("Lire la suite"),
        P("Va’a : l’équipe de Papara remporte la Hawaiki Nui pour la troisième fois"),
        P("02/12/2025 – 09:15"),
        P("Les six rameurs de Papara ont bouclé les trois étapes de la course entre Huahine, Raiatea, Tahaa et Bora "
          "Bora en 9 h 41 min 12 s, devant 96 pirogues. Ils empochent une prime de 1,5 million de francs CFP."),
        B(TV_BOTTOM),
    ],
    gold=dict(
        title="Vanille de Tahaa : une récolte record de 62 tonnes cette saison",
        dateline=None,
        organisations=[org("Chambre de l’agriculture et de la pêche lagonaire", "CAPL"), org("Air Tahiti Nui"),
                       org("Direction de la santé")],
        places=[place("Tahaa"), place("Raiatea"), place("Faa’a"), place("Los Angeles"), place("Tahiti-Faa’a"),
                place("Nuku Hiva"), place("Marquises"), place("Tuamotu"), place("Papara"), place("Huahine"),
                place("Bora Bora")],
        figures=[
            fig("62 tonnes", 62, "tonnes", "other"),
            fig("02/12/2025 – 12:04", "2025-12-02", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("41 tonnes", 41, "tonnes", "other"),
            fig("jusqu’à 52 000 francs CFP", 52000, "francs CFP", "money", qualifier="jusqu’à", currency="XPF"),
            fig("environ 436 euros", 436, "euros", "money", qualifier="environ", currency="EUR"),
            fig("Quelque 380 producteurs", 380, "producteurs", qualifier="Quelque"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("deux vols", 2, "vols"),
            fig("02/12/2025 – 11:37", "2025-12-02", None, "date"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
            fig("cinq rotations", 5, "rotations"),
            fig("1,42 million de passagers", 1420000, "passagers"),
            fig("en 2024", 2024, None, "year"),
            fig("2 800 enfants", 2800, "enfants"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("02/12/2025 – 10:58", "2025-12-02", None, "date"),
            fig("6", 6, None, "age"),
            fig("16 ans", 16, "ans", "age"),
            fig("38 millions de francs CFP", 38000000, "francs CFP", "money", currency="XPF"),
            fig("février 2026", 2026, None, "year"),
            fig("02/12/2025 – 09:15", "2025-12-02", None, "date"),
            fig("six rameurs", 6, "rameurs"),
            fig("trois étapes", 3, "étapes"),
            fig("9 h 41 min 12 s", 34872, None, "duration"),
            fig("96 pirogues", 96, "pirogues"),
            fig("1,5 million de francs CFP", 1500000, "francs CFP", "money", currency="XPF"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A made-up Tahitian TV channel's midday news page (French Polynesia): four unrelated stories (a listing: "
              "first headline = title, dateline null). Boilerplate: site name, menu, a Tahitian headline ticker ('Te "
              "mau parau api ▸ ...', tag foreign-ticker, a new language), the label 'Le journal de midi – mardi 2 "
              "décembre 2025' (README listing titles), the '▶ Voir le reportage (m:ss)' lines (video-player, their "
              "durations no figures), 'Lire la suite' lines, 'Voir tous les journaux', the app line and the footer "
              "with BP box, 98713 postcode and switchboard. Each story's headline and stamp line are article text, "
              "each stamp one date figure; the second story's stamp is glued to its headline ('Los "
              "Angeles02/12/2025 – 11:37', split). The second story lost every ’ ('Laéroport', 'Tahiti-Faaa', "
              "'quil'): restored, also the ’ that is part of the Tahitian name Faa’a (README 'Grand’Anse'). The third "
              "story's body is doubly encoded (UTF-8 read as cp1252 twice), decoded twice. 'la saison 2025' gives "
              "'2025'; 'l’an dernier' no figure; 'jusqu’à 52 000 francs CFP' XPF with its qualifier, 'soit environ "
              "436 euros' a converted amount; 'près d’un tiers de femmes' a fraction; 'deux vols de plus par "
              "semaine' (headline) and 'deux vols supplémentaires par semaine' one text 'deux vols' (per-unit out); "
              "'à partir du 15 janvier 2026' the date without 'à partir du'; 'cinq rotations hebdomadaires' a count; "
              "'de 6 à 16 ans' '6' (age, unit null) and '16 ans'; 'en trois semaines' one text for headline and "
              "body; 'l’Aranui 5' a ship's name (no figure); a race time '9 h 41 min 12 s' in seconds (h243); 'la "
              "troisième fois' an ordinal word. The Hawaiki Nui is a race (event); the 'Direction de la santé' "
              "acting is listed as written; Air Tahiti Nui (real airline, invented news) listed. Places: the islands "
              "and towns, 'Tahiti-Faa’a' from the airport's name (h348) beside 'Faa’a' in the headline, "
              "'Marquises' (aux Marquises) and 'Tuamotu' (archipelagos, iso null). No contact.",
    ),
))

# --------------------------------------------------------------------------- h447 Seychelles coral-reef foundation: English release under French chrome, a half-repaired cp1252 quote
SC_TOP = """Fondation seychelloise pour les récifs coralliens
Kreol | Français | English
Accueil | La Fondation | Nos programmes | Actualités | Soutenir | Contact
Accueil › Actualités › Communiqués
Ce communiqué n’est disponible qu’en anglais.
Publié le 02/12/2025 – Lecture : 3 min"""
SC_BOTTOM = """Partager : Facebook | X | LinkedIn | WhatsApp
Soutenez nos pépinières : parrainez une bouture de corail pour 250 roupies. Faire un don
Fondation seychelloise pour les récifs coralliens – Mont Fleuri, Victoria, Mahé – Tél. : +248 4 225 100
Ce site utilise des cookies. J’accepte | En savoir plus"""
PAGES.append(Page(
    name="h447-scrf-seychelles-coral-restoration-en",
    meta={"site": "www.recifs-seychelles.example.sc", "style": "reef-foundation-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "mojibake-partial", "mojibake-cp1252", "menu", "breadcrumb", "share-lines",
                      "donation-block", "cookie-banner"]},
    blocks=[
        B(SC_TOP),
        P("Seychelles reef restoration passes 40,000 coral fragments"),
        P("VICTORIA, Seychelles, 2 December 2025 – The Seychelles Coral Reef Foundation (SCRF) has planted more than "
          "40,000 coral fragments on degraded reefs around Praslin and Curieuse since 2023, the foundation said on "
          "Tuesday. Nearly 70% of the transplanted corals have survived two bleaching episodes, a rate the team "
          "describes as “better than expected”."),
        P("The five-year programme, worth SR 48 million (about €3.1 million), is funded by the Global Environment "
          "Facility (GEF), the French Development Agency (AFD) and the Government of Seychelles. It employs 26 "
          "divers and boat crew, most of them from fishing families on La Digue."),
        P("“One in four reefs around Praslin lost most of its living coral in 2016. What we" + moji("’") + "re doing "
          "is buying time " + moji("–") + " the reef" + moji("’") + "s recovery depends on keeping warming below "
          "1.5°C,” said Dr Marie-Ange Hoareau, the foundation’s scientific director."),
        P("The foundation plans to extend its nurseries to the Aldabra group in 2026, in one of the largest reef "
          "programmes of the western Indian Ocean, and to train 60 Seychellois students as reef monitors. Visitors "
          "to Curieuse Marine National Park can sponsor a coral fragment for SR 250."),
        L("""Media contact:
Nadia Payet, Communications Officer – +248 4 225 114 / +248 2 718 340 – media@recifs-seychelles.example.sc"""),
        B(SC_BOTTOM),
    ],
    gold=dict(
        title="Seychelles reef restoration passes 40,000 coral fragments",
        dateline=dl("VICTORIA", "2025-12-02"),
        organisations=[org("Seychelles Coral Reef Foundation", "SCRF"), org("Global Environment Facility", "GEF"),
                       org("French Development Agency", "AFD"), org("Government of Seychelles")],
        places=[place("Seychelles", "SC"), place("Victoria"), place("Praslin"), place("Curieuse"),
                place("La Digue"), place("Aldabra"), place("Indian Ocean")],
        figures=[
            fig("40,000 coral fragments", 40000, "fragments"),
            fig("2 December 2025", "2025-12-02", None, "date"),
            fig("more than 40,000 coral fragments", 40000, "fragments", qualifier="more than"),
            fig("2023", 2023, None, "year"),
            fig("Nearly 70%", 70, "%", "percent", qualifier="Nearly"),
            fig("two bleaching episodes", 2, "episodes"),
            fig("five-year", 5, "year", "duration"),
            fig("SR 48 million", 48000000, "SR", "money", currency="SCR"),
            fig("about €3.1 million", 3100000, "€", "money", qualifier="about", currency="EUR"),
            fig("26 divers", 26, "divers"),
            fig("One in four", 0.25, None, "other"),
            fig("in 2016", 2016, None, "year"),
            fig("1.5°C", 1.5, "°C", "other"),
            fig("in 2026", 2026, None, "year"),
            fig("60 Seychellois students", 60, "students"),
            fig("SR 250", 250, "SR", "money", currency="SCR"),
        ],
        phones=[phone("+2484225114"), phone("+2482718340")],
        emails=["media@recifs-seychelles.example.sc"],
        contacts=[contact("Nadia Payet", "Communications Officer", None, ["+2484225114", "+2482718340"],
                          ["media@recifs-seychelles.example.sc"])],
        notes="A made-up Seychelles coral-reef foundation: an English release under the site's French chrome "
              "(site name, Kreol/French/English line, menu, breadcrumb, the French line saying the release exists "
              "only in English, the publication/reading-time line, share line, a donation line whose '250 roupies' "
              "is chrome, footer with the switchboard, cookie line: boilerplate); language 'en'. The quote was "
              "half repaired by an earlier tool: three sequences are still UTF-8 read as cp1252 ('weâ€™re', 'time "
              "â€“ the', 'reefâ€™s') beside a right 'foundation’s': decoded (tags mojibake-partial, "
              "mojibake-cp1252). Dateline 'VICTORIA, Seychelles, 2 December 2025 –': place as written in capitals, "
              "the city listed as 'Victoria', the country SC. 'more than 40,000 coral fragments' and the title's "
              "'40,000 coral fragments' two texts (unit the head noun 'fragments', h415); 'since 2023' gives '2023'; "
              "'two bleaching episodes' unit 'episodes'; 'five-year' a duration (h415); 'SR 48 million' Seychelles "
              "rupees with the symbol before the number (SCR, unit 'SR', as 'VT' and 'R'), 'about €3.1 million' the "
              "converted amount; 'One in four reefs' one proportion 0.25 (session 13 'N in M' rule); 'in 2016', 'in "
              "2026' keep 'in'; '1.5°C' a measure. Organisations: the foundation, the GEF and the AFD under the "
              "English long forms the text writes (h270), 'Government of Seychelles' (an executive as a body). "
              "Places: 'the Aldabra group' gives 'Aldabra', 'the western Indian Ocean' gives 'Indian Ocean' (iso "
              "null), 'Curieuse Marine National Park' the island already listed. Contact: one English line with "
              "role, a Mahé landline and a mobile (+248, seven digits).",
    ),
))

# --------------------------------------------------------------------------- h448 UNAIDS office in Burundi: two paragraphs UTF-8 read as Latin-1, an in-body 'Lire aussi' line, SDG line, cookie line
UN_TOP = """Aller au contenu principal
English | Français
ONUSIDA – Programme commun des Nations Unies sur le VIH/sida
Accueil
Qui nous sommes
Notre action
Ressources
Ressources
Actualités
Rechercher
Accueil / Actualités / Communiqués de presse
Communiqué de presse | Bujumbura | 2 décembre 2025"""
UN_BOTTOM = """Partager : Facebook | X | LinkedIn | E-mail
ODD 3 – Bonne santé et bien-être | ODD 5 – Égalité entre les sexes
Dernières actualités
Rwanda : 12 000 adolescentes formées à la prévention en 2025 (28/11/2025)
Afrique de l’Est et australe : le rapport régional 2025 est publié (25/11/2025)
ONUSIDA Burundi – Boulevard de l’Uprona, BP 1490 Bujumbura
© 2025 ONUSIDA | Conditions d’utilisation | Confidentialité
Ce site utilise des cookies pour améliorer votre navigation. OK"""
PAGES.append(Page(
    name="h448-onusida-burundi-depistage-adolescentes",
    meta={"site": "burundi.onusida.example.org", "style": "unaids-country-office-latin1",
          "defects": ["mojibake-latin1", "read-more", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "cookie-banner", "postcode-trap"]},
    blocks=[
        B(UN_TOP),
        P("Burundi : 89 % des personnes vivant avec le VIH connaissent leur statut, mais les adolescentes restent à "
          "la traîne"),
        P("Bujumbura, le 2 décembre 2025 – Le Burundi a franchi une étape importante dans la riposte au VIH : 89 % "
          "des quelque 78 000 personnes vivant avec le virus connaissent désormais leur statut sérologique, et 94 % "
          "d’entre elles reçoivent un traitement antirétroviral, selon les données présentées à l’occasion de la "
          "Journée mondiale de lutte contre le sida par le Programme commun des Nations Unies sur le VIH/sida "
          "(ONUSIDA) et le Conseil national de lutte contre le sida (CNLS)."),
        P("Les adolescentes et les jeunes femmes de 15 à 24 ans représentent toutefois près de deux nouvelles "
          "infections sur cinq, alors qu’elles ne forment que 11 % de la population. Dans les provinces de "
          "Bujumbura, de Gitega et de Ngozi, moins d’une jeune femme sur deux déclare avoir utilisé un préservatif "
          "lors de son dernier rapport à risque.", moji="latin-1"),
        B("Lire aussi : Journée mondiale de lutte contre le sida 2025 : le message de la Directrice exécutive"),
        P("« Le Burundi peut mettre fin au sida en tant que menace de santé publique d’ici à 2030. Mais nous n’y "
          "arriverons pas sans les filles et les jeunes femmes », a déclaré la directrice pays de l’ONUSIDA, Aïcha "
          "Kanyange-Mbaye.", moji="latin-1"),
        P("Le Fonds mondial de lutte contre le sida, la tuberculose et le paludisme a approuvé pour 2026-2028 une "
          "subvention de 52,4 millions de dollars, dont un cinquième sera consacré à la prévention chez les jeunes. "
          "Le ministère de la Santé publique et de la Lutte contre le sida prévoit d’ouvrir 36 espaces jeunes dans "
          "les centres de santé et de distribuer 4,5 millions de préservatifs d’ici à la fin de 2026."),
        L("""Contact presse
ONUSIDA Burundi | Jean-Bosco Niyonzima | tél. +257 22 27 54 30 | mob. +257 79 920 114 | niyonzimaj@unaids.org"""),
        B(UN_BOTTOM),
    ],
    gold=dict(
        title="Burundi : 89 % des personnes vivant avec le VIH connaissent leur statut, mais les adolescentes "
              "restent à la traîne",
        dateline=dl("Bujumbura", "2025-12-02"),
        organisations=[org("Programme commun des Nations Unies sur le VIH/sida", "ONUSIDA"),
                       org("Conseil national de lutte contre le sida", "CNLS"),
                       org("Fonds mondial de lutte contre le sida, la tuberculose et le paludisme"),
                       org("ministère de la Santé publique et de la Lutte contre le sida")],
        places=[place("Burundi", "BI"), place("Bujumbura"), place("Gitega"), place("Ngozi")],
        figures=[
            fig("89 %", 89, "%", "percent"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("quelque 78 000 personnes", 78000, "personnes", qualifier="quelque"),
            fig("94 %", 94, "%", "percent"),
            fig("15", 15, None, "age"),
            fig("24 ans", 24, "ans", "age"),
            fig("près de deux nouvelles infections sur cinq", 0.4, None, "other", qualifier="près de"),
            fig("11 %", 11, "%", "percent"),
            fig("moins d’une jeune femme sur deux", 0.5, None, "other", qualifier="moins d’"),
            fig("2030", 2030, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("2028", 2028, None, "year"),
            fig("52,4 millions de dollars", 52400000, "dollars", "money", currency="USD"),
            fig("un cinquième", 0.2, None, "other"),
            fig("36 espaces", 36, "espaces"),
            fig("4,5 millions de préservatifs", 4500000, "préservatifs"),
        ],
        phones=[phone("+25722275430"), phone("+25779920114")],
        emails=["niyonzimaj@unaids.org"],
        contacts=[contact("Jean-Bosco Niyonzima", None, "ONUSIDA Burundi", ["+25722275430", "+25779920114"],
                          ["niyonzimaj@unaids.org"])],
        notes="The UNAIDS country office in Burundi (real body, invented figures and people; made-up host): skip "
              "line, language line, the site name with the programme's long form (chrome; the body spells it out "
              "too), a menu with 'Ressources' twice, breadcrumb, the type/place/date line, an in-body 'Lire aussi : "
              "...' line between two paragraphs (read-more, its '2025' chrome), share line, the SDG line ('ODD 3', "
              "'ODD 5': names, no figures), related headlines with dates, footer with BP box, copyright and cookie "
              "lines are boilerplate. Two paragraphs are UTF-8 read as Latin-1 (ISO-8859-1): 'Ã©' for é, 'Ã\xa0' for "
              "à, and ’ shown as 'â' followed by two C1 control characters (tag mojibake-latin1, h136-h151): decoded. "
              "The title's and the body's '89 %' one text; 'des quelque 78 000 personnes' a count with 'quelque'; "
              "'de 15 à 24 ans' gives '15' (age, unit null) and '24 ans'; 'près de deux nouvelles infections sur "
              "cinq' one proportion (0.4, h312-h327), 'moins d’une jeune femme sur deux' 0.5; 'd’ici à 2030' gives "
              "'2030'; 'pour 2026-2028' (the grant's period, not a name) two years, '2026' also for 'la fin de "
              "2026'; 'un cinquième' a fraction; '36 espaces jeunes' a count with unit 'espaces'; '4,5 millions de "
              "préservatifs' a count with its scale. The Journée mondiale de lutte contre le sida is an event. "
              "Organisations: the ONUSIDA and the CNLS with acronyms, the Global Fund under its full long form (no "
              "acronym written), the ministry under its whole name (long noun phrases). Contact: one line with "
              "'|' separators, the office label 'ONUSIDA Burundi' as organisation, the person, a landline after "
              "'tél.' and a mobile after 'mob.', an address of the real agency's domain with an invented mailbox.",
    ),
))

# --------------------------------------------------------------------------- h449 Lille NGO's post on Togo scraped as WordPress block source: block comments, entities, figure caption, list items, an obfuscated and a hidden address, donation line
WP_OPEN = "<!-- wp:paragraph -->"
WP_CLOSE = "<!-- /wp:paragraph -->"
H449_P1 = ("Lille, le 3 décembre 2025 – L’association lilloise Eaux vives Savanes (EVS) a achevé la construction de 48 "
           "forages équipés de pompes à motricité humaine et de 36 blocs de latrines dans les écoles de la région des "
           "Savanes, au nord du Togo. Quelque 12\u00a0000 élèves de 5 à 14 ans y ont désormais accès à l’eau potable "
           "sur leur lieu d’études.")
H449_P2 = ("Les travaux, menés en quatorze mois avec l’entreprise togolaise Forages du Nord et les comités de gestion "
           "des villages, ont coûté 185\u00a0000 euros, soit environ 121 millions de francs CFA. L’Agence de l’eau "
           "Artois-Picardie en a financé 60\u00a0%, la Métropole européenne de Lille 25\u00a0%, le reste provenant de "
           "dons de particuliers.")
H449_Q = ("« Avant, les filles perdaient chaque jour près de deux heures à chercher de l’eau, et beaucoup quittaient "
          "l’école à la puberté. Aujourd’hui, l’absentéisme a baissé de moitié », explique Kossi Lamboni, directeur "
          "régional de l’éducation des Savanes.")
H449_P4 = ("L’association prévoit d’équiper 20 écoles supplémentaires d’ici à la rentrée 2026-2027 et lance un appel "
           "aux dons : 40 euros financent le kit d’hygiène d’une classe pendant un an.")
PAGES.append(Page(
    name="h449-eaux-vives-savanes-togo-forages-ecoles",
    meta={"site": "www.eauxvives-savanes.example.org", "style": "ngo-wordpress-block-source",
          "defects": ["wp-shortcodes", "html-debris", "obfuscated-email", "hidden-email", "menu", "breadcrumb",
                      "share-lines", "donation-block", "postcode-trap"]},
    blocks=[
        B("""Eaux vives Savanes – Association de solidarité internationale
Accueil | Qui sommes-nous ? | Nos projets | Actualités | Faire un don | Contact
Accueil › Actualités › Togo"""),
        P("Togo : 48 forages et 36 blocs de latrines pour les écoles des Savanes"),
        B(WP_OPEN),
        P("[[<p>||]]" + ent(H449_P1, "’–\u00a0", NUM) + "[[</p>||]]"),
        B(WP_CLOSE + "\n<!-- wp:heading {\"level\":3} -->"),
        P("[[<h3 class=\"wp-block-heading\">||]]Quatorze mois de travaux[[</h3>||]]"),
        B("<!-- /wp:heading -->\n" + WP_OPEN),
        P("[[<p>||]]" + ent(H449_P2, "’\u00a0", NUM) + "[[</p>||]]"),
        B(WP_CLOSE + "\n<!-- wp:image {\"id\":2214,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->"),
        P("[[<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2025/12/forage-nanergou.jpg\" "
          "alt=\"\" class=\"wp-image-2214\"/><figcaption class=\"wp-element-caption\">||]]"
          + ent("Des élèves de l’école primaire de Nanergou puisent l’eau du nouveau forage, le 18 novembre 2025.",
                "’", NUM) + "[[</figcaption></figure>||]]"),
        B("<!-- /wp:image -->\n" + WP_OPEN),
        P("[[<p>||]]" + ent(H449_Q, "’«»\u00a0", NUM) + "[[</p>||]]"),
        B(WP_CLOSE + "\n<!-- wp:list -->\n<ul class=\"wp-block-list\">"),
        L("""[[<!-- wp:list-item --><li>||]]Tône (Dapaong) : 14 forages et 11 blocs de latrines[[</li><!-- /wp:list-item -->||]]
[[<!-- wp:list-item --><li>||]]Cinkassé : 12 forages et 9 blocs de latrines[[</li><!-- /wp:list-item -->||]]
[[<!-- wp:list-item --><li>||]]Tandjouaré : 11 forages et 8 blocs de latrines[[</li><!-- /wp:list-item -->||]]
[[<!-- wp:list-item --><li>||]]Kpendjal (Mandouri) : 11 forages et 8 blocs de latrines[[</li><!-- /wp:list-item -->||]]"""),
        B("</ul>\n<!-- /wp:list -->\n" + WP_OPEN),
        P("[[<p>||]]" + ent(H449_P4, "’", NUM) + "[[</p>||]]"),
        B(WP_CLOSE + "\n" + WP_OPEN),
        L("[[<p><strong>||]]Contact presse :[[</strong>||]] Claire Vandamme, chargée de communication [[&#8211;||–]] "
          "03 20 54 18 72 / 06 71 24 93 58 [[&#8211;||–]] presse[at]eauxvives-savanes[dot]example[dot]org[[<br>||]]\n"
          "Au Togo : Yendoubé Lare, coordinateur du programme [[&#8211;||–]] (+228) 27 70 81 46 / 90 14 52 37 "
          "[[&#8211;||–]] [[<a href=\"/cdn-cgi/l/email-protection\" class=\"__cf_email__\" "
          "data-cfemail=\"4a2638233e2f0a2f2b3f393c233c2f3967\">||]][email protected][[</a></p>||]]"),
        B(WP_CLOSE + """
Catégories : Actualités, Togo | Étiquettes : eau, écoles, Savanes
Partager : Facebook | X | LinkedIn | E-mail
Faire un don : 40 € = le kit d’hygiène d’une classe pour un an
Eaux vives Savanes – 23, rue de Wazemmes, 59000 Lille – © 2025 – Propulsé par WordPress"""),
    ],
    gold=dict(
        title="Togo : 48 forages et 36 blocs de latrines pour les écoles des Savanes",
        dateline=dl("Lille", "2025-12-03"),
        organisations=[org("Eaux vives Savanes", "EVS"), org("Forages du Nord"),
                       org("Agence de l’eau Artois-Picardie"), org("Métropole européenne de Lille")],
        places=[place("Togo", "TG"), place("Savanes"), place("Lille"), place("Nanergou"), place("Tône"),
                place("Dapaong"), place("Cinkassé"), place("Tandjouaré"), place("Kpendjal"), place("Mandouri")],
        figures=[
            fig("48 forages", 48, "forages"),
            fig("36 blocs", 36, "blocs"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("Quelque 12\u00a0000 élèves", 12000, "élèves", qualifier="Quelque"),
            fig("5", 5, None, "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("Quatorze mois", 14, "mois", "duration"),
            fig("quatorze mois", 14, "mois", "duration"),
            fig("185\u00a0000 euros", 185000, "euros", "money", currency="EUR"),
            fig("environ 121 millions de francs CFA", 121000000, "francs CFA", "money", qualifier="environ",
                currency="XOF"),
            fig("60\u00a0%", 60, "%", "percent"),
            fig("25\u00a0%", 25, "%", "percent"),
            fig("le 18 novembre 2025", "2025-11-18", None, "date"),
            fig("près de deux heures", 2, "heures", "duration", qualifier="près de"),
            fig("moitié", 0.5, None, "other"),
            fig("14 forages", 14, "forages"),
            fig("11 blocs", 11, "blocs"),
            fig("12 forages", 12, "forages"),
            fig("9 blocs", 9, "blocs"),
            fig("11 forages", 11, "forages"),
            fig("8 blocs", 8, "blocs"),
            fig("20 écoles", 20, "écoles"),
            fig("2026", 2026, None, "year"),
            fig("2027", 2027, None, "year"),
            fig("40 euros", 40, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+33320541872"), phone("+33671249358"), phone("+22827708146"), phone("+22890145237")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Claire Vandamme", "chargée de communication", None, ["+33320541872", "+33671249358"]),
                  contact("Yendoubé Lare", "coordinateur du programme", None, ["+22827708146", "+22890145237"])],
        notes="A made-up Lille NGO's post on the Savanes region of Togo, scraped as the WordPress block editor's source "
              "(post content with its block comments): the lines that are only block comments or list wrappers "
              "('<!-- wp:paragraph -->', '<!-- /wp:paragraph -->', '<!-- wp:heading {\"level\":3} -->', '<!-- "
              "wp:image {...} -->', '<!-- wp:list -->', '<ul class=\"wp-block-list\">', '</ul>') are boilerplate, like "
              "lines that are only shortcodes (tag wp-shortcodes, h200-h215) or only HTML; the lines holding text keep "
              "their text with the tags and the block comments of the list items removed; numeric entities "
              "('&#8217;', '&#8211;', '&#171;', '&#187;', '&#160;' kept as U+00A0 in the clean text and in the figure "
              "texts) decoded. The image block holds the caption (article text, '<figure>', '<img>' and "
              "'<figcaption>' removed). Site name, menu, breadcrumb, the categories/tags line, share line, the "
              "donation line (its '40 €' chrome although the body says '40 euros') and the footer with the 59000 "
              "postcode are boilerplate. Dateline 'Lille, le 3 décembre 2025 –' (the seat; the works are in Togo). "
              "'Quatorze mois de travaux' (heading) and 'en quatorze mois' two texts (capital); 'de 5 à 14 ans' "
              "'5' (age, unit null) and '14 ans'; 'soit environ 121 millions de francs CFA' XOF (Togo) beside the "
              "euros; 'baissé de moitié' a fraction; the list rows give their counts ('11 forages' and '8 blocs' "
              "once each, 'blocs' the head noun of 'blocs de latrines'); 'la rentrée 2026-2027' an academic year "
              "(two years, h264-h279); 'pendant un an' no figure. Organisations: the NGO with its acronym, the "
              "Togolese company, the water agency and the Lille metropolitan authority (an intermunicipal body, "
              "h345); 'les comités de gestion' generic; the regional education director is a role. Places: 'la "
              "région des Savanes' gives 'Savanes', 'l’école primaire de Nanergou' (a venue) gives its village, the "
              "prefectures and their towns from the list. Contacts: the press officer in Lille (French numbers "
              "without code, +33 by the page's seat; her address obfuscated as 'presse[at]...[dot]...', kept as "
              "written and not listed) and the programme coordinator under the country label 'Au Togo :' (a "
              "landline after '(+228)' and a mobile after '/' without code, +228; his address behind the CDN "
              "e-mail protection, counted).",
    ),
))

# --------------------------------------------------------------------------- h450 scanned communiqué of the town of Maradi (Niger): OCR text, letterhead, letter-spaced labels and heading, speck lines, wraps with hyphenation and a split number, straight apostrophes
H450_P1 = ("Le Maire de la [[Cornmune||Commune]] urbaine de Maradi porte à la connaissance des commerçants et de la "
           "population que le grand marché de Maradi sera fermé du lundi 15 décembre [[2O25||2025]] au dimanche 15 "
           "février 2026 inclus, pour permettre [[1es||les]] travaux de [[réhabi1itation||réhabilitation]] engagés "
           "après l'incendie du 9 août 2025, qui avait détruit 640 boutiques et hangars.")
H450_P2 = ("Les quelque 3 200 commerçants concernés seront réinstallés sur le site provisoire aménagé au stade "
           "municipal et au marché de Sabon Gari, où 1⏎250 emplacements numérotés ont été tracés. Les emplacements "
           "seront attribués par tirage au sort le samedi 13 décembre 2025 à 9 heures, en présence des "
           "représentants des commerçants.")
H450_P3 = ("Les travaux, d'un montant de [[1,B4||1,84]] milliard de francs CFA, sont financés par l'[[Etat||État]] à hauteur de "
           "[[6O||60]] % et par la Banque ouest-africaine de développement (BOAD). Ils comprennent la reconstruction de "
           "1 100 boutiques en matériaux [[incornbustibles||incombustibles]], l'installation de 48 bornes d'incendie "
           "et l'aménagement de 2,6 kilomètres de caniveaux.")
H450_P4 = ("Pendant toute la durée des travaux, l'accès au chantier est strictement interdit au public. Les "
           "commerçants qui n'auraient pas retiré leurs marchandises avant le vendredi 12 décembre 2025 à 18 heures "
           "ne pourront prétendre à aucune [[indernnisation||indemnisation]]. La Chambre de commerce et d'industrie "
           "du Niger (CCIN) tiendra une permanence sur le site provisoire.")


def ocr_x(marked, seed, width=76):
    return X(pdflines(marked, width, seed), side(marked, 1))


PAGES.append(Page(
    name="h450-commune-maradi-fermeture-grand-marche-ocr",
    meta={"site": "www.ville-maradi.example.ne", "style": "town-hall-scanned-communique-ocr",
          "defects": ["ocr-errors", "letter-spaced", "stray-junk-line", "unaccented-capitals", "hard-wrap",
                      "wrapped-number", "pdf-hyphenation", "page-furniture", "postcode-trap"]},
    blocks=[
        B("""REPUBLIQUE DU NIGER
REGION DE MARADI
COMMUNE URBAINE DE MARADI
CABINET DU MAIRE
N° 0147/CUM/CAB/2025
C O M M U N I Q U E   D E   P R E S S E
~ . ' ,  ·"""),
        X("   FERMETURE TEMPORAIRE DU GRAND MARCHE DE MARADI\n        POUR TRAVAUX DE REHABILITATION",
          "FERMETURE TEMPORAIRE DU GRAND MARCHÉ DE MARADI POUR TRAVAUX DE RÉHABILITATION"),
        X(" " * 52 + "Maradi, le 2 décembre 2O25", "Maradi, le 2 décembre 2025"),
        ocr_x(H450_P1, "h450a"),
        ocr_x(H450_P2, "h450b"),
        ocr_x(H450_P3, "h450c"),
        X("M E S U R E S   D E   S E C U R I T E", "MESURES DE SÉCURITÉ"),
        ocr_x(H450_P4, "h450d"),
        X("Pour tout renseignement : Service de la communication de la Mairie, Tél. 20 41 05 12 / 96 88 14 07",
          "Pour tout renseignement : Service de la communication de la Mairie, Tél. 20 41 05 12 / 96 88 14 07"),
        X(" " * 44 + "Le Maire,", "Le Maire,"),
        B(" " * 40 + "| |  /~ ."),
        X(" " * 40 + "Ibrahim Sani Chaïbou", "Ibrahim Sani Chaïbou"),
        B("BP 425 Maradi – Tél. 20 41 00 00 – mairie@ville-maradi.example.ne" + " " * 20 + "1/1"),
    ],
    gold=dict(
        title="FERMETURE TEMPORAIRE DU GRAND MARCHÉ DE MARADI POUR TRAVAUX DE RÉHABILITATION",
        dateline=dl("Maradi", "2025-12-02"),
        organisations=[org("Banque ouest-africaine de développement", "BOAD"),
                       org("Chambre de commerce et d'industrie du Niger", "CCIN")],
        places=[place("Maradi"), place("Sabon Gari")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("lundi 15 décembre 2025", "2025-12-15", None, "date"),
            fig("dimanche 15 février 2026", "2026-02-15", None, "date"),
            fig("9 août 2025", "2025-08-09", None, "date"),
            fig("640 boutiques", 640, "boutiques"),
            fig("quelque 3 200 commerçants", 3200, "commerçants", qualifier="quelque"),
            fig("1 250 emplacements", 1250, "emplacements"),
            fig("le samedi 13 décembre 2025 à 9 heures", "2025-12-13", None, "date"),
            fig("1,84 milliard de francs CFA", 1840000000, "francs CFA", "money", currency="XOF"),
            fig("60 %", 60, "%", "percent"),
            fig("1 100 boutiques", 1100, "boutiques"),
            fig("48 bornes", 48, "bornes"),
            fig("2,6 kilomètres", 2.6, "kilomètres", "other"),
            fig("le vendredi 12 décembre 2025 à 18 heures", "2025-12-12", None, "date"),
        ],
        phones=[phone("+22720410512"), phone("+22796881407")],
        emails=[],
        contacts=[contact(None, None, "Service de la communication de la Mairie", ["+22720410512", "+22796881407"])],
        notes="A scanned communiqué of the town of Maradi, Niger (made-up host and people), as OCR text: the state, "
              "region and town letterhead, the cabinet line, the reference number, the letter-spaced document label "
              "'C O M M U N I Q U E   D E   P R E S S E', speck and stamp lines read as punctuation (one between the "
              "'Le Maire,' line and the name) and the footer with BP box, switchboard, the town hall's address and "
              "'1/1' are boilerplate (h136-h151 OCR rules: tags ocr-errors, letter-spaced, stray-junk-line). The "
              "capital title centred on two lines lost its accents ('MARCHE', 'REHABILITATION'): one clean line "
              "with them back; the right-aligned dateline 'Maradi, le 2 décembre 2O25' has an OCR letter O for a "
              "zero. OCR confusions repaired to what the paper printed: 'Cornmune', 'incornbustibles', "
              "'indernnisation' (rn for m), '1es', 'réhabi1itation' (1 for l), '2O25', '6O %' (O for 0), '1,B4' (B "
              "for 8); the figure texts are the repaired ones. The printed lines (about 72-76 columns) are joined, "
              "hyphenated words rejoined, and one line break splits '1' / '250 emplacements' (joined). The straight "
              "apostrophes are kept as written (h144: the OCR text keeps the letter's typography); 'l'Etat', typed "
              "without the accent on its capital, becomes 'l'État' (unaccented capital, README). The "
              "letter-spaced heading 'M E S U R E S   D E   S E C U R I T E' is rejoined and its accents restored "
              "('MESURES DE SÉCURITÉ'). Figures: 'du lundi 15 décembre 2025 au dimanche 15 février 2026' two dates "
              "without 'du'/'au'; 'l'incendie du 9 août 2025' the date without 'du'; 'le samedi 13 décembre 2025 à "
              "9 heures' and 'avant le vendredi 12 décembre 2025 à 18 heures' dates with clock times (one figure "
              "each); 'financés par l'État à hauteur de 60 %'. Not figures: the reference 'N° 0147/CUM/CAB/2025', the "
              "footer's BP box and page mark. The town hall (the 'Commune urbaine de Maradi', 'la Mairie') is the "
              "town, not an organisation (README 'Ville de X'); 'l'État' generic; the BOAD and the CCIN listed with "
              "their acronyms (real bodies, invented news). 'le marché de Sabon Gari' gives the place 'Sabon Gari' "
              "(h315 market rule); the stadium is a venue. The signature is not a contact; the office line is one "
              "contact (person null) with a Maradi landline and a mobile after '/' (+227 by the page).",
    ),
))


def fffd(clean: str, chars: str = "’–œ") -> str:
    """Markup for text whose raw side went through Latin-1 with replacement: `chars` shown as U+FFFD."""
    return "".join(f"[[\ufffd||{c}]]" if c in chars else c for c in clean)


# --------------------------------------------------------------------------- h451 French embassy in Vanuatu: ’, – and œ as U+FFFD in the article, an English caption, trilingual name line
VU_TOP = """Ambassade de France au Vanuatu
French Embassy in Vanuatu | Ambasad blong Franis long Vanuatu
Accueil | L’Ambassade | Services aux citoyens | Visas | Coopération | Coopération | Actualités
Accueil > Actualités > Coopération
Publié le 02/12/2025"""
VU_BOTTOM = """Partager | Imprimer | Envoyer
Dernière modification : 02/12/2025
Ambassade de France au Vanuatu – Kumul Highway, BP 60, Port-Vila – Tél. : +678 22 353
Mentions légales | Accessibilité | Plan du site
Ce site utilise des cookies de mesure d’audience. OK"""
PAGES.append(Page(
    name="h451-ambassade-france-vanuatu-ecoles-tanna",
    meta={"site": "vu.ambafrance.example.org", "style": "embassy-cooperation-news-pacific",
          "defects": ["lost-apostrophe", "lost-dash", "oe-replacement-char", "english-caption", "menu",
                      "duplicate-lines", "breadcrumb", "share-lines", "cookie-banner", "postcode-trap"]},
    blocks=[
        B(VU_TOP),
        P("Le Vanuatu et la France inaugurent douze écoles résistantes aux cyclones à Tanna"),
        P(fffd("Port-Vila, le 2 décembre 2025 – L’ambassadeur de France au Vanuatu, Philippe Le Goff-Tarigan, et le "
               "ministre de l’Éducation et de la Formation du Vanuatu ont inauguré lundi à Lenakel, sur l’île de "
               "Tanna, la dernière des douze écoles reconstruites après les cyclones de 2023. Le programme, d’un "
               "montant de 1,4 million d’euros, soit environ 182 millions de vatu, a été financé par le Fonds "
               "Pacifique et mis en œuvre par l’Agence française de développement (AFD).")),
        P(fffd("Les nouveaux bâtiments, conçus pour résister à des vents de 250 km/h, accueillent 2 150 élèves de la "
               "province de Tafea. Chaque école dispose d’une citerne de 20 000 litres et de panneaux solaires, et "
               "peut servir d’abri à 300 personnes en cas d’alerte. Les travaux, confiés à des entreprises locales, "
               "ont mobilisé 140 ouvriers pendant 18 mois.")),
        P(fffd("« Ces écoles sont le cœur de nos villages : quand le cyclone arrive, c’est là que les familles se "
               "réfugient », a souligné la directrice de l’école de Lenakel, Mme Nelly Iaukiau.")),
        P(fffd("L’ambassadeur et des élèves devant la nouvelle école de Lenakel, le 1er décembre 2025. © Ambassade de "
               "France au Vanuatu")),
        P("The ambassador and pupils in front of the new school in Lenakel, 1 December 2025. © French Embassy in "
          "Vanuatu"),
        P(fffd("La France consacre chaque année près de 3 millions d’euros à la coopération avec le Vanuatu, dans "
               "l’éducation, la santé et l’adaptation au changement climatique. Le français est la langue "
               "d’enseignement d’environ 40 % des écoles du pays.")),
        L(fffd("Contact presse : Service de presse de l’ambassade – Marie Toa, attachée de presse – +678 22 353 – "
               "+678 771 2046 – presse.port-vila@ambafrance-vu.example.org")),
        B(VU_BOTTOM),
    ],
    gold=dict(
        title="Le Vanuatu et la France inaugurent douze écoles résistantes aux cyclones à Tanna",
        dateline=dl("Port-Vila", "2025-12-02"),
        organisations=[org("Fonds Pacifique"), org("Agence française de développement", "AFD")],
        places=[place("Vanuatu", "VU"), place("France", "FR"), place("Tanna"), place("Port-Vila"),
                place("Lenakel"), place("Tafea")],
        figures=[
            fig("douze écoles", 12, "écoles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("2023", 2023, None, "year"),
            fig("1,4 million d’euros", 1400000, "euros", "money", currency="EUR"),
            fig("environ 182 millions de vatu", 182000000, "vatu", "money", qualifier="environ", currency="VUV"),
            fig("250 km/h", 250, "km/h", "other"),
            fig("2 150 élèves", 2150, "élèves"),
            fig("20 000 litres", 20000, "litres", "other"),
            fig("300 personnes", 300, "personnes"),
            fig("140 ouvriers", 140, "ouvriers"),
            fig("18 mois", 18, "mois", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("1 December 2025", "2025-12-01", None, "date"),
            fig("près de 3 millions d’euros", 3000000, "euros", "money", qualifier="près de", currency="EUR"),
            fig("environ 40 %", 40, "%", "percent", qualifier="environ"),
        ],
        phones=[phone("+67822353"), phone("+6787712046")],
        emails=["presse.port-vila@ambafrance-vu.example.org"],
        contacts=[contact("Marie Toa", "attachée de presse", "Service de presse de l’ambassade",
                          ["+67822353", "+6787712046"], ["presse.port-vila@ambafrance-vu.example.org"])],
        notes="The French embassy in Vanuatu (made-up host; the embassy, the Fonds Pacifique and the AFD real, the "
              "news, people and numbers invented): the French/English/Bislama name lines, menu with 'Coopération' "
              "twice, breadcrumb, publication line, share line, update line, footer with BP box and switchboard, "
              "legal and cookie lines are boilerplate. The article went through Latin-1 with replacement: every ’, "
              "– and œ is U+FFFD ('L�ambassadeur', '2025 � L', 'le c�ur', 'mis en �uvre', the contact line's "
              "separators), each restored (tags lost-apostrophe, lost-dash, oe-replacement-char); the CMS title and "
              "the English caption are intact. The French caption carries its credit (article text, the credit no "
              "organisation); the English caption is article text (english-caption). 'douze écoles' one text for "
              "title and body; 'les cyclones de 2023' gives '2023'; '1,4 million d’euros, soit environ 182 "
              "millions de vatu' two money figures (VUV, unit as written); '250 km/h' a measure; 'pendant 18 mois' "
              "a duration; 'le 1er décembre 2025' and '1 December 2025' two date texts; 'chaque année' out. The "
              "embassy and the ministry stand only in roles and in the credit (not listed; 'France' stands alone "
              "as the acting country, h295); 'la dernière des douze' repeats the count. Places: 'l’île de Tanna' "
              "gives 'Tanna', 'la province de Tafea' gives 'Tafea'. Contact: the press service label, the press "
              "attaché, a five-digit Port-Vila landline (the footer's switchboard, here in the article) and a "
              "seven-digit mobile (+678).",
    ),
))

# --------------------------------------------------------------------------- h452 Brussels news site reprinting a Belga dispatch: ticker, kicker, byline, '(Belga)' opening without place, glued sentences, ad labels between paragraphs, a cp1250 paragraph, a half-repaired word
BM_TOP = """Bruxelles Matin
Accueil | Belgique | Bruxelles | Monde | Économie | Sport | Culture | Opinions
EN DIRECT ▸ Grève à la STIB : métros perturbés jusqu’à 19 h ▸ Météo : jusqu’à 15 cm de neige en Ardenne ▸ Bourse : le Bel 20 en hausse de 0,8 %
ÉCONOMIE"""
BM_BOTTOM = """PUBLICITÉ
Partager : Facebook | X | LinkedIn | E-mail
Vos réactions (14)
Les plus lus
1. Ring de Bruxelles : 4 kilomètres de bouchons ce matin à Woluwe
2. Budget fédéral : l’accord attendu avant le 20 décembre
© Bruxelles Matin 2025 – Rue de la Loi 155, 1040 Bruxelles – Tous droits réservés"""
PAGES.append(Page(
    name="h452-bruxelles-matin-belga-liege-airport-fret",
    meta={"site": "www.bruxelles-matin.example.be", "style": "brussels-news-portal-old-cms-belga-reprint",
          "defects": ["body-glued", "hard-wrap", "mojibake-cp1250", "ad-label", "read-more", "menu", "ticker",
                      "share-lines", "comments-widget", "postcode-trap"]},
    wrap=72, jitter=8,
    blocks=[
        B(BM_TOP),
        P("Liège Airport a traité 1,21 million de tonnes de fret en onze mois, un record", nowrap=True),
        B("Par Belga | Publié le 02/12/2025 à 14:12 | Mis à jour à 15:30"),
        P("(Belga) Liège Airport a traité 1,21 million de tonnes de fret entre janvier et novembre, soit 7,4 % de plus "
          "qu’un an plus tôt, a annoncé mardi la direction de l’aéroport, qui revendique la place de premier aéroport "
          "de fret de Belgique et de sixième en Europe."),
        P("Le chiffre d’affaires devrait dépasser 145 millions d’euros sur l’ensemble de l’année. L’aéroport emploie "
          "directement quelque 1⏎100 personnes et fait vivre plus de 10 000 emplois indirects en province de Liège, "
          "selon une étude de la Banque nationale de Belgique (BNB).", glue=True),
        B("PUBLICITÉ"),
        P("La croissance tient surtout au commerce électronique : les colis en provenance d’Asie représentent "
          "désormais près de la moitié des volumes. Les riverains dénoncent toutefois la hausse des vols de nuit, qui "
          "ont atteint 11 240 mouvements depuis janvier, et réclament un plafond de 9 000 par an.", moji="cp1250"),
        B("Lire aussi | Charleroi : l’aéroport dépasse les 10 millions de passagers pour la première fois"),
        P("Le ministre wallon de l’Économie a annoncé une enveloppe de 38 millions d’euros pour agrandir la zone "
          "logistique de Bierset, où 14 hectares seront [[amĂ©nagĂ©s||aménagés]] d’ici 2027. Les travaux doivent "
          "débuter au printemps 2026."),
        P("Les syndicats saluent ces investissements mais demandent des garanties sur les conditions de travail "
          "nocturne, après deux arrêts de travail en octobre.", glue=True),
        B(BM_BOTTOM),
    ],
    gold=dict(
        title="Liège Airport a traité 1,21 million de tonnes de fret en onze mois, un record",
        dateline=None,
        organisations=[org("Belga"), org("Liège Airport"), org("Banque nationale de Belgique", "BNB")],
        places=[place("Belgique", "BE"), place("Europe"), place("Liège"), place("Asie"), place("Bierset")],
        figures=[
            fig("1,21 million de tonnes", 1210000, "tonnes", "other"),
            fig("onze mois", 11, "mois", "duration"),
            fig("7,4 %", 7.4, "%", "percent"),
            fig("145 millions d’euros", 145000000, "euros", "money", currency="EUR"),
            fig("quelque 1 100 personnes", 1100, "personnes", qualifier="quelque"),
            fig("plus de 10 000 emplois", 10000, "emplois", qualifier="plus de"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("11 240 mouvements", 11240, "mouvements"),
            fig("9 000", 9000, None),
            fig("38 millions d’euros", 38000000, "euros", "money", currency="EUR"),
            fig("14 hectares", 14, "hectares", "other"),
            fig("2027", 2027, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("deux arrêts", 2, "arrêts"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A made-up Brussels news portal on an old CMS reprinting a dispatch of the Belgian agency Belga (real agency and "
              "airport, invented figures): site name, menu, the 'EN DIRECT ▸' ticker (its numbers chrome), the "
              "capital rubric kicker, the byline/publication/update line, the 'PUBLICITÉ' labels left by two ad slots "
              "(one between two paragraphs, one after the article; new tag ad-label), an in-body 'Lire aussi | ...' "
              "line (read-more), share line, the comment counter, 'Les plus lus' and the footer with the 1040 "
              "postcode are boilerplate. The dispatch opens with the agency in brackets and no place ('(Belga) "
              "Liège Airport a traité ...', Belga's own shape): no dateline (a dateline needs a place; see the notes "
              "of this set), the agency listed as an organisation under its name 'Belga' (not an acronym). The portal's old CMS "
              "hard-wraps the article at about 64-72 columns (joined), two breaks splitting figures ('quelque 1' / "
              "'100 personnes', 'un plafond de 9' / '000 par an'; wrapped-number, added by the renderer). Two "
              "sentences are glued to the previous paragraph ('en Europe.Le chiffre', 'printemps 2026.Les "
              "syndicats'): split. The third paragraph is UTF-8 read as cp1250 ('dâ€™Asie', 'dĂ©sormais'), decoded; "
              "the fourth keeps one half-repaired word 'amĂ©nagĂ©s' in a clean paragraph, restored. The title's and "
              "the body's '1,21 million de tonnes' one text (a measure with its scale); 'en onze mois' gives 'onze "
              "mois'; 'qu’un an plus tôt' no figure; 'premier', 'sixième' ordinal words; 'un plafond de 9 000 par an' "
              "a count without noun (per-unit out); 'd’ici 2027' and 'au printemps 2026' years (h389). Organisations: "
              "Belga, Liège Airport (a company acting, its name holding the city), the BNB; 'la direction de "
              "l’aéroport', 'Les syndicats' and 'Le ministre wallon de l’Économie' generic or roles. Places: "
              "'Belgique', 'Europe' and 'Asie' (iso null), 'en province de Liège' gives 'Liège', 'la zone logistique "
              "de Bierset' gives 'Bierset'. No contact.",
    ),
))

# --------------------------------------------------------------------------- h453 Great Lakes community's draft communiqué in an online word-processor viewer: viewer chrome, letterhead, review-comment anchors and pane, double spaces after full stops, footnote
WD_TOP = """Bureau en ligne – Documents
communique_CEPGL_interconnexion_V3_relu.docx – Enregistré
Fichier | Accueil | Insertion | Mise en page | Révision | Affichage | Aide
Mode lecture | Modifier le document | Imprimer | Partager | Commentaires (3)
COMMUNAUTE ECONOMIQUE DES PAYS DES GRANDS LACS
Secrétariat exécutif – Gisenyi
COMMUNIQUE DE PRESSE"""
WD_BOTTOM = """Page 1 sur 1 | 512 mots | Français (France) | Zoom 100 %
Commentaires
Jeanine Nduwimana [JN1] 27 nov. 2025 : vérifier la longueur avec EGL (187 ou 192 km ?)
Jeanine Nduwimana [JN2] 27 nov. 2025 : chiffre à confirmer par la BAD
Patrick Mugisha [JN3] 28 nov. 2025 : OK pour un tiers, validé par le SE
Répondre | Résoudre"""
PAGES.append(Page(
    name="h453-cepgl-interconnexion-goma-gisenyi-bukavu-docx",
    meta={"site": "docs.bureau-en-ligne.example.com", "style": "online-word-processor-viewer-draft",
          "defects": ["pdf-chrome", "word-comments", "double-space"]},
    blocks=[
        B(WD_TOP),
        P("Interconnexion électrique des Grands Lacs : la ligne Goma–Gisenyi–Bukavu sous tension avant juin 2026"),
        P("Gisenyi, le 1er décembre 2025"),
        P("Les ministres de l’Énergie de la République démocratique du Congo, du Rwanda et du Burundi, réunis le 28 "
          "novembre à Gisenyi sous l’égide de la Communauté économique des pays des Grands Lacs (CEPGL), ont validé le "
          "calendrier de la ligne d’interconnexion à 220 kilovolts qui reliera Goma, Gisenyi et Bukavu sur 187 "
          "kilomètres[[[JN1]||]].[[  || ]]Le projet, d’un coût de USD 146 millions, est financé par la Banque africaine "
          "de développement (BAD) et l’Union européenne."),
        P("La ligne permettra d’échanger jusqu’à 120 mégawatts entre les trois pays et d’alimenter près de 95 000 "
          "ménages supplémentaires autour du lac Kivu[[[JN2]||]].[[  || ]]La société Énergie des Grands Lacs (EGL), "
          "organisme spécialisé de la CEPGL, assurera l’exploitation de l’ouvrage."),
        P("« Cette ligne est la preuve que l’intégration régionale se construit pylône après pylône », a déclaré le "
          "secrétaire exécutif de la CEPGL, Dieudonné Habonimana¹."),
        P("Les travaux de génie civil commenceront en février 2026 et dureront 14 mois.[[  || ]]Près de 600 emplois "
          "locaux seront créés pendant le chantier, dont un tiers réservés aux femmes[[[JN3]||]]."),
        L("Contact presse : Cellule de communication de la CEPGL – +250 788 314 562 – +243 997 208 115 – "
          "communication@cepgl.example.org"),
        P("¹ Nommé en juillet 2024 pour un mandat de quatre ans."),
        B(WD_BOTTOM),
    ],
    gold=dict(
        title="Interconnexion électrique des Grands Lacs : la ligne Goma–Gisenyi–Bukavu sous tension avant juin 2026",
        dateline=dl("Gisenyi", "2025-12-01"),
        organisations=[org("Communauté économique des pays des Grands Lacs", "CEPGL"),
                       org("Banque africaine de développement", "BAD"), org("Union européenne"),
                       org("Énergie des Grands Lacs", "EGL")],
        places=[place("Goma"), place("Gisenyi"), place("Bukavu"), place("République démocratique du Congo", "CD"),
                place("Rwanda", "RW"), place("Burundi", "BI"), place("lac Kivu"), place("Grands Lacs")],
        figures=[
            fig("juin 2026", 2026, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("220 kilovolts", 220, "kilovolts", "other"),
            fig("187 kilomètres", 187, "kilomètres", "other"),
            fig("USD 146 millions", 146000000, "USD", "money", currency="USD"),
            fig("jusqu’à 120 mégawatts", 120, "mégawatts", "other", qualifier="jusqu’à"),
            fig("trois pays", 3, "pays"),
            fig("près de 95 000 ménages", 95000, "ménages", qualifier="près de"),
            fig("février 2026", 2026, None, "year"),
            fig("14 mois", 14, "mois", "duration"),
            fig("Près de 600 emplois", 600, "emplois", qualifier="Près de"),
            fig("un tiers", 0.3333, None, "other"),
            fig("juillet 2024", 2024, None, "year"),
            fig("quatre ans", 4, "ans", "duration"),
        ],
        phones=[phone("+250788314562"), phone("+243997208115")],
        emails=["communication@cepgl.example.org"],
        contacts=[contact(None, None, "Cellule de communication de la CEPGL", ["+250788314562", "+243997208115"],
                          ["communication@cepgl.example.org"])],
        notes="A draft communiqué of the Great Lakes economic community (real body, invented news and people; the "
              "viewer's host made up) opened in an online word processor's reading view: the viewer's name, file-name, "
              "ribbon and toolbar lines and the status bar ('Page 1 sur 1 | 512 mots | Français (France) | Zoom 100 "
              "%') are viewer chrome (tag pdf-chrome, as the browser PDF viewer h406), the document's unaccented "
              "letterhead (a document without CMS title, h56-h71) boilerplate. The reviewers' comments left in the "
              "file show as anchors '[JN1]', '[JN2]', '[JN3]' glued to the words they annotate and as the comment "
              "pane at the end ('Commentaires', author, anchor, date and remark, 'Répondre | Résoudre'): the anchors "
              "are removed from the clean text and the pane is boilerplate (new tag word-comments); the pane's "
              "numbers ('187 ou 192 km', dates) are not figures. The typist left two spaces after three full stops "
              "(double-space, removed). The document's own title is the title; the place-and-date line under it the "
              "dateline. The footnote mark '¹' after the secretary's name is a real superscript (kept, no figure) and "
              "the footnote line at the foot of the page is article text ('juillet 2024' a year, 'quatre ans' a "
              "duration). Figures: 'avant juin 2026' a month-year; 'réunis le 28 novembre' without year; 'USD 146 "
              "millions' money with the code before the number (unit 'USD', h408-h423 'RWF 85 million'); '220 "
              "kilovolts' and 'jusqu’à 120 mégawatts' measures; 'les trois pays' a count; 'dont un tiers' a fraction. "
              "The line 'Goma–Gisenyi–Bukavu' gives its towns (h280-h295 corridor rule). Organisations: the CEPGL, "
              "the BAD, the Union européenne and the EGL (the community's specialised body, listed with its acronym; "
              "'la société' there is its description). The ministers are roles. Places: the three countries (CD, RW, "
              "BI), the towns, 'lac Kivu' with its generic noun, and 'Grands Lacs' (the region, standing alone in the title "
              "'Interconnexion électrique des Grands Lacs', iso null, as h296's 'Sahel'; also inside the CEPGL's and the "
              "EGL's names). Contact: the communication cell (person null) with "
              "a Rwandan and a Congolese mobile.",
    ),
))

# --------------------------------------------------------------------------- h454 browser print view of a Moroccan ministry's release: English-locale print header, a page break inside a paragraph, a paragraph without accents, a space before a comma, “ ” inside « », Mm³
MA_HEAD = ("12/2/25, 3:47 PM                Barrages : le taux de remplissage remonte à 31,4 % | Ministère de "
           "l’Équipement et de l’Eau")
MA_URL = "https://www.equipement-eau.example.gov.ma/fr/communiques/barrages-taux-remplissage-2-decembre-2025"
H454_P3A = ("Pour sécuriser l’eau potable, le ministère accélère le programme de dessalement : la station de Casablanca, "
            "d’une capacité de 300 millions de mètres cubes par an, entrera en service par tranches à partir de juin "
            "2026[[ ,||,]] et les autoroutes de l’eau entre le Sebou et le Bouregreg ont déjà transféré 420 Mm³")
H454_P3B = ("depuis leur mise en service. Ces investissements représentent 14,5 milliards de dirhams sur la période "
            "2024-2027.")
PAGES.append(Page(
    name="h454-ministere-equipement-eau-maroc-barrages-print",
    meta={"site": "www.equipement-eau.example.gov.ma", "style": "ministry-release-browser-print-view-en-locale",
          "defects": ["print-furniture", "stripped-accents", "space-before-comma", "mixed-quotes", "breadcrumb",
                      "share-lines"]},
    blocks=[
        B(MA_HEAD + "\n"
          "المملكة المغربية | Royaume du Maroc\n"
          "Ministère de l’Équipement et de l’Eau\n"
          "Accueil > Médiathèque > Communiqués\n"
          "Communiqué | 2 décembre 2025"),
        P("Barrages : le taux de remplissage remonte à 31,4 % après les pluies de novembre"),
        P("Rabat, le 2 décembre 2025 – Le taux de remplissage des barrages du Royaume atteignait 31,4 % ce mardi, "
          "contre 26,8 % à la même date l’an dernier, soit un volume de 5 260 Mm³, a indiqué le ministère de "
          "l’Équipement et de l’Eau. Les précipitations de la deuxième quinzaine de novembre ont apporté près de 740 "
          "Mm³ en quinze jours."),
        P("Les situations restent contrastées d’un bassin à l’autre : le bassin du Loukkos est rempli à 58 %, celui du "
          "Sebou à 47 %, tandis que celui de l’Oum Er-Rbia, qui alimente les périmètres irrigués des Doukkala et du "
          "Tadla, plafonne à 9,2 %. Le barrage de Bin El Ouidane n’est qu’à 7 % de sa capacité.", strip=True),
        X(side(H454_P3A, 0), side(H454_P3A, 1) + " " + side(H454_P3B, 1)),
        B(MA_URL + "      1/2\n" + MA_HEAD),
        X(side(H454_P3B, 0), ""),
        P("« Malgré ces pluies, le Maroc vit sa septième année de sécheresse consécutive. “Chaque goutte compte” doit "
          "rester notre règle », a déclaré le ministre."),
        L("Direction de la communication et de la coopération – Tél. : +212 5 37 57 20 00 – Fax : +212 5 37 57 20 01 "
          "– communication@equipement-eau.example.gov.ma"),
        B("Partager : Facebook | X | LinkedIn | Imprimer\n"
          "© 2025 Ministère de l’Équipement et de l’Eau – Tous droits réservés\n" + MA_URL + "      2/2"),
    ],
    gold=dict(
        title="Barrages : le taux de remplissage remonte à 31,4 % après les pluies de novembre",
        dateline=dl("Rabat", "2025-12-02"),
        organisations=[org("ministère de l’Équipement et de l’Eau")],
        places=[place("Rabat"), place("Loukkos"), place("Sebou"), place("Oum Er-Rbia"), place("Doukkala"),
                place("Tadla"), place("Bin El Ouidane"), place("Casablanca"), place("Bouregreg"),
                place("Maroc", "MA")],
        figures=[
            fig("31,4 %", 31.4, "%", "percent"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("26,8 %", 26.8, "%", "percent"),
            fig("5 260 Mm³", 5260000000, "Mm³", "other"),
            fig("près de 740 Mm³", 740000000, "Mm³", "other", qualifier="près de"),
            fig("quinze jours", 15, "jours", "duration"),
            fig("58 %", 58, "%", "percent"),
            fig("47 %", 47, "%", "percent"),
            fig("9,2 %", 9.2, "%", "percent"),
            fig("7 %", 7, "%", "percent"),
            fig("300 millions de mètres cubes", 300000000, "mètres cubes", "other"),
            fig("juin 2026", 2026, None, "year"),
            fig("420 Mm³", 420000000, "Mm³", "other"),
            fig("14,5 milliards de dirhams", 14500000000, "dirhams", "money", currency="MAD"),
            fig("2024", 2024, None, "year"),
            fig("2027", 2027, None, "year"),
        ],
        phones=[phone("+212537572000"), phone("+212537572001", "fax")],
        emails=["communication@equipement-eau.example.gov.ma"],
        contacts=[contact(None, None, "Direction de la communication et de la coopération",
                          ["+212537572000", "+212537572001"], ["communication@equipement-eau.example.gov.ma"])],
        notes="A browser's print view of a release of Morocco's ministry of equipment and water (real ministry, "
              "invented figures; made-up host), printed from a browser set to an English locale: the print header "
              "'12/2/25, 3:47 PM' (US month/day order, chrome, no figure) with the page title and site name, at the "
              "top and again after the page break, the print footer (URL and '1/2', '2/2'), the Arabic/French "
              "kingdom line, the ministry's name line, breadcrumb, type/date line, share and copyright lines are "
              "boilerplate (print-furniture). The page break falls inside the third paragraph ('transféré 420 Mm³' "
              "/ 'depuis leur mise en service'): one clean line. The second paragraph lost its accents "
              "('contrastees', 'a 58 %', 'perimetres irrigues', 'capacite'): restored; 'juin 2026 ,' loses the space "
              "before its comma; “ ” inside the minister's « » quote are kept (mixed-quotes). 'Mm³' (millions of "
              "cubic metres, the Moroccan water statistics' unit) is a measure whose value takes its scale: '5 260 "
              "Mm³' = 5 260 000 000 (as 'M€'); 'près de 740 Mm³', '420 Mm³' likewise, '300 millions de mètres cubes' "
              "with the per-unit 'par an' out. The title's and the body's '31,4 %' one text; 'contre 26,8 % à la "
              "même date l’an dernier' no year figure; 'la deuxième quinzaine', 'sa septième année' ordinal words; "
              "'en quinze jours' a duration; 'sur la période 2024-2027' two years. The ministry is the source "
              "('a indiqué le ministère ...'): listed as the body writes it; 'le Royaume' and 'le ministre' "
              "generic/role. Places: basins and rivers by their names ('le bassin du Loukkos' → 'Loukkos', 'le "
              "Sebou', 'l’Oum Er-Rbia', 'le Bouregreg'), the plains 'Doukkala' and 'Tadla', 'Bin El Ouidane' from "
              "the dam's name (h248-h263 plant rule), 'Casablanca' from the station's, 'Maroc' (MA) in the quote. "
              "Contact: the communication directorate (person null) with phone and fax (+212).",
    ),
))

# --------------------------------------------------------------------------- h455 film festival's press conference on a video platform: the video title as title, the description as the article, player, channel, counters, chapters, hashtags, transcript and comments chrome
VT_TOP = """VidéoTube – FESPACO 2027 : lancement de la 30e édition – conférence de presse
VidéoTube
Rechercher
▶ 0:00 / 42:17
Sous-titres | Paramètres | Mini-lecteur | Plein écran"""
VT_MID = """FESPACO officiel
18,2 k abonnés
S’abonner
👍 214 | 👎 | Partager | Télécharger | Enregistrer
3 412 vues · 2 déc. 2025"""
VT_BOTTOM = """#FESPACO2027 #CinémaAfricain #Ouagadougou
…afficher moins
Chapitres
0:00 Ouverture
3:12 Le thème de la 30e édition
11:45 Budget et partenaires
27:30 Questions des journalistes
Transcription
Afficher la transcription
87 commentaires
Trier par
Ajouter un commentaire…
@cinephile_bf · il y a 5 heures
Vivement février 2027 ! Le FESPACO, c’est la fierté de tout un continent 🎬
👍 45 · Répondre
@awa.films · il y a 3 heures
Les inscriptions pour les courts métrages se font aussi en ligne ?
👍 3 · Répondre
À suivre
FESPACO 2025 : la cérémonie de clôture en intégralité · 2:41:08"""
PAGES.append(Page(
    name="h455-fespaco-2027-conference-presse-video",
    meta={"site": "www.videotube.example.com", "style": "video-platform-press-conference",
          "defects": ["video-platform-page", "video-player", "duplicate-title", "votes-widget", "share-lines",
                      "comments-widget"]},
    blocks=[
        B(VT_TOP),
        P("FESPACO 2027 : lancement de la 30e édition – conférence de presse"),
        B(VT_MID),
        P("Ouagadougou, le 2 décembre 2025 – Le Festival panafricain du cinéma et de la télévision de Ouagadougou "
          "(FESPACO) a officiellement lancé ce mardi les préparatifs de sa 30e édition, prévue du 27 février au 6 mars "
          "2027 sous le thème « Cinémas d’Afrique et mémoires partagées »."),
        P("La déléguée générale, Alimata Zongo-Ouédraogo, a annoncé un budget de 2,8 milliards de francs CFA, en hausse "
          "de 12 % par rapport à l’édition précédente. Les inscriptions des films sont ouvertes jusqu’au 15 septembre "
          "2026 ; plus de 1 300 œuvres de 52 pays avaient été soumises en 2025."),
        P("Le festival attend 150 000 spectateurs et 4 500 professionnels accrédités. Un marché du film réunira "
          "pendant six jours distributeurs, diffuseurs et plateformes au Siao, en marge des projections."),
        L("""Contact presse : Direction de la communication du FESPACO – +226 25 30 75 38 / +226 70 26 14 92 – presse@fespaco.example.bf
Accréditations : accreditations@fespaco.example.bf"""),
        B(VT_BOTTOM),
    ],
    gold=dict(
        title="FESPACO 2027 : lancement de la 30e édition – conférence de presse",
        dateline=dl("Ouagadougou", "2025-12-02"),
        organisations=[org("Festival panafricain du cinéma et de la télévision de Ouagadougou", "FESPACO")],
        places=[place("Ouagadougou")],
        figures=[
            fig("30e", 30, None, "ordinal"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("27 février", "2027-02-27", None, "date"),
            fig("6 mars 2027", "2027-03-06", None, "date"),
            fig("2,8 milliards de francs CFA", 2800000000, "francs CFA", "money", currency="XOF"),
            fig("12 %", 12, "%", "percent"),
            fig("15 septembre 2026", "2026-09-15", None, "date"),
            fig("plus de 1 300 œuvres", 1300, "œuvres", qualifier="plus de"),
            fig("52 pays", 52, "pays"),
            fig("en 2025", 2025, None, "year"),
            fig("150 000 spectateurs", 150000, "spectateurs"),
            fig("4 500 professionnels", 4500, "professionnels"),
            fig("six jours", 6, "jours", "duration"),
        ],
        phones=[phone("+22625307538"), phone("+22670261492")],
        emails=["presse@fespaco.example.bf", "accreditations@fespaco.example.bf"],
        contacts=[contact(None, None, "Direction de la communication du FESPACO", ["+22625307538", "+22670261492"],
                          ["presse@fespaco.example.bf"]),
                  contact(None, None, "Accréditations", [], ["accreditations@fespaco.example.bf"])],
        notes="A film festival's press conference posted on a made-up video platform (the FESPACO is real, its "
              "figures and people invented), scraped with the platform's page: the browser-title line that repeats "
              "the video title with the platform's name (duplicate-title), the platform name and search lines, the "
              "player's time and control lines (video-player, '42:17' no figure), the channel name, subscriber "
              "count, subscribe button, the reactions/share line (votes-widget, share-lines), the views-and-date "
              "line, and after the description the hashtag line ('#FESPACO2027' no figure), '…afficher moins', the "
              "chapter list with its time codes, the transcript buttons, the comment count, sort label, comment "
              "field, readers' comments with their handles and relative times, and the 'À suivre' suggestion are "
              "boilerplate (new tag video-platform-page). The video's title (the page's H1) is the title; the "
              "description under the views line is the article, with its dateline 'Ouagadougou, le 2 décembre "
              "2025 –'. 'FESPACO 2027' in the title is an edition's name (its year no figure, h152-h167); '30e "
              "édition' an ordinal with its noun, one text for title and body; 'du 27 février au 6 mars 2027': "
              "'27 février' (its own month, the second bound's year, h152-h167) and '6 mars 2027'; 'jusqu’au 15 "
              "septembre 2026' the date without 'jusqu’au'; 'l’édition précédente' no figure; 'avaient été soumises "
              "en 2025' gives 'en 2025'; 'pendant six jours' a duration. The FESPACO (the festival's institution, "
              "acting: it launches, budgets and takes registrations, with a délégation générale) is listed with "
              "its long form and acronym, although a festival's edition is an event (see the notes of this set); "
              "the theme's title 'Cinémas d’Afrique et mémoires partagées' is a name, so 'Afrique' inside it is no place (as a country inside a plan's name, h88-h103); 'au Siao' "
              "(the fair grounds) a venue; the market is an event. Contacts: the communication directorate (person "
              "null, a Ouagadougou landline and a mobile, +226) and the accreditation line with only an address (an "
              "office contact labelled 'Accréditations', h136-h151 accreditation-line rule).",
    ),
))
