"""h136-h151: the next blind set, written blind in session 8 and never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_n.py, pages_dev_o.py)
and the shared survey of real pages (not src/, tests/, benchmarks/ or the project README). h136-h140 come from one
made-up press room, the territorial assembly of Wallis and Futuna, sharing its header, language line, menu,
breadcrumb, print/share line, agenda widget, related block and footer with small variations from page to page;
h141-h151 come from eleven other sites, one page each.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

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
                room = width - len(cur) + 6  # justified lines may run a little long
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

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h141 Andorran government, no defect and no boilerplate
PAGES.append(Page(
    name="h141-govern-andorra-plan-logement",
    meta={"site": "www.govern-andorra.example.ad", "style": "microstate-government-clean", "defects": []},
    blocks=[
        P("Logement : le Govern lancera 1 200 logements à loyer abordable d’ici 2030"),
        P("Andorre-la-Vieille, le 3 décembre 2025 – Le Govern d’Andorre a approuvé mercredi en Conseil des ministres "
          "le plan national du logement 2026-2030, qui prévoit la construction ou la réhabilitation de 1 200 logements "
          "à loyer abordable dans les sept paroisses du pays, pour un investissement public de 185 millions d’euros."),
        P("Les loyers de ces logements seront plafonnés à 9,5 euros le mètre carré, soit environ 40 % de moins que le "
          "prix moyen constaté sur le marché libre, qui a atteint 16,2 euros le mètre carré au troisième trimestre "
          "2025 selon l’Observatoire andorran du logement (OAL)."),
        P("Les premiers chantiers démarreront au printemps 2026 à Escaldes-Engordany et à Sant Julià de Lòria. Les "
          "logements seront attribués en priorité aux résidents de moins de 35 ans et aux travailleurs saisonniers "
          "justifiant d’au moins trois saisons d’activité en Andorre."),
        P("« Se loger est devenu la première préoccupation de nos jeunes. Ce plan est notre réponse, paroisse par "
          "paroisse », a déclaré la ministre du Territoire et du Logement, Núria Casals i Pujol."),
        P("Le plan sera soumis au Consell General, le Parlement andorran, lors de sa séance du 18 décembre."),
        L("""Contact presse :
Bureau de communication du Govern
Tél. : +376 875 500
premsa@govern-andorra.example.ad"""),
    ],
    gold=dict(
        title="Logement : le Govern lancera 1 200 logements à loyer abordable d’ici 2030",
        dateline=dl("Andorre-la-Vieille", "2025-12-03"),
        organisations=[org("Govern d’Andorre", None), org("Conseil des ministres", None),
                       org("Observatoire andorran du logement", "OAL"), org("Consell General", None)],
        places=[place("Andorre-la-Vieille"), place("Escaldes-Engordany"), place("Sant Julià de Lòria"),
                place("Andorre", "AD")],
        figures=[
            fig("1 200 logements", 1200, "logements"),
            fig("2030", 2030, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("sept paroisses", 7, "paroisses"),
            fig("185 millions d’euros", 185000000, "euros", "money", currency="EUR"),
            fig("9,5 euros", 9.5, "euros", "money", currency="EUR"),
            fig("environ 40 %", 40, "%", "percent", qualifier="environ"),
            fig("16,2 euros", 16.2, "euros", "money", currency="EUR"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("moins de 35 ans", 35, "ans", "age", qualifier="moins de"),
            fig("au moins trois saisons", 3, "saisons", qualifier="au moins"),
            fig("18 décembre", "--12-18", None, "date"),
        ],
        phones=[phone("+376875500")],
        emails=["premsa@govern-andorra.example.ad"],
        contacts=[contact(None, None, "Bureau de communication du Govern", ["+376875500"],
                          ["premsa@govern-andorra.example.ad"])],
        notes="A government release from Andorra with no defect and no boilerplate at all (the scraper kept only the "
              "article). 'plan national du logement 2026-2030': years inside a plan's name, not figures (the '2026' "
              "and '2030' listed come from 'au printemps 2026' (the season noun stays out) and 'd’ici 2030'). 'au "
              "troisième trimestre 2025': '2025'. '9,5 euros le mètre carré': money, the 'le mètre carré' stays out. "
              "'Govern d’Andorre' is the government's Catalan name used in French (an executive named as a body, "
              "h88-h103); 'le Govern' in the title is the same body; 'Andorre' also stands alone (place, AD). "
              "'Consell General' (the parliament, with 'le Parlement andorran' in apposition: one organisation, "
              "under the first name) and 'Conseil des ministres' are organisations. 'les sept paroisses': count, "
              "unit 'paroisses'. 'la première préoccupation': ordinal word. The ministry is named only inside the "
              "minister's role (not listed). The contact is an office (the government's press office, kept as "
              "written). Andorran numbers have six digits.",
    ),
))

# --------------------------------------------------------------------------- h142 Saint-Martin collectivity: English page under French chrome, translate widget, cp1252 quote, obfuscated e-mail
PAGES.append(Page(
    name="h142-com-saint-martin-marigot-seawall-en",
    meta={"site": "www.com-saint-martin.example.mf", "style": "collectivity-newsroom-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "translate-widget",
                      "mojibake-cp1252", "obfuscated-email", "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Collectivité de Saint-Martin
Accueil | La Collectivité | Vos démarches | Actualités | Marchés publics | Contact
Select Language ▼
Powered by Google Traduction
Accueil › Actualités › Communiqués
Publié le 02/12/2025 – Mis à jour le 03/12/2025"""),
        P("Marigot waterfront: work on the new seawall to start in January"),
        P("MARIGOT, December 2, 2025 — The Collectivité de Saint-Martin (COM) will begin work in January on a "
          "620-metre seawall along the Marigot waterfront, President Aline Gumbs-Arrondell announced at a press "
          "conference on Tuesday."),
        P("The €14.6 million project is financed by the European Regional Development Fund (ERDF, 60%), the French "
          "State (25%) and the Collectivité (15%). It is designed to protect some 340 businesses and homes from storm "
          "surges like those caused by Hurricane Irma in September 2017."),
        P("Traffic on Rue de la République will be diverted during the 18 months of works. A free shuttle will run "
          "every 20 minutes between the Galisbay port car park and the market square."),
        P("\"We’ve waited eight years for this. The seawall isn’t a luxury, it’s what will keep Marigot alive when the "
          "next big storm comes,\" the President said. A second phase, worth about US$6 million, will cover the "
          "Sandy Ground bridge area.", moji="cp1252"),
        L("""Press contact:
Communication Department – Collectivité de Saint-Martin
Tel: +590 590 87 50 04 ext. 1127 / Cell: +590 690 35 64 12
Email: press (at) com-saint-martin (dot) example (dot) mf"""),
        B("""Partager : Facebook | WhatsApp | Imprimer
À lire aussi
Rentrée scolaire 2026 : les inscriptions sont ouvertes – 28/11/2025
Travaux de voirie à Grand-Case : circulation alternée – 24/11/2025
Hôtel de la Collectivité – 1, rue de l’Hôtel de Ville – 97150 Marigot – Saint-Martin
© Collectivité de Saint-Martin 2025"""),
    ],
    gold=dict(
        title="Marigot waterfront: work on the new seawall to start in January",
        dateline=dl("MARIGOT", "2025-12-02"),
        organisations=[org("Collectivité de Saint-Martin", "COM"), org("European Regional Development Fund", "ERDF")],
        places=[place("Marigot"), place("Galisbay"), place("Sandy Ground")],
        figures=[
            fig("December 2, 2025", "2025-12-02", None, "date"),
            fig("620-metre", 620, "metre", "other"),
            fig("€14.6 million", 14600000, "€", "money", currency="EUR"),
            fig("60%", 60, "%", "percent"),
            fig("25%", 25, "%", "percent"),
            fig("15%", 15, "%", "percent"),
            fig("some 340 businesses", 340, "businesses", qualifier="some"),
            fig("September 2017", 2017, None, "year"),
            fig("18 months", 18, "months", "duration"),
            fig("20 minutes", 20, "minutes", "duration"),
            fig("eight years", 8, "years", "duration"),
            fig("about US$6 million", 6000000, "US$", "money", qualifier="about", currency="USD"),
        ],
        phones=[phone("+590590875004", extension="1127"), phone("+590690356412")],
        emails=[],
        contacts=[contact(None, None, "Communication Department – Collectivité de Saint-Martin",
                          ["+590590875004", "+590690356412"], [])],
        notes="An English release on the French site of the overseas collectivity of Saint-Martin (English is widely "
              "spoken on the island): collectivity name, menu, a Google Translate widget ('Select Language ▼', "
              "'Powered by Google Traduction': boilerplate, new tag 'translate-widget'), breadcrumb, 'Publié le ... – "
              "Mis à jour le ...' line; French share line, 'À lire aussi' headlines with dates, footer with address "
              "and 97150 postcode, copyright (boilerplate). The quote paragraph is UTF-8 read as cp1252 ('Weâ€™ve', "
              "'isnâ€™t'); the page writes straight double quotes around the quote (kept). English dateline with an "
              "em dash and a month-first date ('MARIGOT, December 2, 2025 —'): place 'MARIGOT' as written; "
              "'Marigot' listed in normal case. 'in January': a month alone. 'September 2017': month-year, a year "
              "figure. 'a 620-metre seawall': compound adjective (h104-h119). '€14.6 million': unit '€'. 'US$6 "
              "million' with 'about'. 'every 20 minutes': a duration; 'the 18 months of works': '18 months'. "
              "'Collectivité de Saint-Martin (COM)' is listed under its French name as written (the island's name "
              "only occurs inside it, so 'Saint-Martin' is not listed); 'the French State' and 'the Collectivité' "
              "are generic. 'Hurricane Irma' is a storm name. 'Rue de la République' is a street; 'Galisbay' (port) "
              "and 'Sandy Ground' (district) are places. The contact is an office with two numbers (Saint-Martin "
              "uses +590 with '590' landlines and '690' mobiles; the landline has 'ext. 1127') and an e-mail obfuscated with '(at)' and '(dot)' "
              "(kept as written, not listed).",
    ),
))

# --------------------------------------------------------------------------- h143 Cajun radio station news page: listing of four stories, audio-player lines, cp1252 story
PAGES.append(Page(
    name="h143-radio-acadiane-louisiane-nouvelles-listing",
    meta={"site": "www.radio-acadiane.example.org", "style": "cajun-radio-news-listing", "listing": True,
          "defects": ["listing", "menu", "audio-player", "mojibake-cp1252", "read-more", "postcode-trap"]},
    blocks=[
        B("""KRVA 88,7 FM – La radio des Acadiens de la Louisiane
▶ ÉCOUTER EN DIRECT
Nouvelles | Émissions | Musique cadienne | Nécrologies | Événements | Faire un don
Les nouvelles du mardi 2 décembre 2025"""),
        P("Lafayette : le festival Noël acadien attend 25 000 visiteurs"),
        P("2 décembre 2025 · 7 h 05"),
        B("▶ Écouter (2:48)"),
        P("LAFAYETTE, La. – Le festival Noël acadien ouvrira vendredi au parc Girard avec plus de 40 musiciens cadiens "
          "et créoles. Les organisateurs attendent 25 000 visiteurs sur trois jours, contre 19 500 l’an dernier. "
          "L’entrée coûte 10 $ pour les adultes et elle est gratuite pour les moins de 12 ans."),
        P("Bâton-Rouge : 2,4 millions $ pour les écoles d’immersion française"),
        P("1er décembre 2025 · 17 h 40"),
        B("▶ Écouter (3:12)"),
        P("BÂTON-ROUGE (CODOFIL) – Le Conseil pour le développement du français en Louisiane (CODOFIL) a annoncé lundi "
          "une enveloppe de 2,4 millions $ pour ouvrir 14 nouvelles classes d’immersion à la rentrée 2026. Quelque "
          "6 200 élèves suivent aujourd’hui un programme d’immersion dans 38 écoles de Louisiane."),
        B("Lire la suite ›"),
        P("Paroisse Vermilion : l’érosion côtière menace trois villages", moji="cp1252"),
        P("27 novembre 2025 · 9 h 30"),
        B("▶ Écouter (4:05)"),
        P("La paroisse Vermilion perd en moyenne 4,5 kilomètres carrés de marais chaque année, selon une étude de "
          "l’Université de Louisiane à Lafayette publiée jeudi. Les villages de Pecan Island, Intracoastal City et "
          "Forked Island pourraient être inondés de façon permanente d’ici 2050.", moji="cp1252"),
        B("Lire la suite ›"),
        P("Breaux Bridge : la fête de l’écrevisse change de dates"),
        P("28 novembre 2025 · 12 h 15"),
        P("Le Crawfish Festival de Breaux Bridge se tiendra du 1er au 3 mai 2026, une semaine plus tôt que d’habitude, "
          "pour ne pas tomber en même temps que le Festival international de Louisiane. Renseignements : "
          "(337) 332-6655."),
        B("""Plus de nouvelles ›
Commanditaire : Boulangerie Poupart – Le pain de chez nous depuis 1961
KRVA 88,7 FM – 735, rue Jefferson – Lafayette, LA 70501 – (337) 232-5566
© 2025 Radio Acadiane – Tous droits réservés"""),
    ],
    gold=dict(
        title="Lafayette : le festival Noël acadien attend 25 000 visiteurs",
        dateline=None,
        organisations=[org("Conseil pour le développement du français en Louisiane", "CODOFIL"),
                       org("Université de Louisiane à Lafayette", None)],
        places=[place("Lafayette"), place("Bâton-Rouge"), place("Louisiane"), place("Vermilion"),
                place("Pecan Island"), place("Intracoastal City"), place("Forked Island"), place("Breaux Bridge")],
        figures=[
            fig("25 000 visiteurs", 25000, "visiteurs"),
            fig("2 décembre 2025 · 7 h 05", "2025-12-02", None, "date"),
            fig("plus de 40 musiciens", 40, "musiciens", qualifier="plus de"),
            fig("trois jours", 3, "jours", "duration"),
            fig("19 500", 19500, None),
            fig("10 $", 10, "$", "money", currency="USD"),
            fig("moins de 12 ans", 12, "ans", "age", qualifier="moins de"),
            fig("2,4 millions $", 2400000, "$", "money", currency="USD"),
            fig("1er décembre 2025 · 17 h 40", "2025-12-01", None, "date"),
            fig("14 nouvelles classes", 14, "classes"),
            fig("2026", 2026, None, "year"),
            fig("Quelque 6 200 élèves", 6200, "élèves", qualifier="Quelque"),
            fig("38 écoles", 38, "écoles"),
            fig("trois villages", 3, "villages"),
            fig("27 novembre 2025 · 9 h 30", "2025-11-27", None, "date"),
            fig("4,5 kilomètres carrés", 4.5, "kilomètres carrés", "other"),
            fig("2050", 2050, None, "year"),
            fig("28 novembre 2025 · 12 h 15", "2025-11-28", None, "date"),
            fig("1er", "2026-05-01", None, "date"),
            fig("3 mai 2026", "2026-05-03", None, "date"),
        ],
        phones=[phone("+13373326655")],
        emails=[],
        contacts=[],
        notes="News page of a (made-up) French-language Cajun radio station in Louisiana: four unrelated stories, each "
              "with headline and a 'date · time' stamp (article text on a listing page; each stamp is one date "
              "figure). Station name line, '▶ ÉCOUTER EN DIRECT', menu, the page label 'Les nouvelles du mardi 2 "
              "décembre 2025' (the listing's own label: boilerplate, README 'Listing titles'), the audio-player lines "
              "'▶ Écouter (m:ss)' under three stories (new tag 'audio-player': boilerplate; their durations are not "
              "figures), 'Lire la suite ›' and 'Plus de nouvelles ›' links, the sponsor line (its 'depuis 1961' is "
              "boilerplate), the footer with address, 'LA 70501' postcode and switchboard, copyright (boilerplate). "
              "The third story (headline and body, not its stamp) is UTF-8 read as cp1252. Title: the first story's "
              "headline. Page dateline null; story datelines 'LAFAYETTE, La. –' ('La.' is the state's postal "
              "abbreviation, not listed) and 'BÂTON-ROUGE (CODOFIL) –' (agency-style, the organisation is listed "
              "once under its long form). '$' on a Louisiana (United States) page: USD (new convention; the page never "
              "writes 'dollars'). '25 000 visiteurs' is in the headline and body: one text. 'contre 19 500': a count "
              "without noun. '14 nouvelles classes': the adjective before the noun stays in the text. 'la rentrée "
              "2026': '2026'. 'en moyenne 4,5 kilomètres carrés': 'en moyenne' is not a qualifier. 'du 1er au 3 mai "
              "2026': a range of dates, first bound '1er' = 2026-05-01. 'une semaine', 'l’an dernier': not figures. "
              "'parc Girard' is a venue; 'Noël acadien', 'Crawfish Festival', 'Festival international de Louisiane' "
              "are events (not organisations). 'paroisse Vermilion' (a Louisiana parish) is listed as 'Vermilion'. "
              "'(337) 332-6655' is offered to the public for information: a phone, not a contact.",
    ),
))


def ocr_par(clean: str, width: int, seed: str, subs=()) -> X:
    """An OCR'd paragraph of a scanned letter: wrapped lines, then OCR confusions put into the raw side."""
    raw = "\n".join(greedy(clean, width, seed, 8))
    for a, b in subs:
        assert a in raw, (a, seed)
        raw = raw.replace(a, b, 1)
    return X(raw, clean)


# --------------------------------------------------------------------------- h144 river-basin authority: OCR text of a scanned letter (OCR confusions, letter-spaced heading)
H144 = [
    "L'Autorité du bassin de la Komoé (ABK) informe les populations que le niveau du fleuve a atteint 3,40 mètres à "
    "la station hydrométrique de Folonzo le 20 novembre 2025, soit 85 centimètres au-dessus du seuil d'alerte. Une "
    "telle hauteur n'avait pas été observée depuis 2003.",
    "Les fortes pluies enregistrées sur le haut bassin depuis début novembre, avec un cumul de 212 millimètres en dix "
    "jours à Banfora, ont provoqué une montée rapide des eaux. Les communes de Mangodara, Niangoloko et Sidéradougou "
    "sont les plus exposées : environ 4 600 personnes vivent dans les zones inondables recensées.",
    "L'ABK a activé son dispositif d'alerte précoce en lien avec les directions régionales chargées de l'eau du "
    "Burkina Faso et de la Côte d'Ivoire. Les lâchers du barrage de Moussodougou ont été réduits de 30 % pendant 72 "
    "heures afin de limiter la montée des eaux en aval.",
    "Les riverains sont invités à éloigner le bétail des berges, à ne pas traverser les gués et les radiers submergés "
    "et à signaler toute montée des eaux au numéro vert 80 00 11 22, joignable jour et nuit.",
]
PAGES.append(Page(
    name="h144-abk-komoe-crue-communique-ocr",
    meta={"site": "documents.abk-komoe.example.org", "style": "scanned-letter-ocr-pdf",
          "defects": ["ocr-errors", "letter-spaced", "hard-wrap", "page-furniture", "stray-junk-line"]},
    blocks=[
        B("""~ . ' ,  ·
AUTORITE DU BASSIN DE LA KOMOE
Secrétariat exécutif
01 BP 2214 Bobo-Dioulasso 01 - Burkina Faso
N/Réf. : 0347/ABK/SE/DC/25
C O M M U N I Q U E   D E   P R E S S E"""),
        X("Crue exceptionnelle de la Komoé : I'ABK appelle les riverains à la vigilance",
          "Crue exceptionnelle de la Komoé : l'ABK appelle les riverains à la vigilance"),
        X("                                                 Bobo-Dioulasso, le 2l novembre 2025",
          "Bobo-Dioulasso, le 21 novembre 2025"),
        ocr_par(H144[0], 84, "h144-0", [("3,40", "3,4O"), ("hydrométrique", "hydrornétrique"),
                                        ("centimètres", "centirnètres")]),
        ocr_par(H144[1], 84, "h144-1", [("212", "2l2"), ("communes", "cornmunes"),
                                        ("les plus", "1es plus")]),
        X(spaced("MESURES PRISES"), "MESURES PRISES"),
        ocr_par(H144[2], 84, "h144-2", [("L'ABK", "I'ABK"), ("30 %", "30 °/o")]),
        ocr_par(H144[3], 84, "h144-3", [("radiers", "radlers")]),
        L("Le Secrétaire exécutif,"),
        B("/ ~  ."),
        L("Dr Mamadou Ouédraogo-Kaboré"),
        X("Contact presse : Issa Traoré-Sanou, chargé de communication - (226) 70 23 45 12 -\n"
          "i.traore@abk-komoe.example.org",
          "Contact presse : Issa Traoré-Sanou, chargé de communication - (226) 70 23 45 12 - "
          "i.traore@abk-komoe.example.org"),
        B("""| |
Autorité du Bassin de la Komoé - 01 BP 2214 Bobo-Dioulasso 01 - Tél. (226) 20 97 14 85 - Fax (226) 20 97 14 86
www.abk-komoe.example.org"""),
    ],
    gold=dict(
        title="Crue exceptionnelle de la Komoé : l'ABK appelle les riverains à la vigilance",
        dateline=dl("Bobo-Dioulasso", "2025-11-21"),
        organisations=[org("Autorité du bassin de la Komoé", "ABK")],
        places=[place("Komoé"), place("Bobo-Dioulasso"), place("Folonzo"), place("Banfora"), place("Mangodara"),
                place("Niangoloko"), place("Sidéradougou"), place("Burkina Faso", "BF"), place("Côte d'Ivoire", "CI"),
                place("Moussodougou")],
        figures=[
            fig("le 21 novembre 2025", "2025-11-21", None, "date"),
            fig("3,40 mètres", 3.4, "mètres", "other"),
            fig("le 20 novembre 2025", "2025-11-20", None, "date"),
            fig("85 centimètres", 85, "centimètres", "other"),
            fig("2003", 2003, None, "year"),
            fig("212 millimètres", 212, "millimètres", "other"),
            fig("dix jours", 10, "jours", "duration"),
            fig("environ 4 600 personnes", 4600, "personnes", qualifier="environ"),
            fig("30 %", 30, "%", "percent"),
            fig("72 heures", 72, "heures", "duration"),
        ],
        phones=[phone("+22680001122", valid=False), phone("+22670234512")],
        emails=["i.traore@abk-komoe.example.org"],
        contacts=[contact("Issa Traoré-Sanou", "chargé de communication", None, ["+22670234512"],
                          ["i.traore@abk-komoe.example.org"])],
        notes="Text layer of a scanned and OCR'd press release of a (made-up) transboundary river-basin authority "
              "(Komoé basin, Burkina Faso and Côte d'Ivoire). New shape: OCR text. Boilerplate: a junk line of specks "
              "at the top and a stamp line between the signature's two lines ('/ ~  .', new tag 'stray-junk-line'), "
              "the letterhead above the title (PDF without CMS title, h56-h71: name without accents, service, BP "
              "address, the reference 'N/Réf. : 0347/ABK/SE/DC/25'), the letter-spaced document label 'C O M M U N I "
              "Q U E   D E   P R E S S E', a table-rule line '| |', and the letterhead footer with switchboard and "
              "fax. OCR confusions are repaired in the clean text to what the letter printed (new convention, new "
              "tag 'ocr-errors'): capital I for l ('I'ABK' twice), 1 and l swapped ('1es', '2l2', '2l novembre'), "
              "'rn' for 'm' ('hydrornétrique', 'centirnètres', 'cornmunes'), letter O for zero ('3,4O'), '°/o' for "
              "'%', 'radlers' for 'radiers'. The section heading is letter-spaced ('M E S U R E S   P R I S E S', new "
              "tag 'letter-spaced'): the clean text gives 'MESURES PRISES'. The OCR writes straight apostrophes "
              "(kept) and '-' for the contact line's dashes (kept). Hard wraps from the scan are joined. The "
              "right-aligned place-and-date line under the title is the dateline (h104-h119 rule for a PDF). "
              "'depuis 2003': '2003'. 'début novembre': a month alone. The signature (role and name) is not a "
              "contact; the contact line is. '80 00 11 22' is a Burkinabè freephone number offered to the public: a "
              "phone (not valid for phonenumbers), not a contact; the footer's numbers are boilerplate. 'barrage de "
              "Moussodougou': the town is listed as a place; 'directions régionales chargées de l'eau' are generic.",
    ),
))

# --------------------------------------------------------------------------- h145 regional economic commission: PDF text with a table read one cell per line and soft hyphens
H145 = [
    "Le taux d'inflation en glissement annuel dans l'Union économique et monétaire ouest-africaine (UEMOA) s'est "
    "établi à 2,1 % en octobre 2025, après 2,4 % en septembre, selon l'indice harmonisé des prix à la consommation "
    "(IHPC)¹ publié par la Commission de l'UEMOA. Il s'agit du niveau le plus bas depuis mars 2022.",
    "Le ralentissement s'explique principalement par le repli des prix des produits alimentaires frais (-1,4 % sur "
    "un mois), à la faveur des premières récoltes de la campagne 2025-2026, ainsi que par la stabilité des prix des "
    "carburants à la pompe dans six des huit États membres.",
    "Seul le Niger dépasse le plafond de 3 % fixé par le Pacte de convergence, de stabilité, de croissance et de "
    "solidarité, en raison de la hausse des prix du riz importé. Hors produits alimentaires et énergie, l'inflation "
    "sous-jacente s'établit à 1,7 % dans l'Union.",
    "La Commission prévoit une inflation moyenne de 2,3 % en 2025 et de 2,0 % en 2026, sous réserve de l'évolution "
    "des cours mondiaux du riz et du blé.",
]
H145_TABLE = [("Pays", "Septembre 2025", "Octobre 2025"), ("Bénin", "1,8", "1,5"), ("Burkina Faso", "3,2", "2,7"),
              ("Côte d'Ivoire", "2,6", "2,3"), ("Guinée-Bissau", "1,9", "2,0"), ("Mali", "2,9", "2,4"),
              ("Niger", "5,1", "4,6"), ("Sénégal", "1,2", "0,9"), ("Togo", "2,2", "1,9"), ("Union", "2,4", "2,1")]


def h145_par(i, extra=()):
    raw = shywrap(H145[i], 74, f"h145-{i}", 1)
    for a, b in extra:
        assert a in raw, a
        raw = raw.replace(a, b, 1)
    return X(raw, H145[i])


PAGES.append(Page(
    name="h145-uemoa-note-conjoncture-inflation-pdf",
    meta={"site": "www.uemoa-commission.example.int", "style": "economic-note-pdf-table",
          "defects": ["page-furniture", "hard-wrap", "soft-hyphen", "table-cells"]},
    blocks=[
        B("""UNION ECONOMIQUE ET MONETAIRE OUEST AFRICAINE
La Commission
Département des Politiques Économiques et de la Fiscalité Intérieure
Note de conjoncture n° 11 – novembre 2025"""),
        P("Inflation : la hausse des prix ralentit à 2,1 % dans l'Union en octobre 2025"),
        P("OUAGADOUGOU, 28 NOVEMBRE 2025"),
        h145_par(0),
        h145_par(1, [("alimentaires", "alimen\u00adtaires")]),
        P("Tableau 1 : Taux d'inflation en glissement annuel (%)"),
        X("\n".join(c for row in H145_TABLE for c in row), "\n".join(" ".join(row) for row in H145_TABLE)),
        P("Source : instituts nationaux de la statistique, calculs de la Commission."),
        B("1\nUEMOA – Note de conjoncture n° 11 – novembre 2025"),
        h145_par(2, [("sous-jacente", "sous-ja\u00adcente")]),
        h145_par(3, [("mondiaux", "mon\u00addiaux")]),
        P("¹ L'IHPC est calculé sur un panier commun aux huit États membres, base 100 en 2014."),
        L("Contact : Direction de la communication de la Commission – +226 25 31 88 73 – "
          "communication@uemoa-commission.example.int"),
        B("2"),
    ],
    gold=dict(
        title="Inflation : la hausse des prix ralentit à 2,1 % dans l'Union en octobre 2025",
        dateline=dl("OUAGADOUGOU", "2025-11-28"),
        organisations=[org("Union économique et monétaire ouest-africaine", "UEMOA"),
                       org("Commission de l'UEMOA", None)],
        places=[place("OUAGADOUGOU"), place("Bénin", "BJ"), place("Burkina Faso", "BF"),
                place("Côte d'Ivoire", "CI"), place("Guinée-Bissau", "GW"), place("Mali", "ML"), place("Niger", "NE"),
                place("Sénégal", "SN"), place("Togo", "TG")],
        figures=[
            fig("2,1 %", 2.1, "%", "percent"),
            fig("octobre 2025", 2025, None, "year"),
            fig("28 NOVEMBRE 2025", "2025-11-28", None, "date"),
            fig("2,4 %", 2.4, "%", "percent"),
            fig("mars 2022", 2022, None, "year"),
            fig("-1,4 %", -1.4, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("six", 6, None),
            fig("huit États", 8, "États"),
            fig("Septembre 2025", 2025, None, "year"),
            fig("Octobre 2025", 2025, None, "year"),
            fig("1,8", 1.8, "%", "percent"),
            fig("1,5", 1.5, "%", "percent"),
            fig("3,2", 3.2, "%", "percent"),
            fig("2,7", 2.7, "%", "percent"),
            fig("2,6", 2.6, "%", "percent"),
            fig("2,3", 2.3, "%", "percent"),
            fig("1,9", 1.9, "%", "percent"),
            fig("2,0", 2.0, "%", "percent"),
            fig("2,9", 2.9, "%", "percent"),
            fig("2,4", 2.4, "%", "percent"),
            fig("5,1", 5.1, "%", "percent"),
            fig("4,6", 4.6, "%", "percent"),
            fig("1,2", 1.2, "%", "percent"),
            fig("0,9", 0.9, "%", "percent"),
            fig("2,2", 2.2, "%", "percent"),
            fig("2,1", 2.1, "%", "percent"),
            fig("3 %", 3, "%", "percent"),
            fig("1,7 %", 1.7, "%", "percent"),
            fig("2,3 %", 2.3, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("2,0 %", 2.0, "%", "percent"),
            fig("en 2026", 2026, None, "year"),
            fig("en 2014", 2014, None, "year"),
        ],
        phones=[phone("+22625318873")],
        emails=["communication@uemoa-commission.example.int"],
        contacts=[contact(None, None, "Direction de la communication de la Commission", ["+22625318873"],
                          ["communication@uemoa-commission.example.int"])],
        notes="Text layer of a regional economic commission's monthly inflation note (PDF). Letterhead above the "
              "title (name without accents, commission, department, note number and month: PDF without CMS title, "
              "boilerplate), a bare page number '1' with the running header of page 2, and a final page number '2' "
              "(boilerplate). New PDF shapes: (1) the extractor kept soft hyphens (U+00AD, invisible) where the "
              "line breaks inside a word ('moné\\u00ad' + newline + 'taire', 'pro\\u00ad' + newline + 'duits', "
              "'carbu\\u00ad' + newline + 'rants') and inside three words in mid-line ('alimen\\u00adtaires', "
              "'sous-ja\\u00adcente', 'mon\\u00addiaux'): the clean text joins the word and drops the U+00AD (new "
              "tag 'soft-hyphen'); (2) the table comes out one cell per line (new tag 'table-cells'): the clean text "
              "gives one line per table row, its cells joined by a single space ('Bénin 1,8 1,5'), the header row "
              "too (new convention). The table cells under a '(%)' caption are percent figures with unit '%' "
              "although the text has no sign (new convention), one entry per distinct text ('2,4' and '2,1' differ "
              "from '2,4 %' and '2,1 %'; '1,9' once). The column heads 'Septembre 2025', 'Octobre 2025' are "
              "month-year figures, distinct from 'octobre 2025' in the title and body. The dateline is a capital "
              "place-and-date line under the title ('OUAGADOUGOU, 28 NOVEMBRE 2025'); the city only occurs in "
              "capitals (listed as written). '(-1,4 % sur un mois)': a negative percent. 'campagne 2025-2026': a "
              "season, two year figures. 'six des huit États membres': 'six' without noun. The footnote mark '¹' "
              "after '(IHPC)' stays; the footnote is article text; 'base 100' is an index base, not a figure (new "
              "convention); 'en 2014' a year. 'Pacte de convergence, ...': a pact, not an organisation. 'l'Union' "
              "and 'La Commission' alone are short references; the 'Commission de l'UEMOA' is listed besides the "
              "Union (an organ named with its parent, uncertain). 'instituts nationaux de la statistique': generic. "
              "The contact names the commission's department: kept as written.",
    ),
))

# --------------------------------------------------------------------------- h146 university network regional office (Bucharest): UTF-8 read as Latin-2, cedilla letters
PAGES.append(Page(
    name="h146-auf-bucarest-bourses-mobilite-doctorale",
    meta={"site": "europe-centrale.auf-reseau.example.ro", "style": "university-network-regional-office",
          "defects": ["menu", "breadcrumb", "mojibake-latin2", "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Agence universitaire de la Francophonie
Bureau Europe centrale et orientale
Română | Français | English
L'AUF | Nos membres | Appels à candidatures | Actualités | Publications | Contact
Accueil » Actualités » Appels à candidatures
Publié le 1 décembre 2025 | Catégorie : Mobilité"""),
        P("Mobilité : 240 bourses pour les doctorants des universités membres d'Europe centrale et orientale"),
        P("BUCAREST, 1er décembre 2025 – L'Agence universitaire de la Francophonie (AUF) ouvre son appel à "
          "candidatures pour l'année 2026 : 240 bourses de mobilité doctorale sont destinées aux doctorants de ses "
          "112 établissements membres dans 17 pays d'Europe centrale et orientale, du Caucase et d'Asie centrale.",
          moji="iso8859_2"),
        P("Les bourses, d'une durée de 3 à 6 mois, financent un séjour de recherche dans un laboratoire d'un autre pays "
          "de la région ou d'un pays francophone. Leur montant mensuel varie de 800 à 1 200 euros (soit environ 3 980 à "
          "5 970 lei) selon le pays d'accueil, auquel s'ajoute un forfait de voyage de 500 euros au maximum."),
        P("En 2025, 198 doctorants en ont bénéficié, dont 61 % de femmes. Les universités de Iaşi, de Cluj-Napoca et "
          "de Chişinău ont été les plus nombreuses à accueillir des boursiers."),
        P("« La mobilité est la clé d'une recherche francophone vivante dans notre région », souligne la directrice "
          "régionale, Ioana Dumitrescu-Vlad.", moji="iso8859_2"),
        P("Les candidatures sont reçues jusqu'au 31 janvier 2026 à minuit (heure de Bucarest) sur la plateforme de "
          "l'AUF. Les résultats seront publiés en avril 2026."),
        L("""Contact presse :
Andrei Ţurcanu, chargé de communication
Tél. : +40 (0)21 312 45 67 / Mobil : 0722 345 678
andrei.turcanu@auf-reseau.example.ro"""),
        B("""Mots-clés : mobilité, doctorat, bourses
Partager : Facebook | LinkedIn | E-mail
Actualités liées
Cluj-Napoca : 30 ans de filières francophones à l'université Babeș-Bolyai – 20/11/2025
Chișinău : forum régional des jeunes chercheurs – 14/11/2025
Bureau Europe centrale et orientale – Bd. Schitu Măgureanu nr. 1, sector 5 – 050025 București – România"""),
    ],
    gold=dict(
        title="Mobilité : 240 bourses pour les doctorants des universités membres d'Europe centrale et orientale",
        dateline=dl("BUCAREST", "2025-12-01"),
        organisations=[org("Agence universitaire de la Francophonie", "AUF")],
        places=[place("Europe centrale et orientale"), place("Bucarest"), place("Caucase"), place("Asie centrale"),
                place("Iaşi"), place("Cluj-Napoca"), place("Chişinău")],
        figures=[
            fig("240 bourses", 240, "bourses"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("2026", 2026, None, "year"),
            fig("112 établissements", 112, "établissements"),
            fig("17 pays", 17, "pays"),
            fig("3", 3, None, "duration"),
            fig("6 mois", 6, "mois", "duration"),
            fig("800", 800, None, "money", currency="EUR"),
            fig("1 200 euros", 1200, "euros", "money", currency="EUR"),
            fig("environ 3 980", 3980, None, "money", qualifier="environ", currency="RON"),
            fig("5 970 lei", 5970, "lei", "money", currency="RON"),
            fig("500 euros", 500, "euros", "money", currency="EUR"),
            fig("En 2025", 2025, None, "year"),
            fig("198 doctorants", 198, "doctorants"),
            fig("61 %", 61, "%", "percent"),
            fig("31 janvier 2026 à minuit", "2026-01-31", None, "date"),
            fig("avril 2026", 2026, None, "year"),
        ],
        phones=[phone("+40213124567"), phone("+40722345678")],
        emails=["andrei.turcanu@auf-reseau.example.ro"],
        contacts=[contact("Andrei Ţurcanu", "chargé de communication", None, ["+40213124567", "+40722345678"],
                          ["andrei.turcanu@auf-reseau.example.ro"])],
        notes="Regional office of a university network in Bucharest: network and office names, Romanian/French/"
              "English language line, menu, breadcrumb, 'Publié le ... | Catégorie' line; keywords, share line, "
              "'Actualités liées' headlines with dates, footer with address and Romanian postcode 050025 "
              "(boilerplate). The dateline paragraph and the quote are UTF-8 read as ISO-8859-2 (Latin-2), a "
              "Central-European mojibake that differs from cp1250: 'é' shows as 'ĂŠ', 'è' as 'Ă¨', '«' as 'ÂŤ', and "
              "the en dash as 'â' followed by two invisible C1 control characters (U+0080, U+0093): decoded in the "
              "clean text (new tag 'mojibake-latin2'). The body writes Romanian names with cedilla letters ('Iaşi', "
              "'Chişinău', 'Ţurcanu') where Romanian spelling wants comma-below letters (the chrome has 'Babeș', "
              "'Chișinău'): kept as written, like other spelling variants (new convention); the places are listed "
              "as the article writes them. Dateline 'BUCAREST, 1er décembre 2025 –' (place as written, 'Bucarest' "
              "also listed in normal case). 'pour l'année 2026': '2026'. 'de 3 à 6 mois': a duration range. 'de 800 "
              "à 1 200 euros': first bound bare money; the same range in Romanian lei '(soit environ 3 980 à 5 970 "
              "lei)': RON, the qualifier stays with the first bound ('environ 3 980', unit null). 'au maximum' after '500 euros' is not a qualifier. 'jusqu'au "
              "31 janvier 2026 à minuit': a date with a clock time, one date figure ('minuit' is the time). 'en "
              "avril 2026': month-year. Regions 'Europe centrale et orientale', 'Caucase', 'Asie centrale' are "
              "places without iso. Romanian numbers: '+40 (0)21 ...' (trunk 0 in brackets dropped) and a mobile "
              "'0722 ...' without country code ('Mobil' is the Romanian label).",
    ),
))

# --------------------------------------------------------------------------- h147 Egyptian French-language weekly: Hijri date line, double-escaped entities, in-body "Lire aussi", glued sentence
PAGES.append(Page(
    name="h147-echo-du-nil-centrale-solaire-kom-ombo",
    meta={"site": "www.echo-du-nil.example.eg", "style": "egyptian-french-weekly",
          "defects": ["menu", "date-widget", "html-debris", "body-glued", "read-more", "share-lines", "ticker"]},
    blocks=[
        B("""L’Écho du Nil – Hebdomadaire égyptien de langue française
Mercredi 3 décembre 2025 – 12 Joumada al-Akhira 1447
Égypte | Monde arabe | Économie | Culture | Sports | Opinion | Archives
ÉCONOMIE › Énergie"""),
        P("Kom Ombo : une centrale solaire de 500 mégawatts raccordée au réseau"),
        B("Par Nadia Abdel-Ghani – Publié le 03/12/2025 à 14:20"),
        P("Le Caire, 3 décembre (MENA) – La première tranche de 200 mégawatts de la centrale solaire de Kom Ombo, dans "
          "le gouvernorat d’Assouan, a été raccordée mardi au réseau national, a annoncé la Compagnie égyptienne de "
          "transport d’électricité (EETC)."),
        P("D’une capacité totale de 500 mégawatts, la centrale couvrira à terme les besoins de quelque 350 000 foyers. "
          "Le projet, d’un coût de 540 millions de dollars, est financé par un consortium émirati-égyptien et par la "
          "Banque africaine de développement (BAD), qui a accordé un prêt de 150 millions de dollars.[[||\n]]"
          "L’électricité sera achetée pendant 25 ans au tarif de 2,45 cents le kilowattheure."),
        P(ent2("Selon le ministère de l’Électricité et des Énergies renouvelables, la part des renouvelables dans le "
               "mix électrique de l’Égypte atteint 13 % en 2025. L’objectif officiel est de la porter à 42 % d’ici "
               "2030.")),
        B("Lire aussi : Le Caire accueille le premier forum africain de l’hydrogène vert"),
        P("Sur place, le chantier a employé jusqu’à 2 800 ouvriers, dont 70 % originaires de la région. « Kom Ombo "
          "était connue pour sa canne à sucre et son temple. Elle le sera désormais pour son soleil », a déclaré le "
          "gouverneur d’Assouan, le général Hossam Eddine Farag."),
        P("Pour les ménages, le prix du kilowattheure reste fixé entre 0,68 et 2,23 livres égyptiennes selon la "
          "tranche de consommation, après la hausse de 18 % décidée en août 2025."),
        B("""Tags : énergie, solaire, Assouan, BAD
Partager : Facebook | X | WhatsApp
Les plus lus
1. Alexandrie : la nouvelle corniche ouvrira au printemps
2. Le Grand Musée égyptien dépasse les 5 millions de visiteurs
3. Football : Al-Ahly en finale de la Ligue des champions africaine
L’Écho du Nil – 14, rue Champollion, Le Caire – Tél. : +20 2 2575 1234
© 2025 L’Écho du Nil – Tous droits réservés"""),
    ],
    gold=dict(
        title="Kom Ombo : une centrale solaire de 500 mégawatts raccordée au réseau",
        dateline=dl("Le Caire", "--12-03"),
        organisations=[org(None, "MENA"), org("Compagnie égyptienne de transport d’électricité", "EETC"),
                       org("Banque africaine de développement", "BAD"),
                       org("ministère de l’Électricité et des Énergies renouvelables", None)],
        places=[place("Kom Ombo"), place("Le Caire"), place("Assouan"), place("Égypte", "EG")],
        figures=[
            fig("500 mégawatts", 500, "mégawatts", "other"),
            fig("3 décembre", "--12-03", None, "date"),
            fig("200 mégawatts", 200, "mégawatts", "other"),
            fig("quelque 350 000 foyers", 350000, "foyers", qualifier="quelque"),
            fig("540 millions de dollars", 540000000, "dollars", "money", currency="USD"),
            fig("150 millions de dollars", 150000000, "dollars", "money", currency="USD"),
            fig("25 ans", 25, "ans", "duration"),
            fig("2,45 cents", 2.45, "cents", "money", currency="USD"),
            fig("13 %", 13, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("42 %", 42, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("jusqu’à 2 800 ouvriers", 2800, "ouvriers", qualifier="jusqu’à"),
            fig("70 %", 70, "%", "percent"),
            fig("0,68", 0.68, None, "money", currency="EGP"),
            fig("2,23 livres égyptiennes", 2.23, "livres égyptiennes", "money", currency="EGP"),
            fig("18 %", 18, "%", "percent"),
            fig("août 2025", 2025, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Egyptian French-language weekly: masthead, a date line giving the Gregorian and the Hijri "
              "date ('12 Joumada al-Akhira 1447', new tag 'date-widget': boilerplate, its numbers are not figures), "
              "menu, rubric line, byline with publication time under the title; an in-body 'Lire aussi : ...' link "
              "line between two paragraphs (boilerplate, tag 'read-more'); tags, share line, 'Les plus lus' numbered "
              "headlines, footer with address and switchboard number, copyright (boilerplate). Damage: in one "
              "paragraph every ’ is a double-escaped entity ('l&amp;rsquo;Électricité', 'd&amp;rsquo;ici': the "
              "CMS escaped the entity's '&' again): the clean text gives ’ (fully decoded, new convention); a "
              "sentence glued to the one before ('150 millions de dollars.L’électricité'). Dateline 'Le Caire, 3 "
              "décembre (MENA) –': no year ('--12-03'); the agency 'MENA' is an organisation with long form null "
              "(README: agencies named in a dateline). '2,45 cents le kilowattheure': money USD (the project is in "
              "dollars), value as written and unit 'cents' (new convention: the value is not converted to "
              "dollars). 'entre 0,68 et 2,23 livres égyptiennes': first bound bare money, EGP. 'EETC' is the "
              "English acronym of the company named in French (listed as written). 'en août 2025': month-year. "
              "'d’ici 2030': '2030'. 'La première tranche': ordinal word. 'gouvernorat d’Assouan': Assouan listed; "
              "'émirati-égyptien' is an adjective. The governor named in the quote's attribution is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h148 court press release, PDF text: two-line title, footnote marks flattened to digits, trailing spaces, legal references
H148 = [
    "Un pompier volontaire de la commune de Dudelange, au Luxembourg, contestait le refus de son employeur de "
    "considérer comme temps de travail les périodes de garde qu'il effectue à domicile. Pendant ces gardes, qui "
    "représentent en moyenne 62 heures par semaine, il doit pouvoir rejoindre la caserne en moins de dix minutes en "
    "tenue d'intervention.",
    "Saisie par la Cour administrative du Luxembourg, la Cour de justice rappelle que la notion de temps de travail, "
    "au sens de la directive 2003/88/CE¹, s'apprécie au regard des contraintes imposées au travailleur. Une période "
    "de garde doit être qualifiée de temps de travail lorsque ces contraintes affectent objectivement et très "
    "significativement sa faculté de gérer librement son temps.",
    "La Cour relève qu'un délai d'intervention de dix minutes, assorti d'une moyenne de 4 à 5 interventions par "
    "garde, est de nature à limiter très significativement la possibilité pour le pompier de se consacrer à ses "
    "intérêts personnels. Il appartient toutefois à la juridiction nationale de vérifier, au vu de l'ensemble des "
    "circonstances, si tel est le cas en l'espèce².",
    "La Cour précise enfin que la rémunération des périodes de garde ne relève pas de la directive : les États "
    "membres peuvent prévoir, pour le temps de travail effectif et pour les périodes de garde, des rémunérations "
    "différentes.",
    "RAPPEL : Le renvoi préjudiciel permet aux juridictions des États membres, dans le cadre d'un litige dont elles "
    "sont saisies, d'interroger la Cour sur l'interprétation du droit de l'Union ou sur la validité d'un acte de "
    "l'Union. La Cour ne tranche pas le litige national. Il appartient à la juridiction nationale de résoudre "
    "l'affaire conformément à la décision de la Cour.",
]


def h148_par(i):
    return X(trailing(H148[i], 96, f"h148-{i}").replace("¹", "1").replace("²", "2"), H148[i])


PAGES.append(Page(
    name="h148-cour-justice-ue-garde-pompiers-pdf",
    meta={"site": "curia-presse.example.eu", "style": "court-press-release-pdf",
          "defects": ["page-furniture", "hard-wrap", "pdf-footnote-digit", "trailing-spaces"]},
    blocks=[
        B("Cour de justice de l'Union européenne\nCOMMUNIQUÉ DE PRESSE n° 187/25"),
        X("Le temps de garde à domicile d'un pompier volontaire peut constituer du temps de travail \n"
          "lorsqu'il doit rejoindre la caserne en moins de dix minutes ",
          "Le temps de garde à domicile d'un pompier volontaire peut constituer du temps de travail lorsqu'il doit "
          "rejoindre la caserne en moins de dix minutes"),
        X("                                                            Luxembourg, le 4 décembre 2025 ",
          "Luxembourg, le 4 décembre 2025"),
        X("Arrêt dans l'affaire C-418/24 | Commune de Dudelange ",
          "Arrêt dans l'affaire C-418/24 | Commune de Dudelange"),
        h148_par(0),
        h148_par(1),
        B("Direction de la Communication   Unité Presse et information   curia-presse.example.eu\n1/2"),
        h148_par(2),
        h148_par(3),
        h148_par(4),
        X("Document non officiel à l'usage des médias, qui n'engage pas la Cour de justice. ",
          "Document non officiel à l'usage des médias, qui n'engage pas la Cour de justice."),
        X("Le texte intégral de l'arrêt est publié sur le site CURIA le jour du prononcé. ",
          "Le texte intégral de l'arrêt est publié sur le site CURIA le jour du prononcé."),
        X("Contact presse : Sophie Wagner-Kieffer ☎ (+352) 4303 3355 ",
          "Contact presse : Sophie Wagner-Kieffer ☎ (+352) 4303 3355"),
        X("1 Directive 2003/88/CE du 4 novembre 2003 concernant certains aspects de l'aménagement du temps de travail \n"
          "(JO 2003, L 299, p. 9). \n"
          "2 Voir, en ce sens, arrêt du 9 mars 2021, Radiotelevizija Slovenija, C-344/19, EU:C:2021:182, point 61. ",
          "¹ Directive 2003/88/CE du 4 novembre 2003 concernant certains aspects de l'aménagement du temps de travail "
          "(JO 2003, L 299, p. 9).\n"
          "² Voir, en ce sens, arrêt du 9 mars 2021, Radiotelevizija Slovenija, C-344/19, EU:C:2021:182, point 61."),
        B("Direction de la Communication   Unité Presse et information   curia-presse.example.eu\n2/2"),
    ],
    gold=dict(
        title="Le temps de garde à domicile d'un pompier volontaire peut constituer du temps de travail lorsqu'il "
              "doit rejoindre la caserne en moins de dix minutes",
        dateline=dl("Luxembourg", "2025-12-04"),
        organisations=[org("Cour administrative du Luxembourg", None), org("Cour de justice", None)],
        places=[place("Luxembourg", "LU"), place("Dudelange")],
        figures=[
            fig("moins de dix minutes", 10, "minutes", "duration", qualifier="moins de"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("62 heures", 62, "heures", "duration"),
            fig("dix minutes", 10, "minutes", "duration"),
            fig("4", 4, None),
            fig("5 interventions", 5, "interventions"),
        ],
        phones=[phone("+35243033355")],
        emails=[],
        contacts=[contact("Sophie Wagner-Kieffer", None, None, ["+35243033355"], [])],
        notes="Text layer of a press release of the EU Court of Justice (PDF; the case and the people are made up). "
              "The institution line and the release number above the title are a letterhead (PDF without CMS title, "
              "h56-h71: boilerplate); the page footers ('Direction de la Communication   Unité Presse et information "
              "  site' and 'n/2') are boilerplate. The title is broken over two lines (one clean line, h104-h119); the "
              "right-aligned 'Luxembourg, le 4 décembre 2025' under it is the dateline; the case line 'Arrêt dans "
              "l'affaire C-418/24 | Commune de Dudelange' is article text (a subtitle). Every extracted line ends "
              "with a space (new tag 'trailing-spaces': removed when the lines are joined). The footnote marks "
              "were superscripts and came out as plain digits glued to the word ('2003/88/CE1', 'l'espèce2.') and "
              "at the head of the footnotes ('1 Directive ...'): the clean text gives the superscript marks back "
              "('¹', '²'), the character that was lost (new convention, new tag 'pdf-footnote-digit'); the marks "
              "are not figures. Numbers and dates of legal references are not figures (new convention, as numbers "
              "in names and references): the case numbers 'C-418/24', 'C-344/19', the act 'directive 2003/88/CE' "
              "and its date 'du 4 novembre 2003', the journal reference 'JO 2003, L 299, p. 9', the cited judgment "
              "'arrêt du 9 mars 2021', the ECLI 'EU:C:2021:182' and 'point 61'. 'RAPPEL : ...' (the standard "
              "reminder on preliminary references), the disclaimer 'Document non officiel ...' and the line on the "
              "full text are the release's own trailer: article text (README). 'en moins de dix minutes' (title "
              "and body: one text) and the later bare 'dix minutes': two texts. 'en moyenne 62 heures par semaine': "
              "'62 heures'. 'de 4 à 5 interventions': range, first bound bare. 'Luxembourg' is the dateline's city "
              "and, in 'au Luxembourg', the country: one place, iso LU (as the h120-h135 city-state rule). 'la "
              "commune de Dudelange' and the party name 'Commune de Dudelange' are the town (place 'Dudelange', not "
              "an organisation, README 'Ville de X' rule). The Court is written 'Cour de justice' in the article "
              "(its full name only in the letterhead). 'CURIA' is the name of the court's website. The contact line "
              "uses a telephone sign '☎' as its label: one contact with a person and a phone.",
    ),
))

# --------------------------------------------------------------------------- h149 Vietnamese French-language daily: old-CMS hard wraps, Latin-1 mojibake, glued heading, œ as '?'
PAGES.append(Page(
    name="h149-courrier-hanoi-da-nang-usine-puces",
    meta={"site": "www.courrier-hanoi.example.vn", "style": "vietnamese-french-daily",
          "defects": ["menu", "hard-wrap", "mojibake-latin1", "heading-glued", "oe-question-mark", "share-lines",
                      "ticker"]},
    wrap=72, jitter=8,
    blocks=[
        B("""Le Courrier de Hanoï
Quotidien d’information en langue française
Thứ Ba, 02/12/2025 – Mardi 2 décembre 2025
Tiếng Việt | Français | English
Accueil | Politique | Économie | Société | Culture | Francophonie | Tourisme
Économie » Entreprises"""),
        P("Dà Nang : une usine de puces électroniques va créer 3 000 emplois", nowrap=True),
        B("Publié le 02/12/2025 à 09:45 – Mis à jour à 11:02"),
        P("Dà Nang, 2 déc. 2025 (VNA) – Le groupe sud-coréen Hanseong Semicon a inauguré lundi, dans le parc de haute "
          "technologie de Dà Nang, une usine d’assemblage et de test de puces électroniques représentant un "
          "investissement de 1,1 milliard de dollars. L’usine emploiera 3 000 personnes d’ici fin 2027, dont 450 "
          "ingénieurs."),
        P("Un pari sur la main-d’œuvre locale", oe="?", nowrap=True),
        P("Selon le Comité populaire de Dà Nang, 70 % des postes seront pourvus par des diplômés vietnamiens, "
          "notamment de l’Université de Dà Nang, qui ouvrira en 2026 une filière de 200 places consacrée aux "
          "semi-conducteurs. Le salaire mensuel d’un technicien débutant est fixé à 12 millions de dôngs, soit "
          "environ 470 dollars.", glue=True, moji="latin-1"),
        P("Le Vietnam ambitionne de former 50⏎000 ingénieurs en semi-conducteurs d’ici 2030. Le secteur a attiré 4,6 "
          "milliards de dollars d’investissements directs étrangers au cours des dix premiers mois de l’année, en "
          "hausse de 38 % sur un an, selon le ministère des Finances."),
        P("« Dà Nang offre une main-d’œuvre qualifiée, un aéroport international et une vraie qualité de vie », a "
          "déclaré le directeur général du groupe au Vietnam, Park Jun-seo, en présence de la vice-présidente du "
          "Comité populaire, Mme Nguyễn Thị Thu Hà.", oe="?"),
        P("Les entreprises vietnamiennes intéressées par le programme de fournisseurs locaux peuvent contacter le "
          "Centre de promotion de l’investissement de Dà Nang au (84-236) 3822 145 ou à l’adresse "
          "ipc@danang-invest.example.vn."),
        B("""Partager | Imprimer | Envoyer à un ami
Autres articles
• Hô Chi Minh-Ville : la ligne 2 du métro entre en chantier (01/12/2025)
• Hai Phong : record de conteneurs au port de Lach Huyên (30/11/2025)
Le Courrier de Hanoï – 33, rue Lý Thường Kiệt, Hanoï – Tél. : (84-24) 3826 1234
Licence de presse n° 412/GP-BTTTT – © 2025 Le Courrier de Hanoï"""),
    ],
    gold=dict(
        title="Dà Nang : une usine de puces électroniques va créer 3 000 emplois",
        dateline=dl("Dà Nang", "2025-12-02"),
        organisations=[org(None, "VNA"), org("Hanseong Semicon", None), org("Comité populaire de Dà Nang", None),
                       org("Université de Dà Nang", None), org("ministère des Finances", None),
                       org("Centre de promotion de l’investissement de Dà Nang", None)],
        places=[place("Dà Nang"), place("Vietnam", "VN")],
        figures=[
            fig("3 000 emplois", 3000, "emplois"),
            fig("2 déc. 2025", "2025-12-02", None, "date"),
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("3 000 personnes", 3000, "personnes"),
            fig("2027", 2027, None, "year"),
            fig("450 ingénieurs", 450, "ingénieurs"),
            fig("70 %", 70, "%", "percent"),
            fig("en 2026", 2026, None, "year"),
            fig("200 places", 200, "places"),
            fig("12 millions de dôngs", 12000000, "dôngs", "money", currency="VND"),
            fig("environ 470 dollars", 470, "dollars", "money", qualifier="environ", currency="USD"),
            fig("50 000 ingénieurs", 50000, "ingénieurs"),
            fig("2030", 2030, None, "year"),
            fig("4,6 milliards de dollars", 4600000000, "dollars", "money", currency="USD"),
            fig("dix premiers mois", 10, "mois", "duration"),
            fig("38 %", 38, "%", "percent"),
        ],
        phones=[phone("+842363822145")],
        emails=["ipc@danang-invest.example.vn"],
        contacts=[contact(None, None, "Centre de promotion de l’investissement de Dà Nang", ["+842363822145"],
                          ["ipc@danang-invest.example.vn"])],
        notes="A (made-up) Vietnamese French-language daily on an old CMS: masthead, slogan, a date line in "
              "Vietnamese and French, language line, menu, rubric breadcrumb, a 'Publié le ... – Mis à jour à ...' "
              "line under the title; share line, 'Autres articles' headlines with dates, footer with address and "
              "switchboard, press licence number and copyright (boilerplate). The body is hard-wrapped by the CMS "
              "(title and heading excepted). The heading 'Un pari sur la main-d’?uvre locale' (œ as '?') is glued to "
              "the paragraph after it, and that paragraph is UTF-8 read as Latin-1 (ISO-8859-1), not cp1252: 'é' "
              "shows as 'Ã©' but '’' as 'â' followed by two invisible C1 control characters (U+0080, U+0099) and "
              "'à' as 'Ã' + no-break space: decoded in the clean text (new tag 'mojibake-latin1'). œ as '?' again "
              "in the quote. Dateline 'Dà Nang, 2 déc. 2025 (VNA) –' (abbreviated month with year, agency in "
              "brackets: organisation 'VNA' with long form null). The city is written the French way 'Dà Nang' "
              "(kept). 'd’ici fin 2027': '2027' (the period noun stays out). The wrap splits '50'⏎'000 ingénieurs' (one figure '50 000 ingénieurs'). 'dix premiers mois': a duration, the "
              "adjective before the noun stays. 'dôngs': VND. 'sur un an': not a figure. 'sud-coréen', "
              "'vietnamiens' are adjectives. The last paragraph is a body sentence giving an office's phone "
              "('(84-236) 3822 145': country code and Da Nang area code in brackets joined by a hyphen) and e-mail: "
              "one contact with person null and the centre as organisation (also listed as an organisation, being "
              "named in the article). The people named in the quote's attribution are not contacts.",
    ),
))

# --------------------------------------------------------------------------- h150 Martinique banana producers' association: ’ and œ dropped, obfuscated '(at)/(dot)' e-mail, hidden e-mail, fax
PAGES.append(Page(
    name="h150-apbm-martinique-production-banane-2025",
    meta={"site": "www.banane-martinique-producteurs.example.mq", "style": "producer-association-site",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "lost-apostrophe", "lost-oe", "obfuscated-email",
                      "hidden-email", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Association des producteurs de bananes de Martinique
Banane de Martinique – Le goût de nos terres
Banane de Martinique – Le goût de nos terres
Accueil | Qui sommes-nous ? | La filière | Nos planteurs | Espace presse | Contact
Espace presse > Communiqués 2025"""),
        P("Banane : la production 2025 remonte à 172 000 tonnes malgré la cercosporiose noire"),
        P("Fort-de-France, le mardi 2 décembre 2025 – L’Association des producteurs de bananes de Martinique (APBM) "
          "a présenté hier ses résultats provisoires pour la campagne 2025 : la production devrait atteindre "
          "172 000 tonnes, en hausse de 9 % sur un an, mais encore loin des 220 000 tonnes produites avant la crise de "
          "2017.", apos="drop"),
        P("La filière compte aujourd’hui 340 planteurs et fait vivre directement quelque 5 800 salariés, ce qui en "
          "fait le premier employeur privé de la Martinique. Plus des trois quarts de la production sont expédiés "
          "vers l’Hexagone, le reste vers l’Europe du Nord, via le port de Fort-de-France.", apos="drop"),
        P("La cercosporiose noire, un champignon qui détruit les feuilles du bananier, a touché 1 400 hectares cette "
          "année, soit près d’un cinquième des surfaces cultivées. L’APBM a mis en œuvre un plan de lutte de "
          "3,2 millions d’euros, financé à 75 % par le Programme d’options spécifiques à l’éloignement et à "
          "l’insularité (POSEI).", apos="drop", oe="drop"),
        P("« Nos planteurs ont du cœur à l’ouvrage, mais ils ont besoin de visibilité sur les aides européennes "
          "après 2027 », a déclaré le président de l’association, Jean-Marc Sainte-Rose.", oe="drop"),
        P("Les résultats définitifs seront présentés lors de l’assemblée générale du vendredi 20 mars 2026 à 9 h, à "
          "Basse-Pointe."),
        L("""Contacts presse :
Maryse Joseph-Angélique, chargée de communication – 05 96 63 41 20 / 06 96 45 12 78
Fax : 05 96 63 41 29
communication (at) banane-martinique-producteurs (dot) mq
Secrétariat : [email protected]"""),
        B("""Partager sur : Facebook – Instagram – LinkedIn
Retour à la liste des communiqués
APBM – Immeuble Les Cascades, Place d’Armes – 97232 Le Lamentin – Martinique
Mentions légales – Politique de confidentialité – Plan du site"""),
    ],
    gold=dict(
        title="Banane : la production 2025 remonte à 172 000 tonnes malgré la cercosporiose noire",
        dateline=dl("Fort-de-France", "2025-12-02"),
        organisations=[org("Association des producteurs de bananes de Martinique", "APBM")],
        places=[place("Fort-de-France"), place("Martinique"), place("Europe du Nord"), place("Basse-Pointe")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("172 000 tonnes", 172000, "tonnes", "other"),
            fig("le mardi 2 décembre 2025", "2025-12-02", None, "date"),
            fig("9 %", 9, "%", "percent"),
            fig("220 000 tonnes", 220000, "tonnes", "other"),
            fig("2017", 2017, None, "year"),
            fig("340 planteurs", 340, "planteurs"),
            fig("quelque 5 800 salariés", 5800, "salariés", qualifier="quelque"),
            fig("Plus des trois quarts", 0.75, None, "other", qualifier="Plus des"),
            fig("1 400 hectares", 1400, "hectares", "other"),
            fig("près d’un cinquième", 0.2, None, "other", qualifier="près d’"),
            fig("3,2 millions d’euros", 3200000, "euros", "money", currency="EUR"),
            fig("75 %", 75, "%", "percent"),
            fig("2027", 2027, None, "year"),
            fig("vendredi 20 mars 2026 à 9 h", "2026-03-20", None, "date"),
        ],
        phones=[phone("+596596634120"), phone("+596696451278"), phone("+596596634129", kind="fax")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Maryse Joseph-Angélique", "chargée de communication", None,
                          ["+596596634120", "+596696451278", "+596596634129"], []),
                  contact(None, None, "Secrétariat", [], [])],
        notes="Site of a (made-up) Martinique banana producers' association: association name, slogan printed twice, "
              "menu, breadcrumb; share line, 'Retour à la liste', footer with address and 97232 postcode, legal line "
              "(boilerplate). ’ dropped in the first three paragraphs ('LAssociation', 'aujourdhui', 'lHexagone', "
              "'dun cinquième', 'deuros' ...), œ dropped in the third and fourth ('mis en uvre', 'du c ur'). "
              "Dateline with a weekday ('Fort-de-France, le mardi 2 décembre 2025 –'): the figure keeps the weekday "
              "('le mardi 2 décembre 2025'). 'la production 2025', 'la campagne 2025': a year dating a season "
              "('2025', once). 'la crise de 2017': '2017'. 'sur un an', 'cette année': not figures. 'Plus des trois "
              "quarts' = 0.75 with the qualifier as written ('Plus des', new convention: the 'des' of a fraction "
              "stays with the qualifier); 'près d’un cinquième' = 0.2. 'après 2027': '2027'. 'du vendredi 20 mars "
              "2026 à 9 h': one date figure from the weekday (the 'du' stays out). 'POSEI' is a programme (not an "
              "organisation). 'l’Hexagone' (mainland France) is generic like 'métropole'; 'Europe du Nord' a region "
              "(place); 'Martinique' an overseas territory (iso null); 'port de Fort-de-France' gives the town "
              "once. Contacts: a person with a landline (05 96), a mobile (06 96) and a fax, French overseas numbers "
              "without country code (+596); her e-mail is obfuscated with '(at)' and '(dot)' (kept, not listed); "
              "the 'Secrétariat' line holds only a hidden e-mail: an office contact with nothing but its label.",
    ),
))

# --------------------------------------------------------------------------- h151 Armenian foundation: browser print view (print header/footer with a page break inside a paragraph), double cp1252
H151_P3 = ("Le projet, d'un coût de 410 000 euros, a été financé par des donateurs privés, la Ville de Lyon et "
           "l'Agence française de développement (AFD). Le ministère arménien de la Santé prend en charge les salaires "
           "des 14 soignants pendant cinq ans.")
H151_HEAD = ("04/12/2025 10:12                                   Un centre de dépistage du cancer du sein ouvre à "
             "Gumri – Fondation Erebouni")
H151_URL = "https://www.fondation-erebouni.example.am/fr/actualites/centre-depistage-gumri"
PAGES.append(Page(
    name="h151-fondation-erebouni-gumri-depistage-print",
    meta={"site": "www.fondation-erebouni.example.am", "style": "browser-print-view",
          "defects": ["page-furniture", "print-furniture", "breadcrumb", "mojibake-double-cp1252"]},
    blocks=[
        B(H151_HEAD + "\nFondation Erebouni – Santé et solidarité en Arménie\nAccueil › Actualités › Santé"),
        P("Un centre de dépistage du cancer du sein ouvre à Gumri"),
        P("Erevan, 27/11/2025 – La Fondation Erebouni, créée en 1994 par des médecins de la diaspora arménienne de "
          "France, a ouvert mardi à Gumri, deuxième ville d'Arménie, un centre de dépistage du cancer du sein équipé "
          "de deux mammographes numériques."),
        P("Le centre pourra réaliser jusqu'à 9 000 examens par an. Il est destiné en priorité aux femmes de 40 à 69 "
          "ans de la région de Chirak, où le taux de dépistage ne dépasse pas 12 %. Les examens sont gratuits pour "
          "les femmes titulaires d'une carte sociale ; pour les autres, leur prix est fixé à 5 000 drams (environ "
          "11,50 euros).", moji="cp1252x2"),
        X(H151_P3[:H151_P3.index(" les salaires")], H151_P3),
        B(f"{H151_URL}                              1/2\n{H151_HEAD}"),
        X(H151_P3[H151_P3.index("les salaires"):], ""),
        P("« Chaque année, près de 1 300 Arméniennes apprennent qu'elles ont un cancer du sein, souvent à un stade "
          "avancé. Le dépistage précoce change tout », a souligné la présidente de la fondation, la Dre Anahit "
          "Sarkissian-Morel."),
        P("Un second centre doit ouvrir à Vanadzor en 2027."),
        L("""Contact presse :
Léna Petrossian – +374 10 54 32 10 – +33 1 44 37 83 20 (bureau de Paris)
lena.petrossian@fondation-erebouni.example.am"""),
        B(f"© Fondation Erebouni 2025 – Association loi 1901 – Mentions légales\n"
          f"{H151_URL}                              2/2"),
    ],
    gold=dict(
        title="Un centre de dépistage du cancer du sein ouvre à Gumri",
        dateline=dl("Erevan", "2025-11-27"),
        organisations=[org("Fondation Erebouni", None), org("Agence française de développement", "AFD"),
                       org("ministère arménien de la Santé", None)],
        places=[place("Gumri"), place("Erevan"), place("France", "FR"), place("Arménie", "AM"), place("Chirak"),
                place("Lyon"), place("Vanadzor"), place("Paris")],
        figures=[
            fig("27/11/2025", "2025-11-27", None, "date"),
            fig("en 1994", 1994, None, "year"),
            fig("deux mammographes", 2, "mammographes"),
            fig("jusqu'à 9 000 examens", 9000, "examens", qualifier="jusqu'à"),
            fig("40", 40, None, "age"),
            fig("69 ans", 69, "ans", "age"),
            fig("12 %", 12, "%", "percent"),
            fig("5 000 drams", 5000, "drams", "money", currency="AMD"),
            fig("environ 11,50 euros", 11.5, "euros", "money", qualifier="environ", currency="EUR"),
            fig("410 000 euros", 410000, "euros", "money", currency="EUR"),
            fig("14 soignants", 14, "soignants"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("près de 1 300 Arméniennes", 1300, "Arméniennes", qualifier="près de"),
            fig("en 2027", 2027, None, "year"),
        ],
        phones=[phone("+37410543210"), phone("+33144378320")],
        emails=["lena.petrossian@fondation-erebouni.example.am"],
        contacts=[contact("Léna Petrossian", None, None, ["+37410543210", "+33144378320"],
                          ["lena.petrossian@fondation-erebouni.example.am"])],
        notes="A page of a (made-up) Franco-Armenian health foundation as the browser printed it to PDF and the text "
              "was extracted (new style): the browser's print header (date and time of printing, then the page's "
              "title and site name) and print footer (the page URL and 'n/2') are boilerplate (new tag "
              "'print-furniture'), as are the site name line, the breadcrumb and the copyright line. The page break "
              "falls inside a paragraph: the raw paragraph stops at 'prend en charge', the print footer and the next "
              "page's header follow, and the paragraph goes on with 'les salaires ...'; the clean text gives the "
              "paragraph whole on one line (new convention: running page furniture inside a paragraph is removed "
              "and the two halves are joined). The second paragraph is UTF-8 encoded twice and read as cp1252 "
              "('dÃƒÂ©pistage'). Dateline 'Erevan, 27/11/2025 –' (numeric date, the figure text '27/11/2025'). "
              "'créée en 1994': 'en 1994'. 'deuxième ville': ordinal word. 'des femmes de 40 à 69 ans': age range. "
              "'par an': not a figure. Armenian drams: AMD, unit 'drams'. 'près de 1 300 Arméniennes': the "
              "demonym is the counted noun (unit 'Arméniennes'). 'la Ville de Lyon' is the town (place 'Lyon', "
              "README 'Ville de X' rule). 'la diaspora arménienne de France': 'France' listed; 'arménien(ne)' "
              "adjectives. 'Chirak' is a region. The contact line has an Armenian landline and a Paris number with "
              "an office label '(bureau de Paris)': Paris listed as a place (README: the city of an office label); "
              "no role.",
    ),
))
