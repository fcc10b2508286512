"""h408-h423: the blind set written in session 25 (corpora/next), never run through pressclean.

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

SET = "next"

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
