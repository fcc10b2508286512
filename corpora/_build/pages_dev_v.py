"""h216-h231: written blind in session 13, scored blind with session 14's starting and ending code, moved into dev in session 15.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_s.py, pages_dev_t.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README, the other page
sources or the dev/heldout pages). h216-h220 come from one made-up press room, the pan-African transboundary pest
organisation in Addis Ababa (Ethiopia), sharing its header, language line, menu, breadcrumb, share line, a locust
threat widget, a related block and footer with small variations from page to page; h221-h231 come from eleven other
sites, one page each (h221 clean, h222 in English, h223 listing): a volcano observatory (Réunion), a crafts fair's
press centre (Ouagadougou), a regional daily's live blog (Manche), a parliament's plenary press release, an audit
court's scanned communiqué (Dakar), a university's Drupal event page (Alexandria), the plain-text part of an e-mail
campaign (Nouméa), a published shared document (Chad), a radio interview transcript (Lubumbashi), a stock exchange's
issuer notice (Abidjan) and an open-data portal's dataset page (Luxembourg).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def swap(clean: str, chars: str, rep: str) -> str:
    """Markup for text whose raw side shows `rep` (e.g. '?' or U+FFFD) for each of `chars`."""
    return "".join(f"[[{rep}||{c}]]" if c in chars else c for c in clean)


# =========================================================================== OPLRT press room (Addis Ababa, Ethiopia)
OP_SITE = "www.oplrt-africa.example.int"


def op_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu"]
    if banner:
        lines.append(banner)
    lines += ["English | Français | العربية | Português | Kiswahili",
              "OPLRT – Organisation panafricaine de lutte contre les ravageurs transfrontières",
              "Une agence spécialisée de l’Union africaine",
              "Accueil",
              "L’Organisation",
              "Ravageurs",
              "Ravageurs",
              "Alerte précoce",
              "Salle de presse",
              "Salle de presse",
              "Publications",
              "Rechercher…",
              f"Accueil › Salle de presse › {rubric}",
              stamp]
    return "\n".join(lines)


def op_bottom(threat, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · LinkedIn · WhatsApp · Courriel",
              f"Niveau de menace acridienne (mis à jour le {threat[0]})",
              threat[1],
              "Salle de presse – à lire aussi"]
    lines += [f"› {h} ({d})" for h, d in related]
    if newsletter:
        lines.append("Bulletin mensuel sur le criquet pèlerin : votre adresse e-mail… S’abonner")
    lines += ["OPLRT – Africa Avenue (Bole Road) – B.P. 3243 – Addis-Abeba, Éthiopie – Standard : +251 11 551 77 00",
              "© 2025 OPLRT – Conditions d’utilisation – Confidentialité – Plan du site"]
    return "\n".join(lines)


def op_meta(defects, **extra):
    d = {"site": OP_SITE, "style": "pan-african-pest-agency-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


OP_NOTE = ("Site furniture shared by h216-h220 (skip line, an optional banner (accreditation deadline on h217, live "
           "stream on h219), five-language line, site name 'OPLRT – Organisation panafricaine de lutte contre les "
           "ravageurs transfrontières', the line 'Une agence spécialisée de l’Union africaine', vertical menu with "
           "doubled 'Ravageurs' and 'Salle de presse', search label, breadcrumb 'Accueil › Salle de presse › rubric' "
           "(Communiqués, Invitations presse, Avis, Discours, Reportages photo), a 'type | dd.mm.yyyy' line or 'Mis à "
           "jour le ... à ...' (h218); at the bottom an optional attachment line (h216, h219), share line, a 'Niveau "
           "de menace acridienne' widget whose date and region levels change on every page, 'Salle de presse – à "
           "lire aussi' with '› headline (dd/mm/yyyy)' lines that change, a newsletter line (absent on h220), footer "
           "with B.P. box and switchboard, copyright/legal line): all boilerplate; its numbers are neither figures "
           "nor phones, and the Union africaine named there is not listed unless the article names it. The "
           "organisation (OPLRT) is made up; Ethiopian numbers are +251 (Addis landlines 011, mobiles 09, written "
           "without country code with their trunk 0). 'birrs' are ETB.")

# --------------------------------------------------------------------------- h216 locust situation communiqué: glued headings, double cp1252, cp1252 line, half-repaired word
PAGES.append(Page(
    name="h216-oplrt-criquet-pelerin-corne-afrique",
    meta=op_meta(["heading-glued", "mojibake-double-cp1252", "mojibake-cp1252"]),
    blocks=[
        B(op_top("Communiqués", "Communiqué | 01.12.2025")),
        P("Criquet pèlerin : 1,2 million d’hectares à surveiller dans la Corne de l’Afrique d’ici février"),
        P("Addis-Abeba, le 1er décembre 2025 – L’Organisation panafricaine de lutte contre les ravageurs "
          "transfrontières (OPLRT) appelle l’Éthiopie, la Somalie, Djibouti et le Kenya à renforcer leurs opérations "
          "de prospection, après la formation de nouveaux essaims de criquets pèlerins dans l’est de l’Éthiopie et le "
          "nord de la Somalie au cours des trois dernières semaines."),
        P("Des pluies exceptionnelles"),
        P("Les pluies de la fin octobre, supérieures de 60 % à la normale, ont favorisé deux générations de "
          "reproduction successives. Selon le dernier bulletin de l’OPLRT, les bandes larvaires couvrent déjà quelque "
          "38 500 hectares dans les régions Somali et Afar, et la superficie à surveiller pourrait atteindre 1,2 "
          "million d’hectares d’ici février 2026.", glue=True, moji="cp1252x2"),
        P("Un plan de riposte de 14,8 millions de dollars"),
        P("Le plan de riposte [[rÃ©gional||régional]], chiffré à 14,8 millions de dollars, prévoit le traitement de "
          "250 000 hectares, dont près des trois quarts par voie terrestre, et le déploiement de 46 équipes de "
          "prospection. À ce jour, seuls 5,1 millions de dollars ont été mobilisés, soit environ un tiers des besoins.",
          glue=True),
        P("Un essaim d’un kilomètre carré, qui compte jusqu’à 80 millions d’adultes, consomme en une journée autant "
          "de nourriture que 35 000 personnes.", moji="cp1252"),
        P("« Nous avons une fenêtre de six à huit semaines pour éviter une recrudescence comparable à celle de "
          "2020 », a averti le directeur exécutif de l’OPLRT, Tesfaye Gebremariam."),
        L("""Contacts presse :
Hanna Wolde, chargée de communication – +251 11 551 77 24, poste 224 – h.wolde@oplrt-africa.example.int
Salle de presse de l’OPLRT – 0911 23 45 67 – presse@oplrt-africa.example.int"""),
        B(op_bottom(("01/12", "Corne de l’Afrique : DANGER · Péninsule arabique : MENACE · Sahel occidental : CALME"),
                    [("Chenille légionnaire : un guide de terrain en cinq langues", "24/11/2025"),
                     ("Le Conseil des ministres de l’OPLRT se réunira du 4 au 6 décembre", "18/11/2025")],
                    attach="Bulletin sur le criquet pèlerin n° 47 (PDF – 1,8 Mo)")),
    ],
    gold=dict(
        title="Criquet pèlerin : 1,2 million d’hectares à surveiller dans la Corne de l’Afrique d’ici février",
        dateline=dl("Addis-Abeba", "2025-12-01"),
        organisations=[org("Organisation panafricaine de lutte contre les ravageurs transfrontières", "OPLRT")],
        places=[place("Corne de l’Afrique"), place("Addis-Abeba"), place("Éthiopie", "ET"), place("Somalie", "SO"),
                place("Djibouti", "DJ"), place("Kenya", "KE"), place("Somali"), place("Afar")],
        figures=[
            fig("1,2 million d’hectares", 1200000, "hectares", "other"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("trois dernières semaines", 3, "semaines", "duration"),
            fig("60 %", 60, "%", "percent"),
            fig("deux générations", 2, "générations"),
            fig("quelque 38 500 hectares", 38500, "hectares", "other", qualifier="quelque"),
            fig("février 2026", 2026, None, "year"),
            fig("14,8 millions de dollars", 14800000, "dollars", "money", currency="USD"),
            fig("250 000 hectares", 250000, "hectares", "other"),
            fig("près des trois quarts", 0.75, None, "other", qualifier="près des"),
            fig("46 équipes", 46, "équipes"),
            fig("5,1 millions de dollars", 5100000, "dollars", "money", currency="USD"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("jusqu’à 80 millions d’adultes", 80000000, "adultes", qualifier="jusqu’à"),
            fig("35 000 personnes", 35000, "personnes"),
            fig("six", 6, None, "duration"),
            fig("huit semaines", 8, "semaines", "duration"),
            fig("2020", 2020, None, "year"),
        ],
        phones=[phone("+251115517724", extension="224"), phone("+251911234567")],
        emails=["h.wolde@oplrt-africa.example.int", "presse@oplrt-africa.example.int"],
        contacts=[contact("Hanna Wolde", "chargée de communication", None, ["+251115517724"],
                          ["h.wolde@oplrt-africa.example.int"]),
                  contact(None, None, "Salle de presse de l’OPLRT", ["+251911234567"],
                          ["presse@oplrt-africa.example.int"])],
        notes=OP_NOTE + " A PDF attachment line. Both headings are glued to the paragraph after them "
              "('exceptionnellesLes pluies', 'dollarsLe plan'). The paragraph after the first heading is UTF-8 "
              "encoded twice and read as cp1252 (double mojibake), so its raw line also starts with the glued "
              "heading in clean text; the swarm paragraph is UTF-8 read as cp1252 once; one word of a clean "
              "paragraph is still cp1252 mojibake ('rÃ©gional', half-repaired). '1,2 million d’hectares' in the "
              "title and the body: one text. 'd’ici février' (title, month alone): not a figure; 'd’ici février "
              "2026': month-year. '14,8 millions de dollars' in the heading and the body: one text. 'Un essaim d’un "
              "kilomètre carré', 'en une journée': 'un'/'une' are not figures. 'de six à huit semaines': a range of "
              "durations, first bound 'six' bare. 'celle de 2020': a year. 'régions Somali et Afar' are Ethiopian "
              "regions (places, iso null); 'Djibouti' is the country here (iso DJ). 'Corne de l’Afrique' is a "
              "region (place). Contacts: a person with role, an Addis landline with 'poste 224' and an e-mail; an "
              "office line (the press room) with a mobile written without country code ('0911 ...', +251).",
    ),
))

# --------------------------------------------------------------------------- h217 press invitation: HTML debris, &nbsp;, hidden e-mail, two-person accreditation block, banner
PAGES.append(Page(
    name="h217-oplrt-invitation-acridalerte",
    meta=op_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(op_top("Invitations presse", "Invitation presse | 02.12.2025",
                 banner="Accréditations ouvertes jusqu’au 9 décembre – 12e Conseil des ministres de l’OPLRT")),
        P("Invitation presse : lancement de la plateforme continentale d’alerte précoce AcridAlerte"),
        P("[[<p>||]]" + ent("L’Organisation panafricaine de lutte contre les ravageurs transfrontières invite les "
                            "représentants des médias au lancement officiel de la plateforme continentale d’alerte "
                            "précoce AcridAlerte, le mercredi 10 décembre 2025 à 10\u00a0h\u00a030 (heure "
                            "d’Addis-Abeba), au Centre de conférences des Nations unies.", "’\u00a0é")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Développée avec le Centre régional AGRHYMET et l’Organisation des Nations unies pour "
                            "l’alimentation et l’agriculture (FAO), AcridAlerte croise chaque jour les relevés de "
                            "1\u00a0200 prospecteurs équipés de tablettes, des images satellitaires et des prévisions "
                            "de vent, pour annoncer les déplacements d’essaims jusqu’à 10\u00a0jours à l’avance. Sa "
                            "mise en place a été financée par l’Union africaine et la Banque mondiale à hauteur de "
                            "6,3 millions de dollars.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
10 h 00 : accueil et accréditations[[<br />||]]
10 h 30 : allocutions d[[&#8217;||’]]ouverture[[<br />||]]
11 h 15 : démonstration de la plateforme au centre opérationnel[[<br />||]]
12 h 00 : point presse et entretiens individuels[[</p>||]]"""),
        P("[[<p>||]]" + ent("Les équipes de télévision souhaitant filmer le centre opérationnel doivent le signaler "
                            "lors de leur accréditation. Une connexion en ligne sera proposée aux médias basés hors "
                            "d’Éthiopie.", "’") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le mardi 9 décembre à 17 h :[[<br />||]]
Meron Alemu, attachée de presse – +251 11 551 77 31 – [[<a href="mailto:m.alemu@oplrt-africa.example.int">m.alemu@oplrt-africa.example.int</a>||m.alemu@oplrt-africa.example.int]][[<br />||]]
Idrissa Sawadogo, chargé des relations avec les médias francophones – +251 944 81 22 09 – [email protected][[</p>||]]"""),
        B(op_bottom(("02/12", "Corne de l’Afrique : DANGER · Péninsule arabique : MENACE · Sahel occidental : CALME"),
                    [("Criquet pèlerin : 1,2 million d’hectares à surveiller dans la Corne de l’Afrique", "01/12/2025"),
                     ("Chenille légionnaire : un guide de terrain en cinq langues", "24/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : lancement de la plateforme continentale d’alerte précoce AcridAlerte",
        dateline=None,
        organisations=[org("Organisation panafricaine de lutte contre les ravageurs transfrontières", None),
                       org("Centre régional AGRHYMET", None),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Union africaine", None), org("Banque mondiale", None)],
        places=[place("Addis-Abeba"), place("Éthiopie", "ET")],
        figures=[
            fig("le mercredi 10 décembre 2025 à 10\u00a0h\u00a030", "2025-12-10", None, "date"),
            fig("1\u00a0200 prospecteurs", 1200, "prospecteurs"),
            fig("jusqu’à 10\u00a0jours", 10, "jours", "duration", qualifier="jusqu’à"),
            fig("6,3 millions de dollars", 6300000, "dollars", "money", currency="USD"),
            fig("le mardi 9 décembre à 17 h", "--12-09", None, "date"),
        ],
        phones=[phone("+251115517731"), phone("+251944812209")],
        emails=["m.alemu@oplrt-africa.example.int"],
        hidden_emails=1,
        contacts=[contact("Meron Alemu", "attachée de presse", None, ["+251115517731"],
                          ["m.alemu@oplrt-africa.example.int"]),
                  contact("Idrissa Sawadogo", "chargé des relations avec les médias francophones", None,
                          ["+251944812209"], [])],
        notes=OP_NOTE + " An accreditation banner. HTML debris: <p>, </p>, <br />, <strong>, '&#8217;' for ’, "
              "'&eacute;' in one paragraph, '&nbsp;' (kept as U+00A0 in the clean text and in the figure texts "
              "'10\u00a0h\u00a030', '1\u00a0200 prospecteurs', '10\u00a0jours'), a full mailto link; the second "
              "accreditation address is hidden. No dateline (an invitation). 'le mercredi 10 décembre 2025 à 10 h "
              "30': one date figure with weekday and clock time; 'Accréditations avant le mardi 9 décembre à 17 h :' "
              "gives 'le mardi 9 décembre à 17 h' (h120-h135 rule). Programme clock times: not figures. '(heure "
              "d’Addis-Abeba)' names the city (place). The organisation is written out without acronym on this page "
              "(acronym null; the acronym is only in the chrome and the banner). 'Centre de conférences des Nations "
              "unies' is a venue (not listed, no 'Nations unies' either). 'AcridAlerte' is a platform (not an "
              "organisation). 'Centre régional AGRHYMET' is listed as written (no acronym of its own).",
    ),
))

# --------------------------------------------------------------------------- h218 notice to beekeepers: ’ dropped, œ dropped, en dashes dropped, € dropped, unaccented capital heading
PAGES.append(Page(
    name="h218-oplrt-avis-traitements-aeriens-awash",
    meta=op_meta(["lost-apostrophe", "lost-oe", "lost-dash", "lost-euro", "double-space", "unaccented-capitals"]),
    blocks=[
        B(op_top("Avis", "Mis à jour le 03.12.2025 à 16:40")),
        P("Avis aux apiculteurs et aux éleveurs : traitements aériens contre les criquets du 8 au 20 décembre dans "
          "la vallée de l’Awash"),
        P("ADDIS-ABEBA, 3 décembre 2025 – L’OPLRT et le ministère éthiopien de l’Agriculture informent les "
          "apiculteurs, les éleveurs et les habitants des woredas d’Amibara, de Gewane et de Dulecha que des "
          "traitements aériens contre les bandes larvaires de criquets pèlerins seront menés du lundi 8 au samedi "
          "20 décembre 2025, de 6 h à 11 h.", apos="drop", nodash=""),
        P("[[MESURES A PRENDRE PAR LES APICULTEURS ET LES ELEVEURS||MESURES À PRENDRE PAR LES APICULTEURS ET LES "
          "ÉLEVEURS]]"),
        L("""Fermer ou déplacer les ruches situées à moins de 5 kilomètres des zones traitées, au plus tard le dimanche 7 décembre ;
Ne pas laisser le bétail paître sur les parcelles traitées pendant 14 jours ;
Ne pas consommer le lait ni la viande d’animaux ayant pâturé dans ces zones avant 21 jours.""", apos="drop"),
        P("Le produit utilisé, un insecticide à base de deltaméthrine, est appliqué à faible dose (1 litre par "
          "hectare). Deux hélicoptères et un avion, basés à Gewane, au cœur de la zone infestée, et mis en œuvre avec "
          "l’appui de l’Union européenne, doivent traiter environ 18 000 hectares.", apos="drop", oe="drop"),
        P("Les apiculteurs dont les colonies seraient affectées pourront être indemnisés : une enveloppe de 450 000 €, "
          "financée par l’Union européenne, prévoit jusqu’à 2 600 birrs par ruche – soit environ 40 € – sur "
          "présentation d’un constat du chef de kebele.", apos="drop", noeuro="", nodash=""),
        P("Les pulvérisations seront suspendues en cas de vent supérieur à 20 km/h. Le calendrier détaillé, village "
          "par village, sera affiché dans chaque kebele et diffusé en amharique et en afar par la radio régionale."),
        L("Cellule de veille acridienne – Tél/Fax : +251 11 551 77 40 – Astreinte : 0922 64 20 18 – "
          "veille@oplrt-africa.example.int", nodash=""),
        B(op_bottom(("03/12", "Corne de l’Afrique : DANGER · Péninsule arabique : DANGER · Sahel occidental : CALME"),
                    [("Invitation presse : lancement de la plateforme AcridAlerte", "02/12/2025"),
                     ("Criquet pèlerin : 1,2 million d’hectares à surveiller dans la Corne de l’Afrique", "01/12/2025")])),
    ],
    gold=dict(
        title="Avis aux apiculteurs et aux éleveurs : traitements aériens contre les criquets du 8 au 20 décembre "
              "dans la vallée de l’Awash",
        dateline=dl("ADDIS-ABEBA", "2025-12-03"),
        organisations=[org(None, "OPLRT"), org("ministère éthiopien de l’Agriculture", None),
                       org("Union européenne", None)],
        places=[place("Awash"), place("Addis-Abeba"), place("Amibara"), place("Gewane"), place("Dulecha")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("20 décembre", "--12-20", None, "date"),
            fig("3 décembre 2025", "2025-12-03", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("samedi 20 décembre 2025", "2025-12-20", None, "date"),
            fig("moins de 5 kilomètres", 5, "kilomètres", "other", qualifier="moins de"),
            fig("le dimanche 7 décembre", "--12-07", None, "date"),
            fig("14 jours", 14, "jours", "duration"),
            fig("21 jours", 21, "jours", "duration"),
            fig("1 litre", 1, "litre", "other"),
            fig("Deux hélicoptères", 2, "hélicoptères"),
            fig("environ 18 000 hectares", 18000, "hectares", "other", qualifier="environ"),
            fig("450 000 €", 450000, "€", "money", currency="EUR"),
            fig("jusqu’à 2 600 birrs", 2600, "birrs", "money", qualifier="jusqu’à", currency="ETB"),
            fig("environ 40 €", 40, "€", "money", qualifier="environ", currency="EUR"),
            fig("20 km/h", 20, "km/h", "other"),
        ],
        phones=[phone("+251115517740"), phone("+251922642018")],
        emails=["veille@oplrt-africa.example.int"],
        contacts=[contact(None, None, "Cellule de veille acridienne", ["+251115517740", "+251922642018"],
                          ["veille@oplrt-africa.example.int"])],
        notes=OP_NOTE + " No banner; the stamp line is 'Mis à jour le ... à ...'. Every ’ of the dateline "
              "paragraph, the list and the two paragraphs after it is dropped ('LOPLRT', 'lAgriculture', "
              "'danimaux', 'lappui', 'dun constat'); œ dropped ('au c ur', a space left inside the word; 'mis en uvre' at a word start); the en dashes of the "
              "dateline, of an inserted clause and of the contact line are dropped (double spaces); both € are "
              "dropped ('450 000 , financée', 'ruche  soit environ 40   sur', the dash lost too). The heading is an unaccented capital line "
              "('MESURES A PRENDRE ... ELEVEURS'): accents back in the clean text. Dateline 'ADDIS-ABEBA, 3 décembre "
              "2025 –' (dash lost); the place list gives 'Addis-Abeba' in normal case (h168-h183 rule). Title 'du 8 "
              "au 20 décembre': '8' (--12-08) and '20 décembre'; body 'du lundi 8 au samedi 20 décembre 2025': "
              "'lundi 8' (2025-12-08, h168-h183 rule) and 'samedi 20 décembre 2025'. 'de 6 h à 11 h': clock times. "
              "'à moins de 5 kilomètres': qualifier 'moins de'. 'au plus tard le dimanche 7 décembre': a date "
              "without year. '(1 litre par hectare)': '1 litre' ('par hectare' out). 'un avion': not a figure. "
              "'jusqu’à 2 600 birrs par ruche': ETB ('par ruche' out). 'vent supérieur à 20 km/h': 'supérieur à' "
              "is not a qualifier. The OPLRT is written only as an acronym on this page (long form null, h104-h119 "
              "per-page rule). 'vallée de l’Awash' gives 'Awash' (the river's proper name). 'woredas' and 'kebele' "
              "are Ethiopian administrative units (generic); 'amharique', 'afar' (lower case) are languages. "
              "Contact: an office line with one number labelled 'Tél/Fax' (one phone entry of kind phone, "
              "h200-h215 rule) and a duty mobile without country code.",
    ),
))

# --------------------------------------------------------------------------- h219 executive director's speech: œ and ’ as '?', glued sentences, mixed quotes, own-line dateline, banner
PAGES.append(Page(
    name="h219-oplrt-discours-conseil-des-ministres",
    meta=op_meta(["oe-question-mark", "lost-apostrophe", "body-glued", "mixed-quotes"]),
    blocks=[
        B(op_top("Discours", "Discours | 04.12.2025",
                 banner="En direct : suivez la séance d’ouverture du Conseil des ministres sur notre chaîne vidéo")),
        P("Allocution du directeur exécutif à l’ouverture du 12e Conseil des ministres de l’OPLRT"),
        P("Addis-Abeba, le 4 décembre 2025"),
        L("""Madame la Commissaire,
Mesdames et Messieurs les Ministres,
Excellences, Mesdames et Messieurs les Ambassadeurs,
Chers partenaires,"""),
        P(swap("Permettez-moi d’abord de remercier l’Éthiopie pour son hospitalité, et les 27 États membres présents "
               "aujourd’hui, sur les 31 que compte notre Organisation. Je remercie aussi l’Union africaine pour son "
               "soutien constant.", "’", "?")),
        P("En 2020, la pire invasion de criquets pèlerins depuis 70 ans a détruit dans la Corne de l’Afrique "
          "l’équivalent de la ration annuelle de 1,5 million de personnes. Nous en avons tiré les leçons.[[||\n]]"
          "Aujourd’hui, 46 équipes nationales sont formées et équipées, contre 9 il y a cinq ans."),
        P("Mais la lutte contre les ravageurs ne s’arrête pas aux criquets. La chenille légionnaire d’automne est "
          "désormais présente dans 44 pays africains et peut détruire jusqu’à la moitié des récoltes de maïs. Elle "
          "sera au c[[?||œ]]ur de notre plan stratégique 2026-2030.[[||\n]]Je vous propose d’y consacrer au moins "
          "15 % de nos ressources."),
        P("Un proverbe amharique dit : “Quand les araignées unissent leurs toiles, elles peuvent attacher un lion.” "
          "C’est l’esprit même de notre Organisation, et c’est pour cela que nos équipes [[?||œ]]uvrent sans "
          "relâche, de Dakar à Djibouti. Comme le répétait mon prédécesseur : « un criquet ne connaît pas de "
          "frontières »."),
        P("Je vous remercie de votre attention et souhaite plein succès à nos travaux."),
        L("""Tesfaye Gebremariam
Directeur exécutif de l’OPLRT"""),
        P("Seul le prononcé fait foi."),
        B(op_bottom(("04/12", "Corne de l’Afrique : DANGER · Péninsule arabique : MENACE · Sahel occidental : "
                              "CALME"),
                    [("Avis aux apiculteurs et aux éleveurs : traitements aériens dans la vallée de l’Awash",
                      "03/12/2025"),
                     ("Invitation presse : lancement de la plateforme AcridAlerte", "02/12/2025")],
                    attach="Télécharger le discours (PDF – 184 Ko)")),
    ],
    gold=dict(
        title="Allocution du directeur exécutif à l’ouverture du 12e Conseil des ministres de l’OPLRT",
        dateline=dl("Addis-Abeba", "2025-12-04"),
        organisations=[org(None, "OPLRT"), org("Union africaine", None)],
        places=[place("Addis-Abeba"), place("Éthiopie", "ET"), place("Corne de l’Afrique"), place("Dakar"),
                place("Djibouti", "DJ")],
        figures=[
            fig("12e", 12, None, "ordinal"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("27 États", 27, "États"),
            fig("31", 31, None),
            fig("En 2020", 2020, None, "year"),
            fig("70 ans", 70, "ans", "duration"),
            fig("1,5 million de personnes", 1500000, "personnes"),
            fig("46 équipes", 46, "équipes"),
            fig("9", 9, None),
            fig("cinq ans", 5, "ans", "duration"),
            fig("44 pays", 44, "pays"),
            fig("jusqu’à la moitié", 0.5, None, "other", qualifier="jusqu’à"),
            fig("au moins 15 %", 15, "%", "percent", qualifier="au moins"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OP_NOTE + " A live-stream banner and a PDF attachment line. Every ’ of the first paragraph is '?' "
              "('d?abord', 'l?Éthiopie', 'aujourd?hui', 'l?Union'); œ as '?' ('au c?ur', '?uvrent'). Two sentences "
              "are glued to the one before ('leçons.Aujourd’hui', '2026-2030.Je'): split where the glue is "
              "(h136-h151). Curly “ ” around a proverb and « » around a saying: kept. The place-and-date line on "
              "its own line under the title is the dateline; salutations, signature (not a contact) and 'Seul le "
              "prononcé fait foi.' are article text. '12e' (title): ordinal; '12e Conseil des ministres' is a "
              "session number, kept as an ordinal like '14e réunion' (h168-h183). 'sur les 31 que compte notre "
              "Organisation': a count without noun; 'contre 9 il y a cinq ans': '9' without noun and 'cinq ans'. "
              "'depuis 70 ans': a duration. 'jusqu’à la moitié': fraction with qualifier 'jusqu’à'. 'plan "
              "stratégique 2026-2030': years in a plan's name, not figures. 'de Dakar à Djibouti': two cities "
              "(Djibouti as the city-state, iso DJ, h120-h135). The 'Commissaire' of the salutation is a role; the "
              "Union africaine is listed from the body sentence. No contact (a speech).",
    ),
))

# --------------------------------------------------------------------------- h220 photo story: title and caption printed twice, English caption, Mac Roman paragraph
PAGES.append(Page(
    name="h220-oplrt-photos-brigade-prospection-afar",
    meta=op_meta(["duplicate-title", "duplicate-caption", "english-caption", "mojibake-mac-roman"]),
    blocks=[
        B(op_top("Reportages photo", "Reportage photo | 05.12.2025")),
        P("En images : une brigade de prospection sur les traces des essaims dans l’Afar"),
        B("En images : une brigade de prospection sur les traces des essaims dans l’Afar"),
        P("Les prospecteurs Ahmed Ali et Sara Tadesse mesurent la densité d’une bande larvaire près de Gewane, le "
          "26 novembre. © OPLRT/D. Bekele"),
        B("Les prospecteurs Ahmed Ali et Sara Tadesse mesurent la densité d’une bande larvaire près de Gewane, le "
          "26 novembre. © OPLRT/D. Bekele"),
        P("Chaque matin, les 12 brigades de prospection déployées dans la région Afar parcourent entre 80 et 150 "
          "kilomètres à bord de pick-up équipés de pulvérisateurs. Chaque relevé – position, stade des larves, "
          "densité – est transmis en moins d’une minute au centre opérationnel d’Addis-Abeba.", moji="mac_roman"),
        P("A survey team member checks a GPS tablet at dawn near Dulecha. Photo: OPLRT"),
        P("La saison est rude : la température dépasse 42 °C à l’ombre en milieu de journée, et les équipes passent "
          "jusqu’à trois semaines sur le terrain. Depuis septembre, elles ont inspecté 61 400 hectares et signalé "
          "212 foyers de reproduction."),
        P("Les brigades comptent aussi des éclaireurs afars, recrutés localement, qui connaissent chaque oued et "
          "chaque point d’eau. « Sans eux, nous serions aveugles », résume le chef de brigade, Dawit Haile, 34 ans."),
        L("Photos en haute définition sur demande : photos@oplrt-africa.example.int"),
        B(op_bottom(("05/12", "Corne de l’Afrique : MENACE · Péninsule arabique : MENACE · Sahel occidental : CALME"),
                    [("Allocution du directeur exécutif au 12e Conseil des ministres", "04/12/2025"),
                     ("Avis aux apiculteurs et aux éleveurs : traitements aériens dans la vallée de l’Awash",
                      "03/12/2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : une brigade de prospection sur les traces des essaims dans l’Afar",
        dateline=None,
        organisations=[org(None, "OPLRT")],
        places=[place("Afar"), place("Gewane"), place("Addis-Abeba"), place("Dulecha")],
        figures=[
            fig("le 26 novembre", "--11-26", None, "date"),
            fig("12 brigades", 12, "brigades"),
            fig("80", 80, None, "other"),
            fig("150 kilomètres", 150, "kilomètres", "other"),
            fig("42 °C", 42, "°C", "other"),
            fig("jusqu’à trois semaines", 3, "semaines", "duration", qualifier="jusqu’à"),
            fig("61 400 hectares", 61400, "hectares", "other"),
            fig("212 foyers", 212, "foyers"),
            fig("34 ans", 34, "ans", "age"),
        ],
        phones=[],
        emails=["photos@oplrt-africa.example.int"],
        contacts=[contact(None, None, None, [], ["photos@oplrt-africa.example.int"])],
        notes=OP_NOTE + " No newsletter line on this page. Title and first caption printed twice (second copies "
              "boilerplate); the caption's credit 'OPLRT/D. Bekele' is article text and gives the acronym (no long "
              "form on this page). A second caption is in English (article text, tag 'english-caption'). The first "
              "body paragraph is UTF-8 read as Mac Roman ('‚Äì' for –, '√©' for é), decoded in the clean text. No "
              "dateline (photo page). 'le 26 novembre': a date without year. 'entre 80 et 150 kilomètres': a range "
              "of distances, first bound bare (kind other). 'en moins d’une minute': 'une' is not a figure. 'Depuis "
              "septembre': a month alone. '42 °C': a measure ('dépasse' is not a qualifier). 'Dawit Haile, 34 ans': "
              "an age. 'Afar' (title, 'la région Afar') is the Ethiopian region; 'afars' (lower case) is a demonym. "
              "The line offering photos with an address is one contact with person, role and organisation null "
              "(h88-h103 rule for an unlabelled contact line).",
    ),
))

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h221 volcano observatory (La Réunion), no defect and no boilerplate
PAGES.append(Page(
    name="h221-ovpf-fin-eruption-piton-fournaise",
    meta={"site": "www.ovpf-reunion.example.fr", "style": "volcano-observatory-clean", "defects": []},
    blocks=[
        P("Piton de la Fournaise : fin de l’éruption commencée le 12 novembre"),
        P("Bourg-Murat (La Réunion), le 29 novembre 2025 – L’Observatoire volcanologique du Piton de la Fournaise "
          "(OVPF), rattaché à l’Institut de physique du globe de Paris (IPGP), annonce la fin de l’éruption qui avait "
          "débuté le 12 novembre à 3 h 42 sur le flanc sud-est du volcan. Le trémor volcanique, qui traduit la sortie "
          "de lave en surface, a cessé le 28 novembre à 14 h 10."),
        P("En seize jours, l’éruption a émis entre 4 et 7 millions de mètres cubes de lave, selon les estimations "
          "satellitaires de l’observatoire. Les coulées ont parcouru près de 4,2 kilomètres dans l’Enclos Fouqué sans "
          "atteindre la route nationale 2, qui longe le littoral."),
        P("Il s’agit de la 3e éruption de l’année et de la 12e depuis janvier 2023. Le volcan, l’un des plus actifs "
          "de la planète, a connu 46 éruptions depuis 1998."),
        P("Le préfet de La Réunion a levé samedi l’alerte et placé le volcan en phase de « sauvegarde ». L’accès à "
          "l’Enclos reste interdit au public jusqu’à nouvel ordre, l’Office national des forêts (ONF) devant d’abord "
          "sécuriser les sentiers."),
        P("« C’est une éruption classique par son volume, mais remarquablement longue pour ce secteur », observe la "
          "directrice de l’OVPF, Nadège Técher-Hoarau."),
        L("""Contact presse :
Observatoire volcanologique du Piton de la Fournaise – 14, RN3, 27e km – 97418 La Plaine des Cafres
Tél. : 02 62 27 54 61 – Fax : 02 62 59 19 85
ovpf-communication@ovpf-reunion.example.fr"""),
    ],
    gold=dict(
        title="Piton de la Fournaise : fin de l’éruption commencée le 12 novembre",
        dateline=dl("Bourg-Murat", "2025-11-29"),
        organisations=[org("Observatoire volcanologique du Piton de la Fournaise", "OVPF"),
                       org("Institut de physique du globe de Paris", "IPGP"),
                       org("Office national des forêts", "ONF")],
        places=[place("Piton de la Fournaise"), place("Bourg-Murat"), place("La Réunion"), place("Enclos Fouqué"),
                place("La Plaine des Cafres")],
        figures=[
            fig("12 novembre", "--11-12", None, "date"),
            fig("le 29 novembre 2025", "2025-11-29", None, "date"),
            fig("le 12 novembre à 3 h 42", "--11-12", None, "date"),
            fig("le 28 novembre à 14 h 10", "--11-28", None, "date"),
            fig("seize jours", 16, "jours", "duration"),
            fig("4", 4000000, None, "other"),
            fig("7 millions de mètres cubes", 7000000, "mètres cubes", "other"),
            fig("près de 4,2 kilomètres", 4.2, "kilomètres", "other", qualifier="près de"),
            fig("3e", 3, None, "ordinal"),
            fig("12e", 12, None, "ordinal"),
            fig("janvier 2023", 2023, None, "year"),
            fig("46 éruptions", 46, "éruptions"),
            fig("1998", 1998, None, "year"),
        ],
        phones=[phone("+262262275461"), phone("+262262591985", kind="fax")],
        emails=["ovpf-communication@ovpf-reunion.example.fr"],
        contacts=[contact(None, None, "Observatoire volcanologique du Piton de la Fournaise",
                          ["+262262275461", "+262262591985"], ["ovpf-communication@ovpf-reunion.example.fr"])],
        notes="A volcano observatory's release (La Réunion; the observatory and its parent institute are real in name, "
              "the eruption, people and numbers are made up) with no defect and no boilerplate at all. Dateline "
              "'Bourg-Murat (La Réunion), le 29 novembre 2025 –': place = the locality, the island in brackets is "
              "listed too (h136-h151 'Mata-Utu (Uvea)' rule), iso null (overseas). 'Piton de la Fournaise' (the "
              "volcano, standing alone in the title) is a place although it is also inside the observatory's name; "
              "'l’Enclos Fouqué' (the caldera) is a place, 'l’Enclos' its short form. The title's '12 novembre' and "
              "the body's 'le 12 novembre à 3 h 42' are two texts (the second a date with a clock time); 'le 28 "
              "novembre à 14 h 10' likewise; dates without year keep '--MM-DD' although the dateline has the year "
              "(h168-h183). 'entre 4 et 7 millions de mètres cubes': first bound '4' with the scale of the second "
              "(4 000 000, kind other, unit null). 'la 3e éruption', 'la 12e': ordinals; 'depuis janvier 2023': "
              "month-year; 'depuis 1998': '1998'. 'la route nationale 2' is a road's name (not a figure). 'le préfet "
              "de La Réunion' is a role. Contact: the observatory as an office with address (the '27e km' and the "
              "97418 postcode are in a contact line, not figures; the address's locality 'La Plaine des Cafres' is "
              "a place), a landline and a fax without country code (+262).",
    ),
))

# --------------------------------------------------------------------------- h222 crafts fair press centre (Ouagadougou): English page under French chrome, ’, – and € as U+FFFD, [at] e-mail
H222 = "\ufffd"
PAGES.append(Page(
    name="h222-siao-ouagadougou-craftspeople-2026-en",
    meta={"site": "www.siao-ouaga.example.bf", "style": "crafts-fair-press-centre-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "lost-apostrophe", "lost-dash",
                      "lost-euro", "obfuscated-email", "share-lines", "postcode-trap"]},
    blocks=[
        B("""SIAO – Salon international de l’artisanat de Ouagadougou
17e édition – du 30 janvier au 8 février 2026
Accueil | Le Salon | Exposants | Visiteurs | Espace presse | Galerie | Contact
Espace presse › Communiqués › English
Communiqué de presse – 28/11/2025 – Version anglaise"""),
        P("SIAO 2026: 4,500 craftspeople from 34 countries expected in Ouagadougou"),
        P(swap("Ouagadougou (Burkina Faso), November 28th, 2025 – The International Arts and Crafts Fair of "
               "Ouagadougou (SIAO) will hold its 17th edition from January 30 to February 8, 2026, with 4,500 "
               "exhibitors from 34 countries and more than 350,000 visitors expected over ten days, the fair’s "
               "organisers announced on Friday.", "’–€", H222)),
        P(swap("Côte d’Ivoire is this year’s guest of honour. The fair’s new pavilion, a 6,800-square-metre hall "
               "financed with €2.3 million from the European Union and CFA francs 1.1 billion from the State budget, "
               "will house the textile and leather workshops.", "’–€", H222)),
        P(swap("“Nearly two thirds of our exhibitors are women, and 40% are aged 18 to 35,” said SIAO’s Director "
               "General, Aminata Ouédraogo-Kaboré. “We want young craftspeople to leave with orders – not just "
               "applause.”", "’–€", H222)),
        P(swap("Stands cost CFA francs 75,000 for nine square metres. A business-to-business platform will connect "
               "exhibitors with 120 international buyers on 2 and 3 February.", "’–€", H222)),
        L(swap("""Press contact:
Rasmata Zongo, Head of Communication – (+226) 25 30 61 14 / 70 28 44 19 – presse [at] siao-ouaga.example.bf""",
               "’–€", H222)),
        B("""Lire la version française
Partager : Facebook | X | WhatsApp
Nos partenaires : ministère de la Culture · Union européenne · Air Burkina
SIAO – 01 BP 3840 Ouagadougou 01 – Burkina Faso
© 2025 SIAO – Tous droits réservés"""),
    ],
    gold=dict(
        title="SIAO 2026: 4,500 craftspeople from 34 countries expected in Ouagadougou",
        dateline=dl("Ouagadougou", "2025-11-28"),
        organisations=[org("International Arts and Crafts Fair of Ouagadougou", "SIAO"),
                       org("European Union", None)],
        places=[place("Ouagadougou"), place("Burkina Faso", "BF"), place("Côte d’Ivoire", "CI")],
        figures=[
            fig("4,500 craftspeople", 4500, "craftspeople"),
            fig("34 countries", 34, "countries"),
            fig("November 28th, 2025", "2025-11-28", None, "date"),
            fig("17th", 17, None, "ordinal"),
            fig("January 30", "2026-01-30", None, "date"),
            fig("February 8, 2026", "2026-02-08", None, "date"),
            fig("4,500 exhibitors", 4500, "exhibitors"),
            fig("more than 350,000 visitors", 350000, "visitors", qualifier="more than"),
            fig("ten days", 10, "days", "duration"),
            fig("6,800-square-metre", 6800, "square-metre", "other"),
            fig("€2.3 million", 2300000, "€", "money", currency="EUR"),
            fig("CFA francs 1.1 billion", 1100000000, "CFA francs", "money", currency="XOF"),
            fig("Nearly two thirds", 0.6667, None, "other", qualifier="Nearly"),
            fig("40%", 40, "%", "percent"),
            fig("18", 18, None, "age"),
            fig("35", 35, None, "age"),
            fig("CFA francs 75,000", 75000, "CFA francs", "money", currency="XOF"),
            fig("nine square metres", 9, "square metres", "other"),
            fig("120 international buyers", 120, "buyers"),
            fig("2", "--02-02", None, "date"),
            fig("3 February", "--02-03", None, "date"),
        ],
        phones=[phone("+22625306114"), phone("+22670284419")],
        emails=[],
        contacts=[contact("Rasmata Zongo", "Head of Communication", None, ["+22625306114", "+22670284419"], [])],
        notes="The English version of a release on the (made-up) press centre of the Ouagadougou crafts fair (the fair "
              "is real in name; the edition's numbers and people are made up), under French chrome: fair name, "
              "edition line with its dates, one-line menu, breadcrumb, type/date line; 'Lire la version française', "
              "share line, partners line, footer with '01 BP 3840 Ouagadougou 01', copyright (boilerplate; the "
              "partners line's bodies are not listed). Every ’, en dash and € of the article is U+FFFD (the text "
              "went through Latin-1 with replacement; the curly “ ” and the accents of names survived): 'fair�s', "
              "'2025 � The', '�2.3 million', 'orders � not'; each comes back as the character lost. English "
              "dateline with an English ordinal date: 'Ouagadougou (Burkina Faso), November 28th, 2025 –' (place "
              "the city, the country in brackets listed; figure text 'November 28th, 2025'). 'SIAO 2026' and '17e "
              "édition' (chrome) name the edition (the year in the title is not a figure, h152-h167). 'from January "
              "30 to February 8, 2026': first bound with its own month, text 'January 30' with the second's year. "
              "'4,500 craftspeople' (title) and '4,500 exhibitors' (body) are two texts; '34 countries' once. "
              "'6,800-square-metre': a compound adjective (unit 'square-metre', h104-h119). 'CFA francs 1.1 "
              "billion', 'CFA francs 75,000': the currency written before the number is the unit (h120-h135), XOF "
              "(West Africa). 'aged 18 to 35': an age range without noun, two ages with unit null. 'on 2 and 3 "
              "February': '2' and '3 February' (h152-h167 'les 7 et 8 mars' rule), no year written. '120 "
              "international buyers': the adjective stays in the text. 'the State budget' is generic. Contact: a "
              "person with an English role, a Burkinabe landline and a mobile joined by '/' (the second without "
              "code), an address obfuscated with '[at]' (kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h223 regional daily's live blog (Manche): listing, ’ as a space, cp1252 entry, œ as U+FFFD, clock-only stamps
PAGES.append(Page(
    name="h223-presse-manche-fil-info-listing",
    meta={"site": "www.presse-manche.example.fr", "style": "regional-daily-live-blog-listing", "listing": True,
          "defects": ["listing", "menu", "lost-apostrophe", "mojibake-cp1252", "oe-replacement-char", "lost-oe",
                      "share-lines",
                      "read-more", "postcode-trap"]},
    blocks=[
        B("""La Presse de la Manche
Cherbourg | Saint-Lô | Granville | Avranches | Coutances | Sports | Faits divers | Abonnez-vous
🔴 EN DIRECT
Le fil info de la Manche – mardi 2 décembre 2025
Actualiser · Les entrées les plus récentes en premier"""),
        P("Cherbourg : la grève des dockers suspend les liaisons vers l’Irlande"),
        P("16:48"),
        P("Cherbourg (AFP) – Les traversées vers Rosslare et Dublin sont annulées jusqu’à jeudi après l’appel à une "
          "grève de 48 heures lancé par la Fédération nationale des ports et docks CGT. Quelque 350 passagers et 120 "
          "camions sont bloqués au terminal."),
        B("Partager ↗"),
        P("Granville : la criée obtient 2,4 millions d’euros pour se moderniser"),
        P("15:20"),
        P("La Région Normandie a voté ce mardi une aide de 2,4 millions d’euros pour la modernisation de la criée de "
          "Granville, premier port coquillier de France. Les travaux, estimés à 5,8 millions d’euros au total, "
          "doivent s’achever à l’été 2027. « C’est une bonne nouvelle pour les 140 bateaux du port », réagit le "
          "président du comité local des pêches, Yann Lecoutour.", apos="space"),
        B("""À lire aussi : Coquille Saint-Jacques : une ouverture de saison sous haute surveillance
Partager ↗"""),
        P("Météo : vigilance jaune aux vents violents à partir de ce soir"),
        P("13:05"),
        P("Météo-France a placé la Manche en vigilance jaune pour vents violents à partir de 18 heures. Des rafales de "
          "90 à 100 km/h sont attendues sur le littoral du Cotentin, jusqu’à 110 km/h à Goury.", moji="cp1252"),
        B("Partager ↗"),
        P("Saint-Lô : un octogénaire retrouvé sain et sauf après 20 heures de recherches"),
        P("11:32"),
        P("Porté disparu depuis lundi midi, un homme de 84 ans a été retrouvé ce mardi matin dans un bois de Saint-Lô "
          "par une équipe cynophile. Une trentaine de gendarmes et un hélicoptère avaient été mobilisés, et des "
          "dizaines de voisins ont mis tout leur cœur dans les battues, a indiqué la porte-parole de la gendarmerie, "
          "[[L\ufffdtitia||Lætitia]] Morel.", oe="fffd"),
        B("Partager ↗"),
        P("Mont-Saint-Michel : le cap des 2,5 millions de visiteurs franchi"),
        P("09:15"),
        P("Avranches, 2 déc. – Le Mont-Saint-Michel a franchi le cap des 2,5 millions de visiteurs depuis janvier, "
          "soit 6 % de plus qu’en 2024, selon le Centre des monuments nationaux (CMN)."),
        B("""Partager ↗
Charger les entrées précédentes
La Presse de la Manche – 12, quai Alexandre-III – 50100 Cherbourg-en-Cotentin
© 2025 La Presse de la Manche – Mentions légales – Gérer mes cookies"""),
    ],
    gold=dict(
        title="Cherbourg : la grève des dockers suspend les liaisons vers l’Irlande",
        dateline=None,
        organisations=[org(None, "AFP"), org("Fédération nationale des ports et docks CGT", None),
                       org("Région Normandie", None), org("Météo-France", None),
                       org("Centre des monuments nationaux", "CMN")],
        places=[place("Cherbourg"), place("Irlande", "IE"), place("Rosslare"), place("Dublin"), place("Granville"),
                place("France", "FR"), place("Manche"), place("Cotentin"), place("Goury"), place("Saint-Lô"),
                place("Mont-Saint-Michel"), place("Avranches")],
        figures=[
            fig("48 heures", 48, "heures", "duration"),
            fig("Quelque 350 passagers", 350, "passagers", qualifier="Quelque"),
            fig("120 camions", 120, "camions"),
            fig("2,4 millions d’euros", 2400000, "euros", "money", currency="EUR"),
            fig("5,8 millions d’euros", 5800000, "euros", "money", currency="EUR"),
            fig("2027", 2027, None, "year"),
            fig("140 bateaux", 140, "bateaux"),
            fig("90", 90, None, "other"),
            fig("100 km/h", 100, "km/h", "other"),
            fig("jusqu’à 110 km/h", 110, "km/h", "other", qualifier="jusqu’à"),
            fig("20 heures", 20, "heures", "duration"),
            fig("84 ans", 84, "ans", "age"),
            fig("Une trentaine de gendarmes", 30, "gendarmes"),
            fig("2,5 millions de visiteurs", 2500000, "visiteurs"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("6 %", 6, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="The live blog of a (made-up) regional daily in the Manche: masthead, one-line menu, the '🔴 EN DIRECT' "
              "line, the blog's own label with the day's date ('Le fil info de la Manche – mardi 2 décembre 2025', "
              "the listing's label: boilerplate, README 'Listing titles'), the refresh/sort line, a 'Partager ↗' "
              "line after each entry, an in-body 'À lire aussi' line (tag 'read-more'), 'Charger les entrées "
              "précédentes', footer with the 50100 postcode and copyright (boilerplate). Five unrelated entries, "
              "each with a headline, a clock-only stamp under it ('16:48') and a paragraph; the page is a listing, its title "
              "the first entry's headline, dateline null. Decided: a live blog's clock-only stamp is the entry's "
              "time stamp (article text on a listing page, README) but not a figure (a clock time alone, "
              "h40-h55), since only the chrome dates it. Damage: every ’ of the second entry's paragraph is a space "
              "('d euros', 's achever', 'l été', 'C est'); the third entry's paragraph is UTF-8 read as cp1252; the "
              "fourth entry's œ and æ are U+FFFD ('leur c�ur', 'L�titia'). Story datelines 'Cherbourg (AFP) –' (agency, no date: AFP "
              "listed with acronym only) and 'Avranches, 2 déc. –' (abbreviated month without year: figure '2 "
              "déc.'). 'grève de 48 heures': a duration. 'à l’été 2027': a year dating a period. 'premier port': "
              "ordinal word. 'à partir de 18 heures', 'lundi midi': clock times. 'de 90 à 100 km/h': first bound "
              "bare. 'un homme de 84 ans': an age. 'Une trentaine de gendarmes': approximate count (30); 'des "
              "dizaines de voisins': vague. '2,5 millions de visiteurs' in the headline and the body: one text. "
              "'depuis janvier': a month alone. 'Région Normandie' is an organisation (h152-h167 'Région "
              "Guadeloupe'); 'comité local des pêches' is generic (inside a role). 'Goury' is a hamlet at the tip of "
              "the Cotentin. 'Mont-Saint-Michel' (a commune and monument) is a place. No contact.",
    ),
))

# --------------------------------------------------------------------------- h224 parliament plenary press release: kicker and date line above the title, glued headings, &nbsp;, hidden e-mail, Belgian/French numbers
PAGES.append(Page(
    name="h224-parlement-europeen-pfas-emballages",
    meta={"site": "www.europarl-presse.example.eu", "style": "parliament-plenary-press-release",
          "defects": ["menu", "breadcrumb", "heading-glued", "html-debris", "hidden-email", "share-lines",
                      "postcode-trap"]},
    blocks=[
        B("""Parlement européen
Actualités | Presse | Plénière | Commissions | Députés | FR ▾
Accueil › Presse › Communiqués de presse
Session plénière
ENVI
Communiqué de presse
27-11-2025 - 13:05"""),
        P("Emballages : les « polluants éternels » interdits dans les contenants alimentaires"),
        L("""Interdiction des PFAS dans les emballages en contact avec les aliments dès août 2027
Objectif de 40 % d’emballages de transport réutilisables d’ici 2030
Une dérogation de trois ans pour les petites entreprises"""),
        P("Le Parlement européen a adopté jeudi à Strasbourg, par 476 voix pour, 129 contre et 33 abstentions, le "
          "texte déjà négocié avec les États membres."),
        P("Les substances per- et polyfluoroalkylées (PFAS), surnommées « polluants éternels », ne pourront plus "
          "être utilisées dans les emballages alimentaires à partir du 12 août 2027. Selon la Commission européenne, "
          "plus de [[4&nbsp;700||4\u00a0700]] de ces composés sont recensés et certains sont soupçonnés de favoriser "
          "des cancers. Les emballages de transport devront être réutilisables à [[40&nbsp;%||40\u00a0%]] d’ici "
          "2030, et à [[70&nbsp;%||70\u00a0%]] d’ici 2040."),
        P("Citation du rapporteur"),
        P("« Nous mettons fin à une exposition quotidienne que personne n’a choisie », a déclaré le rapporteur Lukas "
          "Wendt (S&D, DE). « Les entreprises auront le temps de s’adapter : l’essentiel est que la règle soit "
          "claire. »", glue=True),
        P("Prochaines étapes"),
        P("Le règlement doit encore être formellement approuvé par les États membres. Il entrera en vigueur "
          "[[<em>||]]20 jours[[</em>||]] après sa publication au Journal officiel et s’appliquera 18 mois plus tard.",
          glue=True),
        P("Contexte"),
        P("Les emballages représentent 36 % des déchets municipaux ; chaque Européen en a produit 186,5 kg en 2023, "
          "selon Eurostat. Sans nouvelles mesures, ce volume augmenterait de 19 % d’ici 2030.", glue=True),
        L("""Contacts :
Élodie Marchetti
Attachée de presse
(+32) 2 28 40 731 (BXL)
(+33) 3 881 73 912 (STR)
(+32) 498 98 33 52
[email protected]
Nikos Papadakis
Attaché de presse
(+32) 2 28 32 105 (BXL)
(+32) 470 64 18 27
nikos.papadakis@europarl-presse.example.eu"""),
        B("""Documents associés
Texte adopté (27.11.2025)
Fiche de procédure
Enregistrement vidéo du débat (26.11.2025)
Partager cette page : Facebook | X | LinkedIn | E-mail
Parlement européen – Rue Wiertz 60 – 1047 Bruxelles – Belgique
© Union européenne, 2025 – Source : Parlement européen"""),
    ],
    gold=dict(
        title="Emballages : les « polluants éternels » interdits dans les contenants alimentaires",
        dateline=None,
        organisations=[org("Parlement européen", None), org("Commission européenne", None), org(None, "S&D"),
                       org("Eurostat", None)],
        places=[place("Strasbourg")],
        figures=[
            fig("août 2027", 2027, None, "year"),
            fig("40 %", 40, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("trois ans", 3, "ans", "duration"),
            fig("476 voix", 476, "voix"),
            fig("129", 129, None),
            fig("33 abstentions", 33, "abstentions"),
            fig("12 août 2027", "2027-08-12", None, "date"),
            fig("plus de 4\u00a0700", 4700, None, qualifier="plus de"),
            fig("40\u00a0%", 40, "%", "percent"),
            fig("70\u00a0%", 70, "%", "percent"),
            fig("2040", 2040, None, "year"),
            fig("20 jours", 20, "jours", "duration"),
            fig("18 mois", 18, "mois", "duration"),
            fig("36 %", 36, "%", "percent"),
            fig("186,5 kg", 186.5, "kg", "other"),
            fig("en 2023", 2023, None, "year"),
            fig("19 %", 19, "%", "percent"),
        ],
        phones=[phone("+3222840731"), phone("+33388173912"), phone("+32498983352"), phone("+3222832105"),
                phone("+32470641827")],
        emails=["nikos.papadakis@europarl-presse.example.eu"],
        hidden_emails=1,
        contacts=[contact("Élodie Marchetti", "Attachée de presse", None,
                          ["+3222840731", "+33388173912", "+32498983352"], []),
                  contact("Nikos Papadakis", "Attaché de presse", None, ["+3222832105", "+32470641827"],
                          ["nikos.papadakis@europarl-presse.example.eu"])],
        notes="A plenary press release of the European Parliament (real body; the vote, the rapporteur, the press "
              "officers and the numbers are made up) on a mirror host: site name, one-line menu with a language "
              "selector, breadcrumb, then the kicker lines 'Session plénière' and 'ENVI' (the committee), the type "
              "label and the date/time line '27-11-2025 - 13:05' above the title (page metadata: boilerplate, "
              "h184-h199 rule for labels above a title); at the bottom 'Documents associés' with document links, "
              "share line, address with the 1047 postcode, copyright (boilerplate). The three summary lines under the "
              "title are article lines (kept apart). The three headings are glued to the paragraph after them "
              "('rapporteur« Nous', 'étapesLe règlement', 'ContexteLes emballages'). HTML: '&nbsp;' in "
              "'4&nbsp;700', '40&nbsp;%', '70&nbsp;%' (U+00A0 in the clean text and the figure texts) and an <em> "
              "pair. No dateline ('jeudi à Strasbourg' is in the sentence; the release has none). 'dès août 2027': "
              "month-year; '40 %' (summary, plain space) and '40\u00a0%' (body, no-break space) are two texts "
              "(h184-h199); 'd’ici 2030' (summary and body, one text '2030'), 'd’ici 2040'. 'par 476 voix pour, 129 "
              "contre et 33 abstentions': '476 voix', '129' (unit null), '33 abstentions'. 'plus de 4 700 de ces "
              "composés': count with qualifier, unit null (the noun is behind 'de ces'). 'à partir du 12 août 2027': "
              "the date alone. '(S&D, DE)': the political group by acronym only (listed, as a party, h168-h183); "
              "'DE' is a country code, not a place name. 'les États membres', 'Journal officiel', 'Européen' are "
              "generic/demonym. Contacts: two press officers (name and role on separate lines), Brussels and "
              "Strasbourg landlines written '(+32) 2 28 40 731 (BXL)', '(+33) 3 881 73 912 (STR)' and Belgian "
              "mobiles; the first officer's address is hidden; the line-by-line block gives one contact per person.",
    ),
))

# --------------------------------------------------------------------------- h225 audit court (Senegal): scanned communiqué, OCR errors, junk lines, capital title over two lines, hyphenation, split number
PAGES.append(Page(
    name="h225-cour-des-comptes-senegal-rapport-annuel-ocr",
    meta={"site": "www.courdescomptes.example.sn", "style": "audit-court-scanned-communique",
          "defects": ["ocr-errors", "stray-junk-line", "unaccented-capitals", "hard-wrap", "pdf-hyphenation",
                      "wrapped-number", "page-furniture", "postcode-trap"]},
    blocks=[
        B("""REPUBLIQUE DU SENEGAL
Un Peuple - Un But - Une Foi
COUR DES COMPTES
~ . ' ,  ·
                    COMMUNIQUE DE PRESSE"""),
        X("     PUBLICATION DU RAPPORT PUBLIC ANNUEL 2024 : LA COUR RELEVE\n"
          "     47 MILLIARDS DE FRANCS CFA DE DEPENSES IRREGULIERES",
          "PUBLICATION DU RAPPORT PUBLIC ANNUEL 2024 : LA COUR RELÈVE 47 MILLIARDS DE FRANCS CFA DE DÉPENSES "
          "IRRÉGULIÈRES"),
        X(" " * 46 + "Dakar, le 2 décembre 2O25", "Dakar, le 2 décembre 2025"),
        P("La Cour des comptes a remis le 28 novembre 2025 au Président de la République son rapport public⏎"
          "annuel 2024, qui porte sur [[Ia||la]] gestion de 38 entités publiques : ministères, établissements⏎"
          "publics, sociétés nationales et [[coIlectivités||collectivités]] territoriales."),
        P("Le rapport relève des dépenses irrégulières ou insuffisamment justifiées pour un montant total⏎"
          "de 47,3 milliards de francs CFA, dont 18,6 milliards au titre de [[rnarchés||marchés]] passés sans mise "
          "en⏎concurrence. Sur les 1⏎284 marchés examinés, 211 ne comportaient aucun procès-verbal d'attri-⏎"
          "bution. Près de 62 [[°/o||%]] des irrégularités concernent des marchés de travaux.".replace(
              "attri-⏎bution", "[[attri-\nbution||attribution]]")),
        B("~ /  .   '"),
        P("La Cour a transmis 9 dossiers au Procureur général près la Cour et prononcé des amendes contre⏎"
          "14 gestionnaires, pour un total de 212 millions de francs CFA. Elle recommande la généralisation⏎"
          "de la dématérialisation des marchés publics d'ici 2027 et le recrutement de 40 vérificateurs⏎"
          "supplémentaires."),
        P("Le rapport est consultable au siège de la Cour et sur son site internet."),
        L("Le Premier Président"),
        B("| |  ~"),
        L("Mamadou Lamine Faye"),
        L("Cellule de communication : Tél. (221) 33 849 40 00 / 33 849 40 62 - Fax (221) 33 822 56 10 - "
          "communication@courdescomptes.example.sn"),
        B("15, avenue Franklin-Roosevelt - BP 9097 Dakar - www.courdescomptes.example.sn" + " " * 20 + "1/1"),
    ],
    gold=dict(
        title="PUBLICATION DU RAPPORT PUBLIC ANNUEL 2024 : LA COUR RELÈVE 47 MILLIARDS DE FRANCS CFA DE DÉPENSES "
              "IRRÉGULIÈRES",
        dateline=dl("Dakar", "2025-12-02"),
        organisations=[org("Cour des comptes", None)],
        places=[place("Dakar")],
        figures=[
            fig("47 MILLIARDS DE FRANCS CFA", 47000000000, "FRANCS CFA", "money", currency="XOF"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("38 entités", 38, "entités"),
            fig("47,3 milliards de francs CFA", 47300000000, "francs CFA", "money", currency="XOF"),
            fig("18,6 milliards", 18600000000, None, "money", currency="XOF"),
            fig("1 284 marchés", 1284, "marchés"),
            fig("211", 211, None),
            fig("Près de 62 %", 62, "%", "percent", qualifier="Près de"),
            fig("9 dossiers", 9, "dossiers"),
            fig("14 gestionnaires", 14, "gestionnaires"),
            fig("212 millions de francs CFA", 212000000, "francs CFA", "money", currency="XOF"),
            fig("2027", 2027, None, "year"),
            fig("40 vérificateurs", 40, "vérificateurs"),
        ],
        phones=[phone("+221338494000"), phone("+221338494062"), phone("+221338225610", kind="fax")],
        emails=["communication@courdescomptes.example.sn"],
        contacts=[contact(None, None, "Cellule de communication", ["+221338494000", "+221338494062",
                                                                 "+221338225610"],
                          ["communication@courdescomptes.example.sn"])],
        notes="OCR text of a scanned communiqué of Senegal's audit court (real body; the report's figures and people "
              "are made up), PDF without CMS title. Boilerplate: the state letterhead without accents ('REPUBLIQUE "
              "DU SENEGAL', motto), the court's name, a speck line read as punctuation (tag 'stray-junk-line'), the "
              "centred document label 'COMMUNIQUE DE PRESSE', a second junk line between two paragraphs and a third between the two lines of the signature (stamp trace), and the "
              "footer with address, 'BP 9097 Dakar' and the page mark '1/1'. The title is printed in capitals "
              "without accents over two lines: one clean line with its accents back ('RELÈVE', 'DÉPENSES "
              "IRRÉGULIÈRES'). OCR confusions repaired (h136-h151 rule): capital I for l ('Ia gestion', "
              "'coIlectivités'), 'rn' for m ('rnarchés'), letter O for zero in the dateline's year ('2O25'), '°/o' "
              "for '%'; the straight apostrophes the OCR produced are kept ('d'attribution', 'd'ici'). The scan's "
              "line ends are joined, a hyphenated line end is joined ('attri-' + 'bution'), and the wrap splits "
              "'Sur les 1' / '284 marchés' (one figure '1 284 marchés'). The right-aligned place-and-date line is the "
              "dateline; its figure text is the repaired 'le 2 décembre 2025'. 'RAPPORT PUBLIC ANNUEL 2024' / "
              "'rapport public annuel 2024': the year in a report's name is not a figure (h120-h135 'enquête Emploi "
              "2025'). The capital title's '47 MILLIARDS DE FRANCS CFA' and the body's '47,3 milliards de francs CFA' "
              "are two texts (XOF, Senegal). 'dont 18,6 milliards': money without currency word, unit null "
              "(h56-h71). '211 ne comportaient': count without noun. 'd'ici 2027': '2027'. 'Président de la "
              "République', 'Procureur général près la Cour' and 'Le Premier Président' are roles; the signature is "
              "not a contact. Contact: the court's communication cell (label kept as the organisation) with two "
              "landlines joined by '/' (the second without the '(221)' code) and a fax.",
    ),
))

# --------------------------------------------------------------------------- h226 university event page on Drupal (Alexandria): title twice, event fields, ’ dropped, œ dropped, glued sentences, spacing
PAGES.append(Page(
    name="h226-universite-senghor-colloque-industries-culturelles",
    meta={"site": "www.usenghor-alexandrie.example.org", "style": "university-drupal-event-page",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "duplicate-title", "lost-apostrophe", "lost-oe",
                      "body-glued", "double-space", "space-before-comma", "lost-euro", "share-lines",
                      "postcode-trap"]},
    blocks=[
        B("""Université Senghor – Université internationale de langue française au service du développement africain
Accueil
Formations
Formations
Recherche
Campus
Actualités
Actualités
Accueil » Actualités » Événements"""),
        P("Colloque international : financer les industries culturelles et créatives en Afrique"),
        B("""Colloque international : financer les industries culturelles et créatives en Afrique
Date de l'événement :
Lun 15/12/2025 - 09:00 au Mer 17/12/2025 - 17:00
Lieu :
Campus d'Alexandrie, salle Léopold-Sédar-Senghor
Type d'événement :
Colloque"""),
        P("ALEXANDRIE (Égypte) – L’Université Senghor organise du 15 au 17 décembre 2025 un colloque international "
          "consacré aux industries culturelles et créatives en Afrique, à l’occasion du 35e anniversaire de sa "
          "fondation.", apos="drop"),
        P("Quelque 180 participants venus de 24 pays sont attendus : producteurs, éditeurs, plasticiens et "
          "responsables de fonds de soutien.[[||\n]]Les travaux porteront notamment sur l’accès au crédit des "
          "artistes, la protection des droits d’auteur et la circulation des œuvres sur le continent.",
          apos="drop", oe="drop"),
        P("Selon une étude présentée en ouverture, les industries culturelles représentent 4,2 % du PIB de "
          "l’Afrique subsaharienne et emploient près de 2,4 millions de personnes[[ ,||,]] dont 55 % de femmes. Leur "
          "chiffre d’affaires dépasse 9,8 milliards de dollars.", apos="drop"),
        P("Le colloque est organisé avec l’Organisation internationale de la Francophonie (OIF) et la Bibliothèque "
          "d’Alexandrie. Dix bourses de 1 500 € seront attribuées à de [[jeunes  entrepreneurs||jeunes "
          "entrepreneurs]] culturels ; les candidatures (lettre de motivation et [[curriculum vit||curriculum "
          "vitæ]]) sont reçues jusqu’au 10 décembre.[[||\n]]Les frais de séjour sont estimés à 9 000 livres "
          "égyptiennes pour trois nuits.", apos="drop", noeuro=" "),
        L("""Renseignements :
Service de la communication – Université Senghor
Tél. : +20 3 484 33 74, poste 112 – Mobile : 010 0123 4567
communication@usenghor-alexandrie.example.org"""),
        B("""Ajouter à mon agenda : iCal | Google Agenda
Mots-clés : culture, industries créatives, colloque, Francophonie
Partager : Facebook | X | LinkedIn
Université Senghor – 1, place Ahmed Orabi, El Mancheya – BP 415 – Alexandrie 21111 – Égypte
© 2025 Université Senghor – Propulsé par Drupal"""),
    ],
    gold=dict(
        title="Colloque international : financer les industries culturelles et créatives en Afrique",
        dateline=dl("ALEXANDRIE", None),
        organisations=[org("Université Senghor", None),
                       org("Organisation internationale de la Francophonie", "OIF"),
                       org("Bibliothèque d’Alexandrie", None)],
        places=[place("Afrique"), place("Alexandrie"), place("Égypte", "EG"), place("Afrique subsaharienne")],
        figures=[
            fig("15", "2025-12-15", None, "date"),
            fig("17 décembre 2025", "2025-12-17", None, "date"),
            fig("35e", 35, None, "ordinal"),
            fig("Quelque 180 participants", 180, "participants", qualifier="Quelque"),
            fig("24 pays", 24, "pays"),
            fig("4,2 %", 4.2, "%", "percent"),
            fig("près de 2,4 millions de personnes", 2400000, "personnes", qualifier="près de"),
            fig("55 %", 55, "%", "percent"),
            fig("9,8 milliards de dollars", 9800000000, "dollars", "money", currency="USD"),
            fig("Dix bourses", 10, "bourses"),
            fig("1 500 €", 1500, "€", "money", currency="EUR"),
            fig("10 décembre", "--12-10", None, "date"),
            fig("9 000 livres égyptiennes", 9000, "livres égyptiennes", "money", currency="EGP"),
            fig("trois nuits", 3, "nuits", "duration"),
        ],
        phones=[phone("+2034843374", extension="112"), phone("+201001234567")],
        emails=["communication@usenghor-alexandrie.example.org"],
        contacts=[contact(None, None, "Service de la communication – Université Senghor",
                          ["+2034843374", "+201001234567"], ["communication@usenghor-alexandrie.example.org"])],
        notes="An event page of a francophone university in Alexandria (real institution; the event, people and "
              "numbers are made up) on a Drupal site: site name with motto, vertical menu with doubled 'Formations' "
              "and 'Actualités', breadcrumb; the title printed twice (the second copy opens the event block), the "
              "event fields ('Date de l'événement :' with 'Lun 15/12/2025 - 09:00 au Mer 17/12/2025 - 17:00', "
              "'Lieu :', 'Type d'événement :' and their values: page metadata, boilerplate, h168-h183 CMS event "
              "block); at the bottom calendar links, keywords, share line, footer with BP box and the 21111 "
              "postcode, Drupal credit (boilerplate). Every ’ of the body is dropped ('LUniversité', 'loccasion', "
              "'laccès', 'dauteur', 'lAfrique', 'lOrganisation', 'dAlexandrie', 'jusquau'); œ dropped at a word "
              "start ('des uvres') and æ dropped at a word end ('curriculum vit': a lost æ, tag 'lost-oe', h120-h135); the € of "
              "'1 500 €' became a space ('1 500   seront', three spaces); two sentences glued to the one before ('soutien.Les travaux', 'décembre.Les "
              "frais'); a space before a comma ('personnes , dont') and a double space ('jeunes  entrepreneurs') "
              "repaired. Dateline 'ALEXANDRIE (Égypte) –' without date: place as written; 'Alexandrie' is listed in "
              "normal case (it stands in capitals in the dateline and otherwise inside the library's name, "
              "h168-h183), 'Égypte' from the brackets. 'du 15 au 17 décembre 2025': '15' (2025-12-15) and '17 "
              "décembre 2025'. '35e anniversaire': an ordinal (not an age: no 'ans'). 'reçues jusqu’au 10 décembre': a "
              "date without year ('jusqu’au' out). 'Dix bourses de 1 500 €': a count and EUR money. '9 000 livres égyptiennes': EGP (unit the whole currency noun). "
              "'pour trois nuits': a duration (h120-h135 'nuits'). 'PIB' is not an organisation. 'Bibliothèque "
              "d’Alexandrie' (the Bibliotheca Alexandrina) co-organises: an organisation. The university names "
              "itself without acronym. Contact: the university's communication service (office label kept) with an "
              "Alexandria landline with 'poste 112' and an Egyptian mobile without country code ('010 ...': +20).",
    ),
))

# --------------------------------------------------------------------------- h227 plain-text part of an e-mail campaign (Province Sud, New Caledonia): ** headings, URLs in brackets, e-mail wraps, split number, dash as a space
PAGES.append(Page(
    name="h227-province-sud-interdiction-feu-courriel-texte",
    meta={"site": "campagnes.province-sud.example.nc", "style": "email-campaign-plain-text",
          "defects": ["email-plaintext", "newsletter-chrome", "hard-wrap", "wrapped-number", "lost-dash",
                      "postcode-trap"]},
    blocks=[
        B("""Voir ce courriel dans votre navigateur (https://campagnes.province-sud.example.nc/vue/cp-feux-2025)
** PROVINCE SUD
------------------------------------------------------------
COMMUNIQUE DE PRESSE
------------------------------------------------------------"""),
        P("[[** ||]]Feux de forêt : l’emploi du feu interdit dans toute la province jusqu’au 31 janvier"),
        P("Nouméa, le 2 décembre 2025 – La Province Sud interdit l’emploi du feu en plein air sur l’ensemble de⏎"
          "son territoire à compter du vendredi 5 décembre 2025 et jusqu’au 31 janvier⏎2026, en raison d’un risque "
          "d’incendie jugé « très sévère » par Météo-France⏎Nouvelle-Calédonie.", nodash=" "),
        P("Depuis septembre, 412 feux ont parcouru quelque 6⏎800 hectares en Nouvelle-Calédonie, dont 2 300 dans la "
          "seule Province⏎Sud, soit près de trois fois plus que sur la même période de 2024."),
        P("Le parc provincial de la Rivière Bleue reste ouvert, mais les barbecues y⏎sont interdits. Les "
          "contrevenants s’exposent à une amende de 17 900 à⏎178 900 francs CFP."),
        P("[[** ||]]Les bons réflexes"),
        L("""- ne pas jeter de mégots par la fenêtre des véhicules ;
- signaler tout départ de feu au 18 ;
- débroussailler sur 10 mètres autour des habitations."""),
        P("Le dossier de presse[[ (https://www.province-sud.example.nc/presse/feux-2025.pdf)||]] détaille les⏎"
          "moyens engagés : 3 hélicoptères bombardiers d’eau, 14 camions-citernes et 260⏎sapeurs-pompiers "
          "mobilisables chaque jour."),
        P("[[** ||]]Contacts presse"),
        L("""Direction de la communication de la Province Sud
Tél. : 20.30.40 - Fax : 20.30.19
Mobile (astreinte) : 78.12.34
presse@province-sud.example.nc"""),
        B("""============================================================
Vous recevez ce courriel car vous êtes inscrit(e) à la liste presse de la Province Sud.
Se désinscrire (https://campagnes.province-sud.example.nc/desinscription) | Mettre à jour vos préférences (https://campagnes.province-sud.example.nc/preferences)
Province Sud - 6, route des Artifices - BP L1 - 98849 Nouméa Cedex"""),
    ],
    gold=dict(
        title="Feux de forêt : l’emploi du feu interdit dans toute la province jusqu’au 31 janvier",
        dateline=dl("Nouméa", "2025-12-02"),
        organisations=[org("Province Sud", None), org("Météo-France Nouvelle-Calédonie", None)],
        places=[place("Nouméa"), place("Nouvelle-Calédonie"), place("Rivière Bleue")],
        figures=[
            fig("31 janvier", "--01-31", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("vendredi 5 décembre 2025", "2025-12-05", None, "date"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
            fig("412 feux", 412, "feux"),
            fig("quelque 6 800 hectares", 6800, "hectares", "other", qualifier="quelque"),
            fig("2 300", 2300, None, "other"),
            fig("près de trois fois", 3, "fois", "other", qualifier="près de"),
            fig("2024", 2024, None, "year"),
            fig("17 900", 17900, None, "money", currency="XPF"),
            fig("178 900 francs CFP", 178900, "francs CFP", "money", currency="XPF"),
            fig("10 mètres", 10, "mètres", "other"),
            fig("3 hélicoptères", 3, "hélicoptères"),
            fig("14 camions-citernes", 14, "camions-citernes"),
            fig("260 sapeurs-pompiers", 260, "sapeurs-pompiers"),
        ],
        phones=[phone("+687203040"), phone("+687203019", kind="fax"), phone("+687781234")],
        emails=["presse@province-sud.example.nc"],
        contacts=[contact(None, None, "Direction de la communication de la Province Sud",
                          ["+687203040", "+687203019", "+687781234"], ["presse@province-sud.example.nc"])],
        notes="The plain-text part of an e-mail campaign sent by a New Caledonian province (real collectivity; the "
              "fires, numbers and people are made up), as a campaign tool generates it and a scraper fetches it "
              "(new shape, new tag 'email-plaintext'): 'Voir ce courriel dans votre navigateur (URL)', the '** "
              "PROVINCE SUD' header, rules of '-' and '=' characters, the document label, and the list footer with "
              "unsubscribe/preference links and the BP/Cedex address are boilerplate. Decided: the '** ' that the "
              "campaign tool puts before a heading (title, 'Les bons réflexes', 'Contacts presse') is markup, removed "
              "in the clean text; a URL in brackets after a link's text in the article ('Le dossier de presse "
              "(https://...) détaille') is link debris, removed with its space (as mailto debris); the '- ' marks of "
              "the plain-text list are kept as written (list items stay separate lines). The body is hard-wrapped "
              "about 76 columns (joined), and the wrap splits 'quelque 6' / '800 hectares' (one figure). The en "
              "dash of the dateline became a space ('2025   La', three spaces): restored as –. Dateline 'Nouméa, "
              "le 2 décembre 2025 –'. Title 'jusqu’au 31 janvier': a date without year; body 'à compter du vendredi "
              "5 décembre 2025 et jusqu’au 31 janvier 2026': two dates (prepositions out). 'dont 2 300 dans la seule "
              "Province Sud': a measure without noun (kind other, unit null, h168-h183 'contre 92 400'). 'près de "
              "trois fois plus': a ratio (unit 'fois', qualifier 'près de'). 'la même période de 2024': '2024'. 'de "
              "17 900 à 178 900 francs CFP': a money range, first bound bare, XPF. 'au 18': the fire brigade's "
              "short number (neither phone nor figure). 'chaque jour', 'Depuis septembre': not figures. 'Province "
              "Sud' (capital P, the body acting and sending) is an organisation like 'Région Guadeloupe', not a "
              "place; 'toute la province' generic. 'Météo-France Nouvelle-Calédonie' is listed as written; "
              "'Nouvelle-Calédonie' also stands alone (place, iso null, h88-h103). 'Rivière Bleue' (the park's name, "
              "from the river) is a place; 'parc provincial' is generic. Contact: the province's communication "
              "directorate with six-digit numbers written with dots (+687), phone, fax and a duty mobile.",
    ),
))

# --------------------------------------------------------------------------- h228 NGO collective's published shared document (Chad): whole page without accents, unaccented capital title, (at) e-mail
PAGES.append(Page(
    name="h228-coscim-inondations-mandoul-document-publie",
    meta={"site": "docs.example.com", "style": "published-shared-document",
          "defects": ["page-furniture", "stripped-accents", "unaccented-capitals", "obfuscated-email"]},
    blocks=[
        B("""Publié avec Google Docs
Signaler un abus
En savoir plus
CP Collectif inondations Mandoul 30-11-2025
Mis à jour automatiquement toutes les 5 minutes"""),
        P("[[INONDATIONS DANS LE MANDOUL : 18 000 SINISTRES ATTENDENT TOUJOURS UNE AIDE||INONDATIONS DANS LE "
          "MANDOUL : 18 000 SINISTRÉS ATTENDENT TOUJOURS UNE AIDE]]"),
        P("Koumra, le 30/11/2025 - Le Collectif des organisations de la société civile du Mandoul (COSCIM) alerte "
          "sur la situation de quelque 18 000 sinistrés des inondations de septembre, qui vivent toujours sous des "
          "abris de fortune dans les départements de Barh Sara et du Mandoul Oriental.", strip=True),
        P("Selon un recensement mené par le Collectif du 10 au 22 novembre, 3 412 ménages ont perdu leur maison et "
          "9 600 hectares de cultures ont été détruits, soit près de la moitié des surfaces semées dans les zones "
          "touchées.", strip=True),
        P("Les aides distribuées à ce jour par le gouvernement et les ONG ne couvrent que 35 % des besoins. Le "
          "Collectif estime à 1,9 milliard de francs CFA le coût d'un plan de relance sur six mois, incluant des "
          "semences pour la campagne de contre-saison.", strip=True),
        P("\"[[A||À]] Bedaya, des enfants de moins de 5 ans dorment encore à même le sol\", témoigne la "
          "coordinatrice du COSCIM, Achta Mahamat Nour. Trois cas de choléra ont été confirmés le 26 novembre à "
          "l'hôpital de district de Koumra.", strip=True),
        P("Le COSCIM demande au ministère de l'Action sociale et à l'Office national de sécurité alimentaire "
          "(ONASA) d'organiser d'urgence une distribution de vivres avant le début de la période de soudure, en "
          "mars.", strip=True),
        L("""Contacts :
Achta Mahamat Nour, coordinatrice : +235 66 29 41 07 / 99 14 27 56
Secrétariat du COSCIM : coscim.mandoul (at) gmail.example.com""", strip=True),
        B("""Publié avec Google Docs
Signaler un abus
En savoir plus"""),
    ],
    gold=dict(
        title="INONDATIONS DANS LE MANDOUL : 18 000 SINISTRÉS ATTENDENT TOUJOURS UNE AIDE",
        dateline=dl("Koumra", "2025-11-30"),
        organisations=[org("Collectif des organisations de la société civile du Mandoul", "COSCIM"),
                       org("ministère de l'Action sociale", None),
                       org("Office national de sécurité alimentaire", "ONASA")],
        places=[place("Mandoul"), place("Koumra"), place("Barh Sara"), place("Mandoul Oriental"), place("Bedaya")],
        figures=[
            fig("18 000 SINISTRÉS", 18000, "SINISTRÉS"),
            fig("le 30/11/2025", "2025-11-30", None, "date"),
            fig("quelque 18 000 sinistrés", 18000, "sinistrés", qualifier="quelque"),
            fig("10", "--11-10", None, "date"),
            fig("22 novembre", "--11-22", None, "date"),
            fig("3 412 ménages", 3412, "ménages"),
            fig("9 600 hectares", 9600, "hectares", "other"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("35 %", 35, "%", "percent"),
            fig("1,9 milliard de francs CFA", 1900000000, "francs CFA", "money", currency="XAF"),
            fig("six mois", 6, "mois", "duration"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("Trois cas", 3, "cas"),
            fig("le 26 novembre", "--11-26", None, "date"),
        ],
        phones=[phone("+23566294107"), phone("+23599142756")],
        emails=[],
        contacts=[contact("Achta Mahamat Nour", "coordinatrice", None, ["+23566294107", "+23599142756"], []),
                  contact(None, None, "Secrétariat du COSCIM", [], [])],
        notes="A release of a (made-up) Chadian civil-society collective published as a shared document (the "
              "document service's web view): 'Publié avec Google Docs', 'Signaler un abus', 'En savoir plus', the "
              "document's file name and the auto-update line at the top, the same three lines at the bottom "
              "(boilerplate; new style, tag 'page-furniture'). The whole document was typed without accents (a "
              "keyboard without them): accents restored in the clean text, names and contact block included "
              "('sinistres' → 'sinistrés', 'Secretariat' → 'Secrétariat'); the capital title is unaccented "
              "('SINISTRES' → 'SINISTRÉS'); the capital 'A' opening the quote comes back as 'À'. The writer typed "
              "straight apostrophes and straight double quotes around the quote: kept as written (README). Dateline 'Koumra, le 30/11/2025 -' "
              "(numeric date, hyphen as dash): figure 'le 30/11/2025'. The title's '18 000 SINISTRÉS' and the body's "
              "'quelque 18 000 sinistrés' are two texts. 'inondations de septembre', 'en mars': months alone. 'du 10 "
              "au 22 novembre': '10' (--11-10) and '22 novembre'. 'près de la moitié': 0.5 with 'près de'. "
              "'1,9 milliard de francs CFA': XAF (Chad). 'sur six mois': a duration. 'des enfants de moins de 5 ans': "
              "an age with qualifier. 'Mandoul' stands alone in the title (place) besides the collective's name; "
              "'Mandoul Oriental' and 'Barh Sara' are departments, 'Bedaya' a locality; 'hôpital de district de "
              "Koumra' a venue. 'le gouvernement', 'les ONG' are generic. Contacts: the coordinator with a mobile "
              "and a second number joined by '/' (without code, +235); the secretariat's line with only an address "
              "obfuscated with '(at)' (kept as written, not listed; one office contact, h88-h103).",
    ),
))

# --------------------------------------------------------------------------- h229 community radio's interview transcript (Lubumbashi): kicker above the title, audio chrome, time codes, cp1250 turns, half-repaired word
PAGES.append(Page(
    name="h229-radio-mwangaza-invite-cholera-transcription",
    meta={"site": "www.radio-mwangaza.example.cd", "style": "radio-interview-transcript",
          "defects": ["menu", "audio-player", "transcript-timecodes", "mojibake-cp1250", "share-lines"]},
    blocks=[
        B("""Radio Mwangaza – La voix du Haut-Katanga – 97.4 FM
Direct | Podcasts | Émissions | Grille des programmes | Contact
L’INVITÉ DU MATIN"""),
        P("Choléra à Lubumbashi : « Nous avons 40 centres de traitement prêts »"),
        B("""▶ Écouter l’émission (12:48)
Publié le 02/12/2025 à 07:55 · Transcription relue par la rédaction"""),
        P("Alors que la province du Haut-Katanga enregistre une hausse des cas de choléra depuis trois semaines, le "
          "ministre provincial de la Santé, Jean-Pierre Kabwe Mulenga, était ce mardi l’invité de notre matinale. "
          "Extraits."),
        P("[[[00:00:31] ||]]JOURNALISTE : Monsieur le ministre, combien de cas avez-vous enregistrés depuis le début "
          "de l’épidémie ?"),
        P("[[[00:00:38] ||]]J.-P. KABWE : Depuis le 3 novembre, nous avons notifié 1 176 cas suspects et 31 décès, "
          "dont 19 dans la seule zone de santé de Kenya. C’est un taux de létalité de 2,4 %, au-dessus du seuil de "
          "1 % fixé par l’OMS.", moji="cp1250"),
        P("[[[00:02:10] ||]]JOURNALISTE : Les habitants se plaignent du manque d’eau potable. Que fait la province ?"),
        P("[[[00:02:17] ||]]J.-P. KABWE : La Regideso a installé 25 points de chloration et nous distribuons 60 000 "
          "litres d’eau par jour par camions-citernes. Nous avons aussi 40 centres de traitement prêts, avec 350 lits "
          "au total. Le gouvernement central a débloqué 2,5 milliards de francs congolais, soit environ 870 000 "
          "dollars.", moji="cp1250"),
        P("[[[00:03:40] ||]]JOURNALISTE : Une campagne de vaccination est-elle [[prĂ©vue||prévue]] ?"),
        P("[[[00:03:44] ||]]J.-P. KABWE : Oui. Avec Médecins sans frontières et l’UNICEF, nous lancerons le lundi 8 "
          "décembre une campagne de vaccination orale qui vise 420 000 personnes dans cinq zones de santé. Les doses "
          "sont arrivées de Kinshasa hier soir."),
        P("[[[00:04:30] ||]]JOURNALISTE : Merci, monsieur le ministre."),
        B("""Réécouter : L’invité du matin du 01/12/2025 – Le maire de Likasi (11:02)
Partager : Facebook | WhatsApp | X
Radio Mwangaza – Avenue Kasaï 112, Lubumbashi – Antenne : +243 97 000 41 20
© 2025 Radio Mwangaza – Tous droits réservés"""),
    ],
    gold=dict(
        title="Choléra à Lubumbashi : « Nous avons 40 centres de traitement prêts »",
        dateline=None,
        organisations=[org(None, "OMS"), org(None, "Regideso"), org("Médecins sans frontières", None),
                       org(None, "UNICEF")],
        places=[place("Lubumbashi"), place("Haut-Katanga"), place("Kenya"), place("Kinshasa")],
        figures=[
            fig("40 centres", 40, "centres"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("le 3 novembre", "--11-03", None, "date"),
            fig("1 176 cas", 1176, "cas"),
            fig("31 décès", 31, "décès"),
            fig("19", 19, None),
            fig("2,4 %", 2.4, "%", "percent"),
            fig("1 %", 1, "%", "percent"),
            fig("25 points", 25, "points"),
            fig("60 000 litres", 60000, "litres", "other"),
            fig("350 lits", 350, "lits"),
            fig("2,5 milliards de francs congolais", 2500000000, "francs congolais", "money", currency="CDF"),
            fig("environ 870 000 dollars", 870000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("le lundi 8 décembre", "--12-08", None, "date"),
            fig("420 000 personnes", 420000, "personnes"),
            fig("cinq zones", 5, "zones"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="The transcript page of a (made-up) community radio's morning interview in Lubumbashi (DR Congo): "
              "station name with its frequency, one-line menu, the programme kicker in capitals above the title "
              "('L’INVITÉ DU MATIN', boilerplate, h184-h199), the audio-player line with its duration and the "
              "publication/transcription line under the title (tag 'audio-player'), the replay line, share line and "
              "footer with the station's number (boilerplate; not a phone of the article). New shape (tag "
              "'transcript-timecodes'): each turn opens with the player's time code ('[00:00:38] '); decided: the "
              "time code is player chrome, removed from the clean text (the line stays article text, like a glued "
              "'Lire la suite'), never a figure; the speaker labels ('JOURNALISTE :', 'J.-P. KABWE :') stay, as Q&A "
              "labels. The intro and the turns are one clean line each. Two of the minister's turns are UTF-8 read "
              "as cp1250 ('lĂ©talitĂ©', 'dâ€™eau'); one word of a clean question is still cp1250 mojibake "
              "('prĂ©vue', half-repaired). No dateline, no contact. '40 centres' in the title and the body: one "
              "text. 'depuis trois semaines': a duration. 'dont 19 dans la seule zone de santé de Kenya': a count "
              "without noun; 'Kenya' here is the commune of Lubumbashi (a place, iso null: not the country). "
              "'60 000 litres d’eau par jour': a measure ('par jour' out). '2,5 milliards de francs congolais': CDF; "
              "'environ 870 000 dollars': USD with 'environ'. 'le lundi 8 décembre': a date without year. 'cinq "
              "zones de santé': unit 'zones'. 'Regideso' (the Congolese water utility, written only under this "
              "name) is listed as an acronym as written, long form null; 'OMS' and 'UNICEF' by acronym only; "
              "'Médecins sans frontières' without acronym. 'la province', 'Le gouvernement central' are generic; "
              "'Haut-Katanga' is a province (place, iso null). '97.4 FM' and the durations are chrome.",
    ),
))

# --------------------------------------------------------------------------- h230 regional stock exchange's issuer notice (Abidjan): index ticker, notice number above the title, – and € as '?', ISIN trap, old and new Ivorian numbers
PAGES.append(Page(
    name="h230-brvm-avis-dividende-ciem",
    meta={"site": "www.brvm-avis.example.ci", "style": "stock-exchange-issuer-notice",
          "defects": ["menu", "breadcrumb", "ticker", "lost-dash", "lost-euro", "postcode-trap"]},
    blocks=[
        B("""BRVM – Bourse Régionale des Valeurs Mobilières
Marchés | Cotations | Émetteurs | Avis et communiqués | Publications | Contact
BRVM Composite 312,45 (+0,62 %) · BRVM 30 158,20 (-0,14 %) · BRVM Prestige 131,07 (+0,35 %)
Accueil / Avis et communiqués / Communiqués des émetteurs
AVIS N° 214-2025/BRVM/DG
Émetteur : CIEM CI · Catégorie : Paiement de dividendes · Publié le 28/11/2025"""),
        P("Compagnie ivoirienne des eaux minérales (CIEM) : mise en paiement du dividende de l'exercice 2024"),
        P(swap("Abidjan, le 28 novembre 2025 – La Bourse Régionale des Valeurs Mobilières (BRVM) informe le public "
               "et les intervenants du marché que l'Assemblée générale ordinaire de la Compagnie ivoirienne des eaux "
               "minérales (CIEM), réunie le 20 novembre 2025, a décidé la distribution d'un dividende brut de 1 450 "
               "FCFA par action au titre de l'exercice 2024, soit un dividende net de 1 305 FCFA par action.",
               "–€", "?")),
        P(swap("Le montant total distribué s'élève à 6,09 milliards de FCFA (environ 9,3 M€), pour un résultat net "
               "de 8,2 milliards de FCFA, en hausse de 12,4 % par rapport à 2023.", "–€", "?")),
        L("""Date de détachement (ex-dividende) : lundi 15 décembre 2025
Date d'enregistrement : mardi 16 décembre 2025
Date de paiement : vendredi 19 décembre 2025"""),
        P(swap("Le paiement sera effectué par la Société ivoirienne de bourse (SIB) – agent payeur de l'opération – "
               "auprès des sociétés de gestion et d'intermédiation teneuses de compte.", "–€", "?")),
        P("L'action CIEM (code ISIN CI0000004712, symbole CIEC) a clôturé vendredi à 24 900 FCFA, soit un "
          "rendement de 5,8 %. Le capital social compte 4 200 000 actions."),
        L(swap("""Pour toute information :
Direction des opérations de la BRVM – Tél. : (225) 20 32 66 85 / (225) 27 20 32 66 85 – Fax : (225) 27 20 32 66 84
Relations investisseurs CIEM : Mme Adjoua Kouamé-Brou – +225 07 48 22 19 63 – investisseurs@ciem.example.ci""",
               "–€", "?")),
        B("""Télécharger l'avis (PDF – 96 Ko)
BRVM – 18, avenue Joseph Anoma – 01 BP 3802 Abidjan 01 – Côte d'Ivoire
© 2025 BRVM – Mentions légales – Plan du site"""),
    ],
    gold=dict(
        title="Compagnie ivoirienne des eaux minérales (CIEM) : mise en paiement du dividende de l'exercice 2024",
        dateline=dl("Abidjan", "2025-11-28"),
        organisations=[org("Compagnie ivoirienne des eaux minérales", "CIEM"),
                       org("Bourse Régionale des Valeurs Mobilières", "BRVM"),
                       org("Société ivoirienne de bourse", "SIB")],
        places=[place("Abidjan")],
        figures=[
            fig("2024", 2024, None, "year"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("le 20 novembre 2025", "2025-11-20", None, "date"),
            fig("1 450 FCFA", 1450, "FCFA", "money", currency="XOF"),
            fig("1 305 FCFA", 1305, "FCFA", "money", currency="XOF"),
            fig("6,09 milliards de FCFA", 6090000000, "FCFA", "money", currency="XOF"),
            fig("environ 9,3 M€", 9300000, "M€", "money", qualifier="environ", currency="EUR"),
            fig("8,2 milliards de FCFA", 8200000000, "FCFA", "money", currency="XOF"),
            fig("12,4 %", 12.4, "%", "percent"),
            fig("2023", 2023, None, "year"),
            fig("lundi 15 décembre 2025", "2025-12-15", None, "date"),
            fig("mardi 16 décembre 2025", "2025-12-16", None, "date"),
            fig("vendredi 19 décembre 2025", "2025-12-19", None, "date"),
            fig("24 900 FCFA", 24900, "FCFA", "money", currency="XOF"),
            fig("5,8 %", 5.8, "%", "percent"),
            fig("4 200 000 actions", 4200000, "actions"),
        ],
        phones=[phone("+22520326685", valid=False), phone("+2252720326685"), phone("+2252720326684", kind="fax"),
                phone("+2250748221963")],
        emails=["investisseurs@ciem.example.ci"],
        contacts=[contact(None, None, "Direction des opérations de la BRVM",
                          ["+22520326685", "+2252720326685", "+2252720326684"], []),
                  contact("Adjoua Kouamé-Brou", None, "Relations investisseurs CIEM", ["+2250748221963"],
                          ["investisseurs@ciem.example.ci"])],
        notes="An issuer notice on the regional stock exchange of the WAEMU (the exchange is real in name; the "
              "listed company, its figures and people are made up): exchange name, one-line menu, an index ticker "
              "with values and percents (not figures), breadcrumb, the notice number 'AVIS N° 214-2025/BRVM/DG' and "
              "the issuer/category/date line above the title (labels above a title: boilerplate, h184-h199), the "
              "PDF line, footer with '01 BP 3802 Abidjan 01', copyright (boilerplate). Every en dash and € of the "
              "article is '?' (a Latin-1 trip with replacement) while é, è survive and the writer typed straight "
              "apostrophes (kept): '2025 ? La', '9,3 M?', '(SIB) ? agent payeur ... ? auprès', contact lines 'BRVM ? "
              "Tél.'; each comes back as the character lost. Dateline 'Abidjan, le 28 novembre 2025 –'. "
              "'l'exercice 2024' (title and body): a year dating a period, one text '2024' (h88-h103 'Les comptes "
              "2024'). '1 450 FCFA par action': XOF ('par action' out). 'environ 9,3 M€': EUR with unit 'M€'. 'par "
              "rapport à 2023': '2023'. The three date rows: one date figure each, weekday kept. 'code ISIN "
              "CI0000004712', 'symbole CIEC', the notice number and the index values are not figures. "
              "'l'Assemblée générale ordinaire' (an organ of the company) and 'sociétés de gestion et "
              "d'intermédiation' (a class of firms) are not organisations; the exchange's name keeps its capitals "
              "as written. Contacts: the exchange's operations directorate (office label kept) with a number still "
              "written in the old eight-digit plan ('(225) 20 32 66 85': +22520326685, not valid) next to the same "
              "line in the ten-digit plan ('27 20 ...', valid) joined by '/', and a fax; the company's investor "
              "relations with a person ('Mme' left out), a mobile and an e-mail.",
    ),
))

# --------------------------------------------------------------------------- h231 open-data portal dataset page (Luxembourg): Markdown description, dataset chrome
PAGES.append(Page(
    name="h231-data-public-lu-statec-population-2025",
    meta={"site": "data.public.example.lu", "style": "open-data-portal-dataset-page",
          "defects": ["menu", "breadcrumb", "markdown-debris", "page-furniture"]},
    blocks=[
        B("""data.public.lu – Plateforme de données luxembourgeoise
Données | Réutilisations | Organisations | Documentation | À propos
Rechercher un jeu de données
Jeux de données › STATEC › Population au 1er janvier 2025"""),
        P("Population : le Luxembourg franchit le cap des 680 000 habitants"),
        B("""STATEC – Institut national de la statistique et des études économiques
Publié le 2 décembre 2025 · Mis à jour le 2 décembre 2025
Description"""),
        P("[[**||]]Luxembourg, le 2 décembre 2025[[**||]] – Au 1er janvier 2025, le Grand-Duché comptait 681 973 "
          "habitants, soit 9 818 de plus qu’un an auparavant (+1,5 %), selon les chiffres publiés par l’Institut "
          "national de la statistique et des études économiques ([[[STATEC](https://statistiques.public.example.lu)"
          "||STATEC]])."),
        P("[[## ||]]Une croissance portée par l’immigration"),
        P("Le solde migratoire, de 8 245 personnes, explique près de 84 % de la hausse ; le solde naturel (1 573 "
          "naissances de plus que de décès) fait le reste. Les étrangers représentent [[**47,3 %**||47,3 %]] de la "
          "population, les Portugais restant la première communauté (91 500 personnes), devant les Français "
          "(53 800) et les Italiens (25 100)."),
        P("[[## ||]]Esch-sur-Alzette dépasse les 38 000 habitants"),
        P("La capitale reste de loin la commune la plus peuplée, avec 137 210 habitants, devant Esch-sur-Alzette "
          "(38 420) et Differdange (30 150). Dix communes comptent moins de 2 000 habitants ; la plus petite, Saeul, "
          "en recense 938."),
        P("Les données détaillées par commune, par sexe et par nationalité sont disponibles dans les ressources "
          "ci-dessous et sur [[[LUSTAT](https://lustat.statec.example.lu)||LUSTAT]], le portail statistique du "
          "STATEC. La prochaine mise à jour est prévue le 31 mars 2026."),
        L("""[[**Contact presse :**||Contact presse :]]
Service communication du STATEC – (+352) 247-84219 – presse@statec.example.lu
Tom Weber, démographe – (+352) 247-84331"""),
        B("""Ressources (2)
population_communes_2025.csv · CSV · 48,2 Ko · 1 204 téléchargements
population_nationalites_2025.xlsx · XLSX · 112 Ko · 356 téléchargements
Informations
Licence : Creative Commons Zero (CC0)
Fréquence : annuelle
Couverture temporelle : 01/01/2025
Couverture spatiale : Luxembourg
Mots-clés : population, démographie, communes, nationalités
Réutilisations (2)
Discussions (0)
data.public.lu – Une initiative du gouvernement luxembourgeois"""),
    ],
    gold=dict(
        title="Population : le Luxembourg franchit le cap des 680 000 habitants",
        dateline=dl("Luxembourg", "2025-12-02"),
        organisations=[org("Institut national de la statistique et des études économiques", "STATEC")],
        places=[place("Luxembourg", "LU"), place("Grand-Duché", "LU"), place("Esch-sur-Alzette"),
                place("Differdange"), place("Saeul")],
        figures=[
            fig("680 000 habitants", 680000, "habitants"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("1er janvier 2025", "2025-01-01", None, "date"),
            fig("681 973 habitants", 681973, "habitants"),
            fig("9 818", 9818, None),
            fig("+1,5 %", 1.5, "%", "percent"),
            fig("8 245 personnes", 8245, "personnes"),
            fig("près de 84 %", 84, "%", "percent", qualifier="près de"),
            fig("1 573 naissances", 1573, "naissances"),
            fig("47,3 %", 47.3, "%", "percent"),
            fig("91 500 personnes", 91500, "personnes"),
            fig("53 800", 53800, None),
            fig("25 100", 25100, None),
            fig("38 000 habitants", 38000, "habitants"),
            fig("137 210 habitants", 137210, "habitants"),
            fig("38 420", 38420, None),
            fig("30 150", 30150, None),
            fig("Dix communes", 10, "communes"),
            fig("moins de 2 000 habitants", 2000, "habitants", qualifier="moins de"),
            fig("938", 938, None),
            fig("le 31 mars 2026", "2026-03-31", None, "date"),
        ],
        phones=[phone("+35224784219"), phone("+35224784331")],
        emails=["presse@statec.example.lu"],
        contacts=[contact(None, None, "Service communication du STATEC", ["+35224784219"],
                          ["presse@statec.example.lu"]),
                  contact("Tom Weber", "démographe", None, ["+35224784331"], [])],
        notes="A dataset page of Luxembourg's open-data portal (real portal and statistics institute in name; the "
              "figures and people are made up) whose description holds the institute's release, scraped with its "
              "Markdown source (new shape, new tag 'markdown-debris'): portal name, menu, search line, breadcrumb "
              "with the dataset's file title, the publisher line, the publication/update line and the 'Description' "
              "label under the title, and at the bottom the resources list with sizes and download counts, the "
              "'Informations' block (licence, frequency, coverage, keywords), reuse and discussion counters and the "
              "portal footer: all boilerplate (dataset metadata). The dataset's title (the H1) is the release's "
              "title. Decided: Markdown markup is removed in the clean text — '**' emphasis around the dateline and "
              "a figure, '## ' before a heading (the heading stays a line), and links '[text](url)' reduced to "
              "their text ('(STATEC)', 'LUSTAT'). Dateline 'Luxembourg, le 2 décembre 2025 –' (inside '**'). "
              "'Luxembourg' is the city of the dateline and the country of the title: one place, iso LU "
              "(h136-h151); 'Grand-Duché' is a place (LU, h56-h71); 'La capitale' generic. 'Au 1er janvier 2025': "
              "a date without 'le'. 'soit 9 818 de plus': a count without noun; '(+1,5 %)': a percent with its "
              "sign (h152-h167). 'de 8 245 personnes', 'près de 84 %', '(1 573 naissances ...)'. The communities' "
              "numbers '(53 800)', '(25 100)' and the towns' '(38 420)', '(30 150)', 'en recense 938': counts "
              "without noun. The heading's '38 000 habitants' is its own text. 'la première communauté': ordinal "
              "word. 'Dix communes', 'moins de 2 000 habitants'. 'LUSTAT' is the institute's statistics portal (not "
              "an organisation). Contacts: the institute's communication service (office label kept) with a "
              "direct-dial number written '(+352) 247-84219' and an e-mail; a statistician with role and number.",
    ),
))
