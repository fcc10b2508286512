"""h01-h09: written as the first held-out set (sites and styles dev did not have).

Scored blind in session 1, then moved into dev in session 2, when a new held-out set
(pages_heldout_*.py) was written by someone who had not read the rules.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

OIM = org("Organisation internationale pour les migrations", "OIM")
HCR = org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR")

PAGES = []

# --------------------------------------------------------------------------- h01 wire feed, all ASCII
PAGES.append(Page(
    name="h01-fildepeches-manche-traversees",
    meta={"site": "fil-depeches.example.fr", "style": "wire-feed",
          "defects": ["stripped-accents", "unaccented-capitals", "hard-wrap", "double-dash-dateline", "wire-slug"]},
    wrap=68, jitter=3,
    blocks=[
        B("""FIL DEPECHES
Monde | France | Economie | Sport
Depeche du 04/06/2021 18:52
MIGRATIONS-GB-FRANCE-MANCHE"""),
        P("Manche: nouveau record de traversées de migrants en petites embarcations", strip=True, nowrap=True),
        P("LONDRES, 4 juin 2021 -- Plus de 5 600 migrants ont traversé la Manche à bord de petites embarcations depuis le début de l'année, contre environ 2 500 à la même période en 2020, selon un décompte établi vendredi à partir des chiffres officiels britanniques.", strip=True),
        P("Pour la seule journée de jeudi, 592 personnes réparties dans 20 embarcations ont été interceptées ou secourues par les garde-côtes britanniques, un record, a indiqué le ministère britannique de l'Intérieur.", strip=True),
        P("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a appelé Londres et Paris à \"ouvrir des voies d'accès sûres et légales\" pour les demandeurs d'asile, notamment pour les mineurs isolés qui cherchent à rejoindre un membre de leur famille au Royaume-Uni. \"Tant qu'il n'y aura pas d'alternative, les gens continueront à risquer leur vie\", a déclaré un porte-parole de l'agence à Londres.", strip=True),
        P("Au moins 9 personnes sont mortes ou ont disparu en tentant la traversée depuis janvier, selon l'Organisation internationale pour les migrations (OIM). Côté français, les forces de l'ordre affirment avoir empêché près de 9 000 tentatives de départ depuis le début de l'année sur le littoral entre Dunkerque et Boulogne-sur-Mer.", strip=True),
        P("En vertu d'un accord bilatéral, le Royaume-Uni a versé à la France 62,7 millions de livres (72,7 millions d'euros) depuis 2018 pour renforcer la surveillance des côtes. [[Etats||États]] et ONG doivent se retrouver fin juin à Paris pour discuter d'un nouveau dispositif de financement.", strip=True),
        B("""jlb/mla/ach
(c) FIL DEPECHES - reproduction interdite"""),
    ],
    gold=dict(
        title="Manche: nouveau record de traversées de migrants en petites embarcations",
        dateline=dl("LONDRES", "2021-06-04"),
        organisations=[org("ministère britannique de l'Intérieur"),
                       org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"), OIM],
        places=[place("Manche"), place("Londres"), place("Paris"), place("Royaume-Uni", "GB"), place("Dunkerque"),
                place("Boulogne-sur-Mer"), place("France", "FR")],
        figures=[
            fig("4 juin 2021", "2021-06-04", None, "date"),
            fig("Plus de 5 600 migrants", 5600, "migrants", qualifier="plus de"),
            fig("environ 2 500", 2500, None, qualifier="environ"),
            fig("en 2020", 2020, None, "year"),
            fig("592 personnes", 592, "personnes"),
            fig("20 embarcations", 20, "embarcations"),
            fig("Au moins 9 personnes", 9, "personnes", qualifier="au moins"),
            fig("près de 9 000 tentatives", 9000, "tentatives", qualifier="près de"),
            fig("62,7 millions de livres", 62700000, "livres", "money", currency="GBP"),
            fig("72,7 millions d'euros", 72700000, "euros", "money", currency="EUR"),
            fig("2018", 2018, None, "year"),
        ],
        phones=[], emails=[], contacts=[],
        notes="Whole article stripped of accents (old wire system), fixed-width wrap, '--' after the dateline. Straight quotes and the colon without space are the source's typography. 'ONG' is a generic noun, not an organisation.",
    ),
))

# --------------------------------------------------------------------------- h02 Quebec newswire
PAGES.append(Page(
    name="h02-quebec-immigration-organismes",
    meta={"site": "nouvelles.example.gouv.qc.ca", "style": "gov-newswire",
          "defects": ["oe-written-out", "share-lines", "breadcrumb"]},
    blocks=[
        B("""Québec.ca
Nouvelles du gouvernement
Accueil > Salle de presse > Communiqués
Partager
Courriel | Facebook | X | LinkedIn"""),
        P("Accueil des personnes immigrantes – Québec accorde 4,2 M$ à 18 organismes communautaires de Montréal"),
        P("MONTRÉAL, le 14 avril 2023 /CNW/ - La ministre de l'Immigration, de la Francisation et de l'Intégration annonce une aide financière de 4,2 M$ sur deux ans à 18 organismes communautaires qui oeuvrent auprès des personnes immigrantes à Montréal."),
        P("Ce financement, accordé dans le cadre du Programme d'accompagnement et de soutien à l'intégration (PASI), permettra notamment d'offrir des services d'accueil, d'aide à la recherche de logement et d'accompagnement vers l'emploi à environ 9 500 personnes nouvellement arrivées."),
        P("“Les organismes communautaires sont souvent la porte d'entrée des personnes qui arrivent au Québec. Leur expertise est précieuse, et nous voulons leur donner les moyens d'oeuvrer dans la durée”, a déclaré la ministre."),
        P("Chaque organisme recevra entre 150 000 $ et 320 000 $, selon le nombre de personnes accompagnées et la nature des services offerts. Une enveloppe de 12 500 $ est en outre réservée à la formation des intervenants en interprétariat."),
        P("En 2022, le Québec a accueilli 68 685 personnes immigrantes permanentes, dont près de 60 % se sont installées dans la région de Montréal."),
        L("""Faits saillants :
- Le PASI soutient plus de 150 organismes partout au Québec.
- Les personnes immigrantes peuvent obtenir gratuitement des services d'accueil pendant leurs cinq premières années au Québec."""),
        L("""Source :
Camille Tremblay
Attachée de presse
Cabinet de la ministre de l'Immigration, de la Francisation et de l'Intégration
Tél. : 418 555-0147
Renseignements :
Relations avec les médias
Ministère de l'Immigration, de la Francisation et de l'Intégration
Tél. : (514) 555-0123, poste 6143
Sans frais : 1 877 555-0123
medias@mifi.example.gouv.qc.ca"""),
        B("""Liens connexes
Programme d'accompagnement et de soutien à l'intégration
Suivez-nous
© Gouvernement du Québec, 2023"""),
    ],
    gold=dict(
        title="Accueil des personnes immigrantes – Québec accorde 4,2 M$ à 18 organismes communautaires de Montréal",
        dateline=dl("MONTRÉAL", "2023-04-14"),
        organisations=[org(None, "CNW"),
                       org("Cabinet de la ministre de l'Immigration, de la Francisation et de l'Intégration"),
                       org("Ministère de l'Immigration, de la Francisation et de l'Intégration")],
        places=[place("Québec"), place("Montréal")],
        figures=[
            fig("4,2 M$", 4200000, "M$", "money", currency="CAD"),
            fig("18 organismes", 18, "organismes"),
            fig("le 14 avril 2023", "2023-04-14", None, "date"),
            fig("deux ans", 2, "ans", "duration"),
            fig("environ 9 500 personnes", 9500, "personnes", qualifier="environ"),
            fig("150 000 $", 150000, "$", "money", currency="CAD"),
            fig("320 000 $", 320000, "$", "money", currency="CAD"),
            fig("12 500 $", 12500, "$", "money", currency="CAD"),
            fig("En 2022", 2022, None, "year"),
            fig("68 685 personnes", 68685, "personnes"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("plus de 150 organismes", 150, "organismes", qualifier="plus de"),
            fig("cinq premières années", 5, "années", "duration"),
        ],
        phones=[phone("+14185550147"), phone("+15145550123", extension="6143"), phone("+18775550123")],
        emails=["medias@mifi.example.gouv.qc.ca"],
        contacts=[contact("Camille Tremblay", "Attachée de presse",
                          "Cabinet de la ministre de l'Immigration, de la Francisation et de l'Intégration",
                          ["+14185550147"], []),
                  contact(None, None, "Ministère de l'Immigration, de la Francisation et de l'Intégration",
                          ["+15145550123", "+18775550123"], ["medias@mifi.example.gouv.qc.ca"])],
        notes="'oeuvrent'/'oeuvrer' is a valid spelling: leave it. The PASI is a programme, not an organisation. 'Québec' is the province (iso null). Phone numbers without country code: Canada from the dateline. '$' after a Québec amount is CAD.",
    ),
))

# --------------------------------------------------------------------------- h03 Haitian portal, cp852 + double mojibake
PAGES.append(Page(
    name="h03-haitidirect-ouanaminthe-rapatries",
    meta={"site": "haiti-direct.example.ht", "style": "caribbean-portal",
          "defects": ["mojibake-cp852", "mojibake-double-cp1252", "comments-widget"]},
    blocks=[
        B("""HAITI DIRECT
Actualités | Politique | Économie | Société | Diaspora
Société"""),
        P("Ouanaminthe : des centaines de rapatriés accueillis chaque jour à la frontière"),
        P("Ouanaminthe, 21 août 2022 - Chaque matin, des camions remplis d'hommes, de femmes et d'enfants franchissent le pont qui relie Dajabón, en République dominicaine, à la ville haïtienne de Ouanaminthe. Depuis le début de l'année, plus de 61 000 personnes ont été rapatriées par cette seule frontière.", moji="cp852"),
        P("Au centre d'accueil installé par l'Organisation internationale pour les migrations (OIM) et l'Office national de la migration (ONM), les rapatriés reçoivent un repas chaud, des soins de base et une somme de 2 500 gourdes (environ 21 dollars) pour regagner leur commune d'origine."),
        P("Parmi eux, de nombreux enfants non accompagnés. Selon l'Institut du bien-être social et de recherches (IBESR), 1 280 mineurs isolés ont été pris en charge depuis janvier et confiés à des familles d'accueil ou à des centres spécialisés, en attendant de retrouver leurs proches.", moji="cp852"),
        P("« Ils m’ont arrêtée au marché, je n’ai même pas pu prévenir mes enfants », raconte Marie-Lourdes, 34 ans, qui vivait depuis huit ans à Santiago.", moji="cp1252x2"),
        P("Les organisations de défense des droits humains dénoncent des expulsions collectives, visant parfois des personnes nées en République dominicaine. Les autorités dominicaines affirment pour leur part se borner à appliquer la loi sur l'immigration."),
        L("Contact : Bureau de l'OIM à Ouanaminthe, +509 28 13 45 67, ouanaminthe@iom.int"),
        B("""Partagez : Facebook | WhatsApp
0 commentaire
Articles récents
Cap-Haïtien : la saison touristique s'annonce prometteuse
Jacmel : le carnaval reporté"""),
    ],
    gold=dict(
        title="Ouanaminthe : des centaines de rapatriés accueillis chaque jour à la frontière",
        dateline=dl("Ouanaminthe", "2022-08-21"),
        organisations=[OIM, org("Office national de la migration", "ONM"),
                       org("Institut du bien-être social et de recherches", "IBESR")],
        places=[place("Ouanaminthe"), place("Dajabón"), place("République dominicaine", "DO"), place("Santiago")],
        figures=[
            fig("21 août 2022", "2022-08-21", None, "date"),
            fig("plus de 61 000 personnes", 61000, "personnes", qualifier="plus de"),
            fig("2 500 gourdes", 2500, "gourdes", "money", currency="HTG"),
            fig("environ 21 dollars", 21, "dollars", "money", qualifier="environ", currency="USD"),
            fig("1 280 mineurs", 1280, "mineurs"),
            fig("34 ans", 34, "ans", "age"),
            fig("huit ans", 8, "ans", "duration"),
        ],
        phones=[phone("+50928134567")],
        emails=["ouanaminthe@iom.int"],
        contacts=[contact(None, None, "Bureau de l'OIM à Ouanaminthe", ["+50928134567"], ["ouanaminthe@iom.int"])],
        notes="Two paragraphs are Latin-1 bytes shown in the DOS code page 852 ('aprÚs' shape: é->Ú, à->Ó); one quote is UTF-8 read as cp1252 twice ('Ã¢â‚¬â„¢'). 'des centaines' is not a figure.",
    ),
))

# --------------------------------------------------------------------------- h04 Belgian NGO newsletter
PAGES.append(Page(
    name="h04-medecinssolidaires-lettre-cholera-malawi",
    meta={"site": "lettre.medecins-solidaires.example.be", "style": "ngo-newsletter",
          "defects": ["lost-apostrophe", "oe-replacement-char", "case-damage", "dotless-i", "newsletter-chrome"]},
    blocks=[
        B("""Voir cette lettre dans votre navigateur
MÉDECINS SOLIDAIRES BELGIQUE
Lettre d'information n° 47 – février 2023"""),
        P("Choléra au Malawi : nos équipes renforcent la riposte dans le sud du pays"),
        P("Depuis le début de l’épidémie, le Malawi a enregistré plus de 36 000 cas de choléra et 1 180 décès, selon le ministère de la Santé. Il s’agit de la flambée la plus meurtrière qu’ait connue le pays depuis vingt ans.", apos="space"),
        P("Nos équipes sont présentes depuis novembre dans les districts de Blantyre et de Zomba, aux côtés de [[mÉdecins sans frontiÈres||Médecins sans frontières]] et des autorités sanitaires locales. En trois mois, elles ont pris en charge 4 870 patients et distribué plus de 2,3 millions de comprimés de purification de l’eau.", apos="space"),
        P("[[Mıse||Mise]] en place des centres de traitement"),
        P("Au cœur de la riposte, les centres de traitement du choléra accueillent les patients les plus gravement atteints, qui doivent être réhydratés par voie intraveineuse. Nous en gérons désormais six, d’une capacité totale de 240 lits.", apos="space", oe="fffd"),
        P("« Les familles arrivent souvent trop tard, parce que le centre le plus proche est à plusieurs heures de marche. Les patients nous appellent les sœurs, et nous travaillons jour et nuit depuis des semaines », explique Grace Banda, infirmière et coordinatrice médicale à Zomba.", apos="space", oe="fffd"),
        P("Un don de 25 € permet de soigner un patient atteint de choléra. Faites un don sur notre site ou par virement sur le compte BE68 5390 0754 7034."),
        L("""Contact presse
Sophie Dewit – Bruxelles – +32 (0)2 511 47 20 – +32 475 61 28 93 – sophie.dewit@medecins-solidaires.example.be
Partenaire aux Pays-Bas : Stichting Gezondheid Nu, Amsterdam – +31(0)20 624 18 37"""),
        B("""Vous recevez cette lettre car vous êtes inscrit(e) à notre liste de diffusion.
Se désinscrire | Gérer mes préférences
Médecins Solidaires Belgique – Rue de la Loi 155 – 1040 Bruxelles"""),
    ],
    gold=dict(
        title="Choléra au Malawi : nos équipes renforcent la riposte dans le sud du pays",
        dateline=None,
        organisations=[org("ministère de la Santé"), org("Médecins sans frontières"), org("Stichting Gezondheid Nu")],
        places=[place("Malawi", "MW"), place("Blantyre"), place("Zomba"), place("Bruxelles"), place("Pays-Bas", "NL"),
                place("Amsterdam")],
        figures=[
            fig("plus de 36 000 cas", 36000, "cas", qualifier="plus de"),
            fig("1 180 décès", 1180, "décès"),
            fig("vingt ans", 20, "ans", "duration"),
            fig("trois mois", 3, "mois", "duration"),
            fig("4 870 patients", 4870, "patients"),
            fig("plus de 2,3 millions de comprimés", 2300000, "comprimés", qualifier="plus de"),
            fig("six", 6, None),
            fig("240 lits", 240, "lits"),
            fig("25 €", 25, "€", "money", currency="EUR"),
        ],
        phones=[phone("+3225114720"), phone("+32475612893"), phone("+31206241837")],
        emails=["sophie.dewit@medecins-solidaires.example.be"],
        contacts=[contact("Sophie Dewit", None, None, ["+3225114720", "+32475612893"],
                          ["sophie.dewit@medecins-solidaires.example.be"]),
                  contact(None, None, "Stichting Gezondheid Nu", ["+31206241837"], [])],
        notes="Case damage 'mÉdecins sans frontiÈres' (an ALL-CAPS name lowered by an ASCII-only function) is repaired to the organisation's usual form. 'Mıse' has a Turkish dotless i. The IBAN is not a figure.",
    ),
))

# --------------------------------------------------------------------------- h05 PDF report, two columns interleaved
COL_RAW = """En 2023, 39 910 personnes sont arrivées aux
La traversée, qui peut durer jusqu'à dix
Canaries par la mer, soit une aug-
jours, est l'une des plus dangereuses au
mentation de 154 % par rapport à l'année
monde. Selon les organisations de la so-
précédente. La majorité des embarcations
ciété civile, plusieurs milliers de per-
partent désormais du Sénégal et de la Mau-
sonnes y auraient perdu la vie en 2023, un
ritanie, à plus de 1 500 kilomètres de
bilan qu'aucune source officielle ne per-
l'archipel.
met de confirmer."""
COL_CLEAN = """En 2023, 39 910 personnes sont arrivées aux Canaries par la mer, soit une augmentation de 154 % par rapport à l'année précédente. La majorité des embarcations partent désormais du Sénégal et de la Mauritanie, à plus de 1 500 kilomètres de l'archipel.
La traversée, qui peut durer jusqu'à dix jours, est l'une des plus dangereuses au monde. Selon les organisations de la société civile, plusieurs milliers de personnes y auraient perdu la vie en 2023, un bilan qu'aucune source officielle ne permet de confirmer."""
PAGES.append(Page(
    name="h05-lecteurpdf-route-atlantique-canaries",
    meta={"site": "lecteur-pdf.example.net", "style": "pdf-report",
          "defects": ["pdf-chrome", "column-interleave", "pdf-hyphenation", "page-furniture"]},
    blocks=[
        B("""LecteurPDF
Télécharger (PDF, 1,4 Mo)
Imprimer
Page 1 / 4
Zoom : 100 %
Aperçu du document"""),
        P("La route atlantique vers les Canaries : note d'analyse"),
        B("Note d'analyse n° 12 – mars 2024"),
        P("Une route de plus en plus fréquentée"),
        X(COL_RAW, COL_CLEAN),
        B("Note d'analyse n° 12 | 2"),
        P("Les arrivées par la route atlantique représentent désormais près de la moitié des arrivées irrégulières en Espagne. La Commission espagnole d'aide aux réfugiés (CEAR) souligne que les personnes qui l'empruntent fuient de plus en plus souvent des conflits, notamment au Mali, et pas seulement la pauvreté."),
        P("Les autorités des Canaries réclament davantage de moyens pour l'accueil des mineurs non accompagnés : plus de 4 800 d'entre eux étaient pris en charge dans l'archipel à la fin de l'année, pour une capacité d'accueil de 2 000 places."),
        L("Contacts : Lucía Fernández, CEAR Madrid, (+34) 91 532 64 10 ; Antonio Suárez, délégation des Canaries, +34 928 36 51 20"),
        B("""Note d'analyse n° 12 | 3
Page 2 / 4
Télécharger le document complet"""),
    ],
    gold=dict(
        title="La route atlantique vers les Canaries : note d'analyse",
        dateline=None,
        organisations=[org("Commission espagnole d'aide aux réfugiés", "CEAR")],
        places=[place("Canaries"), place("Sénégal", "SN"), place("Mauritanie", "MR"), place("Espagne", "ES"),
                place("Mali", "ML"), place("Madrid")],
        figures=[
            fig("En 2023", 2023, None, "year"),
            fig("39 910 personnes", 39910, "personnes"),
            fig("154 %", 154, "%", "percent"),
            fig("plus de 1 500 kilomètres", 1500, "kilomètres", "other", qualifier="plus de"),
            fig("jusqu'à dix jours", 10, "jours", "duration", qualifier="jusqu'à"),
            fig("en 2023", 2023, None, "year"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("plus de 4 800", 4800, None, qualifier="plus de"),
            fig("2 000 places", 2000, "places"),
        ],
        phones=[phone("+34915326410"), phone("+34928365120")],
        emails=[],
        contacts=[contact("Lucía Fernández", None, "CEAR Madrid", ["+34915326410"], []),
                  contact("Antonio Suárez", None, "délégation des Canaries", ["+34928365120"], [])],
        notes="Lines of the two PDF columns alternate in the raw text; the clean text gives the left column, then the right one. 'plusieurs milliers' is not a figure.",
    ),
))

# --------------------------------------------------------------------------- h06 DRC listing
PAGES.append(Page(
    name="h06-kinshasadirect-breves-listing",
    meta={"site": "kinshasa-direct.example.cd", "style": "africa-portal-listing", "listing": True,
          "defects": ["listing", "stray-unicode-hyphen", "read-more", "body-glued"]},
    blocks=[
        B("""KINSHASA DIRECT
Accueil | Politique | Provinces | Économie | Sport
Connexion"""),
        B("Les brèves du jour"),
        P("Nord[[\u2010||-]]Kivu : plus de 250 000 nouveaux déplacés autour de Goma"),
        P("Les combats entre l'armée et les groupes armés ont provoqué le déplacement de plus de 250 000 personnes en un mois dans le territoire de Nyiragongo, selon le Bureau de la coordination des affaires humanitaires (OCHA). Les sites de Bulengo et de Lushagala, à l'ouest de Goma, sont saturés et les besoins en eau potable sont [[peut\u2010être||peut-être]] les plus urgents, a indiqué son [[porte\u2010parole||porte-parole]]."),
        B("Lire la suite"),
        P("Kasaï : la campagne de vaccination contre la rougeole atteint 1,2 million d'enfants"),
        P("La campagne de riposte contre la rougeole lancée le 6 mars dans la province du Kasaï a permis de vacciner 1,2 million d'enfants âgés de 6 mois à 5 ans, soit 94 % de la cible. Pour tout renseignement : Division provinciale de la santé, [00 243] 081 234 5678."),
        B("Lire la suite"),
        P("Brazzaville : le HCR et le gouvernement congolais signent un accord sur l'enregistrement des réfugiés", glue=True),
        P("Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et le gouvernement de la République du Congo ont signé lundi un accord, enregistré sous la référence (44857), qui prévoit la délivrance de cartes biométriques à quelque 60 000 réfugiés et demandeurs d'asile vivant dans le pays. Contact : bureau du HCR à Brazzaville, +242 06 671 42 35."),
        B("""Lire la suite
Charger plus de brèves
© Kinshasa Direct"""),
    ],
    gold=dict(
        title="Nord-Kivu : plus de 250 000 nouveaux déplacés autour de Goma",
        dateline=None,
        # (the government an organisation and its country no place, as it stands only inside that name:
        # README, settled in session 26; the page was written before)
        organisations=[org("Bureau de la coordination des affaires humanitaires", "OCHA"),
                       org("Division provinciale de la santé"), HCR, org("gouvernement de la République du Congo")],
        places=[place("Nord-Kivu"), place("Goma"), place("Nyiragongo"), place("Bulengo"), place("Lushagala"),
                place("Kasaï"), place("Brazzaville")],
        figures=[
            fig("plus de 250 000 nouveaux déplacés", 250000, "déplacés", qualifier="plus de"),
            fig("plus de 250 000 personnes", 250000, "personnes", qualifier="plus de"),
            fig("1,2 million d'enfants", 1200000, "enfants"),
            fig("le 6 mars", "--03-06", None, "date"),
            fig("6 mois", 6, "mois", "age"),
            fig("5 ans", 5, "ans", "age"),
            fig("94 %", 94, "%", "percent"),
            fig("quelque 60 000 réfugiés", 60000, "réfugiés", qualifier="quelque"),
        ],
        phones=[phone("+243812345678"), phone("+242066714235")],
        emails=[],
        contacts=[contact(None, None, "Division provinciale de la santé", ["+243812345678"], []),
                  contact(None, None, "bureau du HCR à Brazzaville", ["+242066714235"], [])],
        notes="Listing of three briefs. U+2010 hyphens inside words are repaired to '-'. 'Lire la suite' is glued to the third headline ('Lire la suiteBrazzaville'). '(44857)' is a reference, not a phone or figure. 'en un mois': un/une are not figures.",
    ),
))

# --------------------------------------------------------------------------- h07 Swiss federal release, no defect
PAGES.append(Page(
    name="h07-confederation-moyen-orient-clean",
    meta={"site": "news.example.admin.ch", "style": "federal-gov", "defects": []},
    blocks=[
        P("La Suisse soutient la protection des réfugiés au Moyen-Orient avec 12,5 millions de francs"),
        P("Berne, 15.03.2023 – Le Conseil fédéral a décidé mercredi d'allouer CHF 12,5 millions supplémentaires à l'aide humanitaire en faveur des personnes réfugiées et déplacées en Syrie, au Liban et en Jordanie. Cette contribution sera mise en œuvre par la Direction du développement et de la coopération (DDC)."),
        P("Une partie des fonds sera versée au Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et au Comité international de la Croix-Rouge (CICR), dont le siège se trouve à Genève. Le reste financera des projets de partenaires locaux dans les domaines de l'éducation, de l'accès à l'eau et de la protection de l'enfance."),
        P("Douze ans après le début du conflit en Syrie, plus de 5,3 millions de Syriens vivent toujours comme réfugiés dans les pays voisins. Au Liban, près de 90 % d'entre eux vivent dans l'extrême pauvreté."),
        P("La Suisse accueille par ailleurs des réfugiés particulièrement vulnérables dans le cadre des programmes de réinstallation du HCR : 1'250 personnes ont été admises au cours des deux dernières années."),
        P("Le séisme du 6 février 2023 a encore aggravé la situation dans le nord-ouest de la Syrie. La Suisse avait alors débloqué une aide d'urgence de CHF 8 millions."),
        L("""Renseignements :
Communication DFAE
Palais fédéral ouest, CH-3003 Berne
Tél. +41 58 462 31 53
info@dfae.example.admin.ch"""),
    ],
    gold=dict(
        title="La Suisse soutient la protection des réfugiés au Moyen-Orient avec 12,5 millions de francs",
        dateline=dl("Berne", "2023-03-15"),
        organisations=[org("Conseil fédéral"), org("Direction du développement et de la coopération", "DDC"), HCR,
                       org("Comité international de la Croix-Rouge", "CICR"), org(None, "DFAE")],
        places=[place("Suisse", "CH"), place("Moyen-Orient"), place("Berne"), place("Syrie", "SY"),
                place("Liban", "LB"), place("Jordanie", "JO"), place("Genève")],
        figures=[
            fig("12,5 millions de francs", 12500000, "francs", "money", currency="CHF"),
            fig("15.03.2023", "2023-03-15", None, "date"),
            fig("CHF 12,5 millions", 12500000, "CHF", "money", currency="CHF"),
            fig("Douze ans", 12, "ans", "duration"),
            fig("plus de 5,3 millions de Syriens", 5300000, "Syriens", qualifier="plus de"),
            fig("près de 90 %", 90, "%", "percent", qualifier="près de"),
            fig("1'250 personnes", 1250, "personnes"),
            fig("deux dernières années", 2, "années", "duration"),
            fig("6 février 2023", "2023-02-06", None, "date"),
            fig("CHF 8 millions", 8000000, "CHF", "money", currency="CHF"),
        ],
        phones=[phone("+41584623153")],
        emails=["info@dfae.example.admin.ch"],
        contacts=[contact(None, None, "Communication DFAE", ["+41584623153"], ["info@dfae.example.admin.ch"])],
        notes="No defect, no boilerplate. Swiss shapes: date '15.03.2023', thousands by apostrophe (1'250), currency before the amount (CHF 12,5 millions). 'CH-3003' is a postcode.",
    ),
))

# --------------------------------------------------------------------------- h08 Ivorian embassy, contact traps
PAGES.append(Page(
    name="h08-ambaci-forum-diaspora-contacts",
    meta={"site": "ambaci-paris.example.fr", "style": "embassy-contacts",
          "defects": ["oe-replacement-char", "glued-phone", "truncated-phone", "trunk-zero-kept", "postcode-trap", "breadcrumb"]},
    blocks=[
        B("""Ambassade de Côte d'Ivoire en France
Accueil | L'Ambassade | Consulat | Économie | Contacts
Vous êtes ici : Accueil / Actualités / Forum"""),
        P("Forum « Investir en Côte d’Ivoire » : la diaspora invitée à s’inscrire avant le 30 avril"),
        P("L’Ambassade de Côte d’Ivoire en France informe la diaspora ivoirienne que la 4e édition du forum « Investir en Côte d’Ivoire » se tiendra à Abidjan le 22 mai 2024. Les entrepreneurs et investisseurs ivoiriens établis à l’étranger sont invités à s’y inscrire avant le 30 avril."),
        P("Plus de 3 000 participants, dont 600 membres de la diaspora, sont attendus. Le forum vise à mobiliser 5 000 milliards de francs CFA d’investissements privés dans l’agro-industrie, le numérique, l’énergie et le tourisme."),
        P("Cette rencontre s’inscrit dans la mise en œuvre du Plan national de développement (PND) 2021-2025, qui place le secteur privé au cœur de la transformation structurelle de l’économie ivoirienne.", oe="fffd"),
        P("Les inscriptions se font en ligne sur le site du forum ou auprès du service économique de l’Ambassade."),
        L("""Service économique de l’Ambassade
102, avenue Raymond-Poincaré, 75116 Paris
Tél. : +33 06 12 34 56 78 – Fax : 01 53 64 62 63
Site : www.ambaci-paris.example.fr01 53 64 62 62
Comité d’organisation à Abidjan
08 BP 2030 Abidjan 08
Tél. : 00.225.20.30.40.50 / +225 27 20 31 45 86/87
Mobile : +225 07 08 45 12 36
Courriel : forum@cepici.example.ci
Pour toute urgence : +33 1 53 6"""),
    ],
    gold=dict(
        title="Forum « Investir en Côte d’Ivoire » : la diaspora invitée à s’inscrire avant le 30 avril",
        dateline=None,
        organisations=[org("Ambassade de Côte d’Ivoire en France")],
        places=[place("Côte d’Ivoire", "CI"), place("Abidjan"), place("Paris")],
        figures=[
            fig("le 30 avril", "--04-30", None, "date"),
            fig("4e", 4, None, "ordinal"),
            fig("le 22 mai 2024", "2024-05-22", None, "date"),
            fig("Plus de 3 000 participants", 3000, "participants", qualifier="plus de"),
            fig("600 membres", 600, "membres"),
            fig("5 000 milliards de francs CFA", 5000000000000, "francs CFA", "money", currency="XOF"),
        ],
        phones=[phone("+33612345678"), phone("+33153646263", kind="fax"), phone("+33153646262"),
                phone("+22520304050", valid=False), phone("+2252720314586"), phone("+2252720314587"),
                phone("+2250708451236")],
        emails=["forum@cepici.example.ci"],
        contacts=[contact(None, None, "Service économique de l’Ambassade", ["+33612345678", "+33153646263", "+33153646262"], []),
                  contact(None, None, "Comité d’organisation à Abidjan",
                          ["+22520304050", "+2252720314586", "+2252720314587", "+2250708451236"],
                          ["forum@cepici.example.ci"])],
        notes="Traps: '+33 06 ...' keeps the trunk 0; a number glued to the web address; '00.225.20.30.40.50' is an old 8-digit Ivorian number (possible, not valid); '86/87' is shorthand for two numbers; '08 BP 2030 Abidjan 08' and '75116' are postal; the last number is cut off (not extracted). 'PND 2021-2025' is a plan name, not figures. Côte d'Ivoire inside the embassy name also occurs on its own, so it is listed.",
    ),
))

# --------------------------------------------------------------------------- h09 UN regional office, stray Unicode, many regional phones
PAGES.append(Page(
    name="h09-unfpa-syrie-liban-sante-maternelle",
    meta={"site": "unfpa-etatsarabes.example.org", "style": "un-regional",
          "defects": ["stray-unicode-cjk", "double-combining-accent", "duplicate-caption", "hidden-email"]},
    blocks=[
        B("""锟斤拷锟斤拷锟斤拷
UNFPA États arabes
Accueil › Actualités › Communiqués
FR | EN | ع"""),
        P("Syrie et Liban : l’UNFPA alerte sur l’effondrement des services de santé maternelle"),
        P("Une sage-femme examine une patiente dans une clinique mobile près d’Alep"),
        B("Une sage-femme examine une patiente dans une clinique mobile près d’Alep"),
        P("Genève – Le Fonds des Nations Unies pour la population (UNFPA) a averti vendredi que quelque 620 000 femmes enceintes en Syrie et au Liban risquaient d’être privées de soins prénatals et d’un accouchement en toute sécurité au cours des douze prochains mois."),
        P("En Syrie, seuls 58 % des hôpitaux sont pleinement fonctionnels, et les coupures d’électricité compromettent le fonctionnement des maternités. Au Liban, la crise économique a entraîné le départ de près de 40 % des sages-femmes et des [[me\u0301\u0301decins||médecins]] du secteur public, selon l’agence."),
        P("« Une femme ne devrait jamais avoir à choisir entre nourrir ses enfants et payer son accouchement. C’est pourtant la réalité pour des milliers de familles », a déclaré Leïla Haddad, directrice du bureau régional de l’UNFPA à Amman."),
        P("L’UNFPA demande 91,3 millions de dollars pour maintenir en activité 140 cliniques mobiles et maternités, former des sages-femmes et fournir des kits d’[[accouchement\u0301||accouchement]] aux structures de santé des deux pays en 2024."),
        L("""Contacts presse :
Bureau régional (Amman) : Rania Khoury, +962 6 550 41 20, khoury@unfpa.org
Liban (Beyrouth) : +961 1 978 420
Syrie (Damas) : +963 11 612 45 80
Pôle d’approvisionnement (Dubaï) : +971 4 361 82 40
Qatar (Doha) : +974 4411 2356
Arabie saoudite (Riyad) : +966 11 480 3725
Koweït : +965 2224 6813
Oman (Mascate) : +968 2456 1937
Iran (Téhéran) : +98 21 8897 3240
Genève : Marc-Antoine Favre, +41 22 917 85 71, [email protected]"""),
        B("""Partager
Communiqués connexes
Yemen: funding gap threatens maternal health services
© UNFPA"""),
    ],
    gold=dict(
        title="Syrie et Liban : l’UNFPA alerte sur l’effondrement des services de santé maternelle",
        dateline=dl("Genève", None),
        organisations=[org("Fonds des Nations Unies pour la population", "UNFPA")],
        places=[place("Syrie", "SY"), place("Liban", "LB"), place("Alep"), place("Genève"), place("Amman"),
                place("Beyrouth"), place("Damas"), place("Dubaï"), place("Qatar", "QA"), place("Doha"),
                place("Arabie saoudite", "SA"), place("Riyad"), place("Koweït", "KW"), place("Oman", "OM"),
                place("Mascate"), place("Iran", "IR"), place("Téhéran")],
        figures=[
            fig("quelque 620 000 femmes", 620000, "femmes", qualifier="quelque"),
            fig("douze prochains mois", 12, "mois", "duration"),
            fig("58 %", 58, "%", "percent"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("91,3 millions de dollars", 91300000, "dollars", "money", currency="USD"),
            fig("140 cliniques", 140, "cliniques"),
            fig("deux pays", 2, "pays"),
            fig("en 2024", 2024, None, "year"),
        ],
        phones=[phone("+96265504120"), phone("+9611978420"), phone("+963116124580"), phone("+97143618240"),
                phone("+97444112356"), phone("+966114803725"), phone("+96522246813"), phone("+96824561937"),
                phone("+982188973240"), phone("+41229178571")],
        emails=["khoury@unfpa.org"],
        hidden_emails=1,
        contacts=[contact("Rania Khoury", None, "Bureau régional", ["+96265504120"], ["khoury@unfpa.org"]),
                  contact(None, None, None, ["+9611978420"], []),
                  contact(None, None, None, ["+963116124580"], []),
                  contact(None, None, "Pôle d’approvisionnement", ["+97143618240"], []),
                  contact(None, None, None, ["+97444112356"], []),
                  contact(None, None, None, ["+966114803725"], []),
                  contact(None, None, None, ["+96522246813"], []),
                  contact(None, None, None, ["+96824561937"], []),
                  contact(None, None, None, ["+982188973240"], []),
                  contact("Marc-Antoine Favre", None, None, ["+41229178571"], [])],
        notes="Junk CJK line at the top (boilerplate). Doubled combining acute accents are repaired to one precomposed letter. The regional contact lines name a country/city, not a person: contacts with person null. 'des milliers' is not a figure.",
    ),
))
