"""h312-h327: written blind in session 19, scored blind with session 20's starting and ending code, moved into dev in session 21.

The writer read only corpora/README.md (its gold format, conventions, "Added with" paragraphs, site table and defect
tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_y.py, pages_dev_z.py) and the shared
survey of real pages with its seed (not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the Makefile,
the notes files, the other page sources or any page of dev/ and heldout/). h312-h316 come from one made-up press room,
the Caisse béninoise d'assurance maladie (CBAM) in Cotonou, Benin, sharing its skip line, language line, site name and
slogan, menu, breadcrumb, type/date line, share line, an enrolment counter, a related block, a toll-free line, an app
line and footer, with small variations from page to page (a banner on h313 and h315 only, 'Mis à jour le' on h314, an
attachment line on h312, the counter's numbers and the related headlines change on every page, no app line on h316);
h317-h327 come from eleven other sites, one page each: an Acadian tourism cooperative in Nova Scotia (h317, no defect
and no boilerplate), a reef-monitoring network in Nouméa (h318, English page under French chrome), a Malagasy news
portal's feed (h319, listing), a Senegalese regional development agency's PDF (h320), a Lake Chad Basin Commission
release on a document-sharing viewer (h321), a Montreal NGO's WordPress release on Haiti (h322), the UN migration
agency's Djibouti site in the seed's shape (h323), a Burkinabè ministry on an old Drupal site (h324), a Beirut daily
behind a paywall (h325), the Swiss cooperation office in Mali on the federal site (h326) and the UN refugee agency on
Moldova with a four-country contact block (h327).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "'": "&#039;", "œ": "&oelig;", "û": "&ucirc;", "ï": "&iuml;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail` (keep=True: a real hyphen)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


def midhy(head: str, tail: str) -> str:
    """PDF hyphenation left inside a line (`aug- mentation`): joined in the clean text."""
    return f"[[{head}- {tail}||{head}{tail}]]"


def dbl(text: str, after: tuple) -> str:
    """Markup for a double space after the sentences that end with one of `after`."""
    for a in after:
        text = text.replace(a + " ", a + "[[  || ]]", 1)
    return text


def casedmg(clean: str) -> str:
    """Markup for ASCII-case damage: ASCII letters lower-cased, accented letters upper-cased (`dÉveloppement`)."""
    raw = "".join(c.lower() if ord(c) < 128 else c.upper() for c in clean)
    return f"[[{raw}||{clean}]]"


def pdfwrap(text: str, width: int, hyph: dict = None, midline: dict = None) -> str:
    """Markup for a PDF paragraph: the raw side is `text` wrapped at `width` columns; a word of `hyph` (word: split
    index) that overflows a line is hyphenated at the line end; `midline` (word: raw form) leaves a hyphen inside a
    line (`aug- mentation`). The clean side is `text`."""
    hyph, midline = hyph or {}, midline or {}
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            core = w.rstrip(".,;:»")
            if core in hyph and len(cur) + 2 + hyph[core] <= width + 2:
                k = hyph[core]
                lines.append(f"{cur} {w[:k]}-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    raw = "\n".join(lines)
    for word, form in midline.items():
        raw = raw.replace(word, form, 1)
    return f"[[{raw}||{text}]]"


U2010 = "[[\u2010||-]]"


# =========================================================================== CBAM, health-insurance fund (Cotonou, Benin)
CB_SITE = "www.cbam.example.bj"


def cb_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu principal | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["Français | English | Fɔngbe",
              "CBAM – Caisse béninoise d’assurance maladie",
              "Ensemble, protégeons la santé de chaque famille",
              "☰ Menu",
              "Accueil",
              "La Caisse",
              "Assurés",
              "Assurés",
              "Prestataires de soins",
              "Cotisations",
              "Espace presse",
              "Espace presse",
              "Nous contacter",
              "Rechercher sur le site…",
              f"Accueil › Espace presse › {rubric}",
              stamp]
    return "\n".join(lines)


def cb_bottom(counter, related, attach=None, app=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · WhatsApp · LinkedIn · Courriel",
              f"Assurés inscrits au {counter[0]} : {counter[1]} – dont {counter[2]} au titre du volet gratuit",
              "Dans l’espace presse"]
    lines += [f"› {h} ({d})" for h, d in related]
    lines.append("Numéro vert 7333 – appel gratuit du lundi au vendredi, de 8 h à 18 h")
    if app:
        lines.append("Téléchargez l’application Ma CBAM sur Google Play et l’App Store")
    lines += ["CBAM – Lot 1247, boulevard de la Marina – 01 BP 2318 Cotonou – Standard : +229 01 21 31 44 00",
              "© 2025 CBAM – Mentions légales – Protection des données personnelles"]
    return "\n".join(lines)


def cb_meta(defects, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    d = {"site": CB_SITE, "style": "health-insurance-fund-pressroom", "defects": base + defects}
    d.update(extra)
    return d


CB_NOTE = ("Site furniture shared by h312-h316 (skip line, an optional banner (accreditation deadline on h313, artisans' "
           "enrolment campaign on h315), French/English/Fon language line, site name 'CBAM – Caisse béninoise "
           "d’assurance maladie' and slogan, '☰ Menu', vertical menu with doubled 'Assurés' and 'Espace presse', "
           "search line, breadcrumb 'Accueil › Espace presse › rubric' (Communiqués, Invitations presse, Avis aux "
           "assurés, Entretiens, Reportages photo), a 'type – publié le dd/mm/yyyy' line or 'Mis à jour le' (h314); at "
           "the bottom an optional attachment line (h312 PDF report), share line, an enrolment counter 'Assurés inscrits "
           "au dd/mm/yyyy : n – dont n au titre du volet gratuit' whose numbers change on every page (tag 'ticker', as "
           "h280's waiting-time widget), 'Dans l’espace presse' with '› headline (dd/mm/yyyy)' lines that change, the "
           "toll-free short number line, an app line (absent on h316), footer with lot number, '01 BP 2318 Cotonou' box "
           "and switchboard, copyright line): all boilerplate; its numbers are neither figures nor phones, the long "
           "form in the site name does not count as the article naming it. The CBAM, its people and its numbers are "
           "made up (a body of a real kind). Benin moved to ten-digit numbers opening with 01 in November 2024 "
           "(+229 01 ..., valid); an eight-digit number left over from the old plan is kept with valid false (README "
           "old-numbering rule, h168-h183 Ivorian fax). Francs CFA in Benin are XOF. The short number 7333 is neither "
           "a phone nor a figure (README 'numéro vert').")

CB_REL = {
    "bilan": ("Assurance maladie universelle : 2,1 millions de personnes couvertes à la fin de novembre", "01/12/2025"),
    "invit": ("Invitation presse : lancement de la carte d’assuré biométrique à Parakou", "02/12/2025"),
    "avis": ("Avis aux assurés : services en ligne interrompus du 12 au 14 décembre", "04/12/2025"),
    "entretien": ("« Nous voulons que l’assurance maladie suive les travailleurs jusqu’au marché »", "28/11/2025"),
    "photos": ("En images : une semaine d’enrôlement biométrique dans l’Atacora", "26/11/2025"),
    "old1": ("Le panier de soins élargi à la dialyse et aux soins dentaires", "14/11/2025"),
}

# --------------------------------------------------------------------------- h312 annual review communiqué: glued subheadings, a double space, PDF attachment line
PAGES.append(Page(
    name="h312-cbam-bilan-assurance-maladie-universelle",
    meta=cb_meta(["heading-glued", "double-space"]),
    blocks=[
        B(cb_top("Communiqués", "Communiqué – publié le 01/12/2025")),
        P("Assurance maladie universelle : 2,1 millions de personnes couvertes à la fin de novembre"),
        P("Cotonou, le 1er décembre 2025 – La Caisse béninoise d’assurance maladie (CBAM) a présenté lundi le bilan "
          "de sa deuxième année d’activité : au 30 novembre 2025, 2 148 305 personnes étaient inscrites au régime "
          "d’assurance maladie universelle, soit 16,4 % de la population, contre 1 326 000 un an plus tôt."),
        P("Les plus pauvres d’abord"),
        P("Les bénéficiaires du volet gratuit, réservé aux ménages identifiés comme extrêmement pauvres par le "
          "Registre social unique, représentent près de la moitié des inscrits (1 052 670 personnes). Leur "
          "cotisation, fixée à 1 000 francs CFA par mois et par personne pour les autres assurés, est entièrement "
          "prise en charge par l’État.", glue=True),
        P("Un réseau de 612 formations sanitaires"),
        P(dbl("La Caisse a conventionné 612 formations sanitaires publiques et privées dans les 77 communes du pays, "
              "dont les 5 centres hospitaliers universitaires et 34 hôpitaux de zone. Elle a réglé 1 874 000 feuilles "
              "de soins pour un montant de 23,6 milliards de FCFA, avec un délai moyen de paiement ramené de 58 à "
              "27 jours.", ("zone.",)), glue=True),
        P("« Un assuré qui se présente à l’hôpital de zone de Djougou ne paie plus que 10 % du prix de sa "
          "consultation. Pour beaucoup de familles, c’est la différence entre se soigner et renoncer », a déclaré le "
          "directeur général de la CBAM, le Dr Fiacre Hounkpatin."),
        P("Objectifs 2026"),
        P("Pour 2026, la Caisse vise 3 millions d’assurés, grâce à l’ouverture des inscriptions aux artisans, aux "
          "commerçantes des marchés et aux conducteurs de taxi-moto. La Banque mondiale et l’Agence française de "
          "développement (AFD) financent à hauteur de 42 millions de dollars le programme d’appui qui accompagne "
          "cette extension, dont la construction de 12 nouvelles agences départementales.", glue=True),
        P("Les dépenses de la Caisse ont atteint 31,2 milliards de francs CFA en 2025, dont 61 % pour les "
          "hospitalisations et les accouchements. Le rapport complet sera présenté au Parlement en janvier 2026."),
        L("""Contact presse :
Prudence Agossou-Zinsou, chargée des relations avec les médias
Tél. : +229 01 97 64 21 08
presse@cbam.example.bj"""),
        B(cb_bottom(("30/11/2025", "2 148 305", "1 052 670"), [CB_REL["entretien"], CB_REL["photos"]],
                    attach="Télécharger le rapport d’activité 2025 (PDF – 3,4 Mo)")),
    ],
    gold=dict(
        title="Assurance maladie universelle : 2,1 millions de personnes couvertes à la fin de novembre",
        dateline=dl("Cotonou", "2025-12-01"),
        organisations=[org("Caisse béninoise d’assurance maladie", "CBAM"), org("Banque mondiale", None),
                       org("Agence française de développement", "AFD")],
        places=[place("Cotonou"), place("Djougou")],
        figures=[
            fig("2,1 millions de personnes", 2100000, "personnes"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("30 novembre 2025", "2025-11-30", None, "date"),
            fig("2 148 305 personnes", 2148305, "personnes"),
            fig("16,4 %", 16.4, "%", "percent"),
            fig("1 326 000", 1326000, None),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("1 052 670 personnes", 1052670, "personnes"),
            fig("1 000 francs CFA", 1000, "francs CFA", "money", currency="XOF"),
            fig("612 formations", 612, "formations"),
            fig("77 communes", 77, "communes"),
            fig("5 centres", 5, "centres"),
            fig("34 hôpitaux", 34, "hôpitaux"),
            fig("1 874 000 feuilles", 1874000, "feuilles"),
            fig("23,6 milliards de FCFA", 23600000000, "FCFA", "money", currency="XOF"),
            fig("58", 58, None, "duration"),
            fig("27 jours", 27, "jours", "duration"),
            fig("10 %", 10, "%", "percent"),
            fig("2026", 2026, None, "year"),
            fig("3 millions d’assurés", 3000000, "assurés"),
            fig("42 millions de dollars", 42000000, "dollars", "money", currency="USD"),
            fig("12 nouvelles agences", 12, "agences"),
            fig("31,2 milliards de francs CFA", 31200000000, "francs CFA", "money", currency="XOF"),
            fig("en 2025", 2025, None, "year"),
            fig("61 %", 61, "%", "percent"),
            fig("janvier 2026", 2026, None, "year"),
        ],
        phones=[phone("+2290197642108")],
        emails=["presse@cbam.example.bj"],
        contacts=[contact("Prudence Agossou-Zinsou", "chargée des relations avec les médias", None,
                          ["+2290197642108"], ["presse@cbam.example.bj"])],
        notes=CB_NOTE + " No banner; a PDF attachment line. Three subheadings glued to the paragraph after them "
              "('d’abordLes bénéficiaires', 'sanitairesLa Caisse', 'Objectifs 2026Pour 2026'); a double space between "
              "two sentences. 'au 30 novembre 2025': a date ('au' out, h104-h119). 'contre 1 326 000 un an plus tôt': "
              "a count without noun; 'un an plus tôt' and 'deuxième année' are not figures. The Registre social "
              "unique is a tool (not an organisation). '1 000 francs CFA par mois et par personne': the rates stay "
              "out. The heading's '612 formations sanitaires' and the body's '612 formations sanitaires': one text "
              "'612 formations'. 'ramené de 58 à 27 jours': first bound a bare duration. 'Objectifs 2026' and 'Pour "
              "2026': one year text '2026' (h248-h263 'Objectifs 2026'). '12 nouvelles agences': the adjective "
              "before the noun stays in the text. 'le Dr Fiacre Hounkpatin' is not a contact (no detail). "
              "'l’État', 'le Parlement' (of the country, unnamed) generic. Contact: a person with role and a "
              "ten-digit Benin mobile.",
    ),
))

# --------------------------------------------------------------------------- h313 press invitation: banner, title printed twice, programme, accreditation lines with place labels, an old eight-digit fax
PAGES.append(Page(
    name="h313-cbam-invitation-carte-biometrique-parakou",
    meta=cb_meta(["duplicate-title"]),
    blocks=[
        B(cb_top("Invitations presse", "Invitation presse – publié le 02/12/2025",
                 banner="Accréditations presse ouvertes jusqu’au vendredi 5 décembre – lancement de la carte "
                        "biométrique à Parakou")),
        P("Invitation presse : lancement de la carte d’assuré biométrique à Parakou"),
        B("Invitation presse : lancement de la carte d’assuré biométrique à Parakou"),
        P("La Caisse béninoise d’assurance maladie (CBAM) invite les représentantes et représentants des médias au "
          "lancement officiel de la carte d’assuré biométrique, le mardi 9 décembre 2025 à 9 h 30, dans la cour du "
          "centre hospitalier universitaire départemental de Parakou, en présence du ministre de la Santé et des "
          "autorités du département du Borgou."),
        P("La nouvelle carte, dotée d’une puce et d’une photo, remplacera progressivement les 2,1 millions "
          "d’attestations papier délivrées depuis 2023. Elle permettra de vérifier les droits d’un assuré en moins "
          "de 30 secondes dans les 612 formations sanitaires conventionnées et de réduire les fraudes, estimées à "
          "4 % des dépenses de soins en 2024."),
        P("La production des cartes, confiée à un groupement d’entreprises béninoises et sénégalaises pour 3,8 "
          "milliards de francs CFA, commencera dans le Borgou et l’Alibori, où 318 400 assurés recevront leur carte "
          "d’ici la fin de février 2026. Les autres départements suivront au cours du premier semestre 2026."),
        P("Chaque assuré recevra un SMS lui indiquant la date et le lieu de retrait de sa carte. La première carte est "
          "gratuite ; en cas de perte, un duplicata sera facturé 2 500 francs CFA. Les attestations papier resteront "
          "valables jusqu’au 30 juin 2026."),
        L("""Programme
9 h 30 : accueil des invités
10 h 00 : allocutions du directeur général de la CBAM et du ministre de la Santé
10 h 45 : remise des premières cartes à dix assurés du volet gratuit
11 h 15 : visite du guichet d’enrôlement et point presse"""),
        P("La cérémonie sera suivie d’une séance de travail avec les responsables des 58 formations sanitaires "
          "conventionnées du Borgou, qui seront les premières équipées de lecteurs de cartes."),
        P("Les journalistes qui souhaitent couvrir l’événement sont priés de se faire accréditer avant le vendredi "
          "5 décembre à 17 h auprès des contacts ci-dessous. Un transport est prévu au départ de Cotonou le 8 "
          "décembre à 14 h pour les rédactions nationales."),
        L("""Cotonou : Prudence Agossou-Zinsou – +229 01 97 64 21 08 – presse@cbam.example.bj
Parakou : Issiaka Bio Sanni, délégué départemental de la CBAM – +229 01 66 20 45 17 – Fax : 23 61 05 19"""),
        B(cb_bottom(("01/12/2025", "2 151 970", "1 053 112"), [CB_REL["bilan"], CB_REL["entretien"]])),
    ],
    gold=dict(
        title="Invitation presse : lancement de la carte d’assuré biométrique à Parakou",
        dateline=None,
        organisations=[org("Caisse béninoise d’assurance maladie", "CBAM")],
        places=[place("Parakou"), place("Borgou"), place("Alibori"), place("Cotonou")],
        figures=[
            fig("le mardi 9 décembre 2025 à 9 h 30", "2025-12-09", None, "date"),
            fig("2,1 millions d’attestations", 2100000, "attestations"),
            fig("2023", 2023, None, "year"),
            fig("moins de 30 secondes", 30, "secondes", "duration", qualifier="moins de"),
            fig("612 formations", 612, "formations"),
            fig("4 %", 4, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("3,8 milliards de francs CFA", 3800000000, "francs CFA", "money", currency="XOF"),
            fig("318 400 assurés", 318400, "assurés"),
            fig("février 2026", 2026, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("2 500 francs CFA", 2500, "francs CFA", "money", currency="XOF"),
            fig("30 juin 2026", "2026-06-30", None, "date"),
            fig("dix assurés", 10, "assurés"),
            fig("58 formations", 58, "formations"),
            fig("le vendredi 5 décembre à 17 h", "--12-05", None, "date"),
            fig("le 8 décembre à 14 h", "--12-08", None, "date"),
        ],
        phones=[phone("+2290197642108"), phone("+2290166204517"), phone("+22923610519", "fax", False)],
        emails=["presse@cbam.example.bj"],
        contacts=[contact("Prudence Agossou-Zinsou", None, None, ["+2290197642108"], ["presse@cbam.example.bj"]),
                  contact("Issiaka Bio Sanni", "délégué départemental de la CBAM", None,
                          ["+2290166204517", "+22923610519"], [])],
        notes=CB_NOTE + " An accreditation banner; the title printed twice (second copy boilerplate). No dateline (an "
              "invitation). 'le mardi 9 décembre 2025 à 9 h 30': one date figure with its clock time. The venue "
              "('centre hospitalier universitaire départemental de Parakou') is neither an organisation nor a place "
              "(h88-h103 hospital-site rule); 'Parakou' is a place; 'département du Borgou' and 'le Borgou' give "
              "'Borgou'. 'depuis 2023': '2023'. 'en moins de 30 secondes': a duration with its qualifier. 'd’ici la "
              "fin de février 2026': 'février 2026'; 'premier semestre 2026': '2026' (the period noun out, h40-h55). "
              "'un duplicata sera facturé 2 500 francs CFA': money; 'jusqu’au 30 juin 2026': '30 juin 2026'; 'La première "
              "carte', 'les premières équipées' are ordinal words. 'dix assurés' in a programme line is a count (programme clock times are not figures). 'avant le "
              "vendredi 5 décembre à 17 h' and 'le 8 décembre à 14 h': dates with clock times, no year written. "
              "'groupement d’entreprises béninoises et sénégalaises' is generic (adjectives, no place). Contacts: two "
              "lines with place labels (places, not organisations); the Parakou line's role names the body as "
              "written; its fax is written in the old eight-digit plan without code ('23 61 05 19' → +22923610519, "
              "decided: kept, valid false, as h168-h183's old Ivorian fax).",
    ),
))

# --------------------------------------------------------------------------- h314 notice: unaccented capital title and heading, 'A compter' without its accent, an office contact line
PAGES.append(Page(
    name="h314-cbam-avis-interruption-services-en-ligne",
    meta=cb_meta(["unaccented-capitals"]),
    blocks=[
        B(cb_top("Avis aux assurés", "Avis aux assurés – Mis à jour le 04/12/2025 à 16 h 10")),
        P("[[AVIS AUX ASSURES : SERVICES EN LIGNE INTERROMPUS DU 12 AU 14 DECEMBRE||AVIS AUX ASSURÉS : SERVICES EN "
          "LIGNE INTERROMPUS DU 12 AU 14 DÉCEMBRE]]"),
        P("Cotonou, le 4 décembre 2025 – La Caisse béninoise d’assurance maladie informe ses assurés et ses "
          "prestataires de soins que la plateforme en ligne, l’application mobile et le service de vérification par "
          "SMS seront indisponibles du vendredi 12 décembre 2025 à 20 h au dimanche 14 décembre 2025 à 23 h, en "
          "raison de la migration de son système d’information vers le centre de données national."),
        P("Pendant cette période, les formations sanitaires conventionnées continueront d’accueillir les assurés sur "
          "présentation de leur carte ou de leur attestation. Les prises en charge seront notées sur des bons papier, "
          "puis saisies dans le système dans un délai de 72 heures après la reprise."),
        P("[[A||À]] compter du lundi 15 décembre, les assurés pourront de nouveau consulter leurs droits, télécharger "
          "leur attestation et suivre leurs remboursements. Les prestataires disposeront de 10 jours, soit jusqu’au "
          "24 décembre, pour transmettre les factures de la période."),
        P("Les urgences vitales restent prises en charge sans formalité dans les 34 hôpitaux de zone et les 5 "
          "centres hospitaliers universitaires, comme le prévoit le décret n° 2024-1187 du 18 septembre 2024."),
        P("Les assurés dont l’attestation arrive à échéance entre le 12 et le 21 décembre conservent leurs droits : leur "
          "attestation est automatiquement prolongée d’un mois. Les nouvelles inscriptions, suspendues pendant "
          "l’opération, reprendront le 15 décembre dans les 12 agences départementales."),
        P("Cette migration, financée à hauteur de 640 millions de francs CFA par l’Agence béninoise du numérique (ABN), "
          "doit permettre de traiter jusqu’à 40 000 feuilles de soins par jour, contre 9 000 aujourd’hui, et de "
          "ramener à 15 jours le délai de remboursement des prestataires."),
        P("[[EN CAS DE DIFFICULTE||EN CAS DE DIFFICULTÉ]]"),
        P("Le centre d’appel de la CBAM reste joignable au numéro vert 7333 pendant toute la durée de l’opération. "
          "Les pharmacies d’officine qui rencontrent un problème de facturation peuvent s’adresser à leur délégation "
          "départementale. La Caisse prie ses assurés de l’excuser pour la gêne occasionnée."),
        L("Service des relations avec les assurés : +229 01 21 31 44 30 – assures@cbam.example.bj"),
        B(cb_bottom(("04/12/2025", "2 163 448", "1 054 020"), [CB_REL["invit"], CB_REL["bilan"]])),
    ],
    gold=dict(
        title="AVIS AUX ASSURÉS : SERVICES EN LIGNE INTERROMPUS DU 12 AU 14 DÉCEMBRE",
        dateline=dl("Cotonou", "2025-12-04"),
        organisations=[org("Caisse béninoise d’assurance maladie", "CBAM"),
                       org("Agence béninoise du numérique", "ABN")],
        places=[place("Cotonou")],
        figures=[
            fig("12", "--12-12", None, "date"),
            fig("14 DÉCEMBRE", "--12-14", None, "date"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("vendredi 12 décembre 2025 à 20 h", "2025-12-12", None, "date"),
            fig("dimanche 14 décembre 2025 à 23 h", "2025-12-14", None, "date"),
            fig("72 heures", 72, "heures", "duration"),
            fig("lundi 15 décembre", "--12-15", None, "date"),
            fig("10 jours", 10, "jours", "duration"),
            fig("24 décembre", "--12-24", None, "date"),
            fig("34 hôpitaux", 34, "hôpitaux"),
            fig("5 centres", 5, "centres"),
            fig("le 12", "--12-12", None, "date"),
            fig("le 21 décembre", "--12-21", None, "date"),
            fig("le 15 décembre", "--12-15", None, "date"),
            fig("12 agences", 12, "agences"),
            fig("640 millions de francs CFA", 640000000, "francs CFA", "money", currency="XOF"),
            fig("jusqu’à 40 000 feuilles", 40000, "feuilles", qualifier="jusqu’à"),
            fig("9 000", 9000, None),
            fig("15 jours", 15, "jours", "duration"),
        ],
        phones=[phone("+2290121314430")],
        emails=["assures@cbam.example.bj"],
        contacts=[contact(None, None, "Service des relations avec les assurés", ["+2290121314430"],
                          ["assures@cbam.example.bj"])],
        notes=CB_NOTE + " No banner; the type line reads 'Mis à jour le ... à ...'. The capital title and the capital "
              "heading were typed without accents ('ASSURES', 'DECEMBRE', 'DIFFICULTE'), and 'A compter du' lost the "
              "accent of its capital: all restored (README, h72-h87). Title dates 'DU 12 AU 14 DÉCEMBRE': '12' "
              "(--12-12) and '14 DÉCEMBRE' (--12-14), other texts than the body's. 'du vendredi 12 décembre 2025 à 20 "
              "h au dimanche 14 décembre 2025 à 23 h': two dates with clock times. 'À compter du lundi 15 décembre': "
              "one date without year (h168-h183 'à compter du' rule). 'soit jusqu’au 24 décembre': '24 décembre'. "
              "'le décret n° 2024-1187 du 18 septembre 2024' is a legal reference: neither its number nor its date "
              "is a figure (h152-h167). 'entre le 12 et le 21 décembre': first bound 'le 12' (h104-h119), second 'le 21 "
              "décembre'; 'reprendront le 15 décembre' is another text than 'lundi 15 décembre'; 'prolongée d’un mois' "
              "not a figure ('un'); 'jusqu’à 40 000 feuilles de soins par jour, contre 9 000': a count with its "
              "qualifier and a count without noun; 'ramener à 15 jours': a duration. The ABN (made up) finances the "
              "migration: listed. Long form (dateline paragraph) and acronym ('le centre d’appel de la CBAM') "
              "are both written: listed together. 'numéro vert 7333' is not a phone. Contact: an office line with "
              "a Benin number and an e-mail (organisation as written, not listed apart).",
    ),
))

# --------------------------------------------------------------------------- h315 interview: banner, questions as lines, one question glued to its answer, œ dropped
PAGES.append(Page(
    name="h315-cbam-entretien-directeur-general-economie-informelle",
    meta=cb_meta(["body-glued", "lost-oe"]),
    blocks=[
        B(cb_top("Entretiens", "Entretien – publié le 28/11/2025",
                 banner="Campagne d’inscription des artisans et des commerçants : prolongation jusqu’au 31 décembre")),
        P("« Nous voulons que l’assurance maladie suive les travailleurs jusqu’au marché »"),
        P("Deux ans après le lancement du régime d’assurance maladie universelle, le directeur général de la Caisse "
          "béninoise d’assurance maladie (CBAM), le Dr Fiacre Hounkpatin, revient sur l’inscription des travailleurs "
          "de l’économie informelle, qui représentent près de neuf actifs sur dix au Bénin."),
        P("Qu’est-ce qui freine encore l’inscription des travailleurs informels ?"),
        P("D’abord l’irrégularité des revenus. Sur les 2,1 millions d’assurés, moins de 190 000 cotisent eux-mêmes. "
          "Une couturière du marché Dantokpa peut gagner 6 000 francs CFA un bon jour et rien pendant une semaine. "
          "Lui demander 1 000 francs CFA le premier de chaque mois, c’est ne pas connaître sa vie. Il y a aussi la "
          "méfiance : beaucoup ont déjà cotisé à des mutuelles qui ont disparu avec la caisse.", glue=True),
        P("Comment comptez-vous les convaincre ?"),
        P("En allant vers eux. Avec les associations de marchés et la Fédération nationale des artisans du Bénin "
          "(FENAB), nous avons installé 46 guichets mobiles dans les grands marchés, de Dantokpa à Malanville. Nous "
          "acceptons désormais le paiement par mobile money, par tranches de 250 francs CFA. Depuis septembre, 41 200 "
          "artisans se sont inscrits, trois fois plus qu’au premier semestre. Il nous faut maintenant mettre en œuvre "
          "le tiers payant dans les pharmacies, pour que l’assuré ne fasse plus l’avance des frais.", oe="drop"),
        P("Le tiers payant en pharmacie, ce sera pour quand ?"),
        P("Dès le 1er mars 2026 dans les 140 pharmacies d’officine de Cotonou, de Porto-Novo et d’Abomey-Calavi, puis "
          "dans tout le pays avant la fin de l’année. L’assuré ne paiera plus que sa part, soit 10 % du prix des "
          "médicaments génériques. Nous avons signé la convention avec l’Ordre des pharmaciens du Bénin le mois "
          "dernier, et 60 % des officines de Cotonou sont déjà équipées du logiciel de facturation."),
        P("Et les Béninois installés à l’étranger ?"),
        P("Un produit leur sera proposé en 2026 : pour 15 euros par mois, un travailleur installé en France, au "
          "Nigeria ou au Gabon pourra couvrir jusqu’à quatre membres de sa famille restés au pays. Nous en discutons "
          "avec la Caisse nationale de sécurité sociale (CNSS), qui verse déjà les pensions de 78 000 retraités, et "
          "avec les associations de la diaspora à Paris et à Lagos."),
        P("Propos recueillis par le service de la communication de la CBAM."),
        B(cb_bottom(("27/11/2025", "2 139 812", "1 051 904"), [CB_REL["photos"], CB_REL["old1"]])),
    ],
    gold=dict(
        title="« Nous voulons que l’assurance maladie suive les travailleurs jusqu’au marché »",
        dateline=None,
        organisations=[org("Caisse béninoise d’assurance maladie", "CBAM"),
                       org("Fédération nationale des artisans du Bénin", "FENAB"),
                       org("Ordre des pharmaciens du Bénin", None),
                       org("Caisse nationale de sécurité sociale", "CNSS")],
        places=[place("Bénin", "BJ"), place("Dantokpa"), place("Malanville"), place("Cotonou"), place("Porto-Novo"),
                place("Abomey-Calavi"), place("France", "FR"),
                place("Nigeria", "NG"), place("Gabon", "GA"), place("Paris"), place("Lagos")],
        figures=[
            fig("Deux ans", 2, "ans", "duration"),
            fig("près de neuf actifs sur dix", 0.9, None, "other", qualifier="près de"),
            fig("2,1 millions d’assurés", 2100000, "assurés"),
            fig("moins de 190 000", 190000, None, qualifier="moins de"),
            fig("6 000 francs CFA", 6000, "francs CFA", "money", currency="XOF"),
            fig("1 000 francs CFA", 1000, "francs CFA", "money", currency="XOF"),
            fig("46 guichets", 46, "guichets"),
            fig("250 francs CFA", 250, "francs CFA", "money", currency="XOF"),
            fig("41 200 artisans", 41200, "artisans"),
            fig("trois fois", 3, "fois", "other"),
            fig("le 1er mars 2026", "2026-03-01", None, "date"),
            fig("140 pharmacies", 140, "pharmacies"),
            fig("10 %", 10, "%", "percent"),
            fig("60 %", 60, "%", "percent"),
            fig("en 2026", 2026, None, "year"),
            fig("15 euros", 15, "euros", "money", currency="EUR"),
            fig("jusqu’à quatre membres", 4, "membres", qualifier="jusqu’à"),
            fig("78 000 retraités", 78000, "retraités"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=CB_NOTE + " A banner on the artisans' enrolment campaign; no attachment. An interview: the title is the "
              "quote; the standfirst, each question (its own line, README Q&A rule) and each answer are article lines; "
              "the first question is glued to its answer ('informels ?D’abord', split, h232-h247); œ dropped in an "
              "answer ('mettre en uvre'). The credit line 'Propos recueillis par ...' is article text, not a contact "
              "(h232-h247). No dateline. 'Deux ans après': a duration. 'près de neuf actifs sur dix': decided, a "
              "proportion written 'N sur M' with its noun is one figure (0.9, kind other, qualifier 'près de'), as "
              "h200-h215's 'près d’un sur cinq' (the question left open in session 13 is settled here this way). "
              "'moins de 190 000 cotisent': a count without noun. 'un bon jour', 'une semaine', 'le premier de chaque "
              "mois', 'premier semestre' (no year), 'Depuis septembre' (a month alone) are not figures. 'trois fois "
              "plus': a ratio. 'par tranches de 250 francs CFA', 'pour 15 euros par mois': money, the rates out. "
              "'Dès le 1er mars 2026': a date ('Dès' out); 'le mois dernier' not a figure. The Ordre des pharmaciens "
              "du Bénin signs a convention: listed (no acronym written). The market Dantokpa is listed as a place (as h232-h247's public square); Malanville, Paris and Lagos "
              "are cities; 'les Béninois' is a demonym. FENAB is made up (a body of a real kind), the CNSS is "
              "Benin's real social-security fund with invented numbers. No contact.",
    ),
))

# --------------------------------------------------------------------------- h316 photo story: caption printed twice, English caption, no app line, a photo line with only an address
PAGES.append(Page(
    name="h316-cbam-reportage-photo-enrolement-atacora",
    meta=cb_meta(["duplicate-caption", "english-caption"]),
    blocks=[
        B(cb_top("Reportages photo", "Reportage photo – publié le 26/11/2025")),
        P("En images : une semaine d’enrôlement biométrique dans l’Atacora"),
        P("Une agente de la CBAM photographie une assurée au guichet d’enrôlement de l’hôpital de zone de Natitingou, "
          "le 25 novembre. © CBAM/R. Dossou"),
        B("Une agente de la CBAM photographie une assurée au guichet d’enrôlement de l’hôpital de zone de Natitingou, "
          "le 25 novembre. © CBAM/R. Dossou"),
        P("Depuis le 17 novembre, les équipes de la Caisse enregistrent les photos et les empreintes digitales des "
          "assurés de l’Atacora et de la Donga, les deux premiers départements à recevoir la nouvelle carte. En huit "
          "jours, 12 460 personnes sont passées par les six guichets installés à Natitingou, Tanguiéta et "
          "Boukoumbé, certaines après plus de 40 kilomètres à moto."),
        P("Enrolment desk at Natitingou zone hospital, 25 November 2025. Photo: CBAM/R. Dossou"),
        P("Chaque enrôlement prend en moyenne 6 minutes. Les personnes âgées de plus de 70 ans, les femmes enceintes "
          "et les personnes handicapées passent en priorité. Les cartes seront remises à partir de janvier 2026 par "
          "les mairies des neuf communes du département."),
        P("Dans la file d’attente, Mariama Yarou, 63 ans, cultivatrice à Boukoumbé : « Ma carte, c’est l’assurance "
          "de ne plus vendre mes chèvres pour payer l’hôpital. »"),
        P("À Tanguiéta, l’équipe a dû installer un groupe électrogène : le guichet de la mairie n’était alimenté que "
          "quatre heures par jour. Les données sont transmises chaque soir par satellite au centre de production de "
          "Cotonou, d’où sortent 2 300 cartes par jour."),
        P("Un agent vérifie l’attestation papier d’un assuré du volet gratuit avant la prise d’empreintes, à "
          "Boukoumbé, le 21 novembre. © CBAM/R. Dossou"),
        P("Pour les agents, formés pendant trois semaines à Parakou, les journées commencent avant 7 heures. « Certains "
          "assurés arrivent la veille et dorment devant l’hôpital pour être servis les premiers », raconte Rodrigue "
          "Dossou, photographe de la Caisse, qui a suivi l’équipe pendant sept jours."),
        P("Les guichets mobiles rejoindront la Donga le 1er décembre, avant Djougou et Bassila, où 41 000 assurés "
          "sont attendus d’ici Noël."),
        L("Photos en haute définition sur demande : photos@cbam.example.bj"),
        B(cb_bottom(("25/11/2025", "2 136 540", "1 051 377"), [CB_REL["entretien"], CB_REL["old1"]], app=False)),
    ],
    gold=dict(
        title="En images : une semaine d’enrôlement biométrique dans l’Atacora",
        dateline=None,
        organisations=[org(None, "CBAM")],
        places=[place("Atacora"), place("Natitingou"), place("Donga"), place("Tanguiéta"), place("Boukoumbé"),
                place("Cotonou"), place("Parakou"), place("Djougou"), place("Bassila")],
        figures=[
            fig("le 25 novembre", "--11-25", None, "date"),
            fig("le 17 novembre", "--11-17", None, "date"),
            fig("deux premiers départements", 2, "départements"),
            fig("huit jours", 8, "jours", "duration"),
            fig("12 460 personnes", 12460, "personnes"),
            fig("six guichets", 6, "guichets"),
            fig("plus de 40 kilomètres", 40, "kilomètres", "other", qualifier="plus de"),
            fig("25 November 2025", "2025-11-25", None, "date"),
            fig("6 minutes", 6, "minutes", "duration"),
            fig("plus de 70 ans", 70, "ans", "age", qualifier="plus de"),
            fig("janvier 2026", 2026, None, "year"),
            fig("neuf communes", 9, "communes"),
            fig("63 ans", 63, "ans", "age"),
            fig("quatre heures", 4, "heures", "duration"),
            fig("2 300 cartes", 2300, "cartes"),
            fig("le 21 novembre", "--11-21", None, "date"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("sept jours", 7, "jours", "duration"),
            fig("le 1er décembre", "--12-01", None, "date"),
            fig("41 000 assurés", 41000, "assurés"),
        ],
        phones=[],
        emails=["photos@cbam.example.bj"],
        contacts=[contact(None, None, None, [], ["photos@cbam.example.bj"])],
        notes=CB_NOTE + " No banner and no app line on this page. The first caption is printed twice (second copy "
              "boilerplate); the second caption is in English (article text). No dateline (a photo story). 'une "
              "semaine' in the title is not a figure ('une'); 'les deux premiers départements': a count, the ordinal "
              "adjective in the text (as h317's '20 premiers stagiaires'). 'le 25 novembre' (caption) and '25 November 2025' (English caption): two texts. 'En huit "
              "jours': a duration. 'âgées de plus de 70 ans': an age with its qualifier. 'd’ici Noël' is not a date "
              "figure. A third caption (Boukoumbé, 'le 21 novembre') is printed once. 'quatre heures par jour': a duration, "
              "'par jour' out; 'avant 7 heures' is a clock time (not a figure). The Caisse is named by its acronym only in the article ('la Caisse' generic, the long form is "
              "in the chrome): long form null (h104-h119 per-page rule). Mariama Yarou is quoted, not a contact. The "
              "photo line with only an address is one contact with all fields null but the e-mail (h200-h215).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h317 Acadian tourism cooperative (Nova Scotia), no defect and no boilerplate
PAGES.append(Page(
    name="h317-ctane-bilan-saison-tourisme-acadien",
    meta={"site": "www.ctane.example.ca", "style": "acadian-tourism-cooperative-clean", "defects": []},
    blocks=[
        P("Tourisme acadien : la saison 2025 dépasse pour la première fois les 180 000 visiteurs"),
        P("Meteghan (Nouvelle-Écosse), le 2 décembre 2025 – Les régions acadiennes de la Nouvelle-Écosse ont "
          "accueilli 183 400 visiteurs entre le 1er mai et le 31 octobre 2025, une hausse de 12,6 % par rapport à "
          "2024, selon le bilan de saison publié mardi par la Coopérative de tourisme acadien de la Nouvelle-Écosse "
          "(CTANE)."),
        P("Les dépenses des visiteurs sont estimées à 41,8 millions $, dont près du tiers dans la région de Clare, "
          "portée par le Festival acadien de Clare et par la réouverture du phare de Cap-Sainte-Marie. La région "
          "d’Argyle, autour de Pubnico, et l’île Madame ont progressé de 9 % et de 15 %."),
        P("« Les visiteurs viennent pour la mer, mais ils reviennent pour la langue, la musique et la râpure », "
          "résume la directrice générale de la CTANE, Josée LeBlanc-Comeau. Près de 38 % des visiteurs venaient du "
          "Québec, 21 % des États-Unis et 6 % de la France, une clientèle qui reste en moyenne 4,2 nuits, contre 2,9 "
          "pour l’ensemble de la province."),
        P("Le nombre de nuitées dans les auberges, gîtes et campings acadiens a atteint 96 700, en hausse de 8 %. La "
          "coopérative note toutefois un recul de 11 % des excursionnistes débarqués des navires de croisière à "
          "Yarmouth, après l’annulation de 14 escales au mois d’août."),
        P("La coopérative, qui regroupe 64 entreprises membres, prévoit d’investir 2,3 millions $ sur trois ans dans "
          "la signalisation bilingue et dans un réseau de bornes de recharge le long de la route 1, entre Yarmouth et "
          "Digby. Le projet est financé par l’Agence de promotion économique du Canada atlantique (APECA) et par le "
          "ministère du Tourisme de la Nouvelle-Écosse."),
        P("Le manque de main-d’œuvre reste le principal frein : 37 des 64 membres disent avoir réduit leurs heures "
          "d’ouverture faute de personnel bilingue. La coopérative lancera en février un programme de stages avec "
          "l’Université Sainte-Anne, qui accueillera ses 20 premiers stagiaires en mai."),
        P("La saison 2026 s’ouvrira le 15 mai avec le Congrès de la jeunesse acadienne, à Chéticamp, qui attend "
          "1 200 participants."),
        L("""Renseignements :
André Thibodeau, agent de communication
902 769-2145, poste 203
communications@ctane.example.ca"""),
    ],
    gold=dict(
        title="Tourisme acadien : la saison 2025 dépasse pour la première fois les 180 000 visiteurs",
        dateline=dl("Meteghan", "2025-12-02"),
        organisations=[org("Coopérative de tourisme acadien de la Nouvelle-Écosse", "CTANE"),
                       org("Agence de promotion économique du Canada atlantique", "APECA"),
                       org("ministère du Tourisme de la Nouvelle-Écosse", None),
                       org("Université Sainte-Anne", None)],
        places=[place("Meteghan"), place("Nouvelle-Écosse"), place("Clare"), place("Cap-Sainte-Marie"),
                place("Argyle"), place("Pubnico"), place("Madame"), place("Québec"), place("États-Unis", "US"),
                place("France", "FR"), place("Yarmouth"), place("Digby"), place("Chéticamp")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("180 000 visiteurs", 180000, "visiteurs"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("183 400 visiteurs", 183400, "visiteurs"),
            fig("le 1er mai", "2025-05-01", None, "date"),
            fig("31 octobre 2025", "2025-10-31", None, "date"),
            fig("12,6 %", 12.6, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("41,8 millions $", 41800000, "$", "money", currency="CAD"),
            fig("près du tiers", 0.3333, None, "other", qualifier="près du"),
            fig("9 %", 9, "%", "percent"),
            fig("15 %", 15, "%", "percent"),
            fig("Près de 38 %", 38, "%", "percent", qualifier="Près de"),
            fig("21 %", 21, "%", "percent"),
            fig("6 %", 6, "%", "percent"),
            fig("4,2 nuits", 4.2, "nuits", "duration"),
            fig("2,9", 2.9, None, "duration"),
            fig("96 700", 96700, None),
            fig("8 %", 8, "%", "percent"),
            fig("11 %", 11, "%", "percent"),
            fig("14 escales", 14, "escales"),
            fig("64 entreprises", 64, "entreprises"),
            fig("2,3 millions $", 2300000, "$", "money", currency="CAD"),
            fig("trois ans", 3, "ans", "duration"),
            fig("37", 37, None),
            fig("64 membres", 64, "membres"),
            fig("20 premiers stagiaires", 20, "stagiaires"),
            fig("2026", 2026, None, "year"),
            fig("le 15 mai", "2026-05-15", None, "date"),
            fig("1 200 participants", 1200, "participants"),
        ],
        phones=[phone("+19027692145", extension="203")],
        emails=["communications@ctane.example.ca"],
        contacts=[contact("André Thibodeau", "agent de communication", None, ["+19027692145"],
                          ["communications@ctane.example.ca"])],
        notes="A (made-up) Acadian tourism cooperative's release from Nova Scotia with no defect and no boilerplate at "
              "all. Dateline 'Meteghan (Nouvelle-Écosse), le 2 décembre 2025 –': place the town, the bracketed "
              "province listed as a place (h232-h247), iso null (README provinces). 'la saison 2025' (title): a "
              "season's year; '180 000 visiteurs' (title) and '183 400 visiteurs' (body) two counts; 'pour la "
              "première fois' not a figure. 'entre le 1er mai et le 31 octobre 2025': the first bound keeps its 'le' "
              "and takes the second's year (h72-h87); 'par rapport à 2024': '2024'. 'dont près du tiers': fraction "
              "with 'près du' (h152-h167). 'progressé de 9 % et de 15 %': two percents. '4,2 nuits, contre 2,9': a "
              "length of stay (h120-h135) and a bare duration. 'a atteint 96 700' (the noun 'nuitées' before the number): a count without unit; 'au mois d’août' a month alone. 'la route 1' is a name. '37 des 64 membres': a count "
              "without noun and '64 membres' (another text than '64 entreprises'). 'ses 20 premiers stagiaires': "
              "count with the ordinal adjective in the text. 'La saison 2026 s’ouvrira le 15 mai': '2026' and 'le 15 "
              "mai' dated 2026 from the season (h200-h215). 'en février', 'en mai' are months alone. 'l’île Madame' "
              "gives 'Madame' (h184-h199 island rule); 'phare de Cap-Sainte-Marie' gives the cape village; 'Clare' "
              "stands alone besides the festival's name (an event, not an organisation); 'Québec' is the province "
              "(iso null). 'le ministère du Tourisme de la Nouvelle-Écosse' co-finances: listed in lower case as "
              "written; 'la province' generic. APECA and the Université Sainte-Anne are real bodies with invented "
              "news; the cooperative and the people are made up. Contact: a person with role and a 902 number with "
              "'poste 203'.",
    ),
))

# --------------------------------------------------------------------------- h318 reef monitoring network (Nouméa): English page under French chrome
PAGES.append(Page(
    name="h318-rosr-noumea-coral-bleaching-survey-en",
    meta={"site": "www.rosr-pacifique.example.nc", "style": "reef-network-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Français | English
ROSR – Réseau océanien de suivi des récifs
Accueil
Le Réseau
Suivi des récifs
Suivi des récifs
Données ouvertes
Actualités
Actualités
Partenaires
Contact
Accueil > Actualités > Communiqués
Communiqué – 02/12/2025
Ce communiqué n’existe qu’en anglais."""),
        P("Coral bleaching hit 47% of monitored reefs in the south-west Pacific in 2025"),
        P("NOUMÉA, New Caledonia, 2 December 2025 – Nearly half of the coral reefs monitored across the south-west "
          "Pacific suffered bleaching during the 2025 warm season, the Pacific Reef Monitoring Network (PRMN) said on "
          "Tuesday, in its largest survey since the network was set up in 2009."),
        P("Divers from 14 partner institutions surveyed 312 sites in New Caledonia, Vanuatu, Fiji, Tonga and Wallis "
          "and Futuna between February and May. Bleaching affected 47% of them, against 19% in 2020, the previous "
          "major event. Water temperatures stayed 1.4°C above the seasonal average for up to 11 weeks."),
        P("“Reefs can recover from a single bleaching event. What worries us is that they now get less than five "
          "years to do so,” said Dr Mereani Tuilagi, the network’s scientific coordinator, who is based at the "
          "University of the South Pacific in Suva."),
        P("The worst damage was recorded in the northern lagoon of New Caledonia, where 68% of surveyed colonies "
          "were bleached, and around the Lau group in eastern Fiji. Reefs off Efate, in Vanuatu, were the least "
          "affected, at 22%."),
        P("Follow-up dives found that 9% of the colonies bleached in New Caledonia in March had died by June, a "
          "mortality three times higher than after the 2020 event. Young corals were hit hardest: fewer than one in "
          "ten survived at sites shallower than 5 metres."),
        P("The network will spend A$3.2 million over three years, provided by the Australian Department of Foreign "
          "Affairs and Trade (DFAT) and the French Development Agency (AFD), to extend monitoring to Samoa and the "
          "Solomon Islands and to train 60 local divers. Fiji’s Ministry of Fisheries has pledged FJ$450,000 for a "
          "coral nursery programme in the Beqa lagoon."),
        P("Reef-by-reef results for 41 marine protected areas will be published in February 2026, so that managers can "
          "adapt fishing closures before the next warm season. The full report and the data for each site can already "
          "be downloaded from the network’s open-data portal."),
        L("""Media contacts:
Nouméa: Claire Wamytan, communications officer – +687 26 41 85 – c.wamytan@rosr.example.nc
Suva: Dr Mereani Tuilagi – +679 323 2961 | +679 992 4418 – m.tuilagi@rosr.example.nc"""),
        B("""Partager : Facebook | LinkedIn | Courriel
À lire aussi
› Blanchissement : le protocole de suivi 2025 en ligne (12/09/2025)
› Atelier régional des plongeurs scientifiques à Port-Vila (18/07/2025)
ROSR – 12, rue de la Frégate-Nivôse – BP 2417 – 98846 Nouméa Cedex – Tél. +687 26 41 80
Ce site utilise des cookies de mesure d’audience. Accepter | Refuser
© 2025 ROSR – Mentions légales – Accessibilité"""),
    ],
    gold=dict(
        title="Coral bleaching hit 47% of monitored reefs in the south-west Pacific in 2025",
        dateline=dl("NOUMÉA", "2025-12-02"),
        organisations=[org("Pacific Reef Monitoring Network", "PRMN"), org("University of the South Pacific", None),
                       org("Australian Department of Foreign Affairs and Trade", "DFAT"),
                       org("French Development Agency", "AFD"), org("Ministry of Fisheries", None)],
        places=[place("Pacific"), place("Nouméa"), place("New Caledonia"), place("Vanuatu", "VU"),
                place("Fiji", "FJ"), place("Tonga", "TO"), place("Wallis and Futuna"), place("Suva"), place("Lau"),
                place("Efate"), place("Samoa", "WS"), place("Solomon Islands", "SB"), place("Beqa")],
        figures=[
            fig("47%", 47, "%", "percent"),
            fig("in 2025", 2025, None, "year"),
            fig("2 December 2025", "2025-12-02", None, "date"),
            fig("Nearly half", 0.5, None, "other", qualifier="Nearly"),
            fig("2025", 2025, None, "year"),
            fig("in 2009", 2009, None, "year"),
            fig("14 partner institutions", 14, "institutions"),
            fig("312 sites", 312, "sites"),
            fig("19%", 19, "%", "percent"),
            fig("in 2020", 2020, None, "year"),
            fig("1.4°C", 1.4, "°C", "other"),
            fig("up to 11 weeks", 11, "weeks", "duration", qualifier="up to"),
            fig("less than five years", 5, "years", "duration", qualifier="less than"),
            fig("68%", 68, "%", "percent"),
            fig("22%", 22, "%", "percent"),
            fig("9%", 9, "%", "percent"),
            fig("three times", 3, "times", "other"),
            fig("2020", 2020, None, "year"),
            fig("fewer than one in ten", 0.1, None, "other", qualifier="fewer than"),
            fig("5 metres", 5, "metres", "other"),
            fig("A$3.2 million", 3200000, "A$", "money", currency="AUD"),
            fig("three years", 3, "years", "duration"),
            fig("60 local divers", 60, "divers"),
            fig("FJ$450,000", 450000, "FJ$", "money", currency="FJD"),
            fig("41 marine protected areas", 41, "areas"),
            fig("February 2026", 2026, None, "year"),
        ],
        phones=[phone("+687264185"), phone("+6793232961"), phone("+6799924418")],
        emails=["c.wamytan@rosr.example.nc", "m.tuilagi@rosr.example.nc"],
        contacts=[contact("Claire Wamytan", "communications officer", None, ["+687264185"],
                          ["c.wamytan@rosr.example.nc"]),
                  contact("Mereani Tuilagi", None, None, ["+6793232961", "+6799924418"],
                          ["m.tuilagi@rosr.example.nc"])],
        notes="An English release of a (made-up) reef-monitoring network based in Nouméa under its French chrome: "
              "skip line, language line, site name with the French long form and acronym, menu with doubled labels, "
              "breadcrumb, type/date line, 'Ce communiqué n’existe qu’en anglais.', share line, related headlines, "
              "footer with street number, BP box, '98846 Nouméa Cedex' and switchboard, cookie line, copyright line: "
              "boilerplate. language 'en'. The network is listed under the English long form and acronym the "
              "article writes (its French name is chrome, h270 rule). Dateline 'NOUMÉA, New Caledonia, 2 December "
              "2025 –': place as written in capitals, 'Nouméa' listed in normal case (it is also a contact label), "
              "the territory listed as written in English with iso null (README overseas rule, h88-h103 for New "
              "Caledonia). 'in 2025' (title, English preposition kept, h120-h135), 'the 2025 warm season' ('2025', a "
              "season) and 'in 2009': three year texts. 'Nearly half': fraction with the English qualifier. 'three times higher': a ratio (kind "
              "other, unit 'times'); 'the 2020 event' gives '2020', another text than 'in 2020'; 'fewer than one in "
              "ten': one proportion figure (0.1, qualifier 'fewer than', session 13 'N in M' rule); 'shallower than 5 "
              "metres': a measure ('shallower than' not a qualifier); '41 marine protected areas': unit 'areas'. "
              "'between February and May': months alone. '1.4°C above': a measure. 'up to 11 weeks': duration with "
              "'up to' (README English qualifiers); 'less than five years': decided, 'less than' is the English "
              "'moins de' and stays the qualifier. Australian dollars written 'A$3.2 million' (AUD, unit 'A$') and "
              "Fijian dollars 'FJ$450,000' (FJD, unit 'FJ$'): currencies new to the corpus, the symbol before the "
              "number as unit (h120-h135). '60 local divers': unit 'divers', the adjective in the text. 'Fiji’s "
              "Ministry of Fisheries' pledges money: listed as 'Ministry of Fisheries' (the possessive country out). "
              "'the south-west Pacific' gives 'Pacific' (iso null, as 'Asie'); 'the Lau group' gives 'Lau', 'the "
              "Beqa lagoon' 'Beqa', 'Efate' an island. DFAT, AFD and the University of the South Pacific are real "
              "bodies with invented news; the network and the people are made up. Contacts: one line per person "
              "with a place label (places, not organisations); 'Dr' left out of the person (h152-h167); Fijian "
              "landline and mobile joined by '|'.",
    ),
))

# --------------------------------------------------------------------------- h319 Malagasy news portal: listing of four stories with time stamps, Malagasy ticker, 'Lire la suite' lines, ’ as a space in one story
PAGES.append(Page(
    name="h319-madanews24-fil-actualite-listing",
    meta={"site": "www.madanews24.example.mg", "style": "malagasy-news-portal-listing", "listing": True,
          "defects": ["listing", "menu", "foreign-ticker", "read-more", "lost-apostrophe", "postcode-trap"]},
    blocks=[
        B("""MadaNews24
L’info de la Grande Île en continu
Accueil | Politique | Économie | Société | Régions | Sport | Culture | Vidéos
Vaovao farany ▸ Fifidianana ben’ny tanàna : navoaka ny valim-pifidianana vonjimaika ▸ Baolina kitra : nandresy ny Barea
Fil d’actualité – mardi 2 décembre 2025"""),
        P("Mahajanga : le port se prépare à la saison cyclonique, 14 grues mises à l’abri"),
        P("02/12/2025 à 16h05"),
        P("Mahajanga, 2 déc. (ANTA) – La Société de gestion du port de Mahajanga (SGPM) a présenté mardi son plan de "
          "préparation à la saison cyclonique 2025-2026. Les 14 grues mobiles seront arrimées dès la première alerte "
          "et quelque 3 200 conteneurs vides seront déplacés vers l’arrière-port. Selon la Direction générale de la "
          "météorologie (DGM), entre 8 et 12 systèmes tropicaux sont attendus dans le sud-ouest de l’océan Indien "
          "d’ici avril, dont trois pourraient toucher la côte ouest."),
        B("Lire la suite ›"),
        P("Litchis : 18 000 tonnes attendues à l’export, premier navire le 5 décembre"),
        P("02/12/2025 à 11h40"),
        P("Toamasina, 2 déc. (ANTA) – Le Groupement des exportateurs de litchis (GEL) prévoit d’expédier 18 000 "
          "tonnes vers l’Europe cette saison, contre 15 600 tonnes l’an dernier. Le premier navire frigorifique "
          "quittera Toamasina le 5 décembre avec 7 500 tonnes à bord. Le prix d’achat aux producteurs a été fixé à "
          "1 400 ariary le kilo, soit 200 Ar de plus qu’en 2024."),
        B("Lire la suite ›"),
        P("Délestages : la Jirama promet un retour à la normale à Antananarivo avant Noël"),
        P("02/12/2025 à 09h15"),
        P("Antananarivo, 2 déc. – La compagnie d’eau et d’électricité Jiro sy Rano Malagasy (Jirama) a annoncé lundi "
          "la mise en service d’un deuxième groupe de 24 mégawatts à la centrale d’Ambohimanambola d’ici le 20 "
          "décembre. Les délestages, qui atteignent jusqu’à 6 heures par jour dans certains quartiers de la capitale, "
          "devraient être réduits de moitié dès la semaine prochaine, selon l’entreprise, qui évalue son déficit de "
          "production à 45 mégawatts aux heures de pointe.", apos="space"),
        B("Lire la suite ›"),
        P("Baccalauréat : un taux de réussite de 41,7 %, la région Analamanga en tête"),
        P("01/12/2025 à 18h30"),
        P("Fianarantsoa, 1er déc. (ANTA) – Le ministère de l’Enseignement secondaire et technique a publié lundi les "
          "résultats de la session 2025 du baccalauréat : 58 314 candidats ont été admis sur 139 840, soit un taux "
          "de réussite de 41,7 %, contre 38,2 % l’an dernier. La région Analamanga arrive en tête avec 52,3 %, devant "
          "la Haute Matsiatra (47,9 %). La région Atsimo-Andrefana ferme la marche avec moins d’un candidat sur "
          "trois admis."),
        B("""Lire la suite ›
Charger plus d’articles
Les plus lus
1. Fifidianana : les résultats provisoires commune par commune
2. Riz : le prix du kapoaka au plus haut depuis 2022
3. Nosy Be : un paquebot de 2 800 passagers en escale
MadaNews24 – Lot II M 85 Antsakaviro – 101 Antananarivo – redaction@madanews24.example.mg
© 2025 MadaNews24 – Tous droits réservés – Reproduction interdite sans autorisation"""),
    ],
    gold=dict(
        title="Mahajanga : le port se prépare à la saison cyclonique, 14 grues mises à l’abri",
        dateline=None,
        organisations=[org(None, "ANTA"), org("Société de gestion du port de Mahajanga", "SGPM"),
                       org("Direction générale de la météorologie", "DGM"),
                       org("Groupement des exportateurs de litchis", "GEL"),
                       org("Jiro sy Rano Malagasy", "Jirama"),
                       org("ministère de l’Enseignement secondaire et technique", None)],
        places=[place("Mahajanga"), place("océan Indien"), place("Toamasina"), place("Europe"),
                place("Antananarivo"), place("Ambohimanambola"), place("Fianarantsoa"), place("Analamanga"),
                place("Haute Matsiatra"), place("Atsimo-Andrefana")],
        figures=[
            fig("14 grues", 14, "grues"),
            fig("02/12/2025 à 16h05", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("quelque 3 200 conteneurs", 3200, "conteneurs", qualifier="quelque"),
            fig("8", 8, None),
            fig("12 systèmes", 12, "systèmes"),
            fig("trois", 3, None),
            fig("18 000 tonnes", 18000, "tonnes", "other"),
            fig("le 5 décembre", "--12-05", None, "date"),
            fig("02/12/2025 à 11h40", "2025-12-02", None, "date"),
            fig("15 600 tonnes", 15600, "tonnes", "other"),
            fig("7 500 tonnes", 7500, "tonnes", "other"),
            fig("1 400 ariary", 1400, "ariary", "money", currency="MGA"),
            fig("200 Ar", 200, "Ar", "money", currency="MGA"),
            fig("en 2024", 2024, None, "year"),
            fig("02/12/2025 à 09h15", "2025-12-02", None, "date"),
            fig("24 mégawatts", 24, "mégawatts", "other"),
            fig("le 20 décembre", "--12-20", None, "date"),
            fig("jusqu’à 6 heures", 6, "heures", "duration", qualifier="jusqu’à"),
            fig("moitié", 0.5, None, "other"),
            fig("45 mégawatts", 45, "mégawatts", "other"),
            fig("41,7 %", 41.7, "%", "percent"),
            fig("01/12/2025 à 18h30", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("58 314 candidats", 58314, "candidats"),
            fig("139 840", 139840, None),
            fig("38,2 %", 38.2, "%", "percent"),
            fig("52,3 %", 52.3, "%", "percent"),
            fig("47,9 %", 47.9, "%", "percent"),
            fig("moins d’un candidat sur trois", 0.3333, None, "other", qualifier="moins d’"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Malagasy news portal's 'fil d’actualité': four unrelated stories, each a headline line, a "
              "time-stamp line (article text, one date figure each, README listing rule) and a story paragraph "
              "(listing). Boilerplate: site name and slogan, one-line menu, a Malagasy headline ticker ('Vaovao "
              "farany ▸ ...', tag 'foreign-ticker'), the listing's label with the day's date (README 'Listing "
              "titles'), each 'Lire la suite ›' line, 'Charger plus d’articles', the numbered 'Les plus lus' "
              "headlines (their numbers and years are chrome), the footer with lot, '101 Antananarivo' postcode and "
              "newsroom address, copyright line. Title: the first story's headline; dateline null. The third story "
              "has every ’ as a space ('d eau et d électricité', 'l entreprise', 'jusqu à'). Figures: '14 grues' in "
              "headline and body one text; 'saison cyclonique 2025-2026': a season, two years; 'entre 8 et 12 "
              "systèmes': first bound unit null; 'dont trois pourraient toucher': a count without noun; 'd’ici "
              "avril', 'l’an dernier', 'la semaine prochaine', 'avant Noël' are not figures; '18 000 tonnes' and 'le "
              "5 décembre' in headline and body one text each; Malagasy ariary written out ('1 400 ariary') and by "
              "the symbol after the number ('200 Ar', unit 'Ar', MGA: new shape); 'le kilo', 'par jour' out; 'd’ici "
              "le 20 décembre': 'le 20 décembre'; 'réduits de moitié': a fraction 'moitié' (h232-h247); 'la session "
              "2025 du baccalauréat': decided, a year dating an exam session (as 'campagne', 'saison'), not an "
              "edition's name; 'admis sur 139 840': a count without noun; 'moins d’un candidat sur trois': a "
              "proportion with its noun, one figure (0.3333, qualifier 'moins d’', as h315 'neuf actifs sur dix'). "
              "ANTA (the national agency in three datelines) is listed by acronym only; the third story's dateline "
              "has no agency. 'le sud-ouest de l’océan Indien' gives 'océan Indien' (h184-h199 seas rule); 'la "
              "région Analamanga', 'la Haute Matsiatra', 'La région Atsimo-Andrefana' give the regions (iso null); "
              "'Ambohimanambola' (the plant's site) is a place. The ministry named as the source is listed "
              "(h200-h215). Jirama is Madagascar's real utility with invented news; the port company, the GEL, the "
              "portal and the numbers are made up. No contact.",
    ),
))

# --------------------------------------------------------------------------- h320 Senegalese regional development agency's PDF: letterhead, unaccented capital title over two lines, right-aligned dateline, hard wraps, hyphenation (also mid-line), ligatures, page break inside a paragraph
H320_P3A = ("Les exportations par le port de Dakar ont représenté 38 % des volumes, le reste étant\n"
            "acheminé vers la Guinée-Bissau et la Gambie par les circuits transfrontaliers. Pour limiter")
H320_P3B = ("ces sorties non contrôlées, les services des douanes ont renforcé les contrôles aux postes de\n"
            "Salikénié, Pata et Pakour, où 1 870 tonnes de noix ont été saisies depuis le mois de mai.")
PAGES.append(Page(
    name="h320-ard-kolda-campagne-anacarde-pdf",
    meta={"site": "www.ard-senegal.example.sn", "style": "regional-development-agency-pdf",
          "defects": ["page-furniture", "hard-wrap", "pdf-hyphenation", "stray-unicode-ligature",
                      "unaccented-capitals", "postcode-trap"]},
    blocks=[
        B("""RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
MINISTÈRE DE L’URBANISME, DES COLLECTIVITÉS TERRITORIALES ET DE L’AMÉNAGEMENT DES TERRITOIRES
AGENCE RÉGIONALE DE DÉVELOPPEMENT DE KOLDA
Quartier Escale – BP 112 Kolda – Tél. : 33 996 12 00
N° 014/2025/ARD-K/DIR
COMMUNIQUÉ DE PRESSE"""),
        X("              CAMPAGNE DE COMMERCIALISATION DE L’ANACARDE 2025 :\n"
          "           LA REGION DE KOLDA DEPASSE LES 60 000 TONNES",
          "CAMPAGNE DE COMMERCIALISATION DE L’ANACARDE 2025 : LA RÉGION DE KOLDA DÉPASSE LES 60 000 TONNES"),
        X(" " * 60 + "Kolda, le 28 novembre 2025", "Kolda, le 28 novembre 2025"),
        P(pdfwrap("L’Agence régionale de développement de Kolda (ARD) a réuni le 27 novembre 2025, à la gouvernance, "
                  "le comité régional de suivi de la campagne de commercialisation de l’anacarde, sous la présidence "
                  "du gouverneur de la région, en présence des préfets, des maires, des représentants des producteurs "
                  "et des exportateurs.", 94, {"commercialisation": 6}), lig=True),
        P(pdfwrap("Au 20 novembre, 61 240 tonnes de noix brutes avaient été commercialisées dans les départements de "
                  "Kolda, Vélingara et Médina Yoro Foulah, contre 48 900 tonnes à la même date en 2024, soit une "
                  "augmentation de 25,2 %. Le prix bord champ s’est établi en moyenne à 415 francs CFA le kilogramme, "
                  "pour un prix plancher fixé à 350 francs CFA par l’arrêté interministériel du 14 avril 2025.", 94,
                  {"kilogramme": 4, "interministériel": 5}, {"augmentation": "aug- mentation"}), lig=True),
        X(H320_P3A, H320_P3A.replace("\n", " ") + " " + H320_P3B.replace("\n", " ")),
        B("ARD Kolda – Communiqué de presse n° 014/2025" + " " * 44 + "Page 1 sur 2\n"
          "Agence régionale de développement de Kolda"),
        X(H320_P3B, ""),
        P(pdfwrap("Le comité a salué la mise en service, le 12 novembre, de l'unité de transformation de la "
                  "Coopérative des producteurs d'anacarde du Fouladou (COPAF) à Vélingara. D'une capacité de 3 000 "
                  "tonnes par an, elle emploie 146 personnes, dont 112 femmes. Financée à hauteur de 1,2 milliard de "
                  "francs CFA par la Banque ouest-africaine de développement (BOAD) et l'État du Sénégal, elle est la "
                  "première unité de décorticage de cette taille en Casamance.", 94,
                  {"Coopérative": 5, "développement": 6, "décorticage": 7}), lig=True),
        P(pdfwrap("Les participants ont toutefois relevé la faiblesse de l’offre en plants améliorés : seuls 18 % des "
                  "24 500 producteurs recensés ont accès à des plants greffés. L’ARD prévoit, avec l’Institut "
                  "sénégalais de recherches agricoles (ISRA), de distribuer 150 000 plants d’ici à la campagne 2026 et "
                  "de former 2 400 producteurs à la taille et à l’entretien des vergers, sur un financement de 86 "
                  "millions de francs CFA.", 94, {"sénégalais": 5, "producteurs": 7, "financement": 5}), lig=True),
        P(pdfwrap("Le prochain comité régional se réunira en mars 2026 pour préparer l’ouverture de la campagne "
                  "suivante.", 94), lig=True),
        L("""Le Directeur
Ibrahima Sadio Mballo"""),
        L("""Contact presse :
Mamadou Lamine Baldé, chef du service communication
Tél. : 33 996 12 40 / 00221 77 541 23 09
Courriel : ard.kolda@ard-senegal.example.sn"""),
        B("ARD Kolda – Communiqué de presse n° 014/2025" + " " * 44 + "Page 2 sur 2"),
    ],
    gold=dict(
        title="CAMPAGNE DE COMMERCIALISATION DE L’ANACARDE 2025 : LA RÉGION DE KOLDA DÉPASSE LES 60 000 TONNES",
        dateline=dl("Kolda", "2025-11-28"),
        organisations=[org("Agence régionale de développement de Kolda", "ARD"),
                       org("Coopérative des producteurs d'anacarde du Fouladou", "COPAF"),
                       org("Banque ouest-africaine de développement", "BOAD"),
                       org("Institut sénégalais de recherches agricoles", "ISRA")],
        places=[place("Kolda"), place("Vélingara"), place("Médina Yoro Foulah"), place("Dakar"),
                place("Guinée-Bissau", "GW"), place("Gambie", "GM"), place("Salikénié"), place("Pata"),
                place("Pakour"), place("Sénégal", "SN"), place("Casamance")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("60 000 TONNES", 60000, "TONNES", "other"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("le 27 novembre 2025", "2025-11-27", None, "date"),
            fig("20 novembre", "--11-20", None, "date"),
            fig("61 240 tonnes", 61240, "tonnes", "other"),
            fig("48 900 tonnes", 48900, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("25,2 %", 25.2, "%", "percent"),
            fig("415 francs CFA", 415, "francs CFA", "money", currency="XOF"),
            fig("350 francs CFA", 350, "francs CFA", "money", currency="XOF"),
            fig("38 %", 38, "%", "percent"),
            fig("1 870 tonnes", 1870, "tonnes", "other"),
            fig("le 12 novembre", "--11-12", None, "date"),
            fig("3 000 tonnes", 3000, "tonnes", "other"),
            fig("146 personnes", 146, "personnes"),
            fig("112 femmes", 112, "femmes"),
            fig("1,2 milliard de francs CFA", 1200000000, "francs CFA", "money", currency="XOF"),
            fig("18 %", 18, "%", "percent"),
            fig("24 500 producteurs", 24500, "producteurs"),
            fig("150 000 plants", 150000, "plants"),
            fig("2026", 2026, None, "year"),
            fig("2 400 producteurs", 2400, "producteurs"),
            fig("86 millions de francs CFA", 86000000, "francs CFA", "money", currency="XOF"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+221339961240"), phone("+221775412309")],
        emails=["ard.kolda@ard-senegal.example.sn"],
        contacts=[contact("Mamadou Lamine Baldé", "chef du service communication", None,
                          ["+221339961240", "+221775412309"], ["ard.kolda@ard-senegal.example.sn"])],
        notes="The text layer of a (made-up) Senegalese regional development agency's press release in PDF, without CMS "
              "title. Boilerplate: the state letterhead (country, motto, ministry, agency, address line with 'BP 112 "
              "Kolda' and switchboard, reference number) and the 'COMMUNIQUÉ DE PRESSE' label (h56-h71, h152-h167), "
              "the running footer 'ARD Kolda – Communiqué de presse n° 014/2025 Page 1 sur 2' with the next page's "
              "running header, and the last page mark. The capital title is centred over two lines (one title line) "
              "and its second line was typed without accents ('REGION', 'DEPASSE'; restored); the dateline stands "
              "right-aligned on its own line. PDF line ends are hard wraps (joined), with hyphenation at line ends "
              "(for instance 'décorti-'/'cage') and once left inside a line ('aug- mentation', the real survey's "
              "'persécu- tions' shape: joined); fi/fl ligatures; the page break falls inside the third paragraph "
              "(one clean line, h136-h151). One paragraph uses straight apostrophes ('l'unité', 'D'une', 'l'État'), "
              "the others ’: kept as written (README, the survey's mixed ’ and '). Figures: 'L’ANACARDE 2025' (a "
              "campaign's year) and '2026' ('la campagne 2026'): years; '60 000 TONNES' in capitals, unit as "
              "written. 'Au 20 novembre': a date without year ('Au' out). 'à la même date en 2024': 'en 2024'. "
              "'415 francs CFA le kilogramme': 'le kilogramme' out; francs CFA are XOF in Senegal. 'l’arrêté "
              "interministériel du 14 avril 2025': a legal reference, its date not a figure (h152-h167). 'depuis le "
              "mois de mai': a month alone. '3 000 tonnes par an': 'par an' out. 'la première unité': ordinal word. "
              "'l’État du Sénégal' gives the place 'Sénégal' (h184-h199 'l’État du Niger'); 'Fouladou' stands only "
              "in the cooperative's name; 'Casamance' is a region (iso null); the border posts are places. The agency "
              "is listed with its long form and acronym as the body writes them ('Agence régionale de développement "
              "de Kolda (ARD)'); 'la gouvernance', 'le gouverneur', 'les services des douanes' are a venue, a role "
              "and generic. BOAD and ISRA are real bodies with invented news; the ARD's people, the COPAF and the "
              "numbers are made up. The signature ('Le Directeur' / name) is not a contact. Contact: a person with "
              "role, a Kolda landline without code (+221 33 996 ...) and a mobile written with the '00221' prefix "
              "without space (the survey's shape).",
    ),
))

HY321 = {'remontée': 5, 'exceptionnelles': 6, 'd’observation': 6, 'satellite': 5, 'personnes': 4, 'décrue': 3, 'actualiser': 6, 'déclaré': 5, 'développement': 7, 'partenaires': 5, 'européenne': 6, 'd’alerte': 4, 'superficie': 6, 'technique': 5}

# --------------------------------------------------------------------------- h321 Lake Chad Basin Commission release on a document-sharing site: viewer chrome, letterhead, page marks, hard wraps, hyphenation
PAGES.append(Page(
    name="h321-cblt-lac-tchad-superficie-en-eau-docutheque",
    meta={"site": "www.docutheque.example.com", "style": "document-sharing-viewer-pdf",
          "defects": ["pdf-chrome", "page-furniture", "hard-wrap", "wrapped-number", "pdf-hyphenation",
                      "postcode-trap"]},
    blocks=[
        B("""Docuthèque
Rechercher parmi 4 millions de documents…
Se connecter | S’inscrire
Accueil > Environnement > Eau et climat
COMMUNIQUE-CBLT-NDJAMENA-03-12-2025.pdf
Upload: cblt-info
Catégorie : Documents
Vues : 1 306 · Téléchargements : 94
Embed Size (px)
344 x 292
429 x 357
500 x 409
URL
Citation preview
COMMISSION DU BASSIN DU LAC TCHAD
LAKE CHAD BASIN COMMISSION
Secrétariat exécutif – BP 727 N’Djamena – Tchad
— 1 —"""),
        P("Lac Tchad : la superficie en eau atteint 14 800 km², son plus haut niveau depuis 2012"),
        P("N’Djamena, le 3 décembre 2025"),
        P(pdfwrap("La Commission du bassin du lac Tchad (CBLT) a présenté le 2 décembre, lors de la réunion de son comité " "technique à N’Djamena, les résultats de la campagne d’observation par satellite conduite avec l’Agence " "spatiale européenne (ESA). Au 15 octobre 2025, la superficie en eau du lac Tchad atteignait 14 800 km², " "contre 11 300 km² un an plus tôt et environ 2 500 km² au plus fort des sécheresses des années 1980.", 88, HY321)),
        P(pdfwrap("Cette remontée s’explique par deux saisons des pluies exceptionnelles sur le bassin du " "Chari et du Logone, qui fournit près de 90 % des apports du lac. À Ndjamena, le Chari a atteint une cote " "de 7,12 mètres le 28 septembre, un niveau jamais observé depuis 1961. Les crues ont touché plus de 412 000 " "personnes au Tchad, au Cameroun et au Nigeria.", 88, HY321)),
        B("— 2 —"),
        P(pdfwrap("Pour les 2,1 millions de riverains du lac, la hausse des eaux a un double effet. Les captures de poisson " "ont progressé de 18 % dans les îles autour de Bol et de Baga Sola, mais plus de 36 000 hectares de cultures " "de décrue ont été noyés dans la région de Diffa, au Niger, et dans l’État de Borno, au Nigeria.", 88, HY321)),
        P(pdfwrap("Le secrétaire exécutif de la CBLT a appelé les six États membres à actualiser les plans d’occupation des " "rives. « Nous ne pouvons plus planifier pour un lac qui rétrécit : il faut désormais gérer un lac qui " "varie », a-t-il déclaré.", 88, HY321)),
        P(pdfwrap("La Commission demande 48 millions de dollars sur quatre ans à ses partenaires, dont la Banque africaine de " "développement (BAD) et l’Union européenne, pour installer 26 nouvelles stations de mesure et un système " "d’alerte précoce aux crues. Les États membres ont déjà engagé 6,5 milliards de francs CFA.", 88, HY321)),
        L("""Contact presse :
Département de la communication de la CBLT
Tél. : +235 22 52 41 45 / +235 66 28 90 14
communication@cblt.example.org"""),
        B("""— 3 —
Documents similaires
Rapport annuel 2024 de la CBLT (PDF, 62 pages)
Charte de l’eau du bassin du lac Tchad (PDF, 28 pages)
Signaler ce document
© 2025 Docuthèque – Conditions d’utilisation – Confidentialité"""),
    ],
    gold=dict(
        title="Lac Tchad : la superficie en eau atteint 14 800 km², son plus haut niveau depuis 2012",
        dateline=dl("N’Djamena", "2025-12-03"),
        organisations=[org("Commission du bassin du lac Tchad", "CBLT"), org("Agence spatiale européenne", "ESA"),
                       org("Banque africaine de développement", "BAD"), org("Union européenne", None)],
        places=[place("Lac Tchad"), place("N’Djamena"), place("Chari"), place("Logone"), place("Ndjamena"),
                place("Tchad", "TD"), place("Cameroun", "CM"), place("Nigeria", "NG"), place("Bol"),
                place("Baga Sola"), place("Diffa"), place("Niger", "NE"), place("Borno")],
        figures=[
            fig("14 800 km²", 14800, "km²", "other"),
            fig("2012", 2012, None, "year"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("le 2 décembre", "--12-02", None, "date"),
            fig("15 octobre 2025", "2025-10-15", None, "date"),
            fig("11 300 km²", 11300, "km²", "other"),
            fig("environ 2 500 km²", 2500, "km²", "other", qualifier="environ"),
            fig("1980", 1980, None, "year"),
            fig("deux saisons", 2, "saisons"),
            fig("près de 90 %", 90, "%", "percent", qualifier="près de"),
            fig("7,12 mètres", 7.12, "mètres", "other"),
            fig("le 28 septembre", "--09-28", None, "date"),
            fig("1961", 1961, None, "year"),
            fig("plus de 412 000 personnes", 412000, "personnes", qualifier="plus de"),
            fig("2,1 millions de riverains", 2100000, "riverains"),
            fig("18 %", 18, "%", "percent"),
            fig("plus de 36 000 hectares", 36000, "hectares", "other", qualifier="plus de"),
            fig("six États", 6, "États"),
            fig("48 millions de dollars", 48000000, "dollars", "money", currency="USD"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("26 nouvelles stations", 26, "stations"),
            fig("6,5 milliards de francs CFA", 6500000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[phone("+23522524145"), phone("+23566289014")],
        emails=["communication@cblt.example.org"],
        contacts=[contact(None, None, "Département de la communication de la CBLT", ["+23522524145", "+23566289014"],
                          ["communication@cblt.example.org"])],
        notes="A Lake Chad Basin Commission release (real body, invented news and numbers) as a document-sharing site "
              "shows it: the viewer's name, search and login lines, breadcrumb, the file-name line, 'Upload:', "
              "category, view and download counters, 'Embed Size (px)' with its sizes, 'URL', 'Citation preview' "
              "(the real survey's PDF-viewer chrome, tag 'pdf-chrome', as d20/d21), the PDF's bilingual letterhead "
              "with 'BP 727 N’Djamena', the '— n —' page marks, 'Documents similaires' with two documents, 'Signaler "
              "ce document' and the site's copyright line: boilerplate. The PDF's own title line is the title (no "
              "CMS title); the dateline stands on its own line (README). PDF line ends are hard wraps (joined) with "
              "hyphenation ('satel-'/'lite') and a number split by the wrap ('environ 2' / '500 km²'). Dateline 'N’Djamena'; the body also writes 'Ndjamena' "
              "without apostrophe: decided, two spellings listed as two places (README 'Geneva'/'Genève' rule, "
              "distinct names). 'Lac Tchad' (title, capital L) and 'lac Tchad' (body): one place with its generic "
              "noun (h184-h199 lakes), listed as the title writes it; it stands also inside the Commission's name. "
              "'le bassin du Chari et du Logone' and 'le Chari' give the rivers by their proper names (iso null). "
              "'depuis 2012', 'depuis 1961': years; 'des années 1980': a decade (h120-h135); 'un an plus tôt' not a "
              "figure. 'Au 15 octobre 2025': a date ('Au' out). 'deux saisons des pluies': a count. 'une cote de "
              "7,12 mètres': a measure. 'les six États membres': unit 'États'. '48 millions de dollars sur quatre "
              "ans': money and a duration. Francs CFA of the Commission (seat in Chad) are XAF. 'l’État de Borno' "
              "gives 'Borno' (iso null); 'la région de Diffa' gives 'Diffa'. 'le comité technique' is an organ (not "
              "listed); 'le secrétaire exécutif' a role. Contact: an office block (organisation as written, not "
              "listed apart) with a N'Djamena landline and a mobile joined by '/'.",
    ),
))

# --------------------------------------------------------------------------- h322 Montreal NGO's WordPress release on Haiti: HTML debris, a glued <h3>, hidden e-mail, double space, donation block
PAGES.append(Page(
    name="h322-paqh-haiti-semences-grand-anse",
    meta={"site": "www.paqh.example.ca", "style": "quebec-ngo-wordpress",
          "defects": ["html-debris", "heading-glued", "hidden-email", "double-space", "menu", "breadcrumb",
                      "share-lines", "donation-block", "newsletter-chrome", "postcode-trap"]},
    blocks=[
        B("""Partage Agricole Québec-Haïti
Cultiver ensemble depuis 1994
Accueil | Qui sommes-nous | Nos projets | Actualités | Nous appuyer | Contact
Faire un don
Accueil » Actualités » Haïti
Publié le 2 décembre 2025 par Équipe communications · Catégories : Communiqués, Haïti, Sécurité alimentaire"""),
        P("Haïti : à Jérémie, 3 200 familles paysannes recevront des semences avant la saison de printemps"),
        P("[[<p>||]]" + ent("Montréal, le 2 décembre 2025 – Partage Agricole Québec-Haïti (PAQH) et son partenaire "
                            "haïtien, l’Union des groupements paysans de la Grand’Anse (UGPG), distribueront d’ici le "
                            "15 janvier des semences de haricot, de maïs et de sorgho à 3\u00a0200 familles paysannes "
                            "des communes de Jérémie, Moron et Chambellan, avant les semis de la saison de printemps.",
                            "’–\u00a0") + "[[</p>||]]"),
        P("[[<h3>||]]Une récolte d’automne en berne[[</h3>||]]"),
        P("[[<p>||]]" + ent(dbl("Les pluies irrégulières de l’été et la hausse des prix des intrants ont fait perdre aux "
                                "paysans de la Grand’Anse près de la moitié de leur récolte d’automne. Sur les marchés "
                                "de Jérémie, la marmite de haricots noirs se vend 650 gourdes, contre 420 gourdes il y "
                                "a un an, soit une hausse de 55\u00a0%. Beaucoup de familles ont déjà consommé les "
                                "grains qu’elles gardaient pour semer.", ("an,",)).replace("an,[[  || ]]", "an, ")
                            .replace("55\u00a0%. ", "55\u00a0%.[[  || ]]"), "’\u00a0") + "[[</p>||]]", glue=True),
        P("[[<p>||]]" + ent("Le projet, d’un montant de 480\u00a0000\u00a0$, est financé à 80\u00a0% par Affaires "
                            "mondiales Canada et par les dons du public québécois. Chaque famille recevra 12 kilos de "
                            "semences certifiées, produites par des multiplicateurs de la région, ainsi qu’un appui "
                            "technique pendant six mois.", "’\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Les semences seront remises dans 14 points de distribution, en présence des comités locaux, "
                            "pour éviter les longues files d’attente observées lors de la distribution de 2024. Les "
                            "familles dirigées par une femme, qui représentent 38 % des bénéficiaires, recevront en "
                            "plus un lot de boutures de patate douce.", "’") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("« Une semence locale, c’est une semence qui connaît la pluie d’ici. Nous ne voulons plus "
                            "que les familles mangent leurs semences pendant la soudure », explique l’agronome "
                            "Rose-Marie Delva, coordonnatrice du projet à Jérémie.", "’«»") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Depuis 2019, PAQH et l’UGPG ont mis en place 41 banques communautaires de semences dans le "
                            "département, qui conservent aujourd’hui près de 96 tonnes de grains. L’organisme lance "
                            "également une campagne de financement de 150\u00a0000\u00a0$ d’ici le 31 mars 2026 pour "
                            "en construire 15 autres.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Renseignements[[</strong><br />||]]
Montréal : Geneviève Pelletier-Noël, responsable des communications – 514 555-0148, poste 226 – [[<a href="mailto:g.pelletier@paqh.example.ca">g.pelletier@paqh.example.ca</a><br />||g.pelletier@paqh.example.ca]]
Port-au-Prince : Wilner Jean-Baptiste, directeur des programmes – (509) 3745-2210 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="5f28283a3b1f2f3e2e3771">||]][email protected][[</a></p>||]]"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Semez l’espoir en Haïti
Avec 60 $, vous offrez à une famille les semences d’une saison complète. Un reçu fiscal vous sera envoyé.
Je donne
Articles similaires
Grand’Anse : bilan de la saison d’automne (14 octobre 2025)
Journée mondiale de l’alimentation : nos partenaires témoignent (16 octobre 2025)
Abonnez-vous à notre infolettre : Votre courriel | S’abonner
PAQH – 1250, rue Sainte-Catherine Est, bureau 310 – Montréal (Québec) H2L 2H9 – Organisme de bienfaisance n° 11892 4471 RR0001
© 2025 Partage Agricole Québec-Haïti – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Haïti : à Jérémie, 3 200 familles paysannes recevront des semences avant la saison de printemps",
        dateline=dl("Montréal", "2025-12-02"),
        organisations=[org("Partage Agricole Québec-Haïti", "PAQH"),
                       org("Union des groupements paysans de la Grand’Anse", "UGPG"),
                       org("Affaires mondiales Canada", None)],
        places=[place("Haïti", "HT"), place("Jérémie"), place("Montréal"), place("Moron"), place("Chambellan"),
                place("Grand’Anse"), place("Port-au-Prince")],
        figures=[
            fig("3 200 familles", 3200, "familles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 15 janvier", "--01-15", None, "date"),
            fig("3\u00a0200 familles", 3200, "familles"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("650 gourdes", 650, "gourdes", "money", currency="HTG"),
            fig("420 gourdes", 420, "gourdes", "money", currency="HTG"),
            fig("55\u00a0%", 55, "%", "percent"),
            fig("480\u00a0000\u00a0$", 480000, "$", "money", currency="CAD"),
            fig("80\u00a0%", 80, "%", "percent"),
            fig("12 kilos", 12, "kilos", "other"),
            fig("six mois", 6, "mois", "duration"),
            fig("14 points", 14, "points"),
            fig("2024", 2024, None, "year"),
            fig("38 %", 38, "%", "percent"),
            fig("2019", 2019, None, "year"),
            fig("41 banques", 41, "banques"),
            fig("près de 96 tonnes", 96, "tonnes", "other", qualifier="près de"),
            fig("150\u00a0000\u00a0$", 150000, "$", "money", currency="CAD"),
            fig("le 31 mars 2026", "2026-03-31", None, "date"),
            fig("15", 15, None),
        ],
        phones=[phone("+15145550148", extension="226"), phone("+50937452210")],
        emails=["g.pelletier@paqh.example.ca"],
        hidden_emails=1,
        contacts=[contact("Geneviève Pelletier-Noël", "responsable des communications", None, ["+15145550148"],
                          ["g.pelletier@paqh.example.ca"]),
                  contact("Wilner Jean-Baptiste", "directeur des programmes", None, ["+50937452210"], [])],
        notes="A (made-up) Montreal NGO's WordPress release on Haiti. Boilerplate: site name and slogan, one-line menu, "
              "'Faire un don', breadcrumb, the 'Publié le ... par ... · Catégories' line, share line, the donation "
              "block ('Avec 60 $, ...', 'Je donne': chrome, its sum not a figure), related articles, newsletter form "
              "line, footer with street number, 'H2L 2H9' postcode and a charity registration number, copyright "
              "line. HTML debris: <p>, </p>, <h3> glued to the next <p> ('en berne</h3><p>Les pluies', the heading a "
              "line of its own), <strong>, <br />, '&#8217;', '&#8211;', '&laquo;'/'&raquo;', '&nbsp;' (U+00A0 kept "
              "in the clean text and the figure texts), a mailto link and an address behind a CDN e-mail-protection "
              "link (hidden, counted, not decoded). A double space after '55 %.' Figures: the title's '3 200 "
              "familles' (plain space) and the body's '3 200 familles' (U+00A0) are two texts (h184-h199); 'd’ici le "
              "15 janvier': '--01-15' (no year written; 'd’ici' out); 'la saison de printemps' has no year. 'près de "
              "la moitié': fraction. Haitian gourdes (HTG); 'il y a un an' not a figure. '$' on a Canadian page is "
              "CAD. '12 kilos de semences': a measure. 'Depuis 2019': '2019'. 'pour en construire 15 autres': a count "
              "without noun. 'la distribution de 2024': '2024'; '38 %' written with a plain space in this paragraph (the "
              "others have U+00A0). 'le département' generic; 'la Grand’Anse' stands alone besides the union's name (a "
              "place, iso null). Affaires mondiales Canada is a real department with invented news; the NGO, its "
              "partner and the people are made up. Contacts: two lines with place labels (places, not "
              "organisations), each a person with role: a 514 number with 'poste 226' and a mailto address; a "
              "Haitian mobile written '(509) 3745-2210' and a hidden address.",
    ),
))

# --------------------------------------------------------------------------- h323 IOM country office in Djibouti in the seed's shape: site menu with doubled labels and glued blurbs, old-CMS wraps, straight apostrophes, œ dropped, 'Obock -' dateline, mailto debris
H323_MENU = """-
À propos de l'OIM
À propos de l'OIML'Organisation internationale pour les migrations est l'organisation des Nations Unies chargée des migrations, présente à Djibouti depuis 2009.
Nos activités
Nos activités
- Protection et assistance aux migrants
- Retour volontaire et réintégration
- Gestion des frontières
- Santé et migration
- Migration et climat
-
Données migratoires
Données migratoiresLa Matrice de suivi des déplacements publie chaque mois les mouvements observés sur la route de l'Est.
Médias
Médias
- Communiqués de presse
- Reportages
-
Nous rejoindre
Nous rejoindre
- Offres d'emploi
-"""
PAGES.append(Page(
    name="h323-oim-djibouti-obock-assistance-migrants",
    meta={"site": "djibouti.oim-migration.example.int", "style": "iom-country-office-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "html-debris"]},
    wrap=62, jitter=14,
    blocks=[
        B(H323_MENU),
        P("Djibouti : plus de 4 100 migrants secourus à Obock en novembre, dont 730 mineurs non accompagnés",
          nowrap=True),
        P("Obock - Plus de 4 100 migrants, en majorité de jeunes Éthiopiens, ont reçu une aide d'urgence en "
          "novembre au centre d'orientation et d'assistance aux migrants d'Obock, géré par l'Organisation "
          "internationale pour les migrations (OIM) avec le ministère de l'Intérieur."),
        P("Épuisés par une marche de plusieurs semaines à travers le désert, 612 d'entre eux ont été soignés pour "
          "déshydratation et 38 pour des blessures graves. Parmi les personnes accueillies figurent 730 mineurs non "
          "accompagnés, dont 96 filles."),
        P("Le centre d'Obock, d'une capacité de 250 places, fournit des repas, des soins, un soutien psychosocial et "
          "des informations sur les risques de la traversée. Les mineurs non accompagnés sont orientés vers un espace "
          "séparé, géré avec le Fonds des Nations Unies pour l'enfance (UNICEF), où 64 d'entre eux étaient encore "
          "hébergés le 30 novembre."),
        P("La plupart espéraient rejoindre le Yémen puis l'Arabie saoudite en traversant la mer Rouge. Depuis "
          "janvier, l'OIM a recensé 29 naufrages ou disparitions au large d'Obock et de Khor Angar, qui ont coûté la "
          "vie à au moins 312 personnes."),
        P("« Ces jeunes ont entre 15 et 24 ans pour la plupart. Ils partent parce que la sécheresse a tué leurs "
          "troupeaux et qu'ils n'ont plus rien à perdre », explique Amina Ahmed Darar, chef du sous-bureau de l'OIM "
          "à Obock."),
        P("Financé par l'Union européenne et par le Fonds central d'intervention pour les urgences humanitaires "
          "(CERF), le programme d'assistance, mis en œuvre depuis 2023, dispose de 6,8 millions de dollars pour "
          "2025. Il comprend aussi une aide au retour volontaire : 1 940 migrants sont rentrés en Éthiopie depuis le "
          "début de l'année, par des vols organisés au départ de Djibouti.", oe="drop"),
        P("L'OIM appelle les pays de la route de l'Est à renforcer leur coopération contre les réseaux de passeurs, "
          "et rappelle qu'il manque encore 2,3 millions de dollars pour couvrir les besoins jusqu'en mars 2026."),
        L("""Pour plus d'informations, veuillez contacter:
Farah Ismaël Robleh
OIM Djibouti
Tél. : +253 21 35 40 12 Ext. 117
E-mail :
[["mailto:frobleh@iom.int">frobleh@iom.int||frobleh@iom.int]]
Wanjiru Mwangi
Bureau régional de l'OIM, Nairobi
Tél. : +254 20 422 1000
E-mail :
[["mailto:wmwangi@iom.int">wmwangi@iom.int||wmwangi@iom.int]]"""),
    ],
    gold=dict(
        title="Djibouti : plus de 4 100 migrants secourus à Obock en novembre, dont 730 mineurs non accompagnés",
        dateline=dl("Obock", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"),
                       org("ministère de l'Intérieur", None),
                       org("Fonds des Nations Unies pour l'enfance", "UNICEF"), org("Union européenne", None),
                       org("Fonds central d'intervention pour les urgences humanitaires", "CERF")],
        places=[place("Djibouti", "DJ"), place("Obock"), place("Yémen", "YE"), place("Arabie saoudite", "SA"),
                place("mer Rouge"), place("Khor Angar"), place("Éthiopie", "ET"), place("Nairobi")],
        figures=[
            fig("plus de 4 100 migrants", 4100, "migrants", qualifier="plus de"),
            fig("730 mineurs", 730, "mineurs"),
            fig("Plus de 4 100 migrants", 4100, "migrants", qualifier="Plus de"),
            fig("612", 612, None),
            fig("38", 38, None),
            fig("96 filles", 96, "filles"),
            fig("250 places", 250, "places"),
            fig("64", 64, None),
            fig("le 30 novembre", "--11-30", None, "date"),
            fig("29 naufrages", 29, "naufrages"),
            fig("au moins 312 personnes", 312, "personnes", qualifier="au moins"),
            fig("15", 15, None, "age"),
            fig("24 ans", 24, "ans", "age"),
            fig("2023", 2023, None, "year"),
            fig("6,8 millions de dollars", 6800000, "dollars", "money", currency="USD"),
            fig("2025", 2025, None, "year"),
            fig("1 940 migrants", 1940, "migrants"),
            fig("2,3 millions de dollars", 2300000, "dollars", "money", currency="USD"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+25321354012", extension="117"), phone("+254204221000")],
        emails=["frobleh@iom.int", "wmwangi@iom.int"],
        contacts=[contact("Farah Ismaël Robleh", None, "OIM Djibouti", ["+25321354012"], ["frobleh@iom.int"]),
                  contact("Wanjiru Mwangi", None, "Bureau régional de l'OIM, Nairobi", ["+254204221000"],
                          ["wmwangi@iom.int"])],
        notes="A release of the UN migration agency's (made-up) Djibouti country site in the seed's shape, the most "
              "frequent shape of the real survey: a fixed site menu at the top with bare '-' lines, '- label' items, "
              "doubled labels and two labels glued to their blurbs ('À propos de l'OIML'Organisation ...', 'Données "
              "migratoiresLa Matrice ...'), all boilerplate (the blurbs' names are chrome); the body hard-wrapped by "
              "an old CMS at about 48-62 columns (joined); straight apostrophes kept as written; œ dropped ('mis en "
              "uvre'); the contact block with 'E-mail :' lines followed by mailto debris (the bare address). "
              "Dateline 'Obock -' (place, hyphen, no date: the survey's 'Genève - ...' shape): date null. 'plus de "
              "4 100 migrants' (title) and 'Plus de 4 100 migrants' (body): two texts (case of the qualifier); '730 "
              "mineurs' in title and body one text. '612 d'entre eux', 'et 38 pour', '64 d'entre eux': counts without noun; 'le 30 novembre' without year. 'entre "
              "15 et 24 ans': first bound an age without unit. 'Depuis janvier', 'en novembre', 'depuis le début de "
              "l'année' are not figures; 'depuis 2023': '2023'; 'pour 2025': '2025'; 'jusqu'en mars 2026': 'mars "
              "2026'. 'la mer Rouge' keeps its generic noun (h184-h199); 'Djibouti' is the country (title) and the "
              "city (flights): one place, DJ (h120-h135 city-state rule); 'Nairobi' from the office label (README). "
              "'le ministère de l'Intérieur' co-manages the centre: listed as written (a ministry acting); the "
              "centre is a venue; 'la route de l'Est' is a migration route, not a place; 'Éthiopiens' a demonym. "
              "The OIM, the EU and the CERF are real bodies with invented news, people and numbers. Contacts: two "
              "people with office labels as organisation ('OIM Djibouti', 'Bureau régional de l'OIM, Nairobi'), a "
              "Djibouti landline with 'Ext. 117' and a Nairobi landline.",
    ),
))

# --------------------------------------------------------------------------- h324 Burkinabè ministry on an old Drupal site: hard wraps with a split number, a paragraph without accents, U+2010, 'oeuvrer', CMS footer
PAGES.append(Page(
    name="h324-ministere-eau-burkina-bilan-forages-2025",
    meta={"site": "www.eau-assainissement.example.gov.bf", "style": "ministry-old-drupal",
          "defects": ["menu", "breadcrumb", "hard-wrap", "wrapped-number", "stripped-accents",
                      "stray-unicode-hyphen", "oe-written-out", "cms-footer", "share-lines", "postcode-trap"]},
    wrap=74, jitter=9,
    blocks=[
        B("""BURKINA FASO – La Patrie ou la Mort, nous Vaincrons
Ministère de l'Environnement, de l'Eau et de l'Assainissement
Accueil | Le Ministère | Eau potable | Assainissement | Environnement | Actualités | Documentation | Contacts
Vous êtes ici : Accueil » Actualités » Communiqués
Soumis par admin le lun, 01/12/2025 - 17:42"""),
        P("Accès à l’eau potable : 1 260 nouveaux forages réalisés en 2025", nowrap=True),
        P("Ouagadougou, le 1er décembre 2025 – Le ministre de l’Environnement, de l’Eau et de l’Assainissement a "
          "présidé lundi la session bilan du Programme national d’approvisionnement en eau potable (PN-AEP), en "
          "présence des partenaires techniques et financiers. En 2025, 1 260 forages neufs équipés de pompes à "
          "motricité humaine ont été réalisés et quelque 2⏎450 forages en panne réhabilités, permettant à 1,38 "
          "million de personnes supplémentaires d’accéder à l’eau potable au Burkina Faso."),
        P("Le taux d’accès à l’eau potable en milieu rural est ainsi passé de 71,2 % en 2024 à 74,6 % en 2025, "
          "selon la Direction générale de l’eau potable (DGEP). Les régions du Centre-Nord et de l’Est restent en "
          "retrait, avec des taux inférieurs à 60 %, la situation sécuritaire ayant empêché les entreprises "
          "d’intervenir dans 212 villages.", strip=True),
        P("Le coût de la campagne s’élève à 38,7 milliards de francs CFA, dont 21,4 milliards apportés par le budget "
          "de l’État et le reste par les partenaires, notamment la Banque mondiale, le Fonds des Nations unies pour "
          "l’enfance (UNICEF), les Pays-Bas et la Suisse."),
        P("Le bilan relève aussi des retards : sur les 140 systèmes d’adduction d’eau potable prévus en 2025, seuls 96 "
          "ont été achevés, en raison de la hausse du prix des tuyaux et des difficultés d’accès à certains chantiers. "
          "Le ministre a demandé aux entreprises retenues de livrer les 44 ouvrages restants avant le 31 mars 2026, "
          "sous peine de pénalités."),
        P("« Chaque forage réhabilité, ce sont en moyenne 300 personnes qui n’ont plus à parcourir plusieurs "
          "kilomètres pour chercher de l’eau », a souligné le ministre, qui a appelé les communes à oeuvrer pour que "
          "chaque point d’eau dispose d’un comité de gestion formé et d’une caisse d’entretien."),
        P("Pour 2026, le département prévoit la construction de 1 500 forages et de 85 systèmes d’adduction d’eau "
          "potable simplifiés, dont 12 dans la zone de Bobo" + U2010 + "Dioulasso, ainsi que la réalisation de "
          "40 000 latrines familiales avec l’appui de l’Office national de l’eau et de l’assainissement (ONEA)."),
        L("Contact : Direction de la communication et des relations presse (DCRP) – Tél. : (+226) 25 30 65 12 / "
          "70 21 43 88 – dcrp@eau-assainissement.example.gov.bf"),
        B("""Imprimer | Envoyer à un ami | Version PDF
Mots-clés : eau potable, forages, PN-AEP, bilan 2025
Nombre de visites : 1 284
Articles connexes
Journée mondiale des toilettes : le ministère lance la campagne « Zéro défécation à l’air libre » (19/11/2025)
Barrage de Ziga : le niveau de remplissage atteint 92 % (04/11/2025)
Ministère de l’Environnement, de l’Eau et de l’Assainissement – 03 BP 7044 Ouagadougou 03 – Tél. : (+226) 25 30 65 00
Copyright © 2025 – Tous droits réservés – Propulsé par Drupal"""),
    ],
    gold=dict(
        title="Accès à l’eau potable : 1 260 nouveaux forages réalisés en 2025",
        dateline=dl("Ouagadougou", "2025-12-01"),
        organisations=[org("Direction générale de l’eau potable", "DGEP"), org("Banque mondiale", None),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("Office national de l’eau et de l’assainissement", "ONEA")],
        places=[place("Ouagadougou"), place("Burkina Faso", "BF"), place("Centre-Nord"), place("Est"),
                place("Pays-Bas", "NL"), place("Suisse", "CH"), place("Bobo-Dioulasso")],
        figures=[
            fig("1 260 nouveaux forages", 1260, "forages"),
            fig("en 2025", 2025, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("En 2025", 2025, None, "year"),
            fig("1 260 forages", 1260, "forages"),
            fig("quelque 2 450 forages", 2450, "forages", qualifier="quelque"),
            fig("1,38 million de personnes", 1380000, "personnes"),
            fig("71,2 %", 71.2, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("74,6 %", 74.6, "%", "percent"),
            fig("60 %", 60, "%", "percent"),
            fig("212 villages", 212, "villages"),
            fig("38,7 milliards de francs CFA", 38700000000, "francs CFA", "money", currency="XOF"),
            fig("21,4 milliards", 21400000000, None, "money", currency="XOF"),
            fig("140 systèmes", 140, "systèmes"),
            fig("96", 96, None),
            fig("44 ouvrages", 44, "ouvrages"),
            fig("le 31 mars 2026", "2026-03-31", None, "date"),
            fig("300 personnes", 300, "personnes"),
            fig("2026", 2026, None, "year"),
            fig("1 500 forages", 1500, "forages"),
            fig("85 systèmes", 85, "systèmes"),
            fig("12", 12, None),
            fig("40 000 latrines", 40000, "latrines"),
        ],
        phones=[phone("+22625306512"), phone("+22670214388")],
        emails=["dcrp@eau-assainissement.example.gov.bf"],
        contacts=[contact(None, None, "Direction de la communication et des relations presse (DCRP)",
                          ["+22625306512", "+22670214388"], ["dcrp@eau-assainissement.example.gov.bf"])],
        notes="A release on a (made-up host of a) Burkinabè ministry's old Drupal site. Boilerplate: the state line "
              "with the motto, the ministry's name line, one-line menu, breadcrumb, the 'Soumis par admin le lun, "
              "01/12/2025 - 17:42' line, the print/send/PDF line, keywords, visit counter, related articles, footer "
              "with '03 BP 7044 Ouagadougou 03' and switchboard, the Drupal credit line (tag 'cms-footer'). The body "
              "is hard-wrapped at about 65-74 columns (joined), one wrap splitting 'quelque 2' / '450 forages'; the "
              "second paragraph was typed without accents ('a 74,6 %', 'Generale', 'regions', 'securitaire'); "
              "U+2010 in 'Bobo‐Dioulasso' (restored to '-'); 'oeuvrer' kept (valid spelling). Figures: the title's "
              "'1 260 nouveaux forages' and 'en 2025' and the body's '1 260 forages' and 'En 2025' are four texts; "
              "'quelque 2 450 forages' joined across the wrap; 'passé de 71,2 % en 2024 à 74,6 % en 2025'; "
              "'inférieurs à 60 %' ('inférieurs à' not a qualifier); 'dont 21,4 milliards': money in the context's "
              "currency with unit null (h56-h71); 'Pour 2026': '2026'; 'dont 12 dans la zone', 'seuls 96': counts without noun; 'prévus en 2025' repeats 'en 2025'; 'avant le 31 mars 2026': a date. "
              "The PN-AEP is a programme (not an organisation, README). 'Le ministre de ...' is a role: the ministry "
              "is not listed ('le département' generic, its name only in the chrome). 'Les régions du Centre-Nord et "
              "de l’Est' give 'Centre-Nord' and 'Est' (h232-h247 'Ouest'); the Netherlands and Switzerland as funders "
              "are places (countries acting, as h295's France). The DGEP, ONEA, Banque mondiale and UNICEF are real "
              "bodies with invented numbers. Contact: an office line whose department (with its acronym, as written) "
              "is not listed apart; a Ouagadougou landline with '(+226)' and a mobile after '/' without code.",
    ),
))

# --------------------------------------------------------------------------- h325 Beirut daily: date widget, kicker, byline, in-body 'Lire aussi', mixed quotes, space before a comma, paywall, comment counter
PAGES.append(Page(
    name="h325-le-levant-edl-tarifs-electricite",
    meta={"site": "www.lelevant-quotidien.example.lb", "style": "beirut-daily-paywall",
          "defects": ["menu", "date-widget", "read-more", "mixed-quotes", "space-before-comma", "paywall",
                      "comments-widget", "share-lines"]},
    blocks=[
        B("""Le Levant – Quotidien libanais d’expression française depuis 1951
Mardi 2 décembre 2025 – 11 Joumada al-Akhira 1447
S’abonner | Se connecter
Liban | Moyen-Orient | Monde | Économie | Culture | Sport | Opinions | Podcasts
ÉCONOMIE"""),
        P("Électricité : EDL promet douze heures de courant par jour dès janvier, mais à quel prix ?"),
        B("""Par Rana Khoury-Haddad
Publié le 02/12/2025 à 08h15 · Mis à jour à 10h40 · Lecture : 4 min"""),
        P("L’opérateur public annonce une hausse de l’alimentation grâce à un nouvel accord sur le fioul irakien, et "
          "une révision des tarifs qui pèsera sur les petits consommateurs."),
        P("Électricité du Liban (EDL) a annoncé lundi soir qu’elle porterait l’alimentation du réseau à douze heures "
          "par jour en moyenne à partir du 5 janvier, contre six à huit heures actuellement dans la plupart des "
          "régions. L’amélioration repose sur un avenant à l’accord conclu avec l’Irak, qui prévoit la livraison de "
          "2 millions de tonnes de fioul lourd en 2026, payées en services et en biens[[ ,||,]] et non en devises."),
        P("Le ministre de l’Énergie et de l’Eau, Walid Sfeir, a précisé que les centrales de Zahrani et de Deir "
          "Ammar tourneraient désormais à 70 % de leur capacité. “Nous avons perdu trop d’années à gérer la "
          "pénurie. L’objectif est d’atteindre 16 heures d’ici l’été”, a-t-il déclaré lors d’une conférence de "
          "presse."),
        B("Lire aussi : Générateurs de quartier : la facture moyenne a doublé en deux ans"),
        P("La contrepartie est tarifaire. Au-delà de 100 kilowattheures par mois, le prix passera de 27 000 à "
          "38 000 livres libanaises le kilowattheure, soit environ 0,42 dollar au taux du marché. Selon un calcul "
          "de l’Association des consommateurs au Liban (ACL), un ménage de Beyrouth qui consomme 350 kWh par mois "
          "verra sa facture EDL grimper de 41 %, à près de 150 dollars."),
        P("« Pour beaucoup de familles, la facture d’EDL et celle du générateur de quartier s’additionneront encore "
          "pendant des mois », prévient l’économiste Nadine Abou Jaoudé, de l’Université Saint-Joseph. La Banque "
          "mondiale, qui finance à hauteur de 250 millions de dollars le programme de réforme du secteur, a salué "
          "« un pas vers le recouvrement des coûts »."),
        P("Dans la banlieue sud de Beyrouth comme à Tripoli, la plupart des foyers dépendent encore des générateurs "
          "privés, dont l’abonnement de 5 ampères coûte en moyenne 95 dollars par mois. Le ministère a promis de "
          "publier chaque mois un tarif de référence pour ces générateurs, indexé sur le prix du mazout."),
        P("EDL, qui a enregistré un déficit de 1,1 milliard de dollars en 2024, assure que la nouvelle grille lui "
          "permettra de couvrir 85 % de ses coûts d’exploitation, contre 58 % aujourd’hui. Les ménages qui consomment "
          "moins de 100 kilowattheures par mois, soit près de 30 % des abonnés, ne verront pas leur tarif changer."),
        B("""Il vous reste 55 % de cet article à lire.
Cet article est réservé aux abonnés. Abonnez-vous dès 1 $ le premier mois.
Déjà abonné ? Se connecter
Partager : Facebook | X | WhatsApp | Copier le lien
12 commentaires
Connectez-vous pour réagir
Les plus lus
1. Parlement : la séance sur la loi électorale reportée
2. Port de Beyrouth : le nouveau terminal céréalier sera prêt en juin
3. Ski : ouverture anticipée des pistes de Faraya
© Le Levant 2025 – Tous droits réservés"""),
    ],
    gold=dict(
        title="Électricité : EDL promet douze heures de courant par jour dès janvier, mais à quel prix ?",
        dateline=None,
        organisations=[org("Électricité du Liban", "EDL"),
                       org("Association des consommateurs au Liban", "ACL"),
                       org("Université Saint-Joseph", None), org("Banque mondiale", None)],
        places=[place("Irak", "IQ"), place("Zahrani"), place("Deir Ammar"), place("Beyrouth"), place("Tripoli")],
        figures=[
            fig("douze heures", 12, "heures", "duration"),
            fig("5 janvier", "--01-05", None, "date"),
            fig("six", 6, None, "duration"),
            fig("huit heures", 8, "heures", "duration"),
            fig("2 millions de tonnes", 2000000, "tonnes", "other"),
            fig("en 2026", 2026, None, "year"),
            fig("70 %", 70, "%", "percent"),
            fig("16 heures", 16, "heures", "duration"),
            fig("100 kilowattheures", 100, "kilowattheures", "other"),
            fig("27 000", 27000, None, "money", currency="LBP"),
            fig("38 000 livres libanaises", 38000, "livres libanaises", "money", currency="LBP"),
            fig("environ 0,42 dollar", 0.42, "dollar", "money", qualifier="environ", currency="USD"),
            fig("350 kWh", 350, "kWh", "other"),
            fig("41 %", 41, "%", "percent"),
            fig("près de 150 dollars", 150, "dollars", "money", qualifier="près de", currency="USD"),
            fig("250 millions de dollars", 250000000, "dollars", "money", currency="USD"),
            fig("5 ampères", 5, "ampères", "other"),
            fig("95 dollars", 95, "dollars", "money", currency="USD"),
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("en 2024", 2024, None, "year"),
            fig("85 %", 85, "%", "percent"),
            fig("58 %", 58, "%", "percent"),
            fig("moins de 100 kilowattheures", 100, "kilowattheures", "other", qualifier="moins de"),
            fig("près de 30 %", 30, "%", "percent", qualifier="près de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Beirut French-language daily. Boilerplate: masthead with slogan, a Gregorian/Hijri date line "
              "(tag 'date-widget', h136-h151), subscription/login line, one-line menu, the rubric kicker 'ÉCONOMIE' "
              "above the title, the byline and the publication/update/reading-time line under it, an in-body 'Lire "
              "aussi : headline' line (tag 'read-more'), the paywall lines ('Il vous reste 55 % ...', subscription "
              "call, login), share line, comment counter and prompt, the numbered 'Les plus lus' headlines, copyright. "
              "The standfirst under the title is an article paragraph. The page mixes “ ” (a quote) with « » "
              "(kept as written); a space before a comma ('biens , et non'). No dateline (a newspaper article), no "
              "contact. Figures: 'douze heures' in the title and the body one text; 'dès janvier' a month alone; 'à "
              "partir du 5 janvier': '5 janvier' (--01-05); 'six à huit heures': first bound a bare duration; '2 millions de "
              "tonnes de fioul lourd en 2026'; 'd’ici l’été' not a figure; 'Au-delà de 100 kilowattheures par mois': "
              "a measure ('Au-delà de' not a qualifier, 'par mois' out); 'passera de 27 000 à 38 000 livres "
              "libanaises': first bound money with unit null (LBP, unit as written, h88-h103); 'environ 0,42 dollar': USD with unit 'dollar' (h88-h103); '350 kWh': a measure; 'à près de "
              "150 dollars'. 'l’abonnement de 5 ampères coûte en moyenne 95 dollars par mois': a measure and money, the rate out; 'Au-delà de 100 kilowattheures' and 'moins de 100 kilowattheures' two texts (the second with its qualifier). 'Tripoli' is the Lebanese city (iso null). 'au taux du marché' and the chrome's 'en deux ans' are not figures. 'Liban' stands only inside the two organisations' names: not listed (README); 'Beyrouth' (a household 'de Beyrouth') is a place; 'Irak' (the accord) a place; the two power plants are named by their towns (places, h248-h263 plant rule). 'Le ministre de l’Énergie et de l’Eau' is a role (the ministry not listed). EDL, the Université Saint-Joseph and the Banque mondiale are real names carrying invented news; the newspaper, the association and the people are made up.",
    ),
))

# --------------------------------------------------------------------------- h326 Swiss cooperation office in Mali on the federal site: cookie line, ASCII-case damage in the agency's name, a cp1252 paragraph, a double space, dotted dateline date
PAGES.append(Page(
    name="h326-cooperation-suisse-mali-formation-professionnelle",
    meta={"site": "www.dfae.example.admin.ch", "style": "swiss-federal-cooperation-office-news",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "case-damage", "mojibake-cp1252", "double-space",
                      "share-lines", "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Passer au contenu principal
DE | FR | IT | EN
Département fédéral des affaires étrangères DFAE
Représentations et conseils aux voyageurs
Mali
Bureau de la coopération suisse au Mali
Accueil
Coopération internationale
Coopération internationale
Actualités
Actualités
Services consulaires
Accueil › Mali › Actualités › Communiqués de presse
Communiqué de presse, 03.12.2025"""),
        P("Mali : la Suisse consacre CHF 18 millions à la formation professionnelle de 24 000 jeunes"),
        P("Bamako, 03.12.2025 – La Suisse et le Mali ont signé mercredi à Bamako un nouvel accord de coopération de "
          "CHF 18 millions (environ 12,6 milliards de francs CFA) pour la période 2026-2029, destiné à la formation "
          "professionnelle et à l’insertion de 24 000 jeunes dans les régions de Sikasso, de Ségou et de Mopti."),
        P("Le programme sera mis en œuvre par la " + casedmg("Direction du développement et de la coopération") +
          " (DDC) avec le ministère de l’Entrepreneuriat national, de l’Emploi et de la Formation professionnelle et "
          "la fondation Swisscontact. Il s’appuiera sur 62 centres de formation publics et privés et sur près de "
          "1 800 maîtres artisans, qui accueilleront des apprentis selon le modèle suisse de l’apprentissage dual."),
        P("Le nouvel accord met l’accent sur les métiers de l’énergie solaire, de la transformation agroalimentaire et de "
          "la mécanique agricole, où les entreprises peinent à recruter. Un fonds de 2,4 milliards de francs CFA "
          "permettra en outre d’accorder des microcrédits à 3 000 jeunes diplômés pour lancer leur activité."),
        P("Depuis 2014, les programmes suisses ont permis de former 41 500 jeunes au Mali, dont 46 % de jeunes femmes. "
          "Selon une étude de suivi menée en 2024, 68 % d’entre eux avaient un emploi ou une activité génératrice de "
          "revenus 18 mois après leur formation, pour un revenu moyen de 52 000 francs CFA par mois.", moji="cp1252"),
        P("« Un jeune qui apprend un métier à Sikasso ou à Mopti, c’est un jeune qui ne part pas sur les routes de "
          "l’exil », a déclaré la cheffe de la coopération suisse au Mali, Barbara Amstutz-Keïta, lors de la "
          "signature.[[  || ]]Le ministre malien a salué un partenaire « présent sans interruption depuis 1977 »."),
        P("La Suisse est l’un des principaux bailleurs bilatéraux du Mali, avec un engagement de CHF 31,5 millions en "
          "2025, consacré aussi à la santé, à la gouvernance locale et à l’aide humanitaire dans le centre du pays."),
        L("""Renseignements :
Bureau de la coopération suisse au Mali, Bamako – Tél. +223 20 21 32 05 – bamako@eda.example.admin.ch
Communication DFAE, Berne – Tél. +41 58 462 31 53 – kommunikation@eda.example.admin.ch"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
Dernière mise à jour 03.12.2025
Contact
Bureau de la coopération suisse au Mali
Quartier du Fleuve, Rue 56, Porte 214
BP 2386 Bamako
Téléphone +223 20 21 32 05
Ce site utilise des cookies. En savoir plus | J’accepte"""),
    ],
    gold=dict(
        title="Mali : la Suisse consacre CHF 18 millions à la formation professionnelle de 24 000 jeunes",
        dateline=dl("Bamako", "2025-12-03"),
        organisations=[org("Direction du développement et de la coopération", "DDC"),
                       org("ministère de l’Entrepreneuriat national, de l’Emploi et de la Formation professionnelle",
                           None),
                       org("Swisscontact", None)],
        places=[place("Mali", "ML"), place("Suisse", "CH"), place("Bamako"), place("Sikasso"), place("Ségou"),
                place("Mopti"), place("Berne")],
        figures=[
            fig("CHF 18 millions", 18000000, "CHF", "money", currency="CHF"),
            fig("24 000 jeunes", 24000, "jeunes"),
            fig("03.12.2025", "2025-12-03", None, "date"),
            fig("environ 12,6 milliards de francs CFA", 12600000000, "francs CFA", "money", qualifier="environ",
                currency="XOF"),
            fig("2026", 2026, None, "year"),
            fig("2029", 2029, None, "year"),
            fig("62 centres", 62, "centres"),
            fig("près de 1 800 maîtres", 1800, "maîtres", qualifier="près de"),
            fig("2,4 milliards de francs CFA", 2400000000, "francs CFA", "money", currency="XOF"),
            fig("3 000 jeunes", 3000, "jeunes"),
            fig("2014", 2014, None, "year"),
            fig("41 500 jeunes", 41500, "jeunes"),
            fig("46 %", 46, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("68 %", 68, "%", "percent"),
            fig("18 mois", 18, "mois", "duration"),
            fig("52 000 francs CFA", 52000, "francs CFA", "money", currency="XOF"),
            fig("1977", 1977, None, "year"),
            fig("CHF 31,5 millions", 31500000, "CHF", "money", currency="CHF"),
            fig("en 2025", 2025, None, "year"),
        ],
        phones=[phone("+22320213205"), phone("+41584623153")],
        emails=["bamako@eda.example.admin.ch", "kommunikation@eda.example.admin.ch"],
        contacts=[contact(None, None, "Bureau de la coopération suisse au Mali", ["+22320213205"],
                          ["bamako@eda.example.admin.ch"]),
                  contact(None, None, "Communication DFAE", ["+41584623153"], ["kommunikation@eda.example.admin.ch"])],
        notes="A news release of the Swiss cooperation office in Mali on the (made-up host of the) Swiss federal foreign "
              "ministry's site. Boilerplate: skip line, DE/FR/IT/EN line, the department's name, the representations "
              "line, the country and office lines, menu with doubled labels, breadcrumb, the 'Communiqué de presse, "
              "03.12.2025' line, share line, 'Dernière mise à jour', the contact box of the footer (office, street, "
              "'BP 2386 Bamako', phone: chrome), cookie line. The development agency's name is in ASCII-case damage "
              "('direction du dÉveloppement et de la coopÉration', restored to its usual capital D); the third "
              "paragraph is UTF-8 read as cp1252 ('dâ€™entre eux', 'gÃ©nÃ©ratrice'); a double space between two "
              "sentences. Dateline 'Bamako, 03.12.2025 –': the Swiss dotted date with its zero padding, figure "
              "'03.12.2025' (h232-h247 dotted dateline). 'CHF 18 millions' and '24 000 jeunes' in title and body: "
              "one text each; '(environ 12,6 milliards de francs CFA)': a second money figure, XOF in Mali; 'pour la "
              "période 2026-2029': two years dating a period (not a plan's name). 'près de 1 800 maîtres artisans': "
              "unit 'maîtres' (the head noun, 'artisans' an apposition). 'Depuis 2014', 'depuis 1977': years; '18 "
              "mois après': a duration; '52 000 francs CFA par mois': the rate out; 'CHF 31,5 millions en 2025': "
              "money and 'en 2025'. 'La Suisse et le Mali ont signé': countries acting are places. The ministry "
              "co-implementing is listed (a ministry acting); Swisscontact is a real foundation with invented news; "
              "'le ministre malien', 'la cheffe de la coopération suisse' are roles; 'la coopération suisse' is "
              "generic (h152-h167 'coopération luxembourgeoise'). Contacts: two office lines (organisation as written, "
              "not listed apart: departments of the site's own body, h104-h119), each with its city (places) and a "
              "phone: a Bamako landline (+223) and a Swiss federal number (+41 58).",
    ),
))

# --------------------------------------------------------------------------- h327 UN refugee agency release on Moldova: English country dateline with a hyphen, multi-country contact block (+373, +41, '(+34) 91', a dotted French number), donation line
PAGES.append(Page(
    name="h327-hcr-moldavie-aide-hivernale-refugies",
    meta={"site": "www.hcr-refugies.example.org", "style": "refugee-agency-release-multicountry-contacts",
          "defects": ["english-dateline", "menu", "duplicate-lines", "breadcrumb", "share-lines", "donation-block",
                      "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu principal
HCR – L’Agence des Nations Unies pour les réfugiés
English | Français | Español | العربية
Accueil
Qui nous aidons
Qui nous aidons
Nos actions
Nos actions
Actualités et témoignages
Faire un don
Accueil › Actualités › Communiqués de presse
Communiqué de presse
2 décembre 2025"""),
        P("Moldavie : le HCR renforce l’aide hivernale pour les réfugiés d’Ukraine et les familles qui les accueillent"),
        P("Moldova - Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) lance cette semaine son programme "
          "d’aide hivernale en Moldavie, qui accueille encore près de 112 000 réfugiés venus d’Ukraine, près de "
          "quatre ans après le début de la guerre."),
        P("Depuis février 2022, plus de 1,2 million de personnes sont entrées en Moldavie depuis l’Ukraine ; la plupart "
          "ont poursuivi leur route vers la Roumanie et d’autres pays de l’Union européenne. Environ 60 % des réfugiés "
          "restés dans le pays sont des femmes et des enfants."),
        P("Quelque 38 500 personnes, réfugiées et moldaves, recevront une aide en espèces de 3 600 lei (environ 205 "
          "dollars) par foyer pour se chauffer de décembre à mars. Les ménages comptant des personnes âgées de plus "
          "de 60 ans ou handicapées recevront un complément de 1 200 lei."),
        P("Dans le nord du pays, autour de Bălți et d’Edineț, l’hiver dernier a été marqué par des températures "
          "descendues jusqu’à -22 °C. Le HCR distribuera aussi 14 000 couvertures thermiques, 6 200 poêles et 2 800 "
          "tonnes de briquettes de chauffage, avec l’appui de l’Union européenne et des autorités locales."),
        P("« Les familles moldaves qui ont ouvert leur porte en 2022 sont elles aussi à bout de ressources. Aider les "
          "unes sans les autres n’aurait aucun sens », a déclaré la représentante du HCR en Moldavie, Ingrid "
          "Halvorsen, lors d’une visite dans un centre d’hébergement de Chișinău."),
        P("Au poste frontière de Palanca, les arrivées ont augmenté de 17 % en novembre, après de nouvelles frappes "
          "sur le réseau électrique de la région d’Odessa. Près d’un tiers des nouveaux arrivants sont des enfants."),
        P("Le plan régional pour les réfugiés d’Ukraine, qui couvre 11 pays, n’est financé qu’à 42 % pour 2025. Le "
          "HCR a besoin de 18,4 millions de dollars supplémentaires pour son opération en Moldavie d’ici la fin de "
          "l’hiver."),
        L("""Contacts presse :
À Chișinău : Ion Caraman, caraman@unhcr.org, +373 69 812 345
À Genève : Mathilde Vautier, vautier@unhcr.org, +41 22 739 85 02
À Madrid : Elena Ruiz Beltrán, ruizbel@unhcr.org, (+34) 91 556 35 49
À Paris : Céline Aubert, aubertc@unhcr.org, 01.44.43.48.58"""),
        B("""Partager cet article : Facebook | X | LinkedIn | E-mail
Voir aussi
Ukraine : la situation humanitaire se dégrade à l’approche de l’hiver (18 novembre 2025)
Roumanie : 4 000 places d’accueil supplémentaires avant Noël (4 novembre 2025)
Cet hiver, aidez les familles déplacées à rester au chaud. Faites un don dès maintenant
Nous utilisons des cookies pour améliorer votre expérience. Accepter | Refuser | Personnaliser
© HCR 2025 – Case postale 2500 – CH-1211 Genève 2 Dépôt – Suisse"""),
    ],
    gold=dict(
        title="Moldavie : le HCR renforce l’aide hivernale pour les réfugiés d’Ukraine et les familles qui les "
              "accueillent",
        dateline=dl("Moldova", None),
        organisations=[org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("Union européenne", None)],
        places=[place("Moldavie", "MD"), place("Ukraine", "UA"), place("Moldova", "MD"), place("Roumanie", "RO"),
                place("Bălți"),
                place("Edineț"), place("Chișinău"), place("Palanca"), place("Odessa"), place("Genève"),
                place("Madrid"), place("Paris")],
        figures=[
            fig("près de 112 000 réfugiés", 112000, "réfugiés", qualifier="près de"),
            fig("près de quatre ans", 4, "ans", "duration", qualifier="près de"),
            fig("février 2022", 2022, None, "year"),
            fig("plus de 1,2 million de personnes", 1200000, "personnes", qualifier="plus de"),
            fig("Environ 60 %", 60, "%", "percent", qualifier="Environ"),
            fig("Quelque 38 500 personnes", 38500, "personnes", qualifier="Quelque"),
            fig("3 600 lei", 3600, "lei", "money", currency="MDL"),
            fig("environ 205 dollars", 205, "dollars", "money", qualifier="environ", currency="USD"),
            fig("plus de 60 ans", 60, "ans", "age", qualifier="plus de"),
            fig("1 200 lei", 1200, "lei", "money", currency="MDL"),
            fig("jusqu’à -22 °C", -22, "°C", "other", qualifier="jusqu’à"),
            fig("14 000 couvertures", 14000, "couvertures"),
            fig("6 200 poêles", 6200, "poêles"),
            fig("2 800 tonnes", 2800, "tonnes", "other"),
            fig("en 2022", 2022, None, "year"),
            fig("17 %", 17, "%", "percent"),
            fig("Près d’un tiers", 0.3333, None, "other", qualifier="Près d’"),
            fig("11 pays", 11, "pays"),
            fig("42 %", 42, "%", "percent"),
            fig("2025", 2025, None, "year"),
            fig("18,4 millions de dollars", 18400000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+37369812345"), phone("+41227398502"), phone("+34915563549"), phone("+33144434858")],
        emails=["caraman@unhcr.org", "vautier@unhcr.org", "ruizbel@unhcr.org", "aubertc@unhcr.org"],
        contacts=[contact("Ion Caraman", None, None, ["+37369812345"], ["caraman@unhcr.org"]),
                  contact("Mathilde Vautier", None, None, ["+41227398502"], ["vautier@unhcr.org"]),
                  contact("Elena Ruiz Beltrán", None, None, ["+34915563549"], ["ruizbel@unhcr.org"]),
                  contact("Céline Aubert", None, None, ["+33144434858"], ["aubertc@unhcr.org"])],
        notes="A French release of the UN refugee agency (real body, made-up host, invented news, people and numbers). "
              "Boilerplate: skip line, the agency's name line, language line, menu with doubled labels, breadcrumb, "
              "the type and date lines above the title (page metadata), share line, related headlines, the donation "
              "call, cookie line, footer with 'Case postale 2500' and 'CH-1211 Genève 2 Dépôt'. Dateline 'Moldova -': "
              "the country in English with a hyphen and no date (the real survey's 'Italy -' shape, tag "
              "'english-dateline'): place 'Moldova', date null; decided: 'Moldova' and the French 'Moldavie' are "
              "two places (distinct names, README 'Geneva'/'Genève'), both MD. The long form keeps its capital "
              "'Unies' as written. Figures: 'près de quatre ans': duration with qualifier; 'Depuis février 2022': a month-year; 'plus de 1,2 million de personnes' and 'Environ 60 %' with their qualifiers; '3 600 lei (environ 205 "
              "dollars)': the survey's '1 000 hryvnias (40 dollars)' shape, two money figures (Moldovan lei MDL, "
              "USD with 'environ'); 'par foyer', 'de décembre à mars' (months alone) out; 'âgées de plus de 60 ans': "
              "an age; 'jusqu’à -22 °C': a measure with its sign and qualifier; 'ouvert leur porte en 2022': 'en "
              "2022'; 'en novembre' a month alone; 'Près d’un tiers': fraction; 'n’est financé qu’à 42 % pour "
              "2025': the year ('pour' out); the regional plan is not an organisation. Romanian comma-below letters "
              "kept ('Bălți', 'Edineț', 'Chișinău'). 'le nord du pays' generic; 'la région d’Odessa' gives 'Odessa'; "
              "Palanca is a border post. Contacts: four lines with city labels (places, not organisations), each "
              "a person, an e-mail and a phone: a Moldovan mobile (+373), a Geneva number, a Madrid number written "
              "'(+34) 91 ...' and a Paris number written with dots and without code ('01.44.43.48.58', the survey's "
              "shape, +33 by the label's city).",
    ),
))
