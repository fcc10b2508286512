"""h120-h135: the next blind set.

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h120-h124 come from one statistics-institute press room in French Polynesia (made-up host) sharing its
header, menu, breadcrumb, share line, `Prochaine publication` widget, `Dernières publications` block and
footer with small variations; h125-h135 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENTITIES = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ô": "&ocirc;", "ê": "&ecirc;",
            "ç": "&ccedil;", "«": "&laquo;", "»": "&raquo;", "\u00a0": "&nbsp;", "–": "&ndash;", "É": "&Eacute;",
            "î": "&icirc;"}


def ent(clean: str, chars: str = "’éèàôêç«»\u00a0–Éî") -> str:
    """Markup for a paragraph whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENTITIES[c]}||{c}]]" if c in chars and c in ENTITIES else c for c in clean)


def _raw(tok: str) -> str:
    return side(tok, 0).replace("⏎", "")


VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÉÈÊÎÔÛŒ")
INSEPARABLE = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr"}


def _syllable_split(word: str, room: int):
    """A French-looking hyphenation point (V|CV or C|C) for a plain word of 8+ letters, head at most `room` long."""
    pre = ""
    if "’" in word[:3]:
        pre, word = word[:word.index("’") + 1], word[word.index("’") + 1:]
        room -= len(pre)
    if len(word) < 7 or not word.isalpha():
        return None
    best = None
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        ok = (a in VOWELS and b not in VOWELS and c in VOWELS) or \
             (a not in VOWELS and b not in VOWELS and (a + b).lower() not in INSEPARABLE and a != "s" or
              a == "s" and b not in VOWELS and (a + b).lower() not in INSEPARABLE)
        if ok and a not in VOWELS and b not in VOWELS and word[i - 2] not in VOWELS:
            ok = False
        if ok and i <= room:
            best = i
    return (pre + word[:best], word[best:]) if best else None


def pdfwrap(text: str, width: int, hyph: dict | None = None) -> str:
    """Greedy PDF-like line breaking of a clean paragraph (markup allowed, no spaces inside markup).
    Breaks become ⏎; a word listed in `hyph` as word -> (head, tail[, keep]) that straddles the right margin is
    split there: `head-` at the line end, `tail` on the next line (keep=True: a real hyphen that stays)."""
    hyph = hyph or {}
    out = ""
    cur = 0
    for w in text.split(" "):
        n = len(_raw(w))
        if not out:
            out, cur = w, n
            continue
        if cur + 1 + n <= width:
            out += " " + w
            cur += 1 + n
            continue
        core = w.rstrip(".,;:»")
        punct = w[len(core):]
        split = hyph.get(core) or _syllable_split(core, width - cur - 2)
        if split:
            head, tail, *keep = split
            if cur + 1 + len(head) + 1 <= width:
                if keep and keep[0]:
                    out += " " + f"[[{head}-⏎{tail}||{head}-{tail}]]" + punct
                else:
                    out += " " + f"[[{head}-⏎{tail}||{head}{tail}]]" + punct
                cur = len(tail) + len(punct)
                continue
        out += "⏎" + w
        cur = n
    return out


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

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h125 Aosta Valley regional government, no defect and no boilerplate
PAGES.append(Page(
    name="h125-vallee-aoste-domaines-skiables",
    meta={"site": "communiques.vallee-aoste.example.it", "style": "alpine-region-clean", "defects": []},
    blocks=[
        P("Saison d’hiver : la Vallée d’Aoste consacre 14,5 millions d’euros aux stations de moyenne montagne"),
        P("Aoste, le 21 novembre 2025 – Le Gouvernement régional de la Vallée d’Aoste a approuvé, lors de sa séance du 20 novembre, un plan de 14,5 millions d’euros en faveur des domaines skiables de moyenne montagne, à quelques jours de l’ouverture de la saison d’hiver 2025-2026."),
        P("Le plan finance le renouvellement de 180 enneigeurs, la modernisation de deux télésièges à Champorcher et à Brusson ainsi qu’une étude sur l’avenir des stations situées sous 1 800 mètres d’altitude. La Région prend en charge 70 % des investissements, le solde étant assuré par les sociétés exploitantes."),
        P("Au cours de l’hiver 2024-2025, les 22 domaines skiables valdôtains ont enregistré 3,1 millions de journées-skieurs, soit 4 % de plus que la saison précédente, pour un chiffre d’affaires de 142 millions d’euros. Les petites stations n’ont toutefois ouvert que 96 jours en moyenne, contre 131 jours il y a dix ans."),
        P("« Nous ne voulons pas choisir entre le ski et l’adaptation au climat : ces investissements donnent aux communes le temps de préparer la suite », a déclaré l’assesseur régional au tourisme, Marco Jeantet."),
        P("Une conférence sur le tourisme toute l’année réunira les 74 communes de la région le 16 janvier 2026 au Palais régional d’Aoste."),
        L("""Contact presse :
Bureau de presse de la Présidence de la Région
Place Deffeyes, 1 – 11100 Aoste
Tél. : +39 0165 273 812 – Fax : +39 0165 273 890
bureau.presse@vallee-aoste.example.it"""),
    ],
    gold=dict(
        title="Saison d’hiver : la Vallée d’Aoste consacre 14,5 millions d’euros aux stations de moyenne montagne",
        dateline=dl("Aoste", "2025-11-21"),
        organisations=[org("Gouvernement régional de la Vallée d’Aoste", None)],
        places=[place("Vallée d’Aoste"), place("Aoste"), place("Champorcher"), place("Brusson")],
        figures=[
            fig("14,5 millions d’euros", 14500000, "euros", "money", currency="EUR"),
            fig("le 21 novembre 2025", "2025-11-21", None, "date"),
            fig("20 novembre", "--11-20", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("180 enneigeurs", 180, "enneigeurs"),
            fig("deux télésièges", 2, "télésièges"),
            fig("1 800 mètres", 1800, "mètres", "other"),
            fig("70 %", 70, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("22 domaines", 22, "domaines"),
            fig("3,1 millions de journées-skieurs", 3100000, "journées-skieurs"),
            fig("4 %", 4, "%", "percent"),
            fig("142 millions d’euros", 142000000, "euros", "money", currency="EUR"),
            fig("96 jours", 96, "jours", "duration"),
            fig("131 jours", 131, "jours", "duration"),
            fig("dix ans", 10, "ans", "duration"),
            fig("74 communes", 74, "communes"),
            fig("le 16 janvier 2026", "2026-01-16", None, "date"),
        ],
        phones=[phone("+390165273812"), phone("+390165273890", "fax")],
        emails=["bureau.presse@vallee-aoste.example.it"],
        contacts=[contact(None, None, "Bureau de presse de la Présidence de la Région", ["+390165273812", "+390165273890"],
                          ["bureau.presse@vallee-aoste.example.it"])],
        notes="A French-language release of an Italian autonomous region with no defect and no boilerplate at all (the "
              "scraper kept only the article). 'Vallée d’Aoste' stands alone in the title: listed as a place (iso null, "
              "a region) although it also occurs in the government's name. 'saison d’hiver 2025-2026', 'l’hiver "
              "2024-2025': seasons, year figures ('2025' listed once). 'lors de sa séance du 20 novembre': a date "
              "without year and without 'le'. 'sous 1 800 mètres d’altitude': a measure. 'journées-skieurs' (a "
              "compound noun) is the unit. 'La Région' is generic; 'valdôtains' a demonym; 'Palais régional' a "
              "venue. The press office of the regional presidency, named only in the contact, is kept as the "
              "contact's organisation and not listed; the address city (Aoste) is the dateline's place already "
              "listed; 11100 is a postcode. Italian numbers keep their leading 0 after +39.",
    ),
))

# --------------------------------------------------------------------------- h126 Vanuatu disaster office, English page under French chrome, ’ as ?
PAGES.append(Page(
    name="h126-ndmo-vanuatu-ambae-en",
    meta={"site": "ndmo.gouv-vanuatu.example.vu", "style": "disaster-office-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "menu", "breadcrumb", "lost-apostrophe", "share-lines", "ticker"]},
    blocks=[
        B("""Bureau national de gestion des catastrophes | National Disaster Management Office
Français | English | Bislama
Accueil | Alertes | Préparation | Actualités | Contact
Accueil › Actualités › Communiqué
Publié le 10/11/2025"""),
        P("Ambae volcano: alert level raised to 3, 1,850 residents moved to safer areas"),
        P("PORT VILA, 10 November 2025 – The Vanuatu Meteorology and Geo-Hazards Department (VMGD) raised the alert level of the Ambae volcano to Level 3 on Sunday, and the National Disaster Management Office (NDMO) has moved some 1,850 residents of the island’s north and west coasts to 11 evacuation centres.", apos="?"),
        P("Ash falls have been reported in 14 villages since 6 November, damaging gardens and polluting rainwater tanks. Teams from the Vanuatu Red Cross Society have distributed 2,600 jerrycans and 900 hygiene kits, and the government in Port Vila has released VT 45 million (about US$370,000) from its emergency fund."),
        P("“The volcano’s activity could last for weeks. Our priority is that no family spends the night inside the 3-kilometre danger zone,” said NDMO director Shirley Tari.", apos="?"),
        P("In 2018, more than 11,000 people – the island’s entire population – were evacuated to Santo and Maewo for several months. The authorities say a full evacuation is not planned at this stage.", apos="?"),
        P("Vanuatu has six active volcanoes on land. Residents can call the NDMO free line 199 or follow updates on Radio Vanuatu."),
        L("""Media contacts:
Shirley Tari, Director, NDMO – +678 22699 / +678 7712345 – stari@ndmo.gouv-vanuatu.example.vu
VMGD duty officer – +678 24686 ext. 204"""),
        B("""Partager : Facebook | WhatsApp | Courriel
Autres communiqués
Cyclone season 2025-2026: households urged to prepare – 28/10/2025
Tanna : exercice d’alerte au tsunami dans 12 écoles – 15/10/2025
© 2025 Gouvernement de la République de Vanuatu – Mentions légales"""),
    ],
    gold=dict(
        title="Ambae volcano: alert level raised to 3, 1,850 residents moved to safer areas",
        dateline=dl("PORT VILA", "2025-11-10"),
        organisations=[org("Vanuatu Meteorology and Geo-Hazards Department", "VMGD"),
                       org("National Disaster Management Office", "NDMO"),
                       org("Vanuatu Red Cross Society", None), org("Radio Vanuatu", None)],
        places=[place("Ambae"), place("Port Vila"), place("Santo"), place("Maewo"), place("Vanuatu", "VU")],
        figures=[
            fig("3", 3, None, "other"),
            fig("1,850 residents", 1850, "residents"),
            fig("10 November 2025", "2025-11-10", None, "date"),
            fig("some 1,850 residents", 1850, "residents", qualifier="some"),
            fig("11 evacuation centres", 11, "centres"),
            fig("14 villages", 14, "villages"),
            fig("6 November", "--11-06", None, "date"),
            fig("2,600 jerrycans", 2600, "jerrycans"),
            fig("900 hygiene kits", 900, "kits"),
            fig("VT 45 million", 45000000, "VT", "money", currency="VUV"),
            fig("about US$370,000", 370000, "US$", "money", qualifier="about", currency="USD"),
            fig("3-kilometre", 3, "kilometre", "other"),
            fig("In 2018", 2018, None, "year"),
            fig("more than 11,000 people", 11000, "people", qualifier="more than"),
            fig("six active volcanoes", 6, "volcanoes"),
        ],
        phones=[phone("+67822699"), phone("+6787712345"), phone("+67824686", extension="204")],
        emails=["stari@ndmo.gouv-vanuatu.example.vu"],
        contacts=[contact("Shirley Tari", "Director", "NDMO", ["+67822699", "+6787712345"],
                          ["stari@ndmo.gouv-vanuatu.example.vu"]),
                  contact(None, "duty officer", "VMGD", ["+67824686"], [])],
        notes="English release of a Pacific disaster office under the site's French chrome (bilingual office-name line, "
              "French/English/Bislama language line, menu, breadcrumb, 'Publié le' line; share line, 'Autres "
              "communiqués' headlines in English and French, copyright): language en, set by the article. Every ’ "
              "of three paragraphs became '?' ('island?s', 'volcano?s'); the curly double quotes survived. Dateline "
              "'PORT VILA, 10 November 2025 –' (case kept); the body also names 'Port Vila' (listed in normal case). "
              "'alert level raised to 3', 'to Level 3': an alert level whose word stands before the number, text '3', "
              "kind other (as the h104-h119 rule for magnitudes; one text). '11 evacuation centres', '900 hygiene "
              "kits': unit is the head noun. 'VT 45 million': vatu (VUV) with the symbol 'VT' before the number as "
              "unit; 'US$370,000' is USD with unit 'US$' (h104-h119). '3-kilometre danger zone': compound adjective "
              "(h104-h119). 'free line 199' is a short service number: neither phone nor figure. 'Ambae volcano' is "
              "listed as 'Ambae' (the island). Vanuatu appears alone in the last paragraph (listed) besides the "
              "names of VMGD and Radio Vanuatu. Vanuatu numbers: five-digit landlines, seven-digit mobile, 'ext. 204'. "
              "The second contact line is an office with the role 'duty officer' and the organisation 'VMGD'.",
    ),
))

# --------------------------------------------------------------------------- h127 Franco-Manitoban weekly, listing of four briefs, double cp1252 on one story, ’ dropped in another, glued read-more
PAGES.append(Page(
    name="h127-voix-riviere-en-bref-listing",
    meta={"site": "lavoixdelariviere.example.mb.ca", "style": "community-weekly-listing", "listing": True,
          "defects": ["listing", "menu", "read-more", "mojibake-double-cp1252", "lost-apostrophe", "foreign-ticker",
                      "newsletter-chrome", "postcode-trap"]},
    blocks=[
        B("""La Voix de la Rivière – l’hebdomadaire francophone du Manitoba
À la une | Saint-Boniface | Province | Éducation | Culture | Sports | Avis de décès
SPONSORED · Holiday market at The Forks this weekend · Winter tires: book your appointment now
Abonnez-vous à l’infolettre du jeudi ›
En bref – semaine du 24 novembre 2025"""),
        P("Saint-Boniface : la rue Provencher fermée trois semaines pour des travaux d’égout"),
        P("24 novembre 2025 · 16 h 05"),
        P("La Ville de Winnipeg fermera la rue Provencher entre le boulevard Taché et la rue Aulneau à partir du 1er décembre, pour une durée de trois semaines. Les travaux, évalués à 2,4 millions $, visent à remplacer une conduite d’égout posée en 1912.[[Lire la suite »||]]"),
        P("Éducation : une 24e école francophone ouvrira à Sage Creek en 2027"),
        P("24 novembre 2025 · 11 h 40"),
        P("La Division scolaire des Plaines-Rouges (DSPR) a confirmé lundi la construction d’une nouvelle école, de la maternelle à la 8e année, dans le quartier de Sage Creek. Le projet, financé par la Province à hauteur de 38 millions $, accueillera jusqu’à 450 élèves dès septembre 2027.", moji="cp1252x2"),
        B("Lire la suite »"),
        P("Saint-Pierre-Jolys : le Carnaval d’hiver annonce sa 42e édition"),
        P("21 novembre 2025 · 9 h 15"),
        P("Le Carnaval d’hiver de Saint-Pierre-Jolys se tiendra du 13 au 15 février 2026. Les organisateurs attendent près de 6 000 visiteurs pour les sculptures de neige, la course de traîneaux à chiens et les soirées de musique traditionnelle. Le laissez-passer de fin de semaine coûte 25 $ pour les adultes ; il est gratuit pour les moins de 12 ans.", apos="drop"),
        B("Lire la suite »"),
        P("Agriculture : la récolte de canola en hausse de 9 % au Manitoba"),
        P("20 novembre 2025 · 14 h 30"),
        P("Winnipeg, 20 novembre (AFO) – Les producteurs manitobains ont récolté 3,9 millions de tonnes de canola cette année, une hausse de 9 % par rapport à 2024, selon les estimations publiées par Statistique Canada. Renseignements : Denis Gagné, Coopérative agricole de la Rivière-Rouge, 204 555-0187, poste 3."),
        B("""Lire la suite »
« Semaine précédente | Semaine suivante »
La Voix de la Rivière – 420, rue Des Meurons, Winnipeg (Manitoba) R2H 2N9 – 204 555-0100
© 2025 La Voix de la Rivière – Tous droits réservés"""),
    ],
    gold=dict(
        title="Saint-Boniface : la rue Provencher fermée trois semaines pour des travaux d’égout",
        dateline=None,
        organisations=[org("Division scolaire des Plaines-Rouges", "DSPR"), org(None, "AFO"),
                       org("Statistique Canada", None), org("Coopérative agricole de la Rivière-Rouge", None)],
        places=[place("Saint-Boniface"), place("Winnipeg"), place("Sage Creek"), place("Saint-Pierre-Jolys"),
                place("Manitoba")],
        figures=[
            fig("trois semaines", 3, "semaines", "duration"),
            fig("24 novembre 2025 · 16 h 05", "2025-11-24", None, "date"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("2,4 millions $", 2400000, "$", "money", currency="CAD"),
            fig("en 1912", 1912, None, "year"),
            fig("24e", 24, None, "ordinal"),
            fig("en 2027", 2027, None, "year"),
            fig("24 novembre 2025 · 11 h 40", "2025-11-24", None, "date"),
            fig("8e", 8, None, "ordinal"),
            fig("38 millions $", 38000000, "$", "money", currency="CAD"),
            fig("jusqu’à 450 élèves", 450, "élèves", qualifier="jusqu’à"),
            fig("septembre 2027", 2027, None, "year"),
            fig("42e", 42, None, "ordinal"),
            fig("21 novembre 2025 · 9 h 15", "2025-11-21", None, "date"),
            fig("13", "2026-02-13", None, "date"),
            fig("15 février 2026", "2026-02-15", None, "date"),
            fig("près de 6 000 visiteurs", 6000, "visiteurs", qualifier="près de"),
            fig("25 $", 25, "$", "money", currency="CAD"),
            fig("moins de 12 ans", 12, "ans", "age", qualifier="moins de"),
            fig("9 %", 9, "%", "percent"),
            fig("20 novembre 2025 · 14 h 30", "2025-11-20", None, "date"),
            fig("20 novembre", "--11-20", None, "date"),
            fig("3,9 millions de tonnes", 3900000, "tonnes", "other"),
            fig("2024", 2024, None, "year"),
        ],
        phones=[phone("+12045550187", extension="3")],
        emails=[],
        contacts=[contact("Denis Gagné", None, "Coopérative agricole de la Rivière-Rouge", ["+12045550187"], [])],
        notes="Listing page of a Franco-Manitoban weekly: four unrelated briefs, each with headline and 'dd mois yyyy · "
              "hh h mm' time stamp (article text on a listing page). The masthead, menu, an English sponsored ticker, "
              "the newsletter line, the page's label 'En bref – semaine du 24 novembre 2025', the 'Lire la suite »' "
              "lines, pager, footer (R2H 2N9 postcode, switchboard) and copyright are boilerplate. The title is the "
              "first story's headline (h88-h103 rule). The first brief ends with 'Lire la suite »' glued to its last "
              "sentence (removed in the clean text; the line is not boilerplate). The second brief's text is UTF-8 "
              "mojibake applied twice ('ÃƒÂ©' shapes); in the third brief every ’ was dropped ('dhiver'). The fourth "
              "brief has an agency dateline 'Winnipeg, 20 novembre (AFO) –' (the page's dateline stays null): agency "
              "AFO, acronym only, and its date '--11-20'. Time stamps are date figures with their clock time. '$' on "
              "a Canadian page is CAD ('2,4 millions $': unit '$'). 'de la maternelle à la 8e année': '8e' ordinal; "
              "'une 24e école': ordinal. 'du 13 au 15 février 2026': date range. 'les moins de 12 ans': an age with "
              "its qualifier. 'La Ville de Winnipeg' is the town (place), 'la Province' generic; streets are not "
              "places. The 'Renseignements' sentence is a contact (person, organisation as written, phone with "
              "'poste 3'); the co-operative is also an organisation of the story. 'Carnaval d’hiver' is an event.",
    ),
))

H128_W = 81
H128_HY = {"confirmés": ("confir", "més"), "laboratoire": ("labora", "toire"), "hospitalisés": ("hospita", "lisés"),
           "précédente": ("précé", "dente"), "financé": ("finan", "cé"), "antivectorielle": ("antivecto", "rielle"),
           "positivité": ("positi", "vité"), "interventions": ("interven", "tions"), "signalés": ("signa", "lés"),
           "concentrent": ("concen", "trent"), "décédées": ("décé", "dées"), "dispositif": ("dispo", "sitif"),
           "Saint-Joseph": ("Saint", "Joseph", True), "épidémiologique": ("épidémiolo", "gique"),
           "publique": ("pu", "blique"), "semaines": ("se", "maines"), "Département": ("Dépar", "tement")}
H129_W = 77
H129_HY = {"pluriannuel": ("plurian", "nuel"), "hebdomadaire": ("hebdoma", "daire"), "économique": ("écono", "mique"),
           "renouvellement": ("renouvel", "lement"), "Miquelon-Langlade": ("Miquelon", "Langlade", True),
           "territoriale": ("territo", "riale"), "supplémentaires": ("supplé", "mentaires"), "l’aérogare": ("l’aéro", "gare"),
           "plafonné": ("pla", "fonné"), "Detcheverry": ("Detche", "verry"), "unanimité": ("unani", "mité"),
           "l’aller-retour": ("l’aller", "retour", True), "résidents": ("rési", "dents"), "chantier": ("chan", "tier")}

# --------------------------------------------------------------------------- h128 Réunion health bulletin, PDF text: hyphenation, ligatures, U+2010, running footer
PAGES.append(Page(
    name="h128-ars-reunion-dengue-pdf",
    meta={"site": "documentation.ars-reunion.example.re", "style": "health-bulletin-pdf",
          "defects": ["pdf-hyphenation", "hard-wrap", "stray-unicode-ligature", "stray-unicode-hyphen",
                      "page-furniture", "postcode-trap"]},
    blocks=[
        B("""Agence régionale de santé La Réunion
Cellule de veille et d’alerte – Bulletin de santé publique"""),
        P("Dengue à La Réunion : l’épidémie ralentit, la vigilance reste de mise", nowrap=True),
        P("Point épidémiologique n° 47 – 27 novembre 2025", nowrap=True),
        P("Situation épidémiologique", nowrap=True),
        P(pdfwrap("Du 17 au 23 novembre 2025, 412 cas de dengue ont été confirmés à La Réunion, contre 538 la semaine précédente, soit une baisse de 23 %, selon Santé publique France. Depuis le début de l’année, 18 640 cas confirmés et 9 décès ont été signalés. Les communes de [[Saint‐Pierre||Saint-Pierre]], Saint-Joseph et Saint-Louis concentrent 61 % des cas de la semaine.", H128_W, H128_HY), nowrap=True, lig=True),
        P("Hospitalisations", nowrap=True),
        P(pdfwrap("Depuis janvier, 1 026 patients ont été hospitalisés, dont 212 enfants de moins de 15 ans. L’âge médian des personnes décédées est de 79 ans. Le taux de positivité des tests réalisés en laboratoire est passé de 31,5 % à 24,8 % en quatre semaines.", H128_W, H128_HY), nowrap=True, lig=True),
        B("Bulletin de santé publique – Dengue – La Réunion – 27/11/2025 | Page 1 sur 2"),
        P("Prévention", nowrap=True),
        P("L’Agence régionale de santé (ARS) rappelle les gestes qui protègent :", nowrap=True),
        L("""• éliminer chaque semaine les eaux stagnantes autour du domicile ;
• se protéger des piqûres, en particulier les femmes enceintes et les nourrissons ;
• consulter un médecin en cas de fièvre et ne pas prendre d’aspirine.""", lig=True),
        P(pdfwrap("La lutte antivectorielle a mené 2 970 interventions de [[porte‐à‐porte||porte-à-porte]] et traité 640 hectares de ravines depuis octobre. Renforcé par 150 jeunes du Service militaire adapté (SMA), le dispositif est financé à hauteur de 3,2 millions d’euros par l’État et le Département.", H128_W, H128_HY), nowrap=True, lig=True),
        L("Contact presse : Nathalie Payet, chargée de communication – 02 62 97 90 05 – 06 92 41 18 27 – nathalie.payet@ars-reunion.example.re"),
        B("""ARS La Réunion – 2 bis, avenue Georges-Brassens – CS 61002 – 97743 Saint-Denis Cedex 9
Bulletin de santé publique – Dengue – La Réunion – 27/11/2025 | Page 2 sur 2"""),
    ],
    gold=dict(
        title="Dengue à La Réunion : l’épidémie ralentit, la vigilance reste de mise",
        dateline=None,
        organisations=[org("Santé publique France", None), org("Agence régionale de santé", "ARS"),
                       org("Service militaire adapté", "SMA")],
        places=[place("La Réunion"), place("Saint-Pierre"), place("Saint-Joseph"), place("Saint-Louis")],
        figures=[
            fig("27 novembre 2025", "2025-11-27", None, "date"),
            fig("17", "2025-11-17", None, "date"),
            fig("23 novembre 2025", "2025-11-23", None, "date"),
            fig("412 cas", 412, "cas"),
            fig("538", 538, None),
            fig("23 %", 23, "%", "percent"),
            fig("18 640 cas", 18640, "cas"),
            fig("9 décès", 9, "décès"),
            fig("61 %", 61, "%", "percent"),
            fig("1 026 patients", 1026, "patients"),
            fig("212 enfants", 212, "enfants"),
            fig("moins de 15 ans", 15, "ans", "age", qualifier="moins de"),
            fig("79 ans", 79, "ans", "age"),
            fig("31,5 %", 31.5, "%", "percent"),
            fig("24,8 %", 24.8, "%", "percent"),
            fig("quatre semaines", 4, "semaines", "duration"),
            fig("2 970 interventions", 2970, "interventions"),
            fig("640 hectares", 640, "hectares", "other"),
            fig("150 jeunes", 150, "jeunes"),
            fig("3,2 millions d’euros", 3200000, "euros", "money", currency="EUR"),
        ],
        phones=[phone("+262262979005"), phone("+262692411827")],
        emails=["nathalie.payet@ars-reunion.example.re"],
        contacts=[contact("Nathalie Payet", "chargée de communication", None, ["+262262979005", "+262692411827"],
                          ["nathalie.payet@ars-reunion.example.re"])],
        notes="Text layer of a regional health agency's epidemiological bulletin (PDF) for Réunion. The letterhead above "
              "the title is boilerplate (PDF without CMS title, h56-h71 rule); the running footer with 'Page n sur 2' "
              "and the address footer (CS box, 97743 Cedex postcode) too. PDF line breaks with hyphenation "
              "(se-/maines, mili-/taire), fi/fl ligatures, U+2010 hyphens in 'Saint‐Pierre' and "
              "'porte‐à‐porte'. The subtitle 'Point épidémiologique n° 47 – 27 novembre 2025' is article text (the "
              "bulletin number is a reference, not a figure; the date is a date figure without 'le'). Réunion is an "
              "overseas department: iso null (h72-h87). 'Du 17 au 23 novembre 2025': date range. 'contre 538 la "
              "semaine précédente': a count without noun. '412 cas de dengue', '18 640 cas confirmés': unit 'cas'. "
              "'dont 212 enfants de moins de 15 ans': a count and an age with its qualifier. 'de 31,5 % à 24,8 %': two "
              "percentages with their own unit. 'Depuis janvier', 'depuis octobre', 'chaque semaine': not figures. "
              "'l’État', 'le Département' are generic. Réunion numbers in national format (0262 landline, 0692 "
              "mobile) take +262.",
    ),
))

# --------------------------------------------------------------------------- h129 Saint-Pierre-et-Miquelon press kit, PDF: CJK junk, dot-leader TOC, page marks, hyphenation, doubled combining accents
PAGES.append(Page(
    name="h129-ct-spm-desserte-pdf",
    meta={"site": "actes.ct-spm.example.pm", "style": "territorial-press-kit-pdf",
          "defects": ["stray-unicode-cjk", "dot-leaders", "page-furniture", "pdf-hyphenation", "hard-wrap",
                      "double-combining-accent", "unaccented-capitals", "postcode-trap"]},
    blocks=[
        B("""縺ｮ繧ｳ繝ｳ繝・Ο繝ｼ繝ｫ
COLLECTIVITE TERRITORIALE DE SAINT-PIERRE-ET-MIQUELON"""),
        P("Saint-Pierre-et-Miquelon : un plan de 27 millions d’euros pour désenclaver l’archipel", nowrap=True),
        P("Dossier de presse – séance du Conseil territorial du 18 novembre 2025", nowrap=True),
        B("""Sommaire
Le plan en bref ........................................................ 2
Une liaison aérienne avec Halifax ...................................... 3
Contacts ............................................................... 4
1/4"""),
        P("Le plan en bref", nowrap=True),
        P(pdfwrap("Réuni en séance plénière le 18 novembre 2025, le Conseil territorial a adopté à l’unanimité de ses 19 membres un plan pluriannuel de 27 millions d’euros pour la période 2026-2030. Il prévoit le renouvellement du navire mixte qui relie Saint-Pierre à Miquelon-Langlade, la [[re\u0301\u0301novation||rénovation]] de l’aérogare et une aide au billet pour les résidents.", H129_W, H129_HY), nowrap=True),
        P(pdfwrap("Le nouveau navire, d’une capacité de 180 passagers et de 12 véhicules, sera livré en 2028 par un chantier naval de Bretagne. Son coût est estimé à 16,5 millions d’euros, dont 60 % pris en charge par l’État.", H129_W, H129_HY), nowrap=True),
        B("2/4"),
        P("Une liaison aérienne avec Halifax", nowrap=True),
        P(pdfwrap("Dès le printemps 2026, une liaison hebdomadaire reliera Saint-Pierre à Halifax, en [[Nouvelle-E\u0301\u0301cosse||Nouvelle-Écosse]], de mai à octobre. Le billet résident sera plafonné à 290 euros l’aller-retour, contre 540 euros en moyenne aujourd’hui. La Collectivité attend 4 800 passagers supplémentaires par an.", H129_W, H129_HY), nowrap=True),
        P(pdfwrap("« Notre archipel ne peut pas vivre isolé : la continuité territoriale est une question de survie économique », a déclaré le président du Conseil territorial, Yannick Detcheverry.", H129_W, H129_HY), nowrap=True),
        B("3/4"),
        P("Contacts", nowrap=True),
        L("""Cabinet du président : 41 01 02 – fax : 41 22 97
Sophie Vigneau, chargée de communication : +508 55 12 34 – s.vigneau@ct-spm.example.pm"""),
        B("""Collectivité territoriale – Place Monseigneur-Maurer – BP 4208 – 97500 Saint-Pierre
4/4"""),
    ],
    gold=dict(
        title="Saint-Pierre-et-Miquelon : un plan de 27 millions d’euros pour désenclaver l’archipel",
        dateline=None,
        organisations=[org("Conseil territorial", None)],
        places=[place("Saint-Pierre-et-Miquelon"), place("Saint-Pierre"), place("Miquelon-Langlade"),
                place("Bretagne"), place("Halifax"), place("Nouvelle-Écosse")],
        figures=[
            fig("27 millions d’euros", 27000000, "euros", "money", currency="EUR"),
            fig("18 novembre 2025", "2025-11-18", None, "date"),
            fig("le 18 novembre 2025", "2025-11-18", None, "date"),
            fig("19 membres", 19, "membres"),
            fig("2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("180 passagers", 180, "passagers"),
            fig("12 véhicules", 12, "véhicules"),
            fig("en 2028", 2028, None, "year"),
            fig("16,5 millions d’euros", 16500000, "euros", "money", currency="EUR"),
            fig("60 %", 60, "%", "percent"),
            fig("290 euros", 290, "euros", "money", currency="EUR"),
            fig("540 euros", 540, "euros", "money", currency="EUR"),
            fig("4 800 passagers", 4800, "passagers"),
        ],
        phones=[phone("+508410102"), phone("+508412297", "fax"), phone("+508551234")],
        emails=["s.vigneau@ct-spm.example.pm"],
        contacts=[contact(None, None, "Cabinet du président", ["+508410102", "+508412297"], []),
                  contact("Sophie Vigneau", "chargée de communication", None, ["+508551234"],
                          ["s.vigneau@ct-spm.example.pm"])],
        notes="Text layer of a territorial collectivity's press kit (PDF). A junk CJK line at the start, the letterhead "
              "in unaccented capitals above the title (PDF without CMS title: boilerplate), a dot-leader table of "
              "contents, 'n/4' page marks and the address footer (BP box, 97500 postcode) are boilerplate. PDF line "
              "breaks with hyphenation (one inside a place name: Hali-/fax; Col-/lectivité, territo-/rial), doubled combining acutes "
              "('re' + U+0301 U+0301 'novation', 'Nouvelle-E' + U+0301 U+0301 'cosse'). No dateline. The subtitle's "
              "'du 18 novembre 2025' and the body's 'le 18 novembre 2025' are two texts, both listed. 'pour la période "
              "2026-2030': two years; 'Dès le printemps 2026' gives '2026' again (listed once); 'de mai à octobre': "
              "months alone. 'Conseil territorial' is an organisation (as 'Grand Conseil'); 'la Collectivité', "
              "'l’État' are generic. Saint-Pierre-et-Miquelon is an overseas collectivity: iso null (h72-h87). "
              "Halifax and Nouvelle-Écosse (a Canadian province, iso null) are places. Six-digit Saint-Pierre numbers "
              "without country code take +508; the cabinet line is an office contact with phone and fax.",
    ),
))

# --------------------------------------------------------------------------- h130 Rwandan news agency: wire slug, ticker, votes widget, initials; ’ and œ dropped, spacing damage
PAGES.append(Page(
    name="h130-arp-rwanda-cafe-exportations",
    meta={"site": "arp-rwanda.example.rw", "style": "national-agency-wire",
          "defects": ["menu", "ticker", "wire-slug", "votes-widget", "share-lines", "lost-apostrophe", "lost-oe",
                      "double-space", "space-before-comma"]},
    blocks=[
        B("""ARP | Agence rwandaise de presse
Accueil | Politique | Économie | Société | Région | Sports | Dépêches en anglais
EN DIRECT ▸ Kigali : le marathon de la paix fixé au 14 décembre ▸ Thé : la production en hausse de 8 % ▸ Rubavu : un nouveau port sur le lac Kivu
Économie
ECO-RWA-CAFE | 27/11/2025 10:42 | 412 mots"""),
        P("Café : les exportations rwandaises rapportent 142 millions de dollars, un record"),
        P("Kigali, 27 nov. 2025 (ARP) — Les exportations de café du Rwanda ont rapporté 142 millions de dollars (environ 205 milliards de francs rwandais) lors de la campagne 2024-2025, en hausse de 31 % sur un an, a annoncé mercredi l’Office national de développement des exportations agricoles (NAEB).", apos="drop"),
        P("Le volume exporté a atteint 21 400 [[tonnes ,||tonnes,]] contre 18 900 tonnes la campagne précédente. Le prix moyen à l’exportation est passé de 5,80 à 6,65 dollars le [[kilo,  porté||kilo, porté]] par la demande des torréfacteurs européens et la hausse des cours mondiaux.", apos="drop"),
        P("Quelque 400 000 petits producteurs cultivent le café dans le pays, surtout dans l’ouest et le sud, autour du lac Kivu. Le prix plancher de la cerise payé aux producteurs a été fixé à 410 francs rwandais le kilo pour la campagne 2025-2026.", apos="drop"),
        P("« Nous mettons tout en œuvre pour que la valeur ajoutée reste au Rwanda : en 2030, la moitié du café devrait être exportée torréfiée », a déclaré le directeur général de la NAEB, Claude Bizimana.", apos="drop", oe="drop"),
        P("Les principaux acheteurs sont la Suisse, les États-Unis et la Belgique, qui absorbent ensemble 58 % des volumes. Une délégation de 12 coopératives participera au salon du café de Melbourne en mars 2026."),
        P("Renseignements : Aline Mukamana, porte-parole de la NAEB, +250 788 314 207, a.mukamana@naeb.example.rw"),
        B("""JDN/MU
Votez pour cet article : ★★★★☆ (12 votes)
Partager : Facebook | X | WhatsApp
À lire aussi : Thé : la production en hausse de 8 % sur la saison
© ARP 2025 – Reproduction interdite sans autorisation"""),
    ],
    gold=dict(
        title="Café : les exportations rwandaises rapportent 142 millions de dollars, un record",
        dateline=dl("Kigali", "2025-11-27"),
        organisations=[org(None, "ARP"), org("Office national de développement des exportations agricoles", "NAEB")],
        places=[place("Kigali"), place("Rwanda", "RW"), place("lac Kivu"), place("Suisse", "CH"), place("États-Unis", "US"),
                place("Belgique", "BE"), place("Melbourne")],
        figures=[
            fig("142 millions de dollars", 142000000, "dollars", "money", currency="USD"),
            fig("27 nov. 2025", "2025-11-27", None, "date"),
            fig("environ 205 milliards de francs rwandais", 205000000000, "francs rwandais", "money",
                qualifier="environ", currency="RWF"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("31 %", 31, "%", "percent"),
            fig("21 400 tonnes", 21400, "tonnes", "other"),
            fig("18 900 tonnes", 18900, "tonnes", "other"),
            fig("5,80", 5.8, None, "money", currency="USD"),
            fig("6,65 dollars", 6.65, "dollars", "money", currency="USD"),
            fig("Quelque 400 000 petits producteurs", 400000, "producteurs", qualifier="Quelque"),
            fig("410 francs rwandais", 410, "francs rwandais", "money", currency="RWF"),
            fig("2026", 2026, None, "year"),
            fig("en 2030", 2030, None, "year"),
            fig("la moitié", 0.5, None, "other"),
            fig("58 %", 58, "%", "percent"),
            fig("12 coopératives", 12, "coopératives"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+250788314207")],
        emails=["a.mukamana@naeb.example.rw"],
        contacts=[contact("Aline Mukamana", "porte-parole de la NAEB", None, ["+250788314207"],
                          ["a.mukamana@naeb.example.rw"])],
        notes="National news agency wire page: masthead with the agency's long form, menu, 'EN DIRECT ▸' ticker, rubric "
              "kicker, a slug line with time stamp and word count above the title; wire initials 'JDN/MU', a votes "
              "widget, share line, 'À lire aussi' headline and copyright below (boilerplate). In the first four "
              "paragraphs every ’ was dropped ('lOffice', 'lexportation', 'louest'); œ dropped ('tout en uvre'). A "
              "space before a comma ('21 400 tonnes , contre') and a double space after a comma. Dateline 'Kigali, 27 "
              "nov. 2025 (ARP) —' with an em dash and an abbreviated month with year (2025-11-27). ARP is spelt out "
              "only in the masthead: acronym only. The NAEB keeps its English acronym after a French long form. "
              "'campagne 2024-2025', 'campagne 2025-2026': seasons, year figures ('2025' listed once). 'de 5,80 à "
              "6,65 dollars le kilo': a range of prices, first bound money USD with unit null. 'Quelque 400 000 petits "
              "producteurs': the adjective before the noun stays in the text, unit 'producteurs'. 'la moitié du "
              "café': 0.5. 'Sur un an': not a figure. 'lac Kivu' listed as written (as h85 and h191; 'Kivu' until session 18). 'torréfacteurs européens': "
              "adjective. The closing 'Renseignements' line is a contact (person, role as written, phone, e-mail).",
    ),
))

# --------------------------------------------------------------------------- h131 UNDP Equatorial Guinea: cp1250 on two paragraphs, lost dashes, obfuscated e-mail
PAGES.append(Page(
    name="h131-pnud-guinee-equatoriale-numerique",
    meta={"site": "gq.pnud-afrique.example.org", "style": "undp-country-office",
          "defects": ["menu", "breadcrumb", "share-lines", "ticker", "mojibake-cp1250", "lost-dash", "double-space",
                      "obfuscated-email"]},
    blocks=[
        B("""PNUD Guinée équatoriale
Accueil | Notre travail | Nos projets | Actualités | Publications | Contact
Español | Français | English
Accueil / Actualités / Communiqués de presse
Communiqué de presse | 19 novembre 2025"""),
        P("Guinée équatoriale : 3 200 jeunes formés aux métiers du numérique d’ici 2027"),
        P("Malabo, le 19 novembre 2025 – Le Programme des Nations Unies pour le développement (PNUD) et le ministère de l’Éducation, de l’Enseignement universitaire et des Sports ont lancé mercredi à Malabo le projet « Jóvenes Digitales », qui formera 3 200 jeunes de 18 à 30 ans aux métiers du numérique d’ici 2027.", moji="cp1250"),
        P("Le projet, d’un coût de 4,6 milliards de francs CFA (7 millions d’euros) – financé par le gouvernement et l’Union européenne –, prévoit l’ouverture de quatre centres de formation à Malabo, Bata, Ebebiyín et Mongomo.", nodash=""),
        P("Selon l’Institut national de la statistique de Guinée équatoriale (INEGE), près de 38 % des 15-24 ans sont sans emploi ni formation. Les femmes représenteront au moins la moitié des bénéficiaires.", moji="cp1250"),
        P("« Le numérique n’est pas un luxe – c’est la clé de la diversification de notre économie au-delà du pétrole », a souligné la représentante résidente du PNUD, Amina Diallo-Ndong.", nodash=""),
        P("Les inscriptions pour la première cohorte de 640 stagiaires sont ouvertes jusqu’au 15 janvier 2026."),
        L("""Contact médias :
Pilar Nsue Obiang, chargée de communication, PNUD Guinée équatoriale – +240 333 09 41 27 – +240 222 614 583
pilar.nsue [at] undp.org""", nodash=""),
        B("""Partager : Facebook · X · LinkedIn · Courriel
Objectifs de développement durable : ODD 4 – Éducation de qualité · ODD 8 – Travail décent et croissance économique
Actualités connexes
Bata : 1 200 femmes formées à la gestion d’entreprise – 30 octobre 2025
Malabo : atelier national sur la finance climatique – 14 octobre 2025
PNUD Guinée équatoriale – Calle Rey Boncoro, Malabo – © 2025 Programme des Nations Unies pour le développement"""),
    ],
    gold=dict(
        title="Guinée équatoriale : 3 200 jeunes formés aux métiers du numérique d’ici 2027",
        dateline=dl("Malabo", "2025-11-19"),
        organisations=[org("Programme des Nations Unies pour le développement", "PNUD"),
                       org("ministère de l’Éducation, de l’Enseignement universitaire et des Sports", None),
                       org("Union européenne", None),
                       org("Institut national de la statistique de Guinée équatoriale", "INEGE")],
        places=[place("Guinée équatoriale", "GQ"), place("Malabo"), place("Bata"), place("Ebebiyín"),
                place("Mongomo")],
        figures=[
            fig("3 200 jeunes", 3200, "jeunes"),
            fig("2027", 2027, None, "year"),
            fig("le 19 novembre 2025", "2025-11-19", None, "date"),
            fig("18", 18, None, "age"),
            fig("30 ans", 30, "ans", "age"),
            fig("4,6 milliards de francs CFA", 4600000000, "francs CFA", "money", currency="XAF"),
            fig("7 millions d’euros", 7000000, "euros", "money", currency="EUR"),
            fig("quatre centres", 4, "centres"),
            fig("près de 38 %", 38, "%", "percent", qualifier="près de"),
            fig("15", 15, None, "age"),
            fig("24 ans", 24, "ans", "age"),
            fig("au moins la moitié", 0.5, None, "other", qualifier="au moins"),
            fig("640 stagiaires", 640, "stagiaires"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
        ],
        phones=[phone("+240333094127"), phone("+240222614583")],
        emails=[],
        contacts=[contact("Pilar Nsue Obiang", "chargée de communication", "PNUD Guinée équatoriale",
                          ["+240333094127", "+240222614583"], [])],
        notes="UNDP country-office page: office name, menu, Spanish/French/English language line, breadcrumb, type/date "
              "line; share line, SDG line, related news with dates and footer (boilerplate). The dateline paragraph and "
              "the INEGE paragraph are UTF-8 read as cp1250 ('Ă©', 'â€“' shapes, 'Ăł' for the ó of 'Jóvenes'). The en "
              "dashes of the second paragraph, the quote and the contact line were lost (double spaces, 'européenne "
              ",'): restored in the clean text. The media e-mail is obfuscated ('[at]'): kept in the clean text, not "
              "listed; the contact has no e-mail. '« Jóvenes Digitales »' is a project name. 'd’ici 2027': year text "
              "'2027'. 'de 18 à 30 ans', '15-24 ans': age ranges. Equatorial Guinea is in Central Africa: francs CFA "
              "are XAF. 'au moins la moitié': 0.5 with the qualifier 'au moins'. 'le gouvernement' is generic. 'PNUD "
              "Guinée équatoriale' in the contact is an office label of the PNUD (already listed). Equatorial Guinean "
              "numbers: a 333 landline and a 222 mobile.",
    ),
))

# --------------------------------------------------------------------------- h132 Swiss watchmaker newsroom: cookie banner, HTML debris and entities, English caption twice, hidden e-mail, mixed quotes
PAGES.append(Page(
    name="h132-girardin-frund-manufacture",
    meta={"site": "newsroom.girardin-frund.example.ch", "style": "company-newsroom",
          "defects": ["cookie-banner", "menu", "breadcrumb", "html-debris", "english-caption", "duplicate-caption",
                      "hidden-email", "mixed-quotes", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ce site utilise des cookies pour améliorer votre expérience. Accepter | Refuser | Personnaliser
Girardin & Frund – Manufacture horlogère depuis 1887
Collections | Savoir-faire | Manufacture | Carrières | Newsroom | FR · DE · EN
Newsroom / Communiqués
25.11.2025"""),
        P("Girardin & Frund investit 18 millions de francs dans une nouvelle manufacture à Saignelégier"),
        P("The new Saignelégier manufacture, due to open in 2027 (architect’s rendering). Photo: Girardin & Frund"),
        B("The new Saignelégier manufacture, due to open in 2027 (architect’s rendering). Photo: Girardin & Frund"),
        P("[[<p>||]]Saignelégier, le 25 novembre 2025 – Le fabricant de montres Girardin [[&amp;||&]] Frund SA investira 18 millions de francs suisses dans une nouvelle manufacture de 6 400 m² à Saignelégier, dans le canton du Jura. Les travaux débuteront en mars 2026 et le site doit créer 85 emplois d’ici 2028.[[</p>||]]"),
        P("[[<p>||]]L[[&rsquo;||’]]entreprise familiale, fondée en 1887, emploie aujourd[[&rsquo;||’]]hui 240 collaborateurs et a produit 12[[&#039;||']]400 montres mécaniques en 2024. Son chiffre d[[&rsquo;||’]]affaires a atteint CHF 41,5 millions, en hausse de 9,2 %.[[</p>||]]"),
        P("[[<h2>||]]Un savoir-faire à préserver[[</h2>||]]"),
        P("[[<p>||]]Près de 70 % des composants seront fabriqués sur place, contre 45 % aujourd’hui. L’entreprise formera 14 apprentis par an avec le Centre jurassien d’enseignement et de formation (CEJEF).[[</p>||]]"),
        P("“Nous voulons que nos montres restent 100 % jurassiennes”, explique Laure Girardin, directrice générale et représentante de la cinquième génération."),
        P("« C’est un signal fort pour les Franches-Montagnes », a réagi le ministre jurassien de l’Économie, Pierre-Alain Voirol."),
        L("""[[<strong>Contact médias</strong>||Contact médias]]
Nicolas Frund, responsable de la communication
Tél. +41 (0)32 951 24 60 – Mobile +41 79 418 22 07
[email protected]"""),
        B("""Partager : LinkedIn · Facebook · Courriel
Autres communiqués
Girardin & Frund au salon Watches and Wonders 2026 – 12.11.2025
Nouvelle collection « Étang de la Gruère » – 02.10.2025
Girardin & Frund SA – Rue de la Gruère 12 – 2350 Saignelégier – Suisse
© 2025 Girardin & Frund SA – Mentions légales – Protection des données"""),
    ],
    gold=dict(
        title="Girardin & Frund investit 18 millions de francs dans une nouvelle manufacture à Saignelégier",
        dateline=dl("Saignelégier", "2025-11-25"),
        organisations=[org("Girardin & Frund SA", None),
                       org("Centre jurassien d’enseignement et de formation", "CEJEF")],
        places=[place("Saignelégier"), place("Jura"), place("Franches-Montagnes")],
        figures=[
            fig("18 millions de francs", 18000000, "francs", "money", currency="CHF"),
            fig("in 2027", 2027, None, "year"),
            fig("le 25 novembre 2025", "2025-11-25", None, "date"),
            fig("18 millions de francs suisses", 18000000, "francs suisses", "money", currency="CHF"),
            fig("6 400 m²", 6400, "m²", "other"),
            fig("mars 2026", 2026, None, "year"),
            fig("85 emplois", 85, "emplois"),
            fig("2028", 2028, None, "year"),
            fig("en 1887", 1887, None, "year"),
            fig("240 collaborateurs", 240, "collaborateurs"),
            fig("12'400 montres", 12400, "montres"),
            fig("en 2024", 2024, None, "year"),
            fig("CHF 41,5 millions", 41500000, "CHF", "money", currency="CHF"),
            fig("9,2 %", 9.2, "%", "percent"),
            fig("Près de 70 %", 70, "%", "percent", qualifier="Près de"),
            fig("45 %", 45, "%", "percent"),
            fig("14 apprentis", 14, "apprentis"),
            fig("100 %", 100, "%", "percent"),
        ],
        phones=[phone("+41329512460"), phone("+41794182207")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Nicolas Frund", "responsable de la communication", None, ["+41329512460", "+41794182207"], [])],
        notes="Newsroom of a Swiss watch company: cookie banner, brand line, menu with language switch, breadcrumb and a "
              "dd.mm.yyyy date line above the title; share line, other releases with dates, footer with the 2350 "
              "postcode, copyright (boilerplate). The photo caption is in English on a French page and printed twice "
              "(first copy article; its 'in 2027' is a year figure with the English preposition). HTML debris: <p>, "
              "</p>, <h2> around a subheading, <strong> on the contact label, '&amp;' in the company's name, '&rsquo;' "
              "for ’ in one paragraph (a plain ’ in the others), '&#039;' as the Swiss thousands separator "
              "('12&#039;400' → '12'400', a straight ' as the h104-h119 rule says). The contact e-mail is hidden. "
              "Quotes mixed: “ ” in one quote, « » in the next. The company is listed under its full legal name "
              "'Girardin & Frund SA' (the title and caption say 'Girardin & Frund'; one organisation, uncertain). "
              "'18 millions de francs' (title) and '18 millions de francs suisses' (body) are two texts. 'CHF 41,5 "
              "millions': the symbol before the number is the unit. 'd’ici 2028': year text '2028'. 'fondée en 1887': "
              "'en 1887'. '100 % jurassiennes': a percent. 'canton du Jura': place 'Jura' (iso null); "
              "'Franches-Montagnes' is a district (place); 'jurassien(nes)' are adjectives. 'cinquième génération': "
              "an ordinal word. The minister named by his role is not an organisation.",
    ),
))

# --------------------------------------------------------------------------- h133 French Guiana territorial collectivity: Mac Roman mojibake, glued headings, case damage, dotless ı
PAGES.append(Page(
    name="h133-ctg-guyane-transport-fluvial",
    meta={"site": "presse.ctguyane.example.gf", "style": "territorial-collectivity-newsroom",
          "defects": ["menu", "breadcrumb", "share-lines", "mojibake-mac-roman", "heading-glued", "case-damage",
                      "dotless-i", "postcode-trap"]},
    blocks=[
        B("""Collectivité Territoriale de Guyane
Menu
La CTG | Aides et démarches | Territoire | Salle de presse | Contact
Accueil > Salle de presse > Communiqués
Communiqué – 17/11/2025"""),
        P("Transport fluvial : 12 nouvelles pirogues et 6 dégrads rénovés sur le Maroni et l’Oyapock"),
        P("Cayenne, le 17 novembre 2025 – La Collectivité territoriale de Guyane (CTG) engage un programme de 9,8 millions d’euros pour améliorer le transport fluvial des communes de l’intérieur, qui ne sont pas reliées au littoral par la route.", moji="mac_roman"),
        P("Des pirogues plus sûres"),
        P("Douze pirogues motorisées de 14 mètres, équipées de gilets et de balises de détresse, seront mises en service d’ici juin 2026 sur le Maroni et l’Oyapock. Chacune pourra transporter 24 passagers ou 3 tonnes de fret.", glue=True),
        P("Six dégrads rénovés"),
        P("Les dégrads, ces débarcadères qui servent de gares fluviales, seront rénovés et éclairés à Maripasoula, Grand-Santi, Papaïchton, Apatou, Camopi et Saint-Georges. Le chantier de Maripasoula, le plus important, coûtera 2,1 millions d’euros. L’État et l’Union européenne, au titre du [[fonds europÉen de dÉveloppement rÉgional||Fonds européen de développement régional]] (FEDER), financent 65 % du programme.", glue=True),
        P("« Pour des milliers de Guyanais, le fleuve est la seule route : la sécurité des passagers est notre priorité », a déclaré Hélène Sabayo, vice-présidente de la CTG chargée des transports.", moji="mac_roman"),
        P("Environ 38 000 habitants de Guyane vivent dans les communes de l’[[ıntérieur||intérieur]], où un trajet vers Cayenne peut durer jusqu’à deux jours."),
        L("""Contact presse :
Direction de la communication de la CTG
Tél. : 05 94 27 10 00 – Portable : 06 94 42 18 63
presse@ctguyane.example.gf"""),
        B("""Partager : Facebook | X | LinkedIn | Imprimer
Collectivité Territoriale de Guyane – 4179, route de Montabo – CS 30562 – 97333 Cayenne Cedex 2
Mentions légales | Accessibilité | Plan du site"""),
    ],
    gold=dict(
        title="Transport fluvial : 12 nouvelles pirogues et 6 dégrads rénovés sur le Maroni et l’Oyapock",
        dateline=dl("Cayenne", "2025-11-17"),
        organisations=[org("Collectivité territoriale de Guyane", "CTG"), org("Union européenne", None),
                       org("Fonds européen de développement régional", "FEDER")],
        places=[place("Maroni"), place("Oyapock"), place("Cayenne"), place("Maripasoula"), place("Grand-Santi"),
                place("Papaïchton"), place("Apatou"), place("Camopi"), place("Saint-Georges"), place("Guyane")],
        figures=[
            fig("12 nouvelles pirogues", 12, "pirogues"),
            fig("6 dégrads", 6, "dégrads"),
            fig("le 17 novembre 2025", "2025-11-17", None, "date"),
            fig("9,8 millions d’euros", 9800000, "euros", "money", currency="EUR"),
            fig("Douze pirogues", 12, "pirogues"),
            fig("14 mètres", 14, "mètres", "other"),
            fig("juin 2026", 2026, None, "year"),
            fig("24 passagers", 24, "passagers"),
            fig("3 tonnes", 3, "tonnes", "other"),
            fig("Six dégrads", 6, "dégrads"),
            fig("2,1 millions d’euros", 2100000, "euros", "money", currency="EUR"),
            fig("65 %", 65, "%", "percent"),
            fig("Environ 38 000 habitants", 38000, "habitants", qualifier="Environ"),
            fig("jusqu’à deux jours", 2, "jours", "duration", qualifier="jusqu’à"),
        ],
        phones=[phone("+594594271000"), phone("+594694421863")],
        emails=["presse@ctguyane.example.gf"],
        contacts=[contact(None, None, "Direction de la communication de la CTG", ["+594594271000", "+594694421863"],
                          ["presse@ctguyane.example.gf"])],
        notes="Press room of an overseas territorial collectivity: site name, 'Menu' label, menu, breadcrumb, type/date "
              "line; share line, footer with CS box and Cedex postcode, legal line (boilerplate). The dateline paragraph "
              "and the quote are UTF-8 read as Mac Roman ('√©' for é, '‚Äì' for –, '‚Äô' for ’, '¬´' for «): a "
              "mojibake the README's list did not have yet (tag 'mojibake-mac-roman'). Two subheadings are glued to "
              "the paragraph after them ('plus sûresDouze', 'rénovésLes dégrads'). The FEDER's name was lower-cased "
              "ASCII-only ('fonds europÉen de dÉveloppement rÉgional') and a Turkish dotless ı stands in "
              "'l’ıntérieur': both repaired. French Guiana is an overseas territory: 'Guyane' iso null (h72-h87). "
              "'12 nouvelles pirogues' (title) and 'Douze pirogues' (body), '6 dégrads' (title) and 'Six dégrads' "
              "(heading): two texts each, all listed. 'd’ici juin 2026': month-year, year figure. '3 tonnes de fret': "
              "a measure. 'jusqu’à deux jours': a duration with its qualifier. 'des milliers de Guyanais': vague, not "
              "a figure; 'Guyanais' is a demonym. Maroni and Oyapock are rivers; the six communes are places. "
              "'L’État' is generic. The communication department of the CTG, named only in the contact, is kept as "
              "the contact's organisation and not listed apart. Numbers in national format: 0594 landline and 0694 "
              "mobile take +594.",
    ),
))

# --------------------------------------------------------------------------- h134 Djibouti ministry, old CMS: hard wraps, letterhead under the title in unaccented capitals, œ as U+FFFD, glued paragraph
PAGES.append(Page(
    name="h134-menfop-djibouti-rentree",
    meta={"site": "www.education.gouv-djibouti.example.dj", "style": "ministry-old-cms",
          "defects": ["menu", "hard-wrap", "unaccented-capitals", "oe-replacement-char", "body-glued",
                      "postcode-trap"]},
    wrap=74, jitter=9,
    blocks=[
        B("""Ministère de l’Education nationale et de la Formation professionnelle
Accueil | Le Ministère | Actualités | Examens et concours | Textes officiels | Contact
Actualités
Mis en ligne le 20/11/2025 par Admin"""),
        P("Rentrée scolaire 2025-2026 : 152 000 élèves et 14 nouvelles écoles", nowrap=True),
        L("""[[REPUBLIQUE||RÉPUBLIQUE]] DE DJIBOUTI
Unité – [[Egalité||Égalité]] – Paix
[[MINISTERE||MINISTÈRE]] DE L’[[EDUCATION||ÉDUCATION]] NATIONALE ET DE LA FORMATION PROFESSIONNELLE
Communiqué de presse n° 041/MENFOP/2025"""),
        P("Djibouti, le 20 novembre 2025 – Le ministère de l’Éducation nationale et de la Formation professionnelle (MENFOP) dresse le bilan de la rentrée scolaire 2025-2026 : 152 000 élèves ont rejoint les écoles primaires, les collèges et les lycées du pays, soit 3,5 % de plus que l’an dernier."),
        P("Quatorze nouvelles écoles ont ouvert leurs portes, dont six dans les régions de l’intérieur : Ali Sabieh, Dikhil, Tadjourah, Obock et Arta. Le taux brut de scolarisation au primaire atteint désormais 94 %, contre 78 % en 2015."),
        P("Pour accompagner cette hausse, 420 enseignants ont été recrutés et 1 250 000 manuels distribués gratuitement. Le budget de l’éducation s’élève à 19,6 milliards de francs Djibouti (environ 110 millions de dollars), soit 21 % du budget de l’État."),
        P("La cantine scolaire, mise en œuvre avec le Programme alimentaire mondial (PAM), bénéficie à 38 500 élèves dans 112 écoles rurales.", oe="fffd", glue=True),
        P("« Chaque enfant djiboutien doit trouver une place à l’école, quel que soit son lieu de résidence », a déclaré le ministre lors d’une visite à l’école de Balbala."),
        L("""Service de la communication du MENFOP
BP 16 – Djibouti
Tél. : (+253) 21 35 08 50 – Fax : (+253) 21 35 44 12
communication@education.gouv-djibouti.example.dj"""),
        B("""Imprimer | Envoyer à un ami
Copyright 2025 MENFOP - Tous droits réservés | Visiteurs : 184 312"""),
    ],
    gold=dict(
        title="Rentrée scolaire 2025-2026 : 152 000 élèves et 14 nouvelles écoles",
        dateline=dl("Djibouti", "2025-11-20"),
        organisations=[org("ministère de l’Éducation nationale et de la Formation professionnelle", "MENFOP"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Djibouti", "DJ"), place("Ali Sabieh"), place("Dikhil"), place("Tadjourah"), place("Obock"),
                place("Arta"), place("Balbala")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("152 000 élèves", 152000, "élèves"),
            fig("14 nouvelles écoles", 14, "écoles"),
            fig("le 20 novembre 2025", "2025-11-20", None, "date"),
            fig("3,5 %", 3.5, "%", "percent"),
            fig("Quatorze nouvelles écoles", 14, "écoles"),
            fig("six", 6, None),
            fig("94 %", 94, "%", "percent"),
            fig("78 %", 78, "%", "percent"),
            fig("en 2015", 2015, None, "year"),
            fig("420 enseignants", 420, "enseignants"),
            fig("1 250 000 manuels", 1250000, "manuels"),
            fig("19,6 milliards de francs Djibouti", 19600000000, "francs Djibouti", "money", currency="DJF"),
            fig("environ 110 millions de dollars", 110000000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("21 %", 21, "%", "percent"),
            fig("38 500 élèves", 38500, "élèves"),
            fig("112 écoles", 112, "écoles"),
        ],
        phones=[phone("+25321350850"), phone("+25321354412", "fax")],
        emails=["communication@education.gouv-djibouti.example.dj"],
        contacts=[contact(None, None, "Service de la communication du MENFOP", ["+25321350850", "+25321354412"],
                          ["communication@education.gouv-djibouti.example.dj"])],
        notes="Ministry page on an old CMS: ministry name, one-line menu, section label and a 'Mis en ligne le ... par "
              "Admin' line above the title; print line, copyright and visitor counter below (boilerplate). Under the "
              "CMS title, the release's letterhead (country in capitals without accents, motto with 'Egalité', "
              "ministry in capitals, release number) is article text (h40-h55 rule); its accents come back in the "
              "clean text (h72-h87 rule for capitals; 'Égalité' too). The body is hard-wrapped by the old CMS; œ "
              "shown as U+FFFD ('mise en �uvre'); the fourth paragraph is glued to the third ('l’État.La cantine'). "
              "'Rentrée scolaire 2025-2026': a school year, two year figures. The release number "
              "'n° 041/MENFOP/2025' is a reference: not a figure. '14 nouvelles écoles' (title) and 'Quatorze "
              "nouvelles écoles' (body): two texts. 'dont six dans les régions': a count without noun. Djiboutian "
              "francs: DJF, unit 'francs Djibouti' as written. 'l’an dernier': not a figure. 'Djibouti' is both the "
              "dateline's city and the country (letterhead, contact address): one place, listed with iso DJ "
              "(uncertain). Balbala is a district of the capital. 'l’État' is generic; 'djiboutien' a demonym. "
              "'BP 16' is a box number. Numbers written '(+253) 21 ...'.",
    ),
))

# --------------------------------------------------------------------------- h135 cultural institute in Cambodia: Khmer menu line, title twice, cp852 paragraph, lost €, 'oeuvres'
PAGES.append(Page(
    name="h135-icfc-phnom-penh-festival-film",
    meta={"site": "www.icfc-cambodge.example.kh", "style": "cultural-institute-news",
          "defects": ["menu", "breadcrumb", "duplicate-title", "mojibake-cp852", "lost-euro", "double-space",
                      "oe-written-out", "share-lines", "ticker"]},
    blocks=[
        B("""Institut culturel francophone du Cambodge
ភាសាខ្មែរ | Français | English
Cours de français | Médiathèque | Agenda | Campus | Nous trouver
Accueil › Agenda › Cinéma"""),
        P("Festival du film francophone de Phnom Penh : 36 films et 9 000 spectateurs attendus"),
        B("Festival du film francophone de Phnom Penh : 36 films et 9 000 spectateurs attendus"),
        P("Phnom Penh, le 5 décembre 2025 – La 11e édition du Festival du film francophone se tiendra du 12 au 21 décembre 2025 dans trois salles de Phnom Penh et de Siem Reap. Au programme : 36 films venus de 17 pays, dont 8 productions cambodgiennes."),
        P("L'Institut culturel francophone du Cambodge (ICFC) et l'Ambassade de France ont réuni un budget de 85 000 dollars, dont 30 % apportés par des mécènes privés. L'entrée est gratuite pour les étudiants ; le billet coûte 10 000 riels (environ 2,50 dollars) pour les autres spectateurs.", moji="cp852"),
        P("La compétition est dotée de 8 000 € de prix, financés par l’Organisation internationale de la Francophonie (OIF). Le jury, présidé par la réalisatrice Sok Chanda, remettra le prix du meilleur film le 21 décembre au soir.".replace("8 000 € de", "[[8 000  de||8 000 € de]]")),
        P("En marge du festival, une exposition consacrée aux oeuvres restaurées du cinéma khmer des années 1960 sera présentée à la médiathèque jusqu’au 31 janvier 2026."),
        L("""Contact presse :
Vanna Chhim, chargée de communication – Tél. : +855 23 721 480 / +855 12 846 219 – v.chhim@icfc-cambodge.example.kh"""),
        B("""Partager : Facebook | Telegram | Courriel
À l’affiche cette semaine
Ciné-club : « Le Sommeil d’or » – jeudi 4 décembre, 19 h
Concert : Duo Mékong – samedi 6 décembre, 20 h
Institut culturel francophone du Cambodge – 218, boulevard Monivong – Phnom Penh – © 2025"""),
    ],
    gold=dict(
        title="Festival du film francophone de Phnom Penh : 36 films et 9 000 spectateurs attendus",
        dateline=dl("Phnom Penh", "2025-12-05"),
        organisations=[org("Institut culturel francophone du Cambodge", "ICFC"), org("Ambassade de France", None),
                       org("Organisation internationale de la Francophonie", "OIF")],
        places=[place("Phnom Penh"), place("Siem Reap")],
        figures=[
            fig("36 films", 36, "films"),
            fig("9 000 spectateurs", 9000, "spectateurs"),
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("11e", 11, None, "ordinal"),
            fig("12", "2025-12-12", None, "date"),
            fig("21 décembre 2025", "2025-12-21", None, "date"),
            fig("trois salles", 3, "salles"),
            fig("17 pays", 17, "pays"),
            fig("8 productions", 8, "productions"),
            fig("85 000 dollars", 85000, "dollars", "money", currency="USD"),
            fig("30 %", 30, "%", "percent"),
            fig("10 000 riels", 10000, "riels", "money", currency="KHR"),
            fig("environ 2,50 dollars", 2.5, "dollars", "money", qualifier="environ", currency="USD"),
            fig("8 000 €", 8000, "€", "money", currency="EUR"),
            fig("le 21 décembre", "--12-21", None, "date"),
            fig("1960", 1960, None, "year"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
        ],
        phones=[phone("+85523721480"), phone("+85512846219")],
        emails=["v.chhim@icfc-cambodge.example.kh"],
        contacts=[contact("Vanna Chhim", "chargée de communication", None, ["+85523721480", "+85512846219"],
                          ["v.chhim@icfc-cambodge.example.kh"])],
        notes="News page of a francophone cultural institute in Cambodia: institute name, a Khmer/French/English language "
              "line, menu, breadcrumb; share line, 'À l’affiche cette semaine' block with two events and their clock "
              "times, footer (boilerplate). Title printed twice (second copy boilerplate). The budget paragraph, "
              "written with straight apostrophes, is Latin-1 read as the DOS code page cp852 ('rÚuni' shape); the € "
              "of the prize was lost ('8 000  de prix': double space). 'oeuvres' is a valid spelling, kept. The "
              "festival is an event, not an organisation; 'Ambassade de France' is an organisation and 'France' inside "
              "it is not listed; 'Cambodge' occurs only inside the institute's name ('cambodgiennes', 'khmer' are "
              "adjectives). 'du 12 au 21 décembre 2025': date range; 'le 21 décembre au soir' repeats the last day "
              "without year ('--12-21', another text). 'La 11e édition': ordinal. Riels: KHR; 'dollars' are USD "
              "(the page gives both). 'des années 1960': a decade, listed as the year '1960' (uncertain). "
              "'jusqu’au 31 janvier 2026': a date without 'le'. The jury president named without contact detail "
              "gives no contact. Cambodian numbers: a Phnom Penh landline (023) and a mobile (012) joined by '/'.",
    ),
))
