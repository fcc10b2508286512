"""dev pages 20-24: a PDF-viewer site and NGO blogs (one page wholly in English, one without any defect)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []


def viewer(title, views):
    return f"""DocPartage
Rechercher un document...
Se connecter
S'inscrire
Home > Documents > Rapports
{title}
Upload: others
View: {views}
Category: Documents
Embed Size (px)
344 x 292
429 x 357
514 x 422
625 x 518
Citation preview"""


# --------------------------------------------------------------------------- d20
TITLE20 = "Déplacements forcés dans le monde : résumé du rapport annuel"
PAGES.append(Page(
    name="d20-docpartage-deplacements-forces-rapport",
    meta={"site": "docpartage.example.com", "style": "pdf-viewer",
          "defects": ["pdf-chrome", "dot-leaders", "pdf-hyphenation", "duplicate-title", "page-furniture"]},
    blocks=[
        B(viewer(TITLE20 + " 2021", "2.418")),
        P(TITLE20),
        B("""Juin 2022
TABLE DES MATIÈRES
APERÇU ........................................................ 3
TENDANCES DES DÉPLACEMENTS ........................ 5
RÉFUGIÉS ET DEMANDEURS D'ASILE ................ 8
SOLUTIONS DURABLES ..................................... 12
2"""),
        P("APERÇU"),
        P("À la fin de l'année 2021, 91,7 millions de personnes dans le monde avaient été contraintes de quitter leur foyer en raison de [[persécu- tions||persécutions]], de conflits, de violences, de violations des droits humains ou d'événements troublant gravement l'ordre public. Il s'agit d'une [[aug- mentation||augmentation]] de 7.8 % par rapport à l'année précédente et du chiffre le plus élevé jamais enregistré par le Haut-Commissariat des Nations Unies pour les réfugiés (HCR)."),
        P("Ce total comprend notamment 25,9 millions de réfugiés, 55,3 millions de personnes déplacées à l'intérieur de leur propre pays et 4,8 millions de demandeurs d'asile. Les enfants représentent environ 41 % des personnes déracinées, alors qu'ils ne constituent que 30 % de la population mondiale."),
        B("""Déplacements forcés dans le monde – Résumé 2021 | 3"""),
        P("TENDANCES DES DÉPLACEMENTS"),
        P("Plus de deux tiers des réfugiés proviennent de cinq pays seulement : la République arabe syrienne, le Venezuela, l'Afghanistan, le Soudan du Sud et le Myanmar. Les pays voisins des zones de crise continuent d'accueillir la grande majorité d'entre eux : 72 % des réfugiés vivent dans un pays limitrophe de leur pays d'[[ori- gine||origine]]."),
        P("La Turquie reste le premier pays d'accueil au monde, avec près de 3,8 millions de réfugiés, devant la Colombie, l'Ouganda, le Pakistan et l'Allemagne."),
        P("RÉFUGIÉS ET DEMANDEURS D'ASILE"),
        P("Les États ont enregistré 1,4 million de nouvelles demandes d'asile au cours de l'année. Les États-Unis ont été le principal pays de destination des nouvelles demandes (188.900), devant l'Allemagne (148.200) et le Mexique (132.700)."),
        B("""Déplacements forcés dans le monde – Résumé 2021 | 4"""),
        P("SOLUTIONS DURABLES"),
        P("Seules 429 300 personnes réfugiées ont pu rentrer dans leur pays d'origine en 2021, et 57 500 ont été réinstallées dans un pays tiers. Ces chiffres restent très en deçà des besoins et témoignent de la [[né-\ncessité||nécessité]] d'un partage plus équitable des responsabilités, conformément au Pacte mondial sur les réfugiés et au Programme 2030."),
        B("""Recommended
Download
Report "Déplacements forcés dans le monde : résumé du rapport annuel 2021"
Documents similaires
Tendances mondiales 2020 - résumé
Rapport sur l'apatridie - 2019"""),
    ],
    gold=dict(
        title=TITLE20,
        dateline=None,
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR")],
        places=[place("République arabe syrienne", "SY"), place("Venezuela", "VE"), place("Afghanistan", "AF"),
                place("Soudan du Sud", "SS"), place("Myanmar", "MM"), place("Turquie", "TR"), place("Colombie", "CO"),
                place("Ouganda", "UG"), place("Pakistan", "PK"), place("Allemagne", "DE"), place("États-Unis", "US"),
                place("Mexique", "MX")],
        figures=[
            fig("2021", 2021, None, "year"),
            fig("91,7 millions de personnes", 91700000, "personnes"),
            fig("7.8 %", 7.8, "%", "percent"),
            fig("25,9 millions de réfugiés", 25900000, "réfugiés"),
            fig("55,3 millions de personnes", 55300000, "personnes"),
            fig("4,8 millions de demandeurs", 4800000, "demandeurs"),
            fig("environ 41 %", 41, "%", "percent", qualifier="environ"),
            fig("30 %", 30, "%", "percent"),
            fig("Plus de deux tiers", 0.6667, None, "other", qualifier="plus de"),
            fig("cinq pays", 5, "pays"),
            fig("72 %", 72, "%", "percent"),
            fig("près de 3,8 millions de réfugiés", 3800000, "réfugiés", qualifier="près de"),
            fig("1,4 million de nouvelles demandes", 1400000, "demandes"),
            fig("188.900", 188900, None),
            fig("148.200", 148200, None),
            fig("132.700", 132700, None),
            fig("429 300 personnes", 429300, "personnes"),
            fig("en 2021", 2021, None, "year"),
            fig("57 500", 57500, None),
        ],
        phones=[], emails=[], contacts=[],
        notes="The viewer's copy of the title (with '2021') and the report's cover/TOC/page footers are boilerplate; the report's section headings are article lines. 'Programme 2030' is a name. 'premier pays' is not a figure.",
    ),
))

# --------------------------------------------------------------------------- d21
PAGES.append(Page(
    name="d21-docpartage-eau-vive-sahel-rapport",
    meta={"site": "docpartage.example.com", "style": "pdf-viewer",
          "defects": ["pdf-chrome", "hard-wrap", "stray-unicode-ligature", "lost-oe", "page-furniture", "duplicate-title"]},
    wrap=84, jitter=6,
    blocks=[
        B(viewer("Eau Vive Sahel - l'essentiel de notre année", "611")),
        P("Eau Vive Sahel : l'essentiel de notre année", nowrap=True),
        B("RAPPORT ANNUEL"),
        P("Le mot de la présidente", nowrap=True),
        P("L'année écoulée a mis nos équipes à rude épreuve. La sécheresse qui a frappé le nord du Burkina Faso et l'ouest du Niger a privé d'eau des villages entiers, et l'insécurité nous a contraints à suspendre nos activités dans deux provinces. Malgré ces difficultés, nous avons tenu nos engagements envers les communautés, grâce à la mobilisation de nos 38 salariés, de nos partenaires locaux et de nos 1 450 donateurs. Je tiens à les remercier toutes et tous, ainsi que les bénéficiaires qui nous ont fait confiance.", lig=True),
        P("Nos réalisations", nowrap=True),
        P("En douze mois, nous avons foré ou réhabilité 64 points d'eau, qui desservent aujourd'hui quelque 52 000 personnes. Dans 31 écoles, nous avons construit des latrines séparées pour les filles et les garçons et formé les enseignants à la promotion de l'hygiène. Nos comités de gestion de l'eau, dont 45 % des membres sont des femmes, assurent l'entretien des ouvrages et la collecte des redevances.", lig=True),
        B("Eau Vive Sahel | Rapport annuel | 2"),
        P("Le cœur de notre action reste la formation : 212 artisans réparateurs ont appris à entretenir les pompes à motricité humaine, et 9 d'entre eux ont créé leur propre atelier. Nous avons également mis en œuvre, avec l'Université Joseph Ki-Zerbo de Ouagadougou, une étude sur la qualité de l'eau des puits traditionnels, dont les résultats seront publiés au printemps. Les ateliers locaux donnent aux comités une marge de manœuvre bien plus grande en cas de panne.", oe="drop"),
        P("Nos comptes", nowrap=True),
        P("Nos ressources se sont élevées à 2,84 millions d'euros, dont 61 % de fonds publics et 39 % de dons privés. Au total, 87 % de nos dépenses ont été directement consacrées aux programmes sur le terrain, 9 % aux frais de fonctionnement et 4 % à la recherche de fonds.", lig=True),
        P("Perspectives", nowrap=True),
        P("En 2023, nous étendrons nos activités à la région de Tahoua, au Niger, en partenariat avec les services techniques de l'hydraulique. Notre objectif : permettre à 20 000 personnes supplémentaires d'accéder à l'eau potable d'ici deux ans, sans jamais perdre de vue l'entretien des ouvrages déjà construits."),
        L("""Eau Vive Sahel – 14, rue du Faubourg-Figuerolles – 34070 Montpellier
Tél. 04 67 58 21 93 – contact@eauvive-sahel.example.org"""),
        B("""Eau Vive Sahel | Rapport annuel | 3
Recommended
Download
Report "Eau Vive Sahel - l'essentiel de notre année\""""),
    ],
    gold=dict(
        title="Eau Vive Sahel : l'essentiel de notre année",
        dateline=None,
        organisations=[org("Eau Vive Sahel"), org("Université Joseph Ki-Zerbo")],
        places=[place("Burkina Faso", "BF"), place("Niger", "NE"), place("Ouagadougou"), place("Tahoua"),
                place("Montpellier")],
        figures=[
            fig("deux provinces", 2, "provinces"),
            fig("38 salariés", 38, "salariés"),
            fig("1 450 donateurs", 1450, "donateurs"),
            fig("douze mois", 12, "mois", "duration"),
            fig("64 points", 64, "points"),
            fig("quelque 52 000 personnes", 52000, "personnes", qualifier="quelque"),
            fig("31 écoles", 31, "écoles"),
            fig("45 %", 45, "%", "percent"),
            fig("212 artisans", 212, "artisans"),
            fig("9", 9, None),
            fig("2,84 millions d'euros", 2840000, "euros", "money", currency="EUR"),
            fig("61 %", 61, "%", "percent"),
            fig("39 %", 39, "%", "percent"),
            fig("87 %", 87, "%", "percent"),
            fig("9 %", 9, "%", "percent"),
            fig("4 %", 4, "%", "percent"),
            fig("En 2023", 2023, None, "year"),
            fig("20 000 personnes", 20000, "personnes"),
            fig("deux ans", 2, "ans", "duration"),
        ],
        phones=[phone("+33467582193")],
        emails=["contact@eauvive-sahel.example.org"],
        contacts=[contact(None, None, "Eau Vive Sahel", ["+33467582193"], ["contact@eauvive-sahel.example.org"])],
        notes="PDF text: hard-wrapped lines, fi/fl ligatures (U+FB01/U+FB02) to expand, œ lost in one paragraph. '34070' and '14' of the address are not figures. '9' (9 d'entre eux) counts artisans but no noun follows it.",
    ),
))

# --------------------------------------------------------------------------- d22
TS_TOP = """Terres Solidaires
Accueil
Nos actions
Blog
Agir avec nous
Faire un don
Blog > Madagascar"""
PAGES.append(Page(
    name="d22-terressolidaires-cantines-madagascar",
    meta={"site": "terres-solidaires.example.org", "style": "ngo-blog",
          "defects": ["lost-euro", "body-glued", "comments-widget", "share-lines", "mixed-quotes"]},
    blocks=[
        B(TS_TOP),
        P("Dans le Grand Sud malgache, les cantines scolaires tiennent bon face à la sécheresse"),
        B("Publié le 14 septembre 2021 par Camille Roux | 3 commentaires"),
        P("Il est bientôt midi à l'école primaire publique d'Ambovombe. Sous un auvent de tôle, trois cuisinières bénévoles servent le repas du jour : du riz, des haricots et quelques feuilles de manioc. Pour beaucoup des 412 élèves, c'est le seul repas de la journée."),
        P("Depuis trois ans, le sud de Madagascar traverse la pire sécheresse qu'il ait connue depuis des décennies. Selon les Nations Unies, plus de 1,1 million de personnes y souffrent d'insécurité alimentaire, et 14 000 d'entre elles se trouvent dans une situation proche de la famine."),
        P("Avec nos partenaires de l'association Fanantenana, nous soutenons aujourd'hui 27 cantines scolaires dans les districts d'Ambovombe et de Tsihombe. En juin, nous avons servi le 75 000ème repas depuis le lancement du programme. Les taux de fréquentation scolaire, qui s'étaient effondrés pendant la soudure, sont remontés à 86 %."),
        P("“Quand il n'y avait pas de cantine, les enfants partaient avec leurs parents chercher de l'eau ou du travail. Maintenant, ils restent”, explique Hanta Razafy, directrice de l'école. Les cantines achètent une partie de leurs produits aux petits producteurs de la commune, ce qui fait vivre un millier de familles."),
        P("Cette crise silencieuse reste pourtant très peu relayée par les journalistes."),
        P("Par Camille Roux, chargée de plaidoyer", glue=True),
        P("Avec 4 €, vous offrez une semaine de repas à un enfant. Avec 30 €, vous équipez une cantine en ustensiles de cuisine. Notre équipe de Montpellier répond à toutes vos questions.", noeuro=True),
        L("Contact presse : Julien Marchetti, 04 67 40 52 18"),
        B("""Mots-clés : Madagascar, cantines scolaires, sécheresse
Partager sur Facebook
Partager sur LinkedIn
3 commentaires
Marie L. – 15 septembre 2021 à 09:12
Merci pour ce témoignage, on parle si peu de Madagascar...
Répondre
Alain – 16 septembre 2021 à 18:40
Je donne chaque mois depuis deux ans, continuez !
Répondre
Laisser un commentaire
Je fais un don"""),
    ],
    gold=dict(
        title="Dans le Grand Sud malgache, les cantines scolaires tiennent bon face à la sécheresse",
        dateline=None,
        organisations=[org("Nations Unies"), org("Fanantenana")],
        places=[place("Grand Sud"), place("Ambovombe"), place("Madagascar", "MG"), place("Tsihombe"), place("Montpellier")],
        figures=[
            fig("trois cuisinières", 3, "cuisinières"),
            fig("412 élèves", 412, "élèves"),
            fig("trois ans", 3, "ans", "duration"),
            fig("plus de 1,1 million de personnes", 1100000, "personnes", qualifier="plus de"),
            fig("14 000", 14000, None),
            fig("27 cantines", 27, "cantines"),
            fig("75 000ème", 75000, None, "ordinal"),
            fig("86 %", 86, "%", "percent"),
            fig("un millier de familles", 1000, "familles"),
            fig("4 €", 4, "€", "money", currency="EUR"),
            fig("30 €", 30, "€", "money", currency="EUR"),
        ],
        phones=[phone("+33467405218")],
        emails=[],
        contacts=[contact("Julien Marchetti", None, None, ["+33467405218"], [])],
        notes="The euro signs were lost ('Avec 4 , vous'). The author's signature is glued to the last paragraph ('journalistes.Par Camille Roux'); it is its own article line. The phone has no label and no country code: France is inferred from 'Montpellier'. 'une semaine' is not a figure (un/une are not figures).",
    ),
))

# --------------------------------------------------------------------------- d23 (English)
PAGES.append(Page(
    name="d23-terressolidaires-english-interview",
    meta={"site": "terres-solidaires.example.org", "style": "ngo-blog", "language": "en",
          "defects": ["english-page", "share-lines"]},
    blocks=[
        B("""Terres Solidaires
Home | Our work | Blog | Donate
FR | EN
Blog > Madagascar"""),
        P("Madagascar: three questions to our field coordinator in Ambovombe"),
        B("Posted on 20 September 2021 | 4 min read"),
        P("Drought has hit southern Madagascar for three years in a row. Hery Andriamanana has coordinated our school meals programme in Ambovombe since 2019. We asked him how families are coping."),
        P("What is the situation today?"),
        P("\"Very difficult. In some villages, families have sold their last goats to buy cassava. The price of a 50-kilo bag of rice has nearly doubled in twelve months, to about 180,000 ariary ($45). Many children walk more than 10 kilometres a day to fetch water.\""),
        P("How do the school canteens help?"),
        P("\"They keep children in school. Attendance fell to 40% during the lean season last year; in the 27 schools we support, it is back above 85%. Each child receives a hot meal every school day, and the canteens buy their beans and cassava from about 1,000 local farming families.\""),
        P("What do you need most?"),
        P("\"Funding for the next six months. Our partners estimate that 1.3 million people in the south will need food assistance until the next harvest in April.\""),
        L("Media contact: Julien Marchetti, Terres Solidaires, +33 4 67 40 52 18, press@terres-solidaires.example.org"),
        B("""Share on Facebook
Share on LinkedIn
Related posts
Dans le Grand Sud malgache, les cantines scolaires tiennent bon face à la sécheresse
Make a donation"""),
    ],
    gold=dict(
        title="Madagascar: three questions to our field coordinator in Ambovombe",
        dateline=None,
        organisations=[org("Terres Solidaires")],
        places=[place("Madagascar", "MG"), place("Ambovombe")],
        figures=[
            fig("three questions", 3, "questions"),
            fig("three years", 3, "years", "duration"),
            fig("2019", 2019, None, "year"),
            fig("50-kilo", 50, "kilo", "other"),
            fig("twelve months", 12, "months", "duration"),
            fig("about 180,000 ariary", 180000, "ariary", "money", qualifier="about", currency="MGA"),
            fig("$45", 45, "$", "money", currency="USD"),
            fig("more than 10 kilometres", 10, "kilometres", "other", qualifier="more than"),
            fig("40%", 40, "%", "percent"),
            fig("27 schools", 27, "schools"),
            fig("above 85%", 85, "%", "percent", qualifier="above"),
            fig("about 1,000 local farming families", 1000, "families", qualifier="about"),
            fig("six months", 6, "months", "duration"),
            fig("1.3 million people", 1300000, "people"),
        ],
        phones=[phone("+33467405218")],
        emails=["press@terres-solidaires.example.org"],
        contacts=[contact("Julien Marchetti", None, "Terres Solidaires", ["+33467405218"], ["press@terres-solidaires.example.org"])],
        notes="Wholly English page. The Q&A questions are article lines. The French related-post headline is boilerplate.",
    ),
))

# --------------------------------------------------------------------------- d24 (no defects at all)
PAGES.append(Page(
    name="d24-agrisol-thies-fonio-clean",
    meta={"site": "agrisol.example.sn", "style": "ngo-blog", "defects": []},
    blocks=[
        P("À Thiès, des coopératives de femmes relancent la culture du fonio"),
        P("Longtemps délaissé au profit de l'arachide et du maïs, le fonio fait son retour dans les champs de la région de Thiès. Depuis deux saisons, sept coopératives de femmes soutenues par notre association cultivent cette céréale ancienne, résistante à la sécheresse et très appréciée des consommateurs urbains."),
        P("L'an dernier, les 340 productrices ont récolté 96 tonnes de fonio sur 120 hectares. Une fois décortiqué et conditionné dans l'unité de transformation de Khombole, le fonio est vendu 1 800 francs CFA le kilo sur les marchés de Dakar, un prix bien supérieur à celui du mil."),
        P("« Avant, nous dépendions entièrement de nos maris pour l'argent. Aujourd'hui, chaque membre de la coopérative gagne en moyenne 150 000 francs CFA par saison », explique Ndeye Fatou Diop, présidente de la coopérative de Ndiayène."),
        P("Le projet bénéficie du soutien de la Fondation de France et de l'Institut sénégalais de recherches agricoles (ISRA), qui fournit des semences améliorées et forme les productrices aux techniques de conservation des sols. D'ici 2026, l'objectif est d'atteindre 600 productrices et d'ouvrir une nouvelle unité de transformation."),
        L("Pour en savoir plus : Moussa Faye, coordinateur du projet, +221 77 643 18 29, m.faye@agrisol.example.sn"),
    ],
    gold=dict(
        title="À Thiès, des coopératives de femmes relancent la culture du fonio",
        dateline=None,
        organisations=[org("Fondation de France"), org("Institut sénégalais de recherches agricoles", "ISRA")],
        places=[place("Thiès"), place("Khombole"), place("Dakar"), place("Ndiayène")],
        figures=[
            fig("deux saisons", 2, "saisons", "duration"),
            fig("sept coopératives", 7, "coopératives"),
            fig("340 productrices", 340, "productrices"),
            fig("96 tonnes", 96, "tonnes", "other"),
            fig("120 hectares", 120, "hectares", "other"),
            fig("1 800 francs CFA", 1800, "francs CFA", "money", currency="XOF"),
            fig("150 000 francs CFA", 150000, "francs CFA", "money", currency="XOF"),
            fig("2026", 2026, None, "year"),
            fig("600 productrices", 600, "productrices"),
        ],
        phones=[phone("+221776431829")],
        emails=["m.faye@agrisol.example.sn"],
        contacts=[contact("Moussa Faye", "coordinateur du projet", None, ["+221776431829"], ["m.faye@agrisol.example.sn"])],
        notes="No defect and no boilerplate. 'Fondation de France' is an organisation; France inside it is not a place.",
    ),
))
