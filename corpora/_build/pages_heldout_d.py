"""h40-h55: the fourth blind held-out set (session 4).

Written without reading the rules (src/, tests/, benchmarks/, notebooks/, docs/) and never run
through pressclean. h40-h44 come from one French city-hall newsroom (made-up town) sharing its
header, breadcrumb, download/share lines, `Les derniers communiqués` block and footer with small
variations; h45-h55 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "heldout"

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
        places=[place(CG_TOWN), place("rue des Tanneurs")],
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
              "'Action cœur de ville' is a programme, not an organisation; 'la Ville' and 'l’État' are generic. Times of the "
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
            fig("9 mises en sécurité", 9, "mises en sécurité"),
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
                      "share-lines", "ticker", "apo-dateline"]},
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
        contacts=[contact("Dr Mabiala", None, None, ["+242066123456"])],
        notes="AMP page dump of a Congolese (Brazzaville) news site: 'full site' link, hamburger, search icon, ad "
              "slot, category line, byline/reading-time/date line, share line, tags, 'LIRE AUSSI' headlines, footer. "
              "Title and caption printed twice (the second copies are boilerplate). The dateline paragraph and the next "
              "are UTF-8 read as cp1250 (ĂŠ, â€™ shapes), then one line where œ became '?' after the same mojibake. "
              "Dateline with a numeric date and an agency: 'Brazzaville, 12/06/2025 (ACI) –' (ACI never spelt out: "
              "acronym only). Congo uses the Central African franc: XAF. '0 à 59 mois': age range. '312 000 enfants' "
              "(title) and 'quelque 312 000 enfants' differ in text: both listed. The freephone '3434' is a short "
              "number: not a phone, not a figure (uncertain). The media contact sits in a body sentence with a person "
              "and a phone; the role given earlier in the body is not the contact's role (contact roles come from the "
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
                       org("agence Plan Séquence", None)],
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
            fig("34 premières belges", 34, "premières belges"),
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
        P("Bangui, le 22 août 2025. Le ministère de la Santé et de la Population informe l’opinion nationale et internationale qu’à la date du 21 août 2025, 148 cas suspects de choléra , dont 6 décès, ont été notifiés dans les sous-préfectures de Mbaïki et de Boda, soit une létalité de 4,1 %.", apos="space"),
        P("Face à cette situation, le ministère a déployé trois équipes mobiles supplémentaires, ouvert deux centres de traitement du choléra d’une capacité totale de 60 lits et prépositionné 12 tonnes d’intrants, avec l’appui de Médecins Sans Frontières (MSF) et de l’Organisation mondiale de la Santé (OMS).", apos="space"),
        P("Une campagne de vaccination orale ciblant 95 000 personnes âgées d’un an et plus débutera le 28 août pour une durée de 5 jours. Son coût, estimé à 184 millions de francs CFA , est couvert par l’Alliance du vaccin (Gavi).", apos="space"),
        P("Le ministère rappelle les gestes qui sauvent : se laver les mains au savon, boire de l’eau traitée et consulter sans délai en cas de diarrhée aiguë.", apos="space"),
        L("""Fait à Bangui, le 22 août 2025
Le Ministre de la Santé et de la Population
Pr Jean-Marc Gbazia""", strip=True),
        B("© 2025 Ministère de la Santé et de la Population – Avenue Boganda, BP 883 Bangui – Tous droits réservés | Visiteurs : 214 587"),
    ],
    gold=dict(
        title="Riposte au choléra dans la Lobaye : le ministère déploie 3 équipes mobiles supplémentaires",
        dateline=dl("Bangui", "2025-08-22"),
        organisations=[org("Ministère de la Santé et de la Population", None),
                       org("Médecins Sans Frontières", "MSF"), org("Organisation mondiale de la Santé", "OMS"),
                       org("Alliance du vaccin", "Gavi")],
        places=[place("RÉPUBLIQUE CENTRAFRICAINE", "CF"), place("Lobaye"), place("Bangui"), place("Mbaïki"), place("Boda")],
        figures=[
            fig("3 équipes mobiles", 3, "équipes mobiles"),
            fig("le 22 août 2025", "2025-08-22", None, "date"),
            fig("21 août 2025", "2025-08-21", None, "date"),
            fig("148 cas", 148, "cas"),
            fig("6 décès", 6, "décès"),
            fig("4,1 %", 4.1, "%", "percent"),
            fig("trois équipes mobiles", 3, "équipes mobiles"),
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
              "('l opinion', 'qu à', 'd intrants'); the straight ' of the menu is intact. Space before a comma "
              "twice. Dateline 'Bangui, le 22 août 2025.' ends with a full stop. The ministry is listed once under "
              "its mixed-case form (its capital letterhead is the same body). 'à la date du 21 août 2025': a date "
              "figure without 'le'. 'âgées d’un an et plus': 'un' is not a figure (README). The closing 'Fait à Bangui' line "
              "is a signature: no contact. Its date repeats the dateline figure.",
    ),
))
