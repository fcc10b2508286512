"""h232-h247: the blind set written in session 14 (corpora/next), never run through pressclean.

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

SET = "next"

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
    meta=ga_meta(["lost-dash", "unaccented-capitals", "stripped-accents", "trunk-zero-kept"]),
    blocks=[
        B(ga_top("Avis aux voyageurs", "Avis aux voyageurs | Publié le 03/12/2025 à 08:15",
                 banner="Travaux Ndjolé–Booué : circulation des trains interrompue du 8 au 12 décembre – consultez "
                        "l’avis")),
        P("Avis aux voyageurs : circulation interrompue entre Ndjolé et Booué du 8 au 12 décembre"),
        P("Owendo, le 3 décembre 2025 – Afin de remplacer 14 kilomètres de rails et 23 000 traverses, la CFTG "
          "interrompra toute circulation ferroviaire entre Ndjolé et Booué du lundi 8 décembre à 6 h au vendredi 12 "
          "décembre 2025 à 18 h.", nodash="?"),
        P("[[TRAJETS DE SUBSTITUTION ENTRE NDJOLE ET BOOUE||TRAJETS DE SUBSTITUTION ENTRE NDJOLÉ ET BOOUÉ]]"),
        L("""• Train 201 Express Owendo–Franceville : départ maintenu à 19 h 10 ; transbordement en car de Ndjolé à Booué (environ quatre heures de route).
• Train 202 Express Franceville–Owendo : départ avancé à 17 h 40 ; transbordement à Booué.
• Trains omnibus 411 et 412 : supprimés entre Ndjolé et Booué ; terminus à Ndjolé.
• Fret : les trains minéraliers venant de Moanda seront retenus en gare de Booué, soit environ 160 000 tonnes de manganèse reportées.""",
          strip=True, nodash="?"),
        P("Les cars de substitution – 12 autocars de 70 places affrétés auprès de la Compagnie des autocars de "
          "l’Ogooué (CAO) – partiront de la gare de Ndjolé 30 minutes après l’arrivée des trains.", nodash="?"),
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
        notes=GA_NOTE + " This page carries a track-works banner. Every en dash of the article became '?' (the dateline "
              "'2025 ? Afin', the inserted clause '? 12 autocars ... (CAO) ?', the routes 'Owendo?Franceville', "
              "'Franceville?Owendo' and the contact line), é/è surviving; the dashes come back as '–'. The capital "
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
          "renouvellement de la voie est au cœur de notre plan d’entreprise.", oe="?"),
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
              "Q&A rule). œ as '?' in an answer ('au c?ur de notre plan', next to real question marks); ’ dropped in "
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
