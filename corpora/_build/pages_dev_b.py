"""dev pages 08-11: UN-agency news sites (breadcrumb, share/print/cookie lines, tickers)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"

HCR = org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR")
OIM = org("Organisation internationale pour les migrations", "OIM")

ONU_TOP = """Passer au contenu principal
ONU Info
Le regard humain des actualités mondiales
Rechercher
Accueil > Migrants et réfugiés
Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. En savoir plus | J'accepte"""

ONU_SHARE = """Partager
Facebook
Twitter
Imprimer
Courriel"""

ONU_FOOT = """© Nations Unies
Conditions d'utilisation | Confidentialité | Nous contacter
S'abonner à la lettre d'information"""

PAGES = []

# --------------------------------------------------------------------------- d08
PAGES.append(Page(
    name="d08-onuinfo-soudan-du-sud-refugies",
    meta={"site": "onu-info.example.org", "style": "un-news",
          "defects": ["breadcrumb", "cookie-banner", "share-lines", "duplicate-title", "duplicate-caption",
                      "english-caption", "foreign-ticker", "body-glued"]},
    blocks=[
        B(ONU_TOP),
        P("Soudan du Sud : le HCR s'inquiète de l'afflux de réfugiés fuyant les combats au Soudan"),
        B("""Soudan du Sud : le HCR s'inquiète de l'afflux de réfugiés fuyant les combats au Soudan
14 juin 2023
Migrants et réfugiés"""),
        P("A woman and her children rest at the Renk transit centre after a long journey on foot."),
        B("A woman and her children rest at the Renk transit centre after a long journey on foot."),
        B(ONU_SHARE),
        P("GENÈVE — Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a mis en garde mardi contre une détérioration rapide de la situation humanitaire au Soudan du Sud, où plus de 300,000 personnes ont trouvé refuge depuis le début des combats au Soudan voisin, à la mi-avril."),
        P("La grande majorité des arrivants sont des Sud-Soudanais qui avaient fui leur propre pays pendant la guerre civile et qui rentrent aujourd'hui dans des régions dépourvues de services de base. Environ 20 % sont des réfugiés soudanais, principalement des femmes et des enfants."),
        P("« Les gens arrivent à Renk après des jours de marche, épuisés, déshydratés et souvent sans le moindre bien », a déclaré à la presse à Genève le porte-parole du HCR, Matthieu Loiseau. « Le centre de transit, conçu pour 3 000 personnes, en héberge aujourd'hui plus de 12 000. »"),
        P("Distribution de vivres aux familles arrivées du Soudan, dont une majorité de femmes"),
        P("Le HCR et ses partenaires, dont l'Organisation internationale pour les migrations (OIM), organisent le transport des nouveaux arrivants vers Malakal et d'autres villes, par la route et par le Nil. Mais les fortes pluies attendues à partir de juillet risquent de rendre de nombreuses routes impraticables et de compliquer l'acheminement de l'aide.", glue=True),
        P("Le plan régional d'intervention pour les réfugiés du Soudan, qui réclame 566,4 millions de dollars, n'est financé qu'à hauteur de 17 %. Le HCR appelle les donateurs à se mobiliser sans attendre pour éviter que la crise ne s'étende à l'ensemble de la région."),
        B("""Partager
Lire la suite
Tchad : 100 000 nouveaux réfugiés soudanais attendus avant la saison des pluies
Soudan : l'ONU appelle à une trêve humanitaire à Khartoum
Dans l'actualité
Notícias ONU: Chefe humanitário pede acesso seguro ao Sudão
UN News: Sudan crisis – 'Time is running out', warns refugee agency
Le Conseil de sécurité prolonge le mandat de la mission au Soudan du Sud"""),
        B(ONU_FOOT),
    ],
    gold=dict(
        title="Soudan du Sud : le HCR s'inquiète de l'afflux de réfugiés fuyant les combats au Soudan",
        dateline=dl("GENÈVE", None),
        organisations=[HCR, OIM],
        places=[place("Soudan du Sud", "SS"), place("Soudan", "SD"), place("Renk"), place("Genève"),
                place("Malakal"), place("Nil")],
        figures=[
            fig("plus de 300,000 personnes", 300000, "personnes", qualifier="plus de"),
            fig("Environ 20 %", 20, "%", "percent", qualifier="environ"),
            fig("3 000 personnes", 3000, "personnes"),
            fig("plus de 12 000", 12000, None, qualifier="plus de"),
            fig("566,4 millions de dollars", 566400000, "dollars", "money", currency="USD"),
            fig("17 %", 17, "%", "percent"),
        ],
        phones=[], emails=[], contacts=[],
        notes="The English caption is article text (printed once, then repeated as boilerplate). The French caption is glued to the next paragraph ('femmesLe HCR').",
    ),
))

# --------------------------------------------------------------------------- d09
PAM = org("Programme alimentaire mondial", "PAM")
PAGES.append(Page(
    name="d09-pam-yemen-rations",
    meta={"site": "pam-presse.example.org", "style": "un-news",
          "defects": ["breadcrumb", "cookie-banner", "share-lines", "html-debris", "hidden-email", "ticker"]},
    blocks=[
        B("""Accepter les cookies
Nous utilisons des cookies pour mesurer l'audience de ce site. Paramétrer
Programme alimentaire mondial
Faire un don
Accueil > Nouvelles > Communiqués de presse
Communiqué de presse"""),
        P("Yémen : le PAM (Programme alimentaire mondial) contraint de réduire l'aide alimentaire faute de financements"),
        B("""18 mars 2020
Partager
Imprimer"""),
        P("NEW YORK, le 18 mars 2020 – Le PAM a averti mercredi qu'il serait contraint de réduire les rations distribuées dans le nord du Yémen dès le mois d'avril si de nouveaux financements n'étaient pas reçus rapidement. Plus de 12 millions de personnes dépendent chaque mois de l'aide alimentaire de l'agence dans le pays."),
        P("Le PAM estime avoir besoin de 443,5[[&nbsp;||\u00a0]]millions de dollars pour maintenir ses opérations jusqu'à la fin du mois de septembre. Faute de ces fonds, les familles ne recevront plus qu'une ration complète tous les deux mois.[[<br />||]]"),
        P("« Nous sommes face à un choix impossible : nourrir moins de personnes ou donner moins à chacune », a déclaré Laurent Bessière, directeur du PAM au Yémen. « Après cinq années de conflit, les familles n'ont plus aucune réserve. Beaucoup ont déjà vendu leurs bijoux, leurs outils et parfois leur bétail. »"),
        P("Selon les Nations Unies, 80 % de la population yéménite, soit environ 24 millions de personnes, ont besoin d'une forme d'aide humanitaire. Les taux de malnutrition aiguë chez les enfants de moins de 5 ans atteignent des niveaux record dans plusieurs districts des gouvernorats de Hodeïda et de Taïz."),
        P("L'agence s'inquiète en outre des effets possibles de la pandémie de COVID-19 sur les chaînes d'approvisionnement. Le PAM a commencé à constituer des stocks de denrées pour trois mois dans ses entrepôts d'Aden et de Sanaa, et étudie avec les autorités sanitaires les mesures à prendre pour protéger le personnel et les bénéficiaires lors des distributions."),
        L("""[[<strong>||]]Contact presse[[</strong>||]] : Sarah Lemaire, porte-parole, + 1 212 457 2083
Jeanne Fortin, PAM Genève, Tél. +41 22 739 85 02, [email protected]"""),
        B("""Lire la suite
Afghanistan : le PAM étend ses distributions d'urgence dans la province de Ghor
Sahel : la saison de soudure s'annonce difficile pour 10 millions de personnes
S'inscrire pour recevoir nos communiqués
© Programme alimentaire mondial"""),
    ],
    gold=dict(
        title="Yémen : le PAM (Programme alimentaire mondial) contraint de réduire l'aide alimentaire faute de financements",
        dateline=dl("NEW YORK", "2020-03-18"),
        organisations=[PAM, org("Nations Unies")],
        places=[place("Yémen", "YE"), place("New York"), place("Hodeïda"), place("Taïz"), place("Aden"), place("Sanaa"),
                place("Genève")],
        figures=[
            fig("le 18 mars 2020", "2020-03-18", None, "date"),
            fig("Plus de 12 millions de personnes", 12000000, "personnes", qualifier="plus de"),
            fig("443,5\u00a0millions de dollars", 443500000, "dollars", "money", currency="USD"),
            fig("deux mois", 2, "mois", "duration"),
            fig("cinq années", 5, "années", "duration"),
            fig("80 %", 80, "%", "percent"),
            fig("environ 24 millions de personnes", 24000000, "personnes", qualifier="environ"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("trois mois", 3, "mois", "duration"),
        ],
        phones=[phone("+12124572083"), phone("+41227398502")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Sarah Lemaire", "porte-parole", None, ["+12124572083"], []),
                  contact("Jeanne Fortin", None, "PAM Genève", ["+41227398502"], [])],
        notes="Dateline place kept as written in capitals ('NEW YORK'); the places list uses the normal-case form. &nbsp; is repaired to U+00A0.",
    ),
))

# --------------------------------------------------------------------------- d10
UNICEF = org("Fonds des Nations Unies pour l'enfance", "UNICEF")
PAGES.append(Page(
    name="d10-unicef-ecoles-enseignement-distance",
    meta={"site": "enfance-onu.example.org", "style": "un-news",
          "defects": ["english-dateline", "hidden-email", "oe-replacement-char", "share-lines", "cookie-banner"]},
    blocks=[
        B("""Fonds des Nations Unies pour l'enfance
Menu
Accueil > Salle de presse > Communiqués
Votre vie privée nous importe. Ce site utilise des cookies pour fonctionner correctement. Tout accepter | Tout refuser"""),
        P("Fermeture des écoles : des centaines de millions d'enfants privés d'enseignement à distance, alerte l'UNICEF"),
        B("""Partager sur Facebook
Partager sur Twitter
Partager par e-mail
Imprimer la page"""),
        P("Geneva - Près de 460 millions d'écoliers dans le monde n'ont pas pu suivre d'enseignement à distance pendant la fermeture des écoles liée à la COVID-19, selon un rapport publié jeudi par le Fonds des Nations Unies pour l'enfance (UNICEF)."),
        P("Le rapport, fondé sur des données recueillies dans 100 pays, montre que les enfants des zones rurales et des ménages les plus pauvres ont été les plus durement touchés. Dans les zones rurales, 80% des élèves issus des familles les plus modestes n'ont eu accès ni à la radio, ni à la télévision, ni à internet."),
        P("Si plus de 70 % des pays ont mis en place des plateformes d'apprentissage en ligne, ces outils restent hors de portée d'une grande partie des enfants qui en auraient le plus besoin. Les cours diffusés à la radio, pourtant moins coûteux, n'ont été proposés que dans 58 pays."),
        P("« Dans certaines régions, 75 pourcent des familles n'ont même pas de poste de radio. Pour ces enfants, l'école s'est tout simplement arrêtée du jour au lendemain », a déclaré Sofia Lindqvist, responsable mondiale de l'éducation à l'UNICEF. « Le risque est de voir une génération entière prendre un retard qu'elle ne rattrapera jamais. »"),
        P("L'UNICEF exhorte les gouvernements à donner la priorité à la réouverture des écoles en toute sécurité, dès que les autorités sanitaires le jugent possible, et à mettre en œuvre des solutions d'apprentissage accessibles aux enfants les plus marginalisés, y compris à ceux qui vivent avec un handicap.", oe="fffd"),
        P("Note aux rédactions : le rapport complet est disponible en anglais, en français et en espagnol."),
        L("""Pour plus d'informations, veuillez contacter :
Jean-Baptiste Morel, UNICEF Genève, +41 79 456 12 38, [email protected]
Amina Touré, UNICEF New York, + 1 917 265 4418, atoure@unicef.org"""),
        B("""À propos de l'UNICEF
Découvrir
Communiqués similaires
Lire la suite
© UNICEF"""),
    ],
    gold=dict(
        title="Fermeture des écoles : des centaines de millions d'enfants privés d'enseignement à distance, alerte l'UNICEF",
        dateline=dl("Geneva", None),
        organisations=[UNICEF],
        places=[place("Geneva"), place("Genève"), place("New York")],
        figures=[
            fig("Près de 460 millions d'écoliers", 460000000, "écoliers", qualifier="près de"),
            fig("100 pays", 100, "pays"),
            fig("80%", 80, "%", "percent"),
            fig("plus de 70 %", 70, "%", "percent", qualifier="plus de"),
            fig("58 pays", 58, "pays"),
            fig("75 pourcent", 75, "%", "percent"),
        ],
        phones=[phone("+41794561238"), phone("+19172654418")],
        emails=["atoure@unicef.org"],
        hidden_emails=1,
        contacts=[contact("Jean-Baptiste Morel", None, "UNICEF Genève", ["+41794561238"], []),
                  contact("Amina Touré", None, "UNICEF New York", ["+19172654418"], ["atoure@unicef.org"])],
        notes="English dateline 'Geneva -' on a French page.",
    ),
))

# --------------------------------------------------------------------------- d11 (listing)
PAGES.append(Page(
    name="d11-onuinfo-fil-actualite-listing",
    meta={"site": "onu-info.example.org", "style": "un-news", "listing": True,
          "defects": ["breadcrumb", "cookie-banner", "read-more", "listing", "share-lines"]},
    blocks=[
        B(ONU_TOP.replace("Accueil > Migrants et réfugiés", "Accueil > Le fil de l'actualité")),
        B("Le fil de l'actualité"),
        P("Mozambique : plus de 110 000 déplacés après une nouvelle vague d'attaques dans le nord"),
        P("21 Feb 2024 - 08:13"),
        P("Plus de 110 000 personnes ont fui leur foyer depuis la fin décembre dans la province de Cabo Delgado, selon le Bureau de la coordination des affaires humanitaires (OCHA). Près de deux tiers des déplacés sont des enfants. Les agences humanitaires demandent 413 millions de dollars pour venir en aide à 1,7 million de personnes cette année."),
        B("Lire la suite"),
        P("Togo : le HCR salue l'adoption d'une loi pour prévenir l'apatridie"),
        P("21 Feb 2024 - 07:45"),
        P("Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) s'est félicité mardi de l'adoption par l'Assemblée nationale togolaise d'une loi qui garantit l'accès à l'état civil pour tous les enfants nés sur le territoire. Selon le HCR, quelque 4,4 millions de personnes sont apatrides ou de nationalité indéterminée dans le monde."),
        B("Lire la suite"),
        P("Langue maternelle : l'UNESCO plaide pour un enseignement dans la langue des élèves"),
        P("20 Feb 2024 - 16:30"),
        P("À l'occasion de la Journée internationale de la langue maternelle, l'Organisation des Nations Unies pour l'éducation, la science et la culture (UNESCO) rappelle que 40 % de la population mondiale n'a pas accès à un enseignement dans une langue qu'elle parle ou comprend. Sur les quelque 7 000 langues parlées dans le monde, près de 3 000 sont menacées de disparition."),
        B("Lire la suite"),
        P("Afghanistan : le PAM reprend ses distributions dans la province de Ghor"),
        P("20 Feb 2024 - 11:02"),
        P("Le Programme alimentaire mondial (PAM) a repris ses distributions de vivres dans la province de Ghor, où les routes étaient coupées par la neige depuis début janvier. Environ 36 000 familles recevront de la farine, de l'huile et des légumineuses pour deux mois."),
        B("""Lire la suite
Charger plus d'articles
Dans l'actualité
Notícias ONU: Moçambique enfrenta nova onda de deslocamentos
UN News: Security Council debates climate and security"""),
        B(ONU_FOOT),
    ],
    gold=dict(
        title="Mozambique : plus de 110 000 déplacés après une nouvelle vague d'attaques dans le nord",
        dateline=None,
        organisations=[org("Bureau de la coordination des affaires humanitaires", "OCHA"), HCR,
                       org("Assemblée nationale togolaise"),
                       org("Organisation des Nations Unies pour l'éducation, la science et la culture", "UNESCO"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Mozambique", "MZ"), place("Cabo Delgado"), place("Togo", "TG"), place("Afghanistan", "AF"),
                place("Ghor")],
        figures=[
            fig("plus de 110 000 déplacés", 110000, "déplacés", qualifier="plus de"),
            fig("21 Feb 2024 - 08:13", "2024-02-21", None, "date"),
            fig("Plus de 110 000 personnes", 110000, "personnes", qualifier="plus de"),
            fig("Près de deux tiers", 0.6667, None, "other", qualifier="près de"),
            fig("413 millions de dollars", 413000000, "dollars", "money", currency="USD"),
            fig("1,7 million de personnes", 1700000, "personnes"),
            fig("21 Feb 2024 - 07:45", "2024-02-21", None, "date"),
            fig("quelque 4,4 millions de personnes", 4400000, "personnes", qualifier="quelque"),
            fig("20 Feb 2024 - 16:30", "2024-02-20", None, "date"),
            fig("40 %", 40, "%", "percent"),
            fig("quelque 7 000 langues", 7000, "langues", qualifier="quelque"),
            fig("près de 3 000", 3000, None, qualifier="près de"),
            fig("20 Feb 2024 - 11:02", "2024-02-20", None, "date"),
            fig("Environ 36 000 familles", 36000, "familles", qualifier="environ"),
            fig("deux mois", 2, "mois", "duration"),
        ],
        phones=[], emails=[], contacts=[],
        notes="Listing page: four unrelated stories; the title is the page heading. Each story's time-stamp line belongs to the story (article), the time of day is part of the date figure.",
    ),
))
