"""h280-h295: written blind in session 17, scored blind with session 18's starting and ending code, moved into dev in session 19.

The writer read only corpora/README.md, build.py, check_gold.py, two page sources (pages_dev_w.py, pages_dev_x.py)
and the shared survey of real pages with its seed (not src/, tests/, benchmarks/, notebooks/, docs/, the project
README, the Makefile, the other page sources or any page of dev/ and heldout/). h280-h284 come from one made-up press
room, the Office du corridor côtier ouest-africain (OCCO) in Accra, Ghana, sharing its header, language line, menu,
breadcrumb, share line, a border waiting-time widget, a related block, a newsletter line and footer with small
variations from page to page (a banner on h281 and h282 only, the widget's times and the related headlines change on
every page, no newsletter line on h284); h285-h295 come from eleven other sites, one page each: a francophone
cultural council in Newfoundland (h285, no defect and no boilerplate), a Franco-South African water research centre
in Pretoria (h286, English page under French chrome), the UN spokesperson's noon-briefing digest in French (h287,
listing), a UN Women release on Central Asia in the seed's shape (h288), an ECOWAS release in a browser's print view
(h289), a Lyon NGO's WordPress release on cholera in Yemen (h290), an Ontario government news release (h291), a
Basque-country water syndicate's PDF (h292), a Central African news portal reprinting an ACAP dispatch (h293), the
bilingual town of Morat/Murten in Switzerland (h294) and the French embassy in Mozambique (h295).
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "ô": "&ocirc;", "î": "&icirc;", "'": "&#39;", "œ": "&oelig;", "û": "&ucirc;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def rep(clean: str, chars: str, by: str) -> str:
    """Markup for text whose raw side shows `by` in place of each of `chars`."""
    return "".join(f"[[{by}||{c}]]" if c in chars else c for c in clean)


def asciiq(clean: str) -> str:
    """Markup for text that went through an ASCII trip with replacement: every non-ASCII character is `?`."""
    return "".join(f"[[?||{c}]]" if ord(c) > 127 else c for c in clean)


def spap(clean: str) -> str:
    """Markup for text pasted with a space before each ’ (`L ’Office`, `c ’est`)."""
    return clean.replace("’", "[[ ’||’]]")


def hy(head: str, tail: str, keep: bool = False) -> str:
    """PDF hyphenation at a line end: `head-` then a line break, then `tail` (keep=True: a real hyphen)."""
    return f"[[{head}-\n{tail}||{head}{'-' if keep else ''}{tail}]]"


def casedmg(clean: str) -> str:
    """Markup for ASCII-case damage: ASCII letters lower-cased, accented letters upper-cased (`dÉveloppement`)."""
    raw = "".join(c.lower() if ord(c) < 128 else c.upper() for c in clean)
    return f"[[{raw}||{clean}]]"


# =========================================================================== OCCO, coastal corridor office (Accra, Ghana)
OC_SITE = "www.occo-corridor.example.int"


def oc_top(rubric, stamp, banner=None):
    lines = ["Aller au contenu | Plan du site | Accessibilité"]
    if banner:
        lines.append(banner)
    lines += ["English | Français | Português",
              "OCCO – Office du corridor côtier ouest-africain",
              "Côte d’Ivoire · Ghana · Togo · Bénin · Nigeria",
              "Accueil",
              "L’Office",
              "Le corridor",
              "Le corridor",
              "Postes frontières",
              "Facilitation du commerce",
              "Salle de presse",
              "Salle de presse",
              "Publications",
              "Contact",
              "🔍 Rechercher",
              f"Accueil > Salle de presse > {rubric}",
              stamp]
    return "\n".join(lines)


def oc_bottom(waits, related, attach=None, newsletter=True):
    lines = []
    if attach:
        lines.append(attach)
    lines += ["Partager : Facebook · X · LinkedIn · WhatsApp · Courriel",
              f"Temps d’attente aux frontières (relevé du {waits[0]}) : Noé–Elubo {waits[1]} · Aflao–Kodjoviakopé "
              f"{waits[2]} · Sanvee Condji–Hillacondji {waits[3]} · Sèmè–Kraké {waits[4]}",
              "Salle de presse – à lire aussi"]
    lines += [f"› {h} ({d})" for h, d in related]
    if newsletter:
        lines.append("Recevez nos communiqués : inscrivez-vous à la lettre du corridor »")
    lines += ["OCCO – 14 Ring Road East, PMB CT 318, Cantonments, Accra – Standard : +233 30 277 41 00",
              "© 2025 OCCO – Mentions légales – Accessibilité – Plan du site"]
    return "\n".join(lines)


def oc_meta(defects, newsletter=True, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if newsletter:
        base.append("newsletter-chrome")
    d = {"site": OC_SITE, "style": "corridor-agency-pressroom", "defects": base + defects}
    d.update(extra)
    return d


OC_NOTE = ("Site furniture shared by h280-h284 (skip line, an optional banner (accreditation deadline on h281, bridge "
           "closure on h282), English/French/Portuguese language line, site name 'OCCO – Office du corridor côtier "
           "ouest-africain', a line naming the five member countries, vertical menu with doubled 'Le corridor' and "
           "'Salle de presse', search line, breadcrumb 'Accueil > Salle de presse > rubric' (Communiqués, "
           "Invitations presse, Avis aux transporteurs, Discours, Galerie photos), a 'type · dd/mm/yyyy' line; at the "
           "bottom an optional attachment line (h280 PDF report, h283 PDF speech), share line, a 'Temps d’attente aux "
           "frontières (relevé du ...)' widget whose four waiting times change on every page, 'Salle de presse – à "
           "lire aussi' with '› headline (dd.mm.yyyy)' lines that change, a newsletter line (absent on h284), footer "
           "with street number, PMB box and switchboard, copyright/legal line): all boilerplate; its numbers are "
           "neither figures nor phones, its country line and the long form in the site name do not count as the "
           "article naming them. The OCCO, its people and its numbers are made up (a regional body of a real kind). "
           "Ghanaian numbers have nine digits after +233 (Accra landlines 30 2.., mobiles 24 ..., written with their "
           "trunk 0 when the code is absent); francs CFA on the corridor (Côte d'Ivoire, Togo, Benin) are XOF. "
           "Border posts are named by their two towns joined by an en dash ('Noé–Elubo'): each town is a place "
           "(decided, as the README's two-town datelines); a corridor named by its end cities ('corridor "
           "Abidjan–Lagos') gives both cities (h248-h263 road rule).")

# --------------------------------------------------------------------------- h280 annual report communiqué: glued subheadings, œ dropped, cedis
PAGES.append(Page(
    name="h280-occo-rapport-fluidite-corridor-2025",
    meta=oc_meta(["heading-glued", "lost-oe"]),
    blocks=[
        B(oc_top("Communiqués", "Communiqué · 01/12/2025")),
        P("Corridor Abidjan–Lagos : le temps de passage aux frontières réduit de 31 % en un an"),
        P("Accra, le 1er décembre 2025 – L’Office du corridor côtier ouest-africain (OCCO) a publié lundi son rapport "
          "annuel sur la fluidité du corridor Abidjan–Lagos : le temps moyen de passage d’un camion aux quatre "
          "frontières du corridor est passé de 14,1 heures en 2024 à 9,7 heures sur les dix premiers mois de 2025, "
          "soit une baisse de 31 %."),
        P("Trois postes à guichet unique"),
        P("Les postes frontières à guichet unique mis en œuvre depuis 2023 à Noé–Elubo, Aflao–Kodjoviakopé et "
          "Sèmè–Kraké expliquent l’essentiel du gain. À Sèmè–Kraké, entre le Bénin et le Nigeria, les contrôles "
          "conjoints ont ramené l’attente moyenne de 26 heures à 11 heures.", glue=True, oe="drop"),
        P("Moins de barrages, moins de prélèvements"),
        P("Le nombre de points de contrôle sur les 1 028 kilomètres du corridor est tombé de 69 à 41. Les "
          "prélèvements illicites subis par un camion sur un trajet complet sont estimés à 312 000 francs CFA "
          "(environ 6 100 cedis), contre 468 000 francs CFA en 2024, soit près d’un tiers de moins.", glue=True),
        P("« Un camion qui attend, c’est une tomate qui pourrit et un prix qui grimpe au marché de Lagos », a déclaré "
          "la directrice exécutive de l’OCCO, Akosua Mensah-Dossou."),
        P("Le rapport recommande l’interconnexion des systèmes douaniers des cinq pays du corridor d’ici 2027 et la "
          "suppression de 20 postes de contrôle supplémentaires."),
        L("""Contact presse :
Kwame Asante-Boakye, chargé de communication
Tél. : +233 30 277 41 52 – Mobile : 024 681 3357
presse@occo-corridor.example.int"""),
        B(oc_bottom(("01/12 à 8 h", "2 h 40", "4 h 10", "1 h 50", "6 h 05"),
                    [("Commerce transfrontalier : les commerçantes d’Aflao formées au dédouanement simplifié",
                      "24.11.2025"),
                     ("Sèmè–Kraké : le scanner mobile de conteneurs mis en service", "17.11.2025")],
                    attach="Télécharger le rapport annuel 2025 sur la fluidité du corridor (PDF – 2,1 Mo)")),
    ],
    gold=dict(
        title="Corridor Abidjan–Lagos : le temps de passage aux frontières réduit de 31 % en un an",
        dateline=dl("Accra", "2025-12-01"),
        organisations=[org("Office du corridor côtier ouest-africain", "OCCO")],
        places=[place("Abidjan"), place("Lagos"), place("Accra"), place("Noé"), place("Elubo"), place("Aflao"),
                place("Kodjoviakopé"), place("Sèmè"), place("Kraké"), place("Bénin", "BJ"),
                place("Nigeria", "NG")],
        figures=[
            fig("31 %", 31, "%", "percent"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("quatre frontières", 4, "frontières"),
            fig("14,1 heures", 14.1, "heures", "duration"),
            fig("en 2024", 2024, None, "year"),
            fig("9,7 heures", 9.7, "heures", "duration"),
            fig("dix premiers mois", 10, "mois", "duration"),
            fig("2025", 2025, None, "year"),
            fig("Trois postes", 3, "postes"),
            fig("2023", 2023, None, "year"),
            fig("26 heures", 26, "heures", "duration"),
            fig("11 heures", 11, "heures", "duration"),
            fig("1 028 kilomètres", 1028, "kilomètres", "other"),
            fig("69", 69, None),
            fig("41", 41, None),
            fig("312 000 francs CFA", 312000, "francs CFA", "money", currency="XOF"),
            fig("environ 6 100 cedis", 6100, "cedis", "money", qualifier="environ", currency="GHS"),
            fig("468 000 francs CFA", 468000, "francs CFA", "money", currency="XOF"),
            fig("près d’un tiers", 0.3333, None, "other", qualifier="près d’"),
            fig("cinq pays", 5, "pays"),
            fig("2027", 2027, None, "year"),
            fig("20 postes", 20, "postes"),
        ],
        phones=[phone("+233302774152"), phone("+233246813357")],
        emails=["presse@occo-corridor.example.int"],
        contacts=[contact("Kwame Asante-Boakye", "chargé de communication", None, ["+233302774152", "+233246813357"],
                          ["presse@occo-corridor.example.int"])],
        notes=OC_NOTE + " No banner; a PDF attachment line. Both subheadings are glued to the paragraph after them "
              "('uniqueLes postes', 'prélèvementsLe nombre'); œ dropped ('mis en uvre'). 'réduit de 31 % en un an' "
              "and 'soit une baisse de 31 %': one text; 'en un an' is not a figure. 'passé de 14,1 heures en 2024 à "
              "9,7 heures': two durations with their own unit and the year. 'les dix premiers mois de 2025': a "
              "duration (h168-h183) and the year '2025'. The heading 'Trois postes à guichet unique' is a count. "
              "'depuis 2023': '2023'. 'tombé de 69 à 41': two counts without noun (first bound and second bound). "
              "'(environ 6 100 cedis)': Ghanaian cedis, GHS (new currency), a second money figure with its "
              "qualifier. 'près d’un tiers de moins': fraction 0.3333. 'des cinq pays du corridor d’ici 2027': '5 "
              "pays' and '2027'. '20 postes de contrôle supplémentaires': unit 'postes'. Contact: a person with "
              "role, an Accra landline and a mobile written with its trunk 0 (+233 24 ...).",
    ),
))

# --------------------------------------------------------------------------- h281 press invitation: HTML debris, programme, two-person accreditation block with country labels, a hidden e-mail
PAGES.append(Page(
    name="h281-occo-invitation-poste-frontiere-aflao",
    meta=oc_meta(["html-debris", "hidden-email"]),
    blocks=[
        B(oc_top("Invitations presse", "Invitation presse · 03/12/2025",
                 banner="Accréditations presse ouvertes jusqu’au 8 décembre – inauguration du poste frontière "
                        "d’Aflao–Kodjoviakopé")),
        P("Invitation presse : inauguration du poste frontière à guichet unique d’Aflao–Kodjoviakopé"),
        P("[[<p>||]]" + ent("L’Office du corridor côtier ouest-africain (OCCO) et les gouvernements du Ghana et du Togo "
                            "invitent les représentants des médias à l’inauguration du poste frontière à guichet "
                            "unique d’Aflao–Kodjoviakopé, le jeudi 11 décembre 2025 à 9\u00a0h, en présence des "
                            "ministres chargés des transports des deux pays.", "’é\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("Construit en 22 mois pour 38,6 millions de dollars américains, financés par la Banque "
                            "africaine de développement (BAD) et l’Union européenne, le poste pourra traiter "
                            "jusqu’à 1\u00a0800 camions par jour, contre 650 aujourd’hui.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>Programme</strong><br />||Programme]]
8 h 30 : accueil des invités côté ghanéen, à Aflao[[<br />||]]
9 h 00 : allocutions des ministres[[<br />||]]
9 h 45 : coupure du ruban et visite des installations[[<br />||]]
10 h 30 : point presse[[</p>||]]"""),
        L("""[[<p><strong>||]]Accréditations[[</strong>||]] avant le lundi 8 décembre à 17[[&nbsp;||\u00a0]]h :[[<br />||]]
Côté Ghana : Efua Owusu-Ansah, attachée de presse – +233 30 277 41 58 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="6c09061d0e421e0f0d081e1c2c03180d0d41">||]][email protected][[</a><br />||]]
Côté Togo : Komi Agbéko Lawson, chargé de communication – +228 22 21 48 06 – [[<a href="mailto:k.lawson@occo-corridor.example.int">k.lawson@occo-corridor.example.int</a></p>||k.lawson@occo-corridor.example.int]]"""),
        B(oc_bottom(("03/12 à 8 h", "2 h 15", "5 h 30", "1 h 40", "5 h 50"),
                    [("Corridor Abidjan–Lagos : le temps de passage aux frontières réduit de 31 % en un an",
                      "01.12.2025"),
                     ("Commerce transfrontalier : les commerçantes d’Aflao formées au dédouanement simplifié",
                      "24.11.2025")])),
    ],
    gold=dict(
        title="Invitation presse : inauguration du poste frontière à guichet unique d’Aflao–Kodjoviakopé",
        dateline=None,
        organisations=[org("Office du corridor côtier ouest-africain", "OCCO"),
                       org("Banque africaine de développement", "BAD"), org("Union européenne", None)],
        places=[place("Aflao"), place("Kodjoviakopé"), place("Ghana", "GH"), place("Togo", "TG")],
        figures=[
            fig("le jeudi 11 décembre 2025 à 9\u00a0h", "2025-12-11", None, "date"),
            fig("deux pays", 2, "pays"),
            fig("22 mois", 22, "mois", "duration"),
            fig("38,6 millions de dollars américains", 38600000, "dollars américains", "money", currency="USD"),
            fig("jusqu’à 1\u00a0800 camions", 1800, "camions", qualifier="jusqu’à"),
            fig("650", 650, None),
            fig("le lundi 8 décembre à 17\u00a0h", "--12-08", None, "date"),
        ],
        phones=[phone("+233302774158"), phone("+22822214806")],
        emails=["k.lawson@occo-corridor.example.int"],
        hidden_emails=1,
        contacts=[contact("Efua Owusu-Ansah", "attachée de presse", None, ["+233302774158"], []),
                  contact("Komi Agbéko Lawson", "chargé de communication", None, ["+22822214806"],
                          ["k.lawson@occo-corridor.example.int"])],
        notes=OC_NOTE + " An accreditation banner; no attachment. HTML debris: <p>, </p>, <br />, <strong>, "
              "'&rsquo;', '&eacute;', '&nbsp;' (U+00A0 in the clean text and the figure texts), a mailto link, and "
              "the first accreditation address behind a CDN e-mail-protection link (the anchor removed, the visible "
              "'[email protected]' kept and counted, h248-h263). No dateline (an invitation). 'le poste pourra "
              "traiter jusqu’à 1 800 camions par jour, contre 650 aujourd’hui': 'par jour' out, '650' a count "
              "without noun. Programme clock times are not figures. 'avant le lundi 8 décembre à 17 h' gives one date "
              "figure from 'le' (h120-h135 accreditation-deadline rule). The two accreditation lines open with "
              "country labels ('Côté Ghana :', 'Côté Togo :'): places, not organisations (h184-h199 country-label "
              "rule), and they give the country of the numbers; one contact per person (role as written, "
              "organisation null). 'les gouvernements du Ghana et du Togo' and 'les ministres chargés des "
              "transports' are generic / roles.",
    ),
))

# --------------------------------------------------------------------------- h282 notice: unaccented capital title and heading, ’ and – as '?', a paragraph through an ASCII trip (every non-ASCII letter '?')
PAGES.append(Page(
    name="h282-occo-avis-fermeture-pont-sanvee-condji",
    meta=oc_meta(["unaccented-capitals", "lost-apostrophe", "lost-dash", "accents-question-mark"]),
    blocks=[
        B(oc_top("Avis aux transporteurs", "Avis aux transporteurs · 04/12/2025",
                 banner="Trafic perturbé : pont de Sanvee Condji fermé aux poids lourds du 10 au 14 décembre")),
        P("FERMETURE DU PONT DE SANVEE CONDJI AUX POIDS LOURDS DU 10 AU 14 DÉCEMBRE", strip=True),
        P("Accra, le 4 décembre 2025 – L’OCCO informe les transporteurs que le pont de la frontière Sanvee "
          "Condji–Hillacondji, entre le Togo et le Bénin, sera fermé aux véhicules de plus de 3,5 tonnes du mercredi "
          "10 décembre à 6 h au dimanche 14 décembre 2025 à 18 h, pour le remplacement de ses joints de dilatation.",
          apos="?", nodash="?"),
        P("ITINÉRAIRE DE DÉLESTAGE", strip=True),
        P(asciiq("Les poids lourds venant de Lomé seront déviés par Tabligbo et Kpémé, puis par le pont de "
                 "Grand-Popo, soit un détour d’environ 74 kilomètres. Les véhicules légers, les bus et les ambulances "
                 "pourront circuler normalement.")),
        P("Pendant les travaux, le poste frontière restera ouvert aux piétons et aux véhicules de moins de 3,5 tonnes, "
          "24 h/24. Les transporteurs sont invités à anticiper leurs déplacements."),
        L("Cellule d’information trafic de l’OCCO – +233 30 277 41 60 – trafic@occo-corridor.example.int",
          apos="?", nodash="?"),
        B(oc_bottom(("04/12 à 8 h", "2 h 05", "4 h 50", "2 h 30", "6 h 20"),
                    [("Invitation presse : inauguration du poste frontière d’Aflao–Kodjoviakopé", "03.12.2025"),
                     ("Corridor Abidjan–Lagos : le temps de passage aux frontières réduit de 31 % en un an",
                      "01.12.2025")])),
    ],
    gold=dict(
        title="FERMETURE DU PONT DE SANVEE CONDJI AUX POIDS LOURDS DU 10 AU 14 DÉCEMBRE",
        dateline=dl("Accra", "2025-12-04"),
        organisations=[org(None, "OCCO")],
        places=[place("Sanvee Condji"), place("Accra"), place("Hillacondji"), place("Togo", "TG"),
                place("Bénin", "BJ"), place("Lomé"), place("Tabligbo"), place("Kpémé"), place("Grand-Popo")],
        figures=[
            fig("10", "--12-10", None, "date"),
            fig("14 DÉCEMBRE", "--12-14", None, "date"),
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("plus de 3,5 tonnes", 3.5, "tonnes", "other", qualifier="plus de"),
            fig("mercredi 10 décembre à 6 h", "2025-12-10", None, "date"),
            fig("dimanche 14 décembre 2025 à 18 h", "2025-12-14", None, "date"),
            fig("environ 74 kilomètres", 74, "kilomètres", "other", qualifier="environ"),
            fig("moins de 3,5 tonnes", 3.5, "tonnes", "other", qualifier="moins de"),
        ],
        phones=[phone("+233302774160")],
        emails=["trafic@occo-corridor.example.int"],
        contacts=[contact(None, None, "Cellule d’information trafic de l’OCCO", ["+233302774160"],
                          ["trafic@occo-corridor.example.int"])],
        notes=OC_NOTE + " A bridge-closure banner. The title and the heading 'ITINERAIRE DE DELESTAGE' were typed "
              "without accents ('DÉCEMBRE', 'ITINÉRAIRE DE DÉLESTAGE' in the clean text). In the dateline paragraph "
              "and the office line every ’ and en dash is '?' ('L?OCCO', 'Sanvee Condji?Hillacondji', '2025 ? "
              "L?OCCO'). The detour paragraph went through an ASCII trip with replacement: every non-ASCII character "
              "is '?' ('Lom?', 'd?vi?s', 'Kp?m?', 'd?tour d?environ'; new tag 'accents-question-mark', the real "
              "survey's 'Soci?t?' shape); decided: each letter comes back as the one the words need (é, è, ’), "
              "the place names with their accents. Title dates 'DU 10 AU 14 DÉCEMBRE': '10' (--12-10) and '14 "
              "DÉCEMBRE' (--12-14), other texts than the body's. 'du mercredi 10 décembre à 6 h au dimanche 14 "
              "décembre 2025 à 18 h': two dates with clock times, the first with the second's year. 'plus de 3,5 "
              "tonnes' and 'moins de 3,5 tonnes': two texts (qualifiers). '24 h/24' is not a figure. The office is "
              "named by acronym only in the article (long form null). 'le pont de Grand-Popo' gives the town (road "
              "rule); 'Sanvee Condji' in the capital title and in the body is one place. Contact: an office line "
              "(organisation as written, not listed apart).",
    ),
))

# --------------------------------------------------------------------------- h283 speech: own-line dateline, salutations, a space before every ’, double spaces, signature
H283 = [
    "C’est un honneur pour moi de m’adresser à vous, ici à Lomé, à l’ouverture de la 14e session de notre Conseil, "
    "un an après notre réunion de Cotonou.",
    "L’Office a tenu ses engagements. En onze mois, le temps de passage aux frontières a baissé de 31 %, trois "
    "postes à guichet unique fonctionnent et 1 200 agents des douanes, de la police et des services phytosanitaires "
    "ont été formés ensemble.",
    "Mais notre corridor reste l’un des plus chers du continent. Transporter un conteneur d’Abidjan à Lagos coûte "
    "encore 2 850 dollars, deux fois plus qu’entre Durban et Johannesburg.",
    "Je vous demande donc d’adopter aujourd’hui le budget 2026 de l’Office, fixé à 9,4 millions de dollars, et le plan "
    "d’action 2026-2028 pour l’interconnexion de nos systèmes douaniers.",
    "Je remercie la Banque africaine de développement, l’Union européenne et la Banque mondiale pour leur appui "
    "constant.",
]


def dbl(text: str, after: tuple) -> str:
    """Markup for a double space after the sentences that end with one of `after`."""
    for a in after:
        text = text.replace(a + " ", a + "[[  || ]]", 1)
    return text


PAGES.append(Page(
    name="h283-occo-discours-conseil-des-ministres-lome",
    meta=oc_meta(["space-before-apostrophe", "double-space"]),
    blocks=[
        B(oc_top("Discours", "Discours · 05/12/2025")),
        P("Discours de la directrice exécutive à la 14e session du Conseil des ministres de l’OCCO"),
        P("Lomé, le 5 décembre 2025"),
        L("""Monsieur le Ministre des Infrastructures et des Transports du Togo, Président en exercice du Conseil,
Mesdames et Messieurs les Ministres,
Mesdames et Messieurs les représentants des partenaires techniques et financiers,
Mesdames et Messieurs,"""),
        P(spap(H283[0])),
        P(dbl(spap(H283[1]), ("engagements.",))),
        P(dbl(spap(H283[2]), ("continent.",))),
        P(spap(H283[3])),
        P(spap(H283[4])),
        P("Je vous remercie."),
        L("""Akosua Mensah-Dossou
Directrice exécutive de l’Office du corridor côtier ouest-africain"""),
        P("Seul le prononcé fait foi."),
        B(oc_bottom(("05/12 à 8 h", "2 h 20", "3 h 55", "4 h 10", "6 h 45"),
                    [("Fermeture du pont de Sanvee Condji aux poids lourds du 10 au 14 décembre", "04.12.2025"),
                     ("Invitation presse : inauguration du poste frontière d’Aflao–Kodjoviakopé", "03.12.2025")],
                    attach="Télécharger le discours (PDF – 180 Ko)")),
    ],
    gold=dict(
        title="Discours de la directrice exécutive à la 14e session du Conseil des ministres de l’OCCO",
        dateline=dl("Lomé", "2025-12-05"),
        organisations=[org("Office du corridor côtier ouest-africain", "OCCO"),
                       org("Banque africaine de développement", None), org("Union européenne", None),
                       org("Banque mondiale", None)],
        places=[place("Lomé"), place("Togo", "TG"), place("Cotonou"), place("Abidjan"), place("Lagos"),
                place("Durban"), place("Johannesburg")],
        figures=[
            fig("14e", 14, None, "ordinal"),
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("onze mois", 11, "mois", "duration"),
            fig("31 %", 31, "%", "percent"),
            fig("trois postes", 3, "postes"),
            fig("1 200 agents", 1200, "agents"),
            fig("2 850 dollars", 2850, "dollars", "money", currency="USD"),
            fig("deux fois", 2, "fois", "other"),
            fig("2026", 2026, None, "year"),
            fig("9,4 millions de dollars", 9400000, "dollars", "money", currency="USD"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OC_NOTE + " A PDF attachment line. A speech pasted from a word processor with a space before every ’ "
              "('C ’est', 'L ’Office', 'l ’un', 'd ’action'; the real survey's 'L ’Ambassadeur' shape, new tag "
              "'space-before-apostrophe'): decided: the space is removed in the clean text (a spacing defect, like "
              "a space before a comma); two double spaces between sentences. The dateline stands on its own line "
              "under the title (README). Salutation lines, 'Je vous remercie.', the signature and the closing "
              "formula are article lines (h136-h151 speech rule); the signature is not a contact and gives the "
              "Office's long form, listed with the title's acronym (h184-h199 'long form in the signature' "
              "decision). '14e' in title and body: one ordinal. 'Conseil des ministres de l’OCCO' (and 'notre "
              "Conseil') is the Office's own governing organ: decided not listed (as h230's general assembly of a "
              "company), unlike a government's Conseil des ministres. 'le budget 2026 de l’Office': a year dating a "
              "budget ('2026'); 'plan d’action 2026-2028': a plan's years, not figures. 'deux fois plus': a ratio "
              "(unit 'fois'). 'dollars' are USD (README). 'un an après' not a figure. 'Ministre des Infrastructures "
              "et des Transports du Togo' is a role; 'Togo' (only there) is listed as a place.",
    ),
))

# --------------------------------------------------------------------------- h284 photo story: title and caption printed twice, English caption, no newsletter line
PAGES.append(Page(
    name="h284-occo-galerie-controles-conjoints-noe-elubo",
    meta=oc_meta(["duplicate-title", "duplicate-caption", "english-caption"], newsletter=False),
    blocks=[
        B(oc_top("Galerie photos", "Galerie photos · 02/12/2025")),
        P("En images : les contrôles conjoints au poste frontière de Noé–Elubo"),
        B("En images : les contrôles conjoints au poste frontière de Noé–Elubo"),
        P("Des douaniers ivoiriens et ghanéens inspectent un camion de cacao à Elubo, le 27 novembre. © OCCO/Y. Tano"),
        B("Des douaniers ivoiriens et ghanéens inspectent un camion de cacao à Elubo, le 27 novembre. © OCCO/Y. Tano"),
        P("Depuis mars 2024, les douaniers de Côte d’Ivoire et du Ghana contrôlent ensemble les marchandises à "
          "Noé–Elubo, dans un bâtiment unique de 4 200 m². Chaque jour, quelque 900 camions franchissent la "
          "frontière, dont près de 40 % transportent du cacao ou des produits pétroliers."),
        P("Joint inspection lane at the Noé–Elubo border post, opened in March 2024. Photo: OCCO"),
        P("Le contrôle d’un camion prend désormais 35 minutes en moyenne, contre 2 heures avant l’ouverture du poste "
          "commun. Les commerçantes qui traversent à pied avec moins de 500 000 francs CFA de marchandises bénéficient "
          "d’un couloir réservé."),
        L("Photos haute définition sur demande : photos@occo-corridor.example.int"),
        B(oc_bottom(("02/12 à 8 h", "1 h 55", "4 h 25", "1 h 35", "5 h 40"),
                    [("Corridor Abidjan–Lagos : le temps de passage aux frontières réduit de 31 % en un an",
                      "01.12.2025"),
                     ("Sèmè–Kraké : le scanner mobile de conteneurs mis en service", "17.11.2025")],
                    newsletter=False)),
    ],
    gold=dict(
        title="En images : les contrôles conjoints au poste frontière de Noé–Elubo",
        dateline=None,
        organisations=[org(None, "OCCO")],
        places=[place("Noé"), place("Elubo"), place("Côte d’Ivoire", "CI"), place("Ghana", "GH")],
        figures=[
            fig("le 27 novembre", "--11-27", None, "date"),
            fig("mars 2024", 2024, None, "year"),
            fig("4 200 m²", 4200, "m²", "other"),
            fig("quelque 900 camions", 900, "camions", qualifier="quelque"),
            fig("près de 40 %", 40, "%", "percent", qualifier="près de"),
            fig("March 2024", 2024, None, "year"),
            fig("35 minutes", 35, "minutes", "duration"),
            fig("2 heures", 2, "heures", "duration"),
            fig("moins de 500 000 francs CFA", 500000, "francs CFA", "money", qualifier="moins de",
                currency="XOF"),
        ],
        phones=[],
        emails=["photos@occo-corridor.example.int"],
        contacts=[contact(None, None, None, [], ["photos@occo-corridor.example.int"])],
        notes=OC_NOTE + " No newsletter line on this page. Title printed twice and the first caption printed twice "
              "(second copies boilerplate); the second caption is in English (article text). No dateline (a photo "
              "story). 'le 27 novembre': no year written. 'Depuis mars 2024' and the English caption's 'in March "
              "2024' ('March 2024', the preposition 'in' left out here because it is not a bare year): two "
              "month-year texts. '4 200 m²': a measure. 'Chaque jour' stays out; 'dont près de 40 %': percent "
              "with qualifier. 'contre 2 heures': a duration. 'moins de 500 000 francs CFA de marchandises': money "
              "XOF with the qualifier. 'ivoiriens et ghanéens' are adjectives. The caption credits name the office "
              "by acronym only. The photo line with only an address is one contact with all fields null but the "
              "e-mail (h200-h215).",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h285 francophone cultural council (Newfoundland and Labrador), no defect and no boilerplate
PAGES.append(Page(
    name="h285-ccft-terre-neuve-tournee-theatre",
    meta={"site": "www.ccft-tnl.example.ca", "style": "francophone-cultural-council-clean", "defects": []},
    blocks=[
        P("Le Conseil culturel franco-terre-neuvien part en tournée de théâtre dans neuf communautés de la province"),
        P("St. John’s, le 2 décembre 2025 – Le Conseil culturel franco-terre-neuvien (CCFT) présentera du 16 au "
          "31 janvier 2026 la pièce « La Morue et le Violon », de l’autrice Geneviève Benoit-Hynes, dans neuf "
          "communautés de Terre-Neuve-et-Labrador, de Cap-Saint-Georges à Labrador City."),
        P("La tournée, d’un budget de 86 500 $, comprend 12 représentations, dont 4 en matinée pour les élèves du "
          "Conseil scolaire francophone provincial. Elle passera notamment par La Grand’Terre, L’Anse-à-Canards, "
          "Stephenville et Happy Valley-Goose Bay."),
        P("« Près de 3 000 personnes parlent français à la maison dans la province, et beaucoup vivent loin de toute "
          "salle de spectacle. Nous voulons que le théâtre aille à elles », explique le directeur général du CCFT, "
          "Olivier Lainey."),
        P("Les billets, vendus 15 $ (gratuits pour les moins de 18 ans), seront en vente en ligne à partir du "
          "8 décembre."),
        L("""Renseignements :
Mireille Chaisson, agente de communication
709 579-4218
communications@ccft-tnl.example.ca"""),
    ],
    gold=dict(
        title="Le Conseil culturel franco-terre-neuvien part en tournée de théâtre dans neuf communautés de la "
              "province",
        dateline=dl("St. John’s", "2025-12-02"),
        organisations=[org("Conseil culturel franco-terre-neuvien", "CCFT"),
                       org("Conseil scolaire francophone provincial", None)],
        places=[place("St. John’s"), place("Terre-Neuve-et-Labrador"), place("Cap-Saint-Georges"),
                place("Labrador City"), place("La Grand’Terre"), place("L’Anse-à-Canards"), place("Stephenville"),
                place("Happy Valley-Goose Bay")],
        figures=[
            fig("neuf communautés", 9, "communautés"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("16", "2026-01-16", None, "date"),
            fig("31 janvier 2026", "2026-01-31", None, "date"),
            fig("86 500 $", 86500, "$", "money", currency="CAD"),
            fig("12 représentations", 12, "représentations"),
            fig("4", 4, None),
            fig("Près de 3 000 personnes", 3000, "personnes", qualifier="Près de"),
            fig("15 $", 15, "$", "money", currency="CAD"),
            fig("moins de 18 ans", 18, "ans", "age", qualifier="moins de"),
            fig("8 décembre", "--12-08", None, "date"),
        ],
        phones=[phone("+17095794218")],
        emails=["communications@ccft-tnl.example.ca"],
        contacts=[contact("Mireille Chaisson", "agente de communication", None, ["+17095794218"],
                          ["communications@ccft-tnl.example.ca"])],
        notes="A (made-up) francophone cultural council's release from Newfoundland and Labrador with no defect and no "
              "boilerplate at all. The dateline city is written in English with its ’ ('St. John’s'), kept as "
              "written. 'neuf communautés' in title and body: one text. 'du 16 au 31 janvier 2026': first bound '16' "
              "(2026-01-16). '$' on a Canadian page is CAD. 'dont 4 en matinée': a count without noun. 'les moins "
              "de 18 ans': an age with 'moins de'. 'à partir du 8 décembre': '8 décembre' (no year written). The "
              "province is a place with iso null; La Grand’Terre, L’Anse-à-Canards and Cap-Saint-Georges are the "
              "French names of Port-au-Port communities (listed as written, with their article). The play's title is "
              "not a place. The Conseil scolaire francophone provincial is a real kind of body (here with invented "
              "news); the council and the people are made up. Contact: a person with role and a 709 number (+1).",
    ),
))

# --------------------------------------------------------------------------- h286 water research centre (Pretoria): English page under French chrome with an Afrikaans/isiZulu language line
PAGES.append(Page(
    name="h286-cfsare-pretoria-water-losses-gauteng-en",
    meta={"site": "www.cfsare.example.org.za", "style": "water-research-centre-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "english-dateline", "menu", "duplicate-lines", "breadcrumb", "share-lines",
                      "cookie-banner", "postcode-trap"]},
    blocks=[
        B("""Aller au contenu
Afrikaans | English | Français | isiZulu
CFSARE – Centre franco-sud-africain de recherche sur l’eau
Accueil
Le Centre
Recherche
Recherche
Données ouvertes
Actualités
Actualités
Partenariats
Contact
Accueil / Actualités / Communiqués
Communiqué – 03/12/2025
Cet article n’est disponible qu’en anglais."""),
        P("Gauteng’s municipal networks lose 41% of their treated water, study finds"),
        P("PRETORIA, South Africa, 3 December 2025 – Municipal water networks in Gauteng lose 41% of the water they "
          "receive through leaks, illegal connections and faulty meters, according to a three-year study published "
          "on Wednesday by the French–South African Water Research Centre (FSAWRC)."),
        P("The researchers measured flows in 1,350 district metering zones in Johannesburg, Tshwane and Ekurhuleni "
          "between 2022 and 2025. Losses reached 58% in some townships, against 23% in newer suburbs."),
        P("“Every litre lost is a litre that Rand Water has to pump from the Vaal, at a growing cost,” said Naledi "
          "Khumalo, who led the study with the University of Montpellier."),
        P("The study puts the cost of non-revenue water at R4.6 billion a year for the three metros. A pilot "
          "programme of R48 million, co-financed by the French Development Agency (AFD) and the Department of Water "
          "and Sanitation, will replace 12,000 meters and 85 kilometres of pipes in Soweto from March 2026."),
        P("About 2.8 million residents now face weekly supply cuts in the province, up from 1.9 million in 2024."),
        L("""Media contacts:
Thandiwe Mokoena, Communications Manager, FSAWRC – +27 12 841 3927 | +27 82 553 0418 – t.mokoena@fsawrc.example.org.za
In France: Julien Arnaud, University of Montpellier – +33 4 67 14 92 80 – julien.arnaud@umontpellier.example.fr"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Dans la même rubrique
› Sécheresse : le Centre publie son atlas des nappes du Limpopo (14/11/2025)
› Bourses de doctorat 2026 : appel à candidatures (03/11/2025)
CFSARE – Private Bag X313, Pretoria 0001, Afrique du Sud – Tél. : +27 12 841 3900
Ce site utilise des cookies pour mesurer l’audience. Accepter | Refuser | Paramétrer
© 2025 CFSARE – Mentions légales – Accessibilité"""),
    ],
    gold=dict(
        title="Gauteng’s municipal networks lose 41% of their treated water, study finds",
        dateline=dl("PRETORIA", "2025-12-03"),
        organisations=[org("French–South African Water Research Centre", "FSAWRC"), org("Rand Water", None),
                       org("University of Montpellier", None), org("French Development Agency", "AFD"),
                       org("Department of Water and Sanitation", None)],
        places=[place("Gauteng"), place("Pretoria"), place("South Africa", "ZA"), place("Johannesburg"),
                place("Tshwane"), place("Ekurhuleni"), place("Vaal"), place("Soweto"), place("France", "FR")],
        figures=[
            fig("41%", 41, "%", "percent"),
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("three-year", 3, "year", "duration"),
            fig("1,350 district metering zones", 1350, "zones"),
            fig("2022", 2022, None, "year"),
            fig("2025", 2025, None, "year"),
            fig("58%", 58, "%", "percent"),
            fig("23%", 23, "%", "percent"),
            fig("R4.6 billion", 4600000000, "R", "money", currency="ZAR"),
            fig("three metros", 3, "metros"),
            fig("R48 million", 48000000, "R", "money", currency="ZAR"),
            fig("12,000 meters", 12000, "meters"),
            fig("85 kilometres", 85, "kilometres", "other"),
            fig("March 2026", 2026, None, "year"),
            fig("About 2.8 million residents", 2800000, "residents", qualifier="About"),
            fig("1.9 million", 1900000, None),
            fig("in 2024", 2024, None, "year"),
        ],
        phones=[phone("+27128413927"), phone("+27825530418"), phone("+33467149280")],
        emails=["t.mokoena@fsawrc.example.org.za", "julien.arnaud@umontpellier.example.fr"],
        contacts=[contact("Thandiwe Mokoena", "Communications Manager", "FSAWRC", ["+27128413927", "+27825530418"],
                          ["t.mokoena@fsawrc.example.org.za"]),
                  contact("Julien Arnaud", None, "University of Montpellier", ["+33467149280"],
                          ["julien.arnaud@umontpellier.example.fr"])],
        notes="An English release of a (made-up) Franco-South African water research centre in Pretoria under its "
              "French chrome: skip line, an Afrikaans/English/French/isiZulu language line (new languages in chrome), "
              "site name with the French long form and acronym, menu with doubled labels, breadcrumb, type/date line, "
              "'Cet article n’est disponible qu’en anglais.', share line, related headlines, footer with 'Private Bag "
              "X313, Pretoria 0001' and the switchboard, cookie line, copyright line: boilerplate. language 'en'. "
              "The centre is listed under the English long form the article writes with its English acronym (the "
              "French name is chrome, h270 rule); 'AFD' under 'French Development Agency' (h270). Dateline 'PRETORIA, "
              "South Africa, 3 December 2025 –': place as written in capitals, 'Pretoria' listed in normal case "
              "(the city is otherwise only in the chrome) and the country listed. 'three-year': a duration (unit "
              "'year'). '1,350 district metering zones': unit 'zones', the noun adjuncts in the text (h200-h215). "
              "'between 2022 and 2025': two years. South African rand written 'R4.6 billion' and 'R48 million': "
              "money ZAR, unit 'R' (the symbol before the number, as 'VT', 'CHF'; new currency); 'a year' out. "
              "'12,000 meters' are water meters (a count, unit 'meters'). 'up from 1.9 million in 2024': count with "
              "unit null and 'in 2024' (English preposition kept, h120-h135). Tshwane is the metro that includes "
              "Pretoria: two places; 'the Vaal' (river) is listed by its proper name; Montpellier stands only in "
              "the university's name. Rand Water and the Department of Water and Sanitation are real kinds carrying "
              "invented news. Contacts: one line per person; the FSAWRC person with role, a Pretoria landline and a "
              "mobile joined by '|'; the French line's label 'In France:' is a place (h184-h199 country-label rule) "
              "and the university the contact's organisation (no role).",
    ),
))

# --------------------------------------------------------------------------- h287 UN spokesperson's noon-briefing digest in French: listing of four items, Spanish ticker, cp1252 item, œ as U+FFFD
PAGES.append(Page(
    name="h287-onu-point-de-presse-quotidien-listing",
    meta={"site": "www.porte-parole-onu.example.org", "style": "un-noon-briefing-digest-listing", "listing": True,
          "defects": ["listing", "menu", "breadcrumb", "foreign-ticker", "mojibake-cp1252", "oe-replacement-char",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""Nations Unies – Bureau du porte-parole du Secrétaire général
English | Français | Español
Accueil | Points de presse | Déclarations | Notes aux correspondants | Multimédia
Accueil › Points de presse › 2025 › Décembre
Noticias ONU ▸ El Consejo de Seguridad prorroga el mandato de la misión en Haití ▸ Llamamiento humanitario 2026: 33.000 millones de dólares
Point de presse quotidien du Bureau du porte-parole – mardi 2 décembre 2025
Ce résumé en français est fourni à titre d’information ; seul le compte rendu en anglais fait foi."""),
        P("Yémen : le choléra progresse à Hodeïda, l’OMS achemine 40 tonnes de fournitures"),
        P("Le porte-parole a indiqué que plus de 12 300 cas suspects de choléra ont été signalés dans le gouvernorat "
          "de Hodeïda depuis le début d’octobre, selon l’Organisation mondiale de la santé (OMS). L’agence a acheminé "
          "40 tonnes de médicaments et de solutions de réhydratation par le port d’Aden et soutient 18 centres de "
          "traitement."),
        P("Soudan : 1,4 million de personnes déplacées au Darfour du Nord depuis avril"),
        P("Selon le Bureau de la coordination des affaires humanitaires (OCHA), les combats autour d’El Fasher ont "
          "forcé quelque 1,4 million de personnes à fuir depuis avril. Le plan de réponse humanitaire pour le Soudan, "
          "qui requiert 4,2 milliards de dollars, n’est financé qu’à 38 %.", moji="cp1252"),
        P("Afghanistan : le PAM réduira de moitié les rations de 2,3 millions de personnes"),
        P("Le Programme alimentaire mondial (PAM) a averti qu’il devra réduire de moitié, dès janvier, les rations de "
          "2,3 millions de personnes si 180 millions de dollars ne sont pas mobilisés d’ici à la fin de l’année. Un "
          "tiers des enfants de moins de 5 ans souffrent de malnutrition chronique dans le pays."),
        P("Myanmar : le Secrétaire général condamne des frappes aériennes dans l’État de Rakhine"),
        P("Le Secrétaire général a condamné les frappes aériennes qui ont tué au moins 27 civils, dont 9 enfants, le "
          "30 novembre dans le canton de Kyauktaw. Il a appelé toutes les parties à « cesser leurs manœuvres contre "
          "les populations civiles » et à laisser passer l’aide humanitaire.", oe="fffd"),
        B("""Partager : Facebook | X | Courriel | Imprimer
Points de presse précédents : 1er décembre | 28 novembre | 27 novembre
Bureau du porte-parole du Secrétaire général – Siège de l’ONU, New York, NY 10017 – Tél. : +1 212 963 7162
© Nations Unies 2025 – Conditions d’utilisation – Confidentialité"""),
    ],
    gold=dict(
        title="Yémen : le choléra progresse à Hodeïda, l’OMS achemine 40 tonnes de fournitures",
        dateline=None,
        organisations=[org("Organisation mondiale de la santé", "OMS"),
                       org("Bureau de la coordination des affaires humanitaires", "OCHA"),
                       org("Programme alimentaire mondial", "PAM")],
        places=[place("Yémen", "YE"), place("Hodeïda"), place("Aden"), place("Soudan", "SD"),
                place("Darfour du Nord"), place("El Fasher"), place("Afghanistan", "AF"), place("Myanmar", "MM"),
                place("Rakhine"), place("Kyauktaw")],
        figures=[
            fig("40 tonnes", 40, "tonnes", "other"),
            fig("plus de 12 300 cas", 12300, "cas", qualifier="plus de"),
            fig("18 centres", 18, "centres"),
            fig("1,4 million de personnes", 1400000, "personnes"),
            fig("quelque 1,4 million de personnes", 1400000, "personnes", qualifier="quelque"),
            fig("4,2 milliards de dollars", 4200000000, "dollars", "money", currency="USD"),
            fig("38 %", 38, "%", "percent"),
            fig("moitié", 0.5, None, "other"),
            fig("2,3 millions de personnes", 2300000, "personnes"),
            fig("180 millions de dollars", 180000000, "dollars", "money", currency="USD"),
            fig("Un tiers", 0.3333, None, "other"),
            fig("moins de 5 ans", 5, "ans", "age", qualifier="moins de"),
            fig("au moins 27 civils", 27, "civils", qualifier="au moins"),
            fig("9 enfants", 9, "enfants"),
            fig("le 30 novembre", "--11-30", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up host for the) UN spokesperson's daily noon-briefing digest in French: four unrelated items, "
              "each a headline line and a body paragraph (listing). Boilerplate: the office's name line, language "
              "line, one-line menu, breadcrumb, a Spanish 'Noticias ONU ▸' ticker (tag 'foreign-ticker'), the "
              "digest's own label with the day's date (the listing's label, README 'Listing titles', so the items "
              "have no time stamp in the article) and the disclaimer under it (like a translation disclaimer), "
              "share line, links to earlier briefings, footer with 'NY 10017' and the switchboard, copyright line. "
              "Title: the first item's headline; dateline null. The second item's body is UTF-8 read as cp1252; the "
              "fourth has œ as U+FFFD ('man�uvres'). '40 tonnes' in headline and body: one text. '1,4 million de "
              "personnes' (headline) and 'quelque 1,4 million de personnes' (body): two texts. 'Le plan de réponse "
              "humanitaire pour le Soudan' is a plan (not an organisation, no year). 'réduira de moitié' / 'réduire "
              "de moitié': one fraction text 'moitié' (h232-h247). '2,3 millions de personnes' in headline and body: "
              "one text. 'Un tiers des enfants de moins de 5 ans': fraction and an age with 'moins de'. 'depuis "
              "avril', 'dès janvier', 'depuis le début d’octobre': months alone, not figures. 'le Secrétaire "
              "général', 'le porte-parole' are roles; the ONU appears only in the chrome. 'gouvernorat de Hodeïda', "
              "'État de Rakhine', 'canton de Kyauktaw' give the proper names. The agencies are real names carrying "
              "invented numbers. No contact.",
    ),
))

# --------------------------------------------------------------------------- h288 UN Women release on Central Asia in the seed's shape: site menu with doubled labels and a glued label+blurb, old-CMS hard wraps, œ dropped, mailto debris, +996 and +7
H288_MENU = """Accueil
-
À propos
À proposONU Femmes est l'entité des Nations Unies consacrée à l'égalité des sexes et à l'autonomisation des femmes.
Notre action
Notre action
- Leadership et participation politique
- Autonomisation économique
- Mettre fin à la violence à l'égard des femmes
- Paix et sécurité
- Action humanitaire
-
Où nous sommes
Où nous sommes
Actualités et événements
Actualités et événements
- Communiqués de presse
- Reportages
-
Faire un don
Faire un don"""
PAGES.append(Page(
    name="h288-onu-femmes-kirghizistan-kazakhstan-cooperatives",
    meta={"site": "www.onufemmes.example.org", "style": "un-agency-release-seed-shape",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "lost-oe", "html-debris"]},
    wrap=64, jitter=12,
    blocks=[
        B(H288_MENU),
        P("Au Kirghizistan et au Kazakhstan, 3 400 agricultrices accèdent au crédit grâce à des coopératives",
          nowrap=True),
        P("Bichkek, le 2 décembre 2025 – Un programme conjoint de l'Entité des Nations Unies pour l'égalité des sexes "
          "et l'autonomisation des femmes (ONU Femmes) et de l'Organisation des Nations Unies pour l'alimentation et "
          "l'agriculture (FAO), mis en œuvre depuis 2022 dans les régions d'Och, de Djalal-Abad et de Turkestan, a "
          "permis à 3 400 agricultrices de créer ou de rejoindre 146 coopératives et d'obtenir leur premier crédit.",
          oe="drop"),
        P("Financé par le Fonds international de développement agricole (FIDA) à hauteur de 8,7 millions de dollars, "
          "le programme a aussi formé 520 femmes à la gestion et à la comptabilité. Le montant moyen des prêts "
          "accordés atteint 185 000 soms au Kirghizistan et 1,1 million de tenges au Kazakhstan."),
        P("« Avant, la banque demandait la signature de mon mari. Aujourd'hui, c'est la coopérative qui se porte "
          "garante », raconte Gulnara Toktogulova, éleveuse de 47 ans à Kara-Suu, qui a pu acheter une trayeuse et "
          "mettre en œuvre un petit atelier de fromagerie.", oe="drop"),
        P("Selon une enquête menée en 2025 auprès de 1 850 participantes, leurs revenus ont augmenté de 28 % en "
          "moyenne, et 61 % d'entre elles déclarent participer désormais aux décisions financières du foyer."),
        P("Une deuxième phase, prévue de 2026 à 2029, doit s'étendre au Tadjikistan et toucher 6 000 femmes "
          "supplémentaires."),
        L("""Pour plus d'informations, veuillez contacter:
Aizada Bekova
ONU Femmes Bichkek
Tél. : +996 312 61 24 85
E-mail :
[["mailto:aizada.bekova@unwomen.org">aizada.bekova@unwomen.org||aizada.bekova@unwomen.org]]
Dana Seitkali
ONU Femmes Almaty
Tél. : +7 727 258 43 16 Ext. 204
E-mail :
[["mailto:dana.seitkali@unwomen.org">dana.seitkali@unwomen.org||dana.seitkali@unwomen.org]]"""),
    ],
    gold=dict(
        title="Au Kirghizistan et au Kazakhstan, 3 400 agricultrices accèdent au crédit grâce à des coopératives",
        dateline=dl("Bichkek", "2025-12-02"),
        organisations=[org("Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
                           "ONU Femmes"),
                       org("Organisation des Nations Unies pour l'alimentation et l'agriculture", "FAO"),
                       org("Fonds international de développement agricole", "FIDA")],
        places=[place("Kirghizistan", "KG"), place("Kazakhstan", "KZ"), place("Bichkek"), place("Och"),
                place("Djalal-Abad"), place("Turkestan"), place("Kara-Suu"), place("Tadjikistan", "TJ"),
                place("Almaty")],
        figures=[
            fig("3 400 agricultrices", 3400, "agricultrices"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("2022", 2022, None, "year"),
            fig("146 coopératives", 146, "coopératives"),
            fig("8,7 millions de dollars", 8700000, "dollars", "money", currency="USD"),
            fig("520 femmes", 520, "femmes"),
            fig("185 000 soms", 185000, "soms", "money", currency="KGS"),
            fig("1,1 million de tenges", 1100000, "tenges", "money", currency="KZT"),
            fig("47 ans", 47, "ans", "age"),
            fig("en 2025", 2025, None, "year"),
            fig("1 850 participantes", 1850, "participantes"),
            fig("28 %", 28, "%", "percent"),
            fig("61 %", 61, "%", "percent"),
            fig("2026", 2026, None, "year"),
            fig("2029", 2029, None, "year"),
            fig("6 000 femmes", 6000, "femmes"),
        ],
        phones=[phone("+996312612485"), phone("+77272584316", extension="204")],
        emails=["aizada.bekova@unwomen.org", "dana.seitkali@unwomen.org"],
        contacts=[contact("Aizada Bekova", None, "ONU Femmes Bichkek", ["+996312612485"],
                          ["aizada.bekova@unwomen.org"]),
                  contact("Dana Seitkali", None, "ONU Femmes Almaty", ["+77272584316"],
                          ["dana.seitkali@unwomen.org"])],
        notes="A UN Women release in French (made-up host, real body carrying invented news), scraped in the seed's "
              "shape: a fixed site menu at the top with bare '-' lines, '- label' items, doubled labels and a label "
              "glued to its blurb ('À proposONU Femmes est ...'), all boilerplate (the blurb's name is chrome); the "
              "body hard-wrapped by an old CMS at about 55-64 columns (joined); œ dropped ('mis en uvre' twice); "
              "straight apostrophes kept as written; the contact block with 'E-mail :' lines followed by mailto "
              "debris ('\"mailto:...\">address' → the bare address). 'ONU Femmes' is the name-acronym of the long "
              "form before it (as 'ONU-Habitat', h152-h167). '3 400 agricultrices' in title and body: one text. "
              "'depuis 2022': '2022'. Kyrgyz soms (KGS) and Kazakh tenges (KZT): new currencies, units as written. "
              "'éleveuse de 47 ans': an age. 'une enquête menée en 2025': 'en 2025'. 'prévue de 2026 à 2029': two "
              "years. 'deuxième phase', 'premier crédit': ordinal words. Places: the countries (KG, KZ, TJ), the "
              "regions of Och and Djalal-Abad (Kyrgyzstan) and Turkestan (Kazakhstan, iso null: a region, not the "
              "historical Turkestan), the town Kara-Suu, and Almaty from the office label (README). Contacts: two "
              "people with office labels as organisation ('ONU Femmes Bichkek', 'ONU Femmes Almaty', the body "
              "already listed); a Bishkek landline (+996 312) and an Almaty number (+7 727, the code seen in the "
              "real survey and new to the corpus) with 'Ext. 204'.",
    ),
))

# --------------------------------------------------------------------------- h289 ECOWAS release in a browser's print view: print header/footer, a page break inside a paragraph, naira
H289_TITLE = "Riz local : la CEDEAO mobilise 1,1 milliard de dollars pour réduire les importations"
H289_P3A = ("Le programme financera l’aménagement de 180 000 hectares de bas-fonds irrigués, la distribution de "
            "semences certifiées à 1,2 million de producteurs et")
H289_P3B = ("la construction de 240 unités de décorticage, avec l’appui de la Banque d’investissement et de "
            "développement de la CEDEAO (BIDC) et du Centre du riz pour l’Afrique (AfricaRice).")
H289_HEAD = f"02/12/2025 14:37                                        {H289_TITLE} | Commission de la CEDEAO"
H289_URL = "https://www.ecowas-commission.example.int/fr/communiques/riz-local-programme-regional/"
PAGES.append(Page(
    name="h289-cedeao-abuja-programme-riz-vue-impression",
    meta={"site": "www.ecowas-commission.example.int", "style": "regional-body-release-print-view",
          "defects": ["print-furniture", "breadcrumb", "postcode-trap"]},
    blocks=[
        B(f"""{H289_HEAD}
Commission de la CEDEAO | ECOWAS Commission | Comissão da CEDEAO
Accueil › Presse › Communiqués
Communiqué n° 412/2025 · 1er décembre 2025"""),
        P(H289_TITLE),
        P("Abuja, le 1er décembre 2025 – La Communauté économique des États de l’Afrique de l’Ouest (CEDEAO) a lancé "
          "lundi à Abuja un programme régional de 1,1 milliard de dollars destiné à porter la production de riz paddy "
          "de la région de 24,6 à 31 millions de tonnes d’ici 2030."),
        P("Les 15 États membres ont importé 8,2 millions de tonnes de riz en 2024, pour une facture de 5,3 milliards "
          "de dollars. Au Nigeria, le sac de 50 kg de riz importé se vendait 92 000 nairas en octobre, contre 41 500 "
          "nairas deux ans plus tôt."),
        X(H289_P3A, H289_P3A + " " + H289_P3B),
        B(f"{H289_URL}                    1/2\n{H289_HEAD}"),
        X(H289_P3B, ""),
        P("« Chaque tonne produite dans la région est une tonne de devises économisée », a déclaré la commissaire "
          "chargée de l’agriculture, Fatoumata Binta Sow-Adeyemi."),
        P("Le Sénégal, le Ghana et la Côte d’Ivoire seront les premiers pays bénéficiaires, à partir de mars 2026."),
        L("""Contact presse : Adaeze Okonkwo-Diallo, chargée de presse, Direction de la communication de la Commission de la CEDEAO
Tél. : +234 209 461 2345 – Mobile : +234 803 412 5567
info.presse@ecowas-commission.example.int"""),
        B(f"""Partager cette page : Facebook | X | LinkedIn
© 2025 Commission de la CEDEAO – Plot 27, avenue des États membres, PMB 520, Asokoro, Abuja
{H289_URL}                    2/2"""),
    ],
    gold=dict(
        title=H289_TITLE,
        dateline=dl("Abuja", "2025-12-01"),
        organisations=[org("Communauté économique des États de l’Afrique de l’Ouest", "CEDEAO"),
                       org("Banque d’investissement et de développement de la CEDEAO", "BIDC"),
                       org("Centre du riz pour l’Afrique", "AfricaRice")],
        places=[place("Abuja"), place("Nigeria", "NG"), place("Sénégal", "SN"), place("Ghana", "GH"),
                place("Côte d’Ivoire", "CI")],
        figures=[
            fig("1,1 milliard de dollars", 1100000000, "dollars", "money", currency="USD"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("24,6", 24600000, None, "other"),
            fig("31 millions de tonnes", 31000000, "tonnes", "other"),
            fig("2030", 2030, None, "year"),
            fig("15 États", 15, "États"),
            fig("8,2 millions de tonnes", 8200000, "tonnes", "other"),
            fig("en 2024", 2024, None, "year"),
            fig("5,3 milliards de dollars", 5300000000, "dollars", "money", currency="USD"),
            fig("50 kg", 50, "kg", "other"),
            fig("92 000 nairas", 92000, "nairas", "money", currency="NGN"),
            fig("41 500 nairas", 41500, "nairas", "money", currency="NGN"),
            fig("deux ans", 2, "ans", "duration"),
            fig("180 000 hectares", 180000, "hectares", "other"),
            fig("1,2 million de producteurs", 1200000, "producteurs"),
            fig("240 unités", 240, "unités"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+2342094612345"), phone("+2348034125567")],
        emails=["info.presse@ecowas-commission.example.int"],
        contacts=[contact("Adaeze Okonkwo-Diallo", "chargée de presse",
                          "Direction de la communication de la Commission de la CEDEAO",
                          ["+2342094612345", "+2348034125567"], ["info.presse@ecowas-commission.example.int"])],
        notes="An ECOWAS release (real body, made-up host, invented news and people) printed from a browser: the "
              "print header (print date and time, page title with the site name, printed again after the page break) "
              "and footer (URL and '1/2', '2/2') are boilerplate (tag 'print-furniture', h136-h151), as the printed "
              "site lines (trilingual site name, breadcrumb, release-number/date line, share line, copyright line "
              "with plot number and PMB box). The page break falls inside the third paragraph (between 'producteurs "
              "et' and 'la construction'): one clean line (h136-h151 print rule). The print header repeats the title: "
              "not a second article copy (furniture). 'de 24,6 à 31 millions de tonnes': first bound '24,6' with the "
              "second's scale and kind (24 600 000, other, unit null). 'Les 15 États membres': unit 'États'. Nigerian "
              "nairas (NGN, new currency, unit as written). 'contre 41 500 nairas deux ans plus tôt': decided, 'deux "
              "ans' is a duration figure (unlike 'un an plus tôt', whose 'un' is never a figure). 'en octobre': a "
              "month alone. 'premiers pays': ordinal word. 'la région' generic; 'Afrique de l’Ouest' and 'Afrique' "
              "only inside names. The BIDC (nested name with its own acronym) and AfricaRice (a name-acronym after "
              "its long form) are listed apart (h104-h119 rule); the 'Commission de la CEDEAO' appears only in the "
              "chrome and the contact's office label (not listed, README). Contact: one line with person, role and "
              "office as organisation, an Abuja landline (+234 209) and a mobile, and an address.",
    ),
))

# --------------------------------------------------------------------------- h290 Lyon NGO's WordPress release on cholera in Yemen: HTML entities, a glued <h2>, hidden e-mail, donation block, +(33) (0)4 and +967
PAGES.append(Page(
    name="h290-action-eau-sante-yemen-cholera-taiz",
    meta={"site": "www.actioneausante.example.org", "style": "humanitarian-ngo-wordpress",
          "defects": ["html-debris", "heading-glued", "hidden-email", "menu", "breadcrumb", "share-lines",
                      "donation-block", "newsletter-chrome", "postcode-trap"]},
    blocks=[
        B("""Action Eau Santé
L’eau, c’est la vie. La santé, c’est un droit.
Accueil | Qui sommes-nous ? | Nos missions | Actualités | Agir avec nous | Contact
Faire un don
Accueil » Actualités » Yémen
Publié le 3 décembre 2025 par Service communication · Urgences, Yémen"""),
        P("Yémen : à Taïz, nos équipes ont soigné 4 800 malades du choléra en six semaines"),
        P("[[<p>||]]" + ent("Lyon, le 3 décembre 2025 – Depuis la mi-octobre, les équipes d’Action Eau Santé (AES) "
                            "ont pris en charge 4\u00a0800 malades du choléra dans les deux centres de traitement "
                            "qu’elles gèrent à Taïz, dans le sud-ouest du Yémen. Le taux de guérison atteint "
                            "98\u00a0%.", "’\u00a0–") + "[[</p>||]]"),
        P("[[<h2>||]]Un réseau d’eau à bout de souffle[[</h2>||]]"),
        P("[[<p>||]]" + ent("Les stations de pompage de la ville ne fonctionnent plus qu’à 30\u00a0% de leur "
                            "capacité, faute de carburant. Un bidon de 20 litres d’eau potable coûte désormais "
                            "1\u00a0500 rials yéménites, trois fois plus qu’en 2023.", "’\u00a0") + "[[</p>||]]",
          glue=True),
        P("[[<p>||]]" + ent("Avec le soutien de l’Union européenne et de la Fondation Rhône-Solidarité, AES a "
                            "installé 14 points de chloration et distribué 1,2 million de comprimés de purification. "
                            "« Sans eau propre, chaque malade guéri peut retomber malade dans la semaine », alerte la "
                            "docteure Samira Haddad, coordinatrice médicale à Taïz.", "’«»") + "[[</p>||]]"),
        P("[[<p>||]]" + ent("L’association lance un appel d’urgence de 850\u00a0000\u00a0€ pour maintenir ses "
                            "activités jusqu’en mars 2026.", "’\u00a0") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Contacts presse[[</strong><br />||]]
À Lyon : Claire Fontanel, responsable des relations presse – +(33) (0)4 78 62 19 40 – [[<a href="mailto:c.fontanel@actioneausante.example.org">c.fontanel@actioneausante.example.org</a><br />||c.fontanel@actioneausante.example.org]]
À Aden : Mohammed Al-Absi, coordinateur terrain – +967 771 284 503 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="0b66646339666c4b6a687f6264656e6a7e6e6a">||]][email protected][[</a></p>||]]"""),
        B("""Partager : Facebook | X | LinkedIn | E-mail
Soutenez nos équipes au Yémen
Avec 35 €, vous fournissez 500 comprimés de purification à une famille pendant un mois.
Je fais un don
Ces articles peuvent vous intéresser
Madagascar : 12 forages réhabilités dans le Grand Sud
Tchad : un nouveau centre de santé à Goz Beïda
Recevez notre lettre d’information : Votre e-mail | Je m’inscris
Action Eau Santé – 18, quai Claude-Bernard – 69007 Lyon – Association reconnue d’utilité publique
© 2025 Action Eau Santé – Mentions légales – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Yémen : à Taïz, nos équipes ont soigné 4 800 malades du choléra en six semaines",
        dateline=dl("Lyon", "2025-12-03"),
        organisations=[org("Action Eau Santé", "AES"), org("Union européenne", None),
                       org("Fondation Rhône-Solidarité", None)],
        places=[place("Yémen", "YE"), place("Taïz"), place("Lyon"), place("Aden")],
        figures=[
            fig("4 800 malades", 4800, "malades"),
            fig("six semaines", 6, "semaines", "duration"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("4\u00a0800 malades", 4800, "malades"),
            fig("deux centres", 2, "centres"),
            fig("98\u00a0%", 98, "%", "percent"),
            fig("30\u00a0%", 30, "%", "percent"),
            fig("20 litres", 20, "litres", "other"),
            fig("1\u00a0500 rials yéménites", 1500, "rials yéménites", "money", currency="YER"),
            fig("trois fois", 3, "fois", "other"),
            fig("en 2023", 2023, None, "year"),
            fig("14 points", 14, "points"),
            fig("1,2 million de comprimés", 1200000, "comprimés"),
            fig("850\u00a0000\u00a0€", 850000, "€", "money", currency="EUR"),
            fig("mars 2026", 2026, None, "year"),
        ],
        phones=[phone("+33478621940"), phone("+967771284503")],
        emails=["c.fontanel@actioneausante.example.org"],
        hidden_emails=1,
        contacts=[contact("Claire Fontanel", "responsable des relations presse", None, ["+33478621940"],
                          ["c.fontanel@actioneausante.example.org"]),
                  contact("Mohammed Al-Absi", "coordinateur terrain", None, ["+967771284503"], [])],
        notes="A (made-up) Lyon water-and-health NGO's WordPress release on cholera in Yemen. Boilerplate: site name "
              "and slogan, one-line menu, 'Faire un don' button, breadcrumb, the 'Publié le ... par ... · "
              "categories' line under the menu, share line, the donation block ('Avec 35 €, ...', 'Je fais un don'), "
              "related headlines, newsletter form line, footer with street number and 69007 postcode, copyright "
              "line. HTML debris: <p>, </p>, <h2> (glued to the next <p>: 'souffle</h2><p>Les stations', the "
              "heading a line of its own), <strong>, <br />, '&rsquo;', '&ndash;', '&laquo;'/'&raquo;', '&nbsp;' "
              "(U+00A0 kept in the clean text and the figure texts), a mailto link and an address behind a CDN "
              "e-mail-protection link (hidden, counted). The title's '4 800 malades' (plain space) and the body's "
              "'4 800 malades' (U+00A0) are two texts (h184-h199 rule). 'en six semaines': a duration; 'la "
              "mi-octobre' not a figure. '1 500 rials yéménites': YER, unit as written (new currency); 'trois fois "
              "plus qu’en 2023': a ratio and the year. 'jusqu’en mars 2026': 'mars 2026'. 'Avec 35 €' is in the "
              "donation block (chrome, not a figure). 'Taïz' is the city (the dateline is Lyon, the NGO's seat, not "
              "the story's place). Fondation Rhône-Solidarité is made up (Rhône only inside its name). Contacts: "
              "two lines with place labels ('À Lyon :', 'À Aden :', places, not organisations, README), each a "
              "person with role; the Lyon number written '+(33) (0)4 78 62 19 40' (the real survey's '+(33) (0)4' "
              "shape: the bracketed trunk 0 dropped, +33478621940); a Yemeni mobile (+967, new code) and a hidden "
              "address.",
    ),
))

# --------------------------------------------------------------------------- h291 Ontario government news release: doubled menu labels, U+2010 hyphens, double space, 'Faits en bref', quotes, media contacts
U2010 = "[[\u2010||-]]"
PAGES.append(Page(
    name="h291-ontario-garderies-francophones-investissement",
    meta={"site": "nouvelles.ontario-fr.example.ca", "style": "provincial-government-news-release",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "stray-unicode-hyphen", "double-space",
                      "share-lines"]},
    blocks=[
        B("""Passer au contenu principal
English
Ontario
Salle de presse de l’Ontario
Salle de presse
Salle de presse
Communiqués
Déclarations
Documents d’information
Avis aux médias
Rechercher dans la salle de presse
Accueil › Salle de presse › Affaires francophones
Communiqué
2 décembre 2025
Affaires francophones"""),
        P("L’Ontario investit 14,6 millions $ pour créer 1 150 places en garderie francophone"),
        P("Les nouvelles places seront aménagées dans le Grand Sudbury, à Hearst, à Kapuskasing et à Ottawa d’ici "
          "septembre 2027"),
        P("TORONTO – Le gouvernement de l’Ontario investit 14,6 millions $ pour créer 1 150 nouvelles places en "
          "garderie de langue française dans quatre collectivités où les listes d’attente dépassent souvent deux "
          "ans.[[  || ]]L’annonce a été faite aujourd’hui par la ministre des Affaires francophones, Danielle "
          f"Robichaud{U2010}Lalonde."),
        P("Le financement permettra d’aménager 38 salles dans des écoles des conseils scolaires de langue française "
          "et de former 240 éducatrices et éducateurs de la petite enfance grâce à un programme accéléré de 10 mois "
          "offert par le Collège Boréal."),
        P("Faits en bref"),
        L(f"""• Environ 622 000 Franco{U2010}Ontariennes et Franco{U2010}Ontariens vivent dans la province.
• Les frais de garde seront plafonnés à 22 $ par jour dans les nouvelles places d’ici septembre 2026.
• La demande de services de garde en français a augmenté de 17 %[[  || ]]depuis 2022."""),
        P("Citations"),
        L(f"""« Aucune famille ne devrait renoncer à élever ses enfants en français faute de place en garderie. »
– Danielle Robichaud{U2010}Lalonde, ministre des Affaires francophones
« À Hearst, 140 enfants attendent une place. Ces 96 places vont changer la vie de nos familles. »
– Roger Gagnon{U2010}Bélanger, maire de Hearst"""),
        B("""Ressources supplémentaires
Trouver une garderie agréée en Ontario
Services en français : le plan d’action 2025-2028"""),
        L("""Contacts pour les médias
Mélanie Gauthier-Roy
Bureau de la ministre des Affaires francophones
416 325-4788
Simon Lacasse
Division des communications
416 314-6512
simon.lacasse@ontario-fr.example.ca"""),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Sujets : Enfance et petite enfance · Francophonie · Éducation
Imprimer cette page
© Imprimeur du Roi pour l’Ontario, 2025 – Confidentialité – Accessibilité"""),
    ],
    gold=dict(
        title="L’Ontario investit 14,6 millions $ pour créer 1 150 places en garderie francophone",
        dateline=dl("TORONTO", None),
        organisations=[org("gouvernement de l’Ontario", None), org("Collège Boréal", None)],
        places=[place("Ontario"), place("Grand Sudbury"), place("Hearst"), place("Kapuskasing"), place("Ottawa"),
                place("Toronto")],
        figures=[
            fig("14,6 millions $", 14600000, "$", "money", currency="CAD"),
            fig("1 150 places", 1150, "places"),
            fig("septembre 2027", 2027, None, "year"),
            fig("1 150 nouvelles places", 1150, "places"),
            fig("quatre collectivités", 4, "collectivités"),
            fig("deux ans", 2, "ans", "duration"),
            fig("38 salles", 38, "salles"),
            fig("240 éducatrices", 240, "éducatrices"),
            fig("10 mois", 10, "mois", "duration"),
            fig("Environ 622 000 Franco-Ontariennes", 622000, "Franco-Ontariennes", qualifier="Environ"),
            fig("22 $", 22, "$", "money", currency="CAD"),
            fig("septembre 2026", 2026, None, "year"),
            fig("17 %", 17, "%", "percent"),
            fig("2022", 2022, None, "year"),
            fig("140 enfants", 140, "enfants"),
            fig("96 places", 96, "places"),
        ],
        phones=[phone("+14163254788"), phone("+14163146512")],
        emails=["simon.lacasse@ontario-fr.example.ca"],
        contacts=[contact("Mélanie Gauthier-Roy", None, "Bureau de la ministre des Affaires francophones",
                          ["+14163254788"], []),
                  contact("Simon Lacasse", None, "Division des communications", ["+14163146512"],
                          ["simon.lacasse@ontario-fr.example.ca"])],
        notes="A provincial government's French news release in the shape of Ontario's newsroom (made-up host, "
              "invented news, people and numbers). Boilerplate: skip line, 'English', the province's name and the "
              "newsroom's name, menu with a doubled 'Salle de presse', search line, breadcrumb, and the three "
              "metadata lines above the title (type, date, ministry: page metadata, h184-h199 labels above a title); "
              "'Ressources supplémentaires' with its links (decided: related-content links, as h224's 'Documents "
              "associés'); share, topics, print and copyright lines. Article: title, the summary line under it (an "
              "article line kept apart, h224), body, the 'Faits en bref' and 'Citations' headings with their bullets "
              "and quote/attribution lines, 'Contacts pour les médias' and its lines. U+2010 in the compound names "
              "and demonyms ('Robichaud‐Lalonde', 'Franco‐Ontariennes') becomes '-' (README); two double spaces. "
              "Dateline 'TORONTO –' without date (the date is only in the metadata line): place as written, 'Toronto' "
              "listed in normal case. 'L’Ontario investit' (the province as actor) is a place (h184-h199 rule); 'Le "
              "gouvernement de l’Ontario' an organisation (h88-h103 executive rule). '$' on a Canadian page is CAD; "
              "the word 'dollars' is avoided. '1 150 places' (title) and '1 150 nouvelles places' (body): two texts. "
              "'dépassent souvent deux ans': a duration. '240 éducatrices et éducateurs': unit 'éducatrices' (the "
              "first noun). 'Environ 622 000 Franco-Ontariennes': count with qualifier 'Environ', the demonym as "
              "unit. '22 $ par jour': 'par jour' out. 'depuis 2022': '2022'. The plan's years in the resources block "
              "are chrome. 'la ministre des Affaires francophones', 'maire de Hearst' are roles; 'conseils scolaires "
              "de langue française' generic. Contacts: two blocks, a person and an office line each (role null, "
              "organisation as written), 416 numbers (+1).",
    ),
))

# --------------------------------------------------------------------------- h292 Basque-country water syndicate's PDF: letterhead with a Basque line, centred two-line title, right-aligned dateline, hyphenation, ligatures, page marks
PAGES.append(Page(
    name="h292-sena-bayonne-usine-eau-ustaritz-pdf",
    meta={"site": "www.eaux-nive-adour.example.fr", "style": "water-syndicate-pdf-basque-letterhead",
          "defects": ["pdf-hyphenation", "hard-wrap", "stray-unicode-ligature", "page-furniture",
                      "unaccented-capitals", "postcode-trap"]},
    blocks=[
        B("""SYNDICAT DES EAUX NIVE-ADOUR
Nive-Aturri Ur Sindikatua
12, allée des Platanes – CS 40127 – 64104 Bayonne Cedex
Tél. 05 59 46 21 00 – www.eaux-nive-adour.example.fr
COMMUNIQUE DE PRESSE"""),
        X("            Sécheresse et sel : une nouvelle usine d’eau potable\n"
          "                        à Ustaritz pour 23 M€",
          "Sécheresse et sel : une nouvelle usine d’eau potable à Ustaritz pour 23 M€"),
        P("[[                                                               ||]]Bayonne, le 3 décembre 2025"),
        P("Le comité syndical du Syndicat des eaux Nive-Adour (SENA) a approuvé le 2 décembre la "
          + hy("con", "struction") + " d’une usine de production d’eau potable à Ustaritz, sur les bords de la Nive. "
          "D’un⏎coût de 23 M€, elle produira jusqu’à 42 000 m³ par jour à partir de l’été 2028 et sécurisera⏎"
          "l’alimentation de quelque 128 000 habitants de Bayonne, Anglet et Biarritz."),
        P("UNE PRISE D’EAU À L’ABRI DU SEL", strip=True),
        P("Lors des étiages de 2022 et de 2023, la remontée de la marée dans l’Adour avait porté la "
          + hy("te", "neur") + " en sel de l’eau brute à 0,8 gramme par litre, au-delà du seuil de potabilité. La "
          "nouvelle⏎prise d’eau, située 9 kilomètres plus en amont, sera hors d’atteinte du sel et des "
          + hy("ef", "fluents") + " urbains."),
        B("SENA – Communiqué de presse du 3 décembre 2025                                              1/2"),
        P("Le financement est assuré par l’Agence de l’eau Adour-Garonne (8,1 M€), la Région "
          + hy("Nouvelle", "Aquitaine", keep=True) + " (3,5 M€), le Département des Pyrénées-Atlantiques (2,4 M€) et "
          "un emprunt de 9 M€.⏎Le prix de l’eau augmentera de 0,12 € par mètre cube en 2027, soit environ 14 € par "
          "an pour⏎un foyer de quatre personnes.", lig=True),
        P("« C’est l’investissement le plus important du syndicat depuis sa création en 1974 », souligne⏎son "
          "président, Peio Larramendy."),
        L("""Contact presse : Maialen Etcheverry, chargée de communication
05 59 46 21 87 – 06 71 38 52 09 – communication@eaux-nive-adour.example.fr"""),
        B("SENA – Communiqué de presse du 3 décembre 2025                                              2/2"),
    ],
    gold=dict(
        title="Sécheresse et sel : une nouvelle usine d’eau potable à Ustaritz pour 23 M€",
        dateline=dl("Bayonne", "2025-12-03"),
        organisations=[org("Syndicat des eaux Nive-Adour", "SENA"), org("Agence de l’eau Adour-Garonne", None),
                       org("Région Nouvelle-Aquitaine", None), org("Département des Pyrénées-Atlantiques", None)],
        places=[place("Ustaritz"), place("Bayonne"), place("Nive"), place("Anglet"), place("Biarritz"),
                place("Adour")],
        figures=[
            fig("23 M€", 23000000, "M€", "money", currency="EUR"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("le 2 décembre", "--12-02", None, "date"),
            fig("jusqu’à 42 000 m³", 42000, "m³", "other", qualifier="jusqu’à"),
            fig("2028", 2028, None, "year"),
            fig("quelque 128 000 habitants", 128000, "habitants", qualifier="quelque"),
            fig("2022", 2022, None, "year"),
            fig("2023", 2023, None, "year"),
            fig("0,8 gramme", 0.8, "gramme", "other"),
            fig("9 kilomètres", 9, "kilomètres", "other"),
            fig("8,1 M€", 8100000, "M€", "money", currency="EUR"),
            fig("3,5 M€", 3500000, "M€", "money", currency="EUR"),
            fig("2,4 M€", 2400000, "M€", "money", currency="EUR"),
            fig("9 M€", 9000000, "M€", "money", currency="EUR"),
            fig("0,12 €", 0.12, "€", "money", currency="EUR"),
            fig("en 2027", 2027, None, "year"),
            fig("environ 14 €", 14, "€", "money", qualifier="environ", currency="EUR"),
            fig("quatre personnes", 4, "personnes"),
            fig("en 1974", 1974, None, "year"),
        ],
        phones=[phone("+33559462187"), phone("+33671385209")],
        emails=["communication@eaux-nive-adour.example.fr"],
        contacts=[contact("Maialen Etcheverry", "chargée de communication", None, ["+33559462187", "+33671385209"],
                          ["communication@eaux-nive-adour.example.fr"])],
        notes="The PDF of a (made-up) Basque-country water syndicate in Bayonne, extracted as plain text. The "
              "letterhead (capital name, its Basque name line 'Nive-Aturri Ur Sindikatua', address with CS box and "
              "'64104 Bayonne Cedex', switchboard and web address) and the unaccented document label 'COMMUNIQUE DE "
              "PRESSE' are boilerplate (no CMS title, h56-h71 and h152-h167 rules); the running footers with page "
              "marks ('1/2', '2/2') are page furniture. The title is centred over two lines (one title line); the "
              "dateline is right-aligned on its own line. PDF line ends are joined, with hyphenation ('con-'⏎"
              "'struction', 'te-'⏎'neur', 'ef-'⏎'fluents', and at a real hyphen 'Nouvelle-'⏎'Aquitaine', kept); "
              "the fi ligature of the financing paragraph is expanded. The heading 'UNE PRISE D’EAU A L’ABRI DU SEL' "
              "was typed without accents ('À' restored). '23 M€' in title and body: one text. 'jusqu’à 42 000 m³ par "
              "jour': 'par jour' out. 'à partir de l’été 2028': a year dating a season ('2028'). 'Lors des étiages de "
              "2022 et de 2023': two years. '0,8 gramme par litre': a concentration, kind other, unit 'gramme' "
              "(h184-h199). The four funding shares in 'M€' are money; '0,12 € par mètre cube' and 'environ 14 € par "
              "an': 'par ...' out. 'depuis sa création en 1974': 'en 1974'. The syndicate's 'comité syndical' is its "
              "organ (generic, lower case). The Agence de l’eau Adour-Garonne, the Région Nouvelle-Aquitaine and the "
              "Département des Pyrénées-Atlantiques act as funders (organisations, h152-h167 and h216-h231 rules); "
              "'Nouvelle-Aquitaine', 'Pyrénées-Atlantiques' and 'Garonne' stand only inside those names (not "
              "listed); the rivers Nive and Adour also stand alone (places). Contact: a person with role, a "
              "landline and a mobile without country code (+33), an address.",
    ),
))

# --------------------------------------------------------------------------- h293 Central African news portal reprinting an ACAP dispatch: old-CMS wraps, title twice, ’ as a space, cp1250 paragraph, half-repaired word, case damage, votes and comments
PAGES.append(Page(
    name="h293-centrafrique-direct-prix-coton-graine-acap",
    meta={"site": "www.centrafrique-direct.example.cf", "style": "news-portal-agency-reprint-old-cms",
          "defects": ["menu", "ticker", "duplicate-title", "hard-wrap", "lost-apostrophe", "mojibake-cp1250",
                      "case-damage", "wire-slug", "votes-widget", "comments-widget", "share-lines"]},
    wrap=72, jitter=10,
    blocks=[
        B("""Centrafrique Direct – L’info de Bangui et des provinces
Accueil | Politique | Économie | Société | Provinces | Sport | Contact
FLASH INFO ▸ Bangui : coupure d’électricité dans le 5e arrondissement ce mardi ▸ Football : les Fauves qualifiés pour le tour suivant
ÉCONOMIE"""),
        P("Campagne cotonnière 2025-2026 : le kilo de coton graine payé 270 francs CFA aux producteurs", nowrap=True),
        B("Campagne cotonnière 2025-2026 : le kilo de coton graine payé 270 francs CFA aux producteurs\n"
          "Par la rédaction avec ACAP · 2 décembre 2025 à 16:45 · 2 commentaires"),
        P("Bangui, 2 déc. 2025 (ACAP) – Le prix d’achat du coton graine aux producteurs a été fixé à 270 francs CFA le "
          "kilo pour la campagne 2025-2026, contre 250 francs CFA la saison précédente, a annoncé mardi à Bangui le "
          "ministère de l’Agriculture et du Développement rural.", apos="space"),
        P("La Société centrafricaine de développement du coton (SCDC) prévoit d’acheter 28 000 tonnes de coton "
          "graine, soit 6 000 tonnes de plus que lors de la campagne précédente. Les achats débuteront le "
          "15 décembre dans les préfectures de l’Ouham, de l’Ouham-Pendé et de la Nana-Gribizi.", moji="cp1250"),
        P("Quelque 41 000 producteurs sont concernés. Selon la SCDC, la [[rĂ©colte||récolte]] devrait atteindre "
          "1,3 tonne à l’hectare, grâce aux semences améliorées distribuées avec l’appui de l’"
          + casedmg("Agence française de développement") + " (AFD)."),
        P("Le coton reste la deuxième source de devises du pays après le bois. La fibre est exportée par le port de "
          "Douala, au Cameroun, à plus de 1 400 kilomètres de Bangui."),
        B("""ACAP/JMK/CD
0 votes
Partager : Facebook | WhatsApp | X
Articles similaires
Bossangoa : la route vers Bouca rouverte après les pluies
Agriculture : 3 000 tonnes de semences distribuées dans l’Ouham
2 commentaires
Jean-Baptiste K. · 2 décembre 2025 à 18:12
270 francs c’est encore peu pour le travail du paysan.
Répondre
Mireille Y. · 2 décembre 2025 à 19:40
Et les arriérés de l’an dernier, qui va les payer ?
Répondre
Laisser un commentaire
© 2025 Centrafrique Direct – Tous droits réservés"""),
    ],
    gold=dict(
        title="Campagne cotonnière 2025-2026 : le kilo de coton graine payé 270 francs CFA aux producteurs",
        dateline=dl("Bangui", "2025-12-02"),
        organisations=[org(None, "ACAP"), org("ministère de l’Agriculture et du Développement rural", None),
                       org("Société centrafricaine de développement du coton", "SCDC"),
                       org("Agence française de développement", "AFD")],
        places=[place("Bangui"), place("Ouham"), place("Ouham-Pendé"), place("Nana-Gribizi"), place("Douala"),
                place("Cameroun", "CM")],
        figures=[
            fig("2025", 2025, None, "year"),
            fig("2026", 2026, None, "year"),
            fig("270 francs CFA", 270, "francs CFA", "money", currency="XAF"),
            fig("2 déc. 2025", "2025-12-02", None, "date"),
            fig("250 francs CFA", 250, "francs CFA", "money", currency="XAF"),
            fig("28 000 tonnes", 28000, "tonnes", "other"),
            fig("6 000 tonnes", 6000, "tonnes", "other"),
            fig("le 15 décembre", "--12-15", None, "date"),
            fig("Quelque 41 000 producteurs", 41000, "producteurs", qualifier="Quelque"),
            fig("1,3 tonne", 1.3, "tonne", "other"),
            fig("plus de 1 400 kilomètres", 1400, "kilomètres", "other", qualifier="plus de"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A (made-up) Central African news portal reprinting a dispatch of the national agency ACAP, on an old "
              "CMS that hard-wraps the body at about 62-72 columns (joined). Boilerplate: site name, one-line menu, "
              "'FLASH INFO ▸' ticker, the rubric kicker 'ÉCONOMIE' above the title, the second copy of the title "
              "and the byline/date/comment-count line under it, the dispatch's initials 'ACAP/JMK/CD' (wire "
              "initials), '0 votes', share line, related headlines, the comment thread and form, copyright line. The "
              "dateline paragraph has every ’ as a space ('d achat', 'l Agriculture'); the second paragraph is UTF-8 "
              "read as cp1250 ('SociĂ©tĂ©', 'dâ€™acheter'); the third has one half-repaired word ('rĂ©colte') and "
              "the development agency's long form in ASCII-case damage ('agence franÇaise de dÉveloppement', "
              "restored to its usual form). Dateline 'Bangui, 2 déc. 2025 (ACAP) –': the agency is an organisation "
              "(acronym only, long form null), figure '2 déc. 2025'. 'campagne 2025-2026' (title and body): a "
              "season, two year figures. Francs CFA in the Central African Republic are XAF; 'le kilo' and 'à "
              "l’hectare' stay out. 'soit 6 000 tonnes de plus': a measure. 'le ministère de l’Agriculture et du "
              "Développement rural' is named as the source: listed (h200-h215). 'la deuxième source de devises': "
              "ordinal word; 'le pays' generic; 'Centrafrique' only in the chrome. Ouham, Ouham-Pendé and "
              "Nana-Gribizi are prefectures (places). No contact (a newspaper page).",
    ),
))

# --------------------------------------------------------------------------- h294 bilingual Swiss town (Morat/Murten): German line in the chrome, a paragraph without accents, space before a comma, double space, Swiss money shapes
PAGES.append(Page(
    name="h294-morat-budget-2026-ecole-bilingue",
    meta={"site": "www.morat.example.ch", "style": "bilingual-town-fr-de-chrome",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "stripped-accents", "space-before-comma",
                      "double-space", "cookie-banner", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Deutsch | Français
Murten | Morat
Ville de Morat – Stadt Murten
Vivre à Morat
Vivre à Morat
Administration
Administration
Tourisme et loisirs
Actualités
Contact
Accueil > Actualités > Communiqués
Diese Mitteilung ist auch auf Deutsch verfügbar.
Communiqué · 03.12.2025"""),
        P("Budget 2026 : Morat investit CHF 24,5 millions dans une nouvelle école bilingue"),
        P("Morat, le 3 décembre 2025 – Le Conseil communal de Morat (Murten) soumettra au Conseil général, le "
          "16 décembre, un budget 2026 de CHF 86,4 millions, qui prévoit un excédent de 312'000 francs. Le coefficient "
          "d’impôt communal reste fixé à 0,65 fois l’impôt cantonal de base."),
        P("La principale dépense d’investissement concerne la nouvelle école bilingue prévue près de la gare, qui "
          "accueillera 420 élèves francophones et germanophones dès la rentrée d’août 2028. Le chantier, estimé à "
          "CHF 24,5 millions, débutera au printemps 2026.", strip=True),
        P("Les investissements nets atteignent CHF 31,2 millions[[ ,||,]] dont 5,8 millions pour l’assainissement "
          "des conduites d’eau de la vieille ville. La dette par habitant passera de 4'850 à 5'310 francs."),
        P("« Une école où les enfants des deux langues apprennent ensemble, c’est l’identité même de Morat », souligne "
          "la syndique, Anne-Laure Schwab.[[  || ]]Le Conseil général se prononcera le 16 décembre à 19 h 30."),
        L("""Renseignements :
Anne-Laure Schwab, syndique, 026 672 61 10, anne-laure.schwab@morat.example.ch
Urs Bächler, conseiller communal, responsable des finances, 079 412 38 57"""),
        B("""Partager : Facebook | LinkedIn | E-mail | Imprimer
Autres communiqués
Fermeture de la piscine couverte du 22 au 28 décembre (28.11.2025)
Marché de Noël : horaires et circulation (20.11.2025)
Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. OK
Ville de Morat – Place de l’Hôtel-de-Ville 3 – Case postale 112 – 3280 Morat – Tél. 026 672 61 00"""),
    ],
    gold=dict(
        title="Budget 2026 : Morat investit CHF 24,5 millions dans une nouvelle école bilingue",
        dateline=dl("Morat", "2025-12-03"),
        organisations=[org("Conseil communal de Morat", None), org("Conseil général", None)],
        places=[place("Morat"), place("Murten")],
        figures=[
            fig("2026", 2026, None, "year"),
            fig("CHF 24,5 millions", 24500000, "CHF", "money", currency="CHF"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("le 16 décembre", "--12-16", None, "date"),
            fig("CHF 86,4 millions", 86400000, "CHF", "money", currency="CHF"),
            fig("312'000 francs", 312000, "francs", "money", currency="CHF"),
            fig("0,65 fois", 0.65, "fois", "other"),
            fig("420 élèves", 420, "élèves"),
            fig("août 2028", 2028, None, "year"),
            fig("CHF 31,2 millions", 31200000, "CHF", "money", currency="CHF"),
            fig("5,8 millions", 5800000, None, "money", currency="CHF"),
            fig("4'850", 4850, None, "money", currency="CHF"),
            fig("5'310 francs", 5310, "francs", "money", currency="CHF"),
            fig("deux langues", 2, "langues"),
            fig("le 16 décembre à 19 h 30", "--12-16", None, "date"),
        ],
        phones=[phone("+41266726110"), phone("+41794123857")],
        emails=["anne-laure.schwab@morat.example.ch"],
        contacts=[contact("Anne-Laure Schwab", "syndique", None, ["+41266726110"],
                          ["anne-laure.schwab@morat.example.ch"]),
                  contact("Urs Bächler", "conseiller communal, responsable des finances", None, ["+41794123857"], [])],
        notes="A release of the bilingual Swiss town of Morat/Murten (canton of Fribourg; real town, made-up host, "
              "invented people and numbers). Boilerplate: German/French language line, the town's two names, the "
              "bilingual site name, menu with doubled labels, breadcrumb, a German line ('Diese Mitteilung ist auch "
              "auf Deutsch verfügbar.', decided: chrome like a language line; the page stays 'fr'), the type/date "
              "line, share line, other releases, cookie line and footer with case postale, 3280 postcode and "
              "switchboard. The third paragraph was typed without accents ('depense', 'ecole', 'eleves', 'aout "
              "2028', 'estime a', 'debutera'); a space before a comma ('millions , dont'); a double space between "
              "two sentences. 'Morat (Murten)': the same town under its French and German names, two places "
              "(README 'Geneva'/'Genève' rule). 'Budget 2026' (title) and 'un budget 2026' (body): a year dating a "
              "budget, one text '2026' (with 'au printemps 2026'). Swiss money: 'CHF 24,5 millions' (unit 'CHF', "
              "the symbol before the number), '312'000 francs' (apostrophe thousands, unit 'francs', CHF), 'dont 5,8 "
              "millions' (money in the context's currency, unit null, h56-h71), 'passera de 4'850 à 5'310 francs' "
              "(first bound unit null). '0,65 fois l’impôt cantonal': a ratio (unit 'fois'). 'le 16 décembre' and "
              "'le 16 décembre à 19 h 30' are two texts. 'des deux langues': a count. 'Le Conseil communal de Morat' "
              "is listed with its town as written (decided: the name is written in full here, unlike h198's bare "
              "'Conseil communal'); 'Conseil général' without town; 'la vieille ville', 'la gare' generic; "
              "'l’impôt cantonal' is not a body. Contacts: two people with roles as written and Swiss numbers "
              "without country code (+41: a Fribourg landline 026 and a mobile 079).",
    ),
))

# --------------------------------------------------------------------------- h295 French embassy in Mozambique: Portuguese ticker, paragraphs without accents, an unaccented capital heading with its Œ dropped, glued to its paragraph
PAGES.append(Page(
    name="h295-ambafrance-maputo-ecoles-sofala",
    meta={"site": "mz.ambafrance.example.org", "style": "embassy-cooperation-release-portuguese-ticker",
          "defects": ["stripped-accents", "unaccented-capitals", "lost-oe", "heading-glued", "menu", "breadcrumb",
                      "foreign-ticker", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Ambassade de France au Mozambique
Embaixada de França em Moçambique
Liberté
Égalité
Fraternité
Accueil | L’ambassade | Services aux Français | Venir en France | Coopération | Presse
Accueil > Presse > Communiqués
Últimas notícias ▸ Governo aprova plano de reconstrução para Sofala ▸ Chuvas: alerta laranja em Nampula
Publié le 02/12/2025"""),
        P("La France consacre 12 millions d’euros à la reconstruction de 46 écoles dans la province de Sofala"),
        P("Maputo, le 2 décembre 2025 – L’ambassadeur de France au Mozambique, Éric Vauthier-Lemaire, et le ministre "
          "de l’Éducation et du Développement humain ont signé mardi une convention de financement de 12 millions "
          "d’euros (environ 870 millions de meticais) pour reconstruire 46 écoles endommagées par le cyclone de mars "
          "2025 dans la province de Sofala.", strip=True),
        P("MISE EN ŒUVRE PAR L’AFD", strip=True, oe="drop"),
        P("Le projet sera mis en œuvre par l’Agence française de développement (AFD) avec le Fonds national de "
          "développement de l’éducation (FNDE). Les travaux, confiés à des entreprises locales, débuteront en février "
          "2026 et dureront 18 mois.", strip=True, oe="drop", glue=True),
        P("Chaque école sera reconstruite selon des normes anticycloniques, avec des toitures renforcées et un "
          "réservoir d’eau de 10 000 litres. Au total, quelque 23 000 élèves retrouveront une salle de classe d’ici "
          "la rentrée de février 2027."),
        P("« Plus de 300 écoles ont été détruites ou endommagées à Beira et dans les districts voisins. La France se "
          "tient aux côtés du Mozambique », a déclaré l’ambassadeur."),
        L("""Contact presse :
Service de presse de l’ambassade de France
Tél. : +258 21 48 46 00 – Portable : +258 84 312 4567
presse.maputo@ambafrance-mz.example.org"""),
        B("""Partager : Facebook | X | Imprimer
Dans la même rubrique
› Bourses d’excellence 2026 : ouverture des candidatures (21/11/2025)
› Fête de la gastronomie française à Maputo (14/11/2025)
Ambassade de France au Mozambique – Avenida Friedrich Engels 418 – Caixa Postal 4781 – Maputo – Tél. +258 21 48 46 10
© Ministère de l’Europe et des Affaires étrangères – Mentions légales – Accessibilité"""),
    ],
    gold=dict(
        title="La France consacre 12 millions d’euros à la reconstruction de 46 écoles dans la province de Sofala",
        dateline=dl("Maputo", "2025-12-02"),
        organisations=[org("Agence française de développement", "AFD"),
                       org("Fonds national de développement de l’éducation", "FNDE")],
        places=[place("France", "FR"), place("Sofala"), place("Maputo"), place("Mozambique", "MZ"), place("Beira")],
        figures=[
            fig("12 millions d’euros", 12000000, "euros", "money", currency="EUR"),
            fig("46 écoles", 46, "écoles"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("environ 870 millions de meticais", 870000000, "meticais", "money", qualifier="environ",
                currency="MZN"),
            fig("mars 2025", 2025, None, "year"),
            fig("février 2026", 2026, None, "year"),
            fig("18 mois", 18, "mois", "duration"),
            fig("10 000 litres", 10000, "litres", "other"),
            fig("quelque 23 000 élèves", 23000, "élèves", qualifier="quelque"),
            fig("février 2027", 2027, None, "year"),
            fig("Plus de 300 écoles", 300, "écoles", qualifier="Plus de"),
        ],
        phones=[phone("+25821484600"), phone("+258843124567")],
        emails=["presse.maputo@ambafrance-mz.example.org"],
        contacts=[contact(None, None, "Service de presse de l’ambassade de France", ["+25821484600", "+258843124567"],
                          ["presse.maputo@ambafrance-mz.example.org"])],
        notes="A release of the French embassy in Mozambique (made-up host, invented news, people and numbers). "
              "Boilerplate: the embassy's name in French and Portuguese, the motto over three lines, one-line menu, "
              "breadcrumb, a Portuguese 'Últimas notícias ▸' ticker (tag 'foreign-ticker'), the 'Publié le' line, "
              "share line, related headlines, footer with street number, 'Caixa Postal' box and switchboard, "
              "ministry copyright line. The dateline paragraph and the paragraph after the heading were typed "
              "without accents ('Eric', 'l’Education', 'Developpement', 'fevrier'); the capital heading 'MISE EN "
              "ŒUVRE PAR L’AFD' lost its accents and its capital Œ ('MISE EN UVRE', the real survey's lost 'Œ') and "
              "is glued to the next paragraph, whose œ is dropped too ('mis en uvre'): heading and paragraph are two "
              "clean lines, 'ŒUVRE' and 'œuvre' restored. '12 millions d’euros' and '46 écoles' in title and body: "
              "one text each. '(environ 870 millions de meticais)': Mozambican meticais, MZN (new currency), a "
              "second money figure with its qualifier. 'le cyclone de mars 2025': a month-year (the storm is not "
              "named). 'débuteront en février 2026': 'février 2026'; 'd’ici la rentrée de février 2027': 'février "
              "2027'. 'La France consacre', 'La France se tient aux côtés du Mozambique': the country acting is a "
              "place (FR). 'L’ambassadeur de France au Mozambique' and 'le ministre de l’Éducation et du "
              "Développement humain' are roles (the ministry is not listed); 'la province de Sofala' gives 'Sofala' "
              "(iso null). The FNDE is made up. Contact: an office contact (the embassy's press service, as written, "
              "not listed apart) with a Maputo landline and a mobile (+258, new code) and an address.",
    ),
))
