"""h56-h71: the fifth blind held-out set (session 4).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h56-h60 come from one Swiss cantonal press office (made-up host) sharing its header, breadcrumb,
meta lines, `Autres communiqués` block and footer with small variations; h61-h71 come from eleven
other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "heldout"

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
            fig("87 cas graves", 87, "cas graves"),
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
          "defects": ["menu", "breadcrumb", "duplicate-title", "heading-glued", "share-lines", "ticker"]},
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
        P("Cotonou, le 5 mars 2026 – Le Fonds des Nations Unies pour la population (UNFPA) et le ministère de la Santé ont clôturé vendredi la campagne nationale de réparation de la fistule obstétricale organisée du 9 au 27 février à l’hôpital de zone de Parakou."),
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
            fig("le 5 mars 2026", "2026-03-05", None, "date"),
            fig("9", "--02-09", None, "date"),
            fig("27 février", "--02-27", None, "date"),
            fig("16", 16, None, "age"),
            fig("67 ans", 67, "ans", "age"),
            fig("11 chirurgiens", 11, "chirurgiens"),
            fig("88 %", 88, "%", "percent"),
            fig("75 000 francs CFA", 75000, "francs CFA", "money", currency="XOF"),
            fig("près de 1 500 nouveaux cas", 1500, "nouveaux cas", qualifier="près de"),
            fig("96 millions de francs CFA", 96000000, "francs CFA", "money", currency="XOF"),
            fig("septembre 2026", 2026, None, "year"),
        ],
        phones=[phone("+2290197451230")],
        emails=["agossou@unfpa.org"],
        contacts=[contact("Roland Agossou", "chargé de communication", "UNFPA Bénin", ["+2290197451230"],
                          ["agossou@unfpa.org"])],
        notes="UN population fund country office (Benin): office name, vertical menu, language line, breadcrumb and a "
              "category kicker 'COMMUNIQUÉ DE PRESSE' above the title (boilerplate), title printed twice (second copy "
              "boilerplate), two subheadings glued to their paragraphs ('complèteAu total', 'évitableLe Bénin'). "
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
        organisations=[org("Producteurs laitiers du Canada", "PLC"), org("Agriculture et Agroalimentaire Canada", None)],
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
