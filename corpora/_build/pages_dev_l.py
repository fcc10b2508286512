"""h56-h71: the fifth blind held-out set (session 4).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h56-h60 come from one Swiss cantonal press office (made-up host) sharing its header, breadcrumb,
meta lines, `Autres communiqués` block and footer with small variations; h61-h71 come from eleven
other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# =========================================================================== Swiss cantonal press office
NE_SITE = "www.ne-canton.example.ch"


def ne_top(date, dept, section="Conseil d'État", banner=None):
    lines = ["Aller au contenu principal", "République et canton de Neuchâtel", "FR | DE"]
    if banner:
        lines.append(banner)
    lines += ["Thèmes",
              "Autorités",
              "Autorités",
              "Prestations en ligne",
              "Actualités",
              "Actualités",
              "Rechercher sur ne-canton.ch",
              f"Accueil > Autorités > {section} > Communiqués de presse",
              f"Communiqué de presse | {date}",
              f"Publié par : {dept}"]
    return "\n".join(lines)


def ne_bottom(related):
    lines = ["Retour à la liste des communiqués", "Imprimer | Envoyer | Partager", "Autres communiqués"]
    for head, date in related:
        lines.append(f"{head} ({date})")
    lines += ["Chancellerie d'État – Château – Rue de la Collégiale 12 – 2000 Neuchâtel – Tél. 032 889 40 03",
              "Mentions légales | Protection des données | Accessibilité",
              "© 2026 République et canton de Neuchâtel"]
    return "\n".join(lines)


def ne_meta(defects):
    return {"site": NE_SITE, "style": "canton-press-office",
            "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}


NE_NOTE = ("Site furniture shared by h56-h60 (skip link, canton name, FR | DE language line, optional banner, menu "
           "with doubled 'Autorités' and 'Actualités', search line, breadcrumb, 'Communiqué de presse | dd.mm.yyyy' "
           "line, 'Publié par : department' line; at the bottom a back link, a share line, 'Autres communiqués' "
           "headlines with dates, footer with the chancellery address, postcode 2000 and its phone, legal line, "
           "copyright). Nothing in that furniture is a fact of the article (the footer phone is not listed). "
           "Apostrophes are straight throughout (Swiss CMS); Swiss thousands with ' are kept as written.")

# --------------------------------------------------------------------------- h56 comptes, cp1252 on some lines
PAGES.append(Page(
    name="h56-neuchatel-comptes-2025",
    meta=ne_meta(["mojibake-cp1252"]),
    blocks=[
        B(ne_top("14.04.2026", "Département des finances et de la santé")),
        P("Comptes 2025 : un excédent de 18,4 millions de francs malgré la hausse des charges sociales"),
        P("Le Conseil d'État présente des comptes 2025 qui bouclent sur un excédent de revenus de 18,4 millions de francs, alors que le budget prévoyait un déficit de 7,2 millions. Les revenus fiscaux dépassent les prévisions de 4,6 % grâce à l'imposition des personnes morales.", moji="cp1252"),
        P("Les charges de l'aide sociale et des subsides à l'assurance-maladie ont toutefois augmenté de 31 millions de francs par rapport à 2024. Près de 52'000 personnes, soit 29 % de la population, bénéficient désormais d'un subside."),
        P("Les investissements nets atteignent CHF 96,3 millions, dont 41 millions pour la ligne ferroviaire directe entre Neuchâtel et La Chaux-de-Fonds. La dette diminue de 2,1 % et s'établit à 1,74 milliard de francs.", moji="cp1252"),
        P("Le Conseil d'État propose d'affecter 10 millions à la réserve de politique conjoncturelle. Le Grand Conseil se prononcera lors de sa session des 24 et 25 mars 2026."),
        L("""Renseignements complémentaires :
Laurent Fivaz, conseiller d'État, chef du Département des finances et de la santé, tél. 032 889 64 00"""),
        B(ne_bottom([("Grand Conseil : ordre du jour de la session de mai", "10.04.2026"),
                     ("Rougeole : trois cas confirmés dans le Val-de-Travers", "28.01.2026")])),
    ],
    gold=dict(
        title="Comptes 2025 : un excédent de 18,4 millions de francs malgré la hausse des charges sociales",
        dateline=None,
        organisations=[org("Conseil d'État", None), org("Grand Conseil", None)],
        places=[place("Neuchâtel"), place("La Chaux-de-Fonds")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("18,4 millions de francs", 18400000, "francs", "money", currency="CHF"),
            fig("7,2 millions", 7200000, None, "money", currency="CHF"),
            fig("4,6 %", 4.6, "%", "percent"),
            fig("31 millions de francs", 31000000, "francs", "money", currency="CHF"),
            fig("2024", 2024, None, "year"),
            fig("Près de 52'000 personnes", 52000, "personnes", qualifier="Près de"),
            fig("29 %", 29, "%", "percent"),
            fig("CHF 96,3 millions", 96300000, "CHF", "money", currency="CHF"),
            fig("41 millions", 41000000, None, "money", currency="CHF"),
            fig("2,1 %", 2.1, "%", "percent"),
            fig("1,74 milliard de francs", 1740000000, "francs", "money", currency="CHF"),
            fig("10 millions", 10000000, None, "money", currency="CHF"),
            fig("24", "2026-03-24", None, "date"),
            fig("25 mars 2026", "2026-03-25", None, "date"),
        ],
        phones=[phone("+41328896400")],
        emails=[],
        contacts=[contact("Laurent Fivaz", "conseiller d'État, chef du Département des finances et de la santé", None,
                          ["+41328896400"])],
        notes=NE_NOTE + " The first and third body paragraphs are UTF-8 read as cp1252 (Ã© shapes). 'Comptes 2025' / "
              "'comptes 2025' date the year's accounts like 'Budget 2026': one year figure '2025'. Amounts written "
              "'7,2 millions', '41 millions', '10 millions' without a currency noun are francs by context: money CHF "
              "with unit null. 'session des 24 et 25 mars 2026': two date figures (not a range but treated the same "
              "way: '24' takes month and year of the second). The department appears only inside the contact's role "
              "(and in the boilerplate 'Publié par' line): not listed as an organisation. Swiss number '032 889 64 00' "
              "without country code: +41 by the page. Conseil d'État and Grand Conseil (cantonal government and "
              "parliament) are listed as organisations (uncertain).",
    ),
))

# --------------------------------------------------------------------------- h57 invitation aux médias, old CMS hard wraps
PAGES.append(Page(
    name="h57-neuchatel-invitation-cfpm",
    meta=ne_meta(["hard-wrap"]),
    wrap=68, jitter=10,
    blocks=[
        B(ne_top("12.02.2026", "Département de la formation, de la digitalisation et des sports")),
        P("Invitation aux médias : première pierre du Centre de formation professionnelle des Montagnes", nowrap=True),
        P("Le Conseil d'État a le plaisir de convier les représentant-e-s des médias à la pose de la première pierre du futur Centre de formation professionnelle des Montagnes (CFPM), le jeudi 19 février 2026 à 10 h 30, rue du Progrès 40 à La Chaux-de-Fonds."),
        P("Le bâtiment, d'un coût de 64,5 millions de francs, accueillera dès la rentrée 2028 quelque 1'400 apprenti-e-s dans 23 métiers de l'industrie et de la santé. Le chantier durera trente mois et mobilisera plus de 50 entreprises, dont 80 % de la région."),
        L("""Programme :
10 h 30 Accueil et café
10 h 45 Allocutions de Mme Carla Jeanneret, conseillère d'État, et de M. Pierre-Alain Houriet, président de la Ville de La Chaux-de-Fonds
11 h 15 Pose de la première pierre et visite du chantier"""),
        L("""Merci de vous annoncer d'ici au 16 février auprès de :
Sandrine Robert, chargée de communication, Service des formations postobligatoires, 032 889 69 12, sandrine.robert@ne-canton.example.ch"""),
        B(ne_bottom([("Comptes 2025 : excédent de 18,4 millions", "14.04.2026"),
                     ("Décisions du Conseil d'État", "04.02.2026"),
                     ("Rougeole : trois cas confirmés dans le Val-de-Travers", "28.01.2026")])),
    ],
    gold=dict(
        title="Invitation aux médias : première pierre du Centre de formation professionnelle des Montagnes",
        dateline=None,
        organisations=[org("Conseil d'État", None), org("Centre de formation professionnelle des Montagnes", "CFPM")],
        places=[place("La Chaux-de-Fonds")],
        figures=[
            fig("le jeudi 19 février 2026 à 10 h 30", "2026-02-19", None, "date"),
            fig("64,5 millions de francs", 64500000, "francs", "money", currency="CHF"),
            fig("2028", 2028, None, "year"),
            fig("quelque 1'400 apprenti-e-s", 1400, "apprenti-e-s", qualifier="quelque"),
            fig("23 métiers", 23, "métiers"),
            fig("trente mois", 30, "mois", "duration"),
            fig("plus de 50 entreprises", 50, "entreprises", qualifier="plus de"),
            fig("80 %", 80, "%", "percent"),
            fig("16 février", "--02-16", None, "date"),
        ],
        phones=[phone("+41328896912")],
        emails=["sandrine.robert@ne-canton.example.ch"],
        contacts=[contact("Sandrine Robert", "chargée de communication", "Service des formations postobligatoires",
                          ["+41328896912"], ["sandrine.robert@ne-canton.example.ch"])],
        notes=NE_NOTE + " Body paragraphs hard-wrapped by an old CMS (the programme and contact lines are not). "
              "The title is a press invitation whose CFPM is named in full only in the title and body: the school "
              "(the future centre) is listed as an organisation (uncertain). 'rue du Progrès 40': street number, not a "
              "figure. 'dès la rentrée 2028': period noun before the year stays out of the text. Programme times are "
              "clock times (not figures). 'd'ici au 16 février': date figure without 'le' (the preposition stays "
              "out). 'la Ville de La Chaux-de-Fonds' is the town (README). The service is named only as the "
              "contact's organisation: not listed.",
    ),
))

# --------------------------------------------------------------------------- h58 rougeole, stripped accents, title twice, banner
PAGES.append(Page(
    name="h58-neuchatel-rougeole-fleurier",
    meta=ne_meta(["stripped-accents", "duplicate-title"]),
    blocks=[
        B(ne_top("28.01.2026", "Département des finances et de la santé",
                 banner="Info trafic : fermeture nocturne du tunnel de la Clusette jusqu'au 6 février")),
        P("Rougeole : trois cas confirmés dans une école du Val-de-Travers"),
        B("Rougeole : trois cas confirmés dans une école du Val-de-Travers"),
        P("Le Service cantonal de la santé publique (SCSP) a été informé le 27 janvier 2026 de trois cas de rougeole chez des élèves d'un collège de Fleurier, dans le Val-de-Travers. Les enfants, âgés de 9 à 12 ans, n'étaient pas vaccinés.", strip=True),
        P("La médecin cantonale a ordonné l'éviction scolaire pendant 21 jours des 46 élèves et enseignants non immunisés. Une séance d'information pour les parents aura lieu le 3 février à 19 h à la salle Fleurisia.", strip=True),
        P("Dans le canton, la couverture vaccinale à deux doses atteint 93,5 % chez les enfants de 2 ans, en dessous de l'objectif de 95 % fixé par l'Office fédéral de la santé publique (OFSP). La rougeole reste l'une des maladies les plus contagieuses : une personne infectée peut en contaminer jusqu'à 18 autres.", strip=True),
        L("""Contact :
Dre Anne-Lise Matthey, médecin cantonale, tél. 032 889 62 00"""),
        B(ne_bottom([("Décisions du Conseil d'État", "04.02.2026"),
                     ("Forêts : le canton plantera 60'000 arbres", "10.03.2026")])),
    ],
    gold=dict(
        title="Rougeole : trois cas confirmés dans une école du Val-de-Travers",
        dateline=None,
        organisations=[org("Service cantonal de la santé publique", "SCSP"),
                       org("Office fédéral de la santé publique", "OFSP")],
        places=[place("Val-de-Travers"), place("Fleurier")],
        figures=[
            fig("trois cas", 3, "cas"),
            fig("le 27 janvier 2026", "2026-01-27", None, "date"),
            fig("9", 9, None, "age"),
            fig("12 ans", 12, "ans", "age"),
            fig("21 jours", 21, "jours", "duration"),
            fig("46 élèves", 46, "élèves"),
            fig("le 3 février à 19 h", "--02-03", None, "date"),
            fig("deux doses", 2, "doses"),
            fig("93,5 %", 93.5, "%", "percent"),
            fig("2 ans", 2, "ans", "age"),
            fig("95 %", 95, "%", "percent"),
            fig("jusqu'à 18", 18, None, qualifier="jusqu'à"),
        ],
        phones=[phone("+41328896200")],
        emails=[],
        contacts=[contact("Anne-Lise Matthey", "médecin cantonale", None, ["+41328896200"])],
        notes=NE_NOTE + " This page adds a traffic banner under the language line. Title printed twice (the second copy "
              "is boilerplate). The three body paragraphs lost every accent ('eleves', 'age', 'reunion'); the title "
              "and the contact kept theirs. 'âgés de 9 à 12 ans': age range. 'jusqu'à 18 autres': 'autres' is a "
              "pronoun, not a counted noun: unit null, qualifier jusqu'à. 'le 3 février à 19 h': a date with a clock "
              "time (one date figure). 'Dre' is a title, not part of the name. 'salle Fleurisia' is a venue. 'La "
              "médecin cantonale' in the body is a role.",
    ),
))

# --------------------------------------------------------------------------- h59 décisions du Conseil d'État, glued headings
PAGES.append(Page(
    name="h59-neuchatel-decisions-conseil",
    meta=ne_meta(["heading-glued"]),
    blocks=[
        B(ne_top("04.02.2026", "Chancellerie d'État")),
        P("Décisions du Conseil d'État de la séance du 4 février 2026"),
        P("Énergie"),
        P("Le Conseil d'État a octroyé un crédit de 3,9 millions de francs pour équiper de panneaux solaires 17 bâtiments de l'État. La production attendue, 2,6 GWh par an, couvrira environ 15 % de leurs besoins en électricité.", glue=True),
        P("Culture"),
        P("Une subvention annuelle de 450'000 francs est accordée au Théâtre populaire romand (TPR) pour la période 2026-2029, en hausse de 12 %.", glue=True),
        P("Nomination"),
        P("M. Olivier Perrenoud, 47 ans, ingénieur EPF, est nommé chef du Service des ponts et chaussées à partir du 1er avril 2026. Il succède à M. Jean-Daniel Cuche, qui prend sa retraite après 28 ans au service de l'État.", glue=True),
        L("Renseignements : Chancellerie d'État, 032 889 40 03, chancellerie@ne-canton.example.ch"),
        B(ne_bottom([("Invitation aux médias : première pierre du CFPM", "12.02.2026"),
                     ("Rougeole : trois cas confirmés dans le Val-de-Travers", "28.01.2026")])),
    ],
    gold=dict(
        title="Décisions du Conseil d'État de la séance du 4 février 2026",
        dateline=None,
        organisations=[org("Conseil d'État", None), org("Théâtre populaire romand", "TPR"),
                       org("Service des ponts et chaussées", None)],
        places=[],
        figures=[
            fig("4 février 2026", "2026-02-04", None, "date"),
            fig("3,9 millions de francs", 3900000, "francs", "money", currency="CHF"),
            fig("17 bâtiments", 17, "bâtiments"),
            fig("2,6 GWh", 2.6, "GWh", "other"),
            fig("environ 15 %", 15, "%", "percent", qualifier="environ"),
            fig("450'000 francs", 450000, "francs", "money", currency="CHF"),
            fig("2026", 2026, None, "year"),
            fig("2029", 2029, None, "year"),
            fig("12 %", 12, "%", "percent"),
            fig("47 ans", 47, "ans", "age"),
            fig("1er avril 2026", "2026-04-01", None, "date"),
            fig("28 ans", 28, "ans", "duration"),
        ],
        phones=[phone("+41328894003")],
        emails=["chancellerie@ne-canton.example.ch"],
        contacts=[contact(None, None, "Chancellerie d'État", ["+41328894003"], ["chancellerie@ne-canton.example.ch"])],
        notes=NE_NOTE + " A summary of government decisions with three one-word headings, each glued to its paragraph "
              "('ÉnergieLe Conseil', 'CultureUne subvention', 'NominationM. Olivier'). The chancellery phone appears "
              "both in the article's contact line and in the boilerplate footer: listed once, from the article. The "
              "Chancellerie d'État is named only as the contact's office: not listed as an organisation (README). "
              "'la période 2026-2029': two year figures. 'EPF' in 'ingénieur EPF' is a degree title: not listed. "
              "'Service des ponts et chaussées' is named in the body (not only in a contact): listed (uncertain). "
              "'l'État' is generic. 'par an' is not a figure. No place is named in the article.",
    ),
))

# --------------------------------------------------------------------------- h60 forêts, HTML debris, hidden e-mail, dateline
PAGES.append(Page(
    name="h60-neuchatel-forets-climat",
    meta=ne_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(ne_top("10.03.2026", "Département du développement territorial et de l'environnement", section="Départements")),
        P("Forêts : le canton plantera 60'000 arbres d'ici 2030"),
        P("[[<p><strong>||]]Neuchâtel, le 10 mars 2026 – Le Département du développement territorial et de l'environnement (DDTE) lance un programme d'adaptation des forêts au changement climatique.[[</strong>||]] D'ici 2030, 60'000 arbres d'essences plus résistantes à la sécheresse, comme le chêne sessile ou le cèdre de l'Atlas, seront plantés sur 120 hectares.[[</p>||]]"),
        P("[[<p>||]]Les forêts couvrent 38 % du territoire cantonal. Depuis l'été 2018, les scolytes ont détruit plus de 400'000 m³ d'épicéas, soit l'équivalent de 3 années d'exploitation.[[<br />||]]"),
        P("Le programme, doté de 8,7 millions de francs sur cinq ans, est financé à 60 % par la Confédération. Les propriétaires privés, qui possèdent 46 % des forêts, pourront bénéficier d'une aide de CHF 2.50 par plant.[[</p>||]]"),
        L("""[[<p><strong>Contact :</strong>&nbsp;||Contact :\u00a0]]Pascal Wüthrich, ingénieur forestier cantonal, Service de la faune, des forêts et de la nature, tél. 032 889 67 40, [email protected][[</p>||]]"""),
        B(ne_bottom([("Comptes 2025 : excédent de 18,4 millions", "14.04.2026"),
                     ("Invitation aux médias : première pierre du CFPM", "12.02.2026")])),
    ],
    gold=dict(
        title="Forêts : le canton plantera 60'000 arbres d'ici 2030",
        dateline=dl("Neuchâtel", "2026-03-10"),
        organisations=[org("Département du développement territorial et de l'environnement", "DDTE")],
        places=[place("Neuchâtel")],
        figures=[
            fig("60'000 arbres", 60000, "arbres"),
            fig("2030", 2030, None, "year"),
            fig("le 10 mars 2026", "2026-03-10", None, "date"),
            fig("120 hectares", 120, "hectares", "other"),
            fig("38 %", 38, "%", "percent"),
            fig("2018", 2018, None, "year"),
            fig("plus de 400'000 m³", 400000, "m³", "other", qualifier="plus de"),
            fig("3 années", 3, "années", "duration"),
            fig("8,7 millions de francs", 8700000, "francs", "money", currency="CHF"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("60 %", 60, "%", "percent"),
            fig("46 %", 46, "%", "percent"),
            fig("CHF 2.50", 2.5, "CHF", "money", currency="CHF"),
        ],
        phones=[phone("+41328896740")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Pascal Wüthrich", "ingénieur forestier cantonal",
                          "Service de la faune, des forêts et de la nature", ["+41328896740"])],
        notes=NE_NOTE + " Breadcrumb section 'Départements' instead of 'Conseil d'État' on this page. HTML left in the "
              "text: <p><strong>, </strong>, <br />, </p> and '&nbsp;' after the contact label (repaired to U+00A0). "
              "The contact's e-mail is hidden ('[email protected]': counted, not listed). Dateline 'Neuchâtel, le 10 "
              "mars 2026 –' inside the first bold paragraph. 'Depuis l'été 2018': the season noun stays out of the "
              "text. 'cèdre de l'Atlas' is a species name: no place. 'la Confédération' (the Swiss federal state) is "
              "treated like 'l'État': generic, not listed (uncertain). 'CHF 2.50' keeps its decimal point. The "
              "service is named only as the contact's organisation: not listed.",
    ),
))

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h61 Senegalese news agency, capital title, cp1250
PAGES.append(Page(
    name="h61-aps-kaolack-arachide",
    meta={"site": "aps-senegal.example.sn", "style": "national-news-agency",
          "defects": ["menu", "mojibake-cp1250", "wire-slug", "share-lines", "ticker"]},
    blocks=[
        B("""AGENCE DE PRESSE SÉNÉGALAISE
Accueil | Politique | Économie | Société | Régions | Sports | Culture | Vidéos
Dernière minute : Ziguinchor : le pont de Diouloulou rouvert à la circulation
Économie"""),
        P("KAOLACK : LA CAMPAGNE DE COMMERCIALISATION DE L’ARACHIDE DÉMARRE AVEC UN PRIX PLANCHER DE 305 FRANCS CFA"),
        B("03/12/2025 - 17:42 | Par Ousseynou Diatta"),
        P("Kaolack, 3 déc (APS) – La campagne de commercialisation de l’arachide 2025-2026 a officiellement démarré mercredi dans la région de Kaolack, avec un prix plancher fixé à 305 francs CFA le kilogramme, a constaté l’APS.", moji="cp1250"),
        P("Le gouverneur de la région, Ousmane Ndiaye Sarr, a présidé la cérémonie de lancement au marché de Ndiaffate, en présence des responsables de la Société nationale de commercialisation des oléagineux du Sénégal (SONACOS) et des collecteurs privés.", moji="cp1250"),
        P("Selon la Direction régionale du développement rural (DRDR), la production d’arachide de la région est estimée à 412 000 tonnes, contre 356 000 tonnes la saison précédente, soit une hausse de près de 16 %."),
        P("Le Sénégal table sur une collecte nationale d’au moins 850 000 tonnes. Les producteurs réclament toutefois un paiement comptant : « L’an dernier, certains d’entre nous ont attendu plus de deux mois », a déploré Aliou Faye, président d’une union de producteurs de Nioro du Rip.", moji="cp1250"),
        B("""OD/ASG/MK
Partager : Facebook | X | WhatsApp | Imprimer
Dans la même rubrique
Tambacounda : 1 200 hectares de coton sinistrés
Louga : ouverture du marché hebdomadaire de bétail
© APS 2025 – Tous droits réservés"""),
    ],
    gold=dict(
        title="KAOLACK : LA CAMPAGNE DE COMMERCIALISATION DE L’ARACHIDE DÉMARRE AVEC UN PRIX PLANCHER DE 305 FRANCS CFA",
        dateline=dl("Kaolack", "--12-03"),
        organisations=[org(None, "APS"),
                       org("Société nationale de commercialisation des oléagineux du Sénégal", "SONACOS"),
                       org("Direction régionale du développement rural", "DRDR")],
        places=[place("Kaolack"), place("Ndiaffate"), place("Sénégal", "SN"), place("Nioro du Rip")],
        figures=[
            fig("305 FRANCS CFA", 305, "FRANCS CFA", "money", currency="XOF"),
            fig("3 déc", "--12-03", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("305 francs CFA", 305, "francs CFA", "money", currency="XOF"),
            fig("412 000 tonnes", 412000, "tonnes", "other"),
            fig("356 000 tonnes", 356000, "tonnes", "other"),
            fig("près de 16 %", 16, "%", "percent", qualifier="près de"),
            fig("au moins 850 000 tonnes", 850000, "tonnes", "other", qualifier="au moins"),
            fig("plus de deux mois", 2, "mois", "duration", qualifier="plus de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Senegalese national news agency dispatch: agency name, one-line menu, 'Dernière minute' ticker, rubric "
              "label, time stamp + byline line, wire initials 'OD/ASG/MK', share line, 'Dans la même rubrique' "
              "headlines and copyright (all boilerplate). Title in capitals with its accents. Three of the four body "
              "paragraphs are UTF-8 read as cp1250 ('Ă©', 'â€™'). Dateline with an abbreviated month and no year: "
              "'Kaolack, 3 déc (APS) –' → --12-03; APS never spelt out in the article (the masthead is "
              "boilerplate): acronym only. Place 'Kaolack' listed once (also in capitals in the title). "
              "'305 FRANCS CFA' (title) and '305 francs CFA' differ in text: both listed (uncertain). 'campagne ... "
              "2025-2026': a season dated by two years: two year figures. 'Sénégal' inside SONACOS's name does not "
              "count, but the body names the country on its own. 'le kilogramme' is a price unit, not a figure.",
    ),
))

# --------------------------------------------------------------------------- h62 Haitian NGO WordPress blog with comments
PAGES.append(Page(
    name="h62-kombit-lespwa-clinique-mobile",
    meta={"site": "kombit-lespwa.example.ht", "style": "wordpress-ngo-blog",
          "defects": ["menu", "lost-oe", "lost-apostrophe", "comments-widget", "obfuscated-email"]},
    blocks=[
        B("""Kombit Lespwa – Solidarité santé Haïti
Accueil
Qui sommes-nous ?
Nos actions
Blog
Faire un don
Blog › Santé › Urgence"""),
        P("Port-au-Prince : notre clinique mobile a soigné 3 200 personnes déplacées en six mois"),
        B("Publié le 18 février 2026 par Équipe Kombit | 4 commentaires"),
        P("Port-au-Prince (Haïti) – Depuis le mois d’août, la clinique mobile de Kombit Lespwa se rend chaque semaine dans quatre sites de déplacés de la zone métropolitaine. En six mois, nos équipes ont assuré 3 200 consultations, dont 41 % pour des enfants de moins de 5 ans.", apos="drop"),
        P("Nous avons dépisté 612 enfants malnutris et orienté 87 cas graves vers les centres de prise en charge de Médecins du Monde.", apos="drop"),
        P("« Les familles vivent dans des salles de classe, sans eau ni latrines. Nous faisons de notre mieux, mais c’est une goutte d’eau », confie l’infirmière Marie-Carmelle Joseph, qui coordonne le travail des 9 membres de l’équipe.", apos="drop"),
        P("Notre action, mise en œuvre au cœur de Delmas et de Pétion-Ville, coûte environ 1,2 million de gourdes par mois, soit près de 9 100 dollars américains.", apos="drop", oe="drop"),
        P("Pour soutenir la clinique ou nous rejoindre comme bénévole, écrivez-nous à contact [at] kombit-lespwa.example.ht ou appelez le +509 37 12 45 80.", apos="drop"),
        B("""Catégories : Santé, Urgence | Étiquettes : déplacés, malnutrition
4 réponses à « Port-au-Prince : notre clinique mobile a soigné 3 200 personnes déplacées en six mois »
Jean-Robert P. dit : 19 février 2026 à 08:14
Bravo à toute l’équipe, Bondye beni nou !
Répondre
Nadège dit : 19 février 2026 à 11:52
Comment faire un don depuis Montréal ?
Répondre
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
© 2026 Kombit Lespwa – Propulsé par WordPress"""),
    ],
    gold=dict(
        title="Port-au-Prince : notre clinique mobile a soigné 3 200 personnes déplacées en six mois",
        dateline=dl("Port-au-Prince", None),
        organisations=[org("Kombit Lespwa", None), org("Médecins du Monde", None)],
        places=[place("Port-au-Prince"), place("Haïti", "HT"), place("Delmas"), place("Pétion-Ville")],
        figures=[
            fig("3 200 personnes", 3200, "personnes"),
            fig("six mois", 6, "mois", "duration"),
            fig("quatre sites", 4, "sites"),
            fig("3 200 consultations", 3200, "consultations"),
            fig("41 %", 41, "%", "percent"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("612 enfants", 612, "enfants"),
            fig("87 cas", 87, "cas"),
            fig("9 membres", 9, "membres"),
            fig("environ 1,2 million de gourdes", 1200000, "gourdes", "money", qualifier="environ", currency="HTG"),
            fig("près de 9 100 dollars américains", 9100, "dollars américains", "money", qualifier="près de",
                currency="USD"),
        ],
        phones=[phone("+50937124580")],
        emails=[],
        contacts=[contact(None, None, None, ["+50937124580"])],
        notes="WordPress blog of a Haitian health NGO: site name, vertical menu, breadcrumb of categories, byline line "
              "with comment counter, categories/tags line, comment thread (two comments with time stamps, 'Répondre', "
              "comment form notice) and 'Propulsé par WordPress' footer are boilerplate. Every ’ of the article "
              "dropped ('daoût', 'cest', 'linfirmière'); œ dropped ('mise en uvre au c ur'). Dateline 'Port-au-Prince "
              "(Haïti) –' without date; Haïti in brackets is the country (listed). 'Depuis le mois d’août': a month "
              "without day or year, not a figure. 'En six mois' repeats 'six mois' of the title: one figure (the "
              "preposition stays out). The closing sentence is an office contact written in the body: person, role "
              "and organisation null (the NGO speaks as 'nous'; uncertain), the obfuscated address stays as written "
              "and is not listed, the Haitian mobile is. 'Montréal' and the comment dates are in the boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h63 UNFPA country office, kicker, title twice, glued headings
PAGES.append(Page(
    name="h63-unfpa-benin-fistule",
    meta={"site": "benin.unfpa.example.org", "style": "un-agency-country-office",
          "defects": ["menu", "breadcrumb", "duplicate-title", "heading-glued", "share-lines", "ticker", "english-dateline"]},
    blocks=[
        B("""UNFPA Bénin
Accueil
À propos
Nos programmes
Actualités
Publications
Français | English
Actualités > Communiqués de presse
COMMUNIQUÉ DE PRESSE"""),
        P("Fistule obstétricale : 214 femmes opérées gratuitement lors de la campagne de Parakou"),
        B("Fistule obstétricale : 214 femmes opérées gratuitement lors de la campagne de Parakou"),
        P("Cotonou, 5 March 2026 – Le Fonds des Nations Unies pour la population (UNFPA) et le ministère de la Santé ont clôturé vendredi la campagne nationale de réparation de la fistule obstétricale organisée du 9 au 27 février à l’hôpital de zone de Parakou."),
        P("Une prise en charge complète"),
        P("Au total, 214 femmes, âgées de 16 à 67 ans, ont été opérées par une équipe de 11 chirurgiens et sages-femmes. Le taux de réussite est de 88 %. Chaque patiente a reçu un kit de réinsertion d’une valeur de 75 000 francs CFA.", glue=True),
        P("Un fléau évitable"),
        P("Le Bénin compte chaque année près de 1 500 nouveaux cas de fistule, selon l’Enquête démographique et de santé. « Aucune femme ne devrait vivre dans la honte », a rappelé la représentante de l’UNFPA, Dr Aïssata Kane-Diallo.", glue=True),
        P("La campagne, financée à hauteur de 96 millions de francs CFA par le Canada et l’Agence coréenne de coopération internationale (KOICA), sera reconduite en septembre 2026 à Natitingou."),
        L("""Contact média :
Roland Agossou, chargé de communication, UNFPA Bénin
Tél. : +229 01 97 45 12 30
agossou@unfpa.org"""),
        B("""Partager : Facebook | X | LinkedIn
À lire également
Journée internationale des femmes 2026 : le message du Directeur exécutif
Santé des adolescents : 40 clubs ouverts dans l’Atacora
© UNFPA 2026 | Conditions d’utilisation | Contactez-nous"""),
    ],
    gold=dict(
        title="Fistule obstétricale : 214 femmes opérées gratuitement lors de la campagne de Parakou",
        dateline=dl("Cotonou", "2026-03-05"),
        organisations=[org("Fonds des Nations Unies pour la population", "UNFPA"), org("ministère de la Santé", None),
                       org("Agence coréenne de coopération internationale", "KOICA")],
        places=[place("Parakou"), place("Cotonou"), place("Bénin", "BJ"), place("Canada", "CA"),
                place("Natitingou")],
        figures=[
            fig("214 femmes", 214, "femmes"),
            fig("5 March 2026", "2026-03-05", None, "date"),
            fig("9", "--02-09", None, "date"),
            fig("27 février", "--02-27", None, "date"),
            fig("16", 16, None, "age"),
            fig("67 ans", 67, "ans", "age"),
            fig("11 chirurgiens", 11, "chirurgiens"),
            fig("88 %", 88, "%", "percent"),
            fig("75 000 francs CFA", 75000, "francs CFA", "money", currency="XOF"),
            fig("près de 1 500 nouveaux cas", 1500, "cas", qualifier="près de"),
            fig("96 millions de francs CFA", 96000000, "francs CFA", "money", currency="XOF"),
            fig("septembre 2026", 2026, None, "year"),
        ],
        phones=[phone("+2290197451230")],
        emails=["agossou@unfpa.org"],
        contacts=[contact("Roland Agossou", "chargé de communication", "UNFPA Bénin", ["+2290197451230"],
                          ["agossou@unfpa.org"])],
        notes="UN population fund country office (Benin): office name, vertical menu, language line, breadcrumb and a "
              "category kicker 'COMMUNIQUÉ DE PRESSE' above the title (boilerplate), title printed twice (second copy "
              "boilerplate), an English dateline on the French release ('Cotonou, 5 March 2026 –', date figure '5 March 2026'), two subheadings glued to their paragraphs ('complèteAu total', 'évitableLe Bénin'). "
              "Share line, 'À lire également' headlines and footer at the bottom. 'du 9 au 27 février': date range "
              "without year ('9' takes the month of the second bound). 'âgées de 16 à 67 ans': age range. Benin uses "
              "XOF. 'Canada' as a donor is a country (listed). 'Enquête démographique et de santé' is a survey, not "
              "an organisation. 'septembre 2026': month-year, a year figure with the month in its text. 'chaque "
              "année' is not a figure. Benin's 10-digit numbering (+229 01 ...).",
    ),
))

# --------------------------------------------------------------------------- h64 Canadian federal department, bilingual chrome, date line before title
PAGES.append(Page(
    name="h64-aac-gatineau-methane-laitier",
    meta={"site": "agriculture.canada.example.ca", "style": "federal-department-bilingual-chrome",
          "defects": ["menu", "breadcrumb", "lost-apostrophe", "share-lines", "page-furniture"]},
    blocks=[
        B("""Passer au contenu principal
Passer à « Au sujet du gouvernement »
English
Gouvernement du Canada / Government of Canada
Recherche dans Canada.ca
Menu
Accueil > Agriculture et Agroalimentaire Canada > Nouvelles
Communiqué de presse
14 janvier 2026"""),
        P("Le gouvernement du Canada investit 4,8 millions de dollars pour aider les producteurs laitiers à réduire leurs émissions"),
        P("Gatineau (Québec), le 14 janvier 2026 – Les producteurs laitiers canadiens pourront bientôt mesurer et réduire les émissions de méthane de leurs troupeaux. Le ministre de l’Agriculture et de l’Agroalimentaire a annoncé aujourd’hui un investissement de 4,8 millions de dollars en faveur des Producteurs laitiers du Canada (PLC).", apos="?"),
        P("Ce financement, accordé dans le cadre du programme Solutions agricoles pour le climat, permettra d’équiper 350 fermes de capteurs et de former quelque 1 200 producteurs d’ici mars 2028.", apos="?"),
        P("Faits en bref"),
        L("""Le secteur laitier compte environ 9 400 fermes au Canada, dont 4 800 au Québec.
L’agriculture représente environ 10 % des émissions de gaz à effet de serre du pays.
Les PLC contribueront 1,6 M$ supplémentaires au projet."""),
        L("""Personnes-ressources
Élise Tremblay-Roy
Attachée de presse
Cabinet du ministre de l’Agriculture et de l’Agroalimentaire
613-715-4820
Relations avec les médias
Agriculture et Agroalimentaire Canada
1-855-201-4472"""),
        B("""Recherche d’information connexe par mot-clé : Agriculture | Environnement | Québec
Partager cette page
Signaler un problème ou une erreur sur cette page
Date de modification : 2026-01-14
Nous joindre | Ministères et organismes | Fonction publique et force armée | Nouvelles | Lois
Avis | Confidentialité
Canada.ca"""),
    ],
    gold=dict(
        title="Le gouvernement du Canada investit 4,8 millions de dollars pour aider les producteurs laitiers à réduire leurs émissions",
        dateline=dl("Gatineau", "2026-01-14"),
        organisations=[org("Producteurs laitiers du Canada", "PLC"), org("Agriculture et Agroalimentaire Canada", None),
                       org("gouvernement du Canada")],
        places=[place("Canada", "CA"), place("Gatineau"), place("Québec")],
        figures=[
            fig("4,8 millions de dollars", 4800000, "dollars", "money", currency="CAD"),
            fig("le 14 janvier 2026", "2026-01-14", None, "date"),
            fig("350 fermes", 350, "fermes"),
            fig("quelque 1 200 producteurs", 1200, "producteurs", qualifier="quelque"),
            fig("mars 2028", 2028, None, "year"),
            fig("environ 9 400 fermes", 9400, "fermes", qualifier="environ"),
            fig("4 800", 4800, None),
            fig("environ 10 %", 10, "%", "percent", qualifier="environ"),
            fig("1,6 M$", 1600000, "M$", "money", currency="CAD"),
        ],
        phones=[phone("+16137154820"), phone("+18552014472")],
        emails=[],
        contacts=[contact("Élise Tremblay-Roy", "Attachée de presse",
                          "Cabinet du ministre de l’Agriculture et de l’Agroalimentaire", ["+16137154820"]),
                  contact(None, None, "Agriculture et Agroalimentaire Canada", ["+18552014472"])],
        notes="Canadian federal department news page with bilingual government chrome (skip links, 'English', "
              "'Gouvernement du Canada / Government of Canada', search, breadcrumb), a type line and a date line "
              "printed before the title (boilerplate); keyword, share, 'Signaler un problème', 'Date de "
              "modification' and footer lines at the bottom. The two paragraphs after the title have every ’ turned "
              "into '?' ('l?Agriculture', 'd?équiper'); the list and the contacts are clean. Dateline 'Gatineau "
              "(Québec), le 14 janvier 2026 –': place 'Gatineau' (the province in brackets is listed as a place, like "
              "'Nouakchott (Mauritanie)'). '$' and 'dollars' on a Canadian federal page: CAD. 'Faits en bref' is a "
              "section heading; 'Personnes-ressources' opens the contact block (article lines). 'Solutions agricoles "
              "pour le climat' is a programme. 'gouvernement du Canada' is generic. The department appears in the "
              "article only as the office of the media-relations contact, but it is the body itself (not a "
              "sub-office of one): listed (uncertain). The minister's office is a sub-office named only in a contact: "
              "not listed. '613-715-4820' and '1-855-201-4472' have no country code: +1 by the page.",
    ),
))

# --------------------------------------------------------------------------- h65 ICRC-style delegation, lost dashes, entities, two-city dateline
PAGES.append(Page(
    name="h65-cicr-niger-eau-tillaberi",
    meta={"site": "cicr-niger.example.org", "style": "icrc-delegation",
          "defects": ["menu", "breadcrumb", "lost-dash", "double-space", "html-debris", "newsletter-chrome",
                      "share-lines"]},
    blocks=[
        B("""CICR | Niger
Ce que nous faisons ▾
Où nous travaillons ▾
Documents
Médias
Faire un don
Actualités › Communiqués de presse › Niger
Communiqué de presse · 21 janvier 2026 · Temps de lecture : 3 min"""),
        P("Niger : plus de 180 000 personnes ont de nouveau accès à l’eau dans la région de Tillabéri"),
        P("NIAMEY/GENÈVE (CICR) – Le Comité international de la Croix-Rouge (CICR) a achevé la réhabilitation de 62 forages et de 9 mini-réseaux d’adduction d’eau dans les départements de Ouallam, Téra et Ayorou, au profit de plus de 180 000 personnes touchées par le conflit.", nodash=" "),
        P("[[&laquo;&nbsp;||«\u00a0]]L[[&rsquo;||’]]accès à l[[&rsquo;||’]]eau est une question de survie, mais aussi de dignité[[&nbsp;&raquo;||\u00a0»]], souligne Thomas Verbeke, chef de la délégation du CICR au Niger. Dans ces zones, près de 40 % des points d[[&rsquo;||’]]eau étaient hors service à la suite d[[&rsquo;||’]]attaques ou faute d[[&rsquo;||’]]entretien."),
        P("Ces travaux, menés avec la Croix-Rouge nigérienne, ont coûté 1,9 milliard de francs CFA (environ 2,9 millions d’euros). En 2025, le CICR a aussi visité 14 lieux de détention – où sont détenues quelque 4 300 personnes – et facilité 1 236 appels téléphoniques entre des détenus et leurs familles.", nodash=" "),
        L("""Pour plus d’informations :
Aïcha Maïga Boubacar, CICR Niamey, tél. : +227 20 72 71 58, [[<a href="mailto:amaigaboubacar@icrc.org">amaigaboubacar@icrc.org</a>||amaigaboubacar@icrc.org]]
Frédérique Lanvin, CICR Genève, tél. : +41 22 730 34 12 ou +41 79 218 57 40, flanvin@icrc.org"""),
        B("""Tags : Niger · Eau et habitat · Détention
Partager : Facebook · X · LinkedIn · Courriel
Pour aller plus loin
Sahel central : les besoins humanitaires atteignent un niveau record
Recevez nos communiqués par courriel : votre adresse [S’abonner]
© CICR 2026 · Mentions légales · Protection des données"""),
    ],
    gold=dict(
        title="Niger : plus de 180 000 personnes ont de nouveau accès à l’eau dans la région de Tillabéri",
        dateline=dl("NIAMEY/GENÈVE", None),
        organisations=[org("Comité international de la Croix-Rouge", "CICR"), org("Croix-Rouge nigérienne", None)],
        places=[place("Niger", "NE"), place("Tillabéri"), place("Ouallam"), place("Téra"), place("Ayorou"),
                place("Niamey"), place("Genève")],
        figures=[
            fig("plus de 180 000 personnes", 180000, "personnes", qualifier="plus de"),
            fig("62 forages", 62, "forages"),
            fig("9 mini-réseaux", 9, "mini-réseaux"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("1,9 milliard de francs CFA", 1900000000, "francs CFA", "money", currency="XOF"),
            fig("environ 2,9 millions d’euros", 2900000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("En 2025", 2025, None, "year"),
            fig("14 lieux", 14, "lieux"),
            fig("quelque 4 300 personnes", 4300, "personnes", qualifier="quelque"),
            fig("1 236 appels", 1236, "appels"),
        ],
        phones=[phone("+22720727158"), phone("+41227303412"), phone("+41792185740")],
        emails=["amaigaboubacar@icrc.org", "flanvin@icrc.org"],
        contacts=[contact("Aïcha Maïga Boubacar", None, "CICR Niamey", ["+22720727158"], ["amaigaboubacar@icrc.org"]),
                  contact("Frédérique Lanvin", None, "CICR Genève", ["+41227303412", "+41792185740"],
                          ["flanvin@icrc.org"])],
        notes="Delegation page of a Red Cross-movement committee (Niger): site name, menu with ▾, breadcrumb, type/date/"
              "reading-time line; tags, share, 'Pour aller plus loin' headline, newsletter line and footer at the bottom. "
              "En dashes lost in the dateline and around an incise (left as double spaces). The quote paragraph is "
              "written with HTML entities (&laquo;&nbsp;, &rsquo;, &nbsp;&raquo;), repaired to « », ’ and U+00A0; "
              "mailto debris in the contact. Dateline 'NIAMEY/GENÈVE (CICR) –': two cities joined by a slash, kept "
              "as one place as written, no date (the date is in the boilerplate type line); CICR named in the "
              "dateline is the organisation spelt out just after. Niamey and Genève are listed in normal case from "
              "the office labels of the contacts ('CICR Niamey', 'CICR Genève': the organisation of each contact as "
              "written). 'En 2025': year with its preposition. '(environ 2,9 millions d’euros)': conversion, listed. "
              "Niger uses XOF.",
    ),
))

# --------------------------------------------------------------------------- h66 prefecture communiqué as a PDF text dump, lost € and dash
PAGES.append(Page(
    name="h66-prefecture-correze-secheresse-pdf",
    meta={"site": "correze.example.gouv.fr", "style": "prefecture-pdf-dump",
          "defects": ["page-furniture", "hard-wrap", "pdf-hyphenation", "lost-euro", "lost-dash", "double-space",
                      "postcode-trap"]},
    wrap=78, jitter=6,
    blocks=[
        B("""PRÉFET
DE LA CORRÈZE
Liberté
Égalité
Fraternité
Cabinet du préfet
Bureau de la communication interministérielle
COMMUNIQUÉ DE PRESSE"""),
        P("Sécheresse : 14 communes du bassin de la Vézère placées en situation de crise", nowrap=True),
        P("Tulle, le 18 juillet 2025", nowrap=True),
        P("Face à la baisse continue du débit de la Vézère, qui atteint 0,9 m³/s à Uzerche, soit moins de 30 % du débit moyen de juillet, le préfet de la Corrèze a pris ce jour un arrêté plaçant 14 communes en situation de crise à compter du samedi 19 juillet 2025."),
        P("Dans ces communes, les prélèvements d’eau à usage agricole sont interdits, à l’exception de l’abreuvement des animaux. Le remplissage des piscines privées, le lavage des véhicules et l’arrosage des pelouses sont interdits de 8 h à 20 h. Les 62 autres communes du bassin restent en alerte renforcée."),
        B("""Préfecture de la Corrèze – 12, rue du Préfet-Rivière – CS 50200 – 19012 Tulle Cedex
1/2"""),
        P("Tout manquement est passible d’une amende pouvant aller jusqu’à 1 500 € ; 37 contrôles ont été menés depuis le 1er juillet par l’Office français de la biodiver-⏎sité (OFB), qui a dressé 5 procès-verbaux.".replace("biodiver-⏎sité", "[[biodiver-⏎sité||biodiversité]]"), noeuro=True),
        P("Le comité ressource en eau se réunira de nouveau le 25 juillet. L’ensemble des mesures est consultable sur le site internet de l’État en Corrèze et dans chaque mairie."),
        L("Contact presse : Bureau de la communication interministérielle – 05 55 20 56 13 – pref-communication@correze.example.gouv.fr", nodash=" "),
        B("""Préfecture de la Corrèze – 12, rue du Préfet-Rivière – CS 50200 – 19012 Tulle Cedex
2/2"""),
    ],
    gold=dict(
        title="Sécheresse : 14 communes du bassin de la Vézère placées en situation de crise",
        dateline=dl("Tulle", "2025-07-18"),
        organisations=[org("Office français de la biodiversité", "OFB")],
        places=[place("Vézère"), place("Tulle"), place("Uzerche"), place("Corrèze")],
        figures=[
            fig("14 communes", 14, "communes"),
            fig("le 18 juillet 2025", "2025-07-18", None, "date"),
            fig("0,9 m³/s", 0.9, "m³/s", "other"),
            fig("moins de 30 %", 30, "%", "percent", qualifier="moins de"),
            fig("samedi 19 juillet 2025", "2025-07-19", None, "date"),
            fig("62 autres communes", 62, "communes"),
            fig("jusqu’à 1 500 €", 1500, "€", "money", qualifier="jusqu’à", currency="EUR"),
            fig("37 contrôles", 37, "contrôles"),
            fig("le 1er juillet", "--07-01", None, "date"),
            fig("5 procès-verbaux", 5, "procès-verbaux"),
            fig("le 25 juillet", "--07-25", None, "date"),
        ],
        phones=[phone("+33555205613")],
        emails=["pref-communication@correze.example.gouv.fr"],
        contacts=[contact(None, None, "Bureau de la communication interministérielle", ["+33555205613"],
                          ["pref-communication@correze.example.gouv.fr"])],
        notes="A French prefecture's communiqué as a plain PDF text dump (no viewer chrome): the letterhead block above "
              "the title (PRÉFET / DE LA CORRÈZE, the motto on three lines, cabinet and office lines, 'COMMUNIQUÉ DE "
              "PRESSE') is treated as page furniture (boilerplate), because in a PDF without a CMS title it precedes "
              "the title and cannot be its letterhead (new decision; README's letterhead rule is for letterheads "
              "printed under a CMS title). Running footer with CS box and Cedex postcode and page marks '1/2', '2/2' "
              "are boilerplate. Body hard-wrapped, one PDF hyphenation ('biodiver-'⏎'sité'). The € was lost "
              "('jusqu’à 1 500  ;') and the dashes of the contact line too (double spaces). Dateline on its own line "
              "under the title. 'à compter du samedi 19 juillet 2025': date figure without 'le'. Clock times 'de 8 h "
              "à 20 h' are not figures. '62 autres communes': unit 'communes' (README: head noun; the text keeps the word before it). 'préfet de la "
              "Corrèze' is a role; Corrèze is listed as a place (the département). The 'comité ressource en eau' is a "
              "generic committee; 'l’État en Corrèze' is generic. The office is named only as the contact's "
              "organisation: not listed.",
    ),
))

# --------------------------------------------------------------------------- h67 UN agency communiqué in a document repository, PDF text with ligatures
PAGES.append(Page(
    name="h67-fao-madagascar-semences-pdf",
    meta={"site": "depot-docs.nations-unies-mg.example.org", "style": "document-repository-pdf",
          "defects": ["pdf-chrome", "page-furniture", "hard-wrap", "wrapped-number", "pdf-hyphenation",
                      "stray-unicode-ligature"]},
    wrap=84, jitter=5,
    blocks=[
        B("""Dépôt documentaire du Système des Nations Unies à Madagascar
Recherche avancée | Parcourir par agence | Aide
Document 4 sur 12 · Télécharger le PDF (412 Ko) · Notice complète
Texte intégral extrait automatiquement
- 1 -"""),
        P("Sud de Madagascar : la FAO distribue des semences à 48 000 ménages avant la saison des pluies", nowrap=True),
        P("Antananarivo, le 6 novembre 2025 – L’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO) a lancé la distribution de 620 tonnes de semences de sorgho, de niébé et de manioc à 48⏎000 ménages des régions Androy, Anosy et Atsimo-Andrefana, où 1,3 million de personnes sont en situation d’insécurité alimentaire aiguë.", lig=True),
        P("Chaque ménage reçoit 12 kilogrammes de semences, des outils et une formation aux techniques d’agricul-⏎ture de conservation. L’opération, financée par l’Union européenne à hauteur de 5,4 millions d’euros, s’inscrit dans un programme de résilience de trois ans.".replace("agricul-⏎ture", "[[agricul-⏎ture||agriculture]]"), lig=True),
        B("""FAO Madagascar | Communiqué de presse | Novembre 2025
- 2 -"""),
        P("Selon le ministère de l’Agriculture et de l’Élevage, la production de la campagne précédente a baissé de 35 % dans l’Androy en raison d’un épisode de sécheresse lié à El Niño."),
        P("« Semer au bon moment, c’est éviter une nouvelle soudure catastrophique », a déclaré le représentant de la FAO à Madagascar, Jean-Baptiste Rakotondrabe. Les ménages bénéficiaires recevront aussi 80 000 ariary pour couvrir leurs besoins pendant les se-⏎mis.".replace("se-⏎mis", "[[se-⏎mis||semis]]"), lig=True),
        L("""Contact : Hanitra Razafindrakoto, chargée de communication, FAO Madagascar
Tél. : +261 20 22 281 35 – Mobile : +261 34 05 123 45 – hanitra.razafindrakoto@fao.org"""),
        B("""FAO Madagascar | Communiqué de presse | Novembre 2025
Fin du document · Signaler une erreur d’extraction"""),
    ],
    gold=dict(
        title="Sud de Madagascar : la FAO distribue des semences à 48 000 ménages avant la saison des pluies",
        dateline=dl("Antananarivo", "2025-11-06"),
        organisations=[org("Organisation des Nations Unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Union européenne", None), org("ministère de l’Agriculture et de l’Élevage", None)],
        places=[place("Madagascar", "MG"), place("Antananarivo"), place("Androy"), place("Anosy"),
                place("Atsimo-Andrefana")],
        figures=[
            fig("48 000 ménages", 48000, "ménages"),
            fig("le 6 novembre 2025", "2025-11-06", None, "date"),
            fig("620 tonnes", 620, "tonnes", "other"),
            fig("1,3 million de personnes", 1300000, "personnes"),
            fig("12 kilogrammes", 12, "kilogrammes", "other"),
            fig("5,4 millions d’euros", 5400000, "euros", "money", currency="EUR"),
            fig("trois ans", 3, "ans", "duration"),
            fig("35 %", 35, "%", "percent"),
            fig("80 000 ariary", 80000, "ariary", "money", currency="MGA"),
        ],
        phones=[phone("+261202228135"), phone("+261340512345")],
        emails=["hanitra.razafindrakoto@fao.org"],
        contacts=[contact("Hanitra Razafindrakoto", "chargée de communication", "FAO Madagascar",
                          ["+261202228135", "+261340512345"], ["hanitra.razafindrakoto@fao.org"])],
        notes="A UN agency communiqué shown as the automatically extracted text of a PDF in a UN document repository: "
              "repository header, search/browse line, document counter and download line, '- n -' page marks, the "
              "running header 'FAO Madagascar | Communiqué de presse | Novembre 2025' and an end line are "
              "boilerplate. Body hard-wrapped with a number split by the line end ('48'⏎'000'), fi/fl ligatures left "
              "as U+FB01/U+FB02 in three paragraphs, and two hyphenated line ends ('agricul-', 'se-'). 'El Niño' is a "
              "climate phenomenon (not a place). 'Union européenne' as a funder is an organisation. 'Madagascar' in "
              "'FAO Madagascar' / 'FAO à Madagascar' is also named in the title: listed. 'la campagne précédente', "
              "'la saison des pluies': not figures. Malagasy ariary: MGA.",
    ),
))

# --------------------------------------------------------------------------- h68 Luxembourg government release, no defect, no boilerplate, short title
PAGES.append(Page(
    name="h68-luxembourg-plan-hydrogene",
    meta={"site": "gouvernement.example.lu", "style": "government-clean-short-title", "defects": []},
    blocks=[
        P("Plan hydrogène adopté"),
        P("Luxembourg, le 27 février 2026 – Le Conseil de gouvernement a adopté ce vendredi le plan national hydrogène présenté par le ministère de l’Économie. Il vise à produire localement 40 % de l’hydrogène vert consommé au Grand-Duché d’ici 2035, soit environ 12 000 tonnes par an."),
        P("Le plan prévoit 180 millions d’euros d’aides publiques sur dix ans, dont 45 millions pour un électrolyseur de 50 mégawatts à Bettembourg, réalisé en partenariat avec la Société nationale des chemins de fer luxembourgeois (CFL) et l’entreprise Hydroval SA."),
        P("Le transport et l’industrie représentent près de 60 % des émissions nationales de gaz à effet de serre. Une première station de ravitaillement pour poids lourds sera mise en service au deuxième semestre 2027 à Esch-sur-Alzette."),
        L("""Communiqué par le ministère de l’Économie
Service presse : Tél. (+352) 247-84137 – presse@eco.public.example.lu"""),
    ],
    gold=dict(
        title="Plan hydrogène adopté",
        dateline=dl("Luxembourg", "2026-02-27"),
        organisations=[org("Conseil de gouvernement", None), org("ministère de l’Économie", None),
                       org("Société nationale des chemins de fer luxembourgeois", "CFL"), org("Hydroval SA", None)],
        places=[place("Luxembourg", "LU"), place("Grand-Duché", "LU"), place("Bettembourg"),
                place("Esch-sur-Alzette")],
        figures=[
            fig("le 27 février 2026", "2026-02-27", None, "date"),
            fig("40 %", 40, "%", "percent"),
            fig("2035", 2035, None, "year"),
            fig("environ 12 000 tonnes", 12000, "tonnes", "other", qualifier="environ"),
            fig("180 millions d’euros", 180000000, "euros", "money", currency="EUR"),
            fig("dix ans", 10, "ans", "duration"),
            fig("45 millions", 45000000, None, "money", currency="EUR"),
            fig("50 mégawatts", 50, "mégawatts", "other"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("2027", 2027, None, "year"),
        ],
        phones=[phone("+35224784137")],
        emails=["presse@eco.public.example.lu"],
        contacts=[contact(None, None, "Service presse", ["+35224784137"], ["presse@eco.public.example.lu"])],
        notes="A Luxembourg government release with no defect and no boilerplate, under a three-word title. "
              "'Luxembourg' in the dateline is both the capital and the country: iso LU (as Monaco in h50). "
              "'Grand-Duché' names the country: listed with iso LU (uncertain). The 'plan national hydrogène' is a "
              "plan, not an organisation; the Conseil de gouvernement (cabinet) is listed. 'dont 45 millions': euros by "
              "context, unit null. 'deuxième semestre 2027': period noun stays out, year '2027'. 'par an' not a "
              "figure. The trailer 'Communiqué par le ministère de l’Économie' is article text; the contact is an "
              "office line whose organisation is its label as written ('Service presse', a department of the "
              "ministry: not listed apart). Luxembourg number '(+352) 247-84137' with the country code in brackets.",
    ),
))

# --------------------------------------------------------------------------- h69 English page on a Cameroonian ministry site (French chrome)
PAGES.append(Page(
    name="h69-minee-yaounde-water-en",
    meta={"site": "minee.example.cm", "style": "bilingual-country-ministry-en", "language": "en",
          "defects": ["english-page", "menu", "mojibake-cp1252", "duplicate-title", "share-lines"]},
    blocks=[
        B("""RÉPUBLIQUE DU CAMEROUN – REPUBLIC OF CAMEROON
Ministère de l’Eau et de l’Énergie
Accueil | Le Ministère | Projets | Actualités | Documents | Contact
Français | English
Actualités"""),
        P("Water supply: Nkolbisson plant extension to serve 600,000 more Yaoundé residents"),
        B("Water supply: Nkolbisson plant extension to serve 600,000 more Yaoundé residents"),
        P("YAOUNDÉ, 4 February 2026 – The Minister of Water Resources and Energy today commissioned the extension of the drinking water treatment plant at Nkolbisson, on the Mefou river, which raises the supply to the capital by 50,000 cubic metres a day and will serve about 600,000 additional residents.", moji="cp1252"),
        P("The works, carried out over 26 months by a consortium led by the Cameroon Water Utilities Corporation (CAMWATER), cost FCFA 38.6 billion, of which 70% was financed by the African Development Bank (AfDB)."),
        P("Yaoundé’s daily demand is estimated at 400,000 m³, against a production of 315,000 m³ before the extension. Nearly half of the city’s 4.1 million inhabitants still receive water only intermittently, according to the Ministry of Water Resources and Energy (MINEE).", moji="cp1252"),
        L("""Press contact: Communication Unit, MINEE
Tel. (+237) 222 22 34 56 / 677 12 34 56 – cellcom@minee.example.cm"""),
        B("""Partager : Facebook | X | WhatsApp
Lire aussi : Électrification rurale : 120 villages raccordés dans l’Adamaoua
© 2026 MINEE – Tous droits réservés"""),
    ],
    gold=dict(
        title="Water supply: Nkolbisson plant extension to serve 600,000 more Yaoundé residents",
        dateline=dl("YAOUNDÉ", "2026-02-04"),
        organisations=[org("Cameroon Water Utilities Corporation", "CAMWATER"),
                       org("African Development Bank", "AfDB"),
                       org("Ministry of Water Resources and Energy", "MINEE")],
        places=[place("Nkolbisson"), place("Yaoundé"), place("Mefou")],
        figures=[
            fig("600,000 more Yaoundé residents", 600000, "residents"),
            fig("4 February 2026", "2026-02-04", None, "date"),
            fig("50,000 cubic metres", 50000, "cubic metres", "other"),
            fig("about 600,000 additional residents", 600000, "residents", qualifier="about"),
            fig("26 months", 26, "months", "duration"),
            fig("FCFA 38.6 billion", 38600000000, "FCFA", "money", currency="XAF"),
            fig("70%", 70, "%", "percent"),
            fig("400,000 m³", 400000, "m³", "other"),
            fig("315,000 m³", 315000, "m³", "other"),
            fig("Nearly half", 0.5, None, "other", qualifier="Nearly"),
            fig("4.1 million inhabitants", 4100000, "inhabitants"),
        ],
        phones=[phone("+237222223456"), phone("+237677123456")],
        emails=["cellcom@minee.example.cm"],
        contacts=[contact(None, None, "Communication Unit, MINEE", ["+237222223456", "+237677123456"],
                          ["cellcom@minee.example.cm"])],
        notes="English release on the French-chrome site of a Cameroonian ministry (bilingual country): the letterhead "
              "line, the French ministry name, menu, language line, rubric, second copy of the title, share, 'Lire "
              "aussi' and copyright lines are boilerplate; the article is wholly English (language en). The dateline "
              "paragraph and the third paragraph are UTF-8 read as cp1252 ('YAOUNDÃ‰', 'Yaoundâ€™s'). Dateline "
              "'YAOUNDÉ, 4 February 2026 –' (capitals, accent as written in the source). 'The Minister of Water "
              "Resources and Energy' is a role; the ministry is listed from the last paragraph with its acronym. "
              "'600,000 more Yaoundé residents' (title): unit 'residents', the head noun; the words before it stay in the text (uncertain). 'Nearly "
              "half' = 0.5, English qualifier 'Nearly'. 'FCFA 38.6 billion': XAF (Cameroon). 'a day' is not a figure. "
              "The second number after '/' is a Cameroonian mobile. The contact is an office with a unit label.",
    ),
))

# --------------------------------------------------------------------------- h70 university newsroom listing, kickers, cp1252 in one story
PAGES.append(Page(
    name="h70-univ-valdeloire-actualites-listing",
    meta={"site": "actu.univ-valdeloire.example.fr", "style": "university-newsroom-listing", "listing": True,
          "defects": ["listing", "menu", "breadcrumb", "read-more", "mojibake-cp1252", "postcode-trap"]},
    blocks=[
        B("""Université Val-de-Loire
Étudier | Recherche | International | Campus | Actualités
Accueil › Actualités
Toutes les actualités (page 1 sur 9)
Filtrer : Toutes | Recherche | Formation | Vie étudiante | International | Culture
Recherche"""),
        P("Un laboratoire de Tours identifie une bactérie capable de dégrader le PET"),
        P("Publié le 12/03/2026"),
        P("L’équipe du laboratoire Microbiologie et Environnement (UMR 7412) a isolé dans un compost une souche capable de décomposer 90 % d’un film plastique en 16 jours. Les résultats sont publiés dans la revue Nature Catalysis."),
        B("Lire la suite →", glue=True),
        B("Vie étudiante"),
        P("Précarité : l’épicerie solidaire du campus a servi 2 300 étudiants"),
        P("Publié le 10/03/2026"),
        P("Ouverte en septembre 2024 sur le campus de Blois, l’épicerie solidaire propose des produits à 10 % du prix du marché. Elle est gérée par l’association Agoraé Val-de-Loire avec le soutien du Crous Orléans-Tours.", moji="cp1252"),
        B("Lire la suite →", glue=True),
        B("International"),
        P("Erasmus+ : 412 étudiants partiront à l’étranger en 2026-2027"),
        P("Publié le 06/03/2026"),
        P("L’université obtient une enveloppe de 1,8 million d’euros de l’Agence Erasmus+ France, en hausse de 14 %. Les départs vers le Canada, le Japon et le Sénégal progressent."),
        B("Lire la suite →", glue=True),
        B("Culture"),
        P("Le festival Campus en scène revient du 2 au 4 avril"),
        P("Publié le 02/03/2026"),
        P("Trente compagnies étudiantes se produiront au théâtre universitaire d’Orléans. Entrée libre dans la limite des 250 places."),
        B("Lire la suite →", glue=True),
        B("""« Précédent | 1 | 2 | 3 | … | 9 | Suivant »
Université Val-de-Loire – 60, avenue du Mail – CS 40612 – 45067 Orléans Cedex 2 – 02 38 41 70 00
Plan d’accès | Annuaire | Mentions légales | Accessibilité : partiellement conforme"""),
    ],
    gold=dict(
        title="Un laboratoire de Tours identifie une bactérie capable de dégrader le PET",
        dateline=None,
        organisations=[org("laboratoire Microbiologie et Environnement", None), org("Agoraé Val-de-Loire", None),
                       org("Crous Orléans-Tours", None), org("Agence Erasmus+ France", None)],
        places=[place("Tours"), place("Blois"), place("Canada", "CA"), place("Japon", "JP"), place("Sénégal", "SN"),
                place("Orléans")],
        figures=[
            fig("le 12/03/2026", "2026-03-12", None, "date"),
            fig("90 %", 90, "%", "percent"),
            fig("16 jours", 16, "jours", "duration"),
            fig("2 300 étudiants", 2300, "étudiants"),
            fig("le 10/03/2026", "2026-03-10", None, "date"),
            fig("septembre 2024", 2024, None, "year"),
            fig("10 %", 10, "%", "percent"),
            fig("412 étudiants", 412, "étudiants"),
            fig("2026", 2026, None, "year"),
            fig("2027", 2027, None, "year"),
            fig("le 06/03/2026", "2026-03-06", None, "date"),
            fig("1,8 million d’euros", 1800000, "euros", "money", currency="EUR"),
            fig("14 %", 14, "%", "percent"),
            fig("le 02/03/2026", "2026-03-02", None, "date"),
            fig("2", "--04-02", None, "date"),
            fig("4 avril", "--04-04", None, "date"),
            fig("Trente compagnies", 30, "compagnies"),
            fig("250 places", 250, "places"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="University newsroom listing: four unrelated news items, each under a category kicker line ('Recherche', "
              "'Vie étudiante', 'International', 'Culture': boilerplate filter labels), with headline, 'Publié le "
              "dd/mm/yyyy' line (time stamps of a listing are article text) and blurb; 'Lire la suite →' is glued to "
              "the end of each blurb (those raw lines hold article text: not listed). Header, filter line, pager and "
              "footer (CS box, Cedex postcode, switchboard number: not a phone of the article) are boilerplate. The "
              "second blurb is UTF-8 read as cp1252. Time stamps listed with their 'le' (README: dates take a "
              "preceding 'le'). 'UMR 7412' is a unit reference: not a figure. 'Nature Catalysis' is a journal, "
              "'Campus en scène' a festival, 'Erasmus+' a programme: not organisations; 'L’université' is generic. "
              "'en 2026-2027': an academic year, two year figures '2026' and '2027' (the first bound bare). 'du 2 au "
              "4 avril': date range without year. 'Crous Orléans-Tours' holds two city names inside a name; Tours and "
              "Orléans are listed from other stories.",
    ),
))

# --------------------------------------------------------------------------- h71 Ivorian portal reprinting a national agency dispatch
PAGES.append(Page(
    name="h71-abidjan-quotidien-onu-femmes-aip",
    meta={"site": "abidjan-quotidien.example.ci", "style": "portal-wire-reprint",
          "defects": ["menu", "lost-apostrophe", "wire-slug", "comments-widget", "ticker", "double-dash-dateline"]},
    blocks=[
        B("""ABIDJAN QUOTIDIEN
☰ Accueil  Politique  Économie  Société  Sport  Culture
Économie
Publié le 12 janvier 2026 à 18:20 | Mis à jour le 13 janvier 2026 à 09:05
Source : Agence ivoirienne de presse"""),
        P("Autonomisation économique : ONU Femmes et le ministère de la Femme lancent un fonds de 2,5 milliards FCFA pour 10 000 commerçantes"),
        P("Abidjan, 12 janv. (AIP) -- L’Entité des Nations Unies pour l’égalité des sexes et l’autonomisation des femmes (ONU Femmes) et le ministère de la Femme, de la Famille et de l’Enfant ont lancé lundi à Abidjan un fonds de garantie de 2,5 milliards FCFA destiné à faciliter l’accès au crédit de 10 000 commerçantes des marchés d’Adjamé, de Treichville et de Yopougon.", apos="?"),
        P("Selon la représentante d’ONU Femmes en Côte d’Ivoire, Mme Clarisse Ouédraogo-Lamizana, moins de 12 % des femmes commerçantes ont accès à un prêt bancaire, alors qu’elles assurent plus de 70 % de la distribution des produits vivriers.", apos="?"),
        P("Le fonds, financé par le gouvernement du Japon et géré par la Banque nationale d’investissement (BNI), garantira jusqu’à 80 % des prêts, d’un montant de 100 000 à 2 millions FCFA, remboursables sur 24 mois. La première phase, prévue sur 18 mois, concernera 3 500 femmes.", apos="?"),
        P("Les groupements intéressés peuvent s’adresser à la coordinatrice du projet, Mme Fatou Bamba Koné, au 07 08 45 21 36 ou à fatou.kone@unwomen.org.", apos="?"),
        B("""kad/tm
Cet article est une reprise d’une dépêche de l’AIP. Reproduction interdite.
Vos réactions (0) – Soyez le premier à réagir
Les plus lus
Can 2027 : les Éléphants connaissent leurs adversaires
Prix du cacao : le bord champ maintenu à 2 200 FCFA
© Abidjan Quotidien 2026"""),
    ],
    gold=dict(
        title="Autonomisation économique : ONU Femmes et le ministère de la Femme lancent un fonds de 2,5 milliards FCFA pour 10 000 commerçantes",
        dateline=dl("Abidjan", "--01-12"),
        organisations=[org(None, "AIP"),
                       org("Entité des Nations Unies pour l’égalité des sexes et l’autonomisation des femmes",
                           "ONU Femmes"),
                       org("ministère de la Femme, de la Famille et de l’Enfant", None),
                       org("Banque nationale d’investissement", "BNI"), org("gouvernement du Japon")],
        places=[place("Abidjan"), place("Adjamé"), place("Treichville"), place("Yopougon"),
                place("Côte d’Ivoire", "CI")],
        figures=[
            fig("2,5 milliards FCFA", 2500000000, "FCFA", "money", currency="XOF"),
            fig("10 000 commerçantes", 10000, "commerçantes"),
            fig("12 janv.", "--01-12", None, "date"),
            fig("moins de 12 %", 12, "%", "percent", qualifier="moins de"),
            fig("plus de 70 %", 70, "%", "percent", qualifier="plus de"),
            fig("jusqu’à 80 %", 80, "%", "percent", qualifier="jusqu’à"),
            fig("100 000", 100000, None, "money", currency="XOF"),
            fig("2 millions FCFA", 2000000, "FCFA", "money", currency="XOF"),
            fig("24 mois", 24, "mois", "duration"),
            fig("18 mois", 18, "mois", "duration"),
            fig("3 500 femmes", 3500, "femmes"),
        ],
        phones=[phone("+2250708452136")],
        emails=["fatou.kone@unwomen.org"],
        contacts=[contact("Fatou Bamba Koné", "coordinatrice du projet", None, ["+2250708452136"],
                          ["fatou.kone@unwomen.org"])],
        notes="Ivorian news portal reprinting a national agency dispatch: masthead, one-line menu with double spaces, "
              "rubric, publication/update line, 'Source :' line naming the agency in full (boilerplate, so the agency "
              "is listed by its acronym only, from the dateline), wire initials 'kad/tm', reprint notice, comment "
              "counter, 'Les plus lus' headlines and copyright. Every ’ of the body became '?' ('l?accès', "
              "'d?Adjamé'); the title kept them. Dateline 'Abidjan, 12 janv. (AIP) --' with an abbreviated month, no "
              "year and a double hyphen: --01-12, figure text '12 janv.'. 'ONU Femmes' is the usual short name given in "
              "brackets after the long form: listed as its acronym. 'd’un montant de 100 000 à 2 millions FCFA': range, "
              "first bound bare (XOF by the country). 'gouvernement du Japon': an organisation, 'Japon' (only inside it) not a place (settled in session 26 by the "
              "convention on executives named as bodies; this page's writer had read the country as a place and the "
              "government as generic). The contact is a body sentence with person, role, an Ivorian 10-digit mobile without country "
              "code and an e-mail.",
    ),
))
