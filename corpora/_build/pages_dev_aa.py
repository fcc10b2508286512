"""h296-h311: written blind in session 18, scored blind with session 19's starting and ending code, moved into dev in session 20.

The writer read only corpora/README.md (gold format, conventions, every "Added with ..." paragraph, the site table and
the defect tags), build.py, check_gold.py, two page sources as API examples (pages_dev_x.py, pages_dev_y.py) and the
shared survey of real pages with its seed (not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/). h296-h300 come from one
made-up press room, a Sahelian water NGO network's site in Nouakchott (Mauritania), whose header is shaped like the
seed's menu (doubled labels, bare `-` and `- label` lines, two headings glued to their blurb), with an optional banner,
a breadcrumb, a type/date line, a share line, a water-point counter that changes from page to page, related headlines
that change, an optional newsletter line and a footer; h301-h311 come from eleven other sites, one page each: a
francophone centre in Iqaluit (Nunavut, h301, clean), a French surgical NGO's English release on Liberia under French
chrome (h302), a UN Geneva press-briefing summary (h303, listing), a Geneva shelter NGO on Ukraine with an English
dateline (h304), the German-speaking Community of Belgium in Eupen under German/French chrome (h305), a document
sharing site's preview of an NGO situation report on Cabo Delgado, Mozambique (h306), a Zinder (Niger) news portal on
an old CMS (h307), a Franco-Jordanian chamber of commerce in Amman (h308), a regional animal-health organisation's final
communiqué in a browser print view (Bobo-Dioulasso, h309), a French NGO rebuilding schools in Mosul, Iraq (h310) and an
NGO's page on Herat, Afghanistan, on an old CMS, cut off by the scraper (h311). All bodies, people, numbers, hosts and
mailboxes are invented.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def swap(clean: str, chars: str, rep: str) -> str:
    """Markup for text whose raw side shows `rep` in place of each of `chars`."""
    return "".join(f"[[{rep}||{c}]]" if c in chars else c for c in clean)


# =========================================================================== ASE, Sahelian water NGO network (Nouakchott)
ASE_SITE = "www.ase-sahel.example.org"


def ase_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu"]
    if banner:
        lines.append(banner)
    lines += ["العربية | Français | English",
              "ASE – Alliance sahélienne pour l’eau",
              "-",
              "Qui sommes-nous",
              "Qui sommes-nousL’Alliance sahélienne pour l’eau fédère depuis 2009 quarante-deux organisations de la "
              "société civile de quatre pays pour un accès durable à l’eau potable et à l’assainissement.",
              "Gouvernance",
              "Gouvernance",
              "- Assemblée générale",
              "- Secrétariat exécutif",
              "- Partenaires techniques et financiers",
              "-",
              "Nos programmes",
              "Nos programmesDe la réhabilitation des forages à la gestion communautaire des points d’eau, nos "
              "programmes couvrent 1 900 villages du Sahel.",
              "- Eau potable",
              "- Assainissement et hygiène",
              "- Hydraulique pastorale",
              "-",
              "Médias",
              "Médias",
              "- Communiqués",
              "- Invitations presse",
              "- Déclarations",
              "- Photothèque",
              "Agir avec nous",
              "Agir avec nous",
              "Rechercher",
              f"Accueil / Médias / {rubric}",
              stamp]
    return "\n".join(lines)


def ase_bottom(counter, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook | X | LinkedIn | WhatsApp | E-mail",
              f"Points d’eau réhabilités depuis le 1er janvier 2025 : {counter}",
              "Dernières actualités"]
    lines += [f"{h} – {d}" for h, d in related]
    if newsletter:
        lines.append("Recevez la lettre de l’Alliance | Votre adresse e-mail | S’inscrire")
    lines += ["ASE – Secrétariat exécutif – Îlot K, lot 214, Tevragh Zeina – BP 5127 Nouakchott – Tél. : +222 45 25 71 30",
              "© 2025 Alliance sahélienne pour l’eau – Mentions légales – Confidentialité – Plan du site"]
    return "\n".join(lines)


def ase_meta(defects, newsletter=True):
    base = ["menu", "duplicate-lines", "heading-glued", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if newsletter:
        base.append("newsletter-chrome")
    return {"site": ASE_SITE, "style": "water-ngo-network-seed-shaped-menu", "defects": base + defects}


ASE_NOTE = ("Site furniture shared by h296-h300: skip line, an optional banner (accreditations on h297, a donation "
            "campaign on h299), Arabic/French/English language line, site name 'ASE – Alliance sahélienne pour l’eau', "
            "a menu shaped like the seed's (bare '-' lines, doubled 'Gouvernance', 'Médias', 'Agir avec nous', '- "
            "label' lines, two headings glued to their blurb: 'Qui sommes-nousL’Alliance ...', 'Nos programmesDe "
            "...'), 'Rechercher', breadcrumb 'Accueil / Médias / rubric' (Communiqués, Invitations presse, "
            "Déclarations, Photothèque), a 'type | dd/mm/yyyy' line; at the bottom an optional attachment line "
            "(h296), share line, a 'Points d’eau réhabilités depuis le 1er janvier 2025 : n' counter whose number "
            "changes on every page, 'Dernières actualités' with 'headline – dd/mm/yyyy' lines that change, a "
            "newsletter line (absent on h300), footer with BP box and switchboard, copyright/legal line: all "
            "boilerplate, its numbers neither figures nor phones; the long form in the site name and in the menu "
            "blurb does not count as the article naming the network. The network (ASE), its people and its offices "
            "are made up. Mauritanian numbers have eight digits (landlines 45 ..., mobiles 2/3/4 ...); the ouguiya "
            "is MRU; francs CFA in Mali, Niger and Senegal are XOF.")

# --------------------------------------------------------------------------- h296 annual communiqué: glued body heading, œ dropped, dot thousands, « » and “ ”
PAGES.append(Page(
    name="h296-ase-bilan-forages-2025",
    meta=ase_meta(["lost-oe", "mixed-quotes"]),
    blocks=[
        B(ase_top("Communiqués", "Communiqué | 01/12/2025")),
        P("Sahel : l’Alliance a réhabilité 1 284 forages en 2025, un record"),
        P("Nouakchott, le 1er décembre 2025 – L’Alliance sahélienne pour l’eau (ASE) a réhabilité 1 284 forages et "
          "312 puits pastoraux entre janvier et novembre 2025 en Mauritanie, au Mali, au Niger et au Sénégal, contre "
          "946 forages en 2024. Quelque 432.574 personnes ont retrouvé un accès à l’eau potable à moins de 500 mètres "
          "de leur domicile."),
        P("Un effort concentré sur les zones pastorales"),
        P("Près de 58 % des ouvrages se trouvent dans les régions du Hodh El Chargui, de Tombouctou et de Tillabéri, "
          "où la sécheresse de 2024 avait tari un tiers des points d’eau. Les comités de gestion formés par "
          "l’Alliance perçoivent désormais une redevance de 10 ouguiyas par bidon de 20 litres, qui finance "
          "l’entretien des pompes.", glue=True),
        P("Financements"),
        P("Le programme “Eau pour tous”, d’un coût de 2,7 milliards d’ouguiyas (environ 6,1 millions d’euros), est "
          "financé par la Banque africaine de développement (BAD), l’Agence française de développement (AFD) et le "
          "Fonds koweïtien pour le développement économique arabe. Il est mis en œuvre avec 46 organisations locales "
          "et s’achèvera le 30 juin 2026.", glue=True, oe="drop"),
        P("« Derrière chaque forage, il y a des filles qui retournent à l’école », souligne la secrétaire exécutive "
          "de l’ASE, Mariem mint Ahmed Salem."),
        L("""Contact presse :
Sidi Mohamed ould Cheikh, chargé de communication, ASE Nouakchott
Tél. : +222 45 25 71 34 / 36 41 88 22
s.cheikh@ase-sahel.example.org"""),
        B(ase_bottom("1 596",
                     [("Déclaration sur la crise de l’eau à Ménaka", "28/11/2025"),
                      ("En images : à Podor, des maraîchères gèrent leur station de pompage", "26/11/2025"),
                      ("Hydraulique pastorale : un guide pour les comités de gestion", "14/11/2025")],
                     attach="Télécharger le rapport annuel 2025 (PDF – 2,4 Mo)")),
    ],
    gold=dict(
        title="Sahel : l’Alliance a réhabilité 1 284 forages en 2025, un record",
        dateline=dl("Nouakchott", "2025-12-01"),
        organisations=[org("Alliance sahélienne pour l’eau", "ASE"),
                       org("Banque africaine de développement", "BAD"),
                       org("Agence française de développement", "AFD"),
                       org("Fonds koweïtien pour le développement économique arabe", None)],
        places=[place("Sahel"), place("Nouakchott"), place("Mauritanie", "MR"), place("Mali", "ML"),
                place("Niger", "NE"), place("Sénégal", "SN"), place("Hodh El Chargui"), place("Tombouctou"),
                place("Tillabéri")],
        figures=[
            fig("1 284 forages", 1284, "forages"),
            fig("en 2025", 2025, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("312 puits", 312, "puits"),
            fig("novembre 2025", 2025, None, "year"),
            fig("946 forages", 946, "forages"),
            fig("en 2024", 2024, None, "year"),
            fig("Quelque 432.574 personnes", 432574, "personnes", qualifier="Quelque"),
            fig("moins de 500 mètres", 500, "mètres", "other", qualifier="moins de"),
            fig("Près de 58 %", 58, "%", "percent", qualifier="Près de"),
            fig("2024", 2024, None, "year"),
            fig("un tiers", 0.3333, None, "other"),
            fig("10 ouguiyas", 10, "ouguiyas", "money", currency="MRU"),
            fig("20 litres", 20, "litres", "other"),
            fig("2,7 milliards d’ouguiyas", 2700000000, "ouguiyas", "money", currency="MRU"),
            fig("environ 6,1 millions d’euros", 6100000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("46 organisations", 46, "organisations"),
            fig("le 30 juin 2026", "2026-06-30", None, "date"),
        ],
        phones=[phone("+22245257134"), phone("+22236418822")],
        emails=["s.cheikh@ase-sahel.example.org"],
        contacts=[contact("Sidi Mohamed ould Cheikh", "chargé de communication", "ASE Nouakchott",
                          ["+22245257134", "+22236418822"], ["s.cheikh@ase-sahel.example.org"])],
        notes=ASE_NOTE + " No banner; a PDF attachment line. The two body subheadings are glued to the paragraph after "
              "them ('pastoralesPrès de 58 %', 'FinancementsLe programme'). œ dropped ('mis en uvre'). Thousands "
              "grouped by a dot ('Quelque 432.574 personnes' = 432574) and by a space. 'entre janvier et novembre "
              "2025': a month-year ('novembre 2025'); 'en 2025' (title), 'en 2024' and 'la sécheresse de 2024' "
              "('2024') are three texts. 'un tiers des points d’eau': fraction. 'une redevance de 10 ouguiyas par "
              "bidon de 20 litres': '10 ouguiyas' (MRU, 'par bidon' out) and the container's '20 litres'. '312 puits "
              "pastoraux': unit 'puits', the adjective after the noun out. « » and “ ” on one page, kept as written; the "
              "programme “Eau pour tous” is not an organisation. "
              "Sahel (title) a place; Hodh El Chargui, Tombouctou, Tillabéri regions (iso null). Contact: a person "
              "with role and office label 'ASE Nouakchott' (the organisation as written), a landline with code and a "
              "mobile after '/' without code (+222).",
    ),
))

# --------------------------------------------------------------------------- h297 press invitation: glued sentences, programme, two-person accreditation block with a hidden e-mail
PAGES.append(Page(
    name="h297-ase-invitation-forum-eau-eleveurs-bamako",
    meta=ase_meta(["body-glued", "hidden-email"]),
    blocks=[
        B(ase_top("Invitations presse", "Invitation presse | 03/12/2025",
                  banner="Accréditations presse ouvertes jusqu’au 8 décembre : forum « L’eau des éleveurs », Bamako")),
        P("Invitation presse : forum régional « L’eau des éleveurs » à Bamako, les 10 et 11 décembre"),
        P("L’Alliance sahélienne pour l’eau (ASE) et la Direction nationale de l’hydraulique (DNH) du Mali invitent "
          "les représentants des médias au forum régional « L’eau des éleveurs », qui se tiendra les mercredi 10 et "
          "jeudi 11 décembre 2025 au Centre international de conférences de Bamako."),
        P("Quelque 150 participants, venus de Mauritanie, du Mali, du Niger, du Sénégal et du Tchad, débattront de la "
          "transhumance transfrontalière, qui concerne chaque année près de 4 millions de têtes de bétail.",
          glue=True),
        L("""Programme
8 h 30 : accueil et accréditation des journalistes
9 h 30 : ouverture officielle
11 h 00 : panel « Puits pastoraux et prévention des conflits »
13 h 00 : point presse"""),
        L("""Accréditations avant le lundi 8 décembre à 17 h :
Fatoumata Traoré, chargée de communication, ASE Bamako – +223 20 22 78 45 / 76 41 82 30 – f.traore@ase-sahel.example.org
Moussa Keïta, DNH – +223 20 21 35 09 – [email protected]"""),
        B(ase_bottom("1 602",
                     [("Sahel : l’Alliance a réhabilité 1 284 forages en 2025, un record", "01/12/2025"),
                      ("Déclaration sur la crise de l’eau à Ménaka", "28/11/2025"),
                      ("En images : à Podor, des maraîchères gèrent leur station de pompage", "26/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : forum régional « L’eau des éleveurs » à Bamako, les 10 et 11 décembre",
        dateline=None,
        organisations=[org("Alliance sahélienne pour l’eau", "ASE"),
                       org("Direction nationale de l’hydraulique", "DNH")],
        places=[place("Bamako"), place("Mali", "ML"), place("Mauritanie", "MR"), place("Niger", "NE"),
                place("Sénégal", "SN"), place("Tchad", "TD")],
        figures=[
            fig("10", "--12-10", None, "date"),
            fig("11 décembre", "--12-11", None, "date"),
            fig("mercredi 10", "2025-12-10", None, "date"),
            fig("jeudi 11 décembre 2025", "2025-12-11", None, "date"),
            fig("Quelque 150 participants", 150, "participants", qualifier="Quelque"),
            fig("près de 4 millions de têtes", 4000000, "têtes", qualifier="près de"),
            fig("le lundi 8 décembre à 17 h", "--12-08", None, "date"),
        ],
        phones=[phone("+22320227845"), phone("+22376418230"), phone("+22320213509")],
        emails=["f.traore@ase-sahel.example.org"],
        hidden_emails=1,
        contacts=[contact("Fatoumata Traoré", "chargée de communication", "ASE Bamako",
                          ["+22320227845", "+22376418230"], ["f.traore@ase-sahel.example.org"]),
                  contact("Moussa Keïta", None, "DNH", ["+22320213509"], [])],
        notes=ASE_NOTE + " An accreditation banner. No dateline (an invitation). The two body paragraphs are glued "
              "at a full stop ('de Bamako.Quelque 150'): split. Title 'les 10 et 11 décembre' gives '10' (--12-10) "
              "and '11 décembre'; the body's 'les mercredi 10 et jeudi 11 décembre 2025' gives 'mercredi 10' "
              "(weekday kept, month and year of the second bound) and 'jeudi 11 décembre 2025'. Programme clock "
              "times are not figures. 'près de 4 millions de têtes de bétail': unit 'têtes'. The DNH's long form is "
              "'Direction nationale de l’hydraulique' (the 'du Mali' after the bracket is not inside it); Mali also "
              "stands alone in the list of countries. The conference centre is a venue. Accreditation deadline with "
              "weekday and clock time: one date figure from 'le' (h120-h135). Two accreditation lines: a person with "
              "role and office label 'ASE Bamako', a Bamako landline and a mobile after '/' without code (+223); a "
              "person with the organisation 'DNH' and a hidden address (counted, not listed).",
    ),
))

# --------------------------------------------------------------------------- h298 statement with signature: ’ as '?', a duplicated heading line, no contact
PAGES.append(Page(
    name="h298-ase-declaration-crise-eau-menaka",
    meta=ase_meta(["lost-apostrophe"]),
    blocks=[
        B(ase_top("Déclarations", "Déclaration | 28/11/2025")),
        P("Déclaration de l’Alliance sahélienne pour l’eau sur la crise de l’eau à Ménaka"),
        P("Nouakchott, le 28 novembre 2025 – L’Alliance sahélienne pour l’eau exprime sa vive préoccupation face à la "
          "situation de quelque 38 000 déplacés installés depuis septembre autour de Ménaka, dans le nord-est du "
          "Mali, où l’accès à l’eau est tombé à 6 litres par personne et par jour, loin des 15 litres du standard "
          "humanitaire minimal.", apos="?"),
        P("Trois des sept forages de la ville sont à l’arrêt faute de carburant, et le prix du bidon de 20 litres a "
          "été multiplié par quatre en deux mois.", apos="?"),
        P("Nos demandes"),
        B("Nos demandes"),
        L("""- l’ouverture d’un corridor humanitaire pour l’acheminement de carburant et de pièces détachées ;
- un financement d’urgence de 1,5 million de dollars pour les acteurs de l’eau ;
- la protection des infrastructures hydrauliques, conformément au droit international humanitaire.""", apos="?"),
        P("L’Alliance appelle les autorités maliennes et les bailleurs, qui se réuniront à Genève le 4 décembre, à "
          "agir sans délai.", apos="?"),
        L("""Mariem mint Ahmed Salem
Secrétaire exécutive de l’Alliance sahélienne pour l’eau"""),
        B(ase_bottom("1 588",
                     [("En images : à Podor, des maraîchères gèrent leur station de pompage", "26/11/2025"),
                      ("Hydraulique pastorale : un guide pour les comités de gestion", "14/11/2025"),
                      ("Mauritanie : 40 forages solaires dans le Hodh El Gharbi", "06/11/2025")])),
    ],
    gold=dict(
        title="Déclaration de l’Alliance sahélienne pour l’eau sur la crise de l’eau à Ménaka",
        dateline=dl("Nouakchott", "2025-11-28"),
        organisations=[org("Alliance sahélienne pour l’eau", None)],
        places=[place("Ménaka"), place("Nouakchott"), place("Mali", "ML"), place("Genève")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("quelque 38 000 déplacés", 38000, "déplacés", qualifier="quelque"),
            fig("6 litres", 6, "litres", "other"),
            fig("15 litres", 15, "litres", "other"),
            fig("Trois", 3, None),
            fig("sept forages", 7, "forages"),
            fig("20 litres", 20, "litres", "other"),
            fig("quatre", 4, None, "other"),
            fig("deux mois", 2, "mois", "duration"),
            fig("1,5 million de dollars", 1500000, "dollars", "money", currency="USD"),
            fig("le 4 décembre", "--12-04", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=ASE_NOTE + " No banner, no attachment. Every ’ of the body (not the title, not the signature) is '?' "
              "('L?Alliance', 'l?accès', 'l?eau', 'd?urgence'). The heading 'Nos demandes' is printed twice on "
              "consecutive lines: the second copy is boilerplate (decided: a duplicated line of the body is treated "
              "as a printed-twice title or caption). The article names the network only by its long form (acronym "
              "null on this page, h104-h119 per-page rule). '6 litres par personne et par jour': '6 litres' (the per "
              "unit out); 'Trois des sept forages': 'Trois' (unit null, as h275's 'deux des quatre') and 'sept "
              "forages'; 'multiplié par quatre': a ratio (kind other, unit null, h168-h183 'multipliée par 2,6'); "
              "'depuis septembre' not a figure; 'le 4 décembre' without year. The signature is article text, not a "
              "contact; no contact on the page. 'maliennes' is an adjective.",
    ),
))

# --------------------------------------------------------------------------- h299 information note: cp1252 dateline paragraph, key-figure rows, ungrouped 2373, office line
PAGES.append(Page(
    name="h299-ase-niger-inondations-puits-desinfectes",
    meta=ase_meta(["mojibake-cp1252"]),
    blocks=[
        B(ase_top("Communiqués", "Note d’information | 04/12/2025",
                  banner="Campagne « Un forage, une école » : les dons sont ouverts jusqu’au 31 décembre")),
        P("Niger : trois mois après les inondations, 1 126 puits désinfectés à Maradi et Dosso"),
        P("Niamey, le 4 décembre 2025 – Trois mois après les inondations qui ont frappé les régions de Maradi et de "
          "Dosso, l’Alliance sahélienne pour l’eau (ASE) a désinfecté 1 126 puits et distribué 18 400 kits "
          "d’hygiène, avec l’appui du Fonds des Nations unies pour l’enfance (UNICEF).", moji="cp1252"),
        P("Chiffres clés au 30 novembre"),
        L("""Ménages sinistrés accompagnés : 9 870
Puits désinfectés : 1 126
Latrines d’urgence construites : 2373
Couverture des besoins en eau : 71,5 %"""),
        P("Le coût de la réponse atteint 1,9 milliard de francs CFA, dont 1,2 milliard apporté par l’UNICEF. Les "
          "besoins restants sont estimés à 640 millions de francs CFA pour les six prochains mois."),
        L("Bureau de l’ASE à Niamey : +227 20 72 33 18 – niamey@ase-sahel.example.org"),
        B(ase_bottom("1 609",
                     [("Invitation presse : forum « L’eau des éleveurs » à Bamako", "03/12/2025"),
                      ("Sahel : l’Alliance a réhabilité 1 284 forages en 2025, un record", "01/12/2025"),
                      ("Déclaration sur la crise de l’eau à Ménaka", "28/11/2025")])),
    ],
    gold=dict(
        title="Niger : trois mois après les inondations, 1 126 puits désinfectés à Maradi et Dosso",
        dateline=dl("Niamey", "2025-12-04"),
        organisations=[org("Alliance sahélienne pour l’eau", "ASE"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF")],
        places=[place("Niger", "NE"), place("Maradi"), place("Dosso"), place("Niamey")],
        figures=[
            fig("trois mois", 3, "mois", "duration"),
            fig("1 126 puits", 1126, "puits"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Trois mois", 3, "mois", "duration"),
            fig("18 400 kits", 18400, "kits"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("9 870", 9870, None),
            fig("1 126", 1126, None),
            fig("2373", 2373, None),
            fig("71,5 %", 71.5, "%", "percent"),
            fig("1,9 milliard de francs CFA", 1900000000, "francs CFA", "money", currency="XOF"),
            fig("1,2 milliard", 1200000000, None, "money", currency="XOF"),
            fig("640 millions de francs CFA", 640000000, "francs CFA", "money", currency="XOF"),
            fig("six prochains mois", 6, "mois", "duration"),
        ],
        phones=[phone("+22720723318")],
        emails=["niamey@ase-sahel.example.org"],
        contacts=[contact(None, None, "Bureau de l’ASE à Niamey", ["+22720723318"], ["niamey@ase-sahel.example.org"])],
        notes=ASE_NOTE + " A donation-campaign banner. The dateline paragraph is UTF-8 read as cp1252 ('Ã©', 'â€“', "
              "'â€™'); the dateline is Niamey (the network's office), not the site's seat. 'trois mois' (title) and "
              "'Trois mois' (body) are two texts, both durations. Heading 'Chiffres clés au 30 novembre': a date "
              "without year ('au' out, h104-h119), not dated from the dateline. Key-figure rows hold the counted noun "
              "in their label: counts with unit null ('9 870', '1 126' another text than '1 126 puits', '2373' "
              "written without grouping). 'dont 1,2 milliard': money in the context's currency with unit null "
              "('dont' is not a qualifier, left out). 'les six prochains mois': duration, the adjective before the "
              "noun in the text. Contact: an office line (organisation as written, not listed apart).",
    ),
))

# --------------------------------------------------------------------------- h300 photo story: caption twice, English caption, a paragraph without accents, no newsletter line
PAGES.append(Page(
    name="h300-ase-podor-maraicheres-station-solaire-photos",
    meta=ase_meta(["duplicate-caption", "english-caption", "stripped-accents"], newsletter=False),
    blocks=[
        B(ase_top("Photothèque", "Reportage photo | 26/11/2025")),
        P("En images : à Podor, des maraîchères gèrent leur propre station de pompage solaire"),
        P("Awa Sall, présidente du groupement de Donaye, ouvre la vanne de la station, le 20 novembre. © ASE/M. Diallo"),
        B("Awa Sall, présidente du groupement de Donaye, ouvre la vanne de la station, le 20 novembre. © ASE/M. Diallo"),
        P("La station, alimentée par 48 panneaux solaires, irrigue désormais 12 hectares de maraîchage et fournit "
          "l’eau potable à quelque 2 600 habitants de trois villages du département de Podor, au Sénégal.",
          strip=True),
        P("Le groupement de Donaye compte 86 membres, toutes des femmes. La vente des oignons et des tomates a "
          "rapporté 3,4 millions de francs CFA lors de la première récolte, en octobre."),
        P("Members of the Donaye women’s group at the solar pumping station. Photo: ASE/M. Diallo"),
        P("La station a coûté 21 millions de francs CFA, financés par la Fondation Eaux vives du Sahel. L’ASE prévoit "
          "d’en installer cinq autres en 2026 dans le département."),
        L("Photos haute définition sur demande : phototheque@ase-sahel.example.org"),
        B(ase_bottom("1 581",
                     [("Hydraulique pastorale : un guide pour les comités de gestion", "14/11/2025"),
                      ("Mauritanie : 40 forages solaires dans le Hodh El Gharbi", "06/11/2025"),
                      ("Journée mondiale des toilettes : nos équipes mobilisées", "19/11/2025")],
                     newsletter=False)),
    ],
    gold=dict(
        title="En images : à Podor, des maraîchères gèrent leur propre station de pompage solaire",
        dateline=None,
        organisations=[org(None, "ASE"), org("Fondation Eaux vives du Sahel", None)],
        places=[place("Podor"), place("Donaye"), place("Sénégal", "SN")],
        figures=[
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("48 panneaux", 48, "panneaux"),
            fig("12 hectares", 12, "hectares", "other"),
            fig("quelque 2 600 habitants", 2600, "habitants", qualifier="quelque"),
            fig("trois villages", 3, "villages"),
            fig("86 membres", 86, "membres"),
            fig("3,4 millions de francs CFA", 3400000, "francs CFA", "money", currency="XOF"),
            fig("21 millions de francs CFA", 21000000, "francs CFA", "money", currency="XOF"),
            fig("cinq", 5, None),
            fig("en 2026", 2026, None, "year"),
        ],
        phones=[],
        emails=["phototheque@ase-sahel.example.org"],
        contacts=[contact(None, None, None, [], ["phototheque@ase-sahel.example.org"])],
        notes=ASE_NOTE + " No banner and no newsletter line on this page. The first caption is printed twice (second "
              "copy boilerplate); a second caption is in English (article text). The first body paragraph was typed "
              "without accents ('alimentee', 'desormais', 'maraichage', 'departement', 'Senegal'): accents restored. "
              "'48 panneaux solaires': unit 'panneaux'. 'cinq autres': count with unit null (noun elided). 'première "
              "récolte' an ordinal word, 'en octobre' not a figure. 'le groupement de Donaye' (a women's group named "
              "by its village, lower case) is not listed as an organisation; Donaye is a place. The network is named by acronym only (caption "
              "credits and body). Sahel only inside the foundation's name: not a place. The photo line with only an "
              "address is one contact with all fields null but the e-mail (h200-h215).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h301 francophone centre in Iqaluit (Nunavut), no defect and no boilerplate
PAGES.append(Page(
    name="h301-cfn-nunavut-garderie-rankin-inlet",
    meta={"site": "www.cfn-nunavut.example.ca", "style": "arctic-francophone-centre-clean", "defects": []},
    blocks=[
        P("Le Carrefour francophone du Nunavut ouvre une garderie en français à Rankin Inlet"),
        P("Iqaluit, le 2 décembre 2025 – Le Carrefour francophone du Nunavut (CFN) ouvrira le 12 janvier 2026 à "
          "Rankin Inlet la première garderie en français de la région du Kivalliq, et le premier service de ce type "
          "au Nunavut hors d’Iqaluit. Elle accueillera 16 enfants de 18 mois à 5 ans, du lundi au vendredi."),
        P("Le projet, d’un coût de 412 500 $ sur trois ans, est financé par le gouvernement du Nunavut et par Emploi "
          "et Développement social Canada. Selon le recensement de 2021, environ 1 % des habitants du territoire ont "
          "le français comme première langue officielle parlée."),
        P("« Les familles francophones de Rankin Inlet attendaient ce service depuis des années », souligne la "
          "directrice générale du CFN, Nathalie Tremblay-Kopak. Deux éducatrices, recrutées au Québec et au "
          "Manitoba, s’installeront dans la communauté dès le 5 janvier."),
        P("Les inscriptions sont ouvertes jusqu’au 19 décembre."),
        L("""Renseignements :
Julien Arseneault, agent de communication
Carrefour francophone du Nunavut
867 979-4210, poste 105
Sans frais : 1 877 640-2215
communication@cfn-nunavut.example.ca"""),
    ],
    gold=dict(
        title="Le Carrefour francophone du Nunavut ouvre une garderie en français à Rankin Inlet",
        dateline=dl("Iqaluit", "2025-12-02"),
        organisations=[org("Carrefour francophone du Nunavut", "CFN"), org("gouvernement du Nunavut", None),
                       org("Emploi et Développement social Canada", None)],
        places=[place("Rankin Inlet"), place("Iqaluit"), place("Kivalliq"), place("Nunavut"), place("Québec"),
                place("Manitoba")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 12 janvier 2026", "2026-01-12", None, "date"),
            fig("16 enfants", 16, "enfants"),
            fig("18 mois", 18, "mois", "age"),
            fig("5 ans", 5, "ans", "age"),
            fig("412 500 $", 412500, "$", "money", currency="CAD"),
            fig("trois ans", 3, "ans", "duration"),
            fig("2021", 2021, None, "year"),
            fig("environ 1 %", 1, "%", "percent", qualifier="environ"),
            fig("Deux éducatrices", 2, "éducatrices"),
            fig("le 5 janvier", "--01-05", None, "date"),
            fig("19 décembre", "--12-19", None, "date"),
        ],
        phones=[phone("+18679794210", extension="105"), phone("+18776402215")],
        emails=["communication@cfn-nunavut.example.ca"],
        contacts=[contact("Julien Arseneault", "agent de communication", "Carrefour francophone du Nunavut",
                          ["+18679794210", "+18776402215"], ["communication@cfn-nunavut.example.ca"])],
        notes="A (made-up) francophone community centre's release from Iqaluit with no defect and no boilerplate at "
              "all. 'première garderie', 'premier service' are ordinal words. 'de 18 mois à 5 ans': a range of ages "
              "whose first bound has its own unit ('18 mois', '5 ans', both kind age). '$' on a Canadian page is "
              "CAD; 'sur trois ans' a duration. 'le recensement de 2021': the year dating the census ('2021', as "
              "'les diplômés de 2023'). 'depuis des années' vague; 'dès le 5 janvier' and 'jusqu’au 19 décembre' "
              "without year ('dès' and 'jusqu’au' out, 'le' kept where written right before the date). 'le "
              "gouvernement du Nunavut' is an executive named as a body (h88-h103), listed as written; Emploi et "
              "Développement social Canada is a real federal department carrying invented numbers. Nunavut (also "
              "standing alone), Kivalliq (a region), Québec and Manitoba (provinces) have iso null; Canada only "
              "inside the department's name. Contact: a person with role and organisation, an 867 number (+1) with "
              "'poste 105' and a toll-free number after 'Sans frais :' (the contact's phone, h200-h215).",
    ),
))

# --------------------------------------------------------------------------- h302 French surgical NGO: English release on Liberia under French chrome, lost dash, ’ as '?'
PAGES.append(Page(
    name="h302-sca-liberia-surgical-mission-gbarnga-en",
    meta={"site": "www.sca-chirurgie.example.org", "style": "surgical-ngo-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "lost-dash", "lost-apostrophe", "menu", "breadcrumb",
                      "donation-block", "share-lines", "ticker", "newsletter-chrome", "cookie-banner",
                      "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
FR | EN
Solidarité Chirurgie Afrique – Des chirurgiens bénévoles au service des hôpitaux africains
Accueil | Nos missions | Nos hôpitaux partenaires | Devenir bénévole | Presse
Faire un don
Accueil > Presse > Communiqués
Communiqué | 01/12/2025
Ce communiqué n’existe qu’en anglais. Une version française sera publiée prochainement."""),
        P("Liberia: volunteer surgeons operate on 1,126 patients in six weeks"),
        P("MONROVIA, Liberia, December 1, 2025 – Twenty-two volunteer surgeons, anaesthetists and nurses from the "
          "French charity Solidarité Chirurgie Afrique (SCA) performed 1,126 operations between 13 October and 24 "
          "November at the county referral hospital in Gbarnga, in central Liberia.", nodash=""),
        P("Most patients had waited more than two years for surgery. Hernia repairs accounted for 41% of the "
          "procedures, followed by goitre removals (18%) and cleft-lip repairs on 64 children aged 6 months to 14 "
          "years."),
        P("Liberia has about 30 practising surgeons for a population of 5.4 million, according to the Ministry of "
          "Health."),
        P("\"We trained eleven Liberian nurses in post-operative care so the work continues after we leave,\" said "
          "Dr Claire Vannier, the mission’s head surgeon. \"That’s what makes a mission worth it.\"", apos="?"),
        P("The mission cost €310,000, funded by private donors and the Fondation Rhône Solidarité. Each operation "
          "was free for patients, who would otherwise pay up to L$45,000 (about US$240)."),
        L("""Media contact:
Thomas Berthier, Communications Manager, SCA
+33 4 78 61 22 40 | +231 77 612 0448 (in Monrovia until 12 December)
presse@sca-chirurgie.example.org"""),
        B("""Soutenez nos missions : 50 € financent une consultation pré-opératoire → Je donne
Partager : Facebook · LinkedIn · X · E-mail
À lire aussi
Madagascar : 300 enfants opérés des fentes labiales à Fianarantsoa – 14/11/2025
Recrutement : infirmiers de bloc pour nos missions 2026 – 03/11/2025
Recevez nos actualités : votre e-mail | OK
Solidarité Chirurgie Afrique – 18, quai Claude-Bernard – 69007 Lyon – Tél. : +33 4 78 61 22 00
Ce site utilise des cookies de mesure d’audience. Accepter | Refuser"""),
    ],
    gold=dict(
        title="Liberia: volunteer surgeons operate on 1,126 patients in six weeks",
        dateline=dl("MONROVIA", "2025-12-01"),
        organisations=[org("Solidarité Chirurgie Afrique", "SCA"), org("Ministry of Health", None),
                       org("Fondation Rhône Solidarité", None)],
        places=[place("Liberia", "LR"), place("Monrovia"), place("Gbarnga")],
        figures=[
            fig("1,126 patients", 1126, "patients"),
            fig("six weeks", 6, "weeks", "duration"),
            fig("December 1, 2025", "2025-12-01", None, "date"),
            fig("Twenty-two volunteer surgeons", 22, "surgeons"),
            fig("1,126 operations", 1126, "operations"),
            fig("13 October", "--10-13", None, "date"),
            fig("24 November", "--11-24", None, "date"),
            fig("more than two years", 2, "years", "duration", qualifier="more than"),
            fig("41%", 41, "%", "percent"),
            fig("18%", 18, "%", "percent"),
            fig("64 children", 64, "children"),
            fig("6 months", 6, "months", "age"),
            fig("14 years", 14, "years", "age"),
            fig("about 30 practising surgeons", 30, "surgeons", qualifier="about"),
            fig("5.4 million", 5400000, None),
            fig("eleven Liberian nurses", 11, "nurses"),
            fig("€310,000", 310000, "€", "money", currency="EUR"),
            fig("up to L$45,000", 45000, "L$", "money", qualifier="up to", currency="LRD"),
            fig("about US$240", 240, "US$", "money", qualifier="about", currency="USD"),
        ],
        phones=[phone("+33478612240"), phone("+231776120448")],
        emails=["presse@sca-chirurgie.example.org"],
        contacts=[contact("Thomas Berthier", "Communications Manager", "SCA", ["+33478612240", "+231776120448"],
                          ["presse@sca-chirurgie.example.org"])],
        notes="An English release of a (made-up) French surgical NGO under French chrome (skip line, FR | EN line, "
              "site name with slogan, one-line menu, 'Faire un don', breadcrumb, type/date line, the French note that "
              "the release exists only in English; at the bottom a donation call, share line, 'À lire aussi' "
              "headlines, newsletter line, footer with a Lyon postcode and switchboard, cookie line): all "
              "boilerplate. The dateline's en dash is lost (a double space is left: 'December 1, 2025  "
              "Twenty-two'); in the quote paragraph every ’ is '?' ('mission?s', 'That?s') while the straight "
              "double quotes survived. Dateline 'MONROVIA, Liberia, December 1, 2025 –': place as written, the country "
              "listed, figure 'December 1, 2025'; Monrovia is listed in normal case (contact line). The NGO keeps its "
              "French name inside the English text (listed as written, h184-h199). 'Twenty-two volunteer surgeons, "
              "anaesthetists and nurses': unit 'surgeons' (the first noun, adjective before it in the text). "
              "'between 13 October and 24 November': two dates without year (--10-13, --11-24). 'aged 6 months to "
              "14 years': two ages, the first bound with its own unit. 'a population of 5.4 million': count, unit "
              "null. 'the Ministry of Health' (Liberia's, named as the source) is listed. Money: '€310,000' (EUR, "
              "unit '€'), Liberian dollars 'L$45,000' (LRD, unit 'L$', qualifier 'up to'), 'about US$240'. The "
              "contact line's '12 December' is not a figure (contact lines excepted). Contact: a person with role "
              "and organisation 'SCA', a Lyon number and a Liberian mobile joined by '|'.",
    ),
))

# --------------------------------------------------------------------------- h303 UN Geneva press-briefing summary: listing of four stories, video lines, cp1250 story, ’ dropped in another, English ticker
PAGES.append(Page(
    name="h303-onu-geneve-point-de-presse-listing",
    meta={"site": "www.onu-geneve-info.example.org", "style": "un-geneva-briefing-summary-listing",
          "listing": True,
          "defects": ["listing", "menu", "breadcrumb", "share-lines", "video-player", "foreign-ticker",
                      "postcode-trap", "mojibake-cp1250", "lost-apostrophe"]},
    blocks=[
        B("""ONU Info Genève
Accueil | Actualités | Points de presse | Multimédia | Accréditation | Contact
Vous êtes ici : Accueil > Points de presse
Point de presse des agences des Nations Unies à Genève – mardi 2 décembre 2025
Partager | Imprimer | Télécharger le résumé (PDF)"""),
        P("Soudan : le HCR s’inquiète de l’arrivée de 2 400 réfugiés par jour au Tchad"),
        P("GENÈVE (2 décembre 2025) – Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a recensé en "
          "moyenne 2 400 arrivées par jour en novembre à Adré, à la frontière tchado-soudanaise, a déclaré son "
          "porte-parole, Matthieu Delorme. Plus de 61 000 personnes ont franchi la frontière depuis le 1er novembre, "
          "dont 87 % de femmes et d’enfants."),
        B("▶ Vidéo de l’intervention (3:41)"),
        P("L’OMM : 2025 devrait figurer parmi les trois années les plus chaudes jamais observées"),
        P("La température moyenne mondiale a dépassé de 1,44 °C la moyenne de la période 1850-1900 entre janvier et "
          "octobre, selon le bulletin provisoire de l’Organisation météorologique mondiale (OMM), présenté par Clare "
          "Nolan. Le rapport définitif sera publié le 15 janvier 2026.", moji="cp1250"),
        B("▶ Vidéo de l’intervention (5:02)"),
        P("Yémen : l’OIM constate une hausse de 30 % des arrivées de migrants"),
        P("Quelque 17 300 migrants, en majorité éthiopiens, sont arrivés sur les côtes du Yémen en octobre, soit 30 % "
          "de plus qu’en septembre, a indiqué Jorge Ramírez-Solano, porte-parole de l’Organisation internationale "
          "pour les migrations (OIM). Au moins 62 personnes sont mortes ou portées disparues en mer depuis le début "
          "de l’année sur la route de la Corne de l’Afrique.", apos="drop"),
        B("▶ Vidéo de l’intervention (2:55)"),
        P("Le Comité des droits de l’enfant ouvre sa 101e session"),
        P("Le Comité des droits de l’enfant ouvrira le lundi 8 décembre sa 101e session, qui se tiendra jusqu’au "
          "19 décembre au Palais Wilson. Ses 18 experts examineront les rapports de l’Arménie, du Bénin, de "
          "l’Équateur et du Laos."),
        B("""▶ Regarder le point de presse complet sur UN Web TV (1:12:40)
UN News ▸ Sudan: cholera cases top 40,000 · Haiti: WFP scales up school meals · Climate: COP30 closes in Belém
Service de l’information des Nations Unies – Palais des Nations – CH-1211 Genève 10 – Tél. : +41 22 917 23 25
© Nations Unies 2025 – Conditions d’utilisation – Confidentialité"""),
    ],
    gold=dict(
        title="Soudan : le HCR s’inquiète de l’arrivée de 2 400 réfugiés par jour au Tchad",
        dateline=None,
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("Organisation météorologique mondiale", "OMM"),
                       org("Organisation internationale pour les migrations", "OIM"),
                       org("Comité des droits de l’enfant", None)],
        places=[place("Soudan", "SD"), place("Tchad", "TD"), place("Genève"), place("Adré"), place("Yémen", "YE"),
                place("Corne de l’Afrique"), place("Arménie", "AM"), place("Bénin", "BJ"), place("Équateur", "EC"),
                place("Laos", "LA")],
        figures=[
            fig("2 400 réfugiés", 2400, "réfugiés"),
            fig("2 décembre 2025", "2025-12-02", None, "date"),
            fig("2 400 arrivées", 2400, "arrivées"),
            fig("Plus de 61 000 personnes", 61000, "personnes", qualifier="Plus de"),
            fig("le 1er novembre", "--11-01", None, "date"),
            fig("87 %", 87, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("trois années", 3, "années"),
            fig("1,44 °C", 1.44, "°C", "other"),
            fig("1850", 1850, None, "year"),
            fig("1900", 1900, None, "year"),
            fig("le 15 janvier 2026", "2026-01-15", None, "date"),
            fig("30 %", 30, "%", "percent"),
            fig("Quelque 17 300 migrants", 17300, "migrants", qualifier="Quelque"),
            fig("Au moins 62 personnes", 62, "personnes", qualifier="Au moins"),
            fig("101e", 101, None, "ordinal"),
            fig("le lundi 8 décembre", "--12-08", None, "date"),
            fig("19 décembre", "--12-19", None, "date"),
            fig("18 experts", 18, "experts"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) summary page of the UN agencies' press briefing in Geneva: four unrelated stories, so a "
              "listing (title = the first story's headline, dateline null). Boilerplate: site name, one-line menu, "
              "breadcrumb, the briefing's label with its date (the listing's label, README 'Listing titles'), "
              "share/print/PDF line, a '▶ Vidéo de l’intervention (m:ss)' line after each of the first three stories "
              "and the full-briefing video line (video-player, durations not figures), an English 'UN News ▸' ticker, "
              "footer with a CH-1211 postcode and switchboard, copyright line. Each headline and story is article "
              "text. The first story's own dateline 'GENÈVE (2 décembre 2025) –' gives the date figure '2 décembre "
              "2025' and the place Genève (listed in normal case, as h168-h183's capital-only dateline city). The "
              "second story is UTF-8 read as cp1250 ('dĂ©passĂ©', 'lâ€™Organisation'); the third has every ’ "
              "dropped ('quen', 'lOrganisation', 'lannée'). 'la période 1850-1900': two year figures (as a season "
              "2025-2026). '30 %' (headline and body) is one text. 'les trois années les plus chaudes': count, unit "
              "'années'. '101e' an ordinal (headline and body, one text). 'le lundi 8 décembre', 'jusqu’au 19 "
              "décembre': dates without year. Real UN bodies carry invented news and spokespeople; the Palais Wilson "
              "is a venue; 'Corne de l’Afrique' a region (iso null); 'tchado-soudanaise', 'éthiopiens' adjectives. No "
              "contact.",
    ),
))

# --------------------------------------------------------------------------- h304 Geneva shelter NGO on Ukraine: English dateline, ’ dropped, unaccented capitals, mailto debris, +41 and +380
PAGES.append(Page(
    name="h304-alu-ukraine-kharkiv-aide-chauffage-hiver",
    meta={"site": "www.alu-geneve.example.ch", "style": "geneva-shelter-ngo-english-dateline",
          "defects": ["english-dateline", "lost-apostrophe", "unaccented-capitals", "html-debris", "cookie-banner",
                      "menu", "breadcrumb", "share-lines", "donation-block", "ticker", "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramètres
ALU – Alliance pour le logement d’urgence
Qui sommes-nous | Nos urgences | Ukraine | Haïti | Soudan | Presse | Faire un don
Accueil » Presse » Communiqués de presse
Publié le 2 décembre 2025"""),
        P("Ukraine : 2 100 familles de la région de Kharkiv reçoivent une aide pour se chauffer cet hiver"),
        P("Geneva - Face à des températures qui pourraient descendre jusqu’à -20 °C, l’Alliance pour le logement "
          "d’urgence (ALU) a commencé le 24 novembre à verser une aide en espèces de 6 600 hryvnias (environ 136 "
          "euros) à 2 100 familles des districts de Kharkiv et d’Izioum, dans l’est de l’Ukraine."),
        P("Les bombardements de l’automne ont endommagé plus de 4 300 logements dans la région, selon les autorités "
          "locales. Beaucoup de familles vivent dans une seule pièce, qu’elles chauffent au bois ou au charbon : la "
          "tonne de charbon coûte désormais 9 800 hryvnias, 40 % de plus qu’en 2024.", apos="drop"),
        P("« Le froid tue autant que les frappes dans les villages proches de la ligne de front », explique Olena "
          "Kovalenko, coordinatrice de l’ALU à Kharkiv. L’aide, financée par la Direction du développement et de la "
          "coopération (DDC) et par la Chaîne du Bonheur, couvre trois mois de besoins."),
        P("[[A||À]] Izioum, l’ALU a aussi réparé 1 870 toitures et distribué 25 000 poêles depuis février 2022, avec "
          "le soutien de la Suisse et des [[Etats-Unis||États-Unis]]."),
        L("""Contacts médias :
À Genève : Laure Pasquier, +41 (0)22 731 58 40
E-mail :
[["mailto:l.pasquier@alu-geneve.example.ch">||]]l.pasquier@alu-geneve.example.ch
À Kharkiv : Olena Kovalenko, +380 67 214 58 09"""),
        B("""Partager sur : Facebook | LinkedIn | X | WhatsApp
Faites un don pour l’hiver en Ukraine → 50 CHF = un poêle et deux semaines de bois
Vous aimerez aussi
Haïti : 600 abris réparés après l’ouragan Melissa – 18.11.2025
Soudan : des kits de cuisine pour les réfugiés d’Adré – 04.11.2025
ALU – Rue de Lausanne 64 – Case postale 2107 – CH-1211 Genève 2 – +41 22 731 58 00
© 2025 ALU – Impressum – Protection des données"""),
    ],
    gold=dict(
        title="Ukraine : 2 100 familles de la région de Kharkiv reçoivent une aide pour se chauffer cet hiver",
        dateline=dl("Geneva", None),
        organisations=[org("Alliance pour le logement d’urgence", "ALU"),
                       org("Direction du développement et de la coopération", "DDC"),
                       org("Chaîne du Bonheur", None)],
        places=[place("Ukraine", "UA"), place("Kharkiv"), place("Geneva"), place("Izioum"), place("Suisse", "CH"),
                place("États-Unis", "US"), place("Genève")],
        figures=[
            fig("2 100 familles", 2100, "familles"),
            fig("jusqu’à -20 °C", -20, "°C", "other", qualifier="jusqu’à"),
            fig("le 24 novembre", "--11-24", None, "date"),
            fig("6 600 hryvnias", 6600, "hryvnias", "money", currency="UAH"),
            fig("environ 136 euros", 136, "euros", "money", qualifier="environ", currency="EUR"),
            fig("plus de 4 300 logements", 4300, "logements", qualifier="plus de"),
            fig("9 800 hryvnias", 9800, "hryvnias", "money", currency="UAH"),
            fig("40 %", 40, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("trois mois", 3, "mois", "duration"),
            fig("1 870 toitures", 1870, "toitures"),
            fig("25 000 poêles", 25000, "poêles"),
            fig("février 2022", 2022, None, "year"),
        ],
        phones=[phone("+41227315840"), phone("+380672145809")],
        emails=["l.pasquier@alu-geneve.example.ch"],
        contacts=[contact("Laure Pasquier", None, None, ["+41227315840"], ["l.pasquier@alu-geneve.example.ch"]),
                  contact("Olena Kovalenko", None, None, ["+380672145809"], [])],
        notes="A (made-up) Geneva shelter NGO's release on Ukraine. Boilerplate: cookie line, site name, one-line "
              "menu, breadcrumb, 'Publié le' line; at the bottom share line, donation call (tag donation-block), 'Vous "
              "aimerez aussi' headlines, footer with 'Case postale 2107' and 'CH-1211 Genève 2', legal line. The "
              "dateline is English on a French page ('Geneva -', no date) and is not the story's place (the NGO's "
              "seat); 'Geneva' and the contact label's 'Genève' are two places (README), the label is not an "
              "organisation. The second paragraph has every ’ dropped ('lautomne', 'quelles', 'quen 2024'). "
              "Unaccented capitals in running text: 'A Izioum', 'Etats-Unis' (accents restored). The first contact's "
              "address comes as mailto debris on its own line (clean: the bare address). 'jusqu’à -20 °C': a measure "
              "with its sign and the qualifier 'jusqu’à'. Hryvnias are UAH; '(environ 136 euros)' EUR with "
              "'environ'. 'la tonne de charbon' ('une/la tonne' not a figure); '40 % de plus qu’en 2024': '40 %' "
              "and 'en 2024'. 'depuis février 2022': a month-year ('depuis' out). 'cet hiver', 'cette année' not "
              "figures. The Swiss Agency's French long form 'Direction du développement et de la coopération' (DDC) "
              "and the Chaîne du Bonheur are real bodies carrying invented grants. Contacts: two people under place "
              "labels, roles null in the block (the body's 'coordinatrice de l’ALU' is not copied in), a Geneva "
              "number written '+41 (0)22' and a Ukrainian mobile.",
    ),
))

# --------------------------------------------------------------------------- h305 German-speaking Community of Belgium: French release under German/French chrome, spacing damage, German caption and ticker
PAGES.append(Page(
    name="h305-ostbelgien-ligne-bus-eupen-aix-la-chapelle",
    meta={"site": "www.ostbelgien-dg.example.be", "style": "german-speaking-community-fr-under-de-chrome",
          "defects": ["menu", "breadcrumb", "share-lines", "foreign-ticker", "postcode-trap", "double-space",
                      "space-before-comma", "space-before-apostrophe", "mixed-quotes", "german-caption"]},
    blocks=[
        B("""Ostbelgien – Deutschsprachige Gemeinschaft Belgiens
DE | FR | NL | EN
Startseite | Regierung | Bildung | Mobilität | Presse
Accueil | Gouvernement | Enseignement | Mobilité | Presse
Sie sind hier: Startseite › Presse › Pressemitteilungen
Vous êtes ici : Accueil › Presse › Communiqués
Communiqué de presse – 01.12.2025"""),
        P("Une ligne de bus directe reliera Eupen à Aix-la-Chapelle à partir du 5 janvier"),
        P("Eupen, le 1er décembre 2025 – À partir du lundi 5 janvier 2026, une ligne de bus directe reliera la gare "
          "d’Eupen au centre d’Aix-la-Chapelle, en Allemagne, en 32 minutes, [[avec  un||avec un]] départ toutes "
          "les 30 minutes en semaine."),
        P("Le gouvernement de la Communauté germanophone finance la ligne à hauteur de 1,8 million d’euros sur quatre "
          "[[ans ,||ans,]] aux côtés de la Région wallonne et du Land de Rhénanie-du-Nord-Westphalie."),
        P("Der neue Elektrobus vor dem Bahnhof Eupen. Foto: Ostbelgien/R. Lentz"),
        P("[[L ’||L’]]abonnement mensuel coûtera 49 €, et les jeunes de moins de 18 ans voyageront gratuitement. "
          "Quelque 3 200 frontaliers font chaque jour le trajet entre la Communauté germanophone et "
          "Aix-la-Chapelle."),
        P("« C’est une ligne attendue depuis dix ans », a déclaré le ministre de la Mobilité, Jens Heinen. [[L "
          "’||L’]]adjointe au maire d’Aix-la-Chapelle a salué “un signal pour toute la région frontalière”."),
        L("""Contact presse :
Katrin Schmitz, porte-parole du gouvernement
Tél.: 087/59.64.21 – GSM : 0476/21.88.45
katrin.schmitz@ostbelgien-dg.example.be"""),
        B("""Teilen | Partager : Facebook · X · E-mail
Aktuell ▸ Haushalt 2026 verabschiedet · Neue Kita in Bütgenbach · Winterdienst: 42 Streufahrzeuge bereit
Ministerium der Deutschsprachigen Gemeinschaft – Gospertstraße 1 – 4700 Eupen – Tel. +32 (0)87 59 64 00
Impressum | Datenschutz | Barrierefreiheit"""),
    ],
    gold=dict(
        title="Une ligne de bus directe reliera Eupen à Aix-la-Chapelle à partir du 5 janvier",
        dateline=dl("Eupen", "2025-12-01"),
        organisations=[org("gouvernement de la Communauté germanophone", None), org("Région wallonne", None),
                       org("Land de Rhénanie-du-Nord-Westphalie", None)],
        places=[place("Eupen"), place("Aix-la-Chapelle"), place("Allemagne", "DE")],
        figures=[
            fig("5 janvier", "--01-05", None, "date"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("lundi 5 janvier 2026", "2026-01-05", None, "date"),
            fig("32 minutes", 32, "minutes", "duration"),
            fig("30 minutes", 30, "minutes", "duration"),
            fig("1,8 million d’euros", 1800000, "euros", "money", currency="EUR"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("49 €", 49, "€", "money", currency="EUR"),
            fig("moins de 18 ans", 18, "ans", "age", qualifier="moins de"),
            fig("Quelque 3 200 frontaliers", 3200, "frontaliers", qualifier="Quelque"),
            fig("dix ans", 10, "ans", "duration"),
        ],
        phones=[phone("+3287596421"), phone("+32476218845")],
        emails=["katrin.schmitz@ostbelgien-dg.example.be"],
        contacts=[contact("Katrin Schmitz", "porte-parole du gouvernement", None, ["+3287596421", "+32476218845"],
                          ["katrin.schmitz@ostbelgien-dg.example.be"])],
        notes="A French release of the German-speaking Community of Belgium (Eupen) under a German/French chrome: "
              "site name in German, language line, the menu and the breadcrumb in German then in French, the "
              "'Communiqué de presse – dd.mm.yyyy' line; at the bottom a bilingual share line, a German headline "
              "ticker ('Aktuell ▸ ...', tag foreign-ticker), the ministry's footer with a 4700 postcode and "
              "switchboard, German legal line: all boilerplate. Spacing damage repaired: a double space ('avec  "
              "un'), a space before a comma ('ans ,') and a space between an elided article and its apostrophe ('L "
              "’abonnement', 'L ’adjointe', new tag space-before-apostrophe, README survey's 'L ’Ambassadeur'). "
              "The photo caption is in German (article text, as an English caption; new tag german-caption); "
              "'Bahnhof Eupen' adds nothing to the places. Colon spacing ('Tél.:', 'GSM :') and « » with “ ” are kept "
              "as written. Title '5 janvier' (--01-05) and body 'lundi 5 janvier 2026' ('À partir du' out) are two "
              "texts. 'toutes les 30 minutes': a duration. 'le gouvernement de la Communauté germanophone' (executive "
              "named as a body, lower-case 'gouvernement' as written; 'la Communauté germanophone' later is the same "
              "body), 'Région wallonne' and 'Land de Rhénanie-du-Nord-Westphalie' (a foreign state's government "
              "co-financing, h168-h183) are organisations; 'le ministre de la Mobilité' and 'l’adjointe au maire' are "
              "roles; the 'Ostbelgien' credit is the site's brand. Belgian numbers written '087/59.64.21' and "
              "'0476/21.88.45' (+32, the trunk 0 dropped). Contact: a person with role.",
    ),
))

# --------------------------------------------------------------------------- h306 document-sharing site's preview of an NGO situation report (Cabo Delgado): viewer chrome, PDF wraps, hyphenated place name, split number
PAGES.append(Page(
    name="h306-lirepdf-tam-rapport-situation-cabo-delgado",
    meta={"site": "www.lirepdf.example.net", "style": "pdf-sharing-site-ngo-sitrep",
          "defects": ["pdf-chrome", "page-furniture", "pdf-hyphenation", "hard-wrap", "wrapped-number",
                      "stray-unicode-ligature", "unaccented-capitals", "postcode-trap"]},
    blocks=[
        B("""LirePDF
Home
Explore
Rapport de situation n° 7 – Cabo Delgado – novembre 2025
Upload: others
View: 312
Category: Documents
Post on 29-Nov-2025
Embed Size (px)
344 x 292 429 x 357 500 x 422 599 x 500
URL
of 2
Citation preview
TERRE D’ACCUEIL MOZAMBIQUE
Association de solidarité internationale – 24, rue des Vinaigriers – 75010 Paris"""),
        X("RAPPORT DE SITUATION N° 7 : NOUVEAUX DEPLACEMENTS\nDANS LA PROVINCE DE CABO DELGADO",
          "RAPPORT DE SITUATION N° 7 : NOUVEAUX DÉPLACEMENTS DANS LA PROVINCE DE CABO DELGADO"),
        X(" " * 58 + "Pemba, le 28 novembre 2025", "Pemba, le 28 novembre 2025"),
        X("1. Aperçu de la situation", "1. Aperçu de la situation"),
        X("Depuis le 14 octobre, de nouvelles attaques dans les districts de Macomia et de Muidumbe ont\n"
          "provoqué le déplacement de quelque 21 500 personnes vers Pemba et Montepuez, selon l’Organisa-\n"
          "tion internationale pour les migrations (OIM). Au total, le nombre de déplacés internes au Mo-\n"
          "zambique atteint 582 000, dont 61 % d’enfants, et les sites d’accueil sont saturés.",
          "Depuis le 14 octobre, de nouvelles attaques dans les districts de Macomia et de Muidumbe ont provoqué le "
          "déplacement de quelque 21 500 personnes vers Pemba et Montepuez, selon l’Organisation internationale "
          "pour les migrations (OIM). Au total, le nombre de déplacés internes au Mozambique atteint 582 000, dont "
          "61 % d’enfants, et les sites d’accueil sont saturés.", lig=True),
        X("2. Réponse de TAM", "2. Réponse de TAM"),
        X("Entre le 20 octobre et le 25 novembre, nos équipes ont distribué 3 150 kits d’abris et 1\n"
          "250 000 litres d’eau potable par camion-citerne sur les sites de Metuge. Chaque famille a reçu\n"
          "un bon d’achat de 2 500 meticais (environ 39 dollars), utilisable dans 14 boutiques parte-\n"
          "naires, afin de soutenir les commerçants locaux.",
          "Entre le 20 octobre et le 25 novembre, nos équipes ont distribué 3 150 kits d’abris et 1 250 000 litres "
          "d’eau potable par camion-citerne sur les sites de Metuge. Chaque famille a reçu un bon d’achat de 2 500 "
          "meticais (environ 39 dollars), utilisable dans 14 boutiques partenaires, afin de soutenir les "
          "commerçants locaux.", lig=True),
        B("TAM – Rapport de situation n° 7 – novembre 2025" + " " * 40 + "1/2\n"
          "TERRE D’ACCUEIL MOZAMBIQUE – Cabo Delgado"),
        X("3. Besoins et contraintes", "3. Besoins et contraintes"),
        X("Le plan de réponse de TAM pour la période de décembre 2025 à mars 2026 n’est financé qu’à\n"
          "37 %. Il manque 1,6 million d’euros. La route N380 entre Macomia et Awasse reste fermée aux\n"
          "convois humanitaires depuis le 3 novembre, ce qui oblige nos équipes à passer par Ancuabe.",
          "Le plan de réponse de TAM pour la période de décembre 2025 à mars 2026 n’est financé qu’à 37 %. Il manque "
          "1,6 million d’euros. La route N380 entre Macomia et Awasse reste fermée aux convois humanitaires depuis le "
          "3 novembre, ce qui oblige nos équipes à passer par Ancuabe.", lig=True),
        X("Contacts\n"
          "Coordination Pemba : Inês Machava, +258 82 340 1775, ines.machava@tam-mozambique.example.org\n"
          "Siège (Paris) : 01.43.17.56.46 – contact@tam-mozambique.example.org",
          "Contacts\n"
          "Coordination Pemba : Inês Machava, +258 82 340 1775, ines.machava@tam-mozambique.example.org\n"
          "Siège (Paris) : 01.43.17.56.46 – contact@tam-mozambique.example.org"),
        B("TAM – Rapport de situation n° 7 – novembre 2025" + " " * 40 + "2/2\n"
          "Related Documents\n"
          "Rapport de situation n° 6 – Cabo Delgado – octobre 2025\n"
          "Note d’information – Saison des pluies 2025-2026\n"
          "Report \"Rapport de situation n° 7 – Cabo Delgado – novembre 2025\"\n"
          "Your name\n"
          "Email\n"
          "Reason\n"
          "Submit\n"
          "Copyright © 2025 LirePDF. All rights reserved."),
    ],
    gold=dict(
        title="RAPPORT DE SITUATION N° 7 : NOUVEAUX DÉPLACEMENTS DANS LA PROVINCE DE CABO DELGADO",
        dateline=dl("Pemba", "2025-11-28"),
        organisations=[org(None, "TAM"), org("Organisation internationale pour les migrations", "OIM")],
        places=[place("Cabo Delgado"), place("Pemba"), place("Macomia"), place("Muidumbe"), place("Montepuez"),
                place("Mozambique", "MZ"), place("Metuge"), place("Awasse"), place("Ancuabe"), place("Paris")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("le 14 octobre", "--10-14", None, "date"),
            fig("quelque 21 500 personnes", 21500, "personnes", qualifier="quelque"),
            fig("582 000", 582000, None),
            fig("61 %", 61, "%", "percent"),
            fig("le 20 octobre", "--10-20", None, "date"),
            fig("le 25 novembre", "--11-25", None, "date"),
            fig("3 150 kits", 3150, "kits"),
            fig("1 250 000 litres", 1250000, "litres", "other"),
            fig("2 500 meticais", 2500, "meticais", "money", currency="MZN"),
            fig("environ 39 dollars", 39, "dollars", "money", qualifier="environ", currency="USD"),
            fig("14 boutiques", 14, "boutiques"),
            fig("décembre 2025", 2025, None, "year"),
            fig("mars 2026", 2026, None, "year"),
            fig("37 %", 37, "%", "percent"),
            fig("1,6 million d’euros", 1600000, "euros", "money", currency="EUR"),
            fig("le 3 novembre", "--11-03", None, "date"),
        ],
        phones=[phone("+258823401775"), phone("+33143175646")],
        emails=["ines.machava@tam-mozambique.example.org", "contact@tam-mozambique.example.org"],
        contacts=[contact("Inês Machava", None, "Coordination Pemba", ["+258823401775"],
                          ["ines.machava@tam-mozambique.example.org"]),
                  contact(None, None, "Siège", ["+33143175646"], ["contact@tam-mozambique.example.org"])],
        notes="A document-sharing site's preview of a (made-up) French NGO's situation report on Cabo Delgado, in "
              "the survey's viewer chrome ('Upload: others', 'View:', 'Category:', 'Post on', 'Embed Size (px)' with "
              "its sizes line, 'URL', 'of 2', 'Citation preview'; at the bottom 'Related Documents' with two titles, "
              "the report form and the copyright line): all boilerplate (pdf-chrome), as the PDF's letterhead above "
              "the title of a PDF without CMS title (with a 75010 postcode), the page footers '... 1/2', '2/2' and "
              "the second page's running header. The title is unaccented capitals over two lines (one clean line, "
              "'DÉPLACEMENTS'); 'N° 7' and the '1.'–'3.' section numbers are not figures. The right-aligned own-line "
              "dateline 'Pemba, le 28 novembre 2025' counts. PDF wraps joined, hyphenation joined (including the "
              "country's name 'Mo-⏎zambique' and 'Organisa-⏎tion'), fi/fl ligatures expanded, the number split by the "
              "wrap ('1'⏎'250 000 litres'), and the page break between the second and third sections. 'dont 61 % "
              "d’enfants'; '582 000' a count without noun; 'de décembre 2025 à mars 2026': two month-years. 'La route "
              "N380' is a road number. The NGO is named only by acronym in the article (its long form is in the "
              "viewer's chrome and the letterhead only). 'Cabo Delgado' is listed in normal case (capital title "
              "only). Contacts: 'Coordination Pemba' (an office label naming its city, the person's organisation as "
              "written, h264-h279) with a Mozambican mobile; 'Siège (Paris)' (office label with the city in "
              "brackets: organisation 'Siège', Paris a place, h200-h215) with a Paris number written with dots and "
              "no code (+33 by the label's city).",
    ),
))

# --------------------------------------------------------------------------- h307 Zinder news portal on an old CMS: hard wraps with a split number, (ANP) dateline, ’ dropped, votes, paywall, comment form
PAGES.append(Page(
    name="h307-damagaram-infos-zinder-malnutrition-hopital",
    meta={"site": "www.damagaram-infos.example.ne", "style": "regional-news-portal-old-cms",
          "defects": ["hard-wrap", "wrapped-number", "lost-apostrophe", "menu", "ticker", "votes-widget",
                      "comments-widget", "share-lines", "paywall", "postcode-trap"]},
    wrap=66,
    blocks=[
        B("""Damagaram Infos – L’actualité de Zinder et du Niger
Accueil | Politique | Société | Économie | Santé | Sport | Contact
FLASH +++ Coupe du Niger : le Sahel SC en demi-finale +++ Tanout : reprise des cours dans 14 écoles +++
Santé"""),
        P("Zinder : 3 512 enfants malnutris soignés à l’hôpital régional en trois mois", nowrap=True),
        B("Publié le 27/11/2025 à 18:42 | Par La Rédaction | 0 votes | 0 commentaire"),
        P("Zinder, 27 Novembre (ANP) – Le service de pédiatrie de l’hôpital régional de Zinder a pris en charge "
          "3 512 enfants de moins de 5 ans souffrant de malnutrition aiguë sévère entre août et octobre 2025, a "
          "indiqué mercredi son chef de service, le Dr Issoufou Garba."),
        P("Le taux de létalité est passé de 4,8 % en 2024 à 2,9 % cette année, grâce à l’ouverture de 12 nouveaux "
          "centres de santé dans les départements de Mirriah, Magaria et Matamèye, appuyés par Médecins sans "
          "frontières (MSF) et le Programme alimentaire mondial (PAM).", apos="drop"),
        P("Selon la direction régionale de la santé publique, quelque 48⏎600 enfants sont menacés de malnutrition "
          "dans la région, l’une des plus touchées du Niger, dont 9 300 sous sa forme sévère.", apos="drop"),
        P("Le Dr Garba a appelé les parents à se rendre au centre de santé le plus proche dès les premiers signes, "
          "la prise en charge étant gratuite pour les enfants de moins de 5 ans."),
        B("""Partager : Facebook | Twitter | WhatsApp
Damagaram Infos Premium : l’actualité de la région sans publicité pour 2 500 FCFA par mois. Je m’abonne
Laisser un commentaire
Votre nom *
Votre e-mail *
Publier
Articles similaires
Magaria : campagne de vaccination contre la rougeole du 8 au 14 décembre
Mirriah : trois blessés dans un accident sur la RN1
© 2025 Damagaram Infos – BP 412 Zinder – Tél. 20 51 22 33 – Tous droits réservés"""),
    ],
    gold=dict(
        title="Zinder : 3 512 enfants malnutris soignés à l’hôpital régional en trois mois",
        dateline=dl("Zinder", "--11-27"),
        organisations=[org(None, "ANP"), org("Médecins sans frontières", "MSF"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Zinder"), place("Mirriah"), place("Magaria"), place("Matamèye"), place("Niger", "NE")],
        figures=[
            fig("3 512 enfants", 3512, "enfants"),
            fig("trois mois", 3, "mois", "duration"),
            fig("27 Novembre", "--11-27", None, "date"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("octobre 2025", 2025, None, "year"),
            fig("4,8 %", 4.8, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("2,9 %", 2.9, "%", "percent"),
            fig("12 nouveaux centres", 12, "centres"),
            fig("quelque 48 600 enfants", 48600, "enfants", qualifier="quelque"),
            fig("9 300", 9300, None),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) regional news portal of Zinder (Niger) on an old CMS reprinting an ANP dispatch. "
              "Boilerplate: site name, one-line menu, a 'FLASH +++' ticker, the rubric label, the 'Publié le ... | "
              "Par La Rédaction | 0 votes | 0 commentaire' line under the title; at the bottom share line, a "
              "subscription offer (paywall), the comment form, related headlines and the footer with a BP box and a "
              "number (neither phone nor figure). The body is hard-wrapped at about 66 columns (joined), with "
              "'quelque 48'⏎'600 enfants' split by the wrap; every ’ of the second and third paragraphs is dropped "
              "('louverture', 'lune'). Dateline 'Zinder, 27 Novembre (ANP) –': no year (--11-27), figure text with "
              "the capital as written (h161); ANP listed with acronym only. 'entre août et octobre 2025': a "
              "month-year. 'de moins de 5 ans' (twice, one text): an age with the qualifier. '12 nouveaux centres de "
              "santé': unit 'centres', the adjective before it in the text. 'dont 9 300 sous sa forme sévère': a count "
              "without noun. 'cette année', 'mercredi' not figures. The hospital is a site, 'la direction régionale "
              "de la santé publique' generic; MSF and PAM are real bodies carrying invented support. No contact.",
    ),
))

# --------------------------------------------------------------------------- h308 Franco-Jordanian chamber of commerce: HTML entities, contact block with shorthand second number, +(33) (0)1, local mobile, number glued to a web address
PAGES.append(Page(
    name="h308-ccifj-amman-forum-eau-energie-2026",
    meta={"site": "www.ccifj.example.jo", "style": "bilateral-chamber-of-commerce-contacts",
          "defects": ["html-debris", "glued-phone", "menu", "breadcrumb", "share-lines", "newsletter-chrome",
                      "postcode-trap"]},
    blocks=[
        B("""العربية | Français | English
CCIFJ – Chambre de commerce et d’industrie franco-jordanienne
Devenir membre | Annuaire des adhérents | Événements | Publications | Actualités | Contact
Connexion espace adhérents
Accueil > Actualités > Communiqués
02/12/2025"""),
        P("Amman accueillera un forum franco-jordanien de l’eau et de l’énergie les 10 et 11 février 2026"),
        P("[[<p>||]]" + ent("Amman, le 2 décembre 2025 – La Chambre de commerce et d’industrie franco-jordanienne "
                            "(CCIFJ) organisera les 10 et 11 février 2026, à Amman, la première édition du Forum "
                            "franco-jordanien de l’eau et de l’énergie, en partenariat avec le ministère jordanien "
                            "de l’Eau et de l’Irrigation et Business France.", "’–") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("La Jordanie dispose de moins de 61 mètres cubes d’eau renouvelable par habitant et par "
                            "an, l’un des niveaux les plus bas au monde. Le projet national de dessalement d’Aqaba, "
                            "d’un coût estimé à 3,1 milliards de dollars, doit fournir 300 millions de mètres cubes "
                            "par an à partir de 2029.", "’") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Quelque 120 entreprises françaises et jordaniennes sont attendues. Les droits "
                            "d’inscription sont fixés à 250 dinars jordaniens pour les membres et à 400 dinars pour "
                            "les non-membres.", "’") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("« La France est le troisième investisseur européen dans le secteur de l’eau en "
                            "Jordanie », rappelle le président de la CCIFJ, Karim Nasser.", "’«»") + "[[</p>||]]"),
        L("""Contacts :
CCIFJ Amman – Rania Haddad, chargée des événements – Tél. : +962 6 552 41 86/87 – Mobile : 079 551 2340 – events@ccifj.example.jo
Bureau de Paris – Hugo Marchal – +(33) (0)1 42 86 53 10 – h.marchal@ccifj.example.fr
Inscriptions : www.ccifj.example.jo/[[forum+962||forum +962]] 6 552 41 88"""),
        B("""Partager : LinkedIn | Facebook | X
Newsletter : recevez l’agenda des événements de la Chambre | S’abonner
CCIFJ – Shmeisani, rue Abdel Hamid Sharaf, immeuble 42 – B.P. 940387 Amman 11194 – Jordanie
© 2025 CCIFJ – Mentions légales – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Amman accueillera un forum franco-jordanien de l’eau et de l’énergie les 10 et 11 février 2026",
        dateline=dl("Amman", "2025-12-02"),
        organisations=[org("Chambre de commerce et d’industrie franco-jordanienne", "CCIFJ"),
                       org("ministère jordanien de l’Eau et de l’Irrigation", None), org("Business France", None)],
        places=[place("Amman"), place("Jordanie", "JO"), place("Aqaba"), place("France", "FR"), place("Paris")],
        figures=[
            fig("10", "2026-02-10", None, "date"),
            fig("11 février 2026", "2026-02-11", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("moins de 61 mètres cubes", 61, "mètres cubes", "other", qualifier="moins de"),
            fig("3,1 milliards de dollars", 3100000000, "dollars", "money", currency="USD"),
            fig("300 millions de mètres cubes", 300000000, "mètres cubes", "other"),
            fig("2029", 2029, None, "year"),
            fig("Quelque 120 entreprises", 120, "entreprises", qualifier="Quelque"),
            fig("250 dinars jordaniens", 250, "dinars jordaniens", "money", currency="JOD"),
            fig("400 dinars", 400, "dinars", "money", currency="JOD"),
        ],
        phones=[phone("+96265524186"), phone("+96265524187"), phone("+962795512340"), phone("+33142865310"),
                phone("+96265524188")],
        emails=["events@ccifj.example.jo", "h.marchal@ccifj.example.fr"],
        contacts=[contact("Rania Haddad", "chargée des événements", "CCIFJ Amman",
                          ["+96265524186", "+96265524187", "+962795512340"], ["events@ccifj.example.jo"]),
                  contact("Hugo Marchal", None, "Bureau de Paris", ["+33142865310"], ["h.marchal@ccifj.example.fr"]),
                  contact(None, None, "Inscriptions", ["+96265524188"], [])],
        notes="A (made-up) Franco-Jordanian chamber of commerce's release in Amman. Boilerplate: Arabic/French/English "
              "line, site name, one-line menu, member login line, breadcrumb, date line; at the bottom share line, "
              "newsletter line, footer with a P.O. box and the 11194 postcode, legal line. HTML debris: <p>, </p>, "
              "'&#8217;', '&#8211;', '&laquo;'/'&raquo;' (decoded). Title 'les 10 et 11 février 2026': '10' "
              "(2026-02-10) and '11 février 2026'; the body repeats the same texts (listed once). 'la première "
              "édition', 'le troisième investisseur': ordinal words. 'moins de 61 mètres cubes d’eau renouvelable par "
              "habitant et par an': unit 'mètres cubes' (a measure), the complement and the per-unit phrase out. 'à "
              "partir de 2029': '2029'. Jordanian dinars (JOD): '250 dinars jordaniens' and '400 dinars' keep their "
              "unit as written. The forum is an event, not an organisation; 'le ministère jordanien de l’Eau et de "
              "l’Irrigation' (partner) is listed as written; Business France is a real agency carrying an invented "
              "partnership. Contacts (the survey's contact-rich shapes): 'CCIFJ Amman' (office label) with a "
              "shorthand second number ('+962 6 552 41 86/87' gives two numbers) and a local mobile with its trunk 0 "
              "('079 551 2340' → +962 79 ...); 'Bureau de Paris' (office label naming its city, Paris a place) with "
              "'+(33) (0)1 42 86 53 10'; an 'Inscriptions' line whose number is glued to the registration web address "
              "('.../forum+962 6 ...', split with a space in the clean text): one contact with that label as "
              "organisation (h136-h151 accreditation-line rule), the number counts (README).",
    ),
))

# --------------------------------------------------------------------------- h309 regional animal-health organisation's final communiqué in a browser print view: page break inside a paragraph, lost dashes, numbered decisions
PRINT_HEAD = "02/12/2025 10:41" + " " * 24 + "Communiqué final – 21e session du Conseil des ministres – ORSAO"
PRINT_URL = "https://www.orsao.example.bf/actualites/communique-final-21e-session-conseil-des-ministres"

PAGES.append(Page(
    name="h309-orsao-communique-final-conseil-ministres-print",
    meta={"site": "www.orsao.example.bf", "style": "regional-body-final-communique-print-view",
          "defects": ["print-furniture", "lost-dash", "breadcrumb", "postcode-trap"]},
    blocks=[
        B(PRINT_HEAD + "\n"
          "ORSAO – Organisation régionale de la santé animale en Afrique de l’Ouest\n"
          "Accueil › Actualités › Communiqués"),
        P("Communiqué final de la 21e session ordinaire du Conseil des ministres de l’ORSAO"),
        P("Bobo-Dioulasso, le 28 novembre 2025 – Le Conseil des ministres de l’Organisation régionale de la santé "
          "animale en Afrique de l’Ouest (ORSAO) a tenu sa 21e session ordinaire les 27 et 28 novembre 2025 à "
          "Bobo-Dioulasso, sous la présidence de M. Adama Ouédraogo, ministre des Ressources animales et "
          "halieutiques du Burkina Faso."),
        X("Les délégations de huit États membres – Bénin, Burkina Faso, Côte d’Ivoire, Ghana, Mali, Niger, Sénégal "
          "et Togo – ont pris part aux travaux, ainsi que des représentants de",
          "Les délégations de huit États membres – Bénin, Burkina Faso, Côte d’Ivoire, Ghana, Mali, Niger, Sénégal "
          "et Togo – ont pris part aux travaux, ainsi que des représentants de l’Organisation mondiale de la santé "
          "animale (OMSA) et de l’Organisation des Nations unies pour l’alimentation et l’agriculture (FAO).",
          nodash=""),
        B(PRINT_URL + " " * 12 + "1/2\n" + PRINT_HEAD),
        X("l’Organisation mondiale de la santé animale (OMSA) et de l’Organisation des Nations unies pour "
          "l’alimentation et l’agriculture (FAO).", ""),
        P("Principales décisions"),
        L("""1. Le Conseil a adopté le budget 2026 de l’Organisation, arrêté à 4 862 millions de francs CFA, en hausse de 6,4 % par rapport à 2025.
2. Il a approuvé la création d’un fonds régional de riposte aux épizooties, doté de 750 millions de francs CFA.
3. Il a fixé à 85 % l’objectif de couverture vaccinale contre la peste des petits ruminants d’ici 2030.
4. La 22e session ordinaire se tiendra à Lomé (Togo) en novembre 2026."""),
        P("Le Conseil a adressé ses remerciements au gouvernement et au peuple burkinabè pour leur accueil "
          "chaleureux."),
        L("""Fait à Bobo-Dioulasso, le 28 novembre 2025
Pour le Conseil des ministres,
Le Président
Adama Ouédraogo"""),
        B("ORSAO – 01 BP 2215 Bobo-Dioulasso 01 – Burkina Faso – Tél. : +226 20 97 08 12\n"
          + PRINT_URL + " " * 12 + "2/2"),
    ],
    gold=dict(
        title="Communiqué final de la 21e session ordinaire du Conseil des ministres de l’ORSAO",
        dateline=dl("Bobo-Dioulasso", "2025-11-28"),
        organisations=[org("Conseil des ministres de l’ORSAO", None),
                       org("Organisation régionale de la santé animale en Afrique de l’Ouest", "ORSAO"),
                       org("Organisation mondiale de la santé animale", "OMSA"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO")],
        places=[place("Bobo-Dioulasso"), place("Burkina Faso", "BF"), place("Bénin", "BJ"),
                place("Côte d’Ivoire", "CI"), place("Ghana", "GH"), place("Mali", "ML"), place("Niger", "NE"),
                place("Sénégal", "SN"), place("Togo", "TG"), place("Lomé")],
        figures=[
            fig("21e", 21, None, "ordinal"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("27", "2025-11-27", None, "date"),
            fig("28 novembre 2025", "2025-11-28", None, "date"),
            fig("huit États", 8, "États"),
            fig("2026", 2026, None, "year"),
            fig("4 862 millions de francs CFA", 4862000000, "francs CFA", "money", currency="XOF"),
            fig("6,4 %", 6.4, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("750 millions de francs CFA", 750000000, "francs CFA", "money", currency="XOF"),
            fig("85 %", 85, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("22e", 22, None, "ordinal"),
            fig("novembre 2026", 2026, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) West African animal-health organisation's final communiqué as printed from the browser: "
              "the print header (date, time and page title) at the top of each page, the print footer (URL and "
              "'1/2', '2/2'), the printed site name and breadcrumb and the site footer with a BP box and switchboard "
              "are boilerplate (print-furniture). The page break falls inside the second paragraph (between 'des "
              "représentants de' and 'l’Organisation mondiale ...'): one clean line (h136-h151). The en dashes "
              "around the list of member states are lost (double spaces left): restored. 'les 27 et 28 novembre "
              "2025': '27' and '28 novembre 2025', other texts than the dateline's 'le 28 novembre 2025' (also the "
              "closing formula's, one text). '21e' (title and body, one text) and '22e' are ordinals; 'huit États "
              "membres': unit 'États'. Numbered decisions are list lines ('1.'–'4.' not figures). 'le budget 2026': "
              "a year dating a budget; 'par rapport à 2025': '2025'; 'd’ici 2030': '2030'; 'en novembre 2026': a "
              "month-year. 'fonds régional de riposte' is generic (lower case, not yet a body). The council is listed "
              "once under its longest name as the title writes it ('Conseil des ministres de l’ORSAO', as h145's "
              "'Commission de l'UEMOA' beside UEMOA); 'Afrique de l’Ouest' only inside the long form, not a place. "
              "The minister's title names Burkina Faso, which also stands in the list of states. The 'Fait à ...' "
              "closing and the signature are article text; no contact.",
    ),
))

# --------------------------------------------------------------------------- h310 French NGO rebuilding schools in Mosul: title twice, cp1252 paragraph, hidden e-mail, donation block, comments
PAGES.append(Page(
    name="h310-mnr-mossoul-ecoles-reconstruites",
    meta={"site": "www.mission-ninive.example.org", "style": "ngo-wordpress-reconstruction-iraq",
          "defects": ["duplicate-title", "mojibake-cp1252", "hidden-email", "menu", "duplicate-lines", "breadcrumb",
                      "donation-block", "share-lines", "comments-widget", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Mission Ninive Reconstruction
Accueil
Qui sommes-nous ?
Nos projets
Nos projets
Actualités
Actualités
Faire un don
Accueil / Actualités / Irak"""),
        P("Mossoul : 46 écoles reconstruites dans la vieille ville depuis 2019"),
        B("""Mossoul : 46 écoles reconstruites dans la vieille ville depuis 2019
25 novembre 2025 · 4 min de lecture"""),
        P("Erbil, le 25 novembre 2025 – L’association Mission Ninive Reconstruction (MNR) a remis le 20 novembre aux "
          "autorités éducatives de Mossoul la 46e école reconstruite dans la vieille ville depuis 2019. Près de "
          "14 700 élèves y suivent désormais les cours, dont 48 % de filles."),
        P("Le chantier de l’école Al-Noor, achevé en 11 mois, a coûté 612 millions de dinars irakiens (environ "
          "467 000 dollars), financés par l’Union européenne et la Fondation Saint-Éphrem. Il a employé 85 ouvriers "
          "de Mossoul, dont une vingtaine de jeunes formés aux métiers du bâtiment.", moji="cp1252"),
        P("« Il y a huit ans, il ne restait ici que des gravats », rappelle Hanna Youssef, directeur des programmes de "
          "MNR en Irak. L’association prévoit de reconstruire 12 écoles supplémentaires d’ici 2027, pour un budget de "
          "5,2 millions d’euros."),
        L("""Contact presse :
Claire Dumas-Haddad, responsable de la communication – +33 6 78 21 55 40 – [email protected]
Bureau d’Erbil : +964 750 441 2236"""),
        B("""Soutenez la reconstruction des écoles de Mossoul : 30 € = un pupitre → Je donne
Partager : Facebook · X · LinkedIn · E-mail
2 commentaires
Marie-Claude B. · 26 novembre 2025 · Bravo pour ce travail admirable !
Joseph K. · 27 novembre 2025 · Quelle émotion de revoir l’école de mon enfance.
Laisser un commentaire
Mission Ninive Reconstruction – association loi 1901 – 12, rue Sainte-Hélène – 69002 Lyon
Nous utilisons des cookies pour mesurer l’audience. OK"""),
    ],
    gold=dict(
        title="Mossoul : 46 écoles reconstruites dans la vieille ville depuis 2019",
        dateline=dl("Erbil", "2025-11-25"),
        organisations=[org("Mission Ninive Reconstruction", "MNR"), org("Union européenne", None),
                       org("Fondation Saint-Éphrem", None)],
        places=[place("Mossoul"), place("Erbil"), place("Irak", "IQ")],
        figures=[
            fig("46 écoles", 46, "écoles"),
            fig("2019", 2019, None, "year"),
            fig("le 25 novembre 2025", "2025-11-25", None, "date"),
            fig("le 20 novembre", "--11-20", None, "date"),
            fig("46e", 46, None, "ordinal"),
            fig("Près de 14 700 élèves", 14700, "élèves", qualifier="Près de"),
            fig("48 %", 48, "%", "percent"),
            fig("11 mois", 11, "mois", "duration"),
            fig("612 millions de dinars irakiens", 612000000, "dinars irakiens", "money", currency="IQD"),
            fig("environ 467 000 dollars", 467000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("85 ouvriers", 85, "ouvriers"),
            fig("une vingtaine de jeunes", 20, "jeunes"),
            fig("huit ans", 8, "ans", "duration"),
            fig("12 écoles", 12, "écoles"),
            fig("2027", 2027, None, "year"),
            fig("5,2 millions d’euros", 5200000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+33678215540"), phone("+9647504412236")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Claire Dumas-Haddad", "responsable de la communication", None, ["+33678215540"], []),
                  contact(None, None, "Bureau d’Erbil", ["+9647504412236"], [])],
        notes="A (made-up) French NGO's WordPress page on its school reconstruction in Mosul. Boilerplate: site "
              "name, a one-label-a-line menu with doubled 'Nos projets' and 'Actualités', 'Faire un don', breadcrumb, "
              "the title's second copy with the date and reading-time line under it; at the bottom a donation call, "
              "share line, the comment counter, two comments, the comment link, the footer with a Lyon postcode and "
              "a cookie line. The second paragraph is UTF-8 read as cp1252. The dateline (Erbil, the NGO's office) is "
              "not the story's place (Mosul). 'depuis 2019' (title and body, one text '2019'); '46 écoles' (title) "
              "and the ordinal '46e'; 'une vingtaine de jeunes': an approximate count (20, unit 'jeunes'); 'Il y a "
              "huit ans': a duration (h264-h279); 'd’ici 2027': '2027'. Iraqi dinars are IQD ('dinars irakiens' as "
              "unit). The NGO's long form is written without 'association' (h263); the school's name is a venue. "
              "Contacts: a person with role, a French mobile and a hidden address (counted, not listed); an office "
              "line 'Bureau d’Erbil' with only an Iraqi mobile (person null, h200-h215).",
    ),
))

# --------------------------------------------------------------------------- h311 NGO page on Herat on an old CMS: hard wraps, unaccented capital, € lost, œ as '?', +33 06, page cut off inside a phone number
PAGES.append(Page(
    name="h311-ehk-herat-maisons-parasismiques-page-coupee",
    meta={"site": "www.enfants-hindou-kouch.example.org", "style": "ngo-old-cms-cut-page",
          "defects": ["hard-wrap", "unaccented-capitals", "lost-euro", "oe-question-mark", "trunk-zero-kept",
                      "truncated-phone", "menu", "cms-footer"]},
    wrap=70,
    blocks=[
        B("""Enfants de l’Hindou Kouch
:: Accueil :: L’association :: Nos actions :: Actualités :: Nous aider :: Contact ::
Actualités"""),
        P("Hérat : 1 400 familles relogées dans des maisons parasismiques", nowrap=True),
        B("Écrit par Service communication | Lundi, 01 Décembre 2025 16:20 | Imprimer | E-mail"),
        P("Lyon, le 1er décembre 2025 – Deux ans après les séismes qui ont frappé la province de Hérat, en "
          "Afghanistan, en octobre 2023, l’association Enfants de l’Hindou Kouch (EHK) a achevé la reconstruction "
          "de 1 400 maisons parasismiques dans le district de Zindajan. Près de 9 800 personnes, dont 5 200 enfants, "
          "y vivent désormais."),
        P("[[A||À]] Zindajan, chaque maison de deux pièces a coûté 3 900 €, soit environ 285 000 afghanis. Les "
          "familles ont participé aux travaux, ce qui a permis de former 320 maçons aux techniques de construction "
          "parasismique.", noeuro=""),
        P("« Nos équipes ont travaillé au cœur de l’hiver, par -15 °C, pour que les familles ne passent pas une "
          "troisième saison sous la tente », explique la présidente d’EHK, Danielle Morvan-Safi. Le programme a été "
          "financé par le Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères et par "
          "2 300 donateurs particuliers.", oe="?"),
        P("Une deuxième phase, de 2026 à 2028, doit permettre de reconstruire 900 maisons et 12 écoles dans les "
          "districts voisins de Kohsan et de Ghoryan, pour un budget de 4,6 millions d’euros."),
        L("""Contact presse : Service communication d’EHK
Tél. : +33 06 12 45 78 09 / 04 78 29 6"""),
    ],
    gold=dict(
        title="Hérat : 1 400 familles relogées dans des maisons parasismiques",
        dateline=dl("Lyon", "2025-12-01"),
        organisations=[org("Enfants de l’Hindou Kouch", "EHK"),
                       org("Centre de crise et de soutien du ministère de l’Europe et des Affaires étrangères", None)],
        places=[place("Hérat"), place("Lyon"), place("Afghanistan", "AF"), place("Zindajan"), place("Kohsan"),
                place("Ghoryan")],
        figures=[
            fig("1 400 familles", 1400, "familles"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("Deux ans", 2, "ans", "duration"),
            fig("octobre 2023", 2023, None, "year"),
            fig("1 400 maisons", 1400, "maisons"),
            fig("Près de 9 800 personnes", 9800, "personnes", qualifier="Près de"),
            fig("5 200 enfants", 5200, "enfants"),
            fig("deux pièces", 2, "pièces"),
            fig("3 900 €", 3900, "€", "money", currency="EUR"),
            fig("environ 285 000 afghanis", 285000, "afghanis", "money", qualifier="environ", currency="AFN"),
            fig("320 maçons", 320, "maçons"),
            fig("-15 °C", -15, "°C", "other"),
            fig("2 300 donateurs", 2300, "donateurs"),
            fig("2026", 2026, None, "year"),
            fig("2028", 2028, None, "year"),
            fig("900 maisons", 900, "maisons"),
            fig("12 écoles", 12, "écoles"),
            fig("4,6 millions d’euros", 4600000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+33612457809")],
        emails=[],
        contacts=[contact(None, None, "Service communication d’EHK", ["+33612457809"], [])],
        notes="A (made-up) French NGO's page on its reconstruction work in Herat, on an old CMS, cut off by the "
              "scraper inside the contact block. Boilerplate: site name, a '::'-separated menu, the rubric label, the "
              "CMS article-info line ('Écrit par ... | Lundi, 01 Décembre 2025 16:20 | Imprimer | E-mail', tag "
              "cms-footer); nothing after the cut. The body is hard-wrapped at about 70 columns (joined). 'A "
              "Zindajan' → 'À Zindajan'; the € of '3 900 €' is lost (a space before the comma is left: restored); "
              "the œ of 'cœur' is '?'. The dateline (Lyon, the NGO's seat) is not the story's place. 'Deux ans "
              "après' a duration; 'en octobre 2023' a month-year ('octobre 2023'); 'maisons parasismiques': unit "
              "'maisons'; 'maison de deux pièces': 'deux pièces' as a count; 'par -15 °C': a measure with its sign; 'de "
              "2026 à 2028': two years; 'troisième saison', 'deuxième phase' ordinal words. Afghanis are AFN. The "
              "crisis centre is listed once under its whole name with its ministry (README nested-name rule, as "
              "h200-h215's directorate). Hindou Kouch only inside the NGO's name: not a place. Contact: an office "
              "line (the NGO's communication service, organisation as written, not listed apart) with a French "
              "mobile written '+33 06 ...' (trunk 0 wrongly kept: e164 +336...) and a second number cut off at the "
              "end of the page ('04 78 29 6'): not a phone (README cut-off rule, tag truncated-phone).",
    ),
))
