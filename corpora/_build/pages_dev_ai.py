"""h424-h439: written blind in session 26, scored blind with session 27's starting and ending code, moved into dev in session 28.

The writer read only corpora/README.md (the gold format and conventions, every "Added with ..." paragraph, the site
table and the defect tags), build.py, check_gold.py, two page sources as examples of the API (pages_dev_af.py,
pages_dev_ag.py), the shared survey of real pages (/work/shared/real-pages.md) and its seed page
(/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the project README, the
Makefile, the notes_*.md files, the other page sources or any page of dev/ and heldout/; pressclean was never run on
these pages. h424-h428 come from one made-up press room, the Régie régionale du transport de la Côte-Nord (RRTCN) in
Baie-Comeau, Québec, Canada (ferries and regional coaches), sharing its header (a cookie banner on h424 only, skip
line, an optional banner on h425 and h426, a French/English/Innu-aimun line, site name and slogan, a menu with doubled
`Horaires et tarifs` and `Salle de presse` that gains a `Carrières` item on h426 and h427, search line, breadcrumb
whose rubric changes, a `type | date` line or `Mis à jour le ...` on h425) and its bottom (share line, an `État du
service` widget whose values change on every page, a related block of two-line cards (headline, then date) titled
`À lire aussi` or `Voir aussi` (h428) whose headlines are the titles of the site's other releases word for word, a
newsletter line absent on h428, the customer-service line, address with postcode, copyright): an annual communiqué, a
notice to users, a press invitation, the chief executive's speech and a photo story. h429-h439 come from eleven other
sites, one page each: a made-up francophone university institute in Sofia, Bulgaria (h429, no defect and no
boilerplate), a made-up Beirut French-language daily's page of briefs (h430, listing, Lebanon), a made-up Grenoble
solar NGO's English release on Malawi under French chrome (h431), the UN migration agency's Guinea site in the seed's
shape (h432), a made-up Lyon NGO's WordPress page on Laos scraped as raw HTML (h433), Niger's water ministry on an old
CMS (h434), the Belgian embassy in Rwanda (h435), a release of the Congo-Oubangui-Sangha basin commission in a
document-sharing reader's free preview (h436, Kinshasa / Central African Republic), a browser print view of an Ivorian
news agency's dispatch (h437, Côte d'Ivoire), the Pacific Community's newsroom in Nouméa (h438) and the prefecture of
French Guiana (h439). Real bodies (OIM, Union européenne, AFD, AUF, FIDA, Banque mondiale, Enabel, SPF Affaires
étrangères, CICOS, RVF, AIP, CCA, CPS, WCPFC, IRD, OFB, Gendarmerie nationale, Forces armées en Guyane, ANI, EDL,
Société des traversiers du Québec, Environnement et Changement climatique Canada, the ministries named, the
universities named) carry invented news, people and numbers; every other body, every person, host, mailbox and
number is made up.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "dev"

PAGES = []

ENT = {"’": "&rsquo;", "é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "«": "&laquo;", "»": "&raquo;",
       "\u00a0": "&nbsp;", "–": "&ndash;", "&": "&amp;", "ê": "&ecirc;", "ç": "&ccedil;", "É": "&Eacute;",
       "€": "&euro;", '"': "&quot;"}


def ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows HTML entities for `chars`."""
    return "".join(f"[[{ENT[c]}||{c}]]" if c in chars else c for c in clean)


def num_ent(clean: str, chars: str) -> str:
    """Markup for text whose raw side shows decimal entities (&#8217;) for `chars`."""
    return "".join(f"[[&#{ord(c)};||{c}]]" if c in chars else c for c in clean)


def fffd(clean: str, chars: str = "’–œ") -> str:
    """Markup for text that went through Latin-1 with replacement: `chars` shown as U+FFFD."""
    return "".join(f"[[\ufffd||{c}]]" if c in chars else c for c in clean)


def unacc(clean: str) -> str:
    """Markup for a line typed without accents."""
    import unicodedata
    raw = "".join(c if c in "’«»–œŒ" else "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word shown as mojibake in the raw text (half-repaired lines)."""
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


# =========================================================================== RRTCN, regional transport authority (Baie-Comeau, Québec)
RT_SITE = "www.rrtcn-cotenord.example.qc.ca"
RT_COOKIE = ("Ce site utilise des témoins (cookies) pour mesurer l’audience et améliorer votre expérience. "
             "Tout accepter | Tout refuser | Personnaliser")
T424 = "Achalandage record : 412 600 passagers ont emprunté les traverses de la Côte-Nord en 2025"
T425_RAW = "AVIS AUX USAGERS : TRAVERSEES ANNULEES ENTRE BAIE-COMEAU ET MATANE LES 4 ET 5 DECEMBRE"
T425 = "AVIS AUX USAGERS : TRAVERSÉES ANNULÉES ENTRE BAIE-COMEAU ET MATANE LES 4 ET 5 DÉCEMBRE"
T426 = "Invitation aux médias : inauguration de la nouvelle gare maritime de Godbout"
T427 = "Allocution de la présidente-directrice générale au Forum sur la mobilité nord-côtière"
T428 = "En images : le premier autocar régulier arrive à Natashquan"


def rt_top(rubric, typeline, banner=None, cookie=False, careers=False):
    lines = []
    if cookie:
        lines.append(RT_COOKIE)
    lines.append("Passer au contenu principal | Accessibilité")
    if banner:
        lines.append(banner)
    lines += ["Français | English | Innu-aimun",
              "RRTCN – Régie régionale du transport de la Côte-Nord",
              "Relier la Côte, d’une rive à l’autre",
              "Menu",
              "Horaires et tarifs",
              "Horaires et tarifs",
              "Traverses",
              "Transport collectif",
              "Salle de presse",
              "Salle de presse"]
    if careers:
        lines.append("Carrières")
    lines += ["Rechercher un trajet…",
              f"Accueil › Salle de presse › {rubric}",
              typeline]
    return "\n".join(lines)


def rt_bottom(status, related, head="À lire aussi", newsletter=True):
    lines = ["Partager : Facebook | X | LinkedIn | Courriel | Imprimer",
             f"État du service ({status[0]}) : Traverse Baie-Comeau–Matane : {status[1]} · Traverse Les "
             f"Escoumins–Trois-Pistoles : {status[2]} · Route 138 : {status[3]}",
             head]
    for h, d in related:
        lines += [h, d]
    if newsletter:
        lines.append("Infolettre : recevez nos avis de service par courriel | Je m’abonne")
    lines += ["Service à la clientèle : 1 877 555-0134 (sans frais) – du lundi au vendredi, de 8 h à 17 h",
              "RRTCN – 625, boulevard Laflèche, bureau 300, Baie-Comeau (Québec) G5C 1C5",
              "© 2025 Régie régionale du transport de la Côte-Nord – Conditions d’utilisation – Confidentialité"]
    return "\n".join(lines)


def rt_meta(defects, newsletter=True, cookie=False, **extra):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "ticker", "postcode-trap"]
    if cookie:
        base.append("cookie-banner")
    if newsletter:
        base.append("newsletter-chrome")
    d = {"site": RT_SITE, "style": "regional-transport-authority-pressroom", "defects": base + defects}
    d.update(extra)
    return d


RT_NOTE = ("Site furniture shared by h424-h428: a cookie banner on h424 only, the skip line, an optional banner "
           "(wind alert on h425, accreditation deadline on h426), 'Français | English | Innu-aimun' line, site name "
           "'RRTCN – Régie régionale du transport de la Côte-Nord' and slogan, 'Menu', a menu with doubled 'Horaires "
           "et tarifs' and 'Salle de presse' that gains 'Carrières' on h426 and h427, 'Rechercher un trajet…', "
           "breadcrumb 'Accueil › Salle de presse › rubric' (Communiqués, Avis aux usagers, Invitations aux médias, "
           "Discours, Reportages photo), a 'type | date' line or 'Mis à jour le ...' (h425); at the bottom the share "
           "line, an 'État du service (hh h mm)' widget whose values change on every page (tag ticker, not figures), "
           "a related block 'À lire aussi' ('Voir aussi' on h428) of two-line cards (headline line, date line) whose "
           "headlines are the titles of the site's other releases word for word, a newsletter line (absent on h428), "
           "the customer-service line with a toll-free number and opening hours, the address with postcode G5C 1C5 "
           "and the copyright line: all boilerplate. A card headline that repeats another page's title is "
           "boilerplate where it stands; the same words are the title (article) on their own page. The RRTCN, its "
           "people and its ships are made up. Québec numbers: 418 area code, +1; '$' is CAD.")

# --------------------------------------------------------------------------- h424 annual communiqué: cookie banner, two glued subheadings, a cp1252 paragraph
PAGES.append(Page(
    name="h424-rrtcn-achalandage-record-traverses-2025",
    meta=rt_meta(["heading-glued", "mojibake-cp1252"], cookie=True),
    blocks=[
        B(rt_top("Communiqués", "Communiqué | 1er décembre 2025", cookie=True)),
        P(T424),
        P("BAIE-COMEAU, le 1er décembre 2025 – La Régie régionale du transport de la Côte-Nord (RRTCN) a transporté "
          "412 600 passagers et 148 300 véhicules sur ses deux traverses entre le 1er janvier et le 30 novembre "
          "2025, une hausse de 7,4 % par rapport à la même période en 2024. Le transport collectif interurbain a, "
          "pour sa part, franchi le cap des 90 000 déplacements."),
        P("Une saison estivale exceptionnelle"),
        P("De la fin juin à la fête du Travail, les navires ont effectué 2 140 traversées, dont 96 % à l’heure "
          "prévue. Le traversier NM Manicouagan II, mis en service en mai, a permis d’ajouter quatre départs "
          "quotidiens entre Baie-Comeau et Matane.", moji="cp1252", glue=True),
        P("Des tarifs gelés en 2026"),
        P("Le conseil d’administration a décidé de geler les tarifs pour une 3e année consécutive : l’aller simple "
          "restera à 24,50 $ pour un adulte et à 59 $ pour une automobile et son conducteur. Les aînés de 65 ans et "
          "plus et les enfants de moins de 12 ans continueront de voyager gratuitement.", glue=True),
        P("« Ces chiffres montrent que la Côte-Nord a besoin d’un service fiable douze mois par année », a déclaré "
          "la présidente-directrice générale de la RRTCN, Isabelle Tremblay-Vollant."),
        P("Le budget d’exploitation 2026, adopté le 27 novembre, s’élève à 38,6 millions $, dont 21,2 millions $ "
          "versés par le ministère des Transports et de la Mobilité durable du Québec."),
        L("""Source :
Régie régionale du transport de la Côte-Nord
Renseignements :
Marc-Antoine Gagnon
Conseiller en communication
418 589-2210, poste 2215
mgagnon@rrtcn-cotenord.example.qc.ca"""),
        B(rt_bottom(("14 h 05", "horaire normal", "horaire d’hiver", "chaussée dégagée"),
                    [("Traverse Les Escoumins–Trois-Pistoles : horaire d’hiver en vigueur dès le 15 décembre",
                      "20 novembre 2025"),
                     ("Appel de candidatures : comité des usagers 2026", "12 novembre 2025"),
                     ("Transport collectif : trois nouveaux arrêts à Port-Cartier", "4 novembre 2025")])),
    ],
    gold=dict(
        title=T424,
        dateline=dl("BAIE-COMEAU", "2025-12-01"),
        organisations=[org("Régie régionale du transport de la Côte-Nord", "RRTCN"),
                       org("ministère des Transports et de la Mobilité durable du Québec", None)],
        places=[place("Côte-Nord"), place("Baie-Comeau"), place("Matane")],
        figures=[
            fig("412 600 passagers", 412600, "passagers"),
            fig("en 2025", 2025, None, "year"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("148 300 véhicules", 148300, "véhicules"),
            fig("deux traverses", 2, "traverses"),
            fig("le 1er janvier", "2025-01-01", None, "date"),
            fig("le 30 novembre 2025", "2025-11-30", None, "date"),
            fig("7,4 %", 7.4, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("90 000 déplacements", 90000, "déplacements"),
            fig("2 140 traversées", 2140, "traversées"),
            fig("96 %", 96, "%", "percent"),
            fig("quatre départs", 4, "départs"),
            fig("en 2026", 2026, None, "year"),
            fig("3e", 3, None, "ordinal"),
            fig("24,50 $", 24.5, "$", "money", currency="CAD"),
            fig("59 $", 59, "$", "money", currency="CAD"),
            fig("65 ans", 65, "ans", "age"),
            fig("moins de 12 ans", 12, "ans", "age", qualifier="moins de"),
            fig("douze mois", 12, "mois", "duration"),
            fig("2026", 2026, None, "year"),
            fig("le 27 novembre", "--11-27", None, "date"),
            fig("38,6 millions $", 38600000, "$", "money", currency="CAD"),
            fig("21,2 millions $", 21200000, "$", "money", currency="CAD"),
        ],
        phones=[phone("+14185892210", extension="2215")],
        emails=["mgagnon@rrtcn-cotenord.example.qc.ca"],
        contacts=[contact("Marc-Antoine Gagnon", "Conseiller en communication", None, ["+14185892210"],
                          ["mgagnon@rrtcn-cotenord.example.qc.ca"])],
        notes=RT_NOTE + " A cookie banner (first page of the visit only). Two subheadings glued to the paragraph "
              "after them ('exceptionnelleDe la fin', 'en 2026Le conseil'): split. The paragraph after the first "
              "one is UTF-8 read as cp1252 ('Ã ', 'â€™', 'prÃ©vue'): decoded; it is the one glued to its heading. "
              "'entre le 1er janvier et le 30 novembre 2025': the first bound keeps its 'le' and takes the second's "
              "year (README h72-h87). 'la même période en 2024' gives 'en 2024'; the heading's 'en 2026' and the "
              "budget's '2026' (a year dating a budget) are two texts. 'le cap des 90 000 déplacements': a count "
              "('le cap des' is not a qualifier). 'une 3e année consécutive': an ordinal. 'Les aînés de 65 ans et "
              "plus': an age '65 ans' ('et plus' after the unit is not a qualifier). 'douze mois par année': a "
              "duration ('par année' out). 'le 27 novembre' without year (--11-27): the sentence's '2026' dates the "
              "budget, not the adoption. 'NM Manicouagan II' is a ship's name (the numeral not a figure, Manicouagan "
              "not a place); 'la fin juin', 'la fête du Travail', 'en mai' are not figures. The ministry (funder) is "
              "listed under its whole name with 'du Québec' (h360-h375 ministry named with its country); Québec "
              "stands alone only in the footer (chrome): not a place. Québec's 'Source :' line names the body only "
              "(not a contact, h328-h343); the 'Renseignements :' block gives one contact, organisation null (the "
              "block itself names none), a 418 number with 'poste 2215'.",
    ),
))

# --------------------------------------------------------------------------- h425 notice to users: wind banner, 'Mis à jour le', unaccented capital title, every ’ dropped, list and office line
PAGES.append(Page(
    name="h425-rrtcn-avis-traversees-annulees-vents",
    meta=rt_meta(["unaccented-capitals", "lost-apostrophe"]),
    blocks=[
        B(rt_top("Avis aux usagers", "Mis à jour le 3 décembre 2025 à 16 h 20",
                 banner="Alerte météo : vents violents sur l’estuaire jeudi et vendredi – consultez l’état du service")),
        P(f"[[{T425_RAW}||{T425}]]"),
        P("En raison des vents de 90 à 110 km/h annoncés par Environnement et Changement climatique Canada, la RRTCN "
          "annule toutes les traversées entre Baie-Comeau et Matane le jeudi 4 et le vendredi 5 décembre 2025. Le "
          "service devrait reprendre le samedi 6 décembre à 8 h, selon l’évolution de la météo.", apos="drop"),
        P("Les quelque 230 passagers qui avaient réservé une place recevront un remboursement complet d’ici 10 jours "
          "ouvrables ou pourront reporter leur voyage sans frais jusqu’au 31 décembre.", apos="drop"),
        L("""Solutions offertes aux usagers :
- la traverse Les Escoumins–Trois-Pistoles, qui maintient son horaire d’hiver ;
- les autocars du réseau interurbain, avec deux départs supplémentaires vers Rimouski ;
- un rabais de 50 % sur les billets d’autocar jusqu’à la reprise du service.""", apos="drop"),
        L("Renseignements : Service à la clientèle – 418 589-2210, poste 2 – sans frais : 1 877 555-0134 – "
          "info@rrtcn-cotenord.example.qc.ca", apos="drop"),
        B(rt_bottom(("16 h 20", "annulée jeudi et vendredi", "horaire d’hiver", "vents forts, prudence"),
                    [(T424, "1er décembre 2025"),
                     ("Traverse Les Escoumins–Trois-Pistoles : horaire d’hiver en vigueur dès le 15 décembre",
                      "20 novembre 2025"),
                     ("Appel de candidatures : comité des usagers 2026", "12 novembre 2025")])),
    ],
    gold=dict(
        title=T425,
        dateline=None,
        organisations=[org(None, "RRTCN"), org("Environnement et Changement climatique Canada", None)],
        places=[place("Baie-Comeau"), place("Matane"), place("Les Escoumins"), place("Trois-Pistoles"),
                place("Rimouski")],
        figures=[
            fig("4", "--12-04", None, "date"),
            fig("5 DÉCEMBRE", "--12-05", None, "date"),
            fig("90", 90, None, "other"),
            fig("110 km/h", 110, "km/h", "other"),
            fig("le jeudi 4", "2025-12-04", None, "date"),
            fig("le vendredi 5 décembre 2025", "2025-12-05", None, "date"),
            fig("le samedi 6 décembre à 8 h", "--12-06", None, "date"),
            fig("quelque 230 passagers", 230, "passagers", qualifier="quelque"),
            fig("10 jours", 10, "jours", "duration"),
            fig("31 décembre", "--12-31", None, "date"),
            fig("deux départs", 2, "départs"),
            fig("50 %", 50, "%", "percent"),
        ],
        phones=[phone("+14185892210", extension="2"), phone("+18775550134")],
        emails=["info@rrtcn-cotenord.example.qc.ca"],
        contacts=[contact(None, None, "Service à la clientèle", ["+14185892210", "+18775550134"],
                          ["info@rrtcn-cotenord.example.qc.ca"])],
        notes=RT_NOTE + " A wind-alert banner; the 'Mis à jour le 3 décembre 2025 à 16 h 20' line (page metadata, not "
              "a figure). The h424 title stands word for word among the related cards (boilerplate here). The "
              "capital title is typed without accents ('TRAVERSEES ANNULEES', 'DECEMBRE'): accents restored, case "
              "kept. Every ’ of the body, the list and the office line is dropped ('lévolution', 'dici', "
              "'jusquau', 'dhiver', 'dautocar', 'jusquà'): restored. The title's 'LES 4 ET 5 DÉCEMBRE' gives '4' "
              "(--12-04) and '5 DÉCEMBRE' (h296-h311 'les 10 et 11 décembre'); the body's 'le jeudi 4 et le vendredi "
              "5 décembre 2025' gives 'le jeudi 4' and 'le vendredi 5 décembre 2025' (h152-h167 'le 13 et le 14 "
              "décembre'), dated 2025. 'le samedi 6 décembre à 8 h' one date with its clock time, no year in its "
              "sentence (--12-06). 'de 90 à 110 km/h': first bound bare (kind other). '10 jours ouvrables': unit "
              "'jours' ('d’ici' out). 'jusqu’au 31 décembre': the date without 'jusqu’au'. Environnement et "
              "Changement climatique Canada (the source of the forecast) is listed; Canada inside its name is not a "
              "place. The office line names the customer service (a service of the page's body: the contact's "
              "organisation, not listed) with the switchboard and its 'poste 2' and the toll-free number after "
              "'sans frais :' (the contact's phone, h200-h215); the footer's copy of the toll-free number is chrome.",
    ),
))

# --------------------------------------------------------------------------- h426 press invitation: accreditation banner, title printed twice over a CMS event block, <p> and entities, accreditation block with a hidden e-mail
H426_P1 = ("La présidente-directrice générale de la Régie régionale du transport de la Côte-Nord, Isabelle "
           "Tremblay-Vollant, et le maire de Godbout invitent les représentants des médias à l’inauguration de la "
           "nouvelle gare maritime de Godbout, le mardi 9 décembre 2025 à 10\u00a0h\u00a030.")
H426_P2 = ("Construite en 18 mois au coût de 14,8 millions $, la gare de 1 250 mètres carrés compte une salle "
           "d’attente chauffée de 180 places, un quai piétonnier couvert et 12 bornes de recharge pour véhicules "
           "électriques. Elle remplace le bâtiment de 1977, fermé en 2023.")
PAGES.append(Page(
    name="h426-rrtcn-invitation-gare-maritime-godbout",
    meta=rt_meta(["duplicate-title", "html-debris", "hidden-email"]),
    blocks=[
        B(rt_top("Invitations aux médias", "Invitation aux médias | 3 décembre 2025",
                 banner="Accréditations pour l’inauguration de Godbout : jusqu’au lundi 8 décembre", careers=True)),
        P(T426),
        B(T426 + """
Date : mardi 9 décembre 2025 – 10:30
Lieu : Gare maritime de Godbout, 150, rue Pascal-Comeau, Godbout
Intervenant(s) :
Documents joints :
Ajouter à mon agenda (.ics)"""),
        P("[[<p>||]]" + ent(H426_P1, "’\u00a0") + "[[</p>||]]"),
        P("[[<p>||]]" + num_ent(H426_P2, "’") + "[[</p>||]]"),
        L("""[[<p><strong>||]]Déroulement[[</strong><br />||]]
10 h 30 : accueil des invités[[<br />||]]
10 h 45 : allocutions[[<br />||]]
11 h 15 : visite des installations et point de presse[[</p>||]]"""),
        L("""Les journalistes sont priés de confirmer leur présence avant le lundi 8 décembre à 16 h :
Marc-Antoine Gagnon, RRTCN – 418 589-2210, poste 2215 – mgagnon@rrtcn-cotenord.example.qc.ca
Karine Bouchard, Municipalité de Godbout – 418 568-7581 – [email protected]"""),
        B(rt_bottom(("11 h 40", "horaire normal", "horaire d’hiver", "chaussée glissante"),
                    [(T425_RAW, "3 décembre 2025"),
                     (T424, "1er décembre 2025"),
                     ("Traverse Les Escoumins–Trois-Pistoles : horaire d’hiver en vigueur dès le 15 décembre",
                      "20 novembre 2025")])),
    ],
    gold=dict(
        title=T426,
        dateline=None,
        organisations=[org("Régie régionale du transport de la Côte-Nord", "RRTCN")],
        places=[place("Godbout")],
        figures=[
            fig("le mardi 9 décembre 2025 à 10\u00a0h\u00a030", "2025-12-09", None, "date"),
            fig("18 mois", 18, "mois", "duration"),
            fig("14,8 millions $", 14800000, "$", "money", currency="CAD"),
            fig("1 250 mètres carrés", 1250, "mètres carrés", "other"),
            fig("180 places", 180, "places"),
            fig("12 bornes", 12, "bornes"),
            fig("1977", 1977, None, "year"),
            fig("en 2023", 2023, None, "year"),
            fig("le lundi 8 décembre à 16 h", "--12-08", None, "date"),
        ],
        phones=[phone("+14185892210", extension="2215"), phone("+14185687581")],
        emails=["mgagnon@rrtcn-cotenord.example.qc.ca"],
        hidden_emails=1,
        contacts=[contact("Marc-Antoine Gagnon", None, "RRTCN", ["+14185892210"],
                          ["mgagnon@rrtcn-cotenord.example.qc.ca"]),
                  contact("Karine Bouchard", None, "Municipalité de Godbout", ["+14185687581"], [])],
        notes=RT_NOTE + " An accreditation banner and the 'Carrières' menu item. The title is printed twice: the "
              "second copy sits on top of the CMS event block (date line, 'Lieu :', the empty 'Intervenant(s) :' and "
              "'Documents joints :' fields, the '.ics' line): boilerplate (h360-h375), its date and the street number "
              "not figures. The h424 title and the h425 title (as the CMS shows it, unaccented) stand among the related "
              "cards. The body keeps its HTML: '<p>', '</p>', '&rsquo;', decimal '&#8217;', '&nbsp;' inside the clock "
              "time '10&nbsp;h&nbsp;30' (U+00A0 kept in the clean text and in the figure's text), '<strong>' and "
              "'<br />' in the programme. The date with its clock time is one figure; the programme's clock times are "
              "not figures. 'le bâtiment de 1977' a year (the building's date, as 'le recensement de 2021'). The "
              "deadline 'avant le lundi 8 décembre à 16 h' is one date from 'le' (h120-h135), no year (--12-08); the "
              "banner's copy of it is chrome. The RRTCN's long form is written in the body and its acronym in the "
              "first accreditation line (one organisation with both, h392-h407 per-page rule). The mayor is a role; "
              "'Municipalité de Godbout' is the second contact's organisation as written (the town, not listed, "
              "README 'Ville de X'); her address is hidden (counted, not listed).",
    ),
))

# --------------------------------------------------------------------------- h427 speech: own-line dateline, salutations, œ as '?', en dashes lost (double spaces), 'Seul le prononcé fait foi.'
PAGES.append(Page(
    name="h427-rrtcn-allocution-forum-mobilite-sept-iles",
    meta=rt_meta(["oe-question-mark", "lost-dash", "double-space", "space-before-comma"]),
    blocks=[
        B(rt_top("Discours", "Discours | 4 décembre 2025", careers=True)),
        P(T427),
        P("Sept-Îles, le 4 décembre 2025"),
        L("""Monsieur le Maire de Sept-Îles,
Mesdames et Messieurs les élus,
Chers partenaires,"""),
        P("Il y a cinq ans, à peine 61 % de nos départs d’hiver partaient à l’heure. Cette année, nous atteignons "
          "88 %. Ce progrès, nous le devons d’abord aux 214 femmes et hommes qui travaillent à bord de nos navires "
          "et dans nos gares, au cœur de l’hiver comme en plein été.", oe="?"),
        P("La Côte-Nord, c’est 1 300 kilomètres de littoral et une seule route, la 138. Quand elle ferme [[ ||– ]]ce "
          "qui est arrivé pendant 19 jours l’hiver dernier[[ || –]], nos traverses deviennent le seul lien avec le "
          "reste du Québec."),
        P("D’ici 2030, avec la Société des traversiers du Québec (STQ), nous voulons mettre en œuvre trois "
          "chantiers : électrifier la traverse Les Escoumins–Trois-Pistoles, doubler la fréquence des autocars vers "
          "Havre-Saint-Pierre et offrir un tarif unique de 10 $ aux étudiants de moins de 25 ans.", oe="?"),
        P("Ces projets représentent un investissement de 126 millions $ sur cinq ans. Nous comptons sur Québec, "
          "sur Ottawa et sur nos partenaires innus pour y arriver."),
        P("Je vous remercie."),
        P("Seul le prononcé fait foi."),
        B(rt_bottom(("9 h 50", "horaire normal", "horaire d’hiver", "chaussée dégagée"),
                    [(T426, "3 décembre 2025"),
                     (T425_RAW, "3 décembre 2025"),
                     (T424, "1er décembre 2025")])),
    ],
    gold=dict(
        title=T427,
        dateline=dl("Sept-Îles", "2025-12-04"),
        organisations=[org("Société des traversiers du Québec", "STQ")],
        places=[place("Sept-Îles"), place("Côte-Nord"), place("Québec"), place("Les Escoumins"),
                place("Trois-Pistoles"), place("Havre-Saint-Pierre"), place("Ottawa")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Il y a cinq ans", 5, "ans", "duration"),
            fig("61 %", 61, "%", "percent"),
            fig("88 %", 88, "%", "percent"),
            fig("214 femmes", 214, "femmes"),
            fig("1 300 kilomètres", 1300, "kilomètres", "other"),
            fig("19 jours", 19, "jours", "duration"),
            fig("2030", 2030, None, "year"),
            fig("trois chantiers", 3, "chantiers"),
            fig("10 $", 10, "$", "money", currency="CAD"),
            fig("moins de 25 ans", 25, "ans", "age", qualifier="moins de"),
            fig("126 millions $", 126000000, "$", "money", currency="CAD"),
            fig("cinq ans", 5, "ans", "duration"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=RT_NOTE + " The 'Carrières' menu item. A speech: the place-and-date line under the title is the dateline "
              "on its own line; the salutation lines, 'Je vous remercie.' and 'Seul le prononcé fait foi.' are article "
              "text (h136-h151); no signature, no contact. œ came out as '?' ('au c?ur', 'mettre en ?uvre'): restored. "
              "The en dashes around an inserted clause were lost, leaving a double space before it and a space before the comma after it ('ferme  ce qui', 'l’hiver dernier ,'): they come back and the stray spaces go. 'Il y a cinq "
              "ans' a duration keeping 'Il y a' (h360-h375); 'à peine 61 %': 'à peine' is not a qualifier (h200-h215). "
              "'la 138' is a road number (not a figure). 'D’ici 2030': '2030'. 'doubler' is not a figure. 'Québec' "
              "stands alone twice (the province's territory, then its government by metonymy) and inside the STQ's "
              "name: one place (iso null, h405 rule); 'Ottawa' (the federal government by metonymy) a place, like a "
              "country acting as funder. 'la traverse Les Escoumins–Trois-Pistoles' gives both towns (h280-h295 corridor rule). 'partenaires innus' is an adjective "
              "(no place, no organisation).",
    ),
))

# --------------------------------------------------------------------------- h428 photo story: caption printed twice, English caption, a quote typed without accents, 'Voir aussi', no newsletter line
PAGES.append(Page(
    name="h428-rrtcn-en-images-autocar-natashquan",
    meta=rt_meta(["duplicate-caption", "english-caption", "stripped-accents"], newsletter=False),
    blocks=[
        B(rt_top("Reportages photo", "Reportage photo | 5 décembre 2025")),
        P(T428),
        P("Depuis le 1er décembre, un autocar de la RRTCN relie Natashquan à Havre-Saint-Pierre, avec six "
          "allers-retours par semaine, une première pour ce village de 830 habitants situé au bout de la route 138."),
        P("Photo 1 : Les premiers passagers montent à bord à Natashquan, le 1er décembre 2025. © RRTCN / "
          "Jean-Philippe Cormier"),
        B("Photo 1 : Les premiers passagers montent à bord à Natashquan, le 1er décembre 2025. © RRTCN / "
          "Jean-Philippe Cormier"),
        P("« Avant, pour aller à l’hôpital de Havre-Saint-Pierre, il fallait payer 180 $ de taxi ou attendre un "
          "voisin », raconte Marie-Ève Landry, 41 ans, infirmière auxiliaire.", strip=True),
        P("Le trajet de 156 kilomètres dure 2 h 15. Le billet coûte 12 $, et le service est gratuit pour les aînés."),
        P("Photo 2: Passengers arrive in Havre-Saint-Pierre after a two-hour ride, 1 December 2025. © RRTCN"),
        B(rt_bottom(("13 h 30", "horaire normal", "horaire d’hiver", "chaussée enneigée"),
                    [(T427, "4 décembre 2025"),
                     (T426, "3 décembre 2025"),
                     (T424, "1er décembre 2025")],
                    head="Voir aussi", newsletter=False)),
    ],
    gold=dict(
        title=T428,
        dateline=None,
        organisations=[org(None, "RRTCN")],
        places=[place("Natashquan"), place("Havre-Saint-Pierre")],
        figures=[
            fig("le 1er décembre", "--12-01", None, "date"),
            fig("six allers-retours", 6, "allers-retours"),
            fig("830 habitants", 830, "habitants"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("180 $", 180, "$", "money", currency="CAD"),
            fig("41 ans", 41, "ans", "age"),
            fig("156 kilomètres", 156, "kilomètres", "other"),
            fig("2 h 15", 8100, None, "duration"),
            fig("12 $", 12, "$", "money", currency="CAD"),
            fig("two-hour", 2, "hour", "duration"),
            fig("1 December 2025", "2025-12-01", None, "date"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=RT_NOTE + " The related block is titled 'Voir aussi'; no newsletter line. The first caption is printed "
              "twice (the second copy boilerplate); the second caption is in English (article text). The quote "
              "paragraph is typed without accents ('a l’hopital', 'Marie-Eve', 'infirmiere'): restored, the first "
              "name too (h184-h199 'Raphael' → 'Raphaël'). 'Depuis le 1er décembre' has no year in its sentence "
              "(--12-01), the caption's 'le 1er décembre 2025' is another text. 'six allers-retours par semaine': a "
              "count ('par semaine' out). 'la route 138' a road number. 'dure 2 h 15': a duration written with an "
              "hour mark, value in seconds, unit null (h232-h247 race-time rule); not a clock time. 'a two-hour ride': "
              "an English compound adjective of duration (h168-h183 'three-month'). The RRTCN by acronym only (its "
              "long form is chrome). The photographer's credit is not a contact; no contact.",
    ),
))

# =========================================================================== eleven other sites, one page each
# --------------------------------------------------------------------------- h429 francophone university institute in Sofia: no defect and no boilerplate
PAGES.append(Page(
    name="h429-iufs-sofia-master-eau-bourses",
    meta={"site": "www.iufs-sofia.example.bg", "style": "francophone-university-institute-clean", "defects": []},
    blocks=[
        P("L’Institut universitaire francophone de Sofia ouvre un master en gestion de l’eau avec 24 bourses"),
        P("Sofia, le 2 décembre 2025 – L’Institut universitaire francophone de Sofia (IUFS) ouvrira en septembre 2026 "
          "un master en gestion des ressources en eau, enseigné entièrement en français. La première promotion "
          "comptera 30 étudiants venus de Bulgarie, de Roumanie, de Moldavie, d’Albanie et de Macédoine du Nord, dont "
          "24 bénéficieront d’une bourse complète."),
        P("Le programme, d’une durée de deux ans, associe l’Agence universitaire de la Francophonie (AUF), "
          "l’Université de Strasbourg et l’Université technique de Sofia. Les cours du second semestre se dérouleront "
          "dans le bassin du Danube, avec des stages de huit semaines auprès d’organismes de gestion de l’eau en "
          "Bulgarie et en Roumanie."),
        P("Chaque bourse couvre les frais d’inscription, fixés à 3 900 leva par an, et une allocation mensuelle de 800 "
          "leva. À compter du 1er janvier 2026, date du passage de la Bulgarie à l’euro, ces montants seront convertis "
          "au taux fixe de 1,95583 lev pour 1 euro, soit environ 1 994 euros et 409 euros."),
        P("« Le Danube traverse dix pays ; ses défis ne s’arrêtent pas aux frontières, la formation non plus », "
          "souligne la directrice de l’IUFS, Milena Petrova."),
        P("Les candidatures sont ouvertes jusqu’au 15 mars 2026. Les candidats doivent être âgés de moins de 35 ans et "
          "justifier d’un niveau B2 en français."),
        L("""Contact :
Elena Dimitrova, responsable de la communication, IUFS
Tél. : +359 2 981 44 10 – Mobile : +359 88 712 3456
communication@iufs-sofia.example.bg"""),
    ],
    gold=dict(
        title="L’Institut universitaire francophone de Sofia ouvre un master en gestion de l’eau avec 24 bourses",
        dateline=dl("Sofia", "2025-12-02"),
        organisations=[org("Institut universitaire francophone de Sofia", "IUFS"),
                       org("Agence universitaire de la Francophonie", "AUF"),
                       org("Université de Strasbourg", None),
                       org("Université technique de Sofia", None)],
        places=[place("Sofia"), place("Bulgarie", "BG"), place("Roumanie", "RO"), place("Moldavie", "MD"),
                place("Albanie", "AL"), place("Macédoine du Nord", "MK"), place("Danube")],
        figures=[
            fig("24 bourses", 24, "bourses"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("septembre 2026", 2026, None, "year"),
            fig("30 étudiants", 30, "étudiants"),
            fig("24", 24, None),
            fig("deux ans", 2, "ans", "duration"),
            fig("huit semaines", 8, "semaines", "duration"),
            fig("3 900 leva", 3900, "leva", "money", currency="BGN"),
            fig("800 leva", 800, "leva", "money", currency="BGN"),
            fig("1er janvier 2026", "2026-01-01", None, "date"),
            fig("1,95583 lev", 1.95583, "lev", "money", currency="BGN"),
            fig("1 euro", 1, "euro", "money", currency="EUR"),
            fig("environ 1 994 euros", 1994, "euros", "money", qualifier="environ", currency="EUR"),
            fig("409 euros", 409, "euros", "money", currency="EUR"),
            fig("dix pays", 10, "pays"),
            fig("15 mars 2026", "2026-03-15", None, "date"),
            fig("moins de 35 ans", 35, "ans", "age", qualifier="moins de"),
        ],
        phones=[phone("+35929814410"), phone("+359887123456")],
        emails=["communication@iufs-sofia.example.bg"],
        contacts=[contact("Elena Dimitrova", "responsable de la communication", "IUFS",
                          ["+35929814410", "+359887123456"], ["communication@iufs-sofia.example.bg"])],
        notes="No defect and no boilerplate. The IUFS and its people are made up; the AUF, the Université de "
              "Strasbourg and the Université technique de Sofia are real bodies carrying invented news. 'dont 24 "
              "bénéficieront': a count without noun (the title's '24 bourses' is another text). Bulgaria adopts the "
              "euro on 1 January 2026: the fixed parity '1,95583 lev pour 1 euro' gives two money figures (h200-h215 "
              "parity rule), the lev (BGN, units 'leva'/'lev' as written) and the euro; 'soit environ 1 994 euros et "
              "409 euros' two money figures, the qualifier on the first only; 'par an' and 'mensuelle' out. 'À "
              "compter du 1er janvier 2026': the date without 'À compter du' (h168-h183). 'jusqu’au 15 mars 2026' "
              "likewise. 'niveau B2' is a language level (not a figure); 'la première promotion', 'second semestre' "
              "are ordinal words (not figures). 'le bassin du Danube' and 'Le Danube' give the river 'Danube' (iso "
              "null). Sofia (dateline, and inside two names) listed once. Bulgarian landline +359 2 (Sofia) and "
              "mobile +359 88.",
    ),
))

# --------------------------------------------------------------------------- h430 Beirut daily's briefs: date/weather line, menu with an Arabic link, Arabic ticker, listing label, four briefs with stamps and (ANI) datelines, read-more lines (one glued), ’ as a space in one brief, cp1252 in another
PAGES.append(Page(
    name="h430-quotidien-beyrouth-en-bref-2-decembre",
    meta={"site": "www.quotidien-beyrouth.example.lb", "style": "lebanese-daily-briefs-listing", "listing": True,
          "defects": ["listing", "date-widget", "menu", "foreign-ticker", "read-more", "body-glued",
                      "lost-apostrophe", "mojibake-cp1252"]},
    blocks=[
        B("""Le Quotidien de Beyrouth
Mardi 2 décembre 2025 | Beyrouth 19 °C | 1 $ = 89 500 LL
Liban | Moyen-Orient | Économie | Culture | Sport | Opinions | العربية
عاجل ▸ جلسة لمجلس الوزراء غداً في السرايا ▸ ارتفاع أسعار المحروقات
En bref – Les dernières nouvelles du Liban"""),
        P("Électricité : EDL promet huit heures de courant par jour d’ici la mi-janvier"),
        P("02/12/2025 · 17h05"),
        P("Beyrouth, 2 déc. (ANI) – Électricité du Liban (EDL) s’est engagée mardi à fournir huit heures de courant "
          "par jour aux abonnés du Grand Beyrouth d’ici la mi-janvier, grâce à l’arrivée de deux cargaisons de 66 000 "
          "tonnes de fioul irakien. La facture mensuelle moyenne d’un foyer atteint 2,4 millions de livres libanaises."),
        B("Lire la suite »"),
        P("Tripoli : le marché aux poissons rouvre après six mois de travaux"),
        P("02/12/2025 · 15h40"),
        P("Tripoli, 2 déc. (ANI) – Le marché aux poissons du port de Tripoli a rouvert ses portes lundi après six mois "
          "de rénovation financée par l’Union européenne à hauteur de 1,2 million d’euros. Quelque 140 étals ont été "
          "reconstruits et une chambre froide de 400 mètres cubes installée. Les pêcheurs espèrent retrouver les 3 000 "
          "clients quotidiens d’avant la crise.", apos="space"),
        X("Lire la suite »Jounieh : le festival de Noël attend 50 000 visiteurs",
          "Jounieh : le festival de Noël attend 50 000 visiteurs"),
        P("02/12/2025 · 12h15"),
        P("Jounieh, 2 déc. (ANI) – Le festival de Noël de Jounieh se tiendra du 12 au 28 décembre sur le front de mer, "
          "avec 35 concerts gratuits et un marché de 120 artisans. Les organisateurs attendent au moins 50 000 "
          "visiteurs, contre 38 000 l’an dernier.", moji="cp1252"),
        B("Lire la suite »"),
        P("Bekaa : 40 % de la récolte de pommes de terre reste invendue"),
        P("02/12/2025 · 09h30"),
        P("Zahlé, 2 déc. (ANI) – Près de 40 % de la récolte de pommes de terre de la plaine de la Bekaa reste invendue, "
          "faute de débouchés à l’exportation, selon l’Association des agriculteurs de la Bekaa. Le prix au producteur "
          "est tombé à 0,15 dollar le kilo, pour la 3e année consécutive sous le coût de production."),
        B("""Lire la suite »
Charger plus de brèves
Les plus lus
Port de Beyrouth : le chantier du silo nord reprend
Loyers anciens : le Parlement reporte encore le vote
© 2025 Le Quotidien de Beyrouth – Tous droits réservés – Conditions générales"""),
    ],
    gold=dict(
        title="Électricité : EDL promet huit heures de courant par jour d’ici la mi-janvier",
        dateline=None,
        organisations=[org("Électricité du Liban", "EDL"), org(None, "ANI"), org("Union européenne", None),
                       org("Association des agriculteurs de la Bekaa", None)],
        places=[place("Beyrouth"), place("Grand Beyrouth"), place("Tripoli"), place("Jounieh"), place("Bekaa"),
                place("Zahlé")],
        figures=[
            fig("huit heures", 8, "heures", "duration"),
            fig("02/12/2025 · 17h05", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("deux cargaisons", 2, "cargaisons"),
            fig("66 000 tonnes", 66000, "tonnes", "other"),
            fig("2,4 millions de livres libanaises", 2400000, "livres libanaises", "money", currency="LBP"),
            fig("six mois", 6, "mois", "duration"),
            fig("02/12/2025 · 15h40", "2025-12-02", None, "date"),
            fig("1,2 million d’euros", 1200000, "euros", "money", currency="EUR"),
            fig("Quelque 140 étals", 140, "étals", qualifier="Quelque"),
            fig("400 mètres cubes", 400, "mètres cubes", "other"),
            fig("3 000 clients", 3000, "clients"),
            fig("50 000 visiteurs", 50000, "visiteurs"),
            fig("02/12/2025 · 12h15", "2025-12-02", None, "date"),
            fig("12", "--12-12", None, "date"),
            fig("28 décembre", "--12-28", None, "date"),
            fig("35 concerts", 35, "concerts"),
            fig("120 artisans", 120, "artisans"),
            fig("au moins 50 000 visiteurs", 50000, "visiteurs", qualifier="au moins"),
            fig("38 000", 38000, None),
            fig("40 %", 40, "%", "percent"),
            fig("02/12/2025 · 09h30", "2025-12-02", None, "date"),
            fig("Près de 40 %", 40, "%", "percent", qualifier="Près de"),
            fig("0,15 dollar", 0.15, "dollar", "money", currency="USD"),
            fig("3e", 3, None, "ordinal"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A listing of four unrelated briefs: the masthead date line (date, weather, the day's dollar rate; tag "
              "date-widget, its numbers not figures), the one-line menu with an Arabic link, an Arabic 'عاجل ▸' ticker "
              "(foreign-ticker), the label 'En bref – Les dernières nouvelles du Liban', 'Lire la suite »' lines, "
              "'Charger plus de brèves', 'Les plus lus' with two headlines and the copyright are boilerplate; the first "
              "headline is the title, dateline null. Each stamp line '02/12/2025 · 17h05' is article text and one date "
              "figure. The four datelines 'Town, 2 déc. (ANI) –' give one text '2 déc.' and the agency ANI once "
              "(acronym only; its long form is never written). One 'Lire la suite »' is glued to the third headline: "
              "the raw line is article text, the read-more part removed. The second brief lost every ’ as a space "
              "('l Union', 'd euros', 'd avant'): restored. The third brief is UTF-8 read as cp1252 ('NoÃ«l', 'Ã "
              "28'): decoded. 'huit heures' (headline and first brief, one text); 'six mois' likewise. 'du 12 au 28 "
              "décembre': '12' (--12-12) and '28 décembre'. '50 000 visiteurs' (headline) and 'au moins 50 000 "
              "visiteurs' two texts; 'contre 38 000' a count without noun. 'la mi-janvier', 'lundi', 'mardi', 'l’an "
              "dernier' not figures. '0,15 dollar le kilo': money USD, 'le kilo' out; 'la 3e année': an ordinal. "
              "EDL is written long form then acronym (and acronym in the headline); 'Grand Beyrouth' a place beside "
              "'Beyrouth'; 'Tripoli' the Lebanese city (iso null). 'fioul irakien': an adjective (Iraq not a place). "
              "Lebanon ('Liban') stands only in the chrome and in EDL's name: not listed. No contact.",
    ),
))

# --------------------------------------------------------------------------- h431 Grenoble solar NGO's English release on Malawi under French chrome: cookie banner, '&quot;' and '&amp;', an upper-case address
H431_Q = ("\"Nearly a third of our rural health centres still deliver babies by torchlight,\" said Malawi’s Minister of "
          "Health. \"Reliable power means safe deliveries, cold vaccines and staff who stay.\"")
PAGES.append(Page(
    name="h431-soleil-partage-malawi-solar-health-centres",
    meta={"site": "www.soleil-partage.example.fr", "style": "solar-ngo-en-under-fr-chrome", "language": "en",
          "defects": ["english-page", "cookie-banner", "menu", "breadcrumb", "share-lines", "html-debris",
                      "postcode-trap"]},
    blocks=[
        B("""Nous utilisons des cookies pour mesurer l’audience de notre site. Accepter | Refuser | Personnaliser
Soleil Partagé – ONG de solidarité énergétique
Accueil | Qui sommes-nous ? | Nos projets | Actualités | Nous soutenir | English
Accueil › Actualités › Communiqués
Publié le 01/12/2025 · Cet article n’est disponible qu’en anglais."""),
        P("Malawi: 120 rural health centres to run on solar power by 2027"),
        P("LILONGWE, Malawi, 1 December 2025 – Soleil Partagé, a French NGO based in Grenoble, and Malawi’s Ministry "
          "of Health have signed an agreement to equip 120 rural health centres in the districts of Dedza, Ntcheu "
          "and Mzimba with solar systems and batteries by the end of 2027."),
        P("The project, worth €3.2 million (about MWK 6.5 billion), is funded by the French Development Agency (AFD) "
          "and the Auvergne-Rhône-Alpes Region under the Soleil Partagé " + ent("Health & Energy", "&")
          + " programme."),
        P(ent(H431_Q, '"')),
        P("Each centre will receive a 6-kilowatt system and a vaccine fridge. Local technicians — 48 of them, at least "
          "half women — will be trained in Mzuzu for three months to maintain the equipment for 15 years."),
        L("""Media contacts:
In Grenoble: Claire Vasseur, communications officer, +33 (0)4 76 12 45 80, c.vasseur@soleil-partage.example.fr
In Lilongwe: Chikondi Banda, project coordinator, +265 999 214 365, CBanda@Soleil-Partage.example.fr"""),
        B("""Partager : Facebook | LinkedIn | Courriel
Soleil Partagé – 12, rue Lesdiguières, 38000 Grenoble – Association loi 1901
© 2025 Soleil Partagé – Mentions légales – Politique de confidentialité"""),
    ],
    gold=dict(
        title="Malawi: 120 rural health centres to run on solar power by 2027",
        dateline=dl("LILONGWE", "2025-12-01"),
        organisations=[org("Soleil Partagé", None), org("Ministry of Health", None),
                       org("French Development Agency", "AFD"), org("Auvergne-Rhône-Alpes Region", None)],
        places=[place("Malawi", "MW"), place("Lilongwe"), place("Grenoble"), place("Dedza"), place("Ntcheu"),
                place("Mzimba"), place("Mzuzu")],
        figures=[
            fig("120 rural health centres", 120, "centres"),
            fig("2027", 2027, None, "year"),
            fig("1 December 2025", "2025-12-01", None, "date"),
            fig("€3.2 million", 3200000, "€", "money", currency="EUR"),
            fig("about MWK 6.5 billion", 6500000000, "MWK", "money", qualifier="about", currency="MWK"),
            fig("Nearly a third", 0.3333, None, "other", qualifier="Nearly"),
            fig("6-kilowatt", 6, "kilowatt", "other"),
            fig("48", 48, None),
            fig("at least half", 0.5, None, "other", qualifier="at least"),
            fig("three months", 3, "months", "duration"),
            fig("15 years", 15, "years", "duration"),
        ],
        phones=[phone("+33476124580"), phone("+265999214365")],
        emails=["c.vasseur@soleil-partage.example.fr", "cbanda@soleil-partage.example.fr"],
        contacts=[contact("Claire Vasseur", "communications officer", None, ["+33476124580"],
                          ["c.vasseur@soleil-partage.example.fr"]),
                  contact("Chikondi Banda", "project coordinator", None, ["+265999214365"],
                          ["cbanda@soleil-partage.example.fr"])],
        notes="An English release under a French NGO's chrome (h344-h359): the cookie banner, site name, one-line "
              "menu, breadcrumb, the 'Publié le ... · Cet article n’est disponible qu’en anglais.' line, share line and "
              "footer (with its postcode 38000) are boilerplate. The quote's straight double quotes are written "
              "'&quot;' (decoded to '\"', what the entity encodes, as '&#039;' gives the straight apostrophe) and the "
              "programme's '&amp;' is decoded (html-debris). 'LILONGWE, Malawi, 1 December 2025 –': place as written, "
              "the country listed. 'by 2027' and 'by the end of 2027' both give the text '2027' (h376-h391 'by 2028'; "
              "h392-h407 'la fin de 2027'). '120 rural health centres': unit 'centres', the adjective and noun adjunct "
              "in the text (h200-h215 '41 alumni companies'). 'about MWK 6.5 billion': Malawian kwacha with the code "
              "before the number as unit (as 'MUR 5 million'), the qualifier 'about'. 'Nearly a third' a fraction; "
              "'48 of them' a count without noun; 'at least half' a fraction with 'at least'. '6-kilowatt' a measure "
              "(compound adjective, h104-h119). 'Malawi’s Ministry of Health' listed without the possessive "
              "(h312-h327); the Minister is a role. 'Health & Energy' is a programme. AFD under its English long form "
              "with its French acronym (h184-h199). Contacts: two lines with a city label (places giving the numbers' "
              "countries: +33 with a bracketed trunk 0, a Malawian mobile +265 999); the second address is written "
              "with capitals ('CBanda@Soleil-Partage...'), listed in lower case (README).",
    ),
))

# --------------------------------------------------------------------------- h432 UN migration agency's Guinea site in the seed's shape: fixed menu, wraps with a split number, straight apostrophes, œ dropped, seed contact blocks
H432_MENU = """-
Qui sommes-nous
Qui sommes-nousL'OIM en Guinée accompagne depuis 2001 le gouvernement guinéen dans la gestion des migrations et l'assistance aux migrants vulnérables.
Structure
Structure
- Bureau de Conakry
- Sous-bureau de Kankan
- Sous-bureau de Labé
-
Nos activités
Nos activitésL'OIM Guinée intervient dans la protection, le retour volontaire et la réintégration, la santé aux frontières et la stabilisation communautaire.
Médias
Médias
- Communiqués de presse
- Histoires de migrants
-
Agir
Agir
Travailler avec nous
Travailler avec nous
- Données et recherche
- 2030 AGENDA"""
PAGES.append(Page(
    name="h432-oim-guinee-reintegration-migrants-2025",
    meta={"site": "guinee.oim-migrations.example.int", "style": "iom-country-site-seed-menu",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "wrapped-number", "lost-oe",
                      "html-debris"]},
    wrap=58, jitter=12,
    blocks=[
        B(H432_MENU),
        P("Guinée : 2 150 migrants de retour de Libye et du Niger ont reçu une aide à la réintégration en 2025",
          nowrap=True),
        P("Conakry - L'Organisation internationale pour les migrations (OIM) a aidé 2 150 Guinéens rentrés de Libye, "
          "du Niger et d'Algérie à démarrer une activité génératrice de revenus depuis janvier 2025. Près de la "
          "moitié d'entre eux ont moins de 25 ans et la plupart avaient tenté de rejoindre l'Europe par la "
          "Méditerranée centrale."),
        P("Les projets financés vont de l'élevage de volailles à la couture, en passant par la réparation de motos. "
          "Chaque bénéficiaire reçoit un appui d'une valeur moyenne de 9⏎500 000 francs guinéens, soit environ "
          "1 000 euros, versé en nature après une formation de trois semaines."),
        P("« J'ai traversé le désert deux fois. Aujourd'hui, avec mon atelier de soudure à Kankan, j'emploie quatre "
          "apprentis », raconte Mamadou Saliou Diallo, 27 ans."),
        P("L'OIM met en œuvre ce programme avec la Direction générale des Guinéens établis à l'étranger et plusieurs "
          "ONG locales. Un suivi réalisé en octobre montre que 68 % des entreprises créées en 2024 sont toujours en "
          "activité.", oe="drop"),
        P("Le programme, financé par l'Union européenne à hauteur de 12 millions d'euros, a également permis de "
          "former 340 agents des collectivités locales à l'accueil des migrants de retour dans les régions de Labé, "
          "Mamou et Kankan."),
        L("""Pour plus d'informations, veuillez contacter:
Fatoumata Binta Barry
OIM Conakry
Tél. : +224 30 45 21 80 Ext. 112
Mobile : +224 622 45 18 90
E-mail :
[["mailto:fbbarry@iom.int">||]]fbbarry@iom.int
Ibrahima Camara
OIM Kankan
Tél. : +224 664 31 27 05
E-mail :
[["mailto:icamara@iom.int">||]]icamara@iom.int"""),
    ],
    gold=dict(
        title="Guinée : 2 150 migrants de retour de Libye et du Niger ont reçu une aide à la réintégration en 2025",
        dateline=dl("Conakry"),
        organisations=[org("Organisation internationale pour les migrations", "OIM"),
                       org("Direction générale des Guinéens établis à l'étranger", None),
                       org("Union européenne", None)],
        places=[place("Guinée", "GN"), place("Libye", "LY"), place("Niger", "NE"), place("Conakry"),
                place("Algérie", "DZ"), place("Europe"), place("Méditerranée centrale"), place("Kankan"),
                place("Labé"), place("Mamou")],
        figures=[
            fig("2 150 migrants", 2150, "migrants"),
            fig("en 2025", 2025, None, "year"),
            fig("2 150 Guinéens", 2150, "Guinéens"),
            fig("janvier 2025", 2025, None, "year"),
            fig("Près de la moitié", 0.5, None, "other", qualifier="Près de"),
            fig("moins de 25 ans", 25, "ans", "age", qualifier="moins de"),
            fig("9 500 000 francs guinéens", 9500000, "francs guinéens", "money", currency="GNF"),
            fig("environ 1 000 euros", 1000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("trois semaines", 3, "semaines", "duration"),
            fig("quatre apprentis", 4, "apprentis"),
            fig("27 ans", 27, "ans", "age"),
            fig("68 %", 68, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("12 millions d'euros", 12000000, "euros", "money", currency="EUR"),
            fig("340 agents", 340, "agents"),
        ],
        phones=[phone("+22430452180", extension="112"), phone("+224622451890"), phone("+224664312705")],
        emails=["fbbarry@iom.int", "icamara@iom.int"],
        contacts=[contact("Fatoumata Binta Barry", None, "OIM Conakry", ["+22430452180", "+224622451890"],
                          ["fbbarry@iom.int"]),
                  contact("Ibrahima Camara", None, "OIM Kankan", ["+224664312705"], ["icamara@iom.int"])],
        notes="The UN migration agency's Guinea country site (made-up host) in the seed's shape: a fixed menu with bare "
              "'-' lines, doubled labels and two labels glued to their blurb ('Qui sommes-nousL'OIM en Guinée ...', "
              "'Nos activitésL'OIM Guinée ...': boilerplate, the blurb's '2001' and the menu's 'Labé' chrome), then "
              "the title and the body hard-wrapped at about 46-58 columns (joined), a wrap splitting '9' / '500 000 "
              "francs guinéens'; straight apostrophes throughout (kept, '« »' kept); œ dropped ('met en uvre'); the "
              "seed's contact blocks with 'Ext.' and mailto debris. No bottom chrome. Dateline 'Conakry -' (town, "
              "hyphen, no date). '2 150 migrants' (title) and '2 150 Guinéens' (body) two texts; 'depuis janvier "
              "2025' the month-year. 'J'ai traversé le désert deux fois' is not a figure (h344-h359 'tout perdu deux "
              "fois'). 'en octobre' not a figure. 'l'Europe' and 'la Méditerranée centrale' places (iso null, "
              "h328-h343). The directorate co-implementing is listed as written; 'gouvernement guinéen' (chrome) and "
              "'ONG locales', 'collectivités locales' generic. Contacts: two seed blocks with the office labels 'OIM "
              "Conakry' and 'OIM Kankan' as organisations; a Conakry landline +224 30 with 'Ext. 112' and Guinean "
              "mobiles +224 622 / 664.",
    ),
))

# --------------------------------------------------------------------------- h433 Lyon NGO's WordPress page on Laos as raw HTML: <h1> copy of the title, <h2> glued to <p>, entities, &nbsp; and &euro; in figures, mailto anchor, CDN-protected address, donation block, comments
H433_P1 = ("Vientiane, le 1er décembre 2025 – L’association lyonnaise Horizons Mékong a achevé l’installation de "
           "systèmes d’eau potable et de latrines dans 46 écoles primaires de la province de Houaphan, dans le "
           "nord-est du Laos, au profit de 5\u00a0870 élèves.")
H433_P2 = ("Dans 19 villages, l’eau est pompée par des panneaux solaires depuis des sources situées jusqu’à 2,5 "
           "kilomètres des écoles. Chaque école a désigné un comité de six parents, formé à l’entretien et doté d’une "
           "caisse alimentée par une cotisation de 5\u00a0000 kips par famille et par mois.")
H433_P3 = ("Le projet a coûté 412\u00a0000\u00a0€, financés par l’Agence française de développement (AFD) à hauteur "
           "de 250\u00a0000\u00a0€, par la Région Auvergne-Rhône-Alpes et par près de 900 donateurs.")
H433_P4 = ("«\u00a0Avant, les filles manquaient l’école plusieurs jours par mois\u00a0», explique Bounmy "
           "Phommachanh, directrice de l’école de Xam Neua.")
PAGES.append(Page(
    name="h433-horizons-mekong-laos-eau-ecoles-houaphan",
    meta={"site": "www.horizons-mekong.example.org", "style": "ngo-wordpress-raw-html-asia",
          "defects": ["menu", "duplicate-lines", "duplicate-title", "html-debris", "heading-glued", "hidden-email",
                      "donation-block", "comments-widget", "share-lines"]},
    blocks=[
        B("""Horizons Mékong – Association de solidarité France-Laos
Accueil
Le Laos
Nos projets
Nos projets
Actualités
Faire un don
<h1 class="entry-title">Laos : 46 écoles de Houaphan équipées en eau potable</h1>
Publié le 1 décembre 2025 par Équipe Horizons Mékong | 3 min de lecture"""),
        P("Laos : 46 écoles de Houaphan équipées en eau potable"),
        P("[[<p>||]]" + ent(H433_P1, "’\u00a0«»€") + "[[</p>||]]"),
        P("[[<h2>||]]Des pompes solaires et des comités d" + ent("’", "’") + "entretien[[</h2>||]]"),
        P("[[<p>||]]" + ent(H433_P2, "’\u00a0«»€") + "[[</p>||]]", glue=True),
        P("[[<p>||]]" + ent(H433_P3, "’\u00a0«»€") + "[[</p>||]]"),
        P("[[<p>||]]" + ent(H433_P4, "’\u00a0«»€") + "[[</p>||]]"),
        L("""[[<p>||]]Contacts presse :[[<br />||]]
Lucie Fabre, chargée de communication – 04 78 92 15 40 – [[<a href="mailto:lucie.fabre@horizons-mekong.example.org">||]]lucie.fabre@horizons-mekong.example.org[[</a><br />||]]
Au Laos : Somphone Keovilay, coordinateur – +856 20 5512 3480 – [[<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="4a3925272b22252433253a0a">||]][email protected][[</a></p>||]]"""),
        B("""Partager : Facebook | LinkedIn | E-mail
Un don de 30 € finance une année d’eau potable pour cinq élèves. Je donne
IBAN FR76 3000 4012 3400 0102 4567 891 – Reçu fiscal envoyé sous 15 jours
2 commentaires
Anne-Sophie R. – 1 décembre 2025 à 19:02 : Magnifique projet, bravo à l’équipe de Xam Neua !
Thierry M. – 2 décembre 2025 à 08:15 : Combien d’écoles restent à équiper dans la province ?
Laisser un commentaire | Nom * | E-mail * | Publier le commentaire
© 2025 Horizons Mékong – Propulsé par WordPress | Thème Astra"""),
    ],
    gold=dict(
        title="Laos : 46 écoles de Houaphan équipées en eau potable",
        dateline=dl("Vientiane", "2025-12-01"),
        organisations=[org("Horizons Mékong", None), org("Agence française de développement", "AFD"),
                       org("Région Auvergne-Rhône-Alpes", None)],
        places=[place("Laos", "LA"), place("Houaphan"), place("Vientiane"), place("Xam Neua")],
        figures=[
            fig("46 écoles", 46, "écoles"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("5\u00a0870 élèves", 5870, "élèves"),
            fig("19 villages", 19, "villages"),
            fig("jusqu’à 2,5 kilomètres", 2.5, "kilomètres", "other", qualifier="jusqu’à"),
            fig("six parents", 6, "parents"),
            fig("5\u00a0000 kips", 5000, "kips", "money", currency="LAK"),
            fig("412\u00a0000\u00a0€", 412000, "€", "money", currency="EUR"),
            fig("250\u00a0000\u00a0€", 250000, "€", "money", currency="EUR"),
            fig("près de 900 donateurs", 900, "donateurs", qualifier="près de"),
        ],
        phones=[phone("+33478921540"), phone("+8562055123480")],
        emails=["lucie.fabre@horizons-mekong.example.org"],
        hidden_emails=1,
        contacts=[contact("Lucie Fabre", "chargée de communication", None, ["+33478921540"],
                          ["lucie.fabre@horizons-mekong.example.org"]),
                  contact("Somphone Keovilay", "coordinateur", None, ["+8562055123480"], [])],
        notes="WordPress page scraped as raw HTML: site name, menu with a doubled 'Nos projets', the theme's '<h1 "
              "class=\"entry-title\">' copy of the title (duplicate-title), the date/author/reading-time line; at the "
              "bottom share line, donation call with its IBAN (chrome: '30 €', 'cinq élèves', '15 jours' not figures), "
              "comment counter, two comments, the form and the theme footer: boilerplate. The body keeps '<p>' tags and "
              "entities ('&rsquo;', '&laquo;', '&raquo;', '&euro;', '&nbsp;' in '5&nbsp;870', "
              "'5&nbsp;000', '412&nbsp;000&nbsp;&euro;' and around the quote): decoded, U+00A0 kept in the clean text "
              "and in the figures' texts. An '<h2>' subheading glued to the next '<p>' on one raw line: split. Contact "
              "lines: a mailto anchor (the bare address) and a CDN e-mail-protection anchor (the visible '[email "
              "protected]' stays and is counted, h248-h263). '46 écoles' (title) and '46 écoles primaires' (body) give "
              "one text '46 écoles'. 'par famille et par mois' out of the money figure (LAK, 'kips' as written). "
              "'L’association lyonnaise Horizons Mékong' (the made-up NGO, no acronym); 'Région Auvergne-Rhône-Alpes' "
              "(funder, capital R) listed. 'l’école de Xam Neua' in a role: the school not listed, its town a place. "
              "The first contact's number is written without code: French (+33 4, the association is in Lyon, its "
              "contact line has no country label); the second has a Lao mobile +856 20 after the label 'Au Laos :' "
              "(a country label, here the country already listed).",
    ),
))

# --------------------------------------------------------------------------- h434 Niger's water ministry on an old CMS: motto, bulleted menu with doubled labels, SPIP-like info line, unaccented capital title, wraps splitting a number and a percent, lost dateline dash, a paragraph without accents, fax, visitor counter
H434_TITLE = ("FORAGES : 1 340 NOUVEAUX POINTS D'EAU MODERNES RÉALISÉS EN 2025 DANS LES RÉGIONS DE TILLABÉRI ET DE "
              "DOSSO")
PAGES.append(Page(
    name="h434-ministere-hydraulique-niger-forages-2025",
    meta={"site": "www.hydraulique.example.gouv.ne", "style": "ministry-old-cms-unaccented",
          "defects": ["menu", "duplicate-lines", "cms-footer", "unaccented-capitals", "hard-wrap", "wrapped-number",
                      "lost-dash", "double-space", "stripped-accents", "postcode-trap"]},
    wrap=68, jitter=8,
    blocks=[
        B("""République du Niger – Fraternité – Travail – Progrès
Ministère de l'Hydraulique et de l'Assainissement
» Accueil
» Le Ministère
» Le Ministère
» Projets et programmes
» Actualités
» Actualités
» Documentation
» Contacts
mardi 2 décembre 2025, par Cellule communication | popularité : 4%"""),
        P(unacc(H434_TITLE), nowrap=True),
        P("Niamey, le 2 décembre 2025[[  || – ]]Le ministère de l'Hydraulique et de l'Assainissement a réceptionné "
          "1 340 nouveaux points d'eau modernes en 2025 dans les régions de Tillabéri et de Dosso, soit 240 de plus "
          "que l'objectif fixé. Ces ouvrages desservent quelque 412⏎000 personnes, dont une majorité de femmes et "
          "d'enfants chargés de la corvée d'eau."),
        P("Le taux d'accès à l'eau potable en milieu rural passe ainsi de 46,3 % à 51,8 % dans la région de "
          "Tillabéri, selon les données de la Direction générale de l'hydraulique. Dans les zones pastorales, 85 "
          "puits ont été réhabilités pour les éleveurs transhumants.", strip=True),
        P("Le programme, d'un coût de 38,4 milliards de francs CFA, est financé par la Banque mondiale, le FIDA (Fonds "
          "international de développement agricole) et l'[[Etat||État]] du Niger. Les travaux se poursuivront "
          "en 2026 dans la région de Zinder, où près de 47⏎% des villages n'ont toujours pas de point d'eau moderne."),
        L("""Cellule de communication du ministère
Tél. : (227) 20 72 35 48 – Fax : (227) 20 72 35 50
BP 257 Niamey – cellcom.mha@hydraulique.example.gouv.ne"""),
        B("""Imprimer | Envoyer à un ami | Version PDF
Visiteurs : 2 318 447
© 2025 Ministère de l'Hydraulique et de l'Assainissement – Niamey – Site réalisé avec SPIP"""),
    ],
    gold=dict(
        title=H434_TITLE,
        dateline=dl("Niamey", "2025-12-02"),
        organisations=[org("ministère de l'Hydraulique et de l'Assainissement", None),
                       org("Direction générale de l'hydraulique", None),
                       org("Banque mondiale", None),
                       org("Fonds international de développement agricole", "FIDA")],
        places=[place("Tillabéri"), place("Dosso"), place("Niamey"), place("Niger", "NE"), place("Zinder")],
        figures=[
            fig("1 340 NOUVEAUX POINTS", 1340, "POINTS"),
            fig("EN 2025", 2025, None, "year"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("1 340 nouveaux points", 1340, "points"),
            fig("en 2025", 2025, None, "year"),
            fig("240", 240, None),
            fig("quelque 412 000 personnes", 412000, "personnes", qualifier="quelque"),
            fig("46,3 %", 46.3, "%", "percent"),
            fig("51,8 %", 51.8, "%", "percent"),
            fig("85 puits", 85, "puits"),
            fig("38,4 milliards de francs CFA", 38400000000, "francs CFA", "money", currency="XOF"),
            fig("en 2026", 2026, None, "year"),
            fig("près de 47 %", 47, "%", "percent", qualifier="près de"),
        ],
        phones=[phone("+22720723548"), phone("+22720723550", "fax")],
        emails=["cellcom.mha@hydraulique.example.gouv.ne"],
        contacts=[contact(None, None, "Cellule de communication du ministère", ["+22720723548", "+22720723550"],
                          ["cellcom.mha@hydraulique.example.gouv.ne"])],
        notes="Old CMS page (SPIP-like): motto and ministry lines, a '»' menu with doubled 'Le Ministère' and "
              "'Actualités', the date/author/'popularité : 4%' line (cms-footer; not a figure), print/send line, a "
              "visitor counter and the credit line: boilerplate. The capital title is typed without accents "
              "('REALISES', 'REGIONS', 'TILLABERI'): restored, case kept, its straight apostrophe kept ('D'EAU'). "
              "Straight apostrophes throughout (kept). The body is hard-wrapped at about 60-68 columns; the wraps split "
              "'quelque 412' / '000 personnes' and push the '%' of 'près de 47' to the next line (h392-h407): joined. "
              "The dateline's en dash was lost, leaving two spaces: it comes back. The second paragraph is typed "
              "without any accent ('acces a l'eau', 'donnees', 'generale', 'rehabilites', 'eleveurs'): restored, "
              "'Tillabéri' with its accent. 'l'Etat du Niger' → 'l'État du Niger' (unaccented capital); 'Niger' listed "
              "from it (h184-h199). Title '1 340 NOUVEAUX POINTS' (unit 'POINTS', the adjective before the noun in "
              "the text) and 'EN 2025' are other texts than the body's. 'soit 240 de plus': a count without noun. 'de "
              "46,3 % à 51,8 %': both bounds with their sign. The FIDA is written acronym first, its long form in brackets after it (one organisation, README 'ACR (long form)'). The ministry is listed in lower case as the release "
              "writes it (acting); the Direction générale de l'hydraulique (the data's source) is listed; the "
              "'Cellule de communication du ministère' is the office contact's organisation (not listed). '(227) 20 "
              "72 35 48' and a 'Fax' (+227, eight digits); 'BP 257 Niamey' a box (trap).",
    ),
))

# --------------------------------------------------------------------------- h435 Belgian embassy in Rwanda: four-language line, menu, a cp1250 paragraph glued to a clean one that keeps two half-repaired words, angle-bracketed and upper-case addresses, cookie line
H435_P3 = ("« Chaque sage-femme formée, ce sont des centaines de naissances plus " + moji("sûres", "cp1250")
           + " », a " + moji("déclaré", "cp1250") + " l’ambassadeur de Belgique, Koen Vermeulen. La Belgique est le "
           "premier partenaire bilatéral du Rwanda dans le secteur de la santé depuis 2006, avec un engagement cumulé "
           "de plus de 160 millions d’euros.")
PAGES.append(Page(
    name="h435-ambassade-belgique-rwanda-sages-femmes",
    meta={"site": "rwanda.diplomatie-belge.example.be", "style": "embassy-cooperation-news-great-lakes",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "cookie-banner", "mojibake-cp1250",
                      "mojibake-partial", "body-glued", "postcode-trap"]},
    blocks=[
        B("""Ambassade de Belgique au Rwanda
Nederlands | Français | English | Ikinyarwanda
Accueil
L’ambassade
Coopération
Coopération
Actualités
Actualités
Visas et voyages
Accueil > Actualités > Coopération au développement
02/12/2025"""),
        P("Rwanda : la Belgique consacre 18 millions d’euros à la formation des sages-femmes"),
        P("Kigali, le 2 décembre 2025 – La Belgique et le Rwanda ont signé ce mardi à Kigali un accord de 18 millions "
          "d’euros pour former 1 200 sages-femmes et équiper 85 centres de santé dans les districts de Nyamagabe, "
          "Nyaruguru et Rusizi, où la mortalité maternelle reste la plus élevée du pays."),
        P("Le programme sera mis en œuvre par Enabel, l’agence belge de développement, avec le ministère rwandais de "
          "la Santé et l’université du Rwanda. Il prévoit trois ans de formation pratique et la construction de 12 "
          "maisons d’attente pour les femmes enceintes vivant à plus de deux heures de marche d’une maternité.",
          moji="cp1250"),
        P(H435_P3, glue=True),
        L("""Contacts presse :
Kigali : Section coopération de l’Ambassade, +250 252 575 551, kigali.coop@diplomatie-belge.example.be
Bruxelles : Annelies De Smet, porte-parole, SPF Affaires étrangères, +32 2 501 37 62, <Annelies.DeSmet@diplobel.example.be>"""),
        B("""Partager : Facebook | X | LinkedIn | Imprimer
Ce site utilise uniquement des cookies fonctionnels. OK
Ambassade de Belgique – Rue Nyarugenge 11 – BP 81 Kigali – Mentions légales – Accessibilité"""),
    ],
    gold=dict(
        title="Rwanda : la Belgique consacre 18 millions d’euros à la formation des sages-femmes",
        dateline=dl("Kigali", "2025-12-02"),
        organisations=[org(None, "Enabel"), org("ministère rwandais de la Santé", None),
                       org("université du Rwanda", None), org("SPF Affaires étrangères", None)],
        places=[place("Rwanda", "RW"), place("Belgique", "BE"), place("Kigali"), place("Nyamagabe"),
                place("Nyaruguru"), place("Rusizi"), place("Bruxelles")],
        figures=[
            fig("18 millions d’euros", 18000000, "euros", "money", currency="EUR"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("1 200 sages-femmes", 1200, "sages-femmes"),
            fig("85 centres", 85, "centres"),
            fig("trois ans", 3, "ans", "duration"),
            fig("12 maisons", 12, "maisons"),
            fig("plus de deux heures", 2, "heures", "duration", qualifier="plus de"),
            fig("2006", 2006, None, "year"),
            fig("plus de 160 millions d’euros", 160000000, "euros", "money", qualifier="plus de", currency="EUR"),
        ],
        phones=[phone("+250252575551"), phone("+3225013762")],
        emails=["kigali.coop@diplomatie-belge.example.be", "annelies.desmet@diplobel.example.be"],
        contacts=[contact(None, None, "Section coopération de l’Ambassade", ["+250252575551"],
                          ["kigali.coop@diplomatie-belge.example.be"]),
                  contact("Annelies De Smet", "porte-parole", "SPF Affaires étrangères", ["+3225013762"],
                          ["annelies.desmet@diplobel.example.be"])],
        notes="Embassy chrome: name line, Dutch/French/English/Kinyarwanda line, menu with doubled 'Coopération' and "
              "'Actualités', breadcrumb, date line; at the bottom share line, cookie line and the footer with its box "
              "'BP 81 Kigali': boilerplate. The second paragraph is UTF-8 read as cp1250 ('Ĺ“uvre' for 'œuvre', "
              "'Ă©', 'â€™'): decoded. The quote paragraph is clean but two words were left half repaired by an earlier "
              "tool ('plus sĂ»res', 'a dĂ©clarĂ©'; tag mojibake-partial): decoded; it is glued at the full stop to the "
              "cp1250 paragraph ('maternitĂ©.« Chaque'): split. 'Enabel, l’agence belge de développement': acronym "
              "only (h328-h343 apposition rule). 'le ministère rwandais de la Santé' (co-implementing) and "
              "'l’université du Rwanda' listed as written; 'SPF Affaires étrangères' (a federal public service named "
              "whole in a contact line, README h56-h71) listed, acronym null (SPF is part of the name). "
              "'des centaines de naissances' not a figure; 'premier partenaire' an ordinal word; 'depuis 2006' gives "
              "'2006'. The ambassador is a role. Contacts: an office line (no person) with a Kigali landline +250 252 "
              "and a person line with role and organisation and a Brussels number; both lines open with a city label "
              "(a place). The second address is written in angle brackets and with capitals "
              "('<Annelies.DeSmet@diplobel.example.be>'): a mail-style bracketed address, not an HTML tag; kept in the "
              "clean text as written and listed in lower case.",
    ),
))

# --------------------------------------------------------------------------- h436 river-basin commission's release in a document-sharing reader's free preview: reader chrome with an AI-retitled line, letterhead, two-line capital title, right-aligned dateline, U+2010, flattened footnote digit, hyphenation, ligatures, split number, the preview cuts the document after page 1
H436_P1 = ("La Commission internationale du bassin Congo-Oubangui-Sangha (CICOS) informe les transporteurs et les "
           "usagers que la navigation commerciale est suspendue sur l’Oubangui entre Bangui et Impfondo du 3 décembre "
           "2025 au 15 janvier 2026, en raison d’un étiage¹ exceptionnel. Le niveau du fleuve, mesuré à 0,62 mètre à "
           "l’échelle de Bangui le 30 novembre, est le plus bas enregistré depuis 1998.")
H436_R1 = ("La Commission internationale du bassin Congo\u2010Oubangui\u2010Sangha (CICOS) informe les transpor-\n"
           "teurs et les usagers que la navigation commerciale est suspendue sur l’Oubangui entre\n"
           "Bangui et Impfondo du 3 décembre 2025 au 15 janvier 2026, en raison d’un étiage1 excep-\n"
           "tionnel. Le niveau du fleuve, mesuré à 0,62 mètre à l’échelle de Bangui le 30 novembre,\n"
           "est le plus bas enregistré depuis 1998.")
H436_P2 = ("Cette mesure concerne quelque 1 800 barges et baleinières, qui transportent près de 420 000 tonnes de "
           "marchandises chaque année, dont 60 % des produits pétroliers consommés en République centrafricaine. Les "
           "services de la CICOS et de la Régie des voies fluviales (RVF) procéderont au balisage et au dragage de 14 "
           "seuils critiques sur le fleuve Congo et sur l’Oubangui.")
H436_R2 = ("Cette mesure concerne quelque 1 800 barges et baleinières, qui transportent près de 420\n"
           "000 tonnes de marchandises chaque année, dont 60 % des produits pétroliers consommés en\n"
           "République centrafricaine. Les services de la CICOS et de la Régie des voies fluviales\n"
           "(RVF) procéderont au balisage et au dragage de 14 seuils critiques sur le fleuve Congo et\n"
           "sur l’Oubangui.")
H436_P3 = ("Les pertes pour l’économie centrafricaine sont estimées à 9,5 milliards de francs CFA par mois de "
           "suspension. La CICOS appelle les États membres à accélérer la mise en œuvre du programme régional de "
           "dragage")
H436_R3 = ("Les pertes pour l’économie centrafricaine sont estimées à 9,5 milliards de francs CFA par\n"
           "mois de suspension. La CICOS appelle les États membres à accélérer la mise en œuvre du\n"
           "programme régional de dragage")
PAGES.append(Page(
    name="h436-cicos-etiage-oubangui-navigation-suspendue-apercu",
    meta={"site": "fr.lisez-docs.example.com", "style": "document-sharing-free-preview-pdf-regional-body",
          "defects": ["pdf-chrome", "page-furniture", "paywall", "pdf-hyphenation", "hard-wrap", "wrapped-number",
                      "stray-unicode-ligature", "stray-unicode-hyphen", "pdf-footnote-digit"]},
    blocks=[
        B("""Lisez – documents, livres et plus
Rechercher un document
Se connecter | S’inscrire
CICOS_communique_09_2025.pdf
Étiage de l’Oubangui : la navigation suspendue entre Bangui et Impfondo
Titre amélioré par l’IA
Transféré par fret-fluvial-rca le 2 déc. 2025
0 % ont trouvé ce document utile (0 vote) · 17 vues · 2 pages
Télécharger maintenant | Enregistrer | Partager | Intégrer
COMMISSION INTERNATIONALE DU BASSIN CONGO-OUBANGUI-SANGHA
Secrétariat général – 15, avenue Kabasele Tshamala – Kinshasa-Gombe (RDC)
COMMUNIQUÉ DE PRESSE N° 09/CICOS/SG/2025"""),
        X("          ÉTIAGE DE L’OUBANGUI : LA NAVIGATION SUSPENDUE\n"
          "          ENTRE BANGUI ET IMPFONDO PENDANT SIX SEMAINES",
          "ÉTIAGE DE L’OUBANGUI : LA NAVIGATION SUSPENDUE ENTRE BANGUI ET IMPFONDO PENDANT SIX SEMAINES"),
        X(" " * 62 + "Kinshasa, le 1er décembre 2025", "Kinshasa, le 1er décembre 2025"),
        X(H436_R1, H436_P1, lig=True),
        X(H436_R2, H436_P2, lig=True),
        X(H436_R3 + "\n1 Niveau le plus bas d’un cours d’eau.",
          H436_P3 + "\n¹ Niveau le plus bas d’un cours d’eau.", lig=True),
        B("""CICOS – Communiqué de presse n° 09/2025                                         Page 1 sur 2
Vous lisez un aperçu gratuit
La page 2 n’est pas affichée dans cet aperçu.
Téléchargez pour lire l’intégralité du document (2 pages)
Vous aimerez peut-être aussi
Carte de navigabilité du fleuve Congo et de l’Oubangui
Rapport d’activités CICOS 2024
À propos | Aide | Conditions d’utilisation | Confidentialité"""),
    ],
    gold=dict(
        title="ÉTIAGE DE L’OUBANGUI : LA NAVIGATION SUSPENDUE ENTRE BANGUI ET IMPFONDO PENDANT SIX SEMAINES",
        dateline=dl("Kinshasa", "2025-12-01"),
        organisations=[org("Commission internationale du bassin Congo-Oubangui-Sangha", "CICOS"),
                       org("Régie des voies fluviales", "RVF")],
        places=[place("Oubangui"), place("Bangui"), place("Impfondo"), place("Kinshasa"),
                place("République centrafricaine", "CF"), place("Congo")],
        figures=[
            fig("SIX SEMAINES", 6, "SEMAINES", "duration"),
            fig("le 1er décembre 2025", "2025-12-01", None, "date"),
            fig("3 décembre 2025", "2025-12-03", None, "date"),
            fig("15 janvier 2026", "2026-01-15", None, "date"),
            fig("0,62 mètre", 0.62, "mètre", "other"),
            fig("le 30 novembre", "--11-30", None, "date"),
            fig("1998", 1998, None, "year"),
            fig("quelque 1 800 barges", 1800, "barges", qualifier="quelque"),
            fig("près de 420 000 tonnes", 420000, "tonnes", "other", qualifier="près de"),
            fig("60 %", 60, "%", "percent"),
            fig("14 seuils", 14, "seuils"),
            fig("9,5 milliards de francs CFA", 9500000000, "francs CFA", "money", currency="XAF"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A document-sharing site's free preview of a PDF (new shape): the reader's name, search and login lines, "
              "the file-name line, the reader's own 'improved' title ('Étiage de l’Oubangui : ...' with 'Titre amélioré "
              "par l’IA'; not the page's title, the PDF's own title line is, h296-h311), upload line, usefulness "
              "votes/views/pages line, toolbar; at the bottom 'Vous lisez un aperçu gratuit', 'La page 2 n’est pas "
              "affichée dans cet aperçu.', the download call, 'Vous aimerez peut-être aussi' with two titles and the "
              "footer: boilerplate (pdf-chrome; the preview's cut tagged paywall as well). The PDF's letterhead "
              "(capital body name, address, release number) and its running footer 'Page 1 sur 2' are boilerplate (PDF "
              "without CMS title, h56-h71). The capital title centred over two lines is one line; the right-aligned "
              "'Kinshasa, le 1er décembre 2025' is the dateline on its own line. Body lines at about 88 columns, joined, "
              "with hyphenation at line ends ('transpor-'⏎'teurs', 'excep-'⏎'tionnel'), fi/fl "
              "ligatures, U+2010 inside the commission's name, a wrap splitting '420' / '000 tonnes'. The footnote mark "
              "after 'étiage' was flattened to a plain '1' (restored as '¹', not a figure) and the footnote line at "
              "the page's foot follows the paragraph cut by the preview (h328-h343). The preview shows page 1 only: "
              "the third paragraph ends where the page ends ('... du programme régional de dragage', no full stop; "
              "h376-h391 paywall rule: the visible part is the article); page 2, with the contact block, is not "
              "delivered, so no contact. 'du 3 décembre 2025 au 15 janvier 2026': two dates each with its own year "
              "(the 'du' out). 'depuis 1998' gives '1998'. 'le fleuve Congo' gives the river 'Congo' (iso null, "
              "h184-h199); 'République centrafricaine' (CF) and 'centrafricaine' (adjective); francs CFA of the "
              "Central African Republic are XAF. 'Kinshasa-Gombe (RDC)' stands in the letterhead only (chrome). 'États "
              "membres' generic. The CICOS and RVF are real bodies carrying invented news.",
    ),
))

# --------------------------------------------------------------------------- h437 Ivorian news agency's dispatch in a browser print view: print header/footer printed twice, breadcrumb and slug line, a glued sentence, a page break inside a paragraph, 'A' for 'À', wire initials
H437_HEAD = ("02/12/2025 09:41          Bouaké : les transformateurs d’anacarde visent 40 % de la récolte 2026 – AIP")
H437_URL = "https://www.aip-ivoire.example.ci/economie/bouake-transformateurs-anacarde-recolte-2026/"
H437_P4A = ("Pour atteindre cet objectif, la fédération réclame un accès au crédit à un taux inférieur à 8 % et la "
            "construction de 12 entrepôts agréés. Le ministère du Commerce et de l’Industrie a promis une enveloppe "
            "de 15 milliards de francs CFA sur trois ans pour moderniser les")
H437_P4B = "usines, qui emploient quelque 18 000 personnes, dont 70 % de femmes."
PAGES.append(Page(
    name="h437-aip-bouake-anacarde-transformation-impression",
    meta={"site": "www.aip-ivoire.example.ci", "style": "news-agency-dispatch-browser-print-view",
          "defects": ["print-furniture", "breadcrumb", "wire-slug", "body-glued", "unaccented-capitals"]},
    blocks=[
        B(H437_HEAD + """
AIP – Agence ivoirienne de presse
Accueil > Économie > Régions
Publié le 01/12/2025 à 17:32 | Mis à jour le 02/12/2025 à 08:05"""),
        P("Bouaké : les transformateurs d’anacarde visent 40 % de la récolte 2026"),
        P("Bouaké, 1er déc. 2025 (AIP) – Les unités de transformation de noix de cajou installées à Bouaké et dans la "
          "vallée du Bandama ambitionnent de transformer 40 % de la récolte nationale en 2026, contre 24 % en 2025, a "
          "annoncé lundi le président de leur fédération, Yacouba Ouattara."),
        P("La Côte d’Ivoire, premier producteur mondial, a récolté 1,25 million de tonnes de noix brutes cette année."),
        P("Seules 300 000 tonnes ont été transformées localement, selon le Conseil du coton et de l’anacarde (CCA).",
          glue=True),
        X(H437_P4A, H437_P4A + " " + H437_P4B),
        B(H437_URL + "        1/2\n" + H437_HEAD),
        X(H437_P4B, ""),
        P("[[A||À]] Katiola, l’usine de la coopérative Anacarde du Hambol a doublé sa capacité, à 6 000 tonnes par an, "
          "grâce à un prêt de la Banque africaine de développement."),
        B("YO/KKL\n" + H437_URL + "        2/2"),
    ],
    gold=dict(
        title="Bouaké : les transformateurs d’anacarde visent 40 % de la récolte 2026",
        dateline=dl("Bouaké", "2025-12-01"),
        organisations=[org(None, "AIP"), org("Conseil du coton et de l’anacarde", "CCA"),
                       org("ministère du Commerce et de l’Industrie", None),
                       org("Banque africaine de développement", None)],
        places=[place("Bouaké"), place("Bandama"), place("Côte d’Ivoire", "CI"), place("Katiola")],
        figures=[
            fig("40 %", 40, "%", "percent"),
            fig("2026", 2026, None, "year"),
            fig("1er déc. 2025", "2025-12-01", None, "date"),
            fig("en 2026", 2026, None, "year"),
            fig("24 %", 24, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("1,25 million de tonnes", 1250000, "tonnes", "other"),
            fig("300 000 tonnes", 300000, "tonnes", "other"),
            fig("8 %", 8, "%", "percent"),
            fig("12 entrepôts", 12, "entrepôts"),
            fig("15 milliards de francs CFA", 15000000000, "francs CFA", "money", currency="XOF"),
            fig("trois ans", 3, "ans", "duration"),
            fig("quelque 18 000 personnes", 18000, "personnes", qualifier="quelque"),
            fig("70 %", 70, "%", "percent"),
            fig("6 000 tonnes", 6000, "tonnes", "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A browser's print view of a national news agency's dispatch: the print header (print date and clock, "
              "the page's title with the agency's name) at the top of each printed page and the footer (URL and '1/2', "
              "'2/2') at their foot are boilerplate (print-furniture), printed twice; the agency's name line, the "
              "breadcrumb and the 'Publié le ... | Mis à jour le ...' slug line under them and the wire initials "
              "'YO/KKL' after the body (wire-slug) are boilerplate. A page break falls inside the fourth paragraph "
              "('moderniser les' ⏎ footer, header ⏎ 'usines'): one clean line. A sentence glued to the previous one "
              "at a full stop ('cette année.Seules 300 000 tonnes'): split. 'A Katiola' → 'À Katiola'. The agency's "
              "dateline with an abbreviated month and a year, no 'le' ('Bouaké, 1er déc. 2025 (AIP) –'): figure '1er "
              "déc. 2025' (h328-h343), the agency by its acronym (its long form stands only in the chrome). 'la récolte "
              "2026' (title) gives the year '2026' (a year dating a season, as 'campagne 2025'), the body's 'en 2026' "
              "another text. '40 %' once (title and body). 'Seules 300 000 tonnes': 'Seules' is not a qualifier; 'à un "
              "taux inférieur à 8 %': '8 %' ('inférieur à' not a qualifier, h104-h119 'supérieurs à'). 'premier "
              "producteur mondial' an ordinal word; 'par an' out. 'la coopérative Anacarde du Hambol' (lower-case "
              "generic noun) is not listed and 'Hambol' stands only in its name; 'vallée du Bandama' gives 'Bandama'. "
              "The ministry (promising funds) and the BAD (lender, long form only) are listed; the federation is "
              "unnamed. The federation's president is quoted without contact details: no contact.",
    ),
))

# --------------------------------------------------------------------------- h438 Pacific Community newsroom in Nouméa: the whole page through Latin-1 with replacement (’, – and œ as U+FFFD), menu, breadcrumb, translate widget
H438_TOP = """Communauté du Pacifique (CPS)
English | Français
Accueil | Notre travail | Pays et territoires membres | Actualités | Publications | Carrières
Actualités
Actualités
Accueil / Actualités / Communiqués
Communiqué · 3 décembre 2025"""
H438_BOTTOM = """Partager : Facebook | X | LinkedIn | Courriel
Traduire cette page ▼ Propulsé par Google Traduction
CPS – 95, promenade Roger-Laroque – BP D5 – 98848 Nouméa Cedex – Nouvelle-Calédonie
© 2025 Communauté du Pacifique – Conditions d’utilisation – Accessibilité"""
PAGES.append(Page(
    name="h438-cps-thon-obese-avis-scientifique-wcpfc",
    meta={"site": "www.cps-pacifique.example.int", "style": "pacific-regional-body-newsroom-latin1-trip",
          "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "translate-widget", "lost-apostrophe",
                      "oe-replacement-char", "lost-oe", "lost-dash", "postcode-trap"]},
    blocks=[
        B(fffd(H438_TOP)),
        P("Thon : la CPS recommande de réduire de 10 % les prises de patudo dans le Pacifique occidental et central"),
        P(fffd("Nouméa, le 3 décembre 2025 – Les scientifiques de la Communauté du Pacifique (CPS) recommandent de "
               "réduire d’au moins 10 % les captures de thon obèse, ou patudo, dans le Pacifique occidental et central, "
               "dont le stock a diminué de près d’un quart depuis 2015. L’avis sera présenté à la session annuelle de "
               "la Commission des pêches du Pacifique occidental et central (WCPFC), du 8 au 12 décembre à Manille.")),
        P(fffd("En 2024, les flottes industrielles ont débarqué 2,6 millions de tonnes de thon dans la région, soit plus "
               "de la moitié des prises mondiales. Les États et territoires insulaires tirent des licences de pêche "
               "environ 640 millions de dollars américains par an, et jusqu’à 98 % de leurs recettes hors aide à "
               "Kiribati et à Tuvalu.")),
        P(fffd("« Les pêcheries de thon sont au cœur de nos économies ; les protéger, c’est protéger nos budgets », a "
               "déclaré le directeur de la division Pêche, aquaculture et écosystèmes marins de la CPS, Tevita Fonua.")),
        P(fffd("La CPS a marqué 18 400 thons depuis 2023 lors de 11 campagnes en mer menées avec le navire de recherche "
               "Alis, de l’Institut de recherche pour le développement (IRD). Elle propose aussi de porter de 30 % à "
               "50 % la couverture des palangriers par les observateurs embarqués d’ici à 2028.")),
        L(fffd("""Contacts médias :
Nouméa : Sera Tuilagi, chargée de communication – +687 26 20 00, poste 318 – sera.tuilagi@cps-pacifique.example.int
Suva (Fidji) : Jone Ratu, +679 337 0733, joneratu@cps-pacifique.example.int.""")),
        B(fffd(H438_BOTTOM)),
    ],
    gold=dict(
        title="Thon : la CPS recommande de réduire de 10 % les prises de patudo dans le Pacifique occidental et central",
        dateline=dl("Nouméa", "2025-12-03"),
        organisations=[org("Communauté du Pacifique", "CPS"),
                       org("Commission des pêches du Pacifique occidental et central", "WCPFC"),
                       org("Institut de recherche pour le développement", "IRD")],
        places=[place("Pacifique occidental et central"), place("Nouméa"), place("Manille"),
                place("Kiribati", "KI"), place("Tuvalu", "TV"), place("Suva"), place("Fidji", "FJ")],
        figures=[
            fig("10 %", 10, "%", "percent"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("au moins 10 %", 10, "%", "percent", qualifier="au moins"),
            fig("près d’un quart", 0.25, None, "other", qualifier="près d’"),
            fig("2015", 2015, None, "year"),
            fig("8", "--12-08", None, "date"),
            fig("12 décembre", "--12-12", None, "date"),
            fig("En 2024", 2024, None, "year"),
            fig("2,6 millions de tonnes", 2600000, "tonnes", "other"),
            fig("plus de la moitié", 0.5, None, "other", qualifier="plus de"),
            fig("environ 640 millions de dollars américains", 640000000, "dollars américains", "money",
                qualifier="environ", currency="USD"),
            fig("jusqu’à 98 %", 98, "%", "percent", qualifier="jusqu’à"),
            fig("18 400 thons", 18400, "thons"),
            fig("2023", 2023, None, "year"),
            fig("11 campagnes", 11, "campagnes"),
            fig("30 %", 30, "%", "percent"),
            fig("50 %", 50, "%", "percent"),
            fig("2028", 2028, None, "year"),
        ],
        phones=[phone("+687262000", extension="318"), phone("+6793370733")],
        emails=["sera.tuilagi@cps-pacifique.example.int", "joneratu@cps-pacifique.example.int"],
        contacts=[contact("Sera Tuilagi", "chargée de communication", None, ["+687262000"],
                          ["sera.tuilagi@cps-pacifique.example.int"]),
                  contact("Jone Ratu", None, None, ["+6793370733"], ["joneratu@cps-pacifique.example.int"])],
        notes="The whole page (chrome, article and contact lines) went through Latin-1 with replacement: every ’, en "
              "dash and œ shows as U+FFFD ('d�au moins', 'Nouméa, le 3 décembre 2025 � Les', 'au c�ur'), while é, è, "
              "« » survived (h232-h247 one lossy trip): each comes back as the character that was lost; tags "
              "lost-apostrophe, oe-replacement-char, lost-oe, lost-dash (h152-h167). Chrome: site name, language line, "
              "one-line menu, doubled 'Actualités', breadcrumb, type/date line; share line, a Google Translate line "
              "(translate-widget), footer with BP box and postcode 98848: boilerplate. 'réduire d’au moins 10 %': the "
              "figure 'au moins 10 %' (the elided 'd’' out), the title's '10 %' another text; 'depuis 2015', 'depuis "
              "2023' give the years; 'du 8 au 12 décembre': '8' (--12-08) and '12 décembre'; 'd’ici à 2028': '2028'. "
              "'de 30 % à 50 %' two percents with their sign. 'environ 640 millions de dollars américains par an': "
              "USD, 'par an' out. 'le Pacifique occidental et central' listed as written (iso null, as 'Sahel central', "
              "'Méditerranée centrale'), and it also stands inside the WCPFC's name; the WCPFC is listed under the "
              "French long form with its English acronym as written. The division inside the director's role is not "
              "listed; 'Alis' is a ship. 'Manille' (the session's venue) a place. Contacts: two city-labelled lines "
              "(places); the first with a New Caledonian six-digit number and 'poste 318', the second with a Fijian "
              "number and an address followed by the sentence's full stop (not part of it).",
    ),
))

# --------------------------------------------------------------------------- h439 prefecture of French Guiana: motto over three lines, menu, € lost (space before a comma, double space), an obfuscated address, overseas numbers without code
PAGES.append(Page(
    name="h439-prefecture-guyane-orpaillage-haut-maroni",
    meta={"site": "www.guyane.example.gouv.fr", "style": "overseas-prefecture-pressroom",
          "defects": ["menu", "breadcrumb", "share-lines", "lost-euro", "space-before-comma", "double-space",
                      "obfuscated-email", "postcode-trap"]},
    blocks=[
        B("""Liberté
Égalité
Fraternité
PRÉFET DE LA RÉGION GUYANE
Les services de l’État en Guyane
Actions de l’État | Démarches | Publications | Salle de presse | Contact
Accueil > Salle de presse > Communiqués de presse 2025
Publié le 02/12/2025"""),
        P("Orpaillage illégal : 31 sites démantelés sur le Haut-Maroni en novembre"),
        P("Cayenne, le 2 décembre 2025 – Les Forces armées en Guyane (FAG) et la Gendarmerie nationale ont démantelé "
          "31 sites d’orpaillage illégal sur le Haut-Maroni et dans le secteur de Maripasoula entre le 3 et le 28 "
          "novembre, dans le cadre de l’opération Harpie."),
        P("Les saisies représentent une valeur de 4,3 millions €, dont 2,1 kilogrammes d’or, 96 kilogrammes de "
          "mercure, 18 pirogues et 212 000 litres de carburant. Le préjudice environnemental est estimé à plus de 1,8 "
          "million € par site, selon l’Office français de la biodiversité (OFB).", noeuro=""),
        P("Au total, 147 personnes en situation irrégulière ont été interpellées, dont 12 mineurs. Depuis le 1er "
          "janvier 2025, 418 sites ont été détruits en Guyane, contre 356 sur l’ensemble de l’année 2024. Le mercure "
          "saisi sera traité à Kourou."),
        P("« Chaque gramme d’or illégal se paie en rivières empoisonnées et en villages privés d’eau potable », a "
          "rappelé le préfet, Antoine Poussier."),
        L("""Contacts presse :
Bureau de la communication interministérielle – 05 94 39 45 10 – 06 94 22 18 47 – pref-communication@guyane.example.gouv.fr
Cellule communication de la gendarmerie : comgend-guyane (at) gendarmerie.example.gouv.fr"""),
        B("""Partager : X | Facebook | LinkedIn | Courriel
Préfecture de la Guyane – Rue Fiedmont – BP 7008 – 97307 Cayenne Cedex – Standard : 05 94 39 45 00
Mentions légales | Accessibilité : partiellement conforme | Plan du site"""),
    ],
    gold=dict(
        title="Orpaillage illégal : 31 sites démantelés sur le Haut-Maroni en novembre",
        dateline=dl("Cayenne", "2025-12-02"),
        organisations=[org("Forces armées en Guyane", "FAG"), org("Gendarmerie nationale", None),
                       org("Office français de la biodiversité", "OFB")],
        places=[place("Haut-Maroni"), place("Cayenne"), place("Maripasoula"), place("Guyane"), place("Kourou")],
        figures=[
            fig("31 sites", 31, "sites"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 3", "--11-03", None, "date"),
            fig("le 28 novembre", "--11-28", None, "date"),
            fig("4,3 millions €", 4300000, "€", "money", currency="EUR"),
            fig("2,1 kilogrammes", 2.1, "kilogrammes", "other"),
            fig("96 kilogrammes", 96, "kilogrammes", "other"),
            fig("18 pirogues", 18, "pirogues"),
            fig("212 000 litres", 212000, "litres", "other"),
            fig("plus de 1,8 million €", 1800000, "€", "money", qualifier="plus de", currency="EUR"),
            fig("147 personnes", 147, "personnes"),
            fig("12 mineurs", 12, "mineurs"),
            fig("le 1er janvier 2025", "2025-01-01", None, "date"),
            fig("418 sites", 418, "sites"),
            fig("356", 356, None),
            fig("2024", 2024, None, "year"),
        ],
        phones=[phone("+594594394510"), phone("+594694221847")],
        emails=["pref-communication@guyane.example.gouv.fr"],
        contacts=[contact(None, None, "Bureau de la communication interministérielle",
                          ["+594594394510", "+594694221847"], ["pref-communication@guyane.example.gouv.fr"]),
                  contact(None, None, "Cellule communication de la gendarmerie", [], [])],
        notes="Prefecture site chrome: the motto over three lines, the prefect's block, the services line, one-line "
              "menu, breadcrumb, publication line; share line, footer with box, postcode 97307 and the switchboard "
              "number (chrome, not a phone of the article), legal line: boilerplate. The € was lost in the second "
              "paragraph ('4,3 millions , dont' with a space before the comma, '1,8 million  par site' with a double "
              "space): it comes back and the stray space goes (h392-h407). 'entre le 3 et le 28 novembre' (no year in "
              "its sentence): 'le 3' (--11-03) and 'le 28 novembre' (h104-h119); the title's 'en novembre' is a month "
              "alone (not a figure). 'Depuis le 1er janvier 2025': the date with 'le'; 'contre 356': a count without "
              "noun; 'l’année 2024' gives '2024'. 'Chaque gramme' is not a figure. The Forces armées en Guyane and the "
              "Gendarmerie nationale (acting, capitals) are organisations; 'opération Harpie' an operation (not an "
              "organisation); Guyane (French Guiana, overseas) iso null, standing alone in 'en Guyane' and inside the "
              "FAG's name. The prefect is a role. Contacts: two office lines without person, the first with a "
              "landline and a mobile written without code (French Guiana, +594 594 / +594 694), the second with only "
              "an obfuscated address ('(at)', kept in the clean text, not listed).",
    ),
))
