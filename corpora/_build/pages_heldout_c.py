"""h24-h39: the third blind held-out set (session 3).

Written without reading the rules (src/, tests/, benchmarks/, notebooks/, docs/) and never
run through pressclean. h24-h29 come from one UN country-team newsroom (Chad) that shares
its header, metadata lines, related-news block and footer, with small variations between
pages; h30-h39 come from ten other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "heldout"

PAGES = []

# =========================================================================== UN country team, Chad
TD_SITE = "tchad.nations-unies.example.org"


def td_top(kind, date, entities, alert=None):
    lines = []
    if alert:
        lines.append(alert)
    lines += ["Passer au contenu principal",
              "Français | English",
              "NATIONS UNIES TCHAD",
              "Accueil",
              "À propos ▾",
              "L'ONU au Tchad ▾",
              "Nos entités",
              "Objectifs de développement durable ▾",
              "Ressources ▾",
              "Actualités",
              "Actualités",
              "Carrières",
              "Contactez-nous",
              "🔍 Rechercher",
              f"Accueil / Actualités / {kind}",
              kind,
              date,
              f"Entités des Nations Unies impliquées : {entities}"]
    return "\n".join(lines)


def td_bottom(odd, related, docs=None):
    lines = []
    if docs:
        lines.append("Documents associés")
        lines += docs
    lines.append("Objectifs de développement durable concernés")
    lines += odd
    lines += ["Partager cette page : Facebook | X | LinkedIn | WhatsApp | Copier le lien",
              "Autres actualités"]
    for head, date in related:
        lines += [head, date]
    lines += ["Voir toutes les actualités →",
              "Nations Unies Tchad",
              "Bureau de la Coordonnatrice résidente",
              "Rue 3036, quartier Klémat – BP 906 N'Djamena, Tchad",
              "Suivez-nous : Facebook · X · YouTube · Flickr",
              "Politique de confidentialité | Conditions d'utilisation | Plan du site",
              "© Nations Unies Tchad 2025",
              "Retour en haut ↑"]
    return "\n".join(lines)


def td_meta(defects):
    return {"site": TD_SITE, "style": "un-country-team",
            "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker"] + defects}


TD_NOTE = ("Site furniture shared by h24-h29 (skip link, language line, site name, menu with ▾ and a doubled "
           "'Actualités', search line, breadcrumb, type line, date line, 'Entités ... impliquées' line; at the bottom "
           "optional 'Documents associés', SDG lines, share line, 'Autres actualités' headlines with dates, footer with "
           "BP box number, social line, legal line, copyright, back-to-top). Its numbers are not figures and its "
           "acronyms are not organisations of the page unless the article names them.")

PAM = org("Programme alimentaire mondial", "PAM")
FAO = org("Organisation des Nations Unies pour l’alimentation et l’agriculture", "FAO")

# --------------------------------------------------------------------------- h24 communiqué, cp1252 on 2 paragraphs
PAGES.append(Page(
    name="h24-untchad-soudure-pam-fao",
    meta=td_meta(["mojibake-cp1252"]),
    blocks=[
        B(td_top("Communiqué de presse", "14 mars 2025", "FAO, PAM")),
        P("Soudure 2025 : le PAM et la FAO appellent à mobiliser 162 millions de dollars pour 3,3 millions de Tchadiens"),
        P("N'Djamena, le 14 mars 2025 – Le Programme alimentaire mondial (PAM) et l’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO) ont lancé jeudi un appel conjoint de 162 millions de dollars pour venir en aide à 3,3 millions de personnes menacées par l’insécurité alimentaire pendant la période de soudure, qui s’étend de juin à septembre."),
        P("Selon la dernière analyse du Cadre harmonisé, 18 des 23 provinces du pays sont classées en phase « crise » ou pire. Dans le Kanem, le Barh-el-Gazel et le Hadjer-Lamis, le taux de malnutrition aiguë globale atteint 14,2 %, au-dessus du seuil d’alerte de 10 %.", moji="cp1252"),
        P("Le prix du sac de 100 kg de mil a augmenté de 38 % en un an sur le marché de Mao, où il se vend désormais 32 500 francs CFA. « Les familles ont déjà épuisé leurs réserves et sautent des repas », a déclaré Mathieu Ravanel, directeur pays du PAM au Tchad.", moji="cp1252"),
        P("L’appel couvrira des distributions de vivres et des transferts monétaires pour 1,2 million de personnes, la prise en charge nutritionnelle de 260 000 enfants de 6 à 59 mois et la distribution de semences et d’outils agricoles à 85 000 ménages avant les semis."),
        P("À ce jour, seuls 21 % de ce montant ont été mobilisés. Sans nouveaux financements, le PAM devra suspendre dès mai l’assistance à 400 000 réfugiés soudanais dans l’est du pays."),
        L("""Pour plus d’informations, veuillez contacter :
Khadidja Abakar Moussa, PAM N'Djamena, +235 66 29 14 07 / 99 41 27 65, khadidja.abakar@wfp.org
Éric Mbaïdoum, FAO Tchad, Tél. : +235 22 52 31 47, eric.mbaidoum@fao.org"""),
        B(td_bottom(["ODD 1 : Pas de pauvreté", "ODD 2 : Faim « zéro »"],
                    [("Lancement du Plan de réponse humanitaire 2025", "21 janvier 2025"),
                     ("Rougeole : 2,1 millions d’enfants vaccinés", "28 février 2025")])),
    ],
    gold=dict(
        title="Soudure 2025 : le PAM et la FAO appellent à mobiliser 162 millions de dollars pour 3,3 millions de Tchadiens",
        dateline=dl("N'Djamena", "2025-03-14"),
        organisations=[PAM, FAO],
        places=[place("N'Djamena"), place("Kanem"), place("Barh-el-Gazel"), place("Hadjer-Lamis"),
                place("Mao"), place("Tchad", "TD")],
        figures=[
            fig("162 millions de dollars", 162000000, "dollars", "money", currency="USD"),
            fig("3,3 millions de Tchadiens", 3300000, "Tchadiens"),
            fig("le 14 mars 2025", "2025-03-14", None, "date"),
            fig("3,3 millions de personnes", 3300000, "personnes"),
            fig("18", 18, None),
            fig("23 provinces", 23, "provinces"),
            fig("14,2 %", 14.2, "%", "percent"),
            fig("10 %", 10, "%", "percent"),
            fig("100 kg", 100, "kg", "other"),
            fig("38 %", 38, "%", "percent"),
            fig("32 500 francs CFA", 32500, "francs CFA", "money", currency="XAF"),
            fig("1,2 million de personnes", 1200000, "personnes"),
            fig("260 000 enfants", 260000, "enfants"),
            fig("6", 6, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("85 000 ménages", 85000, "ménages"),
            fig("21 %", 21, "%", "percent"),
            fig("400 000 réfugiés", 400000, "réfugiés"),
        ],
        phones=[phone("+23566291407"), phone("+23599412765"), phone("+23522523147")],
        emails=["khadidja.abakar@wfp.org", "eric.mbaidoum@fao.org"],
        contacts=[
            contact("Khadidja Abakar Moussa", None, "PAM N'Djamena", ["+23566291407", "+23599412765"], ["khadidja.abakar@wfp.org"]),
            contact("Éric Mbaïdoum", None, "FAO Tchad", ["+23522523147"], ["eric.mbaidoum@fao.org"]),
        ],
        notes=TD_NOTE + " Two middle paragraphs are UTF-8 read as cp1252 (â€™, Ã©, Â« with nbsp); the rest is clean. "
              "Chad uses the Central African CFA franc: francs CFA = XAF here. '18 des 23 provinces': two figures, "
              "'18' without noun. '6 à 59 mois' is an age range (two figures). 'Cadre harmonisé' is an analysis "
              "framework, not an organisation. '99 41 27 65' after '/' is a second Chad mobile. 'en un an': not a figure.",
    ),
))

# --------------------------------------------------------------------------- h25 note aux rédactions, lost ’ and œ
PAGES.append(Page(
    name="h25-untchad-note-redactions-prh",
    meta=td_meta(["lost-apostrophe", "lost-oe"]),
    blocks=[
        B(td_top("Note aux rédactions", "21 janvier 2025", "OCHA, Bureau de la Coordonnatrice résidente")),
        P("Lancement du Plan de réponse humanitaire 2025 pour le Tchad"),
        P("L’Équipe humanitaire pays et le gouvernement du Tchad présenteront le Plan de réponse humanitaire 2025 aux partenaires techniques et financiers le 28 janvier 2025 à 9 h 30, à l’hôtel Radisson Blu de N'Djamena.", apos="drop"),
        P("La cérémonie sera présidée par le ministre de l’Action sociale, de la Solidarité et des Affaires humanitaires, en présence de la Coordonnatrice résidente et humanitaire des Nations Unies, Violette Kaboré-Ngarta. Le plan, qui n’a pas encore été rendu public, sera présenté par le chef du Bureau de la coordination des affaires humanitaires (OCHA).", apos="drop"),
        P("Les partenaires feront aussi le point sur la mise en œuvre du plan 2024, financé à hauteur de 58 %, et sur les priorités de l’année, au cœur desquelles figurent la réponse aux inondations et l’accueil des réfugiés. Il s’agit d’un moment clé pour la coordination, car c’est la première fois qu’il est présenté conjointement avec le ministère.", apos="drop", oe="drop"),
        P("Les journalistes sont priés de se présenter munis de leur carte de presse au plus tard 15 minutes avant le début de la cérémonie. Un point de presse suivra ; des interviews individuelles pourront être organisées sur demande.", apos="drop"),
        P("Inscriptions et demandes d’interviews : Mme Achta Mahamat Nour, chargée de l’information publique, OCHA, au +235 63 45 12 90 ou par courriel à mahamatnour@un.org.", apos="drop"),
        B(td_bottom(["ODD 16 : Paix, justice et institutions efficaces", "ODD 17 : Partenariats pour la réalisation des objectifs"],
                    [("Soudure 2025 : appel conjoint du PAM et de la FAO", "14 mars 2025"),
                     ("Inondations : déclaration de la Coordonnatrice résidente", "2 septembre 2024")])),
    ],
    gold=dict(
        title="Lancement du Plan de réponse humanitaire 2025 pour le Tchad",
        dateline=None,
        organisations=[org("Bureau de la coordination des affaires humanitaires", "OCHA")],
        places=[place("Tchad", "TD"), place("N'Djamena")],
        figures=[
            fig("le 28 janvier 2025 à 9 h 30", "2025-01-28", None, "date"),
            fig("58 %", 58, "%", "percent"),
            fig("15 minutes", 15, "minutes", "duration"),
        ],
        phones=[phone("+23563451290")],
        emails=["mahamatnour@un.org"],
        contacts=[contact("Achta Mahamat Nour", "chargée de l’information publique", "OCHA", ["+23563451290"], ["mahamatnour@un.org"])],
        notes=TD_NOTE + " Every ’ of the article was dropped ('lÉquipe', 'na pas', 'cest', 'quil'), the "
              "straight ' of N'Djamena survived; œ dropped ('mise en uvre', 'au c ur'). No dateline. 'Plan de réponse "
              "humanitaire 2025' and 'plan 2024' are names of plans (their years are not figures); a date with a "
              "clock time ('le 28 janvier 2025 à 9 h 30') is one date figure, like a time stamp. The Radisson Blu is a "
              "hotel (venue), not an organisation; the ministry is only named through a role ('le ministre de ...') and "
              "as 'le ministère': not listed. 'Équipe humanitaire pays' is a coordination forum, not listed. The media "
              "contact is given inside a body sentence (person, role, organisation, phone, e-mail with a final full "
              "stop). The Coordinator named in the body without any contact detail is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h26 statement, English dateline, stripped accents
PAGES.append(Page(
    name="h26-untchad-declaration-inondations",
    meta=td_meta(["english-dateline", "stripped-accents", "unaccented-capitals", "heading-glued"]),
    blocks=[
        B(td_top("Déclaration", "2 septembre 2024", "Bureau de la Coordonnatrice résidente")),
        P("Déclaration de la Coordonnatrice résidente et humanitaire sur les inondations au Tchad"),
        P("N'Djamena, 2 September 2024 - C’est avec une profonde tristesse que j’ai appris le bilan des inondations qui frappent le Tchad depuis la fin juillet : au moins 341 morts et près de 1,5 million de personnes sinistrées, dans la quasi-totalité des provinces. J’adresse mes condoléances aux familles endeuillées."),
        P("UNE SOLIDARITÉ NÉCESSAIRE", strip=True),
        P("Les eaux du Chari et du Logone ont atteint à N'Djamena un niveau jamais observé depuis 1988. Plus de 217 000 maisons ont été détruites, 432 000 hectares de cultures ont été submergés et 72 000 têtes de bétail ont péri, notamment dans le Logone Oriental et le Mayo-Kebbi Est.", strip=True, glue=True),
        P("RÉPONSE ET BESOINS", strip=True),
        P("Les agences des Nations Unies et leurs partenaires ont déjà distribué des vivres à 310 000 personnes et des abris d’urgence à 41 500 familles. L’Organisation mondiale de la Santé (OMS) et le ministère de la Santé publique et de la Prévention surveillent de près le risque de choléra.", strip=True, glue=True),
        P("Le plan d'urgence, d'un montant de 74,6 millions de dollars, n'est financé qu'à 12 pour cent. J’appelle les partenaires à se mobiliser sans attendre, avant que la décrue ne laisse place aux épidémies."),
        L("""Violette Kaboré-Ngarta
Coordonnatrice résidente et humanitaire des Nations Unies au Tchad"""),
        P("Pour toute demande des médias, écrivez à communication-rco-tchad@un.org."),
        B(td_bottom(["ODD 13 : Mesures relatives à la lutte contre les changements climatiques"],
                    [("Le Tchad face aux inondations : une réponse coordonnée", "20 août 2024"),
                     ("Journée mondiale de l’aide humanitaire 2024", "19 août 2024")])),
    ],
    gold=dict(
        title="Déclaration de la Coordonnatrice résidente et humanitaire sur les inondations au Tchad",
        dateline=dl("N'Djamena", "2024-09-02"),
        organisations=[org("Organisation mondiale de la Santé", "OMS"),
                       org("ministère de la Santé publique et de la Prévention", None)],
        places=[place("Tchad", "TD"), place("N'Djamena"), place("Chari"), place("Logone"),
                place("Logone Oriental"), place("Mayo-Kebbi Est")],
        figures=[
            fig("2 September 2024", "2024-09-02", None, "date"),
            fig("au moins 341 morts", 341, "morts", qualifier="au moins"),
            fig("près de 1,5 million de personnes", 1500000, "personnes", qualifier="près de"),
            fig("1988", 1988, None, "year"),
            fig("Plus de 217 000 maisons", 217000, "maisons", qualifier="plus de"),
            fig("432 000 hectares", 432000, "hectares", "other"),
            fig("72 000 têtes", 72000, "têtes"),
            fig("310 000 personnes", 310000, "personnes"),
            fig("41 500 familles", 41500, "familles"),
            fig("74,6 millions de dollars", 74600000, "dollars", "money", currency="USD"),
            fig("12 pour cent", 12, "%", "percent"),
        ],
        phones=[],
        emails=["communication-rco-tchad@un.org"],
        contacts=[contact(None, None, None, [], ["communication-rco-tchad@un.org"])],
        notes=TD_NOTE + " English dateline ('2 September 2024 -') on a French statement. Two headings in capitals lost "
              "their accents ('SOLIDARITE NECESSAIRE', 'REPONSE') and are glued to the paragraphs that follow, whose "
              "accents were stripped too (curly ’ survived). The signature (name and title) is article text, not a "
              "contact; the media line gives an office contact with only an e-mail (final full stop not part of it). "
              "Chari and Logone are rivers; 'Logone' is also listed because it occurs alone. 'depuis 1988': a year "
              "without 'en'. The ministry is an organisation here (named in full, as an actor).",
    ),
))

# --------------------------------------------------------------------------- h27 GENÈVE —, old CMS wraps, mailto, hidden e-mail
PAGES.append(Page(
    name="h27-untchad-hcr-adre-afflux",
    meta=td_meta(["hard-wrap", "wrapped-number", "html-debris", "hidden-email"]),
    wrap=72, jitter=12,
    blocks=[
        B(td_top("Communiqué de presse", "11 juillet 2025", "HCR, OIM, UNICEF",
                 alert="Information : les bureaux des Nations Unies à N'Djamena seront fermés le lundi 11 août 2025 (fête de l'Indépendance).")),
        P("Tchad : le HCR alerte sur l’afflux de réfugiés soudanais à Adré", nowrap=True),
        P("GENÈVE — Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) s’alarme de l’arrivée continue de réfugiés soudanais dans l’est du Tchad. Depuis le début du mois de juin, quelque 3⏎500 personnes franchissent chaque semaine la frontière à Adré, dans la province du Ouaddaï, fuyant les combats au Darfour."),
        P("Au total, plus de 768 000 réfugiés soudanais ont trouvé refuge au Tchad depuis le 15 avril 2023, s’ajoutant aux 409 000 qui y vivaient déjà. Près de 88 % d’entre eux sont des femmes et des enfants."),
        P("Les camps de Farchana, Metché et Arkoum accueillent aujourd’hui bien plus de personnes que prévu. Le HCR et ses partenaires, dont Médecins Sans Frontières et l’International Rescue Committee (IRC), ont ouvert un nouveau site à Dougui, à 40 km d’Adré, pour désengorger les abris de fortune installés le long de l’oued."),
        P("Le HCR a besoin de 214,7 millions de dollars pour sa réponse au Tchad en 2025. À la fin mai, l’opération n’était financée qu’à hauteur de 17 %."),
        L("""[[<p><strong>Pour plus d'informations :</strong><br />||Pour plus d'informations :]]
À N'Djamena : Ibrahim Saleh Djibrine, [[<a href="mailto:djibrine@unhcr.org">djibrine@unhcr.org</a>||djibrine@unhcr.org]], +235 66 12 48 30
À Genève : Claire Favre-Nkosi, [email protected], +41 79 412 36 58 ou +41 (0)22 739 84 12[[</p>||]]"""),
        B(td_bottom(["ODD 10 : Inégalités réduites", "ODD 16 : Paix, justice et institutions efficaces"],
                    [("Est du Tchad : les chiffres clés de la réponse humanitaire", "8 juillet 2025"),
                     ("Soudure 2025 : appel conjoint du PAM et de la FAO", "14 mars 2025")])),
    ],
    gold=dict(
        title="Tchad : le HCR alerte sur l’afflux de réfugiés soudanais à Adré",
        dateline=dl("GENÈVE", None),
        organisations=[org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"),
                       org("Médecins Sans Frontières", None),
                       org("International Rescue Committee", "IRC")],
        places=[place("Tchad", "TD"), place("Adré"), place("Genève"), place("Ouaddaï"), place("Darfour"),
                place("Farchana"), place("Metché"), place("Arkoum"), place("Dougui"), place("N'Djamena")],
        figures=[
            fig("quelque 3 500 personnes", 3500, "personnes", qualifier="quelque"),
            fig("plus de 768 000 réfugiés", 768000, "réfugiés", qualifier="plus de"),
            fig("le 15 avril 2023", "2023-04-15", None, "date"),
            fig("409 000", 409000, None),
            fig("Près de 88 %", 88, "%", "percent", qualifier="près de"),
            fig("40 km", 40, "km", "other"),
            fig("214,7 millions de dollars", 214700000, "dollars", "money", currency="USD"),
            fig("en 2025", 2025, None, "year"),
            fig("17 %", 17, "%", "percent"),
        ],
        phones=[phone("+23566124830"), phone("+41794123658"), phone("+41227398412")],
        emails=["djibrine@unhcr.org"],
        hidden_emails=1,
        contacts=[
            contact("Ibrahim Saleh Djibrine", None, None, ["+23566124830"], ["djibrine@unhcr.org"]),
            contact("Claire Favre-Nkosi", None, None, ["+41794123658", "+41227398412"], []),
        ],
        notes=TD_NOTE + " This page also has an office-closure banner on top (boilerplate; its date is not a figure). "
              "Old CMS: body paragraphs hard-wrapped, '3 500' split across the wrap ('quelque 3' / '500 personnes'). "
              "Dateline 'GENÈVE —' without date, not the story's place; 'Genève' (contact line) is listed in normal case. "
              "Acronym first with the long form in brackets. The contact block is wrapped in <p><strong>...<br />, the "
              "first address is mailto debris, the second is hidden ([email protected], counted). 'À N'Djamena' / 'À Genève' "
              "are office places, not organisation names, so the contacts have organisation null. '+41 (0)22' keeps "
              "a bracketed trunk 0. 'À la fin mai' is not a date figure (no day).",
    ),
))

# --------------------------------------------------------------------------- h28 key figures table, ’ and œ as ?
PAGES.append(Page(
    name="h28-untchad-chiffres-cles-est",
    meta=td_meta(["lost-apostrophe", "oe-question-mark", "obfuscated-email"]),
    blocks=[
        B(td_top("Infographie", "8 juillet 2025", "OCHA, HCR, PAM, UNICEF")),
        P("Est du Tchad : les chiffres clés de la réponse humanitaire au 30 juin 2025"),
        P("Tchad - Dix-huit mois après le début de l’afflux, la réponse humanitaire dans les provinces du Ouaddaï, du Wadi Fira, de l’Ennedi Est et du Sila reste sous-financée, selon le dernier tableau de bord publié par OCHA et le HCR.", apos="?"),
        P("Chiffres clés au 30 juin 2025"),
        L("""Réfugiés et retournés enregistrés : 1 117 000
Personnes ciblées par l’aide alimentaire : 890 000 (atteintes : 612 450, soit 68,8 %)
Enfants dépistés pour la malnutrition : 154 300
Litres d’eau par personne et par jour : 11,5 (norme : 15)
Latrines construites : 4.210
Financement reçu : 287,4 M$ sur 612 M$ requis (47 %)""", apos="?"),
        P("Le nombre de points d’eau reste très inférieur aux normes : à Adré, une borne-fontaine sert en moyenne 1 450 personnes. « Les équipes font un travail remarquable, mais le cœur du problème reste le financement », souligne le chef du bureau d’OCHA à Abéché.", apos="?", oe="?"),
        L("""Source : tableau de bord inter-agences, mise à jour du 30 juin 2025.
Contact : Bureau OCHA Abéché – ocha-abeche [at] un.org"""),
        B(td_bottom(["ODD 2 : Faim « zéro »", "ODD 6 : Eau propre et assainissement"],
                    [("Tchad : le HCR alerte sur l’afflux de réfugiés soudanais à Adré", "11 juillet 2025"),
                     ("Rougeole : 2,1 millions d’enfants vaccinés", "28 février 2025")],
                    docs=["Tableau de bord Est du Tchad – juin 2025 (PDF, 1,2 Mo)"])),
    ],
    gold=dict(
        title="Est du Tchad : les chiffres clés de la réponse humanitaire au 30 juin 2025",
        dateline=dl("Tchad", None),
        organisations=[org(None, "OCHA"), org(None, "HCR")],
        places=[place("Tchad", "TD"), place("Ouaddaï"), place("Wadi Fira"), place("Ennedi Est"), place("Sila"),
                place("Adré"), place("Abéché")],
        figures=[
            fig("30 juin 2025", "2025-06-30", None, "date"),
            fig("Dix-huit mois", 18, "mois", "duration"),
            fig("1 117 000", 1117000, None),
            fig("890 000", 890000, None),
            fig("612 450", 612450, None),
            fig("68,8 %", 68.8, "%", "percent"),
            fig("154 300", 154300, None),
            fig("11,5", 11.5, None, "other"),
            fig("15", 15, None, "other"),
            fig("4.210", 4210, None),
            fig("287,4 M$", 287400000, "M$", "money", currency="USD"),
            fig("612 M$", 612000000, "M$", "money", currency="USD"),
            fig("47 %", 47, "%", "percent"),
            fig("1 450 personnes", 1450, "personnes"),
        ],
        phones=[],
        emails=[],
        contacts=[contact(None, None, "Bureau OCHA Abéché", [], [])],
        notes=TD_NOTE + " A table-like list of key figures: each row is a line; the counted noun sits in the row label, "
              "so the figures have unit null (litres per person per day are a measure: kind other). '4.210' uses a dot "
              "for thousands. Every ’ of the article became '?' ('l?afflux', 'd?eau', 'd?OCHA'), œ too ('le c?ur'). "
              "Dateline is the country name alone ('Tchad -'). OCHA and HCR are never spelt out on this page. The "
              "source line is article text (its date repeats '30 juin 2025'). The contact is an office whose e-mail is "
              "obfuscated ('ocha-abeche [at] un.org'): kept as written, not listed in emails; the contact stays, "
              "with organisation 'Bureau OCHA Abéché' as written. The PDF link in 'Documents associés' is furniture.",
    ),
))

# --------------------------------------------------------------------------- h29 title and caption twice, cp1250, glued heading
PAGES.append(Page(
    name="h29-untchad-rougeole-riposte",
    meta=td_meta(["duplicate-title", "duplicate-caption", "mojibake-cp1250", "heading-glued", "body-glued"]),
    blocks=[
        B(td_top("Communiqué de presse", "28 février 2025", "UNICEF, OMS")),
        P("Rougeole : 2,1 millions d’enfants vaccinés lors de la campagne de riposte"),
        B("Rougeole : 2,1 millions d’enfants vaccinés lors de la campagne de riposte"),
        P("Une agente de santé vaccine un enfant au centre de santé de Walia, à N'Djamena. © UNICEF Tchad/2025/Mahamat"),
        B("Une agente de santé vaccine un enfant au centre de santé de Walia, à N'Djamena. © UNICEF Tchad/2025/Mahamat"),
        P("N'Djamena – La campagne de riposte contre la rougeole, menée du 3 au 12 février par le ministère de la Santé publique et de la Prévention avec l’appui du Fonds des Nations Unies pour l’enfance (UNICEF) et de l’OMS, a permis de vacciner 2 146 380 enfants âgés de 6 mois à 14 ans, soit 97,3 % de la cible.", moji="cp1250"),
        P("Dans le Mayo-Kebbi Est et le Moyen-Chari, où 1 874 cas et 23 décès avaient été notifiés depuis janvier, les équipes ont également vérifié le carnet de vaccination des enfants de moins de cinq ans."),
        P("Des séances de rattrapage seront organisées en avril.", glue=True),
        P("Sensibiliser les femmes"),
        P("Le ministère a formé 9 600 relais communautaires, en majorité des femmes, pour aller de porte en porte. Près de deux tiers des mères interrogées ont déclaré avoir appris la campagne par un relais.", glue=True),
        P("« Chaque enfant protégé aujourd’hui, c’est une épidémie évitée demain », a déclaré Anne-Sophie Lefebvre-Diallo, représentante de l’UNICEF au Tchad.", moji="cp1250"),
        P("La campagne, qui a mobilisé 4 820 vaccinateurs, a coûté 3,2 milliards de francs CFA (environ 5,3 millions de dollars), financés par l’Union européenne et la Banque mondiale."),
        B(td_bottom(["ODD 3 : Bonne santé et bien-être"],
                    [("Journée africaine de la vaccination : le Tchad renforce la chaîne du froid", "24 avril 2024"),
                     ("Lancement du Plan de réponse humanitaire 2025", "21 janvier 2025")])),
    ],
    gold=dict(
        title="Rougeole : 2,1 millions d’enfants vaccinés lors de la campagne de riposte",
        dateline=dl("N'Djamena", None),
        organisations=[org("ministère de la Santé publique et de la Prévention", None),
                       org("Fonds des Nations Unies pour l’enfance", "UNICEF"),
                       org(None, "OMS"),
                       org("Union européenne", None),
                       org("Banque mondiale", None)],
        places=[place("Walia"), place("N'Djamena"), place("Tchad", "TD"), place("Mayo-Kebbi Est"),
                place("Moyen-Chari")],
        figures=[
            fig("2,1 millions d’enfants", 2100000, "enfants"),
            fig("3", "--02-03", None, "date"),
            fig("12 février", "--02-12", None, "date"),
            fig("2 146 380 enfants", 2146380, "enfants"),
            fig("6 mois", 6, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("97,3 %", 97.3, "%", "percent"),
            fig("1 874 cas", 1874, "cas"),
            fig("23 décès", 23, "décès"),
            fig("moins de cinq ans", 5, "ans", "age", qualifier="moins de"),
            fig("9 600 relais", 9600, "relais"),
            fig("Près de deux tiers", 0.6667, None, "other", qualifier="près de"),
            fig("4 820 vaccinateurs", 4820, "vaccinateurs"),
            fig("3,2 milliards de francs CFA", 3200000000, "francs CFA", "money", currency="XAF"),
            fig("environ 5,3 millions de dollars", 5300000, "dollars", "money", qualifier="environ", currency="USD"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=TD_NOTE + " Title and caption printed twice (second copies are boilerplate); 'UNICEF Tchad/2025' in the "
              "photo credit is not a figure. The dateline paragraph and the quote are UTF-8 read as cp1250. A sentence "
              "glued without a space ('cinq ans.Des séances') and a subheading glued to its paragraph ('Sensibiliser "
              "les femmesLe ministère'). 'du 3 au 12 février': a range of dates (two figures). '6 mois à 14 ans': both "
              "bounds carry their own unit. 'deux tiers' of the mothers: fraction, kind other. OMS is never spelt "
              "out here. No contact on this page.",
    ),
))
