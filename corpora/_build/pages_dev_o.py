"""h104-h119: the next blind set, written in session 6 without reading the rules and never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources and the shared survey of real pages
(not src/, tests/, benchmarks/ or the project README). h104-h108 come from one Haitian civil-protection press room (made-up host) sharing its header, alert banner, menu,
breadcrumb, share line, SMS-alert widget, related-bulletins block and footer with small variations from page to page;
h109-h119 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENTITIES = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;",
            "&": "&amp;", "'": "&#039;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–É") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


VOWELS = set("aeiouyàâäéèêëîïôöùûüœ")
CLUSTERS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gn", "ck", "ph", "pl", "pr", "th", "tr", "vr"}


def pdfwrap(clean: str, width: int, seed: str, hyphen_every: int = 2) -> str:
    """Raw PDF lines for a clean paragraph: greedy wrap at `width`; every `hyphen_every`-th line end that
    falls inside a long word splits it with a hyphen (between a vowel and a consonant followed by a vowel)."""
    import random
    rng = random.Random(seed)
    words = clean.split(" ")
    lines, cur, ends = [], "", 0
    i = 0
    while i < len(words):
        w = words[i]
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            ends += 1
            done = False
            if ends % hyphen_every == 0 and len(w) >= 7 and not any(c.isdigit() for c in w) and "-" not in w:
                room = width - len(cur) - 2
                for k in range(min(room, len(w) - 3), 2, -1):
                    a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
                    vcv = a in VOWELS and b.isalpha() and b not in VOWELS and c in VOWELS
                    z = w[k - 2].lower()
                    vccv = (z in VOWELS and a.isalpha() and a not in VOWELS and b.isalpha() and b not in VOWELS
                            and c in VOWELS and a + b not in CLUSTERS and a != b)
                    if vcv or vccv:
                        lines.append(cur + " " + w[:k] + "-")
                        cur = w[k:]
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur = w
        i += 1
    lines.append(cur)
    return "\n".join(lines)


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
          "87 % des écoles, les élèves ont rejoint le point de rassemblement en moins de 6 minutes. Les départements du "
          "Nord et du Centre sont arrivés ex [[quo||æquo]] en tête, avec un temps moyen de 4 minutes.", apos="space"),
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
        places=[place("Port-au-Prince"), place("Nord"), place("Centre"), place("Sud"), place("Grand’Anse"),
                place("Pétion-Ville")],
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
            fig("4 minutes", 4, "minutes", "duration"),
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
              "name. œ dropped ('mettre en uvre', 'au c ur') and æ too ('ex quo' for 'ex æquo', restored). 'Le séisme de 2010': a year dating an event (text "
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

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h109 Mauritian research centre, no defect and no boilerplate
PAGES.append(Page(
    name="h109-cmrr-maurice-blanchissement-coraux",
    meta={"site": "cmrr.example.mu", "style": "research-centre-clean", "defects": []},
    blocks=[
        P("Récifs coralliens : 38 % des coraux du lagon de Blue Bay touchés par le blanchissement"),
        P("Port-Louis, le 28 novembre 2025 – Le Centre mauricien de recherche sur les récifs (CMRR) publie les résultats "
          "de sa campagne de suivi de l’été austral 2025, menée de février à avril sur 24 stations autour de Maurice et "
          "de Rodrigues."),
        P("La température de l’eau a dépassé 30 °C pendant 41 jours consécutifs en mars, un record depuis le début des "
          "mesures en 1998. Dans le parc marin de Blue Bay, 38 % des colonies observées présentaient des signes de "
          "blanchissement, contre 11 % en 2022."),
        P("À Rodrigues, où les récifs sont moins exposés aux rejets agricoles, le taux ne dépasse pas 9 %. Les chercheurs "
          "ont toutefois relevé la mort d’environ un quart des coraux branchus dans le lagon sud de l’île."),
        P("Le ministère de l’Environnement, de la Gestion des déchets solides et du Changement climatique consacrera "
          "14,5 millions de roupies en 2026 au programme de restauration « Zardin Koray », qui prévoit la "
          "transplantation de 30 000 boutures cultivées en pépinière sous-marine, avec l’appui du Programme des Nations "
          "unies pour le développement (PNUD)."),
        P("« Les récifs protègent nos plages et font vivre des milliers de pêcheurs. Nous devons agir avant le prochain "
          "épisode de chaleur », a déclaré la directrice du centre, la Dre Anjali Ramsahye-Laval."),
        P("Le rapport complet, de 112 pages, est disponible en français et en anglais sur le site du centre."),
        L("""Contact presse :
Kevin Li Wan Po, chargé de communication
Centre mauricien de recherche sur les récifs, Albion
Tél. : +230 238 4410 – Mobile : +230 5729 6103
k.liwanpo@cmrr.example.mu"""),
    ],
    gold=dict(
        title="Récifs coralliens : 38 % des coraux du lagon de Blue Bay touchés par le blanchissement",
        dateline=dl("Port-Louis", "2025-11-28"),
        organisations=[org("Centre mauricien de recherche sur les récifs", "CMRR"),
                       org("ministère de l’Environnement, de la Gestion des déchets solides et du Changement climatique",
                           None),
                       org("Programme des Nations unies pour le développement", "PNUD")],
        places=[place("Blue Bay"), place("Port-Louis"), place("Maurice", "MU"), place("Rodrigues"), place("Albion")],
        figures=[
            fig("38 %", 38, "%", "percent"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("24 stations", 24, "stations"),
            fig("30 °C", 30, "°C", "other"),
            fig("41 jours", 41, "jours", "duration"),
            fig("en 1998", 1998, None, "year"),
            fig("11 %", 11, "%", "percent"),
            fig("en 2022", 2022, None, "year"),
            fig("9 %", 9, "%", "percent"),
            fig("environ un quart", 0.25, None, "other", qualifier="environ"),
            fig("14,5 millions de roupies", 14500000, "roupies", "money", currency="MUR"),
            fig("en 2026", 2026, None, "year"),
            fig("30 000 boutures", 30000, "boutures"),
            fig("112 pages", 112, "pages"),
        ],
        phones=[phone("+2302384410"), phone("+23057296103")],
        emails=["k.liwanpo@cmrr.example.mu"],
        contacts=[contact("Kevin Li Wan Po", "chargé de communication", "Centre mauricien de recherche sur les récifs",
                          ["+2302384410", "+23057296103"], ["k.liwanpo@cmrr.example.mu"])],
        notes="A research centre's release with no defect and no boilerplate at all (the scraper kept only the article). "
              "'l’été austral 2025': a season dating a period (year figure '2025'). 'de février à avril', 'en mars': "
              "months alone, not figures. '41 jours consécutifs': a duration, the adjective after the noun stays out. "
              "'en 1998' keeps its 'en' (the 'depuis le début des mesures' is not part of it). 'environ un quart' = "
              "0.25. 'des milliers de pêcheurs': vague. Roupies on a Mauritian page: MUR. 'Zardin Koray' (Mauritian "
              "Creole) is a programme's name. Maurice is the country (MU); Rodrigues is an island of Mauritius (iso "
              "null); 'Blue Bay' a lagoon and marine park; Albion the town of the centre's office (listed, README: the "
              "city of an office label). The contact line 'Centre mauricien de recherche sur les récifs, Albion': "
              "organisation as written without the town. Mauritian landline (7 digits) and mobile (8 digits, 5...).",
    ),
))

# --------------------------------------------------------------------------- h110 port authority, English page under French chrome, ’ dropped, title twice
PAGES.append(Page(
    name="h110-port-lome-container-traffic-en",
    meta={"site": "port-lome.example.tg", "style": "port-authority-newsroom-en", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "duplicate-title", "lost-apostrophe",
                      "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Port Autonome de Lomé
Le port en eau profonde du golfe de Guinée
Accueil | Le Port | Services | Tarifs | Actualités | Appels d’offres | Carrières | FR | EN
Accueil > Actualités > Communiqués
Communiqué | 03/12/2025"""),
        P("Lomé port container traffic tops 2 million TEUs for the first time"),
        B("Lomé port container traffic tops 2 million TEUs for the first time"),
        P("LOMÉ, Togo, Dec. 3, 2025 – The Port Autonome de Lomé (PAL) handled 2.14 million TEUs (twenty-foot "
          "equivalent units) in the first eleven months of 2025, the first time the port’s traffic has passed that "
          "mark, its management said on Wednesday.", apos="drop"),
        P("Transshipment to Ghana, Nigeria and the coastal countries of the region accounted for 68% of the volume. "
          "Traffic bound for Burkina Faso, Niger and Mali rose by 14% despite insecurity on the Lomé–Ouagadougou "
          "corridor, where trucks now take about six days."),
        P("The port’s revenue is expected to reach 96 billion CFA francs (about US$171 million) this year, up from 84.5 "
          "billion CFA francs in 2024. A new 450-metre quay, financed with a loan of 120 billion CFA francs from the "
          "West African Development Bank (BOAD), will open in the third quarter of 2026.", apos="drop"),
        P("“Lomé is now the gateway of choice for the landlocked countries of the Sahel, and we intend to keep it that "
          "way,” said the port’s director general, Rear Admiral Koffi Mensah-Dogbé.", apos="drop"),
        L("""Media contact:
Akouvi Amegah, Head of Communications
Tel.: +228 22 27 47 42 / +228 90 12 34 56
Email: communication@port-lome.example.tg"""),
        B("""Partager : Facebook | LinkedIn | X
Autres actualités
Le PAL accueille une délégation de la Banque mondiale – 25/11/2025
Avis d’appel d’offres n° 014/2025 : dragage du chenal d’accès – 18/11/2025
Port Autonome de Lomé – BP 1225 Lomé – Togo – Tél. : +228 22 23 78 00
© 2025 PAL – Tous droits réservés"""),
    ],
    gold=dict(
        title="Lomé port container traffic tops 2 million TEUs for the first time",
        dateline=dl("LOMÉ", "2025-12-03"),
        organisations=[org("Port Autonome de Lomé", "PAL"), org("West African Development Bank", "BOAD")],
        places=[place("Lomé"), place("Togo", "TG"), place("Ghana", "GH"), place("Nigeria", "NG"),
                place("Burkina Faso", "BF"), place("Niger", "NE"), place("Mali", "ML"), place("Ouagadougou"),
                place("Sahel")],
        figures=[
            fig("2 million TEUs", 2000000, "TEUs", "other"),
            fig("Dec. 3, 2025", "2025-12-03", None, "date"),
            fig("2.14 million TEUs", 2140000, "TEUs", "other"),
            fig("eleven months", 11, "months", "duration"),
            fig("2025", 2025, None, "year"),
            fig("68%", 68, "%", "percent"),
            fig("14%", 14, "%", "percent"),
            fig("about six days", 6, "days", "duration", qualifier="about"),
            fig("96 billion CFA francs", 96000000000, "CFA francs", "money", currency="XOF"),
            fig("about US$171 million", 171000000, "US$", "money", qualifier="about", currency="USD"),
            fig("84.5 billion CFA francs", 84500000000, "CFA francs", "money", currency="XOF"),
            fig("in 2024", 2024, None, "year"),
            fig("450-metre", 450, "metre", "other"),
            fig("120 billion CFA francs", 120000000000, "CFA francs", "money", currency="XOF"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+22822274742"), phone("+22890123456")],
        emails=["communication@port-lome.example.tg"],
        contacts=[contact("Akouvi Amegah", "Head of Communications", None, ["+22822274742", "+22890123456"],
                          ["communication@port-lome.example.tg"])],
        notes="An English release on a Togolese port authority's French site: port name and slogan, menu with a FR | EN "
              "switch, breadcrumb, 'Communiqué | date' line; French share line, 'Autres actualités' headlines with "
              "dates, footer with BP box and switchboard number, copyright (boilerplate). Title printed twice (second "
              "copy boilerplate). In three paragraphs every ’ dropped, which leaves plausible English words ('the "
              "ports traffic', 'The ports revenue', 'the ports director general'): the clean text restores "
              "'port’s'. English dateline with an abbreviated English month ('LOMÉ, Togo, Dec. 3, 2025 –'): place "
              "'LOMÉ' as written, 'Togo' listed as a place (h88-h103: a dateline's country), 'Lomé' listed once in "
              "normal case. 'the first eleven months of 2025': a duration ('eleven months', the ordinal adjective "
              "before the number stays out) and a year. 'TEUs' is the unit, a measure (kind other: the h168–h183 convention for EVP, applied in session 12). 'CFA francs' on a Togolese page: "
              "XOF, unit as written. 'US$171 million': unit 'US$'. 'A new 450-metre quay': a measure written as a "
              "compound adjective, text '450-metre', unit 'metre' (new convention). 'the third quarter of 2026': the "
              "period noun stays out ('2026'). 'BOAD' is the French acronym of the bank named in English: listed as "
              "written. 'Lomé–Ouagadougou corridor': both cities are places. The director general named in the "
              "quote's attribution is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h111 e-mail newsletter web view, listing of four briefs (Northern Ontario)
PAGES.append(Page(
    name="h111-echo-nord-ontarien-infolettre-listing",
    meta={"site": "echo-nord-ontarien.example.ca", "style": "newsletter-webview-listing", "listing": True,
          "defects": ["listing", "newsletter-chrome", "read-more", "html-debris", "oe-replacement-char", "lost-dash",
                      "double-space", "postcode-trap"]},
    blocks=[
        B("""Vous ne voyez pas bien ce courriel ? Affichez-le dans votre navigateur.
[Logo] L’Écho du Nord ontarien
L’INFOLETTRE | n° 214 | jeudi 27 novembre 2025
Bonjour,
Voici les nouvelles de la semaine dans le Nord de l’Ontario."""),
        P("Sudbury : un budget de 742 millions $ adopté pour 2026"),
        P("26 novembre 2025"),
        P("Le conseil municipal du Grand Sudbury a adopté mardi soir un budget de 742 millions $ pour 2026, qui prévoit "
          "une hausse de l’impôt foncier de 3,9 %. Près de 48 millions $ seront consacrés à la réfection des routes."),
        B("Lire la suite ›"),
        P("Hearst : 1,2 million $ pour agrandir le Centre culturel Lumière boréale"),
        P("25 novembre 2025"),
        P(ent("Les gouvernements fédéral et provincial investiront 1,2 million $ dans l’agrandissement du Centre "
              "culturel Lumière boréale, à Hearst, dans le cadre du Fonds Culture & Patrimoine. Les travaux, qui "
              "débuteront en avril, ajouteront une salle de spectacle de 220 places.", "’&")),
        B("Lire la suite ›"),
        P("Timmins : une clinique en français pour les patients sans médecin de famille"),
        P("24 novembre 2025"),
        P("Le Centre de santé communautaire de Timmins ouvrira le 2 mars 2026 une clinique offrant des services en "
          "français à quelque 4 500 patients sans médecin de famille. La clinique, dont la mise en œuvre a coûté "
          "2,6 millions $, emploiera 3 médecins et 6 infirmières praticiennes. Inscriptions : 705 267-4410.",
          oe="fffd"),
        B("Lire la suite ›"),
        P("Kapuskasing : le marché de Noël s’installe au centre-ville"),
        P("21 novembre 2025"),
        P("Le marché de Noël de Kapuskasing se tiendra du 5 au 7 décembre sur la place du centre-ville, avec 64 "
          "exposants – le double de l’an dernier. L’entrée est gratuite et une navette partira de la gare toutes les "
          "30 minutes.", nodash=""),
        B("""Lire la suite ›
PUBLICITÉ
Caisse populaire du Nord – Votre avenir, notre priorité
Suivez-nous : Facebook | Instagram
Vous recevez cette infolettre parce que vous êtes abonné(e) à L’Écho du Nord ontarien.
Se désabonner | Mettre à jour vos préférences
L’Écho du Nord ontarien – 125, rue Elm, Sudbury (Ontario) P3C 1T5"""),
    ],
    gold=dict(
        title="Sudbury : un budget de 742 millions $ adopté pour 2026",
        dateline=None,
        organisations=[org("Centre culturel Lumière boréale", None),
                       org("Centre de santé communautaire de Timmins", None)],
        places=[place("Sudbury"), place("Grand Sudbury"), place("Hearst"), place("Timmins"), place("Kapuskasing")],
        figures=[
            fig("742 millions $", 742000000, "$", "money", currency="CAD"),
            fig("2026", 2026, None, "year"),
            fig("26 novembre 2025", "2025-11-26", None, "date"),
            fig("3,9 %", 3.9, "%", "percent"),
            fig("Près de 48 millions $", 48000000, "$", "money", qualifier="Près de", currency="CAD"),
            fig("1,2 million $", 1200000, "$", "money", currency="CAD"),
            fig("25 novembre 2025", "2025-11-25", None, "date"),
            fig("220 places", 220, "places"),
            fig("24 novembre 2025", "2025-11-24", None, "date"),
            fig("le 2 mars 2026", "2026-03-02", None, "date"),
            fig("quelque 4 500 patients", 4500, "patients", qualifier="quelque"),
            fig("2,6 millions $", 2600000, "$", "money", currency="CAD"),
            fig("3 médecins", 3, "médecins"),
            fig("6 infirmières", 6, "infirmières"),
            fig("21 novembre 2025", "2025-11-21", None, "date"),
            fig("5", "--12-05", None, "date"),
            fig("7 décembre", "--12-07", None, "date"),
            fig("64 exposants", 64, "exposants"),
            fig("30 minutes", 30, "minutes", "duration"),
        ],
        phones=[phone("+17052674410")],
        emails=[],
        contacts=[],
        notes="Web view of a weekly e-mail newsletter from a Northern Ontario French-language outlet: four unrelated "
              "briefs, each with headline and a date line (article text on a listing page; the dates are date "
              "figures). The 'view in your browser' line, the logo's alt text, the issue label 'L’INFOLETTRE | n° 214 "
              "| jeudi 27 novembre 2025', the greeting and intro line, the 'Lire la suite ›' links, the advertisement, "
              "social line, subscription notice, unsubscribe line and the postal address (P3C 1T5) are boilerplate. "
              "Title: the first story's headline (h88-h103 convention). Damage: '&#8217;' and '&amp;' entities in the "
              "Hearst brief, œ as U+FFFD in the Timmins brief ('mise en �uvre'), the en dash lost in the Kapuskasing "
              "brief ('exposants  le double': double space). Page dateline null; no story has a dateline. '742 "
              "millions $' (headline and body: same text, once); 'pour 2026': a year dating a budget. '$' on a "
              "Canadian page: CAD. 'conseil municipal', 'gouvernements fédéral et provincial': generic. 'Fonds Culture "
              "& Patrimoine' is a funding programme (not an organisation). The Timmins health centre is an "
              "organisation (its name holds the town; 'Timmins' is also listed from the headline). 'Grand Sudbury' "
              "(the city) and 'Sudbury' (headline) are listed by distinct name. 'Inscriptions : 705 267-4410' is a "
              "number offered to the public: a phone, not a contact (as h83's '1 866'). 'du 5 au 7 décembre': date "
              "range ('5' = '--12-05'). 'le double de l’an dernier': not a figure. 'toutes les 30 minutes': a "
              "duration. 'en avril': a month alone.",
    ),
))

# --------------------------------------------------------------------------- h112 Council of Ministers report, PDF text: letterhead, page marks, hyphenation, wraps
H112_HEAD = "Compte rendu du Conseil des ministres du 26/11/2025"
H112_PARAS = [
    "Le Conseil des ministres s’est réuni ce mercredi 26 novembre 2025, sous la présidence du Chef de l’État, Chef du "
    "Gouvernement. Les décisions suivantes ont été prises.",
    "Le Conseil a adopté le décret portant création, attributions, organisation et fonctionnement de l’ANPS. L’Agence "
    "aura pour mission de tenir le registre social unique, qui recense à ce jour 1 184 312 ménages, et de gérer les "
    "programmes de transferts monétaires destinés à quelque 370 000 ménages en situation d’extrême pauvreté. Elle "
    "remplace deux structures dont les missions se recoupaient.",
    "Le Conseil a approuvé l’attribution des marchés de travaux pour un montant de 27,6 milliards de francs CFA. Les "
    "chantiers, d’une durée de 18 mois, permettront d’accueillir environ 9 800 commerçants, dont 70 % de femmes, dans "
    "des bâtiments équipés de chambres froides, de sanitaires et de magasins de stockage sécurisés.",
    "Le prix d’achat du coton graine au producteur est maintenu à 300 francs CFA le kilogramme pour le premier choix. "
    "La production attendue est de 720 000 tonnes, contre 598 000 tonnes lors de la campagne précédente, ce qui "
    "confirme la place du Bénin parmi les premiers producteurs de coton du continent.",
    "Le Conseil a autorisé le recrutement de 2 500 enseignants contractuels pour les écoles maternelles et primaires "
    "des communes de Kandi, Malanville et Karimama, où le ratio atteint 68 élèves par enseignant dans les classes du "
    "cours d’initiation.",
]


H112_WIDTHS = [82, 88, 86, 76, 78]  # the text layer's line lengths vary with the proportional font


def h112_par(i):
    return X(pdfwrap(H112_PARAS[i], H112_WIDTHS[i], f"h112-{i}", 1), H112_PARAS[i])


PAGES.append(Page(
    name="h112-sgg-benin-conseil-des-ministres-pdf",
    meta={"site": "sgg.gouv-benin.example.bj", "style": "council-of-ministers-pdf",
          "defects": ["page-furniture", "pdf-hyphenation", "hard-wrap"]},
    blocks=[
        B("""RÉPUBLIQUE DU BÉNIN
Fraternité – Justice – Travail
PRÉSIDENCE DE LA RÉPUBLIQUE
SECRÉTARIAT GÉNÉRAL DU GOUVERNEMENT
N° 46/2025/PR/SGG/CM/OJ/ORD"""),
        P("COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 26 NOVEMBRE 2025"),
        h112_par(0),
        P("I- MESURES NORMATIVES"),
        P("1-1. Création de l’Agence nationale de la protection sociale (ANPS)."),
        h112_par(1),
        B("Page 1 sur 3\n" + H112_HEAD),
        P("II- COMMUNICATIONS"),
        X("2-1. Construction de 14 marchés modernes dans les départements du Zou, des Collines\net du Borgou.",
          "2-1. Construction de 14 marchés modernes dans les départements du Zou, des Collines et du Borgou."),
        h112_par(2),
        P("2-2. Campagne cotonnière 2025-2026."),
        h112_par(3),
        B("Page 2 sur 3\n" + H112_HEAD),
        P("2-3. Recrutement d’enseignants pour l’année scolaire 2025-2026."),
        h112_par(4),
        L("""Fait à Cotonou, le 26 novembre 2025,
Le Secrétaire général du Gouvernement,
Édouard A. Ahouansou"""),
        B("Page 3 sur 3"),
    ],
    gold=dict(
        title="COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 26 NOVEMBRE 2025",
        dateline=None,
        organisations=[org("Conseil des ministres", None), org("Agence nationale de la protection sociale", "ANPS")],
        places=[place("Zou"), place("Collines"), place("Borgou"), place("Bénin", "BJ"), place("Kandi"),
                place("Malanville"), place("Karimama"), place("Cotonou")],
        figures=[
            fig("MERCREDI 26 NOVEMBRE 2025", "2025-11-26", None, "date"),
            fig("mercredi 26 novembre 2025", "2025-11-26", None, "date"),
            fig("1 184 312 ménages", 1184312, "ménages"),
            fig("quelque 370 000 ménages", 370000, "ménages", qualifier="quelque"),
            fig("deux structures", 2, "structures"),
            fig("14 marchés", 14, "marchés"),
            fig("27,6 milliards de francs CFA", 27600000000, "francs CFA", "money", currency="XOF"),
            fig("18 mois", 18, "mois", "duration"),
            fig("environ 9 800 commerçants", 9800, "commerçants", qualifier="environ"),
            fig("70 %", 70, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("300 francs CFA", 300, "francs CFA", "money", currency="XOF"),
            fig("720 000 tonnes", 720000, "tonnes", "other"),
            fig("598 000 tonnes", 598000, "tonnes", "other"),
            fig("2 500 enseignants", 2500, "enseignants"),
            fig("68 élèves", 68, "élèves"),
            fig("le 26 novembre 2025", "2025-11-26", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Text layer of a Beninese Council of Ministers report (PDF). The letterhead above the title (republic, "
              "motto, presidency, secretariat, document reference) is boilerplate (PDF without CMS title, h56-h71); "
              "'Page n sur 3' marks and the running header 'Compte rendu du Conseil des ministres du 26/11/2025' too. "
              "PDF hard wraps through the body, with hyphenated line ends (prési-/dence, moné-/taires, équi-/pés, "
              "con-/firme, conti-/nent, and a town name: Kari-/mama). The capital title keeps its accents as written; its date "
              "('MERCREDI 26 NOVEMBRE 2025') and the body's ('mercredi 26 novembre 2025', 'ce' stays out) differ in "
              "text: both listed, the weekday kept in the text (as h73). Section numbers ('I-', '1-1.', '2-3.') are "
              "not figures. 'Campagne cotonnière 2025-2026' and 'l’année scolaire 2025-2026': a season dating a period, "
              "two year figures (the same texts twice, listed once). 'le Conseil' is the Conseil des ministres (an "
              "organisation, as README's 'Conseil de gouvernement'); 'Chef de l’État', 'Secrétaire général du "
              "Gouvernement' are roles. No dateline: the closing formula 'Fait à Cotonou, le 26 novembre 2025,' above "
              "the signature is article text but not a dateline (new convention); its date is a date figure and Cotonou "
              "a place. The signature (title and name) is not a contact. Benin: XOF. '300 francs CFA le kilogramme': "
              "money, 'le kilogramme' is not a figure. '68 élèves par enseignant': a count. Zou, Collines, Borgou are "
              "departments.",
    ),
))

# --------------------------------------------------------------------------- h113 research institute release, PDF text in layout mode (indents, justification spaces)
H113_RAW = """            Sécheresse : les sols wallons ont perdu 18 % de leur réserve en eau
                                         depuis 2001
                                                             Gembloux, le 2 décembre 2025

   Une  étude  de  l’Institut  belge  de  recherche  sur  les  sols  (IBRS),  menée  sur  1 250
   parcelles agricoles de Wallonie entre 2001 et 2024, montre que la réserve utile en eau des
   sols  a  diminué  en  moyenne  de  18 %,  sous  l’effet  combiné  de  la  hausse  des  tempéra-
   tures, de la baisse de la matière organique et du tassement par les engins agricoles.

   Les pertes sont les plus fortes en Hesbaye et dans le Condroz, où la réserve utile est passée
   de  182  à  141  millimètres  en  moyenne,  soit  une  baisse  de  23 %.  En  Ardenne,  les  sols,
   plus riches en matière organique, ont mieux résisté (baisse de 9 %)."""
H113_CLEAN = """Sécheresse : les sols wallons ont perdu 18 % de leur réserve en eau depuis 2001
Gembloux, le 2 décembre 2025
Une étude de l’Institut belge de recherche sur les sols (IBRS), menée sur 1 250 parcelles agricoles de Wallonie entre 2001 et 2024, montre que la réserve utile en eau des sols a diminué en moyenne de 18 %, sous l’effet combiné de la hausse des températures, de la baisse de la matière organique et du tassement par les engins agricoles.
Les pertes sont les plus fortes en Hesbaye et dans le Condroz, où la réserve utile est passée de 182 à 141 millimètres en moyenne, soit une baisse de 23 %. En Ardenne, les sols, plus riches en matière organique, ont mieux résisté (baisse de 9 %)."""
H113_RAW2 = """   Pour inverser la tendance, l’IBRS recommande de porter à 30 % la part des surfaces cou-
   vertes en hiver et de limiter le passage des engins lourds sur sol humide. Un programme
   d’essais de 1,8 million d’euros, financé par le Service public de Wallonie (SPW), sera mené
   de 2026 à 2029 chez 40 agriculteurs volontaires.

   « Un sol qui retient moins d’eau, c’est une récolte qui dépend davantage de chaque orage »,
   résume la professeure Martine Lecocq, qui a dirigé l’étude.

   Contact presse : Thomas Delforge, +32 81 62 45 10 – GSM +32 475 38 21 66 – presse@ibrs.example.be"""
H113_CLEAN2 = """Pour inverser la tendance, l’IBRS recommande de porter à 30 % la part des surfaces couvertes en hiver et de limiter le passage des engins lourds sur sol humide. Un programme d’essais de 1,8 million d’euros, financé par le Service public de Wallonie (SPW), sera mené de 2026 à 2029 chez 40 agriculteurs volontaires.
« Un sol qui retient moins d’eau, c’est une récolte qui dépend davantage de chaque orage », résume la professeure Martine Lecocq, qui a dirigé l’étude.
Contact presse : Thomas Delforge, +32 81 62 45 10 – GSM +32 475 38 21 66 – presse@ibrs.example.be"""
PAGES.append(Page(
    name="h113-ibrs-gembloux-secheresse-sols-pdf",
    meta={"site": "www.ibrs.example.be", "style": "pdf-layout-dump",
          "defects": ["page-furniture", "hard-wrap", "pdf-hyphenation", "double-space", "postcode-trap"]},
    blocks=[
        B("""                                                                        COMMUNIQUÉ DE PRESSE
   IBRS – Institut belge de recherche sur les sols
   Section Sols et Climat"""),
        X(H113_RAW, H113_CLEAN),
        B("""
   IBRS – Chaussée de Namur 146 – 5030 Gembloux – BCE 0412.345.678                              1/2
"""),
        X(H113_RAW2, H113_CLEAN2),
        B("""
   IBRS – Chaussée de Namur 146 – 5030 Gembloux – BCE 0412.345.678                              2/2"""),
    ],
    gold=dict(
        title="Sécheresse : les sols wallons ont perdu 18 % de leur réserve en eau depuis 2001",
        dateline=dl("Gembloux", "2025-12-02"),
        organisations=[org("Institut belge de recherche sur les sols", "IBRS"),
                       org("Service public de Wallonie", "SPW")],
        places=[place("Gembloux"), place("Wallonie"), place("Hesbaye"), place("Condroz"), place("Ardenne")],
        figures=[
            fig("18 %", 18, "%", "percent"),
            fig("2001", 2001, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("1 250 parcelles", 1250, "parcelles"),
            fig("2024", 2024, None, "year"),
            fig("182", 182, None, "other"),
            fig("141 millimètres", 141, "millimètres", "other"),
            fig("23 %", 23, "%", "percent"),
            fig("9 %", 9, "%", "percent"),
            fig("30 %", 30, "%", "percent"),
            fig("1,8 million d’euros", 1800000, "euros", "money", currency="EUR"),
            fig("2026", 2026, None, "year"),
            fig("2029", 2029, None, "year"),
            fig("40 agriculteurs", 40, "agriculteurs"),
        ],
        phones=[phone("+3281624510"), phone("+32475382166")],
        emails=["presse@ibrs.example.be"],
        contacts=[contact("Thomas Delforge", None, None, ["+3281624510", "+32475382166"], ["presse@ibrs.example.be"])],
        notes="Text of a Belgian research institute's press release extracted from a PDF in layout mode: every line "
              "is indented, the title is centred and broken over two lines, the dateline is right-aligned on its own "
              "line under the title, justified lines carry runs of two spaces between words, a page footer carries "
              "the address, the 5030 postcode, the company number (BCE) and a right-aligned '1/2' page mark. The "
              "'COMMUNIQUÉ DE PRESSE' label and the institute letterhead above the title are boilerplate (PDF without "
              "CMS title, h56-h71); the footers too. The clean text strips the indentation, joins the two title lines "
              "and the wrapped lines, removes the justification spaces and the hyphenation (tempéra-/tures, cou-/"
              "vertes). Dateline on its own line after the title ('Gembloux, le 2 décembre 2025'). 'sols wallons' is "
              "an adjective; 'Wallonie' (body) is listed, and also occurs inside the SPW's name. 'de 182 à 141 "
              "millimètres': range of measures, first bound bare. 'entre 2001 et 2024', 'de 2026 à 2029': year "
              "figures ('2001' in the title's 'depuis 2001' is the same text). 'GSM' is a Belgian mobile label. The "
              "contact line has no role. 'la professeure Martine Lecocq' named in the body is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h114 Swiss regional portal reprinting a wire: '(ats)' dateline without date or dash, cp852 paragraph, comments
PAGES.append(Page(
    name="h114-valais-info-credit-laves-torrentielles",
    meta={"site": "valais-info.example.ch", "style": "swiss-portal-wire-reprint",
          "defects": ["menu", "ticker", "wire-slug", "mojibake-cp852", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""Valais Info – le portail de l'actualité valaisanne
Accueil | Valais | Suisse | Monde | Sport | Économie | Météo | Annonces
EN CONTINU · 11:52 Accident sur l'A9 près de Martigny : trafic perturbé · 11:30 Hockey : le HC Sierre s'impose à Olten · 10:58 Bourse : le SMI en léger recul
VALAIS"""),
        P("Le Valais débloque 48 millions pour protéger les villages des laves torrentielles"),
        B("ATS | Publié le 02.12.2025 à 11:47 | Mis à jour à 12:05 | Temps de lecture : 2 min"),
        P("Sion (ats) Le Grand Conseil valaisan a accepté mardi un crédit-cadre de 48 millions de francs pour protéger "
          "les villages menacés par les laves torrentielles et les chutes de pierres. Le texte a été adopté par 104 voix "
          "contre 12 et 6 abstentions."),
        P("Le programme, réparti sur huit ans, financera 37 ouvrages de protection dans 22 communes, de Zermatt à "
          "Saint-Gingolph. La Confédération prendra en charge jusqu'à 60% des coûts, soit environ 28,8 millions de "
          "francs.", moji="cp852"),
        P("Depuis les intempéries de l'été 2024 dans le Haut-Valais, 1'250 bâtiments ont été classés en zone de danger "
          "rouge dans le canton, a rappelé le conseiller d'Etat Mathias Rey. Certaines habitations pourraient devoir "
          "être déplacées."),
        P("La gauche a salué un «investissement vital», tandis qu'une partie de l'UDC a jugé le crédit trop peu ciblé. "
          "Les premiers chantiers doivent commencer au printemps 2026 à Randa et à Gondo."),
        B("""ats/cdb
Vos réactions (2)
Pierre-André M. · il y a 25 min
Enfin ! Il était temps pour nos villages de montagne.
Répondre
Nadia_Sion · il y a 12 min
48 millions pour quelques digues... et l'entretien, qui le paie ?
Répondre
Écrire un commentaire
À lire aussi
Saas-Fee : la route cantonale rouverte après l'éboulement
Sierre : le budget 2026 accepté de justesse
Valais Info SA · Rue de l'Industrie 13 · 1950 Sion · © 2025 Tous droits réservés"""),
    ],
    gold=dict(
        title="Le Valais débloque 48 millions pour protéger les villages des laves torrentielles",
        dateline=dl("Sion", None),
        organisations=[org(None, "ats"), org("Grand Conseil", None), org(None, "UDC")],
        places=[place("Valais"), place("Sion"), place("Zermatt"), place("Saint-Gingolph"), place("Haut-Valais"),
                place("Randa"), place("Gondo")],
        figures=[
            fig("48 millions", 48000000, None, "money", currency="CHF"),
            fig("48 millions de francs", 48000000, "francs", "money", currency="CHF"),
            fig("104 voix", 104, "voix"),
            fig("12", 12, None),
            fig("6 abstentions", 6, "abstentions"),
            fig("huit ans", 8, "ans", "duration"),
            fig("37 ouvrages", 37, "ouvrages"),
            fig("22 communes", 22, "communes"),
            fig("jusqu'à 60%", 60, "%", "percent", qualifier="jusqu'à"),
            fig("environ 28,8 millions de francs", 28800000, "francs", "money", qualifier="environ", currency="CHF"),
            fig("2024", 2024, None, "year"),
            fig("1'250 bâtiments", 1250, "bâtiments"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A Swiss regional news portal reprinting a national wire dispatch: portal name, menu, an 'EN CONTINU' "
              "ticker with clock times, a rubric kicker 'VALAIS' above the title (the title is not the first prominent "
              "line), an 'ATS | Publié le ... | Mis à jour ...' line under it; after the text the wire initials "
              "'ats/cdb', a comment thread, 'À lire aussi' headlines and the footer with the 1950 postcode "
              "(boilerplate). New wire dateline shape: 'Sion (ats) Le Grand Conseil ...' (place, the agency in lower "
              "case in brackets, no date and no dash): place 'Sion', date null; the agency is an organisation with "
              "acronym 'ats' as written (never spelt out in the article). One paragraph is Latin-1 read as cp852 "
              "('rÚparti', 'jusqu'Ó', 'coűts'). The page writes straight apostrophes and guillemets without spaces "
              "(kept), 'conseiller d'Etat' without accent (Swiss usage, kept as written), '1'250' with an apostrophe "
              "as thousands separator. 'Le Valais débloque 48 millions' (title): an amount without currency word, "
              "CHF by context, unit null; the body's '48 millions de francs' is another text (unit 'francs', CHF). "
              "'104 voix contre 12 et 6 abstentions': '12' is a count without noun. 'l'été 2024', 'au printemps "
              "2026': seasons dating a period (year figures). 'Grand Conseil' is an organisation (h56-h71); 'la "
              "Confédération' and 'le canton' are generic; 'valaisan' an adjective, 'Valais' (title) a place. 'UDC' "
              "never spelt out: acronym only. 'La gauche' is generic.",
    ),
))

# --------------------------------------------------------------------------- h115 Ivorian business magazine: kicker and relative time above the title, standfirst, œ as ?, space before comma
PAGES.append(Page(
    name="h115-eco-abidjan-usine-cajou-bouake",
    meta={"site": "eco-abidjan-mag.example.ci", "style": "business-magazine-kicker",
          "defects": ["menu", "ticker", "oe-question-mark", "space-before-comma", "double-space", "share-lines",
                      "comments-widget"]},
    blocks=[
        B("""Éco Abidjan Magazine
À la une | Finance | Agro-industrie | Énergie | Mines | Tech | Entreprises | S’abonner
BRVM ▲ BRVM Composite 312,45 (+0,38 %) • Sonatel 24 900 FCFA • Orange CI 15 250 FCFA • SIB 6 100 FCFA
AGRO-INDUSTRIE
Il y a 3 heures · 5 min de lecture"""),
        P("Bouaké : une usine de transformation de cajou de 50 000 tonnes entre en service"),
        P("Avec cette unité, la Côte d’Ivoire franchit le cap des 25 % de noix de cajou transformées localement, un "
          "objectif qu’elle s’était fixé pour 2025."),
        B("Par Serge Kouamé N’Guessan | Publié le 04/12/2025 à 08:15"),
        P("Le groupe ivoirien Anacarde Transformation Industrie (ATI) a mis en service mercredi, dans la zone "
          "industrielle de Bouaké, une usine d’une capacité de 50 000 tonnes de noix brutes par an. L’investissement "
          "s’élève à [[32 milliards de francs CFA ,||32 milliards de francs CFA,]] dont 18 milliards apportés par un "
          "pool de quatre banques locales."),
        P("L’usine emploiera 1 200 personnes à plein régime, dont 65 % de femmes, principalement au décorticage. Elle "
          "exportera ses amandes vers l’Inde, le Vietnam et les Pays-Bas."),
        P("« Transformer ici, c’est garder la valeur ajoutée au pays. Nous avons mis en œuvre un modèle qui fait "
          "travailler 3 000 planteurs de la région du Gbêkê », explique son directeur général, Issouf "
          "Coulibaly-Tanoh.", oe="?"),
        P("Selon le Conseil du coton et de l’anacarde (CCA), la Côte d’Ivoire, premier producteur mondial, a récolté "
          "1,25 million de tonnes de noix brutes en 2024, mais n’en a transformé que [[18 %.  Le||18 %. Le]] "
          "gouvernement vise 50 % d’ici 2030."),
        B("""Partager : Facebook · LinkedIn · WhatsApp · X
Mots-clés : cajou, anacarde, Bouaké, industrie
Sur le même sujet
Cacao : les broyages ivoiriens en hausse de 6 % au troisième trimestre
San-Pédro : le port lance un terminal dédié aux noix de cajou
2 commentaires · Connectez-vous pour commenter
© 2025 Éco Abidjan Magazine – Tous droits réservés"""),
    ],
    gold=dict(
        title="Bouaké : une usine de transformation de cajou de 50 000 tonnes entre en service",
        dateline=None,
        organisations=[org("Anacarde Transformation Industrie", "ATI"),
                       org("Conseil du coton et de l’anacarde", "CCA")],
        places=[place("Bouaké"), place("Côte d’Ivoire", "CI"), place("Inde", "IN"), place("Vietnam", "VN"),
                place("Pays-Bas", "NL"), place("Gbêkê")],
        figures=[
            fig("50 000 tonnes", 50000, "tonnes", "other"),
            fig("25 %", 25, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("32 milliards de francs CFA", 32000000000, "francs CFA", "money", currency="XOF"),
            fig("18 milliards", 18000000000, None, "money", currency="XOF"),
            fig("quatre banques", 4, "banques"),
            fig("1 200 personnes", 1200, "personnes"),
            fig("65 %", 65, "%", "percent"),
            fig("3 000 planteurs", 3000, "planteurs"),
            fig("1,25 million de tonnes", 1250000, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("18 %", 18, "%", "percent"),
            fig("50 %", 50, "%", "percent"),
            fig("2030", 2030, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Ivorian business magazine: masthead, menu, a stock-exchange ticker (BRVM quotes), then a rubric kicker "
              "'AGRO-INDUSTRIE' and a relative time stamp 'Il y a 3 heures · 5 min de lecture' above the title (the "
              "title is not the first prominent line; both lines are page metadata); the standfirst under the title is "
              "article text; the byline/date line after it is boilerplate; share line, keywords, 'Sur le même sujet' "
              "headlines, comment counter and copyright at the bottom. Damage: œ as '?' ('mis en ?uvre'), a space "
              "before a comma ('francs CFA ,'), a double space between two sentences ('18 %.  Le'). No dateline. "
              "'50 000 tonnes' (title and body, same text): listed once; 'de noix brutes par an' stays out. 'dont 18 "
              "milliards': money without currency word, XOF by context (h56-h71). 'le cap des 25 %': percent. 'pour "
              "2025', 'd’ici 2030': years without preposition. 'premier producteur mondial': ordinal word. Côte "
              "d’Ivoire: XOF. 'ivoirien' is an adjective; 'Gbêkê' a region. The ticker's company names are "
              "boilerplate. 'le gouvernement' is generic.",
    ),
))

# --------------------------------------------------------------------------- h116 Belgian local police zone: witness appeal, cp1250, glued paragraph and heading, lost €
PAGES.append(Page(
    name="h116-zp-deux-vallees-appel-temoins",
    meta={"site": "police-deuxvallees.example.be", "style": "police-zone-press",
          "defects": ["menu", "breadcrumb", "mojibake-cp1250", "body-glued", "heading-glued", "lost-euro",
                      "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
POLICE
Zone de police des Deux-Vallées
Marche-en-Famenne · Hotton · Rendeux · Nassogne
Votre zone | Votre commissariat | Démarches en ligne | Prévention | Actualités | Contact
Urgence : 101 – Pas urgent ? Contactez votre commissariat
Accueil > Actualités > Appels à témoins
Actualités | 04/12/2025"""),
        P("Appel à témoins : une série de 23 cambriolages dans des habitations de la Famenne"),
        P("La Zone de police des Deux-Vallées lance un appel à témoins après une série de 23 cambriolages commis entre "
          "le 3 et le 28 novembre dans des habitations de Marche-en-Famenne, Hotton et Rendeux. Les faits se sont "
          "produits en fin de journée, entre 17 h et 20 h, alors que les occupants étaient absents.", moji="cp1250"),
        P("Le butin, composé principalement de bijoux, d’argent liquide et de matériel informatique, est estimé à "
          "85 000 €. Deux suspects, âgés de 19 et 24 ans, ont été aperçus à bord d’une voiture grise immatriculée en "
          "France.", glue=True, noeuro=True),
        P("Toute personne ayant remarqué un comportement suspect ou disposant d’images de caméras de surveillance est "
          "priée de contacter le service d’enquêtes et de recherche au 084 31 52 70 ou à l’adresse "
          "temoins.deuxvallees@police.example.be. La discrétion est garantie. En cas d’urgence ou de flagrant délit, "
          "formez le 101.", moji="cp1250"),
        P("Conseils de prévention"),
        L("""– fermez portes et fenêtres, même pour une courte absence ;
– laissez une lumière allumée ou utilisez une minuterie ;
– signalez vos absences prolongées à votre agent de quartier ;
– demandez la visite gratuite d’un conseiller en prévention vol au 084 31 52 00.""", glue=True),
        B("""Partager : Facebook | X | E-mail
Autres actualités
Contrôles de vitesse : les résultats du mois d’octobre
Opération « Bob » : un conducteur sur 40 en infraction
Zone de police des Deux-Vallées – Rue du Commerce 12 – 6900 Marche-en-Famenne – 084 31 52 00
Vie privée | Accessibilité | Cookies"""),
    ],
    gold=dict(
        title="Appel à témoins : une série de 23 cambriolages dans des habitations de la Famenne",
        dateline=None,
        organisations=[org("Zone de police des Deux-Vallées", None)],
        places=[place("Famenne"), place("Marche-en-Famenne"), place("Hotton"), place("Rendeux"),
                place("France", "FR")],
        figures=[
            fig("23 cambriolages", 23, "cambriolages"),
            fig("le 3", "--11-03", None, "date"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("85 000 €", 85000, "€", "money", currency="EUR"),
            fig("Deux suspects", 2, "suspects"),
            fig("19", 19, None, "age"),
            fig("24 ans", 24, "ans", "age"),
        ],
        phones=[phone("+3284315270"), phone("+3284315200")],
        emails=["temoins.deuxvallees@police.example.be"],
        contacts=[contact(None, None, "service d’enquêtes et de recherche", ["+3284315270"],
                          ["temoins.deuxvallees@police.example.be"])],
        notes="Belgian local police zone news page: skip link, 'POLICE' label, zone name, communes line, menu, an "
              "emergency-number line, breadcrumb, 'Actualités | date' line; share line, 'Autres actualités' headlines, "
              "footer with address, 6900 postcode and switchboard number, legal line (boilerplate). The first and "
              "third paragraphs are UTF-8 read as cp1250; the second paragraph is glued to the first ('absents.Le "
              "butin'); the heading 'Conseils de prévention' is glued to the first list item; the € is lost ('85 000 "
              ".': the clean text restores '85 000 €.'). No dateline. 'entre le 3 et le 28 novembre': a range of "
              "dates whose first bound has no month: text 'le 3' (keeps its 'le', h72-h87), '--11-03'. 'entre 17 h "
              "et 20 h': clock times. 'âgés de 19 et 24 ans': two ages, the first bare. 'le 101' is a short emergency "
              "number: neither phone nor figure. The witness line in the body is an office contact (person null, "
              "organisation the zone's department as written, not listed apart); the prevention number '084 31 52 00' "
              "(also the footer's switchboard) is offered to citizens: a phone, not a contact. Belgian numbers "
              "without country code (Marche 084). 'la Famenne' is a region (place); 'agent de quartier' a role.",
    ),
))

# --------------------------------------------------------------------------- h117 central bank monetary-policy communiqué: whole page without accents, capital title, hard wraps
PAGES.append(Page(
    name="h117-beac-comite-politique-monetaire",
    meta={"site": "beac-banque.example.int", "style": "central-bank-communique",
          "defects": ["menu", "breadcrumb", "stripped-accents", "unaccented-capitals", "hard-wrap"]},
    wrap=74, jitter=8,
    blocks=[
        B("""BEAC – Banque des Etats de l'Afrique Centrale
Accueil | La BEAC | Politique monetaire | Stabilite financiere | Statistiques | Publications | Communiques
Accueil / Communiques / Politique monetaire""", strip=True),
        P("[[COMMUNIQUE DE PRESSE DE LA REUNION DU COMITE DE POLITIQUE MONETAIRE DU 1ER DECEMBRE 2025||"
          "COMMUNIQUÉ DE PRESSE DE LA RÉUNION DU COMITÉ DE POLITIQUE MONÉTAIRE DU 1ER DÉCEMBRE 2025]]", nowrap=True),
        P("Yaoundé, le 1er décembre 2025", strip=True, nowrap=True),
        P("Le Comité de Politique Monétaire (CPM) de la Banque des États de l'Afrique Centrale (BEAC) a tenu sa "
          "quatrième session ordinaire de l'année 2025 le 1er décembre 2025, dans la salle des conférences de ses "
          "Services centraux à Yaoundé, sous la présidence de son Gouverneur.", strip=True),
        P("Le Comité a examiné l'évolution récente de la conjoncture économique, monétaire et financière des pays de "
          "la Communauté Économique et Monétaire de l'Afrique Centrale (CEMAC). Il a noté que la croissance "
          "économique de la sous-région devrait s'établir à 3,1 % en 2025, contre 2,7 % en 2024, portée par le "
          "secteur non pétrolier. L'inflation, mesurée par la moyenne annuelle des prix à la consommation, "
          "reculerait à 3,8 % en 2025 après 4,2 % un an plus tôt, au-dessus de la norme communautaire de 3 %.",
          strip=True),
        P("Sur le plan extérieur, les réserves de change se sont établies à 7⏎842 milliards de FCFA au 30 septembre "
          "2025, soit 4,9 mois d'importations de biens et services, et le taux de couverture extérieure de la monnaie "
          "à 74,3 %.", strip=True),
        P("Au regard de ces évolutions, le CPM a décidé de maintenir le taux d'intérêt des appels d'offres (TIAO) à "
          "4,50 % et le taux de la facilité de prêt marginal à 6,00 %. Le taux de la facilité de dépôt reste fixé à "
          "0,00 %.", strip=True),
        P("Le Comité a par ailleurs approuvé un programme d'émission de titres publics de 1 250 milliards de FCFA pour "
          "le premier trimestre 2026, à répartir entre les six États membres : le Cameroun, la République "
          "centrafricaine, le Congo, le Gabon, la Guinée équatoriale et le Tchad.", strip=True),
        P("La prochaine réunion ordinaire du CPM se tiendra le 24 mars 2026 à Malabo.", strip=True),
        L("""Le Gouverneur de la BEAC, Président du CPM
Service de la Communication : +237 222 23 40 30 – communication@beac-banque.example.int""", strip=True),
        B("""Partager | Imprimer | Telecharger en PDF
Banque des Etats de l'Afrique Centrale – 736, avenue Monseigneur Vogt – BP 1917 Yaounde – Cameroun
© BEAC 2025 – Tous droits reserves"""),
    ],
    gold=dict(
        title="COMMUNIQUÉ DE PRESSE DE LA RÉUNION DU COMITÉ DE POLITIQUE MONÉTAIRE DU 1ER DÉCEMBRE 2025",
        dateline=dl("Yaoundé", "2025-12-01"),
        organisations=[org("Comité de Politique Monétaire", "CPM"),
                       org("Banque des États de l'Afrique Centrale", "BEAC"),
                       org("Communauté Économique et Monétaire de l'Afrique Centrale", "CEMAC")],
        places=[place("Yaoundé"), place("Cameroun", "CM"), place("République centrafricaine", "CF"),
                place("Congo", "CG"), place("Gabon", "GA"), place("Guinée équatoriale", "GQ"), place("Tchad", "TD"),
                place("Malabo")],
        figures=[
            fig("1ER DÉCEMBRE 2025", "2025-12-01", None, "date"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("3,1 %", 3.1, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("2,7 %", 2.7, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("3,8 %", 3.8, "%", "percent"),
            fig("4,2 %", 4.2, "%", "percent"),
            fig("3 %", 3, "%", "percent"),
            fig("7 842 milliards de FCFA", 7842000000000, "FCFA", "money", currency="XAF"),
            fig("30 septembre 2025", "2025-09-30", None, "date"),
            fig("4,9 mois", 4.9, "mois", "duration"),
            fig("74,3 %", 74.3, "%", "percent"),
            fig("4,50 %", 4.5, "%", "percent"),
            fig("6,00 %", 6, "%", "percent"),
            fig("0,00 %", 0, "%", "percent"),
            fig("1 250 milliards de FCFA", 1250000000000, "FCFA", "money", currency="XAF"),
            fig("2026", 2026, None, "year"),
            fig("six États", 6, "États"),
            fig("le 24 mars 2026", "2026-03-24", None, "date"),
        ],
        phones=[phone("+237222234030")],
        emails=["communication@beac-banque.example.int"],
        contacts=[contact(None, None, "Service de la Communication", ["+237222234030"],
                          ["communication@beac-banque.example.int"])],
        notes="Central African central bank's monetary-policy communiqué: site name, menu and breadcrumb without "
              "accents, share/print line, footer with BP box and copyright (boilerplate). The whole article lost its "
              "accents ('Comite de Politique Monetaire', 'Etats', 'Yaounde', 'reculerait a 3,8 %'), including the "
              "capital title ('COMMUNIQUE ... DU 1ER DECEMBRE 2025'), and is hard-wrapped by an old CMS, once inside a "
              "number ('etablies a 7'⏎'842 milliards'): the clean text "
              "restores every accent (the capital title too, h88-h103). The page writes straight apostrophes "
              "(kept). Dateline on its own line ('Yaoundé, le 1er décembre 2025'). The date in the capital title and "
              "the body's 'le 1er décembre 2025' are two texts. 'l'année 2025', 'le premier trimestre 2026': years "
              "dating a period ('2025', '2026'); 'en 2025' (twice) and 'en 2024' keep 'en'. 'un an plus tôt': not a "
              "figure. 'au 30 septembre 2025': a date figure without 'le'. 'quatrième session': ordinal word. Rates "
              "'4,50 %', '6,00 %', '0,00 %' keep their written decimals in the text. FCFA in Central Africa: XAF. "
              "'Comité de Politique Monétaire (CPM) de la Banque des États ...': two organisations, each with its "
              "acronym (the committee is a body of the bank, named with its own acronym). 'TIAO' is the name of a "
              "rate (not an organisation). 'six États membres': unit 'États'. The signature line (title only) is not "
              "a contact; the communication service line is an office contact (a Cameroonian 9-digit landline written "
              "with '+237').",
    ),
))

# --------------------------------------------------------------------------- h118 airline newsroom: cookie banner, booking widget, <h1> copy of the title, <h2> heading glued, <li> list, entities
PAGES.append(Page(
    name="h118-teranga-airways-dakar-montreal",
    meta={"site": "newsroom.teranga-airways.example.sn", "style": "airline-newsroom",
          "defects": ["cookie-banner", "menu", "breadcrumb", "duplicate-title", "html-debris", "heading-glued",
                      "share-lines", "ticker"]},
    blocks=[
        B("""Nous utilisons des cookies pour vous offrir la meilleure expérience de réservation. Accepter | Refuser | Paramétrer
Téranga Airways
Réserver | Gérer ma réservation | Enregistrement en ligne | Statut des vols | Téranga Club | FR | EN
De : Dakar (DSS)   À : Destination   Aller : jj/mm/aaaa   Passagers : 1 adulte   [ Rechercher ]
Accueil › Salle de presse › Communiqués"""),
        P("Téranga Airways ouvrira une ligne directe Dakar–Montréal le 2 avril 2026"),
        B('<h1 class="entry-title">Téranga Airways ouvrira une ligne directe Dakar–Montréal le 2 avril 2026</h1>'),
        P("[[<p><strong>||]]Dakar, le 4 décembre 2025[[</strong>||]] "
          + ent("– La compagnie Téranga Airways a annoncé jeudi l’ouverture, le 2 avril 2026, d’une liaison directe "
                "entre Dakar et Montréal, à raison de trois vols par semaine. Ce sera la première ligne de la "
                "compagnie vers l’Amérique du Nord.") + "[[</p>||]]"),
        P("[[<h2>Trois vols par semaine</h2>||Trois vols par semaine]]"),
        P("[[<p>||]]" + ent("La ligne sera exploitée en Airbus A330neo de 290 sièges, dont 32 en classe Affaires. Le "
                            "vol durera environ huit heures. Les billets sont proposés à partir de 650 000 francs CFA "
                            "l’aller-retour au départ de Dakar, et de 1 290 $ CA au départ de Montréal.")
          + "[[</p>||]]", glue=True),
        L("""[[<ul><li>||]]Départs de Dakar : lundi, mercredi et vendredi à 23 h 55[[</li>||]]
[[<li>||]]Départs de Montréal : mardi, jeudi et samedi à 20 h 10[[</li></ul>||]]"""),
        P("La compagnie table sur 48 000 passagers la première année, portés notamment par la diaspora sénégalaise du "
          "Québec, estimée à 15 000 personnes. L’accord aérien entre le Sénégal et le Canada, révisé en 2024, autorise "
          "jusqu’à 7 fréquences hebdomadaires."),
        P(ent("“Montréal est la destination la plus demandée par nos clients. C'est une étape majeure de notre plan "
              "de croissance”, a déclaré la directrice générale, Aminata Sow-Diallo.", "'")),
        L("""[[<strong>Contact presse</strong>||Contact presse]]
Service communication – Téranga Airways
Tél. : +221 33 869 12 34 / +221 77 640 21 18
presse@teranga-airways.example.sn"""),
        B("""Partager : Facebook | X | LinkedIn | WhatsApp
Communiqués récents
Téranga Airways reçoit son troisième A330neo – 12 novembre 2025
Nouvelle ligne Dakar–Praia dès janvier – 28 octobre 2025
© 2025 Téranga Airways S.A. – Aéroport international Blaise-Diagne, Diass – Sénégal
Mentions légales | Conditions générales de transport | Cookies"""),
    ],
    gold=dict(
        title="Téranga Airways ouvrira une ligne directe Dakar–Montréal le 2 avril 2026",
        dateline=dl("Dakar", "2025-12-04"),
        organisations=[org("Téranga Airways", None)],
        places=[place("Dakar"), place("Montréal"), place("Amérique du Nord"), place("Québec"),
                place("Sénégal", "SN"), place("Canada", "CA")],
        figures=[
            fig("le 2 avril 2026", "2026-04-02", None, "date"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("trois vols", 3, "vols"),
            fig("Trois vols", 3, "vols"),
            fig("290 sièges", 290, "sièges"),
            fig("32", 32, None),
            fig("environ huit heures", 8, "heures", "duration", qualifier="environ"),
            fig("650 000 francs CFA", 650000, "francs CFA", "money", currency="XOF"),
            fig("1 290 $ CA", 1290, "$ CA", "money", currency="CAD"),
            fig("48 000 passagers", 48000, "passagers"),
            fig("15 000 personnes", 15000, "personnes"),
            fig("en 2024", 2024, None, "year"),
            fig("jusqu’à 7 fréquences", 7, "fréquences", qualifier="jusqu’à"),
        ],
        phones=[phone("+221338691234"), phone("+221776402118")],
        emails=["presse@teranga-airways.example.sn"],
        contacts=[contact(None, None, "Service communication – Téranga Airways", ["+221338691234", "+221776402118"],
                          ["presse@teranga-airways.example.sn"])],
        notes="Newsroom of a (made-up) Senegalese airline: cookie banner, airline name, booking menu, a flight-search "
              "widget line, breadcrumb; the CMS prints the title again inside '<h1 class=\"entry-title\">' "
              "(boilerplate); share line, recent communiqués with dates, copyright/address line and legal line at the "
              "bottom (boilerplate). HTML debris in the body: '<p><strong>' around the dateline, '&ndash;', '&#8217;', "
              "'&eacute;' ... entities, an '<h2>' heading glued to the next '<p>' ('</h2><p>La ligne'), a '<ul><li>' "
              "list, '&#039;' for a straight apostrophe (restored as the straight ' it encodes), '<strong>' around "
              "the contact label. The en dash in 'Dakar–Montréal' is part of the route name. 'trois vols' and the "
              "heading's 'Trois vols' differ in text: both listed. 'dont 32 en classe Affaires': a count without "
              "noun. 'A330neo' is a model name. 'à partir de 650 000 francs CFA': 'à partir de' is not a listed "
              "qualifier. '1 290 $ CA': Canadian dollars written '$ CA', unit as written, CAD. Senegal: XOF. The "
              "departure times are clock times. 'la première année': ordinal word. 'sénégalaise' is an adjective; "
              "'Amérique du Nord' and 'Québec' are places without iso. The airport in the footer is boilerplate. The "
              "contact label names the airline's service: kept as written (the airline is listed once).",
    ),
))

# --------------------------------------------------------------------------- h119 national parks agency: rubric and date badge above the title, caption twice, lost dashes, œ as U+FFFD
PAGES.append(Page(
    name="h119-anpn-gabon-inventaire-elephants-minkebe",
    meta={"site": "anpn-gabon.example.ga", "style": "national-parks-agency",
          "defects": ["menu", "breadcrumb", "duplicate-caption", "lost-dash", "double-space", "oe-replacement-char",
                      "share-lines", "ticker", "trunk-zero-kept"]},
    blocks=[
        B("""ANPN – Agence Nationale des Parcs Nationaux du Gabon
Accueil | L’Agence | Nos parcs | Conservation | Écotourisme | Médiathèque | Actualités | Contact
Accueil › Actualités › Conservation
CONSERVATION
03 DÉC. 2025"""),
        P("Minkébé : l’inventaire aérien recense 7 400 éléphants de forêt"),
        P("Un groupe d’éléphants de forêt photographié lors d’un survol du parc national de Minkébé, en septembre "
          "2025. © ANPN/R. Mbadinga"),
        B("Un groupe d’éléphants de forêt photographié lors d’un survol du parc national de Minkébé, en septembre "
          "2025. © ANPN/R. Mbadinga"),
        P("Libreville, le 3 décembre 2025 – L’Agence nationale des parcs nationaux (ANPN) a présenté mardi les "
          "résultats de l’inventaire aérien et terrestre du parc national de Minkébé, dans la province de "
          "l’Ogooué-Ivindo : la population d’éléphants de forêt y est estimée à 7 400 individus, contre 6 100 lors du "
          "précédent comptage, en 2019.", nodash=""),
        P("L’inventaire, mené pendant 11 semaines sur une superficie de 7 560 km², a mobilisé 46 écogardes et deux "
          "avions légers. Il a été financé à hauteur de 1,2 milliard de francs CFA par le Fonds pour l’environnement "
          "mondial (FEM) et la Wildlife Conservation Society (WCS)."),
        P("« Ce résultat est le fruit de dix ans de lutte contre le braconnage, au cœur d’une forêt où les "
          "trafiquants se jouent des frontières », a souligné le directeur exécutif de l’ANPN, le Dr Léandre "
          "Nzé-Obame. Le braconnage a reculé de 60 % depuis 2015, selon l’agence – un recul que les écogardes "
          "attribuent aux patrouilles conjointes.", oe="fffd", nodash=""),
        P("Minkébé, qui jouxte le Cameroun et le Congo, abrite environ 10 % des éléphants de forêt d’Afrique "
          "centrale. L’ANPN prévoit de recruter 30 écogardes supplémentaires en 2026 et de mettre en œuvre un "
          "programme de compensation pour les villages riverains touchés par les conflits homme–éléphant.",
          oe="fffd", nodash=""),
        L("""Contact presse :
[[L�titia||Lætitia]] Ndong-Mba, Cellule communication – ANPN
Tél. : +241 011 44 57 90 / +241 077 31 24 60
Courriel : communication@anpn-gabon.example.ga""", nodash=""),
        B("""Partager : Facebook · X · LinkedIn
À lire également
Loango : 1 200 tortues luths ont pondu sur les plages du parc – 21/11/2025
Lopé : l’écotourisme reprend avec trois nouveaux circuits – 06/11/2025
ANPN – BP 20379 Libreville – Gabon
© ANPN 2025 – Tous droits réservés"""),
    ],
    gold=dict(
        title="Minkébé : l’inventaire aérien recense 7 400 éléphants de forêt",
        dateline=dl("Libreville", "2025-12-03"),
        organisations=[org("Agence nationale des parcs nationaux", "ANPN"),
                       org("Fonds pour l’environnement mondial", "FEM"),
                       org("Wildlife Conservation Society", "WCS")],
        places=[place("Minkébé"), place("Libreville"), place("Ogooué-Ivindo"), place("Cameroun", "CM"),
                place("Congo", "CG"), place("Afrique centrale")],
        figures=[
            fig("7 400 éléphants", 7400, "éléphants"),
            fig("septembre 2025", 2025, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("7 400 individus", 7400, "individus"),
            fig("6 100", 6100, None),
            fig("en 2019", 2019, None, "year"),
            fig("11 semaines", 11, "semaines", "duration"),
            fig("7 560 km²", 7560, "km²", "other"),
            fig("46 écogardes", 46, "écogardes"),
            fig("deux avions", 2, "avions"),
            fig("1,2 milliard de francs CFA", 1200000000, "francs CFA", "money", currency="XAF"),
            fig("dix ans", 10, "ans", "duration"),
            fig("60 %", 60, "%", "percent"),
            fig("2015", 2015, None, "year"),
            fig("environ 10 %", 10, "%", "percent", qualifier="environ"),
            fig("30 écogardes", 30, "écogardes"),
            fig("en 2026", 2026, None, "year"),
        ],
        phones=[phone("+24111445790"), phone("+24177312460")],
        emails=["communication@anpn-gabon.example.ga"],
        contacts=[contact("Lætitia Ndong-Mba", None, "Cellule communication – ANPN", ["+24111445790", "+24177312460"],
                          ["communication@anpn-gabon.example.ga"])],
        notes="Gabonese national parks agency: agency name, menu, breadcrumb, then a rubric 'CONSERVATION' and a date "
              "badge '03 DÉC. 2025' above the title (page metadata: the title is not the first prominent line); share "
              "line, 'À lire également' headlines with dates, BP footer and copyright (boilerplate). Photo caption "
              "printed twice (first copy article; the credit stays; 'en septembre 2025': month-year, a year figure). "
              "Every en dash of the article and contact lost (double spaces: 'Libreville, le 3 décembre 2025  "
              "L’Agence', 'selon l’agence  un recul', 'Cellule communication  ANPN'; 'homme–éléphant' lost its dash "
              "without a space: 'hommeéléphant'): the clean text restores '–'. œ as U+FFFD ('au c�ur', 'mettre en "
              "�uvre'), and æ too in the contact's first name ('L�titia': 'Lætitia'). '7 400 éléphants' (title) and '7 400 individus' (body): two texts. 'contre 6 100': a count "
              "without noun. 'depuis 2015': year figure '2015' (h88-h103). 'km²' as written. Gabon: XAF. 'Wildlife "
              "Conservation Society' is an English name in a French text (listed as written). 'parc national de "
              "Minkébé' is listed as 'Minkébé' (the park's name, also alone in the title and last paragraph). "
              "'Afrique centrale' is a region (iso null). Gabonese numbers written '+241 011 44 57 90' and '+241 077 31 24 "
              "60': the national 0 kept after the country code is dropped in E.164 (+241 11 ..., +241 77 ..., as "
              "'[00 243] 081' in h97).",
    ),
))
