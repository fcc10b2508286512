"""dev pages 25-30: a prefecture news site (the same mega-menu, search box, weather widget,
events sidebar and footer on every page)."""
from build import B, L, P, Page, contact, dl, fig, org, phone, place

SET = "dev"
SITE = "drome.example.gouv.fr"

TOP = """Aller au contenu
Aller au menu
Aller à la recherche
Liberté
Égalité
Fraternité
PRÉFÈTE DE LA DRÔME
Les services de l'État dans la Drôme
Rechercher sur le site : Saisissez un mot-clé | OK
Météo à Valence : 11 °C, éclaircies | Vigilance : aucune
Actualités
Actualités
› Communiqués de presse
› Agenda
› Espace presse
› Archives
Politiques publiques
Politiques publiques
› Agriculture, forêt et développement rural
› Aménagement du territoire, construction, logement
› Environnement, risques naturels et technologiques
›› Risques majeurs
›› Eau et sécheresse
› Sécurité et protection de la population
› Solidarité, hébergement, emploi
Démarches administratives
Démarches administratives
› Titres de séjour
› Permis de conduire et certificats d'immatriculation
› Associations
Services de l'État
› Préfecture et sous-préfectures
› Directions départementales
Publications
› Recueil des actes administratifs
› Enquêtes publiques
Accueil › Actualités › Communiqués de presse"""

BOTTOM = """Partager la page
Facebook | X | LinkedIn | Courriel
Imprimer
Agenda
15 mars – Réunion du comité départemental de l'eau, Valence
21 mars – Cérémonie d'accueil dans la nationalité française, Valence
28 mars – Forum de l'emploi saisonnier, Nyons
Voir tout l'agenda
Espace presse
Préfecture de la Drôme
3, boulevard Vauban – 26030 Valence Cedex 9
Sous-préfecture de Die – 4, place de la République – 26150 Die
Sous-préfecture de Nyons – 8, avenue Henri-Rochier – 26110 Nyons
Accueil du public du lundi au vendredi, de 9 h 00 à 11 h 30
Suivez-nous : Facebook | X (Twitter) | Instagram | LinkedIn | YouTube
Plan du site | Mentions légales | Accessibilité : non conforme | Données personnelles | Gestion des cookies
gouvernement.fr | legifrance.gouv.fr | service-public.fr | data.gouv.fr"""

SDCI_LONG = "Service départemental de la communication interministérielle"
SDCI = org(SDCI_LONG)
DDT = org("Direction départementale des territoires", "DDT")
SDCI_TEL = "+33475792810"
SDCI_MAIL = "pref-communication@drome.example.gouv.fr"


def meta(defects):
    return {"site": SITE, "style": "prefecture",
            "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines"] + defects}


PAGES = []

# --------------------------------------------------------------------------- d25 (furniture only)
PAGES.append(Page(
    name="d25-prefdrome-secheresse-crise",
    meta=meta([]),
    blocks=[
        B(TOP),
        P("Sécheresse : la préfète place 94 communes de la Drôme en situation de crise"),
        B("Publié le 14/06/2023 | Mis à jour le 16/06/2023"),
        P("Valence, le 14 juin 2023"),
        P("Face à la faiblesse persistante des débits des cours d'eau et à la baisse des nappes phréatiques, la préfète de la Drôme, Mme Élodie Marchand, a signé ce mercredi un arrêté qui place 94 communes du département en situation de crise, le niveau de restriction le plus élevé. Dans le même temps, 178 communes passent en alerte renforcée."),
        P("Les relevés effectués par la Direction départementale des territoires (DDT) montrent que la Drôme des collines et le Diois n'ont reçu que 38 % des précipitations habituelles depuis le 1er mars. Sur la Drôme, à Saillans, le débit est descendu à 1,2 m³/s, contre 4,5 m³/s en moyenne à cette période de l'année."),
        P("Ce qui est interdit"),
        L("""– l'arrosage des pelouses, des espaces verts et des jardins d'agrément ;
– le lavage des véhicules hors des stations professionnelles ;
– le remplissage des piscines privées de plus de 1 m³ ;
– l'irrigation agricole pendant la journée, sauf pour les cultures maraîchères et les jeunes plantations."""),
        P("Les contrevenants s'exposent à une amende pouvant atteindre 1 500 euros. Des contrôles seront menés par l'Office français de la biodiversité (OFB) et par les services de gendarmerie."),
        P("« La situation est comparable à celle de l'été 2022. Chacun doit prendre sa part de l'effort collectif pour préserver la ressource en eau potable », a souligné la préfète, qui réunira l'ensemble des usagers de l'eau le 15 juin."),
        P("Les mesures s'appliquent jusqu'au 31 juillet 2023 et pourront être levées plus tôt si la situation s'améliore. La carte des restrictions et la liste des communes concernées peuvent être consultées sur le site internet des services de l'État."),
        L(f"""Contact presse
{SDCI_LONG}
Tél. : 04 75 79 28 10 / 06 72 14 38 95
Courriel : {SDCI_MAIL}"""),
        B(BOTTOM),
    ],
    gold=dict(
        title="Sécheresse : la préfète place 94 communes de la Drôme en situation de crise",
        dateline=dl("Valence", "2023-06-14"),
        organisations=[DDT, org("Office français de la biodiversité", "OFB"), SDCI],
        places=[place("Drôme"), place("Valence"), place("Drôme des collines"), place("Diois"), place("Saillans")],
        figures=[
            fig("94 communes", 94, "communes"),
            fig("le 14 juin 2023", "2023-06-14", None, "date"),
            fig("178 communes", 178, "communes"),
            fig("38 %", 38, "%", "percent"),
            fig("le 1er mars", "--03-01", None, "date"),
            fig("1,2 m³/s", 1.2, "m³/s", "other"),
            fig("4,5 m³/s", 4.5, "m³/s", "other"),
            fig("plus de 1 m³", 1, "m³", "other", qualifier="plus de"),
            fig("1 500 euros", 1500, "euros", "money", currency="EUR"),
            fig("2022", 2022, None, "year"),
            fig("le 15 juin", "--06-15", None, "date"),
            fig("31 juillet 2023", "2023-07-31", None, "date"),
        ],
        phones=[phone(SDCI_TEL), phone("+33672143895")],
        emails=[SDCI_MAIL],
        contacts=[contact(None, None, SDCI_LONG, [SDCI_TEL, "+33672143895"], [SDCI_MAIL])],
        notes="Site furniture only, no text damage. The mega-menu, search box, weather line, events sidebar (with dates) and footer (with postcodes) are the same on d25-d30. Dateline on its own line. 'Drôme' is both the department and the river: listed once. 'l'été 2022': the year without 'en'.",
    ),
))

# --------------------------------------------------------------------------- d26 (hard wraps, apostrophes as '?')
PAGES.append(Page(
    name="d26-prefdrome-feux-foret-interdiction",
    meta=meta(["hard-wrap", "lost-apostrophe"]),
    wrap=66, jitter=12,
    blocks=[
        B(TOP),
        P("Risque d’incendie : l’emploi du feu interdit dans le sud de la Drôme jusqu’au 30 septembre", apos="?", nowrap=True),
        B("Publié le 03/07/2023"),
        P("Nyons, le 3 juillet 2023 – En raison de la sécheresse et des fortes chaleurs annoncées pour les prochains jours, la préfète de la Drôme a décidé d’interdire l’emploi du feu dans les massifs forestiers et à moins de 200 mètres de ceux-ci sur l’ensemble des 127 communes des arrondissements de Nyons et de Die.", apos="?"),
        P("Cette interdiction concerne notamment les barbecues, les feux de camp, l’écobuage et le brûlage des déchets verts, y compris pour les professionnels. Les automobilistes sont invités à ne jeter aucun mégot depuis leur véhicule : selon les services d’incendie, près de 30 % des départs de feu sont liés à une imprudence de ce type.", apos="?"),
        P("L’an dernier, 1⏎850 hectares de forêts et de garrigues ont brûlé dans le département, dont 1 120 hectares lors du seul incendie de Montbrun-les-Bains, au mois d’août. Le Service départemental d’incendie et de secours (SDIS) de la Drôme est intervenu sur 312 feux de végétation en 2022, un record depuis vingt ans.", apos="?"),
        P("Pendant toute la durée de la mesure, 48 patrouilles de surveillance seront mobilisées chaque jour avec l’appui de l’Office national des forêts (ONF) et des comités communaux feux de forêts. Un avion bombardier d’eau sera prépositionné à Montélimar à partir du 15 juillet.", apos="?"),
        P("Les infractions sont passibles d’une amende de 135 euros. En cas d’incendie involontaire, les peines peuvent atteindre 30 000 euros d’amende et deux ans d’emprisonnement.", apos="?"),
        L(f"Contact presse : {SDCI_LONG}, 04 75 79 28 10, {SDCI_MAIL}"),
        B(BOTTOM),
    ],
    gold=dict(
        title="Risque d’incendie : l’emploi du feu interdit dans le sud de la Drôme jusqu’au 30 septembre",
        dateline=dl("Nyons", "2023-07-03"),
        organisations=[org("Service départemental d’incendie et de secours", "SDIS"),
                       org("Office national des forêts", "ONF"), SDCI],
        places=[place("Drôme"), place("Nyons"), place("Die"), place("Montbrun-les-Bains"), place("Montélimar")],
        figures=[
            fig("30 septembre", "--09-30", None, "date"),
            fig("le 3 juillet 2023", "2023-07-03", None, "date"),
            fig("moins de 200 mètres", 200, "mètres", "other", qualifier="moins de"),
            fig("127 communes", 127, "communes"),
            fig("près de 30 %", 30, "%", "percent", qualifier="près de"),
            fig("1 850 hectares", 1850, "hectares", "other"),
            fig("1 120 hectares", 1120, "hectares", "other"),
            fig("312 feux", 312, "feux"),
            fig("en 2022", 2022, None, "year"),
            fig("vingt ans", 20, "ans", "duration"),
            fig("48 patrouilles", 48, "patrouilles"),
            fig("15 juillet", "--07-15", None, "date"),
            fig("135 euros", 135, "euros", "money", currency="EUR"),
            fig("30 000 euros", 30000, "euros", "money", currency="EUR"),
            fig("deux ans", 2, "ans", "duration"),
        ],
        phones=[phone(SDCI_TEL)],
        emails=[SDCI_MAIL],
        contacts=[contact(None, None, SDCI_LONG, [SDCI_TEL], [SDCI_MAIL])],
        notes="Every ’ of the article became '?' (l?emploi, d?incendie); the repair restores ’. Body paragraphs hard-wrapped. 'comités communaux feux de forêts' are local bodies named generically: not organisations.",
    ),
))

# --------------------------------------------------------------------------- d27 (cp1252 mojibake, HTML entities)
PAGES.append(Page(
    name="d27-prefdrome-hebergement-hiver",
    meta=meta(["mojibake-cp1252", "html-debris"]),
    blocks=[
        B(TOP),
        P("Hébergement d'urgence : 150 places supplémentaires ouvertes pour l'hiver"),
        B("Publié le 27/10/2023"),
        P("Valence – Dans le cadre du plan hivernal, la préfète de la Drôme a annoncé l[[&#8217;||’]]ouverture de 150 places d'hébergement d'urgence supplémentaires à compter du 1er novembre, portant la capacité totale du département à 1 240 places.[[</p>||]]"),
        P("Ces places sont réparties entre Valence (62), Romans-sur-Isère (38), Montélimar (30) et Pierrelatte (20). Elles sont gérées par des associations conventionnées, dont la Croix-Rouge française et l'association Le Relais drômois, qui assurent également la distribution de repas chauds et l'accompagnement social des personnes accueillies.", moji="cp1252"),
        P("En cas de grand froid, lorsque les températures ressenties descendent en dessous de -5 °C pendant au moins deux jours, des gymnases pourront être réquisitionnés afin d'ouvrir jusqu'à 200 places additionnelles en moins de 24 heures."),
        P("Le numéro d'urgence 115 fonctionne jour et nuit. L'an dernier, le Service intégré d'accueil et d'orientation (SIAO) de la Drôme a reçu 18.400 appels, soit 12 % de plus qu'en 2021.", moji="cp1252"),
        P("[[&laquo;&nbsp;||«\u00a0]]Personne ne doit rester à la rue quand les températures chutent. Je demande à chacun de signaler au 115 toute personne en difficulté[[&nbsp;&raquo;||\u00a0»]], a déclaré la préfète.[[<br />||]]"),
        L(f"""[[<p><strong>||]]Contact presse[[</strong><br />||]]
{SDCI_LONG}[[<br />||]]
04 75 79 28 10 – {SDCI_MAIL}[[</p>||]]"""),
        B(BOTTOM),
    ],
    gold=dict(
        title="Hébergement d'urgence : 150 places supplémentaires ouvertes pour l'hiver",
        dateline=dl("Valence", None),
        organisations=[org("Croix-Rouge française"), org("Le Relais drômois"),
                       org("Service intégré d'accueil et d'orientation", "SIAO"), SDCI],
        places=[place("Valence"), place("Drôme"), place("Romans-sur-Isère"), place("Montélimar"), place("Pierrelatte")],
        figures=[
            fig("150 places", 150, "places"),
            fig("1er novembre", "--11-01", None, "date"),
            fig("1 240 places", 1240, "places"),
            fig("62", 62, None),
            fig("38", 38, None),
            fig("30", 30, None),
            fig("20", 20, None),
            fig("-5 °C", -5, "°C", "other"),
            fig("au moins deux jours", 2, "jours", "duration", qualifier="au moins"),
            fig("jusqu'à 200 places", 200, "places", qualifier="jusqu'à"),
            fig("moins de 24 heures", 24, "heures", "duration", qualifier="moins de"),
            fig("18.400 appels", 18400, "appels"),
            fig("12 %", 12, "%", "percent"),
            fig("en 2021", 2021, None, "year"),
        ],
        phones=[phone(SDCI_TEL)],
        emails=[SDCI_MAIL],
        contacts=[contact(None, None, SDCI_LONG, [SDCI_TEL], [SDCI_MAIL])],
        notes="Two paragraphs are UTF-8 read as cp1252, the others are clean. HTML entities are repaired to their characters (&#8217; -> ’, &laquo;&nbsp; -> « + U+00A0). '115' is the emergency number: neither a phone of the gold nor a figure. The numbers in brackets after the towns count places (no noun follows).",
    ),
))

# --------------------------------------------------------------------------- d28 (lost œ, glued headings, double spaces)
PAGES.append(Page(
    name="d28-prefdrome-securite-routiere-bilan",
    meta=meta(["lost-oe", "heading-glued", "double-space"]),
    blocks=[
        B(TOP),
        P("Sécurité routière : 31 personnes tuées sur les routes de la Drôme en 2023"),
        B("Publié le 18/01/2024"),
        P("Valence, 18 janvier 2024 – La préfète de la Drôme a présenté ce jeudi le bilan de l'accidentalité routière de l'année écoulée, en présence du procureur de la République et des forces de l'ordre.[[  || ]]Avec 31 personnes tuées, contre 42 en 2022, le département enregistre une baisse de 26,2 % de la mortalité routière."),
        P("Les deux-roues motorisés toujours surreprésentés"),
        P("Les usagers de deux-roues motorisés représentent 2 % du trafic mais 35 % des tués. Neuf motards ont perdu la vie, dont six sur les routes de la vallée de la Drôme et du Vercors. Les piétons paient eux aussi un lourd tribut : cinq d'entre eux ont été tués, tous âgés de plus de 70 ans.", glue=True),
        P("Vitesse, alcool et stupéfiants"),
        P("La vitesse excessive ou inadaptée reste la première cause des accidents mortels (39 %), devant l'alcool (27 %) et les stupéfiants (18 %).[[  || ]]Les forces de l'ordre ont relevé l'an dernier 84 512 excès de vitesse, dont 61 000 par les radars automatiques, et procédé à 1 273 suspensions de permis de conduire.", glue=True),
        P("Un plan d'actions pour 2024"),
        P("Le plan départemental d'actions de sécurité routière, mis en œuvre avec le Conseil départemental et les communes, prévoit 420 000 euros de crédits pour financer des actions de prévention dans les collèges, les entreprises et les clubs de motards. Le cœur du dispositif reste le contrôle : la préfète a demandé aux forces de l'ordre d'intensifier leur présence sur les axes les plus accidentogènes, en particulier la RN7 et la RD538.", glue=True, oe="drop"),
        L("Contact presse : SDCI – 04 75 79 28 10 – pref-communication@drome.example.gouv.fr"),
        B(BOTTOM),
    ],
    gold=dict(
        title="Sécurité routière : 31 personnes tuées sur les routes de la Drôme en 2023",
        dateline=dl("Valence", "2024-01-18"),
        organisations=[org("Conseil départemental"), org(None, "SDCI")],
        places=[place("Drôme"), place("Valence"), place("Vercors")],
        figures=[
            fig("31 personnes", 31, "personnes"),
            fig("en 2023", 2023, None, "year"),
            fig("18 janvier 2024", "2024-01-18", None, "date"),
            fig("42", 42, None),
            fig("en 2022", 2022, None, "year"),
            fig("26,2 %", 26.2, "%", "percent"),
            fig("2 %", 2, "%", "percent"),
            fig("35 %", 35, "%", "percent"),
            fig("Neuf motards", 9, "motards"),
            fig("six", 6, None),
            fig("cinq", 5, None),
            fig("plus de 70 ans", 70, "ans", "age", qualifier="plus de"),
            fig("39 %", 39, "%", "percent"),
            fig("27 %", 27, "%", "percent"),
            fig("18 %", 18, "%", "percent"),
            fig("84 512 excès", 84512, "excès"),
            fig("61 000", 61000, None),
            fig("1 273 suspensions", 1273, "suspensions"),
            fig("2024", 2024, None, "year"),
            fig("420 000 euros", 420000, "euros", "money", currency="EUR"),
        ],
        phones=[phone(SDCI_TEL)],
        emails=[SDCI_MAIL],
        contacts=[contact(None, None, "SDCI", [SDCI_TEL], [SDCI_MAIL])],
        notes="Three section headings glued to the paragraph that follows them. œ lost as a space ('mis en uvre', 'Le c ur'). The contact names the office by its acronym only, never spelt out on this page: organisation (None, 'SDCI'). 'RN7' and 'RD538' are road names, not figures; 'cinq d'entre eux' counts pedestrians but no noun follows the number.",
    ),
))

# --------------------------------------------------------------------------- d29 (stripped accents, unaccented capitals, acronym before long form)
DDPP_LONG = "Direction départementale de la protection des populations"
PAGES.append(Page(
    name="d29-prefdrome-influenza-aviaire",
    meta=meta(["stripped-accents", "unaccented-capitals"]),
    blocks=[
        B(TOP),
        P("[[INFLUENZA AVIAIRE : LE NIVEAU DE RISQUE RELEVE A « ELEVE » DANS LA DROME||INFLUENZA AVIAIRE : LE NIVEAU DE RISQUE RELEVÉ À « ÉLEVÉ » DANS LA DRÔME]]"),
        B("Publié le 22/11/2023"),
        P("Valence, le 22 novembre 2023 – À la suite de la détection de plusieurs foyers d’influenza aviaire hautement pathogène dans des élevages de l’Ain et de l’Isère, le ministère de l’Agriculture et de la Souveraineté alimentaire a relevé le niveau de risque de « modéré » à « élevé » sur l’ensemble du territoire métropolitain.", strip=True),
        P(f"Dans la Drôme, qui compte 1 350 élevages de volailles et près de 4,2 millions d’animaux, la DDPP ({DDPP_LONG}) rappelle aux éleveurs professionnels comme aux particuliers l’obligation de mettre à l’abri leurs volailles ou de poser des filets pour empêcher tout contact avec les oiseaux sauvages.", strip=True),
        P("[[LES MESURES A RESPECTER||LES MESURES À RESPECTER]]"),
        L("""– confinement ou mise sous filet de toutes les volailles ;
– interdiction des rassemblements de volailles, des foires et des expositions ;
– visite vétérinaire obligatoire des élevages de plus de 250 animaux avant tout transport ;
– déclaration de toute mortalité anormale à un vétérinaire ou à la DDPP.""", strip=True),
        P("Les particuliers qui détiennent des poules ou des canards, même en petit nombre, doivent déclarer leurs animaux en mairie ou sur le site des services de l’État. On en recense aujourd’hui environ 9 800 dans le département.", strip=True),
        P("« Le virus circule activement chez les oiseaux migrateurs. La vigilance de tous est indispensable pour protéger une filière qui représente plus de 2 000 emplois dans la Drôme », a rappelé le directeur de la DDPP, M. Laurent Giraud."),
        L(f"""Contact presse
{DDPP_LONG}
Tél. : 04 26 52 21 60 – Fax : 04 26 52 21 99
Courriel : ddpp-communication@drome.example.gouv.fr"""),
        B(BOTTOM),
    ],
    gold=dict(
        title="INFLUENZA AVIAIRE : LE NIVEAU DE RISQUE RELEVÉ À « ÉLEVÉ » DANS LA DRÔME",
        dateline=dl("Valence", "2023-11-22"),
        organisations=[org("ministère de l’Agriculture et de la Souveraineté alimentaire"),
                       org(DDPP_LONG, "DDPP")],
        places=[place("Drôme"), place("Valence"), place("Ain"), place("Isère")],
        figures=[
            fig("le 22 novembre 2023", "2023-11-22", None, "date"),
            fig("1 350 élevages", 1350, "élevages"),
            fig("près de 4,2 millions d’animaux", 4200000, "animaux", qualifier="près de"),
            fig("plus de 250 animaux", 250, "animaux", qualifier="plus de"),
            fig("environ 9 800", 9800, None, qualifier="environ"),
            fig("plus de 2 000 emplois", 2000, "emplois", qualifier="plus de"),
        ],
        phones=[phone("+33426522160"), phone("+33426522199", kind="fax")],
        emails=["ddpp-communication@drome.example.gouv.fr"],
        contacts=[contact(None, None, DDPP_LONG, ["+33426522160", "+33426522199"],
                          ["ddpp-communication@drome.example.gouv.fr"])],
        notes="Accents stripped in three paragraphs and the list (curly apostrophes survived); title and heading in unaccented capitals. The organisation is introduced acronym first: 'la DDPP (Direction départementale ...)'.",
    ),
))

# --------------------------------------------------------------------------- d30 (cp1250 mojibake, hidden e-mail, mailto, lost apostrophes)
PAGES.append(Page(
    name="d30-prefdrome-fonds-vert-projets",
    meta=meta(["mojibake-cp1250", "hidden-email", "html-debris", "lost-apostrophe"]),
    blocks=[
        B(TOP),
        P("Fonds vert : 4,6 millions d’euros pour 37 projets de transition écologique dans la Drôme"),
        B("Publié le 05/04/2024 | Mis à jour le 08/04/2024"),
        P("VALENCE, 5 avril 2024 — Le Fonds d’accélération de la transition écologique dans les territoires, dit « Fonds vert », soutiendra cette année 37 projets portés par des collectivités drômoises, pour un montant total de 4,6 millions d’euros, a annoncé vendredi la préfète de la Drôme."),
        P("Près de la moitié des crédits (2,1 M€) sera consacrée à la rénovation énergétique de bâtiments publics : écoles, gymnases, mairies. À Crest, la rénovation du groupe scolaire Jean-Jaurès permettra de réduire de 40 % la consommation d’énergie du bâtiment. À Dieulefit, la commune remplacera une chaudière au fioul par un réseau de chaleur alimenté au bois.", moji="cp1250"),
        P("Le reste de l’enveloppe financera la renaturation de cours d’eau, la désimperméabilisation des cours d’école et la prévention des risques d’inondation. À Romans-sur-Isère, 250 000 € permettront de transformer 1,8 hectare de parking en parc urbain planté de 300 arbres.", moji="cp1250"),
        P("« Ces projets répondent à des besoins très concrets des habitants et mobilisent les entreprises locales », a souligné la préfète. Depuis la création du fonds en 2023, 112 projets drômois ont été retenus pour un total de 13,9 millions d’euros.", apos="drop"),
        P("Les dossiers de la prochaine campagne pourront être déposés jusqu’au 15 octobre sur la plateforme Aides-territoires. Les collectivités peuvent obtenir un appui technique auprès de la Direction départementale des territoires (DDT).", apos="drop"),
        L(f"""Contact presse :
{SDCI_LONG}
Tél. : +33 (0)4 75 79 28 10
Courriel : [email protected]
DDT de la Drôme, cellule Fonds vert : 04 81 66 80 00 – [["mailto:ddt-fondsvert@drome.example.gouv.fr">ddt-fondsvert@drome.example.gouv.fr||ddt-fondsvert@drome.example.gouv.fr]]"""),
        B(BOTTOM),
    ],
    gold=dict(
        title="Fonds vert : 4,6 millions d’euros pour 37 projets de transition écologique dans la Drôme",
        dateline=dl("VALENCE", "2024-04-05"),
        organisations=[DDT, SDCI],
        places=[place("Drôme"), place("Valence"), place("Crest"), place("Dieulefit"), place("Romans-sur-Isère")],
        figures=[
            fig("4,6 millions d’euros", 4600000, "euros", "money", currency="EUR"),
            fig("37 projets", 37, "projets"),
            fig("5 avril 2024", "2024-04-05", None, "date"),
            fig("Près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("2,1 M€", 2100000, "M€", "money", currency="EUR"),
            fig("40 %", 40, "%", "percent"),
            fig("250 000 €", 250000, "€", "money", currency="EUR"),
            fig("1,8 hectare", 1.8, "hectare", "other"),
            fig("300 arbres", 300, "arbres"),
            fig("en 2023", 2023, None, "year"),
            fig("112 projets", 112, "projets"),
            fig("13,9 millions d’euros", 13900000, "euros", "money", currency="EUR"),
            fig("15 octobre", "--10-15", None, "date"),
        ],
        phones=[phone(SDCI_TEL), phone("+33481668000")],
        emails=["ddt-fondsvert@drome.example.gouv.fr"],
        hidden_emails=1,
        contacts=[contact(None, None, SDCI_LONG, [SDCI_TEL], []),
                  contact(None, None, "DDT de la Drôme", ["+33481668000"], ["ddt-fondsvert@drome.example.gouv.fr"])],
        notes="Two paragraphs are UTF-8 read as cp1250 ('rĂ©novation', 'â€™'), mixed with clean ones; two others lost their apostrophes ('jusquau', 'dun'). The 'Fonds vert' is a fund (a programme), not an organisation. 'DDT de la Drôme' in the contact is the DDT already listed. Dateline in capitals with an em dash.",
    ),
))
