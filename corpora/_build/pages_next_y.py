"""h456-h471: the blind set written in session 28 (corpora/next), never run through pressclean.

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

SET = "next"

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
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


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
              "('verifie' is in the caption only; the quote's 'electricite', 'divisee'): accents back. 'depuis "
              "janvier' a month alone; 'la facture ... divisée par trois' a ratio 'trois' (kind other, unit null, "
              "h349 'diviser ce coût par trois'); 'fell by a third' the fraction 'a third' ('by' not a qualifier); "
              "'douze heures par jour' a duration (per-unit out); '2 hectares d’agrumes' a measure. 'la plaine de "
              "Taroudant' gives 'Taroudant' (also the dateline); 'Ouled Teima', 'Freija', 'Aït Iaaza' places. No "
              "contact.",
    ),
))
