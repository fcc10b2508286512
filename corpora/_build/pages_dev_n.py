"""h88-h103: the next blind set (written in session 5, after h72-h87 moved to heldout).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h88-h92 come from one Lebanese NGO site (made-up host) sharing its header, menu, breadcrumb, share line,
related-headlines block, counter, newsletter widget and footer with small variations; h93-h103 come from
eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENTITIES = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "û": "&ucirc;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–û") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


# =========================================================================== Lebanese NGO site
JA_SITE = "jisr-alamal.example.org.lb"


def ja_top(kind, date, banner=None):
    lines = ["Aller au contenu"]
    if banner:
        lines.append(banner)
    lines += ["العربية | Français | English",
              "Jisr al-Amal – Association libanaise de solidarité",
              "Faire un don",
              "Qui sommes-nous",
              "Qui sommes-nous",
              "Nos programmes",
              "Santé | Éducation | Abris | Moyens de subsistance",
              "Actualités",
              "Actualités",
              "Nous rejoindre",
              f"Accueil › Actualités › {kind}",
              f"{kind} | {date}"]
    return "\n".join(lines)


def ja_bottom(related_label, related, counter, attach=None):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · WhatsApp · LinkedIn · Imprimer", related_label]
    for head, date in related:
        lines.append(f"{head} – {date}")
    lines += [f"Jisr al-Amal en chiffres : {counter} familles accompagnées depuis 2006",
              "Recevez notre lettre d’information : [ votre adresse e-mail ] S’inscrire",
              "Jisr al-Amal – Immeuble Saadé, rue Makdessi, Hamra, Beyrouth – Liban – Tél. +961 1 745 210",
              "Association déclarée sous le n° 144/AD – © 2025 Jisr al-Amal – Mentions légales"]
    return "\n".join(lines)


def ja_meta(defects, **extra):
    d = {"site": JA_SITE, "style": "lebanese-ngo-newsroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "newsletter-chrome", "ticker"] + defects}
    d.update(extra)
    return d


JA_NOTE = ("Site furniture shared by h88-h92 (skip link, optional appeal banner, Arabic/French/English language line, "
           "site name, 'Faire un don', menu with doubled 'Qui sommes-nous' and 'Actualités', programme line, breadcrumb "
           "'Accueil › Actualités › type', 'type | dd/mm/yyyy' line; at the bottom an optional attachment line, share "
           "line, a related block ('À lire aussi' or 'Nos derniers communiqués') with 'headline – date' lines, a "
           "families counter that changes from page to page, newsletter widget, footer with address and switchboard "
           "number, registration number and copyright): all boilerplate; its numbers are neither figures nor phones.")

# --------------------------------------------------------------------------- h88 winter aid, lost œ and ’ (as a space)
PAGES.append(Page(
    name="h88-jisr-alamal-hiver-bekaa",
    meta=ja_meta(["lost-oe", "lost-apostrophe"]),
    blocks=[
        B(ja_top("Communiqué de presse", "02/12/2025")),
        P("Hiver : 6 500 familles déplacées de la Bekaa recevront une aide au chauffage"),
        P("Beyrouth, le 2 décembre 2025 – L’association Jisr al-Amal lance ce mois-ci sa campagne hivernale dans la plaine de la Bekaa : 6 500 familles déplacées, soit près de 31 000 personnes, recevront du mazout de chauffage, des couvertures et des kits d’isolation pour leurs abris.", apos="space"),
        P("Chaque famille recevra une aide de 120 dollars par mois pendant quatre mois, de décembre à mars, versée sur une carte prépayée. Le programme, d’un montant total de 3,1 millions de dollars, est financé par l’Union européenne et le Fonds humanitaire pour le Liban (FHL). Il sera mis en œuvre avec 14 municipalités des districts de Zahlé, Baalbek et Hermel.", apos="space", oe="drop"),
        P("Dans les camps informels, les températures descendent sous 0 °C la nuit dès la mi-décembre. Selon une enquête menée en octobre auprès de 1 200 ménages, 72 % d’entre eux s’endettent pour se chauffer et un tiers ont déjà réduit le nombre de leurs repas.", apos="space"),
        P("« Le froid tue en silence. Pour beaucoup de familles, c’est le choix entre se chauffer et manger, et ce choix leur brise le cœur », explique Nadim Khoury, directeur des programmes de l’association.", apos="space", oe="drop"),
        P("Le litre de mazout a atteint 89 000 livres libanaises, près de 1 dollar, dans la Bekaa, l’une des régions les plus froides du Liban.", apos="space"),
        L("""Contact presse :
Rima Haddad, responsable de la communication
Tél. : +961 1 745 210 poste 23 / +961 3 218 447
r.haddad@jisr-alamal.example.org.lb"""),
        B(ja_bottom("À lire aussi",
                    [("Tripoli : deux centres de santé mentale ouvrent leurs portes", "18/11/2025"),
                     ("Liban-Sud : nos équipes mobiles auprès de 2 000 familles déplacées", "05/11/2025")],
                    "41 250")),
    ],
    gold=dict(
        title="Hiver : 6 500 familles déplacées de la Bekaa recevront une aide au chauffage",
        dateline=dl("Beyrouth", "2025-12-02"),
        organisations=[org("Jisr al-Amal", None), org("Union européenne", None),
                       org("Fonds humanitaire pour le Liban", "FHL")],
        places=[place("Bekaa"), place("Beyrouth"), place("Zahlé"), place("Baalbek"), place("Hermel"),
                place("Liban", "LB")],
        figures=[
            fig("6 500 familles", 6500, "familles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("près de 31 000 personnes", 31000, "personnes", qualifier="près de"),
            fig("120 dollars", 120, "dollars", "money", currency="USD"),
            fig("quatre mois", 4, "mois", "duration"),
            fig("3,1 millions de dollars", 3100000, "dollars", "money", currency="USD"),
            fig("14 municipalités", 14, "municipalités"),
            fig("0 °C", 0, "°C", "other"),
            fig("1 200 ménages", 1200, "ménages"),
            fig("72 %", 72, "%", "percent"),
            fig("un tiers", 0.3333, None, "other"),
            fig("89 000 livres libanaises", 89000, "livres libanaises", "money", currency="LBP"),
            fig("près de 1 dollar", 1, "dollar", "money", qualifier="près de", currency="USD"),
        ],
        phones=[phone("+9611745210", extension="23"), phone("+9613218447")],
        emails=["r.haddad@jisr-alamal.example.org.lb"],
        contacts=[contact("Rima Haddad", "responsable de la communication", None, ["+9611745210", "+9613218447"],
                          ["r.haddad@jisr-alamal.example.org.lb"])],
        notes=JA_NOTE + " Every ’ of the body became a space ('L association', 'd isolation', 'c est'); œ dropped "
              "('mis en uvre', 'le c ur'); title and contact block intact. 'Jisr al-Amal' is the NGO (the "
              "article calls it 'L’association Jisr al-Amal'). 'Liban' inside the FHL's name does not count, but the "
              "last paragraph names the country: listed. 'de décembre à mars', 'en octobre', 'la mi-décembre': months "
              "alone, not figures. 'sous 0 °C': a measure, kind other, unit '°C'. 'un tiers' = 0.3333. 'près de 1 "
              "dollar': money USD, unit 'dollar' as written. Lebanese pounds: LBP. The switchboard number in the "
              "contact carries 'poste 23'; the same number in the footer is boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h89 mental-health centres, cp1252 on two paragraphs, glued headings
PAGES.append(Page(
    name="h89-jisr-alamal-sante-mentale",
    meta=ja_meta(["mojibake-cp1252", "heading-glued", "mixed-quotes"]),
    blocks=[
        B(ja_top("Communiqué de presse", "18/11/2025")),
        P("Santé mentale : deux centres de soins gratuits ouvrent à Tripoli et Saïda"),
        P("Beyrouth, 18 novembre 2025 – Jisr al-Amal a inauguré lundi à Tripoli et à Saïda deux centres de santé mentale communautaires qui offriront des consultations gratuites à quelque 4 000 patients par an, en partenariat avec le ministère de la Santé publique et l’Organisation mondiale de la Santé (OMS).", moji="cp1252"),
        P("Un besoin criant"),
        P("Selon le ministère, près de 25 % des adultes au Liban souffrent d’un trouble anxieux ou dépressif depuis l’explosion du port de Beyrouth et l’effondrement de la livre. Or le pays ne compte que 1,3 psychiatre pour 100 000 habitants, presque tous installés dans la capitale.", glue=True),
        P("Des équipes pluridisciplinaires"),
        P("Chaque centre emploie 11 professionnels – psychiatres, psychologues, infirmiers et travailleurs sociaux – et dispose d’une ligne d’écoute, « Ahla », ouverte de 8 h à 20 h. Le projet, d’un coût de 2,4 millions d’euros sur trois ans, est financé par l’Agence française de développement (AFD).", glue=True, moji="cp1252"),
        P("“Nous voulons que demander de l’aide ne soit plus une honte, ni un luxe réservé à ceux qui peuvent payer”, a déclaré la Dre Leila Mansour, coordinatrice du projet."),
        L("""Contacts :
Service de presse
Tél. : 01 745 210 – Fax : 01 745 211
presse@jisr-alamal.example.org.lb"""),
        B(ja_bottom("À lire aussi",
                    [("Liban-Sud : nos équipes mobiles auprès de 2 000 familles déplacées", "05/11/2025"),
                     ("Bilan 2024 : 48 300 personnes accompagnées", "30/06/2025")],
                    "41 180")),
    ],
    gold=dict(
        title="Santé mentale : deux centres de soins gratuits ouvrent à Tripoli et Saïda",
        dateline=dl("Beyrouth", "2025-11-18"),
        organisations=[org("Jisr al-Amal", None), org("ministère de la Santé publique", None),
                       org("Organisation mondiale de la Santé", "OMS"),
                       org("Agence française de développement", "AFD")],
        places=[place("Tripoli"), place("Saïda"), place("Beyrouth"), place("Liban", "LB")],
        figures=[
            fig("deux centres", 2, "centres"),
            fig("18 novembre 2025", "2025-11-18", None, "date"),
            fig("quelque 4 000 patients", 4000, "patients", qualifier="quelque"),
            fig("près de 25 %", 25, "%", "percent", qualifier="près de"),
            fig("1,3 psychiatre", 1.3, "psychiatre"),
            fig("100 000 habitants", 100000, "habitants"),
            fig("11 professionnels", 11, "professionnels"),
            fig("2,4 millions d’euros", 2400000, "euros", "money", currency="EUR"),
            fig("trois ans", 3, "ans", "duration"),
        ],
        phones=[phone("+9611745210"), phone("+9611745211", "fax")],
        emails=["presse@jisr-alamal.example.org.lb"],
        contacts=[contact(None, None, "Service de presse", ["+9611745210", "+9611745211"],
                          ["presse@jisr-alamal.example.org.lb"])],
        notes=JA_NOTE + " The dateline paragraph and the third paragraph are UTF-8 read as cp1252 ('Ã©', 'â€“', "
              "'â€™' shapes); two subheadings are glued to the paragraph after them ('criantSelon', "
              "'pluridisciplinairesChaque'). Quotes mixed: « » in the body, “ ” in the closing quote. Dateline without "
              "'le'. '1,3 psychiatre pour 100 000 habitants': two counts (as h76). 'de 8 h à 20 h': clock times. "
              "'« Ahla »' is the name of a helpline. 'le ministère' in the second paragraph is the health ministry "
              "already listed. Lebanese numbers in national format ('01 745 210': Beirut, trunk 0) with Tél./Fax "
              "labels; the office contact has no person.",
    ),
))

# --------------------------------------------------------------------------- h90 press invitation, HTML entities, title twice, hidden e-mail, banner
PAGES.append(Page(
    name="h90-jisr-alamal-invitation-etude",
    meta=ja_meta(["html-debris", "duplicate-title", "hidden-email"]),
    blocks=[
        B(ja_top("Invitation presse", "04/12/2025",
                 banner="Urgence Liban-Sud : chaque don est doublé jusqu’au 31 décembre – Je donne")),
        P("Invitation presse : présentation de l’étude « Enfances au travail » dans la Bekaa"),
        B("Invitation presse : présentation de l’étude « Enfances au travail » dans la Bekaa"),
        B('<img src="/uploads/2025/12/etude-enfances-couverture.jpg" alt="" width="640" height="360" />'),
        P("[[<p>||]]" + ent("Jisr al-Amal et l’Organisation internationale du Travail (OIT) ont le plaisir de vous inviter à la présentation de l’étude «\u00a0Enfances au travail\u00a0», le jeudi 11 décembre 2025 à 10 h 30, à l’hôtel Le Gray, à Beyrouth.") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Menée en 2025 auprès de 2 150 enfants de 8 à 17 ans dans 37 localités de la Bekaa, l’étude montre que 31 % des enfants réfugiés interrogés travaillent, le plus souvent dans l’agriculture, pour un salaire moyen de 4 dollars par jour.") + "[[<br />||]]"),
        P(ent("La présentation sera suivie d’une table ronde avec des représentants du ministère du Travail, de l’UNICEF et des syndicats agricoles. Merci de confirmer votre présence avant le 9 décembre.") + "[[</p>||]]"),
        L("""[[<strong>Programme</strong>||Programme]]
10 h 30 : accueil des participants
10 h 45 : présentation des résultats
11 h 30 : table ronde et questions de la presse"""),
        L("""[[<strong>Contact presse</strong>||Contact presse]]
Maya Saliba, chargée des relations avec les médias
Mobile : +961 70 412 386
[email protected]"""),
        B(ja_bottom("Nos derniers communiqués",
                    [("Hiver : 6 500 familles déplacées de la Bekaa recevront une aide au chauffage", "02/12/2025"),
                     ("Santé mentale : deux centres de soins gratuits ouvrent à Tripoli et Saïda", "18/11/2025")],
                    "41 250")),
    ],
    gold=dict(
        title="Invitation presse : présentation de l’étude « Enfances au travail » dans la Bekaa",
        dateline=None,
        organisations=[org("Jisr al-Amal", None), org("Organisation internationale du Travail", "OIT"),
                       org("ministère du Travail", None), org(None, "UNICEF")],
        places=[place("Bekaa"), place("Beyrouth")],
        figures=[
            fig("le jeudi 11 décembre 2025 à 10 h 30", "2025-12-11", None, "date"),
            fig("en 2025", 2025, None, "year"),
            fig("2 150 enfants", 2150, "enfants"),
            fig("8", 8, None, "age"),
            fig("17 ans", 17, "ans", "age"),
            fig("37 localités", 37, "localités"),
            fig("31 %", 31, "%", "percent"),
            fig("4 dollars", 4, "dollars", "money", currency="USD"),
            fig("le 9 décembre", "--12-09", None, "date"),
        ],
        phones=[phone("+96170412386")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Maya Saliba", "chargée des relations avec les médias", None, ["+96170412386"], [])],
        notes=JA_NOTE + " This page adds an appeal banner under the skip link. Title printed twice (second copy "
              "boilerplate) and an <img> line; the body paragraphs are full of HTML entities (&#8217;, &eacute;, "
              "&agrave;, &laquo;&nbsp;, &ocirc; ...) and tags (<p>, <br />, </p>, <strong> labels); '&nbsp;' inside "
              "the guillemets becomes U+00A0. The contact e-mail is hidden by the site's e-mail protection. No "
              "dateline (an invitation without place-date opening). The date with 'à 10 h 30' is one date figure; the "
              "programme times are clock times. '« Enfances au travail »' is a study's title. 'de 8 à 17 ans': an age "
              "range. 'avant le 9 décembre': '--12-09'. UNICEF never spelt out: acronym only. 'hôtel Le Gray' is a "
              "venue, not a place.",
    ),
))

# --------------------------------------------------------------------------- h91 statement with signature, caption twice, ’ as ?, obfuscated e-mail
PAGES.append(Page(
    name="h91-jisr-alamal-ecoles-liban-sud",
    meta=ja_meta(["duplicate-caption", "lost-apostrophe", "obfuscated-email"]),
    blocks=[
        B(ja_top("Déclaration", "24/10/2025")),
        P("Liban-Sud : Jisr al-Amal appelle à protéger les écoles"),
        P("Une salle de classe endommagée à Bint Jbeil, en octobre 2025. © Jisr al-Amal/K. Fares"),
        B("Une salle de classe endommagée à Bint Jbeil, en octobre 2025. © Jisr al-Amal/K. Fares"),
        P("Beyrouth, le 24 octobre 2025 – Jisr al-Amal exprime sa vive inquiétude après les frappes qui ont endommagé 9 écoles publiques dans les cazas de Bint Jbeil et de Marjayoun depuis le début du mois, privant plus de 3 800 élèves de cours.", apos="?"),
        P("Nous rappelons à toutes les parties que les écoles sont protégées par le droit international humanitaire. Le Liban a adhéré en 2018 à la Déclaration sur la sécurité dans les écoles : il est de la responsabilité de chacun d’en respecter l’esprit.", apos="?"),
        P("Depuis septembre, nos équipes ont installé 22 salles de classe temporaires et distribué 5 600 kits scolaires. Un soutien psychosocial est assuré à quelque 900 enfants dans des espaces sûrs à Tyr et à Nabatieh.", apos="?"),
        P("Nous demandons aux donateurs de financer l’appel d’urgence du secteur de l’éducation, couvert à seulement 18 % à ce jour, afin qu’aucun enfant ne perde une nouvelle année scolaire.", apos="?"),
        L("""Carole Abi Nader
Directrice générale de Jisr al-Amal"""),
        L("Contact médias : Service de presse de Jisr al-Amal – presse [at] jisr-alamal.example.org.lb"),
        B(ja_bottom("Nos derniers communiqués",
                    [("Bilan 2024 : 48 300 personnes accompagnées", "30/06/2025"),
                     ("Nabatieh : une clinique mobile pour les villages isolés", "12/06/2025")],
                    "40 960")),
    ],
    gold=dict(
        title="Liban-Sud : Jisr al-Amal appelle à protéger les écoles",
        dateline=dl("Beyrouth", "2025-10-24"),
        organisations=[org("Jisr al-Amal", None)],
        places=[place("Liban-Sud"), place("Bint Jbeil"), place("Beyrouth"), place("Marjayoun"), place("Liban", "LB"),
                place("Tyr"), place("Nabatieh")],
        figures=[
            fig("octobre 2025", 2025, None, "year"),
            fig("le 24 octobre 2025", "2025-10-24", None, "date"),
            fig("9 écoles", 9, "écoles"),
            fig("plus de 3 800 élèves", 3800, "élèves", qualifier="plus de"),
            fig("en 2018", 2018, None, "year"),
            fig("22 salles", 22, "salles"),
            fig("5 600 kits", 5600, "kits"),
            fig("quelque 900 enfants", 900, "enfants", qualifier="quelque"),
            fig("18 %", 18, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[contact(None, None, "Service de presse de Jisr al-Amal", [], [])],
        notes=JA_NOTE + " A statement: photo caption printed twice (first copy article, the credit stays in it; "
              "'octobre 2025' in the caption is a month-year figure), every ’ of the body became '?' ('d?en', "
              "'l?appel', 'qu?aucun'), signature (name and title: no contact), and a media line whose only address is "
              "obfuscated ('presse [at] ...'): one office contact with no person, phone or listed e-mail, organisation "
              "as written (README: an office line counts even when its only address is obfuscated; the press service "
              "is not listed apart from the NGO). 'Déclaration sur la "
              "sécurité dans les écoles' is an agreement, not an organisation. 'cazas' are districts (generic). "
              "'22 salles de classe temporaires': unit 'salles'. 'depuis septembre', 'depuis le début du mois': not "
              "figures. 'une nouvelle année scolaire': not a figure.",
    ),
))

# --------------------------------------------------------------------------- h92 annual report, key figures, cp1250 paragraph, half-repaired word, glued heading
PAGES.append(Page(
    name="h92-jisr-alamal-bilan-2024",
    meta=ja_meta(["mojibake-cp1250", "heading-glued", "body-glued"]),
    blocks=[
        B(ja_top("Communiqué de presse", "30/06/2025")),
        P("Bilan 2024 : 48 300 personnes accompagnées par Jisr al-Amal"),
        P("Beyrouth, le 30 juin 2025 – Jisr al-Amal publie son bilan d’activité pour l’année 2024, marquée par l’escalade du conflit au Liban-Sud et le déplacement de plus de 900 000 personnes à l’automne."),
        P("Chiffres clés"),
        L("""Personnes accompagnées : 48 300
Consultations médicales : 61 470
Enfants scolarisés ou en soutien scolaire : 7 920
Familles ayant reçu une aide en espèces : 5 210
Budget exécuté : 14,6 millions de dollars""", glue=True),
        P("Les dépenses de santé ont représenté 41 % du budget, devant l’éducation (23 %) et l’aide en espèces (19 %). Les frais de fonctionnement ont été contenus à 8,5 %, contre 9,8 % l’année précédente.", moji="cp1250"),
        P("Pour la première fois, plus de la moitié des bénéficiaires étaient des Libanais, et non des [[rĂ©fugiĂ©s||réfugiés]] syriens, signe de l’appauvrissement général du pays."),
        P("Les comptes 2024 ont été certifiés par le cabinet Audit Conseil Levant. Le rapport complet, de 64 pages, est disponible en arabe, en français et en anglais.", glue=True),
        P("Pour toute question : Rima Haddad, +961 3 218 447, r.haddad@jisr-alamal.example.org.lb."),
        B(ja_bottom("À lire aussi",
                    [("Nabatieh : une clinique mobile pour les villages isolés", "12/06/2025"),
                     ("Journée mondiale des réfugiés : nos équipes à Ersal", "20/06/2025")],
                    "38 740", attach="Télécharger le rapport annuel (PDF, 3,4 Mo)")),
    ],
    gold=dict(
        title="Bilan 2024 : 48 300 personnes accompagnées par Jisr al-Amal",
        dateline=dl("Beyrouth", "2025-06-30"),
        organisations=[org("Jisr al-Amal", None), org("Audit Conseil Levant", None)],
        places=[place("Beyrouth"), place("Liban-Sud")],
        figures=[
            fig("2024", 2024, None, "year"),
            fig("48 300 personnes", 48300, "personnes"),
            fig("le 30 juin 2025", "2025-06-30", None, "date"),
            fig("plus de 900 000 personnes", 900000, "personnes", qualifier="plus de"),
            fig("48 300", 48300, None),
            fig("61 470", 61470, None),
            fig("7 920", 7920, None),
            fig("5 210", 5210, None),
            fig("14,6 millions de dollars", 14600000, "dollars", "money", currency="USD"),
            fig("41 %", 41, "%", "percent"),
            fig("23 %", 23, "%", "percent"),
            fig("19 %", 19, "%", "percent"),
            fig("8,5 %", 8.5, "%", "percent"),
            fig("9,8 %", 9.8, "%", "percent"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("64 pages", 64, "pages"),
        ],
        phones=[phone("+9613218447")],
        emails=["r.haddad@jisr-alamal.example.org.lb"],
        contacts=[contact("Rima Haddad", None, None, ["+9613218447"], ["r.haddad@jisr-alamal.example.org.lb"])],
        notes=JA_NOTE + " This page adds an attachment line at the bottom. The 'Chiffres clés' heading is glued to "
              "the first row of the key-figures table ('Chiffres clésPersonnes accompagnées : 48 300'); in the table "
              "the row label holds the counted noun, so the values have unit null ('48 300' differs in text from "
              "'48 300 personnes' of the title: both listed). One paragraph is UTF-8 read as cp1250; in a clean "
              "paragraph one word is left half-repaired ('rĂ©fugiĂ©s'); one sentence is glued to the next "
              "('pays.Les comptes'): two lines in the clean text. 'Bilan 2024', 'l’année 2024', 'Les comptes 2024': a year dating a period "
              "(same text '2024', listed once). 'Audit Conseil Levant' is an audit firm (listed as an organisation). "
              "'Libanais', 'syriens': demonyms. 'Pour la première fois': ordinal word. The contact is a body sentence "
              "(person, phone, e-mail; no role).",
    ),
))

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h93 national news agency wire (Guinea): slug, initials, capital title without accents, lost ’, hard wraps
PAGES.append(Page(
    name="h93-agp-guinee-rougeole",
    meta={"site": "agp-guinee.example.gn", "style": "agency-wire-slug-initials",
          "defects": ["menu", "ticker", "wire-slug", "unaccented-capitals", "lost-apostrophe", "hard-wrap",
                      "wrapped-number", "read-more"]},
    wrap=74, jitter=8,
    blocks=[
        B("""AGP – Agence guinéenne de presse
Accueil | Politique | Économie | Société | Santé | Régions | Sport | Culture
FLASH ▸ Kankan : la foire agricole ouvre jeudi ▸ Boké : reprise des exportations de bauxite ▸ Football : le Syli en stage à Rabat
SANTE-ROUGEOLE-VACCINATION /// 12/11/2025 10:24 /// 386 mots"""),
        P("[[GUINEE : LA CAMPAGNE DE VACCINATION CONTRE LA ROUGEOLE CIBLE 2,9 MILLIONS D'ENFANTS||GUINÉE : LA CAMPAGNE DE VACCINATION CONTRE LA ROUGEOLE CIBLE 2,9 MILLIONS D'ENFANTS]]", nowrap=True),
        P("Conakry, 12 nov. (AGP) – Le ministère de la Santé et de l’Hygiène publique a lancé mardi à Kindia une campagne nationale de vaccination contre la rougeole et la rubéole qui doit atteindre 2,9 millions d’enfants âgés de 9 mois à 14 ans d’ici le 21 novembre.", apos="drop"),
        P("La campagne, d’un coût de 48 milliards de francs guinéens, est financée par l’État, l’Alliance Gavi et le Fonds des Nations unies pour l’enfance (UNICEF). Quelque 6⏎200 équipes de vaccination ont été déployées dans les 8 régions administratives du pays.", apos="drop"),
        P("Selon le directeur national de la prévention, le Dr Mamadou Saliou Barry, 1 342 cas de rougeole, dont 27 décès, ont été notifiés depuis janvier, principalement dans les préfectures de Kankan, Siguiri et Mandiana, où la couverture vaccinale n’atteint pas la moitié des enfants.", apos="drop"),
        P("Les parents sont invités à présenter le carnet de vaccination de leurs enfants. La vaccination est gratuite dans les 1 150 centres de santé du pays et dans les postes avancés installés sur les marchés.", apos="drop"),
        B("""MSB/AK
Lire aussi : Kindia : 400 agents de santé communautaire formés à la surveillance des épidémies
Lire aussi : Conakry : le CHU de Donka rouvre son service de pédiatrie
© AGP 2025 – Toute reproduction interdite sans autorisation"""),
    ],
    gold=dict(
        title="GUINÉE : LA CAMPAGNE DE VACCINATION CONTRE LA ROUGEOLE CIBLE 2,9 MILLIONS D'ENFANTS",
        dateline=dl("Conakry", "--11-12"),
        organisations=[org(None, "AGP"), org("ministère de la Santé et de l’Hygiène publique", None),
                       org("Alliance Gavi", None), org("Fonds des Nations unies pour l’enfance", "UNICEF")],
        places=[place("Guinée", "GN"), place("Conakry"), place("Kindia"), place("Kankan"), place("Siguiri"),
                place("Mandiana")],
        figures=[
            fig("2,9 MILLIONS D'ENFANTS", 2900000, "ENFANTS"),
            fig("12 nov.", "--11-12", None, "date"),
            fig("2,9 millions d’enfants", 2900000, "enfants"),
            fig("9 mois", 9, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("le 21 novembre", "--11-21", None, "date"),
            fig("48 milliards de francs guinéens", 48000000000, "francs guinéens", "money", currency="GNF"),
            fig("Quelque 6 200 équipes", 6200, "équipes", qualifier="Quelque"),
            fig("8 régions", 8, "régions"),
            fig("1 342 cas", 1342, "cas"),
            fig("27 décès", 27, "décès"),
            fig("la moitié", 0.5, None, "other"),
            fig("1 150 centres", 1150, "centres"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Guinean national news agency page: agency name, one-line menu, 'FLASH ▸' ticker, a wire slug line "
              "(topic keywords, time stamp, word count), the reporter's initials 'MSB/AK' after the text, 'Lire aussi' "
              "headlines and the copyright line (boilerplate). The title is in capitals without accents: the clean "
              "text restores 'GUINÉE' and keeps the straight ' of 'D'ENFANTS' (as written). Old-CMS hard wraps with a "
              "number split by the wrap ('Quelque 6'⏎'200'); every ’ of the body dropped ('lHygiène', 'denfants', "
              "'nateint'). Dateline 'Conakry, 12 nov. (AGP) –': abbreviated month without year ('--11-12'); AGP's long "
              "form is only in the masthead (boilerplate): acronym only. The sum in the capital title and in the body "
              "are two figures (h56-h71 convention). 'de 9 mois à 14 ans': an age range whose first bound keeps its "
              "unit. 'd’ici le 21 novembre': a date with its 'le'. 'l’État' is generic. 'n’atteint pas la moitié des "
              "enfants': 'la moitié' = 0.5. 'Guinée' is listed from the title (normal case; 'guinéens' is an "
              "adjective). Guinean francs: GNF. 'depuis janvier': not a figure.",
    ),
))

# --------------------------------------------------------------------------- h94 regional health observatory report, plain PDF text: TOC, page marks, running header, hyphenation, ligatures
H94_HEAD = "ORS Occitanie | La santé des jeunes de 15 à 24 ans | Synthèse 2025"
PAGES.append(Page(
    name="h94-ors-occitanie-sante-jeunes-pdf",
    meta={"site": "ors-occitanie.example.fr", "style": "health-observatory-pdf",
          "defects": ["dot-leaders", "page-furniture", "pdf-hyphenation", "hard-wrap", "wrapped-number",
                      "stray-unicode-ligature"]},
    wrap=86, jitter=6,
    blocks=[
        B("ORS Occitanie – Observatoire régional de la santé"),
        P("La santé des jeunes de 15 à 24 ans en Occitanie", nowrap=True),
        P("Synthèse – novembre 2025", nowrap=True),
        B("""SOMMAIRE
Points clés ........................................................ 2
Santé mentale ...................................................... 3
Conduites addictives ............................................... 4
Méthode ............................................................ 5
— 1 —
""" + H94_HEAD),
        P("Points clés", nowrap=True),
        L("""• En 2024, 18 % des 15-24 ans déclarent un épisode dépressif caractérisé au cours des 12 derniers mois, contre 11 % en 2017.
• Les passages aux urgences pour geste auto-infligé ont augmenté de 42 % chez les filles de 15 à 19 ans entre 2019 et 2024.
• L’usage quotidien de tabac à 17 ans a reculé de 25,1 % à 16,2 % en sept ans.""", lig=True),
        B("— 2 —\n" + H94_HEAD),
        P("Santé mentale", nowrap=True),
        P("Selon le Baromètre santé de Santé publique France, la part des jeunes de la région déclarant des pensées [[sui-⏎cidaires||suicidaires]] a doublé en sept ans, pour atteindre 9,4 % en 2024¹. Les jeunes femmes sont deux fois plus concernées que les jeunes hommes. Les délais d’attente pour un premier rendez-vous en centre [[médico-⏎psychologique||médico-psychologique]] dépassent 6 mois dans 8 des 13 départements de la région, faute de psychiatres et de financements pérennes.", lig=True),
        B("— 3 —\n" + H94_HEAD),
        P("Conduites addictives", nowrap=True),
        P("L’usage quotidien de tabac recule chez les jeunes de 17 ans, à 16,2 % contre 25,1 % en 2017, mais la cigarette électronique [[pro-⏎gresse||progresse]] : 21 % d’entre eux vapotent au moins une fois par mois. L’Agence régionale de santé (ARS) Occitanie consacre 4,8 millions d’euros en 2025 à 126 actions de prévention destinées aux jeunes, dont 1⏎340 interventions en milieu scolaire et universitaire, confiées pour la plupart à des associations.", lig=True),
        B("— 4 —\n" + H94_HEAD),
        P("Méthode", nowrap=True),
        P("Cette synthèse, réalisée par l’Observatoire régional de la santé (ORS) Occitanie, s’appuie sur l’enquête menée en 2024 auprès de 2 180 jeunes de la région et sur les résumés de passages aux urgences de 68 établissements de santé. Les effectifs ont été redressés sur la structure par âge et par sexe de la population."),
        L("""¹ Part des jeunes ayant déclaré avoir pensé au suicide au cours des douze derniers mois.
Contact : Dr Hélène Castaing, directrice de l’ORS Occitanie – 05 61 24 87 30 – h.castaing@ors-occitanie.example.fr"""),
        B("""ORS Occitanie – 37, allées Jules-Guesde – 31000 Toulouse – www.ors-occitanie.example.fr
— 5 —"""),
    ],
    gold=dict(
        title="La santé des jeunes de 15 à 24 ans en Occitanie",
        dateline=None,
        organisations=[org("Santé publique France", None), org("Agence régionale de santé", "ARS"),
                       org("Observatoire régional de la santé", "ORS")],
        places=[place("Occitanie")],
        figures=[
            fig("15", 15, None, "age"),
            fig("24 ans", 24, "ans", "age"),
            fig("novembre 2025", 2025, None, "year"),
            fig("En 2024", 2024, None, "year"),
            fig("18 %", 18, "%", "percent"),
            fig("12 derniers mois", 12, "mois", "duration"),
            fig("11 %", 11, "%", "percent"),
            fig("en 2017", 2017, None, "year"),
            fig("42 %", 42, "%", "percent"),
            fig("19 ans", 19, "ans", "age"),
            fig("2019", 2019, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("17 ans", 17, "ans", "age"),
            fig("25,1 %", 25.1, "%", "percent"),
            fig("16,2 %", 16.2, "%", "percent"),
            fig("sept ans", 7, "ans", "duration"),
            fig("9,4 %", 9.4, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("deux fois", 2, "fois", "other"),
            fig("6 mois", 6, "mois", "duration"),
            fig("8", 8, None),
            fig("13 départements", 13, "départements"),
            fig("21 %", 21, "%", "percent"),
            fig("4,8 millions d’euros", 4800000, "euros", "money", currency="EUR"),
            fig("en 2025", 2025, None, "year"),
            fig("126 actions", 126, "actions"),
            fig("1 340 interventions", 1340, "interventions"),
            fig("2 180 jeunes", 2180, "jeunes"),
            fig("68 établissements", 68, "établissements"),
            fig("douze derniers mois", 12, "mois", "duration"),
        ],
        phones=[phone("+33561248730")],
        emails=["h.castaing@ors-occitanie.example.fr"],
        contacts=[contact("Hélène Castaing", "directrice de l’ORS Occitanie", None, ["+33561248730"],
                          ["h.castaing@ors-occitanie.example.fr"])],
        notes="Plain text layer of a regional health observatory's PDF synthesis. Letterhead line above the title "
              "(PDF without CMS title: boilerplate), dot-leader table of contents, '— n —' page marks, a running "
              "header repeated on every page and the address footer (31000 postcode): boilerplate. The subtitle "
              "'Synthèse – novembre 2025' is article text ('novembre 2025': month-year, a year figure). PDF line "
              "breaks with hyphenation (sui-/cidaires, pro-/gresse) and a line end on a real hyphen "
              "(médico-/psychologique: the hyphen stays), fi/fl ligatures in the bullets and two paragraphs, a number "
              "split by the wrap ('1'⏎'340'). The footnote at the end is article text; its mark '¹' after 'en 2024' "
              "is kept and is not a figure; the footnote's 'douze derniers mois' is a duration. Age ranges: 'de 15 à "
              "24 ans', '15-24 ans' (the hyphenated range gives '15' and '24 ans' again, same texts), 'de 15 à 19 "
              "ans'. 'entre 2019 et 2024': two year figures. 'deux fois plus concernées': a ratio, kind other, unit "
              "'fois' (as h79's 'trois fois'). '8 des 13 départements': '8' without noun. 'Baromètre santé' is a "
              "survey (not an organisation); 'ARS Occitanie' is listed as 'Agence régionale de santé' (ARS), the "
              "region being a place. 'au moins une fois par mois': not a figure. The contact is one line at the end "
              "(person, role with the office label, phone, e-mail).",
    ),
))

# --------------------------------------------------------------------------- h95 IOM country office (Niger): lost œ, ’ as space and dropped, lost dash, Ext., +41 (0)
PAGES.append(Page(
    name="h95-oim-niger-agadez-migrants",
    meta={"site": "niger.oim-afrique.example.int", "style": "iom-country-office",
          "defects": ["menu", "breadcrumb", "share-lines", "lost-oe", "lost-apostrophe", "lost-dash",
                      "double-space"]},
    blocks=[
        B("""OIM Niger | Organisation internationale pour les migrations
Accueil
Qui sommes-nous
Nos activités
Nos activités
Actualités
Publications
Données
Nous contacter
Accueil / Actualités / Communiqué
Communiqué | 21 octobre 2025"""),
        P("Niger : l’OIM a assisté plus de 5 200 migrants bloqués à Agadez depuis janvier"),
        P("Niamey – L’Organisation internationale pour les migrations (OIM) a fourni une aide d’urgence à plus de 5 200 migrants bloqués à Agadez depuis le début de l’année, dont 1 340 femmes et 610 mineurs non accompagnés, selon un bilan publié ce mardi.", apos="space", nodash=""),
        P("La plupart ont été expulsés d’Algérie et abandonnés dans le désert, près du poste frontière d’Assamaka, avant d’être secourus par les patrouilles de recherche et de sauvetage de l’OIM. Dans les centres de transit de l’OIM à Agadez et à Arlit, ils reçoivent de la nourriture, des soins et un soutien psychosocial.", apos="drop"),
        P("Les capacités d’accueil sont saturées : le centre d’Agadez, conçu pour 1 000 personnes, en héberge aujourd’hui près de 2 300. En 2025, le programme de retour volontaire a permis à 3 870 migrants de regagner leur pays d’origine, principalement le Mali, la Guinée et le Nigeria.", apos="drop"),
        P("« Nous mettons tout en œuvre pour que personne ne soit laissé sans assistance dans le désert, mais nos moyens arrivent à bout », a déclaré Barbara Lenz, cheffe de mission de l’OIM au Niger.", apos="space", oe="drop"),
        P("L’OIM lance un appel de 12,5 millions de dollars pour poursuivre ses activités au Niger jusqu’en juin 2026. Ses activités d’assistance sont financées par l’Union européenne et par l’Italie.", apos="space"),
        L("""Pour plus d’informations, veuillez contacter :
Aïcha Moussa Issoufou, OIM Niger, Tél. : +227 20 72 31 45 Ext. 112, Mobile : +227 96 28 14 70, Courriel : amoussa@iom.int
Jean-Marc Fortin, OIM Genève, Tél. : +41 (0)79 285 43 10, Courriel : jmfortin@iom.int"""),
        B("""Thèmes : Retour volontaire · Protection · Migration et santé
Partager : Facebook | X | LinkedIn | E-mail
Actualités liées
Tillabéri : 800 familles déplacées reçoivent des abris d’urgence
Zinder : l’OIM forme 60 agents de la police des frontières
© 2025 Organisation internationale pour les migrations (OIM) – Conditions d’utilisation – Protection des données"""),
    ],
    gold=dict(
        title="Niger : l’OIM a assisté plus de 5 200 migrants bloqués à Agadez depuis janvier",
        dateline=dl("Niamey", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"), org("Union européenne", None)],
        places=[place("Niger", "NE"), place("Agadez"), place("Niamey"), place("Algérie", "DZ"), place("Assamaka"),
                place("Arlit"), place("Mali", "ML"), place("Guinée", "GN"), place("Nigeria", "NG"),
                place("Italie", "IT"), place("Genève")],
        figures=[
            fig("plus de 5 200 migrants", 5200, "migrants", qualifier="plus de"),
            fig("1 340 femmes", 1340, "femmes"),
            fig("610 mineurs", 610, "mineurs"),
            fig("1 000 personnes", 1000, "personnes"),
            fig("près de 2 300", 2300, None, qualifier="près de"),
            fig("En 2025", 2025, None, "year"),
            fig("3 870 migrants", 3870, "migrants"),
            fig("12,5 millions de dollars", 12500000, "dollars", "money", currency="USD"),
            fig("juin 2026", 2026, None, "year"),
        ],
        phones=[phone("+22720723145", extension="112"), phone("+22796281470"), phone("+41792854310")],
        emails=["amoussa@iom.int", "jmfortin@iom.int"],
        contacts=[contact("Aïcha Moussa Issoufou", None, "OIM Niger", ["+22720723145", "+22796281470"],
                          ["amoussa@iom.int"]),
                  contact("Jean-Marc Fortin", None, "OIM Genève", ["+41792854310"], ["jmfortin@iom.int"])],
        notes="IOM country-office page (the seed's organisation, another site): office name line, vertical menu with a "
              "doubled 'Nos activités', breadcrumb, type/date line; themes, share line, related headlines and "
              "copyright at the bottom (boilerplate). Damage: the dash of the dateline lost ('Niamey  L OIM': double "
              "space), ’ as a space in three paragraphs ('l OIM', 'd urgence') and dropped in two ('lOIM', "
              "'dAgadez', 'aujourdhui'), œ dropped ('tout en uvre'). Dateline 'Niamey –' without date (the story "
              "is in Agadez). 'en héberge aujourd’hui près de 2 300': count without noun (personnes). 'jusqu’en juin "
              "2026': month-year, a year figure, text without 'jusqu’en'. 'depuis janvier', 'depuis le début de "
              "l’année': not figures. Contacts: one line each with office label (OIM Niger, OIM Genève: the OIM "
              "already listed; Genève listed as the city of an office label), 'Ext. 112' on the Niamey landline, a "
              "Swiss mobile written '+41 (0)79'.",
    ),
))

# --------------------------------------------------------------------------- h96 NGO blog on a blog platform (Madagascar): comments, stripped accents, glued body, space before comma
PAGES.append(Page(
    name="h96-tany-maitso-mangrove-menabe",
    meta={"site": "tanymaitso-asso.blogspot.example.com", "style": "blog-platform-ngo",
          "defects": ["menu", "comments-widget", "stripped-accents", "body-glued", "space-before-comma",
                      "double-space", "mixed-quotes", "oe-written-out"]},
    blocks=[
        B("""Tany Maitso – le blog de l'association
Accueil | Nos actions | Nous soutenir | Contact
mercredi 8 octobre 2025"""),
        P("Menabe : 12 000 plants de palétuviers pour protéger les villages de pêcheurs"),
        P("Morondava, le 6 octobre 2025 – Pendant trois semaines, les habitants de cinq villages du littoral du Menabe ont replanté 12 000 jeunes palétuviers le long de l’estuaire de la [[Tsiribihina ,||Tsiribihina,]] avec l’appui de notre association, Tany Maitso."),
        P("En dix ans, près de 40 % de la mangrove de la région a disparu, coupée pour le bois de chauffe et le charbon. Or la mangrove protège les villages des cyclones et sert de nurserie aux crevettes, qui font vivre plus de 2 500 familles de pêcheurs.", strip=True),
        P("Chaque village a désigné un « comité de la mangrove » chargé de surveiller les parcelles et d’oeuvrer avec le service forestier pour faire respecter l’interdiction de coupe."),
        P("Par [[ailleurs,  45||ailleurs, 45]] femmes ont été formées à l’apiculture en mangrove, une activité qui peut rapporter jusqu’à 300 000 ariary par récolte.", glue=True),
        P("“Avant, on coupait sans réfléchir. Maintenant, nos enfants savent que la mangrove, c’est notre assurance”, raconte Razafy, pêcheur à Belo-sur-Mer."),
        P("Le projet, soutenu par la Fondation Océan Vivant à hauteur de 86 millions d’ariary (environ 17 000 euros), se poursuivra en 2026 avec 20 000 plants supplémentaires et l’extension à deux nouveaux villages."),
        P("Pour soutenir le projet ou nous rendre visite : contact.tanymaitso@gmail.example.com – 034 12 788 45."),
        B("""Publié par Fanja R. à 14:32
Libellés : environnement, mangrove, Menabe
3 commentaires:
Hery Rakoto 8 octobre 2025 à 17:05
Bravo à toute l'équipe ! Et pour Maintirano, c'est prévu ?
Répondre
Tany Maitso 9 octobre 2025 à 08:12
Merci Hery ! Maintirano est dans nos projets pour 2027.
Répondre
Anonyme 10 octobre 2025 à 21:40
super initiative, continuez
Répondre
Publier un commentaire
Article plus récent Article plus ancien Accueil
Inscription à : Publier les commentaires (Atom)"""),
    ],
    gold=dict(
        title="Menabe : 12 000 plants de palétuviers pour protéger les villages de pêcheurs",
        dateline=dl("Morondava", "2025-10-06"),
        organisations=[org("Tany Maitso", None), org("Fondation Océan Vivant", None)],
        places=[place("Menabe"), place("Morondava"), place("Tsiribihina"), place("Belo-sur-Mer")],
        figures=[
            fig("12 000 plants", 12000, "plants"),
            fig("le 6 octobre 2025", "2025-10-06", None, "date"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("cinq villages", 5, "villages"),
            fig("12 000 jeunes palétuviers", 12000, "palétuviers"),
            fig("dix ans", 10, "ans", "duration"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("plus de 2 500 familles", 2500, "familles", qualifier="plus de"),
            fig("45 femmes", 45, "femmes"),
            fig("jusqu’à 300 000 ariary", 300000, "ariary", "money", qualifier="jusqu’à", currency="MGA"),
            fig("86 millions d’ariary", 86000000, "ariary", "money", currency="MGA"),
            fig("environ 17 000 euros", 17000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("en 2026", 2026, None, "year"),
            fig("20 000 plants", 20000, "plants"),
            fig("deux nouveaux villages", 2, "villages"),
        ],
        phones=[phone("+261341278845")],
        emails=["contact.tanymaitso@gmail.example.com"],
        contacts=[contact(None, None, None, ["+261341278845"], ["contact.tanymaitso@gmail.example.com"])],
        notes="Malagasy NGO blog on a blog platform: blog name, one-line menu, the platform's date header above the title "
              "(page metadata); after the post 'Publié par ... à 14:32', labels, a comment thread with dates and "
              "'Répondre', the comment form and the platform's pager/feed lines (boilerplate; 'Maintirano' and '2027' "
              "in a comment are not article). One paragraph has its accents stripped ('pres de 40 %', 'coupee', "
              "'pecheurs'); a space before a comma ('Tsiribihina ,'); two paragraphs glued ('coupe.Par ailleurs') "
              "with a double space after ('ailleurs,  45'); quotes mixed (« » around the committee's name, “ ” "
              "around the fisherman's words); 'd’oeuvrer' written with 'oe' (kept). 'Razafy' is a person. "
              "'12 000 jeunes palétuviers': an adjective before the noun stays in the text, unit 'palétuviers'; "
              "'deux nouveaux villages' likewise. Ariary: MGA. Malagasy mobile in national format ('034 ...'). The "
              "closing line gives the association's address and phone: one contact without person, role or "
              "organisation label.",
    ),
))

# --------------------------------------------------------------------------- h97 embassy cooperation news (Belgium in DR Congo): cp1250 paragraphs, [00 243] phones, street-name trap
PAGES.append(Page(
    name="h97-ambassade-belgique-rdc-bourses",
    meta={"site": "rdcongo.ambassade-belgique.example.be", "style": "embassy-cooperation-news",
          "defects": ["menu", "breadcrumb", "mojibake-cp1250", "share-lines", "trunk-zero-kept"]},
    blocks=[
        B("""Belgium in DR Congo | Ambassade de Belgique à Kinshasa
FR | NL | EN
L’ambassade | Services consulaires | Visas | Coopération | Commerce | Actualités
Accueil > Actualités > Coopération
Dernière mise à jour : 04/11/2025"""),
        P("Bourses d’études : l’appel à candidatures pour l’année 2026-2027 est ouvert"),
        P("Kinshasa, le 3 novembre 2025 – L’Ambassade de Belgique en République démocratique du Congo et l’Académie de recherche et d’enseignement supérieur (ARES) ouvrent l’appel à candidatures pour 140 bourses de master et de doctorat destinées à des étudiants congolais pour l’année académique 2026-2027.", moji="cp1250"),
        P("Les bourses couvrent les frais d’inscription, le voyage et une allocation mensuelle de 1 350 euros. Elles sont ouvertes aux candidats de moins de 35 ans titulaires d’une licence, dans les domaines de la santé, de l’agronomie, de l’environnement et de la gouvernance."),
        P("En 2025, 1 214 dossiers avaient été déposés pour 128 bourses ; 41 % des lauréats étaient des femmes. Les candidatures doivent être introduites en ligne avant le 15 janvier 2026 à 23 h 59, heure de Kinshasa.", moji="cp1250"),
        P("Des séances d’information se tiendront à l’Université de Kinshasa le 20 novembre et à l’Université de Lubumbashi le 27 novembre. Les anciens boursiers, plus de 2 000 depuis 1998, y témoigneront de leur parcours en Belgique."),
        L("""Section Coopération – Ambassade de Belgique
Boulevard du 30 Juin, Kinshasa/Gombe
Tél. : [00 243] 081 554 1230 / [00 243] 099 876 5432
Bruxelles (ARES) : +32 (0)2 225 45 16
Courriel : bourses.kinshasa@diplobel.example.be"""),
        B("""Partager cette page : Facebook · X · LinkedIn · Courriel
Voir aussi : Légalisation des documents : nouveaux horaires du service consulaire
Royaume de Belgique – Affaires étrangères, Commerce extérieur et Coopération au développement
Accessibilité | Vie privée | Clause de non-responsabilité"""),
    ],
    gold=dict(
        title="Bourses d’études : l’appel à candidatures pour l’année 2026-2027 est ouvert",
        dateline=dl("Kinshasa", "2025-11-03"),
        organisations=[org("Ambassade de Belgique en République démocratique du Congo", None),
                       org("Académie de recherche et d’enseignement supérieur", "ARES"),
                       org("Université de Kinshasa", None), org("Université de Lubumbashi", None)],
        places=[place("Kinshasa"), place("Belgique", "BE"), place("Gombe"), place("Bruxelles")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("2027", 2027, None, "year"),
            fig("le 3 novembre 2025", "2025-11-03", None, "date"),
            fig("140 bourses", 140, "bourses"),
            fig("1 350 euros", 1350, "euros", "money", currency="EUR"),
            fig("moins de 35 ans", 35, "ans", "age", qualifier="moins de"),
            fig("En 2025", 2025, None, "year"),
            fig("1 214 dossiers", 1214, "dossiers"),
            fig("128 bourses", 128, "bourses"),
            fig("41 %", 41, "%", "percent"),
            fig("le 15 janvier 2026 à 23 h 59", "2026-01-15", None, "date"),
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("le 27 novembre", "--11-27", None, "date"),
            fig("plus de 2 000", 2000, None, qualifier="plus de"),
            fig("1998", 1998, None, "year"),
        ],
        phones=[phone("+243815541230"), phone("+243998765432"), phone("+3222254516")],
        emails=["bourses.kinshasa@diplobel.example.be"],
        contacts=[contact(None, None, "Section Coopération – Ambassade de Belgique", ["+243815541230", "+243998765432"],
                          ["bourses.kinshasa@diplobel.example.be"]),
                  contact(None, None, "ARES", ["+3222254516"], [])],
        notes="Belgian embassy page in Kinshasa: bilingual site line, language line, one-line menu, breadcrumb, "
              "'Dernière mise à jour' line; share line, a 'Voir aussi' headline and the ministry footer "
              "(boilerplate). Two paragraphs are UTF-8 read as cp1250. Phones in the '[00 243] 081 ...' shape: the "
              "trunk 0 kept after the country code is dropped (+243 81 ..., +243 99 ...); a Brussels number with "
              "'+32 (0)2'. 'Boulevard du 30 Juin' is a street name (not a figure, and it sits in the contact "
              "block). 'l’année académique 2026-2027' (title and body, same texts): an academic year dates a period, "
              "two year figures. 'Belgique' inside the embassy's name does not count, but 'en Belgique' at the end of "
              "the fourth paragraph does; 'République démocratique du Congo' occurs only inside the embassy's name "
              "('congolais' is an adjective): not listed. The embassy is listed under its full name from the body "
              "(the contact's 'Ambassade de Belgique' is the same body). 'moins de 35 ans': an age with its "
              "qualifier. 'le 15 janvier 2026 à 23 h 59': one date figure. 'plus de 2 000 depuis 1998': a count "
              "without noun (anciens boursiers) and a year figure dating a period ('depuis 1998', as README's "
              "'depuis 1988'; the preposition stays out of the text). Gombe (the commune of the address) and Bruxelles (the place label of the "
              "ARES line) are places. Two office contacts.",
    ),
))

# --------------------------------------------------------------------------- h98 radio news listing (Cameroon): four stories, English ticker, cp1252 story, œ as ?
PAGES.append(Page(
    name="h98-radio-wouri-flash-listing",
    meta={"site": "radiowouri-fm.example.cm", "style": "radio-news-listing", "listing": True,
          "defects": ["listing", "menu", "foreign-ticker", "read-more", "mojibake-cp1252", "oe-question-mark"]},
    blocks=[
        B("""Radio Wouri FM 98.4 – La voix du Littoral
▶ ÉCOUTER LE DIRECT
Accueil | Infos | Sports | Émissions | Podcasts | Contact
BREAKING NEWS • Bamenda: schools reopen after two-week closure • Limbe: oil refinery restart delayed to 2026 •
Le journal de 7 heures – mardi 18 novembre 2025"""),
        P("Douala : le deuxième pont sur le Wouri fermé aux poids lourds pendant 10 jours"),
        P("18/11/2025 · 07h45"),
        P("Le deuxième pont sur le Wouri sera fermé aux véhicules de plus de 20 tonnes du 20 au 30 novembre pour la réfection des joints de dilatation, a annoncé lundi la Communauté urbaine de Douala. Un itinéraire de délestage par Bonabéri sera balisé."),
        B("Écouter le reportage ›"),
        P("Cacao : le prix bord champ dépasse 5 000 francs CFA le kilo", moji="cp1252"),
        P("18/11/2025 · 07h30"),
        P("Yaoundé, 17 novembre (ACAP) – Le prix du cacao payé aux producteurs a atteint 5 200 francs CFA le kilo dans la région du Centre, un record, selon l’Office national du cacao et du café (ONCC). Il y a un an, il s’établissait à 3 100 francs CFA.", moji="cp1252"),
        B("Écouter le reportage ›"),
        P("Garoua : plus de 3 000 manuels scolaires remis à 14 écoles"),
        P("18/11/2025 · 07h15"),
        P("Le ministère de l’Éducation de base a remis lundi à Garoua plus de 3 000 manuels scolaires à 14 écoles publiques de la Bénoué. Cette opération, mise en œuvre avec l’UNICEF, doit toucher 85 000 élèves de la région du Nord d’ici juin.", oe="?"),
        B("Écouter le reportage ›"),
        P("Football : les Lions indomptables en stage à Yaoundé"),
        P("18/11/2025 · 07h00"),
        P("La sélection nationale entame ce mardi un stage de 9 jours à Yaoundé avant ses deux matches amicaux de décembre. Le sélectionneur a convoqué 26 joueurs, dont 4 évoluant au Cameroun."),
        B("""Écouter le reportage ›
« Journal précédent | Journal suivant »
Radio Wouri FM – BP 1240 Douala – Cameroun
© 2025 Radio Wouri FM – Tous droits réservés"""),
    ],
    gold=dict(
        title="Douala : le deuxième pont sur le Wouri fermé aux poids lourds pendant 10 jours",
        dateline=None,
        organisations=[org("Communauté urbaine de Douala", None), org(None, "ACAP"),
                       org("Office national du cacao et du café", "ONCC"),
                       org("ministère de l’Éducation de base", None), org(None, "UNICEF")],
        places=[place("Douala"), place("Wouri"), place("Bonabéri"), place("Yaoundé"), place("Centre"),
                place("Garoua"), place("Bénoué"), place("Nord"), place("Cameroun", "CM")],
        figures=[
            fig("10 jours", 10, "jours", "duration"),
            fig("18/11/2025 · 07h45", "2025-11-18", None, "date"),
            fig("plus de 20 tonnes", 20, "tonnes", "other", qualifier="plus de"),
            fig("20", "--11-20", None, "date"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("5 000 francs CFA", 5000, "francs CFA", "money", currency="XAF"),
            fig("18/11/2025 · 07h30", "2025-11-18", None, "date"),
            fig("17 novembre", "--11-17", None, "date"),
            fig("5 200 francs CFA", 5200, "francs CFA", "money", currency="XAF"),
            fig("3 100 francs CFA", 3100, "francs CFA", "money", currency="XAF"),
            fig("plus de 3 000 manuels", 3000, "manuels", qualifier="plus de"),
            fig("14 écoles", 14, "écoles"),
            fig("18/11/2025 · 07h15", "2025-11-18", None, "date"),
            fig("85 000 élèves", 85000, "élèves"),
            fig("18/11/2025 · 07h00", "2025-11-18", None, "date"),
            fig("9 jours", 9, "jours", "duration"),
            fig("deux matches", 2, "matches"),
            fig("26 joueurs", 26, "joueurs"),
            fig("4", 4, None),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Listing page of a Cameroonian radio station: the morning bulletin as four unrelated stories, each with "
              "headline and 'dd/mm/yyyy · hhhmm' time stamp (article text on a listing page; the time stamps are date "
              "figures). Station name, 'ÉCOUTER LE DIRECT', menu, an English 'BREAKING NEWS' ticker, the bulletin's "
              "label 'Le journal de 7 heures – mardi 18 novembre 2025', the 'Écouter le reportage ›' lines, pager and "
              "footer (BP box) are boilerplate. Title: the first story's headline (as h53 and h85). The cocoa story "
              "(headline and text) is UTF-8 read as cp1252; in the third story œ became '?' ('mise en ?uvre'). The "
              "second story's dateline 'Yaoundé, 17 novembre (ACAP) –' gives its agency (acronym only, invented) and "
              "date ('--11-17'); the page's dateline is null. 'du 20 au 30 novembre': date range ('20' = '--11-20'). "
              "'Il y a un an': not a figure. 'le deuxième pont': ordinal word. Cameroon: XAF. 'dont 4 évoluant au "
              "Cameroun': a count without noun. 'Wouri' is the river; 'Centre', 'Nord' are regions, 'Bénoué' a "
              "department. 'Lions indomptables' (the national team) is not an organisation. 'd’ici juin': a month "
              "alone, not a figure.",
    ),
))

# --------------------------------------------------------------------------- h99 English page on a French cluster's site: cookie banner, ’ as ?, English dateline
PAGES.append(Page(
    name="h99-aero-garonne-hydrogen-en",
    meta={"site": "presse.aero-garonne.example.fr", "style": "french-cluster-newsroom-en", "language": "en",
          "defects": ["english-page", "english-dateline", "cookie-banner", "menu", "breadcrumb", "lost-apostrophe",
                      "share-lines"]},
    blocks=[
        B("""Nous utilisons des cookies pour mesurer l’audience de ce site. En poursuivant votre navigation, vous acceptez leur utilisation. OK | En savoir plus
Pôle Aéro Garonne
Accueil | Le pôle | Adhérents | Projets | Événements | Espace presse | FR / EN
Accueil > Espace presse > Communiqués
Communiqué – 12/11/2025"""),
        P("Occitanie aerospace suppliers win €42 million to develop hydrogen aircraft parts"),
        P("TOULOUSE, France, 12 November 2025 – Fourteen small and medium-sized suppliers from the Pôle Aéro Garonne cluster will share €42 million in public funding to develop components for hydrogen-powered aircraft, the cluster announced on Wednesday."),
        P("The projects, selected from 61 applications, cover fuel-cell stacks, cryogenic tanks and lightweight pipes. The French state’s investment bank, Bpifrance, provides €30 million and the Occitanie Regional Council €12 million, under the France 2030 plan.", apos="?"),
        P("Together, the 14 companies employ about 2,300 people in Toulouse, Tarbes and Figeac. They expect to create up to 450 jobs by 2030 if the first demonstrator flies as planned in 2028."),
        P("“We aren’t just building parts, we’re building a supply chain that doesn’t exist yet,” said Claire Vidal-Moreau, the cluster’s managing director.", apos="?"),
        P("Founded in 2006, the cluster brings together 390 member companies and 24 research laboratories."),
        L("""Media contact:
Julien Serres, communications officer
+33 (0)5 61 14 58 20 / +33 (0)6 48 22 71 93
j.serres@aero-garonne.example.fr"""),
        B("""Partager : LinkedIn | X | E-mail
Télécharger le communiqué (PDF, 210 Ko)
Pôle Aéro Garonne – 2, avenue de l’Europe – 31400 Toulouse
Mentions légales | Plan du site | © Pôle Aéro Garonne 2025"""),
    ],
    gold=dict(
        title="Occitanie aerospace suppliers win €42 million to develop hydrogen aircraft parts",
        dateline=dl("TOULOUSE", "2025-11-12"),
        organisations=[org("Pôle Aéro Garonne", None), org("Bpifrance", None),
                       org("Occitanie Regional Council", None)],
        places=[place("Occitanie"), place("Toulouse"), place("France", "FR"), place("Tarbes"), place("Figeac")],
        figures=[
            fig("€42 million", 42000000, "€", "money", currency="EUR"),
            fig("12 November 2025", "2025-11-12", None, "date"),
            fig("Fourteen small and medium-sized suppliers", 14, "suppliers"),
            fig("61 applications", 61, "applications"),
            fig("€30 million", 30000000, "€", "money", currency="EUR"),
            fig("€12 million", 12000000, "€", "money", currency="EUR"),
            fig("14 companies", 14, "companies"),
            fig("about 2,300 people", 2300, "people", qualifier="about"),
            fig("up to 450 jobs", 450, "jobs", qualifier="up to"),
            fig("2030", 2030, None, "year"),
            fig("in 2028", 2028, None, "year"),
            fig("in 2006", 2006, None, "year"),
            fig("390 member companies", 390, "companies"),
            fig("24 research laboratories", 24, "laboratories"),
        ],
        phones=[phone("+33561145820"), phone("+33648227193")],
        emails=["j.serres@aero-garonne.example.fr"],
        contacts=[contact("Julien Serres", "communications officer", None, ["+33561145820", "+33648227193"],
                          ["j.serres@aero-garonne.example.fr"])],
        notes="An English release on a French aerospace cluster's press site: French cookie banner, cluster name, menu, "
              "breadcrumb, type/date line; French share line, PDF link and footer (31400 postcode) at the bottom "
              "(boilerplate). The article is wholly in English (language en). In two paragraphs every ’ became '?' "
              "('state?s', 'aren?t', 'cluster?s'). English dateline 'TOULOUSE, France, 12 November 2025 –': place "
              "'TOULOUSE' as written (README: 'PARIS' for 'PARIS, France, ...'); 'France' is listed as a place from "
              "that line (the 'France 2030' plan name does not count, uncertain). 'Toulouse' appears in capitals in the "
              "dateline and in normal case in the third paragraph: listed once, in normal case (README). 'Fourteen small and "
              "medium-sized suppliers': a number word with adjectives before the noun (text runs to the noun). "
              "'390 member companies': unit 'companies' (the noun adjunct 'member' stays in the text). 'by 2030': the "
              "preposition stays out; 'in 2028', 'in 2006' keep 'in' (as 'en'). 'Occitanie Regional Council' is the "
              "regional executive (an organisation, like 'Gouvernement de Wallonie'); 'Occitanie' is listed as a place "
              "from the title. The French state is generic; 'French' an adjective. Two French numbers joined by '/' "
              "with '+33 (0)'.",
    ),
))

# --------------------------------------------------------------------------- h100 New Caledonia government, no defect and no boilerplate
PAGES.append(Page(
    name="h100-gouv-nc-depistage-diabete",
    meta={"site": "presse.gouv-nc.example.nc", "style": "overseas-government-clean", "defects": []},
    blocks=[
        P("Diabète : une campagne de dépistage gratuit dans les 33 communes"),
        P("Nouméa, le 14 novembre 2025 – Le gouvernement de la Nouvelle-Calédonie lance, à l’occasion de la Journée mondiale du diabète, une campagne de dépistage gratuit qui se déroulera du 17 novembre au 19 décembre 2025 dans les 33 communes du pays."),
        P("En Nouvelle-Calédonie, 23 % des adultes de 18 à 64 ans sont atteints de diabète, soit environ 37 000 personnes, dont un tiers l’ignorent. La maladie est responsable de 110 amputations par an et de la moitié des mises en dialyse."),
        P("L’Agence sanitaire et sociale de la Nouvelle-Calédonie (ASS-NC) déploiera 12 équipes mobiles dans les tribus, les quartiers et les entreprises. Un test capillaire prend moins de 5 minutes ; les personnes dépistées positives seront orientées vers un médecin dans les 72 heures."),
        P("La campagne, d’un coût de 48 millions de francs CFP, est financée par la Caisse de compensation des prestations familiales, des accidents du travail et de prévoyance (CAFAT)."),
        P("« Dépister tôt, c’est éviter des complications lourdes pour les patients et coûteuses pour notre système de santé », a souligné le membre du gouvernement chargé de la santé, Yannick Wamytan, lors d’une visite au centre médical de Koné."),
        P("Le calendrier des passages par commune est disponible sur le site du gouvernement et au numéro gratuit 05 02 40."),
        L("""Contact presse :
Service de la communication du gouvernement
Tél. : 24 65 18 – Mobile : 78 12 34
presse@gouv-nc.example.nc"""),
    ],
    gold=dict(
        title="Diabète : une campagne de dépistage gratuit dans les 33 communes",
        dateline=dl("Nouméa", "2025-11-14"),
        organisations=[org("gouvernement de la Nouvelle-Calédonie", None),
                       org("Agence sanitaire et sociale de la Nouvelle-Calédonie", "ASS-NC"),
                       org("Caisse de compensation des prestations familiales, des accidents du travail et de prévoyance", "CAFAT")],
        places=[place("Nouméa"), place("Nouvelle-Calédonie"), place("Koné")],
        figures=[
            fig("33 communes", 33, "communes"),
            fig("le 14 novembre 2025", "2025-11-14", None, "date"),
            fig("17 novembre", "2025-11-17", None, "date"),
            fig("19 décembre 2025", "2025-12-19", None, "date"),
            fig("23 %", 23, "%", "percent"),
            fig("18", 18, None, "age"),
            fig("64 ans", 64, "ans", "age"),
            fig("environ 37 000 personnes", 37000, "personnes", qualifier="environ"),
            fig("un tiers", 0.3333, None, "other"),
            fig("110 amputations", 110, "amputations"),
            fig("la moitié", 0.5, None, "other"),
            fig("12 équipes", 12, "équipes"),
            fig("moins de 5 minutes", 5, "minutes", "duration", qualifier="moins de"),
            fig("72 heures", 72, "heures", "duration"),
            fig("48 millions de francs CFP", 48000000, "francs CFP", "money", currency="XPF"),
        ],
        phones=[phone("+687050240"), phone("+687246518"), phone("+687781234")],
        emails=["presse@gouv-nc.example.nc"],
        contacts=[contact(None, None, "Service de la communication du gouvernement", ["+687246518", "+687781234"],
                          ["presse@gouv-nc.example.nc"])],
        notes="A government release with no defect and no boilerplate at all. 'gouvernement de la Nouvelle-Calédonie' "
              "is the territory's executive (an organisation, like 'Gouvernement de Wallonie'; 'le gouvernement' alone "
              "later is the same body, and 'Service de la communication du gouvernement' is its office, named only in "
              "the contact: not listed apart). 'Nouvelle-Calédonie' is also a place on its own ('En "
              "Nouvelle-Calédonie'): iso null, as overseas territories (h72-h87 convention, although NC has its own "
              "ISO code). 'Journée mondiale du diabète' is an event. 'du 17 novembre au 19 décembre 2025': a range "
              "whose first bound keeps its month ('17 novembre' = 2025-11-17). 'de 18 à 64 ans': age range. 'la "
              "moitié des mises en dialyse' = 0.5. '12 équipes mobiles': unit 'équipes' (README example). Francs CFP: "
              "XPF. New Caledonian numbers have six digits and no trunk prefix: '05 02 40' is a freephone number "
              "given to the public (a phone, not a contact), '24 65 18' a landline, '78 12 34' a mobile. 'tribus' "
              "are customary villages (generic).",
    ),
))

# --------------------------------------------------------------------------- h101 Acadian daily with paywall and newsletter pop-up (New Brunswick)
PAGES.append(Page(
    name="h101-acadie-matin-universite-moncton",
    meta={"site": "acadie-matin.example.ca", "style": "acadian-daily-paywall",
          "defects": ["menu", "paywall", "newsletter-chrome", "lost-dash", "double-space", "lost-apostrophe"]},
    blocks=[
        B("""Acadie Matin
Moncton 4 °C · Vendredi 14 novembre 2025
Actualités | Acadie | Éducation | Économie | Sports | Arts | Opinions | Avis de décès
S’abonner | Se connecter
ÉDUCATION"""),
        P("L’Université de Moncton veut accueillir 1 200 étudiants internationaux de plus d’ici 2028"),
        B("""Par Mélanie LeBlanc | Publié le 14 novembre 2025 à 6 h 00 | Mis à jour à 9 h 12
Temps de lecture : 4 min
Recevez l’infolettre d’Acadie Matin chaque matin : [ Votre courriel ] S’inscrire
Article réservé aux abonnés"""),
        P("MONCTON – L’Université de Moncton veut porter à 2 900 le nombre de ses étudiants internationaux d’ici 2028, soit 1 200 de plus qu’aujourd’hui, malgré le plafond fédéral sur les permis d’études.", apos="drop", nodash=""),
        P("L’établissement, qui compte 5 100 étudiants sur ses trois campus d’Edmundston, de Moncton et de Shippagan, a présenté jeudi son plan stratégique 2025-2030. Il prévoit un investissement de 38 millions $, dont 22 millions pour une nouvelle résidence de 400 lits.", apos="drop"),
        P("Les étudiants internationaux représentent déjà 41 % de l’effectif. Ils viennent surtout du Sénégal, de la Côte d’Ivoire, du Maroc et du Cameroun. Leurs droits de scolarité, de 14 500 $ par an, sont près du double de ceux des étudiants canadiens.", apos="drop"),
        B("""Il vous reste 70 % de cet article à lire.
Abonnez-vous pour poursuivre votre lecture : 1 $ pour le premier mois, puis 19,99 $ par mois.
Déjà abonné ? Connectez-vous
Les plus lus
1. Dieppe : le nouveau centre aquatique ouvrira en mars
2. Pêche au homard : les prix chutent en début de saison
3. Shediac : un incendie détruit un entrepôt du port
Acadie Matin – 1100, rue Main, Moncton (N.-B.) E1C 1H3 – © 2025 Tous droits réservés"""),
    ],
    gold=dict(
        title="L’Université de Moncton veut accueillir 1 200 étudiants internationaux de plus d’ici 2028",
        dateline=dl("MONCTON", None),
        organisations=[org("Université de Moncton", None)],
        places=[place("Moncton"), place("Edmundston"), place("Shippagan"), place("Sénégal", "SN"),
                place("Côte d’Ivoire", "CI"), place("Maroc", "MA"), place("Cameroun", "CM")],
        figures=[
            fig("1 200 étudiants", 1200, "étudiants"),
            fig("2028", 2028, None, "year"),
            fig("2 900", 2900, None),
            fig("1 200", 1200, None),
            fig("5 100 étudiants", 5100, "étudiants"),
            fig("trois campus", 3, "campus"),
            fig("38 millions $", 38000000, "$", "money", currency="CAD"),
            fig("22 millions", 22000000, None, "money", currency="CAD"),
            fig("400 lits", 400, "lits"),
            fig("41 %", 41, "%", "percent"),
            fig("14 500 $", 14500, "$", "money", currency="CAD"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Acadian daily (New Brunswick): masthead, weather/date line, menu, subscribe/login line, rubric kicker above "
              "the title, byline/time/reading-time line, newsletter sign-up and 'Article réservé aux abonnés' under it; "
              "after three visible paragraphs the paywall, 'Les plus lus' and the footer with a Canadian postcode "
              "(boilerplate). The clean text ends where the visible article ends. Damage: the dateline's dash lost "
              "('MONCTON  LUniversité': double space), every ’ of the body dropped ('lUniversité', 'dici', "
              "'aujourdhui'); the title is intact. Dateline 'MONCTON' without date. Moncton appears in capitals "
              "(dateline), in the university's name and in the campus list: listed once in normal case. 'porter à 2 900 "
              "le nombre de ses étudiants': a count without noun after it (unit null); 'soit 1 200 de plus': the same. "
              "'plan stratégique 2025-2030': years in a plan's name, not figures. 'dont 22 millions': money in the "
              "currency of its context ('$' on a Canadian page: CAD), unit null. 'près du double': not a figure (as "
              "'le double'). 'canadiens' is an adjective. 'd’ici 2028' (title and body): '2028', listed once.",
    ),
))

# --------------------------------------------------------------------------- h102 university hospital newsroom: cookie banner, ticker, lost €, half-repaired word
PAGES.append(Page(
    name="h102-huvl-robot-chirurgical",
    meta={"site": "www.huvl-sante.example.fr", "style": "hospital-newsroom",
          "defects": ["cookie-banner", "ticker", "menu", "breadcrumb", "lost-euro", "double-space", "mojibake-cp1252",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""🍪 Ce site utilise des cookies nécessaires à son fonctionnement et, avec votre accord, des cookies de mesure d’audience. Tout accepter | Tout refuser | Personnaliser
Hôpitaux universitaires du Val de Loire
Prendre rendez-vous | Urgences | Trouver un service | Venir à l’hôpital | Nous rejoindre
EN CE MOMENT : Urgences adultes : attente estimée 2 h 40 | Visites limitées en pédiatrie (bronchiolite) | Collecte de sang le 3 décembre
Accueil › Presse › Communiqués
Publié le 25/11/2025"""),
        P("Chirurgie : un deuxième robot au bloc opératoire des HUVL dès janvier"),
        P("Tours, le 25 novembre 2025 – Les Hôpitaux universitaires du Val de Loire (HUVL) se dotent d’un deuxième robot chirurgical, d’un montant de [[2,1 M||2,1 M€]], qui entrera en service le 12 janvier 2026 au bloc opératoire de l’hôpital Saint-Gatien."),
        P("Le premier robot, installé en 2021, a permis de réaliser 2 850 interventions, principalement en urologie et en gynécologie. Les durées de séjour ont baissé de 30 % en moyenne et le taux de complications d’environ un tiers."),
        P("Le nouvel équipement permettra d’étendre la chirurgie robotique à la chirurgie digestive et thoracique et de porter l’activité à 1 100 interventions par an. Le surcoût, estimé à [[1 800  par||1 800 € par]] intervention, est en partie compensé par des séjours plus courts à l’[[hÃ´pital||hôpital]]."),
        P("L’acquisition est financée à hauteur de [[900 000  par||900 000 € par]] l’Agence régionale de santé (ARS) Centre-Val de Loire, le reste sur fonds propres. Au total, 24 chirurgiens et 40 infirmiers de bloc ont été formés sur simulateur."),
        P("« Le robot ne remplace pas le chirurgien, il lui donne des mains plus précises et plus endurantes », souligne le Pr Antoine Mercier, chef du pôle de chirurgie."),
        L("""Contact presse
Direction de la communication – HUVL
02 47 47 38 12 / 06 71 20 45 88
communication@huvl-sante.example.fr"""),
        B("""Partager : Facebook | LinkedIn | X | Imprimer
Hôpitaux universitaires du Val de Loire – 2, boulevard Tonnellé – 37044 Tours Cedex 9 – Standard : 02 47 47 47 47
Mentions légales | Accessibilité | Gestion des cookies"""),
    ],
    gold=dict(
        title="Chirurgie : un deuxième robot au bloc opératoire des HUVL dès janvier",
        dateline=dl("Tours", "2025-11-25"),
        organisations=[org("Hôpitaux universitaires du Val de Loire", "HUVL"), org("Agence régionale de santé", "ARS")],
        places=[place("Tours"), place("Centre-Val de Loire")],
        figures=[
            fig("le 25 novembre 2025", "2025-11-25", None, "date"),
            fig("2,1 M€", 2100000, "M€", "money", currency="EUR"),
            fig("le 12 janvier 2026", "2026-01-12", None, "date"),
            fig("en 2021", 2021, None, "year"),
            fig("2 850 interventions", 2850, "interventions"),
            fig("30 %", 30, "%", "percent"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("1 100 interventions", 1100, "interventions"),
            fig("1 800 €", 1800, "€", "money", currency="EUR"),
            fig("900 000 €", 900000, "€", "money", currency="EUR"),
            fig("24 chirurgiens", 24, "chirurgiens"),
            fig("40 infirmiers", 40, "infirmiers"),
        ],
        phones=[phone("+33247473812"), phone("+33671204588")],
        emails=["communication@huvl-sante.example.fr"],
        contacts=[contact(None, None, "Direction de la communication – HUVL", ["+33247473812", "+33671204588"],
                          ["communication@huvl-sante.example.fr"])],
        notes="University hospital newsroom: cookie banner, hospital name, menu, an 'EN CE MOMENT' ticker (waiting time, "
              "visits, blood drive), breadcrumb, 'Publié le' line; share line, footer with a Cedex postcode and the "
              "switchboard number, legal line (boilerplate; the footer number is not listed). Every € of the body was "
              "lost ('2,1 M,', '1 800  par', '900 000  par': double spaces); one word of a clean paragraph is left "
              "half-repaired as cp1252 mojibake ('hÃ´pital'). 'un deuxième robot': ordinal word, not a figure. "
              "'environ un tiers' = 0.3333 with its qualifier. 'hôpital Saint-Gatien' is a site of the HUVL (not an "
              "organisation apart, not a place). 'ARS Centre-Val de Loire': the agency is listed as 'Agence "
              "régionale de santé' (ARS), the region as a place. 'par an', 'en moyenne': not figures. The press "
              "office label names a department of the HUVL: kept as the contact's organisation, not listed apart. "
              "French numbers without country code joined by '/'.",
    ),
))

# --------------------------------------------------------------------------- h103 African Union Commission communiqué: English dateline, œ as U+FFFD, glued capital heading, Ext., obfuscated e-mail
PAGES.append(Page(
    name="h103-cua-fonds-sahel-securite-alimentaire",
    meta={"site": "au-commission.example.int", "style": "au-commission-communique",
          "defects": ["menu", "breadcrumb", "english-dateline", "oe-replacement-char", "heading-glued",
                      "unaccented-capitals", "obfuscated-email", "share-lines"]},
    blocks=[
        B("""African Union | Union africaine | União Africana | الاتحاد الأفريقي
English | Français | Português | العربية
Accueil | À propos | Organes | Départements | Centre de presse | Documents
Accueil > Centre de presse > Communiqués de presse"""),
        P("Sahel : un fonds de 150 millions de dollars pour la sécurité alimentaire"),
        P("Communiqué de presse N° 214/2025"),
        P("Addis Ababa, 12 November 2025 - La Commission de l’Union africaine (CUA) a lancé mercredi, en marge d’une réunion ministérielle, un fonds de 150 millions de dollars destiné à soutenir la production céréalière dans les pays du Sahel, frappés par trois années consécutives de déficit pluviométrique."),
        P("Le fonds, doté par la Banque africaine de développement (BAD) et par 11 États membres, financera des semences améliorées, des petits périmètres irrigués et des stocks de sécurité dans 7 pays : le Burkina Faso, le Mali, le Niger, le Tchad, la Mauritanie, le Sénégal et le Nigeria."),
        P("[[OBJECTIFS CHIFFRES||OBJECTIFS CHIFFRÉS]]"),
        P("Le fonds vise à accroître de 20 % la production de mil et de sorgho d’ici 2028 et à bénéficier à 2,4 millions de petits exploitants, dont au moins 40 % de femmes. Les premiers décaissements sont attendus avant la saison des pluies de 2026.", glue=True),
        P("« La sécurité alimentaire est au cœur de l’Agenda 2063. Ce fonds doit être mis en œuvre avec les communautés, pas au-dessus d’elles », a déclaré Mme Amina Diallo-Kessely, commissaire à l’Agriculture et au Développement rural.", oe="fffd"),
        L("""Pour plus d’informations :
Lemma Tadesse, Direction de l’information et de la communication, CUA
Tel : +251 11 551 7700 Ext. 4305 | Fax : +251 11 518 2640
E-mail : tadessel [at] africa-union.org
Centre de presse : mediacentre@africa-union.org"""),
        B("""Partager : Facebook | X | LinkedIn | WhatsApp
Communiqués connexes
Le Conseil de paix et de sécurité examine la situation au Soudan – 10 novembre 2025
Journée de l’industrialisation de l’Afrique : message du Président de la Commission – 20 novembre 2025
Union africaine – P.O. Box 3243, Roosevelt Street (Old Airport Area), W21K19, Addis Ababa, Ethiopia – Tel : +251 11 551 7700
© 2025 Union africaine – Tous droits réservés"""),
    ],
    gold=dict(
        title="Sahel : un fonds de 150 millions de dollars pour la sécurité alimentaire",
        dateline=dl("Addis Ababa", "2025-11-12"),
        organisations=[org("Commission de l’Union africaine", "CUA"), org("Banque africaine de développement", "BAD")],
        places=[place("Sahel"), place("Addis Ababa"), place("Burkina Faso", "BF"), place("Mali", "ML"),
                place("Niger", "NE"), place("Tchad", "TD"), place("Mauritanie", "MR"), place("Sénégal", "SN"),
                place("Nigeria", "NG")],
        figures=[
            fig("150 millions de dollars", 150000000, "dollars", "money", currency="USD"),
            fig("12 November 2025", "2025-11-12", None, "date"),
            fig("trois années", 3, "années", "duration"),
            fig("11 États", 11, "États"),
            fig("7 pays", 7, "pays"),
            fig("20 %", 20, "%", "percent"),
            fig("2028", 2028, None, "year"),
            fig("2,4 millions de petits exploitants", 2400000, "exploitants"),
            fig("au moins 40 %", 40, "%", "percent", qualifier="au moins"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+251115517700", extension="4305"), phone("+251115182640", "fax")],
        emails=["mediacentre@africa-union.org"],
        contacts=[contact("Lemma Tadesse", None, "Direction de l’information et de la communication, CUA",
                          ["+251115517700", "+251115182640"], []),
                  contact(None, None, "Centre de presse", [], ["mediacentre@africa-union.org"])],
        notes="African Union Commission communiqué: the body's name in four languages, language line, menu, breadcrumb; "
              "share line, related communiqués with dates, footer with P.O. Box and the switchboard number, copyright "
              "(boilerplate). The release number under the CMS title is article text and not a figure. English "
              "dateline on a French page ('Addis Ababa, 12 November 2025 -'): place as written. A capital heading "
              "without accents glued to the next paragraph ('OBJECTIFS CHIFFRESLe fonds'): the clean text gives "
              "'OBJECTIFS CHIFFRÉS' on its own line. œ shown as U+FFFD ('au c�ur', 'mis en �uvre'). 'Union "
              "africaine' occurs only inside the Commission's long form in the article: listed once as the longest "
              "name. 'Agenda 2063' is a programme name (not a figure). 'trois années consécutives': a duration. "
              "'11 États membres': unit 'États'. '2,4 millions de petits exploitants': the adjective before the noun "
              "stays in the text. 'la saison des pluies de 2026': a year dating a period. 'd’ici 2028': '2028'. "
              "Contacts: a person line with a department label and the CUA (organisation as written), Ethiopian "
              "numbers with 'Ext.' and a Fax label, an obfuscated address (kept, not listed); a press-centre line with "
              "a plain address (office contact).",
    ),
))
