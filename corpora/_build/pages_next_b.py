"""h88-h103: the next blind set (written in session 5, after h72-h87 moved to heldout).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h88-h92 come from one Lebanese NGO site (made-up host) sharing its header, menu, breadcrumb, share line,
related-headlines block, counter, newsletter widget and footer with small variations; h93-h103 come from
eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

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
