"""h232-h247: written blind in session 14, scored blind with session 15's starting and ending code, moved into dev in session 16.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_t.py, pages_dev_u.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README, the Makefile,
the other page sources or any page of dev/ and heldout/). h232-h236 come from one made-up press room, the railway
company of the Transgabonais line (Owendo, Gabon), sharing its header, language line, menu, breadcrumb, share line,
a `État du trafic` widget, a related block, an app line and footer with small variations from page to page;
h237-h247 come from eleven other sites, one page each: a francophone school board of Prince Edward Island (h237,
clean), a fisheries authority of Saint Lucia (h238, English), the French embassy's press review in Guinea-Bissau
(h239, listing), a web-archive capture of a Moutier town-hall release (h240), a bishops' conference PDF message in
Rwanda (h241), a telecom regulator in Kinshasa with script and JSON-LD debris (h242), a marathon organiser's results
release in Marrakech (h243), a water-and-power utility's outage notice in Moroni (h244), the Alliance française of
Lusaka on a free site-builder page (h245), the French Southern and Antarctic Lands read in a browser's reader view
(h246) and a Cameroonian customs directorate's two-column PDF report (h247).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "'": "&#039;", "œ": "&oelig;", "û": "&ucirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def rep(clean: str, chars: str, by: str) -> str:
    """Markup for text whose raw side shows `by` in place of each of `chars`."""
    return "".join(f"[[{by}||{c}]]" if c in chars else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail` (keep=True: a real hyphen)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


# =========================================================================== CFTG, railway company of the Transgabonais (Owendo, Gabon)
GA_SITE = "www.cftg-rail.example.ga"


def ga_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["FR | EN",
              "CFTG – Compagnie ferroviaire du Transgabonais",
              "Voyager",
              "Voyager",
              "Fret et logistique",
              "Horaires et tarifs",
              "Espace presse",
              "Espace presse",
              "Recrutement",
              "Contact",
              "Rechercher une gare…",
              f"Accueil » Espace presse » {rubric}",
              stamp]
    return "\n".join(lines)


def ga_bottom(stamp, trains, related, attach=None, app=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook | WhatsApp | LinkedIn | Copier le lien",
              f"État du trafic – {stamp}"]
    lines += trains
    lines.append("Dans l’Espace presse")
    lines += [f"» {h} ({d})" for h, d in related]
    if app:
        lines.append("Téléchargez l’application CFTG Voyage sur Google Play et l’App Store")
    lines += ["CFTG – Siège social : gare d’Owendo – BP 2198 Libreville – Standard : +241 011 70 24 56 – "
              "Centre d’appels : 1414",
              "© 2025 CFTG – Mentions légales – Conditions générales de transport – Plan du site"]
    return "\n".join(lines)


def ga_meta(defects, **extra):
    d = {"site": GA_SITE, "style": "railway-company-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"] + defects}
    d.update(extra)
    return d


GA_NOTE = ("Site furniture shared by h232-h236 (skip/accessibility line, an optional banner (track works on h233, "
           "holiday bookings on h234), FR/EN language line, site name with acronym and long form, vertical menu with "
           "doubled 'Voyager' and 'Espace presse', search label, breadcrumb 'Accueil » Espace presse » rubric' "
           "(Communiqués, Avis aux voyageurs, Invitations presse, Entretiens), a 'type | Publié le dd/mm/yyyy à hh:mm' "
           "line or 'Mis à jour le dd/mm/yyyy à hh:mm' (h235); at the bottom an optional attachment line (h232 PDF "
           "key figures, h235 PDF interview), share line, an 'État du trafic – day, hour' widget with three train "
           "lines whose status changes on every page, 'Dans l’Espace presse' with '» headline (dd.mm.yyyy)' lines "
           "that change, an app line (absent on h236), footer with BP box, switchboard and the short call-centre "
           "number 1414, copyright/legal line): all boilerplate; its numbers are neither figures nor phones. "
           "Gabonese numbers are written with their leading 0 ('011 70 24 58', '077 41 28 93'): phonenumbers drops it "
           "(+241 11 70 24 58); francs CFA in Gabon are XAF. 'Transgabonais' (the railway line, also inside the "
           "company's name) is neither a place nor an organisation; train numbers ('train 201', 'omnibus 411 et "
           "412') are names, not figures.")

# --------------------------------------------------------------------------- h232 traffic review: cp1250 paragraphs, glued headings
PAGES.append(Page(
    name="h232-cftg-transgabonais-bilan-trafic-2025",
    meta=ga_meta(["mojibake-cp1250", "heading-glued"]),
    blocks=[
        B(ga_top("Communiqués", "Communiqué | Publié le 01/12/2025 à 10:30")),
        P("Transgabonais : 412 000 voyageurs en onze mois, la fréquentation repart à la hausse"),
        P("Owendo, le 1er décembre 2025 – La Compagnie ferroviaire du Transgabonais (CFTG) a transporté 412 000 "
          "voyageurs au cours des onze premiers mois de 2025, soit 9,4 % de plus que sur la même période de 2024, a "
          "annoncé lundi son directeur général, Serge Mba Obiang.", moji="cp1250"),
        P("Le fret minier tiré par le manganèse"),
        P("Le trafic de marchandises a atteint 7,8 millions de tonnes, dont près de 6,9 millions de tonnes de minerai "
          "de manganèse chargées à Moanda, un record depuis la mise en service de la ligne en 1986. Le bois débité et "
          "les grumes représentent 540 000 tonnes, en recul de 12 %.", glue=True),
        P("Des retards encore trop fréquents"),
        P("Seuls 61 % des trains de voyageurs sont arrivés à l’heure, contre 48 % en 2024. Les ralentissements imposés "
          "sur 37 kilomètres de voie entre Ndjolé et Booué, où les rails datent de la construction, expliquent "
          "l’essentiel des retards.", glue=True, moji="cp1250"),
        P("Le programme de renouvellement de la voie, d’un coût de 248 milliards de francs CFA sur huit ans, prévoit "
          "le remplacement de 340 kilomètres de rails d’ici 2030. Il est financé à 70 % par la Banque de "
          "développement des États de l’Afrique centrale (BDEAC) et par l’État gabonais."),
        P("« Nous avons regagné la confiance des voyageurs, mais près de 40 % des trains arrivent encore en retard. "
          "Ce n’est pas acceptable », a reconnu le directeur général."),
        L("""Contact presse :
Nadia Ondo Mintsa, responsable des relations presse, Direction de la communication
Tél. : 011 70 24 58 – Mobile : 077 41 28 93
presse@cftg-rail.example.ga"""),
        B(ga_bottom("lundi 1er décembre, 10 h",
                    ["Train 201 Express Owendo → Franceville : à l’heure",
                     "Train 202 Express Franceville → Owendo : retard estimé 45 min",
                     "Train 411 Omnibus Owendo → Ndjolé : à l’heure"],
                    [("Invitation presse : arrivée des nouvelles voitures à Owendo", "28.11.2025"),
                     ("Passages à niveau : campagne de sécurité à Ntoum", "20.11.2025")],
                    attach="Chiffres clés du trafic 2025 (PDF – 860 Ko)")),
    ],
    gold=dict(
        title="Transgabonais : 412 000 voyageurs en onze mois, la fréquentation repart à la hausse",
        dateline=dl("Owendo", "2025-12-01"),
        organisations=[org("Compagnie ferroviaire du Transgabonais", "CFTG"),
                       org("Banque de développement des États de l’Afrique centrale", "BDEAC")],
        places=[place("Owendo"), place("Moanda"), place("Ndjolé"), place("Booué")],
        figures=[
            fig("412 000 voyageurs", 412000, "voyageurs"),
            fig("onze mois", 11, "mois", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("onze premiers mois", 11, "mois", "duration"),
            fig("2025", 2025, None, "year"),
            fig("9,4 %", 9.4, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("7,8 millions de tonnes", 7800000, "tonnes", "other"),
            fig("près de 6,9 millions de tonnes", 6900000, "tonnes", "other", qualifier="près de"),
            fig("en 1986", 1986, None, "year"),
            fig("540 000 tonnes", 540000, "tonnes", "other"),
            fig("12 %", 12, "%", "percent"),
            fig("61 %", 61, "%", "percent"),
            fig("48 %", 48, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("37 kilomètres", 37, "kilomètres", "other"),
            fig("248 milliards de francs CFA", 248000000000, "francs CFA", "money", currency="XAF"),
            fig("huit ans", 8, "ans", "duration"),
            fig("340 kilomètres", 340, "kilomètres", "other"),
            fig("2030", 2030, None, "year"),
            fig("70 %", 70, "%", "percent"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
        ],
        phones=[phone("+24111702458"), phone("+24177412893")],
        emails=["presse@cftg-rail.example.ga"],
        contacts=[contact("Nadia Ondo Mintsa", "responsable des relations presse", "Direction de la communication",
                          ["+24111702458", "+24177412893"], ["presse@cftg-rail.example.ga"])],
        notes=GA_NOTE + " An attachment line (PDF key figures). The dateline paragraph and the paragraph after the "
              "second heading are UTF-8 read as cp1250 ('dĂ©cembre', 'â€“'); both headings are glued to the "
              "paragraph after them ('manganèseLe trafic', 'fréquentsSeuls 61 %'). 'onze mois' (title) and 'onze "
              "premiers mois' (body) are two durations; 'de 2025' gives the year '2025' (the period's year, the 'de' "
              "left out as 'd’ici'), 'la même période de 2024' the year '2024' and 'contre 48 % en 2024' another text "
              "'en 2024'. 'l’État gabonais' is generic; the company's name as written in the dateline paragraph. The "
              "contact line names the person, her role and the directorate (organisation as written in the block).",
    ),
))

# --------------------------------------------------------------------------- h233 notice to passengers: en dashes as '?', unaccented capital heading, list typed without accents, banner
PAGES.append(Page(
    name="h233-cftg-avis-voyageurs-travaux-ndjole-booue",
    meta=ga_meta(["lost-dash", "lost-apostrophe", "unaccented-capitals", "stripped-accents", "trunk-zero-kept"]),
    blocks=[
        B(ga_top("Avis aux voyageurs", "Avis aux voyageurs | Publié le 03/12/2025 à 08:15",
                 banner="Travaux Ndjolé–Booué : circulation des trains interrompue du 8 au 12 décembre – consultez "
                        "l’avis")),
        P("Avis aux voyageurs : circulation interrompue entre Ndjolé et Booué du 8 au 12 décembre"),
        P("Owendo, le 3 décembre 2025 – Afin de remplacer 14 kilomètres de rails et 23 000 traverses, la CFTG "
          "interrompra toute circulation ferroviaire entre Ndjolé et Booué du lundi 8 décembre à 6 h au vendredi 12 "
          "décembre 2025 à 18 h.", nodash="?", apos="?"),
        P("[[TRAJETS DE SUBSTITUTION ENTRE NDJOLE ET BOOUE||TRAJETS DE SUBSTITUTION ENTRE NDJOLÉ ET BOOUÉ]]"),
        L("""• Train 201 Express Owendo–Franceville : départ maintenu à 19 h 10 ; transbordement en car de Ndjolé à Booué (environ quatre heures de route).
• Train 202 Express Franceville–Owendo : départ avancé à 17 h 40 ; transbordement à Booué.
• Trains omnibus 411 et 412 : supprimés entre Ndjolé et Booué ; terminus à Ndjolé.
• Fret : les trains minéraliers venant de Moanda seront retenus en gare de Booué, soit environ 160 000 tonnes de manganèse reportées.""",
          strip=True, nodash="?"),
        P("Les cars de substitution – 12 autocars de 70 places affrétés auprès de la Compagnie des autocars de "
          "l’Ogooué (CAO) – partiront de la gare de Ndjolé 30 minutes après l’arrivée des trains.", nodash="?",
          apos="?"),
        P("Les billets achetés pour ces trajets restent valables. Les voyageurs qui renoncent à leur voyage seront "
          "remboursés à 100 % jusqu’au 15 janvier 2026 ou pourront reporter leur départ sans frais."),
        L("Service clientèle : 1414 (appel gratuit depuis un fixe) – +241 011 70 24 60 – "
          "clientele@cftg-rail.example.ga", nodash="?"),
        B(ga_bottom("mercredi 3 décembre, 8 h",
                    ["Train 201 Express Owendo → Franceville : à l’heure",
                     "Train 202 Express Franceville → Owendo : à l’heure",
                     "Train 412 Omnibus Ndjolé → Owendo : retard estimé 20 min"],
                    [("Transgabonais : 412 000 voyageurs en onze mois", "01.12.2025"),
                     ("Invitation presse : arrivée des nouvelles voitures à Owendo", "28.11.2025")])),
    ],
    gold=dict(
        title="Avis aux voyageurs : circulation interrompue entre Ndjolé et Booué du 8 au 12 décembre",
        dateline=dl("Owendo", "2025-12-03"),
        organisations=[org(None, "CFTG"), org("Compagnie des autocars de l’Ogooué", "CAO")],
        places=[place("Ndjolé"), place("Booué"), place("Owendo"), place("Franceville"), place("Moanda")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("12 décembre", "--12-12", None, "date"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("14 kilomètres", 14, "kilomètres", "other"),
            fig("23 000 traverses", 23000, "traverses"),
            fig("lundi 8 décembre à 6 h", "2025-12-08", None, "date"),
            fig("vendredi 12 décembre 2025 à 18 h", "2025-12-12", None, "date"),
            fig("environ quatre heures", 4, "heures", "duration", qualifier="environ"),
            fig("environ 160 000 tonnes", 160000, "tonnes", "other", qualifier="environ"),
            fig("12 autocars", 12, "autocars"),
            fig("70 places", 70, "places"),
            fig("30 minutes", 30, "minutes", "duration"),
            fig("100 %", 100, "%", "percent"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
        ],
        phones=[phone("+24111702460")],
        emails=["clientele@cftg-rail.example.ga"],
        contacts=[contact(None, None, "Service clientèle", ["+24111702460"], ["clientele@cftg-rail.example.ga"])],
        notes=GA_NOTE + " This page carries a track-works banner. Every en dash and ’ of the article's first paragraphs, list and "
              "contact line became '?' (the dateline '2025 ? Afin', the inserted clause '? 12 autocars ... (CAO) ?', "
              "'l?Ogooué', 'l?arrivée', the routes 'Owendo?Franceville', 'Franceville?Owendo', the contact line), é/è "
              "surviving; they come back as '–' and '’'. The capital "
              "heading lacks its accents ('NDJOLE', 'BOOUE': restored); the four list items were typed without any "
              "accent ('depart', 'Ndjole', 'reportees': restored, names included). Each list item is one line; the "
              "'• ' marks are kept. Title 'du 8 au 12 décembre' gives '8' (--12-08) and '12 décembre'; the body's 'du "
              "lundi 8 décembre à 6 h au vendredi 12 décembre 2025 à 18 h' gives two dates with clock times (the "
              "first bound has its own month; value in the second's year; 'du'/'au' left out). Departure clock times "
              "in the list are not figures; 'environ quatre heures de route' is a duration. 'jusqu’au 15 janvier "
              "2026': 'jusqu’au' left out. 'Ogooué' stands only inside the coach company's name (not a place). The "
              "customer-service line is an office contact ('Service clientèle', kept as written, not listed); the "
              "free short number 1414 is neither a phone nor a figure; '+241 011 70 24 60' keeps the trunk 0 after "
              "the country code (tag 'trunk-zero-kept', e164 without it).",
    ),
))

# --------------------------------------------------------------------------- h234 press invitation: HTML debris and entities, hidden and obfuscated e-mails, banner
PAGES.append(Page(
    name="h234-cftg-invitation-nouvelles-voitures",
    meta=ga_meta(["html-debris", "hidden-email", "obfuscated-email"]),
    blocks=[
        B(ga_top("Invitations presse", "Invitation presse | Publié le 05/12/2025 à 14:00",
                 banner="Fêtes de fin d’année : ouverture des réservations le mercredi 10 décembre à 7 h")),
        P("Invitation presse : mise en service des nouvelles voitures voyageurs du Transgabonais"),
        P("[[<p>||]]" + ent("La Compagnie ferroviaire du Transgabonais invite les représentants des médias à la "
                            "cérémonie de mise en service de ses 16 nouvelles voitures voyageurs, le jeudi 11 décembre "
                            "2025 à 9\u00a0h\u00a030, en gare d’Owendo, en présence du ministre des Transports et de "
                            "la Logistique.", "’\u00a0é") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Construites en Inde, ces voitures climatisées de 64 places, dont 4 voitures-lits, portent "
                            "la capacité du train Express à 1\u00a0100 places. L’investissement de 41,5 milliards de "
                            "francs CFA a été cofinancé par la Banque africaine de développement (BAD).", "’\u00a0")
          + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
9 h 30 : accueil des invités sur le quai n° 1[[<br />||]]
10 h 00 : allocutions et coupure du ruban[[<br />||]]
10 h 30 : visite des voitures et départ du train inaugural[[</p>||]]"""),
        P("[[<p>||]]" + ent("Le train inaugural conduira les invités jusqu’à Ntoum (38 kilomètres) ; retour prévu à "
                            "13\u00a0h.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le mardi 9 décembre à 15 h :[[<br />||]]
Nadia Ondo Mintsa – 077 41 28 93 – [email protected][[<br />||]]
Patrick Nzé, service du protocole – 066 12 40 88 – protocole(at)cftg-rail.example.ga[[</p>||]]"""),
        B(ga_bottom("vendredi 5 décembre, 14 h",
                    ["Train 201 Express Owendo → Franceville : retard estimé 30 min",
                     "Train 202 Express Franceville → Owendo : à l’heure",
                     "Train 411 Omnibus Owendo → Ndjolé : à l’heure"],
                    [("Avis aux voyageurs : circulation interrompue entre Ndjolé et Booué", "03.12.2025"),
                     ("Transgabonais : 412 000 voyageurs en onze mois", "01.12.2025")])),
    ],
    gold=dict(
        title="Invitation presse : mise en service des nouvelles voitures voyageurs du Transgabonais",
        dateline=None,
        organisations=[org("Compagnie ferroviaire du Transgabonais", None),
                       org("Banque africaine de développement", "BAD")],
        places=[place("Owendo"), place("Inde", "IN"), place("Ntoum")],
        figures=[
            fig("16 nouvelles voitures", 16, "voitures"),
            fig("le jeudi 11 décembre 2025 à 9\u00a0h\u00a030", "2025-12-11", None, "date"),
            fig("64 places", 64, "places"),
            fig("4 voitures-lits", 4, "voitures-lits"),
            fig("1\u00a0100 places", 1100, "places"),
            fig("41,5 milliards de francs CFA", 41500000000, "francs CFA", "money", currency="XAF"),
            fig("38 kilomètres", 38, "kilomètres", "other"),
            fig("le mardi 9 décembre à 15 h", "--12-09", None, "date"),
        ],
        phones=[phone("+24177412893"), phone("+24166124088")],
        emails=[],
        hidden_emails=1,
        contacts=[contact("Nadia Ondo Mintsa", None, None, ["+24177412893"], []),
                  contact("Patrick Nzé", "service du protocole", None, ["+24166124088"], [])],
        notes=GA_NOTE + " This page carries a holiday-bookings banner (its date and clock time are chrome). HTML debris: "
              "<p>, </p>, <br />, <strong>, '&#8217;', '&eacute;', '&nbsp;' (U+00A0 kept in the clean text and in "
              "the figure texts '9\u00a0h\u00a030', '1\u00a0100 places'). No dateline (an invitation). The company "
              "is spelt out without its acronym on this page (long form only, h104-h119 per-page rule). '16 nouvelles "
              "voitures': the adjective before the noun stays in the text, unit 'voitures'. 'dont 4 voitures-lits': "
              "a count with the compound noun as unit. 'quai n° 1' and programme clock times are not figures; 'retour "
              "prévu à 13 h' is a clock time. 'le train inaugural': not a figure. 'avant le mardi 9 décembre à 15 h': "
              "one date figure from 'le' (--12-09). The ministry is only inside a role. Accreditation block with two "
              "people: the first with a mobile and a hidden e-mail, the second with a role, a mobile and an address "
              "obfuscated with '(at)' (kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h235 interview (Q&A): œ as '?', ’ dropped in one answer, a question glued to its answer, mixed quotes
PAGES.append(Page(
    name="h235-cftg-entretien-directeur-general",
    meta=ga_meta(["oe-question-mark", "lost-apostrophe", "body-glued", "mixed-quotes", "double-space"]),
    blocks=[
        B(ga_top("Entretiens", "Mis à jour le 28/11/2025 à 16:05")),
        P("« Le Transgabonais doit redevenir le train de tous les Gabonais » : entretien avec Serge Mba Obiang, "
          "directeur général de la CFTG"),
        P("Libreville, le 27 novembre 2025 – À quelques semaines des 40 ans de l’arrivée du rail à Franceville, le "
          "directeur général de la Compagnie ferroviaire du Transgabonais revient sur les chantiers en cours."),
        P("Les voyageurs se plaignent toujours des retards. Que leur répondez-vous ?"),
        P("Ils ont raison. Sur les 648 kilomètres de la ligne, près d’un tiers de la voie n’a jamais été renouvelé "
          "depuis la construction. Tant que nous roulons à 40 km/h sur ces sections, nous perdons des heures. Le "
          "renouvellement de la voie est au cœur de notre plan d’entreprise.", oe="?", apos="?"),
        P("Et le train de nuit ?"),
        P("Il sera rétabli à partir du 15 février 2026, avec 4 voitures-lits de 24 couchettes. Le billet en couchette "
          "coûtera 48 500 francs CFA pour un aller Owendo–Franceville, contre 32 000 francs CFA en place assise.",
          glue=True),
        P("Vous avez 58 ans et vous venez du secteur minier. Qu’apporte cette expérience ?"),
        P("La rigueur. Dans une mine, un arrêt de production coûte très cher ; sur le rail, c’est la même chose. J’ai "
          "demandé à nos équipes de réduire de moitié les incidents de signalisation d’ici fin 2026. Nos cheminots "
          "ont un savoir-faire “unique en Afrique centrale”, il faut le valoriser.", apos="drop"),
        P("Et les tarifs ?"),
        P("Ils n’augmenteront pas en 2026. Les étudiants et les plus de 65 ans continueront de bénéficier de 50 % de "
          "[[réduction  sur||réduction sur]] toutes les lignes."),
        P("Propos recueillis par la Direction de la communication."),
        B(ga_bottom("vendredi 28 novembre, 16 h",
                    ["Train 201 Express Owendo → Franceville : à l’heure",
                     "Train 202 Express Franceville → Owendo : supprimé (incident technique)",
                     "Train 411 Omnibus Owendo → Ndjolé : retard estimé 1 h 10"],
                    [("Passages à niveau : campagne de sécurité à Ntoum", "20.11.2025"),
                     ("Recrutement : 120 agents de maintenance formés à Moanda", "12.11.2025")],
                    attach="Télécharger l’entretien (PDF – 190 Ko)")),
    ],
    gold=dict(
        title="« Le Transgabonais doit redevenir le train de tous les Gabonais » : entretien avec Serge Mba Obiang, "
              "directeur général de la CFTG",
        dateline=dl("Libreville", "2025-11-27"),
        organisations=[org("Compagnie ferroviaire du Transgabonais", "CFTG")],
        places=[place("Libreville"), place("Franceville"), place("Owendo"), place("Afrique centrale")],
        figures=[
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("40 ans", 40, "ans", "age"),
            fig("648 kilomètres", 648, "kilomètres", "other"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("40 km/h", 40, "km/h", "other"),
            fig("15 février 2026", "2026-02-15", None, "date"),
            fig("4 voitures-lits", 4, "voitures-lits"),
            fig("24 couchettes", 24, "couchettes"),
            fig("48 500 francs CFA", 48500, "francs CFA", "money", currency="XAF"),
            fig("32 000 francs CFA", 32000, "francs CFA", "money", currency="XAF"),
            fig("58 ans", 58, "ans", "age"),
            fig("moitié", 0.5, None, "other"),
            fig("2026", 2026, None, "year"),
            fig("en 2026", 2026, None, "year"),
            fig("plus de 65 ans", 65, "ans", "age", qualifier="plus de"),
            fig("50 %", 50, "%", "percent"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=GA_NOTE + " A 'Mis à jour le' stamp instead of the type line and a PDF attachment line. An interview: "
              "the title is a quote in « » followed by the label; the intro carries the dateline ('Libreville, le "
              "27 novembre 2025 –', the company's seat being Owendo); each question is its own clean line (README "
              "Q&A rule). œ and ’ as '?' in the first answer ('au c?ur de notre plan', 'n?a jamais', 'd?un "
              "tiers', next to real question marks); ’ dropped in "
              "the third answer ('cest', 'Jai', 'dici'); the second question is glued to its answer ('Et le "
              "train de nuit ?Il sera rétabli': split); a double space. “ ” inside a page that uses « » (kept). "
              "'les 40 ans de l’arrivée du rail' is an anniversary (age, h184-h199). 'réduire de moitié': a fraction "
              "0.5 with text 'moitié' (decision of this set: the halving quantifies the target). 'd’ici fin 2026' "
              "gives '2026' and 'en 2026' (another text). 'les plus de 65 ans': age with its qualifier. 'à partir du "
              "15 février 2026': 'à partir du' left out. The CFTG's long form and acronym are both written (title and "
              "intro). 'les Gabonais' is a demonym; 'Afrique centrale' a region (place). 'Propos recueillis par la "
              "Direction de la communication' is a credit line of the article, not a contact. No contact.",
    ),
))

# --------------------------------------------------------------------------- h236 denial with a correction: title twice, double cp1252, space before comma, in-body read-more
PAGES.append(Page(
    name="h236-cftg-dementi-train-express",
    meta=ga_meta(["duplicate-title", "mojibake-double-cp1252", "space-before-comma", "read-more"]),
    blocks=[
        B(ga_top("Communiqués", "Communiqué | Publié le 04/12/2025 à 18:20")),
        P("Démenti : la CFTG n’a pas décidé de suspendre le train Express"),
        B("Démenti : la CFTG n’a pas décidé de suspendre le train Express"),
        P("Owendo, le 4 décembre 2025 – La Compagnie ferroviaire du Transgabonais (CFTG) dément formellement les "
          "informations publiées mardi sur plusieurs réseaux sociaux, selon lesquelles le train Express serait "
          "suspendu « pour une durée indéterminée » à partir du 15 décembre.", moji="cp1252x2"),
        P("Le train Express continuera de circuler chaque jour dans les deux sens[[ ,||,]] selon les horaires en "
          "vigueur. Seuls les trains omnibus 411 et 412 seront limités à Ndjolé pendant les travaux prévus du 8 au 12 "
          "décembre, comme annoncé le 3 décembre."),
        B("Lire aussi : Avis aux voyageurs – circulation interrompue entre Ndjolé et Booué du 8 au 12 décembre"),
        P("Rectificatif : contrairement à ce qu’indiquait notre communiqué du 1er décembre, le programme de "
          "renouvellement de la voie coûtera 284 milliards de francs CFA, et non 248 milliards. La part financée par "
          "la BDEAC reste inchangée."),
        L("Contact : presse@cftg-rail.example.ga – 011 70 24 58"),
        B(ga_bottom("jeudi 4 décembre, 18 h",
                    ["Train 201 Express Owendo → Franceville : à l’heure",
                     "Train 202 Express Franceville → Owendo : à l’heure",
                     "Train 411 Omnibus Owendo → Ndjolé : à l’heure"],
                    [("Invitation presse : mise en service des nouvelles voitures voyageurs", "05.12.2025"),
                     ("Avis aux voyageurs : circulation interrompue entre Ndjolé et Booué", "03.12.2025")],
                    app=False)),
    ],
    gold=dict(
        title="Démenti : la CFTG n’a pas décidé de suspendre le train Express",
        dateline=dl("Owendo", "2025-12-04"),
        organisations=[org("Compagnie ferroviaire du Transgabonais", "CFTG"), org(None, "BDEAC")],
        places=[place("Owendo"), place("Ndjolé")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("15 décembre", "--12-15", None, "date"),
            fig("deux sens", 2, "sens"),
            fig("8", "--12-08", None, "date"),
            fig("12 décembre", "--12-12", None, "date"),
            fig("le 3 décembre", "--12-03", None, "date"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("284 milliards de francs CFA", 284000000000, "francs CFA", "money", currency="XAF"),
            fig("248 milliards", 248000000000, None, "money", currency="XAF"),
        ],
        phones=[phone("+24111702458")],
        emails=["presse@cftg-rail.example.ga"],
        contacts=[contact(None, None, None, ["+24111702458"], ["presse@cftg-rail.example.ga"])],
        notes=GA_NOTE + " No banner and no app line on this page. Title printed twice (second copy boilerplate); the "
              "dateline paragraph is UTF-8 encoded twice and read as cp1252 ('ÃƒÂ©'); a space before a comma "
              "('sens ,'); an in-body 'Lire aussi : headline' line between two paragraphs (boilerplate, tag "
              "'read-more'). The 'Rectificatif :' paragraph is the release's own correction (article text): both "
              "amounts are listed ('284 milliards de francs CFA' and the bare 'et non 248 milliards', XAF by context, "
              "unit null); 'notre communiqué du 1er décembre' gives the date '1er décembre' (--12-01, 'du' out). 'à "
              "partir du 15 décembre', 'du 8 au 12 décembre' (8: --12-08). 'les deux sens': a count (unit 'sens'). "
              "'mardi' alone is not a figure. BDEAC by its acronym only on this page. The 'Contact :' line has no "
              "label but the word itself: one contact with person, role and organisation null.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h237 francophone school board of Prince Edward Island, no defect and no boilerplate
PAGES.append(Page(
    name="h237-csai-ipe-ecole-montague",
    meta={"site": "www.csai-ipe.example.ca", "style": "francophone-school-board-clean", "defects": []},
    blocks=[
        P("Une septième école de langue française ouvrira à Montague en septembre 2027"),
        P("CHARLOTTETOWN (Île-du-Prince-Édouard), le 3 décembre 2025 – Le Conseil scolaire acadien de l’Île (CSAI) "
          "construira une septième école de langue française à Montague, dans le comté de Kings, grâce à une entente "
          "de 18,6 millions $ conclue avec le gouvernement provincial et Patrimoine canadien."),
        P("L’école accueillera jusqu’à 220 élèves de la maternelle à la 12e année, ainsi qu’un centre de la petite "
          "enfance de 48 places. Les travaux débuteront au printemps 2026 sur un terrain de 3,2 hectares cédé par la "
          "Ville de Montague."),
        P("Les inscriptions dans les écoles du CSAI ont progressé de 31 % en cinq ans, pour atteindre 1 184 élèves "
          "cette année. Dans l’est de l’Île, près de 90 familles conduisent aujourd’hui leurs enfants chaque jour "
          "jusqu’à Charlottetown, à plus de 45 minutes de route."),
        P("« Chaque famille acadienne et francophone de l’Île doit pouvoir inscrire ses enfants dans une école de "
          "langue française à moins de 30 minutes de chez elle », a déclaré la présidente du CSAI, Ghislaine "
          "Arsenault."),
        L("""Renseignements :
Mathieu Gallant
Agent de communication
Conseil scolaire acadien de l’Île
902 555-0173, poste 2204
Cellulaire : 902 555-0188
mgallant@csai-ipe.example.ca"""),
    ],
    gold=dict(
        title="Une septième école de langue française ouvrira à Montague en septembre 2027",
        dateline=dl("CHARLOTTETOWN", "2025-12-03"),
        organisations=[org("Conseil scolaire acadien de l’Île", "CSAI"), org("Patrimoine canadien", None)],
        places=[place("Montague"), place("Charlottetown"), place("Île-du-Prince-Édouard"), place("Kings")],
        figures=[
            fig("septembre 2027", 2027, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("18,6 millions $", 18600000, "$", "money", currency="CAD"),
            fig("jusqu’à 220 élèves", 220, "élèves", qualifier="jusqu’à"),
            fig("12e", 12, None, "ordinal"),
            fig("48 places", 48, "places"),
            fig("2026", 2026, None, "year"),
            fig("3,2 hectares", 3.2, "hectares", "other"),
            fig("31 %", 31, "%", "percent"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("1 184 élèves", 1184, "élèves"),
            fig("près de 90 familles", 90, "familles", qualifier="près de"),
            fig("plus de 45 minutes", 45, "minutes", "duration", qualifier="plus de"),
            fig("moins de 30 minutes", 30, "minutes", "duration", qualifier="moins de"),
        ],
        phones=[phone("+19025550173", extension="2204"), phone("+19025550188")],
        emails=["mgallant@csai-ipe.example.ca"],
        contacts=[contact("Mathieu Gallant", "Agent de communication", "Conseil scolaire acadien de l’Île",
                          ["+19025550173", "+19025550188"], ["mgallant@csai-ipe.example.ca"])],
        notes="A release of a (made-up) francophone school board of Prince Edward Island with no defect and no "
              "boilerplate at all. Dateline 'CHARLOTTETOWN (Île-du-Prince-Édouard), le 3 décembre 2025 –': place the "
              "city as written in capitals, the province in brackets listed as a place (iso null, a province), "
              "'Charlottetown' also in normal case in the body. 'dans le comté de Kings' gives the place 'Kings' (as "
              "'cap Timiris'); 'l’Île' (the island, capital I) is generic here, 'Ville de Montague' the town. '$' on "
              "a Canadian page is CAD. 'une septième école': ordinal word, not a figure; '12e année': ordinal. 'au "
              "printemps 2026': the season stays out ('2026'). 'cette année', 'chaque jour': not figures. 'le "
              "gouvernement provincial' is generic; 'Patrimoine canadien' (a federal department) is an organisation. "
              "'acadienne', 'francophone' are adjectives. The contact block, one item a line, gives one contact with "
              "the board's long form as organisation, an office number with 'poste 2204' and a mobile "
              "('Cellulaire').",
    ),
))

# --------------------------------------------------------------------------- h238 Saint Lucia fisheries authority: English page under a trilingual chrome, Mac Roman paragraph, lost dashes, EC$
PAGES.append(Page(
    name="h238-slfa-saint-lucia-flying-fish-plan-en",
    meta={"site": "www.slfa.example.lc", "style": "fisheries-authority-en-under-trilingual-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "breadcrumb", "mojibake-mac-roman", "lost-dash",
                      "double-space", "hidden-email", "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""English | Français | Kwéyòl
SLFA – Saint Lucia Fisheries Authority
Accueil | L’Autorité | Pêcheurs | Recherche | Actualités | Contact
Accueil › Actualités › Communiqués
Cet article n’est disponible qu’en anglais."""),
        P("Saint Lucia and Martinique sign joint plan to protect flying fish stocks"),
        P("CASTRIES, Saint Lucia, Tuesday 2 December 2025 — The Saint Lucia Fisheries Authority (SLFA) and the "
          "Martinique Regional Fisheries Committee (CRPMEM) signed a three-year cooperation plan on Monday to monitor "
          "the flying fish and dolphinfish stocks shared by the two islands, which lie 40 kilometres apart."),
        P("Landings of flying fish in Saint Lucia fell to 412 tonnes in 2024, down from 1,150 tonnes ten years "
          "earlier, while sargassum seaweed has smothered the east coast for up to 200 days a year since 2018."),
        P("The plan, worth EC$4.2 million (about €1.35 million), is funded by the European Union’s Interreg "
          "Caribbean programme and the Organisation of Eastern Caribbean States (OECS). It will pay for the satellite "
          "tracking of 60 fish aggregating devices and for training 150 fishers from Dennery, Micoud and Vieux Fort.",
          moji="mac_roman"),
        P("“Fish don’t carry passports,” said Chief Fisheries Officer Dr Sarita Williams-Peter. “Nearly half of what "
          "our boats land in January was spawned off Martinique.”"),
        P("The first joint survey – involving four boats from each island – will start on 12 January 2026.",
          nodash=""),
        L("""Media contacts:
Kerwin Joseph, Communications Officer, SLFA – +1 758 468 4135 ext. 221 – [email protected]
Martinique: Léa Bellance, CRPMEM – 0596 71 22 40 – l.bellance@crpmem972.example.fr""", nodash=""),
        B("""Partager : Facebook | X | WhatsApp | E-mail
Latest ▸ Hurricane season ends with no direct hit on Saint Lucia ▸ Vieux Fort fish market reopens after repairs
À lire aussi
› Sargasses : un nouveau barrage flottant à Praslin (14/11/2025)
› Fishers’ registration open until 31 January (05/11/2025)
SLFA – Pointe Seraphine, Castries – P.O. Box 1425 – Tel. +1 758 468 4100
© 2025 Saint Lucia Fisheries Authority"""),
    ],
    gold=dict(
        title="Saint Lucia and Martinique sign joint plan to protect flying fish stocks",
        dateline=dl("CASTRIES", "2025-12-02"),
        organisations=[org("Saint Lucia Fisheries Authority", "SLFA"),
                       org("Martinique Regional Fisheries Committee", "CRPMEM"),
                       org("European Union", None), org("Organisation of Eastern Caribbean States", "OECS")],
        places=[place("Saint Lucia", "LC"), place("Martinique"), place("Castries"), place("Dennery"),
                place("Micoud"), place("Vieux Fort")],
        figures=[
            fig("Tuesday 2 December 2025", "2025-12-02", None, "date"),
            fig("three-year", 3, "year", "duration"),
            fig("two islands", 2, "islands"),
            fig("40 kilometres", 40, "kilometres", "other"),
            fig("412 tonnes", 412, "tonnes", "other"),
            fig("in 2024", 2024, None, "year"),
            fig("1,150 tonnes", 1150, "tonnes", "other"),
            fig("ten years", 10, "years", "duration"),
            fig("up to 200 days", 200, "days", "duration", qualifier="up to"),
            fig("2018", 2018, None, "year"),
            fig("EC$4.2 million", 4200000, "EC$", "money", currency="XCD"),
            fig("about €1.35 million", 1350000, "€", "money", qualifier="about", currency="EUR"),
            fig("60 fish aggregating devices", 60, "devices"),
            fig("150 fishers", 150, "fishers"),
            fig("Nearly half", 0.5, None, "other", qualifier="Nearly"),
            fig("four boats", 4, "boats"),
            fig("12 January 2026", "2026-01-12", None, "date"),
        ],
        phones=[phone("+17584684135", extension="221"), phone("+596596712240")],
        emails=["l.bellance@crpmem972.example.fr"],
        hidden_emails=1,
        contacts=[contact("Kerwin Joseph", "Communications Officer", "SLFA", ["+17584684135"], []),
                  contact("Léa Bellance", None, "CRPMEM", ["+596596712240"], ["l.bellance@crpmem972.example.fr"])],
        notes="An English release of a (made-up) Saint Lucia fisheries authority under a trilingual chrome "
              "(English/French/Kwéyòl line, a French menu and breadcrumb, the French note 'Cet article n’est "
              "disponible qu’en anglais.', French share line and 'À lire aussi' headlines, an English 'Latest ▸' "
              "ticker, footer with a P.O. box and switchboard, copyright): all boilerplate. Dateline 'CASTRIES, Saint "
              "Lucia, Tuesday 2 December 2025 —' (English weekday kept in the figure text, as 'le mardi 2 décembre "
              "2025'; em dash); the country after the city is listed as a place. The third paragraph is UTF-8 read as "
              "Mac Roman ('‚Äô', '‚Ç¨'); the en dashes of the last paragraph and of the contact lines are lost "
              "(double spaces). The Martinique committee is named by an English long form with its French acronym "
              "(h184-h199 rule: listed under the long form the article writes). 'the European Union’s Interreg "
              "Caribbean programme': the Union is listed, the programme is not (README programmes rule). 'EC$4.2 "
              "million': Eastern Caribbean dollars (XCD), the symbol before the number as unit (as 'US$'). 'the two "
              "islands': a count; 'ten years earlier': a duration; 'a year', 'a decade' would be 'un'. 'since 2018': "
              "'2018' (the preposition stays out). 'three-year': compound adjective (h168-h183 'three-month' rule). "
              "'in January' alone is not a figure. 'Martinique' (an overseas region) has iso null, also as the label "
              "of the second contact line (a place, h184-h199 country-label rule); its number is written "
              "'0596 ...' without code (+596 by the label). The SLFA officer's address is hidden.",
    ),
))

# --------------------------------------------------------------------------- h239 French embassy's press review in Guinea-Bissau: listing, Portuguese ticker, ’ dropped, cp1252 story, œ as U+FFFD
PAGES.append(Page(
    name="h239-ambafrance-bissau-revue-de-presse-listing",
    meta={"site": "gw.ambafrance.example.org", "style": "embassy-press-review-listing", "listing": True,
          "defects": ["listing", "menu", "breadcrumb", "foreign-ticker", "read-more", "lost-apostrophe",
                      "mojibake-cp1252", "oe-replacement-char", "lost-dash", "double-space", "postcode-trap"]},
    blocks=[
        B("""Ambassade de France en Guinée-Bissau
Liberté
Égalité
Fraternité
Accueil | L’ambassade | Services consulaires | Coopération | Presse et médias | Venir en France
Accueil > Presse et médias > Revue de presse
Últimas ▸ Governo aprova Orçamento Geral do Estado para 2026 ▸ Porto de Bissau: dragagem começa na quinta-feira
Revue de presse du mardi 2 décembre 2025
Traduction non officielle réalisée par le service de presse de l’ambassade. Les articles n’engagent que leurs auteurs."""),
        P("Cajou : la campagne 2025 s’achève sur un record de 245 000 tonnes exportées"),
        P("Source : O Democrata, 01/12/2025"),
        P("Bissau, 1er déc. (ANG) – La Guinée-Bissau a exporté 245 000 tonnes de noix de cajou brutes en 2025, contre "
          "198 000 tonnes l’an dernier, selon le ministère du Commerce. Le prix d’achat aux producteurs a été fixé à "
          "375 francs CFA le kilo, un niveau qu’il n’avait plus atteint depuis 2018.", apos="drop", nodash=""),
        B("Lire l’article original (en portugais) ↗"),
        P("Santé : 38 000 enfants vaccinés contre la rougeole dans l’archipel des Bijagós"),
        P("Source : Rádio Sol Mansi, 30/11/2025"),
        P("Quelque 38 000 enfants âgés de 6 mois à 14 ans ont été vaccinés contre la rougeole lors d’une campagne de "
          "dix jours menée dans l’archipel des Bijagós par le ministère de la Santé publique, avec l’appui de "
          "l’UNICEF et de l’Organisation mondiale de la santé (OMS). Bubaque, Bolama et Orango concentraient près "
          "des deux tiers des cas déclarés depuis juillet.", moji="cp1252"),
        B("Lire l’article original (en portugais) ↗"),
        P("Port de Bissau : fermeture nocturne pour le dragage du chenal"),
        P("Source : Lusa, 29/11/2025"),
        P("Bissau, 29 nov. (Lusa) – Le Port autonome de Bissau sera fermé à la navigation les nuits du 4 et du 5 "
          "décembre, de 19 h à 5 h, pour le dragage de 1,2 kilomètre du chenal d’accès, porté à 10,5 mètres de "
          "profondeur. Les travaux, d’un montant de 6,8 millions d’euros, sont financés par la Banque ouest-africaine "
          "de développement (BOAD)."),
        B("Lire l’article original (en portugais) ↗"),
        P("Législatives : la CNE fixe le scrutin au 22 mars 2026"),
        P("Source : Nô Pintcha, 28/11/2025"),
        P(rep("La Commission nationale des élections (CNE) a fixé au 22 mars 2026 la date des élections législatives "
          "anticipées. Les 102 sièges de l’Assemblée nationale populaire seront pourvus dans 29 circonscriptions ; la "
          "campagne durera 21 jours. La CNE met en œuvre pour la première fois un fichier électoral biométrique. "
          "Renseignements pour la presse étrangère : service de presse de la CNE, +245 95 512 34 56, "
          "imprensa@cne-gb.example.gw.", "’", "\ufffd"), oe="fffd"),
        B("""Lire l’article original (en portugais) ↗
Revues de presse précédentes : 1er décembre | 28 novembre | 27 novembre
Partager : Facebook | X | Imprimer
Ambassade de France en Guinée-Bissau – Avenida Cidade de Lisboa – BP 195 – Bissau – Tél. +245 443 20 15 33
© Ministère de l’Europe et des Affaires étrangères – Mentions légales – Accessibilité"""),
    ],
    gold=dict(
        title="Cajou : la campagne 2025 s’achève sur un record de 245 000 tonnes exportées",
        dateline=None,
        organisations=[org("O Democrata", None), org(None, "ANG"), org("Rádio Sol Mansi", None),
                       org("ministère du Commerce", None), org("ministère de la Santé publique", None),
                       org(None, "UNICEF"), org("Organisation mondiale de la santé", "OMS"), org("Lusa", None),
                       org("Port autonome de Bissau", None), org("Banque ouest-africaine de développement", "BOAD"),
                       org("Nô Pintcha", None), org("Commission nationale des élections", "CNE"),
                       org("Assemblée nationale populaire", None)],
        places=[place("Bissau"), place("Guinée-Bissau", "GW"), place("Bijagós"), place("Bubaque"),
                place("Bolama"), place("Orango")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("245 000 tonnes", 245000, "tonnes", "other"),
            fig("01/12/2025", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("en 2025", 2025, None, "year"),
            fig("198 000 tonnes", 198000, "tonnes", "other"),
            fig("375 francs CFA", 375, "francs CFA", "money", currency="XOF"),
            fig("2018", 2018, None, "year"),
            fig("38 000 enfants", 38000, "enfants"),
            fig("30/11/2025", "2025-11-30", None, "date"),
            fig("Quelque 38 000 enfants", 38000, "enfants", qualifier="Quelque"),
            fig("6 mois", 6, "mois", "age"),
            fig("14 ans", 14, "ans", "age"),
            fig("dix jours", 10, "jours", "duration"),
            fig("près des deux tiers", 0.6667, None, "other", qualifier="près des"),
            fig("29/11/2025", "2025-11-29", None, "date"),
            fig("29 nov.", "--11-29", None, "date"),
            fig("4", "--12-04", None, "date"),
            fig("5 décembre", "--12-05", None, "date"),
            fig("1,2 kilomètre", 1.2, "kilomètre", "other"),
            fig("10,5 mètres", 10.5, "mètres", "other"),
            fig("6,8 millions d’euros", 6800000, "euros", "money", currency="EUR"),
            fig("22 mars 2026", "2026-03-22", None, "date"),
            fig("28/11/2025", "2025-11-28", None, "date"),
            fig("102 sièges", 102, "sièges"),
            fig("29 circonscriptions", 29, "circonscriptions"),
            fig("21 jours", 21, "jours", "duration"),
        ],
        phones=[phone("+245955123456")],
        emails=["imprensa@cne-gb.example.gw"],
        contacts=[contact(None, None, "service de presse de la CNE", ["+245955123456"],
                          ["imprensa@cne-gb.example.gw"])],
        notes="The French embassy's daily press review in Guinea-Bissau (made up): four translated stories from "
              "Bissau-Guinean media, each with its headline, a 'Source : outlet, dd/mm/yyyy' line (the story's time "
              "stamp: article text, one date figure) and its body. Boilerplate: embassy name, the Marianne motto over "
              "three lines, menu, breadcrumb, a Portuguese 'Últimas ▸' ticker (tag 'foreign-ticker'), the review's "
              "own label 'Revue de presse du mardi 2 décembre 2025' (the listing's label, README 'Listing titles'), the "
              "translation disclaimer, the 'Lire l’article original (en portugais) ↗' line after each story "
              "(read-more), links to earlier reviews, share line, footer with 'BP 195' and the switchboard, legal "
              "line. Title: the first story's headline; dateline null (listing). ’ and the en dash dropped in the first "
              "story's body ('lan dernier', 'dachat', 'quil navait', '(ANG)  La'); the second story's body is UTF-8 "
              "read as cp1252; ’ and œ as U+FFFD in the fourth ('l�Assemblée', 'met en �uvre'). Decisions: the outlets named in the source lines (O Democrata, "
              "Rádio Sol Mansi, Lusa, Nô Pintcha) are organisations (publishers, long form as written, no acronym); "
              "'(ANG)' is an agency in a dateline (acronym only); 'Lusa' in '(Lusa)' is the same body as the source "
              "line's 'Lusa' (listed once, as a name). 'Cajou : la campagne 2025' (headline) gives '2025' and the "
              "body's 'en 2025' another text. '245 000 tonnes' (headline and body): one text. '38 000 enfants' "
              "(headline) and 'Quelque 38 000 enfants' (body): two texts. 'âgés de 6 mois à 14 ans': a range whose "
              "first bound keeps its own unit (README). 'les nuits du 4 et du 5 décembre': '4' (--12-04) and '5 "
              "décembre' (h152-h167 'les 7 et 8 mars' rule); 'de 19 h à 5 h' clock times. 'au 22 mars 2026' in "
              "headline and body: one text. 'l’archipel des Bijagós' gives 'Bijagós' (as 'cap Timiris'). 'le "
              "ministère du Commerce' and 'le ministère de la Santé publique' are named as sources and actors: listed "
              "(h200-h215 'ministère des Mines' rule). 'la première fois': ordinal word. 'le kilo' stays out. "
              "Francs CFA in Guinea-Bissau: XOF. The fourth story's 'Renseignements ...' sentence gives one office "
              "contact (organisation as written, not listed apart).",
    ),
))

# --------------------------------------------------------------------------- h240 web-archive capture of a Moutier town-hall release: archive toolbar, cp1252 paragraph, lost dash in a Swiss price
PAGES.append(Page(
    name="h240-moutier-bascule-cantonale-web-archive",
    meta={"site": "web.archive.org", "style": "web-archive-capture-municipality",
          "defects": ["web-archive", "menu", "breadcrumb", "mojibake-cp1252", "lost-dash", "lost-apostrophe",
                      "double-space", "share-lines",
                      "postcode-trap"]},
    blocks=[
        B("""The Wayback Machine - https://web.archive.org/web/20251202093114/https://www.moutier.example.ch/actualites/communiques/bascule-cantonale
INTERNET ARCHIVE
Wayback Machine
https://www.moutier.example.ch/actualites/communiques/bascule-cantonale
Go
3 captures
2 Dec 2025 - 4 Dec 2025
NOV	DEC	JAN
02
2024	2025	2026
success
fail
About this capture
COLLECTED BY
Collection: Save Page Now Outlinks
TIMESTAMPS
Commune municipale de Moutier
Accueil | Vivre à Moutier | Autorités | Administration | Actualités | Contact
Vous êtes ici : Accueil / Actualités / Communiqués"""),
        P("Moutier devient jurassienne le 1er janvier 2026 : ce qui change pour les habitants"),
        P("Moutier, le 2.12.2025 – Le transfert de Moutier du canton de Berne au canton du Jura entrera en vigueur le "
          "1er janvier 2026 à 0 h. Pour les quelque 7'400 habitantes et habitants, les démarches sont réduites au "
          "minimum : aucune nouvelle inscription n’est nécessaire, et les plaques minéralogiques bernoises pourront "
          "être conservées jusqu’au 31 décembre 2027."),
        P("Impôts et taxes"),
        P("La quotité d’impôt communale reste fixée à 1,94. Le barème cantonal jurassien étant plus élevé, une famille "
          "avec deux enfants et un revenu imposable de 80'000 francs paiera en moyenne 410 francs de plus par an ; le "
          "canton du Jura versera en contrepartie une aide transitoire dégressive pendant cinq ans."),
        P("Écoles et formation"),
        P("Les 14 classes de l’école primaire et les 540 élèves de l’école secondaire de Moutier suivront dès la "
          "rentrée d’août 2026 le plan d’études jurassien. Le Centre de formation professionnelle Berne francophone "
          "(ceff) maintient ses filières à Moutier au moins jusqu’en 2030, en vertu d’une convention intercantonale.",
          moji="cp1252"),
        P("Transports"),
        P("Les cartes journalières CFF « Commune » restent en vente au guichet de la chancellerie au prix de Fr. 45.– "
          "jusqu’à épuisement du contingent 2025.", nodash="", apos="drop"),
        L("""Renseignements : Marcel Winistoerfer, maire, 032 494 11 11 ; Valentine Schaller, chancelière municipale, 032 494 11 13, chancellerie@moutier.example.ch
Le Conseil municipal"""),
        B("""Imprimer | Partager : Facebook | LinkedIn | Courriel
Commune de Moutier – Hôtel de Ville – Rue de l’Hôtel-de-Ville 1 – 2740 Moutier – 032 494 11 11
© Commune de Moutier – Protection des données"""),
    ],
    gold=dict(
        title="Moutier devient jurassienne le 1er janvier 2026 : ce qui change pour les habitants",
        dateline=dl("Moutier", "2025-12-02"),
        organisations=[org("Centre de formation professionnelle Berne francophone", "ceff"), org(None, "CFF"),
                       org("Conseil municipal", None)],
        places=[place("Moutier"), place("Berne"), place("Jura")],
        figures=[
            fig("le 1er janvier 2026", "2026-01-01", None, "date"),
            fig("le 2.12.2025", "2025-12-02", None, "date"),
            fig("le 1er janvier 2026 à 0 h", "2026-01-01", None, "date"),
            fig("quelque 7'400 habitantes", 7400, "habitantes", qualifier="quelque"),
            fig("31 décembre 2027", "2027-12-31", None, "date"),
            fig("1,94", 1.94, None, "other"),
            fig("deux enfants", 2, "enfants"),
            fig("80'000 francs", 80000, "francs", "money", currency="CHF"),
            fig("410 francs", 410, "francs", "money", currency="CHF"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("14 classes", 14, "classes"),
            fig("540 élèves", 540, "élèves"),
            fig("août 2026", 2026, None, "year"),
            fig("2030", 2030, None, "year"),
            fig("Fr. 45.–", 45, "Fr.", "money", currency="CHF"),
            fig("2025", 2025, None, "year"),
        ],
        phones=[phone("+41324941111"), phone("+41324941113")],
        emails=["chancellerie@moutier.example.ch"],
        contacts=[contact("Marcel Winistoerfer", "maire", None, ["+41324941111"], []),
                  contact("Valentine Schaller", "chancelière municipale", None, ["+41324941113"],
                          ["chancellerie@moutier.example.ch"])],
        notes="A web-archive capture of a (made-up) Moutier town-hall release (Moutier moving from the canton of Bern to "
              "the canton of Jura). Boilerplate: the archive's toolbar lines (the 'The Wayback Machine - URL' line, "
              "'INTERNET ARCHIVE', 'Wayback Machine', the archived URL, 'Go', the capture count and date range, the "
              "month/day/year calendar lines with tabs, 'success'/'fail', 'About this capture', 'COLLECTED BY', the "
              "collection line, 'TIMESTAMPS'; new tag 'web-archive'), then the archived site's name, menu and "
              "breadcrumb, and at the bottom its print/share line, footer with the 2740 postcode and switchboard, "
              "legal line. The school paragraph is UTF-8 read as cp1252; the en dash of the Swiss price 'Fr. 45.–' "
              "is lost with the ’ of that paragraph ('Fr. 45.' then a double space, 'jusquà'): restored, figure text 'Fr. 45.–' (unit 'Fr.', CHF; decision "
              "of this set). Dateline 'Moutier, le 2.12.2025 –' (dotted date without zero padding, figure 'le "
              "2.12.2025'). The title's 'le 1er janvier 2026' and the body's 'le 1er janvier 2026 à 0 h' are two "
              "texts. Swiss apostrophe thousands ('7'400', '80'000'). 'quelque 7'400 habitantes et habitants': unit "
              "the first noun. 'La quotité d’impôt ... 1,94': a tax multiplier (kind other, unit null). 'par an' stays "
              "out. 'la rentrée d’août 2026': month-year 'août 2026'. 'jusqu’en 2030': text '2030' (the 'en' is "
              "fused into 'jusqu’en'). 'contingent 2025': a year dating the quota ('2025'). 'canton de Berne', "
              "'canton du Jura' give the places 'Berne' and 'Jura' (iso null, h184-h199 'canton de Fribourg' rule); "
              "'jurassienne', 'bernoises' are adjectives. 'ceff' is an acronym written in lower case after its long "
              "form (as 'Ifremer'); 'CFF' (the federal railways) is acronym only. The signature 'Le Conseil "
              "municipal' is the town's executive (organisation, h184-h199 'Conseil communal'). The 'Renseignements' "
              "line holds two people separated by ';': two contacts, Swiss numbers without code (+41).",
    ),
))

# --------------------------------------------------------------------------- h241 bishops' conference message (Rwanda), PDF text: letterhead, centred title, hyphenation, ligatures, page break, closing formula
PAGES.append(Page(
    name="h241-cecr-rwanda-message-avent-inondations-pdf",
    meta={"site": "www.cecr-rwanda.example.rw", "style": "bishops-conference-message-pdf",
          "defects": ["page-furniture", "pdf-hyphenation", "hard-wrap", "wrapped-number", "stray-unicode-ligature",
                      "oe-written-out", "postcode-trap"]},
    blocks=[
        B("""CONFÉRENCE DES ÉVÊQUES CATHOLIQUES DU RWANDA
Secrétariat général – B.P. 357 Kigali – Tél. +250 252 580 412"""),
        X("             MESSAGE DES ÉVÊQUES CATHOLIQUES DU RWANDA\n"
          "                  POUR LE TEMPS DE L’AVENT 2025",
          "MESSAGE DES ÉVÊQUES CATHOLIQUES DU RWANDA POUR LE TEMPS DE L’AVENT 2025"),
        X("      « Il n’y avait pas de place pour eux dans la salle commune » (Lc 2, 7)",
          "« Il n’y avait pas de place pour eux dans la salle commune » (Lc 2, 7)"),
        P("Chers frères et soeurs dans le Christ,"),
        P("1. En ce premier dimanche de l’Avent, le 30 novembre 2025, nous, évêques catholiques du Rwanda, réunis⏎"
          "en assemblée plénière à Kigali du 24 au 28 novembre, tournons notre regard vers nos frères⏎"
          "et soeurs de la province de l’Ouest, durement éprouvés par les pluies diluviennes des mois⏎"
          "d’octobre et de novembre.", lig=True),
        P("2. Selon les chiffres communiqués par le ministère de la Gestion des urgences (MINEMA), les⏎"
          "inondations et les glissements de terrain ont fait 26 morts et détruit plus de 1⏎"
          "800 maisons dans les districts de Rubavu, Nyabihu, Ngororero et Rutsiro. Quelque 4 300 familles⏎"
          "ont trouvé refuge dans des écoles, des églises et des centres de santé.", lig=True),
        P("3. Dès les premiers jours, Caritas Rwanda et les Caritas diocésaines de Nyundo et de " +
          hy("Ruhen", "geri") + " ont distribué 62 tonnes de vivres, 9 500 couvertures et des kits d’hygiène "
          "à plus de 2 000 " + hy("mé", "nages") + ". Nous remercions les paroisses qui ont ouvert leurs portes, "
          "ainsi que les bénévoles⏎qui ont oeuvré jour et nuit aux côtés des autorités locales.", lig=True),
        P("4. Nous appelons tous les fidèles à un geste concret de partage. La quête du dimanche⏎"
          "21 décembre 2025, quatrième dimanche de l’Avent, sera intégralement versée au fonds de " +
          hy("soli", "darité") + ", qui a déjà reçu 148 millions de francs rwandais.[[|| Chaque paroisse est invitée "
          "à y contribuer à hauteur d’au moins 150 000 Frw.]]", lig=True),
        B("Message de l’Avent 2025 – CECR                                                   1/2\n"
          "Conférence des évêques catholiques du Rwanda"),
        P("[[Chaque paroisse est invitée à y contribuer à hauteur\nd’au moins 150 000 Frw.||]]", lig=True),
        P("5. Nous demandons enfin aux pouvoirs publics d’accélérer le relogement des familles qui vivent⏎"
          "dans les zones à haut risque : selon le MINEMA, près de 7 200 ménages y habitent encore, dont un⏎"
          "tiers dans le seul district de Rubavu. Que l’Enfant de la crèche, qui n’a pas trouvé de place⏎"
          "parmi les hommes, nous apprenne à faire place à ceux qui ont tout perdu.", lig=True),
        P("Fait à Kigali, le 28 novembre 2025"),
        L("""Pour les évêques catholiques du Rwanda,
+ Célestin Habimana
Évêque de Nyundo, Président de la CECR"""),
        L("Contact presse : Abbé Théophile Nsengimana, secrétaire général adjoint – +250 788 312 456 – "
          "communication@cecr.example.rw"),
        B("Message de l’Avent 2025 – CECR                                                   2/2"),
    ],
    gold=dict(
        title="MESSAGE DES ÉVÊQUES CATHOLIQUES DU RWANDA POUR LE TEMPS DE L’AVENT 2025",
        dateline=None,
        organisations=[org("ministère de la Gestion des urgences", "MINEMA"), org("Caritas Rwanda", None),
                       org(None, "CECR")],
        places=[place("Rwanda", "RW"), place("Kigali"), place("Ouest"), place("Rubavu"), place("Nyabihu"),
                place("Ngororero"), place("Rutsiro"), place("Nyundo"), place("Ruhengeri")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("le 30 novembre 2025", "2025-11-30", None, "date"),
            fig("24", "--11-24", None, "date"),
            fig("28 novembre", "--11-28", None, "date"),
            fig("26 morts", 26, "morts"),
            fig("plus de 1 800 maisons", 1800, "maisons", qualifier="plus de"),
            fig("Quelque 4 300 familles", 4300, "familles", qualifier="Quelque"),
            fig("62 tonnes", 62, "tonnes", "other"),
            fig("9 500 couvertures", 9500, "couvertures"),
            fig("plus de 2 000 ménages", 2000, "ménages", qualifier="plus de"),
            fig("dimanche 21 décembre 2025", "2025-12-21", None, "date"),
            fig("148 millions de francs rwandais", 148000000, "francs rwandais", "money", currency="RWF"),
            fig("au moins 150 000 Frw", 150000, "Frw", "money", qualifier="au moins", currency="RWF"),
            fig("près de 7 200 ménages", 7200, "ménages", qualifier="près de"),
            fig("un tiers", 0.3333, None, "other"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
        ],
        phones=[phone("+250788312456")],
        emails=["communication@cecr.example.rw"],
        contacts=[contact("Théophile Nsengimana", "secrétaire général adjoint", None, ["+250788312456"],
                          ["communication@cecr.example.rw"])],
        notes="Text layer of a (made-up) Rwandan bishops' conference Advent message in PDF. Boilerplate: the letterhead "
              "(conference name in capitals, secretariat line with 'B.P. 357' and the switchboard; a PDF without CMS "
              "title, h56-h71 rule) and the running footer '... – CECR 1/2', '2/2' with the next page's running "
              "header, which fall inside paragraph 4 (one clean line, h136-h151 print rule). The capital title is "
              "centred over two lines (one title line); the scripture verse under it is an epigraph (article line); "
              "its reference '(Lc 2, 7)' is not a figure (a reference, decision of this set). PDF line ends are hard "
              "wraps (joined), with hyphenation ('mé-'/'nages', 'soli-'/'darité'), a number split at a line end "
              "('plus de 1' / '800 maisons') and fi/fl ligatures. 'soeurs', 'oeuvré' are written out (kept, tag "
              "'oe-written-out'). No dateline: the closing formula 'Fait à Kigali, le 28 novembre 2025' is article "
              "text but not a dateline (h104-h119); its date is a figure. Section numbers '1.' to '5.' are not "
              "figures. 'L’AVENT 2025' in the capital title gives the year '2025' (the season of the message). 'du 24 "
              "au 28 novembre' without a year: '24' (--11-24) and '28 novembre'. 'premier dimanche', 'quatrième "
              "dimanche': ordinal words. 'La quête du dimanche 21 décembre 2025': 'du' left out. '150 000 Frw': the "
              "Rwandan franc's abbreviation as unit (RWF). 'la province de l’Ouest' gives the place 'Ouest' (the "
              "h184-h199 'province du Sud-Kivu' rule); 'Rwanda' stands alone in 'évêques catholiques du Rwanda' (a "
              "description, not a name): listed. The conference's long form is written only in the letterhead and "
              "the running header (boilerplate): listed by its acronym from the signature line, long form null "
              "(h104-h119 rule). A place name is hyphenated at a line end ('Ruhen-'/'geri'). 'les Caritas diocésaines de Nyundo et de "
              "Ruhengeri' are generic (plural); 'Nyundo', 'Ruhengeri' are places (dioceses named after towns). "
              "'MINEMA' after its long form in lower case 'ministère ...' (as written). The signature (a bishop) is "
              "not a contact; the press contact's title 'Abbé' stays out of 'person' (as 'Dr', 'Mme').",
    ),
))

# --------------------------------------------------------------------------- h242 telecom regulator (Kinshasa): inline script, tracking pixel and JSON-LD lines, ’ as a space, hidden e-mail, release-number label
H242_TITLE = ("Qualité de service : l’ACRCE inflige 7,4 milliards de francs congolais d’amendes à trois opérateurs "
              "mobiles")
PAGES.append(Page(
    name="h242-acrce-kinshasa-amendes-qualite-service",
    meta={"site": "www.acrce.example.cd", "style": "telecom-regulator-wordpress-scripts",
          "defects": ["script-json-ld", "html-debris", "menu", "breadcrumb", "lost-apostrophe", "hidden-email",
                      "share-lines", "ticker", "postcode-trap"]},
    blocks=[
        B("""<script>if (!window.dataLayer) { window.dataLayer = []; } function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QX2LM4KZ1');</script>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=481220934417725&ev=PageView&noscript=1"/></noscript>
ACRCE – Autorité congolaise de régulation des communications électroniques
Accueil | L’Autorité | Opérateurs | Consommateurs | Textes et décisions | Actualités | Contact
Accueil / Actualités / Communiqués de presse
Communiqué de presse N° 027/ACRCE/DG/2025"""),
        P(H242_TITLE),
        P("Kinshasa/Gombe, le 1er décembre 2025 – L’Autorité congolaise de régulation des communications électroniques "
          "(ACRCE) a sanctionné trois opérateurs de téléphonie mobile pour non-respect de leurs obligations de qualité "
          "de service, à l’issue d’une campagne de mesures menée du 15 septembre au 31 octobre 2025 dans 14 villes, "
          "dont Kinshasa, Lubumbashi, Mbuji-Mayi et Kisangani.", apos="space"),
        P("Les mesures révèlent un taux d’échec des appels de 4,7 % en moyenne, pour un seuil réglementaire de 2 %, et "
          "un débit de données inférieur à 1 mégabit par seconde dans près d’un tiers des points de mesure.",
          apos="space"),
        P("Tembo Télécom devra s’acquitter d’une amende de 3,9 milliards de francs congolais (FC), Kivu Mobile de 2,1 "
          "milliards de FC et Congo Connect de 1,4 milliard de FC. Les opérateurs disposent de 90 jours pour corriger "
          "les défaillances constatées, faute de quoi les sanctions pourront être doublées."),
        P("Par ailleurs, l’ACRCE rappelle que l’identification des abonnés doit être achevée d’ici le 31 mars 2026. "
          "Sur 62 millions de cartes SIM actives, 41,3 millions seulement, soit 66,6 %, sont à ce jour enregistrées "
          "avec une pièce d’identité valide. Le prix moyen du gigaoctet est passé de 5 000 FC à 2 500 FC en un an, "
          "soit environ 0,90 dollar américain."),
        P("« Le consommateur congolais paie pour un service qu’il ne reçoit pas. Nous ne le tolérerons plus », a "
          "déclaré le directeur général de l’ACRCE, Jean-Pierre Lukusa Mbuyi."),
        P("Les consommateurs peuvent signaler les problèmes de réseau au numéro vert 5050 ou à [email protected]."),
        L("Cellule de communication de l’ACRCE : +243 81 555 0192 | +243 99 812 3456 | "
          "communication@acrce.example.cd"),
        B("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Qualité de service : l’ACRCE inflige 7,4 milliards de francs congolais d’amendes à trois opérateurs mobiles","datePublished":"2025-12-01T09:00:00+01:00","publisher":{"@type":"Organization","name":"ACRCE"}}
Partager sur : Facebook | X | LinkedIn | WhatsApp
Articles similaires
Portabilité des numéros : lancement le 1er février 2026
Tarifs d’interconnexion 2026 : consultation publique ouverte jusqu’au 15 décembre
ACRCE – Immeuble du Centenaire, boulevard du 30 Juin 1234, Kinshasa/Gombe – B.P. 8200 Kinshasa 1
© 2025 ACRCE. Tous droits réservés. | Propulsé par WordPress"""),
    ],
    gold=dict(
        title=H242_TITLE,
        dateline=dl("Kinshasa/Gombe", "2025-12-01"),
        organisations=[org("Autorité congolaise de régulation des communications électroniques", "ACRCE"),
                       org("Tembo Télécom", None), org("Kivu Mobile", None), org("Congo Connect", None)],
        places=[place("Kinshasa/Gombe"), place("Kinshasa"), place("Gombe"), place("Lubumbashi"),
                place("Mbuji-Mayi"), place("Kisangani")],
        figures=[
            fig("7,4 milliards de francs congolais", 7400000000, "francs congolais", "money", currency="CDF"),
            fig("trois opérateurs", 3, "opérateurs"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("15 septembre", "2025-09-15", None, "date"),
            fig("31 octobre 2025", "2025-10-31", None, "date"),
            fig("14 villes", 14, "villes"),
            fig("4,7 %", 4.7, "%", "percent"),
            fig("2 %", 2, "%", "percent"),
            fig("1 mégabit", 1, "mégabit", "other"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("3,9 milliards de francs congolais", 3900000000, "francs congolais", "money", currency="CDF"),
            fig("2,1 milliards de FC", 2100000000, "FC", "money", currency="CDF"),
            fig("1,4 milliard de FC", 1400000000, "FC", "money", currency="CDF"),
            fig("90 jours", 90, "jours", "duration"),
            fig("le 31 mars 2026", "2026-03-31", None, "date"),
            fig("62 millions de cartes", 62000000, "cartes"),
            fig("41,3 millions", 41300000, None),
            fig("66,6 %", 66.6, "%", "percent"),
            fig("5 000 FC", 5000, "FC", "money", currency="CDF"),
            fig("2 500 FC", 2500, "FC", "money", currency="CDF"),
            fig("environ 0,90 dollar américain", 0.9, "dollar américain", "money", qualifier="environ",
                currency="USD"),
        ],
        phones=[phone("+243815550192"), phone("+243998123456")],
        emails=["communication@acrce.example.cd"],
        hidden_emails=1,
        contacts=[contact(None, None, "Cellule de communication de l’ACRCE", ["+243815550192", "+243998123456"],
                          ["communication@acrce.example.cd"])],
        notes="A (made-up) Congolese (DRC) telecom regulator's WordPress release. Boilerplate: an inline analytics "
              "<script> line, a <noscript> tracking-pixel line and, under the article, the page's JSON-LD metadata "
              "line (lines that are only code; new tag 'script-json-ld'), site name, menu, breadcrumb, the release "
              "number label above the title (page metadata, h184-h199), share line, 'Articles similaires' headlines "
              "(their dates are chrome), footer with 'B.P. 8200 Kinshasa 1' and the street number, copyright. ’ "
              "became a space in the first two body paragraphs ('l Autorité', 'd échec', 'l issue'). Dateline "
              "'Kinshasa/Gombe, le 1er décembre 2025 –' (city and commune joined by '/': place as written, both "
              "listed, README 'NIAMEY/GENÈVE' rule). The three operators (made up) are organisations (companies "
              "acting, sanctioned). 'francs congolais (FC)': CDF, the abbreviation 'FC' as unit where written; the "
              "title's and the body's '... de francs congolais' amounts are different texts. 'du 15 septembre au 31 "
              "octobre 2025': first bound with its own month, year of the second. 'pour un seuil réglementaire de 2 "
              "%': a percent. '1 mégabit par seconde': measure, 'par seconde' out (README per-unit rule). '41,3 "
              "millions seulement': count without noun. 'passé de 5 000 FC à 2 500 FC': two money figures. 'd’ici le "
              "31 mars 2026': the date keeps its 'le'. 'en un an', 'doublées': not figures. 'numéro vert 5050' is "
              "neither phone nor figure; the complaint address is hidden (counted). 'le consommateur congolais': "
              "adjective, no country on the page. The communication cell's line is one office contact with two "
              "DRC mobiles joined by '|'.",
    ),
))

# --------------------------------------------------------------------------- h243 marathon organiser (Marrakech): race times, glued heading, caption twice, ’ as '?', mixed quotes, a Turkish name
PAGES.append(Page(
    name="h243-marathon-marrakech-resultats-record",
    meta={"site": "www.marathon-marrakech.example.ma", "style": "sports-event-results-release",
          "defects": ["menu", "breadcrumb", "heading-glued", "duplicate-caption", "lost-apostrophe", "mixed-quotes",
                      "page-furniture", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Marathon international de Marrakech – 36e édition
العربية | Français | English
Accueil | Inscriptions | Parcours | Résultats | Médias | Partenaires
Accueil > Médias > Communiqués
Résultats en direct ▸ Rechercher un dossard…
Publié le 30/11/2025 à 13:45 | Service de presse"""),
        P("Marathon international de Marrakech : doublé kényan chez les hommes, record de l’épreuve chez les femmes"),
        P("MARRAKECH, 30/11/2025 – Sous un ciel dégagé et par 11 °C au départ, 12 400 coureurs de 68 nationalités ont "
          "pris part dimanche à la 36e édition du Marathon international de Marrakech et à son semi-marathon, "
          "organisés par l’Association Marrakech Grand Atlas (AMGA) sur un parcours plat de 42,195 kilomètres autour "
          "des remparts et de la palmeraie."),
        P("Chez les hommes"),
        P("Le Kényan Kipchumba Rotich s’est imposé en 2 h 07 min 48 s, devant son compatriote Edwin Kiprop (2 h 08 min "
          "15 s) et le Marocain Hamza Bouchikhi (2 h 09 min 02 s), meilleur athlète national depuis 2017."),
        P("Tigist Alemu franchit la ligne d’arrivée place Jemaa el-Fna. © AMGA / S. Ouahbi"),
        B("Tigist Alemu franchit la ligne d’arrivée place Jemaa el-Fna. © AMGA / S. Ouahbi"),
        P("Chez les femmes"),
        P("L’Éthiopienne Tigist Alemu, 24 ans, a pulvérisé le record de l’épreuve en 2 h 21 min 30 s, améliorant de 52 "
          "secondes la marque établie en 2019. La Turque Sıla Kaya a pris la deuxième place en 2 h 24 min 11 s.",
          glue=True),
        P("Les vainqueurs reçoivent chacun une prime de 250 000 dirhams (environ 23 000 euros). Des contrôles "
          "antidopage ont été réalisés sur 20 coureurs par l’Agence marocaine antidopage (AMAD)."),
        P("“Marrakech est une course idéale pour battre des records”, a souligné Tigist Alemu. « Je reviendrai l’an "
          "prochain pour descendre sous les 2 h 20. »", apos="?"),
        L("""Contact presse :
Service de presse de l’AMGA – +212 524 43 21 09 – presse@marathon-marrakech.example.ma
Youssef El Amrani, attaché de presse – +212 661 12 34 56""", apos="?"),
        B("""Partager : Facebook | Instagram | X | WhatsApp
Prochaine édition : dimanche 31 janvier 2027 – inscriptions à partir du 1er mars
Partenaires officiels : Royal Air Maroc · Maroc Telecom · Ville de Marrakech
AMGA – Avenue Mohammed VI, BP 2456 – 40000 Marrakech – Tél. +212 524 43 21 00
© 2025 Marathon international de Marrakech – Tous droits réservés"""),
    ],
    gold=dict(
        title="Marathon international de Marrakech : doublé kényan chez les hommes, record de l’épreuve chez les "
              "femmes",
        dateline=dl("MARRAKECH", "2025-11-30"),
        organisations=[org("Association Marrakech Grand Atlas", "AMGA"),
                       org("Agence marocaine antidopage", "AMAD")],
        places=[place("Marrakech"), place("Jemaa el-Fna")],
        figures=[
            fig("30/11/2025", "2025-11-30", None, "date"),
            fig("11 °C", 11, "°C", "other"),
            fig("12 400 coureurs", 12400, "coureurs"),
            fig("68 nationalités", 68, "nationalités"),
            fig("36e", 36, None, "ordinal"),
            fig("42,195 kilomètres", 42.195, "kilomètres", "other"),
            fig("2 h 07 min 48 s", 7668, None, "duration"),
            fig("2 h 08 min 15 s", 7695, None, "duration"),
            fig("2 h 09 min 02 s", 7742, None, "duration"),
            fig("2017", 2017, None, "year"),
            fig("24 ans", 24, "ans", "age"),
            fig("2 h 21 min 30 s", 8490, None, "duration"),
            fig("52 secondes", 52, "secondes", "duration"),
            fig("en 2019", 2019, None, "year"),
            fig("2 h 24 min 11 s", 8651, None, "duration"),
            fig("250 000 dirhams", 250000, "dirhams", "money", currency="MAD"),
            fig("environ 23 000 euros", 23000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("20 coureurs", 20, "coureurs"),
            fig("2 h 20", 8400, None, "duration"),
        ],
        phones=[phone("+212524432109"), phone("+212661123456")],
        emails=["presse@marathon-marrakech.example.ma"],
        contacts=[contact(None, None, "Service de presse de l’AMGA", ["+212524432109"],
                          ["presse@marathon-marrakech.example.ma"]),
                  contact("Youssef El Amrani", "attaché de presse", None, ["+212661123456"], [])],
        notes="Results release of a (made-up) marathon organiser in Marrakech. Boilerplate: the event's name line with "
              "its edition, Arabic/French/English language line, menu, breadcrumb, a live-results search line, the "
              "'Publié le ... | Service de presse' line; at the bottom the share line, next-edition line (its dates "
              "are chrome), partners line, footer with BP box, 40000 postcode and switchboard, copyright. The "
              "photo caption is printed twice (second copy boilerplate); the heading 'Chez les femmes' is glued to "
              "its paragraph ('femmesL’Éthiopienne'); ’ as '?' in the last quote and the contact block ('l?an', "
              "'l?AMGA'); “ ” then « » (kept). Dateline 'MARRAKECH, 30/11/2025 –' (numeric date, figure "
              "'30/11/2025'). Decision of this set: a race time written with h/min/s marks ('2 h 07 min 48 s') is one "
              "duration figure, value in seconds (7668), unit null (no single unit noun); 'sous les 2 h 20' likewise "
              "(8400); '52 secondes' keeps its unit. '36e édition' is an ordinal (h216-h231 '35e'); the edition "
              "number in the chrome is not a figure. '24 ans' after a name: age. 'meilleur athlète national depuis "
              "2017': year '2017'. 'la deuxième place': ordinal word. 'Sıla Kaya' is a Turkish name whose dotless ı is "
              "correct: kept, not a defect (the README's ı repair is for French words). 'Kényan', 'Marocain', "
              "'Éthiopienne', 'Turque' are demonyms (no places). 'Marathon international de Marrakech' is the event, "
              "not an organisation; its organiser AMGA is. 'place Jemaa el-Fna' (a square) gives the place 'Jemaa "
              "el-Fna' (decision of this set, as 'anse de Colombier'). 'par 11 °C': a temperature. 'l’an prochain': "
              "not a figure. Two contacts: the organiser's press service (office) and an attaché with a mobile.",
    ),
))

# --------------------------------------------------------------------------- h244 water-and-power utility (Moroni): unaccented capital title, ’ as '?', a table with tab-separated cells
PAGES.append(Page(
    name="h244-scee-moroni-coupures-programmees",
    meta={"site": "www.scee.example.km", "style": "utility-outage-notice-tab-table",
          "defects": ["menu", "breadcrumb", "ticker", "unaccented-capitals", "lost-apostrophe", "lost-dash", "table-cells",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""SCEE – Société comorienne de l’eau et de l’électricité
Accueil | Particuliers | Entreprises | Travaux et coupures | Nos agences | Contact
FLASH ▸ Paiement des factures par mobile money : 0 % de frais jusqu’au 31 décembre ▸ Agence de Fomboni : nouveaux horaires
Accueil > Travaux et coupures > Avis"""),
        P("[[COUPURES PROGRAMMEES D'ELECTRICITE A MORONI DU 8 AU 13 DECEMBRE||COUPURES PROGRAMMÉES D'ÉLECTRICITÉ À "
          "MORONI DU 8 AU 13 DÉCEMBRE]]"),
        P("Moroni, le 5 décembre 2025 – La Société comorienne de l’eau et de l’électricité (SCEE) informe son aimable "
          "clientèle que des coupures d’électricité programmées auront lieu à Moroni et dans ses environs du lundi 8 "
          "au samedi 13 décembre 2025, afin de raccorder la nouvelle centrale solaire de Mitsoudjé au réseau de "
          "Ngazidja.", apos="?", nodash="?"),
        X("Date\tQuartiers concernés\tHoraires\n"
          "Lundi 8 décembre\tBadjanani, Coulée, Magoudjou\t8 h ? 14 h\n"
          "Mardi 9 décembre\tHamramba, Zilimadjou, Mdé\t8 h ? 14 h\n"
          "Jeudi 11 décembre\tItsandra, Hahaya, Mitsamiouli\t7 h ? 13 h\n"
          "Samedi 13 décembre\tIconi, Mitsoudjé, Salimani\t9 h ? 15 h",
          "Date Quartiers concernés Horaires\n"
          "Lundi 8 décembre Badjanani, Coulée, Magoudjou 8 h – 14 h\n"
          "Mardi 9 décembre Hamramba, Zilimadjou, Mdé 8 h – 14 h\n"
          "Jeudi 11 décembre Itsandra, Hahaya, Mitsamiouli 7 h – 13 h\n"
          "Samedi 13 décembre Iconi, Mitsoudjé, Salimani 9 h – 15 h"),
        P("Chaque quartier sera privé de courant pendant 6 heures au plus. La centrale de Mitsoudjé, d’une puissance de "
          "12 mégawatts, couvrira près de 30 % des besoins en électricité de l’île. Elle a été financée à hauteur de "
          "18,5 millions d’euros par l’Agence française de développement (AFD) et la Banque mondiale.", apos="?"),
        P("La SCEE rappelle que toute reconnexion frauduleuse au réseau est passible d’une pénalité de 75 000 francs "
          "comoriens. Les abonnés sont invités à débrancher leurs appareils sensibles pendant les travaux et à "
          "signaler toute anomalie à l’agence la plus proche.", apos="?"),
        L("Service clientèle : (269) 773 14 52 / 333 27 81 – clientele@scee.example.km"),
        B("""Partager : Facebook | WhatsApp | Imprimer
Avis précédents
› Coupure d’eau à Mutsamudu le 28 novembre
› Travaux sur le réseau de Fomboni : rétablissement du courant
SCEE – Route de la Corniche – BP 1762 Moroni – Union des Comores
© 2025 SCEE – Tous droits réservés"""),
    ],
    gold=dict(
        title="COUPURES PROGRAMMÉES D'ÉLECTRICITÉ À MORONI DU 8 AU 13 DÉCEMBRE",
        dateline=dl("Moroni", "2025-12-05"),
        organisations=[org("Société comorienne de l’eau et de l’électricité", "SCEE"),
                       org("Agence française de développement", "AFD"), org("Banque mondiale", None)],
        places=[place("Moroni"), place("Mitsoudjé"), place("Ngazidja"), place("Badjanani"), place("Coulée"),
                place("Magoudjou"), place("Hamramba"), place("Zilimadjou"), place("Mdé"), place("Itsandra"),
                place("Hahaya"), place("Mitsamiouli"), place("Iconi"), place("Salimani")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("13 DÉCEMBRE", "--12-13", None, "date"),
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("samedi 13 décembre 2025", "2025-12-13", None, "date"),
            fig("Lundi 8 décembre", "2025-12-08", None, "date"),
            fig("Mardi 9 décembre", "2025-12-09", None, "date"),
            fig("Jeudi 11 décembre", "2025-12-11", None, "date"),
            fig("Samedi 13 décembre", "2025-12-13", None, "date"),
            fig("6 heures", 6, "heures", "duration"),
            fig("12 mégawatts", 12, "mégawatts", "other"),
            fig("près de 30 %", 30, "%", "percent", qualifier="près de"),
            fig("18,5 millions d’euros", 18500000, "euros", "money", currency="EUR"),
            fig("75 000 francs comoriens", 75000, "francs comoriens", "money", currency="KMF"),
        ],
        phones=[phone("+2697731452"), phone("+2693332781")],
        emails=["clientele@scee.example.km"],
        contacts=[contact(None, None, "Service clientèle", ["+2697731452", "+2693332781"],
                          ["clientele@scee.example.km"])],
        notes="Outage notice of a (made-up) Comorian water-and-power utility. Boilerplate: company name line, menu, a "
              "'FLASH ▸' ticker (its '0 %' and date are chrome), breadcrumb, share line, 'Avis précédents' headlines, "
              "footer with 'BP 1762', copyright. The capital title has lost its accents ('PROGRAMMEES', 'A MORONI', "
              "'DECEMBRE': restored; its straight apostrophe 'D'ÉLECTRICITÉ' kept as written, h88-h103). ’ became "
              "'?' in the three body paragraphs ('l?eau', 'd?électricité', 'l?île') and the en dashes of the dateline and "
              "of the table's clock ranges too ('2025 ? La', '8 h ? 14 h'), é and à surviving. The schedule "
              "is a table whose cells are separated by tabs (one raw line per row): each row is one clean line, cells "
              "joined by one space (h136-h151 'table-cells' rule, applied to tab-separated cells; decision of this "
              "set), the header row too; the row dates are date figures dated by the dateline paragraph's 'du lundi 8 "
              "au samedi 13 décembre 2025' (2025-12-08 ...; decision: a table under a sentence that gives the year "
              "takes it), their clock ranges ('8 h – 14 h') are not figures. Title 'DU 8 AU 13 DÉCEMBRE': '8' "
              "(--12-08) and '13 DÉCEMBRE' (--12-13, capital text as written). 'pendant 6 heures au plus': '6 heures' "
              "('au plus' follows the unit, not a qualifier). 'francs comoriens': KMF. Ngazidja (Grande Comore) is an "
              "island; the neighbourhoods and villages of the table are places (iso null); 'l’île' generic. 'Union "
              "des Comores' is in the footer only: not listed. The customer-service line is an office contact; "
              "'(269) 773 14 52 / 333 27 81' gives two Comorian numbers, the second without code.",
    ),
))

# --------------------------------------------------------------------------- h245 Alliance française of Lusaka on a free site-builder page: builder banner and slideshow text, ’ and œ as U+FFFD, glued heading, caption twice, hidden e-mail
H245_W = "Ce site a été conçu avec Wix. Créez votre site dès aujourd’hui."


def fffd(clean: str) -> str:
    """Markup for text whose ’ became U+FFFD (a Latin-1 trip with replacement)."""
    return rep(clean, "’“”–", "\ufffd")


PAGES.append(Page(
    name="h245-alliance-francaise-lusaka-festival-film",
    meta={"site": "aflusaka.example-sitebuilder.com", "style": "cultural-centre-free-site-builder",
          "defects": ["site-builder-chrome", "menu", "duplicate-lines", "heading-glued", "lost-apostrophe", "lost-dash",
                      "oe-replacement-char", "duplicate-caption", "mixed-quotes", "hidden-email", "newsletter-chrome",
                      "postcode-trap"]},
    blocks=[
        B(fffd(H245_W) + """
Commencer
Alliance française de Lusaka
Accueil
Cours de français
Culture
Culture
Médiathèque
Plus
Connexion
Utiliser les flèches gauche/droite pour naviguer dans le diaporama ou glisser vers la gauche/droite sur un appareil mobile"""),
        P(fffd("Le Festival du film francophone de Lusaka fête ses dix ans du 6 au 14 mars 2026")),
        P(fffd("Lusaka (Zambie), 1er décembre 2025 – L’Alliance française de Lusaka (AFL) et l’ambassade de France en "
               "Zambie organisent la 10e édition du Festival du film francophone de Lusaka, du vendredi 6 au samedi 14 "
               "mars 2026. Quatorze longs métrages et 22 courts métrages, des œuvres venues de 11 pays, seront "
               "projetés au Ridgeway Cinema et dans les jardins de l’Alliance."), oe="fffd"),
        P("Au programme"),
        P(fffd("Le festival s’ouvrira avec « Le Dernier Ferry », premier long métrage de la réalisatrice "
               "franco-zambienne Chileshe Mwamba. Un atelier d’écriture de scénario de cinq jours, animé par des "
               "professionnels du Sénégal et du Québec, accueillera 16 jeunes Zambiens âgés de 18 à 30 ans."),
          glue=True),
        P(fffd("Soirée d’ouverture de l’édition 2025 au Ridgeway Cinema. © AFL")),
        B(fffd("Soirée d’ouverture de l’édition 2025 au Ridgeway Cinema. © AFL")),
        P(fffd("Les billets sont vendus 50 kwachas (K50) la séance et 300 kwachas pour le pass festival ; l’entrée est "
               "gratuite pour les 1 250 apprenants de l’Alliance. Le festival bénéficie du soutien de l’Union "
               "européenne et de l’Institut français.")),
        P(fffd("“Dix ans après la première projection, devant 40 spectateurs, nous attendons cette année plus de 6 000 "
               "festivaliers”, se réjouit la directrice de l’Alliance, Claire Mulenga-Roche.")),
        L("""Contact presse
Mwila Banda, chargée de communication
+260 211 25 41 33 / +260 977 412 338
communication@alliancefrancaise-lusaka.example.zm
Billetterie : [email protected]"""),
        B(fffd("""Inscrivez-vous à notre newsletter
E-mail *
S’abonner
Merci pour votre envoi !
Alliance française de Lusaka – Plot 4447, Nangwenya Road, Rhodes Park – Lusaka 10101
©2025 par Alliance française de Lusaka. Créé avec Wix.com""")),
    ],
    gold=dict(
        title="Le Festival du film francophone de Lusaka fête ses dix ans du 6 au 14 mars 2026",
        dateline=dl("Lusaka", "2025-12-01"),
        organisations=[org("Alliance française de Lusaka", "AFL"), org("ambassade de France en Zambie", None),
                       org("Union européenne", None), org("Institut français", None)],
        places=[place("Lusaka"), place("Zambie", "ZM"), place("Sénégal", "SN"), place("Québec")],
        figures=[
            fig("dix ans", 10, "ans", "age"),
            fig("6", "2026-03-06", None, "date"),
            fig("14 mars 2026", "2026-03-14", None, "date"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("10e", 10, None, "ordinal"),
            fig("vendredi 6", "2026-03-06", None, "date"),
            fig("samedi 14 mars 2026", "2026-03-14", None, "date"),
            fig("Quatorze longs métrages", 14, "métrages"),
            fig("22 courts métrages", 22, "métrages"),
            fig("11 pays", 11, "pays"),
            fig("cinq jours", 5, "jours", "duration"),
            fig("16 jeunes", 16, "jeunes"),
            fig("18", 18, None, "age"),
            fig("30 ans", 30, "ans", "age"),
            fig("50 kwachas", 50, "kwachas", "money", currency="ZMW"),
            fig("K50", 50, "K", "money", currency="ZMW"),
            fig("300 kwachas", 300, "kwachas", "money", currency="ZMW"),
            fig("1 250 apprenants", 1250, "apprenants"),
            fig("Dix ans", 10, "ans", "duration"),
            fig("40 spectateurs", 40, "spectateurs"),
            fig("plus de 6 000 festivaliers", 6000, "festivaliers", qualifier="plus de"),
        ],
        phones=[phone("+260211254133"), phone("+260977412338")],
        emails=["communication@alliancefrancaise-lusaka.example.zm"],
        hidden_emails=1,
        contacts=[contact("Mwila Banda", "chargée de communication", None, ["+260211254133", "+260977412338"],
                          ["communication@alliancefrancaise-lusaka.example.zm"]),
                  contact(None, None, "Billetterie", [], [])],
        notes="Press release of the (made-up) Alliance française of Lusaka, Zambia, on a free site-builder page. "
              "Boilerplate (new tag 'site-builder-chrome'): the builder's free-plan banner ('Ce site a été conçu avec "
              "Wix ...' and its 'Commencer' button), the site name, the one-label-a-line menu with a doubled 'Culture', "
              "'Plus', 'Connexion', the slideshow's accessibility text ('Utiliser les flèches ...'), the newsletter "
              "form lines ('E-mail *', 'S’abonner', 'Merci pour votre envoi !'), the address line with the 10101 "
              "postcode and the builder's copyright line. The whole page went through Latin-1 with replacement: every "
              "’, “, ”, en dash and the œ are U+FFFD ('L�Alliance', 'des �uvres', '2025 � L', '�Dix ans ... "
              "festivaliers�'); restored as the characters lost (the quotes as “ ”: « » are Latin-1 and survive, so "
              "the lost pair was curly; the dash as '–', README). The heading 'Au programme' is glued to "
              "its paragraph; the photo caption is printed twice (second copy boilerplate); “ ” in the quote, « » "
              "around a film title (kept). Dateline 'Lusaka (Zambie), 1er décembre 2025 –' (country in brackets, "
              "no 'le'). 'fête ses dix ans' (title): the festival's anniversary, age (h184-h199); the quote's "
              "'Dix ans après' is a duration (another text). Title 'du 6 au 14 mars 2026': '6' (2026-03-06) and '14 "
              "mars 2026'; body 'du vendredi 6 au samedi 14 mars 2026': 'vendredi 6' and 'samedi 14 mars 2026' "
              "(h168-h183). '10e édition': ordinal. 'l’édition 2025' in the caption: an edition's year, not a figure "
              "(h40-h55). 'Quatorze longs métrages', '22 courts métrages': unit 'métrages' (adjective before the "
              "noun stays in the text). '16 jeunes Zambiens': unit 'jeunes' ('Zambiens' qualifies them). 'âgés de 18 à "
              "30 ans': '18' (age, unit null) and '30 ans'. Kwacha: ZMW; 'K50' keeps its symbol as unit (as 'VT'). "
              "'premier long métrage', 'la première projection': ordinal words; 'cette année', 'la séance': not "
              "figures. 'l’ambassade de France en Zambie' acts as co-organiser: an organisation, long form as written "
              "in lower case ('Zambie' also stands alone in the dateline: a place). The festival is an event; "
              "'Ridgeway Cinema' a venue; 'franco-zambienne', 'Zambiens' are adjectives/demonyms. Contacts: the press "
              "officer (Zambian landline and mobile joined by '/') and the 'Billetterie' line whose only address is "
              "hidden (one office contact with nothing but its label, h136-h151 accreditation-line rule).",
    ),
))

# --------------------------------------------------------------------------- h246 French Southern and Antarctic Lands read in a browser's reader view: reader chrome, lost dashes, œ dropped, caption twice
PAGES.append(Page(
    name="h246-taaf-rotation-marion-dufresne-reader-view",
    meta={"site": "www.taaf.example.fr", "style": "overseas-territory-release-reader-view",
          "defects": ["reader-view", "lost-dash", "lost-apostrophe", "double-space", "lost-oe", "duplicate-caption"]},
    blocks=[
        B("www.taaf.example.fr"),
        P("Rotation australe : le Marion Dufresne a appareillé pour Crozet, Kerguelen et Amsterdam"),
        B("""Service communication des TAAF
Temps de lecture estimé : 5 à 6 minutes"""),
        P("Saint-Pierre (La Réunion), le 2 décembre 2025 – Le Marion Dufresne a appareillé lundi de la Pointe des "
          "Galets pour la rotation OP4 2025, la dernière de l’année. Pendant 28 jours, le navire ravitailleur des "
          "Terres australes et antarctiques françaises (TAAF) desservira les districts de Crozet, de Kerguelen et de "
          "Saint-Paul-et-Amsterdam, à près de 3 000 kilomètres au sud de La Réunion.", nodash="", apos="drop"),
        P("À son bord, 62 membres d’équipage et 148 passagers – scientifiques de l’Institut polaire français "
          "Paul-Émile-Victor (IPEV), agents des TAAF, militaires, météorologistes de Météo-France et hivernants – "
          "ainsi que 1 100 tonnes de fret, dont 650 mètres cubes de gazole destinés aux centrales des bases.",
          nodash="", apos="drop"),
        P("Le Marion Dufresne au mouillage devant Port-aux-Français, le 14 octobre 2025. © TAAF / Julien Grondin"),
        B("Le Marion Dufresne au mouillage devant Port-aux-Français, le 14 octobre 2025. © TAAF / Julien Grondin"),
        P("À Kerguelen, la relève de la base de Port-aux-Français permettra aussi de mettre en œuvre le nouveau "
          "programme de suivi des éléphants de mer, dont la population a reculé de 18 % en dix ans. Sur l’île "
          "Amsterdam, 45 agents poursuivront l’éradication des rats et des souris, qui menacent l’albatros "
          "d’Amsterdam, une espèce endémique dont il ne reste que 58 couples reproducteurs.", oe="drop", apos="drop"),
        P("Le retour à La Réunion est prévu le 30 décembre. Les températures relevées à Crozet ces derniers jours "
          "oscillent entre -1 °C et 6 °C, avec des rafales de plus de 100 km/h.", apos="drop"),
        L("""Contact presse :
Service communication des TAAF – +262 262 90 78 00 – communication@taaf.example.fr
Antoine Payet, chargé de communication – 06 92 41 55 03""", nodash=""),
    ],
    gold=dict(
        title="Rotation australe : le Marion Dufresne a appareillé pour Crozet, Kerguelen et Amsterdam",
        dateline=dl("Saint-Pierre", "2025-12-02"),
        organisations=[org("Terres australes et antarctiques françaises", "TAAF"),
                       org("Institut polaire français Paul-Émile-Victor", "IPEV"), org("Météo-France", None)],
        places=[place("Crozet"), place("Kerguelen"), place("Amsterdam"), place("Saint-Pierre"),
                place("La Réunion"), place("Pointe des Galets"), place("Saint-Paul-et-Amsterdam"),
                place("Port-aux-Français")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("28 jours", 28, "jours", "duration"),
            fig("près de 3 000 kilomètres", 3000, "kilomètres", "other", qualifier="près de"),
            fig("62 membres", 62, "membres"),
            fig("148 passagers", 148, "passagers"),
            fig("1 100 tonnes", 1100, "tonnes", "other"),
            fig("650 mètres cubes", 650, "mètres cubes", "other"),
            fig("le 14 octobre 2025", "2025-10-14", None, "date"),
            fig("18 %", 18, "%", "percent"),
            fig("dix ans", 10, "ans", "duration"),
            fig("45 agents", 45, "agents"),
            fig("58 couples", 58, "couples"),
            fig("le 30 décembre", "--12-30", None, "date"),
            fig("-1 °C", -1, "°C", "other"),
            fig("6 °C", 6, "°C", "other"),
            fig("plus de 100 km/h", 100, "km/h", "other", qualifier="plus de"),
        ],
        phones=[phone("+262262907800"), phone("+262692415503")],
        emails=["communication@taaf.example.fr"],
        contacts=[contact(None, None, "Service communication des TAAF", ["+262262907800"],
                          ["communication@taaf.example.fr"]),
                  contact("Antoine Payet", "chargé de communication", None, ["+262692415503"], [])],
        notes="A (made-up) release of the French Southern and Antarctic Lands administration as a browser's reader "
              "view delivers it: the site's host line above the title and the byline and 'Temps de lecture estimé : "
              "5 à 6 minutes' lines under it are the reader's chrome (boilerplate, new tag 'reader-view'; the "
              "byline names the communication service but is metadata). The article text went through an encoder that "
              "dropped what Latin-1 lacks: the en dashes of the dateline, of the inserted clause and of the contact "
              "lines (double spaces), the ’ of the body ('lannée', 'dAmsterdam', 'léradication') and the œ ('mettre "
              "en uvre'); the caption, outside the article body, kept its characters; the "
              "photo caption is printed twice (the reader view repeats a figure's caption; second copy "
              "boilerplate). Dateline 'Saint-Pierre (La Réunion), le 2 décembre 2025 –': place the town, the island "
              "in brackets listed too (h136-h151 'Mata-Utu (Uvea)' rule). 'la rotation OP4 2025' is the name of a "
              "voyage (code and year not figures, as an edition). 'l’île Amsterdam' gives the place 'Amsterdam' (the "
              "French subantarctic island, iso null, not the Dutch city); 'l’albatros d’Amsterdam' is a species name "
              "and adds nothing; the district 'Saint-Paul-et-Amsterdam' is listed as written. 'Pointe des Galets' (a "
              "port area) and 'Port-aux-Français' (the Kerguelen base town) are places; 'Marion Dufresne' is a "
              "ship. TAAF is the territory's administration (its supply ship, its agents): an organisation "
              "(h216-h231 'Province Sud' rule), long form with acronym; iso null for every place of this overseas "
              "territory and of La Réunion. 'entre -1 °C et 6 °C': both bounds carry the unit (two figures, the "
              "first with its sign). 'Pendant 28 jours', 'en dix ans': durations. 'la dernière de l’année', 'ces "
              "derniers jours': not figures. Two contacts: the communication service (office, +262 landline) and a "
              "press officer with a Réunion mobile written without code ('06 92 ...', +262).",
    ),
))

# --------------------------------------------------------------------------- h247 Cameroonian customs quarterly note, PDF with two columns interleaved, bilingual letterhead, hyphenation, page furniture
PAGES.append(Page(
    name="h247-douanes-cameroun-saisies-t3-2025-pdf",
    meta={"site": "www.douanes.example.cm", "style": "customs-quarterly-note-two-column-pdf",
          "defects": ["column-interleave", "page-furniture", "pdf-hyphenation", "hard-wrap",
                      "stray-unicode-ligature", "postcode-trap"]},
    blocks=[
        B("""RÉPUBLIQUE DU CAMEROUN                                REPUBLIC OF CAMEROON
Paix – Travail – Patrie                                      Peace – Work – Fatherland
MINISTÈRE DES FINANCES                                          MINISTRY OF FINANCE
DIRECTION GÉNÉRALE DES DOUANES                    DIRECTORATE GENERAL OF CUSTOMS
B.P. 4049 Yaoundé – Tél. (+237) 222 23 14 35
Note de conjoncture n° 3/2025"""),
        X("              Saisies douanières du troisième trimestre 2025 :\n"
          "            8,6 milliards de francs CFA de marchandises interceptées",
          "Saisies douanières du troisième trimestre 2025 : 8,6 milliards de francs CFA de marchandises interceptées"),
        X(" " * 58 + "Yaoundé, le 28 novembre 2025", "Yaoundé, le 28 novembre 2025"),
        P("Au troisième trimestre 2025, les services de la Direction générale des douanes (DGD) ont réalisé 1 264⏎"
          "saisies, pour une valeur totale de 8,6 milliards de francs CFA, en hausse de 37 % par rapport au " +
          hy("tri", "mestre") + " précédent. Les ports de Douala et de Kribi concentrent à eux seuls près des trois "
          "quarts⏎des marchandises interceptées.", lig=True),
        X("Médicaments falsifiés\n"
          "Faune sauvage\n"
          "Au port de Douala, 412 kilogrammes de\n"
          "Au poste frontière de Garoua-Boulaï, les\n"
          "tramadol et 3,2 tonnes d’antipaludiques\n"
          "agents ont intercepté 146 kilogrammes\n"
          "falsifiés ont été saisis dans deux conte-\n"
          "d’écailles de pangolin et 38 défenses\n"
          "neurs en provenance d’Asie, pour une va-\n"
          "d’ivoire, en lien avec l’Office des Nations\n"
          "leur estimée à 1,9 milliard de francs CFA.\n"
          "unies contre la drogue et le crime (ONUDC).",
          "Médicaments falsifiés\n"
          "Au port de Douala, 412 kilogrammes de tramadol et 3,2 tonnes d’antipaludiques falsifiés ont été saisis "
          "dans deux conteneurs en provenance d’Asie, pour une valeur estimée à 1,9 milliard de francs CFA.\n"
          "Faune sauvage\n"
          "Au poste frontière de Garoua-Boulaï, les agents ont intercepté 146 kilogrammes d’écailles de pangolin et "
          "38 défenses d’ivoire, en lien avec l’Office des Nations unies contre la drogue et le crime (ONUDC)."),
        B("DGD – Note de conjoncture n° 3/2025                                              Page 1/2"),
        P("Au total, 57 personnes ont été interpellées et remises à la justice. Les recettes douanières du⏎"
          "trimestre atteignent 312,4 milliards de francs CFA, soit 96,8 % de l’objectif fixé par la loi de⏎"
          "finances 2025.", lig=True),
        P("La DGD, membre de l’Organisation mondiale des douanes (OMD) depuis 1963, a par ailleurs " +
          hy("dé", "ployé") + " 24 scanners mobiles aux postes de Kousséri, Ekok et Kyé-Ossi,⏎"
          "financés à hauteur de 4,7 milliards de francs CFA par le budget de l’État.", lig=True),
        L("""Contact presse : Cellule de communication de la DGD – Tél. : (+237) 233 42 15 67 – Mob. : 699 41 22 18 – cellcom@douanes.example.cm"""),
        L("""Le Directeur général des douanes,
Martin Ekotto Nlend"""),
        B("DGD – Note de conjoncture n° 3/2025                                              Page 2/2"),
    ],
    gold=dict(
        title="Saisies douanières du troisième trimestre 2025 : 8,6 milliards de francs CFA de marchandises "
              "interceptées",
        dateline=dl("Yaoundé", "2025-11-28"),
        organisations=[org("Direction générale des douanes", "DGD"),
                       org("Office des Nations unies contre la drogue et le crime", "ONUDC"),
                       org("Organisation mondiale des douanes", "OMD")],
        places=[place("Yaoundé"), place("Douala"), place("Kribi"), place("Garoua-Boulaï"), place("Asie"),
                place("Kousséri"), place("Ekok"), place("Kyé-Ossi")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("8,6 milliards de francs CFA", 8600000000, "francs CFA", "money", currency="XAF"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("1 264 saisies", 1264, "saisies"),
            fig("37 %", 37, "%", "percent"),
            fig("près des trois quarts", 0.75, None, "other", qualifier="près des"),
            fig("412 kilogrammes", 412, "kilogrammes", "other"),
            fig("3,2 tonnes", 3.2, "tonnes", "other"),
            fig("deux conteneurs", 2, "conteneurs"),
            fig("1,9 milliard de francs CFA", 1900000000, "francs CFA", "money", currency="XAF"),
            fig("146 kilogrammes", 146, "kilogrammes", "other"),
            fig("38 défenses", 38, "défenses"),
            fig("57 personnes", 57, "personnes"),
            fig("312,4 milliards de francs CFA", 312400000000, "francs CFA", "money", currency="XAF"),
            fig("96,8 %", 96.8, "%", "percent"),
            fig("1963", 1963, None, "year"),
            fig("24 scanners", 24, "scanners"),
            fig("4,7 milliards de francs CFA", 4700000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[phone("+237233421567"), phone("+237699412218")],
        emails=["cellcom@douanes.example.cm"],
        contacts=[contact(None, None, "Cellule de communication de la DGD", ["+237233421567", "+237699412218"],
                          ["cellcom@douanes.example.cm"])],
        notes="Text layer of a (made-up) quarterly note of Cameroon's customs directorate. Boilerplate: the bilingual "
              "state letterhead (French left, English right on the same lines), the ministry and directorate lines, "
              "the box and switchboard line, the document label 'Note de conjoncture n° 3/2025' above the title "
              "(page metadata), the running footers 'DGD – Note de conjoncture n° 3/2025 ... Page 1/2', '2/2'. The "
              "title is centred over two lines (one clean line); the right-aligned place-and-date line under it is "
              "the dateline. Two text columns (headings 'Médicaments falsifiés' and 'Faune sauvage' with their "
              "paragraphs) were extracted line by line alternately (tag 'column-interleave'): the clean text gives "
              "each heading and its paragraph in reading order, hyphenation at the column's line ends joined "
              "('conte-'/'neurs', 'va-'/'leur'). Full-width paragraphs: hard wraps, hyphenation ('tri-'/'mestre', "
              "'dé-'/'ployé'), fi ligatures. 'troisième trimestre 2025' (title and body): year '2025' (the period "
              "noun stays out), one text; '8,6 milliards de francs CFA' (title and body): one text. Francs CFA in "
              "Cameroon: XAF. 'la loi de finances 2025': not a figure (h200-h215). 'depuis 1963': '1963'. 'près des "
              "trois quarts': 0.75 with qualifier 'près des'. 'Asie' (a continent) is a place with iso null. "
              "'poste frontière', 'port de Douala' give the places; 'budget de l’État' generic. The signature is "
              "not a contact; the communication cell's line is one office contact with a Douala landline written "
              "'(+237) 233 ...' and a mobile without code.",
    ),
))
