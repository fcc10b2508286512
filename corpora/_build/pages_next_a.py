"""h72-h87: the next blind set (session 5).

Written without reading the rules (src/, tests/, benchmarks/) and never run through pressclean.
h72-h76 come from one Belgian regional-government press room (made-up host) sharing its header,
breadcrumb, share line, `Communiqués du même ministre` block and footer with small variations;
h77-h87 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "next"

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
        P("En volume, 218 000 tonnes ont été expédiées, dont 41 % en vrac vers l’Espagne et l’Italie. La part de l’huile conditionnée progresse à 19 %, contre 14 % en 2024.Selon l’ONAGRI, la récolte 2025-2026 s’annonce abondante : 380 000 tonnes sont attendues, soit le double de la campagne précédente.", apos="drop"),
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
              "straight ' of the menu are intact. One sentence glued to the next ('en 2024.Selon'). Dateline "
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
