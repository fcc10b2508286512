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
import re

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
    meta=os_meta(["cookie-banner", "heading-glued", "mojibake-cp1250", "mojibake-partial", "space-before-comma"]),
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
        P("Les [[coopĂ©ratives||coopératives]] concernées disposent de 45 jours pour se mettre en conformité[[ ,||,]] faute de quoi "
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
              "decoded; one word of a clean paragraph is still in that mojibake ('Les coopĂ©ratives concernées', an earlier "
              "tool's half repair; mojibake-partial): decoded too. A space before a comma ('conformité , faute'): removed. Dateline 'Lubumbashi, le 01.12.2025 "
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
Q474 = {"’": "?", "…": "?", "œ": "?"}
PAGES.append(Page(
    name="h474-osmc-avis-arret-travaux-souterrains-pluie",
    meta=os_meta(["unaccented-capitals", "lost-apostrophe", "lost-ellipsis", "oe-question-mark"], counter=False),
    blocks=[
        B(os_top("Avis aux exploitants", "Avis · 03/12/2025",
                 banner="Fermeture exceptionnelle de l’antenne de Kolwezi le vendredi 5 décembre (inventaire)."
                        " Merci de votre compréhension.")),
        P("[[AVIS AUX COOPERATIVES MINIERES : ARRET DES TRAVAUX SOUTERRAINS DES 40 MILLIMETRES DE PLUIE||AVIS AUX "
          "COOPÉRATIVES MINIÈRES : ARRÊT DES TRAVAUX SOUTERRAINS DÈS 40 MILLIMÈTRES DE PLUIE]]"),
        P(trip("L’Office de la sécurité des mines et carrières informe les coopératives minières artisanales que tout "
               "travail souterrain est interdit, au cœur de la saison des pluies, dès que le pluviomètre du site "
               "enregistre plus de 40 millimètres de pluie en 24 heures, et pendant les 48 heures qui suivent.",
               Q474)),
        P(trip("Cette mesure s’applique à compter du lundi 8 décembre 2025 et jusqu’au 31 mars 2026 sur les sites "
               "suivants :", Q474)),
        L("""Kasulo (Kolwezi) : 1200 creuseurs
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
            fig("1200 creuseurs", 1200, "creuseurs"),
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
              "ellipsis became '?', and so did the œ ('L?Office', 'jusqu?au', 'au c?ur', 'des relevés? Les contrevenants'): the ’ and the œ come back and "
              "the '?' after 'relevés' is the lost '…' (the sentence is not a question; new tag lost-ellipsis); the "
              "list and the office line kept theirs. A notice: no dateline. 'DÈS 40 MILLIMÈTRES' (title, no "
              "qualifier) and 'plus de 40 millimètres' two texts; 'en 24 heures' gives '24 heures'; 'à compter du "
              "lundi 8 décembre 2025' the date without 'à compter du' (h168-h183), 'jusqu’au 31 mars 2026' without "
              "'jusqu’au'; the list rows' counts keep their noun ('1200 creuseurs' written without grouping, text as written); '5 000 000 de francs congolais' CDF. Office line: "
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
               "mettrons en œuvre dès le 1 er janvier 2026 un programme de 3,2 millions de dollars pour équiper 300 puits de "
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
            fig("le 1 er janvier 2026", "2026-01-01", None, "date"),
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
              "noun; 'dès le 1 er janvier 2026' keeps the 'le' and the space inside '1 er' as written (README). The OSMC by acronym only ('notre Office' generic, the "
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
          "defects": ["bilingual", "stray-unicode-hyphen", "double-combining-accent", "html-debris", "menu",
                      "breadcrumb",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""සිංහල | தமிழ் | English | Français
Ambassade de France au Sri Lanka et aux Maldives
Embassy of France in Sri Lanka and the Maldives
Accueil | L’Ambassade | Services consulaires | Coopération | Actualités | Contacts
Accueil > Actualités > Communiqués de presse
Publié le 03/12/2025 | Published on 03/12/2025"""),
        P("Sri Lanka et Maldives : l’AFD engage 51 millions d’euros pour l’eau et le littoral"),
        B('<img src="/IMG/jpg/signature-pret-afd-colombo.jpg" alt="" border="0" />'),
        P("[[<p><strong>||]]" + H479_FR1.replace(" – L’Agence", "[[</strong>||]] – L’Agence", 1) + "[[</p>||]]"),
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
Découvrir la coopération française au Sri Lanka et aux Maldives
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
              "publication line, an '<img ... alt=\"\" border=\"0\" />' line (only HTML), bilingual share line, a 'Découvrir ...' "
              "call, footer with 'Colombo 07' (a postal district: no figure) and "
              "the switchboard (chrome, not a phone), copyright line. One caption gives French and English in one "
              "line (article text, one line). Damage: the first paragraph keeps its '<p><strong>' ... '</strong>' tags around the "
              "dateline and a closing '</p>' (removed; the dateline stays at the head of its paragraph), U+2010 inside 'sud‐ouest' (back to '-'), a doubled combining "
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
              "space ('m' / 'arémotrice' in the title, 'Unive' / 'rsité' in the first paragraph); the escapes '\\,' and '\\;' give ',' and ';'; each '\\n\\n' is a paragraph "
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

# --------------------------------------------------------------------------- h481 the ILO's French site seen through a text browser's dump (lynx -dump): an English release under French chrome, numbered link markers inside the text, image alt lines, '* ' menu items, indented 77-column wraps, a rule, the References list
def lynx(marked: str, width: int = 77, indent: str = "   ") -> tuple[str, str]:
    """Raw lines of a paragraph as a text browser dumps it (link numbers ⟦n⟧ shown as [n], indented, wrapped);
    and the clean paragraph (link numbers removed)."""
    raw = re.sub(r"⟦(\d+)⟧", r"[\1]", marked)
    clean = re.sub(r"⟦\d+⟧", "", marked)
    lines, cur = [], ""
    for w in raw.split(" "):
        if cur and len(indent) + len(cur) + 1 + len(w) > width:
            lines.append(indent + cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(indent + cur)
    return "\n".join(lines), clean


def LX(marked: str, blank: bool = True, **o):
    raw, clean = lynx(marked, **o)
    return X(raw + ("\n" if blank else ""), clean)


H481_TITLE = "Côte d’Ivoire: ILO-backed scheme to bring social protection to 150,000 cocoa farmers"
PAGES.append(Page(
    name="h481-oit-cote-ivoire-cocoa-social-protection-lynx",
    meta={"site": "www.oit-ilo.example.org", "style": "text-browser-dump-un-agency-en-under-fr-chrome",
          "language": "en",
          "defects": ["english-page", "text-browser-dump", "hard-wrap", "menu", "duplicate-lines", "breadcrumb",
                      "share-lines"]},
    blocks=[
        B("""   #[1]Organisation internationale du Travail – Communiqués (RSS) [2]alternate

   [3]Aller au contenu principal

   [4]Organisation internationale du Travail
   [logo-oit-fr.svg]

     * [5]Accueil
     * [6]Thèmes
     * [7]Régions
     * [8]Normes du travail
     * [9]Salle de presse
     * [10]Salle de presse

   [11]English [12]Español

   Vous êtes ici : [13]Accueil > [14]Salle de presse > [15]Communiqués

   Ce communiqué n’est disponible qu’en anglais.
   Diese Mitteilung ist nur auf Englisch verfügbar.
   Communiqué | 2 décembre 2025
"""),
        X(H481_TITLE + "\n", H481_TITLE),
        LX("GENEVA (ILO News) – The International Labour Organization (ILO) and the Government of Côte d’Ivoire on "
           "Tuesday launched a ⟦16⟧social protection scheme that will cover 150,000 cocoa farmers and their families "
           "by the end of 2027, the first of its kind in the cocoa belt of West Africa."),
        LX("Fewer than one in ten smallholders in the sector has any health or pension cover today. Under the "
           "scheme, farmers will pay a monthly contribution of CFA francs 1,000 (about US$1.80), matched by a levy of "
           "CFA francs 5 per kilogram of cocoa sold, collected by the ⟦17⟧Conseil du café-cacao."),
        LX("“Social protection is not a luxury for rural workers,” said Aminata Koné-Dubois, Director of the ILO "
           "⟦18⟧Social Protection Department. “It is what keeps a bad harvest from becoming a family disaster.”"),
        LX("The three-year pilot, funded with CHF 4.5 million by the ⟦19⟧Swiss Agency for Development and "
           "Cooperation (SDC), starts in January in the regions of San-Pédro, Soubré and Daloa."),
        LX("For more information, please contact:", blank=False),
        LX("ILO Department of Communication and Public Information", blank=False),
        LX("Tel.: +41 (0)22 799 61 54", blank=False),
        LX("Mobile: +41 79 512 66 08", blank=False),
        LX("Email: ⟦20⟧afrique.presse@ilo.org"),
        B("""   __________________________________________________________________

   Partager : [21]Facebook [22]X [23]LinkedIn [24]Courriel

   © 2025 Organisation internationale du Travail | [25]Mentions légales |
   [26]Confidentialité

References

   1. https://www.oit-ilo.example.org/fr/rss/communiques
   2. https://www.oit-ilo.example.org/en/news/cote-divoire-cocoa-social-protection
   3. https://www.oit-ilo.example.org/fr/salle-de-presse/communiques/cocoa#main
   4. https://www.oit-ilo.example.org/fr
   5. https://www.oit-ilo.example.org/fr
  16. https://www.oit-ilo.example.org/fr/themes/protection-sociale
  17. https://www.conseilcafecacao.example.ci/
  18. https://www.oit-ilo.example.org/fr/departements/protection-sociale
  19. https://www.dfae.example.admin.ch/ddc
  20. mailto:afrique.presse@ilo.org
  26. https://www.oit-ilo.example.org/fr/confidentialite"""),
    ],
    gold=dict(
        title=H481_TITLE,
        dateline=dl("GENEVA", None),
        organisations=[org("International Labour Organization", "ILO"), org("Government of Côte d’Ivoire"),
                       org("Conseil du café-cacao"), org("Swiss Agency for Development and Cooperation", "SDC")],
        places=[place("Côte d’Ivoire", "CI"), place("Geneva"), place("West Africa"), place("San-Pédro"),
                place("Soubré"), place("Daloa")],
        figures=[
            fig("150,000 cocoa farmers", 150000, "farmers"),
            fig("2027", 2027, None, "year"),
            fig("Fewer than one in ten", 0.1, None, "other", qualifier="Fewer than"),
            fig("CFA francs 1,000", 1000, "CFA francs", "money", currency="XOF"),
            fig("about US$1.80", 1.8, "US$", "money", qualifier="about", currency="USD"),
            fig("CFA francs 5", 5, "CFA francs", "money", currency="XOF"),
            fig("three-year", 3, "year", "duration"),
            fig("CHF 4.5 million", 4500000, "CHF", "money", currency="CHF"),
        ],
        phones=[phone("+41227996154"), phone("+41795126608")],
        emails=["afrique.presse@ilo.org"],
        contacts=[contact(None, None, "ILO Department of Communication and Public Information",
                          ["+41227996154", "+41795126608"], ["afrique.presse@ilo.org"])],
        notes="The ILO's French site (real body, invented news, people and numbers) as a text browser dumps it "
              "(lynx -dump; new shape, new tag text-browser-dump): an English release under French chrome, "
              "language 'en'. Boilerplate: the '#[1]... [2]alternate' link-relation line, the skip link, the site "
              "name link and the '[logo-oit-fr.svg]' image line, the '* [n]label' menu items (with 'Salle de presse' "
              "doubled), the language links, the 'Vous êtes ici :' breadcrumb, the French line saying the release "
              "exists only in English and its German twin line ('Diese Mitteilung ist nur auf Englisch verfügbar.'), the "
              "'Communiqué | date' line, the rule of underscores, the share links, the "
              "copyright line wrapped over two lines and the whole 'References' list (numbered URLs, one of them the "
              "contact's mailto). The title is the heading the dump prints at column 0. Article paragraphs are "
              "indented by three spaces and wrapped at 77 columns: the indentation goes, wraps are joined, and the "
              "link numbers glued before a link's words ('a [16]social protection scheme', 'Email: "
              "[20]afrique.presse@ilo.org') are removed (the words stay). The contact block is four lines (each its "
              "own clean line). Dateline 'GENEVA (ILO News) –': the place in capitals, no date (the page's date "
              "stands only in the chrome), the place listed as 'Geneva'; 'ILO News' is the ILO's own news service "
              "(not another organisation). 'by the end of 2027' gives '2027' (h431); 'Fewer than one in ten "
              "smallholders' one proportion with its qualifier (h318); 'CFA francs 1,000' and 'CFA francs 5' XOF "
              "with the currency before the number as unit (h216-h231), 'per kilogram' out; 'about US$1.80' the "
              "converted amount; 'three-year' a duration (unit 'year'); 'CHF 4.5 million'; 'in January' no figure. "
              "Organisations: the ILO, 'Government of Côte d’Ivoire' (an executive as a body; the country a place "
              "too, standing alone in the title), the Conseil du café-cacao (French name in an English text, as "
              "written), the SDC; the ILO's Social Protection Department stands inside a role (not listed). "
              "'West Africa' a place. Contact: an office line with person null, Swiss numbers '+41 (0)22 ...' and a "
              "mobile, an address at the real agency's domain with an invented mailbox.",
    ),
))

# --------------------------------------------------------------------------- h482 territorial authority of Martinique: Creole name line, sargassum vigilance widget, a dateline with 'ce', a heading printed twice, a table read one cell a line, en dashes lost, a space before a comma, a caption in Martinican Creole, a freephone number, local numbers without code
H482_ND = {"–": ""}
PAGES.append(Page(
    name="h482-ctm-sargasses-barrages-flottants",
    meta={"site": "www.collectivitedemartinique.example.mq", "style": "territorial-authority-newsroom-creole-caption",
          "defects": ["creole-caption", "table-cells", "duplicate-lines", "lost-dash", "double-space", "lost-euro",
                      "space-before-comma", "ticker", "menu", "breadcrumb", "share-lines", "postcode-trap"]},
    blocks=[
        B("""Kolèktivité Teritoryal Matinik
Collectivité territoriale de Martinique
Accueil | La CTM | Vos démarches | Territoire | Actualités | Salle de presse | Contact
Accueil > Salle de presse > Communiqués
Vigilance sargasses (02/12 – 7 h) : Le Robert 🔴 · Le François 🟠 · Le Vauclin 🟠 · Sainte-Anne 🟢 · Trinité 🟢
Communiqué – 02/12/2025"""),
        P("Sargasses : la Collectivité territoriale de Martinique déploie 4,2 km de barrages flottants sur la côte "
          "atlantique"),
        P("Fort-de-France, ce mardi 2 décembre 2025[[  || ]]– La Collectivité territoriale de Martinique (CTM) a "
          "commencé lundi l’installation de 4,2 kilomètres de barrages flottants devant les baies du Robert, du "
          "François et du Vauclin, où les échouements de sargasses ont atteint 38 000 tonnes depuis janvier, un "
          "record pour la 3ème année consécutive. Le chantier, d’un montant de 7,6 M[[||€]], est financé à 70 % par l’État et à 30 % par la CTM[[ ,||,]] "
          "qui en assure la maîtrise d’ouvrage."),
        P("Niveaux d’alerte au 1er décembre"),
        B("Niveaux d’alerte au 1er décembre"),
        X("Commune\nNiveau\nTonnes ramassées en novembre\nLe Robert\nRouge\n6 400\nLe François\nOrange\n4 150\n"
          "Le Vauclin\nOrange\n2 980",
          "Commune Niveau Tonnes ramassées en novembre\nLe Robert Rouge 6 400\nLe François Orange 4 150\n"
          "Le Vauclin Orange 2 980"),
        P(trip("« Au Robert, des familles respirent de l’hydrogène sulfuré depuis des mois. Nous devons agir avant "
               "la saison cyclonique – pas après », a déclaré le président du conseil exécutif, Serge "
               "Lapierre-Alcindor.", {"–": ""})),
        P("Baraj flotan-an douvan bé Wobè, 1é désanm 2025. © CTM / M. Rosette"),
        P("Les riverains peuvent signaler un échouement au numéro vert 0800 97 20 20, du lundi au samedi, ou sur "
          "l’application Sargasses 972."),
        L("Contact presse : Direction de la communication de la CTM – 05 96 59 63 00 – 06 96 45 21 07 – "
          "presse@ctm.example.mq"),
        B("""Partager : Facebook | X | LinkedIn | Courriel
Collectivité territoriale de Martinique – Rue Gaston-Defferre – CS 30137 – 97201 Fort-de-France Cedex – Standard : 05 96 72 60 00
© 2025 CTM – Mentions légales – Accessibilité : partiellement conforme"""),
    ],
    gold=dict(
        title="Sargasses : la Collectivité territoriale de Martinique déploie 4,2 km de barrages flottants sur la "
              "côte atlantique",
        dateline=dl("Fort-de-France", "2025-12-02"),
        organisations=[org("Collectivité territoriale de Martinique", "CTM")],
        places=[place("Fort-de-France"), place("Le Robert"), place("Le François"), place("Le Vauclin"),
                place("Wobè")],
        figures=[
            fig("4,2 km", 4.2, "km", "other"),
            fig("mardi 2 décembre 2025", "2025-12-02", None, "date"),
            fig("4,2 kilomètres", 4.2, "kilomètres", "other"),
            fig("38 000 tonnes", 38000, "tonnes", "other"),
            fig("3ème", 3, None, "ordinal"),
            fig("7,6 M€", 7600000, "M€", "money", currency="EUR"),
            fig("70 %", 70, "%", "percent"),
            fig("30 %", 30, "%", "percent"),
            fig("1er décembre", "--12-01", None, "date"),
            fig("6 400", 6400, None, "other"),
            fig("4 150", 4150, None, "other"),
            fig("2 980", 2980, None, "other"),
            fig("1é désanm 2025", "2025-12-01", None, "date"),
        ],
        phones=[phone("+33800972020"), phone("+596596596300"), phone("+596696452107")],
        emails=["presse@ctm.example.mq"],
        contacts=[contact(None, None, "Direction de la communication de la CTM", ["+596596596300", "+596696452107"],
                          ["presse@ctm.example.mq"])],
        notes="The Collectivité territoriale de Martinique (real body, invented news, people and numbers). Boilerplate: "
              "the Creole and French name lines, menu, breadcrumb, a sargassum vigilance widget with coloured dots per "
              "commune (ticker; its communes and clock are chrome, no places, no figures), the type/date line, the "
              "second copy of the heading printed twice (duplicate-lines), share line, footer with CS box, 97201 "
              "postcode and switchboard (chrome, not a phone), copyright line. Dateline 'Fort-de-France, ce mardi 2 "
              "décembre 2025  –': the demonstrative 'ce' stays out of the figure ('mardi 2 décembre 2025', h104-h119); "
              "the en dash of the dateline is kept but two spaces stand before it (removed, double-space), and the "
              "quote's inserted dash was lost, leaving two spaces ('cyclonique  pas après'): the dash comes back "
              "(lost-dash). A space before a comma ('la CTM , qui'): removed. The table is read one cell a line "
              "(table-cells): each row one clean line, cells joined by one space, header row too; the cells are "
              "tonnages whose unit the header row gives (kind other, unit null, h344-h359 caption rule); the "
              "heading's 'au 1er décembre' gives '1er décembre' (no year in that heading). The photo caption is in "
              "Martinican Creole (new tag creole-caption; article text like an English caption): its date '1é "
              "désanm 2025' (1 December 2025) is a date figure as written, and 'bé Wobè' (the Robert bay in Creole) "
              "gives the place 'Wobè' beside 'Le Robert' (two names of one place, README 'Geneva'/'Genève'). "
              "The € of '7,6 M€' was lost ('d’un montant de 7,6 M, est financé'): it comes back (lost-euro; 'M' alone "
              "is no unit here). 'la 3ème année consécutive' an ordinal (3). Communes named after a contracted article ('baies du Robert, du François et du Vauclin') are listed as "
              "the table writes them ('Le Robert', h152-h167 'Les Rousses'). '4,2 km' (title) and '4,2 kilomètres' "
              "two texts; '7,6 M€' with unit 'M€'; 'depuis janvier' no figure; 'l’État' generic; the application "
              "'Sargasses 972' a name (no figure). The freephone '0800 97 20 20' is offered to the public: a phone "
              "(+33 800 ..., French national freephone) without contact (README h40-h55). Contact: the office line "
              "(person null), local numbers '05 96 ...' and '06 96 ...' taking +596 (the page's territory).",
    ),
))

# --------------------------------------------------------------------------- h483 French embassy in Papua New Guinea's press release sent as a newsletter, seen in a webmail: folder list, sender and date lines, blocked-images line, image alt placeholders, a BOM inside words, unsubscribe footer, storage line
H483_Z = "\ufeff"
PAGES.append(Page(
    name="h483-ambafrance-png-fonds-pacifique-eau-gulf-webmail",
    meta={"site": "webmail.example-courrier.fr", "style": "embassy-newsletter-webmail-view-pacific",
          "defects": ["webmail-chrome", "zero-width-chars", "newsletter-chrome", "mojibake-cp1252",
                      "lost-apostrophe"]},
    blocks=[
        B("""Courrier – Messagerie
Rechercher dans les messages
Nouveau message
Boîte de réception (214)
Favoris
Envoyés
Brouillons
Indésirables
Corbeille
Communiqué – Le Fonds Pacifique finance l’eau de neuf villages du Gulf
Ambassade de France en PNG <lettre@ambafrance-pg.example.org>
À : moi
mar. 2 déc. 2025, 09:14 (il y a 3 heures)
☆ Répondre | Transférer | ⋮
Les images ne sont pas affichées. Afficher les images ci-dessous – Toujours afficher les images de lettre@ambafrance-pg.example.org
[Logo : Ambassade de France en Papouasie-Nouvelle-Guinée et aux Îles Salomon]
Communiqué de presse"""),
        P("Papouasie-Nouvelle-Guinée : le Fonds Pacifique finance l’eau de neuf villages de la province de Gulf"),
        P("Port Moresby, 2/12/2025 — L’Ambassade de France en Papouasie-Nouvelle-Guinée annonce le financement, par "
          "le Fonds Pacifique, de neuf systèmes de captage d’eau de pluie dans la province de Gulf, pour un montant "
          "de 285 000 kina (environ 62 000 euros)."),
        P("Les travaux, confiés à l’association Wara Bilong Olgeta (WBO), bénéficieront à quelque 3 400 habitants "
          "des districts de Ke[[" + H483_Z + "||]]rema et de Kikori. Chaque village recevra deux cuves de 10 000 "
          "litres et une formation à l’entre[[" + H483_Z + "||]]tien."),
        B("[Photo : cuve de récupération d’eau de pluie à Kerema]"),
        P("« Wara em i laip », résume la présidente de WBO, Grace Kaupa : « l’eau, c’est la vie ». Dans la "
          "province, moins d’un foyer sur cinq a accès à l’eau potable à moins de 30 minutes de marche.", moji="cp1252"),
        P("Le Fonds Pacifique, doté de 1,2 million d’euros par an, soutient des projets dans 17 pays et territoires "
          "de la région.", apos="drop"),
        L("Contact presse : Service de presse de l’Ambassade – (+675) 321 4470 – portable de permanence : 709 8451 – "
          "presse@ambfrance-pg.example.org"),
        B("""Vous recevez ce message car vous êtes inscrit(e) à la liste de diffusion de l’Ambassade de France en Papouasie-Nouvelle-Guinée.
Se désinscrire | Gérer vos préférences
Ambassade de France – Defens Haus, 7e étage – PO Box 1155, Port Moresby
Répondre | Répondre à tous | Transférer
2,4 Go utilisés sur 15 Go
Conditions d’utilisation · Confidentialité · Dernière activité : il y a 12 minutes"""),
    ],
    gold=dict(
        title="Papouasie-Nouvelle-Guinée : le Fonds Pacifique finance l’eau de neuf villages de la province de Gulf",
        dateline=dl("Port Moresby", "2025-12-02"),
        organisations=[org("Fonds Pacifique"), org("Ambassade de France en Papouasie-Nouvelle-Guinée"),
                       org("Wara Bilong Olgeta", "WBO")],
        places=[place("Papouasie-Nouvelle-Guinée", "PG"), place("Gulf"), place("Port Moresby"), place("Kerema"),
                place("Kikori")],
        figures=[
            fig("neuf villages", 9, "villages"),
            fig("2/12/2025", "2025-12-02", None, "date"),
            fig("neuf systèmes", 9, "systèmes"),
            fig("285 000 kina", 285000, "kina", "money", currency="PGK"),
            fig("environ 62 000 euros", 62000, "euros", "money", qualifier="environ", currency="EUR"),
            fig("quelque 3 400 habitants", 3400, "habitants", qualifier="quelque"),
            fig("deux cuves", 2, "cuves"),
            fig("10 000 litres", 10000, "litres", "other"),
            fig("moins d’un foyer sur cinq", 0.2, None, "other", qualifier="moins d’"),
            fig("moins de 30 minutes", 30, "minutes", "duration", qualifier="moins de"),
            fig("1,2 million d’euros", 1200000, "euros", "money", currency="EUR"),
            fig("17 pays", 17, "pays"),
        ],
        phones=[phone("+6753214470"), phone("+6757098451", valid=False)],
        emails=["presse@ambfrance-pg.example.org"],
        contacts=[contact(None, None, "Service de presse de l’Ambassade", ["+6753214470", "+6757098451"],
                          ["presse@ambfrance-pg.example.org"])],
        notes="The French embassy in Papua New Guinea's press release (real embassy, invented news, people and "
              "numbers) as a newsletter read in a webmail (new shape, new tag webmail-chrome): the webmail's name, "
              "search, 'Nouveau message' and folder lines, the message's subject line (it repeats the news in other "
              "words: not the title), the sender line with its address (not listed, as a mail header's sender, "
              "h168-h183), 'À : moi', the date line with its relative time, the action line, the blocked-images line, "
              "the bottom reply line, the storage line ('2,4 Go utilisés sur 15 Go': no figures) and the legal and "
              "activity line are boilerplate; the newsletter's own furniture (the logo's alt text shown as "
              "'[Logo : ...]', the 'Communiqué de presse' label, the unsubscribe and preferences lines and the "
              "embassy's postal footer with 'PO Box 1155' and '7e étage') is boilerplate too (newsletter-chrome), and "
              "so is the photo's alt text shown in brackets where the image is blocked ('[Photo : ...]': an image "
              "placeholder, not a caption). The release's own title (the newsletter's heading) is the title. Two "
              "U+FEFF (zero-width no-break space, a BOM left by the mailing tool) sit inside 'Kerema' (after 'Ke') "
              "and 'entretien' (after 'entre'): removed (zero-width-chars). Dateline 'Port Moresby, 2/12/2025 —' (slashed date "
              "without zero padding, em dash; new shape): figure '2/12/2025'. The embassy announcing the funding is "
              "listed (the release's source acting, h403), PNG then a place from the title; 'Îles Salomon' stands "
              "only in the logo's alt text. The Tok Pisin words 'Wara em i laip' in the quote are article text (no "
              "tag: a quote in the local language translated at once). Kina (new currency: '285 000 kina', PGK, "
              "unit as written); 'environ 62 000 euros' the converted amount; 'neuf villages' (title) and 'neuf "
              "systèmes' two texts; 'moins d’un foyer sur cinq' one proportion (0.2); 'par an' out. 'province de "
              "Gulf' gives 'Gulf' (iso null). Contact: the embassy's press service (person null), a Port Moresby "
              "landline '(+675) 321 4470' (new code, seven digits) and a duty mobile still written in the seven-digit plan "
              "that PNG mobiles left in 2014 ('709 8451', +675 by the page: possible, not valid, README old-numbering "
              "rule); its address has a misspelt domain ('ambfrance-pg' where the sender line has 'ambafrance-pg'): "
              "listed as written (README). The quote paragraph is UTF-8 read as cp1252 ('Â« Wara', 'lâ€™eau', "
              "'câ€™est'): decoded; the last paragraph lost its ’ ('doté de 1,2 million deuros'): restored.",
    ),
))

# --------------------------------------------------------------------------- h484 Franco-Tanzanian marine-science centre in Zanzibar in the seed's shape: fixed menu with bare '-', doubled labels and glued label+blurb lines, old-CMS wraps at about 50-60 columns with a split number, straight apostrophes, œ dropped, 'oeuvrer' kept, 'Zanzibar -' dateline, seed contact block with 'Ext.' and mailto debris, a local mobile
PAGES.append(Page(
    name="h484-cftsm-zanzibar-herbiers-marins-drone",
    meta={"site": "www.cftsm-zanzibar.example.tz", "style": "marine-research-centre-seed-menu-indian-ocean",
          "defects": ["menu", "duplicate-lines", "heading-glued", "hard-wrap", "wrapped-number", "lost-oe",
                      "oe-written-out", "html-debris", "english-dateline", "truncated-phone"]},
    wrap=60, jitter=10,
    blocks=[
        B("""-
Qui sommes-nous
Qui sommes-nousLe Centre franco-tanzanien des sciences de la mer est un centre de recherche fondé en 2011 à Zanzibar pour étudier les écosystèmes côtiers de l'océan Indien occidental avec les communautés de pêcheurs.
Recherche
Recherche
- Océanographie
- Pêche artisanale
- Herbiers et mangroves
- Données ouvertes
-
Nos actions
Nos actionsDepuis 2011, le centre forme chaque année une quarantaine de techniciens tanzaniens et accueille des étudiants de 12 universités partenaires.
Partenariats
Partenariats
- Publications
- Kiswahili | Français | English
-
Agir
Agir
Nous rejoindre
Nous rejoindre"""),
        P("Des herbiers marins cartographiés par drone autour d'Unguja et de Pemba", nowrap=True),
        P("Tanzania - Le Centre franco-tanzanien des sciences de la mer (CFTSM) et l'Institut des sciences marines de "
          "l'Université de Dar es Salaam ont achevé la cartographie par drone de 2⏎350 hectares d'herbiers marins "
          "autour des îles d'Unguja et de Pemba, un travail mis en œuvre depuis 18 mois avec 14 pêcheuses du village "
          "de Chwaka.", oe="drop"),
        P("Les herbiers stockent jusqu'à 35 fois plus de carbone par hectare que les forêts tropicales, selon les "
          "chercheurs. Or près d'un quart des surfaces relevées en 2009 ont disparu, principalement à cause du "
          "dragage des chenaux et de la culture d'algues sur filières."),
        P("« Les femmes de Chwaka connaissent chaque herbier depuis l'enfance. Le drone ne fait que confirmer ce "
          "qu'elles observent », explique Halima Juma Said, coordinatrice du projet au CFTSM, qui continuera "
          "d'oeuvrer avec les pêcheuses pour suivre les zones restaurées."),
        P("Le programme, financé à hauteur de 1,4 million d'euros par l'Agence française de développement (AFD) et "
          "de 2,1 milliards de shillings tanzaniens par le gouvernement révolutionnaire de Zanzibar, prévoit de "
          "restaurer 120 hectares d'ici à 2028 et de former 60 jeunes plongeurs."),
        L("""Pour plus d'informations, veuillez contacter:
Mariam Salum Khamis
CFTSM Zanzibar
E-mail :
[["mailto:m.khamis@cftsm.example.tz">||]]m.khamis@cftsm.example.tz
Tél. : +255 (0)24 223 3071 Ext. 204
Mobile : 0777 412 906 / 0773 41"""),
    ],
    gold=dict(
        title="Des herbiers marins cartographiés par drone autour d'Unguja et de Pemba",
        dateline=dl("Tanzania", None),
        organisations=[org("Centre franco-tanzanien des sciences de la mer", "CFTSM"),
                       org("Institut des sciences marines de l'Université de Dar es Salaam"),
                       org("Agence française de développement", "AFD"),
                       org("gouvernement révolutionnaire de Zanzibar")],
        places=[place("Tanzania", "TZ"), place("Unguja"), place("Pemba"), place("Chwaka"), place("Zanzibar")],
        figures=[
            fig("2 350 hectares", 2350, "hectares", "other"),
            fig("18 mois", 18, "mois", "duration"),
            fig("14 pêcheuses", 14, "pêcheuses"),
            fig("jusqu'à 35 fois", 35, "fois", "other", qualifier="jusqu'à"),
            fig("près d'un quart", 0.25, None, "other", qualifier="près d'"),
            fig("en 2009", 2009, None, "year"),
            fig("1,4 million d'euros", 1400000, "euros", "money", currency="EUR"),
            fig("2,1 milliards de shillings tanzaniens", 2100000000, "shillings tanzaniens", "money",
                currency="TZS"),
            fig("120 hectares", 120, "hectares", "other"),
            fig("2028", 2028, None, "year"),
            fig("60 jeunes", 60, "jeunes"),
        ],
        phones=[phone("+255242233071", extension="204"), phone("+255777412906")],
        emails=["m.khamis@cftsm.example.tz"],
        contacts=[contact("Mariam Salum Khamis", None, "CFTSM Zanzibar", ["+255242233071", "+255777412906"],
                          ["m.khamis@cftsm.example.tz"])],
        notes="A made-up Franco-Tanzanian marine-science centre in Zanzibar (Tanzania) in the seed's shape: a fixed "
              "menu with bare '-' lines, doubled labels, '- label' items (one of them the Kiswahili/French/English "
              "line), and two labels glued to their blurb ('Qui sommes-nousLe Centre ...', 'Nos actionsDepuis "
              "2011 ...'): all boilerplate, their numbers no figures. Old-CMS wraps at about 50-60 columns, joined; "
              "one splits '2' / '350 hectares' (wrapped-number). Straight apostrophes kept as written (the seed's "
              "typography); the one œ of the first paragraph dropped ('mis en uvre'): restored; 'oeuvrer' kept (valid "
              "spelling). Dateline 'Tanzania - ' (the survey's English country dateline 'Italy -' on a French page, tag "
              "english-dateline): place 'Tanzania' as written (TZ), date null. Figures: '18 "
              "mois' (depuis 18 mois) a duration; 'jusqu'à 35 fois plus de carbone' a ratio with unit 'fois' and "
              "its straight-apostrophe qualifier (h200-h215, h341); 'près d'un quart' a fraction; 'relevées en "
              "2009' gives 'en 2009'; 'par hectare' out; 'd'ici à 2028' gives '2028'; Tanzanian shillings (new "
              "currency, TZS, unit as written). Organisations: the CFTSM; the marine-science institute listed "
              "under its whole name with its university (README nested-name rule; 'Dar es Salaam' inside it only, "
              "not a place); the AFD; 'gouvernement révolutionnaire de Zanzibar' (an executive as a body, "
              "h88-h103); Zanzibar a place from the contact's office label 'CFTSM Zanzibar' (README: the city of an "
              "office label is listed), although in the body it stands only inside the government's name. 'îles d'Unguja et de Pemba' give 'Unguja' and "
              "'Pemba'; 'village de Chwaka' gives 'Chwaka'. The seed contact block: person, office label 'CFTSM "
              "Zanzibar' (the contact's organisation as written, README 'OIM Rome'), a landline '+255 (0)24 223 3071 "
              "Ext. 204' (+255, new code: bracketed trunk 0, extension), a local mobile '0777 412 906' (trunk 0 "
              "dropped, +255 by the page), 'E-mail :' and the mailto debris (removed, the address kept). The block's order "
              "is name, office, e-mail, phones; the page ends inside the mobile line ('0777 412 906 / 0773 41'): the "
              "cut second number is no phone (README, truncated-phone), the contact keeps the first.",
    ),
))

# --------------------------------------------------------------------------- h485 UNHCR operational update on Libya in a document-sharing viewer: viewer chrome ('Upload: others', 'Embed Size (px)', 'Citation preview'), letterhead, dot-leader table of contents, key-figure bullets with a per-mille rate, two columns read alternately, a hyphen left inside a line, running header/footer, a trunk 0 kept after the code
def simple_wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def interleave(left: list[str], right: list[str]) -> str:
    out = []
    for i in range(max(len(left), len(right))):
        if i < len(left):
            out.append(left[i])
        if i < len(right):
            out.append(right[i])
    return "\n".join(out)


H485_LH = "Koufra : l’afflux se poursuit"
H485_L = ("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a enregistré 52 400 réfugiés soudanais à "
          "Koufra depuis avril 2023, dont 41 % d’enfants. Près de 1 300 personnes arrivent encore chaque semaine du "
          "Darfour, après un trajet de plus de 1 000 kilomètres dans le désert.")
H485_RH = "Protection et assistance"
H485_R_RAW = ("Avec le Croissant-Rouge libyen, le HCR verse une allocation de 450 dinars libyens par famille et par "
              "mois aux 3 800 ménages les plus vulnérables. Les équipes ont recensé 620 survivants de violences et de "
              "persécu- tions, orientés vers un soutien psychosocial.")
H485_R = H485_R_RAW.replace("persécu- tions", "persécutions")
H485_P2 = ("Au 30 novembre, l’appel de 68,5 millions de dollars du HCR pour la Libye n’était financé qu’à 27 %. Le "
           "Programme alimentaire mondial (PAM) distribue en outre des rations à 22 000 personnes par mois à Koufra.")
PAGES.append(Page(
    name="h485-hcr-libye-koufra-mise-a-jour-pdf",
    meta={"site": "www.docuthek.example.net", "style": "document-sharing-viewer-pdf-un-agency-libya",
          "defects": ["pdf-chrome", "dot-leaders", "page-furniture", "column-interleave", "pdf-hyphenation",
                      "trunk-zero-kept", "unaccented-capitals", "lost-apostrophe"]},
    blocks=[
        B("""Docuthek – partagez et lisez des documents
Rechercher
Se connecter
HCR_Libye_MAJ_operationnelle_21_dec2025.pdf
Upload: others
View: 1 208
Category: Documents
Post on 03-Dec-2025
Embed Size (px)
344 x 292429 x 357514 x 422768 x 600
URL
of 2
Citation preview
HCR – Haut-Commissariat des Nations unies pour les réfugiés
LIBYE
MISE À JOUR OPÉRATIONNELLE N° 21"""),
        P("LIBYE : LE HCR RENFORCE L’AIDE AUX [[REFUGIES||RÉFUGIÉS]] SOUDANAIS [[A||À]] KOUFRA"),
        X(" " * 58 + "Tripoli, le 3 décembre 2025", "Tripoli, le 3 décembre 2025"),
        B("""SOMMAIRE
Chiffres clés ............................................ 1
Koufra : l’afflux se poursuit ........................... 1
Protection et assistance ................................ 1
Financement et contacts ................................. 2"""),
        P("Chiffres clés"),
        L("""• 52 400 réfugiés enregistrés à Koufra
• 68,5 millions de dollars requis pour 2026
• Taux de natalité dans les sites d’accueil : 31 ‰"""),
        X(interleave([H485_LH] + simple_wrap(H485_L, 46), [H485_RH] + simple_wrap(H485_R_RAW, 46)),
          "\n".join([H485_LH, H485_L, H485_RH, H485_R])),
        B("""HCR Libye – Mise à jour opérationnelle n° 21                                    — 1 —
Libye – Mise à jour opérationnelle – décembre 2025"""),
        P("Financement"),
        X("\n".join(simple_wrap(H485_P2.replace("’", " "), 92)), H485_P2),
        P("Contacts"),
        L("""Leïla Ben Amer, chargée des relations extérieures, Tripoli – benamer@unhcr.org – +218 (0)91 724 5603 – +218 021 333 41 90
Marc-Antoine Lefebvre, porte-parole, Genève – lefebvrm@unhcr.org – +41 79 218 44 07"""),
        B("""HCR Libye – Mise à jour opérationnelle n° 21                                    — 2 —
Related Documents
Libye : plan de réponse régional pour les réfugiés soudanais 2026
Tchad : mise à jour opérationnelle n° 44
Report this document
© 2025 Docuthek – All rights reserved"""),
    ],
    gold=dict(
        title="LIBYE : LE HCR RENFORCE L’AIDE AUX RÉFUGIÉS SOUDANAIS À KOUFRA",
        dateline=dl("Tripoli", "2025-12-03"),
        organisations=[org("Haut-Commissariat des Nations unies pour les réfugiés", "HCR"),
                       org("Croissant-Rouge libyen"), org("Programme alimentaire mondial", "PAM")],
        places=[place("Libye", "LY"), place("Koufra"), place("Tripoli"), place("Darfour"), place("Genève")],
        figures=[
            fig("le 3 décembre 2025", "2025-12-03", None, "date"),
            fig("52 400 réfugiés", 52400, "réfugiés"),
            fig("68,5 millions de dollars", 68500000, "dollars", "money", currency="USD"),
            fig("2026", 2026, None, "year"),
            fig("31 ‰", 31, "‰", "other"),
            fig("avril 2023", 2023, None, "year"),
            fig("41 %", 41, "%", "percent"),
            fig("Près de 1 300 personnes", 1300, "personnes", qualifier="Près de"),
            fig("plus de 1 000 kilomètres", 1000, "kilomètres", "other", qualifier="plus de"),
            fig("450 dinars libyens", 450, "dinars libyens", "money", currency="LYD"),
            fig("3 800 ménages", 3800, "ménages"),
            fig("620 survivants", 620, "survivants"),
            fig("30 novembre", "--11-30", None, "date"),
            fig("27 %", 27, "%", "percent"),
            fig("22 000 personnes", 22000, "personnes"),
        ],
        phones=[phone("+218917245603"), phone("+218213334190"), phone("+41792184407")],
        emails=["benamer@unhcr.org", "lefebvrm@unhcr.org"],
        contacts=[contact("Leïla Ben Amer", "chargée des relations extérieures", None,
                          ["+218917245603", "+218213334190"], ["benamer@unhcr.org"]),
                  contact("Marc-Antoine Lefebvre", "porte-parole", None, ["+41792184407"], ["lefebvrm@unhcr.org"])],
        notes="A UNHCR operational update on Libya (real body, invented news, people and numbers) in a "
              "document-sharing viewer (the survey's shape: site name, search and login lines, file-name line, "
              "'Upload: others', 'View: 1 208', 'Category: Documents', 'Post on 03-Dec-2025', 'Embed Size (px)' and "
              "its sizes line, 'URL', 'of 2', 'Citation preview' above the PDF text; 'Related Documents' with two "
              "titles, 'Report this document' and the copyright below): boilerplate (pdf-chrome). The PDF has no "
              "CMS title: its letterhead (agency name, 'LIBYE', the update's number) is boilerplate (h56-h71), its "
              "capital title line is the title (typed without accents, 'AUX REFUGIES SOUDANAIS A KOUFRA': accents back, "
              "'RÉFUGIÉS', 'À'), the right-aligned 'Tripoli, le 3 décembre 2025' the dateline on its "
              "own line; the 'SOMMAIRE' table of contents with dot leaders and page numbers, the running footer with "
              "'— 1 —' / '— 2 —' and the page-2 running header are boilerplate. 'Chiffres clés' (heading) and its "
              "three bullets are article lines. The two columns of page 1 were extracted one line from each in turn "
              "(column-interleave): the clean text gives the left column's heading and paragraph, then the right "
              "column's (h247). The right column keeps a hyphen inside a line ('persécu- tions'): joined "
              "(pdf-hyphenation, h320). The page-2 paragraph lost its ’ as a space ('l appel', 'n était financé qu à "
              "27 %'): restored. A per-mille rate ('31 ‰', new figure shape): kind other, unit '‰', value 31 "
              "as written (decided here; '%' alone gives kind percent). '52 400 réfugiés' once (bullet and body, the "
              "body's 'soudanais' after the noun); '68,5 millions de dollars' once (bullet and page 2); 'requis pour "
              "2026' gives '2026'; 'depuis avril 2023' gives 'avril 2023'; 'Au 30 novembre' gives '30 novembre' "
              "(no year in that sentence, h408-h423); 'par famille et par mois', 'chaque semaine', 'par mois' out; "
              "'450 dinars libyens' (new currency LYD); 'n° 21' no figure. Places: 'LIBYE' (title) and 'la Libye' "
              "give 'Libye' (LY); Koufra, Darfour, Tripoli; the contact lines' cities are places (Genève). "
              "Organisations: the HCR spelt out in the body, the Croissant-Rouge libyen (partner), the PAM. "
              "Contacts: two lines with person, role, city, e-mail and numbers; '+218 (0)91 ...' has its bracketed "
              "trunk 0 (fine) while '+218 021 333 41 90' keeps the trunk 0 after the code (dropped: +218213334190, "
              "trunk-zero-kept).",
    ),
))

# --------------------------------------------------------------------------- h486 French consulate general in Guangzhou's article on a Chinese messaging platform's official account: Chinese chrome (original mark, account, date and province line, follow call, read and 'wow' counters, comment area), full-width punctuation typed with a Chinese input method
FW = [(", ", "，"), (" (", "（"), (")", "）"), (". ", "。")]


def fullwidth(clean: str, pairs=FW) -> str:
    """Markup for text typed with a Chinese input method: ', ' -> '，', ' (' -> '（', ')' -> '）', '. ' -> '。'."""
    out = clean
    for c, r in pairs:
        out = out.replace(c, f"[[{r}||{c}]]")
    return out


H486_P1 = ("Canton, le 2 décembre 2025 — Le Consulat général de France à Canton et Campus France Chine organisent le "
           "samedi 13 décembre 2025, de 10 h à 17 h, le Salon des études en France, à l’hôtel Garden de Canton. "
           "Quelque 1 200 visiteurs sont attendus, ainsi que 46 établissements français d’enseignement supérieur.")
H486_P2 = ("En 2024, plus de 11 500 étudiants chinois ont choisi la France, soit une hausse de 8 % en un an. Les frais "
           "d’inscription dans les universités publiques restent fixés à 2 895 euros par an en licence (environ "
           "22 400 yuans).")
PAGES.append(Page(
    name="h486-consulat-canton-salon-etudes-wechat",
    meta={"site": "mp.weixin.example.cn", "style": "consulate-messaging-platform-official-account-article",
          "defects": ["wechat-article", "fullwidth-punctuation", "votes-widget", "comments-widget"]},
    blocks=[
        B("""原创 法国驻广州总领事馆 Consulat de France à Canton
2025年12月2日 17:30 广东
点击上方蓝字关注我们"""),
        P("Canton : 1 200 étudiants chinois attendus au Salon des études en France le 13 décembre"),
        P(fullwidth(H486_P1)),
        P(fullwidth(H486_P2)),
        P("« La France veut accueillir 30 000 étudiants chinois d’ici 2030. Ce salon est la porte d’entrée », a "
          "rappelé la consule générale, Hélène Martin-Zhao."),
        P("L’entrée est gratuite sur inscription auprès de Campus France Chine, à salon.canton@campusfrance.example.cn."),
        L("""Contact presse
Service de presse du Consulat général de France à Canton
Tél. : +86 (20) 8365 9120 / 138-2451-9067
presse.canton@diplomatie.example.gouv.fr"""),
        B("""编辑：Li Na | 审核：Consulat de France à Canton
预览时标签不可点
微信扫一扫 关注该公众号
阅读 3.2万
在看 118 · 分享 · 收藏 · 赞 246
写留言
精选留言
小林同学：Merci ! 需要提前预约吗？
作者：Oui, l’inscription en ligne est obligatoire.
Amélie 在广州：Super initiative 👏
已无更多数据"""),
    ],
    gold=dict(
        title="Canton : 1 200 étudiants chinois attendus au Salon des études en France le 13 décembre",
        dateline=dl("Canton", "2025-12-02"),
        organisations=[org("Consulat général de France à Canton"), org("Campus France Chine")],
        places=[place("Canton"), place("France", "FR")],
        figures=[
            fig("1 200 étudiants", 1200, "étudiants"),
            fig("le 13 décembre", "--12-13", None, "date"),
            fig("le 2 décembre 2025", "2025-12-02", None, "date"),
            fig("samedi 13 décembre 2025", "2025-12-13", None, "date"),
            fig("Quelque 1 200 visiteurs", 1200, "visiteurs", qualifier="Quelque"),
            fig("46 établissements", 46, "établissements"),
            fig("En 2024", 2024, None, "year"),
            fig("plus de 11 500 étudiants", 11500, "étudiants", qualifier="plus de"),
            fig("8 %", 8, "%", "percent"),
            fig("2 895 euros", 2895, "euros", "money", currency="EUR"),
            fig("environ 22 400 yuans", 22400, "yuans", "money", qualifier="environ", currency="CNY"),
            fig("30 000 étudiants", 30000, "étudiants"),
            fig("2030", 2030, None, "year"),
        ],
        phones=[phone("+862083659120"), phone("+8613824519067")],
        emails=["salon.canton@campusfrance.example.cn", "presse.canton@diplomatie.example.gouv.fr"],
        contacts=[contact(None, None, "Service de presse du Consulat général de France à Canton",
                          ["+862083659120", "+8613824519067"], ["presse.canton@diplomatie.example.gouv.fr"])],
        notes="The French consulate general in Guangzhou (real body, invented news, people and numbers): its article "
              "on a Chinese messaging platform's official account (new shape, new tag wechat-article). Boilerplate: "
              "the 'original' mark with the account's Chinese and French names, the date/time and province line, "
              "the follow call, the editor/reviewer credit line, the preview note, the scan-to-follow line, the read "
              "counter ('阅读 3.2万' = 32 000 reads), the 'wow'/share/favourite/like line (votes-widget), the comment "
              "field, the selected comments with the author's reply (comments-widget, their French words included) "
              "and the end-of-data line: their numbers are no figures. The first two paragraphs were typed with a "
              "Chinese input method: full-width commas, brackets and ideographic full stops ('Canton，le 2 "
              "décembre', '（environ 22 400 yuans）', 'en un an。Les frais'); each comes back as the ASCII mark "
              "with French spacing (', ' ; ' (' and ')' ; '. ' before the next sentence) (new tag "
              "fullwidth-punctuation; decided here). Dateline 'Canton, le 2 décembre 2025 —' (em dash) once "
              "repaired. 'le 13 décembre' (title, no year) and 'le samedi 13 décembre 2025' two date texts; 'de 10 h "
              "à 17 h' clock times; 'En 2024' with its capital; 'en un an' no figure; 'par an' out; yuans (new "
              "currency CNY, unit as written), 'environ 22 400 yuans' the converted amount; 'd’ici 2030' gives "
              "'2030'. Organisations: the consulate general (co-organiser, acting) and Campus France Chine; 'Chine' "
              "stands only inside that name (not a place), 'chinois' an adjective; the registration address closing a "
              "body sentence is offered to visitors, not to the press: an e-mail (listed without the sentence's full "
              "stop) but no contact (h413); 'la France' (chosen by students) "
              "a place (FR); the hotel a venue. Contact: the press service (person null) with a Guangzhou landline "
              "'+86 (20) 8365 9120' (bracketed area code) and a mobile written with hyphens after '/' without code "
              "'138-2451-9067' (+86 by the page; new code).",
    ),
))

# --------------------------------------------------------------------------- h487 UNICEF in São Tomé and Príncipe under Portuguese chrome: a CJK junk line, Portuguese menu and 'Notícias ▸' ticker, unaccented capital title, a dateline with a Portuguese date, ASCII-case damage, a paragraph in Latin-1 read as cp852, a quote without accents, dotless ı and U+2010, dobras
PAGES.append(Page(
    name="h487-unicef-sao-tome-moustiquaires-paludisme",
    meta={"site": "saotome.unicef-pt.example.org", "style": "un-agency-country-office-portuguese-chrome",
          "defects": ["stray-unicode-cjk", "foreign-ticker", "menu", "breadcrumb", "unaccented-capitals",
                      "case-damage", "mojibake-cp852", "stripped-accents", "dotless-i", "stray-unicode-hyphen",
                      "share-lines", "postcode-trap"]},
    blocks=[
        B("""鐃緒申鐃緒申鐃緒申
UNICEF São Tomé e Príncipe
Português | Français | English
Início | O que fazemos | Relatórios | Comunicados | Contacte-nos
Início › Comunicados de imprensa › Paludismo
Notícias ▸ Vacinação contra o sarampo chega à Região Autónoma do Príncipe ▸ Novo centro de saúde em Neves"""),
        P("[[SAO TOME-ET-PRINCIPE : 48 000 MOUSTIQUAIRES POUR PROTEGER LES ENFANTS DE MOINS DE 5 ANS||SAO "
          "TOMÉ-ET-PRINCIPE : 48 000 MOUSTIQUAIRES POUR PROTÉGER LES ENFANTS DE MOINS DE 5 ANS]]"),
        P("São Tomé, 1 de dezembro de 2025 – Le Fonds des Nations unies pour l’enfance (UNICEF) et le "
          "[[ministÈre de la santÉ||ministère de la Santé]] de Sao Tomé-et-Principe ont lancé lundi la "
          "distribution de 48 000 moustiquaires imprégnées d’insecticide aux familles des districts de Lobata et de "
          "Cantagalo et de l’île de Principe."),
        P("Le paludisme a fortement reculé dans le pays : 2 180 cas ont été notifiés en 2024, contre plus de 60 000 "
          "au début des années 2000. Une hausse de 12 % a toutefois été observée depuis janvier, après une saison "
          "des pluies exceptionnellement longue.", moji="cp852"),
        P("« Chaque moustiquaire protège en moyenne deux enfants pendant trois ans. Nous visons une couverture de "
          "90 % des ménages d’ici à mars 2026 », a déclaré la représentante de l’UNICEF, Ana Paula "
          "Mendes-Fournier.", strip=True),
        P("Chaque moustiquaire revient à environ 95 dobras. La campagne de [[vaccınatıon||vaccination]] contre la "
          "rougeole, menée en parallèle lors d’un passage en [[porte‐à‐porte||porte-à-porte]], a touché 21.300 "
          "enfants de 9 mois à 5 ans ; elle est financée par Gavi, l’Alliance du vaccin, et par le Japon à hauteur "
          "de 740 000 dollars."),
        L("Contact presse : Helena Carvalho, chargée de communication, UNICEF São Tomé – (+239) 222 18 47 – 990 45 "
          "12 – hcarvalho@unicef.org"),
        B("""Partilhar : Facebook | X | WhatsApp
UNICEF São Tomé e Príncipe – Avenida Marginal 12 de Julho, C.P. 190, São Tomé
© UNICEF 2025 – Termos de utilização – Privacidade"""),
    ],
    gold=dict(
        title="SAO TOMÉ-ET-PRINCIPE : 48 000 MOUSTIQUAIRES POUR PROTÉGER LES ENFANTS DE MOINS DE 5 ANS",
        dateline=dl("São Tomé", "2025-12-01"),
        organisations=[org("Fonds des Nations unies pour l’enfance", "UNICEF"),
                       org("ministère de la Santé de Sao Tomé-et-Principe"),
                       org("Alliance du vaccin", "Gavi")],
        places=[place("Sao Tomé-et-Principe", "ST"), place("São Tomé"), place("Lobata"), place("Cantagalo"),
                place("Principe"), place("Japon", "JP")],
        figures=[
            fig("48 000 MOUSTIQUAIRES", 48000, "MOUSTIQUAIRES"),
            fig("MOINS DE 5 ANS", 5, "ANS", "age", qualifier="MOINS DE"),
            fig("1 de dezembro de 2025", "2025-12-01", None, "date"),
            fig("48 000 moustiquaires", 48000, "moustiquaires"),
            fig("2 180 cas", 2180, "cas"),
            fig("en 2024", 2024, None, "year"),
            fig("plus de 60 000", 60000, None, qualifier="plus de"),
            fig("2000", 2000, None, "year"),
            fig("12 %", 12, "%", "percent"),
            fig("deux enfants", 2, "enfants"),
            fig("trois ans", 3, "ans", "duration"),
            fig("90 %", 90, "%", "percent"),
            fig("mars 2026", 2026, None, "year"),
            fig("environ 95 dobras", 95, "dobras", "money", qualifier="environ", currency="STN"),
            fig("21.300 enfants", 21300, "enfants"),
            fig("9 mois", 9, "mois", "age"),
            fig("5 ans", 5, "ans", "age"),
            fig("740 000 dollars", 740000, "dollars", "money", currency="USD"),
        ],
        phones=[phone("+2392221847"), phone("+2399904512")],
        emails=["hcarvalho@unicef.org"],
        contacts=[contact("Helena Carvalho", "chargée de communication", "UNICEF São Tomé",
                          ["+2392221847", "+2399904512"], ["hcarvalho@unicef.org"])],
        notes="UNICEF's office in São Tomé and Príncipe (real body, invented news, people and numbers): a French "
              "release under Portuguese chrome. Boilerplate: a junk line of CJK characters at the page's start "
              "(stray-unicode-cjk), the office's Portuguese name, the language line, the Portuguese menu and "
              "breadcrumb, a Portuguese headline ticker 'Notícias ▸ ...' (foreign-ticker), the Portuguese share "
              "line, the footer with 'Avenida Marginal 12 de Julho' and 'C.P. 190' (a postal box: no figures), the "
              "copyright line. The capital title lost its accents ('SAO TOME-ET-PRINCIPE', 'PROTEGER'): 'TOMÉ' and "
              "'PROTÉGER' come back while 'SAO' and 'PRINCIPE' stay (the French spelling of the country has no "
              "tilde and no accent on Principe). New dateline shape: a Portuguese date in a French release's dateline "
              "('São Tomé, 1 de dezembro de 2025 –'): place 'São Tomé' (the capital, in its Portuguese spelling, a "
              "place beside the French 'Sao Tomé-et-Principe'), figure text as written '1 de dezembro de 2025' "
              "(2025-12-01). ASCII-case damage in the ministry's name ('ministÈre de la santÉ'): 'ministère de la "
              "Santé', listed with its country (h360-h375). The second paragraph is Latin-1 read as cp852 (the "
              "survey's 'aprÚs' shape: 'reculÚ', 'notifiÚs', 'observÚe'): decoded. The quote was typed without "
              "accents ('protege', 'menages', 'd’ici a mars'): accents back. A dotless ı in 'vaccınatıon' and U+2010 "
              "in 'porte‐à‐porte': repaired. Figures: the title's '48 000 MOUSTIQUAIRES' and 'MOINS DE 5 ANS' "
              "(capital texts) beside the body's '48 000 moustiquaires'; 'contre plus de 60 000' a count without "
              "noun with its qualifier; 'au début des années 2000' a decade, '2000'; 'de 9 mois à 5 ans' two ages "
              "each with its unit (README first-bound rule); 'environ 95 dobras' São Tomé dobras (new currency "
              "STN, unit as written); '740 000 dollars' USD. Organisations: UNICEF, the ministry, Gavi with its "
              "apposed long form (h274). Places: 'l’île de Principe' gives 'Principe'; the districts; Japan as a "
              "funder (h312-h327). '21.300 enfants' groups thousands with a dot (the Portuguese habit of the office; "
              "the survey's '432.574'): value 21300, text as written. Contact: one line with person, role, the office label 'UNICEF São Tomé' as "
              "organisation (README 'OIM Rome'), a landline '(+239) 222 18 47' and a mobile without code (+239 by "
              "the page; new code, seven digits), an address at the real agency's domain with an invented mailbox.",
    ),
))
