"""h168-h183: the blind set written in session 10 (corpora/next then), scored blind with session 11's starting and ending code, moved into dev in session 12.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_p.py, pages_dev_q.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README or the other
sets). h168-h172 come from one made-up press room, the port authority of Nouakchott (Mauritania), sharing its header,
language line, menu, breadcrumb, share line, a ship-movements widget, a related block and footer with small variations
from page to page; h173-h183 come from eleven other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

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
        B("""Lieu : Terminal à conteneurs
Intervenant(s) :
Documents joints :"""),
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
        notes=PN_NOTE + " No banner, no attachment. The CMS's event fields under the title ('Lieu : ...', and the empty "
              "'Intervenant(s) :' and 'Documents joints :') are page metadata: boilerplate. HTML debris: <p>, </p>, <br />, <strong>, '&#8217;' for ’, "
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
          "qu’elle tienne. Mon prédécesseur le répétait : « un port qui attend est un port qui recule »."),
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
              "where the glue is (h136-h151). Curly “ ” around a proverb and « » around a saying in the same "
              "paragraph: kept as written. The place-and-date line on its own line under the title is the "
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

# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h173 Corsican regional health agency, no defect and no boilerplate
PAGES.append(Page(
    name="h173-ars-corse-campagne-vaccination-hiver",
    meta={"site": "www.ars-corse.example.fr", "style": "regional-health-agency-clean", "defects": []},
    blocks=[
        P("Grippe et bronchiolite : l’ARS de Corse lance la campagne de vaccination hivernale"),
        P("Ajaccio, le 3 décembre 2025 – L’Agence régionale de santé (ARS) de Corse lance ce mercredi sa campagne de "
          "vaccination contre la grippe et le virus respiratoire syncytial (VRS), alors que l’épidémie de bronchiolite "
          "a franchi le seuil épidémique dans l’île depuis la semaine du 24 novembre."),
        P("L’an dernier, seuls 41,6 % des Corses de 65 ans et plus s’étaient fait vacciner contre la grippe, contre "
          "54 % en moyenne nationale. L’objectif de l’ARS est d’atteindre 50 % cet hiver, soit environ 8 500 personnes "
          "vaccinées de plus."),
        P("Les 212 pharmacies de l’île et les 96 infirmiers libéraux volontaires pourront vacciner sans ordonnance. Un "
          "traitement préventif par anticorps monoclonaux est proposé aux nourrissons nés depuis le 1er février 2025 ; "
          "il réduit de près de 80 % le risque d’hospitalisation."),
        P("Dans les deux centres hospitaliers de l’île, à Ajaccio et à Bastia, 37 enfants de moins de deux ans ont été "
          "hospitalisés pour bronchiolite depuis le 1er novembre, dont 9 en soins critiques."),
        P("« Se faire vacciner, c’est aussi protéger les plus fragiles de son entourage », rappelle la directrice "
          "générale de l’ARS, Marie-Hélène Santoni."),
        L("""Contact presse :
ARS de Corse – service communication
Tél. : 04 95 51 98 42
ars-corse-communication@ars-corse.example.fr"""),
    ],
    gold=dict(
        title="Grippe et bronchiolite : l’ARS de Corse lance la campagne de vaccination hivernale",
        dateline=dl("Ajaccio", "2025-12-03"),
        organisations=[org("Agence régionale de santé", "ARS")],
        places=[place("Corse"), place("Ajaccio"), place("Bastia")],
        figures=[
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("24 novembre", "--11-24", None, "date"),
            fig("41,6 %", 41.6, "%", "percent"),
            fig("65 ans", 65, "ans", "age"),
            fig("54 %", 54, "%", "percent"),
            fig("50 %", 50, "%", "percent"),
            fig("environ 8 500 personnes", 8500, "personnes", qualifier="environ"),
            fig("212 pharmacies", 212, "pharmacies"),
            fig("96 infirmiers", 96, "infirmiers"),
            fig("le 1er février 2025", "2025-02-01", None, "date"),
            fig("près de 80 %", 80, "%", "percent", qualifier="près de"),
            fig("deux centres", 2, "centres"),
            fig("37 enfants", 37, "enfants"),
            fig("moins de deux ans", 2, "ans", "age", qualifier="moins de"),
            fig("le 1er novembre", "--11-01", None, "date"),
            fig("9", 9, None),
        ],
        phones=[phone("+33495519842")],
        emails=["ars-corse-communication@ars-corse.example.fr"],
        contacts=[contact(None, None, "ARS de Corse – service communication", ["+33495519842"],
                          ["ars-corse-communication@ars-corse.example.fr"])],
        notes="A regional health agency's release from Corsica with no defect and no boilerplate at all (the scraper "
              "kept only the article). The agency is listed as 'Agence régionale de santé' / 'ARS' without 'de Corse' "
              "(as h157's ARS de Guadeloupe); 'Corse' is a place (region, iso null; 'l’ARS de Corse' is the agency's usual "
              "short name, not a formal name, so the place counts); 'Corses' is a demonym. 'la "
              "semaine du 24 novembre': a date without year ('du' out). 'de 65 ans et plus': an age. 'depuis le 1er "
              "février 2025', 'depuis le 1er novembre': dates keep their 'le'. 'dont 9 en soins critiques': a count "
              "without noun. 'de moins de deux ans': an age with qualifier. 'cet hiver', 'L’an dernier': not figures. "
              "'VRS' names a virus, not an organisation. The contact is an office (the agency's communication "
              "service, kept as written) with a Corsican landline without country code (+33).",
    ),
))

# --------------------------------------------------------------------------- h174 logistics cluster (CAR): English page under French chrome, ’ as U+FFFD, obfuscated e-mail, satellite phone
PAGES.append(Page(
    name="h174-cluster-logistique-rca-bambari-bridge-en",
    meta={"site": "www.cluster-logistique-rca.example.cf", "style": "humanitarian-cluster-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "english-dateline", "cookie-banner", "menu", "duplicate-lines", "breadcrumb",
                      "lost-apostrophe", "obfuscated-email", "share-lines"]},
    blocks=[
        B("""Nous utilisons des cookies pour mesurer l’audience de ce site. Accepter | Refuser | Personnaliser
Cluster Logistique – République centrafricaine
Accueil
Opérations
Opérations
Cartes et données
Réunions
Réunions
Documents
Accueil › Actualités › Mises à jour opérationnelles
Mise à jour opérationnelle · 28/11/2025 · Lecture : 3 min"""),
        P("Bangui–Bria corridor: road access reopens after a three-month closure"),
        P(fffd("BANGUI, 28 November 2025 – The Logistics Cluster and its partners have reopened the 580-km road between "
               "Bangui and Bria in the Central African Republic to humanitarian convoys, after a three-month closure "
               "caused by the collapse of the Ouaka river bridge at Bambari.")),
        P(fffd("A temporary Bailey bridge, 36 metres long and rated for 40-tonne trucks, was installed in 19 days by "
               "the engineers of the NGO Route Solidaire, with funding from the European Civil Protection and "
               "Humanitarian Aid Operations (ECHO).")),
        P(fffd("Since 17 November, 46 trucks carrying 1,150 tonnes of food, medicines and shelter items have crossed the "
               "bridge. About 212,000 people in Haute-Kotto and Ouaka, 58% of them children, depend on this corridor, according to OCHA.")),
        P(fffd("“The rainy season is over, but the road is still fragile. We’re asking partners to keep loads under 25 "
               "tonnes and to travel in convoys of up to 10 trucks,” said the Cluster’s coordinator, Ingrid "
               "Lindqvist.")),
        P(fffd("The Cluster’s common transport service, funded at US$1.8 million for 2026, remains free of charge for "
               "all humanitarian organisations. Requests must reach the Bangui office by 5 pm the day before "
               "departure.")),
        L("""Contact:
Ingrid Lindqvist, Logistics Cluster Coordinator
Tel: +236 72 04 15 66 | Thuraya: +882 16 7712 3456
rca.coordination [at] cluster-logistique-rca.example.cf"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Documents liés
Carte d’accès routier – RCA – 27/11/2025 (PDF, 2,1 Mo)
Compte rendu de la réunion de coordination – Bangui – 20/11/2025
Le Cluster Logistique est coordonné par le Programme alimentaire mondial (PAM).
© 2025 Cluster Logistique RCA – Mentions légales – Contact"""),
    ],
    gold=dict(
        title="Bangui–Bria corridor: road access reopens after a three-month closure",
        dateline=dl("BANGUI", "2025-11-28"),
        organisations=[org("Logistics Cluster", None), org("Route Solidaire", None),
                       org("European Civil Protection and Humanitarian Aid Operations", "ECHO"), org(None, "OCHA")],
        places=[place("Bangui"), place("Bria"), place("Central African Republic", "CF"), place("Ouaka"),
                place("Bambari"), place("Haute-Kotto")],
        figures=[
            fig("three-month", 3, "month", "duration"),
            fig("28 November 2025", "2025-11-28", None, "date"),
            fig("580-km", 580, "km", "other"),
            fig("36 metres", 36, "metres", "other"),
            fig("40-tonne", 40, "tonne", "other"),
            fig("19 days", 19, "days", "duration"),
            fig("17 November", "--11-17", None, "date"),
            fig("46 trucks", 46, "trucks"),
            fig("1,150 tonnes", 1150, "tonnes", "other"),
            fig("About 212,000 people", 212000, "people", qualifier="About"),
            fig("58%", 58, "%", "percent"),
            fig("25 tonnes", 25, "tonnes", "other"),
            fig("up to 10 trucks", 10, "trucks", qualifier="up to"),
            fig("US$1.8 million", 1800000, "US$", "money", currency="USD"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+23672041566"), phone("+8821677123456")],
        emails=[],
        contacts=[contact("Ingrid Lindqvist", "Logistics Cluster Coordinator", None,
                          ["+23672041566", "+8821677123456"], [])],
        notes="An English operational update on the French site of a (made-up) humanitarian logistics cluster in the "
              "Central African Republic: cookie banner, cluster name, vertical menu with doubled 'Opérations' and "
              "'Réunions', breadcrumb, type/date/reading-time line; share line, 'Documents liés' lines, the "
              "coordination line naming the PAM, copyright (boilerplate; the PAM is only in the chrome). Every ’ of "
              "the body is U+FFFD ('the Cluster�s', 'We�re'): restored as ’ in the clean text (tag 'lost-apostrophe' "
              "only, the page has no œ). English dateline 'BANGUI, 28 November 2025 –' (place as written, 'Bangui' "
              "listed in normal case). Compound adjectives (h104-h119): 'three-month' (title and body: one text; a "
              "duration, unit 'month'), '580-km', '40-tonne'. 'in convoys of up to 10 trucks': qualifier 'up to'. "
              "'for 2026': '2026'. 'by 5 pm': a clock time. 'Ouaka river' and the prefecture 'Ouaka' are one name "
              "(listed once). 'the Cluster' and the title's 'Logistics Cluster' are the same body (no acronym). "
              "'Bailey bridge' is a bridge type. The contact block has a person with an English role, a CAR mobile "
              "(+236) and a Thuraya satellite number (+882 16, valid), and an address obfuscated with '[at]' (kept "
              "as written, not listed).",
    ),
))

# --------------------------------------------------------------------------- h175 Lao French-language weekly: listing of four briefs, double cp1252, U+FFFD for ’ and œ
H175_S3 = ("Les courses de pirogues de la Fête des eaux, prévues le 6 décembre à Savannakhet, sont reportées au "
           "13 décembre en raison de la crue tardive du Mékong. Une trentaine d’équipages, soit près de 1 500 rameurs, "
           "sont attendus. Les organisateurs, qui ont mis tout leur cœur dans cette édition, promettent « le plus beau "
           "festival depuis 2019 ».")
PAGES.append(Page(
    name="h175-messager-vientiane-breves-listing",
    meta={"site": "www.messager-vientiane.example.la", "style": "lao-french-weekly-listing", "listing": True,
          "defects": ["listing", "menu", "ticker", "mojibake-double-cp1252", "lost-apostrophe",
                      "oe-replacement-char", "lost-oe", "read-more", "body-glued", "comments-widget", "postcode-trap"]},
    blocks=[
        B("""Le Messager de Vientiane – L’hebdomadaire francophone du Laos
ພາສາລາວ | Français
À la une | Laos | Économie | Société | Culture | Mékong | Annonces
EN BREF ▸ Le kip recule face au baht ▸ Savannakhet : la Fête des eaux reportée ▸ Luang Prabang : un nouveau pont sur la Nam Khan
Brèves de la semaine"""),
        P("Vientiane : le métro léger reliera l’aéroport au centre d’ici 2029"),
        P("01/12/2025 | 10h15"),
        P("Vientiane, 1er déc. (KPL) – Le gouvernement lao a signé lundi avec un consortium sino-lao l’accord de "
          "concession d’une ligne de métro léger de 14,6 km entre l’aéroport international de Wattay et le centre-ville. "
          "Le projet, d’un coût de 612 millions de dollars, comprendra 11 stations et devrait transporter 40 000 "
          "passagers par jour."),
        B("0 commentaire | Lire la suite"),
        P("Luang Prabang : le cap du million de touristes étrangers franchi"),
        P("30/11/2025 | 16h40"),
        P("Selon le ministère de l’Information, de la Culture et du Tourisme, l’ancienne capitale royale a accueilli "
          "1 024 316 visiteurs étrangers entre janvier et octobre, soit 18 % de plus qu’en 2024. Les Thaïlandais "
          "représentent près du tiers des arrivées, devant les Chinois et les Français.", moji="cp1252x2"),
        B("2 commentaires | Lire la suite"),
        P("Savannakhet : la Fête des eaux reportée d’une semaine", apos="drop"),
        P("29/11/2025 | 08h05"),
        P(fffd(H175_S3, "’œ")),
        B("0 commentaire | Lire la suite"),
        P("Économie : l’inflation ralentit à 7,8 % en novembre", glue=True),
        P("28/11/2025 | 18h30"),
        P("Vientiane, 28 nov. (KPL) – Selon le Bureau lao de la statistique (LSB), les prix à la consommation ont "
          "augmenté de 7,8 % sur un an en novembre, contre 9,1 % en octobre. Le kip s’échangeait vendredi à "
          "21850 kips pour un dollar et à 645 kips pour un baht."),
        B("""5 commentaires | Lire la suite
Toutes les brèves ›
Le Messager de Vientiane – BP 4470 – Vientiane, RDP Lao – Tél. : (856-21) 21 56 78
© 2025 Le Messager de Vientiane – Reproduction interdite sans autorisation"""),
    ],
    gold=dict(
        title="Vientiane : le métro léger reliera l’aéroport au centre d’ici 2029",
        dateline=None,
        organisations=[org(None, "KPL"), org("ministère de l’Information, de la Culture et du Tourisme", None),
                       org("Bureau lao de la statistique", "LSB")],
        places=[place("Vientiane"), place("Luang Prabang"), place("Savannakhet"), place("Mékong")],
        figures=[
            fig("2029", 2029, None, "year"),
            fig("01/12/2025 | 10h15", "2025-12-01", None, "date"),
            fig("1er déc.", "--12-01", None, "date"),
            fig("14,6 km", 14.6, "km", "other"),
            fig("612 millions de dollars", 612000000, "dollars", "money", currency="USD"),
            fig("11 stations", 11, "stations"),
            fig("40 000 passagers", 40000, "passagers"),
            fig("30/11/2025 | 16h40", "2025-11-30", None, "date"),
            fig("1 024 316 visiteurs", 1024316, "visiteurs"),
            fig("18 %", 18, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("près du tiers", 0.3333, None, "other", qualifier="près du"),
            fig("29/11/2025 | 08h05", "2025-11-29", None, "date"),
            fig("le 6 décembre", "--12-06", None, "date"),
            fig("13 décembre", "--12-13", None, "date"),
            fig("Une trentaine d’équipages", 30, "équipages"),
            fig("près de 1 500 rameurs", 1500, "rameurs", qualifier="près de"),
            fig("2019", 2019, None, "year"),
            fig("7,8 %", 7.8, "%", "percent"),
            fig("28/11/2025 | 18h30", "2025-11-28", None, "date"),
            fig("28 nov.", "--11-28", None, "date"),
            fig("9,1 %", 9.1, "%", "percent"),
            fig("21850 kips", 21850, "kips", "money", currency="LAK"),
            fig("645 kips", 645, "kips", "money", currency="LAK"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="News page of a (made-up) French-language weekly in Laos: four unrelated briefs, each with headline and "
              "a 'dd/mm/yyyy | hhhmm' stamp (article text on a listing page; each stamp is one date figure). "
              "Masthead, Lao/French language line, menu, the 'EN BREF ▸' ticker, the listing's own label 'Brèves de "
              "la semaine' (boilerplate, README 'Listing titles'), 'n commentaire(s) | Lire la suite' lines, 'Toutes "
              "les brèves ›', footer with BP box and switchboard, copyright (boilerplate). The second brief's body is "
              "UTF-8 encoded twice and read as cp1252; the third brief's headline lost its ’ ('reportée dune "
              "semaine') and its body shows U+FFFD for every ’ and for the œ ('d�équipages', 'leur c�ur'). The fourth headline is glued to the third brief's "
              "'0 commentaire | Lire la suite' line ('Lire la suiteÉconomie : ...'): that raw line holds article text "
              "and is not boilerplate (README rule). Title: "
              "the first brief's headline; page dateline null; the agency datelines 'Vientiane, 1er déc. (KPL) –' "
              "and 'Vientiane, 28 nov. (KPL) –' give the agency (acronym only) and their dates ('1er déc.', '28 "
              "nov.', abbreviated months without year). 'd’ici 2029': '2029'. 'entre janvier et octobre', 'en "
              "novembre': months alone. 'Une trentaine d’équipages': approximate count (30). 'près du tiers': "
              "fraction with 'près du'. 'le 6 décembre' and 'au 13 décembre' (the 'au' out). 'depuis 2019': '2019'. "
              "'sur un an', 'par jour', 'pour un dollar': not figures. Kips are LAK ('21850 kips': no thousands separator). 'le gouvernement lao' is "
              "generic; 'consortium sino-lao' not named; 'aéroport international de Wattay' is a venue; "
              "'Thaïlandais', 'Chinois', 'Français' are demonyms; the Nam Khan is only in the ticker.",
    ),
))

# --------------------------------------------------------------------------- h176 Mayotte health-workers' union, WordPress: HTML debris, glued headings, lost €, hidden e-mail, comments
PAGES.append(Page(
    name="h176-uspsm-mayotte-preavis-greve-chm",
    meta={"site": "www.uspsm-mayotte.example.yt", "style": "trade-union-wordpress",
          "defects": ["menu", "html-debris", "heading-glued", "lost-euro", "hidden-email", "oe-written-out",
                      "comments-widget"]},
    blocks=[
        B("""USPSM – Union syndicale des personnels de santé de Mayotte
Accueil | Qui sommes-nous | Nos revendications | Communiqués | Adhérer | Contact
Communiqués
Publié le 1 décembre 2025 par secretariat"""),
        P("Préavis de grève au CHM : les soignants réclament 220 postes supplémentaires"),
        P("[[<p><strong>||]]Mamoudzou, le 1er décembre 2025[[</strong></p>||]]"),
        P("[[<p>||]]" + ent("L’Union syndicale des personnels de santé de Mayotte (USPSM) a déposé ce lundi un préavis "
                            "de grève illimitée à compter du lundi 15 décembre 2025 à 7\u00a0h au Centre hospitalier "
                            "de Mayotte (CHM), seul hôpital public du département.", "’\u00a0") + "[[</p>||]]"),
        P("[[<h3>||]]Un hôpital à bout de souffle[[</h3>||]]"),
        P("[[<p>||]]" + ent("Le CHM compte 1\u00a0020 lits et places pour une population estimée à 321\u00a0000 "
                            "habitants, soit 3,2 lits pour 1\u00a0000 habitants, contre 5,7 dans l’Hexagone. En 2025, "
                            "38\u00a0% des postes d’infirmiers y sont restés vacants plus de six mois.", "’\u00a0")
          + "[[</p>||]]", glue=True),
        P("[[<h3>||]]Nos revendications[[</h3>||]]"),
        L("[[<ul><li>||]]" + ent("le recrutement de 220 soignants d’ici juin 2026 ;", "’") + "[[</li>||]]\n"
          "[[<li>||]]" + ent("une prime d’attractivité de 1\u00a0500 [[||€]] par an pour les contractuels ;", "’\u00a0")
          + "[[</li>||]]\n"
          "[[<li>||]]" + ent("le doublement de l’unité de néonatalogie (16 lits aujourd’hui) ;", "’") + "[[</li>||]]\n"
          "[[<li>||]]" + ent("l’ouverture de la maternité de Dzaoudzi, en Petite-Terre.", "’") + "[[</li></ul>||]]",
          glue=True),
        P("[[<p>||]]" + ent("« Nous ne faisons pas grève contre les patients, mais pour eux : nous oeuvrons chaque jour "
                            "à leur chevet », insiste le secrétaire général, Anli Soilihi.", "’«»") + "[[</p>||]]"),
        L("""[[<p><strong>Contacts presse</strong><br />||Contacts presse]]
Anli Soilihi, secrétaire général : 06 39 21 45 78[[<br />||]]
Faïza Attoumani, secrétariat : 02 69 61 12 30 – [email protected][[<br />||]]
Écrivez-nous : [[<a href="mailto:uspsm.mayotte@uspsm-mayotte.example.yt">uspsm.mayotte@uspsm-mayotte.example.yt</a></p>||uspsm.mayotte@uspsm-mayotte.example.yt]]"""),
        B("""Partager : Facebook | WhatsApp | Imprimer
2 réponses à « Préavis de grève au CHM : les soignants réclament 220 postes supplémentaires »
Mariama B. dit :
2 décembre 2025 à 8 h 12
Courage à vous, on est avec vous !
Répondre
Saïd A. dit :
2 décembre 2025 à 10 h 47
Et les urgences de Dzaoudzi, elles rouvrent quand ?
Répondre
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Commentaire *
Nom *
E-mail *
Laisser un commentaire
© 2025 USPSM – Fièrement propulsé par WordPress"""),
    ],
    gold=dict(
        title="Préavis de grève au CHM : les soignants réclament 220 postes supplémentaires",
        dateline=dl("Mamoudzou", "2025-12-01"),
        organisations=[org("Centre hospitalier de Mayotte", "CHM"),
                       org("Union syndicale des personnels de santé de Mayotte", "USPSM")],
        places=[place("Mamoudzou"), place("Dzaoudzi"), place("Petite-Terre")],
        figures=[
            fig("220 postes", 220, "postes"),
            fig("1er décembre 2025", "2025-12-01", None, "date"),
            fig("lundi 15 décembre 2025 à 7\u00a0h", "2025-12-15", None, "date"),
            fig("1\u00a0020 lits", 1020, "lits"),
            fig("321\u00a0000 habitants", 321000, "habitants"),
            fig("3,2 lits", 3.2, "lits"),
            fig("1\u00a0000 habitants", 1000, "habitants"),
            fig("5,7", 5.7, None),
            fig("En 2025", 2025, None, "year"),
            fig("38\u00a0%", 38, "%", "percent"),
            fig("plus de six mois", 6, "mois", "duration", qualifier="plus de"),
            fig("220 soignants", 220, "soignants"),
            fig("juin 2026", 2026, None, "year"),
            fig("1\u00a0500 €", 1500, "€", "money", currency="EUR"),
            fig("16 lits", 16, "lits"),
        ],
        phones=[phone("+262639214578"), phone("+262269611230")],
        emails=["uspsm.mayotte@uspsm-mayotte.example.yt"],
        hidden_emails=1,
        contacts=[contact("Anli Soilihi", "secrétaire général", None, ["+262639214578"], []),
                  contact("Faïza Attoumani", "secrétariat", None, ["+262269611230"], []),
                  contact(None, None, None, [], ["uspsm.mayotte@uspsm-mayotte.example.yt"])],
        notes="WordPress site of a (made-up) health-workers' union in Mayotte: union name, menu, category line, "
              "'Publié le ... par' line; share line, a comment thread ('2 réponses à « ... »', 'X dit :', time "
              "stamps, 'Répondre') and the empty comment form, WordPress footer (boilerplate). HTML debris: <p>, "
              "<strong>, <h3>, <ul><li>, '&#8217;', '&nbsp;', '&laquo;'/'&raquo;', a full mailto link. The two "
              "<h3> headings are glued to what follows ('souffle</h3><p>Le CHM', 'revendications</h3><ul><li>le "
              "recrutement'). 'oeuvrons' in the quote is kept (valid spelling). The € of the bonus is lost ('1&nbsp;500  par an'); the '&nbsp;' before it comes back as "
              "U+00A0 and the figure text is '1\u00a0500 €'. The place-and-date line inside <strong> on its own line "
              "is the dateline. 'à compter du lundi 15 décembre 2025 à 7 h': one date figure, 'à compter du' out. "
              "'3,2 lits pour 1 000 habitants, contre 5,7': '3,2 lits', '1 000 habitants', '5,7' (a rate without "
              "noun, unit null). '220 postes' (title) and '220 soignants' (list) are two texts. 'd’ici juin 2026': "
              "month-year. 'par an', 'aujourd’hui': not figures. The 'Centre hospitalier de Mayotte (CHM)' acts as "
              "the employer with its acronym: listed as an organisation (decided; the README's hospital-site rule is "
              "for a venue). 'l’Hexagone' (mainland France) is generic, as in h150. 'Mayotte' is only "
              "inside the two organisations' names (not listed); 'département' generic. Contacts: two people with "
              "role and phone (Mayotte mobile 06 39, landline 02 69: +262), the second with a hidden e-mail; an "
              "'Écrivez-nous :' line with the mailto address (an office line without person or organisation).",
    ),
))

# --------------------------------------------------------------------------- h177 Malagasy constitutional court: PDF text, unaccented capital title over two lines, hyphenation, ligatures
H177_W = 88
H177 = [
    "Par décision n° 07-HCC/D3 du 27 novembre 2025, la Haute Cour constitutionnelle (HCC) a proclamé les résultats "
    "définitifs de l’élection législative partielle organisée le 26 octobre 2025 dans la circonscription de "
    "Toamasina I, à la suite du [[de\u0301\u0301cès||décès]] du député élu en 2024.",
    "Sur 187 412 électeurs inscrits, 61 935 ont voté, soit un taux de participation de 33,05 %. Après examen de "
    "14 requêtes, la Cour a annulé les opérations de vote dans 6 bureaux sur 412, où le nombre de bulletins "
    "dépassait celui des émargements.",
    "Le candidat Hery Andrianasolo (FMM) est déclaré élu avec 31 204 voix, soit 52,38 % des suffrages exprimés, "
    "devant Fara Rakotomalala, candidate indépendante, qui obtient 28 372 voix (47,62 %).",
    "Conformément à l’article 118 de la Constitution, les décisions de la Haute Cour constitutionnelle ne sont "
    "susceptibles d’aucun recours. Le député élu siégera dès l’ouverture de la session extraordinaire de "
    "l’Assemblée nationale, convoquée du 8 au 19 décembre 2025.",
    "Le coût du scrutin partiel s’élève à 1,9 milliard d’ariary, pris en charge par la Commission électorale "
    "nationale indépendante (CENI).",
]
PAGES.append(Page(
    name="h177-hcc-madagascar-legislative-partielle-toamasina-pdf",
    meta={"site": "www.hcc-madagascar.example.mg", "style": "constitutional-court-pdf",
          "defects": ["stray-unicode-cjk", "page-furniture", "unaccented-capitals", "hard-wrap", "pdf-hyphenation",
                      "stray-unicode-ligature", "double-combining-accent", "stripped-accents", "obfuscated-email"]},
    blocks=[
        B("""縺ｮ繧ｳ繝ｼ繝峨ｯ
REPOBLIKAN'I MADAGASIKARA
Fitiavana – Tanindrazana – Fandrosoana
HAUTE COUR CONSTITUTIONNELLE
Secrétariat général
COMMUNIQUE"""),
        X("ELECTIONS LEGISLATIVES PARTIELLES DU 26 OCTOBRE 2025 DANS LA CIRCONSCRIPTION\n"
          "DE TOAMASINA I : PROCLAMATION DES RESULTATS DEFINITIFS",
          "ÉLECTIONS LÉGISLATIVES PARTIELLES DU 26 OCTOBRE 2025 DANS LA CIRCONSCRIPTION DE TOAMASINA I : "
          "PROCLAMATION DES RÉSULTATS DÉFINITIFS"),
        X(" " * 58 + "Antananarivo, le 28 novembre 2025", "Antananarivo, le 28 novembre 2025"),
        P(pdfwrap(H177[0], H177_W), nowrap=True, lig=True),
        P(pdfwrap(H177[1], H177_W), nowrap=True, lig=True),
        B("HCC – Communiqué n° 041/HCC/SG/COM/25" + " " * 40 + "Page 1 sur 2"),
        P(pdfwrap(H177[2], H177_W), nowrap=True, lig=True),
        P(pdfwrap(H177[3], H177_W), nowrap=True, lig=True),
        P(pdfwrap(H177[4], H177_W), nowrap=True, lig=True, strip=True),
        L("Service de la communication de la HCC – Tél. : 020 22 645 18 – communication (arobase) "
          "hcc-madagascar.example.mg"),
        B("HCC – Communiqué n° 041/HCC/SG/COM/25" + " " * 40 + "Page 2 sur 2"),
    ],
    gold=dict(
        title="ÉLECTIONS LÉGISLATIVES PARTIELLES DU 26 OCTOBRE 2025 DANS LA CIRCONSCRIPTION DE TOAMASINA I : "
              "PROCLAMATION DES RÉSULTATS DÉFINITIFS",
        dateline=dl("Antananarivo", "2025-11-28"),
        organisations=[org("Haute Cour constitutionnelle", "HCC"), org(None, "FMM"),
                       org("Assemblée nationale", None),
                       org("Commission électorale nationale indépendante", "CENI")],
        places=[place("Toamasina I"), place("Antananarivo")],
        figures=[
            fig("26 OCTOBRE 2025", "2025-10-26", None, "date"),
            fig("le 28 novembre 2025", "2025-11-28", None, "date"),
            fig("le 26 octobre 2025", "2025-10-26", None, "date"),
            fig("en 2024", 2024, None, "year"),
            fig("187 412 électeurs", 187412, "électeurs"),
            fig("61 935", 61935, None),
            fig("33,05 %", 33.05, "%", "percent"),
            fig("14 requêtes", 14, "requêtes"),
            fig("6 bureaux", 6, "bureaux"),
            fig("412", 412, None),
            fig("31 204 voix", 31204, "voix"),
            fig("52,38 %", 52.38, "%", "percent"),
            fig("28 372 voix", 28372, "voix"),
            fig("47,62 %", 47.62, "%", "percent"),
            fig("8", "2025-12-08", None, "date"),
            fig("19 décembre 2025", "2025-12-19", None, "date"),
            fig("1,9 milliard d’ariary", 1900000000, "ariary", "money", currency="MGA"),
        ],
        phones=[phone("+261202264518")],
        emails=[],
        contacts=[contact(None, None, "Service de la communication de la HCC", ["+261202264518"], [])],
        notes="Text layer of a (made-up) communiqué of Madagascar's constitutional court (PDF without CMS title). "
              "Boilerplate: a junk line of CJK characters at the top (extractor garbage, tag 'stray-unicode-cjk'), the letterhead (state name in Malagasy, motto, court name, service, the document label "
              "'COMMUNIQUE' without accent, h152-h167 rule) and the running footer with the release number and "
              "'Page n sur 2'. The title is printed in capitals without accents over two lines: one clean line "
              "with its accents back (h88-h103). The right-aligned place-and-date line under it is the dateline. "
              "The body is PDF text: hard line ends joined, hyphenated line ends ('résul-' + newline + 'tats') "
              "joined, fi/fl ligatures (U+FB01, U+FB02) expanded, a doubled combining accent ('de\u0301\u0301cès') made one "
              "'é'; the last paragraph was typed without accents ('Le cout du scrutin ... s’eleve a ...'): accents "
              "restored in the clean text (tag 'stripped-accents'). The capital title's date '26 OCTOBRE 2025' and "
              "the body's 'le 26 octobre 2025' are two texts. The decision's own reference and date ('décision n° "
              "07-HCC/D3 du 27 novembre 2025') and 'l’article 118 de la Constitution' are legal references, not "
              "figures (h136-h151, h152-h167). 'du député élu en 2024': 'en 2024'. '61 935 ont voté', 'dans 6 "
              "bureaux sur 412': counts without noun. 'du 8 au 19 décembre 2025': range of dates. '1,9 milliard "
              "d’ariary': MGA, unit 'ariary'. The party 'FMM' is written only as an acronym (long form null). 'la "
              "Constitution' is not an organisation; 'la Cour' is the HCC. 'Toamasina I' is an electoral district "
              "(listed as written, iso null). The contact line is an office (the court's communication service, "
              "kept as written) with a Malagasy landline without country code (+261) and an address obfuscated "
              "with '(arobase)' (kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h178 Comorian sports ministry, social-network post: œ/æ as '?', ’ as '?', unaccented capitals, emoji, comments
PAGES.append(Page(
    name="h178-mjs-comores-can-u17-coelacanthes-post",
    meta={"site": "social-reseau.example.com", "style": "social-network-post",
          "defects": ["oe-question-mark", "lost-apostrophe", "unaccented-capitals", "case-damage", "votes-widget",
                      "share-lines",
                      "comments-widget"]},
    blocks=[
        B("""Ministère de la Jeunesse et des Sports – Union des Comores
30 novembre, 18:42 · 🌍"""),
        P("CAN U17 : LES C[[?||Œ]]LACANTHES [[QUALIFIES||QUALIFIÉS]] POUR LA PHASE FINALE ! 🇰🇲"),
        P("Moroni, 30 novembre 2025 – Les Cœlacanthes U17 se sont qualifiés samedi pour la phase finale de la Coupe "
          "d’Afrique des nations U17 en battant Madagascar 2 buts à 1 au stade Said-Mohamed-Cheikh de Mitsamiouli, "
          "devant près de 9 000 spectateurs.", apos="?", oe="?"),
        P("Les deux buts comoriens ont été inscrits par Nassim Ahamada (34e) et Ibrahim Saïd (71e). C’est la première "
          "fois depuis 2019 qu’une sélection de jeunes des Comores atteint ce stade de la compétition.", apos="?"),
        L("""✅ 3 victoires et 1 nul en 4 matchs de qualification
✅ 9 buts marqués, 2 encaissés
✅ 1ers ex [[?||æ]]quo du groupe B avec l’Ouganda""", apos="?"),
        P("Le ministère de la Jeunesse et des Sports et la [[fÉdÉration comorienne de football||Fédération comorienne "
          "de football]] (FFC) ont annoncé une "
          "prime de 500.000 francs comoriens pour chacun des 23 joueurs, ainsi qu’une enveloppe de 25 millions KMF "
          "pour la préparation. La phase finale se jouera du 12 au 28 février 2026 en Tanzanie.", apos="?"),
        P("Bravo à nos jeunes Cœlacanthes ! Rendez-vous en Tanzanie 💪🇰🇲", oe="?"),
        L("📞 Renseignements presse : Cellule communication du MJS – 333 45 12 / 773 18 40"),
        B("""#Comores #CANU17 #FierDeNosCoelacanthes
Voir la traduction
👍❤️😮 2,4 k
318 commentaires · 96 partages
J’aime
Commenter
Partager
Plus pertinents ▾
Soilihi Mze
Fiers de vous les petits ! 🇰🇲🇰🇲
1 j · J’aime · Répondre · 14
Hadidja Ali Mdahoma
Et les filles, quand est-ce qu’on les soutient comme ça ?
22 h · J’aime · Répondre
Voir plus de commentaires
Écrire un commentaire…"""),
    ],
    gold=dict(
        title="CAN U17 : LES CŒLACANTHES QUALIFIÉS POUR LA PHASE FINALE ! 🇰🇲",
        dateline=dl("Moroni", "2025-11-30"),
        organisations=[org("ministère de la Jeunesse et des Sports", None),
                       org("Fédération comorienne de football", "FFC")],
        places=[place("Moroni"), place("Madagascar", "MG"), place("Mitsamiouli"), place("Comores", "KM"),
                place("Ouganda", "UG"), place("Tanzanie", "TZ")],
        figures=[
            fig("30 novembre 2025", "2025-11-30", None, "date"),
            fig("2 buts", 2, "buts"),
            fig("1", 1, None),
            fig("près de 9 000 spectateurs", 9000, "spectateurs", qualifier="près de"),
            fig("deux buts", 2, "buts"),
            fig("34e", 34, None, "ordinal"),
            fig("71e", 71, None, "ordinal"),
            fig("2019", 2019, None, "year"),
            fig("3 victoires", 3, "victoires"),
            fig("1 nul", 1, "nul"),
            fig("4 matchs", 4, "matchs"),
            fig("9 buts", 9, "buts"),
            fig("2", 2, None),
            fig("1ers", 1, None, "ordinal"),
            fig("500.000 francs comoriens", 500000, "francs comoriens", "money", currency="KMF"),
            fig("23 joueurs", 23, "joueurs"),
            fig("25 millions KMF", 25000000, "KMF", "money", currency="KMF"),
            fig("12", "2026-02-12", None, "date"),
            fig("28 février 2026", "2026-02-28", None, "date"),
        ],
        phones=[phone("+2693334512"), phone("+2697731840")],
        emails=[],
        contacts=[contact(None, None, "Cellule communication du MJS", ["+2693334512", "+2697731840"], [])],
        notes="A post of the (made-up) Comorian youth and sports ministry's page on a social network, as scraped: "
              "page name and time line above the post; hashtag line, 'Voir la traduction', reaction counter ('2,4 "
              "k', tag 'votes-widget'), comment and share counts, the 'J’aime / Commenter / Partager' bar, the sort "
              "label, two comments with their time and like lines, 'Voir plus de commentaires' and the empty "
              "comment field (boilerplate). The post has no separate title: its first line (capitals, exclamation "
              "mark, a flag emoji) is the title (decided). Emoji are part of the post's text and stay in the clean "
              "text as written (the flag 🇰🇲, ✅ list marks, 💪, 📞; decided); they are not figures. Damage: the "
              "capital title lost its accents ('QUALIFIES') and its Œ ('C?LACANTHES'); in the body every ’ is '?' "
              "('d?Afrique', 'C?est', 'l?Ouganda') and the œ of 'Cœlacanthes' too; the æ of 'ex æquo' is '?'; the federation's name was pasted after an ASCII-only "
              "lower-casing ('fÉdÉration comorienne de football', tag 'case-damage'): usual form in the clean text. The "
              "hashtag '#FierDeNosCoelacanthes' (boilerplate) writes 'oe'. Dateline 'Moroni, 30 novembre 2025 –'. "
              "'2 buts à 1': '2 buts' and '1' (without noun); 'Les deux buts' is another text; '9 buts marqués, 2 "
              "encaissés': '9 buts' and '2' (unit null: a participle, not a noun). '(34e)', '(71e)': minutes of the "
              "goals written as ordinals (kind ordinal). '1ers ex æquo': ordinal, value 1. 'U17' (an age category "
              "in a name) and 'groupe B' are not figures. 'la première fois': ordinal word. '500.000 francs comoriens': thousands "
              "grouped by dots. '25 millions KMF': the code after the number as unit. 'du 12 au 28 février 2026': range of dates. The ministry acts with the "
              "federation (listed, as a funder, h152-h167); the MJS acronym is only in the contact's office label "
              "(not the organisation's acronym as written in the article). 'Coupe d’Afrique des nations U17' is a "
              "competition; 'Cœlacanthes' the national team's nickname (not organisations); 'stade "
              "Said-Mohamed-Cheikh' a venue (its town Mitsamiouli listed). The contact line (📞 label) is an office "
              "with two Comorian numbers without country code (+269), a landline and a mobile joined by '/'.",
    ),
))

# --------------------------------------------------------------------------- h179 prefecture release in a mailing-list archive: e-mail hard wraps, split number, lost €, lost dashes
PAGES.append(Page(
    name="h179-prefecture-moselle-pont-sarreguemines-liste",
    meta={"site": "listes.prefecture-moselle.example.fr", "style": "prefecture-mailing-list-archive",
          "defects": ["mail-archive", "page-furniture", "hard-wrap", "wrapped-number", "lost-euro", "lost-dash", "double-space"]},
    wrap=72, jitter=4,
    blocks=[
        B("""[presse-moselle] Sarreguemines : fermeture nocturne du pont frontalier de la Sarre
Date précédente | Date suivante | Fil précédent | Fil suivant
Index chronologique | Index des fils
De : Préfecture de la Moselle - BCI <pref-communication@moselle.example.gouv.fr>
Date : mar. 2 déc. 2025 11:04:37 +0100
À : presse-moselle@listes.prefecture-moselle.example.fr
Objet : [CP] Sarreguemines : fermeture nocturne du pont frontalier de la Sarre
PRÉFET
DE LA MOSELLE
Liberté
Égalité
Fraternité
COMMUNIQUÉ DE PRESSE"""),
        P("Sarreguemines : le pont frontalier de la Sarre fermé la nuit du 8 au 19 décembre", nowrap=True),
        P("Metz, le 2 décembre 2025", nowrap=True),
        P("Le préfet de la Moselle informe les usagers que le pont frontalier qui relie Sarreguemines à Hanweiler "
          "(Sarre, Allemagne) sera fermé à la circulation chaque nuit de 21 h à 5 h, du lundi 8 au vendredi "
          "19 décembre 2025, pour des travaux de réfection de l’étanchéité et des joints de chaussée."),
        P("Le chantier, d’un montant de 1,4 M€, est cofinancé à parts égales par⏎l’État et le Land de Sarre dans le "
          "cadre du programme Interreg VI A⏎Grande Région. Selon les comptages routiers réalisés en 2024, environ 9⏎"
          "300 véhicules, dont 1 100 poids lourds, empruntent chaque jour le pont,⏎géré par la direction "
          "interdépartementale des routes Est (DIR Est).", noeuro="", nowrap=True),
        P("Pendant les fermetures, une déviation est mise en place par le pont de Welferding – soit un détour de "
          "7 kilomètres – et la ligne de bus transfrontalière MS est maintenue.", nodash=""),
        P("Les services de secours pourront franchir le pont à tout moment. Les travaux de jour, prévus au printemps "
          "2026, feront l’objet d’un communiqué ultérieur."),
        L("""Contacts presse :
Préfecture de la Moselle – Bureau de la communication interministérielle
Tél. : 03 87 34 87 60 – pref-communication@moselle.example.gouv.fr
Pour la partie allemande : Regionalverband Saarbrücken – +49 681 506-1230"""),
        B("""-- 
Préfecture de la Moselle
9, place de la Préfecture – BP 71014 – 57034 Metz Cedex 1
www.moselle.example.gouv.fr
_______________________________________________
presse-moselle mailing list
presse-moselle@listes.prefecture-moselle.example.fr
Désabonnement : https://listes.prefecture-moselle.example.fr/sympa/signoff/presse-moselle
Date précédente | Date suivante | Fil précédent | Fil suivant"""),
    ],
    gold=dict(
        title="Sarreguemines : le pont frontalier de la Sarre fermé la nuit du 8 au 19 décembre",
        dateline=dl("Metz", "2025-12-02"),
        organisations=[org("Land de Sarre", None), org("direction interdépartementale des routes Est", "DIR Est"),
                       org("Préfecture de la Moselle", None), org("Regionalverband Saarbrücken", None)],
        places=[place("Sarreguemines"), place("Sarre"), place("Metz"), place("Hanweiler"),
                place("Allemagne", "DE"), place("Welferding")],
        figures=[
            fig("8", "--12-08", None, "date"),
            fig("19 décembre", "--12-19", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("lundi 8", "2025-12-08", None, "date"),
            fig("vendredi 19 décembre 2025", "2025-12-19", None, "date"),
            fig("1,4 M€", 1400000, "M€", "money", currency="EUR"),
            fig("en 2024", 2024, None, "year"),
            fig("environ 9 300 véhicules", 9300, "véhicules", qualifier="environ"),
            fig("1 100 poids lourds", 1100, "poids lourds"),
            fig("7 kilomètres", 7, "kilomètres", "other"),
            fig("2026", 2026, None, "year"),
        ],
        phones=[phone("+33387348760"), phone("+496815061230")],
        emails=["pref-communication@moselle.example.gouv.fr"],
        contacts=[contact(None, None, "Préfecture de la Moselle – Bureau de la communication interministérielle",
                          ["+33387348760"], ["pref-communication@moselle.example.gouv.fr"]),
                  contact(None, None, "Regionalverband Saarbrücken", ["+496815061230"], [])],
        notes="A prefecture's release as archived by a mailing-list server (new shape, new tag 'mail-archive'): the "
              "archive's subject line and navigation lines, the message headers (From with the sender's address, "
              "Date, To, Subject with '[CP]'), the prefect's letterhead block (PRÉFET / DE LA MOSELLE / motto) and "
              "the document label 'COMMUNIQUÉ DE PRESSE' (no CMS title: letterhead, h56-h71/h152-h167), the "
              "signature delimiter '-- ' with the prefecture's address, BP and Cedex postcode, and the list footer "
              "with the unsubscribe link: all boilerplate. The e-mail body is hard-wrapped at about 72 characters "
              "(joined in the clean text; the wrap splits 'environ 9' / '300 véhicules', one figure); the subject line is not the title (the body's own title line is). The € "
              "of '1,4 M€' is lost ('1,4 M,'); the en dashes of the inserted clause are lost (double spaces). The "
              "header address is boilerplate; the same address in the contact block is listed. Dateline 'Metz, le 2 "
              "décembre 2025' on its own line. Title 'du 8 au 19 décembre': '8' (--12-08) and '19 décembre'; body "
              "'du lundi 8 au vendredi 19 décembre 2025': 'lundi 8' (the weekday kept, year of the second bound) "
              "and 'vendredi 19 décembre 2025'. 'chaque nuit de 21 h à 5 h': clock times. 'les comptages routiers réalisés en 2024': 'en 2024'; "
              "'chaque jour': not a figure. '1 100 poids lourds': "
              "compound noun as unit (h72-h87). 'au printemps 2026': '2026'. 'programme Interreg VI A Grande Région' "
              "and 'ligne de bus transfrontalière MS' are names. 'Land de Sarre' is a German state's government "
              "cofinancing (an executive named as a body: organisation); 'Sarre' also stands alone (place). "
              "'Préfecture de la Moselle' is named as the contact's body (listed, h56-h71 rule for a body named in "
              "a contact; the body text has only the role 'Le préfet de la Moselle', so 'Moselle' is not listed as "
              "a place). 'Regionalverband Saarbrücken' (the German district association) is the second contact's "
              "body, listed; 'Saarbrücken' only inside its name. 'Pour la partie allemande :' is a label. Phones: "
              "a French landline without country code (+33) and a German number with a direct-dial suffix "
              "('506-1230').",
    ),
))

# --------------------------------------------------------------------------- h180 Franco-Indian research institute: PDF in an online viewer, hyphenation, ligatures, U+2010, lakh grouping
H180_W = 82
H180 = [
    "L’Institut [[franco‐indien||franco-indien]] de recherche sur les écosystèmes côtiers (IFIREC) et le département "
    "des Forêts du territoire de Puducherry ont achevé la troisième campagne de replantation de mangroves dans les "
    "estuaires de l’Ariyankuppam et du Chunnambar, sur la côte de Coromandel, dans le sud de l’Inde. Au total, 120 "
    "hectares ont été replantés depuis 2023, soit 4,80,000 plants de six espèces locales selon le décompte du "
    "département.",
    "Le taux de survie des plants atteint 78 %, contre 55 % lors de la première campagne. Selon les relevés de "
    "l’Institut le long des 30 kilomètres de côte de Puducherry, la densité de crabes et de poissons juvéniles a été "
    "multipliée par 2,6 dans les parcelles restaurées.",
    "Le programme, doté de 3,2 crores de roupies (environ 330 000 euros) sur quatre ans, est financé par l’Agence "
    "française de développement (AFD) et par le ministère indien de l’Environnement, des Forêts et du Changement "
    "climatique (MoEFCC).",
    "« Une mangrove restaurée protège mieux les villages de pêcheurs contre les cyclones qu’une digue de béton, et "
    "elle coûte [[dıx||dix]] fois moins cher », souligne la directrice de l’IFIREC, Anne-Laure Ramanathan.",
    "Une quatrième campagne, prévue pendant la mousson de 2026, associera 14 villages de pêcheurs et 350 femmes des "
    "groupes d’entraide.",
]
PAGES.append(Page(
    name="h180-ifirec-pondichery-mangroves-viewer",
    meta={"site": "docs.ifirec.example.in", "style": "pdf-online-viewer",
          "defects": ["pdf-chrome", "page-furniture", "hard-wrap", "pdf-hyphenation", "stray-unicode-ligature",
                      "stray-unicode-hyphen", "dotless-i", "postcode-trap"]},
    blocks=[
        B("""IFIREC_CP_mangroves_nov2025.pdf
Ouvrir avec ▾ | Télécharger | Imprimer | ⋮
Page 1 / 2
INSTITUT FRANCO-INDIEN DE RECHERCHE SUR LES ECOSYSTEMES COTIERS
11, rue Saint-Louis – Pondichéry 605 001 – Inde
Communiqué de presse"""),
        P("Mangroves de Pondichéry : 120 hectares replantés en trois ans", nowrap=True),
        P("Pondichéry, le 26 novembre 2025", nowrap=True),
        P(pdfwrap(H180[0], H180_W), nowrap=True, lig=True),
        P(pdfwrap(H180[1], H180_W), nowrap=True, lig=True),
        P(pdfwrap(H180[2], H180_W), nowrap=True, lig=True),
        B("IFIREC – Communiqué de presse – novembre 2025" + " " * 30 + "1\nPage 2 / 2"),
        P(pdfwrap(H180[3], H180_W), nowrap=True, lig=True),
        P(pdfwrap(H180[4], H180_W), nowrap=True, lig=True),
        L("""Contact presse : Dr Lakshmi Narayanan – +91 413 223 1456 – l.narayanan@ifirec.example.in
Bureau de Paris : +33 1 53 24 71 90"""),
        B("IFIREC – Communiqué de presse – novembre 2025" + " " * 30 + "2\nZoom – 100 % +\n"
          "Vous avez atteint la fin du document"),
    ],
    gold=dict(
        title="Mangroves de Pondichéry : 120 hectares replantés en trois ans",
        dateline=dl("Pondichéry", "2025-11-26"),
        organisations=[org("Institut franco-indien de recherche sur les écosystèmes côtiers", "IFIREC"),
                       org("département des Forêts du territoire de Puducherry", None),
                       org("Agence française de développement", "AFD"),
                       org("ministère indien de l’Environnement, des Forêts et du Changement climatique", "MoEFCC")],
        places=[place("Pondichéry"), place("Ariyankuppam"), place("Chunnambar"), place("Coromandel"),
                place("Inde", "IN"), place("Puducherry"), place("Paris")],
        figures=[
            fig("120 hectares", 120, "hectares", "other"),
            fig("trois ans", 3, "ans", "duration"),
            fig("le 26 novembre 2025", "2025-11-26", None, "date"),
            fig("2023", 2023, None, "year"),
            fig("4,80,000 plants", 480000, "plants"),
            fig("six espèces", 6, "espèces"),
            fig("78 %", 78, "%", "percent"),
            fig("55 %", 55, "%", "percent"),
            fig("30 kilomètres", 30, "kilomètres", "other"),
            fig("2,6", 2.6, None, "other"),
            fig("3,2 crores de roupies", 32000000, "roupies", "money", currency="INR"),
            fig("environ 330 000 euros", 330000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("dix fois", 10, "fois", "other"),
            fig("2026", 2026, None, "year"),
            fig("14 villages", 14, "villages"),
            fig("350 femmes", 350, "femmes"),
        ],
        phones=[phone("+914132231456"), phone("+33153247190")],
        emails=["l.narayanan@ifirec.example.in"],
        contacts=[contact("Lakshmi Narayanan", None, None, ["+914132231456"], ["l.narayanan@ifirec.example.in"]),
                  contact(None, None, "Bureau de Paris", ["+33153247190"], [])],
        notes="A (made-up) Franco-Indian research institute's press release (PDF) as shown by an online document "
              "viewer: file name, viewer toolbar, 'Page n / 2' and zoom lines, end-of-document line (viewer chrome, "
              "tag 'pdf-chrome'); the PDF's letterhead (institute name without accents, address with the Indian "
              "PIN code '605 001', the label 'Communiqué de presse') and running footer with page number "
              "(boilerplate; PDF without CMS title). Body: PDF line ends joined, hyphenated line ends joined, fi/fl "
              "ligatures expanded, a U+2010 hyphen in 'franco‐indien' becomes '-', a dotless 'ı' in 'dıx' "
              "becomes 'i'. Dateline 'Pondichéry, le 26 "
              "novembre 2025' on its own line. New figure shape: Indian digit grouping (lakh) '4,80,000 plants' = "
              "480 000 (decided: value as meant, text as written); '3,2 crores de roupies' = 32 000 000 rupees "
              "(a crore is ten million; the scale word is part of the text like 'millions', unit 'roupies', INR; "
              "decided). 'multipliée par 2,6': a ratio without unit (kind other, unit null); 'dix fois moins cher': "
              "a ratio 'dix fois' (unit 'fois', h88-h103). 'depuis 2023': '2023'; 'la mousson de 2026': '2026'. "
              "'troisième', 'première', 'quatrième campagne': ordinal words. 'trois ans' (title) and 'quatre ans' "
              "(body) are durations. The city is written 'Pondichéry' (French) and 'Puducherry' (official name, "
              "standing alone in 'de côte de Puducherry'): two places (README: the same city under two names is "
              "listed twice); the territory's forest department is an organisation under its full name as written. "
              "'Ariyankuppam', 'Chunnambar' (estuaries/rivers) and 'Coromandel' (the coast) are places. The "
              "contact line gives a person ('Dr' left out, h152-h167) with an Indian landline (+91 413) and an "
              "e-mail; the 'Bureau de Paris :' line is a second contact, an office (Paris listed as the city of an "
              "office label).",
    ),
))

# --------------------------------------------------------------------------- h181 Ivorian town hall, old CMS: hard wraps with a split number, ’ dropped, cp1250 paragraph, half-repaired word, glued sentence
PAGES.append(Page(
    name="h181-mairie-grand-bassam-quartier-france-rehabilitation",
    meta={"site": "www.mairie-grandbassam.example.ci", "style": "town-hall-old-cms",
          "defects": ["menu", "ticker", "breadcrumb", "hard-wrap", "wrapped-number", "lost-apostrophe",
                      "mojibake-cp1250", "body-glued", "postcode-trap"]},
    wrap=70, jitter=8,
    blocks=[
        B("""Mairie de Grand-Bassam – Ville historique, patrimoine mondial
FLASH INFO : Salubrité : opération « Bassam propre » ce samedi dès 7 h ••• Recrutement de 40 agents de police municipale ••• Fête de l’Abissa : le programme complet
Accueil | La Mairie | La Mairie | Conseil municipal | Services | Tourisme | Tourisme | Actualités | Contacts
Vous êtes ici : Accueil > Actualités > Patrimoine
Écrit par Service communication | Publication : 27 novembre 2025 | Affichages : 1284"""),
        P("Quartier France : la réhabilitation de 42 maisons coloniales lancée pour 3,6 milliards de FCFA", nowrap=True),
        P("Grand-Bassam, 27 novembre 2025 (AIP) - Le maire de Grand-Bassam a lancé jeudi les travaux de réhabilitation "
          "de 42 maisons coloniales du quartier France, inscrit depuis 2012 sur la Liste du patrimoine mondial de "
          "l’UNESCO, a constaté l’Agence ivoirienne de presse (AIP).", apos="drop"),
        P("Le programme, d’un coût de 3,6 milliards de francs CFA, est financé par l’État de Côte d’Ivoire, la Banque "
          "mondiale et la commune. Il prévoit aussi la réfection de 6,5 kilomètres de voirie et l’éclairage du front de "
          "lagune.", moji="cp1250"),
        P("Selon la direction technique de la mairie, 17 des 42 bâtiments⏎menaçaient ruine. Les travaux dureront 30 "
          "mois et mobiliseront quelque 1⏎200 ouvriers, dont une majorité de jeunes de la commune.[[||\n]]Les⏎"
          "propriétaires privés pourront bénéficier d’une subvention couvrant⏎jusqu’à 60 pour cent du coût des façades.",
          apos="drop", nowrap=True),
        P("« Bassam doit redevenir la vitrine de notre histoire commune », a déclaré le maire, Gervais Koffi "
          "N’Guessan, devant les représentants de la [[communautĂ©||communauté]] des chefs traditionnels N’zima.",
          apos="drop"),
        L("""Service communication de la Mairie – Tél. : 27 21 30 45 12 / 07 07 58 36 21 – Fax : 21 30 45 19
communication@mairie-grandbassam.example.ci"""),
        B("""Tags : patrimoine, quartier France, UNESCO
< Précédent | Suivant >
Mairie de Grand-Bassam – BP 145 Grand-Bassam – Tél. : 27 21 30 45 00
Visiteurs : 248 731 | En ligne : 12
© 2025 Mairie de Grand-Bassam – Tous droits réservés"""),
    ],
    gold=dict(
        title="Quartier France : la réhabilitation de 42 maisons coloniales lancée pour 3,6 milliards de FCFA",
        dateline=dl("Grand-Bassam", "2025-11-27"),
        organisations=[org("Agence ivoirienne de presse", "AIP"),
                       org(None, "UNESCO"), org("Banque mondiale", None)],
        places=[place("quartier France"), place("Grand-Bassam"), place("Côte d’Ivoire", "CI")],
        figures=[
            fig("42 maisons", 42, "maisons"),
            fig("3,6 milliards de FCFA", 3600000000, "FCFA", "money", currency="XOF"),
            fig("27 novembre 2025", "2025-11-27", None, "date"),
            fig("2012", 2012, None, "year"),
            fig("3,6 milliards de francs CFA", 3600000000, "francs CFA", "money", currency="XOF"),
            fig("6,5 kilomètres", 6.5, "kilomètres", "other"),
            fig("17", 17, None),
            fig("42 bâtiments", 42, "bâtiments"),
            fig("30 mois", 30, "mois", "duration"),
            fig("quelque 1 200 ouvriers", 1200, "ouvriers", qualifier="quelque"),
            fig("jusqu’à 60 pour cent", 60, "%", "percent", qualifier="jusqu’à"),
        ],
        phones=[phone("+2252721304512"), phone("+2250707583621"), phone("+22521304519", kind="fax", valid=False)],
        emails=["communication@mairie-grandbassam.example.ci"],
        contacts=[contact(None, None, "Service communication de la Mairie",
                          ["+2252721304512", "+2250707583621", "+22521304519"],
                          ["communication@mairie-grandbassam.example.ci"])],
        notes="Town-hall site on an old CMS (Côte d'Ivoire), reprinting an AIP dispatch: town name line, a 'FLASH "
              "INFO' ticker, one-line menu with doubled labels ('La Mairie | La Mairie', 'Tourisme | Tourisme'), "
              "breadcrumb, 'Écrit par ... | Publication ... | Affichages' line with a view counter; tags, previous/"
              "next links, footer with BP box and switchboard, visitor counter, copyright (boilerplate). The body is "
              "hard-wrapped by the CMS (title excepted) and the wrap splits 'quelque 1' / '200 ouvriers' (one figure). "
              "’ dropped in the dateline paragraph, the third paragraph and the quote ('lUNESCO', 'dune subvention', "
              "'jusquà', 'NGuessan', 'Nzima'); the second paragraph is UTF-8 read as cp1250 ('coĂ»t', 'lâ€™Ă‰tat'); "
              "one word of the clean quote is still cp1250 mojibake ('communautĂ©', half-repaired). A sentence is "
              "glued to the one before ('commune.Les propriétaires'): split. Dateline 'Grand-Bassam, 27 novembre "
              "2025 (AIP) -' (agency after the date, hyphen as dash): the agency is spelled out in the same "
              "paragraph ('Agence ivoirienne de presse (AIP)'). 'inscrit depuis 2012': '2012'. '42 maisons' (title "
              "and body: one text) and '42 bâtiments' (another text); '17 des 42 bâtiments': '17' without noun. "
              "'jusqu’à 60 pour cent': a percent written out (unit '%'). '3,6 milliards de FCFA' (title) and '3,6 milliards de francs CFA' (body): two texts, XOF (West "
              "Africa). 'Liste du patrimoine mondial' is a list, not an organisation; 'l’État de Côte d’Ivoire', "
              "'la commune', 'la mairie', 'direction technique de la mairie' are generic; the town hall is the town "
              "(README 'Ville de X'). 'quartier France' is a district of Grand-Bassam (place, iso null; not the "
              "country). 'N’zima' is a people (demonym). Contact: an office line with the new ten-digit Ivorian "
              "numbers (landline 27, mobile 07) and a fax still written in the old eight-digit plan ('21 30 45 19', "
              "before the 27 was added): e164 +22521304519, not valid (as h163's old Cameroonian fax).",
    ),
))

# --------------------------------------------------------------------------- h182 Franco-Yukon weekly: English ticker, byline, paywall block, Mac Roman paragraph, space before comma, comments
PAGES.append(Page(
    name="h182-le-nordet-whitehorse-ecole-aurores",
    meta={"site": "www.lenordet-yukon.example.ca", "style": "northern-community-weekly",
          "defects": ["menu", "foreign-ticker", "paywall", "comments-widget", "share-lines", "mojibake-mac-roman",
                      "space-before-comma", "double-space", "postcode-trap"]},
    blocks=[
        B("""Le Nordet – Le journal francophone du Yukon
Actualités | Culture | Éducation | Économie | Chroniques | Avis publics | S’abonner
BREAKING ▸ Alaska Highway reopened near Haines Junction after rockslide ▸ Yukon Legislative Assembly sits until December 11
ÉDUCATION"""),
        P("Whitehorse : 14,2 M$ pour agrandir l’école des Aurores"),
        B("""Par Émilie Gagnon-Roy
Publié le 2 décembre 2025 à 16 h 20 · Temps de lecture : 4 min"""),
        P("WHITEHORSE – Le gouvernement du Yukon a confirmé lundi un investissement de 14,2 millions $ pour agrandir "
          "l’école des Aurores, seule école francophone de Whitehorse, qui accueille 312 élèves cette année pour une "
          "capacité de 250."),
        P("L’agrandissement, qui doit ouvrir à la rentrée de septembre 2027, comprendra 8 nouvelles classes, un "
          "gymnase double et une garderie de 32 places. La Commission scolaire francophone du Yukon (CSFY) réclamait "
          "ces travaux depuis 2019.", moji="mac_roman"),
        B("""Cet article vous est offert par Le Nordet. Pour lire tous nos articles, abonnez-vous dès 5 $ par mois.
S’abonner | Déjà abonné ? Se connecter"""),
        P("Selon la CSFY, le nombre d’élèves a augmenté de 41 % en cinq ans[[ ,||,]] porté par l’arrivée de familles "
          "francophones d’Europe et d’Afrique attirées par le marché du travail au Yukon."),
        P("« C’est une excellente [[nouvelle,  mais||nouvelle, mais]] on a perdu deux ans à négocier », a réagi le "
          "président de la CSFY, Marc-André Lavoie."),
        P("Les plans seront présentés au public le mercredi 10 décembre à 18 h 30 au Centre de la francophonie, 302, "
          "rue Strickland, a précisé le ministère de l’Éducation."),
        B("""Partager : Facebook | Courriel | Imprimer
2 commentaires
Julie P. · 2 décembre 2025 à 18 h 02
Enfin ! Mes enfants ont passé trois ans dans des classes portatives.
Répondre
R. Tremblay · 2 décembre 2025 à 19 h 15
Et les élèves de Dawson, eux ?
Répondre
Les plus lus
1. Dawson : le traversier du Yukon remisé pour l’hiver
2. Prix de l’essence : Whitehorse sous la barre de 1,80 $
Le Nordet – 302, rue Strickland, Whitehorse (Yukon) Y1A 2K1 – 867 667-2931
© 2025 Le Nordet – Tous droits réservés"""),
    ],
    gold=dict(
        title="Whitehorse : 14,2 M$ pour agrandir l’école des Aurores",
        dateline=dl("WHITEHORSE", None),
        organisations=[org("gouvernement du Yukon", None), org("Commission scolaire francophone du Yukon", "CSFY"),
                       org("ministère de l’Éducation", None)],
        places=[place("Whitehorse"), place("Europe"), place("Afrique"), place("Yukon")],
        figures=[
            fig("14,2 M$", 14200000, "M$", "money", currency="CAD"),
            fig("14,2 millions $", 14200000, "$", "money", currency="CAD"),
            fig("312 élèves", 312, "élèves"),
            fig("250", 250, None),
            fig("septembre 2027", 2027, None, "year"),
            fig("8 nouvelles classes", 8, "classes"),
            fig("32 places", 32, "places"),
            fig("2019", 2019, None, "year"),
            fig("41 %", 41, "%", "percent"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("deux ans", 2, "ans", "duration"),
            fig("le mercredi 10 décembre à 18 h 30", "--12-10", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) French-language weekly in the Yukon (Canada): masthead, menu, an English 'BREAKING ▸' "
              "ticker (tag 'foreign-ticker'), rubric kicker, byline and publication/reading-time lines under the "
              "title, a paywall block in mid-article (the scraper got the whole text), share line, comment counter and "
              "two comments, 'Les plus lus', footer with address, postcode 'Y1A 2K1' and switchboard, copyright "
              "(boilerplate). The second paragraph is UTF-8 read as Mac Roman ('‚Äô', '√†'); a space before a "
              "comma ('cinq ans , porté') and a double space in the quote are repaired. Dateline 'WHITEHORSE –' "
              "without date ('Whitehorse' also in normal case). '$' on a Canadian page is CAD (h88-h103): '14,2 M$' "
              "(title, unit 'M$') and '14,2 millions $' (body, unit '$') are two texts; the page never writes "
              "'dollars'. 'pour une capacité de 250': a count without noun. 'à la rentrée de septembre 2027': "
              "month-year. '8 nouvelles classes': the adjective stays in the text, unit 'classes'. 'depuis 2019': "
              "'2019'. 'le mercredi 10 décembre à 18 h 30': one date figure. '302, rue Strickland' is an address "
              "(not a figure). 'gouvernement du Yukon' is an executive named as a body (organisation, h88-h103); "
              "'Yukon' also stands alone ('au Yukon'): place, iso null (a territory, as the provinces). The ministry "
              "acts as a source (listed, as h136-h151's Egyptian ministry). 'l’école des Aurores' and 'Centre de la "
              "francophonie' are venues (a school, h104-h119 'lycée' rule). No contact (a newspaper article).",
    ),
))

# --------------------------------------------------------------------------- h183 European medicines-quality directorate (Strasbourg): entities, &amp;, NNBSP, cp1252 paragraph, English caption twice, mixed quotes
PAGES.append(Page(
    name="h183-edqm-strasbourg-pharmacopee-12e-edition",
    meta={"site": "www.edqm-coe.example.int", "style": "intergovernmental-directorate-newsroom",
          "defects": ["cookie-banner", "menu", "duplicate-lines", "breadcrumb", "html-debris", "english-caption",
                      "duplicate-caption", "mixed-quotes", "mojibake-cp1252", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. OK | En savoir plus
EDQM – Council of Europe | Conseil de l’Europe
English | Français
Accueil
Pharmacopée européenne
Pharmacopée européenne
Substances et certification
Actualités
Actualités
Accueil > Actualités > Communiqués de presse
Communiqué de presse | 02/12/2025"""),
        P("La 12e Édition de la Pharmacopée européenne entrera en vigueur le 1er janvier 2026"),
        P(ent("Strasbourg, 02.12.2025 – La Direction européenne de la qualité du médicament & soins de santé (EDQM), "
              "une direction du Conseil de l’Europe, a annoncé que la 12e Édition de la Pharmacopée européenne (Ph. "
              "Eur.) entrera en vigueur le 1er janvier 2026 dans les 39 États signataires de la Convention relative à "
              "l’élaboration d’une Pharmacopée européenne.", "’&")),
        P(ent("La nouvelle édition compte 2\u202f512 monographies et 392 chapitres généraux. Elle introduit 27 nouveaux "
              "textes, dont 11 consacrés aux médicaments biologiques, et en révise 214. Ses normes s’appliquent à plus "
              "de 40\u202f000 médicaments autorisés en Europe.", "’\u202f")),
        P("[[<figcaption>||]]Copies of the 12th Edition at the EDQM warehouse in Strasbourg. © Council of "
          "Europe[[</figcaption>||]]"),
        B("Copies of the 12th Edition at the EDQM warehouse in Strasbourg. © Council of Europe"),
        P(ent("« Une pharmacopée commune, c’est la garantie que le même médicament a la même qualité de Reykjavik à "
              "Bakou », a déclaré la directrice de l’EDQM, Ingeborg Saltvik-Renard.", "’«»")),
        P("Le texte de la 12e Édition a été adopté par la Commission européenne de Pharmacopée lors de sa 180e "
          "session, en mars 2025, après une consultation publique “sans précédent” de 14 mois."),
        P("L’abonnement à la version électronique coûte 1 050 € pour un an ; une licence multi-utilisateurs est "
          "proposée à partir de 2 800 €. Les 4 000 premiers exemplaires imprimés ont été livrés le 28 novembre.",
          moji="cp1252"),
        L("""Contact presse
Camille Hoffmann-Roth, Division de la communication de l’EDQM
Tél. : +33 (0)3 88 41 28 15 – Mobile : +33 (0)6 07 19 44 82
camille.hoffmann-roth@edqm-coe.example.int"""),
        B("""Partager cette page : Facebook | LinkedIn | X | E-mail
Actualités connexes
Normes de qualité des médicaments : appel à commentaires sur 12 textes (14/11/2025)
Journée mondiale du donneur de sang : nouveau guide de l’EDQM (14/06/2025)
EDQM – 7, allée Kastner – CS 30026 – F-67081 Strasbourg – France
© Conseil de l’Europe 2025 – Avertissement – Données personnelles"""),
    ],
    gold=dict(
        title="La 12e Édition de la Pharmacopée européenne entrera en vigueur le 1er janvier 2026",
        dateline=dl("Strasbourg", "2025-12-02"),
        organisations=[org("Direction européenne de la qualité du médicament & soins de santé", "EDQM"),
                       org("Conseil de l’Europe", None),
                       org("Commission européenne de Pharmacopée", None)],
        places=[place("Strasbourg"), place("Europe"), place("Reykjavik"), place("Bakou")],
        figures=[
            fig("12e", 12, None, "ordinal"),
            fig("le 1er janvier 2026", "2026-01-01", None, "date"),
            fig("02.12.2025", "2025-12-02", None, "date"),
            fig("39 États", 39, "États"),
            fig("2\u202f512 monographies", 2512, "monographies"),
            fig("392 chapitres", 392, "chapitres"),
            fig("27 nouveaux textes", 27, "textes"),
            fig("11", 11, None),
            fig("214", 214, None),
            fig("plus de 40\u202f000 médicaments", 40000, "médicaments", qualifier="plus de"),
            fig("12th", 12, None, "ordinal"),
            fig("180e", 180, None, "ordinal"),
            fig("mars 2025", 2025, None, "year"),
            fig("14 mois", 14, "mois", "duration"),
            fig("1 050 €", 1050, "€", "money", currency="EUR"),
            fig("2 800 €", 2800, "€", "money", currency="EUR"),
            fig("4 000 premiers exemplaires", 4000, "exemplaires"),
            fig("le 28 novembre", "--11-28", None, "date"),
        ],
        phones=[phone("+33388412815"), phone("+33607194482")],
        emails=["camille.hoffmann-roth@edqm-coe.example.int"],
        contacts=[contact("Camille Hoffmann-Roth", None, "Division de la communication de l’EDQM",
                          ["+33388412815", "+33607194482"], ["camille.hoffmann-roth@edqm-coe.example.int"])],
        notes="Newsroom of a directorate of an intergovernmental organisation in Strasbourg (the directorate is real in "
              "name; the news, people and numbers are made up): cookie banner, site name, language line, vertical "
              "menu with doubled 'Pharmacopée européenne' and 'Actualités', breadcrumb, type/date line; share line, "
              "'Actualités connexes' headlines with dates, footer with CS box and 'F-67081' Cedex postcode, "
              "copyright (boilerplate). HTML: '&#8217;' for ’, '&amp;' in the directorate's name (decoded to '&'), "
              "'&#8239;' (U+202F narrow no-break space) as thousands separator ('2\u202f512', '40\u202f000', kept "
              "in the clean text and in the figure texts), '&laquo;'/'&raquo;', <figcaption> around the first "
              "copy of an English photo caption printed twice (second copy boilerplate). The paragraph on prices is "
              "UTF-8 read as cp1252 ('â‚¬' for €). Curly “ ” in one paragraph, « » in another (kept). Dateline "
              "'Strasbourg, 02.12.2025 –' (dotted numeric date, figure text '02.12.2025'). '12e Édition' (title and "
              "body: one text, an ordinal) and the caption's English '12th' (another text). 'le 1er janvier 2026' in "
              "title and body: one text. 'dont 11 ...', 'en révise 214': counts without noun. '27 nouveaux textes', "
              "'4 000 premiers exemplaires': the adjective before the noun stays in the text. 'à partir de 2 800 €': "
              "'à partir de' is not a qualifier (h104-h119). 'pour un an': not a figure. 'en mars 2025': month-year. "
              "'180e session': ordinal. 'Ph. Eur.' abbreviates the publication; 'Convention relative à ...' is a "
              "treaty (not an organisation); 'Council of Europe' in the caption is the same body as 'Conseil de "
              "l’Europe' (listed once, under the French name that comes first); 'Commission européenne de "
              "Pharmacopée' is the directorate's standard-setting body (organisation). Contact: a person with her "
              "office label as organisation, a Strasbourg landline and a mobile written '+33 (0)...'.",
    ),
))
