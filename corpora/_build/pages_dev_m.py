"""h72-h87: the next blind set (session 5).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h72-h76 come from one Belgian regional-government press room (made-up host) sharing its header,
breadcrumb, share line, `Communiqués du même ministre` block and footer with small variations;
h77-h87 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# =========================================================================== regional-government press room
WL_SITE = "presse.wallonie-gouv.example.be"


def wl_top(minister, date, banner=None, stamp="Publié le"):
    lines = ["Passer au contenu principal"]
    if banner:
        lines.append(banner)
    lines += ["Wallonie.be | Portail | Contact | FR · DE · EN",
              "Gouvernement de Wallonie – Espace presse",
              "Le Gouvernement",
              "Le Gouvernement",
              "Les ministres",
              "Décisions",
              "Communiqués de presse",
              "Communiqués de presse",
              "Agenda",
              "Rechercher",
              f"Accueil > Communiqués de presse > {minister}",
              f"{stamp} {date}"]
    return "\n".join(lines)


def wl_bottom(related, attach=None):
    lines = []
    if attach:
        lines += ["Document(s) joint(s)", attach]
    lines += ["Partager : Facebook | LinkedIn | Bluesky | E-mail | Imprimer",
              "Communiqués du même ministre"]
    for head, date in related:
        lines += [head, date]
    lines += ["Tous les communiqués »",
              "Gouvernement de Wallonie – Rue de l’Élysette 40 – 5100 Namur (Jambes) – Tél. 081 33 12 11",
              "Plan du site | Vie privée | Cookies | Accessibilité | Flux RSS",
              "© 2025 Gouvernement de Wallonie"]
    return "\n".join(lines)


def wl_meta(defects, **extra):
    d = {"site": WL_SITE, "style": "regional-government-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


WL_NOTE = ("Site furniture shared by h72-h76 (skip link, optional banner, portal line, site name, menu with doubled "
           "'Le Gouvernement' and 'Communiqués de presse', search label, breadcrumb ending with the minister, "
           "'Publié le'/'Mis à jour le' date line; at the bottom optional attachments, share line, 'Communiqués du même "
           "ministre' headlines with dd.mm.yyyy dates, footer with address, 5100 postcode and the switchboard number, "
           "legal line, copyright): all boilerplate; the footer phone is not listed and the footer numbers are not figures.")

# --------------------------------------------------------------------------- h72 communiqué, lost œ and ’
PAGES.append(Page(
    name="h72-wallonie-zones-immersion",
    meta=wl_meta(["lost-oe", "lost-apostrophe"]),
    blocks=[
        B(wl_top("Cécile Dumortier", "14.11.2025")),
        P("Inondations : 48 millions d’euros pour aménager 112 zones d’immersion temporaire"),
        P("Namur, le 14 novembre 2025 – Le Gouvernement de Wallonie a approuvé ce jeudi, sur proposition de la Ministre de l’Environnement, de la Nature et du Climat, Cécile Dumortier, un programme de 48 millions d’euros destiné à aménager 112 zones d’immersion temporaire le long de la Vesdre, de l’Ourthe et de l’Amblève.", apos="drop"),
        P("Quatre ans après les inondations de juillet 2021, ce programme vise à réduire de 30 % les débits de pointe dans les vallées les plus exposées. Les ouvrages seront mis en œuvre par le Service public de Wallonie (SPW), en collaboration avec les 24 communes concernées, entre 2026 et 2029.", apos="drop", oe="drop"),
        P("La Région prendra en charge 80 % du coût, le solde étant couvert par les contrats de rivière. Un premier chantier démarrera au printemps à Pepinster, sur un site de 17 hectares d’anciennes prairies.", apos="drop"),
        P("« Il ne s’agit pas de bétonner, mais de redonner de l’espace à l’eau, au cœur même des vallées », a expliqué la Ministre.", apos="drop", oe="drop"),
        L("""Contact presse :
Julien Lambotte, porte-parole de la Ministre Dumortier
+32 476 58 21 07 – julien.lambotte@gov.wallonie.example.be"""),
        B(wl_bottom([("Qualité de l’air : le réseau de mesure étendu à 12 nouvelles stations", "03.11.2025"),
                     ("Biodiversité : 4 000 km de haies plantées depuis 2019", "21.10.2025")])),
    ],
    gold=dict(
        title="Inondations : 48 millions d’euros pour aménager 112 zones d’immersion temporaire",
        dateline=dl("Namur", "2025-11-14"),
        organisations=[org("Gouvernement de Wallonie", None), org("Service public de Wallonie", "SPW")],
        places=[place("Namur"), place("Vesdre"), place("Ourthe"), place("Amblève"), place("Pepinster")],
        figures=[
            fig("48 millions d’euros", 48000000, "euros", "money", currency="EUR"),
            fig("112 zones", 112, "zones"),
            fig("le 14 novembre 2025", "2025-11-14", None, "date"),
            fig("Quatre ans", 4, "ans", "duration"),
            fig("juillet 2021", 2021, None, "year"),
            fig("30 %", 30, "%", "percent"),
            fig("24 communes", 24, "communes"),
            fig("2026", 2026, None, "year"),
            fig("2029", 2029, None, "year"),
            fig("80 %", 80, "%", "percent"),
            fig("17 hectares", 17, "hectares", "other"),
        ],
        phones=[phone("+32476582107")],
        emails=["julien.lambotte@gov.wallonie.example.be"],
        contacts=[contact("Julien Lambotte", "porte-parole de la Ministre Dumortier", None, ["+32476582107"],
                          ["julien.lambotte@gov.wallonie.example.be"])],
        notes=WL_NOTE + " Every ’ of the body dropped ('dimmersion', 'lOurthe', 'sagit'), œ dropped ('mis en uvre', "
              "'au c ur'); the CMS title is intact. 'Gouvernement de Wallonie' is the regional executive (an "
              "organisation, like 'Gouvernement Princier'); 'Wallonie' occurs only inside its name and in the SPW's "
              "name: not listed as a place. 'la Région' is generic; 'contrats de rivière' are a programme. Vesdre, "
              "Ourthe, Amblève are rivers. 'entre 2026 et 2029': two year figures. 'juillet 2021': month-year, a year "
              "figure keeping its month. The minister named by her role in the body is not an organisation.",
    ),
))

# --------------------------------------------------------------------------- h73 décisions du Gouvernement, cp1252 on some paragraphs, glued heading
PAGES.append(Page(
    name="h73-wallonie-decisions-gouvernement",
    meta=wl_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(wl_top("Gouvernement", "20.11.2025 à 17:45", stamp="Mis à jour le")),
        P("Décisions du Gouvernement de Wallonie du jeudi 20 novembre 2025"),
        P("Emploi : 3 200 places supplémentaires en formation qualifiante"),
        P("L’Office wallon de la formation professionnelle et de l’emploi (Forem) ouvrira 3 200 places de formation supplémentaires en 2026 dans les métiers en pénurie, pour un budget de 21,5 millions d’euros. Près de la moitié concerneront la construction et l’électromécanique.", moji="cp1252"),
        P("Logement : la prime à la rénovation relevée"),
        P("Le plafond de la prime à la rénovation passe de 6 000 à 9 500 euros pour les ménages aux revenus modestes, à partir du 1er janvier 2026. Quelque 14 000 dossiers sont attendus chaque année.", glue=True),
        P("Mobilité : 62 nouveaux bus à hydrogène"),
        P("L’Opérateur de transport de Wallonie (OTW) est autorisé à commander 62 bus à hydrogène pour ses dépôts de Charleroi et de Liège, pour un montant de 46,8 millions d’euros, financé à 35 % par la Facilité pour la reprise et la résilience de l’Union européenne.", moji="cp1252"),
        P("Pouvoirs locaux"),
        P("Le Gouvernement a approuvé le 3e plan de cohésion sociale, qui bénéficiera à 253 communes pour la période 2026-2031. L’enveloppe annuelle atteint 38 millions d’euros, en hausse de 12 % par rapport au plan précédent.", glue=True),
        L("""Contact : Cellule presse du Gouvernement – presse@gov.wallonie.example.be – 081 25 38 00"""),
        B(wl_bottom([("Décisions du Gouvernement de Wallonie du 13 novembre 2025", "13.11.2025"),
                     ("Décisions du Gouvernement de Wallonie du 6 novembre 2025", "06.11.2025")],
                    attach="Notes au Gouvernement – 20.11.2025 (PDF, 1,2 Mo)")),
    ],
    gold=dict(
        title="Décisions du Gouvernement de Wallonie du jeudi 20 novembre 2025",
        dateline=None,
        organisations=[org("Gouvernement de Wallonie", None),
                       org("Office wallon de la formation professionnelle et de l’emploi", "Forem"),
                       org("Opérateur de transport de Wallonie", "OTW"),
                       org("Union européenne", None)],
        places=[place("Charleroi"), place("Liège")],
        figures=[
            fig("jeudi 20 novembre 2025", "2025-11-20", None, "date"),
            fig("3 200 places", 3200, "places"),
            fig("en 2026", 2026, None, "year"),
            fig("21,5 millions d’euros", 21500000, "euros", "money", currency="EUR"),
            fig("Près de la moitié", 0.5, None, "other", qualifier="Près de"),
            fig("6 000", 6000, None, "money", currency="EUR"),
            fig("9 500 euros", 9500, "euros", "money", currency="EUR"),
            fig("1er janvier 2026", "2026-01-01", None, "date"),
            fig("Quelque 14 000 dossiers", 14000, "dossiers", qualifier="Quelque"),
            fig("62 nouveaux bus", 62, "bus"),
            fig("62 bus", 62, "bus"),
            fig("46,8 millions d’euros", 46800000, "euros", "money", currency="EUR"),
            fig("35 %", 35, "%", "percent"),
            fig("3e", 3, None, "ordinal"),
            fig("253 communes", 253, "communes"),
            fig("2026", 2026, None, "year"),
            fig("2031", 2031, None, "year"),
            fig("38 millions d’euros", 38000000, "euros", "money", currency="EUR"),
            fig("12 %", 12, "%", "percent"),
        ],
        phones=[phone("+3281253800")],
        emails=["presse@gov.wallonie.example.be"],
        contacts=[contact(None, None, "Cellule presse du Gouvernement", ["+3281253800"], ["presse@gov.wallonie.example.be"])],
        notes=WL_NOTE + " A weekly summary of government decisions: one release with themed headings (not a listing). "
              "Two paragraphs are UTF-8 read as cp1252; two headings are glued to the paragraph after them "
              "('rénovation relevéeLe plafond', 'Pouvoirs locauxLe Gouvernement'). No dateline (the date is in "
              "the title). 'à partir du 1er janvier 2026': a date figure without 'le'. 'de 6 000 à 9 500 euros': "
              "range, first bound money EUR with unit null. 'pour la période 2026-2031': two year figures ('2026' "
              "differs in text from 'en 2026': both listed). 'Facilité pour la reprise et la résilience' is a "
              "programme (not listed); the Union européenne is. 'Cellule presse du Gouvernement' is an office of the "
              "government named only in the contact: not listed apart (README h40-h55 convention). Belgian number "
              "without country code (Namur 081).",
    ),
))

# --------------------------------------------------------------------------- h74 invitation presse, lost dashes and €
PAGES.append(Page(
    name="h74-wallonie-invitation-contournement",
    meta=wl_meta(["lost-dash", "lost-euro", "double-space", "space-before-comma"]),
    blocks=[
        B(wl_top("Lucas Verhaegen", "24.11.2025",
                 banner="Info trafic : chantiers sur la E411 entre Wavre et Namur – suivez l’état du réseau")),
        P("Invitation presse : lancement du chantier du contournement de Couvin"),
        P("Namur, le 24 novembre 2025"),
        P("Lucas Verhaegen, Ministre de la Mobilité et des Infrastructures, et la Société wallonne de financement complémentaire des infrastructures (SOFICO) ont le plaisir de vous convier au lancement officiel du chantier du contournement de Couvin, le lundi 1er décembre 2025 à 10 h, à Frasnes-lez-Couvin.", nodash=""),
        P("Attendu depuis plus de 40 ans, ce tronçon de 13,8 km de la N5 délestera le centre de Couvin d’environ 9 000 véhicules par jour, dont 1 800 poids lourds. Le chantier – d’un montant de 142 millions €, financé à 40 % par des fonds européens – durera 36 mois.".replace("142 millions €,", "[[142 millions ,||142 millions €,]]"), nodash="", noeuro=True),
        L("""Programme :
9 h 45 – accueil des invités (parking fléché depuis la rue de la Gare)
10 h 00 – présentation du projet par la SOFICO
10 h 30 – premier coup de pelle symbolique
11 h 00 – verre de l’amitié""", nodash=""),
        L("""Accréditations souhaitées avant le 28 novembre :
Sarah Delvaux, attachée de presse du Ministre – 0478 31 62 95 – sarah.delvaux@gov.wallonie.example.be
Marc Henrion, responsable communication SOFICO – 081 62 09 44 – m.henrion@sofico.example.be""", nodash=""),
        B(wl_bottom([("Vélo : 25 millions € pour les liaisons cyclables communales", "10.11.2025"),
                     ("Trains : la Wallonie réclame une desserte renforcée de la dorsale", "29.10.2025")], attach=None)),
    ],
    gold=dict(
        title="Invitation presse : lancement du chantier du contournement de Couvin",
        dateline=dl("Namur", "2025-11-24"),
        organisations=[org("Société wallonne de financement complémentaire des infrastructures", "SOFICO")],
        places=[place("Namur"), place("Couvin"), place("Frasnes-lez-Couvin")],
        figures=[
            fig("le 24 novembre 2025", "2025-11-24", None, "date"),
            fig("le lundi 1er décembre 2025 à 10 h", "2025-12-01", None, "date"),
            fig("plus de 40 ans", 40, "ans", "duration", qualifier="plus de"),
            fig("13,8 km", 13.8, "km", "other"),
            fig("environ 9 000 véhicules", 9000, "véhicules", qualifier="environ"),
            fig("1 800 poids lourds", 1800, "poids lourds"),
            fig("142 millions €", 142000000, "€", "money", currency="EUR"),
            fig("40 %", 40, "%", "percent"),
            fig("36 mois", 36, "mois", "duration"),
            fig("le 28 novembre", "--11-28", None, "date"),
        ],
        phones=[phone("+32478316295"), phone("+3281620944")],
        emails=["sarah.delvaux@gov.wallonie.example.be", "m.henrion@sofico.example.be"],
        contacts=[contact("Sarah Delvaux", "attachée de presse du Ministre", None, ["+32478316295"],
                          ["sarah.delvaux@gov.wallonie.example.be"]),
                  contact("Marc Henrion", "responsable communication SOFICO", None, ["+3281620944"],
                          ["m.henrion@sofico.example.be"])],
        notes=WL_NOTE + " This page adds a traffic banner at the top. Every en dash of the article was lost (double "
              "spaces left in the body, schedule and contact lines: 'Le chantier  d’un montant') and "
              "the € too ('142 millions , financé'): the clean text restores '–' and '€' and drops the space before "
              "the comma. Dateline on its own line. The schedule times are clock times: not figures; the date with "
              "'à 10 h' is one date figure. 'N5' is a road name; 'E411' is in the banner. '1 800 poids lourds': unit "
              "'poids lourds' (a compound noun, uncertain). 'd’environ 9 000 véhicules': the qualifier 'environ' "
              "opens the text, 'd’' stays out. 'fonds européens' is generic. The ministry role in the body is not "
              "an organisation; 'responsable communication SOFICO' is kept as the role as written (no separate "
              "organisation field, uncertain). Belgian numbers without country code: mobile 0478, Namur 081.",
    ),
))

# --------------------------------------------------------------------------- h75 English page from the same site
PAGES.append(Page(
    name="h75-wallonie-foreign-investment-en",
    meta=wl_meta(["english-page", "lost-apostrophe", "duplicate-title"], language="en"),
    blocks=[
        B(wl_top("Hélène Fasbender", "18.03.2025")),
        P("Wallonia attracts a record €1.9 billion in foreign investment"),
        B("Wallonia attracts a record €1.9 billion in foreign investment"),
        P("Namur, 18 March 2025 – Foreign companies announced 71 investment projects in Wallonia in 2024, worth a record €1.9 billion and expected to create some 2,350 direct jobs, the Wallonia Trade and Investment Office (WTIO) said on Tuesday."),
        P("Investment rose by 23% compared with 2023. The United States remained the leading source of capital with 17 projects, ahead of France (14) and Germany (9). Biotechnology and pharmaceuticals accounted for nearly half of the amounts invested, mainly around Liège, Mons and Louvain-la-Neuve.", apos="space"),
        P("“Wallonia’s strengths are its talent, its logistics and its land: we still have more than 600 hectares of serviced business parks ready for investors,” said Hélène Fasbender, Minister for the Economy and External Trade.", apos="space"),
        P("The region’s exports also grew, by 4.6% to €58.3 billion, despite the slowdown in the German market.", apos="space"),
        L("""Press contact:
Thomas Wéry, spokesperson – +32 (0)81 25 47 19 – thomas.wery@gov.wallonie.example.be"""),
        B(wl_bottom([("Export : une mission économique au Vietnam du 3 au 8 avril", "12.03.2025"),
                     ("Zones d’activité : 14 nouveaux parcs reconnus", "27.02.2025")])),
    ],
    gold=dict(
        title="Wallonia attracts a record €1.9 billion in foreign investment",
        dateline=dl("Namur", "2025-03-18"),
        organisations=[org("Wallonia Trade and Investment Office", "WTIO")],
        places=[place("Wallonia"), place("Namur"), place("United States", "US"), place("France", "FR"),
                place("Germany", "DE"), place("Liège"), place("Mons"), place("Louvain-la-Neuve")],
        figures=[
            fig("€1.9 billion", 1900000000, "€", "money", currency="EUR"),
            fig("18 March 2025", "2025-03-18", None, "date"),
            fig("71 investment projects", 71, "projects"),
            fig("in 2024", 2024, None, "year"),
            fig("some 2,350 direct jobs", 2350, "jobs", qualifier="some"),
            fig("23%", 23, "%", "percent"),
            fig("2023", 2023, None, "year"),
            fig("17 projects", 17, "projects"),
            fig("14", 14, None),
            fig("9", 9, None),
            fig("nearly half", 0.5, None, "other", qualifier="nearly"),
            fig("more than 600 hectares", 600, "hectares", "other", qualifier="more than"),
            fig("4.6%", 4.6, "%", "percent"),
            fig("€58.3 billion", 58300000000, "€", "money", currency="EUR"),
        ],
        phones=[phone("+3281254719")],
        emails=["thomas.wery@gov.wallonie.example.be"],
        contacts=[contact("Thomas Wéry", "spokesperson", None, ["+3281254719"], ["thomas.wery@gov.wallonie.example.be"])],
        notes=WL_NOTE + " The article is wholly in English under the site's French chrome: language en (the article sets "
              "it). Title printed twice (second copy boilerplate). In three paragraphs every ’ became a space "
              "('Wallonia s strengths', 'region s'); the curly quotes survived. The related headlines in French are "
              "boilerplate. 'Wallonia' is the region (a place, listed; it is not only inside the agency's name here). "
              "'71 investment projects': unit is the head noun 'projects', text from the number to it. '(14)' and "
              "'(9)': counts of projects without noun. 'nearly half' = 0.5 with the English qualifier 'nearly'. "
              "'compared with 2023': a year without preposition in its text. The German market: adjective, not a place.",
    ),
))

# --------------------------------------------------------------------------- h76 HTML debris and entities, title twice, hidden e-mail
PAGES.append(Page(
    name="h76-wallonie-petite-enfance",
    meta=wl_meta(["html-debris", "duplicate-title", "hidden-email"]),
    blocks=[
        B(wl_top("Nadia El Khattabi", "07.10.2025")),
        P("Petite enfance : 1 450 nouvelles places d’accueil financées en 2026"),
        B("Petite enfance : 1 450 nouvelles places d’accueil financées en 2026"),
        B('<img src="/sites/default/files/creche-namur.jpg" alt="" class="img-responsive" />'),
        P("[[<p><strong>||]]Namur, le 7 octobre 2025 &ndash; Le Gouvernement de Wallonie a retenu 97 projets de cr&egrave;ches dans le cadre de l&#8217;appel &laquo;&nbsp;Cigogne+&nbsp;&raquo;.[[</strong>||]] Ils totalisent 1 450 nouvelles places d&#8217;accueil pour les enfants de 0 &agrave; 3 ans, qui ouvriront d&#8217;ici septembre 2026.[[</p>||]]"
          .replace("&ndash;", "[[&ndash;||–]]").replace("cr&egrave;ches", "[[cr&egrave;ches||crèches]]")
          .replace("l&#8217;appel", "[[l&#8217;appel||l’appel]]")
          .replace("&laquo;&nbsp;Cigogne+&nbsp;&raquo;", "[[&laquo;&nbsp;Cigogne+&nbsp;&raquo;||«\u00a0Cigogne+\u00a0»]]")
          .replace("d&#8217;accueil", "[[d&#8217;accueil||d’accueil]]").replace("0 &agrave; 3", "[[0 &agrave; 3||0 à 3]]")
          .replace("d&#8217;ici", "[[d&#8217;ici||d’ici]]")),
        P("[[<p>||]]Le taux de couverture, aujourd&#8217;hui de 38,2 places pour 100 enfants, devrait ainsi d&eacute;passer 40 % dans 9 arrondissements sur 13. La priorit&eacute; a &eacute;t&eacute; donn&eacute;e aux communes o&ugrave; il reste inf&eacute;rieur &agrave; 25 %.[[</p>||]]"
          .replace("aujourd&#8217;hui", "[[aujourd&#8217;hui||aujourd’hui]]").replace("d&eacute;passer", "[[d&eacute;passer||dépasser]]")
          .replace("priorit&eacute; a &eacute;t&eacute; donn&eacute;e", "[[priorit&eacute; a &eacute;t&eacute; donn&eacute;e||priorité a été donnée]]")
          .replace("o&ugrave;", "[[o&ugrave;||où]]").replace("inf&eacute;rieur &agrave;", "[[inf&eacute;rieur &agrave;||inférieur à]]")),
        P("L’investissement régional s’élève à 31,9 millions d’euros, auxquels s’ajoutent les subsides de fonctionnement de l’Office de la Naissance et de l’Enfance (ONE), soit environ 11 000 euros par place et par an.[[<br />||]]"),
        P("« Une place en crèche, c’est souvent la condition pour qu’un parent, le plus souvent une mère, garde ou retrouve un emploi », a rappelé la Ministre de l’Enfance, Nadia El Khattabi."),
        L("""[[<strong>Contact presse</strong>||Contact presse]]
Aurélie Marchal, porte-parole
Tél. : +32 (0)81 25 44 63 – GSM : +32 (0)495 72 18 40
[email protected]"""),
        B(wl_bottom([("Accueil extrascolaire : 6 millions pour les plaines de vacances", "16.09.2025"),
                     ("Rentrée : 2 300 puéricultrices supplémentaires d’ici 2029", "28.08.2025")],
                    attach="Liste des 97 projets retenus (XLSX, 48 Ko)")),
    ],
    gold=dict(
        title="Petite enfance : 1 450 nouvelles places d’accueil financées en 2026",
        dateline=dl("Namur", "2025-10-07"),
        organisations=[org("Gouvernement de Wallonie", None), org("Office de la Naissance et de l’Enfance", "ONE")],
        places=[place("Namur")],
        figures=[
            fig("1 450 nouvelles places", 1450, "places"),
            fig("en 2026", 2026, None, "year"),
            fig("le 7 octobre 2025", "2025-10-07", None, "date"),
            fig("97 projets", 97, "projets"),
            fig("0", 0, None, "age"),
            fig("3 ans", 3, "ans", "age"),
            fig("septembre 2026", 2026, None, "year"),
            fig("38,2 places", 38.2, "places"),
            fig("100 enfants", 100, "enfants"),
            fig("40 %", 40, "%", "percent"),
            fig("9 arrondissements", 9, "arrondissements"),
            fig("13", 13, None),
            fig("25 %", 25, "%", "percent"),
            fig("31,9 millions d’euros", 31900000, "euros", "money", currency="EUR"),
            fig("environ 11 000 euros", 11000, "euros", "money", qualifier="environ", currency="EUR"),
        ],
        phones=[phone("+3281254463"), phone("+32495721840")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Aurélie Marchal", "porte-parole", None, ["+3281254463", "+32495721840"], [])],
        notes=WL_NOTE + " Title printed twice, an <img> line (boilerplate); the first two paragraphs are full of "
              "HTML entities (&ndash;, &egrave;, &#8217;, &laquo;&nbsp;, &agrave;, &eacute;, &ugrave;) and tags "
              "(<p><strong>, <br />, <strong> around the contact label). The contact e-mail is hidden by the "
              "site's e-mail protection. '«\u00a0Cigogne+\u00a0»' is the name of a call for projects (programme). "
              "'0 à 3 ans': age range. '38,2 places pour 100 enfants': two counts (uncertain). '1 450 nouvelles "
              "places' repeats (title, body): listed once. 'septembre 2026': month-year, a year figure. The GSM "
              "label is a Belgian mobile label (kind phone). '+32 (0)81': trunk 0 in brackets, dropped.",
    ),
))

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h77 French ministry press room, cp1250, glued headings
PAGES.append(Page(
    name="h77-ministere-eau-outre-mer",
    meta={"site": "presse.ecologie-territoires.example.gouv.fr", "style": "ministry-pressroom",
          "defects": ["menu", "breadcrumb", "mojibake-cp1250", "heading-glued", "share-lines"]},
    blocks=[
        B("""Aller au contenu
Ministère de l’Aménagement des territoires et de la Transition écologique
Liberté
Égalité
Fraternité
Espace presse
Communiqués | Dossiers de presse | Discours | Agenda des ministres | Photothèque
Accueil › Espace presse › Communiqués"""),
        P("Eau potable en outre-mer : 180 millions d’euros pour sécuriser l’approvisionnement de 320 000 habitants"),
        B("Communiqué de presse · Publié le 9 octobre 2025 · Temps de lecture : 3 min"),
        P("Paris, le 9 octobre 2025"),
        P("Le ministère de l’Aménagement des territoires et de la Transition écologique et le ministère des Outre-mer engagent un plan de 180 millions d’euros sur trois ans pour réduire les coupures d’eau en Guadeloupe, à Mayotte et en Guyane.", moji="cp1250"),
        P("Un constat alarmant"),
        P("En Guadeloupe, près de 60 % de l’eau produite est perdue dans des réseaux vétustes. À Mayotte, les « tours d’eau » ont privé certains quartiers de distribution deux jours sur trois pendant la saison sèche 2024. Quelque 320 000 habitants ont subi au moins une coupure de plus de 48 heures au cours des douze derniers mois.", glue=True, moji="cp1250"),
        P("Les mesures du plan"),
        L("""– 112 millions d’euros pour le renouvellement de 260 km de canalisations ;
– 41 millions d’euros pour deux unités de dessalement à Mayotte, d’une capacité de 10 000 m³ par jour ;
– 27 millions d’euros pour la Guyane, dont 8 pour l’accès à l’eau des villages isolés du Maroni.""", glue=True),
        P("L’Office français de la biodiversité (OFB) et les offices de l’eau assureront le suivi des chantiers. Un premier bilan sera présenté au Comité interministériel des outre-mer en juin 2026."),
        L("""Contacts presse
Cabinet du ministre : 01 40 81 72 36 – presse.cabinet@ecologie-territoires.example.gouv.fr
Service de presse des Outre-mer : 01 53 69 24 90"""),
        B("""Partager sur Facebook · Partager sur X · Partager sur LinkedIn · Copier le lien
Dans la même rubrique
Sécheresse : le point sur les restrictions d’eau au 1er octobre
Rénovation énergétique : bilan de MaPrimeRénov’ au premier semestre
Ministère de l’Aménagement des territoires et de la Transition écologique – 246, boulevard Saint-Germain – 75007 Paris
Mentions légales · Données personnelles · Accessibilité : partiellement conforme · Plan du site"""),
    ],
    gold=dict(
        title="Eau potable en outre-mer : 180 millions d’euros pour sécuriser l’approvisionnement de 320 000 habitants",
        dateline=dl("Paris", "2025-10-09"),
        organisations=[org("ministère de l’Aménagement des territoires et de la Transition écologique", None),
                       org("ministère des Outre-mer", None),
                       org("Office français de la biodiversité", "OFB"),
                       org("Comité interministériel des outre-mer", None)],
        places=[place("Paris"), place("Guadeloupe"), place("Mayotte"), place("Guyane"), place("Maroni")],
        figures=[
            fig("180 millions d’euros", 180000000, "euros", "money", currency="EUR"),
            fig("320 000 habitants", 320000, "habitants"),
            fig("le 9 octobre 2025", "2025-10-09", None, "date"),
            fig("trois ans", 3, "ans", "duration"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("deux jours", 2, "jours"),
            fig("trois", 3, None),
            fig("2024", 2024, None, "year"),
            fig("Quelque 320 000 habitants", 320000, "habitants", qualifier="Quelque"),
            fig("plus de 48 heures", 48, "heures", "duration", qualifier="plus de"),
            fig("douze derniers mois", 12, "mois", "duration"),
            fig("112 millions d’euros", 112000000, "euros", "money", currency="EUR"),
            fig("260 km", 260, "km", "other"),
            fig("41 millions d’euros", 41000000, "euros", "money", currency="EUR"),
            fig("deux unités", 2, "unités"),
            fig("10 000 m³", 10000, "m³", "other"),
            fig("27 millions d’euros", 27000000, "euros", "money", currency="EUR"),
            fig("8", 8000000, None, "money", currency="EUR"),
            fig("juin 2026", 2026, None, "year"),
        ],
        phones=[phone("+33140817236"), phone("+33153692490")],
        emails=["presse.cabinet@ecologie-territoires.example.gouv.fr"],
        contacts=[contact(None, None, "Cabinet du ministre", ["+33140817236"],
                          ["presse.cabinet@ecologie-territoires.example.gouv.fr"]),
                  contact(None, None, "Service de presse des Outre-mer", ["+33153692490"], [])],
        notes="French ministry press room: skip link, ministry name, the Republic's motto on three lines, section "
              "line, breadcrumb, a type/date/reading-time line, share line, related headlines and footer (75007 "
              "postcode): boilerplate. Two paragraphs are UTF-8 read as cp1250 ('ĂŠ' shapes); two headings are glued "
              "to the next text ('alarmantEn Guadeloupe', 'planŠ– 112' shape). Dateline on its own line. Guadeloupe, "
              "Mayotte, Guyane are French overseas territories: places without iso (they are not countries here; "
              "uncertain, they have their own ISO codes GP/YT/GF). 'deux jours sur trois': 'deux jours' (count, a "
              "frequency, not a duration) and 'trois' (uncertain). 'saison sèche 2024': a year dating a period. "
              "'douze derniers mois': text from the number word to the unit noun with the adjective between "
              "(README: text stops at the noun unless an adjective stands before it). 'dont 8 pour ...': an amount "
              "without currency word, EUR by context, scale of millions. Two office contacts (cabinet and the other "
              "ministry's press service), organisation as written in the contact lines. 'MaPrimeRénov’' is in a "
              "related headline.",
    ),
))

# --------------------------------------------------------------------------- h78 Tunisian news agency with the seed's menu style
PAGES.append(Page(
    name="h78-acp-tunis-huile-olive",
    meta={"site": "acp-tunisie.example.tn", "style": "seed-menu-agency",
          "defects": ["menu", "duplicate-lines", "heading-glued", "lost-apostrophe", "body-glued"]},
    blocks=[
        B("""-
Qui sommes-nous
Qui sommes-nousL'Agence Carthage Presse diffuse depuis 1998 l'actualité nationale et régionale de la Tunisie, en français et en arabe, auprès de plus de 300 abonnés.
Rubriques
Rubriques
- Nationale
- Économie
- Régions
- Maghreb et monde
-
Services
Services
Photothèque
Photothèque
- Abonnements
- Archives depuis 1998
-"""),
        P("Huile d’olive : les exportations atteignent 4,1 milliards de dinars sur onze mois"),
        P("Tunis, 14 déc. (ACP) – Les exportations tunisiennes d’huile d’olive ont atteint 4,1 milliards de dinars (environ 1,2 milliard d’euros) entre le 1er janvier et le 30 novembre 2025, en hausse de 27 % sur un an, a indiqué dimanche l’Observatoire national de l’agriculture (ONAGRI).", apos="drop"),
        P("En volume, 218 000 tonnes ont été expédiées, dont 41 % en vrac vers l’Espagne et l’Italie. La part de l’huile conditionnée progresse à 19 %, contre 14 % en 2024.", apos="drop"),
        P("Selon l’ONAGRI, la récolte 2025-2026 s’annonce abondante : 380 000 tonnes sont attendues, soit le double de la campagne précédente.", apos="drop", glue=True),
        P("Dans les gouvernorats de Sfax et de Sidi Bouzid, qui assurent près de la moitié de la production, les prix payés aux producteurs ont toutefois reculé de 13,5 dinars à 9 dinars le litre, selon l’Union tunisienne de l’agriculture et de la pêche (UTAP).", apos="drop"),
        P("« Nous demandons un prix plancher, sinon beaucoup d’oliviers ne seront pas récoltés », a déclaré à l’ACP Hédi Ben Salah, oléiculteur à Jebeniana.", apos="drop"),
        P("Contact rédaction : Leïla Trabelsi, cheffe du service économique, +216 71 845 302, l.trabelsi@acp-tunisie.example.tn"),
    ],
    gold=dict(
        title="Huile d’olive : les exportations atteignent 4,1 milliards de dinars sur onze mois",
        dateline=dl("Tunis", "--12-14"),
        organisations=[org(None, "ACP"), org("Observatoire national de l’agriculture", "ONAGRI"),
                       org("Union tunisienne de l’agriculture et de la pêche", "UTAP")],
        places=[place("Tunis"), place("Espagne", "ES"), place("Italie", "IT"), place("Sfax"), place("Sidi Bouzid"),
                place("Jebeniana")],
        figures=[
            fig("4,1 milliards de dinars", 4100000000, "dinars", "money", currency="TND"),
            fig("onze mois", 11, "mois", "duration"),
            fig("14 déc.", "--12-14", None, "date"),
            fig("environ 1,2 milliard d’euros", 1200000000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("le 1er janvier", "2025-01-01", None, "date"),
            fig("le 30 novembre 2025", "2025-11-30", None, "date"),
            fig("27 %", 27, "%", "percent"),
            fig("218 000 tonnes", 218000, "tonnes", "other"),
            fig("41 %", 41, "%", "percent"),
            fig("19 %", 19, "%", "percent"),
            fig("14 %", 14, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("380 000 tonnes", 380000, "tonnes", "other"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("9 dinars", 9, "dinars", "money", currency="TND"),
            fig("13,5 dinars", 13.5, "dinars", "money", currency="TND"),
        ],
        phones=[phone("+21671845302")],
        emails=["l.trabelsi@acp-tunisie.example.tn"],
        contacts=[contact("Leïla Trabelsi", "cheffe du service économique", None, ["+21671845302"],
                          ["l.trabelsi@acp-tunisie.example.tn"])],
        notes="Tunisian news agency page carrying the seed site's menu shape: a bare '-' line, doubled labels, "
              "'- label' items and a heading glued to its blurb ('Qui sommes-nousL'Agence ...'), all boilerplate "
              "(its numbers are not figures). Every ’ of the article body dropped ('dhuile', 'lONAGRI', 'àlACP' shapes); the title and the "
              "straight ' of the menu are intact. One paragraph glued to the next ('en 2024.Selon': two lines in the clean text). Dateline "
              "'Tunis, 14 déc. (ACP) –': abbreviated month without year, date '--12-14' (h56-h71 convention); ACP "
              "never spelt out in the article (the menu blurb is boilerplate): acronym only. 'entre le 1er janvier "
              "et le 30 novembre 2025': a range of dates, the first bound takes the year of the second ('le 1er "
              "janvier' = 2025-01-01) and keeps its 'le', as the second bound 'le 30 novembre 2025'"
              " (uncertain). 'la récolte 2025-2026': a season, two year figures. 'reculé de 13,5 dinars à "
              "9 dinars': two amounts each with its unit. 'le double': not a figure. The contact sits in one "
              "body line with person, role, phone and e-mail.",
    ),
))

# --------------------------------------------------------------------------- h79 Burkinabè NGO, old CMS wraps, ’ as ?
PAGES.append(Page(
    name="h79-burkina-ong-karite-koudougou",
    meta={"site": "tind-yalgre.example.bf", "style": "ngo-association-site",
          "defects": ["menu", "hard-wrap", "wrapped-number", "lost-apostrophe", "oe-question-mark"]},
    wrap=68, jitter=10,
    blocks=[
        B("""Association Tind Yalgré – Femmes et développement
ACCUEIL  |  QUI SOMMES-NOUS  |  NOS PROJETS  |  ACTUALITÉS  |  PARTENAIRES  |  FAIRE UN DON
Vous êtes ici : Accueil » Actualités"""),
        P("Koudougou : 2 400 femmes formées à la transformation du beurre de karité", nowrap=True),
        B("Posté par admin le 6 novembre 2025 dans Actualités, Projets | 0 commentaire"),
        P("Ouagadougou, le 6 novembre 2025 – L’association Tind Yalgré a clôturé mardi à Koudougou la deuxième phase de son projet « Karité d’or », qui a permis de former 2⏎400 femmes de 38 groupements à la production d’un beurre de karité de qualité exportable.", apos="?"),
        P("Financé à hauteur de 186 millions de francs CFA par l’Agence française de développement (AFD) et la Fondation Sahel Avenir, le projet a doté les groupements de 12 presses mécaniques et de 4 magasins de stockage. Le prix de vente moyen est passé de 650 à 1 100 francs CFA le kilo.", apos="?"),
        P("« Avant, nous vendions les amandes au bord de la route. Aujourd’hui nous vendons du beurre certifié, et nos filles vont à l’école », témoigne Mariam Ouédraogo, 46 ans, présidente du groupement Wend Panga de Réo.", apos="?"),
        P("Au total, les groupements ont commercialisé 312 tonnes de beurre en 2025, soit près de trois fois plus qu’en 2022. Le c?ur du projet reste l’alphabétisation : 1 150 participantes ont suivi les cours du soir pendant 9 mois.".replace("c?ur", "[[c?ur||cœur]]"), apos="?"),
        P("Une troisième phase, prévue de 2026 à 2028, doit étendre l’action aux provinces du Sanguié et du Ziro.", apos="?"),
        L("""Pour tout renseignement :
Mme Awa Kaboré, coordonnatrice des projets
Tél. : (+226) 25 44 12 87 / 70 21 56 93
Courriel : tindyalgre.projets@fasonet.example.bf"""),
        B("""Partagez : Facebook | WhatsApp | Twitter
« Article précédent : Journée internationale de la femme rurale à Réo
Association Tind Yalgré – 01 BP 4127 Ouagadougou 01 – Burkina Faso – Récépissé n° 2011-0347/MATD"""),
    ],
    gold=dict(
        title="Koudougou : 2 400 femmes formées à la transformation du beurre de karité",
        dateline=dl("Ouagadougou", "2025-11-06"),
        organisations=[org("Tind Yalgré", None), org("Agence française de développement", "AFD"),
                       org("Fondation Sahel Avenir", None)],
        places=[place("Koudougou"), place("Ouagadougou"), place("Réo"), place("Sanguié"), place("Ziro")],
        figures=[
            fig("2 400 femmes", 2400, "femmes"),
            fig("le 6 novembre 2025", "2025-11-06", None, "date"),
            fig("38 groupements", 38, "groupements"),
            fig("186 millions de francs CFA", 186000000, "francs CFA", "money", currency="XOF"),
            fig("12 presses", 12, "presses"),
            fig("4 magasins", 4, "magasins"),
            fig("650", 650, None, "money", currency="XOF"),
            fig("1 100 francs CFA", 1100, "francs CFA", "money", currency="XOF"),
            fig("46 ans", 46, "ans", "age"),
            fig("312 tonnes", 312, "tonnes", "other"),
            fig("en 2025", 2025, None, "year"),
            fig("près de trois fois", 3, "fois", "other", qualifier="près de"),
            fig("en 2022", 2022, None, "year"),
            fig("1 150 participantes", 1150, "participantes"),
            fig("9 mois", 9, "mois", "duration"),
            fig("2026", 2026, None, "year"),
            fig("2028", 2028, None, "year"),
        ],
        phones=[phone("+22625441287"), phone("+22670215693")],
        emails=["tindyalgre.projets@fasonet.example.bf"],
        contacts=[contact("Awa Kaboré", "coordonnatrice des projets", None, ["+22625441287", "+22670215693"],
                          ["tindyalgre.projets@fasonet.example.bf"])],
        notes="Burkinabè women's NGO on an old CMS: site name, capital one-line menu with double spaces, breadcrumb, "
              "'Posté par admin' byline line, share line, previous-article link, footer with BP box and a registration "
              "number (boilerplate). Old-CMS hard wraps through the body. Every ’ became '?' ('l?association', "
              "'Aujourd?hui'), and œ became '?' ('Le c?ur'). The association is listed as 'Tind Yalgré' (the name "
              "after 'L’association'; 'Association Tind Yalgré' is in the boilerplate only). 'Karité d’or' is a "
              "project name; 'Wend Panga' a women's group (not listed, uncertain). Burkina Faso: XOF. 'de 650 à 1 100 "
              "francs CFA le kilo': range of prices, first bound unit null. 'près de trois fois plus': a ratio, kind "
              "other, unit 'fois' (uncertain). 'deuxième phase', 'troisième phase': ordinal words. 'de 2026 à 2028': "
              "two years. '46 ans' after a name is an age. '(+226)' applies to both numbers of the '/' line.",
    ),
))

# --------------------------------------------------------------------------- h80 Algerian daily, double cp1252, paywall, comments
PAGES.append(Page(
    name="h80-alger-horizons-dessalement",
    meta={"site": "alger-horizons.example.dz", "style": "algerian-daily",
          "defects": ["menu", "ticker", "mojibake-double-cp1252", "paywall", "comments-widget", "breadcrumb"]},
    blocks=[
        B("""Alger Horizons – Quotidien national d’information
Dimanche 14 septembre 2025 | Alger 27°C
Actualité | Économie | Régions | Monde | Sports | Culture | Contributions | Archives PDF
DERNIÈRE MINUTE : Coupe d’Algérie : le tirage au sort du 1er tour fixé à jeudi • Bac 2025 : les recours examinés jusqu’au 20 septembre
Régions › Oran
ACTUALITÉ"""),
        P("Dessalement : trois nouvelles stations mises en service dans l’Ouest"),
        B("Par Karim Benali | 12 septembre 2025 à 08:30 | Lecture : 4 min"),
        P("Trois nouvelles stations de dessalement d’eau de mer, d’une capacité totale de 900 000 mètres cubes par jour, sont entrées en service cette semaine à Oran, Mostaganem et Aïn Témouchent, a annoncé jeudi le ministère de l’Hydraulique.", moji="cp1252x2"),
        P("Réalisées en 26 mois par l’Entreprise nationale des grands ouvrages hydrauliques (ENGOH), pour un coût global de 2,1 milliards de dollars, elles doivent alimenter près de 5 millions d’habitants de l’ouest du pays, où les barrages n’étaient remplis qu’à 18 % fin août."),
        P("Avec ces trois unités, l’Algérie compte désormais 22 stations en activité, qui couvrent 42 % de la consommation d’eau potable, contre 18 % en 2019. L’objectif affiché est d’atteindre 60 % d’ici 2030.", moji="cp1252x2"),
        P("À Oran, la Société des eaux de l’Oranie (SEO) promet une distribution quotidienne dans les 26 communes de la wilaya dès le 1er octobre. Pour signaler une fuite, les abonnés peuvent composer le 1594."),
        B("""La suite de cet article est réservée à nos abonnés.
Abonnez-vous dès 1 200 DA par mois – Déjà abonné ? Se connecter
Commentaires (3)
Ahmed_31 · 12/09/2025 à 10:14
Enfin ! Mais le prix du m³ va encore augmenter.
Samia O. · 12/09/2025 à 11:02
Et Tlemcen ? Toujours un jour sur deux chez nous.
Ajouter un commentaire
À lire aussi : Barrages : un taux de remplissage de 31 % à l’échelle nationale
© Alger Horizons 2025 – Tous droits réservés – Maison de la Presse, Alger"""),
    ],
    gold=dict(
        title="Dessalement : trois nouvelles stations mises en service dans l’Ouest",
        dateline=None,
        organisations=[org("ministère de l’Hydraulique", None),
                       org("Entreprise nationale des grands ouvrages hydrauliques", "ENGOH"),
                       org("Société des eaux de l’Oranie", "SEO")],
        places=[place("Oran"), place("Mostaganem"), place("Aïn Témouchent"), place("Algérie", "DZ")],
        figures=[
            fig("trois nouvelles stations", 3, "stations"),
            fig("Trois nouvelles stations", 3, "stations"),
            fig("900 000 mètres cubes", 900000, "mètres cubes", "other"),
            fig("26 mois", 26, "mois", "duration"),
            fig("2,1 milliards de dollars", 2100000000, "dollars", "money", currency="USD"),
            fig("près de 5 millions d’habitants", 5000000, "habitants", qualifier="près de"),
            fig("18 %", 18, "%", "percent"),
            fig("trois unités", 3, "unités"),
            fig("22 stations", 22, "stations"),
            fig("42 %", 42, "%", "percent"),
            fig("en 2019", 2019, None, "year"),
            fig("60 %", 60, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("26 communes", 26, "communes"),
            fig("le 1er octobre", "--10-01", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Algerian daily: masthead, date and weather line, one-line menu, 'DERNIÈRE MINUTE' ticker, breadcrumb, "
              "rubric kicker above the title, byline/date/reading-time line below it; after the visible part a paywall, "
              "a comment thread, an 'À lire aussi' headline and the copyright line (boilerplate). Two paragraphs are "
              "UTF-8 mojibake applied twice ('Ã©' read again as cp1252: 'ÃƒÂ©' shapes). The page is cut by the "
              "paywall: the clean text ends where the visible article ends. No dateline (the place is in the "
              "breadcrumb, the date in the byline: both boilerplate). '1594' is a short service number: neither phone "
              "nor figure. 'Trois nouvelles stations' (body, capital) and 'trois nouvelles stations' (title) differ "
              "in text: both listed. '18 %' appears twice: one figure. 'fin août': not a figure (no day, no year). "
              "'la wilaya' is generic. Money in dollars: USD.",
    ),
))

# --------------------------------------------------------------------------- h81 OCHA situation report, PDF dump with two columns interleaved
H81_LEFT = ["Les partenaires de santé ont notifié",
            "1 236 cas suspects de choléra, dont 19",
            "décès, dans les zones de santé de Ka-",
            "risimbi, Nyiragongo et Goma depuis le",
            "1er août. Trois centres de traitement du",
            "choléra ont été ouverts avec l’appui de",
            "Médecins Sans Frontières (MSF)."]
H81_RIGHT = ["Le Programme alimentaire mondial",
             "(PAM) a distribué des rations de 15",
             "jours à 186 000 déplacés des sites de",
             "Bulengo et de Lushagala. Faute de fi-",
             "nancement, les rations sont réduites",
             "de moitié depuis le mois d’août.",
             ""]
H81_RAW = "Santé\nSécurité alimentaire\n" + "\n".join(
    x for pair in zip(H81_LEFT, H81_RIGHT) for x in pair if x)
H81_CLEAN = ("Santé\n"
             "Les partenaires de santé ont notifié 1 236 cas suspects de choléra, dont 19 décès, dans les zones de santé de "
             "Karisimbi, Nyiragongo et Goma depuis le 1er août. Trois centres de traitement du choléra ont été ouverts avec "
             "l’appui de Médecins Sans Frontières (MSF).\n"
             "Sécurité alimentaire\n"
             "Le Programme alimentaire mondial (PAM) a distribué des rations de 15 jours à 186 000 déplacés des sites de "
             "Bulengo et de Lushagala. Faute de financement, les rations sont réduites de moitié depuis le mois d’août.")

PAGES.append(Page(
    name="h81-ocha-rdc-sitrep-nord-kivu",
    meta={"site": "rapports.ocha-rdc.example.int", "style": "ocha-sitrep-pdf",
          "defects": ["column-interleave", "pdf-hyphenation", "hard-wrap", "page-furniture", "obfuscated-email",
                      "unaccented-capitals"]},
    wrap=88, jitter=8,
    blocks=[
        B("""Nations Unies – Bureau de la coordination des affaires humanitaires
REPUBLIQUE DEMOCRATIQUE DU CONGO"""),
        P("Nord-Kivu : afflux de déplacés vers Goma", nowrap=True),
        P("Rapport de situation n° 14 – Période du 1er au 12 septembre 2025", nowrap=True),
        P("POINTS SAILLANTS", nowrap=True),
        L("""• Plus de 120 000 nouveaux déplacés enregistrés autour de Goma depuis le 1er août.
• 1 236 cas suspects de choléra notifiés en six semaines.
• Le Plan de réponse humanitaire 2025 n’est financé qu’à 31 %."""),
        P("[[APERCU||APERÇU]] DE LA SITUATION", nowrap=True),
        P("Les affrontements entre les Forces armées de la République démocratique du Congo (FARDC) et des groupes armés dans les territoires de Masisi et de Rutshuru ont provoqué de nouveaux déplacements massifs vers Goma. Selon le Bureau de la coordination des affaires humanitaires (OCHA), le Nord-Kivu compte désormais près de 2,8 millions de personnes déplacées internes, le chiffre le plus élevé de toute la RDC. Les sites d’accueil, con-⏎çus pour 40 000 personnes, en abritent aujourd’hui plus du triple.".replace("con-⏎çus", "[[con-⏎çus||conçus]]")),
        B("OCHA RDC | Rapport de situation n° 14 | 1"),
        X(H81_RAW, H81_CLEAN),
        P("FINANCEMENT", nowrap=True),
        P("Le Plan de réponse humanitaire 2025 requiert 2,54 milliards de dollars ; au 12 septembre, 787 millions de dollars avaient été reçus. Un montant de 9 millions de dollars a été alloué par le Fonds humanitaire de la RDC pour la ri-⏎poste au choléra à Goma.".replace("ri-⏎poste", "[[ri-⏎poste||riposte]]")),
        L("""Pour plus d’informations, veuillez contacter :
Aline Mbuyi Kabongo, Cheffe de sous-bureau, OCHA Goma, mbuyi.kabongo@un.org, +243 81 702 44 19
Patrick Ilunga, Chargé de l’information publique, ilunga [at] un.org, +243 99 812 33 60"""),
        B("""OCHA RDC | Rapport de situation n° 14 | 2
Coordination. Solidarité. Action. | https://rapports.ocha-rdc.example.int"""),
    ],
    gold=dict(
        title="Nord-Kivu : afflux de déplacés vers Goma",
        dateline=None,
        organisations=[org("Forces armées de la République démocratique du Congo", "FARDC"),
                       org("Bureau de la coordination des affaires humanitaires", "OCHA"),
                       org("Médecins Sans Frontières", "MSF"), org("Programme alimentaire mondial", "PAM"),
                       org("Fonds humanitaire de la RDC", None)],
        places=[place("Nord-Kivu"), place("Goma"), place("Masisi"), place("Rutshuru"), place("RDC", "CD"),
                place("Karisimbi"), place("Nyiragongo"), place("Bulengo"), place("Lushagala")],
        figures=[
            fig("1er", "2025-09-01", None, "date"),
            fig("12 septembre 2025", "2025-09-12", None, "date"),
            fig("Plus de 120 000 nouveaux déplacés", 120000, "déplacés", qualifier="Plus de"),
            fig("le 1er août", "--08-01", None, "date"),
            fig("1 236 cas", 1236, "cas"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("31 %", 31, "%", "percent"),
            fig("près de 2,8 millions de personnes", 2800000, "personnes", qualifier="près de"),
            fig("40 000 personnes", 40000, "personnes"),
            fig("19 décès", 19, "décès"),
            fig("Trois centres", 3, "centres"),
            fig("15 jours", 15, "jours", "duration"),
            fig("186 000 déplacés", 186000, "déplacés"),
            fig("de moitié", 0.5, None, "other"),
            fig("2,54 milliards de dollars", 2540000000, "dollars", "money", currency="USD"),
            fig("12 septembre", "--09-12", None, "date"),
            fig("787 millions de dollars", 787000000, "dollars", "money", currency="USD"),
            fig("9 millions de dollars", 9000000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+243817024419"), phone("+243998123360")],
        emails=["mbuyi.kabongo@un.org"],
        contacts=[contact("Aline Mbuyi Kabongo", "Cheffe de sous-bureau", "OCHA Goma", ["+243817024419"],
                          ["mbuyi.kabongo@un.org"]),
                  contact("Patrick Ilunga", "Chargé de l’information publique", None, ["+243998123360"], [])],
        notes="Text dump of a UN OCHA situation report (PDF) for North Kivu. The letterhead above the title (agency name, "
              "country in capitals without accents) is boilerplate (PDF without CMS title, h56-h71 convention); running "
              "footers with page numbers and the slogan/URL line too. Section headings in capitals without accents "
              "('APERCU DE LA SITUATION'): the clean text keeps the capitals and restores the accent ('APERÇU DE LA "
              "SITUATION', as h42 did for its capital headings). "
              "Two columns ('Santé' and 'Sécurité alimentaire') are interleaved line by line, with hyphenation inside "
              "both columns (Ka-/risimbi, fi-/nancement). 'Période du 1er au 12 septembre 2025': a date range, first "
              "bound '1er' (2025-09-01). '1 236 cas suspects' in the bullets and the column: text '1 236 cas', listed "
              "once. 'Plan de réponse humanitaire 2025': year in a plan's name, not a figure. 'plus du triple': not "
              "listed (a vague ratio, uncertain). 'réduites de moitié': listed as 'de moitié' = 0.5 (uncertain). "
              "'au 12 septembre' (no year, no 'le'): a date figure '--09-12'. The RDC appears inside FARDC's long "
              "form and alone as 'RDC' (listed, iso CD) and inside 'Fonds humanitaire de la RDC' (a pooled fund, "
              "listed as an organisation, uncertain). The second e-mail is obfuscated: kept in the clean text, not "
              "in emails. 'OCHA Goma' is an office label: kept as the contact's organisation as written.",
    ),
))

# --------------------------------------------------------------------------- h82 WFP/PAM country brief, PDF: hyphenation, ligatures, key-figures table
PAGES.append(Page(
    name="h82-pam-mali-note-pays",
    meta={"site": "docs.pam-sahel.example.org", "style": "wfp-country-brief-pdf",
          "defects": ["pdf-hyphenation", "stray-unicode-ligature", "hard-wrap", "wrapped-number", "page-furniture"]},
    wrap=84, jitter=7,
    blocks=[
        B("""World Food Programme | Programme alimentaire mondial
SAUVER DES VIES
CHANGER LES VIES"""),
        P("Mali : note pays du PAM – octobre 2025", nowrap=True),
        P("Faits saillants", nowrap=True),
        P("Le Programme alimentaire mondial (PAM) a assisté 1 184 000 personnes en septembre 2025 dans les régions de Tombouctou, Gao, Ménaka et Mopti, où les conflits et la hausse des prix limitent l’accès aux marchés. À Ménaka, l’af-⏎flux de déplacés a porté la population de la ville à près de 90 000 habitants.".replace("l’af-⏎flux", "[[l’af-⏎flux||l’afflux]]"), lig=True),
        P("Faute de financements suffisants, le PAM a dû réduire de 40 % les rations de 310 000 réfugiés et déplacés depuis le mois de juillet. Sans nouvelles contributions, les distributions s’inter-⏎rompront en décembre dans le camp de Mbera, en Mauritanie, où vivent quelque 5⏎300 réfugiés maliens soutenus par le bureau du Mali.".replace("s’inter-⏎rompront", "[[s’inter-⏎rompront||s’interrompront]]"), lig=True),
        B("""PAM Mali – Note pays, octobre 2025 1
Page 2"""),
        P("Chiffres clés", nowrap=True),
        L("""Personnes assistées en septembre : 1 184 000
Vivres distribués : 14 260 t
Transferts monétaires : 3,9 milliards FCFA
Cantines scolaires : 612 écoles
Besoins nets (novembre 2025 – avril 2026) : 52,4 millions USD"""),
        P("Partenariats", nowrap=True),
        P("Les opérations du PAM au Mali sont financées notamment par la Direction générale de la protection civile et des opérations d’aide humanitaire européennes (ECHO), l’Allemagne, les États-Unis et la Suisse. Le PAM travaille avec le Commissariat à la sécurité alimentaire (CSA) pour le ciblage des ménages les plus vul-⏎nérables.".replace("vul-⏎nérables", "[[vul-⏎nérables||vulnérables]]"), lig=True),
        L("""Directeur pays : Jean-Baptiste Morel
Contact : Awa Diallo, chargée de communication, awa.diallo@wfp.org
Tél. : +223 20 22 81 45 / 46"""),
        B("PAM Mali – Note pays, octobre 2025 2"),
    ],
    gold=dict(
        title="Mali : note pays du PAM – octobre 2025",
        dateline=None,
        organisations=[org("Programme alimentaire mondial", "PAM"),
                       org("Direction générale de la protection civile et des opérations d’aide humanitaire européennes", "ECHO"),
                       org("Commissariat à la sécurité alimentaire", "CSA")],
        places=[place("Mali", "ML"), place("Tombouctou"), place("Gao"), place("Ménaka"), place("Mopti"),
                place("Mbera"), place("Mauritanie", "MR"), place("Allemagne", "DE"), place("États-Unis", "US"),
                place("Suisse", "CH")],
        figures=[
            fig("octobre 2025", 2025, None, "year"),
            fig("1 184 000 personnes", 1184000, "personnes"),
            fig("septembre 2025", 2025, None, "year"),
            fig("près de 90 000 habitants", 90000, "habitants", qualifier="près de"),
            fig("40 %", 40, "%", "percent"),
            fig("310 000 réfugiés", 310000, "réfugiés"),
            fig("quelque 5 300 réfugiés", 5300, "réfugiés", qualifier="quelque"),
            fig("1 184 000", 1184000, None),
            fig("14 260 t", 14260, "t", "other"),
            fig("3,9 milliards FCFA", 3900000000, "FCFA", "money", currency="XOF"),
            fig("612 écoles", 612, "écoles"),
            fig("novembre 2025", 2025, None, "year"),
            fig("avril 2026", 2026, None, "year"),
            fig("52,4 millions USD", 52400000, "USD", "money", currency="USD"),
        ],
        phones=[phone("+22320228145"), phone("+22320228146")],
        emails=["awa.diallo@wfp.org"],
        contacts=[contact("Awa Diallo", "chargée de communication", None, ["+22320228145", "+22320228146"],
                          ["awa.diallo@wfp.org"])],
        notes="Text layer of a WFP (PAM) country brief for Mali. The bilingual agency letterhead and slogan above the "
              "title are boilerplate (PDF without CMS title); running footers with page numbers and a 'Page 2' mark "
              "too. PDF line breaks kept with hyphenation (l’af-/flux, s’inter-/rompront, vul-/nérables), "
              "fi/fl ligatures in three paragraphs, numbers split by the wrap ('quelque 5'⏎'300', '310'⏎'000'). The key-figures "
              "table's row labels hold the counted noun: '1 184 000' (unit null, a different text from '1 184 000 "
              "personnes'), '612 écoles' keeps its noun in the value cell. '14 260 t': tonnes as the symbol 't'. "
              "'3,9 milliards FCFA': XOF (Mali). 'octobre 2025' (title), 'septembre 2025', the period 'novembre 2025 – "
              "avril 2026': month-year, year figures keeping the month. 'depuis le mois de juillet', 'en décembre': a "
              "month alone is not a figure. 'Directeur pays : Jean-Baptiste Morel' is a signature-like line (name and "
              "title only): no contact. '45 / 46': two numbers. 'Mbera' is a camp. The Mali office is 'le bureau du "
              "Mali': generic.",
    ),
))

# --------------------------------------------------------------------------- h83 Québec municipality, case damage, U+2010 hyphens
PAGES.append(Page(
    name="h83-lac-aux-herons-chemin-du-lac",
    meta={"site": "lacauxherons.example.qc.ca", "style": "quebec-municipality",
          "defects": ["menu", "breadcrumb", "case-damage", "stray-unicode-hyphen", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Municipalité de Lac-aux-Hérons
Citoyens | Loisirs et culture | Environnement | Affaires municipales | Nous joindre
🔔 Avis important : collecte des encombrants le 22 juillet
Accueil / Affaires municipales / Communiqués"""),
        P("Réfection du chemin du Lac : des travaux de 4,2 M$ dès le 4 août"),
        P("[[LAC‐AUX‐HÉRONS||LAC-AUX-HÉRONS]], le 15 juillet 2025 – La Municipalité de [[Lac‐aux‐Hérons||Lac-aux-Hérons]] amorcera le 4 août la réfection complète de 3,1 km du chemin du Lac, entre la route 117 et le secteur du Domaine‐des‐Pins.".replace("Domaine‐des‐Pins", "[[Domaine‐des‐Pins||Domaine-des-Pins]]")),
        P("Le chantier, d’une durée de 17 semaines, comprend le remplacement de la conduite d’aqueduc, l’ajout d’un trottoir et d’une bande cyclable ainsi que la reconstruction de deux ponceaux. Il est réalisé en partenariat avec la [[rÉgie intermunicipale des eaux des hautes‐laurentides||Régie intermunicipale des eaux des Hautes-Laurentides]] (RIEHL), qui assume 1,3 M$ des coûts."),
        P("[[entraves À la circulation||Entraves à la circulation]]"),
        P("La circulation se fera en alternance sur une voie de 7 h à 18 h, du lundi au vendredi. Quelque 2 800 véhicules empruntent chaque jour ce tronçon. Un détour sera balisé pour les véhicules lourds par la montée [[Saint‐Onge||Saint-Onge]]."),
        P("Le projet est financé à 60 % par le Programme d’aide à la voirie locale du ministère des Transports et de la Mobilité durable (MTMD). La part municipale, soit environ 380 000 $, sera financée par règlement d’emprunt sur 20 ans."),
        P("Pour suivre l’avancement des travaux, les citoyens peuvent joindre la ligne Info-travaux au 1 866 412-7788."),
        L("""– 30 –
Source :
Geneviève Paradis
Conseillère en communication
819 326-4400, poste 2203
gparadis@lacauxherons.example.qc.ca
Information :
Service des travaux publics
819 326-4417"""),
        B("""Partager : Facebook | Courriel | Imprimer
Hôtel de ville – 1250, chemin du Lac, Lac-aux-Hérons (Québec) J0T 1K0 – 819 326-4400
Heures d’ouverture : lundi au jeudi, 8 h 30 à 16 h 30
© Municipalité de Lac-aux-Hérons – Tous droits réservés"""),
    ],
    gold=dict(
        title="Réfection du chemin du Lac : des travaux de 4,2 M$ dès le 4 août",
        dateline=dl("LAC-AUX-HÉRONS", "2025-07-15"),
        organisations=[org("Régie intermunicipale des eaux des Hautes-Laurentides", "RIEHL"),
                       org("ministère des Transports et de la Mobilité durable", "MTMD")],
        places=[place("Lac-aux-Hérons"), place("Domaine-des-Pins")],
        figures=[
            fig("4,2 M$", 4200000, "M$", "money", currency="CAD"),
            fig("le 4 août", "--08-04", None, "date"),
            fig("le 15 juillet 2025", "2025-07-15", None, "date"),
            fig("3,1 km", 3.1, "km", "other"),
            fig("17 semaines", 17, "semaines", "duration"),
            fig("deux ponceaux", 2, "ponceaux"),
            fig("1,3 M$", 1300000, "M$", "money", currency="CAD"),
            fig("Quelque 2 800 véhicules", 2800, "véhicules", qualifier="Quelque"),
            fig("60 %", 60, "%", "percent"),
            fig("environ 380 000 $", 380000, "$", "money", qualifier="environ", currency="CAD"),
            fig("20 ans", 20, "ans", "duration"),
        ],
        phones=[phone("+18664127788"), phone("+18193264400", extension="2203"), phone("+18193264417")],
        emails=["gparadis@lacauxherons.example.qc.ca"],
        contacts=[contact("Geneviève Paradis", "Conseillère en communication", None, ["+18193264400"],
                          ["gparadis@lacauxherons.example.qc.ca"]),
                  contact(None, None, "Service des travaux publics", ["+18193264417"], [])],
        notes="Québec municipality news page: site name, one-line menu, an alert banner, breadcrumb; share line, town-hall "
              "footer with a Canadian postcode (J0T 1K0) and the switchboard number, hours and copyright (boilerplate). "
              "Place names carry U+2010 hyphens (Lac‐aux‐Hérons, Domaine‐des‐Pins, Saint‐Onge), repaired to '-'. An "
              "all-capital heading and an organisation name were lower-cased ASCII-only ('entraves À la circulation', "
              "'rÉgie intermunicipale des eaux des hautes‐laurentides'): the clean text gives the usual forms. "
              "Québec release shape: dateline in capitals, '– 30 –' end mark (article text, not a figure), 'Source :' "
              "and 'Information :' blocks (article lines). 'La Municipalité de Lac-aux-Hérons' is the town (place), "
              "not an organisation (README: a town's 'Ville de X'). 'route 117' is a road name; 'de 7 h à 18 h' are "
              "clock times; 'Programme d’aide à la voirie locale' is a programme (the ministry after it is listed). "
              "The '1 866' Info-travaux line is a toll-free number offered to citizens: a phone, not a contact. "
              "'$' on a Québec page is CAD. 'Service des travaux publics' is the town's department, named only in "
              "the contact: not an organisation (h40-h55 convention). 'la montée Saint-Onge' (a road) is not listed "
              "as a place.",
    ),
))

# --------------------------------------------------------------------------- h84 Seychelles government, no defect and no boilerplate
PAGES.append(Page(
    name="h84-seychelles-economie-bleue",
    meta={"site": "mfa.gouv-seychelles.example.sc", "style": "island-government-clean", "defects": []},
    blocks=[
        P("Économie bleue : les Seychelles accueilleront une conférence régionale en mai 2026"),
        P("Victoria, le 3 novembre 2025 – Le ministère des Affaires étrangères et du Tourisme annonce que les Seychelles accueilleront, du 18 au 20 mai 2026, la deuxième Conférence régionale sur l’économie bleue de l’océan Indien, organisée avec la Commission de l’océan Indien (COI)."),
        P("Quelque 400 délégués de 14 pays sont attendus au centre international de conférences de Victoria. Les débats porteront sur la pêche durable, l’aquaculture et le financement de la protection des océans, les Seychelles ayant classé 30 % de leur zone économique exclusive, soit environ 410 000 kilomètres carrés, en aires marines protégées."),
        P("Le gouvernement consacrera 12 millions de roupies seychelloises à l’organisation de la conférence, dont une partie sera couverte par la Banque africaine de développement (BAD)."),
        P("« Pour un petit État insulaire comme le nôtre, l’océan n’est pas une frontière, c’est notre premier territoire », a déclaré le ministre lors de la conférence de presse tenue à la Maison Quéau de Quinssy."),
        L("""Le programme de la conférence comprend :
– une session ministérielle sur la gestion partagée des stocks de thon ;
– trois ateliers techniques sur l’aquaculture, le tourisme côtier et les obligations bleues ;
– une foire aux solutions réunissant une soixantaine d’entreprises et d’organisations de la région ;
– une visite de la réserve marine de l’île Curieuse."""),
        P("Les Seychelles, qui comptent 115 îles, tirent près de 20 % de leur produit intérieur brut de la pêche et du tourisme côtier. Les inscriptions des délégations sont ouvertes jusqu’au 31 janvier 2026."),
        L("""Contact presse :
Division de la communication
Ministère des Affaires étrangères et du Tourisme
Maison Quéau de Quinssy, Mont Fleuri, Victoria
Tél. : +248 4 28 35 00 – Fax : +248 4 22 48 45
communication@mfa.gouv-seychelles.example.sc"""),
    ],
    gold=dict(
        title="Économie bleue : les Seychelles accueilleront une conférence régionale en mai 2026",
        dateline=dl("Victoria", "2025-11-03"),
        organisations=[org("ministère des Affaires étrangères et du Tourisme", None),
                       org("Commission de l’océan Indien", "COI"),
                       org("Banque africaine de développement", "BAD")],
        places=[place("Seychelles", "SC"), place("Victoria"), place("océan Indien"), place("île Curieuse"),
                place("Mont Fleuri")],
        figures=[
            fig("mai 2026", 2026, None, "year"),
            fig("le 3 novembre 2025", "2025-11-03", None, "date"),
            fig("18", "2026-05-18", None, "date"),
            fig("20 mai 2026", "2026-05-20", None, "date"),
            fig("Quelque 400 délégués", 400, "délégués", qualifier="Quelque"),
            fig("14 pays", 14, "pays"),
            fig("30 %", 30, "%", "percent"),
            fig("environ 410 000 kilomètres carrés", 410000, "kilomètres carrés", "other", qualifier="environ"),
            fig("12 millions de roupies seychelloises", 12000000, "roupies seychelloises", "money", currency="SCR"),
            fig("trois ateliers", 3, "ateliers"),
            fig("une soixantaine d’entreprises", 60, "entreprises"),
            fig("115 îles", 115, "îles"),
            fig("près de 20 %", 20, "%", "percent", qualifier="près de"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
        ],
        phones=[phone("+2484283500"), phone("+2484224845", "fax")],
        emails=["communication@mfa.gouv-seychelles.example.sc"],
        contacts=[contact(None, None, "Division de la communication", ["+2484283500", "+2484224845"],
                          ["communication@mfa.gouv-seychelles.example.sc"])],
        notes="A government release with no defect and no boilerplate at all (the scraper kept only the article). "
              "'la deuxième Conférence régionale sur l’économie bleue de l’océan Indien' is an event (not an "
              "organisation); 'deuxième' is an ordinal word. 'océan Indien' is listed from the body although it also "
              "occurs inside COI's long form. 'du 18 au 20 mai 2026': date range. 'mai 2026' (title): month-year, a "
              "year figure. 'kilomètres carrés' is a measure name kept whole as unit. Seychelles rupees: SCR. The "
              "press office label names the ministry's division only (contact organisation as written; not listed "
              "as an organisation, the ministry is already listed; the office address 'Mont Fleuri, Victoria' gives a place). "
              "'Maison Quéau de Quinssy' is a building (not listed). 'le gouvernement' is generic. 'une soixantaine "
              "d’entreprises': an approximate number word, listed as 60 like 'un millier' (uncertain). 'jusqu’au 31 "
              "janvier 2026': a date without 'le'. 'gestion partagée des stocks de thon' etc.: list items, one line each.",
    ),
))

# --------------------------------------------------------------------------- h85 news-aggregator listing (Great Lakes), cp1250 on one story, ’ as space
PAGES.append(Page(
    name="h85-grandslacs-revue-listing",
    meta={"site": "grandslacs-revue.example.com", "style": "aggregator-reprint-listing", "listing": True,
          "defects": ["listing", "menu", "read-more", "mojibake-cp1250", "lost-apostrophe", "newsletter-chrome"]},
    blocks=[
        B("""GrandsLacs Revue – l’actualité de la région des Grands Lacs, sélectionnée pour vous
Rwanda | Burundi | RDC | Ouganda | Tanzanie | Régional | Qui sommes-nous ?
Recevez la revue chaque matin : votre e-mail [ OK ]
Revue de presse – mardi 4 novembre 2025"""),
        P("Rwanda : 1,2 million d’élèves nourris à l’école grâce au programme national"),
        P("04/11/2025 – 09:12"),
        P("Kigali, 3 nov. (ARI) – Plus de 1,2 million d’élèves du primaire et du secondaire bénéficient désormais d’un repas chaud à l’école, a indiqué lundi le ministère de l’Éducation. La contribution des parents est fixée à 975 francs rwandais par trimestre, les ménages les plus pauvres en étant exemptés."),
        B("""Source : Agence rwandaise d’information
Lire l’article complet sur ari.example.rw ›"""),
        P("Burundi : le prix du sucre plafonné à 6 500 francs burundais le kilo", moji="cp1250"),
        P("04/11/2025 – 08:40"),
        P("Bujumbura, 3 novembre (ABP) – Le ministère du Commerce a fixé lundi le prix maximal du kilo de sucre à 6 500 francs burundais, contre 8 000 sur certains marchés de Bujumbura la semaine dernière. Les commerçants contrevenants s’exposent à une amende de 500 000 francs burundais.", moji="cp1250"),
        B("""Source : ABP
Lire l’article complet sur abp-info.example.bi ›"""),
        P("RDC : la navigation reprend sur le lac Kivu entre Goma et Bukavu"),
        P("03/11/2025 – 18:05"),
        P("Les bateaux de passagers reliant Goma à Bukavu ont repris leurs rotations dimanche après 11 jours de suspension pour cause de mauvais temps. La traversée, d’environ 6 heures, coûte 35 dollars en classe économique, selon l’armateur.", apos="space"),
        B("""Source : Kivu Matin
Lire l’article complet sur kivumatin.example.cd ›"""),
        P("Ouganda : 2 300 réfugiés congolais accueillis en une semaine à Nyakabande"),
        P("03/11/2025 – 15:30"),
        P("Le centre de transit de Nyakabande, dans le district de Kisoro, a accueilli 2 300 réfugiés venus de la RDC entre le 27 octobre et le 2 novembre, a indiqué le Haut-Commissariat des Nations unies pour les réfugiés (HCR). Renseignements : HCR Kisoro, +256 772 418 905.", apos="space"),
        B("""Source : HCR Ouganda
Lire l’article complet sur hcr-ouganda.example.org ›
« Revue précédente | Revue suivante »
GrandsLacs Revue reprend des articles publiés par des médias partenaires, qui en restent propriétaires.
© 2025 GrandsLacs Revue – Mentions légales – Contact"""),
    ],
    gold=dict(
        title="Rwanda : 1,2 million d’élèves nourris à l’école grâce au programme national",
        dateline=None,
        organisations=[org(None, "ARI"), org("ministère de l’Éducation", None), org(None, "ABP"),
                       org("ministère du Commerce", None),
                       org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR")],
        places=[place("Rwanda", "RW"), place("Kigali"), place("Burundi", "BI"), place("Bujumbura"),
                place("RDC", "CD"), place("lac Kivu"), place("Goma"), place("Bukavu"), place("Ouganda", "UG"),
                place("Nyakabande"), place("Kisoro")],
        figures=[
            fig("1,2 million d’élèves", 1200000, "élèves"),
            fig("04/11/2025 – 09:12", "2025-11-04", None, "date"),
            fig("3 nov.", "--11-03", None, "date"),
            fig("Plus de 1,2 million d’élèves", 1200000, "élèves", qualifier="Plus de"),
            fig("975 francs rwandais", 975, "francs rwandais", "money", currency="RWF"),
            fig("6 500 francs burundais", 6500, "francs burundais", "money", currency="BIF"),
            fig("04/11/2025 – 08:40", "2025-11-04", None, "date"),
            fig("3 novembre", "--11-03", None, "date"),
            fig("8 000", 8000, None, "money", currency="BIF"),
            fig("500 000 francs burundais", 500000, "francs burundais", "money", currency="BIF"),
            fig("03/11/2025 – 18:05", "2025-11-03", None, "date"),
            fig("11 jours", 11, "jours", "duration"),
            fig("environ 6 heures", 6, "heures", "duration", qualifier="environ"),
            fig("35 dollars", 35, "dollars", "money", currency="USD"),
            fig("2 300 réfugiés", 2300, "réfugiés"),
            fig("03/11/2025 – 15:30", "2025-11-03", None, "date"),
            fig("le 27 octobre", "--10-27", None, "date"),
            fig("le 2 novembre", "--11-02", None, "date"),
        ],
        phones=[phone("+256772418905")],
        emails=[],
        contacts=[contact(None, None, "HCR Kisoro", ["+256772418905"], [])],
        notes="Listing page of a regional press-review aggregator: four unrelated reprinted stories, each with headline "
              "and 'dd/mm/yyyy – hh:mm' time stamp (article text on a listing page); the 'Source :' and 'Lire "
              "l’article complet sur ... ›' lines after each story, the site banner, menu, newsletter line, the page's "
              "'Revue de presse – mardi 4 novembre 2025' label, pager, disclaimer and footer are boilerplate. The title "
              "is the first story's headline (as h53). The Burundi story (headline and text) is UTF-8 read as cp1250; "
              "in the third story every ’ became a space ('l armateur', 'd environ'). Story datelines: 'Kigali, "
              "3 nov. (ARI) –' (abbreviated month, no year: '--11-03') and 'Bujumbura, 3 novembre (ABP) –' give their "
              "agencies (acronyms only: the long form of ARI is only in a 'Source :' line) and dates; the page's dateline "
              "is null. Rwandan francs RWF, Burundian francs BIF; 'contre 8 000': an amount without currency word, "
              "BIF by context. 'entre le 27 octobre et le 2 novembre': two dates, each with its 'le'. 'en une "
              "semaine': not a figure ('un'/'une' are not figures; h43 did the same with 'en un an'). 'lac Kivu' listed as written (a lake keeps its generic noun; listed as 'Kivu' until session 18). The "
              "HCR Kisoro phone in the body sentence is an office contact (person null). The Kivu Matin paper is "
              "named only in a Source line: not listed.",
    ),
))

# --------------------------------------------------------------------------- h86 ECOWAS/CEDEAO communiqué, case damage, dotless ı, U+2010, combining accents
PAGES.append(Page(
    name="h86-cedeao-observateurs-guinee-bissau",
    meta={"site": "presse.cedeao-commission.example.int", "style": "regional-body-communique",
          "defects": ["menu", "case-damage", "dotless-i", "stray-unicode-hyphen", "double-combining-accent"]},
    blocks=[
        B("""ECOWAS | CEDEAO | CEDEAO
English | Français | Português
Accueil | À propos | Institutions | Départements | Centre des médias | Communiqués de presse
27 octobre 2025"""),
        P("La CEDEAO déploie 1 650 observateurs pour l’élection présidentielle en Guinée-Bissau"),
        P("Communiqué de presse N° 245/2025"),
        P("Abuja, le 27 octobre 2025 – La Communauté économique des États de l’Afrique de l’Ouest (CEDEAO) déploiera 1 650 observateurs à court terme et 40 observateurs à long terme pour l’élection présidentielle du 23 novembre 2025 en [[Guinée‐Bissau||Guinée-Bissau]]."),
        P("La mission d’observation, conduite par l’ancien président du [[Cap‐Vert||Cap-Vert]], M. Alberto da Graça Monteiro, comprendra des experts électoraux, des parlementaires et des représentants de la société civile des 12 États membres. Son budget s’élève à 3,4 millions de dollars, financé pour un quart par l’Union africaine (UA) et l’Union européenne."),
        P("Les observateurs seront déployés dans les 8 régions du pays et dans le secteur autonome de Bissau à partir du 18 novembre. Une déclaration préliminaire sera rendue publique 48 heures après la clôture du scrutin."),
        P("[[dÉclaration du chef de mission||Déclaration du chef de mission]]"),
        P("« Notre présence vise à garantir l’[[ıntégrité||intégrité]] du processus et la [[sécurite\u0301\u0301||sécurité]] des électeurs. La CEDEAO se tient aux côtés du peuple [[bissau‐guinéen||bissau-guinéen]] », a déclaré M. da Graça Monteiro."),
        L("""Pour toute information, contacter :
Direction de la communication, Commission de la CEDEAO
Tél. : +234 9 314 76 47 / +234 803 512 2648
info.presse@cedeao-commission.example.int"""),
        B("""Partager cet article
Communiqués récents
La CEDEAO salue la libération des otages au Nigeria – 22 octobre 2025
Sommet extraordinaire sur la sécurité maritime : déclaration finale – 16 octobre 2025
Commission de la CEDEAO – 101, Yakubu Gowon Crescent, Asokoro, Abuja – © 2025"""),
    ],
    gold=dict(
        title="La CEDEAO déploie 1 650 observateurs pour l’élection présidentielle en Guinée-Bissau",
        dateline=dl("Abuja", "2025-10-27"),
        organisations=[org("Communauté économique des États de l’Afrique de l’Ouest", "CEDEAO"),
                       org("Union africaine", "UA"), org("Union européenne", None)],
        places=[place("Guinée-Bissau", "GW"), place("Abuja"), place("Cap-Vert", "CV"), place("Bissau")],
        figures=[
            fig("1 650 observateurs", 1650, "observateurs"),
            fig("le 27 octobre 2025", "2025-10-27", None, "date"),
            fig("40 observateurs", 40, "observateurs"),
            fig("23 novembre 2025", "2025-11-23", None, "date"),
            fig("12 États", 12, "États"),
            fig("3,4 millions de dollars", 3400000, "dollars", "money", currency="USD"),
            fig("un quart", 0.25, None, "other"),
            fig("8 régions", 8, "régions"),
            fig("18 novembre", "--11-18", None, "date"),
            fig("48 heures", 48, "heures", "duration"),
        ],
        phones=[phone("+23493147647", valid=False), phone("+2348035122648")],
        emails=["info.presse@cedeao-commission.example.int"],
        contacts=[contact(None, None, "Direction de la communication, Commission de la CEDEAO",
                          ["+23493147647", "+2348035122648"], ["info.presse@cedeao-commission.example.int"])],
        notes="Communiqué of a West African regional body on its press site: brand line, language line, one-line menu "
              "and a date line above the title (page metadata), share line, recent communiqués with dates and footer "
              "address (boilerplate). The release number under the CMS title is article text and not a figure. Text "
              "damage: U+2010 hyphens in place names and a demonym (Guinée‐Bissau, Cap‐Vert, bissau‐guinéen), a "
              "subheading lower-cased ASCII-only ('dÉclaration du chef de mission'), a Turkish dotless ı "
              "('ıntégrité'), a doubled combining acute ('sécurite' + U+0301 U+0301): all repaired. 'l’élection "
              "présidentielle du 23 novembre 2025': a date figure without 'le' (the 'du' stays out). 'à partir du 18 "
              "novembre': '18 novembre' (no year given, but the election year is clear: '--11-18' as written, "
              "uncertain). 'pour un quart' = 0.25. 'des 12 États membres': unit 'États'. The office label "
              "'Direction de la communication, Commission de la CEDEAO' names a department of the body already listed "
              "(not listed apart; the Commission is the CEDEAO's executive, treated as the same body, uncertain). "
              "Nigerian numbers: an old-style Abuja landline '+234 9 314 76 47' (8 digits: not valid for phonenumbers, listed with valid false) and a mobile. 'secteur autonome de Bissau': Bissau listed.",
    ),
))

# --------------------------------------------------------------------------- h87 WHO/OMS regional office, œ as U+FFFD, entities, glued body, caption twice, obfuscated e-mail
PAGES.append(Page(
    name="h87-oms-afro-mpox-vaccins",
    meta={"site": "afro.oms-regional.example.int", "style": "who-regional-office",
          "defects": ["cookie-banner", "menu", "breadcrumb", "duplicate-caption", "html-debris", "body-glued",
                      "oe-replacement-char", "obfuscated-email", "share-lines"]},
    blocks=[
        B("""Nous utilisons des cookies pour améliorer votre expérience sur notre site. Accepter tout | Paramètres des cookies
Organisation mondiale de la Santé | Bureau régional de l’Afrique
Accueil   Thèmes de santé   Pays   Centre des médias   Urgences   À propos
Accueil / Centre des médias / Communiqués de presse
21 octobre 2025 | Communiqué de presse | Brazzaville"""),
        P("Mpox : 2,3 millions de doses de vaccin livrées à 12 pays africains depuis janvier"),
        P("Une agente de santé prépare une dose de vaccin contre le mpox dans un centre de santé de Kinshasa. Photo : OMS/F. Ngoma"),
        B("Une agente de santé prépare une dose de vaccin contre le mpox dans un centre de santé de Kinshasa. Photo : OMS/F. Ngoma"),
        P("Brazzaville, 21 octobre 2025 – L[[&rsquo;||’]]Organisation mondiale de la Santé (OMS) et les Centres africains de contrôle et de prévention des maladies (Africa CDC) ont annoncé aujourd[[&rsquo;||’]]hui que 2,3 millions de doses de vaccin contre le mpox ont été livrées à 12 pays africains depuis janvier, dont 1,1 million à la République démocratique du Congo."),
        P("Plus de 640 000 personnes ont déjà été vaccinées, en priorité les contacts des cas confirmés, les agents de santé et les enfants des zones les plus touchées. Le nombre de nouveaux cas confirmés a baissé de 37 % entre juillet et septembre."),
        P("Au total, 41 200 cas confirmés et 198 décès ont été notifiés en 2025 sur le continent. La mise en œuvre de la vaccination s[[&rsquo;||’]]appuie sur des relais communautaires, au cœur des quartiers où la méfiance reste forte.", oe="fffd", glue=True),
        P("« Nous voyons les fruits d[[&rsquo;||’]]une riposte coordonnée, mais le virus circule encore dans 17 pays », a déclaré le Dr Kwame Asante-Mensah, directeur régional des urgences. L[[&rsquo;||’]]OMS appelle les partenaires à combler un déficit de 87 millions de dollars pour le plan continental de riposte.[[<br />||]]"),
        L("""Contacts médias :
Fatou Ndiaye-Koné, chargée de communication, Bureau régional de l’OMS pour l’Afrique
Tél. : +242 06 508 81 14
Courriel : ndiayekonef [at] who.int
Christian Lindahl, OMS Genève, +41 22 791 27 43, [[<a href="mailto:lindahlc@who.int">lindahlc@who.int</a>||lindahlc@who.int]]"""),
        B("""Partager : Facebook | X | LinkedIn | WhatsApp | E-mail
Thèmes associés : Mpox · Vaccination · Urgences sanitaires
© Organisation mondiale de la Santé 2025 | Confidentialité | Conditions d’utilisation"""),
    ],
    gold=dict(
        title="Mpox : 2,3 millions de doses de vaccin livrées à 12 pays africains depuis janvier",
        dateline=dl("Brazzaville", "2025-10-21"),
        organisations=[org("Organisation mondiale de la Santé", "OMS"),
                       org("Centres africains de contrôle et de prévention des maladies", "Africa CDC")],
        places=[place("Kinshasa"), place("Brazzaville"), place("République démocratique du Congo", "CD"),
                place("Genève")],
        figures=[
            fig("2,3 millions de doses", 2300000, "doses"),
            fig("12 pays", 12, "pays"),
            fig("21 octobre 2025", "2025-10-21", None, "date"),
            fig("1,1 million", 1100000, None),
            fig("Plus de 640 000 personnes", 640000, "personnes", qualifier="Plus de"),
            fig("37 %", 37, "%", "percent"),
            fig("41 200 cas", 41200, "cas"),
            fig("198 décès", 198, "décès"),
            fig("en 2025", 2025, None, "year"),
            fig("17 pays", 17, "pays"),
            fig("87 millions de dollars", 87000000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+242065088114"), phone("+41227912743")],
        emails=["lindahlc@who.int"],
        contacts=[contact("Fatou Ndiaye-Koné", "chargée de communication", "Bureau régional de l’OMS pour l’Afrique",
                          ["+242065088114"], []),
                  contact("Christian Lindahl", None, "OMS Genève", ["+41227912743"], ["lindahlc@who.int"])],
        notes="WHO regional office for Africa press release: cookie banner, organisation line, menu with triple "
              "spaces, breadcrumb, a date/type/place line above the title; share line, topics line and copyright "
              "at the bottom (boilerplate). Photo caption printed twice (first copy article; the photo credit 'OMS/F. "
              "Ngoma' stays in it). '&rsquo;' entities, a '<br />', mailto debris; œ shown as U+FFFD ('mise en "
              "�uvre', 'au c�ur'); one paragraph glued to the previous one ('septembre.Au total'). The second media "
              "address is obfuscated ('ndiayekonef [at] who.int'): kept in clean text, not listed, and that contact "
              "has no e-mail. 'Bureau régional de l’OMS pour l’Afrique' in the contact is an office of the OMS "
              "(already listed): not listed apart; 'OMS Genève' is an office label (Genève listed as a place). "
              "'dont 1,1 million à la ...': a count without noun (doses). 'entre juillet et septembre', 'depuis "
              "janvier': months alone, not figures. 'le plan continental de riposte' is a plan. The caption's "
              "Kinshasa is a place.",
    ),
))
