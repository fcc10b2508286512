"""h168-h183: the blind set written in session 10 (corpora/next), never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_p.py, pages_dev_q.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README or the other
sets). h168-h172 come from one made-up press room, the port authority of Nouakchott (Mauritania), sharing its header,
language line, menu, breadcrumb, share line, a ship-movements widget, a related block and footer with small variations
from page to page; h173-h183 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "next"

PAGES = []


def _raw(tok: str) -> str:
    return side(tok, 0).replace("⏎", "")


VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÉÈÊÎÔÛŒ")
INSEPARABLE = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr"}


def _syllable_split(word: str, room: int):
    """A French-looking hyphenation point (V|CV or C|C) for a plain word of 7+ letters, head at most `room` long."""
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


def pdfwrap(text: str, width: int, hyph: dict | None = None, auto: bool = True) -> str:
    """Greedy PDF-like line breaking of a clean paragraph (markup allowed, no spaces inside markup).
    Breaks become ⏎; a word that straddles the right margin may be split (`head-` at the line end, `tail` on the
    next line); `hyph` forces a split point: word -> (head, tail[, keep]) (keep=True: a real hyphen that stays)."""
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
        core = w.rstrip(".,;:»)")
        punct = w[len(core):]
        split = hyph.get(core) or (_syllable_split(core, width - cur - 2) if auto and "[[" not in core else None)
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


ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "\u202f": "&#8239;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def fffd(clean: str, chars: str = "’") -> str:
    """Markup for text whose raw side shows U+FFFD for `chars` (the Latin-1 trip with replacement)."""
    return "".join(f"[[\ufffd||{c}]]" if c in chars else c for c in clean)


# =========================================================================== Port autonome de Nouakchott (Mauritania)
PN_SITE = "www.port-nouakchott.example.mr"


def pn_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu principal"]
    if banner:
        lines.append(banner)
    lines += ["العربية | Français | English",
              "Port autonome de Nouakchott – Port de l’Amitié",
              "Menu",
              "Le Port",
              "Le Port",
              "Services aux usagers",
              "Trafic et statistiques",
              "Espace presse",
              "Espace presse",
              "Appels d’offres",
              "Contact",
              "Rechercher…",
              f"Accueil > Espace presse > {rubric}",
              stamp]
    return "\n".join(lines)


def pn_bottom(ships, recent, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook | LinkedIn | X | WhatsApp | Imprimer",
              "Mouvements des navires"]
    lines += [f"▸ {s}" for s in ships]
    lines.append("Communiqués récents")
    lines += [f"• {h} ({d})" for h, d in recent]
    if newsletter:
        lines.append("Recevez les avis aux usagers par courriel : S’abonner")
    lines += ["Port autonome de Nouakchott – BP 5103 – Nouakchott, Mauritanie – Standard : +222 45 25 14 53 – "
              "Fax : +222 45 25 16 15",
              "© 2025 Port autonome de Nouakchott – Tous droits réservés – Mentions légales – Plan du site"]
    return "\n".join(lines)


def pn_meta(defects, **extra):
    d = {"site": PN_SITE, "style": "port-authority-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"] + defects}
    d.update(extra)
    return d


PN_NOTE = ("Site furniture shared by h168-h172 (skip line, an optional banner (swell alert on h170, closure of the "
           "passenger terminal on h171), Arabic/French/English language line, site name 'Port autonome de Nouakchott – "
           "Port de l’Amitié', 'Menu' line, vertical menu with doubled 'Le Port' and 'Espace presse', search label, "
           "breadcrumb 'Accueil > Espace presse > rubric' (Communiqués, Invitations, Avis aux usagers, Discours, "
           "Galerie photos), a 'Type | dd-mm-yyyy' line; at the bottom an optional attachment line (h168, h171), "
           "share line, a 'Mouvements des navires' widget with '▸ vessel – type – date' lines that change from page "
           "to page, 'Communiqués récents' with '• headline (dd/mm/yyyy)' lines, a subscription line (absent on "
           "h172), footer with BP box, switchboard and fax, copyright/legal line): all boilerplate; its numbers are "
           "neither figures nor phones. Mauritanian numbers have eight digits without trunk prefix (landlines 45, "
           "mobiles 2x/3x/4x). 'ouguiyas' are MRU (the 2018 ouguiya).")

# --------------------------------------------------------------------------- h168 traffic figures: cp1252 paragraphs, glued headings, a half-repaired word
PAGES.append(Page(
    name="h168-port-nouakchott-trafic-dix-mois-2025",
    meta=pn_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(pn_top("Communiqués", "Communiqué | 28-11-2025")),
        P("Trafic portuaire : 4,1 millions de tonnes à fin octobre, un niveau record"),
        P("Nouakchott, le 28 novembre 2025 – Le Port autonome de Nouakchott (PAN) a traité 4,1 millions de tonnes de "
          "marchandises au cours des dix premiers mois de 2025, en hausse de 7,3 % par rapport à la même période de "
          "2024, selon les statistiques arrêtées au 31 octobre.", moji="cp1252"),
        P("Les conteneurs tirent la croissance"),
        P("Le trafic de conteneurs atteint 142 350 EVP (équivalent vingt pieds), soit 11 % de plus qu’en 2024. Les "
          "importations représentent près des deux tiers du tonnage, portées par les produits alimentaires, les "
          "matériaux de construction et les hydrocarbures.", glue=True),
        P("Temps d’attente en baisse"),
        P("Le temps d’attente moyen des navires en rade est passé de 6,2 jours en 2024 à 3,8 jours, grâce à la mise "
          "en service de deux grues mobiles et à l’ouverture du poste 9 en juillet. Les recettes portuaires "
          "s’élèvent à 2,35 milliards d’ouguiyas (MRU), soit environ 59 millions de dollars.",
          glue=True, moji="cp1252"),
        P("Le port a accueilli 1 126 escales, dont 214 navires de pêche industrielle et 38 navires de croisière ou de "
          "passagers. Le trafic à destination du Mali, qui emprunte la route de l’Espoir, a doublé pour atteindre "
          "186 000 tonnes, contre 92 400 un an plus tôt, en majorité des produits [[pÃ©troliers||pétroliers]]."),
        P("« Ces résultats confirment le rôle de notre port comme porte d’entrée de la Mauritanie et d’une partie "
          "du Sahel », a déclaré le directeur général, Mohamed Lemine Ould Ahmedou."),
        L("""Contact presse :
Service communication – Port autonome de Nouakchott
Tél. : +222 45 25 14 60 / 36 30 12 45
communication@port-nouakchott.example.mr"""),
        B(pn_bottom(["MSC ANYA – porte-conteneurs – attendu le 30/11 à 06:00",
                     "SEAWAYS KIRA – pétrolier – à quai, poste 7",
                     "ATLANTIC BREEZE – vraquier – en rade"],
                    [("Mise en service du nouveau quai à conteneurs : invitation presse", "27/11/2025"),
                     ("Avis aux usagers : nouveaux horaires de la porte n° 2", "20/11/2025")],
                    attach="Télécharger les statistiques détaillées (XLSX – 86 Ko)")),
    ],
    gold=dict(
        title="Trafic portuaire : 4,1 millions de tonnes à fin octobre, un niveau record",
        dateline=dl("Nouakchott", "2025-11-28"),
        organisations=[org("Port autonome de Nouakchott", "PAN")],
        places=[place("Nouakchott"), place("Mali", "ML"), place("Mauritanie", "MR"), place("Sahel")],
        figures=[
            fig("4,1 millions de tonnes", 4100000, "tonnes", "other"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("dix premiers mois", 10, "mois", "duration"),
            fig("2025", 2025, None, "year"),
            fig("7,3 %", 7.3, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("31 octobre", "--10-31", None, "date"),
            fig("142 350 EVP", 142350, "EVP", "other"),
            fig("11 %", 11, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("près des deux tiers", 0.6667, None, "other", qualifier="près des"),
            fig("6,2 jours", 6.2, "jours", "duration"),
            fig("3,8 jours", 3.8, "jours", "duration"),
            fig("deux grues", 2, "grues"),
            fig("2,35 milliards d’ouguiyas", 2350000000, "ouguiyas", "money", currency="MRU"),
            fig("environ 59 millions de dollars", 59000000, "dollars", "money", qualifier="environ", currency="USD"),
            fig("1 126 escales", 1126, "escales"),
            fig("214 navires", 214, "navires"),
            fig("38 navires", 38, "navires"),
            fig("186 000 tonnes", 186000, "tonnes", "other"),
            fig("92 400", 92400, None, "other"),
        ],
        phones=[phone("+22245251460"), phone("+22236301245")],
        emails=["communication@port-nouakchott.example.mr"],
        contacts=[contact(None, None, "Service communication – Port autonome de Nouakchott",
                          ["+22245251460", "+22236301245"], ["communication@port-nouakchott.example.mr"])],
        notes=PN_NOTE + " An attachment line (XLSX). The dateline paragraph and the paragraph after the second "
              "heading are UTF-8 read as cp1252 ('Ã©' shapes); both headings are glued to the paragraph after them "
              "('croissanceLe trafic', 'baisseLe temps'); one word of a clean paragraph is still mojibake "
              "('pÃ©troliers', a half-repaired word). 'de 2025' and 'de 2024' (a period's year, no 'en'): '2025', "
              "'2024'; 'qu’en 2024' and '6,2 jours en 2024' give one text 'en 2024'. 'au 31 octobre': a date without "
              "year. '142 350 EVP': EVP (twenty-foot equivalent units) is a unit of measure like tonnes: kind other, "
              "unit 'EVP'; the gloss '(équivalent vingt pieds)' is the unit's name, not a figure (decided). 'près "
              "des deux tiers': fraction with the qualifier 'près des' (as 'Plus des trois quarts', h136-h151). "
              "'contre 92 400': first quantity of the same measure without its noun (tonnes): kind other, unit null. "
              "'le poste 9', 'la porte n° 2' (chrome): names/numbers, not figures. 'a doublé', 'un an plus tôt': not "
              "figures. 'route de l’Espoir' is a road. 'en juillet', 'fin octobre': months alone. The port's other "
              "name 'Port de l’Amitié' is only in the chrome. Contact: an office line with a landline and a mobile "
              "joined by '/' (the second without country code: +222).",
    ),
))

# --------------------------------------------------------------------------- h169 press invitation: HTML debris, hidden e-mail, two-person accreditation block
PAGES.append(Page(
    name="h169-port-nouakchott-invitation-quai-conteneurs",
    meta=pn_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(pn_top("Invitations", "Invitation presse | 27-11-2025")),
        P("Invitation presse : mise en service du nouveau quai à conteneurs"),
        P("[[<p>||]]" + ent("Le Port autonome de Nouakchott a le plaisir de convier les représentants de la presse à la "
                            "cérémonie de mise en service du nouveau quai à conteneurs, le jeudi 11 décembre 2025 à "
                            "10\u00a0h, en présence du ministre de l’Équipement et des Transports.", "’\u00a0")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Long de 450 mètres et dragué à 14 mètres de profondeur, le quai peut accueillir "
                            "simultanément deux porte-conteneurs de 4\u00a0000 EVP. Il porte la capacité du terminal à "
                            "350\u00a0000 EVP par an. Les travaux, d’un coût de 97 millions de dollars, ont été "
                            "financés par la Banque islamique de développement (BID) et le Fonds arabe pour le "
                            "développement économique et social (FADES).", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
9 h 30 : accueil des invités au terminal à conteneurs[[<br />||]]
10 h 00 : allocutions[[<br />||]]
10 h 45 : visite du quai et de la nouvelle grue portique[[<br />||]]
11 h 30 : point presse[[</p>||]]"""),
        P("[[<p>||]]" + ent("Les journalistes sont priés de se présenter munis de leur carte de presse à la porte n° 2, "
                            "avenue du Port. Une navette partira du siège de l’établissement à 9\u00a0h.", "’\u00a0")
          + "[[</p>||]]"),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] jusqu[[&#8217;||’]]au mardi 9 décembre 2025 à 12 h[[&nbsp;||\u00a0]]:[[<br />||]]
Aïchetou Mint Sidi, chargée des relations presse – +222 45 25 14 60 – <a href="mailto:a.mintsidi@port-nouakchott.example.mr">a.mintsidi@port-nouakchott.example.mr</a>[[<br />||]]
Cheikh Ould Baba, chef du protocole – 46 41 22 87 – [email protected][[</p>||]]""".replace(
            '<a href="mailto:a.mintsidi@port-nouakchott.example.mr">a.mintsidi@port-nouakchott.example.mr</a>',
            '[[<a href="mailto:a.mintsidi@port-nouakchott.example.mr">a.mintsidi@port-nouakchott.example.mr</a>||'
            'a.mintsidi@port-nouakchott.example.mr]]')),
        B(pn_bottom(["MSC ANYA – porte-conteneurs – à quai, poste 9",
                     "GRANDE DAKAR – roulier – attendu le 28/11 à 14:00"],
                    [("Trafic portuaire : 4,1 millions de tonnes à fin octobre", "28/11/2025"),
                     ("Avis aux usagers : nouveaux horaires de la porte n° 2", "20/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : mise en service du nouveau quai à conteneurs",
        dateline=None,
        organisations=[org("Port autonome de Nouakchott", None), org("Banque islamique de développement", "BID"),
                       org("Fonds arabe pour le développement économique et social", "FADES")],
        places=[],
        figures=[
            fig("le jeudi 11 décembre 2025 à 10\u00a0h", "2025-12-11", None, "date"),
            fig("450 mètres", 450, "mètres", "other"),
            fig("14 mètres", 14, "mètres", "other"),
            fig("deux porte-conteneurs", 2, "porte-conteneurs"),
            fig("4\u00a0000 EVP", 4000, "EVP", "other"),
            fig("350\u00a0000 EVP", 350000, "EVP", "other"),
            fig("97 millions de dollars", 97000000, "dollars", "money", currency="USD"),
            fig("mardi 9 décembre 2025 à 12 h", "2025-12-09", None, "date"),
        ],
        phones=[phone("+22245251460"), phone("+22246412287")],
        emails=["a.mintsidi@port-nouakchott.example.mr"],
        hidden_emails=1,
        contacts=[contact("Aïchetou Mint Sidi", "chargée des relations presse", None, ["+22245251460"],
                          ["a.mintsidi@port-nouakchott.example.mr"]),
                  contact("Cheikh Ould Baba", "chef du protocole", None, ["+22246412287"], [])],
        notes=PN_NOTE + " No banner, no attachment. HTML debris: <p>, </p>, <br />, <strong>, '&#8217;' for ’, "
              "'&nbsp;' (kept as U+00A0 in the clean text, also inside the figures '10\u00a0h', '4\u00a0000 EVP', "
              "'350\u00a0000 EVP'), a full mailto link around the first accreditation address; the second address is "
              "hidden. No dateline (an invitation). 'le jeudi 11 décembre 2025 à 10 h': one date figure with weekday "
              "and clock time; 'jusqu’au mardi 9 décembre 2025 à 12 h': one date figure, 'jusqu’au' left out "
              "(h152-h167). 'dragué à 14 mètres de profondeur': a measure. 'de 4 000 EVP': the ships' size, a measure "
              "(EVP as unit, see h168). 'par an', 'la porte n° 2', programme and shuttle clock times: not figures. "
              "The port authority is written out without acronym on this page: acronym null. The ministry is named "
              "only inside a role. 'avenue du Port' is a street; the port's city is only inside its name (no place "
              "listed). Two accreditation lines, each a person with role, phone and an address (the second hidden).",
    ),
))

# --------------------------------------------------------------------------- h170 swell notice: ’ as a space, œ dropped, en dashes lost, caps dateline
PAGES.append(Page(
    name="h170-port-nouakchott-avis-houle-poste-petrolier",
    meta=pn_meta(["lost-apostrophe", "lost-oe", "lost-dash", "double-space"]),
    blocks=[
        B(pn_top("Avis aux usagers", "Avis aux usagers | 01-12-2025",
                 banner="ALERTE HOULE – Accès au port de pêche artisanale interdit jusqu’à nouvel ordre")),
        P("Forte houle : le port suspend les opérations au poste pétrolier jusqu’à mercredi", apos="space"),
        P("NOUAKCHOTT, 1er décembre 2025 – La capitainerie du Port autonome de Nouakchott a suspendu lundi à 14 h les "
          "opérations de déchargement au poste pétrolier et l’accès au port de pêche artisanale, en raison d’une "
          "houle de nord-ouest annoncée jusqu’à 4,5 mètres par l’Office national de la météorologie (ONM).",
          apos="space", nodash=""),
        P("Les vents devraient souffler à 30 à 35 nœuds en rafales – jusqu’à 40 nœuds au large du cap Timiris – avec "
          "une période de houle de 14 secondes. Les conditions ne devraient pas s’améliorer avant le mercredi "
          "3 décembre au matin.", apos="space", oe="drop", nodash=""),
        P("Trois navires – deux pétroliers et un vraquier – attendent en rade. Les quelque 1 800 pirogues du port de "
          "pêche artisanale restent à quai et la Garde côtière mauritanienne a renforcé ses patrouilles.",
          nodash=""),
        P("« La sécurité des équipages et des installations passe avant tout. Nous rouvrirons dès que la hauteur "
          "des vagues repassera sous 2,5 mètres », a indiqué le commandant du port, Sidi Mohamed Ould Cheikh.",
          apos="space"),
        L("Capitainerie – veille 24 h/24 : +222 45 25 17 00 – VHF canal 12", nodash=""),
        B(pn_bottom(["SEAWAYS KIRA – pétrolier – en rade (opérations suspendues)",
                     "NORDIC STAR – pétrolier – en rade",
                     "ATLANTIC BREEZE – vraquier – en rade"],
                    [("Invitation presse : mise en service du nouveau quai à conteneurs", "27/11/2025"),
                     ("Trafic portuaire : 4,1 millions de tonnes à fin octobre", "28/11/2025")])),
    ],
    gold=dict(
        title="Forte houle : le port suspend les opérations au poste pétrolier jusqu’à mercredi",
        dateline=dl("NOUAKCHOTT", "2025-12-01"),
        organisations=[org("Port autonome de Nouakchott", None), org("Office national de la météorologie", "ONM"),
                       org("Garde côtière mauritanienne", None)],
        places=[place("Nouakchott"), place("Timiris")],
        figures=[
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("jusqu’à 4,5 mètres", 4.5, "mètres", "other", qualifier="jusqu’à"),
            fig("30", 30, None, "other"),
            fig("35 nœuds", 35, "nœuds", "other"),
            fig("jusqu’à 40 nœuds", 40, "nœuds", "other", qualifier="jusqu’à"),
            fig("14 secondes", 14, "secondes", "duration"),
            fig("le mercredi 3 décembre", "--12-03", None, "date"),
            fig("Trois navires", 3, "navires"),
            fig("deux pétroliers", 2, "pétroliers"),
            fig("quelque 1 800 pirogues", 1800, "pirogues", qualifier="quelque"),
            fig("2,5 mètres", 2.5, "mètres", "other"),
        ],
        phones=[phone("+22245251700")],
        emails=[],
        contacts=[contact(None, None, "Capitainerie", ["+22245251700"], [])],
        notes=PN_NOTE + " A swell-alert banner. Every ’ of the title, the dateline paragraph, the second paragraph "
              "and the quote is a space ('jusqu à', 'l Office', 's améliorer'); œ dropped in 'n uds' (twice); the en "
              "dashes of the dateline, of the two inserted clauses and of the contact line are lost (double spaces). "
              "Dateline 'NOUAKCHOTT, 1er décembre 2025 –': place as written; the place list gives 'Nouakchott' in "
              "normal case (the city is otherwise only inside the authority's name; h152-h167 'Les Rousses' and h163 "
              "'Douala' rule). 'à 30 à 35 nœuds': a range of speeds, first bound bare (kind other, unit null). 'sous "
              "2,5 mètres': 'sous' is not a qualifier. 'avant le mercredi 3 décembre au matin': a date without year "
              "(weekday kept, 'avant' out). 'lundi à 14 h', '24 h/24', 'VHF canal 12': not figures. 'un vraquier': "
              "not a figure. 'Garde côtière mauritanienne' is a named service with capital (listed, decided; the "
              "README's generic 'garde-côtes' is the common noun). 'cap Timiris': listed as 'Timiris' (as 'massif du "
              "Risoux' → 'Risoux', h152-h167). The contact line is an office line (harbour master's watch) with a "
              "phone: one contact, organisation 'Capitainerie' as written.",
    ),
))

# --------------------------------------------------------------------------- h171 director's speech: œ as '?', glued sentences, mixed quotes, own-line dateline, closure banner
PAGES.append(Page(
    name="h171-port-nouakchott-discours-agpaoc",
    meta=pn_meta(["oe-question-mark", "body-glued", "mixed-quotes"]),
    blocks=[
        B(pn_top("Discours", "Discours | 04-12-2025",
                 banner="Information : la gare maritime sera exceptionnellement fermée le vendredi 5 décembre")),
        P("Allocution du directeur général à l’ouverture de la 14e réunion du comité technique de l’AGPAOC"),
        P("Nouakchott, le 4 décembre 2025"),
        L("""Monsieur le Ministre de l’Équipement et des Transports,
Monsieur le Secrétaire général de l’AGPAOC,
Mesdames et Messieurs les directeurs généraux,
Chers collègues,"""),
        P("C’est un honneur pour le Port autonome de Nouakchott d’accueillir, du 4 au 6 décembre, la 14e réunion du "
          "comité technique de l’Association de gestion des ports de l’Afrique de l’Ouest et du Centre (AGPAOC), "
          "qui rassemble les délégations de 19 ports membres venues de 16 pays."),
        P("Nos ports traitent aujourd’hui près de 500 millions de tonnes par an, mais le temps de passage moyen d’un "
          "conteneur y reste de 12 à 20 jours.[[||\n]]Nos clients, eux, nous comparent à Tanger ou à Algésiras."),
        P("Le guichet unique portuaire, que nous avons généralisé en 2024, a réduit de 40 % le délai de dédouanement. "
          "Je souhaite que notre réunion en fasse un chantier commun, au c[[?||œ]]ur de la feuille de route 2026-2028 "
          "de l’Association.[[||\n]]Je salue la présence de l’Organisation maritime internationale (OMI) et de la "
          "Banque africaine de développement, dont l’appui a permis de former 320 agents portuaires depuis 2022."),
        P("Comme le dit un proverbe de chez nous, “la pirogue n’avance que si tous rament ensemble”. Nos ports ne "
          "sont pas concurrents : ils sont les maillons d’une même chaîne, et chacun de nous a [[?||œ]]uvré pour "
          "qu’elle tienne."),
        P("Je vous souhaite des travaux fructueux et un excellent séjour à Nouakchott."),
        L("""Mohamed Lemine Ould Ahmedou
Directeur général du Port autonome de Nouakchott"""),
        P("Seul le prononcé fait foi."),
        B(pn_bottom(["GRANDE DAKAR – roulier – à quai, poste 5",
                     "MSC ANYA – porte-conteneurs – appareillé le 03/12"],
                    [("Forte houle : le port suspend les opérations au poste pétrolier", "01/12/2025"),
                     ("Invitation presse : mise en service du nouveau quai à conteneurs", "27/11/2025")],
                    attach="Télécharger le discours (PDF – 212 Ko)")),
    ],
    gold=dict(
        title="Allocution du directeur général à l’ouverture de la 14e réunion du comité technique de l’AGPAOC",
        dateline=dl("Nouakchott", "2025-12-04"),
        organisations=[org("Association de gestion des ports de l’Afrique de l’Ouest et du Centre", "AGPAOC"),
                       org("Port autonome de Nouakchott", None),
                       org("Organisation maritime internationale", "OMI"),
                       org("Banque africaine de développement", None)],
        places=[place("Nouakchott"), place("Tanger"), place("Algésiras")],
        figures=[
            fig("14e", 14, None, "ordinal"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("4", "--12-04", None, "date"),
            fig("6 décembre", "--12-06", None, "date"),
            fig("19 ports", 19, "ports"),
            fig("16 pays", 16, "pays"),
            fig("près de 500 millions de tonnes", 500000000, "tonnes", "other", qualifier="près de"),
            fig("12", 12, None, "duration"),
            fig("20 jours", 20, "jours", "duration"),
            fig("en 2024", 2024, None, "year"),
            fig("40 %", 40, "%", "percent"),
            fig("320 agents", 320, "agents"),
            fig("2022", 2022, None, "year"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=PN_NOTE + " A closure banner and a PDF attachment line. œ as '?' ('au c?ur', '?uvré'). Two sentences "
              "glued to the one before ('20 jours.Nos clients', 'l’Association.Je salue'): split in the clean text "
              "where the glue is (h136-h151). Curly “ ” around a proverb in a page that otherwise uses « » (none "
              "here, but the site does): kept. The place-and-date line on its own line under the title is the "
              "dateline (h136-h151 speech). The salutations, the signature (not a contact) and 'Seul le prononcé "
              "fait foi.' are article text. '14e' in the title and the body: one text. 'du 4 au 6 décembre': range "
              "of dates without year, first bound '4' (--12-04). 'de 12 à 20 jours': duration range. 'feuille de "
              "route 2026-2028': years inside a plan's name, not figures. 'depuis 2022': '2022'. 'par an': not a "
              "figure. 'comité technique' (a meeting body named with its parent) is not listed; the AGPAOC is "
              "spelled out in the body (long form with acronym; the title uses the acronym). 'Banque africaine de "
              "développement' without acronym here. The ministry and the secretary general are roles.",
    ),
))

# --------------------------------------------------------------------------- h172 photo story: title and caption printed twice, English caption, Latin-1 mojibake
PAGES.append(Page(
    name="h172-port-nouakchott-drague-tiguent-photos",
    meta=pn_meta(["duplicate-title", "duplicate-caption", "english-caption", "mojibake-latin1"]),
    blocks=[
        B(pn_top("Galerie photos", "Galerie photos | 03-12-2025")),
        P("En images : la drague « Tiguent » arrive à Nouakchott pour approfondir le chenal"),
        B("En images : la drague « Tiguent » arrive à Nouakchott pour approfondir le chenal"),
        P("La drague aspiratrice « Tiguent » à son arrivée dans le chenal d’accès, le 2 décembre. © PAN/M. Diallo"),
        B("La drague aspiratrice « Tiguent » à son arrivée dans le chenal d’accès, le 2 décembre. © PAN/M. Diallo"),
        P("Longue de 98 mètres, la drague « Tiguent », acquise par le Port autonome de Nouakchott pour 38 millions "
          "d’euros, est arrivée mardi des Pays-Bas après 11 jours de traversée. Elle pourra extraire jusqu’à "
          "8 000 m³ de sable par jour.", moji="latin-1"),
        P("Le chenal d’accès, qui s’ensable d’environ 1,2 million de mètres cubes chaque année, sera approfondi de 12 "
          "à 14,5 mètres d’ici juin 2026. Jusqu’ici, le port louait une drague étrangère deux mois par an, pour un "
          "coût annuel de 6,5 millions de dollars."),
        P("The trailing suction hopper dredger Tiguent in the access channel, with the container terminal behind. "
          "Photo: PAN"),
        P("L’équipage de 24 marins mauritaniens a été formé pendant six mois à Rotterdam. Une seconde drague, "
          "longue de 60 mètres et destinée au port de pêche, doit être livrée en 2027.", moji="latin-1"),
        L("Photos libres de droits sur demande : communication@port-nouakchott.example.mr"),
        B(pn_bottom(["GRANDE DAKAR – roulier – appareillé le 02/12",
                     "TIGUENT – drague – à quai, poste 1"],
                    [("Allocution du directeur général à l’ouverture de la réunion de l’AGPAOC", "04/12/2025"),
                     ("Forte houle : le port suspend les opérations au poste pétrolier", "01/12/2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : la drague « Tiguent » arrive à Nouakchott pour approfondir le chenal",
        dateline=None,
        organisations=[org("Port autonome de Nouakchott", "PAN")],
        places=[place("Nouakchott"), place("Pays-Bas", "NL"), place("Rotterdam")],
        figures=[
            fig("le 2 décembre", "--12-02", None, "date"),
            fig("98 mètres", 98, "mètres", "other"),
            fig("38 millions d’euros", 38000000, "euros", "money", currency="EUR"),
            fig("11 jours", 11, "jours", "duration"),
            fig("jusqu’à 8 000 m³", 8000, "m³", "other", qualifier="jusqu’à"),
            fig("environ 1,2 million de mètres cubes", 1200000, "mètres cubes", "other", qualifier="environ"),
            fig("12", 12, None, "other"),
            fig("14,5 mètres", 14.5, "mètres", "other"),
            fig("juin 2026", 2026, None, "year"),
            fig("deux mois", 2, "mois", "duration"),
            fig("6,5 millions de dollars", 6500000, "dollars", "money", currency="USD"),
            fig("24 marins", 24, "marins"),
            fig("six mois", 6, "mois", "duration"),
            fig("60 mètres", 60, "mètres", "other"),
            fig("en 2027", 2027, None, "year"),
        ],
        phones=[],
        emails=["communication@port-nouakchott.example.mr"],
        contacts=[contact(None, None, None, [], ["communication@port-nouakchott.example.mr"])],
        notes=PN_NOTE + " No subscription line on this page. Title and first caption printed twice (second copies "
              "boilerplate); the caption's credit 'PAN/M. Diallo' is article text and gives the acronym PAN (the "
              "long form is in the body). A second caption is in English (article text, tag 'english-caption'). "
              "The first and last body paragraphs are UTF-8 read as Latin-1 (ISO-8859-1: 'Ã©', and '’' as 'â' + two "
              "C1 controls, 'm³' as 'mÂ³'), decoded in the clean text. No dateline (photo page). 'le 2 décembre': a "
              "date without year. 'de 12 à 14,5 mètres': a range of depths, first bound bare. 'jusqu’à 8 000 m³ de "
              "sable par jour': qualifier 'jusqu’à', unit the symbol 'm³'; 'environ 1,2 million de mètres cubes': "
              "unit 'mètres cubes'. 'd’ici juin 2026': month-year, a year figure. 'deux mois par an': 'deux mois'. "
              "'Une seconde drague', 'par jour', 'chaque année': not figures. « Tiguent » is a ship's name. The line "
              "offering photos with an address is an office line without label: one contact with person, role and "
              "organisation null (h88-h103 rule for an unlabelled contact line).",
    ),
))
