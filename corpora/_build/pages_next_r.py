"""h344-h359: the blind set written in session 21 (corpora/next), never run through pressclean.

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

SET = "next"

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
              "'la première fois', 'une tonne' are not figures; 'catégorie A' not a figure. 'près de deux fois moins': "
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
        places=[place("Ebolowa"), place("Sud"), place("Douala")],
        figures=[
            fig("le jeudi 11 décembre", "--12-11", None, "date"),
            fig("6e", 6, None, "ordinal"),
            fig("le jeudi 11 décembre 2025 à 9 h", "2025-12-11", None, "date"),
            fig("trois jours", 3, "jours", "duration"),
            fig("quelque 240 exposants", 240, "exposants", qualifier="quelque"),
            fig("35 000 visiteurs", 35000, "visiteurs"),
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
              "lots': count, the adjective before the noun in the text. 'la première fois' an ordinal word. "
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
              "('LOffice', 'qu une' shape without space: 'quune', 'dhumidité', 'lagent', 'sexposent'); the title has "
              "none. 'du lundi 1er au samedi 20 décembre 2025': first bound 'lundi 1er' (weekday kept, month and year "
              "of the second bound, h168-h183), second 'samedi 20 décembre 2025'. 'près d’un lot sur cinq': one "
              "figure (fraction 0.2, qualifier 'près d’', h312-h327 rule for 'N sur M' with its noun). 'supérieur à "
              "8 %': 'supérieur à' is not a qualifier. '280 francs CFA par kilo': the per-unit out. 'de 500 000 à 2 "
              "millions de francs CFA': first bound bare, money XAF, unit null. 'valable 90 jours' a duration. The "
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
              "demonstration plots': unit 'plots'. 'since 2018': '2018'. 'on Friday', 'the first half of next year', "
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
        places=[place("Mbalmayo"), place("Yaoundé"), place("Nsimalen"), place("Kribi"), place("Gabon", "GA")],
        figures=[
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("une cinquantaine de kilomètres", 50, "kilomètres", "other"),
            fig("64 membres", 64, "membres"),
            fig("mars 2025", 2025, None, "year"),
            fig("environ 1 200 tablettes", 1200, "tablettes", qualifier="environ"),
            fig("100 grammes", 100, "grammes", "other"),
            fig("1 500 francs CFA", 1500, "francs CFA", "money", currency="XAF"),
            fig("près de quatre fois", 4, "fois", "other", qualifier="près de"),
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
              "l’unité' (the per-unit out); 'Une tonne' not a figure; 'près de quatre fois plus': a ratio. 'Neuf "
              "jeunes femmes': unit 'femmes', the adjective before it in the text. '3 000 tablettes par mois' (per "
              "unit out); 'une première exportation' an ordinal word; 'en 2026' a year. The airport (a venue) gives the place 'Nsimalen'. The photo line with only an address is "
              "one contact with all fields null but the e-mail (h200-h215).",
    ),
))
