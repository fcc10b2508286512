"""h200-h215: written blind in session 12, scored blind with session 13's starting and ending code, moved into dev in session 14.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_r.py, pages_dev_s.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README, the Makefile
or the other sets). h200-h204 come from one made-up press room, the national weather and hydrology office of the
Republic of the Congo (Brazzaville), sharing its header, language line, menu, breadcrumb, share line, a `Météo du
jour` widget, a related block, an SMS-alert line and footer with small variations from page to page; h205-h215 come
from eleven other sites, one page each (h205 clean, h206 in English, h207 listing).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []


def _raw(tok: str) -> str:
    return side(tok, 0).replace("⏎", "")


ENT = {"’": "&#8217;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "\u202f": "&#8239;", "–": "&#8211;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;",
       "É": "&Eacute;", "ô": "&ocirc;", "î": "&icirc;", "'": "&#039;", "“": "&#8220;", "”": "&#8221;",
       "œ": "&oelig;", "…": "&#8230;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def moji_rep(clean: str, codec: str = "cp1252") -> str:
    """Markup for a paragraph read in the wrong code page where undefined bytes show as U+FFFD (a curly ” in cp1252)."""
    return f"[[{clean.encode('utf-8').decode(codec, errors='replace')}||{clean}]]"


def rep(clean: str, chars: str, by: str) -> str:
    """Markup for text whose raw side shows `by` in place of each of `chars`."""
    return "".join(f"[[{by}||{c}]]" if c in chars else c for c in clean)


VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÉÈÊÎÔÛŒ")
INSEPARABLE = {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr"}


def _syllable_split(word: str, room: int):
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
    """Greedy PDF-like line breaking of a clean paragraph (markup allowed, no spaces inside markup)."""
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


# =========================================================================== OCMH, weather and hydrology office (Brazzaville)
OC_SITE = "www.ocmh-meteo.example.cg"


def oc_top(rubric, stamp, banner=None):
    lines = ["Passer au contenu"]
    if banner:
        lines.append(banner)
    lines += ["Français | Lingála | Kikongo",
              "OCMH – Office congolais de la météorologie et de l’hydrologie",
              "Prévisions",
              "Prévisions",
              "Vigilance",
              "Climat",
              "Hydrologie",
              "Salle de presse",
              "Salle de presse",
              "Aéronautique",
              "Contact",
              "Rechercher une ville…",
              f"Accueil › Salle de presse › {rubric}",
              stamp]
    return "\n".join(lines)


def oc_bottom(weather, related, attach=None, sms=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · WhatsApp · X · Imprimer",
              "Météo du jour"]
    lines += weather
    lines.append("Dans la salle de presse")
    lines += [f"› {h} – {d}" for h, d in related]
    if sms:
        lines.append("Recevez les bulletins de vigilance par SMS : envoyez METEO au 4040")
    lines += ["OCMH – Aéroport de Maya-Maya – BP 208 – Brazzaville – Standard : +242 22 281 45 10",
              "© 2025 OCMH – Mentions légales – Accessibilité – Plan du site"]
    return "\n".join(lines)


def oc_meta(defects, **extra):
    d = {"site": OC_SITE, "style": "weather-office-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"] + defects}
    d.update(extra)
    return d


OC_NOTE = ("Site furniture shared by h200-h204 (skip line, an optional banner (orange rain vigilance on h202, closure "
           "of the switchboard on h203), French/Lingala/Kikongo language line, site name with acronym and long form, "
           "vertical menu with doubled 'Prévisions' and 'Salle de presse', search label, breadcrumb 'Accueil › Salle "
           "de presse › rubric' (Communiqués, Invitations presse, Avis et vigilance, Discours, Reportages photo), a "
           "'rubric · Publié le dd/mm/yyyy' line or 'Mis à jour le dd/mm/yyyy à hh:mm' (h203); at the bottom an "
           "optional attachment line (h200 PDF bulletin, h203 PDF speech), share line, a 'Météo du jour' widget with "
           "two city lines whose values change on every page, 'Dans la salle de presse' with '› headline – "
           "dd/mm/yyyy' lines that change, an SMS-alert line with the short code 4040 (absent on h204), footer with "
           "BP box and switchboard, copyright/legal line): all boilerplate; its numbers are neither figures nor "
           "phones. Congolese numbers have nine digits, the leading 0 of mobiles (04/05/06) is part of the number "
           "(E.164 +242 06 ...), landlines 22 2xx xx xx. Francs CFA in the Republic of the Congo are XAF.")

# --------------------------------------------------------------------------- h200 seasonal forecast: cp1252 paragraphs, glued headings
PAGES.append(Page(
    name="h200-ocmh-brazzaville-previsions-saison-pluies",
    meta=oc_meta(["mojibake-cp1252", "heading-glued"]),
    blocks=[
        B(oc_top("Communiqués", "Communiqué · Publié le 08/12/2025")),
        P("Saison des pluies : des cumuls supérieurs à la normale attendus dans le sud du pays"),
        P("Brazzaville, le 8 décembre 2025 – L’Office congolais de la météorologie et de l’hydrologie (OCMH) prévoit "
          "des cumuls de pluie supérieurs à la normale de 10 à 25 % dans les départements du Pool, de la Bouenza et du "
          "Kouilou entre décembre 2025 et février 2026, selon ses prévisions saisonnières publiées ce lundi.",
          moji="cp1252"),
        P("Un démarrage tardif dans le Nord"),
        P("Dans les départements de la Likouala et de la Sangha, les premières pluies utiles sont arrivées avec près "
          "de trois semaines de retard. À Impfondo, il n’est tombé que 412 millimètres depuis le 1er septembre, contre "
          "598 en moyenne, soit un déficit de 31 %.", glue=True),
        P("Chaleur persistante"),
        P("Les températures maximales devraient rester supérieures de 1 à 1,5 °C aux normales saisonnières. À "
          "Brazzaville, le thermomètre a dépassé 34 °C pendant 17 jours en novembre, du jamais vu depuis 1998.",
          glue=True, moji="cp1252"),
        P("Le fleuve Congo, qui atteignait 4,82 mètres à l’échelle de Brazzaville le 5 décembre, devrait poursuivre "
          "sa montée jusqu’à la mi-janvier. L’OCMH recommande aux habitants des quartiers riverains de Mpila et de "
          "Kintélé de suivre ses bulletins quotidiens."),
        P("« Ces prévisions ne sont pas une certitude mais une probabilité : nous estimons à 65 % les chances d’une "
          "saison plus humide que la normale dans le Sud », souligne la directrice de la prévision, Grâce "
          "Nkounkou-Mabiala."),
        L("""Contact presse :
Service de la communication – OCMH
Tél. : +242 22 281 45 12 / 06 654 21 87
presse@ocmh-meteo.example.cg"""),
        B(oc_bottom(["Brazzaville : 32 °C / 23 °C – orages isolés – humidité 81 %",
                     "Pointe-Noire : 30 °C / 24 °C – averses – humidité 86 %"],
                    [("Invitation presse : mise en service du radar de Pointe-Noire", "05/12/2025"),
                     ("Bilan des pluies de novembre à Brazzaville", "01/12/2025")],
                    attach="Télécharger le bulletin saisonnier (PDF – 1,4 Mo)")),
    ],
    gold=dict(
        title="Saison des pluies : des cumuls supérieurs à la normale attendus dans le sud du pays",
        dateline=dl("Brazzaville", "2025-12-08"),
        organisations=[org("Office congolais de la météorologie et de l’hydrologie", "OCMH")],
        places=[place("Brazzaville"), place("Pool"), place("Bouenza"), place("Kouilou"), place("Likouala"),
                place("Sangha"), place("Impfondo"), place("Congo"), place("Mpila"), place("Kintélé")],
        figures=[
            fig("le 8 décembre 2025", "2025-12-08", None, "date"),
            fig("10", 10, "%", "percent"),
            fig("25 %", 25, "%", "percent"),
            fig("décembre 2025", 2025, None, "year"),
            fig("février 2026", 2026, None, "year"),
            fig("près de trois semaines", 3, "semaines", "duration", qualifier="près de"),
            fig("412 millimètres", 412, "millimètres", "other"),
            fig("le 1er septembre", "--09-01", None, "date"),
            fig("598", 598, None, "other"),
            fig("31 %", 31, "%", "percent"),
            fig("1", 1, None, "other"),
            fig("1,5 °C", 1.5, "°C", "other"),
            fig("34 °C", 34, "°C", "other"),
            fig("17 jours", 17, "jours", "duration"),
            fig("1998", 1998, None, "year"),
            fig("4,82 mètres", 4.82, "mètres", "other"),
            fig("le 5 décembre", "--12-05", None, "date"),
            fig("65 %", 65, "%", "percent"),
        ],
        phones=[phone("+242222814512"), phone("+242066542187")],
        emails=["presse@ocmh-meteo.example.cg"],
        contacts=[contact(None, None, "Service de la communication – OCMH", ["+242222814512", "+242066542187"],
                          ["presse@ocmh-meteo.example.cg"])],
        notes=OC_NOTE + " An attachment line (PDF). The dateline paragraph and the paragraph after the second heading "
              "are UTF-8 read as cp1252 ('Ã©', 'â€“', 'Â°C'); both headings are glued to the paragraph after them "
              "('NordDans les départements', 'persistanteLes températures'). 'de 10 à 25 %': a range of percents, "
              "first bound '10' (kind percent, unit '%' as the second). 'entre décembre 2025 et février 2026': two "
              "month-years. 'contre 598 en moyenne' (a rainfall without its noun): kind other, unit null (as "
              "h168's 'contre 92 400'). 'supérieures de 1 à 1,5 °C': a range of measures, first bound '1' (kind "
              "other, unit null). 'du jamais vu depuis 1998': '1998'. 'en novembre', 'la mi-janvier', 'ce lundi': not "
              "figures. 'le fleuve Congo' gives 'Congo' with iso null (the river, h184-h199 rule); the country is "
              "only 'le pays' and the adjective 'congolais'. Pool, Bouenza, Kouilou, Likouala, Sangha are "
              "departments (iso null); Mpila is a district of Brazzaville, Kintélé a town (places). 'le Nord', 'le "
              "Sud', 'le sud du pays': generic. Contact: the office's communication service with a landline and a "
              "mobile joined by '/', the second without country code (+242, the 0 kept).",
    ),
))

# --------------------------------------------------------------------------- h201 press invitation: HTML debris, hidden e-mail, two-person accreditation block
PAGES.append(Page(
    name="h201-ocmh-invitation-radar-pointe-noire",
    meta=oc_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(oc_top("Invitations presse", "Invitation presse · Publié le 05/12/2025")),
        P("Invitation presse : mise en service du radar météorologique de Pointe-Noire"),
        P("[[<p>||]]" + ent("L’Office congolais de la météorologie et de l’hydrologie invite les représentants des "
                            "médias à la mise en service du premier radar météorologique Doppler du pays, le mardi "
                            "16 décembre 2025 à 10\u00a0h, à la station de Loandjili (Pointe-Noire), en présence du "
                            "ministre des Transports, de l’Aviation civile et de la Marine marchande.", "’\u00a0é")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent("D’une portée de 250\u00a0kilomètres, le radar couvrira le littoral, le Kouilou et une "
                            "partie du Niari. Son installation, d’un coût de 3,2 milliards de francs CFA, a été "
                            "financée par l’Agence française de développement (AFD) et le Fonds vert pour le climat "
                            "(FVC).", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
9 h 30 : accueil des invités[[<br />||]]
10 h 00 : allocutions[[<br />||]]
10 h 40 : visite de la tour radar et démonstration en salle de prévision[[<br />||]]
11 h 30 : point presse[[</p>||]]"""),
        P("[[<p>||]]" + ent("Une navette partira à 8\u00a0h\u00a045 de la direction régionale de l’OCMH, avenue "
                            "Moé-Kaat-Matou. Les journalistes sont priés de se munir de leur carte de presse.",
                            "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le vendredi 12 décembre à 16[[&nbsp;||\u00a0]]h[[&nbsp;||\u00a0]]:[[<br />||]]
Brice Okemba, chargé de communication – +242 06 981 23 40 – [[<a href="mailto:b.okemba@ocmh-meteo.example.cg">b.okemba@ocmh-meteo.example.cg</a>||b.okemba@ocmh-meteo.example.cg]][[<br />||]]
Nadège Moukala, protocole – 05 512 77 09 – [email protected][[</p>||]]"""),
        B(oc_bottom(["Brazzaville : 31 °C / 22 °C – éclaircies – humidité 74 %",
                     "Pointe-Noire : 29 °C / 24 °C – ciel couvert – humidité 88 %"],
                    [("Bilan des pluies de novembre à Brazzaville", "01/12/2025"),
                     ("Journée mondiale de la météorologie : les lauréats du concours scolaire", "21/11/2025")])),
    ],
    gold=dict(
        title="Invitation presse : mise en service du radar météorologique de Pointe-Noire",
        dateline=None,
        organisations=[org("Office congolais de la météorologie et de l’hydrologie", "OCMH"),
                       org("Agence française de développement", "AFD"),
                       org("Fonds vert pour le climat", "FVC")],
        places=[place("Loandjili"), place("Pointe-Noire"), place("Kouilou"), place("Niari")],
        figures=[
            fig("le mardi 16 décembre 2025 à 10\u00a0h", "2025-12-16", None, "date"),
            fig("250\u00a0kilomètres", 250, "kilomètres", "other"),
            fig("3,2 milliards de francs CFA", 3200000000, "francs CFA", "money", currency="XAF"),
            fig("le vendredi 12 décembre à 16\u00a0h", "--12-12", None, "date"),
        ],
        phones=[phone("+242069812340"), phone("+242055127709")],
        emails=["b.okemba@ocmh-meteo.example.cg"],
        hidden_emails=1,
        contacts=[contact("Brice Okemba", "chargé de communication", None, ["+242069812340"],
                          ["b.okemba@ocmh-meteo.example.cg"]),
                  contact("Nadège Moukala", "protocole", None, ["+242055127709"], [])],
        notes=OC_NOTE + " No banner, no attachment. HTML debris: <p>, </p>, <br />, <strong>, '&#8217;', '&eacute;', "
              "'&nbsp;' (U+00A0 in the clean text and in the figure texts '10\u00a0h', '250\u00a0kilomètres', "
              "'16\u00a0h'), a full mailto link; the second accreditation address is hidden. No dateline (an "
              "invitation). The long form is written out in the first paragraph and the acronym alone later "
              "('direction régionale de l’OCMH'): one organisation with both (the site name in the chrome does not "
              "count). 'le mardi 16 décembre 2025 à 10 h': one date figure. 'avant le vendredi 12 décembre à 16 h': "
              "one date figure from 'le' (h120-h135), no year written (--12-12). 'le premier radar': an ordinal "
              "word, not a figure. Programme and shuttle clock times ('8 h 45'): not figures. The ministry is only "
              "inside a role. 'avenue Moé-Kaat-Matou' is a street. 'direction régionale de l’OCMH' is a department of "
              "the office (generic, lower case). Two accreditation lines, each a person with role and a mobile (the "
              "second without country code: +242).",
    ),
))

# --------------------------------------------------------------------------- h202 rain vigilance notice: ’ dropped, œ dropped, en dashes lost, caps dateline, banner
PAGES.append(Page(
    name="h202-ocmh-vigilance-orange-fortes-pluies",
    meta=oc_meta(["lost-apostrophe", "lost-oe", "lost-dash", "double-space"]),
    blocks=[
        B(oc_top("Avis et vigilance", "Avis · Publié le 10/12/2025",
                 banner="VIGILANCE ORANGE – Fortes pluies et orages sur Brazzaville et le Pool jusqu’au 11/12 à 18:00")),
        P("Fortes pluies : vigilance orange sur Brazzaville et le Pool jusqu’à jeudi soir", apos="drop"),
        P("BRAZZAVILLE, 10 décembre 2025 – L’OCMH a placé mercredi les départements de Brazzaville et du Pool en "
          "vigilance orange pour fortes pluies et orages, jusqu’au jeudi 11 décembre à 18 h.", apos="drop", nodash=""),
        P("Des cumuls de 60 à 90 millimètres sont attendus en 24 heures, localement jusqu’à 120 millimètres, avec des "
          "rafales de 70 à 80 km/h sous les orages. Les équipes de la protection civile sont à pied d’œuvre dans les "
          "arrondissements de Talangaï et de Mfilou, où les sols sont déjà saturés.", apos="drop", oe="drop"),
        P("Il est recommandé d’éviter les déplacements pendant les orages – en particulier aux abords des ravins de "
          "Mfilou et de Djiri – et de ne jamais traverser un cours d’eau en crue. Lors de l’épisode du 22 au "
          "24 novembre, 3 personnes avaient perdu la vie et quelque 1 200 ménages avaient été sinistrés au cœur de la "
          "capitale.", apos="drop", oe="drop", nodash=""),
        L("Prévisionniste de permanence – 24 h/24 : +242 22 281 45 30 – prevision@ocmh-meteo.example.cg", nodash=""),
        B(oc_bottom(["Brazzaville : 27 °C / 22 °C – fortes pluies – humidité 96 %",
                     "Pointe-Noire : 29 °C / 24 °C – averses – humidité 90 %"],
                    [("Saison des pluies : des cumuls supérieurs à la normale attendus dans le Sud", "08/12/2025"),
                     ("Invitation presse : mise en service du radar de Pointe-Noire", "05/12/2025")])),
    ],
    gold=dict(
        title="Fortes pluies : vigilance orange sur Brazzaville et le Pool jusqu’à jeudi soir",
        dateline=dl("BRAZZAVILLE", "2025-12-10"),
        organisations=[org(None, "OCMH")],
        places=[place("Brazzaville"), place("Pool"), place("Talangaï"), place("Mfilou"), place("Djiri")],
        figures=[
            fig("10 décembre 2025", "2025-12-10", None, "date"),
            fig("jeudi 11 décembre à 18 h", "--12-11", None, "date"),
            fig("60", 60, None, "other"),
            fig("90 millimètres", 90, "millimètres", "other"),
            fig("24 heures", 24, "heures", "duration"),
            fig("jusqu’à 120 millimètres", 120, "millimètres", "other", qualifier="jusqu’à"),
            fig("70", 70, None, "other"),
            fig("80 km/h", 80, "km/h", "other"),
            fig("22", "--11-22", None, "date"),
            fig("24 novembre", "--11-24", None, "date"),
            fig("3 personnes", 3, "personnes"),
            fig("quelque 1 200 ménages", 1200, "ménages", qualifier="quelque"),
        ],
        phones=[phone("+242222814530")],
        emails=["prevision@ocmh-meteo.example.cg"],
        contacts=[contact(None, "Prévisionniste de permanence", None, ["+242222814530"],
                          ["prevision@ocmh-meteo.example.cg"])],
        notes=OC_NOTE + " An orange-vigilance banner. Every ’ of the title and of the three paragraphs is dropped "
              "('jusquà', 'LOCMH', 'dœuvre' → 'd uvre'); œ dropped ('à pied d uvre', 'au c ur'); the en dashes of the "
              "dateline, of the inserted clause and of the contact line are lost (double spaces). Dateline "
              "'BRAZZAVILLE, 10 décembre 2025 –' (place as written; 'Brazzaville' also in normal case). The page "
              "names the office by its acronym only (long form null: the long form is only in the site name). "
              "'jusqu’au jeudi 11 décembre à 18 h': one date figure, 'jusqu’au' out, no year written (--12-11). "
              "'de 60 à 90 millimètres', 'de 70 à 80 km/h', 'du 22 au 24 novembre': ranges, first bounds bare. 'en 24 "
              "heures': a duration. 'mercredi', 'jeudi soir', '24 h/24': not figures. 'la protection civile' is "
              "generic here (lower case, no formal name). Talangaï and Mfilou are arrondissements of Brazzaville, "
              "Djiri a district (places); 'la capitale' generic. Contact: a duty line naming a role, not a person "
              "or an office: one contact with person and organisation null, role as written (decided).",
    ),
))

# --------------------------------------------------------------------------- h203 director's speech: œ as '?', double cp1252 quote, mixed quotes, own-line dateline, acronym-first organisation
PAGES.append(Page(
    name="h203-ocmh-discours-forum-previsions-saisonnieres",
    meta=oc_meta(["oe-question-mark", "mojibake-double-cp1252", "mixed-quotes"]),
    blocks=[
        B(oc_top("Discours", "Discours · Mis à jour le 11/12/2025 à 15:20",
                 banner="Information : le standard de l’OCMH sera fermé le vendredi 12 décembre (inventaire)")),
        P("Discours du directeur général à l’ouverture du 14e Forum régional des prévisions saisonnières d’Afrique "
          "centrale"),
        P("Brazzaville, le 11 décembre 2025"),
        L("""Monsieur le Ministre des Transports, de l’Aviation civile et de la Marine marchande,
Monsieur le Représentant du Secrétaire général de l’Organisation météorologique mondiale,
Mesdames et Messieurs les directeurs des services météorologiques et hydrologiques,
Chers collègues,"""),
        P("C’est un honneur pour Brazzaville d’accueillir, du 11 au 13 décembre, les experts de onze pays d’Afrique "
          "centrale réunis par la CEEAC (Communauté économique des États de l’Afrique centrale), avec l’appui du Centre "
          "africain pour les applications de la météorologie au développement (ACMAD) et de l’Organisation "
          "météorologique mondiale (OMM)."),
        P("En 2024, les inondations ont touché plus de 1,8 million de personnes dans notre sous-région. C’est pourquoi "
          "notre Office s’est engagé à ce que 100 % de la population soit couverte par un système d’alerte précoce "
          "d’ici 2027, conformément à l’initiative des Nations unies “Alertes précoces pour tous”."),
        P("Je sais combien chacun de vous a [[?||œ]]uvré pour que ce forum se tienne malgré des budgets contraints. Au "
          "c[[?||œ]]ur de nos travaux : les prévisions du premier semestre 2026, dont dépendent près de 40 millions "
          "d’agriculteurs, d’éleveurs et de pêcheurs."),
        P("Comme le disait mon prédécesseur, « un bulletin qui n’arrive pas au village est un bulletin perdu ». Depuis "
          "2023, nos messages de vigilance sont diffusés en lingala et en kituba sur 27 radios communautaires.",
          moji="cp1252x2"),
        P("Je déclare ouvert le 14e Forum régional des prévisions saisonnières d’Afrique centrale et vous souhaite des "
          "travaux fructueux."),
        L("""Jean-Pierre Mabanza-Ngoma
Directeur général de l’Office congolais de la météorologie et de l’hydrologie"""),
        P("Seul le prononcé fait foi."),
        B(oc_bottom(["Brazzaville : 30 °C / 23 °C – orages en soirée – humidité 83 %",
                     "Pointe-Noire : 29 °C / 25 °C – éclaircies – humidité 84 %"],
                    [("Fortes pluies : vigilance orange sur Brazzaville et le Pool", "10/12/2025"),
                     ("Saison des pluies : des cumuls supérieurs à la normale attendus dans le Sud", "08/12/2025")],
                    attach="Télécharger le discours (PDF – 180 Ko)")),
    ],
    gold=dict(
        title="Discours du directeur général à l’ouverture du 14e Forum régional des prévisions saisonnières "
              "d’Afrique centrale",
        dateline=dl("Brazzaville", "2025-12-11"),
        organisations=[org("Communauté économique des États de l’Afrique centrale", "CEEAC"),
                       org("Centre africain pour les applications de la météorologie au développement", "ACMAD"),
                       org("Organisation météorologique mondiale", "OMM"),
                       org("Nations unies", None),
                       org("Office congolais de la météorologie et de l’hydrologie", None)],
        places=[place("Afrique centrale"), place("Brazzaville")],
        figures=[
            fig("14e", 14, None, "ordinal"),
            fig("le 11 décembre 2025", "2025-12-11", None, "date"),
            fig("11", "--12-11", None, "date"),
            fig("13 décembre", "--12-13", None, "date"),
            fig("onze pays", 11, "pays"),
            fig("En 2024", 2024, None, "year"),
            fig("plus de 1,8 million de personnes", 1800000, "personnes", qualifier="plus de"),
            fig("100 %", 100, "%", "percent"),
            fig("2027", 2027, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("près de 40 millions d’agriculteurs", 40000000, "agriculteurs", qualifier="près de"),
            fig("2023", 2023, None, "year"),
            fig("27 radios", 27, "radios"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OC_NOTE + " A switchboard-closure banner, the 'Mis à jour le ... à ...' stamp and a PDF attachment line. "
              "œ as '?' ('a ?uvré', 'Au c?ur'). The quote paragraph is UTF-8 encoded twice and read as cp1252. “ ” "
              "around the initiative's name and « » around the saying: kept as written. The place-and-date line under "
              "the title is the dateline; salutations, signature (not a contact) and 'Seul le prononcé fait foi.' are "
              "article text. 'CEEAC (Communauté économique ...)': acronym first, long form in brackets (one "
              "organisation). The OMM is first named inside a salutation (a role) and then in the body with its "
              "acronym: listed. 'Nations unies' (the initiative's owner) is listed without acronym; 'Alertes "
              "précoces pour tous' is an initiative (not an organisation). The office is spelled out only in the "
              "signature ('notre Office' is generic): long form, acronym null (the chrome's 'OCMH' does not count). "
              "'14e' in title and body: one text. 'du 11 au 13 décembre': range of dates without year, first bound "
              "'11'. 'd’ici 2027': '2027'; 'du premier semestre 2026': '2026' (period noun out). 'Depuis 2023': "
              "'2023'. 'Afrique centrale' (a region) stands alone ('onze pays d’Afrique centrale'): place, iso null; "
              "'sous-région' generic. Lingala and Kituba are languages.",
    ),
))

# --------------------------------------------------------------------------- h204 photo story: title and caption printed twice, English caption, cp1250 paragraph, no SMS line
PAGES.append(Page(
    name="h204-ocmh-stations-automatiques-plateaux-photos",
    meta=oc_meta(["duplicate-title", "duplicate-caption", "english-caption", "mojibake-cp1250"]),
    blocks=[
        B(oc_top("Reportages photo", "Reportage photo · Publié le 09/12/2025")),
        P("En images : vingt stations météorologiques automatiques dans les Plateaux et la Cuvette"),
        B("En images : vingt stations météorologiques automatiques dans les Plateaux et la Cuvette"),
        P("Un technicien de l’OCMH règle l’anémomètre de la station de Djambala, le 4 décembre. © OCMH/R. Ngouabi"),
        B("Un technicien de l’OCMH règle l’anémomètre de la station de Djambala, le 4 décembre. © OCMH/R. Ngouabi"),
        P("Les équipes de l’Office ont achevé le 6 décembre l’installation de 20 stations automatiques dans les "
          "départements des Plateaux et de la Cuvette, où le réseau d’observation ne comptait jusqu’ici que "
          "4 stations manuelles pour près de 110 000 kilomètres carrés.", moji="cp1250"),
        P("Chaque station, alimentée par un panneau solaire de 150 watts, transmet toutes les 10 minutes la "
          "température, l’humidité, le vent et la pluie. Le projet, d’un montant de 640 millions de francs CFA, est "
          "financé par la Banque africaine de développement (BAD)."),
        P("Solar-powered weather station at Oyo, on the Alima river. Photo: OCMH"),
        P("Une formation de trois jours a été dispensée à 24 observateurs bénévoles, dont 9 femmes, chargés de "
          "l’entretien courant des stations."),
        L("Photos en haute définition sur demande : photos@ocmh-meteo.example.cg"),
        B(oc_bottom(["Brazzaville : 31 °C / 23 °C – nuageux – humidité 79 %",
                     "Pointe-Noire : 30 °C / 24 °C – ensoleillé – humidité 80 %"],
                    [("Saison des pluies : des cumuls supérieurs à la normale attendus dans le Sud", "08/12/2025"),
                     ("Invitation presse : mise en service du radar de Pointe-Noire", "05/12/2025")],
                    sms=False)),
    ],
    gold=dict(
        title="En images : vingt stations météorologiques automatiques dans les Plateaux et la Cuvette",
        dateline=None,
        organisations=[org(None, "OCMH"), org("Banque africaine de développement", "BAD")],
        places=[place("Plateaux"), place("Cuvette"), place("Djambala"), place("Oyo"), place("Alima")],
        figures=[
            fig("vingt stations", 20, "stations"),
            fig("le 4 décembre", "--12-04", None, "date"),
            fig("le 6 décembre", "--12-06", None, "date"),
            fig("20 stations", 20, "stations"),
            fig("4 stations", 4, "stations"),
            fig("près de 110 000 kilomètres carrés", 110000, "kilomètres carrés", "other", qualifier="près de"),
            fig("150 watts", 150, "watts", "other"),
            fig("10 minutes", 10, "minutes", "duration"),
            fig("640 millions de francs CFA", 640000000, "francs CFA", "money", currency="XAF"),
            fig("trois jours", 3, "jours", "duration"),
            fig("24 observateurs", 24, "observateurs"),
            fig("9 femmes", 9, "femmes"),
        ],
        phones=[],
        emails=["photos@ocmh-meteo.example.cg"],
        contacts=[contact(None, None, None, [], ["photos@ocmh-meteo.example.cg"])],
        notes=OC_NOTE + " No SMS-alert line on this page. Title and first caption printed twice (second copies "
              "boilerplate); the caption's credit names the office by acronym. A second caption is in English "
              "(article text, tag 'english-caption'). The first body paragraph is UTF-8 read as cp1250 ('Ă©'). No "
              "dateline (photo page). 'vingt stations' (title) and '20 stations' (body) are two texts (h120-h135 "
              "rule); '4 stations manuelles': unit 'stations'. 'toutes les 10 minutes': a duration. 'dont 9 femmes': "
              "a count. The office is named only by acronym on this page ('les équipes de l’Office' is generic): "
              "long form null. 'Alima' is a river (listed by its proper name, h184-h199); 'Oyo', 'Djambala' towns; "
              "'Plateaux', 'Cuvette' departments (iso null). The photo line with an address and a label that names "
              "no one is one contact with person, role and organisation null.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h205 regional nature park (Var), no defect and no boilerplate
PAGES.append(Page(
    name="h205-pnr-val-dargens-recensement-chauves-souris",
    meta={"site": "www.pnr-valdargens.example.fr", "style": "nature-park-clean", "defects": []},
    blocks=[
        P("Le Parc naturel régional du Val d’Argens lance le premier recensement participatif des chauves-souris"),
        P("Le Luc, le 9 décembre 2025 – Le Parc naturel régional du Val d’Argens lance cet hiver le premier "
          "recensement participatif des chauves-souris dans ses 24 communes. Les habitants sont invités à signaler, "
          "jusqu’au 31 mars 2026, les colonies observées dans les greniers, les caves, les églises et les ponts."),
        P("Sur les 34 espèces présentes en France, 21 ont déjà été observées sur le territoire du Parc, dont le grand "
          "rhinolophe et le minioptère de Schreibers, deux espèces menacées. Leurs effectifs ont reculé d’environ "
          "40 % en quinze ans, selon l’Office français de la biodiversité (OFB)."),
        P("Une seule pipistrelle peut consommer jusqu’à 3 000 moustiques et petits insectes en une nuit. « Protéger "
          "les gîtes, c’est protéger nos vignes et nos oliviers sans pesticides », rappelle la présidente du Parc, "
          "Claire Baudoin-Estienne."),
        P("Deux soirées de découverte sont prévues, le vendredi 16 janvier 2026 à 18 h 30 à la salle des fêtes de "
          "Vins-sur-Caramy, puis le vendredi 6 février 2026 à Carcès. L’inscription est gratuite, dans la limite de "
          "40 places par soirée. Les observations peuvent aussi être transmises en ligne ou par téléphone à la maison "
          "du Parc."),
        L("""Contact presse :
Élodie Ferrandi, chargée de communication
04 94 73 21 56 – 06 32 18 47 09
e.ferrandi@pnr-valdargens.example.fr"""),
    ],
    gold=dict(
        title="Le Parc naturel régional du Val d’Argens lance le premier recensement participatif des chauves-souris",
        dateline=dl("Le Luc", "2025-12-09"),
        organisations=[org("Parc naturel régional du Val d’Argens", None),
                       org("Office français de la biodiversité", "OFB")],
        places=[place("Le Luc"), place("France", "FR"), place("Vins-sur-Caramy"), place("Carcès")],
        figures=[
            fig("le 9 décembre 2025", "2025-12-09", None, "date"),
            fig("24 communes", 24, "communes"),
            fig("31 mars 2026", "2026-03-31", None, "date"),
            fig("34 espèces", 34, "espèces"),
            fig("21", 21, None),
            fig("deux espèces", 2, "espèces"),
            fig("environ 40 %", 40, "%", "percent", qualifier="environ"),
            fig("quinze ans", 15, "ans", "duration"),
            fig("jusqu’à 3 000 moustiques", 3000, "moustiques", qualifier="jusqu’à"),
            fig("Deux soirées", 2, "soirées"),
            fig("le vendredi 16 janvier 2026 à 18 h 30", "2026-01-16", None, "date"),
            fig("le vendredi 6 février 2026", "2026-02-06", None, "date"),
            fig("40 places", 40, "places"),
        ],
        phones=[phone("+33494732156"), phone("+33632184709")],
        emails=["e.ferrandi@pnr-valdargens.example.fr"],
        contacts=[contact("Élodie Ferrandi", "chargée de communication", None, ["+33494732156", "+33632184709"],
                          ["e.ferrandi@pnr-valdargens.example.fr"])],
        notes="A (made-up) regional nature park's release from the Var with no defect and no boilerplate at all (the "
              "scraper kept only the article). The park is an organisation without acronym; 'Val d’Argens' is only "
              "inside its name (not a place); 'le Parc', 'la maison du Parc' are the same body or a building. 'jusqu’au "
              "31 mars 2026': date figure, 'jusqu’au' out. 'Sur les 34 espèces ..., 21 ont déjà été observées': "
              "'21' a count without noun. 'en quinze ans': a duration. 'Une seule pipistrelle', 'en une nuit', 'le "
              "premier recensement', 'par soirée': not figures. 'le vendredi 16 janvier 2026 à 18 h 30': one date "
              "figure with its clock time; 'puis le vendredi 6 février 2026': another. The bat species are not "
              "organisations. Contact: one person with role, a Var landline and a mobile without country code "
              "(+33) joined by a dash.",
    ),
))

# --------------------------------------------------------------------------- h206 innovation hub in Buea (Cameroon): English page under French chrome, cp1252 paragraph, obfuscated e-mail
PAGES.append(Page(
    name="h206-mount-fako-hub-buea-agritech-accelerator-en",
    meta={"site": "www.mountain-hub-buea.example.cm", "style": "innovation-hub-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "duplicate-lines", "breadcrumb",
                      "mojibake-cp1252", "obfuscated-email", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Mount Fako Innovation Hub – Incubateur de startups du Sud-Ouest
Français | English
Accueil
Programmes
Programmes
Startups
Actualités
Actualités
Nous rejoindre
Accueil > Actualités > Communiqués
Communiqué · 3 décembre 2025
Cette actualité n’est disponible qu’en anglais."""),
        P("Twelve Cameroonian start-ups selected for the 2026 AgriTech accelerator"),
        P("BUEA, Cameroon, December 3, 2025 — The Mount Fako Innovation Hub (MFIH) has selected 12 start-ups out of 347 "
          "applications for the third cohort of its AgriTech accelerator, which opens on January 12, 2026 in Buea "
          "and Bamenda."),
        P("Each start-up will receive a grant of FCFA 15 million (about US$26,500) and six months of mentoring. Five "
          "of the twelve teams are led by women, and the average age of the founders is 27."),
        P(moji_rep("“Farmers in the North-West and South-West lose up to 40% of their harvest after it leaves the "
                   "field. That’s the problem our founders are solving,” said MFIH’s director, Ngozi Ewane-Tabi.")),
        P("The programme is funded by the German development agency GIZ and the African Development Bank (AfDB), "
          "with a total budget of €1.2 million over three years. Since 2021, the hub’s 41 alumni companies have "
          "created some 380 jobs."),
        L("""Media contact:
Ewoh Mbah, Communications Officer
Tel.: +237 6 77 45 21 08 / +237 233 32 21 40 ext. 12
ewoh.mbah (at) mountain-hub-buea.example.cm"""),
        B("""Partager : Facebook | LinkedIn | X | WhatsApp
Voir aussi
Demo Day 2025 : les dix startups de la deuxième promotion (18/07/2025)
Appel à candidatures : accélérateur AgriTech 2026 (02/09/2025)
Mount Fako Innovation Hub – BP 63 Buea – Région du Sud-Ouest, Cameroun – Tél. : +237 233 32 21 40
© 2025 MFIH – Tous droits réservés"""),
    ],
    gold=dict(
        title="Twelve Cameroonian start-ups selected for the 2026 AgriTech accelerator",
        dateline=dl("BUEA", "2025-12-03"),
        organisations=[org("Mount Fako Innovation Hub", "MFIH"), org(None, "GIZ"),
                       org("African Development Bank", "AfDB")],
        places=[place("Buea"), place("Cameroon", "CM"), place("Bamenda"), place("North-West"),
                place("South-West")],
        figures=[
            fig("Twelve Cameroonian start-ups", 12, "start-ups"),
            fig("December 3, 2025", "2025-12-03", None, "date"),
            fig("12 start-ups", 12, "start-ups"),
            fig("347 applications", 347, "applications"),
            fig("January 12, 2026", "2026-01-12", None, "date"),
            fig("FCFA 15 million", 15000000, "FCFA", "money", currency="XAF"),
            fig("about US$26,500", 26500, "US$", "money", qualifier="about", currency="USD"),
            fig("six months", 6, "months", "duration"),
            fig("Five", 5, None),
            fig("twelve teams", 12, "teams"),
            fig("27", 27, None, "age"),
            fig("up to 40%", 40, "%", "percent", qualifier="up to"),
            fig("€1.2 million", 1200000, "€", "money", currency="EUR"),
            fig("three years", 3, "years", "duration"),
            fig("2021", 2021, None, "year"),
            fig("41 alumni companies", 41, "companies"),
            fig("some 380 jobs", 380, "jobs", qualifier="some"),
        ],
        phones=[phone("+237677452108"), phone("+237233322140", extension="12")],
        emails=[],
        contacts=[contact("Ewoh Mbah", "Communications Officer", None, ["+237677452108", "+237233322140"], [])],
        notes="An English release on the French site of a (made-up) start-up incubator in Buea (Cameroon's "
              "English-speaking South-West region): hub name line, language line, vertical menu with doubled "
              "'Programmes' and 'Actualités', breadcrumb, type/date line, a French line saying the news exists only "
              "in English; share line, 'Voir aussi' headlines with dates, footer with BP box and switchboard, "
              "copyright (boilerplate). The quote paragraph is UTF-8 read as cp1252 ('â€œ', 'Thatâ€™s', and 'â€�' for the closing ” whose last byte cp1252 does not define). English "
              "dateline with an em dash 'BUEA, Cameroon, December 3, 2025 —' (month-first date): place as written, "
              "'Buea' and the country listed. '2026 AgriTech accelerator': a programme's edition year (not a figure, "
              "as a plan's). 'Twelve Cameroonian start-ups' (title: the adjective before the noun stays in the text) "
              "and '12 start-ups' (body) are two texts. 'FCFA 15 million': the currency written before the number "
              "keeps it as unit (h120-h135 rule for 'VT'), XAF (Cameroon). 'about US$26,500': qualifier 'about'. "
              "'Five of the twelve teams': 'Five' (unit null) and 'twelve teams' (h152-h167 'three of the four "
              "vessels'). 'the average age of the founders is 27': an age without unit. 'Since 2021': '2021'. '41 "
              "alumni companies': unit 'companies' ('alumni' is a noun adjunct, left out of the unit but in the "
              "text). 'some 380 jobs': qualifier 'some'. 'the third cohort': an ordinal word, not a figure. GIZ is "
              "introduced by a description ('the German development agency'), never by its long form: long form "
              "null. North-West and South-West are regions (iso null); 'Cameroonian' is a demonym. Contact: a person "
              "with an English role, a mobile written '+237 6 77 ...' and the switchboard with 'ext. 12' joined by "
              "'/'; the address is obfuscated with '(at)' (kept, not listed).",
    ),
))

# --------------------------------------------------------------------------- h207 news channel on a messaging app: listing of four posts, agency datelines, emoji, cp1252 post, ’ dropped
PAGES.append(Page(
    name="h207-kaloum-express-canal-messagerie-listing",
    meta={"site": "t.kaloum-express.example.gn", "style": "messaging-channel-listing", "listing": True,
          "defects": ["listing", "messaging-channel", "mojibake-cp1252", "lost-apostrophe", "read-more"]},
    blocks=[
        B("""Kaloum Express 🇬🇳
48 312 abonnés
Canal · L’actualité de la Guinée en continu
REJOINDRE
📌 Message épinglé : Kaloum Express, votre info vérifiée depuis 2016
8 décembre
Kaloum Express"""),
        P("🔴 Conakry : le pont de Kagbélen rouvert à la circulation après six mois de travaux"),
        P("Conakry, 8 déc. (AGP) – Le pont de Kagbélen, sur la route nationale 1, a été rouvert lundi aux véhicules "
          "légers après six mois de travaux de réhabilitation, d’un coût de 42 milliards de francs guinéens. Les "
          "poids lourds de plus de 20 tonnes devront attendre le 15 janvier."),
        B("""🔗 kaloum-express.example.gn – Lire l’article complet
👁 12,4 K · 09:14
↪ Transférer
Kaloum Express"""),
        P("Kankan : le concours de recrutement de 2 000 enseignants reprogrammé"),
        P("Kankan, 8 déc. (AGP) – Le ministère de la Fonction publique a annoncé le report au samedi 13 décembre des "
          "épreuves du concours de recrutement de 2 000 enseignants contractuels, auxquelles sont inscrits 14 218 "
          "candidats. Le ministère invoque un problème d’impression des sujets.", apos="drop"),
        B("""👁 8,7 K · 11:52
↪ Transférer
7 décembre
Kaloum Express"""),
        P("⚡ Boké : les exportations de bauxite en hausse de 18 % sur onze mois"),
        P("Boké, 7 déc. (AGP) – Selon la Chambre des mines de Guinée (CMG), 121,4 millions de tonnes de bauxite ont été "
          "exportées entre janvier et novembre, contre 102,9 millions sur la même période de 2024. Le port de "
          "Kamsar assure à lui seul près de la moitié des expéditions.", moji="cp1252"),
        B("""👁 15,2 K · 18:03
↪ Transférer
Kaloum Express"""),
        P("Labé : campagne de vaccination contre la rougeole pour 310 000 enfants"),
        P("Labé, 7 déc. (AGP) – La direction régionale de la santé lancera du 10 au 16 décembre une campagne de "
          "vaccination contre la rougeole visant quelque 310 000 enfants âgés de 9 à 59 mois dans les cinq "
          "préfectures de la région. Une soixantaine d’équipes mobiles seront déployées."),
        B("""👁 6,9 K · 20:41
↪ Transférer
Afficher les messages plus anciens
Ouvrir dans l’application · Télécharger l’application"""),
    ],
    gold=dict(
        title="🔴 Conakry : le pont de Kagbélen rouvert à la circulation après six mois de travaux",
        dateline=None,
        organisations=[org(None, "AGP"), org("ministère de la Fonction publique", None),
                       org("Chambre des mines de Guinée", "CMG")],
        places=[place("Conakry"), place("Kagbélen"), place("Kankan"), place("Boké"), place("Kamsar"),
                place("Labé")],
        figures=[
            fig("six mois", 6, "mois", "duration"),
            fig("8 déc.", "--12-08", None, "date"),
            fig("42 milliards de francs guinéens", 42000000000, "francs guinéens", "money", currency="GNF"),
            fig("plus de 20 tonnes", 20, "tonnes", "other", qualifier="plus de"),
            fig("le 15 janvier", "--01-15", None, "date"),
            fig("2 000 enseignants", 2000, "enseignants"),
            fig("samedi 13 décembre", "--12-13", None, "date"),
            fig("14 218 candidats", 14218, "candidats"),
            fig("18 %", 18, "%", "percent"),
            fig("onze mois", 11, "mois", "duration"),
            fig("7 déc.", "--12-07", None, "date"),
            fig("121,4 millions de tonnes", 121400000, "tonnes", "other"),
            fig("102,9 millions", 102900000, None, "other"),
            fig("2024", 2024, None, "year"),
            fig("près de la moitié", 0.5, None, "other", qualifier="près de"),
            fig("310 000 enfants", 310000, "enfants"),
            fig("10", "--12-10", None, "date"),
            fig("16 décembre", "--12-16", None, "date"),
            fig("quelque 310 000 enfants", 310000, "enfants", qualifier="quelque"),
            fig("9", 9, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("cinq préfectures", 5, "préfectures"),
            fig("Une soixantaine d’équipes", 60, "équipes"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="Web view of a (made-up) Guinean news outlet's channel on a messaging app: four unrelated posts, each a "
              "headline line (emoji kept, h168-h183 rule) and a wire paragraph. Channel chrome is boilerplate (new "
              "tag 'messaging-channel', decided): the channel name with flag, subscriber count, description, "
              "'REJOINDRE', the pinned-message line, the day separators ('8 décembre', '7 décembre'), the channel "
              "name repeated above each post, the link-preview line ('🔗 ... – Lire l’article complet', tag "
              "'read-more'), the views-and-time line ('👁 12,4 K · 09:14'), '↪ Transférer', 'Afficher les messages "
              "plus anciens' and the app-download line. Clock times of the posts are chrome; the posts have no "
              "time stamp of their own in the article. Title: the first post's headline (README 'Listing titles'); "
              "page dateline null; the agency datelines 'Conakry, 8 déc. (AGP) –' etc. give the agency (acronym "
              "only, a real agency's acronym with invented news) and their dates ('8 déc.', '7 déc.': one text each, "
              "--MM-DD). The second post's body lost its ’ ('dimpression'); the third post's body is UTF-8 read as "
              "cp1252. 'six mois' in headline and body: one text. 'route nationale 1': a road's number (not a "
              "figure). 'au samedi 13 décembre': date figure without 'au'. '121,4 millions de tonnes' then 'contre "
              "102,9 millions' (kind other, unit null, same scale). 'de 2024': '2024'. 'près de la moitié': fraction "
              "0.5 with qualifier. 'entre janvier et novembre': months alone. '310 000 enfants' (headline) and "
              "'quelque 310 000 enfants' (body) are two texts. 'âgés de 9 à 59 mois': age range, first bound '9'. "
              "'Une soixantaine d’équipes mobiles': approximate count (60, unit 'équipes'). 'du 10 au 16 décembre': "
              "first bound '10'. Francs guinéens are GNF. 'la direction régionale de la santé' is generic (lower "
              "case); the ministry acts as a source (listed). Kagbélen (a town on the bridge's road) and Kamsar (a "
              "port town) are places; 'Guinée' is only inside the CMG's name and the chrome.",
    ),
))


def _top_breaks(s: str) -> list[int]:
    """Positions of the ⏎ that are not inside [[...]] markup."""
    out, depth, i = [], 0, 0
    while i < len(s):
        if s.startswith("[[", i):
            depth += 1
            i += 2
            continue
        if s.startswith("]]", i) and depth:
            depth -= 1
            i += 2
            continue
        if s[i] == "⏎" and not depth:
            out.append(i)
        i += 1
    return out


def page_break(wrapped: str, after: int, furniture: str, **o) -> list:
    """A PDF paragraph whose `after`-th line is followed by a page break: head (article, carries the whole clean
    paragraph), the page furniture (boilerplate), the tail (article raw lines, no clean line of its own)."""
    cut = _top_breaks(wrapped)[after - 1]
    head, tail = wrapped[:cut], wrapped[cut + 1:]
    return [P(head + "[[||" + " " + side(tail, 1) + "]]", **o),
            B(furniture),
            P("[[" + side(tail, 0) + "||]]", **o)]


# --------------------------------------------------------------------------- h208 Togolese energy regulator: PDF text, letterhead, two-line title, right-aligned dateline, hyphenation, ligatures, page break inside a paragraph
H208_W = 86
H208 = [
    "Réunie en session ordinaire le 3 décembre 2025, la Haute autorité de régulation de l’énergie (HARE) a fixé les "
    "tarifs de vente de l’électricité applicables du 1er janvier au 31 décembre 2026. La tranche sociale, qui "
    "concerne les ménages consommant moins de 40 kilowattheures par mois, passe de 63 à 60,5 francs CFA le "
    "kilowattheure, soit une baisse de 4 %.",
    "Cette mesure bénéficiera à environ 812 000 abonnés, soit près de 58 % de la clientèle de la Compagnie énergie "
    "électrique du Togo (CEET). Son coût, estimé à 6,8 milliards de francs CFA par an, sera compensé par une "
    "subvention de l’État inscrite dans la loi de finances 2026.",
    "Pour les autres catégories, les tarifs restent inchangés. Les professionnels et les industriels raccordés en "
    "moyenne tension conservent le tarif de 98 francs CFA le kilowattheure, en vigueur depuis juillet 2023. La HARE "
    "a par ailleurs fixé à 18 mois le délai maximal de raccordement des nouvelles zones industrielles.",
    "La HARE rappelle que le taux d’électrification national a atteint 67,4 % fin 2024, contre 36 % en 2015 ; il "
    "dépasse 91 % à Lomé mais reste inférieur à 30 % dans la région des Savanes. Le plan « Électricité pour tous » "
    "vise une couverture complète d’ici 2030, grâce notamment à 317 mini-réseaux solaires dont les deux tiers "
    "sont déjà en service.",
    "Les réclamations relatives à la facturation peuvent être adressées au service des consommateurs de la HARE, "
    "du lundi au vendredi de 7 h 30 à 17 h 30, ou déposées dans l’une de ses cinq antennes régionales.",
]
PAGES.append(Page(
    name="h208-hare-togo-tarifs-electricite-2026-pdf",
    meta={"site": "www.hare-togo.example.tg", "style": "energy-regulator-pdf",
          "defects": ["page-furniture", "hard-wrap", "pdf-hyphenation", "stray-unicode-ligature", "postcode-trap"]},
    blocks=[
        B("""RÉPUBLIQUE TOGOLAISE
Travail – Liberté – Patrie
HAUTE AUTORITÉ DE RÉGULATION DE L’ÉNERGIE
Direction générale
N° 0412/HARE/DG/2025
COMMUNIQUÉ DE PRESSE"""),
        X("              Tarifs de l’électricité 2026 : baisse de 4 % pour les ménages\n"
          "                     à faible consommation au 1er janvier",
          "Tarifs de l’électricité 2026 : baisse de 4 % pour les ménages à faible consommation au 1er janvier",
          lig=True),
        X(" " * 60 + "Lomé, le 5 décembre 2025", "Lomé, le 5 décembre 2025"),
        P(pdfwrap(H208[0], H208_W), lig=True),
        P(pdfwrap(H208[1], H208_W), lig=True),
        *page_break(pdfwrap(H208[2], H208_W), 1,
                    "HARE – 12, avenue de la Libération – BP 3214 Lomé – www.hare-togo.example.tg\n"
                    "                                                                             1/2\n"
                    "Communiqué n° 0412/HARE/DG/2025 – Tarifs de l’électricité 2026", lig=True),
        P(pdfwrap(H208[3], H208_W), lig=True),
        P(pdfwrap(H208[4], H208_W), lig=True),
        L("""Contact presse : Komi Agbéko Amétépé, chargé des relations publiques
Tél. : (+228) 22 23 14 60 / 90 15 42 77
Courriel : relations.publiques@hare-togo.example.tg"""),
        L("""Le Directeur général,
Kossi Mawuli Adjovi"""),
        B("""HARE – 12, avenue de la Libération – BP 3214 Lomé – www.hare-togo.example.tg
                                                                             2/2"""),
    ],
    gold=dict(
        title="Tarifs de l’électricité 2026 : baisse de 4 % pour les ménages à faible consommation au 1er janvier",
        dateline=dl("Lomé", "2025-12-05"),
        organisations=[org("Haute autorité de régulation de l’énergie", "HARE"),
                       org("Compagnie énergie électrique du Togo", "CEET")],
        places=[place("Lomé"), place("Savanes")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("4 %", 4, "%", "percent"),
            fig("1er janvier", "2026-01-01", None, "date"),
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("31 décembre 2026", "2026-12-31", None, "date"),
            fig("moins de 40 kilowattheures", 40, "kilowattheures", "other", qualifier="moins de"),
            fig("63", 63, None, "money", currency="XOF"),
            fig("60,5 francs CFA", 60.5, "francs CFA", "money", currency="XOF"),
            fig("environ 812 000 abonnés", 812000, "abonnés", qualifier="environ"),
            fig("près de 58 %", 58, "%", "percent", qualifier="près de"),
            fig("6,8 milliards de francs CFA", 6800000000, "francs CFA", "money", currency="XOF"),
            fig("98 francs CFA", 98, "francs CFA", "money", currency="XOF"),
            fig("juillet 2023", 2023, None, "year"),
            fig("18 mois", 18, "mois", "duration"),
            fig("67,4 %", 67.4, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("36 %", 36, "%", "percent"),
            fig("en 2015", 2015, None, "year"),
            fig("91 %", 91, "%", "percent"),
            fig("30 %", 30, "%", "percent"),
            fig("2030", 2030, None, "year"),
            fig("317 mini-réseaux", 317, "mini-réseaux"),
            fig("les deux tiers", 0.6667, None, "other"),
            fig("cinq antennes", 5, "antennes"),
        ],
        phones=[phone("+22822231460"), phone("+22890154277")],
        emails=["relations.publiques@hare-togo.example.tg"],
        contacts=[contact("Komi Agbéko Amétépé", "chargé des relations publiques", None,
                          ["+22822231460", "+22890154277"], ["relations.publiques@hare-togo.example.tg"])],
        notes="Plain text of a (made-up) Togolese energy regulator's PDF release: state letterhead with motto, the "
              "authority's name in capitals, directorate, reference number and the 'COMMUNIQUÉ DE PRESSE' label "
              "(boilerplate: a PDF without CMS title, h56-h71 rule); running footers with address, BP box and site, "
              "right-aligned page marks '1/2', '2/2', and the second page's running header (boilerplate). The page "
              "break falls inside the third paragraph (footer and header between two of its lines): one clean line "
              "(h136-h151 print rule). The title is centred over two lines (one title line); the dateline is "
              "right-aligned on its own line. Line breaks with hyphenation at line ends are joined; fi/fl ligatures "
              "(U+FB01/U+FB02) are expanded. Title: '2026' (a tariff year, a year figure), '4 %' (title and body: "
              "one text), 'au 1er janvier' (date '1er janvier', value 2026-01-01 from the tariff year, 'au' out). "
              "'du 1er janvier au 31 décembre 2026': the first bound has its own month, so its text is '1er janvier' "
              "(the same text as the title's, listed once). 'passe de 63 à 60,5 francs CFA le kilowattheure': a range "
              "of prices, first bound '63' (money XOF, unit null); 'le kilowattheure' stays out of the text "
              "(h184-h199 per-unit rule), also for '98 francs CFA'. 'moins de 40 kilowattheures par mois': a measure "
              "with qualifier. 'loi de finances 2026': the year in a law's title is not a figure (legal reference, "
              "h136-h151), decided; the title's '2026' is. 'fin 2024': '2024'; 'depuis juillet 2023': month-year. "
              "'les deux tiers': a fraction (0.6667) without qualifier ('les' is an article). 'par an', 'par mois', "
              "opening hours, 'N° 0412/HARE/DG/2025', 'BP 3214', '12, avenue': not figures. 'le plan « Électricité "
              "pour tous »' is a plan. 'la région des Savanes' gives 'Savanes' (iso null); 'Togo' is only inside the "
              "CEET's name and the letterhead (not listed). Contact: a person with role, a landline written "
              "'(+228) 22 ...' and a mobile without code joined by '/'. The signature ('Le Directeur général,' and a "
              "name) is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h209 Senegalese departmental council, SPIP old CMS: hard wraps, split number, ’ as a space, lost dashes
PAGES.append(Page(
    name="h209-cd-oussouye-riziculture-semences-sel",
    meta={"site": "www.cd-oussouye.example.sn", "style": "departmental-council-spip-old-cms",
          "defects": ["menu", "breadcrumb", "hard-wrap", "lost-apostrophe", "lost-dash", "double-space",
                      "cms-footer"]},
    wrap=74, jitter=8,
    blocks=[
        B("""Conseil départemental d’Oussouye
Accueil | Le Département | Communes | Projets | Actualités | Contact
Vous êtes ici : Accueil > Actualités > Communiqués"""),
        P("Riziculture : 2 400 producteurs formés aux semences tolérantes au sel", nowrap=True),
        B("""Publié le lundi 8 décembre 2025 par Webmaster
popularité : 3%"""),
        P("Oussouye, le 8 décembre 2025 – Le Conseil départemental d’Oussouye a clôturé samedi à Mlomp la campagne "
          "de formation de quelque 2⏎400 riziculteurs, dont 1 650 femmes, aux variétés de riz tolérantes au sel "
          "mises au point par l’Institut sénégalais de recherches agricoles (ISRA).", apos="space", nodash=""),
        P("Dans les vallées de Kamobeul et d’Oukout, la remontée de la langue salée a rendu incultes près de 3 800 "
          "hectares de rizières en vingt ans, soit près d’un tiers des surfaces cultivables du département. Les "
          "nouvelles variétés, testées pendant trois hivernages sur 42 parcelles de démonstration, ont donné des "
          "rendements de 2,8 à 3,5 tonnes à l’hectare, contre 1,2 tonne pour les variétés locales.", apos="space"),
        P("Le programme, d’un coût de 286 millions de francs CFA, est cofinancé par le Fonds international de "
          "développement agricole (FIDA) et la coopération espagnole. Chaque producteur formé a reçu 25 kilos de "
          "semences certifiées et un petit outillage."),
        P("« Nos mamans cultivent ces rizières depuis des générations – la terre ne doit pas mourir avec elles », a "
          "déclaré le président du Conseil départemental, Jean-Baptiste Diatta, qui a annoncé la construction de 12 "
          "kilomètres de digues anti-sel d’ici juin 2026.", nodash=""),
        P("Une deuxième phase, qui doit toucher 3 000 producteurs supplémentaires dans les communes de Loudia Ouolof "
          "et de Santhiaba Manjacque, démarrera en 2026.", apos="space"),
        L("Contact : Cellule de communication du Conseil départemental – Tél/Fax : (+221) 33 991 12 45 – Mobile : "
          "77 640 21 18 – communication@cd-oussouye.example.sn", nodash=""),
        B("""Dans la même rubrique
› Budget 2026 : le Conseil départemental adopte 1,9 milliard de francs CFA
› Reboisement des mangroves : 40 000 palétuviers plantés à Pointe Saint-Georges
Répondre à cet article
Suivre la vie du site  RSS 2.0 | Plan du site | Espace privé | SPIP | squelette"""),
    ],
    gold=dict(
        title="Riziculture : 2 400 producteurs formés aux semences tolérantes au sel",
        dateline=dl("Oussouye", "2025-12-08"),
        organisations=[org("Conseil départemental d’Oussouye", None),
                       org("Institut sénégalais de recherches agricoles", "ISRA"),
                       org("Fonds international de développement agricole", "FIDA")],
        places=[place("Oussouye"), place("Mlomp"), place("Kamobeul"), place("Oukout"), place("Loudia Ouolof"),
                place("Santhiaba Manjacque")],
        figures=[
            fig("2 400 producteurs", 2400, "producteurs"),
            fig("le 8 décembre 2025", "2025-12-08", None, "date"),
            fig("quelque 2 400 riziculteurs", 2400, "riziculteurs", qualifier="quelque"),
            fig("1 650 femmes", 1650, "femmes"),
            fig("près de 3 800 hectares", 3800, "hectares", "other", qualifier="près de"),
            fig("vingt ans", 20, "ans", "duration"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("trois hivernages", 3, "hivernages", "duration"),
            fig("42 parcelles", 42, "parcelles"),
            fig("2,8", 2.8, None, "other"),
            fig("3,5 tonnes", 3.5, "tonnes", "other"),
            fig("1,2 tonne", 1.2, "tonne", "other"),
            fig("286 millions de francs CFA", 286000000, "francs CFA", "money", currency="XOF"),
            fig("25 kilos", 25, "kilos", "other"),
            fig("12 kilomètres", 12, "kilomètres", "other"),
            fig("juin 2026", 2026, None, "year"),
            fig("3 000 producteurs", 3000, "producteurs"),
            fig("en 2026", 2026, None, "year"),
        ],
        phones=[phone("+221339911245"), phone("+221776402118")],
        emails=["communication@cd-oussouye.example.sn"],
        contacts=[contact(None, None, "Cellule de communication du Conseil départemental",
                          ["+221339911245", "+221776402118"], ["communication@cd-oussouye.example.sn"])],
        notes="A (made-up) Senegalese departmental council's news page on an old SPIP site: council name, one-line "
              "menu, breadcrumb, 'Publié le ... par Webmaster' and SPIP's 'popularité : 3%' line, 'Dans la même "
              "rubrique' headlines, 'Répondre à cet article' and SPIP's credit footer ('Suivre la vie du site RSS "
              "2.0 | ... | SPIP | squelette'; tag 'cms-footer') (boilerplate). The body is hard-wrapped by the CMS at "
              "about 70 columns (title excepted) and the wrap splits 'quelque 2' / '400 riziculteurs' (one figure). "
              "’ as a space in the first two body paragraphs ('d Oussouye', 'l Institut', 'd Oukout', 'd un tiers', 'l hectare'); the en dashes of the "
              "dateline, of the quote's inserted clause and of the contact line are lost (double spaces). '2 400 "
              "producteurs' (title) and 'quelque 2 400 riziculteurs' (body) are two texts. 'en vingt ans': duration. "
              "'trois hivernages' (rainy seasons): a duration with unit 'hivernages' (decided). 'de 2,8 à 3,5 tonnes "
              "à l’hectare, contre 1,2 tonne': a range of yields (first bound bare) and a third measure; 'à "
              "l’hectare' stays out of the text (per-unit rule). 'd’ici juin 2026': month-year; 'en 2026': year. "
              "'samedi', 'Une deuxième phase', 'Chaque producteur', 'un petit outillage': not figures. The council "
              "is listed under its long form as written (no acronym); the town also stands alone in the dateline "
              "(place). 'la coopération espagnole' is generic (h152-h167). Mlomp, Kamobeul, Oukout, Loudia Ouolof and "
              "Santhiaba Manjacque are villages/communes (places). Contact: the council's communication cell (an "
              "office line) with one number labelled 'Tél/Fax' (one entry, kind 'phone': the number answers both, "
              "decided), a mobile without code (+221) and an address.",
    ),
))

# --------------------------------------------------------------------------- h210 Magdalen Islands fishermen's cooperative, WordPress: shortcodes, <h1> title, <h2> glued, entities, &nbsp; in amounts
H210_IMG = ('<img class="size-large wp-image-2481" src="https://www.cpim.example.ca/wp-content/uploads/2025/12/'
            'quai-cap-aux-meules-1024x683.jpg" alt="" width="1024" height="683" />')
PAGES.append(Page(
    name="h210-cpim-iles-madeleine-ristourne-homard",
    meta={"site": "www.cpim.example.ca", "style": "cooperative-wordpress-shortcodes",
          "defects": ["menu", "html-debris", "wp-shortcodes", "heading-glued", "share-lines", "comments-widget"]},
    blocks=[
        B("""Aller au contenu
Coopérative des pêcheurs des Îles – Cap-aux-Meules
Accueil Nouvelles La coopérative Nos produits Nous joindre
Nouvelles / Communiqués
10 décembre 2025 | Coopérative | 0 commentaire"""),
        P("[[<h1 class=\"entry-title\">||]]Homard : la Coopérative versera une ristourne record de 2,1 M$ à ses "
          "membres[[</h1>||]]"),
        B("[vc_row][vc_column][vc_column_text]"),
        P("[[<p>||]]" + ent("Cap-aux-Meules, le 10 décembre 2025 – La Coopérative des pêcheurs des Îles-de-la-Madeleine "
                            "(CPIM) versera à ses 214 membres une ristourne de 2,1\u00a0M$, la plus élevée de ses 52 ans "
                            "d’histoire, a annoncé son conseil d’administration à l’issue de l’assemblée générale "
                            "annuelle.", "’–\u00a0") + "[[</p>||]]"),
        P("[[<h2>||]]Une saison exceptionnelle[[</h2>||]]"),
        P("[[<p>||]]" + ent("Les membres ont débarqué 4,2 millions de livres de homard lors de la saison 2025, qui "
                            "s’est déroulée du 2 mai au 4 juillet, soit 11\u00a0% de plus qu’en 2024. Le prix moyen "
                            "payé au quai a atteint 8,75\u00a0$ la livre, contre 7,40\u00a0$ un an plus tôt.",
                            "’\u00a0") + "[[</p>||]]", glue=True),
        P("[[[caption id=\"attachment_2481\" align=\"aligncenter\" width=\"1024\"]" + H210_IMG + " ||]]"
          "Déchargement des casiers au quai de Cap-aux-Meules, le 2 mai 2025. Photo : Coopérative/Réal "
          "Cyr[[[/caption]||]]"),
        P("[[<p>||]]" + ent("« C’est le résultat d’une ressource bien gérée et de prix soutenus sur le marché "
                            "américain », souligne le président de la Coopérative, Gilles Arseneau. La ristourne "
                            "représente en moyenne 9\u00a0800\u00a0$ par membre.", "’«»\u00a0")
          .replace("[[&laquo;||«]] ", "[[&laquo;&nbsp;||«\u00a0]]").replace(" [[&raquo;||»]]",
                                                                            "[[&nbsp;&raquo;||\u00a0»]]")
          + "[[</p>||]]"),
        P("[[<p>||]]" + ent("La Coopérative investira aussi 640\u00a0000\u00a0$ dans un nouveau vivier de 300 tonnes à "
                            "Grande-Entrée, aux Îles-de-la-Madeleine, avec l’aide de Pêches et Océans Canada (MPO) et "
                            "du ministère de l’Agriculture, des Pêcheries et de l’Alimentation du Québec (MAPAQ).",
                            "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Renseignements[[&nbsp;:</strong><br />||\u00a0:]]
Josée Bourgeois, directrice générale[[<br />||]]
418 986-2210, poste 224[[<br />||]]
[[<a href="mailto:jbourgeois@cpim.example.ca">jbourgeois@cpim.example.ca</a></p>||jbourgeois@cpim.example.ca]]"""),
        B("""[/vc_column_text][/vc_column][/vc_row]
Partager :
Facebook
Courriel
Imprimer
J’aime ça :
J’aime chargement…
Articles similaires
Le Madelinot II entre en cale sèche pour l’hiver
Assemblée générale annuelle : avis de convocation
Laisser un commentaire
Votre adresse courriel ne sera pas publiée.
Propulsé par WordPress | Thème : Astra"""),
    ],
    gold=dict(
        title="Homard : la Coopérative versera une ristourne record de 2,1 M$ à ses membres",
        dateline=dl("Cap-aux-Meules", "2025-12-10"),
        organisations=[org("Coopérative des pêcheurs des Îles-de-la-Madeleine", "CPIM"),
                       org("Pêches et Océans Canada", "MPO"),
                       org("ministère de l’Agriculture, des Pêcheries et de l’Alimentation du Québec", "MAPAQ")],
        places=[place("Cap-aux-Meules"), place("Grande-Entrée"), place("Îles-de-la-Madeleine")],
        figures=[
            fig("2,1 M$", 2100000, "M$", "money", currency="CAD"),
            fig("le 10 décembre 2025", "2025-12-10", None, "date"),
            fig("214 membres", 214, "membres"),
            fig("2,1\u00a0M$", 2100000, "M$", "money", currency="CAD"),
            fig("52 ans", 52, "ans", "age"),
            fig("4,2 millions de livres", 4200000, "livres", "other"),
            fig("2025", 2025, None, "year"),
            fig("2 mai", "2025-05-02", None, "date"),
            fig("4 juillet", "2025-07-04", None, "date"),
            fig("11\u00a0%", 11, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("8,75\u00a0$", 8.75, "$", "money", currency="CAD"),
            fig("7,40\u00a0$", 7.4, "$", "money", currency="CAD"),
            fig("le 2 mai 2025", "2025-05-02", None, "date"),
            fig("9\u00a0800\u00a0$", 9800, "$", "money", currency="CAD"),
            fig("640\u00a0000\u00a0$", 640000, "$", "money", currency="CAD"),
            fig("300 tonnes", 300, "tonnes", "other"),
        ],
        phones=[phone("+14189862210", extension="224")],
        emails=["jbourgeois@cpim.example.ca"],
        contacts=[contact("Josée Bourgeois", "directrice générale", None, ["+14189862210"],
                          ["jbourgeois@cpim.example.ca"])],
        notes="WordPress site of a (made-up) fishermen's cooperative in the Magdalen Islands (Québec), built with a "
              "page builder whose shortcodes leak into the text (new tag 'wp-shortcodes', decided): the lines that "
              "are only shortcodes ('[vc_row][vc_column][vc_column_text]' and the closing line) are boilerplate, as "
              "lines that are only HTML; the '[caption ...]<img ... /> text[/caption]' line holds the photo caption "
              "(article text, shortcode and <img> removed). Chrome: skip line, site name, a one-line menu without "
              "separators, rubric line, date/category/comment-count line; share lines, 'J’aime ça : J’aime "
              "chargement…' (the like widget), 'Articles similaires' headlines, the comment form's lines, theme "
              "footer (boilerplate). HTML: <h1 class=\"entry-title\"> around the title, <h2> glued to the next <p> "
              "('exceptionnelle</h2><p>Les membres'), <p>, <strong>, <br />, '&#8217;', '&#8211;', '&nbsp;' "
              "(U+00A0: in '2,1\u00a0M$', '11\u00a0%', '8,75\u00a0$', '9\u00a0800\u00a0$', '640\u00a0000\u00a0$', "
              "'«\u00a0 ... \u00a0»' and before the colon of 'Renseignements :'), '&laquo;'/'&raquo;', a full mailto "
              "link. '$' on a Québec page is CAD; the title's '2,1 M$' (plain space) and the body's '2,1\u00a0M$' "
              "are two texts (h184-h199 rule). 'ses 52 ans d’histoire': the cooperative's age (kind age, h184-h199 "
              "anniversary rule). '4,2 millions de livres' (pounds): a measure, unit 'livres'. 'la saison 2025': a "
              "season's year (a year figure '2025'). 'du 2 mai au 4 juillet': the first bound has its own month "
              "(text '2 mai'); both values take the season's year 2025 (decided: the range has no year of its own and "
              "the sentence dates the season). '8,75 $ la livre': 'la livre' stays out (per-unit rule); 'contre 7,40 "
              "$': CAD. 'par membre', 'un an plus tôt': not figures. The caption's 'le 2 mai 2025' is another text "
              "than '2 mai'. MPO and MAPAQ are written long form (ACR); 'Canada' and 'Québec' are only inside their "
              "names, 'Îles-de-la-Madeleine' stands alone once (place). 'conseil d’administration', 'assemblée "
              "générale' are generic; 'la Coopérative' is the same body. Contact: a person with role and a Québec "
              "number with 'poste 224', the address in a mailto link.",
    ),
))

# --------------------------------------------------------------------------- h211 Belgian heritage museum (Dinant): article body in Mac Roman mojibake
H211_BODY = [
    "Dinant, le 9 décembre 2025 – La Maison du patrimoine mosan consacrera du 14 février au 30 août 2026 sa grande "
    "exposition annuelle aux dinanderies, ces objets de cuivre et de laiton martelés qui ont fait la renommée de la "
    "ville dès le XIIe siècle.",
    "Venus de 23 musées et collections privées de Belgique, de France, des Pays-Bas et d’Allemagne, les objets "
    "couvrent huit siècles de savoir-faire. Le clou de l’exposition, un lutrin en forme d’aigle de 1,87 mètre coulé "
    "vers 1480, quitte pour la première fois l’église de Walcourt.",
    "Le budget de l’exposition s’élève à 1,35 million d’euros, dont 420 000 € apportés par la Fédération "
    "Wallonie-Bruxelles et 180 000 € par la Ville de Dinant. Les organisateurs attendent 60 000 visiteurs, soit près "
    "de deux fois la fréquentation de 2024.",
    "Tarifs : 12 € pour les adultes, 8 € pour les seniors et les étudiants, gratuit pour les moins de 12 ans. Des "
    "ateliers de martelage sont proposés aux 8–14 ans les mercredis de mars et d’avril.",
]
PAGES.append(Page(
    name="h211-patrimoine-mosan-dinant-exposition-dinanderies",
    meta={"site": "www.patrimoine-mosan.example.be", "style": "museum-newsroom-mac-roman",
          "defects": ["menu", "breadcrumb", "mojibake-mac-roman", "share-lines", "postcode-trap"]},
    blocks=[
        B("""FR | NL | EN
Maison du patrimoine mosan – Dinant
Le musée | Expositions | Agenda | Groupes et écoles | Presse
Accueil » Presse » Communiqués
Communiqué – 09.12.2025"""),
        P("« Dinanderies » : 1 450 objets en cuivre et en laiton exposés à Dinant dès le 14 février 2026"),
        *[P(t, moji="mac_roman") for t in H211_BODY],
        L("""Contact presse :
Anne-Sophie Delvaux – +32 (0)82 22 45 15 – GSM 0475 12 34 88
presse@patrimoine-mosan.example.be""", moji="mac_roman"),
        B("""Télécharger le dossier de presse (PDF, 4,8 Mo) | Photos HD
Partager : Facebook – Instagram – LinkedIn
Infos pratiques : rue Grande 112, 5500 Dinant – du mardi au dimanche, de 10 h à 18 h
© 2025 Maison du patrimoine mosan asbl – N° d’entreprise 0456.789.123"""),
    ],
    gold=dict(
        title="« Dinanderies » : 1 450 objets en cuivre et en laiton exposés à Dinant dès le 14 février 2026",
        dateline=dl("Dinant", "2025-12-09"),
        organisations=[org("Maison du patrimoine mosan", None), org("Fédération Wallonie-Bruxelles", None)],
        places=[place("Dinant"), place("Belgique", "BE"), place("France", "FR"), place("Pays-Bas", "NL"),
                place("Allemagne", "DE"), place("Walcourt")],
        figures=[
            fig("1 450 objets", 1450, "objets"),
            fig("le 14 février 2026", "2026-02-14", None, "date"),
            fig("le 9 décembre 2025", "2025-12-09", None, "date"),
            fig("14 février", "2026-02-14", None, "date"),
            fig("30 août 2026", "2026-08-30", None, "date"),
            fig("XIIe", 12, None, "ordinal"),
            fig("23 musées", 23, "musées"),
            fig("huit siècles", 8, "siècles", "duration"),
            fig("1,87 mètre", 1.87, "mètre", "other"),
            fig("1480", 1480, None, "year"),
            fig("1,35 million d’euros", 1350000, "euros", "money", currency="EUR"),
            fig("420 000 €", 420000, "€", "money", currency="EUR"),
            fig("180 000 €", 180000, "€", "money", currency="EUR"),
            fig("60 000 visiteurs", 60000, "visiteurs"),
            fig("près de deux fois", 2, "fois", "other", qualifier="près de"),
            fig("2024", 2024, None, "year"),
            fig("12 €", 12, "€", "money", currency="EUR"),
            fig("8 €", 8, "€", "money", currency="EUR"),
            fig("moins de 12 ans", 12, "ans", "age", qualifier="moins de"),
            fig("8", 8, None, "age"),
            fig("14 ans", 14, "ans", "age"),
        ],
        phones=[phone("+3282224515"), phone("+32475123488")],
        emails=["presse@patrimoine-mosan.example.be"],
        contacts=[contact("Anne-Sophie Delvaux", None, None, ["+3282224515", "+32475123488"],
                          ["presse@patrimoine-mosan.example.be"])],
        notes="Press page of a (made-up) heritage museum in Dinant (Belgium): language line, site name, one-line "
              "menu, breadcrumb, type/date line; press-kit line, share line, practical-information line with "
              "street number and postcode 5500, copyright with the company number (boilerplate). The title (a CMS "
              "field) is clean; every line of the article body and of the contact block is UTF-8 read as Mac Roman "
              "('d‚Äôeuros', '‚Äì', '420 000 ‚Ç¨', '√©', '¬´'), decoded in the clean text. 'le 14 février 2026' "
              "(title) and the body's first bound '14 février' (range 'du 14 février au 30 août 2026', first bound "
              "with its own month, value with the second's year) are two texts. 'dès le XIIe siècle': a century in "
              "Roman numerals is an ordinal figure (text 'XIIe', value 12, decided). 'huit siècles': duration. "
              "'coulé vers 1480': a year ('vers' left out, as 'depuis'; not one of the README's qualifiers). 'près de "
              "deux fois la fréquentation de 2024': a ratio (kind other, unit 'fois', qualifier 'près de') and the "
              "year '2024'. 'les moins de 12 ans': an age with qualifier; 'aux 8–14 ans': an age range written with "
              "an en dash, first bound '8' (age, unit null) and '14 ans' (h88-h103 hyphen rule). 'pour la première "
              "fois', 'les mercredis de mars et d’avril': not figures. 'la Ville de Dinant' is the town (README), "
              "'Fédération Wallonie-Bruxelles' (the community's government, a funder) is an organisation. Contact: a "
              "person without role, a Dinant landline written '+32 (0)82 ...' and a mobile labelled 'GSM' without "
              "code (+32).",
    ),
))

# --------------------------------------------------------------------------- h212 Malian portal reprinting an agency wire: slug, kicker, cp1250 paragraphs, half-repaired word, initials
PAGES.append(Page(
    name="h212-bamako-direct-amap-production-or-2025",
    meta={"site": "www.bamako-direct.example.ml", "style": "portal-agency-wire-cp1250",
          "defects": ["menu", "wire-slug", "mojibake-cp1250", "comments-widget", "share-lines"]},
    blocks=[
        B("""Bamako Direct – L’info du Mali en temps réel
Mardi 9 décembre 2025
Politique · Économie · Société · Sport · Culture · International
ÉCONOMIE
ECO-MALI-MINES-OR | 09/12/2025 10:45 | 412 mots"""),
        P("Mali : la production d’or industriel a reculé de 23 % en 2025"),
        P("Bamako, 9 déc (AMAP) – La production d’or des mines industrielles du Mali devrait s’établir à 50,2 tonnes "
          "en 2025, contre 65,1 tonnes en 2024, soit un recul de 23 %, a annoncé lundi le ministère des Mines lors "
          "d’une conférence de presse.", moji="cp1250"),
        P("Cette baisse s’explique principalement par l’arrêt, entre janvier et octobre, de la plus grande mine du "
          "pays, dans le cercle de Kéniéba, à la suite d’un différend fiscal avec l’État. L’orpaillage artisanal, "
          "estimé à une trentaine de tonnes par an, n’est pas pris en compte dans ces chiffres."),
        P("Selon le directeur national de la géologie et des mines, Mamadou Kouyaté, les recettes minières versées à "
          "l’État ont néanmoins atteint 612 milliards de FCFA, grâce au nouveau code minier de 2023 qui porte la "
          "participation publique jusqu’à 35 % du capital des sociétés. L’or représente plus des trois quarts des "
          "exportations du Mali.", moji="cp1250"),
        P("Le Mali, longtemps troisième producteur d’or d’Afrique, est désormais devancé par le Burkina Faso et la "
          "Côte d’Ivoire. Le ministère table sur un retour à 70 tonnes en 2026, avec la reprise complète des "
          "activités et l’entrée en production de deux nouvelles mines dans la [[rĂ©gion||région]] de Sikasso."),
        B("""AMAP/MK/BD
Partager : Facebook · X · WhatsApp
3 commentaires
Sidiki T. – 9 décembre 2025 à 12:31
Et les orpailleurs de Kéniéba, qui les compte ?
Sur le même sujet
Or : la Chambre des mines appelle à un dialogue avec les sociétés (02/12/2025)
Kéniéba : reprise partielle des activités à la grande mine (25/11/2025)
© 2025 Bamako Direct – Hamdallaye ACI 2000, Bamako – Tous droits réservés"""),
    ],
    gold=dict(
        title="Mali : la production d’or industriel a reculé de 23 % en 2025",
        dateline=dl("Bamako", "--12-09"),
        organisations=[org(None, "AMAP"), org("ministère des Mines", None)],
        places=[place("Mali", "ML"), place("Bamako"), place("Kéniéba"), place("Afrique"),
                place("Burkina Faso", "BF"), place("Côte d’Ivoire", "CI"), place("Sikasso")],
        figures=[
            fig("23 %", 23, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("9 déc", "--12-09", None, "date"),
            fig("50,2 tonnes", 50.2, "tonnes", "other"),
            fig("65,1 tonnes", 65.1, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("une trentaine de tonnes", 30, "tonnes", "other"),
            fig("612 milliards de FCFA", 612000000000, "FCFA", "money", currency="XOF"),
            fig("jusqu’à 35 %", 35, "%", "percent", qualifier="jusqu’à"),
            fig("plus des trois quarts", 0.75, None, "other", qualifier="plus des"),
            fig("70 tonnes", 70, "tonnes", "other"),
            fig("en 2026", 2026, None, "year"),
            fig("deux nouvelles mines", 2, "mines"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Malian news portal reprinting a national agency's wire: masthead, date line, menu, "
              "rubric kicker 'ÉCONOMIE' and the wire's slug line with time stamp and word count (tag 'wire-slug'), "
              "the wire initials 'AMAP/MK/BD' after the text, share line, comment counter and one comment, 'Sur le "
              "même sujet' headlines, footer (boilerplate; 'ACI 2000' is a district's name). The dateline paragraph "
              "and the third paragraph are UTF-8 read as cp1250 ('dĂ©c', 'â€“', 'lâ€™Ă‰tat'); one word of a clean "
              "paragraph is still cp1250 mojibake ('rĂ©gion', half-repaired). Dateline 'Bamako, 9 déc (AMAP) –': "
              "an abbreviated month without full stop and without year (--12-09, figure text '9 déc'); the agency is "
              "an organisation (acronym only, a real agency's acronym with invented news). '23 %' and 'en 2025' in "
              "title and body: one text each. 'une trentaine de tonnes': an approximate measure (30, kind other). "
              "'le nouveau code minier de 2023': the year of a law (not a figure, as h208's 'loi de finances 2026'; "
              "decided). 'plus des trois quarts': fraction with qualifier 'plus des'. 'troisième producteur': an "
              "ordinal word (not a figure). 'par an', 'lundi', 'entre janvier et octobre': not figures. FCFA in Mali "
              "are XOF. 'le ministère des Mines' acts as a source (listed); the national directorate is named only "
              "inside a role; 'l’État' generic. 'le cercle de Kéniéba' gives 'Kéniéba'; 'la région de Sikasso' gives "
              "'Sikasso'. No contact (a wire).",
    ),
))

# --------------------------------------------------------------------------- h213 francophone consumer-authorities network: contact block with phones in many national formats, obfuscated and hidden e-mails
PAGES.append(Page(
    name="h213-rfapc-congres-beyrouth-contacts",
    meta={"site": "www.rfapc.example.org", "style": "international-network-contacts",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "obfuscated-email", "hidden-email", "glued-phone",
                      "share-lines", "newsletter-chrome"]},
    blocks=[
        B("""RFAPC – Réseau francophone des autorités de protection des consommateurs
Le Réseau
Le Réseau
Membres
Travaux
Actualités
Actualités
Espace membres
Accueil / Actualités / Communiqués de presse
Communiqué de presse – 11 décembre 2025"""),
        P("Protection des consommateurs : le 9e congrès du RFAPC se tiendra à Beyrouth du 3 au 5 mars 2026"),
        P("Paris, le 11 décembre 2025 – Le Réseau francophone des autorités de protection des consommateurs (RFAPC) "
          "tiendra son 9e congrès à Beyrouth du 3 au 5 mars 2026, à l’invitation de la Direction de la protection du "
          "consommateur du ministère libanais de l’Économie et du Commerce. Quelque 180 délégués de 32 autorités "
          "membres, venus de 27 pays, sont attendus."),
        P("Les autorités membres ont traité près de 2,4 millions de plaintes en 2024, en hausse de 14 % depuis 2022. "
          "Le commerce en ligne représente désormais 61 % des litiges, contre 38 % il y a cinq ans. Le congrès doit "
          "adopter une charte commune sur les plateformes de vente en ligne et les faux avis de consommateurs."),
        P("Le budget du congrès, soit 240 000 euros, est financé pour un tiers par l’Organisation internationale de la "
          "Francophonie (OIF). Les inscriptions des délégations sont ouvertes jusqu’au 31 janvier 2026."),
        L("""Contacts presse
Secrétariat général (Paris) : Hélène Marchetti-Roux, chargée de communication – Tél. : +33 (0)1 44 18 52 60 – Fax : +33 (0)1 44 18 52 69 – presse[at]rfapc.example.org
Bureau des Amériques (Québec) : Martin Gagné – 418 643-0192, poste 2207 – sans frais : 1 877 421-3390 – m.gagne@rfapc.example.org
Bureau Europe (Bruxelles) : Sarah Vandenbroucke – 0032 2 512 44 80 – s.vandenbroucke (arobase) rfapc.example.org
Bureau de liaison (Genève) : Tél. 0041 22 718 45 60
Bureau Afrique (Dakar) : Aminata Diop Sarr – (+221) 33 869 12 40 / 77 640 21 19 – [email protected]
Comité d’organisation (Beyrouth) : Karim Haddad – +961 1 985 412 – WhatsApp +961 71 234 567 – k.haddad@rfapc.example.org
Océan Indien : Priya Ramgoolam-Dabee – Tél.+230 5471 2233 – p.ramgoolam@rfapc.example.org"""),
        B("""Partager : LinkedIn | X | Facebook | Courriel
Lettre d’information : recevez les actualités du Réseau – S’inscrire
À lire aussi
Faux avis en ligne : le RFAPC publie un guide pour les autorités (14/10/2025)
Journée mondiale des droits des consommateurs : la déclaration de Tunis (15/03/2025)
RFAPC – 18, rue de la Roquette – 75011 Paris – France
© 2025 RFAPC – Mentions légales – Données personnelles"""),
    ],
    gold=dict(
        title="Protection des consommateurs : le 9e congrès du RFAPC se tiendra à Beyrouth du 3 au 5 mars 2026",
        dateline=dl("Paris", "2025-12-11"),
        organisations=[org("Réseau francophone des autorités de protection des consommateurs", "RFAPC"),
                       org("Direction de la protection du consommateur du ministère libanais de l’Économie et du "
                           "Commerce", None),
                       org("Organisation internationale de la Francophonie", "OIF")],
        places=[place("Beyrouth"), place("Paris"), place("Québec"), place("Bruxelles"), place("Genève"),
                place("Dakar"), place("Océan Indien")],
        figures=[
            fig("9e", 9, None, "ordinal"),
            fig("3", "2026-03-03", None, "date"),
            fig("5 mars 2026", "2026-03-05", None, "date"),
            fig("le 11 décembre 2025", "2025-12-11", None, "date"),
            fig("Quelque 180 délégués", 180, "délégués", qualifier="Quelque"),
            fig("32 autorités", 32, "autorités"),
            fig("27 pays", 27, "pays"),
            fig("près de 2,4 millions de plaintes", 2400000, "plaintes", qualifier="près de"),
            fig("en 2024", 2024, None, "year"),
            fig("14 %", 14, "%", "percent"),
            fig("2022", 2022, None, "year"),
            fig("61 %", 61, "%", "percent"),
            fig("38 %", 38, "%", "percent"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("240 000 euros", 240000, "euros", "money", currency="EUR"),
            fig("un tiers", 0.3333, None, "other"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
        ],
        phones=[phone("+33144185260"), phone("+33144185269", kind="fax"),
                phone("+14186430192", extension="2207"), phone("+18774213390"),
                phone("+3225124480"), phone("+41227184560"),
                phone("+221338691240"), phone("+221776402119"),
                phone("+9611985412"), phone("+96171234567"),
                phone("+23054712233")],
        emails=["m.gagne@rfapc.example.org", "k.haddad@rfapc.example.org", "p.ramgoolam@rfapc.example.org"],
        hidden_emails=1,
        contacts=[
            contact("Hélène Marchetti-Roux", "chargée de communication", "Secrétariat général",
                    ["+33144185260", "+33144185269"], []),
            contact("Martin Gagné", None, "Bureau des Amériques", ["+14186430192", "+18774213390"],
                    ["m.gagne@rfapc.example.org"]),
            contact("Sarah Vandenbroucke", None, "Bureau Europe", ["+3225124480"], []),
            contact(None, None, "Bureau de liaison", ["+41227184560"], []),
            contact("Aminata Diop Sarr", None, "Bureau Afrique", ["+221338691240", "+221776402119"], []),
            contact("Karim Haddad", None, "Comité d’organisation", ["+9611985412", "+96171234567"],
                    ["k.haddad@rfapc.example.org"]),
            contact("Priya Ramgoolam-Dabee", None, None, ["+23054712233"], ["p.ramgoolam@rfapc.example.org"]),
        ],
        notes="Newsroom of a (made-up) network of francophone consumer-protection authorities (secretariat in "
              "Paris): site name with long form, vertical menu with doubled 'Le Réseau' and 'Actualités', "
              "breadcrumb, type/date line; share line, newsletter line, 'À lire aussi' headlines, footer with street "
              "number and postcode 75011, copyright (boilerplate). The point of the page is its contact block: seven "
              "office lines, each an office label with its city in brackets (the city is a place, README; the label "
              "is the contact's organisation as written, without the city), then person, role when given, numbers "
              "and an address. Phone shapes: '+33 (0)1 ...' with a '+33 (0)1 ...' fax; a Québec number '418 "
              "643-0192, poste 2207' and a toll-free '1 877 421-3390' after the label 'sans frais' (both +1, the "
              "second offered to the press, so it belongs to the contact); '0032 2 ...' and '0041 22 ...' (00 "
              "international prefix); '(+221) 33 ...' joined by '/' to a Senegalese mobile without code; a Lebanese "
              "landline '+961 1 ...' and a mobile labelled 'WhatsApp'; a Mauritian mobile glued to its label "
              "'Tél.+230 5471 2233' (tag 'glued-phone'). E-mails: one '[at]' and one '(arobase)' obfuscation (kept "
              "as written, not listed), one hidden address. The Geneva line has neither person nor address (one "
              "contact, organisation 'Bureau de liaison'). 'Océan Indien :' is a place label (README: not an "
              "organisation; listed as a place with iso null, as h184-h199's 'France :' labels). Title: '9e' "
              "(ordinal; one text with the body's), 'du 3 au 5 mars 2026' (first bound '3', 2026-03-03; same texts "
              "in the body). 'Quelque 180 délégués' (capital qualifier as written). 'depuis 2022': '2022'; 'il y a "
              "cinq ans': duration. 'pour un tiers': fraction. 'jusqu’au 31 janvier 2026': date, 'jusqu’au' out. "
              "The host is a directorate named with its ministry: one organisation under the longest name as "
              "written (README nested-name rule; 'libanais' is an adjective, 'Liban' is never written). 'Tunis' is "
              "only in a related headline.",
    ),
))

# --------------------------------------------------------------------------- h214 Cotonou business daily: ’, œ, € and en dashes all turned into '?' (Latin-1 trip with replacement), figures of many kinds
Q = dict(apos="?", oe="?", nodash="?", noeuro="?")
PAGES.append(Page(
    name="h214-financier-cotonou-commerce-benin-nigeria",
    meta={"site": "www.financier-cotonou.example.bj", "style": "business-daily-question-marks",
          "defects": ["menu", "lost-apostrophe", "oe-question-mark", "lost-euro", "lost-dash", "date-widget",
                      "ticker", "read-more", "postcode-trap"]},
    blocks=[
        B("""Le Financier de Cotonou
Mercredi 10 décembre 2025
Économie | Finances | Entreprises | Agriculture | Opinions | Abonnement
Taux du jour : 1 € = 655,957 FCFA | 1 $ = 561,20 FCFA | 1 000 NGN = 366,10 FCFA
COMMERCE"""),
        P("Commerce Bénin–Nigeria : les échanges officiels ont bondi de 38 % en un an", **Q),
        B("""Par Gildas Sossou
Publié le 10/12/2025 à 07:30 · Lecture : 4 min"""),
        P("COTONOU, 10 décembre 2025 – Les échanges commerciaux officiels entre le Bénin et le Nigeria ont atteint "
          "1 250 milliards de francs CFA sur les neuf premiers mois de 2025, en hausse de 38 % par rapport à la même "
          "période de 2024, selon une note de l’Institut national de la statistique et de la démographie (INStaD) "
          "publiée mardi.", **Q),
        P("Les exportations béninoises vers le Nigeria – huile de palme, riz reconditionné, pagnes – ont progressé de "
          "21,6 %, tandis que les importations, dominées par les produits pétroliers, ont crû de 52 %. Converties en "
          "monnaie nigériane, les seules ventes de carburant représentent près de 610 milliards de nairas, soit "
          "environ 390 millions de dollars. Le Nigeria reste le 1er client du Bénin et son 3e fournisseur.", **Q),
        P("Au cœur de cette reprise, le poste frontalier de Sèmè-Kraké voit passer chaque jour quelque 1 800 camions, "
          "contre à peine un millier il y a deux ans. Le temps de passage moyen y est tombé de 72 à 19 heures depuis "
          "la mise en service du guichet unique en juin 2024.", **Q),
        P("Avec l’Union européenne, la facture reste lourde : le Bénin y a importé pour 1,1 milliard d’euros de biens "
          "en 2024, dont 420 M€ de produits alimentaires, au taux fixe de 655,957 francs CFA pour 1 €.", **Q),
        P("« Nous sortons enfin de l’économie de contrebande – même si l’informel pèse encore les deux tiers des flux "
          "réels », estime l’économiste Rodrigue Hounkpè, qui enseigne depuis 2011 à l’Université d’Abomey-Calavi "
          "(UAC).", **Q),
        P("Selon l’INStaD, 64 % des commerçants transfrontaliers recensés sont des femmes, âgées en moyenne de 34 ans, "
          "et près d’un sur cinq a moins de 25 ans.", **Q),
        B("""Lire aussi : Port de Cotonou : le trafic de transit vers le Niger a repris
Partager : Facebook | WhatsApp | X
Les plus lus
1. Coton : la campagne 2025-2026 s’annonce record dans l’Alibori
2. Bourse régionale : la BRVM termine la semaine en hausse
Le Financier de Cotonou – 01 BP 4712 Cotonou – Tél. : +229 01 21 30 12 45
© 2025 Le Financier de Cotonou – Reproduction interdite"""),
    ],
    gold=dict(
        title="Commerce Bénin–Nigeria : les échanges officiels ont bondi de 38 % en un an",
        dateline=dl("COTONOU", "2025-12-10"),
        organisations=[org("Institut national de la statistique et de la démographie", "INStaD"),
                       org("Union européenne", None),
                       org("Université d’Abomey-Calavi", "UAC")],
        places=[place("Bénin", "BJ"), place("Nigeria", "NG"), place("Cotonou"), place("Sèmè-Kraké")],
        figures=[
            fig("38 %", 38, "%", "percent"),
            fig("10 décembre 2025", "2025-12-10", None, "date"),
            fig("1 250 milliards de francs CFA", 1250000000000, "francs CFA", "money", currency="XOF"),
            fig("neuf premiers mois", 9, "mois", "duration"),
            fig("2025", 2025, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("21,6 %", 21.6, "%", "percent"),
            fig("52 %", 52, "%", "percent"),
            fig("près de 610 milliards de nairas", 610000000000, "nairas", "money", qualifier="près de",
                currency="NGN"),
            fig("environ 390 millions de dollars", 390000000, "dollars", "money", qualifier="environ",
                currency="USD"),
            fig("1er", 1, None, "ordinal"),
            fig("3e", 3, None, "ordinal"),
            fig("quelque 1 800 camions", 1800, "camions", qualifier="quelque"),
            fig("un millier", 1000, None),
            fig("deux ans", 2, "ans", "duration"),
            fig("72", 72, None, "duration"),
            fig("19 heures", 19, "heures", "duration"),
            fig("juin 2024", 2024, None, "year"),
            fig("1,1 milliard d’euros", 1100000000, "euros", "money", currency="EUR"),
            fig("en 2024", 2024, None, "year"),
            fig("420 M€", 420000000, "M€", "money", currency="EUR"),
            fig("655,957 francs CFA", 655.957, "francs CFA", "money", currency="XOF"),
            fig("1 €", 1, "€", "money", currency="EUR"),
            fig("les deux tiers", 0.6667, None, "other"),
            fig("2011", 2011, None, "year"),
            fig("64 %", 64, "%", "percent"),
            fig("34 ans", 34, "ans", "age"),
            fig("près d’un sur cinq", 0.2, None, "other", qualifier="près d’"),
            fig("moins de 25 ans", 25, "ans", "age", qualifier="moins de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Beninese business daily: masthead, masthead date line (tag 'date-widget'), menu, an "
              "exchange-rate line ('Taux du jour : 1 € = ...', tag 'ticker'; its numbers are not figures), rubric "
              "kicker, byline and publication/reading "
              "lines under the title, an in-body-end 'Lire aussi :' line, share line, 'Les plus lus', footer with "
              "BP box and switchboard, copyright (boilerplate; the chrome is clean). The whole article (title "
              "included) went through Latin-1 with replacement: every ’, œ, € and en dash is a '?' ('l?Institut', "
              "'Au c?ur', '420 M?', 'pour 1 ?.', 'COTONOU, 10 décembre 2025 ? Les', 'Bénin?Nigeria'); é, « » and "
              "other Latin-1 letters survived. The clean text gives back the character that was lost (’, œ, €, –). "
              "Dateline 'COTONOU, 10 décembre 2025 –' (date without 'le'). '38 %' (title and body: one text); 'en un "
              "an': not a figure. 'sur les neuf premiers mois de 2025': duration and '2025'; 'de 2024' gives '2024' "
              "and 'en 2024' another text. Nairas are NGN. 'le 1er client ... son 3e fournisseur': ordinals. 'à peine "
              "un millier' (count 1000, 'à peine' is not a qualifier). 'de 72 à 19 heures': two durations, the first "
              "bare (unit null; a fall, written as a range). 'au taux fixe de 655,957 francs CFA pour 1 €': two money "
              "figures (the parity), decided. 'les deux tiers': fraction without qualifier. 'près d’un sur cinq': a "
              "proportion read as the fraction 0.2 with qualifier 'près d’' (decided). 'âgées en moyenne de 34 ans', "
              "'moins de 25 ans': ages. 'depuis 2011': '2011'. 'Union européenne' is written without acronym. "
              "'Abomey-Calavi' is only inside the university's name (not a place). No contact (a newspaper "
              "article).",
    ),
))

# --------------------------------------------------------------------------- h215 NGO consortium in southern Madagascar: seed-like menu, glued unaccented capital headings, organisations in both orders, space before comma, a paragraph without accents
PAGES.append(Page(
    name="h215-cgsr-grand-sud-insecurite-alimentaire",
    meta={"site": "www.cgsr-madagascar.example.mg", "style": "ngo-consortium-glued-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "unaccented-capitals", "space-before-comma",
                      "stripped-accents", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Consortium Grand Sud Résilience
Qui sommes-nous
Qui sommes-nousLe Consortium réunit sept ONG nationales et internationales engagées dans le sud de Madagascar depuis 2021.
Nos actions
Nos actions
- Sécurité alimentaire
- Nutrition
- Eau, hygiène et assainissement
-
Ressources
Ressources
- Rapports
- Cartes
-
Actualités
Actualités"""),
        P("Grand Sud : 1,3 million de personnes en insécurité alimentaire aiguë avant la soudure"),
        P("Antananarivo, le 11 décembre 2025 – Selon la dernière analyse du Cadre intégré de classification de la "
          "sécurité alimentaire (IPC), publiée mercredi par le BNGRC (Bureau national de gestion des risques et des "
          "catastrophes) et ses partenaires, 1,3 million de personnes se trouveront en phase 3 ou plus au premier "
          "trimestre 2026 dans les régions Androy, Anosy et Atsimo-Andrefana, dont 212 000 en phase 4 (urgence)."),
        P("[[MALNUTRITION AIGUE : LE SEUIL D'URGENCE DEPASSE||MALNUTRITION AIGUË : LE SEUIL D'URGENCE DÉPASSÉ]]"),
        P("Dans le district d’Ambovombe, le taux de malnutrition aiguë globale atteint 16,2 % chez les enfants de 6 à "
          "59 mois[[ ,||,]] au-dessus du seuil d’urgence de 15 % fixé par l’Organisation mondiale de la santé (OMS). "
          "L’Office national de nutrition (ONN) estime à 86 400 le nombre d’enfants qui auront besoin d’un traitement "
          "d’ici juin 2026.", glue=True),
        P("[[PRIORITES DU CONSORTIUM||PRIORITÉS DU CONSORTIUM]]"),
        P("Les sept membres du Consortium Grand Sud Résilience (CGSR), dont Action contre la faim (ACF), CARE et l’ONG "
          "Tandroy Mivoatse, lanceront le 5 janvier 2026 des distributions d’argent liquide pour 48 000 ménages, à "
          "raison de 75 000 ariary par mois pendant quatre mois. Le PAM (Programme alimentaire mondial) assurera en "
          "parallèle des rations de supplémentation pour les femmes enceintes et allaitantes.", glue=True),
        P("Le plan de réponse du consortium, chiffré à 42 milliards d’ariary (environ 9,3 millions de dollars), n’est "
          "financé qu’à 31 %. Les pluies de la dernière saison n’ont atteint que 38 % de la normale à Tsihombe, où "
          "les puits villageois sont à sec depuis septembre.", strip=True),
        P("« Chaque mois de retard se paie en vies d’enfants », alerte la coordinatrice du consortium, Voahangy "
          "Rasoanaivo, depuis Taolagnaro (Fort-Dauphin)."),
        L("""Contact presse :
Voahangy Rasoanaivo, coordinatrice – +261 34 05 124 78
Bureau d’Antananarivo : 020 22 645 18 – info@cgsr-madagascar.example.mg"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
Document : Analyse IPC Grand Sud – décembre 2025 (PDF, 2,3 Mo)
CGSR – Lot II J 161 Ivandry – BP 1280 – Antananarivo 101 – Madagascar
© 2025 Consortium Grand Sud Résilience"""),
    ],
    gold=dict(
        title="Grand Sud : 1,3 million de personnes en insécurité alimentaire aiguë avant la soudure",
        dateline=dl("Antananarivo", "2025-12-11"),
        organisations=[org("Bureau national de gestion des risques et des catastrophes", "BNGRC"),
                       org("Organisation mondiale de la santé", "OMS"),
                       org("Office national de nutrition", "ONN"),
                       org("Consortium Grand Sud Résilience", "CGSR"),
                       org("Action contre la faim", "ACF"),
                       org(None, "CARE"),
                       org("Tandroy Mivoatse", None),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Grand Sud"), place("Antananarivo"), place("Androy"), place("Anosy"),
                place("Atsimo-Andrefana"), place("Ambovombe"), place("Tsihombe"), place("Taolagnaro"),
                place("Fort-Dauphin")],
        figures=[
            fig("1,3 million de personnes", 1300000, "personnes"),
            fig("le 11 décembre 2025", "2025-12-11", None, "date"),
            fig("3", 3, None, "other"),
            fig("2026", 2026, None, "year"),
            fig("212 000", 212000, None),
            fig("4", 4, None, "other"),
            fig("16,2 %", 16.2, "%", "percent"),
            fig("6", 6, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("15 %", 15, "%", "percent"),
            fig("86 400", 86400, None),
            fig("juin 2026", 2026, None, "year"),
            fig("sept membres", 7, "membres"),
            fig("le 5 janvier 2026", "2026-01-05", None, "date"),
            fig("48 000 ménages", 48000, "ménages"),
            fig("75 000 ariary", 75000, "ariary", "money", currency="MGA"),
            fig("quatre mois", 4, "mois", "duration"),
            fig("42 milliards d’ariary", 42000000000, "ariary", "money", currency="MGA"),
            fig("environ 9,3 millions de dollars", 9300000, "dollars", "money", qualifier="environ",
                currency="USD"),
            fig("31 %", 31, "%", "percent"),
            fig("38 %", 38, "%", "percent"),
        ],
        phones=[phone("+261340512478"), phone("+261202264518")],
        emails=["info@cgsr-madagascar.example.mg"],
        contacts=[contact("Voahangy Rasoanaivo", "coordinatrice", None, ["+261340512478"], []),
                  contact(None, None, "Bureau d’Antananarivo", ["+261202264518"],
                          ["info@cgsr-madagascar.example.mg"])],
        notes="Site of a (made-up) NGO consortium in southern Madagascar with a menu in the seed's shape (doubled "
              "labels, a label glued to its blurb 'Qui sommes-nousLe Consortium ...', '- label' and bare '-' lines), "
              "share line, document line, footer with lot address, BP box and postcode 101 (all boilerplate; the "
              "glued label+blurb line is chrome on both sides). Two capital headings without accents are glued to "
              "the paragraph after them ('DEPASSEDans le district', 'CONSORTIUMLes sept membres'); the clean text "
              "gives them their accents and keeps the heading's straight apostrophe (h88-h103). A space before a "
              "comma ('59 mois , au-dessus'); the fourth paragraph is typed without accents ('reponse', 'chiffre a', "
              "'finance qu’a'). Organisations in both orders: 'BNGRC (Bureau national ...)' and 'PAM (Programme "
              "alimentaire mondial)' acronym first, 'OMS', 'ONN', 'CGSR', 'ACF' long form first; 'CARE' is written "
              "alone (acronym, long form null); 'Tandroy Mivoatse' is a local NGO without acronym. 'Cadre intégré de "
              "classification de la sécurité alimentaire (IPC)' is a classification framework, not an organisation "
              "(decided, as plans and programmes). 'en phase 3 ou plus', 'en phase 4': levels whose word stands "
              "before the number (kind other, unit null, h120-h135 alert-level rule). '1,3 million de personnes' "
              "(title and body: one text). 'au premier trimestre 2026': '2026'. 'dont 212 000 en phase 4', 'estime à "
              "86 400 le nombre d’enfants': counts without noun. 'de 6 à 59 mois': age range. 'à raison de 75 000 "
              "ariary par mois pendant quatre mois': 'par mois' stays out. 'depuis septembre', 'Chaque mois', "
              "'mercredi': not figures. 'Grand Sud' (title, a region) is a place with iso null, although it is also "
              "inside the consortium's name. 'Taolagnaro (Fort-Dauphin)': the same town under its Malagasy and its "
              "French name, two places (README Geneva/Genève). Androy, Anosy, Atsimo-Andrefana are regions; "
              "'Madagascar' is only in the chrome; 'malgache' is an adjective. Contacts: the coordinator with role and "
              "mobile, and an office line 'Bureau d’Antananarivo' (organisation as written) with a landline without "
              "code (+261) and an address.",
    ),
))
