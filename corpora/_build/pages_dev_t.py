"""h184-h199: the blind set written in session 11 (corpora/next then), scored blind with session 12's starting and
ending code, moved into dev in session 13.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_q.py, pages_dev_r.py)
and the shared survey of real pages (not src/, tests/, benchmarks/ or the project README). h184-h188 come from one
made-up press room, the environment and sea office of Saint-Barthélemy, sharing its header, language line, menu,
breadcrumb, share line, sea-weather widget, related block and footer with small variations from page to page;
h189-h199 come from eleven other sites, one page each (h189 clean, h190 in English, h191 listing).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENTITIES = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ê": "&ecirc;", "ç": "&ccedil;",
            "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;", "ô": "&ocirc;",
            "\u202f": "&#8239;", "&": "&amp;", "â": "&acirc;"}


def ent(clean: str, chars: str = "’éèàêç«»\u00a0–Éô\u202f&") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail` (keep=True: a real hyphen)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


# =========================================================================== environment and sea office, Saint-Barthélemy
SB_SITE = "www.oem-saintbarth.example.bl"


def sb_top(rubric, stamp, banner=None):
    lines = ["Passer au contenu | Plan du site | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["FR | EN",
              "OEM – Office de l’environnement et de la mer de Saint-Barthélemy",
              "L’Office",
              "Réserve marine",
              "Réserve marine",
              "Espaces terrestres",
              "Éducation à l’environnement",
              "Actualités",
              "Actualités",
              "Nous contacter",
              "Rechercher sur le site…",
              f"Accueil / Actualités / {rubric}",
              stamp]
    return "\n".join(lines)


def sb_bottom(meteo, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · Instagram · WhatsApp · Courriel · Imprimer",
              f"Météo marine du jour : {meteo}",
              "À lire aussi"]
    lines += [f"› {h} — {d}" for h, d in related]
    if newsletter:
        lines.append("Recevez la lettre de l’OEM : votre adresse e-mail… S’inscrire")
    lines += ["OEM – 12, rue de la Paix – Gustavia – 97133 Saint-Barthélemy – Tél. 05 90 27 88 00 – Fax 05 90 27 88 01",
              "© 2025 OEM Saint-Barthélemy – Mentions légales – Données personnelles – Crédits photos"]
    return "\n".join(lines)


def sb_meta(defects, **extra):
    d = {"site": SB_SITE, "style": "island-environment-office-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


SB_NOTE = ("Site furniture shared by h184-h188 (skip/accessibility line, an optional banner (swell vigilance on h185, "
           "closure of the front desk on h186), FR/EN language line, site name with the office's long form, menu with "
           "doubled 'Réserve marine' and 'Actualités', search label, breadcrumb 'Accueil / Actualités / rubric', a "
           "'rubric — publié le dd/mm/yyyy' or 'Mis à jour le' line; at the bottom an optional attachment line (h184, "
           "h187), share line, a 'Météo marine du jour' widget whose values change on every page, 'À lire aussi' with "
           "'› headline — date' lines that change, a newsletter line (absent on h188), footer with address, 97133 "
           "postcode, switchboard and fax, copyright/legal line): all boilerplate; its numbers are neither figures nor "
           "phones. Saint-Barthélemy is an overseas collectivity: places iso null (README overseas rule), numbers "
           "+590 (0590 landlines, 0690 mobiles, written without country code). The office's long form is only in the "
           "site name on h185, h186 and h188: there it is listed by its acronym only (h104-h119 per-page rule).")

# --------------------------------------------------------------------------- h184 annual review of the marine reserve: cp1252 paragraphs, glued headings
PAGES.append(Page(
    name="h184-oem-saint-barth-bilan-reserve-marine",
    meta=sb_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(sb_top("Communiqués", "Communiqué — publié le 01/12/2025")),
        P("Réserve marine : 41 200 plongées en 2025, un record qui appelle de nouvelles règles"),
        P("Gustavia, le 1er décembre 2025 – L’Office de l’environnement et de la mer de Saint-Barthélemy (OEM) a "
          "présenté lundi le bilan annuel de la réserve naturelle marine, qui couvre 1 200 hectares autour de l’île. "
          "Entre janvier et octobre, 41 200 plongées et 6 850 mouillages de bateaux de plaisance y ont été "
          "enregistrés, soit 14 % de plus qu’en 2024.", moji="cp1252"),
        P("Des herbiers sous pression"),
        P("Les herbiers de la baie de Colombier ont perdu près d’un quart de leur surface depuis 2019, selon les "
          "relevés menés avec l’Institut français de recherche pour l’exploitation de la mer (Ifremer). Les ancres "
          "arrachent chaque année quelque 3 000 mètres carrés de phanérogames marines.", glue=True),
        P("Quarante nouvelles bouées"),
        P("Pour limiter les dégâts, l’OEM installera d’ici avril 2026 quarante bouées d’amarrage supplémentaires à "
          "Colombier, à Petite Anse et autour de l’îlet Fourchue, pour un coût de 380 000 euros financé à 60 % par "
          "l’Office français de la biodiversité (OFB). Le mouillage forain y sera interdit aux navires de plus de 24 "
          "mètres.", glue=True, moji="cp1252"),
        P("« La mer est notre premier patrimoine et notre première économie. Nous devons en partager l’usage sans "
          "l’épuiser », a déclaré la présidente de l’OEM, Hélène Gréaux-Lédée."),
        L("""Contact presse :
Maëlle Questel, chargée de communication
Tél. : 05 90 27 88 12 – Mobile : 06 90 41 22 87
presse@oem-saintbarth.example.bl"""),
        B(sb_bottom("houle 1,2 m – vent E 14 nœuds – eau 27,5 °C",
                    [("Tortues marines : trois pensionnaires bientôt relâchées", "26/11/2025"),
                     ("Sentier des Grands Fonds : réouverture après travaux", "18/11/2025")],
                    attach="Bilan 2025 de la réserve naturelle (PDF – 2,4 Mo)")),
    ],
    gold=dict(
        title="Réserve marine : 41 200 plongées en 2025, un record qui appelle de nouvelles règles",
        dateline=dl("Gustavia", "2025-12-01"),
        organisations=[org("Office de l’environnement et de la mer de Saint-Barthélemy", "OEM"),
                       org("Institut français de recherche pour l’exploitation de la mer", "Ifremer"),
                       org("Office français de la biodiversité", "OFB")],
        places=[place("Gustavia"), place("Colombier"), place("Petite Anse"), place("Fourchue")],
        figures=[
            fig("41 200 plongées", 41200, "plongées"),
            fig("en 2025", 2025, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("1 200 hectares", 1200, "hectares", "other"),
            fig("6 850 mouillages", 6850, "mouillages"),
            fig("14 %", 14, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("2019", 2019, None, "year"),
            fig("quelque 3 000 mètres carrés", 3000, "mètres carrés", "other", qualifier="quelque"),
            fig("Quarante nouvelles bouées", 40, "bouées"),
            fig("avril 2026", 2026, None, "year"),
            fig("quarante bouées", 40, "bouées"),
            fig("380 000 euros", 380000, "euros", "money", currency="EUR"),
            fig("60 %", 60, "%", "percent"),
            fig("plus de 24 mètres", 24, "mètres", "other", qualifier="plus de"),
        ],
        phones=[phone("+590590278812"), phone("+590690412287")],
        emails=["presse@oem-saintbarth.example.bl"],
        contacts=[contact("Maëlle Questel", "chargée de communication", None, ["+590590278812", "+590690412287"],
                          ["presse@oem-saintbarth.example.bl"])],
        notes=SB_NOTE + " This page has no banner and a PDF attachment line. The dateline paragraph and the paragraph "
              "after the second heading are UTF-8 read as cp1252; both headings are glued to the paragraph after "
              "them ('pressionLes herbiers', 'bouéesPour limiter'). 'Ifremer' is an acronym written in lower case "
              "after its long form: acronym as written. 'Saint-Barthélemy' occurs only inside the office's name: "
              "not a place on this page. 'baie de Colombier' and 'l’îlet Fourchue' give the places 'Colombier' and "
              "'Fourchue' (README 'cap Timiris' rule); 'Petite Anse' is a proper name. 'Entre janvier et octobre': "
              "months alone. 'Quarante nouvelles bouées' (heading) and 'quarante bouées' (body) are two texts. "
              "'premier patrimoine', 'première économie': ordinal words.",
    ),
))

# --------------------------------------------------------------------------- h185 press invitation: ’ dropped, HTML debris, two-person accreditation block, hidden e-mail, swell banner
PAGES.append(Page(
    name="h185-oem-saint-barth-invitation-tortues",
    meta=sb_meta(["lost-apostrophe", "html-debris", "hidden-email"]),
    blocks=[
        B(sb_top("Invitations presse", "Invitation presse — publié le 03/12/2025",
                 banner="Vigilance houle : baignade déconseillée sur les plages du nord jusqu’au 6 décembre")),
        P("Invitation presse : remise à l’eau de trois tortues vertes soignées par l’OEM"),
        P("[[<p>||]]L’OEM invite les représentants des médias à la remise à l’eau de trois tortues vertes soignées au "
          "centre de soins de la faune marine de Public, le samedi 6 décembre 2025 à 8 h 30, sur la plage de Grand "
          "Cul-de-Sac.[[</p>||]]", apos="drop"),
        P("[[<p>||]]" + ent("Les trois tortues, dont une femelle de 82 kilos baptisée « Manou », avaient été "
                            "recueillies entre juin et août, blessées par des hélices ou prises dans des filets "
                            "abandonnés. Depuis son ouverture en 2021, le centre a soigné 57 tortues et en a relâché "
                            "44, soit plus des trois quarts.") + "[[</p>||]]"),
        P("[[<p>||]]Chacune sera équipée d’une balise satellite fournie par le Réseau tortues marines de Guadeloupe, "
          "afin de suivre ses déplacements dans la mer des Caraïbes.[[</p>||]]", apos="drop"),
        L("""[[<p><strong>Déroulé</strong><br />||Déroulé]]
8 h 30 : accueil sur la plage, côté lagon[[<br />||]]
8 h 45 : présentation des soins par la vétérinaire de l’OEM, Dr Camille Laplace[[<br />||]]
9 h 15 : remise à l’eau des tortues[[</p>||]]""", apos="drop"),
        L("""[[<p><strong>||]]Accréditation[[</strong>||]] avant le vendredi 5 décembre à 12 h :[[<br />||]]
Maëlle Questel – 06 90 41 22 87 – [email protected][[<br />||]]
Sur place : Julien Bernier, agent de la réserve – 06 90 58 13 02[[</p>||]]"""),
        B(sb_bottom("houle 2,5 m – vent NE 22 nœuds – eau 27,2 °C",
                    [("Réserve marine : 41 200 plongées en 2025", "01/12/2025"),
                     ("Tortues marines : trois pensionnaires bientôt relâchées", "26/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : remise à l’eau de trois tortues vertes soignées par l’OEM",
        dateline=None,
        organisations=[org(None, "OEM"), org("Réseau tortues marines de Guadeloupe", None)],
        places=[place("Public"), place("Grand Cul-de-Sac"), place("mer des Caraïbes")],
        figures=[
            fig("trois tortues", 3, "tortues"),
            fig("le samedi 6 décembre 2025 à 8 h 30", "2025-12-06", None, "date"),
            fig("82 kilos", 82, "kilos", "other"),
            fig("en 2021", 2021, None, "year"),
            fig("57 tortues", 57, "tortues"),
            fig("44", 44, None),
            fig("plus des trois quarts", 0.75, None, "other", qualifier="plus des"),
            fig("le vendredi 5 décembre à 12 h", "--12-05", None, "date"),
        ],
        phones=[phone("+590690412287"), phone("+590690581302")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Maëlle Questel", None, None, ["+590690412287"], []),
                  contact("Julien Bernier", "agent de la réserve", None, ["+590690581302"], [])],
        notes=SB_NOTE + " This page carries a swell-vigilance banner. ’ dropped in the first and third body paragraphs "
              "and in the programme ('LOEM', 'lOEM', 'dune balise', 'leau'); the second paragraph is written with "
              "HTML entities (&rsquo;, &eacute;, &laquo;&nbsp; ...); <p>, </p>, <br />, <strong> debris. No dateline "
              "(an invitation). 'Public' is a district of Saint-Barthélemy (a place whose name is a common word), "
              "'Grand Cul-de-Sac' a bay and district; 'mer des Caraïbes' a sea (listed with its generic noun, as "
              "written). 'centre de soins de la faune marine' is a facility of the office (a venue, not listed). "
              "'Guadeloupe' stands only inside the network's name: not a place here. 'trois tortues' (title and body) "
              "is one text; 'Les trois tortues' repeats it. 'en a relâché 44': a count without noun. 'plus des trois "
              "quarts' = 0.75, qualifier 'plus des' (h136-h151). Programme clock times are not figures; 'Dr Camille "
              "Laplace' in the programme is not a contact. Accreditation block with two people: the first has a "
              "mobile and a hidden e-mail, the second ('Sur place :') a role and a mobile.",
    ),
))

# --------------------------------------------------------------------------- h186 notice to sea users: œ dropped, en dashes lost, office contact, closure banner
PAGES.append(Page(
    name="h186-oem-saint-barth-avis-mouillage-colombier",
    meta=sb_meta(["lost-oe", "lost-dash", "double-space"]),
    blocks=[
        B(sb_top("Avis aux usagers", "Avis aux usagers — publié le 04/12/2025",
                 banner="Information : l’accueil du public sera fermé le lundi 8 décembre (inventaire annuel)")),
        P("Avis aux usagers de la mer : mouillage interdit dans l’anse de Colombier du 8 au 19 décembre"),
        P("Gustavia, le 4 décembre 2025 – Par arrêté n° 2025-118 du président de la Collectivité, le mouillage et le "
          "débarquement seront interdits dans l’anse de Colombier du lundi 8 au vendredi 19 décembre 2025 inclus, le "
          "temps de remplacer 12 corps-morts et de poser une nouvelle ligne de balisage de 350 mètres.", nodash=""),
        P("Les travaux seront mis en œuvre par une entreprise guadeloupéenne et deux plongeurs de l’OEM. Les navires "
          "devront se reporter sur les bouées de l’anse du Gouverneur ou sur la zone de mouillage de Gustavia, dans "
          "la limite de 45 places.", oe="drop"),
        P("Les contrevenants s’exposent à une amende de 1 500 euros – 3 000 euros en cas de récidive – et à la saisie "
          "de leur matériel. Les agents de la réserve effectueront des contrôles quotidiens, au cœur de la zone "
          "comme à ses abords.", oe="drop", nodash=""),
        P("Le sentier littoral reste ouvert aux randonneurs, mais la baignade y est déconseillée pendant toute la "
          "durée des travaux."),
        L("Renseignements : capitainerie de la réserve – VHF canal 16 – 05 90 27 88 20 – "
          "reserve@oem-saintbarth.example.bl", nodash=""),
        B(sb_bottom("houle 1,8 m – vent E 18 nœuds – eau 27,0 °C",
                    [("Invitation presse : remise à l’eau de trois tortues vertes", "03/12/2025"),
                     ("Réserve marine : 41 200 plongées en 2025", "01/12/2025")])),
    ],
    gold=dict(
        title="Avis aux usagers de la mer : mouillage interdit dans l’anse de Colombier du 8 au 19 décembre",
        dateline=dl("Gustavia", "2025-12-04"),
        organisations=[org(None, "OEM")],
        places=[place("Colombier"), place("Gustavia"), place("Gouverneur")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("19 décembre", "--12-19", None, "date"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("vendredi 19 décembre 2025", "2025-12-19", None, "date"),
            fig("12 corps-morts", 12, "corps-morts"),
            fig("350 mètres", 350, "mètres", "other"),
            fig("deux plongeurs", 2, "plongeurs"),
            fig("45 places", 45, "places"),
            fig("1 500 euros", 1500, "euros", "money", currency="EUR"),
            fig("3 000 euros", 3000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+590590278820")],
        emails=["reserve@oem-saintbarth.example.bl"],
        contacts=[contact(None, None, "capitainerie de la réserve", ["+590590278820"],
                          ["reserve@oem-saintbarth.example.bl"])],
        notes=SB_NOTE + " This page carries a front-desk closure banner. The en dashes of the dateline, of the inserted "
              "clause and of the contact line are lost (double spaces); œ dropped in two paragraphs ('mis en uvre', "
              "'au c ur'). Title 'du 8 au 19 décembre' gives '8' (--12-08) and '19 décembre'; the body's 'du lundi 8 "
              "au vendredi 19 décembre 2025' gives 'lundi 8' (2025-12-08) and 'vendredi 19 décembre 2025' (h168-h183 "
              "rule). 'arrêté n° 2025-118' is a reference (not a figure); 'VHF canal 16' a channel (not a figure, "
              "not a phone). 'anse de Colombier', 'anse du Gouverneur': places 'Colombier', 'Gouverneur'. 'la "
              "Collectivité', 'les agents de la réserve' are generic; 'guadeloupéenne' an adjective. The contact "
              "line is an office ('capitainerie de la réserve', a service of the office kept as written, not listed).",
    ),
))

# --------------------------------------------------------------------------- h187 president's speech for the reserve's 30 years: œ as '?', glued sentence, mixed quotes, attachment
PAGES.append(Page(
    name="h187-oem-saint-barth-discours-30-ans-reserve",
    meta=sb_meta(["oe-question-mark", "body-glued", "mixed-quotes"]),
    blocks=[
        B(sb_top("Discours", "Mis à jour le 29/11/2025")),
        P("Discours de la présidente de l’OEM pour les 30 ans de la réserve naturelle"),
        P("Gustavia, le 28 novembre 2025"),
        L("""Monsieur le Président de la Collectivité,
Madame la Préfète déléguée,
Mesdames et Messieurs les élus,
Chers amis de la mer,"""),
        P("Il y a trente ans, le 10 octobre 1996, naissait la réserve naturelle de Saint-Barthélemy. Ses 1 200 "
          "hectares de mer, répartis en cinq secteurs, en font aujourd’hui l’une des aires marines les mieux gardées "
          "des Petites Antilles.[[||\n]]Nous le devons d’abord aux pêcheurs, qui ont accepté de renoncer à des zones "
          "où leurs pères posaient déjà leurs casiers."),
        P("En trente ans, la couverture de corail vivant est passée de 12 % à 21 % sur nos stations de suivi, et les "
          "mérous sont revenus. C’est le fruit d’un travail de cœur, mené avec les scientifiques de l’Université des "
          "Antilles et de l’Ifremer.", oe="?"),
        P("Mais la mer se réchauffe : en 2023, l’épisode de blanchissement a touché 68 % des colonies. Nous ne "
          "pourrons pas protéger seuls ce que le monde entier abîme. C’est pourquoi je propose que Saint-Barthélemy "
          "rejoigne dès 2026 un “réseau des aires marines des îles du Nord”, avec Saint-Martin et la Guadeloupe."),
        P("Vive la réserve, et vive Saint-Barthélemy !"),
        L("""Hélène Gréaux-Lédée
Présidente de l’Office de l’environnement et de la mer de Saint-Barthélemy"""),
        P("Seul le prononcé fait foi."),
        B(sb_bottom("houle 1,0 m – vent E 12 nœuds – eau 27,8 °C",
                    [("Réserve marine : 41 200 plongées en 2025", "01/12/2025"),
                     ("Sentier des Grands Fonds : réouverture après travaux", "18/11/2025")],
                    attach="Télécharger le discours (PDF – 212 Ko)")),
    ],
    gold=dict(
        title="Discours de la présidente de l’OEM pour les 30 ans de la réserve naturelle",
        dateline=dl("Gustavia", "2025-11-28"),
        organisations=[org("Office de l’environnement et de la mer de Saint-Barthélemy", "OEM"),
                       org("Université des Antilles", None), org(None, "Ifremer")],
        places=[place("Gustavia"), place("Saint-Barthélemy"), place("Petites Antilles"), place("Saint-Martin"),
                place("Guadeloupe")],
        figures=[
            fig("30 ans", 30, "ans", "age"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("trente ans", 30, "ans", "duration"),
            fig("le 10 octobre 1996", "1996-10-10", None, "date"),
            fig("1 200 hectares", 1200, "hectares", "other"),
            fig("cinq secteurs", 5, "secteurs"),
            fig("12 %", 12, "%", "percent"),
            fig("21 %", 21, "%", "percent"),
            fig("en 2023", 2023, None, "year"),
            fig("68 %", 68, "%", "percent"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=SB_NOTE + " A 'Mis à jour le' stamp instead of the type line and a PDF attachment line. The place-and-date "
              "line under the title is the dateline. œ as '?' in one paragraph ('travail de c?ur'); a sentence glued "
              "to the one before ('Antilles.Nous'): the clean text starts a new line there (h136-h151 rule). Curly "
              "“ ” inside a page that otherwise uses « » (kept). Salutations, closing line, signature (not a "
              "contact) and 'Seul le prononcé fait foi.' are article text. 'les 30 ans de la réserve' is the "
              "reserve's age (kind age, new decision); 'Il y a trente ans' and 'En trente ans' are one text "
              "'trente ans' (duration). 'de 12 % à 21 %': range whose first bound keeps its unit. 'dès 2026': '2026'. "
              "The office's long form stands in the signature and its acronym in the title: one organisation with "
              "both. 'Ifremer' without long form on this page. 'réserve naturelle de Saint-Barthélemy' is a "
              "protected area, not an organisation; 'Saint-Barthélemy' also stands alone (place). The “réseau ...” "
              "is a proposal, not an organisation. 'la Collectivité', 'la Préfète déléguée' are roles/generic.",
    ),
))

# --------------------------------------------------------------------------- h188 photo story: title and captions twice, English caption, space before comma, double space
PAGES.append(Page(
    name="h188-oem-saint-barth-photos-baleines",
    meta=sb_meta(["duplicate-title", "duplicate-caption", "english-caption", "space-before-comma", "double-space"]),
    blocks=[
        B(sb_top("Galerie photos", "Galerie photos — publié le 02/12/2025")),
        P("En images : le recensement des baleines à bosse a commencé"),
        B("En images : le recensement des baleines à bosse a commencé"),
        P("Une baleine à bosse et son baleineau au large de l’île Coco, le 30 novembre. © OEM / T. Magras"),
        B("Une baleine à bosse et son baleineau au large de l’île Coco, le 30 novembre. © OEM / T. Magras"),
        P("Depuis le 25 novembre, les équipes de l’OEM sillonnent les eaux de Saint-Barthélemy pour la 12e saison "
          "de recensement des baleines à bosse. Ces cétacés, qui peuvent mesurer jusqu’à 16 mètres et peser 30 "
          "tonnes[[ ,||,]] viennent chaque hiver se reproduire dans les eaux chaudes des Antilles."),
        P("A humpback whale breaching off Toiny, 1 December 2025. © OEM / T. Magras"),
        B("A humpback whale breaching off Toiny, 1 December 2025. © OEM / T. Magras"),
        P("L’an dernier, 142 observations avaient été [[enregistrées  entre||enregistrées entre]] décembre et avril, "
          "dont 31 couples mère-baleineau. Les données sont partagées avec le Centre de recherche sur les "
          "mammifères marins des Antilles (CRMMA)."),
        P("Les plaisanciers sont invités à rester à plus de 100 mètres des animaux et à signaler leurs observations "
          "au 06 90 58 13 02."),
        B(sb_bottom("houle 1,4 m – vent ESE 15 nœuds – eau 27,4 °C",
                    [("Avis aux usagers : mouillage interdit à Colombier", "04/12/2025"),
                     ("Invitation presse : remise à l’eau de trois tortues vertes", "03/12/2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : le recensement des baleines à bosse a commencé",
        dateline=None,
        organisations=[org(None, "OEM"), org("Centre de recherche sur les mammifères marins des Antilles", "CRMMA")],
        places=[place("Coco"), place("Saint-Barthélemy"), place("Antilles"), place("Toiny")],
        figures=[
            fig("le 30 novembre", "--11-30", None, "date"),
            fig("le 25 novembre", "--11-25", None, "date"),
            fig("12e", 12, None, "ordinal"),
            fig("jusqu’à 16 mètres", 16, "mètres", "other", qualifier="jusqu’à"),
            fig("30 tonnes", 30, "tonnes", "other"),
            fig("1 December 2025", "2025-12-01", None, "date"),
            fig("142 observations", 142, "observations"),
            fig("31 couples", 31, "couples"),
            fig("plus de 100 mètres", 100, "mètres", "other", qualifier="plus de"),
        ],
        phones=[phone("+590690581302")],
        emails=[],
        contacts=[],
        notes=SB_NOTE + " No banner and no newsletter line on this page. Title printed twice, both captions printed "
              "twice (second copies boilerplate); the second caption is in English (article text, first copy). A "
              "space before a comma ('30 tonnes ,') and a double space are repaired. No dateline. 'l’île Coco' gives "
              "the place 'Coco' (as 'cap Timiris'); 'Toiny' (district) in the English caption. '© OEM / T. Magras': "
              "photo credit (the office's acronym, already listed). 'entre décembre et avril', 'chaque hiver', 'L’an "
              "dernier': not figures. The number offered to boaters for sightings is a phone, not a contact (README "
              "freephone rule); no contact block.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h189 Franco-Albertan economic council, no defect and no boilerplate
PAGES.append(Page(
    name="h189-cefa-alberta-tourisme-francophone",
    meta={"site": "www.cefa-alberta.example.ca", "style": "francophone-business-council-clean", "defects": []},
    blocks=[
        P("Le tourisme francophone a rapporté 48 millions $ à l’Alberta en 2025"),
        P("EDMONTON, le 2 décembre 2025 – La Chambre économique franco-albertaine (CEFA) a publié mardi sa première "
          "étude sur le tourisme en français en Alberta. Selon ce rapport, les visiteurs francophones ont dépensé "
          "48 millions $ dans la province au cours des douze derniers mois, soit une hausse de 11 % sur un an."),
        P("Près de 212 000 visiteurs venus du Québec, de France, de Belgique et de Suisse ont séjourné dans les "
          "Rocheuses, à Banff et à Jasper, ainsi qu’à Calgary et à Edmonton. Ils sont restés en moyenne 6,4 nuits, "
          "contre 4,9 pour l’ensemble des touristes."),
        P("L’étude, réalisée avec Destination Canada et le Collège Saint-Jean, recommande de former 300 guides "
          "bilingues d’ici 2028 et d’offrir un accueil en français dans au moins la moitié des centres d’information "
          "touristique de la province."),
        P("« Le français est un atout économique en Alberta, et pas seulement une langue de cœur », a déclaré le "
          "président-directeur général de la CEFA, Marc-André Lavallée."),
        L("""Renseignements :
Sophie Tremblay-Kuhn
Conseillère en communication, CEFA
780 555-0148, poste 221
communications@cefa-alberta.example.ca"""),
    ],
    gold=dict(
        title="Le tourisme francophone a rapporté 48 millions $ à l’Alberta en 2025",
        dateline=dl("EDMONTON", "2025-12-02"),
        organisations=[org("Chambre économique franco-albertaine", "CEFA"), org("Destination Canada", None),
                       org("Collège Saint-Jean", None)],
        places=[place("Alberta"), place("Edmonton"), place("Québec"), place("France", "FR"), place("Belgique", "BE"),
                place("Suisse", "CH"), place("Rocheuses"), place("Banff"), place("Jasper"), place("Calgary")],
        figures=[
            fig("48 millions $", 48000000, "$", "money", currency="CAD"),
            fig("en 2025", 2025, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("douze derniers mois", 12, "mois", "duration"),
            fig("11 %", 11, "%", "percent"),
            fig("Près de 212 000 visiteurs", 212000, "visiteurs", qualifier="Près de"),
            fig("6,4 nuits", 6.4, "nuits", "duration"),
            fig("4,9", 4.9, None, "duration"),
            fig("300 guides", 300, "guides"),
            fig("2028", 2028, None, "year"),
            fig("au moins la moitié", 0.5, None, "other", qualifier="au moins"),
        ],
        phones=[phone("+17805550148", extension="221")],
        emails=["communications@cefa-alberta.example.ca"],
        contacts=[contact("Sophie Tremblay-Kuhn", "Conseillère en communication", "CEFA", ["+17805550148"],
                          ["communications@cefa-alberta.example.ca"])],
        notes="A release of a (made-up) Franco-Albertan economic council in Edmonton with no defect and no boilerplate "
              "at all. '$' on a Canadian page is CAD (README). Dateline in capitals 'EDMONTON' (as written); "
              "'Edmonton' also in normal case in the body. 'Alberta' (a province) and 'Québec' (here the province: "
              "'venus du Québec') have iso null; 'Rocheuses' (the mountain range) is a place. 'douze derniers mois': "
              "a duration, the adjective before the noun stays in the text. '6,4 nuits' is a length of stay "
              "(duration, h120-h135), 'contre 4,9' a duration without unit. 'au moins la moitié' = 0.5 with the "
              "qualifier 'au moins'. 'sur un an', 'première étude': not figures. 'Destination Canada' (a federal "
              "tourism body) and 'Collège Saint-Jean' are organisations; 'Canada' stands only inside a name. The "
              "contact block has a person, a role, the council's acronym as organisation and a number with 'poste 221'.",
    ),
))

# --------------------------------------------------------------------------- h190 ocean institute in Brest: English page under French chrome, GDPR banner, audio player, ’ as U+FFFD
PAGES.append(Page(
    name="h190-iopb-brest-glider-atlantic-en",
    meta={"site": "www.iopb-ocean.example.fr", "style": "ocean-institute-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "cookie-banner", "menu", "breadcrumb", "audio-player",
                      "lost-apostrophe", "obfuscated-email", "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""Ce site utilise des cookies et traceurs conformément au RGPD. Vous pouvez accepter, refuser ou personnaliser vos choix.
Tout accepter | Tout refuser | Personnaliser
IOPB – Institut d’océanographie de la pointe Bretagne
Accueil | Recherche | Navires et équipements | Formation | Actualités | Contact
FR | EN
Accueil › Actualités › Press releases"""),
        P("Brittany-built ocean glider completes first crossing of the North Atlantic"),
        B("""▶ Listen to this article (3:05)
Écouter le podcast « Mer et climat » – épisode 14 (28:40)"""),
        P("BREST, France, 1 December 2025 – An autonomous glider built by the Western Brittany Ocean Institute (IOPB) "
          "has completed the first crossing of the North Atlantic by a French-made underwater glider, reaching the "
          "Grand Banks off Newfoundland after 143 days and some 4,600 kilometres at sea."),
        P("The 1.8-metre glider, named Penn-ar-Bed, dove to depths of up to 1,000 metres more than 1,900 times, "
          "measuring temperature, salinity and oxygen. It recorded water as cold as -1.2 °C in the Labrador Sea and "
          "detected a marine heatwave 3.5 °C above normal west of the Azores."),
        P("The €2.4 million mission was funded by the French Research Institute for Exploitation of the Sea "
          "(Ifremer), the Brittany Region and the Canadian Department of Fisheries and Oceans (DFO). Its data are "
          "shared in near real time with the World Meteorological Organization (WMO)."),
        P("“We[[\ufffd||’]]ve shown that a small team in Brest can build instruments that hold their own against "
          "the world[[\ufffd||’]]s best,” said project leader Dr Gwenola Le Bihan. “Nearly two thirds of the ocean "
          "is still barely observed below 200 metres.”"),
        P("A second glider is due to leave Brest in March 2026 for the Gulf of Guinea, where it will sample waters "
          "off Senegal and Côte d[[\ufffd||’]]Ivoire with the University of Ghana."),
        L("""Media contacts:
Yann Kerouredan, Communications Officer, IOPB – +33 (0)2 98 49 87 30 – y.kerouredan@iopb-ocean.example.fr
Claire Whitfield, Media Relations, DFO (Ottawa) – +1 613 762-4418 – media.ottawa [at] dfo-mpo.example.ca"""),
        B("""Partager : LinkedIn | Bluesky | Mastodon | E-mail
Sur le même thème
› Campagne hivernale en mer d’Iroise : retour du navire Thalia – 18/11/2025
› Fête de la science : 2 400 visiteurs au Technopôle – 14/10/2025
IOPB – Technopôle Brest-Iroise – 29280 Plouzané – France
© IOPB 2025 – Mentions légales – Gérer mes cookies"""),
    ],
    gold=dict(
        title="Brittany-built ocean glider completes first crossing of the North Atlantic",
        dateline=dl("BREST", "2025-12-01"),
        organisations=[org("Western Brittany Ocean Institute", "IOPB"),
                       org("French Research Institute for Exploitation of the Sea", "Ifremer"),
                       org("Brittany Region", None), org("Department of Fisheries and Oceans", "DFO"),
                       org("World Meteorological Organization", "WMO"), org("University of Ghana", None)],
        places=[place("North Atlantic"), place("Brest"), place("France", "FR"), place("Grand Banks"),
                place("Newfoundland"), place("Labrador Sea"), place("Azores"), place("Gulf of Guinea"),
                place("Senegal", "SN"), place("Côte d’Ivoire", "CI"), place("Ottawa")],
        figures=[
            fig("1 December 2025", "2025-12-01", None, "date"),
            fig("143 days", 143, "days", "duration"),
            fig("some 4,600 kilometres", 4600, "kilometres", "other", qualifier="some"),
            fig("1.8-metre", 1.8, "metre", "other"),
            fig("up to 1,000 metres", 1000, "metres", "other", qualifier="up to"),
            fig("more than 1,900 times", 1900, "times", qualifier="more than"),
            fig("-1.2 °C", -1.2, "°C", "other"),
            fig("3.5 °C", 3.5, "°C", "other"),
            fig("€2.4 million", 2400000, "€", "money", currency="EUR"),
            fig("Nearly two thirds", 0.6667, None, "other", qualifier="Nearly"),
            fig("200 metres", 200, "metres", "other"),
            fig("March 2026", 2026, None, "year"),
        ],
        phones=[phone("+33298498730"), phone("+16137624418")],
        emails=["y.kerouredan@iopb-ocean.example.fr"],
        contacts=[contact("Yann Kerouredan", "Communications Officer", "IOPB", ["+33298498730"],
                          ["y.kerouredan@iopb-ocean.example.fr"]),
                  contact("Claire Whitfield", "Media Relations", "DFO", ["+16137624418"], [])],
        notes="An English release on the French site of a (made-up) ocean-research institute in Brest: GDPR cookie "
              "banner with its three buttons, site name, menu, language line, breadcrumb; audio-player lines under "
              "the title ('▶ Listen to this article (3:05)', a podcast line with its duration: boilerplate, tag "
              "'audio-player', durations not figures); French share line, 'Sur le même thème' headlines, footer with "
              "29280 postcode, copyright (boilerplate). Every ’ of the page became U+FFFD ('We�ve', 'world�s', "
              "'Côte d�Ivoire'): repaired as ’ (tag 'lost-apostrophe'; no œ on the page). The English page names "
              "French bodies by an English long form with their French acronym ('Western Brittany Ocean Institute "
              "(IOPB)', 'French Research Institute for Exploitation of the Sea (Ifremer)'): listed under the long "
              "form the article writes, with the acronym as written (the French name in the chrome is boilerplate). "
              "'the Brittany Region' is an executive named as a body (h88-h103 'Occitanie Regional Council'); "
              "'Brittany' stands only inside names (not a place). 'first crossing': ordinal word. 'a French-made', "
              "'Canadian' are adjectives. '1.8-metre': compound adjective (h104-h119). 'more than 1,900 times': a "
              "count, unit 'times'. '-1.2 °C' with its sign. 'Nearly two thirds': fraction with the English "
              "qualifier 'Nearly' (README bilingual rule). 'Senegal' without accent (English spelling) and 'Côte "
              "d’Ivoire' are countries. Two contacts: a French number written '+33 (0)2' and a Canadian one; the "
              "second e-mail is obfuscated with '[at]' (kept, not listed); '(Ottawa)' is an office label (place "
              "listed). 'Penn-ar-Bed' is the glider's name.",
    ),
))

# --------------------------------------------------------------------------- h191 RSS reader view of a Kivu news agency's feed: listing, cp1250 story, œ as '?'
PAGES.append(Page(
    name="h191-fluxlecture-kivu-info-listing",
    meta={"site": "app.fluxlecture.example.net", "style": "rss-reader-feed-listing", "listing": True,
          "defects": ["listing", "menu", "feed-reader", "read-more", "mojibake-cp1250", "oe-question-mark"]},
    blocks=[
        B("""FluxLecture – votre lecteur de flux RSS
Tous les articles | Non lus (37) | Favoris | + Ajouter un flux
Kivu Info Express – Fil d’actualités (RSS 2.0)
Tout marquer comme lu · Actualiser · Trier par date ▾"""),
        P("Goma : le port de pêche rouvre après six semaines de travaux"),
        P("lun. 01/12/2025 – 07:42"),
        P("Goma, 30 nov. (AIK) – Le port de pêche de Goma, sur le lac Kivu, a rouvert samedi après six semaines de "
          "travaux financés à hauteur de 1,2 million de dollars par la Banque africaine de développement. Quelque "
          "1 800 pêcheurs et 400 vendeuses de poisson y travaillent chaque jour."),
        B("Ouvrir l’article original ↗ · ☆ Favori · Partager"),
        P("Bukavu : 330 millions de francs congolais pour les cantines scolaires", moji="cp1250"),
        P("dim. 30/11/2025 – 16:10"),
        P("Bukavu, 29 nov. (AIK) – La province du Sud-Kivu a débloqué 330 millions de francs "
          "congolais (environ 115 000 dollars) pour relancer les cantines de 42 écoles primaires de Bukavu et "
          "d’Uvira, où près de 9 % des élèves ont abandonné l’école depuis la rentrée.", moji="cp1250"),
        B("Ouvrir l’article original ↗ · ☆ Favori · Partager"),
        P("Beni : l’OMS et MSF renforcent la surveillance de la mpox"),
        P("sam. 29/11/2025 – 11:25"),
        P("Beni, 28 nov. (AIK) – L’Organisation mondiale de la santé (OMS) et Médecins sans frontières (MSF) ont "
          "ouvert jeudi un centre de dépistage à Beni, dans le Nord-Kivu, où 214 cas suspects ont été notifiés en "
          "octobre. Les équipes mettent en œuvre une campagne de vaccination visant 12 000 contacts et agents de "
          "santé.", oe="?"),
        B("Ouvrir l’article original ↗ · ☆ Favori · Partager"),
        P("Kisangani : le fleuve Congo à son plus haut niveau depuis 2019"),
        P("ven. 28/11/2025 – 18:05"),
        P("Le niveau du fleuve Congo a atteint 6,72 mètres vendredi à l’échelle de Kisangani, selon la Régie des voies "
          "fluviales (RVF), soit 48 centimètres au-dessus de la cote d’alerte. Renseignements : cellule de crise de "
          "la mairie de Kisangani, +243 81 234 56 78."),
        B("""Ouvrir l’article original ↗ · ☆ Favori · Partager
Charger 20 articles de plus
FluxLecture © 2025 – Aide – Confidentialité – Conditions"""),
    ],
    gold=dict(
        title="Goma : le port de pêche rouvre après six semaines de travaux",
        dateline=None,
        organisations=[org(None, "AIK"), org("Banque africaine de développement", None),
                       org("Organisation mondiale de la santé", "OMS"), org("Médecins sans frontières", "MSF"),
                       org("Régie des voies fluviales", "RVF")],
        places=[place("Goma"), place("lac Kivu"), place("Bukavu"), place("Sud-Kivu"), place("Uvira"), place("Beni"),
                place("Nord-Kivu"), place("Kisangani"), place("Congo")],
        figures=[
            fig("six semaines", 6, "semaines", "duration"),
            fig("lun. 01/12/2025 – 07:42", "2025-12-01", None, "date"),
            fig("30 nov.", "--11-30", None, "date"),
            fig("1,2 million de dollars", 1200000, "dollars", "money", currency="USD"),
            fig("Quelque 1 800 pêcheurs", 1800, "pêcheurs", qualifier="Quelque"),
            fig("400 vendeuses", 400, "vendeuses"),
            fig("330 millions de francs congolais", 330000000, "francs congolais", "money", currency="CDF"),
            fig("dim. 30/11/2025 – 16:10", "2025-11-30", None, "date"),
            fig("29 nov.", "--11-29", None, "date"),
            fig("environ 115 000 dollars", 115000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("42 écoles", 42, "écoles"),
            fig("près de 9 %", 9, "%", "percent", qualifier="près de"),
            fig("sam. 29/11/2025 – 11:25", "2025-11-29", None, "date"),
            fig("28 nov.", "--11-28", None, "date"),
            fig("214 cas", 214, "cas"),
            fig("12 000 contacts", 12000, "contacts"),
            fig("2019", 2019, None, "year"),
            fig("ven. 28/11/2025 – 18:05", "2025-11-28", None, "date"),
            fig("6,72 mètres", 6.72, "mètres", "other"),
            fig("48 centimètres", 48, "centimètres", "other"),
        ],
        phones=[phone("+243812345678")],
        emails=[],
        contacts=[contact(None, None, "cellule de crise de la mairie de Kisangani", ["+243812345678"], [])],
        notes="A web RSS reader showing the feed of a (made-up) Kivu news agency: four unrelated stories, each with "
              "headline, a 'weekday dd/mm/yyyy – hh:mm' stamp (article text, one date figure with its abbreviated "
              "weekday) and body. The reader's chrome (app name, folder line, the feed's own label 'Kivu Info Express "
              "– Fil d’actualités (RSS 2.0)' (the listing's label, README 'Listing titles'), toolbar, the 'Ouvrir "
              "l’article original ↗ · ☆ Favori · Partager' line after each story, 'Charger 20 articles de plus', "
              "footer) is boilerplate (new tag 'feed-reader'). The second story's body (its headline is plain ASCII) "
              "is UTF-8 read as cp1250; œ as '?' in the third ('mettent en ?uvre'). Title: the first headline. "
              "Story datelines 'Goma, 30 nov. (AIK) –' (abbreviated month without year: '--11-30'); the agency is "
              "listed by its acronym only. 'six semaines' in headline and body: one text. '330 millions de francs "
              "congolais': CDF, the whole currency noun as unit (as 'francs suisses'). 'La province du Sud-Kivu' acts as a body but is a province (a place, as h162's 'la Wallonie'). "
              "'lac Kivu' is listed as written (a lake, as h153's "
              "'lac des Rousses'); 'le fleuve Congo' gives the river 'Congo' with iso null (not the country). 'en "
              "octobre', 'la rentrée': not figures. 'mpox' is a disease. The fourth story's 'Renseignements :' "
              "sentence gives an office contact (the town hall's crisis cell) with a DRC mobile.",
    ),
))

# --------------------------------------------------------------------------- h192 Franco-Swiss lake commission: PDF with a three-line title, hyphenation, a split number, ligatures
PAGES.append(Page(
    name="h192-cfsel-leman-rapport-phosphore-pdf",
    meta={"site": "www.cfsel-leman.example.org", "style": "cross-border-lake-commission-pdf",
          "defects": ["page-furniture", "pdf-hyphenation", "hard-wrap", "wrapped-number", "stray-unicode-ligature",
                      "postcode-trap"]},
    blocks=[
        B("""COMMISSION FRANCO-SUISSE POUR LA QUALITE DES EAUX DU LEMAN
Secrétariat permanent – Route de Genève 12 – Case postale 80 – CH-1260 Nyon 1
COMMUNIQUE DE PRESSE"""),
        X("              Léman : la teneur en phosphore au plus bas depuis\n"
          "          1960, mais les microplastiques et les PFAS inquiètent\n"
          "                            les scientifiques",
          "Léman : la teneur en phosphore au plus bas depuis 1960, mais les microplastiques et les PFAS inquiètent "
          "les scientifiques"),
        X("                                      Thonon-les-Bains / Nyon, le 27 novembre 2025",
          "Thonon-les-Bains / Nyon, le 27 novembre 2025"),
        P("La Commission franco-suisse pour la qualité des eaux du Léman (CFSEL) a " + hy("pré", "senté") +
          " jeudi à Thonon-les-Bains son rapport scientifique annuel. La " + hy("concentra", "tion") +
          " moyenne de phosphore total dans le lac est descendue à 14,6 microgrammes⏎par litre en 2024, contre "
          "89,5 au maximum de 1979, soit le niveau le plus faible⏎depuis le début des mesures en 1960.", lig=True),
        P("Ce résultat est le fruit de plus de 2,1 milliards de francs suisses et d’environ⏎1,4 milliard d’euros "
          "investis depuis les années 1970 dans l’assainissement des⏎communes riveraines, côté vaudois, valaisan, "
          "genevois et " + hy("haut", "savoyard", True) + ". Les stations d’épuration traitent aujourd’hui les "
          "eaux de quelque 1⏎250 000 habitants.", lig=True),
        B("CFSEL – Rapport annuel sur l’état du Léman – Communiqué de presse                                1/2"),
        P("Les scientifiques s’inquiètent en revanche des polluants émergents. Les " + hy("prélève", "ments") +
          " réalisés au large d’Évian et de Lausanne montrent en moyenne 0,9 particule⏎de microplastique par mètre "
          "cube, et des substances per- et polyfluoroalkylées⏎(PFAS) ont été détectées dans 23 des 30 points "
          "suivis, à des teneurs de 2 à 11⏎nanogrammes par litre.", lig=True),
        P("Vers une interdiction des rejets de PFAS"),
        P("La CFSEL recommande aux deux pays d’interdire d’ici 2030 les rejets industriels⏎de PFAS dans le bassin "
          "versant du lac, qui couvre 7 975 kilomètres carrés, et⏎de coordonner leur surveillance avec l’OFEV (Office "
          "fédéral de " + hy("l’environne", "ment") + ") et l’Agence de l’eau Rhône Méditerranée Corse.", lig=True),
        L("""Contacts presse :
France : Élise Dufournet, chargée de mission – +33 (0)4 50 71 22 64 – e.dufournet@cfsel-leman.example.org
Suisse : Thomas Rochat, secrétaire permanent – 022 361 48 90 / 079 512 33 08 – t.rochat@cfsel-leman.example.org"""),
        B("CFSEL – Rapport annuel sur l’état du Léman – Communiqué de presse                                2/2"),
    ],
    gold=dict(
        title="Léman : la teneur en phosphore au plus bas depuis 1960, mais les microplastiques et les PFAS "
              "inquiètent les scientifiques",
        dateline=dl("Thonon-les-Bains / Nyon", "2025-11-27"),
        organisations=[org("Commission franco-suisse pour la qualité des eaux du Léman", "CFSEL"),
                       org("Office fédéral de l’environnement", "OFEV"),
                       org("Agence de l’eau Rhône Méditerranée Corse", None)],
        places=[place("Léman"), place("Thonon-les-Bains"), place("Nyon"), place("Évian"), place("Lausanne"),
                place("France", "FR"), place("Suisse", "CH")],
        figures=[
            fig("1960", 1960, None, "year"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("14,6 microgrammes", 14.6, "microgrammes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("89,5", 89.5, None, "other"),
            fig("1979", 1979, None, "year"),
            fig("en 1960", 1960, None, "year"),
            fig("plus de 2,1 milliards de francs suisses", 2100000000, "francs suisses", "money", qualifier="plus de",
                currency="CHF"),
            fig("environ 1,4 milliard d’euros", 1400000000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("1970", 1970, None, "year"),
            fig("quelque 1 250 000 habitants", 1250000, "habitants", qualifier="quelque"),
            fig("0,9 particule", 0.9, "particule", "other"),
            fig("23", 23, None),
            fig("30 points", 30, "points"),
            fig("2", 2, None, "other"),
            fig("11 nanogrammes", 11, "nanogrammes", "other"),
            fig("deux pays", 2, "pays"),
            fig("2030", 2030, None, "year"),
            fig("7 975 kilomètres carrés", 7975, "kilomètres carrés", "other"),
        ],
        phones=[phone("+33450712264"), phone("+41223614890"), phone("+41795123308")],
        emails=["e.dufournet@cfsel-leman.example.org", "t.rochat@cfsel-leman.example.org"],
        contacts=[contact("Élise Dufournet", "chargée de mission", None, ["+33450712264"],
                          ["e.dufournet@cfsel-leman.example.org"]),
                  contact("Thomas Rochat", "secrétaire permanent", None, ["+41223614890", "+41795123308"],
                          ["t.rochat@cfsel-leman.example.org"])],
        notes="Text layer of a (made-up) Franco-Swiss lake commission's PDF release. Boilerplate: the letterhead "
              "above the title (name in capitals without accents, address with 'Case postale 80' and 'CH-1260', the "
              "'COMMUNIQUE DE PRESSE' label: a PDF without CMS title, h56-h71/h152-h167 rules) and the running "
              "footers with '1/2', '2/2'. The title is centred over three lines (one title line in the clean text, "
              "h104-h119 rule for two lines extended to three); the right-aligned place-and-date line under it is "
              "the dateline. Two-town dateline 'Thonon-les-Bains / Nyon, le 27 novembre 2025' (one place as "
              "written, README 'NIAMEY/GENÈVE' rule; both towns also listed). PDF line breaks with hyphenation "
              "('pré-'/'senté', 'concentra-'/'tion', 'prélève-'/'ments', 'l’environne-'/'ment'), one at a "
              "real hyphen that stays ('haut-'/'savoyard'), a real 'per-' in mid-line that stays ('per- et "
              "polyfluoroalkylées'); a number split by a line end ('quelque 1' / '250 000 habitants'); fi ligatures. "
              "Title 'depuis 1960' gives '1960'; the body's 'en 1960' is another text. 'contre 89,5': a measure "
              "without unit (kind other). 'les années 1970': a decade, year '1970' (h120-h135). 'par litre', 'par "
              "mètre cube' stay out of the texts. 'dans 23 des 30 points': '23' without noun. 'de 2 à 11 "
              "nanogrammes': range, first bound '2' with the kind of the second. 'PFAS' is a class of substances "
              "(not an organisation). 'l’OFEV (Office fédéral de l’environnement)': acronym first. 'Agence de l’eau "
              "Rhône Méditerranée Corse' is listed under its whole name (no acronym written). 'vaudois', 'valaisan', "
              "'genevois', 'haut-savoyard' are adjectives. Contacts with the country labels 'France :' and 'Suisse :' "
              "(places, not organisations); the Swiss numbers without country code take +41 by the label.",
    ),
))

# --------------------------------------------------------------------------- h193 regional TV news page (Liège): kicker, video player, cp1250, lost €, half-repaired word, comments
PAGES.append(Page(
    name="h193-rtv-meuse-liege-abri-de-nuit",
    meta={"site": "www.rtvmeuse.example.be", "style": "regional-tv-news-video-page",
          "defects": ["menu", "breadcrumb", "video-player", "read-more", "mojibake-cp1250", "lost-euro",
                      "double-space", "body-glued", "oe-replacement-char", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""RTV Meuse – La télé de Liège, Huy et Waremme
Direct | Replay | Info | Sport | Météo | Émissions | Nous contacter
Info › Société
SOCIÉTÉ
Publié le 02/12/2025 à 18:47 – Mis à jour le 03/12/2025 à 07:15"""),
        P("Le CPAS de Liège ouvre un troisième abri de nuit pour l’hiver"),
        B("""▶ Lire la vidéo
00:00 / 02:14
Sous-titres | Qualité auto | Plein écran
Reportage : M. Lambotte et J. Vandenberghe"""),
        P("Liège – Face à la hausse du nombre de personnes sans abri, le Centre public d’action sociale de Liège "
          "(CPAS) ouvre ce mercredi un troisième abri de nuit, dans l’ancienne caserne Saint-Laurent. Il offrira 60 "
          "lits supplémentaires jusqu’au 31 mars 2026."),
        P("Selon le dernier dénombrement, réalisé en octobre avec la Fondation Roi Baudouin, 1 142 personnes étaient "
          "sans chez-soi à Liège, contre 923 il y a deux ans. Parmi elles, 17 % sont des femmes et 96 sont des "
          "mineurs.", moji="cp1250"),
        B("À lire aussi : Seraing : la Ville rachète l’ancien hôtel de police pour y créer 40 logements"),
        P("L’ouverture de l’abri coûtera 1,3 million € sur l’hiver, dont 450 000 € pris en charge par la Wallonie. "
          "Le CPAS lance aussi un appel aux [[bĂ©nĂ©voles||bénévoles]] : 120 personnes se sont déjà manifestées."
          "[[||\n]]Les candidatures sont reçues à l’accueil du CPAS, place Saint-Jacques 13, du lundi au vendredi.",
          noeuro=""),
        P("« On voit arriver des travailleurs pauvres, des étudiants, des familles entières. Cet abri, c’est un geste "
          "du cœur, mais il ne remplace pas une vraie politique du logement », estime la présidente du CPAS, Nadia "
          "Bouhassoun.", oe="fffd"),
        B("""Réactions (12)
Connectez-vous pour réagir
Jean-Luc P. · il y a 2 h
Enfin ! Mais 60 lits, c’est peu pour une ville comme Liège.
Répondre · J’aime (4)
Marie D. · il y a 5 h
Bravo aux bénévoles, et merci pour ce reportage.
Répondre · J’aime (9)
Afficher plus de commentaires
RTV Meuse asbl – Rue de l’Ourthe 8 – 4020 Liège – BCE 0445.123.678
© RTV Meuse 2025 – Vie privée – Gestion des cookies"""),
    ],
    gold=dict(
        title="Le CPAS de Liège ouvre un troisième abri de nuit pour l’hiver",
        dateline=dl("Liège", None),
        organisations=[org("Centre public d’action sociale de Liège", "CPAS"), org("Fondation Roi Baudouin", None)],
        places=[place("Liège"), place("Wallonie")],
        figures=[
            fig("60 lits", 60, "lits"),
            fig("31 mars 2026", "2026-03-31", None, "date"),
            fig("1 142 personnes", 1142, "personnes"),
            fig("923", 923, None),
            fig("deux ans", 2, "ans", "duration"),
            fig("17 %", 17, "%", "percent"),
            fig("96", 96, None),
            fig("1,3 million €", 1300000, "€", "money", currency="EUR"),
            fig("450 000 €", 450000, "€", "money", currency="EUR"),
            fig("120 personnes", 120, "personnes"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="News page of a (made-up) Liège regional TV station. Boilerplate: station name, menu, breadcrumb, the "
              "rubric kicker 'SOCIÉTÉ' above the title (a section label, not the title), the 'Publié le ... – Mis à "
              "jour le ...' line, the video player's lines under the title ('▶ Lire la vidéo', '00:00 / 02:14', "
              "controls, report credits; new tag 'video-player', its duration not a figure), an in-body 'À lire aussi "
              ": headline' line between two paragraphs (tag 'read-more', h136-h151 rule; its '40 logements' is not a "
              "figure), the comment thread ('Réactions (12)', login line, comments with 'il y a n h' stamps, reply/"
              "like lines, 'Afficher plus'), footer with 4020 postcode and BCE number, legal line. The second "
              "paragraph is UTF-8 read as cp1250; the third has the € lost twice ('1,3 million  sur', '450 000  pris'), "
              "a half-repaired word in a clean paragraph ('bĂ©nĂ©voles') and a glued sentence ('manifestées.Les "
              "candidatures': a new clean line); œ as U+FFFD in the quote ('du c�ur'). Dateline 'Liège –' without "
              "date. 'jusqu’au 31 mars 2026': the 'jusqu’au' stays out. 'contre 923', 'et 96 sont des mineurs': "
              "counts without noun. 'troisième abri': ordinal word; 'il y a deux ans': duration. 'la Wallonie' is "
              "a place (h162). 'caserne Saint-Laurent' is a venue; 'place Saint-Jacques 13' a street address. A "
              "news page without contact.",
    ),
))

# --------------------------------------------------------------------------- h194 ministry on an old Joomla CMS (Niger): hard wraps, split number, ’ dropped, stripped accents, double cp1252
PAGES.append(Page(
    name="h194-mha-niger-forages-tahoua-joomla",
    meta={"site": "www.hydraulique.example.gouv.ne", "style": "joomla-ministry-old-cms",
          "defects": ["menu", "breadcrumb", "share-lines", "hard-wrap", "wrapped-number", "lost-apostrophe",
                      "stripped-accents", "unaccented-capitals", "mojibake-double-cp1252", "hidden-email",
                      "cms-footer"]},
    wrap=70, jitter=8,
    blocks=[
        B("""REPUBLIQUE DU NIGER
Ministère de l’Hydraulique et de l’Assainissement
Accueil | Le Ministère | Directions | Projets | Actualités | Documents | Contacts
Vous êtes ici : Accueil > Actualités > Communiqués"""),
        P("LANCEMENT DES TRAVAUX DE 120 FORAGES DANS LA [[REGION||RÉGION]] DE TAHOUA", nowrap=True),
        B("""Ecrit par Administrateur
Mardi, 02 Décembre 2025 10:15
PDF | Imprimer | Envoyer"""),
        P("Niamey, le 1er décembre 2025 – Le ministère de l’Hydraulique et de l’Assainissement (MHA) a lancé lundi à "
          "Tahoua les travaux de réalisation de 120 forages équipés de pompes solaires dans les départements de "
          "Tahoua, Keita et Abalak. Le projet, d’un coût de 4,8 milliards de francs CFA, est financé par la Banque "
          "islamique de développement (BID) et l’État du Niger.", apos="drop"),
        P("À terme, quelque 86⏎400 personnes auront accès à l’eau potable à moins de 500 mètres de leur domicile, "
          "contre 54 % aujourd’hui dans la région. Chaque forage pourra fournir jusqu’à 12 mètres cubes par heure.",
          apos="drop"),
        P("Les travaux seront exécutés par trois entreprises nigériennes sous le contrôle de la Direction régionale "
          "de l’hydraulique de Tahoua, pour une durée de 18 mois. Les comités de gestion des points d’eau seront "
          "formés à l’entretien des pompes.", strip=True),
        P("« L’accès à l’eau est la première des dignités. D’ici 2027, nous voulons que chaque village de plus de 300 "
          "habitants dispose d’un point d’eau moderne », a déclaré le secrétaire général du ministère, Abdourahamane "
          "Maïga.", moji="cp1252x2"),
        L("""Contacts presse :
Direction de la communication – Tél. : (227) 20 72 24 18 – Fax : (227) 73 24 19
M. Issoufou Garba, chargé de presse : 96 48 21 07 – igarba@hydraulique.example.gouv.ne
Mme Hadiza Souley, attachée de presse : 90 33 17 64 – [email protected]"""),
        B("""Mise à jour le Mardi, 02 Décembre 2025 10:17
< Précédent   Suivant >
Nous avons 38 invités en ligne
Visiteurs : 1284562
Copyright © 2025 Ministère de l’Hydraulique et de l’Assainissement. Tous droits réservés.
Joomla! est un logiciel libre distribué sous licence GNU/GPL."""),
    ],
    gold=dict(
        title="LANCEMENT DES TRAVAUX DE 120 FORAGES DANS LA RÉGION DE TAHOUA",
        dateline=dl("Niamey", "2025-12-01"),
        organisations=[org("ministère de l’Hydraulique et de l’Assainissement", "MHA"),
                       org("Banque islamique de développement", "BID"),
                       org("Direction régionale de l’hydraulique de Tahoua", None)],
        places=[place("Niamey"), place("Tahoua"), place("Keita"), place("Abalak"),
                place("Niger", "NE")],
        figures=[
            fig("120 FORAGES", 120, "FORAGES"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("120 forages", 120, "forages"),
            fig("4,8 milliards de francs CFA", 4800000000, "francs CFA", "money", currency="XOF"),
            fig("quelque 86 400 personnes", 86400, "personnes", qualifier="quelque"),
            fig("moins de 500 mètres", 500, "mètres", "other", qualifier="moins de"),
            fig("54 %", 54, "%", "percent"),
            fig("jusqu’à 12 mètres cubes", 12, "mètres cubes", "other", qualifier="jusqu’à"),
            fig("trois entreprises", 3, "entreprises"),
            fig("18 mois", 18, "mois", "duration"),
            fig("2027", 2027, None, "year"),
            fig("plus de 300 habitants", 300, "habitants", qualifier="plus de"),
        ],
        phones=[phone("+22720722418"), phone("+227732419", "fax", valid=False), phone("+22796482107"),
                phone("+22790331764")],
        emails=["igarba@hydraulique.example.gouv.ne"],
        hidden_emails=1,
        contacts=[contact(None, None, "Direction de la communication", ["+22720722418", "+227732419"], []),
                  contact("Issoufou Garba", "chargé de presse", None, ["+22796482107"],
                          ["igarba@hydraulique.example.gouv.ne"]),
                  contact("Hadiza Souley", "attachée de presse", None, ["+22790331764"], [])],
        notes="A Nigerien ministry's communiqué on an old Joomla CMS. Boilerplate: the state and ministry letterhead "
              "lines of the template, menu, breadcrumb, the Joomla article-info lines ('Ecrit par Administrateur', "
              "date and time, 'PDF | Imprimer | Envoyer'), and the old CMS's bottom ('Mise à jour le ...', '< "
              "Précédent   Suivant >', 'Nous avons 38 invités en ligne', visitor counter, copyright line, 'Joomla! "
              "est un logiciel libre ...' credit; new tag 'cms-footer' for such CMS credit footers). The capital "
              "title lacks its accent ('REGION': restored, README h88-h103 rule). The body is hard-wrapped by the "
              "CMS (the contact block is not), with a number split by the wrap ('quelque 86' / '400 personnes'); ’ "
              "dropped in the first two paragraphs ('lHydraulique', 'dun coût', 'jusquà'); the third paragraph is "
              "typed without accents ('executes', 'regionale', 'duree'); the quote is UTF-8 encoded twice and read as "
              "cp1252 ('ÃƒÂ©'). 'TAHOUA' in the capital title gives no entry of its own: 'Tahoua' is listed in normal case (README). "
              "'120 FORAGES' (title) and '120 forages' (body): two texts. 'l’État du Niger': 'l’État' "
              "generic, 'Niger' a place. 'Direction régionale de l’hydraulique de Tahoua': a named service with "
              "capitals acting in the text (listed, h168-h183 'Garde côtière' rule); 'comités de gestion' generic. "
              "Contacts: the communication directorate (office) with a phone and an old six-digit fax '(227) 73 24 "
              "19' from before Niger's move to eight digits (e164 +227732419, valid false); two press officers "
              "with Nigerien mobiles without code (the 'M.'/'Mme' titles stay out of the person), the second with "
              "only a hidden e-mail.",
    ),
))

# --------------------------------------------------------------------------- h195 article on a professional social network (Abidjan fund): social chrome, ’ as a space, emoji, double space
PAGES.append(Page(
    name="h195-reseaupro-fief-entrepreneuses-abidjan",
    meta={"site": "www.reseaupro.example.com", "style": "professional-network-article",
          "defects": ["menu", "lost-apostrophe", "double-space", "obfuscated-email", "votes-widget",
                      "comments-widget", "share-lines"]},
    blocks=[
        B("""ReseauPro
Accueil | Mon réseau | Emplois | Messagerie | Notifications | Vous ▾
Fonds ivoirien pour l’entrepreneuriat féminin – FIEF
8 452 abonnés
2 j · Modifié · 🌐"""),
        P("🎉 3 000 entrepreneuses financées en 2025 : le FIEF double son enveloppe pour 2026"),
        P("Abidjan, 1er décembre 2025 – Le Fonds ivoirien pour l’entrepreneuriat féminin (FIEF) a accordé cette "
          "année 3 000 microcrédits à des femmes chefs d’entreprise, pour un montant total de 4,2 milliards de FCFA, "
          "dans 14 des 31 régions de Côte d’Ivoire.", apos="space"),
        P("Le taux de remboursement [[atteint  97,3 %||atteint 97,3 %]]. Près de 62 % des bénéficiaires exercent "
          "dans la transformation agroalimentaire (attiéké, cacao, noix de cajou), 21 % dans le commerce et les "
          "autres dans les services.", apos="space"),
        P("Grâce à un accord signé avec la Banque ouest-africaine de développement (BOAD), l’enveloppe passera à "
          "8,5 milliards de FCFA en 2026, avec des prêts de 250 000 à 5 000 000 FCFA par entreprise.", apos="space"),
        P("👉 Candidatures ouvertes du 5 janvier au 27 février 2026 sur notre site."),
        L("📞 Infos : +225 27 22 41 58 90 / +225 07 58 12 44 61 – contact(at)fief-ci.example.ci"),
        B("""#Entrepreneuriat #FemmesEntrepreneures #CôteDIvoire #Microfinance
👍❤️👏 486
37 commentaires · 22 republications
J’aime | Commenter | Republier | Envoyer
Les plus pertinents ▾
Awa Koné · Gérante chez Attiéké Délices · 1 j
Merci au FIEF ! Mon atelier emploie aujourd’hui 9 femmes 🙏
J’aime · Répondre · 12 réactions
Yao Kouassi · Analyste crédit · 2 j
Bravo pour le taux de remboursement, c’est rare dans la microfinance.
J’aime · Répondre · 4 réactions
Ajouter un commentaire…"""),
    ],
    gold=dict(
        title="🎉 3 000 entrepreneuses financées en 2025 : le FIEF double son enveloppe pour 2026",
        dateline=dl("Abidjan", "2025-12-01"),
        organisations=[org("Fonds ivoirien pour l’entrepreneuriat féminin", "FIEF"),
                       org("Banque ouest-africaine de développement", "BOAD")],
        places=[place("Abidjan"), place("Côte d’Ivoire", "CI")],
        figures=[
            fig("3 000 entrepreneuses", 3000, "entrepreneuses"),
            fig("en 2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("3 000 microcrédits", 3000, "microcrédits"),
            fig("4,2 milliards de FCFA", 4200000000, "FCFA", "money", currency="XOF"),
            fig("14", 14, None),
            fig("31 régions", 31, "régions"),
            fig("97,3 %", 97.3, "%", "percent"),
            fig("Près de 62 %", 62, "%", "percent", qualifier="Près de"),
            fig("21 %", 21, "%", "percent"),
            fig("8,5 milliards de FCFA", 8500000000, "FCFA", "money", currency="XOF"),
            fig("en 2026", 2026, None, "year"),
            fig("250 000", 250000, None, "money", currency="XOF"),
            fig("5 000 000 FCFA", 5000000, "FCFA", "money", currency="XOF"),
            fig("5 janvier", "2026-01-05", None, "date"),
            fig("27 février 2026", "2026-02-27", None, "date"),
        ],
        phones=[phone("+2252722415890"), phone("+2250758124461")],
        emails=[],
        contacts=[contact(None, None, None, ["+2252722415890", "+2250758124461"], [])],
        notes="An article posted on a (made-up) professional social network by a (made-up) Ivorian women's "
              "entrepreneurship fund. Boilerplate: network name and menu, the page name line with the fund's long "
              "form and acronym, follower count, the '2 j · Modifié · 🌐' time line, hashtag line, reaction counter "
              "(tag 'votes-widget'), comment/repost counts, action bar, sort label, comments with their author and "
              "job lines, comment field (h168-h183 social-post rule). The post's first line is the title, emoji "
              "kept (🎉, 👉, 📞: not figures). ’ became a space in three body paragraphs ('d entreprise', 'Côte d "
              "Ivoire', 'l enveloppe'); a double space ('atteint  97,3 %'). 'cette année': not a figure. 'dans 14 "
              "des 31 régions': '14' without noun. 'de 250 000 à 5 000 000 FCFA': money range, first bound bare. "
              "'du 5 janvier au 27 février 2026': first bound with its own month, value in the second's year "
              "(h152-h167). The fund's long form in the page-name line is boilerplate; the body spells it out with "
              "its acronym. The '📞 Infos :' line is one contact with person, role and organisation null (h88-h103 "
              "unlabelled line, h168-h183 📞 label), two Ivorian ten-digit numbers (landline 27, mobile 07) and an "
              "e-mail obfuscated with '(at)' (kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h196 Indian Ocean regional commission: glued headings, French/English acronyms, ’ as '?', three contacts
PAGES.append(Page(
    name="h196-coi-plan-surveillance-peches-mozambique",
    meta={"site": "www.commission-ocean-indien.example.org", "style": "regional-commission-newsroom-bilingual-acronyms",
          "defects": ["menu", "breadcrumb", "heading-glued", "lost-apostrophe", "space-before-comma",
                      "oe-written-out", "hidden-email", "obfuscated-email", "share-lines", "ticker"]},
    blocks=[
        B("""Commission de l’océan Indien | Indian Ocean Commission
FR | EN
La COI | Projets | Actualités | Médiathèque | Appels d’offres | Recrutement
Accueil > Actualités > Communiqués de presse
Communiqué – 28/11/2025"""),
        P("Pêche illégale : la COI et la FAO lancent un plan régional de surveillance dans le canal du Mozambique"),
        P("Ebène, le 28 novembre 2025 – La Commission de l’océan Indien (COI ; Indian Ocean Commission, IOC, en "
          "anglais) et l’Organisation des Nations unies pour l’alimentation et l’agriculture (FAO) ont lancé jeudi "
          "un plan régional de surveillance des pêches doté de 18,5 millions d’euros sur cinq ans, financé par "
          "l’Union européenne (UE).", apos="?"),
        P("Des patrouilles conjointes dans cinq pays"),
        P("Le plan prévoit 48 patrouilles conjointes par an associant les garde-côtes des Comores, de France (La "
          "Réunion et Mayotte), de Madagascar, de Maurice et des Seychelles, ainsi que le partage en temps réel des "
          "données satellitaires sur les 6,4 millions de kilomètres carrés des zones économiques exclusives de la "
          "région.", glue=True),
        P("Des observateurs formés à Mahé"),
        P("Selon une étude du Programme des Nations unies pour l’environnement (PNUE/UNEP), la pêche illicite, non "
          "déclarée et non réglementée coûte plus de 400 millions de dollars par an aux pays de l’océan Indien. "
          "Quelque 120 observateurs des pêches seront formés à Mahé, aux Seychelles, dès février 2026[[ ,||,]] avec "
          "l’appui de la Seychelles Fishing Authority (SFA).", glue=True, apos="?"),
        P("« Nos thons ne connaissent pas les frontières ; notre surveillance ne doit pas en connaître non plus. "
          "Nous devons oeuvrer ensemble », a déclaré le secrétaire général de la COI, Jean-Claude "
          "Ramanantsoa-Payet.", apos="?"),
        L("""Contacts presse :
Nirina Andrianasolo, chargée de communication, COI – +230 402 61 00 poste 318 – [email protected]
Mervyn Labiche, responsable des relations avec les médias, SFA – +248 4 670 300 / +248 2 58 14 77 – mlabiche [at] sfa.example.sc
Bureau de la FAO à Antananarivo – +261 20 22 283 41 – fao-mg@fao.example.org"""),
        B("""Partager : Facebook | X | LinkedIn | Imprimer
Derniers communiqués
Sécurité maritime : exercice régional au large de Diego-Suarez – 20/11/2025
Santé : le réseau SEGA One Health réunit 80 épidémiologistes à La Réunion – 12/11/2025
Commission de l’océan Indien – Blue Tower, 3e étage, rue de l’Institut – Ebène – Maurice
© COI 2025 – Mentions légales"""),
    ],
    gold=dict(
        title="Pêche illégale : la COI et la FAO lancent un plan régional de surveillance dans le canal du Mozambique",
        dateline=dl("Ebène", "2025-11-28"),
        organisations=[org("Commission de l’océan Indien", "COI"),
                       org("Organisation des Nations unies pour l’alimentation et l’agriculture", "FAO"),
                       org("Union européenne", "UE"),
                       org("Programme des Nations unies pour l’environnement", "PNUE"),
                       org("Seychelles Fishing Authority", "SFA")],
        places=[place("canal du Mozambique"), place("Ebène"), place("Comores", "KM"), place("France", "FR"),
                place("La Réunion"), place("Mayotte"), place("Madagascar", "MG"), place("Maurice", "MU"),
                place("Seychelles", "SC"), place("Mahé"), place("océan Indien"), place("Antananarivo")],
        figures=[
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("18,5 millions d’euros", 18500000, "euros", "money", currency="EUR"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("cinq pays", 5, "pays"),
            fig("48 patrouilles", 48, "patrouilles"),
            fig("6,4 millions de kilomètres carrés", 6400000, "kilomètres carrés", "other"),
            fig("plus de 400 millions de dollars", 400000000, "dollars", "money", qualifier="plus de",
                currency="USD"),
            fig("Quelque 120 observateurs", 120, "observateurs", qualifier="Quelque"),
            fig("février 2026", 2026, None, "year"),
        ],
        phones=[phone("+2304026100", extension="318"), phone("+2484670300"), phone("+2482581477"),
                phone("+261202228341")],
        emails=["fao-mg@fao.example.org"],
        hidden_emails=1,
        contacts=[contact("Nirina Andrianasolo", "chargée de communication", "COI", ["+2304026100"], []),
                  contact("Mervyn Labiche", "responsable des relations avec les médias", "SFA",
                          ["+2484670300", "+2482581477"], []),
                  contact(None, None, "Bureau de la FAO à Antananarivo", ["+261202228341"],
                          ["fao-mg@fao.example.org"])],
        notes="Newsroom of the Indian Ocean Commission (a real regional body, invented news, people and numbers, as "
              "h183/h148). Boilerplate: bilingual site name, language line, menu, breadcrumb, type-and-date line; "
              "share line, 'Derniers communiqués' headlines, footer with address, copyright. Both subheadings are "
              "glued to the paragraph after them ('pays' + 'Le plan', 'Mahé' + 'Selon'); ’ as '?' in the dateline "
              "paragraph, the third paragraph and the quote ('l?océan', 'l?Union', 'l?appui'); a space before a comma "
              "('février 2026 ,'); 'oeuvrer' kept. Acronym conventions decided for this set: an organisation given "
              "with its French acronym and an English name/acronym in the same brackets ('COI ; Indian Ocean "
              "Commission, IOC, en anglais') or a French/English acronym pair joined by a slash ('PNUE/UNEP') is "
              "listed once, under the French long form with the French (first) acronym; 'FAO' is the acronym the "
              "French text uses (English-derived) after a French long form. 'Seychelles Fishing Authority (SFA)': an "
              "English name in a French text, listed as written. 'canal du Mozambique' (a sea passage) and 'océan "
              "Indien' (standing alone in 'pays de l’océan Indien') are places listed with their generic noun; "
              "'Mozambique' alone is never written (the country is not listed). 'France (La Réunion et Mayotte)': "
              "France FR, the two departments iso null. 'Ebène' as written in the dateline. 'cinq ans' and 'cinq "
              "pays' are two texts; 'par an': not a figure. 'garde-côtes' generic. Three contacts: a person with a "
              "Mauritian number with 'poste 318' and a hidden e-mail; a person with two Seychelles numbers and an "
              "e-mail obfuscated with '[at]' (kept, not listed); the FAO office in Antananarivo (kept as the "
              "contact's organisation; the city is listed) with a Malagasy landline.",
    ),
))

# --------------------------------------------------------------------------- h197 vanilla cooperative on WordPress, scraped as raw HTML: entities, glued <h2>, &#8239;, &amp; in a name, mailto
PAGES.append(Page(
    name="h197-ucvs-sava-prix-vanille-html",
    meta={"site": "www.vanille-sava-coop.example.mg", "style": "cooperative-wordpress-raw-html",
          "defects": ["menu", "html-debris", "heading-glued", "hidden-email", "share-lines", "comments-widget",
                      "postcode-trap"]},
    blocks=[
        B("""Union des coopératives de vanille de la Sava
Accueil | Notre vanille | Nos producteurs | Actualités | Boutique | Contact
28
NOV
2025
Actualités, Filière"""),
        P("[[<h1 class=\"entry-title\">||]]Vanille : l’UCVS fixe un prix plancher de 75 000 ariary le kilo pour "
          "2025-2026[[</h1>||]]"),
        P("[[<p><strong>||]]Sambava, le 28 novembre 2025[[</strong>||]] " +
          ent("– L’Union des coopératives de vanille de la Sava (UCVS) a annoncé le prix d’achat minimum de la "
              "vanille verte pour la campagne 2025-2026 : 75\u00a0000 ariary le kilo, contre 60\u00a0000 ariary la "
              "saison dernière, soit une hausse de 25\u00a0%.") + "[[</p>||]]"),
        P("[[<h2>||]]Un prix plancher pour 1 850 producteurs[[</h2>||]]"),
        P("[[<p>||]]" + ent("Ce prix s’applique aux 1\u202f850 producteurs membres des 23 coopératives de l’Union, "
                            "répartis entre Sambava, Antalaha, Vohémar et Andapa. À l’export, la vanille noire de "
                            "qualité «\u00a0gourmet\u00a0» se négocie à environ 180 dollars le kilo, loin des 450 "
                            "dollars atteints en 2018.") + "[[</p>||]]", glue=True),
        P("[[<p>||]]" + ent("Le contrat signé avec l’exportateur Épices & Arômes de l’océan Indien garantit l’achat "
                            "de 320 tonnes de vanille préparée sur trois ans. La Banque mondiale finance par "
                            "ailleurs, à hauteur de 2,7 millions de dollars, la construction de quatre centres de "
                            "séchage.") + "[[</p>||]]"),
        P("[[<blockquote><p>||]]" + ent("«\u00a0Avec un prix juste, nos jeunes resteront dans la Sava au lieu de "
                                        "partir pour Antananarivo\u00a0», souligne le président de l’UCVS, Jaonary "
                                        "Rakotobe.") + "[[</p></blockquote>||]]"),
        L("""[[<p><strong>Contacts presse</strong><br />||Contacts presse]]
Lalaina Rasoanaivo, responsable communication – +261 32 11 458 72[[<br />||]]
E-mail : [[<a href="mailto:l.rasoanaivo@vanille-sava-coop.example.mg">||]]l.rasoanaivo@vanille-sava-coop.example.mg[[</a><br />||]]
Hery Randriamampionona, secrétaire général – 020 88 921 45 – [email protected][[</p>||]]"""),
        B("""Catégories : Actualités, Filière | Étiquettes : vanille, prix, Sava
Partager : Facebook | X | WhatsApp | LinkedIn
← Hausse des exportations de girofle | Journée portes ouvertes à Antalaha →
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Commentaire * | Nom * | E-mail * | Site web
Publier le commentaire
© 2025 UCVS – Lot II B 45, 203 Sambava – Propulsé par WordPress"""),
    ],
    gold=dict(
        title="Vanille : l’UCVS fixe un prix plancher de 75 000 ariary le kilo pour 2025-2026",
        dateline=dl("Sambava", "2025-11-28"),
        organisations=[org("Union des coopératives de vanille de la Sava", "UCVS"),
                       org("Épices & Arômes de l’océan Indien", None), org("Banque mondiale", None)],
        places=[place("Sambava"), place("Sava"), place("Antalaha"), place("Vohémar"), place("Andapa"),
                place("Antananarivo")],
        figures=[
            fig("75 000 ariary", 75000, "ariary", "money", currency="MGA"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("75\u00a0000 ariary", 75000, "ariary", "money", currency="MGA"),
            fig("60\u00a0000 ariary", 60000, "ariary", "money", currency="MGA"),
            fig("25\u00a0%", 25, "%", "percent"),
            fig("1 850 producteurs", 1850, "producteurs"),
            fig("1\u202f850 producteurs", 1850, "producteurs"),
            fig("23 coopératives", 23, "coopératives"),
            fig("environ 180 dollars", 180, "dollars", "money", qualifier="environ", currency="USD"),
            fig("450 dollars", 450, "dollars", "money", currency="USD"),
            fig("en 2018", 2018, None, "year"),
            fig("320 tonnes", 320, "tonnes", "other"),
            fig("trois ans", 3, "ans", "duration"),
            fig("2,7 millions de dollars", 2700000, "dollars", "money", currency="USD"),
            fig("quatre centres", 4, "centres"),
        ],
        phones=[phone("+261321145872"), phone("+261208892145")],
        emails=["l.rasoanaivo@vanille-sava-coop.example.mg"],
        hidden_emails=1,
        contacts=[contact("Lalaina Rasoanaivo", "responsable communication", None, ["+261321145872"],
                          ["l.rasoanaivo@vanille-sava-coop.example.mg"]),
                  contact("Hery Randriamampionona", "secrétaire général", None, ["+261208892145"], [])],
        notes="A (made-up) Malagasy vanilla cooperative union's WordPress post, scraped as raw HTML. Boilerplate: site "
              "name, menu, the date badge printed over three lines above the title ('28' / 'NOV' / '2025': a date "
              "where a title might be taken) and its category line; categories/tags, share line, previous/next "
              "links, the empty comment form, footer with 'Lot II B 45, 203 Sambava' (203 is a postcode). The title "
              "comes inside '<h1 class=\"entry-title\">' (article, tags removed). HTML debris: <p>, <strong>, "
              "<h2> glued to the next <p> on one raw line (a glued heading), <blockquote>, <br />, a full mailto "
              "link; entities &rsquo;, &eacute;, &agrave;, &laquo;&nbsp;/&nbsp;&raquo;, &nbsp; in '75&nbsp;000', "
              "'60&nbsp;000' and '25&nbsp;%' (U+00A0 in the clean text), &#8239; in '1&#8239;850' (U+202F), &Eacute; "
              "and &amp; inside the exporter's name (decoded, h168-h183). Figure texts follow the clean text: the "
              "title's '75 000 ariary' (plain space) and the body's '75\u00a0000 ariary' are two texts, so are the "
              "heading's '1 850 producteurs' and the body's '1\u202f850 producteurs'. 'la campagne 2025-2026' "
              "(title and body): a season, two year figures. 'le kilo' stays out of the money texts; 'environ 180 "
              "dollars': qualifier 'environ'. Ariary: MGA. 'la Sava' (a region, also inside the union's name) "
              "stands alone in the quote: listed. 'océan Indien' occurs only inside the exporter's name: not a "
              "place here. 'la saison dernière': not a figure. Contacts: two people, the first with a Malagasy "
              "mobile and a mailto address, the second with a Sambava landline written '020 88 ...' and a hidden "
              "e-mail.",
    ),
))

# --------------------------------------------------------------------------- h198 town hall's own printable version (Bulle, canton of Fribourg): whole text without accents, capital title on two lines
PAGES.append(Page(
    name="h198-ville-bulle-patinoire-version-imprimable",
    meta={"site": "www.bulle-commune.example.ch", "style": "municipal-cms-printable-version",
          "defects": ["print-furniture", "stripped-accents", "unaccented-capitals", "postcode-trap"]},
    blocks=[
        B("""Ville de Bulle – Version imprimable
Imprimer cette page | Fermer la fenetre
Communique du 02.12.2025 – Administration generale"""),
        X("PATINOIRE DE BULLE : LA COMMUNE INVESTIT\n12,8 MILLIONS DE FRANCS DANS LA RENOVATION",
          "PATINOIRE DE BULLE : LA COMMUNE INVESTIT 12,8 MILLIONS DE FRANCS DANS LA RÉNOVATION"),
        P("Bulle, le 2 décembre 2025 – Le Conseil communal de Bulle a adopté lundi un crédit d’engagement de 12,8 "
          "millions de francs pour la rénovation complète de la patinoire communale, construite en 1979. Le projet "
          "sera soumis au Conseil général le 17 décembre, puis, en cas de référendum, au vote populaire en juin "
          "2026.", strip=True),
        P("Les travaux, prévus d’avril 2027 à septembre 2028, comprennent le remplacement de l’installation de "
          "froid, qui fonctionne encore à l’ammoniac, la pose de 2 400 m² de panneaux solaires et l’agrandissement "
          "des vestiaires. La consommation d’énergie de la patinoire devrait baisser de 40 %.", strip=True),
        P("Le canton de Fribourg participera à hauteur de 1,9 million de francs au titre des infrastructures "
          "sportives d’importance régionale. Les communes voisines de Morlon et de Riaz verseront ensemble 650 000 "
          "francs.", strip=True),
        P("« Cette patinoire accueille 180 000 entrées par an. Il était temps d’agir », a déclaré le syndic, "
          "Raphaël Jaquet.", strip=True),
        L("""Renseignements :
Raphaël Jaquet, syndic, 079 418 22 60
Corinne Menoud, cheffe du Service des sports, 026 919 21 11, int. 246, sports@bulle-commune.example.ch""", strip=True),
        B("""URL de l'article : https://www.bulle-commune.example.ch/actualites/2025/patinoire-renovation
Imprime le 03.12.2025 a 08:41 depuis www.bulle-commune.example.ch
© Ville de Bulle – Grand-Rue 7 – Case postale 32 – 1630 Bulle"""),
    ],
    gold=dict(
        title="PATINOIRE DE BULLE : LA COMMUNE INVESTIT 12,8 MILLIONS DE FRANCS DANS LA RÉNOVATION",
        dateline=dl("Bulle", "2025-12-02"),
        organisations=[org("Conseil communal", None), org("Conseil général", None)],
        places=[place("Bulle"), place("Fribourg"), place("Morlon"), place("Riaz")],
        figures=[
            fig("12,8 MILLIONS DE FRANCS", 12800000, "FRANCS", "money", currency="CHF"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("12,8 millions de francs", 12800000, "francs", "money", currency="CHF"),
            fig("en 1979", 1979, None, "year"),
            fig("le 17 décembre", "--12-17", None, "date"),
            fig("juin 2026", 2026, None, "year"),
            fig("avril 2027", 2027, None, "year"),
            fig("septembre 2028", 2028, None, "year"),
            fig("2 400 m²", 2400, "m²", "other"),
            fig("40 %", 40, "%", "percent"),
            fig("1,9 million de francs", 1900000, "francs", "money", currency="CHF"),
            fig("650 000 francs", 650000, "francs", "money", currency="CHF"),
            fig("180 000 entrées", 180000, "entrées"),
        ],
        phones=[phone("+41794182260"), phone("+41269192111", extension="246")],
        emails=["sports@bulle-commune.example.ch"],
        contacts=[contact("Raphaël Jaquet", "syndic", None, ["+41794182260"], []),
                  contact("Corinne Menoud", "cheffe du Service des sports", None, ["+41269192111"],
                          ["sports@bulle-commune.example.ch"])],
        notes="The site's own printable version of a (made-up) communiqué of the town of Bulle (canton of Fribourg, "
              "Switzerland), exported without any accent (the whole article, the contact block and the chrome). "
              "Boilerplate (tag 'print-furniture'): the 'Version imprimable' header, 'Imprimer cette page | Fermer la "
              "fenetre', the 'Communique du 02.12.2025 – Administration generale' label above the title (a date line "
              "where a title might be taken), the article URL line, the 'Imprime le ... a ...' line and the footer "
              "with 'Case postale 32' and the 1630 postcode. The capital title is broken over two lines and has no "
              "accent: one clean title line with 'RÉNOVATION' (h88-h103 rule); its '12,8 MILLIONS DE FRANCS' is "
              "another text than the body's. All accents come back in the clean text ('Raphaël', 'déclaré', "
              "'référendum'); the straight apostrophes of the chrome are boilerplate, the body's ’ survived. "
              "'prévus d’avril 2027 à septembre 2028': two month-year figures ('avril 2027' without the 'd’'). 'en "
              "juin 2026': month-year text 'juin 2026'. '2 400 m²': measure. 'Conseil communal' (the executive) and "
              "'Conseil général' (the legislative) are organisations (README 'Grand Conseil' rule); 'Le canton de "
              "Fribourg' gives the place 'Fribourg' (a canton, iso null); 'la patinoire communale' is a venue; "
              "'Service des sports' stands only inside a role. 'par an': not a figure. Swiss numbers without code "
              "(+41): a mobile and the switchboard with 'int. 246' as extension.",
    ),
))

# --------------------------------------------------------------------------- h199 Burundian coffee agency: release-number label, U+2010, dotless ı, doubled accent, case damage, mixed quotes
PAGES.append(Page(
    name="h199-abpc-burundi-campagne-cafe-2025",
    meta={"site": "www.abpc-cafe.example.bi", "style": "commodity-agency-communique",
          "defects": ["menu", "breadcrumb", "double-combining-accent", "stray-unicode-hyphen", "dotless-i",
                      "double-space", "case-damage", "mixed-quotes", "share-lines", "postcode-trap"]},
    blocks=[
        B("""ABPC – Agence burundaise de promotion du café
Accueil | L’Agence | Filière café | Producteurs | Communiqués | Contact
Accueil › Communiqués
Communiqués | 01.12.2025 | N° 014/2025"""),
        P("Café : la campagne 2025 atteint 21 400 tonnes, un record depuis dix ans"),
        P("Bujumbura, le 1er décembre 2025 – L’Agence burundaise de promotion du café (ABPC) annonce que la campagne "
          "[[cafe\u0301\u0301ière||caféière]] 2025 s’est achevée avec une production de 21 400 tonnes de café vert, "
          "contre 14 850 tonnes en 2024, soit une hausse de 44 %."),
        P("Les provinces de Ngozi, Kayanza et Gitega ont fourni à elles seules près des deux tiers de la récolte. Le "
          "prix payé aux producteurs pour le [[café\u2010cerise||café-cerise]] a été fixé à 2 800 francs burundais le "
          "kilo, contre 1 950 francs l’an dernier."),
        P("[[Les exportatıons||Les exportations]], principalement vers la Suisse, la Belgique et les "
          "[[États\u2010Unis||États-Unis]], ont rapporté 58,6 millions de dollars entre janvier et octobre. Le café "
          "reste la première source de devises du pays, devant le thé et l’or."),
        P("La prochaine campagne débutera [[le  2 mars 2026||le 2 mars 2026]]. L’ABPC appelle les 600 000 ménages "
          "caféiculteurs à poursuivre le renouvellement des vergers : 12 millions de plants seront distribués "
          "gratuitement d’ici décembre 2026, avec l’appui de la Banque africaine de développement (BAD) et du Fonds "
          "international de développement agricole (FIDA)."),
        P("« Nous avons battu un record, mais le vrai défi reste la qualité », a déclaré le directeur général de "
          "l’[[agence burundaise de promotion du cafÉ||Agence burundaise de promotion du café]], Emmanuel "
          "Niyonzima. “Un café mieux trié se vend 30 % plus cher.”"),
        L("""Contacts :
Service de communication de l’ABPC – (+257) 22 27 45 18 – Fax : (+257) 22 27 45 19
Claudine Irakoze, porte-parole – (+257) 79 48 36 12 – c.irakoze@abpc-cafe.example.bi"""),
        B("""Télécharger le communiqué (PDF, 180 Ko)
Partager : Facebook | X | WhatsApp
ABPC – Boulevard de l’Uprona, BP 450 Bujumbura – Burundi
© 2025 ABPC – Tous droits réservés"""),
    ],
    gold=dict(
        title="Café : la campagne 2025 atteint 21 400 tonnes, un record depuis dix ans",
        dateline=dl("Bujumbura", "2025-12-01"),
        organisations=[org("Agence burundaise de promotion du café", "ABPC"),
                       org("Banque africaine de développement", "BAD"),
                       org("Fonds international de développement agricole", "FIDA")],
        places=[place("Bujumbura"), place("Ngozi"), place("Kayanza"), place("Gitega"), place("Suisse", "CH"),
                place("Belgique", "BE"), place("États-Unis", "US")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("21 400 tonnes", 21400, "tonnes", "other"),
            fig("dix ans", 10, "ans", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("14 850 tonnes", 14850, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("44 %", 44, "%", "percent"),
            fig("près des deux tiers", 0.6667, None, "other", qualifier="près des"),
            fig("2 800 francs burundais", 2800, "francs burundais", "money", currency="BIF"),
            fig("1 950 francs", 1950, "francs", "money", currency="BIF"),
            fig("58,6 millions de dollars", 58600000, "dollars", "money", currency="USD"),
            fig("le 2 mars 2026", "2026-03-02", None, "date"),
            fig("600 000 ménages", 600000, "ménages"),
            fig("12 millions de plants", 12000000, "plants"),
            fig("décembre 2026", 2026, None, "year"),
            fig("30 %", 30, "%", "percent"),
        ],
        phones=[phone("+25722274518"), phone("+25722274519", "fax"), phone("+25779483612")],
        emails=["c.irakoze@abpc-cafe.example.bi"],
        contacts=[contact(None, None, "Service de communication de l’ABPC", ["+25722274518", "+25722274519"], []),
                  contact("Claudine Irakoze", "porte-parole", None, ["+25779483612"],
                          ["c.irakoze@abpc-cafe.example.bi"])],
        notes="Communiqué of a (made-up) Burundian coffee-promotion agency. Boilerplate: agency name line, menu, "
              "breadcrumb, and a 'Communiqués | 01.12.2025 | N° 014/2025' label above the title (rubric, date and "
              "release number: page metadata where a title might be taken); attachment line, share line, footer "
              "with 'BP 450', copyright. Unicode damage: a doubled combining acute on a decomposed letter "
              "('cafe' + U+0301 + U+0301 + 'ière': one precomposed 'é' in the clean text), U+2010 in 'café‐cerise' "
              "and 'États‐Unis' (becomes '-'), a dotless 'ı' ('exportatıons'), a double space inside a date ('le  2 "
              "mars 2026'), ASCII-case damage in the agency's name in the quote's attribution ('agence burundaise de "
              "promotion du cafÉ': back to the usual form with its capital). « » then “ ” in the same paragraph "
              "(kept). 'la campagne 2025' (title and body): a year dating a season, one text '2025'. 'depuis dix "
              "ans': duration. 'près des deux tiers' (h168-h183). '2 800 francs burundais' (BIF, whole currency "
              "noun); 'contre 1 950 francs' BIF by context. 'entre janvier et octobre', 'l’an dernier': not "
              "figures; 'première source': ordinal word. 'le kilo' stays out of the text. 'Burundi' is written only "
              "in the footer and inside nothing else ('burundaise' is an adjective): not a place. Contacts: the "
              "communication service (office, phone and fax written '(+257) 22 ...') and a spokeswoman with a "
              "mobile and an e-mail.",
    ),
))
