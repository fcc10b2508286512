"""h200-h215: the next blind set, written blind in session 12 and never run through pressclean.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_r.py, pages_dev_s.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, the project README, the Makefile
or the other sets). h200-h204 come from one made-up press room, the national weather and hydrology office of the
Republic of the Congo (Brazzaville), sharing its header, language line, menu, breadcrumb, share line, a `Météo du
jour` widget, a related block, an SMS-alert line and footer with small variations from page to page; h205-h215 come
from eleven other sites, one page each (h205 clean, h206 in English, h207 listing).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "next"

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
