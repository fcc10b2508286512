"""h344-h359: written blind in session 21, scored blind with session 22's starting and ending code, moved into dev in session 23.

The writer read only corpora/README.md (its gold format, conventions, every "Added with ..." paragraph, the site table
and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_aa.py,
pages_dev_ab.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page; not src/, tests/,
benchmarks/, notebooks/, docs/, the project README, the Makefile, the notes_*.md files, the held-out page sources, the
other page sources or any page of dev/ and heldout/. h344-h348 come from one made-up press room, the Office camerounais
de la filière cacao-café (OCFC) in Douala, Cameroon, sharing its skip line, language line, site name and slogan, menu
with doubled labels, breadcrumb, type/date line, share line, a farm-gate price widget, a related block, a newsletter
line and footer, with small variations from page to page (a banner on h345 and h346 only, 'Mis à jour le' on h347, an
attachment line on h344, the widget's prices and the related headlines change on every page, no newsletter line on
h348; h347 is an English release under the French chrome); h349-h359 come from eleven other sites, one page each: the
French embassy in Cabo Verde (h349, no defect and no boilerplate), a Brazzaville news agency's wire page (h350,
listing), the UN migration agency's French site on Venezuelans in Colombia in the seed's shape (h351), a French NGO's
WordPress release on Cox's Bazar, Bangladesh (h352), Guinea's health ministry on an old CMS (h353), a business portal
reprinting an APO release from Kampala, Uganda (h354), a regional cereal-market observatory's PDF from Bamako with a
table read one cell a line (h355), a browser print view of the EU delegation in Burundi (h356), the Niger Basin
Authority in Niamey (h357), a two-column PDF newsletter of a Hague NGO coalition read across its columns (h358) and
a UN population fund country office in Burkina Faso (h359). All bodies' news, people, numbers, hosts and mailboxes are
invented (some bodies are real, carrying invented news).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end (keep=True: a real hyphen that stays)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


def unacc(clean: str) -> str:
    """Markup for a capital line typed without accents."""
    import unicodedata
    raw = "".join(c if c in "’«»–" else "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


# =========================================================================== OCFC, cocoa-coffee board (Douala, Cameroon)
OC_SITE = "www.ocfc-cameroun.example.cm"


def oc_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["Français | English",
              "OCFC – Office camerounais de la filière cacao-café",
              "Au service des producteurs depuis 1991",
              "Menu",
              "L’Office",
              "Filières",
              "Filières",
              "Producteurs",
              "Qualité et certification",
              "Espace presse",
              "Espace presse",
              "Nous contacter",
              "Rechercher…",
              f"Accueil › Espace presse › {rubric}",
              stamp]
    return "\n".join(lines)


def oc_bottom(prices, related, attach=None, newsletter=True):
    day, cacao, robusta, arabica = prices
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook | X | LinkedIn | WhatsApp",
              f"Prix indicatifs bord champ du {day} : cacao {cacao} FCFA/kg – café robusta {robusta} FCFA/kg – "
              f"café arabica {arabica} FCFA/kg",
              "Dans l’espace presse"]
    lines += [f"› {h} ({d})" for h, d in related]
    if newsletter:
        lines.append("Recevez nos communiqués par e-mail | Votre adresse | S’abonner")
    lines += ["OCFC – Direction générale – Rue Joss, Bonanjo – BP 3018 Douala – Tél. : +237 233 42 18 00",
              "© 2025 OCFC – Mentions légales – Données personnelles – Plan du site"]
    return "\n".join(lines)


def oc_meta(defects, newsletter=True, language="fr"):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if newsletter:
        base.append("newsletter-chrome")
    return {"site": OC_SITE, "style": "commodity-board-pressroom", "language": language, "defects": base + defects}


OC_NOTE = ("Site furniture shared by h344-h348: skip line, an optional banner (accreditations for the cocoa festival "
           "on h345, closure of the Douala counters on h346), 'Français | English' line, site name 'OCFC – Office "
           "camerounais de la filière cacao-café' and slogan (its year 1991 is chrome), 'Menu', a menu with doubled "
           "'Filières' and 'Espace presse', 'Rechercher…', breadcrumb 'Accueil › Espace presse › rubric' "
           "(Communiqués, Invitations presse, Avis aux producteurs, Reportages photo), a 'type · dd/mm/yyyy' line or "
           "'Mis à jour le dd/mm/yyyy à hh:mm' (h347); at the bottom an optional attachment line (h344), share "
           "line, a 'Prix indicatifs bord champ du ...' widget whose prices change on every page (tag ticker, not "
           "figures), 'Dans l’espace presse' with '› headline (dd/mm/yyyy)' lines that change, a newsletter line "
           "(absent on h348), footer with BP box and switchboard, copyright/legal line: all boilerplate. The OCFC, "
           "its people and its offices are made up. Cameroonian numbers have nine digits (landlines 2.., mobiles "
           "6..); francs CFA in Cameroon are XAF.")

# --------------------------------------------------------------------------- h344 campaign review: glued subheadings, cp1252 paragraph, attachment line
PAGES.append(Page(
    name="h344-ocfc-bilan-campagne-cacaoyere-2024-2025",
    meta=oc_meta(["heading-glued", "mojibake-cp1252"]),
    blocks=[
        B(oc_top("Communiqués", "Communiqué · 01/12/2025")),
        P("Campagne 2024-2025 : la production de cacao atteint 312 400 tonnes, en hausse de 8,6 %"),
        P("Douala, le 1er décembre 2025 – La production camerounaise de cacao a atteint 312 400 tonnes au cours de la "
          "campagne 2024-2025, close le 31 juillet, contre 287 650 tonnes lors de la campagne précédente, selon le "
          "bilan présenté ce lundi par l’Office camerounais de la filière cacao-café (OCFC). Les exportations de fèves "
          "ont rapporté 1 148 milliards de francs CFA, un record depuis la libéralisation de la filière."),
        P("Le Centre et le Sud-Ouest en tête"),
        P("Les régions du Centre (38 %), du Sud-Ouest (27 %) et du Sud (16 %) fournissent plus des trois quarts de "
          "la récolte. Dans le département de la Lékié, premier bassin du pays, les rendements sont passés de 410 à "
          "465 kilos par hectare grâce à la distribution de 2,3 millions de plants améliorés par l’Institut de "
          "recherche agricole pour le développement (IRAD).", glue=True),
        P("Un prix bord champ historique"),
        P("Le prix payé aux producteurs a dépassé 4 000 francs CFA le kilo à Kumba en avril, avant de se stabiliser "
          "autour de 3 450 francs CFA en fin de campagne. « Pour la première fois, un planteur qui livre une tonne "
          "gagne plus qu’un fonctionnaire de catégorie A en un an », relève le directeur général de l’OCFC, Emmanuel "
          "Ndzana Owona.", glue=True, moji="cp1252"),
        P("La qualité progresse elle aussi : la part des fèves classées « grade I » est passée de 54 % à 63 % en un "
          "an, et 41 800 tonnes ont été certifiées sans déforestation, une condition pour continuer d’exporter vers "
          "l’Union européenne à partir de 2026."),
        P("Le café poursuit son déclin"),
        P("La production de café, robusta et arabica confondus, n’a atteint que 21 800 tonnes, soit près de deux fois "
          "moins qu’il y a dix ans. L’Office prévoit de rajeunir 15 000 hectares de caféiers dans le Moungo et les "
          "hauts plateaux de l’Ouest d’ici 2030, avec l’appui de l’Union européenne, qui y consacre 9,5 millions "
          "d’euros.", glue=True),
        P("Le rapport complet de la campagne, qui détaille les volumes par région et par exportateur, est disponible "
          "sur le site de l’Office."),
        L("""Contact presse :
Brigitte Ekambi Moukoko, chef de la cellule de communication, OCFC
Tél. : +237 233 42 18 60 / 677 41 28 93
b.ekambi@ocfc-cameroun.example.cm"""),
        B(oc_bottom(("01/12/2025", "3 420", "1 310", "1 880"),
                    [("Avis aux producteurs : campagne de contrôle de la qualité dans le Moungo", "24/11/2025"),
                     ("Kumba : 1 850 planteurs formés à la taille et au greffage", "18/11/2025"),
                     ("Journée internationale du café : l’OCFC à Dschang", "01/10/2025")],
                    attach="Télécharger le rapport de campagne 2024-2025 (PDF – 3,1 Mo)")),
    ],
    gold=dict(
        title="Campagne 2024-2025 : la production de cacao atteint 312 400 tonnes, en hausse de 8,6 %",
        dateline=dl("Douala", "2025-12-01"),
        organisations=[org("Office camerounais de la filière cacao-café", "OCFC"),
                       org("Institut de recherche agricole pour le développement", "IRAD"),
                       org("Union européenne", None)],
        places=[place("Douala"), place("Centre"), place("Sud-Ouest"), place("Sud"), place("Lékié"),
                place("Kumba"), place("Moungo"), place("Ouest")],
        figures=[
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("312 400 tonnes", 312400, "tonnes", "other"),
            fig("8,6 %", 8.6, "%", "percent"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 31 juillet", "--07-31", None, "date"),
            fig("287 650 tonnes", 287650, "tonnes", "other"),
            fig("1 148 milliards de francs CFA", 1148000000000, "francs CFA", "money", currency="XAF"),
            fig("38 %", 38, "%", "percent"),
            fig("27 %", 27, "%", "percent"),
            fig("16 %", 16, "%", "percent"),
            fig("plus des trois quarts", 0.75, None, "other", qualifier="plus des"),
            fig("410", 410, None, "other"),
            fig("465 kilos", 465, "kilos", "other"),
            fig("2,3 millions de plants", 2300000, "plants"),
            fig("4 000 francs CFA", 4000, "francs CFA", "money", currency="XAF"),
            fig("3 450 francs CFA", 3450, "francs CFA", "money", currency="XAF"),
            fig("54 %", 54, "%", "percent"),
            fig("63 %", 63, "%", "percent"),
            fig("41 800 tonnes", 41800, "tonnes", "other"),
            fig("2026", 2026, None, "year"),
            fig("21 800 tonnes", 21800, "tonnes", "other"),
            fig("près de deux fois", 2, "fois", "other", qualifier="près de"),
            fig("dix ans", 10, "ans", "duration"),
            fig("15 000 hectares", 15000, "hectares", "other"),
            fig("2030", 2030, None, "year"),
            fig("9,5 millions d’euros", 9500000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+237233421860"), phone("+237677412893")],
        emails=["b.ekambi@ocfc-cameroun.example.cm"],
        contacts=[contact("Brigitte Ekambi Moukoko", "chef de la cellule de communication", "OCFC",
                          ["+237233421860", "+237677412893"], ["b.ekambi@ocfc-cameroun.example.cm"])],
        notes=OC_NOTE + " No banner; a PDF attachment line. The three body subheadings are glued to the paragraph "
              "after them ('en têteLes régions', 'historiqueLe prix', 'déclinLa production'): split. The 'Un prix bord "
              "champ historique' paragraph is UTF-8 read as cp1252 ('Ã ', 'Â«', 'â€™'); its heading is glued to it. "
              "'Campagne 2024-2025' (title) and 'la campagne 2024-2025' are a season: two year figures '2024' and "
              "'2025' (h152-h167), listed once. 'close le 31 juillet' without year. 'de 410 à 465 kilos par hectare': "
              "first bound bare (kind other like the second), 'par hectare' out. 'plus des trois quarts': fraction "
              "with the qualifier 'plus des'. '4 000 francs CFA le kilo': the per-unit out. 'en un an', 'ce lundi', "
              "'la première fois', 'une tonne' are not figures; 'catégorie A' and 'grade I' not figures; 'de 54 % à 63 % en un an': two percents, 'en un an' not a figure; 'à partir de 2026': '2026'. 'près de deux fois moins': "
              "a ratio (unit 'fois', qualifier 'près de'). 'd’ici 2030': '2030'. 'il y a dix ans': a duration. The "
              "regions Centre, Sud-Ouest, Sud and Ouest are places (iso null, 'l’Ouest' inside 'hauts plateaux de "
              "l’Ouest' standing as the region), 'Lékié' and 'Moungo' departments; 'camerounaise' an adjective; "
              "Cameroon is never named as a country in the article. The IRAD and the EU are real bodies with "
              "invented news. Contact: a person with role and organisation, a Douala landline and a mobile after "
              "'/' without code (+237).",
    ),
))

# --------------------------------------------------------------------------- h345 press invitation: banner, glued sentences, programme, two-person accreditation block, hidden e-mail
PAGES.append(Page(
    name="h345-ocfc-invitation-festival-cacao-ebolowa",
    meta=oc_meta(["body-glued", "hidden-email"]),
    blocks=[
        B(oc_top("Invitations presse", "Invitation presse · 03/12/2025",
                 banner="Festival national du cacao 2025 : accréditations presse jusqu’au 8 décembre")),
        P("Invitation presse : ouverture du Festival national du cacao à Ebolowa le jeudi 11 décembre"),
        P("L’Office camerounais de la filière cacao-café (OCFC) et la Communauté urbaine d’Ebolowa invitent les "
          "représentants des médias à la cérémonie d’ouverture de la 6e édition du Festival national du cacao, le "
          "jeudi 11 décembre 2025 à 9 h, sur l’esplanade de la mairie d’Ebolowa, dans la région du Sud."),
        P("Pendant trois jours, quelque 240 exposants – coopératives, chocolatiers artisanaux, transformateurs et "
          "équipementiers – présenteront leurs produits à un public attendu de 35 000 visiteurs.", glue=True),
        P("Au programme figurent des dégustations, un concours de pâtisserie réservé aux écoles hôtelières et des "
          "rencontres d’affaires entre producteurs et acheteurs. L’an dernier, à Sangmélima, ces rencontres avaient "
          "débouché sur la signature de 27 contrats d’achat portant sur 4 200 tonnes de fèves certifiées. Les "
          "organisateurs espèrent doubler ce volume cette année, alors que la demande de cacao fin et aromatique "
          "progresse en Europe et en Asie."),
        P("Le concours national de la qualité récompensera les dix meilleurs lots de fèves de la campagne. Le lauréat "
          "recevra une prime de 5 millions de francs CFA et un séchoir solaire d’une capacité de 2 tonnes. Une "
          "délégation de la Fédération des chocolatiers de Belgique, conduite par son président, participera pour la "
          "première fois au jury."),
        P("Un atelier sur la nouvelle réglementation européenne contre la déforestation, qui s’appliquera aux "
          "exportateurs à partir du 30 juin 2026, réunira le vendredi 12 décembre les représentants de 18 "
          "coopératives et de la Délégation de l’Union européenne au Cameroun.", glue=True),
        L("""Programme du jeudi 11 décembre
8 h 00 : accueil et accréditation des journalistes
9 h 00 : cérémonie d’ouverture et visite des stands
11 h 30 : remise des prix du concours de la qualité
13 h 00 : point presse du directeur général de l’OCFC"""),
        L("""Accréditations avant le lundi 8 décembre à 16 h :
Brigitte Ekambi Moukoko, OCFC Douala – +237 233 42 18 60 – b.ekambi@ocfc-cameroun.example.cm
Serge Mvondo Abena, chargé de communication, Communauté urbaine d’Ebolowa – +237 222 48 30 15 / 699 20 44 17 – [email protected]"""),
        B(oc_bottom(("03/12/2025", "3 395", "1 310", "1 875"),
                    [("Campagne 2024-2025 : la production de cacao atteint 312 400 tonnes", "01/12/2025"),
                     ("Avis aux producteurs : campagne de contrôle de la qualité dans le Moungo", "24/11/2025"),
                     ("Kumba : 1 850 planteurs formés à la taille et au greffage", "18/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : ouverture du Festival national du cacao à Ebolowa le jeudi 11 décembre",
        dateline=None,
        organisations=[org("Office camerounais de la filière cacao-café", "OCFC"),
                       org("Communauté urbaine d’Ebolowa", None),
                       org("Fédération des chocolatiers de Belgique", None),
                       org("Délégation de l’Union européenne au Cameroun", None)],
        places=[place("Ebolowa"), place("Sud"), place("Sangmélima"), place("Europe"), place("Asie"),
                place("Douala")],
        figures=[
            fig("le jeudi 11 décembre", "--12-11", None, "date"),
            fig("6e", 6, None, "ordinal"),
            fig("le jeudi 11 décembre 2025 à 9 h", "2025-12-11", None, "date"),
            fig("trois jours", 3, "jours", "duration"),
            fig("quelque 240 exposants", 240, "exposants", qualifier="quelque"),
            fig("35 000 visiteurs", 35000, "visiteurs"),
            fig("27 contrats", 27, "contrats"),
            fig("4 200 tonnes", 4200, "tonnes", "other"),
            fig("dix meilleurs lots", 10, "lots"),
            fig("5 millions de francs CFA", 5000000, "francs CFA", "money", currency="XAF"),
            fig("2 tonnes", 2, "tonnes", "other"),
            fig("30 juin 2026", "2026-06-30", None, "date"),
            fig("le vendredi 12 décembre", "--12-12", None, "date"),
            fig("jeudi 11 décembre", "--12-11", None, "date"),
            fig("18 coopératives", 18, "coopératives"),
            fig("le lundi 8 décembre à 16 h", "--12-08", None, "date"),
        ],
        phones=[phone("+237233421860"), phone("+237222483015"), phone("+237699204417")],
        emails=["b.ekambi@ocfc-cameroun.example.cm"],
        hidden_emails=1,
        contacts=[contact("Brigitte Ekambi Moukoko", None, "OCFC Douala", ["+237233421860"],
                          ["b.ekambi@ocfc-cameroun.example.cm"]),
                  contact("Serge Mvondo Abena", "chargé de communication", "Communauté urbaine d’Ebolowa",
                          ["+237222483015", "+237699204417"], [])],
        notes=OC_NOTE + " An accreditation banner. No dateline (an invitation). Two sentences glued to the paragraph "
              "before them at a full stop ('du Sud.Pendant trois jours', 'au jury.Un atelier'): split. The title's 'le "
              "jeudi 11 décembre' (--12-11), the body's 'le jeudi 11 décembre 2025 à 9 h' (one date figure with its "
              "clock time) and the programme heading's 'jeudi 11 décembre' ('du' out) are three texts. '6e "
              "édition': an ordinal (the festival's name carries no year here). 'le vendredi 12 décembre' has no year in its "
              "sentence: --12-12 (not dated from another paragraph, h248-h263). 'à partir du 30 juin 2026': 'à partir du' out. 'dix meilleurs "
              "lots': count, the adjective before the noun in the text. 'la première fois' an ordinal word; 'L’an dernier', 'cette année', "
              "'doubler' are not figures; Sangmélima (last year's venue), Europe and Asie (iso null) places. "
              "Programme clock times are not figures. The Belgian federation and the EU delegation (named as "
              "participants, capitalised names) are organisations; 'Cameroun' only inside the delegation's name and "
              "'Belgique' only inside the federation's: not places. Accreditation lines: a person with the office "
              "label 'OCFC Douala' (Douala a place) and a person with role and organisation, an Ebolowa landline and "
              "a mobile after '/' (+237), and a hidden address (counted, not listed).",
    ),
))

# --------------------------------------------------------------------------- h346 notice to producers: unaccented capital title and heading, ’ dropped, list, office line with Tél/Fax
PAGES.append(Page(
    name="h346-ocfc-avis-controle-qualite-moungo",
    meta=oc_meta(["unaccented-capitals", "lost-apostrophe"]),
    blocks=[
        B(oc_top("Avis aux producteurs", "Avis · 24/11/2025",
                 banner="Les guichets de la Direction générale à Douala seront fermés le vendredi 28 novembre "
                        "(inventaire annuel)")),
        P(unacc("AVIS AUX PRODUCTEURS : CAMPAGNE DE CONTRÔLE DE LA QUALITÉ DES FÈVES DANS LE MOUNGO")),
        P("Nkongsamba, le 24 novembre 2025 – L’Office camerounais de la filière cacao-café (OCFC) informe les "
          "producteurs, les coopératives et les acheteurs agréés du département du Moungo qu’une campagne de "
          "contrôle de la qualité des fèves de cacao et de café se déroulera du lundi 1er au samedi 20 décembre "
          "2025 dans les magasins de stockage de Nkongsamba, Loum, Manjo et Mbanga.", apos="drop"),
        P("Au cours de la campagne précédente, 14 % des lots contrôlés dans le département présentaient un taux "
          "d’humidité supérieur à 8 %, et près d’un lot sur cinq contenait des fèves moisies ou ardoisées. Ces "
          "lots ont été déclassés, entraînant une perte moyenne de 280 francs CFA par kilo pour les producteurs "
          "concernés.", apos="drop"),
        P(unacc("MESURES À RESPECTER")),
        L("""- sécher les fèves pendant au moins six jours sur des claies ou des bâches, jamais à même le sol ;
- stocker les sacs en jute sur des palettes, à 50 centimètres des murs ;
- présenter la carte de producteur et le bordereau de livraison à l’agent de contrôle ;
- ne pas mélanger des fèves de récoltes différentes dans un même sac.""", apos="drop"),
        P("Les contrôles se dérouleront selon le calendrier suivant : Nkongsamba du 1er au 6 décembre, Loum du 8 au "
          "10 décembre, Manjo les 11 et 12 décembre, Mbanga du 15 au 20 décembre. Les agents de contrôle, au nombre "
          "de 22, porteront un badge et un gilet aux couleurs de l’Office ; ils ne sont autorisés à percevoir aucune "
          "somme d’argent auprès des producteurs.", apos="drop"),
        P("Les lots conformes recevront un certificat de qualité valable 90 jours. Les acheteurs qui "
          "commercialiseraient des fèves non contrôlées s’exposent à une amende de 500 000 à 2 millions de francs "
          "CFA, conformément à la réglementation en vigueur.", apos="drop"),
        L("Délégation régionale de l’OCFC pour le Littoral (Nkongsamba) – Tél/Fax : +237 233 49 61 22 – "
          "littoral@ocfc-cameroun.example.cm", apos="drop"),
        B(oc_bottom(("24/11/2025", "3 460", "1 295", "1 870"),
                    [("Kumba : 1 850 planteurs formés à la taille et au greffage", "18/11/2025"),
                     ("Journée internationale du café : l’OCFC à Dschang", "01/10/2025"),
                     ("Ouverture de la campagne cacaoyère 2025-2026", "15/08/2025")])),
    ],
    gold=dict(
        title="AVIS AUX PRODUCTEURS : CAMPAGNE DE CONTRÔLE DE LA QUALITÉ DES FÈVES DANS LE MOUNGO",
        dateline=dl("Nkongsamba", "2025-11-24"),
        organisations=[org("Office camerounais de la filière cacao-café", "OCFC")],
        places=[place("Moungo"), place("Nkongsamba"), place("Loum"), place("Manjo"), place("Mbanga"),
                place("Littoral")],
        figures=[
            fig("le 24 novembre 2025", "2025-11-24", None, "date"),
            fig("lundi 1er", "2025-12-01", None, "date"),
            fig("samedi 20 décembre 2025", "2025-12-20", None, "date"),
            fig("14 %", 14, "%", "percent"),
            fig("8 %", 8, "%", "percent"),
            fig("près d’un lot sur cinq", 0.2, None, "other", qualifier="près d’"),
            fig("280 francs CFA", 280, "francs CFA", "money", currency="XAF"),
            fig("au moins six jours", 6, "jours", "duration", qualifier="au moins"),
            fig("50 centimètres", 50, "centimètres", "other"),
            fig("1er", "--12-01", None, "date"),
            fig("6 décembre", "--12-06", None, "date"),
            fig("8", "--12-08", None, "date"),
            fig("10 décembre", "--12-10", None, "date"),
            fig("11", "--12-11", None, "date"),
            fig("12 décembre", "--12-12", None, "date"),
            fig("15", "--12-15", None, "date"),
            fig("20 décembre", "--12-20", None, "date"),
            fig("22", 22, None),
            fig("90 jours", 90, "jours", "duration"),
            fig("500 000", 500000, None, "money", currency="XAF"),
            fig("2 millions de francs CFA", 2000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[phone("+237233496122")],
        emails=["littoral@ocfc-cameroun.example.cm"],
        contacts=[contact(None, None, "Délégation régionale de l’OCFC pour le Littoral",
                          ["+237233496122"], ["littoral@ocfc-cameroun.example.cm"])],
        notes=OC_NOTE + " A banner on the closure of the Douala counters (its date is chrome). The capital title and "
              "the heading 'MESURES À RESPECTER' are typed without accents ('CONTROLE', 'QUALITE', 'FEVES', 'A "
              "RESPECTER'): accents restored. Every ’ of the body, the list and the office line is dropped "
              "('LOffice', 'quune', 'dhumidité', 'lagent', 'sexposent'); the title has "
              "none. 'du lundi 1er au samedi 20 décembre 2025': first bound 'lundi 1er' (weekday kept, month and year "
              "of the second bound, h168-h183), second 'samedi 20 décembre 2025'. 'près d’un lot sur cinq': one "
              "figure (fraction 0.2, qualifier 'près d’', h312-h327 rule for 'N sur M' with its noun). 'supérieur à "
              "8 %': 'supérieur à' is not a qualifier. '280 francs CFA par kilo': the per-unit out. 'de 500 000 à 2 "
              "millions de francs CFA': first bound bare, money XAF, unit null. 'valable 90 jours' a duration. The calendar "
              "sentence has no year of its own: its ranges give bare first bounds ('1er', '8', '15' with the "
              "second bound's month) and second bounds without year ('6 décembre', '20 décembre' another text than "
              "'samedi 20 décembre 2025'), 'les 11 et 12 décembre' gives '11' and '12 décembre' (h152-h167); 'au "
              "nombre de 22': a count without noun. The "
              "office line (a service of the page's body with its region and city in brackets) is one contact with "
              "that label as organisation (not listed apart); Nkongsamba is also the dateline; 'Littoral' (region) "
              "a place. One 'Tél/Fax' number: one phone of kind phone (h200-h215).",
    ),
))

# --------------------------------------------------------------------------- h347 English release under the French chrome: 'Mis à jour le', English long form with French acronym, double spaces
PAGES.append(Page(
    name="h347-ocfc-kumba-cocoa-farmers-pruning-grafting-en",
    meta=oc_meta(["english-page", "double-space"], language="en"),
    blocks=[
        B(oc_top("Communiqués", "Mis à jour le 19/11/2025 à 10:15") +
          "\nCe communiqué est publié en anglais pour les régions du Nord-Ouest et du Sud-Ouest."),
        P("South-West: 1,850 cocoa farmers trained in pruning and grafting around Kumba"),
        P("KUMBA, Cameroon, 18 November 2025 – The Cameroon Cocoa and Coffee Board (OCFC) has trained 1,850 cocoa "
          "farmers from 42 villages of Meme division in pruning, grafting and the control of black pod disease, "
          "during a three-week campaign that ended on Friday.[[  || ]]The sessions were run by 46 trainers from the "
          "Institute of Agricultural Research for Development (IRAD) and local extension officers."),
        P("Most cocoa farms in the South-West region were planted in the 1970s and 1980s. Their yields have fallen "
          "to between 300 and 450 kilograms per hectare, against more than 800 kilograms on rehabilitated plots. "
          "\"An old tree that is pruned and grafted can double its production within three years,\" said Dr Agbor "
          "Tabi Ndip, the IRAD researcher who led the programme."),
        P("Each participant received a pruning kit and 25 grafted seedlings. Nearly 40% of the trainees were women, "
          "and 610 were young farmers aged 18 to 35, a group the Board wants to keep in the sector.[[  || ]]The "
          "campaign cost CFA francs 48 million, funded by the Board and by the German development agency GIZ."),
        P("The Meme Cocoa Producers' Cooperative (MECOPCO), which brings together 3,200 members, will set up ten "
          "demonstration plots in 2026. Farmers who took part in the training will also be given priority access to "
          "the Board's credit line for the purchase of fertiliser, worth CFA francs 300,000 per farmer."),
        P("Farmers also learned to turn cocoa pod husks into compost, which can replace up to a third of the "
          "chemical fertiliser they buy. In Kumba, a 50-kilogram bag of fertiliser now sells for CFA francs 27,500, "
          "against CFA francs 18,000 two years ago."),
        P("Security conditions in parts of the region had prevented similar training since 2018. The Board "
          "plans to extend the programme to Fako and Manyu divisions in the first half of next year."),
        L("""Media contact:
Ngwa Fru Emmanuel, Regional Communication Officer, OCFC South-West, Buea
Tel: +237 233 32 25 70 | +237 675 18 44 02
buea@ocfc-cameroun.example.cm"""),
        B(oc_bottom(("19/11/2025", "3 505", "1 300", "1 865"),
                    [("Journée internationale du café : l’OCFC à Dschang", "01/10/2025"),
                     ("Ouverture de la campagne cacaoyère 2025-2026", "15/08/2025"),
                     ("Lutte contre la pourriture brune : 400 pulvérisateurs distribués dans le Centre", "22/07/2025")])),
    ],
    gold=dict(
        title="South-West: 1,850 cocoa farmers trained in pruning and grafting around Kumba",
        dateline=dl("KUMBA", "2025-11-18"),
        organisations=[org("Cameroon Cocoa and Coffee Board", "OCFC"),
                       org("Institute of Agricultural Research for Development", "IRAD"),
                       org(None, "GIZ"),
                       org("Meme Cocoa Producers' Cooperative", "MECOPCO")],
        places=[place("South-West"), place("Kumba"), place("Cameroon", "CM"), place("Meme"), place("Fako"),
                place("Manyu"), place("Buea")],
        figures=[
            fig("1,850 cocoa farmers", 1850, "farmers"),
            fig("18 November 2025", "2025-11-18", None, "date"),
            fig("42 villages", 42, "villages"),
            fig("three-week", 3, "week", "duration"),
            fig("46 trainers", 46, "trainers"),
            fig("1970", 1970, None, "year"),
            fig("1980", 1980, None, "year"),
            fig("300", 300, None, "other"),
            fig("450 kilograms", 450, "kilograms", "other"),
            fig("more than 800 kilograms", 800, "kilograms", "other", qualifier="more than"),
            fig("three years", 3, "years", "duration"),
            fig("25 grafted seedlings", 25, "seedlings"),
            fig("Nearly 40%", 40, "%", "percent", qualifier="Nearly"),
            fig("610", 610, None),
            fig("18", 18, None, "age"),
            fig("35", 35, None, "age"),
            fig("CFA francs 48 million", 48000000, "CFA francs", "money", currency="XAF"),
            fig("3,200 members", 3200, "members"),
            fig("ten demonstration plots", 10, "plots"),
            fig("in 2026", 2026, None, "year"),
            fig("CFA francs 300,000", 300000, "CFA francs", "money", currency="XAF"),
            fig("up to a third", 0.3333, None, "other", qualifier="up to"),
            fig("50-kilogram", 50, "kilogram", "other"),
            fig("CFA francs 27,500", 27500, "CFA francs", "money", currency="XAF"),
            fig("CFA francs 18,000", 18000, "CFA francs", "money", currency="XAF"),
            fig("two years", 2, "years", "duration"),
            fig("2018", 2018, None, "year"),
        ],
        phones=[phone("+237233322570"), phone("+237675184402")],
        emails=["buea@ocfc-cameroun.example.cm"],
        contacts=[contact("Ngwa Fru Emmanuel", "Regional Communication Officer", "OCFC South-West, Buea",
                          ["+237233322570", "+237675184402"], ["buea@ocfc-cameroun.example.cm"])],
        notes=OC_NOTE + " An English release under the French chrome: the 'Mis à jour le ... à ...' line and a French "
              "line saying the release is published in English for the North-West and South-West regions are "
              "chrome. Two double spaces between sentences (repaired). Dateline 'KUMBA, Cameroon, 18 November 2025 "
              "–': place as written, the country listed, Kumba also in normal case (title). The board names itself "
              "by an English long form with its French acronym (listed as the article writes it, h184-h199); 'the "
              "German development agency GIZ': acronym only (h200-h215); 'the Board' is the same body. Title "
              "'1,850 cocoa farmers' and body '1,850 cocoa farmers' are one text (listed once), unit 'farmers' with "
              "the noun adjunct in the text (h200-h215 'alumni companies'). 'three-week campaign': a duration (compound adjective, unit "
              "'week'). 'in the 1970s and 1980s': two decades, year figures '1970' and '1980' (h120-h135 decade "
              "rule). 'between 300 and 450 kilograms per hectare': first bound bare, kind other. 'aged 18 to 35': "
              "two ages with unit null (h216-h231). '610 were young farmers': a count without noun (the noun follows "
              "a verb). 'CFA francs 48 million' and 'CFA francs 300,000': unit 'CFA francs', XAF (Cameroon). 'ten "
              "demonstration plots': unit 'plots'. 'since 2018': '2018'. 'up to a third': fraction with the qualifier "
              "'up to'; 'a 50-kilogram bag': a measure as a compound adjective (h104-h119 '450-metre'); 'two years "
              "ago' a duration. 'on Friday', 'the first half of next year', "
              "'double' are not figures. Meme, Fako, Manyu (divisions), South-West (region), Buea: places with iso "
              "null. Contact: a person with role and office label (organisation as written), a Buea landline and a "
              "mobile joined by '|'.",
    ),
))

# --------------------------------------------------------------------------- h348 photo story: caption twice, English caption, 'A' for 'À', no newsletter line
PAGES.append(Page(
    name="h348-ocfc-mbalmayo-chocolatieres-photos",
    meta=oc_meta(["duplicate-caption", "english-caption", "unaccented-capitals"], newsletter=False),
    blocks=[
        B(oc_top("Reportages photo", "Reportage photo · 28/11/2025")),
        P("En images : à Mbalmayo, les femmes de la coopérative Nkul Bilik font leur propre chocolat"),
        P("Marie-Thérèse Abomo, présidente de la coopérative, contrôle la fermentation des fèves, le 20 novembre. "
          "© OCFC/J. Essomba"),
        B("Marie-Thérèse Abomo, présidente de la coopérative, contrôle la fermentation des fèves, le 20 novembre. "
          "© OCFC/J. Essomba"),
        P("[[A||À]] Mbalmayo, à une cinquantaine de kilomètres au sud de Yaoundé, les 64 membres de la coopérative "
          "Nkul Bilik ne se contentent plus de vendre leurs fèves. Depuis mars 2025, elles transforment une partie "
          "de leur récolte dans un petit atelier équipé d’une torréfacteuse, d’un broyeur et d’une tempéreuse."),
        P("L’atelier produit chaque mois environ 1 200 tablettes de 100 grammes, vendues 1 500 francs CFA l’unité "
          "dans les supermarchés de Yaoundé et à l’aéroport international de Nsimalen. Une tonne de fèves "
          "transformée sur place rapporte à la coopérative près de quatre fois plus qu’une tonne vendue à "
          "l’exportateur."),
        P("Créée en 2012, la coopérative produisait jusqu’ici 28 tonnes de fèves par an, vendues à des négociants "
          "de Douala. Elle en réserve désormais 4 tonnes à l’atelier, où les fèves sont torréfiées à 130 °C pendant "
          "25 minutes, puis broyées et conchées pendant 36 heures."),
        P("Members of the Nkul Bilik cooperative wrap chocolate bars in the Mbalmayo workshop. Photo: OCFC/J. Essomba"),
        P("L’équipement, d’un coût de 18,5 millions de francs CFA, a été financé par l’OCFC et par le Fonds "
          "international de développement agricole (FIDA). Neuf jeunes femmes ont été formées pendant six semaines "
          "par un maître chocolatier venu de Kribi. « Nos filles ne partent plus en ville, elles ont un métier ici "
          "», sourit Marie-Thérèse Abomo, 57 ans."),
        P("[[A||À]] terme, la coopérative vise 3 000 tablettes par mois et une première exportation vers le Gabon en "
          "2026."),
        L("Photos en haute définition sur demande : phototheque@ocfc-cameroun.example.cm"),
        B(oc_bottom(("28/11/2025", "3 440", "1 305", "1 880"),
                    [("Avis aux producteurs : campagne de contrôle de la qualité dans le Moungo", "24/11/2025"),
                     ("Kumba : 1 850 planteurs formés à la taille et au greffage", "18/11/2025"),
                     ("Journée internationale du café : l’OCFC à Dschang", "01/10/2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : à Mbalmayo, les femmes de la coopérative Nkul Bilik font leur propre chocolat",
        dateline=None,
        organisations=[org(None, "OCFC"), org("Fonds international de développement agricole", "FIDA")],
        places=[place("Mbalmayo"), place("Yaoundé"), place("Nsimalen"), place("Douala"), place("Kribi"),
                place("Gabon", "GA")],
        figures=[
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("une cinquantaine de kilomètres", 50, "kilomètres", "other"),
            fig("64 membres", 64, "membres"),
            fig("mars 2025", 2025, None, "year"),
            fig("environ 1 200 tablettes", 1200, "tablettes", qualifier="environ"),
            fig("100 grammes", 100, "grammes", "other"),
            fig("1 500 francs CFA", 1500, "francs CFA", "money", currency="XAF"),
            fig("près de quatre fois", 4, "fois", "other", qualifier="près de"),
            fig("en 2012", 2012, None, "year"),
            fig("28 tonnes", 28, "tonnes", "other"),
            fig("4 tonnes", 4, "tonnes", "other"),
            fig("130 °C", 130, "°C", "other"),
            fig("25 minutes", 25, "minutes", "duration"),
            fig("36 heures", 36, "heures", "duration"),
            fig("18,5 millions de francs CFA", 18500000, "francs CFA", "money", currency="XAF"),
            fig("Neuf jeunes femmes", 9, "femmes"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("57 ans", 57, "ans", "age"),
            fig("3 000 tablettes", 3000, "tablettes"),
            fig("en 2026", 2026, None, "year"),
        ],
        phones=[],
        emails=["phototheque@ocfc-cameroun.example.cm"],
        contacts=[contact(None, None, None, [], ["phototheque@ocfc-cameroun.example.cm"])],
        notes=OC_NOTE + " No banner and no newsletter line on this page. The first caption is printed twice (second "
              "copy boilerplate); a second caption is in English (article text). Two paragraphs open with 'A' for "
              "'À' ('A Mbalmayo', 'A terme'): restored. The board is named by acronym only (credits and body; its "
              "long form is chrome). 'la coopérative Nkul Bilik' (lower-case generic noun before a name, a "
              "producers' group named in the title) is not listed as an organisation (decided, as h296-h311's "
              "'groupement de Donaye'). 'une cinquantaine de kilomètres': approximate measure (50, kind other). "
              "'Depuis mars 2025': a month-year. '1 200 tablettes de 100 grammes': two figures; '1 500 francs CFA "
              "l’unité' (the per-unit out); 'Une tonne' not a figure; 'près de quatre fois plus': a ratio. 'Créée en 2012': "
              "'en 2012'; '28 tonnes de fèves par an' (per unit out), '4 tonnes', '130 °C', '25 minutes', '36 heures'. "
              "'Neuf jeunes femmes': unit 'femmes', the adjective before it in the text. '3 000 tablettes par mois' (per "
              "unit out); 'une première exportation' an ordinal word; 'en 2026' a year. The airport (a venue) gives the place 'Nsimalen'. The photo line with only an address is "
              "one contact with all fields null but the e-mail (h200-h215).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h349 French embassy in Cabo Verde: no defect and no boilerplate
PAGES.append(Page(
    name="h349-ambafrance-cap-vert-dessalement-maio",
    meta={"site": "cv.ambafrance.example.org", "style": "embassy-cooperation-clean", "defects": []},
    blocks=[
        P("Cap-Vert : la France finance une unité de dessalement solaire sur l’île de Maio"),
        P("Praia, le 2 décembre 2025 – L’ambassadrice de France au Cap-Vert, Mme Hélène Carrière, et le président "
          "de la Câmara Municipal do Maio, M. Nuno Fortes Silva, ont signé ce mardi une convention de financement de "
          "1,4 million d’euros pour la construction d’une unité de dessalement d’eau de mer alimentée à l’énergie "
          "solaire à Vila do Maio, le chef-lieu de l’île."),
        P("Le projet est financé par l’Agence française de développement (AFD) à hauteur de 1,1 million d’euros, le "
          "solde étant apporté par la commune et par l’Agence nationale de l’eau et de l’assainissement (ANAS). "
          "L’unité produira 600 mètres cubes d’eau potable par jour, soit le double de la capacité actuelle, et "
          "desservira quelque 7 200 habitants, soit près des deux tiers de la population de l’île."),
        P("À Maio, l’une des îles les plus arides de l’archipel, il ne tombe en moyenne que 150 millimètres de pluie "
          "par an. Le dessalement y est aujourd’hui assuré par une installation de 2004 fonctionnant au gazole, "
          "dont le coût de production atteint 420 escudos cap-verdiens par mètre cube, l’un des plus élevés du pays. "
          "Grâce à 1 800 panneaux photovoltaïques et à une batterie de stockage, la nouvelle unité devrait diviser "
          "ce coût par trois et éviter l’émission de 950 tonnes de CO2 par an."),
        P("Les travaux, confiés à un groupement d’entreprises cap-verdiennes et portugaises, débuteront en mars "
          "2026 pour une durée de 14 mois. Une trentaine d’agents communaux seront formés à l’exploitation et à la "
          "maintenance de l’installation par l’Université du Cap-Vert."),
        P("« Ce projet montre que la transition énergétique et l’accès à l’eau vont de pair dans les petits États "
          "insulaires », a souligné l’ambassadrice. Depuis 2019, la France a consacré plus de 35 millions d’euros "
          "au secteur de l’eau et de l’assainissement au Cap-Vert, notamment à Santiago, Fogo et São Vicente."),
        L("""Contact presse :
Inês Tavares Lopes, attachée de presse, ambassade de France au Cap-Vert
Tél. : +238 260 81 45 – Port. : +238 991 23 47
presse.praia@ambafrance-cv.example.org"""),
    ],
    gold=dict(
        title="Cap-Vert : la France finance une unité de dessalement solaire sur l’île de Maio",
        dateline=dl("Praia", "2025-12-02"),
        organisations=[org("Câmara Municipal do Maio", None),
                       org("Agence française de développement", "AFD"),
                       org("Agence nationale de l’eau et de l’assainissement", "ANAS"),
                       org("Université du Cap-Vert", None)],
        places=[place("Cap-Vert", "CV"), place("France", "FR"), place("Maio"), place("Praia"),
                place("Vila do Maio"), place("Santiago"), place("Fogo"), place("São Vicente")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("1,4 million d’euros", 1400000, "euros", "money", currency="EUR"),
            fig("1,1 million d’euros", 1100000, "euros", "money", currency="EUR"),
            fig("600 mètres cubes", 600, "mètres cubes", "other"),
            fig("quelque 7 200 habitants", 7200, "habitants", qualifier="quelque"),
            fig("près des deux tiers", 0.6667, None, "other", qualifier="près des"),
            fig("150 millimètres", 150, "millimètres", "other"),
            fig("2004", 2004, None, "year"),
            fig("420 escudos cap-verdiens", 420, "escudos cap-verdiens", "money", currency="CVE"),
            fig("1 800 panneaux", 1800, "panneaux"),
            fig("trois", 3, None, "other"),
            fig("950 tonnes", 950, "tonnes", "other"),
            fig("mars 2026", 2026, None, "year"),
            fig("14 mois", 14, "mois", "duration"),
            fig("Une trentaine d’agents", 30, "agents"),
            fig("2019", 2019, None, "year"),
            fig("plus de 35 millions d’euros", 35000000, "euros", "money", qualifier="plus de", currency="EUR"),
        ],
        phones=[phone("+2382608145"), phone("+2389912347")],
        emails=["presse.praia@ambafrance-cv.example.org"],
        contacts=[contact("Inês Tavares Lopes", "attachée de presse", "ambassade de France au Cap-Vert",
                          ["+2382608145", "+2389912347"], ["presse.praia@ambafrance-cv.example.org"])],
        notes="A (made-up) release of the French embassy in Cabo Verde with no defect and no boilerplate at all. The "
              "embassy is named only in roles ('L’ambassadrice de France au Cap-Vert') and in the contact line: not "
              "listed (a contact's office, h40-h55; h295's embassy). 'Câmara Municipal do Maio' (the town council, "
              "named in Portuguese with capitals, signing the agreement) is an organisation as written (decided: "
              "a council named with its town is listed, h280-h295 'Conseil communal de Morat'); 'la commune' "
              "generic. ANAS is a real Cabo Verdean agency carrying invented numbers; the AFD likewise. Escudos "
              "cap-verdiens are CVE (new currency), unit as written. '600 mètres cubes ... par jour' and '150 "
              "millimètres de pluie par an' keep the per-unit out; 'le double' is not a figure (h88-h103); 'diviser "
              "ce coût par trois': a ratio, text 'trois', kind other, unit null (as 'multiplié par quatre'). 'une "
              "installation de 2004': the year. '950 tonnes de CO2': 'CO2' is a name, not a figure. 'Une trentaine "
              "d’agents': approximate count. 'ce mardi' not a figure; 'Depuis 2019': '2019'. Places: Cap-Vert (CV), "
              "France (acting as funder), the islands Maio, Santiago, Fogo, São Vicente and the towns Praia and Vila "
              "do Maio (iso null); 'cap-verdiennes', 'portugaises' adjectives. Contact: a person with role and "
              "organisation as written, a Praia landline and a mobile after 'Port.' (+238).",
    ),
))

# --------------------------------------------------------------------------- h350 news agency's wire page: listing of four dispatches, '(ACI)' datelines, 'Lire la suite' glued to a headline, ’ as a space
ACI_TOP = """Agence congolaise d’information – L’information du Congo en continu
Accueil | Politique | Économie | Société | Régions | Sport | Culture | Dépêches | Contact
EN CONTINU ▸ Assemblée nationale : adoption du budget 2026 ▸ Football : les Diables rouges à Pointe-Noire ▸ Météo : fortes pluies attendues sur la Cuvette
Les dernières dépêches"""
PAGES.append(Page(
    name="h350-aci-congo-depeches-listing",
    meta={"site": "www.aci-congo.example.cg", "style": "news-agency-wire-listing", "listing": True,
          "defects": ["listing", "menu", "ticker", "read-more", "body-glued", "lost-apostrophe", "comments-widget",
                      "postcode-trap"]},
    blocks=[
        B(ACI_TOP),
        P("Pointe-Noire : le port autonome a traité plus de 1,2 million de conteneurs en onze mois"),
        P("02/12/2025 - 16:05"),
        P("Pointe-Noire, 2 déc. (ACI) – Le Port autonome de Pointe-Noire (PAPN) a traité 1 214 000 conteneurs "
          "équivalent vingt pieds (EVP) entre janvier et novembre 2025, soit une hausse de 11 % par rapport à la même "
          "période de 2024, a annoncé mardi son directeur général, Jean-Bosco Ngouabi Itoua. Le trafic de "
          "transbordement vers l’Afrique de l’Ouest et l’Angola représente désormais 62 % du total."),
        P("Le port prévoit d’allonger de 400 mètres le quai du terminal à conteneurs d’ici fin 2027, pour un "
          "investissement de 180 milliards de francs CFA."),
        B("Lire la suite | 0 commentaire"),
        P("Likouala : 3 400 réfugiés centrafricains relogés sur un nouveau site à Bétou"),
        P("02/12/2025 - 11:47"),
        P("Bétou, 2 déc. (ACI) – Quelque 3 400 réfugiés centrafricains installés depuis août sur les berges de "
          "l’Oubangui ont été relogés sur un nouveau site aménagé à 6 kilomètres de Bétou, dans le département de "
          "la Likouala, a-t-on appris auprès du Haut-Commissariat des Nations unies pour les réfugiés (HCR)."),
        P("Le site compte 620 abris, quatre forages et un poste de santé. Le HCR estime à 28 000 le nombre de "
          "réfugiés arrivés de République centrafricaine dans la Likouala depuis le début de l’année."),
        X("Lire la suite | 2 commentairesOwando : lancement de la campagne de vaccination du bétail dans la Cuvette",
          "Owando : lancement de la campagne de vaccination du bétail dans la Cuvette"),
        P("01/12/2025 - 17:20"),
        P("Owando, 1er déc. (ACI) – La campagne annuelle de vaccination du bétail a été lancée lundi à Owando, chef-lieu "
          "du département de la Cuvette, par le directeur départemental de l’élevage, Marcel Okandze. Elle vise à "
          "protéger quelque 45 000 bovins, ovins et caprins contre la péripneumonie et la peste des petits "
          "ruminants.", apos="space"),
        P("Les éleveurs paieront 500 francs CFA par tête, le reste du coût étant pris en charge par l’État et par "
          "l’Organisation des Nations unies pour l’alimentation et l’agriculture (FAO). Jusqu’à 40 équipes "
          "vétérinaires seront déployées pendant six semaines.", apos="space"),
        B("Lire la suite | 0 commentaire"),
        P("Brazzaville : la 4e édition du Salon du livre jeunesse attend 12 000 visiteurs"),
        P("01/12/2025 - 09:12"),
        P("Brazzaville, 1er déc. (ACI) – La 4e édition du Salon du livre jeunesse de Brazzaville se tiendra du 10 au "
          "14 décembre 2025 à l’Institut français du Congo, avec 85 auteurs et illustrateurs venus de huit pays "
          "d’Afrique centrale et de l’Ouest. Les organisateurs attendent 12 000 visiteurs, dont 7 500 élèves."),
        B("""Lire la suite | 1 commentaire
Charger plus de dépêches
Les plus lus : 1. Budget 2026 : les grandes lignes (1 204 lectures) · 2. Diables rouges : la liste des 26 (986 lectures)
ACI – Avenue Foch, BP 2110 Brazzaville – Tél. : +242 22 281 44 55 – © 2025 Agence congolaise d’information"""),
    ],
    gold=dict(
        title="Pointe-Noire : le port autonome a traité plus de 1,2 million de conteneurs en onze mois",
        dateline=None,
        organisations=[org("Port autonome de Pointe-Noire", "PAPN"), org(None, "ACI"),
                       org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Institut français du Congo", None)],
        places=[place("Pointe-Noire"), place("Afrique de l’Ouest"), place("Angola", "AO"), place("Likouala"),
                place("Bétou"), place("Oubangui"), place("République centrafricaine", "CF"), place("Owando"),
                place("Cuvette"), place("Brazzaville"), place("Afrique centrale")],
        figures=[
            fig("plus de 1,2 million de conteneurs", 1200000, "conteneurs", qualifier="plus de"),
            fig("onze mois", 11, "mois", "duration"),
            fig("02/12/2025 - 16:05", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("1 214 000 conteneurs équivalent vingt pieds", 1214000, "conteneurs équivalent vingt pieds", "other"),
            fig("novembre 2025", 2025, None, "year"),
            fig("11 %", 11, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("62 %", 62, "%", "percent"),
            fig("400 mètres", 400, "mètres", "other"),
            fig("2027", 2027, None, "year"),
            fig("180 milliards de francs CFA", 180000000000, "francs CFA", "money", currency="XAF"),
            fig("3 400 réfugiés", 3400, "réfugiés"),
            fig("02/12/2025 - 11:47", "2025-12-02", None, "date"),
            fig("Quelque 3 400 réfugiés", 3400, "réfugiés", qualifier="Quelque"),
            fig("6 kilomètres", 6, "kilomètres", "other"),
            fig("620 abris", 620, "abris"),
            fig("quatre forages", 4, "forages"),
            fig("28 000", 28000, None),
            fig("01/12/2025 - 17:20", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("quelque 45 000 bovins", 45000, "bovins", qualifier="quelque"),
            fig("500 francs CFA", 500, "francs CFA", "money", currency="XAF"),
            fig("Jusqu’à 40 équipes", 40, "équipes", qualifier="Jusqu’à"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("4e", 4, None, "ordinal"),
            fig("12 000 visiteurs", 12000, "visiteurs"),
            fig("01/12/2025 - 09:12", "2025-12-01", None, "date"),
            fig("10", "2025-12-10", None, "date"),
            fig("14 décembre 2025", "2025-12-14", None, "date"),
            fig("85 auteurs", 85, "auteurs"),
            fig("huit pays", 8, "pays"),
            fig("7 500 élèves", 7500, "élèves"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) national news agency's wire page in Brazzaville (Republic of the Congo) showing its four "
              "latest dispatches: a listing (first headline = title, dateline null; the label 'Les dernières "
              "dépêches' is boilerplate with the site name, menu, the 'EN CONTINU ▸' ticker, the 'Lire la suite | n "
              "commentaire(s)' lines (read-more with a comment counter), 'Charger plus de dépêches', 'Les plus lus' "
              "with reading counts and the footer with its BP box and switchboard). Each headline's time stamp line "
              "('02/12/2025 - 16:05') is article text and one date figure (README listing rule); each dispatch's "
              "dateline ('Pointe-Noire, 2 déc. (ACI) –', abbreviated month without year: --12-02) gives the agency "
              "(ACI, acronym only: the long form is chrome) and a date figure; 'Bétou, 2 déc.' repeats the text '2 "
              "déc.' (listed once). One 'Lire la suite | 2 commentaires' line is glued to the next headline (the raw "
              "line holds article text and is not listed; the clean text keeps the headline only). Every ’ of the "
              "third dispatch is a space ('l élevage', 'l État', 'l Organisation', 'Jusqu à'). '1 214 000 conteneurs "
              "équivalent vingt pieds (EVP)': a measure (kind other, h168-h183 EVP), the unit's name as written; "
              "'plus de 1,2 million de conteneurs' (title) a count. 'entre janvier et novembre 2025': the month-year; "
              "'la même période de 2024': '2024'; 'd’ici fin 2027': '2027'. 'Le HCR estime à 28 000 le nombre de "
              "réfugiés': count without noun after it (unit null). '500 francs CFA par tête' (per unit out). 'Jusqu’à "
              "40 équipes vétérinaires': qualifier 'Jusqu’à'. 'la 4e édition' (title and body: one text) an "
              "ordinal. 'du 10 au 14 décembre 2025': '10' (2025-12-10) and '14 décembre 2025'. The 'Diables rouges' "
              "team is not an organisation (chrome anyway). Places: Likouala, Cuvette (departments), Oubangui "
              "(river, iso null), Afrique de l’Ouest and Afrique centrale (regions, iso null), Angola and République "
              "centrafricaine (countries); 'centrafricains' a demonym; 'Congo' only inside the institute's name. "
              "'lundi', 'mardi' alone not figures. No contact.",
    ),
))

# --------------------------------------------------------------------------- h351 UN migration agency's French site in the seed's shape: fixed menu, old-CMS wraps, straight apostrophes, œ dropped, mailto debris
H351_MENU = """-
À propos
À proposL'Organisation internationale pour les migrations est l'institution des Nations Unies chargée des migrations ; elle compte 175 États membres et des bureaux dans plus de 170 pays.
Gouvernance
Gouvernance
- Directrice générale
- Conseil et comités
- Bureaux régionaux
-
Nos activités
Nos activitésDe l'aide d'urgence aux solutions durables, l'OIM accompagne les migrants, les personnes déplacées et les communautés qui les accueillent.
Où nous travaillons
Où nous travaillons
- Afrique
- Amériques
- Asie et Pacifique
- Europe
- Moyen-Orient
-
Médias
Médias
- Communiqués de presse
- Reportages
- Contacts presse
-
Agir
Agir
- Faire un don
- Nous rejoindre
-"""
PAGES.append(Page(
    name="h351-oim-darien-migrants-retour-vers-le-sud",
    meta={"site": "www.oim-francais.example.int", "style": "iom-global-site-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "html-debris"]},
    wrap=64, jitter=16,
    blocks=[
        B(H351_MENU),
        P("Darién : l'OIM vient en aide aux migrants qui rebroussent chemin vers le sud", nowrap=True),
        P("Panama - Plus de 14 000 migrants, pour la plupart des Vénézuéliens, ont traversé la frontière entre le "
          "Panama et la Colombie en sens inverse depuis le mois de mars, renonçant à rejoindre les États-Unis, "
          "selon les données recueillies par l'Organisation internationale pour les migrations (OIM) aux points de "
          "passage de la province du Darién et de la côte caraïbe."),
        P("Ce mouvement de retour, inédit par son ampleur, concerne surtout des familles : 38 % des personnes "
          "interrogées voyagent avec des enfants, et 1 270 mineurs non accompagnés ont été identifiés depuis avril. "
          "Beaucoup ont épuisé leurs économies au Mexique ou au Guatemala et tentent de regagner le Venezuela, la "
          "Colombie ou le Pérou, où ils avaient vécu plusieurs années."),
        P("La plupart des migrants rejoignent désormais la côte colombienne par bateau depuis Miramar ou Puerto "
          "Obaldía, pour un trajet de quatre à six heures qui coûte entre 200 et 260 dollars par personne. Au moins "
          "trois naufrages ont été signalés depuis septembre au large de Necoclí, faisant 21 morts ou disparus."),
        P("Avec le Service national des migrations (SNM) du Panama et l'autorité colombienne Migración Colombia, "
          "l'OIM a ouvert deux points d'information et d'orientation à Necoclí et à Puerto Obaldía, où 9 800 "
          "personnes ont reçu de l'eau, des kits d'hygiène, des soins de premiers secours ou une aide au transport "
          "depuis le 15 octobre. Les équipes y signalent aussi les victimes de violences et de traite aux services "
          "de protection."),
        P("« Ces familles ont tout perdu deux fois : en partant, puis en revenant. Elles ont besoin d'un accueil "
          "digne et d'informations fiables pour ne pas tomber entre les mains des passeurs », explique Lucía Herrera "
          "Paz, cheffe de mission de l'OIM au Panama."),
        P("La réponse est mise en œuvre grâce au soutien de la Direction générale de la protection civile et des "
          "opérations d'aide humanitaire européennes (ECHO) et du Bureau de la population, des réfugiés et des "
          "migrations du Département d'État des États-Unis. L'OIM estime à 2,8 millions de dollars les besoins pour "
          "les six prochains mois, dont 40 % seulement sont couverts.", oe="drop"),
        P("Le Plan régional de réponse pour les réfugiés et les migrants du Venezuela 2025 prévoit par ailleurs "
          "d'aider 4,5 millions de personnes dans 17 pays d'Amérique latine et des Caraïbes."),
        L("""Pour plus d'informations, veuillez contacter:
Lucía Herrera Paz
OIM Panama
Tél. : +507 211 5580 Ext. 2204
Mobile : +507 6632 4471
E-mail :
[["mailto:lherrera@iom.int">lherrera@iom.int||lherrera@iom.int]]
Andrés Camacho Rojas
OIM Bogotá
Tél. : +57 601 325 4410
E-mail :
[["mailto:acamacho@iom.int">acamacho@iom.int||acamacho@iom.int]]
Jorge Galindo Vera
Bureau de l'OIM auprès des Nations Unies, New York
Tél. : + 1 212 681 7000"""),
    ],
    gold=dict(
        title="Darién : l'OIM vient en aide aux migrants qui rebroussent chemin vers le sud",
        dateline=dl("Panama", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"),
                       org("Service national des migrations", "SNM"),
                       org("Migración Colombia", None),
                       org("Direction générale de la protection civile et des opérations d'aide humanitaire "
                           "européennes", "ECHO"),
                       org("Bureau de la population, des réfugiés et des migrations du Département d'État des "
                           "États-Unis", None)],
        places=[place("Darién"), place("Panama", "PA"), place("Colombie", "CO"), place("États-Unis", "US"),
                place("Mexique", "MX"), place("Guatemala", "GT"), place("Venezuela", "VE"), place("Pérou", "PE"),
                place("Miramar"), place("Puerto Obaldía"), place("Necoclí"), place("Amérique latine"),
                place("Caraïbes"), place("Bogotá"), place("New York")],
        figures=[
            fig("Plus de 14 000 migrants", 14000, "migrants", qualifier="Plus de"),
            fig("38 %", 38, "%", "percent"),
            fig("1 270 mineurs", 1270, "mineurs"),
            fig("quatre", 4, None, "duration"),
            fig("six heures", 6, "heures", "duration"),
            fig("200", 200, None, "money", currency="USD"),
            fig("260 dollars", 260, "dollars", "money", currency="USD"),
            fig("Au moins trois naufrages", 3, "naufrages", qualifier="Au moins"),
            fig("21 morts", 21, "morts"),
            fig("deux points", 2, "points"),
            fig("9 800 personnes", 9800, "personnes"),
            fig("le 15 octobre", "--10-15", None, "date"),
            fig("2,8 millions de dollars", 2800000, "dollars", "money", currency="USD"),
            fig("six prochains mois", 6, "mois", "duration"),
            fig("40 %", 40, "%", "percent"),
            fig("4,5 millions de personnes", 4500000, "personnes"),
            fig("17 pays", 17, "pays"),
        ],
        phones=[phone("+5072115580", extension="2204"), phone("+50766324471"), phone("+576013254410"),
                phone("+12126817000")],
        emails=["lherrera@iom.int", "acamacho@iom.int"],
        contacts=[contact("Lucía Herrera Paz", None, "OIM Panama", ["+5072115580", "+50766324471"],
                          ["lherrera@iom.int"]),
                  contact("Andrés Camacho Rojas", None, "OIM Bogotá", ["+576013254410"], ["acamacho@iom.int"]),
                  contact("Jorge Galindo Vera", None, "Bureau de l'OIM auprès des Nations Unies, New York",
                          ["+12126817000"], [])],
        notes="A release of the UN migration agency's (made-up) French global site in the seed's shape, the survey's "
              "most frequent page shape: a fixed menu with bare '-' lines, '- label' items, doubled labels and two "
              "labels glued to their blurbs ('À proposL'Organisation ...', 'Nos activitésDe l'aide ...'), all "
              "boilerplate (the blurbs' numbers and names are chrome); the body hard-wrapped by an old CMS at about "
              "48-64 columns (joined); straight apostrophes kept as written; œ dropped ('mise en uvre'); 'E-mail :' "
              "lines followed by mailto debris (the bare address). Dateline 'Panama -' (hyphen, no date, the survey's "
              "'Genève - ...' shape): place as written, date null; 'Panama' is both the dateline's city and the "
              "country ('entre le Panama et la Colombie', 'au Panama'): one place, PA (as the h120-h135 city-state "
              "rule for Djibouti, decided here for a capital spelt like its country). 'depuis le mois de mars', "
              "'depuis avril', 'depuis septembre' are not figures (months alone). 'de quatre à six heures': first bound "
              "bare ('quatre', duration); 'entre 200 et 260 dollars par personne': first bound bare, USD (per unit "
              "out). 'Au moins trois naufrages': the capital qualifier as written. 'tout perdu deux fois' (in a "
              "quote, a manner, not a quantity) is not a figure (decided). 'Le Plan régional de réponse ... du "
              "Venezuela 2025': a plan's name, its year not a figure, the plan not an organisation; Venezuela also "
              "stands alone. The SNM long form is 'Service national des migrations' ('du Panama' after the bracket "
              "out); 'Migración Colombia' listed as written (a Colombian authority acting, no acronym); the US "
              "bureau under its longest name (README nested-name rule, as the seed's). 'Darién' is the province and "
              "the title's region: one place. Amérique latine and Caraïbes: regions (iso null). Contacts: two "
              "people with office labels ('OIM Panama', 'OIM Bogotá', Bogotá a place), a Panama landline with 'Ext. "
              "2204' and a mobile, a Bogotá landline in the ten-digit plan ('+57 601 ...'); a third person with the office label 'Bureau de "
              "l'OIM auprès des Nations Unies, New York' (its city a place; 'Nations Unies' only inside that label: "
              "not listed) and a New York number in the survey's '+ 1 212' shape (a space after the plus).",
    ),
))

# --------------------------------------------------------------------------- h352 French NGO's WordPress release on Cox's Bazar: HTML debris, entities, hidden e-mail, title twice, donation block, comments
H352_P1 = ("Cox’s Bazar, le 3 décembre 2025 – Trois semaines après le passage du cyclone Hamoun, l’ONG Deltas "
           "solidaires a remis en état 1 430 abris et 212 latrines dans les camps de réfugiés rohingyas de Kutupalong "
           "et de Balukhali, dans le sud-est du Bangladesh. Quelque 8 600 personnes avaient perdu leur toit lors de la "
           "tempête, dont les rafales ont atteint 110 km/h dans la nuit du 11 au 12 novembre.")
H352_P2 = ("Les pluies torrentielles ont aussi provoqué une flambée de dengue : les centres de santé du camp 4 ont "
           "enregistré 2 780 cas en novembre, contre 940 en octobre. Nos équipes ont distribué 9 000 moustiquaires "
           "imprégnées et formé 64 volontaires rohingyas à la détection des symptômes.")
PAGES.append(Page(
    name="h352-deltas-solidaires-coxs-bazar-cyclone-abris",
    meta={"site": "www.deltas-solidaires.example.org", "style": "ngo-wordpress-html",
          "defects": ["html-debris", "hidden-email", "duplicate-title", "donation-block", "comments-widget",
                      "menu", "share-lines", "double-space", "mixed-quotes", "newsletter-chrome"]},
    blocks=[
        B("""Bangladesh : après le cyclone, 1 430 abris remis en état à Cox’s Bazar – Deltas solidaires
Aller au contenu
Deltas solidaires
Accueil
Qui sommes-nous ?
Nos pays d’intervention
Actualités
Agir avec nous
Faire un don"""),
        P("[[<h1 class=\"entry-title\">Bangladesh : après le cyclone, 1 430 abris remis en état à Cox&rsquo;s "
          "Bazar</h1>||Bangladesh : après le cyclone, 1 430 abris remis en état à Cox’s Bazar]]"),
        B("Publié le 3 décembre 2025 par Service communication | Urgences, Bangladesh"),
        P("[[<p>||]]" + ent(H352_P1, "’é–") + "[[</p>||]]"),
        P("[[<p>||]]" + ent(H352_P2, "’éè") + "[[</p>||]]"),
        P("[[<p><strong>||]]Un financement encore incomplet[[</strong></p>||]]"),
        P("[[<p>||]]La réponse, d’un coût de 640 000 euros, est financée par le Centre de crise et de soutien du "
          "ministère de l’Europe et des Affaires étrangères, la Fondation de France et des donateurs privés. Chaque "
          "abri [[réparé  coûte||réparé coûte]] environ 21 000 taka, soit près de 160 euros. Il manque encore "
          "180 000 euros pour remplacer les bâches de 2 000 abris avant la prochaine mousson, qui débute "
          "généralement en juin.[[</p>||]]"),
        P("[[<p>||]]« Les familles vivent à huit ou dix dans 15 m², sur des collines de sable qui s’effondrent à "
          "chaque orage », témoigne Nurul Amin, coordinateur terrain de l’association. “On répare, et on sait qu’il "
          "faudra recommencer”, ajoute-t-il.[[</p>||]]"),
        P("[[<p>||]]Près d’un million de Rohingyas vivent dans les 33 camps du district de Cox’s Bazar depuis leur "
          "fuite de Birmanie en 2017. Le Programme alimentaire mondial (PAM) a annoncé en octobre une réduction de "
          "la ration mensuelle à 10 dollars par personne, faute de financements.[[</p>||]]"),
        L("""[[<p><strong>Contacts presse</strong><br />||Contacts presse]]
À Paris : Claire Bouvet, responsable des relations presse – +33 1 48 07 33 15 / 06 12 45 90 87 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="2a495846435c4f6a">||]][email protected][[</a><br />||]]
[[À Cox’s Bazar : Nurul Amin – +880 1819 425530 – <a href="mailto:n.amin@deltas-solidaires.example.org">n.amin@deltas-solidaires.example.org</a></p>||À Cox’s Bazar : Nurul Amin – +880 1819 425530 – n.amin@deltas-solidaires.example.org]]"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
Aidez-nous à protéger les familles avant la mousson : 40 € = une bâche renforcée et ses cordages
Faire un don
3 commentaires
Sylvie R. – 3 décembre 2025 à 18:42
Merci pour votre travail, je relaie autour de moi.
Répondre
Marc D. – 4 décembre 2025 à 08:15
Combien d’abris restent à réparer ?
Répondre
Deltas solidaires – 4 décembre 2025 à 10:02
Environ 2 000, Marc : merci pour votre soutien !
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
Recevez notre lettre d’information | S’inscrire
Deltas solidaires – 17, rue de la Fontaine-au-Roi – 75011 Paris – Association reconnue d’utilité publique
© 2025 Deltas solidaires – Mentions légales"""),
    ],
    gold=dict(
        title="Bangladesh : après le cyclone, 1 430 abris remis en état à Cox’s Bazar",
        dateline=dl("Cox’s Bazar", "2025-12-03"),
        organisations=[org("Deltas solidaires", None),
                       org("Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères", None),
                       org("Fondation de France", None),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Bangladesh", "BD"), place("Cox’s Bazar"), place("Kutupalong"), place("Balukhali"),
                place("Birmanie", "MM"), place("Paris")],
        figures=[
            fig("1 430 abris", 1430, "abris"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("Trois semaines", 3, "semaines", "duration"),
            fig("212 latrines", 212, "latrines"),
            fig("Quelque 8 600 personnes", 8600, "personnes", qualifier="Quelque"),
            fig("110 km/h", 110, "km/h", "other"),
            fig("11", "--11-11", None, "date"),
            fig("12 novembre", "--11-12", None, "date"),
            fig("2 780 cas", 2780, "cas"),
            fig("940", 940, None),
            fig("9 000 moustiquaires", 9000, "moustiquaires"),
            fig("64 volontaires", 64, "volontaires"),
            fig("640 000 euros", 640000, "euros", "money", currency="EUR"),
            fig("environ 21 000 taka", 21000, "taka", "money", qualifier="environ", currency="BDT"),
            fig("près de 160 euros", 160, "euros", "money", qualifier="près de", currency="EUR"),
            fig("180 000 euros", 180000, "euros", "money", currency="EUR"),
            fig("2 000 abris", 2000, "abris"),
            fig("huit", 8, None),
            fig("dix", 10, None),
            fig("15 m²", 15, "m²", "other"),
            fig("Près d’un million de Rohingyas", 1000000, "Rohingyas", qualifier="Près d’"),
            fig("33 camps", 33, "camps"),
            fig("en 2017", 2017, None, "year"),
            fig("10 dollars", 10, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+33148073315"), phone("+33612459087"), phone("+8801819425530")],
        emails=["n.amin@deltas-solidaires.example.org"],
        hidden_emails=1,
        contacts=[contact("Claire Bouvet", "responsable des relations presse", None,
                          ["+33148073315", "+33612459087"], []),
                  contact("Nurul Amin", None, None, ["+8801819425530"], ["n.amin@deltas-solidaires.example.org"])],
        notes="A (made-up) French NGO's WordPress release on the Rohingya camps of Cox’s Bazar. Boilerplate: the "
              "browser-title line (a copy of the title with the site name, printed before the menu: tag "
              "duplicate-title), skip line, site name, one-label-a-line menu, 'Faire un don', the 'Publié le ... par "
              "...' line; at the bottom share line, donation call and button (donation-block), the comment thread "
              "and form, newsletter line, footer with a 75011 postcode, legal line. Article lines carry raw HTML: "
              "'<h1 class=\"entry-title\">' around the title, '<p>'/'</p>', a '<strong>' subheading, entities "
              "('&rsquo;', '&eacute;', '&egrave;', '&ndash;'), '<br />', a mailto anchor (the bare address) and a CDN "
              "e-mail-protection link (the visible '[email protected]' kept and counted, h248-h263). A double space "
              "('réparé  coûte'). « » and “ ” on one page, kept. Dateline 'Cox’s Bazar, le 3 décembre 2025 –' "
              "(entity-decoded). 'dans la nuit du 11 au 12 novembre': '11' (--11-11) and '12 novembre'. '2 780 cas en "
              "novembre, contre 940 en octobre': '940' count without noun. '110 km/h' a measure. 'environ 21 000 taka' "
              "(Bangladeshi taka, BDT, new currency), 'soit près de 160 euros' (EUR with qualifier). 'vivent à huit "
              "ou dix dans 15 m²': 'huit' and 'dix' counts without noun, '15 m²' a measure. 'Près d’un million de "
              "Rohingyas': count with the qualifier 'Près d’' ('un million' is a number, unlike 'un'); 'rohingyas' "
              "in 'réfugiés rohingyas' an adjective. 'en 2017' a year; 'en juin', 'en octobre' not figures. 'le camp "
              "4' is a name. 'le Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères' "
              "(a funder, one organisation under its whole name, README nested-name rule) and the Fondation de France "
              "are real bodies with invented grants; the PAM real with an invented announcement. The association "
              "names itself without acronym. Cyclone 'Hamoun' is a storm name (neither place nor organisation). "
              "Contacts: two lines with place labels (not organisations; Paris a place, Cox’s Bazar already one), "
              "roles as written; the Paris landline and a mobile after '/' without code (+33 by the label), a "
              "Bangladeshi mobile (+880).",
    ),
))

# --------------------------------------------------------------------------- h353 Guinean health ministry on an old CMS: left menu with doubled labels, article-info line, hard wraps with a split number, ’ as a space, cp1250 paragraph, unaccented capital title
PAGES.append(Page(
    name="h353-ministere-sante-guinee-campagne-rougeole",
    meta={"site": "www.sante.example.gov.gn", "style": "ministry-old-cms-left-menu",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "cms-footer", "hard-wrap", "wrapped-number",
                      "unaccented-capitals", "lost-apostrophe", "mojibake-cp1250", "share-lines"]},
    wrap=72, jitter=8,
    blocks=[
        B("""RÉPUBLIQUE DE GUINÉE – Travail – Justice – Solidarité
Ministère de la Santé et de l’Hygiène publique
Accueil
Le Ministère
Le Ministère
Directions nationales
Programmes de santé
Programmes de santé
Actualités
Actualités
Documents
Contact
Vous êtes ici : Accueil » Actualités » Communiqués
Écrit par Cellule de communication | Mardi, 02 Décembre 2025 10:14 | Affichages : 418"""),
        P(unacc("LANCEMENT DE LA CAMPAGNE NATIONALE DE VACCINATION CONTRE LA ROUGEOLE : 2,4 MILLIONS D’ENFANTS "
                "CIBLÉS"), nowrap=True),
        P("Conakry, le 2 décembre 2025 – Le ministère de la Santé et de l’Hygiène publique lance, du jeudi 4 au "
          "samedi 13 décembre 2025, une campagne nationale de vaccination contre la rougeole et la rubéole. Elle "
          "vise quelque 2⏎400 000 enfants âgés de 9 mois à 14 ans dans les 38 districts sanitaires du pays, "
          "dans les écoles, les centres de santé, les marchés et les lieux de culte.", apos="space"),
        P("Depuis janvier, la Guinée a enregistré 6 850 cas suspects de rougeole et 74 décès, dont plus de la moitié "
          "chez des enfants de moins de 5 ans. Les préfectures de Kankan, Siguiri, Nzérékoré et Labé sont les plus "
          "touchées. Selon la dernière enquête, seuls 61 % des enfants de 12 à 23 mois avaient reçu deux doses du "
          "vaccin en 2024, loin de l’objectif de 95 % fixé par l’Organisation mondiale de la santé (OMS).",
          apos="space"),
        P("Plus de 7 200 équipes de vaccination, soit près de 21 000 agents et volontaires, seront mobilisées. Les "
          "vaccins, les seringues et les boîtes de sécurité ont été acheminés vers les huit régions "
          "administratives avec l’appui logistique du Fonds des Nations unies pour l’enfance (UNICEF).",
          moji="cp1250"),
        P("La campagne coûte 41,6 milliards de francs guinéens, soit environ 4,8 millions de dollars, financés à "
          "78 % par Gavi, l’Alliance du vaccin, le reste étant pris en charge par l’État et ses partenaires. "
          "L’Agence nationale de sécurité sanitaire (ANSS) renforcera la surveillance des cas pendant les trois "
          "mois qui suivront la campagne.", apos="space"),
        P("Le ministre appelle les parents, les chefs religieux et les enseignants à se mobiliser. « La vaccination "
          "est gratuite. Aucun agent n’est autorisé à demander de l’argent aux familles », a-t-il rappelé. Tout "
          "enfant doit être vacciné, même s’il a déjà reçu une dose auparavant ou s’il a déjà eu la maladie.",
          apos="space"),
        P("Pour toute information, les familles peuvent appeler gratuitement le 115.", apos="space"),
        L("""Contact presse :
Dr Mamadou Saliou Diallo, chef de la cellule de communication
Tél. : (224) 30 45 11 20 – Cel. : 622 45 12 38 / 664 20 33 17
E-mail : communication@sante.example.gov.gn""", apos="space", nowrap=True),
        B("""Imprimer | Envoyer à un ami | PDF
< Précédent   Suivant >
Nous avons 27 invités en ligne
Copyright © 2025 Ministère de la Santé et de l’Hygiène publique – Boulbinet, Conakry – BP 585"""),
    ],
    gold=dict(
        title="LANCEMENT DE LA CAMPAGNE NATIONALE DE VACCINATION CONTRE LA ROUGEOLE : 2,4 MILLIONS D’ENFANTS CIBLÉS",
        dateline=dl("Conakry", "2025-12-02"),
        organisations=[org("ministère de la Santé et de l’Hygiène publique", None),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("Alliance du vaccin", "Gavi"),
                       org("Agence nationale de sécurité sanitaire", "ANSS")],
        places=[place("Conakry"), place("Guinée", "GN"), place("Kankan"), place("Siguiri"), place("Nzérékoré"),
                place("Labé")],
        figures=[
            fig("2,4 MILLIONS D’ENFANTS", 2400000, "ENFANTS"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("jeudi 4", "2025-12-04", None, "date"),
            fig("samedi 13 décembre 2025", "2025-12-13", None, "date"),
            fig("quelque 2 400 000 enfants", 2400000, "enfants", qualifier="quelque"),
            fig("9 mois", 9, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("38 districts", 38, "districts"),
            fig("6 850 cas", 6850, "cas"),
            fig("74 décès", 74, "décès"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("61 %", 61, "%", "percent"),
            fig("12", 12, None, "age"),
            fig("23 mois", 23, "mois", "age"),
            fig("deux doses", 2, "doses"),
            fig("en 2024", 2024, None, "year"),
            fig("95 %", 95, "%", "percent"),
            fig("Plus de 7 200 équipes", 7200, "équipes", qualifier="Plus de"),
            fig("près de 21 000 agents", 21000, "agents", qualifier="près de"),
            fig("huit régions", 8, "régions"),
            fig("41,6 milliards de francs guinéens", 41600000000, "francs guinéens", "money", currency="GNF"),
            fig("environ 4,8 millions de dollars", 4800000, "dollars", "money", qualifier="environ",
                currency="USD"),
            fig("78 %", 78, "%", "percent"),
            fig("trois mois", 3, "mois", "duration"),
        ],
        phones=[phone("+22430451120"), phone("+224622451238"), phone("+224664203317")],
        emails=["communication@sante.example.gov.gn"],
        contacts=[contact("Mamadou Saliou Diallo", "chef de la cellule de communication", None,
                          ["+22430451120", "+224622451238", "+224664203317"], ["communication@sante.example.gov.gn"])],
        notes="A (made-up) release of Guinea's health ministry on an old CMS. Boilerplate: the state motto line, the "
              "ministry's name line (site header), a left menu with doubled 'Le Ministère', 'Programmes de santé', "
              "'Actualités', breadcrumb, the article-info line ('Écrit par ... | Affichages : 418', tag cms-footer); "
              "at the bottom the print/send line, '< Précédent   Suivant >', the visitor counter, the copyright line "
              "with its BP box. The capital title is typed without accents ('CIBLES' → 'CIBLÉS') and keeps its ’. "
              "The body is hard-wrapped at about 64-72 columns; the number '2 400 000' is split by the wrap ('quelque "
              "2' ⏎ '400 000 enfants'): joined. Every ’ of the body and contact block is a space ('l Hygiène', "
              "'l Organisation', 'n est'); the UNICEF paragraph is UTF-8 read as cp1250 ('Ă©', 'â€™' shapes) and "
              "keeps its ’. Figures: the capital title's '2,4 MILLIONS D’ENFANTS' (unit as written) and the body's "
              "'quelque 2 400 000 enfants' are two texts. 'du jeudi 4 au samedi 13 décembre 2025': 'jeudi 4' (month "
              "and year of the second bound) and 'samedi 13 décembre 2025'. 'âgés de 9 mois à 14 ans' and 'de 12 à "
              "23 mois': age ranges ('9 mois' keeps its own unit; '12' bare). 'plus de la moitié': fraction with "
              "the qualifier 'plus de'. 'Depuis janvier' not a figure. 'soit près de 21 000 agents et volontaires': "
              "unit 'agents'. 'le 115' (free short number) is neither phone nor figure; 'la dernière enquête' an "
              "ordinal word. 'Gavi, l’Alliance du vaccin': one organisation, acronym 'Gavi', long form 'Alliance du "
              "vaccin' (h264-h279). The ministry names itself as the actor in lower case (listed as written, "
              "decided: it is the release's sender acting; the header's capitalised name is chrome). The 'État' is "
              "generic. Places: Conakry (dateline), Guinée (GN) and four prefectures (iso null). Contact: a person "
              "(the 'Dr' left out) with role, an old-style '(224)' landline and two mobiles written without code "
              "(+224), an e-mail.",
    ),
))

# --------------------------------------------------------------------------- h354 business portal reprinting an APO release from Kampala: APO dateline with '--', U+2010, markets ticker, kicker, byline, votes and comments
PAGES.append(Page(
    name="h354-eco-afrique-apo-solarnile-ouganda-mini-reseaux",
    meta={"site": "www.eco-afrique-hebdo.example.sn", "style": "business-portal-apo-reprint",
          "defects": ["apo-dateline", "double-dash-dateline", "stray-unicode-hyphen", "space-before-comma",
                      "ticker", "menu", "votes-widget", "comments-widget", "read-more", "share-lines"]},
    blocks=[
        B("""Éco Afrique Hebdo – L’économie africaine au quotidien
Accueil | Finance | Énergie | Agriculture | Télécoms | Entreprises | Communiqués
MARCHÉS ▸ BRVM Composite 318,12 (+0,41 %) ▸ Brent 72,35 $ ▸ Cacao Londres 6 140 £/t ▸ EUR/XOF 655,957
ÉNERGIE
Communiqués | Publié le 02/12/2025 à 11:30 | Par La Rédaction avec APO"""),
        P("Ouganda : SolarNile Energy va raccorder 48 000 foyers ruraux à des mini‐réseaux solaires".replace(
            "mini‐réseaux", "[[mini‐réseaux||mini-réseaux]]")),
        P("KAMPALA, Ouganda, 2 décembre 2025/APO Group/ -- SolarNile Energy (www.solarnile.example.ug), "
          "développeur ougandais de [[mini‐réseaux||mini-réseaux]] solaires, a annoncé aujourd’hui la signature d’un "
          "financement de 36 millions de dollars américains pour raccorder 48 000 foyers et 2 600 petites "
          "entreprises dans 120 villages des régions du Nord et de l’Ouest de l’Ouganda d’ici 2028."),
        P("Le financement associe un prêt de 24 millions de dollars de la Société financière internationale (SFI)"
          "[[ , ||, ]]une subvention de 8 millions de dollars du Fonds pour l’énergie durable en Afrique (SEFA), "
          "administré par la Banque africaine de développement, et 4 millions de dollars de fonds propres apportés "
          "par les actionnaires de la société."),
        P("Chaque [[mini‐réseau||mini-réseau]] combinera des panneaux photovoltaïques d’une puissance de 60 à 250 "
          "kilowatts-crête et des batteries lithium-fer-phosphate. Les ménages paieront leur électricité par "
          "téléphone mobile, au tarif de 750 shillings ougandais le kilowattheure, soit environ deux fois moins "
          "que le coût moyen d’un groupe électrogène au diesel."),
        P("En Ouganda, seuls 19 % des ménages ruraux ont accès à l’électricité, contre 71 % en zone urbaine, selon "
          "l’Autorité de régulation de l’électricité (ERA). Le gouvernement vise l’accès universel d’ici 2030."),
        P("« Ces [[mini‐réseaux||mini-réseaux]] vont permettre à des milliers de petites entreprises – moulins, "
          "ateliers de soudure, salons de coiffure – de travailler après la tombée de la nuit », a déclaré Grace "
          "Nakato Ssempijja, directrice générale de SolarNile Energy. La société prévoit de créer 380 emplois "
          "directs, dont la moitié occupés par des femmes, et de former 1 200 techniciens locaux."),
        P("Distribué par APO Group pour SolarNile Energy."),
        L("""Contact presse :
Daniel Okello
Responsable de la communication, SolarNile Energy
Tél. : +256 414 236 890 / +256 772 401 563
E-mail : d.okello@solarnile.example.ug"""),
        P("À propos de SolarNile Energy :"),
        P("Fondée en 2016 à Kampala, SolarNile Energy conçoit, construit et exploite des [[mini‐réseaux||mini-réseaux]] "
          "solaires dans les zones rurales d’Afrique de l’Est. La société alimente aujourd’hui 31 000 clients en "
          "Ouganda et au Soudan du Sud."),
        B("""0 votes
Partager : Facebook | X | LinkedIn | WhatsApp
Commentaires (0)
Soyez le premier à commenter cet article.
Articles similaires
Sénégal : la Senelec lance un appel d’offres pour 150 MW de solaire – Lire la suite
Kenya : un fonds de 200 millions de dollars pour la cuisson propre – Lire la suite
© 2025 Éco Afrique Hebdo – Dakar – Tous droits réservés"""),
    ],
    gold=dict(
        title="Ouganda : SolarNile Energy va raccorder 48 000 foyers ruraux à des mini-réseaux solaires",
        dateline=dl("KAMPALA", "2025-12-02"),
        organisations=[org("SolarNile Energy", None), org(None, "APO"),
                       org("Société financière internationale", "SFI"),
                       org("Fonds pour l’énergie durable en Afrique", "SEFA"),
                       org("Banque africaine de développement", None),
                       org("Autorité de régulation de l’électricité", "ERA")],
        places=[place("Ouganda", "UG"), place("Kampala"), place("Nord"), place("Ouest"),
                place("Afrique de l’Est"), place("Soudan du Sud", "SS")],
        figures=[
            fig("48 000 foyers", 48000, "foyers"),
            fig("2 décembre 2025", "2025-12-02", None, "date"),
            fig("36 millions de dollars américains", 36000000, "dollars américains", "money", currency="USD"),
            fig("2 600 petites entreprises", 2600, "entreprises"),
            fig("120 villages", 120, "villages"),
            fig("2028", 2028, None, "year"),
            fig("24 millions de dollars", 24000000, "dollars", "money", currency="USD"),
            fig("8 millions de dollars", 8000000, "dollars", "money", currency="USD"),
            fig("4 millions de dollars", 4000000, "dollars", "money", currency="USD"),
            fig("60", 60, None, "other"),
            fig("250 kilowatts-crête", 250, "kilowatts-crête", "other"),
            fig("750 shillings ougandais", 750, "shillings ougandais", "money", currency="UGX"),
            fig("environ deux fois", 2, "fois", "other", qualifier="environ"),
            fig("19 %", 19, "%", "percent"),
            fig("71 %", 71, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("380 emplois", 380, "emplois"),
            fig("la moitié", 0.5, None, "other"),
            fig("1 200 techniciens", 1200, "techniciens"),
            fig("en 2016", 2016, None, "year"),
            fig("31 000 clients", 31000, "clients"),
        ],
        phones=[phone("+256414236890"), phone("+256772401563")],
        emails=["d.okello@solarnile.example.ug"],
        contacts=[contact("Daniel Okello", "Responsable de la communication", "SolarNile Energy",
                          ["+256414236890", "+256772401563"], ["d.okello@solarnile.example.ug"])],
        notes="A (made-up) Dakar business weekly's portal reprinting an APO release by a (made-up) Ugandan solar "
              "company. Boilerplate: the site name, menu, a markets ticker (index, oil, cocoa and exchange rate: not "
              "figures), the rubric kicker 'ÉNERGIE' and the type/date/byline line above the title; at the bottom '0 "
              "votes', share line, the empty comment widget, 'Articles similaires' with 'Lire la suite' headlines "
              "(read-more), copyright line. The release's own trailer ('Distribué par APO Group pour ...', 'À propos "
              "de ...' with its paragraph) and contact block are article text (README). Dateline 'KAMPALA, Ouganda, 2 "
              "décembre 2025/APO Group/ --' (the survey's APO shape with the double-dash): place as written, date "
              "2025-12-02, figure '2 décembre 2025', APO an organisation (acronym as written, 'APO Group' taken as "
              "the same body, h152-h167); Ouganda and Kampala (normal case in the 'À propos' paragraph) places. "
              "U+2010 inside 'mini‐réseaux' (title and body) becomes '-'; a space before a comma ('(SFI) ,') is "
              "repaired. The company's web address in brackets is kept as written. '36 millions de dollars "
              "américains' keeps the whole currency noun as unit; '2 600 petites entreprises': unit 'entreprises', "
              "the adjective before it in the text. 'de 60 à 250 kilowatts-crête': first bound bare (kind other). "
              "'750 shillings ougandais le kilowattheure' (UGX, new currency; the per-unit out); 'environ deux fois "
              "moins': a ratio with 'environ'. 'd’ici 2028', 'd’ici 2030': the years. 'la moitié' (of the jobs): "
              "fraction. 'des milliers' vague. The SEFA, 'administré par la Banque africaine de développement' (no "
              "acronym written), the SFI (real bodies, invented loans) and the regulator ERA (acronym of its English "
              "name, listed as written) are organisations. 'Nord' and 'Ouest' (regions of Uganda, capitalised) "
              "places; 'Afrique de l’Est' a region; 'Soudan du Sud' SS. Contact: a person with role and "
              "organisation on separate lines, a Kampala landline and a mobile (+256).",
    ),
))


def pdfwrap(text: str, width: int, hyph: dict = None) -> str:
    """Raw side: `text` wrapped at `width` columns, a word of `hyph` (word: split index) hyphenated at a line end
    when it overflows; clean side: `text`. Returns the raw lines (joined by \\n) and the clean text."""
    hyph = hyph or {}
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            core = w.rstrip(".,;:»)")
            if core in hyph and len(cur) + 2 + hyph[core] <= width + 2:
                k = hyph[core]
                lines.append(f"{cur} {w[:k]}-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


# --------------------------------------------------------------------------- h355 regional market observatory's PDF note (Bamako): letterhead, two-line title, right-aligned dateline, table one cell a line, hyphenation, ligatures, page break inside a paragraph
H355_P1 = ("La campagne agricole 2025-2026 s’achève sur une production céréalière estimée à 78,4 millions de tonnes "
           "dans les dix-sept pays suivis par l’Observatoire, soit une hausse de 6,2 % par rapport à la moyenne des "
           "cinq dernières années. Les récoltes de mil et de sorgho sont particulièrement bonnes au Mali, au Burkina "
           "Faso et au Niger, où les pluies ont été abondantes et bien réparties de juin à septembre.")
H355_P2 = ("Sous l’effet de l’arrivée des nouvelles récoltes, les prix au détail des céréales sèches ont reculé de 9 à "
           "17 % entre septembre et novembre sur la plupart des marchés suivis. Ils restent toutefois supérieurs à "
           "la moyenne quinquennale, en raison du coût du transport et de la forte demande des pays côtiers. Le riz "
           "importé, dont les cours mondiaux ont fléchi, est en revanche moins cher qu’il y a un an à Dakar.")
H355_P3 = ("Les stocks des commerçants et des coopératives sont jugés satisfaisants, mais l’insécurité perturbe "
           "toujours l’approvisionnement des marchés du centre du Mali, du nord du Burkina Faso et de la région de "
           "Tillabéri, où les prix du mil dépassent de plus de 25 % ceux de Bamako. Selon l’analyse conduite avec le "
           "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel (CILSS), quelque 3,1 millions "
           "de personnes pourraient se trouver en phase 3 ou plus pendant la soudure de juin à août 2026, contre 4,7 "
           "millions en 2025. L’Observatoire recommande de reconstituer dès maintenant les stocks nationaux de "
           "sécurité, tant que les prix restent modérés.")
H355_RAW1 = pdfwrap(H355_P1, 92, {"particulièrement": 5, "abondantes": 4})
H355_RAW2 = pdfwrap(H355_P2, 92, {"reculé": 3, "restent": 3})
H355_RAW3 = pdfwrap(H355_P3, 90, {"perturbe": 6, "recommande": 5, "sécheresse": 4, "personnes": 3, "satisfaisants": 6, "approvisionnement": 5})
H355_R3A, H355_R3B = H355_RAW3.split("\n", 3)[:3], H355_RAW3.split("\n", 3)[3]
H355_TABLE = [("Marché", "Mil", "Sorgho", "Maïs", "Riz importé"),
              ("Bamako", "285", "270", "230", "450"),
              ("Ouagadougou", "305", "290", "245", "475"),
              ("Niamey", "330", "315", "265", "490"),
              ("Dakar", "360", "345", "300", "410")]
PAGES.append(Page(
    name="h355-ormao-note-conjoncture-prix-cereales-novembre-2025",
    meta={"site": "www.ormao.example.org", "style": "regional-observatory-pdf-table",
          "defects": ["page-furniture", "pdf-hyphenation", "hard-wrap", "stray-unicode-ligature", "table-cells",
                      "postcode-trap"]},
    blocks=[
        B("""ORMAO
Observatoire régional des marchés agricoles de l’Afrique de l’Ouest
Hamdallaye ACI 2000 – Rue 304, porte 112 – BP E 4120 Bamako – Mali
NOTE DE CONJONCTURE N° 11/2025"""),
        X(" " * 14 + "LES PRIX DES CÉRÉALES RECULENT AVEC LA RÉCOLTE, MAIS RESTENT\n" +
          " " * 22 + "AU-DESSUS DE LA MOYENNE QUINQUENNALE",
          "LES PRIX DES CÉRÉALES RECULENT AVEC LA RÉCOLTE, MAIS RESTENT AU-DESSUS DE LA MOYENNE QUINQUENNALE"),
        X(" " * 66 + "Bamako, le 28 novembre 2025", "Bamako, le 28 novembre 2025"),
        X("1. Une récolte supérieure à la moyenne", "1. Une récolte supérieure à la moyenne"),
        X(H355_RAW1, H355_P1, lig=True),
        X("2. Des prix en baisse mais encore élevés", "2. Des prix en baisse mais encore élevés"),
        X(H355_RAW2, H355_P2, lig=True),
        X("Tableau 1 : Prix moyens au détail en novembre 2025 (francs CFA par kilo)\n" +
          "\n".join(c for row in H355_TABLE for c in row) +
          "\nSource : ORMAO, relevés hebdomadaires des systèmes nationaux d’information sur les marchés",
          "Tableau 1 : Prix moyens au détail en novembre 2025 (francs CFA par kilo)\n" +
          "\n".join(" ".join(row) for row in H355_TABLE) +
          "\nSource : ORMAO, relevés hebdomadaires des systèmes nationaux d’information sur les marchés"),
        X("3. Perspectives pour la soudure 2026", "3. Perspectives pour la soudure 2026"),
        X("\n".join(H355_R3A), H355_P3, lig=True),
        B("ORMAO – Note de conjoncture n° 11/2025" + " " * 44 + "1/2\n"
          "Observatoire régional des marchés agricoles de l’Afrique de l’Ouest"),
        X(H355_R3B, "", lig=True),
        X("Contact : Aminata Coulibaly Sanogo, chargée de l’information sur les marchés – +223 20 22 91 40 –\n"
          "a.sanogo@ormao.example.org",
          "Contact : Aminata Coulibaly Sanogo, chargée de l’information sur les marchés – +223 20 22 91 40 – "
          "a.sanogo@ormao.example.org"),
        B("ORMAO – Note de conjoncture n° 11/2025" + " " * 44 + "2/2"),
    ],
    gold=dict(
        title="LES PRIX DES CÉRÉALES RECULENT AVEC LA RÉCOLTE, MAIS RESTENT AU-DESSUS DE LA MOYENNE QUINQUENNALE",
        dateline=dl("Bamako", "2025-11-28"),
        organisations=[org(None, "ORMAO"),
                       org("Comité permanent inter-États de lutte contre la sécheresse dans le Sahel", "CILSS")],
        places=[place("Bamako"), place("Mali", "ML"), place("Burkina Faso", "BF"), place("Niger", "NE"),
                place("Dakar"), place("Tillabéri"), place("Ouagadougou"), place("Niamey")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("78,4 millions de tonnes", 78400000, "tonnes", "other"),
            fig("dix-sept pays", 17, "pays"),
            fig("6,2 %", 6.2, "%", "percent"),
            fig("cinq dernières années", 5, "années", "duration"),
            fig("9", 9, "%", "percent"),
            fig("17 %", 17, "%", "percent"),
            fig("novembre 2025", 2025, None, "year"),
            fig("285", 285, None, "money", currency="XOF"),
            fig("270", 270, None, "money", currency="XOF"),
            fig("230", 230, None, "money", currency="XOF"),
            fig("450", 450, None, "money", currency="XOF"),
            fig("305", 305, None, "money", currency="XOF"),
            fig("290", 290, None, "money", currency="XOF"),
            fig("245", 245, None, "money", currency="XOF"),
            fig("475", 475, None, "money", currency="XOF"),
            fig("330", 330, None, "money", currency="XOF"),
            fig("315", 315, None, "money", currency="XOF"),
            fig("265", 265, None, "money", currency="XOF"),
            fig("490", 490, None, "money", currency="XOF"),
            fig("360", 360, None, "money", currency="XOF"),
            fig("345", 345, None, "money", currency="XOF"),
            fig("300", 300, None, "money", currency="XOF"),
            fig("410", 410, None, "money", currency="XOF"),
            fig("plus de 25 %", 25, "%", "percent", qualifier="plus de"),
            fig("quelque 3,1 millions de personnes", 3100000, "personnes", qualifier="quelque"),
            fig("3", 3, None, "other"),
            fig("août 2026", 2026, None, "year"),
            fig("4,7 millions", 4700000, None),
            fig("en 2025", 2025, None, "year"),
        ],
        phones=[phone("+22320229140")],
        emails=["a.sanogo@ormao.example.org"],
        contacts=[contact("Aminata Coulibaly Sanogo", "chargée de l’information sur les marchés", None,
                          ["+22320229140"], ["a.sanogo@ormao.example.org"])],
        notes="The plain PDF text of a (made-up) regional agricultural-market observatory's monthly note, Bamako. "
              "Boilerplate: the letterhead (acronym, long form, address with its BP box, the document label 'NOTE DE "
              "CONJONCTURE N° 11/2025'), the running footer with its '1/2', '2/2' page marks and the running header "
              "printed after the page break, which falls inside the third section's paragraph (one clean line, "
              "h136-h151). The title is centred over two lines (one title line); the dateline is right-aligned on its "
              "own line. Paragraph lines are joined; words hyphenated at line ends are joined; fi/fl ligatures "
              "(U+FB01/U+FB02) expanded. The table is extracted one cell a line (tag table-cells): each row is one "
              "clean line with its cells joined by one space, header row too (h136-h151). Decided: the cells under a "
              "caption giving the currency and the per-unit ('francs CFA par kilo') are money figures in XOF with "
              "unit null (as the caption-gives-the-unit rule for percent cells, the per-unit out), one entry per "
              "distinct text; the caption's 'novembre 2025' is a month-year (the same text as the body's 'entre "
              "septembre et novembre' has none: not a figure); 'Tableau 1' and the section numbers are not figures. "
              "The observatory's long form is only in the letterhead: acronym only (h104-h119). 'campagne agricole "
              "2025-2026': a season, '2025' and '2026' ('soudure 2026' repeats '2026'). 'de 9 à 17 %': first bound "
              "'9' with unit '%' (h200-h215). 'la moyenne des cinq dernières années': a duration (h248-h263). 'qu’il y "
              "a un an' is not a figure ('un', h280-h295). 'en phase 3 ou plus': a level, text '3', kind other "
              "(h200-h215). 'de juin à août 2026': 'août 2026' a month-year ('juin' alone not a figure). 'contre 4,7 "
              "millions en 2025': '4,7 millions' a count with unit null (the noun elided, as h302's '5.4 million') "
              "and 'en 2025'. The CILSS is a real body with an invented analysis. Places: "
              "Bamako (dateline, table), Ouagadougou, Niamey, Dakar (table rows), Mali, Burkina Faso, Niger, the "
              "region of Tillabéri. Contact: a person with role, no organisation on the line (ORMAO is only in the "
              "chrome), a Bamako landline (+223).",
    ),
))

# --------------------------------------------------------------------------- h356 browser print view of the EU delegation in Burundi: print header and footer twice, page break inside a paragraph, a paragraph without accents
H356_HEAD = ("03/12/2025 10:42" + " " * 20 + "Burundi : l’Union européenne mobilise 42 millions d’euros pour la santé "
             "des mères et des nouveau-nés | SEAE")
H356_P4A = ("Dans les hôpitaux de district, les fonds serviront à équiper 46 blocs opératoires, à rénover 18 services "
            "de néonatologie et à installer des panneaux solaires dans 120 centres de santé qui ne disposent pas "
            "d’une alimentation électrique fiable. Le programme prévoit aussi la formation de 1 400 sages-femmes et "
            "infirmières,")
H356_P4B = ("dont 350 seront recrutées dans les provinces de Kirundo, Cibitoke et Makamba, où le taux d’accouchement "
            "assisté reste inférieur à 70 %.")
PAGES.append(Page(
    name="h356-ue-burundi-sante-maternelle-42-millions-print",
    meta={"site": "www.seae-delegations.example.eu", "style": "eu-delegation-print-view",
          "defects": ["print-furniture", "breadcrumb", "stripped-accents", "postcode-trap"]},
    blocks=[
        B(H356_HEAD + "\nAccueil › Délégation de l’Union européenne au Burundi › Communiqués de presse"),
        P("Burundi : l’Union européenne mobilise 42 millions d’euros pour la santé des mères et des nouveau-nés"),
        B("Communiqué de presse · 03.12.2025 · Bujumbura · Référence : UE-BI/2025/041"),
        P("Bujumbura, le 3 décembre 2025 – L’Union européenne et le gouvernement du Burundi ont signé mercredi une "
          "convention de financement de 42 millions d’euros, soit environ 137 milliards de francs burundais, pour "
          "améliorer la santé des mères et des nouveau-nés dans sept provinces du pays entre 2026 et 2030."),
        P("La convention a été signée par l’ambassadrice de l’Union européenne au Burundi, Mme Katrin Vanderbeke, "
          "et par le ministre des Finances, du Budget et de la Planification économique. Le programme sera mis en "
          "œuvre par le ministère de la Santé publique et de la Lutte contre le sida, avec l’appui technique de "
          "l’Organisation mondiale de la santé (OMS)."),
        P("Malgré des progrès importants depuis 2010, le Burundi reste l’un des pays où la mortalité maternelle est "
          "la plus élevée au monde. Près de la moitié des femmes des zones rurales vivent à plus de 5 kilomètres "
          "d’un centre de santé, et seules 58 % des maternités disposent d’un service de césarienne fonctionnel.",
          strip=True),
        X(H356_P4A, H356_P4A + " " + H356_P4B),
        B("https://www.seae-delegations.example.eu/burundi/fr/communiques/ue-bi-2025-041" + " " * 12 + "1/2\n" +
          H356_HEAD),
        X(H356_P4B, ""),
        P("« Aucune femme ne devrait mourir en donnant la vie. Ce programme, construit avec les autorités "
          "burundaises, répond à une priorité que partagent les 27 États membres de l’Union », a déclaré "
          "l’ambassadrice lors de la cérémonie, organisée à Gitega."),
        P("Ce financement s’ajoute aux 18 millions d’euros déjà engagés depuis 2022 pour l’achat de médicaments "
          "essentiels et la gratuité des soins pour les enfants de moins de 5 ans. Il fait partie de la stratégie "
          "Global Gateway de l’Union européenne."),
        L("""Contact presse :
Chantal Niyonzima, chargée de presse et d’information
Délégation de l’Union européenne au Burundi
Tél. : +257 22 24 51 10 – Mobile : +257 79 45 12 03
delegation-burundi-presse@seae-delegations.example.eu"""),
        B("Délégation de l’Union européenne au Burundi – Avenue du 13 Octobre, BP 103 Bujumbura\n"
          "https://www.seae-delegations.example.eu/burundi/fr/communiques/ue-bi-2025-041" + " " * 12 + "2/2"),
    ],
    gold=dict(
        title="Burundi : l’Union européenne mobilise 42 millions d’euros pour la santé des mères et des nouveau-nés",
        dateline=dl("Bujumbura", "2025-12-03"),
        organisations=[org("Union européenne", None),
                       org("gouvernement du Burundi", None),
                       org("ministère de la Santé publique et de la Lutte contre le sida", None),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Délégation de l’Union européenne au Burundi", None)],
        places=[place("Burundi", "BI"), place("Bujumbura"), place("Kirundo"), place("Cibitoke"), place("Makamba"),
                place("Gitega")],
        figures=[
            fig("42 millions d’euros", 42000000, "euros", "money", currency="EUR"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("environ 137 milliards de francs burundais", 137000000000, "francs burundais", "money",
                qualifier="environ", currency="BIF"),
            fig("sept provinces", 7, "provinces"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("2010", 2010, None, "year"),
            fig("Près de la moitié", 0.5, None, "other", qualifier="Près de"),
            fig("plus de 5 kilomètres", 5, "kilomètres", "other", qualifier="plus de"),
            fig("58 %", 58, "%", "percent"),
            fig("46 blocs", 46, "blocs"),
            fig("18 services", 18, "services"),
            fig("120 centres", 120, "centres"),
            fig("1 400 sages-femmes", 1400, "sages-femmes"),
            fig("350", 350, None),
            fig("70 %", 70, "%", "percent"),
            fig("27 États", 27, "États"),
            fig("18 millions d’euros", 18000000, "euros", "money", currency="EUR"),
            fig("2022", 2022, None, "year"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
        ],
        phones=[phone("+25722245110"), phone("+25779451203")],
        emails=["delegation-burundi-presse@seae-delegations.example.eu"],
        contacts=[contact("Chantal Niyonzima", "chargée de presse et d’information",
                          "Délégation de l’Union européenne au Burundi", ["+25722245110", "+25779451203"],
                          ["delegation-burundi-presse@seae-delegations.example.eu"])],
        notes="A browser's print view of a (made-up) release of the EU delegation in Burundi. Boilerplate: the print "
              "header (print date and time, the page title with the service's name 'SEAE'), printed again after the "
              "page break (furniture, not a second copy of the title, h280-h295), the breadcrumb, the "
              "type/date/place/reference line under the title, the print footer (URL and '1/2', '2/2') and the "
              "delegation's address line with its BP box. The page break falls inside the fourth paragraph ('et "
              "infirmières,' / 'dont 350 seront'): one clean line. The third paragraph was typed without accents "
              "('Malgre des progres', 'elevee', 'a plus de', 'cesarienne'): accents restored. Figures: "
              "'environ 137 milliards de francs burundais' (BIF, unit as written); 'entre 2026 et 2030' two years; "
              "'depuis 2010', 'depuis 2022' the years; 'Près de la moitié' a fraction with its capital qualifier; "
              "'à plus de 5 kilomètres' a measure; '46 blocs opératoires', '18 services de néonatologie', '120 "
              "centres de santé' with the head noun as unit; 'dont 350 seront recrutées' a count without noun; "
              "'inférieur à 70 %' ('inférieur à' is not a qualifier); 'les 27 États membres' unit 'États'; 'moins de "
              "5 ans' an age. 'mercredi' alone not a figure. Organisations: the EU; 'le gouvernement du Burundi' "
              "(an executive signing, h88-h103, listed as written; Burundi also stands alone); the health ministry "
              "(implementing, listed as written); the OMS; the delegation (named in the contact block as the whole "
              "body, h56-h71, and in the chrome). The finance minister is a role (his ministry not listed); "
              "'l’ambassadrice de l’Union européenne au Burundi' a role; 'Global Gateway' a strategy (not an "
              "organisation). 'burundaises' an adjective. Contact: a person with role and organisation on separate "
              "lines, a Bujumbura landline and a mobile (+257).",
    ),
))

# --------------------------------------------------------------------------- h357 Niger Basin Authority (Niamey): lost dateline dash, ’ as '?', glued subheading, English/French chrome, contacts in Niger and Nigeria
PAGES.append(Page(
    name="h357-abn-bilan-crue-fleuve-niger-2025",
    meta={"site": "www.abn-bassin-niger.example.int", "style": "river-basin-authority-newsroom",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "lost-dash", "lost-apostrophe",
                      "heading-glued", "double-space", "glued-phone", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu principal
Français | English
ABN – Autorité du bassin du Niger
Neuf pays, un fleuve, un avenir commun
L’ABN ▾
Le bassin ▾
Le bassin ▾
Projets ▾
Médias ▾
Médias ▾
Documentation
Rechercher
Accueil / Médias / Communiqués
Communiqué – 01/12/2025"""),
        P("Fleuve Niger : la crue de 2025, la deuxième plus forte depuis 1929, a touché plus de 410 000 personnes"),
        P("Niamey, le 1er décembre 2025 – La crue du fleuve Niger a atteint son maximum le 14 septembre à Niamey, "
          "avec une hauteur de 6,42 mètres à la station de Niamey-Nord et un débit de 2 950 mètres cubes par "
          "seconde, selon le bilan de la saison hydrologique 2025 présenté lundi par l’Autorité du bassin du Niger "
          "(ABN). Seule la crue de 2020 avait dépassé ce niveau depuis le début des relevés, en 1929.",
          nodash=""),
        P("Plus de 410 000 personnes ont été touchées par les inondations dans le bassin, dont 196 000 au Niger, "
          "128 000 au Nigeria et 54 000 au Mali, et 73 personnes ont perdu la vie. Quelque 38 600 hectares de "
          "rizières ont été submergés dans la vallée du fleuve, entre Tillabéri et Gaya.", apos="?"),
        P("Des alertes émises dix jours avant la crue"),
        P("Grâce au système de prévision mis en place en 2023 avec l’appui de la Banque mondiale, l’ABN a pu "
          "transmettre aux services de protection civile des neuf pays membres des alertes jusqu’à dix jours avant "
          "l’arrivée du pic de crue. Le réseau compte désormais 38 stations hydrométriques automatiques, dont 11 "
          "installées cette année au Mali, au Niger et au Bénin.", apos="?", glue=True),
        P("« Les alertes précoces ont permis d’évacuer à temps près de 60 000 personnes à Niamey et à Lokoja. Mais "
          "une alerte ne sert à rien si les digues cèdent », souligne le secrétaire exécutif de l’ABN, Ibrahim "
          "Maïga Touré. L’Autorité estime à 84 milliards de francs CFA le coût de la réhabilitation des digues de "
          "protection des villes riveraines, dont 31 milliards pour la seule ville de Niamey."),
        P("Au Nigeria, l’Agence hydrologique nationale du Nigeria (NIHSA) a relevé à Lokoja, au confluent du Niger "
          "et de la Bénoué, une hauteur de 12,84 mètres le 3 octobre. Les dégâts y sont estimés à 96 milliards "
          "de nairas.[[  || ]]Le conseil des ministres de l’ABN, qui se réunira à Cotonou les 18 et 19 décembre, "
          "examinera un plan régional de gestion des crues pour la période 2026-2030."),
        L("""Contacts presse :
Niamey : Hadiza Abdou Garba, chargée de communication
[[•+227||• +227]] 20 73 55 12 / 96 28 11 40
[[•communication||• communication]]@abn-bassin-niger.example.int
Abuja : Chinedu Okafor, NIHSA – +234 803 321 4560 – c.okafor@nihsa-hydro.example.ng"""),
        B("""Documents associés : Bulletin hydrologique de fin de saison 2025 (PDF, 2,8 Mo)
Partager : Facebook | X | LinkedIn | E-mail
Actualités récentes
Atelier régional sur la navigation fluviale à Mopti (24/11/2025)
Signature d’un accord de partage des données avec le Tchad (12/11/2025)
ABN – Secrétariat exécutif – BP 729 Niamey, Niger – Tél. : +227 20 72 31 02
© 2025 Autorité du bassin du Niger – Mentions légales"""),
    ],
    gold=dict(
        title="Fleuve Niger : la crue de 2025, la deuxième plus forte depuis 1929, a touché plus de 410 000 personnes",
        dateline=dl("Niamey", "2025-12-01"),
        organisations=[org("Autorité du bassin du Niger", "ABN"), org("Banque mondiale", None),
                       org("Agence hydrologique nationale du Nigeria", "NIHSA")],
        places=[place("Niger", "NE"), place("Niamey"), place("Niamey-Nord"), place("Nigeria", "NG"),
                place("Mali", "ML"), place("Tillabéri"), place("Gaya"), place("Bénin", "BJ"), place("Lokoja"),
                place("Bénoué"), place("Cotonou"), place("Abuja")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("1929", 1929, None, "year"),
            fig("plus de 410 000 personnes", 410000, "personnes", qualifier="plus de"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 14 septembre", "--09-14", None, "date"),
            fig("6,42 mètres", 6.42, "mètres", "other"),
            fig("2 950 mètres cubes", 2950, "mètres cubes", "other"),
            fig("2020", 2020, None, "year"),
            fig("en 1929", 1929, None, "year"),
            fig("Plus de 410 000 personnes", 410000, "personnes", qualifier="Plus de"),
            fig("196 000", 196000, None),
            fig("128 000", 128000, None),
            fig("54 000", 54000, None),
            fig("73 personnes", 73, "personnes"),
            fig("Quelque 38 600 hectares", 38600, "hectares", "other", qualifier="Quelque"),
            fig("dix jours", 10, "jours", "duration"),
            fig("en 2023", 2023, None, "year"),
            fig("neuf pays", 9, "pays"),
            fig("jusqu’à dix jours", 10, "jours", "duration", qualifier="jusqu’à"),
            fig("38 stations", 38, "stations"),
            fig("11", 11, None),
            fig("près de 60 000 personnes", 60000, "personnes", qualifier="près de"),
            fig("84 milliards de francs CFA", 84000000000, "francs CFA", "money", currency="XOF"),
            fig("31 milliards", 31000000000, None, "money", currency="XOF"),
            fig("12,84 mètres", 12.84, "mètres", "other"),
            fig("le 3 octobre", "--10-03", None, "date"),
            fig("96 milliards de nairas", 96000000000, "nairas", "money", currency="NGN"),
            fig("18", "--12-18", None, "date"),
            fig("19 décembre", "--12-19", None, "date"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
        ],
        phones=[phone("+22720735512"), phone("+22796281140"), phone("+2348033214560")],
        emails=["communication@abn-bassin-niger.example.int", "c.okafor@nihsa-hydro.example.ng"],
        contacts=[contact("Hadiza Abdou Garba", "chargée de communication", None,
                          ["+22720735512", "+22796281140"], ["communication@abn-bassin-niger.example.int"]),
                  contact("Chinedu Okafor", None, "NIHSA", ["+2348033214560"], ["c.okafor@nihsa-hydro.example.ng"])],
        notes="A release of the Niger Basin Authority (a real body carrying invented news, people and numbers) on its "
              "(made-up) press site in Niamey. Boilerplate: skip line, 'Français | English' line, site name and "
              "slogan ('Neuf pays ...' is chrome), a menu with '▾' and doubled 'Le bassin' and 'Médias', "
              "'Rechercher', breadcrumb, type/date line; at the bottom an attachment line, share line, 'Actualités "
              "récentes' with dated headlines, footer with BP box and switchboard, legal line. The dateline's en dash "
              "is lost (a double space is left: '2025  La crue'; the dash comes back). Every ’ of the second and "
              "third body paragraphs is '?' ('l?arrivée', 'd?alertes' shape: 'l?ABN', 'jusqu?à'). The subheading "
              "'Des alertes émises dix jours avant la crue' is glued to its paragraph. A double space between two "
              "sentences of the NIHSA paragraph. Figures: the title's 'la crue de 2025' ('2025', also the body's "
              "'saison hydrologique 2025': one text) and 'depuis 1929' ('1929'), the body's 'en 1929' another text; "
              "'la deuxième plus forte' an ordinal word; 'Plus de 410 000 personnes' (body) and 'plus de 410 000 "
              "personnes' (title) two texts; '196 000', '128 000', '54 000' (noun before them) counts with unit "
              "null; 'un débit de 2 950 mètres cubes par seconde' (per unit out); '6,42 mètres', '12,84 mètres' "
              "measures; 'dix jours' (heading) and 'jusqu’à dix jours' two texts; 'dont 11 installées' a count "
              "without noun; 'dont 31 milliards' XOF money with unit null; '96 milliards de nairas' NGN; 'les 18 et "
              "19 décembre': '18' (--12-18) and '19 décembre'; 'pour la période 2026-2030' two years (h312-h327). "
              "'cette année', 'lundi' not figures. Places: the river and the country share the name 'Niger' (one "
              "place, NE: the title's 'Fleuve Niger' and 'au Niger'; decided, iso of the country), 'Niamey-Nord' (a "
              "gauging station named after a district, as h248-h263's plant names), Bénoué (river), Tillabéri, "
              "Gaya, Lokoja, Cotonou (meeting venue), Abuja (contact label). 'le conseil des ministres de l’ABN' is "
              "the body's own organ (not listed, h280-h295). 'les services de protection civile' generic. Contacts: "
              "two people under city labels (places, not organisations): the first with role, then a '•' list whose "
              "marks are glued to the number and to the address ('•+227 20 73 55 12 / 96 28 11 40', "
              "'•communication@...': the clean text puts a space after each mark, the survey's number glued to a "
              "list marker, tag glued-phone), a Niamey landline and a mobile after '/' without code (+227); the second with the organisation 'NIHSA' and a Nigerian "
              "mobile.",
    ),
))


def interleave(left: str, right: str, width: int) -> str:
    """Two PDF columns extracted line by line alternately: `left` and `right` wrapped at `width` columns, then
    their lines taken one from each column in turn."""
    a, b = pdfwrap(left, width).split("\n"), pdfwrap(right, width).split("\n")
    out = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "\n".join(out)


# --------------------------------------------------------------------------- h358 Hague NGO coalition's two-column PDF newsletter: columns read across, page furniture, '+31(0)70'
H358_LEFT = ("Un rapport sur 312 sites d’orpaillage\n"
             "Entre janvier 2024 et juin 2025, les enquêteurs de la coalition et de ses partenaires locaux ont visité "
             "312 sites d’orpaillage au Mali, au Burkina Faso, au Niger, en Guinée et au Sénégal. Dans 9 sites sur "
             "10, l’or est encore extrait à l’aide de mercure, brûlé à l’air libre, souvent à quelques mètres des "
             "habitations. Les analyses de cheveux réalisées sur 1 180 orpailleurs montrent des concentrations "
             "moyennes de 6,8 microgrammes par gramme, plus de six fois le seuil retenu par l’Organisation mondiale "
             "de la santé (OMS).")
H358_RIGHT = ("Des solutions sans mercure existent\n"
              "Les tables à secousses et la concentration par gravité permettent de récupérer jusqu’à 85 % de l’or "
              "sans aucun produit chimique. Un équipement complet coûte environ 9 500 euros, soit le prix de 38 "
              "kilos de mercure au cours actuel du marché noir. La coalition demande aux États du Sahel de créer "
              "des coopératives d’orpailleurs équipées de ces procédés et aux pays importateurs d’or, dont la Suisse "
              "et les Émirats arabes unis, d’exiger la traçabilité du métal.")
PAGES.append(Page(
    name="h358-ciosm-lettre-mercure-orpaillage-sahel-deux-colonnes",
    meta={"site": "www.ciosm-goldcoalition.example.nl", "style": "ngo-coalition-two-column-pdf-newsletter",
          "defects": ["column-interleave", "page-furniture", "hard-wrap", "postcode-trap"]},
    blocks=[
        B("""CIOSM – Coalition internationale pour un or sans mercure
Lettre d’information n° 14 – décembre 2025
Laan van Meerdervoort 52 – 2517 AM La Haye – Pays-Bas"""),
        X("ORPAILLAGE AU SAHEL : LES REJETS DE MERCURE ONT DOUBLÉ EN DIX ANS",
          "ORPAILLAGE AU SAHEL : LES REJETS DE MERCURE ONT DOUBLÉ EN DIX ANS"),
        X(pdfwrap("La Haye, le 2 décembre 2025 – Les sites d’orpaillage du Sahel rejettent désormais quelque 410 "
                  "tonnes de mercure par an dans l’air, les sols et les cours d’eau, soit deux fois plus qu’en 2015, "
                  "selon le rapport « L’or à tout prix » publié aujourd’hui par la Coalition internationale pour un "
                  "or sans mercure (CIOSM). Près de 2 millions de personnes, dont de nombreux enfants, travaillent "
                  "dans l’orpaillage artisanal dans la région.", 96),
          "La Haye, le 2 décembre 2025 – Les sites d’orpaillage du Sahel rejettent désormais quelque 410 tonnes de "
          "mercure par an dans l’air, les sols et les cours d’eau, soit deux fois plus qu’en 2015, selon le rapport "
          "« L’or à tout prix » publié aujourd’hui par la Coalition internationale pour un or sans mercure (CIOSM). "
          "Près de 2 millions de personnes, dont de nombreux enfants, travaillent dans l’orpaillage artisanal dans "
          "la région."),
        X(H358_LEFT.split("\n")[0] + "\n" + H358_RIGHT.split("\n")[0] + "\n" +
          interleave(H358_LEFT.split("\n")[1], H358_RIGHT.split("\n")[1], 46),
          H358_LEFT + "\n" + H358_RIGHT),
        B("CIOSM – Lettre d’information n° 14" + " " * 50 + "1"),
        X(pdfwrap("La Convention de Minamata, ratifiée par les cinq pays étudiés, les oblige à réduire l’usage du "
                  "mercure dans l’orpaillage. « Les plans nationaux existent sur le papier, mais les contrôles aux "
                  "frontières sont quasi inexistants : un kilo de mercure passe de Conakry à Kédougou pour moins de "
                  "100 dollars », relève l’auteure principale du rapport, la toxicologue sénégalaise Dr Awa Ndiaye "
                  "Sarr. La coalition présentera ses conclusions le 15 décembre à Genève, devant le secrétariat de "
                  "la Convention et le Programme des Nations unies pour l’environnement (PNUE).", 96),
          "La Convention de Minamata, ratifiée par les cinq pays étudiés, les oblige à réduire l’usage du mercure "
          "dans l’orpaillage. « Les plans nationaux existent sur le papier, mais les contrôles aux frontières sont "
          "quasi inexistants : un kilo de mercure passe de Conakry à Kédougou pour moins de 100 dollars », relève "
          "l’auteure principale du rapport, la toxicologue sénégalaise Dr Awa Ndiaye Sarr. La coalition présentera "
          "ses conclusions le 15 décembre à Genève, devant le secrétariat de la Convention et le Programme des "
          "Nations unies pour l’environnement (PNUE)."),
        X("Contacts presse\n"
          "Sanne de Vries, responsable de la communication – +31(0)70 345 67 89 – +31 6 1234 5670 – "
          "s.devries@ciosm-goldcoalition.example.nl\n"
          "Au Burkina Faso : Issouf Compaoré, coordinateur régional – +226 70 45 61 29",
          "Contacts presse\n"
          "Sanne de Vries, responsable de la communication – +31(0)70 345 67 89 – +31 6 1234 5670 – "
          "s.devries@ciosm-goldcoalition.example.nl\n"
          "Au Burkina Faso : Issouf Compaoré, coordinateur régional – +226 70 45 61 29"),
        B("www.ciosm-goldcoalition.example.nl – Fondation de droit néerlandais – KvK 71 48 20 36" + " " * 20 + "2"),
    ],
    gold=dict(
        title="ORPAILLAGE AU SAHEL : LES REJETS DE MERCURE ONT DOUBLÉ EN DIX ANS",
        dateline=dl("La Haye", "2025-12-02"),
        organisations=[org("Coalition internationale pour un or sans mercure", "CIOSM"),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Programme des Nations unies pour l’environnement", "PNUE")],
        places=[place("Sahel"), place("La Haye"), place("Mali", "ML"), place("Burkina Faso", "BF"),
                place("Niger", "NE"), place("Guinée", "GN"), place("Sénégal", "SN"), place("Suisse", "CH"),
                place("Émirats arabes unis", "AE"), place("Conakry"), place("Kédougou"), place("Genève")],
        figures=[
            fig("DIX ANS", 10, "ANS", "duration"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("quelque 410 tonnes", 410, "tonnes", "other", qualifier="quelque"),
            fig("deux fois", 2, "fois", "other"),
            fig("en 2015", 2015, None, "year"),
            fig("Près de 2 millions de personnes", 2000000, "personnes", qualifier="Près de"),
            fig("312 sites", 312, "sites"),
            fig("janvier 2024", 2024, None, "year"),
            fig("juin 2025", 2025, None, "year"),
            fig("9 sites sur 10", 0.9, None, "other"),
            fig("1 180 orpailleurs", 1180, "orpailleurs"),
            fig("6,8 microgrammes", 6.8, "microgrammes", "other"),
            fig("plus de six fois", 6, "fois", "other", qualifier="plus de"),
            fig("jusqu’à 85 %", 85, "%", "percent", qualifier="jusqu’à"),
            fig("environ 9 500 euros", 9500, "euros", "money", qualifier="environ", currency="EUR"),
            fig("38 kilos", 38, "kilos", "other"),
            fig("cinq pays", 5, "pays"),
            fig("moins de 100 dollars", 100, "dollars", "money", qualifier="moins de", currency="USD"),
            fig("le 15 décembre", "--12-15", None, "date"),
        ],
        phones=[phone("+31703456789"), phone("+31612345670"), phone("+22670456129")],
        emails=["s.devries@ciosm-goldcoalition.example.nl"],
        contacts=[contact("Sanne de Vries", "responsable de la communication", None,
                          ["+31703456789", "+31612345670"], ["s.devries@ciosm-goldcoalition.example.nl"]),
                  contact("Issouf Compaoré", "coordinateur régional", None, ["+22670456129"], [])],
        notes="The text of a (made-up) Hague NGO coalition's newsletter PDF. Boilerplate: the letterhead (acronym "
              "and long form, issue line, address with a Dutch postcode), the page footers ('... 1', and the web "
              "address, legal form and chamber-of-commerce number with '2'). The capital title keeps its accent. "
              "The intro and the closing paragraphs run across the page (wrapped at about 96 columns: joined); in "
              "between, two columns with their headings were extracted line by line alternately (the left column's "
              "heading, the right column's heading, then one line of each in turn, mid-sentence, tag "
              "column-interleave): the clean text gives the left heading and paragraph, then the right ones "
              "(h232-h247). Figures: the title's 'DIX ANS' (capital duration, unit as written); 'deux fois plus "
              "qu’en 2015' (a ratio and the year); 'Près de 2 millions de personnes' (qualifier with its capital); "
              "'Entre janvier 2024 et juin 2025' two month-years; 'Dans 9 sites sur 10': decided one figure, the "
              "proportion 0.9, kind other, text from the first number to the second (h312-h327 'N sur M' with its "
              "noun; the leading 'Dans' out); '6,8 microgrammes par gramme' (a concentration, per unit out, "
              "h184-h199); 'plus de six fois le seuil' a ratio with the qualifier; 'jusqu’à 85 %'; 'environ 9 500 "
              "euros'; '38 kilos de mercure' a measure; 'un kilo' not a figure; 'moins de 100 dollars' USD; 'les "
              "cinq pays étudiés' a count; 'le 15 décembre' without year. The report's title « L’or à tout prix » "
              "and the 'Convention de Minamata' (a treaty; its secretariat not named as a body) are not "
              "organisations. Places: Sahel (title and body, iso null), La Haye (dateline), the five countries, "
              "Suisse and Émirats arabes unis (importing countries), Conakry, Kédougou, Genève; Pays-Bas only in "
              "the chrome. 'sénégalaise' an adjective. Contacts: a person with role and no organisation on the line, "
              "a Hague landline in the survey's '+31(0)70' shape and a Dutch mobile; a line opening with the "
              "country label 'Au Burkina Faso :' (a place, not an organisation) with a person, role and a mobile "
              "(+226).",
    ),
))

# --------------------------------------------------------------------------- h359 UN population fund's Burkina Faso office: title twice, a teaser glued to a paragraph ('Lire la suiteÀ Kaya'), 'A la tête', 'Etats', mixed quotes, '(+226)'
PAGES.append(Page(
    name="h359-unfpa-burkina-fistules-obstetricales-kaya-ouahigouya",
    meta={"site": "burkinafaso.unfpa-fr.example.org", "style": "un-agency-country-office-newsroom",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "duplicate-title", "body-glued", "read-more",
                      "unaccented-capitals", "mixed-quotes", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Passer au contenu principal
Français | English
UNFPA Burkina Faso
Fonds des Nations Unies pour la population
Qui nous sommes
Notre travail
Notre travail
Actualités
Actualités
Ressources
Nous contacter
Accueil / Actualités / Communiqués de presse
Communiqué de presse | 02 décembre 2025"""),
        P("Fistule obstétricale : 412 femmes opérées gratuitement à Kaya et Ouahigouya"),
        B("Fistule obstétricale : 412 femmes opérées gratuitement à Kaya et Ouahigouya"),
        P("OUAGADOUGOU, le 2 décembre 2025 – Quatre cent douze femmes souffrant de fistule obstétricale ont été "
          "opérées gratuitement entre le 13 octobre et le 21 novembre 2025 lors d’une campagne menée dans les "
          "centres hospitaliers régionaux de Kaya et de Ouahigouya par le ministère de la Santé, avec l’appui du "
          "Fonds des Nations Unies pour la population (UNFPA) et de l’Agence coréenne de coopération internationale "
          "(KOICA)."),
        P("La fistule obstétricale, une lésion provoquée par un accouchement prolongé sans assistance médicale, "
          "entraîne une incontinence permanente. Selon le ministère, près de 2 500 femmes en souffrent encore au "
          "Burkina Faso, dont beaucoup vivent isolées, rejetées par leur mari ou leur communauté. Certaines "
          "patientes opérées cette année attendaient depuis plus de 15 ans."),
        X("À lire aussi : Santé maternelle : 12 nouvelles maternités dans la région du Sahel Lire la suiteÀ Kaya, "
          "l’équipe chirurgicale, composée de six chirurgiens burkinabè et de deux chirurgiennes venues du Niger, a "
          "réalisé jusqu’à 14 interventions par jour. Le taux de guérison atteint 87 %, selon les premiers bilans "
          "de suivi.",
          "À Kaya, l’équipe chirurgicale, composée de six chirurgiens burkinabè et de deux chirurgiennes venues du "
          "Niger, a réalisé jusqu’à 14 interventions par jour. Le taux de guérison atteint 87 %, selon les premiers "
          "bilans de suivi."),
        P("[[A||À]] la tête de l’équipe de Ouahigouya, le Dr Salif Ouédraogo souligne : « Beaucoup de ces femmes "
          "ont attendu des années parce qu’elles n’avaient pas les 150 000 francs CFA que coûte l’opération dans "
          "une clinique privée. »"),
        P("Après leur opération, 236 femmes ont suivi une formation de trois mois en couture, en savonnerie ou en "
          "transformation du karité, et ont reçu un kit d’installation d’une valeur de 75 000 francs CFA. “Je "
          "peux de nouveau aller au marché et gagner ma vie”, témoigne Mariam, 34 ans, opérée à Kaya."),
        P("La campagne, d’un coût de 186 millions de francs CFA, s’inscrit dans l’initiative mondiale pour "
          "éliminer la fistule d’ici 2030, adoptée par les [[Etats||États]] membres des Nations Unies. L’UNFPA et "
          "ses partenaires prévoient une nouvelle campagne à Fada N’Gourma et à Dédougou en mars 2026."),
        L("""Contacts médias :
Aïcha Sawadogo Zongo, chargée de communication, UNFPA Burkina Faso
Tél. : (+226) 25 30 17 40 / 76 45 33 18
E-mail : zongo@unfpa.org"""),
        B("""Partager : Facebook | X | LinkedIn | WhatsApp
Plus d’actualités
Santé maternelle : 12 nouvelles maternités dans la région du Sahel – 18 novembre 2025
Journée mondiale de la population : les jeunes au cœur du dividende démographique – 11 juillet 2025
UNFPA Burkina Faso – Immeuble des Nations Unies, Koulouba – 01 BP 575 Ouagadougou 01
© UNFPA 2025 | Conditions d’utilisation | Confidentialité"""),
    ],
    gold=dict(
        title="Fistule obstétricale : 412 femmes opérées gratuitement à Kaya et Ouahigouya",
        dateline=dl("OUAGADOUGOU", "2025-12-02"),
        organisations=[org("ministère de la Santé", None),
                       org("Fonds des Nations Unies pour la population", "UNFPA"),
                       org("Agence coréenne de coopération internationale", "KOICA"),
                       org("Nations Unies", None)],
        places=[place("Kaya"), place("Ouahigouya"), place("Ouagadougou"), place("Burkina Faso", "BF"),
                place("Niger", "NE"), place("Fada N’Gourma"), place("Dédougou")],
        figures=[
            fig("412 femmes", 412, "femmes"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("Quatre cent douze femmes", 412, "femmes"),
            fig("le 13 octobre", "2025-10-13", None, "date"),
            fig("le 21 novembre 2025", "2025-11-21", None, "date"),
            fig("près de 2 500 femmes", 2500, "femmes", qualifier="près de"),
            fig("plus de 15 ans", 15, "ans", "duration", qualifier="plus de"),
            fig("six chirurgiens", 6, "chirurgiens"),
            fig("deux chirurgiennes", 2, "chirurgiennes"),
            fig("jusqu’à 14 interventions", 14, "interventions", qualifier="jusqu’à"),
            fig("87 %", 87, "%", "percent"),
            fig("150 000 francs CFA", 150000, "francs CFA", "money", currency="XOF"),
            fig("236 femmes", 236, "femmes"),
            fig("trois mois", 3, "mois", "duration"),
            fig("75 000 francs CFA", 75000, "francs CFA", "money", currency="XOF"),
            fig("34 ans", 34, "ans", "age"),
            fig("186 millions de francs CFA", 186000000, "francs CFA", "money", currency="XOF"),
            fig("2030", 2030, None, "year"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+22625301740"), phone("+22676453318")],
        emails=["zongo@unfpa.org"],
        contacts=[contact("Aïcha Sawadogo Zongo", "chargée de communication", "UNFPA Burkina Faso",
                          ["+22625301740", "+22676453318"], ["zongo@unfpa.org"])],
        notes="A release of the UN population fund's Burkina Faso office (a real body with invented news, people, "
              "numbers and mailbox) on a made-up French-language host. Boilerplate: skip line, language line, the "
              "site name and the long-form line under it (chrome), a menu with doubled 'Notre travail' and "
              "'Actualités', breadcrumb, type/date line, the second copy of the title printed right under it; at "
              "the bottom share line, 'Plus d’actualités' with dated headlines, footer with '01 BP 575 Ouagadougou "
              "01', legal line. A related-content teaser ('À lire aussi : headline Lire la suite') is glued to the "
              "start of the third body paragraph ('Lire la suiteÀ Kaya'): the raw line holds article text and is "
              "not listed; the clean text keeps the paragraph only (README 'Lire la suiteBrazzaville'). 'A la tête' "
              "and 'Etats' get their accent back. « » and “ ” on one page, kept. Dateline 'OUAGADOUGOU, le 2 "
              "décembre 2025 –': place as written, listed in normal case (the footer's Ouagadougou is chrome; "
              "decided: the capital dateline alone gives the place in normal case, h152-h167 'LES ROUSSES'). "
              "Figures: '412 femmes' (title) and 'Quatre cent douze femmes' (number words, body) two texts; 'entre "
              "le 13 octobre et le 21 novembre 2025': 'le 13 octobre' takes the second bound's year (h72-h87); "
              "'depuis plus de 15 ans' a duration with 'plus de'; 'jusqu’à 14 interventions par jour' (per unit "
              "out); 'Le taux de guérison atteint 87 %'; 'les 150 000 francs CFA que coûte l’opération'; 'Mariam, 34 "
              "ans' an age; 'd’ici 2030' the year; 'en mars 2026' a month-year; 'les premiers bilans' an ordinal word; "
              "'cette année', 'des années' not figures. Organisations: the health ministry (acting, lower case as "
              "written), UNFPA, KOICA (real, invented funding), 'Nations Unies' (its member states adopting the "
              "initiative; decided: listed without acronym, as h200-h215's 'Nations unies'); the regional hospitals "
              "are venues (their towns are places); 'l’initiative mondiale' is not an organisation. 'burkinabè' an "
              "adjective. Contact: a person with role and office label, the survey's '(+226)' shape for a "
              "Ouagadougou landline and a mobile after '/' without code (+226).",
    ),
))
