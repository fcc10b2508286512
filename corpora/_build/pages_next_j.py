"""h216-h231: the next blind set, written blind in session 13 and never run through pressclean.

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

SET = "next"

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
          "hectare). Deux hélicoptères et un avion, mis en œuvre avec l’appui de l’Union européenne, doivent traiter "
          "environ 18 000 hectares.", apos="drop", oe="drop"),
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
              "'danimaux', 'lappui', 'dun constat'); œ dropped at a word start ('mis en uvre'); the en dashes of the "
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
