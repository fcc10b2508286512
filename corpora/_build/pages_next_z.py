"""h472-h487: the blind set written in session 29 (corpora/next), never run through pressclean.

The writer read only corpora/README.md (its gold format, conventions, every "Added with ..." paragraph, the site table,
the coverage paragraphs and the defect tags), corpora/_build/build.py, corpora/check_gold.py, two page sources as
examples of the API (pages_dev_ai.py, pages_dev_aj.py), the shared survey of real pages (/work/shared/real-pages.md)
and its seed page (/work/shared/seeds/iom-fr-release.txt); not src/, tests/, benchmarks/, notebooks/, docs/, the
project README, the Makefile, the other notes_*.md files, the other page sources or any page of dev/ and heldout/;
pressclean was never run on these pages. h472-h476 come from one made-up press room, the Office de la sécurité des
mines et carrières (OSMC) in Lubumbashi, DR Congo, a mine-safety office for the artisanal copper and cobalt sites of
Haut-Katanga and Lualaba, sharing its header (a cookie banner on h472 only, skip line, an optional banner on h472
and h474, a French/Kiswahili/English line, site name and a slogan that h475's speech quotes word for word on a line
of its own, a menu with doubled `Inspections` and `Salle de presse` that gains `Appels d’offres` on h475, search
line, breadcrumb whose rubric changes, a type/date line or `Mis à jour le` on h476) and its bottom (share line,
printed at the top of h476 too; a safety counter whose values change, absent on h474 and h476; a related block
whose title changes and whose cards repeat the other pages' titles, one of them in an older wording; the alert
short number; a WhatsApp line absent on h473; footer with avenue number, BP box and switchboard; copyright line):
a release, a press invitation with a pipe-table accreditation block, a notice to cooperatives, the director
general's speech and a photo story. h477-h487 come from eleven other sites, one page each: the Institut français de
Géorgie in Tbilisi (h477, no defect and no boilerplate), a French-language daily for the Gulf in Dubai (h478,
listing, one brief read through the Arabic code page cp1256), the French embassy in Sri Lanka and the Maldives
(h479, bilingual French/English), the Université de Moncton's press invitation scraped as an iCalendar file (h480),
the ILO's French site in Geneva seen through a text browser's dump with an English release (h481), the territorial
authority of Martinique (h482), the French embassy in Papua New Guinea's newsletter in a webmail view (h483), a
Zanzibar marine-research station in the seed's shape (h484), a UNHCR situation update on Libya in a
document-sharing viewer (h485), the French consulate general in Guangzhou's article on a Chinese messaging
platform with full-width punctuation typed by a Chinese input method (h486) and UNICEF's office in São Tomé and
Príncipe under Portuguese chrome (h487). Real bodies (Banque mondiale, OIT/ILO, Institut français de Géorgie, the
French embassies and consulate, Université de Moncton, Collectivité territoriale de Martinique, HCR, UNICEF, AFD,
IRD and others) carry invented news; every other body, every person, host, mailbox and number is made up.
"""
import random

from build import B, L, P, X, Page, contact, dl, fig, org, phone, place, side

SET = "next"

PAGES = []


def moji(clean: str, codec: str = "cp1252") -> str:
    """Markup for a word or phrase shown as mojibake in the raw text."""
    return f"[[{clean.encode('utf-8').decode(codec)}||{clean}]]"


def trip(clean: str, table: dict) -> str:
    """Markup for a whole stretch whose characters were replaced one by one (table: char -> raw)."""
    raw = "".join(table.get(c, c) for c in clean)
    return f"[[{raw}||{clean}]]" if raw != clean else clean


FFFD = {"’": "\ufffd", "œ": "\ufffd", "–": "\ufffd"}


# =========================================================================== OSMC, Office de la sécurité des mines et carrières (Lubumbashi)
OS_SITE = "www.osmc-mines.example.cd"
OS_COOKIE = "Ce site utilise des cookies de mesure d’audience. Accepter | Refuser | Paramétrer"
OS_SHARE = "Partager : Facebook · X · WhatsApp · LinkedIn · Imprimer"
OS_SLOGAN = "Chaque mineur doit rentrer chez lui"


def os_top(rubric, typeline, banner=None, cookie=False, tenders=False, share=False):
    lines = [OS_COOKIE] if cookie else []
    lines.append("Aller au contenu | Accessibilité | Plan du site")
    if banner:
        lines.append(banner)
    lines += ["Français | Kiswahili | English",
              "OSMC – Office de la sécurité des mines et carrières",
              OS_SLOGAN,
              "☰ Menu",
              "Accueil",
              "L’Office",
              "Inspections",
              "Inspections",
              "Sites artisanaux",
              "Réglementation"]
    if tenders:
        lines.append("Appels d’offres")
    lines += ["Salle de presse",
              "Salle de presse",
              "Contact",
              "Rechercher un site, une décision…",
              f"Accueil › Salle de presse › {rubric}",
              typeline]
    if share:
        lines.append(OS_SHARE)
    return "\n".join(lines)


def os_counter(stamp, days, insp, susp):
    return (f"Compteur sécurité (au {stamp}) : {days} jours sans accident mortel sur les sites contrôlés · "
            f"{insp} inspections depuis le 1er du mois · {susp} sites suspendus")


def os_bottom(counter, related, head="Dans la salle de presse", whatsapp=True):
    lines = [OS_SHARE]
    if counter:
        lines.append(counter)
    lines.append(head)
    lines += [f"• {h} — {d}" for h, d in related]
    lines.append("Un danger sur un site ? Ligne d’alerte mines : 1414 (gratuit, 24 h/24)")
    if whatsapp:
        lines.append("Recevez nos alertes pluie sur WhatsApp : écrivez ALERTE au +243 81 800 14 14")
    lines += ["OSMC – 412, avenue Kasaï, BP 2217 Lubumbashi – République démocratique du Congo – Standard : +243 99 "
              "710 40 00",
              "© 2025 OSMC – Mentions légales – Données personnelles – Accessibilité"]
    return "\n".join(lines)


def os_meta(defects, counter=True, whatsapp=True):
    base = ["menu", "duplicate-lines", "breadcrumb", "share-lines", "postcode-trap"]
    if counter:
        base.append("ticker")
    if whatsapp:
        base.append("newsletter-chrome")
    return {"site": OS_SITE, "style": "mine-safety-office-pressroom", "defects": base + defects}


OS_NOTE = ("Site furniture shared by h472-h476 (a cookie banner on h472 only; skip line; an optional banner (rain alert "
           "on h472, closure of the Kolwezi branch on h474); French/Kiswahili/English line; site name 'OSMC – Office de "
           "la sécurité des mines et carrières' and the slogan line 'Chaque mineur doit rentrer chez lui'; '☰ Menu' "
           "and a vertical menu with doubled 'Inspections' and 'Salle de presse' that gains 'Appels d’offres' on h475; "
           "search line; breadcrumb 'Accueil › Salle de presse › rubric' (Communiqués, Invitations presse, Avis aux "
           "exploitants, Discours, Reportages photo); a 'type · dd/mm/yyyy' line or 'Mis à jour le ...' (h476); at "
           "the bottom a share line (also under the type line on h476), a 'Compteur sécurité (au dd/mm/yyyy) : n "
           "jours sans accident mortel ... · n inspections ... · n sites suspendus' counter whose values change "
           "(absent on h474 and h476; tag 'ticker', its numbers and date no figures), a related block 'Dans la salle "
           "de presse' ('Voir aussi' on h474 and h476) with '• headline — date' cards that repeat the other pages' "
           "titles word for word (h475 shows h472's card in an older wording, 'Katanga : 38 sites ...'), the alert "
           "line with the short number 1414 (no phone, no figure), a WhatsApp alert line with a full mobile number "
           "(absent on h473; tag 'newsletter-chrome'; chrome, not a phone), footer with avenue number, BP 2217 and "
           "the switchboard, copyright line): all boilerplate; the long form in the site name does not count as the "
           "article spelling it out (h104-h119 per-page rule). The OSMC, its people and numbers are made up (a "
           "mine-safety office of a real kind). DR Congo numbers: mobiles '+243 8x/9x ...', nine digits after the "
           "code; a local '0997 ...' drops its trunk 0.")

OS_REL = {
    "h472": ("Haut-Katanga et Lualaba : 38 sites artisanaux suspendus après les inspections de novembre",
             "01/12/2025"),
    "h472old": ("Katanga : 38 sites artisanaux suspendus après les inspections de novembre", "01/12/2025"),
    "h473": ("Invitation presse : visite du site pilote de Kawama et présentation du rapport annuel de l’OSMC",
             "02/12/2025"),
    "h474": ("AVIS AUX COOPÉRATIVES MINIÈRES : ARRÊT DES TRAVAUX SOUTERRAINS DÈS 40 MILLIMÈTRES DE PLUIE",
             "03/12/2025"),
    "h475": ("Journée de la sécurité minière : discours du directeur général de l’OSMC", "04/12/2025"),
    "old1": ("Kolwezi : 212 creuseurs formés aux premiers secours en octobre", "24/11/2025"),
    "old2": ("Arrêté provincial sur le travail des enfants dans les mines : ce qui change", "18/11/2025"),
    "old3": ("Éboulement de Kambove : l’OSMC publie son rapport d’enquête", "10/11/2025"),
}

# --------------------------------------------------------------------------- h472 release: cookie banner, rain banner, glued subheadings, a cp1250 quote, a space before a comma, a dotted dateline with 'le'
PAGES.append(Page(
    name="h472-osmc-sites-artisanaux-suspendus-novembre",
    meta=os_meta(["cookie-banner", "heading-glued", "mojibake-cp1250", "space-before-comma"]),
    blocks=[
        B(os_top("Communiqués", "Communiqué · 01/12/2025", cookie=True,
                 banner="ALERTE PLUIES – Risque d’éboulement élevé sur les sites artisanaux du Lualaba jusqu’au "
                        "dimanche 7 décembre. Suspendez tout travail souterrain.")),
        P("Haut-Katanga et Lualaba : 38 sites artisanaux suspendus après les inspections de novembre"),
        P("Lubumbashi, le 01.12.2025 – L’Office de la sécurité des mines et carrières (OSMC) a suspendu 38 sites "
          "d’exploitation artisanale de cuivre et de cobalt dans les provinces du Haut-Katanga et du Lualaba à "
          "l’issue de sa campagne d’inspection de novembre, au cours de laquelle 412 sites ont été contrôlés par 56 "
          "inspecteurs."),
        P("Des puits de plus de 30 mètres sans boisage"),
        P("Sur les sites suspendus, les inspecteurs ont relevé des puits creusés à plus de 30 mètres de profondeur "
          "sans boisage ni ventilation, ainsi que la présence de 214 enfants de moins de 15 ans. Près d’un site "
          "contrôlé sur dix ne disposait d’aucune trousse de premiers secours.", glue=True),
        P("« La saison des pluies multiplie par trois le risque d’éboulement. Nous ne rouvrirons aucun site tant que "
          "les galeries ne seront pas sécurisées », a déclaré le directeur général de l’OSMC, Patrice Mwamba "
          "Kalenga.", moji="cp1250"),
        P("Amendes et accompagnement"),
        P("Les coopératives concernées disposent de 45 jours pour se mettre en conformité[[ ,||,]] faute de quoi "
          "elles s’exposent à une amende de 2 500 à 10 000 dollars américains. L’Office proposera d’ici à mars 2026 "
          "une formation gratuite aux chefs de chantier, financée à hauteur de 1,8 million de dollars par la Banque "
          "mondiale.", glue=True),
        L("Contact presse : Aline Kasongo Ilunga, chargée de communication – +243 (0)81 234 56 78 – "
          "presse@osmc-mines.example.cd"),
        B(os_bottom(os_counter("01/12/2025", 23, 412, 38), [OS_REL["old1"], OS_REL["old2"], OS_REL["old3"]])),
    ],
    gold=dict(
        title="Haut-Katanga et Lualaba : 38 sites artisanaux suspendus après les inspections de novembre",
        dateline=dl("Lubumbashi", "2025-12-01"),
        organisations=[org("Office de la sécurité des mines et carrières", "OSMC"), org("Banque mondiale")],
        places=[place("Haut-Katanga"), place("Lualaba"), place("Lubumbashi")],
        figures=[
            fig("38 sites", 38, "sites"),
            fig("le 01.12.2025", "2025-12-01", None, "date"),
            fig("412 sites", 412, "sites"),
            fig("56 inspecteurs", 56, "inspecteurs"),
            fig("plus de 30 mètres", 30, "mètres", "other", qualifier="plus de"),
            fig("214 enfants", 214, "enfants"),
            fig("moins de 15 ans", 15, "ans", "age", qualifier="moins de"),
            fig("Près d’un site contrôlé sur dix", 0.1, None, "other", qualifier="Près d’"),
            fig("trois", 3, None, "other"),
            fig("45 jours", 45, "jours", "duration"),
            fig("2 500", 2500, None, "money", currency="USD"),
            fig("10 000 dollars américains", 10000, "dollars américains", "money", currency="USD"),
            fig("mars 2026", 2026, None, "year"),
            fig("1,8 million de dollars", 1800000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+243812345678")],
        emails=["presse@osmc-mines.example.cd"],
        contacts=[contact("Aline Kasongo Ilunga", "chargée de communication", None, ["+243812345678"],
                          ["presse@osmc-mines.example.cd"])],
        notes=OS_NOTE + " The cookie banner opens this page only (the first page of the visit); the rain banner "
              "(with its 'dimanche 7 décembre') is chrome. Both subheadings are glued to the paragraph after them "
              "('boisageSur', 'accompagnementLes'): split. The quote is UTF-8 read as cp1250 ('Â«', 'dâ€™Ă©boulement'): "
              "decoded. A space before a comma ('conformité , faute'): removed. Dateline 'Lubumbashi, le 01.12.2025 "
              "–': a dotted zero-padded date with 'le' (figure 'le 01.12.2025', h232-h247 and h326). The heading's "
              "'plus de 30 mètres' and the body's are one text. 'Près d’un site contrôlé sur dix' one proportion "
              "(0.1; h312-h327, the noun carrying a participle). 'multiplie par trois' a ratio, text 'trois' (h296-h311 "
              "'multiplié par quatre'). 'de 2 500 à 10 000 dollars américains': first bound money USD, unit null. "
              "'d’ici à mars 2026' gives 'mars 2026'. 'novembre' alone (title, body) is no figure. The provinces are "
              "places (iso null); the country stands only in the chrome. Contact: one line, organisation null (the "
              "line names none; README 'as written in the contact block').",
    ),
))

# --------------------------------------------------------------------------- h473 press invitation: title printed twice over an empty CMS event block, œ dropped, a programme, a pipe-table accreditation block (one hidden e-mail), no WhatsApp line
H473_TITLE = "Invitation presse : visite du site pilote de Kawama et présentation du rapport annuel de l’OSMC"
PAGES.append(Page(
    name="h473-osmc-invitation-visite-kawama-rapport-annuel",
    meta=os_meta(["duplicate-title", "lost-oe", "table-cells", "hidden-email"], whatsapp=False),
    blocks=[
        B(os_top("Invitations presse", "Invitation presse · 02/12/2025")),
        P(H473_TITLE),
        B(H473_TITLE + """
Date : jeudi 11 décembre 2025 – 08:30
Lieu : Kawama, territoire de Kipushi
Intervenant(s) :
Documents joints :
Ajouter à mon agenda"""),
        P("Le directeur général de l’Office de la sécurité des mines et carrières (OSMC) a l’honneur d’inviter les "
          "représentants des médias à la présentation du rapport annuel 2025 de l’Office, suivie d’une visite du "
          "site pilote de Kawama, le jeudi 11 décembre 2025 à 8 h 30.", oe="drop"),
        P("Situé à 32 kilomètres de Lubumbashi, le site de Kawama compte 430 creuseurs organisés en deux "
          "coopératives. Depuis juin, l’OSMC y met en œuvre un dispositif de boisage, de ventilation et de "
          "surveillance des pluies qui doit être étendu à 60 sites en 2026.", oe="drop"),
        P("Programme"),
        L("""7 h : départ en bus depuis le siège de l’OSMC, avenue Kasaï
8 h 30 : présentation du rapport annuel par le directeur général
10 h : descente encadrée dans un puits boisé (équipement fourni)
12 h : point de presse avec les présidents des deux coopératives"""),
        P("Le nombre de places dans le bus est limité à 25 journalistes. Les équipes de télévision sont priées de "
          "prévoir des chaussures fermées ; les casques et les lampes seront fournis sur place."),
        L("""Accréditations avant le mardi 9 décembre à 16 h :
Nom[[ | || ]]Fonction[[ | || ]]Téléphone[[ | || ]]Courriel
Aline Kasongo Ilunga[[ | || ]]Chargée de communication[[ | || ]]+243 81 234 56 78[[ | || ]]presse@osmc-mines.example.cd
Joël Banza Mukendi[[ | || ]]Attaché de presse[[ | || ]]0997 10 45 12[[ | || ]][email protected]"""),
        B(os_bottom(os_counter("02/12/2025", 24, 436, 38), [OS_REL["h472"], OS_REL["old1"], OS_REL["old2"]],
                    whatsapp=False)),
    ],
    gold=dict(
        title=H473_TITLE,
        dateline=None,
        organisations=[org("Office de la sécurité des mines et carrières", "OSMC")],
        places=[place("Kawama"), place("Lubumbashi")],
        figures=[
            fig("le jeudi 11 décembre 2025 à 8 h 30", "2025-12-11", None, "date"),
            fig("32 kilomètres", 32, "kilomètres", "other"),
            fig("430 creuseurs", 430, "creuseurs"),
            fig("deux coopératives", 2, "coopératives"),
            fig("60 sites", 60, "sites"),
            fig("en 2026", 2026, None, "year"),
            fig("25 journalistes", 25, "journalistes"),
            fig("le mardi 9 décembre à 16 h", "--12-09", None, "date"),
        ],
        phones=[phone("+243812345678"), phone("+243997104512")],
        emails=["presse@osmc-mines.example.cd"],
        hidden_emails=1,
        contacts=[contact("Aline Kasongo Ilunga", "Chargée de communication", None, ["+243812345678"],
                          ["presse@osmc-mines.example.cd"]),
                  contact("Joël Banza Mukendi", "Attaché de presse", None, ["+243997104512"], [])],
        notes=OS_NOTE + " No banner, no WhatsApp line on this page. The title is printed twice, the second copy "
              "heading an empty CMS event block ('Date : ...', 'Lieu : ...', empty 'Intervenant(s) :' and 'Documents "
              "joints :', 'Ajouter à mon agenda'): boilerplate with its date (no figure; h360-h375). Every œ of the "
              "first two paragraphs is dropped ('met en uvre'): restored. The accreditation block is a table "
              "delivered as pipe-separated rows (new layout): each row is one clean line with its cells joined by a "
              "single space, the header row too (h136-h151 table-cells rule, applied to '|' cells); each person row "
              "is one contact, role from its cell, organisation null (the block names none); the second row's "
              "address is hidden ('[email protected]', counted) and its local '0997 10 45 12' drops the trunk 0 "
              "(+243997104512). 'rapport annuel 2025' (a report's name) is no figure (h216-h231); 'Depuis juin' no "
              "figure (a month alone); 'deux coopératives' once (body and programme); the programme's clock times "
              "no figures; 'limité à 25 journalistes' a count. An invitation: no dateline. 'territoire de Kipushi' "
              "stands only in the event block (chrome): not a place here.",
    ),
))

# --------------------------------------------------------------------------- h474 notice: closure banner, unaccented capital title, every ’ and the … as '?', list of sites, office line with a shorthand second number, no counter, 'Voir aussi'
Q474 = {"’": "?", "…": "?"}
PAGES.append(Page(
    name="h474-osmc-avis-arret-travaux-souterrains-pluie",
    meta=os_meta(["unaccented-capitals", "lost-apostrophe", "lost-ellipsis"], counter=False),
    blocks=[
        B(os_top("Avis aux exploitants", "Avis · 03/12/2025",
                 banner="Fermeture exceptionnelle de l’antenne de Kolwezi le vendredi 5 décembre (inventaire)."
                        " Merci de votre compréhension.")),
        P("[[AVIS AUX COOPERATIVES MINIERES : ARRET DES TRAVAUX SOUTERRAINS DES 40 MILLIMETRES DE PLUIE||AVIS AUX "
          "COOPÉRATIVES MINIÈRES : ARRÊT DES TRAVAUX SOUTERRAINS DÈS 40 MILLIMÈTRES DE PLUIE]]"),
        P(trip("L’Office de la sécurité des mines et carrières informe les coopératives minières artisanales que tout "
               "travail souterrain est interdit dès que le pluviomètre du site enregistre plus de 40 millimètres de "
               "pluie en 24 heures, et pendant les 48 heures qui suivent.", Q474)),
        P(trip("Cette mesure s’applique à compter du lundi 8 décembre 2025 et jusqu’au 31 mars 2026 sur les sites "
               "suivants :", Q474)),
        L("""Kasulo (Kolwezi) : 1 200 creuseurs
Mutoshi : 850 creuseurs
Kawama (Kipushi) : 430 creuseurs"""),
        P(trip("Les chefs de chantier tiendront un registre quotidien des relevés… Les contrevenants s’exposent à la "
               "fermeture immédiate du site et à une amende de 5 000 000 de francs congolais.", Q474)),
        P(trip("Pour toute question, les exploitants peuvent joindre l’antenne de Kolwezi :", Q474)),
        L("Antenne OSMC de Kolwezi – Tél. : +243 99 710 45 13/14 – kolwezi@osmc-mines.example.cd"),
        B(os_bottom(None, [OS_REL["h473"], OS_REL["h472"], OS_REL["old1"]], head="Voir aussi")),
    ],
    gold=dict(
        title="AVIS AUX COOPÉRATIVES MINIÈRES : ARRÊT DES TRAVAUX SOUTERRAINS DÈS 40 MILLIMÈTRES DE PLUIE",
        dateline=None,
        organisations=[org("Office de la sécurité des mines et carrières", "OSMC")],
        places=[place("Kasulo"), place("Kolwezi"), place("Mutoshi"), place("Kawama"), place("Kipushi")],
        figures=[
            fig("40 MILLIMÈTRES", 40, "MILLIMÈTRES", "other"),
            fig("plus de 40 millimètres", 40, "millimètres", "other", qualifier="plus de"),
            fig("24 heures", 24, "heures", "duration"),
            fig("48 heures", 48, "heures", "duration"),
            fig("lundi 8 décembre 2025", "2025-12-08", None, "date"),
            fig("31 mars 2026", "2026-03-31", None, "date"),
            fig("1 200 creuseurs", 1200, "creuseurs"),
            fig("850 creuseurs", 850, "creuseurs"),
            fig("430 creuseurs", 430, "creuseurs"),
            fig("5 000 000 de francs congolais", 5000000, "francs congolais", "money", currency="CDF"),
        ],
        phones=[phone("+243997104513"), phone("+243997104514")],
        emails=["kolwezi@osmc-mines.example.cd"],
        contacts=[contact(None, None, "Antenne OSMC de Kolwezi", ["+243997104513", "+243997104514"],
                          ["kolwezi@osmc-mines.example.cd"])],
        notes=OS_NOTE + " The closure banner (with its 'vendredi 5 décembre') is chrome; no counter on this page; the "
              "related block is titled 'Voir aussi'. The title is in capitals without accents ('COOPERATIVES "
              "MINIERES', 'ARRET', 'DES 40 MILLIMETRES'): accents back ('DÈS'). In the body every ’ and the one "
              "ellipsis became '?' ('L?Office', 'jusqu?au', 'des relevés? Les contrevenants'): the ’ come back and "
              "the '?' after 'relevés' is the lost '…' (the sentence is not a question; new tag lost-ellipsis); the "
              "list and the office line kept theirs. A notice: no dateline. 'DÈS 40 MILLIMÈTRES' (title, no "
              "qualifier) and 'plus de 40 millimètres' two texts; 'en 24 heures' gives '24 heures'; 'à compter du "
              "lundi 8 décembre 2025' the date without 'à compter du' (h168-h183), 'jusqu’au 31 mars 2026' without "
              "'jusqu’au'; the list rows' counts keep their noun; '5 000 000 de francs congolais' CDF. Office line: "
              "'+243 99 710 45 13/14' gives two numbers (README shorthand rule); one contact with person null, "
              "organisation the office label as written (README 'OIM Rome'). The OSMC is written out in the body and "
              "its acronym stands in the office label: both listed (h392-h407 h393).",
    ),
))

# --------------------------------------------------------------------------- h475 speech: tenders menu item, own-line dateline, salutations, ’, – and œ as U+FFFD, the slogan quoted on its own line, signature, 'Seul le prononcé fait foi.'
PAGES.append(Page(
    name="h475-osmc-discours-journee-securite-miniere",
    meta=os_meta(["lost-apostrophe", "lost-dash", "oe-replacement-char"]),
    blocks=[
        B(os_top("Discours", "Discours · 04/12/2025", tenders=True)),
        P("Journée de la sécurité minière : discours du directeur général de l’OSMC"),
        P("Lubumbashi, le 4 décembre 2025"),
        L("""Monsieur le Gouverneur de la province du Haut-Katanga,
Mesdames et Messieurs les représentants des coopératives minières,
Chers inspecteurs,"""),
        P(trip("Il y a cinq ans, notre Office comptait 19 inspecteurs pour plus de 2 000 sites artisanaux. Ils sont "
               "aujourd’hui 56, et 1 240 chefs de chantier ont été formés aux règles de boisage et d’aération.",
               FFFD)),
        P(trip("Mais le bilan reste lourd : 27 creuseurs ont perdu la vie dans des éboulements en 2025 – contre 41 en "
               "2024. Chaque décès est un échec collectif, et c’est au cœur des galeries que se joue notre mission.",
               FFFD)),
        P(trip("Avec le soutien de la Banque mondiale et de l’Organisation internationale du Travail (OIT), nous "
               "mettrons en œuvre dès janvier un programme de 3,2 millions de dollars pour équiper 300 puits de "
               "détecteurs de gaz et de cadres métalliques.", FFFD)),
        P("Notre devise le dit simplement :"),
        P(OS_SLOGAN),
        L("Je vous remercie.\nPatrice Mwamba Kalenga\n" + trip("Directeur général de l’OSMC", FFFD)
          + "\nSeul le prononcé fait foi."),
        B(os_bottom(os_counter("04/12/2025", 26, 487, 35), [OS_REL["h474"], OS_REL["h473"], OS_REL["h472old"]])),
    ],
    gold=dict(
        title="Journée de la sécurité minière : discours du directeur général de l’OSMC",
        dateline=dl("Lubumbashi", "2025-12-04"),
        organisations=[org(None, "OSMC"), org("Banque mondiale"),
                       org("Organisation internationale du Travail", "OIT")],
        places=[place("Lubumbashi"), place("Haut-Katanga")],
        figures=[
            fig("le 4 décembre 2025", "2025-12-04", None, "date"),
            fig("Il y a cinq ans", 5, "ans", "duration"),
            fig("19 inspecteurs", 19, "inspecteurs"),
            fig("plus de 2 000 sites", 2000, "sites", qualifier="plus de"),
            fig("56", 56, None),
            fig("1 240 chefs", 1240, "chefs"),
            fig("27 creuseurs", 27, "creuseurs"),
            fig("en 2025", 2025, None, "year"),
            fig("41", 41, None),
            fig("en 2024", 2024, None, "year"),
            fig("3,2 millions de dollars", 3200000, "dollars", "money", currency="USD"),
            fig("300 puits", 300, "puits"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OS_NOTE + " The menu shows 'Appels d’offres' on this page. The related block shows h472's card in an "
              "older wording ('Katanga : 38 sites ...', the CMS's cached title): boilerplate like any card. A speech: "
              "the dateline stands on its own line under the title; salutations, signature and 'Seul le prononcé fait "
              "foi.' are article text (h140). The body went through Latin-1 with replacement: every ’, – and œ is "
              "U+FFFD ('aujourd�hui', '2025 � contre', 'au c�ur', 'mettrons en �uvre'), each restored (h232-h247). "
              "The speech quotes the site's slogan word for word on a line of its own ('Chaque mineur doit rentrer "
              "chez lui'): article text here although the same line is chrome under the site name on every page (a "
              "site-aware method must not drop it; h392-h407 rule for a furniture line printed in a body). 'Il y a "
              "cinq ans' a duration with 'Il y a' (h372); 'Ils sont aujourd’hui 56' and 'contre 41' counts without "
              "noun; 'dès janvier' no figure (a month alone). The OSMC by acronym only ('notre Office' generic, the "
              "long form only in the chrome). 'province du Haut-Katanga' in the first salutation gives the place "
              "'Haut-Katanga' (the salutation names the province; decided here). The signature is not a contact.",
    ),
))

# --------------------------------------------------------------------------- h476 photo story: 'Mis à jour le', share line at the top too, a caption printed twice, an English caption, a quote typed without accents, no counter
H476_C1 = ("Photo 1 – Au fond d’un puits de 22 mètres, Mireille Kabange contrôle un cadre de soutènement. © OSMC / "
           "J. Banza")
PAGES.append(Page(
    name="h476-osmc-reportage-photo-boiseurs-kawama",
    meta=os_meta(["duplicate-caption", "english-caption", "stripped-accents"], counter=False),
    blocks=[
        B(os_top("Reportages photo", "Mis à jour le 05/12/2025 à 15:42", share=True)),
        P("Reportage photo : à Kawama, les boiseurs qui sécurisent les galeries"),
        P("Kawama, le 5 décembre 2025 – Depuis septembre, 48 boiseurs formés par l’OSMC parcourent les puits "
          "artisanaux du territoire de Kipushi pour renforcer les galeries avec des cadres en eucalyptus. En trois "
          "mois, ils ont consolidé 126 puits."),
        P(H476_C1),
        B(H476_C1),
        P("Photo 2 – Un boiseur découpe des rondins d’eucalyptus à l’atelier de la coopérative. © OSMC / J. Banza"),
        P("Photo 3 – Timber framers lower a frame into a 15-metre shaft at Kawama, 2 December 2025. © OSMC / J. Banza"),
        P("« Avant, on creusait sans rien mettre. Maintenant chaque galerie est boisée tous les deux mètres et "
          "personne ne descend sans casque », raconte Jean-Marie Ngoy, chef de chantier à Kawama.", strip=True),
        P("Chaque cadre coûte environ 35 000 francs congolais, pris en charge à moitié par les coopératives."),
        B(os_bottom(None, [OS_REL["h475"], OS_REL["h474"], OS_REL["h473"]], head="Voir aussi")),
    ],
    gold=dict(
        title="Reportage photo : à Kawama, les boiseurs qui sécurisent les galeries",
        dateline=dl("Kawama", "2025-12-05"),
        organisations=[org(None, "OSMC")],
        places=[place("Kawama"), place("Kipushi")],
        figures=[
            fig("le 5 décembre 2025", "2025-12-05", None, "date"),
            fig("48 boiseurs", 48, "boiseurs"),
            fig("trois mois", 3, "mois", "duration"),
            fig("126 puits", 126, "puits"),
            fig("22 mètres", 22, "mètres", "other"),
            fig("15-metre", 15, "metre", "other"),
            fig("2 December 2025", "2025-12-02", None, "date"),
            fig("deux mètres", 2, "mètres", "other"),
            fig("environ 35 000 francs congolais", 35000, "francs congolais", "money", qualifier="environ",
                currency="CDF"),
            fig("moitié", 0.5, None, "other"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes=OS_NOTE + " On this page the type line is 'Mis à jour le 05/12/2025 à 15:42', the share line stands "
              "under it as well as at the bottom, there is no counter and the related block is 'Voir aussi'. The "
              "first caption is printed twice (second copy boilerplate); the third caption is in English (article "
              "text, english-caption). The quote was typed without accents ('boisee', 'metres', 'a Kawama'): accents "
              "back. The dateline is a site, not a town ('Kawama, le 5 décembre 2025 –'): place as written. 'Photo 1' "
              "... 'Photo 3' and the credit lines' names are no figures; 'Depuis septembre' no figure; 'En trois mois' "
              "gives 'trois mois'; 'tous les deux mètres' a measure 'deux mètres' (a spacing, as 'tous les deux "
              "jours' is a duration); 'pris en charge à moitié' the fraction 'moitié'; '15-metre' a compound "
              "adjective (h104-h119). The OSMC by acronym only. 'territoire de Kipushi' gives 'Kipushi'.",
    ),
))


# =========================================================================== eleven other sites
# --------------------------------------------------------------------------- h477 Institut français de Géorgie (Tbilisi): no defect and no boilerplate
PAGES.append(Page(
    name="h477-ifg-antenne-koutaissi",
    meta={"site": "www.institutfrancais-georgie.example.ge", "style": "francophone-institute-caucasus-clean",
          "defects": []},
    blocks=[
        P("L’Institut français de Géorgie ouvre à Koutaïssi sa première antenne hors de Tbilissi"),
        P("Tbilissi, le 2 décembre 2025 – L’Institut français de Géorgie (IFG) ouvrira le 15 janvier 2026 une antenne "
          "à Koutaïssi, troisième ville du pays, à 230 kilomètres à l’ouest de la capitale. Elle proposera des cours "
          "de français à quelque 600 apprenants dès la première année et une médiathèque de 4 500 documents."),
        P("Le projet, d’un coût de 310 000 euros, est financé par le ministère de l’Europe et des Affaires étrangères "
          "et par l’Université d’État Akaki Tsereteli, qui met à disposition 420 mètres carrés dans son bâtiment "
          "principal. Les frais d’inscription ont été fixés à 180 laris par trimestre, soit environ 60 euros."),
        P("« Près de 40 % de nos candidats aux examens DELF et DALF viennent déjà de l’ouest du pays. Ils faisaient "
          "jusqu’ici quatre heures de route pour passer leurs épreuves à Tbilissi », explique la directrice de "
          "l’Institut, Claire Vasseur-Abashidze."),
        P("La Géorgie compte environ 11 000 apprenants de français, dont les deux tiers dans l’enseignement "
          "secondaire. L’antenne accueillera aussi, du 12 au 14 mars 2026, la 8e édition du Festival du film "
          "francophone de Koutaïssi."),
        L("""Contact presse
Nino Beridze
Chargée de communication, Institut français de Géorgie
+995 32 2 43 08 17 (bureau) | +995 599 41 27 63 (portable)
communication@ifg.example.ge"""),
    ],
    gold=dict(
        title="L’Institut français de Géorgie ouvre à Koutaïssi sa première antenne hors de Tbilissi",
        dateline=dl("Tbilissi", "2025-12-02"),
        organisations=[org("Institut français de Géorgie", "IFG"),
                       org("ministère de l’Europe et des Affaires étrangères"),
                       org("Université d’État Akaki Tsereteli")],
        places=[place("Koutaïssi"), place("Tbilissi"), place("Géorgie", "GE")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le 15 janvier 2026", "2026-01-15", None, "date"),
            fig("230 kilomètres", 230, "kilomètres", "other"),
            fig("quelque 600 apprenants", 600, "apprenants", qualifier="quelque"),
            fig("4 500 documents", 4500, "documents"),
            fig("310 000 euros", 310000, "euros", "money", currency="EUR"),
            fig("420 mètres carrés", 420, "mètres carrés", "other"),
            fig("180 laris", 180, "laris", "money", currency="GEL"),
            fig("environ 60 euros", 60, "euros", "money", qualifier="environ", currency="EUR"),
            fig("Près de 40 %", 40, "%", "percent", qualifier="Près de"),
            fig("quatre heures", 4, "heures", "duration"),
            fig("environ 11 000 apprenants", 11000, "apprenants", qualifier="environ"),
            fig("deux tiers", 0.6667, None, "other"),
            fig("12", "2026-03-12", None, "date"),
            fig("14 mars 2026", "2026-03-14", None, "date"),
            fig("8e", 8, None, "ordinal"),
        ],
        phones=[phone("+995322430817"), phone("+995599412763")],
        emails=["communication@ifg.example.ge"],
        contacts=[contact("Nino Beridze", "Chargée de communication", "Institut français de Géorgie",
                          ["+995322430817", "+995599412763"], ["communication@ifg.example.ge"])],
        notes="The Institut français de Géorgie (real body, invented news, people and numbers): no defect and no "
              "boilerplate. Georgian lari (new currency: '180 laris', GEL, unit as written) and +995 (new code: a "
              "Tbilisi landline '32 2 ...' and a mobile '599 ...', each labelled in brackets after the number, the "
              "two joined by '|'). 'troisième ville', 'première antenne', 'première année' ordinal words (no "
              "figures); 'par trimestre' out; 'soit environ 60 euros' the converted amount; 'dont les deux tiers' a "
              "fraction without qualifier; 'du 12 au 14 mars 2026': '12' (2026-03-12) and '14 mars 2026'; 'la 8e "
              "édition' a bare ordinal (session 27). DELF and DALF are diplomas (no organisations); the Festival du "
              "film francophone de Koutaïssi an event. The ministry (a funder) and the university (lending rooms) "
              "are listed (h312-h327). 'Géorgie' a place (GE); 'la capitale' generic. Contact block: the role line "
              "gives role and organisation.",
    ),
))

# --------------------------------------------------------------------------- h478 Gulf French-language daily's briefs (Dubai): masthead with Hijri date, weather and prayer times, markets ticker, listing label, four briefs with time-first stamps, WAM/QNA datelines, one brief in cp1256, a space before each ’, a paywall line, read-more and comment lines (one glued)
CP1256 = "cp1256"
PAGES.append(Page(
    name="h478-courrier-du-golfe-essentiel-2-decembre",
    meta={"site": "www.courrier-du-golfe.example.ae", "style": "gulf-french-daily-briefs-listing", "listing": True,
          "defects": ["listing", "date-widget", "menu", "ticker", "read-more", "body-glued", "comments-widget",
                      "mojibake-cp1256", "space-before-apostrophe", "paywall"]},
    blocks=[
        B("""Mardi 2 décembre 2025 | 11 Joumada al-Akhira 1447 | Dubaï 27 °C | Prières : Fajr 05:31 · Dohr 12:17 · Asr 15:14 · Maghreb 17:35 · Icha 18:53
Le Courrier du Golfe – L’actualité des Émirats et du Golfe en français
Émirats | Golfe | Économie | Expatriés | Culture | Sport | العربية | English
Marchés ▸ DFM 5 842,16 (+0,41 %) ▸ ADX 9 317,02 (−0,12 %) ▸ Brent 63,80 $ ▸ 1 € = 4,27 AED ▸ 1 $ = 3,67 AED
L’essentiel du jour – mardi 2 décembre 2025"""),
        P("Métro de Dubaï : la ligne Bleue coûtera 20,5 milliards de dirhams"),
        P("16h20 · 02.12.2025"),
        P("Dubaï, 2 décembre (WAM) – La Régie des routes et des transports (RTA) de Dubaï a attribué mardi le contrat "
          "de la ligne Bleue du métro, longue de 30 kilomètres et dotée de 14 stations, pour 20,5 milliards de "
          "dirhams. Les premiers trains sont attendus en septembre 2029."),
        B("""Lire la suite ›
💬 12 commentaires"""),
        P("Le Louvre Abu Dhabi prête 12 œuvres au Louvre-Lens"),
        P("13h05 · 02.12.2025"),
        P("Abou Dhabi, 2 déc. (WAM) – Le Louvre Abu Dhabi prêtera 12 œuvres de sa collection au Louvre-Lens pour "
          "l’exposition « Routes de l’encens », du 4 février au 29 juin 2026. En échange, le musée du Pas-de-Calais "
          "enverra 9 pièces d’archéologie romaine à Abou Dhabi.", moji=CP1256),
        B("💬 4 commentaires"),
        X("Lire la suite ›Lycées français : les frais de scolarité augmentent de 4,5 % à la rentrée",
          "Lycées français : les frais de scolarité augmentent de 4,5 % à la rentrée"),
        P("10h40 · 02.12.2025"),
        P("Dubaï – Les frais de scolarité des trois lycées français de Dubaï augmenteront de 4,5 % à la rentrée de "
          "septembre 2026, passant en moyenne de 62 000 à 64 790 dirhams par an, a annoncé l’Agence pour "
          "l’enseignement français à l’étranger (AEFE). Près de 5 200 élèves sont concernés.", apos="space"),
        B("""Cet article est réservé à nos abonnés. Abonnez-vous dès 35 AED par mois.
Je m’abonne
💬 27 commentaires"""),
        P("Qatar : Doha accueillera le Forum francophone des affaires en mars 2026"),
        P("08h15 · 02.12.2025"),
        P("Doha, 1er décembre (QNA) – La Chambre de commerce et d’industrie du Qatar accueillera les 17 et 18 mars "
          "2026 le Forum francophone des affaires, qui attend 450 entreprises de 14 pays. Près d’un tiers des "
          "participants viendront d’Afrique de l’Ouest, selon les organisateurs."),
        B("""Lire la suite ›
💬 1 commentaire
Charger plus d’articles
Les plus lus
Expo City Dubaï : le pavillon français rouvre ses portes
Golden visa : ce qui change pour les enseignants en 2026
© 2025 Le Courrier du Golfe – Dubai Media City, Dubaï – Tous droits réservés"""),
    ],
    gold=dict(
        title="Métro de Dubaï : la ligne Bleue coûtera 20,5 milliards de dirhams",
        dateline=None,
        organisations=[org("Régie des routes et des transports", "RTA"), org(None, "WAM"),
                       org("Louvre Abu Dhabi"), org("Louvre-Lens"),
                       org("Agence pour l’enseignement français à l’étranger", "AEFE"), org(None, "QNA"),
                       org("Chambre de commerce et d’industrie du Qatar")],
        places=[place("Dubaï"), place("Abou Dhabi"), place("Pas-de-Calais"), place("Qatar", "QA"), place("Doha"),
                place("Afrique de l’Ouest")],
        figures=[
            fig("20,5 milliards de dirhams", 20500000000, "dirhams", "money", currency="AED"),
            fig("16h20 · 02.12.2025", "2025-12-02", None, "date"),
            fig("2 décembre", "--12-02", None, "date"),
            fig("30 kilomètres", 30, "kilomètres", "other"),
            fig("14 stations", 14, "stations"),
            fig("septembre 2029", 2029, None, "year"),
            fig("12 œuvres", 12, "œuvres"),
            fig("13h05 · 02.12.2025", "2025-12-02", None, "date"),
            fig("2 déc.", "--12-02", None, "date"),
            fig("4 février", "2026-02-04", None, "date"),
            fig("29 juin 2026", "2026-06-29", None, "date"),
            fig("9 pièces", 9, "pièces"),
            fig("4,5 %", 4.5, "%", "percent"),
            fig("10h40 · 02.12.2025", "2025-12-02", None, "date"),
            fig("trois lycées", 3, "lycées"),
            fig("septembre 2026", 2026, None, "year"),
            fig("62 000", 62000, None, "money", currency="AED"),
            fig("64 790 dirhams", 64790, "dirhams", "money", currency="AED"),
            fig("Près de 5 200 élèves", 5200, "élèves", qualifier="Près de"),
            fig("mars 2026", 2026, None, "year"),
            fig("08h15 · 02.12.2025", "2025-12-02", None, "date"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("17", "2026-03-17", None, "date"),
            fig("18 mars 2026", "2026-03-18", None, "date"),
            fig("450 entreprises", 450, "entreprises"),
            fig("14 pays", 14, "pays"),
            fig("Près d’un tiers", 0.3333, None, "other", qualifier="Près d’"),
        ],
        phones=[],
        emails=[],
        contacts=[],
        notes="A made-up French-language daily for the Gulf, in Dubai (United Arab Emirates): a listing of four "
              "unrelated briefs (first headline = title, dateline null). Boilerplate: the masthead line with the "
              "Gregorian and Hijri dates, the weather and the day's five prayer times (tag date-widget; new shape: the "
              "prayer times are clock times, no figures), the site name, the one-line menu with Arabic and English "
              "links, a markets ticker with index values and exchange rates (ticker; no figures), the listing's label "
              "'L’essentiel du jour – mardi 2 décembre 2025', the 'Lire la suite ›' lines, the '💬 n commentaires' "
              "counters (comments-widget), the paywall line and its button after the third brief (paywall: the "
              "visible part is the article, h376-h391), 'Charger plus d’articles', 'Les plus lus' with two headlines "
              "and the copyright line. Each brief's headline and stamp line are article text; the stamps put the "
              "clock time before the date ('16h20 · 02.12.2025', new shape): one date figure each, text as written. "
              "The second 'Lire la suite ›' is glued to the third headline: the raw line is article text, the "
              "read-more part removed. The second brief's body is UTF-8 read as the Arabic code page cp1256 (new: "
              "'prأھtera', 'إ“uvres', 'lâ€™exposition', 'آ« Routes'): decoded (new tag mojibake-cp1256). The third "
              "brief has a space before every ’ ('l ’Agence', 'l ’enseignement'): removed. Datelines 'Dubaï, 2 "
              "décembre (WAM) –', 'Abou Dhabi, 2 déc. (WAM) –' (two texts), 'Dubaï –' (no date), 'Doha, 1er "
              "décembre (QNA) –': the agencies by acronym only (never spelt out); a story's dateline still gives its "
              "date figure (README listing rule). 'dirhams' on an Emirati page are AED (not MAD); '20,5 milliards de "
              "dirhams' once (headline and body); 'de 62 000 à 64 790 dirhams par an': the first bound money AED with "
              "unit null, 'par an' out; 'du 4 février au 29 juin 2026': '4 février' with the second bound's year; "
              "'les 17 et 18 mars 2026': '17' and '18 mars 2026'; 'en mars 2026' (headline) gives 'mars 2026'; "
              "'septembre 2029', 'septembre 2026' month-years; 'la rentrée' no figure; '12 œuvres' once. "
              "Organisations: the RTA (long form 'Régie des routes et des transports', 'de Dubaï' outside the "
              "brackets), the two museums acting as lenders (as institutions), the AEFE, the Qatari chamber (Qatar a "
              "place too: it stands alone in the fourth headline), WAM and QNA. 'ligne Bleue', 'Routes de l’encens' "
              "and the Forum francophone des affaires are names (no places, no organisations). 'musée du "
              "Pas-de-Calais' gives 'Pas-de-Calais' (iso null); 'Afrique de l’Ouest' a place. No contact.",
    ),
))

# --------------------------------------------------------------------------- h479 French embassy in Sri Lanka and the Maldives: bilingual French/English release, Sinhala/Tamil/English/French line, U+2010 and a doubled combining accent, a caption in both languages, 'Colombo 07' postcode trap
H479_FR1 = ("Colombo, le 3 décembre 2025 – L’Agence française de développement (AFD) et le ministère des Finances du "
            "Sri Lanka ont signé mercredi un prêt de 45 millions d’euros, soit quelque 15,8 milliards de roupies "
            "srilankaises, pour moderniser le réseau d’eau potable de Kandy, qui dessert 420 000 habitants. Les "
            "travaux, prévus sur quatre ans, réduiront de moitié les pertes du réseau, estimées aujourd’hui à 38 %.")
H479_FR2 = ("Aux Maldives, l’AFD accorde au ministère du Climat, de l’Environnement et de l’Énergie une subvention de "
            "6 millions d’euros, environ 110 millions de rufiyaa, pour protéger 3,2 kilomètres de littoral sur l’atoll "
            "d’Addu, dans le [[sud‐ouest||sud-ouest]] de l’archipel, où vivent près de 35 000 personnes.")
PAGES.append(Page(
    name="h479-ambafrance-colombo-afd-eau-littoral-bilingue",
    meta={"site": "lk.ambafrance.example.org", "style": "embassy-bilingual-release-south-asia",
          "defects": ["bilingual", "stray-unicode-hyphen", "double-combining-accent", "menu", "breadcrumb",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""සිංහල | தமிழ் | English | Français
Ambassade de France au Sri Lanka et aux Maldives
Embassy of France in Sri Lanka and the Maldives
Accueil | L’Ambassade | Services consulaires | Coopération | Actualités | Contacts
Accueil > Actualités > Communiqués de presse
Publié le 03/12/2025 | Published on 03/12/2025"""),
        P("Sri Lanka et Maldives : l’AFD engage 51 millions d’euros pour l’eau et le littoral"),
        P(H479_FR1),
        P(H479_FR2),
        P("« Ces deux projets répondent à une même urgence : l’accès à l’eau et l’adaptation au changement climatique "
          "dans des territoires insulaires très exposés », a déclaré l’ambassadeur de France, Olivier Ferrand[[-"
          "Be\u0301\u0301ranger||-Béranger]]."),
        P("Photo : signature de la convention de prêt au ministère des Finances, à Colombo. / Signing of the loan "
          "agreement at the Ministry of Finance in Colombo. © Ambassade de France"),
        P("English version"),
        P("Sri Lanka and Maldives: AFD commits €51 million to water and coastal protection"),
        P("Colombo, 3 December 2025 – The French Development Agency (AFD) and Sri Lanka’s Ministry of Finance on "
          "Wednesday signed a €45 million loan, some LKR 15.8 billion, to upgrade the drinking water network of "
          "Kandy, which serves 420,000 residents. The four-year works will halve the network’s losses, currently "
          "estimated at 38%."),
        P("In the Maldives, AFD is granting the Ministry of Climate Change, Environment and Energy €6 million, about "
          "MVR 110 million, to protect 3.2 kilometres of shoreline on Addu Atoll, in the south-west of the "
          "archipelago, home to nearly 35,000 people."),
        P("“Both projects answer the same emergency: access to water and adaptation to climate change in highly "
          "exposed island territories,” said the French Ambassador, Olivier Ferrand-Béranger."),
        L("""Contacts presse / Press contacts
Colombo : Dilini Perera, attachée de presse / press attaché – +94 (0)11 269 4315 – +94 77 218 5640 – presse.colombo@ambafrance.example.org
Malé : Aishath Naseem, chargée de mission / project officer – +960 332 1487"""),
        B("""Partager / Share : Facebook | X | LinkedIn | E-mail
Ambassade de France – 83, Rosmead Place, Colombo 07 – Tél. : +94 11 263 9400
© Ministère de l’Europe et des Affaires étrangères – Mentions légales"""),
    ],
    gold=dict(
        title="Sri Lanka et Maldives : l’AFD engage 51 millions d’euros pour l’eau et le littoral",
        dateline=dl("Colombo", "2025-12-03"),
        organisations=[org("Agence française de développement", "AFD"),
                       org("ministère des Finances du Sri Lanka"),
                       org("ministère du Climat, de l’Environnement et de l’Énergie")],
        places=[place("Sri Lanka", "LK"), place("Maldives", "MV"), place("Colombo"), place("Kandy"),
                place("Addu"), place("Malé")],
        figures=[
            fig("51 millions d’euros", 51000000, "euros", "money", currency="EUR"),
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("45 millions d’euros", 45000000, "euros", "money", currency="EUR"),
            fig("quelque 15,8 milliards de roupies srilankaises", 15800000000, "roupies srilankaises", "money",
                qualifier="quelque", currency="LKR"),
            fig("420 000 habitants", 420000, "habitants"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("moitié", 0.5, None, "other"),
            fig("38 %", 38, "%", "percent"),
            fig("6 millions d’euros", 6000000, "euros", "money", currency="EUR"),
            fig("environ 110 millions de rufiyaa", 110000000, "rufiyaa", "money", qualifier="environ",
                currency="MVR"),
            fig("3,2 kilomètres", 3.2, "kilomètres", "other"),
            fig("près de 35 000 personnes", 35000, "personnes", qualifier="près de"),
            fig("€51 million", 51000000, "€", "money", currency="EUR"),
            fig("3 December 2025", "2025-12-03", None, "date"),
            fig("€45 million", 45000000, "€", "money", currency="EUR"),
            fig("some LKR 15.8 billion", 15800000000, "LKR", "money", qualifier="some", currency="LKR"),
            fig("420,000 residents", 420000, "residents"),
            fig("four-year", 4, "year", "duration"),
            fig("38%", 38, "%", "percent"),
            fig("€6 million", 6000000, "€", "money", currency="EUR"),
            fig("about MVR 110 million", 110000000, "MVR", "money", qualifier="about", currency="MVR"),
            fig("3.2 kilometres", 3.2, "kilometres", "other"),
            fig("nearly 35,000 people", 35000, "people", qualifier="nearly"),
        ],
        phones=[phone("+94112694315"), phone("+94772185640"), phone("+9603321487")],
        emails=["presse.colombo@ambafrance.example.org"],
        contacts=[contact("Dilini Perera", "attachée de presse / press attaché", None,
                          ["+94112694315", "+94772185640"], ["presse.colombo@ambafrance.example.org"]),
                  contact("Aishath Naseem", "chargée de mission / project officer", None, ["+9603321487"], [])],
        notes="The French embassy in Sri Lanka and the Maldives (Colombo): a bilingual French/English release (README "
              "bilingual rule: language, title and dateline from the French; both versions article text; the "
              "heading 'English version' article text). Boilerplate: a Sinhala/Tamil/English/French language line "
              "(new languages), the embassy's name in French and in English, menu, breadcrumb, the bilingual "
              "publication line, bilingual share line, footer with 'Colombo 07' (a postal district: no figure) and "
              "the switchboard (chrome, not a phone), copyright line. One caption gives French and English in one "
              "line (article text, one line). Damage: U+2010 inside 'sud‐ouest' (back to '-'), a doubled combining "
              "acute on the ambassador's name ('Be' + U+0301 U+0301 'ranger', back to 'Béranger'). Organisations "
              "listed once under the French long forms (the English 'French Development Agency', 'Sri Lanka’s "
              "Ministry of Finance', 'Ministry of Climate Change, Environment and Energy' are the same bodies); the "
              "embassy stands only in roles, the photo credit and chrome (not listed). 'ministère des Finances du "
              "Sri Lanka' keeps its country (h360-h375 'ministère ... du Cabo Verde'); Sri Lanka a place too "
              "(title). Places by distinct name: 'l’atoll d’Addu' / 'Addu Atoll' give 'Addu' (as an island's "
              "proper name); 'Malé' from the contact label (a city label, README). Figures by distinct text in "
              "either language. New currencies: Sri Lankan rupees ('roupies srilankaises', 'LKR 15.8 billion': "
              "LKR) and Maldivian rufiyaa ('rufiyaa', 'MVR 110 million': MVR), the code before the number as unit "
              "(h408-h423). 'réduiront de moitié' / 'will halve': the French gives the fraction 'moitié', the "
              "English verb 'halve' is no figure (decided here, as 'ont doublé' is none). 'sur quatre ans' / "
              "'four-year' (unit 'year', h415). New codes: +94 (Colombo landline written '+94 (0)11 ...' and a "
              "mobile) and +960 (Malé, seven digits). Contacts: bilingual roles kept whole as written (h24-h39 "
              "'a bilingual role'); the city labels are places, no organisation.",
    ),
))

# --------------------------------------------------------------------------- h480 Université de Moncton's press invitation scraped as an iCalendar file: folded lines (at 75 octets, one fold inside a word), escaped commas and semicolons, '\n' paragraph breaks, event metadata
def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with one space), never inside a character."""
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\n".join(out)


H480_TITLE = "Invitation aux médias : inauguration du Laboratoire d’énergie marémotrice de la baie de Fundy"
H480_PARAS = [
    "Moncton (Nouveau-Brunswick), le 2 décembre 2025 – L’Université de Moncton invite les représentantes et "
    "représentants des médias à l’inauguration de son Laboratoire d’énergie marémotrice, le jeudi 11 décembre 2025 "
    "à 10 h, au pavillon Léopold-Taillon du campus de Moncton.",
    "Doté d’un canal d’essai de 24 mètres et d’un budget de 6,8 millions $, le laboratoire étudiera les turbines "
    "destinées à la baie de Fundy, où le marnage atteint jusqu’à 16 mètres. Le projet est financé à 60 % par la "
    "Fondation canadienne pour l’innovation (FCI) et à 40 % par la province du Nouveau-Brunswick.",
    "Une quinzaine d’étudiantes et d’étudiants des cycles supérieurs présenteront leurs premiers essais ; des "
    "visites du canal seront offertes aux équipes de télévision à 11 h.",
]
H480_CONTACT = ["Renseignements et accréditations :", "Sophie LeBlanc-Cormier", "Agente de communication, Service des communications",
                "506.858.4000, poste 3381", "sophie.leblanc-cormier@umoncton.example.ca"]
H480_DESC = "\n\n".join(H480_PARAS) + "\n\n" + "\n".join(H480_CONTACT)
PAGES.append(Page(
    name="h480-umoncton-invitation-laboratoire-maremotrice-ics",
    meta={"site": "www.umoncton.example.ca", "style": "university-press-invitation-icalendar",
          "defects": ["ics-calendar", "postcode-trap"]},
    blocks=[
        B("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Université de Moncton//Agenda des médias 3.1//FR
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Agenda des médias – Université de Moncton
X-WR-TIMEZONE:America/Moncton
BEGIN:VEVENT
UID:20251211T100000-inv-4417@umoncton.example.ca
DTSTAMP:20251202T141500Z
DTSTART;TZID=America/Moncton:20251211T100000
DTEND;TZID=America/Moncton:20251211T113000"""),
        X(ics_fold("SUMMARY:" + ics_escape(H480_TITLE)), H480_TITLE),
        B(ics_fold("LOCATION:" + ics_escape("Pavillon Léopold-Taillon, salle 208, 18, avenue Antonine-Maillet, "
                                            "Moncton (N.-B.) E1A 3E9"))),
        X(ics_fold("DESCRIPTION:" + ics_escape(H480_DESC)), "\n".join(H480_PARAS + H480_CONTACT)),
        B(ics_fold("ORGANIZER;CN=Service des communications:mailto:communications@umoncton.example.ca") + """
CATEGORIES:Médias,Invitation,Recherche
STATUS:CONFIRMED
SEQUENCE:2
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR"""),
    ],
    gold=dict(
        title=H480_TITLE,
        dateline=dl("Moncton", "2025-12-02"),
        organisations=[org("Université de Moncton"), org("Fondation canadienne pour l’innovation", "FCI")],
        places=[place("Fundy"), place("Moncton"), place("Nouveau-Brunswick")],
        figures=[
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("le jeudi 11 décembre 2025 à 10 h", "2025-12-11", None, "date"),
            fig("24 mètres", 24, "mètres", "other"),
            fig("6,8 millions $", 6800000, "$", "money", currency="CAD"),
            fig("jusqu’à 16 mètres", 16, "mètres", "other", qualifier="jusqu’à"),
            fig("60 %", 60, "%", "percent"),
            fig("40 %", 40, "%", "percent"),
            fig("Une quinzaine d’étudiantes", 15, "étudiantes"),
        ],
        phones=[phone("+15068584000", extension="3381")],
        emails=["sophie.leblanc-cormier@umoncton.example.ca"],
        contacts=[contact("Sophie LeBlanc-Cormier", "Agente de communication", "Service des communications",
                          ["+15068584000"], ["sophie.leblanc-cormier@umoncton.example.ca"])],
        notes="The Université de Moncton (New Brunswick, Canada; real body, invented news, people and numbers): its "
              "press invitation scraped as the event's iCalendar (.ics) file (new shape, new tag ics-calendar). The "
              "calendar's and event's property lines (BEGIN/END, VERSION, PRODID, CALSCALE, METHOD, X-WR-*, UID, "
              "DTSTAMP, DTSTART, DTEND, LOCATION with its E1A 3E9 postcode, ORGANIZER with its mailto, CATEGORIES, "
              "STATUS, SEQUENCE, TRANSP, the VALARM block and its 'Rappel') are event metadata: boilerplate, like "
              "a CMS event block (h360-h375); the organiser's address is not listed (as a mail header's sender, "
              "h168-h183). The SUMMARY line is the title (as a ticketing page's event name, h262) and the "
              "DESCRIPTION is the article; both keep article text and are not listed. Repairs: the property name "
              "('SUMMARY:', 'DESCRIPTION:') is removed; folded lines are unfolded by dropping the line break and the "
              "one space that opens each continuation line (RFC 5545), so a fold inside a word joins it without a "
              "space ('maré' / 'motrice'); the escapes '\\,' and '\\;' give ',' and ';'; each '\\n\\n' is a paragraph "
              "break and each single '\\n' inside the contact block a line break (each contact line a clean line). "
              "Dateline 'Moncton (Nouveau-Brunswick), le 2 décembre 2025 –' (place the city, the province listed "
              "too, h232-h247). 'à 10 h', 'à 11 h' clock times; '6,8 millions $' CAD with unit '$' (h405); 'la "
              "province du Nouveau-Brunswick' financing is a place (h184-h199); the laboratory being inaugurated is "
              "a facility of the university (not an organisation); 'baie de Fundy' gives 'Fundy' (h184-h199 bays); "
              "'Une quinzaine d’étudiantes et d’étudiants' an approximate count (15, unit the first noun, h328-h343 "
              "'six conseillères et conseillers'). Phone written with dots '506.858.4000, poste 3381' (+1, "
              "extension 3381).",
    ),
))
