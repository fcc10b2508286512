"""h248-h263: written blind in session 15, scored blind with session 16's starting and ending code, moved into dev in session 17.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_u.py, pages_dev_v.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README, the other page
sources or the dev/heldout pages). h248-h252 come from one made-up press room, a Senegalese road-safety office in
Dakar, sharing its header, language line, menu, breadcrumb, share line, a road-toll counter widget, a traffic widget,
a related block, an app line and footer with small variations from page to page; h253-h263 come from eleven other
sites, one page each (h253 clean, h254 in English, h255 listing): a francophone library network (Saskatchewan), a
lake fisheries observatory (Bujumbura), the raw RSS feed of a Togolese wire, a Douala daily's e-paper viewer, an
agronomy institute in Chișinău, a Jacmel community blog reposting a chat message, the text export of a Malagasy
press-conference slide deck, a cross-border health cooperation on the Oyapock (French Guiana/Brazil), a mailing-list
archive showing a raw quoted-printable message (Algeria), a ticketing platform's event page (Nova Scotia) and a
WordPress REST API answer (Agadez, Niger).
"""
import json
import quopri

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "'": "&#39;", "“": "&ldquo;", "”": "&rdquo;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def swap(clean: str, chars: str, rep: str) -> str:
    """Markup for text whose raw side shows `rep` in place of each of `chars`."""
    return "".join(f"[[{rep}||{c}]]" if c in chars else c for c in clean)


def _raw(tok: str) -> str:
    return side(tok, 0).replace("⏎", "")


VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÉÈÊÎÔÛŒ")
INSEPARABLE = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr"}


def _syllable_split(word: str, room: int):
    pre = ""
    if "’" in word[:3]:
        pre, word = word[:word.index("’") + 1], word[word.index("’") + 1:]
        room -= len(pre)
    if len(word) < 7 or not word.isalpha():
        return None
    best = None
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        ok = (a in VOWELS and b not in VOWELS and c in VOWELS) or \
             (a not in VOWELS and b not in VOWELS and (a + b).lower() not in INSEPARABLE and a != "s" or
              a == "s" and b not in VOWELS and (a + b).lower() not in INSEPARABLE)
        if ok and a not in VOWELS and b not in VOWELS and word[i - 2] not in VOWELS:
            ok = False
        if ok and i <= room:
            best = i
    return (pre + word[:best], word[best:]) if best else None


def pdfwrap(text: str, width: int, hyph: dict | None = None, auto: bool = True) -> str:
    """Greedy column-like line breaking of a clean paragraph, with hyphenation at line ends."""
    hyph = hyph or {}
    out = ""
    cur = 0
    for w in text.split(" "):
        n = len(_raw(w))
        if not out:
            out, cur = w, n
            continue
        if cur + 1 + n <= width:
            out += " " + w
            cur += 1 + n
            continue
        core = w.rstrip(".,;:»)")
        punct = w[len(core):]
        split = hyph.get(core) or (_syllable_split(core, width - cur - 2) if auto and "[[" not in core else None)
        if split:
            head, tail = split
            if cur + 1 + len(head) + 1 <= width:
                out += " " + f"[[{head}-⏎{tail}||{head}{tail}]]" + punct
                cur = len(tail) + len(punct)
                continue
        out += "⏎" + w
        cur = n
    return out


def qp(clean: str) -> str:
    """The quoted-printable form of a UTF-8 paragraph (soft line breaks `=` at 76 columns)."""
    return quopri.encodestring(clean.encode("utf-8")).decode("ascii")


def jesc(clean: str) -> str:
    """A string as WordPress's REST API writes it inside JSON (\\uXXXX escapes, escaped slashes)."""
    return json.dumps(clean)[1:-1].replace("/", "\\/")


# =========================================================================== OSPR, road-safety office (Dakar, Senegal)
OS_SITE = "www.ospr-routes.example.sn"


def os_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu principal | Aller au menu"]
    if banner:
        lines.append(banner)
    lines += ["Français | Wolof | English",
              "OSPR – Office sénégalais de prévention routière",
              "☰ Menu",
              "L’Office",
              "Sécurité routière",
              "Sécurité routière",
              "Permis et formation",
              "Statistiques",
              "Presse",
              "Presse",
              "Contact",
              "Rechercher…",
              f"Accueil ▸ Presse ▸ {rubric}",
              stamp]
    return "\n".join(lines)


def os_bottom(counter, traffic, related, attach=None, app=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · WhatsApp · LinkedIn · Imprimer",
              f"Compteur de la route – {counter}",
              "Sur la route en ce moment :"]
    lines += [f"• {t}" for t in traffic]
    lines.append("Derniers communiqués")
    lines += [f"▸ {h} – {d}" for h, d in related]
    if app:
        lines.append("Signalez un danger avec l’application Sama Route : disponible sur Android et iOS")
    lines += ["OSPR – Route de Ouakam, BP 45118 Dakar-Fann – Standard : +221 33 869 42 00 – Urgence routière : 1515",
              "© 2025 OSPR – Mentions légales – Données personnelles – Plan du site"]
    return "\n".join(lines)


def os_meta(defects, **extra):
    d = {"site": OS_SITE, "style": "road-safety-office-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


OS_NOTE = ("Site furniture shared by h248-h252 (skip line, an optional banner (road works on h249, accreditation "
           "deadline on h250), French/Wolof/English language line, site name 'OSPR – Office sénégalais de prévention "
           "routière', '☰ Menu', vertical menu with doubled 'Sécurité routière' and 'Presse', search label, breadcrumb "
           "'Accueil ▸ Presse ▸ rubric' (Communiqués, Avis aux usagers, Invitations presse, Entretiens, Reportages "
           "photo), a 'type – dd/mm/yyyy' line or 'Entretien – Mis à jour le dd/mm/yyyy à hh:mm' (h251); at the "
           "bottom an optional attachment line (h248 PDF, h251 PDF), share line, a 'Compteur de la route' line whose "
           "toll changes on every page, 'Sur la route en ce moment :' with '• ...' traffic lines that change, "
           "'Derniers communiqués' with '▸ headline – dd/mm/yyyy' lines that change, an app line (absent on h252), "
           "footer with BP box, switchboard and the short emergency number 1515, copyright/legal line): all "
           "boilerplate; its numbers are neither figures nor phones, and the long form in the site name does not "
           "count as the article naming the office. The office (OSPR) and its people are made up. Senegalese numbers "
           "have nine digits (landlines 33 ..., mobiles 70/76/77/78 ...); francs CFA in Senegal are XOF.")

# --------------------------------------------------------------------------- h248 monthly toll communiqué: glued headings, ’ as a space, HTML key-figures list
PAGES.append(Page(
    name="h248-ospr-bilan-accidents-novembre",
    meta=os_meta(["heading-glued", "lost-apostrophe", "html-debris"]),
    blocks=[
        B(os_top("Communiqués", "Communiqué – 02/12/2025")),
        P("Accidents de la route : 41 morts en novembre, le plus bas niveau depuis 2019"),
        P("Dakar, le 2 décembre 2025 – L’Office sénégalais de prévention routière (OSPR) a recensé 41 décès et "
          "1 268 blessés sur l’ensemble du réseau en novembre 2025, contre 63 décès un an plus tôt, soit une baisse de "
          "près de 35 %.", apos="space"),
        P("Les motos en première ligne"),
        P("Les motos et scooters sont impliqués dans 46 % des accidents mortels. À Kaolack et à Ziguinchor, plus de "
          "la moitié des victimes ne portaient pas de casque.", glue=True),
        P("Contrôles renforcés"),
        P("Du 1er au 30 novembre, 2 314 contrôles de vitesse ont été effectués et 9 870 contraventions dressées, pour "
          "un montant de 148 millions de francs CFA. Quelque 312 permis ont été suspendus pour une durée de 1 à "
          "6 mois.", glue=True),
        P("Les chiffres de novembre"),
        L("""[[<ul><li>||]]Accidents corporels : 1 027[[</li>||]]
[[<li>||]]Décès : 41[[</li>||]]
[[<li>||]]Blessés graves : 219[[</li></ul>||]]"""),
        P("« Chaque vie compte : la baisse de novembre doit devenir la norme », a déclaré le directeur général de "
          "l’OSPR, Ousmane Diagne-Faye.", apos="space"),
        L("""Contact presse :
Aminata Sow Ndiaye, chargée de communication
Tél. : +221 33 869 42 17 – Mobile : 77 645 28 31
presse@ospr-routes.example.sn"""),
        B(os_bottom("612 décès depuis le 1er janvier 2025 (au 30/11)",
                    ["Autoroute à péage : trafic fluide", "Route de Rufisque : ralentissements à Thiaroye"],
                    [("Nuit du 31 décembre : le dispositif de contrôle dévoilé le 15 décembre", "28/11/2025"),
                     ("Permis de conduire : les auto-écoles de Kaffrine agréées", "21/11/2025")],
                    attach="Télécharger le bilan de novembre 2025 (PDF – 620 Ko)")),
    ],
    gold=dict(
        title="Accidents de la route : 41 morts en novembre, le plus bas niveau depuis 2019",
        dateline=dl("Dakar", "2025-12-02"),
        organisations=[org("Office sénégalais de prévention routière", "OSPR")],
        places=[place("Dakar"), place("Kaolack"), place("Ziguinchor")],
        figures=[
            fig("41 morts", 41, "morts"),
            fig("2019", 2019, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("41 décès", 41, "décès"),
            fig("1 268 blessés", 1268, "blessés"),
            fig("novembre 2025", 2025, None, "year"),
            fig("63 décès", 63, "décès"),
            fig("près de 35 %", 35, "%", "percent", qualifier="près de"),
            fig("46 %", 46, "%", "percent"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("1er", "--11-01", None, "date"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("2 314 contrôles", 2314, "contrôles"),
            fig("9 870 contraventions", 9870, "contraventions"),
            fig("148 millions de francs CFA", 148000000, "francs CFA", "money", currency="XOF"),
            fig("Quelque 312 permis", 312, "permis", qualifier="Quelque"),
            fig("1", 1, None, "duration"),
            fig("6 mois", 6, "mois", "duration"),
            fig("1 027", 1027, None),
            fig("41", 41, None),
            fig("219", 219, None),
        ],
        phones=[phone("+221338694217"), phone("+221776452831")],
        emails=["presse@ospr-routes.example.sn"],
        contacts=[contact("Aminata Sow Ndiaye", "chargée de communication", None, ["+221338694217", "+221776452831"],
                          ["presse@ospr-routes.example.sn"])],
        notes=OS_NOTE + " No banner; a PDF attachment line. Every ’ of the dateline paragraph and of the quote is a "
              "space ('L Office', 'l ensemble', 'l OSPR'). Both subheadings are glued to the paragraph after them "
              "('ligneLes motos', 'renforcésDu 1er'); the third heading stands alone above an HTML key-figures list "
              "(<ul><li>, one row a line, row values counts with unit null: '1 027', '41', '219'; '41' is another text "
              "than the title's '41 morts'). 'le plus bas niveau depuis 2019': '2019'. 'en novembre 2025': a "
              "month-year; 'un an plus tôt' not a figure. 'plus de la moitié': fraction 0.5, qualifier 'plus de'. 'Du "
              "1er au 30 novembre': range of dates without year, first bound '1er' (--11-01), decided not to date it "
              "from the dateline paragraph's 'novembre 2025'. 'pour une durée de 1 à 6 mois': first bound '1' "
              "(duration, unit null). Contact: a person with role, a landline and a mobile without country code "
              "(+221).",
    ),
))

# --------------------------------------------------------------------------- h249 notice: kicker above an unaccented capital title, ’ and – as '?', list typed without accents
PAGES.append(Page(
    name="h249-ospr-avis-fermeture-route-rufisque",
    meta=os_meta(["lost-apostrophe", "lost-dash", "stripped-accents", "unaccented-capitals"]),
    blocks=[
        B(os_top("Avis aux usagers", "Avis aux usagers – 04/12/2025",
                 banner="Perturbations : travaux sur la route de Rufisque du 8 au 21 décembre – itinéraires conseillés")),
        B("AVIS AUX USAGERS"),
        P("TRAVAUX : FERMETURE DE LA ROUTE DE RUFISQUE À HANN DU 8 AU 21 DÉCEMBRE", strip=True),
        P("Dakar, le 4 décembre 2025 – En raison des travaux de réhabilitation de l’échangeur de Hann, conduits par "
          "l’Agence des infrastructures routières de Dakar (AIRD), la circulation sera fermée sur la route de "
          "Rufisque, dans le sens Dakar–Rufisque, du lundi 8 décembre à 22 h au dimanche 21 décembre 2025 à 6 h.",
          apos="?", nodash="?"),
        P("ITINÉRAIRES CONSEILLÉS", strip=True),
        L("""- vers Rufisque : emprunter l’autoroute à péage jusqu’à la sortie de Mbao ;
- vers Thiaroye : passer par la route de Keur Massar ;
- poids lourds de plus de 12 tonnes : interdits entre 6 h et 22 h sur la route de Keur Massar.""", strip=True),
        P("Les usagers sont invités à anticiper leurs déplacements : les temps de parcours pourraient augmenter de 30 "
          "à 45 minutes aux heures de pointe. Quelque 85 000 véhicules empruntent chaque jour ce tronçon de "
          "4,2 kilomètres. L’OSPR déploiera 40 agents aux carrefours les plus chargés.", apos="?"),
        L("Cellule d’information routière de l’OSPR – +221 33 869 42 30 – info-route@ospr-routes.example.sn",
          apos="?", nodash="?"),
        B(os_bottom("618 décès depuis le 1er janvier 2025 (au 03/12)",
                    ["Échangeur de Hann : travaux de nuit", "Corniche ouest : trafic fluide",
                     "RN1 à Diamniadio : accident, voie de droite neutralisée"],
                    [("Accidents de la route : 41 morts en novembre", "02/12/2025"),
                     ("Nuit du 31 décembre : le dispositif de contrôle dévoilé le 15 décembre", "28/11/2025")])),
    ],
    gold=dict(
        title="TRAVAUX : FERMETURE DE LA ROUTE DE RUFISQUE À HANN DU 8 AU 21 DÉCEMBRE",
        dateline=dl("Dakar", "2025-12-04"),
        organisations=[org("Agence des infrastructures routières de Dakar", "AIRD"), org(None, "OSPR")],
        places=[place("Rufisque"), place("Hann"), place("Dakar"), place("Mbao"), place("Thiaroye"),
                place("Keur Massar")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("21 DÉCEMBRE", "--12-21", None, "date"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("lundi 8 décembre à 22 h", "2025-12-08", None, "date"),
            fig("dimanche 21 décembre 2025 à 6 h", "2025-12-21", None, "date"),
            fig("plus de 12 tonnes", 12, "tonnes", "other", qualifier="plus de"),
            fig("30", 30, None, "duration"),
            fig("45 minutes", 45, "minutes", "duration"),
            fig("Quelque 85 000 véhicules", 85000, "véhicules", qualifier="Quelque"),
            fig("4,2 kilomètres", 4.2, "kilomètres", "other"),
            fig("40 agents", 40, "agents"),
        ],
        phones=[phone("+221338694230")],
        emails=["info-route@ospr-routes.example.sn"],
        contacts=[contact(None, None, "Cellule d’information routière de l’OSPR", ["+221338694230"],
                          ["info-route@ospr-routes.example.sn"])],
        notes=OS_NOTE + " A road-works banner. The rubric kicker 'AVIS AUX USAGERS' above the title is page metadata "
              "(boilerplate, h184-h199 rule). The title, the heading 'ITINERAIRES CONSEILLES' and the list under it "
              "were typed without accents (clean text: 'À HANN', 'DÉCEMBRE', 'ITINÉRAIRES CONSEILLÉS', 'péage', "
              "'jusqu’à'); the list's ’ survived. In the dateline paragraph, the last paragraph and the office line "
              "every ’ and en dash is '?' ('l?échangeur', 'Dakar?Rufisque', 'Dakar, le 4 décembre 2025 ? En "
              "raison'). Title dates: 'DU 8 AU 21 DÉCEMBRE' gives '8' (--12-08) and '21 DÉCEMBRE' (--12-21), other "
              "texts than the body's. 'du lundi 8 décembre à 22 h au dimanche 21 décembre 2025 à 6 h': two dates with "
              "clock times, the first with its own month and the second's year (2025-12-08). 'de 30 à 45 minutes': "
              "first bound '30' (duration, unit null). 'entre 6 h et 22 h': clock times, not figures. 'chaque jour' "
              "stays out. The office is named by acronym only in the article (long form null). A town in a road's "
              "name ('la route de Rufisque', 'la route de Keur Massar') is listed as a place (decided: the town the "
              "road leads to; Rufisque also stands alone); Hann (the interchange's district), Mbao (an exit) and "
              "Thiaroye are places. Contact: an office line (organisation as written, not listed apart).",
    ),
))

# --------------------------------------------------------------------------- h250 press invitation: HTML debris, a hidden e-mail behind an e-mail-protection link, two-person accreditation block
PAGES.append(Page(
    name="h250-ospr-invitation-campagne-casque-thies",
    meta=os_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(os_top("Invitations presse", "Invitation presse – 05/12/2025",
                 banner="Accréditations presse ouvertes jusqu’au 08/12 – lancement de la campagne casque à Thiès")),
        P("Invitation presse : lancement de la campagne « Casque obligatoire, vie préservée » à Thiès"),
        P("[[<p>||]]" + ent("L’Office sénégalais de prévention routière (OSPR) invite les journalistes au lancement de "
                            "sa campagne nationale pour le port du casque, le mercredi 10 décembre 2025 à "
                            "9\u00a0h\u00a030, à la gare routière de Thiès, en présence du gouverneur de la région.",
                            "’\u00a0é") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("La campagne prévoit la distribution de 25\u00a0000 casques homologués à prix subventionné "
                            "(5\u00a0000 francs CFA au lieu de 18\u00a0000) dans les 14 régions du pays, avec le "
                            "soutien de la Banque ouest-africaine de développement (BOAD) et de la Fondation Routes "
                            "sûres pour l’Afrique.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
9 h 30 : accueil des invités[[<br />||]]
10 h 00 : allocutions du gouverneur et du directeur général de l’OSPR[[<br />||]]
10 h 45 : démonstration de pose de casques par la police routière[[<br />||]]
11 h 15 : point presse[[</p>||]]"""),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] jusqu’au lundi 8 décembre à 17[[&nbsp;||\u00a0]]h[[&nbsp;||\u00a0]]:[[<br />||]]
Khady Mbengue, attachée de presse – 78 412 06 93 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="5e353f2c3b35703c3b30393b2b3b1e312d2e2c733a">||]][email protected][[</a><br />||]]
Papa Malick Seck, protocole – +221 33 869 42 25 – [[<a href="mailto:pm.seck@ospr-routes.example.sn">pm.seck@ospr-routes.example.sn</a></p>||pm.seck@ospr-routes.example.sn]]"""),
        B(os_bottom("618 décès depuis le 1er janvier 2025 (au 04/12)",
                    ["Route de Rufisque : fermée à Hann à partir du 8 décembre", "VDN : trafic dense à Grand-Yoff"],
                    [("Travaux : fermeture de la route de Rufisque à Hann", "04/12/2025"),
                     ("Accidents de la route : 41 morts en novembre", "02/12/2025")])),
    ],
    gold=dict(
        title="Invitation presse : lancement de la campagne « Casque obligatoire, vie préservée » à Thiès",
        dateline=None,
        organisations=[org("Office sénégalais de prévention routière", "OSPR"),
                       org("Banque ouest-africaine de développement", "BOAD"),
                       org("Fondation Routes sûres pour l’Afrique", None)],
        places=[place("Thiès")],
        figures=[
            fig("le mercredi 10 décembre 2025 à 9\u00a0h\u00a030", "2025-12-10", None, "date"),
            fig("25\u00a0000 casques", 25000, "casques"),
            fig("5\u00a0000 francs CFA", 5000, "francs CFA", "money", currency="XOF"),
            fig("18\u00a0000", 18000, None, "money", currency="XOF"),
            fig("14 régions", 14, "régions"),
            fig("lundi 8 décembre à 17\u00a0h", "--12-08", None, "date"),
        ],
        phones=[phone("+221784120693"), phone("+221338694225")],
        emails=["pm.seck@ospr-routes.example.sn"],
        hidden_emails=1,
        contacts=[contact("Khady Mbengue", "attachée de presse", None, ["+221784120693"], []),
                  contact("Papa Malick Seck", "protocole", None, ["+221338694225"],
                          ["pm.seck@ospr-routes.example.sn"])],
        notes=OS_NOTE + " An accreditation banner; no attachment. HTML debris: <p>, </p>, <br />, <strong>, "
              "'&rsquo;', '&eacute;', '&nbsp;' (U+00A0 in the clean text and in the figure texts), a full mailto "
              "link, and the first accreditation address hidden behind the CDN's e-mail-protection link (<a "
              "href=\"/cdn-cgi/l/email-protection\" ... data-cfemail=\"...\">[email protected]</a>): the anchor is "
              "HTML, removed; the visible '[email protected]' stays and is counted as hidden (decided: the "
              "data-cfemail code is not decoded, README 'never invent'). No dateline (an invitation). '(5 000 francs "
              "CFA au lieu de 18 000)': '18 000' is money in the context's currency with unit null (h56-h71 rule). "
              "'jusqu’au lundi 8 décembre à 17 h': one date figure without 'jusqu’au' (h152-h167). Programme clock "
              "times are not figures. 'Afrique' is only inside the foundation's name; 'la police routière' and 'le "
              "gouverneur de la région' are generic / a role. Two accreditation lines, each a person with role and a "
              "number (the first a mobile without country code, +221).",
    ),
))

# --------------------------------------------------------------------------- h251 interview: title printed twice, ’ as '?', double cp1252 answer, “ ” and « »
PAGES.append(Page(
    name="h251-ospr-entretien-permis-a-points",
    meta=os_meta(["duplicate-title", "lost-apostrophe", "mojibake-double-cp1252", "mixed-quotes"]),
    blocks=[
        B(os_top("Entretiens", "Entretien – Mis à jour le 03/12/2025 à 16:40")),
        P("Entretien avec Ousmane Diagne-Faye : « Le permis à points entrera en vigueur en juillet 2026 »"),
        B("Entretien avec Ousmane Diagne-Faye : « Le permis à points entrera en vigueur en juillet 2026 »"),
        P("Dakar, le 3 décembre 2025 – Directeur général de l’OSPR depuis mars 2023, Ousmane Diagne-Faye revient sur "
          "la réforme du permis de conduire, adoptée le 26 novembre en Conseil des ministres, et sur les objectifs du "
          "plan national de sécurité routière 2026-2030."),
        P("Pourquoi un permis à points maintenant ?"),
        P("Parce que la répression seule ne suffit plus. Chaque conducteur disposera d’un capital de 12 points, et les "
          "infractions graves – excès de vitesse de plus de 40 km/h, usage du téléphone au volant – coûteront jusqu’à "
          "6 points. Le dispositif entrera en vigueur le 1er juillet 2026.", apos="?"),
        P("Les transporteurs dénoncent une mesure “punitive”. Que leur répondez-vous ?"),
        P("Nous les avons reçus à cinq reprises depuis septembre. Les chauffeurs professionnels bénéficieront d’une "
          "formation gratuite de trois jours, financée à hauteur de 1,2 milliard de francs CFA par l’État.",
          moji="cp1252x2"),
        P("Quel est votre objectif d’ici 2030 ?"),
        P("Réduire de moitié le nombre de morts sur nos routes, soit passer sous la barre des 350 décès par an. Nous "
          "n’en sommes pas si loin : nous en étions à 702 en 2024.", apos="?"),
        P("Propos recueillis par le service de la communication de l’OSPR."),
        B(os_bottom("618 décès depuis le 1er janvier 2025 (au 03/12)",
                    ["Autoroute à péage : bouchon à la barrière de Thiaroye"],
                    [("Travaux : fermeture de la route de Rufisque à Hann", "04/12/2025"),
                     ("Accidents de la route : 41 morts en novembre", "02/12/2025")],
                    attach="Télécharger l’entretien (PDF – 210 Ko)")),
    ],
    gold=dict(
        title="Entretien avec Ousmane Diagne-Faye : « Le permis à points entrera en vigueur en juillet 2026 »",
        dateline=dl("Dakar", "2025-12-03"),
        organisations=[org(None, "OSPR"), org("Conseil des ministres", None)],
        places=[place("Dakar")],
        figures=[
            fig("juillet 2026", 2026, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("mars 2023", 2023, None, "year"),
            fig("le 26 novembre", "--11-26", None, "date"),
            fig("12 points", 12, "points"),
            fig("plus de 40 km/h", 40, "km/h", "other", qualifier="plus de"),
            fig("jusqu’à 6 points", 6, "points", qualifier="jusqu’à"),
            fig("le 1er juillet 2026", "2026-07-01", None, "date"),
            fig("cinq reprises", 5, "reprises"),
            fig("trois jours", 3, "jours", "duration"),
            fig("1,2 milliard de francs CFA", 1200000000, "francs CFA", "money", currency="XOF"),
            fig("2030", 2030, None, "year"),
            fig("moitié", 0.5, None, "other"),
            fig("350 décès", 350, "décès"),
            fig("702", 702, None),
            fig("en 2024", 2024, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OS_NOTE + " The 'Mis à jour le ... à ...' stamp and a PDF attachment line. Title printed twice (second "
              "copy boilerplate). Interview: each question a line (README Q&A rule); the first and third answers have "
              "every ’ as '?' ('d?un', 'jusqu?à', 'n?en'); the second answer is UTF-8 encoded twice and read as "
              "cp1252. « » in the title, “ ” around 'punitive': kept as written. 'juillet 2026' (title, month-year) "
              "and 'le 1er juillet 2026' (answer) are two figures. 'plan national de sécurité routière 2026-2030': a "
              "plan's years, not figures. 'le 26 novembre': no year written. 'à cinq reprises': a count with unit "
              "'reprises' (decided). 'Réduire de moitié': fraction 'moitié' 0.5 (h232-h247 rule). 'sous la barre des "
              "350 décès par an': '350 décès' ('par an' out, no qualifier). 'nous en étions à 702': count, unit null. "
              "'Conseil des ministres' is an organisation (h104-h119); the office is named by acronym only; 'l’État' "
              "generic. The credit line 'Propos recueillis par ...' is article text, not a contact (h232-h247); no "
              "contact on the page.",
    ),
))

# --------------------------------------------------------------------------- h252 photo story: caption printed twice, English caption, œ dropped, superscript ordinals, no app line
PAGES.append(Page(
    name="h252-ospr-radars-automatiques-rn1-photos",
    meta=os_meta(["duplicate-caption", "english-caption", "lost-oe"]),
    blocks=[
        B(os_top("Reportages photo", "Reportage photo – 01/12/2025")),
        P("En images : les premiers radars automatiques installés sur la RN1 entre Diamniadio et Mbour"),
        P("Un technicien de l’OSPR règle le radar de Sindia, le 1ᵉʳ décembre. © OSPR/A. Ba"),
        B("Un technicien de l’OSPR règle le radar de Sindia, le 1ᵉʳ décembre. © OSPR/A. Ba"),
        P("Les 12 premiers radars automatiques du pays ont été installés du 24 novembre au 1ᵉʳ décembre sur les "
          "68 kilomètres de la RN1 qui séparent Diamniadio de Mbour, au cœur de l’axe le plus accidentogène du "
          "Sénégal : 94 morts y ont été recensés en 2024.", oe="drop"),
        P("Chaque radar, d’un coût de 38 millions de francs CFA, flashe au-delà de 90 km/h. Les amendes, de 25 000 "
          "francs CFA, seront envoyées par SMS à partir du 15 janvier 2026, a précisé l’OSPR."),
        P("Solar-powered speed camera near Sindia, on the N1 highway. Photo: OSPR"),
        P("Une seconde phase portera à 40 le nombre de radars d’ici fin 2026, sur la RN2 et sur l’autoroute à péage."),
        L("Photos haute définition sur demande : photos@ospr-routes.example.sn"),
        B(os_bottom("612 décès depuis le 1er janvier 2025 (au 30/11)",
                    ["RN1 : radars en service entre Diamniadio et Mbour", "Autoroute à péage : trafic fluide"],
                    [("Nuit du 31 décembre : le dispositif de contrôle dévoilé le 15 décembre", "28/11/2025"),
                     ("Permis de conduire : les auto-écoles de Kaffrine agréées", "21/11/2025")],
                    app=False)),
    ],
    gold=dict(
        title="En images : les premiers radars automatiques installés sur la RN1 entre Diamniadio et Mbour",
        dateline=None,
        organisations=[org(None, "OSPR")],
        places=[place("Diamniadio"), place("Mbour"), place("Sindia"), place("Sénégal", "SN")],
        figures=[
            fig("le 1ᵉʳ décembre", "--12-01", None, "date"),
            fig("12 premiers radars", 12, "radars"),
            fig("24 novembre", "--11-24", None, "date"),
            fig("1ᵉʳ décembre", "--12-01", None, "date"),
            fig("68 kilomètres", 68, "kilomètres", "other"),
            fig("94 morts", 94, "morts"),
            fig("en 2024", 2024, None, "year"),
            fig("38 millions de francs CFA", 38000000, "francs CFA", "money", currency="XOF"),
            fig("90 km/h", 90, "km/h", "other"),
            fig("25 000 francs CFA", 25000, "francs CFA", "money", currency="XOF"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
            fig("40", 40, None),
            fig("2026", 2026, None, "year"),
        ],
        phones=[],
        emails=["photos@ospr-routes.example.sn"],
        contacts=[contact(None, None, None, [], ["photos@ospr-routes.example.sn"])],
        notes=OS_NOTE + " No app line on this page. The first caption is printed twice (second copy boilerplate); a "
              "second caption is in English (article text). œ dropped ('au c ur'). The site writes ordinals with "
              "Unicode superscript letters ('1ᵉʳ décembre'): kept as written in the clean text and in the figure "
              "texts (decided: a number format, not damage). The caption's 'le 1ᵉʳ décembre' and the body's range "
              "'du 24 novembre au 1ᵉʳ décembre' (first bound with its own month: '24 novembre') give two texts of the "
              "same date. 'Les 12 premiers radars': count, unit 'radars', the adjective before the noun in the text. "
              "'RN1', 'RN2', 'N1': road numbers, not figures; 'premiers', 'seconde phase': ordinal words. 'flashe "
              "au-delà de 90 km/h': no qualifier (not one of the README's). 'à partir du 15 janvier 2026': '15 "
              "janvier 2026'. 'portera à 40 le nombre de radars': count, unit null. 'd’ici fin 2026': '2026'. The "
              "office is named by acronym only (caption credits and body). The photo line with only an address is "
              "one contact with all fields null but the e-mail (h200-h215).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h253 francophone library network (Saskatchewan), no defect and no boilerplate
PAGES.append(Page(
    name="h253-rbf-saskatchewan-bibliotheque-gravelbourg",
    meta={"site": "www.rbf-sask.example.ca", "style": "prairie-library-network-clean", "defects": []},
    blocks=[
        P("Le Réseau des bibliothèques fransaskoises ouvre une sixième bibliothèque communautaire à Gravelbourg"),
        P("Regina, le 2 décembre 2025 – Le Réseau des bibliothèques fransaskoises (RBF) inaugurera le samedi "
          "13 décembre 2025 à 14 h sa sixième bibliothèque communautaire, à Gravelbourg, dans le sud de la "
          "Saskatchewan. Installée dans l’ancienne gare, elle offrira plus de 4 800 livres, films et jeux en "
          "français."),
        P("Le projet, d’un coût de 385 000 $, est financé à parts égales par Patrimoine canadien et par la Fondation "
          "fransaskoise du livre. La municipalité de Gravelbourg met le local à disposition pour 25 ans, moyennant un "
          "loyer symbolique de 1 $ par année."),
        P("Selon Statistique Canada, quelque 14 400 personnes parlent français à la maison en Saskatchewan. « Une "
          "bibliothèque, c’est souvent le premier lieu où une famille nouvellement arrivée entend parler français "
          "hors de l’école », souligne la directrice générale du RBF, Josée Lapointe-Bergeron."),
        P("Les heures d’ouverture et le programme d’animations de l’hiver seront publiés sur le site du Réseau d’ici "
          "le 20 décembre."),
        L("""Renseignements :
Marc-André Gaudet, agent de communication
306 769-0142, poste 203
communications@rbf-sask.example.ca"""),
    ],
    gold=dict(
        title="Le Réseau des bibliothèques fransaskoises ouvre une sixième bibliothèque communautaire à Gravelbourg",
        dateline=dl("Regina", "2025-12-02"),
        organisations=[org("Réseau des bibliothèques fransaskoises", "RBF"), org("Patrimoine canadien", None),
                       org("Fondation fransaskoise du livre", None), org("Statistique Canada", None)],
        places=[place("Gravelbourg"), place("Regina"), place("Saskatchewan")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le samedi 13 décembre 2025 à 14 h", "2025-12-13", None, "date"),
            fig("plus de 4 800 livres", 4800, "livres", qualifier="plus de"),
            fig("385 000 $", 385000, "$", "money", currency="CAD"),
            fig("25 ans", 25, "ans", "duration"),
            fig("1 $", 1, "$", "money", currency="CAD"),
            fig("quelque 14 400 personnes", 14400, "personnes", qualifier="quelque"),
            fig("le 20 décembre", "--12-20", None, "date"),
        ],
        phones=[phone("+13067690142", extension="203")],
        emails=["communications@rbf-sask.example.ca"],
        contacts=[contact("Marc-André Gaudet", "agent de communication", None, ["+13067690142"],
                          ["communications@rbf-sask.example.ca"])],
        notes="A (made-up) francophone library network's release from Saskatchewan with no defect and no boilerplate "
              "at all. 'sixième' (title and body) is an ordinal word, not a figure. 'plus de 4 800 livres, films et "
              "jeux': unit 'livres' (the first noun). '$' on a Canadian page is CAD (h88-h103); '1 $ par année' keeps "
              "'par année' out (per-unit rule). 'pour 25 ans': a duration. 'd’ici le 20 décembre': a date figure "
              "with 'le' (no year). Patrimoine canadien and Statistique Canada are real federal bodies carrying "
              "invented numbers; the Fondation fransaskoise du livre is made up. 'la municipalité de Gravelbourg' is "
              "the town (README); 'le Réseau' is the same body. Saskatchewan is a province (iso null). Contact: a "
              "person with role, a number with area code 306 (+1) and 'poste 203'.",
    ),
))

# --------------------------------------------------------------------------- h254 lake fisheries observatory (Bujumbura): English page under French chrome with an accessibility toolbar, cp437 quote, entities
PAGES.append(Page(
    name="h254-ltfo-bujumbura-ndagala-closed-season-en",
    meta={"site": "www.ltfo-tanganyika.example.bi", "style": "lake-observatory-en-under-fr-accessibility-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "duplicate-lines", "breadcrumb",
                      "accessibility-toolbar", "html-debris", "mojibake-cp437", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Taille du texte : A− A A+ | Contraste élevé | Version texte
Kirundi | Français | English
LTFO – Observatoire des pêches du lac Tanganyika
Accueil
L’Observatoire
Données de capture
Données de capture
Actualités
Actualités
Publications
Contact
Accueil / Actualités / Communiqués
Communiqué – 04/12/2025
Cet article n’est disponible qu’en anglais."""),
        P("Lake Tanganyika: sardine catches up 22% after a three-month fishing break"),
        P("Bujumbura, Burundi – 4 December 2025: The Lake Tanganyika Fisheries Observatory (LTFO) said on Thursday "
          "that catches of ndagala, the lake’s freshwater sardine, rose by 22% in October and November compared with "
          "the same period of 2024, after the first closed season observed together by Burundi, the Democratic "
          "Republic of the Congo, Tanzania and Zambia."),
        P(ent("Fishers at Rumonge and Nyanza-Lac landed about 3,400 tonnes, against 2,790 tonnes a year earlier. "
              "Prices at Bujumbura's central market fell from BIF 9,000 to BIF 7,500 per kilogram.", "'")),
        P("“The three-month break was hard for families, but the lake gave it back,” said Claudine Niyonzima, who "
          "chairs the fishers’ cooperative of Kabonga.", moji="cp437"),
        P(ent("The closed season, from 15 May to 15 August, was financed with US$1.3 million from the African "
              "Development Bank & the Nordic Development Fund. The observatory will propose a second closed season "
              "in 2026 at the ministerial meeting in Kigoma, Tanzania, on 27–28 January.", "&")),
        L("""Media contact:
Eric Ndayishimiye, Communication Officer
+257 22 27 41 90 / +257 79 31 58 02
e.ndayishimiye@ltfo.example.bi"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Imprimer | Télécharger en PDF
À lire aussi
Ndagala : réouverture de la pêche le 16 août sur tout le lac (14/08/2025)
Rapport annuel 2024 de l’Observatoire (30/06/2025)
LTFO – Boulevard du Peuple Murundi, BP 2750 Bujumbura, Burundi – Tél. : +257 22 27 41 00
© 2025 LTFO – Mentions légales – Accessibilité : partiellement conforme"""),
    ],
    gold=dict(
        title="Lake Tanganyika: sardine catches up 22% after a three-month fishing break",
        dateline=dl("Bujumbura", "2025-12-04"),
        organisations=[org("Lake Tanganyika Fisheries Observatory", "LTFO"),
                       org("African Development Bank", None), org("Nordic Development Fund", None)],
        places=[place("Lake Tanganyika"), place("Bujumbura"), place("Burundi", "BI"),
                place("Democratic Republic of the Congo", "CD"), place("Tanzania", "TZ"), place("Zambia", "ZM"),
                place("Rumonge"), place("Nyanza-Lac"), place("Kabonga"), place("Kigoma")],
        figures=[
            fig("22%", 22, "%", "percent"),
            fig("three-month", 3, "month", "duration"),
            fig("4 December 2025", "2025-12-04", None, "date"),
            fig("2024", 2024, None, "year"),
            fig("about 3,400 tonnes", 3400, "tonnes", "other", qualifier="about"),
            fig("2,790 tonnes", 2790, "tonnes", "other"),
            fig("BIF 9,000", 9000, "BIF", "money", currency="BIF"),
            fig("BIF 7,500", 7500, "BIF", "money", currency="BIF"),
            fig("15 May", "--05-15", None, "date"),
            fig("15 August", "--08-15", None, "date"),
            fig("US$1.3 million", 1300000, "US$", "money", currency="USD"),
            fig("in 2026", 2026, None, "year"),
            fig("27", "--01-27", None, "date"),
            fig("28 January", "--01-28", None, "date"),
        ],
        phones=[phone("+25722274190"), phone("+25779315802")],
        emails=["e.ndayishimiye@ltfo.example.bi"],
        contacts=[contact("Eric Ndayishimiye", "Communication Officer", None, ["+25722274190", "+25779315802"],
                          ["e.ndayishimiye@ltfo.example.bi"])],
        notes="English release of a (made-up) lake fisheries observatory in Bujumbura under French chrome: skip line, "
              "an accessibility toolbar ('Taille du texte : A− A A+ | Contraste élevé | Version texte', new tag "
              "'accessibility-toolbar', boilerplate like a translate widget), Kirundi/French/English line, the site "
              "name with the French long form, vertical menu with doubled labels, breadcrumb, type/date line, the "
              "French note that the article exists only in English, and at the bottom share/print lines, related "
              "headlines, footer with BP box and switchboard and the legal line: all boilerplate. The quote paragraph "
              "is UTF-8 read in the DOS code page cp437 ('ΓÇ£The', 'back,ΓÇ¥', 'fishersΓÇÖ'; new tag "
              "'mojibake-cp437'), decoded to “ ” ’. '&#39;' is the straight apostrophe it encodes ('Bujumbura's', "
              "h104-h119 rule) and '&amp;' is '&'. Dateline 'Bujumbura, Burundi – 4 December 2025:' (place before "
              "the country, date after the dash, a colon; decided: place 'Bujumbura', the country listed as a "
              "place, figure '4 December 2025'). 'Lake Tanganyika' keeps its generic noun (h184-h199) and stands "
              "alone in the title. 'three-month' (title and quote): one duration, unit 'month' (h168-h183). 'from "
              "BIF 9,000 to BIF 7,500 per kilogram': each bound has its unit, code before the number (unit 'BIF', "
              "Burundian francs); 'per kilogram' out. 'from 15 May to 15 August' and 'on 27–28 January': ranges of "
              "dates without year (first bound '15 May' with its own month, '27' bare). 'the same period of 2024': "
              "'2024'; 'in 2026' keeps its English preposition (h120-h135). 'October and November', 'a year "
              "earlier', 'first', 'second closed season': not figures. The development banks are real names carrying "
              "invented news. Contact: an English block with a person, a landline and a mobile joined by '/'.",
    ),
))


def rss_desc(clean: str, drop_apos: bool = False, oe_q: bool = False) -> str:
    """An item description whose HTML is escaped inside the XML (`&lt;p&gt;`, `&amp;#8211;`)."""
    out = []
    for c in clean:
        if c == "–":
            out.append("[[&amp;#8211;||–]]")
        elif c == "’":
            out.append("[[||’]]" if drop_apos else "[[&amp;#8217;||’]]")
        elif c == "œ" and oe_q:
            out.append("[[?||œ]]")
        else:
            out.append(c)
    return "[[<description>&lt;p&gt;||]]" + "".join(out) + "[[&lt;/p&gt;</description>||]]"


def rss_item(slug, stamp, cat, guid):
    return B(f"""<link>https://www.lome-depeches.example.tg/2025/12/{slug}/</link>
<dc:creator>Rédaction</dc:creator>
<pubDate>{stamp}</pubDate>
<category>{cat}</category>
<guid isPermaLink="false">https://www.lome-depeches.example.tg/?p={guid}</guid>""")


# --------------------------------------------------------------------------- h255 a Togolese wire's raw RSS feed: listing of four stories, escaped HTML, ’ dropped, œ as '?'
PAGES.append(Page(
    name="h255-lome-depeches-flux-rss-listing",
    meta={"site": "www.lome-depeches.example.tg", "style": "wire-raw-rss-feed-listing", "listing": True,
          "defects": ["listing", "raw-feed-xml", "html-debris", "lost-apostrophe", "oe-question-mark"]},
    blocks=[
        B("""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Lomé Dépêches – Le fil</title>
<atom:link href="https://www.lome-depeches.example.tg/feed/" rel="self" type="application/rss+xml" />
<link>https://www.lome-depeches.example.tg</link>
<description>L’actualité du Togo, heure par heure</description>
<lastBuildDate>Wed, 03 Dec 2025 10:12:44 +0000</lastBuildDate>
<language>fr-FR</language>
<generator>https://wordpress.org/?v=6.8.1</generator>
<item>"""),
        P("[[<title>||]]Kara : la foire agricole régionale attend 40 000 visiteurs[[</title>||]]"),
        rss_item("03/kara-foire-agricole-40-000-visiteurs", "Wed, 03 Dec 2025 09:40:00 +0000", "Régions", "31842"),
        P(rss_desc("Kara, 3 déc. (LD) – La 9e Foire agricole de la région de la Kara s’ouvre le 12 décembre pour "
                   "cinq jours. Les organisateurs attendent quelque 40 000 visiteurs et 350 exposants, dont 60 venus "
                   "du Bénin et du Burkina Faso.")),
        B("</item>\n<item>"),
        P("[[<title>||]]Lomé : le prix de la baguette augmente de 7 % à partir de lundi[[</title>||]]"),
        rss_item("02/lome-prix-baguette-hausse", "Tue, 02 Dec 2025 17:05:00 +0000", "Économie", "31836"),
        P(rss_desc("Lomé, 2 déc. (LD) – Le prix de la baguette de 200 grammes passera de 150 à 160 francs CFA à partir "
                   "du lundi 8 décembre, a annoncé la Fédération des boulangers du Togo (FBT), qui invoque une hausse "
                   "de 12 % du prix de la farine importée depuis septembre.")),
        B("</item>\n<item>"),
        P("[[<title>||]]Atakpamé : le barrage de Nangbéto à 68 % de sa capacité[[</title>||]]"),
        rss_item("02/atakpame-barrage-nangbeto", "Tue, 02 Dec 2025 11:22:00 +0000", "Économie", "31829"),
        P(rss_desc("Atakpamé, 2 déc. (LD) – Le lac de retenue du barrage de Nangbéto atteignait 68 % de sa capacité "
                   "le 1er décembre, contre 81 % un an plus tôt, selon la Communauté électrique du Bénin (CEB). La "
                   "production d’électricité devrait être réduite d’environ un tiers jusqu’à la fin de la saison "
                   "sèche.", drop_apos=True)),
        B("</item>\n<item>"),
        P("[[<title>||]]Sokodé : une maternité de 48 lits ouvre ses portes[[</title>||]]"),
        rss_item("01/sokode-maternite-48-lits", "Mon, 01 Dec 2025 16:48:00 +0000", "Santé", "31815"),
        P(rss_desc("Sokodé, 1er déc. (LD) – Le centre hospitalier régional de Sokodé a inauguré lundi, au cœur du "
                   "quartier Kouloundé, une maternité de 48 lits construite en 14 mois pour 1,9 milliard de francs "
                   "CFA avec l’appui de la Banque islamique de développement (BID). Elle doit réduire de 30 % les "
                   "évacuations vers Lomé.", oe_q=True)),
        B("</item>\n</channel>\n</rss>"),
    ],
    gold=dict(
        title="Kara : la foire agricole régionale attend 40 000 visiteurs",
        dateline=None,
        organisations=[org(None, "LD"), org("Fédération des boulangers du Togo", "FBT"),
                       org("Communauté électrique du Bénin", "CEB"),
                       org("Banque islamique de développement", "BID")],
        places=[place("Kara"), place("Bénin", "BJ"), place("Burkina Faso", "BF"), place("Lomé"),
                place("Atakpamé"), place("Nangbéto"), place("Sokodé"), place("Kouloundé")],
        figures=[
            fig("40 000 visiteurs", 40000, "visiteurs"),
            fig("3 déc.", "--12-03", None, "date"),
            fig("9e", 9, None, "ordinal"),
            fig("le 12 décembre", "--12-12", None, "date"),
            fig("cinq jours", 5, "jours", "duration"),
            fig("quelque 40 000 visiteurs", 40000, "visiteurs", qualifier="quelque"),
            fig("350 exposants", 350, "exposants"),
            fig("60", 60, None),
            fig("7 %", 7, "%", "percent"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("200 grammes", 200, "grammes", "other"),
            fig("150", 150, None, "money", currency="XOF"),
            fig("160 francs CFA", 160, "francs CFA", "money", currency="XOF"),
            fig("lundi 8 décembre", "--12-08", None, "date"),
            fig("12 %", 12, "%", "percent"),
            fig("68 %", 68, "%", "percent"),
            fig("le 1er décembre", "--12-01", None, "date"),
            fig("81 %", 81, "%", "percent"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("48 lits", 48, "lits"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("14 mois", 14, "mois", "duration"),
            fig("1,9 milliard de francs CFA", 1900000000, "francs CFA", "money", currency="XOF"),
            fig("30 %", 30, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="The raw RSS 2.0 feed of a (made-up) Togolese wire, as a scraper fetched it (new tag 'raw-feed-xml'): "
              "four unrelated stories. Decided: the XML declaration, the <rss>/<channel> lines, the channel's "
              "<title> (the listing's own label, README 'Listing titles'), <link>, <description>, <lastBuildDate>, "
              "<language>, <generator>, the <item>/</item> lines and each item's <link>, <dc:creator>, <pubDate>, "
              "<category> and <guid> lines are feed metadata (boilerplate); the <pubDate> is the feed's, so the "
              "stories have no time stamp in the article (as h207's channel times). Each item's <title> line and "
              "<description> line hold article text: the XML tags, the escaped HTML ('&lt;p&gt;') and the "
              "double-escaped entities ('&amp;#8211;', '&amp;#8217;', decoded fully, h136-h151) are removed or "
              "decoded. Title: the first story's headline; dateline null. The agency's datelines '(LD)' give the "
              "agency (acronym only: its name 'Lomé Dépêches' is only in the channel label) and their dates ('3 "
              "déc.', '2 déc.' once, '1er déc.'). The third description lost its ’ ('délectricité', 'denviron', "
              "'jusquà'); the fourth has œ as '?' ('au c?ur'). '40 000 visiteurs' (headline) and 'quelque 40 000 "
              "visiteurs' (body) are two texts; '68 %' and '48 lits' repeat in headline and body (one text each). "
              "'dont 60 venus du Bénin': count, unit null. 'passera de 150 à 160 francs CFA': range, first bound "
              "'150' (money XOF, unit null). 'à partir du lundi 8 décembre': 'lundi 8 décembre'. 'environ un tiers': "
              "0.3333. 'Le lac de retenue du barrage de Nangbéto' gives 'Nangbéto' (the dam's site, proper-name rule). "
              "'Kara' is both the town and the region (one place). 'Togo' stands only inside the FBT's name and the "
              "chrome; 'Bénin' also stands alone. 'le centre hospitalier régional de Sokodé' is generic (lower case); "
              "Kouloundé is a district. The CEB and the BID are real names carrying invented news.",
    ),
))

# --------------------------------------------------------------------------- h256 Douala daily's e-paper viewer: viewer chrome, kicker, capital title over two lines, byline, narrow justified columns with hyphenation
H256_W = 40
H256 = [
    "Le premier navire a accosté lundi au terminal, construit en 30 mois pour 46 milliards de francs CFA.",
    "Le terminal fruitier du Port autonome de Douala, construit et exploité par la Société camerounaise de "
    "manutention fruitière (SCMF), a reçu lundi son premier navire, le Mungo Star, chargé de 2 400 conteneurs "
    "réfrigérés de bananes à destination d’Anvers.",
    "D’une capacité de 300 000 tonnes par an, le terminal doit permettre de doubler les exportations de bananes du "
    "Cameroun d’ici 2028. En 2024, le pays en avait exporté 214 000 tonnes, dont près de 70 % vers l’Union "
    "européenne.",
    "Les planteurs du Moungo et du Fako saluent un gain de temps. « Nos camions attendaient jusqu’à trois jours au "
    "port ; ce sera désormais moins de 12 heures », explique Célestin Ngando, président du Groupement des "
    "producteurs de bananes du Littoral (GPBL).",
]
PAGES.append(Page(
    name="h256-courrier-littoral-epaper-terminal-fruitier-douala",
    meta={"site": "epaper.courrier-littoral.example.cm", "style": "daily-epaper-viewer-text-mode",
          "defects": ["epaper-viewer", "hard-wrap", "pdf-hyphenation", "wrapped-number"]},
    blocks=[
        B("""Le Courrier du Littoral – Édition numérique
Édition du mercredi 3 décembre 2025 – N° 4127
◀ Page précédente | Page 7 / 24 | Page suivante ▶
Zoom : + | − | Ajuster à la largeur
Mode image | Mode texte
ÉCONOMIE"""),
        X("PORT DE DOUALA : LE NOUVEAU TERMINAL\nFRUITIER ENTRE EN SERVICE",
          "PORT DE DOUALA : LE NOUVEAU TERMINAL FRUITIER ENTRE EN SERVICE"),
        B("Par Brice Ewodo Mbarga"),
        P(pdfwrap(H256[0], H256_W)),
        P(pdfwrap(H256[1], H256_W)),
        P(pdfwrap(H256[2], H256_W)),
        P(pdfwrap(H256[3], H256_W)),
        P("Le Mungo Star à quai, lundi, au terminal fruitier. Photo : B. E. M."),
        B("""Article suivant : Cacao : les cours toujours au plus haut ▶
© Le Courrier du Littoral – Reproduction interdite – Abonnement numérique : 2 500 FCFA par mois"""),
    ],
    gold=dict(
        title="PORT DE DOUALA : LE NOUVEAU TERMINAL FRUITIER ENTRE EN SERVICE",
        dateline=None,
        organisations=[org("Port autonome de Douala", None),
                       org("Société camerounaise de manutention fruitière", "SCMF"),
                       org("Union européenne", None),
                       org("Groupement des producteurs de bananes du Littoral", "GPBL")],
        places=[place("Douala"), place("Anvers"), place("Cameroun", "CM"), place("Moungo"), place("Fako")],
        figures=[
            fig("30 mois", 30, "mois", "duration"),
            fig("46 milliards de francs CFA", 46000000000, "francs CFA", "money", currency="XAF"),
            fig("2 400 conteneurs", 2400, "conteneurs"),
            fig("300 000 tonnes", 300000, "tonnes", "other"),
            fig("2028", 2028, None, "year"),
            fig("En 2024", 2024, None, "year"),
            fig("214 000 tonnes", 214000, "tonnes", "other"),
            fig("près de 70 %", 70, "%", "percent", qualifier="près de"),
            fig("jusqu’à trois jours", 3, "jours", "duration", qualifier="jusqu’à"),
            fig("moins de 12 heures", 12, "heures", "duration", qualifier="moins de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Text mode of a (made-up) Douala daily's e-paper viewer (new tag 'epaper-viewer'): the paper's name "
              "line, the edition line with date and issue number, the page navigation ('Page 7 / 24'), zoom and "
              "image/text mode lines, the rubric kicker 'ÉCONOMIE' above the title, the byline under it and, at the "
              "bottom, the next-article link and the copyright/subscription line are boilerplate (their numbers are "
              "not figures). The title is printed in capitals over two lines (one title line, as written: it has no "
              "accent to restore). The standfirst under the byline is an article paragraph. The column text is "
              "broken at about 40 characters with hyphenation at line ends (joined in the clean text); a number may "
              "fall across a break. No dateline (a newspaper article) and no contact. 'le pays' is Cameroon (only "
              "'du Cameroun' is written: listed CM). 'PORT DE DOUALA' in the capital title gives 'Douala' in normal "
              "case (h168-h183 rule; the city is otherwise only inside the port authority's name). 'Anvers' (Antwerp) "
              "is a place in French spelling. 'Le Mungo Star' is a ship; 'Littoral' only inside the GPBL's name and "
              "the paper's name; Moungo and Fako are departments (places). '300 000 tonnes par an': 'par an' out. "
              "'doubler': not a figure. Francs CFA in Cameroon are XAF. The caption's credit initials are not a "
              "contact.",
    ),
))

# --------------------------------------------------------------------------- h257 agronomy institute (Chișinău, Moldova): two paragraphs UTF-8 read as cp1251, view counter, one-line menu
PAGES.append(Page(
    name="h257-ifma-chisinau-gel-vignobles-cp1251",
    meta={"site": "www.ifma.example.md", "style": "agronomy-institute-cyrillic-mojibake",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "mojibake-cp1251", "share-lines", "postcode-trap"]},
    blocks=[
        B("""RO | RU | FR | EN
IFMA – Institut franco-moldave d’agronomie
Accueil | L’Institut | Formations | Recherche | Actualités | Actualités | Contact
Accueil / Actualités / Communiqués
Publié le 02.12.2025 | 412 vues"""),
        P("Gel de printemps : les vignobles du centre de la Moldavie ont perdu 38 % de leur récolte"),
        P("Chișinău, le 2 décembre 2025 – L’Institut franco-moldave d’agronomie (IFMA) a publié mardi le bilan des "
          "gelées tardives d’avril 2025 : dans les raions de Hîncești, Ialoveni et Strășeni, la récolte de raisin a "
          "chuté de 38 % par rapport à la moyenne des cinq dernières années.", moji="cp1251"),
        P("Au total, quelque 6 200 hectares ont été touchés et les pertes sont estimées à 410 millions de lei "
          "moldaves (environ 21 millions d’euros). Les cépages précoces, comme la fetească albă, ont été les plus "
          "affectés.", moji="cp1251"),
        P("L’IFMA recommande l’installation de 120 tours antigel et de systèmes d’aspersion, dont le coût est évalué "
          "à 18 000 euros par hectare. Un programme de formation de trois mois sera proposé à 450 viticulteurs à "
          "partir de février 2026, avec le soutien de l’Agence française de développement (AFD)."),
        L("""Contact presse : Ana Munteanu, responsable communication
Tél. : +373 22 85 41 17 | Mobil : +373 691 23 456
presse@ifma.example.md"""),
        B("""Partager : Facebook | Telegram | E-mail
Articles similaires
Vendanges 2025 : un millésime réduit mais de qualité (15.10.2025)
Journée portes ouvertes de l’IFMA le 24 janvier (28.11.2025)
IFMA – str. Mitropolit Dosoftei 118, MD-2004 Chișinău – Tél. : +373 22 85 41 00
© 2025 IFMA. Toate drepturile rezervate."""),
    ],
    gold=dict(
        title="Gel de printemps : les vignobles du centre de la Moldavie ont perdu 38 % de leur récolte",
        dateline=dl("Chișinău", "2025-12-02"),
        organisations=[org("Institut franco-moldave d’agronomie", "IFMA"),
                       org("Agence française de développement", "AFD")],
        places=[place("Moldavie", "MD"), place("Chișinău"), place("Hîncești"), place("Ialoveni"),
                place("Strășeni")],
        figures=[
            fig("38 %", 38, "%", "percent"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("avril 2025", 2025, None, "year"),
            fig("cinq dernières années", 5, "années", "duration"),
            fig("quelque 6 200 hectares", 6200, "hectares", "other", qualifier="quelque"),
            fig("410 millions de lei moldaves", 410000000, "lei moldaves", "money", currency="MDL"),
            fig("environ 21 millions d’euros", 21000000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("120 tours", 120, "tours"),
            fig("18 000 euros", 18000, "euros", "money", currency="EUR"),
            fig("trois mois", 3, "mois", "duration"),
            fig("450 viticulteurs", 450, "viticulteurs"),
            fig("février 2026", 2026, None, "year"),
        ],
        phones=[phone("+37322854117"), phone("+37369123456")],
        emails=["presse@ifma.example.md"],
        contacts=[contact("Ana Munteanu", "responsable communication", None, ["+37322854117", "+37369123456"],
                          ["presse@ifma.example.md"])],
        notes="A (made-up) Franco-Moldovan agronomy institute's release in Chișinău. Chrome: Romanian/Russian/French/"
              "English line, site name with long form, one-line menu with a doubled label, breadcrumb, a 'Publié le "
              "02.12.2025 | 412 vues' line (page metadata with a view counter), share line, related articles, footer "
              "with street number, 'MD-2004' postcode and switchboard, Romanian copyright line: boilerplate. The "
              "dateline paragraph and the next one are UTF-8 read as the Cyrillic code page cp1251 ('Г©' for é, "
              "'вЂ™' for ’, 'вЂ“' for –, 'И™' for ș, 'Дѓ' for ă, 'Г®' for î; new tag 'mojibake-cp1251'): decoded in the "
              "clean text. The Romanian comma-below letters (ș, ț) and ă, î are kept as written (h136-h151). '38 %' "
              "in title and body: one text. 'les gelées tardives d’avril 2025': a month-year. 'la moyenne des cinq "
              "dernières années': a duration (as 'trois dernières semaines'). 'lei moldaves' are MDL (unit as "
              "written); 'environ 21 millions d’euros' in brackets: a second money figure. '18 000 euros par "
              "hectare': 'par hectare' out. 'à partir de février 2026': a month-year. 'les raions de Hîncești, "
              "Ialoveni et Strășeni' give three places (districts, iso null); 'Moldavie' (the country, French name) "
              "is MD. 'fetească albă' is a grape variety. Contact: a person with role, a landline and a mobile "
              "labelled 'Mobil' (+373).",
    ),
))

# --------------------------------------------------------------------------- h258 community blog reposting a town hall's chat message: chat markup, export header, a paragraph without accents
PAGES.append(Page(
    name="h258-jakmelinfo-carnaval-2026-message-relaye",
    meta={"site": "www.jakmelinfo.example.ht", "style": "community-blog-chat-message-repost",
          "defects": ["chat-markup", "stripped-accents", "menu", "share-lines", "comments-widget"]},
    blocks=[
        B("""JakmelInfo – L’actualité du Sud-Est
Accueil | Politique | Société | Culture | Sport | Contact"""),
        P("Carnaval 2026 : la mairie de Jacmel annonce un budget de 18 millions de gourdes"),
        B("""Publié par Rédaction le 2 décembre 2025 · 3 min de lecture
Nous reproduisons ci-dessous le communiqué de la mairie reçu ce matin sur WhatsApp.
↪ Transféré plusieurs fois"""),
        P("[[[09:14, 02/12/2025] Mairie Jacmel Com: *||]]MAIRIE DE JACMEL – COMMUNIQUÉ DE PRESSE[[*||]]"),
        P("[[*||]]🎭 Carnaval de Jacmel 2026 : un budget de 18 millions de gourdes et un nouveau parcours[[*||]]"),
        P("[[_||]]Jacmel, le 2 décembre 2025[[_||]] – La mairie de Jacmel annonce que la 37e édition du Carnaval se "
          "tiendra du dimanche 15 au mardi 17 février 2026. Le budget, fixé à [[*||]]18 millions de gourdes[[*||]], "
          "est financé à 60 % par la commune et à 40 % par des partenaires privés, dont la Brasserie du Sud-Est.",
          strip=True),
        P("[[*||]]Le nouveau parcours :[[*||]]"),
        L("""▪️ départ du parc Pinchinat le dimanche 15 février à 13 h ;
▪️ défilé sur l’avenue Barranquilla sur 3,5 km ;
▪️ arrivée au bord de mer vers 19 h."""),
        P("Quelque 120 000 visiteurs sont attendus, dont près de 15 000 venus de la diaspora. La police nationale "
          "déploiera 600 agents et la Croix-Rouge haïtienne installera 4 postes de secours le long du parcours."),
        L("📞 [[*||]]Infos presse :[[*||]] Jude Saint-Fleur, attaché de presse – +509 37 41 22 86 – "
          "presse@mairie-jacmel.example.ht"),
        B("""Partager : Facebook | WhatsApp | X
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Commentaire *
Nom *
Publier le commentaire
© 2025 JakmelInfo – Propulsé par WordPress"""),
    ],
    gold=dict(
        title="Carnaval 2026 : la mairie de Jacmel annonce un budget de 18 millions de gourdes",
        dateline=dl("Jacmel", "2025-12-02"),
        organisations=[org("Brasserie du Sud-Est", None), org("Croix-Rouge haïtienne", None)],
        places=[place("Jacmel")],
        figures=[
            fig("18 millions de gourdes", 18000000, "gourdes", "money", currency="HTG"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("37e", 37, None, "ordinal"),
            fig("dimanche 15", "2026-02-15", None, "date"),
            fig("mardi 17 février 2026", "2026-02-17", None, "date"),
            fig("60 %", 60, "%", "percent"),
            fig("40 %", 40, "%", "percent"),
            fig("le dimanche 15 février à 13 h", "--02-15", None, "date"),
            fig("3,5 km", 3.5, "km", "other"),
            fig("Quelque 120 000 visiteurs", 120000, "visiteurs", qualifier="Quelque"),
            fig("près de 15 000", 15000, None, qualifier="près de"),
            fig("600 agents", 600, "agents"),
            fig("4 postes", 4, "postes"),
        ],
        phones=[phone("+50937412286")],
        emails=["presse@mairie-jacmel.example.ht"],
        contacts=[contact("Jude Saint-Fleur", "attaché de presse", None, ["+50937412286"],
                          ["presse@mairie-jacmel.example.ht"])],
        notes="A (made-up) Jacmel community blog (WordPress) reposting a town hall's release received as a chat "
              "message (new tag 'chat-markup'). The blog's CMS title is the page's title (README: letterhead lines "
              "under a CMS title are article text); the site name, menu, the 'Publié par ... · 3 min de lecture' "
              "line, the editor's framing line ('Nous reproduisons ci-dessous ...', decided: boilerplate, like a "
              "translation disclaimer), the 'Transféré plusieurs fois' label, share line, comment form and footer are "
              "boilerplate. The first message line glues the chat export's header ('[09:14, 02/12/2025] Mairie "
              "Jacmel Com:') to the release's letterhead: it holds article text (the letterhead under a CMS title) "
              "and is not listed; the header is removed in the clean text. The chat markup '*bold*' and '_italic_' is "
              "removed (as Markdown's '**', h216-h231); the emoji and the '▪️' list marks are kept (h168-h183). The "
              "dateline paragraph was typed without accents ('decembre', 'edition', 'fevrier', 'finance a 60 %'). "
              "'Carnaval 2026' (blog title) and 'Carnaval de Jacmel 2026' (message heading) are an event edition's "
              "year, not figures; '18 millions de gourdes' (title, heading, body): one text, HTG. 'du dimanche 15 au "
              "mardi 17 février 2026': first bound 'dimanche 15' (weekday kept, month and year of the second bound). "
              "The list's 'le dimanche 15 février à 13 h' writes no year (--02-15). Clock time '19 h': not a figure. "
              "'dont près de 15 000 venus de la diaspora': count with unit null. 'la mairie de Jacmel', 'la commune' "
              "are the town (README); 'la police nationale' generic; 'Sud-Est' only in the brewery's name and the "
              "chrome; 'parc Pinchinat' and 'avenue Barranquilla' are a venue and a street. Contact: the '📞 Infos "
              "presse :' line with a person, role, a Haitian mobile (+509) and an address.",
    ),
))


def bullets(items: list[str]) -> str:
    """Slide bullets whose Symbol-font mark was extracted as a private-use character (U+F0B7) instead of •."""
    return "\n".join(f"[[\uf0b7||•]] {it}" for it in items)


def slide_foot(n: int, nxt: int | None, notes: bool = False) -> str:
    lines = [f"CMPT – Conférence de presse – 04/12/2025 | {n}"]
    if notes:
        lines.append("Cliquez pour ajouter des notes")
    if nxt:
        lines.append(f"Diapositive {nxt}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- h259 tourism council's press-conference slides exported as text: slide chrome, private-use bullets
PAGES.append(Page(
    name="h259-cmpt-antananarivo-bilan-touristique-diapositives",
    meta={"site": "www.cmpt-madagascar.example.mg", "style": "press-conference-slides-text-export",
          "defects": ["slide-export", "private-use-bullet", "page-furniture"]},
    blocks=[
        B("Diapositive 1\nCONFÉRENCE DE PRESSE"),
        P("Saison touristique 2025 : 312 000 visiteurs, un record"),
        P("Conseil malgache de promotion touristique (CMPT)"),
        P("Antananarivo, 4 décembre 2025"),
        B(slide_foot(1, 2)),
        P("Les chiffres clés"),
        L(bullets(["312 000 visiteurs internationaux de janvier à octobre (+14 %)",
                   "Durée moyenne de séjour : 17,5 nuits",
                   "Recettes : 1,1 milliard de dollars (4 950 milliards d’ariary)"])),
        B(slide_foot(2, 3, notes=True)),
        P("D’où viennent-ils ?"),
        L(bullets(["France : 41 %", "Italie : 9 %", "La Réunion : 8 %", "Chine : 6 %"])),
        B(slide_foot(3, 4)),
        P("Nosy Be en tête"),
        L(bullets(["96 000 visiteurs à Nosy Be, soit près d’un tiers du total",
                   "3 nouveaux vols hebdomadaires depuis Paris et Milan",
                   "Taux d’occupation des hôtels : 78 %"])),
        B(slide_foot(4, 5, notes=True)),
        P("Objectifs 2026"),
        L(bullets(["400 000 visiteurs", "1 500 chambres supplémentaires",
                   "2 000 guides formés avec l’Organisation mondiale du tourisme (OMT)"])),
        B(slide_foot(5, 6)),
        L("""Contact presse
Hanitra Rakotomalala, chargée des relations presse
+261 34 05 128 47
presse@cmpt-madagascar.example.mg"""),
        B(slide_foot(6, None)),
    ],
    gold=dict(
        title="Saison touristique 2025 : 312 000 visiteurs, un record",
        dateline=dl("Antananarivo", "2025-12-04"),
        organisations=[org("Conseil malgache de promotion touristique", "CMPT"),
                       org("Organisation mondiale du tourisme", "OMT")],
        places=[place("Antananarivo"), place("France", "FR"), place("Italie", "IT"), place("La Réunion"),
                place("Chine", "CN"), place("Nosy Be"), place("Paris"), place("Milan")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("312 000 visiteurs", 312000, "visiteurs"),
            fig("4 décembre 2025", "2025-12-04", None, "date"),
            fig("+14 %", 14, "%", "percent"),
            fig("17,5 nuits", 17.5, "nuits", "duration"),
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("4 950 milliards d’ariary", 4950000000000, "ariary", "money", currency="MGA"),
            fig("41 %", 41, "%", "percent"),
            fig("9 %", 9, "%", "percent"),
            fig("8 %", 8, "%", "percent"),
            fig("6 %", 6, "%", "percent"),
            fig("96 000 visiteurs", 96000, "visiteurs"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("3 nouveaux vols", 3, "vols"),
            fig("78 %", 78, "%", "percent"),
            fig("2026", 2026, None, "year"),
            fig("400 000 visiteurs", 400000, "visiteurs"),
            fig("1 500 chambres", 1500, "chambres"),
            fig("2 000 guides", 2000, "guides"),
        ],
        phones=[phone("+261340512847")],
        emails=["presse@cmpt-madagascar.example.mg"],
        contacts=[contact("Hanitra Rakotomalala", "chargée des relations presse", None, ["+261340512847"],
                          ["presse@cmpt-madagascar.example.mg"])],
        notes="Text export of a (made-up) Malagasy tourism council's press-conference slide deck, as posted on its "
              "site (new tag 'slide-export'). Decided: the 'Diapositive n' lines, the document label 'CONFÉRENCE DE "
              "PRESSE' on the first slide, the footer repeated on every slide ('CMPT – Conférence de presse – "
              "04/12/2025 | n') and the empty-notes placeholder 'Cliquez pour ajouter des notes' are boilerplate "
              "(page furniture); the first slide's title is the page's title, its subtitle naming the council and "
              "the place-and-date line (the dateline, on its own line) are article lines; each slide's title is a "
              "heading line and each bullet a line. The bullets' Symbol-font mark was extracted as the private-use "
              "character U+F0B7 (new tag 'private-use-bullet'): it comes back as the '•' it stands for, kept as a "
              "list mark (as plain-text '- ' marks, h216-h231). 'Saison touristique 2025': a year dating a season "
              "('2025'); 'Objectifs 2026': a year dating the targets ('2026'). '312 000 visiteurs' (title) and "
              "'312 000 visiteurs internationaux' (bullet): one text (the text stops at the head noun). '+14 %': "
              "percent with its sign (h152-h167). '17,5 nuits': a length of stay (duration, h120-h135). '1,1 milliard "
              "de dollars (4 950 milliards d’ariary)': two money figures (USD, MGA). The share rows ('France : 41 "
              "%') are percents; their countries are places ('La Réunion' iso null). 'de janvier à octobre': months "
              "alone. 'près d’un tiers': 0.3333 with qualifier 'près d’'. 'Madagascar' is only inside the council's "
              "name and the host. Contact: the last slide's block (a person with role, a mobile +261 34 ..., an "
              "address).",
    ),
))

# --------------------------------------------------------------------------- h260 cross-border health cooperation on the Oyapock: zero-width spaces, thin spaces, superscript ordinals, e-mail protection, Portuguese ticker
ZW = "[[\u200b||]]"
PAGES.append(Page(
    name="h260-gcso-oyapock-unite-mobile-sante",
    meta={"site": "www.gcs-oyapock.example.gf", "style": "cross-border-health-newsroom-zero-width",
          "defects": ["zero-width-chars", "hidden-email", "html-debris", "foreign-ticker", "menu", "breadcrumb",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""Passer au contenu
FR | PT
GCSO – Groupement de coopération sanitaire de l’Oyapock
Accueil | Le Groupement | Nos actions | Actualités | Contact
Accueil › Actualités › Communiqués
Últimas notícias ▸ Oiapoque: campanha de vacinação contra a febre amarela até 19/12 ▸ Saint-Georges : permanence du centre de santé le samedi"""),
        P(f"Fleuve Oyapock : une unité mobile de santé franco-{ZW}brésilienne pour 9\u2009000 habitants"),
        P(f"Saint-Georges-de-l’Oyapock, le 1ᵉʳ décembre 2025 – Le Groupement de coopé{ZW}ration sanitaire de "
          f"l’Oyapock (GCSO) et le secrétariat de la santé de l’État d’Amapá ont lancé lundi une unité mobile de "
          f"santé qui desser{ZW}vira, de part et d’autre du fleuve, les communes de Saint-Georges-de-l’Oyapock et de "
          f"Camopi en Guyane et celle d’Oiapoque au Bré{ZW}sil."),
        P(f"Le bateau-dispensaire, doté de deux salles de consul{ZW}tation, assurera quatre tournées par mois. Il a "
          f"coûté 1,6 million d’euros, dont 420 k€ apportés par l’Agence régionale de santé (ARS) de Guyane, tandis "
          f"que la partie brésilienne a financé l’équipe{ZW}ment médical pour 2,1 millions de reais."),
        P(f"Quelque 9\u2009000 habitants sont concernés, dont près de 40 % vivent à plus de 2 heures de pirogue d’un "
          f"centre de santé. Les premières consul{ZW}tations ont eu lieu le 1ᵉʳ décembre à Trois-Palétuviers."),
        L("""Contacts presse :
Louise Hô-A-Sim, chargée de communication du GCSO – 05 94 37 12 80 – 06 94 42 17 63 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="0b676e78786e4b686c786e62">||]][email protected][[</a>||]]
Au Brésil : Marcos Ferreira da Silva, assessor de imprensa – +55 96 98112-4567"""),
        B("""Partager : Facebook · WhatsApp · LinkedIn
GCSO – 12, rue Joseph-Léandre, 97313 Saint-Georges-de-l’Oyapock – Tél. : 05 94 37 12 00
© 2025 GCSO – Mentions légales – Plan du site"""),
    ],
    gold=dict(
        title="Fleuve Oyapock : une unité mobile de santé franco-brésilienne pour 9\u2009000 habitants",
        dateline=dl("Saint-Georges-de-l’Oyapock", "2025-12-01"),
        organisations=[org("Groupement de coopération sanitaire de l’Oyapock", "GCSO"),
                       org("secrétariat de la santé de l’État d’Amapá", None),
                       org("Agence régionale de santé", "ARS")],
        places=[place("Oyapock"), place("Saint-Georges-de-l’Oyapock"), place("Camopi"), place("Guyane"),
                place("Oiapoque"), place("Brésil", "BR"), place("Trois-Palétuviers")],
        figures=[
            fig("9\u2009000 habitants", 9000, "habitants"),
            fig("le 1ᵉʳ décembre 2025", "2025-12-01", None, "date"),
            fig("deux salles", 2, "salles"),
            fig("quatre tournées", 4, "tournées"),
            fig("1,6 million d’euros", 1600000, "euros", "money", currency="EUR"),
            fig("420 k€", 420000, "k€", "money", currency="EUR"),
            fig("2,1 millions de reais", 2100000, "reais", "money", currency="BRL"),
            fig("Quelque 9\u2009000 habitants", 9000, "habitants", qualifier="Quelque"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("plus de 2 heures", 2, "heures", "duration", qualifier="plus de"),
            fig("le 1ᵉʳ décembre", "--12-01", None, "date"),
        ],
        phones=[phone("+594594371280"), phone("+594694421763"), phone("+5596981124567")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Louise Hô-A-Sim", "chargée de communication", "GCSO", ["+594594371280", "+594694421763"],
                          []),
                  contact("Marcos Ferreira da Silva", "assessor de imprensa", None, ["+5596981124567"], [])],
        notes="A (made-up) French-Brazilian health cooperation group on the Oyapock river (French Guiana). Chrome: skip "
              "line, FR/PT line, site name with long form, one-line menu, breadcrumb, a Portuguese 'Últimas notícias "
              "▸' ticker (tag 'foreign-ticker'), share line, footer with street number, 97313 postcode and "
              "switchboard, legal line: boilerplate. Zero-width spaces (U+200B) sit inside words of the title and "
              "body ('franco-\u200bbrésilienne', 'coopé\u200bration', 'Bré\u200bsil'; new tag 'zero-width-chars'): "
              "removed in the clean text. Kept as written (number formats, decided): the thin space U+2009 as "
              "thousands separator ('9\u2009000 habitants', title and body two texts as they differ by 'Quelque') "
              "and the superscript ordinals ('le 1ᵉʳ décembre 2025'). The contact's address hides behind the CDN's "
              "e-mail-protection link (HTML removed, '[email protected]' counted, h248-h263 rule). 'Fleuve Oyapock' "
              "in the title gives the river 'Oyapock' (iso null, h184-h199), also inside the group's and the town's "
              "names. 'le secrétariat de la santé de l’État d’Amapá' (the Brazilian state's health department, "
              "acting): an organisation in lower case as written (h136-h151 standing-committee rule); 'Amapá' stands "
              "only inside it (not listed). 'l’Agence régionale de santé (ARS) de Guyane': listed without 'de "
              "Guyane' (h152-h167); 'Guyane' also stands alone (iso null). '420 k€' (new unit): money 420 000 EUR, "
              "unit 'k€'. 'reais' (Brazilian real): BRL. 'quatre tournées par mois': count, 'par mois' out. 'la "
              "partie brésilienne': generic. Contacts: a person whose role names the group ('chargée de "
              "communication du GCSO': role and organisation split, h152-h167), with a Guyane landline and mobile "
              "without code (+594); a line with the place label 'Au Brésil :', a Portuguese role as written and a "
              "Brazilian mobile (+55).",
    ),
))

# --------------------------------------------------------------------------- h261 mailing-list archive showing a raw quoted-printable message (Algeria)
H261 = [
    "Dessalement : la station de Cap Djinet 2 produira 300 000 m³ par jour dès mars 2026",
    "Boumerdès, le 3 décembre 2025 – La Société des eaux et du dessalement d’Algérie (SEDA) annonce la mise en "
    "service progressive, à partir de mars 2026, de la station de dessalement de Cap Djinet 2, dans la wilaya de "
    "Boumerdès. D’une capacité de 300 000 mètres cubes par jour, elle alimentera quelque 1,2 million d’habitants de "
    "l’est d’Alger et de la wilaya de Tizi Ouzou.",
    "Le projet, d’un coût de 48 milliards de dinars (DA), a été réalisé en 26 mois. Il porte à 19 le nombre de "
    "stations de dessalement du pays, qui fournissent désormais 42 % de l’eau potable distribuée dans les wilayas "
    "côtières.",
    "« Avec Cap Djinet 2, les coupures d’eau estivales à l’est d’Alger devraient appartenir au passé », a déclaré le "
    "directeur général de la SEDA, Karim Benaïssa.",
]
H261_CONTACT = ["Contact presse : Nadia Hamdi, chargée de communication",
                "Tél. : +213 21 48 63 10 – Mobile : +213 661 27 45 09",
                "communication@seda-dz.example.dz"]
PAGES.append(Page(
    name="h261-presse-maghreb-archive-seda-dessalement-qp",
    meta={"site": "lists.presse-maghreb.example.org", "style": "mailing-list-archive-raw-quoted-printable",
          "defects": ["mail-archive", "quoted-printable", "postcode-trap"]},
    blocks=[
        B("""Presse-Maghreb – Archives de la liste – décembre 2025
[Presse-Maghreb] CP : la station de dessalement de Cap Djinet 2 entre en service en mars 2026
Message précédent : [Presse-Maghreb] Invitation : Salon de l’eau d’Oran | Message suivant : [Presse-Maghreb] CP : campagne céréalière 2025
Afficher le message source | Télécharger (.eml)
Date: Wed, 3 Dec 2025 11:02:37 +0100
From: "Service communication SEDA" <communication@seda-dz.example.dz>
To: presse-maghreb@lists.presse-maghreb.example.org
Subject: =?UTF-8?Q?CP_:_la_station_de_dessalement_de_Cap_Djinet_2_entre_en_service_en_mars_2026?=
Message-ID: <20251203100237.4417@seda-dz.example.dz>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
"""),
        X(qp(H261[0]), H261[0]),
        B(""),
        X(qp(H261[1]), H261[1]),
        B(""),
        X(qp(H261[2]), H261[2]),
        B(""),
        X(qp(H261[3]), H261[3]),
        B(""),
        X("\n".join(qp(c) for c in H261_CONTACT), "\n".join(H261_CONTACT)),
        B("\n" + "\n".join(qp(s) for s in [
            "-- ", "SEDA – Société des eaux et du dessalement d’Algérie",
            "Direction de la communication – 14, chemin Mackley, Ben Aknoun, 16028 Alger"])),
        B("""_______________________________________________
Presse-Maghreb mailing list
presse-maghreb@lists.presse-maghreb.example.org
Pour vous désabonner : https://lists.presse-maghreb.example.org/listinfo/presse-maghreb"""),
    ],
    gold=dict(
        title=H261[0],
        dateline=dl("Boumerdès", "2025-12-03"),
        organisations=[org("Société des eaux et du dessalement d’Algérie", "SEDA")],
        places=[place("Cap Djinet"), place("Boumerdès"), place("Alger"), place("Tizi Ouzou")],
        figures=[
            fig("300 000 m³", 300000, "m³", "other"),
            fig("mars 2026", 2026, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("300 000 mètres cubes", 300000, "mètres cubes", "other"),
            fig("quelque 1,2 million d’habitants", 1200000, "habitants", qualifier="quelque"),
            fig("48 milliards de dinars", 48000000000, "dinars", "money", currency="DZD"),
            fig("26 mois", 26, "mois", "duration"),
            fig("19", 19, None),
            fig("42 %", 42, "%", "percent"),
        ],
        phones=[phone("+21321486310"), phone("+213661274509")],
        emails=["communication@seda-dz.example.dz"],
        contacts=[contact("Nadia Hamdi", "chargée de communication", None, ["+21321486310", "+213661274509"],
                          ["communication@seda-dz.example.dz"])],
        notes="A (made-up) press mailing list's web archive showing a message's raw source: the body is still in "
              "MIME quoted-printable (new tag 'quoted-printable': '=C3=A9' for é, '=E2=80=99' for ’, '=E2=80=93' for "
              "–, '=C2=B3' for ³, '=3D', and soft line breaks '=' at the end of 76-column lines, joined). Decided: "
              "the clean text decodes the transfer encoding (as a mojibake) and joins the soft breaks; the archive's "
              "title and navigation lines, the 'Afficher le message source' line, the mail headers (Date, From with "
              "the sender's address, To, the encoded Subject, Message-ID, MIME-Version, Content-Type, "
              "Content-Transfer-Encoding), the signature delimiter '--=20' with the signature block (also encoded) "
              "and the list footer are boilerplate (h168-h183 mail-archive rule). The subject line is not the title; "
              "the body's first line is. The sender's address in the From header is not listed; the same address in "
              "the contact block is. 'Cap Djinet 2' (a station's name): its number is not a figure; the town 'Cap "
              "Djinet' is a place (decided: the town the station is named after). '300 000 m³ par jour' (title) and "
              "'300 000 mètres cubes par jour' (body): two texts, 'par jour' out. 'dès mars 2026' / 'à partir de "
              "mars 2026': one text 'mars 2026'. '48 milliards de dinars (DA)': Algerian dinars, DZD (unit "
              "'dinars'; '(DA)' is the currency's abbreviation). 'Il porte à 19 le nombre de stations': count, unit "
              "null. 'wilaya' is an administrative level (generic); 'Algérie' stands only inside the company's "
              "name. Contact: a person with role, an Algiers landline and a mobile (+213).",
    ),
))

# --------------------------------------------------------------------------- h262 ticketing platform's event page for a press conference (Nova Scotia): platform chrome, unaccented capital dateline, ’ dropped
PAGES.append(Page(
    name="h262-billetterie-sac-clare-lancement-festival-acadien",
    meta={"site": "www.billetterie-evenements.example.ca", "style": "ticketing-platform-event-page",
          "defects": ["ticketing-chrome", "duplicate-lines", "unaccented-capitals", "lost-apostrophe",
                      "postcode-trap"]},
    blocks=[
        B("""Billetterie Évènements
Rechercher des évènements
Se connecter | Créer un compte
jeu., 11 déc. 2025 10:00 - 11:30 AST"""),
        P("Conférence de presse : lancement du 72e Festival acadien de Clare"),
        B("""Par Société acadienne de Clare
312 abonnés
Suivre
Gratuit
Réserver une place
Date et heure
jeu., 11 déc. 2025 10:00 - 11:30 AST
Lieu
Centre culturel de Clare
1580 route 1, Pointe-de-l’Église, NS B0W 1M0
Afficher la carte
À propos de cet évènement"""),
        P("POINTE-DE-L'[[EGLISE||ÉGLISE]] (Nouvelle-[[Ecosse||Écosse]]) – La Société acadienne de Clare (SAC) "
          "invite les médias au lancement de la 72e édition du Festival acadien de Clare, le jeudi 11 décembre 2025 "
          "à 10 h, au Centre culturel de Clare."),
        P("Le festival se tiendra du 24 juillet au 15 août 2026 dans les 12 villages de la municipalité de Clare. Le "
          "budget de cette édition est de 640 000 $, dont 35 % proviennent de commandites. L’an dernier, le festival "
          "a attiré plus de 48 000 festivaliers venus de toute l’Acadie.", apos="drop"),
        P("Prendront la parole la présidente de la SAC, Monique Comeau-Thibodeau, et le directeur artistique du "
          "festival, Luc LeBlanc."),
        L("Renseignements : Natalie Deveau, coordonnatrice des communications – 902 769-0187, poste 4 – "
          "communications@sac-clare.example.ca"),
        B("""Étiquettes
#FestivalAcadien #Clare #Acadie #NouvelleÉcosse
Politique de remboursement
Contactez l’organisateur pour demander un remboursement.
Organisé par
Société acadienne de Clare
312 abonnés · 14 évènements
Contacter | Suivre
Signaler cet évènement
© 2025 Billetterie Évènements – Conditions – Confidentialité"""),
    ],
    gold=dict(
        title="Conférence de presse : lancement du 72e Festival acadien de Clare",
        dateline=dl("POINTE-DE-L'ÉGLISE", None),
        organisations=[org("Société acadienne de Clare", "SAC")],
        places=[place("Pointe-de-l'Église"), place("Nouvelle-Écosse"), place("Clare"), place("Acadie")],
        figures=[
            fig("72e", 72, None, "ordinal"),
            fig("le jeudi 11 décembre 2025 à 10 h", "2025-12-11", None, "date"),
            fig("24 juillet", "2026-07-24", None, "date"),
            fig("15 août 2026", "2026-08-15", None, "date"),
            fig("12 villages", 12, "villages"),
            fig("640 000 $", 640000, "$", "money", currency="CAD"),
            fig("35 %", 35, "%", "percent"),
            fig("plus de 48 000 festivaliers", 48000, "festivaliers", qualifier="plus de"),
        ],
        phones=[phone("+19027690187", extension="4")],
        emails=["communications@sac-clare.example.ca"],
        contacts=[contact("Natalie Deveau", "coordonnatrice des communications", None, ["+19027690187"],
                          ["communications@sac-clare.example.ca"])],
        notes="A (made-up) Acadian society's press conference published as an event on a ticketing platform (new tag "
              "'ticketing-chrome'). Decided: the event's name (the page's H1) is the title; the platform's name, "
              "search and log-in lines, the date/time line printed above the title and again under 'Date et heure' "
              "(in the platform's format, 'jeu., 11 déc. 2025 10:00 - 11:30 AST'), the organiser line ('Par ...') "
              "with follower count and 'Suivre', 'Gratuit', 'Réserver une place', the 'Lieu' block with the venue's "
              "address and postcode, 'Afficher la carte', 'À propos de cet évènement' and, at the bottom, the tags, "
              "refund policy, organiser block, report link and footer are boilerplate; the description under 'À "
              "propos de cet évènement' is the article. Its dateline is in unaccented capitals with a straight "
              "apostrophe ('POINTE-DE-L'EGLISE (Nouvelle-Ecosse) –': accents back, apostrophe kept as written, no "
              "date: place 'POINTE-DE-L'ÉGLISE', date null; the place list gives it in normal case and the "
              "bracketed province as a place, h232-h247). The second paragraph lost its ’ ('Lan dernier', "
              "'lAcadie'). '72e' (title and body): one ordinal. The year in 'Festival acadien de Clare' editions is "
              "not written. 'du 24 juillet au 15 août 2026': first bound '24 juillet' with its own month, the "
              "second's year (2026-07-24). '$' on a Canadian page: CAD. The festival is an event, the Centre "
              "culturel de Clare a venue; 'la municipalité de Clare' gives the place 'Clare'; 'Acadie' (a cultural "
              "region) iso null. Contact: a 'Renseignements :' line with a person, role, a 902 number with 'poste "
              "4' and an address.",
    ),
))

# --------------------------------------------------------------------------- h263 WordPress REST API answer (Agadez, Niger): JSON escapes, HTML inside JSON strings, excerpt
H263_TITLE = "Agadez : 2\u00a0400 migrants de retour accompagnés par Ténéré Solidarité en 2025"
H263 = [
    "Agadez, le 2 décembre 2025 – L’association Ténéré Solidarité (ATS) a accompagné 2\u00a0400 migrants de retour "
    "dans la région d’Agadez entre janvier et novembre 2025, soit 35 % de plus qu’en 2024, avec l’appui de "
    "l’Organisation internationale pour les migrations (OIM).",
    "Parmi eux, 612 étaient des mineurs non accompagnés. Chacun a reçu un kit d’hygiène, trois repas par jour et une "
    "aide au transport d’une valeur moyenne de 45\u00a0000 francs CFA pour rejoindre son village.",
    "« Le désert a tué au moins 74 personnes sur la route d’Arlit depuis janvier », rappelle la coordinatrice de "
    "l’association, Mariama Ag Assalek. Ténéré Solidarité ouvrira en février 2026 un second centre d’accueil à "
    "Arlit, d’une capacité de 150 lits.",
]
H263_CONTACT = ("Contact : Ibrahim Moussa Dan Jimma, chargé de communication – +227 96 48 21 73 – "
                "communication@tenere-solidarite.example.ne")
H263_HTML = ("".join(f"<p>{p}</p>\n" for p in H263)
             + "<p><strong>Contact :</strong> Ibrahim Moussa Dan Jimma, chargé de communication – +227 96 48 21 73 – "
               "<a href=\"mailto:communication@tenere-solidarite.example.ne\">communication@tenere-solidarite.example.ne"
               "</a></p>\n")
PAGES.append(Page(
    name="h263-tenere-solidarite-agadez-api-json",
    meta={"site": "www.tenere-solidarite.example.ne", "style": "wordpress-rest-api-json",
          "defects": ["json-escapes", "html-debris"]},
    blocks=[
        B("""[
  {
    "id": 48213,
    "date": "2025-12-02T09:30:00",
    "date_gmt": "2025-12-02T08:30:00",
    "guid": {
      "rendered": "https:\\/\\/www.tenere-solidarite.example.ne\\/?p=48213"
    },
    "modified": "2025-12-02T10:05:12",
    "slug": "agadez-2-400-migrants-de-retour-accompagnes-en-2025",
    "status": "publish",
    "type": "post",
    "link": "https:\\/\\/www.tenere-solidarite.example.ne\\/2025\\/12\\/02\\/agadez-2-400-migrants\\/",
    "title": {"""),
        X('      "rendered": "' + jesc(H263_TITLE) + '"', H263_TITLE),
        B("""    },
    "content": {"""),
        X('      "rendered": "' + jesc(H263_HTML) + '",', "\n".join(H263 + [H263_CONTACT])),
        B('''      "protected": false
    },
    "excerpt": {
      "rendered": "<p>L\\u2019association T\\u00e9n\\u00e9r\\u00e9 Solidarit\\u00e9 (ATS) a accompagn\\u00e9 2\\u00a0400 migrants de retour dans la r\\u00e9gion d\\u2019Agadez [&hellip;]<\\/p>\\n",
      "protected": false
    },
    "author": 3,
    "featured_media": 48190,
    "comment_status": "closed",
    "categories": [4, 11],
    "tags": [27, 58]
  }
]'''),
    ],
    gold=dict(
        title=H263_TITLE,
        dateline=dl("Agadez", "2025-12-02"),
        organisations=[org("Ténéré Solidarité", "ATS"), org("Organisation internationale pour les migrations", "OIM")],
        places=[place("Agadez"), place("Arlit")],
        figures=[
            fig("2\u00a0400 migrants", 2400, "migrants"),
            fig("en 2025", 2025, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("novembre 2025", 2025, None, "year"),
            fig("35 %", 35, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("612", 612, None),
            fig("trois repas", 3, "repas"),
            fig("45\u00a0000 francs CFA", 45000, "francs CFA", "money", currency="XOF"),
            fig("au moins 74 personnes", 74, "personnes", qualifier="au moins"),
            fig("février 2026", 2026, None, "year"),
            fig("150 lits", 150, "lits"),
        ],
        phones=[phone("+22796482173")],
        emails=["communication@tenere-solidarite.example.ne"],
        contacts=[contact("Ibrahim Moussa Dan Jimma", "chargé de communication", None, ["+22796482173"],
                          ["communication@tenere-solidarite.example.ne"])],
        notes="A (made-up) Agadez association's post as its WordPress REST API returns it (the scraper fetched "
              "/wp-json/wp/v2/posts; new tag 'json-escapes'). Decided: every JSON line is boilerplate (API metadata: "
              "id, dates, guid, slug, status, link, author, media, categories, tags, the brackets) except the title's "
              "and the content's 'rendered' lines; the excerpt (a cut copy of the first sentence ending '[&hellip;]') "
              "is boilerplate too, like a summary printed twice. The title line gives the title; the content line "
              "holds the whole article on one raw line: its JSON escapes are decoded ('\\u00e9' é, '\\u2019' ’, "
              "'\\u2013' –, '\\u00a0' U+00A0 kept as a no-break space, '\\u00ab'/'\\u00bb' « », '\\/' /, '\\\"' \"), "
              "its '\\n' between paragraphs are paragraph breaks and its HTML (<p>, <strong>, the mailto link) is "
              "removed. '2 400 migrants' (with U+00A0) in title and body: one text. 'en 2025' (title) and 'entre "
              "janvier et novembre 2025' ('novembre 2025', a month-year; 'janvier' alone not a figure): two year "
              "figures. 'soit 35 % de plus qu’en 2024': '35 %' and 'en 2024'. 'Parmi eux, 612 étaient des mineurs': "
              "count, unit null. 'trois repas par jour': 'par jour' out. 'au moins 74 personnes': qualifier 'au "
              "moins'. 'depuis janvier': a month alone. 'second centre': an ordinal word. 'Ténéré Solidarité (ATS)': "
              "long form as written, the common noun 'association' left out; 'la région d’Agadez' gives 'Agadez' "
              "(also the dateline city). The OIM is a real body carrying invented numbers. Contact: a 'Contact :' "
              "line with a person, role, a Nigerien mobile (+227) and an address.",
    ),
))
