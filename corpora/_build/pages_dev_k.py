"""h40-h55: the fourth blind held-out set (session 4).

Written without reading the rules (src/, tests/, benchmarks/, notebooks/, docs/) and never run
through pressclean. h40-h44 come from one French city-hall newsroom (made-up town) sharing its
header, breadcrumb, download/share lines, `Les derniers communiqués` block and footer with small
variations; h45-h55 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# =========================================================================== city-hall newsroom
CG_SITE = "presse.castelnau-sur-garde.example.fr"


def cg_top(kind, date, banner=None):
    lines = ["Aller au contenu | Aller au menu | Accessibilité : conforme partiellement"]
    if banner:
        lines.append(banner)
    lines += ["Ville de Castelnau-sur-Garde",
              "Mairie ouverte du lundi au vendredi de 8 h 30 à 17 h",
              "☰ Menu",
              "Ma ville",
              "Ma ville",
              "Vivre à Castelnau",
              "Démarches en ligne",
              "Grands projets",
              "Agenda",
              "Salle de presse",
              "Salle de presse",
              f"Accueil › Salle de presse › {kind}",
              f"{kind} | {date}"]
    return "\n".join(lines)


def cg_bottom(related, pdf="Télécharger le communiqué (PDF, 214 Ko)"):
    lines = []
    if pdf:
        lines.append(pdf)
    lines += ["Partager : Facebook / X / LinkedIn / Courriel / Imprimer",
              "Les derniers communiqués"]
    for head, date in related:
        lines += [head, date]
    lines += ["Tous les communiqués ›",
              "Hôtel de ville – 1, place de la République – CS 40117 – 84215 Castelnau-sur-Garde Cedex",
              "Nous écrire | Mentions légales | Accessibilité | Plan du site | Gérer mes cookies",
              "© Ville de Castelnau-sur-Garde 2025 – Site réalisé avec Kentika CMS"]
    return "\n".join(lines)


def cg_meta(defects):
    return {"site": CG_SITE, "style": "city-hall-newsroom",
            "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}


CG_NOTE = ("Site furniture shared by h40-h44 (skip links, optional alert banner, town name, opening-hours line, menu with "
           "doubled 'Ma ville' and 'Salle de presse', breadcrumb, 'type | date' line; at the bottom an optional PDF link, a "
           "share line, 'Les derniers communiqués' headlines with dates, footer with CS box and Cedex postcode, legal "
           "line, copyright). Its numbers are not figures; the town in the footer is not a place of the article.")

CG_TOWN = "Castelnau-sur-Garde"

# --------------------------------------------------------------------------- h40 communiqué budget, HTML debris, title twice
PAGES.append(Page(
    name="h40-castelnau-budget-2026",
    meta=cg_meta(["duplicate-title", "html-debris"]),
    blocks=[
        B(cg_top("Communiqué", "18/12/2025", "⚠ Travaux rue Pasteur : circulation alternée jusqu’au 9 janvier")),
        P("Budget 2026 : 48,7 millions d’euros votés, sans hausse des taux d’imposition"),
        B("Budget 2026 : 48,7 millions d’euros votés, sans hausse des taux d’imposition"),
        B('<img src="/medias/budget2026-conseil.jpg" alt="" width="640" height="360" />'),
        P("[[<p><strong>||]]Le conseil municipal de Castelnau-sur-Garde a adopté jeudi soir, par 27 voix contre 6, le budget primitif 2026 de la commune.[[</strong>||]] Il s&#8217;élève à 48,7 millions d’euros, dont 31,2 millions d’euros en fonctionnement et 17,5 millions d’euros en investissement.[[</p>||]]".replace("s&#8217;élève", "[[s&#8217;élève||s’élève]]")),
        P("Pour la sixième année consécutive, les taux de la taxe foncière restent inchangés. «&nbsp;Nous tenons nos engagements malgré la baisse de 4,2 % de la dotation de l’État&nbsp;», a souligné le maire, Gilles Arnaud-Perrin.".replace("«&nbsp;", "[[«&nbsp;||«\u00a0]]").replace("&nbsp;»", "[[&nbsp;»||\u00a0»]]")),
        P("[[<h3>||]]Les principaux investissements[[</h3>||]]"),
        L("""– la rénovation thermique du groupe scolaire Jean-Moulin : 3,8 M€ ;
– la deuxième tranche de la voie verte le long de la Garde (2,4 km) : 1,1 M€ ;
– la création de 120 places de stationnement au pôle d&#038;échanges de la gare : 950 000 € ;
– le plan de végétalisation des cours d’école : 420 000 €.""".replace("d&#038;échanges", "[[d&#038;échanges||d’échanges]]")),
        P("L’endettement de la commune passe de 21,4 à 20,6 millions d’euros, soit une capacité de désendettement de 5,1 ans.[[<br /><br />||]]"),
        P("Le groupe d&#8217;opposition « Castelnau Demain » a voté contre, jugeant l’effort insuffisant pour les quartiers nord.".replace("d&#8217;opposition", "[[d&#8217;opposition||d’opposition]]")),
        L("""Contact presse : Service communication – Ville de Castelnau-sur-Garde
04 90 61 22 15 – [[<a href="mailto:presse@castelnau-sur-garde.example.fr">presse@castelnau-sur-garde.example.fr</a>||presse@castelnau-sur-garde.example.fr]]"""),
        B(cg_bottom([("Marché de Noël : 62 exposants sur la place du Marché", "02/12/2025"),
                     ("Crue de la Garde : point de situation", "14/11/2025")])),
    ],
    gold=dict(
        title="Budget 2026 : 48,7 millions d’euros votés, sans hausse des taux d’imposition",
        dateline=None,
        organisations=[],
        places=[place(CG_TOWN), place("Garde")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("48,7 millions d’euros", 48700000, "euros", "money", currency="EUR"),
            fig("27 voix", 27, "voix"),
            fig("6", 6, None),
            fig("31,2 millions d’euros", 31200000, "euros", "money", currency="EUR"),
            fig("17,5 millions d’euros", 17500000, "euros", "money", currency="EUR"),
            fig("4,2 %", 4.2, "%", "percent"),
            fig("3,8 M€", 3800000, "M€", "money", currency="EUR"),
            fig("2,4 km", 2.4, "km", "other"),
            fig("1,1 M€", 1100000, "M€", "money", currency="EUR"),
            fig("120 places", 120, "places"),
            fig("950 000 €", 950000, "€", "money", currency="EUR"),
            fig("420 000 €", 420000, "€", "money", currency="EUR"),
            fig("21,4", 21400000, None, "money", currency="EUR"),
            fig("20,6 millions d’euros", 20600000, "euros", "money", currency="EUR"),
            fig("5,1 ans", 5.1, "ans", "duration"),
        ],
        phones=[phone("+33490612215")],
        emails=["presse@castelnau-sur-garde.example.fr"],
        contacts=[contact(None, None, "Service communication – Ville de Castelnau-sur-Garde", ["+33490612215"],
                          ["presse@castelnau-sur-garde.example.fr"])],
        notes=CG_NOTE + " Title printed twice, an <img> line, <p><strong>, <h3>, <br /><br />, &#8217;, &#038; (an "
              "ampersand entity where an apostrophe was meant: repaired as ’), «&nbsp; and mailto debris. 'budget "
              "primitif 2026': the year of the budget, listed once as '2026' (title). 'par 27 voix contre 6': two figures. "
              "'de 21,4 à 20,6 millions d’euros' is a range. 'sixième année': ordinal word, not a figure. The town council "
              "('conseil municipal') and the opposition group are not organisations (a council of the town, a political "
              "group named in quotes). 'Garde' is the river. 'groupe scolaire Jean-Moulin': a name.",
    ),
))

# --------------------------------------------------------------------------- h41 invitation presse, lost œ and ’
PAGES.append(Page(
    name="h41-castelnau-invitation-halle",
    meta=cg_meta(["lost-oe", "lost-apostrophe"]),
    blocks=[
        B(cg_top("Invitation presse", "27/10/2025")),
        P("Invitation presse : inauguration de la halle gourmande Saint-Roch"),
        P("Castelnau-sur-Garde, le 27 octobre 2025"),
        P("Gilles Arnaud-Perrin, maire de Castelnau-sur-Garde, et Nadia Ferhat, présidente de la communauté d’agglomération Garde Ventoux, ont le plaisir de vous convier à l’inauguration de la halle gourmande Saint-Roch, le samedi 8 novembre 2025 à 11 h, rue des Tanneurs.", apos="drop"),
        P("Installée dans l’ancienne manufacture de soie, fermée depuis 1987, la halle accueille 14 commerçants de bouche et un restaurant d’insertion géré par l’association Les Toques Solidaires. Le chantier, mené en 19 mois, a mobilisé 23 entreprises dont 17 du département.", apos="drop"),
        P("Cette opération, au cœur du programme Action cœur de ville, a coûté 6,2 millions d’euros, financés à 40 % par la Ville, à 35 % par l’agglomération et à 25 % par la Région Provence-Alpes-Côte d’Azur et l’État. La maîtrise d’œuvre a été confiée à l’atelier Vidal & Rostan.", apos="drop", oe="drop"),
        L("""Déroulé :
11 h : accueil des invités devant la halle
11 h 15 : visite des étals et rencontre avec les commerçants
12 h : discours et coupé de ruban, suivis d’un vin d’honneur""", apos="drop"),
        L("""Accréditations avant le 5 novembre :
Élodie Marchand, attachée de presse, Ville de Castelnau-sur-Garde – 04 90 61 22 17 / 06 71 24 38 90 – e.marchand@castelnau-sur-garde.example.fr
Thomas Reboul, chargé de communication, Garde Ventoux Agglomération – 04 90 61 45 02 – t.reboul@gardeventoux.example.fr""", apos="drop"),
        B(cg_bottom([("Budget 2026 : les orientations débattues en conseil", "23/10/2025"),
                     ("Semaine bleue : le programme des animations", "01/10/2025")], pdf=None)),
    ],
    gold=dict(
        title="Invitation presse : inauguration de la halle gourmande Saint-Roch",
        dateline=dl(CG_TOWN, "2025-10-27"),
        organisations=[org("communauté d’agglomération Garde Ventoux", None), org("Les Toques Solidaires", None),
                       org("Région Provence-Alpes-Côte d’Azur", None), org("atelier Vidal & Rostan", None)],
        places=[place(CG_TOWN)],
        figures=[
            fig("le 27 octobre 2025", "2025-10-27", None, "date"),
            fig("le samedi 8 novembre 2025 à 11 h", "2025-11-08", None, "date"),
            fig("1987", 1987, None, "year"),
            fig("14 commerçants", 14, "commerçants"),
            fig("19 mois", 19, "mois", "duration"),
            fig("23 entreprises", 23, "entreprises"),
            fig("17", 17, None),
            fig("6,2 millions d’euros", 6200000, "euros", "money", currency="EUR"),
            fig("40 %", 40, "%", "percent"),
            fig("35 %", 35, "%", "percent"),
            fig("25 %", 25, "%", "percent"),
            fig("le 5 novembre", "--11-05", None, "date"),
        ],
        phones=[phone("+33490612217"), phone("+33671243890"), phone("+33490614502")],
        emails=["e.marchand@castelnau-sur-garde.example.fr", "t.reboul@gardeventoux.example.fr"],
        contacts=[
            contact("Élodie Marchand", "attachée de presse", "Ville de Castelnau-sur-Garde", ["+33490612217", "+33671243890"],
                    ["e.marchand@castelnau-sur-garde.example.fr"]),
            contact("Thomas Reboul", "chargé de communication", "Garde Ventoux Agglomération", ["+33490614502"],
                    ["t.reboul@gardeventoux.example.fr"]),
        ],
        notes=CG_NOTE + " Every ’ of the article dropped (lancienne, dinsertion, dœuvre), œ dropped (au c ur, "
              "maîtrise d uvre). Dateline on its own line without dash. The agglomeration appears as 'communauté "
              "d’agglomération Garde Ventoux' and as 'Garde Ventoux Agglomération' in the contact: one organisation, "
              "listed once under its first form (the contact keeps its label as written). "
              "'rue des Tanneurs' (a street of the venue) is not listed as a place. 'Action cœur de ville' is a programme, not an organisation; 'la Ville' and 'l’État' are generic. Times of the "
              "schedule (11 h, 11 h 15, 12 h) are clock times of the day already dated: not figures. 'Avant le 5 "
              "novembre': a date figure without year. 'dont 17 du département': count without noun.",
    ),
))

# --------------------------------------------------------------------------- h42 note d'information crue, stripped accents, old wraps
PAGES.append(Page(
    name="h42-castelnau-crue-garde",
    meta=cg_meta(["stripped-accents", "unaccented-capitals", "hard-wrap"]),
    wrap=74, jitter=8,
    blocks=[
        B(cg_top("Note d’information", "14/11/2025", "ALERTE : vigilance orange crues – consultez vigicrues")),
        P("CRUE DE LA GARDE : POINT DE SITUATION À 18 HEURES", strip=True, nowrap=True),
        P("La Garde a atteint ce vendredi à 15 h 40 la cote de 4,12 mètres à l’échelle du pont Vieux, soit un niveau inédit depuis la crue de novembre 2002. Le pic de crue est attendu dans la nuit, entre 1 h et 4 h du matin, autour de 4,40 mètres.", strip=True),
        P("La cellule de crise, réunie en mairie depuis 7 heures, a fait évacuer préventivement 213 habitants des quartiers des Iscles et de la Filature. Quelque 1⏎480 foyers sont privés d’électricité selon Enedis, qui mobilise 35 techniciens.", strip=True),
        P("À ce stade, aucune victime n’est à déplorer. Les sapeurs-pompiers du Service départemental d’incendie et de secours (SDIS) ont réalisé 46 interventions depuis jeudi, dont 9 mises en sécurité de personnes bloquées dans leur véhicule.", strip=True),
        P("MESURES EN VIGUEUR", strip=True, nowrap=True),
        L("""- fermeture du pont Vieux et de la RD 942 entre les ronds-points de la Gare et des Platanes ;
- fermeture des 6 écoles situées en zone inondable lundi 17 novembre ;
- gymnase Paul-Éluard ouvert comme centre d’hébergement (capacité : 150 lits) ;
- numéro vert de la mairie : 0 800 84 12 30, 24 h sur 24.""", strip=True),
        P("Le maire appelle chacun à la plus grande prudence : « Ne vous engagez jamais sur une route inondée, 30 centimètres d’eau suffisent à emporter une voiture. »", strip=True),
        B(cg_bottom([("Marché de Noël : 62 exposants sur la place du Marché", "02/12/2025"),
                     ("Invitation presse : inauguration de la halle Saint-Roch", "27/10/2025")], pdf=None)),
    ],
    gold=dict(
        title="CRUE DE LA GARDE : POINT DE SITUATION À 18 HEURES",
        dateline=None,
        organisations=[org("Enedis", None), org("Service départemental d’incendie et de secours", "SDIS")],
        places=[place("Garde"), place("pont Vieux"), place("Iscles"), place("Filature")],
        figures=[
            fig("4,12 mètres", 4.12, "mètres", "other"),
            fig("novembre 2002", 2002, None, "year"),
            fig("4,40 mètres", 4.40, "mètres", "other"),
            fig("213 habitants", 213, "habitants"),
            fig("Quelque 1 480 foyers", 1480, "foyers", qualifier="Quelque"),
            fig("35 techniciens", 35, "techniciens"),
            fig("46 interventions", 46, "interventions"),
            fig("9 mises", 9, "mises"),
            fig("6 écoles", 6, "écoles"),
            fig("lundi 17 novembre", "--11-17", None, "date"),
            fig("150 lits", 150, "lits"),
            fig("24 h sur 24", 24, "h", "duration"),
            fig("30 centimètres", 30, "centimètres", "other"),
        ],
        phones=[phone("+33800841230")],
        emails=[],
        contacts=[],
        notes=CG_NOTE + " The whole article lost its accents (title in capitals without accents: 'A 18 HEURES'; "
              "'metres', 'evacuer', 'Paul-Eluard'); the clean text restores them. Old-CMS hard wraps, one through "
              "'Quelque 1'⏎'480'. Clock times of the day ('à 15 h 40', 'entre 1 h et 4 h', 'depuis 7 heures', "
              "'18 heures' in the title) are not figures (new convention). 'novembre 2002' dates a past flood with a "
              "month and no day: a year figure whose text keeps the month (new convention). 'RD 942' is a road name. "
              "'0 800 84 12 30' is the town's freephone line: listed in phones, but no contact (a public service line "
              "in a list of measures, not a press contact; uncertain). 'pont Vieux', 'Iscles', 'Filature' are local "
              "places (the roundabouts 'de la Gare' and 'des Platanes' are not listed). '24 h sur 24': listed as a duration (uncertain). No dateline.",
    ),
))

# --------------------------------------------------------------------------- h43 interview Q&A, cp1252 on some lines, lost €
PAGES.append(Page(
    name="h43-castelnau-entretien-plan-velo",
    meta=cg_meta(["mojibake-cp1252", "lost-euro"]),
    blocks=[
        B(cg_top("Entretien", "05/09/2025")),
        P("Plan vélo : « 22 kilomètres de pistes d’ici 2028 », trois questions à Sonia Kebaili"),
        P("Adjointe au maire chargée des mobilités, Sonia Kebaili présente le plan vélo adopté le 4 septembre par le conseil municipal."),
        P("Pourquoi un plan vélo maintenant ?", moji="cp1252"),
        P("Parce que la demande est là. Nos comptages montrent une hausse de 31 % des passages de vélos sur le pont Vieux en deux ans. Mais près d’un habitant sur deux nous dit ne pas se sentir en sécurité à vélo en centre-ville.", moji="cp1252"),
        P("Que prévoit-il concrètement ?"),
        P("Nous passons de 9 à 22 kilomètres d’aménagements cyclables d’ici 2028, avec une priorité aux trajets domicile-école. Nous installerons aussi 400 arceaux et deux abris sécurisés à la gare. L’investissement total est de 3,4 millions €, dont 1,2 million € attendus du Fonds vert de l’État.", noeuro=True),
        P("Et pour ceux qui n’ont pas de vélo ?", moji="cp1252"),
        P("La Ville double son aide à l’achat d’un vélo à assistance électrique : elle passe à 300 € pour les ménages non imposables, dans la limite de 250 dossiers par an. Un atelier de réparation solidaire ouvrira au printemps avec l’association Roue Libre Garde.", noeuro=True, moji=("cp1252", [0])),
        P("Propos recueillis par le service communication."),
        B(cg_bottom([("Rentrée scolaire : 2 614 élèves dans les écoles publiques", "01/09/2025"),
                     ("Été 2025 : bilan des animations", "28/08/2025")], pdf="Télécharger le plan vélo (PDF, 3,1 Mo)")),
    ],
    gold=dict(
        title="Plan vélo : « 22 kilomètres de pistes d’ici 2028 », trois questions à Sonia Kebaili",
        dateline=None,
        organisations=[org("Roue Libre Garde", None)],
        places=[place("pont Vieux")],
        figures=[
            fig("22 kilomètres", 22, "kilomètres", "other"),
            fig("2028", 2028, None, "year"),
            fig("trois questions", 3, "questions"),
            fig("le 4 septembre", "--09-04", None, "date"),
            fig("31 %", 31, "%", "percent"),
            fig("deux ans", 2, "ans", "duration"),
            fig("9", 9, None, "other"),
            fig("400 arceaux", 400, "arceaux"),
            fig("deux abris", 2, "abris"),
            fig("3,4 millions €", 3400000, "€", "money", currency="EUR"),
            fig("1,2 million €", 1200000, "€", "money", currency="EUR"),
            fig("300 €", 300, "€", "money", currency="EUR"),
            fig("250 dossiers", 250, "dossiers"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=CG_NOTE + " Three-question interview: questions and answers are article lines. Two questions and two "
              "answers (one only on its first line) are UTF-8 read as cp1252; the other lines are clean. Every € of the "
              "body was lost ('3,4 millions , dont', '300  pour'). 'de 9 à 22 kilomètres' is a range: '9' (other, "
              "km scale) and '22 kilomètres' (already listed from the title, not repeated). 'près d’un habitant sur "
              "deux': a vague ratio, not listed (uncertain). 'Fonds vert de l’État' is a state fund (programme), not an "
              "organisation; the town council is not an organisation. 'Propos recueillis par ...' is a byline-like "
              "trailer kept as article text (it is part of the interview as published). No dateline, no contact.",
    ),
))

# --------------------------------------------------------------------------- h44 bilan festival, glued headings, lost dashes
PAGES.append(Page(
    name="h44-castelnau-bilan-festival",
    meta=cg_meta(["heading-glued", "lost-dash", "double-space"]),
    blocks=[
        B(cg_top("Communiqué", "25/07/2025")),
        P("Festival Garde en Scène : une 12e édition record avec 41 500 spectateurs"),
        P("Castelnau-sur-Garde – Le festival des arts de la rue Garde en Scène a refermé ses portes dimanche 20 juillet après quatre jours de spectacles. La fréquentation progresse de 18 % par rapport à 2024, portée par la programmation gratuite du parc de la Filature.", nodash=" "),
        P("Chiffres clés"),
        L("""86 compagnies dont 11 venues de Belgique, de Suisse et du Québec
214 représentations, dont 160 gratuites
320 bénévoles mobilisés
un budget de 685 000 €, financé à 62 % par la Ville""", glue=True),
        P("Une édition sous le signe de la sobriété"),
        P("Pour la première fois, le festival a supprimé les gobelets jetables : 38 000 écocups ont été distribuées contre une consigne de 1 €. Les déchets non triés ont baissé d’environ un tiers. Les navettes gratuites – 7 lignes au départ des villages voisins – ont transporté 5 200 voyageurs.", glue=True, nodash=" "),
        P("« Garde en Scène est devenu un rendez-vous de toute la région », se réjouit Karim Bensaïd, directeur artistique de la compagnie Les Passants, qui organise le festival depuis 2014. La 13e édition aura lieu du 16 au 19 juillet 2026."),
        B(cg_bottom([("Plan canicule : les lieux frais ouverts au public", "15/07/2025"),
                     ("Conseil municipal du 10 juillet : les principales délibérations", "11/07/2025")])),
    ],
    gold=dict(
        title="Festival Garde en Scène : une 12e édition record avec 41 500 spectateurs",
        dateline=dl(CG_TOWN, None),
        organisations=[org("Les Passants", None)],
        places=[place(CG_TOWN), place("Filature"), place("Belgique", "BE"), place("Suisse", "CH"), place("Québec")],
        figures=[
            fig("12e", 12, None, "ordinal"),
            fig("41 500 spectateurs", 41500, "spectateurs"),
            fig("dimanche 20 juillet", "--07-20", None, "date"),
            fig("quatre jours", 4, "jours", "duration"),
            fig("18 %", 18, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("86 compagnies", 86, "compagnies"),
            fig("11", 11, None),
            fig("214 représentations", 214, "représentations"),
            fig("160", 160, None),
            fig("320 bénévoles", 320, "bénévoles"),
            fig("685 000 €", 685000, "€", "money", currency="EUR"),
            fig("62 %", 62, "%", "percent"),
            fig("38 000 écocups", 38000, "écocups"),
            fig("1 €", 1, "€", "money", currency="EUR"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("7 lignes", 7, "lignes"),
            fig("5 200 voyageurs", 5200, "voyageurs"),
            fig("2014", 2014, None, "year"),
            fig("13e", 13, None, "ordinal"),
            fig("16", "2026-07-16", None, "date"),
            fig("19 juillet 2026", "2026-07-19", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=CG_NOTE + " Two headings glued to the next text ('Chiffres clés86 compagnies', 'sobriétéPour'); en dashes "
              "lost and left as double spaces. Dateline 'Castelnau-sur-Garde –' without a date. 'par rapport à "
              "2024' and 'depuis 2014': year figures without a preposition in their text. '12e édition'/'13e édition': ordinals. "
              "'dont 11 venues de ...', 'dont 160 gratuites': counts without noun. 'du 16 au 19 juillet 2026' is a date "
              "range. 'Garde en Scène' is a festival (event), not an organisation; 'la Ville' is generic. Belgique, "
              "Suisse and Québec are places of origin of companies.",
    ),
))

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h45 AMP page dump, Congo-Brazzaville, cp1250, œ as ?
PAGES.append(Page(
    name="h45-bassin-infos-amp-polio",
    meta={"site": "amp.bassin-infos.example.cg", "style": "amp-mobile-dump",
          "defects": ["menu", "duplicate-title", "duplicate-caption", "mojibake-cp1250", "oe-question-mark",
                      "share-lines", "ticker"]},
    blocks=[
        B("""Voir la version complète du site
☰
BASSIN INFOS
🔍
Publicité
Société › Santé"""),
        P("Poliomyélite : 312 000 enfants ciblés par une riposte vaccinale dans le Pool et la Bouenza"),
        B("""Poliomyélite : 312 000 enfants ciblés par une riposte vaccinale dans le Pool et la Bouenza
Par la rédaction · 3 min de lecture · 12/06/2025
Partager sur WhatsApp | Facebook | Copier le lien"""),
        P("Une vaccinatrice administre les gouttes à un nourrisson, à Kinkala. © Bassin Infos"),
        B("Une vaccinatrice administre les gouttes à un nourrisson, à Kinkala. © Bassin Infos"),
        P("Brazzaville, 12/06/2025 (ACI) – Le ministère de la Santé et de la Population lance vendredi une campagne de riposte contre le poliovirus dans les départements du Pool et de la Bouenza, après la détection de deux cas chez des enfants non vaccinés.", moji="cp1250"),
        P("Pendant quatre jours, 1 450 équipes iront de porte en porte pour administrer le vaccin oral à quelque 312 000 enfants de 0 à 59 mois. L’opération est appuyée par l’Organisation mondiale de la santé (OMS) et le Fonds des Nations unies pour l’enfance (UNICEF), qui ont fourni 380 000 doses.", moji="cp1250"),
        P("« Nous devons atteindre au moins 95 % de couverture pour interrompre la circulation du virus », a déclaré le Dr Arsène Mabiala, directeur de la lutte contre la maladie. Lors de la dernière campagne, en 2023, la couverture n’avait été que de 87 % dans le district de Kindamba."),
        P("Le coût de la riposte est estimé à 2,3 milliards de francs CFA. Les autorités sanitaires ont mis en œuvre un dispositif de sensibilisation avec les chefs de quartier et les leaders religieux, au cœur des villages les plus réticents.", oe="?", moji=("cp1250", [0])),
        P("Les parents qui constatent une paralysie soudaine chez un enfant sont invités à se signaler au centre de santé le plus proche ou au numéro vert 3434."),
        P("Pour les médias, le Dr Mabiala est joignable au 06 612 34 56."),
        B("""#Santé #Vaccination #Pool
LIRE AUSSI
Pointe-Noire : le port autonome franchit le cap du million de conteneurs
Dolisie : la RN1 rouverte après l’éboulement
Brazzaville : grève des enseignants du privé
Voir la version complète du site | Mentions légales
© 2025 Bassin Infos. Tous droits réservés."""),
    ],
    gold=dict(
        title="Poliomyélite : 312 000 enfants ciblés par une riposte vaccinale dans le Pool et la Bouenza",
        dateline=dl("Brazzaville", "2025-06-12"),
        organisations=[org(None, "ACI"), org("ministère de la Santé et de la Population", None),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF")],
        places=[place("Pool"), place("Bouenza"), place("Kinkala"), place("Brazzaville"), place("Kindamba")],
        figures=[
            fig("312 000 enfants", 312000, "enfants"),
            fig("12/06/2025", "2025-06-12", None, "date"),
            fig("deux cas", 2, "cas"),
            fig("quatre jours", 4, "jours", "duration"),
            fig("1 450 équipes", 1450, "équipes"),
            fig("quelque 312 000 enfants", 312000, "enfants", qualifier="quelque"),
            fig("0", 0, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("380 000 doses", 380000, "doses"),
            fig("au moins 95 %", 95, "%", "percent", qualifier="au moins"),
            fig("en 2023", 2023, None, "year"),
            fig("87 %", 87, "%", "percent"),
            fig("2,3 milliards de francs CFA", 2300000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[phone("+242066123456")],
        emails=[],
        contacts=[contact("Arsène Mabiala", None, None, ["+242066123456"])],
        notes="AMP page dump of a Congolese (Brazzaville) news site: 'full site' link, hamburger, search icon, ad "
              "slot, category line, byline/reading-time/date line, share line, tags, 'LIRE AUSSI' headlines, footer. "
              "Title and caption printed twice (the second copies are boilerplate). The dateline paragraph and the next "
              "are UTF-8 read as cp1250 (ĂŠ, â€™ shapes), then one line where œ became '?' after the same mojibake. "
              "Dateline with a numeric date and an agency: 'Brazzaville, 12/06/2025 (ACI) –' (ACI never spelt out: "
              "acronym only). Congo uses the Central African franc: XAF. '0 à 59 mois': age range. '312 000 enfants' "
              "(title) and 'quelque 312 000 enfants' differ in text: both listed. The freephone '3434' is a short "
              "number: not a phone, not a figure (uncertain). The media contact sits in a body sentence with a person "
              "('le Dr Mabiala', listed under the full name the body gives him, uncertain) and a phone; the role given earlier in the body is not the contact's role (contact roles come from the "
              "contact itself). The 'LIRE AUSSI' ticker's RN1 and places are boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h46 press kit with short sections, TOC, hidden e-mail
PAGES.append(Page(
    name="h46-regards-du-sud-dossier-presse",
    meta={"site": "festival.regardsdusud.example.be", "style": "press-kit",
          "defects": ["dot-leaders", "hidden-email", "mixed-quotes", "page-furniture"]},
    blocks=[
        B("""Espace presse › Dossiers de presse › 2025
Dossier de presse – 9e Festival Regards du Sud
Télécharger le dossier complet (PDF) | Photos HD (ZIP, 84 Mo)"""),
        P("Festival Regards du Sud 2025 : le documentaire africain à Bruxelles du 6 au 15 novembre"),
        B("""SOMMAIRE
Édito ........................................ 2
Le festival en chiffres ...................... 3
Programmation ................................ 4
Partenaires .................................. 6
Contacts presse .............................. 7"""),
        P("Édito"),
        P("Pour sa 9e édition, Regards du Sud présente 58 films de 21 pays, dont 34 en première belge. Le festival s'ouvre cette année à la jeune création sahélienne, avec une sélection de courts métrages tournés au Niger, au Mali et au Burkina Faso."),
        P("“Le documentaire reste le meilleur antidote aux clichés”, écrit la directrice du festival, Awa Sidibé-Claes, qui rappelle que la manifestation est née en 2016 dans une salle paroissiale de 80 places."),
        B("— 2 —"),
        P("Le festival en chiffres"),
        L("""58 films, dont 34 premières belges
10 jours de projections dans 4 lieux
12 400 spectateurs attendus, contre 10 900 en 2024
un budget de 412 000 euros"""),
        P("Programmation"),
        P("Le film d'ouverture, « Les Gardiennes du fleuve » de Mariam Traoré, suit pendant deux ans trois pêcheuses de Mopti. La séance de clôture, le 15 novembre à 20 h, sera suivie d'un concert au Botanique."),
        B("— 4 —"),
        P("Partenaires"),
        P("Le festival est soutenu par la Fédération Wallonie-Bruxelles, la Commission communautaire française (COCOF), Wallonie-Bruxelles International (WBI) et l'Organisation internationale de la Francophonie (OIF)."),
        L("""Contacts presse
Bruxelles : Lise Vandenbroucke – +32 2 512 34 67 – +32 475 12 34 56 – [email protected]
Paris : Hugo Mercier, attaché de presse, agence Plan Séquence – 01 44 59 27 80 – hugo@planséquence.example.fr"""
          .replace("hugo@planséquence.example.fr", "h.mercier@plansequence.example.fr")),
        B("Regards du Sud asbl – Rue de la Victoire 112 – 1060 Saint-Gilles – BCE 0654.987.321"),
    ],
    gold=dict(
        title="Festival Regards du Sud 2025 : le documentaire africain à Bruxelles du 6 au 15 novembre",
        dateline=None,
        organisations=[org("Fédération Wallonie-Bruxelles", None),
                       org("Commission communautaire française", "COCOF"),
                       org("Wallonie-Bruxelles International", "WBI"),
                       org("Organisation internationale de la Francophonie", "OIF"),
                       org("Plan Séquence", None)],
        places=[place("Bruxelles"), place("Niger", "NE"), place("Mali", "ML"), place("Burkina Faso", "BF"),
                place("Mopti"), place("Paris")],
        figures=[
            fig("6", "--11-06", None, "date"),
            fig("15 novembre", "--11-15", None, "date"),
            fig("9e", 9, None, "ordinal"),
            fig("58 films", 58, "films"),
            fig("21 pays", 21, "pays"),
            fig("34", 34, None),
            fig("en 2016", 2016, None, "year"),
            fig("80 places", 80, "places"),
            fig("34 premières", 34, "premières"),
            fig("10 jours", 10, "jours", "duration"),
            fig("4 lieux", 4, "lieux"),
            fig("12 400 spectateurs", 12400, "spectateurs"),
            fig("10 900", 10900, None),
            fig("en 2024", 2024, None, "year"),
            fig("412 000 euros", 412000, "euros", "money", currency="EUR"),
            fig("deux ans", 2, "ans", "duration"),
            fig("trois pêcheuses", 3, "pêcheuses"),
            fig("le 15 novembre à 20 h", "--11-15", None, "date"),
        ],
        phones=[phone("+3225123467"), phone("+32475123456"), phone("+33144592780")],
        emails=["h.mercier@plansequence.example.fr"],
        hidden_emails=1,
        contacts=[
            contact("Lise Vandenbroucke", None, None, ["+3225123467", "+32475123456"], []),
            contact("Hugo Mercier", "attaché de presse", "agence Plan Séquence", ["+33144592780"],
                    ["h.mercier@plansequence.example.fr"]),
        ],
        notes="Press-kit page of a Brussels documentary festival: several short sections with headings (article "
              "lines), a dot-leader table of contents and '— n —' page marks (boilerplate), a download line and a "
              "footer with postcode 1060 and company number (BCE) traps. One contact block holds two people with "
              "place labels ('Bruxelles :', 'Paris :', not organisations); the first e-mail is hidden. Quotes mixed "
              "(“ ” and « »), apostrophes straight. '6 au 15 novembre' (title) is a date range: '6' and '15 novembre'; "
              "'le 15 novembre à 20 h' is a different text (date with a clock time): listed too. 'Festival Regards du Sud 2025' (title) names the "
              "edition: its year is not a figure, like a plan's year (uncertain). 'Regards du Sud' is "
              "the festival (its asbl appears only in the footer): not listed (uncertain). Le Botanique is a venue. "
              "'12 400 spectateurs attendus, contre 10 900 en 2024': '10 900' without noun. No dateline. The Paris "
              "number has no country code: French by the contact's city label.",
    ),
))

# --------------------------------------------------------------------------- h47 Central African ministry, one-line menu, ’ as space
PAGES.append(Page(
    name="h47-sante-rca-ministere-cholera",
    meta={"site": "sante.gouv-rca.example.cf", "style": "ministry-oneline-menu",
          "defects": ["menu", "lost-apostrophe", "unaccented-capitals", "stripped-accents", "space-before-comma"]},
    blocks=[
        B("Accueil | Le Ministère | Le Ministre | Directions générales | Programmes | Hôpitaux et districts | Épidémies | Appels d'offres | Recrutements | Textes officiels | Publications | Galerie | Contact | English"),
        P("Riposte au choléra dans la Lobaye : le ministère déploie 3 équipes mobiles supplémentaires"),
        P("RÉPUBLIQUE CENTRAFRICAINE", strip=True),
        P("Unité – Dignité – Travail", strip=True),
        P("MINISTÈRE DE LA SANTÉ ET DE LA POPULATION", strip=True),
        P("COMMUNIQUÉ DE PRESSE N° 017/MSP/CAB/25", strip=True),
        P("Bangui, le 22 août 2025. Le ministère de la Santé et de la Population informe l’opinion nationale et internationale qu’à la date du 21 août 2025, 148 cas suspects de [[choléra ,||choléra,]] dont 6 décès, ont été notifiés dans les sous-préfectures de Mbaïki et de Boda, soit une létalité de 4,1 %.", apos="space"),
        P("Face à cette situation, le ministère a déployé trois équipes mobiles supplémentaires, ouvert deux centres de traitement du choléra d’une capacité totale de 60 lits et prépositionné 12 tonnes d’intrants, avec l’appui de Médecins Sans Frontières (MSF) et de l’Organisation mondiale de la Santé (OMS).", apos="space"),
        P("Une campagne de vaccination orale ciblant 95 000 personnes âgées d’un an et plus débutera le 28 août pour une durée de 5 jours. Son coût, estimé à 184 millions de [[francs CFA ,||francs CFA,]] est couvert par l’Alliance du vaccin (Gavi).", apos="space"),
        P("Le ministère rappelle les gestes qui sauvent : se laver les mains au savon, boire de l’eau traitée et consulter sans délai en cas de diarrhée aiguë.", apos="space"),
        L("""Fait à Bangui, le 22 août 2025
Le Ministre de la Santé et de la Population
Pr Jean-Marc Gbazia""", strip=True),
        B("© 2025 Ministère de la Santé et de la Population – Avenue Boganda, BP 883 Bangui – Tous droits réservés | Visiteurs : 214 587"),
    ],
    gold=dict(
        title="Riposte au choléra dans la Lobaye : le ministère déploie 3 équipes mobiles supplémentaires",
        dateline=dl("Bangui", "2025-08-22"),
        organisations=[org("ministère de la Santé et de la Population", None),
                       org("Médecins Sans Frontières", "MSF"), org("Organisation mondiale de la Santé", "OMS"),
                       org("Alliance du vaccin", "Gavi")],
        places=[place("RÉPUBLIQUE CENTRAFRICAINE", "CF"), place("Lobaye"), place("Bangui"), place("Mbaïki"), place("Boda")],
        figures=[
            fig("3 équipes", 3, "équipes"),
            fig("le 22 août 2025", "2025-08-22", None, "date"),
            fig("21 août 2025", "2025-08-21", None, "date"),
            fig("148 cas", 148, "cas"),
            fig("6 décès", 6, "décès"),
            fig("4,1 %", 4.1, "%", "percent"),
            fig("trois équipes", 3, "équipes"),
            fig("deux centres", 2, "centres"),
            fig("60 lits", 60, "lits"),
            fig("12 tonnes", 12, "tonnes", "other"),
            fig("95 000 personnes", 95000, "personnes"),
            fig("le 28 août", "--08-28", None, "date"),
            fig("5 jours", 5, "jours", "duration"),
            fig("184 millions de francs CFA", 184000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Central African ministry page whose whole menu is one long line of labels joined by '|'; footer "
              "line with BP box and a visitor counter. The CMS title comes first; the release below it starts with its letterhead lines (country in capitals without accents, "
              "motto, ministry in capitals without accents) are article text, repaired with accents; the release "
              "number line ('N° 017/MSP/CAB/25') is a reference: article text, not a figure. Every ’ is a space "
              "('l opinion', 'qu à', 'd intrants'); the straight ' of the menu is intact. Space before a comma twice (repaired in the clean text). Dateline 'Bangui, le 22 août 2025.' ends with a full stop. The ministry is listed once under "
              "its body form as written, lower-case ministère (its capital letterhead is the same body). 'à la date du 21 août 2025': a date "
              "figure without 'le'. 'âgées d’un an et plus': 'un' is not a figure (README). The closing 'Fait à Bangui' line "
              "is a signature: no contact. Its date repeats the dateline figure.",
    ),
))

# --------------------------------------------------------------------------- h48 NGO report page with footnotes and image credits, old wraps
PAGES.append(Page(
    name="h48-omdh-nouakchott-pecheurs",
    meta={"site": "observatoire-littoral.example.mr", "style": "footnotes-credits",
          "defects": ["menu", "hard-wrap", "wrapped-number", "lost-oe", "page-furniture"]},
    wrap=70, jitter=9,
    blocks=[
        B("""Observatoire du littoral mauritanien
Accueil
Nos études
Nos études
Actualités
Adhérer
العربية"""),
        P("Pêche artisanale : à Nouadhibou, les revenus des pêcheurs ont chuté de 38 % en cinq ans", nowrap=True),
        B("Publié le 30 avril 2025 par l’équipe de recherche · 6 minutes de lecture"),
        P("Nouakchott (Mauritanie) – L’Observatoire du littoral mauritanien (OLM) publie ce mercredi une enquête menée auprès de 1 210 pêcheurs artisanaux de Nouadhibou et de Nouakchott¹. Elle montre que leur revenu mensuel moyen est passé de 14 800 ouguiyas en 2019 à 9 170 ouguiyas en 2024, soit une baisse de 38 %."),
        P("Les pêcheurs interrogés attribuent ce recul à la raréfaction du poulpe et de la courbine, mais aussi à la concurrence des usines de farine de poisson : 31 usines étaient en activité sur la côte en 2024, contre 4 en 2010². Chacune transforme jusqu’à 40 000 tonnes de poisson par an."),
        P("Photo : débarquement de pirogues sur la plage de Nouadhibou. Crédit : Mohamed Lemine / OLM, 2024", nowrap=True),
        P("« La mer se vide sous nos yeux, et nos enfants partent », témoigne Sidi Ould Ahmed, capitaine d’une pirogue de 14 mètres. Près de 60 % des jeunes pêcheurs interrogés envisagent d’émigrer. L’OLM appelle le ministère des Pêches et de l’Économie maritime à geler toute nouvelle licence et à mettre en œuvre le plan d’aménagement de la pêcherie du poulpe.", oe="drop"),
        P("Méthodologie", nowrap=True),
        P("Les entretiens ont été réalisés entre octobre 2024 et février 2025 dans 7 ports et points de débarquement, avec l’appui de l’Institut mauritanien de recherches océanographiques et des pêches (IMROP)."),
        L("""Contact : Mariem Mint Ahmedou, chargée de plaidoyer – +222 45 25 31 70 / 36 45 12 90 – contact@observatoire-littoral.example.mr"""),
        P("¹ Échantillon stratifié par port ; marge d’erreur de 2,8 points.", nowrap=True),
        P("² Données du ministère compilées par l’OLM.", nowrap=True),
        B("""Crédits photos : OLM, Fotolia
Mots-clés : pêche, littoral, migration
Partager : f · t · in
Lire la suite de nos études ›
Observatoire du littoral mauritanien – Îlot K, lot 112 – BP 5120 Nouakchott"""),
    ],
    gold=dict(
        title="Pêche artisanale : à Nouadhibou, les revenus des pêcheurs ont chuté de 38 % en cinq ans",
        dateline=dl("Nouakchott", None),
        organisations=[org("Observatoire du littoral mauritanien", "OLM"),
                       org("ministère des Pêches et de l’Économie maritime", None),
                       org("Institut mauritanien de recherches océanographiques et des pêches", "IMROP")],
        places=[place("Nouadhibou"), place("Nouakchott"), place("Mauritanie", "MR")],
        figures=[
            fig("38 %", 38, "%", "percent"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("1 210 pêcheurs", 1210, "pêcheurs"),
            fig("14 800 ouguiyas", 14800, "ouguiyas", "money", currency="MRU"),
            fig("en 2019", 2019, None, "year"),
            fig("9 170 ouguiyas", 9170, "ouguiyas", "money", currency="MRU"),
            fig("en 2024", 2024, None, "year"),
            fig("31 usines", 31, "usines"),
            fig("4", 4, None),
            fig("en 2010", 2010, None, "year"),
            fig("jusqu’à 40 000 tonnes", 40000, "tonnes", "other", qualifier="jusqu’à"),
            fig("14 mètres", 14, "mètres", "other"),
            fig("Près de 60 %", 60, "%", "percent", qualifier="Près de"),
            fig("octobre 2024", 2024, None, "year"),
            fig("février 2025", 2025, None, "year"),
            fig("7 ports", 7, "ports"),
            fig("2,8 points", 2.8, "points", "other"),
        ],
        phones=[phone("+22245253170"), phone("+22236451290")],
        emails=["contact@observatoire-littoral.example.mr"],
        contacts=[contact("Mariem Mint Ahmedou", "chargée de plaidoyer", None, ["+22245253170", "+22236451290"],
                          ["contact@observatoire-littoral.example.mr"])],
        notes="Mauritanian NGO study page scraped with its footnote marks (¹ ²), the footnotes themselves, an image "
              "caption with a photo credit, and the credit/keyword/share lines. Old-CMS hard wraps. An Arabic language "
              "link in the menu. The footnotes and the caption with its credit are article text (the site prints them "
              "once, inside the article); footnote marks and the credit year ('OLM, 2024') are not figures. Ouguiyas: "
              "the current ouguiya, MRU. 'en 2024' appears twice (one figure). 'entre octobre 2024 et février 2025': a "
              "period of month-years, listed as two year figures with the month in their text (same convention as "
              "h42). 'marge d’erreur de 2,8 points': a measure, kind other. Dateline 'Nouakchott (Mauritanie) –' "
              "without date; the place in brackets is a country (listed). The second number after '/' is a Mauritanian "
              "mobile. The Arabic menu label and the BP box in the footer are boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h49 UN agency note d'information, bulleted key figures, glued headings
PAGES.append(Page(
    name="h49-hcr-burundi-note-rapatriement",
    meta={"site": "hcr-burundi.example.org", "style": "agency-briefing-note",
          "defects": ["breadcrumb", "heading-glued", "body-glued", "lost-oe", "cookie-banner", "share-lines"]},
    blocks=[
        B("""Nous utilisons des cookies pour améliorer votre expérience. Accepter | Refuser | Personnaliser
HCR Burundi
Accueil / Où nous travaillons / Burundi / Notes d’information"""),
        P("Note d’information : le HCR a accompagné le retour de 52 300 réfugiés burundais depuis janvier"),
        P("Bujumbura, 7 octobre 2025"),
        P("Voici un résumé de ce qu’a déclaré la représentante du HCR au Burundi, Ingrid Van der Meulen, lors de la conférence de presse de ce jour à Bujumbura."),
        P("Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a facilité depuis le 1er janvier le rapatriement volontaire de 52 300 réfugiés burundais, dont 41 600 depuis la Tanzanie et 8 900 depuis la République démocratique du Congo. Les autres sont revenus du Rwanda et de l’Ouganda."),
        P("Chiffres clés"),
        L("""• 52 300 rapatriés depuis le 1er janvier 2025
• 3 centres de transit (Gitara, Nyabitare, Songore)
• 79 % de femmes et d’enfants
• un kit de retour de 150 dollars par adulte et 75 dollars par enfant
• 18 % du budget 2025 financé (117,4 millions de dollars requis)""", glue=True),
        P("Une réintégration fragile"),
        P("À leur arrivée dans les provinces de Makamba, Muyinga et Ruyigi, les familles retrouvent souvent des terres occupées ou des maisons détruites. Le HCR et l’Organisation internationale pour les migrations (OIM) ont construit 2 140 abris depuis 2024 et financé 460 microprojets.", glue=True),
        P("« Nous ne pouvons pas laisser ces retours devenir des départs différés », a prévenu Mme Van der Meulen, citant les 6 000 personnes reparties en 2024 faute de moyens de subsistance. Le HCR appelle les bailleurs à soutenir les Œuvres diocésaines et les coopératives agricoles qui embauchent les rapatriés.", glue=True, oe="drop"),
        L("""Pour plus d’informations :
À Bujumbura : Jean-Claude Niyonzima, niyonzim@unhcr.org, +257 79 41 23 56
À Genève : Clara Moreau-Lindqvist, moreaucl@unhcr.org, +41 79 217 84 30"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Articles similaires
Tanzanie : les départs vers le Burundi reprennent – 12 septembre 2025
Journée mondiale du réfugié 2025 au Burundi – 20 juin 2025
© HCR 2025 | Politique de confidentialité | Contact"""),
    ],
    gold=dict(
        title="Note d’information : le HCR a accompagné le retour de 52 300 réfugiés burundais depuis janvier",
        dateline=dl("Bujumbura", "2025-10-07"),
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("Organisation internationale pour les migrations", "OIM")],
        places=[place("Bujumbura"), place("Burundi", "BI"), place("Tanzanie", "TZ"),
                place("République démocratique du Congo", "CD"), place("Rwanda", "RW"), place("Ouganda", "UG"),
                place("Gitara"), place("Nyabitare"), place("Songore"), place("Makamba"), place("Muyinga"),
                place("Ruyigi"), place("Genève")],
        figures=[
            fig("52 300 réfugiés", 52300, "réfugiés"),
            fig("7 octobre 2025", "2025-10-07", None, "date"),
            fig("le 1er janvier", "--01-01", None, "date"),
            fig("41 600", 41600, None),
            fig("8 900", 8900, None),
            fig("52 300 rapatriés", 52300, "rapatriés"),
            fig("le 1er janvier 2025", "2025-01-01", None, "date"),
            fig("3 centres", 3, "centres"),
            fig("79 %", 79, "%", "percent"),
            fig("150 dollars", 150, "dollars", "money", currency="USD"),
            fig("75 dollars", 75, "dollars", "money", currency="USD"),
            fig("18 %", 18, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("117,4 millions de dollars", 117400000, "dollars", "money", currency="USD"),
            fig("2 140 abris", 2140, "abris"),
            fig("2024", 2024, None, "year"),
            fig("460 microprojets", 460, "microprojets"),
            fig("6 000 personnes", 6000, "personnes"),
            fig("en 2024", 2024, None, "year"),
        ],
        phones=[phone("+25779412356"), phone("+41792178430")],
        emails=["niyonzim@unhcr.org", "moreaucl@unhcr.org"],
        contacts=[contact("Jean-Claude Niyonzima", None, None, ["+25779412356"], ["niyonzim@unhcr.org"]),
                  contact("Clara Moreau-Lindqvist", None, None, ["+41792178430"], ["moreaucl@unhcr.org"])],
        notes="UN refugee agency 'note d’information' (briefing summary) with a bulleted key-figures list. Cookie banner, "
              "site name and breadcrumb at the top; share line, related articles with dates and footer at the bottom. "
              "Headings glued to the next text ('Chiffres clés• 52 300', 'fragileÀ leur'); a paragraph glued to the "
              "next one ('microprojets.« Nous'); a capital Œ dropped ('les uvres diocésaines'). Dateline on its own "
              "line without 'le'. 'budget 2025' dates the year's budget: a year figure '2025' (like 'Budget 2026' on h40). 'depuis 2024' and 'en 2024' differ in text: '2024' and 'en 2024' both listed. "
              "'Les Œuvres diocésaines' are not named as a formal organisation (generic): not listed (uncertain). "
              "Place labels 'À Bujumbura :', 'À Genève :' are not organisations; Genève is listed as the city of an "
              "office label.",
    ),
))

# --------------------------------------------------------------------------- h50 clean government release, no defect at all
PAGES.append(Page(
    name="h50-monaco-gouvernement-mer",
    meta={"site": "gouvernement.example.mc", "style": "government-clean", "defects": []},
    blocks=[
        P("Le Gouvernement Princier renforce la protection de la réserve sous-marine du Larvotto"),
        P("Monaco, le 2 octobre 2025 – Le Gouvernement Princier a présenté ce jeudi un plan de gestion de la réserve sous-marine du Larvotto pour la période 2025-2030. Doté de 4,6 millions d’euros, il prévoit de porter la surface protégée de 33 à 42 hectares et d’interdire tout mouillage dans la zone des herbiers de posidonies."),
        P("Depuis 2021, les plongées scientifiques menées par le Musée océanographique de Monaco ont recensé plus de 320 espèces dans la réserve, dont la grande nacre, en fort déclin dans toute la Méditerranée. La densité des herbiers a progressé de 12 % en quatre ans."),
        P("Le plan comprend l’installation de 18 bouées d’amarrage écologiques, un suivi acoustique des cétacés en partenariat avec l’Accord sur la conservation des cétacés de la mer Noire, de la Méditerranée et de la zone Atlantique adjacente (ACCOBAMS), et une campagne de sensibilisation destinée aux quelque 9 000 plaisanciers qui fréquentent chaque été les eaux monégasques."),
        P("« Protéger la mer, c’est protéger notre avenir », a souligné la Conseillère de Gouvernement-Ministre de l’Équipement, de l’Environnement et de l’Urbanisme lors de la présentation, au Yacht Club de Monaco."),
        L("""Contact presse :
Direction de la Communication
Laure Castellini, chargée de mission
Tél. : +377 98 98 22 41
laure.castellini@gouv.example.mc"""),
    ],
    gold=dict(
        title="Le Gouvernement Princier renforce la protection de la réserve sous-marine du Larvotto",
        dateline=dl("Monaco", "2025-10-02"),
        organisations=[org("Gouvernement Princier", None), org("Musée océanographique de Monaco", None),
                       org("Accord sur la conservation des cétacés de la mer Noire, de la Méditerranée et de la zone Atlantique adjacente", "ACCOBAMS"),
                       org("Yacht Club de Monaco", None)],
        places=[place("Larvotto"), place("Monaco", "MC"), place("Méditerranée")],
        figures=[
            fig("le 2 octobre 2025", "2025-10-02", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("4,6 millions d’euros", 4600000, "euros", "money", currency="EUR"),
            fig("33", 33, None, "other"),
            fig("42 hectares", 42, "hectares", "other"),
            fig("2021", 2021, None, "year"),
            fig("plus de 320 espèces", 320, "espèces", qualifier="plus de"),
            fig("12 %", 12, "%", "percent"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("18 bouées", 18, "bouées"),
            fig("quelque 9 000 plaisanciers", 9000, "plaisanciers", qualifier="quelque"),
        ],
        phones=[phone("+37798982241")],
        emails=["laure.castellini@gouv.example.mc"],
        contacts=[contact("Laure Castellini", "chargée de mission", "Direction de la Communication", ["+37798982241"],
                          ["laure.castellini@gouv.example.mc"])],
        notes="A government release with no defect and no boilerplate at all. 'pour la période 2025-2030' is a range of "
              "years: two year figures '2025' and '2030'. 'de 33 à 42 hectares': range. 'Depuis 2021': year. 'mer "
              "Noire' appears only inside ACCOBAMS's long form: not listed; 'Méditerranée' is listed from the body. "
              "The minister is named only by role: no organisation. Monaco is both a city and a country: iso MC. "
              "'Direction de la Communication' is the government's press office label in the contact: not listed apart from the Gouvernement Princier (new convention). 'Yacht Club de Monaco' is a club (venue here): listed as an organisation (uncertain).",
    ),
))

# --------------------------------------------------------------------------- h51 English page, ’ as ?, title twice, cookie and share lines
PAGES.append(Page(
    name="h51-eawa-nairobi-drought-en",
    meta={"site": "eastafricawater.example.org", "style": "ngo-newsroom-en", "language": "en",
          "defects": ["english-page", "lost-apostrophe", "duplicate-title", "cookie-banner", "share-lines", "read-more"]},
    blocks=[
        B("""This website uses cookies. By continuing to browse you agree to our Cookie Policy. [OK]
EAST AFRICA WATER ALLIANCE
Home   About   Our Work   Newsroom   Donate
Newsroom > Press releases"""),
        P("Drought: 2.1 million people in northern Kenya face acute water shortages"),
        B("""Drought: 2.1 million people in northern Kenya face acute water shortages
Share this: Facebook Twitter WhatsApp Email"""),
        P("NAIROBI, Kenya, 10 March 2025 / – The East Africa Water Alliance (EAWA) warned today that some 2.1 million people in Marsabit, Turkana, Wajir and Mandera counties are facing acute water shortages after a third consecutive failed rainy season.", apos="?"),
        P("Water trucking costs have tripled since October, reaching KES 1,200 per cubic metre in parts of Turkana. More than 60% of boreholes surveyed by the Alliance’s engineers in February were either dry or broken, and livestock deaths now exceed 480,000 head.", apos="?"),
        P("“Families are walking up to 15 kilometres a day to find water, and children aren’t going to school,” said Grace Wanjiru, EAWA’s Regional Director. “We can’t wait for the next appeal: the next six weeks are critical.”", apos="?"),
        P("The Alliance is seeking US$14.5 million to repair 350 boreholes, truck water to 120,000 people and distribute 40,000 household filters by June. It works alongside the National Drought Management Authority (NDMA) and the Kenya Red Cross Society."),
        L("""Media contacts:
Grace Wanjiru, Regional Director, +254 722 123 456, g.wanjiru@eastafricawater.example.org
Nairobi office: +254 20 762 1234 ext. 305"""),
        B("""Read more: Somalia – cholera cases rise in Baidoa
Read more: Ethiopia – new water points in Afar
© 2025 East Africa Water Alliance. Registered charity no. 1187342."""),
    ],
    gold=dict(
        title="Drought: 2.1 million people in northern Kenya face acute water shortages",
        dateline=dl("NAIROBI", "2025-03-10"),
        organisations=[org("East Africa Water Alliance", "EAWA"), org("National Drought Management Authority", "NDMA"),
                       org("Kenya Red Cross Society", None)],
        places=[place("Kenya", "KE"), place("Nairobi"), place("Marsabit"), place("Turkana"), place("Wajir"), place("Mandera")],
        figures=[
            fig("2.1 million people", 2100000, "people"),
            fig("10 March 2025", "2025-03-10", None, "date"),
            fig("some 2.1 million people", 2100000, "people", qualifier="some"),
            fig("KES 1,200", 1200, "KES", "money", currency="KES"),
            fig("More than 60%", 60, "%", "percent", qualifier="More than"),
            fig("480,000 head", 480000, "head"),
            fig("up to 15 kilometres", 15, "kilometres", "other", qualifier="up to"),
            fig("six weeks", 6, "weeks", "duration"),
            fig("US$14.5 million", 14500000, "US$", "money", currency="USD"),
            fig("350 boreholes", 350, "boreholes"),
            fig("120,000 people", 120000, "people"),
            fig("40,000 household filters", 40000, "filters"),
        ],
        phones=[phone("+254722123456"), phone("+254207621234", extension="305")],
        emails=["g.wanjiru@eastafricawater.example.org"],
        contacts=[contact("Grace Wanjiru", "Regional Director", None, ["+254722123456"],
                          ["g.wanjiru@eastafricawater.example.org"]),
                  contact(None, None, "Nairobi office", ["+254207621234"], [])],
        notes="English-only page of a Nairobi NGO. Cookie banner, site name, one-line menu, breadcrumb, title printed "
              "twice, share line; 'Read more:' headlines and footer with a charity number at the bottom. Every ’ of the "
              "body became '?' ('Alliance?s', 'aren?t'); the curly quotes “ ” survived. Dateline 'NAIROBI, Kenya, 10 "
              "March 2025 / –'. 'some 2.1 million people': the English qualifier 'some' is not in the README list; "
              "listed with qualifier null (its text differs from the title's, so both are listed; uncertain). "
              "'third consecutive': ordinal word. 'Nairobi office' is an office contact (person null); its label is "
              "kept as organisation (uncertain). Kenya shillings: KES. The Kenya Red Cross Society has no acronym.",
    ),
))

# --------------------------------------------------------------------------- h52 Moroccan agency, Arabic/French page, HTML entities, glued sentences
PAGES.append(Page(
    name="h52-amci-rabat-bourses-ar",
    meta={"site": "amci-cooperation.example.ma", "style": "bilingual-ar-fr-agency",
          "defects": ["menu", "html-debris", "body-glued", "share-lines"]},
    blocks=[
        B("""المملكة المغربية | Royaume du Maroc
الرئيسية | Accueil
من نحن | Qui sommes-nous
المنح | Bourses
الأخبار | Actualités
اتصل بنا | Contact
FR | AR | EN"""),
        P("Coopération Sud-Sud : 1 850 nouvelles bourses pour les étudiants africains au titre de l&#039;année 2025-2026".replace("l&#039;année", "[[l&#039;année||l'année]]")),
        P("Rabat, 12 mai 2025 (MAP) - L&#039;Agence marocaine de coopération internationale (AMCI) a annoncé lundi l&#039;attribution de 1 850 nouvelles bourses d&#039;études à des étudiants originaires de 47 pays africains, dont 14 pour la première fois.".replace("L&#039;Agence", "[[L&#039;Agence||L'Agence]]").replace("l&#039;attribution", "[[l&#039;attribution||l'attribution]]").replace("d&#039;études", "[[d&#039;études||d'études]]")),
        P("Les boursiers rejoindront à la rentrée de septembre les universités et instituts de Rabat, Casablanca, Fès, Marrakech et Oujda. Les filières d&#039;ingénierie, de médecine et d&#039;agronomie concentrent 62% des places.[[||]]".replace("d&#039;ingénierie", "[[d&#039;ingénierie||d'ingénierie]]").replace("d&#039;agronomie", "[[d&#039;agronomie||d'agronomie]]")),
        P("Chaque boursier perçoit une allocation mensuelle de 750 dirhams, soit environ 70 euros, et bénéficie d&#039;une couverture médicale et d&#039;un logement en cité universitaire.".replace("d&#039;une", "[[d&#039;une||d'une]]").replace("d&#039;un ", "[[d&#039;un ||d'un ]]"), glue=True),
        P("Au total, plus de 14 000 étudiants étrangers, dont 85 % d&#039;Africains, poursuivent actuellement leurs études au Maroc grâce à l&#039;AMCI.[[<br>||]]".replace("d&#039;Africains", "[[d&#039;Africains||d'Africains]]").replace("l&#039;AMCI", "[[l&#039;AMCI||l'AMCI]]")),
        P("[[<p>||]]« Former les cadres de demain est notre meilleur investissement », a déclaré le directeur général de l&#039;agence, Mohamed Amine Benkirane.[[</p>||]]".replace("l&#039;agence", "[[l&#039;agence||l'agence]]")),
        L("""Contact : Direction de la communication – AMCI
Tél. : +212 (0)5 37 76 12 34 – Fax : +212 (0)5 37 76 12 40
[[<a href="mailto:communication@amci.example.ma">communication@amci.example.ma</a>||communication@amci.example.ma]]"""),
        B("""شارك | Partager : Facebook · X · WhatsApp
جميع الحقوق محفوظة © 2025 – Tous droits réservés – Avenue Mohammed V, Rabat 10000"""),
    ],
    gold=dict(
        title="Coopération Sud-Sud : 1 850 nouvelles bourses pour les étudiants africains au titre de l'année 2025-2026",
        dateline=dl("Rabat", "2025-05-12"),
        organisations=[org(None, "MAP"), org("Agence marocaine de coopération internationale", "AMCI")],
        places=[place("Rabat"), place("Casablanca"), place("Fès"), place("Marrakech"), place("Oujda"),
                place("Maroc", "MA")],
        figures=[
            fig("1 850 nouvelles bourses", 1850, "bourses"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("12 mai 2025", "2025-05-12", None, "date"),
            fig("47 pays", 47, "pays"),
            fig("14", 14, None),
            fig("62%", 62, "%", "percent"),
            fig("750 dirhams", 750, "dirhams", "money", currency="MAD"),
            fig("environ 70 euros", 70, "euros", "money", qualifier="environ", currency="EUR"),
            fig("plus de 14 000 étudiants", 14000, "étudiants", qualifier="plus de"),
            fig("85 %", 85, "%", "percent"),
        ],
        phones=[phone("+212537761234"), phone("+212537761240", "fax")],
        emails=["communication@amci.example.ma"],
        contacts=[contact(None, None, "Direction de la communication – AMCI", ["+212537761234", "+212537761240"],
                          ["communication@amci.example.ma"])],
        notes="Moroccan cooperation agency page with an Arabic/French menu (each label in both languages), Arabic share "
              "and copyright lines (boilerplate). The article is French only: language fr. Straight apostrophes written as "
              "&#039; throughout (repaired to the straight ' they encode); <br>, <p>, mailto debris. One paragraph glued "
              "to the next ('places.Chaque'). Dateline 'Rabat, 12 mai 2025 (MAP) -' with a plain hyphen; MAP never spelt "
              "out. 'l'année 2025-2026': an academic year, two year figures (uncertain). '1 850 nouvelles bourses' repeats "
              "in the body with 'bourses d'études' after it: same text, listed once. 'dont 14 pour la première fois': a "
              "count without noun. '+212 (0)5' keeps a trunk 0 in brackets (dropped in e164). Postcode 10000 is in the "
              "footer. 'Direction de la communication' is the agency's office label in the contact: not listed (the agency is; new convention).",
    ),
))

# --------------------------------------------------------------------------- h53 Djibouti news-agency listing, œ as U+FFFD, hidden e-mail
PAGES.append(Page(
    name="h53-djibnews-listing-juin",
    meta={"site": "djibnews.example.dj", "style": "agency-listing", "listing": True,
          "defects": ["listing", "menu", "oe-replacement-char", "hidden-email", "read-more", "ticker", "votes-widget"]},
    blocks=[
        B("""DJIBNEWS – L’information de Djibouti et de la Corne
Flash : Coupure d’eau programmée à Balbala ce samedi de 8 h à 14 h +++ Match Djibouti–Éthiopie reporté +++
À la une | Politique | Économie | Société | Sport | Régions | Vidéos
Dernières dépêches – page 1"""),
        P("Port de Doraleh : le trafic de conteneurs en hausse de 9 % au premier semestre"),
        P("Publié le 03.06.2025 à 10:42"),
        P("Djibouti, 3 juin (ADI) – Le terminal à conteneurs de Doraleh a traité 512 000 EVP au premier semestre 2025, selon l’Autorité des ports et des zones franches de Djibouti (APZFD). Les transbordements vers l’Éthiopie représentent près des trois quarts du trafic."),
        B("Lire la suite › | 0 commentaire | 👍 12"),
        P("Tadjourah : une centrale solaire de 25 MW mise en service"),
        P("Publié le 02.06.2025 à 17:05"),
        P("La centrale photovoltaïque de Tadjourah, financée à hauteur de 6,8 milliards de francs Djibouti, alimentera environ 18 000 foyers. Sa mise en œuvre a mobilisé 140 ouvriers locaux pendant onze mois.", oe="fffd"),
        B("Lire la suite › | 2 commentaires | 👍 31"),
        P("Santé : campagne de dépistage du diabète à Ali Sabieh"),
        P("Publié le 01.06.2025 à 09:15"),
        P("Le ministère de la Santé organise du 4 au 8 juin une campagne gratuite de dépistage du diabète et de l’hypertension à Ali Sabieh. Renseignements auprès du district sanitaire au 21 42 61 18 ou par courriel à [email protected]."),
        B("Lire la suite › | 0 commentaire | 👍 4"),
        P("Culture : le festival Hadjis fête ses 10 ans au cœur de la capitale", oe="fffd"),
        P("Publié le 31.05.2025 à 20:30"),
        P("Plus de 300 artistes de la région sont attendus au palais du Peuple pour la 10e édition du festival, qui se tiendra du 12 au 14 juin. L’entrée est fixée à 500 francs Djibouti."),
        B("""Lire la suite › | 1 commentaire | 👍 9
« Page précédente | 1 | 2 | 3 | … | 48 | Page suivante »
Les plus lus : Budget 2026 : les priorités du gouvernement • Mondial U17 : les Riverains qualifiés • Prix du carburant : ce qui change
© DJIBNEWS 2025 – Contact rédaction : +253 21 35 22 10 – Plateau du Serpent, BP 32, Djibouti"""),
    ],
    gold=dict(
        title="Port de Doraleh : le trafic de conteneurs en hausse de 9 % au premier semestre",
        dateline=None,
        organisations=[org(None, "ADI"), org("Autorité des ports et des zones franches de Djibouti", "APZFD"),
                       org("ministère de la Santé", None)],
        places=[place("Doraleh"), place("Djibouti", "DJ"), place("Éthiopie", "ET"), place("Tadjourah"),
                place("Ali Sabieh")],
        figures=[
            fig("9 %", 9, "%", "percent"),
            fig("03.06.2025 à 10:42", "2025-06-03", None, "date"),
            fig("3 juin", "--06-03", None, "date"),
            fig("512 000 EVP", 512000, "EVP", "other"),  # a measure (the h168–h183 convention, applied in session 12)
            fig("2025", 2025, None, "year"),
            fig("près des trois quarts", 0.75, None, "other", qualifier="près de"),
            fig("25 MW", 25, "MW", "other"),
            fig("02.06.2025 à 17:05", "2025-06-02", None, "date"),
            fig("6,8 milliards de francs Djibouti", 6800000000, "francs Djibouti", "money", currency="DJF"),
            fig("environ 18 000 foyers", 18000, "foyers", qualifier="environ"),
            fig("140 ouvriers", 140, "ouvriers"),
            fig("onze mois", 11, "mois", "duration"),
            fig("01.06.2025 à 09:15", "2025-06-01", None, "date"),
            fig("4", "--06-04", None, "date"),
            fig("8 juin", "--06-08", None, "date"),
            fig("10 ans", 10, "ans", "age"),
            fig("31.05.2025 à 20:30", "2025-05-31", None, "date"),
            fig("Plus de 300 artistes", 300, "artistes", qualifier="Plus de"),
            fig("10e", 10, None, "ordinal"),
            fig("12", "--06-12", None, "date"),
            fig("14 juin", "--06-14", None, "date"),
            fig("500 francs Djibouti", 500, "francs Djibouti", "money", currency="DJF"),
        ],
        phones=[phone("+25321426118")],
        emails=[],
        hidden_emails=1,
        contacts=[contact(None, None, "district sanitaire", ["+25321426118"], [])],
        notes="Listing page of a Djibouti news portal: four unrelated stories, each with headline and 'Publié le "
              "dd.mm.yyyy à hh:mm' time stamp (article text on a listing page), separated by 'Lire la suite › | n "
              "commentaire(s) | 👍 n' widget lines. Flash ticker, menu, pager, 'Les plus lus' line and footer with the "
              "newsroom phone are boilerplate (that footer phone is not listed). œ shown as U+FFFD twice. The agency "
              "dateline inside the first story gives ADI and the date '3 juin' (figure); the page's dateline is null. "
              "'premier semestre 2025': a year figure (README) with the text '2025' (as 'Soudure 2025' in dev; "
              "month-year texts keep their month). 'près des trois quarts' = 0.75, qualifier 'près de' written 'près des' "
              "(checker needs the text to open with the qualifier: text kept as written, qualifier 'près de' is a "
              "prefix of 'près des'). Djibouti francs: DJF. The health-district contact is a body sentence with an "
              "office, a phone without country code (Djibouti by the page) and a hidden e-mail. 'festival Hadjis' and "
              "'palais du Peuple' are an event and a venue. 'Riverains' (ticker) is a team nickname.",
    ),
))

# --------------------------------------------------------------------------- h54 cached HTML version of a PDF report, Comoros
PAGES.append(Page(
    name="h54-sante-comores-rapport-paludisme",
    meta={"site": "cache.recherche-docs.example.net", "style": "pdf-html-cache",
          "defects": ["pdf-chrome", "dot-leaders", "page-furniture", "pdf-hyphenation", "stray-unicode-ligature",
                      "hard-wrap", "wrapped-number"]},
    wrap=92, jitter=6,
    blocks=[
        B("""Version HTML du fichier https://sante.gouv-comores.example.km/docs/bulletin-palu-2024.pdf
Ce service génère automatiquement une version HTML des documents qu'il indexe.
Page 1"""),
        P("Bulletin annuel de surveillance du paludisme – Union des Comores, 2024"),
        P("Programme national de lutte contre le paludisme (PNLP)"),
        B("""Table des matières
1. Faits saillants ................................................. 2
2. Situation épidémiologique ....................................... 3
3. Prévention ...................................................... 5
Page 2
Bulletin paludisme 2024 – PNLP"""),
        P("1. Faits saillants"),
        P("En 2024, le Programme national de lutte contre le paludisme (PNLP) a notifié 4⏎318 cas confirmés, contre 2 907 en 2023, soit une hausse de 48,5 %. La quasi-totalité des cas (91 %) pro-⏎vient de l’île de Grande Comore (Ngazidja), en particulier des districts de Mitsamiouli et de Mbéni.".replace("pro-⏎vient", "[[pro-⏎vient||provient]]")),
        P("Aucun décès n’a été enregistré pour la troisième année consécutive. L’objectif d’élimina-⏎tion fixé pour 2030 reste atteignable à condition de maintenir la surveillance active dans les 17 districts sanitaires du pays.".replace("élimina-⏎tion", "[[élimina-⏎tion||élimination]]"), lig=True),
        B("""Page 3
Bulletin paludisme 2024 – PNLP"""),
        P("2. Situation épidémiologique"),
        P("Le taux de positivité des tests de diagnostic rapide est passé de 1,9 % à 2,6 %. Les enfants de moins de 5 ans repré-⏎sentent 22 % des cas. Sur Anjouan (Ndzuwani) et Mohéli (Mwali), seuls 112 cas ont été confirmés, dont 64 importés de Madagascar et de Tanzanie.".replace("repré-⏎sentent", "[[repré-⏎sentent||représentent]]"), lig=True),
        P("3. Prévention"),
        P("Au total, 287 500 moustiquaires imprégnées ont été distribuées en 2024 avec l’appui du Fonds mondial de lutte contre le sida, la tuberculose et le paludisme, pour un coût de 1,14 milliard de francs comoriens (environ 2,5 millions de dollars). La pulvérisation intra-⏎domiciliaire a couvert 38 400 habitations à Ngazidja.".replace("intra-⏎domiciliaire", "[[intra-⏎domiciliaire||intradomiciliaire]]"), lig=True),
        L("""Contact : Dr Nassuf Said Abdallah, coordonnateur du PNLP
Tél. : (269) 773 12 34 – Portable : 332 45 67 – pnlp.comores@sante.example.km"""),
        B("Page 4"),
    ],
    gold=dict(
        title="Bulletin annuel de surveillance du paludisme – Union des Comores, 2024",
        dateline=None,
        organisations=[org("Programme national de lutte contre le paludisme", "PNLP"),
                       org("Fonds mondial de lutte contre le sida, la tuberculose et le paludisme", None)],
        places=[place("Union des Comores", "KM"), place("Grande Comore"), place("Ngazidja"), place("Mitsamiouli"),
                place("Mbéni"), place("Anjouan"), place("Ndzuwani"), place("Mohéli"), place("Mwali"),
                place("Madagascar", "MG"), place("Tanzanie", "TZ")],
        figures=[
            fig("2024", 2024, None, "year"),
            fig("En 2024", 2024, None, "year"),
            fig("4 318 cas", 4318, "cas"),
            fig("2 907", 2907, None),
            fig("en 2023", 2023, None, "year"),
            fig("48,5 %", 48.5, "%", "percent"),
            fig("91 %", 91, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("17 districts", 17, "districts"),
            fig("1,9 %", 1.9, "%", "percent"),
            fig("2,6 %", 2.6, "%", "percent"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("22 %", 22, "%", "percent"),
            fig("112 cas", 112, "cas"),
            fig("64", 64, None),
            fig("287 500 moustiquaires", 287500, "moustiquaires"),
            fig("en 2024", 2024, None, "year"),
            fig("1,14 milliard de francs comoriens", 1140000000, "francs comoriens", "money", currency="KMF"),
            fig("environ 2,5 millions de dollars", 2500000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("38 400 habitations", 38400, "habitations"),
        ],
        phones=[phone("+2697731234"), phone("+2693324567")],
        emails=["pnlp.comores@sante.example.km"],
        contacts=[contact("Nassuf Said Abdallah", "coordonnateur du PNLP", None, ["+2697731234", "+2693324567"],
                          ["pnlp.comores@sante.example.km"])],
        notes="Cached HTML version of a PDF bulletin (Comoros): the cache header, 'Page n' markers, a dot-leader table of "
              "contents and the running header 'Bulletin paludisme 2024 – PNLP' are boilerplate. PDF line breaks kept: "
              "hyphenated words at line ends (pro-/vient, élimina-/tion, repré-/sentent, intra-/domiciliaire), a "
              "number split by the line end ('4'⏎'318'), fi/fl ligatures in three paragraphs. Section numbers are not "
              "figures. 'Union des Comores' is the country (iso KM). Island names are given in French and Comorian "
              "('Grande Comore (Ngazidja)'): each listed by distinct name. 'En 2024' and 'en 2024' are the same words "
              "with different case: listed twice by text (uncertain); '2024' of the title is the bulletin's year. "
              "'la troisième année': ordinal word. 'intra-domiciliaire' is repaired as 'intradomiciliaire' (the "
              "hyphen is PDF hyphenation; uncertain). Comorian francs: KMF. Phones without '+': '(269)' is the "
              "country code in brackets; the mobile has no code (Comoros by the page).",
    ),
))

# --------------------------------------------------------------------------- h55 Québec regional outlet, cp1252 mixed lines, ticker, comments
PAGES.append(Page(
    name="h55-fjord-express-saguenay-logement",
    meta={"site": "lefjordexpress.example.ca", "style": "quebec-regional-outlet",
          "defects": ["menu", "mojibake-cp1252", "ticker", "comments-widget", "read-more", "share-lines",
                      "newsletter-chrome"]},
    blocks=[
        B("""Le Fjord Express | Saguenay–Lac-Saint-Jean
Actualités  Économie  Sports  Culture  Opinions  Avis de décès
Infolettre : recevez nos nouvelles chaque matin → Je m’abonne
EN CE MOMENT : Chicoutimi : collision sur le boulevard Talbot | Alma : fermeture de l’usine reportée | Hockey : les Saguenéens l’emportent 4-2"""),
        P("Logement : Saguenay lance un fonds de 12 M$ pour bâtir 600 unités abordables"),
        B("Par Marie-Ève Tremblay · 14 février 2025 à 16 h 05 · Mis à jour à 18 h 12"),
        P("SAGUENAY – La Ville de Saguenay et la Société d’habitation du Québec (SHQ) créent un fonds de 12 millions de dollars pour accélérer la construction de 600 logements abordables d’ici la fin de 2027, a annoncé vendredi la mairesse, Julie Dufour-Gagnon.", moji=("cp1252", [0])),
        P("Le taux d’inoccupation a chuté à 0,9 % dans l’arrondissement de Chicoutimi, selon la Société canadienne d’hypothèques et de logement (SCHL), bien en deçà du seuil d’équilibre de 3 %. Un logement de deux chambres s’y loue en moyenne 985 $ par mois, une hausse de 11,4 % en un an.", moji="cp1252"),
        P("Le fonds prendra la forme de prêts à taux réduit et de subventions de 15 000 $ à 25 000 $ par unité. Les organismes à but non lucratif et les coopératives d’habitation auront priorité. Un premier appel de projets sera lancé le 3 mars."),
        P("« On ne peut plus attendre que le marché règle la crise tout seul », a déclaré Mme Dufour-Gagnon en conférence de presse à l’hôtel de ville. L’opposition a salué la mesure tout en jugeant l’objectif « modeste » pour une ville de 147 000 habitants.", moji=("cp1252", [0])),
        P("Les promoteurs intéressés peuvent joindre le Service de l’habitation au 418 545-2210, poste 4127, ou écrire à habitation@ville-saguenay.example.ca."),
        B("""Partager : Facebook | Messenger | Courriel
À LIRE AUSSI
Jonquière : 48 familles toujours sans logement après le 1er juillet
Roberval : un projet de 72 condos pour aînés
Commentaires (3) · Se connecter pour commenter
Gilles B. · il y a 2 h · Enfin ! Il était temps.
© Le Fjord Express 2025 – Tous droits réservés – 1051, boul. Talbot, Chicoutimi (Québec) G7H 4B6"""),
    ],
    gold=dict(
        title="Logement : Saguenay lance un fonds de 12 M$ pour bâtir 600 unités abordables",
        dateline=dl("SAGUENAY", None),
        organisations=[org("Société d’habitation du Québec", "SHQ"),
                       org("Société canadienne d’hypothèques et de logement", "SCHL")],
        places=[place("Saguenay"), place("Chicoutimi")],
        figures=[
            fig("12 M$", 12000000, "M$", "money", currency="CAD"),
            fig("600 unités", 600, "unités"),
            fig("12 millions de dollars", 12000000, "dollars", "money", currency="CAD"),
            fig("600 logements", 600, "logements"),
            fig("2027", 2027, None, "year"),
            fig("0,9 %", 0.9, "%", "percent"),
            fig("3 %", 3, "%", "percent"),
            fig("deux chambres", 2, "chambres"),
            fig("985 $", 985, "$", "money", currency="CAD"),
            fig("11,4 %", 11.4, "%", "percent"),
            fig("15 000 $", 15000, "$", "money", currency="CAD"),
            fig("25 000 $", 25000, "$", "money", currency="CAD"),
            fig("le 3 mars", "--03-03", None, "date"),
            fig("147 000 habitants", 147000, "habitants"),
        ],
        phones=[phone("+14185452210", extension="4127")],
        emails=["habitation@ville-saguenay.example.ca"],
        contacts=[contact(None, None, "Service de l’habitation", ["+14185452210"], ["habitation@ville-saguenay.example.ca"])],
        notes="Québec regional news site: one-line menu with double spaces, newsletter line, 'EN CE MOMENT' ticker, byline "
              "with date and update time, share line, 'À LIRE AUSSI' headlines, comment counter and one comment, footer "
              "with a Canadian postcode. Mojibake cp1252 on the dateline paragraph, the next paragraph and the first line "
              "of the quote paragraph (each a single line here; the other paragraphs are clean). Dateline 'SAGUENAY –' "
              "without date (the date is in the byline, boilerplate). '$' on a Québec page is CAD. '15 000 $ à 25 000 $' "
              "is a range whose first bound has its own unit: both listed with '$'. 'en un an': not a figure. 'la Ville "
              "de Saguenay' is the city (a place here, as the README treats a town's council generically); the "
              "'Service de l’habitation' is a city department named only as the office of the contact sentence: not "
              "an organisation (new convention; the contact keeps it as its organisation). '418 545-2210, poste 4127': Canadian "
              "number with extension.",
    ),
))
