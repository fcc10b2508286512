"""dev pages 12-15: African news portals (agency datelines, votes, paywall and comment widgets)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# --------------------------------------------------------------------------- d12
PAGES.append(Page(
    name="d12-sahelactu-tillaberi-vivres",
    meta={"site": "sahel-actu.example.ne", "style": "africa-portal",
          "defects": ["double-space", "space-before-comma", "mojibake-cp1250", "votes-widget", "paywall", "comments-widget", "ticker"]},
    blocks=[
        B("""SAHEL ACTU
Le quotidien en ligne du Niger
Accueil
Politique
Économie
Société
Sécurité
Sport
Connexion | Abonnement
Société"""),
        P("Tillabéri : le gouvernement lance la distribution gratuite de vivres aux ménages vulnérables"),
        B("Par ANP | 18 novembre 2019 | 0 commentaire"),
        P("Niamey, 18 Novembre (ANP) – Le ministre de l'Action humanitaire et de la Gestion des catastrophes, M. Laouali Abdou, a officiellement lancé lundi à Ouallam l'opération de distribution gratuite de vivres au profit des ménages vulnérables de la région de Tillabéri,[[  || ]]durement éprouvés par l'insécurité et par les inondations de la dernière saison des pluies."),
        P("Cette opération, d'un coût global de 1,5 milliard de francs CFA, concerne 42 650 ménages répartis dans 13 communes.[[  || ]]Chaque ménage recevra un sac de 100 kg de mil, un sac de 50 kg de riz, 25 kg de niébé et 5 litres d'huile."),
        P("Selon le ministre[[ ,||,]] les vivres ont été acquis en partie grâce à l'appui du Programme alimentaire mondial (PAM) et de l'Union européenne. « L'État ne laissera aucune famille sans assistance[[ ,||,]] surtout en cette période de soudure précoce », a-t-il assuré devant les autorités administratives et coutumières de la région."),
        P("Le gouverneur de la région a pour sa part salué « un geste fort » et invité les comités de distribution à faire preuve de rigueur et de transparence.[[  || ]]Il a rappelé que plus de 80 000 personnes ont été contraintes de quitter leurs villages depuis le début de l'année en raison des attaques des groupes armés.", moji="cp1250"),
        P("La distribution se poursuivra jusqu'au 1 er décembre dans les départements de Ouallam, de Téra et d'Ayorou. Des comités de gestion des plaintes ont été installés dans chaque commune afin de recueillir les réclamations des bénéficiaires."),
        B("""0 votes
Notez cet article
La suite de cet article est réservée à nos abonnés.
Déjà abonné ? Se connecter
Commentaires
0 commentaire
Laisser un commentaire
Votre nom
Votre adresse e-mail (ne sera pas publiée)
Publier le commentaire
Articles similaires
Diffa : la campagne de vaccination contre la méningite touche 500 000 enfants
Zinder : ouverture de la foire agricole régionale
© Sahel Actu - Tous droits réservés"""),
    ],
    gold=dict(
        title="Tillabéri : le gouvernement lance la distribution gratuite de vivres aux ménages vulnérables",
        dateline=dl("Niamey", "--11-18"),
        organisations=[org(None, "ANP"), org("Programme alimentaire mondial", "PAM"), org("Union européenne")],
        places=[place("Tillabéri"), place("Niamey"), place("Ouallam"), place("Téra"), place("Ayorou")],
        figures=[
            fig("18 Novembre", "--11-18", None, "date"),
            fig("1,5 milliard de francs CFA", 1500000000, "francs CFA", "money", currency="XOF"),
            fig("42 650 ménages", 42650, "ménages"),
            fig("13 communes", 13, "communes"),
            fig("100 kg", 100, "kg", "other"),
            fig("50 kg", 50, "kg", "other"),
            fig("25 kg", 25, "kg", "other"),
            fig("5 litres", 5, "litres", "other"),
            fig("plus de 80 000 personnes", 80000, "personnes", qualifier="plus de"),
            fig("1 er décembre", "--12-01", None, "date"),
        ],
        phones=[], emails=[], contacts=[],
        notes="Dateline without a year: date '--11-18'. 'M. Laouali Abdou' holds a ministerial role; the ministry is not named as an organisation. The page time-stamp line is boilerplate.",
    ),
))

# --------------------------------------------------------------------------- d13
AFD = org("Agence française de développement", "AFD")
PAGES.append(Page(
    name="d13-dakareco-apo-afd-boad",
    meta={"site": "dakar-eco.example.sn", "style": "africa-portal",
          "defects": ["html-debris", "votes-widget", "apo-dateline", "mojibake-cp1252"]},
    blocks=[
        B("""DAKAR ÉCO
Toute l'économie du Sénégal et de l'Afrique de l'Ouest
Accueil | Économie | Finance | Entreprises | Communiqués
Communiqués"""),
        P("Entrepreneuriat féminin : l'AFD et la BOAD signent une convention de 20 millions d'euros"),
        B("Publié le 03/10/2013 à 14h20 | 0 votes"),
        P("PARIS, France, 3 octobre 2013/Agence (APO)/ — L'Agence fran[[&ccedil;||ç]]aise de d[[&eacute;||é]]veloppement (AFD) et la Banque ouest-africaine de développement (BOAD) ont signé jeudi à Paris une convention de financement de 20[[&nbsp;||\u00a0]]millions d'euros destinée à soutenir les petites et moyennes entreprises dirigées par des femmes dans les huit pays de l'Union économique et monétaire ouest-africaine (UEMOA)."),
        P("Ce financement prendra la forme d'une ligne de crédit accordée à des banques partenaires, qui pourront prêter jusqu'à 150 000 euros par entreprise à des taux préférentiels. Selon la BOAD, les femmes dirigent près de 40 % des entreprises de la zone, mais n'obtiennent qu'une faible part des crédits bancaires.[[<br /><br />||]]", moji="cp1252"),
        P("« L'accès au financement reste le principal frein à la croissance des entreprises créées par des femmes. Avec cet accord, nous voulons changer d'échelle », a déclaré Hélène Vasseur, directrice des opérations de l'AFD."),
        P("Le dispositif comprend également un volet d'assistance technique de 1,2[[&nbsp;||\u00a0]]million d'euros, qui permettra de former les chargés de clientèle des banques et d'accompagner 600 entrepreneuses dans la préparation de leurs demandes de prêt. Les premiers crédits devraient être accordés au début de l'année 2014."),
        P("La BOAD, dont le siège est à Lomé, finance depuis 1973 des projets de développement dans ses États membres. L'AFD est présente dans la région depuis plus de soixante-dix ans.", moji="cp1252"),
        L("""[[<strong>||]]Contact presse :[[</strong>||]] Nathalie Girard, chargée des relations presse, AFD, 01 42 75 80 16 / 06 71 24 39 58
Marc Olivier, cabinet Relais Presse (Marseille), +(33) (0)4 91 37 52 60, m.olivier@relaispresse.example.fr
Distribué par APO (African Press Organization) pour l'Agence fran[[&ccedil;||ç]]aise de développement."""),
        B("""0 votes
Mots-clés : AFD, BOAD, PME, femmes, UEMOA
Articles liés
Côte d'Ivoire : la BAD approuve un prêt pour l'électrification rurale
Sénégal : le port de Dakar affiche un trafic record"""),
    ],
    gold=dict(
        title="Entrepreneuriat féminin : l'AFD et la BOAD signent une convention de 20 millions d'euros",
        dateline=dl("PARIS", "2013-10-03"),
        organisations=[AFD, org("Banque ouest-africaine de développement", "BOAD"),
                       org("Union économique et monétaire ouest-africaine", "UEMOA"),
                       org("African Press Organization", "APO"), org("Relais Presse")],
        places=[place("Paris"), place("France", "FR"), place("Lomé"), place("Marseille")],
        figures=[
            fig("20 millions d'euros", 20000000, "euros", "money", currency="EUR"),
            fig("3 octobre 2013", "2013-10-03", None, "date"),
            fig("20\u00a0millions d'euros", 20000000, "euros", "money", currency="EUR"),
            fig("huit pays", 8, "pays"),
            fig("jusqu'à 150 000 euros", 150000, "euros", "money", qualifier="jusqu'à", currency="EUR"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("1,2\u00a0million d'euros", 1200000, "euros", "money", currency="EUR"),
            fig("600 entrepreneuses", 600, "entrepreneuses"),
            fig("2014", 2014, None, "year"),
            fig("1973", 1973, None, "year"),
            fig("plus de soixante-dix ans", 70, "ans", "duration", qualifier="plus de"),
        ],
        phones=[phone("+33142758016"), phone("+33671243958"), phone("+33491375260")],
        emails=["m.olivier@relaispresse.example.fr"],
        contacts=[contact("Nathalie Girard", "chargée des relations presse", "AFD", ["+33142758016", "+33671243958"], []),
                  contact("Marc Olivier", None, "Relais Presse", ["+33491375260"], ["m.olivier@relaispresse.example.fr"])],
        notes="The APO trailer 'Distribué par APO ...' is part of the release (article). HTML entities are repaired to the characters they stand for (&nbsp; -> U+00A0).",
    ),
))

# --------------------------------------------------------------------------- d14
HCR = org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR")
PAGES.append(Page(
    name="d14-fasoactu-kaya-site-deplaces",
    meta={"site": "faso-actu.example.bf", "style": "africa-portal",
          "defects": ["mojibake-cp1250", "comments-widget", "votes-widget"]},
    blocks=[
        B("""FASO ACTU
Accueil
Actualités
Régions
Économie
Opinions
Contact"""),
        P("Burkina Faso : le HCR et le CONASUR ouvrent un nouveau site d'accueil pour les déplacés à Kaya", moji="cp1250"),
        B("5 mars 2021 | Rubrique : Régions | 0 votes"),
        P("Ouagadougou, 5 mars (AIB) – Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et le Conseil national de secours d'urgence et de réhabilitation (CONASUR) ont remis mardi aux autorités de la région du Centre-Nord un nouveau site d'accueil pour les personnes déplacées internes, aménagé à la sortie de Kaya.", moji="cp1250"),
        P("Le site, d'une capacité de 5 000 personnes, compte 850 abris familiaux, deux centres de santé, quatre forages et une école de six classes. Sa construction a coûté 640 millions de francs CFA, financés par le HCR et par la coopération allemande."),
        P("Selon le dernier recensement du CONASUR, le Burkina Faso comptait à la fin de l'année 2,06 millions de personnes déplacées internes, dont 58,6 % d'enfants. La région du Centre-Nord en accueille à elle seule environ un tiers.", moji="cp1250"),
        P("« Ici, nous avons enfin un toit et nos enfants peuvent retourner à l'école », témoigne Aminata Sawadogo, mère de cinq enfants, arrivée de Barsalogho il y a huit mois."),
        P("Le représentant du HCR au Burkina Faso a salué « l'engagement remarquable des communautés hôtes », qui partagent depuis plusieurs années leurs terres, leurs points d'eau et leurs écoles avec les familles déplacées. Il a toutefois rappelé que les besoins restent immenses : le plan de réponse humanitaire pour le pays, chiffré à 877 millions de dollars, n'était financé qu'à 12 % à la fin février.", moji="cp1250"),
        P("Les demandes d'entretien peuvent être adressées au service de communication du HCR à Ouagadougou, à l'adresse bfaouco@unhcr.org."),
        L("Tel. : +226 25 30 61 48 / +226 70 48 12 95"),
        B("""Réagir à cet article
Commentaires (0)
Soyez le premier à commenter
Votre commentaire
Envoyer
À lire aussi
Ziniaré : remise de kits scolaires aux élèves déplacés
Dori : les commerçants réclament la réouverture du marché à bétail"""),
    ],
    gold=dict(
        title="Burkina Faso : le HCR et le CONASUR ouvrent un nouveau site d'accueil pour les déplacés à Kaya",
        dateline=dl("Ouagadougou", "--03-05"),
        organisations=[HCR, org("Conseil national de secours d'urgence et de réhabilitation", "CONASUR"), org(None, "AIB")],
        places=[place("Burkina Faso", "BF"), place("Kaya"), place("Ouagadougou"), place("Centre-Nord"), place("Barsalogho")],
        figures=[
            fig("5 mars", "--03-05", None, "date"),
            fig("5 000 personnes", 5000, "personnes"),
            fig("850 abris", 850, "abris"),
            fig("deux centres", 2, "centres"),
            fig("quatre forages", 4, "forages"),
            fig("six classes", 6, "classes"),
            fig("640 millions de francs CFA", 640000000, "francs CFA", "money", currency="XOF"),
            fig("2,06 millions de personnes", 2060000, "personnes"),
            fig("58,6 %", 58.6, "%", "percent"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("cinq enfants", 5, "enfants"),
            fig("huit mois", 8, "mois", "duration"),
            fig("877 millions de dollars", 877000000, "dollars", "money", currency="USD"),
            fig("12 %", 12, "%", "percent"),
        ],
        phones=[phone("+22625306148"), phone("+22670481295")],
        emails=["bfaouco@unhcr.org"],
        contacts=[contact(None, None, "HCR", ["+22625306148", "+22670481295"], ["bfaouco@unhcr.org"])],
        notes="UTF-8 read as cp1250 on the title and three body paragraphs, clean lines between them. The contact is an office, not a person.",
    ),
))

# --------------------------------------------------------------------------- d15
PAGES.append(Page(
    name="d15-conakryinfos-rougeole-vaccination",
    meta={"site": "conakry-infos.example.gn", "style": "africa-portal",
          "defects": ["stripped-accents", "unaccented-capitals", "duplicate-title", "paywall", "votes-widget"]},
    blocks=[
        B("""Rougeole : une campagne de vaccination pour 3,3 millions d'enfants en Guinee - Conakry Infos
CONAKRY INFOS
L'information qui compte
Accueil
Politique
Société
Santé
Économie
Sports
S'abonner
Santé"""),
        P("Rougeole : une campagne de vaccination pour 3,3 millions d'enfants en Guinée"),
        B("""Article réservé à nos abonnés
Par la Rédaction | 27 mars 2018"""),
        P("Conakry – Le ministère de la Santé, avec l'appui de l'Organisation mondiale de la santé (OMS) et du Fonds des Nations Unies pour l'enfance (UNICEF), lancera le 31 Mars 2018 une campagne nationale de vaccination contre la rougeole ciblant 3,3 millions d'enfants âgés de 6 mois à 14 ans."),
        P("Depuis le début de l'année, 2 847 cas suspects et 31 décès ont été notifiés dans 27 districts sanitaires sur 38. À la tête de la riposte, le directeur national de la prévention a appelé les parents à faire vacciner tous leurs enfants, même ceux qui l'ont déjà été.", strip=True),
        P("[[PRIORITE AUX ZONES ELOIGNEES||PRIORITÉ AUX ZONES ÉLOIGNÉES]]"),
        P("Pendant dix jours, 4 200 équipes de vaccination sillonneront les villes et les villages, y compris les zones les plus reculées de la Guinée forestière. Les enfants seront vaccinés gratuitement dans les postes de santé, les écoles, les marchés et les lieux de culte."),
        P("« La rougeole est une maladie [[tres||très]] contagieuse qui peut tuer. Un enfant non vacciné est un enfant en danger », a rappelé la [[representante||représentante]] de l'OMS en [[Guinee||Guinée]], lors d'une [[conference||conférence]] de presse tenue jeudi [[a||à]] Conakry."),
        P("La campagne, d'un coût de 4,8 millions de dollars, est financée par l'Alliance Gavi, l'UNICEF et le gouvernement guinéen. Elle doit permettre de porter la couverture vaccinale à plus de 95 %, seuil jugé nécessaire pour interrompre la transmission du virus."),
        L("Contact presse : Fatoumata Camara, chargée de communication, UNICEF Guinée, +224 622 45 18 90"),
        B("""0 votes
Partager : Facebook | WhatsApp | Twitter
Lire aussi
Kankan : les enseignants contractuels réclament leurs arriérés
Boké : un nouveau pont sur le Rio Nunez"""),
    ],
    gold=dict(
        title="Rougeole : une campagne de vaccination pour 3,3 millions d'enfants en Guinée",
        dateline=dl("Conakry", None),
        organisations=[org("ministère de la Santé"), org("Organisation mondiale de la santé", "OMS"),
                       org("Fonds des Nations Unies pour l'enfance", "UNICEF"), org("Alliance Gavi")],
        places=[place("Guinée", "GN"), place("Conakry"), place("Guinée forestière")],
        figures=[
            fig("3,3 millions d'enfants", 3300000, "enfants"),
            fig("le 31 Mars 2018", "2018-03-31", None, "date"),
            fig("6 mois", 6, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("2 847 cas", 2847, "cas"),
            fig("31 décès", 31, "décès"),
            fig("27 districts", 27, "districts"),
            fig("38", 38, None),
            fig("dix jours", 10, "jours", "duration"),
            fig("4 200 équipes", 4200, "équipes"),
            fig("4,8 millions de dollars", 4800000, "dollars", "money", currency="USD"),
            fig("plus de 95 %", 95, "%", "percent", qualifier="plus de"),
        ],
        phones=[phone("+224622451890")],
        emails=[],
        contacts=[contact("Fatoumata Camara", "chargée de communication", "UNICEF Guinée", ["+224622451890"], [])],
        notes="The browser-title line at the top repeats the title without accents (boilerplate). '3,3 millions d'enfants' occurs in the title and again in the first paragraph: listed once.",
    ),
))
