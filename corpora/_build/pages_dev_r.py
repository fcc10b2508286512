"""h152-h167: the blind set written in session 9, scored blind in session 10, moved into dev in session 11.

Written without reading the rules (src/, tests/, benchmarks/), never run through pressclean, and kept unread
and unscored until heldout/ moves into dev. h152-h156 come from one international sports federation's press
room in Lausanne (made-up host) sharing its header, menu, breadcrumb, share line, `Dernières nouvelles`
widget, `Prochaine épreuve` line and footer with small variations; h157-h167 come from eleven other sites,
one page each (h157 clean, h158 in English, h159 listing).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENTITIES = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ê": "&ecirc;", "ç": "&ccedil;",
            "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&#8211;", "É": "&Eacute;", "ô": "&ocirc;",
            "'": "&#39;", "û": "&ucirc;"}


def ent(clean: str, chars: str = "’éèàêç«»\u00a0–Éô") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` ⏎ `tail` (keep=True: a real hyphen that stays)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


def brk() -> str:
    return "⏎"


# =========================================================================== international federation, Lausanne
FI_SITE = "www.firn-raquette.example.org"


def fi_top(kind, date, banner=None, crumb="Communiqués"):
    lines = ["Aller au contenu principal"]
    if banner:
        lines.append(banner)
    lines += ["FR | EN | DE | IT",
              "FIRN – Fédération internationale de raquette à neige",
              "La Fédération",
              "Compétitions",
              "Compétitions",
              "Athlètes",
              "Antidopage",
              "Médias",
              "Médias",
              "Boutique",
              "Rechercher…",
              f"Accueil » Médias » {crumb}",
              f"{kind} · {date}"]
    return "\n".join(lines)


def fi_bottom(news, next_event, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · LinkedIn · WhatsApp · Copier le lien",
              "Dernières nouvelles"]
    lines += [f"{d} | {h}" for d, h in news]
    lines += ["Toutes les nouvelles »",
              f"Prochaine épreuve : {next_event}"]
    if newsletter:
        lines.append("Recevez la lettre d’information de la FIRN – S’abonner")
    lines += ["FIRN · Chemin de Bellerive 12 · Case postale 88 · 1007 Lausanne · Suisse · Tél. +41 21 612 40 00",
              "Partenaires : Alpina Timing · Montagne Assurances · Neige & Co",
              "© 2025 FIRN – Mentions légales – Protection des données – Paramètres des cookies"]
    return "\n".join(lines)


def fi_meta(defects, **extra):
    d = {"site": FI_SITE, "style": "sports-federation-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "newsletter-chrome",
                     "postcode-trap"] + defects}
    d.update(extra)
    return d


FI_NOTE = ("Site furniture shared by h152-h156 (skip line, an optional banner on h152 and h155 with different texts, "
           "FR/EN/DE/IT language line, site name with the federation's long form, menu with doubled 'Compétitions' "
           "and 'Médias', search box, breadcrumb 'Accueil » Médias » rubric', 'type · dd.mm.yyyy' line; at the "
           "bottom an optional attachment line (h154), share line, 'Dernières nouvelles' with 'dd.mm.yyyy | "
           "headline' lines that change, 'Toutes les nouvelles »', a 'Prochaine épreuve' line that changes, a "
           "newsletter line (absent on h156), footer with case postale, 1007 postcode and switchboard, partners "
           "line, copyright/legal line): all boilerplate; its numbers are neither figures nor phones. Swiss numbers "
           "take +41 (mobile 079). Lausanne is the federation's seat.")

# --------------------------------------------------------------------------- h152 congress communiqué, cp1252 on two paragraphs, glued headings
PAGES.append(Page(
    name="h152-firn-mondiaux-2028",
    meta=fi_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(fi_top("Communiqué de presse", "29.11.2025",
                 banner="Inscriptions ouvertes pour la Coupe du monde 2025-2026 : délai au 5 décembre, minuit")),
        P("Championnats du monde 2028 : Font-Romeu l’emporte devant Vuokatti"),
        P("Lausanne, le 29 novembre 2025 – Réunis à Lausanne pour le 14e Congrès ordinaire, les délégués des 38 "
          "fédérations membres de la Fédération internationale de raquette à neige (FIRN) ont attribué les "
          "Championnats du monde 2028 à Font-Romeu, dans les Pyrénées-Orientales (France). La station a obtenu 27 "
          "voix, contre 19 pour Vuokatti (Finlande) et 4 bulletins blancs.", moji="cp1252"),
        P("Un budget de 3,9 millions d’euros"),
        P("Le comité d’organisation, présidé par l’ancienne championne Élodie Sarda, prévoit un budget de 3,9 "
          "millions d’euros, dont 1,2 million d’euros de fonds publics. Quelque 450 athlètes de 30 nations sont "
          "attendus du 3 au 6 février 2028.", glue=True),
        P("Une Coupe du monde à huit étapes"),
        P("Le Congrès a également adopté le calendrier de la saison 2025-2026 de la Coupe du monde, qui passe de 6 "
          "à 8 étapes, dont une première en Amérique du Nord, à Québec, les 7 et 8 mars 2026. Les primes versées "
          "aux athlètes sont portées à CHF 240'000 au total, soit 20 % de plus que la saison passée.", glue=True),
        P("« Font-Romeu a présenté un projet sobre, accessible en train et tourné vers la jeunesse. C’est exactement "
          "ce que nos athlètes demandaient », a déclaré le président de la FIRN, Anders Lindqvist.", moji="cp1252"),
        L("""Contact médias :
Chiara Bellini, responsable de la communication
+41 21 612 40 14 / +41 79 455 21 08
media@firn-raquette.example.org"""),
        B(fi_bottom([("28.11.2025", "Discours d’ouverture du 14e Congrès ordinaire"),
                     ("21.11.2025", "Antidopage : 312 contrôles en 2025, aucun cas positif"),
                     ("14.11.2025", "Nouvelle fédération membre : bienvenue au Chili")],
                    "Coupe du monde – Les Rousses (FRA) – 13-14.12.2025")),
    ],
    gold=dict(
        title="Championnats du monde 2028 : Font-Romeu l’emporte devant Vuokatti",
        dateline=dl("Lausanne", "2025-11-29"),
        organisations=[org("Fédération internationale de raquette à neige", "FIRN")],
        places=[place("Font-Romeu"), place("Vuokatti"), place("Lausanne"), place("Pyrénées-Orientales"),
                place("France", "FR"), place("Finlande", "FI"), place("Amérique du Nord"), place("Québec")],
        figures=[
            fig("le 29 novembre 2025", "2025-11-29", None, "date"),
            fig("14e", 14, None, "ordinal"),
            fig("38 fédérations", 38, "fédérations"),
            fig("27 voix", 27, "voix"),
            fig("19", 19, None),
            fig("4 bulletins", 4, "bulletins"),
            fig("3,9 millions d’euros", 3900000, "euros", "money", currency="EUR"),
            fig("1,2 million d’euros", 1200000, "euros", "money", currency="EUR"),
            fig("Quelque 450 athlètes", 450, "athlètes", qualifier="Quelque"),
            fig("30 nations", 30, "nations"),
            fig("3", "2028-02-03", None, "date"),
            fig("6 février 2028", "2028-02-06", None, "date"),
            fig("huit étapes", 8, "étapes"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("6", 6, None),
            fig("8 étapes", 8, "étapes"),
            fig("7", "2026-03-07", None, "date"),
            fig("8 mars 2026", "2026-03-08", None, "date"),
            fig("CHF 240'000", 240000, "CHF", "money", currency="CHF"),
            fig("20 %", 20, "%", "percent"),
        ],
        phones=[phone("+41216124014"), phone("+41794552108")],
        emails=["media@firn-raquette.example.org"],
        contacts=[contact("Chiara Bellini", "responsable de la communication", None,
                          ["+41216124014", "+41794552108"], ["media@firn-raquette.example.org"])],
        notes=FI_NOTE + " This page adds a registration banner under the skip line. The dateline paragraph and the "
              "president's quote are UTF-8 read as cp1252 ('Ã©', 'â€™', 'â€“', 'Â«Â'); the two subheadings are glued "
              "to the paragraph after them ('d’eurosLe comité', 'huit étapesLe Congrès'). 'Championnats du monde "
              "2028' (title and body) is the name of an event edition: its year is not a figure (as a festival's "
              "edition); 'Congrès ordinaire', 'Coupe du monde' are events, not organisations. 'la saison 2025-2026': "
              "a season, two year figures. 'contre 19 pour Vuokatti': a count without noun. 'de 6 à 8 étapes': "
              "range of counts; 'huit étapes' (heading) is another text. 'du 3 au 6 février 2028', 'les 7 et 8 mars "
              "2026': date pairs, first bound the bare day. 'CHF 240'000': Swiss apostrophe thousands, unit 'CHF'. "
              "'la saison passée', 'l’ancienne championne' are not figures.",
    ),
))

# --------------------------------------------------------------------------- h153 press invitation with programme, ’ and œ as ?
PAGES.append(Page(
    name="h153-firn-invitation-les-rousses",
    meta=fi_meta(["lost-apostrophe", "oe-question-mark"]),
    blocks=[
        B(fi_top("Invitation aux médias", "02.12.2025", crumb="Invitations")),
        P("Invitation aux médias : lancement de la Coupe du monde aux Rousses", apos="?"),
        P("Lausanne, le 2 décembre 2025"),
        P("La FIRN et le comité d’organisation des Rousses ont le plaisir de convier les représentantes et "
          "représentants des médias à la conférence de presse de lancement de la saison, le jeudi 11 décembre 2025 "
          "à 10 h 30, à l’Espace Lamartine des Rousses (Jura).", apos="?"),
        P("Programme", apos="?"),
        L("""10 h 00 : accueil et café
10 h 30 : présentation du parcours par le directeur de course, Pascal Jeunet
11 h 00 : rencontre avec les athlètes de l’équipe de France
11 h 45 : visite de l’aire d’arrivée en raquettes (prévoir des chaussures d’hiver)""", apos="?"),
        P("La première étape, le 13 et le 14 décembre, réunira 214 athlètes de 19 pays sur un parcours de 8,5 km au "
          "cœur du massif du Risoux. Plus de 120 bénévoles œuvrent depuis septembre à sa préparation.",
          apos="?", oe="?"),
        P("Une navette partira de la gare de Morez à 9 h 40 ; le stationnement est réservé aux véhicules "
          "accrédités.", apos="?"),
        L("""Lieu : Espace Lamartine, 12 rue Pasteur, 39220 Les Rousses""", apos="?"),
        L("""Accréditation jusqu’au mardi 9 décembre à 17 h :
Chiara Bellini – +41 21 612 40 14 – media@firn-raquette.example.org
Sur place : Lucie Grandclément, comité d’organisation, 06 71 84 22 90""", apos="?"),
        B(fi_bottom([("29.11.2025", "Championnats du monde 2028 : Font-Romeu l’emporte devant Vuokatti"),
                     ("28.11.2025", "Discours d’ouverture du 14e Congrès ordinaire"),
                     ("21.11.2025", "Antidopage : 312 contrôles en 2025, aucun cas positif")],
                    "Coupe du monde – Les Rousses (FRA) – 13-14.12.2025")),
    ],
    gold=dict(
        title="Invitation aux médias : lancement de la Coupe du monde aux Rousses",
        dateline=dl("Lausanne", "2025-12-02"),
        organisations=[org(None, "FIRN")],
        places=[place("Les Rousses"), place("Lausanne"), place("Jura"), place("Risoux"), place("Morez")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le jeudi 11 décembre 2025 à 10 h 30", "2025-12-11", None, "date"),
            fig("le 13", "--12-13", None, "date"),
            fig("le 14 décembre", "--12-14", None, "date"),
            fig("214 athlètes", 214, "athlètes"),
            fig("19 pays", 19, "pays"),
            fig("8,5 km", 8.5, "km", "other"),
            fig("Plus de 120 bénévoles", 120, "bénévoles", qualifier="Plus de"),
            fig("mardi 9 décembre à 17 h", "--12-09", None, "date"),
        ],
        phones=[phone("+41216124014"), phone("+33671842290")],
        emails=["media@firn-raquette.example.org"],
        contacts=[contact("Chiara Bellini", None, None, ["+41216124014"], ["media@firn-raquette.example.org"]),
                  contact("Lucie Grandclément", None, "comité d’organisation", ["+33671842290"], [])],
        notes=FI_NOTE + " Press invitation: the dateline stands on its own line. Every ’ of the article became '?' "
              "('l?Espace', 'd?organisation', 'jusqu?au'), œ too ('au c?ur', '?uvrent'); the footer and widgets "
              "kept theirs. The article uses the acronym only: long form null. The invitation date with its clock "
              "time is one date figure; programme times and the shuttle's '9 h 40' are clock times, not figures. "
              "'le 13 et le 14 décembre': two dates, the first keeps its 'le' (h104-h119 rule for 'entre le 3 et le "
              "28'). 'Accréditation jusqu’au mardi 9 décembre à 17 h': one date figure, the 'jusqu’au' out (as "
              "'du'). 'Les Rousses' is written 'des Rousses' / 'aux Rousses' (contracted article): the place is "
              "listed as 'Les Rousses' (doubt: the clean text holds it only in the lower-case-article forms; the "
              "title 'aux Rousses'). 'massif du Risoux': the forest massif is listed as 'Risoux'. The on-site "
              "contact is a French mobile without country code (the event is in France): +33. 'équipe de France' "
              "is a team, not a place.",
    ),
))

# --------------------------------------------------------------------------- h154 figures note: HTML tags and entities, an HTML table, &nbsp;
PAGES.append(Page(
    name="h154-firn-licences-2025",
    meta=fi_meta(["html-debris", "table-cells"]),
    blocks=[
        B(fi_top("Note d’information", "05.12.2025")),
        P("Licences : la FIRN franchit le cap des 60 000 athlètes"),
        P("[[<p>||]]" + ent("Lausanne, 5 décembre 2025 – Les 38 fédérations membres de la Fédération internationale de "
                          "raquette à neige (FIRN) comptaient 61'240 athlètes licenciés au 30 septembre 2025, soit "
                          "7,4% de plus qu’un an plus tôt, selon le recensement annuel de la fédération. Les femmes "
                          "représentent désormais 46\u00a0% des licenciés, contre 39\u00a0% en 2020.") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Le nombre d’épreuves homologuées est passé de 376 à 412, dont 58 réservées aux moins de "
                          "18 ans. Les jeunes de 12 à 17 ans forment la catégorie la plus dynamique, avec 9'850 "
                          "licences (+12,6\u00a0%).") + "[[</p>||]]"),
        P("[[<h3>||]]" + ent("Les cinq premières fédérations par nombre de licenciés") + "[[</h3>||]]"),
        B('<table class="table table-stats">'),
        L("""[[<tr><th>||]]Fédération[[</th><th>|| ]]2024[[</th><th>|| ]]2025[[</th></tr>||]]
[[<tr><td>||]]France[[</td><td>|| ]]12'310[[</td><td>|| ]]13'480[[</td></tr>||]]
[[<tr><td>||]]Italie[[</td><td>|| ]]9'020[[</td><td>|| ]]9'870[[</td></tr>||]]
[[<tr><td>||]]Suisse[[</td><td>|| ]]7'415[[</td><td>|| ]]7'960[[</td></tr>||]]
[[<tr><td>||]]Canada[[</td><td>|| ]]4'880[[</td><td>|| ]]5'730[[</td></tr>||]]
[[<tr><td>||]]Japon[[</td><td>|| ]]3'150[[</td><td>|| ]]3'390[[</td></tr>||]]"""),
        B("</table>"),
        P("[[<p>||]]" + ent("Les comptes 2025 bouclent sur des produits de 4,82 millions de francs suisses et un "
                          "excédent de CHF 126'500. Les droits de retransmission rapportent 1,1 million de francs, "
                          "trois fois plus qu’en 2021, et représentent 23\u00a0% des recettes.") + "[[<br />||]]"),
        P(ent("Renseignements : Marc-Olivier Dubey, statisticien de la FIRN, +41 21 612 40 22, ") +
          "[[<a href=\"mailto:statistiques@firn-raquette.example.org\">statistiques@firn-raquette.example.org</a>"
          "||statistiques@firn-raquette.example.org]].[[</p>||]]"),
        B(fi_bottom([("02.12.2025", "Invitation aux médias : lancement de la Coupe du monde aux Rousses"),
                     ("29.11.2025", "Championnats du monde 2028 : Font-Romeu l’emporte devant Vuokatti"),
                     ("28.11.2025", "Discours d’ouverture du 14e Congrès ordinaire")],
                    "Coupe du monde – Les Rousses (FRA) – 13-14.12.2025",
                    attach="Télécharger : Rapport statistique 2025 (PDF, 2,4 Mo)")),
    ],
    gold=dict(
        title="Licences : la FIRN franchit le cap des 60 000 athlètes",
        dateline=dl("Lausanne", "2025-12-05"),
        organisations=[org("Fédération internationale de raquette à neige", "FIRN")],
        places=[place("Lausanne"), place("France", "FR"), place("Italie", "IT"), place("Suisse", "CH"),
                place("Canada", "CA"), place("Japon", "JP")],
        figures=[
            fig("60 000 athlètes", 60000, "athlètes"),
            fig("5 décembre 2025", "2025-12-05", None, "date"),
            fig("38 fédérations", 38, "fédérations"),
            fig("61'240 athlètes", 61240, "athlètes"),
            fig("30 septembre 2025", "2025-09-30", None, "date"),
            fig("7,4%", 7.4, "%", "percent"),
            fig("46\u00a0%", 46, "%", "percent"),
            fig("39\u00a0%", 39, "%", "percent"),
            fig("en 2020", 2020, None, "year"),
            fig("376", 376, None),
            fig("412", 412, None),
            fig("58", 58, None),
            fig("moins de 18 ans", 18, "ans", "age", qualifier="moins de"),
            fig("12", 12, None, "age"),
            fig("17 ans", 17, "ans", "age"),
            fig("9'850 licences", 9850, "licences"),
            fig("+12,6\u00a0%", 12.6, "%", "percent"),
            fig("cinq premières fédérations", 5, "fédérations"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("12'310", 12310, None),
            fig("13'480", 13480, None),
            fig("9'020", 9020, None),
            fig("9'870", 9870, None),
            fig("7'415", 7415, None),
            fig("7'960", 7960, None),
            fig("4'880", 4880, None),
            fig("5'730", 5730, None),
            fig("3'150", 3150, None),
            fig("3'390", 3390, None),
            fig("4,82 millions de francs suisses", 4820000, "francs suisses", "money", currency="CHF"),
            fig("CHF 126'500", 126500, "CHF", "money", currency="CHF"),
            fig("1,1 million de francs", 1100000, "francs", "money", currency="CHF"),
            fig("trois fois", 3, "fois", "other"),
            fig("en 2021", 2021, None, "year"),
            fig("23\u00a0%", 23, "%", "percent"),
        ],
        phones=[phone("+41216124022")],
        emails=["statistiques@firn-raquette.example.org"],
        contacts=[contact("Marc-Olivier Dubey", "statisticien", "FIRN", ["+41216124022"],
                          ["statistiques@firn-raquette.example.org"])],
        notes=FI_NOTE + " This page adds a PDF download line at the bottom. The article is HTML debris: <p>, </p>, "
              "<br />, <h3>, entities (&#8217;, &eacute;, &agrave;, &#8211;, &nbsp; before '%': U+00A0 in the clean "
              "text and in the figure texts) and a mailto link (the bare address in the clean text). An HTML table "
              "comes one row a line (<tr><td>...): the <table> and </table> lines are only HTML (boilerplate); each "
              "row gives one clean line, cells joined by a space (h145 rule), header row too. Table cells are counts "
              "with unit null (the caption holds the noun); the year heads '2024' and '2025' are year figures "
              "('Les comptes 2025' repeats '2025': listed once). '7,4%' without space and '+12,6 %' with its sign "
              "(value 12.6). 'au 30 septembre 2025': date without 'le'. 'passé de 376 à 412': two counts (a change, "
              "not a range), unit null; 'dont 58 réservées': unit null. 'de 12 à 17 ans': age range. 'trois fois "
              "plus': a ratio, kind other, unit 'fois' (h88-h103 rule). '1,1 million de francs' on a Swiss page: "
              "CHF. 'un an plus tôt': not a figure. The contact is a body sentence (person, role 'statisticien', "
              "organisation 'FIRN' as written in it).",
    ),
))

# --------------------------------------------------------------------------- h155 president's speech: ’ and œ dropped, glued sentence
PAGES.append(Page(
    name="h155-firn-discours-congres",
    meta=fi_meta(["lost-apostrophe", "lost-oe", "body-glued"]),
    blocks=[
        B(fi_top("Discours", "28.11.2025", banner="En direct : suivez les travaux du 14e Congrès ordinaire sur firn.tv",
                 crumb="Discours")),
        P("Discours d’ouverture du 14e Congrès ordinaire", apos="drop"),
        P("Lausanne, le 28 novembre 2025"),
        L("""Madame la Conseillère d’État,
Monsieur le Syndic de Lausanne,
Mesdames et Messieurs les présidents des fédérations membres,
Chers athlètes, chers amis,""", apos="drop"),
        P("Il y a vingt ans, dans une salle communale de Saint-Cergue, douze fédérations fondaient notre maison "
          "commune. Nous sommes aujourd’hui 38, sur quatre continents, et nous comptons plus de 61 000 licenciés. "
          "Ce chemin, nous le devons d’abord aux bénévoles qui œuvrent chaque hiver sur nos parcours.",
          apos="drop", oe="drop"),
        P("Mais je ne vous cacherai pas mon inquiétude. En dix ans, 31 de nos 112 sites de compétition ont perdu plus "
          "d’un tiers de leurs jours d’enneigement. Dès 2027, une partie de nos épreuves devra se courir à plus de "
          "1 500 mètres d’altitude.", apos="drop"),
        P("Nous devrons aussi voyager moins et mieux. C’est le cœur du plan Neige 2030 que je vous soumettrai demain : "
          "réduire de 50 % les émissions liées aux déplacements des équipes d’ici à 2030 et consacrer 15 % de nos "
          "recettes à la formation des jeunes entraîneurs.", apos="drop", oe="drop", glue=True),
        P("Je forme le vœu que ce Congrès soit celui du courage. Vive la raquette à neige, et bon Congrès à toutes et "
          "à tous !", oe="drop"),
        P("Seul le prononcé fait foi."),
        L("""Anders Lindqvist
Président de la FIRN"""),
        B(fi_bottom([("21.11.2025", "Antidopage : 312 contrôles en 2025, aucun cas positif"),
                     ("14.11.2025", "Nouvelle fédération membre : bienvenue au Chili"),
                     ("07.11.2025", "Calendrier : la Coupe du monde passe à huit étapes")],
                    "Coupe du monde – Les Rousses (FRA) – 13-14.12.2025")),
    ],
    gold=dict(
        title="Discours d’ouverture du 14e Congrès ordinaire",
        dateline=dl("Lausanne", "2025-11-28"),
        organisations=[org(None, "FIRN")],
        places=[place("Lausanne"), place("Saint-Cergue")],
        figures=[
            fig("14e", 14, None, "ordinal"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("vingt ans", 20, "ans", "duration"),
            fig("douze fédérations", 12, "fédérations"),
            fig("38", 38, None),
            fig("quatre continents", 4, "continents"),
            fig("plus de 61 000 licenciés", 61000, "licenciés", qualifier="plus de"),
            fig("dix ans", 10, "ans", "duration"),
            fig("31", 31, None),
            fig("112 sites", 112, "sites"),
            fig("plus d’un tiers", 0.3333, None, "other", qualifier="plus d’"),
            fig("2027", 2027, None, "year"),
            fig("plus de 1 500 mètres", 1500, "mètres", "other", qualifier="plus de"),
            fig("50 %", 50, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("15 %", 15, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=FI_NOTE + " This page adds a live-broadcast banner (another text than h152's). The president's opening "
              "speech: salutation lines, closing formula 'Seul le prononcé fait foi.' and signature are article text "
              "(h136-h151 rule); the signature is not a contact. The dateline 'Lausanne, le 28 novembre 2025' stands "
              "on its own line under the title. Every ’ of the title, the salutations and the body was dropped "
              "('Discours douverture', 'Conseillère dÉtat', 'aujourdhui', 'dun tiers'); œ "
              "dropped ('uvrent', 'le c ur', 'le v u'); the third paragraph is glued to the second ('altitude.Nous "
              "devrons'), split in the clean text. The speech names the federation only as 'FIRN': long form null. "
              "'Il y a vingt ans', 'En dix ans': durations. 'Nous sommes aujourd’hui 38': a count without noun; '31 "
              "de nos 112 sites': '31' without noun. 'plus d’un tiers': a fraction with a contracted qualifier "
              "(h136-h151 rule). 'Dès 2027': year text '2027'. 'plan Neige 2030' is a plan's name (its year not a "
              "figure) but 'd’ici à 2030' gives the year text '2030', the same text: listed once. 'Madame la "
              "Conseillère d’État', 'Monsieur le Syndic de Lausanne' are roles; 'Lausanne' there is the town "
              "already listed.",
    ),
))

# --------------------------------------------------------------------------- h156 photo story: title and captions twice, English caption, hidden e-mail
PAGES.append(Page(
    name="h156-firn-photos-les-rousses",
    meta=fi_meta(["duplicate-title", "duplicate-caption", "english-caption"]),
    blocks=[
        B(fi_top("Galerie photos", "14.12.2025", crumb="Photos")),
        P("Coupe du monde aux Rousses : Lindberg et Moreau s’imposent dans le brouillard"),
        B("Coupe du monde aux Rousses : Lindberg et Moreau s’imposent dans le brouillard"),
        P("LES ROUSSES, 14 décembre 2025 – La Suédoise Maja Lindberg et le Français Théo Moreau ont remporté "
          "dimanche le sprint de 5 km de la première étape de la Coupe du monde, couru par -6 °C et dans un épais "
          "brouillard. Près de 3 500 spectateurs ont suivi la course autour du lac des Rousses."),
        P("Maja Lindberg franchit la ligne d’arrivée avec 11 secondes d’avance. © FIRN/J. Vuillet"),
        B("Maja Lindberg franchit la ligne d’arrivée avec 11 secondes d’avance. © FIRN/J. Vuillet"),
        P("Lindberg, 24 ans, a devancé l’Italienne Giulia Ferrero et la Canadienne Émilie Gagnon. Chez les hommes, "
          "Moreau a signé sa première victoire en Coupe du monde devant le Norvégien Sindre Aas, tenant du "
          "classement général, et le Suisse Jonas Imboden."),
        P("Théo Moreau, 3e des Championnats du monde 2025, savoure son premier succès. © FIRN/J. Vuillet"),
        B("Théo Moreau, 3e des Championnats du monde 2025, savoure son premier succès. © FIRN/J. Vuillet"),
        P("Spectators line the final climb above the lake. © FIRN/J. Vuillet"),
        P("La deuxième étape aura lieu à Pyeongchang (Corée du Sud) les 10 et 11 janvier 2026."),
        L("""Photos libres de droits pour un usage rédactionnel, avec la mention « © FIRN/J. Vuillet ».
Haute définition sur demande : service de presse de la FIRN, photos@firn-raquette.example.org"""),
        B("Crédits photos : FIRN/Julien Vuillet – Mots-clés : Coupe du monde, Les Rousses, sprint"),
        B(fi_bottom([("05.12.2025", "Licences : la FIRN franchit le cap des 60 000 athlètes"),
                     ("02.12.2025", "Invitation aux médias : lancement de la Coupe du monde aux Rousses"),
                     ("29.11.2025", "Championnats du monde 2028 : Font-Romeu l’emporte devant Vuokatti")],
                    "Coupe du monde – Pyeongchang (KOR) – 10-11.01.2026", newsletter=False)),
    ],
    gold=dict(
        title="Coupe du monde aux Rousses : Lindberg et Moreau s’imposent dans le brouillard",
        dateline=dl("LES ROUSSES", "2025-12-14"),
        organisations=[org(None, "FIRN")],
        places=[place("Les Rousses"), place("lac des Rousses"), place("Pyeongchang"), place("Corée du Sud", "KR")],
        figures=[
            fig("14 décembre 2025", "2025-12-14", None, "date"),
            fig("5 km", 5, "km", "other"),
            fig("-6 °C", -6, "°C", "other"),
            fig("Près de 3 500 spectateurs", 3500, "spectateurs", qualifier="Près de"),
            fig("11 secondes", 11, "secondes", "duration"),
            fig("24 ans", 24, "ans", "age"),
            fig("3e", 3, None, "ordinal"),
            fig("10", "2026-01-10", None, "date"),
            fig("11 janvier 2026", "2026-01-11", None, "date"),
        ],
        phones=[],
        emails=["photos@firn-raquette.example.org"],
        contacts=[contact(None, None, "service de presse de la FIRN", [], ["photos@firn-raquette.example.org"])],
        notes=FI_NOTE + " No newsletter line on this page. Photo story: the title is printed twice and two captions "
              "are printed twice (second copies boilerplate); a third caption is in English and printed once "
              "(article text, tag english-caption). The credit '© FIRN/J. Vuillet' stays in the captions; the "
              "'Crédits photos : ... – Mots-clés : ...' line is boilerplate. Dateline 'LES ROUSSES, 14 décembre 2025 "
              "–' (case kept); the place is listed in normal case 'Les Rousses' (a doubt: it appears only in capitals "
              "and as 'aux Rousses'/'lac des Rousses'); 'lac des Rousses' is a lake (place). Nationalities "
              "('La Suédoise', 'le Norvégien') are demonyms. 'par -6 °C': a measure with its sign. 'Lindberg, 24 ans': "
              "an age. '3e des Championnats du monde 2025': ordinal; the championship's year is an edition name. "
              "'dimanche', 'première étape', 'première victoire', 'deuxième étape': not figures. 'les 10 et 11 "
              "janvier 2026': first bound the bare day. The photo-request line names the federation's press service "
              "with an e-mail: one office contact (README 'office line' rule; the service is not listed apart). "
              "No text damage on this page: only site furniture and printed-twice copies.",
    ),
))


def fffd(clean: str, chars: str = "’œ") -> str:
    """Markup for text that went through Latin-1 and came back with U+FFFD for `chars`."""
    return "".join(f"[[\ufffd||{c}]]" if c in chars else c for c in clean)


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h157 Guadeloupe regional council, no defect and no boilerplate
PAGES.append(Page(
    name="h157-region-guadeloupe-sargasses",
    meta={"site": "presse.region-guadeloupe.example.gp", "style": "regional-council-clean", "defects": []},
    blocks=[
        P("Sargasses : la Région Guadeloupe engage 6,8 millions d’euros pour protéger le littoral"),
        P("Basse-Terre, le 1er décembre 2025 – Réunie en assemblée plénière le 28 novembre, la Région Guadeloupe a "
          "adopté un plan de lutte contre les sargasses de 6,8 millions d’euros pour 2026, en hausse de 35 % par "
          "rapport à cette année. Il finance l’installation de 4,2 kilomètres de barrages flottants supplémentaires "
          "et l’achat de deux navires collecteurs."),
        P("Depuis janvier, quelque 142 000 tonnes d’algues ont été ramassées sur les côtes de l’archipel, un record "
          "depuis 2018. Les communes de Capesterre-Belle-Eau, de Sainte-Anne et de Marie-Galante, les plus touchées, "
          "ont dû fermer 23 écoles à plusieurs reprises en raison des émanations d’hydrogène sulfuré."),
        P("Le plan prévoit aussi une prime de 1 500 euros pour les pêcheurs dont l’activité est interrompue plus de "
          "dix jours par mois, et la mesure de la qualité de l’air sur 31 sites, en lien avec l’Agence régionale de "
          "santé (ARS) de Guadeloupe."),
        P("« Les sargasses ne sont plus un accident saisonnier mais une donnée permanente de notre vie d’îliens », a "
          "déclaré la vice-présidente chargée de l’environnement, Maryse Célestine."),
        P("Un appel à projets doté de 400 000 euros sera ouvert du 15 janvier au 31 mars 2026 aux entreprises qui "
          "transforment les algues en engrais ou en matériaux de construction."),
        L("""Contact presse :
Direction de la communication de la Région Guadeloupe
Tél. : 0590 80 40 40, poste 5127 – Mobile : 0690 55 18 72
presse@region-guadeloupe.example.gp"""),
    ],
    gold=dict(
        title="Sargasses : la Région Guadeloupe engage 6,8 millions d’euros pour protéger le littoral",
        dateline=dl("Basse-Terre", "2025-12-01"),
        organisations=[org("Région Guadeloupe", None), org("Agence régionale de santé", "ARS")],
        places=[place("Basse-Terre"), place("Guadeloupe"), place("Capesterre-Belle-Eau"), place("Sainte-Anne"),
                place("Marie-Galante")],
        figures=[
            fig("6,8 millions d’euros", 6800000, "euros", "money", currency="EUR"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("2026", 2026, None, "year"),
            fig("35 %", 35, "%", "percent"),
            fig("4,2 kilomètres", 4.2, "kilomètres", "other"),
            fig("deux navires", 2, "navires"),
            fig("quelque 142 000 tonnes", 142000, "tonnes", "other", qualifier="quelque"),
            fig("2018", 2018, None, "year"),
            fig("23 écoles", 23, "écoles"),
            fig("1 500 euros", 1500, "euros", "money", currency="EUR"),
            fig("plus de dix jours", 10, "jours", "duration", qualifier="plus de"),
            fig("31 sites", 31, "sites"),
            fig("400 000 euros", 400000, "euros", "money", currency="EUR"),
            fig("15 janvier", "2026-01-15", None, "date"),
            fig("31 mars 2026", "2026-03-31", None, "date"),
        ],
        phones=[phone("+590590804040", extension="5127"), phone("+590690551872")],
        emails=["presse@region-guadeloupe.example.gp"],
        contacts=[contact(None, None, "Direction de la communication de la Région Guadeloupe",
                          ["+590590804040", "+590690551872"], ["presse@region-guadeloupe.example.gp"])],
        notes="A regional council's release with no defect and no boilerplate at all (the scraper kept only the "
              "article). 'Région Guadeloupe' acting as a body (it adopts a plan) is an organisation (as 'Gouvernement "
              "de Wallonie', h72); 'Guadeloupe' also stands alone ('ARS de Guadeloupe'): listed as a place, iso null "
              "(overseas region, h72-h87). 'Agence régionale de santé (ARS) de Guadeloupe': the agency is listed "
              "under its long form and acronym (the place after the acronym is not part of the name). 'le 28 "
              "novembre': a date without year, text with its 'le' (--11-28). 'pour "
              "2026': a year dating a budget ('2026' also inside '31 mars 2026': one text). 'du 15 janvier au 31 "
              "mars 2026': the first bound has its month, text '15 janvier' with the year of the second. 'depuis "
              "janvier', 'cette année', 'à plusieurs reprises' are not figures. 'un record depuis 2018': year "
              "'2018'. 'dix jours par mois': duration with qualifier. Guadeloupe numbers in national format (0590 "
              "landline with 'poste 5127', 0690 mobile) take +590. The press office is the contact's organisation as written (not "
              "listed apart).",
    ),
))

# --------------------------------------------------------------------------- h158 Indian Ocean fisheries centre, English page under French chrome
PAGES.append(Page(
    name="h158-rfsc-ocean-indien-patrol-en",
    meta={"site": "www.crsp-oceanindien.example.mu", "style": "regional-centre-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "cookie-banner", "share-lines",
                      "ticker", "lost-apostrophe", "mixed-quotes"]},
    blocks=[
        B("""Ce site utilise des cookies pour mesurer son audience. Accepter | Refuser | Personnaliser
CRSP – Centre régional de surveillance des pêches de l’océan Indien
Français | English
Accueil | Qui sommes-nous ? | Opérations | Actualités | Publications | Contact
Vous êtes ici : Accueil > Actualités > Communiqués
Publié le 03/12/2025 – Catégorie : Communiqués"""),
        P("Joint patrol intercepts two longliners fishing illegally off Agaléga"),
        P("EBENE, Mauritius, 3 December 2025 – A joint sea patrol coordinated by the Regional Fisheries Surveillance "
          "Centre (RFSC) intercepted two foreign longliners fishing without licences in the exclusive economic zone "
          "of Mauritius, 60 nautical miles north of Agaléga, on 27 November."),
        P("The patrol vessel Barracuda, with inspectors from Mauritius, Seychelles and Madagascar on board, found "
          "14.6 tonnes of tuna and swordfish in the holds. The ships’ captains face fines of up to MUR 5 million "
          "(about US$108,000) each under Mauritian law.", apos="drop"),
        P("Since the programme began in 2007, RFSC patrols have logged more than 1,250 days at sea and inspected "
          "1,084 vessels. Illegal, unreported and unregulated fishing still costs the region’s economies some $400 "
          "million a year, according to the Indian Ocean Commission (IOC).", apos="drop"),
        P("“Our waters are not a free buffet,” said the RFSC coordinator, Captain Rajen Doorgakant. \"We will keep "
          "patrolling with our partners until the message is heard.\""),
        P("From March 2026, a €3.2 million grant from the European Union will add aerial surveillance over the "
          "Mozambique Channel, where three of the four vessels detained this year were spotted."),
        L("""Media contact:
Priya Ramsamy, Communications Officer
Tel: +230 454 7721 ext. 118 | Mobile: +230 5728 4410
press@rfsc-oceanindien.example.mu"""),
        B("""Partager cet article : Facebook | LinkedIn | X | Courriel
Articles récents
Atelier régional sur les données satellitaires à Victoria – 20/11/2025
Saisie de 3 tonnes d’holothuries à Toliara – 06/11/2025
CRSP – Route Royale, Ebène, Maurice – Tél. +230 454 7700
© 2025 CRSP – Tous droits réservés – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Joint patrol intercepts two longliners fishing illegally off Agaléga",
        dateline=dl("EBENE", "2025-12-03"),
        organisations=[org("Regional Fisheries Surveillance Centre", "RFSC"), org("Indian Ocean Commission", "IOC"),
                       org("European Union", None)],
        places=[place("Agaléga"), place("Ebene"), place("Mauritius", "MU"), place("Seychelles", "SC"),
                place("Madagascar", "MG"), place("Mozambique Channel")],
        figures=[
            fig("two longliners", 2, "longliners"),
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("60 nautical miles", 60, "nautical miles", "other"),
            fig("27 November", "--11-27", None, "date"),
            fig("14.6 tonnes", 14.6, "tonnes", "other"),
            fig("up to MUR 5 million", 5000000, "MUR", "money", qualifier="up to", currency="MUR"),
            fig("about US$108,000", 108000, "US$", "money", qualifier="about", currency="USD"),
            fig("in 2007", 2007, None, "year"),
            fig("more than 1,250 days", 1250, "days", "duration", qualifier="more than"),
            fig("1,084 vessels", 1084, "vessels"),
            fig("some $400 million", 400000000, "$", "money", qualifier="some", currency="USD"),
            fig("March 2026", 2026, None, "year"),
            fig("€3.2 million", 3200000, "€", "money", currency="EUR"),
            fig("three", 3, None),
            fig("four vessels", 4, "vessels"),
        ],
        phones=[phone("+2304547721", extension="118"), phone("+23057284410")],
        emails=["press@rfsc-oceanindien.example.mu"],
        contacts=[contact("Priya Ramsamy", "Communications Officer", None, ["+2304547721", "+23057284410"],
                          ["press@rfsc-oceanindien.example.mu"])],
        notes="English release of a regional fisheries-surveillance centre in Mauritius under the site's French chrome "
              "(cookie banner, French site name, FR/EN line, one-line menu, breadcrumb, 'Publié le ... – Catégorie' "
              "line; share line, 'Articles récents' headlines in French, address footer with switchboard, "
              "copyright): language en, set by the article. ’ dropped in two paragraphs ('The ships captains', 'the "
              "regions economies': repaired as the h104-h119 English rule says). Curly quotes then straight double "
              "quotes in one paragraph (kept as written). Dateline 'EBENE, Mauritius, 3 December 2025 –' in English: "
              "place 'EBENE' as written (no accent on the page's English spelling; the French chrome's 'Ebène' is "
              "boilerplate), the dateline's country listed; the place is listed as 'Ebene' (normal case, a doubt: it "
              "appears only in capitals). The English name of the centre (RFSC) is the article's; the French 'CRSP' "
              "is only in the chrome: not listed. 'Mauritian law' is a demonym. 'up to MUR 5 million': Mauritian "
              "rupees with the code before the number as unit (h120-h135 rule for VT/CHF). 'some $400 million': "
              "USD (Indian Ocean page; '$' with no country context is USD), qualifier 'some'. 'in 2007': the English "
              "preposition stays, like 'en' (h120-h135 caption rule). 'From March 2026': month-year, year figure. "
              "'three of the four vessels': 'three' without noun (unit null), 'four vessels'. Barracuda is a ship's "
              "name. Mauritius numbers: seven-digit landline with 'ext. 118', eight-digit mobile starting with 5.",
    ),
))

# --------------------------------------------------------------------------- h159 Tunisian regional daily, listing of four stories
PAGES.append(Page(
    name="h159-gazette-sud-breves-regions",
    meta={"site": "www.gazette-du-sud.example.tn", "style": "regional-daily-listing", "listing": True,
          "defects": ["listing", "menu", "ticker", "comments-widget", "read-more", "oe-replacement-char",
                      "lost-apostrophe", "lost-oe", "mojibake-cp1250", "postcode-trap"]},
    blocks=[
        B("""La Gazette du Sud – Quotidien tunisien d’information
mardi 2 décembre 2025
Accueil | National | Régions | Économie | Sport | Culture | Monde
EN CONTINU ▸ Gabès : coupure d’eau mercredi dans trois quartiers ▸ Météo : pluies orageuses attendues sur le Sahel ▸ Ligue 1 : le calendrier de la 15e journée dévoilé
Dernières infos – Régions"""),
        P("Sfax : l’usine de dessalement de Gargour tourne à pleine capacité"),
        P("02/12/2025 - 09:42"),
        P("Sfax, 2 déc. (TAP) – L’usine de dessalement d’eau de mer de Gargour produit désormais 100 000 mètres cubes "
          "par jour, soit 40 % des besoins de l’agglomération, a indiqué lundi l’Office régional des eaux de Sfax "
          "(ORES). L’usine, entrée en service en mai, a coûté 310 millions de dinars."),
        B("0 commentaire | Lire la suite"),
        P("Tozeur : le Festival international des oasis attend 48 000 visiteurs"),
        P("02/12/2025 - 08:15"),
        P(fffd("La 21e édition du Festival international des oasis se tiendra à Tozeur du 19 au 22 décembre. Les "
               "organisateurs attendent 48 000 visiteurs, dont près d’un quart d’étrangers, et 64 troupes venues de 11 "
               "pays. Le budget, 1,6 million de dinars, est financé aux deux tiers par le ministère des Affaires "
               "culturelles. Une exposition réunira une centaine d’œuvres d’artisans du Djérid ; l’an dernier, deux "
               "troupes de Nefta et de Douz avaient été classées ex æquo.", "’œæ")),
        B("0 commentaire | Lire la suite"),
        P("Football : l’Avenir sportif de Gabès retrouve la Ligue 1 après neuf saisons"),
        P("01/12/2025 - 22:05"),
        P("Gabès, 1er déc. (TAP) – L’Avenir sportif de Gabès (ASG) a validé dimanche sa montée en Ligue 1 en battant "
          "l’Olympique de Médenine devant 12.500 spectateurs. Le club retrouve l’élite après neuf saisons en "
          "deuxième division, à trois journées de la fin du championnat.", moji="cp1250"),
        B("2 commentaires | Lire la suite"),
        P("Bourse : le Tunindex gagne 0,8 % en séance"),
        P("01/12/2025 - 17:30"),
        P("Le Tunindex, principal indice de la Bourse des valeurs mobilières de Tunis (BVMT), a clôturé lundi à "
          "10.947,31 points, en hausse de 0,8 %, pour un volume d’échanges de 14,2 millions de dinars. Depuis le "
          "début de l’année, l’indice progresse de 21,6 %."),
        B("""0 commentaire | Lire la suite
Page 1 | 2 | 3 | Suivante »
La Gazette du Sud – 14, avenue Habib-Bourguiba, 3000 Sfax – Tél. 74 40 22 10 – redaction@gazette-du-sud.example.tn
© 2025 La Gazette du Sud – Tous droits réservés"""),
    ],
    gold=dict(
        title="Sfax : l’usine de dessalement de Gargour tourne à pleine capacité",
        dateline=None,
        organisations=[org(None, "TAP"), org("Office régional des eaux de Sfax", "ORES"),
                       org("ministère des Affaires culturelles", None), org("Avenir sportif de Gabès", "ASG"),
                       org("Olympique de Médenine", None), org("Bourse des valeurs mobilières de Tunis", "BVMT")],
        places=[place("Sfax"), place("Gargour"), place("Tozeur"), place("Djérid"), place("Nefta"), place("Douz"),
                place("Gabès")],
        figures=[
            fig("02/12/2025 - 09:42", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("100 000 mètres cubes", 100000, "mètres cubes", "other"),
            fig("40 %", 40, "%", "percent"),
            fig("310 millions de dinars", 310000000, "dinars", "money", currency="TND"),
            fig("48 000 visiteurs", 48000, "visiteurs"),
            fig("02/12/2025 - 08:15", "2025-12-02", None, "date"),
            fig("21e", 21, None, "ordinal"),
            fig("19", "--12-19", None, "date"),
            fig("22 décembre", "--12-22", None, "date"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("64 troupes", 64, "troupes"),
            fig("11 pays", 11, "pays"),
            fig("1,6 million de dinars", 1600000, "dinars", "money", currency="TND"),
            fig("deux tiers", 0.6667, None, "other"),
            fig("une centaine d’œuvres", 100, "œuvres"),
            fig("deux troupes", 2, "troupes"),
            fig("neuf saisons", 9, "saisons", "duration"),
            fig("01/12/2025 - 22:05", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("12.500 spectateurs", 12500, "spectateurs"),
            fig("trois journées", 3, "journées"),
            fig("0,8 %", 0.8, "%", "percent"),
            fig("01/12/2025 - 17:30", "2025-12-01", None, "date"),
            fig("10.947,31 points", 10947.31, "points", "other"),
            fig("14,2 millions de dinars", 14200000, "dinars", "money", currency="TND"),
            fig("21,6 %", 21.6, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Listing page of a Tunisian regional daily: four unrelated briefs, each with its headline and a 'dd/mm/yyyy "
              "- hh:mm' time stamp (article text on a listing page; each stamp one date figure). Masthead with the "
              "day's date, one-line menu, 'EN CONTINU ▸' ticker, the listing label 'Dernières infos – Régions', the "
              "'n commentaire(s) | Lire la suite' lines, pager, footer (3000 postcode, switchboard, newsroom address) "
              "and copyright are boilerplate; the footer's e-mail and phone are not the article's. Title = the first "
              "story's headline (listing rule); dateline null; the briefs' agency datelines 'Sfax, 2 déc. (TAP) –' "
              "and 'Gabès, 1er déc. (TAP) –' give the agency TAP (acronym only) and their dates (abbreviated months "
              "without year, h56-h71 rule). The second brief went through Latin-1 and back: ’, œ and æ are U+FFFD "
              "('d�étrangers', 'd��uvres', 'ex �quo'). The third brief is UTF-8 read as cp1250 ('Ă©', 'â€™'). "
              "'12.500 spectateurs', '10.947,31 points': dot thousands, comma decimals (index points, kind other). "
              "'près d’un quart': fraction with a contracted qualifier; 'aux deux tiers': fraction. 'une centaine "
              "d’œuvres': an approximate count (as 'une soixantaine', h72-h87). 'du 19 au 22 décembre': range of "
              "dates without year. 'neuf saisons': duration. 'en mai', 'lundi', 'l’an dernier', 'deuxième "
              "division', 'Ligue 1' are not figures. The ministry acting as funder is an organisation; clubs are "
              "organisations ('Médenine' only inside a club's name: not listed). 'Tunindex' is an index, 'Festival "
              "international des oasis' an event.",
    ),
))


VOWELS = set("aeiouyàâéèêëîïôûùAEIOUYÀÂÉÈÊÎÔ")
CLUSTERS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gn", "ph", "pl", "pr", "th", "tr", "vr"}


def _vcv(word: str, room: int):
    """A French-looking V|CV hyphenation point for a plain word of 8+ letters, head at most `room` long."""
    pre = ""
    if "’" in word[:3]:
        pre, word = word[:word.index("’") + 1], word[word.index("’") + 1:]
        room -= len(pre)
    if len(word) < 7 or not word.isalpha():
        return None
    best = None
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        vcv = a in VOWELS and b not in VOWELS and c in VOWELS
        cc = (i >= 2 and word[i - 2] in VOWELS and a not in VOWELS and b not in VOWELS and c in VOWELS
              and (a + b).lower() not in CLUSTERS)
        if (vcv or cc) and i <= room:
            best = i
    return (pre + word[:best], word[best:]) if best else None


def pdfwrap(text: str, width: int, hyph: dict | None = None) -> str:
    """Greedy PDF line breaking of a clean paragraph (markup-free text): breaks become ⏎; a word listed in `hyph`
    (word -> (head, tail[, keep])) that straddles the margin is split there with `head-` at the line end."""
    hyph = hyph or {}
    out, cur = "", 0
    for w in text.split(" "):
        n = len(w)
        if not out:
            out, cur = w, n
            continue
        if cur + 1 + n <= width:
            out += " " + w
            cur += 1 + n
            continue
        core = w.rstrip(".,;:»)")
        punct = w[len(core):]
        split = hyph.get(core) or _vcv(core, width - cur - 2)
        if split:
            head, tail, *keep = split
            if cur + 1 + len(head) + 1 <= width:
                keep = bool(keep and keep[0])
                out += " " + f"[[{head}-⏎{tail}||{head}{'-' if keep else ''}{tail}]]" + punct
                cur = len(tail) + len(punct)
                continue
        out += "⏎" + w
        cur = n
    return out


# --------------------------------------------------------------------------- h160 document-sharing viewer: Moroccan employment observatory PDF
H160_W = 78
H160_HY = {"déclarés": ("décla", "rés"), "l’agro-industrie": ("l’agro", "industrie", True), "concentre": ("concen", "tre"),
           "préfecture": ("préfec", "ture"), "l’Agence": ("l’Agen", "ce"), "compétences": ("compé", "tences"),
           "diplômés": ("diplô", "més"), "journées": ("jour", "nées"), "salariale": ("sala", "riale"),
           "respectivement": ("respective", "ment"), "recensait": ("recen", "sait"), "nationale": ("natio", "nale"),
           "Oujda-Angad": ("Oujda", "Angad", True), "trimestre": ("tri", "mestre"), "l’Observatoire": ("l’Observa", "toire")}
PAGES.append(Page(
    name="h160-lirepdf-ore-oriental-emploi",
    meta={"site": "www.lirepdf.example.net", "style": "document-viewer-pdf",
          "defects": ["pdf-chrome", "dot-leaders", "page-furniture", "pdf-hyphenation", "hard-wrap",
                      "stray-unicode-ligature", "postcode-trap"]},
    blocks=[
        B("""LirePDF – Partagez vos documents
Accueil › Documents › Économie et emploi
note-conjoncture-12-ore-oriental.pdf
Publié par : ore.oriental | 6 pages | 812 Ko | Vues : 1 204 | Téléchargements : 87
Télécharger | Signaler | Intégrer | Imprimer
Aperçu du texte
ROYAUME DU MAROC
Observatoire régional de l’emploi de l’Oriental"""),
        P("Note de conjoncture n° 12 : l’emploi salarié progresse de 3,1 % dans l’Oriental"),
        P("Oujda, le 20 novembre 2025"),
        B("""Sommaire
1. Vue d’ensemble ............................................................ 2
2. Secteurs et provinces ..................................................... 3
3. Jeunes et femmes .......................................................... 4
Annexe statistique ........................................................... 6
ORE Oriental – Note de conjoncture n° 12                                    Page 1/6"""),
        P("1. Vue d’ensemble"),
        P(pdfwrap("Selon les données de la Caisse nationale de sécurité sociale (CNSS), la région de l’Oriental "
                  "comptait 186 420 salariés déclarés au 30 septembre 2025, soit une hausse de 3,1 % sur un an, contre "
                  "2,4 % au niveau national. La masse salariale déclarée atteint 3,3 milliards de dirhams au "
                  "troisième trimestre, un niveau inédit pour la région.", H160_W, H160_HY), lig=True),
        P("2. Secteurs et provinces"),
        P(pdfwrap("Le BTP et l’agro-industrie portent l’essentiel de la hausse, avec respectivement 2 140 et 1 385 "
                  "emplois nets créés. La province de Nador, tirée par le chantier du port de Nador West Med, "
                  "concentre 41 pour cent des créations, devant la préfecture d’Oujda-Angad (27 pour cent) et la "
                  "province de Berkane.", H160_W, H160_HY), lig=True),
        B("""ORE Oriental – Note de conjoncture n° 12                                    Page 2/6"""),
        P("3. Jeunes et femmes"),
        P(pdfwrap("Le taux de chômage des 15-24 ans reste élevé, à 37,8 %, et celui des femmes à 26,5 %. Au 31 Mars "
                  "2025, l’Agence nationale de promotion de l’emploi et des compétences (ANAPEC) recensait 24 310 "
                  "chercheurs d’emploi inscrits dans la région, dont 9 870 diplômés du supérieur. Le programme "
                  "régional Tachghil a financé 3,3 millions de journées de travail depuis son lancement, selon "
                  "l’Observatoire.", H160_W, H160_HY), lig=True),
        L("""Contact : Observatoire régional de l’emploi de l’Oriental (ORE), 12, boulevard Mohammed V, 60000 Oujda
Tél. : +212 (0)5 36 68 24 10 / 11 – Fax : +212 (0)5 36 68 24 19
ore.oriental@emploi.example.ma"""),
        B("""ORE Oriental – Note de conjoncture n° 12                                    Page 3/6
Fin de l’aperçu – Téléchargez le document complet (6 pages)
Documents similaires
Note de conjoncture n° 11 – 2e trimestre 2025 (5 pages)
Annuaire statistique régional 2024 (48 pages)
Ce document vous a-t-il été utile ? 👍 12 👎 1
© 2025 LirePDF – Conditions d’utilisation – Signaler un abus"""),
    ],
    gold=dict(
        title="Note de conjoncture n° 12 : l’emploi salarié progresse de 3,1 % dans l’Oriental",
        dateline=dl("Oujda", "2025-11-20"),
        organisations=[org("Caisse nationale de sécurité sociale", "CNSS"),
                       org("Agence nationale de promotion de l’emploi et des compétences", "ANAPEC"),
                       org("Observatoire régional de l’emploi de l’Oriental", "ORE")],
        places=[place("Oriental"), place("Oujda"), place("Nador"), place("Oujda-Angad"), place("Berkane")],
        figures=[
            fig("3,1 %", 3.1, "%", "percent"),
            fig("le 20 novembre 2025", "2025-11-20", None, "date"),
            fig("186 420 salariés", 186420, "salariés"),
            fig("30 septembre 2025", "2025-09-30", None, "date"),
            fig("2,4 %", 2.4, "%", "percent"),
            fig("3,3 milliards de dirhams", 3300000000, "dirhams", "money", currency="MAD"),
            fig("2 140", 2140, None),
            fig("1 385 emplois", 1385, "emplois"),
            fig("41 pour cent", 41, "%", "percent"),
            fig("27 pour cent", 27, "%", "percent"),
            fig("15", 15, None, "age"),
            fig("24 ans", 24, "ans", "age"),
            fig("37,8 %", 37.8, "%", "percent"),
            fig("26,5 %", 26.5, "%", "percent"),
            fig("31 Mars 2025", "2025-03-31", None, "date"),
            fig("24 310 chercheurs", 24310, "chercheurs"),
            fig("9 870 diplômés", 9870, "diplômés"),
            fig("3,3 millions de journées", 3300000, "journées"),
        ],
        phones=[phone("+212536682410"), phone("+212536682411"), phone("+212536682419", "fax")],
        emails=["ore.oriental@emploi.example.ma"],
        contacts=[contact(None, None, "Observatoire régional de l’emploi de l’Oriental (ORE)",
                          ["+212536682410", "+212536682411", "+212536682419"], ["ore.oriental@emploi.example.ma"])],
        notes="A document-sharing site's preview of a Moroccan regional employment observatory's PDF note: the viewer "
              "chrome (site name, breadcrumb, file name, uploader/pages/size/views line, toolbar, 'Aperçu du texte', "
              "end-of-preview line, similar documents, feedback counter, copyright) is boilerplate, and so are the "
              "PDF's letterhead above the title (a PDF without CMS title, h56-h71 rule), the dot-leader table of "
              "contents and the running footers with 'Page n/6'. The text layer has PDF line breaks with hyphenation "
              "(two at real hyphens: 'l’agro-' ⏎ 'industrie', 'Oujda-' ⏎ 'Angad', which keep their hyphen) and fi/fl "
              "ligatures. Section numbers '1.', '2.', '3.' and 'n° 12' are not figures. 'Au 31 Mars 2025': capital "
              "month kept, the 'Au' out. '41 pour cent': percent with unit '%'. 'respectivement 2 140 et 1 385 "
              "emplois': the first count without its noun (unit null). 'des 15-24 ans': hyphenated age range. 'sur "
              "un an', 'troisième trimestre' are not figures. 'programme régional Tachghil' is a programme; 'Nador "
              "West Med' a port project (its 'Nador' is the province already listed). The contact line names the "
              "whole observatory (listed as an organisation, as in the h56-h71 rule); 60000 is a postcode; '24 10 / "
              "11' gives two numbers (README '45 86/87' rule); Moroccan numbers written '+212 (0)5' drop the (0).",
    ),
))

# --------------------------------------------------------------------------- h161 Chadian news portal, old-CMS hard wraps, ’ dropped, agency dateline
PAGES.append(Page(
    name="h161-tchad-horizons-ouaddai-pluies",
    meta={"site": "www.tchad-horizons.example.td", "style": "news-portal-old-cms",
          "defects": ["menu", "ticker", "votes-widget", "paywall", "comments-widget", "hard-wrap", "wrapped-number",
                      "lost-apostrophe"]},
    wrap=72, jitter=8,
    blocks=[
        B("""Tchad Horizons – L’info du Tchad et du Sahel
ACCUEIL - POLITIQUE - SOCIETE - ECONOMIE - REGIONS - SPORT - CONTACT
FLASH INFO : N’Djamena : le pont de Chagoua fermé deux jours pour travaux *** Football : les Sao en stage à Abéché ***
Régions | 25 novembre 2025 | 0 votes"""),
        P("Ouaddaï : des pluies tardives privent des milliers de familles de leurs récoltes", nowrap=True),
        B("Par Achta Mahamat Saleh"),
        P("Abéché, 24 Novembre (ATPE) – Les pluies exceptionnelles tombées entre le 9 et le 14 novembre dans la "
          "province du Ouaddaï, dans l’est du Tchad, ont détruit les récoltes de quelque 3⏎500 familles, selon un "
          "premier bilan de la délégation provinciale de l’agriculture.", apos="drop"),
        P("Au total, 2373 hectares de sorgho et de mil prêts à être récoltés ont été inondés dans les départements "
          "d’Assoungha et d’Abdi. « C’est toute une année de travail qui est perdue », témoigne Hassan Abakar, chef "
          "de village près d’Adré, qui dit avoir perdu 80% de sa récolte.", apos="drop"),
        P("La province accueille déjà 432.574 réfugiés soudanais, selon le Haut-Commissariat des Nations unies pour "
          "les réfugiés (HCR), et le prix du mil a augmenté de 35 % en un mois sur le marché d’Abéché. Le sac de 100 "
          "kg s’y vend désormais 42.500 francs CFA. C’est la 3ème fois en cinq ans que la province est frappée "
          "par des pluies hors saison.", apos="drop"),
        P("Le gouverneur a lancé un appel à la solidarité nationale. Une mission conjointe du gouvernement et du "
          "Programme alimentaire mondial (PAM) est attendue à Abéché le 28 novembre pour évaluer les besoins."),
        P("Contact de la délégation : Dr Moussa Issa Ali, délégué provincial, tél. 66 29 14 07 / 99 41 27 65."),
        B("""Soutenez Tchad Horizons : abonnez-vous pour 2 000 FCFA par mois et lisez nos enquêtes sans publicité.
Déjà abonné ? Se connecter
Commentaires (2)
Mahamat D. – 25/11/2025 à 10:14
Que Dieu protège nos parents de l’Est. Le gouvernement doit agir vite.
Khadidja – 25/11/2025 à 12:47
Même chose à Biltine, personne n’en parle.
Laisser un commentaire
Nom * Courriel * Envoyer
© Tchad Horizons 2025 – Tous droits réservés – Avenue Charles-de-Gaulle, BP 1143 N’Djamena"""),
    ],
    gold=dict(
        title="Ouaddaï : des pluies tardives privent des milliers de familles de leurs récoltes",
        dateline=dl("Abéché", "--11-24"),
        organisations=[org(None, "ATPE"), org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Ouaddaï"), place("Abéché"), place("Tchad", "TD"), place("Assoungha"), place("Abdi"),
                place("Adré")],
        figures=[
            fig("24 Novembre", "--11-24", None, "date"),
            fig("le 9", "--11-09", None, "date"),
            fig("le 14 novembre", "--11-14", None, "date"),
            fig("quelque 3 500 familles", 3500, "familles", qualifier="quelque"),
            fig("2373 hectares", 2373, "hectares", "other"),
            fig("80%", 80, "%", "percent"),
            fig("432.574 réfugiés", 432574, "réfugiés"),
            fig("35 %", 35, "%", "percent"),
            fig("100 kg", 100, "kg", "other"),
            fig("42.500 francs CFA", 42500, "francs CFA", "money", currency="XAF"),
            fig("3ème", 3, None, "ordinal"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("le 28 novembre", "--11-28", None, "date"),
        ],
        phones=[phone("+23566291407"), phone("+23599412765")],
        emails=[],
        contacts=[contact("Moussa Issa Ali", "délégué provincial", None, ["+23566291407", "+23599412765"], [])],
        notes="Chadian news portal on an old CMS: the body is hard-wrapped at about 70 characters (a number split by "
              "the wrap: 'quelque 3' ⏎ '500 familles'). Masthead, one-line capital menu "
              "with ' - ' separators, 'FLASH INFO' ticker, rubric/date/'0 votes' line, byline, subscription "
              "(paywall) block, comment thread and form, footer with BP box: boilerplate. Every ’ of the first three "
              "paragraphs was dropped ('lest du Tchad', 'Cest', 'dAbéché', 'sy vend'). Agency dateline 'Abéché, 24 "
              "Novembre (ATPE) –' with a capital month and no year: date '--11-24', figure text '24 Novembre'; the "
              "agency is listed by its acronym only. 'entre le 9 et le 14 novembre': both bounds keep 'le' (the first "
              "without month, h104-h119 rule). '2373 hectares': thousands without separator; '432.574 réfugiés', "
              "'42.500 francs CFA': dot thousands; francs CFA in Chad are XAF. '80%' without space. 'des milliers "
              "de familles' (title) is vague: not a figure; 'en un mois', 'une année' are not figures. 'la "
              "3ème fois en cinq ans': an ordinal written '3ème' and a duration. 'Dr Moussa "
              "Issa Ali' in a body sentence with two Chadian numbers joined by '/': a contact (the 'Dr' title stays "
              "out of the person). 'délégation provinciale de l’agriculture', 'gouvernement', 'gouverneur' are "
              "generic. 'soudanais' is a demonym.",
    ),
))

# --------------------------------------------------------------------------- h162 Belgian hospital group, cp1250 paragraphs, a half-repaired word, caption twice
PAGES.append(Page(
    name="h162-ghsm-nouvel-hopital-gilly",
    meta={"site": "www.ghsm-hopitaux.example.be", "style": "belgian-hospital-group-newsroom",
          "defects": ["cookie-banner", "menu", "breadcrumb", "duplicate-caption", "mojibake-cp1250", "html-debris",
                      "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des cookies pour assurer le bon fonctionnement du site et mesurer l’audience. J’accepte | Paramètres
Urgences 24h/24 : 071/92 40 00
Trouver un médecin | Prendre rendez-vous | Nos sites | Actualités | Emplois | Contact
Accueil > Actualités > Espace presse
27 novembre 2025"""),
        P("Le GHSM investit 218 millions d’euros dans un nouvel hôpital à Gilly"),
        P("Vue d’artiste du futur hôpital de Gilly. © Atelier Verhaegen & Coppens"),
        B("Vue d’artiste du futur hôpital de Gilly. © Atelier Verhaegen & Coppens"),
        P("Charleroi, le 27 novembre 2025 – Le conseil d’administration du Groupe hospitalier Sambre et Meuse (GHSM) a "
          "approuvé mercredi le projet de nouvel hôpital de Gilly, qui remplacera d’ici 2031 les sites vieillissants "
          "de Jumet et de Marchienne-au-Pont."),
        P("Le futur bâtiment comptera 820 lits, 24 salles d’opération et un service d’urgences dimensionné pour 95 000 "
          "passages par an, contre 71 000 aujourd’hui. Le coût total est estimé à 218 millions d’euros, dont 74,5 "
          "millions pris en charge par la Wallonie.", moji="cp1250"),
        P("Les travaux débuteront au printemps 2027. Pendant le chantier, la [[rĂ©novation||rénovation]] des "
          "urgences de Jumet se poursuivra pour un montant de 3,8 millions d’euros."),
        P("« Nous regroupons nos forces sur un site moderne, accessible en bus et en métro léger, sans supprimer un "
          "seul emploi », a souligné la directrice générale, la Dre Anne-Sophie Lemaire.", moji="cp1250"),
        P("Les 3 600 membres du personnel seront consultés lors de six séances d’information, la première le 9 "
          "décembre à 14 h à l’auditoire de Jumet."),
        L("""Contact presse :[[<br />||]]
Julien Dethier, porte-parole[[<br />||]]
Tél. 071/92 45 10 – GSM 0475/12 34 56[[<br />||]]
julien.dethier@ghsm.example.be"""),
        B("""Partager : Facebook | LinkedIn | E-mail
À lire aussi
Don de sang : collecte exceptionnelle le 12 décembre à Jumet
Maternité de Gilly : 2 000e naissance de l’année
GHSM asbl – Rue de la Villette 14 – 6000 Charleroi – BCE 0412.736.551
© 2025 GHSM – Mentions légales – Vie privée"""),
    ],
    gold=dict(
        title="Le GHSM investit 218 millions d’euros dans un nouvel hôpital à Gilly",
        dateline=dl("Charleroi", "2025-11-27"),
        organisations=[org("Groupe hospitalier Sambre et Meuse", "GHSM")],
        places=[place("Gilly"), place("Charleroi"), place("Jumet"), place("Marchienne-au-Pont"), place("Wallonie")],
        figures=[
            fig("218 millions d’euros", 218000000, "euros", "money", currency="EUR"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("2031", 2031, None, "year"),
            fig("820 lits", 820, "lits"),
            fig("24 salles", 24, "salles"),
            fig("95 000 passages", 95000, "passages"),
            fig("71 000", 71000, None),
            fig("74,5 millions", 74500000, None, "money", currency="EUR"),
            fig("2027", 2027, None, "year"),
            fig("3,8 millions d’euros", 3800000, "euros", "money", currency="EUR"),
            fig("3 600 membres", 3600, "membres"),
            fig("six séances", 6, "séances"),
            fig("le 9 décembre à 14 h", "--12-09", None, "date"),
        ],
        phones=[phone("+3271924510"), phone("+32475123456")],
        emails=["julien.dethier@ghsm.example.be"],
        contacts=[contact("Julien Dethier", "porte-parole", None, ["+3271924510", "+32475123456"],
                          ["julien.dethier@ghsm.example.be"])],
        notes="Belgian hospital group's newsroom. Cookie banner at the top, emergency number line, one-line menu, "
              "breadcrumb, publication date line; share line, 'À lire aussi' headlines, footer with 6000 postcode and "
              "BCE number, legal line: boilerplate (the emergency switchboard is not a phone of the article). "
              "Caption printed twice (second copy boilerplate; the credit stays in the first). Two paragraphs are "
              "UTF-8 read as cp1250 ('Ă©', 'â€™', 'Â«'); a clean paragraph carries one half-repaired word "
              "('rĂ©novation'). '<br />' at the end of the contact lines. Belgian numbers written with a slash "
              "('071/92 45 10' landline, '0475/12 34 56' mobile labelled GSM) take +32 without the trunk 0. "
              "'dont 74,5 millions': an amount without currency word, money in the context's currency, unit null "
              "(h56-h71 rule). 'd’ici 2031': year text '2031'; 'au printemps 2027': '2027' (a period word stays "
              "out). 'contre 71 000 aujourd’hui': a count without noun. 'le 9 décembre à 14 h': a date with a clock "
              "time, one figure. '95 000 passages par an': 'par an' not a figure. 'la Wallonie' is the region "
              "(place, iso null); 'conseil d’administration' generic; 'auditoire de Jumet' a venue. 'Dre' (feminine "
              "'Dr') is a title, not a role. The artist studio in the caption credit is not listed (a credit).",
    ),
))

# --------------------------------------------------------------------------- h163 Cameroonian business portal reprinting an APO release: double and single cp1252, hidden e-mail
PAGES.append(Page(
    name="h163-cameroun-eco-fesc-malnutrition",
    meta={"site": "www.cameroun-eco.example.cm", "style": "business-portal-apo-reprint",
          "defects": ["apo-dateline", "mojibake-double-cp1252", "mojibake-cp1252", "hidden-email", "menu",
                      "share-lines", "ticker"]},
    blocks=[
        B("""Cameroun Éco – L’actualité économique du Cameroun et de la CEMAC
Accueil Économie Agriculture Énergie Santé Communiqués Annonces
Communiqués de presse
Par APO Group | 1 décembre 2025 | Santé"""),
        P("Extrême-Nord : la FESC lance le dépistage de la malnutrition chez 12.480 enfants"),
        P("DOUALA, Cameroun, 1er décembre 2025/Agence (APO)/ – La Fondation Enfance et Santé Cameroun (FESC) a lancé "
          "ce lundi une campagne de dépistage de la malnutrition aiguë qui doit toucher 12.480 enfants de moins de "
          "cinq ans dans les districts de santé de Mokolo et de Mora, dans la région de l’Extrême-Nord.",
          moji="cp1252x2"),
        P("Selon la dernière enquête nutritionnelle, la prévalence de la malnutrition aiguë globale y atteint 11,2 %, "
          "au-dessus du seuil d’alerte de 10 % fixé par l’Organisation mondiale de la santé (OMS)."),
        P("La campagne, d’un coût de 86 millions de FCFA, est financée par l’Union européenne et la Fondation Ndolo "
          "pour l’enfance. Quarante-deux agents de santé communautaire ont été formés à la mesure du périmètre "
          "brachial.", moji="cp1252"),
        P("« Un enfant dépisté à temps se soigne en six semaines à domicile. Dépisté trop tard, il doit être "
          "hospitalisé », explique la Dre Clarisse Mbarga, coordinatrice médicale de la FESC."),
        L("""Contact presse :
Hervé Ngono Essomba, chargé de communication
Tél. : (+237) 6 77 12 34 56 / 233 42 18 90 – Fax : 33 42 18 91
E-mail : [email protected]"""),
        P("Distribué par APO Group pour Fondation Enfance et Santé Cameroun."),
        B("""Source : APO Group
Tags : Cameroun, Santé, Nutrition, ONG
Partager sur WhatsApp | Facebook | Twitter
À lire aussi
CEMAC : la banque centrale maintient son taux directeur à 4,5 %
Douala : le port enregistre un trafic record de 14,2 millions de tonnes
© 2025 Cameroun Éco – Tous droits réservés"""),
    ],
    gold=dict(
        title="Extrême-Nord : la FESC lance le dépistage de la malnutrition chez 12.480 enfants",
        dateline=dl("DOUALA", "2025-12-01"),
        organisations=[org(None, "APO"), org("Fondation Enfance et Santé Cameroun", "FESC"),
                       org("Organisation mondiale de la santé", "OMS"), org("Union européenne", None),
                       org("Fondation Ndolo pour l’enfance", None)],
        places=[place("Extrême-Nord"), place("Douala"), place("Cameroun", "CM"), place("Mokolo"), place("Mora")],
        figures=[
            fig("12.480 enfants", 12480, "enfants"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("moins de cinq ans", 5, "ans", "age", qualifier="moins de"),
            fig("11,2 %", 11.2, "%", "percent"),
            fig("10 %", 10, "%", "percent"),
            fig("86 millions de FCFA", 86000000, "FCFA", "money", currency="XAF"),
            fig("Quarante-deux agents", 42, "agents"),
            fig("six semaines", 6, "semaines", "duration"),
        ],
        phones=[phone("+237677123456"), phone("+237233421890"), phone("+23733421891", "fax", valid=False)],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Hervé Ngono Essomba", "chargé de communication", None,
                          ["+237677123456", "+237233421890", "+23733421891"], [])],
        notes="A Cameroonian business portal reprinting an NGO release distributed by APO. Masthead, menu without "
              "separators, rubric label, 'Par APO Group | date | rubric' line; 'Source : APO Group', tags, share "
              "line, 'À lire aussi' headlines and copyright: boilerplate. The release's own trailer 'Distribué par "
              "APO Group pour ...' is article text. The dateline paragraph is UTF-8 mojibake applied twice "
              "('ÃƒÂ©'), the financing paragraph once ('Ã©'); the other paragraphs are clean. APO dateline "
              "'DOUALA, Cameroun, 1er décembre 2025/Agence (APO)/ –': place 'DOUALA' as written, the country listed, "
              "date 2025-12-01, agency APO an organisation (acronym only; 'APO Group' in the trailer is taken as the "
              "same body, a doubt). '12.480 enfants' (title and body, one text): dot thousands. 'de moins de cinq "
              "ans': an age in words. 'FCFA' in Cameroon: XAF, unit 'FCFA'. 'Quarante-deux agents': number word. "
              "'en six semaines': duration. 'Dre' is a title. The contact's e-mail is hidden (counted); the second "
              "number '233 42 18 90' (landline) takes the first one's +237; the fax '33 42 18 91' is in the old "
              "eight-digit plan (before the 2 was added to landlines): +23733421891, possible but not valid. 'CEMAC' appears only in boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h164 Geneva NGO alliance: GENÈVE — dateline, ’ as a space, œ dropped, lost € and dashes, glued headings, title twice
PAGES.append(Page(
    name="h164-ameau-appel-sahel-eau",
    meta={"site": "www.ameau-alliance.example.ch", "style": "ngo-alliance-appeal",
          "defects": ["menu", "breadcrumb", "duplicate-title", "lost-apostrophe", "lost-oe", "lost-euro", "lost-dash",
                      "double-space", "heading-glued", "share-lines", "ticker", "donation-block", "cookie-banner",
                      "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
AMEAU
Qui sommes-nous
Nos actions
Urgences
Publications
Faire un don
EN | FR
Accueil / Actualités / Communiqués de presse"""),
        P("Sahel central : l’Alliance AMEAU lance un appel de 12 millions d’euros pour l’eau potable", apos="space"),
        B("Sahel central : l’Alliance AMEAU lance un appel de 12 millions d’euros pour l’eau potable", apos="space"),
        B("Publié le 4 décembre 2025 · Lecture : 3 min"),
        P("GENÈVE — L’Alliance mondiale pour l’eau et l’assainissement d’urgence (AMEAU) lance ce jeudi un appel de "
          "12 millions d’euros pour rétablir l’accès à l’eau potable de 640 000 personnes déplacées au Burkina Faso, "
          "au Mali et au Niger, où la saison sèche s’annonce particulièrement dure.", apos="space"),
        P("Une crise silencieuse"),
        P("Dans la région de Tillabéri, au Niger, 38 % des points d’eau sont hors service, selon le dernier "
          "recensement des autorités. À Djibo (Burkina Faso), sous blocus depuis 2022, les habitants disposent en "
          "moyenne de 4 litres d’eau par jour et par personne, contre 15 litres selon les normes humanitaires.",
          apos="space", glue=True),
        P("Ce que nous mettons en œuvre", oe="drop"),
        P("Avec ses 27 organisations membres, l’AMEAU prévoit de réhabiliter 310 forages, de construire 2 400 "
          "latrines et de distribuer 95 000 kits d’hygiène d’ici juin 2026. Un forage coûte en moyenne 18 500 €, "
          "une latrine d’urgence 420 €.", apos="space", noeuro="", glue=True),
        P("« Sans eau, il n’y a ni école, ni centre de santé, ni retour possible – c’est aussi simple que cela », "
          "rappelle Ingrid Sørensen, directrice générale de l’AMEAU.", apos="space", nodash=""),
        L("""Contacts médias :
Genève : Léa Fontanaz – +41 (0)22 788 46 00 – +41 78 602 14 55 – lfontanaz@ameau-alliance.example.ch
Niamey : Abdoulaye Hamani – +227 90 12 34 56 – ahamani@ameau-alliance.example.ch""", nodash=""),
        B("""Partager : Facebook · LinkedIn · Bluesky · E-mail
Avec 50 francs, vous offrez un kit d’hygiène à une famille déplacée. Je fais un don
À lire aussi
Tchad : 18 forages solaires remis aux communes du Lac – 21.11.2025
Haïti : des kits d’hygiène pour 9 000 familles – 07.11.2025
AMEAU – Rue de Lausanne 64 – 1202 Genève – CCP 12-3456-7
Nous utilisons des cookies pour améliorer votre expérience. OK | En savoir plus"""),
    ],
    gold=dict(
        title="Sahel central : l’Alliance AMEAU lance un appel de 12 millions d’euros pour l’eau potable",
        dateline=dl("GENÈVE", None),
        organisations=[org("Alliance mondiale pour l’eau et l’assainissement d’urgence", "AMEAU")],
        places=[place("Sahel central"), place("Genève"), place("Burkina Faso", "BF"), place("Mali", "ML"),
                place("Niger", "NE"), place("Tillabéri"), place("Djibo"), place("Niamey")],
        figures=[
            fig("12 millions d’euros", 12000000, "euros", "money", currency="EUR"),
            fig("640 000 personnes", 640000, "personnes"),
            fig("38 %", 38, "%", "percent"),
            fig("2022", 2022, None, "year"),
            fig("4 litres", 4, "litres", "other"),
            fig("15 litres", 15, "litres", "other"),
            fig("27 organisations", 27, "organisations"),
            fig("310 forages", 310, "forages"),
            fig("2 400 latrines", 2400, "latrines"),
            fig("95 000 kits", 95000, "kits"),
            fig("juin 2026", 2026, None, "year"),
            fig("18 500 €", 18500, "€", "money", currency="EUR"),
            fig("420 €", 420, "€", "money", currency="EUR"),
        ],
        phones=[phone("+41227884600"), phone("+41786021455"), phone("+22790123456")],
        emails=["lfontanaz@ameau-alliance.example.ch", "ahamani@ameau-alliance.example.ch"],
        contacts=[contact("Léa Fontanaz", None, None, ["+41227884600", "+41786021455"],
                          ["lfontanaz@ameau-alliance.example.ch"]),
                  contact("Abdoulaye Hamani", None, None, ["+22790123456"], ["ahamani@ameau-alliance.example.ch"])],
        notes="Geneva-based NGO alliance's appeal for the central Sahel. Skip line, site name, vertical menu, "
              "language line, breadcrumb; second copy of the title; 'Publié le ... · Lecture : 3 min' line; share "
              "line, donation call, 'À lire aussi' headlines, footer (1202 postcode, postal account), cookie banner at "
              "the bottom: boilerplate (the donation line's '50 francs' is not a figure). Dateline 'GENÈVE —' (em "
              "dash, no date) is not the story's place: place 'GENÈVE', date null. Every ’ of the title and body "
              "became a space ('l Alliance', 'd urgence', 'n y a'); œ dropped in a heading ('mettons en uvre'); both "
              "€ signs lost ('18 500 , une latrine d urgence 420 .'); the en dashes of the quote and of the contact "
              "lines lost (double spaces). Two subheadings glued to their paragraph ('silencieuseDans', 'en "
              "uvreAvec'). 'sous blocus depuis 2022': year '2022'. 'd’ici juin 2026': month-year, year figure. "
              "'4 litres d’eau par jour et par personne': a measure ('par jour' not a figure). The two contact lines "
              "have place labels ('Genève :', 'Niamey :'): the cities are places, not organisations (README); Swiss "
              "'+41 (0)22' drops the (0). 'Sahel central' is a region (place, iso null). 'l’Alliance AMEAU' in the "
              "title is the same organisation.",
    ),
))

# --------------------------------------------------------------------------- h165 Senegalese fisheries ministry PDF: stripped accents, unaccented capitals, hyphenation, letterhead, obfuscated e-mail
H165_W = 80
H165_HY = {}
H165_P = [
    "Le ministre des Pêches et de l’Économie maritime informe les acteurs de la pêche artisanale et industrielle "
    "qu’un repos biologique du poulpe est institué sur l’ensemble du littoral sénégalais du 1 er décembre 2025 au 31 "
    "janvier 2026 inclus, conformément à l’arrêté n° 024517 du 14 novembre 2025.",
    "Pendant cette période, la capture, le débarquement, la détention et la commercialisation du poulpe sont "
    "interdits. Les 2373 pirogues recensées à Mbour, Joal-Fadiouth et Kayar ainsi que les 41 chalutiers "
    "céphalopodiers sous licence sont concernés.",
    "En 2024, les débarquements de poulpe ont atteint 27 640 tonnes pour une valeur de 58,3 milliards de francs CFA, "
    "soit près du quart de la valeur des exportations halieutiques du pays. Après le dernier repos biologique, le "
    "poids moyen des poulpes débarqués a progressé de 18 %.",
    "Des contrôles seront menés en mer par la Direction de la protection et de la surveillance des pêches (DPSP) et "
    "à terre par la Direction des pêches maritimes (DPM). Tout contrevenant s’expose à une amende de 200 000 à "
    "1 500 000 francs CFA et à la saisie des produits.",
]
PAGES.append(Page(
    name="h165-peches-senegal-repos-poulpe-pdf",
    meta={"site": "www.peches-maritimes.example.gouv.sn", "style": "ministry-communique-pdf",
          "defects": ["stripped-accents", "unaccented-capitals", "pdf-hyphenation", "hard-wrap", "page-furniture",
                      "obfuscated-email", "postcode-trap"]},
    blocks=[
        B("""REPUBLIQUE DU SENEGAL
Un Peuple – Un But – Une Foi
MINISTERE DES PECHES ET DE L’ECONOMIE MARITIME
Direction des Peches maritimes
COMMUNIQUE DE PRESSE"""),
        P("[[REPOS BIOLOGIQUE : LA PECHE DU POULPE SUSPENDUE DU 1ER DECEMBRE AU 31 JANVIER||"
          "REPOS BIOLOGIQUE : LA PÊCHE DU POULPE SUSPENDUE DU 1ER DÉCEMBRE AU 31 JANVIER]]"),
        P("Dakar, le 28 novembre 2025"),
        P(pdfwrap(H165_P[0], H165_W, H165_HY), strip=True),
        P(pdfwrap(H165_P[1], H165_W, H165_HY), strip=True),
        B("Ministere des Peches et de l’Economie maritime – Communique n° 47/MPEM/DPM                 Page 1/2"),
        P(pdfwrap(H165_P[2], H165_W, H165_HY), strip=True),
        P(pdfwrap(H165_P[3], H165_W, H165_HY), strip=True),
        P(pdfwrap("Le ministre invite les organisations professionnelles à veiller au strict respect de la mesure.",
                  H165_W, H165_HY), strip=True),
        L("""Direction des pêches maritimes – 1, rue Joris – BP 289 Dakar
Tél. : (+221) 33 849 50 00 – Fax : (+221) 33 849 50 11
Cellule de communication : 77 654 88 12 – dpm (at) peches-maritimes.example.gouv.sn""", strip=True),
        B("Ministere des Peches et de l’Economie maritime – Communique n° 47/MPEM/DPM                 Page 2/2"),
    ],
    gold=dict(
        title="REPOS BIOLOGIQUE : LA PÊCHE DU POULPE SUSPENDUE DU 1ER DÉCEMBRE AU 31 JANVIER",
        dateline=dl("Dakar", "2025-11-28"),
        organisations=[org("Direction de la protection et de la surveillance des pêches", "DPSP"),
                       org("Direction des pêches maritimes", "DPM")],
        places=[place("Dakar"), place("Mbour"), place("Joal-Fadiouth"), place("Kayar")],
        figures=[
            fig("1ER DÉCEMBRE", "--12-01", None, "date"),
            fig("31 JANVIER", "--01-31", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("1 er décembre 2025", "2025-12-01", None, "date"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
            fig("2373 pirogues", 2373, "pirogues"),
            fig("41 chalutiers", 41, "chalutiers"),
            fig("En 2024", 2024, None, "year"),
            fig("27 640 tonnes", 27640, "tonnes", "other"),
            fig("58,3 milliards de francs CFA", 58300000000, "francs CFA", "money", currency="XOF"),
            fig("près du quart", 0.25, None, "other", qualifier="près du"),
            fig("18 %", 18, "%", "percent"),
            fig("200 000", 200000, None, "money", currency="XOF"),
            fig("1 500 000 francs CFA", 1500000, "francs CFA", "money", currency="XOF"),
        ],
        phones=[phone("+221338495000"), phone("+221338495011", "fax"), phone("+221776548812")],
        emails=[],
        contacts=[contact(None, None, "Direction des pêches maritimes", ["+221338495000", "+221338495011"], []),
                  contact(None, None, "Cellule de communication", ["+221776548812"], [])],
        notes="Text layer of a Senegalese fisheries ministry's press release (PDF). The letterhead (republic, motto, "
              "ministry, directorate, 'COMMUNIQUE DE PRESSE' label) above the title is boilerplate (a PDF without CMS "
              "title, h56-h71 rule) and so are the running footers with the release number and 'Page n/2'. The "
              "whole text lost its accents (body, contact block), the capital title too ('LA PECHE', 'DECEMBRE': "
              "accents restored in the clean title, h88-h103 rule); the dateline has no accent to lose. PDF line "
              "breaks (some with hyphenation). '1 er décembre 2025' is kept as written with its space (README); the "
              "title's 'DU 1ER DÉCEMBRE AU 31 JANVIER' gives two dates without year (the capital texts are other "
              "texts than the body's). 'l’arrêté n° 024517 du 14 novembre 2025' is a legal reference: neither its "
              "number nor its date is a figure (h136-h151 rule). '2373 pirogues': no thousands separator. 'près du "
              "quart': a fraction, qualifier 'près du'. 'de 200 000 à 1 500 000 francs CFA': range of amounts, "
              "first bound with the second's currency (XOF, Senegal). 'Le ministre des Pêches ...' is a role; the "
              "ministry itself appears only in the letterhead and footer (boilerplate): not listed. The DPM, named "
              "with its acronym in the body, is also the first contact's office (two contacts: the directorate "
              "with phone and fax, the communication cell with a mobile and an obfuscated '(at)' address, not "
              "listed in emails). 'BP 289' is a box; 'sénégalais' a demonym.",
    ),
))

# --------------------------------------------------------------------------- h166 Malian NGO WordPress blog: HTML debris, mailto debris, glued sentence, comments
PAGES.append(Page(
    name="h166-amsd-mali-karite-segou",
    meta={"site": "www.amsd-mali.example.org", "style": "wordpress-ngo-html",
          "defects": ["menu", "html-debris", "body-glued", "comments-widget"]},
    blocks=[
        B("""AMSD Mali – Solidarité et développement
Accueil
Qui sommes-nous ?
Nos projets
Blog
Contact
Faire un don
Publié le 3 décembre 2025 par admin_amsd dans Actualités, Projets"""),
        P("Ségou : 14 coopératives de femmes lancent leur marque de beurre de karité"),
        B('<img class="aligncenter size-large" src="https://www.amsd-mali.example.org/wp-content/uploads/2025/12/'
          'karite-markala.jpg" alt="" border="0" width="1024" height="576" />'),
        P("[[<p><strong>||]]Ségou, le 2 décembre 2025 –[[</strong>||]] " +
          ent("L’AMSD (Association malienne pour la solidarité et le développement) a présenté le 28 novembre à "
              "Ségou la marque collective «\u00a0Karité de Markala\u00a0», la première du genre au Mali, portée par "
              "14 coopératives de Markala et des villages voisins qui regroupent 1 260 femmes.", "’«»\u00a0") +
          "[[</p>||]]"),
        P("[[<p class=\"wp-caption-text\">||]]Des productrices de Markala devant une presse mécanique"),
        P(ent("Le projet, lancé le 08/06/2024 avec le soutien de la coopération luxembourgeoise, a permis d’équiper "
              "les coopératives de 6 presses mécaniques et d’un entrepôt de 450 m². La production a doublé en un an "
              "pour atteindre 38,6 tonnes de beurre, vendu 2 750 francs CFA le kilo, contre 1 900 francs CFA sur le "
              "marché local.", "’") + "[[</p>||]]", glue=True),
        P("[[<h2>||]]Un revenu qui change la vie[[</h2>||]]"),
        P("[[<p>||]]" + ent("« Avant, nous vendions nos amandes aux commerçants à n’importe quel prix. Aujourd’hui, "
                          "chaque femme gagne en moyenne 185 000 francs CFA par saison », témoigne Fatoumata "
                          "Coulibaly, présidente de l’union des coopératives.", "’«»") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Une deuxième phase, d’un montant de 96 millions de francs CFA, doit étendre le projet "
                          "à 9 nouvelles coopératives de la région de Koulikoro d’ici fin 2026.", "’") +
          "[[</p>||]]"),
        L("[[<p>||]]Contact : Kadiatou Traoré, chargée de communication, (+223) 76 21 45 30 – "
          "[[\"mailto:k.traore@amsd-mali.example.org\">k.traore@amsd-mali.example.org</a></p>||"
          "k.traore@amsd-mali.example.org]]"),
        B("""Catégories : Actualités, Projets | Étiquettes : karité, Ségou, femmes, Markala
3 commentaires
Aminata K. – 3 décembre 2025 à 18 h 12
Bravo aux femmes de Markala, on est fières de vous !
Répondre
Ibrahim S. – 4 décembre 2025 à 8 h 03
Où peut-on acheter ce beurre à Bamako ?
Répondre
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
© 2025 AMSD Mali – Propulsé par WordPress"""),
    ],
    gold=dict(
        title="Ségou : 14 coopératives de femmes lancent leur marque de beurre de karité",
        dateline=dl("Ségou", "2025-12-02"),
        organisations=[org("Association malienne pour la solidarité et le développement", "AMSD")],
        places=[place("Ségou"), place("Markala"), place("Mali", "ML"), place("Koulikoro")],
        figures=[
            fig("14 coopératives", 14, "coopératives"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("1 260 femmes", 1260, "femmes"),
            fig("le 08/06/2024", "2024-06-08", None, "date"),
            fig("6 presses", 6, "presses"),
            fig("450 m²", 450, "m²", "other"),
            fig("38,6 tonnes", 38.6, "tonnes", "other"),
            fig("2 750 francs CFA", 2750, "francs CFA", "money", currency="XOF"),
            fig("1 900 francs CFA", 1900, "francs CFA", "money", currency="XOF"),
            fig("185 000 francs CFA", 185000, "francs CFA", "money", currency="XOF"),
            fig("96 millions de francs CFA", 96000000, "francs CFA", "money", currency="XOF"),
            fig("9 nouvelles coopératives", 9, "coopératives"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+22376214530")],
        emails=["k.traore@amsd-mali.example.org"],
        contacts=[contact("Kadiatou Traoré", "chargée de communication", None, ["+22376214530"],
                          ["k.traore@amsd-mali.example.org"])],
        notes="A Malian NGO's WordPress blog post. Site name, vertical menu, 'Publié le ... par admin_amsd dans ...' "
              "line, an <img ... alt=\"\" border=\"0\" /> line, categories/tags line, comment thread (two comments "
              "with dates and 'Répondre') and form, 'Propulsé par WordPress' footer: boilerplate. HTML debris in the "
              "article: <p><strong> around the dateline, </strong>, </p>, <h2>, entities (&#8217;, &laquo;&nbsp; "
              "... &nbsp;&raquo;: the no-break spaces stay U+00A0 in the clean text), and mailto debris "
              "('\"mailto:x\">x</a></p>': the bare address in the clean text). A photo caption (its <p class=\"wp-caption-text\"> "
              "opening tag kept, no closing tag, no full stop) is glued to the next paragraph ('presse mécaniqueLe "
              "projet'): split in the clean text; the caption is article text. Organisation written "
              "acronym first, long form in brackets. '14 coopératives' (title and body): one text. 'le 08/06/2024': a "
              "numeric date. '450 m²': a measure. 'vendu 2 750 francs CFA le kilo': money XOF (Mali); 'le kilo' is "
              "not a figure. 'd’ici fin 2026': year '2026'. 'en un an', 'a doublé', 'Une deuxième phase' are not "
              "figures. 'coopération luxembourgeoise' is generic (a demonym), 'union des coopératives' generic, "
              "'Karité de Markala' a brand (the town also stands alone: listed as a place). The "
              "Malian mobile is written '(+223) 76 21 45 30'.",
    ),
))

# --------------------------------------------------------------------------- h167 UN-Habitat country office in Guinea: label-list menu with doubled labels and `-` lines, ’ as a space, œ dropped
PAGES.append(Page(
    name="h167-onu-habitat-guinee-relogement",
    meta={"site": "guinee.onuhabitat.example.org", "style": "un-programme-country-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "lost-apostrophe", "lost-oe", "obfuscated-email",
                      "share-lines", "foreign-ticker"]},
    blocks=[
        B("""ONU-Habitat Guinée
Qui sommes-nous
Qui sommes-nousONU-Habitat est le programme des Nations Unies qui œuvre pour des villes et des établissements humains plus inclusifs, sûrs, résilients et durables.
- Mandat
- Équipe pays
- Partenaires
-
Nos programmes
Nos programmes
- Logement et quartiers précaires
- Foncier
- Résilience urbaine
- Mobilité
-
Médias
Médias
- Communiqués
- Galerie
Contact""", apos="space", oe="drop"),
        P("Conakry : 2 100 familles des zones inondables relogées d’ici 2027", apos="space"),
        P("Conakry, le 26 novembre 2025 – Le Programme des Nations Unies pour les établissements humains (ONU-Habitat) "
          "et le ministère de l’Urbanisme, de l’Habitat et de l’Aménagement du territoire ont signé mardi un accord "
          "pour reloger d’ici 2027 quelque 2 100 familles vivant dans les zones inondables de Matoto et de Ratoma.",
          apos="space"),
        P("Le projet, d’un coût de 14,7 millions de dollars, est financé par le Fonds pour l’adaptation à hauteur de "
          "9,2 millions de dollars et par le gouvernement guinéen pour le solde. Il sera mis en œuvre sur trois ans "
          "avec les communes concernées et des organisations de quartier.", apos="space", oe="drop"),
        P("Lors des inondations d’août 2025, 37 personnes ont perdu la vie et 11 480 logements ont été endommagés "
          "dans le Grand Conakry, selon l’Agence nationale de gestion des urgences et catastrophes humanitaires "
          "(ANGUCH).", apos="space"),
        P("« Reloger sans déraciner : c’est le cœur de notre approche, avec des parcelles à moins de 5 kilomètres des "
          "anciens quartiers », a déclaré la cheffe de bureau d’ONU-Habitat en Guinée, Mariam Sow Diallo.",
          apos="space", oe="drop"),
        P("Les 2 100 ménages bénéficieront chacun d’une parcelle de 150 m², d’une aide à la construction de 25 "
          "millions de francs guinéens et d’une formation aux métiers du bâtiment.", apos="space"),
        L("""Pour plus d’informations, veuillez contacter :
Ousmane Camara, chargé de communication, ONU-Habitat Guinée
Tél. : +224 622 45 12 03 / +224 620 88 77 44 – Fax : +224 30 41 22 67
ousmane.camara [at] onuhabitat.example.org""", apos="space"),
        B("""Partager : Facebook Twitter LinkedIn
Notícias relacionadas
Moçambique: ONU-Habitat apoia reconstrução de 1.200 casas em Pemba
Related news
Nairobi: Urban resilience forum closes with 40 city commitments
Avis de non-responsabilité | Protection des données | © Nations Unies 2025"""),
    ],
    gold=dict(
        title="Conakry : 2 100 familles des zones inondables relogées d’ici 2027",
        dateline=dl("Conakry", "2025-11-26"),
        organisations=[org("Programme des Nations Unies pour les établissements humains", "ONU-Habitat"),
                       org("ministère de l’Urbanisme, de l’Habitat et de l’Aménagement du territoire", None),
                       org("Fonds pour l’adaptation", None),
                       org("Agence nationale de gestion des urgences et catastrophes humanitaires", "ANGUCH")],
        places=[place("Conakry"), place("Matoto"), place("Ratoma"), place("Grand Conakry"), place("Guinée", "GN")],
        figures=[
            fig("2 100 familles", 2100, "familles"),
            fig("2027", 2027, None, "year"),
            fig("le 26 novembre 2025", "2025-11-26", None, "date"),
            fig("quelque 2 100 familles", 2100, "familles", qualifier="quelque"),
            fig("14,7 millions de dollars", 14700000, "dollars", "money", currency="USD"),
            fig("9,2 millions de dollars", 9200000, "dollars", "money", currency="USD"),
            fig("trois ans", 3, "ans", "duration"),
            fig("août 2025", 2025, None, "year"),
            fig("37 personnes", 37, "personnes"),
            fig("11 480 logements", 11480, "logements"),
            fig("moins de 5 kilomètres", 5, "kilomètres", "other", qualifier="moins de"),
            fig("2 100 ménages", 2100, "ménages"),
            fig("150 m²", 150, "m²", "other"),
            fig("25 millions de francs guinéens", 25000000, "francs guinéens", "money", currency="GNF"),
        ],
        phones=[phone("+224622451203"), phone("+224620887744"), phone("+22430412267", "fax")],
        emails=[],
        contacts=[contact("Ousmane Camara", "chargé de communication", "ONU-Habitat Guinée",
                          ["+224622451203", "+224620887744", "+22430412267"], [])],
        notes="A UN programme's country site whose menu is a label list in the seed's manner but its own: doubled "
              "section labels ('Qui sommes-nous', 'Nos programmes', 'Médias'), '- label' items, bare '-' lines and a "
              "label glued to its blurb ('Qui sommes-nousONU-Habitat est ...'): all boilerplate (the glued blurb is "
              "menu text, not article). Every ’ of the menu, title, body and contact became a space ('d ici', 'l "
              "Urbanisme', 'c est'); œ dropped ('mis en uvre', 'le c ur', 'qui uvre' in the menu). Share line, "
              "Portuguese and English related headlines (foreign ticker), legal/copyright line: boilerplate. "
              "Organisation long form then its name-acronym 'ONU-Habitat' in brackets. The ministry acting as a "
              "signatory is an organisation (long form as written, lower-case 'ministère'); 'gouvernement guinéen' "
              "is generic. 'Fonds pour l’adaptation' is a fund acting as a financer (organisation, no acronym). "
              "'2 100 familles' (title) and 'quelque 2 100 familles' (body) are two texts; '2 100 ménages' a third. "
              "'d’ici 2027' (title and body): year text '2027'. 'Lors des inondations d’août 2025': month-year, year "
              "figure. 'à moins de 5 kilomètres': measure with qualifier. 'francs guinéens' are GNF. 'Grand Conakry' "
              "is the metropolitan area (place, iso null). 'ONU-Habitat Guinée' in the contact is the office label "
              "of the organisation already listed (kept as the contact's organisation as written). The only e-mail "
              "is obfuscated ('[at]'): not listed. Guinean mobiles (622, 620) and a landline fax (30) take +224.",
    ),
))
