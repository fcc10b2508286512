"""h408-h423: written blind in session 25, scored blind with session 26's starting and ending code, moved into dev in session 27.

The writer read only corpora/README.md (its gold format, conventions, every "Added with ..." paragraph, the site table
and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_ae.py,
pages_dev_af.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/; pressclean was never run on
these pages. h408-h412 come from one made-up press room, the Office des transports lagunaires d’Abidjan (OTLA), Côte
d’Ivoire, sharing its skip line, language line, site name and slogan, menu with doubled labels, search line,
breadcrumb, type/date line, share line, a network-status widget, a related block, a newsletter line and footer, with
small variations from page to page (a banner on h410 only; an attachment line on h409; an extra menu item on h411;
'Mis à jour le' and no newsletter line on h412; the widget and the related headlines change on every page, and the
related block of h411 repeats h408's title). h413-h423 come from eleven other sites, one page each: the Institut
français de Pondichéry, India (h413, no defect and no boilerplate), a Beirut francophone news portal's wire listing
(h414, listing), a Sherbrooke (Québec) farming NGO's English release on Rwanda under French chrome (h415), the UN
migration agency's Djibouti office in the seed's shape (h416), Togo's agriculture ministry on an old CMS (h417), the
French embassy in Armenia (h418), a Haitian news agency's dispatch (h419), the Central African regional economic
community's communiqué in a PDF-sharing viewer (h420, Libreville), a browser print view of the prefecture of Mayotte
(h421), the Pacific Community in Nouméa (h422) and a Geneva health NGO's WordPress release on Guinea in cp1252 mojibake
(h423). All news, people, numbers, hosts and mailboxes are invented (some bodies are real, carrying invented news).
"""
import random
import unicodedata

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "œ": "&oelig;", "û": "&ucirc;", "â": "&acirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def unacc(clean: str) -> str:
    """Markup for a line typed without accents."""
    raw = "".join(c if c in "’«»–œŒ" else "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word or phrase shown as mojibake in the raw text."""
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


VOW = "aeiouyéèêàâîôûAEIOUYÉ"


def pdflines(marked: str, width: int, seed: str, lig: bool = False, hyphen: bool = True) -> str:
    """Raw lines of a PDF paragraph, wrapped at about `width` columns, long words hyphenated at a
    vowel-consonant-vowel boundary when their head fits."""
    raw = side(marked, 0)
    rng = random.Random(seed)
    lines, cur = [], ""
    target = width - rng.randint(0, 4)
    for w in raw.split(" "):
        if not cur or len(cur) + 1 + len(w) <= target:
            cur = f"{cur} {w}" if cur else w
            continue
        cut = 0
        if hyphen and len(w) >= 7 and not any(c.isdigit() for c in w):
            for i in range(len(w) - 4, 2, -1):
                if (w[i - 2:i + 2].isalpha() and w[i - 1] in VOW and w[i] not in VOW and w[i + 1] in VOW
                        and len(cur) + 1 + i + 1 <= target):
                    cut = i
                    break
        if cut:
            lines.append(f"{cur} {w[:cut]}-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
        target = width - rng.randint(0, 4)
    lines.append(cur)
    out = "\n".join(lines)
    if lig:
        out = out.replace("fi", "\ufb01").replace("fl", "\ufb02")
    return out


def xpdf(marked, seed, width=84):
    return X(pdflines(marked, width, seed, lig=True), side(marked, 1))


# =========================================================================== OTLA, lagoon transport office (Abidjan, Côte d'Ivoire)
OT_SITE = "www.otla-abidjan.example.ci"


def ot_top(rubric, stamp, banner=None, extra_item=False):
    lines = ["Aller au contenu | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["Français | English",
              "OTLA – Office des transports lagunaires d’Abidjan",
              "Sur la lagune, à l’heure",
              "Menu",
              "L’Office",
              "Lignes et horaires",
              "Lignes et horaires",
              "Tarifs et abonnements"]
    if extra_item:
        lines.append("Grands projets")
    lines += ["Espace presse",
              "Espace presse",
              "Recrutement",
              "Rechercher un arrêt, une ligne…",
              f"Accueil › Espace presse › {rubric}",
              stamp]
    return "\n".join(lines)


def ot_bottom(status, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · WhatsApp · X · LinkedIn · Imprimer",
              f"État du réseau ({status[0]}) : {status[1]}",
              "Dans l’espace presse"]
    lines += [f"› {h} – {d}" for h, d in related]
    if newsletter:
        lines.append("Recevez nos avis aux usagers par e-mail : Votre adresse | S’inscrire")
    lines += ["OTLA – Boulevard de la République, 01 BP 4812 Abidjan 01 – Centre d’appel : +225 27 20 31 45 00",
              "© 2025 OTLA – Mentions légales – Plan du site – Données personnelles"]
    return "\n".join(lines)


def ot_meta(defects, newsletter=True, language="fr"):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if newsletter:
        base.append("newsletter-chrome")
    return {"site": OT_SITE, "style": "lagoon-transport-office-pressroom", "language": language,
            "defects": base + defects}


OT_NOTE = ("Site furniture shared by h408-h412: skip line, an optional banner (line 3 works on h410 only), 'Français | "
           "English' line, site name 'OTLA – Office des transports lagunaires d’Abidjan' and slogan, 'Menu', a menu "
           "with doubled 'Lignes et horaires' and 'Espace presse' (an extra 'Grands projets' item on h411), search "
           "line, breadcrumb 'Accueil › Espace presse › rubric' (Communiqués, Invitations presse, Avis aux usagers, "
           "Points presse), a 'type · dd/mm/yyyy' line or 'Mis à jour le dd/mm/yyyy à hh:mm' (h412); at the bottom "
           "an optional attachment line (h409), share line, an 'État du réseau (dd/mm – hh:mm) : ...' widget whose "
           "line states change on every page (tag ticker; its numbers are neither figures nor places), 'Dans "
           "l’espace presse' with '› headline – dd/mm/yyyy' lines that change (h411's first one is h408's title, "
           "boilerplate there), a newsletter line (absent on h412), footer with 01 BP box, postcode-like 'Abidjan 01' "
           "and the call-centre number, copyright line: all boilerplate. The long form in the site name does not "
           "count as the article spelling it out (per-page rule). The OTLA, its lines, people and numbers are made "
           "up. Ivorian numbers have ten digits after +225 since 2021 (landlines 27 ..., mobiles 07/05/01 ...); "
           "francs CFA are XOF. Line numbers ('ligne 7') are names, not figures.")

OT_REL = {
    "greve": ("Grève des pilotes : le service normal rétabli sur toutes les lignes", "24/11/2025"),
    "abo": ("Abonnements 2026 : ouverture des ventes en ligne", "17/11/2025"),
    "abobo": ("Travaux : l’embarcadère d’Abobo-Doumé fermé trois jours", "10/11/2025"),
    "l7": ("Transport lagunaire : la ligne 7 relie Bingerville au Plateau en 35 minutes", "01/12/2025"),
    "l3": ("Ligne 3 : service suspendu entre Treichville et Cocody du 8 au 14 décembre", "02/12/2025"),
    "inv": ("Invitation presse : présentation des douze bateaux-bus électriques", "03/12/2025"),
}

# --------------------------------------------------------------------------- h408 new line: two glued subheadings, œ as U+FFFD
PAGES.append(Page(
    name="h408-otla-ligne-7-bingerville-plateau",
    meta=ot_meta(["heading-glued", "oe-replacement-char"]),
    blocks=[
        B(ot_top("Communiqués", "Communiqué · 01/12/2025")),
        P("Transport lagunaire : la ligne 7 relie Bingerville au Plateau en 35 minutes"),
        P("Abidjan, le 1er décembre 2025 – L’Office des transports lagunaires d’Abidjan (OTLA) a mis en service ce "
          "lundi la ligne 7 de bateaux-bus entre Bingerville et le Plateau. Six bateaux de 120 places assurent 46 "
          "rotations par jour, de 5 h 30 à 21 h, et relient les deux rives en 35 minutes, contre plus de 90 minutes "
          "par la route aux heures de pointe."),
        P("Un gain de temps pour 9 000 usagers par jour"),
        P("La mise en œuvre de la ligne a coûté 4,2 milliards de francs CFA, financés à hauteur de 60 % par l’État "
          "ivoirien et de 40 % par un prêt de la Banque ouest-africaine de développement (BOAD). Elle comprend la "
          "construction de deux embarcadères couverts et d’un ponton flottant à Bingerville.", glue=True, oe="fffd"),
        P("« Le cœur d’Abidjan, c’est sa lagune. Chaque usager qui prend le bateau, c’est une voiture de moins sur "
          "les routes de Cocody », a déclaré le directeur général de l’OTLA, Serge-Alain Yao N’Guessan, lors du "
          "voyage inaugural.", oe="fffd"),
        P("Des tarifs inchangés"),
        P("Le ticket reste à 500 francs CFA et l’abonnement mensuel à 12 000 francs CFA. Les élèves et étudiants de "
          "moins de 25 ans bénéficient d’une réduction de moitié sur présentation de leur carte.", glue=True),
        P("La ligne 7 porte à neuf le nombre de lignes du réseau lagunaire, qui a transporté 14,6 millions de "
          "passagers en 2024. L’OTLA prévoit d’ouvrir en 2026 une dixième ligne vers Songon, à l’ouest de "
          "Yopougon."),
        L("""Contact presse :
Awa Koné-Traoré, chargée des relations presse, OTLA
Tél. : +225 27 20 31 45 12 / +225 07 08 41 22 96
a.kone-traore@otla-abidjan.example.ci"""),
        B(ot_bottom(("01/12 – 07:40", "Ligne 1 ● normal · Ligne 3 ● normal · Ligne 5 ● retards de 10 min · "
                                      "Ligne 7 ● mise en service"),
                    [OT_REL["greve"], OT_REL["abo"], OT_REL["abobo"]])),
    ],
    gold=dict(
        title="Transport lagunaire : la ligne 7 relie Bingerville au Plateau en 35 minutes",
        dateline=dl("Abidjan", "2025-12-01"),
        organisations=[org("Office des transports lagunaires d’Abidjan", "OTLA"),
                       org("Banque ouest-africaine de développement", "BOAD")],
        places=[place("Bingerville"), place("Plateau"), place("Abidjan"), place("Cocody"), place("Songon"),
                place("Yopougon")],
        figures=[
            fig("35 minutes", 35, "minutes", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("Six bateaux", 6, "bateaux"),
            fig("120 places", 120, "places"),
            fig("46 rotations", 46, "rotations"),
            fig("deux rives", 2, "rives"),
            fig("plus de 90 minutes", 90, "minutes", "duration", qualifier="plus de"),
            fig("9 000 usagers", 9000, "usagers"),
            fig("4,2 milliards de francs CFA", 4200000000, "francs CFA", "money", currency="XOF"),
            fig("60 %", 60, "%", "percent"),
            fig("40 %", 40, "%", "percent"),
            fig("deux embarcadères", 2, "embarcadères"),
            fig("500 francs CFA", 500, "francs CFA", "money", currency="XOF"),
            fig("12 000 francs CFA", 12000, "francs CFA", "money", currency="XOF"),
            fig("moins de 25 ans", 25, "ans", "age", qualifier="moins de"),
            fig("moitié", 0.5, None, "other"),
            fig("neuf", 9, None),
            fig("14,6 millions de passagers", 14600000, "passagers"),
            fig("en 2024", 2024, None, "year"),
            fig("en 2026", 2026, None, "year"),
        ],
        phones=[phone("+2252720314512"), phone("+2250708412296")],
        emails=["a.kone-traore@otla-abidjan.example.ci"],
        contacts=[contact("Awa Koné-Traoré", "chargée des relations presse", "OTLA",
                          ["+2252720314512", "+2250708412296"], ["a.kone-traore@otla-abidjan.example.ci"])],
        notes=OT_NOTE + " Two subheadings glued to the paragraph after them ('jourLa mise', 'inchangésLe "
              "ticket'): split. œ shown as U+FFFD ('mise en �uvre', 'Le c�ur'): restored. 'la ligne 7' a name "
              "(title and body), not a figure; '9 000 usagers par jour', '46 rotations par jour' keep the per-unit "
              "phrase out; clock times '5 h 30', '21 h' not figures. 'une réduction de moitié' gives the fraction "
              "'moitié' (h335 rule). 'porte à neuf le nombre de lignes' a count without noun (h368 'portant à'). "
              "'une dixième ligne' an ordinal word, not a figure. 'l’État ivoirien' generic, so Côte d’Ivoire is not "
              "a place on this page. 'Plateau' (the business district) a place.",
    ),
))

# --------------------------------------------------------------------------- h409 press invitation: title printed twice, glued sentences, programme, accreditation with a hidden e-mail
H409_TITLE = ("Invitation presse : présentation des douze bateaux-bus électriques de l’OTLA, le jeudi 11 décembre")
PAGES.append(Page(
    name="h409-otla-invitation-bateaux-electriques",
    meta=ot_meta(["duplicate-title", "body-glued", "hidden-email"]),
    blocks=[
        B(ot_top("Invitations presse", "Invitation presse · 03/12/2025")),
        P(H409_TITLE),
        B(H409_TITLE),
        P("L’Office des transports lagunaires d’Abidjan (OTLA) invite les représentants des médias à la "
          "présentation de ses douze premiers bateaux-bus électriques, le jeudi 11 décembre 2025 à 9 h 30, au "
          "chantier naval de Treichville, en présence du ministre des Transports."),
        P("Construits à Abidjan par un groupement ivoiro-néerlandais, les bateaux de 80 places ont une autonomie de "
          "6 heures et se rechargent en 40 minutes à quai.", glue=True),
        P("Ils remplaceront d’ici à 2027 les vedettes diesel les plus anciennes, dont certaines naviguent depuis plus "
          "de 25 ans, et doivent réduire de 3 800 tonnes par an les émissions de CO2 du réseau.", glue=True),
        L("""Programme du jeudi 11 décembre
9 h 30 : accueil des invités et des journalistes
10 h 00 : allocutions
10 h 45 : essai en lagune à bord du premier bateau
11 h 30 : point presse"""),
        L("""Accréditations avant le mardi 9 décembre à 16 h :
Awa Koné-Traoré, OTLA – +225 07 08 41 22 96 – [email protected]
Ibrahim Sanogo, chargé de communication, ministère des Transports – +225 27 20 25 77 30 – i.sanogo@transports.example.gouv.ci"""),
        B(ot_bottom(("03/12 – 08:05", "Ligne 1 ● normal · Ligne 3 ● normal · Ligne 5 ● normal · Ligne 7 ● affluence"),
                    [OT_REL["l7"], OT_REL["greve"], OT_REL["abo"]],
                    attach="Télécharger le dossier de presse (PDF – 3,1 Mo)")),
    ],
    gold=dict(
        title=H409_TITLE,
        dateline=None,
        organisations=[org("Office des transports lagunaires d’Abidjan", "OTLA")],
        places=[place("Treichville"), place("Abidjan")],
        figures=[
            fig("douze bateaux-bus", 12, "bateaux-bus"),
            fig("le jeudi 11 décembre", "--12-11", None, "date"),
            fig("douze premiers bateaux-bus", 12, "bateaux-bus"),
            fig("le jeudi 11 décembre 2025 à 9 h 30", "2025-12-11", None, "date"),
            fig("80 places", 80, "places"),
            fig("6 heures", 6, "heures", "duration"),
            fig("40 minutes", 40, "minutes", "duration"),
            fig("2027", 2027, None, "year"),
            fig("plus de 25 ans", 25, "ans", "duration", qualifier="plus de"),
            fig("3 800 tonnes", 3800, "tonnes", "other"),
            fig("jeudi 11 décembre", "--12-11", None, "date"),
            fig("le mardi 9 décembre à 16 h", "--12-09", None, "date"),
        ],
        phones=[phone("+2250708412296"), phone("+2252720257730")],
        emails=["i.sanogo@transports.example.gouv.ci"],
        hidden_emails=1,
        contacts=[contact("Awa Koné-Traoré", None, "OTLA", ["+2250708412296"], []),
                  contact("Ibrahim Sanogo", "chargé de communication", "ministère des Transports",
                          ["+2252720257730"], ["i.sanogo@transports.example.gouv.ci"])],
        notes=OT_NOTE + " The title printed a second time right under the first (the CMS's heading): the second "
              "copy is boilerplate. Two sentences glued to the one before ('ministre des Transports.Construits', "
              "'à quai.Ils'): split. An attachment line above the share line. No dateline (an invitation). Three "
              "date texts for one day (title without year, body with year and clock time, programme heading), as "
              "h377. 'douze premiers bateaux-bus' keeps the ordinal adjective (h312-h327). 'd’ici à 2027' gives "
              "'2027'; 'CO2' not a figure; 'par an' out. 'le premier bateau' an ordinal word. The ministry stands in "
              "a role and as a contact's office only: not listed. The first accreditation line's address is hidden "
              "(counted, not listed).",
    ),
))

# --------------------------------------------------------------------------- h410 notice to users: banner, unaccented capital title and heading, `A compter`, en dashes lost, office line with fax
PAGES.append(Page(
    name="h410-otla-avis-ligne-3-travaux-treichville",
    meta=ot_meta(["unaccented-capitals", "lost-dash", "double-space"]),
    blocks=[
        B(ot_top("Avis aux usagers", "Avis aux usagers · 02/12/2025",
                 banner="AVIS – Ligne 3 : travaux à l’embarcadère de Treichville du 8 au 14 décembre. Navettes de "
                        "substitution.")),
        P(unacc("LIGNE 3 : SERVICE SUSPENDU ENTRE TREICHVILLE ET COCODY DU 8 AU 14 DÉCEMBRE")),
        P("[[A||À]] compter du lundi 8 décembre 2025, le service de la ligne 3 (Treichville – Cocody) est suspendu "
          "pour six jours en raison des travaux de renforcement du ponton de l’embarcadère de Treichville. Le service "
          "reprendra normalement le dimanche 14 décembre à 5 h 30.", nodash=""),
        P(unacc("ITINÉRAIRES DE SUBSTITUTION")),
        L("""Pendant les travaux, l’OTLA met en place :
– des navettes par bus toutes les 15 minutes entre l’embarcadère de Treichville et celui de Cocody ;
– un renfort de la ligne 1, avec deux bateaux supplémentaires aux heures de pointe ;
– la gratuité des navettes pour les titulaires d’un ticket ou d’un abonnement de la ligne 3."""),
        P("Les travaux, d’un montant de 380 millions de francs CFA, portent sur le remplacement de 24 flotteurs et de "
          "la passerelle d’accès. Ils étaient prévus pour l’été 2026, mais une inspection réalisée en novembre a "
          "relevé une usure plus rapide que prévu – un ponton de ce type dure en moyenne douze ans.", nodash=""),
        L("""Centre d’appel OTLA : +225 27 20 31 45 00 – Fax : +225 27 20 31 45 09 – usagers@otla-abidjan.example.ci"""),
        B(ot_bottom(("02/12 – 07:55", "Ligne 1 ● normal · Ligne 3 ● travaux à partir du 08/12 · Ligne 5 ● normal · "
                                      "Ligne 7 ● normal"),
                    [OT_REL["l7"], OT_REL["greve"], OT_REL["abo"]])),
    ],
    gold=dict(
        title="LIGNE 3 : SERVICE SUSPENDU ENTRE TREICHVILLE ET COCODY DU 8 AU 14 DÉCEMBRE",
        dateline=None,
        organisations=[org(None, "OTLA")],
        places=[place("Treichville"), place("Cocody")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("14 DÉCEMBRE", "--12-14", None, "date"),
            fig("lundi 8 décembre 2025", "2025-12-08", None, "date"),
            fig("six jours", 6, "jours", "duration"),
            fig("le dimanche 14 décembre à 5 h 30", "--12-14", None, "date"),
            fig("15 minutes", 15, "minutes", "duration"),
            fig("deux bateaux", 2, "bateaux"),
            fig("380 millions de francs CFA", 380000000, "francs CFA", "money", currency="XOF"),
            fig("24 flotteurs", 24, "flotteurs"),
            fig("2026", 2026, None, "year"),
            fig("douze ans", 12, "ans", "duration"),
        ],
        phones=[phone("+2252720314500"), phone("+2252720314509", "fax")],
        emails=["usagers@otla-abidjan.example.ci"],
        contacts=[contact(None, None, "Centre d’appel OTLA", ["+2252720314500", "+2252720314509"],
                          ["usagers@otla-abidjan.example.ci"])],
        notes=OT_NOTE + " A banner on this page only (the same works, boilerplate). Capital title and heading typed "
              "without accents ('DECEMBRE', 'ITINERAIRES'): accents back, capitals kept; 'A compter' → 'À compter'. "
              "The en dashes of '(Treichville – Cocody)' and of the last paragraph's inserted clause were lost, "
              "leaving two spaces: restored (tags lost-dash and double-space); the list's dashes survived. 'DU 8 AU "
              "14 DÉCEMBRE' gives '8' (first bound, --12-08) and '14 DÉCEMBRE' (h378); the body's dates: 'lundi 8 "
              "décembre 2025' (after 'À compter du', no 'le') and 'le dimanche 14 décembre à 5 h 30' (no year written, "
              "h362). 'toutes les 15 minutes' a duration (h305). 'l’été 2026' gives '2026' (season rule); 'en "
              "novembre' a month alone. Line numbers are names. The office line is one contact with person null, "
              "its organisation as written ('Centre d’appel OTLA'); its number is the one in the footer, but here it "
              "stands in the article. The OTLA is named by its acronym only.",
    ),
))

# --------------------------------------------------------------------------- h411 traffic review: extra menu item, key figures, a cp1252 paragraph, English caption, double space; related block repeats h408's title
PAGES.append(Page(
    name="h411-otla-frequentation-15-millions-passagers",
    meta=ot_meta(["mojibake-cp1252", "english-caption", "double-space"]),
    blocks=[
        B(ot_top("Points presse", "Point presse · 02/12/2025", extra_item=True)),
        P("Fréquentation : le réseau lagunaire franchit le cap des 15 millions de passagers en 2025"),
        P("Abidjan, le 2 décembre 2025 – Au 30 novembre, les bateaux-bus de l’Office des transports lagunaires "
          "d’Abidjan (OTLA) avaient transporté 15,2 millions de passagers depuis le 1er janvier, soit 11 % de plus "
          "que sur les onze premiers mois de 2024. La ponctualité atteint 92 %, son meilleur niveau depuis la "
          "création de l’Office en 2011."),
        L("""Chiffres clés au 30 novembre 2025
Passagers transportés : 15 214 600
Rotations effectuées : 412 380
Taux de ponctualité : 92 %
Ligne la plus fréquentée : ligne 1, 4,1 millions de passagers"""),
        P("La ligne 1 (Plateau – Abobo-Doumé) reste la plus fréquentée, devant la ligne 5 (Yopougon – Plateau), qui a "
          "bénéficié de l’arrivée de trois bateaux supplémentaires en juin. À l’inverse, la fréquentation de la "
          "ligne 3 a reculé de 6 %, en raison de l’envasement du chenal de Cocody, qui a imposé des vitesses "
          "réduites pendant près de quatre mois.", moji="cp1252"),
        P("Passengers board a water bus at the Plateau station, 28 November 2025. © OTLA/K. Bamba"),
        P("Pour 2026, l’Office vise 17 millions de passagers.[[  || ]]Il compte sur la mise en service des douze "
          "bateaux électriques et sur le nouveau système de billettique, qui permettra de payer par téléphone mobile "
          "sur toutes les lignes à partir de mars 2026."),
        L("""Contact : Direction de la communication – communication@otla-abidjan.example.ci – +225 27 20 31 45 10"""),
        B(ot_bottom(("02/12 – 12:10", "Ligne 1 ● normal · Ligne 3 ● vitesse réduite · Ligne 5 ● normal · "
                                      "Ligne 7 ● normal"),
                    [OT_REL["l7"], OT_REL["l3"], OT_REL["greve"]])),
    ],
    gold=dict(
        title="Fréquentation : le réseau lagunaire franchit le cap des 15 millions de passagers en 2025",
        dateline=dl("Abidjan", "2025-12-02"),
        organisations=[org("Office des transports lagunaires d’Abidjan", "OTLA")],
        places=[place("Abidjan"), place("Plateau"), place("Abobo-Doumé"), place("Yopougon"), place("Cocody")],
        figures=[
            fig("15 millions de passagers", 15000000, "passagers"),
            fig("en 2025", 2025, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("15,2 millions de passagers", 15200000, "passagers"),
            fig("le 1er janvier", "--01-01", None, "date"),
            fig("11 %", 11, "%", "percent"),
            fig("onze premiers mois", 11, "mois", "duration"),
            fig("2024", 2024, None, "year"),
            fig("92 %", 92, "%", "percent"),
            fig("en 2011", 2011, None, "year"),
            fig("30 novembre 2025", "2025-11-30", None, "date"),
            fig("15 214 600", 15214600, None),
            fig("412 380", 412380, None),
            fig("4,1 millions de passagers", 4100000, "passagers"),
            fig("trois bateaux", 3, "bateaux"),
            fig("6 %", 6, "%", "percent"),
            fig("près de quatre mois", 4, "mois", "duration", qualifier="près de"),
            fig("28 November 2025", "2025-11-28", None, "date"),
            fig("2026", 2026, None, "year"),
            fig("17 millions de passagers", 17000000, "passagers"),
            fig("douze bateaux", 12, "bateaux"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+2252720314510")],
        emails=["communication@otla-abidjan.example.ci"],
        contacts=[contact(None, None, "Direction de la communication", ["+2252720314510"],
                          ["communication@otla-abidjan.example.ci"])],
        notes=OT_NOTE + " The menu has one more item on this page ('Grands projets'). The related block's first line "
              "repeats h408's title: boilerplate here, a line a site-aware method has seen as article text on "
              "h408. One paragraph is UTF-8 read as cp1252 ('frÃ©quentÃ©e', 'Ã€ lâ€™inverse', 'Plateau â€“ "
              "Abobo-DoumÃ©'): decoded. English photo caption (article text; its date a date figure, the credit not a "
              "figure). A double space between two sentences. 'Au 30 novembre' gives '30 novembre' (no year written "
              "in that sentence); 'les onze premiers mois de 2024': a duration keeping its ordinal adjective and the "
              "year '2024'; key-figure rows with unit null (row-label rule), '92 %' already listed from the body; "
              "'Pour 2026' gives '2026', 'à partir de mars 2026' gives 'mars 2026'. 'en juin' a month alone. Line "
              "numbers are names. The office line: one contact, person null.",
    ),
))

# --------------------------------------------------------------------------- h412 joint communiqué: every ’ dropped, 'Mis à jour le', no newsletter line, signature, two contacts and an office line
PAGES.append(Page(
    name="h412-otla-paa-convention-dragage-chenal-cocody",
    meta=ot_meta(["lost-apostrophe"], newsletter=False),
    blocks=[
        B(ot_top("Communiqués", "Mis à jour le 03/12/2025 à 16:20")),
        P("Dragage du chenal de Cocody : l’OTLA et le Port autonome d’Abidjan signent une convention de 2,8 milliards "
          "de francs CFA", apos="drop"),
        P("Abidjan, le 3 décembre 2025 – L’Office des transports lagunaires d’Abidjan (OTLA) et le Port autonome "
          "d’Abidjan (PAA) ont signé ce mercredi une convention de 2,8 milliards de francs CFA pour le dragage du "
          "chenal de Cocody, envasé depuis la saison des pluies de 2024. Les travaux porteront sur 3,5 kilomètres et "
          "le retrait d’environ 420 000 mètres cubes de sédiments.", apos="drop"),
        P("Le chantier, confié au PAA, qui dispose de ses propres dragues, durera huit mois à partir de janvier 2026. "
          "Il permettra de rétablir une profondeur de 2,5 mètres, contre 1,2 mètre aujourd’hui à marée basse par "
          "endroits.", apos="drop"),
        P("« Ce chantier est la condition d’un service fiable sur la ligne 3, qui a perdu 6 % de ses passagers cette "
          "année », a souligné le directeur général de l’OTLA. Le directeur général du PAA a rappelé que le chenal "
          "sert aussi à quelque 300 pirogues de pêcheurs de la commune de Cocody.", apos="drop"),
        P("Les sédiments, analysés par le Centre ivoirien antipollution (CIAPOL), seront en partie réutilisés pour "
          "remblayer les berges de la baie de Cocody.", apos="drop"),
        L("""Le directeur général de l’OTLA, Serge-Alain Yao N’Guessan
Le directeur général du PAA, Marc-Hervé Kouassi""", apos="drop"),
        L("""Contacts presse :
OTLA : Awa Koné-Traoré, +225 07 08 41 22 96, a.kone-traore@otla-abidjan.example.ci
PAA : Mariam Diabaté, chargée de communication, +225 27 21 23 80 44, m.diabate@paa-ci.example.ci
Service client OTLA : +225 27 20 31 45 00""", apos="drop"),
        B(ot_bottom(("03/12 – 16:20", "Ligne 1 ● normal · Ligne 3 ● vitesse réduite · Ligne 5 ● retards de 5 min "
                                      "· Ligne 7 ● normal"),
                    [OT_REL["inv"], OT_REL["l3"], OT_REL["l7"]], newsletter=False)),
    ],
    gold=dict(
        title="Dragage du chenal de Cocody : l’OTLA et le Port autonome d’Abidjan signent une convention de 2,8 "
              "milliards de francs CFA",
        dateline=dl("Abidjan", "2025-12-03"),
        organisations=[org("Office des transports lagunaires d’Abidjan", "OTLA"),
                       org("Port autonome d’Abidjan", "PAA"),
                       org("Centre ivoirien antipollution", "CIAPOL")],
        places=[place("Cocody"), place("Abidjan"), place("baie de Cocody")],
        figures=[
            fig("2,8 milliards de francs CFA", 2800000000, "francs CFA", "money", currency="XOF"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("2024", 2024, None, "year"),
            fig("3,5 kilomètres", 3.5, "kilomètres", "other"),
            fig("environ 420 000 mètres cubes", 420000, "mètres cubes", "other", qualifier="environ"),
            fig("huit mois", 8, "mois", "duration"),
            fig("janvier 2026", 2026, None, "year"),
            fig("2,5 mètres", 2.5, "mètres", "other"),
            fig("1,2 mètre", 1.2, "mètre", "other"),
            fig("6 %", 6, "%", "percent"),
            fig("quelque 300 pirogues", 300, "pirogues", qualifier="quelque"),
        ],
        phones=[phone("+2250708412296"), phone("+2252721238044"), phone("+2252720314500")],
        emails=["a.kone-traore@otla-abidjan.example.ci", "m.diabate@paa-ci.example.ci"],
        contacts=[contact("Awa Koné-Traoré", None, "OTLA", ["+2250708412296"],
                          ["a.kone-traore@otla-abidjan.example.ci"]),
                  contact("Mariam Diabaté", "chargée de communication", "PAA", ["+2252721238044"],
                          ["m.diabate@paa-ci.example.ci"]),
                  contact(None, None, "Service client OTLA", ["+2252720314500"], [])],
        notes=OT_NOTE + " 'Mis à jour le ... à ...' instead of the type/date line and no newsletter line on this "
              "page. Every ’ of the article was dropped ('lOTLA', 'dAbidjan', 'NGuessan', 'aujourdhui'): restored as "
              "’ (the site writes ’). The title's and the body's '2,8 milliards de francs CFA' one text. 'la saison "
              "des pluies de 2024' gives '2024'; 'à partir de janvier 2026' gives 'janvier 2026'; 'cette année' not "
              "a figure. 'Port autonome d’Abidjan' (a real body, invented news) listed with its acronym; Abidjan "
              "also stands alone (dateline), so it is a place. 'baie de Cocody' keeps its generic noun (gulf rule) "
              "beside 'Cocody'. The two-line signature is article text, not a contact. Contacts: two lines opened "
              "by an organisation label (the organisation as written), and an office line with only the call "
              "centre's number (the footer's number, but in the article here): one contact with person null.",
    ),
))


def moji2(clean: str) -> str:
    """Markup for a word shown doubly encoded (UTF-8 read as cp1252 twice)."""
    once = clean.encode("utf-8").decode("cp1252")
    return f"[[{once.encode('utf-8').decode('cp1252')}||{clean}]]"


# =========================================================================== h413 French research institute in Pondicherry, India: no defect, no boilerplate
PAGES.append(Page(
    name="h413-ifp-pondichery-manuscrits-feuilles-palmier",
    meta={"site": "www.ifp-pondichery.example.in", "style": "research-institute-india-clean", "defects": []},
    blocks=[
        P("L’Institut français de Pondichéry achève la numérisation de 12 000 manuscrits sur feuilles de palmier"),
        P("Pondichéry, le 2 décembre 2025 – L’Institut français de Pondichéry (IFP) a achevé la numérisation de sa "
          "collection de manuscrits sur feuilles de palmier, soit 12 000 manuscrits et près de 1,4 million de pages, "
          "conservés depuis la fondation de l’Institut en 1955. Les images seront accessibles en ligne gratuitement à "
          "partir du 15 janvier 2026."),
        P("La collection, inscrite au registre Mémoire du monde de l’UNESCO en 2005, réunit pour l’essentiel des "
          "textes shivaïtes en sanskrit et en tamoul copiés entre le XVIe et le XIXe siècle. Le projet, mené pendant "
          "trois ans avec l’École française d’Extrême-Orient (EFEO), a coûté 38 millions de roupies, soit environ "
          "390 000 euros."),
        P("Chaque feuille a été photographiée en haute définition par une équipe de 14 techniciens formés sur place, "
          "puis décrite par des spécialistes. « Près des deux tiers de ces textes n’avaient jamais été catalogués en "
          "détail. Leur mise en ligne va changer le travail des chercheurs, en Inde comme ailleurs », souligne la "
          "directrice de l’IFP, Hélène Varadarajan-Morel."),
        P("Les fragments les plus abîmés, environ 8 % de la collection, seront restaurés à partir de 2026 dans "
          "l’atelier de conservation de l’Institut, avec le soutien de la Fondation Karikal pour le patrimoine et de "
          "l’ambassade de France en Inde."),
        P("L’IFP, qui relève du ministère de l’Europe et des Affaires étrangères (MEAE) et du CNRS (Centre national "
          "de la recherche scientifique), compte 120 chercheurs et personnels à Pondichéry. Une exposition de 40 "
          "manuscrits restaurés sera présentée à Chennai, au Tamil Nadu, du 6 au 28 février 2026. Les chercheurs "
          "peuvent d’ores et déjà demander un accès anticipé aux images à archives@ifp-pondichery.example.in."),
        L("""Contact presse :
Lakshmi Narayanan, responsable de la communication, Institut français de Pondichéry
+91 413 223 1609 – communication@ifp-pondichery.example.in"""),
    ],
    gold=dict(
        title="L’Institut français de Pondichéry achève la numérisation de 12 000 manuscrits sur feuilles de palmier",
        dateline=dl("Pondichéry", "2025-12-02"),
        organisations=[org("Institut français de Pondichéry", "IFP"), org(None, "UNESCO"),
                       org("École française d’Extrême-Orient", "EFEO"),
                       org("Fondation Karikal pour le patrimoine"), org("ambassade de France en Inde"),
                       org("ministère de l’Europe et des Affaires étrangères", "MEAE"),
                       org("Centre national de la recherche scientifique", "CNRS")],
        places=[place("Pondichéry"), place("Inde", "IN"), place("Chennai"), place("Tamil Nadu")],
        figures=[
            fig("12 000 manuscrits", 12000, "manuscrits"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("près de 1,4 million de pages", 1400000, "pages", qualifier="près de"),
            fig("en 1955", 1955, None, "year"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
            fig("en 2005", 2005, None, "year"),
            fig("XVIe", 16, None, "ordinal"),
            fig("XIXe", 19, None, "ordinal"),
            fig("trois ans", 3, "ans", "duration"),
            fig("38 millions de roupies", 38000000, "roupies", "money", currency="INR"),
            fig("environ 390 000 euros", 390000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("14 techniciens", 14, "techniciens"),
            fig("Près des deux tiers", 0.6667, None, "other", qualifier="Près des"),
            fig("environ 8 %", 8, "%", "percent", qualifier="environ"),
            fig("2026", 2026, None, "year"),
            fig("120 chercheurs", 120, "chercheurs"),
            fig("40 manuscrits", 40, "manuscrits"),
            fig("6", "2026-02-06", None, "date"),
            fig("28 février 2026", "2026-02-28", None, "date"),
        ],
        phones=[phone("+914132231609")],
        emails=["archives@ifp-pondichery.example.in", "communication@ifp-pondichery.example.in"],
        contacts=[contact("Lakshmi Narayanan", "responsable de la communication", "Institut français de Pondichéry",
                          ["+914132231609"], ["communication@ifp-pondichery.example.in"])],
        notes="No defect and no boilerplate: every line is article text. A real institute's kind with invented news, "
              "people and numbers. 'à partir du 15 janvier 2026' gives '15 janvier 2026' (no 'le' written); 'du 6 "
              "au 28 février 2026' gives '6' (first bound, with the second's month and year) and '28 février 2026'. "
              "'entre le XVIe et le XIXe siècle': Roman century ordinals are ordinal figures, the first bound bare "
              "('XVIe', unit null), and the second too ('XIXe', unit null; settled in session 27 with the older convention). 'Près des deux tiers' a fraction with "
              "the qualifier as written. 'à partir de 2026' gives '2026'. The acronym comes before its long form "
              "once ('CNRS (Centre national de la recherche scientifique)'): one organisation. 'l’ambassade de France "
              "en Inde' (a funder) listed as written; 'France' stands only inside it (not a place), 'Inde' stands "
              "alone in the quote (IN). The foundation's 'Karikal' stands only inside its name (not a place). "
              "'Mémoire du monde' is a register (not an organisation). Indian rupees are INR; a Pondicherry "
              "landline with its STD code 413. The archive address closing the last body sentence (with its full "
              "stop after it, not part of the address) is offered to researchers, not to the press: an e-mail but "
              "no contact (as a freephone number offered to the public, README h40-h55).",
    ),
))

# =========================================================================== h414 Beirut francophone news portal: wire listing
PAGES.append(Page(
    name="h414-levant-express-fil-beyrouth-tripoli-hasbaya",
    meta={"site": "www.levant-express.example.com.lb", "style": "lebanese-portal-wire-listing", "listing": True,
          "defects": ["listing", "cookie-banner", "menu", "foreign-ticker", "read-more", "body-glued",
                      "mojibake-cp1252", "mojibake-partial", "mojibake-double-cp1252", "lost-apostrophe"]},
    blocks=[
        B("""Ce site utilise des cookies pour mesurer l’audience. Accepter | Paramétrer
Levant Express – L’actualité du Liban en français
Liban | Région | Économie | Culture | Sport | Opinions | العربية
عاجل ▸ انقطاع التيار في بيروت الغربية · افتتاح معرض الكتاب الفرنكوفوني · إضراب في مرفأ طرابلس
Le fil – mardi 2 décembre 2025"""),
        P("Électricité : EDL promet dix heures de courant par jour à Beyrouth d’ici à la mi-janvier"),
        P("02/12/2025 | 17h42"),
        P("Beyrouth, 2 déc. (ANI) – Électricité du Liban (EDL) a annoncé mardi qu’elle porterait à dix heures par "
          "jour l’alimentation de la capitale d’ici à la mi-janvier, grâce à l’arrivée de deux cargaisons de fioul "
          "de 66 000 tonnes chacune. Le tarif reste fixé à 27 cents le kilowattheure, auxquels s’ajoute un "
          "abonnement mensuel de 4,3 dollars."),
        B("Lire la suite →"),
        P("Tripoli : le port accueille un porte-conteneurs de 14 000 EVP, un record"),
        P("02/12/2025 | 16h15"),
        P("Tripoli, 2 déc. (ANI) – Le port de Tripoli a accueilli mardi le plus grand porte-conteneurs de son "
          "histoire, un navire de 366 mètres battant pavillon maltais. L’" + moji("autorité") + " portuaire "
          "espère traiter 250 000 conteneurs en 2026, contre 168 000 cette " + moji("année") + ", et rivaliser "
          "avec le port de Beyrouth, dont l’" + moji("activité") + " a " + moji2("reculé") + " de 18 % depuis "
          "2019."),
        P("[[Lire la suite →||]]Hasbaya : une récolte d’olives en baisse de 30 % après un été sans pluie"),
        P("02/12/2025 | 14h05"),
        P("Hasbaya, 2 déc. (ANI) – Les oléiculteurs du caza de Hasbaya, au Liban-Sud, prévoient une récolte "
          "inférieure de 30 % à celle de l’an dernier. Le bidon de 16 litres d’huile se vend entre 110 et 130 "
          "dollars, contre 95 dollars en 2024, selon la coopérative agricole locale, qui regroupe quelque 420 "
          "familles.", apos="space"),
        B("Lire la suite →"),
        P("Culture : le Salon du livre francophone de Beyrouth rouvre ses portes après six ans d’absence"),
        P("02/12/2025 | 11h30"),
        P("Beyrouth, 2 déc. (ANI) – Le Salon du livre francophone de Beyrouth ouvrira le 6 décembre dans le "
          "centre-ville, après six ans d’interruption, avec 87 éditeurs venus de 11 pays pour sa 25e édition. L’Institut français du "
          "Liban, coorganisateur, attend plus de 60 000 visiteurs en dix jours."),
        B("""Lire la suite →
Charger plus d’articles
Les plus lus
1. Budget 2026 : le Parlement adopte le texte en commission
2. Football : le Nejmeh qualifié pour les quarts de finale
© 2025 Levant Express – Achrafieh, Beyrouth – Tous droits réservés"""),
    ],
    gold=dict(
        title="Électricité : EDL promet dix heures de courant par jour à Beyrouth d’ici à la mi-janvier",
        dateline=None,
        organisations=[org("Électricité du Liban", "EDL"), org(None, "ANI"),
                       org("Institut français du Liban")],
        places=[place("Beyrouth"), place("Tripoli"), place("Hasbaya"), place("Liban-Sud")],
        figures=[
            fig("dix heures", 10, "heures", "duration"),
            fig("02/12/2025 | 17h42", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("deux cargaisons", 2, "cargaisons"),
            fig("66 000 tonnes", 66000, "tonnes", "other"),
            fig("27 cents", 27, "cents", "money", currency="USD"),
            fig("4,3 dollars", 4.3, "dollars", "money", currency="USD"),
            fig("14 000 EVP", 14000, "EVP", "other"),
            fig("02/12/2025 | 16h15", "2025-12-02", None, "date"),
            fig("366 mètres", 366, "mètres", "other"),
            fig("250 000 conteneurs", 250000, "conteneurs"),
            fig("en 2026", 2026, None, "year"),
            fig("168 000", 168000, None),
            fig("18 %", 18, "%", "percent"),
            fig("2019", 2019, None, "year"),
            fig("30 %", 30, "%", "percent"),
            fig("02/12/2025 | 14h05", "2025-12-02", None, "date"),
            fig("16 litres", 16, "litres", "other"),
            fig("110", 110, None, "money", currency="USD"),
            fig("130 dollars", 130, "dollars", "money", currency="USD"),
            fig("95 dollars", 95, "dollars", "money", currency="USD"),
            fig("en 2024", 2024, None, "year"),
            fig("quelque 420 familles", 420, "familles", qualifier="quelque"),
            fig("six ans", 6, "ans", "duration"),
            fig("02/12/2025 | 11h30", "2025-12-02", None, "date"),
            fig("le 6 décembre", "--12-06", None, "date"),
            fig("87 éditeurs", 87, "éditeurs"),
            fig("11 pays", 11, "pays"),
            fig("25e", 25, None, "ordinal"),
            fig("plus de 60 000 visiteurs", 60000, "visiteurs", qualifier="plus de"),
            fig("dix jours", 10, "jours", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A Beirut francophone portal's wire page (made-up portal; EDL, ANI and the Institut français du Liban "
              "real bodies with invented news). Boilerplate: cookie line, site name and slogan, one-line menu with an "
              "Arabic link, an Arabic 'عاجل ▸' ticker (foreign-ticker), the listing's label 'Le fil – mardi 2 "
              "décembre 2025' (README listing titles), 'Lire la suite →' lines, 'Charger plus d’articles', 'Les plus "
              "lus' with numbered headlines (their numbers and 'Budget 2026' not figures), footer. Title: the first "
              "headline; dateline null (listing). Each story's stamp line is article text and one date figure; the "
              "four datelines' '2 déc.' one text (--12-02) and the agency ANI once, by its acronym (never spelt out). "
              "The second story's 'Lire la suite →' is glued to the third headline: that raw line holds article text "
              "and is not listed; the clean text keeps the headline only. The second story is half repaired: most "
              "words right, three still cp1252 mojibake ('autoritÃ©', 'annÃ©e', 'activitÃ©') and one doubly encoded "
              "('reculÃƒÂ©'), each decoded (tags mojibake-partial, mojibake-cp1252, mojibake-double-cp1252). The "
              "third story's ’ came out as spaces ('d olives', 'l an dernier'): restored. 'dix heures de courant "
              "par jour' a duration (per-unit out), one text for headline and body; '27 cents le kilowattheure' "
              "money USD with the per-unit out; 'entre 110 et 130 dollars' gives '110' (money, unit null) and '130 "
              "dollars'; 'sa 25e édition' an ordinal figure, text '25e', unit null (settled in session 27); 'contre 168 000 cette année' a count without noun; 'depuis 2019' gives '2019'; 'de 30 %' "
              "one text for headline and body; 'mi-janvier', 'l’an dernier', 'cette année' not figures; 'le plus "
              "grand' and 'un record' not figures. 'le port de Tripoli', 'le port de Beyrouth' give the cities; "
              "'caza de Hasbaya' gives 'Hasbaya', 'Liban-Sud' a governorate (iso null); 'Liban' stands only in the "
              "chrome and inside the two bodies' names, so it is not a place; 'maltais' an adjective. The Salon du "
              "livre is an event; 'la coopérative agricole locale' generic. No contact.",
    ),
))

# =========================================================================== h415 Sherbrooke farming NGO: English release on Rwanda under French chrome
PAGES.append(Page(
    name="h415-semences-davenir-rwanda-coffee-fund",
    meta={"site": "www.semencesdavenir.example.qc.ca", "style": "quebec-ngo-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "cookie-banner", "menu", "duplicate-lines", "breadcrumb", "mojibake-cp1252",
                      "obfuscated-email", "share-lines", "donation-block", "newsletter-chrome", "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des témoins (cookies) conformément à la Loi 25. Accepter | Refuser | Personnaliser
Semences d’avenir – Agir pour la souveraineté alimentaire
Accueil
Qui sommes-nous
Nos projets
Nos projets
Salle de presse
Salle de presse
Donner
Accueil > Salle de presse > Communiqués
Cet article est disponible en anglais seulement.
Publié le 2 décembre 2025 | Catégorie : Rwanda"""),
        P("Rwanda: 2,400 coffee farmers in Nyamasheke to share a C$1.2 million climate-resilience fund"),
        P("KIGALI, Rwanda, December 2, 2025 – Semences d’avenir, a farming NGO based in Sherbrooke, Quebec, and the "
          "Rwanda Agriculture and Animal Resources Development Board (RAB) launched on Tuesday a three-year "
          "programme to help about 2,400 smallholder coffee farmers in Nyamasheke District adapt to longer dry "
          "seasons."),
        P("The fund will finance shade trees, mulching and small irrigation tanks on farms that lost up to 40% of "
          "their cherries during the 2024–2025 drought. Each cooperative will manage its share through a committee "
          "in which at least half the members are women — a first in the district’s coffee sector.",
          moji="cp1252"),
        P("\"Coffee is our bank account. When the rains fail, our children leave school,\" said Immaculée Uwimana, "
          "who grows coffee on 0.8 hectares near Lake Kivu and chairs her village’s cooperative."),
        P("The programme is funded by Global Affairs Canada (C$950,000) and by Semences d’avenir’s donors "
          "(C$250,000). RAB will provide 180,000 coffee seedlings and train 60 farmer field-school facilitators. The "
          "Rwandan government contributes RWF 85 million for feeder roads."),
        P("Rwanda exported 18,600 tonnes of coffee during the 2024 season, worth nearly US$110 million, according "
          "to the National Agricultural Export Development Board (NAEB)."),
        L("""Contacts médias / Media contacts:
Sherbrooke: Julie Boisvert-Nkurunziza, communications director, +1 819 555 0142, jboisvert@semencesdavenir.example.qc.ca
Kigali: Jean-Paul Habimana, programme coordinator, +250 788 314 275, jp.habimana (at) semencesdavenir.example.qc.ca"""),
        B("""Partager : Facebook | LinkedIn | Courriel
Soutenez nos projets : un don de 50 $ permet de planter 25 caféiers. Je donne
Infolettre : recevez nos nouvelles chaque mois | Votre courriel | M’abonner
Semences d’avenir – 455, rue King Ouest, Sherbrooke (Québec) J1H 1R4 – 819 555-0100
N° d’organisme de bienfaisance : 81234 5678 RR0001 – © 2025"""),
    ],
    gold=dict(
        title="Rwanda: 2,400 coffee farmers in Nyamasheke to share a C$1.2 million climate-resilience fund",
        dateline=dl("KIGALI", "2025-12-02"),
        organisations=[org("Semences d’avenir"),
                       org("Rwanda Agriculture and Animal Resources Development Board", "RAB"),
                       org("Global Affairs Canada"),
                       org("National Agricultural Export Development Board", "NAEB")],
        places=[place("Rwanda", "RW"), place("Nyamasheke"), place("Kigali"), place("Sherbrooke"), place("Quebec"),
                place("Lake Kivu")],
        figures=[
            fig("2,400 coffee farmers", 2400, "farmers"),
            fig("C$1.2 million", 1200000, "C$", "money", currency="CAD"),
            fig("December 2, 2025", "2025-12-02", None, "date"),
            fig("three-year", 3, "year", "duration"),
            fig("about 2,400 smallholder coffee farmers", 2400, "farmers", qualifier="about"),
            fig("up to 40%", 40, "%", "percent", qualifier="up to"),
            fig("2024", 2024, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("at least half", 0.5, None, "other", qualifier="at least"),
            fig("0.8 hectares", 0.8, "hectares", "other"),
            fig("C$950,000", 950000, "C$", "money", currency="CAD"),
            fig("C$250,000", 250000, "C$", "money", currency="CAD"),
            fig("180,000 coffee seedlings", 180000, "seedlings"),
            fig("60 farmer field-school facilitators", 60, "facilitators"),
            fig("RWF 85 million", 85000000, "RWF", "money", currency="RWF"),
            fig("18,600 tonnes", 18600, "tonnes", "other"),
            fig("nearly US$110 million", 110000000, "US$", "money", qualifier="nearly", currency="USD"),
        ],
        phones=[phone("+18195550142"), phone("+250788314275")],
        emails=["jboisvert@semencesdavenir.example.qc.ca"],
        contacts=[contact("Julie Boisvert-Nkurunziza", "communications director", None, ["+18195550142"],
                          ["jboisvert@semencesdavenir.example.qc.ca"]),
                  contact("Jean-Paul Habimana", "programme coordinator", None, ["+250788314275"], [])],
        notes="A made-up Sherbrooke NGO's English release under its French chrome (Quebec's Loi 25 cookie line, site "
              "name and slogan, menu with doubled labels, breadcrumb, 'Cet article est disponible en anglais "
              "seulement.', a 'Publié le ... | Catégorie' metadata line; at the bottom share line, a donation line "
              "(its '50 $' and '25 caféiers' are chrome), a newsletter line, footer with address, postcode J1H 1R4 "
              "and switchboard, charity number: all boilerplate). language 'en'. RAB and NAEB (real bodies, invented "
              "news) under their English long forms with acronyms; Global Affairs Canada listed (Canada only inside "
              "its name, not a place); 'the Rwandan government' generic; 'her village’s cooperative' generic. The "
              "second paragraph is UTF-8 read as cp1252 ('districtâ€™s', '2024â€“2025', 'â€”'): decoded. The quote "
              "keeps its straight double quotes. 'KIGALI, Rwanda, December 2, 2025 –': place as written, the country "
              "listed; 'Kigali' listed in normal case (also in a contact label). 'a three-year programme': a "
              "duration from the compound adjective (unit 'year', as the h104-h119 '50-kilogram' rule); 'about 2,400 "
              "smallholder coffee farmers' and the title's '2,400 coffee farmers' two texts, unit 'farmers' (the "
              "head noun after noun adjuncts); 'the 2024–2025 drought' a season: two years; 'during the 2024 "
              "season' gives '2024' (period noun out; one text with the season's first year); 'at least half' a "
              "fraction; 'a first' not a figure. Money: 'C$' CAD (unit 'C$'), 'RWF 85 million' (code before the "
              "number, unit 'RWF'), 'US$' USD. Contacts: city labels (places) with person and role, organisation "
              "null (not written in the lines); the Kigali address is obfuscated with '(at)' (kept, not listed). "
              "A +1 819 555 number left to the checker's validity; a Rwandan MTN mobile +250 788.",
    ),
))

# =========================================================================== h416 UN migration agency, Djibouti office: the seed's shape
DJ_MENU = """-
À propos de nous
À propos de nousL'OIM à Djibouti accompagne depuis 2009 les autorités dans la gestion des migrations le long de la route de l'Est, entre la Corne de l'Afrique et la péninsule Arabique.
Nos bureaux
Nos bureaux
- Djibouti-ville
- Obock
- Tadjourah
- Ali Sabieh
-
Nos programmes
Nos programmesAssistance aux migrants vulnérables, retours volontaires, santé, protection et stabilisation communautaire : découvrez nos domaines d'intervention.
Actualités
Actualités
- Communiqués de presse
- Histoires
- Médias
-
S'engager
S'engager
Opportunités d'emploi
Opportunités d'emploi
- Données et publications
- Matrice de suivi des déplacements"""

PAGES.append(Page(
    name="h416-oim-djibouti-centre-accueil-tadjourah",
    meta={"site": "djibouti.migration-fr.example.org", "style": "migration-agency-country-site-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "html-debris"]},
    wrap=60,
    jitter=8,
    blocks=[
        B(DJ_MENU),
        P("Route de l'Est : l'OIM ouvre un centre d'accueil pour migrants à Tadjourah", nowrap=True),
        P("Tadjourah - L'Organisation internationale pour les migrations (OIM) a ouvert le 1er décembre 2025 à "
          "Tadjourah, dans le nord de Djibouti, un centre d'accueil d'une capacité de 250 places pour les migrants "
          "qui empruntent la route de l'Est, entre la Corne de l'Afrique et la péninsule Arabique."),
        P("Financé par l'Union européenne et par le gouvernement du Japon, et mis en œuvre par l'OIM avec le "
          "ministère de l'Intérieur, le centre offre des soins, de l'eau, des repas et un soutien psychosocial. Il "
          "dispose d'une unité réservée aux quelque 1⏎300 enfants non accompagnés enregistrés chaque année dans la "
          "région.", oe="drop"),
        P("Selon la Matrice de suivi des déplacements de l'OIM, plus de 4 200 migrants, en majorité des Éthiopiens, "
          "sont passés par Tadjourah entre janvier et octobre 2025, soit 35 % de plus qu'en 2024. Près d'un migrant "
          "sur cinq est une femme ou une fille, et beaucoup marchent plus de 600 kilomètres dans le désert, par des "
          "températures qui dépassent 45 °C."),
        P("« Beaucoup arrivent épuisés, déshydratés, parfois blessés. Ce centre leur permet de se reposer et d'être "
          "soignés avant de décider de la suite de leur parcours », explique Hodan Farah Ali, chef du sous-bureau de "
          "l'OIM à Tadjourah."),
        P("Depuis 2019, l'OIM a aidé plus de 9 800 migrants bloqués à Djibouti à rentrer volontairement dans leur "
          "pays, dont 2 150 au cours des douze derniers mois. Le centre de Tadjourah s'ajoute à celui d'Obock, "
          "ouvert en 2014, et les deux structures seront mises en réseau avec les postes de santé des frontières "
          "pour mieux orienter les cas graves, au cœur du mandat de l'OIM.", oe="drop"),
        L("""Pour plus d'informations, veuillez contacter:
Hodan Farah Ali
OIM Djibouti
Tél. : +253 21 35 08 12 Ext. 131
E-mail :
[["mailto:hfarahali@iom.int">hfarahali@iom.int||hfarahali@iom.int]]"""),
    ],
    gold=dict(
        title="Route de l'Est : l'OIM ouvre un centre d'accueil pour migrants à Tadjourah",
        dateline=dl("Tadjourah", None),
        organisations=[org("Organisation internationale pour les migrations", "OIM"), org("Union européenne"),
                       org("gouvernement du Japon"), org("ministère de l'Intérieur")],
        places=[place("Tadjourah"), place("Djibouti", "DJ"), place("Corne de l'Afrique"),
                place("péninsule Arabique"), place("Obock")],
        figures=[
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("250 places", 250, "places"),
            fig("quelque 1 300 enfants", 1300, "enfants", qualifier="quelque"),
            fig("plus de 4 200 migrants", 4200, "migrants", qualifier="plus de"),
            fig("octobre 2025", 2025, None, "year"),
            fig("35 %", 35, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("Près d'un migrant sur cinq", 0.2, None, "other", qualifier="Près d'"),
            fig("plus de 600 kilomètres", 600, "kilomètres", "other", qualifier="plus de"),
            fig("45 °C", 45, "°C", "other"),
            fig("2019", 2019, None, "year"),
            fig("plus de 9 800 migrants", 9800, "migrants", qualifier="plus de"),
            fig("2 150", 2150, None),
            fig("douze derniers mois", 12, "mois", "duration"),
            fig("en 2014", 2014, None, "year"),
            fig("deux structures", 2, "structures"),
        ],
        phones=[phone("+25321350812", extension="131")],
        emails=["hfarahali@iom.int"],
        contacts=[contact("Hodan Farah Ali", None, "OIM Djibouti", ["+25321350812"], ["hfarahali@iom.int"])],
        notes="The UN migration agency's Djibouti country site in the seed's shape (invented news and people): a "
              "fixed menu with bare '-' lines, '- label' items, doubled labels and two labels glued to their blurb "
              "('À propos de nousL'OIM ...', 'Nos programmesAssistance ...'), all boilerplate (h288); old-CMS wraps "
              "at about 52-60 columns (joined), straight apostrophes kept as written, œ dropped twice ('mis en "
              "uvre', 'au c ur'), a number split by the wrap ('quelque 1' ⏎ '300 enfants'), the seed's contact block "
              "with 'Ext. 131' and the mailto debris (the bare address in the clean text). 'Tadjourah -': a town "
              "dateline with a hyphen and no date (h323 'Obock -'). 'Djibouti' (the country here: 'le nord de "
              "Djibouti', 'bloqués à Djibouti') DJ; the menu's 'Djibouti-ville' is chrome. 'Corne de l'Afrique' and "
              "'péninsule Arabique' regions with iso null. 'entre janvier et octobre 2025' gives 'octobre 2025' "
              "('janvier' alone not a figure); 'qu'en 2024' gives 'en 2024'; 'Près d'un migrant sur cinq' one "
              "figure 0.2 with the contracted qualifier written with a straight apostrophe; '45 °C' a measure "
              "('dépassent' is not a qualifier); 'dont 2 150' a count without noun; 'douze derniers mois' a "
              "duration (as 'cinq dernières années'); 'chaque année' not a figure. The 'Matrice de suivi des "
              "déplacements' is a tool (not an organisation); 'le gouvernement du Japon' a funder (listed, 'Japon' "
              "not a place, h375); the ministry co-implementing listed; 'Éthiopiens' a demonym. Contact: "
              "'OIM Djibouti' as written (the listed OIM); a Djibouti landline with extension.",
    ),
))

# =========================================================================== h417 Togo's agriculture ministry, old CMS: no accents anywhere, capital title, hard wraps
PAGES.append(Page(
    name="h417-togo-agriculture-engrais-subventionnes-campagne",
    meta={"site": "www.agriculture-togo.example.tg", "style": "ministry-old-cms-no-accents",
          "defects": ["stripped-accents", "unaccented-capitals", "hard-wrap", "menu", "duplicate-lines",
                      "breadcrumb", "cms-footer", "postcode-trap"]},
    wrap=72,
    jitter=12,
    blocks=[
        B("""REPUBLIQUE TOGOLAISE
Travail - Liberte - Patrie
MINISTERE DE L'AGRICULTURE, DE L'HYDRAULIQUE VILLAGEOISE ET DU DEVELOPPEMENT RURAL
:: Accueil :: Le Ministere :: Actualites :: Actualites :: Projets :: Documents :: Documents :: Contacts ::
Vous etes ici : Accueil > Actualites"""),
        P("CAMPAGNE AGRICOLE 2025-2026 : 62 000 TONNES D'ENGRAIS SUBVENTIONNÉS MIS À LA DISPOSITION DES PRODUCTEURS",
          strip=True, nowrap=True),
        B("Ecrit par Administrateur | Mardi, 02 Decembre 2025 10:14 | Affichages : 1 204"),
        P("Lomé, le 2 décembre 2025 - Le ministère de l'Agriculture, de l'Hydraulique villageoise et du Développement "
          "rural a lancé ce mardi la distribution de 62 000 tonnes d'engrais subventionnés pour la campagne agricole "
          "2025-2026. Le sac de 50 kg d'engrais NPK sera vendu 13 500 francs CFA, contre un prix de marché d'environ "
          "24 000 francs CFA, soit une subvention de près de 44 %.", strip=True),
        P("Les engrais seront distribués dans les cinq régions du pays par 420 points de vente agréés, dont 96 dans "
          "la région des Savanes, la plus touchée par la baisse des rendements en 2024. Chaque producteur inscrit sur "
          "la plateforme numérique du ministère pourra acheter jusqu'à 10 sacs, sur présentation de sa carte "
          "d'identité.", strip=True),
        P("Le programme, d'un coût total de 38,4 milliards de francs CFA, est financé par l'État togolais et par la "
          "Banque africaine de développement (BAD), à hauteur de 12 milliards. Il doit permettre de porter la "
          "production de maïs à 1,3 million de tonnes, contre 1⏎100 000 tonnes lors de la campagne précédente.",
          strip=True),
        P("Selon le ministre, les premiers camions ont quitté mardi les entrepôts de Lomé pour Kara, Sokodé et "
          "Dapaong. \"Aucun sac ne doit être revendu au-delà du prix fixé\", a-t-il averti, en annonçant des "
          "contrôles conjoints avec les préfectures. Les fraudeurs s'exposent à une amende de 500 000 francs CFA et "
          "au retrait de leur agrément pour trois campagnes.", strip=True),
        L("""Direction de la communication
Tél. : (+228) 22 21 56 70 - Fax : (+228) 22 21 56 71
E-mail : DirCom@agriculture-togo.example.tg""", strip=True),
        B("""Nombre de visiteurs : 1 482 917
Ministere de l'Agriculture - Avenue de la Independance, BP 341 Lome - Togo
Copyright 2025 - Tous droits reserves - Realise avec Joomla!"""),
    ],
    gold=dict(
        title="CAMPAGNE AGRICOLE 2025-2026 : 62 000 TONNES D'ENGRAIS SUBVENTIONNÉS MIS À LA DISPOSITION DES "
              "PRODUCTEURS",
        dateline=dl("Lomé", "2025-12-02"),
        organisations=[org("ministère de l'Agriculture, de l'Hydraulique villageoise et du Développement rural"),
                       org("Banque africaine de développement", "BAD")],
        places=[place("Lomé"), place("Savanes"), place("Kara"), place("Sokodé"), place("Dapaong")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("62 000 TONNES", 62000, "TONNES", "other"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("62 000 tonnes", 62000, "tonnes", "other"),
            fig("50 kg", 50, "kg", "other"),
            fig("13 500 francs CFA", 13500, "francs CFA", "money", currency="XOF"),
            fig("environ 24 000 francs CFA", 24000, "francs CFA", "money", qualifier="environ", currency="XOF"),
            fig("près de 44 %", 44, "%", "percent", qualifier="près de"),
            fig("cinq régions", 5, "régions"),
            fig("420 points", 420, "points"),
            fig("96", 96, None),
            fig("en 2024", 2024, None, "year"),
            fig("jusqu'à 10 sacs", 10, "sacs", qualifier="jusqu'à"),
            fig("38,4 milliards de francs CFA", 38400000000, "francs CFA", "money", currency="XOF"),
            fig("12 milliards", 12000000000, None, "money", currency="XOF"),
            fig("1,3 million de tonnes", 1300000, "tonnes", "other"),
            fig("1 100 000 tonnes", 1100000, "tonnes", "other"),
            fig("500 000 francs CFA", 500000, "francs CFA", "money", currency="XOF"),
            fig("trois campagnes", 3, "campagnes", "duration"),
        ],
        phones=[phone("+22822215670"), phone("+22822215671", "fax")],
        emails=["dircom@agriculture-togo.example.tg"],
        contacts=[contact(None, None, "Direction de la communication", ["+22822215670", "+22822215671"],
                          ["dircom@agriculture-togo.example.tg"])],
        notes="Togo's agriculture ministry (real body, invented news) on an old Joomla site whose whole text lost its "
              "accents (title, body, contact; the ASCII trip kept the straight apostrophes and quotes, which stay as "
              "written). Boilerplate: republic, motto and ministry lines, '::' menu with doubled labels, breadcrumb, "
              "the article-info line under the title (cms-footer), the visitor counter, footer with BP box, "
              "copyright. The capital title gets its accents back ('SUBVENTIONNÉS', 'À'), straight apostrophe kept. "
              "Hard wraps at 60-72 columns, one splitting '1' ⏎ '100 000 tonnes': joined. The dateline has a plain "
              "hyphen (kept). 'campagne agricole 2025-2026' (title and body): a season, two years. The capital "
              "title's '62 000 TONNES' and the body's '62 000 tonnes' two texts (README h56-h71). '420 points de "
              "vente' unit 'points' (head noun); 'dont 96' a count without noun; 'à hauteur de 12 milliards' money "
              "in the context's currency, unit null; 'pour trois campagnes' a duration (unit 'campagnes', as 'trois "
              "saisons'); 'NPK' a fertiliser formula. The ministry is the release's actor and is listed from the "
              "body (lower case as written; its capital name in the chrome does not count); 'l'État togolais' "
              "generic, so Togo is not a place; 'région des Savanes' gives 'Savanes' (iso null). Contact: an office "
              "block (person null, the directorate as written) with Tél. and Fax '(+228)' and an address written with "
              "capitals ('DirCom@...': kept so in the clean text, listed in lower case).",
    ),
))

# =========================================================================== h418 French embassy in Armenia: HTML tags and entities, € lost, mailto anchor
H418_E = "’éèàâô\u00a0«»–"
PAGES.append(Page(
    name="h418-ambafrance-armenie-ecoles-gyumri",
    meta={"site": "am.ambafrance.example.org", "style": "embassy-cooperation-html-debris",
          "defects": ["html-debris", "lost-euro", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "postcode-trap"]},
    blocks=[
        B("""Ambassade de France en Arménie
Հայերեն | Français | English
Accueil
L’ambassade
Coopération
Coopération
Venir en France
Actualités
Actualités
Accueil > Actualités > Coopération
Publié le 02/12/2025"""),
        P("[[<h1>||]]" + ent("Gyumri : la France et l’Union européenne financent la rénovation de 14 écoles", H418_E)
          + "[[</h1>||]]"),
        P("[[<p><strong>||]]" + ent("Erevan, le 2 décembre 2025 –", H418_E) + "[[</strong>||]] "
          + ent("L’Agence française de développement (AFD) et l’Union européenne ont signé avec le gouvernement "
                "arménien une convention de 18,5 millions d’euros, soit environ 8,3 milliards de drams, pour la "
                "rénovation énergétique de 14 écoles de Gyumri, deuxième ville du pays, dans la province de "
                "Chirak.", H418_E) + "[[</p>||]]"),
        P("[[<p>||]]Le financement se compose d’un prêt de 15 millions € de l’AFD et d’une subvention de 3,5 "
          "millions € de l’Union européenne. Les travaux, qui débuteront au printemps 2026, porteront sur "
          "l’isolation des bâtiments, le remplacement de 2 400 fenêtres et l’installation de chaudières à "
          "biomasse.[[</p>||]]", noeuro=""),
        P("[[<p>||]]" + ent("« À Gyumri, beaucoup d’écoles sont encore chauffées au bois, ou pas du tout. En hiver, "
                            "la température descend à −20 °C et certaines classes ferment plusieurs semaines », a "
                            "rappelé l’ambassadrice de France en Arménie, Claire Delorme-Hakobyan.", H418_E)
          + "[[<br />||]]"),
        P(ent("Les 3\u00a0200 élèves concernés devraient gagner en moyenne 6 °C dans leurs classes, et la consommation "
              "d’énergie des bâtiments baisser de 60 %, selon l’étude de faisabilité de l’Agence arménienne pour "
              "l’efficacité énergétique. Le projet s’inscrit dans le plan « Gyumri 2030 » de reconstruction de la "
              "ville, toujours marquée par le séisme de 1988.", H418_E) + "[[</p>||]]"),
        P("[[<p>||]]Contact presse : service de presse de l’ambassade – [[<a href=\"mailto:presse.erevan@"
          "diplomatie.example.gouv.fr\">||]]presse.erevan@diplomatie.example.gouv.fr[[</a>||]] – +374 10 59 19 51"
          "[[</p>||]]"),
        B("""Partager : Facebook | X | LinkedIn | Imprimer
Derniers articles
Semaine de la langue française 2026 : appel à candidatures – 25/11/2025
Bourses d’excellence : 22 étudiants arméniens en France – 18/11/2025
Ambassade de France en Arménie – 8, rue Grigor Loussavoritch – 0015 Erevan – © 2025"""),
    ],
    gold=dict(
        title="Gyumri : la France et l’Union européenne financent la rénovation de 14 écoles",
        dateline=dl("Erevan", "2025-12-02"),
        organisations=[org("Union européenne"), org("Agence française de développement", "AFD"),
                       org("Agence arménienne pour l’efficacité énergétique")],
        places=[place("Gyumri"), place("France", "FR"), place("Erevan"), place("Chirak"), place("Arménie", "AM")],
        figures=[
            fig("14 écoles", 14, "écoles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("18,5 millions d’euros", 18500000, "euros", "money", currency="EUR"),
            fig("environ 8,3 milliards de drams", 8300000000, "drams", "money", qualifier="environ",
                currency="AMD"),
            fig("15 millions €", 15000000, "€", "money", currency="EUR"),
            fig("3,5 millions €", 3500000, "€", "money", currency="EUR"),
            fig("2026", 2026, None, "year"),
            fig("2 400 fenêtres", 2400, "fenêtres"),
            fig("−20 °C", -20, "°C", "other"),
            fig("3\u00a0200 élèves", 3200, "élèves"),
            fig("6 °C", 6, "°C", "other"),
            fig("60 %", 60, "%", "percent"),
            fig("1988", 1988, None, "year"),
        ],
        phones=[phone("+37410591951")],
        emails=["presse.erevan@diplomatie.example.gouv.fr"],
        contacts=[contact(None, None, "service de presse de l’ambassade", ["+37410591951"],
                          ["presse.erevan@diplomatie.example.gouv.fr"])],
        notes="The French embassy in Armenia's cooperation news (invented facts and people) as a scraper took it "
              "from the HTML: '<h1>', '<p>', '<strong>' around the dateline, '<br />', a mailto anchor, named "
              "entities ('&rsquo;', '&eacute;', '&laquo;&nbsp;', '&ndash;') and one '3&nbsp;200' (U+00A0 kept in "
              "the clean text and in the figure's text). The euro signs of the second paragraph were lost ('15 "
              "millions  de l’AFD', '3,5 millions  de l’Union européenne'): restored. Chrome: embassy name, an "
              "Armenian/French/English line, menu with doubled labels, breadcrumb, 'Publié le' line, share line, "
              "'Derniers articles' with dates, footer with the street number and the postcode 0015: boilerplate. "
              "'la France et l’Union européenne financent' (title): France a country acting (place FR); "
              "'gouvernement arménien' generic; 'l’ambassadrice de France en Arménie' a role, 'Arménie' standing in "
              "it is the country (AM). 'deuxième ville' an ordinal word; 'au printemps 2026' gives '2026'; '−20 °C' a "
              "measure with its minus sign (U+2212) in the text, value -20; 'le séisme de 1988' a year; 'Gyumri "
              "2030' a plan's name (not a figure). Armenian drams are AMD; 'province de Chirak' gives 'Chirak' (iso "
              "null). Contact: the embassy's press service, person null; a Yerevan landline +374 10.",
    ),
))

# =========================================================================== h419 Haitian news agency dispatch: ticker, kicker, slug, glued sentences, `A`/`Etat`, public numbers
PAGES.append(Page(
    name="h419-ahp-jacmel-eau-potable-retablie",
    meta={"site": "www.ahp-haiti.example.ht", "style": "haitian-news-agency-dispatch",
          "defects": ["menu", "ticker", "wire-slug", "body-glued", "unaccented-capitals"]},
    blocks=[
        B("""Kreyòl | Français | English
AHP – L’information en continu depuis Port-au-Prince
Accueil | Politique | Société | Économie | Régions | Culture | Sports
Dernières nouvelles ▸ Port-au-Prince : reprise partielle des cours dans 38 écoles publiques ▸ Cap-Haïtien : le port rouvert aux caboteurs ▸ Football : les Grenadières qualifiées
SOCIÉTÉ
Publié le 02/12/2025 à 11:32 | 418 mots"""),
        P("Jacmel : le réseau d’eau potable rétabli pour 40 000 habitants après six semaines de coupure"),
        P("Jacmel, 2 décembre (AHP) – La Direction nationale de l’eau potable et de l’assainissement (DINEPA) a "
          "annoncé mardi le rétablissement de la distribution d’eau potable à Jacmel, chef-lieu du département du "
          "Sud-Est d’Haïti, privée de service depuis six semaines après l’effondrement d’une conduite principale lors "
          "des pluies du 18 octobre."),
        P("Environ 40 000 habitants sont de nouveau desservis, soit près des trois quarts de la population de la "
          "commune.", glue=True),
        P("[[A||À]] Cyvadier et à La Vallée-de-Jacmel, les travaux se poursuivent et l’eau devrait revenir d’ici au "
          "15 décembre. Les réparations ont coûté 18,7 millions de gourdes, soit environ 143 000 dollars américains, "
          "financés par l’[[Etat||État]] et par le Fonds des Nations unies pour l’enfance (UNICEF). Une trentaine de "
          "techniciens ont travaillé jour et nuit sur la conduite."),
        P("Pendant la coupure, des camions-citernes ont livré chaque jour près de 300 000 litres d’eau dans les "
          "quartiers, vendue 25 gourdes le seau de 20 litres.", glue=True),
        P("Les usagers peuvent signaler les fuites au centre d’appel de la DINEPA, au 2813-1900, ou par WhatsApp au "
          "3702-4415. Un plan de protection du réseau contre les crues, estimé à 4,5 millions de dollars, doit être "
          "présenté au ministère des Travaux publics en janvier 2026."),
        B("""AHP/RJ/JMC
Lire aussi
Les Cayes : 1 200 familles relogées avant la saison cyclonique – 28/11/2025
Hinche : ouverture d’un centre de traitement du choléra – 25/11/2025
© AHP 2025 – Reproduction interdite sans mention de la source"""),
    ],
    gold=dict(
        title="Jacmel : le réseau d’eau potable rétabli pour 40 000 habitants après six semaines de coupure",
        dateline=dl("Jacmel", "--12-02"),
        organisations=[org(None, "AHP"),
                       org("Direction nationale de l’eau potable et de l’assainissement", "DINEPA"),
                       org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("ministère des Travaux publics")],
        places=[place("Jacmel"), place("Sud-Est"), place("Haïti", "HT"), place("Cyvadier"),
                place("La Vallée-de-Jacmel")],
        figures=[
            fig("40 000 habitants", 40000, "habitants"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("2 décembre", "--12-02", None, "date"),
            fig("18 octobre", "--10-18", None, "date"),
            fig("Environ 40 000 habitants", 40000, "habitants", qualifier="Environ"),
            fig("près des trois quarts", 0.75, None, "other", qualifier="près des"),
            fig("15 décembre", "--12-15", None, "date"),
            fig("18,7 millions de gourdes", 18700000, "gourdes", "money", currency="HTG"),
            fig("environ 143 000 dollars américains", 143000, "dollars américains", "money", qualifier="environ",
                currency="USD"),
            fig("Une trentaine de techniciens", 30, "techniciens"),
            fig("près de 300 000 litres", 300000, "litres", "other", qualifier="près de"),
            fig("25 gourdes", 25, "gourdes", "money", currency="HTG"),
            fig("20 litres", 20, "litres", "other"),
            fig("4,5 millions de dollars", 4500000, "dollars", "money", currency="USD"),
            fig("janvier 2026", 2026, None, "year"),
        ],
        phones=[phone("+50928131900"), phone("+50937024415")],
        emails=[],
        contacts=[],
        notes="A Haitian news agency's dispatch page (the agency's name used for a made-up site; DINEPA, UNICEF and "
              "the ministry real bodies with invented news). Boilerplate: Kreyòl/French/English line, site name "
              "and slogan, one-line menu, 'Dernières nouvelles ▸' ticker (its numbers not figures), the capital "
              "rubric kicker, the 'Publié le ... | 418 mots' slug line, the wire initials 'AHP/RJ/JMC' (wire-slug), "
              "'Lire aussi' headlines, copyright. 'Jacmel, 2 décembre (AHP) –': date --12-02 (no year), figure '2 "
              "décembre', the agency by its acronym only (spelt out nowhere in the article). Two sentences glued to "
              "the one before ('du 18 octobre.Environ', 'l’enfance (UNICEF).Pendant'): split. 'A Cyvadier' → 'À', "
              "'l’Etat' → 'l’État'. 'des pluies du 18 octobre' and 'd’ici au 15 décembre' give the dates without "
              "preposition; the title's '40 000 habitants' and the body's 'Environ 40 000 habitants' two texts; "
              "'près des trois quarts' a fraction (0.75, qualifier 'près des'); '25 gourdes le seau de 20 litres': "
              "the price (per-unit out) and the bucket's volume (a measure); 'chaque jour' out; 'Une trentaine de techniciens' an approximate count (30, as 'une quarantaine de "
              "doctorants', no qualifier); 'jour et nuit' not a figure. The two numbers "
              "offered to the public (call centre, WhatsApp) are phones (+509, eight digits, written '2813-1900', "
              "'3702-4415') but no contact (README freephone rule). The ministry, to which the plan will be "
              "presented, is listed (named as a body acting, not in a role); 'Sud-Est' a department (iso null).",
    ),
))

# =========================================================================== h420 Central African economic community: PDF in a document-sharing viewer
H420_P1 = ("La CEEAC (Communauté économique des États de l’Afrique centrale) a réuni le 28 novembre 2025 à "
           "Libreville ses partenaires financiers, qui ont annoncé des engagements de 1,2 milliard d’euros pour "
           "moderniser le corridor Douala–Bangui–N’Djamena, long de 1 870 kilomètres, par lequel transitent plus "
           "de 80 % des importations de la République centrafricaine et du Tchad¹.")
H420_P2 = ("La Banque africaine de développement (BAD) apporte 640 millions d’euros, l’Union européenne 310 millions "
           "et la Banque de développement des États de l’Afrique centrale (BDEAC) 150 millions, le solde étant "
           "financé par les trois États. Les travaux portent sur la réhabilitation de 620 kilomètres de route entre "
           "Garoua-Boulaï et Bangui et sur les études de la future ligne ferroviaire Ngaoundéré–N’Djamena.")
H420_P3A = ("Le délai moyen de transit d’un conteneur entre Douala et Bangui atteint aujourd’hui 21 jours, contre "
            "9 jours prévus à l’issue des travaux, en 2029. « Chaque jour perdu sur ce corridor renchérit de")
H420_P3B = ("2 % le prix des produits de première nécessité à Bangui », a souligné le président de la Commission de la "
            "CEEAC à l’ouverture de la réunion.")
H420_P4 = ("La CEEAC, qui regroupe onze États membres, a rappelé que le corridor, qui relie le golfe de Guinée au lac "
           "Tchad, est l’un des six axes prioritaires de son Plan directeur consensuel des transports en Afrique centrale (PDCT-AC).")
PAGES.append(Page(
    name="h420-ceeac-corridor-douala-bangui-ndjamena-pdf",
    meta={"site": "www.pdfpartage.example.com", "style": "regional-community-pdf-sharing-viewer",
          "defects": ["pdf-chrome", "pdf-hyphenation", "stray-unicode-ligature", "page-furniture",
                      "unaccented-capitals"]},
    blocks=[
        B("""PDFpartage – Partagez et lisez vos documents
Rechercher un document | Se connecter | Téléverser
Accueil > Documents > Institutions
communique-ceeac-047-2025-corridor.pdf
Upload: others
Category: Documents
Vues : 318 · Téléchargements : 41
Embed Size (px): 344 x 292 | 429 x 357 | 514 x 422 | 599 x 487
URL
Citation preview
COMMUNAUTE ECONOMIQUE DES ETATS DE L’AFRIQUE CENTRALE
Secrétariat général – Direction de la communication
Communiqué de presse n° 047/2025"""),
        X("              CORRIDOR DOUALA–BANGUI–N’DJAMENA : LA CEEAC MOBILISE\n"
          "                 1,2 MILLIARD D’EUROS POUR LA ROUTE ET LE RAIL",
          "CORRIDOR DOUALA–BANGUI–N’DJAMENA : LA CEEAC MOBILISE 1,2 MILLIARD D’EUROS POUR LA ROUTE ET LE RAIL"),
        P("[[                                                            ||]]Libreville, le 1er décembre 2025"),
        xpdf(H420_P1, "h420a"),
        xpdf(H420_P2, "h420b"),
        X(pdflines(H420_P3A, 84, "h420c", lig=True), H420_P3A + " " + H420_P3B),
        X("¹ Selon les statistiques douanières des deux pays.", "¹ Selon les statistiques douanières des deux pays."),
        B("CEEAC – Communiqué de presse n° 047/2025                                        Page 1 sur 2\n"
          "Communauté économique des États de l’Afrique centrale – Secrétariat général"),
        X(pdflines(H420_P3B, 84, "h420d", lig=True), ""),
        xpdf(H420_P4, "h420e"),
        L("Contact : Direction de la communication – Tél. : +241 01 44 34 70 – communication@ceeac.example.org"),
        B("""CEEAC – Communiqué de presse n° 047/2025                                        Page 2 sur 2
Documents similaires
Rapport annuel CEEAC 2024.pdf
Communiqué final du sommet de Malabo.pdf
Signaler ce document"""),
    ],
    gold=dict(
        title="CORRIDOR DOUALA–BANGUI–N’DJAMENA : LA CEEAC MOBILISE 1,2 MILLIARD D’EUROS POUR LA ROUTE ET LE RAIL",
        dateline=dl("Libreville", "2025-12-01"),
        organisations=[org("Communauté économique des États de l’Afrique centrale", "CEEAC"),
                       org("Banque africaine de développement", "BAD"), org("Union européenne"),
                       org("Banque de développement des États de l’Afrique centrale", "BDEAC")],
        places=[place("Douala"), place("Bangui"), place("N’Djamena"), place("Libreville"),
                place("République centrafricaine", "CF"), place("Tchad", "TD"), place("Garoua-Boulaï"),
                place("Ngaoundéré"), place("golfe de Guinée"), place("lac Tchad")],
        figures=[
            fig("1,2 MILLIARD D’EUROS", 1200000000, "EUROS", "money", currency="EUR"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("1,2 milliard d’euros", 1200000000, "euros", "money", currency="EUR"),
            fig("1 870 kilomètres", 1870, "kilomètres", "other"),
            fig("plus de 80 %", 80, "%", "percent", qualifier="plus de"),
            fig("640 millions d’euros", 640000000, "euros", "money", currency="EUR"),
            fig("310 millions", 310000000, None, "money", currency="EUR"),
            fig("150 millions", 150000000, None, "money", currency="EUR"),
            fig("trois États", 3, "États"),
            fig("620 kilomètres", 620, "kilomètres", "other"),
            fig("21 jours", 21, "jours", "duration"),
            fig("9 jours", 9, "jours", "duration"),
            fig("en 2029", 2029, None, "year"),
            fig("2 %", 2, "%", "percent"),
            fig("onze États", 11, "États"),
            fig("six axes", 6, "axes"),
            fig("deux pays", 2, "pays"),
        ],
        phones=[phone("+24101443470")],
        emails=["communication@ceeac.example.org"],
        contacts=[contact(None, None, "Direction de la communication", ["+24101443470"],
                          ["communication@ceeac.example.org"])],
        notes="The Central African regional economic community's communiqué (real body, invented news) as a PDF in a "
              "document-sharing site's preview (the survey's 'Upload: others', 'Embed Size (px)', 'Citation preview' "
              "shape; the site made up): viewer lines, the PDF's letterhead above its own title (an unaccented "
              "capital line, the secretariat line, the release number), the running footers 'Page n sur 2', the "
              "page-2 header and 'Documents similaires'/'Signaler ce document' are boilerplate (pdf-chrome, "
              "page-furniture). The PDF's capital title is centred on two lines (one clean line); a right-aligned "
              "dateline on its own line. Body lines wrapped at about 80 columns with hyphenation and fi/fl "
              "ligatures (joined and expanded). A page break falls inside the third paragraph: one clean line, "
              "then the footnote line printed at the foot of page 1 (article text, its mark ¹ kept and not a "
              "figure, like the ¹ after 'Tchad', h388). The acronym comes before its long form ('La CEEAC "
              "(Communauté économique ...)'): one organisation with both. The capital title's '1,2 MILLIARD "
              "D’EUROS' and the body's '1,2 milliard d’euros' two texts. 'l’Union européenne 310 millions', 'la "
              "BDEAC 150 millions': money in the context's currency, unit null. The corridor and the railway line "
              "give their end cities as places (h248-h263 road rule, h280-h295 corridor rule). The PDCT-AC is a "
              "plan (not an organisation); 'la Commission de la CEEAC' the community's own organ, in a role (not "
              "listed, h289). 'à l’issue des travaux, en 2029' gives 'en 2029'; 'onze États membres' unit 'États'. 'le golfe de Guinée' and 'le lac Tchad' keep their generic "
              "nouns (gulf and lake rules), 'lac Tchad' a place beside the country 'Tchad' (distinct names). "
              "The release number '047/2025' and the page marks are not figures. A Libreville landline on an "
              "office line (person null).",
    ),
))

# =========================================================================== h421 prefecture of Mayotte: browser print view, dashes lost, a page break inside a paragraph, spaces before ’ in a quote
H421_TITLE = "Eau potable : les tours d’eau allégés à Mamoudzou dès le 8 décembre"
H421_HEAD = f"02/12/2025 17:06                {H421_TITLE} - Les services de l’État à Mayotte"
H421_URL = ("https://www.mayotte.example.gouv.fr/Actualites/Communiques-de-presse/2025/Eau-potable-tours-d-eau"
            "        ")
H421_P3A = ("La production totale atteint 41 000 mètres cubes par jour, pour des besoins estimés à 48 000. « Nous ne "
            "sortirons durablement de la crise qu[[ ’||’]]avec la troisième retenue collinaire et la nouvelle usine "
            "de Grande-Terre, dont les travaux")
H421_P3B = ("commenceront en 2026. C[[ ’||’]]est la priorité absolue de l[[ ’||’]]État », a déclaré le préfet, qui a "
            "rappelé que l’État et l’Union européenne y consacrent 210 millions d’euros.")
PAGES.append(Page(
    name="h421-prefecture-mayotte-tours-eau-print",
    meta={"site": "www.mayotte.example.gouv.fr", "style": "prefecture-browser-print-view",
          "defects": ["print-furniture", "breadcrumb", "lost-dash", "double-space", "space-before-apostrophe"]},
    blocks=[
        B(H421_HEAD + "\nLes services de l’État à Mayotte\nLiberté\nÉgalité\nFraternité\n"
          "Accueil > Actualités > Communiqués de presse\nCommuniqué de presse | 2 décembre 2025"),
        P(H421_TITLE),
        P("Mamoudzou, le 2 décembre 2025 – Le préfet de Mayotte a annoncé ce mardi l’allègement des tours d’eau à "
          "partir du lundi 8 décembre : les coupures passeront de trois à deux jours par semaine dans les communes de "
          "Mamoudzou, Koungou et Dembéni, soit environ 140 000 habitants.", nodash=""),
        P("Cet allègement est rendu possible par la remise en service, le 28 novembre, de la deuxième unité de "
          "l’usine de dessalement de Petite-Terre, qui produit désormais 5 300 mètres cubes par jour, et par le "
          "remplissage de la retenue collinaire de Combani, remontée à 38 % de sa capacité après les pluies de "
          "novembre."),
        X(side(H421_P3A, 0), side(H421_P3A, 1) + " " + side(H421_P3B, 1)),
        B(H421_URL + "1/2\n" + H421_HEAD),
        X(side(H421_P3B, 0), ""),
        P("Le syndicat Les Eaux de Mayotte (LEMA) rappelle que l’eau du réseau doit être bouillie pendant les 24 "
          "heures qui suivent chaque remise en eau. Des bouteilles restent distribuées aux personnes vulnérables dans "
          "les 17 points de distribution de l’île, ainsi qu’aux élèves des 12 collèges et lycées concernés."),
        L("Contact presse : Bureau de la communication interministérielle – +262 269 63 50 00 poste 4112 – "
          "+262 639 21 47 85 – communication@mayotte.example.gouv.fr", nodash=""),
        B(H421_URL + "2/2"),
    ],
    gold=dict(
        title=H421_TITLE,
        dateline=dl("Mamoudzou", "2025-12-02"),
        organisations=[org("Union européenne"), org("Les Eaux de Mayotte", "LEMA")],
        places=[place("Mamoudzou"), place("Mayotte"), place("Koungou"), place("Dembéni"), place("Petite-Terre"),
                place("Combani"), place("Grande-Terre")],
        figures=[
            fig("le 8 décembre", "--12-08", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("lundi 8 décembre", "--12-08", None, "date"),
            fig("trois", 3, None, "duration"),
            fig("deux jours", 2, "jours", "duration"),
            fig("environ 140 000 habitants", 140000, "habitants", qualifier="environ"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("5 300 mètres cubes", 5300, "mètres cubes", "other"),
            fig("38 %", 38, "%", "percent"),
            fig("41 000 mètres cubes", 41000, "mètres cubes", "other"),
            fig("48 000", 48000, None, "other"),
            fig("en 2026", 2026, None, "year"),
            fig("210 millions d’euros", 210000000, "euros", "money", currency="EUR"),
            fig("24 heures", 24, "heures", "duration"),
            fig("17 points", 17, "points"),
            fig("12 collèges", 12, "collèges"),
        ],
        phones=[phone("+262269635000", extension="4112"), phone("+262639214785")],
        emails=["communication@mayotte.example.gouv.fr"],
        contacts=[contact(None, None, "Bureau de la communication interministérielle",
                          ["+262269635000", "+262639214785"], ["communication@mayotte.example.gouv.fr"])],
        notes="The prefecture of Mayotte's release (real kind, invented news) in a browser's print view: the print "
              "header (date, clock, the page's title with the site's name) at the top and again after the page "
              "break, the printed site lines (site name, motto in three lines, breadcrumb, type/date line) and the "
              "print footers (URL and '1/2', '2/2') are boilerplate (print-furniture); the print header's copy of the "
              "title is furniture, not a second copy (h289). The page break falls inside the third paragraph, "
              "between 'dont les travaux' and 'commenceront en 2026': one clean line. Every en dash was lost: the "
              "dateline's ('2025  Le préfet', two spaces left) and the contact line's ('interministérielle  +262 ... "
              "4112  +262'): restored (lost-dash, double-space). The prefect's quote was pasted with a space before "
              "each ’ ('qu ’avec', 'C ’est', 'l ’État'): removed. Mayotte an overseas department (iso null). 'dès le 8 "
              "décembre' (title) and 'à partir du lundi 8 décembre' two date texts without year; 'de trois à deux "
              "jours par semaine' gives 'trois' (first bound, a duration with unit null, h343) and 'deux jours' "
              "(per-unit out); 'estimés à 48 000' a measure whose noun is elided (kind other, unit null, h367); 'la "
              "deuxième unité', 'la troisième retenue' ordinal words; 'les pluies de novembre' a month alone. 'Le "
              "syndicat Les Eaux de Mayotte (LEMA)': the article 'Les' is part of the name and stays in the long "
              "form; Mayotte also stands alone. 'l’État' generic; 'Petite-Terre', 'Grande-Terre' islands and "
              "'Combani' (from 'la retenue collinaire de Combani') places. Contact: an office line (person null) with "
              "a Mayotte landline +262 269 and its 'poste' extension and a mobile +262 639.",
    ),
))

# =========================================================================== h422 Pacific Community in Nouméa: a cp1250 paragraph, capital dateline without accent, an English quote
PAGES.append(Page(
    name="h422-cps-reseau-suivi-blanchissement-coraux",
    meta={"site": "www.cps-pacifique.example.int", "style": "pacific-regional-organisation-newsroom",
          "defects": ["mojibake-cp1250", "unaccented-capitals", "english-quote", "menu", "duplicate-lines",
                      "breadcrumb", "share-lines", "cookie-banner"]},
    blocks=[
        B("""Passer au contenu
Pacific Community | Communauté du Pacifique
English | Français
Qui sommes-nous
Nos travaux
Nos travaux
Actualités
Actualités
Publications
Accueil › Actualités › Communiqués
Communiqué · 1er décembre 2025 · Pêche, aquaculture et écosystèmes marins"""),
        P("Blanchissement des coraux : la CPS lance avec neuf pays insulaires un réseau de 120 stations de suivi"),
        P("[[NOUMEA||NOUMÉA]], le 1er décembre 2025 – La Communauté du Pacifique (CPS) a lancé ce lundi, avec neuf de "
          "ses États et territoires membres, un réseau de 120 stations de suivi de la température de l’eau et de "
          "l’état des récifs coralliens, financé à hauteur de 6,8 millions de dollars américains par l’Australie et "
          "la Nouvelle-Zélande."),
        P("Les stations, installées à une profondeur de 5 à 15 mètres aux Fidji, au Vanuatu, aux Tonga, aux Samoa, à "
          "Kiribati, à Tuvalu, aux Îles Salomon, à Wallis-et-Futuna et en Nouvelle-Calédonie, transmettront leurs "
          "mesures toutes les heures par satellite. En 2024, près de 60 % des récifs de la région ont connu un "
          "épisode de blanchissement, le plus étendu jamais observé.", moji="cp1250"),
        P("“When the reef dies, the fish leave, and our food goes with them,” said Tuvalu’s Minister of Fisheries, "
          "Teleke Fonua, at the launch."),
        P("Les données seront publiques et intégrées au système d’alerte de la CPS, qui émettra des bulletins "
          "hebdomadaires pour ses 22 États et territoires insulaires membres, de la Papouasie-Nouvelle-Guinée à "
          "l’île de Pâques, dans l’océan Pacifique. Le réseau doit aussi former 45 "
          "techniciens locaux d’ici à la fin de 2026."),
        P("Le gouvernement de la Nouvelle-Calédonie contribue pour 95 millions de francs CFP à l’installation de 14 "
          "stations dans le lagon, inscrit au patrimoine mondial de l’UNESCO depuis 2008."),
        L("""Contacts médias :
Nouméa : Élise Wamytan, chargée de communication, +687 26 20 00, elise.wamytan@cps-pacifique.example.int
Suva : Litia Naivalu, Fisheries Communications Officer, +679 337 0733, litia.naivalu@cps-pacifique.example.int"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
Articles connexes
Thon : les stocks du Pacifique occidental restent en bonne santé – 21/11/2025
Vanuatu : 30 nouvelles aires marines gérées localement – 12/11/2025
Ce site utilise des cookies. Accepter | Refuser
© 2025 Communauté du Pacifique – BP D5, 98848 Nouméa Cedex, Nouvelle-Calédonie"""),
    ],
    gold=dict(
        title="Blanchissement des coraux : la CPS lance avec neuf pays insulaires un réseau de 120 stations de suivi",
        dateline=dl("NOUMÉA", "2025-12-01"),
        organisations=[org("Communauté du Pacifique", "CPS"), org("gouvernement de la Nouvelle-Calédonie"),
                       org(None, "UNESCO")],
        places=[place("Nouméa"), place("Australie", "AU"), place("Nouvelle-Zélande", "NZ"), place("Fidji", "FJ"),
                place("Vanuatu", "VU"), place("Tonga", "TO"), place("Samoa", "WS"), place("Kiribati", "KI"),
                place("Tuvalu", "TV"), place("Îles Salomon", "SB"), place("Wallis-et-Futuna"),
                place("Nouvelle-Calédonie"), place("Papouasie-Nouvelle-Guinée", "PG"), place("île de Pâques"),
                place("océan Pacifique"), place("Suva")],
        figures=[
            fig("neuf pays", 9, "pays"),
            fig("120 stations", 120, "stations"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("neuf", 9, None),
            fig("6,8 millions de dollars américains", 6800000, "dollars américains", "money", currency="USD"),
            fig("5", 5, None, "other"),
            fig("15 mètres", 15, "mètres", "other"),
            fig("En 2024", 2024, None, "year"),
            fig("près de 60 %", 60, "%", "percent", qualifier="près de"),
            fig("22 États", 22, "États"),
            fig("45 techniciens", 45, "techniciens"),
            fig("2026", 2026, None, "year"),
            fig("95 millions de francs CFP", 95000000, "francs CFP", "money", currency="XPF"),
            fig("14 stations", 14, "stations"),
            fig("2008", 2008, None, "year"),
        ],
        phones=[phone("+687262000"), phone("+6793370733")],
        emails=["elise.wamytan@cps-pacifique.example.int", "litia.naivalu@cps-pacifique.example.int"],
        contacts=[contact("Élise Wamytan", "chargée de communication", None, ["+687262000"],
                          ["elise.wamytan@cps-pacifique.example.int"]),
                  contact("Litia Naivalu", "Fisheries Communications Officer", None, ["+6793370733"],
                          ["litia.naivalu@cps-pacifique.example.int"])],
        notes="The Pacific Community's French newsroom (real body, invented news and people). Boilerplate: skip line, "
              "the English/French site name and language lines, menu with doubled labels, breadcrumb, a type/date/"
              "theme line, share line, related articles with dates, cookie line, footer with BP box and the 98848 "
              "Cedex postcode. The capital dateline lost its accent ('NOUMEA'): 'NOUMÉA' as written with the accent "
              "back, the place listed in normal case ('Nouméa', also a contact label). The second paragraph is UTF-8 "
              "read as cp1250 ('installĂ©es', 'Ă  une', 'ĂŽles Salomon'): decoded. The minister's quote stands in English, "
              "curly quotes (article text; new tag english-quote). 'neuf pays insulaires' (title) a count; 'avec "
              "neuf de ses États et territoires membres' gives 'neuf' with unit null (h296-h311 'Trois des sept "
              "forages'); 'de 5 à 15 mètres' gives '5' (kind other, unit null) and '15 mètres'; 'toutes les heures' "
              "no number; 'd’ici à la fin de 2026' gives '2026'; 'depuis 2008' gives '2008'. Countries acting as "
              "funders and the nine members are places with their codes ('Samoa' WS, 'Îles Salomon' SB, 'Tuvalu' "
              "also inside 'Tuvalu’s'); Wallis-et-Futuna and Nouvelle-Calédonie overseas territories (iso null, "
              "h88-h103), the latter also inside the listed 'gouvernement de la Nouvelle-Calédonie' (an executive "
              "named as a body). 'le lagon' generic. 'de la Papouasie-Nouvelle-Guinée à l’île de Pâques' gives the country (PG) and "
              "the island ('île de Pâques' with its generic noun, iso null: a Chilean island, not a country); "
              "'l’océan Pacifique' with its generic noun (seas rule). Contacts: city labels (places; Suva gives Fiji's +679), persons "
              "with roles (one in English), organisation null; a six-digit Nouméa number +687.",
    ),
))

# =========================================================================== h423 Geneva health NGO on Guinea: the whole page UTF-8 read as cp1252, one paragraph twice, hidden e-mail, donation block, comments
PAGES.append(Page(
    name="h423-hsf-guinee-maternites-labe-cp1252",
    meta={"site": "www.horizon-sante-femmes.example.ch", "style": "ngo-wordpress-whole-page-mojibake",
          "defects": ["mojibake-cp1252", "mojibake-double-cp1252", "hidden-email", "menu", "breadcrumb",
                      "donation-block", "share-lines", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""Horizon Santé Femmes – Pour que donner la vie ne coûte pas la vie
Accueil | Qui sommes-nous ? | Nos projets | Actualités | Faire un don
Accueil » Actualités » Guinée
2 décembre 2025 · Par l’équipe communication · 0 commentaire""", moji="cp1252"),
        P("Guinée : 18 maternités rénovées dans la région de Labé, les décès maternels en recul de 40 %",
          moji="cp1252"),
        P("Genève, le 2 décembre 2025 – L’ONG genevoise Horizon Santé Femmes (HSF) achève la rénovation de 18 "
          "maternités de la région de Labé, en Moyenne-Guinée, un programme de quatre ans mené avec la Direction "
          "régionale de la santé de Labé. Dans les centres rénovés, les décès maternels ont reculé de 40 % entre 2021 "
          "et 2024.", moji="cp1252"),
        P("Le programme, d’un coût de 2,9 millions de francs suisses, a été financé par la Fédération genevoise de "
          "coopération (FGC), par la Direction du développement et de la coopération (DDC) et par des dons privés. "
          "Il a permis d’équiper chaque maternité d’une salle d’accouchement rénovée, de panneaux solaires et d’une "
          "ambulance, et de former 212 sages-femmes et infirmières.", moji="cp1252x2"),
        P("« Avant, une femme sur cinq qui arrivait en urgence avait déjà perdu trop de sang. Aujourd’hui, "
          "l’ambulance arrive en moins de 45 minutes dans 9 villages sur 10 », témoigne Mariama Diallo, "
          "sage-femme-chef à Pita.", moji="cp1252"),
        P("Le coût d’une césarienne a été ramené à 150 000 francs guinéens, environ 15 francs suisses, grâce à un "
          "fonds de solidarité géré par les communautés. Près de 31 000 femmes âgées de 15 à 49 ans vivent dans "
          "les zones couvertes par les 18 maternités.", moji="cp1252"),
        L("""Contacts :
À Genève : Nathalie Berset, responsable communication, +41 22 734 18 60, [email protected]
À Conakry : Alpha Oumar Bah, coordinateur pays, +224 622 41 87 33, a.bah@horizon-sante-femmes.example.ch""",
          moji="cp1252"),
        B("""Faire un don : 50 francs offrent un kit d’accouchement à trois mères. IBAN CH93 0076 2011 6238 5295 7
Partager : Facebook | X | LinkedIn | E-mail
0 commentaire
Laisser un commentaire | Nom | E-mail | Site web | Publier le commentaire
Horizon Santé Femmes – Rue de Lausanne 64, 1202 Genève – © 2025""", moji="cp1252"),
    ],
    gold=dict(
        title="Guinée : 18 maternités rénovées dans la région de Labé, les décès maternels en recul de 40 %",
        dateline=dl("Genève", "2025-12-02"),
        organisations=[org("Horizon Santé Femmes", "HSF"), org("Direction régionale de la santé de Labé"),
                       org("Fédération genevoise de coopération", "FGC"),
                       org("Direction du développement et de la coopération", "DDC")],
        places=[place("Guinée", "GN"), place("Labé"), place("Genève"), place("Moyenne-Guinée"), place("Pita"),
                place("Conakry")],
        figures=[
            fig("18 maternités", 18, "maternités"),
            fig("40 %", 40, "%", "percent"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("2021", 2021, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("2,9 millions de francs suisses", 2900000, "francs suisses", "money", currency="CHF"),
            fig("212 sages-femmes", 212, "sages-femmes"),
            fig("une femme sur cinq", 0.2, None, "other"),
            fig("moins de 45 minutes", 45, "minutes", "duration", qualifier="moins de"),
            fig("9 villages sur 10", 0.9, None, "other"),
            fig("150 000 francs guinéens", 150000, "francs guinéens", "money", currency="GNF"),
            fig("environ 15 francs suisses", 15, "francs suisses", "money", qualifier="environ", currency="CHF"),
            fig("Près de 31 000 femmes", 31000, "femmes", qualifier="Près de"),
            fig("15", 15, None, "age"),
            fig("49 ans", 49, "ans", "age"),
        ],
        phones=[phone("+41227341860"), phone("+224622418733")],
        emails=["a.bah@horizon-sante-femmes.example.ch"],
        hidden_emails=1,
        contacts=[contact("Nathalie Berset", "responsable communication", None, ["+41227341860"], []),
                  contact("Alpha Oumar Bah", "coordinateur pays", None, ["+224622418733"],
                          ["a.bah@horizon-sante-femmes.example.ch"])],
        notes="A made-up Geneva health NGO's WordPress page whose whole text, chrome and article, is UTF-8 read as "
              "cp1252 ('SantÃ©', 'Lâ€™ONG', 'Â«', 'Ã€ GenÃ¨ve'), one paragraph twice ('coÃƒÂ»t', "
              "'dÃ¢â‚¬â„¢ÃƒÂ©quiper'): every line decoded once, that paragraph twice. Boilerplate: "
              "site name and slogan, one-line menu, breadcrumb, the date/byline/comment-count line, the donation "
              "line with an IBAN (its '50 francs' and 'trois mères' are chrome), share line, comment counter and "
              "form, footer with street number and the 1202 postcode. The title's and the body's '18 maternités' "
              "and '40 %' one text each; 'entre 2021 et 2024' two years; 'une femme sur cinq' one figure 0.2 and '9 "
              "villages sur 10' 0.9 (h312-h327 and h344-h359 'N noun sur M' rules); 'moins de 45 minutes' a "
              "duration; '150 000 francs guinéens, environ 15 francs suisses' two money figures (converted amount "
              "with its qualifier); 'âgées de 15 à 49 ans' gives '15' (age, unit null) and '49 ans'; 'les 18 "
              "maternités' repeats the text '18 maternités' (listed once). 'L’ONG genevoise Horizon Santé Femmes (HSF)': the NGO with its acronym "
              "('genevoise' an adjective); the regional health directorate co-implementing listed with the town "
              "in its name, Labé also a place; FGC and DDC (real bodies, invented funding) listed. 'Moyenne-Guinée' "
              "a natural region (iso null). Contacts: city labels 'À Genève :', 'À Conakry :' (places; they give "
              "+41 and +224), persons with roles, organisation null; the Geneva address hidden by the CDN "
              "('[email protected]', counted, not listed). 'sage-femme-chef à Pita': the speaker is not a contact "
              "(no detail).",
    ),
))
