"""dev pages 31-38: an NGO network site (the same cookie banner, share bar, donation block,
related articles, newsletter block and footer on every page), then three singletons:
a wire-agency item, a regional newspaper with paywall, a Q&A interview."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"
SITE = "passerelles-humanitaires.example.org"

T34 = "Cameroun : dans l’Extrême-Nord, 3 500 enfants retrouvent le chemin de l’école"
T35 = "Hiver en Afghanistan : un appel de 1,2 million d’euros pour les familles rentrées d’Iran et du Pakistan"

NGO_TOP = """Nous utilisons des cookies pour mesurer l’audience et améliorer votre navigation. Vous pouvez accepter, refuser ou personnaliser vos choix.
Tout accepter
Tout refuser
Personnaliser
Passerelles Humanitaires
Agir ensemble, là où personne ne va
Le réseau
Nos actions
Urgences
Agenda
Espace presse
Faire un don
Rechercher
Accueil / Espace presse / Communiqués"""

NGO_SHARE = """Partager
Facebook
LinkedIn
WhatsApp
Copier le lien"""

NGO_BOTTOM = f"""Partager : Facebook | LinkedIn | WhatsApp | E-mail
Faire un don
Chaque don compte.
Avec 30 €, vous fournissez un kit d’hygiène à une famille déplacée pendant un mois.
Je fais un don
À lire aussi
{T35}
10 décembre 2024
Lire la suite
{T34}
26 novembre 2024
Lire la suite
Soudan : nos partenaires alertent sur la famine au Darfour
14 novembre 2024
Lire la suite
Restez informés
Recevez chaque mois l’essentiel de nos actions.
Votre adresse e-mail
Je m’inscris
Passerelles Humanitaires fédère 38 organisations locales dans 14 pays d’Afrique, du Moyen-Orient et des Caraïbes.
Agir ensemble, là où personne ne va
Le réseau | Nos actions | Agenda | Espace presse | Nous contacter | Mentions légales
© Passerelles Humanitaires 2024"""

PH = org("Passerelles Humanitaires")
SG = "Sophie Garnier"
SG_TEL = "+33184602715"
PRESSE = "presse@passerelles-humanitaires.example.org"


def meta(defects):
    return {"site": SITE, "style": "ngo-network",
            "defects": ["menu", "cookie-banner", "share-lines", "read-more", "newsletter-chrome", "donation-block"] + defects}


PAGES = []

# --------------------------------------------------------------------------- d31 (HTML debris, mailto)
PAGES.append(Page(
    name="d31-passerelles-niger-inondations",
    meta=meta(["html-debris"]),
    blocks=[
        B(NGO_TOP),
        P("Inondations au Niger : le réseau vient en aide à 12 000 familles sinistrées"),
        B("Communiqué de presse | 12 septembre 2024"),
        B(NGO_SHARE),
        P("Niamey, 12 septembre 2024 – Les pluies diluviennes qui s’abattent sur le Niger depuis le mois de juin ont fait au moins 265 morts et plus de 1,1 million de sinistrés, selon le dernier bilan du ministère de l’Action humanitaire et de la Gestion des catastrophes. Les régions de Maradi, de Zinder et de Tahoua sont les plus touchées."),
        P("Avec ses deux organisations membres au Niger, l’Association nigérienne pour le développement communautaire (ANDC) et Kandi Solidarité, Passerelles Humanitaires a distribué en dix jours des kits d’abris, des moustiquaires et des kits d’hygiène à 12 000 familles dans 46 villages. Des équipes mobiles de santé ont également réalisé plus de 7 300 consultations, dont 2 150 pour des cas de paludisme.[[<br />||]]"),
        P("[[<strong>||]]« Dans certains villages, l’eau a tout emporté : les maisons, les greniers, les animaux. Les familles ont besoin d’un toit avant tout », témoigne Hadiza Moussa, coordinatrice de l’ANDC à Maradi.[[</strong>||]]"),
        P("Les besoins restent considérables. Le réseau lance un appel de 850 000 euros pour poursuivre son intervention jusqu’à la fin de l’année, notamment pour réhabiliter 320 puits contaminés et prévenir les épidémies de choléra.[[&nbsp;||]]"),
        L(f"""[[<strong>||]]Contacts presse[[</strong>||]]
Hadiza Moussa, ANDC Maradi : +227 96 48 21 07
{SG}, chargée de communication, Passerelles Humanitaires : +33 1 84 60 27 15 – [["mailto:{PRESSE}">{PRESSE}||{PRESSE}]]"""),
        B(NGO_BOTTOM),
    ],
    gold=dict(
        title="Inondations au Niger : le réseau vient en aide à 12 000 familles sinistrées",
        dateline=dl("Niamey", "2024-09-12"),
        organisations=[org("ministère de l’Action humanitaire et de la Gestion des catastrophes"),
                       org("Association nigérienne pour le développement communautaire", "ANDC"),
                       org("Kandi Solidarité"), PH],
        places=[place("Niger", "NE"), place("Niamey"), place("Maradi"), place("Zinder"), place("Tahoua")],
        figures=[
            fig("12 000 familles", 12000, "familles"),
            fig("12 septembre 2024", "2024-09-12", None, "date"),
            fig("au moins 265 morts", 265, "morts", qualifier="au moins"),
            fig("plus de 1,1 million de sinistrés", 1100000, "sinistrés", qualifier="plus de"),
            fig("deux organisations", 2, "organisations"),
            fig("dix jours", 10, "jours", "duration"),
            fig("46 villages", 46, "villages"),
            fig("plus de 7 300 consultations", 7300, "consultations", qualifier="plus de"),
            fig("2 150", 2150, None),
            fig("850 000 euros", 850000, "euros", "money", currency="EUR"),
            fig("320 puits", 320, "puits"),
        ],
        phones=[phone("+22796482107"), phone(SG_TEL)],
        emails=[PRESSE],
        contacts=[contact("Hadiza Moussa", None, "ANDC Maradi", ["+22796482107"], []),
                  contact(SG, "chargée de communication", "Passerelles Humanitaires", [SG_TEL], [PRESSE])],
        notes="Site furniture (cookie banner, share bar, donation block, 'À lire aussi' with headline/date/'Lire la suite', newsletter block, blurb, slogan repeated top and bottom) is the same on d31-d35. The blurb's numbers are boilerplate, not figures.",
    ),
))

# --------------------------------------------------------------------------- d32 (cp1252 mojibake, mixed apostrophes)
EPT = "Eau pour Tous"
PAGES.append(Page(
    name="d32-passerelles-tchad-puits-refugies",
    meta=meta(["mojibake-cp1252", "mixed-quotes"]),
    blocks=[
        B(NGO_TOP),
        P("Tchad : à Adré, nos partenaires forent des puits pour les réfugiés soudanais", moji="cp1252"),
        B("Communiqué de presse | 17 octobre 2024"),
        B(NGO_SHARE),
        P("N’Djamena, le 17 octobre 2024 – Dix-huit mois après le début de la guerre au Soudan, l’afflux de réfugiés ne faiblit pas dans l’est du Tchad. Plus de 680 000 réfugiés soudanais y ont trouvé refuge depuis le début du conflit, selon le Haut-Commissariat des Nations Unies pour les réfugiés (HCR), dont 230 000 dans la seule province du Ouaddaï.", moji="cp1252"),
        P("À Adré, à quelques kilomètres de la frontière, les membres du réseau ont foré 14 puits équipés de pompes solaires, qui fournissent chaque jour 15 litres d’eau par personne à quelque 42 000 réfugiés. Les normes humanitaires recommandent au moins 20 litres.", moji="cp1252"),
        P(f"« Les femmes marchaient jusqu'à six heures par jour pour trouver de l'eau. Aujourd'hui, elles peuvent consacrer ce temps à leurs enfants », explique Mahamat Abakar, ingénieur hydraulicien de l'association tchadienne {EPT}, membre du réseau."),
        P("Le réseau a également installé 600 latrines et formé 85 relais communautaires à la prévention des maladies hydriques. Le coût total de l’intervention s’élève à 1,35 million d’euros, dont 62 % financés par l’Union européenne et le reste par des dons privés.", moji="cp1252"),
        P("Le Programme alimentaire mondial (PAM) a averti la semaine dernière qu'il pourrait être contraint de réduire ses rations dès le mois de décembre, faute de financements."),
        L(f"""Contact presse
{SG}, Passerelles Humanitaires, +33 (0)1 84 60 27 15, {PRESSE}
Mahamat Abakar, {EPT} (N’Djamena), +235 66 21 48 73"""),
        B(NGO_BOTTOM),
    ],
    gold=dict(
        title="Tchad : à Adré, nos partenaires forent des puits pour les réfugiés soudanais",
        dateline=dl("N’Djamena", "2024-10-17"),
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"), org(EPT),
                       org("Union européenne"), org("Programme alimentaire mondial", "PAM"), PH],
        places=[place("Tchad", "TD"), place("Adré"), place("N’Djamena"), place("Soudan", "SD"), place("Ouaddaï")],
        figures=[
            fig("le 17 octobre 2024", "2024-10-17", None, "date"),
            fig("Dix-huit mois", 18, "mois", "duration"),
            fig("Plus de 680 000 réfugiés", 680000, "réfugiés", qualifier="plus de"),
            fig("230 000", 230000, None),
            fig("14 puits", 14, "puits"),
            fig("15 litres", 15, "litres", "other"),
            fig("quelque 42 000 réfugiés", 42000, "réfugiés", qualifier="quelque"),
            fig("au moins 20 litres", 20, "litres", "other", qualifier="au moins"),
            fig("jusqu'à six heures", 6, "heures", "duration", qualifier="jusqu'à"),
            fig("600 latrines", 600, "latrines"),
            fig("85 relais", 85, "relais"),
            fig("1,35 million d’euros", 1350000, "euros", "money", currency="EUR"),
            fig("62 %", 62, "%", "percent"),
        ],
        phones=[phone(SG_TEL), phone("+23566214873")],
        emails=[PRESSE],
        contacts=[contact(SG, None, "Passerelles Humanitaires", [SG_TEL], [PRESSE]),
                  contact("Mahamat Abakar", None, EPT, ["+23566214873"], [])],
        notes="Title and three paragraphs are UTF-8 read as cp1252; the quote, the PAM paragraph and the contact block are clean. Apostrophes: curly in the mojibake paragraphs, straight in the quote and the PAM paragraph (kept as written). The contact 'Eau pour Tous (N’Djamena)': organisation as the name, the city in brackets is an office location.",
    ),
))

# --------------------------------------------------------------------------- d33 (œ as '?', hard wraps, hidden e-mail)
PAGES.append(Page(
    name="d33-passerelles-rdc-cholera-goma",
    meta=meta(["oe-question-mark", "hard-wrap", "hidden-email"]),
    wrap=74, jitter=10,
    blocks=[
        B(NGO_TOP),
        P("RDC : une épidémie de choléra menace les sites de déplacés autour de Goma", nowrap=True),
        B("Communiqué de presse | 29 août 2024"),
        B(NGO_SHARE),
        P("Goma – Les cas de choléra se multiplient dans les sites de déplacés situés au nord et à l’ouest de Goma, dans la province du Nord-Kivu. Depuis le début du mois de juillet, les centres de traitement soutenus par le réseau ont pris en charge 1 984 patients, dont 43 % d’enfants de moins de cinq ans. Dix-sept décès ont été enregistrés."),
        P("Plus de 650.000 personnes vivent aujourd’hui dans ces sites, souvent dans des abris de fortune, avec un accès très limité à l’eau potable et aux latrines. Le cœur du problème reste l’assainissement : on compte en moyenne une latrine pour 210 personnes, alors que les normes en recommandent une pour 50.", oe="?"),
        P("Avec le ministère de la Santé publique, Hygiène et Prévention, le réseau a ouvert deux nouvelles unités de traitement du choléra à Bulengo et à Lushagala, d’une capacité de 40 lits chacune, et mis en œuvre une campagne de chloration de l’eau dans 12 sites.", oe="?"),
        P("« Nous manquons de tout : de solutions de réhydratation, de chlore, de personnel. Si rien n’est fait, la situation pourrait devenir incontrôlable avec le retour des pluies », alerte le Dr Josué Kambale, médecin coordinateur de l’ONG congolaise Action Santé Kivu (ASKI)."),
        P("Selon l’OMS (Organisation mondiale de la santé), plus de 2,5 millions de doses de vaccin oral seraient nécessaires pour protéger l’ensemble des déplacés de la province."),
        L(f"""Contacts :
Dr Josué Kambale, ASKI Goma, +243 997 654 321
{SG}, Passerelles Humanitaires, 0033 1 84 60 27 15, [email protected]"""),
        B(NGO_BOTTOM),
    ],
    gold=dict(
        title="RDC : une épidémie de choléra menace les sites de déplacés autour de Goma",
        dateline=dl("Goma", None),
        organisations=[org("ministère de la Santé publique, Hygiène et Prévention"),
                       org("Action Santé Kivu", "ASKI"), org("Organisation mondiale de la santé", "OMS"), PH],
        places=[place("RDC", "CD"), place("Goma"), place("Nord-Kivu"), place("Bulengo"), place("Lushagala")],
        figures=[
            fig("1 984 patients", 1984, "patients"),
            fig("43 %", 43, "%", "percent"),
            fig("moins de cinq ans", 5, "ans", "age", qualifier="moins de"),
            fig("Dix-sept décès", 17, "décès"),
            fig("Plus de 650.000 personnes", 650000, "personnes", qualifier="plus de"),
            fig("210 personnes", 210, "personnes"),
            fig("50", 50, None),
            fig("deux nouvelles unités", 2, "unités"),
            fig("40 lits", 40, "lits"),
            fig("12 sites", 12, "sites"),
            fig("plus de 2,5 millions de doses", 2500000, "doses", qualifier="plus de"),
        ],
        phones=[phone("+243997654321"), phone(SG_TEL)],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Josué Kambale", None, "ASKI Goma", ["+243997654321"], []),
                  contact(SG, None, "Passerelles Humanitaires", [SG_TEL], [])],
        notes="œ turned into '?' ('Le c?ur', 'mis en ?uvre'): restored as œ. The OMS is introduced acronym first. 'RDC' is listed as a place (the country, CD); 'Kivu' inside 'Action Santé Kivu' is not a separate place. Network pages have no Kinshasa office: the Goma dateline is the story's place.",
    ),
))

# --------------------------------------------------------------------------- d34 (furniture only; its title also sits in the related block)
PAGES.append(Page(
    name="d34-passerelles-cameroun-ecoles",
    meta=meta([]),
    blocks=[
        B(NGO_TOP),
        P(T34),
        B("Communiqué de presse | 26 novembre 2024"),
        B(NGO_SHARE),
        P("Maroua, 26 novembre 2024 - Dans la région de l’Extrême-Nord du Cameroun, où les attaques de groupes armés ont entraîné la fermeture de dizaines d’établissements, 3 500 enfants déplacés ou issus des communautés d’accueil ont repris les cours dans 18 écoles réhabilitées par le réseau et son partenaire local, l’Association pour l’éducation et la paix au Sahel (AEPS)."),
        P("Selon le Bureau de la coordination des affaires humanitaires (OCHA), 192 écoles restaient fermées dans la région à la rentrée de septembre, privant d’enseignement plus de 52 000 élèves. Environ un tiers des enfants déplacés n’ont jamais été scolarisés."),
        P("Outre la réhabilitation des salles de classe, le programme finance la distribution de 7 000 kits scolaires, la formation de 96 enseignants et l’installation de points d’eau et de latrines séparées pour les filles et les garçons. Une cantine scolaire fonctionne désormais dans 11 des 18 écoles."),
        P("« Beaucoup d’enfants n’avaient pas ouvert un cahier depuis deux ans. Les premières semaines, nous avons surtout travaillé sur la confiance et la lecture », raconte Aïcha Bouba, institutrice à Mokolo."),
        P("Le programme, d’un coût de 590 millions de francs CFA (environ 900 000 euros), est cofinancé par l’Agence française de développement (AFD) et la Fondation Lumière d’Afrique."),
        L(f"""Pour plus d’informations :
Jean-Pierre Ngono, coordinateur pays, AEPS Maroua, +237 6 77 41 25 90, fax (+237) 2229 1460
{SG}, Passerelles Humanitaires Paris, 01 84 60 27 15, {PRESSE}"""),
        B(NGO_BOTTOM),
    ],
    gold=dict(
        title=T34,
        dateline=dl("Maroua", "2024-11-26"),
        organisations=[org("Association pour l’éducation et la paix au Sahel", "AEPS"),
                       org("Bureau de la coordination des affaires humanitaires", "OCHA"),
                       org("Agence française de développement", "AFD"), org("Fondation Lumière d’Afrique"), PH],
        places=[place("Cameroun", "CM"), place("Extrême-Nord"), place("Maroua"), place("Mokolo"), place("Paris")],
        figures=[
            fig("3 500 enfants", 3500, "enfants"),
            fig("26 novembre 2024", "2024-11-26", None, "date"),
            fig("18 écoles", 18, "écoles"),
            fig("192 écoles", 192, "écoles"),
            fig("plus de 52 000 élèves", 52000, "élèves", qualifier="plus de"),
            fig("Environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("7 000 kits", 7000, "kits"),
            fig("96 enseignants", 96, "enseignants"),
            fig("11", 11, None),
            fig("deux ans", 2, "ans", "duration"),
            fig("590 millions de francs CFA", 590000000, "francs CFA", "money", currency="XAF"),
            fig("environ 900 000 euros", 900000, "euros", "money", qualifier="environ", currency="EUR"),
        ],
        phones=[phone("+237677412590"), phone("+23722291460", kind="fax", valid=False), phone(SG_TEL)],
        emails=[PRESSE],
        contacts=[contact("Jean-Pierre Ngono", "coordinateur pays", "AEPS Maroua", ["+237677412590", "+23722291460"], []),
                  contact(SG, None, "Passerelles Humanitaires Paris", [SG_TEL], [PRESSE])],
        notes="Site furniture only, no text damage. The page title is also the second headline of the site's 'À lire aussi' block (boilerplate there, article here). Cameroon uses the Central African CFA franc: currency XAF, not XOF. The fax uses Cameroon's old 8-digit numbering (possible, not valid). The Paris office number has no country code on a Cameroonian page: French from the office label. 'Sahel' and 'Afrique' occur only inside organisation names.",
    ),
))

# --------------------------------------------------------------------------- d35 (glued headings, lost €, double space, space before comma, mixed quotes)
PAGES.append(Page(
    name="d35-passerelles-afghanistan-hiver",
    meta=meta(["heading-glued", "lost-euro", "double-space", "space-before-comma", "mixed-quotes"]),
    blocks=[
        B(NGO_TOP),
        P(T35),
        B("Communiqué de presse | 10 décembre 2024"),
        B(NGO_SHARE),
        P("Bruxelles, le 10 décembre 2024 – Alors que les températures descendent déjà sous -15 °C dans les provinces montagneuses, Passerelles Humanitaires lance un appel d’urgence de 1,2 million d’euros pour venir en aide à 9 000 familles afghanes revenues d’Iran et du Pakistan au cours de l’année."),
        P("Des retours massifs"),
        P("Plus de 1,5 million d’Afghans sont rentrés dans leur pays depuis janvier, selon l’Organisation internationale pour les migrations (OIM)[[ ,||,]] souvent après avoir été expulsés. Beaucoup arrivent sans ressources, sans logement et sans vêtements chauds, dans des provinces déjà frappées par la sécheresse et le chômage.", glue=True),
        P("Ce que finance l’appel"),
        L("""Avec 85 €, une famille reçoit un poêle et du bois de chauffage pour un mois ;
Avec 40 €, elle reçoit des couvertures et des vêtements chauds pour cinq personnes ;
Avec 150 €, nous réparons le toit d’une maison endommagée.""", glue=True, noeuro=True),
        P("« Ces familles ont tout laissé derrière elles.[[  || ]]Sans aide, l’hiver sera meurtrier pour les plus fragiles », prévient Farid Rahimi, coordinateur de l’Organisation afghane pour le relèvement rural (OARR), membre du réseau à Hérat."),
        P("Le réseau rappelle que le plan de réponse humanitaire pour l’Afghanistan, chiffré à 3,06 milliards de dollars, n’est financé qu’à 38 %. \"Nous ne pouvons pas laisser ces familles seules face au froid\", insiste Marie Delvaux, directrice du réseau[[ ,||,]] depuis Bruxelles."),
        L(f"""Contacts presse
Marie Delvaux, directrice, Passerelles Humanitaires Belgique, +32 2 538 71 46, m.delvaux@passerelles-humanitaires.example.org
Farid Rahimi, OARR Hérat, +93 79 912 3456
Passerelles Humanitaires Canada, Montréal : (514) 872-1234, poste 214
{SG}, Passerelles Humanitaires, +33 1 84 60 27 15"""),
        B(NGO_BOTTOM),
    ],
    gold=dict(
        title=T35,
        dateline=dl("Bruxelles", "2024-12-10"),
        organisations=[PH, org("Organisation internationale pour les migrations", "OIM"),
                       org("Organisation afghane pour le relèvement rural", "OARR")],
        places=[place("Afghanistan", "AF"), place("Iran", "IR"), place("Pakistan", "PK"), place("Bruxelles"),
                place("Hérat"), place("Montréal")],
        figures=[
            fig("1,2 million d’euros", 1200000, "euros", "money", currency="EUR"),
            fig("le 10 décembre 2024", "2024-12-10", None, "date"),
            fig("-15 °C", -15, "°C", "other"),
            fig("9 000 familles", 9000, "familles"),
            fig("Plus de 1,5 million d’Afghans", 1500000, "Afghans", qualifier="plus de"),
            fig("85 €", 85, "€", "money", currency="EUR"),
            fig("40 €", 40, "€", "money", currency="EUR"),
            fig("cinq personnes", 5, "personnes"),
            fig("150 €", 150, "€", "money", currency="EUR"),
            fig("3,06 milliards de dollars", 3060000000, "dollars", "money", currency="USD"),
            fig("38 %", 38, "%", "percent"),
        ],
        phones=[phone("+3225387146"), phone("+93799123456"), phone("+15148721234", extension="214"), phone(SG_TEL)],
        emails=["m.delvaux@passerelles-humanitaires.example.org"],
        contacts=[contact("Marie Delvaux", "directrice", "Passerelles Humanitaires Belgique", ["+3225387146"],
                          ["m.delvaux@passerelles-humanitaires.example.org"]),
                  contact("Farid Rahimi", None, "OARR Hérat", ["+93799123456"], []),
                  contact(None, None, "Passerelles Humanitaires Canada", ["+15148721234"], []),
                  contact(SG, None, "Passerelles Humanitaires", [SG_TEL], [])],
        notes="Two headings glued to the text that follows them (the second one to the first line of the list). The euro signs of the list were lost ('Avec 85 , une famille'). The page title is also the first headline of the site's 'À lire aussi' block (boilerplate there). « » and straight quotes mixed: kept as written. '(514) 872-1234, poste 214' is Canadian (Montréal office label). 'Afghans' is a demonym used as the counted noun, not a place.",
    ),
))

# --------------------------------------------------------------------------- d36 (wire-agency item)
PAGES.append(Page(
    name="d36-depechesmonde-maroc-dessalement",
    meta={"site": "depeches-monde.example.com", "style": "wire-agency",
          "defects": ["wire-slug", "ticker", "foreign-ticker"]},
    blocks=[
        B("""DÉPÊCHES MONDE
Le fil d'information en continu
Accueil | Fil info | Monde | Économie | Afrique | Sport
Fil info
MAROC-EAU/DESSALEMENT"""),
        P("Maroc : la BAD prête 120 millions d’euros pour l’usine de dessalement de Casablanca"),
        B("""Par Jean Martin
Publié le 03/10/2023 à 11h42 · Mis à jour le 03/10/2023 à 15h08
Temps de lecture : 2 min"""),
        P("CASABLANCA, 3 octobre (Reuters) - La Banque africaine de développement (BAD) a approuvé un prêt de 120 millions d’euros pour financer la construction de l’usine de dessalement d’eau de mer du Grand Casablanca, a annoncé mardi l’Office national de l’électricité et de l’eau potable (ONEE)."),
        P("L’usine, dont la mise en service est prévue en 2027, produira à terme 300 millions de mètres cubes d’eau potable par an, ce qui en fera la plus grande installation de ce type en Afrique. Elle doit alimenter plus de 7,5 millions d’habitants de Casablanca, de Settat et de Berrechid."),
        P("Le Maroc traverse sa sixième année consécutive de sécheresse. Le taux de remplissage des barrages ne dépassait pas 27,3% fin septembre, contre 31,5% un an plus tôt, selon le ministère de l’Équipement et de l’Eau."),
        P("Le coût total du projet est estimé à 6,5 milliards de dirhams (environ 590 millions d’euros). Le reste du financement sera apporté par un consortium privé dans le cadre d’un partenariat public-privé d’une durée de 30 ans, a précisé l’ONEE dans un communiqué."),
        P("Le royaume compte déjà 15 stations de dessalement, qui produisent environ 192 millions de mètres cubes par an, et prévoit d’en construire 16 autres d’ici 2030."),
        B("""(Jean Martin, édité par Claire Dubois)
© Reuters 2023
Dernières dépêches
15:02 Genève (AFP) - L'OMS alerte sur la hausse des cas de dengue en Afrique de l'Ouest
14:47 Tunis (AFP) - La banque centrale relève son taux directeur à 8,25%
14:30 LONDON (Reuters) - Oil prices steady as traders eye OPEC+ meeting
14:12 Abidjan (AFP) - Le cacao atteint un nouveau record à Londres
Voir toutes les dépêches
Mots-clés : Maroc, eau, BAD, dessalement
© Dépêches Monde 2023 - Reproduction interdite"""),
    ],
    gold=dict(
        title="Maroc : la BAD prête 120 millions d’euros pour l’usine de dessalement de Casablanca",
        dateline=dl("CASABLANCA", "--10-03"),
        organisations=[org("Banque africaine de développement", "BAD"), org("Reuters"),
                       org("Office national de l’électricité et de l’eau potable", "ONEE"),
                       org("ministère de l’Équipement et de l’Eau")],
        places=[place("Maroc", "MA"), place("Casablanca"), place("Grand Casablanca"), place("Afrique"),
                place("Settat"), place("Berrechid")],
        figures=[
            fig("120 millions d’euros", 120000000, "euros", "money", currency="EUR"),
            fig("3 octobre", "--10-03", None, "date"),
            fig("en 2027", 2027, None, "year"),
            fig("300 millions de mètres cubes", 300000000, "mètres cubes", "other"),
            fig("plus de 7,5 millions d’habitants", 7500000, "habitants", qualifier="plus de"),
            fig("27,3%", 27.3, "%", "percent"),
            fig("31,5%", 31.5, "%", "percent"),
            fig("6,5 milliards de dirhams", 6500000000, "dirhams", "money", currency="MAD"),
            fig("environ 590 millions d’euros", 590000000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("30 ans", 30, "ans", "duration"),
            fig("15 stations", 15, "stations"),
            fig("environ 192 millions de mètres cubes", 192000000, "mètres cubes", "other", qualifier="environ"),
            fig("16", 16, None),
            fig("2030", 2030, None, "year"),
        ],
        phones=[], emails=[], contacts=[],
        notes="Wire item, no text damage. Dateline in the Reuters shape without a year ('--10-03'); the ticker lines carry '(AFP) -' and '(Reuters) -' datelines of other stories (boilerplate, one in English). The slug, the byline 'Par Jean Martin', the time stamps and the credit line '(Jean Martin, édité par ...)' are boilerplate. 'sixième année' is an ordinal word, not a figure; in 'd'ici 2030' the preposition stays out of the year figure.",
    ),
))

# --------------------------------------------------------------------------- d37 (regional newspaper)
T37 = "Annecy : 12 millions d'euros pour doubler le réseau cyclable d'ici 2028"
PAGES.append(Page(
    name="d37-gazettealpes-annecy-plan-velo",
    meta={"site": "gazette-des-alpes.example.fr", "style": "regional-newspaper",
          "defects": ["mojibake-cp1252", "duplicate-title", "breadcrumb", "paywall", "comments-widget", "ticker",
                      "newsletter-chrome"]},
    blocks=[
        B(f"""{T37} | La Gazette des Alpes
La Gazette des Alpes
Haute-Savoie
Savoie
Isère
Faits divers
Sport
Loisirs
Je m'abonne
Se connecter
Haute-Savoie > Annecy"""),
        P(T37, moji="cp1252"),
        B("""Par Nathalie Perrin
Le 14/03/2024 à 18:05 · Modifié le 15/03/2024 à 07:12
27 commentaires"""),
        P("La municipalité a présenté mercredi son nouveau plan vélo. Objectif : porter de 84 km à 170 km le linéaire d'aménagements cyclables en cinq ans et faire du vélo le premier mode de déplacement pour les trajets courts."),
        P("Le plan, chiffré à 12 millions d'euros, prévoit la création de 23 nouvelles pistes sécurisées, dont une liaison continue entre le centre-ville et Seynod, ainsi que 1.500 places de stationnement supplémentaires pour les vélos, dont 300 dans des abris fermés près de la gare.", moji="cp1252"),
        P("Selon la dernière enquête de mobilité, le vélo ne représente encore que 7 % des déplacements des Annéciens, contre 52 % pour la voiture. « La moitié des trajets en voiture font moins de 3 km : c'est là que se trouve notre marge de progrès », a souligné l'adjoint chargé des mobilités, Thomas Brunet.", moji="cp1252"),
        P("L'opposition municipale juge le calendrier « trop lent » et réclame un moratoire sur les travaux de voirie pendant la saison touristique. La première tranche de travaux, d'un montant de 2,8 millions d'euros, doit débuter en septembre à Cran-Gevrier."),
        P("Pratique"),
        L("""Réunion publique le 21 mars, salle Pierre-Lamy.
Renseignements : Maison de la mobilité, 04 50 33 65 40, velo@annecy-mobilite.example.fr"""),
        B("""Il vous reste 68 % de cet article à lire.
La suite est réservée à nos abonnés.
Offre numérique : 1 € le premier mois, sans engagement
Je m'abonne
Déjà abonné ? Je me connecte
27 commentaires
Réagir
Les commentaires sont réservés aux abonnés.
Les plus lus
1. Haute-Savoie : la neige de retour en plaine dès jeudi
2. Chamonix : un alpiniste secouru au pied des Grands Montets
3. Thônes : la fromagerie du village reprise par ses salariés
4. Annecy : le pont des Amours fermé pour travaux
Newsletter
Recevez l'essentiel de l'actu locale chaque matin
Votre e-mail
OK
© La Gazette des Alpes 2024"""),
    ],
    gold=dict(
        title=T37,
        dateline=None,
        organisations=[org("Maison de la mobilité")],
        places=[place("Annecy"), place("Seynod"), place("Cran-Gevrier")],
        figures=[
            fig("12 millions d'euros", 12000000, "euros", "money", currency="EUR"),
            fig("2028", 2028, None, "year"),
            fig("84 km", 84, "km", "other"),
            fig("170 km", 170, "km", "other"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("23 nouvelles pistes", 23, "pistes"),
            fig("1.500 places", 1500, "places"),
            fig("300", 300, None),
            fig("7 %", 7, "%", "percent"),
            fig("52 %", 52, "%", "percent"),
            fig("La moitié", 0.5, None, "other"),
            fig("moins de 3 km", 3, "km", "other", qualifier="moins de"),
            fig("2,8 millions d'euros", 2800000, "euros", "money", currency="EUR"),
            fig("le 21 mars", "--03-21", None, "date"),
        ],
        phones=[phone("+33450336540")],
        emails=["velo@annecy-mobilite.example.fr"],
        contacts=[contact(None, None, "Maison de la mobilité", ["+33450336540"], ["velo@annecy-mobilite.example.fr"])],
        notes="The browser-title line repeats the title (boilerplate); the article title and two paragraphs are UTF-8 read as cp1252. The article is cut by the paywall: clean_text is the visible part only. The 'Pratique' box (public meeting, information line) is article. The byline, time stamps, comment counter and paywall lines are boilerplate.",
    ),
))

# --------------------------------------------------------------------------- d38 (Q&A interview with bold speaker debris)
IRRAO = org("Institut de recherche pour le riz en Afrique de l'Ouest", "IRRAO")
Q = "[[<b>Q :</b>||Q :]]"
A = "[[<b>A. Ndiaye :</b>||A. Ndiaye :]]"
PAGES.append(Page(
    name="d38-afriqueagrimag-entretien-riz",
    meta={"site": "afrique-agri-mag.example.sn", "style": "qa-interview",
          "defects": ["html-debris", "oe-replacement-char", "mixed-quotes", "double-space"]},
    blocks=[
        B("""AFRIQUE AGRI MAG
Le magazine de l'agriculture africaine
Accueil
Actualités
Entretiens
Filières
Innovations
Abonnement
Entretiens"""),
        P("Aïssatou Ndiaye : « Nous pouvons doubler les rendements du riz dans la vallée du fleuve Sénégal »"),
        B("Propos recueillis par Fatou Sarr | 7 juin 2023 | Lecture : 6 min"),
        P("Directrice de l'Institut de recherche pour le riz en Afrique de l'Ouest (IRRAO), basé à Saint-Louis, Aïssatou Ndiaye défend une intensification durable de la riziculture irriguée. Entretien."),
        P(f"{Q} Le Sénégal importe encore l'essentiel du riz qu'il consomme. Pourquoi la production locale ne décolle-t-elle pas ?"),
        P(f"{A} Elle décolle, mais moins vite que la demande. Le pays consomme environ 1,9 million de tonnes de riz par an et en produit un peu plus de 1,3 million de tonnes de paddy. Les importations coûtent chaque année plus de 400 milliards de francs CFA.[[  || ]]Le potentiel est pourtant là : sur les 240 000 hectares aménageables de la vallée, à peine 45 % sont aujourd'hui cultivés en double culture."),
        P(f"{Q} Que proposez-vous concrètement ?"),
        P(f"{A} D'abord des semences adaptées. Nos nouvelles variétés, comme Sahel 177, arrivent à maturité en 105 jours au lieu de 130 et tolèrent mieux la salinité. Sur nos parcelles de démonstration à Ross Béthio, les rendements sont passés de 5,2 à 8,4 tonnes par hectare. Ensuite, la mécanisation de la récolte : aujourd'hui, près de 30 % de la production est perdue entre le champ et le marché."),
        P(f"{Q} Le changement climatique ne compromet-il pas ces efforts ?"),
        P(f"{A} C'est au cœur de nos travaux. La remontée de la langue salée dans le delta touche déjà 12.000 hectares. Nous travaillons avec les producteurs sur des calendriers culturaux décalés et sur la gestion de l'eau. Il faut aussi des politiques publiques cohérentes : la mise en œuvre de l'objectif “zéro importation” doit s'accompagner de prix rémunérateurs pour les producteurs.", oe="fffd"),
        P(f"{Q} Quel rôle pour les femmes dans la filière ?"),
        P(f"{A} Un rôle central, et trop peu reconnu. Les femmes assurent l'essentiel de l'étuvage et de la commercialisation, mais elles ne détiennent que 8 % des parcelles irriguées. Avec l'Union européenne, nous finançons 26 groupements féminins d'étuvage, qui réunissent près de 3 400 femmes.[[<br/>||]]"),
        L("Pour joindre l'IRRAO : tél. (221) 33 961 47 20 ou courriel à communication@irrao.example.sn."),
        B("""Partager : Facebook | X | WhatsApp
Dans la même rubrique
Entretien avec le directeur de la SODAGRI
Mil : les transformatrices de Kaolack misent sur l'export
© Afrique Agri Mag"""),
    ],
    gold=dict(
        title="Aïssatou Ndiaye : « Nous pouvons doubler les rendements du riz dans la vallée du fleuve Sénégal »",
        dateline=None,
        organisations=[IRRAO, org("Union européenne")],
        places=[place("vallée du fleuve Sénégal"), place("Saint-Louis"), place("Sénégal", "SN"), place("Ross Béthio")],
        figures=[
            fig("environ 1,9 million de tonnes", 1900000, "tonnes", "other", qualifier="environ"),
            fig("plus de 1,3 million de tonnes", 1300000, "tonnes", "other", qualifier="plus de"),
            fig("plus de 400 milliards de francs CFA", 400000000000, "francs CFA", "money", qualifier="plus de", currency="XOF"),
            fig("240 000 hectares", 240000, "hectares", "other"),
            fig("45 %", 45, "%", "percent"),
            fig("105 jours", 105, "jours", "duration"),
            fig("130", 130, None, "duration"),
            fig("5,2", 5.2, None, "other"),
            fig("8,4 tonnes", 8.4, "tonnes", "other"),
            fig("près de 30 %", 30, "%", "percent", qualifier="près de"),
            fig("12.000 hectares", 12000, "hectares", "other"),
            fig("8 %", 8, "%", "percent"),
            fig("26 groupements", 26, "groupements"),
            fig("près de 3 400 femmes", 3400, "femmes", qualifier="près de"),
        ],
        phones=[phone("+221339614720")],
        emails=["communication@irrao.example.sn"],
        contacts=[contact(None, None, "IRRAO", ["+221339614720"], ["communication@irrao.example.sn"])],
        notes="Q&A page: the speaker labels came as <b>Q :</b> / <b>A. Ndiaye :</b>; the tags go, the labels stay at the head of each question and answer line. œ became U+FFFD in one answer. '(221) 33 ...' has no plus: Senegalese from the prefix and the page. 'Sahel 177' is a variety name, not a figure; '5,2 à 8,4 tonnes par hectare' is a range (two figures). 'Afrique de l'Ouest' occurs only inside the institute's name. The byline 'Propos recueillis par ...' in the header line is boilerplate. E-mail followed by a full stop.",
    ),
))
