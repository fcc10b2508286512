"""h120-h135: the next blind set.

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h120-h124 come from one statistics-institute press room in French Polynesia (made-up host) sharing its
header, menu, breadcrumb, share line, `Prochaine publication` widget, `Dernières publications` block and
footer with small variations; h125-h135 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

PAGES = []

ENTITIES = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;",
            "î": "&icirc;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–Éî") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


# =========================================================================== statistics institute, French Polynesia
PF_SITE = "www.ipsee-polynesie.example.pf"


def pf_top(kind, num, date, banner=None, stamp="Publié le"):
    lines = ["Aller au contenu | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["IPSEE – Institut polynésien de la statistique et des études économiques",
              "Reo Tahiti | Français | English",
              "Accueil",
              "Chiffres clés",
              "Chiffres clés",
              "Publications",
              "Enquêtes",
              "Enquêtes",
              "Espace presse",
              "Rechercher une donnée…",
              f"Accueil › Espace presse › {kind}",
              f"{kind} n° {num} · {stamp} {date}"]
    return "\n".join(lines)


def pf_bottom(next_pub, related, attach=None):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · LinkedIn · X · Courriel · Imprimer",
              f"Prochaine publication : {next_pub}",
              "Dernières publications"]
    for head, date in related:
        lines.append(f"{head} ({date})")
    lines += ["Toutes les publications ›",
              "IPSEE – Immeuble Te Fare Tauhiti, 12 rue Cook – BP 395 – 98713 Papeete – Tél. 40 47 33 00",
              "Données sous licence ouverte – © IPSEE 2025 – Mentions légales – Plan du site"]
    return "\n".join(lines)


def pf_meta(defects, **extra):
    d = {"site": PF_SITE, "style": "statistics-institute-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


PF_NOTE = ("Site furniture shared by h120-h124 (skip/accessibility line, optional census banner, site name with the "
           "institute's long form, Tahitian/French/English language line, menu with doubled 'Chiffres clés' and "
           "'Enquêtes', search box, breadcrumb 'Accueil › Espace presse › type', 'type n° NN · Publié le dd/mm/yyyy' "
           "or 'Mis à jour le' line; at the bottom an optional data-file or PDF line, share line, a 'Prochaine "
           "publication' widget that changes from page to page, 'Dernières publications' with '(dd/mm/yyyy)' "
           "headlines, footer with BP box, 98713 postcode and switchboard number, licence/copyright line): all "
           "boilerplate; its numbers are neither figures nor phones. French Polynesia is an overseas collectivity: "
           "'Polynésie française' gets iso null (as New Caledonia, h88-h103). Francs CFP are XPF. Polynesian numbers "
           "have eight digits and no trunk prefix.")

# --------------------------------------------------------------------------- h120 consumer prices, cp1252 on two paragraphs, glued headings
PAGES.append(Page(
    name="h120-ipsee-prix-octobre",
    meta=pf_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(pf_top("Communiqué", "112", "14/11/2025")),
        P("Prix à la consommation : hausse de 0,3 % en octobre 2025"),
        P("Papeete, le 14 novembre 2025 – Selon l’Institut polynésien de la statistique et des études économiques (IPSEE), l’indice des prix à la consommation de la Polynésie française augmente de 0,3 % en octobre 2025, après une baisse de 0,1 % en septembre. Sur un an, les prix progressent de 1,8 %, contre 2,4 % un an plus tôt.", moji="cp1252"),
        P("L’alimentation tire les prix"),
        P("Les prix de l’alimentation augmentent de 0,9 % sur le mois, portés par les produits frais, en hausse de 4,2 % après les intempéries de fin septembre sur Tahiti et Moorea. Le kilo de tomates locales atteint 1 180 francs CFP, soit 38 % de plus qu’en août.", glue=True),
        P("Énergie : l’essence moins chère"),
        P("Le prix réglementé de l’essence sans plomb a été abaissé de 6 francs le 1er octobre, à 178 francs CFP le litre, à la suite de la décision du Conseil des ministres du 24 septembre. Les prix de l’énergie reculent ainsi de 1,6 % sur le mois.", glue=True, moji="cp1252"),
        P("Hors énergie et produits frais, l’inflation sous-jacente s’établit à 1,5 % sur douze mois. Dans les services, les loyers progressent de 0,4 % et les tarifs du transport aérien interinsulaire de 2,1 % avant les vacances de décembre."),
        L("""Contact presse :
Heimana Tetuanui, chargée de la diffusion
Tél. : 40 47 33 12 – diffusion@ipsee-polynesie.example.pf"""),
        B(pf_bottom("Indice des prix de novembre 2025 – 12/12/2025",
                    [("Population au 1er janvier 2025 : 281 460 habitants", "02/10/2025"),
                     ("Commerce extérieur : les exportations de perles en recul de 7 %", "24/09/2025")],
                    attach="Fichier de données : IPSEE_IPC_2025-10.xlsx (68 Ko)")),
    ],
    gold=dict(
        title="Prix à la consommation : hausse de 0,3 % en octobre 2025",
        dateline=dl("Papeete", "2025-11-14"),
        organisations=[org("Institut polynésien de la statistique et des études économiques", "IPSEE"),
                       org("Conseil des ministres", None)],
        places=[place("Papeete"), place("Polynésie française"), place("Tahiti"), place("Moorea")],
        figures=[
            fig("0,3 %", 0.3, "%", "percent"),
            fig("octobre 2025", 2025, None, "year"),
            fig("le 14 novembre 2025", "2025-11-14", None, "date"),
            fig("0,1 %", 0.1, "%", "percent"),
            fig("1,8 %", 1.8, "%", "percent"),
            fig("2,4 %", 2.4, "%", "percent"),
            fig("0,9 %", 0.9, "%", "percent"),
            fig("4,2 %", 4.2, "%", "percent"),
            fig("1 180 francs CFP", 1180, "francs CFP", "money", currency="XPF"),
            fig("38 %", 38, "%", "percent"),
            fig("6 francs", 6, "francs", "money", currency="XPF"),
            fig("le 1er octobre", "--10-01", None, "date"),
            fig("178 francs CFP", 178, "francs CFP", "money", currency="XPF"),
            fig("24 septembre", "--09-24", None, "date"),
            fig("1,6 %", 1.6, "%", "percent"),
            fig("1,5 %", 1.5, "%", "percent"),
            fig("douze mois", 12, "mois", "duration"),
            fig("0,4 %", 0.4, "%", "percent"),
            fig("2,1 %", 2.1, "%", "percent"),
        ],
        phones=[phone("+68940473312")],
        emails=["diffusion@ipsee-polynesie.example.pf"],
        contacts=[contact("Heimana Tetuanui", "chargée de la diffusion", None, ["+68940473312"],
                          ["diffusion@ipsee-polynesie.example.pf"])],
        notes=PF_NOTE + " Monthly consumer-price note. The dateline paragraph and the energy paragraph are UTF-8 read "
              "as cp1252 ('Ã©', 'â€™', 'â€“' shapes); two subheadings are glued to the paragraph after them "
              "('tire les prixLes prix', 'moins chèreLe prix', the second one also in mojibake on its glued part). "
              "'l’indice des prix à la consommation' is a statistic, not an organisation. 'Sur un an', 'un an plus "
              "tôt': not figures ('un'). 'en septembre', 'fin septembre', 'en août', 'de décembre': months alone, not "
              "figures. 'abaissé de 6 francs': money XPF, unit 'francs' as written. 'du Conseil des ministres du 24 "
              "septembre': a date without year and without 'le' ('--09-24'). 'Conseil des ministres' is an "
              "organisation (h104-h119 list). '0,3 %' and 'octobre 2025' repeat between title and body: listed once.",
    ),
))

# --------------------------------------------------------------------------- h121 population estimate, ’ as a space, œ and æ dropped, lost dashes
PAGES.append(Page(
    name="h121-ipsee-population-2025",
    meta=pf_meta(["lost-apostrophe", "lost-oe", "lost-dash", "double-space"]),
    blocks=[
        B(pf_top("Communiqué", "108", "02/10/2025",
                 banner="Recensement 2027 : l’IPSEE recrute 600 agents recenseurs – candidatures jusqu’au 15 janvier")),
        P("Population : 281 460 habitants au 1er janvier 2025, une croissance au plus bas"),
        P("Papeete, le 2 octobre 2025 – La Polynésie française compte 281 460 habitants au 1er janvier 2025, selon les estimations de population publiées par l’IPSEE. La population n’a augmenté que de 0,2 % par an en moyenne depuis 2017, le rythme le plus faible depuis l’après-guerre.", apos="space", nodash=""),
        P("Le solde naturel reste positif, avec 3 610 naissances pour 1 980 décès en 2024, mais il ne compense plus les départs : près de 1 500 personnes quittent chaque année le fenua, le plus souvent des jeunes de 18 à 29 ans partis étudier ou travailler en métropole.", apos="space"),
        P("Le vieillissement s’accélère : les 60 ans ou plus représentent désormais 16,8 % de la population, contre 11,2 % en 2012. Aux Marquises et aux Australes, cette part dépasse 20 %.", apos="space"),
        P("« Ce ralentissement est au cœur des choix à venir – pour les retraites comme pour l’école – et il faut le mesurer finement », souligne [[L titia||Lætitia]] Tehaamoana, directrice de l’IPSEE.", apos="space", oe="drop", nodash=""),
        P("Les résultats détaillés par île et par commune seront publiés le 11 décembre 2025. Le prochain recensement général aura lieu du 17 août au 13 septembre 2027.", apos="space"),
        L("Contact presse : Heimana Tetuanui – 40 47 33 12 – diffusion@ipsee-polynesie.example.pf", nodash=""),
        B(pf_bottom("Estimations de population par commune – 11/12/2025",
                    [("Commerce extérieur : les exportations de perles en recul de 7 %", "24/09/2025"),
                     ("Tourisme : 21 300 visiteurs en août", "18/09/2025")])),
    ],
    gold=dict(
        title="Population : 281 460 habitants au 1er janvier 2025, une croissance au plus bas",
        dateline=dl("Papeete", "2025-10-02"),
        organisations=[org(None, "IPSEE")],
        places=[place("Papeete"), place("Polynésie française"), place("Marquises"), place("Australes")],
        figures=[
            fig("281 460 habitants", 281460, "habitants"),
            fig("1er janvier 2025", "2025-01-01", None, "date"),
            fig("le 2 octobre 2025", "2025-10-02", None, "date"),
            fig("0,2 %", 0.2, "%", "percent"),
            fig("2017", 2017, None, "year"),
            fig("3 610 naissances", 3610, "naissances"),
            fig("1 980 décès", 1980, "décès"),
            fig("en 2024", 2024, None, "year"),
            fig("près de 1 500 personnes", 1500, "personnes", qualifier="près de"),
            fig("18", 18, None, "age"),
            fig("29 ans", 29, "ans", "age"),
            fig("60 ans", 60, "ans", "age"),
            fig("16,8 %", 16.8, "%", "percent"),
            fig("11,2 %", 11.2, "%", "percent"),
            fig("en 2012", 2012, None, "year"),
            fig("20 %", 20, "%", "percent"),
            fig("le 11 décembre 2025", "2025-12-11", None, "date"),
            fig("17", "2027-08-17", None, "date"),
            fig("13 septembre 2027", "2027-09-13", None, "date"),
        ],
        phones=[phone("+68940473312")],
        emails=["diffusion@ipsee-polynesie.example.pf"],
        contacts=[contact("Heimana Tetuanui", None, None, ["+68940473312"], ["diffusion@ipsee-polynesie.example.pf"])],
        notes=PF_NOTE + " This page adds a census recruiting banner under the skip line. Every ’ of the body became a "
              "space ('l IPSEE', 'n a augmenté', 's accélère'); the en dashes of the dateline, of the quote and of the "
              "contact line were lost (double spaces); œ dropped ('au c ur') and æ dropped inside the director's first "
              "name ('L titia' for 'Lætitia'). The body names the institute only by its acronym (its long form is in "
              "the site furniture): acronym only, long form null (h104-h119 rule). 'depuis 2017': year text '2017'. "
              "'de 18 à 29 ans': age range. 'les 60 ans ou plus': an age. 'du 17 août au 13 septembre 2027': a date "
              "range, first bound '17' (2027-08-17). 'le fenua' (the country, in Tahitian) and 'métropole' are "
              "generic. 'Recensement 2027' in the banner is boilerplate; 'recensement général' is not an organisation.",
    ),
))

# --------------------------------------------------------------------------- h122 tourism survey, HTML entities and tags, title twice, hidden e-mail
PAGES.append(Page(
    name="h122-ipsee-tourisme-record-2024",
    meta=pf_meta(["html-debris", "duplicate-title", "hidden-email"]),
    blocks=[
        B(pf_top("Étude", "57", "20/03/2025")),
        P("Fréquentation touristique : un record de 262 400 visiteurs en 2024"),
        B("Fréquentation touristique : un record de 262 400 visiteurs en 2024"),
        B('<img src="/sites/ipsee/files/2025-03/bora-lagon.jpg" alt="" width="800" height="450" loading="lazy" />'),
        P("[[<p>||]]" + ent("Papeete, le 20 mars 2025 – La Polynésie française a accueilli 262 400 touristes en 2024, soit 8,6 % de plus qu’en 2023 et 1,5 % au-dessus du précédent record de 2019, selon l’enquête de fréquentation réalisée par l’Institut polynésien de la statistique et des études économiques (IPSEE) avec Tahiti Tourisme.") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Les visiteurs venus des États-Unis restent les plus nombreux (38 %), devant ceux de France métropolitaine (27 %) et du Japon (6 %). La durée moyenne de séjour atteint 14,2 nuits et la dépense moyenne 412 000 francs CFP par touriste, hors billet d’avion.") + "[[<br />||]]"),
        P("[[<h3>||]]Chiffres clés 2024[[</h3>||]]"),
        L("""[[<ul><li>||]]Touristes : 262 400[[</li>||]]
[[<li>||]]Nuitées : 3,73 millions[[</li>||]]
[[<li>||]]Dépense totale : 108 milliards de francs CFP[[</li>||]]
[[<li>||]]Taux d’occupation hôtelier : 71,4 %[[</li>||]]
[[<li>||]]Croisiéristes : 48 900[[</li></ul>||]]"""),
        P("[[<p>||]]" + ent("Les îles de Bora Bora et de Moorea concentrent à elles seules 61 % des nuitées hôtelières. Le nombre de chambres disponibles, 4 280 fin 2024, reste toutefois inférieur à celui de 2008.") + "[[</p>||]]"),
        P(ent("« Le défi est désormais de mieux répartir la fréquentation vers les archipels éloignés », estime Moana Raapoto, responsable des études touristiques de l’IPSEE.") + "[[</p>||]]"),
        L("""[[<strong>Contact presse</strong>||Contact presse]]
Moana Raapoto
Tél. : 40 47 33 25 – Mobile : 87 21 64 03
[email protected]"""),
        B(pf_bottom("Fréquentation touristique du 1er trimestre 2025 – 19/06/2025",
                    [("Prix à la consommation : stabilité en février", "13/03/2025"),
                     ("Emploi salarié : 70 100 salariés fin 2024", "06/03/2025")])),
    ],
    gold=dict(
        title="Fréquentation touristique : un record de 262 400 visiteurs en 2024",
        dateline=dl("Papeete", "2025-03-20"),
        organisations=[org("Institut polynésien de la statistique et des études économiques", "IPSEE"),
                       org("Tahiti Tourisme", None)],
        places=[place("Papeete"), place("Polynésie française"), place("États-Unis", "US"), place("France", "FR"),
                place("Japon", "JP"), place("Bora Bora"), place("Moorea")],
        figures=[
            fig("262 400 visiteurs", 262400, "visiteurs"),
            fig("en 2024", 2024, None, "year"),
            fig("le 20 mars 2025", "2025-03-20", None, "date"),
            fig("262 400 touristes", 262400, "touristes"),
            fig("8,6 %", 8.6, "%", "percent"),
            fig("en 2023", 2023, None, "year"),
            fig("1,5 %", 1.5, "%", "percent"),
            fig("2019", 2019, None, "year"),
            fig("38 %", 38, "%", "percent"),
            fig("27 %", 27, "%", "percent"),
            fig("6 %", 6, "%", "percent"),
            fig("14,2 nuits", 14.2, "nuits", "duration"),
            fig("412 000 francs CFP", 412000, "francs CFP", "money", currency="XPF"),
            fig("2024", 2024, None, "year"),
            fig("262 400", 262400, None),
            fig("3,73 millions", 3730000, None),
            fig("108 milliards de francs CFP", 108000000000, "francs CFP", "money", currency="XPF"),
            fig("71,4 %", 71.4, "%", "percent"),
            fig("48 900", 48900, None),
            fig("61 %", 61, "%", "percent"),
            fig("4 280", 4280, None),
            fig("2008", 2008, None, "year"),
        ],
        phones=[phone("+68940473325"), phone("+68987216403")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Moana Raapoto", None, None, ["+68940473325", "+68987216403"], [])],
        notes=PF_NOTE + " Title printed twice (second copy boilerplate) and an <img> line; the paragraphs carry HTML "
              "entities (&rsquo;, &eacute;, &agrave;, &ndash;, &laquo;, &Eacute; ...) and tags (<p>, </p>, "
              "<br />, <h3>, <ul><li>, <strong>). The contact e-mail "
              "is hidden by the site's e-mail protection. 'Chiffres clés 2024': a year dating a period (text "
              "'2024'); its rows have unit null (row labels hold the noun), except the money row which keeps its "
              "currency noun (h88-h103 rule). 'France métropolitaine': place 'France'. '14,2 nuits': a length of stay, "
              "kind duration (uncertain). 'Le nombre de chambres disponibles, 4 280 fin 2024': '4 280' without noun "
              "after it; 'fin 2024' gives the year '2024' (a period word before the year stays out), the same text as "
              "the key-figures heading: listed once. 'au-dessus du précédent record de 2019', 'celui de 2008': years "
              "without 'en'. 'Tahiti Tourisme' is the islands' tourism promotion body (an organisation); 'Tahiti' occurs "
              "only inside its name here: not listed.",
    ),
))

# --------------------------------------------------------------------------- h123 press invitation, stripped accents, unaccented capital headings, spacing damage
PAGES.append(Page(
    name="h123-ipsee-invitation-enquete-emploi",
    meta=pf_meta(["stripped-accents", "unaccented-capitals", "double-space", "space-before-comma"]),
    blocks=[
        B(pf_top("Invitation presse", "115", "04/12/2025", stamp="Mis à jour le",
                 banner="Maintenance : le portail de données sera indisponible le samedi 6 décembre de 6 h à 12 h")),
        P("Invitation presse : premiers résultats de l’enquête Emploi 2025"),
        P("Papeete, le 3 décembre 2025"),
        P("L’IPSEE a le plaisir de vous convier à la présentation des premiers résultats de l’enquête Emploi 2025, le mardi 9 décembre 2025 à 9 h 30, dans la salle de conférence de [[l’institut ,||l’institut,]] à Papeete."),
        P("[[METHODE||MÉTHODE]]"),
        P("Réalisée au premier semestre 2025 auprès de 4 850 ménages répartis dans les cinq archipels, l’enquête mesure le chômage au sens du Bureau international du travail (BIT), le sous-emploi et le travail informel.", strip=True),
        P("[[A L’ORDRE DU JOUR||À L’ORDRE DU JOUR]]"),
        L("""9 h 30 : accueil de la presse
9 h 45 : présentation des résultats par Lætitia Tehaamoana, directrice de l’IPSEE
10 h 30 : questions des journalistes"""),
        P("En 2024, le taux de chômage [[s’établissait  à||s’établissait à]] 9,1 % et 24 % des actifs occupaient un emploi informel, selon l’édition précédente de l’enquête. Chez les 15-29 ans, il atteignait 22,7 %.", strip=True),
        L("""Accréditations avant le lundi 8 décembre à 12 h :
Heimana Tetuanui, chargée de la diffusion
Tél. : 40 47 33 12 – Vini : 89 70 21 15
diffusion@ipsee-polynesie.example.pf"""),
        B(pf_bottom("Enquête Emploi 2025 : premiers résultats – 09/12/2025",
                    [("Prix à la consommation : hausse de 0,3 % en octobre 2025", "14/11/2025"),
                     ("Population : 281 460 habitants au 1er janvier 2025", "02/10/2025")])),
    ],
    gold=dict(
        title="Invitation presse : premiers résultats de l’enquête Emploi 2025",
        dateline=dl("Papeete", "2025-12-03"),
        organisations=[org(None, "IPSEE"), org("Bureau international du travail", "BIT")],
        places=[place("Papeete")],
        figures=[
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("le mardi 9 décembre 2025 à 9 h 30", "2025-12-09", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("4 850 ménages", 4850, "ménages"),
            fig("cinq archipels", 5, "archipels"),
            fig("En 2024", 2024, None, "year"),
            fig("9,1 %", 9.1, "%", "percent"),
            fig("24 %", 24, "%", "percent"),
            fig("15", 15, None, "age"),
            fig("29 ans", 29, "ans", "age"),
            fig("22,7 %", 22.7, "%", "percent"),
            fig("le lundi 8 décembre à 12 h", "--12-08", None, "date"),
        ],
        phones=[phone("+68940473312"), phone("+68989702115")],
        emails=["diffusion@ipsee-polynesie.example.pf"],
        contacts=[contact("Heimana Tetuanui", "chargée de la diffusion", None, ["+68940473312", "+68989702115"],
                          ["diffusion@ipsee-polynesie.example.pf"])],
        notes=PF_NOTE + " This page adds a maintenance banner and its date line reads 'Mis à jour le'. Two paragraphs "
              "lost all their accents ('Realisee au premier semestre', 'le taux de chomage s’etablissait'; the ’ "
              "survived); the capital headings have none ('METHODE', 'A L’ORDRE DU JOUR': accents restored, "
              "h72-h87 rule). A space before a comma ('l’institut , à Papeete') and a double space ('s’établissait  "
              "à'). Dateline on its own line. 'enquête Emploi 2025' is the name of a survey edition: its year is not "
              "a figure (as a festival's edition); 'au premier semestre 2025' gives the year '2025'. The invitation "
              "date with its clock time is one date figure; the programme times are clock times. '15-29 ans': "
              "hyphenated age range ('15', '29 ans'). 'Accréditations avant le lundi 8 décembre à 12 h': one date "
              "figure without year ('--12-08'), text from 'le' (weekday and time kept, uncertain). 'Vini' is the local "
              "mobile operator used as a label (a mobile number, kind phone). The director named in the programme "
              "has no contact detail: no contact.",
    ),
))

# --------------------------------------------------------------------------- h124 household budget survey, ’ and œ as ?, caption twice, glued paragraph, key figures, obfuscated e-mail
PAGES.append(Page(
    name="h124-ipsee-budget-des-familles",
    meta=pf_meta(["lost-apostrophe", "oe-question-mark", "duplicate-caption", "body-glued", "obfuscated-email"]),
    blocks=[
        B(pf_top("Étude", "58", "27/11/2025")),
        P("Budget des familles : l’alimentation pèse 23 % des dépenses des ménages"),
        P("Un étal du marché municipal de Papeete, en septembre 2025. © IPSEE/T. Maraetefau"),
        B("Un étal du marché municipal de Papeete, en septembre 2025. © IPSEE/T. Maraetefau"),
        P("Papeete, le 27 novembre 2025 – Un ménage polynésien dépense en moyenne 318 000 francs CFP par mois, selon l’enquête Budget des familles menée en 2024 et 2025 auprès de 3 120 foyers par l’Institut polynésien de la statistique et des études économiques (IPSEE).", apos="?"),
        P("L’alimentation reste le premier poste (23 %), devant le logement (19 %) et les transports (17 %). Les écarts entre archipels sont marqués : aux Tuamotu, l’alimentation pèse 34 % du budget, car les produits importés y coûtent jusqu’à 40 % de plus qu’à Tahiti.", apos="?"),
        P("Le cœur du problème reste le revenu : les 20 % de ménages les plus modestes consacrent 41 % de leur budget à l’alimentation, contre 14 % pour les 20 % les plus aisés.", apos="?", oe="?", glue=True),
        P("Chiffres clés"),
        L("""Dépense moyenne par ménage : 318 000 francs CFP par mois
Part de l’alimentation : 23 %
Part du logement : 19 %
Ménages équipés d’une voiture : 78 %
Taille moyenne des ménages : 3,4 personnes""", apos="?"),
        P("Les résultats détaillés, par archipel et par tranche de revenu, sont publiés dans la collection IPSEE Analyses."),
        L("Contact : Service diffusion de l’IPSEE – diffusion [at] ipsee-polynesie.example.pf", apos="?"),
        B(pf_bottom("Indice des prix de novembre 2025 – 12/12/2025",
                    [("Prix à la consommation : hausse de 0,3 % en octobre 2025", "14/11/2025"),
                     ("Population : 281 460 habitants au 1er janvier 2025", "02/10/2025")],
                    attach="Télécharger : IPSEE Analyses n° 58 – Budget des familles 2024-2025 (PDF, 1,1 Mo)")),
    ],
    gold=dict(
        title="Budget des familles : l’alimentation pèse 23 % des dépenses des ménages",
        dateline=dl("Papeete", "2025-11-27"),
        organisations=[org("Institut polynésien de la statistique et des études économiques", "IPSEE")],
        places=[place("Papeete"), place("Tuamotu"), place("Tahiti")],
        figures=[
            fig("23 %", 23, "%", "percent"),
            fig("septembre 2025", 2025, None, "year"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("318 000 francs CFP", 318000, "francs CFP", "money", currency="XPF"),
            fig("en 2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("3 120 foyers", 3120, "foyers"),
            fig("19 %", 19, "%", "percent"),
            fig("17 %", 17, "%", "percent"),
            fig("34 %", 34, "%", "percent"),
            fig("jusqu’à 40 %", 40, "%", "percent", qualifier="jusqu’à"),
            fig("20 %", 20, "%", "percent"),
            fig("41 %", 41, "%", "percent"),
            fig("14 %", 14, "%", "percent"),
            fig("78 %", 78, "%", "percent"),
            fig("3,4 personnes", 3.4, "personnes"),
        ],
        phones=[],
        emails=[],
        contacts=[contact(None, None, "Service diffusion de l’IPSEE", [], [])],
        notes=PF_NOTE + " This page adds a PDF download line at the bottom. Photo caption printed twice (first copy "
              "article, its credit 'IPSEE/T. Maraetefau' stays in it; 'septembre 2025' in it is a month-year figure). "
              "Every ’ of the body, the key figures and the contact line became '?' ('l?enquête', 'jusqu?à', "
              "'l?IPSEE'), œ became '?' ('Le c?ur'); the third paragraph is glued to the second ('Tahiti.Le c?ur'). "
              "The only address is obfuscated: one office contact with the institute's service as written, no phone "
              "or listed e-mail (h88-h103 rule; the service is not listed apart). 'menée en 2024 et 2025': two year "
              "figures ('en 2024', '2025'). Key-figures rows: '318 000 francs CFP' keeps its currency noun and is the "
              "same text as in the body (listed once); '23 %', '19 %' repeat the body; '3,4 personnes' keeps its "
              "noun. 'les 20 % ... les 20 %': one figure. 'enquête Budget des familles' is a survey name; 'IPSEE "
              "Analyses' a publication series. 'ménage polynésien': a demonym.",
    ),
))
