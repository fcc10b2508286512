"""h264-h279: written blind in session 16, scored blind with session 17's starting and ending code, moved into dev in session 18.

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

SET = "dev"

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
- Les résultats seront publiés au plus tard le 30/01/2026.""", apos="?"),
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
            fig("le 30/01/2026", "2026-01-30", None, "date"),
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
              "and '7 mars 2026'. 'au plus tard le 30/01/2026': a slashed date with its 'le'. 'la session de juin dernier': not a figure. 'premier semestre': ordinal word. The "
              "university itself is never named in the article (site name only): no organisation; 'la direction des "
              "études' is generic in the body. 'Tadjourah' is the town (another campus). The office line is one "
              "contact with person null and its label as organisation (not listed apart, h104-h119).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h269 Médiateur du Faso (Ouagadougou), no defect and no boilerplate
PAGES.append(Page(
    name="h269-mediateur-faso-rapport-reclamations-2024",
    meta={"site": "www.mediateur-faso.example.bf", "style": "ombudsman-clean", "defects": []},
    blocks=[
        P("Le Médiateur du Faso a traité 3 412 réclamations en 2024, un tiers portant sur le foncier"),
        P("Ouagadougou, le 2 décembre 2025 – Le Médiateur du Faso a remis mardi au chef de l’État son rapport annuel "
          "d’activités 2024. L’institution a enregistré 3 412 réclamations, soit 14 % de plus qu’en 2023, dont 2 286 "
          "ont été déclarées recevables."),
        P("Les litiges fonciers représentent près d’un tiers des dossiers (1 097), devant les pensions de retraite "
          "(612) et les marchés publics (341). Le délai moyen de traitement a été ramené de 142 à 96 jours, et 71 % "
          "des recommandations adressées à l’administration ont été suivies d’effet."),
        P("Les délégations régionales de Bobo-Dioulasso, Ouahigouya, Fada N’Gourma et Dori ont reçu 41 % des "
          "réclamations. Une cinquième délégation ouvrira à Gaoua au premier trimestre 2026, avec un budget de "
          "185 millions de francs CFA."),
        P("« Une administration qui répond est une administration qui se fait respecter », a déclaré la Médiatrice du "
          "Faso, Aminata Sawadogo, en invitant chaque ministère à répondre aux recommandations dans un délai de 30 "
          "jours."),
        L("""Contact presse :
Service de la communication et des relations publiques
Tél. : +226 25 30 62 18 / 70 21 44 90
communication@mediateur-faso.example.bf"""),
    ],
    gold=dict(
        title="Le Médiateur du Faso a traité 3 412 réclamations en 2024, un tiers portant sur le foncier",
        dateline=dl("Ouagadougou", "2025-12-02"),
        organisations=[org("Médiateur du Faso", None)],
        places=[place("Ouagadougou"), place("Bobo-Dioulasso"), place("Ouahigouya"), place("Fada N’Gourma"),
                place("Dori"), place("Gaoua")],
        figures=[
            fig("3 412 réclamations", 3412, "réclamations"),
            fig("en 2024", 2024, None, "year"),
            fig("un tiers", 0.3333, None, "other"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("14 %", 14, "%", "percent"),
            fig("en 2023", 2023, None, "year"),
            fig("2 286", 2286, None),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("1 097", 1097, None),
            fig("612", 612, None),
            fig("341", 341, None),
            fig("142", 142, None, "duration"),
            fig("96 jours", 96, "jours", "duration"),
            fig("71 %", 71, "%", "percent"),
            fig("41 %", 41, "%", "percent"),
            fig("2026", 2026, None, "year"),
            fig("185 millions de francs CFA", 185000000, "francs CFA", "money", currency="XOF"),
            fig("30 jours", 30, "jours", "duration"),
        ],
        phones=[phone("+22625306218"), phone("+22670214490")],
        emails=["communication@mediateur-faso.example.bf"],
        contacts=[contact(None, None, "Service de la communication et des relations publiques",
                          ["+22625306218", "+22670214490"], ["communication@mediateur-faso.example.bf"])],
        notes="A release of Burkina Faso's ombudsman (a real institution; the report, people and numbers are made up) "
              "with no defect and no boilerplate at all. 'Médiateur du Faso' names the institution (organisation, no "
              "acronym); 'la Médiatrice du Faso' before the holder's name is her role. 'son rapport annuel d’activités "
              "2024': the year in a report's name is not a figure (h216-h231); the title's 'en 2024' is. 'un tiers' "
              "(title) and 'près d’un tiers' (body): two fractions. The bracketed counts '(1 097)', '(612)', '(341)' "
              "have no noun (unit null); 'de 142 à 96 jours': first bound bare with the second's kind. 'une "
              "cinquième délégation': ordinal word; 'au premier trimestre 2026': '2026'. Francs CFA in Burkina Faso: "
              "XOF. 'le chef de l’État', 'chaque ministère' are generic. The contact block is an office (person null); "
              "the second number after '/' has no code (+226, a mobile).",
    ),
))

# --------------------------------------------------------------------------- h270 Franco-Cambodian demining NGO (Battambang): English page under French/Khmer chrome, hex entities, (at) e-mail, donation block, cookie banner
HEX = {"’": "&#x2019;", "“": "&ldquo;", "”": "&rdquo;", "–": "&#x2013;", "\u00a0": "&nbsp;"}


def hexent(clean: str, chars: str) -> str:
    return "".join(f"[[{HEX[c]}||{c}]]" if c in chars else c for c in clean)


PAGES.append(Page(
    name="h270-safe-ground-cambodia-battambang-clearance-en",
    meta={"site": "www.sols-surs-cambodge.example.org", "style": "demining-ngo-en-under-fr-khmer-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "html-debris", "obfuscated-email",
                      "donation-block", "share-lines", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""ភាសាខ្មែរ | Français | English
Sols sûrs Cambodge – Association franco-cambodgienne de déminage humanitaire
☰ Menu
Nos missions | Nos chantiers | Victimes | Agir avec nous | Presse
Faire un don
Accueil › Presse › Communiqués
Ce communiqué est publié en anglais uniquement."""),
        P("[[<h1>||]]Safe Ground Cambodia clears 1,240 hectares in Battambang and Pailin, beating its 2025 "
          "target[[</h1>||]]"),
        P("[[<p>||]]" + hexent("BATTAMBANG, Cambodia (Dec. 2, 2025) – Safe Ground Cambodia (SGC), a Franco-Cambodian "
                               "humanitarian demining NGO, has released 1,240 hectares of farmland in Battambang and "
                               "Pailin provinces since January, exceeding its annual target of 1,000 hectares by 24%.",
                               "–") + "[[</p>||]]"),
        P("[[<p>||]]Its 14 teams, including four all-women teams, destroyed 3,906 anti-personnel mines and 11,872 "
          "explosive remnants of war this year, working alongside the Cambodian Mine Action Centre (CMAC).[[</p>||]]"),
        P("[[<p>||]]" + hexent("The cleared land will let some 2,300 families grow rice, cassava and maize again. "
                               "According to the Cambodian Mine Action and Victim Assistance Authority (CMAA), 19 "
                               "people were killed or injured by mines in the two provinces between January and "
                               "October, against 41 in 2024.", "’") + "[[</p>||]]"),
        P("[[<p>||]]" + hexent("“Every hectare we hand back is a field, a path to school, a future,” said Sophea Chan, "
                               "SGC’s country director. “But at our current pace, Battambang will still need eight "
                               "years of work.”", "’“”") + "[[</p>||]]"),
        P("[[<p>||]]" + hexent("The programme’s 2025 budget of US$1.8 million is funded by the Japan International "
                               "Cooperation Agency (JICA), the French Development Agency (AFD) and private donors in "
                               "France. Clearance now costs about 4,800 riels (US$1.20) per square metre, nearly 8% "
                               "less than in 2022.", "’") + "[[</p>||]]"),
        L("""[[<p><strong>Media contact:</strong><br />||Media contact:]]
Sophal Meas, Communications Officer[[<br />||]]
+855 12 845 330 | +855 (0)53 952 118[[<br />||]]
sophal.meas(at)safeground-kh.example.org[[</p>||]]"""),
        B("""Soutenez le déminage : 25 € = 10 m² de terres rendues aux familles → Je fais un don
Partager : Facebook · LinkedIn · X · E-mail
Sols sûrs Cambodge – 12, rue Sainte-Catherine – 69001 Lyon – Bureau de Battambang : +855 53 952 100
Nous utilisons des cookies pour mesurer l’audience de ce site. Accepter | Refuser | Personnaliser"""),
    ],
    gold=dict(
        title="Safe Ground Cambodia clears 1,240 hectares in Battambang and Pailin, beating its 2025 target",
        dateline=dl("BATTAMBANG", "2025-12-02"),
        organisations=[org("Safe Ground Cambodia", "SGC"), org("Cambodian Mine Action Centre", "CMAC"),
                       org("Cambodian Mine Action and Victim Assistance Authority", "CMAA"),
                       org("Japan International Cooperation Agency", "JICA"),
                       org("French Development Agency", "AFD")],
        places=[place("Battambang"), place("Pailin"), place("Cambodia", "KH"), place("France", "FR")],
        figures=[
            fig("1,240 hectares", 1240, "hectares", "other"),
            fig("2025", 2025, None, "year"),
            fig("Dec. 2, 2025", "2025-12-02", None, "date"),
            fig("1,000 hectares", 1000, "hectares", "other"),
            fig("24%", 24, "%", "percent"),
            fig("14 teams", 14, "teams"),
            fig("four all-women teams", 4, "teams"),
            fig("3,906 anti-personnel mines", 3906, "mines"),
            fig("11,872 explosive remnants", 11872, "remnants"),
            fig("some 2,300 families", 2300, "families", qualifier="some"),
            fig("19 people", 19, "people"),
            fig("two provinces", 2, "provinces"),
            fig("41", 41, None),
            fig("in 2024", 2024, None, "year"),
            fig("eight years", 8, "years", "duration"),
            fig("US$1.8 million", 1800000, "US$", "money", currency="USD"),
            fig("about 4,800 riels", 4800, "riels", "money", qualifier="about", currency="KHR"),
            fig("US$1.20", 1.2, "US$", "money", currency="USD"),
            fig("nearly 8%", 8, "%", "percent", qualifier="nearly"),
            fig("in 2022", 2022, None, "year"),
        ],
        phones=[phone("+85512845330"), phone("+85553952118")],
        emails=[],
        contacts=[contact("Sophal Meas", "Communications Officer", None, ["+85512845330", "+85553952118"], [])],
        notes="An English release of a (made-up) Franco-Cambodian demining NGO under a Khmer/French/English language "
              "line and French chrome (site name with the French long form, '☰ Menu', one-line menu, 'Faire un don', "
              "breadcrumb, the French note 'Ce communiqué est publié en anglais uniquement.', and at the bottom a "
              "donation call-to-action, share line, footer with a Lyon postcode and the Battambang office number, a "
              "cookie line): all boilerplate. HTML debris: <h1>, <p>, <strong>, <br />, hexadecimal entities "
              "('&#x2019;', '&#x2013;') and '&ldquo;'/'&rdquo;' (decoded). Dateline 'BATTAMBANG, Cambodia (Dec. 2, "
              "2025) –' (US-style: the date in brackets after the place, abbreviated English month): place the city "
              "as written, the country listed as a place, figure 'Dec. 2, 2025'. The NGO is listed under the English "
              "long form the article writes (its French name is chrome); 'the French Development Agency (AFD)': "
              "English long form with the French acronym (h184-h199). '2025 target' (title) and 'The programme’s 2025 "
              "budget': a year dating a target and a budget, one text '2025'. 'four all-women teams', '3,906 "
              "anti-personnel mines', '11,872 explosive remnants of war': the adjectives before the noun stay in the "
              "text, unit the head noun ('of war' left out). 'against 41 in 2024': unit null. 'between January and "
              "October', 'this year', 'since January': not figures. 'per square metre' stays out (h184-h199). "
              "'nearly 8%': English qualifier 'nearly' (as h238's 'Nearly half'). Riels: KHR; 'US$' USD. Battambang "
              "and Pailin are provinces (iso null). The contact's e-mail is obfuscated with '(at)' (kept, not listed); "
              "a mobile and a Battambang landline written '+855 (0)53 ...' (the bracketed trunk 0 dropped).",
    ),
))

# --------------------------------------------------------------------------- h271 Swiss TV teletext, web version: listing of four briefs, 38-column wraps, teletext page headers and navigation
PAGES.append(Page(
    name="h271-tvsr-teletexte-suisse-romande-listing",
    meta={"site": "teletexte.tvsr.example.ch", "style": "tv-teletext-web-listing", "listing": True,
          "defects": ["listing", "teletext-chrome", "menu", "hard-wrap", "unaccented-capitals"]},
    wrap=38, jitter=3,
    blocks=[
        B("""TVSR Télétexte – version web
Page [112]  ◄ 111 | 113 ►  Index 100 · Sport 200 · Météo 500 · Trafic 420
112 TVSR 112 Ma 02.12.25 18:42:07
SUISSE ROMANDE                      1/4"""),
        P("Vaud: budget 2026 adopté avec un déficit de 148 millions"),
        P("Le Grand Conseil vaudois a adopté mardi le budget 2026 du canton par 84 voix contre 46 et 9 abstentions. "
          "Il prévoit un déficit de 148 millions de francs pour des charges de 12,4 milliards. Le Conseil "
          "d'[[Etat||État]] table sur un retour à l'équilibre en 2028."),
        B("""                                  ► 113
113 TVSR 113 Ma 02.12.25 18:42:15
SUISSE ROMANDE                      2/4"""),
        P("Valais: deux skieurs emportés par une avalanche à Evolène"),
        P("Deux randonneurs à skis ont été emportés mardi vers 11 h par une avalanche au-dessus d'Evolène, à 2'600 "
          "mètres d'altitude. Héliportés à l'hôpital de Sion, ils sont légèrement blessés. Le danger d'avalanche est "
          "marqué (degré 3) dans le centre du Valais."),
        B("""                                  ► 114
114 TVSR 114 Ma 02.12.25 18:42:23
SUISSE ROMANDE                      3/4"""),
        P("Jura: 27 producteurs reprennent la fromagerie de Saignelégier"),
        P("Vingt-sept producteurs de lait des Franches-Montagnes ont racheté la fromagerie de Saignelégier pour 3,2 "
          "millions de francs. [[A||À]] pleine capacité, elle transforme chaque année 4,8 millions de kilos de lait "
          "et emploie 31 personnes."),
        B("""                                  ► 115
115 TVSR 115 Ma 02.12.25 18:42:31
SUISSE ROMANDE                      4/4"""),
        P("Fribourg: la neige provoque une dizaine d'accidents sur l'A12"),
        P("Les premières chutes de neige ont provoqué une dizaine d'accidents mardi matin dans le canton de Fribourg, "
          "sans blessé grave. Entre Bulle et Vaulruz, l'autoroute A12 a été fermée durant 2 heures. Jusqu'à 20 "
          "centimètres de neige sont attendus mercredi au-dessus de 800 mètres."),
        B("""◄ 111 | 116 ►
Index 100 · Dernières nouvelles 104 · Suisse 112 · Monde 130 · Bourse 160
© TVSR Télétexte – Reproduction interdite"""),
    ],
    gold=dict(
        title="Vaud: budget 2026 adopté avec un déficit de 148 millions",
        dateline=None,
        organisations=[org("Grand Conseil", None), org("Conseil d'État", None)],
        places=[place("Vaud"), place("Valais"), place("Evolène"), place("Sion"), place("Jura"),
                place("Saignelégier"), place("Franches-Montagnes"), place("Fribourg"), place("Bulle"),
                place("Vaulruz")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("148 millions", 148000000, None, "money", currency="CHF"),
            fig("84 voix", 84, "voix"),
            fig("46", 46, None),
            fig("9 abstentions", 9, "abstentions"),
            fig("148 millions de francs", 148000000, "francs", "money", currency="CHF"),
            fig("12,4 milliards", 12400000000, None, "money", currency="CHF"),
            fig("en 2028", 2028, None, "year"),
            fig("deux skieurs", 2, "skieurs"),
            fig("Deux randonneurs", 2, "randonneurs"),
            fig("2'600 mètres", 2600, "mètres", "other"),
            fig("3", 3, None, "other"),
            fig("27 producteurs", 27, "producteurs"),
            fig("Vingt-sept producteurs", 27, "producteurs"),
            fig("3,2 millions de francs", 3200000, "francs", "money", currency="CHF"),
            fig("4,8 millions de kilos", 4800000, "kilos", "other"),
            fig("31 personnes", 31, "personnes"),
            fig("une dizaine d'accidents", 10, "accidents"),
            fig("2 heures", 2, "heures", "duration"),
            fig("Jusqu'à 20 centimètres", 20, "centimètres", "other", qualifier="Jusqu'à"),
            fig("800 mètres", 800, "mètres", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="The web version of a (made-up) Swiss French-language TV channel's teletext: four pages of regional "
              "briefs (112-115) shown one after the other. Boilerplate (new tag 'teletext-chrome'): the service's "
              "name line, the page selector with its navigation and index numbers, each page's header line ('112 TVSR "
              "112 Ma 02.12.25 18:42:07', page number, channel, date and clock), the rubric line with the sub-page "
              "counter ('SUISSE ROMANDE 1/4'), the '► 113' continuation lines, the bottom navigation and index lines "
              "and the copyright line; their numbers are neither figures nor dates of the stories. Each brief's "
              "headline and body are article text, wrapped at the teletext's 38-40 columns (joined); the header "
              "lines' clock is chrome, so the briefs have no time stamp in the article (as h207). Listing: the first "
              "headline is the title, dateline null. The teletext character set has no ’ nor capital É: straight "
              "apostrophes kept as written; 'Conseil d'Etat' and 'A pleine capacité' get their capital accent back "
              "('Conseil d'État', 'À'). Decisions: 'Vaud:', 'Valais:', 'Jura:', 'Fribourg:' (canton labels heading "
              "each brief) are places (iso null); 'Grand Conseil' and 'Conseil d'État' are organisations (h56-h71), "
              "the latter listed with its straight apostrophe as written. 'budget 2026': a year dating a budget; "
              "'148 millions' (headline, no currency word) and '148 millions de francs' (body): two texts, CHF; "
              "'contre 46': unit null; '12,4 milliards': CHF money with unit null (h56-h71). '(degré 3)': an avalanche "
              "danger level whose word stands before the number (kind other, unit null, h120-h135 alert-level rule). "
              "'2'600 mètres': Swiss apostrophe thousands kept. '27 producteurs' (headline) and 'Vingt-sept "
              "producteurs' (body): two texts. 'une dizaine d'accidents' (headline and body): one text, approximate "
              "count. 'vers 11 h', 'mardi matin', the road 'A12' are not figures. 'les Franches-Montagnes' is a "
              "district (place); 'canton de Fribourg' gives 'Fribourg' (h184-h199); 'vaudois' is an adjective.",
    ),
))

# --------------------------------------------------------------------------- h272 UNESCO office in Rabat: cp1250 paragraphs, œ as '?', English UN ticker, audio line, hidden e-mail, acronyms in both orders
PAGES.append(Page(
    name="h272-unesco-rabat-manuscrits-tamegroute",
    meta={"site": "www.unesco.example.org", "style": "un-agency-field-office-drupal",
          "defects": ["menu", "breadcrumb", "foreign-ticker", "audio-player", "mojibake-cp1250",
                      "oe-question-mark", "hidden-email", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu principal
UNESCO
Organisation des Nations Unies pour l’éducation, la science et la culture
English | Français | Español | Русский | العربية | 中文
Qui nous sommes ▾ | Ce que nous faisons ▾ | Où nous travaillons ▾ | Ressources ▾ | Actualités ▾
Rabat
Accueil > Où nous travaillons > Rabat > Actualités
UN News ▸ Climate finance talks resume in Bonn ▸ WFP warns of a funding gap for school meals in the Sahel"""),
        P("Tamegroute : l’UNESCO et le Maroc lancent la numérisation de 4 200 manuscrits anciens"),
        B("""Dernière mise à jour : 3 décembre 2025
▶ Écouter cet article (3 min) – ReadSpeaker"""),
        P("Rabat, le 2 décembre 2025 – L’Organisation des Nations Unies pour l’éducation, la science et la culture "
          "(UNESCO) et le ministère de la Jeunesse, de la Culture et de la Communication ont signé mardi à Rabat une "
          "convention pour numériser et restaurer les 4 200 manuscrits de la bibliothèque de la zaouïa de Tamegroute, "
          "dans la province de Zagora.", moji="cp1250"),
        P("Fondée au XVIIe siècle, la bibliothèque conserve des traités d’astronomie, de médecine et de droit, dont "
          "certains remontent au XIIIe siècle. Près de 30 % des manuscrits présentent des dégâts dus à l’humidité ou "
          "aux insectes.", moji="cp1250"),
        P("Le projet, d’un montant de 1,4 million de dollars sur 36 mois, est financé par l’Agence coréenne de "
          "coopération internationale (KOICA) et par le Maroc, qui apporte 5 millions de dirhams. L’ICESCO "
          "(Organisation du monde islamique pour l’éducation, les sciences et la culture), dont le siège est à Rabat, "
          "mettra son laboratoire de restauration à disposition. Quinze restaurateurs et archivistes marocains seront "
          "formés, et les images seront accessibles en ligne d’ici fin 2027.", oe="?"),
        P("« Ces manuscrits sont la mémoire du Drâa et de tout le Sahara. Les sauver est une œuvre collective », a "
          "souligné la directrice du Bureau de l’UNESCO pour le Maghreb, Helena Sørensen.", oe="?"),
        L("Contact médias : Salma Bennani, chargée de communication, Bureau de l’UNESCO pour le Maghreb – +212 (0)5 "
          "37 67 03 72 – Mob. 06 61 23 45 78 – [email protected]"),
        B("""Sujets associés : Patrimoine documentaire · Mémoire du monde · Maroc
Partager ce contenu : Facebook · X · LinkedIn · E-mail
Autres actualités
Essaouira : formation de 40 enseignants à l’éducation au patrimoine – 25 novembre 2025
Tunis : la Médina au cœur d’un programme de réhabilitation – 18 novembre 2025
Bureau de l’UNESCO pour le Maghreb – Avenue Aïn Khalouiya, Souissi – 10170 Rabat – Maroc
© UNESCO 2025 · Conditions d’utilisation · Signaler une fraude"""),
    ],
    gold=dict(
        title="Tamegroute : l’UNESCO et le Maroc lancent la numérisation de 4 200 manuscrits anciens",
        dateline=dl("Rabat", "2025-12-02"),
        organisations=[org("Organisation des Nations Unies pour l’éducation, la science et la culture", "UNESCO"),
                       org("ministère de la Jeunesse, de la Culture et de la Communication", None),
                       org("Agence coréenne de coopération internationale", "KOICA"),
                       org("Organisation du monde islamique pour l’éducation, les sciences et la culture", "ICESCO")],
        places=[place("Tamegroute"), place("Maroc", "MA"), place("Rabat"), place("Zagora"), place("Drâa"),
                place("Sahara")],
        figures=[
            fig("4 200 manuscrits", 4200, "manuscrits"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("XVIIe", 17, None, "ordinal"),
            fig("XIIIe", 13, None, "ordinal"),
            fig("Près de 30 %", 30, "%", "percent", qualifier="Près de"),
            fig("1,4 million de dollars", 1400000, "dollars", "money", currency="USD"),
            fig("36 mois", 36, "mois", "duration"),
            fig("5 millions de dirhams", 5000000, "dirhams", "money", currency="MAD"),
            fig("Quinze restaurateurs", 15, "restaurateurs"),
            fig("2027", 2027, None, "year"),
        ],
        phones=[phone("+212537670372"), phone("+212661234578")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Salma Bennani", "chargée de communication", "Bureau de l’UNESCO pour le Maghreb",
                          ["+212537670372", "+212661234578"], [])],
        notes="A news page of a UN agency's field office (a real office; the project, people and numbers are made up). "
              "Boilerplate: skip line, the agency's name and long form in the header, language line, a menu of "
              "labels with '▾', the office name, breadcrumb, an English 'UN News ▸' ticker (tag 'foreign-ticker'), "
              "the update line and a text-to-speech line ('▶ Écouter cet article (3 min)', tag 'audio-player', its "
              "duration not a figure) under the title; at the bottom the related-topics line, share line, 'Autres "
              "actualités' headlines with dates, the office's address with the 10170 postcode and the copyright line. "
              "The first two paragraphs are UTF-8 read as cp1250 ('dĂ©cembre', 'â€“'); œ became '?' in the last two "
              "('une ?uvre'). Organisations in both orders: 'long form (UNESCO)' and 'ICESCO (long form)' (an English "
              "acronym after a French long form, h184-h199). The Korean agency is listed under the French long form "
              "the text writes with its English acronym. The ministry is a signatory (listed, h152-h167); the "
              "agency's office ('Bureau de l’UNESCO pour le Maghreb') appears in a role and in the contact line only: "
              "the contact's organisation, not listed apart (h40-h55). 'XVIIe', 'XIIIe' siècle: ordinals "
              "(h200-h215). 'd’ici fin 2027': '2027'. 'Quinze restaurateurs et archivistes': unit the first noun. "
              "'la province de Zagora' gives 'Zagora'; 'du Drâa' (the valley and river) and 'le Sahara' are places "
              "(iso null); 'Maghreb' is only inside the office's name. Moroccan numbers '+212 (0)5 ...' and a mobile "
              "'06 ...' without code; the address is hidden.",
    ),
))

# --------------------------------------------------------------------------- h273 Haiti agriculture ministry, old CMS: hard wraps with a split number, ’ dropped, a paragraph without accents, space before comma, cut-off phone
PAGES.append(Page(
    name="h273-marndr-haiti-semences-campagne-hiver",
    meta={"site": "www.agriculture.example.gouv.ht", "style": "ministry-old-cms-cut-page",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "cms-footer", "hard-wrap", "wrapped-number", "lost-apostrophe",
                      "stripped-accents", "space-before-comma", "double-space", "truncated-phone"]},
    wrap=74, jitter=12,
    blocks=[
        B("""MARNDR - Ministère de l'Agriculture, des Ressources Naturelles et du Développement Rural
Accueil :: Le Ministère :: Directions :: Projets :: Publications :: Communiqués :: Contact
Bienvenue sur le site officiel du MARNDR | Mercredi, 03 Décembre 2025
Vous êtes ici: Accueil » Communiqués
Menu principal
Le Ministère
Le Ministère
Directions départementales
Directions départementales
Communiqués
Communiqués"""),
        P("Campagne d’hiver : le MARNDR distribue 850 tonnes de semences dans le Nord-Est et l’Artibonite",
          nowrap=True, apos="drop"),
        B("Écrit par Unité de communication | lundi, 01 décembre 2025 16:25 | Affichages : 1204"),
        P("Port-au-Prince, lundi 1er décembre 2025 - Le ministère de l’Agriculture, des Ressources naturelles et du "
          "Développement rural (MARNDR) lance ce mois-ci la distribution de 850 tonnes de semences de haricot, de "
          "maïs et de sorgho pour la campagne agricole d’hiver dans les départements du Nord-Est et de "
          "l’Artibonite.", apos="drop"),
        P("Quelque 12⏎400 planteurs, dont 38 % de femmes, recevront chacun un kit de 25 kilos de semences et 50 kilos "
          "d’engrais, au prix subventionné de 750 gourdes au lieu de 3 200 gourdes sur le marché.", apos="drop"),
        P("Dans le Nord-Est, les communes de Fort-Liberté, Ouanaminthe et Trou-du-Nord ont perdu près de 60 % de leur "
          "récolte de printemps à cause de la sécheresse, selon la Coordination nationale de la sécurité alimentaire "
          "(CNSA).", strip=True),
        P("L’opération, d’un coût de 187 millions de gourdes[[ ,||,]] [[est  financée||est financée]] par la Banque "
          "interaméricaine de développement (BID) et par l’Organisation des Nations unies pour l’alimentation et "
          "l’agriculture (FAO), qui apporte 1,1 million de dollars américains."),
        P("« La campagne d’hiver représente à elle seule près du quart de la production nationale de haricot. Nous "
          "ne pouvons pas la rater », a déclaré le ministre de l’Agriculture."),
        P("Les distributions auront lieu du 8 au 20 décembre dans 14 points de vente, dont 9 dans l’Artibonite, "
          "notamment aux Gonaïves et à Saint-Marc.", apos="drop"),
        P("Le ministère rappelle que la campagne de printemps 2025 avait permis de distribuer 620 tonnes de semences "
          "à 9⏎150 planteurs, mais qu’une partie des kits était arrivée avec trois semaines de retard, après les "
          "premières pluies.", apos="drop"),
        P("Un suivi par SMS"),
        P("Pour éviter les détournements constatés en 2024, chaque planteur recevra un code par SMS à présenter au "
          "point de vente. Les 14 points de distribution seront contrôlés par 42 agents de la Direction "
          "départementale agricole du Nord-Est (DDANE) et de la Direction départementale agricole de l’Artibonite "
          "(DDAA).", apos="drop"),
        P("Les prix des denrées restent élevés : selon la CNSA, le coût du panier alimentaire a augmenté de 18,4 % en "
          "un an dans l’Artibonite, pour atteindre 9 850 gourdes par mois pour une famille de cinq personnes."),
        L("Pour plus d’informations : Unité de communication du MARNDR – communication@agriculture.example.gouv.ht "
          "– Tél. : (509) 2943-1870 / 3701-45"),
    ],
    gold=dict(
        title="Campagne d’hiver : le MARNDR distribue 850 tonnes de semences dans le Nord-Est et l’Artibonite",
        dateline=dl("Port-au-Prince", "2025-12-01"),
        organisations=[org("ministère de l’Agriculture, des Ressources naturelles et du Développement rural",
                           "MARNDR"),
                       org("Coordination nationale de la sécurité alimentaire", "CNSA"),
                       org("Banque interaméricaine de développement", "BID"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Direction départementale agricole du Nord-Est", "DDANE"),
                       org("Direction départementale agricole de l’Artibonite", "DDAA")],
        places=[place("Nord-Est"), place("Artibonite"), place("Port-au-Prince"), place("Fort-Liberté"),
                place("Ouanaminthe"), place("Trou-du-Nord"), place("Gonaïves"), place("Saint-Marc")],
        figures=[
            fig("850 tonnes", 850, "tonnes", "other"),
            fig("lundi 1er décembre 2025", "2025-12-01", None, "date"),
            fig("Quelque 12 400 planteurs", 12400, "planteurs", qualifier="Quelque"),
            fig("38 %", 38, "%", "percent"),
            fig("25 kilos", 25, "kilos", "other"),
            fig("50 kilos", 50, "kilos", "other"),
            fig("750 gourdes", 750, "gourdes", "money", currency="HTG"),
            fig("3 200 gourdes", 3200, "gourdes", "money", currency="HTG"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("187 millions de gourdes", 187000000, "gourdes", "money", currency="HTG"),
            fig("1,1 million de dollars américains", 1100000, "dollars américains", "money", currency="USD"),
            fig("près du quart", 0.25, None, "other", qualifier="près du"),
            fig("8", "--12-08", None, "date"),
            fig("20 décembre", "--12-20", None, "date"),
            fig("14 points", 14, "points"),
            fig("9", 9, None),
            fig("2025", 2025, None, "year"),
            fig("620 tonnes", 620, "tonnes", "other"),
            fig("9 150 planteurs", 9150, "planteurs"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("en 2024", 2024, None, "year"),
            fig("42 agents", 42, "agents"),
            fig("18,4 %", 18.4, "%", "percent"),
            fig("9 850 gourdes", 9850, "gourdes", "money", currency="HTG"),
            fig("cinq personnes", 5, "personnes"),
        ],
        phones=[phone("+50929431870")],
        emails=["communication@agriculture.example.gouv.ht"],
        contacts=[contact(None, None, "Unité de communication du MARNDR", ["+50929431870"],
                          ["communication@agriculture.example.gouv.ht"])],
        notes="A communiqué of Haiti's agriculture ministry (a real ministry; the campaign and numbers are made up) on an "
              "old CMS whose page was cut off by the scraper after the contact line. Boilerplate: the site-name "
              "line, a menu with '::' separators, the welcome line with the date, breadcrumb, a left-column 'Menu principal' with doubled labels (tag 'duplicate-lines'), and the article-info "
              "line under the title ('Écrit par ... | date time | Affichages : 1204', tag 'cms-footer'). The body is "
              "hard-wrapped at about 70 columns (joined), the wrap splitting 'Quelque 12' / '400 planteurs' and 'à 9' / '150 planteurs'. ’ dropped "
              "in the title and in three paragraphs ('lArtibonite', 'dhiver', 'dengrais'), restored; the CNSA "
              "paragraph was typed without accents (place names included: 'Fort-Liberte'), restored; a space before "
              "a comma and a double space in the funding paragraph. Dateline 'Port-au-Prince, lundi 1er décembre 2025 "
              "-' (weekday without 'le', hyphen): figure 'lundi 1er décembre 2025'. 'Nord-Est' and 'Artibonite' are "
              "departments (iso null); 'aux Gonaïves' gives 'Gonaïves'. The ministry is listed under the body's "
              "normal-case long form (the capitalised site name is chrome). 'dont 9 dans l’Artibonite': unit null; "
              "'14 points de vente': unit 'points'. 'près du quart': fraction (h152-h167). 'du 8 au 20 décembre': '8' "
              "(--12-08) and '20 décembre'. 'de printemps', 'ce mois-ci', 'en un an', 'par mois' are not figures; 'la campagne de printemps 2025': a year dating a season ('2025', the season's noun out); 'Les 14 points de distribution' repeats the text '14 points' (listed once). The two departmental directorates are organisations (long form and acronym each; the département inside their name is listed anyway as it stands alone). The heading 'Un suivi par SMS' is an article line. 'le ministre de "
              "l’Agriculture' is a role. The contact line is an office contact; its second number is cut off at the "
              "end of the page ('3701-45', tag 'truncated-phone'): not a phone.",
    ),
))

# --------------------------------------------------------------------------- h274 Kinshasa news portal reprinting an ACP wire: Lingala ticker, dispatch slug, '(ACP).-' dateline, case damage, cp1252 paragraph, dotless ı, votes, comments
PAGES.append(Page(
    name="h274-kinactu24-acp-rougeole-campagne-vaccination",
    meta={"site": "www.kinactu24.example.cd", "style": "news-portal-wire-reprint-lingala-ticker",
          "defects": ["foreign-ticker", "menu", "wire-slug", "case-damage", "mojibake-cp1252", "dotless-i",
                      "votes-widget", "comments-widget", "paywall", "share-lines"]},
    blocks=[
        B("""KINACTU24
L’info du Congo en continu
Nsango ya sika ▸ Mbula makasi ebebisi bandako 40 na Ngaliema ▸ Leopards : basani 25 baponami
Accueil • Politique • Économie • Santé • Provinces • Sport • Culture • Vidéos
SANTÉ
Dépêche ACP n° 4127 | Santé | 02/12/2025 à 10h47"""),
        P("Rougeole : 4,2 millions d’enfants à vacciner dans 11 provinces à partir du 8 décembre"),
        B("Par la Rédaction avec ACP · 3 min de lecture"),
        P("Kinshasa, 02 décembre 2025 (ACP).- Le [[ministÈre de la SantÉ||ministère de la Santé]] publique, Hygiène "
          "et Prévoyance sociale lance, du 8 au 14 décembre, une campagne de riposte vaccinale contre la rougeole "
          "ciblant 4,2 millions d’enfants âgés de 6 à 59 mois dans 11 provinces, a appris mardi l’ACP."),
        P("Depuis janvier, le pays a notifié plus de 38.000 cas suspects et 612 décès, dont 71 % chez des enfants de "
          "moins de 5 ans. Les provinces du Sankuru, de la Tshopo et du Kasaï-Central concentrent près de la moitié "
          "des cas.", moji="cp1252"),
        P("La campagne, d’un coût de 9,6 millions de dollars américains, est financée par Gavi, l’Alliance du vaccin, "
          "avec l’appui technique de l’Organisation mondiale de la santé (OMS) et du Fonds des Nations unies pour "
          "l’enfance (UNICEF). Quelque 14 500 [[vaccınateurs||vaccinateurs]] seront déployés dans 1 320 aires de "
          "santé."),
        P("« Aucun enfant ne doit mourir d’une maladie que l’on prévient avec un vaccin qui coûte moins de 1 dollar "
          "la dose », a déclaré le ministre lors du lancement officiel à Kikwit."),
        B("""Cet article vous est offert par Kinactu24. Pour soutenir une information libre, abonnez-vous dès 5 $ par mois.
Je m’abonne"""),
        P("Les parents peuvent se renseigner au numéro vert 122 ou auprès de la cellule de communication du "
          "programme élargi de vaccination (PEV) : +243 81 700 41 25, pev.communication@sante.example.cd."),
        B("""ACP/KMN/MBL
👍 24 · 👎 2
Partager : Facebook · WhatsApp · X · Telegram
3 commentaires
Papy Mulumba · il y a 2 heures
Enfin ! Mais il faut aussi penser au choléra à Kalemie.
Répondre
Sarah K. · il y a 1 heure
Dans notre aire de santé à Mbandaka, les vaccinateurs n’ont pas été payés depuis 3 mois.
Répondre
Laisser un commentaire
Votre nom *
Envoyer
Les plus lus
Ligue 1 : V.Club renverse Mazembe au stade des Martyrs
Carburant : le prix du litre fixé à 3 150 FC à Kinshasa
KINACTU24 – Avenue de la Justice n° 48, Gombe, Kinshasa – redaction@kinactu24.example.cd
© 2025 Kinactu24 – Tous droits réservés"""),
    ],
    gold=dict(
        title="Rougeole : 4,2 millions d’enfants à vacciner dans 11 provinces à partir du 8 décembre",
        dateline=dl("Kinshasa", "2025-12-02"),
        organisations=[org(None, "ACP"),
                       org("ministère de la Santé publique, Hygiène et Prévoyance sociale", None),
                       org("Alliance du vaccin", "Gavi"),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF")],
        places=[place("Kinshasa"), place("Sankuru"), place("Tshopo"), place("Kasaï-Central"), place("Kikwit")],
        figures=[
            fig("4,2 millions d’enfants", 4200000, "enfants"),
            fig("11 provinces", 11, "provinces"),
            fig("8 décembre", "--12-08", None, "date"),
            fig("02 décembre 2025", "2025-12-02", None, "date"),
            fig("8", "--12-08", None, "date"),
            fig("14 décembre", "--12-14", None, "date"),
            fig("6", 6, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("plus de 38.000 cas", 38000, "cas", qualifier="plus de"),
            fig("612 décès", 612, "décès"),
            fig("71 %", 71, "%", "percent"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("9,6 millions de dollars américains", 9600000, "dollars américains", "money", currency="USD"),
            fig("Quelque 14 500 vaccinateurs", 14500, "vaccinateurs", qualifier="Quelque"),
            fig("1 320 aires", 1320, "aires"),
            fig("moins de 1 dollar", 1, "dollar", "money", qualifier="moins de", currency="USD"),
        ],
        phones=[phone("+243817004125")],
        emails=["pev.communication@sante.example.cd"],
        contacts=[contact(None, None, "cellule de communication du programme élargi de vaccination (PEV)",
                          ["+243817004125"], ["pev.communication@sante.example.cd"])],
        notes="A (made-up) Kinshasa news portal reprinting a dispatch of the Congolese press agency (ACP). "
              "Boilerplate: the portal's name and slogan, a Lingala headline ticker ('Nsango ya sika ▸ ...', tag "
              "'foreign-ticker', a language new to the corpus), a menu with '•' separators, the rubric kicker "
              "'SANTÉ', the dispatch slug 'Dépêche ACP n° 4127 | Santé | date à time' (tag 'wire-slug'), the byline "
              "with reading time, a subscription call between two paragraphs ('Cet article vous est offert ... abonnez-vous dès 5 $ par mois.', 'Je m’abonne', tag 'paywall'), the wire initials 'ACP/KMN/MBL', a thumbs-up/down counter (tag 'votes-widget'), "
              "share line, the comments with their author/time lines, 'Répondre' and the comment form (tag "
              "'comments-widget'), 'Les plus lus' headlines, footer and copyright. Dateline 'Kinshasa, 02 décembre "
              "2025 (ACP).-' (zero-padded day, the agency in brackets, the '.-' dash of that agency's style): date "
              "2025-12-02, figure '02 décembre 2025'; ACP is an organisation (acronym only, README agencies rule). "
              "ASCII-case damage in the ministry's name ('ministÈre de la SantÉ', restored), the second paragraph "
              "is UTF-8 read as cp1252 (with dot thousands: 'plus de 38.000 cas'), a Turkish dotless ı in 'vaccınateurs' (restored to 'i'). Title 'à partir du "
              "8 décembre' gives '8 décembre'; the body's 'du 8 au 14 décembre' '8' (--12-08) and '14 décembre'. 'âgés "
              "de 6 à 59 mois': '6' (age, unit null) and '59 mois'. 'Gavi, l’Alliance du vaccin': listed with acronym "
              "'Gavi' as written and the apposed long form (decision of this set). 'moins de 1 dollar' (money, unit "
              "as written, 'la dose' out). 'numéro vert 122' is neither phone nor figure. The PEV is a programme (not "
              "an organisation); its communication cell is the contact's organisation as written. 'Depuis janvier', "
              "'mardi' are not figures. 'Kikwit' (venue of the launch) is a place.",
    ),
))

# --------------------------------------------------------------------------- h275 Central African NGO report in an online document reader: reader chrome, letterhead, capital title, dot-leader TOC, PDF wraps, hyphenation, ligatures, U+2010, ’ and œ as U+FFFD, glued phone
FF = "\ufffd"
PAGES.append(Page(
    name="h275-aso-rca-cliniques-mobiles-ouham-liseuse",
    meta={"site": "www.liseuse-docs.example.com", "style": "online-document-reader-ngo-report",
          "defects": ["pdf-chrome", "page-furniture", "dot-leaders", "pdf-hyphenation", "hard-wrap",
                      "stray-unicode-ligature", "stray-unicode-hyphen", "lost-apostrophe", "oe-replacement-char",
                      "unaccented-capitals", "glued-phone", "postcode-trap"]},
    blocks=[
        B("""LiseuseDocs
Rechercher des documents, des auteurs…
Se connecter | S’inscrire gratuitement
Rapport_etape_cliniques_mobiles_Ouham_dec2025.pdf
Publié par Action Santé Ouham · 3 pages · 214 lectures
⬇ Télécharger   🖨 Imprimer   ⛶ Plein écran   ⤴ Partager
Page 1 / 3      −   100 %   +
ACTION SANTE OUHAM (ASO)
ONG de droit centrafricain – Agrément n° 0142/MSP/2019 – BP 1287 Bangui"""),
        P("[[CLINIQUES MOBILES DANS L" + FF + "OUHAM : RAPPORT D" + FF + "ETAPE AU 30 NOVEMBRE 2025||CLINIQUES MOBILES "
          "DANS L’OUHAM : RAPPORT D’ÉTAPE AU 30 NOVEMBRE 2025]]"),
        X("                                                    Bossangoa, le 2 décembre 2025",
          "Bossangoa, le 2 décembre 2025"),
        B("""Sommaire
1. Contexte ............................................................ 1
2. Activités réalisées ................................................. 1
3. Difficultés et perspectives ......................................... 2
Contacts ............................................................... 3"""),
        P("1. Contexte"),
        P(rep("Depuis mars 2024, Action Santé Ouham (ASO) déploie quatre cliniques mobiles dans les⏎"
              "sous[[\u2010||-]]préfectures de Bossangoa, Nana-Bakassa et Markounda,⏎dans le nord-ouest de la "
              "République centrafricaine, où 62 % des formations sanitaires sont fermées ou⏎détruites. La population "
              "couverte est estimée à 148 000 personnes, dont 21 000 déplacés⏎internes, qui vivent pour la plupart "
              "à plus de 15 kilomètres d’un centre de santé⏎fonctionnel.", "’", FF), lig=True),
        P("2. Activités réalisées"),
        P(rep("Entre le 1er janvier et le 30 novembre 2025, les équipes ont réalisé 36 412 consultations⏎curatives, "
              "dont 54 % pour des enfants de moins de 5 ans. Le paludisme reste la première⏎cause de consultation "
              "(47 %), devant les infections respiratoires (18 %) et les diarrhées⏎(11 %). Au total, 1 286 femmes "
              "enceintes ont bénéficié d’au moins quatre consultations " + hy("préna", "tales") + " et 612 "
              "accouchements ont été assistés par une sage[[\u2010||-]]femme qualifiée.", "’", FF), lig=True),
        B("ASO – Rapport d" + FF + "étape – décembre 2025                                                    1\n"
          "Page 2 / 3      −   100 %   +"),
        P("3. Difficultés et perspectives"),
        P(rep("La saison des pluies a coupé la route entre Bossangoa et Markounda pendant 41 jours, et deux "
              "véhicules⏎ont été immobilisés. Le coût mensuel d’une clinique mobile atteint 11,8 millions de francs "
              "CFA.⏎Le financement actuel du Fonds humanitaire pour la République centrafricaine, d’un montant de⏎"
              "640 000 dollars, s’achève le 31 mars 2026. Faute de fonds, ASO ne pourra mettre en œuvre que deux⏎"
              "des quatre cliniques prévues en 2026 : l’ONG recherche 1,2 million de dollars pour maintenir ses⏎"
              "équipes jusqu’en " + hy("décem", "bre") + " 2026.", "’", FF), lig=True, oe="fffd"),
        B("ASO – Rapport d" + FF + "étape – décembre 2025                                                    2\n"
          "Page 3 / 3      −   100 %   +"),
        L("""Contacts
Dr Blaise Ngaïkoïsset, coordinateur médical – [[Tél.+236||Tél. +236]] 72 50 41 18 – b.ngaikoisset@aso-rca.example.org
Bureau de Bangui : +236 21 61 27 40 – bangui@aso-rca.example.org"""),
        B("""ASO – Rapport d""" + FF + """étape – décembre 2025                                                    3
Documents similaires
Rapport annuel 2024 – Action Santé Ouham (12 pages)
Plan de réponse humanitaire RCA 2026 – synthèse (8 pages)
Signaler ce document
© 2025 LiseuseDocs – Conditions d’utilisation – Confidentialité"""),
    ],
    gold=dict(
        title="CLINIQUES MOBILES DANS L’OUHAM : RAPPORT D’ÉTAPE AU 30 NOVEMBRE 2025",
        dateline=dl("Bossangoa", "2025-12-02"),
        organisations=[org("Action Santé Ouham", "ASO"),
                       org("Fonds humanitaire pour la République centrafricaine", None)],
        places=[place("Ouham"), place("Bossangoa"), place("Nana-Bakassa"), place("Markounda"),
                place("République centrafricaine", "CF"), place("Bangui")],
        figures=[
            fig("30 NOVEMBRE 2025", "2025-11-30", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("mars 2024", 2024, None, "year"),
            fig("quatre cliniques", 4, "cliniques"),
            fig("62 %", 62, "%", "percent"),
            fig("148 000 personnes", 148000, "personnes"),
            fig("21 000 déplacés", 21000, "déplacés"),
            fig("plus de 15 kilomètres", 15, "kilomètres", "other", qualifier="plus de"),
            fig("le 1er janvier", "2025-01-01", None, "date"),
            fig("le 30 novembre 2025", "2025-11-30", None, "date"),
            fig("36 412 consultations", 36412, "consultations"),
            fig("54 %", 54, "%", "percent"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("47 %", 47, "%", "percent"),
            fig("18 %", 18, "%", "percent"),
            fig("11 %", 11, "%", "percent"),
            fig("1 286 femmes", 1286, "femmes"),
            fig("au moins quatre consultations", 4, "consultations", qualifier="au moins"),
            fig("612 accouchements", 612, "accouchements"),
            fig("41 jours", 41, "jours", "duration"),
            fig("deux véhicules", 2, "véhicules"),
            fig("11,8 millions de francs CFA", 11800000, "francs CFA", "money", currency="XAF"),
            fig("640 000 dollars", 640000, "dollars", "money", currency="USD"),
            fig("le 31 mars 2026", "2026-03-31", None, "date"),
            fig("deux", 2, None),
            fig("en 2026", 2026, None, "year"),
            fig("1,2 million de dollars", 1200000, "dollars", "money", currency="USD"),
            fig("décembre 2026", 2026, None, "year"),
        ],
        phones=[phone("+23672504118"), phone("+23621612740")],
        emails=["b.ngaikoisset@aso-rca.example.org", "bangui@aso-rca.example.org"],
        contacts=[contact("Blaise Ngaïkoïsset", "coordinateur médical", None, ["+23672504118"],
                          ["b.ngaikoisset@aso-rca.example.org"]),
                  contact(None, None, "Bureau de Bangui", ["+23621612740"], ["bangui@aso-rca.example.org"])],
        notes="A (made-up) Central African NGO's progress report shown by an online document reader (new shape of "
              "'pdf-chrome'): the reader's name, search and login lines, the file-name line, the publisher/pages/reads "
              "line, the toolbar ('⬇ Télécharger 🖨 Imprimer ...'), the 'Page n / 3 − 100 % +' lines, 'Documents "
              "similaires' with two documents, 'Signaler ce document' and the copyright line are boilerplate, as are "
              "the PDF's letterhead (NGO name in capitals, registration line with 'BP 1287 Bangui'; a PDF without CMS "
              "title, h56-h71), the dot-leader table of contents and the running footer 'ASO – Rapport d’étape – "
              "décembre 2025 n' (page furniture between two paragraphs). The capital title lacks its É and its ’ "
              "became U+FFFD ('RAPPORT D�ETAPE'): restored. Every ’ of the body is U+FFFD and œ too ('mettre en "
              "�uvre'), from one lossy trip (h232-h247): restored. The dateline stands right-aligned on its own line "
              "under the title. PDF line ends are hard wraps (joined), with hyphenation ('préna-'/'tales', "
              "'décem-'/'bre'), fi/fl ligatures and U+2010 in 'sous‐préfectures' and 'sage‐femme' (restored to '-'). "
              "Section numbers '1.'-'3.' are not figures; the headings are article lines. 'Entre le 1er janvier et le "
              "30 novembre 2025': the first bound keeps its 'le' and takes the second's year (h72-h87); the title's "
              "'30 NOVEMBRE 2025' is another text. 'les infections respiratoires (18 %)': percents. 'deux des quatre "
              "cliniques prévues en 2026': 'deux' with unit null ('quatre cliniques' already listed). 'jusqu’en "
              "décembre 2026': month-year. 'la première cause': ordinal word. The Fonds humanitaire is listed as "
              "written (no acronym); 'République centrafricaine' also stands alone (place CF). The 'Contacts' heading "
              "is an article line; the first contact's number is glued to its label ('Tél.+236', tag 'glued-phone'); "
              "'Dr' stays out of 'person'; the second line is an office contact whose city (Bangui) is a place. "
              "Francs CFA in the Central African Republic: XAF.",
    ),
))

# --------------------------------------------------------------------------- h276 Senegal river basin organisation (Dakar): glued headings, lost dashes and €, acronyms in both orders, contacts in three countries, [at] e-mail
PAGES.append(Page(
    name="h276-omvs-port-fluvial-ambidedi",
    meta={"site": "www.omvs.example.org", "style": "river-basin-organisation-newsroom",
          "defects": ["menu", "breadcrumb", "heading-glued", "lost-dash", "double-space", "lost-euro",
                      "obfuscated-email", "share-lines", "postcode-trap"]},
    blocks=[
        B("""OMVS
Organisation pour la mise en valeur du fleuve Sénégal
Guinée · Mali · Mauritanie · Sénégal
L’OMVS | Programmes | Ouvrages | Navigation | Documentation | Médiathèque | Appels d’offres
Accueil / Médiathèque / Communiqués"""),
        P("Navigation : l’OMVS lance les travaux du port fluvial d’Ambidédi, au Mali"),
        P("Dakar, 3 déc. 2025 – La Société de gestion et d’exploitation de la navigation sur le fleuve Sénégal "
          "(SOGENAV), filiale de l’OMVS (Organisation pour la mise en valeur du fleuve Sénégal), a lancé mardi les "
          "travaux du port fluvial d’Ambidédi, dans la région de Kayes. Le port reliera le Mali à l’océan Atlantique "
          "par un chenal navigable de 905 kilomètres jusqu’à Saint-Louis.", nodash=""),
        P("Un chantier de 38 mois"),
        P("Les travaux, confiés à un groupement d’entreprises sénégalaises et maliennes, dureront 38 mois et "
          "coûteront 96,5 milliards de francs CFA. Ils sont financés par la Banque islamique de développement (BID), "
          "la Banque ouest-africaine de développement (BOAD) et par un prêt de 48 M€ de l’Union européenne.",
          glue=True, noeuro=""),
        P("Moins de camions sur les routes"),
        P("À terme, le port traitera jusqu’à 1,5 million de tonnes de marchandises par an, soit 40 000 camions de "
          "moins chaque année sur le corridor Dakar–Bamako. Le fret fluvial devrait coûter près de 30 % de moins que "
          "le transport routier.", glue=True, nodash=""),
        P("« Le fleuve redevient une route, comme il l’était au XIXe siècle », a déclaré le haut-commissaire de "
          "l’OMVS lors de la cérémonie de lancement, en présence des ministres des Transports des quatre États "
          "membres."),
        L("""Contacts presse :
Sénégal : Aïssatou Diallo, chargée de communication, OMVS – +221 33 859 81 81 – Fax : +221 33 864 01 63 – a.diallo [at] omvs.example.org
Mali : Boubacar Traoré, SOGENAV Kayes – (+223) 21 52 14 08 / 76 44 12 90
Mauritanie : Cellule de communication, Nouakchott – 00 222 45 25 18 77 – com.nkc@omvs.example.org""",
          nodash=""),
        B("""Partager : Facebook · X · LinkedIn · WhatsApp
Documents à télécharger : Fiche projet – Port fluvial d’Ambidédi (PDF, 1,2 Mo)
Haut-Commissariat de l’OMVS – 46, rue Carnot – BP 3152 Dakar – Sénégal – Tél. +221 33 859 81 81
© OMVS 2025 – Tous droits réservés"""),
    ],
    gold=dict(
        title="Navigation : l’OMVS lance les travaux du port fluvial d’Ambidédi, au Mali",
        dateline=dl("Dakar", "2025-12-03"),
        organisations=[org("Organisation pour la mise en valeur du fleuve Sénégal", "OMVS"),
                       org("Société de gestion et d’exploitation de la navigation sur le fleuve Sénégal", "SOGENAV"),
                       org("Banque islamique de développement", "BID"),
                       org("Banque ouest-africaine de développement", "BOAD"),
                       org("Union européenne", None)],
        places=[place("Ambidédi"), place("Mali", "ML"), place("Dakar"), place("Kayes"),
                place("océan Atlantique"), place("Saint-Louis"), place("Bamako"), place("Sénégal", "SN"),
                place("Mauritanie", "MR"), place("Nouakchott")],
        figures=[
            fig("3 déc. 2025", "2025-12-03", None, "date"),
            fig("905 kilomètres", 905, "kilomètres", "other"),
            fig("38 mois", 38, "mois", "duration"),
            fig("96,5 milliards de francs CFA", 96500000000, "francs CFA", "money", currency="XOF"),
            fig("48 M€", 48000000, "M€", "money", currency="EUR"),
            fig("jusqu’à 1,5 million de tonnes", 1500000, "tonnes", "other", qualifier="jusqu’à"),
            fig("40 000 camions", 40000, "camions"),
            fig("près de 30 %", 30, "%", "percent", qualifier="près de"),
            fig("XIXe", 19, None, "ordinal"),
            fig("quatre États", 4, "États"),
        ],
        phones=[phone("+221338598181"), phone("+221338640163", "fax"), phone("+22321521408"),
                phone("+22376441290"), phone("+22245251877")],
        emails=["com.nkc@omvs.example.org"],
        contacts=[contact("Aïssatou Diallo", "chargée de communication", "OMVS",
                          ["+221338598181", "+221338640163"], []),
                  contact("Boubacar Traoré", None, "SOGENAV Kayes", ["+22321521408", "+22376441290"], []),
                  contact(None, None, "Cellule de communication", ["+22245251877"], ["com.nkc@omvs.example.org"])],
        notes="A communiqué of the Senegal river basin organisation (a real regional body; the project, people and "
              "numbers are made up). Boilerplate: acronym and long form in the header, the member-states line, a "
              "one-line menu, breadcrumb, and at the bottom share line, download line, the high commission's address "
              "with 'BP 3152' and switchboard, copyright. Both subheadings are glued to the paragraph after them "
              "('38 moisLes travaux', 'routesÀ terme'); the en dashes of the dateline, of the corridor 'Dakar–Bamako' "
              "('DakarBamako') and of the contact lines are lost (double spaces); the € of '48 M€' is lost ('48 M de "
              "l’Union'): all restored. Organisations in both orders: 'long form (SOGENAV)' and 'OMVS (long form)'. "
              "Dateline 'Dakar, 3 déc. 2025 –' (abbreviated month with year): figure '3 déc. 2025'. 'Un chantier de 38 "
              "mois' (heading) and 'dureront 38 mois': one text. Francs CFA on a Dakar page: XOF. 'par an', 'chaque "
              "année' stay out; '40 000 camions de moins': a count. 'l’océan Atlantique' keeps its generic noun "
              "(h184-h199); the river 'Sénégal' is only inside the two bodies' names; 'Sénégal :', 'Mali :', "
              "'Mauritanie :' label the contact lines (places, h184-h199) and give the country of the numbers written "
              "without code (Mali's second number after '/'); '00 222 ...' takes its '00' international prefix "
              "(h200-h215). Three contacts: a person with role and body acronym (her address obfuscated with '[at]', "
              "kept, not listed), a person with an office label 'SOGENAV Kayes' (as 'OIM Rome'), and an office with "
              "its city (Nouakchott, a place; h200-h215 office-label rule). 'le haut-commissaire de l’OMVS', 'les "
              "ministres des Transports' are roles; 'groupement d’entreprises' is generic.",
    ),
))

# --------------------------------------------------------------------------- h277 Moroccan bank's quarterly results, PDF text: CJK junk line, letterhead, two-line capital title, right-aligned dateline, key-figures bullets, ligatures, U+2010, doubled accent, hyphenation, page marks
PAGES.append(Page(
    name="h277-baam-resultats-30-septembre-2025-pdf",
    meta={"site": "www.banque-alandalous.example.ma", "style": "bank-financial-communication-pdf",
          "defects": ["stray-unicode-cjk", "page-furniture", "hard-wrap", "pdf-hyphenation",
                      "stray-unicode-ligature", "stray-unicode-hyphen", "double-combining-accent"]},
    blocks=[
        B("""瑳桴敤 湩整牮慮楴湯污
BANQUE AL ANDALOUS DU MAROC
Société anonyme au capital de 1 840 000 000 dirhams – RC Casablanca 48 213 – ICE 001524879000042
COMMUNICATION FINANCIÈRE"""),
        X("            RÉSULTATS AU 30 SEPTEMBRE 2025 :\n"
          "   UNE CROISSANCE SOUTENUE DE L’ACTIVITÉ ET DES RÉSULTATS",
          "RÉSULTATS AU 30 SEPTEMBRE 2025 : UNE CROISSANCE SOUTENUE DE L’ACTIVITÉ ET DES RÉSULTATS"),
        X(" " * 52 + "Casablanca, le 27 novembre 2025", "Casablanca, le 27 novembre 2025"),
        P("Le Conseil d’administration de Banque Al Andalous du Maroc (BAAM), réuni le 26 novembre 2025 sous la⏎"
          "présidence de M. Karim Benslimane, a examiné l’activité et les comptes consolidés arrêtés au⏎"
          "30 septembre 2025.", lig=True),
        P("Activité commerciale"),
        L("""• Dépôts de la clientèle : 112,4 Mds DH (+6,1 %)
• Crédits à la clientèle : 97,8 Mds DH (+4,9 %)"""),
        P("Le [[re\u0301\u0301seau||réseau]] s’est enrichi de 38 nouvelles agences depuis janvier, pour atteindre 1 214 "
          "agences au⏎Maroc et 96 en Afrique subsaharienne, où la banque est présente dans 7 pays, dont le Sénégal,⏎"
          "la Côte d’Ivoire et le Cameroun. Les flux financiers avec l’Afrique de l’Ouest ont progressé de 12 %.",
          lig=True),
        P("Résultats"),
        L("""• Produit net bancaire consolidé : 4 812 MDH (+7,3 %)
• Résultat net part du groupe : 1 146 MDH (+9,8 %)
• Coefficient d’exploitation : 47,2 % (-1,4 point)"""),
        B("BAAM – Communication financière – T3 2025" + " " * 40 + "1/2\nBANQUE AL ANDALOUS DU MAROC"),
        P("Le résultat net progresse malgré un environnement macro[[\u2010||-]]économique moins porteur. Le coût du "
          "risque⏎s’établit à 0,92 % des encours, contre 1,08 % un an plus tôt, grâce à une politique de "
          "provisionnement " + hy("pru", "dente") + " et à la baisse des créances en souffrance.", lig=True),
        P("Perspectives"),
        P("Le Conseil proposera à l’Assemblée générale un dividende de 16 dirhams par action au titre de⏎"
          "l’exercice 2025. La banque vise un coefficient d’exploitation inférieur à 45 % d’ici 2027 et la⏎"
          "fi" + "nalisation de son plan de transformation numérique.", lig=True),
        P("Le présent communiqué est publié conformément à la circulaire de l’Autorité marocaine du marché des⏎"
          "capitaux (AMMC). Les états financiers sont disponibles sur le site internet de la banque.", lig=True),
        L("""Relations investisseurs : Nadia El Amrani – +212 5 22 49 87 10 (poste 4418) – investisseurs@baam.example.ma
Direction de la communication : +212 (0)5 22 49 87 00"""),
        B("BAAM – Communication financière – T3 2025" + " " * 40 + "2/2"),
    ],
    gold=dict(
        title="RÉSULTATS AU 30 SEPTEMBRE 2025 : UNE CROISSANCE SOUTENUE DE L’ACTIVITÉ ET DES RÉSULTATS",
        dateline=dl("Casablanca", "2025-11-27"),
        organisations=[org("Banque Al Andalous du Maroc", "BAAM"),
                       org("Autorité marocaine du marché des capitaux", "AMMC")],
        places=[place("Casablanca"), place("Maroc", "MA"), place("Afrique subsaharienne"), place("Sénégal", "SN"),
                place("Côte d’Ivoire", "CI"), place("Cameroun", "CM"), place("Afrique de l’Ouest")],
        figures=[
            fig("30 SEPTEMBRE 2025", "2025-09-30", None, "date"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("le 26 novembre 2025", "2025-11-26", None, "date"),
            fig("30 septembre 2025", "2025-09-30", None, "date"),
            fig("112,4 Mds DH", 112400000000, "Mds DH", "money", currency="MAD"),
            fig("+6,1 %", 6.1, "%", "percent"),
            fig("97,8 Mds DH", 97800000000, "Mds DH", "money", currency="MAD"),
            fig("+4,9 %", 4.9, "%", "percent"),
            fig("38 nouvelles agences", 38, "agences"),
            fig("1 214 agences", 1214, "agences"),
            fig("96", 96, None),
            fig("7 pays", 7, "pays"),
            fig("12 %", 12, "%", "percent"),
            fig("4 812 MDH", 4812000000, "MDH", "money", currency="MAD"),
            fig("+7,3 %", 7.3, "%", "percent"),
            fig("1 146 MDH", 1146000000, "MDH", "money", currency="MAD"),
            fig("+9,8 %", 9.8, "%", "percent"),
            fig("47,2 %", 47.2, "%", "percent"),
            fig("-1,4 point", -1.4, "point", "other"),
            fig("0,92 %", 0.92, "%", "percent"),
            fig("1,08 %", 1.08, "%", "percent"),
            fig("16 dirhams", 16, "dirhams", "money", currency="MAD"),
            fig("2025", 2025, None, "year"),
            fig("45 %", 45, "%", "percent"),
            fig("2027", 2027, None, "year"),
        ],
        phones=[phone("+212522498710", extension="4418"), phone("+212522498700")],
        emails=["investisseurs@baam.example.ma"],
        contacts=[contact("Nadia El Amrani", None, "Relations investisseurs", ["+212522498710"],
                          ["investisseurs@baam.example.ma"]),
                  contact(None, None, "Direction de la communication", ["+212522498700"], [])],
        notes="The text layer of a (made-up) Moroccan bank's quarterly results release in PDF. Boilerplate: a junk CJK "
              "line at the top, the letterhead (bank name, capital, trade-register and ICE numbers; a PDF without CMS "
              "title, h56-h71), the 'COMMUNICATION FINANCIÈRE' label, the running footer 'BAAM – Communication "
              "financière – T3 2025 1/2' with the next page's running header, and the last page mark. The capital "
              "title is centred over two lines (one title line); the dateline stands right-aligned on its own line. "
              "PDF line ends are hard wraps (joined), with hyphenation ('pru-'/'dente'), fi/fl ligatures, U+2010 in "
              "'macro‐économique' and a doubled combining accent in 'réseau' (restored). Key-figure bullets are "
              "article lines, each kept apart with its '• '; their values carry their own currency ('Mds DH', 'MDH': "
              "millions and billions of dirhams, MAD, unit as written; value in dirhams, h88-h103 key-figures rule) "
              "and signed percents ('+6,1 %' value 6.1, h152-h167); '-1,4 point' is kind other with its sign, unit "
              "'point'. The title's '30 SEPTEMBRE 2025' and the body's '30 septembre 2025' ('arrêtés au' out) are two "
              "texts. '96 en Afrique subsaharienne': unit null. 'l’exercice 2025': a year dating a period (h216-h231). "
              "'inférieur à 45 %': 'inférieur à' is not a qualifier. '16 dirhams par action': 'par action' out. 'un "
              "an plus tôt', 'depuis janvier' are not figures. 'Conseil d’administration' and 'Assemblée générale' "
              "are organs of the company (generic, h152-h167, h216-h231). The AMMC sentence is the release's own "
              "trailer (article). 'M.' is not part of any contact (the chairman is not a contact). Two contact lines: a "
              "person under a department label with an extension in brackets ('(poste 4418)') (organisation as written) and an office line with '+212 (0)5 ...'.",
    ),
))

# --------------------------------------------------------------------------- h278 commune of Ixelles (Brussels): cookie banner, French/Dutch menus, ’ as a space, lost €, space before a comma, mixed quotes, '+32 0475'
PAGES.append(Page(
    name="h278-ixelles-plan-arbres-cours-ecole",
    meta={"site": "www.ixelles.example.be", "style": "brussels-commune-bilingual-fr-nl-chrome",
          "defects": ["cookie-banner", "menu", "breadcrumb", "lost-apostrophe", "lost-oe", "lost-euro", "space-before-comma",
                      "double-space", "mixed-quotes", "trunk-zero-kept", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ce site utilise des cookies fonctionnels et analytiques. [Tout accepter] [Refuser] [Préférences]
FR | NL | EN
Commune d’Ixelles – Gemeente Elsene
Vivre à Ixelles | Démarches | Environnement | Mobilité | Culture | Actualités
Wonen in Elsene | Diensten | Leefmilieu | Mobiliteit | Cultuur | Nieuws
Accueil > Actualités > Communiqués de presse"""),
        P("Ixelles plantera 1 500 arbres d’ici 2030 et désimperméabilisera 12 cours d’école"),
        P("Ixelles, le 2 décembre 2025 – Le collège des bourgmestre et échevins d’Ixelles a présenté lundi son plan "
          "« Ixelles respire », qui prévoit la plantation de 1 500 arbres d’ici 2030 et la désimperméabilisation de "
          "12 cours d’école, soit 18 400 m² de béton remplacés par de la terre et de la végétation.", apos="space"),
        P("Le plan représente un investissement de 6,8 millions d’euros sur cinq ans, dont 2,4 millions € pris en "
          "charge par la Région de Bruxelles-Capitale. Chaque arbre planté en voirie coûte en moyenne 1 150 €, "
          "entretien compris.", noeuro=""),
        P("Les premières plantations commenceront en février 2026 dans les quartiers Flagey, Boondael et Matonge, "
          "où la température au sol dépasse de 6 °C celle des zones arborées lors des vagues de chaleur, selon une "
          "étude de Bruxelles Environnement."),
        P("« Chaque degré gagné dans une cour d’école, ce sont des enfants qui respirent mieux », a souligné "
          "l’échevine de l’Environnement, [[L titia||Lætitia]] Vandenbroucke. Les habitants pourront parrainer un arbre sur la "
          "plateforme “Mon arbre à Ixelles”.", apos="space"),
        L("Contact presse : Julien Mertens, porte-parole du collège – 02 515 61 37 – +32 0475 28 91 44 – "
          "julien.mertens@ixelles.example.be"),
        B("""Partager : Facebook · Bluesky · LinkedIn · E-mail
Ces informations vous ont-elles été utiles ? Oui | Non
Commune d’Ixelles – Chaussée d’Ixelles 168 – 1050 Ixelles – 02 515 61 11
© Commune d’Ixelles – Vie privée – Accessibilité"""),
    ],
    gold=dict(
        title="Ixelles plantera 1 500 arbres d’ici 2030 et désimperméabilisera 12 cours d’école",
        dateline=dl("Ixelles", "2025-12-02"),
        organisations=[org("Région de Bruxelles-Capitale", None), org("Bruxelles Environnement", None)],
        places=[place("Ixelles"), place("Flagey"), place("Boondael"), place("Matonge")],
        figures=[
            fig("1 500 arbres", 1500, "arbres"),
            fig("2030", 2030, None, "year"),
            fig("12 cours", 12, "cours"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("18 400 m²", 18400, "m²", "other"),
            fig("6,8 millions d’euros", 6800000, "euros", "money", currency="EUR"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("2,4 millions €", 2400000, "€", "money", currency="EUR"),
            fig("1 150 €", 1150, "€", "money", currency="EUR"),
            fig("février 2026", 2026, None, "year"),
            fig("6 °C", 6, "°C", "other"),
        ],
        phones=[phone("+3225156137"), phone("+32475289144")],
        emails=["julien.mertens@ixelles.example.be"],
        contacts=[contact("Julien Mertens", "porte-parole du collège", None, ["+3225156137", "+32475289144"],
                          ["julien.mertens@ixelles.example.be"])],
        notes="A press release of a Brussels commune (a real commune; the plan, people and numbers are made up) under a "
              "bilingual chrome: cookie line at the top, FR/NL/EN line, the commune's French and Dutch names, a "
              "French menu and its Dutch copy ('Wonen in Elsene | ...', tag 'menu'), breadcrumb, and at the bottom a "
              "share line, a feedback widget ('Ces informations vous ont-elles été utiles ? Oui | Non'), footer with "
              "the 1050 postcode and switchboard, legal line: all boilerplate. ’ as a space in the dateline paragraph "
              "and the quote ('d Ixelles', 'd ici', 'l échevine'), and the æ of the alderwoman's first name dropped ('L titia', restored to 'Lætitia'; tagged 'lost-oe' as h120-h135); the € signs of the funding paragraph are lost "
              "('2,4 millions  pris', '1 150 , entretien': a double space and a space before a comma, restored to "
              "'2,4 millions € pris', '1 150 €,'); “ ” around a platform name in a page that uses « » (kept). '1 500 "
              "arbres' (title and body) is one text; '12 cours d’école': unit 'cours'. 'par de la terre', 'en "
              "moyenne' are not figures; 'dépasse de 6 °C': a measure. 'le collège des bourgmestre et échevins', "
              "'l’échevine de l’Environnement' are the commune's organ and a role (generic, as 'conseil municipal'); "
              "'Région de Bruxelles-Capitale' acts as funder (organisation, h216-h231 'Région Normandie'); "
              "'Bruxelles Environnement' (the regional environment agency) is an organisation, no acronym; "
              "'Bruxelles' stands only inside those names (not a place). Flagey, Boondael, Matonge are districts "
              "(places). The plan's name « Ixelles respire » is not a figure or an organisation. The mobile is "
              "written '+32 0475 ...' with the trunk 0 kept after the code (tag 'trunk-zero-kept', e164 without it); "
              "the landline '02 515 61 37' has no code (+32).",
    ),
))

# --------------------------------------------------------------------------- h279 African Court (Arusha): title twice with <h1>, English dateline on a French page, glued sentences, a paragraph without accents, legal-reference trap
H279_TITLE = "La Cour africaine ouvre sa 79e session ordinaire à Arusha"
PAGES.append(Page(
    name="h279-cour-africaine-79e-session-ordinaire-arusha",
    meta={"site": "www.african-court.example.org", "style": "regional-court-press-release-en-dateline",
          "defects": ["menu", "breadcrumb", "duplicate-title", "html-debris", "english-dateline", "body-glued",
                      "stripped-accents", "unaccented-capitals", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
African Court on Human and Peoples’ Rights
Cour africaine des droits de l’homme et des peuples
EN | FR | AR | PT
Accueil | La Cour | Affaires | Sessions | Presse | Bibliothèque | Contact
Accueil » Presse » Communiqués de presse"""),
        P(H279_TITLE),
        B(f"""<h1 class="page-title">{H279_TITLE}</h1>
Communiqué de presse · 01/12/2025"""),
        P("Arusha (Tanzania), Monday 1 December 2025 – La Cour africaine des droits de l’homme et des peuples a ouvert "
          "ce lundi, en son siège d’Arusha, sa 79e session ordinaire, qui se tiendra jusqu’au 19 décembre 2025."),
        P("Au cours de cette session, les onze juges examineront 21 requêtes et devraient rendre 8 arrêts et 3 avis "
          "consultatifs."),
        P("La Cour tiendra également des audiences publiques dans deux affaires, les 9 et 10 décembre.", glue=True),
        P("Depuis son entrée en fonction en 2006, la Cour a été saisie de 356 requêtes et a rendu 214 décisions, dont "
          "131 arrêts sur le fond. À ce jour, 34 États ont ratifié le Protocole portant création de la Cour, et 8 "
          "d’entre eux ont déposé la déclaration prévue à l’article 34(6), qui permet aux individus et aux "
          "organisations non gouvernementales de la saisir directement.", strip=True),
        P("Parmi les affaires inscrites au rôle figure la requête n° 027/2023, introduite par 14 anciens employés "
          "d’une société minière qui dénoncent la durée d’une procédure pendante depuis plus de neuf ans devant les "
          "juridictions nationales."),
        P("« La protection des droits de l’homme n’est effective que si nos arrêts sont exécutés », a rappelé la "
          "présidente de la Cour à l’ouverture des travaux."),
        P("Seuls 7 % des arrêts de la Cour ont été pleinement exécutés à ce jour, selon son dernier rapport "
          "d’activité.", glue=True),
        L("""Contact presse :
Gloria Mwakasege, chargée de presse
Tél. : +255 27 297 0430 ext. 112 – Mobile : +255 754 318 220
press@african-court.example.org"""),
        B("""Partager : Facebook · X · LinkedIn
Latest judgments
› Judgment on reparations in a land dispute (28/11/2025)
› Advisory opinion on climate obligations: hearing postponed (14/11/2025)
Dodoma Road – P.O. Box 6274 – Arusha, Tanzania – Tel. +255 27 297 0430
© 2025 African Court on Human and Peoples’ Rights"""),
    ],
    gold=dict(
        title=H279_TITLE,
        dateline=dl("Arusha", "2025-12-01"),
        organisations=[org("Cour africaine des droits de l’homme et des peuples", None)],
        places=[place("Arusha"), place("Tanzania", "TZ")],
        figures=[
            fig("79e", 79, None, "ordinal"),
            fig("Monday 1 December 2025", "2025-12-01", None, "date"),
            fig("19 décembre 2025", "2025-12-19", None, "date"),
            fig("onze juges", 11, "juges"),
            fig("21 requêtes", 21, "requêtes"),
            fig("8 arrêts", 8, "arrêts"),
            fig("3 avis", 3, "avis"),
            fig("deux affaires", 2, "affaires"),
            fig("9", "--12-09", None, "date"),
            fig("10 décembre", "--12-10", None, "date"),
            fig("en 2006", 2006, None, "year"),
            fig("356 requêtes", 356, "requêtes"),
            fig("214 décisions", 214, "décisions"),
            fig("131 arrêts", 131, "arrêts"),
            fig("34 États", 34, "États"),
            fig("8", 8, None),
            fig("14 anciens employés", 14, "employés"),
            fig("plus de neuf ans", 9, "ans", "duration", qualifier="plus de"),
            fig("7 %", 7, "%", "percent"),
        ],
        phones=[phone("+255272970430", extension="112"), phone("+255754318220")],
        emails=["press@african-court.example.org"],
        contacts=[contact("Gloria Mwakasege", "chargée de presse", None, ["+255272970430", "+255754318220"],
                          ["press@african-court.example.org"])],
        notes="A French press release of a real regional court (the session's figures, the case and the people are "
              "made up). Boilerplate: skip line, the court's English and French names, language line, menu, "
              "breadcrumb, a second copy of the title inside an '<h1 class=\"page-title\">' line (HTML and title "
              "printed twice), the type/date line, and at the bottom share line, English 'Latest judgments' "
              "headlines with dates, the address with 'P.O. Box 6274' and switchboard, copyright. English dateline on "
              "a French page: 'Arusha (Tanzania), Monday 1 December 2025 –': place 'Arusha', the bracketed country "
              "listed as a place ('Tanzania', TZ, as written in English), figure text with the English weekday "
              "(h232-h247). Two glued sentences ('consultatifs.La Cour', 'travaux.Seuls 7 %': the second "
              "paragraph's last sentence and the quote's follow-up start new lines, h136-h151). The history paragraph "
              "was typed without accents ('entree', 'Etats', 'A ce jour'): restored. Decisions: 'La Cour africaine' "
              "(title) and 'la Cour' are the same body, listed once under its long form (no acronym written); the "
              "'Protocole portant création de la Cour' is an instrument, not an organisation; 'la requête n° "
              "027/2023' and 'l’article 34(6)' are references, not figures (h136-h151). 'les 9 et 10 décembre': '9' "
              "(--12-09) and '10 décembre' (h152-h167), left without year as the rule for year-less ranges. '8 "
              "arrêts' and the bare '8' ('8 d’entre eux', unit null) are two texts. '79e' (title and body): one "
              "ordinal. 'la présidente de la Cour' is a role. Tanzanian numbers: an Arusha landline with 'ext. 112' (the same switchboard in the footer is chrome) and a mobile.",
    ),
))
