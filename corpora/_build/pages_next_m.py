"""h264-h279: the blind set written in session 16 (corpora/next), never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_v.py, pages_dev_w.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, notebooks/, docs/, the project
README, the Makefile, the other page sources or any page of dev/ and heldout/). h264-h268 come from one made-up press
room, the Université de Djibouti's (Djibouti), sharing its skip line, language line, audience bar, site name and motto,
a `+` expander menu, search line, breadcrumb, a metadata line under the title, tags line, share line, an academic
countdown widget, a related block of three-line cards, a back-to-top line and a four-line footer, with small variations
from page to page; h269-h279 come from eleven other sites, one page each: the Médiateur du Faso in Ouagadougou (h269,
clean), a Franco-Cambodian demining NGO in Battambang (h270, English under French/Khmer chrome), a Swiss TV teletext
service (h271, listing), the UNESCO office in Rabat (h272), Haiti's agriculture ministry on an old CMS (h273), a
Congolese (Kinshasa) press agency's wire reprinted by a portal (h274), a Central African NGO's report in an online
document reader (h275), the Senegal river basin organisation in Dakar (h276), a Moroccan bank's annual results
release in PDF (h277), the commune of Ixelles in Brussels with a Dutch/French chrome (h278) and the African Court on
Human and Peoples' Rights in Arusha (h279).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "'": "&#039;", "œ": "&oelig;", "û": "&ucirc;", "\u202f": "&#8239;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def rep(clean: str, chars: str, by: str) -> str:
    """Markup for text whose raw side shows `by` in place of each of `chars`."""
    return "".join(f"[[{by}||{c}]]" if c in chars else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail` (keep=True: a real hyphen)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


# =========================================================================== Université de Djibouti press room
UD_SITE = "www.univ-djibouti.example.dj"


def ud_top(rubric, banner=None):
    lines = ["Passer la navigation"]
    if banner:
        lines.append(banner)
    lines += ["FR · EN · عربي",
              "Étudiants | Personnels | Chercheurs | Entreprises | Alumni",
              "Université de Djibouti",
              "Savoir – Excellence – Ouverture",
              "Formation +",
              "Recherche +",
              "Vie étudiante +",
              "International +",
              "Presse +",
              "🔍 Rechercher dans le site",
              f"Vous êtes ici : UD / Presse / {rubric}"]
    return "\n".join(lines)


def ud_bottom(tags, countdown, cards, attach=None):
    lines = []
    if attach:
        lines.append(attach)
    lines.append(f"Étiquettes : {tags}")
    lines.append("Partager cet article : Facebook · X · LinkedIn · WhatsApp · Courriel")
    if countdown:
        lines.append(f"Calendrier universitaire : {countdown}")
    lines.append("À découvrir aussi")
    for cat, head, date in cards:
        lines += [cat, head, date]
    lines += ["↑ Haut de page",
              "Université de Djibouti – Campus de Balbala – Avenue Georges-Clemenceau – BP 1904 Djibouti",
              "Standard : +253 21 35 05 00 – Scolarité : +253 21 35 05 10",
              "Suivez-nous : Facebook · Instagram · YouTube · LinkedIn",
              "© 2025 Université de Djibouti · Mentions légales · Accessibilité : partiellement conforme"]
    return "\n".join(lines)


def ud_meta(defects, **extra):
    d = {"site": UD_SITE, "style": "university-pressroom-cards",
         "defects": ["menu", "breadcrumb", "share-lines", "postcode-trap"] + defects}
    d.update(extra)
    return d


UD_NOTE = ("Site furniture shared by h264-h268 (the 'Passer la navigation' skip line, an optional banner (engineering "
           "school entrance exam on h265, campus closure on h267), 'FR · EN · عربي' language line, an audience bar "
           "('Étudiants | Personnels | ...'), the site name and the motto 'Savoir – Excellence – Ouverture', a menu of "
           "labels ending with '+' (collapsed expanders), the search line with its 🔍, breadcrumb 'Vous êtes ici : UD / "
           "Presse / rubric' (Communiqués, Invitations presse, Recherche, Discours, Avis aux étudiants); under the "
           "title a metadata line 'Publié le dd mmm. yyyy · Catégorie : ... · Lecture : n min' (or 'Mis à jour le ...'); "
           "at the bottom an optional attachment line, an 'Étiquettes :' line, a share line, a 'Calendrier "
           "universitaire : J-n ...' countdown that changes (absent on h268), 'À découvrir aussi' with cards of three "
           "lines each (a capital category, a headline, a dd/mm/yyyy date) that change on every page, '↑ Haut de page', "
           "a four-line footer (address with BP 1904, switchboard and registry numbers, social line, copyright with "
           "an accessibility statement): all boilerplate (the metadata line sits between the title and the body); its "
           "numbers are neither figures nor phones. 'Djibouti' is the city-state (one place, iso DJ, h120-h135 rule). "
           "Francs Djibouti are DJF (unit 'francs Djibouti' as written).")

# --------------------------------------------------------------------------- h264 enrolment communiqué: glued headings, œ dropped
PAGES.append(Page(
    name="h264-univ-djibouti-rentree-inscriptions-record",
    meta=ud_meta(["heading-glued", "lost-oe"]),
    blocks=[
        B(ud_top("Communiqués")),
        P("Rentrée 2025-2026 : 11 240 étudiants inscrits à l’Université de Djibouti, un record"),
        B("Publié le 01 déc. 2025 · Catégorie : Vie universitaire · Lecture : 3 min"),
        P("Djibouti, le 1er décembre 2025 – L’Université de Djibouti (UD) a enregistré 11 240 inscriptions pour "
          "l’année universitaire 2025-2026, soit 8,6 % de plus que l’an dernier, a annoncé lundi sa présidente, Hodan "
          "Ismaël Guedi. Les nouveaux bacheliers représentent 3 415 inscrits, dont 52 % de jeunes femmes."),
        P("Des amphithéâtres saturés"),
        P("Les amphithéâtres du campus de Balbala, conçus pour 6 000 étudiants, en accueillent aujourd’hui près du "
          "double. L’université mettra en œuvre dès janvier 2026 un plan de cours du soir et ouvrira deux nouveaux "
          "amphithéâtres de 450 places, financés à hauteur de 1,2 milliard de francs Djibouti par l’Agence française "
          "de développement (AFD).", glue=True, oe="drop"),
        P("Les filières les plus demandées"),
        P("Les sciences économiques et de gestion restent en tête avec 2 870 étudiants, devant le droit (2 140) et les "
          "sciences de la santé, dont l’effectif a bondi de 23 % en un an. La nouvelle licence professionnelle en "
          "logistique portuaire, ouverte avec le port de Doraleh, a reçu 1 020 candidatures pour 60 places.",
          glue=True),
        P("« Chaque bachelier djiboutien doit trouver sa place ici. C’est le cœur de notre mission », a déclaré la "
          "présidente, qui rappelle que les droits d’inscription restent fixés à 15 000 francs Djibouti par an.",
          oe="drop"),
        L("""Contact presse :
Fatouma Abdi Robleh, chargée de communication
Tél. : +253 21 35 05 42 – Mobile : 77 84 12 05
communication@univ-djibouti.example.dj"""),
        B(ud_bottom("rentrée · inscriptions · Balbala", "J-14 avant les examens du premier semestre (15 décembre)",
                    [("RECHERCHE", "Géothermie : un laboratoire de terrain au lac Assal", "27/11/2025"),
                     ("INTERNATIONAL", "Trente étudiants en mobilité à Montpellier et à Addis-Abeba", "20/11/2025"),
                     ("VIE ÉTUDIANTE", "Le restaurant universitaire ouvre le samedi", "14/11/2025")])),
    ],
    gold=dict(
        title="Rentrée 2025-2026 : 11 240 étudiants inscrits à l’Université de Djibouti, un record",
        dateline=dl("Djibouti", "2025-12-01"),
        organisations=[org("Université de Djibouti", "UD"), org("Agence française de développement", "AFD")],
        places=[place("Djibouti", "DJ"), place("Balbala"), place("Doraleh")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("11 240 étudiants", 11240, "étudiants"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("11 240 inscriptions", 11240, "inscriptions"),
            fig("8,6 %", 8.6, "%", "percent"),
            fig("3 415 inscrits", 3415, "inscrits"),
            fig("52 %", 52, "%", "percent"),
            fig("6 000 étudiants", 6000, "étudiants"),
            fig("janvier 2026", 2026, None, "year"),
            fig("deux nouveaux amphithéâtres", 2, "amphithéâtres"),
            fig("450 places", 450, "places"),
            fig("1,2 milliard de francs Djibouti", 1200000000, "francs Djibouti", "money", currency="DJF"),
            fig("2 870 étudiants", 2870, "étudiants"),
            fig("2 140", 2140, None),
            fig("23 %", 23, "%", "percent"),
            fig("1 020 candidatures", 1020, "candidatures"),
            fig("60 places", 60, "places"),
            fig("15 000 francs Djibouti", 15000, "francs Djibouti", "money", currency="DJF"),
        ],
        phones=[phone("+25321350542"), phone("+25377841205")],
        emails=["communication@univ-djibouti.example.dj"],
        contacts=[contact("Fatouma Abdi Robleh", "chargée de communication", None,
                          ["+25321350542", "+25377841205"], ["communication@univ-djibouti.example.dj"])],
        notes=UD_NOTE + " No banner on this page. Both subheadings are glued to the paragraph after them ('saturésLes "
              "amphithéâtres', 'demandéesLes sciences'); œ dropped in two paragraphs ('mettra en uvre', 'le c ur'). "
              "'Rentrée 2025-2026' (title) and 'l’année universitaire 2025-2026': an academic year as a season, two "
              "year figures '2025' and '2026' (h152-h167 'saison 2025-2026' rule), listed once. '11 240 étudiants' "
              "(title) and '11 240 inscriptions' (body): two texts. 'près du double' is not a figure (h88-h103); 'le "
              "droit (2 140)': a count without noun; 'en un an', 'l’an dernier', 'par an' are not figures. 'dès "
              "janvier 2026': month-year. 'deux nouveaux amphithéâtres': the adjective before the noun stays in the "
              "text. 'le port de Doraleh' gives the place 'Doraleh'. The contact block has no organisation line.",
    ),
))

# --------------------------------------------------------------------------- h265 press invitation: HTML debris, entities, mailto link, hidden e-mail, banner
PAGES.append(Page(
    name="h265-univ-djibouti-invitation-laboratoire-geothermie",
    meta=ud_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(ud_top("Invitations presse",
                 banner="Concours d’entrée à l’École d’ingénieurs de Djibouti : inscriptions jusqu’au 15 décembre")),
        P("Invitation presse : inauguration du laboratoire de géothermie du lac Assal"),
        B("Publié le 05 déc. 2025 · Catégorie : Recherche · Lecture : 2 min"),
        P("[[<p>||]]" + ent("L’Université de Djibouti et le Centre d’études et de recherche de Djibouti (CERD) "
                            "invitent les représentants des médias à l’inauguration de leur laboratoire de terrain "
                            "consacré à la géothermie, le mercredi 10 décembre 2025 à 9\u00a0h\u00a030, sur le site "
                            "du lac Assal, à 120 kilomètres de la capitale.", "’é\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Ce laboratoire de 380\u00a0m², équipé grâce à un financement de 2,4 millions d’euros de "
                            "l’Union européenne, accueillera chaque année une quarantaine de doctorants et "
                            "d’ingénieurs venus de toute la région.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
8 h 30 : départ en car du campus de Balbala[[<br />||]]
9 h 30 : allocutions et visite du laboratoire[[<br />||]]
11 h 00 : démonstration du forage expérimental de 1[[&nbsp;||\u00a0]]200 mètres[[</p>||]]"""),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le lundi 8 décembre à 12 h :[[<br />||]]
Fatouma Abdi Robleh – 77 84 12 05 – [email protected][[<br />||]]
Ahmed Daher Ali, CERD – +253 21 35 27 94 – [[<a href="mailto:a.daher@cerd.example.dj">||]]a.daher@cerd.example.dj[[</a></p>||]]"""),
        B(ud_bottom("géothermie · Assal · CERD", "J-10 avant les examens du premier semestre (15 décembre)",
                    [("COMMUNIQUÉ", "Rentrée 2025-2026 : 11 240 étudiants inscrits, un record", "01/12/2025"),
                     ("RECHERCHE", "Un atlas des nappes phréatiques du Grand Bara", "24/11/2025"),
                     ("INTERNATIONAL", "Trente étudiants en mobilité à Montpellier et à Addis-Abeba", "20/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : inauguration du laboratoire de géothermie du lac Assal",
        dateline=None,
        organisations=[org("Université de Djibouti", None),
                       org("Centre d’études et de recherche de Djibouti", "CERD"),
                       org("Union européenne", None)],
        places=[place("lac Assal"), place("Balbala")],
        figures=[
            fig("le mercredi 10 décembre 2025 à 9\u00a0h\u00a030", "2025-12-10", None, "date"),
            fig("120 kilomètres", 120, "kilomètres", "other"),
            fig("380\u00a0m²", 380, "m²", "other"),
            fig("2,4 millions d’euros", 2400000, "euros", "money", currency="EUR"),
            fig("une quarantaine de doctorants", 40, "doctorants"),
            fig("1\u00a0200 mètres", 1200, "mètres", "other"),
            fig("le lundi 8 décembre à 12 h", "--12-08", None, "date"),
        ],
        phones=[phone("+25377841205"), phone("+25321352794")],
        emails=["a.daher@cerd.example.dj"],
        hidden_emails=1,
        contacts=[contact("Fatouma Abdi Robleh", None, None, ["+25377841205"], []),
                  contact("Ahmed Daher Ali", None, "CERD", ["+25321352794"], ["a.daher@cerd.example.dj"])],
        notes=UD_NOTE + " This page carries an entrance-exam banner. HTML debris: <p>, </p>, <br />, <strong>, a mailto "
              "anchor around the second address (removed, the bare address kept), '&#8217;', '&eacute;', '&nbsp;' "
              "(U+00A0 kept in the clean text and in the figure texts '9\u00a0h\u00a030', '380\u00a0m²', "
              "'1\u00a0200 mètres'). No dateline (an invitation). The university is spelt out without acronym on this "
              "page (long form only, h104-h119 per-page rule). 'le lac Assal' is listed with its generic noun "
              "(h184-h199 lakes rule). 'une quarantaine de doctorants': an approximate count (40, as 'une "
              "soixantaine'); 'chaque année' is not a figure; programme clock times are not figures, but the "
              "programme line's '1 200 mètres' (the depth of the well) is. 'avant le lundi 8 décembre à 12 h': one "
              "date figure from 'le'. 'la capitale' is generic. Accreditation block with two people: the first with a "
              "mobile written without code (+253) and a hidden e-mail, the second with his body's acronym after his "
              "name (organisation 'CERD' as written).",
    ),
))

# --------------------------------------------------------------------------- h266 research news: title and caption twice, English caption, cp1252 paragraph, attachment
PAGES.append(Page(
    name="h266-univ-djibouti-nouvelle-espece-corail-tadjourah",
    meta=ud_meta(["duplicate-title", "duplicate-caption", "english-caption", "mojibake-cp1252"]),
    blocks=[
        B(ud_top("Recherche")),
        P("Des chercheurs de l’UD décrivent une nouvelle espèce de corail dans le golfe de Tadjourah"),
        B("""Des chercheurs de l’UD décrivent une nouvelle espèce de corail dans le golfe de Tadjourah
Mis à jour le 04 déc. 2025 à 09:12 · Catégorie : Recherche · Lecture : 4 min"""),
        P("Djibouti, le 3 décembre 2025 – Une équipe de l’Université de Djibouti (UD) et de l’Institut de recherche "
          "pour le développement (IRD) a décrit une nouvelle espèce de corail, baptisée Acropora tadjourensis, "
          "découverte entre 18 et 32 mètres de profondeur au large des îles Moucha et Maskali.", moji="cp1252"),
        P("Colonie d’Acropora tadjourensis photographiée à 24 mètres de profondeur près de Moucha. © UD/IRD"),
        B("Colonie d’Acropora tadjourensis photographiée à 24 mètres de profondeur près de Moucha. © UD/IRD"),
        P("An Acropora tadjourensis colony at a depth of 24 metres off Moucha Island."),
        P("Cette espèce supporte des eaux dont la température dépasse 33 °C en été. Elle intéresse les biologistes du "
          "monde entier : près de 60 % des récifs de l’océan Indien ont subi au moins un épisode de blanchissement "
          "depuis 2016, selon l’étude publiée le 28 novembre."),
        P("Le séquençage a été réalisé au laboratoire de biologie marine du campus de Balbala, équipé en 2024 pour 46 "
          "millions de francs Djibouti. Trois doctorants djiboutiens cosignent l’article, le premier de l’UD dans une "
          "revue internationale de biologie marine."),
        L("Contact scientifique : Dr Moussa Hassan Farah, enseignant-chercheur – +253 77 60 31 48 – "
          "moussa.farah@univ-djibouti.example.dj"),
        B(ud_bottom("corail · biodiversité · Moucha · IRD", "J-12 avant les examens du premier semestre (15 décembre)",
                    [("INVITATION", "Inauguration du laboratoire de géothermie du lac Assal", "05/12/2025"),
                     ("COMMUNIQUÉ", "Rentrée 2025-2026 : 11 240 étudiants inscrits, un record", "01/12/2025"),
                     ("RECHERCHE", "Un atlas des nappes phréatiques du Grand Bara", "24/11/2025")],
                    attach="📎 Télécharger l’article scientifique (PDF – 2,1 Mo)")),
    ],
    gold=dict(
        title="Des chercheurs de l’UD décrivent une nouvelle espèce de corail dans le golfe de Tadjourah",
        dateline=dl("Djibouti", "2025-12-03"),
        organisations=[org("Université de Djibouti", "UD"),
                       org("Institut de recherche pour le développement", "IRD")],
        places=[place("golfe de Tadjourah"), place("Djibouti", "DJ"), place("Moucha"), place("Maskali"),
                place("océan Indien"), place("Balbala")],
        figures=[
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("18", 18, None, "other"),
            fig("32 mètres", 32, "mètres", "other"),
            fig("24 mètres", 24, "mètres", "other"),
            fig("24 metres", 24, "metres", "other"),
            fig("33 °C", 33, "°C", "other"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("2016", 2016, None, "year"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("en 2024", 2024, None, "year"),
            fig("46 millions de francs Djibouti", 46000000, "francs Djibouti", "money", currency="DJF"),
            fig("Trois doctorants", 3, "doctorants"),
        ],
        phones=[phone("+25377603148")],
        emails=["moussa.farah@univ-djibouti.example.dj"],
        contacts=[contact("Moussa Hassan Farah", "enseignant-chercheur", None, ["+25377603148"],
                          ["moussa.farah@univ-djibouti.example.dj"])],
        notes=UD_NOTE + " The title is printed twice (the second copy, above the 'Mis à jour le' metadata line, is "
              "boilerplate); the French caption is printed twice (second copy boilerplate) and followed by an English "
              "caption (article text, tag 'english-caption'); a PDF attachment line. The dateline paragraph is UTF-8 "
              "read as cp1252 ('dÃ©cembre', 'â€“'). The title names the university by acronym, the body writes both. "
              "'entre 18 et 32 mètres': first bound bare (kind of the second, unit null). '24 mètres' (caption) and "
              "'24 metres' (English caption): two texts. 'les îles Moucha et Maskali' give 'Moucha' and 'Maskali' "
              "(as 'l’île Coco'); 'Moucha Island' adds nothing. 'le golfe de Tadjourah' and 'l’océan Indien' keep "
              "their generic noun (h184-h199 seas rule). 'depuis 2016': '2016'. 'le premier de l’UD': ordinal word. The "
              "species name is not an organisation or place. 'Dr' stays out of the contact's person (h152-h167). "
              "The photo credit '© UD/IRD' stays in the caption.",
    ),
))

# --------------------------------------------------------------------------- h267 president's speech: double cp1252 paragraph, mixed quotes, own-line dateline, banner
PAGES.append(Page(
    name="h267-univ-djibouti-discours-remise-diplomes",
    meta=ud_meta(["mojibake-double-cp1252", "mixed-quotes"]),
    blocks=[
        B(ud_top("Discours", banner="⚠ Le campus de Balbala sera fermé le lundi 1er décembre (coupure d’électricité "
                                   "programmée).")),
        P("Discours de la présidente de l’Université de Djibouti à la cérémonie de remise des diplômes"),
        B("Publié le 28 nov. 2025 · Catégorie : Discours · Lecture : 6 min"),
        P("Djibouti, le 28 novembre 2025"),
        L("""Monsieur le Ministre de l’Enseignement supérieur et de la Recherche,
Mesdames et Messieurs les doyens,
Chers parents,
Chers diplômés,"""),
        P("Cette année, 1 962 étudiants reçoivent leur licence, 418 leur master et, pour la première fois, 7 docteurs "
          "formés entièrement à Djibouti soutiennent leur thèse devant vous. Il y a vingt ans, notre université "
          "comptait moins de 2 000 étudiants ; elle en accueille aujourd’hui plus de 11 000."),
        P("Vos aînés nous le disent : 64 % des diplômés de 2023 ont trouvé un emploi dans les dix-huit mois qui ont "
          "suivi leur diplôme. C’est bien, mais ce n’est pas assez. « Un diplôme n’est pas une fin, c’est une "
          "promesse », disait notre premier recteur.", moji="cp1252x2"),
        P("D’ici 2030, nous voulons que la moitié de nos licences comportent un stage de trois mois en entreprise. "
          "Le port, la logistique, l’énergie et le numérique recrutent : ils nous l’ont dit, et nous les entendons. "
          "Je vous le dis avec les mots d’un de nos partenaires : “le talent est ici, il faut le garder ici”."),
        P("Chers diplômés, le pays compte sur vous. Soyez fiers de ce que vous avez accompli."),
        P("Je vous remercie."),
        L("""Hodan Ismaël Guedi
Présidente de l’Université de Djibouti"""),
        P("Seul le prononcé fait foi."),
        B(ud_bottom("diplômes · cérémonie · discours", "J-17 avant les examens du premier semestre (15 décembre)",
                    [("RECHERCHE", "Géothermie : un laboratoire de terrain au lac Assal", "27/11/2025"),
                     ("RECHERCHE", "Un atlas des nappes phréatiques du Grand Bara", "24/11/2025"),
                     ("INTERNATIONAL", "Trente étudiants en mobilité à Montpellier et à Addis-Abeba", "20/11/2025")],
                    attach="📎 Le discours en version PDF (180 Ko)")),
    ],
    gold=dict(
        title="Discours de la présidente de l’Université de Djibouti à la cérémonie de remise des diplômes",
        dateline=dl("Djibouti", "2025-11-28"),
        organisations=[org("Université de Djibouti", None)],
        places=[place("Djibouti", "DJ")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("1 962 étudiants", 1962, "étudiants"),
            fig("418", 418, None),
            fig("7 docteurs", 7, "docteurs"),
            fig("vingt ans", 20, "ans", "duration"),
            fig("moins de 2 000 étudiants", 2000, "étudiants", qualifier="moins de"),
            fig("plus de 11 000", 11000, None, qualifier="plus de"),
            fig("64 %", 64, "%", "percent"),
            fig("2023", 2023, None, "year"),
            fig("dix-huit mois", 18, "mois", "duration"),
            fig("2030", 2030, None, "year"),
            fig("la moitié", 0.5, None, "other"),
            fig("trois mois", 3, "mois", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=UD_NOTE + " This page carries a campus-closure banner (its date is chrome) and a PDF attachment line. A "
              "speech: the dateline stands on its own line under the title ('Djibouti, le 28 novembre 2025'); the "
              "salutations are article lines, one each; the signature (name and title) is article text but not a "
              "contact; 'Seul le prononcé fait foi.' is the speech's own closing formula (article). The second body "
              "paragraph is UTF-8 encoded twice and read as cp1252 ('ÃƒÂ©'); “ ” in a page that uses « » (kept). "
              "'418 leur master': a count without noun (the noun is elided). 'Il y a vingt ans': a duration "
              "(h184-h199). 'plus de 11 000' (the noun 'étudiants' is replaced by 'en'): unit null. 'les diplômés de "
              "2023': the year of a cohort ('2023'). 'D’ici 2030': '2030'. 'la moitié': fraction. 'pour la première "
              "fois', 'notre premier recteur': ordinal words. The ministry is named only in a salutation (a role): not "
              "listed. No contact.",
    ),
))

# --------------------------------------------------------------------------- h268 notice to students: unaccented capital title and heading, ’ and – as '?', list, office line; no countdown widget
PAGES.append(Page(
    name="h268-univ-djibouti-avis-calendrier-examens",
    meta=ud_meta(["unaccented-capitals", "lost-apostrophe", "lost-dash"]),
    blocks=[
        B(ud_top("Avis aux étudiants")),
        P("[[AVIS AUX ETUDIANTS : CALENDRIER DES EXAMENS DU PREMIER SEMESTRE||AVIS AUX ÉTUDIANTS : CALENDRIER DES "
          "EXAMENS DU PREMIER SEMESTRE]]"),
        B("Publié le 04 déc. 2025 · Catégorie : Scolarité"),
        P("Djibouti, le 4 décembre 2025 – La direction des études informe l’ensemble des étudiants que les examens du "
          "premier semestre se dérouleront du lundi 15 au samedi 27 décembre 2025 sur les campus de Balbala et de "
          "Tadjourah.", apos="?", nodash="?"),
        L("""- Les convocations seront disponibles sur l’espace numérique de travail à partir du 8 décembre.
- Tout retard de plus de 15 minutes entraîne l’exclusion de la salle d’examen.
- Les téléphones portables doivent être éteints et rangés dans les sacs.
- Les résultats seront publiés au plus tard le 30 janvier 2026.""", apos="?"),
        P("[[EPREUVES DE RATTRAPAGE||ÉPREUVES DE RATTRAPAGE]]"),
        P("La session de rattrapage aura lieu du 2 au 7 mars 2026. Les 1 350 étudiants ajournés à la session de juin "
          "dernier pourront s’y réinscrire jusqu’au 20 février, moyennant des droits de 2 500 francs Djibouti.",
          apos="?"),
        L("Direction des études et de la scolarité – +253 21 35 05 10 – scolarite@univ-djibouti.example.dj",
          nodash="?"),
        B(ud_bottom("examens · semestre · scolarité", None,
                    [("RECHERCHE", "Une nouvelle espèce de corail dans le golfe de Tadjourah", "03/12/2025"),
                     ("COMMUNIQUÉ", "Rentrée 2025-2026 : 11 240 étudiants inscrits, un record", "01/12/2025"),
                     ("DISCOURS", "Remise des diplômes : le discours de la présidente", "28/11/2025")])),
    ],
    gold=dict(
        title="AVIS AUX ÉTUDIANTS : CALENDRIER DES EXAMENS DU PREMIER SEMESTRE",
        dateline=dl("Djibouti", "2025-12-04"),
        organisations=[],
        places=[place("Djibouti", "DJ"), place("Balbala"), place("Tadjourah")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("lundi 15", "2025-12-15", None, "date"),
            fig("samedi 27 décembre 2025", "2025-12-27", None, "date"),
            fig("8 décembre", "--12-08", None, "date"),
            fig("plus de 15 minutes", 15, "minutes", "duration", qualifier="plus de"),
            fig("le 30 janvier 2026", "2026-01-30", None, "date"),
            fig("2", "2026-03-02", None, "date"),
            fig("7 mars 2026", "2026-03-07", None, "date"),
            fig("1 350 étudiants", 1350, "étudiants"),
            fig("20 février", "--02-20", None, "date"),
            fig("2 500 francs Djibouti", 2500, "francs Djibouti", "money", currency="DJF"),
        ],
        phones=[phone("+25321350510")],
        emails=["scolarite@univ-djibouti.example.dj"],
        contacts=[contact(None, None, "Direction des études et de la scolarité", ["+25321350510"],
                          ["scolarite@univ-djibouti.example.dj"])],
        notes=UD_NOTE + " On this page the metadata line has no reading time and the countdown widget is absent. The "
              "capital title and the capital heading lack their accents ('ETUDIANTS', 'EPREUVES': restored, "
              "h88-h103). Every ’ of the article became '?' ('l?ensemble', 'd?examen', 's?y'), and the en dashes of "
              "the dateline and the office line too ('2025 ? La direction'), é/è surviving: restored. The '- ' list "
              "marks are kept, one item a line. 'du lundi 15 au samedi 27 décembre 2025': 'lundi 15' (weekday kept, "
              "month and year of the second bound) and 'samedi 27 décembre 2025' (h168-h183). 'à partir du 8 "
              "décembre', 'jusqu’au 20 février': the prepositions stay out. 'du 2 au 7 mars 2026': '2' (2026-03-02) "
              "and '7 mars 2026'. 'la session de juin dernier': not a figure. 'premier semestre': ordinal word. The "
              "university itself is never named in the article (site name only): no organisation; 'la direction des "
              "études' is generic in the body. 'Tadjourah' is the town (another campus). The office line is one "
              "contact with person null and its label as organisation (not listed apart, h104-h119).",
    ),
))
