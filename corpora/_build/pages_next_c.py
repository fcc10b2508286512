"""h104-h119: the next blind set, written in session 6 without reading the rules and never run through pressclean.

Written without reading the rules (src/, tests/, benchmarks/, the project README) and never run through pressclean.
h104-h108 come from one Haitian civil-protection press room (made-up host) sharing its header, alert banner, menu,
breadcrumb, share line, SMS-alert widget, related-bulletins block and footer with small variations from page to page;
h109-h119 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

PAGES = []

ENTITIES = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;",
            "&": "&amp;", "'": "&#039;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–É") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


# =========================================================================== Haitian civil-protection press room
HT_SITE = "protectioncivile.example.ht"


def ht_top(kind, stamp, banner=None):
    lines = ["Aller au contenu principal"]
    if banner:
        lines.append(banner)
    lines += ["Kreyòl | Français",
              "République d’Haïti – Ministère de l’Intérieur et des Collectivités territoriales",
              "Direction générale de la Protection civile",
              "Accueil",
              "Qui sommes-nous",
              "Alertes et vigilance",
              "Alertes et vigilance",
              "Se préparer",
              "Centre de presse",
              "Centre de presse",
              "Nous contacter",
              "Rechercher…",
              f"Accueil » Centre de presse » {kind}",
              stamp]
    return "\n".join(lines)


def ht_bottom(related, attach=None, sms=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["En cas d’urgence, composez le 116 (appel gratuit, 24 h/24)",
              "Partager : Facebook · X · WhatsApp · Imprimer",
              "Derniers bulletins"]
    for head, date in related:
        lines.append(f"› {head} ({date})")
    if sms:
        lines.append("Recevez les alertes par SMS : envoyez ALÈT au 4500 (Digicel et Natcom)")
    lines += ["Direction générale de la Protection civile – 23, route de Frères, Pétion-Ville – Haïti – "
              "Tél. : +509 2813 1100",
              "© 2025 DGPC – République d’Haïti – Tous droits réservés"]
    return "\n".join(lines)


def ht_meta(defects, **extra):
    d = {"site": HT_SITE, "style": "civil-protection-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker"] + defects}
    d.update(extra)
    return d


HT_NOTE = ("Site furniture shared by h104-h108 (skip link, an alert banner whose colour and text change from page to "
           "page or that is absent, Kreyòl/Français language line, the ministry line, the site name, a vertical menu "
           "with doubled 'Alertes et vigilance' and 'Centre de presse', search label, breadcrumb 'Accueil » Centre de "
           "presse » type', a 'type n° NN – date' or 'Publié le' line; at the bottom an optional attachment line, the "
           "emergency short number 116, share line, 'Derniers bulletins' with '› headline (date)' lines, an optional "
           "SMS-alert widget with the short code 4500, footer with address and switchboard number, copyright): all "
           "boilerplate; its numbers are neither figures nor phones.")

# --------------------------------------------------------------------------- h104 storm bulletin: glued capital headings without accents, ’ dropped
PAGES.append(Page(
    name="h104-dgpc-haiti-tempete-oriane-vigilance",
    meta=ht_meta(["heading-glued", "unaccented-capitals", "lost-apostrophe", "newsletter-chrome"]),
    blocks=[
        B(ht_top("Bulletins", "Bulletin spécial n° 12 – 14/10/2025 – 19 h 00",
                 banner="⚠ ALERTE ORANGE – Tempête tropicale Oriane : Nord-Ouest, Nord, Nord-Est, Artibonite, "
                        "Centre, Ouest")),
        P("Tempête tropicale Oriane : vigilance orange pour six départements"),
        P("Port-au-Prince, le 14 octobre 2025 – La Direction générale de la Protection civile (DGPC) place les "
          "départements du Nord-Ouest, du Nord, du Nord-Est, de l’Artibonite, du Centre et de l’Ouest en vigilance "
          "orange à partir de ce mardi à 18 h, en raison de l’approche de la tempête tropicale Oriane.", apos="drop"),
        P("SITUATION ACTUELLE"),
        P("Selon le Centre national de météorologie (CNM), le centre d’Oriane se trouvait à 17 h à environ 420 km à "
          "l’est de Cap-Haïtien, avec des vents soutenus de 85 km/h et des rafales de 110 km/h. La tempête se déplace "
          "vers l’ouest-nord-ouest à 18 km/h.", apos="drop", glue=True),
        P("[[PREVISIONS||PRÉVISIONS]]"),
        P("Des pluies de 150 à 250 millimètres sont attendues sur le nord du pays dans les 24 à 36 prochaines heures, "
          "avec des cumuls localement supérieurs à 300 millimètres sur les reliefs. Des crues soudaines et des "
          "glissements de terrain sont possibles, notamment dans les bassins des Trois Rivières et de la Quinte.",
          apos="drop", glue=True),
        P("[[MESURES DE PRECAUTION||MESURES DE PRÉCAUTION]]"),
        P("La DGPC a pré-positionné 1 200 kits d’hygiène et 45 tonnes de vivres dans ses entrepôts de Port-de-Paix, "
          "de Cap-Haïtien et des Gonaïves. Au total, 412 abris provisoires, d’une capacité de 96 000 personnes, sont "
          "prêts à ouvrir. La navigation des petites embarcations est interdite sur toute la côte nord jusqu’à nouvel "
          "ordre.", apos="drop", glue=True),
        P("« Nous demandons aux familles qui vivent près des ravines et sur les mornes de ne pas attendre la dernière "
          "minute pour rejoindre un abri », a déclaré la directrice générale de la Protection civile, Nadège "
          "Pierre-Louis.", apos="drop"),
        L("""Les consignes à suivre :
– garder une réserve d’eau potable et de nourriture pour trois jours ;
– ranger les documents importants dans un sac étanche ;
– suivre les bulletins de la DGPC à la radio et sur les réseaux sociaux.""", apos="drop"),
        L("""Contact presse :
Joseph Wisly Saint-Fleur, porte-parole
Tél. : +509 3712 4589 / +509 4890 1234
presse@protectioncivile.example.ht"""),
        B(ht_bottom([("Saison cyclonique : 412 abris provisoires recensés", "02/10/2025"),
                     ("Vigilance jaune pour fortes pluies dans le Sud et la Grand’Anse", "27/09/2025")])),
    ],
    gold=dict(
        title="Tempête tropicale Oriane : vigilance orange pour six départements",
        dateline=dl("Port-au-Prince", "2025-10-14"),
        organisations=[org("Direction générale de la Protection civile", "DGPC"),
                       org("Centre national de météorologie", "CNM")],
        places=[place("Port-au-Prince"), place("Nord-Ouest"), place("Nord"), place("Nord-Est"),
                place("Artibonite"), place("Centre"), place("Ouest"), place("Cap-Haïtien"), place("Trois Rivières"),
                place("Quinte"), place("Port-de-Paix"), place("Gonaïves")],
        figures=[
            fig("six départements", 6, "départements"),
            fig("le 14 octobre 2025", "2025-10-14", None, "date"),
            fig("environ 420 km", 420, "km", "other", qualifier="environ"),
            fig("85 km/h", 85, "km/h", "other"),
            fig("110 km/h", 110, "km/h", "other"),
            fig("18 km/h", 18, "km/h", "other"),
            fig("150", 150, None, "other"),
            fig("250 millimètres", 250, "millimètres", "other"),
            fig("24", 24, None, "duration"),
            fig("36 prochaines heures", 36, "heures", "duration"),
            fig("300 millimètres", 300, "millimètres", "other"),
            fig("1 200 kits", 1200, "kits"),
            fig("45 tonnes", 45, "tonnes", "other"),
            fig("412 abris", 412, "abris"),
            fig("96 000 personnes", 96000, "personnes"),
            fig("trois jours", 3, "jours", "duration"),
        ],
        phones=[phone("+50937124589"), phone("+50948901234")],
        emails=["presse@protectioncivile.example.ht"],
        contacts=[contact("Joseph Wisly Saint-Fleur", "porte-parole", None, ["+50937124589", "+50948901234"],
                          ["presse@protectioncivile.example.ht"])],
        notes=HT_NOTE + " This page carries an orange alert banner and the bulletin line 'Bulletin spécial n° 12 – "
              "14/10/2025 – 19 h 00' (page metadata). Three capital headings are glued to the paragraph after them "
              "('ACTUELLESelon', 'PREVISIONSDes', 'PRECAUTIONLa'); two of them lost their accents ('PREVISIONS', "
              "'PRECAUTION'): the clean text restores 'PRÉVISIONS', 'PRÉCAUTION' (h72-h87 rule for capital headings). "
              "Every ’ of the body, list and quote dropped ('lArtibonite', 'à lest de', 'dOriane', 'deau'); title and "
              "contact intact. 'à 18 h', 'à 17 h': clock times. 'de 150 à 250 millimètres': a range of measures, first "
              "bound bare (kind other, unit null). 'les 24 à 36 prochaines heures': a range of durations, first bound "
              "'24' (duration, unit null), the second keeps the adjective before its noun ('36 prochaines heures'). "
              "'localement supérieurs à 300 millimètres': 'supérieurs à' is not a listed qualifier: the figure is "
              "'300 millimètres'. 'km/h' is the unit as written. 'Trois Rivières' and 'Quinte' are rivers; Nord, "
              "Centre, Ouest ... are départements (places; 'Centre' also occurs inside the CNM's name, but stands alone "
              "in the list). 'la côte nord', 'le nord du pays': generic. 'des Gonaïves': the town, listed as "
              "'Gonaïves'. The director named by her role in the body is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h105 provisional toll: cp1252 on three paragraphs, key figures, extension
PAGES.append(Page(
    name="h105-dgpc-haiti-bilan-oriane",
    meta=ht_meta(["mojibake-cp1252", "newsletter-chrome"]),
    blocks=[
        B(ht_top("Communiqués", "Communiqué n° 47 – 18/10/2025",
                 banner="VIGILANCE JAUNE – Nord-Ouest et Nord : risque de crues jusqu’à lundi")),
        P("Passage d’Oriane : 9 morts et plus de 14 000 familles sinistrées selon un bilan provisoire"),
        P("Port-au-Prince, le 18 octobre 2025 – Le Centre d’opérations d’urgence national (COUN), activé par la DGPC "
          "depuis le 14 octobre, a publié ce samedi un bilan provisoire du passage de la tempête tropicale Oriane sur "
          "le nord du pays.", moji="cp1252"),
        P("Bilan au 18 octobre à 12 h"),
        L("""Décès : 9
Personnes disparues : 4
Blessés : 37
Familles sinistrées : 14 260
Maisons détruites : 812
Maisons endommagées : 3 945
Personnes hébergées dans les abris : 6 480"""),
        P("Le département du Nord-Ouest est le plus touché, avec 6 décès et 8 100 familles sinistrées, principalement "
          "dans les communes de Port-de-Paix, Saint-Louis-du-Nord et Anse-à-Foleur. La route nationale 5 est coupée "
          "entre Port-de-Paix et Jean-Rabel, isolant quelque 40 000 habitants.", moji="cp1252"),
        P("Dans l’Artibonite, la crue de la Quinte a inondé 2 300 hectares de rizières près des Gonaïves. Le ministère "
          "de l’Agriculture estime les pertes à 480 millions de gourdes, soit environ 3,7 millions de dollars "
          "américains."),
        P("Le Programme alimentaire mondial (PAM) et la Croix-Rouge haïtienne ont commencé jeudi les distributions de "
          "kits alimentaires et de bâches dans 22 abris. Quatre hélicoptères ont été mis à disposition par les "
          "partenaires pour atteindre les zones isolées."),
        P("Ce bilan reste provisoire : les équipes d’évaluation n’ont pas encore pu accéder à 11 sections communales. "
          "Le prochain point sera publié lundi.", moji="cp1252"),
        L("Centre de presse de la DGPC : +509 2813 1100, poste 204 – centredepresse@protectioncivile.example.ht"),
        B(ht_bottom([("Tempête tropicale Oriane : vigilance orange pour six départements", "14/10/2025"),
                     ("Saison cyclonique : 412 abris provisoires recensés", "02/10/2025")])),
    ],
    gold=dict(
        title="Passage d’Oriane : 9 morts et plus de 14 000 familles sinistrées selon un bilan provisoire",
        dateline=dl("Port-au-Prince", "2025-10-18"),
        organisations=[org("Centre d’opérations d’urgence national", "COUN"), org(None, "DGPC"),
                       org("ministère de l’Agriculture", None), org("Programme alimentaire mondial", "PAM"),
                       org("Croix-Rouge haïtienne", None)],
        places=[place("Port-au-Prince"), place("Nord-Ouest"), place("Port-de-Paix"), place("Saint-Louis-du-Nord"),
                place("Anse-à-Foleur"), place("Jean-Rabel"), place("Artibonite"), place("Quinte"),
                place("Gonaïves")],
        figures=[
            fig("9 morts", 9, "morts"),
            fig("plus de 14 000 familles", 14000, "familles", qualifier="plus de"),
            fig("le 18 octobre 2025", "2025-10-18", None, "date"),
            fig("le 14 octobre", "--10-14", None, "date"),
            fig("18 octobre à 12 h", "--10-18", None, "date"),
            fig("9", 9, None),
            fig("4", 4, None),
            fig("37", 37, None),
            fig("14 260", 14260, None),
            fig("812", 812, None),
            fig("3 945", 3945, None),
            fig("6 480", 6480, None),
            fig("6 décès", 6, "décès"),
            fig("8 100 familles", 8100, "familles"),
            fig("quelque 40 000 habitants", 40000, "habitants", qualifier="quelque"),
            fig("2 300 hectares", 2300, "hectares", "other"),
            fig("480 millions de gourdes", 480000000, "gourdes", "money", currency="HTG"),
            fig("environ 3,7 millions de dollars américains", 3700000, "dollars américains", "money",
                qualifier="environ", currency="USD"),
            fig("22 abris", 22, "abris"),
            fig("Quatre hélicoptères", 4, "hélicoptères"),
            fig("11 sections", 11, "sections"),
        ],
        phones=[phone("+50928131100", extension="204")],
        emails=["centredepresse@protectioncivile.example.ht"],
        contacts=[contact(None, None, "Centre de presse de la DGPC", ["+50928131100"],
                          ["centredepresse@protectioncivile.example.ht"])],
        notes=HT_NOTE + " This page carries a yellow banner. The dateline paragraph, the Nord-Ouest paragraph and the "
              "last paragraph are UTF-8 read as cp1252. 'Bilan au 18 octobre à 12 h' is a heading holding a date with a "
              "clock time: one date figure without a year in the text ('--10-18'). The key-figures rows' labels hold "
              "the counted noun: values with unit null ('9' differs in text from the title's '9 morts': both listed). "
              "The DGPC is only named by its acronym on this page (its long form is in the site furniture): acronym "
              "only. 'Croix-Rouge haïtienne': an organisation without acronym. 'route nationale 5': a road name. 'la "
              "Quinte' is the river (as h104). 'dollars américains': currency noun kept whole as unit, USD. 'Le "
              "prochain point sera publié lundi': not a figure. The press-centre line is an office contact with "
              "'poste 204' on the switchboard number (the same number in the footer is boilerplate).",
    ),
))

# --------------------------------------------------------------------------- h106 note to the media: HTML entities and tags, title twice, hidden e-mail, no banner
PAGES.append(Page(
    name="h106-dgpc-haiti-simulation-seisme-invitation",
    meta=ht_meta(["html-debris", "duplicate-title", "hidden-email", "newsletter-chrome"]),
    blocks=[
        B(ht_top("Notes aux médias", "Publié le 31/10/2025")),
        P("Note aux médias : lancement de la simulation nationale de séisme « Tè a tranble »"),
        B("Note aux médias : lancement de la simulation nationale de séisme « Tè a tranble »"),
        B('<img src="/wp-content/uploads/2025/10/simulation-seisme-affiche.jpg" alt="" width="800" height="450" '
          'class="aligncenter" />'),
        P("[[<p>||]]" + ent("La Direction générale de la Protection civile (DGPC) invite les représentants de la "
                            "presse au lancement de la simulation nationale de séisme «\u00a0Tè a tranble\u00a0», le "
                            "mercredi 5 novembre 2025 à 9 h, au lycée Alexandre-Pétion, à Port-au-Prince.")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Organisé avec le ministère de l’Éducation nationale et de la Formation professionnelle "
                            "(MENFP) et l’Organisation panaméricaine de la santé (OPS), l’exercice mobilisera 1 850 "
                            "écoles et près de 620 000 élèves dans les dix départements. Il simulera un séisme de "
                            "magnitude 7,2 dont l’épicentre serait situé au large de Léogâne.") + "[[<br />||]]"),
        P(ent("À 9 h 15, une alerte sera diffusée par SMS et à la radio ; les élèves devront se protéger sous leur "
              "table, puis évacuer vers le point de rassemblement en moins de 6 minutes.") + "[[</p>||]]"),
        L("""[[<strong>Programme</strong>||Programme]]
9 h 00 : accueil de la presse
9 h 15 : déclenchement de l’alerte
10 h 00 : point de presse de la directrice générale"""),
        L("""[[<strong>Accréditations</strong>||Accréditations]]
Marie-Ange Désir, attachée de presse
Tél. : +509 3455 2178
[email protected]"""),
        B(ht_bottom([("Passage d’Oriane : 9 morts et plus de 14 000 familles sinistrées", "18/10/2025"),
                     ("Tempête tropicale Oriane : vigilance orange pour six départements", "14/10/2025")])),
    ],
    gold=dict(
        title="Note aux médias : lancement de la simulation nationale de séisme « Tè a tranble »",
        dateline=None,
        organisations=[org("Direction générale de la Protection civile", "DGPC"),
                       org("ministère de l’Éducation nationale et de la Formation professionnelle", "MENFP"),
                       org("Organisation panaméricaine de la santé", "OPS")],
        places=[place("Port-au-Prince"), place("Léogâne")],
        figures=[
            fig("le mercredi 5 novembre 2025 à 9 h", "2025-11-05", None, "date"),
            fig("1 850 écoles", 1850, "écoles"),
            fig("près de 620 000 élèves", 620000, "élèves", qualifier="près de"),
            fig("dix départements", 10, "départements"),
            fig("7,2", 7.2, None, "other"),
            fig("moins de 6 minutes", 6, "minutes", "duration", qualifier="moins de"),
        ],
        phones=[phone("+50934552178")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Marie-Ange Désir", "attachée de presse", None, ["+50934552178"], [])],
        notes=HT_NOTE + " No banner on this page, and a 'Publié le' line instead of the numbered type line. Title "
              "printed twice (second copy boilerplate) and an <img> line; the body paragraphs carry HTML entities "
              "(&eacute;, &#8217;, &laquo;&nbsp;, &agrave;, &egrave; ...) and tags (<p>, </p>, <br />, <strong> "
              "labels); '&nbsp;' inside the guillemets becomes U+00A0. The accreditation e-mail is hidden by the site's "
              "e-mail protection. No dateline. '« Tè a tranble »' (Kreyòl) is the exercise's name. The date with 'à "
              "9 h' is one date figure; 'À 9 h 15' and the programme times are clock times. 'un séisme de magnitude "
              "7,2': a measure whose unit word stands before the number: text '7,2', kind other, unit null (new "
              "convention). 'lycée Alexandre-Pétion' is a venue (not an organisation, not a place).",
    ),
))

# --------------------------------------------------------------------------- h107 drill review: caption twice, œ dropped, ’ as a space, other banner
PAGES.append(Page(
    name="h107-dgpc-haiti-simulation-seisme-bilan",
    meta=ht_meta(["duplicate-caption", "lost-oe", "lost-apostrophe"]),
    blocks=[
        B(ht_top("Communiqués", "Communiqué n° 52 – 07/11/2025",
                 banner="Saison cyclonique 2025 : préparez votre kit d’urgence – Voir la liste")),
        P("Simulation nationale de séisme : plus de 540 000 élèves ont participé à l’exercice"),
        P("Des élèves du lycée Alexandre-Pétion évacuent leur salle de classe lors de l’exercice du 5 novembre. "
          "Photo : DGPC/J. Alcindor"),
        B("Des élèves du lycée Alexandre-Pétion évacuent leur salle de classe lors de l’exercice du 5 novembre. "
          "Photo : DGPC/J. Alcindor"),
        P("Port-au-Prince, le 7 novembre 2025 – Plus de 540 000 élèves de 1 612 écoles ont pris part mercredi à la "
          "simulation nationale de séisme « Tè a tranble », organisée par la Direction générale de la Protection "
          "civile (DGPC) avec le ministère de l’Éducation nationale et de la Formation professionnelle (MENFP).",
          apos="space"),
        P("Le temps moyen d’évacuation a été de 5 minutes, contre 7 minutes lors du précédent exercice, en 2023. Dans "
          "87 % des écoles, les élèves ont rejoint le point de rassemblement en moins de 6 minutes.", apos="space"),
        P("Des faiblesses ont toutefois été relevées : 214 écoles ne disposent d’aucune sortie de secours et, dans le "
          "Sud et la Grand’Anse, les messages d’alerte par SMS ne sont pas parvenus à un tiers des établissements.",
          apos="space"),
        P("« Le séisme de 2010 nous a appris que la préparation sauve des vies. Chaque école doit avoir son plan et "
          "le mettre en œuvre chaque année, avec les parents, au cœur des quartiers », a rappelé la directrice "
          "générale, Nadège Pierre-Louis, depuis le centre de coordination de Pétion-Ville.", apos="space", oe="drop"),
        P("L’exercice, d’un coût de 12,6 millions de gourdes, a été financé par la Banque interaméricaine de "
          "développement (BID). Un rapport d’évaluation sera remis aux directions départementales d’ici la fin de "
          "l’année.", apos="space"),
        P("Contact : Joseph Wisly Saint-Fleur, porte-parole de la DGPC, +509 3712 4589, "
          "presse@protectioncivile.example.ht."),
        B(ht_bottom([("Note aux médias : lancement de la simulation nationale de séisme", "31/10/2025"),
                     ("Passage d’Oriane : 9 morts et plus de 14 000 familles sinistrées", "18/10/2025")],
                    sms=False)),
    ],
    gold=dict(
        title="Simulation nationale de séisme : plus de 540 000 élèves ont participé à l’exercice",
        dateline=dl("Port-au-Prince", "2025-11-07"),
        organisations=[org("Direction générale de la Protection civile", "DGPC"),
                       org("ministère de l’Éducation nationale et de la Formation professionnelle", "MENFP"),
                       org("Banque interaméricaine de développement", "BID")],
        places=[place("Port-au-Prince"), place("Sud"), place("Grand’Anse"), place("Pétion-Ville")],
        figures=[
            fig("plus de 540 000 élèves", 540000, "élèves", qualifier="plus de"),
            fig("5 novembre", "--11-05", None, "date"),
            fig("le 7 novembre 2025", "2025-11-07", None, "date"),
            fig("Plus de 540 000 élèves", 540000, "élèves", qualifier="Plus de"),
            fig("1 612 écoles", 1612, "écoles"),
            fig("5 minutes", 5, "minutes", "duration"),
            fig("7 minutes", 7, "minutes", "duration"),
            fig("en 2023", 2023, None, "year"),
            fig("87 %", 87, "%", "percent"),
            fig("moins de 6 minutes", 6, "minutes", "duration", qualifier="moins de"),
            fig("214 écoles", 214, "écoles"),
            fig("un tiers", 0.3333, None, "other"),
            fig("2010", 2010, None, "year"),
            fig("12,6 millions de gourdes", 12600000, "gourdes", "money", currency="HTG"),
        ],
        phones=[phone("+50937124589")],
        emails=["presse@protectioncivile.example.ht"],
        contacts=[contact("Joseph Wisly Saint-Fleur", "porte-parole de la DGPC", None, ["+50937124589"],
                          ["presse@protectioncivile.example.ht"])],
        notes=HT_NOTE + " This page carries a preparedness banner and no SMS widget. Photo caption printed twice "
              "(first copy article, the credit 'DGPC/J. Alcindor' stays in it); 'l’exercice du 5 novembre' in the "
              "caption is a date without year ('--11-05'). Every ’ of the body became a space ('l exercice', 'd "
              "aucune', 'la Grand Anse'): the clean text restores 'Grand’Anse' with ’ (the lost character), a place "
              "name. œ dropped ('mettre en uvre', 'au c ur'). 'Le séisme de 2010': a year dating an event (text "
              "'2010'). 'chaque année', 'd’ici la fin de l’année': not figures. 'lycée Alexandre-Pétion' is a venue; "
              "'directions départementales' generic. The contact is a body line (person, role, phone, e-mail; the "
              "final full stop is not part of the address).",
    ),
))

# --------------------------------------------------------------------------- h108 season review: cp1250, glued paragraphs, half-repaired word, attachment
PAGES.append(Page(
    name="h108-dgpc-haiti-bilan-saison-cyclonique",
    meta=ht_meta(["mojibake-cp1250", "body-glued", "newsletter-chrome"]),
    blocks=[
        B(ht_top("Communiqués", "Communiqué n° 58 – 01/12/2025",
                 banner="VIGILANCE VERTE – Aucune alerte en cours sur le territoire")),
        P("Saison cyclonique 2025 : la DGPC dresse le bilan et prépare 2026"),
        P("Port-au-Prince, le 1er décembre 2025 – La saison cyclonique atlantique s’est achevée le 30 novembre. Haïti "
          "a été touché par deux tempêtes tropicales, Oriane en octobre et Ulrich en novembre, ainsi que par quatre "
          "épisodes de fortes pluies.", moji="cp1250"),
        P("Au total, 17 personnes ont perdu la vie et 26 800 familles ont été sinistrées, contre 41 000 en 2024. Grâce "
          "aux alertes précoces, 58 000 personnes ont été évacuées de manière préventive, un record."),
        P("Le réseau de 1 150 volontaires communautaires formés par la DGPC a joué un rôle clé dans la diffusion des "
          "alertes, notamment dans les sections communales sans couverture téléphonique.", glue=True),
        P("Les [[dĂ©partements||départements]] du Nord-Ouest et de l’Artibonite restent les plus exposés : ils "
          "concentrent 62 % des familles sinistrées de la saison."),
        P("Pour 2026, la DGPC prévoit de porter ce réseau à 2 000 volontaires et de réhabiliter 60 abris, pour un "
          "budget estimé à 5,4 millions de dollars, dont 40 % financés par le Trésor public. Le reste est attendu de "
          "l’Union européenne et du Fonds central d’intervention pour les urgences humanitaires (CERF).",
          moji="cp1250"),
        P("La Direction générale de la Protection civile remercie les maires, les comités communaux et les "
          "volontaires pour leur mobilisation.", glue=True),
        L("""Contacts presse :
Joseph Wisly Saint-Fleur, porte-parole – +509 3712 4589
Centre de presse – +509 2813 1100, poste 204 – centredepresse@protectioncivile.example.ht"""),
        B(ht_bottom([("Simulation nationale de séisme : plus de 540 000 élèves ont participé", "07/11/2025"),
                     ("Tempête tropicale Ulrich : fin de la vigilance orange", "21/11/2025")],
                    attach="Télécharger le bilan de la saison 2025 (PDF, 2,1 Mo)")),
    ],
    gold=dict(
        title="Saison cyclonique 2025 : la DGPC dresse le bilan et prépare 2026",
        dateline=dl("Port-au-Prince", "2025-12-01"),
        organisations=[org("Direction générale de la Protection civile", "DGPC"), org("Union européenne", None),
                       org("Fonds central d’intervention pour les urgences humanitaires", "CERF")],
        places=[place("Port-au-Prince"), place("Haïti", "HT"), place("Nord-Ouest"), place("Artibonite")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 30 novembre", "--11-30", None, "date"),
            fig("deux tempêtes", 2, "tempêtes"),
            fig("quatre épisodes", 4, "épisodes"),
            fig("17 personnes", 17, "personnes"),
            fig("26 800 familles", 26800, "familles"),
            fig("41 000", 41000, None),
            fig("en 2024", 2024, None, "year"),
            fig("58 000 personnes", 58000, "personnes"),
            fig("1 150 volontaires", 1150, "volontaires"),
            fig("62 %", 62, "%", "percent"),
            fig("2 000 volontaires", 2000, "volontaires"),
            fig("60 abris", 60, "abris"),
            fig("5,4 millions de dollars", 5400000, "dollars", "money", currency="USD"),
            fig("40 %", 40, "%", "percent"),
        ],
        phones=[phone("+50937124589"), phone("+50928131100", extension="204")],
        emails=["centredepresse@protectioncivile.example.ht"],
        contacts=[contact("Joseph Wisly Saint-Fleur", "porte-parole", None, ["+50937124589"], []),
                  contact(None, None, "Centre de presse", ["+50928131100"],
                          ["centredepresse@protectioncivile.example.ht"])],
        notes=HT_NOTE + " This page carries a green banner and an attachment line. The dateline paragraph and the "
              "budget paragraph are UTF-8 read as cp1250 ('Ă©' shapes); in a clean paragraph one word is left "
              "half-repaired ('dĂ©partements'); two paragraphs are glued to the one before ('record.Le réseau', "
              "'humanitaires (CERF).La Direction'): separate lines in the clean text. 'Saison cyclonique 2025' (a "
              "season dating a period) and 'prépare 2026' in the title give year figures '2025' and '2026'; 'Pour "
              "2026' in the body is the same text (listed once). 'contre 41 000 en 2024': a count without noun. 'Oriane', "
              "'Ulrich' are storm names; 'en octobre', 'en novembre': months alone. 'le Trésor public' is generic "
              "(the State's treasury). 'Fonds central d’intervention pour les urgences humanitaires (CERF)': the "
              "acronym is the English one, listed as written. The contact block has a person line and an office line "
              "('Centre de presse': the DGPC's press centre, kept as written, not listed apart).",
    ),
))
