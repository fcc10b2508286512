"""dev pages 01-07: the migration agency site with the fixed menu (seed style)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"
SITE = "migration-fr.example.org"

MENU = """-
À propos
À proposL'Organisation internationale pour les migrations (OIM) est l'organisme des Nations Unies chargé des migrations ; elle accompagne les États, les communautés et les personnes migrantes dans plus de 170 pays.
Gouvernance
Gouvernance
- Conseil et Comité permanent
- Bureau du Directeur général
- Inspection générale
- Bureau des affaires juridiques
- Éthique et conduite
-
Nos priorités
Nos prioritésSauver des vies, apporter des solutions durables aux déplacements et faciliter des voies de migration régulières : trois objectifs guident depuis 2024 l'action de l'Organisation sur le terrain.
Où nous intervenons
Où nous intervenons
Bureaux régionaux
Bureaux régionaux
- Afrique de l'Ouest et du Centre
- Moyen-Orient et Afrique du Nord
- Asie et Pacifique
-
Médias
Médias
Communiqués de presse
Communiqués de presse
Nous rejoindre
Nous rejoindre
- Publications et données
- Portail des données sur les migrations
- Rapport État de la migration dans le monde
-
Nous soutenir
Nous soutenirVotre don permet à nos équipes de fournir un abri, des soins et une protection aux personnes déplacées par les conflits et les catastrophes.
- FAIRE UN DON"""

OIM = org("Organisation internationale pour les migrations", "OIM")


def meta(defects):
    return {"site": SITE, "style": "seed-menu", "defects": ["menu", "duplicate-lines", "heading-glued"] + defects}


PAGES = []

# --------------------------------------------------------------------------- d01
PAGES.append(Page(
    name="d01-migration-niger-retours",
    meta=meta(["hard-wrap", "lost-oe", "html-debris"]),
    wrap=64, jitter=14,
    blocks=[
        B(MENU),
        P("L'OIM facilite le retour volontaire de migrants bloqués à Agadez", nowrap=True),
        P("Niamey – L'Organisation internationale pour les migrations (OIM) a organisé depuis le mois de janvier le retour volontaire de plus de 1 400 migrants ouest-africains bloqués à Agadez, dans le nord du Niger, après l'échec de leur tentative de rejoindre l'Afrique du Nord ou l'Europe."),
        P("La plupart d'entre eux sont originaires du Mali, de la Guinée, du Sénégal et de la Côte d'Ivoire. Beaucoup ont passé plusieurs semaines dans le désert, parfois sans eau ni nourriture, avant de se présenter au centre de transit que l'OIM gère à Agadez avec l'appui des autorités nigériennes. Le centre, qui peut accueillir jusqu'à 400 personnes, offre un hébergement temporaire, des soins médicaux, un soutien psychosocial et une aide à l'obtention des documents de voyage."),
        P("« Ces jeunes hommes et ces jeunes femmes arrivent épuisés, souvent traumatisés par ce qu'ils ont vécu. Notre priorité est de les mettre en sécurité et de leur permettre de rentrer chez eux dans la dignité », a expliqué Mariama Diallo, coordinatrice des opérations de l'OIM à Agadez.[[<br />||]]", oe="drop"),
        P("Le programme, mis en œuvre avec le soutien financier de l'Union européenne, ne se limite pas au voyage de retour. Dans les pays d'origine, les partenaires de l'OIM accompagnent chaque personne dans un projet de réinsertion : formation professionnelle, création d'une petite entreprise ou retour à l'école pour les plus jeunes. Environ 60 % des personnes rentrées l'an dernier ont lancé une activité génératrice de revenus dans les six mois suivant leur arrivée.", oe="drop"),
        P("Les migrants rencontrés au centre racontent des histoires semblables. Ibrahim, 19 ans, a quitté Kayes il y a 14 mois avec l'argent réuni par sa famille. « J'ai le cœur lourd de rentrer sans rien, mais je suis vivant. Beaucoup de mes compagnons ne le sont plus », confie-t-il. Ses vœux pour l'avenir sont simples : rouvrir l'atelier de couture de son père.", oe="drop"),
        P("L'OIM rappelle que la traversée du Sahara reste l'une des routes migratoires les plus meurtrières au monde. Selon les données recueillies par l'Organisation, au moins 212 personnes y ont perdu la vie ou ont été portées disparues en 2023, un chiffre sans doute bien inférieur à la réalité."),
        P("Les autorités nigériennes et l'OIM prévoient d'ouvrir un nouveau centre à Arlit d'ici la fin de l'année afin de mieux répondre aux besoins des personnes refoulées depuis l'Algérie."),
        L("""Pour plus d'informations, veuillez contacter :
Mariama Diallo
OIM Niamey
Tél. : +227 20 72 35 14
E-mail :
[["mailto:mdiallo@iom.int">mdiallo@iom.int||mdiallo@iom.int]]"""),
    ],
    gold=dict(
        title="L'OIM facilite le retour volontaire de migrants bloqués à Agadez",
        dateline=dl("Niamey", None),
        organisations=[OIM, org("Union européenne")],
        places=[place("Agadez"), place("Niamey"), place("Niger", "NE"), place("Afrique du Nord"), place("Europe"),
                place("Mali", "ML"), place("Guinée", "GN"), place("Sénégal", "SN"), place("Côte d'Ivoire", "CI"),
                place("Kayes"), place("Sahara"), place("Arlit"), place("Algérie", "DZ")],
        figures=[
            fig("plus de 1 400 migrants", 1400, "migrants", qualifier="plus de"),
            fig("jusqu'à 400 personnes", 400, "personnes", qualifier="jusqu'à"),
            fig("Environ 60 %", 60, "%", "percent", qualifier="environ"),
            fig("six mois", 6, "mois", "duration"),
            fig("19 ans", 19, "ans", "age"),
            fig("14 mois", 14, "mois", "duration"),
            fig("au moins 212 personnes", 212, "personnes", qualifier="au moins"),
            fig("en 2023", 2023, None, "year"),
        ],
        phones=[phone("+22720723514")],
        emails=["mdiallo@iom.int"],
        contacts=[contact("Mariama Diallo", None, "OIM Niamey", ["+22720723514"], ["mdiallo@iom.int"])],
    ),
))

# --------------------------------------------------------------------------- d02
PAGES.append(Page(
    name="d02-migration-mediterranee-sauvetages",
    meta=meta(["lost-apostrophe"]),
    blocks=[
        B(MENU),
        P("Méditerranée : plus de 1 200 migrants secourus en une semaine au large de l’Italie", apos="space"),
        P("Italie - Les garde-côtes italiens et les navires de plusieurs organisations non gouvernementales ont porté secours à 1 236 personnes en Méditerranée centrale au cours de la semaine écoulée, a indiqué mardi l’Organisation internationale pour les migrations (OIM).", apos="space"),
        P("La plupart des embarcations avaient quitté les côtes libyennes ou tunisiennes. Les rescapés ont été débarqués à Lampedusa, en Sicile et en Calabre, où les équipes de l’OIM les ont accueillis aux côtés de la Croix-Rouge italienne et du Haut-Commissariat des Nations Unies pour les réfugiés (HCR).", apos="space"),
        P("« Nous avons rencontré des familles entières et de nombreux enfants qui voyageaient seuls. Certains n’avaient rien mangé depuis trois jours », a raconté Lorenzo Ferri, porte-parole de l’OIM à Rome.", apos="space"),
        P("Depuis le début de l’année, 43.218 personnes sont arrivées en Italie par la mer, contre 30.956 à la même période l’an dernier, selon les chiffres du ministère italien de l’Intérieur. Sur l’ensemble de l’année précédente, le pays avait enregistré 157.652 arrivées par voie maritime.", apos="space"),
        P("Le bilan humain reste très lourd : l’OIM a recensé 764 décès et disparitions sur la route de la Méditerranée centrale depuis janvier, soit près de 80 % de tous les décès enregistrés en Méditerranée sur la période.", apos="space"),
        P("L’Organisation appelle les États de la région à renforcer leurs capacités de recherche et de sauvetage et à garantir un débarquement rapide dans un lieu sûr. « Chaque vie perdue en mer est une vie que nous aurions pu sauver », a rappelé Lorenzo Ferri.", apos="space"),
        L("""Pour plus d’informations, veuillez contacter :
Lorenzo Ferri, OIM Rome, Tél. : +39 06 4423 1850, Courriel : lferri@iom.int
Paul Mercier, OIM Genève, Tél. : +41 (0)58 465 17 30, Courriel : pmercier@iom.itn""", apos="space"),
    ],
    gold=dict(
        title="Méditerranée : plus de 1 200 migrants secourus en une semaine au large de l’Italie",
        dateline=dl("Italie", None),
        organisations=[OIM, org("Croix-Rouge italienne"),
                       org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("ministère italien de l’Intérieur")],
        places=[place("Méditerranée"), place("Italie", "IT"), place("Méditerranée centrale"), place("Lampedusa"),
                place("Sicile"), place("Calabre"), place("Rome"), place("Genève")],
        figures=[
            fig("plus de 1 200 migrants", 1200, "migrants", qualifier="plus de"),
            fig("1 236 personnes", 1236, "personnes"),
            fig("trois jours", 3, "jours", "duration"),
            fig("43.218 personnes", 43218, "personnes"),
            fig("30.956", 30956, None),
            fig("157.652 arrivées", 157652, "arrivées"),
            fig("764 décès", 764, "décès"),
            fig("près de 80 %", 80, "%", "percent", qualifier="près de"),
        ],
        phones=[phone("+390644231850"), phone("+41584651730")],
        emails=["lferri@iom.int", "pmercier@iom.itn"],
        notes="The second e-mail domain is misspelt in the source ('iom.itn'): kept as written.",
        contacts=[contact("Lorenzo Ferri", None, "OIM Rome", ["+390644231850"], ["lferri@iom.int"]),
                  contact("Paul Mercier", None, "OIM Genève", ["+41584651730"], ["pmercier@iom.itn"])],
    ),
))

# --------------------------------------------------------------------------- d03
PAGES.append(Page(
    name="d03-migration-haiti-deplaces",
    meta=meta(["mojibake-cp1252"]),
    blocks=[
        B(MENU),
        P("Haïti : l’OIM vient en aide aux familles déplacées par les violences à Port-au-Prince"),
        P("Port-au-Prince – Face à la recrudescence des violences armées dans la capitale haïtienne, l’Organisation internationale pour les migrations (OIM) a distribué cette semaine des kits d’urgence à plus de 2 300 familles réfugiées dans des écoles, des églises et sur des places publiques de Port-au-Prince.", moji="cp1252"),
        P("Selon les données de suivi des déplacements de l’OIM, quelque 362 000 personnes sont actuellement déplacées à l’intérieur du pays, dont plus de la moitié sont des enfants."),
        P("Les violences ont redoublé depuis le 29 février 2024. Le seul quartier de Solino a vu partir 15 000 habitants en l’espace de deux semaines, et de nombreuses familles ont trouvé refuge chez des proches, dans des conditions de grande précarité.", moji="cp1252"),
        P("« Les familles que nous rencontrons ont tout perdu. Beaucoup ont déjà dû fuir à plusieurs reprises et vivent dans la peur permanente d’une nouvelle attaque », explique Grégoire Benoît, chef de mission de l’OIM en Haïti."),
        P("Chaque kit contient une bâche, des ustensiles de cuisine, des jerrycans, du savon et des moustiquaires. L’OIM assure également l’approvisionnement en eau potable de 14 sites de déplacés, où vivent environ 48 500 personnes, et y a installé 120 latrines d’urgence.", moji="cp1252"),
        P("Le pays ne s’est jamais véritablement relevé du séisme du 12 janvier 2010, qui avait fait plus de 200 000 morts. L’OIM lance un appel de 22,4 millions de dollars pour poursuivre son intervention au cours des six prochains mois ; à ce jour, seuls 18 % de ce montant ont été reçus."),
        P("La Direction de la protection civile (DPC) et les comités de quartier participent à l’identification des familles les plus vulnérables. L’intervention de l’OIM est financée par le Bureau de la population, des réfugiés et de la migration du Département d’État américain.", moji="cp1252"),
        L("""Pour plus d’informations, veuillez contacter :
Grégoire Benoît, chef de mission, OIM Haïti
Tél. : +509 37 01 23 45
E-mail : gbenoit@iom.int"""),
    ],
    gold=dict(
        title="Haïti : l’OIM vient en aide aux familles déplacées par les violences à Port-au-Prince",
        dateline=dl("Port-au-Prince", None),
        organisations=[OIM, org("Direction de la protection civile", "DPC"),
                       org("Bureau de la population, des réfugiés et de la migration du Département d’État américain")],
        places=[place("Haïti", "HT"), place("Port-au-Prince"), place("Solino")],
        figures=[
            fig("plus de 2 300 familles", 2300, "familles", qualifier="plus de"),
            fig("quelque 362 000 personnes", 362000, "personnes", qualifier="quelque"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("le 29 février 2024", "2024-02-29", None, "date"),
            fig("15 000 habitants", 15000, "habitants"),
            fig("deux semaines", 2, "semaines", "duration"),
            fig("14 sites", 14, "sites"),
            fig("environ 48 500 personnes", 48500, "personnes", qualifier="environ"),
            fig("120 latrines", 120, "latrines"),
            fig("12 janvier 2010", "2010-01-12", None, "date"),
            fig("plus de 200 000 morts", 200000, "morts", qualifier="plus de"),
            fig("22,4 millions de dollars", 22400000, "dollars", "money", currency="USD"),
            fig("six prochains mois", 6, "mois", "duration"),
            fig("18 %", 18, "%", "percent"),
        ],
        phones=[phone("+50937012345")],
        emails=["gbenoit@iom.int"],
        contacts=[contact("Grégoire Benoît", "chef de mission", "OIM Haïti", ["+50937012345"], ["gbenoit@iom.int"])],
    ),
))

# --------------------------------------------------------------------------- d04
PAGES.append(Page(
    name="d04-migration-ukraine-especes",
    meta=meta(["lost-apostrophe", "oe-question-mark", "lost-dash"]),
    blocks=[
        B(MENU),
        P("Ukraine : l’OIM verse une aide en espèces aux familles déplacées dans l’ouest du pays", apos="drop", nodash=""),
        P("Lviv – L’Organisation internationale pour les migrations (OIM) a commencé à verser une aide financière d’urgence à 3 000 familles déplacées par la guerre et hébergées dans les régions de Lviv, de Tchernivtsi et d’Ivano-Frankivsk.", apos="drop", nodash=""),
        P("Chaque membre du foyer reçoit 2 200 hryvnias (environ 60 dollars) par mois pendant trois mois. Ce montant, fixé en concertation avec les autorités et les autres organisations humanitaires, doit permettre aux familles de payer leur loyer, leurs médicaments ou leurs factures de chauffage à l’approche de l’hiver. Les familles qui ont des enfants de moins de cinq ans reçoivent en outre un complément unique de 1 000 hryvnias (27 dollars).", apos="drop", nodash=""),
        P("« La plupart des personnes que nous aidons n’ont pas choisi de partir. Elles ont dû fuir du jour au lendemain, souvent avec un seul sac, et beaucoup ont épuisé leurs économies. Ce qu’elles demandent, c’est de pouvoir décider elles-mêmes de leurs priorités », explique Olena Kovalenko, responsable du programme d’aide en espèces de l’OIM à Lviv.", apos="drop", nodash=""),
        P("Le versement se fait par virement bancaire ou par l’intermédiaire de la poste ukrainienne, ce qui permet aux bénéficiaires d’utiliser l’aide là où ils le souhaitent. Une enquête menée auprès de 1 150 ménages lors d’une précédente distribution a montré que 71 % d’entre eux avaient consacré l’essentiel de la somme à la nourriture et au logement.", apos="drop", nodash=""),
        P("Selon l’OIM, près de 5,1 millions de personnes sont actuellement déplacées à l’intérieur de l’Ukraine. Le cœur du dispositif reste l’enregistrement : les équipes mobiles de l’OIM se rendent dans les centres collectifs pour inscrire les familles qui n’ont pas accès à Internet et qu’il serait impossible de joindre autrement.", apos="drop", oe="?", nodash=""),
        P("Ce programme est financé par l’Agence des États-Unis pour le développement international (USAID) et par la Direction générale de la protection civile et des opérations d’aide humanitaire européennes (ECHO).", apos="drop", nodash=""),
        L("""Pour plus d’informations, veuillez contacter :
Olena Kovalenko, OIM Ukraine, Tél. : +380 44 568 50 27, Courriel : okovalenko@iom.int""", apos="drop", nodash=""),
    ],
    gold=dict(
        title="Ukraine : l’OIM verse une aide en espèces aux familles déplacées dans l’ouest du pays",
        dateline=dl("Lviv", None),
        organisations=[OIM, org("Agence des États-Unis pour le développement international", "USAID"),
                       org("Direction générale de la protection civile et des opérations d’aide humanitaire européennes", "ECHO")],
        places=[place("Ukraine", "UA"), place("Lviv"), place("Tchernivtsi"), place("Ivano-Frankivsk")],
        figures=[
            fig("3 000 familles", 3000, "familles"),
            fig("2 200 hryvnias", 2200, "hryvnias", "money", currency="UAH"),
            fig("environ 60 dollars", 60, "dollars", "money", qualifier="environ", currency="USD"),
            fig("trois mois", 3, "mois", "duration"),
            fig("moins de cinq ans", 5, "ans", "age", qualifier="moins de"),
            fig("1 000 hryvnias", 1000, "hryvnias", "money", currency="UAH"),
            fig("27 dollars", 27, "dollars", "money", currency="USD"),
            fig("1 150 ménages", 1150, "ménages"),
            fig("71 %", 71, "%", "percent"),
            fig("près de 5,1 millions de personnes", 5100000, "personnes", qualifier="près de"),
        ],
        phones=[phone("+380445685027")],
        emails=["okovalenko@iom.int"],
        contacts=[contact("Olena Kovalenko", None, "OIM Ukraine", ["+380445685027"], ["okovalenko@iom.int"])],
    ),
))

# --------------------------------------------------------------------------- d05
PAGES.append(Page(
    name="d05-migration-journee-migrants",
    meta=meta(["stripped-accents", "unaccented-capitals", "body-glued"]),
    blocks=[
        B(MENU),
        P("Journée internationale des migrants : reconnaître la contribution des migrants au développement"),
        P("On néglige trop souvent ce que les migrants apportent à leurs pays d'accueil comme à leurs pays d'origine. À l'occasion de la journée consacrée chaque année aux migrants, le 18 décembre, l'Organisation internationale pour les migrations (OIM) invite les gouvernements à changer de regard sur la mobilité humaine.", strip=True),
        P("Des envois de fonds essentiels"),
        P("En 2022, les travailleurs migrants ont envoyé quelque 640 milliards de dollars vers les pays à revenu faible ou intermédiaire, soit davantage que l'aide publique au développement et les investissements étrangers directs réunis. Pour de nombreuses familles, ces transferts financent la scolarité des enfants, les soins de santé ou la construction d'un logement.", glue=True),
        P("Des talents à valoriser", strip=True),
        P("Près de deux tiers des migrants internationaux sont des travailleurs. Dans les pays d'accueil, ils occupent souvent des emplois indispensables mais peu visibles, dans l'agriculture, les soins aux personnes âgées ou le bâtiment. Au Sénégal, un programme pilote soutenu par l'OIM a permis d'accompagner vingt-trois mille jeunes dans la reconnaissance des compétences acquises à l'étranger.", strip=True, glue=True),
        P("Un appel à l'action"),
        P("La Directrice générale de l'OIM a appelé les [[Etats||États]] à mettre en œuvre les engagements du Pacte mondial pour des migrations sûres, ordonnées et régulières, adopté en 2018 à Marrakech par plus de 150 pays. « Les migrations ne sont pas un problème à résoudre, mais une réalité à gérer avec humanité », a-t-elle déclaré.", glue=True),
        P("Dans le monde, on compte aujourd'hui environ 281 millions de migrants internationaux, soit 3,6 % de la population mondiale. [[A||À]] elle seule, l'Europe en accueille près de 87 millions."),
    ],
    gold=dict(
        title="Journée internationale des migrants : reconnaître la contribution des migrants au développement",
        dateline=None,
        organisations=[OIM],
        places=[place("Sénégal", "SN"), place("Marrakech"), place("Europe")],
        figures=[
            fig("le 18 décembre", "--12-18", None, "date"),
            fig("En 2022", 2022, None, "year"),
            fig("quelque 640 milliards de dollars", 640000000000, "dollars", "money", qualifier="quelque", currency="USD"),
            fig("Près de deux tiers", 0.6667, None, "other", qualifier="près de"),
            fig("vingt-trois mille jeunes", 23000, "jeunes"),
            fig("en 2018", 2018, None, "year"),
            fig("plus de 150 pays", 150, "pays", qualifier="plus de"),
            fig("environ 281 millions de migrants", 281000000, "migrants", qualifier="environ"),
            fig("3,6 %", 3.6, "%", "percent"),
            fig("près de 87 millions", 87000000, None, qualifier="près de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Glued headings in the body: 'Des envois de fonds essentielsEn 2022', 'Des talents a valoriserPres de', \"Un appel à l'actionLa Directrice\"; each heading is its own clean line.",
    ),
))

# --------------------------------------------------------------------------- d06
PAGES.append(Page(
    name="d06-migration-mekong-inondations",
    meta=meta(["hard-wrap", "wrapped-number", "html-debris", "double-space", "space-before-comma"]),
    wrap=60, jitter=12,
    blocks=[
        B(MENU),
        P("Delta du Mékong : les communautés se préparent aux inondations avec l'appui de l'OIM", nowrap=True),
        P("Hanoi – L'Organisation internationale pour les migrations (OIM) et le Bureau national de prévention des catastrophes du Vietnam ont achevé la semaine dernière un programme de formation qui a permis à quelque 3⏎500 habitants de cinq provinces du delta du Mékong de se préparer aux inondations et à la montée du niveau de la mer."),
        P("Pendant 18 mois, des équipes de volontaires formés par l'OIM ont organisé des exercices d'évacuation, cartographié les zones à risque et installé des systèmes d'alerte précoce dans 42 communes[[ ,||,]] en lien étroit avec les comités populaires locaux. Les femmes, qui représentent 55 % des volontaires, ont joué un rôle de premier plan dans la sensibilisation des familles."),
        P("« Chaque année, de nombreux habitants quittent le delta pour chercher du travail à Hô Chi Minh-Ville, parce que leurs récoltes sont détruites par le sel ou par l'eau.[[  || ]]Préparer les communautés, c'est aussi leur donner le choix de rester », souligne Nguyen Thi Lan, chargée de programme à l'OIM."),
        P("Selon une étude publiée par l'OIM en 2021, près de 1,1 million de personnes ont quitté la région au cours de la dernière décennie. Le niveau de la mer pourrait s'élever de 30 centimètres d'ici 2050, ce qui exposerait environ 40 % des terres du delta à des inondations régulières."),
        P("Le programme, financé par le gouvernement australien à hauteur de 2,3 millions de dollars australiens, sera étendu l'an prochain à trois provinces supplémentaires[[ ,||,]] dont celle de Cà Mau, la plus exposée du pays."),
        L("""Pour plus d'informations, veuillez contacter:
Nguyen Thi Lan
OIM Hanoi
Tél. : +84.4. 822 4519 Ext. 112
E-mail :
[["mailto:ntlan@iom.int">ntlan@iom.int||ntlan@iom.int]]"""),
    ],
    gold=dict(
        title="Delta du Mékong : les communautés se préparent aux inondations avec l'appui de l'OIM",
        dateline=dl("Hanoi", None),
        organisations=[OIM, org("Bureau national de prévention des catastrophes du Vietnam")],
        places=[place("delta du Mékong"), place("Hanoi"), place("Hô Chi Minh-Ville"), place("Cà Mau")],
        figures=[
            fig("quelque 3 500 habitants", 3500, "habitants", qualifier="quelque"),
            fig("cinq provinces", 5, "provinces"),
            fig("18 mois", 18, "mois", "duration"),
            fig("42 communes", 42, "communes"),
            fig("55 %", 55, "%", "percent"),
            fig("en 2021", 2021, None, "year"),
            fig("près de 1,1 million de personnes", 1100000, "personnes", qualifier="près de"),
            fig("30 centimètres", 30, "centimètres", "other"),
            fig("2050", 2050, None, "year"),
            fig("environ 40 %", 40, "%", "percent", qualifier="environ"),
            fig("2,3 millions de dollars australiens", 2300000, "dollars australiens", "money", currency="AUD"),
            fig("trois provinces", 3, "provinces"),
        ],
        phones=[phone("+8448224519", valid=False, extension="112")],
        emails=["ntlan@iom.int"],
        contacts=[contact("Nguyen Thi Lan", None, "OIM Hanoi", ["+8448224519"], ["ntlan@iom.int"])],
        notes="Vietnam appears only inside an organisation name, so it is not listed as a place. The old Hanoi number is possible, not valid.",
    ),
))

# --------------------------------------------------------------------------- d07
PAGES.append(Page(
    name="d07-migration-senegal-reinsertion",
    meta={"site": SITE, "style": "seed-menu", "defects": ["menu", "duplicate-lines", "heading-glued"]},
    blocks=[
        B(MENU),
        P("Sénégal : des migrants de retour créent leur entreprise grâce à un fonds de réinsertion"),
        P("Dakar – Quatre ans après être rentré de Libye, Moussa Ndiaye dirige aujourd’hui une petite entreprise de transformation de poisson à Mbour, sur la Petite-Côte. Il emploie six personnes, dont trois femmes de son quartier."),
        P("Son parcours est celui de nombreux bénéficiaires du programme de réinsertion mis en œuvre par l’Organisation internationale pour les migrations (OIM) et l’Agence sénégalaise pour la promotion de l’emploi des jeunes (ASPEJ). Depuis 2019, 2373 migrants de retour ont bénéficié d’un accompagnement individuel, de la définition de leur projet jusqu’à son lancement."),
        P("Chaque projet reçoit un appui en nature d’une valeur moyenne de 1 500 000 francs CFA, soit environ 2 290 euros, complété par une formation en gestion et un suivi pendant 12 mois. Les conseillers de l’OIM aident aussi les bénéficiaires à ouvrir un compte auprès d’une institution de microfinance."),
        P("« Au début, ma famille ne comprenait pas pourquoi j’étais revenu. Aujourd’hui, ils voient que l’on peut réussir ici, sans risquer sa vie dans le désert ou en mer », raconte Moussa Ndiaye."),
        P("Un bilan réalisé en 2023 montre que 68 % des entreprises créées dans le cadre du programme étaient toujours en activité après deux ans. Les projets collectifs, qui réunissent plusieurs migrants de retour et des membres de la communauté, obtiennent les meilleurs résultats et contribuent à apaiser les tensions qui accompagnent parfois les retours."),
        P("Le programme est financé par le Fonds fiduciaire d’urgence de l’Union européenne pour l’Afrique."),
        L("""Pour plus d’informations, veuillez contacter :
Awa Sarr, chargée de communication, OIM Sénégal
Tél. (221) 33 849 62 10 / 00221 77 540 18 36
Courriel : asarr@iom.int"""),
    ],
    gold=dict(
        title="Sénégal : des migrants de retour créent leur entreprise grâce à un fonds de réinsertion",
        dateline=dl("Dakar", None),
        organisations=[OIM, org("Agence sénégalaise pour la promotion de l’emploi des jeunes", "ASPEJ"),
                       org("Fonds fiduciaire d’urgence de l’Union européenne pour l’Afrique")],
        places=[place("Sénégal", "SN"), place("Dakar"), place("Libye", "LY"), place("Mbour"), place("Petite-Côte")],
        figures=[
            fig("Quatre ans", 4, "ans", "duration"),
            fig("six personnes", 6, "personnes"),
            fig("trois femmes", 3, "femmes"),
            fig("2019", 2019, None, "year"),
            fig("2373 migrants", 2373, "migrants"),
            fig("1 500 000 francs CFA", 1500000, "francs CFA", "money", currency="XOF"),
            fig("environ 2 290 euros", 2290, "euros", "money", qualifier="environ", currency="EUR"),
            fig("12 mois", 12, "mois", "duration"),
            fig("en 2023", 2023, None, "year"),
            fig("68 %", 68, "%", "percent"),
            fig("deux ans", 2, "ans", "duration"),
        ],
        phones=[phone("+221338496210"), phone("+221775401836")],
        emails=["asarr@iom.int"],
        contacts=[contact("Awa Sarr", "chargée de communication", "OIM Sénégal",
                          ["+221338496210", "+221775401836"], ["asarr@iom.int"])],
    ),
))
