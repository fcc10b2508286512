"""h136-h151: the next blind set, written blind in session 8 and never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_n.py, pages_dev_o.py)
and the shared survey of real pages (not src/, tests/, benchmarks/ or the project README). h136-h140 come from one
made-up press room, the territorial assembly of Wallis and Futuna, sharing its header, language line, menu,
breadcrumb, print/share line, agenda widget, related block and footer with small variations from page to page;
h141-h151 come from eleven other sites, one page each.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

PAGES = []

ENTITIES = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;",
            "â": "&acirc;", "î": "&icirc;", "û": "&ucirc;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–É", table=None) -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    table = table or ENTITIES
    return "".join(f"[[{table[c]}||{c}]]" if c in chars and c in table else c for c in clean)


def ent2(clean: str, chars: str = "’") -> str:
    """Double-escaped entities (`&amp;rsquo;`): the CMS escaped the entity a second time."""
    return "".join(f"[[{ENTITIES[c].replace('&', '&amp;', 1)}||{c}]]" if c in chars else c for c in clean)


def spaced(word_line: str) -> str:
    """An OCR'd heading with letter spacing: `MESURES PRISES` -> `M E S U R E S   P R I S E S`."""
    return "   ".join(" ".join(w) for w in word_line.split(" "))


def greedy(clean: str, width: int, seed: str, jitter: int = 6) -> list:
    rng = random.Random(seed)
    lines, cur = [], ""
    target = width - rng.randint(0, jitter)
    for w in clean.split(" "):
        if cur and len(cur) + 1 + len(w) > target:
            lines.append(cur)
            cur = w
            target = width - rng.randint(0, jitter)
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


VOWELS = set("aeiouyàâäéèêëîïôöùûüœ")
CLUSTERS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gn", "ck", "ph", "pl", "pr", "th", "tr", "vr"}


def shywrap(clean: str, width: int, seed: str, every: int = 2) -> str:
    """PDF text whose line ends sometimes fall inside a word at a soft hyphen: the extractor kept the U+00AD
    (invisible) and broke the line there, without a visible hyphen."""
    rng = random.Random(seed)
    words = clean.split(" ")
    lines, cur, ends = [], "", 0
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            ends += 1
            done = False
            if ends % every == 0 and len(w) >= 7 and not any(c.isdigit() for c in w) and "-" not in w \
                    and "’" not in w and "'" not in w:
                room = width - len(cur) - 2
                for k in range(min(room, len(w) - 3), 2, -1):
                    a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
                    if a in VOWELS and b.isalpha() and b not in VOWELS and c in VOWELS:
                        lines.append(cur + " " + w[:k] + "\u00ad")
                        cur = w[k:]
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur = w
        rng.random()
    lines.append(cur)
    return "\n".join(lines)


def trailing(clean: str, width: int, seed: str) -> str:
    """PDF text lines that each end with a space (the extractor kept the inter-word space at the line end)."""
    return "\n".join(ln + " " for ln in greedy(clean, width, seed, 8))


# =========================================================================== Wallis and Futuna territorial assembly
WF_SITE = "www.assemblee-territoriale.example.wf"


def wf_top(kind, stamp, banner=None):
    lines = ["Aller au contenu | Aller au menu | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["Fakaʻuvea | Fakafutuna | Français",
              "Assemblée territoriale des îles Wallis et Futuna",
              "Fale Fono – Mata-Utu",
              "Accueil",
              "L’Assemblée",
              "L’Assemblée",
              "Les élus",
              "Séances et délibérations",
              "Séances et délibérations",
              "Espace presse",
              "Contact",
              "Rechercher sur le site…",
              f"Vous êtes ici : Accueil / Espace presse / {kind}",
              stamp]
    return "\n".join(lines)


def wf_bottom(agenda, same, attach=None, ics=False):
    lines = []
    if attach:
        lines.append(attach)
    if ics:
        lines.append("📅 Ajouter à mon agenda (.ics)")
    lines += ["Imprimer | Envoyer à un ami | Facebook | Télécharger en PDF",
              "Agenda de l’Assemblée"]
    lines += [f"{d} – {e}" for d, e in agenda]
    lines.append("Dans la même rubrique")
    lines += [f"› {h}" for h in same]
    lines += ["Assemblée territoriale des îles Wallis et Futuna – BP 31 – 98600 Mata-Utu, Uvea – Standard : (681) 72 20 37 "
              "– Télécopie : (681) 72 20 54",
              "Accueil du public du lundi au vendredi de 7 h 30 à 13 h 30",
              "© 2025 Assemblée territoriale – Mentions légales – Plan du site – Accessibilité : partiellement conforme"]
    return "\n".join(lines)


def wf_meta(defects, **extra):
    d = {"site": WF_SITE, "style": "territorial-assembly-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


WF_NOTE = ("Site furniture shared by h136-h140 (skip/accessibility line, an optional banner (live broadcast of the "
           "budget sitting on h136, closure of the Futuna office on h138), Wallisian/Futunian/French language line, "
           "site name, 'Fale Fono – Mata-Utu' line, menu with doubled 'L’Assemblée' and 'Séances et délibérations', "
           "search label, breadcrumb 'Vous êtes ici : Accueil / Espace presse / type', a 'type – date' or 'Mis en "
           "ligne le dd.mm.yyyy' line; at the bottom an optional attachment line (h136, h140), an optional '.ics' "
           "calendar line (h137), print/share line, an 'Agenda de l’Assemblée' widget with 'date – event' lines that "
           "change, 'Dans la même rubrique' with '› headline' lines, footer with BP box, 98600 postcode, switchboard "
           "and fax numbers, opening hours, copyright/legal line): all boilerplate; its numbers are neither figures "
           "nor phones. Wallis and Futuna is an overseas collectivity: places iso null (h72-h87/h120-h135 rule); "
           "francs CFP are XPF (h88-h103), unit as written ('F CFP', 'francs CFP').")

# --------------------------------------------------------------------------- h136 budget vote: cp1250 on three paragraphs, glued headings
PAGES.append(Page(
    name="h136-at-wallis-futuna-budget-primitif-2026",
    meta=wf_meta(["mojibake-cp1250", "heading-glued"]),
    blocks=[
        B(wf_top("Communiqués", "Communiqué – 28/11/2025",
                 banner="EN DIRECT – Séance plénière budgétaire retransmise sur Wallis et Futuna la 1ère radio")),
        P("Budget primitif 2026 : l’Assemblée territoriale adopte un budget de 6,2 milliards de F CFP"),
        P("Mata-Utu, le 28 novembre 2025 – Réunie en séance plénière budgétaire, l’Assemblée territoriale des îles "
          "Wallis et Futuna (AT) a adopté jeudi, par 15 voix contre 5, le budget primitif du Territoire pour "
          "l’exercice 2026, arrêté à 6,2 milliards de francs CFP (environ 52 millions d’euros).", moji="cp1250"),
        P("Un budget en hausse de 4,8 %"),
        P("Le budget progresse de 4,8 % par rapport à 2025. Les dépenses de fonctionnement s’élèvent à 4,9 milliards "
          "de F CFP, dont 38 % consacrés à la masse salariale, et les dépenses d’investissement à 1,3 milliard.",
          glue=True, moji="cp1250"),
        P("Priorité à la desserte aérienne et à l’eau"),
        P("Parmi les principales mesures figurent une dotation de 420 millions de F CFP pour la desserte aérienne entre "
          "Wallis et Futuna, 310 millions pour le réseau d’eau potable de Futuna et la création de 12 postes "
          "d’enseignants-moniteurs. La subvention au Service territorial des affaires culturelles est portée à "
          "95 millions.", glue=True),
        P("« Ce budget a été construit dans un contexte difficile : la dotation de l’État stagne et nos recettes "
          "douanières ont reculé de près de 7 % en deux ans », a souligné le président de la commission des "
          "finances, Soane Muliakaaka.", moji="cp1250"),
        P("Le budget doit encore être rendu exécutoire par l’administrateur supérieur, préfet du territoire. Le compte "
          "administratif 2024 sera examiné lors de la session de mars 2026."),
        L("""Contact presse :
Lusia Moefana, chargée de communication de l’Assemblée territoriale
Tél. : (681) 72 20 37 – Mobile : (681) 82 14 56
communication@assemblee-territoriale.example.wf"""),
        B(wf_bottom([("02/12/2025", "Commission permanente"), ("10/12/2025", "Signature de la convention de "
                     "desserte aérienne")],
                    ["Ouverture de la session budgétaire : discours du président", "Commission permanente : ordre du "
                     "jour du 2 décembre"],
                    attach="Délibération n° 54/AT/2025 portant adoption du budget primitif 2026 (PDF – 1,2 Mo)")),
    ],
    gold=dict(
        title="Budget primitif 2026 : l’Assemblée territoriale adopte un budget de 6,2 milliards de F CFP",
        dateline=dl("Mata-Utu", "2025-11-28"),
        organisations=[org("Assemblée territoriale des îles Wallis et Futuna", "AT"),
                       org("Service territorial des affaires culturelles", None)],
        places=[place("Mata-Utu"), place("Wallis"), place("Futuna")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("6,2 milliards de F CFP", 6200000000, "F CFP", "money", currency="XPF"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("15 voix", 15, "voix"),
            fig("5", 5, None),
            fig("6,2 milliards de francs CFP", 6200000000, "francs CFP", "money", currency="XPF"),
            fig("environ 52 millions d’euros", 52000000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("4,8 %", 4.8, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("4,9 milliards de F CFP", 4900000000, "F CFP", "money", currency="XPF"),
            fig("38 %", 38, "%", "percent"),
            fig("1,3 milliard", 1300000000, None, "money", currency="XPF"),
            fig("420 millions de F CFP", 420000000, "F CFP", "money", currency="XPF"),
            fig("310 millions", 310000000, None, "money", currency="XPF"),
            fig("12 postes", 12, "postes"),
            fig("95 millions", 95000000, None, "money", currency="XPF"),
            fig("près de 7 %", 7, "%", "percent", qualifier="près de"),
            fig("deux ans", 2, "ans", "duration"),
            fig("2024", 2024, None, "year"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+681722037"), phone("+681821456")],
        emails=["communication@assemblee-territoriale.example.wf"],
        contacts=[contact("Lusia Moefana", "chargée de communication de l’Assemblée territoriale", None,
                          ["+681722037", "+681821456"], ["communication@assemblee-territoriale.example.wf"])],
        notes=WF_NOTE + " This page carries a live-broadcast banner and an attachment line. The dateline paragraph, "
              "the paragraph after the first heading and the quote are UTF-8 read as cp1250 ('Ă©' shapes); both "
              "subheadings are glued to the paragraph after them ('4,8 %Le budget', 'l’eauParmi'). 'Budget primitif "
              "2026' and 'l’exercice 2026': a year dating a budget, one text '2026'; 'par rapport à 2025': '2025'; "
              "'Le compte administratif 2024': accounts dating a year (h88-h103 'Les comptes 2024'), '2024'; 'la "
              "session de mars 2026': month-year, a year figure. 'par 15 voix contre 5': '5' a count without noun. "
              "'1,3 milliard', '310 millions', '95 millions': money without currency word, XPF by context (h56-h71). "
              "'6,2 milliards de F CFP' (title) and '6,2 milliards de francs CFP' (body) differ in text: both listed. "
              "'la commission des finances' is named only inside a role (not listed); 'l’État', 'le Territoire', "
              "'l’administrateur supérieur, préfet du territoire' are generic or roles. 'Wallis et Futuna la 1ère' (a "
              "broadcaster) is only in the banner. Wallis and Futuna numbers are six digits without trunk prefix; "
              "'(681)' is the country code.",
    ),
))

# --------------------------------------------------------------------------- h137 press invitation: HTML entities, title twice, hidden e-mail, .ics line
PAGES.append(Page(
    name="h137-at-wallis-futuna-invitation-convention-aerienne",
    meta=wf_meta(["html-debris", "duplicate-title", "hidden-email"]),
    blocks=[
        B(wf_top("Invitations presse", "Mis en ligne le 04.12.2025")),
        P("Invitation presse : signature de la convention de desserte aérienne entre Wallis et Futuna"),
        B("Invitation presse : signature de la convention de desserte aérienne entre Wallis et Futuna"),
        P("[[<p>||]]" + ent("L’Assemblée territoriale des îles Wallis et Futuna et la compagnie Air Pacifique Sud "
                            "signeront le mercredi 10 décembre 2025 à 9 h, dans l’hémicycle de l’Assemblée à "
                            "Mata-Utu, la convention de délégation de service public pour la desserte aérienne entre "
                            "Wallis et Futuna sur la période 2026-2030.") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("La convention prévoit 6 rotations hebdomadaires entre l’aérodrome de Hihifo et celui de "
                            "Vele, contre 4 aujourd’hui, et un tarif résident plafonné à 18\u00a0500 F CFP l’aller "
                            "simple. La compensation versée par le Territoire atteindra 420 millions de F CFP en "
                            "2026, cofinancée à 50\u00a0% par l’État.") + "[[<br />||]]"),
        P(ent("Un Twin Otter de 19 places, attendu en février, viendra renforcer la flotte de la compagnie.")
          + "[[</p>||]]"),
        L("""[[<p><strong>Déroulé</strong><br />||Déroulé]]
8 h 30 : accueil de la presse[[<br />||]]
9 h 00 : allocutions du président de l’Assemblée territoriale et du directeur général d’Air Pacifique Sud[[<br />||]]
9 h 45 : signature de la convention[[<br />||]]
10 h 00 : échange avec les journalistes[[</p>||]]"""),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le lundi 8 décembre à 16 h[[&nbsp;||\u00a0]]:[[<br />||]]
Lusia Moefana – (681) 72 20 37 – [email protected][[</p>||]]"""),
        B(wf_bottom([("10/12/2025", "Signature de la convention de desserte aérienne"),
                     ("16/12/2025", "Séance de clôture de l’année")],
                    ["Budget primitif 2026 : l’Assemblée adopte un budget de 6,2 milliards de F CFP",
                     "Ouverture de la session budgétaire : discours du président"], ics=True)),
    ],
    gold=dict(
        title="Invitation presse : signature de la convention de desserte aérienne entre Wallis et Futuna",
        dateline=None,
        organisations=[org("Assemblée territoriale des îles Wallis et Futuna", None), org("Air Pacifique Sud", None)],
        places=[place("Wallis"), place("Futuna"), place("Mata-Utu"), place("Hihifo"), place("Vele")],
        figures=[
            fig("le mercredi 10 décembre 2025 à 9 h", "2025-12-10", None, "date"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("6 rotations", 6, "rotations"),
            fig("4", 4, None),
            fig("18\u00a0500 F CFP", 18500, "F CFP", "money", currency="XPF"),
            fig("420 millions de F CFP", 420000000, "F CFP", "money", currency="XPF"),
            fig("en 2026", 2026, None, "year"),
            fig("50\u00a0%", 50, "%", "percent"),
            fig("19 places", 19, "places"),
            fig("le lundi 8 décembre à 16 h", "--12-08", None, "date"),
        ],
        phones=[phone("+681722037")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Lusia Moefana", None, None, ["+681722037"], [])],
        notes=WF_NOTE + " No banner; a 'Mis en ligne le' stamp instead of the type line; an 'Ajouter à mon agenda "
              "(.ics)' line above the share line (boilerplate). Title printed twice (second copy boilerplate). HTML "
              "debris: <p>, </p>, <br />, <strong>, entities (&rsquo;, &eacute;, &agrave;, &nbsp; for the thin "
              "spaces of '18 500' and '50 %', kept as U+00A0 in the clean text); the accreditation e-mail is hidden. "
              "No dateline. 'sur la période 2026-2030': two year figures ('2026', '2030'); 'en 2026' keeps its 'en'. "
              "'contre 4 aujourd’hui': a count without noun. The programme times are clock times. 'le lundi 8 "
              "décembre à 16 h': an accreditation deadline with weekday and clock time, one date figure "
              "(h120-h135). The assembly is written out without acronym on this page: acronym null. 'Air Pacifique "
              "Sud' is a (made-up) airline; 'Twin Otter' an aircraft model (its '19 places' a count). Hihifo (district "
              "of Wallis, site of the airport) and Vele (Futuna's airfield) are places; 'l’hémicycle de l’Assemblée' a "
              "venue. The accreditation line gives a contact with a person, a phone and only a hidden e-mail.",
    ),
))

# --------------------------------------------------------------------------- h138 motion on the maritime link: lost œ (vœu), lost ’, two-office contact, closure banner
PAGES.append(Page(
    name="h138-at-wallis-futuna-voeu-desserte-maritime",
    meta=wf_meta(["lost-oe", "lost-apostrophe"]),
    blocks=[
        B(wf_top("Communiqués", "Communiqué – 02/12/2025",
                 banner="Avis : l’antenne de l’Assemblée à Leava (Futuna) sera fermée le 8 décembre")),
        P("Desserte maritime : l’Assemblée adopte à l’unanimité un vœu pour un second navire", oe="drop"),
        P("Mata-Utu (Uvea), 2 décembre 2025 – Les 20 élus de l’Assemblée territoriale ont adopté à l’unanimité, lors "
          "de la séance du 1er décembre, un vœu demandant à l’État et au gouvernement de la Nouvelle-Calédonie de "
          "cofinancer l’affrètement d’un second navire pour la desserte maritime du territoire.",
          oe="drop", apos="drop"),
        P("Depuis la panne du Moana Nui en août, un seul cargo assure la liaison entre Nouméa, Wallis et Futuna, avec "
          "une escale tous les 28 jours au lieu de 14. Les commerçants de Futuna signalent des ruptures de stock de "
          "farine, de gaz et de ciment, et les prix de certains produits de première nécessité ont augmenté de 12 % à "
          "18 % en trois mois.", apos="drop"),
        P("Le vœu chiffre le surcoût d’un affrètement à 180 millions de F CFP par an et propose une répartition à "
          "parts égales entre le Territoire, l’État et la Nouvelle-Calédonie. Il demande également la remise en état "
          "du quai de Leava, à Futuna, endommagé par la houle en 2024.", oe="drop", apos="drop"),
        P("« Futuna ne peut pas vivre au rythme d’un bateau par mois. C’est une question de dignité pour nos "
          "familles », a déclaré l’élu de Sigave Tomasi Tauvale, rapporteur du texte, au cœur d’un débat de près de "
          "trois heures.", oe="drop", apos="drop"),
        P("Le président de l’Assemblée transmettra le vœu au ministre des Outre-mer d’ici le 15 décembre.",
          oe="drop", apos="drop"),
        L("""Contacts presse :
À Wallis : Lusia Moefana – (681) 72 20 37 poste 214 – communication@assemblee-territoriale.example.wf
À Futuna : Falakiko Fulitaka, antenne de l’Assemblée à Leava – (681) 72 32 15 – antenne.futuna@assemblee-territoriale.example.wf"""),
        B(wf_bottom([("08/12/2025", "Fermeture de l’antenne de Leava"), ("10/12/2025", "Signature de la convention "
                     "de desserte aérienne"), ("16/12/2025", "Séance de clôture de l’année")],
                    ["Budget primitif 2026 : l’Assemblée adopte un budget de 6,2 milliards de F CFP",
                     "Invitation presse : signature de la convention de desserte aérienne"])),
    ],
    gold=dict(
        title="Desserte maritime : l’Assemblée adopte à l’unanimité un vœu pour un second navire",
        dateline=dl("Mata-Utu", "2025-12-02"),
        organisations=[org("Assemblée territoriale", None), org("gouvernement de la Nouvelle-Calédonie", None)],
        places=[place("Mata-Utu"), place("Uvea"), place("Nouvelle-Calédonie"), place("Nouméa"), place("Wallis"),
                place("Futuna"), place("Leava"), place("Sigave")],
        figures=[
            fig("2 décembre 2025", "2025-12-02", None, "date"),
            fig("20 élus", 20, "élus"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("28 jours", 28, "jours", "duration"),
            fig("14", 14, None, "duration"),
            fig("12 %", 12, "%", "percent"),
            fig("18 %", 18, "%", "percent"),
            fig("trois mois", 3, "mois", "duration"),
            fig("180 millions de F CFP", 180000000, "F CFP", "money", currency="XPF"),
            fig("en 2024", 2024, None, "year"),
            fig("près de trois heures", 3, "heures", "duration", qualifier="près de"),
            fig("le 15 décembre", "--12-15", None, "date"),
        ],
        phones=[phone("+681722037", extension="214"), phone("+681723215")],
        emails=["communication@assemblee-territoriale.example.wf", "antenne.futuna@assemblee-territoriale.example.wf"],
        contacts=[contact("Lusia Moefana", None, None, ["+681722037"],
                          ["communication@assemblee-territoriale.example.wf"]),
                  contact("Falakiko Fulitaka", None, "antenne de l’Assemblée à Leava", ["+681723215"],
                          ["antenne.futuna@assemblee-territoriale.example.wf"])],
        notes=WF_NOTE + " This page carries a notice banner (closure of the Futuna office). œ dropped in the title "
              "and body ('un v u', 'au c ur'); ’ dropped in every body paragraph but the second ('lAssemblée', "
              "'dun', 'quai de Leava'); the contact block is intact. New dateline shape 'Mata-Utu (Uvea), 2 décembre "
              "2025 –' (town, island in brackets, date without 'le'): place 'Mata-Utu', the island 'Uvea' listed as "
              "a place; the figure is '2 décembre 2025'. 'tous les 28 jours au lieu de 14': a duration and a bare "
              "duration. 'de 12 % à 18 %': a range whose first bound keeps its own unit. 'par an', 'un bateau par "
              "mois', 'un seul cargo', 'second navire': not figures. 'Moana Nui' is a ship's name. 'gouvernement de "
              "la Nouvelle-Calédonie' is an organisation (h88-h103); 'la Nouvelle-Calédonie' also stands alone "
              "(place). 'l’État', 'le Territoire', 'le ministre des Outre-mer' are generic or roles. The assembly is "
              "named 'l’Assemblée territoriale' (long form as written, no acronym). Two contact lines with place "
              "labels ('À Wallis :', 'À Futuna :', not organisations); the second person's office ('antenne de "
              "l’Assemblée à Leava') is kept as the contact's organisation. '(681) 72 20 37 poste 214': extension "
              "on the switchboard number.",
    ),
))

# --------------------------------------------------------------------------- h139 health committee visit: caption twice, ’ as '?', glued sentences, lost dashes, caps dateline without date
PAGES.append(Page(
    name="h139-at-wallis-futuna-visite-hopital-futuna",
    meta=wf_meta(["duplicate-caption", "lost-apostrophe", "body-glued", "lost-dash", "double-space"]),
    blocks=[
        B(wf_top("Actualités", "Actualité – 27/11/2025")),
        P("Santé : les élus de la commission permanente en visite à l’hôpital de Kaleveleve"),
        P("Les membres de la commission permanente devant le nouveau bloc de consultations de l’hôpital de "
          "Kaleveleve, le 25 novembre. Photo : AT/S. Takaniko"),
        B("Les membres de la commission permanente devant le nouveau bloc de consultations de l’hôpital de "
          "Kaleveleve, le 25 novembre. Photo : AT/S. Takaniko"),
        P("FUTUNA – Une délégation de sept élus de l’Assemblée territoriale, membres de la commission permanente et "
          "conduite par la vice-présidente Kalolaine Manuohalalo, a visité mardi l’hôpital de Kaleveleve, seul "
          "établissement de santé de Futuna, géré par l’Agence de santé de Wallis et Futuna (ADS).", apos="?"),
        P("L’hôpital dispose de 24 lits et emploie 63 agents, dont 4 médecins. Les élus ont inauguré le nouveau bloc "
          "de consultations, d’un coût de 145 millions de F CFP, financé à 70 % par le Fonds européen de "
          "développement (FED).[[||\n]]En 2024, l’établissement a réalisé 11 800 consultations et organisé 212 "
          "évacuations sanitaires vers Wallis ou Nouméa.", apos="?"),
        P("Le directeur de l’ADS, le Dr Atonio Felomaki, a rappelé que chaque évacuation coûte en moyenne 1,4 million "
          "de F CFP. « Avec la télémédecine, nous pourrions éviter près d’un tiers de ces transferts », a-t-il "
          "souligné.[[||\n]]Les élus ont demandé qu’une étude leur soit présentée avant la fin du premier trimestre "
          "2026.", apos="?"),
        P("La commission se rendra à Alo et à Sigave le 9 décembre pour faire le point sur les travaux du réseau d’eau "
          "potable – un chantier de 310 millions de F CFP – avec les chefferies.", apos="?", nodash=""),
        L("Contact : Lusia Moefana, Assemblée territoriale – communication@assemblee-territoriale.example.wf"),
        B(wf_bottom([("02/12/2025", "Commission permanente"), ("09/12/2025", "Visite des chantiers d’eau potable à "
                     "Alo et Sigave")],
                    ["Budget primitif 2026 : l’Assemblée adopte un budget de 6,2 milliards de F CFP",
                     "Ouverture de la session budgétaire : discours du président"])),
    ],
    gold=dict(
        title="Santé : les élus de la commission permanente en visite à l’hôpital de Kaleveleve",
        dateline=dl("FUTUNA", None),
        organisations=[org("commission permanente", None), org("Assemblée territoriale", None),
                       org("Agence de santé de Wallis et Futuna", "ADS"),
                       org("Fonds européen de développement", "FED")],
        places=[place("Futuna"), place("Wallis"), place("Nouméa"), place("Alo"), place("Sigave")],
        figures=[
            fig("le 25 novembre", "--11-25", None, "date"),
            fig("sept élus", 7, "élus"),
            fig("24 lits", 24, "lits"),
            fig("63 agents", 63, "agents"),
            fig("4 médecins", 4, "médecins"),
            fig("145 millions de F CFP", 145000000, "F CFP", "money", currency="XPF"),
            fig("70 %", 70, "%", "percent"),
            fig("En 2024", 2024, None, "year"),
            fig("11 800 consultations", 11800, "consultations"),
            fig("212 évacuations", 212, "évacuations"),
            fig("1,4 million de F CFP", 1400000, "F CFP", "money", currency="XPF"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("2026", 2026, None, "year"),
            fig("le 9 décembre", "--12-09", None, "date"),
            fig("310 millions de F CFP", 310000000, "F CFP", "money", currency="XPF"),
        ],
        phones=[],
        emails=["communication@assemblee-territoriale.example.wf"],
        contacts=[contact("Lusia Moefana", None, "Assemblée territoriale", [],
                          ["communication@assemblee-territoriale.example.wf"])],
        notes=WF_NOTE + " An 'Actualité – date' type line. Photo caption printed twice (first copy article, credit "
              "'AT/S. Takaniko' kept; 'le 25 novembre': a date without year). Every ’ of the body became '?' "
              "('l?Assemblée', 'd?un', 'qu?une'); the title, caption and contact line are intact. Two sentences are "
              "glued to the one before ('(FED).En 2024', 'souligné.Les élus'): in the clean text they start new "
              "lines (the README's glued-text rule; the paragraph boundary is not visible in the raw, so the split "
              "goes where the glue is). The en dashes of the last paragraph are lost (double spaces around the "
              "inserted clause). Dateline 'FUTUNA –' in capitals without date: place 'FUTUNA' as written; the "
              "place list has 'Futuna' in normal case (it also appears in normal case). 'hôpital de Kaleveleve' is a "
              "hospital site (neither organisation nor place, h88-h103). 'la commission permanente' acts as a body "
              "of the assembly here: listed as an organisation in lower case (new convention); 'Assemblée "
              "territoriale' is listed too. 'en moyenne 1,4 million de F CFP': 'en moyenne' is not a listed "
              "qualifier. 'près d’un tiers' = 0.3333 with qualifier 'près d’' as written. 'premier trimestre 2026': "
              "the period noun stays out ('2026'). 'les chefferies' (customary chiefdoms) are generic. The contact "
              "line has a person, the assembly as organisation and an e-mail.",
    ),
))

# --------------------------------------------------------------------------- h140 president's closing speech: pasted from Word (Mso CSS line), œ as '?', voeux written out, glued paragraph, endnote
PAGES.append(Page(
    name="h140-at-wallis-futuna-discours-cloture-session",
    meta=wf_meta(["html-debris", "oe-question-mark", "oe-written-out", "body-glued", "mixed-quotes"]),
    blocks=[
        B(wf_top("Discours", "Discours – 05/12/2025")),
        P("Discours du président de l’Assemblée territoriale à la clôture de la session budgétaire"),
        B("<!-- /* Style Definitions */ table.MsoNormalTable {mso-style-name:\"Tableau Normal\"; mso-tstyle-rowband-size:0; "
          "mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} -->"),
        P("Mata-Utu, le 5 décembre 2025"),
        L("""Monsieur l’Administrateur supérieur,
Mesdames et Messieurs les élus,
Mesdames et Messieurs les chefs coutumiers,"""),
        P("Nous achevons aujourd’hui une session budgétaire de 9 jours, marquée par 31 délibérations et 2 vœux "
          "adoptés, dont celui sur la desserte maritime.", oe="?"),
        P("Cette année, notre Assemblée aura tenu 14 séances plénières et examiné 212 délibérations, soit 40 de plus "
          "qu’en 2024. Je remercie les 20 élus, de la majorité comme de l’opposition, pour la qualité de nos "
          "débats.", glue=True),
        P("Permettez-moi de saluer Sa Majesté le Lavelua, roi d’Uvea, ainsi que les rois d’Alo et de Sigave, dont le "
          "soutien a permis de conclure l’accord foncier sur le futur collège de Futuna[1]."),
        P("Le budget 2026, que nous venons d’adopter, consacre 1,3 milliard de F CFP à l’investissement, un niveau "
          "jamais atteint depuis 2012. Mais nous devons rester lucides : la population du territoire est passée de "
          "14 944 habitants en 2003 à 11 151 en 2023, et près de la moitié de nos jeunes quittent nos îles après le "
          "baccalauréat."),
        P("C’est pourquoi j’ai souhaité que 2026 soit “l’année de la jeunesse”. Un fonds d’aide à l’installation des "
          "jeunes de 18 à 30 ans, doté de 60 millions de F CFP, sera ouvert dès le mois de mars. Je veux que chacun de "
          "nos enfants sache qu’il a sa place ici, au c[[?||œ]]ur de nos îles."),
        P("À chacune et à chacun, je présente mes meilleurs voeux pour les fêtes de fin d’année. Mālō ʻaupitō."),
        L("""Petelo Falelavaki
Président de l’Assemblée territoriale des îles Wallis et Futuna"""),
        P("[1] Accord signé le 17 octobre 2025 entre le Territoire et la chefferie de Sigave."),
        P("Seul le prononcé fait foi."),
        B(wf_bottom([("10/12/2025", "Signature de la convention de desserte aérienne"),
                     ("16/12/2025", "Séance de clôture de l’année")],
                    ["Desserte maritime : l’Assemblée adopte à l’unanimité un vœu",
                     "Santé : les élus de la commission permanente en visite à Futuna"],
                    attach="Télécharger le discours (DOCX – 48 Ko)")),
    ],
    gold=dict(
        title="Discours du président de l’Assemblée territoriale à la clôture de la session budgétaire",
        dateline=dl("Mata-Utu", "2025-12-05"),
        organisations=[org("Assemblée territoriale des îles Wallis et Futuna", None)],
        places=[place("Mata-Utu"), place("Uvea"), place("Alo"), place("Sigave"), place("Futuna")],
        figures=[
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("9 jours", 9, "jours", "duration"),
            fig("31 délibérations", 31, "délibérations"),
            fig("2 vœux", 2, "vœux"),
            fig("14 séances", 14, "séances"),
            fig("212 délibérations", 212, "délibérations"),
            fig("40", 40, None),
            fig("en 2024", 2024, None, "year"),
            fig("20 élus", 20, "élus"),
            fig("2026", 2026, None, "year"),
            fig("1,3 milliard de F CFP", 1300000000, "F CFP", "money", currency="XPF"),
            fig("2012", 2012, None, "year"),
            fig("14 944 habitants", 14944, "habitants"),
            fig("en 2003", 2003, None, "year"),
            fig("11 151", 11151, None),
            fig("en 2023", 2023, None, "year"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("18", 18, None, "age"),
            fig("30 ans", 30, "ans", "age"),
            fig("60 millions de F CFP", 60000000, "F CFP", "money", currency="XPF"),
            fig("le 17 octobre 2025", "2025-10-17", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=WF_NOTE + " A 'Discours – date' type line and a DOCX attachment line. The speech was pasted from a word "
              "processor: a line of Word style definitions in an HTML comment ('<!-- /* Style Definitions */ "
              "table.MsoNormalTable {...} -->') sits under the title (a line that is only HTML: boilerplate). œ as "
              "'?' ('2 v?ux', 'au c?ur'); 'voeux' written out in the last paragraph is kept (valid spelling). The "
              "second paragraph is glued to the first ('maritime.Cette année'). Curly “ ” inside a page that "
              "otherwise uses « » (kept). The place-and-date line on its own line under the title is the dateline. "
              "The salutation lines, the signature (name and title: not a contact), the endnote and the closing "
              "formula 'Seul le prononcé fait foi.' are article text (the speech's own apparatus, as a release's own "
              "trailer); the endnote mark '[1]' stays in the text and is not a figure (new convention, as footnote "
              "marks). 'qu’en 2024' gives 'en 2024'; 'depuis 2012' gives '2012'; 'que 2026 soit' and 'Le budget "
              "2026': '2026'. 'soit 40 de plus', 'à 11 151 en 2023': counts without noun. 'des jeunes de 18 à 30 "
              "ans': an age range. 'le mois de mars': a month alone. 'Sa Majesté le Lavelua, roi d’Uvea', 'les rois "
              "d’Alo et de Sigave': customary titles (not organisations); Uvea, Alo and Sigave are the kingdoms "
              "(places). 'la chefferie de Sigave' is generic. 'Mālō ʻaupitō' (Wallisian for 'thank you') stays as "
              "written. The assembly's long form is only in the signature: listed without acronym.",
    ),
))
