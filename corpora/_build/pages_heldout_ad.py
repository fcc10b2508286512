"""h456-h471: the held-out set, written blind in session 28, first scored with session 29's starting code.

The writer read only corpora/README.md (the gold format and conventions, every "Added with ..." paragraph, the site
table and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_ah.py,
pages_dev_ai.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/, heldout/ and next/ written by others;
pressclean was never run on these pages. h456-h460 come from one made-up press room, the Office régional de l’eau du
Souss-Massa (OREMS) in Agadir, Morocco, sharing its header (a skip line, an optional banner on h457 and h459, a cookie
banner on h458 only, an Arabic/Tamazight/French/English line, site name and slogan, a menu with doubled `Ressources en
eau` and `Espace presse` that gains `Appels d’offres` on h459 and h460, search line, breadcrumb whose rubric changes,
a `type — dd/mm/yyyy` line or `Mis à jour le ...` on h459) and its bottom (share line, a dam-filling widget whose
values change on every page and that shows a maintenance notice on h460, a related block whose lines repeat the other
pages' titles word for word, a newsletter line absent on h457, the green-number line, footer with BP box, postcode and
switchboard, copyright): an annual communiqué, a notice to users, a press invitation, the director general's speech and
a photo story. h461-h471 come from eleven other sites, one page each: a made-up francophone northern-studies centre in
Yellowknife, Northwest Territories, Canada (h461, no defect and no boilerplate), a made-up Phnom Penh French-language
portal's briefs (h462, listing, Cambodia), a made-up Marseille marine NGO's English release on Zanzibar, Tanzania,
under French chrome (h463), UNICEF's Madagascar country office (h464), a made-up Pointe-Noire mangrove association's
release forwarded in a mailing-list archive with quote markers (h465, Republic of the Congo), Gabon's fisheries
ministry (h466, a communiqué typed in capitals without accents), the French embassy in Vanuatu (h467), the Togolese
news agency (h468), a release of the Gulf of Guinea Commission (Luanda, Angola) in a cloud drive's PDF preview (h469),
a browser print view of the State Council of the canton of Geneva (h470) and the Loyalty Islands Province's WordPress
page scraped as raw HTML (h471, New Caledonia). Real bodies (UNICEF, PAM, the Malagasy health ministry, BEI, AFD,
Banque mondiale, EFEO, FFEM, ANPA, Fonds Pacifique, Croix-Rouge du Vanuatu, NSCT, ATOP, the Gulf of Guinea Commission,
Union européenne, the Geneva State Council, the Loyalty Islands Province, Patrimoine canadien, the ministries named)
carry invented news, people and numbers; every other body, every person, host, mailbox and number is made up.
"""
import random
import unicodedata

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "heldout"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "û": "&ucirc;", "â": "&acirc;", "ö": "&ouml;", "ï": "&iuml;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def unacc_raw(clean: str) -> str:
    return "".join(c if c in "’«»–œŒ" else "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in clean)


def unacc(clean: str) -> str:
    """Markup for a line typed without accents."""
    raw = unacc_raw(clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word or phrase shown as mojibake in the raw text."""
    return f"[[{clean.encode('utf-8').decode(codec, errors='replace')}||{clean}]]"


VOW = "aeiouyéèêàâîôûAEIOUYÉ"


def pdflines(marked: str, width: int, seed: str, lig: bool = False, hyphen: bool = True, indent: str = "") -> str:
    """Raw lines of a PDF paragraph, wrapped at about `width` columns, long words hyphenated at a
    vowel-consonant-vowel boundary when their head fits."""
    raw = side(marked, 0)
    rng = random.Random(seed)
    lines, cur = [], ""
    target = width - rng.randint(0, 4)
    for w in raw.split(" "):
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
    out = "\n".join(indent + ln for ln in lines)
    if lig:
        out = out.replace("fi", "\ufb01").replace("fl", "\ufb02")
    return out


def qlines(marked: str, width: int, seed: str, prefix: str = "> ") -> str:
    """Raw lines of a plain-text mail paragraph quoted in a forward: wrapped at about `width` columns, each
    line opened by the quote marker; a `⏎` in the markup forces a break there."""
    raw = side(marked, 0)
    rng = random.Random(seed)
    out = []
    for seg in raw.split("\n"):
        cur = ""
        target = width - rng.randint(0, 6)
        for w in seg.split(" "):
            if cur and len(cur) + 1 + len(w) > target:
                out.append(cur)
                cur = w
                target = width - rng.randint(0, 6)
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(prefix + ln for ln in out)


# =========================================================================== OREMS, regional water office (Agadir, Morocco)
OR_SITE = "www.orems-souss.example.ma"
OR_COOKIE = "Ce site utilise des cookies pour mesurer l’audience. J’accepte | Je refuse | En savoir plus"
T456 = "Souss-Massa : la dotation d’irrigation réduite de 30 % pour la campagne 2025-2026"
T457_CMS = "AVIS AUX USAGERS : COUPURES D’EAU A INEZGANE ET AIT MELLOUL LES 9 ET 10 DECEMBRE"
T457 = "AVIS AUX USAGERS : COUPURES D’EAU À INEZGANE ET AÏT MELLOUL LES 9 ET 10 DÉCEMBRE"
T458 = "Invitation presse : mise en service de la station de dessalement de Tiznit, le jeudi 11 décembre"
T459 = "Allocution du directeur général à la journée régionale sur la gestion des nappes"
T460 = "En images : à Taroudant, le goutte-à-goutte gagne les petites exploitations"
OR_OLD = [("Campagne « Chaque goutte compte » : 120 écoles sensibilisées en novembre", "24/11/2025"),
          ("Chtouka : la station de dessalement a produit 100 millions de mètres cubes depuis 2022", "17/11/2025"),
          ("Appel à projets : 40 millions de dirhams pour les associations d’usagers", "10/11/2025")]


def or_top(rubric, typeline, banner=None, cookie=False, tenders=False):
    lines = []
    if cookie:
        lines.append(OR_COOKIE)
    lines.append("Aller au contenu | Accessibilité | Plan du site")
    if banner:
        lines.append(banner)
    lines += ["العربية | ⵜⴰⵎⴰⵣⵉⵖⵜ | Français | English",
              "OREMS – Office régional de l’eau du Souss-Massa",
              "Chaque goutte compte",
              "☰ Menu",
              "L’Office",
              "Ressources en eau",
              "Ressources en eau",
              "Projets et chantiers",
              "Usagers",
              "Espace presse",
              "Espace presse"]
    if tenders:
        lines.append("Appels d’offres")
    lines += ["Rechercher sur le site…",
              f"Accueil › Espace presse › {rubric}",
              typeline]
    return "\n".join(lines)


def or_widget(day, a, b, c, d):
    return (f"Remplissage des barrages du bassin (au {day}) : Youssef Ben Tachfine {a} % · Abdelmoumen {b} % · "
            f"Aoulouz {c} % · Moyenne du bassin {d} %")


def or_bottom(widget, related, newsletter=True):
    lines = ["Partager : Facebook · X · LinkedIn · WhatsApp · Imprimer",
             widget,
             "Dans l’espace presse"]
    lines += [f"› {h} ({d})" for h, d in related]
    if newsletter:
        lines.append("Lettre d’information : recevez nos communiqués par e-mail | Votre adresse | S’abonner")
    lines += ["Numéro vert : 080 100 21 21 (appel gratuit) – du lundi au samedi, de 8 h à 18 h",
              "OREMS – Avenue Hassan II, BP 312, 80000 Agadir – Standard : +212 5 28 84 16 00",
              "© 2025 OREMS – Mentions légales – Accessibilité – Contact"]
    return "\n".join(lines)


def or_meta(defects, newsletter=True, cookie=False, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if cookie:
        base.append("cookie-banner")
    if newsletter:
        base.append("newsletter-chrome")
    d = {"site": OR_SITE, "style": "regional-water-office-pressroom", "defects": base + defects}
    d.update(extra)
    return d


OR_NOTE = ("Site furniture shared by h456-h460: the skip line, an optional banner (works on h457, accreditation "
           "deadline on h459), a cookie banner on h458 only (not the first page of the visit), an "
           "Arabic/Tamazight/French/English line, site name 'OREMS – Office régional de l’eau du Souss-Massa' and "
           "the slogan 'Chaque goutte compte', '☰ Menu', a vertical menu with doubled 'Ressources en eau' and "
           "'Espace presse' that gains 'Appels d’offres' on h459 and h460, search line, breadcrumb 'Accueil › Espace "
           "presse › rubric' (Communiqués, Avis aux usagers, Invitations presse, Discours, Reportages photo), a 'type "
           "— dd/mm/yyyy' line or 'Mis à jour le ... à ...' (h459); at the bottom the share line, a 'Remplissage des "
           "barrages du bassin (au dd/mm/yyyy)' widget whose values change on every page and which shows a "
           "maintenance notice on h460 (tag ticker; its numbers are not figures), 'Dans l’espace presse' with '› "
           "headline (dd/mm/yyyy)' lines whose headlines are the other pages' titles word for word (h457's as the "
           "CMS stores it, capitals without accents), a newsletter line (absent on h457), the green-number line "
           "(a short toll-free number: neither phone nor figure), footer with BP box, 80000 postcode and "
           "switchboard, copyright line: all boilerplate. The long form in the site name does not count as the "
           "article spelling it out (per-page rule). The OREMS, its people and numbers are made up; the dams named "
           "in the widget are real places but chrome here. Moroccan landlines +212 5 28 ..., mobiles +212 6 ...; "
           "dirhams are MAD.")

# --------------------------------------------------------------------------- h456 annual communiqué: two glued subheadings, the second glued onto a cp1250 paragraph; key-figure lines echoing the widget
PAGES.append(Page(
    name="h456-orems-dotation-irrigation-reduite",
    meta=or_meta(["heading-glued", "mojibake-cp1250"]),
    blocks=[
        B(or_top("Communiqués", "Communiqué — 01/12/2025")),
        P(T456),
        P("Agadir, le 1er décembre 2025 – L’Office régional de l’eau du Souss-Massa (OREMS) a fixé à 180 millions de "
          "mètres cubes la dotation d’eau d’irrigation du périmètre du Souss-Massa pour la campagne agricole "
          "2025-2026, contre 257 millions la campagne précédente, soit une baisse de 30 %. Au 30 novembre, les "
          "barrages du bassin n’étaient remplis qu’à 14,6 %, leur plus bas niveau depuis 1995."),
        P("Priorité à l’eau potable"),
        P("L’alimentation en eau potable des 2,7 millions d’habitants du bassin reste prioritaire, conformément au "
          "Plan national de l’eau 2020-2050. Les prélèvements dans la nappe du Souss, qui baisse de 1,5 mètre par an "
          "en moyenne, seront plafonnés et 340 forages non autorisés seront fermés d’ici à juin 2026.", glue=True),
        P("Un fonds d’appui aux agriculteurs"),
        P("Un fonds de 450 millions de dirhams, financé par l’État et par la Banque européenne d’investissement "
          "(BEI), aidera quelque 6 800 petits exploitants à passer à l’irrigation localisée. L’aide couvrira jusqu’à "
          "80 % du coût des équipements, dans la limite de 30 000 dirhams par hectare.", glue=True, moji="cp1250"),
        P("« Nous demandons un effort à tous, mais aucun douar ne sera privé d’eau potable », a assuré le directeur "
          "général de l’OREMS, Brahim Aït Ouakrim."),
        L("""Chiffres clés au 30 novembre 2025
Réserves des barrages : 118 millions de mètres cubes
Remplissage moyen : 14,6 %
Pluie tombée depuis le 1er septembre : 21 millimètres"""),
        L("""Contact presse :
Nadia El Fassi, chargée de communication, OREMS
Tél. : +212 5 28 84 16 25 – GSM : +212 6 61 47 30 92
n.elfassi@orems-souss.example.ma"""),
        B(or_bottom(or_widget("30/11/2025", "17,2", "8,9", "23,5", "14,6"), OR_OLD)),
    ],
    gold=dict(
        title=T456,
        dateline=dl("Agadir", "2025-12-01"),
        organisations=[org("Office régional de l’eau du Souss-Massa", "OREMS"),
                       org("Banque européenne d’investissement", "BEI")],
        places=[place("Souss-Massa"), place("Agadir"), place("Souss")],
        figures=[
            fig("30 %", 30, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("180 millions de mètres cubes", 180000000, "mètres cubes", "other"),
            fig("257 millions", 257000000, None, "other"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("14,6 %", 14.6, "%", "percent"),
            fig("1995", 1995, None, "year"),
            fig("2,7 millions d’habitants", 2700000, "habitants"),
            fig("1,5 mètre", 1.5, "mètre", "other"),
            fig("340 forages", 340, "forages"),
            fig("juin 2026", 2026, None, "year"),
            fig("450 millions de dirhams", 450000000, "dirhams", "money", currency="MAD"),
            fig("quelque 6 800 petits exploitants", 6800, "exploitants", qualifier="quelque"),
            fig("jusqu’à 80 %", 80, "%", "percent", qualifier="jusqu’à"),
            fig("30 000 dirhams", 30000, "dirhams", "money", currency="MAD"),
            fig("30 novembre 2025", "2025-11-30", None, "date"),
            fig("118 millions de mètres cubes", 118000000, "mètres cubes", "other"),
            fig("le 1er septembre", "--09-01", None, "date"),
            fig("21 millimètres", 21, "millimètres", "other"),
        ],
        phones=[phone("+212528841625"), phone("+212661473092")],
        emails=["n.elfassi@orems-souss.example.ma"],
        contacts=[contact("Nadia El Fassi", "chargée de communication", "OREMS",
                          ["+212528841625", "+212661473092"], ["n.elfassi@orems-souss.example.ma"])],
        notes=OR_NOTE + " Two subheadings glued to the paragraph after them ('potableL’alimentation', "
              "'agriculteursUn fonds'), the second onto a paragraph that is UTF-8 read as cp1250 ('financĂ©', "
              "'lâ€™Ă‰tat' shape, 'jusquâ€™Ă '): split and decoded (the heading itself was clean). The key-figure "
              "line 'Remplissage moyen : 14,6 %' is article text although the widget at the foot of the same page "
              "prints the same value ('Moyenne du bassin 14,6 %', boilerplate): a site-aware method must not drop "
              "the body line for looking like the widget. 'la campagne agricole 2025-2026' (title and body) a "
              "season: two years, one text each; 'contre 257 millions' (mètres cubes elided) kind other, unit null "
              "(h367); 'Au 30 novembre' gives '30 novembre' (no year in that sentence, h411), the key-figure head "
              "'30 novembre 2025' another text; 'depuis 1995' gives '1995'; 'd’ici à juin 2026' gives 'juin 2026'; "
              "'par an', 'par hectare' out; 'Plan national de l’eau 2020-2050' a plan's name (not figures); "
              "'quelque 6 800 petits exploitants' keeps its adjective, unit 'exploitants'. 'la nappe du Souss' gives "
              "the place 'Souss' (iso null, as 'vallée de l’Okanagan'); 'l’État' generic, so Morocco is not a place "
              "on this page; 'douar' a common noun.",
    ),
))

# --------------------------------------------------------------------------- h457 notice to users: banner, capital title typed without accents, every ’ dropped, a list of districts, an office line with the footer's switchboard
PAGES.append(Page(
    name="h457-orems-avis-coupures-inezgane-ait-melloul",
    meta=or_meta(["unaccented-capitals", "lost-apostrophe"], newsletter=False),
    blocks=[
        B(or_top("Avis aux usagers", "Avis aux usagers — 02/12/2025",
                 banner="Travaux : coupures d’eau programmées à Inezgane et Aït Melloul les 9 et 10 décembre.")),
        P("[[AVIS AUX USAGERS : COUPURES DEAU A INEZGANE ET AIT MELLOUL LES 9 ET 10 DECEMBRE||" + T457 + "]]"),
        P("LOREMS informe ses usagers que la distribution d’eau potable sera interrompue le mardi 9 décembre 2025 de "
          "8 h à 20 h, puis le mercredi 10 décembre de 8 h à 14 h, dans plusieurs quartiers d’Inezgane, d’Aït "
          "Melloul et de Dcheira El Jihadia. Ces coupures permettront de raccorder au réseau la nouvelle conduite de "
          "1 200 millimètres qui reliera la station de dessalement de Chtouka au réservoir d’Inezgane, le long de la "
          "route nationale 1.".replace("LOREMS", "[[LOREMS||L’OREMS]]"), apos="drop"),
        L("""Quartiers concernés :
– Inezgane : Tarrast, Al Massira, Hay Jdid ;
– Aït Melloul : Azrou, Lamzar, zone industrielle ;
– Dcheira El Jihadia : Hay Salam.""", apos="drop"),
        P("Des camions-citernes seront postés dans chaque quartier et l’Office recommande de constituer une réserve "
          "d’eau de 24 heures. La pression pourrait rester faible jusqu’au jeudi 11 décembre au matin, le temps que "
          "les conduites se remplissent. Près de 86 000 abonnés sont concernés.", apos="drop"),
        L("""Centre d’appel de l’OREMS : Tél. : +212 5 28 84 16 00 – Fax : +212 5 28 84 16 01 – usagers@orems-souss.example.ma""",
          apos="drop"),
        B(or_bottom(or_widget("01/12/2025", "17,1", "8,9", "23,4", "14,5"), [(T456, "01/12/2025")] + OR_OLD[:2],
                    newsletter=False)),
    ],
    gold=dict(
        title=T457,
        dateline=None,
        organisations=[org(None, "OREMS")],
        places=[place("Inezgane"), place("Aït Melloul"), place("Dcheira El Jihadia"), place("Chtouka"),
                place("Tarrast"), place("Al Massira"), place("Hay Jdid"), place("Azrou"), place("Lamzar"),
                place("Hay Salam")],
        figures=[
            fig("9", "--12-09", None, "date"),
            fig("10 DÉCEMBRE", "--12-10", None, "date"),
            fig("le mardi 9 décembre 2025", "2025-12-09", None, "date"),
            fig("le mercredi 10 décembre", "--12-10", None, "date"),
            fig("1 200 millimètres", 1200, "millimètres", "other"),
            fig("24 heures", 24, "heures", "duration"),
            fig("jeudi 11 décembre", "--12-11", None, "date"),
            fig("Près de 86 000 abonnés", 86000, "abonnés", qualifier="Près de"),
        ],
        phones=[phone("+212528841600"), phone("+212528841601", "fax")],
        emails=["usagers@orems-souss.example.ma"],
        contacts=[contact(None, None, "Centre d’appel de l’OREMS", ["+212528841600", "+212528841601"],
                          ["usagers@orems-souss.example.ma"])],
        notes=OR_NOTE + " A banner on this page (the same works, boilerplate); no newsletter line. The capital title "
              "was typed without accents and its ’ dropped with the rest of the page ('COUPURES DEAU A INEZGANE ET "
              "AIT MELLOUL ... DECEMBRE'): accents and ’ back, capitals kept ('À', 'AÏT', 'DÉCEMBRE'). Every ’ of "
              "the article was dropped ('LOREMS', 'deau', 'dInezgane', 'lOffice', 'Centre dappel de lOREMS'): "
              "restored as ’ (the site writes ’). The title's 'LES 9 ET 10 DÉCEMBRE' gives '9' (--12-09) and '10 "
              "DÉCEMBRE' (h344-h359 pair rule); the body's 'le mardi 9 décembre 2025' and 'le mercredi 10 "
              "décembre' (no year written there) and 'jusqu’au jeudi 11 décembre au matin' ('jeudi 11 décembre', "
              "'jusqu’au' out); the clock ranges are not figures; 'route nationale 1' a road number (not a figure). "
              "Districts in the list are places; 'la station de dessalement de Chtouka' gives 'Chtouka' (plant "
              "rule). The office line is article text here although its switchboard number is the footer's: one "
              "contact with person null, its organisation as written, Tél. and Fax. The OREMS by its acronym only "
              "(and 'l’Office').",
    ),
))

# --------------------------------------------------------------------------- h458 press invitation: cookie banner on this page only, title printed twice, raw HTML, glued sentences, programme, accreditation with a hidden e-mail
H458_E = "’éèêàâ\u00a0«»"
PAGES.append(Page(
    name="h458-orems-invitation-dessalement-tiznit",
    meta=or_meta(["duplicate-title", "html-debris", "body-glued", "hidden-email"], cookie=True),
    blocks=[
        B(or_top("Invitations presse", "Invitation presse — 03/12/2025", cookie=True)),
        P(T458),
        B(T458),
        P("[[<p>||]]" + ent("L’Office régional de l’eau du Souss-Massa (OREMS) invite les représentants des médias à "
                            "la mise en service de la station de dessalement de Tiznit, le jeudi 11 décembre 2025 à "
                            "10\u00a0h\u00a030, en présence du wali de la région Souss-Massa.", H458_E)),
        P(ent("La station, d’un coût de 1,1 milliard de dirhams, produira 45\u00a0000 mètres cubes d’eau potable par "
              "jour pour quelque 320 000 habitants de Tiznit et de Sidi Ifni.", H458_E) + "[[</p>||]]", glue=True),
        P("[[<p>||]]" + ent("Alimentée par le parc éolien de Tiznit, elle est la première du bassin à fonctionner à "
                            "100 % avec une énergie renouvelable.", H458_E)),
        P(ent("Elle a été construite en 26 mois par un groupement maroco-espagnol.", H458_E) + "[[</p>||]]",
          glue=True),
        L("""Programme du jeudi 11 décembre
10 h 30 : accueil des invités et des journalistes
11 h 00 : visite de la station et des bassins de stockage
12 h 00 : allocutions et point presse"""),
        L("""Accréditations avant le mardi 9 décembre à 16 h :
Nadia El Fassi, OREMS – +212 6 61 47 30 92 – [email protected]
Youssef Amrani, chargé de communication, province de Tiznit – +212 5 28 86 22 14 – y.amrani@tiznit.example.gov.ma"""),
        B(or_bottom(or_widget("02/12/2025", "17,0", "8,8", "23,4", "14,5"),
                    [(T457_CMS, "02/12/2025"), (T456, "01/12/2025"), OR_OLD[0]])),
    ],
    gold=dict(
        title=T458,
        dateline=None,
        organisations=[org("Office régional de l’eau du Souss-Massa", "OREMS")],
        places=[place("Tiznit"), place("Souss-Massa"), place("Sidi Ifni")],
        figures=[
            fig("le jeudi 11 décembre", "--12-11", None, "date"),
            fig("le jeudi 11 décembre 2025 à 10\u00a0h\u00a030", "2025-12-11", None, "date"),
            fig("1,1 milliard de dirhams", 1100000000, "dirhams", "money", currency="MAD"),
            fig("45\u00a0000 mètres cubes", 45000, "mètres cubes", "other"),
            fig("quelque 320 000 habitants", 320000, "habitants", qualifier="quelque"),
            fig("100 %", 100, "%", "percent"),
            fig("26 mois", 26, "mois", "duration"),
            fig("jeudi 11 décembre", "--12-11", None, "date"),
            fig("le mardi 9 décembre à 16 h", "--12-09", None, "date"),
        ],
        phones=[phone("+212661473092"), phone("+212528862214")],
        emails=["y.amrani@tiznit.example.gov.ma"],
        hidden_emails=1,
        contacts=[contact("Nadia El Fassi", None, "OREMS", ["+212661473092"], []),
                  contact("Youssef Amrani", "chargé de communication", "province de Tiznit", ["+212528862214"],
                          ["y.amrani@tiznit.example.gov.ma"])],
        notes=OR_NOTE + " The cookie banner shows on this page only (the third of the visit). The title printed a "
              "second time right under the first: the second copy is boilerplate. The body is raw HTML: '<p>' "
              "and '</p>', '&rsquo;', '&eacute;', '&egrave;', '&agrave;', and '&nbsp;' in '10&nbsp;h&nbsp;30' and "
              "'45&nbsp;000' (U+00A0 kept in the clean text and in the figure texts); each '<p>' holds two "
              "sentences glued at the full stop ('Souss-Massa.La station', 'renouvelable.Elle'): split. The title's "
              "'le jeudi 11 décembre', the body's 'le jeudi 11 décembre 2025 à 10 h 30' (one date figure with its "
              "clock time) and the programme heading's 'jeudi 11 décembre' three texts (h377); programme clock times "
              "are not figures; 'par jour' out; 'la première' an ordinal word. 'le wali de la région Souss-Massa' a "
              "role ('Souss-Massa' stands in it as the region: a place). Accreditation lines: one contact each; the "
              "first address is hidden (counted, not listed); 'province de Tiznit' kept as the second contact's "
              "organisation as written (not listed: the province named only in a contact, as a town's "
              "municipality, h426).",
    ),
))

# --------------------------------------------------------------------------- h459 director general's speech: banner, 'Mis à jour le', extra menu item, own-line dateline, œ as `?`, an en dash pair lost
PAGES.append(Page(
    name="h459-orems-allocution-journee-nappes",
    meta=or_meta(["oe-question-mark", "lost-dash", "double-space"]),
    blocks=[
        B(or_top("Discours", "Mis à jour le 04/12/2025 à 18:05",
                 banner="Journée régionale sur les nappes : retransmission en direct sur notre page Facebook.",
                 tenders=True)),
        P(T459),
        L("Agadir, le 4 décembre 2025"),
        L("""Monsieur le Wali de la région Souss-Massa,
Mesdames et Messieurs les présidents des communes,
Mesdames et Messieurs,"""),
        P("Il y a dix ans, nous réunissions ici même la première journée régionale sur les nappes. Depuis, le niveau "
          "de la nappe du Souss a baissé de plus de 14 mètres, et celui de la nappe de Chtouka de près de 9 mètres."),
        P("Nous avons pourtant agi – 2 300 compteurs installés sur les forages agricoles, un contrat de nappe signé "
          "en 2019 – mais le cœur du problème demeure : nous prélevons chaque année 260 millions de mètres cubes de "
          "plus que ce que la pluie nous rend.", nodash="", oe="?"),
        P("Mettre en œuvre la nouvelle stratégie, c’est d’abord réduire de moitié les forages illégaux d’ici à 2028 ; "
          "c’est ensuite porter à 400 millions de mètres cubes par an la capacité de dessalement du bassin ; c’est "
          "enfin réutiliser les eaux usées traitées d’Agadir pour arroser 3 500 hectares de cultures.", oe="?"),
        P("Je remercie nos partenaires, l’Agence française de développement (AFD) et la Banque mondiale, qui nous "
          "accompagnent depuis 2016, et je salue les 48 associations d’usagers qui ont accepté de partager l’eau "
          "autrement."),
        P("Je vous remercie."),
        L("""Brahim Aït Ouakrim
Directeur général de l’OREMS"""),
        B(or_bottom(or_widget("04/12/2025", "16,8", "8,8", "23,2", "14,4"),
                    [(T458, "03/12/2025"), (T457_CMS, "02/12/2025"), (T456, "01/12/2025")])),
    ],
    gold=dict(
        title=T459,
        dateline=dl("Agadir", "2025-12-04"),
        organisations=[org(None, "OREMS"), org("Agence française de développement", "AFD"),
                       org("Banque mondiale")],
        places=[place("Agadir"), place("Souss-Massa"), place("Souss"), place("Chtouka")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Il y a dix ans", 10, "ans", "duration"),
            fig("plus de 14 mètres", 14, "mètres", "other", qualifier="plus de"),
            fig("près de 9 mètres", 9, "mètres", "other", qualifier="près de"),
            fig("2 300 compteurs", 2300, "compteurs"),
            fig("en 2019", 2019, None, "year"),
            fig("260 millions de mètres cubes", 260000000, "mètres cubes", "other"),
            fig("moitié", 0.5, None, "other"),
            fig("2028", 2028, None, "year"),
            fig("400 millions de mètres cubes", 400000000, "mètres cubes", "other"),
            fig("3 500 hectares", 3500, "hectares", "other"),
            fig("2016", 2016, None, "year"),
            fig("48 associations", 48, "associations"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OR_NOTE + " A banner (live stream), the 'Appels d’offres' menu item and 'Mis à jour le ... à ...' "
              "instead of the type/date line on this page. The dateline on its own line under the title counts "
              "(README); the salutations, the closing 'Je vous remercie.' and the two-line signature are article "
              "text, the signature no contact. œ shown as '?' ('le c?ur', 'Mettre en ?uvre'): restored. The en "
              "dashes around the inserted clause were lost, leaving two spaces ('agi  2 300', '2019  mais'): "
              "restored. 'Il y a dix ans' a duration keeping 'Il y a' (h360-h375); 'la première journée' an "
              "ordinal word; 'réduire de moitié' the fraction 'moitié' (h232-h247); 'd’ici à 2028' gives '2028', "
              "'depuis 2016' gives '2016'; 'chaque année', 'par an' not figures. The OREMS by its acronym only (the "
              "signature's role); 'la nappe du Souss' gives 'Souss', 'la nappe de Chtouka' 'Chtouka' (as h456, "
              "h457). No contact.",
    ),
))

# --------------------------------------------------------------------------- h460 photo story: extra menu item, caption printed twice, English caption, a quote typed without accents, the widget down for maintenance
H460_CAP = ("Fatima Ouhammou vérifie les goutteurs de son verger d’orangers, à Ouled Teima, le 3 décembre 2025. "
            "© OREMS/H. Bakkali")
H460_Q = ("« Avant, je pompais douze heures par jour. Aujourd’hui, quatre heures suffisent, et la facture "
          "d’électricité a été divisée par trois », raconte Fatima Ouhammou, qui cultive 2 hectares d’agrumes avec "
          "son fils.")
PAGES.append(Page(
    name="h460-orems-en-images-goutte-a-goutte-taroudant",
    meta=or_meta(["duplicate-caption", "english-caption", "stripped-accents"]),
    blocks=[
        B(or_top("Reportages photo", "Reportage photo — 05/12/2025", tenders=True)),
        P(T460),
        P("Taroudant, le 5 décembre 2025 – Dans la plaine de Taroudant, 1 150 petites exploitations ont adopté le "
          "goutte-à-goutte depuis janvier grâce au fonds d’appui de l’OREMS. Sur les 2 400 hectares équipés, la "
          "consommation d’eau a baissé en moyenne de 35 %, pour des rendements d’agrumes en hausse de 12 %."),
        P(H460_CAP),
        B(H460_CAP),
        P("Drip lines on a citrus farm near Taroudant, where water use fell by a third. © OREMS/H. Bakkali"),
        P(unacc(H460_Q)),
        P("L’Office prévoit d’équiper 5 000 hectares supplémentaires en 2026, en priorité dans les communes de Freija "
          "et d’Aït Iaaza, où la nappe a baissé de 2 mètres en 2025."),
        B(or_bottom("Remplissage des barrages du bassin : données momentanément indisponibles (maintenance)",
                    [(T459, "04/12/2025"), (T457_CMS, "02/12/2025"), (T458, "03/12/2025")])),
    ],
    gold=dict(
        title=T460,
        dateline=dl("Taroudant", "2025-12-05"),
        organisations=[org(None, "OREMS")],
        places=[place("Taroudant"), place("Ouled Teima"), place("Freija"), place("Aït Iaaza")],
        figures=[
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("1 150 petites exploitations", 1150, "exploitations"),
            fig("2 400 hectares", 2400, "hectares", "other"),
            fig("35 %", 35, "%", "percent"),
            fig("12 %", 12, "%", "percent"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("a third", 0.3333, None, "other"),
            fig("douze heures", 12, "heures", "duration"),
            fig("quatre heures", 4, "heures", "duration"),
            fig("trois", 3, None, "other"),
            fig("2 hectares", 2, "hectares", "other"),
            fig("5 000 hectares", 5000, "hectares", "other"),
            fig("en 2026", 2026, None, "year"),
            fig("2 mètres", 2, "mètres", "other"),
            fig("en 2025", 2025, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OR_NOTE + " The widget shows a maintenance notice instead of its values on this page (still the "
              "widget: boilerplate); the related block's second line is h457's title as the CMS stores it "
              "(boilerplate here). The photo caption printed twice: the second copy is boilerplate; the English "
              "caption (article text) follows; the photo credit is not a figure. The quote was typed without accents "
              "('electricite', 'a ete divisee'): accents back, the ’ and « » that survived kept. 'depuis "
              "janvier' a month alone; 'la facture ... divisée par trois' a ratio 'trois' (kind other, unit null, "
              "h349 'diviser ce coût par trois'); 'fell by a third' the fraction 'a third' ('by' not a qualifier); "
              "'douze heures par jour' a duration (per-unit out); '2 hectares d’agrumes' a measure. 'la plaine de "
              "Taroudant' gives 'Taroudant' (also the dateline); 'Ouled Teima', 'Freija', 'Aït Iaaza' places. No "
              "contact.",
    ),
))

# =========================================================================== h461 francophone northern-studies centre in Yellowknife: no defect, no boilerplate
PAGES.append(Page(
    name="h461-cenf-yellowknife-guides-bilingues",
    meta={"site": "www.cenf-nt.example.ca", "style": "northern-studies-centre-clean", "defects": []},
    blocks=[
        P("Le Centre d’études nordiques francophones lance une formation de guides bilingues pour le tourisme d’hiver"),
        P("YELLOWKNIFE, le 2 décembre 2025 – Le Centre d’études nordiques francophones (CENF) lancera en janvier 2026 "
          "une formation de guides touristiques bilingues destinée à 24 participants des Territoires du Nord-Ouest et "
          "du Nunavut. Le programme de 14 semaines, financé à hauteur de 385 000 $ par le gouvernement des "
          "Territoires du Nord-Ouest et par Patrimoine canadien, répond à la hausse du tourisme d’hiver autour du "
          "Grand lac des Esclaves."),
        P("Au cours de l’hiver 2024-2025, Yellowknife a accueilli près de 38 000 visiteurs venus observer les aurores "
          "boréales, dont un tiers de francophones. « Beaucoup viennent du Québec, de France ou du Japon, et très peu "
          "de guides parlent français », explique la directrice du Centre, Mireille Caron-Tetlichi."),
        P("Les cours, donnés trois soirs par semaine, couvrent la sécurité par −40 °C, l’histoire des Dénés et des "
          "Métis, la photographie de nuit et la conduite de traîneaux à chiens. Les participants, âgés de 18 à 35 "
          "ans, recevront une allocation de 650 $ par mois ; les deux tiers des places sont réservées à des "
          "résidents autochtones."),
        P("Les inscriptions sont ouvertes jusqu’au 19 décembre 2025 à inscriptions@cenf-nt.example.ca. Une "
          "deuxième cohorte doit suivre à l’automne 2026, à Inuvik."),
        L("""Renseignements :
Mireille Caron-Tetlichi, directrice, Centre d’études nordiques francophones
867 873-4410, poste 212 – direction@cenf-nt.example.ca"""),
    ],
    gold=dict(
        title="Le Centre d’études nordiques francophones lance une formation de guides bilingues pour le tourisme "
              "d’hiver",
        dateline=dl("YELLOWKNIFE", "2025-12-02"),
        organisations=[org("Centre d’études nordiques francophones", "CENF"),
                       org("gouvernement des Territoires du Nord-Ouest"), org("Patrimoine canadien")],
        places=[place("Yellowknife"), place("Territoires du Nord-Ouest"), place("Nunavut"),
                place("Grand lac des Esclaves"), place("Québec"), place("France", "FR"), place("Japon", "JP"),
                place("Inuvik")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("janvier 2026", 2026, None, "year"),
            fig("24 participants", 24, "participants"),
            fig("14 semaines", 14, "semaines", "duration"),
            fig("385 000 $", 385000, "$", "money", currency="CAD"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("près de 38 000 visiteurs", 38000, "visiteurs", qualifier="près de"),
            fig("un tiers", 0.3333, None, "other"),
            fig("trois soirs", 3, "soirs"),
            fig("−40 °C", -40, "°C", "other"),
            fig("18", 18, None, "age"),
            fig("35 ans", 35, "ans", "age"),
            fig("650 $", 650, "$", "money", currency="CAD"),
            fig("deux tiers", 0.6667, None, "other"),
            fig("19 décembre 2025", "2025-12-19", None, "date"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+18678734410", extension="212")],
        emails=["inscriptions@cenf-nt.example.ca", "direction@cenf-nt.example.ca"],
        contacts=[contact("Mireille Caron-Tetlichi", "directrice", "Centre d’études nordiques francophones",
                          ["+18678734410"], ["direction@cenf-nt.example.ca"])],
        notes="No defect and no boilerplate: every line is article text. A made-up centre with invented news, "
              "people and numbers (Patrimoine canadien and the territorial government real bodies). 'YELLOWKNIFE, le "
              "2 décembre 2025 –': place as written, listed in normal case (it also stands in the body). 'en janvier "
              "2026' gives 'janvier 2026' (month-year after 'en', h344-h359); 'l’hiver 2024-2025' a season (two "
              "years); 'à l’automne 2026' gives '2026' (season word out, h389). 'le gouvernement des Territoires du "
              "Nord-Ouest' an executive named as a body (listed); the territory also stands alone ('des Territoires "
              "du Nord-Ouest et du Nunavut'): a place, iso null like Nunavut; 'Grand lac des Esclaves' a lake "
              "listed as written; 'du Québec, de France ou du Japon' the visitors' origins, places ('Québec' iso "
              "null). 'trois soirs par semaine' a count (per-unit out); '−40 °C' with U+2212, value -40; 'âgés de 18 "
              "à 35 ans' gives '18' (age, unit null) and '35 ans'; '650 $ par mois' CAD (Canadian page); 'les deux "
              "tiers des places' the fraction 'deux tiers' (h208: no qualifier); 'Une deuxième cohorte' an ordinal "
              "word. 'Dénés', 'Métis' peoples, not places. The registration address closing a body sentence (its full stop "
              "not part of it) is offered to applicants, not to the press: an e-mail but no contact (h413). A "
              "Yellowknife number written '867 873-4410, poste 212' (+1, extension 212).",
    ),
))

# =========================================================================== h462 Phnom Penh French-language portal: briefs listing
PAGES.append(Page(
    name="h462-phnom-penh-matin-breves-tonle-sap-kampot",
    meta={"site": "www.phnompenh-matin.example.com.kh", "style": "cambodian-portal-briefs-listing", "listing": True,
          "defects": ["listing", "menu", "foreign-ticker", "read-more", "body-glued", "mojibake-cp1250",
                      "mojibake-partial", "lost-apostrophe", "cookie-banner"]},
    blocks=[
        B("""Phnom Penh Matin – L’actualité du Cambodge en français
Accueil | Politique | Économie | Société | Culture | Mékong | ភាសាខ្មែរ
ព័ត៌មានថ្មីៗ ▸ ទឹកជំនន់នៅខេត្តកំពត · ពិព័រណ៍សៀវភៅនៅភ្នំពេញ
Brèves du mardi 2 décembre 2025"""),
        P("Lac Tonlé Sap : la saison de pêche s’ouvre avec des prises en hausse de 18 %"),
        P("02.12.2025 · 09h40"),
        P("Siem Reap, 2 déc. (AKP) – L’Administration des pêches a autorisé lundi l’ouverture de la saison de pêche "
          "sur le lac Tonlé Sap, où les premières prises dépassent de 18 % celles de l’an dernier. Quelque 1,2 million "
          "de personnes vivent de la pêche autour du lac, selon l’administration, qui a interdit les filets de moins "
          "de 3 centimètres de maille."),
        B("Lire la suite »"),
        P("Kampot : le poivre à indication géographique a rapporté 9,6 millions de dollars en 2025"),
        P("02.12.2025 · 08h15"),
        P("Kampot, 2 déc. (AKP) – Les exportations de poivre de Kampot ont atteint 9,6 millions de dollars depuis "
          "janvier, soit 38 % de plus qu’en 2024, grâce à la demande européenne. Le kilo de poivre rouge se vend "
          "jusqu’à 45 dollars à la ferme, selon l’association des producteurs, qui compte 460 membres.",
          moji="cp1250"),
        P("[[Lire la suite »||]]Phnom Penh : le troisième pont sur le Mékong ouvrira en avril 2026"),
        P("01.12.2025 · 17h55"),
        P("Phnom Penh, 1er déc. (AKP) – Le troisième pont sur le Mékong, long de 2,2 kilomètres, ouvrira à la "
          "circulation en avril 2026, a annoncé le ministère des Travaux publics et des Transports. L’ouvrage, financé "
          "par un prêt de 180 millions de dollars, doit réduire de 40 minutes le trajet entre la capitale et l’est du "
          "pays.", apos="space"),
        B("Lire la suite »"),
        P("Culture : le Musée national rouvre sa galerie angkorienne après deux ans de travaux"),
        P("01.12.2025 · 15h20"),
        P("Phnom Penh, 1er déc. (AKP) – Le Musée national du Cambodge a rouvert lundi sa galerie angkorienne, "
          + moji("rénovée", "cp1250") + " avec l’aide de l’École française d’Extrême-Orient (EFEO). Elle présente "
          "112 sculptures datées du IXe au XIIIe siècle, dont 14 jamais " + moji("montrées", "cp1250") + " au "
          "public. L’entrée coûte 10 dollars pour les étrangers et 2 000 riels pour les Cambodgiens."),
        B("""Lire la suite »
Charger plus de brèves
Les plus lus
1. Riz : les prix à l’export au plus haut depuis 2023
2. Football : Phnom Penh Crown en finale de la coupe
Nous utilisons des cookies. OK
© 2025 Phnom Penh Matin – Tous droits réservés"""),
    ],
    gold=dict(
        title="Lac Tonlé Sap : la saison de pêche s’ouvre avec des prises en hausse de 18 %",
        dateline=None,
        organisations=[org(None, "AKP"), org("Administration des pêches"),
                       org("ministère des Travaux publics et des Transports"), org("Musée national du Cambodge"),
                       org("École française d’Extrême-Orient", "EFEO")],
        places=[place("Lac Tonlé Sap"), place("Siem Reap"), place("Kampot"), place("Phnom Penh"),
                place("Mékong")],
        figures=[
            fig("18 %", 18, "%", "percent"),
            fig("02.12.2025 · 09h40", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("Quelque 1,2 million de personnes", 1200000, "personnes", qualifier="Quelque"),
            fig("3 centimètres", 3, "centimètres", "other"),
            fig("9,6 millions de dollars", 9600000, "dollars", "money", currency="USD"),
            fig("en 2025", 2025, None, "year"),
            fig("02.12.2025 · 08h15", "2025-12-02", None, "date"),
            fig("38 %", 38, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("jusqu’à 45 dollars", 45, "dollars", "money", qualifier="jusqu’à", currency="USD"),
            fig("460 membres", 460, "membres"),
            fig("avril 2026", 2026, None, "year"),
            fig("01.12.2025 · 17h55", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("2,2 kilomètres", 2.2, "kilomètres", "other"),
            fig("180 millions de dollars", 180000000, "dollars", "money", currency="USD"),
            fig("40 minutes", 40, "minutes", "duration"),
            fig("deux ans", 2, "ans", "duration"),
            fig("01.12.2025 · 15h20", "2025-12-01", None, "date"),
            fig("112 sculptures", 112, "sculptures"),
            fig("IXe", 9, None, "ordinal"),
            fig("XIIIe", 13, None, "ordinal"),
            fig("14", 14, None),
            fig("10 dollars", 10, "dollars", "money", currency="USD"),
            fig("2 000 riels", 2000, "riels", "money", currency="KHR"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A made-up Phnom Penh French-language portal's page of briefs (AKP, the Fisheries Administration, the "
              "public-works ministry, the National Museum and the EFEO real bodies carrying invented news). "
              "Boilerplate: site name, one-line menu with a Khmer link, a Khmer headline ticker (foreign-ticker), the "
              "listing's label 'Brèves du mardi 2 décembre 2025' (README listing titles), 'Lire la suite »' lines, "
              "'Charger plus de brèves', 'Les plus lus' (their numbers not figures), a cookie line at the foot, the "
              "copyright line. Title: the first headline; dateline null (listing). Each stamp line 'dd.mm.yyyy · "
              "hhhmm' is article text and one date figure; the datelines' '2 déc.' and '1er déc.' one text each, the "
              "agency AKP once by its acronym (never spelt out). The second brief is UTF-8 read as cp1250 "
              "('dĂ©c.', 'grĂ˘ce', 'europĂ©enne', 'jusquâ€™Ă '): decoded; its 'Lire la suite »' is glued "
              "to the third headline (raw line not listed, the clean text keeps the headline only). The third brief's "
              "’ came out as spaces ('L ouvrage', 'l est'): restored. The fourth brief is clean but for two words "
              "still in cp1250 ('rĂ©novĂ©e', 'montrĂ©es'): decoded (tag mojibake-partial). 'Lac Tonlé Sap' (title) "
              "and 'le lac Tonlé Sap' (body) one place listed as the title writes it (h321); 'le Mékong' the river "
              "(iso null). '9,6 millions de dollars' one text for headline and body; 'en avril 2026' (body) and "
              "'avril 2026' (headline) one text 'avril 2026' (month-year rule); 'qu’en 2024' gives 'en 2024'; "
              "'depuis janvier', 'l’an dernier' not figures; 'le troisième pont' an ordinal word; 'du IXe au XIIIe "
              "siècle' two century ordinals; 'dont 14' a count without noun; 'Le kilo' not a figure; USD "
              "('dollars' in Cambodia) and riels (KHR). 'la capitale', 'l’association des producteurs' generic; "
              "'Cambodge' stands only inside the museum's name (not a place); 'Cambodgiens' a demonym. No contact.",
    ),
))

# =========================================================================== h463 Marseille marine NGO: English release on Zanzibar under French chrome
PAGES.append(Page(
    name="h463-mer-partagee-zanzibar-seaweed-strains",
    meta={"site": "www.merpartagee.example.org", "style": "marine-ngo-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "cookie-banner", "menu", "breadcrumb", "mojibake-cp1252", "mojibake-partial",
                      "obfuscated-email", "share-lines", "donation-block", "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des cookies pour mesurer l’audience. Accepter | Refuser
Mer Partagée – ONG de coopération maritime
Accueil | L’association | Nos projets | Actualités | Nous soutenir
Accueil › Actualités › Tanzanie
Cet article n’est disponible qu’en anglais.
Publié le 3 décembre 2025 · 4 min de lecture"""),
        P("Zanzibar: 1,300 seaweed farmers to get heat-tolerant strains after a season of die-offs"),
        P("ZANZIBAR CITY, Tanzania, 3 December 2025 – Mer Partagée, a Marseille-based marine NGO, and the Zanzibar "
          "Seaweed Farmers’ Cooperative Union launched on Monday a two-year programme to supply heat-tolerant seaweed "
          "strains to some 1,300 farmers, most of them women, on the east coast of Unguja and on Pemba."),
        P("Sea surface temperatures above 31°C killed up to 60% of the crop in the 2024–2025 season, and farmgate "
          "prices fell to TSh 600 per kilogram. \"We lost three harvests in a row,\" said Mwanaisha Juma, who farms "
          "400 lines in Paje.", moji="cp1252"),
        P("The project, funded with €480,000 from the Provence-Alpes-Côte d’Azur Region and US$150,000 from a private "
          "foundation, will also build two drying sheds and a processing unit in Michamvi. The Zanzibar "
          "Revolutionary Government has pledged TSh 250 million for a seedling nursery that should produce "
          + moji("“") + "up to four times more cuttings" + moji("”") + " than the farmers’ own plots."),
        P("Seaweed is Zanzibar’s third-largest export, worth about US$12 million a year, according to the Zanzibar "
          "Ministry of Blue Economy and Fisheries."),
        L("""Contacts presse / Media contacts:
Marseille: Claire Ferrand-Bakari, communications officer, +33 (0)4 91 55 27 40, c.ferrand@merpartagee.example.org
Zanzibar: Said Khamis Omar, field coordinator, +255 777 412 583, s.omar (at) merpartagee.example.org"""),
        B("""Partager : Facebook | LinkedIn | E-mail
Soutenez-nous : 30 € financent 10 mètres de cordes de culture. Faire un don
Mer Partagée – 12, quai de Rive-Neuve, 13007 Marseille – © 2025"""),
    ],
    gold=dict(
        title="Zanzibar: 1,300 seaweed farmers to get heat-tolerant strains after a season of die-offs",
        dateline=dl("ZANZIBAR CITY", "2025-12-03"),
        organisations=[org("Mer Partagée"), org("Zanzibar Seaweed Farmers’ Cooperative Union"),
                       org("Provence-Alpes-Côte d’Azur Region"), org("Zanzibar Revolutionary Government"),
                       org("Zanzibar Ministry of Blue Economy and Fisheries")],
        places=[place("Zanzibar"), place("Zanzibar City"), place("Tanzania", "TZ"), place("Marseille"),
                place("Unguja"), place("Pemba"), place("Paje"), place("Michamvi")],
        figures=[
            fig("1,300 seaweed farmers", 1300, "farmers"),
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("two-year", 2, "year", "duration"),
            fig("some 1,300 farmers", 1300, "farmers", qualifier="some"),
            fig("31°C", 31, "°C", "other"),
            fig("up to 60%", 60, "%", "percent", qualifier="up to"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("TSh 600", 600, "TSh", "money", currency="TZS"),
            fig("three harvests", 3, "harvests"),
            fig("400 lines", 400, "lines"),
            fig("€480,000", 480000, "€", "money", currency="EUR"),
            fig("US$150,000", 150000, "US$", "money", currency="USD"),
            fig("two drying sheds", 2, "sheds"),
            fig("TSh 250 million", 250000000, "TSh", "money", currency="TZS"),
            fig("up to four times", 4, "times", "other", qualifier="up to"),
            fig("about US$12 million", 12000000, "US$", "money", qualifier="about", currency="USD"),
        ],
        phones=[phone("+33491552740"), phone("+255777412583")],
        emails=["c.ferrand@merpartagee.example.org"],
        contacts=[contact("Claire Ferrand-Bakari", "communications officer", None, ["+33491552740"],
                          ["c.ferrand@merpartagee.example.org"]),
                  contact("Said Khamis Omar", "field coordinator", None, ["+255777412583"], [])],
        notes="A made-up Marseille marine NGO's English release under its French chrome (cookie line, site name and "
              "slogan, one-line menu, breadcrumb, 'Cet article n’est disponible qu’en anglais.', a 'Publié le ... · "
              "4 min de lecture' line; at the bottom share line, a donation line (its '30 €' and '10 mètres' are "
              "chrome), footer with the 13007 postcode: all boilerplate). language 'en'. The second paragraph is UTF-8 "
              "read as cp1252 ('31Â°C', '2024â€“2025'; its quote has straight double quotes, kept): decoded; in "
              "the third paragraph only the curly quotes around 'up to four times more cuttings' are still mojibake "
              "('â€œ', and 'â€' + U+FFFD for the closing ”, whose last byte 0x9D is undefined in cp1252, h200-h215), "
              "an earlier tool having repaired the rest: decoded (mojibake-partial), the curly quotes kept. 'ZANZIBAR CITY, Tanzania, 3 December 2025 –': place as written, listed "
              "in normal case, the country listed; 'Zanzibar' (the archipelago, title and body) another name; "
              "'Unguja' and 'Pemba' the two main islands (iso null; Pemba the Tanzanian island); 'Marseille' from "
              "'Marseille-based' and the contact label. 'a two-year programme' a duration (unit 'year'); 'some "
              "1,300 farmers' and the title's '1,300 seaweed farmers' two texts, unit 'farmers' (h415); 'the "
              "2024–2025 season' two years; 'TSh 600 per kilogram' Tanzanian shillings with the symbol before the "
              "number as unit ('per kilogram' out), new currency TZS; 'up to four times more cuttings' a ratio "
              "(h328-h343); 'third-largest' an ordinal word; 'a year' out. Bodies: the NGO and the farmers' union "
              "as written (no acronym); the French region under its English name as written (h399); the Zanzibar "
              "government and ministry listed (acting, named as a source). Contacts: city labels (places), persons "
              "and roles, organisation null; the Zanzibar address obfuscated with '(at)' (kept, not listed); "
              "'+33 (0)4 ...' drops the bracketed trunk 0; a Zanzibar mobile +255 777.",
    ),
))

# =========================================================================== h464 UNICEF Madagascar: cp1250 paragraphs mixed with clean ones, half-repaired words, English caption
PAGES.append(Page(
    name="h464-unicef-madagascar-grand-sud-malnutrition",
    meta={"site": "www.unicef-madagascar.example.org", "style": "un-agency-country-release-mixed-cp1250",
          "defects": ["mojibake-cp1250", "mojibake-partial", "english-caption", "menu", "duplicate-lines",
                      "breadcrumb", "share-lines", "foreign-ticker", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Passer au contenu principal
unicef | pour chaque enfant
Madagascar
Qui nous sommes ▾ | Ce que nous faisons ▾ | Recherche et rapports ▾ | Histoires ▾ | Presse ▾
Presse
Presse
Accueil › Madagascar › Presse › Communiqués de presse
Communiqué de presse
02 décembre 2025"""),
        P("Grand Sud : 210 000 enfants de moins de 5 ans menacés de malnutrition aiguë d’ici mars 2026"),
        P("Antananarivo, le 2 décembre 2025 – Dans les régions d’Androy, d’Anosy et d’Atsimo-Andrefana, 210 000 "
          "enfants de moins de 5 ans risquent de souffrir de malnutrition aiguë d’ici mars 2026, dont 48 000 sous sa "
          "forme sévère, selon une analyse publiée aujourd’hui par le Fonds des Nations Unies pour l’enfance (UNICEF) "
          "et le ministère de la Santé publique.", moji="cp1250"),
        P("La saison des pluies, attendue en novembre, n’a apporté que 40 millimètres de pluie à Ambovombe, contre "
          "120 en moyenne. Les prix du manioc ont " + moji("doublé", "cp1250") + " en un an sur les "
          + moji("marchés", "cp1250") + " du Sud, et près d’un ménage sur deux a déjà vendu une partie de son "
          "bétail."),
        P("« Chaque semaine sans aide coûte des vies. Nous avons besoin de 14,5 millions de dollars pour les six "
          "prochains mois, et nous n’en avons reçu qu’un tiers », a déclaré la représentante de l’UNICEF à "
          "Madagascar, Ingrid Lindqvist-Rakoto.", moji="cp1250"),
        P("Avec ses partenaires, l’UNICEF a déjà prépositionné 38 000 cartons d’aliments thérapeutiques prêts à "
          "l’emploi et soutient 112 centres de santé, où les agents communautaires ont dépisté 96 400 enfants depuis "
          "septembre. Le PAM (Programme alimentaire mondial) distribue en parallèle des rations à 150 000 ménages."),
        P("A health worker measures a child’s arm circumference in Ambovombe, Androy region, on 27 November 2025. "
          "© UNICEF/Madagascar/2025/Rasolofo"),
        L("""Pour plus d’informations :
Hanta Rabemananjara, UNICEF Madagascar, +261 32 05 411 27, HRabemananjara@unicef.org
Service de communication du ministère de la Santé publique, +261 20 22 635 18"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
UN News ▸ Sudan: aid convoys reach El Fasher · Climate: COP30 closes in Belém · Haiti: 1.3 million displaced
Dernières actualités
› Vaccination : 1,1 million d’enfants protégés contre la rougeole (18/11/2025)
Ce site utilise des cookies. OK
© UNICEF Madagascar – Villa Bahia, Ivandry, BP 1110 Antananarivo 101"""),
    ],
    gold=dict(
        title="Grand Sud : 210 000 enfants de moins de 5 ans menacés de malnutrition aiguë d’ici mars 2026",
        dateline=dl("Antananarivo", "2025-12-02"),
        organisations=[org("Fonds des Nations Unies pour l’enfance", "UNICEF"),
                       org("ministère de la Santé publique"), org("Programme alimentaire mondial", "PAM")],
        places=[place("Grand Sud"), place("Antananarivo"), place("Androy"), place("Anosy"),
                place("Atsimo-Andrefana"), place("Ambovombe"), place("Sud"), place("Madagascar", "MG")],
        figures=[
            fig("210 000 enfants", 210000, "enfants"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("mars 2026", 2026, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("48 000", 48000, None),
            fig("40 millimètres", 40, "millimètres", "other"),
            fig("120", 120, None, "other"),
            fig("près d’un ménage sur deux", 0.5, None, "other", qualifier="près d’"),
            fig("14,5 millions de dollars", 14500000, "dollars", "money", currency="USD"),
            fig("six prochains mois", 6, "mois", "duration"),
            fig("un tiers", 0.3333, None, "other"),
            fig("38 000 cartons", 38000, "cartons"),
            fig("112 centres", 112, "centres"),
            fig("96 400 enfants", 96400, "enfants"),
            fig("150 000 ménages", 150000, "ménages"),
            fig("27 November 2025", "2025-11-27", None, "date"),
        ],
        phones=[phone("+261320541127"), phone("+261202263518")],
        emails=["hrabemananjara@unicef.org"],
        contacts=[contact("Hanta Rabemananjara", None, "UNICEF Madagascar", ["+261320541127"],
                          ["hrabemananjara@unicef.org"]),
                  contact(None, None, "Service de communication du ministère de la Santé publique",
                          ["+261202263518"], [])],
        notes="UNICEF's Madagascar country page (real bodies, invented news and people). Boilerplate: skip line, logo "
              "lines, the country line, the '▾' menu, doubled 'Presse', breadcrumb, the type and date lines above the "
              "title, share line, an English 'UN News ▸' ticker (its numbers not figures), 'Dernières actualités' "
              "with a headline, cookie line, footer with BP box and the 101 postcode. Two paragraphs (the dateline "
              "paragraph and the quote) are UTF-8 read as cp1250 ('rĂ©gions', 'dâ€™Androy', 'Â« ... Â»'), mixed "
              "with clean paragraphs; in the clean second paragraph two words are still cp1250 ('doublĂ©', "
              "'marchĂ©s'): all decoded (mojibake-partial). The English photo caption is article text (its date a "
              "date figure; the credit's '2025' not a figure). '210 000 enfants' one text for title and body; "
              "'moins de 5 ans' (ages) one text; 'd’ici mars 2026' gives 'mars 2026'; 'dont 48 000' a count without "
              "noun; 'contre 120 en moyenne' (millimètres elided) kind other, unit null; 'près d’un ménage sur "
              "deux' one proportion (0.5, h312-h327); 'six prochains mois' a duration keeping its adjective; 'qu’un "
              "tiers' the fraction 'un tiers'; 'en un an', 'depuis septembre', 'en novembre' not figures. "
              "'Grand Sud' (title) and 'Sud' ('les marchés du Sud') two places with iso null (h397, h215); 'la "
              "représentante de l’UNICEF à Madagascar' gives 'Madagascar' (MG, standing alone in the role); the "
              "ministry co-publishing the analysis listed (lower case as written); 'Le PAM (Programme alimentaire "
              "mondial)' an acronym before its long form: one organisation with both (h408-h423). Contacts: a person line with "
              "the agency's office label and a capitalised address ('HRabemananjara@...', kept so in the clean "
              "text, listed in lower case), and an office line with only a phone (person null).",
    ),
))

# =========================================================================== h465 Pointe-Noire mangrove association: release quoted in a mailing-list archive, '> ' markers, 70-column wraps
H465_P1 = ("Pointe-Noire, le 2 décembre 2025 – L’Association Mangroves du Kouilou (AMK) a achevé la replantation de 40 "
           "hectares de mangroves dans la baie de Loango, au nord de Pointe-Noire, avec 310 femmes et jeunes de six "
           "villages riverains. Depuis 2022, l’association a replanté au total quelque 1⏎250 000 palétuviers sur 115 "
           "hectares.")
H465_P2 = ("Les mangroves du littoral congolais ont perdu près d’un quart de leur surface entre 1990 et 2020, sous "
           "l’effet de la coupe de bois de chauffe et de l’urbanisation. « Sans les palétuviers, les poissons n’ont "
           "plus où se reproduire », rappelle la présidente de l’AMK, Mme Joséphine Tchicaya-Mavoungou.")
H465_P3 = ("Le projet, soutenu par le Fonds français pour l’environnement mondial (FFEM) à hauteur de 96 millions de "
           "francs CFA, prévoit aussi deux pépinières et la formation de 25 écogardes d’ici juin 2026. Les "
           "communautés recevront 15 % des recettes des futurs crédits carbone.")
H465_C = """Contact presse :
Gildas Mabiala, chargé de communication, AMK
+242 06 654 21 87 / 05 530 18 44
gmabiala@mangroves-kouilou.example.cg"""
PAGES.append(Page(
    name="h465-amk-pointe-noire-mangroves-liste-presse",
    meta={"site": "listes.presse-congo.example.cg", "style": "mailing-list-archive-quoted-release",
          "defects": ["mail-archive", "email-quote-markers", "hard-wrap", "wrapped-number", "postcode-trap"]},
    blocks=[
        B("""Liste presse-congo – Archives de décembre 2025
[Date précédente] [Date suivante] [Fil précédent] [Fil suivant] [Index par date] [Index par fil]
Objet : Fwd: COMMUNIQUE - Pointe-Noire : 40 hectares de mangroves replantés
De : Gildas Mabiala <gmabiala@mangroves-kouilou.example.cg>
Date : mar. 2 déc. 2025 à 10:14
À : presse-congo@listes.presse-congo.example.cg
Bonjour à toutes et à tous,
Veuillez trouver ci-dessous notre communiqué de ce jour. Merci de le relayer.
Bien cordialement,
Gildas
Le mar. 2 déc. 2025 à 09:02, Association Mangroves du Kouilou <contact@mangroves-kouilou.example.cg> a écrit :
> COMMUNIQUE DE PRESSE
>"""),
        X("> Pointe-Noire : 40 hectares de mangroves replantés dans la baie de Loango",
          clean="Pointe-Noire : 40 hectares de mangroves replantés dans la baie de Loango"),
        B(">"),
        X(qlines(H465_P1, 70, "h465a"), clean=side(H465_P1, 1)),
        B(">"),
        X(qlines(H465_P2, 70, "h465b"), clean=side(H465_P2, 1)),
        B(">"),
        X(qlines(H465_P3, 70, "h465c"), clean=side(H465_P3, 1)),
        B(">"),
        X("\n".join("> " + ln for ln in H465_C.split("\n")), clean=H465_C),
        B(""">
> --
> Association Mangroves du Kouilou – BP 1256 Pointe-Noire – www.mangroves-kouilou.example.cg
_______________________________________________
presse-congo – liste de diffusion des communiqués de presse au Congo
Pour vous désabonner : https://listes.presse-congo.example.cg/desabonnement
[Date précédente] [Date suivante] [Fil précédent] [Fil suivant] [Index par date] [Index par fil]"""),
    ],
    gold=dict(
        title="Pointe-Noire : 40 hectares de mangroves replantés dans la baie de Loango",
        dateline=dl("Pointe-Noire", "2025-12-02"),
        organisations=[org("Association Mangroves du Kouilou", "AMK"),
                       org("Fonds français pour l’environnement mondial", "FFEM")],
        places=[place("Pointe-Noire"), place("Loango")],
        figures=[
            fig("40 hectares", 40, "hectares", "other"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("310 femmes", 310, "femmes"),
            fig("six villages", 6, "villages"),
            fig("2022", 2022, None, "year"),
            fig("quelque 1 250 000 palétuviers", 1250000, "palétuviers", qualifier="quelque"),
            fig("115 hectares", 115, "hectares", "other"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("1990", 1990, None, "year"),
            fig("2020", 2020, None, "year"),
            fig("96 millions de francs CFA", 96000000, "francs CFA", "money", currency="XAF"),
            fig("deux pépinières", 2, "pépinières"),
            fig("25 écogardes", 25, "écogardes"),
            fig("juin 2026", 2026, None, "year"),
            fig("15 %", 15, "%", "percent"),
        ],
        phones=[phone("+242066542187"), phone("+242055301844")],
        emails=["gmabiala@mangroves-kouilou.example.cg"],
        contacts=[contact("Gildas Mabiala", "chargé de communication", "AMK", ["+242066542187", "+242055301844"],
                          ["gmabiala@mangroves-kouilou.example.cg"])],
        notes="A made-up Pointe-Noire association's release as a press mailing list's web archive shows it: the "
              "archive's title and navigation lines (top and bottom), the mail headers ('Objet : Fwd: ...', 'De :', "
              "'Date :', 'À :'), the forwarder's own note ('Bonjour à toutes et à tous, ...', 'Gildas'), the reply "
              "attribution line ('Le mar. 2 déc. 2025 à 09:02, ... a écrit :'), the quoted document label '> "
              "COMMUNIQUE DE PRESSE', the lines that are only a quote marker ('>'), the quoted signature after '> --' "
              "with the BP box and web address, and the list footer are boilerplate (h168-h183 mail-archive rule). "
              "The quoted release is article text: every line opens with the quote marker '> ' (new tag "
              "email-quote-markers; removed in the clean text, like the '** ' of an e-mail campaign) and the "
              "paragraphs are hard-wrapped at about 64-70 columns (joined), one wrap splitting 'quelque 1' ⏎ '250 000 "
              "palétuviers'. The subject line is not the title (the body's own title line is, h179). The sender's "
              "address in the headers is not listed by itself (h179), but the same address stands in the contact "
              "block: listed once; the association's general address in the attribution line and the list's "
              "address are chrome. '40 hectares' one text for title and body; 'Depuis 2022' gives '2022'; 'entre "
              "1990 et 2020' two years; 'près d’un quart' a fraction with the contracted qualifier; 'd’ici juin "
              "2026' gives 'juin 2026'; francs CFA are XAF in the Republic of the Congo. 'la baie de Loango' gives "
              "'Loango' (h184-h199 bay rule); 'congolais' an adjective; 'Kouilou' stands only inside the "
              "association's name (not a place). 'Mme' stays out of the person named in the body (no contact: no "
              "detail). Contact: Congolese (Brazzaville) numbers keep their leading 0 in E.164 (h200-h215), the "
              "second written after '/' without code.",
    ),
))

# =========================================================================== h466 Gabon's fisheries ministry: a communiqué typed in capitals without accents
H466_T = "COMMUNIQUÉ : FERMETURE DE LA PÊCHE À LA CREVETTE DU 15 DÉCEMBRE 2025 AU 15 FÉVRIER 2026"
PAGES.append(Page(
    name="h466-gabon-peche-fermeture-crevette",
    meta={"site": "www.mer-peche.example.ga", "style": "ministry-communique-all-capitals",
          "defects": ["stripped-accents", "unaccented-capitals", "trunk-zero-kept", "menu", "duplicate-lines",
                      "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""RÉPUBLIQUE GABONAISE
Union – Travail – Justice
Ministère de la Mer, de la Pêche et de l’Économie bleue
Accueil | Le Ministère | Pêche | Aquaculture | Économie bleue | Actualités | Actualités | Contacts
Accueil » Actualités » Communiqués
Publié le 03/12/2025 par la Cellule de communication"""),
        P(unacc(H466_T)),
        P(unacc("LE MINISTRE DE LA MER, DE LA PÊCHE ET DE L’ÉCONOMIE BLEUE PORTE À LA CONNAISSANCE DES ARMATEURS, DES "
                "PÊCHEURS ARTISANAUX ET DU PUBLIC QUE LA PÊCHE À LA CREVETTE SERA FERMÉE DANS TOUTES LES EAUX SOUS "
                "JURIDICTION GABONAISE DU 15 DÉCEMBRE 2025 AU 15 FÉVRIER 2026, SOIT PENDANT DEUX MOIS.")),
        P(unacc("CETTE MESURE, PRISE APRÈS AVIS DE L’AGENCE NATIONALE DES PÊCHES ET DE L’AQUACULTURE (ANPA), VISE À "
                "PROTÉGER LA REPRODUCTION DE L’ESPÈCE, DONT LES CAPTURES SONT PASSÉES DE 1 850 TONNES EN 2019 À 640 "
                "TONNES EN 2024.")),
        P(unacc("LES NAVIRES INDUSTRIELS DEVRONT AVOIR REGAGNÉ LES PORTS D’OWENDO OU DE PORT-GENTIL LE 14 DÉCEMBRE "
                "2025 À MINUIT AU PLUS TARD. TOUT CONTREVENANT S’EXPOSE À UNE AMENDE POUVANT ATTEINDRE 50 MILLIONS DE "
                "FRANCS CFA ET À LA SAISIE DE SES CAPTURES.")),
        P(unacc("PENDANT LA FERMETURE, LES PÊCHEURS ARTISANAUX DE L’ESTUAIRE ET DE L’OGOOUÉ-MARITIME INSCRITS AU "
                "REGISTRE NATIONAL RECEVRONT UNE AIDE DE 75 000 FRANCS CFA PAR MOIS.")),
        L(unacc("FAIT À LIBREVILLE, LE 3 DÉCEMBRE 2025") + "\n" + "LE MINISTRE\nGHISLAIN MOUSSAVOU-BOUSSOUGOU"),
        L(unacc("Cellule de communication du ministère – Tél. : (+241) 011 76 42 18 – "
                "communication@mer-peche.example.ga")),
        B("""Partager : Facebook | X | WhatsApp
Autres communiqués
› Campagne thonière 2026 : ouverture des demandes de licences (24/11/2025)
› Aquaculture : 12 nouvelles fermes piscicoles à Lambaréné (17/11/2025)
Ministère de la Mer, de la Pêche et de l’Économie bleue – BP 9498 Libreville – © 2025"""),
    ],
    gold=dict(
        title=H466_T,
        dateline=None,
        organisations=[org("AGENCE NATIONALE DES PÊCHES ET DE L’AQUACULTURE", "ANPA")],
        places=[place("Owendo"), place("Port-Gentil"), place("Estuaire"), place("Ogooué-Maritime"),
                place("Libreville")],
        figures=[
            fig("15 DÉCEMBRE 2025", "2025-12-15", None, "date"),
            fig("15 FÉVRIER 2026", "2026-02-15", None, "date"),
            fig("DEUX MOIS", 2, "MOIS", "duration"),
            fig("1 850 TONNES", 1850, "TONNES", "other"),
            fig("EN 2019", 2019, None, "year"),
            fig("640 TONNES", 640, "TONNES", "other"),
            fig("EN 2024", 2024, None, "year"),
            fig("LE 14 DÉCEMBRE 2025 À MINUIT", "2025-12-14", None, "date"),
            fig("50 MILLIONS DE FRANCS CFA", 50000000, "FRANCS CFA", "money", currency="XAF"),
            fig("75 000 FRANCS CFA", 75000, "FRANCS CFA", "money", currency="XAF"),
            fig("LE 3 DÉCEMBRE 2025", "2025-12-03", None, "date"),
        ],
        phones=[phone("+24111764218")],
        emails=["communication@mer-peche.example.ga"],
        contacts=[contact(None, None, "Cellule de communication du ministère", ["+24111764218"],
                          ["communication@mer-peche.example.ga"])],
        notes="Gabon's fisheries ministry (real kind, invented measure, minister and numbers) publishes a communiqué "
              "typed wholly in capitals without accents, as many government communiqués are (new shape for a whole "
              "body): the clean text keeps the capitals and gets the accents back (README capital-title and "
              "capital-heading rules applied to every line: 'COMMUNIQUÉ', 'PÊCHE À LA CREVETTE', 'DÉCEMBRE', "
              "'L’ÉCONOMIE'), the ’ that survived kept; the contact line, in normal case, gets its accents back "
              "too ('ministère'). Boilerplate: republic and motto lines, the ministry line, one-line menu with a "
              "doubled label, breadcrumb, the 'Publié le ... par ...' line, share line, 'Autres communiqués' "
              "headlines (their numbers chrome), footer with BP box. Figure texts stay in capitals as written "
              "('DEUX MOIS' with unit 'MOIS', '1 850 TONNES', 'EN 2019', '50 MILLIONS DE FRANCS CFA' with unit "
              "'FRANCS CFA', XAF in Gabon), each once (title and body give the same two range texts: each bound has "
              "its own month and year); 'LE 14 DÉCEMBRE 2025 À MINUIT AU PLUS TARD' one date figure with its clock "
              "time (h136-h151 'à minuit'), 'AU PLUS TARD' after it no qualifier; 'PASSÉES DE 1 850 TONNES EN 2019 "
              "À 640 TONNES EN 2024' two measures and two years; 'PAR MOIS' out. The closing 'FAIT À LIBREVILLE, LE 3 "
              "DÉCEMBRE 2025' is article text but not a dateline (h104-h119), its date a figure and its town a "
              "place; the signature is not a contact. The agency is listed with its long form as written, in "
              "capitals (the page never writes it otherwise; places are listed in normal case by the README's place "
              "rule, organisations as written); the ministry stands only in the chrome and in the minister's role "
              "(not listed, h165); 'GABONAISE' an adjective. Places from 'D’OWENDO', 'DE PORT-GENTIL', "
              "'L’ESTUAIRE', 'L’OGOOUÉ-MARITIME' (provinces, iso null) and 'LIBREVILLE', in normal case. Contact: "
              "an office line (person null) with '(+241) 011 ...' whose trunk 0 is dropped in E.164 (h104-h119).",
    ),
))

# =========================================================================== h467 French embassy in Vanuatu: € lost twice, œ dropped, space before a comma, a Bislama caption, hidden e-mail
PAGES.append(Page(
    name="h467-ambafrance-vanuatu-bateau-dispensaire",
    meta={"site": "vu.ambafrance.example.org", "style": "embassy-cooperation-news-pacific",
          "defects": ["lost-euro", "double-space", "lost-oe", "space-before-comma", "bislama-caption",
                      "hidden-email", "menu", "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ambassade de France au Vanuatu
Bislama | Français | English
Accueil
L’ambassade
Coopération
Coopération
Services aux citoyens
Actualités
Accueil > Actualités > Coopération
Publié le 01/12/2025"""),
        P("Santé : un bateau-dispensaire financé par la France desservira 22 îles du Vanuatu"),
        P("Port-Vila, le 1er décembre 2025 – L’ambassade de France au Vanuatu et le ministère de la Santé du Vanuatu "
          "ont inauguré vendredi le Tautu, un bateau-dispensaire de 18 mètres qui desservira 22 îles des provinces de "
          "Shefa et de Malampa. Le navire, financé à hauteur de 1,4 million € par le Fonds Pacifique, soit environ "
          "190 millions de vatu, dispose d’un cabinet de consultation et d’une salle de vaccination.", noeuro=""),
        P("Le bateau effectuera chaque mois une tournée de 10 jours[[ ,||,]] avec à son bord deux infirmières et un "
          "médecin. « C’est le cœur de notre stratégie : aller vers les patients plutôt que d’attendre qu’ils "
          "traversent la mer », a souligné l’ambassadeur, Jean-Marc Lefèvre-Tari.", oe="drop"),
        P("Selon le ministère, près de 40 % des habitants de ces îles vivent à plus de deux heures de bateau d’un "
          "centre de santé. La mise en œuvre du programme sera confiée à la Croix-Rouge du Vanuatu, qui prendra en "
          "charge le carburant, estimé à 9 000 € par an.", oe="drop", noeuro=""),
        P("Oli lonchem niufala sip blong helt long Port-Vila, Fraede 28 Novemba 2025. © Ambassade de France au "
          "Vanuatu/P. Kalo"),
        L("Contact presse : service de presse de l’ambassade – +678 22 353 – [email protected]"),
        B("""Partager : Facebook | X | Imprimer
À lire aussi
› Bourses 2026 : 12 étudiants vanuatais partent étudier en France – 20/11/2025
Ambassade de France au Vanuatu – Kumul Highway, BP 60, Port-Vila – © 2025"""),
    ],
    gold=dict(
        title="Santé : un bateau-dispensaire financé par la France desservira 22 îles du Vanuatu",
        dateline=dl("Port-Vila", "2025-12-01"),
        organisations=[org("ambassade de France au Vanuatu"), org("ministère de la Santé du Vanuatu"),
                       org("Fonds Pacifique"), org("Croix-Rouge du Vanuatu")],
        places=[place("France", "FR"), place("Vanuatu", "VU"), place("Port-Vila"), place("Shefa"),
                place("Malampa")],
        figures=[
            fig("22 îles", 22, "îles"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("18 mètres", 18, "mètres", "other"),
            fig("1,4 million €", 1400000, "€", "money", currency="EUR"),
            fig("environ 190 millions de vatu", 190000000, "vatu", "money", qualifier="environ", currency="VUV"),
            fig("10 jours", 10, "jours", "duration"),
            fig("deux infirmières", 2, "infirmières"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("plus de deux heures", 2, "heures", "duration", qualifier="plus de"),
            fig("9 000 €", 9000, "€", "money", currency="EUR"),
            fig("Fraede 28 Novemba 2025", "2025-11-28", None, "date"),
        ],
        phones=[phone("+67822353")],
        emails=[],
        hidden_emails=1,
        contacts=[contact(None, None, "service de presse de l’ambassade", ["+67822353"], [])],
        notes="The French embassy in Vanuatu's cooperation news (real kind; invented ship, people and numbers; the "
              "Fonds Pacifique and the Vanuatu Red Cross real bodies with invented roles). Boilerplate: embassy "
              "name, a Bislama/French/English line, a menu one label a line with 'Coopération' doubled, breadcrumb, "
              "'Publié le' line, share line, 'À lire aussi' with one headline (its numbers chrome), footer with BP "
              "box. Both € signs were lost ('1,4 million  par le Fonds', '9 000  par an', two spaces left): restored "
              "(tags lost-euro, double-space); œ dropped ('le c ur', 'La mise en uvre'): restored; a space typed "
              "before a comma ('10 jours ,'): removed. The photo caption is in Bislama ('They launched the new "
              "health ship in Port-Vila, Friday 28 November 2025'): article text, like an English or German caption "
              "(new tag bislama-caption); its date 'Fraede 28 Novemba 2025' is a date figure in its own language, "
              "text with the weekday as written (as the README keeps 'le mardi 2 décembre 2025' and the English "
              "'Tuesday 2 December 2025'); the body's 'vendredi' alone is not a figure; the credit not a figure. 'financé par la France' (title): a country acting, place FR; 'au Vanuatu' (title) the country "
              "VU; the embassy (co-inaugurating) and 'ministère de la Santé du Vanuatu' listed as written; 'Selon le "
              "ministère' the same body. '22 îles' one text for title and body; 'chaque mois', 'par an' out; "
              "'environ 190 millions de vatu' VUV (unit as written); 'plus de deux heures de bateau' a duration. "
              "'le Tautu' a ship's name (h427). 'provinces de Shefa et de Malampa' give 'Shefa' and 'Malampa' (iso "
              "null). Contact: the press service line, person null, a five-digit Port-Vila number (+678) and a "
              "hidden address (counted, not listed).",
    ),
))

# =========================================================================== h468 Togolese news agency: ticker, kicker, slug, glued sentence with `A`, a doubly encoded paragraph, U+2010, votes and comments
PAGES.append(Page(
    name="h468-atop-kara-usine-egrenage-coton",
    meta={"site": "www.atop-togo.example.tg", "style": "national-news-agency-dispatch-togo",
          "defects": ["menu", "ticker", "wire-slug", "body-glued", "unaccented-capitals", "mojibake-double-cp1252",
                      "stray-unicode-hyphen", "votes-widget", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""ATOP – Agence togolaise de presse
Accueil | Politique | Économie | Société | Régions | Sport
FLASH ▸ Lomé : le port autonome franchit 30 millions de tonnes ▸ Dapaong : ouverture du marché de bétail ▸ Football : les Éperviers en stage à Kpalimé
ÉCONOMIE"""),
        P("Kara : la nouvelle usine d’égrenage de coton traitera 60 000 tonnes par campagne"),
        B("""Kara · 02/12/2025 · 14:37 · Dépêche n° 25-7731 · 437 mots
Par Koffi Agbéko"""),
        P("Kara, 2 déc. 2025 (ATOP) – La Nouvelle société cotonnière du Togo (NSCT) a mis en service mardi à Kara une "
          "usine d’égrenage d’une capacité de 60 000 tonnes de coton[[\u2010||-]]graine par campagne, la quatrième du "
          "pays. L’usine, qui a coûté 14 milliards de francs CFA, emploiera 180 salariés permanents et quelque 400 "
          "saisonniers."),
        P("[[A||À]] la cérémonie, le ministre de l’Agriculture a rappelé que la production nationale de "
          "coton[[\u2010||-]]graine avait atteint 128 000 tonnes lors de la campagne 2024-2025, contre 116 000 un an "
          "plus tôt.", glue=True),
        P("Selon le directeur général de la NSCT, l’usine permettra d’égrener sur place le coton des préfectures de la "
          "Kozah, de la Binah et de la Bassar, qui parcourait jusqu’ici plus de 400 kilomètres par la RN1 jusqu’à "
          "Atakpamé. Le prix d’achat au producteur a été fixé à 300 francs CFA le kilo pour la campagne 2025-2026.",
          moji="cp1252x2"),
        P("L’[[Etat||État]] togolais détient 60 % du capital de la société, aux côtés du groupe Sahel Fibres (40 %), "
          "qui assurera la vente de la fibre à l’export."),
        B("""KA/MDT
0 votes | 2 commentaires
Commentaires
Kodjo – 02/12/2025 à 16:02
Enfin une bonne nouvelle pour les producteurs du Nord !
Afi – 02/12/2025 à 17:20
Et les routes de la Binah, quand ?
Laisser un commentaire | Nom | E-mail | Publier
© 2025 ATOP – Agence togolaise de presse – BP 2327 Lomé"""),
    ],
    gold=dict(
        title="Kara : la nouvelle usine d’égrenage de coton traitera 60 000 tonnes par campagne",
        dateline=dl("Kara", "2025-12-02"),
        organisations=[org(None, "ATOP"), org("Nouvelle société cotonnière du Togo", "NSCT"), org("Sahel Fibres")],
        places=[place("Kara"), place("Kozah"), place("Binah"), place("Bassar"), place("Atakpamé")],
        figures=[
            fig("60 000 tonnes", 60000, "tonnes", "other"),
            fig("2 déc. 2025", "2025-12-02", None, "date"),
            fig("14 milliards de francs CFA", 14000000000, "francs CFA", "money", currency="XOF"),
            fig("180 salariés", 180, "salariés"),
            fig("quelque 400 saisonniers", 400, "saisonniers", qualifier="quelque"),
            fig("128 000 tonnes", 128000, "tonnes", "other"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("116 000", 116000, None, "other"),
            fig("plus de 400 kilomètres", 400, "kilomètres", "other", qualifier="plus de"),
            fig("300 francs CFA", 300, "francs CFA", "money", currency="XOF"),
            fig("2026", 2026, None, "year"),
            fig("60 %", 60, "%", "percent"),
            fig("40 %", 40, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="The Togolese news agency's own site (real agency, invented dispatch, people and numbers; the NSCT a real "
              "company with invented news; Sahel Fibres made up). Boilerplate: site name, one-line menu, a 'FLASH ▸' "
              "ticker of other headlines (their numbers chrome), the capital rubric kicker 'ÉCONOMIE', the slug line "
              "under the title (place, date, time, dispatch number, word count) and the byline (wire-slug), the "
              "wire initials 'KA/MDT', the votes/comment counter, the comments and the form, the footer with BP "
              "box. 'Kara, 2 déc. 2025 (ATOP) –' gives the place, the figure '2 déc. 2025' (2025-12-02) and the "
              "agency by its acronym (its long form stands only in the chrome). The second paragraph is glued to the "
              "first at the full stop with an unaccented capital ('saisonniers.A la cérémonie'): split, 'À' back; "
              "'L’Etat' → 'L’État'. 'coton‐graine' written with U+2010 twice: '-' in the clean text. The third "
              "paragraph is doubly encoded (UTF-8 read as cp1252 twice: 'dÃ¢â‚¬â„¢ÃƒÂ©grener', 'prÃƒÂ©fectures'): "
              "decoded twice. '60 000 tonnes' one text for title and body ('par campagne' out); 'la quatrième du "
              "pays' an ordinal word; 'la campagne 2024-2025' and 'la campagne 2025-2026' seasons (the text '2025' "
              "once); 'contre 116 000 un an plus tôt' (tonnes elided) kind other, unit null, 'un an plus tôt' not a "
              "figure (h280-h295); '300 francs CFA le kilo' (per-unit out), XOF in Togo; 'la RN1' a road (not a "
              "figure); '(40 %)' a percent. 'préfectures de la Kozah, de la Binah et de la Bassar' give three places "
              "(iso null); 'Togo' stands only inside the NSCT's name and 'togolais' is an adjective: not a place; "
              "'le ministre de l’Agriculture' a role. No contact.",
    ),
))

# =========================================================================== h469 Gulf of Guinea Commission (Luanda): a PDF release in a cloud drive's preview
H469_P1 = ("Les huit États membres de la Commission du Golfe de Guinée (CGG) ont signé le 27 novembre 2025 à Luanda un "
           "protocole qui leur permet de partager en temps réel les données de suivi par satellite de quelque 1 400 "
           "navires de pêche industrielle. Selon la CGG, la pêche illicite, non déclarée et non réglementée (INN)¹ "
           "coûte chaque année près de 1,9 milliard de dollars aux pays de la région.")
H469_P2 = ("Le centre régional de surveillance, installé à São Tomé, recevra toutes les deux heures les positions "
           "transmises par les balises des navires. Il disposera d’un budget annuel de 2,3 milliards de kwanzas, soit "
           "environ 2,5 millions de dollars, financé par l’Angola, le Nigeria et l’Union européenne.")
H469_P3 = ("Les données permettront notamment de repérer les transbordements en mer, qui auraient concerné 214 navires "
           "en 2024, soit 35 % de plus qu’en 2022. Les armateurs pris en infraction s’exposeront à des amendes pouvant "
           "atteindre 1 million de dollars par navire.")
H469_P4 = ("« Aucun pays ne peut surveiller seul 2,3 millions de kilomètres carrés d’océan », a déclaré la secrétaire "
           "exécutive de la CGG, Florentina Ukonga-Baptista.")
_h469_p3 = pdflines(H469_P3, 84, "h469c", lig=True).split("\n")
PAGES.append(Page(
    name="h469-cgg-luanda-surveillance-peche-pdf-drive",
    meta={"site": "drive.drivebox.example.com", "style": "cloud-drive-pdf-preview-regional-body",
          "defects": ["pdf-chrome", "page-furniture", "hard-wrap", "pdf-hyphenation", "stray-unicode-ligature"]},
    blocks=[
        B("""DriveBox
Mon espace › Partagés avec moi › CGG-Presse › Communiqués 2025
CGG_CP_031-2025_surveillance_peche.pdf
Ouvrir avec ▾ | Télécharger | Imprimer | Ajouter un raccourci | ⋮
Page 1 / 2    − 100 % +
COMMISSION DU GOLFE DE GUINEE
COMISSÃO DO GOLFO DA GUINÉ • GULF OF GUINEA COMMISSION
Secrétariat exécutif – Luanda (Angola)
COMMUNIQUE DE PRESSE N° 031/2025"""),
        X("              Pêche illicite : les États du golfe de Guinée\n"
          "            partagent désormais leurs données satellitaires",
          clean="Pêche illicite : les États du golfe de Guinée partagent désormais leurs données satellitaires"),
        X("                                                           Luanda, le 28 novembre 2025",
          clean="Luanda, le 28 novembre 2025"),
        X(pdflines(H469_P1, 84, "h469a", lig=True), clean=side(H469_P1, 1)),
        X(pdflines(H469_P2, 84, "h469b", lig=True), clean=side(H469_P2, 1)),
        X("\n".join(_h469_p3[:2]), clean=side(H469_P3, 1)),
        X("¹ Selon l’étude régionale publiée par la CGG en mars 2024.",
          clean="¹ Selon l’étude régionale publiée par la CGG en mars 2024."),
        B("""CGG – Communiqué de presse n° 031/2025                                              1/2
Page 2 / 2    − 100 % +
Commission du Golfe de Guinée – Secrétariat exécutif"""),
        X("\n".join(_h469_p3[2:]), clean=""),
        X(pdflines(H469_P4, 84, "h469d", lig=True), clean=side(H469_P4, 1)),
        X("Contact : Divisão de Comunicação / Division de la communication\n"
          "+244 923 451 782 – Comunicacao@cgg-golfoguine.example.org",
          clean="Contact : Divisão de Comunicação / Division de la communication\n"
                "+244 923 451 782 – Comunicacao@cgg-golfoguine.example.org"),
        B("""CGG – Communiqué de presse n° 031/2025                                              2/2
Vous n’avez pas l’autorisation de commenter ce fichier.
DriveBox – Conditions d’utilisation · Confidentialité · Aide"""),
    ],
    gold=dict(
        title="Pêche illicite : les États du golfe de Guinée partagent désormais leurs données satellitaires",
        dateline=dl("Luanda", "2025-11-28"),
        organisations=[org("Commission du Golfe de Guinée", "CGG"), org("Union européenne")],
        places=[place("golfe de Guinée"), place("Luanda"), place("São Tomé"), place("Angola", "AO"),
                place("Nigeria", "NG")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("huit États", 8, "États"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("quelque 1 400 navires", 1400, "navires", qualifier="quelque"),
            fig("près de 1,9 milliard de dollars", 1900000000, "dollars", "money", qualifier="près de",
                currency="USD"),
            fig("deux heures", 2, "heures", "duration"),
            fig("2,3 milliards de kwanzas", 2300000000, "kwanzas", "money", currency="AOA"),
            fig("environ 2,5 millions de dollars", 2500000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("214 navires", 214, "navires"),
            fig("en 2024", 2024, None, "year"),
            fig("35 %", 35, "%", "percent"),
            fig("en 2022", 2022, None, "year"),
            fig("1 million de dollars", 1000000, "dollars", "money", currency="USD"),
            fig("mars 2024", 2024, None, "year"),
            fig("2,3 millions de kilomètres carrés", 2300000, "kilomètres carrés", "other"),
        ],
        phones=[phone("+244923451782")],
        emails=["comunicacao@cgg-golfoguine.example.org"],
        contacts=[contact(None, None, "Divisão de Comunicação / Division de la communication", ["+244923451782"],
                          ["comunicacao@cgg-golfoguine.example.org"])],
        notes="The Gulf of Guinea Commission's release (real body, invented news, people and numbers) as a cloud "
              "drive's preview shows the PDF (new viewer): the drive's name, folder path, file-name line, toolbar, "
              "the 'Page n / 2 − 100 % +' lines (one between the two pages), the comment-permission line and the "
              "drive's footer are viewer chrome (pdf-chrome); the PDF has no CMS title, so its letterhead (the "
              "body's name in French, Portuguese and English, secretariat line, document label with its number) is "
              "boilerplate (h56-h71), like the running footers 'n/2' and the running header of page 2 "
              "(page-furniture). The title is centred over two lines (one title line); the right-aligned place-and-"
              "date line is the dateline (README own-line rule). Paragraphs wrapped at about 80-84 columns with "
              "hyphenation at line ends and fi/fl ligatures (joined, expanded). The third paragraph is cut by the "
              "page break inside a hyphenated word ('Les arma-' at the foot of page 1, then the footnote, the "
              "footer, the viewer's page line and the running header, then 'teurs pris en infraction'): one clean "
              "line where it starts with the word joined without its hyphen ('armateurs'), the footnote line of "
              "page 1 after it (h336, h388); the "
              "mark '¹' after '(INN)' is a real superscript kept, not a figure. 'quelque 1 400 navires', 'près de "
              "1,9 milliard de dollars' (USD); 'toutes les deux heures' a duration (h370 'tous les deux jours'); "
              "Angolan kwanzas are AOA (new currency), the converted amount with its qualifier a second money "
              "figure; 'qu’en 2022' gives 'en 2022'; 'par navire', 'chaque année' out; 'pouvant atteindre' no "
              "qualifier; the footnote's 'en mars 2024' gives 'mars 2024'. 'les États du golfe de Guinée' (title) "
              "gives the gulf with its generic noun (h264-h279) although the same words stand in the Commission's "
              "name; 'São Tomé' the city (iso null); 'l’Angola, le Nigeria' funders (places). Contact: the "
              "communication division's bilingual label as written (person null), an Angolan mobile +244 923 and an "
              "address written with a capital (listed in lower case).",
    ),
))

# =========================================================================== h470 Geneva State Council: browser print view, en dashes lost, a page break inside a paragraph, Swiss prices
H470_T = "Canicules : le Conseil d’État adopte un plan de 48 millions de francs pour rafraîchir les écoles"
H470_PH = f"03/12/2025 14:22                  {H470_T} | République et canton de Genève"
H470_P3 = ("Le plan prévoit aussi la plantation de 1 200 arbres dans les cours d’école et un fonds de Fr. 450 000.– "
           "destiné aux projets proposés par les élèves eux-mêmes, à raison de Fr. 5 000.– au plus par établissement.")
PAGES.append(Page(
    name="h470-geneve-conseil-etat-ecoles-canicule-impression",
    meta={"site": "www.ge-canton.example.ch", "style": "cantonal-government-browser-print-view",
          "defects": ["print-furniture", "breadcrumb", "lost-dash", "double-space"]},
    blocks=[
        B(H470_PH + """
République et canton de Genève
Accueil > Actualités > Points presse du Conseil d’État"""),
        P(H470_T),
        B("Communiqué de presse du Conseil d’État – 03.12.2025"),
        P("Genève, le 3 décembre 2025 – Le Conseil d’État a adopté mercredi un crédit d’investissement de 48 millions "
          "de francs pour adapter aux fortes chaleurs 62 bâtiments scolaires d’ici 2030. Durant l’été 2025, la "
          "température a dépassé 30 °C dans près d’une classe sur trois pendant au moins 12 jours."),
        P("Les travaux – stores extérieurs, ventilation nocturne, végétalisation des préaux – débuteront à l’été "
          "2026 dans les 15 écoles les plus exposées, dont 9 en ville de Genève. Ils seront menés pendant les "
          "vacances scolaires, sans fermer de classe.", nodash=""),
        X("Le plan prévoit aussi la plantation de 1 200 arbres dans les cours d’école et", clean=H470_P3),
        B("https://www.ge-canton.example.ch/actualites/canicules-plan-ecoles                                1/2\n"
          + H470_PH),
        X("un fonds de Fr. 450 000.– destiné aux projets proposés par les élèves eux-mêmes, à raison de Fr. 5 000.– "
          "au plus par établissement.", clean="", nodash=""),
        P("« Nos enfants doivent pouvoir apprendre sereinement, même en juin », a déclaré la conseillère d’État "
          "chargée de l’instruction publique, Léa Ruchonnet-Diallo."),
        L("Pour toute information complémentaire : M. Raphaël Girod, secrétaire général adjoint, département de "
          "l’instruction publique, de la formation et de la jeunesse (DIP), T. 022 546 69 12"),
        B("https://www.ge-canton.example.ch/actualites/canicules-plan-ecoles                                2/2"),
    ],
    gold=dict(
        title=H470_T,
        dateline=dl("Genève", "2025-12-03"),
        organisations=[org("Conseil d’État"),
                       org("département de l’instruction publique, de la formation et de la jeunesse", "DIP")],
        places=[place("Genève")],
        figures=[
            fig("48 millions de francs", 48000000, "francs", "money", currency="CHF"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("62 bâtiments", 62, "bâtiments"),
            fig("2030", 2030, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("30 °C", 30, "°C", "other"),
            fig("près d’une classe sur trois", 0.3333, None, "other", qualifier="près d’"),
            fig("au moins 12 jours", 12, "jours", "duration", qualifier="au moins"),
            fig("2026", 2026, None, "year"),
            fig("15 écoles", 15, "écoles"),
            fig("9", 9, None),
            fig("1 200 arbres", 1200, "arbres"),
            fig("Fr. 450 000.–", 450000, "Fr.", "money", currency="CHF"),
            fig("Fr. 5 000.–", 5000, "Fr.", "money", currency="CHF"),
        ],
        phones=[phone("+41225466912")],
        emails=[],
        contacts=[contact("Raphaël Girod", "secrétaire général adjoint",
                          "département de l’instruction publique, de la formation et de la jeunesse",
                          ["+41225466912"], [])],
        notes="A browser print view of the Geneva State Council's press point (real body, invented plan, people and "
              "numbers). Boilerplate: the print header (print date and time, page title with the site's name; "
              "printed again after the page break, furniture, not a second copy of the title, h289), the site-name "
              "and breadcrumb lines, the type/date line under the title, the print footers (URL and '1/2', '2/2'). "
              "The page break falls inside the third paragraph: one clean line (h136-h151). The en dashes were lost "
              "in the second paragraph's inserted clause (two spaces left: 'Les travaux  stores', 'préaux  "
              "débuteront') and in the two Swiss prices after the page break ('Fr. 450 000. destiné', 'Fr. 5 000. au "
              "plus'): restored ('Fr. 450 000.–', unit 'Fr.', CHF, h232-h247). '48 millions de francs' one text for "
              "title and body (CHF on a Swiss page); 'd’ici 2030' gives '2030'; 'Durant l’été 2025', 'à l’été "
              "2026' give the years (season word out); 'près d’une classe sur trois' one proportion (h312-h327); "
              "'pendant au moins 12 jours' a duration; 'dont 9' a count without noun; 'au plus' after a price not a "
              "qualifier; 'même en juin' a month alone. The State Council is listed without acronym (h104-h119 "
              "'Conseil d’État'); 'la conseillère d’État chargée de l’instruction publique' a role; the department "
              "named whole in the contact line is listed with its acronym (h56-h71) and is the contact's "
              "organisation; 'M.' stays out of the person; a Geneva number without code after 'T.' (+41 by the "
              "page). 'en ville de Genève' and the dateline one place.",
    ),
))

# =========================================================================== h471 Loyalty Islands Province (New Caledonia): WordPress page scraped as raw HTML
H471_T = "Lifou : la Province inaugure le nouveau quai de pêche de Wé"
H471_E = "’éèêàâ\u00a0«»öÉ"
PAGES.append(Page(
    name="h471-province-iles-loyaute-quai-peche-we",
    meta={"site": "www.province-iles.example.nc", "style": "provincial-collectivity-wordpress-raw-html",
          "defects": ["html-debris", "duplicate-title", "heading-glued", "menu", "duplicate-lines", "breadcrumb",
                      "share-lines", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""Province des îles Loyauté
Drehu | Nengone | Iaai | Fagauvea | Français
Accueil | La Province | Vie pratique | Économie | Actualités | Actualités | Contact
Accueil » Actualités » Économie"""),
        P(H471_T),
        B('<h1 class="entry-title">' + side(ent(H471_T, H471_E), 0) + "</h1>\n"
          '<span class="posted-on">Publié le <time datetime="2025-12-02T16:40:00+11:00">2 décembre 2025</time>'
          "</span> · Catégorie : Économie"),
        P("[[<p>||]]" + ent("Wé, le 2 décembre 2025 – La Province des îles Loyauté a inauguré mardi le nouveau quai "
                            "de pêche de Wé, sur l’île de Lifou, en présence des grands chefs des districts de Lössi "
                            "et de Wetr. L’ouvrage, long de 85 mètres, a coûté 620 millions de francs CFP, dont 40 % "
                            "apportés par l’État au titre du contrat de développement.", H471_E) + "[[</p>||]]"),
        P("[[<h2>||]]Une chambre froide de 12 tonnes[[</h2>||]]"),
        P("[[<p>||]]" + ent("Le quai dispose d’une chambre froide de 12\u00a0tonnes et d’une machine à glace qui "
                            "produira 3\u00a0tonnes de glace par jour. Les 140 pêcheurs professionnels de Lifou "
                            "pourront y débarquer leurs prises, qui ont atteint 310 tonnes en 2024, contre 190 tonnes "
                            "il y a cinq ans.", H471_E) + "[[</p>||]]", glue=True),
        P("[[<p>||]]" + ent("«\u00a0Nos pêcheurs n’auront plus à vendre leur poisson le jour même, faute de "
                            "glace\u00a0», a souligné le président de la Province, Jacques Wahnyamalla-Sihaze.",
                            H471_E) + "[[</p>||]]"),
        P("[[<h2>||]]" + ent("Prochaine étape : Maré", H471_E) + "[[</h2>||]]"),
        P("[[<p>||]]" + ent("La Province lancera en 2026 un quai identique à Tadine, sur l’île de Maré, pour 540 "
                            "millions de francs CFP.", H471_E) + "[[</p>||]]", glue=True),
        P("[[<p>||]]Contact presse : Direction de la communication – [[<a href=\"mailto:communication@province-iles"
          ".example.nc\">||]]communication@province-iles.example.nc[[</a>||]] – 45 52 00[[</p>||]]"),
        B("""Partager :
Facebook
X
J’aime ça :
J’aime chargement…
Articles similaires
Ouvéa : 30 nouveaux foyers raccordés au réseau d’eau potable
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
© 2025 Province des îles Loyauté – BP 50, 98820 Wé, Lifou"""),
    ],
    gold=dict(
        title=H471_T,
        dateline=dl("Wé", "2025-12-02"),
        organisations=[org("Province des îles Loyauté")],
        places=[place("Lifou"), place("Wé"), place("Lössi"), place("Wetr"), place("Maré"), place("Tadine")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("85 mètres", 85, "mètres", "other"),
            fig("620 millions de francs CFP", 620000000, "francs CFP", "money", currency="XPF"),
            fig("40 %", 40, "%", "percent"),
            fig("12 tonnes", 12, "tonnes", "other"),
            fig("12\u00a0tonnes", 12, "tonnes", "other"),
            fig("3\u00a0tonnes", 3, "tonnes", "other"),
            fig("140 pêcheurs", 140, "pêcheurs"),
            fig("310 tonnes", 310, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("190 tonnes", 190, "tonnes", "other"),
            fig("il y a cinq ans", 5, "ans", "duration"),
            fig("en 2026", 2026, None, "year"),
            fig("540 millions de francs CFP", 540000000, "francs CFP", "money", currency="XPF"),
        ],
        phones=[phone("+687455200")],
        emails=["communication@province-iles.example.nc"],
        contacts=[contact(None, None, "Direction de la communication", ["+687455200"],
                          ["communication@province-iles.example.nc"])],
        notes="The Loyalty Islands Province's WordPress news page (real collectivity, invented quay, people and "
              "numbers) scraped as raw HTML. Boilerplate: the site name, a Drehu/Nengone/Iaai/Fagauvea/French "
              "language line, one-line menu with a doubled label, breadcrumb, the '<h1 class=\"entry-title\">' "
              "copy of the title (duplicate-title) and the 'posted-on' span line (its date not a figure), the share "
              "and like widget lines, related article, comment form and footer with BP box and the 98820 postcode. "
              "Article HTML: '<p>' and '</p>', entities ('&rsquo;', '&eacute;', '&ouml;' in 'L&ouml;ssi', "
              "'&laquo;&nbsp;' and '&nbsp;&raquo;' kept as U+00A0 in the clean text, '&nbsp;' in '12&nbsp;tonnes' "
              "and '3&nbsp;tonnes'), two '<h2>' subheadings glued to the '<p>' after them (split), a mailto anchor "
              "(the bare address in the clean text). The heading's '12 tonnes' (plain space) and the body's "
              "'12\u00a0tonnes' are two texts (README h184-h199); 'il y a cinq ans' a duration keeping 'il y a' "
              "(h372); 'par jour' out; 'le jour même' not a figure. 'La Province des îles Loyauté a inauguré' an "
              "organisation (h216-h231 'Province Sud'), named again as 'la Province'; 'les îles Loyauté' stand only "
              "inside its name (not a place); 'l’État' generic; 'l’île de Lifou', 'l’île de Maré' give 'Lifou' and "
              "'Maré' (islets rule); the districts 'Lössi', 'Wetr' and the towns 'Wé', 'Tadine' places (iso null). "
              "Contact: the communication directorate (person null), a six-digit Lifou number without code (+687 by "
              "the page).",
    ),
))
