"""h280-h295: the blind set written in session 17 (corpora/next), never run through pressclean.

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

SET = "next"

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


def oc_meta(defects, **extra):
    d = {"site": OC_SITE, "style": "corridor-agency-pressroom",
         "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "newsletter-chrome"] + defects}
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
    meta=oc_meta(["duplicate-title", "duplicate-caption", "english-caption"]),
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
