"""dev pages 16-19: ministries and embassies (breadcrumbs, contact blocks, postcode traps)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# --------------------------------------------------------------------------- d16
PAGES.append(Page(
    name="d16-diplomatie-liban-aide-urgence",
    meta={"site": "diplomatie.example.gouv.fr", "style": "ministry",
          "defects": ["lost-dash", "duplicate-title", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ministère de l'Europe et des Affaires étrangères
Aller au contenu
Menu
Rechercher
Accueil > Actualités > Communiqués de presse"""),
        P("Liban – La France renforce son aide humanitaire d'urgence", nodash=""),
        B("""Liban  La France renforce son aide humanitaire d'urgence
Partager
Imprimer
Taille du texte A A"""),
        P("Paris, le 12 octobre 2024"),
        P("La France a décidé de mobiliser une aide humanitaire d'urgence de 10 millions d'euros en faveur des populations civiles touchées par les combats au Liban. Cette aide, mise en œuvre par le Centre de crise et de soutien (CDCS) du ministère de l'Europe et des Affaires étrangères, s'ajoute aux 8,5 millions d'euros déjà engagés depuis le début de l'année."),
        P("Un avion affrété par le CDCS a décollé ce samedi de l'aéroport de Châteauroux à destination de Beyrouth avec 55 tonnes de matériel : médicaments, kits chirurgicaux, couvertures, kits d'hygiène et unités de potabilisation de l'eau. Ce fret sera remis à la Croix-Rouge libanaise et aux hôpitaux publics du sud du pays."),
        P("Une partie de l'aide financière sera versée au Programme alimentaire mondial (PAM) et au Fonds des Nations Unies pour l'enfance (UNICEF), afin de venir en aide aux quelque 1,2 million de personnes déplacées – dont plus de 400\u202f000 enfants – que compte désormais le Liban.", nodash=""),
        P("La France appelle toutes les parties à respecter le droit international humanitaire, à protéger les civils et les infrastructures civiles et à permettre un accès humanitaire sûr et sans entrave. Elle reste pleinement mobilisée, avec ses partenaires européens, en faveur d'une désescalade et d'une solution diplomatique."),
        L("""Contact presse
Direction de la communication et de la presse
Maison de la presse, 12, rue de Penthièvre, 75008 Paris
Tél. : 01 44 18 62 40 - Fax : 01 44 18 62 49"""),
        B("""Voir aussi
Liban : conseils aux voyageurs
Aide humanitaire : la stratégie humanitaire de la France 2023-2027
Haut de page
Plan du site | Mentions légales | Accessibilité : partiellement conforme"""),
    ],
    gold=dict(
        title="Liban – La France renforce son aide humanitaire d'urgence",
        dateline=dl("Paris", "2024-10-12"),
        organisations=[org("Centre de crise et de soutien", "CDCS"),
                       org("ministère de l'Europe et des Affaires étrangères"),
                       org("Croix-Rouge libanaise"), org("Programme alimentaire mondial", "PAM"),
                       org("Fonds des Nations Unies pour l'enfance", "UNICEF")],
        # (the ministry's press office is named only in the contact block: not listed, as the h40–h55 rule says)
        places=[place("Liban", "LB"), place("France", "FR"), place("Paris"), place("Châteauroux"), place("Beyrouth")],
        figures=[
            fig("le 12 octobre 2024", "2024-10-12", None, "date"),
            fig("10 millions d'euros", 10000000, "euros", "money", currency="EUR"),
            fig("8,5 millions d'euros", 8500000, "euros", "money", currency="EUR"),
            fig("55 tonnes", 55, "tonnes", "other"),
            fig("quelque 1,2 million de personnes", 1200000, "personnes", qualifier="quelque"),
            fig("plus de 400\u202f000 enfants", 400000, "enfants", qualifier="plus de"),
        ],
        phones=[phone("+33144186240"), phone("+33144186249", kind="fax")],
        emails=[],
        contacts=[contact(None, None, "Direction de la communication et de la presse", ["+33144186240", "+33144186249"], [])],
        notes="Dateline on its own line ('Paris, le 12 octobre 2024'). The en dashes were lost in the title and in one paragraph, leaving double spaces. '75008' and '12' of the address are not figures.",
    ),
))

# --------------------------------------------------------------------------- d17
MISSION = org("Mission permanente de la France auprès de l'Office des Nations Unies à Genève")
PAGES.append(Page(
    name="d17-mission-geneve-conference-sahel",
    meta={"site": "onu-geneve.example.diplomatie.fr", "style": "ministry",
          "defects": ["unaccented-capitals", "stripped-accents", "breadcrumb", "postcode-trap"]},
    blocks=[
        B("""France ONU Genève
Représentation permanente
Accueil > Actualités > Communiqués
COMMUNIQUE DE PRESSE"""),
        P("[[CONFERENCE DE GENEVE SUR LE SAHEL CENTRAL : 1,7 MILLIARD DE DOLLARS ANNONCES||CONFÉRENCE DE GENÈVE SUR LE SAHEL CENTRAL : 1,7 MILLIARD DE DOLLARS ANNONCÉS]]"),
        P("[[GENEVE||GENÈVE]], 20 octobre 2020 – Les donateurs réunis à Genève pour la conférence ministérielle sur le Sahel central ont annoncé mardi des contributions d'un montant total de 1,7 milliard de dollars pour venir en aide aux populations du Burkina Faso, du Mali et du Niger, dont 1,1 milliard de dollars pour la seule année 2021."),
        P("Organisée par le Danemark, l'Allemagne, l'Union européenne et les Nations Unies, la conférence s'est tenue pour la première fois dans un format hybride, la plupart des délégations intervenant à distance en raison de la pandémie."),
        P("[[A||À]] la tête de la délégation française, la ministre déléguée a rappelé que 13,4 millions de personnes ont besoin d'une aide humanitaire dans la région, soit 3 millions de plus qu'au début de l'année. Près de 1,6 million de personnes ont été contraintes de fuir leur foyer en raison des violences."),
        P("Les [[Etats-Unis||États-Unis]] ont annoncé la contribution la plus importante, soit 445 millions de dollars. La France s'est engagée à hauteur de 150 millions d'euros sur trois ans, dont une part significative sera consacrée à la sécurité alimentaire et à l'éducation."),
        P("[[PRIORITE AUX COMMUNAUTES LOCALES||PRIORITÉ AUX COMMUNAUTÉS LOCALES]]"),
        P("Les participants ont souligné la nécessité de renforcer l'action des organisations locales, en particulier des associations de femmes et de jeunes, qui sont souvent les premières à intervenir auprès des populations déplacées. Ils ont également appelé à garantir un accès humanitaire sans entrave et à protéger les travailleurs humanitaires, dont [[l'integrite||l'intégrité]] physique est de plus en plus menacée."),
        L("""Mission permanente de la France auprès de l'Office des Nations Unies à Genève
Service de presse
Chemin des Mines 9 – Case postale 194 – CH-1211 Genève 20
Tél. : +41 22 758 91 20 – Fax : +41 22 758 91 29
Courriel : presse.geneve@diplomatie.example.gouv.fr"""),
        B("""Haut de page
Suivez-nous : Twitter | Flickr | YouTube
© Ministère de l'Europe et des Affaires étrangères"""),
    ],
    gold=dict(
        title="CONFÉRENCE DE GENÈVE SUR LE SAHEL CENTRAL : 1,7 MILLIARD DE DOLLARS ANNONCÉS",
        dateline=dl("GENÈVE", "2020-10-20"),
        organisations=[org("Union européenne"), org("Nations Unies"), MISSION],
        places=[place("Genève"), place("Sahel central"), place("Burkina Faso", "BF"), place("Mali", "ML"),
                place("Niger", "NE"), place("Danemark", "DK"), place("Allemagne", "DE"), place("États-Unis", "US"),
                place("France", "FR")],
        figures=[
            fig("1,7 MILLIARD DE DOLLARS", 1700000000, "DOLLARS", "money", currency="USD"),
            fig("20 octobre 2020", "2020-10-20", None, "date"),
            fig("1,7 milliard de dollars", 1700000000, "dollars", "money", currency="USD"),
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("2021", 2021, None, "year"),
            fig("13,4 millions de personnes", 13400000, "personnes"),
            fig("3 millions", 3000000, None),
            fig("Près de 1,6 million de personnes", 1600000, "personnes", qualifier="près de"),
            fig("445 millions de dollars", 445000000, "dollars", "money", currency="USD"),
            fig("150 millions d'euros", 150000000, "euros", "money", currency="EUR"),
            fig("trois ans", 3, "ans", "duration"),
        ],
        phones=[phone("+41227589120"), phone("+41227589129", kind="fax")],
        emails=["presse.geneve@diplomatie.example.gouv.fr"],
        contacts=[contact(None, None, "Mission permanente de la France auprès de l'Office des Nations Unies à Genève",
                          ["+41227589120", "+41227589129"], ["presse.geneve@diplomatie.example.gouv.fr"])],
        notes="'pour la première fois' is not a figure (ordinal words are not figures). 'Case postale 194', 'CH-1211', 'Genève 20' and 'Chemin des Mines 9' are address parts, not figures. The organisation of the contact block contains 'Genève': the place is listed because it also occurs on its own.",
    ),
))

# --------------------------------------------------------------------------- d18
PAGES.append(Page(
    name="d18-ambassade-senegal-tournee-consulaire",
    meta={"site": "ambassene-paris.example.fr", "style": "ministry",
          "defects": ["html-debris", "lost-euro", "duplicate-caption", "breadcrumb"]},
    blocks=[
        B("""Ambassade du Sénégal en France
Accueil
L'Ambassade
Services consulaires
Actualités
Contact
Accueil > Actualités"""),
        P("Tournée consulaire : l'Ambassade du Sénégal à Lyon et à Marseille en juin"),
        B("""Publié le 03/06/2024
<img src="/images/actualites/tournee-2023.jpg" alt="" border="0" />"""),
        P("Le consul général accueille des usagers lors de la précédente tournée consulaire à Lyon"),
        B("Le consul général accueille des usagers lors de la précédente tournée consulaire à Lyon"),
        P("L'Ambassade du Sénégal en France informe ses compatriotes résidant dans les régions Auvergne-Rhône-Alpes et Provence-Alpes-Côte d'Azur qu'une tournée consulaire sera organisée le 08/06/2024 à Lyon et le 15/06/2024 à Marseille.[[<br />||]]"),
        P("Au cours de cette tournée, les agents consulaires procéderont à l'enrôlement pour la carte d'identité biométrique CEDEAO, au renouvellement des passeports et à la délivrance d'actes d'état civil. Les usagers doivent se munir de leur ancienne pièce d'identité, d'un extrait d'acte de naissance de moins de trois mois et de 2 photos d'identité récentes.[[<br />||]]"),
        P("Le coût du passeport ordinaire est fixé à 60 € ; la carte d'identité est délivrée gratuitement. Les paiements se font exclusivement par carte bancaire.[[&nbsp;||]]", noeuro="?"),
        P("Près de 120 000 Sénégalais sont immatriculés auprès des services consulaires en France, dont environ 18 000 dans les circonscriptions de Lyon et de Marseille. Lors de la précédente tournée, en 2023, plus de 1 300 demandes avaient été traitées en deux jours."),
        P("Les rendez-vous sont obligatoires et peuvent être pris en ligne ou par téléphone auprès du service consulaire."),
        L("""Service consulaire[[<br />||]]
Ambassade du Sénégal en France[[<br />||]]
8, rue des Acacias, 75017 Paris[[<br />||]]
Tél. : 01.43.17.56.46 / 07 58 31 62 04[[<br />||]]
Courriel : [["mailto:consulat@ambassene-paris.example.fr">consulat@ambassene-paris.example.fr||consulat@ambassene-paris.example.fr]]"""),
        B("""Partager cette page
Retour aux actualités
© Ambassade du Sénégal en France - Tous droits réservés"""),
    ],
    gold=dict(
        title="Tournée consulaire : l'Ambassade du Sénégal à Lyon et à Marseille en juin",
        dateline=None,
        organisations=[org("Ambassade du Sénégal en France"), org(None, "CEDEAO")],
        places=[place("Lyon"), place("Marseille"), place("Auvergne-Rhône-Alpes"), place("Provence-Alpes-Côte d'Azur"),
                place("France", "FR"), place("Paris")],
        figures=[
            fig("le 08/06/2024", "2024-06-08", None, "date"),
            fig("le 15/06/2024", "2024-06-15", None, "date"),
            fig("moins de trois mois", 3, "mois", "duration", qualifier="moins de"),
            fig("2 photos", 2, "photos"),
            fig("60 €", 60, "€", "money", currency="EUR"),
            fig("Près de 120 000 Sénégalais", 120000, "Sénégalais", qualifier="près de"),
            fig("environ 18 000", 18000, None, qualifier="environ"),
            fig("en 2023", 2023, None, "year"),
            fig("plus de 1 300 demandes", 1300, "demandes", qualifier="plus de"),
            fig("deux jours", 2, "jours", "duration"),
        ],
        phones=[phone("+33143175646"), phone("+33758316204")],
        emails=["consulat@ambassene-paris.example.fr"],
        contacts=[contact(None, None, "Ambassade du Sénégal en France", ["+33143175646", "+33758316204"],
                          ["consulat@ambassene-paris.example.fr"])],
        notes="Sénégal occurs only inside the embassy's name: not listed as a place. The <img ... alt=\"\" border=\"0\" /> line is debris (boilerplate). The page's 'Publié le 03/06/2024' line is boilerplate.",
    ),
))

# --------------------------------------------------------------------------- d19 (no defects at all)
BNGRC = org("Bureau national de gestion des risques et des catastrophes", "BNGRC")
PAGES.append(Page(
    name="d19-bngrc-madagascar-cyclone-clean",
    meta={"site": "bngrc.example.mg", "style": "ministry", "defects": []},
    blocks=[
        P("Passage du cyclone sur la côte est : le gouvernement lance un appel à l'aide d'urgence"),
        P("Antananarivo, le 9 février 2022 – Le gouvernement de Madagascar, par l'intermédiaire du Bureau national de gestion des risques et des catastrophes (BNGRC), a lancé ce mercredi un appel à l'aide d'urgence de 41,5 millions de dollars pour répondre aux besoins des populations touchées par le cyclone tropical qui a frappé la côte est de l'île dans la nuit de samedi à dimanche."),
        P("Selon le dernier bilan du BNGRC, 121 personnes ont perdu la vie et 18 sont toujours portées disparues. Plus de 143\u00a0000 personnes ont été sinistrées, dont 61\u202f500 ont dû quitter leur logement. Les dégâts sont particulièrement importants dans les districts de Mananjary et de Nosy Varika, où 90 % des habitations ont été endommagées ou détruites."),
        P("Les routes nationales 25 et 11 restent coupées en plusieurs points, ce qui complique l'acheminement de l'aide. Des hélicoptères mis à disposition par les partenaires internationaux assurent le transport des vivres, des médicaments et des équipes médicales vers les zones isolées."),
        P("Le ministre de l'Intérieur a salué la mobilisation rapide des équipes de la Croix-Rouge malagasy et des agences des Nations Unies, qui avaient prépositionné des stocks d'urgence avant l'arrivée du cyclone. « Chaque heure compte. Nous devons rétablir l'accès à l'eau potable pour éviter les épidémies », a-t-il déclaré."),
        P("L'appel couvre une période de trois mois et vise à fournir une assistance à 150 000 personnes dans les secteurs de la sécurité alimentaire, de l'eau, de l'hygiène et de l'assainissement, de la santé et des abris."),
        L("""Contact presse :
Service de communication du BNGRC
Tél. : +261 20 22 412 37 / +261 34 05 123 45
Courriel : communication@bngrc.example.mg"""),
    ],
    gold=dict(
        title="Passage du cyclone sur la côte est : le gouvernement lance un appel à l'aide d'urgence",
        dateline=dl("Antananarivo", "2022-02-09"),
        organisations=[BNGRC, org("Croix-Rouge malagasy"), org("Nations Unies"), org("gouvernement de Madagascar")],
        places=[place("Antananarivo"), place("Mananjary"), place("Nosy Varika")],
        figures=[
            fig("le 9 février 2022", "2022-02-09", None, "date"),
            fig("41,5 millions de dollars", 41500000, "dollars", "money", currency="USD"),
            fig("121 personnes", 121, "personnes"),
            fig("18", 18, None),
            fig("Plus de 143\u00a0000 personnes", 143000, "personnes", qualifier="plus de"),
            fig("61\u202f500", 61500, None),
            fig("90 %", 90, "%", "percent"),
            fig("trois mois", 3, "mois", "duration"),
            fig("150 000 personnes", 150000, "personnes"),
        ],
        phones=[phone("+261202241237"), phone("+261340512345")],
        emails=["communication@bngrc.example.mg"],
        contacts=[contact(None, None, "Service de communication du BNGRC", ["+261202241237", "+261340512345"],
                          ["communication@bngrc.example.mg"])],
        notes="No defect and no boilerplate. 'routes nationales 25 et 11' are road names, not figures. Thousands grouped by U+00A0 (143 000) and U+202F (61 500). Settled in session 26 by the convention on executives named as bodies (corpora/README.md): 'gouvernement de Madagascar' an organisation, 'Madagascar' (only inside it) not a place.",
    ),
))
